import { describe, expect, it } from 'vitest';
import { formatWait } from '../../../src/i18n/duration';
import { en, type Dictionary, type MessageKey } from '../../../src/i18n/en';
import { format } from '../../../src/i18n/format';
import { ar } from '../../../src/i18n/locales/ar';
import { de } from '../../../src/i18n/locales/de';
import { es } from '../../../src/i18n/locales/es';
import { fr } from '../../../src/i18n/locales/fr';
import { he } from '../../../src/i18n/locales/he';
import { it as itIT } from '../../../src/i18n/locales/it';
import { ja } from '../../../src/i18n/locales/ja';
import { nl } from '../../../src/i18n/locales/nl';
import { pl } from '../../../src/i18n/locales/pl';
import { ptBR } from '../../../src/i18n/locales/pt-BR';
import { zhCN } from '../../../src/i18n/locales/zh-CN';

/** Every bundled dictionary, keyed by the BCP 47 tag the `language` option takes. */
const locales: ReadonlyArray<readonly [string, Dictionary]> = [
  ['de', de],
  ['fr', fr],
  ['es', es],
  ['pt-BR', ptBR],
  ['it', itIT],
  ['nl', nl],
  ['pl', pl],
  ['ja', ja],
  ['zh-CN', zhCN],
  ['ar', ar],
  ['he', he],
];

const keys = Object.keys(en) as MessageKey[];
const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
const sample = { wait: '5 s', n: 8, total: 4, min: 3, max: 15, email: 'ana@example.com', description: 'Blocked by a rule.' };

/**
 * The sentences that carry a wait, filled with Intl.RelativeTimeFormat's phrase, as they read in each language.
 * Each language places the phrase where it puts a time ("Bitte versuchen Sie es in 30 Sekunden erneut.").
 * Arabic and Hebrew wrap it in isolates (U+2068 … U+2069), like every value format() puts into right-to-left text.
 */
const waitSentences: Record<string, { readonly button: string; readonly alert: string }> = {
  de: { button: 'Erneut versuchen in 30 Sekunden', alert: 'Zu viele Versuche. Bitte versuchen Sie es in 30 Sekunden erneut.' },
  fr: { button: 'Réessayer dans 30 secondes', alert: 'Trop de tentatives. Veuillez réessayer dans 30 secondes.' },
  es: { button: 'Vuelve a intentarlo dentro de 30 segundos', alert: 'Demasiados intentos. Vuelve a intentarlo dentro de 30 segundos.' },
  'pt-BR': { button: 'Tente novamente em 30 segundos', alert: 'Muitas tentativas. Tente novamente em 30 segundos.' },
  it: { button: 'Riprova tra 30 secondi', alert: 'Troppi tentativi. Riprova tra 30 secondi.' },
  nl: { button: 'Opnieuw proberen over 30 seconden', alert: 'Te veel pogingen. Probeer het over 30 seconden opnieuw.' },
  pl: { button: 'Spróbuj ponownie za 30 sekund', alert: 'Zbyt wiele prób. Spróbuj ponownie za 30 sekund.' },
  ja: { button: '30 秒後に再試行', alert: '試行回数が多すぎます。30 秒後にもう一度お試しください。' },
  'zh-CN': { button: '30秒钟后重试', alert: '尝试次数过多。请在 30秒钟后重试。' },
  ar: { button: 'إعادة المحاولة متاحة \u2068خلال 30 ثانية\u2069', alert: 'محاولات كثيرة جدًا. ستتمكن من المحاولة مرة أخرى \u2068خلال 30 ثانية\u2069.' },
  he: { button: 'ניסיון חוזר \u2068בעוד 30 שניות\u2069', alert: 'יותר מדי ניסיונות. אפשר לנסות שוב \u2068בעוד 30 שניות\u2069.' },
};

