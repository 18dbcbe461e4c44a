import { vi } from 'vitest';
import { Latch, type LatchOptions } from '../../src/index';
import type { FetchLike } from '../../src/api/client';

export interface SentRequest {
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly body: Record<string, unknown>;
  readonly credentials: RequestCredentials | undefined;
  readonly signal: AbortSignal | null | undefined;
}

type Reply = Response | Promise<Response> | ((request: SentRequest) => Response | Promise<Response>);

/** The widget's injected transport (the `fetch` option), answering queued replies and recording requests. */
export function fakeServer({ clientSettings }: { clientSettings?: string } = {}) {
  const sent: SentRequest[] = [];
  const replies: Reply[] = [];
  const fetch: FetchLike = async (url, init) => {
    // The client-settings document (/client/{id}.js): none unless the test gives one, so the widget keeps its options.
    // It is not one of the API calls a test queues replies for.
    if (/\/client\/[^/]+\.js\?/.test(url)) return new Response(clientSettings ?? '', { status: clientSettings ? 200 : 404 });
    const headers = (init.headers ?? {}) as Record<string, string>;
    const request: SentRequest = {
      url,
      headers,
      credentials: init.credentials,
      body:
        init.body === undefined
          ? {}
          : String(headers['Content-Type']).startsWith('application/x-www-form-urlencoded')
            ? Object.fromEntries(new URLSearchParams(String(init.body)))
            : (JSON.parse(String(init.body)) as Record<string, unknown>),
      signal: init.signal,
    };
    sent.push(request);
    const reply = replies.shift();
    // Like the real fetch, an aborted request rejects even when the server never answers.
    const aborted = new Promise<Response>((_resolve, reject) => {
      const fail = () => reject(new DOMException('The operation was aborted.', 'AbortError'));
      if (init.signal?.aborted) fail();
      init.signal?.addEventListener('abort', fail);
    });
    if (!reply) return aborted;
    return Promise.race([typeof reply === 'function' ? reply(request) : reply, aborted]);
  };
  return { sent, fetch, reply: (r: Reply) => replies.push(r) };
}

/**
 * A fake server that serves the client-settings document (none: a 404), with the widget's transport and a promise
 * that resolves once the widget has read that document (a task after its answer).
 */
export function settingsServer(clientSettings?: string) {
  const server = fakeServer(clientSettings === undefined ? {} : { clientSettings });
  let read = () => undefined as void;
  const settled = new Promise<void>((resolve) => (read = resolve));
  const fetch: FetchLike = async (url, init) => {
    const response = await server.fetch(url, init);
    if (url.includes('/client/')) setTimeout(read);
    return response;
  };
  return { server, fetch, settled };
}

export const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

export const tokenResponse = () =>
  json(200, { access_token: 'access-123', id_token: 'id.jwt.sig', token_type: 'Bearer', expires_in: 86400, scope: 'openid profile email' });

/** Mounts an inline widget into a fresh container and records every event it emits. */
export function mountInline(options: LatchOptions = {}) {
  const container = document.createElement('div');
  document.body.appendChild(container);
  const server = fakeServer();
  // The password-realm grant, whose one request the tests here answer; the redirect login has tests of its own.
  const latch = new Latch('client-1', 'http://api.test', { container, fetch: server.fetch, ...options, auth: { grant: 'password-realm', ...options.auth } });
  const events: { name: string; payload: unknown }[] = [];
  for (const name of [
    'show', 'hide', 'authenticated', 'authorization_error', 'unrecoverable_error', 'signin ready', 'signin submit',
    'forgot_password ready', 'forgot_password submit', 'forgot_password success', 'forgot_password error',
    'signup ready', 'signup submit', 'signup success', 'signup error',
    'password_reset ready', 'password_reset submit', 'password_reset success', 'password_reset error',
  ] as const) {
    latch.on(name, (payload) => events.push({ name, payload }));
  }
  latch.show();
  return { latch, container, server, events };
}

export const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * happy-dom loads no frame page (a hidden /authorize frame) and says so on stderr: not what a test looks at. Call in
 * beforeEach; vi.restoreAllMocks() in afterEach ends it.
 */
export function quietFrameNotice() {
  const write = process.stderr.write.bind(process.stderr);
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => String(chunk).includes('Iframe page loading is disabled') || write(chunk));
}

export function silenceConsoleError() {
  return vi.spyOn(console, 'error').mockImplementation(() => undefined);
}
