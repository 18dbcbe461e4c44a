import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { LatchOptions } from '../../src/index';
import { en, type Dictionary, type MessageKey } from '../../src/i18n/en';
import { ar } from '../../src/i18n/locales/ar';
import { he } from '../../src/i18n/locales/he';
import { ja } from '../../src/i18n/locales/ja';
import { ENDPOINT, mount, settle, summaryAtEnd, useFixture, type Mode, type Scheme } from '../helpers/a11y';
import { DEMO_EMAIL, DEMO_PASSWORD } from '../helpers/e2e';

/**
 * Every screen of the widget in English, Arabic, Hebrew and Japanese, light and dark, in real Chromium: a PNG of
 * each state (test-results/screenshots/i18n/<lang>-<scheme>-<state>.png, attached to the test's report) for a
 * person to look at, and per state what can be measured: `dir` and `lang` on the root and the language Chromium
 * draws and breaks the text by, the title in the language's own words, nothing outside the card or on top of
 * other text, text starting at the inline-start edge, the show/hide button at the input's inline end and clear of
 * its text, checklist marks before each rule, the back arrow mirrored (pointing right) and the close button on the
 * left in right-to-left languages, and a typed email running left to right in all of them.
 */
const session = useFixture();

const DIR = fileURLToPath(new URL('../../test-results/screenshots/i18n/', import.meta.url));
const LANGUAGES: Record<string, Dictionary> = { en, ar, he, ja };
const RTL = new Set(['ar', 'he']);
const SCHEMES: readonly Scheme[] = ['light', 'dark'];
/** Wide enough for the full card (the compact layout starts at 480 px), narrow enough to look at. */
const VIEWPORT = { width: 560, height: 900 };

interface State {
  readonly name: string;
  /** The title the screen shows, in the state's language. */
  readonly title: MessageKey;
  readonly mode?: Mode;
  readonly options?: LatchOptions;
  /** The card for unusable options is English, left to right and light whatever the options said: they may be what was wrong. */
  readonly english?: true;
  readonly drive?: (widget: Locator, page: Page) => Promise<void>;
}

const input = (widget: Locator, name: string) => widget.locator(`input[name=${name}]`);
const submit = (widget: Locator) => widget.locator('[data-part=submit]').click();
const alertIn = (widget: Locator, tone: string) => widget.locator(`[data-part=alert][data-tone=${tone}]:not(:empty)`).waitFor();
async function fillLogin(widget: Locator, password: string): Promise<void> {
  await input(widget, 'email').fill(DEMO_EMAIL);
  await input(widget, 'password').fill(password);
}
const RESET: LatchOptions['resetPassword'] = { ticket: 'x', csrf: 'y', email: DEMO_EMAIL };

const STATES: readonly State[] = [
  { name: 'login', title: 'login.title' },
  {
    name: 'login-invalid',
    title: 'login.title',
    drive: async (widget) => (await submit(widget), widget.locator('[data-part=field-error]').first().waitFor()),
  },
  {
    name: 'login-wrong-password',
    title: 'login.title',
    drive: async (widget) => (await fillLogin(widget, 'not-the-password'), await submit(widget), alertIn(widget, 'error')),
  },
  {
    name: 'login-429',
    title: 'login.title',
    drive: async (widget, page) => {
      // A wait long enough to stay on screen while it is photographed and measured (the mock's own is a second).
      // The login's first request (/co/authenticate: mount() logs in as the demo does, in a hidden frame).
      await page.route(`**${ENDPOINT.login}`, (route) =>
        route.fulfill({ status: 429, headers: { 'Retry-After': '30' }, contentType: 'application/json', body: JSON.stringify({ error: 'too_many_requests' }) }),
      );
      await fillLogin(widget, DEMO_PASSWORD);
      await submit(widget);
      await widget.locator('[data-part=submit][data-state=waiting]').waitFor();
      await alertIn(widget, 'error');
      await page.unroute(`**${ENDPOINT.login}`);
    },
  },
  { name: 'forgot', title: 'forgot.title', options: { initialScreen: 'forgotPassword' } },
  {
    name: 'forgot-sent',
    title: 'login.title',
    options: { initialScreen: 'forgotPassword' },
    drive: async (widget) => (await input(widget, 'email').fill(DEMO_EMAIL), await submit(widget), alertIn(widget, 'success')),
  },
  {
    name: 'sign-up',
    title: 'signUp.title',
    options: { initialScreen: 'signUp', allowShowPassword: true },
    drive: async (widget) => {
      await input(widget, 'email').fill('new.person@example.com');
      // Long enough for no rule, lower case and digits: two kinds of the three needed.
      await input(widget, 'password').fill('otter12');
      await widget.locator('[data-part=reveal]').click();
      await widget.locator('[data-part=reveal][aria-pressed=true]').waitFor();
    },
  },
  {
    name: 'reset',
    title: 'reset.title',
    options: { initialScreen: 'resetPassword', resetPassword: RESET },
    drive: async (widget) => input(widget, 'password').fill('Otter'),
  },
  { name: 'reset-dead-link', title: 'reset.title', options: { initialScreen: 'resetPassword', resetPassword: { ...RESET, state: 'expired' } } },
  {
    name: 'signed-in',
    title: 'signedIn.title',
    drive: async (widget) => (await fillLogin(widget, DEMO_PASSWORD), await submit(widget), widget.locator('[data-part=body]').waitFor()),
  },
  { name: 'unrecoverable', title: 'unrecoverable.title', english: true, options: { initialScreen: 'nowhere' as 'login' } },
  { name: 'modal', title: 'login.title', mode: 'modal' },
];

