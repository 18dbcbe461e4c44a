// `latch/reset-page`: the reset-password flow, for the page a tenant hosts at the link in a reset email. Importing
// this entry adds the flow to Latch (as a language file adds a language); `startResetPage()` starts the widget on
// such a page the way the hosted page at `/lo/reset` does. Sites that only log people in never load any of it.
import { addFlow } from './flows/registry';
import { resetFlow } from './flows/reset';
import type { ResetPayload } from './flows/reset/reset.types';
import { Latch } from './latch';
import type { LatchOptions, LinkState } from './options';
import type { PolicyLevel } from './policy';

addFlow(resetFlow);

export interface ResetPageOptions {
  /** The element that holds the page's data attributes and receives the form. @default '#latch-reset' */
  container?: string | HTMLElement;
  /** The API origin. @default location.origin (the hosted page is served by the tenant's domain) */
  domain?: string;
  /**
   * Any other widget option (theme, language, languageDictionary, …). What the page says wins where both speak:
   * the container, the first screen, the link, the policy and the connection come from the page. @default {}
   */
  options?: LatchOptions;
  /** Where the browser lives; injected by tests. @default window */
  window?: Window;
}

const LINK_STATES: readonly LinkState[] = ['valid', 'expired', 'used', 'invalid'];
const LEVELS: readonly PolicyLevel[] = ['none', 'low', 'fair', 'good', 'excellent'];
const pick = <T extends string>(values: readonly T[], value: string | undefined, fallback: T): T =>
  values.find((known) => known === value) ?? fallback;

/**
 * Starts the widget on a hosted reset page and returns it, or null when the page has no container. It reads:
 * - the ticket from the address (`?ticket=…`), and takes it out of the address bar and history at once, since it is
 *   a bearer secret;
 * - the CSRF token from `<meta name="latch-csrf" content="…">`;
 * - from the container's data attributes: `data-client-id`, `data-connection`, `data-email`, `data-state` (valid,
 *   expired, used or invalid: how the server saw the link), `data-policy`, `data-min-length`, and `data-language`
 *   (a language added with `addLanguage`, for example by a `locales/<code>.global.js` script).
 * After a successful reset it follows the tenant's "Redirect To" address when the server gives one (web addresses only).
 */
export function startResetPage(config: ResetPageOptions = {}): Latch | null {
  const win = config.window ?? window;
  const { document: doc, location, history } = win;
  const params = new URLSearchParams(location.search);
  const ticket = params.get('ticket') ?? '';
  if (params.has('ticket')) {
    params.delete('ticket');
    const rest = params.toString();
    history.replaceState(null, '', location.pathname + (rest ? `?${rest}` : ''));
  }
  const target = config.container ?? '#latch-reset';
  const root = typeof target === 'string' ? doc.querySelector<HTMLElement>(target) : target;
  if (!root) return null;
  const data = root.dataset;
  const extra = config.options ?? {};
  const latch = new Latch(data.clientId ?? '', config.domain ?? location.origin, {
    // The page may name its language; `options.language` still wins.
    ...(data.language ? { language: data.language } : {}),
    // The login offered after a reset stays on this page (a hidden frame): the page is no callback of the
    // application's to come back to, and the session it opens is the tenant's, as a login there would be.
    auth: { redirect: false },
    ...extra,
    container: root,
    initialScreen: 'resetPassword',
    resetPassword: {
      ticket,
      csrf: doc.querySelector('meta[name="latch-csrf"]')?.getAttribute('content') ?? '',
      email: data.email ?? '',
      state: pick(LINK_STATES, data.state, 'invalid'),
    },
    passwordPolicy: { level: pick(LEVELS, data.policy, 'none'), minLength: Number(data.minLength) || undefined },
    ...(data.connection ? { defaultDatabaseConnection: data.connection } : {}),
  });
  latch.on('password_reset success', (payload) => {
    // The server builds redirectTo from its own configuration; still, only follow web addresses.
    const redirectTo = (payload as ResetPayload | undefined)?.redirectTo;
    if (typeof redirectTo === 'string' && /^https?:\/\//i.test(redirectTo)) location.assign(redirectTo);
  });
  latch.show();
  return latch;
}

export { Latch, resetFlow };
export type { ResetPayload };
