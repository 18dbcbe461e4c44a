import { describe, expect, it } from 'vitest';
import { en, type Dictionary } from '../../../src/i18n/en';
import { buildDictionary, format } from '../../../src/i18n/format';
import { ar } from '../../../src/i18n/locales/ar';
import { de } from '../../../src/i18n/locales/de';
import { he } from '../../../src/i18n/locales/he';

const FSI = '\u2068';
const PDI = '\u2069';

describe('format: bidi isolation of the values it fills in', () => {
  it('isolates a Latin email in Hebrew and Arabic text, so the full stop stays at the end of the sentence', () => {
    expect(format(he, 'reset.subtitle', { email: 'ada@example.com' })).toBe(`יש להזין סיסמה חדשה עבור ${FSI}ada@example.com${PDI}.`);
    expect(format(ar, 'reset.subtitle', { email: 'ada@example.com' })).toBe(`أدخِل كلمة مرور جديدة للحساب ${FSI}ada@example.com${PDI}.`);
  });

  it('isolates a right-to-left value in left-to-right text too', () => {
    const description = 'הגישה נחסמה על ידי כלל';
    expect(format(en, 'error.accessDenied', { description })).toBe(`Access was denied. ${FSI}${description}${PDI}`);
    expect(format(en, 'reset.subtitle', { email: 'דנה@example.com' })).toBe(`Enter a new password for ${FSI}דנה@example.com${PDI}.`);
  });

  it('leaves left-to-right values in left-to-right text as they are', () => {
    expect(format(en, 'reset.subtitle', { email: 'ada@example.com' })).toBe('Enter a new password for ada@example.com.');
    expect(format(de, 'policy.containsAtLeast', { n: 3, total: 4 })).toBe('Mindestens 3 dieser 4 Zeichenarten:');
  });

  it('isolates each value of a right-to-left template, numbers included', () => {
    expect(format(he, 'policy.containsAtLeast', { n: 3, total: 4 })).toBe(`לפחות ${FSI}3${PDI} מתוך ${FSI}4${PDI} סוגי התווים האלה:`);
  });

  it('keeps a placeholder it has no value for, and fills nothing from the prototype', () => {
    expect(format(en, 'reset.subtitle', {})).toBe('Enter a new password for {email}.');
    const dict = { ...en, 'login.title': 'Hi {constructor}' } as Dictionary;
    expect(format(dict, 'login.title', { n: 1 })).toBe('Hi {constructor}');
  });
});

describe('buildDictionary: English, then each layer on top', () => {
  it('takes later layers over earlier ones, and English where no layer has the key', () => {
    const dict = buildDictionary(de, { 'login.title': 'Willkommen bei Acme' });
    expect(dict['login.title']).toBe('Willkommen bei Acme');
    expect(dict['field.email']).toBe(de['field.email']);
    expect(buildDictionary({ 'login.title': 'Logga in' })['field.email']).toBe(en['field.email']);
  });

  it('takes only known keys with string values', () => {
    const dict = buildDictionary({ 'login.title': 42, 'not.a.key': 'x', 'field.email': 'E-post' } as Record<string, unknown>, undefined);
    expect(dict['login.title']).toBe(en['login.title']);
    expect(dict['field.email']).toBe('E-post');
    expect(Object.keys(dict).sort()).toEqual(Object.keys(en).sort());
  });
});
