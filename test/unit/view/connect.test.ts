// connect() is the one place a screen's rules live (what it shows, in words, and where focus goes), so it is tested
// as a pure function by a table: a machine state and options in, the part of the view model that row is about out.
import { describe, expect, test } from 'vitest';
import { ALL_FLOWS, initialState } from '../../../src/flows/all';
import { en, type Dictionary } from '../../../src/i18n/en';
import type { MachineState, ScreenName } from '../../../src/machine/machine.types';
import { normalizeOptions, type LatchOptions, type NormalizedOptions } from '../../../src/options';
import { connect, submitText } from '../../../src/view/connect';
import type { SubmitView, ViewModel } from '../../../src/view/view.types';

const T0 = 1_800_000_000_000;
const EMAIL = 'ada@example.com';

function optionsWith(patch: LatchOptions): NormalizedOptions {
  const normalized = normalizeOptions('cid', 'tenant.example.com', patch);
  if (!normalized.ok) throw new Error(`bad test options: ${normalized.problems.join('; ')}`);
  return normalized.options;
}

/** The state a widget with these options starts in on `patch.screen` (login by default), then the patch on top. */
function stateWith(patch: Partial<MachineState>, options: NormalizedOptions): MachineState {
  return { ...initialState(options, patch.screen ?? 'login').state, ...patch };
}

/**
 * A subset of the view model, nested objects and arrays included (arrays must match in length). `links`, when
 * given, must equal the screen's links exactly: a link to the site's page must not also send an event.
 */
type Expected = { readonly [K in keyof ViewModel]?: unknown };
type Row = [name: string, state: Partial<MachineState>, options: LatchOptions, expected: Expected, modal?: boolean];

const emailField = { name: 'email', label: 'Email', type: 'email', autocomplete: 'username', inputMode: 'email', error: null, reveal: null };
const passwordField = {
  name: 'password',
  label: 'Password',
  type: 'password',
  autocomplete: 'current-password',
  error: null,
  reveal: { shown: false, label: 'Show password' },
};
const idleSubmit = (text: string) => ({ text, state: 'idle', busy: false, waitUntil: null, labeled: true });
const forgotLink = { text: "Don't remember your password?", event: { type: 'FORGOT.OPEN' } };

