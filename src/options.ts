import type { FetchLike } from './api/client';
import type { MessageKey } from './i18n/en';
import type { ScreenName } from './machine/machine.types';
import type { PasswordPolicy, PolicyLevel } from './policy';

export type ColorScheme = 'light' | 'dark' | 'auto';
export type InitialScreen = Exclude<ScreenName, 'signedIn' | 'unrecoverable'>;
/** How a reset link stood when the hosted reset page was served. */
export type LinkState = 'valid' | 'expired' | 'used' | 'invalid';

/** Options accepted by `new Latch(clientID, domain, options)`. Names follow Auth0 Lock where Lock has the same thing. */
export interface LatchOptions {
  /** Element (or CSS selector) to render into, inline. Without it Latch opens as a modal dialog. @default undefined */
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
  /** Whether a successful sign-up logs the person in straight away. @default true */
  loginAfterSignUp?: boolean;
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
  prefill?: { email?: string };
  /** The database connection sent as `realm` and `connection`. @default 'Username-Password-Authentication' */
  defaultDatabaseConnection?: string;
  /** Look. @default {} */
  theme?: {
    /** Brand colour (#rgb or #rrggbb); hover, active, focus and button-text colours are derived from it. @default '#4f46e5' */
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
  };
  /**
   * The language's code (BCP 47, e.g. 'de', 'pt-BR', 'ar'), added first with `addLanguage('de', de)` (ESM:
   * `import { de } from 'latch/locales/de'`; script tags: `locales/de.global.js`), so a site only ships the
   * languages it uses. 'de-AT' falls back to 'de'; a language not added shows English, with a console warning.
   * Sets the text, `lang`, right-to-left layout for Arabic and Hebrew, and how waits are said. @default 'en'
   */
  language?: string;
  /** Single strings to override, keyed like the English dictionary, on top of the language. Always text. @default {} */
  languageDictionary?: Partial<Record<MessageKey, string>>;
  /** Authentication parameters. @default {} */
  auth?: {
    /** API audience for the access token. @default undefined */
    audience?: string;
    /** @default { scope: 'openid profile email' } */
    params?: { scope?: string };
  };
  /** Transport for the API, for tests and custom networking. @default globalThis.fetch */
  fetch?: FetchLike;
  /** Milliseconds to wait for the server before showing a timeout message. @default 15000 */
  timeout?: number;
}

/** Options after validation, with every default filled in. */
export interface NormalizedOptions {
  readonly clientID: string;
  readonly domain: string;
  readonly container: HTMLElement | null;
  readonly closable: boolean;
  readonly autofocus: boolean;
  readonly allowLogin: boolean;
  readonly allowForgotPassword: boolean;
  readonly allowSignUp: boolean;
  readonly loginAfterSignUp: boolean;
  readonly forgotPasswordLink: string | null;
  readonly initialScreen: InitialScreen;
  readonly prefill: { readonly email: string };
  readonly defaultDatabaseConnection: string;
  readonly theme: {
    readonly primaryColor: string | null;
    readonly logo: string | null;
    readonly colorScheme: ColorScheme;
    /** '' when not given: the stylesheet's value stays. */
    readonly radius: number | string;
    readonly font: string;
  };
  readonly language: string;
  readonly languageDictionary: Readonly<Record<string, unknown>>;
  readonly auth: { readonly audience: string | null; readonly params: { readonly scope: string } };
  readonly passwordPolicy: PasswordPolicy;
  readonly resetPassword: { readonly ticket: string | null; readonly csrf: string; readonly email: string; readonly state: LinkState };
  readonly fetch: FetchLike | undefined;
  readonly timeout: number;
}

/** On failure, `container` is still resolved when it can be, so the widget can say it is unavailable there. */
export type Normalized =
  | { ok: true; options: NormalizedOptions }
  | { ok: false; problems: string[]; container: HTMLElement | null };

// A rule: [type (or types: 'number|string'), default, extra check, what a good value is]. A nested object is a schema of its own.
type Check = (value: never) => boolean;
type Rule = readonly [type: string, fallback: unknown, check?: Check, hint?: string];
interface Schema {
  readonly [key: string]: Rule | Schema;
}

const oneOf = (...values: string[]): [Check, string] => [
  (value: string) => values.includes(value),
  `one of "${values.join('", "')}"`,
];
const bool: Rule = ['boolean', true];
const text = (fallback: string | null = null): Rule => ['string', fallback];

