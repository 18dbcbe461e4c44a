// Source: auth0-lock 14 EXAMPLES.md, "Hooks".
new Auth0Lock('client ID', 'domain', {
  hooks: {
    loggingIn: function (context, cb) {
      console.log('Hello from the login hook!');
      cb();
    },
    signingUp: function (context, cb) {
      console.log('Hello from the sign-up hook!');
      cb();
    }
  }
}).show();
