// Auth0 Lock inline in the page (its `container` option), with a database connection: email, password and
// the "Don't remember your password?" link. Its client settings come from the CDN as JSONP; the benchmark
// answers that request locally (see bench/lib/routes.mjs).
new window.Auth0Lock('bench-client', 'bench.auth0.com', { container: 'widget' }).show();
