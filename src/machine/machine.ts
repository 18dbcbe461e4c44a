import type { AnyFlow, FlowRegistry } from '../flows/flow';
import { canSubmit, holdOffline, ignore, notify, OFFLINE_MESSAGE, type Handler, type ScreenTable } from './core';
import type { FieldName, FocusTarget, MachineConfig, MachineEvent, MachineState, Message, ScreenName, Transition } from './machine.types';

/** The flow that owns `screen` among `flows`; none for the core's own two screens or a flow not among them. */
export const flowIn = (flows: Readonly<Partial<FlowRegistry>>, screen: ScreenName): AnyFlow | undefined =>
  screen === 'signedIn' || screen === 'unrecoverable' ? undefined : flows[screen];

/** Whether any of `flows` answers `event` on `screen`: an action nobody answers is not offered. */
export const answers = (flows: Readonly<Partial<FlowRegistry>>, screen: ScreenName, event: MachineEvent): boolean =>
  Object.values(flows).some((flow) => flow?.rows[screen]?.[event.type] !== undefined);

export interface Machine {
  /** The pure step: the next state and the effects to run for `event` in `state`. */
  transition(state: MachineState, event: MachineEvent): Transition;
  /** The first state for a widget, and the effects of showing its first screen. */
  initialState(config: MachineConfig, screen: ScreenName, prefill?: Prefill): Transition;
}

export interface Prefill {
  readonly email?: string;
  readonly username?: string;
  readonly linkProblem?: MachineState['linkProblem'];
  readonly online?: boolean;
  /** The site's message for the live region when the widget opens (Lock's `flashMessage`). */
  readonly flash?: { readonly type: Message['tone']; readonly text: string } | null;
}

/**
 * The transition table, derived from the flows: for each screen, the rows every flow gives it (its own, and the
 * events that open other flows from it), then the rows every screen shares. An event nobody lists is ignored (same
 * state, no effects). `flows` may grow later (a flow registered by an entry of its own): it is read on every event.
 */
export function createMachine(flows: Readonly<Partial<FlowRegistry>>): Machine {
  const flowOf = (screen: ScreenName) => flowIn(flows, screen);

  /**
   * Back online: a held submission goes out now, as if the person had pressed the button again; but they did not,
   * so the host page is not told of a second submit.
   */
  function cameOnline(state: MachineState): Transition {
    const online = { ...state, online: true };
    const submit = flowOf(state.screen)?.submit;
    if (state.status === 'offline' && submit) {
      const sent = transition({ ...online, status: 'idle', message: null }, submit);
      return { ...sent, effects: sent.effects.filter((effect) => effect.type !== 'notify' || !effect.event.endsWith(' submit')) };
    }
    return ignore(state.message?.key === 'error.offline' ? { ...online, message: null } : online);
  }

  function wentOffline(state: MachineState): Transition {
    // A request in flight may still succeed; only an idle form says at once that the network is gone (the
    // signed-in and unavailable screens have nothing to send).
    const idle = canSubmit(state) && flowOf(state.screen) !== undefined;
    return { state: { ...state, online: false, message: idle ? OFFLINE_MESSAGE : state.message }, effects: [] };
  }

  /** Events every screen answers the same way. */
  const always: ScreenTable = {
    'NETWORK.OFFLINE': wentOffline,
    'NETWORK.ONLINE': cameOnline,
    'CONFIG.LOADED': (state, { config }) => ignore({ ...state, config: { ...state.config, ...config } }),
    // Kept on every screen: a site's prefill or choices may arrive before the sign-up screen is open.
    'EXTRA.CHANGE': (state, { name, value }) => {
      const extraProblems = { ...state.extraProblems };
      delete extraProblems[name];
      return ignore({ ...state, extra: { ...state.extra, [name]: value }, extraProblems });
    },
    'EXTRA.CHOICES': (state, { name, choices }) => ignore({ ...state, choices: { ...state.choices, [name]: choices } }),
  };

  function transition(state: MachineState, event: MachineEvent): Transition {
    let row: ScreenTable[MachineEvent['type']];
    for (const flow of Object.values(flows)) row = flow?.rows[state.screen]?.[event.type] ?? row;
    const handler = (row ?? always[event.type]) as Handler<typeof event.type> | undefined;
    return handler ? handler(state, event as never) : ignore(state);
  }

  function initialState(config: MachineConfig, screen: ScreenName, prefill: Prefill = {}): Transition {
    const state: MachineState = {
      config,
      screen,
      status: 'idle',
      email: prefill.email ?? '',
      username: prefill.username ?? '',
      password: '',
      confirm: '',
      revealed: [],
      linkProblem: prefill.linkProblem ?? null,
      fieldErrors: {},
      extra: {},
      extraProblems: {},
      choices: {},
      terms: false,
      typed: false,
      account: null,
      message:
        screen === 'unrecoverable'
          ? { tone: 'error', key: 'unrecoverable.body' }
          : prefill.linkProblem
            ? { tone: 'error', key: prefill.linkProblem }
            : prefill.flash
              ? { tone: prefill.flash.type, key: 'flash.text', description: prefill.flash.text }
              : null,
      requestId: 0,
      online: prefill.online ?? true,
      waitUntil: null,
    };
    const ready = flowOf(screen)?.ready;
    return { state, effects: ready ? [notify(ready)] : [] };
  }

  return { transition, initialState };
}

/**
 * Where focus goes when the widget is shown: the field the screen wants filled first (`first`), or the title when
 * autofocus is off, the screen has no form, or the link is dead; a modal must take focus somewhere, so assistive tech
 * knows it opened, while an inline widget without autofocus leaves focus where it is.
 */
export function firstFocus(state: MachineState, first: FieldName | null, autofocus: boolean, modal: boolean): FocusTarget | null {
  if (autofocus && first && !state.linkProblem) return first;
  return modal ? 'heading' : null;
}
