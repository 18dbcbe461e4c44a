import type { RequestError } from '../machine/errors';
import type { RuleCheck } from '../policy';

/**
 * One normalised error for the three Auth0 envelopes (OAuth, DB-connection, legacy rate limit): the machine's own
 * error type, which this layer maps every response onto.
 */
export type ApiError = RequestError;
export type { RequestErrorKind as ApiErrorKind } from '../machine/errors';

const pickString = (body: Record<string, unknown>, keys: readonly string[]): string => {
  for (const key of keys) {
    const value = body[key];
    if (typeof value === 'string' && value !== '') return value;
    if (typeof value === 'number') return String(value);
  }
  return '';
};

/** Normalises a parsed error body the way auth0.js does (auth0-api.md §0). */
export function normalizeError(status: number, body: unknown, retryAfter?: number): ApiError {
  // A JSON array has none of the fields read here, so it needs no case of its own.
  const record: Record<string, unknown> =
    body !== null && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  // DB-connection errors may carry a rule object as `description`; its sentence is in `message`.
  let description = pickString(record, ['error_description', 'description', 'error', 'details', 'message']);
  if (typeof body === 'string') description = body;
  const error: {
    -readonly [K in keyof ApiError]: ApiError[K];
  } = {
    kind: 'http',
    status,
    code: pickString(record, ['code', 'error', 'error_code', 'status']),
    description,
  };
  if (typeof record.name === 'string') error.name = record.name;
  if (typeof record.policy === 'string') error.policy = record.policy;
  const rules = (record.description as { rules?: unknown } | undefined)?.rules;
  if (Array.isArray(rules)) error.rules = rules as RuleCheck[];
  if (retryAfter !== undefined) error.retryAfter = retryAfter;
  return error;
}
