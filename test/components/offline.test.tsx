import { cleanup, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, test } from 'vitest';
import { mountInline } from './support';

const OFFLINE = "You're offline. We'll send this as soon as your connection is back.";
const SENT = "We've just sent you an email to reset your password.";

function setOnline(online: boolean) {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online });
  window.dispatchEvent(new Event(online ? 'online' : 'offline'));
}

afterEach(() => {
  setOnline(true);
  cleanup();
  document.body.innerHTML = '';
});

test('going offline says so; a submission waits and goes out by itself when the connection is back', async () => {
  const { server, events } = mountInline({ initialScreen: 'forgotPassword', prefill: { email: 'ada@example.com' } });
  setOnline(false);
  await waitFor(() => expect(screen.getByRole('status').textContent).toBe(OFFLINE));
  await userEvent.click(screen.getByRole('button', { name: 'Send email' }));
  await userEvent.click(screen.getByRole('button', { name: 'Send email' }));
  expect(server.sent).toHaveLength(0);
  expect(screen.getByRole('button', { name: 'Send email' }).getAttribute('aria-disabled')).toBe('true');
  expect((screen.getByRole('textbox', { name: 'Email' }) as HTMLInputElement).value).toBe('ada@example.com');

  server.reply(new Response(SENT, { status: 200, headers: { 'Content-Type': 'text/html' } }));
  setOnline(true);
  await screen.findByRole('heading', { name: 'Log in' });
  expect(server.sent).toHaveLength(1);
  expect(screen.getByRole('status').textContent).toBe(SENT);
  expect(events.filter((e) => e.name === 'forgot_password submit')).toHaveLength(1);
});

test('a request lost to a dropped connection while offline is sent again once back online', async () => {
  const { server } = mountInline({ prefill: { email: 'ada@example.com' } });
  server.reply(() => {
    setOnline(false);
    return Promise.reject(new TypeError('Failed to fetch'));
  });
  await userEvent.type(screen.getByLabelText('Password'), 'pw{Enter}');
  await waitFor(() => expect(screen.getByRole('status').textContent).toBe(OFFLINE));
  expect((screen.getByLabelText('Password') as HTMLInputElement).value).toBe('pw');
  server.reply(new Response(JSON.stringify({ access_token: 'a', token_type: 'Bearer', expires_in: 1 }), { status: 200 }));
  setOnline(true);
  await screen.findByRole('heading', { name: "You're logged in" });
  expect(server.sent).toHaveLength(2);
});

test('coming back online with nothing held just clears the offline message', async () => {
  mountInline();
  setOnline(false);
  await waitFor(() => expect(screen.getByRole('status').textContent).toBe(OFFLINE));
  setOnline(true);
  await waitFor(() => expect(screen.getByRole('status').textContent).toBe(''));
});