interface Box {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/** What one state looks like, measured in the page. */
interface Measured {
  readonly dir: string | null;
  readonly lang: string | null;
  readonly title: string;
  /** The language Chromium picks glyph forms and line breaks by, on the title (its -webkit-locale). */
  readonly locale: string;
  readonly alert: string;
  /** Card background, for the scheme: its relative luminance. */
  readonly surfaceLuminance: number;
  /** Text (and icon buttons) outside the card, or outside the element that holds it; the page scrolling sideways. */
  readonly overflow: string[];
  /** Two texts, or a text and an icon button, drawn over each other. */
  readonly overlaps: string[];
  /** Title, labels and subtitle whose text does not start at the card's inline-start edge. */
  readonly misaligned: string[];
  /** Each show/hide button, its input, and the input's text area (the box inside its padding). */
  readonly reveals: { button: Box; input: Box; text: Box }[];
  /** Each checklist rule and its text, to see the mark sits before it. */
  readonly rules: { rule: Box; text: Box; met: boolean }[];
  readonly back: { icon: Box; text: Box; transform: string } | null;
  readonly close: { button: Box; card: Box } | null;
}

function measure(widget: Locator): Promise<Measured> {
  return widget.evaluate((root): Measured => {
    const box = (r: DOMRect): Box => ({ left: r.left, right: r.right, top: r.top, bottom: r.bottom });
    const card = root.querySelector<HTMLElement>('[data-part=card]');
    if (!card) throw new Error('no card');
    const cardBox = card.getBoundingClientRect();
    const name = (el: Element) => `${el.tagName.toLowerCase()}[data-part=${el.getAttribute('data-part') ?? '-'}]`;
    const rtl = getComputedStyle(root).direction === 'rtl';

    // Every visible text node's line boxes, by node.
    const texts: { node: Text; rects: DOMRect[]; label: string }[] = [];
    const walker = root.ownerDocument.createTreeWalker(card, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node as Text;
      if (!text.data.trim() || text.parentElement?.closest('[data-part=visually-hidden]')) continue;
      const range = root.ownerDocument.createRange();
      range.selectNodeContents(text);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
      texts.push({ node: text, rects, label: `"${text.data.trim().slice(0, 24)}" in ${name(text.parentElement ?? card)}` });
    }
    const textBox = (el: Element): DOMRect => {
      const range = root.ownerDocument.createRange();
      range.selectNodeContents(el);
      return range.getBoundingClientRect();
    };

    const overflow: string[] = [];
    const outside = (r: Box, outer: Box) => r.left < outer.left - 1 || r.right > outer.right + 1;
    for (const { node, rects, label } of texts) {
      const holder = node.parentElement?.getBoundingClientRect();
      for (const r of rects) {
        if (outside(r, cardBox)) overflow.push(`${label} runs outside the card`);
        else if (holder && outside(r, holder)) overflow.push(`${label} runs outside its element`);
      }
    }
    const icons = [...card.querySelectorAll('[data-part=close], [data-part=reveal]')];
    for (const icon of icons) if (outside(icon.getBoundingClientRect(), cardBox)) overflow.push(`${name(icon)} sits outside the card`);
    const page = root.ownerDocument.scrollingElement;
    if (page && page.scrollWidth > page.clientWidth) overflow.push(`the page scrolls sideways (${page.scrollWidth} > ${page.clientWidth})`);

    // Overlaps: line boxes of different texts, and any text under an icon button, by more than a pixel each way.
    // Line boxes are the font's ascent to descent, which in Arabic and CJK fonts reach past the line height, so
    // two lines of one paragraph may touch: only different texts count.
    const overlaps: string[] = [];
    const cross = (a: Box, b: Box) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
    for (let i = 0; i < texts.length; i += 1) {
      for (let j = i + 1; j < texts.length; j += 1) {
        const [a, b] = [texts[i]!, texts[j]!];
        if (a.rects.some((ra) => b.rects.some((rb) => cross(ra, rb)))) overlaps.push(`${a.label} and ${b.label}`);
      }
      for (const icon of icons) {
        if (!icon.contains(texts[i]!.node) && texts[i]!.rects.some((r) => cross(r, icon.getBoundingClientRect()))) overlaps.push(`${texts[i]!.label} under ${name(icon)}`);
      }
    }

    // Start-aligned text: its first line starts at the card's content edge on the inline-start side.
    const style = getComputedStyle(card);
    const contentStart = rtl ? cardBox.right - parseFloat(style.paddingRight) - parseFloat(style.borderRightWidth) : cardBox.left + parseFloat(style.paddingLeft) + parseFloat(style.borderLeftWidth);
    const misaligned: string[] = [];
    for (const el of card.querySelectorAll('[data-part=title], [data-part=subtitle], [data-part=label]')) {
      const r = textBox(el);
      const start = rtl ? r.right : r.left;
      if (Math.abs(start - contentStart) > 1.5) misaligned.push(`${name(el)} starts at ${start.toFixed(1)}, the card's content at ${contentStart.toFixed(1)}`);
    }

    const reveals = [...card.querySelectorAll('[data-part=reveal]')].map((button) => {
      const field = button.parentElement?.querySelector('input');
      if (!field) throw new Error('a reveal button without its input');
      const r = field.getBoundingClientRect();
      const s = getComputedStyle(field);
      const text = { left: r.left + parseFloat(s.borderLeftWidth) + parseFloat(s.paddingLeft), right: r.right - parseFloat(s.borderRightWidth) - parseFloat(s.paddingRight), top: r.top, bottom: r.bottom };
      return { button: box(button.getBoundingClientRect()), input: box(r), text };
    });
    const rules = [...card.querySelectorAll('[data-part=rule]')].map((rule) => {
      const first = [...rule.childNodes].find((n): n is Text => n instanceof Text && n.data.trim() !== '');
      const range = root.ownerDocument.createRange();
      if (first) range.selectNodeContents(first);
      return { rule: box(rule.getBoundingClientRect()), text: box(range.getBoundingClientRect()), met: rule.hasAttribute('data-met') };
    });
    const icon = card.querySelector('[data-part=icon-back]');
    const link = icon?.parentElement;
    const label = link && [...link.childNodes].find((n): n is Text => n instanceof Text);
    let back: Measured['back'] = null;
    if (icon && label) {
      const range = root.ownerDocument.createRange();
      range.selectNodeContents(label);
      back = { icon: box(icon.getBoundingClientRect()), text: box(range.getBoundingClientRect()), transform: getComputedStyle(icon).transform };
    }
    const closeButton = card.querySelector('[data-part=close]');

    // Relative luminance of the card's background (opaque in both schemes).
    const [r = 0, g = 0, b = 0] = (style.backgroundColor.match(/[\d.]+/g) ?? []).map(Number);
    const lin = (c: number) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
    return {
      dir: root.getAttribute('dir'),
      lang: root.getAttribute('lang'),
      title: card.querySelector('[data-part=title]')?.textContent ?? '',
      locale: getComputedStyle(card.querySelector('[data-part=title]') ?? card).getPropertyValue('-webkit-locale'),
      alert: card.querySelector('[data-part=alert]')?.textContent ?? '',
      surfaceLuminance: 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b),
      overflow,
      overlaps,
      misaligned,
      reveals,
      rules,
      back,
      close: closeButton ? { button: box(closeButton.getBoundingClientRect()), card: box(cardBox) } : null,
    };
  });
}

