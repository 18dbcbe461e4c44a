import { cleanup, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test } from 'vitest';
import { json, mountInline, tokenResponse } from './support';
// The reset screen comes with its own entry, as on a hosted reset page.
import '../../src/reset-page';

afterEach(() => {
  cleanup();
  document.body.innerHTML = '';
});

const good = { level: 'good' } as const;
const rules = () => Array.from(document.querySelectorAll('[data-part=policy] [data-part=rule]'));
const unmet = () => rules().filter((li) => !li.hasAttribute('data-met')).map((li) => li.firstChild?.textContent);

describe('sign-up', () => {
  test('the login screen offers sign-up, and the sign-up screen offers login back', async () => {
    const { events } = mountInline();
    await userEvent.click(screen.getByRole('button', { name: 'Sign up' }));
    expect(screen.getByRole('heading', { name: 'Create your account' })).toBeTruthy();
    expect(events.map((e) => e.name)).toContain('signup ready');
    await userEvent.click(screen.getByRole('button', { name: 'Log in' }));
    expect(screen.getByRole('heading', { name: 'Log in' })).toBeTruthy();
  });

  test('allowSignUp: false offers no sign-up', () => {
    mountInline({ allowSignUp: false });
    expect(screen.queryByRole('button', { name: 'Sign up' })).toBeNull();
  });

  test('the policy checklist follows what is typed and is tied to the password field', async () => {
    mountInline({ initialScreen: 'signUp', passwordPolicy: good, allowPasswordAutocomplete: true });
    const password = screen.getByLabelText('Password');
    expect(password.getAttribute('autocomplete')).toBe('new-password');
    const list = document.getElementById(password.getAttribute('aria-describedby') ?? '');
    expect(list?.textContent).toContain('8 or more characters');
    expect(unmet()).toContain('8 or more characters');
    await userEvent.type(password, 'abcdefgh');
    expect(unmet()).not.toContain('8 or more characters');
    expect(unmet()).toContain('At least 3 of these 4 kinds of character:');
    await userEvent.type(password, 'A1');
    expect(unmet()).toEqual(['Special characters (such as !@#$%^&*)']);
    expect(list?.textContent).toContain('(met)');
  });

  test('a password that breaks the policy is explained before anything is sent', async () => {
    const { server } = mountInline({ initialScreen: 'signUp', passwordPolicy: good });
    await userEvent.type(screen.getByRole('textbox', { name: 'Email' }), 'new@example.com');
    await userEvent.type(screen.getByLabelText('Password'), 'short');
    await userEvent.click(screen.getByRole('button', { name: 'Sign up' }));
    expect(screen.getByText('Choose a password that meets every requirement below.')).toBeTruthy();
    // Focus moves once the new screen has been drawn.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Password')));
    expect(server.sent).toHaveLength(0);
  });

  test('sign-up then login: signup is sent with the connection, then the password-realm grant, then authenticated', async () => {
    const { server, events } = mountInline({ initialScreen: 'signUp', passwordPolicy: good });
    server.reply(json(200, { _id: 'u1', email: 'new@example.com', email_verified: false }));
    server.reply(tokenResponse());
    await userEvent.type(screen.getByRole('textbox', { name: 'Email' }), 'new@example.com');
    await userEvent.type(screen.getByLabelText('Password'), 'Sturdy-Pass-42{Enter}');
    await screen.findByRole('heading', { name: "You're logged in" });
    expect(server.sent[0]?.url).toBe('http://api.test/dbconnections/signup');
    expect(server.sent[0]?.body).toEqual({ client_id: 'client-1', email: 'new@example.com', password: 'Sturdy-Pass-42', connection: 'Username-Password-Authentication' });
    expect(server.sent[1]?.url).toBe('http://api.test/oauth/token');
    expect(events.map((e) => e.name)).toEqual(['show', 'signup ready', 'signup submit', 'signup success', 'authenticated']);
    expect(JSON.stringify(events)).not.toContain('Sturdy-Pass-42');
  });

  test('loginAfterSignUp: false returns to login with the email and a confirmation', async () => {
    const { server } = mountInline({ initialScreen: 'signUp', loginAfterSignUp: false });
    server.reply(json(200, { _id: 'u1', email: 'new@example.com', email_verified: false }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Email' }), 'new@example.com');
    await userEvent.type(screen.getByLabelText('Password'), 'x{Enter}');
    await screen.findByRole('heading', { name: 'Log in' });
    expect(screen.getByRole('status').textContent).toBe('Your account has been created. You can now log in.');
    expect((screen.getByRole('textbox', { name: 'Email' }) as HTMLInputElement).value).toBe('new@example.com');
  });

  test.each([
    [{ name: 'BadRequestError', code: 'invalid_signup', description: 'Invalid sign up', statusCode: 400 }, 'We could not create an account with these details. If you already have an account, log in instead.'],
    [{ name: 'BadRequestError', code: 'user_exists', description: 'The user already exists.', statusCode: 400 }, 'An account with this email already exists. Log in instead.'],
    [{ name: 'PasswordDictionaryError', message: 'Password is too common', code: 'invalid_password', description: 'Password is not allowed, it might be too common.', statusCode: 400 }, 'This password is too common. Choose one that is harder to guess.'],
  ])('server answer %o is explained in words, and nothing typed is lost', async (body, message) => {
    const { server, events } = mountInline({ initialScreen: 'signUp' });
    server.reply(json(400, body));
    await userEvent.type(screen.getByRole('textbox', { name: 'Email' }), 'new@example.com');
    await userEvent.type(screen.getByLabelText('Password'), 'whatever{Enter}');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(message));
    expect((screen.getByLabelText('Password') as HTMLInputElement).value).toBe('whatever');
    expect(events.find((e) => e.name === 'signup error')?.payload).toMatchObject({ error: body.code, statusCode: 400 });
  });

  test("a server's PasswordStrengthError lists its rules in the widget's words", async () => {
    const { server } = mountInline({ initialScreen: 'signUp' });
    server.reply(
      json(400, {
        name: 'PasswordStrengthError',
        message: 'Password is too weak',
        code: 'invalid_password',
        description: { rules: [{ code: 'lengthAtLeast', message: 'At least %d characters in length', format: [12], verified: false }], verified: false },
        policy: '* At least 12 characters in length',
        statusCode: 400,
      }),
    );
    await userEvent.type(screen.getByRole('textbox', { name: 'Email' }), 'new@example.com');
    await userEvent.type(screen.getByLabelText('Password'), 'whatever{Enter}');
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('This password is too weak. It must have:'));
    expect(screen.getByRole('status').textContent).toContain('12 or more characters (not met)');
  });
});

