// Source: auth0-lock 14 EXAMPLES.md, "Authentication options" (redirectUrl: 'some url' is the example's own
// placeholder for the application's callback URL).
var clientId = 'YOUR_AUTH0_APP_CLIENTID';
var domain = 'YOUR_DOMAIN_AT.auth0.com';
var options = {
  auth: {
    params: {
      param1: 'value1',
      scope: 'openid profile email'
    },
    autoParseHash: true,
    redirect: true,
    redirectUrl: 'some url',
    responseMode: 'form_post',
    responseType: 'token',
    sso: true,
    connectionScopes: {
      connectionName: ['scope1', 'scope2']
    }
  }
};
var lock = new Auth0Lock(clientId, domain, options);
lock.show();
