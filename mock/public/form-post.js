// response_mode=form_post: the page holds one form to the application's redirect_uri; this sends it. Without
// JavaScript the page shows a button instead.
(function () {
  var form = document.forms[0];
  if (form) form.submit();
})();
