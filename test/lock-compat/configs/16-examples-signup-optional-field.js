// Source: auth0-lock 14 EXAMPLES.md, "additionalSignUpFields": an optional field.
var clientId = 'YOUR_AUTH0_APP_CLIENTID';
var domain = 'YOUR_DOMAIN_AT.auth0.com';
var options = {
  additionalSignUpFields: [
    {
      name: 'address',
      placeholder: 'enter your address (optional)',
      validator: function () {
        return true;
      }
    }
  ]
};
var lock = new Auth0Lock(clientId, domain, options);
lock.show();
