import { describe, expect, test } from 'vitest';
import type { ApiError } from '../../../src/api/errors';
import { initialState, transition } from '../../../src/flows/all';
import type { Effect, MachineEvent, MachineState } from '../../../src/machine/machine.types';

const config = {
  allowLogin: true,
  allowForgotPassword: true,
  allowSignUp: false,
  loginAfterSignUp: true,
  passwordPolicy: { level: 'none' as const },
  additionalSignUpFields: [],
  mustAcceptTerms: false,
  usernameStyle: null,
};
const base = initialState(config, 'login').state;
const state = (patch: Partial<MachineState>): MachineState => ({ ...base, ...patch });
const filled = state({ email: 'ada@example.com', password: 'secret-1' });
const tokens = { accessToken: 'at', idToken: 'it', expiresIn: 86400, tokenType: 'Bearer', scope: 'openid' };
const httpError = (status: number, code: string, extra: Partial<ApiError> = {}): ApiError => ({
  kind: 'http',
  status,
  code,
  description: '',
  ...extra,
});
const T0 = 1_800_000_000_000;

type Row = [name: string, from: MachineState, event: MachineEvent, expected: Partial<MachineState>, effects: Effect['type'][]];

// Every transition the widget relies on, and the events that must be ignored.
const rows: Row[] = [
  ['typing updates the field', base, { type: 'FIELD.CHANGE', field: 'email', value: 'a@b.co' }, { email: 'a@b.co' }, []],
  [
    'typing clears that field’s error only',
    state({ fieldErrors: { email: 'validation.emailInvalid', password: 'validation.passwordRequired' } }),
    { type: 'FIELD.CHANGE', field: 'email', value: 'x' },
    { fieldErrors: { password: 'validation.passwordRequired' } },
    [],
  ],
  [
    'login submit with empty fields flags both and focuses email',
    base,
    { type: 'LOGIN.SUBMIT' },
    { status: 'idle', fieldErrors: { email: 'validation.emailRequired', password: 'validation.passwordRequired' } },
    ['notify', 'focus'],
  ],
  [
    'login submit with a malformed email flags it',
    state({ email: 'ada@', password: 'x' }),
    { type: 'LOGIN.SUBMIT' },
    { fieldErrors: { email: 'validation.emailInvalid' } },
    ['notify', 'focus'],
  ],
  [
    'login submit trims the email and sends',
    state({ email: '  ada@example.com ', password: 'pw' }),
    { type: 'LOGIN.SUBMIT' },
    { status: 'pending', email: 'ada@example.com', requestId: 1 },
    ['notify', 'login'],
  ],
  ['a second submit while pending is ignored', state({ ...filled, status: 'pending', requestId: 1 }), { type: 'LOGIN.SUBMIT' }, { status: 'pending', requestId: 1 }, []],
  [
    'a submit during a 429 wait is ignored',
    state({ ...filled, status: 'waiting', waitUntil: T0 + 5000 }),
    { type: 'LOGIN.SUBMIT' },
    { status: 'waiting' },
    [],
  ],
  ['a submit after an error sends again', state({ ...filled, status: 'error', requestId: 3 }), { type: 'LOGIN.SUBMIT' }, { status: 'pending', requestId: 4 }, ['notify', 'login']],
  [
    'login success shows the signed-in screen and clears the password',
    state({ ...filled, status: 'pending', requestId: 1 }),
    { type: 'LOGIN.SUCCESS', requestId: 1, tokens },
    { screen: 'signedIn', password: '', status: 'idle' },
    ['notify', 'focus'],
  ],
  [
    'a success for an older request is ignored',
    state({ ...filled, status: 'pending', requestId: 2 }),
    { type: 'LOGIN.SUCCESS', requestId: 1, tokens },
    { screen: 'login', status: 'pending' },
    [],
  ],
  [
    'wrong credentials keep the email and clear the password',
    state({ ...filled, status: 'pending', requestId: 1 }),
    { type: 'LOGIN.FAILURE', requestId: 1, error: httpError(403, 'invalid_grant'), at: T0 },
    { status: 'error', email: 'ada@example.com', password: '', message: { tone: 'error', key: 'error.invalidCredentials' } },
    ['notify', 'focus'],
  ],
  [
    'a network failure keeps both fields',
    state({ ...filled, status: 'pending', requestId: 1 }),
    { type: 'LOGIN.FAILURE', requestId: 1, error: { kind: 'network', status: 0, code: 'network', description: '' }, at: T0 },
    { status: 'error', password: 'secret-1', message: { tone: 'error', key: 'error.network' } },
    ['notify', 'focus'],
  ],
  [
    'a 429 starts a wait of Retry-After seconds',
    state({ ...filled, status: 'pending', requestId: 1 }),
    { type: 'LOGIN.FAILURE', requestId: 1, error: httpError(429, 'too_many_requests', { retryAfter: 30 }), at: T0 },
    { status: 'waiting', waitUntil: T0 + 30_000, message: { tone: 'error', key: 'error.rateLimited', waitSeconds: 30 } },
    ['notify', 'scheduleWaitEnd', 'focus'],
  ],
  [
    'an account block (too_many_attempts, 429) is an error, not a wait',
    state({ ...filled, status: 'pending', requestId: 1 }),
    { type: 'LOGIN.FAILURE', requestId: 1, error: httpError(429, 'too_many_attempts'), at: T0 },
    { status: 'error', waitUntil: null, message: { tone: 'error', key: 'error.tooManyAttempts' } },
    ['notify', 'focus'],
  ],
  ['the wait does not end early', state({ status: 'waiting', waitUntil: T0 + 1000 }), { type: 'WAIT.END', now: T0 }, { status: 'waiting' }, []],
  ['the wait ends on time', state({ status: 'waiting', waitUntil: T0 + 1000, message: { tone: 'error', key: 'error.rateLimited' } }), { type: 'WAIT.END', now: T0 + 1000 }, { status: 'idle', waitUntil: null, message: null }, []],
  ['WAIT.END outside a wait is ignored', state({ status: 'error' }), { type: 'WAIT.END', now: T0 }, { status: 'error' }, []],
  ['the forgot link opens the forgot screen, keeping the email', filled, { type: 'FORGOT.OPEN' }, { screen: 'forgotPassword', email: 'ada@example.com' }, ['notify', 'focus']],
  [
    'leaving login while it is pending abandons the request',
    state({ ...filled, status: 'pending', requestId: 1 }),
    { type: 'FORGOT.OPEN' },
    { screen: 'forgotPassword', status: 'idle', requestId: 2 },
    ['abort', 'notify', 'focus'],
  ],
  [
    'the forgot link is ignored when forgot password is not allowed',
    state({ config: { ...config, allowForgotPassword: false } }),
    { type: 'FORGOT.OPEN' },
    { screen: 'login' },
    [],
  ],
  [
    'forgot submit validates only the email',
    state({ screen: 'forgotPassword', email: 'nope' }),
    { type: 'FORGOT.SUBMIT' },
    { fieldErrors: { email: 'validation.emailInvalid' }, status: 'idle' },
    ['notify', 'focus'],
  ],
  [
    'forgot submit sends with an empty password field',
    state({ screen: 'forgotPassword', email: 'ada@example.com' }),
    { type: 'FORGOT.SUBMIT' },
    { status: 'pending', requestId: 1 },
    ['notify', 'changePassword'],
  ],
  [
    'forgot success returns to login with the email and the confirmation',
    state({ screen: 'forgotPassword', email: 'ada@example.com', status: 'pending', requestId: 1 }),
    { type: 'FORGOT.SUCCESS', requestId: 1 },
    { screen: 'login', email: 'ada@example.com', status: 'idle', message: { tone: 'success', key: 'forgot.success' } },
    ['notify', 'notify', 'focus'],
  ],
  [
    'a forgot 429 says how long to wait for a password change',
    state({ screen: 'forgotPassword', email: 'ada@example.com', status: 'pending', requestId: 1 }),
    { type: 'FORGOT.FAILURE', requestId: 1, error: httpError(429, 'too_many_requests', { retryAfter: 60 }), at: T0 },
    { status: 'waiting', message: { tone: 'error', key: 'error.rateLimitedPasswordChange', waitSeconds: 60 } },
    ['notify', 'scheduleWaitEnd', 'focus'],
  ],
  [
    'a forgot 500 is a server error, the email stays',
    state({ screen: 'forgotPassword', email: 'ada@example.com', status: 'pending', requestId: 1 }),
    { type: 'FORGOT.FAILURE', requestId: 1, error: httpError(500, 'server_error'), at: T0 },
    { status: 'error', email: 'ada@example.com', message: { tone: 'error', key: 'error.server' } },
    ['notify', 'focus'],
  ],
  [
    'back to login while sending drops the late answer',
    state({ screen: 'forgotPassword', email: 'ada@example.com', status: 'pending', requestId: 1 }),
    { type: 'FORGOT.BACK' },
    { screen: 'login', status: 'idle', requestId: 2 },
    ['abort', 'notify', 'focus'],
  ],
  [
    'a late forgot answer after going back changes nothing',
    state({ screen: 'login', email: 'ada@example.com', status: 'idle', requestId: 2 }),
    { type: 'FORGOT.SUCCESS', requestId: 1 },
    { screen: 'login', message: null },
    [],
  ],
  [
    'a late forgot failure on the login screen changes nothing',
    state({ screen: 'login', status: 'idle', requestId: 2 }),
    { type: 'FORGOT.FAILURE', requestId: 1, error: httpError(500, 'x'), at: T0 },
    { screen: 'login', status: 'idle', message: null },
    [],
  ],
  [
    'back is ignored when login is not allowed',
    state({ screen: 'forgotPassword', config: { ...config, allowLogin: false } }),
    { type: 'FORGOT.BACK' },
    { screen: 'forgotPassword' },
    [],
  ],
  ['the signed-in screen ignores submits', state({ screen: 'signedIn' }), { type: 'LOGIN.SUBMIT' }, { screen: 'signedIn' }, []],
  ['the sign-up switch opens sign-up', state({ config: { ...config, allowSignUp: true } }), { type: 'SIGNUP.OPEN' }, { screen: 'signUp' }, ['notify', 'focus']],
  ['the sign-up switch is ignored when sign-up is off', base, { type: 'SIGNUP.OPEN' }, { screen: 'login' }, []],
  [
    'sign-up checks the password against the policy',
    state({ screen: 'signUp', email: 'ada@example.com', password: 'short', config: { ...config, passwordPolicy: { level: 'good' } } }),
    { type: 'SIGNUP.SUBMIT' },
    { status: 'idle', fieldErrors: { password: 'validation.passwordPolicy' } },
    ['notify', 'focus'],
  ],
  [
    'a sign-up that succeeds logs in when loginAfterSignUp',
    state({ screen: 'signUp', email: 'ada@example.com', password: 'pw', status: 'pending', requestId: 1, config: { ...config, loginAfterSignUp: true } }),
    { type: 'SIGNUP.SUCCESS', requestId: 1 },
    { screen: 'signUp', status: 'pending', requestId: 2 },
    ['notify', 'login'],
  ],
  [
    'the login after a sign-up lands on the signed-in screen',
    state({ screen: 'signUp', status: 'pending', requestId: 2 }),
    { type: 'LOGIN.SUCCESS', requestId: 2, tokens },
    { screen: 'signedIn' },
    ['notify', 'focus'],
  ],
  [
    'reset needs matching passwords',
    state({ screen: 'resetPassword', password: 'Sturdy-Pass-42', confirm: 'other' }),
    { type: 'RESET.SUBMIT' },
    { fieldErrors: { confirm: 'validation.passwordMismatch' } },
    ['notify', 'focus'],
  ],
  [
    'a reset submit on a dead link is ignored',
    state({ screen: 'resetPassword', password: 'a', confirm: 'a', linkProblem: 'reset.linkExpired' }),
    { type: 'RESET.SUBMIT' },
    { status: 'idle' },
    [],
  ],
  [
    'a reset that succeeds leads to login without logging in',
    state({ screen: 'resetPassword', email: 'ada@example.com', password: 'p', confirm: 'p', status: 'pending', requestId: 1 }),
    { type: 'RESET.SUCCESS', requestId: 1 },
    { screen: 'login', email: 'ada@example.com', password: '', confirm: '', message: { tone: 'success', key: 'reset.success' } },
    ['notify', 'notify', 'focus'],
  ],
  [
    'a used ticket turns the reset screen into the new-email offer',
    state({ screen: 'resetPassword', status: 'pending', requestId: 1 }),
    { type: 'RESET.FAILURE', requestId: 1, error: httpError(400, 'used_ticket'), at: T0 },
    { linkProblem: 'reset.linkUsed', status: 'error' },
    ['notify', 'focus'],
  ],
  ['the reveal toggle shows and hides a password', base, { type: 'FIELD.REVEAL', field: 'password' }, { revealed: ['password'] }, []],
  ['going offline while idle says so', base, { type: 'NETWORK.OFFLINE' }, { online: false, message: { tone: 'info', key: 'error.offline' } }, []],
  [
    'going offline during a request waits for its answer quietly',
    state({ ...filled, status: 'pending', requestId: 1 }),
    { type: 'NETWORK.OFFLINE' },
    { online: false, status: 'pending', message: null },
    [],
  ],
  // The press is told to the host page (signin submit), as Lock tells every press; the request waits.
  ['a submit while offline is held, not sent', state({ ...filled, online: false }), { type: 'LOGIN.SUBMIT' }, { status: 'offline', requestId: 0 }, ['notify']],
  [
    'a network failure while offline holds the submission',
    state({ ...filled, online: false, status: 'pending', requestId: 1 }),
    { type: 'LOGIN.FAILURE', requestId: 1, error: { kind: 'network', status: 0, code: 'network', description: '' }, at: T0 },
    { status: 'offline', password: 'secret-1' },
    [],
  ],
  [
    'back online, a held submission goes out by itself',
    state({ ...filled, online: false, status: 'offline', message: { tone: 'info', key: 'error.offline' } }),
    { type: 'NETWORK.ONLINE' },
    // Nobody pressed the button this time, so no second signin submit.
    { online: true, status: 'pending', requestId: 1, message: null },
    ['login'],
  ],
  [
    'back online with nothing held clears the offline message',
    state({ online: false, message: { tone: 'info', key: 'error.offline' } }),
    { type: 'NETWORK.ONLINE' },
    { online: true, message: null },
    [],
  ],
  ['a submit held offline is ignored the second time', state({ ...filled, online: false, status: 'offline' }), { type: 'LOGIN.SUBMIT' }, { status: 'offline' }, []],
];

