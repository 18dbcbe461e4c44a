// Latch's design tokens as a W3C Design Tokens (DTCG) document, both ways, without touching the file system: the
// build writes dist/latch.tokens.json with it (design-tokens.mjs), and the designers' studio exports and imports the
// same document in the browser.

/**
 * The declarations of the rules whose selector list includes exactly `selector`, as name → value. The first value of a
 * name wins: a later one is a media query's (reduced motion), not the default.
 */
export function declarations(css, selector) {
  const clean = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const values = {};
  for (const rule of clean.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const selectors = rule[1].split(',').map((s) => s.trim().replace(/\s+/g, ' '));
    if (!selectors.includes(selector)) continue;
    for (const m of rule[2].matchAll(/(--latch-[\w-]+)\s*:\s*([^;]+);/g)) values[m[1]] ??= m[2].trim().replace(/\s+/g, ' ');
  }
  return values;
}

export const LIGHT_SELECTOR = '.latch[data-part=root]';
export const DARK_SELECTOR = '.latch[data-part=root][data-color-scheme=dark]';
/** A theme's rule for every scheme at once (styles/themes/midnight.css). */
export const ANY_SCHEME_SELECTOR = '.latch[data-part=root][data-color-scheme]';

/** The DTCG type of a token, from its name and value. */
export function typeOf(name, value) {
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

function set(values) {
  const tree = {};
  for (const [name, value] of Object.entries(values)) {
    const type = typeOf(name, value);
    place(tree, name, { $value: value, ...(type ? { $type: type } : {}), $extensions: { 'dev.latch.cssVar': name } });
  }
  return tree;
}

/** The DTCG document: the light values, and the dark scheme's as a second set. */
export function toDtcg(light, dark) {
  return {
    $description: 'Latch design tokens: the --latch-* custom properties of dist/latch.css and their defaults.',
    latch: set(light),
    'latch-dark': { $description: 'Values that change in the dark colour scheme.', ...set(dark) },
  };
}

/**
 * Reads a DTCG document back into custom properties: every token with a `dev.latch.cssVar` extension (or, without it,
 * the name its path gives) under `latch` and `latch-dark`. Throws an Error saying what is wrong with a document that
 * is not one.
 */
export function fromDtcg(doc) {
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) throw new Error('The file is not a tokens document (a JSON object).');
  if (!doc.latch || typeof doc.latch !== 'object') throw new Error('The file has no "latch" token group.');
  const read = (group, into) => {
    for (const [key, node] of Object.entries(group ?? {})) {
      if (key.startsWith('$') || !node || typeof node !== 'object') continue;
      for (const [leaf, token] of Object.entries(node)) {
        if (leaf.startsWith('$') || !token || typeof token !== 'object' || !('$value' in token)) continue;
        const fallback = `--latch-${key}${leaf === 'value' ? '' : `-${leaf}`}`;
        const name = token.$extensions?.['dev.latch.cssVar'] ?? fallback;
        if (typeof name !== 'string' || !/^--latch-[\w-]+$/.test(name)) throw new Error(`The token ${key}.${leaf} names no --latch-* property.`);
        if (typeof token.$value !== 'string' && typeof token.$value !== 'number') throw new Error(`The token ${key}.${leaf} has a value that is not text or a number.`);
        into[name] = String(token.$value);
      }
    }
    return into;
  };
  return { light: read(doc.latch, {}), dark: read(doc['latch-dark'], {}) };
}
