// The dashboard's only way to the tenant: the mock's public Management API (/api/v2/…) with the management token, and
// the Authentication API a real dashboard would call on the user's behalf. No private shortcut.

/** A refusal from the API, in words for the page: the Management API's `message`, or the Authentication API's description. */
export class DashboardError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly body: unknown,
  ) {
    super(message);
  }
}

export interface Api {
  /** Management API v2: `path` under /api/v2, e.g. `/users?q=…`. */
  management<T>(method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', path: string, body?: unknown): Promise<T>;
  /** Any other of the mock's paths (the Authentication API, the development endpoints), same origin. */
  request<T>(method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', path: string, body?: unknown, headers?: Record<string, string>): Promise<T>;
  /** What /__tenant says: the tenant's name, its client for password login and its database connection. */
  readonly tenant: TenantSummary;
}

export interface TenantSummary {
  readonly name: string;
  readonly clientId: string | null;
  readonly connection: string | null;
  readonly domain: string;
}

function describe(status: number, body: unknown): string {
  if (body && typeof body === 'object') {
    const b = body as Record<string, unknown>;
    for (const key of ['message', 'error_description', 'description', 'error']) {
      if (typeof b[key] === 'string' && b[key] !== '') return b[key] as string;
    }
  }
  if (typeof body === 'string' && body !== '') return body;
  return `The mock answered ${status}.`;
}

async function send<T>(method: string, path: string, body: unknown, headers: Record<string, string>): Promise<T> {
  const response = await fetch(path, {
    method,
    headers: { Accept: 'application/json', ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: 'omit',
  });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text === '' ? undefined : JSON.parse(text);
  } catch {
    // Not JSON (change_password answers text): kept as the text.
  }
  if (!response.ok) throw new DashboardError(response.status, describe(response.status, parsed), parsed);
  return parsed as T;
}

/** Reads the management token from /__tenant (a development endpoint: this origin only), then talks to the API with it. */
export async function connect(): Promise<Api> {
  const info = await send<TenantSummary & { managementApiToken: string }>('GET', '/__tenant', undefined, {});
  const auth = { Authorization: `Bearer ${info.managementApiToken}` };
  return {
    tenant: { name: info.name, clientId: info.clientId, connection: info.connection, domain: info.domain },
    management: (method, path, body) => send(method, `/api/v2${path}`, body, auth),
    request: (method, path, body, headers = {}) => send(method, path, body, headers),
  };
}

/** Says how an action went in a section's live status line, in the tone of its outcome. */
export function report(status: HTMLElement, text: string, tone: 'ok' | 'error'): void {
  status.textContent = text;
  status.className = `status ${tone}`;
}

/** An error's words for the page. */
export const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));
