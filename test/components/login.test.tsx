import { cleanup, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test } from 'vitest';
import { flush, json, mountInline, tokenResponse } from './support';

afterEach(() => {
  cleanup();
  document.body.innerHTML = '';
});

describe('login screen', () => {
  test('shows a title, labelled fields with the right autocomplete, the button and the forgot link', async () => {
    mountInline({ allowAutocomplete: true, allowPasswordAutocomplete: true });
    expect(screen.getByRole('heading', { name: 'Log in' })).toBeTruthy();
    const email = screen.getByRole('textbox', { name: 'Email' });
    const password = screen.getByLabelText('Password');
    expect(email.getAttribute('autocomplete')).toBe('username');
    expect(password.getAttribute('autocomplete')).toBe('current-password');
    expect(password.getAttribute('type')).toBe('password');
    expect(screen.getByRole('button', { name: 'Log in' })).toBeTruthy();
    expect(screen.getByRole('button', { name: "Don't remember your password?" })).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(email));
  });

  test('empty submit explains each field beside it, focuses the first, and sends nothing', async () => {
    const { server } = mountInline();
    await userEvent.click(screen.getByRole('button', { name: 'Log in' }));
    const email = screen.getByRole('textbox', { name: 'Email' });
    expect(email.getAttribute('aria-invalid')).toBe('true');
    const describedBy = email.getAttribute('aria-describedby');
    expect(describedBy && document.getElementById(describedBy)?.textContent).toBe('Enter your email address.');
    const password = screen.getByLabelText('Password');
    expect(document.getElementById(password.getAttribute('aria-describedby') ?? '')?.textContent).toBe('Enter your password.');
    // Focus moves once the new screen has been drawn.
    await waitFor(() => expect(document.activeElement).toBe(email));
    expect(server.sent).toHaveLength(0);
  });

  test('a malformed email is explained and what was typed stays', async () => {
    mountInline();
    await userEvent.type(screen.getByRole('textbox', { name: 'Email' }), 'ada@example');
    await userEvent.type(screen.getByLabelText('Password'), 'pw');
    await userEvent.click(screen.getByRole('button', { name: 'Log in' }));
    expect(screen.getByText('Enter an email address like name@example.com.')).toBeTruthy();
    expect((screen.getByRole('textbox', { name: 'Email' }) as HTMLInputElement).value).toBe('ada@example');
    expect((screen.getByLabelText('Password') as HTMLInputElement).value).toBe('pw');
  });

  test('wrong password: the message, the email kept, the password cleared and focused', async () => {
    const { server } = mountInline();
    server.reply(json(403, { error: 'invalid_grant', error_description: 'Wrong email or password.' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Email' }), '  ada@example.com ');
    await userEvent.type(screen.getByLabelText('Password'), 'wrong-one');
    await userEvent.click(screen.getByRole('button', { name: 'Log in' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Wrong email or password.'));
    expect((screen.getByRole('textbox', { name: 'Email' }) as HTMLInputElement).value).toBe('ada@example.com');
    const password = screen.getByLabelText('Password') as HTMLInputElement;
    expect(password.value).toBe('');
    // Focus moves once the new screen has been drawn.
    await waitFor(() => expect(document.activeElement).toBe(password));
    expect(server.sent[0]?.body).toMatchObject({ username: 'ada@example.com', password: 'wrong-one', realm: 'Username-Password-Authentication', scope: 'openid profile email' });
  });

  test('while logging in the button is busy and a second click sends nothing more', async () => {
    const { server } = mountInline();
    await userEvent.type(screen.getByRole('textbox', { name: 'Email' }), 'ada@example.com');
    await userEvent.type(screen.getByLabelText('Password'), 'pw');
    await userEvent.click(screen.getByRole('button', { name: 'Log in' }));
    const busy = screen.getByRole('button', { name: 'Logging in…' });
    expect(busy.getAttribute('aria-disabled')).toBe('true');
    await userEvent.click(busy);
    await userEvent.keyboard('{Enter}');
    expect(server.sent).toHaveLength(1);
  });

  test('success shows the confirmation and emits authenticated with the tokens, never the password', async () => {
    const { server, events } = mountInline();
    server.reply(tokenResponse());
    await userEvent.type(screen.getByRole('textbox', { name: 'Email' }), 'ada@example.com');
    await userEvent.type(screen.getByLabelText('Password'), 'sekrit-pass{Enter}');
    await screen.findByRole('heading', { name: "You're logged in" });
    const authenticated = events.find((e) => e.name === 'authenticated');
    expect(authenticated?.payload).toEqual({ accessToken: 'access-123', idToken: 'id.jwt.sig', expiresIn: 86400, tokenType: 'Bearer', scope: 'openid profile email' });
    expect(events.map((e) => e.name)).toEqual(['show', 'signin ready', 'signin submit', 'authenticated']);
    expect(JSON.stringify(events)).not.toContain('sekrit-pass');
  });

  test.each([
    [429, { error: 'too_many_attempts', error_description: 'blocked' }, 'Your account has been blocked after too many failed attempts. Check your email for how to unblock it.'],
    [401, { error: 'unauthorized', error_description: 'user is blocked' }, 'This account is blocked. Contact the site’s support for help.'],
    [403, { error: 'mfa_required', error_description: 'Multifactor authentication required', mfa_token: 't' }, 'This account needs multi-factor authentication, which this login box cannot do yet.'],
    [500, { error: 'server_error' }, 'The server had a problem. Please try again in a moment.'],
    [400, { error: 'brand_new_code' }, 'Something went wrong. Please try again.'],
  ])('status %i %o shows its own message and emits authorization_error', async (status, body, message) => {
    const { server, events } = mountInline();
    server.reply(json(status, body));
    await userEvent.type(screen.getByRole('textbox', { name: 'Email' }), 'ada@example.com');
    await userEvent.type(screen.getByLabelText('Password'), 'pw{Enter}');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(message));
    expect(events.find((e) => e.name === 'authorization_error')?.payload).toMatchObject({ error: body.error, statusCode: status });
  });

  test('a network failure keeps the password so the user can simply retry', async () => {
    const { server } = mountInline();
    server.reply(() => Promise.reject(new TypeError('Failed to fetch')));
    await userEvent.type(screen.getByRole('textbox', { name: 'Email' }), 'ada@example.com');
    await userEvent.type(screen.getByLabelText('Password'), 'pw{Enter}');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('We could not reach the server. Check your connection and try again.'));
    expect((screen.getByLabelText('Password') as HTMLInputElement).value).toBe('pw');
    server.reply(tokenResponse());
    await userEvent.click(screen.getByRole('button', { name: 'Log in' }));
    await screen.findByRole('heading', { name: "You're logged in" });
  });

  test('the password can be shown and hidden with a labelled toggle', async () => {
    mountInline({ allowShowPassword: true });
    const toggle = screen.getByRole('button', { name: 'Show password' });
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    await userEvent.click(toggle);
    expect(screen.getByLabelText('Password').getAttribute('type')).toBe('text');
    expect(screen.getByRole('button', { name: 'Hide password' }).getAttribute('aria-pressed')).toBe('true');
  });

  test('prefill puts the email in and focuses the password', async () => {
    mountInline({ prefill: { email: 'ada@example.com' } });
    expect((screen.getByRole('textbox', { name: 'Email' }) as HTMLInputElement).value).toBe('ada@example.com');
    await flush();
    // Focus moves once the new screen has been drawn.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Password')));
  });

  test('scope and audience options are sent', async () => {
    const { server } = mountInline({ auth: { audience: 'https://api.example', params: { scope: 'openid' } }, defaultDatabaseConnection: 'users-db' });
    await userEvent.type(screen.getByRole('textbox', { name: 'Email' }), 'ada@example.com');
    await userEvent.type(screen.getByLabelText('Password'), 'pw{Enter}');
    expect(server.sent[0]?.body).toMatchObject({ scope: 'openid', audience: 'https://api.example', realm: 'users-db', client_id: 'client-1' });
  });
});
