import { afterEach, beforeEach, describe, expect, test, vi, type MockInstance } from 'vitest';
import { INITIAL_SCREENS, normalizeOptions, type NormalizedOptions } from '../../../src/options';
// Whether a screen can come first is its flow's rule: register every flow, as the reset-page entry does.
import '../../../src/flows/all';

// What an integrator sees: the options the widget runs with, or the problems its one console error lists.
// A page with nothing on it is enough here; container lookups have their own test (platform.test.ts).
const NO_PAGE = {};
const normalize = (options: unknown, clientID: unknown = 'cid', domain: unknown = 'tenant.example.com') =>
  normalizeOptions(clientID, domain, options, NO_PAGE);

function optionsOf(options: unknown): NormalizedOptions {
  const result = normalize(options);
  if (!result.ok) throw new Error(`expected no problems, got: ${result.problems.join('; ')}`);
  return result.options;
}

function problemsOf(options: unknown, clientID?: unknown, domain?: unknown): string[] {
  const result = normalize(options, clientID, domain);
  return result.ok ? [] : result.problems;
}

// Keys no rule reads are warned about, not refused: every test here sees what was warned.
let warn: MockInstance<typeof console.warn>;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  warn.mockRestore();
});
const warnings = () => warn.mock.calls.map(([message]) => String(message));

const DEFAULTS: NormalizedOptions = {
  clientID: 'cid',
  domain: 'tenant.example.com',
  container: null,
  closable: true,
  autofocus: true,
  allowLogin: true,
  allowForgotPassword: true,
  allowSignUp: true,
  loginAfterSignUp: true,
  additionalSignUpFields: [],
  allowedConnections: null,
  usernameStyle: null,
  rememberLastLogin: true,
  avatar: null,
  mustAcceptTerms: false,
  showTerms: true,
  forgotPasswordLink: null,
  signUpLink: null,
  allowShowPassword: true,
  allowAutocomplete: true,
  allowPasswordAutocomplete: true,
  flashMessage: null,
  autoclose: false,
  initialScreen: 'login',
  prefill: { email: '', username: '' },
  defaultDatabaseConnection: 'Username-Password-Authentication',
  theme: { primaryColor: null, logo: null, colorScheme: 'auto', radius: '', font: '', hideMainScreenTitle: false, labeledSubmitButton: true },
  language: 'en',
  languageDictionary: {},
  auth: {
    audience: null,
    params: { scope: 'openid profile email' },
    redirect: true,
    redirectUrl: null,
    responseType: null,
    responseMode: null,
    autoParseHash: true,
    sso: true,
    state: null,
    nonce: null,
    grant: null,
  },
  configurationBaseUrl: null,
  leeway: 60,
  hashCleanup: true,
  passwordPolicy: { level: 'none', minLength: undefined },
  resetPassword: { ticket: null, csrf: '', email: '', state: 'valid' },
  fetch: undefined,
  timeout: 15_000,
};

describe('defaults', () => {
  test.each([
    ['no options at all', undefined],
    ['an empty object', {}],
    ['empty nested objects', { theme: {}, auth: { params: {} }, prefill: {}, passwordPolicy: {}, resetPassword: {} }],
  ])('%s: every option has its documented default', (_name, options) => {
    expect(optionsOf(options)).toEqual(DEFAULTS);
    expect(warnings()).toEqual([]);
  });

  test('clientID and domain are trimmed', () => {
    expect(normalizeOptions('  cid ', ' tenant.example.com\n', {}, NO_PAGE)).toMatchObject({ ok: true, options: { clientID: 'cid', domain: 'tenant.example.com' } });
  });

  test('with login turned off, the widget opens on the forgot-password screen', () => {
    expect(optionsOf({ allowLogin: false }).initialScreen).toBe('forgotPassword');
  });
});

