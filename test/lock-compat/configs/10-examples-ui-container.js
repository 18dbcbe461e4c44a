// Source: auth0-lock 14 EXAMPLES.md, "UI options": container, closable, languageDictionary, autofocus.
var clientId = 'YOUR_AUTH0_APP_CLIENTID';
var domain = 'YOUR_DOMAIN_AT.auth0.com';
var options = {
  container: 'myContainer',
  closable: false,
  languageDictionary: {
    signUpTerms:
      "I agree to the <a href='/terms' target='_new'>terms of service</a> and <a href='/privacy' target='_new'>privacy policy</a>.",
    title: 'My Company'
  },
  autofocus: false
};
var lock = new Auth0Lock(clientId, domain, options);
lock.show();
