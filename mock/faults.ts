import { randomUUID } from 'node:crypto';
import { STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import { ApiError, drain, invalidRequest, sendJson, sendText, type Headers } from './http';

/** What to do to a request: wait, then drop the connection or answer with a forced error status. */
export interface FaultEffect {
  status?: number;
  latencyMs?: number;
  network?: boolean;
  /**
   * 'html': the forced status comes with a text/html page instead of the JSON error, as a proxy, a
   * load balancer or a captive portal answers. Only then may the status be 200 (a page where the API's
   * JSON was expected).
   */
  body?: 'html';
}

/** POST /__faults body. `path` is an API path or '*' for every API endpoint. */
export interface FaultSpec extends FaultEffect {
  path: string;
  /** How many requests it applies to; absent means until DELETE /__faults or /__reset. */
  times?: number;
}

export interface Fault extends FaultSpec {
  id: string;
}

/** Long enough to show any spinner, short enough not to hang a test run by mistake. */
const MAX_LATENCY_MS = 60_000;

export class FaultRegistry {
  private faults: Fault[] = [];

  add(spec: FaultSpec): Fault {
    const fault: Fault = { id: randomUUID(), ...spec };
    this.faults.push(fault);
    return fault;
  }

  list(): readonly Fault[] {
    return this.faults.map((fault) => ({ ...fault }));
  }

  clear(): void {
    this.faults = [];
  }

  /** The oldest fault matching the path, used up by one when it has a `times` budget. */
  take(path: string): FaultEffect | undefined {
    const fault = this.faults.find((f) => f.path === path || f.path === '*');
    if (!fault) return undefined;
    if (fault.times !== undefined) {
      fault.times -= 1;
      if (fault.times <= 0) this.faults = this.faults.filter((f) => f !== fault);
    }
    return effectOf(fault);
  }
}

function effectOf(fault: FaultSpec): FaultEffect {
  const effect: FaultEffect = {};
  if (fault.status !== undefined) effect.status = fault.status;
  if (fault.latencyMs !== undefined) effect.latencyMs = fault.latencyMs;
  if (fault.network) effect.network = true;
  if (fault.body !== undefined) effect.body = fault.body;
  return effect;
}

export function parseFaultSpec(body: Record<string, unknown>): FaultSpec {
  const { path, times } = body;
  if (typeof path !== 'string' || (path !== '*' && !path.startsWith('/'))) {
    throw invalidRequest('path must be an API path such as "/oauth/token", or "*".');
  }
  const spec: FaultSpec = { path, ...parseEffect(body.status, body.latencyMs, body.network, body.body) };
  if (times !== undefined) {
    if (!Number.isInteger(times) || (times as number) < 1) throw invalidRequest('times must be a positive integer.');
    spec.times = times as number;
  }
  return spec;
}

/** The X-Latch-Fault header: `status=503; latency=1000; network; body=html`, for one request. */
export function parseFaultHeader(value: string): FaultEffect {
  let status: unknown;
  let latency: unknown;
  let network: unknown;
  let body: unknown;
  for (const part of value.split(';')) {
    const [rawName = '', rawValue] = part.split('=', 2);
    const name = rawName.trim().toLowerCase();
    if (name === '') continue;
    if (name === 'network') network = true;
    else if (name === 'status') status = Number(rawValue);
    else if (name === 'latency' || name === 'latencyms') latency = Number(rawValue);
    else if (name === 'body') body = rawValue?.trim().toLowerCase();
    else throw invalidRequest(`Unknown X-Latch-Fault directive: ${name}.`);
  }
  return parseEffect(status, latency, network, body);
}

function parseEffect(status: unknown, latencyMs: unknown, network: unknown, body: unknown): FaultEffect {
  const effect: FaultEffect = {};
  if (body !== undefined) {
    if (body !== 'html') throw invalidRequest('body must be "html".');
    if (status === undefined) throw invalidRequest('body needs a status to answer with.');
    effect.body = 'html';
  }
  if (status !== undefined) {
    // A page with 200 stands for a proxy or portal answering in the API's place; a JSON 200 would be
    // the real endpoint's job.
    const pageOk = effect.body === 'html' && status === 200;
    if (!pageOk && (!Number.isInteger(status) || (status as number) < 400 || (status as number) > 599)) {
      throw invalidRequest(
        effect.body === 'html'
          ? 'status must be 200 or an error status from 400 to 599.'
          : 'status must be an error status from 400 to 599.',
      );
    }
    effect.status = status as number;
  }
  if (latencyMs !== undefined) {
    if (typeof latencyMs !== 'number' || !Number.isFinite(latencyMs) || latencyMs < 0 || latencyMs > MAX_LATENCY_MS) {
      throw invalidRequest(`latencyMs must be a number from 0 to ${MAX_LATENCY_MS}.`);
    }
    effect.latencyMs = latencyMs;
  }
  if (network !== undefined) {
    if (typeof network !== 'boolean') throw invalidRequest('network must be a boolean.');
    if (network) effect.network = true;
  }
  if (effect.status === undefined && effect.latencyMs === undefined && !effect.network) {
    throw invalidRequest('A fault needs at least one of status, latencyMs or network.');
  }
  return effect;
}

/**
 * Carries out a fault. Returns true when the request has been dealt with (answered or dropped) and
 * false when only latency was added and the real handler should run.
 */
export async function applyFault(
  effect: FaultEffect,
  req: IncomingMessage,
  res: ServerResponse,
  rateLimitedHeaders: () => Headers,
): Promise<boolean> {
  if (effect.latencyMs) await new Promise((resolve) => setTimeout(resolve, effect.latencyMs));
  if (effect.network) {
    // No status line at all: the browser's fetch rejects as it does when the network is down.
    req.socket.destroy();
    return true;
  }
  if (effect.status === undefined) return false;
  drain(req);
  const error = forcedError(effect.status, effect.status === 429 ? rateLimitedHeaders() : {});
  if (effect.body === 'html') sendText(res, error.status, htmlPage(error.status), 'text/html; charset=utf-8', error.headers);
  else sendJson(res, error.status, error.body, error.headers);
  return true;
}

/** The kind of page a gateway shows: no JSON anywhere, not even an error code to read. */
function htmlPage(status: number): string {
  const title = `${status} ${STATUS_CODES[status] ?? 'Error'}`;
  return `<!doctype html><html><head><title>${title}</title></head><body><h1>${title}</h1><hr><p>gateway</p></body></html>\n`;
}

function forcedError(status: number, headers: Headers): ApiError {
  const [error, description] =
    status === 429
      ? ['too_many_requests', 'Too many requests. Wait before trying again.']
      : status === 503
        ? ['temporarily_unavailable', 'The service is temporarily unavailable. Try again later.']
        : status >= 500
          ? ['server_error', 'The server failed to handle the request.']
          : (FORCED_CLIENT_ERRORS[status] ?? ['invalid_request', 'The request was refused.']);
  return new ApiError(status, { error, error_description: description }, headers);
}

const FORCED_CLIENT_ERRORS: Record<number, [string, string]> = {
  401: ['unauthorized', 'Unauthorized.'],
  403: ['access_denied', 'Access denied.'],
  404: ['not_found', 'Not found.'],
};
