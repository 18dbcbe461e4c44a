// The `auto` colour scheme, generated: styles/tokens.css and the example themes write their dark token sets once, for
// `[data-color-scheme=dark]`, and this adds the same rules for `[data-color-scheme=auto]` under
// `@media (prefers-color-scheme: dark)`. The build (scripts/build-css.mjs), the <latch-login> stylesheet and the
// demo's dev server (scripts/vite-latch-css.mjs) all read them through it, so the two can never drift.
const DARK = '.latch[data-part=root][data-color-scheme=dark]';

/**
 * `css` with every top-level rule whose selector starts with the dark root followed by its copy for `auto` under
 * the dark media query (right after it, as a hand-written copy would stand). Comments are dropped. A file with no
 * dark rule is an error unless `required` is false (a theme that is dark in every scheme has nothing to copy); it
 * then comes back unchanged.
 */
export function withAutoScheme(css, { required = true } = {}) {
  // Scanned without comments, so a brace in a comment cannot unbalance the count.
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  let out = '';
  let copied = 0;
  let depth = 0;
  let start = 0;
  let emitted = 0;
  // Top-level rules only: a rule already inside an at-rule (depth > 0) is left alone.
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (c === '{') {
      if (depth === 0) start = text.lastIndexOf('}', i) + 1;
      depth += 1;
    } else if (c === '}') {
      depth -= 1;
      const rule = text.slice(start, i + 1).trim();
      if (depth === 0 && rule.startsWith(DARK)) {
        out += `${text.slice(emitted, i + 1)}\n\n@media (prefers-color-scheme: dark) {\n${rule.replaceAll('[data-color-scheme=dark]', '[data-color-scheme=auto]')}\n}`;
        emitted = i + 1;
        copied += 1;
      }
    }
  }
  if (copied > 0) return out + text.slice(emitted);
  if (required) throw new Error(`no ${DARK} rule found: the auto scheme would be missing`);
  return css;
}
