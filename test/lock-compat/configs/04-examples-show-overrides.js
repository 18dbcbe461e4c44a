// Source: auth0-lock 14 EXAMPLES.md, "show(options)": the constructor of "new Auth0Lock(...)", then a showing that
// overrides auth.params.
var clientId = 'YOUR_AUTH0_APP_CLIENTID';
var domain = 'YOUR_DOMAIN_AT.auth0.com';
var lock = new Auth0Lock(clientId, domain);

// will override the entire auth.params object passed to the constructor, if any
lock.show({ auth: { params: { state: 'auth_state' } } });
