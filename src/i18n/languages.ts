import { en, type Dictionary } from './en';
import { lockLanguage } from './lock-keys';

/** The languages a page has added, by lower-case code. English is always there. */
const languages = new Map<string, Partial<Dictionary>>([['en', en]]);

/**
 * Makes a dictionary available to the `language` option and `setLanguage()` of every widget on the page:
 * `addLanguage('de', de)` with `import { de } from 'latch/locales/de'`, or a dictionary of your own (any
 * BCP 47 code). Keys it lacks stay English.
 */
export function addLanguage(code: string, dictionary: Partial<Dictionary>): void {
  Intl.getCanonicalLocales(code);
  languages.set(code.toLowerCase(), dictionary);
}

/**
 * The added dictionary for a code, with the code that found it: the code itself (case-insensitively), else Latch's
 * code for a Lock code ('zh' finds 'zh-CN'), else its base language ('de-AT' finds 'de'); undefined when none was added.
 */
export function findLanguage(code: string): readonly [string, Partial<Dictionary>] | undefined {
  for (const tag of [code, lockLanguage(code), code.replace(/-.*/, '')]) {
    const dictionary = languages.get(tag.toLowerCase());
    if (dictionary) return [tag, dictionary];
  }
  return undefined;
}