describe('transition table', () => {
  test.each(rows)('%s', (_name, from, event, expected, effectTypes) => {
    const result = transition(from, event);
    expect(result.state).toMatchObject(expected);
    expect(result.effects.map((effect) => effect.type)).toEqual(effectTypes);
  });
});

describe('effects carry what the request needs and nothing more', () => {
  test('the login effect has the trimmed email and the password', () => {
    const { effects } = transition(state({ email: ' ada@example.com', password: 'pw' }), { type: 'LOGIN.SUBMIT' });
    expect(effects).toContainEqual({ type: 'login', requestId: 1, email: 'ada@example.com', password: 'pw' });
  });
  test('the change-password effect never carries a password', () => {
    const { effects } = transition(state({ screen: 'forgotPassword', email: 'ada@example.com', password: 'typed-earlier' }), {
      type: 'FORGOT.SUBMIT',
    });
    expect(effects).toContainEqual({ type: 'changePassword', requestId: 1, email: 'ada@example.com' });
    expect(JSON.stringify(effects)).not.toContain('typed-earlier');
  });
  test('no notify effect carries the password', () => {
    const from = state({ ...filled, status: 'pending', requestId: 1 });
    const all = [
      transition(filled, { type: 'LOGIN.SUBMIT' }),
      transition(from, { type: 'LOGIN.FAILURE', requestId: 1, error: httpError(403, 'invalid_grant'), at: T0 }),
      transition(from, { type: 'LOGIN.SUCCESS', requestId: 1, tokens }),
    ].flatMap((t) => t.effects.filter((e) => e.type === 'notify'));
    expect(all.length).toBeGreaterThan(0);
    expect(JSON.stringify(all)).not.toContain('secret-1');
  });
  test('the first state announces its screen', () => {
    expect(initialState(config, 'forgotPassword', { email: 'a@b.co' })).toMatchObject({
      state: { screen: 'forgotPassword', email: 'a@b.co' },
      effects: [{ type: 'notify', event: 'forgot_password ready' }],
    });
  });
});
