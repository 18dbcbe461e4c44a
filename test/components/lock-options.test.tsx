import { cleanup, screen } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import type { LatchOptions } from '../../src/index';
import { mountInline } from './support';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

// A configuration as Lock's README writes it, handed to Latch unchanged (the cast: Lock-only keys are not in
// LatchOptions' type). `container: 'root'` is Lock's element id.
const LOCK_CONFIG = {
  container: 'root',
  rememberLastLogin: false,
  allowedConnections: ['Username-Password-Authentication'],
  theme: { primaryColor: 'green', logo: 'https://example.com/logo.png' },
  languageDictionary: { title: 'Acme' },
  auth: { redirectUrl: 'https://app.example/callback', responseType: 'code', params: { scope: 'openid email' } },
  socialButtonStyle: 'small',
} as unknown as LatchOptions;

test("a Lock README configuration renders the login screen, with one warning naming the options Latch does not do yet", () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  // What Chromium computes for the colour probe; happy-dom keeps 'green' as written.
  const real = globalThis.getComputedStyle;
  vi.stubGlobal('getComputedStyle', (element: Element, pseudo?: string | null) =>
    element.tagName === 'I' && (element as HTMLElement).style.color === 'green' ? { color: 'rgb(0, 128, 0)' } : real(element, pseudo),
  );
  const root = document.createElement('div');
  root.id = 'root';
  document.body.append(root);

  mountInline(LOCK_CONFIG);

  expect(root.querySelector('[data-part=root]')).not.toBeNull();
  expect(screen.queryByText('Log in is unavailable')).toBeNull();
  expect(screen.getByLabelText(/email/i)).toBeTruthy();
  expect(screen.getByLabelText(/password/i, { selector: 'input' })).toBeTruthy();
  expect(root.querySelector('img')?.getAttribute('src')).toBe('https://example.com/logo.png');
  expect(root.querySelector<HTMLElement>('[data-part=root]')?.style.getPropertyValue('--latch-color-primary')).toBe('#008000');
  expect(error).not.toHaveBeenCalled();
  expect(warn.mock.calls).toEqual([
    ['Latch: these Auth0 Lock options are accepted but not supported yet, so they have no effect: socialButtonStyle.'],
  ]);
});

test('a wrong type for an option Latch implements still stops it, Lock options or not', () => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const root = document.createElement('div');
  root.id = 'root';
  document.body.append(root);
  mountInline({ ...LOCK_CONFIG, allowSignUp: 'no' } as unknown as LatchOptions);
  expect(screen.getByText('Log in is unavailable')).toBeTruthy();
  expect(error).toHaveBeenCalledWith('Latch: cannot start: allowSignUp must be a boolean.');
});
