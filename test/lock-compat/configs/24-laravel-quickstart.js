// Source: a Laravel site's Lock page on GitHub (the pattern of Auth0's Laravel quick start for Lock 10/11): a login
// box without sign-up or forgot password, a code for the server, shown from a button. The {{ env(...) }} values of
// its template are written as this corpus's placeholders.
var lock = new Auth0Lock('YOUR_CLIENT_ID', 'YOUR_DOMAIN', {
  rememberLastLogin: false,
  allowForgotPassword: false,
  allowSignUp: false,
  auth: {
    redirectUrl: 'YOUR_CALLBACK_URL',
    responseType: 'code',
    params: {
      scope: 'openid email' // Learn about scopes: https://auth0.com/docs/scopes
    }
  }
});
document.getElementById('login').addEventListener('click', function () {
  lock.show();
});
