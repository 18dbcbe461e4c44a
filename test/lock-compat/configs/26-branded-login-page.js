// Source: a company's login page on GitHub (Lock 11): branded, not closable, its own reset page, shown at once.
// It keeps two mistakes real pages have: `responseType` at the top level (Lock 10's place) and `usernameStyle`
// inside `theme`; Lock ignores both, Latch names them in a warning.
var options = {
  closable: false,
  responseType: 'code',
  rememberLastLogin: false,
  forgotPasswordLink: '/reset',
  languageDictionary: {
    title: 'Acme Health'
  },
  auth: {
    redirectUrl: 'YOUR_CALLBACK_URL'
  },
  theme: {
    logo: 'https://example.com/images/logo.png',
    primaryColor: '#33CCED',
    usernameStyle: 'username',
    labeledSubmitButton: false
  }
};
var lock = new Auth0Lock('YOUR_CLIENT_ID', 'YOUR_DOMAIN', options);
lock.show();
