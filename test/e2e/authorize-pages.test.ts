import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { loadTenant } from '../../mock/tenant';
import { launchBrowser } from '../helpers/browser';
import { EVENTUALLY } from '../helpers/e2e';
import { CLIENT_ID, startTestMock, type TestMock } from '../mock/mock-harness';
import { coAuthenticate, CookieJar } from '../mock/authorize-harness';

// The authorization server's pages in a real browser, under their strict policies: web_message posts the answer to
// the framing application only, form_post submits itself, the cross-origin verification page gets the verifier from
// the application's cross_origin_loc frame (auth0-js crossOriginVerification()) and logs in, and the hosted login
// page starts the widget. The application is a second origin on this machine.

interface App {
  origin: string;
  posts: Record<string, string>[];
  close(): Promise<void>;
}

/** auth0-js CrossOriginAuthentication.prototype.callback, as an application's cross_origin_loc page runs it. */
const CO_CALLBACK = `<!doctype html><script>
var targetOrigin = decodeURIComponent(location.hash.split('origin=')[1] || '');
window.addEventListener('message', function (evt) {
  if (!evt.data || evt.data.type !== 'co_verifier_request') return;
  var key = ['co/verifier', encodeURIComponent(evt.origin), encodeURIComponent(evt.data.request.id)].join('/');
  var verifier = localStorage.getItem(key) || '';
  localStorage.removeItem(key);
  evt.source.postMessage({ type: 'co_verifier_response', response: { verifier: verifier } }, evt.origin);
});
window.parent.postMessage({ type: 'ready' }, targetOrigin);
</script>`;

/** A page that frames a URL and keeps every message it receives, with its origin. */
const FRAME_PAGE = `<!doctype html><body><script>
window.received = [];
window.addEventListener('message', function (e) { window.received.push({ origin: e.origin, data: e.data }); });
var frame = document.createElement('iframe');
frame.src = new URLSearchParams(location.search).get('src');
document.body.appendChild(frame);
</script></body>`;

