import { randomBytes } from 'node:crypto';
import { bruteForceKey } from './brute-force';
import type { MockContext } from './context';
import { ApiError, apiError } from './http';
import { verifyNobody, verifyPassword } from './passwords';
import type { UserRecord } from './store';

export const WRONG_CREDENTIALS = 'Wrong email or password.';
export const BLOCKED_AFTER_ATTEMPTS =
  "Your account has been blocked after multiple consecutive login attempts. We've sent you a notification via your preferred contact method with instructions on how to unblock it.";
/** The per-user login limit's answer (Auth0 logs it as `limit_sul`); the same whether or not the account exists. */
export const TOO_MANY_LOGINS =
  'Too many login attempts for this user from your IP address. Please wait before trying again.';
/**
 * The longest an attempt waits for its turn on its IP + account pair (see `passwordLogin`) before it is answered 429
 * unchecked. Attempts on one pair run one by one, each behind a key derivation that may itself wait behind every
 * other pending one (MAX_PENDING_DERIVATIONS, password-capacity.ts): 20 sent at once could take a minute otherwise.
 */
export const MAX_LINE_WAIT_MS = 5_000;
export const PASSWORD_LEAKED =
  'This login has been blocked because your password has been leaked in another website. We’ve sent you an email with instructions on how to unblock it.';

/**
 * Checks a username and password in a database connection, under the brute-force guard: one attempt per IP+user at
 * a time, a blocked pair answers 429, an unknown user costs the same key derivation and gets the same `wrong`
 * error as a wrong password, and both count as failures. Then the account states that only the right password may
 * learn (blocked, leaked, MFA), with the bodies /oauth/token gives. The same rules as the password-realm grant.
 *
 * Before an attempt joins its pair's line, and before any password work: past the per-user login limit (20, then
 * 10 a minute per IP + account, right password or wrong, as Auth0 counts) it is answered 429 `too_many_requests`,
 * and a pair already blocked is answered 429 `too_many_attempts` at once. Attempts on one pair run one by one, each
 * behind a key derivation, so without the limit an IP allowed 30 token requests a second could queue more on one
 * account than the machine can hash, and the line would grow without end. Both checks key on the username as
 * typed, never on the user record, so they answer alike whether the account exists or not. The limit bounds the
 * line's length, not its wait: an attempt whose turn comes more than MAX_LINE_WAIT_MS after it arrived is answered
 * 429 `too_many_requests` without being checked, so every attempt is answered within that time plus one derivation.
 */
export async function passwordLogin(
  ctx: MockContext,
  ip: string,
  realm: string,
  username: string,
  password: string,
  wrong: ApiError,
): Promise<UserRecord> {
  const attemptKey = bruteForceKey(ip, realm, username);
  const rate = ctx.limits.login.take(attemptKey);
  if (!rate.allowed) throw apiError(429, 'too_many_requests', TOO_MANY_LOGINS, rate.headers);
  if (ctx.bruteForce.isBlocked(attemptKey)) throw blockedError();
  const arrived = ctx.now();
  const user = await ctx.bruteForce.exclusive(attemptKey, async () => {
    // Again in the line: an attempt that was waiting while the pair got blocked is refused unchecked.
    if (ctx.bruteForce.isBlocked(attemptKey)) throw blockedError();
    if (ctx.now() - arrived > MAX_LINE_WAIT_MS) {
      throw apiError(429, 'too_many_requests', TOO_MANY_LOGINS, { 'Retry-After': String(MAX_LINE_WAIT_MS / 1000) });
    }
    const found = ctx.store.findUser(realm, username);
    const valid = found
      ? await verifyPassword(password, found.password, ctx.derive)
      : await verifyNobody(password, ctx.hashCost, ctx.derive);
    if (!found || !valid) {
      ctx.bruteForce.recordFailure(attemptKey);
      throw wrong;
    }
    ctx.bruteForce.recordSuccess(attemptKey);
    return found;
  });
  // Checked only after the password, so these answers never tell a stranger that an account exists.
  if (user.blocked) throw apiError(401, 'unauthorized', 'user is blocked');
  if (user.leaked) throw apiError(401, 'password_leaked', PASSWORD_LEAKED);
  if (user.mfa) {
    throw new ApiError(403, {
      error: 'mfa_required',
      error_description: 'Multifactor authentication required',
      mfa_token: randomBytes(24).toString('base64url'),
      mfa_requirements: { challenge: [{ type: 'otp' }] },
    });
  }
  // A completed login, as the dashboard shows it (last login, its address, how many).
  user.lastLogin = ctx.now();
  user.lastIp = ip;
  user.loginsCount = (user.loginsCount ?? 0) + 1;
  return user;
}

function blockedError(): ApiError {
  return apiError(429, 'too_many_attempts', BLOCKED_AFTER_ATTEMPTS);
}
