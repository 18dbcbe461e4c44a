import { signal, type Signal } from '@preact/signals';
import { hydrate, render } from 'preact';
import { apiOrigin, createApiClient, type ApiClient, type Result } from './api/client';
import type { ApiError } from './api/errors';
import { fetchClientSettings, type DbConnectionSettings } from './auth/client-settings';
import { checkSession, logoutUrl, resumeFromHash, userInfo, type AuthConfig } from './auth/session';
import { readSsoData, saveSsoData } from './flows/lastLogin/sso-data';
import { parseHash } from './auth/hash';
import { isSafeImageUrl } from './options';
import type { Tokens } from './flows/login/login.types';
import { emit, type Listener, type Listeners } from './emitter';
import { en, type Dictionary } from './i18n/en';
import { buildDictionary } from './i18n/format';
import { addLanguage, findLanguage } from './i18n/languages';
import { readLanguageDictionary } from './i18n/lock-keys';
import type { HostEventName, LockOnlyEventName, MachineState, ScreenName } from './machine/machine.types';
import { isRecord } from './options/schema';
import { normalizeOptions, type LatchOptions, type NormalizedOptions } from './options';
import { DEFAULT_FLOWS } from './flows/defaults';
import { addFlow } from './flows/registry';
import { browserPlatform, createStore, type Store, type ViewSettings } from './store';
import { brandPalette } from './theme/palette';
import { App } from './view/App';
import { createIds } from './view/ids';
import { KEY_ATTRIBUTE, markupKey } from './view/prerender';

// Registered here, not by a side-effect import, so no bundler can drop them: every entry that has Latch has these.
DEFAULT_FLOWS.forEach((flow) => addFlow(flow));

const LINK_PROBLEM = { expired: 'reset.linkExpired', used: 'reset.linkUsed', invalid: 'reset.linkInvalid' } as const;

/**
 * An embeddable login box. `new Latch(clientID, domain, options)`, then `show()`.
 * Inline when `options.container` is given, otherwise a modal dialog.
 */
/** The error in an auth callback and in `authorization_error`, as Lock reports it. */
export interface AuthErrorPayload {
  readonly error: string;
  readonly errorDescription: string;
}

export type AuthCallback = (error: AuthErrorPayload | null, authResult?: Tokens) => void;

const errorPayload = (error: ApiError): AuthErrorPayload => ({ error: error.code, errorDescription: error.description });

/** Calls back with a result (nothing when there was none to read). */
function answer(callback: AuthCallback, result: Result<Tokens> | null): void {
  if (!result) callback(null);
  else if (result.ok) callback(null, result.value);
  else callback(errorPayload(result.error));
}

/** What `show(options)` may change for one showing: Lock's per-show options. */
export interface ShowOptions
  extends Pick<
    LatchOptions,
    | 'initialScreen'
    | 'allowLogin'
    | 'allowSignUp'
    | 'allowForgotPassword'
    | 'flashMessage'
    | 'language'
    | 'languageDictionary'
    | 'allowAutocomplete'
    | 'allowShowPassword'
    | 'allowPasswordAutocomplete'
  > {
  readonly auth?: { readonly params?: Record<string, string> };
  readonly theme?: { readonly primaryColor?: string; readonly logo?: string };
  readonly allowedConnections?: readonly string[];
  readonly rememberLastLogin?: boolean;
}

const SHOW_KEYS =
  'initialScreen allowLogin allowSignUp allowForgotPassword flashMessage language languageDictionary allowAutocomplete allowShowPassword allowPasswordAutocomplete allowedConnections rememberLastLogin auth theme'.split(
    ' ',
  );

/**
 * The constructor's options with a showing's laid over them, as Lock does: each key given replaces the
 * constructor's (`auth.params` and `languageDictionary` whole), `theme` only in its colour and logo. Other keys are
 * not Lock's per-show options: ignored, with a warning.
 */
