import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PAGE_CSP } from '../../mock/html';
import { changePasswordBody, openResetPage, requestTicket, startTestMock, type TestMock } from './mock-harness';

let mock: TestMock;
beforeAll(async () => {
  mock = await startTestMock();
});
afterAll(() => mock.close());
beforeEach(() => mock.reset());

describe('POST /__clock', () => {
  it('moves the clock forward, shows it with GET, and /__reset puts it back', async () => {
    const start = new Date(mock.clock.now).toISOString();
    expect(await (await mock.get('/__clock')).json()).toEqual({ now: start, offsetSeconds: 0 });
    const moved = await mock.post('/__clock', { advanceSeconds: 3600 });
    expect(moved.status).toBe(200);
    expect(await moved.json()).toEqual({ now: new Date(mock.clock.now + 3_600_000).toISOString(), offsetSeconds: 3600 });

    // The moved clock is the one every part of the mock uses, e.g. email dates.
    await mock.post('/dbconnections/change_password', changePasswordBody('demo@latch.dev'));
    const [email] = (await (await mock.get('/__outbox')).json()) as { createdAt: string }[];
    expect(email?.createdAt).toBe(new Date(mock.clock.now + 3_600_000).toISOString());

    await mock.reset();
    expect(await (await mock.get('/__clock')).json()).toEqual({ now: start, offsetSeconds: 0 });
  });

  it('expires a reset link without waiting', async () => {
    const ticket = await requestTicket(mock, 'demo@latch.dev');
    await mock.post('/__clock', { advanceSeconds: 5 * 24 * 3600 });
    expect((await openResetPage(mock, ticket)).data['data-state']).toBe('expired');
  });

  it.each([{ advanceSeconds: -1 }, { advanceSeconds: '60' }, {}, { advanceSeconds: Number.MAX_VALUE * 10 }])('refuses %j', async (body) => {
    const res = await mock.post('/__clock', body);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: 'invalid_request', error_description: 'advanceSeconds must be a number of seconds, 0 or more.' });
  });
});

describe('GET /__outbox.html', () => {
  it('lists the emails, newest first, with clickable links and escaped text, under the strict CSP', async () => {
    await mock.post('/dbconnections/change_password', changePasswordBody('demo@latch.dev'));
    const { link } = ((await (await mock.get('/__outbox')).json()) as { link: string }[])[0] ?? { link: '' };
    const res = await mock.get('/__outbox.html');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(PAGE_CSP);
    const html = await res.text();
    expect(html).toContain(`<a href="${link}">${link}</a>`);
    expect(html).toContain('<h2>Reset your password</h2>');
    expect(html).toContain('<link rel="stylesheet" href="/__outbox.css">');
    expect(html).not.toMatch(/<script|<style|\sstyle=/i);
  });

  it('shows what users typed as text', async () => {
    // A signed-up email address is user input, and it ends up in the reset email.
    const email = '<b>x</b>@latch.dev';
    const signup = await mock.post('/dbconnections/signup', {
      client_id: 'latch-demo',
      email,
      password: 'Purple-Otter-42',
      connection: 'Username-Password-Authentication',
    });
    expect(signup.status).toBe(200);
    await mock.post('/dbconnections/change_password', changePasswordBody(email));
    const html = await (await mock.get('/__outbox.html')).text();
    expect(html).toContain('<dd>&#60;b&#62;x&#60;/b&#62;@latch.dev</dd>');
    expect(html).not.toContain('<b>');
  });

  it('says so when there are no emails, and serves its stylesheet', async () => {
    expect(await (await mock.get('/__outbox.html')).text()).toContain('No emails yet.');
    const css = await mock.get('/__outbox.css');
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });
});
