// A database connection that requires usernames (Management API: options.requires_username, options.validation):
// the client's settings say so, sign-up takes a username of the connection's length, and either logs in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTenant } from '../../mock/app';
import { CLIENT_ID, CONNECTION, loginBody, startTestMock, type TestMock } from './mock-harness';

const STRONG = 'Purple-Otter-42';
let mock: TestMock;

beforeAll(async () => {
  const tenant = loadTenant();
  mock = await startTestMock({
    tenant: {
      ...tenant,
      connections: tenant.connections.map((c) =>
        c.name === CONNECTION ? { ...c, options: { ...c.options, requires_username: true, validation: { username: { min: 3, max: 10 } } } } : c,
      ),
    },
  });
});
afterAll(() => mock.close());

const signup = (extra: Record<string, unknown>) =>
  mock.post('/dbconnections/signup', { client_id: CLIENT_ID, email: 'ada@example.com', password: STRONG, connection: CONNECTION, ...extra });

describe('a username connection', () => {
  it('is said so in the client settings, with the username length, as Lock reads them', async () => {
    const text = await (await mock.get(`/client/${CLIENT_ID}.js`)).text();
    const client = JSON.parse(text.replace(/^Auth0\.setClient\(/, '').replace(/\);?$/, '')) as { strategies: { name: string; connections: Record<string, unknown>[] }[] };
    const connection = client.strategies.find((s) => s.name === 'auth0')?.connections.find((c) => c.name === CONNECTION);
    expect(connection).toMatchObject({ requires_username: true, validation: { username: { min: 3, max: 10 } } });
  });

  it('refuses a sign-up without a username, or with one out of its length or characters, in the API’s error shape', async () => {
    for (const extra of [{}, { username: 'ab' }, { username: 'far-too-long-name' }, { username: 'ada lovelace' }]) {
      const res = await signup(extra);
      expect(res.status, JSON.stringify(extra)).toBe(400);
      expect(await res.json()).toMatchObject({ error: 'invalid_request' });
    }
  });

  it('signs up with a username, refuses the same username again, and logs in with the username or the email', async () => {
    expect((await signup({ username: 'ada_l' })).status).toBe(200);
    const again = await mock.post('/dbconnections/signup', { client_id: CLIENT_ID, email: 'other@example.com', password: STRONG, connection: CONNECTION, username: 'ADA_L' });
    expect(again.status).toBe(400);
    expect(await again.json()).toEqual({ name: 'BadRequestError', code: 'username_exists', description: 'The username provided is in use already.', statusCode: 400 });
    expect((await mock.post('/oauth/token', loginBody('ada_l', STRONG))).status).toBe(200);
    expect((await mock.post('/oauth/token', loginBody('ada@example.com', STRONG))).status).toBe(200);
    expect((await mock.post('/oauth/token', loginBody('ada_l', 'Wrong-Otter-42'))).status).toBe(403);
  });
});
