import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD_REALM, startTestMock, type TestMock } from './mock-harness';

let mock: TestMock;
beforeAll(async () => {
  mock = await startTestMock();
});
afterAll(() => mock.close());

describe('GET /.well-known/openid-configuration', () => {
  it('advertises every endpoint, under the issuer, and what the endpoints accept', async () => {
    const res = await mock.get('/.well-known/openid-configuration');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const config = (await res.json()) as Record<string, unknown>;
    expect(config).toEqual({
      issuer: `${mock.url}/`,
      authorization_endpoint: `${mock.url}/authorize`,
      token_endpoint: `${mock.url}/oauth/token`,
      userinfo_endpoint: `${mock.url}/userinfo`,
      jwks_uri: `${mock.url}/.well-known/jwks.json`,
      end_session_endpoint: `${mock.url}/v2/logout`,
      scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
      response_types_supported: ['code', 'token', 'id_token', 'token id_token'],
      response_modes_supported: ['query', 'fragment', 'form_post', 'web_message'],
      grant_types_supported: ['authorization_code', 'implicit', 'refresh_token', PASSWORD_REALM],
      code_challenge_methods_supported: ['S256', 'plain'],
      subject_types_supported: ['public'],
      id_token_signing_alg_values_supported: ['RS256'],
      token_endpoint_auth_methods_supported: ['none', 'client_secret_post', 'client_secret_basic'],
      claims_supported: expect.arrayContaining(['sub', 'iss', 'aud', 'azp', 'exp', 'iat', 'auth_time', 'nonce', 'sid', 'at_hash', 'email']),
      request_parameter_supported: false,
      request_uri_parameter_supported: false,
    });
  });

  it('points only at endpoints that answer', async () => {
    const config = (await (await mock.get('/.well-known/openid-configuration')).json()) as Record<string, string>;
    const jwks = await fetch(config.jwks_uri!);
    expect(jwks.status).toBe(200);
    const token = await fetch(config.token_endpoint!, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(token.status).toBe(400);
    for (const name of ['authorization_endpoint', 'end_session_endpoint']) {
      const res = await fetch(config[name]!, { redirect: 'manual' });
      expect(res.status, name).not.toBe(404);
      expect(res.status, name).toBeLessThan(500);
    }
  });
});
