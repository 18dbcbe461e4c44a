import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { startMockServer, type MockServer } from '../../mock/server';
import { ADMIN_HEADERS, changePasswordBody, MANAGEMENT_TOKEN, rawRequest, RESET_MESSAGE, startTestMock, type TestMock } from './mock-harness';

let mock: TestMock;
beforeAll(async () => {
  mock = await startTestMock();
});
afterAll(() => mock.close());
beforeEach(() => mock.reset());

async function expectStillServing(): Promise<void> {
  const res = await mock.post('/dbconnections/change_password', changePasswordBody('demo@latch.dev'));
  expect(res.status).toBe(200);
  expect(await res.text()).toBe(RESET_MESSAGE);
}

describe('bad input', () => {
  it.each([
    ['/dbconnections/change_password', '{"email": '],
    ['/oauth/token', 'not json at all'],
  ])('answers invalid JSON on %s with 400 invalid_request', async (path, body) => {
    const res = await mock.post(path, body);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: 'invalid_request', error_description: 'The request body is not valid JSON.' });
    await expectStillServing();
  });

  it.each(['[1,2]', 'null', '"text"'])('refuses a JSON body that is not an object: %s', async (body) => {
    const res = await mock.post('/oauth/token', body);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: 'invalid_request',
      error_description: 'The request body must be a JSON object.',
    });
  });

  it('refuses text/plain bodies, which a browser sends cross-origin without a preflight', async () => {
    const res = await mock.post('/dbconnections/change_password', JSON.stringify(changePasswordBody('demo@latch.dev')), {
      'Content-Type': 'text/plain',
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toBe('invalid_request');
  });

  it('answers a body over 100 KB with 413 in the API envelope', async () => {
    const huge = JSON.stringify(changePasswordBody('demo@latch.dev', { padding: 'x'.repeat(200 * 1024) }));
    const res = await mock.post('/dbconnections/change_password', huge);
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({
      error: 'invalid_request',
      error_description: 'The request body is larger than 100 KB.',
    });
    await expectStillServing();
  });

  it.each(['/dbconnections/nope', '/oauth/authorize-me', '/oauth/'])('answers an unknown API path %s with 404 JSON', async (path) => {
    const res = await mock.post(path, {});
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await res.json()).toEqual({ error: 'not_found', error_description: `No endpoint at ${path}.` });
  });

  it('answers a wrong method with 405 JSON and an Allow header', async () => {
    const res = await mock.get('/oauth/token');
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('POST, OPTIONS');
    expect(await res.json()).toEqual({
      error: 'method_not_allowed',
      error_description: 'GET is not allowed on /oauth/token.',
    });
    await expectStillServing();
  });

  it('answers a path it does not own with 404 JSON when run as a server', async () => {
    const res = await mock.get('/index.html');
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: string }).error).toBe('not_found');
  });
});

describe('a failing handler', () => {
  let broken: MockServer;
  let clockBroken = false;
  beforeAll(async () => {
    broken = await startMockServer({
      passwordHashCost: 1024,
      now: () => {
        if (clockBroken) throw new Error('clock failure');
        return Date.now();
      },
    });
  });
  afterAll(() => broken.close());

  it('answers 500 server_error and keeps serving', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    clockBroken = true;
    const res = await fetch(`${broken.url}/dbconnections/change_password`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(changePasswordBody('demo@latch.dev')),
    });
    clockBroken = false;
    expect(res.status).toBe(500);
    expect(await res.json()).toEqual({
      error: 'server_error',
      error_description: 'The mock server failed to handle the request.',
    });
    expect(log).toHaveBeenCalled();
    log.mockRestore();

    const after = await fetch(`${broken.url}/__tenant`, { headers: ADMIN_HEADERS });
    expect(after.status).toBe(200);
  });
});

