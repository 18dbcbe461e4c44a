import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';
import type { LatchOptions } from '../../src/index';
import { startMockServer, type MockServer } from '../../mock/server';
import { loadTenant } from '../../mock/tenant';

/** What the visitor reads for each fault: the widget's English strings, checked word for word. */
export const MESSAGE = {
  offline: "You're offline. We'll send this as soon as your connection is back.",
  timeout: 'The server took too long to answer. Please try again.',
  server: 'The server had a problem. Please try again in a moment.',
  network: 'We could not reach the server. Check your connection and try again.',
  sent: "We've just sent you an email to reset your password.",
  rateLimitedPasswordChange: (seconds: number) =>
    `You have reached the limit on password change attempts. Please try again in ${seconds} seconds.`,
} as const;

/** A fault for POST /__faults, including the html body the mock can answer with. */
export interface GateFault {
  path: '/co/authenticate' | '/oauth/token' | '/dbconnections/change_password' | '*';
  status?: number;
  latencyMs?: number;
  network?: boolean;
  body?: 'html';
  times?: number;
}

export async function injectFault(origin: string, fault: GateFault): Promise<void> {
  const response = await fetch(`${origin}/__faults`, {
    method: 'POST',
    // The development endpoints want the management token from callers other than the demo's own pages.
    headers: { 'Content-Type': 'application/json', Authorization: 'Bearer latch-demo-management-token' },
    body: JSON.stringify(fault),
  });
  if (!response.ok) throw new Error(`POST /__faults ${JSON.stringify(fault)} answered ${response.status}: ${await response.text()}`);
}

/** The widget's source as the demo's dev server serves it, found from the repo's location on disk. */
const ENTRY = `/@fs${fileURLToPath(new URL('../../src/index.ts', import.meta.url))}`;

/** Options that survive the trip into the page as JSON. */
export type PageOptions = Pick<LatchOptions, 'timeout' | 'initialScreen' | 'prefill' | 'autofocus' | 'auth'>;

/**
 * A second inline widget, mounted in the demo page from the same source the page uses, for options the
 * demo's controls do not offer (a short timeout, another API origin). It logs in as the demo's own widget does by
 * default (`auth.redirect: false`: /co/authenticate, then /authorize in a hidden frame), so it stays on the page
 * and shows its signed-in screen. Answers the locator of its container.
 */
export async function mountWidget(page: Page, clientId: string, domain: string, options: PageOptions = {}): Promise<Locator> {
  const id = `gate-widget-${Math.random().toString(36).slice(2, 8)}`;
  // Sent as source text: the test runner rewrites `import()` in functions it compiles, and this one must
  // run as the browser's own dynamic import.
  await page.evaluate(`(async () => {
    const { Latch } = await import(${JSON.stringify(ENTRY)});
    const host = document.createElement('div');
    host.id = ${JSON.stringify(id)};
    document.body.prepend(host);
    new Latch(${JSON.stringify(clientId)}, ${JSON.stringify(domain)}, { autofocus: false, auth: { redirect: false }, ...${JSON.stringify(options)}, container: host }).show();
  })()`);
  const widget = page.locator(`#${id}`);
  await widget.getByRole('heading').first().waitFor();
  return widget;
}

/** Counts the POSTs the page sends to one API path (CORS preflights are OPTIONS, so left out). */
export function countRequests(page: Page, path: string): { readonly count: number } {
  let count = 0;
  page.on('request', (request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname === path) count += 1;
  });
  return {
    get count() {
      return count;
    },
  };
}

/** Unavailable to the visitor: natively disabled, or aria-disabled (which keeps focus on it). */
export function isDisabled(button: Locator): Promise<boolean> {
  return button.evaluate((el) => (el as HTMLButtonElement).disabled || el.getAttribute('aria-disabled') === 'true');
}

/**
 * A mock backend on its own origin whose client does not list `refusedOrigin`, so the browser refuses
 * its answers (CORS). `allow()` restarts it on the same port with the origin allowed (for CORS, and as a web
 * origin for the hidden frame's web_message answer), as fixing the tenant's settings would.
 */
export async function startCrossOriginMock(refusedOrigin: string): Promise<{ url: string; allow(): Promise<void>; close(): Promise<void> }> {
  const base = loadTenant();
  const tenantAllowing = (allowed: boolean) => ({
    ...base,
    clients: base.clients.map((client) => ({
      ...client,
      allowed_origins: [...client.allowed_origins.filter((o) => o !== refusedOrigin), ...(allowed ? [refusedOrigin] : [])],
      web_origins: [...client.web_origins.filter((o) => o !== refusedOrigin), ...(allowed ? [refusedOrigin] : [])],
    })),
  });
  let server: MockServer = await startMockServer({ port: 0, host: '127.0.0.1', tenant: tenantAllowing(false) });
  const port = Number(new URL(server.url).port);
  return {
    url: server.url,
    async allow() {
      await server.close();
      server = await startMockServer({ port, host: '127.0.0.1', tenant: tenantAllowing(true) });
    },
    close: () => server.close(),
  };
}