const rows: Row[] = [
  [
    'login, idle',
    {},
    {},
    {
      screen: 'login',
      title: 'Log in',
      titleHidden: false,
      subtitle: 'Welcome back. Log in to continue.',
      alert: { text: '', tone: undefined, rules: null },
      form: { status: 'idle', pending: false, submitEvent: { type: 'LOGIN.SUBMIT' }, fields: [emailField, passwordField], policy: null, username: null, submit: idleSubmit('Log in') },
      links: [forgotLink],
      switchTo: { prompt: "Don't have an account?", action: 'Sign up', event: { type: 'SIGNUP.OPEN' } },
      body: null,
      logo: null,
      closeLabel: 'Close',
    },
  ],
  ['login without sign-up: no switch to it', {}, { allowSignUp: false }, { switchTo: null, links: [forgotLink] }],
  [
    'login with signUpLink: the switch goes to the site’s page',
    {},
    { signUpLink: '/register' },
    { switchTo: { prompt: "Don't have an account?", action: 'Sign up', href: '/register' } },
  ],
  [
    "login with allowAutocomplete and allowPasswordAutocomplete false (Lock's defaults): no autofill",
    {},
    { allowAutocomplete: false, allowPasswordAutocomplete: false },
    { form: { fields: [{ autocomplete: 'off' }, { autocomplete: 'off' }] } },
  ],
  [
    "login with allowShowPassword false (Lock's default): no toggle",
    {},
    { allowShowPassword: false },
    { form: { fields: [{ reveal: null }, { reveal: null }] } },
  ],
  ['hideMainScreenTitle: the first screen’s title is hidden, not gone', {}, { theme: { hideMainScreenTitle: true } }, { title: 'Log in', titleHidden: true }],
  ['hideMainScreenTitle: sign-up beside login is a first screen too', { screen: 'signUp' }, { theme: { hideMainScreenTitle: true } }, { titleHidden: true }],
  ['hideMainScreenTitle: a later screen keeps its title', { screen: 'forgotPassword' }, { theme: { hideMainScreenTitle: true } }, { titleHidden: false }],
  ['labeledSubmitButton: false: the button keeps its text, for its name', {}, { theme: { labeledSubmitButton: false } }, { form: { submit: { text: 'Log in', labeled: false } } }],
  [
    'flashMessage: the site’s text in the live region, as given, with its tone',
    { message: { tone: 'success', key: 'flash.text', description: 'Your {email} is verified.' } },
    {},
    { alert: { text: 'Your {email} is verified.', tone: 'success', rules: null } },
  ],
  [
    'login with forgotPasswordLink: the link goes to the site’s page instead of sending an event',
    {},
    { forgotPasswordLink: 'https://example.com/forgot' },
    { links: [{ text: "Don't remember your password?", href: 'https://example.com/forgot' }] },
  ],
  ['login without forgot password: no link', {}, { allowForgotPassword: false }, { links: [] }],
  [
    'login, pending: the button says so and is busy',
    { email: EMAIL, password: 'pw', status: 'pending', requestId: 1 },
    {},
    { form: { status: 'pending', pending: true, submit: { text: 'Logging in…', state: 'pending', busy: true, waitUntil: null, labeled: true } } },
  ],
  [
    'login, waiting out a 429: busy, with the deadline for the countdown, and the wait in words',
    { status: 'waiting', waitUntil: T0 + 5000, message: { tone: 'error', key: 'error.rateLimited', waitSeconds: 5 } },
    {},
    {
      alert: { text: 'Too many attempts. Please try again in 5 seconds.', tone: 'error', rules: null },
      form: { pending: false, submit: { text: 'Log in', state: 'waiting', busy: true, waitUntil: T0 + 5000 } },
    },
  ],
  [
    'login, offline with a held submission: busy, and told why',
    { status: 'offline', online: false, message: { tone: 'info', key: 'error.offline' } },
    {},
    {
      alert: { text: "You're offline. We'll send this as soon as your connection is back.", tone: 'info' },
      form: { status: 'offline', pending: false, submit: { text: 'Log in', busy: true, waitUntil: null, labeled: true } },
    },
  ],
  [
    'a field error is worded on its field only',
    { fieldErrors: { email: 'validation.emailRequired' } },
    {},
    { form: { fields: [{ name: 'email', error: 'Enter your email address.' }, { name: 'password', error: null }] } },
  ],
  [
    'a revealed password is a text input whose toggle hides it',
    { password: 'hunter2', revealed: ['password'] },
    { allowShowPassword: true },
    { form: { fields: [{ name: 'email', type: 'email' }, { name: 'password', type: 'text', value: 'hunter2', reveal: { shown: true, label: 'Hide password' } }] } },
  ],
  [
    'a server error is put in words (never its own text)',
    { status: 'error', message: { tone: 'error', key: 'error.invalidCredentials' } },
    {},
    { alert: { text: en['error.invalidCredentials'], tone: 'error' }, form: { status: 'error', submit: idleSubmit('Log in') } },
  ],
  ['a logo option is shown, with the dictionary’s alt text', {}, { theme: { logo: 'https://example.com/logo.png' } }, { logo: { src: 'https://example.com/logo.png', alt: '' } }],
  [
    'forgot password: one email field, and back to log in',
    { screen: 'forgotPassword' },
    {},
    {
      title: 'Reset your password',
      subtitle: "Enter your email address and we'll send you a link to reset your password.",
      form: { submitEvent: { type: 'FORGOT.SUBMIT' }, fields: [emailField], submit: idleSubmit('Send email') },
      links: [{ text: 'Back to log in', event: { type: 'FORGOT.BACK' }, back: true }],
      switchTo: null,
    },
  ],
  ['forgot password without login: no way back to it', { screen: 'forgotPassword' }, { allowLogin: false }, { links: [] }],
  [
    'sign-up: a new password, and the policy checked as the person types',
    { screen: 'signUp', password: '' },
    {},
    {
      title: 'Create your account',
      form: {
        submitEvent: { type: 'SIGNUP.SUBMIT' },
        fields: [
          { name: 'email', autocomplete: 'username', rules: false },
          { name: 'password', label: 'Password', type: 'password', autocomplete: 'new-password', rules: true },
        ],
        policy: { label: 'Your password must have:', rules: [{ code: 'nonEmpty', text: 'At least 1 character', met: false, status: ' (not met)' }] },
        submit: idleSubmit('Sign up'),
      },
      switchTo: { prompt: 'Already have an account?', action: 'Log in', event: { type: 'LOGIN.OPEN' } },
      links: [],
    },
  ],
  [
    'sign-up with a fair policy: each rule and each kind of character met or not',
    { screen: 'signUp', password: 'abcdefgh' },
    { passwordPolicy: { level: 'fair' } },
    {
      form: {
        policy: {
          label: 'Your password must have:',
          rules: [
            { code: 'lengthAtLeast', text: '8 or more characters', met: true, status: ' (met)' },
            {
              code: 'shouldContain',
              text: 'All of these:',
              met: false,
              status: ' (not met)',
              items: [
                { code: 'lowerCase', text: 'Lower case letters (a–z)', met: true, status: ' (met)' },
                { code: 'upperCase', text: 'Upper case letters (A–Z)', met: false, status: ' (not met)' },
                { code: 'numbers', text: 'Numbers (0–9)', met: false, status: ' (not met)' },
              ],
            },
          ],
        },
      },
    },
  ],
  [
    'reset with the account’s email: the subtitle names it, and a hidden username carries it',
    { screen: 'resetPassword', email: EMAIL },
    {},
    {
      title: 'Choose a new password',
      subtitle: `Enter a new password for ${EMAIL}.`,
      form: {
        submitEvent: { type: 'RESET.SUBMIT' },
        fields: [
          { name: 'password', label: 'New password', autocomplete: 'new-password', rules: true },
          { name: 'confirm', label: 'Confirm new password', type: 'password', autocomplete: 'new-password', rules: false },
        ],
        policy: { label: 'Your password must have:' },
        username: EMAIL,
        submit: idleSubmit('Change password'),
      },
      links: [],
    },
  ],
  ['reset without an email', { screen: 'resetPassword', email: '' }, {}, { subtitle: 'Enter a new password for your account.', form: { username: '' } }],
  [
    'reset with a dead link: no form, one way on — a new link',
    { screen: 'resetPassword', email: EMAIL, linkProblem: 'reset.linkExpired', message: { tone: 'error', key: 'reset.linkExpired' } },
    {},
    {
      title: 'Choose a new password',
      subtitle: null,
      alert: { text: en['reset.linkExpired'], tone: 'error' },
      form: null,
      links: [{ text: 'Send me a new link', event: { type: 'FORGOT.OPEN' }, primary: true }],
    },
  ],
  [
    'reset with a dead link and no forgot password: nothing to offer',
    { screen: 'resetPassword', linkProblem: 'reset.linkUsed', message: { tone: 'error', key: 'reset.linkUsed' } },
    { allowForgotPassword: false },
    { form: null, links: [], alert: { text: en['reset.linkUsed'] } },
  ],
  [
    'signed in: a paragraph, no form',
    { screen: 'signedIn', email: EMAIL },
    {},
    { title: "You're logged in", subtitle: null, body: 'You have signed in successfully.', form: null, links: [], switchTo: null },
  ],
  [
    'unrecoverable: says so, no form',
    { screen: 'unrecoverable' },
    {},
    { title: 'Log in is unavailable', alert: { text: en['unrecoverable.body'], tone: 'error' }, body: null, form: null, links: [], switchTo: null },
  ],
  // Where focus goes when the widget is shown.
  ['focus: the email on login', {}, {}, { firstFocus: 'email' }],
  ['focus: the password once the email is known', { email: EMAIL }, {}, { firstFocus: 'password' }],
  ['focus: the email on forgot password even with one known', { screen: 'forgotPassword', email: EMAIL }, {}, { firstFocus: 'email' }],
  ['focus: the new password on reset', { screen: 'resetPassword', email: EMAIL }, {}, { firstFocus: 'password' }],
  ['focus: the heading of a modal without autofocus', {}, { autofocus: false }, { firstFocus: 'heading' }, true],
  ['focus: nowhere for an inline widget without autofocus', {}, { autofocus: false }, { firstFocus: null }, false],
  ['focus: the heading of a modal on a dead reset link', { screen: 'resetPassword', linkProblem: 'reset.linkInvalid' }, {}, { firstFocus: 'heading' }, true],
  ['focus: nowhere inline on a dead reset link', { screen: 'resetPassword', linkProblem: 'reset.linkInvalid' }, {}, { firstFocus: null }, false],
  ['focus: the heading of a modal once signed in', { screen: 'signedIn' }, {}, { firstFocus: 'heading' }, true],
  ['focus: nowhere inline once signed in', { screen: 'signedIn' }, {}, { firstFocus: null }, false],
];

