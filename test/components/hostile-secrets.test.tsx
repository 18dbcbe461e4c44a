import { cleanup } from '@testing-library/preact';
import { afterAll, afterEach, describe, expect, test, vi } from 'vitest';
import { flush, json, mountInline, tokenResponse } from './support';
// The reset screen comes with its own entry, as on a hosted reset page.
import '../../src/reset-page';

const LONG = 'x'.repeat(10_000);
let secretsSearched = 0;
let inputsTried = 0;

afterEach(() => {
  cleanup();
  document.body.innerHTML = '';
});

afterAll(() => {
  console.log(
    `secrets gate (components): ${secretsSearched} secret searches over event payloads, console output, data- attributes and the ` +
      `unrecoverable_error report, 0 found; ${inputsTried} long / Unicode / RTL / emoji / padded inputs sent as typed (emails trimmed)`,
  );
});

function setField(root: Element, name: 'email' | 'password' | 'confirm', value: string): void {
  const input = root.querySelector<HTMLInputElement>(`input[name=${name}]`);
  if (!input) throw new Error(`no ${name} field`);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

async function submit(root: Element): Promise<void> {
  root.querySelector('form')?.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  await flush();
  await flush();
}

function dataAttributes(root: ParentNode): string[] {
  return Array.from(root.querySelectorAll('*')).flatMap((el) =>
    Array.from(el.attributes)
      .filter((a) => a.name.startsWith('data-'))
      .map((a) => `${a.name}=${a.value}`),
  );
}

/** Records every console call while the widget runs. */
function captureConsole() {
  const lines: string[] = [];
  const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((level) =>
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      lines.push(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '));
    }),
  );
  return { lines, restore: () => spies.forEach((spy) => spy.mockRestore()) };
}

function expectNoSecrets(haystacks: Record<string, readonly string[]>, secrets: readonly string[]): void {
  for (const [where, texts] of Object.entries(haystacks)) {
    secretsSearched += secrets.length;
    expect(
      secrets.filter((secret) => texts.some((text) => text.includes(secret))),
      `secrets in ${where}`,
    ).toEqual([]);
  }
}

describe('no password, ticket or token leaks', () => {
  test('through login, sign-up, reset and a broken configuration', async () => {
    const PASSWORD = 'Sekrit-Pass-1!';
    const NEW_PASSWORD = 'N3w-Sekrit-Pass!';
    const TICKET = 'tkt-0123456789abcdef';
    const CSRF = 'csrf-fedcba9876543210';
    const captured = captureConsole();
    try {
      const login = mountInline();
      await flush();
      setField(login.container, 'email', 'ada@example.com');
      setField(login.container, 'password', PASSWORD);
      login.server.reply(json(403, { error: 'invalid_grant', error_description: 'Wrong email or password.' }));
      await submit(login.container);
      setField(login.container, 'password', PASSWORD);
      login.server.reply(json(500, 'oops'));
      await submit(login.container);
      setField(login.container, 'password', PASSWORD);
      login.server.reply(tokenResponse());
      await submit(login.container);
      const dataLogin = dataAttributes(login.container);

      const signUp = mountInline({ initialScreen: 'signUp', loginAfterSignUp: true });
      await flush();
      setField(signUp.container, 'email', 'bo@example.com');
      setField(signUp.container, 'password', PASSWORD);
      signUp.server.reply(json(400, { code: 'invalid_password', name: 'PasswordDictionaryError', message: 'too common' }));
      await submit(signUp.container);
      signUp.server.reply(json(200, { email: 'bo@example.com' }));
      signUp.server.reply(json(401, { error: 'invalid_grant' }));
      await submit(signUp.container);
      await flush();

      const reset = mountInline({ initialScreen: 'resetPassword', resetPassword: { ticket: TICKET, csrf: CSRF, email: 'ada@example.com' } });
      await flush();
      setField(reset.container, 'password', NEW_PASSWORD);
      setField(reset.container, 'confirm', NEW_PASSWORD);
      reset.server.reply(json(400, { code: 'invalid_password', name: 'PasswordHistoryError', message: 'used before' }));
      await submit(reset.container);
      reset.server.reply(json(200, {}));
      await submit(reset.container);
      expect(reset.server.sent.at(-1)?.body).toMatchObject({ ticket: TICKET, newPassword: NEW_PASSWORD });

      // A configuration error whose options hold secrets: the report names the problems, not the values.
      const broken = mountInline({
        initialScreen: 'resetPassword',
        resetPassword: { ticket: TICKET, csrf: CSRF, state: PASSWORD as never },
        prefill: { email: 42 as never },
        auth: { audience: NEW_PASSWORD, params: { scope: 7 as never } },
      });
      await flush();
      const report = broken.events.find((e) => e.name === 'unrecoverable_error');
      expect(report?.payload).toMatchObject({ error: 'invalid_options' });

      const tokens = ['access-123', 'id.jwt.sig'];
      const secrets = [PASSWORD, NEW_PASSWORD, TICKET, CSRF];
      const payloads = [login, signUp, reset, broken].flatMap((w) => w.events.map((e) => JSON.stringify(e.payload ?? null)));
      const authenticated = login.events.filter((e) => e.name === 'authenticated');
      expect(authenticated).toHaveLength(1);
      const notAuthenticated = [login, signUp, reset, broken].flatMap((w) =>
        w.events.filter((e) => e.name !== 'authenticated').map((e) => JSON.stringify(e.payload ?? null)),
      );
      expectNoSecrets(
        {
          'event payloads': payloads,
          'console output': captured.lines,
          'data- attributes': [...dataLogin, ...dataAttributes(document.body)],
          'the unrecoverable_error report': [JSON.stringify(report?.payload)],
          'the DOM outside inputs': [document.body.textContent ?? ''],
        },
        secrets,
      );
      // Tokens go to the host in 'authenticated' only.
      expectNoSecrets({ 'events other than authenticated': notAuthenticated, 'console output': captured.lines }, tokens);
      expect(captured.lines.length, 'the broken configuration was reported on the console').toBeGreaterThan(0);
    } finally {
      captured.restore();
    }
  });
});

