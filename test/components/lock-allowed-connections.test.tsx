// Lock's allowedConnections: which database connection the widget logs in with, read against the client's
// settings (/client/{id}.js) as Lock filters its connections; the names Latch cannot log in with yet are named.
import { cleanup, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { Latch, type LatchOptions } from '../../src/index';
import { type fakeServer, settingsServer, silenceConsoleError, tokenResponse } from './support';

const CLIENT = 'client-1';

afterEach(() => {
  cleanup();
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

/** A client whose database connections are `names` (the first without sign-up when `noSignup`). */
const settings = (names: string[], noSignup?: string) =>
  `Auth0.setClient(${JSON.stringify({
    id: CLIENT,
    strategies: [
      { name: 'auth0', connections: names.map((name) => ({ name, showSignup: name !== noSignup })) },
      { name: 'google-oauth2', connections: [{ name: 'google-oauth2' }] },
    ],
  })});`;

function mount(options: LatchOptions, clientSettings?: string) {
  const container = document.createElement('div');
  document.body.append(container);
  const { server, fetch, settled } = settingsServer(clientSettings);
  const latch = new Latch(CLIENT, 'http://api.test', { container, fetch, ...options, auth: { grant: 'password-realm' } });
  const events: string[] = [];
  latch.on('unrecoverable_error', () => events.push('unrecoverable_error'));
  latch.show();
  return { latch, server, container, events, settled };
}

async function logIn(server: ReturnType<typeof fakeServer>) {
  server.reply(tokenResponse());
  await userEvent.type(screen.getByRole('textbox', { name: 'Email' }), 'ada@example.com');
  await userEvent.type(screen.getByLabelText('Password'), 'secret-1');
  await userEvent.click(screen.getByRole('button', { name: 'Log in' }));
  return server.sent.find((r) => r.url.endsWith('/oauth/token'))?.body.realm;
}

describe('allowedConnections', () => {
  test('the first allowed name that is a database connection of the client is the one logged in with', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { server } = mount({ allowedConnections: ['google-oauth2', 'employees', 'customers'] }, settings(['customers', 'employees']));
    await waitFor(() => expect(warn).toHaveBeenCalled());
    expect(await logIn(server)).toBe('employees');
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/allowedConnections google-oauth2: not database connections.*not supported yet/);
  });

  test('defaultDatabaseConnection wins when it is allowed; the chosen connection’s own settings apply', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { server } = mount({ allowedConnections: ['employees', 'customers'], defaultDatabaseConnection: 'customers' }, settings(['customers', 'employees'], 'customers'));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Sign up' })).toBeNull());
    expect(await logIn(server)).toBe('customers');
  });

  test('a defaultDatabaseConnection that is not allowed gives way to the first allowed one', async () => {
    const { server, settled } = mount({ allowedConnections: ['employees'], defaultDatabaseConnection: 'customers' }, settings(['customers', 'employees']));
    await settled;
    expect(await logIn(server)).toBe('employees');
  });

  test('without the client’s settings (not served), the first name given is used', async () => {
    const { server } = mount({ allowedConnections: ['employees', 'customers'] });
    expect(await logIn(server)).toBe('employees');
  });

  test('no database connection among them: the box says log in is unavailable, and why, instead of a form that cannot work', async () => {
    const error = silenceConsoleError();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { container, events } = mount({ allowedConnections: ['google-oauth2'] }, settings(['customers']));
    await waitFor(() => expect(container.textContent).toMatch(/unavailable/i));
    expect(String(error.mock.calls[0]?.[0])).toMatch(/allowedConnections names no database connection/);
    expect(events).toEqual(['unrecoverable_error']);
  });

  test('show({ allowedConnections }) chooses for that showing', async () => {
    const { latch, server, settled } = mount({ allowedConnections: ['customers', 'employees'] }, settings(['customers', 'employees']));
    await settled;
    latch.hide();
    latch.show({ allowedConnections: ['employees'] });
    expect(await logIn(server)).toBe('employees');
  });

  test('a list that is not of names is refused as a wrong option', () => {
    const error = silenceConsoleError();
    mount({ allowedConnections: 'employees' as never });
    expect(String(error.mock.calls[0]?.[0])).toMatch(/allowedConnections must be a list of connection names/);
  });
});