describe('reset password (the hosted reset page)', () => {
  const reset = (state: 'valid' | 'expired' | 'used' | 'invalid' = 'valid') => ({
    initialScreen: 'resetPassword' as const,
    passwordPolicy: good,
    resetPassword: { ticket: 'T-123', csrf: 'C-456', email: 'ada@example.com', state },
  });

  test('asks for the new password twice for the named account, with the checklist', () => {
    mountInline(reset());
    expect(screen.getByRole('heading', { name: 'Choose a new password' })).toBeTruthy();
    expect(screen.getByText('Enter a new password for ada@example.com.')).toBeTruthy();
    expect(screen.getByLabelText('New password').getAttribute('autocomplete')).toBe('new-password');
    expect(screen.getByLabelText('Confirm new password').getAttribute('autocomplete')).toBe('new-password');
    expect(rules().length).toBeGreaterThan(0);
  });

  test('a mismatch is explained before sending', async () => {
    const { server } = mountInline(reset());
    await userEvent.type(screen.getByLabelText('New password'), 'Sturdy-Pass-42');
    await userEvent.type(screen.getByLabelText('Confirm new password'), 'Sturdy-Pass-43{Enter}');
    expect(screen.getByText('The two passwords do not match.')).toBeTruthy();
    expect(server.sent).toHaveLength(0);
  });

  test('sends the form post with ticket and CSRF token, then leads to login with the email and a confirmation', async () => {
    const { server, events } = mountInline(reset());
    server.reply(json(200, { message: 'You can now login to the application with the new password.', email: 'ada@example.com' }));
    await userEvent.type(screen.getByLabelText('New password'), 'Sturdy-Pass-42');
    await userEvent.type(screen.getByLabelText('Confirm new password'), 'Sturdy-Pass-42{Enter}');
    await screen.findByRole('heading', { name: 'Log in' });
    expect(server.sent[0]?.url).toBe('http://api.test/lo/reset');
    expect(server.sent[0]?.headers['Content-Type']).toBe('application/x-www-form-urlencoded');
    expect(server.sent[0]?.body).toEqual({
      _csrf: 'C-456',
      ticket: 'T-123',
      email: 'ada@example.com',
      newPassword: 'Sturdy-Pass-42',
      confirmNewPassword: 'Sturdy-Pass-42',
    });
    expect(screen.getByRole('status').textContent).toBe('Your password has been changed. You can now log in with the new password.');
    expect((screen.getByRole('textbox', { name: 'Email' }) as HTMLInputElement).value).toBe('ada@example.com');
    expect(events.find((e) => e.name === 'password_reset success')?.payload).toEqual({ email: 'ada@example.com' });
    expect(JSON.stringify(events)).not.toContain('T-123');
    expect(JSON.stringify(events)).not.toContain('Sturdy-Pass-42');
  });

  test.each([
    ['expired', 'This link has expired. Ask for a new email to reset your password.'],
    ['used', 'This link has already been used. Ask for a new email if you still need to reset your password.'],
  ] as const)('a %s link is explained, with a way to ask for a new email', async (state, message) => {
    mountInline(reset(state));
    expect(screen.getByRole('status').textContent).toBe(message);
    expect(screen.queryByLabelText('New password')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Send me a new link' }));
    expect(screen.getByRole('heading', { name: 'Reset your password' })).toBeTruthy();
    expect((screen.getByRole('textbox', { name: 'Email' }) as HTMLInputElement).value).toBe('ada@example.com');
  });

  test('a link refused by the server on submit switches to the new-email offer', async () => {
    const { server } = mountInline(reset());
    server.reply(json(400, { error: 'used_ticket', error_description: 'This URL can be used only once.' }));
    await userEvent.type(screen.getByLabelText('New password'), 'Sturdy-Pass-42');
    await userEvent.type(screen.getByLabelText('Confirm new password'), 'Sturdy-Pass-42{Enter}');
    await screen.findByRole('button', { name: 'Send me a new link' });
    expect(screen.getByRole('status').textContent).toBe('This link has already been used. Ask for a new email if you still need to reset your password.');
  });
});
