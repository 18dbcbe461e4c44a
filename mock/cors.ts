import type { IncomingMessage, ServerResponse } from 'node:http';

export const ALLOW_METHODS = 'GET, POST, PATCH, DELETE, OPTIONS';
export const ALLOW_HEADERS = 'Content-Type, Auth0-Client, Authorization, X-Latch-Fault';
/** Without this list a browser hides the rate-limit headers from the widget's fetch. */
export const EXPOSE_HEADERS = 'X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Reset, Retry-After';

/**
 * Echoes the Origin only when it is allowed; a refused origin gets no Access-Control-Allow-Origin, so
 * the browser fails the fetch as Auth0's does. Returns whether the origin was allowed.
 */
export function applyCors(req: IncomingMessage, res: ServerResponse, isAllowed: (origin: string) => boolean): boolean {
  // The answer depends on Origin, so caches must key on it even when nothing is echoed.
  res.setHeader('Vary', 'Origin');
  const origin = req.headers.origin;
  if (typeof origin !== 'string' || !isAllowed(origin)) return false;
  res.setHeader('Access-Control-Allow-Origin', origin);
  res.setHeader('Access-Control-Expose-Headers', EXPOSE_HEADERS);
  return true;
}

/** Answers an OPTIONS preflight; an origin that is not allowed gets the 204 without permissions. */
export function answerPreflight(res: ServerResponse, allowed: boolean): void {
  if (allowed) {
    res.setHeader('Access-Control-Allow-Methods', ALLOW_METHODS);
    res.setHeader('Access-Control-Allow-Headers', ALLOW_HEADERS);
    res.setHeader('Access-Control-Max-Age', '600');
  }
  res.statusCode = 204;
  res.end();
}
