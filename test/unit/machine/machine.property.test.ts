import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import { en } from '../../../src/i18n/en';
import { initialState, transition } from '../../../src/flows/all';
import type { Effect, MachineEvent, MachineState, ScreenName, Transition } from '../../../src/machine/machine.types';
import {
  answer,
  command,
  FIELDS,
  FOCUS_TARGETS,
  has,
  HOST_EVENTS,
  LINK_PROBLEMS,
  OPERATIONS,
  SCREENS,
  SECRET,
  start,
  STATUSES,
  SUBMIT_OF,
  TONES,
  type Command,
  type Operation,
  type RequestEffect,
  type Start,
} from './machine.arbitraries';

/*
 * The machine under random use: long schedules of typing, submits, screen switches, reveal toggles, network
 * changes and 429 waits, with the server's answers arriving late, out of order, twice, or after the person moved
 * on. The model beside the machine only tracks which requests went out and which one is live; every step is
 * checked against the schema and against the promises the widget makes to the person and to the host page.
 */

const RUNS = 300;
const MAX_EVENTS = 200;
const T0 = 1_800_000_000_000;

interface Issued {
  readonly id: number;
  readonly op: Operation;
  answers: number;
}
interface Model {
  live: number | null;
  readonly issued: Issued[];
  clock: number;
  scheduled: number | null;
}
interface Step {
  readonly prev: MachineState;
  readonly event: MachineEvent;
  readonly result: Transition;
  /** The event answered the request the machine was waiting for. */
  readonly accepted: boolean;
  readonly liveBefore: number | null;
  readonly model: Model;
}

const counts = () => ({ runs: 0, events: 0, requests: 0, delivered: 0, lateOrOutOfOrder: 0, accepted: 0, signedIn: 0 });
type Tally = ReturnType<typeof counts>;
/** What the current gate's runs reached (shrinking excluded); `total` sums every gate for the summary line. */
let tally: Tally = counts();
const total = { ...counts(), failures: 0 };

/** A plain assertion: these run for every step of every schedule, so they stay cheap. */
function ok(condition: boolean, message = 'property violated'): asserts condition {
  if (!condition) throw new Error(message);
}

const isRequest = (effect: Effect): effect is RequestEffect => has(OPERATIONS, effect.type);
const isAnswer = (event: MachineEvent): event is Extract<MachineEvent, { requestId: number }> => 'requestId' in event;
const isSubmit = (event: MachineEvent) => event.type.endsWith('.SUBMIT');
const canSend = (state: MachineState) => state.status === 'idle' || state.status === 'error';
/** The answers each screen can be waiting for (the login after a sign-up is answered on the sign-up screen). */
const OPS_OF: Record<ScreenName, readonly Operation[]> = {
  login: ['login'],
  signUp: ['signUp', 'login'],
  forgotPassword: ['changePassword'],
  resetPassword: ['resetPassword'],
  signedIn: ['login'],
  unrecoverable: ['login'],
  lastLogin: ['sessionLogin'],
};
const SUCCESS_NOTICE: Partial<Record<string, MachineEvent['type']>> = {
  authenticated: 'LOGIN.SUCCESS',
  'forgot_password success': 'FORGOT.SUCCESS',
  'signup success': 'SIGNUP.SUCCESS',
  'password_reset success': 'RESET.SUCCESS',
};

function checkSchema(state: MachineState, effects: readonly Effect[]): void {
  ok(has(SCREENS, state.screen), `screen ${state.screen}`);
  ok(has(STATUSES, state.status), `status ${state.status}`);
  for (const [field, key] of Object.entries(state.fieldErrors)) {
    ok(has(FIELDS, field) && has(en, key), `field error ${field}: ${key}`);
  }
  if (state.message !== null) {
    ok(has(TONES, state.message.tone) && has(en, state.message.key), `message ${JSON.stringify(state.message)}`);
    const wait = state.message.waitSeconds;
    ok(wait === undefined || (Number.isInteger(wait) && wait >= 0), `waitSeconds ${wait}`);
  }
  if (state.status === 'waiting') ok(Number.isFinite(state.waitUntil));
  else ok(state.waitUntil === null, `waitUntil ${state.waitUntil} while ${state.status}`);
  ok(state.linkProblem === null || LINK_PROBLEMS.includes(state.linkProblem));
  ok(state.revealed.every((field) => has(FIELDS, field)) && new Set(state.revealed).size === state.revealed.length);
  ok(Number.isSafeInteger(state.requestId) && state.requestId >= 0);
  for (const effect of effects) {
    if (effect.type === 'focus') ok(has(FOCUS_TARGETS, effect.target));
    if (effect.type === 'notify') ok(has(HOST_EVENTS, effect.event), effect.event);
  }
}

