import type { FetchLike } from './api/client';
import type { MessageKey } from './i18n/en';
import { flowOf } from './flows/registry';
import { FLOW_SCREENS } from './flows/screens';
import type { FlowScreen } from './flows/flows.types';
import type { PolicyLevel } from './policy';
import type { Tone } from './machine/machine.types';
import { bool, isRecord, off, oneOf, read, rule, text, type Equal, type Input, type Output, type Rule } from './options/schema';
import { cssColor, findContainer, strayKeys } from './options/lock';
import { readSignUpFields, type SignUpField } from './flows/signup/fields';

export type ColorScheme = 'light' | 'dark' | 'auto';

/**
 * The screens an integrator may start on: one per flow (src/flows/screens.ts), in the order a problem lists them.
 * Whether the widget may open on one is the flow's own rule (its `initial`), asked once the options are read.
 */
export type InitialScreen = Exclude<FlowScreen, 'lastLogin'>;
/** Not the last-login screen, which opens by itself when a session is found (rememberLastLogin). */
export const INITIAL_SCREENS = FLOW_SCREENS.filter((screen): screen is InitialScreen => screen !== 'lastLogin');
/** How a reset link stood when the hosted reset page was served. */
export type LinkState = 'valid' | 'expired' | 'used' | 'invalid';

/**
 * Options accepted by `new Latch(clientID, domain, options)`. Names follow Auth0 Lock where Lock has the same thing.
 * Lock's other options are accepted too, with one console warning naming them (see src/options/lock.ts).
 */