function overlay(given: LatchOptions, shown: ShowOptions): LatchOptions {
  const ignored = isRecord(shown) ? Object.keys(shown).filter((key) => !SHOW_KEYS.includes(key)) : [];
  if (ignored.length) console.warn(`Latch: show() does not take ${ignored.join(', ')}; ignored.`);
  const { auth, theme, ...rest } = shown;
  const merged: Record<string, unknown> = { ...given };
  for (const key of SHOW_KEYS) if (key in rest) merged[key] = (rest as Record<string, unknown>)[key];
  if (auth?.params) merged.auth = { ...given.auth, params: auth.params };
  if (theme) merged.theme = { ...given.theme, ...(theme.primaryColor ? { primaryColor: theme.primaryColor } : {}), ...(theme.logo ? { logo: theme.logo } : {}) };
  return merged as LatchOptions;
}

export class Latch {
  /**
   * Makes a language available to `language` and `setLanguage()` in every widget on the page:
   * `Latch.addLanguage('de', de)`. The script-tag files `locales/<code>.global.js` call it for you.
   */
  static addLanguage(code: string, dictionary: Partial<Dictionary>): void {
    addLanguage(code, dictionary);
  }

  private readonly listeners: Listeners = new Map();
  private readonly api: ApiClient;
  private auth!: AuthConfig;
  private store!: Store;
  /** Options and words the view model is built from; a new language replaces them. */
  private readonly settings: Signal<ViewSettings>;
  private readonly ids = createIds();
  private palette!: ReturnType<typeof brandPalette>;
  /** Inline target, or null for a modal. */
  private readonly container: HTMLElement | null;
  /** Where the widget is rendered while shown; null while hidden. */
  private host: HTMLElement | null = null;
  private returnFocus: HTMLElement | null = null;
  private destroyed = false;
  private readonly platform = browserPlatform();
  /** The constructor's arguments, read again with a `show(options)` laid over them; null when they were refused. */
  private readonly given: { clientID: string; domain: string; options: LatchOptions } | null;
  /** The options read from the constructor's arguments. */
  private readonly base: NormalizedOptions;
  /** The client's database connections (/client/{id}.js), once read: every showing's options are resolved against them. */
  private connections: readonly DbConnectionSettings[] | null = null;
  /** The options of the showing on screen (or to come), before they were resolved against the connections. */
  private shown: NormalizedOptions;
  /** A subclass's `static pin`: the state its machine starts in (the designers' studio; see StoreOptions.pin). */
  private readonly pin?: (state: MachineState) => MachineState;
  /** Whether the widget on screen was built from a `show(options)`, so a plain `show()` goes back to the constructor's. */
  private overridden = false;

