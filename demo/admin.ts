import type { LatchOptions } from '../src/index';
import type { Email } from '../mock/outbox';

/**
 * The mock backend's development endpoints (/__tenant, /__outbox, /__faults, /__reset), served by the
 * same dev server as this page.
 */

export interface DemoUser {
  email: string;
  password: string;
  behaviour: 'ok' | 'blocked' | 'mfa' | 'leaked' | string;
}

export interface TenantInfo {
  name: string;
  clientId: string | null;
  domain: string;
  connection: string | null;
  /** The database connection's policy, which the mock enforces on sign-up and reset; null without one. */
  passwordPolicy: NonNullable<LatchOptions['passwordPolicy']> | null;
  users: DemoUser[];
}

/** The outbox's email shape is the mock's own. */
export type { Email };

export type FaultPath = '/co/authenticate' | '/oauth/token' | '/dbconnections/change_password' | '*';

export interface FaultSpec {
  path: FaultPath;
  status?: number;
  latencyMs?: number;
  network?: boolean;
  times?: number;
}

export interface Fault extends FaultSpec {
  id: string;
}

async function call(method: string, path: string, body?: unknown): Promise<Response> {
  const init: RequestInit = { method, cache: 'no-store' };
  if (body !== undefined) {
    init.headers = { 'Content-Type': 'application/json' };
    init.body = JSON.stringify(body);
  }
  const response = await fetch(path, init);
  if (!response.ok) {
    let detail = '';
    try {
      const json = (await response.json()) as { error_description?: string };
      detail = json.error_description ?? '';
    } catch {
      // not JSON: the status says enough
    }
    throw new Error(`${method} ${path} answered ${response.status}${detail ? `: ${detail}` : ''}`);
  }
  return response;
}

export const admin = {
  tenant: async () => (await (await call('GET', '/__tenant')).json()) as TenantInfo,
  outbox: async () => (await (await call('GET', '/__outbox')).json()) as Email[],
  clearOutbox: async () => void (await call('DELETE', '/__outbox')),
  faults: async () => (await (await call('GET', '/__faults')).json()) as Fault[],
  addFault: async (spec: FaultSpec) => (await (await call('POST', '/__faults', spec)).json()) as Fault,
  clearFaults: async () => void (await call('DELETE', '/__faults')),
  reset: async () => void (await call('POST', '/__reset')),
};

/** A failure's message, for the page's status lines. */
export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
