// The Content-Security-Policy Latch promises to work under, written once: the demo, the mock's own pages, the
// tests' pages and the benchmark's page all serve it. No inline script or style, nothing from other origins but
// the API, no plugins, no <base>. Pages that need more say what they add, on top of this and never instead of it.
const BASE = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
];

/**
 * The policy, with `connect` added to connect-src (the API when it lives on another origin) and `extra` directives
 * at the end (a page of the mock's adds form-action and frame-ancestors).
 */
export function strictCsp({ connect = [], extra = [] } = {}) {
  return [...BASE.map((directive) => (directive === "connect-src 'self'" && connect.length ? `${directive} ${connect.join(' ')}` : directive)), ...extra].join('; ');
}

/** The policy for a page whose API is on its own origin. */
export const STRICT_CSP = strictCsp();
