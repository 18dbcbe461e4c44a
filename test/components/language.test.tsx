import { cleanup, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { en } from '../../src/i18n/en';
import { ar } from '../../src/i18n/locales/ar';
import { de } from '../../src/i18n/locales/de';
import { he } from '../../src/i18n/locales/he';
import { ja } from '../../src/i18n/locales/ja';
import { pl } from '../../src/i18n/locales/pl';
import { addLanguage, Latch } from '../../src/index';
import { json, mountInline, silenceConsoleError } from './support';
// The reset screen comes with its own entry, as on a hosted reset page.
import '../../src/reset-page';

const FSI = '\u2068';
const PDI = '\u2069';

beforeAll(() => {
  // The way a site adds languages: the package's addLanguage, or the class's static one (script tags).
  addLanguage('de', de);
  addLanguage('pl', pl);
  addLanguage('ja', ja);
  Latch.addLanguage('ar', ar);
  Latch.addLanguage('he', he);
});

afterEach(() => {
  cleanup();
  document.body.innerHTML = '';
  vi.restoreAllMocks();
  vi.useRealTimers();
});

const root = (container: HTMLElement) => container.querySelector<HTMLElement>('[data-part=root]');
const emailField = () => screen.getByRole<HTMLInputElement>('textbox', { name: /./ });
const submitButton = () => document.querySelector<HTMLButtonElement>('button[data-part=submit]') as HTMLButtonElement;
const silenceWarn = () => vi.spyOn(console, 'warn').mockImplementation(() => undefined);

describe('choosing a language', () => {
  test('`language` picks an added dictionary: German text, lang="de", left to right', () => {
    const warn = silenceWarn();
    const { container } = mountInline({ language: 'de' });
    expect(screen.getByRole('heading', { name: de['login.title'] })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: de['field.email'] })).toBeTruthy();
    expect(screen.getByRole('button', { name: de['login.forgotLink'] })).toBeTruthy();
    expect(root(container)?.getAttribute('lang')).toBe('de');
    expect(root(container)?.getAttribute('dir')).toBe('ltr');
    expect(warn).not.toHaveBeenCalled();
  });

  test('the code matches case-insensitively, and a regional code falls back to its language', () => {
    const a = mountInline({ language: 'DE' });
    expect(root(a.container)?.getAttribute('lang')).toBe('DE');
    expect(a.container.textContent).toContain(de['login.title']);
    cleanup();
    const b = mountInline({ language: 'de-AT' });
    expect(b.container.querySelector('h2, [role=heading], h1')?.textContent).toBe(de['login.title']);
    // lang names the dictionary shown (German), not the region asked for.
    expect(root(b.container)?.getAttribute('lang')).toBe('de');
  });

  test('a language that was not added: English text, lang="en", and one warning that says how to add it', () => {
    const warn = silenceWarn();
    const { container } = mountInline({ language: 'fi' });
    expect(screen.getByRole('heading', { name: en['login.title'] })).toBeTruthy();
    expect(root(container)?.getAttribute('lang')).toBe('en');
    expect(root(container)?.getAttribute('dir')).toBe('ltr');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/"fi".*addLanguage/);
  });

  test('English by default, without a warning', () => {
    const warn = silenceWarn();
    const { container } = mountInline();
    expect(root(container)?.getAttribute('lang')).toBe('en');
    expect(root(container)?.getAttribute('dir')).toBe('ltr');
    expect(warn).not.toHaveBeenCalled();
  });

  test('a partial dictionary: its strings, English for the rest, and its own lang', () => {
    addLanguage('sv', { 'login.title': 'Logga in', 'field.email': 'E-post' });
    const { container } = mountInline({ language: 'sv' });
    expect(screen.getByRole('heading', { name: 'Logga in' })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'E-post' })).toBeTruthy();
    expect(screen.getByRole('button', { name: en['login.forgotLink'] })).toBeTruthy();
    expect(root(container)?.getAttribute('lang')).toBe('sv');
  });

  test('Arabic and Hebrew lay the widget out right to left', () => {
    const a = mountInline({ language: 'ar' });
    expect(root(a.container)?.getAttribute('dir')).toBe('rtl');
    expect(root(a.container)?.getAttribute('lang')).toBe('ar');
    expect(screen.getByRole('heading').textContent).toBe(ar['login.title']);
    cleanup();
    const h = mountInline({ language: 'he-IL' });
    expect(root(h.container)?.getAttribute('dir')).toBe('rtl');
    expect(root(h.container)?.getAttribute('lang')).toBe('he');
  });

  test('a language code that is not one is refused with a clear message', () => {
    const spy = silenceConsoleError();
    mountInline({ language: 'German!' });
    expect(String(spy.mock.calls[0]?.[0])).toContain('language must be a language code such as "de" or "pt-BR"');
  });
});