  constructor(clientID: string, domain: string, options?: LatchOptions) {
    // A kind of widget that cannot start at all says why in a static `refusal` (Lock's passwordless one, latch/lock).
    const { refusal, pin } = new.target as { refusal?: string; pin?: (state: MachineState) => MachineState };
    this.pin = pin;
    const read = normalizeOptions(clientID, domain, options, globalThis, !refusal);
    const normalized = refusal ? { ok: false as const, problems: [refusal], container: read.ok ? read.options.container : read.container } : read;
    let opts: NormalizedOptions;
    let screen: ScreenName;
    if (normalized.ok) {
      opts = normalized.options;
      screen = opts.initialScreen;
      this.given = { clientID, domain, options: options ?? {} };
    } else {
      const message = `Latch: cannot start: ${normalized.problems.join('; ')}.`;
      console.error(message);
      // Reported after construction so a listener added with on() right away still hears it.
      queueMicrotask(() => emit(this.listeners, 'unrecoverable_error', { error: 'invalid_options', errorDescription: message }));
      // Still show something where the box should be, so a visitor is not left facing a blank space.
      const fallback = normalizeOptions('-', '-', normalized.container ? { container: normalized.container } : {});
      opts = (fallback as { options: NormalizedOptions }).options;
      screen = 'unrecoverable';
      this.given = null;
    }
    this.base = this.shown = opts;
    this.container = opts.container;
    // The options carry what the API client (clientID, domain, fetch, timeout) and the machine (allow*, passwordPolicy) need.
    this.api = createApiClient(opts);
    // The unrecoverable card has the fallback options, without the overrides: the dictionary option may be what was wrong.
    this.settings = signal<ViewSettings>({ options: opts, dict: en });
    const first = this.resolve(opts);
    this.build(first ?? opts, screen, opts.resetPassword.email || opts.prefill.email);
    // The connections' own settings, as Lock reads them, when the site did not give a policy or named the connections
    // it allows: read as data (never run).
    const policyGiven = isRecord(options?.passwordPolicy);
    if (normalized.ok && (!policyGiven || opts.allowedConnections)) {
      void fetchClientSettings(opts.configurationBaseUrl ?? opts.domain, opts.clientID, opts.fetch).then((connections) => {
        if (!connections || this.destroyed) return;
        this.connections = policyGiven ? connections.map((c) => ({ ...c, passwordPolicy: opts.passwordPolicy })) : connections;
        const others = opts.allowedConnections?.filter((name) => !connections.some((c) => c.name == name));
        if (others?.length && !(options as Record<string, unknown>).disableWarnings) {
          console.warn(`Latch: allowedConnections ${others.join(', ')}: not database connections of this application; Latch logs in with a database connection only (social, enterprise and passwordless logins are not supported yet).`);
        }
        const current = this.store.state.peek();
        const resolved = this.resolve(this.shown);
        if (!resolved || resolved.defaultDatabaseConnection !== this.auth.realm) {
          // Another connection than the one the widget started with (or none at all): built again, keeping the email.
          if (!resolved) {
            const message = 'Latch: cannot start: allowedConnections names no database connection of this application.';
            console.error(message);
            emit(this.listeners, 'unrecoverable_error', { error: 'invalid_options', errorDescription: message });
          }
          this.store.destroy();
          this.build(resolved ?? this.shown, resolved ? current.screen : 'unrecoverable', current.email);
          if (this.host) {
            this.paint();
            this.store.start();
          }
          return;
        }
        const { passwordPolicy, allowSignUp, allowForgotPassword, requiresUsername, usernameRange } = resolved;
        const config = { passwordPolicy, allowSignUp, allowForgotPassword, requiresUsername, usernameRange };
        this.settings.value = { ...this.settings.peek(), options: resolved };
        this.store.send({ type: 'CONFIG.LOADED', config });
      });
    }
    // As Lock in redirect mode: every new widget reads the hash, and says what it found in hash_parsed (null: nothing).
    if (normalized.ok && opts.auth.autoParseHash && opts.auth.redirect && !opts.auth.grant) {
      this.resumeAuth(location.hash, (error, result) => {
        if (result !== undefined && opts.hashCleanup) history.replaceState(history.state, '', location.href.split('#')[0]);
        if (error) emit(this.listeners, 'authorization_error', error);
        else if (result) {
          saveSsoData(this.auth.realm, result.idTokenPayload?.sub);
          emit(this.listeners, 'authenticated', result);
        }
      });
    }
    // Lock's rememberLastLogin: the account this browser last logged in with here, when the API still has its session.
    // Not on the way back from a redirect: that page has the result itself.
    if (normalized.ok && opts.rememberLastLogin && opts.auth.sso && !opts.auth.grant && screen === 'login' && !parseHash(location.hash)) {
      void this.lookForSession(opts);
    }
  }

  /**
   * Asks the API, without leaving the page, for the session of the account this browser last logged in with (as
   * auth0-js's getSSOData, but only when there was such a login here: no hidden frame for a first visit). Found, the
   * login screen offers it (src/flows/lastLogin), with the site's avatar when it gives one.
   */
  private async lookForSession(opts: NormalizedOptions): Promise<void> {
    // After the task that builds and shows the widget: the first read of localStorage makes the browser open this
    // origin's storage (a few milliseconds), which the first screen need not wait for.
    await new Promise((resolve) => setTimeout(resolve));
    const last = readSsoData();
    if (last?.lastUsedConnection !== this.auth.realm) return;
    // As getSSOData: an ID token whatever the site's response type, for the account's subject and name.
    const lookUp = { ...this.auth, responseType: 'token id_token', responseMode: null };
    const result = await checkSession(this.api, lookUp, { connection: this.auth.realm, scope: 'openid profile email' });
    const claims = result.ok ? result.value.idTokenPayload : null;
    if (!claims || (last.lastUsedSub && last.lastUsedSub !== claims.sub) || this.destroyed) return;
    const name = String(claims.email ?? claims.name ?? '');
    const store = this.store;
    if (!name) return;
    store.send({ type: 'SSO.FOUND', account: { name } });
    const { avatar } = opts;
    try {
      avatar?.url(name, (error, url) => !error && typeof url == 'string' && isSafeImageUrl(url) && store.send({ type: 'SSO.FOUND', account: { name, picture: url } }));
      avatar?.displayName(name, (error, text) => !error && typeof text == 'string' && store.send({ type: 'SSO.FOUND', account: { name, displayName: text } }));
    } catch {
      // A site's avatar function that throws leaves the account shown by its email.
    }
  }

