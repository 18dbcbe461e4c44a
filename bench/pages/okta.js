// The Okta Sign-In Widget's published bundle, rendered in the page on the Identity Engine (its default):
// the widget asks the org for the sign-in state (POST /idp/idx/introspect) and renders the form it gets.
// The benchmark answers that request, and the one behind "Forgot password?", locally (bench/lib/routes.mjs).
new window.OktaSignIn({ baseUrl: 'https://bench.okta.com', el: '#widget', stateToken: 'bench-state-token' }).renderEl({ el: '#widget' });
