// The change-password email template through the Management API, and the emails built from it: Liquid with Auth0's
// variables (escaped), From and Subject placeholders, URL Lifetime, disabled templates, and /__reset.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadTenant, type Email } from '../../mock/app';
import { changePasswordBody, management, openResetPage, startTestMock, submitReset, ticketOf, RESET_MESSAGE, type TestMock } from './mock-harness';

let mock: TestMock;
beforeAll(async () => {
  const tenant = loadTenant();
  // A user whose name would be markup if it were not escaped.
  const users = tenant.users.map((u) => (u.email === 'demo@latch.dev' ? { ...u, name: '<img src=x onerror=alert(1)> Ada' } : u));
  mock = await startTestMock({ tenant: { ...tenant, users, publicUrl: 'https://login.latch.test' } });
});
afterAll(() => mock.close());
beforeEach(() => mock.reset());

const PATH = '/api/v2/email-templates/reset_email';
const outbox = async () => (await (await mock.get('/__outbox')).json()) as Email[];
const askReset = (email = 'demo@latch.dev') => mock.post('/dbconnections/change_password', changePasswordBody(email));
const patch = (body: unknown) => management(mock, 'PATCH', PATH, body);

describe('GET and PATCH /api/v2/email-templates/reset_email', () => {
  it("reads the tenant's template: From, Subject, a Liquid body, Redirect To, URL Lifetime, enabled", async () => {
    const res = await management(mock, 'GET', PATH);
    expect(res.status).toBe(200);
    const template = (await res.json()) as Record<string, unknown>;
    expect(template).toMatchObject({ template: 'reset_email', from: 'Latch Demo <no-reply@latch.dev>', subject: 'Reset your password', syntax: 'liquid', resultUrl: null, urlLifetimeInSeconds: 432000, includeEmailInRedirect: true, enabled: true });
    expect(template.body).toContain('{{ url }}');
  });

  it('needs the management token', async () => {
    for (const method of ['GET', 'PATCH']) {
      const res = await management(mock, method, PATH, method === 'PATCH' ? { subject: 'x' } : undefined, {});
      expect(res.status).toBe(401);
      expect(await res.json()).toEqual({ statusCode: 401, error: 'Unauthorized', message: 'Invalid token' });
    }
  });

  it('saves what is given and answers the whole template; the next email is built from it', async () => {
    const res = await patch({
      from: '{application.name} <support@acme.test>',
      subject: 'Reset the password of {user.email}',
      body: '<p>Hi {{ user.name }}, reset for {{ application.name }} on {{ connection.name }}:</p><a href="{{ url }}">Go</a> {{ user.email_verified }}',
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ subject: 'Reset the password of {user.email}', enabled: true });
    expect((await askReset()).status).toBe(200);
    const [email] = await outbox();
    expect(email?.from).toBe('Latch Demo <support@acme.test>');
    expect(email?.subject).toBe('Reset the password of demo@latch.dev');
    // Outputs are escaped: the name is text, the link's & would be &amp; in the attribute.
    expect(email?.html).toContain('Hi &lt;img src=x onerror=alert(1)&gt; Ada, reset for Latch Demo on Username-Password-Authentication:');
    expect(email?.html).not.toContain('<img');
    expect(email?.html).toContain(`<a href="${email?.link}">Go</a> true`);
    expect(email?.text).toContain(email?.link);
    expect(email?.link).toMatch(/^https:\/\/login\.latch\.test\/lo\/reset\?ticket=/);
  });

  it('refuses a body that is not Liquid, or a field of the wrong kind, and saves nothing then', async () => {
    const cases: [unknown, RegExp][] = [
      [{ body: '{% if %}' }, /^The body is not valid Liquid: /],
      [{ body: '{{ url ' }, /^The body is not valid Liquid: /],
      [{ urlLifetimeInSeconds: 0 }, /'urlLifetimeInSeconds' must be a whole number of seconds from 1 to 2592000/],
      [{ urlLifetimeInSeconds: 1.5 }, /urlLifetimeInSeconds/],
      [{ enabled: 'yes' }, /'enabled' must be a boolean/],
      [{ resultUrl: 'javascript:alert(1)' }, /'resultUrl' must be an absolute http\(s\) URL/],
      [{ resultUrl: '/relative' }, /'resultUrl' must be an absolute http\(s\) URL/],
      [{ from: '' }, /'from' must be a non-empty string/],
      [{ template: 'verify_email' }, /'template' must be the template's own name/],
      [{ subject: 'ok', colour: 'red' }, /unknown field colour/],
    ];
    for (const [body, message] of cases) {
      const res = await patch(body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      const answer = (await res.json()) as { statusCode: number; message: string; errorCode: string };
      expect(answer.errorCode).toBe('invalid_body');
      expect(answer.message).toMatch(message);
    }
    expect(await (await management(mock, 'GET', PATH)).json()).toMatchObject({ subject: 'Reset your password', urlLifetimeInSeconds: 432000, enabled: true });
  });

  it('answers other template names as Auth0 does: a known one this tenant lacks is 404, an unknown name 400', async () => {
    const known = await management(mock, 'GET', '/api/v2/email-templates/verify_email');
    expect(known.status).toBe(404);
    expect(await known.json()).toMatchObject({ errorCode: 'inexistent_email_template' });
    expect((await management(mock, 'GET', '/api/v2/email-templates/nonsense')).status).toBe(400);
  });

  it('cannot read files or run away: includes fail to save or render, and a template that fails at send time sends the default body', async () => {
    expect((await patch({ body: "{% include '/etc/passwd' %}" })).status).toBe(200);
    expect((await askReset()).status).toBe(200);
    const [email] = await outbox();
    expect(email?.html).not.toContain('root:');
    expect(email?.html).toContain('Choose a new password');
  });
});

describe('what the template decides', () => {
  it('disabled: no email is sent, and the API answers exactly as before', async () => {
    const before = await askReset();
    const beforeText = await before.text();
    await fetch(`${mock.url}/__outbox`, { method: 'DELETE', headers: { Authorization: 'Bearer latch-demo-management-token' } });
    expect((await patch({ enabled: false })).status).toBe(200);
    const after = await askReset();
    expect(after.status).toBe(before.status);
    expect(await after.text()).toBe(beforeText);
    expect(beforeText).toBe(RESET_MESSAGE);
    expect(await outbox()).toEqual([]);
  });

  it('URL Lifetime sets how long the link works', async () => {
    expect((await patch({ urlLifetimeInSeconds: 60 })).status).toBe(200);
    await askReset();
    const [email] = await outbox();
    const ticket = ticketOf(email?.link ?? '');
    expect((await openResetPage(mock, ticket)).data['data-state']).toBe('valid');
    mock.clock.advance(61_000);
    expect((await openResetPage(mock, ticket)).data['data-state']).toBe('expired');
  });

  it('POST /__reset puts the template back as the tenant file has it', async () => {
    await patch({ subject: 'Changed', enabled: false });
    await mock.reset();
    expect(await (await management(mock, 'GET', PATH)).json()).toMatchObject({ subject: 'Reset your password', enabled: true });
  });
});

describe('GET /__outbox/{id}.html', () => {
  it('serves the email as its recipient sees it, under a sandbox policy, framed by this origin only', async () => {
    await askReset();
    const [email] = await outbox();
    const res = await mock.get(`/__outbox/${email?.id}.html`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe("sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data: https:; frame-ancestors 'self'");
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(await res.text()).toBe(email?.html);
    expect((await mock.get('/__outbox/nope.html')).status).toBe(404);
    // A development endpoint: nobody without the token, the secret or this origin's page.
    expect((await fetch(`${mock.url}/__outbox/${email?.id}.html`)).status).toBe(401);
  });

  it('/__outbox.html frames each HTML email from that address, sandboxed; a notice without HTML is not framed', async () => {
    await askReset();
    const [email] = await outbox();
    // The reset done through the link sends a plain notice ("Your password was changed"), which has no HTML body.
    const ticket = ticketOf(email?.link ?? '');
    const { csrf } = await openResetPage(mock, ticket);
    expect((await submitReset(mock, { ticket, csrf, newPassword: 'Purple-Otter-42' })).status).toBe(200);
    expect((await outbox()).map((e) => [e.subject, e.html === undefined])).toEqual([['Reset your password', false], ['Your password was changed', true]]);
    const html = await (await mock.get('/__outbox.html')).text();
    const frames = html.match(/<iframe\b[^>]*>/g) ?? [];
    expect(frames).toEqual([`<iframe class="email" sandbox src="/__outbox/${email?.id}.html" title="The email as demo@latch.dev sees it" loading="lazy">`]);
  });
});