describe('good values are kept as given', () => {
  const fetch = async () => new Response('{}');
  test.each([
    ['closable', { closable: false }, (o: NormalizedOptions) => o.closable, false],
    ['forgotPasswordLink (URL)', { forgotPasswordLink: 'https://example.com/forgot' }, (o: NormalizedOptions) => o.forgotPasswordLink, 'https://example.com/forgot'],
    ['forgotPasswordLink (path)', { forgotPasswordLink: '/forgot' }, (o: NormalizedOptions) => o.forgotPasswordLink, '/forgot'],
    ['prefill.email', { prefill: { email: 'a@b.co' } }, (o: NormalizedOptions) => o.prefill.email, 'a@b.co'],
    ["prefill.username (Lock's), as the email", { prefill: { username: 'ann' } }, (o: NormalizedOptions) => o.prefill.email, 'ann'],
    ['prefill.email before prefill.username', { prefill: { email: 'a@b.co', username: 'ann' } }, (o: NormalizedOptions) => o.prefill.email, 'a@b.co'],
    ['theme.primaryColor (#rgb)', { theme: { primaryColor: '#0f0' } }, (o: NormalizedOptions) => o.theme.primaryColor, '#0f0'],
    ['theme.primaryColor (#rrggbb)', { theme: { primaryColor: '#0F766E' } }, (o: NormalizedOptions) => o.theme.primaryColor, '#0F766E'],
    ['theme.primaryColor (rgb(), as hex)', { theme: { primaryColor: 'rgb(15, 118, 110)' } }, (o: NormalizedOptions) => o.theme.primaryColor, '#0f766e'],
    ['theme.logo (path)', { theme: { logo: '/logo.svg' } }, (o: NormalizedOptions) => o.theme.logo, '/logo.svg'],
    ['theme.logo (data:image)', { theme: { logo: 'data:image/png;base64,AAAA' } }, (o: NormalizedOptions) => o.theme.logo, 'data:image/png;base64,AAAA'],
    ['theme.colorScheme', { theme: { colorScheme: 'dark' } }, (o: NormalizedOptions) => o.theme.colorScheme, 'dark'],
    ['theme.radius (number)', { theme: { radius: 0 } }, (o: NormalizedOptions) => o.theme.radius, 0],
    ['theme.radius (length)', { theme: { radius: '0.5rem' } }, (o: NormalizedOptions) => o.theme.radius, '0.5rem'],
    ['theme.font', { theme: { font: 'Inter, system-ui, sans-serif' } }, (o: NormalizedOptions) => o.theme.font, 'Inter, system-ui, sans-serif'],
    ['language', { language: 'pt-BR' }, (o: NormalizedOptions) => o.language, 'pt-BR'],
    ['languageDictionary', { languageDictionary: { 'login.title': 'Hi' } }, (o: NormalizedOptions) => o.languageDictionary, { 'login.title': 'Hi' }],
    ['auth.audience', { auth: { audience: 'https://api' } }, (o: NormalizedOptions) => o.auth, { ...DEFAULTS.auth, audience: 'https://api' }],
    ['auth.params (any string, forwarded to /authorize)', { auth: { params: { login_hint: 'a@b.c' } } }, (o: NormalizedOptions) => o.auth.params, { scope: 'openid profile email', login_hint: 'a@b.c' }],
    ['auth.params.scope', { auth: { params: { scope: 'openid' } } }, (o: NormalizedOptions) => o.auth.params, { scope: 'openid' }],
    ['auth.redirect', { auth: { redirect: false } }, (o: NormalizedOptions) => o.auth.redirect, false],
    ['auth.redirectUrl', { auth: { redirectUrl: 'https://app.example/callback' } }, (o: NormalizedOptions) => o.auth.redirectUrl, 'https://app.example/callback'],
    ['auth.responseType', { auth: { responseType: 'code' } }, (o: NormalizedOptions) => o.auth.responseType, 'code'],
    ['auth.grant', { auth: { grant: 'password-realm' } }, (o: NormalizedOptions) => o.auth.grant, 'password-realm'],
    ['leeway', { leeway: 10 }, (o: NormalizedOptions) => o.leeway, 10],
    ['configurationBaseUrl', { configurationBaseUrl: 'https://cdn.example' }, (o: NormalizedOptions) => o.configurationBaseUrl, 'https://cdn.example'],
    ['passwordPolicy', { passwordPolicy: { level: 'good', minLength: 12 } }, (o: NormalizedOptions) => o.passwordPolicy, { level: 'good', minLength: 12 }],
    ['resetPassword', { resetPassword: { ticket: 't', state: 'expired' } }, (o: NormalizedOptions) => o.resetPassword, { ticket: 't', csrf: '', email: '', state: 'expired' }],
    ['fetch', { fetch }, (o: NormalizedOptions) => o.fetch, fetch],
    ['timeout', { timeout: 500 }, (o: NormalizedOptions) => o.timeout, 500],
  ])('%s', (_name, options, pick, expected) => {
    expect(pick(optionsOf(options))).toEqual(expected);
    expect(warnings()).toEqual([]);
  });
});

