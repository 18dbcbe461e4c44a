// Source: auth0-lock 14 EXAMPLES.md, "UI options": theme.
var clientId = 'YOUR_AUTH0_APP_CLIENTID';
var domain = 'YOUR_DOMAIN_AT.auth0.com';
var options = {
  theme: {
    labeledSubmitButton: false,
    logo: 'https://example.com/assets/logo.png',
    primaryColor: 'green',
    authButtons: {
      connectionName: {
        displayName: '...',
        primaryColor: '...',
        foregroundColor: '...',
        icon: 'https://.../logo.png'
      }
    }
  }
};
var lock = new Auth0Lock(clientId, domain, options);
lock.show();
