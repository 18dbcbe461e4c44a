// CORS headers for the local answers to the peers' cross-origin requests (bench/lib/routes.mjs, hanko-routes.mjs).

/**
 * The CORS headers an API answers a page's cross-origin request with: the page's origin echoed (with credentials
 * allowed when the API allows them), the request headers and methods it accepts, the response headers it exposes.
 */
export function corsHeaders(request, { headers, methods, credentials = true, expose = null }) {
  return {
    'access-control-allow-origin': request.headers()['origin'] ?? '*',
    ...(credentials ? { 'access-control-allow-credentials': 'true' } : {}),
    'access-control-allow-headers': headers,
    'access-control-allow-methods': methods,
    ...(expose ? { 'access-control-expose-headers': expose, vary: 'Origin' } : {}),
  };
}
