import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en';
import { buildDictionary, format } from '../../../src/i18n/format';
import { addLanguage, findLanguage } from '../../../src/i18n/languages';
import { lockLanguage, readLanguageDictionary } from '../../../src/i18n/lock-keys';
import { ptBR } from '../../../src/i18n/locales/pt-BR';
import { zhCN } from '../../../src/i18n/locales/zh-CN';
import { fr } from '../../../src/i18n/locales/fr';

const read = (dictionary: Record<string, unknown>) => buildDictionary(readLanguageDictionary(dictionary));

describe("Lock's languageDictionary read into Latch's keys", () => {
  it('maps the flat keys onto the strings with the same meaning', () => {
    const dict = read({
      title: 'Acme',
      emailInputPlaceholder: 'you@acme.com',
      passwordInputPlaceholder: 'your secret',
      forgotPasswordAction: 'Forgot it?',
      forgotPasswordTitle: 'New password',
      forgotPasswordInstructions: 'We will mail you.',
      forgotPasswordSubmitLabel: 'Mail me',
      loginSubmitLabel: 'Enter',
      signUpSubmitLabel: 'Join',
      loginLabel: 'Log in here',
      signUpLabel: 'Join here',
      signUpTitle: 'Join Acme',
      showPassword: 'Reveal',
      blankEmailErrorHint: 'Email please',
      invalidEmailErrorHint: 'Not an email',
      blankPasswordErrorHint: 'Password please',
    });
    expect(dict).toMatchObject({
      'login.title': 'Acme',
      'field.email': 'you@acme.com',
      'field.password': 'your secret',
      'login.forgotLink': 'Forgot it?',
      'forgot.title': 'New password',
      'forgot.instructions': 'We will mail you.',
      'forgot.submit': 'Mail me',
      'login.submit': 'Enter',
      'signUp.submit': 'Join',
      'switch.logIn': 'Log in here',
      'switch.signUp': 'Join here',
      'signUp.title': 'Join Acme',
      'field.showPassword': 'Reveal',
      'validation.emailRequired': 'Email please',
      'validation.emailInvalid': 'Not an email',
      'validation.passwordRequired': 'Password please',
    });
    // Strings not named stay English.
    expect(dict['signUp.subtitle']).toBe(en['signUp.subtitle']);
  });

  it('maps the nested success and error keys', () => {
    const dict = read({
      success: { forgotPassword: 'Mail sent', changePassword: 'Changed', signUp: 'Welcome aboard', logIn: 'Hi again' },
      error: {
        login: {
          invalid_user_password: 'Nope',
          too_many_attempts: 'Locked out',
          blocked_user: 'Blocked',
          'lock.network': 'No network',
          'lock.fallback': 'Oops',
          password_leaked: 'Leaked',
          password_change_required: 'Change it',
          too_many_requests: 'Slow down',
        },
        forgotPassword: { too_many_requests: 'Too many resets' },
        signUp: { user_exists: 'Taken', password_strength_error: 'Weak', password_dictionary_error: 'Common', password_no_user_info_error: 'Personal' },
      },
    });
    expect(dict).toMatchObject({
      'forgot.success': 'Mail sent',
      'reset.success': 'Changed',
      'signUp.success': 'Welcome aboard',
      'signedIn.body': 'Hi again',
      'error.invalidCredentials': 'Nope',
      'error.tooManyAttempts': 'Locked out',
      'error.blockedUser': 'Blocked',
      'error.network': 'No network',
      'error.unknown': 'Oops',
      'error.passwordLeaked': 'Leaked',
      'error.passwordChangeRequired': 'Change it',
      'error.rateLimited': 'Slow down',
      'error.rateLimitedPasswordChange': 'Too many resets',
      'error.userExists': 'Taken',
      'error.passwordStrength': 'Weak',
      'error.passwordDictionary': 'Common',
      'error.passwordNoUserInfo': 'Personal',
    });
  });

  it("takes Lock's most specific key first when several say the same thing", () => {
    const both = { error: { login: { invalid_user_password: 'generic', 'lock.invalid_email_password': 'by email', unauthorized: 'u', blocked_user: 'b' } } };
    expect(read(both)['error.invalidCredentials']).toBe('by email');
    expect(read(both)['error.blockedUser']).toBe('b');
    expect(read({ error: { login: { unauthorized: 'u' } } })['error.blockedUser']).toBe('u');
    expect(read({ error: { signUp: { 'lock.fallback': 'sign-up oops' } } })['error.unknown']).toBe('sign-up oops');
  });

  it("lets Latch's own key win over a Lock key for the same string, in either order", () => {
    expect(read({ title: 'Lock title', 'login.title': 'Latch title' })['login.title']).toBe('Latch title');
    expect(read({ 'login.title': 'Latch title', title: 'Lock title' })['login.title']).toBe('Latch title');
    const mixed = read({ 'error.invalidCredentials': 'Latch says no', error: { login: { invalid_user_password: 'Lock says no', blocked_user: 'Blocked' } } });
    expect(mixed['error.invalidCredentials']).toBe('Latch says no');
    expect(mixed['error.blockedUser']).toBe('Blocked');
  });

  it("turns Lock's %d placeholders into Latch's, and skips a value Latch cannot say", () => {
    const dict = read({
      passwordStrength: {
        lengthAtLeast: 'Au moins %d caractères',
        containsAtLeast: 'Au moins %d des %d types suivants :',
        // Lock's example of repeated characters ("%s") has no place in Latch's sentence.
        identicalChars: 'Pas plus de %d caractères identiques (ex. "%s")',
        lowerCase: 'Minuscules',
      },
    });
    expect(format(dict, 'policy.lengthAtLeast', { n: 8 })).toBe('Au moins 8 caractères');
    expect(format(dict, 'policy.containsAtLeast', { n: 3, total: 4 })).toBe('Au moins 3 des 4 types suivants :');
    expect(dict['policy.identicalChars']).toBe(en['policy.identicalChars']);
    expect(dict['policy.lowerCase']).toBe('Minuscules');
    // A %s in a string that takes nothing cannot be filled: the language's own text stays.
    expect(read({ error: { login: { too_many_attempts: 'Blocked %s' } } })['error.tooManyAttempts']).toBe(en['error.tooManyAttempts']);
  });

  it('ignores what is not a string, keys Latch has no meaning for, and inherited names', () => {
    const dict = read({
      title: 42,
      error: { login: 'not an object', signUp: { user_exists: ['Taken'] } },
      success: Object.create({ forgotPassword: 'inherited' }) as object,
      welcome: 'Welcome %s!',
      'constructor': 'x',
      'toString/x': 'y',
    });
    expect(dict).toEqual(en);
  });

  it('keeps hostile strings as they are: text, never parsed', () => {
    const html = '<img src=x onerror="alert(1)"> <b>Acme</b>';
    expect(read({ title: html, signUpTerms: html, error: { login: { invalid_user_password: html } } })).toMatchObject({
      'login.title': html,
      'error.invalidCredentials': html,
    });
  });

  it('reads nothing from nothing', () => {
    expect(readLanguageDictionary(undefined)).toEqual({});
    expect(readLanguageDictionary({})).toEqual({});
  });
});

