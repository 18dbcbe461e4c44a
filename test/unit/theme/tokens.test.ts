// @vitest-environment node
// A file-reading test: node, not happy-dom (whose URL global resolves relative paths against a fake origin).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { contrastRatio, parseColor } from '../../../src/theme/color';
import { DARK_SURFACE, LIGHT_SURFACE, brandPalette } from '../../../src/theme/palette';

// Reads the stylesheets as a designer edits them, so a token changed to a failing value turns this test red.
const read = (name: string) =>
  readFileSync(new URL(`../../../styles/${name}`, import.meta.url), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');

type Declarations = Record<string, string>;

interface Rule {
  readonly media: string;
  readonly selector: string;
  readonly declarations: Declarations;
}

/** Flat `selector { declarations }` rules, each with the @media condition around it ('' when none). */
function rules(css: string): Rule[] {
  const found: Rule[] = [];
  const media: string[] = [];
  let selector: string | null = null;
  for (const [, text = '', brace] of css.matchAll(/([^{}]*)([{}])/g)) {
    if (brace === '{') {
      if (text.trim().startsWith('@')) media.push(text.trim());
      else selector = text.trim();
    } else if (selector !== null) {
      const declarations: Declarations = {};
      for (const part of text.split(';')) {
        const colon = part.indexOf(':');
        if (colon > 0) declarations[part.slice(0, colon).trim()] = part.slice(colon + 1).trim();
      }
      found.push({ media: media.join(' '), selector, declarations });
      selector = null;
    } else {
      media.pop();
    }
  }
  return found;
}

const tokens = rules(read('tokens.css'));
function block(selector: string, media = ''): Declarations {
  const found = tokens.filter((rule) => rule.selector === selector && rule.media === media);
  if (found.length !== 1) throw new Error(`tokens.css should have one "${selector}" rule in "${media}", not ${found.length}`);
  return found[0]?.declarations ?? {};
}

const DARK_MEDIA = '@media (prefers-color-scheme: dark)';

const ROOT = '.latch[data-part=root]';
const lightBlock = block(ROOT);
const darkBlock = block(`${ROOT}[data-color-scheme=dark]`);
const autoBlock = block(`${ROOT}[data-color-scheme=auto]`, DARK_MEDIA);

/** The colours in force in each scheme: dark inherits what it does not redefine. */
const light: Declarations = { ...lightBlock };
const dark: Declarations = {
  ...lightBlock,
  ...darkBlock,
  // The card picks these up in the dark scheme (see the card rules in tokens.css).
  '--latch-color-link': darkBlock['--latch-color-link-dark'] ?? '',
  '--latch-color-primary-subtle': darkBlock['--latch-color-primary-subtle-dark'] ?? '',
};

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
  ['disabled-text', 'disabled-surface', TEXT],
  ['focus-ring', 'surface', UI],
  ['focus-ring', 'input-bg', UI],
];

describe.each([
  ['light', light],
  ['dark', dark],
])('default %s tokens meet WCAG AA', (_scheme, values) => {
  test.each(PAIRS)('%s on %s reaches %s:1', (fg, bg, minimum) => {
    const foreground = parseColor(values[`--latch-color-${fg}`] ?? '');
    const background = parseColor(values[`--latch-color-${bg}`] ?? '');
    expect(foreground, `--latch-color-${fg} is a hex colour`).not.toBeNull();
    expect(background, `--latch-color-${bg} is a hex colour`).not.toBeNull();
    if (foreground && background) expect(contrastRatio(foreground, background)).toBeGreaterThanOrEqual(minimum);
  });
});

describe('token file consistency', () => {
  test('the auto scheme under prefers-color-scheme: dark is the same set as the dark scheme', () => {
    expect(autoBlock).toEqual(darkBlock);
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
    expect(light['--latch-color-surface']).toBe(LIGHT_SURFACE);
    expect(dark['--latch-color-surface']).toBe(DARK_SURFACE);
  });

  test('reduced motion turns every transition off through the duration token', () => {
    expect(block(ROOT, '@media (prefers-reduced-motion: reduce)')).toEqual({ '--latch-duration': '0ms' });
  });

  test('controls are at least 44px tall (touch target)', () => {
    expect(Number.parseFloat(light['--latch-control-height'] ?? '')).toBeGreaterThanOrEqual(44);
  });

  test('every property the palette sets is a declared token', () => {
    const declared = new Set([...Object.keys(lightBlock), ...Object.keys(darkBlock)]);
    for (const name of Object.keys(brandPalette('#0ea5e9') ?? {})) expect(declared, name).toContain(name);
  });

  test('every token latch.css uses is declared, so a renamed token cannot leave a rule without a value', () => {
    const declared = new Set([...Object.keys(lightBlock), ...Object.keys(darkBlock)]);
    const used = new Set([...read('latch.css').matchAll(/var\((--latch-[a-z0-9-]+)/g)].map((m) => m[1]));
    expect(used.size).toBeGreaterThan(20);
    for (const name of used) expect(declared, `${name} used in latch.css`).toContain(name);
  });
});
