import { describe, expect, it } from 'vitest';
import { clientAllowsOrigin, clientAllowsWebOrigin, loadTenant, parseTenant } from '../../mock/tenant';

// The tenant file's client fields (Management API names): defaults, clear errors for a hand-edited file, and which
// origins a client may use.

const base = { connections: [], clients: [] as unknown[] };
const parseClient = (client: Record<string, unknown>) => parseTenant({ ...base, clients: [client] }).clients[0];

describe('tenant clients', () => {
  it('fill every optional field with its default', () => {
    expect(parseClient({ client_id: 'c' })).toEqual({
      client_id: 'c',
      name: 'Application',
      app_type: 'spa',
      token_endpoint_auth_method: 'none',
      callbacks: [],
      allowed_logout_urls: [],
      allowed_origins: [],
      web_origins: [],
      cross_origin_authentication: false,
      grant_types: [],
    });
    expect(parseClient({ client_id: 'c', client_secret: 's', app_type: 'regular_web' })).toMatchObject({
      client_secret: 's',
      token_endpoint_auth_method: 'client_secret_post',
    });
    expect(parseClient({ client_id: 'c', cross_origin_loc: 'https://app.example/co' })?.cross_origin_loc).toBe('https://app.example/co');
  });

  it('keep URLs exactly as written (they are compared exactly), custom schemes included', () => {
    const client = parseClient({ client_id: 'c', callbacks: ['http://localhost:5173', 'com.example.app://callback'] });
    expect(client?.callbacks).toEqual(['http://localhost:5173', 'com.example.app://callback']);
  });

  it('refuse a wrong field with a TypeError that names it', () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ app_type: 'desktop' }, 'tenant.clients[0].app_type must be one of spa, regular_web, native, non_interactive'],
      [{ token_endpoint_auth_method: 'private_key_jwt' }, 'tenant.clients[0].token_endpoint_auth_method must be one of none, client_secret_post, client_secret_basic'],
      [{ token_endpoint_auth_method: 'client_secret_basic' }, 'tenant.clients[0].client_secret is required when token_endpoint_auth_method is client_secret_basic'],
      [{ callbacks: ['/relative'] }, 'tenant.clients[0].callbacks[0] must be an absolute URL'],
      [{ callbacks: 'http://x' }, 'tenant.clients[0].callbacks must be an array'],
      [{ allowed_logout_urls: [''] }, 'tenant.clients[0].allowed_logout_urls[0] must be a non-empty string'],
      [{ web_origins: [1] }, 'tenant.clients[0].web_origins[0] must be a non-empty string'],
      [{ cross_origin_authentication: 'yes' }, 'tenant.clients[0].cross_origin_authentication must be a boolean'],
      [{ cross_origin_loc: 'javascript:alert(1)' }, 'tenant.clients[0].cross_origin_loc must be an absolute http(s) URL'],
      [{ client_secret: '' }, 'tenant.clients[0].client_secret must be a non-empty string'],
    ];
    for (const [fields, message] of cases) {
      expect(() => parseClient({ client_id: 'c', ...fields })).toThrow(new TypeError(message));
    }
  });

  it('read the demo tenant, and parse their own output again unchanged', () => {
    const tenant = loadTenant();
    expect(parseTenant(tenant)).toEqual(tenant);
    const demo = tenant.clients.find((c) => c.client_id === 'latch-demo');
    expect(demo).toMatchObject({ cross_origin_authentication: true, app_type: 'spa' });
    expect(demo?.grant_types).toEqual(expect.arrayContaining(['authorization_code', 'implicit', 'refresh_token', 'http://auth0.com/oauth/grant-type/password-realm']));
    for (const origin of ['http://localhost:5173', 'http://127.0.0.1:5173', 'http://localhost:4173', 'http://127.0.0.1:4173']) {
      expect(demo?.callbacks).toContain(`${origin}/`);
      expect(demo?.allowed_logout_urls).toContain(`${origin}/`);
      expect(demo?.web_origins).toContain(origin);
    }
  });
});

describe('the origins a client may use', () => {
  const client = parseClient({
    client_id: 'c',
    allowed_origins: ['https://cors.example'],
    web_origins: ['https://web.example'],
    callbacks: ['https://cb.example/done?x=1', 'com.example.app://callback'],
  });
  if (!client) throw new Error('no client');

  it('for CORS: allowed_origins, web_origins and the callbacks’ origins', () => {
    for (const origin of ['https://cors.example', 'https://web.example', 'https://cb.example']) expect(clientAllowsOrigin(client, origin)).toBe(true);
    for (const origin of ['https://cb.example/', 'http://cb.example', 'https://evil.example', 'null', 'com.example.app://callback']) {
      expect(clientAllowsOrigin(client, origin)).toBe(false);
    }
  });

  it('for web_message: web_origins and the callbacks’ origins, not the CORS-only ones', () => {
    expect(clientAllowsWebOrigin(client, 'https://web.example')).toBe(true);
    expect(clientAllowsWebOrigin(client, 'https://cb.example')).toBe(true);
    expect(clientAllowsWebOrigin(client, 'https://cors.example')).toBe(false);
  });
});
