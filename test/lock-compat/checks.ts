// What each Lock option Latch implements visibly does, as a check a corpus page can run: by option path (as in
// src/options/lock.ts LOCK_IMPLEMENTED). The corpus test fails for an implemented option a configuration uses that
// has no check here, so an option implemented later comes with its proof.
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { es } from '../../src/i18n/locales/es';
import { en } from '../../src/i18n/en';

/** What the run saw, for the checks that look at it after the login. */
export interface Run {
  readonly page: Page;
  readonly widget: Locator;
  /** Every /authorize URL the page or its frames asked for, in order. */
  readonly authorize: URL[];
  /** Every JSON body sent to /co/authenticate. */
  readonly coAuthenticate: Record<string, unknown>[];
  /** Every /client/{id}.js URL asked for. */
  readonly clientSettings: URL[];
  /** The page's URL after the login came back (or did not leave). */
  readonly returnedTo: URL | null;
  /** How the login ended: the page saw the result (authenticated, hash_parsed), or a server did (code, form_post). */
  readonly outcome: string;
  /** The page after a reload once logged in: what a returning visitor sees. */
  readonly returning: () => Promise<Locator>;
}

export type Phase = 'shown' | 'loggedIn';

export interface Check {
  readonly phase: Phase;
  readonly run: (value: unknown, run: Run, options: Record<string, unknown>) => Promise<void>;
}

const shown = (run: Check['run']): Check => ({ phase: 'shown', run });
const loggedIn = (run: Check['run']): Check => ({ phase: 'loggedIn', run });

/** The Log in / Sign up switch's action, by position (the text depends on the language). */
const toggleAccountScreen = (widget: Locator) => widget.locator('[data-part=switch] [data-part=link]').click();
const heading = (widget: Locator) => widget.locator('[data-part=title]');
const lastAuthorize = (run: Run) => {
  // The login's: the one carrying the login ticket (not a session look-up).
  const url = run.authorize.filter((u) => u.searchParams.has('login_ticket')).at(-1);
  expect(url, 'an /authorize request').toBeDefined();
  return url!; // non-null: asserted above
};

/**
 * Whether a returning visitor is offered the last login: only when the option allows it and the page itself saw the
 * login's result (as auth0-js, which remembers the account when it reads the result; a code or a form post goes to
 * the site's server instead).
 */
async function offered(allowed: boolean, run: Run): Promise<void> {
  const seen = run.outcome === 'authenticated' || run.outcome === 'hash_parsed';
  const returning = await run.returning();
  if (allowed && seen) await returning.locator('[data-part=account]').waitFor();
  expect(await returning.locator('[data-part=account]').count()).toBe(allowed && seen ? 1 : 0);
}

/** On the sign-up screen for `body`, then back on the login screen. */
async function onSignUp(widget: Locator, body: () => Promise<void>): Promise<void> {
  await toggleAccountScreen(widget);
  await widget.locator('input[name=password][autocomplete=new-password], input[name=password]').first().waitFor();
  await body();
  await toggleAccountScreen(widget);
  await widget.locator('input[name=password]').waitFor();
}

function hexOf(colour: string): string {
  const names: Record<string, string> = { green: '#008000' };
  return (names[colour] ?? colour).toLowerCase();
}

