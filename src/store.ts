import { batch, computed, signal, type ReadonlySignal } from '@preact/signals';
import type { EffectContext } from './flows/flow';
import { flows, initialState, runnerOf, transition } from './flows/registry';
import type { Dictionary } from './i18n/en';
import type { Prefill } from './machine/machine';
import type { CoreEffect, Effect, FocusTarget, HostEventName, MachineConfig, MachineEvent, MachineState, ScreenName } from './machine/machine.types';
import type { NormalizedOptions } from './options';
import { connect, submitText } from './view/connect';
import type { ViewModel } from './view/view.types';

export interface FocusRequest {
  readonly target: FocusTarget;
  /** Grows with every request, so asking twice for the same target still moves focus. */
  readonly seq: number;
}

/** What the store takes from the browser, injected so it runs (and is tested) without globals. */
export interface Platform {
  readonly now: () => number;
  readonly online: () => boolean;
  readonly setInterval: (fn: () => void, ms: number) => unknown;
  readonly clearInterval: (id: unknown) => void;
  /** Where `online` and `offline` events arrive (the window). */
  readonly events: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;
}

/** The browser's own, for the widget on a page. */
export const browserPlatform = (): Platform => ({
  now: () => Date.now(),
  online: () => navigator.onLine !== false,
  setInterval: (fn, ms) => setInterval(fn, ms),
  clearInterval: (id) => clearInterval(id as ReturnType<typeof setInterval>),
  events: window,
});

/** What the view model is built from besides the machine state; a new language replaces it. */
export interface ViewSettings {
  readonly options: NormalizedOptions;
  readonly dict: Dictionary;
}

export interface StoreOptions {
  readonly config: MachineConfig;
  readonly initialScreen: ScreenName;
  readonly prefill?: Prefill;
  readonly context: Omit<EffectContext, 'now'>;
  readonly emit: (event: HostEventName, payload?: unknown) => void;
  readonly platform: Platform;
  readonly settings: ReadonlySignal<ViewSettings>;
  readonly modal: boolean;
  /**
   * Puts the machine in a state of the caller's making instead of the first screen's (the designers' studio pins
   * screens this way): no first effects run, and the state stays as given until the person acts.
   */
  readonly pin?: (state: MachineState) => MachineState;
}

export interface Store {
  readonly state: ReadonlySignal<MachineState>;
  /** The latest focus the machine asked for. */
  readonly focus: ReadonlySignal<FocusRequest | null>;
  /** The time, updated every second while a rate-limit wait runs, for the countdown. */
  readonly clock: ReadonlySignal<number>;
  /** What the screens show: recomputed when the state or the settings change, never on a countdown tick. */
  readonly view: ReadonlySignal<ViewModel>;
  /** The submit button's text: the only thing a countdown tick changes. */
  readonly submitText: ReadonlySignal<string>;
  send(event: MachineEvent): void;
  /** Runs the first screen's effects (its "ready" event); called once, when the widget is first shown. */
  start(): void;
  /** Aborts any request and timer; later events are ignored. */
  destroy(): void;
}

const CORE_EFFECTS: { readonly [T in CoreEffect['type']]: true } = { abort: true, scheduleWaitEnd: true, focus: true, notify: true };
const isCore = (effect: Effect): effect is CoreEffect => Object.hasOwn(CORE_EFFECTS, effect.type);

/** Holds the machine state in signals and runs the effects the machine asks for. */
export function createStore(options: StoreOptions): Store {
  const { platform, settings } = options;
  const initial = initialState(options.config, options.initialScreen, options.prefill);
  const { pin } = options;
  const first = pin ? { state: pin(initial.state), effects: [] } : initial;
  const state = signal(first.state);
  const focus = signal<FocusRequest | null>(null);
  const clock = signal(platform.now());
  const view = computed(() => connect(state.value, settings.value.options, settings.value.dict, { flows, modal: options.modal }));
  const text = computed(() => {
    const submit = view.value.form?.submit;
    // Only a running wait reads the clock, so ticks re-render nothing else.
    return submitText(submit, submit?.waitUntil != null ? clock.value : 0, settings.value.dict, settings.value.options.language);
  });
  const context: EffectContext = { ...options.context, now: platform.now };
  let controller: AbortController | null = null;
  let waitTimer: unknown;
  let destroyed = false;
  const network = () => send({ type: platform.online() ? 'NETWORK.ONLINE' : 'NETWORK.OFFLINE' });

  function abort() {
    controller?.abort();
    controller = null;
  }

  const requestFocus = (target: FocusTarget) => {
    focus.value = { target, seq: (focus.peek()?.seq ?? 0) + 1 };
  };

  function run(effect: Effect) {
    if (!isCore(effect)) {
      // A flow's request: at most one in flight; a newer one aborts it.
      const runner = runnerOf(effect);
      if (!runner) return;
      abort();
      const current = new AbortController();
      controller = current;
      void runner(effect, context, current.signal).then((event) => {
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
        platform.clearInterval(waitTimer);
        clock.value = platform.now();
        waitTimer = platform.setInterval(() => {
          clock.value = platform.now();
          if (clock.peek() >= effect.at) {
            platform.clearInterval(waitTimer);
            send({ type: 'WAIT.END', now: clock.peek() });
          }
        }, Math.min(1000, Math.max(0, effect.at - platform.now())));
        return;
      case 'focus':
        requestFocus(effect.target);
        return;
      case 'notify':
        options.emit(effect.event, effect.payload);
        return;
      default: {
        const unknown: never = effect;
        return unknown;
      }
    }
  }

  function send(event: MachineEvent) {
    if (destroyed) return;
    const next = transition(state.peek(), event);
    // The new state first, so effects that follow it (focus) find the new screen once it has rendered.
    batch(() => {
      state.value = next.state;
    });
    next.effects.forEach(run);
  }

  let started = false;

  return {
    state,
    focus,
    clock,
    view,
    submitText: text,
    send,
    start() {
      if (started || destroyed) return;
      started = true;
      platform.events.addEventListener('online', network);
      platform.events.addEventListener('offline', network);
      first.effects.forEach(run);
      // The connection may have gone (or come back) between construction and the first show.
      if (!pin && platform.online() !== state.peek().online) network();
    },
    destroy() {
      destroyed = true;
      abort();
      platform.clearInterval(waitTimer);
      platform.events.removeEventListener('online', network);
      platform.events.removeEventListener('offline', network);
    },
  };
}
