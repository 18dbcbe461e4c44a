// @vitest-environment node
// The studio's theme model: every token of styles/tokens.css is editable, the presets are the bundled themes, and the
// three exports say the theme back (the DTCG file imports to the same theme; the CSS and options name what changed).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { checkContrast } from '../../../demo/studio/contrast';
import { LANGUAGES } from '../../../demo/languages';
import { DEFAULT_THEME, exportCss, exportDtcg, exportOptions, importDtcg, PRESETS, TOKENS, withBrand } from '../../../demo/studio/tokens';

const css = readFileSync(new URL('../../../styles/tokens.css', import.meta.url), 'utf8');

// The test runner reads stylesheets as empty modules; the studio's sources are given as the files' text instead.
vi.mock('../../../demo/studio/sources', async () => {
  const { readFileSync: read } = await import('node:fs');
  const text = (path: string) => read(new URL(`../../../styles/${path}`, import.meta.url), 'utf8');
  return { tokensCss: text('tokens.css'), midnightCss: text('themes/midnight.css'), monoCss: text('themes/mono.css'), sandCss: text('themes/sand.css') };
});

describe('the editable tokens', () => {
  it('are every custom property styles/tokens.css defines, each with a control of its kind', () => {
    const defined = new Set([...css.matchAll(/(--latch-[\w-]+)\s*:/g)].map((m) => m[1]));
    expect(new Set(TOKENS.map((t) => t.name))).toEqual(defined);
    const control = (name: string) => TOKENS.find((t) => t.name === name)?.control;
    expect(control('--latch-color-primary')).toBe('color');
    expect(control('--latch-radius-control')).toBe('length');
    expect(control('--latch-font-family')).toBe('font');
    expect(control('--latch-font-weight-bold')).toBe('weight');
    expect(control('--latch-duration')).toBe('duration');
    expect(control('--latch-line-height')).toBe('number');
    expect(control('--latch-shadow-card')).toBe('text');
  });

  it('default to the stylesheet: 150ms motion (not the reduced-motion rule), and the dark rule over the light one', () => {
    expect(DEFAULT_THEME.light['--latch-duration']).toBe('150ms');
    expect(DEFAULT_THEME.dark['--latch-color-surface']).toBe('#161a23');
    expect(DEFAULT_THEME.dark['--latch-radius-control']).toBe(DEFAULT_THEME.light['--latch-radius-control']);
  });

  it('meet WCAG AA in both schemes by default, and in every bundled preset', () => {
    for (const [name, theme] of Object.entries(PRESETS)) {
      for (const scheme of ['light', 'dark'] as const) {
        const failing = checkContrast(theme, scheme).filter((pair) => pair.passes === false);
        expect(failing.map((pair) => `${name} ${scheme}: ${pair.what} ${pair.ratio?.toFixed(2)}`)).toEqual([]);
      }
    }
  });

  it('marks a pair below AA with its ratio', () => {
    const theme = { light: { ...DEFAULT_THEME.light, '--latch-color-text-muted': '#bbbbbb' }, dark: DEFAULT_THEME.dark };
    const muted = checkContrast(theme, 'light').find((pair) => pair.what === 'Muted text on the card');
    expect(muted?.passes).toBe(false);
    expect(muted?.ratio).toBeCloseTo(1.92, 1);
  });
});

describe('the presets', () => {
  it('are the bundled themes: Midnight is dark in both schemes, Sand and Mono differ per scheme', () => {
    expect(Object.keys(PRESETS)).toEqual(['Default', 'Midnight', 'Sand', 'Mono']);
    const midnight = PRESETS.Midnight;
    expect(midnight?.light['--latch-color-surface']).toBe('#0f1729');
    expect(midnight?.dark['--latch-color-surface']).toBe('#0f1729');
    expect(PRESETS.Sand?.light['--latch-color-surface']).not.toBe(PRESETS.Sand?.dark['--latch-color-surface']);
  });
});

describe('export and import', () => {
  const edited = (() => {
    const branded = withBrand(PRESETS.Sand ?? DEFAULT_THEME, '#0f766e');
    if (!branded) throw new Error('a hex colour gives a palette');
    return { light: { ...branded.light, '--latch-radius-control': '3px' }, dark: { ...branded.dark, '--latch-radius-control': '3px', '--latch-color-surface': '#202020' } };
  })();

  it('the DTCG file imports back to the same theme', () => {
    expect(importDtcg(exportDtcg(edited))).toEqual(edited);
    expect(importDtcg(exportDtcg(DEFAULT_THEME))).toEqual(DEFAULT_THEME);
  });

  it('reads the package’s own tokens file (dist/latch.tokens.json) as the defaults', () => {
    const built = readFileSync(new URL('../../../dist/latch.tokens.json', import.meta.url), 'utf8');
    expect(importDtcg(built)).toEqual(DEFAULT_THEME);
  });

  it('refuses what is not a tokens file, and tokens Latch does not have, saying which', () => {
    expect(() => importDtcg('not json')).toThrow(/not JSON/);
    expect(() => importDtcg('[]')).toThrow(/not a tokens document/);
    expect(() => importDtcg('{"color": {}}')).toThrow(/no "latch" token group/);
    expect(() => importDtcg(JSON.stringify({ latch: { color: { nope: { $value: '#fff' } } } }))).toThrow(/--latch-color-nope/);
  });

  it('the CSS names only what differs from the defaults, per scheme; the options say what the theme option can', () => {
    const out = exportCss(edited);
    expect(out).toContain('.latch[data-part=root] {\n');
    expect(out).toContain('--latch-radius-control: 3px;');
    expect(out).toMatch(/\[data-color-scheme=dark\] \{[^}]*--latch-color-surface: #202020;/);
    expect(out).not.toContain('--latch-space-1');
    expect(exportOptions(edited, '#0f766e', 'dark')).toEqual({
      theme: { primaryColor: '#0f766e', radius: 3, font: "ui-rounded, 'Avenir Next', 'Segoe UI', system-ui, sans-serif", colorScheme: 'dark' },
    });
    expect(exportOptions(DEFAULT_THEME, '', 'auto')).toEqual({ theme: {} });
  });
});

describe('the language switches', () => {
  it('offer every bundled language, Arabic and Hebrew right to left', () => {
    const files = readdirSync(new URL('../../../src/i18n/locales/', import.meta.url)).filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3));
    expect(LANGUAGES.map((l) => l.code).sort()).toEqual(['en', ...files].sort());
    expect(LANGUAGES.filter((l) => l.rtl).map((l) => l.code)).toEqual(['ar', 'he']);
  });
});
