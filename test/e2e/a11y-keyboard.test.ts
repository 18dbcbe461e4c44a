import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { en } from '../../src/i18n/en';
import { summaryAtEnd } from '../helpers/a11y';
import { DEMO_EMAIL, DEMO_PASSWORD, EVENTUALLY, isFocused, useDemoPage } from '../helpers/e2e';

/**
 * The demo page driven by keyboard alone: no click, no pointer event at all. Then every message the widget has,
 * checked to be said once, by its one live region, and field errors checked to belong to their fields.
 */
const session = useDemoPage();

const screenChanges: string[] = [];
const announced: string[] = [];
let fieldChecks = 0;
summaryAtEnd(
  () =>
    `a11y keyboard gate: journey by keyboard alone through ${screenChanges.length} screen changes with focus checked ` +
    `(${[...new Set(screenChanges)].join(', ')}), modal closed by Escape twice and by logging in, focus back on its opener each time; ` +
    `live region: ${announced.length} messages each announced once (${announced.join(', ')}), ${fieldChecks} field errors tied to their fields`,
);

/** Counts pointer input on the page, so the journey can prove it used none. */
async function countPointer(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const w = window as unknown as { pointerEvents: number };
    w.pointerEvents = 0;
    for (const type of ['pointerdown', 'mousedown', 'click', 'touchstart']) {
      // A click that a key press synthesises on a button has detail 0; a real pointer click has detail ≥ 1.
      document.addEventListener(type, (event) => ((event as MouseEvent).detail !== 0 || type !== 'click') && (w.pointerEvents += 1), true);
    }
  });
  return () => page.evaluate(() => (window as unknown as { pointerEvents: number }).pointerEvents);
}

/** What has focus, in words, for failure messages. */
function focusedElement(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el) return 'nothing';
    const name = el.getAttribute('aria-label') ?? (el as HTMLInputElement).labels?.[0]?.textContent ?? el.textContent ?? '';
    return `${el.tagName.toLowerCase()}[data-part=${el.getAttribute('data-part') ?? '-'}] "${name.trim().slice(0, 40)}"`;
  });
}

async function expectFocus(page: Page, target: Locator, what: string): Promise<void> {
  await expect
    .poll(() => isFocused(target), { ...EVENTUALLY, message: `focus on ${what} (it is on ${await focusedElement(page)})` })
    .toBe(true);
}

/** Presses `key` until `target` has focus; fails after `limit` presses. */
async function pressUntil(page: Page, key: string, target: Locator, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    if (await isFocused(target)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`${key} × ${limit} never reached the target; focus is on ${await focusedElement(page)}`);
}

/** A screen change: the new screen's title (or its first field) must have focus. */
async function landedOn(page: Page, scope: Locator, title: string, target?: Locator): Promise<void> {
  await scope.getByRole('heading', { name: title, exact: true }).waitFor();
  await expectFocus(page, target ?? scope.getByRole('heading', { name: title, exact: true }), `the "${title}" screen's ${target ? 'first field' : 'title'}`);
  screenChanges.push(title);
}

