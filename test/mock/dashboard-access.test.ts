// The dashboard is a development endpoint like /__outbox: the management token, the admin secret or a page of this
// origin reach it; no other site's page, no CORS grant, no rebound host name.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawRequest, startTestMock, type TestMock } from './mock-harness';
import { STRICT_CSP } from '../../scripts/strict-csp.mjs';

let mock: TestMock;
beforeAll(async () => {
  mock = await startTestMock({ adminSecret: 'the-printed-admin-secret' });
});
afterAll(() => mock.close());

describe('GET /__dashboard', () => {
  it('answers the management token, the admin secret and an address typed into this origin’s browser tab', async () => {
    const allowed: Record<string, string>[] = [{ Authorization: 'Bearer latch-demo-management-token' }, { 'X-Latch-Admin': 'the-printed-admin-secret' }, { 'Sec-Fetch-Site': 'none' }];
    for (const headers of allowed) {
      const res = await fetch(`${mock.url}/__dashboard`, { headers });
      expect(res.status, JSON.stringify(headers)).toBe(200);
      expect(res.headers.get('content-security-policy')).toContain(STRICT_CSP);
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(await res.text()).toContain('<script src="/__dashboard.js" defer></script>');
    }
  });

  it('refuses everyone else: no credentials, a wrong secret, another site’s page; and grants no CORS', async () => {
    const refused: Record<string, string>[] = [{}, { 'X-Latch-Admin': 'guess' }, { 'Sec-Fetch-Site': 'cross-site', Origin: 'https://evil.example' }];
    for (const headers of refused) {
      const res = await fetch(`${mock.url}/__dashboard`, { headers });
      expect(res.status, JSON.stringify(headers)).toBe(401);
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
    }
    const preflight = await fetch(`${mock.url}/__hooks/post-change-password`, { method: 'OPTIONS', headers: { Origin: 'http://localhost:5173', 'Access-Control-Request-Method': 'PUT' } });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers only for this machine’s names and the tenant’s host (421 for a rebound name)', async () => {
    const res = await rawRequest(mock.url, { method: 'GET', path: '/__dashboard', headers: { Host: 'evil.example', Authorization: 'Bearer latch-demo-management-token' } });
    expect(res.status).toBe(421);
  });
});
