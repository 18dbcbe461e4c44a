// Source: auth0-lock 14 EXAMPLES.md, "Language Dictionary Specification".
var clientId = 'YOUR_AUTH0_APP_CLIENTID';
var domain = 'YOUR_DOMAIN_AT.auth0.com';
var options = {
  languageDictionary: {
    emailInputPlaceholder: 'Please enter your email',
    title: 'My Company'
  }
};
var lock = new Auth0Lock(clientId, domain, options);
lock.show();