describe('languageDictionary overrides single strings', () => {
  test('on top of the chosen language', () => {
    mountInline({ language: 'de', languageDictionary: { 'login.title': 'Willkommen bei Acme' } });
    expect(screen.getByRole('heading', { name: 'Willkommen bei Acme' })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: de['field.email'] })).toBeTruthy();
  });

  test('only known keys with text values', () => {
    mountInline({
      language: 'de',
      languageDictionary: { 'login.title': 42, 'field.email': 'Ihre E-Mail', 'no.such.key': 'x' } as unknown as Record<string, string>,
    });
    expect(screen.getByRole('heading', { name: de['login.title'] })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Ihre E-Mail' })).toBeTruthy();
  });

  test('on top of English when the language was not added', () => {
    silenceWarn();
    mountInline({ language: 'fi', languageDictionary: { 'login.title': 'Kirjaudu' } });
    expect(screen.getByRole('heading', { name: 'Kirjaudu' })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: en['field.email'] })).toBeTruthy();
  });
});

describe('setLanguage() switches a live widget', () => {
  test('text, lang and dir change; what was typed, the focus and the screen stay', async () => {
    const { container, latch } = mountInline({ languageDictionary: { 'forgot.title': 'Forgot it?' } });
    await userEvent.type(emailField(), 'ada@example.com');
    const password = screen.getByLabelText<HTMLInputElement>(en['field.password']);
    await userEvent.type(password, 'typed-secret');
    latch.setLanguage('de');
    expect(screen.getByRole('heading', { name: de['login.title'] })).toBeTruthy();
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: de['field.email'] }).value).toBe('ada@example.com');
    // The same input element: the switch re-renders, it does not rebuild.
    expect(screen.getByLabelText<HTMLInputElement>(de['field.password'])).toBe(password);
    expect(password.value).toBe('typed-secret');
    expect(document.activeElement).toBe(password);
    expect(root(container)?.getAttribute('lang')).toBe('de');

    await userEvent.click(screen.getByRole('button', { name: de['login.forgotLink'] }));
    latch.setLanguage('ar');
    expect(root(container)?.getAttribute('data-screen')).toBe('forgotPassword');
    expect(root(container)?.getAttribute('dir')).toBe('rtl');
    expect(root(container)?.getAttribute('lang')).toBe('ar');
    // The integrator's override stays on top of every language.
    expect(screen.getByRole('heading', { name: 'Forgot it?' })).toBeTruthy();
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: ar['field.email'] }).value).toBe('ada@example.com');
    expect(screen.getByRole('button', { name: ar['forgot.submit'] })).toBeTruthy();

    latch.setLanguage('en');
    expect(root(container)?.getAttribute('dir')).toBe('ltr');
    expect(root(container)?.getAttribute('lang')).toBe('en');
    expect(screen.getByRole('button', { name: en['forgot.submit'] })).toBeTruthy();
  });

  test('messages already on screen are said again in the new language', async () => {
    const { latch } = mountInline();
    await userEvent.click(screen.getByRole('button', { name: en['login.submit'] }));
    expect(screen.getByText(en['validation.emailRequired'])).toBeTruthy();
    latch.setLanguage('pl');
    expect(screen.getByText(pl['validation.emailRequired'])).toBeTruthy();
    expect(screen.queryByText(en['validation.emailRequired'])).toBeNull();
  });

  test('an unknown code: English, lang="en", one warning', () => {
    const warn = silenceWarn();
    const { container, latch } = mountInline({ language: 'de' });
    latch.setLanguage('xx-YY');
    expect(screen.getByRole('heading', { name: en['login.title'] })).toBeTruthy();
    expect(root(container)?.getAttribute('lang')).toBe('en');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toContain('"xx-YY"');
  });

  test('before show(), and in a modal, without a second dialog', () => {
    const latch = new Latch('client-1', 'http://api.test', { fetch: async () => new Response('{}') });
    latch.setLanguage('ja');
    latch.show();
    expect(root(document.body)?.getAttribute('lang')).toBe('ja');
    expect(screen.getByRole('dialog', { name: ja['login.title'] })).toBeTruthy();
    latch.setLanguage('he');
    expect(screen.getAllByRole('dialog')).toHaveLength(1);
    expect(screen.getByRole('heading', { name: he['login.title'] })).toBeTruthy();
    expect(root(document.body)?.getAttribute('dir')).toBe('rtl');
    latch.destroy();
    // After destroy there is nothing to switch, and nothing breaks.
    latch.setLanguage('de');
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});

