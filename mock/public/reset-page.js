// Starts the widget on the hosted reset page (/lo/reset). Plain script, no build step: the page's
// CSP allows only same-origin files, so nothing here may be inline.
(function () {
  'use strict';
  // The ticket is a bearer secret: read it, then take it out of the address bar and history at once.
  var params = new URLSearchParams(location.search);
  var ticket = params.get('ticket') || '';
  if (params.has('ticket')) {
    params.delete('ticket');
    var rest = params.toString();
    history.replaceState(null, '', location.pathname + (rest ? '?' + rest : ''));
  }

  var root = document.getElementById('latch-reset');
  if (!root) return;
  var data = root.dataset;
  var meta = document.querySelector('meta[name="latch-csrf"]');
  if (typeof window.Latch !== 'function') {
    root.textContent = 'The password form could not load. Please try again later.';
    return;
  }

  var latch = new window.Latch(data.clientId || '', location.origin, {
    container: '#latch-reset',
    initialScreen: 'resetPassword',
    resetPassword: {
      ticket: ticket,
      csrf: meta ? meta.getAttribute('content') || '' : '',
      email: data.email,
      state: data.state || 'invalid',
    },
    passwordPolicy: { level: data.policy || 'none', minLength: Number(data.minLength) || undefined },
    defaultDatabaseConnection: data.connection,
  });
  latch.on('password_reset success', function (payload) {
    // The server builds redirectTo from its own configuration; still, only follow web addresses.
    if (payload && typeof payload.redirectTo === 'string' && /^https?:\/\//i.test(payload.redirectTo)) {
      location.assign(payload.redirectTo);
    }
  });
  latch.show();
})();
