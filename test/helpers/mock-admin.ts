/**
 * The mock backend's admin endpoints over real HTTP, so tests set up and inspect the backend
 * directly instead of clicking through the demo's panels.
 */

export interface OutboxEmail {
  id: string;
  to: string;
  from: string;
  subject: string;
  text: string;
  link: string;
  createdAt: string;
}

export interface TenantInfo {
  name: string;
  clientId: string;
  domain: string;
  connection: string;
  users: { email: string; password: string; behaviour: string }[];
}

export interface FaultSpec {
  path: '/oauth/token' | '/dbconnections/change_password' | '*';
  status?: number;
  latencyMs?: number;
  network?: boolean;
  times?: number;
}

async function call(url: string, method: string, body?: unknown): Promise<Response> {
  const init: RequestInit = { method };
  if (body !== undefined) {
    init.headers = { 'Content-Type': 'application/json' };
    init.body = JSON.stringify(body);
  }
  const response = await fetch(url, init);
  if (!response.ok) throw new Error(`${method} ${url} answered ${response.status}: ${await response.text()}`);
  return response;
}

export function mockAdmin(origin: string) {
  return {
    /** Users, rate limits, outbox and faults back to the tenant file. */
    async reset(): Promise<void> {
      await call(`${origin}/__reset`, 'POST');
    },
    /** The demo client, connection and users, as the demo page reads them. */
    async tenant(): Promise<TenantInfo> {
      return (await (await call(`${origin}/__tenant`, 'GET')).json()) as TenantInfo;
    },
    async outbox(): Promise<OutboxEmail[]> {
      return (await (await call(`${origin}/__outbox`, 'GET')).json()) as OutboxEmail[];
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
