// Lock's methods and events as a Lock site uses them: show(options) for one showing, the submit events on every
// press of the button, chainable on(), Lock's events Latch does not fire yet, and Auth0LockPasswordless.
import { cleanup, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { Latch } from '../../src/index';
import { Auth0LockPasswordless } from '../../src/lock';
import { json, mountInline, silenceConsoleError, tokenResponse } from './support';

afterEach(() => {
  cleanup();
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

const heading = () => screen.getByRole('heading', { level: 2 }).textContent;
const names = (events: { name: string }[]) => events.map((e) => e.name);

describe('show(options): for that showing only, as Lock', () => {
  test('initialScreen, allowSignUp and languageDictionary change the box shown; the next show() has the constructor’s again', () => {
    const { latch } = mountInline({ languageDictionary: { title: 'Acme' } });
    expect(heading()).toBe('Acme');
    expect(screen.getByRole('button', { name: 'Sign up' })).toBeTruthy();
    latch.hide();
    latch.show({ initialScreen: 'forgotPassword', languageDictionary: { forgotPasswordTitle: 'Lost it?' } });
    expect(heading()).toBe('Lost it?');
    latch.hide();
    latch.show({ allowSignUp: false });
    // The constructor's dictionary holds where this showing gives none.
    expect(heading()).toBe('Acme');
    expect(screen.queryByRole('button', { name: 'Sign up' })).toBeNull();
    latch.hide();
    latch.show();
    expect(heading()).toBe('Acme');
    expect(screen.getByRole('button', { name: 'Sign up' })).toBeTruthy();
  });

  test('flashMessage is said when that showing opens, and not by the next', () => {
    const { latch } = mountInline();
    expect(screen.queryByText('Your session expired')).toBeNull();
    latch.hide();
    latch.show({ flashMessage: { type: 'info', text: 'Your session expired' } });
    expect(screen.getByText('Your session expired')).toBeTruthy();
    latch.hide();
    latch.show();
    expect(screen.queryByText('Your session expired')).toBeNull();
  });

  test('allowShowPassword and theme.logo for one showing', () => {
    const { latch, container } = mountInline();
    expect(screen.getByRole('button', { name: 'Show password' })).toBeTruthy();
    latch.hide();
    latch.show({ allowShowPassword: false, theme: { logo: 'https://example.com/acme.png' } });
    expect(screen.queryByRole('button', { name: 'Show password' })).toBeNull();
    expect(container.querySelector('img')?.getAttribute('src')).toBe('https://example.com/acme.png');
  });

  test('auth.params for one showing are what the login sends', async () => {
    const { latch, server } = mountInline({ auth: { params: { scope: 'openid' } } });
    latch.hide();
    latch.show({ auth: { params: { scope: 'openid email read:orders' } } });
    server.reply(tokenResponse());
    await userEvent.type(screen.getByRole('textbox', { name: 'Email' }), 'ada@example.com');
    await userEvent.type(screen.getByLabelText('Password'), 'secret-1');
    await userEvent.click(screen.getByRole('button', { name: 'Log in' }));
    expect(server.sent.find((r) => r.url.endsWith('/oauth/token'))?.body.scope).toBe('openid email read:orders');
  });

  test('what was typed stays across showings with other options', async () => {
    const { latch } = mountInline();
    await userEvent.type(screen.getByRole('textbox', { name: 'Email' }), 'ada@example.com');
    latch.hide();
    latch.show({ languageDictionary: { title: 'Welcome back' } });
    expect((screen.getByRole('textbox', { name: 'Email' }) as HTMLInputElement).value).toBe('ada@example.com');
  });

  test('a wrong value is refused as the constructor refuses it: not shown, unrecoverable_error says why', () => {
    const error = silenceConsoleError();
    const { latch, container, events } = mountInline();
    latch.hide();
    latch.show({ flashMessage: { type: 'shout', text: 'x' } as never });
    expect(container.textContent).toBe('');
    expect(events.at(-1)?.name).toBe('unrecoverable_error');
    expect(error.mock.calls[0]?.[0]).toMatch(/flashMessage/);
  });

  test('a key that is not one of Lock’s per-show options is ignored with a warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { latch } = mountInline();
    latch.hide();
    latch.show({ container: 'elsewhere' } as never);
    expect(heading()).toBe('Log in');
    expect(warn.mock.calls.map((c) => String(c[0])).join('\n')).toMatch(/show\(\) does not take container/);
  });
});

describe('submit events as Lock fires them: on every press of the button', () => {
  test('signin submit before the fields are checked, so an empty form still says it', async () => {
    const { events, server } = mountInline();
    await userEvent.click(screen.getByRole('button', { name: 'Log in' }));
    expect(names(events)).toContain('signin submit');
    // Nothing was sent: the fields were empty, and say so.
    expect(server.sent.filter((r) => !r.url.includes('/client/'))).toEqual([]);
    expect(screen.getByRole('textbox', { name: 'Email' }).getAttribute('aria-invalid')).toBe('true');
  });

  test('signup submit and forgot_password submit likewise, once per press', async () => {
    const { events } = mountInline();
    await userEvent.click(screen.getByRole('button', { name: 'Sign up' }));
    await userEvent.click(screen.getByRole('button', { name: 'Sign up' }));
    expect(names(events).filter((n) => n === 'signup submit')).toHaveLength(1);
    await userEvent.click(screen.getByRole('button', { name: 'Log in' }));
    await userEvent.click(screen.getByRole('button', { name: "Don't remember your password?" }));
    await userEvent.click(screen.getByRole('button', { name: 'Send email' }));
    expect(names(events).filter((n) => n === 'forgot_password submit')).toHaveLength(1);
  });

  test('a valid login says signin submit, then authenticated', async () => {
    const { events, server } = mountInline();
    server.reply(tokenResponse());
    await userEvent.type(screen.getByRole('textbox', { name: 'Email' }), 'ada@example.com');
    await userEvent.type(screen.getByLabelText('Password'), 'secret-1');
    await userEvent.click(screen.getByRole('button', { name: 'Log in' }));
    await screen.findByText(/logged in/i);
    const said = names(events);
    expect(said.indexOf('signin submit')).toBeLessThan(said.indexOf('authenticated'));
  });
});

describe('on() and Lock’s other events', () => {
  test('on() returns the widget, so Lock’s chained listeners attach', () => {
    const container = document.createElement('div');
    document.body.append(container);
    const latch = new Latch('c', 'http://api.test', { container, fetch: async () => json(404, {}) });
    const shown: string[] = [];
    expect(latch.on('show', () => shown.push('show')).on('hide', () => shown.push('hide'))).toBe(latch);
    latch.show();
    latch.hide();
    expect(shown).toEqual(['show', 'hide']);
  });

  test('the social, enterprise and passwordless events are taken by on() and never fire', async () => {
    const { latch, server } = mountInline();
    const heard: string[] = [];
    for (const name of ['federated login', 'sso login', 'socialOrEmail ready', 'vcode ready', 'ssodata fetched'] as const) latch.on(name, () => heard.push(name));
    server.reply(tokenResponse());
    await userEvent.type(screen.getByRole('textbox', { name: 'Email' }), 'ada@example.com');
    await userEvent.type(screen.getByLabelText('Password'), 'secret-1');
    await userEvent.click(screen.getByRole('button', { name: 'Log in' }));
    await screen.findByText(/logged in/i);
    expect(heard).toEqual([]);
  });
});

describe('Auth0LockPasswordless', () => {
  test('constructing it does not throw: the box says log in is unavailable, the console and unrecoverable_error say why', async () => {
    const error = silenceConsoleError();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const container = document.createElement('div');
    document.body.append(container);
    const lock = new Auth0LockPasswordless('c', 'http://api.test', { container, passwordlessMethod: 'code', allowedConnections: ['email'] } as never);
    const errors: unknown[] = [];
    lock.on('unrecoverable_error', (e) => errors.push(e));
    lock.show();
    await Promise.resolve();
    expect(container.textContent).toMatch(/unavailable/i);
    expect(error).toHaveBeenCalledTimes(1);
    expect(String(error.mock.calls[0]?.[0])).toMatch(/passwordless login \(Auth0LockPasswordless\) is not supported/);
    expect(warn).not.toHaveBeenCalled();
    expect(errors).toEqual([{ error: 'invalid_options', errorDescription: expect.stringMatching(/passwordless/) }]);
  });
});
