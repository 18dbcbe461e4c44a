// Source: auth0-lock 14 EXAMPLES.md, "additionalSignUpFields": a checkbox field.
var clientId = 'YOUR_AUTH0_APP_CLIENTID';
var domain = 'YOUR_DOMAIN_AT.auth0.com';
var options = {
  additionalSignUpFields: [
    {
      type: 'checkbox',
      name: 'newsletter',
      prefill: 'true',
      placeholder: 'I hereby agree that I want to receive marketing emails from your company',
      // placeholderHTML - is an optional field and overrides the value of placeholder
      // do not use user inputted data for HTML fields as they are vulnerable to XSS
      placeholderHTML:
        '<b>I hereby agree that I want to receive marketing emails from your company</b>',
      // ariaLabel - is an optional field
      ariaLabel: 'Activate Newsletter'
    }
  ]
};
var lock = new Auth0Lock(clientId, domain, options);
lock.show();
