import fc from 'fast-check';
import type { ApiError } from '../../../src/api/errors';
import type { MessageKey } from '../../../src/i18n/en';
import type { PolicyLevel } from '../../../src/policy';
import type {
  Effect,
  FieldName,
  FocusTarget,
  HostEventName,
  MachineConfig,
  MachineEvent,
  ScreenName,
  Status,
  Tone,
} from '../../../src/machine/machine.types';

/*
 * Random material for the machine's property test: configs, first screens, and schedules of user events mixed
 * with server answers. The sets below are `satisfies Record<Union, true>`, so a value added to or removed from
 * the machine's types breaks the type-check here instead of silently narrowing what the test accepts.
 */

export const SCREENS = {
  login: true,
  signUp: true,
  forgotPassword: true,
  resetPassword: true,
  signedIn: true,
  unrecoverable: true,
  lastLogin: true,
} as const satisfies Record<ScreenName, true>;
export const STATUSES = { idle: true, pending: true, error: true, waiting: true, offline: true } as const satisfies Record<Status, true>;
export const FIELDS = { email: true, username: true, password: true, confirm: true } as const satisfies Record<FieldName, true>;
export const TONES = { error: true, success: true, info: true } as const satisfies Record<Tone, true>;
// The additional sign-up fields (`extra-0`, …) exist only with a site's fields; the arbitrary configs give none.
export const FOCUS_TARGETS = { heading: true, terms: true, ...FIELDS } as const satisfies Record<Exclude<FocusTarget, `extra-${number}`>, true>;
export const HOST_EVENTS = {
  show: true,
  hide: true,
  authenticated: true,
  authorization_error: true,
  unrecoverable_error: true,
  'signin ready': true,
  'signin submit': true,
  'forgot_password ready': true,
  'forgot_password submit': true,
  'forgot_password success': true,
  'forgot_password error': true,
  'signup ready': true,
  'signup submit': true,
  'signup success': true,
  'signup error': true,
  'password_reset ready': true,
  'password_reset submit': true,
  'password_reset success': true,
  'password_reset error': true,
  hash_parsed: true,
} as const satisfies Record<HostEventName, true>;

export const has = <T extends object>(set: T, key: unknown): key is keyof T =>
  typeof key === 'string' && Object.prototype.hasOwnProperty.call(set, key);

/** Every password typed carries this mark, so a leak is found by a substring search whatever else was typed. */
export const SECRET = '⟦pw⟧';

export type RequestEffect = Extract<Effect, { requestId: number }>;
export type Operation = RequestEffect['type'];
export const OPERATIONS = { login: true, changePassword: true, signUp: true, resetPassword: true, sessionLogin: true } as const satisfies Record<Operation, true>;

/** The submit event of each screen that has a form. */
export const SUBMIT_OF: Partial<Record<ScreenName, MachineEvent>> = {
  login: { type: 'LOGIN.SUBMIT' },
  signUp: { type: 'SIGNUP.SUBMIT' },
  forgotPassword: { type: 'FORGOT.SUBMIT' },
  resetPassword: { type: 'RESET.SUBMIT' },
};

export const LINK_PROBLEMS: readonly MessageKey[] = ['reset.linkExpired', 'reset.linkUsed', 'reset.linkInvalid'];

export interface Start {
  readonly config: MachineConfig;
  readonly screen: ScreenName;
  readonly email?: string;
  readonly linkProblem?: MessageKey;
  readonly online: boolean;
}

export type Command =
  | { readonly kind: 'user'; readonly event: MachineEvent }
  /** The person presses the submit button of whatever screen is showing. */
  | { readonly kind: 'submitHere' }
  /** The confirmation field is given the password's current value (the only way a reset can pass validation). */
  | { readonly kind: 'confirmSame' }
  | { readonly kind: 'tick'; readonly ms: number }
  /** WAIT.END at the time the machine asked for, or at the clock plus an offset (early or late). */
  | { readonly kind: 'waitEnd'; readonly offset: number | 'scheduled' }
  /** The server answers an issued request: the live one, the newest, or any earlier one (again, maybe). */
  | { readonly kind: 'respond'; readonly pick: 'live' | 'newest' | number; readonly ok: boolean; readonly error: ApiError; readonly redirect: boolean }
  /** An answer carrying an id near the machine's own that no request had. */
  | { readonly kind: 'forge'; readonly delta: number; readonly op: Operation; readonly ok: boolean; readonly error: ApiError };

