import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
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

export const Ctx = createContext<ViewContext | null>(null);

export function useView(): ViewContext {
  const value = useContext(Ctx);
  if (!value) throw new Error('Latch view rendered outside its provider');
  return value;
}
