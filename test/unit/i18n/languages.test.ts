import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en';
import { addLanguage, findLanguage } from '../../../src/i18n/languages';
import { de } from '../../../src/i18n/locales/de';
import { ptBR } from '../../../src/i18n/locales/pt-BR';

describe('the language registry', () => {
  it('always has English', () => {
    expect(findLanguage('en')).toEqual(['en', en]);
    expect(findLanguage('en-GB')).toEqual(['en', en]);
  });

  it('finds an added language by its code, case-insensitively', () => {
    addLanguage('pt-BR', ptBR);
    expect(findLanguage('pt-BR')?.[1]).toBe(ptBR);
    expect(findLanguage('PT-br')).toEqual(['PT-br', ptBR]);
  });

  it('falls back to the base language, and reports the code that found it', () => {
    addLanguage('de', de);
    expect(findLanguage('de-AT')).toEqual(['de', de]);
    expect(findLanguage('de-CH-1996')).toEqual(['de', de]);
    // A region is not a language: pt-PT does not take the Brazilian dictionary.
    expect(findLanguage('pt-PT')).toBeUndefined();
  });

  it('finds nothing for a language not added, nor for names an object has by inheritance', () => {
    expect(findLanguage('sv')).toBeUndefined();
    expect(findLanguage('constructor')).toBeUndefined();
    expect(findLanguage('')).toBeUndefined();
  });

  it('replaces a language added twice', () => {
    const mine = { 'login.title': 'Logga in' };
    addLanguage('sv', { 'login.title': 'Inloggning' });
    addLanguage('SV', mine);
    expect(findLanguage('sv')?.[1]).toBe(mine);
  });

  it('refuses a code that is not a language tag', () => {
    expect(() => addLanguage('not a language!', {})).toThrow(RangeError);
    expect(findLanguage('not a language!')).toBeUndefined();
  });
});