const text = fc.oneof(fc.string({ maxLength: 30 }), fc.string({ unit: 'grapheme', maxLength: 12 }));
const email = fc.oneof(
  text,
  fc.emailAddress(),
  { weight: 3, arbitrary: fc.constant('ada@example.com') },
  fc.constantFrom('ada@example.com', '  ada@example.com ', 'ada@', '', 'a@b.co', 'ada @example.com'),
);
const password = fc.oneof(
  fc.constant(''),
  { weight: 2, arbitrary: text.map((value) => value + SECRET) },
  // Strong enough for every policy level, so sign-up and reset get past validation often.
  { weight: 3, arbitrary: fc.constantFrom('Correct-Horse-9!', 'Zebra-Quilt-77', 'Tr0ub4dor&3-xyz').map((value) => value + SECRET) },
);

const level = fc.constantFrom<PolicyLevel>('none', 'low', 'fair', 'good', 'excellent');
export const config: fc.Arbitrary<MachineConfig> = fc.record({
  allowLogin: fc.boolean(),
  allowForgotPassword: fc.boolean(),
  allowSignUp: fc.boolean(),
  loginAfterSignUp: fc.boolean(),
  passwordPolicy: fc.oneof(
    level.map((l) => ({ level: l })),
    fc.record({ level, minLength: fc.integer({ min: 1, max: 24 }) }),
  ),
  additionalSignUpFields: fc.constant([]),
  mustAcceptTerms: fc.constant(false),
  usernameStyle: fc.constantFrom<'email' | 'username' | null>('email', 'username', null),
  requiresUsername: fc.boolean(),
});

export const start: fc.Arbitrary<Start> = fc
  .record({
    config,
    // Mostly screens with a form; the two end screens only need a few runs to show nothing moves them.
    screen: fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom<ScreenName>('login', 'signUp', 'forgotPassword', 'resetPassword') },
      { weight: 1, arbitrary: fc.constantFrom<ScreenName>('signedIn', 'unrecoverable') },
    ),
    email: fc.option(email, { nil: undefined }),
    linkProblem: fc.option(fc.constantFrom(...LINK_PROBLEMS), { nil: undefined, freq: 3 }),
    online: fc.oneof({ weight: 6, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
  })
  .map(({ linkProblem, email: prefill, ...rest }) => ({
    ...rest,
    ...(prefill !== undefined ? { email: prefill } : {}),
    // The hosted reset page is the only one opened with a link that may be dead.
    ...(rest.screen === 'resetPassword' && linkProblem ? { linkProblem } : {}),
  }));

const http = (status: fc.Arbitrary<number>, code: fc.Arbitrary<string>): fc.Arbitrary<ApiError> =>
  fc
    .record({
      status,
      code,
      description: fc.oneof(text, fc.constant('Passwords do not match.')),
      name: fc.option(fc.constantFrom('PasswordStrengthError', 'PasswordHistoryError', 'PasswordDictionaryError', 'PasswordNoUserInfoError', 'Other'), { nil: undefined }),
    })
    .map(({ name, ...rest }) => ({ kind: 'http' as const, ...rest, ...(name ? { name } : {}) }));

const CODES = [
  'invalid_grant', 'invalid_user_password', 'too_many_attempts', 'unauthorized', 'blocked_user', 'mfa_required',
  'unauthorized_client', 'password_expired', 'requires_verification', 'access_denied', 'invalid_signup', 'user_exists',
  'hook_error', 'expired_ticket', 'used_ticket', 'invalid_ticket', 'invalid_csrf_token', 'invalid_password',
  'invalid_client', 'connection not found', 'invalid_request', 'password_leaked', '',
];
export const apiError: fc.Arbitrary<ApiError> = fc.oneof(
  { weight: 4, arbitrary: http(fc.constantFrom(400, 401, 403, 404, 409), fc.oneof(fc.constantFrom(...CODES), text)) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(http(fc.constant(429), fc.constantFrom('too_many_requests', 'too_many_attempts', '')), fc.option(fc.nat(3600), { nil: undefined }))
      .map(([error, retryAfter]) => (retryAfter === undefined ? error : { ...error, retryAfter })),
  },
  { weight: 2, arbitrary: http(fc.constantFrom(500, 502, 503, 504), fc.constantFrom('', 'server_error')) },
  { weight: 1, arbitrary: fc.constant<ApiError>({ kind: 'network', status: 0, code: 'network', description: 'Failed to fetch' }) },
  { weight: 1, arbitrary: fc.constant<ApiError>({ kind: 'timeout', status: 0, code: 'timeout', description: '' }) },
);

