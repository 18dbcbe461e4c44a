import { cleanup, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import * as entry from '../../src/index';
import { Latch } from '../../src/index';
import { fakeServer, flush, mountInline, silenceConsoleError } from './support';
// The reset screen's own rule (it needs a ticket) is checked once its flow is added, as on a hosted reset page.
import '../../src/reset-page';

afterEach(() => {
  cleanup();
  document.body.innerHTML = '';
});

test('the package exports exactly the Latch class (named and default) and addLanguage, also on the class', () => {
  expect(Object.keys(entry).sort()).toEqual(['Latch', 'addLanguage', 'default']);
  expect(entry.default).toBe(Latch);
  expect(typeof entry.addLanguage).toBe('function');
  // Script-tag pages only have the global class, so the class carries it too.
  expect(typeof Latch.addLanguage).toBe('function');
  expect(typeof Latch.prototype.setLanguage).toBe('function');
});

describe('bad options', () => {
  test.each([
    ['an initialScreen that does not exist', { initialScreen: 'register' }, 'initialScreen must be one of "login", "signUp", "forgotPassword", "resetPassword"'],
    ['a sign-up screen that is switched off', { initialScreen: 'signUp', allowSignUp: false }, 'needs allowSignUp'],
    ['a reset screen without a ticket', { initialScreen: 'resetPassword' }, 'needs resetPassword.ticket'],
    ['a password policy level that does not exist', { passwordPolicy: { level: 'strong' } }, 'passwordPolicy.level'],
    ['a language dictionary that is not an object', { languageDictionary: 'de' }, 'languageDictionary must be an object'],
    ['a logo that is not an image URL', { theme: { logo: 'javascript:alert(1)' } }, 'theme.logo'],
    // Browsers read `/\host` as `//host`: a path that is really another site.
    ['a logo path that names another host with a backslash', { theme: { logo: '/\\evil.example/x.png' } }, 'theme.logo'],
    ['a primary colour that is not a colour', { theme: { primaryColor: 'red; background: url(x)' } }, 'theme.primaryColor'],
    ['a forgot screen that is switched off', { initialScreen: 'forgotPassword', allowForgotPassword: false }, 'needs allowForgotPassword'],
  ])('%s: one console error, an unrecoverable_error event, and a message instead of a blank box', async (_name, options, text) => {
    const spy = silenceConsoleError();
    const container = document.createElement('div');
    document.body.appendChild(container);
    const latch = new Latch('cid', 'tenant.example.com', { container, ...(options as object) });
    const heard: unknown[] = [];
    latch.on('unrecoverable_error', (payload) => heard.push(payload));
    latch.show();
    await flush();
    expect(spy).toHaveBeenCalledTimes(1);
    expect(String(spy.mock.calls[0]?.[0])).toContain(text);
    expect(heard).toHaveLength(1);
    expect(screen.getByRole('heading').textContent).toBe('Log in is unavailable');
    expect(screen.getByRole('status').textContent).toBe(
      'This login box could not start. Please try again later, or contact the site’s support.',
    );
    expect(screen.queryByRole('textbox')).toBeNull();
    spy.mockRestore();
  });

  // Unknown keys were refused once; Lock configurations carry many, so now each is named in a warning instead.
  test.each([
    ['an unknown option', { colour: 'red' }, '"colour"'],
    // Names every object has through its prototype are still unknown options, not silently taken.
    ['an unknown option named like an Object method', { toString: 'x' }, '"toString"'],
  ])('%s: one console warning naming it, and the widget runs', async (_name, options, text) => {
    const error = silenceConsoleError();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const container = document.createElement('div');
    document.body.appendChild(container);
    const latch = new Latch('cid', 'tenant.example.com', { container, ...(options as object) });
    const heard: unknown[] = [];
    latch.on('unrecoverable_error', (payload) => heard.push(payload));
    latch.show();
    await flush();
    expect(error).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toBe(`Latch: unknown options, ignored: ${text}.`);
    expect(heard).toHaveLength(0);
    expect(screen.getByRole('heading', { name: 'Log in' })).toBeTruthy();
    error.mockRestore();
    warn.mockRestore();
  });

  test('a missing client id is reported', async () => {
    const spy = silenceConsoleError();
    new Latch('', 'tenant.example.com');
    expect(String(spy.mock.calls[0]?.[0])).toContain('clientID');
    spy.mockRestore();
  });
});

describe('modal', () => {
  function openModal(options = {}) {
    const trigger = document.createElement('button');
    trigger.textContent = 'Open';
    document.body.appendChild(trigger);
    trigger.focus();
    const latch = new Latch('cid', 'http://api.test', { fetch: fakeServer().fetch, ...options });
    const names: string[] = [];
    latch.on('show', () => names.push('show')).on('hide', () => names.push('hide'));
    latch.show();
    return { latch, trigger, names };
  }

  test('is a labelled modal dialog that takes focus', async () => {
    openModal();
    const dialog = screen.getByRole('dialog', { name: 'Log in' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    await waitFor(() => expect(dialog.contains(document.activeElement)).toBe(true));
  });

  test('Esc closes it and focus returns to what opened it', async () => {
    const { trigger, names } = openModal();
    // As a person would: once focus is in the dialog (it moves there after the first frame).
    await waitFor(() => expect(screen.getByRole('dialog').contains(document.activeElement)).toBe(true));
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(trigger);
    expect(names).toEqual(['show', 'hide']);
  });

  test('the close button closes it', async () => {
    openModal();
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  test('closable: false has no close button and ignores Esc', async () => {
    openModal({ closable: false });
    expect(screen.queryByRole('button', { name: 'Close' })).toBeNull();
    await userEvent.keyboard('{Escape}');
    expect(screen.getByRole('dialog')).toBeTruthy();
  });

  test('Tab and Shift+Tab stay inside the dialog', async () => {
    openModal();
    const dialog = screen.getByRole('dialog');
    await waitFor(() => expect(dialog.contains(document.activeElement)).toBe(true));
    for (let i = 0; i < 8; i++) {
      await userEvent.tab();
      expect(dialog.contains(document.activeElement)).toBe(true);
    }
    for (let i = 0; i < 8; i++) {
      await userEvent.tab({ shift: true });
      expect(dialog.contains(document.activeElement)).toBe(true);
    }
  });

  test('hide keeps what was typed for the next show', async () => {
    const { latch } = openModal();
    await userEvent.type(screen.getByRole('textbox', { name: 'Email' }), 'ada@example.com');
    latch.hide();
    latch.show();
    expect((screen.getByRole('textbox', { name: 'Email' }) as HTMLInputElement).value).toBe('ada@example.com');
  });
});

describe('lifecycle', () => {
  test('destroy removes the widget, aborts the request in flight and silences listeners', async () => {
    const { latch, server, events, container } = mountInline({ initialScreen: 'forgotPassword', prefill: { email: 'a@b.co' } });
    await userEvent.click(screen.getByRole('button', { name: 'Send email' }));
    latch.destroy();
    expect(server.sent[0]?.signal?.aborted).toBe(true);
    expect(container.childElementCount).toBe(0);
    const count = events.length;
    latch.show();
    expect(events.length).toBe(count);
  });

  test('off removes a listener', async () => {
    const { latch } = mountInline();
    const heard: string[] = [];
    const fn = () => heard.push('hide');
    latch.on('hide', fn);
    latch.off('hide', fn);
    latch.hide();
    expect(heard).toEqual([]);
  });

  test('a listener that throws does not break the widget', async () => {
    const spy = silenceConsoleError();
    const container = document.createElement('div');
    document.body.appendChild(container);
    const latch = new Latch('cid', 'http://api.test', { container, fetch: fakeServer().fetch });
    latch.on('show', () => {
      throw new Error('host bug');
    });
    latch.show();
    expect(screen.getByRole('heading', { name: 'Log in' })).toBeTruthy();
    spy.mockRestore();
  });
});

describe('text and theme', () => {
  test('languageDictionary overrides are shown as text, never as markup', () => {
    mountInline({ languageDictionary: { 'login.title': '<img src=x onerror=alert(1)>Sign in' } });
    expect(screen.getByRole('heading').textContent).toBe('<img src=x onerror=alert(1)>Sign in');
    expect(document.querySelector('img[src=x]')).toBeNull();
  });

  test('theme sets the colour scheme attribute, the logo, and brand tokens through CSSOM', () => {
    const { container } = mountInline({ theme: { primaryColor: '#0a7d4f', colorScheme: 'dark', logo: 'https://example.com/logo.svg' } });
    const root = container.querySelector<HTMLElement>('[data-part=root]');
    expect(root?.dataset.colorScheme).toBe('dark');
    expect(root?.style.getPropertyValue('--latch-color-primary')).not.toBe('');
    expect(container.querySelector('img[data-part=logo]')?.getAttribute('src')).toBe('https://example.com/logo.svg');
  });
});