describe('the whole journey by keyboard alone', () => {
  it('logs in wrong then right, reaches forgot password and back, reveals the password, and opens and closes the modal', async () => {
    const { page, widget } = session;
    const pointer = await countPointer(page);
    const email = widget.getByRole('textbox', { name: 'Email' });
    const password = widget.getByLabel('Password', { exact: true });
    const alert = widget.locator('[data-part=alert]');

    // The page's first widget takes focus in its first field.
    await expectFocus(page, email, 'the email field (autofocus)');
    await page.keyboard.type(DEMO_EMAIL);
    await page.keyboard.press('Tab');
    await expectFocus(page, password, 'the password field');
    await page.keyboard.type('not-the-password');

    // Reveal with Space, hide with Enter; focus stays on the toggle, which says what it does now.
    await page.keyboard.press('Tab');
    const show = widget.getByRole('button', { name: 'Show password' });
    await expectFocus(page, show, 'the show-password toggle');
    await page.keyboard.press('Space');
    const hide = widget.getByRole('button', { name: 'Hide password' });
    await expectFocus(page, hide, 'the toggle, now hide-password');
    expect(await hide.getAttribute('aria-pressed')).toBe('true');
    expect(await password.getAttribute('type')).toBe('text');
    await page.keyboard.press('Enter');
    await expectFocus(page, show, 'the toggle, back to show-password');
    expect(await show.getAttribute('aria-pressed')).toBe('false');
    expect(await password.getAttribute('type')).toBe('password');

    // Wrong password: Enter in the field submits; focus goes back to the (emptied) password to try again.
    await page.keyboard.press('Shift+Tab');
    await expectFocus(page, password, 'the password field (Shift+Tab)');
    await page.keyboard.press('Enter');
    await expect.poll(() => alert.textContent(), EVENTUALLY).toBe(en['error.invalidCredentials']);
    await expectFocus(page, password, 'the password field after a wrong password');

    // The Tab order follows the screen: password, toggle, submit, forgot link, sign-up switch.
    const order: string[] = [];
    for (let i = 0; i < 4; i += 1) {
      await page.keyboard.press('Tab');
      order.push(await focusedElement(page));
    }
    expect(order).toEqual([
      'button[data-part=reveal] "Show password"',
      `button[data-part=submit] "${en['login.submit']}"`,
      `button[data-part=link] "${en['login.forgotLink']}"`,
      `button[data-part=link] "${en['switch.signUp']}"`,
    ]);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await landedOn(page, widget, en['forgot.title']);

    // Send the reset email: the email was kept; success lands on login, its title focused, the message said.
    await page.keyboard.press('Tab');
    await expectFocus(page, email, 'the email field on forgot password');
    expect(await email.inputValue()).toBe(DEMO_EMAIL);
    await page.keyboard.press('Tab');
    await expectFocus(page, widget.getByRole('button', { name: en['forgot.submit'] }), 'the send button');
    await page.keyboard.press('Enter');
    await landedOn(page, widget, en['login.title']);
    expect(await alert.textContent()).toBe(en['forgot.success']);

    // Forgot password again, then "Back to log in" with Space.
    await pressUntil(page, 'Tab', widget.getByRole('button', { name: en['login.forgotLink'] }));
    await page.keyboard.press('Space');
    await landedOn(page, widget, en['forgot.title']);
    await pressUntil(page, 'Tab', widget.getByRole('button', { name: en['forgot.back'] }));
    await page.keyboard.press('Space');
    await landedOn(page, widget, en['login.title']);

    // The right password this time.
    await pressUntil(page, 'Tab', password);
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Enter');
    await landedOn(page, widget, en['signedIn.title']);

    // Back up the page to the demo's "Open modal" button and open it with Enter: focus goes into the dialog, to
    // its first field to fill in (the email is carried over, so the password).
    const opener = page.getByRole('button', { name: 'Open modal' });
    await pressUntil(page, 'Shift+Tab', opener);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await landedOn(page, dialog, en['login.title'], dialog.getByLabel('Password', { exact: true }));

    // A screen change inside the dialog moves focus to its title too; Escape closes from anywhere inside.
    await pressUntil(page, 'Tab', dialog.getByRole('button', { name: en['login.forgotLink'] }));
    await page.keyboard.press('Enter');
    await landedOn(page, dialog, en['forgot.title']);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expectFocus(page, opener, 'the "Open modal" button after Escape');

    // Space opens it as well; Escape from a field closes it, and focus is back on the opener again.
    await page.keyboard.press('Space');
    await dialog.waitFor();
    await landedOn(page, dialog, en['login.title'], dialog.getByLabel('Password', { exact: true }));
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expectFocus(page, opener, 'the "Open modal" button after the second Escape');

    // Logging in through the modal closes it by itself: focus goes back to the opener then too.
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await landedOn(page, dialog, en['login.title'], dialog.getByLabel('Password', { exact: true }));
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await expectFocus(page, opener, 'the "Open modal" button after logging in through the modal');

    expect(await pointer(), 'pointer events during the journey').toBe(0);
  });
});