  /**
   * The options as they apply to the client's connections, as Lock's filterConnections: the database connection is
   * `defaultDatabaseConnection` when given (and allowed), else the first of `allowedConnections` that is one; its
   * settings (policy, sign-up, forgot password) then hold. Before the connections are known, the first allowed name.
   * Null when `allowedConnections` names no database connection of the client.
   */
  private resolve(o: NormalizedOptions): NormalizedOptions | null {
    const allowed = o.allowedConnections;
    const given = !!this.given?.options.defaultDatabaseConnection && (!allowed || allowed.includes(o.defaultDatabaseConnection));
    const list = this.connections;
    if (!list) return allowed && !given && allowed[0] ? { ...o, defaultDatabaseConnection: allowed[0] } : o;
    const found = (!allowed || given ? list.find((c) => c.name == o.defaultDatabaseConnection) : undefined) ?? allowed?.map((name) => list.find((c) => c.name == name)).find(Boolean);
    if (!found) return allowed ? null : o;
    return {
      ...o,
      defaultDatabaseConnection: found.name,
      passwordPolicy: { minLength: undefined, ...found.passwordPolicy },
      allowSignUp: o.allowSignUp && found.showSignup,
      allowForgotPassword: o.allowForgotPassword && found.showForgot,
      requiresUsername: found.requiresUsername,
      usernameRange: found.usernameRange,
    };
  }

  /** Builds the machine (and what it reads: the login settings, the brand palette) for one set of options. */
  private build(opts: NormalizedOptions, screen: ScreenName, email: string): void {
    const reset = opts.resetPassword;
    const ticket = reset.ticket === null ? null : { ticket: reset.ticket, csrf: reset.csrf };
    const { auth } = opts;
    const redirectUrl = auth.redirectUrl ?? location.origin + location.pathname;
    this.auth = {
      clientID: opts.clientID,
      origin: apiOrigin(opts.domain),
      realm: opts.defaultDatabaseConnection,
      redirect: auth.redirect,
      redirectUri: redirectUrl,
      // As Lock: a code when the site named where it goes (its server exchanges it), tokens otherwise.
      responseType: auth.responseType ?? (auth.redirectUrl ? 'code' : 'token'),
      responseMode: auth.responseMode,
      params: auth.params,
      audience: auth.audience,
      state: auth.state,
      nonce: auth.nonce,
      leeway: opts.leeway,
      ...(opts.fetch ? { fetch: opts.fetch } : {}),
      now: () => Date.now(),
      navigate: (url) => location.assign(url),
    };
    this.palette = brandPalette(opts.theme.primaryColor ?? '');
    const { platform } = this;
    this.store = createStore({
      platform,
      settings: this.settings,
      modal: !opts.container,
      pin: this.pin,
      config: opts,
      initialScreen: screen,
      prefill: {
        email,
        username: opts.prefill.username,
        online: platform.online(),
        flash: opts.flashMessage,
        ...(ticket && reset.state !== 'valid' ? { linkProblem: LINK_PROBLEM[reset.state] } : {}),
      },
      context: {
        api: this.api,
        connection: opts.defaultDatabaseConnection,
        scope: opts.auth.params.scope,
        ...(opts.auth.audience ? { audience: opts.auth.audience } : {}),
        reset: ticket,
        ...(auth.grant ? {} : { auth: this.auth }),
      },
      emit: (name, payload) => {
        // Remembered for rememberLastLogin, as auth0-js does after a login (a password-realm login has no session).
        if (name === 'authenticated' && !auth.grant) saveSsoData(opts.defaultDatabaseConnection, (payload as Tokens).idTokenPayload?.sub);
        emit(this.listeners, name, payload);
        // As Lock: a modal stays open on its signed-in screen unless the site asks it to close itself (autoclose,
        // which a modal that cannot be closed ignores).
        if (name === 'authenticated' && !opts.container && opts.autoclose && opts.closable) this.hide();
      },
    });
    this.settings.value = { ...this.settings.peek(), options: opts };
    this.setLanguage(opts.language);
    // The site's functions for its sign-up fields' first values and choices, called as Lock calls them, when the
    // widget is built: `fn(cb)`, and `cb(error, result)` whenever the site has it.
    const store = this.store;
    const call = <T,>(fn: (cb: (error: unknown, result?: T) => void) => void, done: (result: T | undefined) => void) => {
      try {
        fn((error, result) => done(error ? undefined : result));
      } catch {
        done(undefined);
      }
    };
    for (const { name, prefill, options } of opts.additionalSignUpFields) {
      if (typeof prefill == 'function') {
        // A value that comes after the person typed there does not replace what they typed.
        call(prefill, (value) => typeof value == 'string' && store.state.peek().extra[name] === undefined && store.send({ type: 'EXTRA.CHANGE', name, value }));
      }
      if (typeof options == 'function') {
        call(options, (list) => {
          const ok = Array.isArray(list) && list.every((c) => isRecord(c) && typeof c.value == 'string' && typeof c.label == 'string');
          store.send({ type: 'EXTRA.CHOICES', name, choices: ok ? list : null });
        });
      }
    }
  }

