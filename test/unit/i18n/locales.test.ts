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
const sample = { wait: '5 s', n: 8, total: 4, email: 'ana@example.com', description: 'Blocked by a rule.' };

/**
 * How each language says a wait of so many seconds (over 90 s it counts whole minutes, rounded up).
 * Polish and Arabic samples avoid the counts their missing plural forms would get wrong.
 */
const waits: Record<string, ReadonlyArray<readonly [number, string]>> = {
  de: [[1, '1 Sekunde'], [30, '30 Sekunden'], [150, '3 Minuten']],
  fr: [[1, '1\u00A0seconde'], [30, '30\u00A0secondes'], [150, '3\u00A0minutes']],
  es: [[1, '1 segundo'], [30, '30 segundos'], [150, '3 minutos']],
  'pt-BR': [[1, '1 segundo'], [30, '30 segundos'], [150, '3 minutos']],
  it: [[1, '1 secondo'], [30, '30 secondi'], [150, '3 minuti']],
  nl: [[1, '1 seconde'], [30, '30 seconden'], [150, '3 minuten']],
  // Accusative after "za" / "Odczekaj"; 30 and 5 are "many" counts, the form `.other` holds.
  pl: [[1, '1 sekundę'], [30, '30 sekund'], [300, '5 minut']],
  ja: [[1, '1秒'], [30, '30秒'], [150, '3分']],
  'zh-CN': [[1, '1 秒'], [30, '30 秒'], [150, '3 分钟']],
  // 11–99 are "many" counts, which take the singular noun `.other` holds.
  ar: [[1, '1 ثانية'], [30, '30 ثانية'], [900, '15 دقيقة']],
  // A count of 2 is Hebrew's "two" and falls to `.other`, which reads correctly with a digit.
  he: [[1, '1 שנייה'], [2, '2 שניות'], [30, '30 שניות'], [150, '3 דקות']],
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

  it('says a wait with its own plural forms, chosen by Intl.PluralRules', () => {
    const expected = waits[code];
    expect(expected, `wait samples for ${code}`).toBeDefined();
    for (const [seconds, text] of expected ?? []) expect(formatWait(dict, seconds, code), `${seconds} s`).toBe(text);
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
    for (const key of keys) if (en[key] !== '') expect(d[key], key).toMatch(script);
  });

  it('Arabic uses its own comma and question mark, and « » around the link it names', () => {
    for (const key of keys) expect(prose(ar[key]), key).not.toMatch(/[,?;]/);
    expect(ar['login.forgotLink']).toMatch(/؟$/);
    expect(ar['error.passwordChangeRequired']).toContain(`«${ar['login.forgotLink']}»`);
    expect(he['error.passwordChangeRequired']).toContain(`"${he['login.forgotLink']}"`);
  });
});
