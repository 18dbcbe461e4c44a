/**
 * Builds DOM nodes with createElement and textContent only: the page never parses HTML strings, so
 * nothing shown from the mock (emails, payloads) can become markup, and no inline style is needed.
 */

type Child = Node | string | null | undefined | false;

export interface Props {
  class?: string;
  text?: string;
  /** Attributes set with setAttribute (ids, types, aria-*, data-*); `false` leaves one out. */
  attrs?: Record<string, string | boolean>;
  on?: { [K in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[K]) => void };
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props.class) el.className = props.class;
  if (props.text !== undefined) el.textContent = props.text;
  for (const [name, value] of Object.entries(props.attrs ?? {})) {
    if (value === false) continue;
    el.setAttribute(name, value === true ? '' : value);
  }
  for (const [name, fn] of Object.entries(props.on ?? {})) {
    el.addEventListener(name, fn as EventListener);
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child);
  }
  return el;
}

/** The element with this id, which index.html must provide. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`The demo page has no #${id}.`);
  return el as T;
}

/** Time of day with milliseconds, for the log and the outbox. */
export function clock(date: Date): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}.${pad(date.getMilliseconds(), 3)}`;
}
