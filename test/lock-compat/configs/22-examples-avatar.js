// Source: auth0-lock 14 EXAMPLES.md, "Avatar provider" (its `url` and `displayName` are the example's own names
// for what the site looks up).
var clientId = 'YOUR_AUTH0_APP_CLIENTID';
var domain = 'YOUR_DOMAIN_AT.auth0.com';
var url = 'https://example.com/avatars/ada.png';
var displayName = 'Ada';
var options = {
  avatar: {
    url: function (email, cb) {
      // obtain URL for email, in case of error you call cb with the error in
      // the first arg instead of null
      cb(null, url);
    },
    displayName: function (email, cb) {
      // obtain displayName for email, in case of error you call cb with the
      // error in the first arg instead of null
      cb(null, displayName);
    }
  }
};
var lock = new Auth0Lock(clientId, domain, options);
lock.show();
