import { beforeAll, describe, expect, test } from 'vitest';
import type { FetchLike } from '../../../src/api/client';
import { jwksKeys } from '../../../src/auth/jwks';
import { makeKeys, type Keys } from './tokens';

let first: Keys;
let second: Keys;
beforeAll(async () => {
  first = await makeKeys('k1');
  second = await makeKeys('k2');
});

/** A transport answering each request with the next of `answers`, recording what was asked. */
function server(...answers: (() => Response)[]) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetch: FetchLike = async (url, init) => {
    calls.push({ url, init });
    const answer = answers.shift();
    if (!answer) throw new TypeError('no more answers');
    return answer();
  };
  return { calls, fetch };
}
const jwks = (...keys: Keys[]) => () => Response.json({ keys: keys.map((k) => k.jwk) });
const outcome = (promise: Promise<unknown>) => promise.then(() => 'resolved', () => 'rejected');

// Each test uses an origin of its own: the cache lives for the page.
describe('jwksKeys', () => {
  test('fetches /.well-known/jwks.json without credentials or redirects and picks the key by kid', async () => {
    const { calls, fetch } = server(jwks(first, second));
    const getKey = jwksKeys('https://one.example', fetch);
    expect(await getKey('k2')).toEqual(second.jwk);
    expect(calls).toEqual([{ url: 'https://one.example/.well-known/jwks.json', init: { credentials: 'omit', redirect: 'error' } }]);
  });

  test('one request per origin, shared by every GetKey made for it', async () => {
    const { calls, fetch } = server(jwks(first, second));
    const [a, b] = await Promise.all([jwksKeys('https://two.example', fetch)('k1'), jwksKeys('https://two.example', fetch)('k2')]);
    expect([a, b]).toEqual([first.jwk, second.jwk]);
    expect(await jwksKeys('https://two.example', fetch)('k1')).toEqual(first.jwk);
    expect(calls).toHaveLength(1);
  });

  test('a failed request is not cached: the next token tries again', async () => {
    const { calls, fetch } = server(() => new Response('busy', { status: 503 }), jwks(first));
    const getKey = jwksKeys('https://three.example', fetch);
    expect(await outcome(getKey('k1'))).toBe('rejected');
    expect(await getKey('k1')).toEqual(first.jwk);
    expect(calls).toHaveLength(2);
  });

  test('a body without a keys array is a failure, not an empty set', async () => {
    const { fetch } = server(() => Response.json({ keys: 'none' }), () => new Response('<html>'), jwks(first));
    const getKey = jwksKeys('https://four.example', fetch);
    expect(await outcome(getKey('k1'))).toBe('rejected');
    expect(await outcome(getKey('k1'))).toBe('rejected');
    expect(await getKey('k1')).toEqual(first.jwk);
  });

  test('an unknown kid reloads the set once (rotated keys), then answers undefined', async () => {
    const { calls, fetch } = server(jwks(first), jwks(first, second), jwks(first, second));
    const getKey = jwksKeys('https://five.example', fetch);
    expect(await getKey('k1')).toEqual(first.jwk);
    expect(await getKey('k2')).toEqual(second.jwk);
    expect(calls).toHaveLength(2);
    expect(await getKey('k9')).toBeUndefined();
    expect(calls).toHaveLength(3);
  });
});