describe('the 429 wait in the language shown (Intl.RelativeTimeFormat)', () => {
  /** What the live region and the button say after a 429 with this Retry-After, in this language. */
  async function rateLimited(language: string, retryAfter: number) {
    const { server, latch } = mountInline({ language, initialScreen: 'forgotPassword', prefill: { email: 'ada@example.com' } });
    server.reply(json(429, { error: 'too_many_requests' }, { 'Retry-After': String(retryAfter) }));
    const submit = submitButton();
    await userEvent.click(submit);
    await waitFor(() => expect(submit.getAttribute('data-state')).toBe('waiting'));
    const said = { alert: screen.getByRole('status').textContent, button: submit.textContent };
    latch.destroy();
    cleanup();
    return said;
  }

  test('English and German', async () => {
    expect(await rateLimited('en', 30)).toEqual({
      alert: 'You have reached the limit on password change attempts. Please try again in 30 seconds.',
      button: 'Try again in 30 seconds',
    });
    expect((await rateLimited('en', 1)).button).toBe('Try again in 1 second');
    expect((await rateLimited('en', 150)).button).toBe('Try again in 3 minutes');
    expect(await rateLimited('de', 1)).toEqual({
      alert: 'Sie haben die maximale Anzahl an Versuchen für eine Passwortänderung erreicht. Bitte versuchen Sie es in 1 Sekunde erneut.',
      button: 'Erneut versuchen in 1 Sekunde',
    });
    expect((await rateLimited('de', 22)).button).toBe('Erneut versuchen in 22 Sekunden');
  });

  test('Polish, with its few and many forms', async () => {
    const buttons: string[] = [];
    for (const n of [1, 2, 3, 5, 11, 22]) buttons.push((await rateLimited('pl', n)).button ?? '');
    expect(buttons).toEqual([
      'Spróbuj ponownie za 1 sekundę',
      'Spróbuj ponownie za 2 sekundy',
      'Spróbuj ponownie za 3 sekundy',
      'Spróbuj ponownie za 5 sekund',
      'Spróbuj ponownie za 11 sekund',
      'Spróbuj ponownie za 22 sekundy',
    ]);
    expect((await rateLimited('pl', 150)).alert).toBe('Osiągnięto limit prób zmiany hasła. Spróbuj ponownie za 3 minuty.');
  });

  test('Arabic, with its dual and plurals, isolated in the right-to-left sentence', async () => {
    expect((await rateLimited('ar', 2)).button).toBe(`إعادة المحاولة متاحة ${FSI}خلال ثانيتين${PDI}`);
    expect((await rateLimited('ar', 5)).button).toBe(`إعادة المحاولة متاحة ${FSI}خلال 5 ثوانٍ${PDI}`);
    expect((await rateLimited('ar', 11)).alert).toBe(
      `لقد بلغت الحد الأقصى لمحاولات تغيير كلمة المرور. ستتمكن من المحاولة مرة أخرى ${FSI}خلال 11 ثانية${PDI}.`,
    );
  });

  test('Japanese, the same form for every number', async () => {
    for (const n of [1, 2, 22]) expect((await rateLimited('ja', n)).button).toBe(`${n} 秒後に再試行`);
    expect((await rateLimited('ja', 3)).alert).toBe('パスワード変更の試行回数が上限に達しました。3 秒後にもう一度お試しください。');
  });

  test('the button counts down in the language, and follows a switch', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { server, latch } = mountInline({ language: 'pl', initialScreen: 'forgotPassword', prefill: { email: 'ada@example.com' } });
    server.reply(json(429, { error: 'too_many_requests' }, { 'Retry-After': '23' }));
    const submit = submitButton();
    await userEvent.click(submit);
    await waitFor(() => expect(submit.textContent).toBe('Spróbuj ponownie za 23 sekundy'));
    await vi.advanceTimersByTimeAsync(18_000);
    await waitFor(() => expect(submit.textContent).toBe('Spróbuj ponownie za 5 sekund'));
    latch.setLanguage('de');
    expect(submit.textContent).toBe('Erneut versuchen in 5 Sekunden');
  });
});

describe('bidi: values in right-to-left text are isolated', () => {
  const reset = { initialScreen: 'resetPassword' as const, resetPassword: { ticket: 't', email: 'ada@example.com' } };
  const subtitle = (container: HTMLElement) => container.querySelector('[data-part=subtitle]')?.textContent;

  test('the email in the Hebrew and Arabic reset subtitle sits between U+2068 and U+2069', () => {
    const h = mountInline({ language: 'he', ...reset });
    expect(subtitle(h.container)).toBe(`יש להזין סיסמה חדשה עבור ${FSI}ada@example.com${PDI}.`);
    h.latch.setLanguage('ar');
    expect(subtitle(h.container)).toBe(`أدخِل كلمة مرور جديدة للحساب ${FSI}ada@example.com${PDI}.`);
    // English around an address in Latin script needs no isolation, and gets none.
    h.latch.setLanguage('en');
    expect(subtitle(h.container)).toBe('Enter a new password for ada@example.com.');
  });
});
