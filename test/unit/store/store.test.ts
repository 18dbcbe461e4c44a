// The store runs the machine in a page: it holds the state in signals, runs the effects the machine asks for (API
// calls, the 429 countdown, focus, host events) and listens for the network. Everything it takes from the browser is
// injected here — a clock, an interval, an event target, an online flag — so these tests use no real timers, no
// navigator and no window.
import '../../../src/flows/all';
import { signal } from '@preact/signals';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { Result } from '../../../src/api/client';
import { normalizeError } from '../../../src/api/errors';
import { en } from '../../../src/i18n/en';
import type { MachineEvent } from '../../../src/machine/machine.types';
import { normalizeOptions, type NormalizedOptions } from '../../../src/options';
import { createStore, type Platform, type Store, type ViewSettings } from '../../../src/store';

const T0 = 1_800_000_000_000;
const EMAIL = 'ada@example.com';
const OFFLINE_TEXT = "You're offline. We'll send this as soon as your connection is back.";
const TOKENS_BODY = { access_token: 'at', id_token: 'it', expires_in: 86400, token_type: 'Bearer', scope: 'openid' };

function options(): NormalizedOptions {
  const normalized = normalizeOptions('cid', 'tenant.example.com', {});
  if (!normalized.ok) throw new Error(normalized.problems.join('; '));
  return normalized.options;
}

/** A browser the test drives: its clock, its interval (ticked by hand), its network. */
function fakePlatform() {
  let time = T0;
  let online = true;
  let nextId = 1;
  const intervals = new Map<number, { fn: () => void; ms: number }>();
  const events = new EventTarget();
  const add = vi.spyOn(events, 'addEventListener');
  const remove = vi.spyOn(events, 'removeEventListener');
  const platform: Platform = {
    now: () => time,
    online: () => online,
    setInterval: (fn, ms) => {
      const id = nextId++;
      intervals.set(id, { fn, ms });
      return id;
    },
    clearInterval: (id) => {
      intervals.delete(id as number);
    },
    events,
  };
  return {
    platform,
    intervals,
    listeners: { add, remove },
    /** Moves the clock on and runs every interval once, as one tick of each would. */
    tick(ms: number) {
      time += ms;
      for (const { fn } of [...intervals.values()]) fn();
    },
    goOffline() {
      online = false;
      events.dispatchEvent(new Event('offline'));
    },
    goOnline() {
      online = true;
      events.dispatchEvent(new Event('online'));
    },
  };
}

/** An API whose answers the test queues; each POST takes the next one (a success by default). */
function fakeApi() {
  const answers: Result<unknown>[] = [];
  const post = vi.fn(async (_path: string, _body: Record<string, unknown>, _signal?: AbortSignal): Promise<Result<unknown>> =>
    answers.shift() ?? { ok: true, value: TOKENS_BODY },
  );
  return { api: { clientID: 'cid', post }, post, answer: (result: Result<unknown>) => answers.push(result) };
}

const rateLimited = (seconds: number): Result<unknown> => ({
  ok: false,
  error: normalizeError(429, { error: 'too_many_requests', error_description: 'Global limit has been reached' }, seconds),
});

/** Lets the runner's promises settle (the fake API answers at once). */
const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const stores: Store[] = [];
afterEach(() => {
  for (const store of stores.splice(0)) store.destroy();
});

function setup({ online = true, prefillEmail = '' } = {}) {
  const browser = fakePlatform();
  const { api, post, answer } = fakeApi();
  const emit = vi.fn<(event: string, payload?: unknown) => void>();
  const opts = options();
  const settings = signal<ViewSettings>({ options: opts, dict: en });
  const store = createStore({
    config: opts,
    initialScreen: 'login',
    prefill: { email: prefillEmail, online },
    context: { api, connection: opts.defaultDatabaseConnection, scope: opts.auth.params.scope },
    emit,
    platform: browser.platform,
    settings,
    modal: false,
  });
  stores.push(store);
  const fill = (email = EMAIL, password = 'correct horse') => {
    store.send({ type: 'FIELD.CHANGE', field: 'email', value: email });
    store.send({ type: 'FIELD.CHANGE', field: 'password', value: password });
  };
  const submit = () => store.send({ type: 'LOGIN.SUBMIT' } satisfies MachineEvent);
  return { store, browser, post, answer, emit, settings, fill, submit };
}