/**
 * Starts recording what the widget's live region says: each distinct text it holds, in order. Fails later if the
 * region is replaced (a new region is often not announced) rather than updated.
 */
async function recordAlert(widget: Locator): Promise<() => Promise<{ texts: string[]; sameNode: boolean }>> {
  await widget.locator('[data-part=alert]').evaluate((region) => {
    const w = window as unknown as { alertTexts: string[]; alertNode: Element };
    w.alertTexts = [];
    w.alertNode = region;
    const note = () => {
      const text = region.textContent?.trim() ?? '';
      if (text !== w.alertTexts.at(-1)) w.alertTexts.push(text);
    };
    new MutationObserver(note).observe(region, { childList: true, characterData: true, subtree: true });
  });
  return () =>
    widget.locator('[data-part=alert]').evaluate((region) => {
      const w = window as unknown as { alertTexts: string[]; alertNode: Element };
      // Each change to a new non-empty text is one announcement: said, cleared and said again counts twice.
      const texts = w.alertTexts.filter((text) => text !== '');
      return { texts, sameNode: region === w.alertNode };
    });
}

/** Every live region on the page besides the widget's own, and what each holds. */
function otherLiveRegions(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('[aria-live]:not([aria-live=off]), [role=status], [role=alert], [role=log], [role=timer], [role=marquee]')]
      .filter((el) => el.getAttribute('data-part') !== 'alert')
      .map((el) => el.textContent ?? ''),
  );
}

async function expectAnnouncedOnce(page: Page, widget: Locator, read: Awaited<ReturnType<typeof recordAlert>>, text: string | RegExp, what: string) {
  const alert = widget.locator('[data-part=alert]');
  await expect.poll(() => alert.textContent(), EVENTUALLY).toMatch(text);
  // Time for a second announcement to show up if something were to re-render the message.
  await page.waitForTimeout(what === '429 wait' ? 2500 : 300);
  const { texts, sameNode } = await read();
  expect(sameNode, `${what}: the live region was replaced instead of updated`).toBe(true);
  expect(texts, `${what}: what the live region said`).toHaveLength(1);
  expect(texts[0]).toMatch(text);
  expect(await alert.getAttribute('role')).toBe('status');
  expect(await alert.getAttribute('aria-live')).toBe('polite');
  const message = texts[0] ?? '';
  const elsewhere = (await otherLiveRegions(page)).filter((other) => other.includes(message));
  expect(elsewhere, `${what}: another live region also holds the message`).toEqual([]);
  expect(await widget.locator('[role=alert], [aria-live=assertive]').count(), 'no assertive duplicate').toBe(0);
  announced.push(what);
}

async function logIn(widget: Locator, password: string): Promise<void> {
  await widget.getByRole('textbox', { name: 'Email' }).fill(DEMO_EMAIL);
  await widget.getByLabel('Password', { exact: true }).fill(password);
  await widget.getByRole('button', { name: en['login.submit'], exact: true }).click();
}

/** The login's first request: the demo's widget logs in in a hidden frame, starting at /co/authenticate. */
const LOGIN = '/co/authenticate';

