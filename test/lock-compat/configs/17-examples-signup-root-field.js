// Source: auth0-lock 14 EXAMPLES.md, "additionalSignUpFields": storage 'root' (the example has no placeholder,
// which Lock requires: Lock leaves the field out with a warning, and so does Latch).
var clientId = 'YOUR_AUTH0_APP_CLIENTID';
var domain = 'YOUR_DOMAIN_AT.auth0.com';
var options = {
  additionalSignUpFields: [
    {
      name: 'name',
      storage: 'root'
    }
  ]
};
var lock = new Auth0Lock(clientId, domain, options);
lock.show();