describe("Lock's language codes", () => {
  // Lock 14's languages: the files in auth0-lock/lib/i18n.
  const lockCodes = (
    'af ar az bg ca cs da de el en es et fa fi fr he hr hu id it ja ko lt lv ms nb nl nn no pl pt-br pt ro ru sk sl sr ' +
    'sv tr ua uk vi zh-tw zh'
  ).split(' ');

  it('are all language tags', () => {
    for (const code of lockCodes) expect(() => Intl.getCanonicalLocales(lockLanguage(code))).not.toThrow();
  });

  it("find Latch's dictionary case-insensitively, and by Latch's code for Lock's 'zh'", () => {
    addLanguage('pt-BR', ptBR);
    addLanguage('zh-CN', zhCN);
    addLanguage('fr', fr);
    expect(findLanguage('pt-br')?.[1]).toBe(ptBR);
    expect(findLanguage('zh')).toEqual(['zh-CN', zhCN]);
    expect(findLanguage('fr-CA')).toEqual(['fr', fr]);
    // Traditional Chinese and European Portuguese are not the Simplified and Brazilian dictionaries.
    expect(findLanguage('zh-tw')).toBeUndefined();
    expect(findLanguage('pt')).toBeUndefined();
    expect(findLanguage('nb')).toBeUndefined();
  });

  it("give Latch's code for Lock's older names, and leave every other code as it is", () => {
    expect(lockLanguage('zh')).toBe('zh-CN');
    expect(lockLanguage('ZH')).toBe('zh-CN');
    expect(lockLanguage('ua')).toBe('uk');
    expect(lockLanguage('no')).toBe('nb');
    expect(lockLanguage('pt-br')).toBe('pt-br');
    expect(lockLanguage('constructor')).toBe('constructor');
  });
});