async function startApp(): Promise<App> {
  const posts: Record<string, string>[] = [];
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://app.invalid').pathname;
    if (req.method === 'POST') {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        posts.push(Object.fromEntries(new URLSearchParams(body)));
        res.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><title>posted</title>');
      });
      return;
    }
    const html = path === '/co-callback.html' ? CO_CALLBACK : path === '/frame.html' ? FRAME_PAGE : '<!doctype html><title>app</title>';
    res.writeHead(200, { 'Content-Type': 'text/html' }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    posts,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

let app: App;
let mock: TestMock;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let cspMessages: string[];

/** A free port on this machine, so the mock's public URL (its issuer and the origin its pages name) can be its own. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

beforeAll(async () => {
  app = await startApp();
  const tenant = loadTenant();
  const port = await freePort();
  const pages = ['/', '/callback', '/frame.html'].map((p) => `${app.origin}${p}`);
  [mock, browser] = await Promise.all([
    startTestMock({
      tenant: {
        ...tenant,
        clients: tenant.clients.map((c) =>
          c.client_id === CLIENT_ID
            ? { ...c, callbacks: [...c.callbacks, ...pages], web_origins: [...c.web_origins, app.origin], cross_origin_loc: `${app.origin}/co-callback.html` }
            : c,
        ),
      },
      port,
      publicUrl: `http://127.0.0.1:${port}`,
    }),
    launchBrowser(),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await mock?.close();
  await app?.close();
});
beforeEach(async () => {
  await mock.reset();
  app.posts.length = 0;
  context = await browser.newContext();
  page = await context.newPage();
  cspMessages = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) cspMessages.push(message.text());
  });
});
afterEach(async () => {
  await context.close();
  expect(cspMessages, 'CSP violations').toEqual([]);
});

function authorizeUrl(params: Record<string, string>): string {
  return `${mock.url}/authorize?${new URLSearchParams({ client_id: CLIENT_ID, redirect_uri: `${app.origin}/`, state: 'st', ...params }).toString()}`;
}

/** Puts a session cookie of the mock into the browser, as a login there would. */
async function signIn(): Promise<void> {
  const jar = new CookieJar();
  const login = await coAuthenticate(mock, jar);
  const query = new URLSearchParams({ client_id: CLIENT_ID, redirect_uri: `${app.origin}/`, response_type: 'code', login_ticket: login.body.login_ticket ?? '' });
  jar.take(await fetch(`${mock.url}/authorize?${query.toString()}`, { headers: jar.header(), redirect: 'manual' }));
  await context.addCookies([{ name: 'auth0', value: jar.cookies.get('auth0') ?? '', url: mock.url }]);
}

describe('the authorization pages in a browser', () => {
  it('web_message posts the answer to the framing application, from the API origin', async () => {
    await signIn();
    const src = authorizeUrl({ response_type: 'code', response_mode: 'web_message', prompt: 'none', redirect_uri: `${app.origin}/frame.html` });
    await page.goto(`${app.origin}/frame.html?src=${encodeURIComponent(src)}`);
    await expect.poll(() => page.evaluate(() => (window as unknown as { received: unknown[] }).received.length), EVENTUALLY).toBe(1);
    const [message] = await page.evaluate(() => (window as unknown as { received: { origin: string; data: { type: string; response: Record<string, string> } }[] }).received);
    expect(message?.origin).toBe(mock.url);
    expect(message?.data.type).toBe('authorization_response');
    expect(message?.data.response.state).toBe('st');
    expect(message?.data.response.code).toMatch(/^[\w-]{43}$/);
  });

  it('web_message without a session answers login_required in the frame', async () => {
    const src = authorizeUrl({ response_type: 'token id_token', nonce: 'n', response_mode: 'web_message', prompt: 'none', redirect_uri: `${app.origin}/frame.html` });
    await page.goto(`${app.origin}/frame.html?src=${encodeURIComponent(src)}`);
    await expect.poll(() => page.evaluate(() => (window as unknown as { received: unknown[] }).received.length), EVENTUALLY).toBe(1);
    const [message] = await page.evaluate(() => (window as unknown as { received: { data: unknown }[] }).received);
    expect(message?.data).toEqual({ type: 'authorization_response', response: { error: 'login_required', error_description: 'Login required', state: 'st' } });
  });

  it('form_post submits the answer to the redirect_uri', async () => {
    await signIn();
    await page.goto(authorizeUrl({ response_type: 'code', response_mode: 'form_post', redirect_uri: `${app.origin}/callback` }));
    await expect.poll(() => app.posts.length, EVENTUALLY).toBe(1);
    expect(app.posts[0]?.state).toBe('st');
    expect(app.posts[0]?.code).toMatch(/^[\w-]{43}$/);
    await page.waitForURL(`${app.origin}/callback`);
  });

  it('the verification page gets the verifier from cross_origin_loc and logs in', async () => {
    // The login ticket came from /co/authenticate, but its cookie did not reach this browser (blocked): the verifier
    // is only in the application's storage, where auth0-js put it.
    const login = await coAuthenticate(mock, new CookieJar());
    const { co_id: coId = '', co_verifier: verifier = '', login_ticket: ticket = '' } = login.body;
    await page.goto(`${app.origin}/`);
    await page.evaluate(([key, value]) => localStorage.setItem(key ?? '', value ?? ''), [`co/verifier/${encodeURIComponent(mock.url)}/${encodeURIComponent(coId)}`, verifier]);
    await page.goto(authorizeUrl({ response_type: 'code', login_ticket: ticket }));
    await page.waitForURL((url) => url.origin === app.origin && url.searchParams.has('code'), EVENTUALLY);
    const url = new URL(page.url());
    expect(url.pathname).toBe('/');
    expect(url.searchParams.get('state')).toBe('st');
    // The session cookie is set: a silent request now answers without a ticket.
    const silent = await context.request.get(authorizeUrl({ response_type: 'code', prompt: 'none' }), { maxRedirects: 0 });
    expect(new URL(silent.headers().location ?? '').searchParams.get('code')).toMatch(/^[\w-]{43}$/);
  });

  it('the hosted login page starts the widget under its strict policy', async () => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const response = await page.goto(authorizeUrl({ response_type: 'code' }));
    expect(new URL(page.url()).pathname).toBe('/login');
    expect(response?.headers()['content-security-policy']).not.toContain('unsafe-inline');
    // The widget's own script and the page's starter ran (the widget draws its root in the container). Which screen
    // it shows depends on the widget build (its redirect options are built beside this page).
    await page.locator('#latch-login [data-part=root]').waitFor(EVENTUALLY);
    expect(errors).toEqual([]);
  });
});