describe.each(locales)('%s dictionary', (code, dict) => {
  it('has every English key, as text, and nothing else', () => {
    expect(Object.keys(dict).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      expect(typeof dict[key], key).toBe('string');
      // Only strings English leaves empty on purpose (the logo's alt text) may be empty.
      if (en[key] !== '') expect(dict[key].trim(), key).not.toBe('');
    }
  });

  it('keeps exactly the placeholders of English in every string', () => {
    for (const key of keys) expect(placeholders(dict[key]), key).toEqual(placeholders(en[key]));
  });

  it('holds plain text, never markup', () => {
    for (const key of keys) expect(dict[key], key).not.toMatch(/<[a-z!/]/i);
  });

  it('leaves no placeholder unfilled once format() has run', () => {
    for (const key of keys) expect(format(dict, key, sample), key).not.toMatch(/[{}]/);
  });

  it('is a translation, not a copy of English', () => {
    const same = keys.filter((key) => en[key] !== '' && dict[key] === en[key]);
    // A few words are the same in both languages (Italian "Password"); more means a key was left untranslated.
    expect(same.length, same.join(', ')).toBeLessThanOrEqual(3);
  });

  it('says a wait in a sentence built around the Intl phrase', () => {
    const expected = waitSentences[code];
    expect(expected, `wait sentences for ${code}`).toBeDefined();
    const wait = formatWait(30, code);
    expect(format(dict, 'submit.wait', { wait }), 'submit.wait').toBe(expected?.button);
    expect(format(dict, 'error.rateLimited', { wait }), 'error.rateLimited').toBe(expected?.alert);
    // The password-change variant ends with the same phrase, placed the same way.
    const tail = (key: MessageKey) => format(dict, key, { wait }).split(/(?<=[.。])\s*(?=\S)/u).pop();
    expect(tail('error.rateLimitedPasswordChange')).toBe(tail('error.rateLimited'));
    expect(tail('error.rateLimited')).toContain(wait);
  });
});