// Written out rather than derived from SCHEMA: the generated .d.ts is what integrators read, and there a derived
// type is `Input<typeof SCHEMA>`, without these comments. The compiler holds the two equal instead (see
// InputAgrees below), so an option added, removed or retyped on one side and not the other does not compile.
export interface LatchOptions {
  /**
   * Element to render into, inline: the element, its id (as Lock: `'root'`), or a CSS selector. Without it Latch
   * opens as a modal dialog. @default undefined
   */
  container?: HTMLElement | string;
  /** Whether a modal can be closed with its close button and Esc. @default true */
  closable?: boolean;
  /** Whether the first field takes focus when the widget is shown. @default true */
  autofocus?: boolean;
  /** Whether the login screen is available. @default true */
  allowLogin?: boolean;
  /** Whether "Don't remember your password?" is offered. @default true */
  allowForgotPassword?: boolean;
  /** When set, "Don't remember your password?" is a plain link to this URL instead of the built-in screen. @default undefined */
  forgotPasswordLink?: string;
  /** Whether a new account can be created (a Log in / Sign up switch and the sign-up screen). @default true */
  allowSignUp?: boolean;
  /** When set, the Log in / Sign up switch's "Sign up" is a plain link to this URL instead of the sign-up screen. @default undefined */
  signUpLink?: string;
  /** Whether password fields have a show/hide toggle (Lock's default is none; Latch keeps it for accessibility). @default true */
  allowShowPassword?: boolean;
  /** Whether the browser may autofill the email field (off: `autocomplete="off"`, Lock's default; Latch's is on, WCAG 1.3.5). @default true */
  allowAutocomplete?: boolean;
  /** Whether the browser may autofill password fields (off: `autocomplete="off"`, Lock's default; Latch's is on). @default true */
  allowPasswordAutocomplete?: boolean;
  /** A message shown in the widget's live region when it opens, as text. @default undefined */
  flashMessage?: { type: 'success' | 'error' | 'info'; text: string };
  /** Whether a modal closes itself once the person is logged in (only a closable one, as Lock). @default false */
  autoclose?: boolean;
  /** Whether a successful sign-up logs the person in straight away. @default true */
  loginAfterSignUp?: boolean;
  /**
   * More fields on the sign-up screen, as Lock's: text, select (choices as a list or from a function), checkbox and
   * hidden, each with an optional `prefill`, `validator` and `storage: 'root'`; sent in `user_metadata` (or beside the
   * email). A field Lock would leave out is left out, with a warning. @default []
   */
  additionalSignUpFields?: SignUpField[];
  /** Whether sign-up needs the terms' box ticked (the terms are `languageDictionary.signUpTerms`). @default false */
  mustAcceptTerms?: boolean;
  /** Whether the terms (`languageDictionary.signUpTerms`, empty unless the site gives them) show on sign-up. @default true */
  showTerms?: boolean;
  /**
   * The database connection's password policy, shown as a live checklist on sign-up and reset.
   * Use the same values as the connection (`passwordPolicy`, `password_complexity_options.min_length`).
   * @default { level: 'none' }
   */
  passwordPolicy?: { level?: PolicyLevel; minLength?: number };
  /**
   * For the hosted reset page (`initialScreen: 'resetPassword'`): the ticket from the email link, the page's CSRF
   * token, the account's email and the link's state as the server saw it. @default undefined
   */
  resetPassword?: { ticket: string; csrf?: string; email?: string; state?: LinkState };
  /** The first screen shown. @default 'login' */
  initialScreen?: InitialScreen;
  /** Values to fill in. @default {} */
  prefill?: {
    email?: string;
    /** Lock's: the username field of a connection that requires usernames, and the email field when `email` is not given. @default '' */
    username?: string;
  };
  /** The database connection sent as `realm` and `connection`. @default 'Username-Password-Authentication' */
  defaultDatabaseConnection?: string;
  /**
   * Lock's list of the connections this widget may use. Latch logs in with a database connection: the first one in
   * the list (by the client's settings) unless `defaultDatabaseConnection` names another allowed one; other names
   * (social, enterprise, passwordless) are named in a warning. @default every connection
   */
  allowedConnections?: string[];
  /**
   * For a connection that requires usernames: 'username' logs in with the username, 'email' with the email; not
   * given, either ("Username or email"). Sign-up asks for both. @default undefined
   */
  usernameStyle?: 'email' | 'username';
  /**
   * As Lock: when this browser last logged in here and the API still has that session, the widget offers "Last time
   * you logged in with …" and logs in with one press. Off with false, `auth.sso: false` or the password-realm grant.
   * @default true
   */
  rememberLastLogin?: boolean;
  /**
   * The picture and name of the last-login screen's account: `url(email, cb)` and `displayName(email, cb)`, each
   * calling `cb(error, value)`. Unlike Lock, Latch asks no third party (Gravatar) by itself: without it, or with
   * null, the account shows by its email. @default null
   */
  avatar?: {
    url: (email: string, callback: (error: unknown, url?: string) => void) => void;
    displayName: (email: string, callback: (error: unknown, name?: string) => void) => void;
  } | null;
  /** Look. @default {} */
  theme?: {
    /**
     * Brand colour, any opaque CSS colour (`'#4f46e5'`, `'green'`, `'rgb(0 128 0)'`); hover, active, focus and
     * button-text colours are derived from it. @default '#4f46e5'
     */
    primaryColor?: string;
    /** Logo URL (http, https or a data:image URL). @default undefined */
    logo?: string;
    /** Light, dark, or follow the system. @default 'auto' */
    colorScheme?: ColorScheme;
    /**
     * Corner roundness of buttons and fields: px as a number, or a length (`'4px'`, `'0.5rem'`, `0`). The card's
     * corners are 1.6 times that (10px and 16px by default), at most 32px, so pill-shaped controls (`999`) keep an
     * ordinary card. @default 10
     */
    radius?: number | string;
    /** A CSS font-family list, e.g. `'Inter, system-ui, sans-serif'`. @default 'system-ui, sans-serif' */
    font?: string;
    /** Whether the first screen's title is left out of sight (it still names the form for assistive tech). @default false */
    hideMainScreenTitle?: boolean;
    /** Whether the submit button shows its text; false: an arrow, with the text as its accessible name. @default true */
    labeledSubmitButton?: boolean;
  };
  /**
   * The language's code (BCP 47, e.g. 'de', 'pt-BR', 'ar'), added first with `addLanguage('de', de)` (ESM:
   * `import { de } from 'latch/locales/de'`; script tags: `locales/de.global.js`), so a site only ships the
   * languages it uses. 'de-AT' falls back to 'de'; a language not added shows English, with a console warning.
   * Sets the text, `lang`, right-to-left layout for Arabic and Hebrew, and how waits are said. @default 'en'
   */
  language?: string;
  /**
   * Single strings to override, keyed like the English dictionary or like Lock's (`title`, `error.login.…`), on
   * top of the language. Always text. @default {}
   */
  languageDictionary?: Partial<Record<MessageKey, string>> & { readonly [lockKey: string]: unknown };
  /** How the login is carried out, with Lock's names. @default {} */
  auth?: {
    /** API audience for the access token. @default undefined */
    audience?: string;
    /** Sent to `/authorize` as they are (`scope`, `state`, `login_hint`, ...). @default { scope: 'openid profile email' } */
    params?: Record<string, string>;
    /**
     * true: after the credentials are checked (`/co/authenticate`) the page goes to `/authorize` and comes back to
     * `redirectUrl` with the result. false: the same exchange happens in a hidden frame and the page stays.
     * @default true
     */
    redirect?: boolean;
    /** Where `/authorize` sends the result; must be one of the application's Allowed Callback URLs. @default this page's origin and path */
    redirectUrl?: string;
    /** @default 'code' when redirectUrl is given, otherwise 'token' (as Lock) */
    responseType?: ResponseType;
    /** How `/authorize` answers (`form_post` for a server that reads the result). @default the response type's own */
    responseMode?: ResponseMode;
    /** Whether the result in the URL's hash is read (and checked) when the widget is created. @default true */
    autoParseHash?: boolean;
    /** false: no "last time you logged in with" (rememberLastLogin), as Lock. @default true */
    sso?: boolean;
    /** The `state` sent to `/authorize`. @default a random value */
    state?: string;
    /** The `nonce` sent to `/authorize`. @default a random value */
    nonce?: string;
    /**
     * 'password-realm': log in with `POST /oauth/token` and the password-realm grant instead, for applications that
     * enable that grant (no SSO session, no redirect). @default undefined
     */
    grant?: 'password-realm';
  };
  /** Where the client's settings (`/client/{clientID}.js`) are read from when `passwordPolicy` is not given. @default 'https://' + domain */
  configurationBaseUrl?: string;
  /** Seconds of clock difference allowed when checking an ID token's times. @default 60 */
  leeway?: number;
  /** Whether the auth result is removed from the URL's hash once read. @default true */
  hashCleanup?: boolean;
  /** Transport for the API, for tests and custom networking. @default globalThis.fetch */
  fetch?: FetchLike;
  /** Milliseconds to wait for the server before showing a timeout message. @default 15000 */
  timeout?: number;
}

