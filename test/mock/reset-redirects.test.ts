// The hosted reset page's Classic behaviour with a Redirect To: success and failure both go back to the
// application with success=true|false and a message (auth0-api.md §4), and a tenant's own page template.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadTenant } from '../../mock/app';
import { STRICT_CSP } from '../../scripts/strict-csp.mjs';
import { management, openResetPage, requestTicket, startTestMock, submitReset, type TestMock } from './mock-harness';

let mock: TestMock;
beforeAll(async () => {
  mock = await startTestMock({ tenant: { ...loadTenant(), publicUrl: 'https://login.latch.test' } });
});
afterAll(() => mock.close());
beforeEach(() => mock.reset());

const NEW_PASSWORD = 'Purple-Otter-42';
const setTemplate = (body: unknown) => management(mock, 'PATCH', '/api/v2/email-templates/reset_email', body);
const page = (ticket: string) => fetch(`${mock.url}/lo/reset?ticket=${encodeURIComponent(ticket)}`, { redirect: 'manual' });

async function spend(ticket: string): Promise<Response> {
  const { csrf } = await openResetPage(mock, ticket);
  return submitReset(mock, { ticket, csrf, newPassword: NEW_PASSWORD });
}

describe('Redirect To, Classic', () => {
  it('success: the answer sends the user to Redirect To with success=true, the message and the email', async () => {
    await setTemplate({ resultUrl: 'https://app.example/after-reset' });
    const ticket = await requestTicket(mock, 'demo@latch.dev');
    const reply = (await (await spend(ticket)).json()) as { redirectTo: string };
    expect(reply.redirectTo).toBe('https://app.example/after-reset?success=true&message=You%20can%20now%20login%20to%20the%20application%20with%20the%20new%20password.&email=demo%40latch.dev');
  });

  it('{application.callback_domain} is the host of the application’s first callback URL', async () => {
    await setTemplate({ resultUrl: 'http://{application.callback_domain}/done?from=reset', includeEmailInRedirect: false });
    const ticket = await requestTicket(mock, 'demo@latch.dev');
    const reply = (await (await spend(ticket)).json()) as { redirectTo: string };
    expect(reply.redirectTo).toBe('http://localhost:5173/done?from=reset&success=true&message=You%20can%20now%20login%20to%20the%20application%20with%20the%20new%20password.');
  });

  it('an expired link: 302 to Redirect To with success=false&message=Access%20expired and the email', async () => {
    await setTemplate({ resultUrl: 'https://app.example/after-reset', urlLifetimeInSeconds: 60 });
    const ticket = await requestTicket(mock, 'demo@latch.dev');
    mock.clock.advance(61_000);
    const res = await page(ticket);
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('https://app.example/after-reset?success=false&message=Access%20expired&email=demo%40latch.dev');
  });

  it('a used link: the same redirect; without the email when the template says so', async () => {
    await setTemplate({ resultUrl: 'https://app.example/r?x=1', includeEmailInRedirect: false });
    const ticket = await requestTicket(mock, 'demo@latch.dev');
    expect((await spend(ticket)).status).toBe(200);
    const res = await page(ticket);
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('https://app.example/r?x=1&success=false&message=Access%20expired');
  });

  it('no Redirect To, or a link nobody issued: the page explains itself (200, no redirect)', async () => {
    const ticket = await requestTicket(mock, 'demo@latch.dev');
    await spend(ticket);
    const used = await page(ticket);
    expect(used.status).toBe(200);
    expect((await openResetPage(mock, ticket)).data['data-state']).toBe('used');
    await setTemplate({ resultUrl: 'https://app.example/after-reset' });
    const unknown = await page('never-issued');
    expect(unknown.status).toBe(200);
  });

  it('a Management API ticket’s result_url wins over the template’s', async () => {
    await setTemplate({ resultUrl: 'https://app.example/template' });
    const res = await management(mock, 'POST', '/api/v2/tickets/password-change', { user_id: 'auth0|demo', result_url: 'https://app.example/ticket', ttl_sec: 30 });
    const { ticket: link } = (await res.json()) as { ticket: string };
    const ticket = new URL(link).searchParams.get('ticket') ?? '';
    mock.clock.advance(31_000);
    expect((await page(ticket)).headers.get('location')).toBe('https://app.example/ticket?success=false&message=Access%20expired&email=demo%40latch.dev');
  });
});

describe('a customised reset page (tenant settings change_password)', () => {
  const TEMPLATE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ friendly_name }}</title>{{ latch_head }}</head>