export const CHECKS: Readonly<Record<string, Check>> = {
  container: shown(async (value, { page }) => {
    expect(await page.locator(`#${String(value)} [data-part=root]`).count()).toBe(1);
  }),
  closable: shown(async (value, { widget }) => {
    const modal = (await widget.locator('[data-part=backdrop]').count()) > 0;
    expect(await widget.locator('[data-part=close]').count()).toBe(modal && value !== false ? 1 : 0);
  }),
  autofocus: shown(async (value, { page }) => {
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-part') ?? null);
    if (value === false) expect(focused).not.toBe('input');
    else expect(focused).toBe('input');
  }),
  allowSignUp: shown(async (value, { widget }) => {
    expect(await widget.locator('[data-part=switch]').count()).toBe(value === false ? 0 : 1);
  }),
  allowForgotPassword: shown(async (value, { widget }) => {
    expect(await widget.locator('[data-part=links] [data-part=link]').count()).toBe(value === false ? 0 : 1);
  }),
  allowLogin: shown(async (value, { widget }) => {
    expect(await widget.locator('input[name=password][autocomplete=current-password]').count()).toBe(value === false ? 0 : 1);
  }),
  forgotPasswordLink: shown(async (value, { widget }) => {
    expect(await widget.locator('[data-part=links] a[data-part=link]').getAttribute('href')).toBe(value);
  }),
  signUpLink: shown(async (value, { widget }) => {
    expect(await widget.locator('[data-part=switch] a[data-part=link]').getAttribute('href')).toBe(value);
  }),
  languageDictionary: shown(async (value, { widget }) => {
    const dict = value as Record<string, string>;
    let checked = 0;
    if (dict.title) {
      expect(await heading(widget).textContent()).toBe(dict.title);
      checked++;
    }
    if (dict.emailInputPlaceholder) {
      expect(await widget.locator('label[data-part=label]').first().textContent()).toBe(dict.emailInputPlaceholder);
      checked++;
    }
    if (dict.signUpTerms) {
      const plain = dict.signUpTerms.replace(/<[^>]*>/g, '');
      await onSignUp(widget, async () => expect(await widget.locator('[data-part=terms]').textContent()).toContain(plain));
      checked++;
    }
    expect(checked, 'a dictionary key this check knows').toBeGreaterThan(0);
  }),
  language: shown(async (value, { widget }) => {
    expect(value).toBe('es');
    expect(await widget.locator('[data-part=root]').getAttribute('lang')).toBe('es');
    expect(await heading(widget).textContent()).toBe(es['login.title']);
  }),
  'theme.primaryColor': shown(async (value, { widget }) => {
    const set = await widget.locator('[data-part=root]').evaluate((root) => (root as HTMLElement).style.getPropertyValue('--latch-color-primary'));
    expect(set.toLowerCase()).toBe(hexOf(String(value)));
  }),
  'theme.logo': shown(async (value, { widget }) => {
    expect(await widget.locator('img[data-part=logo]').getAttribute('src')).toBe(value);
  }),
  'theme.labeledSubmitButton': shown(async (value, { widget }) => {
    expect(await widget.locator('[data-part=submit] svg').count()).toBe(value === false ? 1 : 0);
  }),
  'theme.hideMainScreenTitle': shown(async (value, { widget }) => {
    expect(await heading(widget).getAttribute('data-hidden')).toBe(value === true ? '' : null);
  }),
  flashMessage: shown(async (value, { widget }) => {
    const { text, type } = value as { text: string; type: string };
    const alert = widget.locator('[data-part=alert]');
    expect(await alert.textContent()).toBe(text);
    expect(await alert.getAttribute('data-tone')).toBe(type);
  }),
  'prefill.email': shown(async (value, { widget }) => {
    expect(await widget.locator('input[name=email]').inputValue()).toBe(value);
  }),
  initialScreen: shown(async (value, { widget }) => {
    const titles: Record<string, string> = { login: en['login.title'], signUp: en['signUp.title'], forgotPassword: en['forgot.title'] };
    const lang = await widget.locator('[data-part=root]').getAttribute('lang');
    if (lang === 'en') expect(await heading(widget).textContent()).toBe(titles[String(value)]);
    else expect(await widget.locator('[data-part=root]').getAttribute('data-screen')).toBe(value);
  }),
  mustAcceptTerms: shown(async (value, { widget }) => {
    await onSignUp(widget, async () => expect(await widget.locator('[data-part=terms] input[type=checkbox]').count()).toBe(value === true ? 1 : 0));
  }),
  additionalSignUpFields: shown(async (value, { widget }) => {
    const fields = (value as { name: string; type?: string; placeholder?: string; ariaLabel?: string }[]).filter((f) => f.type !== 'hidden' && f.placeholder);
    await onSignUp(widget, async () => {
      for (const field of fields) expect(await widget.getByLabel(field.ariaLabel ?? field.placeholder ?? '', { exact: true }).count(), field.name).toBe(1);
      expect(await widget.locator('[data-part=field]').count()).toBe(2 + fields.length);
    });
  }),
  usernameStyle: shown(async (_value, { widget }) => {
    // The demo connection has no usernames: the email field, whatever the style (as Lock).
    expect(await widget.locator('input[name=email]').count()).toBe(1);
  }),
  defaultDatabaseConnection: loggedIn(async (value, run) => {
    expect(run.coAuthenticate.at(-1)?.realm).toBe(value);
  }),
  allowedConnections: loggedIn(async (value, run) => {
    expect(value as string[]).toContain(run.coAuthenticate.at(-1)?.realm);
  }),
  configurationBaseUrl: shown(async (value, run) => {
    expect(run.clientSettings.at(-1)?.origin).toBe(new URL(String(value)).origin);
  }),
  'auth.redirect': loggedIn(async (value, run) => {
    const url = lastAuthorize(run);
    expect(url.searchParams.get('response_mode') === 'web_message').toBe(value === false);
  }),
  'auth.redirectUrl': loggedIn(async (value, run) => {
    expect(lastAuthorize(run).searchParams.get('redirect_uri')).toBe(value);
  }),
  'auth.responseType': loggedIn(async (value, run) => {
    expect(lastAuthorize(run).searchParams.get('response_type')).toBe(value);
  }),
  'auth.responseMode': loggedIn(async (value, run) => {
    expect(lastAuthorize(run).searchParams.get('response_mode')).toBe(value);
  }),
  'auth.params': loggedIn(async (value, run) => {
    const url = lastAuthorize(run);
    for (const [name, param] of Object.entries(value as Record<string, string>)) expect(url.searchParams.get(name), name).toBe(param);
  }),
  'auth.audience': loggedIn(async (value, run) => {
    expect(lastAuthorize(run).searchParams.get('audience')).toBe(value);
  }),
  'auth.autoParseHash': loggedIn(async (value, run) => {
    // Read by the widget itself (and the hash cleaned), or left for the site's own resumeAuth (hash kept).
    expect(run.returnedTo?.hash.includes('access_token=')).toBe(value === false);
  }),
  'auth.sso': loggedIn(async (value, run) => offered(value !== false, run)),
  rememberLastLogin: loggedIn(async (value, run) => offered(value !== false, run)),
  avatar: loggedIn(async (value, run) => {
    expect(value).toBeTruthy();
    const returning = await run.returning();
    await returning.locator('[data-part=account] img[data-part=avatar]').waitFor();
    expect(await returning.locator('[data-part=account-name]').textContent()).toBe('Ada');
  }),
  autoclose: loggedIn(async (value, run) => {
    // A modal that logs in without leaving the page closes itself; after a redirect there is no modal to close.
    if (run.returnedTo === null) expect(await run.widget.locator('[data-part=backdrop]').count()).toBe(value === true ? 0 : 1);
    else expect(run.returnedTo.origin).toBe(new URL(run.page.url()).origin);
  }),
  loginAfterSignUp: shown(async (value) => {
    // Proved by the sign-up run of the corpus test (signed in straight away, or back on the login screen).
    expect(typeof value).toBe('boolean');
  }),
  showTerms: shown(async (value, { widget }) => {
    await onSignUp(widget, async () => expect(await widget.locator('[data-part=terms]').count()).toBe(value === false ? 0 : 1));
  }),
};

/** Option paths that only group others (each of their members has its own check). */
export const GROUPS = ['auth', 'theme', 'prefill'];
