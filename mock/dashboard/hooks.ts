import { h } from '../../demo/dom';
import type { Api } from './api';

/** Placeholder until this section is built. */
export function mountHooks(panel: HTMLElement, _api: Api): void {
  panel.append(h('p', { class: 'muted', text: 'Not built yet.' }));
}