describe('connect(state, options, dict, env)', () => {
  test.each(rows)('%s', (_name, statePatch, optionsPatch, expected, modal = false) => {
    const options = optionsWith(optionsPatch);
    const vm = connect(stateWith(statePatch, options), options, en, { flows: ALL_FLOWS, modal });
    expect(vm).toMatchObject(expected);
    if (expected.links) expect(vm.links).toEqual(expected.links);
  });

  test('the words come from the dictionary it is given', () => {
    const options = optionsWith({});
    const dict: Dictionary = { ...en, 'login.title': 'Anmelden', 'field.email': 'E-Mail', 'validation.emailRequired': 'E-Mail fehlt.' };
    const vm = connect(stateWith({ fieldErrors: { email: 'validation.emailRequired' } }, options), options, dict, { flows: ALL_FLOWS, modal: false });
    expect(vm.title).toBe('Anmelden');
    expect(vm.form?.fields[0]).toMatchObject({ label: 'E-Mail', error: 'E-Mail fehlt.' });
  });

  test('a screen whose flow this page lacks is not drawn as a form', () => {
    const options = optionsWith({});
    const { login, forgotPassword, signUp } = ALL_FLOWS;
    const vm = connect(stateWith({ screen: 'resetPassword' }, options), options, en, { flows: { login, forgotPassword, signUp }, modal: false });
    expect(vm.form).toBeNull();
    expect(vm.links).toEqual([]);
  });

  test('an action whose flow this page lacks is not offered: login alone has no forgot link and no sign-up switch', () => {
    const options = optionsWith({});
    const { login, forgotPassword } = ALL_FLOWS;
    const alone = connect(stateWith({}, options), options, en, { flows: { login }, modal: false });
    expect(alone.links).toEqual([]);
    expect(alone.switchTo).toBeNull();
    const withForgot = connect(stateWith({}, options), options, en, { flows: { login, forgotPassword }, modal: false });
    expect(withForgot.links).toEqual([{ text: "Don't remember your password?", event: { type: 'FORGOT.OPEN' } }]);
    expect(withForgot.switchTo).toBeNull();
    // A link to the site's own page needs no flow.
    const own = optionsWith({ forgotPasswordLink: 'https://example.com/forgot' });
    expect(connect(stateWith({}, own), own, en, { flows: { login }, modal: false }).links).toEqual([
      { text: "Don't remember your password?", href: 'https://example.com/forgot' },
    ]);
  });

  test('is pure: equal input gives equal output, and no input is changed', () => {
    const options = deepFreeze(optionsWith({ passwordPolicy: { level: 'excellent' }, theme: { logo: '/logo.png' } }));
    const dict = deepFreeze({ ...en });
    const screens: ScreenName[] = ['login', 'forgotPassword', 'signUp', 'resetPassword', 'signedIn', 'unrecoverable'];
    for (const screen of screens) {
      const patch: Partial<MachineState> = {
        screen,
        email: EMAIL,
        password: 'Abc12',
        revealed: ['password'],
        fieldErrors: { password: 'validation.passwordPolicy' },
        status: 'waiting',
        waitUntil: T0 + 61_000,
        message: { tone: 'error', key: 'error.passwordStrength', rules: [{ code: 'lengthAtLeast', format: [10], verified: false }] },
      };
      const state = deepFreeze(stateWith(patch, options));
      const copy = structuredClone(state);
      // Frozen inputs: any write inside connect throws (test modules are strict mode).
      const first = connect(state, options, dict, { flows: ALL_FLOWS, modal: true });
      const again = connect(copy, options, dict, { flows: ALL_FLOWS, modal: true });
      expect(again, screen).toEqual(first);
      expect(state, screen).toEqual(copy);
    }
  });
});

