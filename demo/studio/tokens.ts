// The theme being edited: every public token (styles/tokens.css) in the light and the dark scheme, the presets (the
// bundled themes), and the three ways out: CSS custom properties, `theme` options, and a DTCG tokens file.
import { midnightCss, monoCss, sandCss, tokensCss } from './sources';
import { ANY_SCHEME_SELECTOR, DARK_SELECTOR, declarations, fromDtcg, LIGHT_SELECTOR, toDtcg, typeOf, type TokenValues } from '../../scripts/dtcg.mjs';
import { brandPalette } from '../../src/theme/palette';

export type Scheme = 'light' | 'dark';
export type Control = 'color' | 'length' | 'font' | 'weight' | 'duration' | 'number' | 'text';

export interface TokenDef {
  readonly name: string;
  readonly group: string;
  readonly control: Control;
}

export interface Theme {
  readonly light: TokenValues;
  readonly dark: TokenValues;
}

const DEFAULT_LIGHT = declarations(tokensCss, LIGHT_SELECTOR);
const DEFAULT_DARK_ONLY = declarations(tokensCss, DARK_SELECTOR);

/** The defaults: the dark scheme is the light values with the dark rule's laid over them, as the stylesheet does. */
export const DEFAULT_THEME: Theme = { light: DEFAULT_LIGHT, dark: { ...DEFAULT_LIGHT, ...DEFAULT_DARK_ONLY } };

function controlOf(name: string, value: string): Control {
  switch (typeOf(name, value)) {
    case 'color':
      return /^#[0-9a-f]{3}([0-9a-f]{3})?$/i.test(value) ? 'color' : 'text';
    case 'dimension':
      return 'length';
    case 'fontFamily':
      return 'font';
    case 'fontWeight':
      return 'weight';
    case 'duration':
      return 'duration';
    case 'number':
      return 'number';
    default:
      return 'text';
  }
}

/** Every token of either scheme, in the stylesheet's order, grouped by the first word of its name. */
export const TOKENS: readonly TokenDef[] = [...new Set([...Object.keys(DEFAULT_LIGHT), ...Object.keys(DEFAULT_DARK_ONLY)])].map((name) => ({
  name,
  group: name.replace(/^--latch-/, '').split('-')[0] ?? 'other',
  control: controlOf(name, DEFAULT_THEME.light[name] ?? DEFAULT_THEME.dark[name] ?? ''),
}));

/** Tokens that differ between the schemes (colours, shadows): edited per scheme. The rest are edited once, for both. */
export const PER_SCHEME = new Set(Object.keys(DEFAULT_DARK_ONLY));

/**
 * A bundled theme as a preset, as the cascade applies it after latch.css: its plain rule sets the light scheme and
 * whatever the stylesheet's dark rule leaves alone (the dark rule is more specific); its dark rule, and a rule for
 * every scheme (Midnight's), then win in the dark.
 */
function preset(css: string): Theme {
  const any = declarations(css, ANY_SCHEME_SELECTOR);
  const plain = declarations(css, LIGHT_SELECTOR);
  const light = { ...DEFAULT_THEME.light, ...plain, ...any };
  const dark = { ...DEFAULT_THEME.light, ...plain, ...DEFAULT_DARK_ONLY, ...declarations(css, DARK_SELECTOR), ...any };
  return { light, dark };
}

export const PRESETS: Readonly<Record<string, Theme>> = {
  Default: DEFAULT_THEME,
  Midnight: preset(midnightCss),
  Sand: preset(sandCss),
  Mono: preset(monoCss),
};

/** The brand colour's derived tokens (src/theme/palette.ts), laid over a theme: what `theme.primaryColor` does. */
export function withBrand(theme: Theme, primary: string): Theme | null {
  const palette = brandPalette(primary);
  if (!palette) return null;
  const { '--latch-color-primary-subtle-dark': subtleDark, '--latch-color-link-dark': linkDark, ...both } = palette;
  return {
    light: { ...theme.light, ...both },
    dark: { ...theme.dark, ...both, '--latch-color-primary-subtle-dark': subtleDark, '--latch-color-link-dark': linkDark },
  };
}

/** What differs from the defaults, per scheme (what an export needs to say). */
export function changes(theme: Theme): Theme {
  const diff = (values: TokenValues, base: TokenValues) => Object.fromEntries(Object.entries(values).filter(([name, value]) => base[name] !== value));
  return { light: diff(theme.light, DEFAULT_THEME.light), dark: diff(theme.dark, DEFAULT_THEME.dark) };
}

const block = (selector: string, values: TokenValues) =>
  `${selector} {\n${Object.entries(values)
    .map(([name, value]) => `  ${name}: ${value};`)
    .join('\n')}\n}\n`;

/** The theme as a stylesheet to load after latch.css: the tokens that differ from the defaults, per scheme. */
export function exportCss(theme: Theme): string {
  const { light, dark } = changes(theme);
  const parts = ['/* Latch theme: load after latch.css. Only the tokens that differ from the defaults. */\n'];
  if (Object.keys(light).length) parts.push(block(LIGHT_SELECTOR, light));
  if (Object.keys(dark).length) parts.push(block(DARK_SELECTOR, dark));
  return parts.join('\n');
}

/**
 * The part of the theme the `theme` option can say: brand colour, corner radius, font and colour scheme. The other
 * tokens have no option: they go in the stylesheet (the CSS export).
 */
export function exportOptions(theme: Theme, primary: string, scheme: 'light' | 'dark' | 'auto'): Record<string, unknown> {
  const options: Record<string, unknown> = {};
  if (primary) options.primaryColor = primary;
  const radius = theme.light['--latch-radius-control'];
  if (radius !== DEFAULT_THEME.light['--latch-radius-control'] && radius) options.radius = /^\d+(\.\d+)?px$/.test(radius) ? Number.parseFloat(radius) : radius;
  const font = theme.light['--latch-font-family'];
  if (font && font !== DEFAULT_THEME.light['--latch-font-family']) options.font = font;
  if (scheme !== 'auto') options.colorScheme = scheme;
  return { theme: options };
}

/** The whole theme as a DTCG tokens file (the same shape as dist/latch.tokens.json). */
export function exportDtcg(theme: Theme): string {
  const darkOnly = Object.fromEntries(Object.entries(theme.dark).filter(([name, value]) => PER_SCHEME.has(name) || theme.light[name] !== value));
  return `${JSON.stringify(toDtcg(theme.light, darkOnly), null, 2)}\n`;
}

/** Reads a DTCG tokens file (as exported, or dist/latch.tokens.json); unknown tokens are refused by name. */
export function importDtcg(text: string): Theme {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    throw new Error(`The file is not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const { light, dark } = fromDtcg(doc);
  const known = new Set(TOKENS.map((token) => token.name));
  const unknown = [...Object.keys(light), ...Object.keys(dark)].filter((name) => !known.has(name));
  if (unknown.length) throw new Error(`Latch has no token ${[...new Set(unknown)].join(', ')}.`);
  const lightValues = { ...DEFAULT_THEME.light, ...light };
  return { light: lightValues, dark: { ...DEFAULT_THEME.dark, ...Object.fromEntries(Object.entries(lightValues).filter(([name]) => !PER_SCHEME.has(name))), ...dark } };
}