  /**
   * Reads the result of a redirect from `hash` (`location.hash`), checks it (state, then the ID token's signature
   * and claims) and answers `callback(error, authResult)`; `authResult` is undefined when the hash holds no result.
   * Done by the widget itself unless `auth.autoParseHash` is false.
   */
  resumeAuth(hash: string, callback: AuthCallback): void {
    void resumeFromHash(this.api, this.auth, hash).then((result) => {
      emit(this.listeners, 'hash_parsed', result && (result.ok ? result.value : null));
      answer(callback, result);
    });
  }

  /** The session's tokens without leaving the page (`prompt=none` in a hidden frame), as Lock's `checkSession`. */
  checkSession(options: Record<string, string>, callback: AuthCallback): void {
    void checkSession(this.api, this.auth, options).then((result) => answer(callback, result));
  }

  /** The profile (`/userinfo`) of an access token. */
  getUserInfo(accessToken: string, callback: (error: AuthErrorPayload | null, profile?: unknown) => void): void {
    void userInfo(this.auth, accessToken).then((result) => (result.ok ? callback(null, result.value) : callback(errorPayload(result.error))));
  }

  /** Lock's older name for getUserInfo. */
  getProfile(accessToken: string, callback: (error: AuthErrorPayload | null, profile?: unknown) => void): void {
    this.getUserInfo(accessToken, callback);
  }

  /** Ends the session on the API's origin (`/v2/logout`), then goes to `returnTo` (one of the Allowed Logout URLs). */
  logout(options: { returnTo?: string; clientID?: string; federated?: boolean } = {}): void {
    this.auth.navigate(logoutUrl(this.auth, options));
  }

  /**
   * Switches the language, shown or not, keeping what was typed and the current screen. The code must have been
   * added with `addLanguage()` (its base language also serves: 'de-AT' finds 'de'); otherwise the text is English
   * and a warning says so (one). Lock's codes serve too ('pt-br', 'zh', 'fr-CA'). `languageDictionary` overrides,
   * Latch's keys or Lock's, stay on top.
   */
  setLanguage(code: string): void {
    const found = findLanguage(code);
    if (!found) console.warn(`Latch: language "${code}" was not added with addLanguage(), so the text is English.`);
    const [language, dictionary] = found ?? ['en'];
    // lang and dir describe the text shown: the code that found a dictionary, or English.
    const { options } = this.settings.peek();
    const dict = buildDictionary(dictionary, readLanguageDictionary(options.languageDictionary));
    this.settings.value = { dict, options: { ...options, language } };
    // Painted now, not on the next render tick, so the new words are there when this returns.
    this.paint();
  }