/** Passwords go only into the request that needs them: never into an event for the host page, the state's text, or a reset email request. */
function checkSecrets({ result }: Step): void {
  for (const effect of result.effects) {
    if (effect.type === 'login' || effect.type === 'signUp' || effect.type === 'resetPassword') continue;
    const json = JSON.stringify(effect);
    ok(!json.includes(SECRET), `password leaked in ${json}`);
    ok(!/"(password|confirm)"\s*:/.test(json), `password field in ${json}`);
  }
  const { password: _password, confirm: _confirm, ...shown } = result.state;
  ok(!JSON.stringify(shown).includes(SECRET), 'password copied into the state beyond its fields');
}

/** At most one request is live, it is the one the state names, and only its answer is ever taken. */
function checkRequests({ prev, event, result, accepted, liveBefore, model }: Step): void {
  const { state, effects } = result;
  ok(state.requestId >= prev.requestId, 'request id went back');
  if (isAnswer(event) && !accepted) {
    if (state !== prev) expect(state, `stale answer ${JSON.stringify(event)} changed the state`).toEqual(prev);
    ok(effects.length === 0, `stale answer had effects ${JSON.stringify(effects)}`);
  }
  if (accepted) ok(event.type !== 'WAIT.END' && isAnswer(event) && event.requestId === liveBefore);
  const aborted = effects.some((effect) => effect.type === 'abort');
  if (aborted) ok(liveBefore !== null, 'abort with nothing in flight');
  if (prev.status === 'pending' && state.screen !== prev.screen && !accepted) ok(aborted, 'left a screen without aborting its request');

  const requests = effects.filter(isRequest);
  ok(requests.length <= 1, 'two requests at once');
  const [request] = requests;
  if (request) {
    ok(accepted || aborted || liveBefore === null, 'a second request while one is in flight');
    ok(request.requestId === state.requestId, 'request sent under an id the state does not hold');
    ok(model.issued.slice(0, -1).every((earlier) => earlier.id < request.requestId), 'request id reused');
    const fromSubmit = isSubmit(event) && event.type === SUBMIT_OF[prev.screen]?.type && canSend(prev);
    const fromOnline = event.type === 'NETWORK.ONLINE' && prev.status === 'offline';
    const fromSignUp = accepted && event.type === 'SIGNUP.SUCCESS' && prev.config.loginAfterSignUp;
    ok(fromSubmit || fromOnline || fromSignUp, `request sent on ${event.type} from ${prev.status}`);
  }
  if (isSubmit(event) && !canSend(prev)) {
    ok(request === undefined, `submit while ${prev.status} sent a request`);
    if (state !== prev) expect(state).toEqual(prev);
  }
  // The machine's own view and the model agree: pending exactly while one request is live, and it is that one.
  ok((state.status === 'pending' ? state.requestId : null) === model.live, `status ${state.status}, id ${state.requestId}, live ${model.live}`);
  if (model.live !== null) {
    const live = model.issued.find((issued) => issued.id === model.live);
    ok(live !== undefined && OPS_OF[state.screen].includes(live.op), `${live?.op} in flight on ${state.screen}`);
  }
  if (prev.status === 'waiting' && state.status !== 'waiting' && state.screen === prev.screen) {
    ok(event.type === 'WAIT.END' && event.now >= (prev.waitUntil ?? Infinity), `wait ended early by ${event.type}`);
  }
}

