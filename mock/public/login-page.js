// The hosted login page: starts the widget (/lo/latch.iife.js, the global Latch) with the authorize request that
// brought the browser here, read from the page's <script type="application/json"> block. After the login the widget
// goes back to /authorize with a login ticket and the application's own state, nonce and PKCE challenge.
(function () {
  var block = document.getElementById('latch-login-data');
  var container = document.getElementById('latch-login');
  if (!block || !container || typeof window.Latch !== 'function') return;
  var data = JSON.parse(block.textContent || '{}');
  new window.Latch(data.clientId, data.domain, {
    container: container,
    auth: {
      redirect: true,
      redirectUrl: data.redirectUrl,
      responseType: data.responseType,
      params: data.params,
    },
  }).show();
})();
