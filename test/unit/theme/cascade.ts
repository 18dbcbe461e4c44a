import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Just enough of the CSS cascade to answer "which token values does the card see?" for the token file and the
 * example themes: flat rules on the widget root and card, optionally inside @media, in the forms these files use.
 */

export type Declarations = Record<string, string>;

export interface Rule {
  readonly media: string;
  readonly selector: string;
  readonly declarations: Declarations;
}

export const ROOT = '.latch[data-part=root]';
export const DARK_MEDIA = '@media (prefers-color-scheme: dark)';
export const REDUCED_MOTION_MEDIA = '@media (prefers-reduced-motion: reduce)';

// Built with path functions, not `new URL(…, import.meta.url)`, which Vite rewrites as an asset import.
const STYLES = resolve(dirname(fileURLToPath(import.meta.url)), '../../../styles');

/** A stylesheet from styles/, without its comments. */
export function readStyle(name: string): string {
  return readFileSync(resolve(STYLES, name), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
}

/** Flat `selector { declarations }` rules, each with the @media condition around it ('' when none). */
export function parseRules(css: string): Rule[] {
  const found: Rule[] = [];
  const media: string[] = [];
  let selector: string | null = null;
  for (const [, text = '', brace] of css.matchAll(/([^{}]*)([{}])/g)) {
    if (brace === '{') {
      if (text.trim().startsWith('@')) media.push(text.trim());
      else selector = text.trim();
    } else if (selector !== null) {
      const declarations: Declarations = {};
      for (const part of text.split(';')) {
        const colon = part.indexOf(':');
        if (colon > 0) declarations[part.slice(0, colon).trim()] = part.slice(colon + 1).trim();
      }
      found.push({ media: media.join(' '), selector, declarations });
      selector = null;
    } else {
      media.pop();
    }
  }
  return found;
}

/** How the widget is shown: its data-color-scheme, and whether the system prefers dark. */
export type Situation = 'light' | 'dark' | 'auto, system light' | 'auto, system dark';

const schemeOf = (s: Situation) => (s.startsWith('auto') ? 'auto' : s);

/** Specificity of a root selector (optionally followed by ` [data-part=card]`), or null when it does not apply. */
function match(selector: string, situation: Situation, target: 'root' | 'card'): number | null {
  const [head = '', descendant] = selector.split(' ');
  if ((target === 'card') !== (descendant === '[data-part=card]') || (descendant && target === 'root')) return null;
  if (!head.startsWith(ROOT)) return null;
  const extra = head.slice(ROOT.length);
  if (extra !== '' && extra !== '[data-color-scheme]' && extra !== `[data-color-scheme=${schemeOf(situation)}]`) return null;
  return (head.match(/[.[]/g)?.length ?? 0) + (descendant ? 1 : 0);
}

function cascade(rules: readonly Rule[], situation: Situation, target: 'root' | 'card'): Declarations {
  const applicable: { specificity: number; order: number; declarations: Declarations }[] = [];
  rules.forEach((rule, order) => {
    if (rule.media !== '' && !(rule.media === DARK_MEDIA && situation === 'auto, system dark')) return;
    const specificity = Math.max(...rule.selector.split(',').map((s) => match(s.trim(), situation, target) ?? -1));
    if (specificity >= 0) applicable.push({ specificity, order, declarations: rule.declarations });
  });
  applicable.sort((a, b) => a.specificity - b.specificity || a.order - b.order);
  return Object.assign({}, ...applicable.map((a) => a.declarations)) as Declarations;
}

/** The token values the card sees: the root's, overridden by card-level rules whose var() refers to the root's. */
export function resolvedTokens(rules: readonly Rule[], situation: Situation): Declarations {
  const root = cascade(rules, situation, 'root');
  const card = cascade(rules, situation, 'card');
  const resolved: Declarations = { ...root };
  for (const [name, value] of Object.entries(card)) {
    const ref = /^var\((--[a-z0-9-]+)\)$/.exec(value)?.[1];
    resolved[name] = ref ? (root[ref] ?? '') : value;
  }
  return resolved;
}
