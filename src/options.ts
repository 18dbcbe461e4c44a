import type { FetchLike } from './api/client';
import type { MessageKey } from './i18n/en';
import type { ScreenName } from './machine/machine.types';

export type ColorScheme = 'light' | 'dark' | 'auto';
export type InitialScreen = Exclude<ScreenName, 'signedIn'>;

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

export type Normalized = { ok: true; options: NormalizedOptions } | { ok: false; problems: string[] };

const KNOWN = new Set([
  'container', 'closable', 'autofocus', 'allowLogin', 'allowForgotPassword', 'forgotPasswordLink',
  'initialScreen', 'prefill', 'defaultDatabaseConnection', 'theme', 'languageDictionary', 'auth', 'fetch', 'timeout',
]);
const SCHEMES: readonly ColorScheme[] = ['light', 'dark', 'auto'];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** A logo may be an http(s) URL or an inline image; anything else (javascript:, data:text/html) is refused. */
export function isSafeImageUrl(url: string): boolean {
  return /^https?:\/\//i.test(url) || /^data:image\/(png|gif|jpeg|webp|svg\+xml)[;,]/i.test(url) || /^\/(?!\/)/.test(url);
}

/** Validates what an integrator passed; every problem is reported, so one console error says all of it. */
export function normalizeOptions(clientID: unknown, domain: unknown, raw: unknown): Normalized {
  const problems: string[] = [];
  const input = raw === undefined ? {} : raw;
  if (!isRecord(input)) return { ok: false, problems: ['options must be an object'] };
  if (typeof clientID !== 'string' || clientID.trim() === '') problems.push('clientID must be a non-empty string');
  if (typeof domain !== 'string' || domain.trim() === '') problems.push('domain must be a non-empty string');
  for (const key of Object.keys(input)) if (!KNOWN.has(key)) problems.push(`unknown option "${key}"`);

  const bool = (key: string, fallback: boolean): boolean => {
    const value = input[key];
    if (value === undefined) return fallback;
    if (typeof value !== 'boolean') problems.push(`${key} must be true or false`);
    return value === true;
  };
  const text = (value: unknown, name: string): string | null => {
    if (value === undefined) return null;
    if (typeof value !== 'string') problems.push(`${name} must be a string`);
    return typeof value === 'string' ? value : null;
  };

  let container: HTMLElement | null = null;
  if (typeof input.container === 'string') {
    try {
      container = document.querySelector<HTMLElement>(input.container);
    } catch {
      container = null;
    }
    if (!container) problems.push(`container "${input.container}" matches no element`);
  } else if (input.container !== undefined) {
    if (typeof HTMLElement !== 'undefined' && input.container instanceof HTMLElement) container = input.container;
    else problems.push('container must be an element or a CSS selector');
  }

  const allowLogin = bool('allowLogin', true);
  const allowForgotPassword = bool('allowForgotPassword', true);
  const initialScreen = input.initialScreen ?? (allowLogin ? 'login' : 'forgotPassword');
  if (initialScreen !== 'login' && initialScreen !== 'forgotPassword') {
    problems.push(`initialScreen must be "login" or "forgotPassword", not ${JSON.stringify(initialScreen)}`);
  } else if (initialScreen === 'login' && !allowLogin) {
    problems.push('initialScreen "login" needs allowLogin');
  } else if (initialScreen === 'forgotPassword' && !allowForgotPassword) {
    problems.push('initialScreen "forgotPassword" needs allowForgotPassword');
  }
  if (!allowLogin && !allowForgotPassword) problems.push('allowLogin and allowForgotPassword cannot both be false');

  const forgotPasswordLink = text(input.forgotPasswordLink, 'forgotPasswordLink');
  if (forgotPasswordLink !== null && !/^(https?:\/\/|\/)/i.test(forgotPasswordLink)) {
    problems.push('forgotPasswordLink must be an http(s) URL or a path');
  }

  const prefill = input.prefill === undefined ? {} : input.prefill;
  if (!isRecord(prefill)) problems.push('prefill must be an object');
  const prefillEmail = isRecord(prefill) ? (text(prefill.email, 'prefill.email') ?? '') : '';

  const connection = text(input.defaultDatabaseConnection, 'defaultDatabaseConnection') ?? 'Username-Password-Authentication';

  const theme = input.theme === undefined ? {} : input.theme;
  let primaryColor: string | null = null;
  let logo: string | null = null;
  let colorScheme: ColorScheme = 'auto';
  if (!isRecord(theme)) problems.push('theme must be an object');
  else {
    for (const key of Object.keys(theme)) {
      if (!['primaryColor', 'logo', 'colorScheme'].includes(key)) problems.push(`unknown option "theme.${key}"`);
    }
    primaryColor = text(theme.primaryColor, 'theme.primaryColor');
    if (primaryColor !== null && !/^#([0-9a-f]{3}|[0-9a-f]{6})$/i.test(primaryColor.trim())) {
      problems.push('theme.primaryColor must be a hex colour such as #4f46e5');
      primaryColor = null;
    }
    logo = text(theme.logo, 'theme.logo');
    if (logo !== null && !isSafeImageUrl(logo.trim())) {
      problems.push('theme.logo must be an http(s) URL, a path, or a data:image URL');
      logo = null;
    }
    if (theme.colorScheme !== undefined) {
      if (SCHEMES.includes(theme.colorScheme as ColorScheme)) colorScheme = theme.colorScheme as ColorScheme;
      else problems.push('theme.colorScheme must be "light", "dark" or "auto"');
    }
  }

  const languageDictionary = input.languageDictionary === undefined ? {} : input.languageDictionary;
  if (!isRecord(languageDictionary)) problems.push('languageDictionary must be an object');

  const auth = input.auth === undefined ? {} : input.auth;
  let audience: string | null = null;
  let scope = 'openid profile email';
  if (!isRecord(auth)) problems.push('auth must be an object');
  else {
    audience = text(auth.audience, 'auth.audience');
    const params = auth.params === undefined ? {} : auth.params;
    if (!isRecord(params)) problems.push('auth.params must be an object');
    else scope = text(params.scope, 'auth.params.scope') ?? scope;
  }

  if (input.fetch !== undefined && typeof input.fetch !== 'function') problems.push('fetch must be a function');
  const timeout = input.timeout === undefined ? 15_000 : input.timeout;
  if (typeof timeout !== 'number' || !Number.isFinite(timeout) || timeout <= 0) {
    problems.push('timeout must be a positive number of milliseconds');
  }

  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    options: {
      clientID: (clientID as string).trim(),
      domain: (domain as string).trim(),
      container,
      closable: bool('closable', true),
      autofocus: bool('autofocus', true),
      allowLogin,
      allowForgotPassword,
      forgotPasswordLink,
      initialScreen: initialScreen as InitialScreen,
      prefillEmail,
      connection,
      primaryColor,
      logo,
      colorScheme,
      languageDictionary: isRecord(languageDictionary) ? languageDictionary : {},
      audience,
      scope,
      fetch: input.fetch as FetchLike | undefined,
      timeout: timeout as number,
    },
  };
}
