import { cleanup, screen } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { Latch } from '../../src/index';
import { flush, silenceConsoleError } from './support';

// The reset flow is opt-in: the main entry (and latch.iife.js) carry login, forgot password and sign-up only, and
// latch/reset-page adds the reset screen the way a language file adds a language.
afterEach(() => {
  cleanup();
  document.body.innerHTML = '';
});

const resetOptions = (container: HTMLElement) => ({
  container,
  initialScreen: 'resetPassword' as const,
  resetPassword: { ticket: 'T-1', csrf: 'C-1', email: 'ada@example.com' },
});

test('without latch/reset-page, the reset screen is refused with a message that names the entry', async () => {
  const spy = silenceConsoleError();
  const container = document.body.appendChild(document.createElement('div'));
  const latch = new Latch('cid', 'tenant.example.com', resetOptions(container));
  latch.show();
  await flush();
  expect(spy).toHaveBeenCalledTimes(1);
  expect(String(spy.mock.calls[0]?.[0])).toContain('initialScreen "resetPassword" needs its flow, which this page has not added (latch/reset-page)');
  expect(screen.getByRole('heading').textContent).toBe('Log in is unavailable');
  spy.mockRestore();
});

test('once latch/reset-page is imported, the same options open the reset form', async () => {
  await import('../../src/reset-page');
  const container = document.body.appendChild(document.createElement('div'));
  new Latch('cid', 'tenant.example.com', resetOptions(container)).show();
  expect(screen.getByRole('heading', { name: 'Choose a new password' })).toBeTruthy();
  expect(screen.getByLabelText('New password')).toBeTruthy();
  expect(screen.getByLabelText('Confirm new password')).toBeTruthy();
});
