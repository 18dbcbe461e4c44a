import { describe, expect, test } from 'vitest';
import { contrastRatio, mix, parseColor, relativeLuminance } from '../../../src/theme/color';
import { DARK_SURFACE, LIGHT_SURFACE, brandPalette, type BrandTokens } from '../../../src/theme/palette';

const rgb = (hex: string) => {
  const color = parseColor(hex);
  if (!color) throw new Error(`not a colour: ${hex}`);
  return color;
};
const ratio = (a: string, b: string) => contrastRatio(rgb(a), rgb(b));

const BRANDS = [
  ['very light', '#ffff00'],
  ['very light', '#f0f0f0'],
  ['very light', '#ffffff'],
  ['very dark', '#000000'],
  ['very dark', '#101820'],
  ['saturated', '#ff0000'],
  ['saturated', '#00ff00'],
  ['saturated', '#0000ff'],
  ['saturated', '#ff00ff'],
  ['mid-tone', '#808080'],
  ['mid-tone', '#777'],
  ['mid-tone', '#0ea5e9'],
  ['mid-tone', '#e11d48'],
  ['mid-tone', '#22c55e'],
  ['mid-tone', '#f97316'],
  ['default indigo', '#4f46e5'],
] as const;

function palette(input: string): BrandTokens {
  const result = brandPalette(input);
  if (!result) throw new Error(`no palette for ${input}`);
  return result;
}

describe('brandPalette: every pair it produces is readable', () => {
  test.each(BRANDS)('%s %s: button text reaches 4.5:1 on primary, hover and active', (_kind, brand) => {
    const p = palette(brand);
    const text = p['--latch-color-on-primary'];
    for (const name of ['--latch-color-primary', '--latch-color-primary-hover', '--latch-color-primary-active'] as const) {
      expect(ratio(text, p[name]), `${text} on ${name} ${p[name]}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  test.each(BRANDS)('%s %s: links reach 4.5:1 on the light surface and its tint, and dark links on the dark ones', (_kind, brand) => {
    const p = palette(brand);
    expect(ratio(p['--latch-color-link'], LIGHT_SURFACE)).toBeGreaterThanOrEqual(4.5);
    expect(ratio(p['--latch-color-link'], p['--latch-color-primary-subtle'])).toBeGreaterThanOrEqual(4.5);
    expect(ratio(p['--latch-color-link-dark'], DARK_SURFACE)).toBeGreaterThanOrEqual(4.5);
    expect(ratio(p['--latch-color-link-dark'], p['--latch-color-primary-subtle-dark'])).toBeGreaterThanOrEqual(4.5);
  });

  test.each(BRANDS)('%s %s: the focus ring reaches 3:1 on the light and the dark surface', (_kind, brand) => {
    const p = palette(brand);
    expect(ratio(p['--latch-color-focus-ring'], LIGHT_SURFACE)).toBeGreaterThanOrEqual(3);
    expect(ratio(p['--latch-color-focus-ring'], DARK_SURFACE)).toBeGreaterThanOrEqual(3);
  });

  test.each(BRANDS)('%s %s: hover and active are visibly different from the resting button', (_kind, brand) => {
    const p = palette(brand);
    expect(p['--latch-color-primary-hover']).not.toBe(p['--latch-color-primary']);
    expect(p['--latch-color-primary-active']).not.toBe(p['--latch-color-primary-hover']);
  });

  test.each(BRANDS)('%s %s: every value is a plain #rrggbb, safe to hand to setProperty', (_kind, brand) => {
    for (const value of Object.values(palette(brand))) expect(value).toMatch(/^#[0-9a-f]{6}$/);
  });
});

describe('brandPalette: what it keeps and what it changes', () => {
  test('a brand colour that already works is used as given, with white text', () => {
    const p = palette('#4f46e5');
    expect(p['--latch-color-primary']).toBe('#4f46e5');
    expect(p['--latch-color-on-primary']).toBe('#ffffff');
    expect(p['--latch-color-link']).toBe('#4f46e5');
  });

  test('a light brand colour keeps its colour and gets dark text', () => {
    const p = palette('#ffff00');
    expect(p['--latch-color-primary']).toBe('#ffff00');
    expect(p['--latch-color-on-primary']).not.toBe('#ffffff');
  });

  test('#777 reaches neither 4.5:1 with white nor with ink, so it is darkened just enough for white text', () => {
    const p = palette('#777777');
    const primary = p['--latch-color-primary'];
    expect(primary).not.toBe('#777777');
    expect(p['--latch-color-on-primary']).toBe('#ffffff');
    expect(ratio(primary, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    // Minimal: the adjusted colour is barely distinguishable from the one given.
    expect(ratio(primary, '#777777')).toBeLessThan(1.1);
  });

  test('shorthand, upper case and surrounding spaces are accepted', () => {
    expect(palette(' #FFF ')).toEqual(palette('#ffffff'));
  });
});

describe('brandPalette: input that is not a colour', () => {
  test.each([
    'red; background:url(x)',
    'javascript:alert(1)',
    '',
    'red',
    '#12',
    '#1234',
    '#gggggg',
    'rgb(10, 200, 30)',
    'rgb(300, 0, 0)',
    'rgba(0, 0, 0, 0.5)',
    '#fff; color: red',
    'url(#fff)',
  ])('%j gives null', (input) => {
    expect(brandPalette(input)).toBeNull();
  });
});

describe('colour helpers', () => {
  test('parseColor reads #rgb and #rrggbb (what theme.primaryColor accepts), and nothing else', () => {
    expect(parseColor('#0af')).toEqual({ r: 0, g: 170, b: 255 });
    expect(parseColor(' #4F46E5 ')).toEqual({ r: 79, g: 70, b: 229 });
    expect(parseColor('rgb(1, 2, 3)')).toBeNull();
    expect(parseColor('#4f46e5ff')).toBeNull();
  });

  test('relativeLuminance and contrastRatio match the WCAG reference values', () => {
    expect(relativeLuminance(rgb('#000000'))).toBe(0);
    expect(relativeLuminance(rgb('#ffffff'))).toBeCloseTo(1, 10);
    expect(ratio('#000000', '#ffffff')).toBeCloseTo(21, 10);
    expect(ratio('#ffffff', '#000000')).toBeCloseTo(21, 10);
    // The well-known AA boundary: #767676 passes on white, #777777 does not.
    expect(ratio('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(ratio('#777777', '#ffffff')).toBeLessThan(4.5);
  });

  test('mix blends by weight and clamps it', () => {
    const black = rgb('#000000');
    const white = rgb('#ffffff');
    expect(mix(black, white, 0)).toEqual(black);
    expect(mix(black, white, 1)).toEqual(white);
    expect(mix(black, white, 0.5)).toEqual({ r: 128, g: 128, b: 128 });
    expect(mix(black, white, 2)).toEqual(white);
  });
});
