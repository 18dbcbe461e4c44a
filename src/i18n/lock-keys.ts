import { en, type MessageKey } from './en';

/**
 * Auth0 Lock's `languageDictionary`, read into Latch's keys, and Lock's language codes, read into Latch's.
 *
 * For each Latch key, the Lock keys that say the same thing, most specific first (the first one a dictionary has is
 * taken). A nested Lock key is a path with `/` between its parts: `error/login/lock.fallback` is
 * `{ error: { login: { 'lock.fallback': … } } }` (the dot in `lock.fallback` is part of Lock's key).
 * Lock keys with no Latch string of the same meaning are left out (social, enterprise, passwordless, MFA, captcha,
 * `welcome`, `unrecoverableError`, whose English holds HTML, …) and ignored.
 *
 * - Lock has no field labels: `emailInputPlaceholder` and `passwordInputPlaceholder` are the field's only name (and
 *   its aria-label), so they name Latch's fields.
 * - Latch has one message for an unexpected failure on every screen (`error.unknown`); any of Lock's three
 *   `lock.fallback` messages fills it, the login one first.
 * - Lock's `signUpTerms` is HTML (Lock sets it as innerHTML); Latch shows it as text, its http(s) links as links the
 *   widget builds (src/flows/signup/fields.ts termsParts).
 */
const LOCK_KEYS: { readonly [K in MessageKey]?: string } = {
  'login.title': 'title',
  'login.submit': 'loginSubmitLabel',
  'login.forgotLink': 'forgotPasswordAction',
  'lastLogin.instructions': 'lastLoginInstructions',
  'lastLogin.notYou': 'notYourAccountAction',
  'forgot.title': 'forgotPasswordTitle',
  'forgot.instructions': 'forgotPasswordInstructions',
  'forgot.submit': 'forgotPasswordSubmitLabel',
  'forgot.success': 'success/forgotPassword',
  'switch.signUp': 'signUpLabel',
  'switch.logIn': 'loginLabel',
  'signUp.title': 'signUpTitle',
  'signUp.submit': 'signUpSubmitLabel',
  'signUp.success': 'success/signUp',
  'signUp.terms': 'signUpTerms',
  'reset.success': 'success/changePassword',
  'signedIn.body': 'success/logIn',
  'field.email': 'emailInputPlaceholder',
  'field.password': 'passwordInputPlaceholder',
  'field.username': 'usernameInputPlaceholder',
  'field.usernameOrEmail': 'usernameOrEmailInputPlaceholder',
  'validation.usernameRequired': 'blankUsernameErrorHint',
  'field.showPassword': 'showPassword',
  'validation.emailRequired': 'blankEmailErrorHint',
  'validation.emailInvalid': 'invalidEmailErrorHint',
  'validation.passwordRequired': 'blankPasswordErrorHint',
  // Lock shows lock.invalid_email_password for a wrong password at an email login (Latch's only kind).
  'error.invalidCredentials': 'error/login/lock.invalid_email_password error/login/invalid_user_password',
  'error.tooManyAttempts': 'error/login/too_many_attempts',
  // The token endpoint says `unauthorized` for a blocked user.
  'error.blockedUser': 'error/login/blocked_user error/login/unauthorized',
  'error.passwordLeaked': 'error/login/password_leaked',
  'error.passwordChangeRequired': 'error/login/password_change_required',
  'error.rateLimited': 'error/login/too_many_requests',
  'error.rateLimitedPasswordChange': 'error/forgotPassword/too_many_requests',
  'error.network': 'error/login/lock.network',
  'error.passwordStrength': 'error/signUp/password_strength_error',
  'error.passwordDictionary': 'error/signUp/password_dictionary_error',
  'error.passwordNoUserInfo': 'error/signUp/password_no_user_info_error',
  'error.userExists': 'error/signUp/user_exists error/signUp/username_exists',
  'error.unknown': 'error/login/lock.fallback error/signUp/lock.fallback error/forgotPassword/lock.fallback',
};

const own = (object: object, key: string) => Object.prototype.hasOwnProperty.call(object, key);

/** The string at a Lock path in a dictionary, or undefined. */
function lockValue(dictionary: Readonly<Record<string, unknown>>, path: string): string | undefined {
  let value: unknown = dictionary;
  for (const part of path.split('/')) {
    if (typeof value !== 'object' || value === null || !own(value, part)) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return typeof value === 'string' ? value : undefined;
}

/**
 * Lock's `%d` and `%s` become the English template's `{name}` placeholders, in order ('At least %d characters' →
 * '{n} or more…'s `{n}`). A value with more of them than the Latch string has (identicalChars' example, `"%s"`) cannot
 * be said in Latch: undefined, so the language's own text stays.
 */
function placeholders(value: string, key: MessageKey): string | undefined {
  const names = (en[key] as string).match(/\{\w+\}/g) ?? [];
  let index = 0;
  const text = value.replace(/%[ds]/g, () => names[index++] ?? '');
  return index > names.length ? undefined : text;
}

/**
 * A `languageDictionary` as Latch's overrides: Lock's keys (flat or nested) read into Latch's, then Latch's own
 * keys ('login.title') on top, so a Latch key wins over a Lock key for the same string. Values stay text.
 */
export function readLanguageDictionary(dictionary: Readonly<Record<string, unknown>> | undefined): Record<string, unknown> {
  const overrides: Record<string, unknown> = {};
  // Most sites give none (or {}): nothing to look up, which keeps the walk over every key out of the first screen.
  if (!dictionary || !Object.keys(dictionary).length) return overrides;
  for (const key of Object.keys(en) as MessageKey[]) {
    // Lock's passwordStrength keys have the names of Latch's policy keys: policy.lowerCase is passwordStrength/lowerCase.
    const paths = LOCK_KEYS[key] ?? (key.startsWith('policy.') ? key.replace('policy.', 'passwordStrength/') : '');
    for (const path of paths ? paths.split(' ') : []) {
      const value = lockValue(dictionary, path);
      const text = value === undefined ? undefined : placeholders(value, key);
      if (text !== undefined) {
        overrides[key] = text;
        break;
      }
    }
  }
  for (const [key, value] of Object.entries(dictionary)) if (own(en, key)) overrides[key] = value;
  return overrides;
}

/** Lock's codes whose language Latch knows by another code: Lock's 'zh' is Simplified Chinese, its 'ua' Ukrainian. */
const LOCK_LANGUAGES: Readonly<Record<string, string>> = { zh: 'zh-CN', ua: 'uk', no: 'nb' };

/** Latch's code for a Lock language code ('zh' → 'zh-CN'), or the code itself. */
export const lockLanguage = (code: string): string => {
  const lower = code.toLowerCase();
  return (own(LOCK_LANGUAGES, lower) && LOCK_LANGUAGES[lower]) || code;
};
