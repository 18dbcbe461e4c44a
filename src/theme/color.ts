/**
 * Small sRGB colour maths for the brand palette: parse, mix, and the WCAG 2 contrast formula.
 * Pure functions with no dependencies, because they ship inside the widget bundle.
 */

/** A colour as 0–255 sRGB channels (no alpha: contrast is only defined for opaque colours). */
export interface Rgb {
  readonly r: number;
  readonly g: number;
  readonly b: number;
}

const HEX = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i;

/**
 * Whether `input` is `#rgb` or `#rrggbb` (spaces around it allowed), the colours `parseColor` reads. The
 * `theme.primaryColor` option and the demo's colour field ask this, so the three cannot disagree.
 */
export const isHexColor = (input: string): boolean => HEX.test(input.trim());

/**
 * `#rgb` or `#rrggbb`, the forms `theme.primaryColor` accepts and the tokens use; anything else (names, rgb(),
 * alpha, CSS injection attempts) gives null.
 */
export function parseColor(input: string): Rgb | null {
  const hex = HEX.exec(input.trim())?.[1];
  if (!hex) return null;
  const n = Number.parseInt(hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex, 16);
  return { r: (n >> 16) & 255, g: (n >> 8) & 255, b: n & 255 };
}

/** `#rrggbb`, lower case: the form the palette hands to CSS. */
export function toHex({ r, g, b }: Rgb): string {
  return `#${[r, g, b].map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;
}

/** `weight` of `b` mixed into `a` (0 gives `a`, 1 gives `b`), rounded to whole channels as CSS would store it. */
export function mix(a: Rgb, b: Rgb, weight: number): Rgb {
  const w = Math.min(1, Math.max(0, weight));
  const at = (x: number, y: number) => Math.round(x + (y - x) * w);
  return { r: at(a.r, b.r), g: at(a.g, b.g), b: at(a.b, b.b) };
}

function linear(channel: number): number {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG 2 relative luminance, 0 (black) to 1 (white). */
export function relativeLuminance({ r, g, b }: Rgb): number {
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG 2 contrast ratio, 1 to 21; the order of the two colours does not matter. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}
