import { beforeEach, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { LatchOptions } from '../../src/index';
import { axe, describeViolations, ENDPOINT, mount, summaryAtEnd, useFixture, type Mode, type Scheme } from '../helpers/a11y';
import { DEMO_EMAIL, DEMO_PASSWORD } from '../helpers/e2e';

/**
 * axe-core's WCAG 2.0/2.1/2.2 A and AA rules on every screen of the widget, in each condition a person can meet it
 * in, in the light and the dark scheme, inline and as a modal. States are reached the way a visitor reaches them:
 * typing, submitting, and the mock's fault injection for slow, failing and rate-limited answers.
 */
const session = useFixture();

const scanned = new Map<string, string[]>();
const violations: string[] = [];
const undecided: string[] = [];
let scans = 0;
summaryAtEnd(
  () =>
    `a11y axe gate: ${scans} states scanned by axe (${scanned.size} screen × condition pairs × light/dark × inline/modal), ` +
    `${violations.length} violations, ${undecided.length} contrast checks axe could not decide`,
  () => [...[...scanned].map(([what, where]) => `  axe scanned ${what}: ${where.join(', ')}`), ...undecided.map((line) => `  undecided: ${line}`)],
);

const STRONG_PASSWORD = 'Purple-Otter-42';
let unique = 0;

interface Case {
  readonly condition: string;
  /** Modes the condition exists in (a modal closes itself once the person is signed in). */
  readonly modes?: readonly Mode[];
  /** Schemes to scan in; `theme.colorScheme` 'auto' follows Chromium's emulated scheme. */
  readonly schemes?: readonly Scheme[];
  readonly options?: LatchOptions;
  readonly drive?: (widget: Locator, page: Page, mode: Mode) => Promise<void>;
  /** Undoes what the case did to the browser (such as going offline). */
  readonly after?: (page: Page) => Promise<void>;
}

const submit = (widget: Locator) => widget.locator('[data-part=submit]').click();
const fault = (path: string, spec: { status?: number; latencyMs?: number }) =>
  session.admin.addFault({ path: path as '*', times: 1, ...spec });

/** Waits for the live region to say something in the given tone. */
const alertIn = (widget: Locator, tone: string) => widget.locator(`[data-part=alert][data-tone=${tone}]:not(:empty)`).waitFor();
const pending = (widget: Locator) => widget.locator('[data-part=submit][data-state=pending]').waitFor();
const waiting = (widget: Locator) => widget.locator('[data-part=submit][data-state=waiting]').waitFor();
const fieldError = (widget: Locator) => widget.locator('[data-part=field-error]').first().waitFor();

/** The failure conditions every form shares: a slow answer, a server error and a rate limit, after `fill`. */
function failures(endpoint: string, fill: (widget: Locator) => Promise<void>): Case[] {
  return [
    {
      condition: 'pending',
      drive: async (widget) => {
        await fault(endpoint, { latencyMs: 5000 });
        await fill(widget);
        await submit(widget);
        await pending(widget);
      },
    },
    {
      condition: 'server error (500)',
      drive: async (widget) => {
        await fault(endpoint, { status: 500 });
        await fill(widget);
        await submit(widget);
        await alertIn(widget, 'error');
      },
    },
    {
      condition: '429 wait',
      drive: async (widget) => {
        await fault(endpoint, { status: 429 });
        await fill(widget);
        await submit(widget);
        await waiting(widget);
        await alertIn(widget, 'error');
      },
    },
    {
      condition: 'offline',
      drive: async (widget, page) => {
        await fill(widget);
        await page.context().setOffline(true);
        await alertIn(widget, 'info');
      },
      after: (page) => page.context().setOffline(false),
    },
  ];
}

async function scan(page: Page, screen: string, cases: readonly Case[]): Promise<void> {
  for (const item of cases) {
    for (const mode of item.modes ?? (['inline', 'modal'] as const)) {
      await session.admin.clearFaults();
      await page.emulateMedia({ colorScheme: 'light' });
      const widget = await mount(page, session.tenant, mode, item.options);
      await item.drive?.(widget, page, mode);
      for (const scheme of item.schemes ?? (['light', 'dark'] as const)) {
        await page.emulateMedia({ colorScheme: scheme });
        const found = await axe(page, `.latch[data-part=root][data-mode=${mode}]`);
        // axe leaves a check undecided when it cannot finish it. Outside colour contrast (a background it cannot
        // compute) that means something real, such as aria-describedby naming an id that is not on the page: fail.
        const contrastOnly = found.incomplete.filter((r) => r.id === 'color-contrast');
        const unsure = found.incomplete.filter((r) => r.id !== 'color-contrast');
        undecided.push(...describeViolations(`${screen} · ${item.condition} · ${mode} · ${scheme}`, contrastOnly));
        violations.push(...describeViolations(`${screen} · ${item.condition} · ${mode} · ${scheme} (undecided)`, unsure));
        const what = `${screen} · ${item.condition}`;
        scans += 1;
        scanned.set(what, [...(scanned.get(what) ?? []), `${mode} ${scheme}`]);
        violations.push(...describeViolations(`${what} · ${mode} · ${scheme}`, found.violations));
      }
      await item.after?.(page);
    }
  }
}

async function fillLogin(widget: Locator, password = DEMO_PASSWORD): Promise<void> {
  await widget.getByRole('textbox', { name: 'Email' }).fill(DEMO_EMAIL);
  await widget.getByLabel('Password', { exact: true }).fill(password);
}

async function fillSignUp(widget: Locator): Promise<void> {
  unique += 1;
  await widget.getByRole('textbox', { name: 'Email' }).fill(`a11y-${Date.now()}-${unique}@latch.dev`);
  await widget.getByLabel('Password', { exact: true }).fill(STRONG_PASSWORD);
}

async function fillReset(widget: Locator, password = STRONG_PASSWORD): Promise<void> {
  await widget.getByLabel('New password', { exact: true }).fill(password);
  await widget.getByLabel('Confirm new password', { exact: true }).fill(password);
}

/** A real reset link's ticket and the CSRF token its hosted page carries, so the widget's reset can succeed. */
async function realTicket(): Promise<{ ticket: string; csrf: string }> {
  const link = await session.admin.requestPasswordReset(DEMO_EMAIL);
  const ticket = new URL(link).searchParams.get('ticket') ?? '';
  const html = await (await fetch(link)).text();
  const csrf = /<meta name="latch-csrf" content="([^"]*)">/.exec(html)?.[1] ?? '';
  expect(ticket && csrf, 'the reset link has a ticket and its page a CSRF token').toBeTruthy();
  return { ticket, csrf };
}