/**
 * Where the typed text's pixels start and end inside an input, from the input's left border edge: the input is
 * photographed and its pixels read back through a canvas, the same pixels a person sees.
 */
async function inkOf(page: Page, field: Locator): Promise<{ left: number; right: number; width: number }> {
  const png = await field.screenshot({ caret: 'hide' });
  return page.evaluate(async (base64) => {
    const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2d canvas');
    ctx.drawImage(bitmap, 0, 0);
    const { data, width, height } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
    const at = (x: number, y: number) => (y * width + x) * 4;
    // The background just inside the top border, halfway along: above any text.
    const bg = at(Math.floor(width / 2), 4);
    let left = width;
    let right = -1;
    for (let y = Math.floor(height * 0.25); y < height * 0.75; y += 1) {
      for (let x = 4; x < width - 4; x += 1) {
        const i = at(x, y);
        const diff = Math.abs(data[i]! - data[bg]!) + Math.abs(data[i + 1]! - data[bg + 1]!) + Math.abs(data[i + 2]! - data[bg + 2]!);
        if (diff > 96) [left, right] = [Math.min(left, x), Math.max(right, x)];
      }
    }
    return { left, right, width };
  }, png.toString('base64'));
}

const centre = (b: Box) => (b.left + b.right) / 2;
let shots = 0;
summaryAtEnd(() => `i18n screens: ${shots} screenshots (${STATES.length} states × ${Object.keys(LANGUAGES).length} languages × light/dark) in test-results/screenshots/i18n/`);

