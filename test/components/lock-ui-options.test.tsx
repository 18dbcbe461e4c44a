// Lock's options for what the login box shows, as a person meets them: allowShowPassword, allowAutocomplete,
// allowPasswordAutocomplete, flashMessage, signUpLink, theme.hideMainScreenTitle, theme.labeledSubmitButton and
// autoclose, each with its default (Lock's, except the show-password toggle and autofill, which Latch keeps on)
// and with the site's own choice.
import { cleanup, screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test } from 'vitest';
import { mountInline, tokenResponse } from './support';

afterEach(() => {
  cleanup();
  document.body.innerHTML = '';
});

describe('allowShowPassword', () => {
  test('false, as a Lock configuration may say: the password has no show/hide toggle', () => {
    mountInline({ allowShowPassword: false });
    expect(screen.getByLabelText('Password').getAttribute('type')).toBe('password');
    expect(screen.queryByRole('button', { name: 'Show password' })).toBeNull();
  });

  test('on by default (Latch keeps it for accessibility): a labelled toggle that says whether the password is shown', async () => {
    mountInline();
    const toggle = screen.getByRole('button', { name: 'Show password' });
    await userEvent.click(toggle);
    expect(screen.getByLabelText('Password').getAttribute('type')).toBe('text');
    expect(screen.getByRole('button', { name: 'Hide password' }).getAttribute('aria-pressed')).toBe('true');
  });
});

describe('allowAutocomplete and allowPasswordAutocomplete', () => {
  test("both false, as Lock's defaults: autocomplete=off on the email and the password, on every screen", async () => {
    mountInline({ allowAutocomplete: false, allowPasswordAutocomplete: false });
    expect(screen.getByRole('textbox', { name: 'Email' }).getAttribute('autocomplete')).toBe('off');
    expect(screen.getByLabelText('Password').getAttribute('autocomplete')).toBe('off');
    await userEvent.click(screen.getByRole('button', { name: 'Sign up' }));
    expect(screen.getByRole('textbox', { name: 'Email' }).getAttribute('autocomplete')).toBe('off');
    expect(screen.getByLabelText('Password').getAttribute('autocomplete')).toBe('off');
  });

  test("on (Latch's default): the autofill tokens password managers know, each option for its own field", () => {
    mountInline({ allowPasswordAutocomplete: false });
    expect(screen.getByRole('textbox', { name: 'Email' }).getAttribute('autocomplete')).toBe('username');
    expect(screen.getByLabelText('Password').getAttribute('autocomplete')).toBe('off');
    document.body.innerHTML = '';
    mountInline({ allowAutocomplete: false, initialScreen: 'signUp' });
    expect(screen.getByRole('textbox', { name: 'Email' }).getAttribute('autocomplete')).toBe('off');
    expect(screen.getByLabelText('Password').getAttribute('autocomplete')).toBe('new-password');
  });
});

describe('flashMessage', () => {
  test.each([
    ['success', 'Your email is verified. You can log in now.'],
    ['error', 'That link has expired.'],
    ['info', '<b>Maintenance</b> tonight'],
  ] as const)('%s: its text, as text, in the live region when the widget opens', (type, text) => {
    mountInline({ flashMessage: { type, text } });
    const status = screen.getByRole('status');
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.textContent).toBe(text);
    expect(status.getAttribute('data-tone')).toBe(type);
    expect(status.querySelector('b')).toBeNull();
  });

  test('a wrong shape is refused with a clear problem, as any option Latch implements', () => {
    const { container } = mountInline({ flashMessage: { type: 'warning', text: 'x' } as never });
    expect(container.textContent).toContain('Log in is unavailable');
  });
});

describe('signUpLink', () => {
  test('the sign-up switch is a plain link to the site’s page', () => {
    mountInline({ signUpLink: 'https://example.com/register' });
    expect(screen.queryByRole('button', { name: 'Sign up' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Sign up' }).getAttribute('href')).toBe('https://example.com/register');
  });

  test('not a URL or a path: refused', () => {
    const { container } = mountInline({ signUpLink: 'javascript:alert(1)' });
    expect(container.textContent).toContain('Log in is unavailable');
    expect(container.querySelector('a[href^=javascript]')).toBeNull();
  });
});

describe('theme.hideMainScreenTitle', () => {
  test('the login screen shows no title, yet the heading still names the form and the dialog', () => {
    mountInline({ theme: { hideMainScreenTitle: true }, container: undefined });
    const heading = screen.getByRole('heading', { name: 'Log in' });
    expect(heading.hasAttribute('data-hidden')).toBe(true);
    const dialog = screen.getByRole('dialog', { name: 'Log in' });
    expect(within(dialog).getByRole('form', { name: 'Log in' })).toBeTruthy();
  });

  test('a later screen keeps its title', async () => {
    mountInline({ theme: { hideMainScreenTitle: true } });
    await userEvent.click(screen.getByRole('button', { name: "Don't remember your password?" }));
    expect(screen.getByRole('heading', { name: 'Reset your password' }).hasAttribute('data-hidden')).toBe(false);
  });

  test('off by default', () => {
    mountInline();
    expect(screen.getByRole('heading', { name: 'Log in' }).hasAttribute('data-hidden')).toBe(false);
  });
});

describe('theme.labeledSubmitButton', () => {
  test('on by default: the button says what it does', () => {
    mountInline();
    expect(screen.getByRole('button', { name: 'Log in' }).textContent).toBe('Log in');
  });

  test('false: an arrow, no text, and the button is still named by its label', () => {
    mountInline({ theme: { labeledSubmitButton: false } });
    const submit = screen.getByRole('button', { name: 'Log in' });
    expect(submit.getAttribute('type')).toBe('submit');
    expect(submit.textContent).toBe('');
    expect(submit.querySelector('svg[aria-hidden=true]')).toBeTruthy();
  });

  test('false: the name follows the state (pending)', async () => {
    const { server } = mountInline({ theme: { labeledSubmitButton: false } });
    server.reply(new Promise(() => undefined));
    await userEvent.type(screen.getByRole('textbox', { name: 'Email' }), 'ada@example.com');
    await userEvent.type(screen.getByLabelText('Password'), 'pw{Enter}');
    expect(screen.getByRole('button', { name: 'Logging in…' }).getAttribute('aria-disabled')).toBe('true');
  });
});

describe('autoclose', () => {
  async function logIn(options: Parameters<typeof mountInline>[0]) {
    const widget = mountInline({ container: undefined, ...options });
    widget.server.reply(tokenResponse());
    await userEvent.type(screen.getByRole('textbox', { name: 'Email' }), 'ada@example.com');
    await userEvent.type(screen.getByLabelText('Password'), 'pw{Enter}');
    await new Promise((resolve) => setTimeout(resolve, 20));
    return widget;
  }

  test('off by default, as Lock: the modal stays open on its signed-in screen', async () => {
    const { events } = await logIn({});
    expect(events.some((e) => e.name === 'authenticated')).toBe(true);
    expect(screen.getByRole('dialog', { name: "You're logged in" })).toBeTruthy();
    expect(events.some((e) => e.name === 'hide')).toBe(false);
  });

  test('true: the modal closes once the person is logged in', async () => {
    const { events } = await logIn({ autoclose: true });
    expect(events.map((e) => e.name)).toEqual(expect.arrayContaining(['authenticated', 'hide']));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  test('true, but the modal cannot be closed (closable: false): it stays, as Lock', async () => {
    const { events } = await logIn({ autoclose: true, closable: false });
    expect(events.some((e) => e.name === 'authenticated')).toBe(true);
    expect(screen.getByRole('dialog')).toBeTruthy();
  });
});
