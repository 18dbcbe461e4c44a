// Source: auth0-lock 14 EXAMPLES.md, "resumeAuth(hash, callback)" with auth.autoParseHash off.
var clientId = 'YOUR_AUTH0_APP_CLIENTID';
var domain = 'YOUR_DOMAIN_AT.auth0.com';
var lock = new Auth0Lock(clientId, domain, { auth: { autoParseHash: false } });
var hash = window.location.hash;

lock.resumeAuth(hash, function (error, authResult) {
  if (error) {
    alert('Could not parse hash');
  }
  if (authResult) console.log(authResult.accessToken);
});
lock.show();
