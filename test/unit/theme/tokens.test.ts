import { describe, expect, test } from 'vitest';
import { withAutoScheme } from '../../../scripts/auto-scheme.mjs';
import { contrastRatio, parseColor } from '../../../src/theme/color';
import { DARK_SURFACE, LIGHT_SURFACE, brandPalette } from '../../../src/theme/palette';
import { DARK_MEDIA, REDUCED_MOTION_MEDIA, ROOT, parseRules, readStyle, resolvedTokens, type Declarations, type Situation } from './cascade';

// Reads the stylesheets as a designer edits them, so a token changed to a failing value turns this test red; the
// `auto` scheme is what the build generates from the dark rules (scripts/auto-scheme.mjs), checked as it ships.
const tokens = parseRules(withAutoScheme(readStyle('tokens.css')));

function block(selector: string, media = ''): Declarations {
  const found = tokens.filter((rule) => rule.selector === selector && rule.media === media);
  if (found.length !== 1) throw new Error(`tokens.css should have one "${selector}" rule in "${media}", not ${found.length}`);
  return found[0]?.declarations ?? {};
}

const lightBlock = block(ROOT);
const darkBlock = block(`${ROOT}[data-color-scheme=dark]`);
const autoBlock = block(`${ROOT}[data-color-scheme=auto]`, DARK_MEDIA);

const SITUATIONS: Situation[] = ['light', 'dark', 'auto, system light', 'auto, system dark'];
const THEMES = ['midnight.css', 'sand.css', 'mono.css'];

const TEXT = 4.5;
const UI = 3;
const PAIRS: [foreground: string, background: string, minimum: number][] = [
  ['text', 'surface', TEXT],
  ['text-muted', 'surface', TEXT],
  ['text', 'input-bg', TEXT],
  ['border', 'surface', UI],
  ['border', 'input-bg', UI],
  ['border-hover', 'input-bg', UI],
  ['error', 'surface', TEXT],
  ['error', 'input-bg', UI],
  ['error', 'error-surface', TEXT],
  ['success', 'success-surface', TEXT],
  ['info', 'info-surface', TEXT],
  ['on-primary', 'primary', TEXT],
  ['on-primary', 'primary-hover', TEXT],
  ['on-primary', 'primary-active', TEXT],
  ['link', 'surface', TEXT],
  ['link', 'primary-subtle', TEXT],
  ['text', 'primary-subtle', TEXT],
  ['text-muted', 'primary-subtle', UI],
  // The waiting (rate-limited) submit button.
  ['text-muted', 'disabled-surface', TEXT],
  ['focus-ring', 'surface', UI],
  ['focus-ring', 'input-bg', UI],
];

/** Asserts every pair; the message names the failing pair, so a designer sees which token to revisit. */
function expectAccessible(values: Declarations) {
  for (const [fg, bg, minimum] of PAIRS) {
    const foreground = parseColor(values[`--latch-color-${fg}`] ?? '');
    const background = parseColor(values[`--latch-color-${bg}`] ?? '');
    expect(foreground, `--latch-color-${fg} is a hex colour`).not.toBeNull();
    expect(background, `--latch-color-${bg} is a hex colour`).not.toBeNull();
    if (foreground && background) {
      const ratio = contrastRatio(foreground, background);
      expect(ratio, `${fg} on ${bg}: ${values[`--latch-color-${fg}`]} on ${values[`--latch-color-${bg}`]}`).toBeGreaterThanOrEqual(minimum);
    }
  }
}

describe('default tokens meet WCAG AA', () => {
  test.each(SITUATIONS)('color scheme %s', (situation) => {
    expectAccessible(resolvedTokens(tokens, situation));
  });
});

describe.each(THEMES)('example theme %s, loaded after latch.css', (theme) => {
  // As it ships: a theme's dark rules gain their generated `auto` copy too (midnight has none: it is always dark).
  const themeRules = parseRules(withAutoScheme(readStyle(`themes/${theme}`), { required: false }));
  const rules = [...tokens, ...themeRules];

  test.each(SITUATIONS)('meets WCAG AA in color scheme %s', (situation) => {
    expectAccessible(resolvedTokens(rules, situation));
  });

  test('in the auto scheme on a dark system, the card sees the dark scheme\'s values', () => {
    expect(resolvedTokens(rules, 'auto, system dark')).toEqual(resolvedTokens(rules, 'dark'));
  });

  test('sets only declared tokens (and color-scheme)', () => {
    const declared = new Set([...Object.keys(lightBlock), ...Object.keys(darkBlock)]);
    for (const rule of themeRules) {
      for (const name of Object.keys(rule.declarations)) expect(declared, `${name} in ${theme}`).toContain(name);
    }
  });
});

describe('token file consistency', () => {
  test('the auto scheme under prefers-color-scheme: dark is the same set as the dark scheme', () => {
    expect(autoBlock).toEqual(darkBlock);
    expect(resolvedTokens(tokens, 'auto, system dark')).toEqual(resolvedTokens(tokens, 'dark'));
  });

  test('the card takes the -dark link and tint in the dark and auto schemes', () => {
    const expected = {
      '--latch-color-link': 'var(--latch-color-link-dark)',
      '--latch-color-primary-subtle': 'var(--latch-color-primary-subtle-dark)',
    };
    expect(block(`${ROOT}[data-color-scheme=dark] [data-part=card]`)).toEqual(expected);
    expect(block(`${ROOT}[data-color-scheme=auto] [data-part=card]`, DARK_MEDIA)).toEqual(expected);
  });

  test('the palette computes against the surfaces the tokens define', () => {
    expect(lightBlock['--latch-color-surface']).toBe(LIGHT_SURFACE);
    expect(darkBlock['--latch-color-surface']).toBe(DARK_SURFACE);
  });

  test('reduced motion turns every transition off through the duration token', () => {
    expect(block(ROOT, REDUCED_MOTION_MEDIA)).toEqual({ '--latch-duration': '0ms' });
  });

  test('controls are at least 44px tall (touch target)', () => {
    expect(Number.parseFloat(lightBlock['--latch-control-height'] ?? '')).toBeGreaterThanOrEqual(44);
  });

  test('every property the palette sets is a declared token', () => {
    const declared = new Set([...Object.keys(lightBlock), ...Object.keys(darkBlock)]);
    for (const name of Object.keys(brandPalette('#0ea5e9') ?? {})) expect(declared, name).toContain(name);
  });

  test('every token latch.css uses is declared, so a renamed token cannot leave a rule without a value', () => {
    const declared = new Set([...Object.keys(lightBlock), ...Object.keys(darkBlock)]);
    const used = new Set([...readStyle('latch.css').matchAll(/var\((--latch-[a-z0-9-]+)/g)].map((m) => m[1]));
    expect(used.size).toBeGreaterThan(20);
    for (const name of used) expect(declared, `${name} used in latch.css`).toContain(name);
  });
});
