import type { Exchange, MockContext } from './context';
import type { HookRequest } from './hooks';
import { checkHistory, checkNewPassword, type PasswordProblem } from './password-rules';
import { hashPasswordAsync } from './passwords';
import { endSessionsOf } from './sessions';
import type { UserRecord } from './store';
import type { ResetTicket } from './tickets';

/**
 * Changes a user's password after the connection's checks (strength, dictionary, personal data,
 * history). On success the ticket used (if any) is spent, the user's other reset links, access tokens, login
 * sessions and refresh tokens end, their brute-force blocks are lifted, and the post change password hook is sent. Returns the refusal, if any, and changes nothing then.
 */
export async function changeUserPassword(
  ctx: MockContext,
  user: UserRecord,
  password: string,
  ticket?: ResetTicket,
  request?: HookRequest,
): Promise<PasswordProblem | undefined> {
  const connection = ctx.store.findDatabaseConnection(user.connection);
  if (connection) {
    const problem =
      checkNewPassword(password, connection.options, user) ?? (await checkHistory(password, connection.options, user.history, ctx.derive));
    if (problem) return problem;
  }
  const hash = await hashPasswordAsync(password, ctx.hashCost, ctx.derive);
  if (ticket) ctx.store.tickets.spend(ticket);
  ctx.store.setPassword(user, hash);
  endSessionsOf(ctx, user.user_id);
  ctx.bruteForce.clearUser(user.connection, user.email);
  ctx.hooks.postChangePassword.fire({
    event: 'post-change-password',
    user: { id: user.user_id, email: user.email, ...(user.username ? { username: user.username } : {}), last_password_reset: new Date(ctx.now()).toISOString() },
    context: { connection: { id: connection?.id ?? '', name: user.connection, tenant: ctx.tenant.name }, ...(request ? { request } : {}) },
  });
  return undefined;
}

/** What the post change password hook tells of the request that changed a password. */
export function hookRequest({ req, ip }: Exchange): HookRequest {
  const header = (name: string) => {
    const value = req.headers[name];
    return typeof value === 'string' && value !== '' ? value.slice(0, 512) : undefined;
  };
  const hostname = header('host')?.replace(/:\d+$/, '');
  const userAgent = header('user-agent');
  const language = header('accept-language')?.split(',')[0]?.split(';')[0]?.trim().replace(/^\*$/, '');
  return { ip, method: req.method ?? 'POST', ...(hostname ? { hostname } : {}), ...(userAgent ? { user_agent: userAgent } : {}), ...(language ? { language } : {}) };
}
