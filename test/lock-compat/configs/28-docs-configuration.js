// Source: Auth0's Lock configuration docs ("Lock Configuration Options"): the connection, remembered login, the
// first screen, the language, a prefilled email and terms to accept.
var lock = new Auth0Lock('YOUR_CLIENT_ID', 'YOUR_DOMAIN', {
  allowedConnections: ['Username-Password-Authentication'],
  rememberLastLogin: true,
  allowSignUp: true,
  initialScreen: 'login',
  language: 'es',
  prefill: { email: 'demo@latch.dev' },
  mustAcceptTerms: true,
  languageDictionary: {
    signUpTerms: 'I agree to the <a href="https://example.com/terms" target="_blank">terms of service</a>.'
  }
});
lock.show();
