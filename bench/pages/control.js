// The control page: a login form already in the HTML and a link that swaps it for the reset form. No widget,
// so its times are the floor of the measurement (navigation, first layout, one click) on this machine.
document.getElementById('forgot').addEventListener('click', function () {
  document.getElementById('login').hidden = true;
  document.getElementById('reset').hidden = false;
});