<body><h1 class="brand">Acme · {{ friendly_name }}</h1><p>For {{ email }}</p>{{ latch_reset }}<script>alert('inline')</script></body></html>`;
  const settings = (body: unknown) => management(mock, 'PATCH', '/api/v2/tenants/settings', body);

  it('is saved, served in place of the built-in page with the widget’s entry in it, under the strict CSP', async () => {
    const saved = await settings({ change_password: { enabled: true, html: TEMPLATE } });
    expect(saved.status).toBe(200);
    expect(await saved.json()).toEqual({ friendly_name: 'Latch Demo', change_password: { enabled: true, html: TEMPLATE } });
    expect(await (await management(mock, 'GET', '/api/v2/tenants/settings')).json()).toMatchObject({ change_password: { enabled: true } });
    const ticket = await requestTicket(mock, 'demo@latch.dev');
    const shown = await openResetPage(mock, ticket);
    expect(shown.status).toBe(200);
    expect(shown.headers.get('content-security-policy')).toContain(STRICT_CSP);
    expect(shown.html).toContain('<h1 class="brand">Acme · Latch Demo</h1><p>For demo@latch.dev</p>');
    expect(shown.html).toContain('<script src="/lo/latch-reset-page.iife.js" defer></script>');
    expect(shown.data).toMatchObject({ id: 'latch-reset', 'data-state': 'valid', 'data-email': 'demo@latch.dev' });
    // The page works: its CSRF token and form post as the built-in page's do.
    expect((await submitReset(mock, { ticket, csrf: shown.csrf, newPassword: NEW_PASSWORD })).status).toBe(200);
  });

  it('escapes what it shows, and the built-in page returns when it is turned off', async () => {
    await settings({ change_password: { enabled: true, html: TEMPLATE.replace('{{ email }}', '{{ email }}{{ friendly_name | append: "<b>" }}') } });
    const ticket = await requestTicket(mock, 'demo@latch.dev');
    expect((await openResetPage(mock, ticket)).html).toContain('Latch Demo&lt;b&gt;');
    await settings({ change_password: { enabled: false } });
    const builtIn = await openResetPage(mock, ticket);
    expect(builtIn.html).toContain('<title>Reset your password · Latch Demo</title>');
    expect(builtIn.html).not.toContain('Acme');
  });

  it('refuses a template without the widget’s two parts, one that is not Liquid, and enabling with no HTML', async () => {
    const cases: [unknown, RegExp][] = [
      [{ change_password: { enabled: true, html: '<p>{{ latch_reset }}</p>' } }, /must output \{\{ latch_head \}\}/],
      [{ change_password: { enabled: true, html: '{% if %}{{ latch_head }}{{ latch_reset }}' } }, /not valid Liquid/],
      [{ change_password: { enabled: true } }, /needs its HTML before it can be enabled/],
      [{ change_password: { enabled: 'yes' } }, /'change_password.enabled' must be a boolean/],
      [{ friendly_name: 'x' }, /changes only change_password/],
      [{ change_password: { html: TEMPLATE, colour: 1 } }, /unknown field change_password.colour/],
    ];
    for (const [body, message] of cases) {
      const res = await settings(body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(((await res.json()) as { message: string }).message).toMatch(message);
    }
    expect(await (await management(mock, 'GET', '/api/v2/tenants/settings')).json()).toMatchObject({ change_password: { enabled: false, html: null } });
  });

  describe('GET /__reset-page-preview', () => {
    const preview = async () => {
      const res = await mock.get('/__reset-page-preview');
      const html = await res.text();
      const main = /<main ([^>]*)>/.exec(html)?.[1] ?? '';
      return { res, html, data: Object.fromEntries([...main.matchAll(/([\w-]+)="([^"]*)"/g)].map(([, name, value]) => [name, value])) };
    };

    it('shows the saved page, on or off, as a working link shows it to a sample user, under the strict CSP', async () => {
      await settings({ change_password: { enabled: false, html: TEMPLATE } });
      const { res, html, data } = await preview();
      expect(res.status).toBe(200);
      expect(res.headers.get('content-security-policy')).toContain(STRICT_CSP);
      expect(html).toContain('<h1 class="brand">Acme · Latch Demo</h1><p>For ada@example.com</p>');
      expect(html).toContain('<script src="/lo/latch-reset-page.iife.js" defer></script>');
      expect(html).toContain('<meta name="latch-csrf" content="">');
      // The same element, attributes in the same order, as a real link's page has.
      const ticket = await requestTicket(mock, 'demo@latch.dev');
      const real = await openResetPage(mock, ticket);
      expect(Object.keys(data)).toEqual(Object.keys(real.data));
      expect(data).toEqual({ ...real.data, 'data-email': 'ada@example.com' });
    });

    it('is the built-in page when none is saved; a development endpoint; and its form changes no password', async () => {
      const { res, html, data } = await preview();
      expect(res.status).toBe(200);
      expect(html).toContain('<title>Reset your password · Latch Demo</title>');
      expect(data).toMatchObject({ 'data-state': 'valid', 'data-email': 'ada@example.com' });
      expect((await fetch(`${mock.url}/__reset-page-preview`)).status).toBe(401);
      const submit = await submitReset(mock, { ticket: '', csrf: '', newPassword: NEW_PASSWORD });
      expect(submit.status).toBe(400);
    });
  });
});
