import { cell, type Cell } from './cell';
import { initialState, transition } from './machine/machine';
import type {
  Effect,
  FocusTarget,
  HostEventName,
  MachineConfig,
  MachineEvent,
  MachineState,
  ScreenName,
} from './machine/machine.types';
import { isRequestEffect, requestEffects, type EffectContext } from './effects';

export interface FocusRequest {
  readonly target: FocusTarget;
  /** Grows with every request, so asking twice for the same target still moves focus. */
  readonly seq: number;
}

export interface StoreOptions {
  readonly config: MachineConfig;
  readonly initialScreen: ScreenName;
  readonly prefill?: { email?: string; linkProblem?: MachineState['linkProblem']; online?: boolean };
  readonly context: EffectContext;
  readonly emit: (event: HostEventName, payload?: unknown) => void;
}

export interface Store {
  readonly state: Cell<MachineState>;
  readonly focus: Cell<FocusRequest | null>;
  /** The time, updated every second while a rate-limit wait runs, for the countdown. */
  readonly clock: Cell<number>;
  send(event: MachineEvent): void;
  /** Runs the first screen's effects (its "ready" event); called once, when the widget is first shown. */
  start(): void;
  /** Aborts any request and timer; later events are ignored. */
  destroy(): void;
}

/** Holds the machine state in observable cells and runs the effects the machine asks for. */
export function createStore(options: StoreOptions): Store {
  const first = initialState(options.config, options.initialScreen, options.prefill);
  const state = cell(first.state);
  const focus = cell<FocusRequest | null>(null);
  const now = options.context.now;
  const clock = cell(now());
  let controller: AbortController | null = null;
  let waitTimer: ReturnType<typeof setInterval> | undefined;
  let destroyed = false;
  const network = () => send({ type: navigator.onLine ? 'NETWORK.ONLINE' : 'NETWORK.OFFLINE' });

  function abort() {
    controller?.abort();
    controller = null;
  }

  function run(effect: Effect) {
    if (isRequestEffect(effect)) {
      abort();
      const current = new AbortController();
      controller = current;
      const runner = requestEffects[effect.type] as (
        e: typeof effect,
        context: EffectContext,
        signal: AbortSignal,
      ) => Promise<MachineEvent>;
      const request = runner(effect, options.context, current.signal);
      void request.then((event) => {
        if (controller === current) controller = null;
        send(event);
      });
      return;
    }
    switch (effect.type) {
      case 'abort':
        abort();
        return;
      case 'scheduleWaitEnd':
        // One tick a second drives the countdown; the tick at or after the deadline ends the wait.
        clearInterval(waitTimer);
        clock.value = now();
        waitTimer = setInterval(() => {
          clock.value = now();
          if (clock.peek() >= effect.at) {
            clearInterval(waitTimer);
            send({ type: 'WAIT.END', now: clock.peek() });
          }
        }, Math.min(1000, Math.max(0, effect.at - now())));
        return;
      case 'focus':
        focus.value = { target: effect.target, seq: (focus.peek()?.seq ?? 0) + 1 };
        return;
      case 'notify':
        options.emit(effect.event, effect.payload);
        return;
    }
  }

  function send(event: MachineEvent) {
    if (destroyed) return;
    const next = transition(state.peek(), event);
    // The view re-renders asynchronously after a change, so effects that follow it (focus) see the new state.
    state.value = next.state;
    next.effects.forEach(run);
  }

  let started = false;

  return {
    state,
    focus,
    clock,
    send,
    start() {
      if (started || destroyed) return;
      started = true;
      addEventListener('online', network);
      addEventListener('offline', network);
      first.effects.forEach(run);
    },
    destroy() {
      destroyed = true;
      abort();
      clearInterval(waitTimer);
      removeEventListener('online', network);
      removeEventListener('offline', network);
    },
  };
}
