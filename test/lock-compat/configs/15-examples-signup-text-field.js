// Source: auth0-lock 14 EXAMPLES.md, "additionalSignUpFields": a text field with a validator.
var clientId = 'YOUR_AUTH0_APP_CLIENTID';
var domain = 'YOUR_DOMAIN_AT.auth0.com';
var options = {
  additionalSignUpFields: [
    {
      name: 'address',
      placeholder: 'enter your address',
      // The following properties are optional
      ariaLabel: 'Address',
      icon: 'https://example.com/assets/address_icon.png',
      prefill: 'street 123',
      validator: function (address) {
        return {
          valid: address.length >= 10,
          hint: 'Must have 10 or more chars' // optional
        };
      }
    }
  ]
};
var lock = new Auth0Lock(clientId, domain, options);
lock.show();
