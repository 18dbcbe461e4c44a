// A flow is the unit the widget grows by: one object with every piece its screen needs. These tests hold the
// three promises the design makes about it: leaving a piece out does not compile, the machine answers only the
// events of the flows it was given, and the runtime registry finds a request's runner in whichever flow declares it.
import { describe, expect, test } from 'vitest';
import { ALL_FLOWS } from '../../../src/flows/all';
import type { Flow, FlowRegistry } from '../../../src/flows/flow';
import { forgotFlow } from '../../../src/flows/forgot';
import { lastLoginFlow } from '../../../src/flows/lastLogin';
import { runChangePassword } from '../../../src/flows/forgot/forgot.effects';
import { loginFlow } from '../../../src/flows/login';
import { runLogin } from '../../../src/flows/login/login.effects';
import { openLogin, rows as loginRows } from '../../../src/flows/login/login.machine';
import { FormScreen } from '../../../src/view/parts/FormScreen';
import { addFlow, flowOf, flows, runnerOf, transition as registryTransition } from '../../../src/flows/registry';
import { resetFlow } from '../../../src/flows/reset';
import { signUpFlow } from '../../../src/flows/signup';
import { FLOW_SCREENS } from '../../../src/flows/screens';
import { createMachine } from '../../../src/machine/machine';
import { HOST_EVENTS, type MachineConfig, type MachineState } from '../../../src/machine/machine.types';

const config: MachineConfig = {
  allowLogin: true,
  allowForgotPassword: true,
  allowSignUp: true,
  loginAfterSignUp: true,
  passwordPolicy: { level: 'none' },
  additionalSignUpFields: [],
  mustAcceptTerms: false,
  usernameStyle: null,
};

// ── (a) A flow missing a piece does not compile ─────────────────────────────────────────────────────────────────
// `npm run typecheck` (pretest) compiles this file. Each @ts-expect-error below must meet an error: were a piece
// of Flow made optional, the directive would be unused, which is itself a compile error.

/** A complete login flow written out here: every piece present, so it compiles. */
const complete: Flow<'login'> = {
  screen: 'login',
  title: 'login.title',
  rows: loginRows,
  runners: { login: runLogin },
  submit: { type: 'LOGIN.SUBMIT' },
  ready: 'signin ready',
  initial: (options) => (options.allowLogin ? null : 'allowLogin'),
  model: () => ({ form: null, first: 'email' }),
  View: FormScreen,
};

/** `complete` without one of its pieces, at run time as in its type. */
function without<K extends keyof Flow<'login'>>(key: K): Omit<Flow<'login'>, K> {
  const copy: Partial<Flow<'login'>> = { ...complete };
  delete copy[key];
  return copy as Omit<Flow<'login'>, K>;
}

// @ts-expect-error a flow without its screen does not compile
const noScreen: Flow<'login'> = without('screen');
// @ts-expect-error a flow without its title does not compile
const noTitle: Flow<'login'> = without('title');
// @ts-expect-error a flow without its rows of the transition table does not compile
const noRows: Flow<'login'> = without('rows');
// @ts-expect-error a flow without its request runners does not compile
const noRunners: Flow<'login'> = without('runners');
// @ts-expect-error a flow without its submit event does not compile
const noSubmit: Flow<'login'> = without('submit');
// @ts-expect-error a flow without its ready host event does not compile
const noReady: Flow<'login'> = without('ready');
// @ts-expect-error a flow without its initialScreen rule does not compile
const noInitial: Flow<'login'> = without('initial');
// @ts-expect-error a flow without its screen model does not compile
const noModel: Flow<'login'> = without('model');
// @ts-expect-error a flow without its View component does not compile
const noView: Flow<'login'> = without('View');

// Pieces present but wrong are refused as well.
// @ts-expect-error runners must have one for each request effect of the flow (login's 'login')
const runnersMissingOne: Flow<'login'> = { ...complete, runners: {} };
// @ts-expect-error rows must include the flow's own screen
const rowsWithoutOwnScreen: Flow<'login'> = { ...complete, rows: { signUp: { 'LOGIN.OPEN': openLogin } } };
// @ts-expect-error the submit event must be the flow's own (LOGIN.SUBMIT), not another flow's
const othersSubmit: Flow<'login'> = { ...complete, submit: { type: 'FORGOT.SUBMIT' } };
// @ts-expect-error ready must be a host event's name
const unknownReady: Flow<'login'> = { ...complete, ready: 'login ready' };

