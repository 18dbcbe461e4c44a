import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Bodies above this are refused: the API only ever receives a handful of short fields. */
export const MAX_BODY_BYTES = 100 * 1024;
/** A refused body is still read (and discarded) up to this size so the client gets the answer. */
const MAX_DRAIN_BYTES = 10 * 1024 * 1024;

export type Headers = Record<string, string>;

/** An error that becomes an HTTP answer: thrown by handlers, written by the app. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: Record<string, unknown>,
    readonly headers: Headers = {},
  ) {
    super(typeof body.error_description === 'string' ? body.error_description : String(body.error));
    this.name = 'ApiError';
  }
}

/** The OAuth envelope `{error, error_description}` used by every endpoint of the mock. */
export function apiError(status: number, error: string, description: string, headers: Headers = {}): ApiError {
  return new ApiError(status, { error, error_description: description }, headers);
}

export function invalidRequest(description: string): ApiError {
  return apiError(400, 'invalid_request', description);
}

export function setHeaders(res: ServerResponse, headers: Headers): void {
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Headers = {}): void {
  sendText(res, status, JSON.stringify(body), 'application/json; charset=utf-8', headers);
}

export function sendText(
  res: ServerResponse,
  status: number,
  text: string,
  contentType: string,
  headers: Headers = {},
): void {
  setHeaders(res, headers);
  res.statusCode = status;
  res.setHeader('Content-Type', contentType);
  res.setHeader('Content-Length', Buffer.byteLength(text));
  res.end(text);
}

export function sendEmpty(res: ServerResponse, status: number, headers: Headers = {}): void {
  setHeaders(res, headers);
  res.statusCode = status;
  res.end();
}

/**
 * Reads a JSON or form-encoded body into a plain object. Other content types are refused, which also
 * keeps "simple" cross-origin requests (text/plain, no preflight) from reaching the handlers.
 */
export async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const raw = (await readRaw(req)).toString('utf8');
  if (raw.trim() === '') return {};
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'application/x-www-form-urlencoded') {
    return Object.fromEntries(new URLSearchParams(raw));
  }
  if (type !== 'application/json' && !type.endsWith('+json')) {
    throw invalidRequest('Unsupported Content-Type: send application/json or application/x-www-form-urlencoded.');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw invalidRequest('The request body is not valid JSON.');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw invalidRequest('The request body must be a JSON object.');
  }
  return parsed as Record<string, unknown>;
}

async function readRaw(req: IncomingMessage): Promise<Buffer> {
  // A declared length over the limit is answered at once, before a byte is read, and the connection then closes:
  // reading (or resetting) a body of any size is not needed to say it is too large.
  if (Number(req.headers['content-length']) > MAX_BODY_BYTES) {
    throw apiError(413, 'invalid_request', 'The request body is larger than 100 KB.', { Connection: 'close' });
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_DRAIN_BYTES) {
      req.destroy();
      break;
    }
    if (size <= MAX_BODY_BYTES) chunks.push(chunk);
  }
  if (size > MAX_BODY_BYTES) {
    throw apiError(413, 'invalid_request', 'The request body is larger than 100 KB.');
  }
  return Buffer.concat(chunks);
}

/** Discards an unread body so an early answer (fault, 404) reaches the client intact. */
export function drain(req: IncomingMessage): void {
  if (!req.readableEnded) req.resume();
}

/** A string field: undefined when absent or empty, 400 when it has another type. */
export function stringField(body: Record<string, unknown>, name: string): string | undefined {
  const value = body[name];
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') {
    const found = Array.isArray(value) ? 'array' : typeof value;
    throw invalidRequest(`Invalid type for property ${name}: expected string but found ${found}.`);
  }
  return value;
}

/** The caller's address as the socket sees it; forwarded-for headers are not trusted. */
export function clientIp(req: IncomingMessage): string {
  return req.socket.remoteAddress ?? 'unknown';
}

/** Compared in constant time: both sides are hashed to the same length first, whatever was sent. */
export function sameSecret(given: string, expected: string): boolean {
  const hash = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(hash(given), hash(expected));
}

/** Whether the request carries `Authorization: Bearer <expected>`, checked in constant time. */
export function hasBearer(req: IncomingMessage, expected: string): boolean {
  const token = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '')?.[1];
  return sameSecret(token ?? '', expected) && token !== undefined;
}
