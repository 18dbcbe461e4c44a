// The stylesheet's --latch-* custom properties as a W3C Design Tokens (DTCG) file, so design tools can read the
// same values the widget uses: dist/latch.tokens.json, written by `npm run build`. The format itself is dtcg.mjs.
import { readFile } from 'node:fs/promises';
import { DARK_SELECTOR, declarations, LIGHT_SELECTOR, toDtcg } from './dtcg.mjs';

/** Builds the DTCG document from styles/tokens.css: the light defaults, and the dark values as a second set. */
export async function designTokens(tokensCssPath) {
  const css = await readFile(tokensCssPath, 'utf8');
  return toDtcg(declarations(css, LIGHT_SELECTOR), declarations(css, DARK_SELECTOR));
}
