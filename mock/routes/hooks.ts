import type { Exchange } from '../context';
import { hookView } from '../hooks';
import { invalidRequest, readBody, sendJson } from '../http';

// Development endpoints for the post change password hook (mock/hooks.ts): its configuration and its delivery log.

/** GET /__hooks/post-change-password */
export function readHook({ res, ctx }: Exchange): void {
  sendJson(res, 200, hookView(ctx.hooks.postChangePassword.settings));
}

/**
 * PUT /__hooks/post-change-password `{url, secret?, enabled}`: a secret is made when none was ever given. The answer
 * shows the secret only when it was given or made by this request: it is not shown again.
 */
export async function configureHook({ req, res, ctx }: Exchange): Promise<void> {
  const body = await readBody(req);
  const unknown = Object.keys(body).filter((key) => !['url', 'secret', 'enabled'].includes(key));
  if (unknown.length) throw invalidRequest(`Unknown field${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}. Send url, secret and enabled.`);
  const { url, secret, enabled } = body;
  if (typeof url !== 'string' || !isHttpUrl(url)) throw invalidRequest('url must be an absolute http(s) URL.');
  if (typeof enabled !== 'boolean') throw invalidRequest('enabled must be true or false.');
  if (secret !== undefined && (typeof secret !== 'string' || secret.length < 16 || secret.length > 256)) {
    throw invalidRequest('secret must be a string of 16 to 256 characters (leave it out to keep the current one, or to get one made).');
  }
  const hook = ctx.hooks.postChangePassword;
  // Shown when given now or made now (the first PUT without one); kept and hidden otherwise.
  const showSecret = typeof secret === 'string' || hook.settings === null;
  sendJson(res, 200, hookView(hook.configure({ url, enabled, ...(typeof secret === 'string' ? { secret } : {}) }), showSecret));
}

/** GET /__hooks/post-change-password/deliveries: every attempt, oldest first; `?wait=true` once the ones under way end. */
export async function hookDeliveries({ res, url, ctx }: Exchange): Promise<void> {
  if (url.searchParams.get('wait') === 'true') await ctx.hooks.postChangePassword.settled();
  sendJson(res, 200, ctx.hooks.postChangePassword.attempts());
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}
