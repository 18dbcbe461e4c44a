// Hanko Elements' <hanko-auth> (in hanko.html) registered against a Hanko API with its default options. The
// element starts the login flow with POST <api>/login and renders the states the API answers; the benchmark
// answers them locally (see bench/lib/hanko-routes.mjs).
window.registerHanko('https://bench.hanko.io');
