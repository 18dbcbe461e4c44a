// Username connections as Lock handles them: the connection's settings say it requires usernames
// (`requires_username`, `validation.username`), and Lock's usernameStyle says what the login takes.
import { cleanup, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { Latch, type LatchOptions } from '../../src/index';
import { type fakeServer, json, settingsServer, tokenResponse } from './support';

const CLIENT = 'client-1';

afterEach(() => {
  cleanup();
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

const settings = (connection: Record<string, unknown>) =>
  `Auth0.setClient(${JSON.stringify({ id: CLIENT, strategies: [{ name: 'auth0', connections: [{ name: 'Username-Password-Authentication', ...connection }] }] })});`;

/** A widget whose connection's settings are `connection`; resolves once they were read. */
async function mount(options: LatchOptions, connection: Record<string, unknown> = { requires_username: true }) {
  const container = document.createElement('div');
  document.body.append(container);
  const { server, fetch, settled } = settingsServer(settings(connection));
  const latch = new Latch(CLIENT, 'http://api.test', { container, fetch, loginAfterSignUp: false, ...options, auth: { grant: 'password-realm' } });
  latch.show();
  await settled;
  return { latch, server, container };
}

const sentTo = (server: ReturnType<typeof fakeServer>, path: string) => server.sent.find((r) => r.url.endsWith(path))?.body;

describe('login with a username connection', () => {
  test('usernameStyle not given: "Username or email", a text field; what is typed is sent as the username', async () => {
    const { server } = await mount({});
    const field = await screen.findByRole('textbox', { name: 'Username or email' });
    expect(field.getAttribute('type')).toBe('text');
    expect(field.getAttribute('autocomplete')).toBe('username');
    expect(screen.queryByRole('textbox', { name: 'Email' })).toBeNull();
    server.reply(tokenResponse());
    await userEvent.type(field, 'ada_l');
    await userEvent.type(screen.getByLabelText('Password'), 'secret-1');
    await userEvent.click(screen.getByRole('button', { name: 'Log in' }));
    expect(sentTo(server, '/oauth/token')).toMatchObject({ username: 'ada_l', realm: 'Username-Password-Authentication' });
  });

  test('usernameStyle "username": "Username"; an empty one is refused with its own message and nothing is sent', async () => {
    const { server } = await mount({ usernameStyle: 'username' });
    await screen.findByRole('textbox', { name: 'Username' });
    await userEvent.type(screen.getByLabelText('Password'), 'secret-1');
    await userEvent.click(screen.getByRole('button', { name: 'Log in' }));
    expect(screen.getByText('Enter your username.')).toBeTruthy();
    expect(sentTo(server, '/oauth/token')).toBeUndefined();
  });

  test('usernameStyle "email": the email field, checked as an email', async () => {
    await mount({ usernameStyle: 'email' });
    expect(screen.getByRole('textbox', { name: 'Email' })).toBeTruthy();
    expect(screen.queryByRole('textbox', { name: /Username/ })).toBeNull();
  });

  test('a connection without usernames keeps the email, whatever usernameStyle says (as Lock)', async () => {
    await mount({ usernameStyle: 'username' }, { requires_username: false });
    expect(screen.getByRole('textbox', { name: 'Email' })).toBeTruthy();
    expect(screen.queryByRole('textbox', { name: 'Username' })).toBeNull();
  });

  test('prefill.username fills the username, and focus goes to the password', async () => {
    await mount({ prefill: { username: 'ada_l' }, usernameStyle: 'username' });
    const field = await screen.findByRole('textbox', { name: 'Username' });
    expect((field as HTMLInputElement).value).toBe('ada_l');
  });
});

describe('sign-up with a username connection', () => {
  test('asks for the email and a username, and sends both', async () => {
    const { server } = await mount({ initialScreen: 'signUp' });
    expect(screen.getByRole('textbox', { name: 'Email' }).getAttribute('autocomplete')).toBe('email');
    await userEvent.type(screen.getByRole('textbox', { name: 'Email' }), 'ada@example.com');
    await userEvent.type(screen.getByRole('textbox', { name: 'Username' }), 'ada_l');
    await userEvent.type(screen.getByLabelText('Password'), 'Correct-Horse-9!');
    server.reply(json(200, {}));
    await userEvent.click(screen.getByRole('button', { name: 'Sign up' }));
    expect(sentTo(server, '/dbconnections/signup')).toMatchObject({ email: 'ada@example.com', username: 'ada_l' });
  });

  test('the connection’s length and Lock’s characters are checked, with the rule in the message', async () => {
    const { server } = await mount({ initialScreen: 'signUp' }, { requires_username: true, validation: { username: { min: 3, max: 8 } } });
    await userEvent.type(screen.getByRole('textbox', { name: 'Email' }), 'ada@example.com');
    const username = screen.getByRole('textbox', { name: 'Username' });
    await userEvent.type(username, 'ada lovelace');
    await userEvent.type(screen.getByLabelText('Password'), 'Correct-Horse-9!');
    await userEvent.click(screen.getByRole('button', { name: 'Sign up' }));
    expect(screen.getByText('Use 3 to 8 letters, numbers and the characters _ . + -')).toBeTruthy();
    expect(username.getAttribute('aria-invalid')).toBe('true');
    // Focus moves once the new screen has been drawn.
    await waitFor(() => expect(document.activeElement).toBe(username));
    expect(sentTo(server, '/dbconnections/signup')).toBeUndefined();
    await userEvent.clear(username);
    await userEvent.type(username, 'ada.l');
    server.reply(json(200, {}));
    await userEvent.click(screen.getByRole('button', { name: 'Sign up' }));
    await waitFor(() => expect(sentTo(server, '/dbconnections/signup')?.username).toBe('ada.l'));
  });

  test('forgot password still asks for the email, as Lock', async () => {
    await mount({ initialScreen: 'forgotPassword' });
    expect(screen.getByRole('textbox', { name: 'Email' })).toBeTruthy();
    expect(screen.queryByRole('textbox', { name: /Username/ })).toBeNull();
  });
});