  /**
   * Whether the container holds markup a server rendered for these very options (latch/server), to hydrate rather
   * than build again. What was typed in it before this script ran goes into the state, so nothing is lost. Markup
   * for other options is replaced, with a warning.
   */
  private prerendered(): boolean {
    const root = this.container?.querySelector(`:scope>[${KEY_ATTRIBUTE}]`);
    if (!root) return false;
    const { options, dict } = this.settings.peek();
    if (root.getAttribute(KEY_ATTRIBUTE) !== markupKey(options, dict, this.ids.title)) {
      console.warn('Latch: the pre-rendered markup in the container is not for these options (or is not the page’s first widget); it was built again.');
      this.container?.replaceChildren();
      return false;
    }
    for (const field of ['email', 'username', 'password', 'confirm'] as const) {
      const value = (root.querySelector(`#${this.ids.field(field)}`) as HTMLInputElement | null)?.value;
      if (value) this.store.send({ type: 'FIELD.CHANGE', field, value });
    }
    return true;
  }

  private paint(hydrating?: boolean): void {
    if (!this.host) return;
    const app = (
      <App
        store={this.store}
        settings={this.settings}
        ids={this.ids}
        palette={this.palette}
        mode={this.container ? 'inline' : 'modal'}
        onClose={() => this.hide()}
        hydrated={hydrating}
      />
    );
    (hydrating ? hydrate : render)(app, this.host);
  }

  /**
   * Renders the widget (into `container`, or as a modal). Calling it again while shown does nothing. As Lock's,
   * `options` change this showing only (Lock's keys: `initialScreen`, `allowLogin`, `allowSignUp`,
   * `allowForgotPassword`, `flashMessage`, `language`, `languageDictionary`, `auth.params`, `theme.primaryColor`,
   * `theme.logo`, `allowAutocomplete`, `allowShowPassword`, `allowPasswordAutocomplete`, `allowedConnections`,
   * `rememberLastLogin`); the next `show()` without them has the constructor's options again. Options it cannot use
   * are refused as the constructor's are: the widget is not shown and `unrecoverable_error` says why.
   */
  show(options?: ShowOptions): void {
    if (this.destroyed || this.host) return;
    if (this.given && (options || this.overridden)) {
      const { clientID, domain, options: given } = this.given;
      const read = options ? normalizeOptions(clientID, domain, overlay(given, options), globalThis, false) : { ok: true as const, options: this.base };
      if (!read.ok) {
        const message = `Latch: cannot show: ${read.problems.join('; ')}.`;
        console.error(message);
        emit(this.listeners, 'unrecoverable_error', { error: 'invalid_options', errorDescription: message });
        return;
      }
      const email = this.store.state.peek().email;
      this.store.destroy();
      this.shown = read.options;
      const opts = this.resolve(read.options);
      this.build(opts ?? read.options, opts ? read.options.initialScreen : 'unrecoverable', email);
      this.overridden = !!options;
    }
    if (!this.container) {
      const active = document.activeElement;
      this.returnFocus = active instanceof HTMLElement && active !== document.body ? active : null;
    }
    this.host = this.container ?? document.body.appendChild(document.createElement('div'));
    this.paint(this.prerendered());
    emit(this.listeners, 'show');
    this.store.start();
  }

  /** Removes the widget from the page, keeping what was typed for the next `show()`. */
  hide(): void {
    if (!this.host) return;
    render(null, this.host);
    if (!this.container) this.host.remove();
    this.host = null;
    const target = this.returnFocus;
    this.returnFocus = null;
    if (target?.isConnected) target.focus();
    emit(this.listeners, 'hide');
  }

  /** Hides the widget, aborts any request in flight and forgets every listener. The instance cannot be shown again. */
  destroy(): void {
    if (this.destroyed) return;
    this.hide();
    this.store.destroy();
    this.destroyed = true;
    this.listeners.clear();
  }

  /** Listens to a Lock-style event (`authenticated`, `show`, `signup error`, ...). */
  on(name: HostEventName | LockOnlyEventName, fn: Listener): this {
    let set = this.listeners.get(name);
    if (!set) this.listeners.set(name, (set = new Set()));
    set.add(fn);
    return this;
  }

  /** Stops one listener, or without `fn` every listener of the event. */
  off(name: HostEventName | LockOnlyEventName, fn?: Listener): this {
    if (fn) this.listeners.get(name)?.delete(fn);
    else this.listeners.delete(name);
    return this;
  }
}