describe('long, Unicode, right-to-left and padded input', () => {
  const cases: [what: string, email: string, password: string][] = [
    ['10,000 characters', `${LONG}@example.com`, LONG],
    ['Hebrew and Arabic', 'שלום@דוגמה.ישראל', 'كلمة-سر-סיסמה-1'],
    ['emoji and combining marks', 'zoë.🦄@example.com', '🔑🦄 e\u0301 👩‍👩‍👧'],
    ['leading and trailing spaces', '   ada@example.com \t ', '  spaced out  '],
    ['an RTL override and zero-width space', 'ada\u200B@example.com', '\u202Epassword\u202C'],
  ];
  for (const [what, email, password] of cases) {
    test(`${what}: no crash, the email is trimmed, the password is sent exactly as typed`, async () => {
      inputsTried += 2;
      const { container, server, events } = mountInline();
      await flush();
      setField(container, 'email', email);
      setField(container, 'password', password);
      server.reply(json(403, { error: 'invalid_grant' }));
      await submit(container);
      expect(server.sent).toHaveLength(1);
      expect(server.sent[0]?.body).toMatchObject({ username: email.trim(), password });
      expect(container.querySelector<HTMLInputElement>('input[name=email]')?.value).toBe(email.trim());
      expect(events.some((e) => e.name === 'authorization_error')).toBe(true);

      // Forgot password sends the same trimmed email; sign-up keeps the password as typed too.
      container.querySelector<HTMLButtonElement>('button[data-part=link]')?.click();
      await flush();
      expect(container.querySelector('[data-part=root]')?.getAttribute('data-screen')).toBe('forgotPassword');
      setField(container, 'email', email);
      server.reply(new Response('sent', { status: 200 }));
      await submit(container);
      expect(server.sent[1]?.body).toMatchObject({ email: email.trim() });

      const signUp = mountInline({ initialScreen: 'signUp', loginAfterSignUp: false });
      await flush();
      setField(signUp.container, 'email', email);
      setField(signUp.container, 'password', password);
      signUp.server.reply(json(200, {}));
      await submit(signUp.container);
      expect(signUp.server.sent[0]?.body).toMatchObject({ email: email.trim(), password });
    });
  }
});
