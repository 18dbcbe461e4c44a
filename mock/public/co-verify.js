// The cross-origin verification fallback: the login ticket arrived without its verifier cookie (third-party cookies
// blocked), so this page frames the application's cross_origin_loc page (auth0-js crossOriginVerification()), which
// says {type: 'ready'}, answers {type: 'co_verifier_request'} with {type: 'co_verifier_response', response:
// {verifier}}, and posts the verifier to /co/verify. Only messages from that frame, from its origin, count.
(function () {
  var block = document.getElementById('latch-co-verify-data');
  var form = document.getElementById('latch-co-verify');
  if (!block || !form) return;
  var data = JSON.parse(block.textContent || '{}');
  var frame = document.createElement('iframe');
  frame.hidden = true;
  frame.title = 'Login verification';
  var done = false;
  function submit(verifier) {
    if (done) return;
    done = true;
    form.elements.namedItem('verifier').value = verifier;
    form.submit();
  }
  window.addEventListener('message', function (event) {
    if (event.origin !== data.frameOrigin || event.source !== frame.contentWindow) return;
    var message = event.data || {};
    if (message.type === 'ready') {
      frame.contentWindow.postMessage({ type: 'co_verifier_request', request: { id: data.coId } }, data.frameOrigin);
    } else if (message.type === 'co_verifier_response') {
      var verifier = message.response && typeof message.response.verifier === 'string' ? message.response.verifier : '';
      submit(verifier);
    }
  });
  frame.src = data.frameUrl;
  document.body.appendChild(frame);
  // A frame that never answers ends as a failed verification (the application gets access_denied), not a hang.
  setTimeout(function () {
    submit('');
  }, 20000);
})();
