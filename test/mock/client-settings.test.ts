import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseClientSettings } from '../../src/auth/client-settings';
import { CLIENT_ID, CONNECTION, startTestMock, type TestMock } from './mock-harness';

// GET /client/{clientID}.js: the client-settings document Lock loads with a script tag (and the widget fetches as
// text), in the shape Lock's lib/core/client/index.js reads.

let mock: TestMock;
beforeAll(async () => {
  mock = await startTestMock();
});
afterAll(() => mock.close());

/** Runs the document as Lock's script tag would, with `Auth0.setClient` catching the argument. */
function evaluate(script: string): unknown[] {
  const calls: unknown[] = [];
  runInNewContext(script, { Auth0: { setClient: (value: unknown) => calls.push(value) } });
  return calls;
}

describe('GET /client/{clientID}.js', () => {
  it('calls Auth0.setClient with the client and its connections by strategy', async () => {
    // Lock adds `?t<timestamp>` against caches.
    const res = await fetch(`${mock.url}/client/${CLIENT_ID}.js?t1893499200000`, { headers: { Origin: 'https://any.example' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/javascript; charset=utf-8');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    const script = await res.text();
    expect(script).toMatch(/^Auth0\.setClient\(\{.*\}\);$/s);
    const [client] = evaluate(script) as Record<string, unknown>[];
    expect(client).toMatchObject({ id: CLIENT_ID, tenant: 'latch-demo', subscription: 'free' });
    expect(client?.strategies).toEqual([
      {
        name: 'auth0',
        connections: [
          {
            name: CONNECTION,
            passwordPolicy: 'good',
            password_complexity_options: { min_length: 8 },
            showSignup: true,
            showForgot: true,
            requires_username: false,
          },
        ],
      },
      { name: 'google-oauth2', connections: [{ name: 'google-oauth2' }] },
    ]);
  });

  it('is what the widget parses', async () => {
    const script = await (await fetch(`${mock.url}/client/${CLIENT_ID}.js`)).text();
    expect(parseClientSettings(script, CLIENT_ID)).toEqual([
      { name: CONNECTION, passwordPolicy: { level: 'good', minLength: 8 }, showSignup: true, showForgot: true, requiresUsername: false, usernameRange: null },
    ]);
  });

  it('answers an unknown client or a bad path with the envelope', async () => {
    for (const path of ['/client/nope.js', '/client/%E0%A4%A.js', '/client/.js', '/client/latch-demo', '/client/a/b.js']) {
      const res = await fetch(`${mock.url}${path}`);
      expect(res.status, path).toBeGreaterThanOrEqual(400);
      expect(res.status, path).toBeLessThan(500);
      expect(await res.json(), path).toMatchObject({ error: expect.any(String), error_description: expect.any(String) });
    }
    const post = await fetch(`${mock.url}/client/${CLIENT_ID}.js`, { method: 'POST' });
    expect(post.status).toBe(405);
  });
});
