import type { IncomingMessage } from 'node:http';
import { invalidRequest, readBody } from './http';

/** The longest email address SMTP can carry (RFC 5321's 256-octet path minus its angle brackets). */
export const MAX_IDENTIFIER_LENGTH = 254;

/**
 * Characters no email or username may contain: C0 and C1 controls (U+0000–U+001F, U+007F–U+009F), zero-width
 * characters (U+200B–U+200D, U+2060, U+FEFF) and bidi controls (U+200E, U+200F, U+061C, U+202A–U+202E,
 * U+2066–U+2069). They are invisible or reorder text, so two addresses that look alike would name different
 * accounts (or, after trimming, the same rate-limit or brute-force key while reaching a different account).
 */
const FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\u200b-\u200d\u2060\ufeff\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/;

/**
 * Why an email or username is refused before any work is done on it (rate limits, brute-force counting,
 * hashing, tickets, user lookup), or undefined when it may go on. `field` names it in the description.
 * Length is counted in characters (code points), not UTF-16 units.
 */
export function identifierProblem(value: string, field = 'email'): string | undefined {
  // value.length counts UTF-16 units, never fewer than code points: only a long string needs counting.
  if (value.length > MAX_IDENTIFIER_LENGTH && countCodePoints(value) > MAX_IDENTIFIER_LENGTH) {
    return `${field} must be at most ${MAX_IDENTIFIER_LENGTH} characters`;
  }
  if (FORBIDDEN.test(value)) return `${field} must not contain control, zero-width or direction-changing characters`;
  return undefined;
}

function countCodePoints(value: string): number {
  let count = 0;
  for (let i = 0; i < value.length; i += 1) {
    const unit = value.charCodeAt(i);
    // A high surrogate followed by a low one is one character.
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < value.length) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i += 1;
    }
    count += 1;
  }
  return count;
}

/**
 * Reads a request body for a route that rate-limits it, and refuses a malformed `email` at once, before anything is
 * counted for it (junk that trims to a real address must not use up that address's limit). A body that cannot be
 * read is not refused here: its error comes back to be answered after the rate limit, as for any other request.
 */
export async function readBodyWithEmail(req: IncomingMessage): Promise<{ body: Record<string, unknown>; error: unknown }> {
  const parsed = await readBody(req).then(
    (body) => ({ body, error: undefined as unknown }),
    (error: unknown) => ({ body: {} as Record<string, unknown>, error }),
  );
  if (typeof parsed.body.email === 'string') {
    const problem = identifierProblem(parsed.body.email, 'email');
    if (problem) throw invalidRequest(problem);
  }
  return parsed;
}