// @ts-expect-error the registry must have a flow for every screen (resetPassword is missing)
const missingScreen: FlowRegistry = { login: loginFlow, forgotPassword: forgotFlow, signUp: signUpFlow };
// @ts-expect-error each screen's slot takes that screen's flow only
const wrongSlot: FlowRegistry = { ...ALL_FLOWS, signUp: loginFlow };
const everyScreen: FlowRegistry = { login: complete, forgotPassword: forgotFlow, signUp: signUpFlow, resetPassword: resetFlow, lastLogin: lastLoginFlow };

describe('a flow has every piece', () => {
  // The wrong-piece objects (runnersMissingOne … wrongSlot) are checked by the compiler alone.
  test('the objects the compiler refused really lack what it said', () => {
    const incomplete = { noScreen, noTitle, noRows, noRunners, noSubmit, noReady, noInitial, noModel, noView };
    const keys = Object.keys(complete).sort();
    expect(keys).toEqual(['View', 'initial', 'model', 'ready', 'rows', 'runners', 'screen', 'submit', 'title']);
    for (const [name, flow] of Object.entries(incomplete)) expect(Object.keys(flow), name).toHaveLength(keys.length - 1);
    expect(Object.keys(everyScreen).sort()).toEqual(Object.keys(ALL_FLOWS).sort());
  });

  test('ALL_FLOWS has exactly the five screens, each under its own name', () => {
    expect(Object.keys(ALL_FLOWS).sort()).toEqual(['forgotPassword', 'lastLogin', 'login', 'resetPassword', 'signUp']);
    expect([...FLOW_SCREENS].sort()).toEqual(Object.keys(ALL_FLOWS).sort());
    for (const [key, flow] of Object.entries(ALL_FLOWS)) expect(flow.screen, key).toBe(key);
  });

  test.each(Object.values(ALL_FLOWS).map((flow) => [flow.screen, flow] as const))(
    '%s: submits a ….SUBMIT event its own screen answers, and announces itself with a host event',
    (screen, flow) => {
      expect(flow.submit.type).toMatch(/^[A-Z]+\.SUBMIT$/);
      const ownRows: Readonly<Record<string, unknown>> = flow.rows[screen] ?? {};
      expect(typeof ownRows[flow.submit.type]).toBe('function');
      // Lock announces its last-login screen with no event of its own; every other screen has one.
      if (flow.ready === null) {
        expect(screen).toBe('lastLogin');
        return;
      }
      expect(HOST_EVENTS).toContain(flow.ready);
      expect(flow.ready).toMatch(/ ready$/);
      expect(Object.keys(flow.runners).length).toBeGreaterThan(0);
      for (const runner of Object.values(flow.runners)) expect(typeof runner).toBe('function');
      expect(HOST_EVENTS).toContain(`${flow.ready.replace(/ ready$/, '')} submit`);
    },
  );

  test('each flow announces a different screen', () => {
    const readies = Object.values(ALL_FLOWS).map((flow) => flow.ready);
    expect(new Set(readies).size).toBe(readies.length);
  });
});

// ── (b) The machine answers the flows it was given, and only those ───────────────────────────────────────────────

