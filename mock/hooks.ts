import { createHmac, randomBytes, randomUUID } from 'node:crypto';

/**
 * The post change password hook: after every password change the mock POSTs what Auth0 gives its
 * post-change-password hook (the user and the connection) to a URL the tenant's developers set, signed with their
 * secret, and keeps a log of every attempt. A failed delivery (no answer, a timeout, or a status outside 2xx) is
 * tried again after each of the retry delays. Delivery runs after the password change has been answered: it never
 * slows it down or makes it fail. The URL may be any http(s) address, this machine's included: it is where the
 * developer's own receiver runs.
 */

export interface HookConfig {
  readonly url: string;
  readonly secret: string;
  readonly enabled: boolean;
}

/**
 * The settings as the development endpoints show them: the secret only in the answer to the PUT that made or gave
 * it (shown once, as a webhook secret is), afterwards its last four characters so a developer can tell which one
 * their receiver holds.
 */
export interface HookView {
  readonly url: string | null;
  readonly enabled: boolean;
  readonly secret: string | null;
  readonly secret_hint: string | null;
}

/** What GET shows; `showSecret` only for the answer to the PUT that made or gave the secret. */
export function hookView(config: HookConfig | null, showSecret = false): HookView {
  if (!config) return { url: null, enabled: false, secret: null, secret_hint: null };
  return { url: config.url, enabled: config.enabled, secret: showSecret ? config.secret : null, secret_hint: `…${config.secret.slice(-4)}` };
}

export interface HookPayload {
  readonly event: 'post-change-password';
  readonly user: { readonly id: string; readonly email: string; readonly username?: string; readonly last_password_reset: string };
  readonly context: {
    readonly connection: { readonly id: string; readonly name: string; readonly tenant: string };
    /** The request that changed the password, as Auth0's event.request names it. */
    readonly request?: HookRequest;
  };
}

/** Auth0's event.request, without geoip (the mock has no address database). */
export interface HookRequest {
  readonly ip: string;
  readonly method: string;
  readonly hostname?: string;
  readonly user_agent?: string;
  readonly language?: string;
}

export interface DeliveryAttempt {
  readonly delivery: string;
  readonly event: 'post-change-password';
  readonly url: string;
  readonly attempt: number;
  /** The receiver's status, or null when no answer came. */
  readonly status: number | null;
  readonly error: string | null;
  readonly at: string;
  /** delivered: a 2xx; retrying: another attempt follows; failed: the last attempt failed too. */
  readonly outcome: 'delivered' | 'retrying' | 'failed';
}

export interface HookOptions {
  /** Milliseconds before each retry: [1000, 5000] by default, so three attempts in all. */
  readonly retryDelays?: readonly number[];
  /** How long a receiver may take to answer. */
  readonly timeoutMs?: number;
  readonly now: () => number;
}

/** The signature header: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>" with the secret>`. */
export function sign(secret: string, body: string, seconds: number): string {
  return `t=${seconds},v1=${createHmac('sha256', secret).update(`${seconds}.${body}`).digest('hex')}`;
}

export const SIGNATURE_HEADER = 'X-Latch-Signature';
/** The newest attempts kept; older ones fall off the log. */
const LOG_LIMIT = 200;

export class PostChangePasswordHook {
  private config: HookConfig | null = null;
  private log: DeliveryAttempt[] = [];
  private readonly pending = new Set<Promise<void>>();
  private generation = 0;

  constructor(private readonly options: HookOptions) {}

  get settings(): HookConfig | null {
    return this.config;
  }

  configure(config: { url: string; secret?: string; enabled: boolean }): HookConfig {
    this.config = { url: config.url, secret: config.secret ?? this.config?.secret ?? randomBytes(24).toString('base64url'), enabled: config.enabled };
    return this.config;
  }

  attempts(): readonly DeliveryAttempt[] {
    return [...this.log];
  }

  /** Resolves when every delivery under way has ended (delivered or given up). */
  async settled(): Promise<void> {
    while (this.pending.size > 0) await Promise.all(this.pending);
  }

  /** Sends the payload to the configured URL, if the hook is on; returns at once. */
  fire(payload: HookPayload): void {
    const config = this.config;
    if (!config?.enabled) return;
    const job = this.deliver(config, payload, this.generation);
    this.pending.add(job);
    void job.finally(() => this.pending.delete(job));
  }

  reset(): void {
    this.generation += 1;
    this.config = null;
    this.log = [];
  }

  private async deliver(config: HookConfig, payload: HookPayload, generation: number): Promise<void> {
    // After the answer that caused it.
    await new Promise((resolve) => setImmediate(resolve));
    const delivery = randomUUID();
    const body = JSON.stringify(payload);
    const delays = this.options.retryDelays ?? [1000, 5000];
    for (let attempt = 1; attempt <= delays.length + 1; attempt += 1) {
      if (generation !== this.generation) return;
      let status: number | null = null;
      let error: string | null = null;
      try {
        const response = await fetch(config.url, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'User-Agent': 'latch-mock-hooks', [SIGNATURE_HEADER]: sign(config.secret, body, Math.floor(this.options.now() / 1000)) },
          body,
          redirect: 'manual',
          signal: AbortSignal.timeout(this.options.timeoutMs ?? 5000),
        });
        status = response.status;
        await response.body?.cancel();
        if (status < 200 || status >= 300) error = `The receiver answered ${status}.`;
      } catch (caught) {
        error = caught instanceof Error ? (caught.name === 'TimeoutError' ? 'No answer in time.' : `${caught.message}${caught.cause instanceof Error ? `: ${caught.cause.message}` : ''}`) : String(caught);
      }
      const last = attempt > delays.length;
      const outcome = error === null ? 'delivered' : last ? 'failed' : 'retrying';
      if (generation !== this.generation) return;
      this.log.push({ delivery, event: payload.event, url: config.url, attempt, status, error, at: new Date(this.options.now()).toISOString(), outcome });
      if (this.log.length > LOG_LIMIT) this.log.splice(0, this.log.length - LOG_LIMIT);
      if (outcome !== 'retrying') return;
      await new Promise((resolve) => setTimeout(resolve, delays[attempt - 1]));
    }
  }
}
