import { cleanup, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { de } from '../../src/i18n/locales/de';
import { Latch, startResetPage } from '../../src/reset-page';
import { fakeServer, json } from './support';

// startResetPage as a tenant's hosted reset page runs it: the ticket from the address, the CSRF token from a meta
// tag, the rest from the container's data attributes, and the tenant's Redirect To followed after success.
afterEach(() => {
  cleanup();
  document.body.innerHTML = '';
  document.head.innerHTML = '';
});

function page(attributes: Record<string, string>, search = '?ticket=T-123&lang=x') {
  const meta = document.head.appendChild(document.createElement('meta'));
  meta.name = 'latch-csrf';
  meta.content = 'C-456';
  const main = document.body.appendChild(document.createElement('main'));
  main.id = 'latch-reset';
  for (const [name, value] of Object.entries(attributes)) main.setAttribute(name, value);
  const replaceState = vi.fn();
  const assign = vi.fn();
  const fakeWindow = {
    document,
    location: { search, pathname: '/lo/reset', origin: 'https://tenant.example.com', assign },
    history: { replaceState },
  } as unknown as Window; // only what startResetPage reads
  return { replaceState, assign, fakeWindow };
}

async function chooseNewPassword() {
  await userEvent.type(screen.getByLabelText('New password'), 'Brand-New-42');
  await userEvent.type(screen.getByLabelText('Confirm new password'), 'Brand-New-42');
  await userEvent.click(screen.getByRole('button', { name: 'Change password' }));
}

const VALID = { 'data-client-id': 'cid', 'data-connection': 'db', 'data-email': 'ada@example.com', 'data-state': 'valid', 'data-policy': 'none' };

describe('startResetPage', () => {
  test('takes the ticket out of the address, keeps the other parameters, and shows the form for the account', () => {
    const { replaceState, fakeWindow } = page(VALID);
    const latch = startResetPage({ window: fakeWindow });
    expect(latch).toBeInstanceOf(Latch);
    expect(replaceState).toHaveBeenCalledWith(null, '', '/lo/reset?lang=x');
    expect(screen.getByRole('heading', { name: 'Choose a new password' })).toBeTruthy();
    expect(screen.getByText('Enter a new password for ada@example.com.')).toBeTruthy();
  });

  test('posts the ticket and CSRF token with the new password, then follows a web Redirect To', async () => {
    const server = fakeServer();
    const { assign, fakeWindow } = page(VALID);
    server.reply(json(200, { redirectTo: 'https://app.example.com/welcome?success=true' }));
    startResetPage({ window: fakeWindow, options: { fetch: server.fetch } });
    await chooseNewPassword();
    await waitFor(() => expect(assign).toHaveBeenCalledWith('https://app.example.com/welcome?success=true'));
    expect(server.sent[0]?.url).toBe('https://tenant.example.com/lo/reset');
    expect(server.sent[0]?.body).toMatchObject({ _csrf: 'C-456', ticket: 'T-123', email: 'ada@example.com', newPassword: 'Brand-New-42' });
  });

  test('a Redirect To that is not a web address is not followed', async () => {
    const server = fakeServer();
    const { assign, fakeWindow } = page(VALID);
    server.reply(json(200, { redirectTo: 'javascript:alert(1)' }));
    startResetPage({ window: fakeWindow, options: { fetch: server.fetch } });
    await chooseNewPassword();
    await screen.findByText('Your password has been changed. You can now log in with the new password.');
    expect(assign).not.toHaveBeenCalled();
  });

  test('data-language picks a language added before the page starts', () => {
    Latch.addLanguage('de', de);
    const { fakeWindow } = page({ ...VALID, 'data-language': 'de' });
    startResetPage({ window: fakeWindow });
    expect(screen.getByRole('heading', { name: de['reset.title'] })).toBeTruthy();
  });

  test('a link the server saw as used offers a new email instead of the form', () => {
    const { fakeWindow } = page({ ...VALID, 'data-state': 'used' });
    startResetPage({ window: fakeWindow });
    expect(screen.queryByLabelText('New password')).toBeNull();
    expect(screen.getByRole('button', { name: 'Send me a new link' })).toBeTruthy();
  });

  test('a page without the container starts nothing', () => {
    const { fakeWindow } = page({});
    document.getElementById('latch-reset')?.remove();
    expect(startResetPage({ window: fakeWindow })).toBeNull();
  });
});
