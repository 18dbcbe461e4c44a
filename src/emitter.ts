import type { HostEventName } from './machine/machine.types';

export type Listener = (payload?: unknown) => void;

/** Lock-style `on`/`off` events. A throwing listener is reported but never breaks the widget or other listeners. */
export class Emitter {
  private readonly listeners = new Map<HostEventName, Set<Listener>>();

  on(name: HostEventName, fn: Listener): void {
    let set = this.listeners.get(name);
    if (!set) this.listeners.set(name, (set = new Set()));
    set.add(fn);
  }

  off(name: HostEventName, fn?: Listener): void {
    if (fn) this.listeners.get(name)?.delete(fn);
    else this.listeners.delete(name);
  }

  emit(name: HostEventName, payload?: unknown): void {
    for (const fn of [...(this.listeners.get(name) ?? [])]) {
      try {
        if (payload === undefined) fn();
        else fn(payload);
      } catch (error) {
        console.error(`Latch: a "${name}" listener threw`, error);
      }
    }
  }

  clear(): void {
    this.listeners.clear();
  }
}
