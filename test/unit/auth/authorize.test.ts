import { describe, expect, test } from 'vitest';
import { AUTH0_CLIENT_HEADER } from '../../../src/api/client';
import { authorizeUrl } from '../../../src/auth/authorize';

const query = (url: string) => Object.fromEntries(new URL(url).searchParams);

describe('authorizeUrl', () => {
  test('a login-ticket redirect: the parameters Lock 14 sends, by their wire names, with auth0Client', () => {
    const url = authorizeUrl('https://tenant.example', {
      client_id: 'client-1',
      response_type: 'token id_token',
      redirect_uri: 'https://app.example/callback',
      scope: 'openid profile email',
      audience: 'https://api.example/',
      state: 'state-1',
      nonce: 'nonce-1',
      realm: 'Username-Password-Authentication',
      connection: 'Username-Password-Authentication',
      login_ticket: 'ticket-1',
    });
    expect(url.startsWith('https://tenant.example/authorize?')).toBe(true);
    expect(query(url)).toEqual({
      client_id: 'client-1',
      response_type: 'token id_token',
      redirect_uri: 'https://app.example/callback',
      scope: 'openid profile email',
      audience: 'https://api.example/',
      state: 'state-1',
      nonce: 'nonce-1',
      realm: 'Username-Password-Authentication',
      connection: 'Username-Password-Authentication',
      login_ticket: 'ticket-1',
      auth0Client: AUTH0_CLIENT_HEADER,
    });
    expect(JSON.parse(atob(query(url).auth0Client!.replace(/-/g, '+').replace(/_/g, '/')))).toEqual({ name: 'latch', version: expect.any(String) });
  });

  test('a code challenge brings code_challenge_method=S256; empty and undefined values are left out', () => {
    const params = query(
      authorizeUrl('https://tenant.example', {
        client_id: 'c',
        response_type: 'code',
        redirect_uri: 'https://app.example/',
        state: 's',
        code_challenge: 'E9Melhoa2OwvFrEjzKsT_tCzZtOkdHKT2n0y2ri_-Oc',
        response_mode: 'web_message',
        prompt: 'none',
        audience: undefined,
        nonce: '',
      }),
    );
    expect(params).toEqual({
      client_id: 'c',
      response_type: 'code',
      redirect_uri: 'https://app.example/',
      state: 's',
      code_challenge: 'E9Melhoa2OwvFrEjzKsT_tCzZtOkdHKT2n0y2ri_-Oc',
      code_challenge_method: 'S256',
      response_mode: 'web_message',
      prompt: 'none',
      auth0Client: AUTH0_CLIENT_HEADER,
    });
  });

  test('values are encoded: a hostile value cannot add a parameter', () => {
    const url = authorizeUrl('https://tenant.example', { client_id: 'c', response_type: 'code', redirect_uri: 'https://app.example/?a=1&b=2#x', state: 's&prompt=none' });
    expect(query(url)).toMatchObject({ redirect_uri: 'https://app.example/?a=1&b=2#x', state: 's&prompt=none' });
    expect(new URL(url).searchParams.has('prompt')).toBe(false);
  });
});