describe('messages are announced once, by the one live region', () => {
  it('a wrong password, a server error, a dropped connection and a rate limit', async () => {
    const { page, widget, admin } = session;
    const wait = /^Too many attempts\. Please try again in \d+ (seconds?|minutes?)\.$/;

    let read = await recordAlert(widget);
    await logIn(widget, 'not-the-password');
    await expectAnnouncedOnce(page, widget, read, en['error.invalidCredentials'], 'wrong password');

    read = await recordAlert(widget);
    await admin.addFault({ path: LOGIN, status: 500, times: 1 });
    await logIn(widget, DEMO_PASSWORD);
    await expectAnnouncedOnce(page, widget, read, en['error.server'], 'server error');

    read = await recordAlert(widget);
    // Until cleared (below): Chromium silently resends a request whose reused keep-alive connection drops before
    // answering, and /co/authenticate, sent with credentials, shares its connections with the page's own polling.
    await admin.addFault({ path: LOGIN, network: true });
    await logIn(widget, DEMO_PASSWORD);
    await expectAnnouncedOnce(page, widget, read, en['error.network'], 'network error');
    await admin.clearFaults();

    // The wait counts down on the button; the live region says it once and stays put while the clock runs.
    read = await recordAlert(widget);
    await admin.addFault({ path: LOGIN, status: 429, times: 1 });
    await logIn(widget, DEMO_PASSWORD);
    await expectAnnouncedOnce(page, widget, read, wait, '429 wait');
  });

  it('going offline, and the success message after a reset email', async () => {
    const { page, widget } = session;
    let read = await recordAlert(widget);
    await page.context().setOffline(true);
    await expectAnnouncedOnce(page, widget, read, en['error.offline'], 'offline');
    await page.context().setOffline(false);

    await widget.getByRole('button', { name: en['login.forgotLink'] }).click();
    await widget.getByRole('heading', { name: en['forgot.title'] }).waitFor();
    read = await recordAlert(widget);
    await widget.getByRole('textbox', { name: 'Email' }).fill(DEMO_EMAIL);
    await widget.getByRole('button', { name: en['forgot.submit'] }).click();
    await expectAnnouncedOnce(page, widget, read, en['forgot.success'], 'reset email sent');
  });
});

/** Each invalid field: aria-invalid, and aria-describedby naming the visible error under it. */
async function expectTiedErrors(widget: Locator, fields: Record<string, string>): Promise<void> {
  for (const [label, message] of Object.entries(fields)) {
    const input = widget.getByLabel(label, { exact: true });
    await expect.poll(() => input.getAttribute('aria-invalid'), EVENTUALLY).toBe('true');
    const ids = (await input.getAttribute('aria-describedby'))?.split(/\s+/) ?? [];
    const descriptions = await widget.evaluate(
      (root, ids) => ids.map((id) => root.ownerDocument.getElementById(id)).filter((el) => el?.matches('[data-part=field-error]')).map((el) => el?.textContent ?? ''),
      ids,
    );
    expect(descriptions, `the error that describes "${label}"`).toEqual([message]);
    expect(await widget.getByText(message, { exact: true }).isVisible()).toBe(true);
    fieldChecks += 1;
  }
}

describe('field errors belong to their fields', () => {
  it('on login, forgot password and sign-up, and the error goes once the field is fixed', async () => {
    const { widget } = session;
    await widget.getByRole('button', { name: en['login.submit'], exact: true }).click();
    await expectTiedErrors(widget, { Email: en['validation.emailRequired'], Password: en['validation.passwordRequired'] });
    const email = widget.getByRole('textbox', { name: 'Email' });
    await email.fill(DEMO_EMAIL);
    await expect.poll(() => email.getAttribute('aria-invalid'), EVENTUALLY).toBe(null);
    expect(await email.getAttribute('aria-describedby')).toBe(null);

    await widget.getByRole('button', { name: en['login.forgotLink'] }).click();
    await email.fill('not-an-email');
    await widget.getByRole('button', { name: en['forgot.submit'] }).click();
    await expectTiedErrors(widget, { Email: en['validation.emailInvalid'] });

    await widget.getByRole('button', { name: en['forgot.back'] }).click();
    await widget.getByRole('button', { name: en['switch.signUp'] }).click();
    await widget.getByLabel('Password', { exact: true }).fill('otter');
    await widget.getByRole('button', { name: en['signUp.submit'], exact: true }).click();
    await expectTiedErrors(widget, { Email: en['validation.emailInvalid'], Password: en['validation.passwordPolicy'] });
    // The password also points at the rules it must meet.
    const described = await widget.getByLabel('Password', { exact: true }).getAttribute('aria-describedby');
    expect(await widget.locator('[data-part=policy]').getAttribute('id')).toBe(described?.split(' ')[1]);
  });
});