export type ResponseType = 'code' | 'token' | 'id_token' | 'token id_token' | 'id_token token';
export type ResponseMode = 'query' | 'fragment' | 'form_post' | 'web_message';

/** The scope asked for when `auth.params.scope` is not given (Lock's). */
export const DEFAULT_SCOPE = 'openid profile email';

const isLink = (url: string): boolean => /^(https?:\/\/|\/)/i.test(url);
const isHttpUrl = (url: string): boolean => /^https?:\/\/[^/\\]/i.test(url);
const isStringRecord = (value: object): boolean => isRecord(value) && Object.values(value).every((v) => typeof v === 'string');

/** A logo may be an http(s) URL, a path or an inline image; anything else (javascript:, data:text/html) is refused. */
export function isSafeImageUrl(url: string): boolean {
  // A path, but not `//host` nor `/\host`: browsers read a backslash as a slash there, so both name another host.
  return /^(https?:\/\/|\/(?![/\\])|data:image\/(png|gif|jpeg|webp|svg\+xml)[;,])/i.test(url.trim());
}

/**
 * Every option once: its type, its default and its check. `LatchOptions` must match what it accepts, and
 * `NormalizedOptions` is what it gives. Lists of values are inferred, not annotated with their union types, so
 * that a value added to `ColorScheme`, `PolicyLevel` or `LinkState` and not here fails the check below.
 */
