// The live theme editor: a control for every public token, the brand colour's derived palette with each pair's
// contrast, presets, and export/import. Every edit calls `onChange` with the whole theme; the gallery repaints.
import { isHexColor } from '../../src/theme/color';
import { h } from '../dom';
import { checkContrast } from './contrast';
import { DEFAULT_THEME, exportCss, exportDtcg, exportOptions, importDtcg, PER_SCHEME, PRESETS, TOKENS, withBrand, type Scheme, type Theme, type TokenDef } from './tokens';

export interface Editor {
  readonly theme: () => Theme;
  readonly set: (theme: Theme) => void;
}

const FONTS = ['system-ui, sans-serif', 'Georgia, serif', 'ui-monospace, monospace', "'Segoe UI', Roboto, sans-serif", 'Inter, system-ui, sans-serif'];
const WEIGHTS = ['300', '400', '500', '600', '700', '800'];

const idOf = (name: string, scheme: Scheme) => `token-${scheme}-${name.replace(/^--latch-/, '')}`;
const sixDigits = (hex: string) => (hex.length === 4 ? `#${[...hex.slice(1)].map((c) => c + c).join('')}` : hex.toLowerCase());

/** Triggers a download of `text` as a file, from a Blob URL (no data: URL, no inline script). */
function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = h('a', { attrs: { href: url, download: name } });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function createEditor(root: HTMLElement, onChange: (theme: Theme) => void, getScheme: () => 'light' | 'dark' | 'auto'): Editor {
  let theme: Theme = DEFAULT_THEME;
  let brand = '';
  let editing: Scheme = 'light';
  const status = h('p', { class: 'status', attrs: { role: 'status', 'aria-live': 'polite', id: 'editor-status' } });
  const inputs = new Map<string, (value: string) => void>();

  const commit = (next: Theme, quiet = false) => {
    theme = next;
    for (const token of TOKENS) inputs.get(token.name)?.(theme[PER_SCHEME.has(token.name) ? editing : 'light'][token.name] ?? '');
    renderContrast();
    renderExports();
    onChange(theme);
    if (!quiet) status.textContent = '';
  };

  const setToken = (name: string, value: string) => {
    const schemes: Scheme[] = PER_SCHEME.has(name) ? [editing] : ['light', 'dark'];
    const next = { light: { ...theme.light }, dark: { ...theme.dark } };
    for (const scheme of schemes) next[scheme][name] = value;
    commit(next, true);
  };

  function control(token: TokenDef): HTMLElement {
    const id = idOf(token.name, 'light');
    const label = h('label', { text: token.name.replace(/^--latch-/, ''), attrs: { for: id } });
    const current = () => theme[PER_SCHEME.has(token.name) ? editing : 'light'][token.name] ?? '';
    let input: HTMLInputElement | HTMLSelectElement;
    let extra: HTMLElement | null = null;
    switch (token.control) {
      case 'color': {
        const text = h('input', { attrs: { id, type: 'text', spellcheck: 'false', autocomplete: 'off', 'data-token': token.name } });
        const picker = h('input', { attrs: { type: 'color', 'aria-label': `${token.name} colour picker`, tabindex: '-1' } });
        picker.addEventListener('input', () => {
          text.value = picker.value;
          setToken(token.name, picker.value);
        });
        text.addEventListener('change', () => {
          if (isHexColor(text.value)) setToken(token.name, text.value.trim());
          else status.textContent = `${token.name}: “${text.value}” is not a hex colour (#rgb or #rrggbb); kept ${current()}.`;
        });
        inputs.set(token.name, (value) => {
          text.value = value;
          if (isHexColor(value)) picker.value = sixDigits(value);
        });
        input = text;
        extra = picker;
        break;
      }
      case 'weight': {
        const select = h('select', { attrs: { id, 'data-token': token.name } }, ...WEIGHTS.map((w) => h('option', { text: w, attrs: { value: w } })));
        select.addEventListener('change', () => setToken(token.name, select.value));
        inputs.set(token.name, (value) => (select.value = value));
        input = select;
        break;
      }
      case 'length':
      case 'duration': {
        const unit = token.control === 'duration' ? 'ms' : 'px';
        const number = h('input', { attrs: { id, type: 'number', min: '0', step: '1', 'data-token': token.name } });
        number.addEventListener('input', () => {
          if (number.value !== '' && Number(number.value) >= 0) setToken(token.name, `${number.value}${unit}`);
        });
        inputs.set(token.name, (value) => (number.value = String(Number.parseFloat(value) || 0)));
        input = number;
        extra = h('span', { class: 'unit', text: unit, attrs: { 'aria-hidden': 'true' } });
        break;
      }
      case 'number': {
        const number = h('input', { attrs: { id, type: 'number', min: '0', step: '0.05', 'data-token': token.name } });
        number.addEventListener('input', () => number.value !== '' && setToken(token.name, number.value));
        inputs.set(token.name, (value) => (number.value = value));
        input = number;
        break;
      }
      default: {
        const text = h('input', { attrs: { id, type: 'text', spellcheck: 'false', 'data-token': token.name, ...(token.control === 'font' ? { list: 'font-stacks' } : {}) } });
        text.addEventListener('change', () => text.value.trim() !== '' && setToken(token.name, text.value.trim()));
        inputs.set(token.name, (value) => (text.value = value));
        input = text;
      }
    }
    inputs.get(token.name)?.(current());
    return h('div', { class: 'token' }, label, h('div', { class: 'token-input' }, input, extra));
  }

  // Presets and the brand colour.
  const presetSelect = h('select', { attrs: { id: 'preset' } }, ...Object.keys(PRESETS).map((name) => h('option', { text: name, attrs: { value: name } })));
  presetSelect.addEventListener('change', () => {
    const chosen = PRESETS[presetSelect.value];
    if (!chosen) return;
    brand = '';
    brandText.value = '';
    commit(chosen);
    status.textContent = `Preset ${presetSelect.value} applied.`;
  });
  const brandText = h('input', { attrs: { id: 'brand-color', type: 'text', placeholder: '#4f46e5', spellcheck: 'false', autocomplete: 'off' } });
  const brandPicker = h('input', { attrs: { type: 'color', 'aria-label': 'Brand colour picker', tabindex: '-1', value: '#4f46e5' } });
  const applyBrand = (value: string) => {
    const next = withBrand(theme, value);
    if (!next) {
      status.textContent = `“${value}” is not a hex colour (#rgb or #rrggbb); the brand colour is unchanged.`;
      return;
    }
    brand = value;
    commit(next, true);
    status.textContent = `Brand colour ${value}: button, hover, pressed, focus ring, link and tint derived.`;
  };
  brandPicker.addEventListener('input', () => {
    brandText.value = brandPicker.value;
    applyBrand(brandPicker.value);
  });
  brandText.addEventListener('change', () => applyBrand(brandText.value.trim()));

  const schemeSwitch = h(
    'fieldset',
    { class: 'segmented' },
    h('legend', { text: 'Colours of the scheme' }),
    ...(['light', 'dark'] as const).map((scheme) => {
      const id = `editing-${scheme}`;
      const radio = h('input', { attrs: { type: 'radio', name: 'editing-scheme', id, value: scheme, checked: scheme === editing } });
      radio.addEventListener('change', () => {
        editing = scheme;
        commit(theme, true);
      });
      return h('label', { class: 'check', attrs: { for: id } }, radio, scheme === 'light' ? 'Light' : 'Dark');
    }),
  );

  // Contrast of the derived palette and every text pair.
  const contrastTable = h('div', { attrs: { id: 'contrast' } });
  function renderContrast(): void {
    const rows = checkContrast(theme, editing).map((pair) =>
      h(
        'tr',
        { attrs: { 'data-passes': pair.passes === null ? 'unknown' : String(pair.passes) } },
        h('th', { text: pair.what, attrs: { scope: 'row' } }),
        // Text pairs show a sample of text; a border or ring (3:1) shows as a framed box, not as text to read.
        h('td', {}, h('span', { class: pair.min === 3 ? 'swatch swatch-edge' : 'swatch', attrs: { 'data-fg': pair.fgValue, 'data-bg': pair.bgValue, 'aria-hidden': 'true' } }, pair.min === 3 ? null : h('span', { text: 'Aa' })), ` ${pair.fgValue} on ${pair.bgValue}`),
        h('td', { class: 'ratio', text: pair.ratio === null ? 'n/a' : `${pair.ratio.toFixed(2)}:1` }),
        h('td', { class: pair.passes === false ? 'fail' : 'pass', text: pair.passes === null ? 'Not a hex colour' : pair.passes ? `AA ✓ (≥ ${pair.min}:1)` : `Below AA ✗ (needs ${pair.min}:1)` }),
      ),
    );
    const failing = rows.filter((row) => row.getAttribute('data-passes') === 'false').length;
    contrastTable.replaceChildren(
      h('p', { class: failing ? 'fail' : 'pass', attrs: { id: 'contrast-summary' }, text: failing ? `${failing} pair${failing === 1 ? '' : 's'} below WCAG AA in the ${editing} scheme.` : `Every pair meets WCAG AA in the ${editing} scheme.` }),
      h(
        'table',
        { class: 'contrast' },
        h('caption', { class: 'visually-hidden', text: `Contrast of the ${editing} scheme's colour pairs` }),
        h('thead', {}, h('tr', {}, ...['Pair', 'Colours', 'Ratio', 'WCAG AA'].map((text) => h('th', { text, attrs: { scope: 'col' } })))),
        h('tbody', {}, ...rows),
      ),
    );
    // Swatches take their colours through CSSOM (the page's CSP has no inline styles).
    for (const swatch of contrastTable.querySelectorAll<HTMLElement>('.swatch')) {
      if (swatch.classList.contains('swatch-edge')) swatch.style.borderColor = swatch.dataset.fg ?? '';
      else swatch.style.color = swatch.dataset.fg ?? '';
      swatch.style.background = swatch.dataset.bg ?? '';
    }
  }

  // Export and import.
  const cssOut = h('textarea', { attrs: { id: 'export-css', readonly: true, rows: '8', spellcheck: 'false' } });
  const optionsOut = h('textarea', { attrs: { id: 'export-options', readonly: true, rows: '6', spellcheck: 'false' } });
  function renderExports(): void {
    cssOut.value = exportCss(theme);
    optionsOut.value = JSON.stringify(exportOptions(theme, brand, getScheme()), null, 2);
  }
  const importInput = h('input', { attrs: { id: 'import-tokens', type: 'file', accept: '.json,application/json' } });
  importInput.addEventListener('change', () => {
    const file = importInput.files?.[0];
    if (!file) return;
    void file.text().then((text) => {
      try {
        const imported = importDtcg(text);
        brand = '';
        brandText.value = '';
        commit(imported, true);
        status.textContent = `Imported ${file.name}.`;
      } catch (error) {
        status.textContent = `Could not import ${file.name}: ${error instanceof Error ? error.message : String(error)} The theme is unchanged.`;
      }
      importInput.value = '';
    });
  });

  const groups = new Map<string, HTMLElement[]>();
  for (const token of TOKENS) groups.set(token.group, [...(groups.get(token.group) ?? []), control(token)]);

  root.replaceChildren(
    h('datalist', { attrs: { id: 'font-stacks' } }, ...FONTS.map((font) => h('option', { attrs: { value: font } }))),
    h('div', { class: 'control' }, h('label', { text: 'Preset', attrs: { for: 'preset' } }), presetSelect),
    h(
      'div',
      { class: 'control' },
      h('label', { text: 'Brand colour (derives the palette)', attrs: { for: 'brand-color' } }),
      h('div', { class: 'token-input' }, brandText, brandPicker),
    ),
    schemeSwitch,
    status,
    h('h3', { text: 'Contrast (WCAG AA)' }),
    contrastTable,
    h('h3', { text: 'Tokens' }),
    ...[...groups].map(([group, controls]) => h('details', { class: 'token-group', attrs: { open: group === 'color' } }, h('summary', { text: group }), ...controls)),
    h('h3', { text: 'Export' }),
    h(
      'div',
      { class: 'button-row' },
      h('button', { class: 'button', text: 'Download CSS', attrs: { type: 'button', id: 'download-css' }, on: { click: () => download('latch-theme.css', 'text/css', exportCss(theme)) } }),
      h('button', { class: 'button', text: 'Download tokens (DTCG JSON)', attrs: { type: 'button', id: 'download-dtcg' }, on: { click: () => download('latch-theme.tokens.json', 'application/json', exportDtcg(theme)) } }),
    ),
    h('div', { class: 'control' }, h('label', { text: 'As CSS custom properties', attrs: { for: 'export-css' } }), cssOut),
    h('div', { class: 'control' }, h('label', { text: 'As theme options (the rest needs the CSS)', attrs: { for: 'export-options' } }), optionsOut),
    h('h3', { text: 'Import' }),
    h('div', { class: 'control' }, h('label', { text: 'A DTCG tokens file (as exported, or latch/tokens.json)', attrs: { for: 'import-tokens' } }), importInput),
  );
  commit(theme);
  return { theme: () => theme, set: (next) => commit(next) };
}
