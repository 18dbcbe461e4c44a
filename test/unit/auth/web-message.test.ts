import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { webMessage } from '../../../src/auth/web-message';

const ORIGIN = 'https://tenant.example';
const PARAMS = { client_id: 'client-1', response_type: 'token id_token', redirect_uri: 'https://app.example/', state: 'state-1', nonce: 'n', login_ticket: 't' };

/** The iframe webMessage made, given a window of its own (happy-dom loads no iframe page) so messages can come from it. */
function theIframe() {
  const iframes = document.querySelectorAll('iframe');
  expect(iframes).toHaveLength(1);
  const iframe = iframes[0]!; // non-null: one iframe checked above
  const frameWindow = { name: 'authorize page' } as unknown as Window;
  Object.defineProperty(iframe, 'contentWindow', { value: frameWindow, configurable: true });
  return { iframe, frameWindow };
}

const post = (data: unknown, origin: string, source: Window | null) => window.dispatchEvent(new MessageEvent('message', { data, origin, source }));
const answer = (response: Record<string, unknown>) => ({ type: 'authorization_response', response });

/** Whether a promise has settled, without waiting for it. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await Promise.resolve();
  await Promise.resolve();
  return done;
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  // happy-dom does not load iframe pages and says so on stderr (through a console of its own): not what these tests
  // look at, so that line alone is dropped.
  const write = process.stderr.write.bind(process.stderr);
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => String(chunk).includes('Iframe page loading is disabled') || write(chunk));
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

describe('webMessage', () => {
  test('opens /authorize with response_mode=web_message and prompt=none in a hidden iframe', () => {
    void webMessage(ORIGIN, { ...PARAMS, prompt: 'login', response_mode: 'fragment' });
    const { iframe } = theIframe();
    expect(iframe.hidden).toBe(true);
    const url = new URL(iframe.src);
    expect(url.origin + url.pathname).toBe(`${ORIGIN}/authorize`);
    expect(Object.fromEntries(url.searchParams)).toMatchObject({ ...PARAMS, response_mode: 'web_message', prompt: 'none' });
  });

  test('resolves with the response the iframe posts from the API origin with the state, then removes the iframe', async () => {
    const result = webMessage(`${ORIGIN}/`, PARAMS);
    const { frameWindow } = theIframe();
    post(answer({ access_token: 'at', id_token: 'a.b.c', expires_in: 7200, token_type: 'Bearer', state: 'state-1' }), ORIGIN, frameWindow);
    expect(await result).toEqual({ accessToken: 'at', idToken: 'a.b.c', expiresIn: 7200, tokenType: 'Bearer', state: 'state-1' });
    vi.runAllTimers();
    expect(document.querySelector('iframe')).toBeNull();
  });

  test('an error response resolves as an error', async () => {
    const result = webMessage(ORIGIN, PARAMS);
    const { frameWindow } = theIframe();
    post(answer({ error: 'login_required', error_description: 'Login required', state: 'state-1' }), ORIGIN, frameWindow);
    expect(await result).toEqual({ error: 'login_required', errorDescription: 'Login required', state: 'state-1' });
  });

  test('ignores messages from another origin, another window, no window, of another type or for another state', async () => {
    const result = webMessage(ORIGIN, PARAMS);
    const { frameWindow } = theIframe();
    const good = { access_token: 'at', state: 'state-1' };
    post(answer({ access_token: 'evil', state: 'state-1' }), 'https://evil.example', frameWindow);
    post(answer({ access_token: 'evil', state: 'state-1' }), 'https://tenant.example.evil.example', frameWindow);
    post(answer({ access_token: 'evil', state: 'state-1' }), ORIGIN, window);
    post(answer({ access_token: 'evil', state: 'state-1' }), ORIGIN, null);
    post(answer({ access_token: 'evil', state: 'state-2' }), ORIGIN, frameWindow);
    post(answer({ access_token: 'evil' }), ORIGIN, frameWindow);
    post({ type: 'authorization_request', response: good }, ORIGIN, frameWindow);
    post('authorization_response', ORIGIN, frameWindow);
    post(null, ORIGIN, frameWindow);
    expect(await settled(result)).toBe(false);
    post(answer(good), ORIGIN, frameWindow);
    expect(await result).toEqual({ accessToken: 'at', state: 'state-1' });
  });

  test('a message from no window is ignored even while the iframe has no window', async () => {
    const result = webMessage(ORIGIN, PARAMS);
    expect(document.querySelector('iframe')?.contentWindow ?? null).toBeNull();
    post(answer({ access_token: 'evil', state: 'state-1' }), ORIGIN, null);
    expect(await settled(result)).toBe(false);
  });

  test('a response with no token, code or error is invalid', async () => {
    const result = webMessage(ORIGIN, PARAMS);
    const { frameWindow } = theIframe();
    post(answer({ state: 'state-1', scope: 'openid' }), ORIGIN, frameWindow);
    expect(await result).toEqual({ error: 'invalid_response' });
  });

  test('times out after 60 s by default, removing the iframe and no longer listening', async () => {
    const result = webMessage(ORIGIN, PARAMS);
    const { frameWindow } = theIframe();
    vi.advanceTimersByTime(59_999);
    expect(await settled(result)).toBe(false);
    vi.advanceTimersByTime(1);
    expect(await result).toEqual({ error: 'timeout' });
    vi.runAllTimers();
    expect(document.querySelector('iframe')).toBeNull();
    const listening = vi.spyOn(URLSearchParams.prototype, 'get');
    post(answer({ access_token: 'late', state: 'state-1' }), ORIGIN, frameWindow);
    expect(listening).not.toHaveBeenCalled();
  });

  test('the timeout can be set', async () => {
    const result = webMessage(ORIGIN, PARAMS, { timeout: 5_000 });
    vi.advanceTimersByTime(5_000);
    expect(await result).toEqual({ error: 'timeout' });
  });

  test('aborting resolves aborted and removes the iframe; an aborted signal opens none', async () => {
    const controller = new AbortController();
    const result = webMessage(ORIGIN, PARAMS, { signal: controller.signal });
    theIframe();
    controller.abort();
    expect(await result).toEqual({ error: 'aborted' });
    vi.runAllTimers();
    expect(document.querySelector('iframe')).toBeNull();
    expect(await webMessage(ORIGIN, PARAMS, { signal: controller.signal })).toEqual({ error: 'aborted' });
    expect(document.querySelector('iframe')).toBeNull();
  });
});