const SCHEMA = {
  // Not rule(), whose value must fit what it gives: this takes an element or a selector and gives the element,
  // found by read's caller on the page it was given.
  container: ['container', null] as Rule<HTMLElement | string, HTMLElement | null>,
  closable: bool,
  autofocus: bool,
  allowLogin: bool,
  allowForgotPassword: bool,
  allowSignUp: bool,
  loginAfterSignUp: bool,
  additionalSignUpFields: rule<SignUpField[], readonly SignUpField[]>('object', [], Array.isArray, 'a list of fields'),
  mustAcceptTerms: off,
  showTerms: bool,
  forgotPasswordLink: text(null, isLink, 'an http(s) URL or a path'),
  signUpLink: text(null, isLink, 'an http(s) URL or a path'),
  // On unless turned off, unlike Lock: the toggle and the autofill tokens are how people with password managers
  // and people who cannot see what they type get in (WCAG 1.3.5 Identify Input Purpose). Lock's `false` is honoured.
  allowShowPassword: bool,
  allowAutocomplete: bool,
  allowPasswordAutocomplete: bool,
  flashMessage: rule<{ type: Tone; text: string }, { readonly type: Tone; readonly text: string } | null>(
    'object',
    null,
    (m) => isRecord(m) && ['success', 'error', 'info'].includes(m.type) && typeof m.text == 'string',
    '{ type: "success", "error" or "info", text: a string }',
  ),
  autoclose: off,
  initialScreen: oneOf(INITIAL_SCREENS, null),
  prefill: { email: text(''), username: text('') },
  defaultDatabaseConnection: text('Username-Password-Authentication'),
  usernameStyle: oneOf(['email', 'username'], null),
  rememberLastLogin: bool,
  avatar: rule<NonNullable<LatchOptions['avatar']> | null, NonNullable<LatchOptions['avatar']> | null>(
    'object',
    null,
    (a) => a === null || (typeof a.url == 'function' && typeof a.displayName == 'function'),
    '{ url(email, cb), displayName(email, cb) } or null',
  ),
  allowedConnections: rule<string[], readonly string[] | null>('object', null, (list) => Array.isArray(list) && list.every((n) => typeof n == 'string'), 'a list of connection names'),
  theme: {
    primaryColor: text(null, (c) => cssColor(c) !== false, 'a CSS colour such as #4f46e5 or "green"'),
    logo: text(null, isSafeImageUrl, 'an http(s) URL, a path, or a data:image URL'),
    colorScheme: oneOf(['light', 'dark', 'auto'], 'auto'),
    // '' when not given: the stylesheet's value stays.
    radius: rule<number | string, number | string>('number|string', '', (r) => /^\d*\.?\d+(px|r?em)?$/.test(`${r}`), 'a length such as 8 or "8px"'),
    // A font-family list has no use for ; { } < > or a function such as url().
    font: text('', (f) => /^[^;{}<>()]+$/.test(f), 'a font-family list'),
    hideMainScreenTitle: off,
    labeledSubmitButton: bool,
  },
  language: text('en', (code) => /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(code), 'a language code such as "de" or "pt-BR"'),
  // Unknown dictionary keys are allowed: dictionaries written for Lock carry keys Latch has no use for.
  languageDictionary: rule<Partial<Record<MessageKey, string>> & { readonly [lockKey: string]: unknown }, Readonly<Record<string, unknown>>>(
    'object',
    {},
    isRecord,
    'an object',
  ),
  auth: {
    audience: text(null),
    params: rule<Record<string, string>, Readonly<Record<string, string>>>('object', {}, isStringRecord, 'an object of strings'),
    redirect: bool,
    redirectUrl: text(null, isHttpUrl, 'an http(s) URL'),
    responseType: oneOf(['code', 'token', 'id_token', 'token id_token', 'id_token token'], null),
    responseMode: oneOf(['query', 'fragment', 'form_post', 'web_message'], null),
    autoParseHash: bool,
    sso: bool,
    state: text(null),
    nonce: text(null),
    grant: oneOf(['password-realm'], null),
  },
  configurationBaseUrl: text(null, isHttpUrl, 'an http(s) URL'),
  leeway: rule<number, number>('number', 60, (s) => Number.isInteger(s) && s >= 0 && s <= 300, 'a whole number of seconds from 0 to 300'),
  hashCleanup: bool,
  passwordPolicy: {
    level: oneOf(['none', 'low', 'fair', 'good', 'excellent'], 'none'),
    minLength: rule<number, number | undefined>('number', undefined, (n) => Number.isInteger(n) && n >= 1 && n <= 128, 'a whole number from 1 to 128'),
  },
  resetPassword: {
    // Needed by the type only: at run time a missing ticket is null, which initialScreen 'resetPassword' reports.
    ticket: rule<string, string | null, true>('string', null),
    csrf: text(''),
    email: text(''),
    state: oneOf(['valid', 'expired', 'used', 'invalid'], 'valid'),
  },
  fetch: rule<FetchLike, FetchLike | undefined>('function', undefined),
  timeout: rule<number, number>('number', 15_000, (ms) => ms > 0 && ms < Infinity, 'a positive number of milliseconds'),
};

