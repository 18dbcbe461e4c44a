import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadTenant } from '../../mock/app';
import type { Email } from '../../mock/app';
import {
  changePasswordBody,
  CONNECTION,
  rawRequest,
  RESET_MESSAGE,
  stableHeaders,
  startTestMock,
  type TestMock,
} from './mock-harness';

const PUBLIC_URL = 'https://login.latch.test';
let mock: TestMock;

beforeAll(async () => {
  mock = await startTestMock({ tenant: { ...loadTenant(), publicUrl: PUBLIC_URL } });
});
afterAll(() => mock.close());
beforeEach(() => mock.reset());

async function outbox(): Promise<Email[]> {
  return (await (await mock.get('/__outbox')).json()) as Email[];
}

describe('POST /dbconnections/change_password', () => {
  it('answers the recorded Auth0 text as text/html with rate-limit headers', async () => {
    const res = await mock.post('/dbconnections/change_password', changePasswordBody('demo@latch.dev'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await res.text()).toBe(RESET_MESSAGE);
    expect(res.headers.get('x-ratelimit-limit')).toBe('10');
    expect(res.headers.get('x-ratelimit-remaining')).toBe('9');
    expect(res.headers.get('x-ratelimit-reset')).toBe(String(Math.ceil((mock.clock.now + 60_000) / 1000)));
  });

  it('sends a reset email whose link uses the configured public URL', async () => {
    await mock.post('/dbconnections/change_password', changePasswordBody('Demo@Latch.dev'));
    const emails = await outbox();
    expect(emails).toHaveLength(1);
    const [email] = emails as [Email];
    expect(email.to).toBe('demo@latch.dev');
    expect(email.from).toBe('Latch Demo <no-reply@latch.dev>');
    expect(email.subject).toBe('Reset your password');
    expect(email.link).toMatch(/^https:\/\/login\.latch\.test\/lo\/reset\?ticket=[A-Za-z0-9_-]{43}$/);
    expect(email.text).toContain(email.link);
    expect(email.createdAt).toBe(new Date(mock.clock.now).toISOString());
  });

  it('builds the link from configuration even when the Host header is forged', async () => {
    const body = JSON.stringify(changePasswordBody('demo@latch.dev'));
    const res = await rawRequest(mock.url, {
      method: 'POST',
      path: '/dbconnections/change_password',
      headers: { Host: 'evil.example', 'X-Forwarded-Host': 'evil.example', 'Content-Type': 'application/json' },
      body,
    });
    expect(res.status).toBe(200);
    const [email] = await outbox();
    expect(email?.link.startsWith(`${PUBLIC_URL}/lo/reset?ticket=`)).toBe(true);
    expect(email?.text).not.toContain('evil.example');
  });

  it('mints a different ticket for every request', async () => {
    await mock.post('/dbconnections/change_password', changePasswordBody('demo@latch.dev'));
    await mock.post('/dbconnections/change_password', changePasswordBody('demo@latch.dev'));
    const [first, second] = await outbox();
    expect(first?.link).toBeDefined();
    expect(first?.link).not.toBe(second?.link);
  });

  it('answers an unknown email exactly like a known one and sends nothing', async () => {
    const known = await mock.post('/dbconnections/change_password', changePasswordBody('demo@latch.dev'));
    const unknown = await mock.post('/dbconnections/change_password', changePasswordBody('nobody@latch.dev'));
    expect(unknown.status).toBe(known.status);
    expect(await unknown.text()).toBe(await known.text());
    // Both are the first request for their IP+email, so even the rate-limit numbers match.
    expect(stableHeaders(unknown)).toEqual(stableHeaders(known));
    const emails = await outbox();
    expect(emails.map((e) => e.to)).toEqual(['demo@latch.dev']);
  });

  it('accepts a form-encoded body', async () => {
    const res = await fetch(`${mock.url}/dbconnections/change_password`, {
      method: 'POST',
      body: new URLSearchParams({ client_id: 'latch-demo', email: 'demo@latch.dev', connection: CONNECTION }),
    });
    expect(res.status).toBe(200);
    expect(await outbox()).toHaveLength(1);
  });

  it('refuses a password field (change password flow v2)', async () => {
    const res = await mock.post('/dbconnections/change_password', changePasswordBody('demo@latch.dev', { password: 'x' }));
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: 'invalid_request', error_description: 'password is not allowed' });
    expect(await outbox()).toEqual([]);
  });

  it.each([
    [{ client_id: 'latch-demo', connection: CONNECTION }, 'Missing required property: email'],
    [{ client_id: 'latch-demo', email: '', connection: CONNECTION }, 'Missing required property: email'],
    [{ client_id: 'latch-demo', email: 'demo@latch.dev' }, 'Missing required property: connection'],
    [
      { client_id: 'latch-demo', email: 42, connection: CONNECTION },
      'Invalid type for property email: expected string but found number.',
    ],
    [
      { client_id: ['latch-demo'], email: 'demo@latch.dev', connection: CONNECTION },
      'Invalid type for property client_id: expected string but found array.',
    ],
  ])('answers 400 invalid_request for %j', async (body, description) => {
    const res = await mock.post('/dbconnections/change_password', body);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(res.headers.get('x-ratelimit-limit')).toBe('10');
    expect(await res.json()).toEqual({ error: 'invalid_request', error_description: description });
  });

  it.each(['No-Such-Connection', 'google-oauth2'])('answers 400 connection not found for %s', async (connection) => {
    const res = await mock.post('/dbconnections/change_password', changePasswordBody('demo@latch.dev', { connection }));
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: 'connection not found' });
    expect(await outbox()).toEqual([]);
  });

  it('answers 401 invalid_client for an unknown client', async () => {
    const res = await mock.post(
      '/dbconnections/change_password',
      changePasswordBody('demo@latch.dev', { client_id: 'no-such-client' }),
    );
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: 'invalid_client', error_description: 'Unknown client.' });
    expect(await outbox()).toEqual([]);
  });
});

describe('change_password answered as a JSON string', () => {
  let jsonMock: TestMock;
  beforeAll(async () => {
    jsonMock = await startTestMock({ tenant: { ...loadTenant(), changePasswordResponse: 'json-string' } });
  });
  afterAll(() => jsonMock.close());

  it('sends the documented JSON-string variant when the tenant asks for it', async () => {
    const res = await jsonMock.post('/dbconnections/change_password', changePasswordBody('demo@latch.dev'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await res.text()).toBe(JSON.stringify(RESET_MESSAGE));
  });
});
