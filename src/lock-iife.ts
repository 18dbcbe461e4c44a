// Script-tag build for sites written for Lock (`dist/latch-lock.iife.js`): the same widget as dist/latch.iife.js,
// exposed as the global `Latch` and also under Lock's global names: `Auth0Lock`, `Auth0LockPasswordless` (which says
// it is not supported yet) and `Auth0.registerLanguageDictionary` (how Lock's language files and sites add words). A
// page that loaded Lock's lock.min.js swaps that one tag and keeps its code. Only the names are added: every build
// reads Lock's options the same way.
import { Latch } from './latch';
import { Auth0LockPasswordless } from './lock';
import type { Dictionary } from './i18n/en';
import { addLanguage, findLanguage } from './i18n/languages';
import { readLanguageDictionary } from './i18n/lock-keys';

const page = window as Window & { Auth0?: Record<string, unknown> };
page.Auth0 = {
  ...page.Auth0,
  /** Lock's words for a language, keyed as Lock's, laid over what that language has (or English). */
  registerLanguageDictionary(code: string, dictionary: Record<string, unknown>): void {
    const words = Object.entries(readLanguageDictionary(dictionary)).filter((entry): entry is [string, string] => typeof entry[1] == 'string');
    addLanguage(code, { ...findLanguage(code)?.[1], ...Object.fromEntries(words) } as Partial<Dictionary>);
  },
};
Object.assign(page, { Auth0Lock: Latch, Auth0LockPasswordless });

export default Latch;
