import { randomBytes } from 'node:crypto';
import { bruteForceKey } from './brute-force';
import type { MockContext } from './context';
import { ApiError, apiError } from './http';
import { verifyNobody, verifyPassword } from './passwords';
import type { UserRecord } from './store';

export const WRONG_CREDENTIALS = 'Wrong email or password.';
export const BLOCKED_AFTER_ATTEMPTS =
  "Your account has been blocked after multiple consecutive login attempts. We've sent you a notification via your preferred contact method with instructions on how to unblock it.";
export const PASSWORD_LEAKED =
  'This login has been blocked because your password has been leaked in another website. We’ve sent you an email with instructions on how to unblock it.';

/**
 * Checks a username and password in a database connection, under the brute-force guard: one attempt per IP+user at
 * a time, a blocked pair answers 429, an unknown user costs the same key derivation and gets the same `wrong`
 * error as a wrong password, and both count as failures. Then the account states that only the right password may
 * learn (blocked, leaked, MFA), with the bodies /oauth/token gives. The same rules as the password-realm grant.
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
  const user = await ctx.bruteForce.exclusive(attemptKey, async () => {
    if (ctx.bruteForce.isBlocked(attemptKey)) throw apiError(429, 'too_many_attempts', BLOCKED_AFTER_ATTEMPTS);
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
  return user;
}
