import type { Latch, LatchEventName } from '../src/index';
import { HOST_EVENTS } from '../src/machine/machine.types';
import { byId, clock, h } from './dom';

/** Every event the widget emits; the log listens to all of them on each instance. */
export const EVENT_NAMES: readonly LatchEventName[] = HOST_EVENTS;

const MAX_ENTRIES = 200;
const MAX_PAYLOAD_CHARS = 240;

/**
 * Tokens are cut to their first 12 characters so an entry fits on a line, and anything named like a
 * password is never written, whatever a future payload carries.
 */
function redact(value: unknown, key = ''): unknown {
  if (/password/i.test(key)) return '[hidden]';
  if (typeof value === 'string' && /token/i.test(key) && value.length > 12) return `${value.slice(0, 12)}…`;
  if (Array.isArray(value)) return value.map((item) => redact(item));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redact(v, k)]));
  }
  return value;
}

export function formatPayload(payload: unknown): string {
  if (payload === undefined) return '';
  let text: string;
  try {
    text = JSON.stringify(redact(payload)) ?? '';
  } catch {
    text = String(payload);
  }
  return text.length > MAX_PAYLOAD_CHARS ? `${text.slice(0, MAX_PAYLOAD_CHARS - 1)}…` : text;
}

export interface EventLog {
  /** Logs every event of this instance, labelled with where it is shown. */
  attach(latch: Latch, source: 'inline' | 'modal'): void;
}

/** The event log panel: `<ol id="event-log">`, newest entry first. */
export function createEventLog(onEvent: (name: LatchEventName) => void): EventLog {
  const list = byId<HTMLOListElement>('event-log');
  const empty = byId('event-log-empty');
  byId<HTMLButtonElement>('event-log-clear').addEventListener('click', () => {
    list.replaceChildren();
    empty.hidden = false;
  });

  function add(source: string, name: LatchEventName, payload: unknown): void {
    const error = name.endsWith('error');
    const entry = h(
      'li',
      { class: 'log-entry', attrs: { 'data-event': name, 'data-tone': error ? 'error' : name === 'authenticated' || name.endsWith('success') ? 'success' : false } },
      h('time', { class: 'log-time', text: clock(new Date()) }),
      h('span', { class: 'log-source', text: source }),
      h('strong', { class: 'log-name', text: name }),
      payload === undefined ? null : h('code', { class: 'log-payload', text: formatPayload(payload) }),
    );
    list.prepend(entry);
    empty.hidden = true;
    while (list.children.length > MAX_ENTRIES) list.lastElementChild?.remove();
  }

  return {
    attach(latch, source) {
      for (const name of EVENT_NAMES) {
        latch.on(name, (payload) => {
          add(source, name, payload);
          onEvent(name);
        });
      }
    },
  };
}
