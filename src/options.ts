import type { FetchLike } from './api/client';
import type { MessageKey } from './i18n/en';
import type { ScreenName } from './machine/machine.types';

export type ColorScheme = 'light' | 'dark' | 'auto';
export type InitialScreen = Exclude<ScreenName, 'signedIn' | 'unrecoverable'>;

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
  };
  /** Text overrides, keyed like the English dictionary. Always rendered as text. @default {} */
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

export interface NormalizedOptions {
  readonly clientID: string;
  readonly domain: string;
  readonly container: HTMLElement | null;
  readonly closable: boolean;
  readonly autofocus: boolean;
  readonly allowLogin: boolean;
  readonly allowForgotPassword: boolean;
  readonly forgotPasswordLink: string | null;
  readonly initialScreen: InitialScreen;
  readonly prefillEmail: string;
  readonly connection: string;
  readonly primaryColor: string | null;
  readonly logo: string | null;
  readonly colorScheme: ColorScheme;
  readonly languageDictionary: Readonly<Record<string, unknown>>;
  readonly audience: string | null;
  readonly scope: string;
  readonly fetch: FetchLike | undefined;
  readonly timeout: number;
}

/** On failure, `container` is still resolved when it can be, so the widget can say it is unavailable there. */
export type Normalized =
  | { ok: true; options: NormalizedOptions }
  | { ok: false; problems: string[]; container: HTMLElement | null };

const KNOWN = [
  'container', 'closable', 'autofocus', 'allowLogin', 'allowForgotPassword', 'forgotPasswordLink',
  'initialScreen', 'prefill', 'defaultDatabaseConnection', 'theme', 'languageDictionary', 'auth', 'fetch', 'timeout',
];
const SCREENS: readonly InitialScreen[] = ['login', 'forgotPassword'];
const SCHEMES: readonly ColorScheme[] = ['light', 'dark', 'auto'];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** A logo may be an http(s) URL, a path or an inline image; anything else (javascript:, data:text/html) is refused. */
export function isSafeImageUrl(url: string): boolean {
  return /^(https?:\/\/|\/(?!\/)|data:image\/(png|gif|jpeg|webp|svg\+xml)[;,])/i.test(url);
}

/** Validates what an integrator passed; every problem is reported, so one console error says all of it. */
export function normalizeOptions(clientID: unknown, domain: unknown, raw: unknown): Normalized {
  const problems: string[] = [];
  const required = (value: unknown, name: string) => {
    if (typeof value !== 'string' || value.trim() === '') problems.push(`${name} must be a non-empty string`);
    return String(value).trim();
  };
  /** An optional nested object; its unknown keys are reported (a misspelt option would otherwise be ignored). */
  const group = (value: unknown, name: string, keys: readonly string[] | null): Record<string, unknown> => {
    if (value === undefined) return {};
    if (!isRecord(value)) {
      problems.push(`${name} must be an object`);
      return {};
    }
    for (const key of Object.keys(value)) {
      if (keys && !keys.includes(key)) problems.push(`unknown option "${name === 'options' ? '' : `${name}.`}${key}"`);
    }
    return value;
  };
  /** An optional value of one type that also passes `valid`; a bad one is reported and replaced by the default. */
  function typed<T>(value: unknown, name: string, type: string, fallback: T, valid = (_: T) => true, hint = `a ${type}`): T {
    if (value === undefined) return fallback;
    if (typeof value === type && valid(value as T)) return value as T;
    problems.push(`${name} must be ${hint}`);
    return fallback;
  }

  if (!isRecord(raw ?? {})) return { ok: false, problems: ['options must be an object'], container: null };
  const input = group(raw, 'options', KNOWN);
  const theme = group(input.theme, 'theme', ['primaryColor', 'logo', 'colorScheme']);
  const auth = group(input.auth, 'auth', ['audience', 'params']);
  const params = group(auth.params, 'auth.params', ['scope']);
  const prefill = group(input.prefill, 'prefill', ['email']);
  // Unknown dictionary keys are allowed: dictionaries written for Lock carry keys Latch has no use for.
  const languageDictionary = group(input.languageDictionary, 'languageDictionary', null);
  const bool = (name: string) => typed(input[name], name, 'boolean', true, undefined, 'true or false');
  const text = (value: unknown, name: string) => typed<string | null>(value, name, 'string', null);

  let container: HTMLElement | null = null;
  if (typeof input.container === 'string') {
    try {
      container = document.querySelector<HTMLElement>(input.container);
    } catch {
      // an invalid selector matches nothing; reported below
    }
    if (!container) problems.push(`container "${input.container}" matches no element`);
  } else if (input.container !== undefined) {
    if (typeof HTMLElement !== 'undefined' && input.container instanceof HTMLElement) container = input.container;
    else problems.push('container must be an element or a CSS selector');
  }

  const allowLogin = bool('allowLogin');
  const allowForgotPassword = bool('allowForgotPassword');
  const initialScreen = input.initialScreen ?? (allowLogin ? 'login' : 'forgotPassword');
  if (!SCREENS.includes(initialScreen as InitialScreen)) {
    problems.push(`initialScreen must be "login" or "forgotPassword", not ${JSON.stringify(initialScreen)}`);
  } else if (!(initialScreen === 'login' ? allowLogin : allowForgotPassword)) {
    problems.push(`initialScreen "${initialScreen as string}" needs ${initialScreen === 'login' ? 'allowLogin' : 'allowForgotPassword'}`);
  }
  if (!allowLogin && !allowForgotPassword) problems.push('allowLogin and allowForgotPassword cannot both be false');

  const options: NormalizedOptions = {
    clientID: required(clientID, 'clientID'),
    domain: required(domain, 'domain'),
    container,
    closable: bool('closable'),
    autofocus: bool('autofocus'),
    allowLogin,
    allowForgotPassword,
    forgotPasswordLink: typed<string | null>(input.forgotPasswordLink, 'forgotPasswordLink', 'string', null,
      (url) => /^(https?:\/\/|\/)/i.test(url!), 'an http(s) URL or a path'),
    initialScreen: initialScreen as InitialScreen,
    prefillEmail: text(prefill.email, 'prefill.email') ?? '',
    connection: text(input.defaultDatabaseConnection, 'defaultDatabaseConnection') ?? 'Username-Password-Authentication',
    primaryColor: typed<string | null>(theme.primaryColor, 'theme.primaryColor', 'string', null,
      (c) => /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.test(c!.trim()), 'a hex colour such as #4f46e5'),
    logo: typed<string | null>(theme.logo, 'theme.logo', 'string', null,
      (url) => isSafeImageUrl(url!.trim()), 'an http(s) URL, a path, or a data:image URL'),
    colorScheme: typed<ColorScheme>(theme.colorScheme, 'theme.colorScheme', 'string', 'auto',
      (c) => SCHEMES.includes(c), '"light", "dark" or "auto"'),
    languageDictionary,
    audience: text(auth.audience, 'auth.audience'),
    scope: text(params.scope, 'auth.params.scope') ?? 'openid profile email',
    fetch: typed<FetchLike | undefined>(input.fetch, 'fetch', 'function', undefined),
    timeout: typed(input.timeout, 'timeout', 'number', 15_000, (ms) => ms > 0 && ms < Infinity, 'a positive number of milliseconds'),
  };
  return problems.length > 0 ? { ok: false, problems, container } : { ok: true, options };
}
