import { cleanup, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { json, mountInline } from './support';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  document.body.innerHTML = '';
});

const SENT = "We've just sent you an email to reset your password.";
const htmlSuccess = () => new Response(SENT, { status: 200, headers: { 'Content-Type': 'text/html; charset=utf-8' } });

describe('forgot password', () => {
  test('the link opens the reset screen with the email carried over, and the heading takes focus', async () => {
    const { events } = mountInline();
    await userEvent.type(screen.getByRole('textbox', { name: 'Email' }), 'ada@example.com');
    await userEvent.click(screen.getByRole('button', { name: "Don't remember your password?" }));
    const heading = screen.getByRole('heading', { name: 'Reset your password' });
    // Focus moves once the new screen has been drawn.
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.getByText("Enter your email address and we'll send you a link to reset your password.")).toBeTruthy();
    expect((screen.getByRole('textbox', { name: 'Email' }) as HTMLInputElement).value).toBe('ada@example.com');
    expect(screen.queryByLabelText('Password')).toBeNull();
    expect(events.map((e) => e.name)).toContain('forgot_password ready');
  });

  test('send: exactly client_id, email and connection; back on login with the email and the confirmation', async () => {
    const { server, events } = mountInline({ initialScreen: 'forgotPassword' });
    server.reply(htmlSuccess());
    await userEvent.type(screen.getByRole('textbox', { name: 'Email' }), ' ada@example.com ');
    await userEvent.click(screen.getByRole('button', { name: 'Send email' }));
    await screen.findByRole('heading', { name: 'Log in' });
    expect(screen.getByRole('status').textContent).toBe(SENT);
    expect((screen.getByRole('textbox', { name: 'Email' }) as HTMLInputElement).value).toBe('ada@example.com');
    expect(server.sent).toHaveLength(1);
    expect(server.sent[0]?.url).toBe('http://api.test/dbconnections/change_password');
    expect(server.sent[0]?.body).toEqual({ client_id: 'client-1', email: 'ada@example.com', connection: 'Username-Password-Authentication' });
    expect(server.sent[0]?.headers['Content-Type']).toBe('application/json');
    expect(server.sent[0]?.headers['Auth0-Client']).toBeTruthy();
    expect(events.map((e) => e.name)).toEqual(['show', 'forgot_password ready', 'forgot_password submit', 'forgot_password success', 'signin ready']);
  });

  test('a password typed on the login screen is never sent with the reset request', async () => {
    const { server } = mountInline();
    server.reply(htmlSuccess());
    await userEvent.type(screen.getByRole('textbox', { name: 'Email' }), 'ada@example.com');
    await userEvent.type(screen.getByLabelText('Password'), 'typed-before');
    await userEvent.click(screen.getByRole('button', { name: "Don't remember your password?" }));
    await userEvent.click(screen.getByRole('button', { name: 'Send email' }));
    await screen.findByRole('heading', { name: 'Log in' });
    expect(Object.keys(server.sent[0]?.body ?? {})).toEqual(['client_id', 'email', 'connection']);
  });

  test('a 429 says how long to wait and keeps the button unavailable until then', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { server } = mountInline({ initialScreen: 'forgotPassword', prefill: { email: 'ada@example.com' } });
    server.reply(json(429, { error: 'too_many_requests', error_description: 'x' }, { 'Retry-After': '42' }));
    await userEvent.click(screen.getByRole('button', { name: 'Send email' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        'You have reached the limit on password change attempts. Please try again in 42 seconds.',
      ),
    );
    // The button counts the wait down and stays unavailable; the live region said it once.
    const button = screen.getByRole('button', { name: 'Try again in 42 seconds' });
    expect(button.getAttribute('aria-disabled')).toBe('true');
    await userEvent.click(button);
    expect(server.sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(2_000);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Try again in 40 seconds' })).toBeTruthy());
    await vi.advanceTimersByTimeAsync(40_000);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Send email' }).getAttribute('aria-disabled')).toBeNull());
    server.reply(htmlSuccess());
    await userEvent.click(screen.getByRole('button', { name: 'Send email' }));
    await screen.findByRole('heading', { name: 'Log in' });
    expect(server.sent).toHaveLength(2);
  });

  test('a 503 shows the server message and keeps the email', async () => {
    const { server, events } = mountInline({ initialScreen: 'forgotPassword', prefill: { email: 'ada@example.com' } });
    server.reply(json(503, { error: 'temporarily_unavailable' }));
    await userEvent.click(screen.getByRole('button', { name: 'Send email' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('The server had a problem. Please try again in a moment.'));
    expect((screen.getByRole('textbox', { name: 'Email' }) as HTMLInputElement).value).toBe('ada@example.com');
    expect(events.find((e) => e.name === 'forgot_password error')?.payload).toMatchObject({ statusCode: 503 });
  });

  test('a timeout has its own message', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    mountInline({ initialScreen: 'forgotPassword', prefill: { email: 'ada@example.com' }, timeout: 5000 });
    await userEvent.click(screen.getByRole('button', { name: 'Send email' }));
    await vi.advanceTimersByTimeAsync(5000);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('The server took too long to answer. Please try again.'));
  });

  test('going back while sending aborts the request, and its late answer changes nothing', async () => {
    let answer: (r: Response) => void = () => undefined;
    const { server } = mountInline({ initialScreen: 'forgotPassword', prefill: { email: 'ada@example.com' } });
    server.reply(new Promise<Response>((resolve) => (answer = resolve)));
    await userEvent.click(screen.getByRole('button', { name: 'Send email' }));
    await userEvent.click(screen.getByRole('button', { name: 'Back to log in' }));
    expect(server.sent[0]?.signal?.aborted).toBe(true);
    answer(htmlSuccess());
    await new Promise((r) => setTimeout(r, 10));
    expect(screen.getByRole('heading', { name: 'Log in' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('');
  });

  test('allowForgotPassword: false hides the link; forgotPasswordLink makes it a plain link', () => {
    mountInline({ allowForgotPassword: false });
    expect(screen.queryByText("Don't remember your password?")).toBeNull();
    cleanup();
    document.body.innerHTML = '';
    mountInline({ forgotPasswordLink: 'https://example.com/reset' });
    const link = screen.getByRole('link', { name: "Don't remember your password?" });
    expect(link.getAttribute('href')).toBe('https://example.com/reset');
  });
});
