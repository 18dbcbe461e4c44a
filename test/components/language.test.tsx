import { cleanup, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, test } from 'vitest';
import { ar } from '../../src/i18n/locales/ar';
import { de } from '../../src/i18n/locales/de';
import { pl } from '../../src/i18n/locales/pl';
import { json, mountInline, silenceConsoleError } from './support';

afterEach(() => {
  cleanup();
  document.body.innerHTML = '';
});

const root = (container: HTMLElement) => container.querySelector<HTMLElement>('[data-part=root]');

test('a language and its dictionary: German text, lang="de", left to right', () => {
  const { container } = mountInline({ language: 'de', languageDictionary: de });
  expect(screen.getByRole('heading', { name: de['login.title'] })).toBeTruthy();
  expect(screen.getByRole('textbox', { name: de['field.email'] })).toBeTruthy();
  expect(root(container)?.getAttribute('lang')).toBe('de');
  expect(root(container)?.getAttribute('dir')).toBe('ltr');
});

test('Arabic lays the widget out right to left', () => {
  const { container } = mountInline({ language: 'ar', languageDictionary: ar });
  expect(root(container)?.getAttribute('dir')).toBe('rtl');
  expect(root(container)?.getAttribute('lang')).toBe('ar');
  expect(screen.getByRole('heading').textContent).toBe(ar['login.title']);
});

test('single overrides still work on top of a language', () => {
  mountInline({ language: 'de', languageDictionary: { ...de, 'login.title': 'Willkommen bei Acme' } });
  expect(screen.getByRole('heading', { name: 'Willkommen bei Acme' })).toBeTruthy();
});

test('English by default', () => {
  const { container } = mountInline();
  expect(root(container)?.getAttribute('lang')).toBe('en');
  expect(root(container)?.getAttribute('dir')).toBe('ltr');
});

test("the 429 wait is said in the language, with its plural forms (Intl.RelativeTimeFormat)", async () => {
  const { server } = mountInline({
    language: 'pl',
    languageDictionary: pl,
    initialScreen: 'forgotPassword',
    prefill: { email: 'ada@example.com' },
  });
  server.reply(json(429, { error: 'too_many_requests' }, { 'Retry-After': '2' }));
  await userEvent.click(screen.getByRole('button', { name: pl['forgot.submit'] }));
  // Polish "few" form for 2, which the old one/other keys could not hold.
  await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Osiągnięto limit prób zmiany hasła. Spróbuj ponownie za 2 sekundy.'));
});

test('a language code that is not one is refused with a clear message', () => {
  const spy = silenceConsoleError();
  mountInline({ language: 'German!' });
  expect(String(spy.mock.calls[0]?.[0])).toContain('language must be a language code such as "de" or "pt-BR"');
  spy.mockRestore();
});