describe('createStore', () => {
  test('start() announces the first screen, once', () => {
    const { store, emit } = setup();
    expect(emit).not.toHaveBeenCalled();
    store.start();
    expect(emit.mock.calls).toEqual([['signin ready', undefined]]);
    store.start();
    expect(emit).toHaveBeenCalledTimes(1);
  });

  test('typing updates the state and the view model', () => {
    const { store } = setup();
    store.start();
    store.send({ type: 'FIELD.CHANGE', field: 'email', value: EMAIL });
    expect(store.state.value.email).toBe(EMAIL);
    expect(store.view.value.form?.fields[0]).toMatchObject({ name: 'email', value: EMAIL });
  });

  test('an invalid submit asks for focus on the field, again each time', () => {
    const { store, submit, post } = setup();
    store.start();
    submit();
    expect(store.focus.value).toEqual({ target: 'email', seq: 1 });
    expect(store.view.value.form?.fields[0]?.error).toBe('Enter your email address.');
    submit();
    expect(store.focus.value).toEqual({ target: 'email', seq: 2 });
    expect(post).not.toHaveBeenCalled();
  });

  test('a submit while online posts once to the token endpoint, and a success signs in', async () => {
    const { store, fill, submit, post, emit } = setup();
    store.start();
    fill();
    submit();
    expect(post).toHaveBeenCalledTimes(1);
    const [path, body, abortSignal] = post.mock.calls[0]!;
    expect(path).toBe('/oauth/token');
    expect(body).toMatchObject({ client_id: 'cid', username: EMAIL, password: 'correct horse', realm: 'Username-Password-Authentication', scope: 'openid profile email' });
    expect(abortSignal).toBeInstanceOf(AbortSignal);
    expect(store.view.value.form?.submit).toMatchObject({ state: 'pending', busy: true, text: 'Logging in…' });
    expect(emit).toHaveBeenCalledWith('signin submit', undefined);

    await settle();
    expect(store.state.value.screen).toBe('signedIn');
    expect(store.view.value.title).toBe("You're logged in");
    expect(emit).toHaveBeenCalledWith('authenticated', expect.objectContaining({ accessToken: 'at', idToken: 'it' }));
    expect(post).toHaveBeenCalledTimes(1);
  });

  test('a 429 counts down on the button alone, then ends when the clock passes the deadline', async () => {
    const { store, browser, fill, submit, answer, emit, post } = setup();
    store.start();
    answer(rateLimited(5));
    fill();
    submit();
    await settle();

    expect(store.state.value).toMatchObject({ status: 'waiting', waitUntil: T0 + 5000 });
    expect(emit).toHaveBeenCalledWith('authorization_error', expect.objectContaining({ statusCode: 429 }));
    expect(browser.intervals.size).toBe(1);
    expect([...browser.intervals.values()][0]!.ms).toBeLessThanOrEqual(1000);

    const view = store.view.value;
    expect(view.alert.text).toBe('Too many attempts. Please try again in 5 seconds.');
    expect(view.form?.submit).toMatchObject({ state: 'waiting', busy: true });
    expect(store.submitText.value).toBe('Try again in 5 seconds');

    browser.tick(1000);
    expect(store.submitText.value).toBe('Try again in 4 seconds');
    expect(store.clock.value).toBe(T0 + 1000);
    // The tick changed the button's text only: the view model is the very same object.
    expect(store.view.value).toBe(view);

    browser.tick(3999);
    expect(store.state.value.status).toBe('waiting');
    expect(store.submitText.value).toBe('Try again in 1 second');
    expect(store.view.value).toBe(view);

    // Submitting during the wait sends nothing.
    submit();
    expect(post).toHaveBeenCalledTimes(1);

    browser.tick(1);
    expect(store.state.value).toMatchObject({ status: 'idle', waitUntil: null, message: null });
    expect(store.submitText.value).toBe('Log in');
    expect(store.view.value).not.toBe(view);
    expect(store.view.value.form?.submit).toMatchObject({ state: 'idle', busy: false, waitUntil: null });
    expect(browser.intervals.size).toBe(0);

    submit();
    expect(post).toHaveBeenCalledTimes(2);
  });

  test('going offline says so; a submit is held and sent when the connection is back', async () => {
    const { store, browser, fill, submit, post } = setup();
    store.start();
    fill();

    browser.goOffline();
    expect(store.state.value.online).toBe(false);
    expect(store.view.value.alert).toMatchObject({ text: OFFLINE_TEXT, tone: 'info' });

    submit();
    expect(store.state.value.status).toBe('offline');
    expect(store.view.value.form?.submit.busy).toBe(true);
    expect(post).not.toHaveBeenCalled();

    browser.goOnline();
    expect(post).toHaveBeenCalledTimes(1);
    expect(post.mock.calls[0]![0]).toBe('/oauth/token');
    expect(post.mock.calls[0]![1]).toMatchObject({ username: EMAIL, password: 'correct horse' });
    expect(store.state.value).toMatchObject({ status: 'pending', online: true, message: null });
    expect(store.view.value.alert.text).toBe('');

    await settle();
    expect(store.state.value.screen).toBe('signedIn');
  });

  test('a connection lost between construction and the first show is noticed when the widget starts', () => {
    const { store, browser, fill, submit, post } = setup();
    // Nobody listens yet: the store learns it from the platform when it starts.
    browser.goOffline();
    store.start();
    expect(store.state.value.online).toBe(false);
    fill();
    submit();
    expect(store.state.value.status).toBe('offline');
    expect(post).not.toHaveBeenCalled();
  });

  test('back online with nothing held only clears the offline message', () => {
    const { store, browser, post } = setup();
    store.start();
    browser.goOffline();
    browser.goOnline();
    expect(store.state.value).toMatchObject({ online: true, status: 'idle', message: null });
    expect(post).not.toHaveBeenCalled();
  });

  test('a new dictionary recomputes the view in the new words', () => {
    const { store, settings } = setup();
    store.start();
    const before = store.view.value;
    settings.value = { ...settings.peek(), dict: { ...en, 'login.title': 'Anmelden', 'login.submit': 'Anmelden' } };
    expect(store.view.value).not.toBe(before);
    expect(store.view.value.title).toBe('Anmelden');
    expect(store.submitText.value).toBe('Anmelden');
  });

  test('destroy() stops listening, aborts the request in flight and ignores later events', async () => {
    const { store, browser, fill, submit, post, emit } = setup();
    store.start();
    fill();
    submit();
    const abortSignal = post.mock.calls[0]![2]!;
    expect(abortSignal.aborted).toBe(false);

    store.destroy();
    expect(abortSignal.aborted).toBe(true);
    expect(browser.listeners.remove).toHaveBeenCalledWith('offline', expect.any(Function));
    expect(browser.listeners.remove).toHaveBeenCalledWith('online', expect.any(Function));

    const state = store.state.value;
    browser.goOffline();
    expect(store.state.value).toBe(state);
    browser.goOnline();
    store.send({ type: 'FIELD.CHANGE', field: 'email', value: 'other@example.com' });
    expect(store.state.value).toBe(state);

    // The answer to the aborted request changes nothing either.
    await settle();
    expect(store.state.value).toBe(state);
    expect(emit).not.toHaveBeenCalledWith('authenticated', expect.anything());
  });

  test('destroy() during a wait stops the countdown', async () => {
    const { store, browser, fill, submit, answer } = setup();
    store.start();
    answer(rateLimited(30));
    fill();
    submit();
    await settle();
    expect(browser.intervals.size).toBe(1);
    store.destroy();
    expect(browser.intervals.size).toBe(0);
  });
});
