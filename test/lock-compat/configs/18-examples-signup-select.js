// Source: auth0-lock 14 EXAMPLES.md, "additionalSignUpFields": a select field.
var clientId = 'YOUR_AUTH0_APP_CLIENTID';
var domain = 'YOUR_DOMAIN_AT.auth0.com';
var options = {
  additionalSignUpFields: [
    {
      type: 'select',
      name: 'location',
      placeholder: 'choose your location',
      options: [
        { value: 'us', label: 'United States' },
        { value: 'fr', label: 'France' },
        { value: 'ar', label: 'Argentina' }
      ],
      // The following properties are optional
      ariaLabel: 'Location',
      icon: 'https://example.com/assets/location_icon.png',
      prefill: 'us'
    }
  ]
};
var lock = new Auth0Lock(clientId, domain, options);
lock.show();
