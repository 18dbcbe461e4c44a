// response_mode=web_message: hands the authorization response to the page that opened this one (a popup's opener,
// else the parent of the frame), for the redirect_uri's origin only, as Auth0's page does. The data comes from the
// page's <script type="application/json"> block: no inline script under the strict policy.
(function () {
  var block = document.getElementById('latch-authorization-response');
  if (!block) return;
  var data = JSON.parse(block.textContent || '{}');
  var target = window.opener || window.parent;
  if (!target || target === window || !data.targetOrigin) return;
  target.postMessage({ type: 'authorization_response', response: data.response }, data.targetOrigin);
})();
