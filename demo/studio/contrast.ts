// The pairs of colours a person reads one on the other, and what WCAG AA asks of each: 4.5:1 for text, 3:1 for
// control borders and the focus ring (as styles/tokens.css promises for the defaults).
import { contrastRatio, parseColor } from '../../src/theme/color';
import type { Scheme, Theme } from './tokens';

export interface Pair {
  readonly fg: string;
  readonly bg: string;
  readonly min: number;
  readonly what: string;
}

const PAIRS: readonly Pair[] = [
  { fg: '--latch-color-text', bg: '--latch-color-surface', min: 4.5, what: 'Text on the card' },
  { fg: '--latch-color-text-muted', bg: '--latch-color-surface', min: 4.5, what: 'Muted text on the card' },
  { fg: '--latch-color-text', bg: '--latch-color-input-bg', min: 4.5, what: 'Typed text in a field' },
  { fg: '--latch-color-border', bg: '--latch-color-surface', min: 3, what: 'Field border on the card' },
  { fg: '--latch-color-on-primary', bg: '--latch-color-primary', min: 4.5, what: 'Button text' },
  { fg: '--latch-color-on-primary', bg: '--latch-color-primary-hover', min: 4.5, what: 'Button text, hovered' },
  { fg: '--latch-color-on-primary', bg: '--latch-color-primary-active', min: 4.5, what: 'Button text, pressed' },
  { fg: '--latch-color-link', bg: '--latch-color-surface', min: 4.5, what: 'Link on the card' },
  { fg: '--latch-color-link', bg: '--latch-color-primary-subtle', min: 4.5, what: 'Link, hovered' },
  { fg: '--latch-color-focus-ring', bg: '--latch-color-surface', min: 3, what: 'Focus ring on the card' },
  { fg: '--latch-color-error', bg: '--latch-color-error-surface', min: 4.5, what: 'Error message' },
  { fg: '--latch-color-success', bg: '--latch-color-success-surface', min: 4.5, what: 'Success message' },
  { fg: '--latch-color-info', bg: '--latch-color-info-surface', min: 4.5, what: 'Information message' },
];

/** The dark scheme reads links and the hover tint from their `-dark` tokens (styles/tokens.css, on the card). */
const DARK_NAME: Readonly<Record<string, string>> = {
  '--latch-color-link': '--latch-color-link-dark',
  '--latch-color-primary-subtle': '--latch-color-primary-subtle-dark',
};

export interface Checked extends Pair {
  readonly fgValue: string;
  readonly bgValue: string;
  /** Null when a value is not a hex colour the checker can read. */
  readonly ratio: number | null;
  readonly passes: boolean | null;
}

export function checkContrast(theme: Theme, scheme: Scheme): Checked[] {
  const values = theme[scheme];
  const value = (name: string) => values[(scheme === 'dark' && DARK_NAME[name]) || name] ?? values[name] ?? '';
  return PAIRS.map((pair) => {
    const fgValue = value(pair.fg);
    const bgValue = value(pair.bg);
    const fg = parseColor(fgValue);
    const bg = parseColor(bgValue);
    const ratio = fg && bg ? contrastRatio(fg, bg) : null;
    return { ...pair, fgValue, bgValue, ratio, passes: ratio === null ? null : ratio >= pair.min };
  });
}
