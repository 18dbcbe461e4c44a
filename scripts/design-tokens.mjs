// The stylesheet's --latch-* custom properties as a W3C Design Tokens (DTCG) file, so design tools can read the
// same values the widget uses: dist/latch.tokens.json, written by `npm run build`.
import { readFile } from 'node:fs/promises';

/** The declarations of the first rule whose selector is exactly `selector`, as name → value. */
function block(css, selector) {
  const start = css.indexOf(`${selector} {`);
  if (start < 0) return {};
  const body = css.slice(css.indexOf('{', start) + 1, css.indexOf('}', start));
  return Object.fromEntries([...body.matchAll(/(--latch-[\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1], m[2].trim().replace(/\s+/g, ' ')]));
}

/** The DTCG type of a token, from its name and value. */
function typeOf(name, value) {
  if (name.includes('-color-')) return 'color';
  if (name.includes('font-family')) return 'fontFamily';
  if (name.includes('font-weight')) return 'fontWeight';
  if (name.includes('duration')) return 'duration';
  // Shadows and easings stay untyped: the format wants them as objects and arrays, these are CSS strings.
  if (/^-?\d+(\.\d+)?(px|rem|em)$/.test(value)) return 'dimension';
  if (/^-?\d+(\.\d+)?$/.test(value)) return 'number';
  return undefined;
}

/** `--latch-color-primary-hover` → ['color', 'primary-hover'], nested the way token tools group them. */
function place(tree, name, token) {
  const [group, ...rest] = name.replace(/^--latch-/, '').split('-');
  tree[group] ??= {};
  tree[group][rest.join('-') || 'value'] = token;
}

/** Builds the DTCG document from styles/tokens.css: the light defaults, and the dark values as a second set. */
export async function designTokens(tokensCssPath) {
  const css = (await readFile(tokensCssPath, 'utf8')).replace(/\/\*[\s\S]*?\*\//g, '');
  const light = block(css, '.latch[data-part=root]');
  const dark = block(css, '.latch[data-part=root][data-color-scheme=dark]');
  const set = (values) => {
    const tree = {};
    for (const [name, value] of Object.entries(values)) {
      const type = typeOf(name, value);
      place(tree, name, { $value: value, ...(type ? { $type: type } : {}), $extensions: { 'dev.latch.cssVar': name } });
    }
    return tree;
  };
  return {
    $description: 'Latch design tokens: the --latch-* custom properties of dist/latch.css and their defaults.',
    latch: set(light),
    'latch-dark': { $description: 'Values that change in the dark colour scheme.', ...set(dark) },
  };
}