describe('typography', () => {
  it('German quotes with „…“, never ASCII double quotes', () => {
    for (const key of keys) expect(de[key], key).not.toMatch(/"/);
    expect(de['error.passwordChangeRequired']).toContain(`„${de['login.forgotLink']}“`);
  });

  it('French puts a no-break space before : ; ? ! and inside « »', () => {
    for (const key of keys) {
      // A plain space (or none) before closing punctuation would let it wrap onto its own line.
      expect(fr[key], key).not.toMatch(/(?:^|[^\u00A0\u202F])[?!;:](?=\s|$|\u00A0»)/);
      expect(fr[key], key).not.toMatch(/«(?!\u00A0)|[^\u00A0]»/);
    }
    expect(fr['error.passwordChangeRequired']).toContain(`«\u00A0${fr['login.forgotLink']}\u00A0»`);
  });

  it('Spanish opens questions with ¿ and quotes with « »', () => {
    for (const key of keys) {
      if (es[key].endsWith('?')) expect(es[key], key).toMatch(/^¿/);
    }
    expect(es['error.passwordChangeRequired']).toContain(`«${es['login.forgotLink']}»`);
  });

  it('Brazilian Portuguese quotes the link it names with “…”', () => {
    expect(ptBR['error.passwordChangeRequired']).toContain(`“${ptBR['login.forgotLink']}”`);
  });

  it('Italian quotes with « », Dutch with ‘…’, Polish with „…”', () => {
    expect(itIT['error.passwordChangeRequired']).toContain(`«${itIT['login.forgotLink']}»`);
    expect(nl['error.passwordChangeRequired']).toContain(`‘${nl['login.forgotLink']}’`);
    expect(pl['error.passwordChangeRequired']).toContain(`„${pl['login.forgotLink']}”`);
    for (const key of keys) expect([itIT[key], nl[key], pl[key]].join(' '), key).not.toMatch(/"/);
  });

  const cjk = '\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef';
  /** The text with the Latin examples it quotes (an email address, the special characters) taken out. */
  const prose = (text: string): string => text.replace(/[\w.]+@[\w.]*\w/g, '').replace('!@#$%^&*', '');

  it.each([
    ['ja', ja],
    ['zh-CN', zhCN],
  ] as const)('%s uses full-width punctuation and ends sentences with 。', (_code, d) => {
    for (const key of keys) {
      expect(prose(d[key]), key).not.toMatch(/[.,?!:;()]/);
      if (en[key].endsWith('.')) expect(d[key], key).toMatch(/。$/);
      if (en[key].endsWith('?')) expect(d[key], key).toMatch(/？$/);
      if (en[key].endsWith(':')) expect(d[key], key).toMatch(/：$/);
    }
  });

  it('Japanese puts no spaces between words; Chinese only between Chinese and Latin text or digits', () => {
    for (const key of keys) {
      expect(ja[key], key).not.toMatch(/\s/);
      expect(zhCN[key], key).not.toMatch(new RegExp(`[${cjk}]\\s+[${cjk}]`));
    }
    expect(ja['error.passwordChangeRequired']).toContain(`「${ja['login.forgotLink']}」`);
    expect(zhCN['error.passwordChangeRequired']).toContain(`“${zhCN['login.forgotLink']}”`);
  });

  it.each([
    ['ar', ar, /[\u0600-\u06ff]/],
    ['he', he, /[\u0590-\u05ff]/],
  ] as const)('%s is written in its right-to-left script in every string', (_code, d, script) => {
    // A string of placeholders only ('{description}': the site's own text) has no words to write.
    for (const key of keys) if (en[key].replace(/\{\w+\}/g, '') !== '') expect(d[key], key).toMatch(script);
  });

  it('Arabic uses its own comma and question mark, and « » around the link it names', () => {
    for (const key of keys) expect(prose(ar[key]), key).not.toMatch(/[,?;]/);
    expect(ar['login.forgotLink']).toMatch(/؟$/);
    expect(ar['error.passwordChangeRequired']).toContain(`«${ar['login.forgotLink']}»`);
    expect(he['error.passwordChangeRequired']).toContain(`"${he['login.forgotLink']}"`);
  });
});

describe('counts ({n}) read right for every number', () => {
  const numbers = [1, 2, 3, 5, 11, 22] as const;
  const counted = keys.filter((key) => en[key].includes('{n}'));
  /**
   * The nouns that change with the number in each language (English "1 character" / "2 characters", Polish
   * "2 znaki" / "5 znaków", Hebrew "תו אחד" / "2 תווים", Arabic dual and plurals). None may follow {n} directly:
   * such a string reads wrong for some count, so it is worded as "label: {n}" or with a word that does not change.
   */
  const inflected: Record<string, RegExp> = {
    en: /\{n\}\s+(characters?|kinds?|times?)\b/,
    de: /\{n\}\s+(gleiche|Zeichenart|Mal\b)/,
    fr: /\{n\}[\s\u00A0]+(caractères?|types?)\b/,
    es: /\{n\}\s+(caracter|carácter|veces|vez|tipos?)/,
    'pt-BR': /\{n\}\s+(caracteres?|vezes|vez|tipos?)/,
    it: /\{n\}\s+(caratter[ei]|volt[ae]|tipi)/,
    nl: /\{n\}\s+(tekens?|soorten)/,
    pl: /\{n\}\s+(znak|raz|rodzaj)/,
    ar: /\{n\}\s+(حرف|أحرف|أنواع)/,
    he: /\{n\}\s+(תו|תווים|סוגי)/,
  };

  it.each([['en', en] as const, ...locales])('%s: no noun that agrees with the number follows {n}', (code, dict) => {
    const pattern = inflected[code];
    if (!pattern) return expect(['ja', 'zh-CN']).toContain(code); // Counters (文字, 个) do not change with the number.
    for (const key of counted) expect(dict[key], key).not.toMatch(pattern);
  });

  it.each([['en', en] as const, ...locales])('%s: every count is filled, for 1, 2, 3, 5, 11 and 22', (_code, dict) => {
    for (const key of counted) {
      for (const n of numbers) {
        const text = format(dict, key, { n, total: 4 });
        expect(text, `${key} ${n}`).toContain(String(n));
        expect(text, `${key} ${n}`).not.toMatch(/[{}]/);
      }
    }
  });

  it('reads as a native speaker would write it, whatever the number', () => {
    const at = (dict: Dictionary, key: MessageKey) => numbers.map((n) => format(dict, key, { n, total: 4 }));
    expect(at(en, 'policy.lengthAtLeast')).toEqual(numbers.map((n) => `${n} or more characters`));
    expect(at(en, 'policy.identicalChars')[0]).toBe('No more than 1 of the same character in a row');
    expect(at(de, 'policy.identicalChars')[4]).toBe('Dasselbe Zeichen höchstens 11-mal hintereinander');
    expect(at(pl, 'policy.lengthAtLeast')[1]).toBe('Minimalna liczba znaków: 2');
    expect(at(pl, 'policy.containsAtLeast')[0]).toBe('Co najmniej 1 z tych 4 rodzajów znaków:');
    expect(at(fr, 'policy.identicalChars')[0]).toBe('Pas plus de 1\u00A0fois le même caractère à la suite');
    expect(at(nl, 'policy.identicalChars')[5]).toBe('Hetzelfde teken niet vaker dan 22 keer achter elkaar');
    expect(at(ja, 'policy.lengthAtLeast')[0]).toBe('1文字以上');
    // Right-to-left text isolates the number it carries.
    expect(at(he, 'policy.lengthAtLeast')[2]).toBe('מספר התווים המינימלי: \u20683\u2069');
    expect(at(ar, 'policy.identicalChars')[1]).toBe('الحد الأقصى للأحرف المتطابقة المتتالية: \u20682\u2069');
  });
});