describe('submitText(submit, now, dict, language)', () => {
  const waiting: SubmitView = { text: 'Log in', state: 'waiting', busy: true, waitUntil: T0 + 5000, labeled: true };
  const seconds = (n: number) => new Intl.RelativeTimeFormat('en').format(n, 'second');

  test('counts down to the end of a wait, in the dictionary’s words', () => {
    expect(submitText(waiting, T0, en, 'en')).toBe('Try again in 5 seconds');
    expect(submitText(waiting, T0, en, 'en')).toBe(en['submit.wait'].replace('{wait}', seconds(5)));
    expect(submitText(waiting, T0 + 1000, en, 'en')).toBe('Try again in 4 seconds');
  });

  test('rounds up, and never promises less than a second', () => {
    expect(submitText(waiting, T0 + 4200, en, 'en')).toBe('Try again in 1 second');
    expect(submitText(waiting, T0 + 5000, en, 'en')).toBe('Try again in 1 second');
    expect(submitText(waiting, T0 + 9000, en, 'en')).toBe('Try again in 1 second');
  });

  test('says long waits in minutes, in the language given', () => {
    const long: SubmitView = { ...waiting, waitUntil: T0 + 100_000 };
    expect(submitText(long, T0, en, 'en')).toBe('Try again in 2 minutes');
    expect(submitText(long, T0, en, 'de')).toBe(`Try again ${new Intl.RelativeTimeFormat('de').format(2, 'minute')}`);
  });

  test('is the button’s own text when no wait runs', () => {
    expect(submitText({ text: 'Log in', state: 'idle', busy: false, waitUntil: null, labeled: true }, T0, en, 'en')).toBe('Log in');
    expect(submitText({ text: 'Logging in…', state: 'pending', busy: true, waitUntil: null, labeled: true }, T0, en, 'en')).toBe('Logging in…');
    expect(submitText(undefined, T0, en, 'en')).toBe('');
  });

  test('agrees with connect: a waiting login counts down, an idle one does not', () => {
    const options = optionsWith({});
    const env = { flows: ALL_FLOWS, modal: false };
    const wait = connect(stateWith({ status: 'waiting', waitUntil: T0 + 3000 }, options), options, en, env);
    expect(submitText(wait.form?.submit, T0, en, 'en')).toBe('Try again in 3 seconds');
    const idle = connect(stateWith({}, options), options, en, env);
    expect(submitText(idle.form?.submit, T0, en, 'en')).toBe('Log in');
  });
});

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}
