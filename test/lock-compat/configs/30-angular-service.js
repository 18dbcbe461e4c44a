// Source: the Angular embedded-login sample's auth service pattern (Lock 11): an API audience, tokens by redirect,
// the modal closing itself, and the two outcomes handled.
var lock = new Auth0Lock('YOUR_CLIENT_ID', 'YOUR_DOMAIN', {
  autoclose: true,
  auth: {
    redirectUrl: 'YOUR_CALLBACK_URL',
    responseType: 'token id_token',
    audience: 'https://api.example.com',
    params: {
      scope: 'openid'
    }
  }
});

lock.on('authenticated', function (authResult) {
  if (authResult && authResult.accessToken && authResult.idToken) {
    window.location.hash = '';
    localStorage.setItem('access_token', authResult.accessToken);
    localStorage.setItem('id_token', authResult.idToken);
    localStorage.setItem('expires_at', JSON.stringify(authResult.expiresIn * 1000 + new Date().getTime()));
  }
});
lock.on('authorization_error', function (err) {
  console.log(err);
});
document.getElementById('login').addEventListener('click', function () {
  lock.show();
});
