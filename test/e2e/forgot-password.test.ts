import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Request } from 'playwright-core';
import { DEMO_EMAIL, EVENTUALLY, useDemoPage } from '../helpers/e2e';
import { screenshot } from '../helpers/screenshot';

const session = useDemoPage();
const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

describe('resetting a forgotten password on the demo page', () => {
  it('carries the email over, sends only the email, and confirms on the login screen', async () => {
    const { widget, page, admin } = session;
    const { clientId, connection } = await admin.tenant();
    const sent: Request[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && new URL(request.url()).pathname === '/dbconnections/change_password') {
        sent.push(request);
      }
    });

    await widget.getByRole('textbox', { name: 'Email' }).fill(DEMO_EMAIL);
    await widget.getByLabel('Password', { exact: true }).fill('half-remembered');
    await widget.getByRole('button', { name: "Don't remember your password?" }).click();

    await widget.getByRole('heading', { name: 'Reset your password' }).waitFor();
    expect(await widget.getByRole('textbox', { name: 'Email' }).inputValue()).toBe(DEMO_EMAIL);
    await screenshot(page, 'forgot-password');
    await widget.getByRole('button', { name: 'Send email' }).click();

    await widget.getByRole('heading', { name: 'Log in', exact: true }).waitFor();
    const alert = widget.locator('[data-part=alert]');
    await expect.poll(() => alert.textContent(), EVENTUALLY).toBe("We've just sent you an email to reset your password.");
    // The message is announced: it is in the widget's polite live region.
    expect(await alert.getAttribute('role')).toBe('status');
    expect(await alert.getAttribute('aria-live')).toBe('polite');
    expect(await alert.getAttribute('data-tone')).toBe('success');
    await screenshot(page, 'forgot-password-sent');

    const outbox = await admin.outbox();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]?.to).toBe(DEMO_EMAIL);
    expect(outbox[0]?.link).toContain('/lo/reset?ticket=');

    expect(sent).toHaveLength(1);
    const request = sent[0];
    if (!request) throw new Error('no change_password request was sent');
    // Exactly these keys: the password typed earlier must not travel with a reset request.
    expect(request.postDataJSON()).toStrictEqual({ client_id: clientId, email: DEMO_EMAIL, connection });
    const headers = await request.allHeaders();
    expect(headers['content-type']).toMatch(/^application\/json/);
    const client = headers['auth0-client'];
    expect(client, 'Auth0-Client header').toBeTypeOf('string');
    expect(JSON.parse(Buffer.from(client ?? '', 'base64url').toString('utf8'))).toEqual({ name: 'latch', version });
  });
});
