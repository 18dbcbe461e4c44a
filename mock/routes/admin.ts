import type { Exchange } from '../context';
import { parseFaultSpec } from '../faults';
import { invalidRequest, readBody, sendEmpty, sendJson } from '../http';
import { minLengthOf } from '../../src/policy';
import { PASSWORD_REALM_GRANT } from '../tenant';

// Development tools for the demo and the tests. They expose demo passwords and reset state, so the
// mock must never hold real users.

/** GET /__tenant: what a demo page needs to log in. */
export function tenantInfo({ res, ctx }: Exchange): void {
  const { tenant } = ctx;
  const client = tenant.clients.find((c) => c.grant_types.includes(PASSWORD_REALM_GRANT)) ?? tenant.clients[0];
  const connection = tenant.connections.find((c) => c.strategy === 'auth0');
  sendJson(res, 200, {
    name: tenant.name,
    clientId: client?.client_id ?? null,
    domain: tenant.publicUrl,
    connection: connection?.name ?? null,
    allowedOrigins: client?.allowed_origins ?? [],
    // What a signup or reset form should check before it posts (the same rules the mock enforces).
    passwordPolicy: connection
      ? {
          level: connection.options.passwordPolicy,
          minLength: minLengthOf({
            level: connection.options.passwordPolicy,
            minLength: connection.options.password_complexity_options.min_length,
          }),
        }
      : null,
    managementApiToken: tenant.managementApiToken,
    users: tenant.users.map((u) => ({
      email: u.email,
      password: u.password,
      behaviour: u.blocked ? 'blocked' : u.mfa ? 'mfa' : u.leaked ? 'leaked' : 'ok',
    })),
  });
}

/** GET /__outbox: sent emails, oldest first. */
export async function listOutbox({ res, ctx }: Exchange): Promise<void> {
  await ctx.outbox.settled();
  sendJson(res, 200, ctx.outbox.list());
}

/** DELETE /__outbox */
export function clearOutbox({ res, ctx }: Exchange): void {
  ctx.outbox.clear();
  sendEmpty(res, 204);
}

/** POST /__faults */
export async function addFault({ req, res, ctx }: Exchange): Promise<void> {
  const fault = ctx.faults.add(parseFaultSpec(await readBody(req)));
  sendJson(res, 201, fault);
}

/** GET /__faults */
export function listFaults({ res, ctx }: Exchange): void {
  sendJson(res, 200, ctx.faults.list());
}

/** DELETE /__faults */
export function clearFaults({ res, ctx }: Exchange): void {
  ctx.faults.clear();
  sendEmpty(res, 204);
}

/** GET /__clock: the mock's time and how far /__clock has moved it. */
export function readClock({ res, ctx }: Exchange): void {
  sendJson(res, 200, { now: new Date(ctx.now()).toISOString(), offsetSeconds: ctx.clock.offsetSeconds });
}

/** How far POST /__clock may move the clock ahead, in all: 100 years. */
const MAX_OFFSET_SECONDS = 100 * 365 * 24 * 3600;

/** POST /__clock `{"advanceSeconds": N}`: moves time forward, e.g. to expire a reset link. */
export async function advanceClock(exchange: Exchange): Promise<void> {
  const { advanceSeconds } = await readBody(exchange.req);
  if (typeof advanceSeconds !== 'number' || !Number.isFinite(advanceSeconds) || advanceSeconds < 0) {
    throw invalidRequest('advanceSeconds must be a number of seconds, 0 or more.');
  }
  // Past a century the mock's dates (email headers, token times) would run off what a Date can hold.
  if (exchange.ctx.clock.offsetSeconds + advanceSeconds > MAX_OFFSET_SECONDS) {
    throw invalidRequest(`The clock can move at most ${MAX_OFFSET_SECONDS} seconds (100 years) ahead in all; POST /__reset puts it back.`);
  }
  exchange.ctx.clock.advance(advanceSeconds * 1000);
  readClock(exchange);
}

/** POST /__reset: users, rate limits, brute-force blocks, tokens, outbox, faults and clock as at start. */
export function resetAll({ res, ctx }: Exchange): void {
  ctx.reset();
  sendEmpty(res, 204);
}