describe('each bad value is one problem, worded for the integrator', () => {
  test.each([
    ['options that are not an object', 'login', 'options must be an object'],
    ['null options', null, 'options must be an object'],
    ['a boolean given as a string', { closable: 'yes' }, 'closable must be a boolean'],
    ['a boolean given as a number', { autofocus: 1 }, 'autofocus must be a boolean'],
    ['a boolean given as null', { allowForgotPassword: null }, 'allowForgotPassword must be a boolean'],
    ['allowSignUp', { allowSignUp: 'no' }, 'allowSignUp must be a boolean'],
    ['loginAfterSignUp', { loginAfterSignUp: 0 }, 'loginAfterSignUp must be a boolean'],
    ['a forgot link that is not http(s) or a path', { forgotPasswordLink: 'javascript:alert(1)' }, 'forgotPasswordLink must be an http(s) URL or a path'],
    ['a forgot link that is not a string', { forgotPasswordLink: 42 }, 'forgotPasswordLink must be an http(s) URL or a path'],
    ['an initialScreen that does not exist', { initialScreen: 'register' }, 'initialScreen must be one of "login", "signUp", "forgotPassword", "resetPassword"'],
    ['prefill that is not an object', { prefill: 'a@b.co' }, 'prefill must be an object'],
    ['prefill.email that is not a string', { prefill: { email: 5 } }, 'prefill.email must be a string'],
    ['a connection that is not a string', { defaultDatabaseConnection: 5 }, 'defaultDatabaseConnection must be a string'],
    ['theme as an array', { theme: [] }, 'theme must be an object'],
    ['a colour that is not one', { theme: { primaryColor: 'reddish' } }, 'theme.primaryColor must be a CSS colour such as #4f46e5 or "green"'],
    ['a colour with alpha', { theme: { primaryColor: 'rgba(79, 70, 229, 0.5)' } }, 'theme.primaryColor must be a CSS colour such as #4f46e5 or "green"'],
    ['a colour that takes another', { theme: { primaryColor: 'currentColor' } }, 'theme.primaryColor must be a CSS colour such as #4f46e5 or "green"'],
    ['a colour that is not a string', { theme: { primaryColor: 0x4f46e5 } }, 'theme.primaryColor must be a CSS colour such as #4f46e5 or "green"'],
    ['prefill.username that is not a string', { prefill: { username: 5 } }, 'prefill.username must be a string'],
    ['a javascript: logo', { theme: { logo: 'javascript:alert(1)' } }, 'theme.logo must be an http(s) URL, a path, or a data:image URL'],
    ['a protocol-relative logo', { theme: { logo: '//evil.example/x.png' } }, 'theme.logo must be an http(s) URL, a path, or a data:image URL'],
    ['an HTML data: logo', { theme: { logo: 'data:text/html,<script>alert(1)</script>' } }, 'theme.logo must be an http(s) URL, a path, or a data:image URL'],
    ['a colour scheme that does not exist', { theme: { colorScheme: 'dim' } }, 'theme.colorScheme must be one of "light", "dark", "auto"'],
    ['a radius that is not a length', { theme: { radius: 'red' } }, 'theme.radius must be a length such as 8 or "8px"'],
    ['a radius of another type', { theme: { radius: true } }, 'theme.radius must be a length such as 8 or "8px"'],
    ['a font with a url()', { theme: { font: 'url(x)' } }, 'theme.font must be a font-family list'],
    ['a language that is not a code', { language: 'english!' }, 'language must be a language code such as "de" or "pt-BR"'],
    ['a language dictionary as a string', { languageDictionary: 'de' }, 'languageDictionary must be an object'],
    ['a language dictionary as an array', { languageDictionary: [] }, 'languageDictionary must be an object'],
    ['auth.audience that is not a string', { auth: { audience: 1 } }, 'auth.audience must be a string'],
    ['auth.params that is not an object', { auth: { params: 'openid' } }, 'auth.params must be an object of strings'],
    ['auth.params.scope that is not a string', { auth: { params: { scope: ['openid'] } } }, 'auth.params must be an object of strings'],
    ['auth.redirectUrl that is not an http(s) URL', { auth: { redirectUrl: 'javascript:alert(1)' } }, 'auth.redirectUrl must be an http(s) URL'],
    ['auth.responseType Latch does not know', { auth: { responseType: 'code token' } }, 'auth.responseType must be one of "code", "token", "id_token", "token id_token", "id_token token"'],
    ['leeway over five minutes', { leeway: 301 }, 'leeway must be a whole number of seconds from 0 to 300'],
    ['a password policy level that does not exist', { passwordPolicy: { level: 'strong' } }, 'passwordPolicy.level must be one of "none", "low", "fair", "good", "excellent"'],
    ['a minLength of 0', { passwordPolicy: { minLength: 0 } }, 'passwordPolicy.minLength must be a whole number from 1 to 128'],
    ['a minLength that is not whole', { passwordPolicy: { minLength: 1.5 } }, 'passwordPolicy.minLength must be a whole number from 1 to 128'],
    ['a minLength over 128', { passwordPolicy: { minLength: 129 } }, 'passwordPolicy.minLength must be a whole number from 1 to 128'],
    ['a minLength given as a string', { passwordPolicy: { minLength: '8' } }, 'passwordPolicy.minLength must be a whole number from 1 to 128'],
    ['a reset ticket that is not a string', { resetPassword: { ticket: 5 } }, 'resetPassword.ticket must be a string'],
    ['a link state that does not exist', { resetPassword: { ticket: 't', state: 'gone' } }, 'resetPassword.state must be one of "valid", "expired", "used", "invalid"'],
    ['fetch that is not a function', { fetch: 'fetch' }, 'fetch must be a function'],
    ['a timeout of 0', { timeout: 0 }, 'timeout must be a positive number of milliseconds'],
    ['an endless timeout', { timeout: Infinity }, 'timeout must be a positive number of milliseconds'],
    ['a timeout that is not a number', { timeout: Number.NaN }, 'timeout must be a positive number of milliseconds'],
    ['a timeout given as a string', { timeout: '100' }, 'timeout must be a positive number of milliseconds'],
  ])('%s', (_name, options, message) => {
    expect(problemsOf(options)).toEqual([message]);
  });

  test.each([
    ['an empty clientID', '', 'tenant.example.com', 'clientID must be a non-empty string'],
    ['a blank clientID', '   ', 'tenant.example.com', 'clientID must be a non-empty string'],
    ['a domain that is not a string', 'cid', 5, 'domain must be a non-empty string'],
  ])('%s', (_name, clientID, domain, message) => {
    expect(problemsOf({}, clientID, domain)).toEqual([message]);
  });
});

