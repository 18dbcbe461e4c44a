import type { HostEventName, LockOnlyEventName } from './machine/machine.types';

export type Listener = (payload?: unknown) => void;
export type Listeners = Map<HostEventName | LockOnlyEventName, Set<Listener>>;

/** Calls the event's listeners. A throwing listener is reported but never breaks the widget or other listeners. */
export function emit(listeners: Listeners, name: HostEventName, payload?: unknown): void {
  for (const fn of [...(listeners.get(name) ?? [])]) {
    try {
      if (payload === undefined) fn();
      else fn(payload);
    } catch (error) {
      console.error(`Latch: a "${name}" listener threw`, error);
    }
  }
}