const user = (event: fc.Arbitrary<MachineEvent>): fc.Arbitrary<Command> => event.map((e) => ({ kind: 'user' as const, event: e }));
const change = (field: FieldName, value: fc.Arbitrary<string>) => user(value.map((v) => ({ type: 'FIELD.CHANGE' as const, field, value: v })));
const simple = (...types: ('LOGIN.SUBMIT' | 'SIGNUP.SUBMIT' | 'FORGOT.SUBMIT' | 'RESET.SUBMIT' | 'LOGIN.OPEN' | 'SIGNUP.OPEN' | 'FORGOT.OPEN' | 'FORGOT.BACK' | 'NETWORK.OFFLINE' | 'NETWORK.ONLINE')[]) =>
  user(fc.constantFrom(...types).map((type) => ({ type })));

export const command: fc.Arbitrary<Command> = fc.oneof(
  { weight: 5, arbitrary: change('email', email) },
  { weight: 4, arbitrary: change('password', password) },
  // A username connection's login and sign-up take a username too (requiresUsername in the configs).
  { weight: 3, arbitrary: change('username', fc.constantFrom('ada_l', 'ada', '', 'a b')) },
  { weight: 2, arbitrary: change('confirm', password) },
  { weight: 2, arbitrary: fc.constant<Command>({ kind: 'confirmSame' }) },
  { weight: 1, arbitrary: user(fc.constantFrom<FieldName>('email', 'password', 'confirm').map((field) => ({ type: 'FIELD.REVEAL' as const, field }))) },
  { weight: 10, arbitrary: fc.constant<Command>({ kind: 'submitHere' }) },
  { weight: 2, arbitrary: simple('LOGIN.SUBMIT', 'SIGNUP.SUBMIT', 'FORGOT.SUBMIT', 'RESET.SUBMIT') },
  { weight: 3, arbitrary: simple('LOGIN.OPEN', 'SIGNUP.OPEN', 'FORGOT.OPEN', 'FORGOT.BACK') },
  { weight: 1, arbitrary: simple('NETWORK.OFFLINE') },
  { weight: 2, arbitrary: simple('NETWORK.ONLINE') },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 90_000 }).map((ms) => ({ kind: 'tick' as const, ms })) },
  { weight: 2, arbitrary: fc.oneof(fc.constant('scheduled' as const), fc.integer({ min: -5_000, max: 4_000_000 })).map((offset) => ({ kind: 'waitEnd' as const, offset })) },
  {
    weight: 9,
    arbitrary: fc.record({
      kind: fc.constant('respond' as const),
      pick: fc.oneof({ weight: 3, arbitrary: fc.constant('live' as const) }, fc.constant('newest' as const), { weight: 2, arbitrary: fc.nat() }),
      // Mostly failures: a login success ends the run on the signed-in screen, where nothing else can happen.
      ok: fc.oneof({ weight: 1, arbitrary: fc.constant(true) }, { weight: 3, arbitrary: fc.constant(false) }),
      error: apiError,
      redirect: fc.boolean(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('forge' as const),
      delta: fc.integer({ min: -3, max: 3 }),
      op: fc.constantFrom(...(Object.keys(OPERATIONS) as Operation[])),
      ok: fc.boolean(),
      error: apiError,
    }),
  },
);

export const TOKENS = { accessToken: 'at', idToken: 'it', expiresIn: 86400, tokenType: 'Bearer', scope: 'openid' };

/** The event the effects runner dispatches when the server answers a request of this kind. */
export function answer(op: Operation, requestId: number, ok: boolean, error: ApiError, at: number, redirect = false): MachineEvent {
  switch (op) {
    case 'login':
      return ok ? { type: 'LOGIN.SUCCESS', requestId, tokens: TOKENS } : { type: 'LOGIN.FAILURE', requestId, error, at };
    case 'changePassword':
      return ok ? { type: 'FORGOT.SUCCESS', requestId } : { type: 'FORGOT.FAILURE', requestId, error, at };
    case 'signUp':
      return ok ? { type: 'SIGNUP.SUCCESS', requestId } : { type: 'SIGNUP.FAILURE', requestId, error, at };
    case 'resetPassword':
      if (!ok) return { type: 'RESET.FAILURE', requestId, error, at };
      return redirect ? { type: 'RESET.SUCCESS', requestId, redirectTo: 'https://app.example.com/' } : { type: 'RESET.SUCCESS', requestId };
    case 'sessionLogin':
      return ok ? { type: 'LOGIN.SUCCESS', requestId, tokens: TOKENS } : { type: 'LASTLOGIN.FAILURE', requestId, error, at };
  }
}
