// What pre-rendered markup and the browser agree on: a short key of everything the first screen's markup is built
// from (the options, the words, the ids), written on the server's root and checked before the browser hydrates it.
import type { Dictionary } from '../i18n/en';
import type { NormalizedOptions } from '../options';

/** The attribute on a pre-rendered root that holds its key. */
export const KEY_ATTRIBUTE = 'data-latch-key';

/** A 32-bit FNV-1a hash of the options (the container and functions aside), the words and the title's id. */
export function markupKey(options: NormalizedOptions, dict: Dictionary, titleId: string): string {
  const text = JSON.stringify([options, dict, titleId], (key, value: unknown) => (key === 'container' ? null : value));
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}
