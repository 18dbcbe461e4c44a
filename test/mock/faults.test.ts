import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN_HEADERS, ALLOWED_ORIGIN, changePasswordBody, loginBody, PASSWORD, startTestMock, type TestMock } from './mock-harness';

let mock: TestMock;
beforeAll(async () => {
  mock = await startTestMock();
});
afterAll(() => mock.close());
beforeEach(() => mock.reset());

const changePassword = (headers: Record<string, string> = {}) =>
  mock.post('/dbconnections/change_password', changePasswordBody('demo@latch.dev'), headers);
const login = (headers: Record<string, string> = {}) =>
  mock.post('/oauth/token', loginBody('demo@latch.dev', PASSWORD), headers);
const addFault = (fault: Record<string, unknown>) => mock.post('/__faults', fault);

describe('faults registered with POST /__faults', () => {
  it('forces 503 temporarily_unavailable for the given number of requests', async () => {
    const created = await addFault({ path: '/oauth/token', status: 503, times: 2 });
    expect(created.status).toBe(201);
    expect(await created.json()).toEqual({ id: expect.any(String), path: '/oauth/token', status: 503, times: 2 });

    for (let i = 0; i < 2; i += 1) {
      const res = await login({ Origin: ALLOWED_ORIGIN });
      expect(res.status).toBe(503);
      // CORS headers stay, so a browser shows the status rather than a network error.
      expect(res.headers.get('access-control-allow-origin')).toBe(ALLOWED_ORIGIN);
      expect(await res.json()).toEqual({
        error: 'temporarily_unavailable',
        error_description: 'The service is temporarily unavailable. Try again later.',
      });
    }
    expect((await login()).status).toBe(200);
    expect(await (await mock.get('/__faults')).json()).toEqual([]);
  });

  it('forces 500 server_error on the path it names only', async () => {
    await addFault({ path: '/dbconnections/change_password', status: 500 });
    const res = await changePassword();
    expect(res.status).toBe(500);
    expect(((await res.json()) as { error: string }).error).toBe('server_error');
    expect((await login()).status).toBe(200);
    expect((await changePassword()).status).toBe(500);
  });

  it('forces a 429 with the rate-limit headers, Retry-After and the 429 body', async () => {
    await addFault({ path: '/dbconnections/change_password', status: 429, times: 1 });
    const res = await changePassword();
    expect(res.status).toBe(429);
    expect(await res.json()).toEqual({
      error: 'too_many_requests',
      error_description: 'Too many requests. Wait before trying again.',
    });
    expect(res.headers.get('x-ratelimit-limit')).toBe('10');
    expect(res.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(res.headers.get('x-ratelimit-reset')).toBe(String(Math.ceil((mock.clock.now + 60_000) / 1000)));
    expect(res.headers.get('retry-after')).toBe('60');
  });

  it('drops the connection for a network fault so fetch rejects, then serves again', async () => {
    await addFault({ path: '*', network: true, times: 1 });
    await expect(changePassword()).rejects.toThrow(TypeError);
    expect((await changePassword()).status).toBe(200);
  });

  it('adds latency and then answers normally', async () => {
    await addFault({ path: '/oauth/token', latencyMs: 150, times: 1 });
    const started = performance.now();
    const res = await login();
    expect(res.status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('applies "*" to every API endpoint but never to the admin endpoints', async () => {
    await addFault({ path: '*', status: 502 });
    expect((await login()).status).toBe(502);
    expect((await changePassword()).status).toBe(502);
    expect((await mock.get('/__outbox')).status).toBe(200);
    expect(await (await mock.get('/__faults')).json()).toEqual([{ id: expect.any(String), path: '*', status: 502 }]);

    const cleared = await fetch(`${mock.url}/__faults`, { method: 'DELETE', headers: ADMIN_HEADERS });
    expect(cleared.status).toBe(204);
    expect((await login()).status).toBe(200);
  });

  it('answers a forced status with a text/html page instead of JSON for body "html", CORS kept', async () => {
    await addFault({ path: '/oauth/token', status: 500, body: 'html', times: 1 });
    const res = await login({ Origin: ALLOWED_ORIGIN });
    expect(res.status).toBe(500);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('access-control-allow-origin')).toBe(ALLOWED_ORIGIN);
    const text = await res.text();
    expect(text).toContain('<h1>500 Internal Server Error</h1>');
    expect(() => JSON.parse(text) as unknown).toThrow(SyntaxError);
    expect((await login()).status).toBe(200);
  });

  it('allows 200 only with an html body, standing for a page where the token JSON was expected', async () => {
    const created = await addFault({ path: '/oauth/token', status: 200, body: 'html' });
    expect(await created.json()).toEqual({ id: expect.any(String), path: '/oauth/token', status: 200, body: 'html' });
    const res = await login();
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await res.text()).toContain('<h1>200 OK</h1>');
  });

  it('keeps the 429 headers on an html 429', async () => {
    await addFault({ path: '/dbconnections/change_password', status: 429, body: 'html', times: 1 });
    const res = await changePassword();
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('60');
    expect(await res.text()).toContain('<h1>429 Too Many Requests</h1>');
  });

  it.each([
    [{ status: 503 }, 'path must be an API path such as "/oauth/token", or "*".'],
    [{ path: '/oauth/token' }, 'A fault needs at least one of status, latencyMs or network.'],
    [{ path: '/oauth/token', status: 200 }, 'status must be an error status from 400 to 599.'],
    [{ path: '/oauth/token', status: 503, times: 0 }, 'times must be a positive integer.'],
    [{ path: '/oauth/token', latencyMs: -1 }, 'latencyMs must be a number from 0 to 60000.'],
    [{ path: '/oauth/token', status: 500, body: 'xml' }, 'body must be "html".'],
    [{ path: '/oauth/token', body: 'html' }, 'body needs a status to answer with.'],
    [{ path: '/oauth/token', status: 302, body: 'html' }, 'status must be 200 or an error status from 400 to 599.'],
  ])('refuses the fault %j with 400', async (fault, description) => {
    const res = await addFault(fault);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: 'invalid_request', error_description: description });
  });
});

describe('the X-Latch-Fault request header', () => {
  it('forces a status for one request', async () => {
    const res = await login({ 'X-Latch-Fault': 'status=503' });
    expect(res.status).toBe(503);
    expect(((await res.json()) as { error: string }).error).toBe('temporarily_unavailable');
    expect((await login()).status).toBe(200);
  });

  it('combines latency and a status', async () => {
    const started = performance.now();
    const res = await changePassword({ 'X-Latch-Fault': 'status=429; latency=120' });
    expect(performance.now() - started).toBeGreaterThanOrEqual(110);
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('60');
  });

  it('drops the connection with "network"', async () => {
    await expect(login({ 'X-Latch-Fault': 'network' })).rejects.toThrow(TypeError);
    expect((await login()).status).toBe(200);
  });

  it('answers an html page with "body=html"', async () => {
    const res = await login({ 'X-Latch-Fault': 'status=503; body=html' });
    expect(res.status).toBe(503);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await res.text()).toContain('<h1>503 Service Unavailable</h1>');
  });

  it('refuses an unknown directive with 400', async () => {
    const res = await login({ 'X-Latch-Fault': 'explode' });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: 'invalid_request',
      error_description: 'Unknown X-Latch-Fault directive: explode.',
    });
  });
});