let page: Page;
let before = 0;
/** This test's violations only (the list is the whole file's, for the summary). */
const own = () => violations.slice(before);
beforeEach(async () => {
  before = violations.length;
  await session.admin.reset();
  // Final states are what axe judges; without motion the page settles at once after each change (the fade-in and
  // scheme transitions would otherwise add a few hundred ms to each of the 130-odd scans).
  page = await session.open({ reducedMotion: 'reduce' });
});

describe('axe-core finds no WCAG 2.2 A/AA violation', () => {
  it('(the scanner itself reports a missing label and low contrast, so a clean result means something)', async () => {
    await page.evaluate(() => {
      const control = document.createElement('div');
      control.id = 'axe-control';
      const input = document.createElement('input');
      const faint = document.createElement('p');
      faint.textContent = 'Faint text';
      faint.style.color = '#999';
      faint.style.background = '#aaa';
      control.append(input, faint);
      document.body.append(control);
    });
    const found = await axe(page, '#axe-control');
    expect(found.violations.map((v) => v.id)).toEqual(expect.arrayContaining(['color-contrast', 'label']));
  });

  it('on the login screen, in every condition, and on the signed-in screen', async () => {
    await scan(page, 'login', [
      { condition: 'idle' },
      { condition: 'idle, explicit dark scheme', options: { theme: { colorScheme: 'dark' } }, schemes: ['light'] },
      { condition: 'idle, explicit light scheme', options: { theme: { colorScheme: 'light' } }, schemes: ['dark'] },
      { condition: 'invalid fields', drive: async (widget) => (await submit(widget), fieldError(widget)) },
      {
        condition: 'password revealed',
        options: { allowShowPassword: true },
        drive: async (widget) => {
          await fillLogin(widget);
          await widget.getByRole('button', { name: 'Show password' }).click();
          await widget.getByRole('button', { name: 'Hide password' }).waitFor();
        },
      },
      {
        condition: 'wrong password',
        drive: async (widget) => (await fillLogin(widget, 'not-the-password'), await submit(widget), alertIn(widget, 'error')),
      },
      ...failures(ENDPOINT.login, (widget) => fillLogin(widget)),
    ]);
    await scan(page, 'signed in', [
      {
        condition: 'success',
        modes: ['inline'],
        drive: async (widget) => {
          await fillLogin(widget);
          await submit(widget);
          await widget.locator('[data-screen=signedIn]').or(page.locator('.latch[data-screen=signedIn]')).waitFor();
        },
      },
    ]);
    expect(own()).toEqual([]);
  });

  it('on the forgot-password screen, in every condition, and its success message', async () => {
    const options: LatchOptions = { initialScreen: 'forgotPassword' };
    const fill = (widget: Locator) => widget.getByRole('textbox', { name: 'Email' }).fill(DEMO_EMAIL);
    await scan(
      page,
      'forgot password',
      [
        { condition: 'idle' },
        { condition: 'invalid field', drive: async (widget: Locator) => (await submit(widget), fieldError(widget)) },
        ...failures(ENDPOINT.forgotPassword, fill),
        { condition: 'success message (on login)', drive: async (widget: Locator) => (await fill(widget), await submit(widget), alertIn(widget, 'success')) },
      ].map((item): Case => ({ options, ...item })),
    );
    expect(own()).toEqual([]);
  });

  it('on the sign-up screen, in every condition, and its success message', async () => {
    const options: LatchOptions = { initialScreen: 'signUp', allowSignUp: true, loginAfterSignUp: false };
    await scan(
      page,
      'sign up',
      [
        { condition: 'idle' },
        {
          condition: 'invalid fields, rules partly met',
          drive: async (widget: Locator) => {
            await widget.getByRole('textbox', { name: 'Email' }).fill('not-an-email');
            await widget.getByLabel('Password', { exact: true }).fill('otter');
            await submit(widget);
            await fieldError(widget);
          },
        },
        ...failures(ENDPOINT.signUp, fillSignUp),
        { condition: 'success message (on login)', drive: async (widget: Locator) => (await fillSignUp(widget), await submit(widget), alertIn(widget, 'success')) },
      ].map((item): Case => ({ options, ...item })),
    );
    expect(own()).toEqual([]);
  });

  it("on the sign-up screen with Lock's additional fields and terms, idle and refused", async () => {
    const options: LatchOptions = {
      initialScreen: 'signUp',
      loginAfterSignUp: false,
      mustAcceptTerms: true,
      languageDictionary: { signUpTerms: 'I agree to the <a href="https://example.com/terms">terms of service</a>.' },
      additionalSignUpFields: [
        { name: 'given_name', placeholder: 'First name', storage: 'root' },
        { type: 'select', name: 'plan', placeholder: 'Plan', options: [{ value: 'free', label: 'Free' }] },
        { type: 'checkbox', name: 'news', placeholder: 'Send me the newsletter' },
      ],
    };
    await scan(
      page,
      'sign up with fields',
      [
        { condition: 'idle' },
        { condition: 'refused: no plan chosen, terms not accepted', drive: async (widget: Locator) => (await fillSignUp(widget), await submit(widget), fieldError(widget)) },
      ].map((item): Case => ({ options, ...item })),
    );
    expect(own()).toEqual([]);
  });

  it('on the reset-password screen, in every condition, for a dead link, and its success message', async () => {
    const bogus: LatchOptions = { initialScreen: 'resetPassword', resetPassword: { ticket: 'x', csrf: 'y', email: 'a@b.co' } };
    await scan(
      page,
      'reset password',
      [
        { condition: 'idle' },
        {
          condition: 'invalid fields',
          drive: async (widget: Locator) => {
            await widget.getByLabel('New password', { exact: true }).fill('otter');
            await widget.getByLabel('Confirm new password', { exact: true }).fill('otters');
            await submit(widget);
            await fieldError(widget);
          },
        },
        ...failures(ENDPOINT.resetPassword, (widget) => fillReset(widget)),
        { condition: 'link refused by the server', drive: async (widget: Locator) => (await fillReset(widget), await submit(widget), alertIn(widget, 'error')) },
      ].map((item): Case => ({ options: bogus, ...item })),
    );
    await scan(page, 'reset password', [
      { condition: 'expired link', options: { ...bogus, resetPassword: { ticket: 'x', csrf: 'y', email: 'a@b.co', state: 'expired' } } },
    ]);
    for (const mode of ['inline', 'modal'] as const) {
      const ticket = await realTicket();
      await scan(page, 'reset password', [
        {
          condition: 'success message (on login)',
          modes: [mode],
          options: { initialScreen: 'resetPassword', resetPassword: { ...ticket, email: DEMO_EMAIL } },
          drive: async (widget) => (await fillReset(widget, `${STRONG_PASSWORD}-${mode}`), await submit(widget), alertIn(widget, 'success')),
        },
      ]);
    }
    expect(own()).toEqual([]);
  });

  it('on the hosted reset page the email links to (built files from dist/), the whole document', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      // The page's strict CSP would refuse axe's injected script; the CSP gate is where that policy is tested.
      const context = await session.context({ colorScheme: scheme, reducedMotion: 'reduce', bypassCSP: true });
      const hosted = await context.newPage();
      await hosted.goto(await session.admin.requestPasswordReset(DEMO_EMAIL));
      const widget = hosted.locator('.latch[data-part=root]');
      await widget.locator('[data-part=title]').waitFor();
      const steps: [string, () => Promise<unknown>][] = [
        ['idle', async () => undefined],
        ['invalid fields', async () => (await submit(widget), fieldError(widget))],
        ['success message (on login)', async () => (await fillReset(widget, `${STRONG_PASSWORD}-${scheme}`), await submit(widget), alertIn(widget, 'success'))],
      ];
      for (const [condition, drive] of steps) {
        await drive();
        const found = await axe(hosted, 'html');
        const what = `hosted reset page · ${condition}`;
        scans += 1;
        scanned.set(what, [...(scanned.get(what) ?? []), `page ${scheme}`]);
        violations.push(...describeViolations(`${what} · ${scheme}`, [...found.violations, ...found.incomplete.filter((r) => r.id !== 'color-contrast')]));
        undecided.push(...describeViolations(`${what} · ${scheme}`, found.incomplete.filter((r) => r.id === 'color-contrast')));
      }
    }
    expect(own()).toEqual([]);
  });

  it('on the card shown for options it cannot work with', async () => {
    await scan(page, 'unrecoverable', [{ condition: 'bad options', options: { initialScreen: 'nowhere' as 'login' } }]);
    expect(own()).toEqual([]);
  });
});
