import type { Exchange, MockContext } from '../context';
import { apiError, sendText } from '../http';
import type { TenantClient } from '../tenant';

/** `/client/{clientID}.js`, with any query (Lock adds `?t{timestamp}` against caches). */
export const CLIENT_SETTINGS_PATH = /^\/client\/([^/]+)\.js$/;

/**
 * GET /client/{clientID}.js: the client-settings document Lock loads (auth0-lock lib/core/client/settings.js,
 * index.js): `Auth0.setClient({...});` with `id`, `tenant`, `subscription` and `strategies`, each strategy
 * `{name, connections}`; a database connection (strategy `auth0`) carries `passwordPolicy`,
 * `password_complexity_options`, `showSignup`, `showForgot` and `requires_username`. Public data: CORS for any
 * origin, no credentials.
 */
export function clientSettings({ res, url, ctx }: Exchange): void {
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.removeHeader('Access-Control-Expose-Headers');
  const raw = CLIENT_SETTINGS_PATH.exec(url.pathname)?.[1] ?? '';
  let clientId: string;
  try {
    clientId = decodeURIComponent(raw);
  } catch {
    throw apiError(400, 'invalid_request', 'The client ID in the path is not valid percent-encoding.');
  }
  const client = ctx.store.findClient(clientId);
  if (!client) throw apiError(404, 'not_found', 'Unknown client.');
  const json = JSON.stringify(settingsOf(ctx, client)).replace(/[\u2028\u2029<]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  sendText(res, 200, `Auth0.setClient(${json});`, 'application/javascript; charset=utf-8', {
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
  });
}

function settingsOf(ctx: MockContext, client: TenantClient): Record<string, unknown> {
  const base = ctx.tenant.publicUrl;
  const strategies = new Map<string, Record<string, unknown>[]>();
  for (const connection of ctx.tenant.connections) {
    const list = strategies.get(connection.strategy) ?? [];
    if (connection.strategy === 'auth0') {
      const { passwordPolicy, password_complexity_options, requires_username, validation } = connection.options;
      list.push({
        name: connection.name,
        passwordPolicy,
        password_complexity_options,
        showSignup: true,
        showForgot: true,
        requires_username,
        ...(validation ? { validation } : {}),
      });
    } else {
      list.push({ name: connection.name });
    }
    strategies.set(connection.strategy, list);
  }
  return {
    id: client.client_id,
    tenant: ctx.tenant.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, ''),
    subscription: 'free',
    authorize: `${base}/authorize`,
    callback: client.callbacks[0] ?? '',
    hasAllowedOrigins: client.allowed_origins.length > 0,
    strategies: [...strategies].map(([name, connections]) => ({ name, connections })),
  };
}
