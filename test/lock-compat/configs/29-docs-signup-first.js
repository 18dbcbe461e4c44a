// Source: Auth0's Lock configuration docs: a sign-up page (initialScreen), the database connection named, email
// logins, no automatic login after sign-up.
var lock = new Auth0Lock('YOUR_CLIENT_ID', 'YOUR_DOMAIN', {
  initialScreen: 'signUp',
  defaultDatabaseConnection: 'Username-Password-Authentication',
  usernameStyle: 'email',
  loginAfterSignUp: false,
  auth: { redirect: false }
});
lock.on('signup success', function () {
  console.log('signed up');
});
lock.show();
