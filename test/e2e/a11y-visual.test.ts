import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { LatchOptions } from '../../src/index';
import { contrast, ENDPOINT, mount, over, settle, summaryAtEnd, toRgba, useFixture, type Rgba } from '../helpers/a11y';
import { DEMO_EMAIL } from '../helpers/e2e';

/**
 * What axe cannot see: the focus ring's contrast on every control, the layout at 200% zoom and at 320 px, and
 * reduced motion, in real Chromium on the bare fixture page.
 */
const session = useFixture();

const counts = { rings: 0, layouts: 0, motion: 0, inlineLinks: 0 };
summaryAtEnd(
  () =>
    `a11y visual gate: ${counts.rings} focus rings measured ≥ 3:1 against what is next to them (every control × screens × light/dark × inline/modal × 2 brand colours); ` +
    `${counts.layouts} layouts at 640 px (200% zoom), 320 px and 320 px with WCAG text spacing, no horizontal scroll or clipping; ` +
    `${counts.motion} elements of a pending modal (backdrop, card, spinner, controls…) all still under prefers-reduced-motion; ` +
    `${counts.inlineLinks} links in running text told apart by more than colour`,
);

const SCREENS: Record<string, LatchOptions> = {
  login: {},
  'forgot password': { initialScreen: 'forgotPassword' },
  'sign up': { initialScreen: 'signUp', allowSignUp: true },
  'reset password': { initialScreen: 'resetPassword', resetPassword: { ticket: 'x', csrf: 'y', email: 'a.rather.long.address.for.a.narrow.card@example-company.co' } },
  'reset link expired': { initialScreen: 'resetPassword', resetPassword: { ticket: 'x', csrf: 'y', email: 'a@b.co', state: 'expired' } },
};

interface Ring {
  readonly name: string;
  readonly style: string;
  readonly width: number;
  readonly ring: string;
  /** Colours from the ring's neighbour outward to the page, to composite. */
  readonly behind: readonly string[];
}

/** Tabs through the widget from its title and measures the focus ring of each control that takes focus. */
async function ringsOf(page: Page, widget: Locator): Promise<Ring[]> {
  await widget.locator('[data-part=title]').focus();
  const rings: Ring[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < 12; i += 1) {
    // The pages here run with reduced motion, so the ring is drawn in its final colour at once.
    await page.keyboard.press('Tab');
    const ring = await widget.evaluate((root) => {
      const el = root.ownerDocument.activeElement;
      if (!el || !root.contains(el) || !(el instanceof HTMLElement)) return null;
      const style = getComputedStyle(el);
      const width = parseFloat(style.outlineWidth);
      const offset = parseFloat(style.outlineOffset);
      // The pixel just beside the ring at the control's start edge: outside it for an outward ring (on whatever the
      // control sits on), inside it for an inward one (the control, and what shows through it, e.g. the input
      // under the reveal button). What paints there is every element stacked at that point, top first.
      const box = el.getBoundingClientRect();
      const x = offset < 0 ? box.left - offset + 0.5 : box.left - offset - width - 0.5;
      const behind = root.ownerDocument.elementsFromPoint(x, box.top + box.height / 2).map((node) => getComputedStyle(node).backgroundColor);
      const label = el.getAttribute('aria-label') ?? (el instanceof HTMLInputElement ? el.labels?.[0]?.textContent : el.textContent) ?? '';
      const name = `${el.tagName.toLowerCase()}[data-part=${el.dataset.part ?? '-'}] "${label.trim().slice(0, 30)}"`;
      return { name, style: style.outlineStyle, width, ring: style.outlineColor, behind };
    });
    if (!ring || seen.has(ring.name)) break;
    seen.add(ring.name);
    rings.push(ring);
  }
  return rings;
}

/** The opaque colour a stack of backgrounds paints, over a white page. */
function composite(layers: readonly Rgba[]): Rgba {
  return layers.reduceRight<Rgba>((below, layer) => over(layer, below), [255, 255, 255, 1]);
}

