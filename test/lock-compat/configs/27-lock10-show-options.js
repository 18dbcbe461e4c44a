// Source: Lock 10 era sites on GitHub: `show()` given Lock 10's callbackURL, responseType and authParams, which
// Lock 11+ ignores. Latch shows the box with its constructor's options and names what it ignores.
var lock = new Auth0Lock('YOUR_CLIENT_ID', 'YOUR_DOMAIN');

document.getElementById('login').addEventListener('click', function () {
  lock.show({
    callbackURL: 'YOUR_CALLBACK_URL',
    responseType: 'code',
    authParams: { scope: 'openid profile' }
  });
});
