// Latch inline in the page, as its README shows. Served under a strict Content-Security-Policy
// (script-src 'self'; style-src 'self'): rendering the login screen needs no network.
new window.Latch('bench-client', 'bench.example.com', { container: '#widget' }).show();
