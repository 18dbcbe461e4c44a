// Source: auth0-lock 14 EXAMPLES.md, "additionalSignUpFields": a select whose options and prefill come from
// functions. As written, the example hands back its own `options` object and an undefined `prefill`.
var clientId = 'YOUR_AUTH0_APP_CLIENTID';
var domain = 'YOUR_DOMAIN_AT.auth0.com';
var prefill;
var options = {
  additionalSignUpFields: [
    {
      type: 'select',
      name: 'location',
      placeholder: 'choose your location',
      options: function (cb) {
        // obtain options, in case of error you call cb with the error in the
        // first arg instead of null
        cb(null, options);
      },
      ariaLabel: 'Location',
      icon: 'https://example.com/assets/location_icon.png',
      prefill: function (cb) {
        // obtain prefill, in case of error you call cb with the error in the
        // first arg instead of null
        cb(null, prefill);
      }
    }
  ]
};
var lock = new Auth0Lock(clientId, domain, options);
lock.show();
