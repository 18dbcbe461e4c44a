// Latch inline in the page, as its README shows. Served under a strict Content-Security-Policy
// (script-src 'self'; style-src 'self'): rendering the login screen needs no network. The connection's password
// policy is given (the one the peers' tenant answers Lock with), so the widget reads no client settings: under
// this page's policy (connect-src 'self') that request to the tenant would be refused and reported.
new window.Latch('bench-client', 'bench.example.com', { container: '#widget', passwordPolicy: { level: 'fair' } }).show();
