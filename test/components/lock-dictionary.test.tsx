import { cleanup, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { en } from '../../src/i18n/en';
import { ptBR } from '../../src/i18n/locales/pt-BR';
import { zhCN } from '../../src/i18n/locales/zh-CN';
import { addLanguage, type LatchOptions } from '../../src/index';
import { json, mountInline } from './support';

// A Lock-shaped dictionary (nested objects, Lock's key names), as a Lock site passes it.
const lockDictionary = (dictionary: Record<string, unknown>) => dictionary as LatchOptions['languageDictionary'];

const HOSTILE = '<img src=x onerror="window.pwned=1"><b>Acme</b>';

beforeAll(() => {
  addLanguage('pt-BR', ptBR);
  addLanguage('zh-CN', zhCN);
});

afterEach(() => {
  cleanup();
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

const silenceWarn = () => vi.spyOn(console, 'warn').mockImplementation(() => undefined);
const wrongPassword = () => json(403, { error: 'invalid_grant', error_description: 'Wrong email or password.' });

async function failLogin(server: ReturnType<typeof mountInline>['server'], email: RegExp | string) {
  server.reply(wrongPassword());
  await userEvent.type(screen.getByRole('textbox', { name: email }), 'ada@example.com');
  await userEvent.type(screen.getByLabelText(/password|secret/i, { selector: 'input' }), 'wrong-one');
  await userEvent.click(document.querySelector<HTMLButtonElement>('button[data-part=submit]') as HTMLButtonElement);
}

describe("Lock's languageDictionary keys", () => {
  test('change what the login and forgot-password screens say', async () => {
    const { server } = mountInline({
      initialScreen: 'login',
      languageDictionary: lockDictionary({
        title: 'Acme',
        emailInputPlaceholder: 'you@acme.com',
        passwordInputPlaceholder: 'your secret',
        loginSubmitLabel: 'Enter',
        forgotPasswordAction: 'Forgot it?',
        forgotPasswordTitle: 'New password',
        forgotPasswordInstructions: 'We will mail you a link.',
        forgotPasswordSubmitLabel: 'Mail me',
        success: { forgotPassword: 'Check your inbox.' },
      }),
    });
    expect(screen.getByRole('heading', { name: 'Acme' })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'you@acme.com' })).toBeTruthy();
    expect(screen.getByLabelText('your secret')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Enter' })).toBeTruthy();
    await userEvent.type(screen.getByRole('textbox', { name: 'you@acme.com' }), 'ada@example.com');
    await userEvent.click(screen.getByRole('button', { name: 'Forgot it?' }));
    expect(screen.getByRole('heading', { name: 'New password' })).toBeTruthy();
    expect(screen.getByText('We will mail you a link.')).toBeTruthy();
    server.reply(new Response('sent', { status: 200, headers: { 'Content-Type': 'text/html' } }));
    await userEvent.click(screen.getByRole('button', { name: 'Mail me' }));
    await screen.findByRole('heading', { name: 'Acme' });
    expect(screen.getByRole('status').textContent).toBe('Check your inbox.');
  });

  test("a nested error.login key changes the message shown after a wrong password", async () => {
    const { server } = mountInline({ languageDictionary: lockDictionary({ error: { login: { invalid_user_password: 'Nope' } } }) });
    await failLogin(server, 'Email');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Nope'));
  });

  test("Latch's own key wins over Lock's for the same string; Lock's still fill the rest", async () => {
    const { server } = mountInline({
      languageDictionary: lockDictionary({
        title: 'Lock title',
        'login.title': 'Latch title',
        'error.invalidCredentials': 'Latch: wrong',
        error: { login: { invalid_user_password: 'Lock: wrong' } },
        emailInputPlaceholder: 'Work email',
      }),
    });
    expect(screen.getByRole('heading', { name: 'Latch title' })).toBeTruthy();
    await failLogin(server, 'Work email');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Latch: wrong'));
  });

  test('hostile strings (Lock allows HTML in some keys) stay text on the screen and in the error', async () => {
    const { container, server } = mountInline({
      languageDictionary: lockDictionary({ title: HOSTILE, signUpTerms: HOSTILE, error: { login: { invalid_user_password: HOSTILE } } }),
    });
    expect(screen.getByRole('heading', { name: HOSTILE }).textContent).toBe(HOSTILE);
    await failLogin(server, 'Email');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(HOSTILE));
    expect(container.querySelector('img, b')).toBeNull();
    expect((window as { pwned?: number }).pwned).toBeUndefined();
  });

  test('sit on top of the language chosen with a Lock code', () => {
    const warn = silenceWarn();
    mountInline({ language: 'pt-br', languageDictionary: lockDictionary({ title: 'Acme' }) });
    expect(screen.getByRole('heading', { name: 'Acme' })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: ptBR['field.email'] })).toBeTruthy();
    expect(warn).not.toHaveBeenCalled();
  });
});

describe("Lock's language codes", () => {
  test("a code Latch has renders in it: 'pt-br' (any case), 'zh' (Lock's Simplified Chinese)", () => {
    const warn = silenceWarn();
    mountInline({ language: 'pt-br' });
    expect(screen.getByRole('heading', { name: ptBR['login.title'] })).toBeTruthy();
    cleanup();
    const zh = mountInline({ language: 'zh' });
    expect(screen.getByRole('heading', { name: zhCN['login.title'] })).toBeTruthy();
    expect(zh.container.querySelector('[data-part=root]')?.getAttribute('lang')).toBe('zh-CN');
    expect(warn).not.toHaveBeenCalled();
  });

  test.each(['sv', 'zh-tw', 'nb', 'ua'])('a Lock language Latch has no dictionary for (%s): English, and one warning', (code) => {
    const warn = silenceWarn();
    const { latch } = mountInline({ language: code });
    expect(screen.getByRole('heading', { name: en['login.title'] })).toBeTruthy();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toContain(`"${code}"`);
    latch.destroy();
  });
});
