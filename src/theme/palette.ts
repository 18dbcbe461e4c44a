import { contrastRatio, mix, parseColor, toHex, type Rgb } from './color';

/**
 * The custom properties a brand colour sets on the widget's root (through CSSOM, so a strict CSP is fine).
 *
 * The button colours and the focus ring work in both colour schemes. Links and the subtle tint depend on the
 * surface behind them, so they come in a light and a `-dark` variant; styles/tokens.css resolves the pair that
 * matches the scheme on the card (below the root, so the root's inline values do not mask the dark ones).
 */
export type BrandTokenName =
  | '--latch-color-primary'
  | '--latch-color-primary-hover'
  | '--latch-color-primary-active'
  | '--latch-color-on-primary'
  | '--latch-color-focus-ring'
  | '--latch-color-primary-subtle'
  | '--latch-color-primary-subtle-dark'
  | '--latch-color-link'
  | '--latch-color-link-dark';

export type BrandTokens = Readonly<Record<BrandTokenName, string>>;

// Must equal --latch-color-surface (light and dark) in styles/tokens.css; a unit test holds them together.
export const LIGHT_SURFACE = '#ffffff';
export const DARK_SURFACE = '#161a23';
/** The dark text used on light brand colours: near-black reads softer than pure black and still passes. */
export const INK = '#111318';

const TEXT_CONTRAST = 4.5;
const UI_CONTRAST = 3;
const WHITE: Rgb = { r: 255, g: 255, b: 255 };
const BLACK: Rgb = { r: 0, g: 0, b: 0 };
const STEP = 0.01;

const passes = (c: Rgb, backgrounds: readonly Rgb[], min: number) => backgrounds.every((bg) => contrastRatio(c, bg) >= min);

/**
 * The smallest move of `color` toward `toward` (in 1% steps) that reaches `min` contrast against every background.
 * Moving toward black or white changes luminance monotonically, so the loop always ends.
 */
function nudge(color: Rgb, toward: Rgb, backgrounds: readonly Rgb[], min: number): { color: Rgb; amount: number } {
  for (let amount = 0; amount < 1; amount += STEP) {
    const candidate = mix(color, toward, amount);
    if (passes(candidate, backgrounds, min)) return { color: candidate, amount };
  }
  return { color: toward, amount: 1 };
}

/**
 * Hover and active shades: darker by default, lighter when darker would leave too little contrast with the button
 * text or no visible change (a black button). The direction is chosen once, on the stronger (active) shade, so
 * hover and active always move the same way.
 */
function shades(primary: Rgb, onPrimary: Rgb): { hover: Rgb; active: Rgb } {
  const usable = (toward: Rgb) => {
    const active = mix(primary, toward, 0.24);
    return contrastRatio(active, primary) >= 1.15 && contrastRatio(active, onPrimary) >= TEXT_CONTRAST;
  };
  // Moving away from the text colour always keeps its contrast, so that is the fallback.
  const away = contrastRatio(onPrimary, WHITE) > contrastRatio(onPrimary, BLACK) ? WHITE : BLACK;
  const toward = usable(BLACK) ? BLACK : usable(WHITE) ? WHITE : away;
  return { hover: mix(primary, toward, 0.12), active: mix(primary, toward, 0.24) };
}

/**
 * Derives every brand colour the stylesheet needs from one primary colour, each pair meeting WCAG AA
 * (4.5:1 for text, 3:1 for the focus ring). Returns null for anything but `#rgb` or `#rrggbb`.
 */
export function brandPalette(primaryColor: string): BrandTokens | null {
  const given = parseColor(primaryColor);
  if (!given) return null;
  const ink = parseColor(INK) as Rgb;
  const light = parseColor(LIGHT_SURFACE) as Rgb;
  const dark = parseColor(DARK_SURFACE) as Rgb;

  // Button: white or ink text, whichever needs the smaller change to the brand colour (usually none).
  const onWhite = nudge(given, BLACK, [WHITE], TEXT_CONTRAST);
  const onInk = nudge(given, WHITE, [ink], TEXT_CONTRAST);
  const useWhite =
    onWhite.amount < onInk.amount ||
    (onWhite.amount === onInk.amount && contrastRatio(given, WHITE) >= contrastRatio(given, ink));
  const primary = useWhite ? onWhite.color : onInk.color;
  const onPrimary = useWhite ? WHITE : ink;

  const { hover, active } = shades(primary, onPrimary);

  // Focus ring: one colour visible on both surfaces, as close to the brand as that allows.
  const ringToward = contrastRatio(primary, light) < UI_CONTRAST ? BLACK : WHITE;
  const ring = nudge(primary, ringToward, [light, dark], UI_CONTRAST).color;

  // A tint behind hovered links and icon buttons; a near-white brand gives no visible tint, so fall back to grey.
  const tint = mix(primary, light, 0.88);
  const visible = Math.max(Math.abs(tint.r - light.r), Math.abs(tint.g - light.g), Math.abs(tint.b - light.b)) >= 8;
  const subtleLight = visible ? tint : mix(light, ink, 0.06);
  const subtleDark = mix(primary, dark, 0.78);
  // Links also sit on the subtle tint when hovered, so they must read on both.
  const linkLight = nudge(primary, BLACK, [light, subtleLight], TEXT_CONTRAST).color;
  const linkDark = nudge(primary, WHITE, [dark, subtleDark], TEXT_CONTRAST).color;

  return {
    '--latch-color-primary': toHex(primary),
    '--latch-color-primary-hover': toHex(hover),
    '--latch-color-primary-active': toHex(active),
    '--latch-color-on-primary': toHex(onPrimary),
    '--latch-color-focus-ring': toHex(ring),
    '--latch-color-primary-subtle': toHex(subtleLight),
    '--latch-color-primary-subtle-dark': toHex(subtleDark),
    '--latch-color-link': toHex(linkLight),
    '--latch-color-link-dark': toHex(linkDark),
  };
}
