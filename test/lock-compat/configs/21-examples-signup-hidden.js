// Source: auth0-lock 14 EXAMPLES.md, "additionalSignUpFields": a hidden field.
var clientId = 'YOUR_AUTH0_APP_CLIENTID';
var domain = 'YOUR_DOMAIN_AT.auth0.com';
var options = {
  additionalSignUpFields: [
    {
      type: 'hidden',
      name: 'signup_code',
      value: 'foobar123'
    }
  ]
};
var lock = new Auth0Lock(clientId, domain, options);
lock.show();
