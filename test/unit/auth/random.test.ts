import { describe, expect, test } from 'vitest';
import { base64url, challengeOf, fromBase64url, pkce, randomString } from '../../../src/auth/random';

describe('random strings and PKCE', () => {
  test('RFC 7636 Appendix B: its 32 octets as the verifier, and that verifier\'s S256 challenge', async () => {
    const octets = [116, 24, 223, 180, 151, 153, 224, 37, 79, 250, 96, 125, 216, 173, 187, 186, 22, 212, 37, 77, 105, 214, 191, 240, 91, 88, 5, 88, 83, 132, 141, 121];
    expect(base64url(new Uint8Array(octets))).toBe('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk');
    expect(await challengeOf('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
  });

  test('randomString: 32 random bytes as 43 base64url characters, different each time', () => {
    const values = new Set(Array.from({ length: 50 }, randomString));
    expect(values.size).toBe(50);
    for (const value of values) expect(value).toMatch(/^[\w-]{43}$/);
    expect(fromBase64url(randomString())).toHaveLength(32);
  });

  test('pkce: a verifier RFC 7636 accepts (43..128 unreserved characters) and its S256 challenge', async () => {
    const { verifier, challenge } = await pkce();
    expect(verifier).toMatch(/^[A-Za-z0-9\-._~]{43,128}$/);
    expect(challenge).toBe(await challengeOf(verifier));
    expect((await pkce()).verifier).not.toBe(verifier);
  });

  test('base64url round trip, and anything but base64url refused', () => {
    const bytes = new Uint8Array([0, 251, 255, 62, 63, 1]);
    expect(base64url(bytes)).toBe('APv_Pj8B');
    expect(fromBase64url('APv_Pj8B')).toEqual(bytes);
    expect(fromBase64url('AQ')).toEqual(new Uint8Array([1]));
    for (const bad of ['AP+/', 'AQ==', 'A Q', 'A']) expect(() => fromBase64url(bad)).toThrow();
  });
});