describe('createMachine(flows)', () => {
  const loginOnly = createMachine({ login: loginFlow });
  const withForgot = createMachine({ login: loginFlow, forgotPassword: forgotFlow });

  test('without the forgot flow, FORGOT.OPEN on the login screen is ignored', () => {
    const { state } = loginOnly.initialState(config, 'login');
    const next = loginOnly.transition(state, { type: 'FORGOT.OPEN' });
    expect(next.state).toBe(state);
    expect(next.effects).toEqual([]);
  });

  test('with it, FORGOT.OPEN opens the forgot screen and says so to the page', () => {
    const { state } = withForgot.initialState(config, 'login', { email: 'ada@example.com' });
    const next = withForgot.transition(state, { type: 'FORGOT.OPEN' });
    expect(next.state).toMatchObject({ screen: 'forgotPassword', status: 'idle', email: 'ada@example.com' });
    expect(next.effects).toContainEqual({ type: 'notify', event: 'forgot_password ready', payload: undefined });
    expect(next.effects).toContainEqual({ type: 'focus', target: 'heading' });
  });

  test('without the sign-up flow, SIGNUP.OPEN is ignored even when sign-up is allowed', () => {
    const { state } = withForgot.initialState(config, 'login');
    const next = withForgot.transition(state, { type: 'SIGNUP.OPEN' });
    expect(next.state).toBe(state);
    expect(next.effects).toEqual([]);
  });

  test('the first screen announces itself only when its flow is there', () => {
    expect(loginOnly.initialState(config, 'login').effects).toEqual([{ type: 'notify', event: 'signin ready', payload: undefined }]);
    expect(loginOnly.initialState(config, 'forgotPassword').effects).toEqual([]);
    expect(loginOnly.initialState(config, 'resetPassword').effects).toEqual([]);
    expect(withForgot.initialState(config, 'forgotPassword').effects).toEqual([{ type: 'notify', event: 'forgot_password ready', payload: undefined }]);
  });

  test('a screen whose flow is absent answers none of that flow’s events', () => {
    const { state } = loginOnly.initialState(config, 'forgotPassword', { email: 'ada@example.com' });
    for (const event of [{ type: 'FORGOT.SUBMIT' }, { type: 'FORGOT.BACK' }, { type: 'FIELD.CHANGE', field: 'email', value: 'x' }] as const) {
      const next = loginOnly.transition(state, event);
      expect(next.state, event.type).toBe(state);
      expect(next.effects, event.type).toEqual([]);
    }
  });

  test('the events every screen shares are answered with no flow at all', () => {
    const bare = createMachine({});
    const { state, effects } = bare.initialState(config, 'login');
    expect(effects).toEqual([]);
    expect(bare.transition(state, { type: 'NETWORK.OFFLINE' }).state.online).toBe(false);
  });

  test('a flow added after the machine was made is answered (the flows are read on every event)', () => {
    const growing: { -readonly [S in keyof FlowRegistry]?: FlowRegistry[S] } = { login: loginFlow };
    const machine = createMachine(growing);
    const { state } = machine.initialState(config, 'login');
    expect(machine.transition(state, { type: 'FORGOT.OPEN' }).state.screen).toBe('login');
    growing.forgotPassword = forgotFlow;
    expect(machine.transition(state, { type: 'FORGOT.OPEN' }).state.screen).toBe('forgotPassword');
  });

  test('a held offline submission is sent with the flow’s own submit event when back online', () => {
    const { state } = loginOnly.initialState(config, 'login', { email: 'ada@example.com', online: false });
    const typed: MachineState = { ...state, password: 'pw' };
    const held = loginOnly.transition(typed, { type: 'LOGIN.SUBMIT' });
    expect(held.state.status).toBe('offline');
    const back = loginOnly.transition(held.state, { type: 'NETWORK.ONLINE' });
    expect(back.state.status).toBe('pending');
    expect(back.effects).toContainEqual({ type: 'login', requestId: 1, email: 'ada@example.com', password: 'pw' });
  });
});

// ── (c) The runtime registry ─────────────────────────────────────────────────────────────────────────────────────

describe('the runtime registry (addFlow, flowOf, runnerOf)', () => {
  test('importing flows/all registers every flow', () => {
    expect(Object.keys(flows).sort()).toEqual(Object.keys(ALL_FLOWS).sort());
    for (const screen of FLOW_SCREENS) expect(flowOf(screen), screen).toBe(ALL_FLOWS[screen]);
  });

  test('the core’s own screens have no flow', () => {
    expect(flowOf('signedIn')).toBeUndefined();
    expect(flowOf('unrecoverable')).toBeUndefined();
  });

  test('a request effect finds the runner of the flow that declares it', () => {
    const runner = runnerOf({ type: 'changePassword', requestId: 1, email: 'ada@example.com' });
    expect(typeof runner).toBe('function');
    expect(runner).toBe(runChangePassword);
    expect(runnerOf({ type: 'login', requestId: 1, email: 'ada@example.com', password: 'pw' })).toBe(runLogin);
  });

  test('a core effect has no runner', () => {
    expect(runnerOf({ type: 'abort' })).toBeUndefined();
    expect(runnerOf({ type: 'focus', target: 'heading' })).toBeUndefined();
    expect(runnerOf({ type: 'notify', event: 'show' })).toBeUndefined();
  });

  test('the registry’s machine answers the registered flows', () => {
    const { state } = initialLogin();
    expect(registryTransition(state, { type: 'FORGOT.OPEN' }).state.screen).toBe('forgotPassword');
    expect(registryTransition(state, { type: 'SIGNUP.OPEN' }).state.screen).toBe('signUp');
  });

  test('adding a flow for a screen replaces the one there, runners included', () => {
    const otherRunner = async () => ({ type: 'LOGIN.OPEN' }) as const;
    try {
      addFlow({ ...loginFlow, runners: { login: otherRunner } });
      expect(runnerOf({ type: 'login', requestId: 1, email: 'a@b.co', password: 'pw' })).toBe(otherRunner);
    } finally {
      addFlow(loginFlow);
    }
    expect(runnerOf({ type: 'login', requestId: 1, email: 'a@b.co', password: 'pw' })).toBe(runLogin);
  });
});

function initialLogin() {
  return createMachine(flows).initialState(config, 'login');
}
