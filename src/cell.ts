/**
 * A value that tells its subscribers when it changes. The view re-renders its whole (small) tree on any change,
 * so this is all it needs of a signal; a signals library would add about 1.6 KB gzipped to a 20 KB budget.
 */
export interface Cell<T> {
  readonly value: T;
  peek(): T;
  /** Calls `listener` after every change; returns the function that stops it. */
  subscribe(listener: () => void): () => void;
}

export interface WritableCell<T> extends Cell<T> {
  value: T;
}

export function cell<T>(initial: T): WritableCell<T> {
  let current = initial;
  const listeners = new Set<() => void>();
  return {
    get value() {
      return current;
    },
    set value(next: T) {
      current = next;
      for (const listener of [...listeners]) listener();
    },
    peek: () => current,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
