// Lock's rememberLastLogin and avatar on the login screen: the session look-up asked in a hidden frame (answered
// here by posting the frame's message, as test/components/auth-login.test.tsx does), the account offered with the
// site's avatar, and the cases that must not offer it.
import { cleanup, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { Latch, type LatchOptions } from '../../src/index';
import { en } from '../../src/i18n/en';
import { clearCookies, makeKeys, sign, type Keys } from '../unit/auth/tokens';
import { fakeServer, json, quietFrameNotice } from './support';

const API = 'http://api.test';
const CLIENT = 'client-1';
const CONNECTION = 'Username-Password-Authentication';
let keys: Keys;

beforeEach(async () => {
  keys ??= await makeKeys('mock-key');
  history.replaceState(null, '', '/app/page');
  clearCookies();
  localStorage.clear();
  quietFrameNotice();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

const remember = (sub = 'auth0|ada', connection = CONNECTION) => localStorage.setItem('auth0.ssodata', JSON.stringify({ lastUsedConnection: connection, lastUsedSub: sub }));

function mount(options: LatchOptions = {}) {
  const container = document.createElement('div');
  document.body.appendChild(container);
  const server = fakeServer();
  const latch = new Latch(CLIENT, API, { container, fetch: server.fetch, auth: { redirect: false }, ...options });
  const events: { name: string; payload: unknown }[] = [];
  for (const name of ['authenticated', 'authorization_error'] as const) latch.on(name, (payload) => events.push({ name, payload }));
  latch.show();
  return { latch, server, events, container };
}

/** Answers the hidden frame's /authorize (prompt=none) with a session for `sub`. */
async function answerFrame(server: ReturnType<typeof fakeServer>, sub = 'auth0|ada') {
  await waitFor(() => expect(document.querySelector('iframe')).not.toBeNull());
  const iframe = document.querySelector('iframe')!; // non-null: waited for above
  const source = { name: 'authorize' } as unknown as Window;
  Object.defineProperty(iframe, 'contentWindow', { value: source, configurable: true });
  const query = new URL(iframe.src).searchParams;
  const now = Math.floor(Date.now() / 1000);
  const token = await sign(keys, { iss: `${API}/`, sub, aud: CLIENT, azp: CLIENT, iat: now, exp: now + 3600, nonce: query.get('nonce'), email: 'ada@example.com' });
  server.reply(json(200, { keys: [keys.jwk] }));
  const response = { access_token: 'at-1', id_token: token, token_type: 'Bearer', expires_in: '86400', state: query.get('state') ?? '' };
  window.dispatchEvent(new MessageEvent('message', { data: { type: 'authorization_response', response }, origin: API, source }));
  return query;
}

describe('rememberLastLogin', () => {
  test('a remembered login with a live session: "Last time you logged in with" the account; one press logs in', async () => {
    remember();
    const { server, events } = mount();
    const lookUp = await answerFrame(server);
    expect(lookUp.get('prompt')).toBe('none');
    expect(lookUp.get('connection')).toBe(CONNECTION);
    await screen.findByText(en['lastLogin.instructions']);
    const account = screen.getByRole('button', { name: 'ada@example.com' });
    await userEvent.click(account);
    await answerFrame(server);
    await screen.findByRole('heading', { name: en['signedIn.title'] });
    expect(events.map((e) => e.name)).toEqual(['authenticated']);
  });

  test('avatar: the site’s picture (a safe URL only) and display name for the account', async () => {
    remember();
    const { server, container } = mount({
      avatar: { url: (email, cb) => cb(null, `https://img.example/${email}.png`), displayName: (_email, cb) => cb(null, 'Ada L.') },
    });
    await answerFrame(server);
    await screen.findByRole('button', { name: 'Ada L.' });
    expect(container.querySelector('[data-part=avatar]')?.getAttribute('src')).toBe('https://img.example/ada@example.com.png');
    cleanup();
    document.body.innerHTML = '';
    remember();
    const unsafe = mount({ avatar: { url: (_e, cb) => cb(null, 'javascript:alert(1)'), displayName: (_e, cb) => cb(new Error('down')) } });
    await answerFrame(unsafe.server);
    await screen.findByRole('button', { name: 'ada@example.com' });
    expect(unsafe.container.querySelector('img')).toBeNull();
  });

  test('"Not your account?" gives the form, and a later answer does not bring the account back', async () => {
    remember();
    const { server } = mount({ avatar: { url: () => undefined, displayName: () => undefined } });
    await answerFrame(server);
    await userEvent.click(await screen.findByRole('button', { name: en['lastLogin.notYou'] }));
    expect(screen.getByRole('textbox', { name: 'Email' })).toBeTruthy();
    // Focus moves once the new screen has been drawn.
    await waitFor(() => expect(document.activeElement?.getAttribute('data-part')).toBe('title'));
  });

  test('someone already typing keeps the form when the session is found', async () => {
    remember();
    const { server } = mount();
    await userEvent.type(screen.getByRole('textbox', { name: 'Email' }), 'bob@');
    await answerFrame(server);
    await new Promise((resolve) => setTimeout(resolve));
    expect(screen.queryByText(en['lastLogin.instructions'])).toBeNull();
    expect((screen.getByRole('textbox', { name: 'Email' }) as HTMLInputElement).value).toBe('bob@');
  });

  test('another account’s session is not offered (as auth0-js compares the subject)', async () => {
    remember('auth0|someone-else');
    const { server } = mount();
    await answerFrame(server);
    await new Promise((resolve) => setTimeout(resolve));
    expect(screen.queryByText(en['lastLogin.instructions'])).toBeNull();
  });

  // The first row is the control: the same wait that sees no frame below sees one when a look-up is due.
  test.each([
    ['a remembered login (the control)', {}, true, true],
    ['no login remembered here', {}, false, false],
    ['rememberLastLogin: false', { rememberLastLogin: false }, true, false],
    ['auth.sso: false', { auth: { redirect: false, sso: false } }, true, false],
    ['the password-realm grant (no session)', { auth: { grant: 'password-realm' } }, true, false],
  ] as const)('%s: a look-up in a hidden frame or none', async (_name, options, remembered, frame) => {
    if (remembered) remember();
    mount(options as LatchOptions);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(document.querySelector('iframe') !== null).toBe(frame);
  });

  test('a login remembers the account as auth0-js does (auth0.ssodata)', async () => {
    const { server } = mount();
    server.reply(json(200, { login_ticket: 't', co_verifier: 'v', co_id: 'c' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Email' }), 'ada@example.com');
    await userEvent.type(screen.getByLabelText('Password'), 'secret-1{Enter}');
    await answerFrame(server);
    await screen.findByRole('heading', { name: en['signedIn.title'] });
    expect(JSON.parse(localStorage.getItem('auth0.ssodata') ?? '{}')).toEqual({ lastUsedConnection: CONNECTION, lastUsedSub: 'auth0|ada' });
  });
});
