import type { FetchLike } from '../api/client';
import type { GetKey } from './jwt';

type KeySet = (JsonWebKey & { kid?: string })[];

/** One request per origin for the page's lifetime; a failed one is forgotten so the next token tries again. */
const cache: Record<string, Promise<KeySet> | undefined> = {};

/**
 * A GetKey for verifyIdToken: the key with the token's `kid` from `${origin}/.well-known/jwks.json`. A kid not in
 * the cached set loads the set once more (the tenant may have rotated its keys since it was fetched).
 */
export function jwksKeys(origin: string, fetchImpl: FetchLike = (input, init) => fetch(input, init)): GetKey {
  const load = (): Promise<KeySet> =>
    (cache[origin] ||= fetchImpl(`${origin}/.well-known/jwks.json`, { credentials: 'omit', redirect: 'error' })
      .then((response) => response.json())
      .then((body: { keys?: unknown }) => {
        if (!Array.isArray(body.keys)) throw 0;
        return body.keys as KeySet;
      })
      .catch((error: unknown) => {
        cache[origin] = undefined;
        throw error;
      }));
  return async (kid) => {
    const cached = cache[origin];
    let key = (await load()).find((k) => k.kid === kid);
    if (!key && cached) {
      cache[origin] = undefined;
      key = (await load()).find((k) => k.kid === kid);
    }
    return key;
  };
}