describe('the focus ring', () => {
  it('is at least 2 px and 3:1 against what surrounds it on every control, light and dark, inline and modal, for two brand colours', async () => {
    const problems: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      const page = await session.open({ colorScheme: scheme, reducedMotion: 'reduce' });
      for (const primaryColor of ['#4f46e5', '#f5c400']) {
        for (const mode of ['inline', 'modal'] as const) {
          for (const [screen, options] of Object.entries(SCREENS)) {
            const widget = await mount(page, session.tenant, mode, { ...options, autofocus: false, theme: { primaryColor, colorScheme: 'auto' } });
            const rings = await ringsOf(page, widget);
            expect(rings.length, `${screen} ${mode}: controls reached by Tab`).toBeGreaterThan(mode === 'modal' ? 1 : 0);
            for (const ring of rings) {
              const [color = [0, 0, 0, 0] as Rgba, ...behind] = await toRgba(page, [ring.ring, ...ring.behind]);
              const background = composite(behind);
              const ratio = contrast(over(color, background), background);
              counts.rings += 1;
              const where = `${screen} · ${mode} · ${scheme} · ${primaryColor} · ${ring.name}`;
              if (ring.style === 'none' || ring.width < 2) problems.push(`${where}: no visible ring (${ring.style} ${ring.width}px)`);
              const beside = `rgb(${background.slice(0, 3).map(Math.round).join(', ')})`;
              if (ratio < 3) problems.push(`${where}: ring ${ring.ring} beside ${beside} is ${ratio.toFixed(2)}:1`);
            }
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('a link inside a sentence', () => {
  it('is told apart from the words around it by more than colour (underlined, or 3:1 against the text), light and dark', async () => {
    const problems: string[] = [];
    let checked = 0;
    for (const scheme of ['light', 'dark'] as const) {
      const page = await session.open({ colorScheme: scheme, reducedMotion: 'reduce' });
      for (const [screen, options] of Object.entries({ login: {}, 'sign up': { initialScreen: 'signUp' as const } })) {
        const widget = await mount(page, session.tenant, 'inline', { ...options, allowSignUp: true });
        const links = await widget.evaluate((root) =>
          [...root.querySelectorAll<HTMLElement>('[data-part=link]')]
            // In running text: its parent holds words of its own besides the link.
            .filter((link) => [...(link.parentElement?.childNodes ?? [])].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim()))
            .map((link) => ({
              text: link.textContent ?? '',
              underline: getComputedStyle(link).textDecorationLine.includes('underline'),
              color: getComputedStyle(link).color,
              around: getComputedStyle(link.parentElement ?? link).color,
            })),
        );
        expect(links.length, `${screen}: the account switch is a link in a sentence`).toBeGreaterThan(0);
        for (const link of links) {
          const [color = [0, 0, 0, 1] as Rgba, around = [0, 0, 0, 1] as Rgba] = await toRgba(page, [link.color, link.around]);
          const ratio = contrast(color, around);
          checked += 1;
          if (!link.underline && ratio < 3) problems.push(`${screen} · ${scheme}: "${link.text}" differs from its sentence by colour alone (${ratio.toFixed(2)}:1)`);
        }
      }
    }
    counts.inlineLinks = checked;
    expect(problems).toEqual([]);
  });
});

/** Anything wider than the viewport, or cut off inside the widget. */
async function layoutProblems(page: Page, widget: Locator): Promise<string[]> {
  await settle(page);
  return widget.evaluate((root) => {
    const doc = root.ownerDocument.documentElement;
    const width = doc.clientWidth;
    const out: string[] = [];
    if (doc.scrollWidth > width) out.push(`the page scrolls sideways: ${doc.scrollWidth} > ${width}`);
    for (const el of root.querySelectorAll<HTMLElement>('[data-part]')) {
      const part = el.dataset.part ?? '';
      if (part === 'visually-hidden' || el.closest('[data-part=visually-hidden]')) continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      if (box.left < -0.5 || box.right > width + 0.5) out.push(`${part} reaches outside the viewport (${Math.round(box.left)}–${Math.round(box.right)} of ${width})`);
      // Inputs scroll their own text by design; anything else wider inside than out has content cut off or scrolling.
      if (el.tagName !== 'INPUT' && el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0) out.push(`${part} overflows (${el.scrollWidth} > ${el.clientWidth})`);
    }
    return out;
  });
}

const TEXT_SPACING =
  '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-block-end: 2em !important; }';

describe('at 200% zoom and at 320 px', () => {
  it('no screen scrolls sideways or cuts anything off, inline or modal, with messages and field errors shown, and with wider text spacing', async () => {
    const problems: string[] = [];
    // 640 px is a 1280 px window at 200% zoom: CSS lays the page out at the same width either way. The last pass
    // adds WCAG 1.4.12's text spacing (as a reader's own stylesheet would, reaching every element) at 320 px.
    const passes = [
      { name: '640px', viewport: { width: 640, height: 450 } },
      { name: '320px', viewport: { width: 320, height: 568 } },
      { name: '320px + text spacing', viewport: { width: 320, height: 568 }, css: TEXT_SPACING },
    ];
    for (const { name, viewport, css } of passes) {
      const page = await session.open({ viewport, reducedMotion: 'reduce' });
      if (css) await page.addStyleTag({ content: css });
      for (const mode of ['inline', 'modal'] as const) {
        for (const [screen, options] of Object.entries(SCREENS)) {
          const widget = await mount(page, session.tenant, mode, options);
          const where = `${name} · ${mode} · ${screen}`;
          problems.push(...(await layoutProblems(page, widget)).map((p) => `${where}: ${p}`));
          counts.layouts += 1;
          // Submitting empty shows field errors (or, on a dead link, leaves the offer of a new one).
          await widget.locator('[data-part=submit]').click();
          problems.push(...(await layoutProblems(page, widget)).map((p) => `${where} after submit: ${p}`));
          counts.layouts += 1;
        }
        // A long message in the live region, with the rate-limit wait on the button.
        await session.admin.addFault({ path: ENDPOINT.forgotPassword, status: 429, times: 1 });
        const widget = await mount(page, session.tenant, mode, { initialScreen: 'forgotPassword' });
        await widget.getByRole('textbox', { name: 'Email' }).fill(DEMO_EMAIL);
        await widget.locator('[data-part=submit]').click();
        await widget.locator('[data-part=submit][data-state=waiting]').waitFor();
        problems.push(...(await layoutProblems(page, widget)).map((p) => `${name} · ${mode} · 429 wait: ${p}`));
        counts.layouts += 1;
      }
    }
    expect(problems).toEqual([]);
  });
});

interface Motion {
  readonly part: string;
  readonly animationName: string;
  readonly animationDuration: string;
  readonly transitionDuration: string;
}

/** A modal waiting on a slow answer, so the backdrop, card and spinner are all on screen. */
async function pendingModal(page: Page): Promise<Locator> {
  await session.admin.addFault({ path: ENDPOINT.forgotPassword, latencyMs: 5000, times: 1 });
  const widget = await mount(page, session.tenant, 'modal', { initialScreen: 'forgotPassword' });
  await widget.getByRole('textbox', { name: 'Email' }).fill(DEMO_EMAIL);
  await widget.getByRole('textbox', { name: 'Email' }).press('Enter');
  await widget.locator('[data-part=spinner]').waitFor();
  return widget;
}

/** The animation and transition of each element of the widget matching `selector`. */
function motionOf(widget: Locator, selector: string): Promise<Motion[]> {
  return widget.evaluate(
    (root, selector) =>
      [...root.querySelectorAll(selector)].map((el) => {
        const s = getComputedStyle(el);
        const part = el.getAttribute('data-part') ?? el.tagName.toLowerCase();
        return { part, animationName: s.animationName, animationDuration: s.animationDuration, transitionDuration: s.transitionDuration };
      }),
    selector,
  );
}

const MOVING = ['backdrop', 'card', 'spinner', 'submit', 'input', 'link', 'close'];
const still = (m: Motion) => (m.animationName === 'none' || m.animationDuration.split(',').every((d) => parseFloat(d) === 0)) && m.transitionDuration.split(',').every((d) => parseFloat(d) === 0);

describe('prefers-reduced-motion: reduce', () => {
  it('stops every animation and transition: backdrop, card, spinner and controls (which do move otherwise)', async () => {
    const moving = await motionOf(await pendingModal(await session.open()), MOVING.map((part) => `[data-part=${part}]`).join(','));
    // Without the preference these parts do move, so the check below can tell the difference.
    expect(moving.filter((m) => !still(m)).map((m) => m.part).sort()).toEqual([...MOVING].sort());

    const page = await session.open({ reducedMotion: 'reduce' });
    // Every element of the widget, not only those known to move.
    const reduced = await motionOf(await pendingModal(page), '*');
    counts.motion = reduced.length;
    expect(reduced.filter((m) => !still(m))).toEqual([]);
    const running = await page.evaluate(() => document.getAnimations().filter((a) => a.playState === 'running').length);
    expect(running, 'animations running under reduced motion').toBe(0);
  });
});
