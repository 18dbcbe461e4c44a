import { describe, expect, test } from 'vitest';
import { parseHash } from '../../../src/auth/hash';

describe('parseHash', () => {
  test('an implicit response in the fragment, with Lock names and expiresIn as a number', () => {
    expect(parseHash('#access_token=at&id_token=a.b.c&token_type=Bearer&expires_in=7200&scope=openid%20profile&state=s1')).toEqual({
      accessToken: 'at',
      idToken: 'a.b.c',
      tokenType: 'Bearer',
      expiresIn: 7200,
      scope: 'openid profile',
      state: 's1',
    });
  });

  test('a code response in the query, and a refresh token', () => {
    expect(parseHash('?code=abc&state=s2')).toEqual({ code: 'abc', state: 's2' });
    expect(parseHash('refresh_token=rt&state=s3')).toEqual({ refreshToken: 'rt', state: 's3' });
  });

  test('an error response', () => {
    expect(parseHash('#error=login_required&error_description=Login%20required&state=s4')).toEqual({
      error: 'login_required',
      errorDescription: 'Login required',
      state: 's4',
    });
  });

  test('a hash-router path before the response, as auth0-js allows', () => {
    expect(parseHash('#/access_token=at&state=s5')).toEqual({ accessToken: 'at', state: 's5' });
  });

  test('a page anchor, an empty hash, or state/scope alone are no auth response', () => {
    for (const hash of ['', '#', '#section-2', '#/settings', '#state=s&scope=openid&expires_in=1&token_type=Bearer', '?page=2&sort=name']) {
      expect(parseHash(hash)).toBeNull();
    }
  });

  test('unknown parameters are dropped', () => {
    expect(parseHash('#access_token=at&state=s&__proto__=x&toString=y')).toEqual({ accessToken: 'at', state: 's' });
  });
});
