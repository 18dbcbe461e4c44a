/**
 * Hostile strings for the input gates. Each one, if it ever ran as script, would set `window.__pwned`;
 * each one, if it ever became markup, would leave an element that `hostileMarkup` finds.
 */
export const XSS_PAYLOADS: readonly string[] = [
  `<img src=x onerror="window.__pwned='img'">`,
  `"><svg onload="window.__pwned='svg'">`,
  `'><script>window.__pwned='script'</script>`,
  `javascript:window.__pwned='js-url'`,
  `<a href="javascript:window.__pwned='link'">click</a>`,
  `<iframe srcdoc="<script>parent.__pwned='iframe'</script>"></iframe>`,
  `<style>*{display:none!important}</style>`,
  `{{constructor.constructor('window.__pwned="angular"')()}}`,
  '${window.__pwned="template-literal"}',
  `&lt;script&gt;window.__pwned='entity'&lt;/script&gt;`,
  `&#x3C;img src=x onerror=window.__pwned='hex-entity'&#x3E;`,
  `\u202Egnp.exe<img src=x onerror="window.__pwned='rtl-override'">`,
  `\u200B<\u200Bscript>window.__pwned='zero-width'</script>`,
  `＜script＞window.__pwned='fullwidth'＜/script＞`,
  `\u0000<img src=x onerror="window.__pwned='nul'">`,
  `{email}{description}{wait}{n}{total}`,
];

/** Logo values that are neither http(s) nor a data:image URL: the widget must refuse them. */
export const BAD_LOGOS: readonly string[] = [
  `javascript:window.__pwned='logo'`,
  ` JaVaScRiPt:window.__pwned='logo-case'`,
  `java\tscript:window.__pwned='logo-tab'`,
  `data:text/html,<script>window.__pwned='logo-html'</script>`,
  `vbscript:msgbox(1)`,
  `//evil.example/logo.png`,
  `x" onerror="window.__pwned='logo-attr'`,
];

/** Elements a hostile string would leave behind had it been parsed as HTML (the widget's own icons are aria-hidden). */
const MARKUP = [
  'img[src=x]',
  'script',
  'iframe',
  'style',
  'object',
  'embed',
  'svg:not([aria-hidden=true])',
  'a[href^="javascript" i]',
  'img[src^="javascript" i]',
].join(', ');

/** Descriptions of anything in `root` that came from a payload as markup: elements, event-handler attributes. */
export function hostileMarkup(root: ParentNode): string[] {
  const found = Array.from(root.querySelectorAll(MARKUP)).map((el) => el.outerHTML.slice(0, 120));
  for (const el of Array.from(root.querySelectorAll('*'))) {
    for (const attr of Array.from(el.attributes)) {
      if (attr.name.toLowerCase().startsWith('on')) found.push(`${el.tagName.toLowerCase()}[${attr.name}]`);
    }
  }
  return found;
}

/** Every piece of text a person or assistive tech gets from `root`: text, and the attributes read aloud or shown. */
export function renderedText(root: Element): string {
  const parts = [root.textContent ?? ''];
  for (const el of Array.from(root.querySelectorAll('*'))) {
    for (const name of ['aria-label', 'alt', 'title', 'placeholder', 'value']) {
      const value = el.getAttribute(name);
      if (value !== null) parts.push(value);
    }
    if (el instanceof HTMLInputElement) parts.push(el.value);
  }
  return parts.join('\n');
}
