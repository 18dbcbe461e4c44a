import type { Dictionary } from '../i18n/en';
import type { NormalizedOptions } from '../options';
import type { Store } from '../store';
import type { Ids } from './ids';

/** Everything a screen needs, handed down once instead of through every component's props. */
export interface ViewContext {
  readonly store: Store;
  readonly dict: Dictionary;
  readonly options: NormalizedOptions;
  readonly ids: Ids;
}

/**
 * Preact's built-in context: App provides `latch`, and every function component below it receives it as its
 * second argument. (The hooks version would add preact/hooks to the bundle for this alone.)
 */
export interface LatchContext {
  readonly latch: ViewContext;
}
