// Source: the embedded-login quick start pattern for a single-page app (Auth0's "Lock for Web" docs and sample
// apps): tokens by redirect back to the page, stored by the authenticated handler, the profile read with them.
var lock = new Auth0Lock('YOUR_CLIENT_ID', 'YOUR_DOMAIN', {
  auth: {
    redirectUrl: 'YOUR_CALLBACK_URL',
    responseType: 'token id_token',
    params: {
      scope: 'openid profile'
    }
  }
});

lock.on('authenticated', function (authResult) {
  lock.getUserInfo(authResult.accessToken, function (error, profile) {
    if (error) {
      console.log('ERROR', error);
      return;
    }
    localStorage.setItem('idToken', authResult.idToken);
    localStorage.setItem('accessToken', authResult.accessToken);
    localStorage.setItem('profile', JSON.stringify(profile));
  });
});

var btn = document.getElementById('btn-login');
btn.addEventListener('click', function () {
  lock.show();
});