/** The only id the machine takes an answer for is the live one: probe the ids around it with successes. */
function checkOnlyLiveAccepted({ result: { state } }: Step): void {
  const ids = state.status === 'pending' ? [state.requestId - 1, state.requestId + 1] : [state.requestId, state.requestId + 1];
  for (const op of OPS_OF[state.screen]) {
    for (const id of ids) {
      const probe = transition(state, answer(op, id, true, { kind: 'network', status: 0, code: '', description: '' }, T0));
      ok(probe.effects.length === 0, `answer ${op} #${id} taken in ${state.status} with id ${state.requestId}`);
      if (probe.state !== state) expect(probe.state).toEqual(state);
    }
  }
}

/** Nothing says success, and nobody is signed in, unless the server answered the live request with a success. */
function checkSuccess({ prev, event, result, accepted, model }: Step): void {
  const { state, effects } = result;
  const success = accepted && event.type.endsWith('.SUCCESS');
  if (state.screen === 'signedIn' && prev.screen !== 'signedIn') {
    const op = isAnswer(event) ? model.issued.find((issued) => issued.id === event.requestId)?.op : undefined;
    ok(success && event.type === 'LOGIN.SUCCESS' && op === 'login', `signed in on ${event.type}`);
  }
  if (state.message?.tone === 'success' && state.message !== prev.message) {
    ok(success, `success message ${state.message.key} on ${event.type}`);
  }
  for (const effect of effects) {
    const expected = effect.type === 'notify' ? SUCCESS_NOTICE[effect.event] : undefined;
    if (expected) ok(success && event.type === expected, `${effect.type} ${expected} on ${event.type}`);
  }
}

/** The signed-in and unrecoverable screens are the end of the road: no event changes what they show. */
function checkTerminalScreens({ prev, event, result }: Step): void {
  if (prev.screen !== 'signedIn' && prev.screen !== 'unrecoverable') return;
  // Tracking the browser's online flag is bookkeeping, not something the screen shows.
  const shown = { ...result.state, online: prev.online };
  if (result.state !== prev) expect(shown, `${event.type} changed the ${prev.screen} screen`).toEqual(prev);
  ok(result.effects.length === 0, `${event.type} had effects on the ${prev.screen} screen`);
}

/** Pressing the button of a form the person can see does something: a request, a field error, or an offline hold. */
function checkSubmitIsNeverSwallowed({ prev, event, result }: Step): void {
  const formShown = !(prev.screen === 'resetPassword' && prev.linkProblem);
  if (event.type !== SUBMIT_OF[prev.screen]?.type || !canSend(prev) || !formShown) return;
  const answered =
    result.effects.some((effect) => isRequest(effect) || (effect.type === 'focus' && effect.target !== 'heading')) ||
    result.state.status === 'offline';
  ok(answered, `${event.type} on ${prev.screen} (linkProblem ${prev.linkProblem}) did nothing`);
}

function toEvent(cmd: Command, state: MachineState, model: Model, counting: boolean): MachineEvent | null {
  switch (cmd.kind) {
    case 'user':
      return cmd.event;
    case 'submitHere':
      return SUBMIT_OF[state.screen] ?? { type: 'LOGIN.SUBMIT' };
    case 'confirmSame':
      return { type: 'FIELD.CHANGE', field: 'confirm', value: state.password };
    case 'tick':
      model.clock += cmd.ms;
      return null;
    case 'waitEnd':
      return { type: 'WAIT.END', now: cmd.offset === 'scheduled' ? (model.scheduled ?? model.clock) : model.clock + cmd.offset };
    case 'respond':
    case 'forge': {
      const { issued } = model;
      const id = cmd.kind === 'forge' ? state.requestId + cmd.delta : undefined;
      const target =
        cmd.kind === 'forge'
          ? issued.find((request) => request.id === id)
          : cmd.pick === 'live'
            ? (issued.find((request) => request.id === model.live) ?? issued.at(-1))
            : cmd.pick === 'newest'
              ? issued.at(-1)
              : issued[cmd.pick % Math.max(1, issued.length)];
      if (!target) return cmd.kind === 'forge' && id !== undefined ? answer(cmd.op, id, cmd.ok, cmd.error, model.clock) : null;
      if (counting) {
        tally.delivered += 1;
        const late = target.id !== model.live || issued.some((other) => other.id < target.id && other.answers === 0);
        if (late) tally.lateOrOutOfOrder += 1;
      }
      target.answers += 1;
      return answer(target.op, target.id, cmd.ok, cmd.error, model.clock, cmd.kind === 'respond' && cmd.redirect);
    }
  }
}

