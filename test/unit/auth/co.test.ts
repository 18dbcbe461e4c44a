import { afterEach, describe, expect, test } from 'vitest';
import { PASSWORD_REALM_GRANT } from '../../../src/api/client';
import { coAuthenticateBody, takeLoginTicket } from '../../../src/auth/co';
import { clearCookies } from './tokens';

afterEach(clearCookies);

describe('/co/authenticate', () => {
  test('with a realm: the password-realm credential type, as auth0-js sends it', () => {
    expect(coAuthenticateBody('client-1', 'a@example.com', 'pw', 'Username-Password-Authentication')).toEqual({
      client_id: 'client-1',
      username: 'a@example.com',
      password: 'pw',
      realm: 'Username-Password-Authentication',
      credential_type: PASSWORD_REALM_GRANT,
    });
  });

  test("without a realm: credential_type 'password'; otp when given", () => {
    expect(coAuthenticateBody('client-1', 'a@example.com', 'pw', undefined, '123456')).toEqual({
      client_id: 'client-1',
      username: 'a@example.com',
      password: 'pw',
      otp: '123456',
      credential_type: 'password',
    });
  });

  test('a good answer stores the verifier and gives the ticket', () => {
    expect(takeLoginTicket('http://127.0.0.1:4000', { login_ticket: 't1', co_verifier: 'v1', co_id: 'id1' })).toBe('t1');
    expect(document.cookie).toContain(`${encodeURIComponent(`co/verifier/${encodeURIComponent('http://127.0.0.1:4000')}/id1`)}=${encodeURIComponent('"v1"')}`);
  });

  test('an answer without the three strings gives no ticket and stores nothing', () => {
    for (const answer of [undefined, null, 'text', {}, { login_ticket: 't', co_verifier: 'v' }, { login_ticket: 't', co_verifier: 1, co_id: 'i' }]) {
      expect(takeLoginTicket('http://127.0.0.1:4000', answer)).toBeNull();
    }
    expect(document.cookie).toBe('');
  });
});
