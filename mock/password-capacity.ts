import { apiError } from './http';
import type { Derive } from './passwords';

/**
 * How many password derivations may wait at once. A derivation at the demo's cost takes tens of milliseconds and a
 * small machine runs a few at a time, so this many waiting is a wait of a few seconds at most.
 */
export const MAX_PENDING_DERIVATIONS = 64;

/**
 * The derivation behind every password check and hash, refusing work it cannot do in reasonable time: past
 * `maxPending` waiting derivations the request is answered 429 at once (Auth0's whole-API limit answer) instead of
 * joining a line that would outlast the client's patience. Whether the account exists plays no part: a check for an
 * unknown account derives a key just as a known one does, so it is shed alike.
 */
export function boundedDerive(derive: Derive, maxPending = MAX_PENDING_DERIVATIONS): Derive {
  let pending = 0;
  return async (password, salt, cost) => {
    if (pending >= maxPending) {
      throw apiError(429, 'too_many_requests', 'Global limit has been reached', { 'Retry-After': '1' });
    }
    pending += 1;
    try {
      return await derive(password, salt, cost);
    } finally {
      pending -= 1;
    }
  };
}
