/**
 * The mock backend's admin endpoints over real HTTP, so tests set up and inspect the backend
 * directly instead of clicking through the demo's panels.
 */
import type { Email as OutboxEmail } from '../../mock/outbox';

/** What GET /__outbox lists: the mock's own email shape. */
export type { OutboxEmail };

export interface TenantInfo {
  name: string;
  clientId: string;
  domain: string;
  connection: string;
  /** The database connection's password policy, which the mock enforces on sign-up and reset. */
  passwordPolicy: { level: string; minLength: number } | null;
  users: { email: string; password: string; behaviour: string }[];
}

export interface FaultSpec {
  /** /co/authenticate is the login's first request (the demo's default); /oauth/token is the password-realm grant's. */
  path: '/co/authenticate' | '/oauth/token' | '/dbconnections/change_password' | '*';
  status?: number;
  latencyMs?: number;
  network?: boolean;
  times?: number;
}

/** The development endpoints want the management token from callers other than the demo's own pages. */
const ADMIN_AUTH = { Authorization: 'Bearer latch-demo-management-token' };

async function call(url: string, method: string, body?: unknown): Promise<Response> {
  const init: RequestInit = { method, headers: ADMIN_AUTH };
  if (body !== undefined) {
    init.headers = { ...ADMIN_AUTH, 'Content-Type': 'application/json' };
    init.body = JSON.stringify(body);
  }
  const response = await fetch(url, init);
  if (!response.ok) throw new Error(`${method} ${url} answered ${response.status}: ${await response.text()}`);
  return response;
}

export function mockAdmin(origin: string) {
  const tenant = async (): Promise<TenantInfo> => (await (await call(`${origin}/__tenant`, 'GET')).json()) as TenantInfo;
  const outbox = async (): Promise<OutboxEmail[]> => (await (await call(`${origin}/__outbox`, 'GET')).json()) as OutboxEmail[];
  return {
    /** Users, rate limits, outbox and faults back to the tenant file. */
    async reset(): Promise<void> {
      await call(`${origin}/__reset`, 'POST');
    },
    /** The demo client, connection and users, as the demo page reads them. */
    tenant,
    outbox,
    /** Moves the mock's clock forward, e.g. past a reset link's lifetime. */
    async advanceClock(seconds: number): Promise<void> {
      await call(`${origin}/__clock`, 'POST', { advanceSeconds: seconds });
    },
    /**
     * Asks for a reset email as the widget's forgot-password screen does, for tests whose subject is
     * what happens after the email (the screen itself has its own tests). Answers the email's link.
     */
    async requestPasswordReset(email: string): Promise<string> {
      const { clientId, connection } = await tenant();
      await call(`${origin}/dbconnections/change_password`, 'POST', { client_id: clientId, email, connection });
      const sent = (await outbox()).filter((message) => message.to === email).at(-1);
      if (!sent?.link) throw new Error(`No reset email for ${email} reached the outbox.`);
      return sent.link;
    },
    async addFault(spec: FaultSpec): Promise<void> {
      await call(`${origin}/__faults`, 'POST', spec);
    },
    async clearFaults(): Promise<void> {
      await call(`${origin}/__faults`, 'DELETE');
    },
  };
}

export type MockAdmin = ReturnType<typeof mockAdmin>;