function run(begin: Start, commands: readonly Command[], checks: readonly ((step: Step) => void)[], counting: boolean): void {
  const prefill = { online: begin.online, ...(begin.email !== undefined ? { email: begin.email } : {}), ...(begin.linkProblem ? { linkProblem: begin.linkProblem } : {}) };
  const first = initialState(begin.config, begin.screen, prefill);
  checkSchema(first.state, first.effects);
  let state = first.state;
  const model: Model = { live: null, issued: [], clock: T0, scheduled: null };
  for (const cmd of commands) {
    const event = toEvent(cmd, state, model, counting);
    if (!event) continue;
    const result = transition(state, event);
    const liveBefore = model.live;
    const accepted = isAnswer(event) && state.status === 'pending' && event.requestId === state.requestId;
    if (accepted || result.effects.some((effect) => effect.type === 'abort')) model.live = null;
    for (const effect of result.effects) {
      if (isRequest(effect)) {
        model.issued.push({ id: effect.requestId, op: effect.type, answers: 0 });
        model.live = effect.requestId;
      }
      if (effect.type === 'scheduleWaitEnd') model.scheduled = effect.at;
    }
    if (counting) {
      tally.events += 1;
      tally.requests += result.effects.filter(isRequest).length;
      if (accepted) tally.accepted += 1;
      if (result.state.screen === 'signedIn' && state.screen !== 'signedIn') tally.signedIn += 1;
    }
    checkSchema(result.state, result.effects);
    for (const check of checks) check({ prev: state, event, result, accepted, liveBefore, model });
    state = result.state;
  }
}

/** Runs a property over random starts and schedules, counting only the runs before any failure (not shrinking). */
function gate(checks: readonly ((step: Step) => void)[]): Tally {
  let failing = false;
  const own = counts();
  tally = own;
  const property = fc.property(start, fc.array(command, { minLength: 1, maxLength: MAX_EVENTS, size: 'max' }), (begin, commands) => {
    try {
      run(begin, commands, checks, !failing);
      if (!failing) tally.runs += 1;
    } catch (error) {
      failing = true;
      throw error;
    }
  });
  try {
    fc.assert(property, { numRuns: RUNS });
    return own;
  } catch (error) {
    total.failures += 1;
    throw error;
  } finally {
    for (const key of Object.keys(own) as (keyof Tally)[]) total[key] += own[key];
  }
}

describe('the machine under random use', () => {
  afterAll(() => {
    console.log(
      `machine property gate: ${total.runs} runs × up to ${MAX_EVENTS} events, ${total.lateOrOutOfOrder} responses delivered late or out of order, ${total.failures} property failures`,
    );
  });

  test('stays in its schema, keeps one request in flight, shows only the successes the server sent, never leaks a password', () => {
    const reached = gate([checkRequests, checkOnlyLiveAccepted, checkSuccess, checkSecrets]);
    // The schedules must reach the interesting places, or the properties above hold vacuously.
    expect(reached.requests).toBeGreaterThan(RUNS);
    expect(reached.accepted).toBeGreaterThan(RUNS);
    expect(reached.signedIn).toBeGreaterThan(RUNS / 10);
    expect(reached.lateOrOutOfOrder).toBeGreaterThan(RUNS);
  });

  // Fails today: NETWORK.OFFLINE puts "You're offline. We'll send this…" on the signed-in and unrecoverable
  // screens (and NETWORK.ONLINE then wipes the unrecoverable screen's explanation), though nothing there is sent.
  test('nothing changes the signed-in or unrecoverable screen', () => {
    gate([checkTerminalScreens]);
  });

  // Fails today: "Send me a new link" on a dead reset link opens the forgot-password form with linkProblem still
  // set, and submitWith() ignores every submit while linkProblem is set, so "Send email" does nothing.
  test('a submit on a form the person can see is never silently ignored', () => {
    gate([checkSubmitIsNeverSwallowed]);
  });
});
