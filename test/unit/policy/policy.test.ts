import { describe, expect, it } from 'vitest';
import { checkPassword, policyText } from '../../../mock/password-sheriff';
import { minLengthOf, type PolicyLevel } from '../../../src/policy';

const LOWER = { code: 'lowerCase', message: 'lower case letters (a-z)' };
const UPPER = { code: 'upperCase', message: 'upper case letters (A-Z)' };
const NUMBERS = { code: 'numbers', message: 'numbers (i.e. 0-9)' };
const SPECIAL = { code: 'specialCharacters', message: 'special characters (e.g. !@#$%^&*)' };

describe('checkPassword: rule objects as password-sheriff builds them', () => {
  it('none: only a non-empty password', () => {
    expect(checkPassword('x', { level: 'none' })).toEqual({
      verified: true,
      rules: [{ code: 'nonEmpty', message: 'Non-empty password required', verified: true }],
    });
    expect(checkPassword('', { level: 'none' })).toEqual({
      verified: false,
      rules: [{ code: 'nonEmpty', message: 'Non-empty password required', verified: false }],
    });
  });

  it('low: at least 6 characters', () => {
    const rule = (verified: boolean) => ({ code: 'lengthAtLeast', message: 'At least %d characters in length', format: [6], verified });
    expect(checkPassword('abcde', { level: 'low' })).toEqual({ verified: false, rules: [rule(false)] });
    expect(checkPassword('abcdef', { level: 'low' })).toEqual({ verified: true, rules: [rule(true)] });
  });

  it('fair: 8 characters and each of lower, upper and numbers', () => {
    expect(checkPassword('abcdefgH', { level: 'fair' })).toEqual({
      verified: false,
      rules: [
        { code: 'lengthAtLeast', message: 'At least %d characters in length', format: [8], verified: true },
        {
          code: 'shouldContain',
          message: 'Should contain:',
          items: [
            { ...LOWER, verified: true },
            { ...UPPER, verified: true },
            { ...NUMBERS, verified: false },
          ],
          verified: false,
        },
      ],
    });
    expect(checkPassword('abcdefH1', { level: 'fair' }).verified).toBe(true);
    expect(checkPassword('abcdH1', { level: 'fair' }).verified).toBe(false);
  });

  it('good: 8 characters and 3 of the 4 types', () => {
    const result = checkPassword('correct-horse-battery-staple', { level: 'good' });
    expect(result).toEqual({
      verified: false,
      rules: [
        { code: 'lengthAtLeast', message: 'At least %d characters in length', format: [8], verified: true },
        {
          code: 'containsAtLeast',
          message: 'Contain at least %d of the following %d types of characters:',
          format: [3, 4],
          items: [
            { ...LOWER, verified: true },
            { ...UPPER, verified: false },
            { ...NUMBERS, verified: false },
            { ...SPECIAL, verified: true },
          ],
          verified: false,
        },
      ],
    });
    expect(checkPassword('correct-horse-9', { level: 'good' }).verified).toBe(true);
    expect(checkPassword('Correct9horse', { level: 'good' }).verified).toBe(true);
    expect(checkPassword('Ab1!', { level: 'good' }).verified).toBe(false);
  });

  it('excellent: 10 characters, 3 of 4 types, no more than 2 identical characters in a row', () => {
    const ok = checkPassword('Tr0ub4dor&3', { level: 'excellent' });
    expect(ok.verified).toBe(true);
    expect(ok.rules.map((r) => r.code)).toEqual(['lengthAtLeast', 'containsAtLeast', 'identicalChars']);
    expect(ok.rules[0]?.format).toEqual([10]);

    const repeated = checkPassword('Troubb4dorrr&3', { level: 'excellent' });
    expect(repeated.verified).toBe(false);
    expect(repeated.rules[2]).toEqual({
      code: 'identicalChars',
      message: 'No more than %d identical characters in a row (e.g., "%s" not allowed)',
      format: [2, 'aaa'],
      verified: false,
    });
    expect(checkPassword('Troubb4dorr&3', { level: 'excellent' }).verified).toBe(true);
    expect(checkPassword('Tr0ub4do&3', { level: 'excellent' }).verified).toBe(true);
    expect(checkPassword('Tr0ub4d&3', { level: 'excellent' }).verified).toBe(false);
  });

  it.each([' ', '!', '"', '#', '$', '%', '&', "'", '(', ')', '*', '+', ',', '-', '.', '/', ':', ';', '<', '=', '>', '?', '@', '[', '\\', ']', '^', '_', '`', '{', '|', '}', '~'])(
    'counts %j as a special character',
    (c) => {
      const items = checkPassword(`abc${c}`, { level: 'good' }).rules[1]?.items ?? [];
      expect(items.find((i) => i.code === 'specialCharacters')?.verified).toBe(true);
    },
  );

  it('does not count letters outside a-z, digits outside 0-9 or other symbols as any type', () => {
    const items = checkPassword('éÉ٣€§£ñ', { level: 'good' }).rules[1]?.items ?? [];
    expect(items.map((i) => i.verified)).toEqual([false, false, false, false]);
  });
});