// Lock's options are accepted (src/options/lock.ts has the table and its own tests); what is left is a mistake, and
// the widget still runs: each is named in one warning, with the nearest known name at its level when one is close.
describe('unknown options are warned about, not refused', () => {
  test.each([
    ['a misspelt option', { closeable: false }, '"closeable" (did you mean "closable"?)'],
    ['a misspelt theme option', { theme: { color: '#fff' } }, '"theme.color" (did you mean "theme.primaryColor"?)'],
    ['a key two levels down', { theme: { logos: '/x.png' } }, '"theme.logos" (did you mean "theme.logo"?)'],
    ['a wrong case', { Closable: false }, '"Closable" (did you mean "closable"?)'],
    ['nothing close', { colour: 'red' }, '"colour"'],
    // Every object has these through its prototype; they are still not options.
    ['toString', { toString: 'x' }, '"toString"'],
    ['constructor', { constructor: 'x' }, '"constructor"'],
    ['hasOwnProperty in a nested object', { prefill: { hasOwnProperty: 'x' } }, '"prefill.hasOwnProperty"'],
    ['valueOf in a nested object', { theme: { valueOf: 'x' } }, '"theme.valueOf"'],
    // JSON.parse makes __proto__ an own key (an object literal would set the prototype instead).
    ['__proto__ from JSON', JSON.parse('{"__proto__": {"closable": false}}') as unknown, '"__proto__"'],
  ])('%s', (_name, options, named) => {
    expect(optionsOf(options)).toEqual(DEFAULTS);
    expect(warnings()).toEqual([`Latch: unknown options, ignored: ${named}.`]);
  });

  test('all of them are in one warning', () => {
    optionsOf({ colour: 'red', theme: { shade: 1 }, auth: { redirectUri: 'https://app.example/cb' } });
    expect(warnings()).toEqual(['Latch: unknown options, ignored: "colour", "theme.shade", "auth.redirectUri" (did you mean "auth.redirectUrl"?).']);
  });

  test('a language dictionary may carry keys Latch has no use for (dictionaries written for Lock do)', () => {
    expect(optionsOf({ languageDictionary: { loginWithLabel: 'Sign in with %s' } }).languageDictionary).toEqual({ loginWithLabel: 'Sign in with %s' });
    expect(warnings()).toEqual([]);
  });
});