/** Fails to compile, naming `false`, when LatchOptions and the schema disagree in either direction. */
type InputAgrees<T extends true> = T;
type _InputAgrees = InputAgrees<Equal<LatchOptions, Input<typeof SCHEMA>>>;

/** Options after validation, with every default filled in. */
export interface NormalizedOptions extends Omit<Output<typeof SCHEMA>, 'initialScreen' | 'auth'> {
  /** `params.scope` is always there: DEFAULT_SCOPE when not given. */
  readonly auth: Output<typeof SCHEMA>['auth'] & { readonly params: { readonly scope: string } };
  readonly clientID: string;
  readonly domain: string;
  /** Not given: login, or forgotPassword when login is off. */
  readonly initialScreen: InitialScreen;
  /** From the connection's settings once read (src/latch.tsx resolve). */
  readonly requiresUsername?: boolean;
  readonly usernameRange?: { readonly min: number; readonly max: number } | null;
}

/** On failure, `container` is still resolved when it can be, so the widget can say it is unavailable there. */
export type Normalized =
  | { ok: true; options: NormalizedOptions }
  | { ok: false; problems: string[]; container: HTMLElement | null };

/**
 * What reading the options needs from the page: finding a `container` given as a selector, and recognising one
 * given as an element. A parameter, so tests can hand in a fake page; the real one is `globalThis`.
 */
export interface OptionsPlatform {
  readonly document?: { querySelector(selectors: string): HTMLElement | null; getElementById?(id: string): HTMLElement | null };
  readonly HTMLElement?: abstract new () => HTMLElement;
}

/**
 * Validates what an integrator passed; every problem is reported, so one console error says all of it. Keys no rule
 * reads (Lock's options Latch does not do yet, misspellings) are not problems: they are warned about here, at most
 * one warning for each kind.
 */
export function normalizeOptions(
  clientID: unknown,
  domain: unknown,
  raw: unknown,
  { document, HTMLElement }: OptionsPlatform = globalThis,
  /** false: the keys no rule reads are not warned about again (a `show(options)` over options already read). */
  warn = true,
): Normalized {
  const problems: string[] = [];
  const required = (value: unknown, name: string) => {
    if (typeof value !== 'string' || value.trim() === '') problems.push(`${name} must be a non-empty string`);
    return String(value).trim();
  };
  const stray = strayKeys();
  // The container on the given page: null when it is not an element there or matches nothing.
  const o = read(
    SCHEMA,
    raw,
    '',
    problems,
    (value) => (typeof value === 'string' ? findContainer(value, document) : HTMLElement && value instanceof HTMLElement ? value : null),
    stray.key,
  );
  if (warn) stray.warn();
  const initialScreen = o.initialScreen ?? (o.allowLogin ? 'login' : 'forgotPassword');
  // Each flow says what it needs to be the first screen; a flow this page has not added cannot be shown at all.
  const flow = flowOf(initialScreen);
  const needs = flow ? flow.initial(o) : 'its flow, which this page has not added (latch/reset-page)';
  if (needs) problems.push(`initialScreen "${initialScreen}" needs ${needs}`);
  if (!o.allowLogin && !o.allowForgotPassword) problems.push('allowLogin and allowForgotPassword cannot both be false');
  const auth = { ...o.auth, params: { scope: DEFAULT_SCOPE, ...o.auth.params } };
  // Lock's shapes, as the widget uses them: the colour in hex (or none: see cssColor), the username as the email.
  const theme = { ...o.theme, primaryColor: o.theme.primaryColor && (cssColor(o.theme.primaryColor) || null) };
  const prefill = { ...o.prefill, email: o.prefill.email || o.prefill.username };
  const additionalSignUpFields = readSignUpFields(o.additionalSignUpFields, warn);
  const options: NormalizedOptions = { ...o, auth, theme, prefill, additionalSignUpFields, clientID: required(clientID, 'clientID'), domain: required(domain, 'domain'), initialScreen };
  return problems.length > 0 ? { ok: false, problems, container: o.container } : { ok: true, options };
}