let page: Page;
beforeAll(() => mkdirSync(DIR, { recursive: true }));
beforeEach(async () => {
  await session.admin.reset();
  page = await session.open({ viewport: VIEWPORT, reducedMotion: 'reduce' });
});

describe.each(Object.keys(LANGUAGES))('%s', (language) => {
  const dict = LANGUAGES[language]!;
  const rtl = RTL.has(language);

  it.for(SCHEMES)('every screen in the %s scheme: its own words, its direction, nothing clipped or overlapping', async (scheme, { annotate }) => {
    // The page around the widget in the same scheme, so a dark card is seen as a dark page shows it, and without the
    // fixture's own heading and button.
    await page.evaluate((dark) => {
      document.body.style.background = dark ? '#0c111d' : '#f2f4f7';
      for (const el of document.querySelectorAll<HTMLElement>('main > h1, #open-modal')) el.hidden = true;
    }, scheme === 'dark');
    // Pages register the languages they use; a widget built before that registry reads the dictionary option alone.
    await page.evaluate(
      ({ code, json }) => (window as unknown as { Latch: { addLanguage?: (code: string, dictionary: object) => void } }).Latch.addLanguage?.(code, JSON.parse(json) as object),
      { code: language, json: JSON.stringify(dict) },
    );
    // Measured as the screens go, judged at the end: vitest takes no attachment once a soft assertion has failed.
    const measured: { state: State; where: string; seen: Measured; ink?: { left: number; right: number; width: number } }[] = [];
    for (const state of STATES) {
      const where = `${language} ${scheme} ${state.name}`;
      const mode = state.mode ?? 'inline';
      const widget = await mount(page, session.tenant, mode, {
        theme: { primaryColor: '#4f46e5', logo: '/logo.svg', colorScheme: scheme },
        language,
        languageDictionary: dict,
        allowSignUp: true,
        ...state.options,
      });
      await state.drive?.(widget, page);
      // No hover colour left on whatever was clicked last.
      await page.mouse.move(0, 0);
      await settle(page);

      const path = `${DIR}${language}-${scheme}-${state.name}.png`;
      const card = await widget.locator('[data-part=card]').boundingBox();
      if (!card) throw new Error(`${where}: no card on screen`);
      const pad = 24;
      const clip =
        mode === 'modal'
          ? { x: 0, y: 0, ...VIEWPORT }
          : { x: Math.max(0, card.x - pad), y: Math.max(0, card.y - pad), width: Math.min(VIEWPORT.width, card.width + 2 * pad), height: card.height + 2 * pad };
      await page.screenshot({ path, clip, fullPage: mode !== 'modal' });
      shots += 1;
      await annotate(where, { path, contentType: 'image/png' });

      // An email typed in Latin letters, on the sign-up screen: where its pixels run.
      const ink = state.name === 'sign-up' ? await inkOf(page, input(widget, 'email')) : undefined;
      measured.push({ state, where, seen: await measure(widget), ink });
    }

    for (const { state, where, seen, ink } of measured) {
      const words = state.english ? en : dict;
      const right = rtl && !state.english;
      expect.soft(seen.lang, `${where}: lang`).toBe(state.english ? 'en' : language);
      expect.soft(seen.dir, `${where}: dir`).toBe(right ? 'rtl' : 'ltr');
      expect.soft(seen.title, `${where}: the title in the language's words`).toBe(words[state.title]);
      // Without it Chromium would draw Chinese in Japanese glyph forms and break lines by no language's rules.
      expect.soft(seen.locale, `${where}: the language's glyphs and line breaks`).toBe(`"${state.english ? 'en' : language}"`);
      expect.soft(seen.overflow, `${where}: text outside where it belongs`).toEqual([]);
      expect.soft(seen.overlaps, `${where}: text drawn over other text`).toEqual([]);
      expect.soft(seen.misaligned, `${where}: text not at the inline-start edge`).toEqual([]);
      // The card for unusable options drops every option, the scheme too: it is light.
      if (scheme === 'dark' && !state.english) expect.soft(seen.surfaceLuminance, `${where}: a dark card`).toBeLessThan(0.05);
      else expect.soft(seen.surfaceLuminance, `${where}: a light card`).toBeGreaterThan(0.8);

      for (const { button, input: field, text } of seen.reveals) {
        // At the input's inline end (the left in right-to-left), and not over where the typed text runs.
        expect.soft(right ? centre(button) < centre(field) : centre(button) > centre(field), `${where}: show/hide at the input's inline end`).toBe(true);
        expect.soft(right ? button.right <= text.left + 0.5 : button.left >= text.right - 0.5, `${where}: show/hide clear of the typed text`).toBe(true);
      }
      for (const { rule, text } of seen.rules) {
        // The ring or dot (about 12 px) and an 8 px gap before each rule's words, on the inline-start side.
        expect.soft(right ? rule.right - text.right : text.left - rule.left, `${where}: a mark before each rule`).toBeGreaterThanOrEqual(18);
      }
      if (ink) {
        // Latin text runs left to right from the input's left padding, in a right-to-left widget too: typed
        // punctuation stays where it was typed ("name@", not "@name"). The input's padding is 14 px, its border 1.
        expect.soft(ink.left, `${where}: a typed email starts at the input's left`).toBeGreaterThanOrEqual(12);
        expect.soft(ink.left, `${where}: a typed email starts at the input's left`).toBeLessThanOrEqual(18);
      }
      if (seen.back) {
        // The chevron is drawn pointing left; mirrored, it points right, the way back in a right-to-left layout.
        expect.soft(seen.back.transform, `${where}: back arrow mirrored only in right-to-left`).toBe(right ? 'matrix(-1, 0, 0, 1, 0, 0)' : 'none');
        expect.soft(right ? seen.back.icon.left >= seen.back.text.right - 0.5 : seen.back.icon.right <= seen.back.text.left + 0.5, `${where}: back arrow before its words`).toBe(true);
      }
      if (seen.close) {
        const { button, card: c } = seen.close;
        expect.soft(right ? centre(button) < centre(c) : centre(button) > centre(c), `${where}: close button in the inline-end corner`).toBe(true);
      }

      // The states themselves, so each picture shows what its name says.
      if (state.name === 'sign-up' || state.name === 'reset') {
        expect.soft(seen.rules.some((r) => r.met) && seen.rules.some((r) => !r.met), `${where}: checklist partly met`).toBe(true);
      }
      if (state.name === 'reset-dead-link') expect.soft(seen.alert, `${where}: why the link is dead`).toBe(dict['reset.linkExpired']);
      if (state.name === 'login-wrong-password') expect.soft(seen.alert, `${where}: wrong password`).toBe(dict['error.invalidCredentials']);
      if (state.name === 'forgot-sent') expect.soft(seen.alert, `${where}: email sent`).toBe(dict['forgot.success']);
      if (state.name === 'forgot') expect.soft(seen.back, `${where}: a back link with its arrow`).not.toBeNull();
    }
  });
});
