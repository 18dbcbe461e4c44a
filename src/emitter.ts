import type { HostEventName } from './machine/machine.types';

export type Listener = (payload?: unknown) => void;

/**
 * Lock-style `on`/`off` events: a map of event name to its listeners (`clear()` forgets them all). A throwing listener
 * is reported but never breaks the widget or other listeners.
 */
export class Emitter extends Map<HostEventName, Set<Listener>> {
  on(name: HostEventName, fn: Listener): void {
    let set = this.get(name);
    if (!set) this.set(name, (set = new Set()));
    set.add(fn);
  }

  off(name: HostEventName, fn?: Listener): void {
    if (fn) this.get(name)?.delete(fn);
    else this.delete(name);
  }

  emit(name: HostEventName, payload?: unknown): void {
    for (const fn of [...(this.get(name) ?? [])]) {
      try {
        if (payload === undefined) fn();
        else fn(payload);
      } catch (error) {
        console.error(`Latch: a "${name}" listener threw`, error);
      }
    }
  }
}
