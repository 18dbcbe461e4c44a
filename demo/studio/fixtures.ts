// The states the gallery shows, read from the flow registry: every registered flow's screen, in the conditions every
// form meets (ready, filled, a field refused, pending, the server's answers: success, error, a 429 wait, no network,
// offline), plus the core's own screens. Each state is reached by the widget's real machine (`transition`) from the
// widget's own first state, so a cell shows what a person would see, and a new flow appears here without an edit.
import '../../src/flows/all';
import { flows, initialState, transition } from '../../src/flows/registry';
import type { RequestError } from '../../src/machine/errors';
import type { MachineEvent, MachineState, ScreenName } from '../../src/machine/machine.types';
import type { AnyFlow } from '../../src/flows/flow';
import { normalizeOptions } from '../../src/options';

/** One state of one screen: how the widget's first state is turned into it. */
export interface StateFixture {
  readonly id: string;
  readonly label: string;
  readonly pin: (first: MachineState) => MachineState;
}

export interface ScreenFixtures {
  readonly screen: ScreenName;
  readonly states: readonly StateFixture[];
}

/** What a person would have typed: valid everywhere, so a submit goes out. */
const TYPED = { email: 'ada@example.com', username: 'ada_l', password: 'Purple-Otter-42', confirm: 'Purple-Otter-42' };
/** Fixed so a wait shows the same countdown in every cell. */
const WAIT_SECONDS = 42;

const httpError = (status: number, code: string, extra: Partial<RequestError> = {}): RequestError => ({ kind: 'http', status, code, description: '', ...extra });

/** The answers a request can get, as the API client reports them to the machine. */
const OUTCOMES: readonly { id: string; label: string; result: 'SUCCESS' | 'FAILURE'; error?: RequestError }[] = [
  { id: 'success', label: 'Succeeded', result: 'SUCCESS' },
  { id: 'server-error', label: 'Server error (500)', result: 'FAILURE', error: httpError(500, 'server_error') },
  { id: 'rate-limited', label: '429 wait', result: 'FAILURE', error: httpError(429, 'too_many_requests', { retryAfter: WAIT_SECONDS }) },
  { id: 'network', label: 'No answer (network)', result: 'FAILURE', error: { kind: 'network', status: 0, code: '', description: '' } },
];

/** What a login's success carries (the signed-in screen shows the account from it). */
const TOKENS = {
  accessToken: 'fixture-access-token',
  idToken: 'fixture-id-token',
  idTokenPayload: { sub: 'auth0|fixture', email: TYPED.email, name: 'Ada Lovelace' },
  expiresIn: 86400,
  tokenType: 'Bearer',
  scope: 'openid profile email',
};

const run = (state: MachineState, event: MachineEvent): MachineState => transition(state, event).state;

/** The flow's screen as opened, with a found account for the screens that show one (last login). */
function opened(flow: AnyFlow, first: MachineState): MachineState {
  return { ...first, screen: flow.screen, message: null, account: { name: TYPED.email } };
}

function filled(flow: AnyFlow, first: MachineState): MachineState {
  return { ...opened(flow, first), ...TYPED, terms: true, typed: true };
}

/** The result events a flow's own rows answer (`X.SUCCESS`, `X.FAILURE`), found by name. */
function resultEvent(flow: AnyFlow, result: 'SUCCESS' | 'FAILURE'): string | undefined {
  const rows: Readonly<Record<string, unknown>> = flow.rows[flow.screen] ?? {};
  return Object.keys(rows).find((name) => name.endsWith(`.${result}`));
}

/** Whether the flow's screen has a form to fill (the last-login screen has one button). */
function hasForm(flow: AnyFlow, first: MachineState): boolean {
  const read = normalizeOptions('studio', 'https://studio.invalid', {});
  return !read.ok || flow.model(opened(flow, first), read.options).form !== null;
}

function flowStates(flow: AnyFlow, first: MachineState): StateFixture[] {
  const submit = (state: MachineState) => run(state, flow.submit);
  const states: StateFixture[] = [{ id: 'ready', label: 'Ready', pin: (first) => opened(flow, first) }];
  if (hasForm(flow, first)) {
    states.push({ id: 'filled', label: 'Filled in', pin: (first) => filled(flow, first) });
    states.push({ id: 'invalid', label: 'Submitted empty', pin: (first) => submit(opened(flow, first)) });
  }
  states.push({ id: 'pending', label: 'Pending', pin: (first) => submit(filled(flow, first)) });
  for (const outcome of OUTCOMES) {
    const type = resultEvent(flow, outcome.result);
    if (!type) continue;
    states.push({
      id: outcome.id,
      label: outcome.label,
      pin: (first) => {
        const pending = submit(filled(flow, first));
        const event = { type, requestId: pending.requestId, at: Date.now(), tokens: TOKENS, ...(outcome.error ? { error: outcome.error } : {}) };
        return run(pending, event as MachineEvent);
      },
    });
  }
  states.push({ id: 'offline', label: 'Offline, held', pin: (first) => submit(run(filled(flow, first), { type: 'NETWORK.OFFLINE' })) });
  return states;
}

/** Every screen the registry has, and its states; then the core's screens. */
export function screenFixtures(): ScreenFixtures[] {
  // A first state to ask the flows' models with (only which fields a screen has is read from it).
  const read = normalizeOptions('studio', 'https://studio.invalid', {});
  if (!read.ok) throw new Error(`The studio's probe options are refused: ${read.problems.join('; ')}`);
  const first = initialState(read.options, 'login').state;
  const list: ScreenFixtures[] = Object.values(flows).map((flow) => ({ screen: flow.screen, states: flowStates(flow, first) }));
  list.push({ screen: 'signedIn', states: [{ id: 'ready', label: 'Signed in', pin: (first) => ({ ...first, ...TYPED, password: '', confirm: '', screen: 'signedIn', message: null }) }] });
  list.push({ screen: 'unrecoverable', states: [{ id: 'ready', label: 'Unavailable', pin: (first) => ({ ...first, screen: 'unrecoverable', message: { tone: 'error', key: 'unrecoverable.body' } }) }] });
  return list;
}