describe('screens and the options they need', () => {
  test.each([
    [{ initialScreen: 'login', allowLogin: false }, ['initialScreen "login" needs allowLogin']],
    [{ initialScreen: 'signUp', allowSignUp: false }, ['initialScreen "signUp" needs allowSignUp']],
    [{ initialScreen: 'forgotPassword', allowForgotPassword: false }, ['initialScreen "forgotPassword" needs allowForgotPassword']],
    [{ initialScreen: 'resetPassword' }, ['initialScreen "resetPassword" needs resetPassword.ticket']],
    [
      { allowLogin: false, allowForgotPassword: false },
      ['initialScreen "forgotPassword" needs allowForgotPassword', 'allowLogin and allowForgotPassword cannot both be false'],
    ],
  ])('%j', (options, problems) => {
    expect(problemsOf(options)).toEqual(problems);
  });

  test.each(INITIAL_SCREENS)('%s opens when what it needs is there', (screen) => {
    expect(optionsOf({ initialScreen: screen, resetPassword: { ticket: 't' } }).initialScreen).toBe(screen);
  });
});

test('every problem is in one list, in the order the options are read, so one console error says all of it', () => {
  const options = { colour: 'red', closable: 'yes', theme: { primaryColor: 'reddish', shade: 1 }, timeout: -1, initialScreen: 'signUp', allowSignUp: false };
  expect(problemsOf(options, '', 'tenant.example.com')).toEqual([
    'closable must be a boolean',
    'theme.primaryColor must be a CSS colour such as #4f46e5 or "green"',
    'timeout must be a positive number of milliseconds',
    'initialScreen "signUp" needs allowSignUp',
    'clientID must be a non-empty string',
  ]);
  // The unknown keys are not problems, but still said, beside them.
  expect(warnings()).toEqual(['Latch: unknown options, ignored: "colour", "theme.shade".']);
});