describe('minLength', () => {
  it('overrides the level length, up and down', () => {
    expect(checkPassword('Abcdef1', { level: 'good', minLength: 12 }).rules[0]).toEqual({
      code: 'lengthAtLeast',
      message: 'At least %d characters in length',
      format: [12],
      verified: false,
    });
    expect(checkPassword('Ab1', { level: 'good', minLength: 3 }).verified).toBe(true);
    expect(checkPassword('abcdefghijkl', { level: 'none', minLength: 12 }).verified).toBe(true);
  });

  it('turns the length rule into nonEmpty at 1', () => {
    expect(checkPassword('Ab1', { level: 'excellent', minLength: 1 }).rules[0]).toEqual({
      code: 'nonEmpty',
      message: 'Non-empty password required',
      verified: true,
    });
  });

  it.each([
    ['none', undefined, 1],
    ['low', undefined, 6],
    ['fair', undefined, 8],
    ['good', undefined, 8],
    ['excellent', undefined, 10],
    ['good', 0, 1],
    ['good', 500, 128],
    ['low', 20, 20],
  ] as [PolicyLevel, number | undefined, number][])('%s with minLength %s needs %i characters', (level, minLength, expected) => {
    expect(minLengthOf(minLength === undefined ? { level } : { level, minLength })).toBe(expected);
  });
});

describe('unicode and long input', () => {
  it('counts UTF-16 code units, as the server does', () => {
    // Four emoji are eight code units.
    expect(checkPassword('😀😀😀😀', { level: 'low' }).verified).toBe(true);
    expect(checkPassword('ééééé', { level: 'low' }).verified).toBe(false);
  });

  it('compares code units for identical characters', () => {
    expect(checkPassword('Abc1😀😀😀xyz', { level: 'excellent' }).rules[2]?.verified).toBe(true);
    expect(checkPassword('Abc1ééé xyz', { level: 'excellent' }).rules[2]?.verified).toBe(false);
    expect(checkPassword('Abc1\n\n\nxyz', { level: 'excellent' }).rules[2]?.verified).toBe(false);
  });

  it('checks a 100 000-character password quickly', () => {
    const long = 'Ab1!'.repeat(25_000);
    const started = performance.now();
    expect(checkPassword(long, { level: 'excellent', minLength: 128 }).verified).toBe(true);
    expect(checkPassword(`${long}zzz`, { level: 'excellent' }).verified).toBe(false);
    expect(performance.now() - started).toBeLessThan(200);
  });
});

describe('policyText', () => {
  it('flattens rules and items as the policy field of an error body', () => {
    expect(policyText(checkPassword('', { level: 'good' }))).toBe(
      '* At least 8 characters in length\n* Contain at least 3 of the following 4 types of characters:\n * lower case letters (a-z)\n * upper case letters (A-Z)\n * numbers (i.e. 0-9)\n * special characters (e.g. !@#$%^&*)',
    );
  });

  it.each([
    ['none', '* Non-empty password required'],
    ['low', '* At least 6 characters in length'],
    ['fair', '* At least 8 characters in length\n* Should contain:\n * lower case letters (a-z)\n * upper case letters (A-Z)\n * numbers (i.e. 0-9)'],
    [
      'excellent',
      '* At least 10 characters in length\n* Contain at least 3 of the following 4 types of characters:\n * lower case letters (a-z)\n * upper case letters (A-Z)\n * numbers (i.e. 0-9)\n * special characters (e.g. !@#$%^&*)\n* No more than 2 identical characters in a row (e.g., "aaa" not allowed)',
    ],
  ] as [PolicyLevel, string][])('%s', (level, text) => {
    expect(policyText(checkPassword('x', { level }))).toBe(text);
  });
});