/** A logo may be an http(s) URL, a path or an inline image; anything else (javascript:, data:text/html) is refused. */
export function isSafeImageUrl(url: string): boolean {
  return /^(https?:\/\/|\/(?!\/)|data:image\/(png|gif|jpeg|webp|svg\+xml)[;,])/i.test(url.trim());
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const SCHEMA: Schema = {
  container: ['container', null],
  closable: bool,
  autofocus: bool,
  allowLogin: bool,
  allowForgotPassword: bool,
  allowSignUp: bool,
  loginAfterSignUp: bool,
  forgotPasswordLink: ['string', null, (url: string) => /^(https?:\/\/|\/)/i.test(url), 'an http(s) URL or a path'],
  initialScreen: ['string', null, ...oneOf('login', 'signUp', 'forgotPassword', 'resetPassword')],
  prefill: { email: text('') },
  defaultDatabaseConnection: text('Username-Password-Authentication'),
  theme: {
    primaryColor: ['string', null, (c: string) => /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.test(c.trim()), 'a hex colour such as #4f46e5'],
    logo: ['string', null, isSafeImageUrl, 'an http(s) URL, a path, or a data:image URL'],
    colorScheme: ['string', 'auto', ...oneOf('light', 'dark', 'auto')],
    radius: ['number|string', '', (r: number | string) => /^\d*\.?\d+(px|r?em)?$/.test(`${r}`), 'a length such as 8 or "8px"'],
    // A font-family list has no use for ; { } < > or a function such as url().
    font: ['string', '', (f: string) => /^[^;{}<>()]+$/.test(f), 'a font-family list'],
  },
  language: ['string', 'en', (code: string) => /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(code), 'a language code such as "de" or "pt-BR"'],
  // Unknown dictionary keys are allowed: dictionaries written for Lock carry keys Latch has no use for.
  languageDictionary: ['object', {}, isRecord, 'an object'],
  auth: { audience: text(), params: { scope: text('openid profile email') } },
  passwordPolicy: {
    level: ['string', 'none', ...oneOf('none', 'low', 'fair', 'good', 'excellent')],
    minLength: ['number', undefined, (n: number) => Number.isInteger(n) && n >= 1 && n <= 128, 'a whole number from 1 to 128'],
  },
  resetPassword: { ticket: text(), csrf: text(''), email: text(''), state: ['string', 'valid', ...oneOf('valid', 'expired', 'used', 'invalid')] },
  fetch: ['function', undefined],
  timeout: ['number', 15_000, (ms: number) => ms > 0 && ms < Infinity, 'a positive number of milliseconds'],
};

/**
 * What reading the options needs from the page: finding a `container` given as a selector, and recognising one
 * given as an element. A parameter, so tests can hand in a fake page; the real one is `globalThis`.
 */
export interface OptionsPlatform {
  readonly document?: { querySelector(selectors: string): HTMLElement | null };
  readonly HTMLElement?: abstract new () => HTMLElement;
}

/** Finds `container` on `platform`'s page: null when it is not an element there or matches nothing. */
function resolveContainer(value: unknown, { document, HTMLElement }: OptionsPlatform): HTMLElement | null {
  if (typeof value === 'string') {
    try {
      return document?.querySelector(value) ?? null;
    } catch {
      return null; // an invalid selector matches nothing
    }
  }
  return HTMLElement && value instanceof HTMLElement ? value : null;
}

/** Reads `input` against `schema`: defaults for what is missing, a problem for every unknown key and bad value. */
function read(schema: Schema, input: unknown, path: string, problems: string[], platform: OptionsPlatform): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  let record: Record<string, unknown> = {};
  if (isRecord(input)) record = input;
  else if (input !== undefined) problems.push(`${path.slice(0, -1) || 'options'} must be an object`);
  for (const key of Object.keys(record)) if (!Object.hasOwn(schema, key)) problems.push(`unknown option "${path}${key}"`);
  for (const [key, rule] of Object.entries(schema)) {
    const value = record[key];
    if (!Array.isArray(rule)) {
      out[key] = read(rule as Schema, value, `${path}${key}.`, problems, platform);
      continue;
    }
    const [type, fallback, check, hint = `a ${type}`] = rule as Rule;
    let ok: boolean;
    if (type === 'container') {
      out[key] = resolveContainer(value, platform);
      ok = value === undefined || out[key] !== null;
      if (!ok) problems.push(typeof value === 'string' ? `container "${value}" matches no element` : 'container must be an element or a CSS selector');
      continue;
    }
    ok = type.includes(typeof value) && (!check || (check as (v: unknown) => boolean)(value));
    if (value !== undefined && !ok) problems.push(`${path}${key} must be ${hint}`);
    out[key] = ok ? value : fallback;
  }
  return out;
}

/** Validates what an integrator passed; every problem is reported, so one console error says all of it. */
export function normalizeOptions(clientID: unknown, domain: unknown, raw: unknown, platform: OptionsPlatform = globalThis): Normalized {
  const problems: string[] = [];
  const required = (value: unknown, name: string) => {
    if (typeof value !== 'string' || value.trim() === '') problems.push(`${name} must be a non-empty string`);
    return String(value).trim();
  };
  const read_ = read(SCHEMA, raw, '', problems, platform) as unknown as Omit<NormalizedOptions, 'clientID' | 'domain' | 'initialScreen'> & {
    initialScreen: InitialScreen | null;
  };
  const o = read_;
  const initialScreen = o.initialScreen ?? (o.allowLogin ? 'login' : 'forgotPassword');
  const allowed: Record<InitialScreen, boolean> = {
    login: o.allowLogin,
    signUp: o.allowSignUp,
    forgotPassword: o.allowForgotPassword,
    resetPassword: o.resetPassword.ticket !== null,
  };
  if (!allowed[initialScreen]) {
    const needs = initialScreen === 'resetPassword' ? 'resetPassword.ticket' : `allow${initialScreen[0]!.toUpperCase()}${initialScreen.slice(1)}`;
    problems.push(`initialScreen "${initialScreen}" needs ${needs}`);
  }
  if (!o.allowLogin && !o.allowForgotPassword) problems.push('allowLogin and allowForgotPassword cannot both be false');
  const options: NormalizedOptions = { ...o, clientID: required(clientID, 'clientID'), domain: required(domain, 'domain'), initialScreen };
  return problems.length > 0 ? { ok: false, problems, container: o.container } : { ok: true, options };
}
