import { authorizeUrl, type AuthorizeParams } from './authorize';
import { toAuthResponse, type AuthResponse } from './hash';

export interface WebMessageOptions {
  /** Milliseconds before giving up with `{ error: 'timeout' }` (auth0-js: 60 s). @default 60000 */
  timeout?: number;
  /** Aborting resolves `{ error: 'aborted' }`. */
  signal?: AbortSignal;
}

/**
 * Runs /authorize with `response_mode=web_message` and `prompt=none` in a hidden iframe and resolves with the
 * response the identity provider's page posts back: a message counts only when it comes from `origin` (the API
 * origin), from that iframe's window, is an `authorization_response`, and carries `params.state`; anything else is
 * ignored. Never rejects. The iframe and the listener are removed however it ends.
 */
export function webMessage(origin: string, params: AuthorizeParams, options: WebMessageOptions = {}): Promise<AuthResponse> {
  // As the browser writes event.origin: lower-case host, no default port, no trailing slash.
  const expected = new URL(origin).origin;
  const { signal, timeout = 60_000 } = options;
  const iframe = document.createElement('iframe');
  return new Promise((resolve) => {
    const finish = (response: AuthResponse) => {
      clearTimeout(timer);
      removeEventListener('message', onMessage);
      signal?.removeEventListener('abort', onAbort);
      // Removed on the next task, as auth0-js does: removing it while its page is still posting leaves Chrome
      // showing a page load that never ends.
      setTimeout(() => iframe.remove());
      resolve(response);
    };
    const onMessage = (event: MessageEvent) => {
      const data = event.data as { type?: unknown; response?: Record<string, string> } | null;
      // source: a window of this iframe's (null is no window: never a match, even before the iframe has one).
      if (event.origin !== expected || !event.source || event.source !== iframe.contentWindow || data?.type !== 'authorization_response') return;
      if (data.response?.state !== params.state) return;
      finish(toAuthResponse(new URLSearchParams(data.response)) ?? { error: 'invalid_response' });
    };
    const onAbort = () => finish({ error: 'aborted' });
    const timer = setTimeout(() => finish({ error: 'timeout' }), timeout);
    if (signal?.aborted) return onAbort();
    addEventListener('message', onMessage);
    signal?.addEventListener('abort', onAbort);
    iframe.hidden = true;
    document.body.appendChild(iframe);
    iframe.src = authorizeUrl(expected, { ...params, response_mode: 'web_message', prompt: 'none' });
  });
}
