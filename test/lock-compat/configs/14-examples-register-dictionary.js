// Source: auth0-lock 14 EXAMPLES.md, "Language Dictionary Specification": Auth0.registerLanguageDictionary (the
// example's second argument `{ // .. }` is left out: it is not JavaScript).
Auth0.registerLanguageDictionary('en', {
  error: {
    forgotPassword: {
      too_many_requests:
        'You have reached the limit on password change attempts. Please wait before trying again.',
      'lock.fallback': "We're sorry, something went wrong when requesting the password change.",
      enterprise_email:
        "Your email's domain is part of an Enterprise identity provider. To reset your password, please see your security administrator."
    }
  },
  forgotPasswordTitle: 'Reset it'
});
var clientId = 'YOUR_AUTH0_APP_CLIENTID';
var domain = 'YOUR_DOMAIN_AT.auth0.com';
var lock = new Auth0Lock(clientId, domain);
lock.show();
