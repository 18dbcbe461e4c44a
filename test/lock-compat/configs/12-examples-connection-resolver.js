// Source: auth0-lock 14 EXAMPLES.md, "connectionResolver".
var clientId = 'YOUR_AUTH0_APP_CLIENTID';
var domain = 'YOUR_DOMAIN_AT.auth0.com';
var options = {
  connectionResolver: function (username, context, cb) {
    var domain = username.includes('@') && username.split('@')[1];
    if (domain) {
      // If the username is test@auth0.com, the connection used will be the `auth0.com` connection.
      // Make sure you have a database connection with the name `auth0.com`.
      cb({ type: 'database', name: domain });
    } else {
      // Use the default approach to figure it out the connection
      cb(null);
    }
  }
};
var lock = new Auth0Lock(clientId, domain, options);
lock.show();