describe('no request target, path or clock value makes the mock answer 5xx', () => {
  const raw = (method: string, path: string, body?: string, headers: Record<string, string> = {}) =>
    rawRequest(mock.url, { method, path, headers: { 'Content-Type': 'application/json', ...headers }, body });

  it.each(['//[', '//a:99999/oauth/token', '//evil.example/dbconnections/change_password'])(
    'a target that looks like another host (%s) is read as a path: 404 not_found',
    async (path) => {
      const res = await raw('GET', path);
      expect(res.status).toBe(404);
      expect(JSON.parse(res.body)).toEqual({ error: 'not_found', error_description: `No endpoint at ${path}.` });
      await expectStillServing();
    },
  );

  it('an absolute-form target is served by its path, never by the host it names', async () => {
    const res = await raw('GET', 'http://evil.example/__clock', undefined, ADMIN_HEADERS);
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ offsetSeconds: 0 });
  });

  it('a user id with a broken percent escape is a 400 path error in the Management API envelope', async () => {
    const res = await raw('PATCH', '/api/v2/users/%E0%A4%A', JSON.stringify({ password: 'Whatever-Long-1!' }), {
      Authorization: `Bearer ${MANAGEMENT_TOKEN}`,
    });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: 'Path validation error: the user id is not a valid URI component.',
      errorCode: 'invalid_uri',
    });
  });

  it('moving the clock past what a date can hold is refused, and known and unknown emails still answer alike', async () => {
    const res = await mock.post('/__clock', { advanceSeconds: 1e13 });
    expect(res.status).toBe(400);
    expect((await res.json()) as { error: string }).toMatchObject({ error: 'invalid_request' });
    expect((await mock.get('/__clock')).status).toBe(200);
    await expectStillServing();
    const unknown = await mock.post('/dbconnections/change_password', changePasswordBody('nobody@latch.dev'));
    expect(unknown.status).toBe(200);
    expect(await unknown.text()).toBe(RESET_MESSAGE);
  });

  it('a century ahead in all is the most the clock moves', async () => {
    expect((await mock.post('/__clock', { advanceSeconds: 50 * 365 * 24 * 3600 })).status).toBe(200);
    expect((await mock.post('/__clock', { advanceSeconds: 50 * 365 * 24 * 3600 })).status).toBe(200);
    expect((await mock.post('/__clock', { advanceSeconds: 1 })).status).toBe(400);
    await expectStillServing();
  });
});

describe('a page that rebinds its own name to this machine reads nothing', () => {
  const get = (path: string, host: string) => rawRequest(mock.url, { method: 'GET', path, headers: { Host: host, ...ADMIN_HEADERS } });

  it.each(['/__tenant', '/__outbox', '/lo/reset?ticket=anything'])('%s under a foreign Host is refused with 421', async (path) => {
    const res = await get(path, 'rebind.evil.example');
    expect(res.status).toBe(421);
    expect(JSON.parse(res.body)).toEqual({ error: 'misdirected_request', error_description: 'This server does not answer for that host name.' });
    expect(res.body).not.toContain('managementApiToken');
  });

  it.each(['127.0.0.1', 'localhost', '127.0.0.1:4000', 'localhost:5173', '[::1]:5173'])('is served under the loopback name %s', async (host) => {
    expect((await get('/__clock', host)).status).toBe(200);
  });

  it("is served under the tenant's public URL, and not under an allowed origin's other host", async () => {
    expect((await get('/__clock', new URL(mock.app.tenant.publicUrl).host)).status).toBe(200);
    expect((await get('/__clock', 'app.example.com')).status).toBe(421);
  });

  it('the API itself still answers under any Host (its links never come from it)', async () => {
    const res = await rawRequest(mock.url, {
      method: 'POST',
      path: '/dbconnections/change_password',
      headers: { Host: 'rebind.evil.example', 'Content-Type': 'application/json' },
      body: JSON.stringify(changePasswordBody('nobody@latch.dev')),
    });
    expect(res.status).toBe(200);
  });
});

describe('HEAD', () => {
  it.each(['/__clock', '/lo/reset?ticket=none', '/.well-known/jwks.json'])('HEAD %s answers as GET does, without a body', async (path) => {
    const get = await fetch(`${mock.url}${path}`);
    const head = await fetch(`${mock.url}${path}`, { method: 'HEAD' });
    expect(head.status).toBe(get.status);
    expect(head.headers.get('content-type')).toBe(get.headers.get('content-type'));
    expect(await head.text()).toBe('');
  });

  it('a route without GET still refuses HEAD, and names what it allows', async () => {
    const res = await fetch(`${mock.url}/dbconnections/change_password`, { method: 'HEAD' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('POST, OPTIONS');
  });
});

describe('a body far over the limit', () => {
  it('gets its 413 in the API envelope, not a reset connection, and the mock goes on serving', async () => {
    const body = JSON.stringify({ email: 'a'.repeat(20_000_000) });
    const res = await rawRequest(mock.url, {
      method: 'POST',
      path: '/dbconnections/change_password',
      headers: { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(body)) },
      body,
    });
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body)).toEqual({ error: 'invalid_request', error_description: 'The request body is larger than 100 KB.' });
    await expectStillServing();
  });
});
