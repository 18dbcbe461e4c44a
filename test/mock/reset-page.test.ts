import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PAGE_CSP } from '../../mock/html';
import { ALLOWED_ORIGIN, openResetPage, requestTicket, startTestMock, submitReset, type TestMock } from './mock-harness';

/** What the hosted page's policy must say, directive by directive (the policy itself is written once, in scripts/strict-csp.mjs). */
const REQUIRED_CSP = {
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': "'self'",
  'img-src': "'self' data:",
  'connect-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'self'",
  'frame-ancestors': "'none'",
};
const directives = (policy: string | null) =>
  Object.fromEntries((policy ?? '').split(';').map((part) => part.trim().split(/\s+/)).map(([name = '', ...values]) => [name, values.join(' ')]));
const DIST = new URL('../../dist/', import.meta.url);
let mock: TestMock;

beforeAll(async () => {
  mock = await startTestMock();
});
afterAll(() => mock.close());
beforeEach(() => mock.reset());

describe('GET /lo/reset', () => {
  it('serves the page shell with a strict CSP, no referrer and no caching', async () => {
    const ticket = await requestTicket(mock, 'demo@latch.dev');
    const page = await openResetPage(mock, ticket);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(directives(page.headers.get('content-security-policy'))).toEqual(REQUIRED_CSP);
    expect(page.headers.get('content-security-policy')).toBe(PAGE_CSP);
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(page.html).toContain('<link rel="stylesheet" href="/lo/latch.css">');
    expect(page.html).toContain('<script src="/lo/latch-reset-page.iife.js" defer></script>');
  });

  it('has no inline script or style', async () => {
    const { html } = await openResetPage(mock, await requestTicket(mock, 'demo@latch.dev'));
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
    expect(html).not.toMatch(/<style|\sstyle=|\son\w+=/i);
  });

  it('describes a valid ticket: client, connection, email, policy, and a CSRF token, never the ticket', async () => {
    const ticket = await requestTicket(mock, 'demo@latch.dev');
    const page = await openResetPage(mock, ticket);
    expect(page.data).toEqual({
      id: 'latch-reset',
      'data-client-id': 'latch-demo',
      'data-connection': 'Username-Password-Authentication',
      'data-state': 'valid',
      'data-email': 'demo@latch.dev',
      'data-policy': 'good',
      'data-min-length': '8',
    });
    expect(page.csrf).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(page.html).not.toContain(ticket);
    expect(page.html).not.toContain(encodeURIComponent(ticket));
  });

  it('gives each page load its own CSRF token', async () => {
    const ticket = await requestTicket(mock, 'demo@latch.dev');
    const first = await openResetPage(mock, ticket);
    const second = await openResetPage(mock, ticket);
    expect(first.csrf).not.toBe(second.csrf);
  });

  it('marks a used ticket "used", without email or CSRF token', async () => {
    const ticket = await requestTicket(mock, 'demo@latch.dev');
    const { csrf } = await openResetPage(mock, ticket);
    expect((await submitReset(mock, { ticket, csrf, newPassword: 'Purple-Otter-42' })).status).toBe(200);
    const page = await openResetPage(mock, ticket);
    expect(page.status).toBe(200);
    expect(page.data['data-state']).toBe('used');
    expect(page.data['data-email']).toBeUndefined();
    expect(page.csrf).toBe('');
    expect(page.html).not.toContain('demo@latch.dev');
  });

  it('marks an expired ticket "expired" once the clock has moved past its lifetime', async () => {
    const ticket = await requestTicket(mock, 'demo@latch.dev');
    const moved = await mock.post('/__clock', { advanceSeconds: 432_000 });
    expect(moved.status).toBe(200);
    const page = await openResetPage(mock, ticket);
    expect(page.data['data-state']).toBe('expired');
    expect(page.data['data-email']).toBeUndefined();
  });

  it.each([
    ['an unknown ticket', 'x'.repeat(43)],
    ['an empty ticket', ''],
  ])('marks %s "invalid", with the default connection and policy', async (_, ticket) => {
    const page = await openResetPage(mock, ticket);
    expect(page.status).toBe(200);
    expect(page.data).toMatchObject({ 'data-state': 'invalid', 'data-connection': 'Username-Password-Authentication', 'data-policy': 'good' });
    expect(page.data['data-email']).toBeUndefined();
  });

  it('marks a superseded ticket "invalid"', async () => {
    const older = await requestTicket(mock, 'demo@latch.dev');
    await requestTicket(mock, 'demo@latch.dev');
    expect((await openResetPage(mock, older)).data['data-state']).toBe('invalid');
  });

  it('is same-origin only: no CORS headers, even for an allowed origin, and no preflight', async () => {
    const res = await fetch(`${mock.url}/lo/reset?ticket=x`, { headers: { Origin: ALLOWED_ORIGIN } });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    const post = await mock.post('/lo/reset', { ticket: 'x' }, { Origin: ALLOWED_ORIGIN });
    expect(post.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await fetch(`${mock.url}/lo/reset`, {
      method: 'OPTIONS',
      headers: { Origin: ALLOWED_ORIGIN, 'Access-Control-Request-Method': 'POST' },
    });
    expect(preflight.status).toBe(405);
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('the reset page files', () => {
  it('serves the reset page script, which reads the ticket, removes it from the address and starts the widget', async () => {
    const res = await mock.get('/lo/latch-reset-page.iife.js');
    if (!existsSync(new URL('latch-reset-page.iife.js', DIST))) {
      expect(res.status).toBe(404);
      return;
    }
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const js = await res.text();
    // Minified: `history` is destructured, so the call reads `….replaceState(`.
    expect(js).toContain('.replaceState(');
    expect(js).toContain('resetPassword');
    expect(js).toContain('password_reset success');
  });

  it.each([
    ['/lo/latch-reset-page.iife.js', 'latch-reset-page.iife.js', 'text/javascript; charset=utf-8'],
    ['/lo/latch.iife.js', 'latch.iife.js', 'text/javascript; charset=utf-8'],
    ['/lo/latch.css', 'latch.css', 'text/css; charset=utf-8'],
  ])('serves %s from dist/ when it has been built', async (path, file, type) => {
    const res = await mock.get(path);
    if (!existsSync(new URL(file, DIST))) {
      expect(res.status).toBe(404);
      expect(await res.json()).toEqual({
        error: 'not_found',
        error_description: `dist/${file} is missing: run npm run build to make the widget's files.`,
      });
      return;
    }
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(type);
    expect(await res.text()).toBe(readFileSync(new URL(file, DIST), 'utf8'));
  });
});
