// Source: auth0-lock 14 EXAMPLES.md, "show(options)" with a flashMessage.
var clientId = 'YOUR_AUTH0_APP_CLIENTID';
var domain = 'YOUR_DOMAIN_AT.auth0.com';
var lock = new Auth0Lock(clientId, domain);

lock.show({
  flashMessage: {
    type: 'error',
    text: 'This is an error message'
  }
});
