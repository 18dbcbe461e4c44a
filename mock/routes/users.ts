import type { Exchange, MockContext } from '../context';
import { sendEmpty, sendJson } from '../http';
import { endSessionsOf } from '../sessions';
import type { UserRecord } from '../store';
import { authorize, mgmtError, userView } from './management';

// The Management API's user routes a tenant's dashboard needs: list and search, read, delete, the user's sessions,
// and the brute-force blocks on the user (user-blocks). PATCH /api/v2/users/{id} is in management.ts.

export const USER_SESSIONS_PATH = /^\/api\/v2\/users\/[^/]+\/sessions$/;
export const USER_BLOCKS_PATH = /^\/api\/v2\/user-blocks\/[^/]+$/;

function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw mgmtError(400, 'Path validation error: the id is not a valid URI component.', 'invalid_uri');
  }
}

function userAt(ctx: MockContext, segment: string): UserRecord {
  const user = ctx.store.findUserById(decoded(segment));
  if (!user) throw mgmtError(404, 'The user does not exist.', 'inexistent_user');
  return user;
}

/** The user id in /api/v2/users/{id}[/…]. */
const idOf = (path: string) => path.split('/')[4] ?? '';

/** Fields a search can name, and how each reads from a user. */
const FIELDS: Readonly<Record<string, (user: UserRecord) => string>> = {
  email: (u) => u.email,
  name: (u) => u.name,
  username: (u) => u.username ?? '',
  user_id: (u) => u.user_id,
  blocked: (u) => String(u.blocked),
  email_verified: (u) => String(u.email_verified),
  'identities.connection': (u) => u.connection,
  connection: (u) => u.connection,
};

type Term = (user: UserRecord) => boolean;

/** `text`, `text*` or `*text*` against one value, case-insensitive; a wildcard only at the ends. */
function matcher(pattern: string, exact: boolean): (value: string) => boolean {
  const p = pattern.toLowerCase();
  const start = p.startsWith('*');
  const end = p.endsWith('*') && p.length > 1;
  const core = p.slice(start ? 1 : 0, end ? -1 : undefined);
  if (core.includes('*')) throw mgmtError(400, `Query validation error: a wildcard may only start or end a term ("${pattern}").`, 'invalid_query_string');
  if (start && end) return (value) => value.toLowerCase().includes(core);
  if (end) return (value) => value.toLowerCase().startsWith(core);
  if (start) return (value) => value.toLowerCase().endsWith(core);
  return exact ? (value) => value.toLowerCase() === core : (value) => value.toLowerCase().includes(core);
}

/**
 * Auth0's user search (Lucene syntax, v3), the part a dashboard uses: terms joined by spaces or AND (all must hold),
 * OR between such runs (any run may hold), NOT or a leading `-` to negate one term; each term `field:value`,
 * `field:"a phrase"`, `field:pre*`, or free text matched against email, name, username and id. What it cannot read
 * (parentheses, ranges, a dangling operator, an unclosed quote, an unknown field) is refused with a 400 naming it,
 * never guessed at.
 */
export function parseQuery(q: string): Term {
  const refuse = (why: string) => mgmtError(400, `Query validation error: ${why}`, 'invalid_query_string');
  const runs: Term[][] = [[]];
  const re = /\s*(-)?(?:([\w.]+):)?(?:"([^"]*)"|([^\s"()[\]{}]+))\s*/y;
  const rest = q.trim();
  let negate = false;
  let pendingOperator: string | undefined;
  let index = 0;
  while (index < rest.length) {
    const next = rest[index] ?? '';
    if ('()'.includes(next)) throw refuse('grouping with parentheses is not supported here; join terms with AND, OR and NOT.');
    re.lastIndex = index;
    const m = re.exec(rest);
    if (!m) {
      if ('[]{}'.includes(next) || /^[\w.]+:[[{]/.test(rest.slice(index))) throw refuse(`ranges are not supported here (near "${rest.slice(index, index + 20)}").`);
      throw refuse(`cannot read the query near "${rest.slice(index, index + 20)}" (an unclosed quote?).`);
    }
    index = re.lastIndex;
    const [, minus, field, phrase, word] = m;
    const value = phrase ?? word ?? '';
    if (!field && phrase === undefined && value.endsWith(':')) {
      // What follows the colon says what went wrong: an unclosed phrase, a range, or nothing at all.
      const after = rest[m.index + (minus ? 1 : 0) + value.length] ?? '';
      if (after === '"') throw refuse(`cannot read the query near "${rest.slice(m.index, m.index + 20)}" (an unclosed quote?).`);
      if ('[{'.includes(after) && after !== '') throw refuse(`ranges are not supported here (near "${rest.slice(m.index, m.index + 20)}").`);
      throw refuse(`'${value}' names no value (write ${value}value or ${value}"a phrase").`);
    }
    if (!field && !minus && phrase === undefined && /^(AND|and|OR|or|NOT|not)$/.test(value)) {
      const operator = value.toUpperCase();
      if (operator === 'NOT') {
        if (negate) throw refuse('NOT twice in a row.');
        negate = true;
      } else {
        const current = runs[runs.length - 1] ?? [];
        if (pendingOperator || negate || current.length === 0) throw refuse(`${operator} needs a term on each side.`);
        if (operator === 'OR') runs.push([]);
      }
      pendingOperator = operator;
      continue;
    }
    let test: Term;
    if (field) {
      const read = FIELDS[field];
      if (!read) throw refuse(`unknown field '${field}' (search ${Object.keys(FIELDS).join(', ')}).`);
      const matches = matcher(value, true);
      test = (user) => matches(read(user));
    } else {
      const matches = matcher(value, false);
      test = (user) => [user.email, user.name, user.username ?? '', user.user_id].some(matches);
    }
    const negated = negate !== Boolean(minus);
    runs[runs.length - 1]?.push(negated ? (user) => !test(user) : test);
    negate = false;
    pendingOperator = undefined;
  }
  if (pendingOperator) throw refuse(`${pendingOperator} needs a term on each side.`);
  return (user) => runs.some((run) => run.every((term) => term(user)));
}

function intParam(url: URL, name: string, fallback: number, max: number): number {
  const raw = url.searchParams.get(name);
  if (raw === null || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > max) throw mgmtError(400, `Query validation error: '${name}' must be a whole number from 0 to ${max}.`, 'invalid_query_string');
  return value;
}

/** GET /api/v2/users?q=&page=&per_page=&include_totals= */
export function listUsers(exchange: Exchange): void {
  authorize(exchange);
  const { url, ctx, res } = exchange;
  const q = url.searchParams.get('q') ?? '';
  const engine = url.searchParams.get('search_engine');
  if (engine !== null && engine !== 'v3') throw mgmtError(400, "Query validation error: 'search_engine' must be v3.", 'invalid_query_string');
  const perPage = intParam(url, 'per_page', 50, 100);
  const page = intParam(url, 'page', 0, 1000);
  const test = q.trim() === '' ? () => true : parseQuery(q);
  const found = ctx.store.listUsers().filter(test);
  const users = found.slice(page * perPage, page * perPage + perPage).map(userView);
  if (url.searchParams.get('include_totals') === 'true') sendJson(res, 200, { users, start: page * perPage, limit: perPage, length: users.length, total: found.length });
  else sendJson(res, 200, users);
}

/** GET /api/v2/users/{id} */
export function getUser(exchange: Exchange): void {
  authorize(exchange);
  sendJson(exchange.res, 200, userView(userAt(exchange.ctx, idOf(exchange.url.pathname))));
}

/** DELETE /api/v2/users/{id}: the user, their sessions, refresh tokens, access tokens and reset links go. */
export function deleteUser(exchange: Exchange): void {
  authorize(exchange);
  const { ctx } = exchange;
  const user = userAt(ctx, idOf(exchange.url.pathname));
  endSessionsOf(ctx, user.user_id);
  ctx.store.tickets.cancel(user.user_id);
  ctx.store.deleteUser(user);
  sendEmpty(exchange.res, 204);
}

/** GET /api/v2/users/{id}/sessions */
export function listUserSessions(exchange: Exchange): void {
  authorize(exchange);
  const { ctx } = exchange;
  const user = userAt(ctx, idOf(exchange.url.pathname));
  const iso = (ms: number) => new Date(ms).toISOString();
  // Auth0's session object: a session is made by a password login here, and is touched whenever its cookie is used.
  const sessions = ctx.sessions.listForUser(user.user_id).map((session) => ({
    id: session.sid,
    user_id: user.user_id,
    created_at: iso(session.authTime * 1000),
    updated_at: iso(session.lastUsedAt),
    authenticated_at: iso(session.authTime * 1000),
    last_interacted_at: iso(session.lastUsedAt),
    expires_at: iso(session.expiresAt),
    clients: [...session.clients].map((client_id) => ({ client_id })),
    authentication: { methods: [{ name: 'pwd', timestamp: iso(session.authTime * 1000) }] },
  }));
  sendJson(exchange.res, 200, { sessions });
}

/** DELETE /api/v2/users/{id}/sessions: every session and refresh token of the user ends. */
export function deleteUserSessions(exchange: Exchange): void {
  authorize(exchange);
  const { ctx } = exchange;
  const user = userAt(ctx, idOf(exchange.url.pathname));
  endSessionsOf(ctx, user.user_id);
  sendEmpty(exchange.res, 204);
}

/** The identifiers a user logs in with: their email, and their username on a username connection. */
const identifiers = (user: UserRecord) => [user.email, ...(user.username ? [user.username] : [])];

/** GET /api/v2/user-blocks/{id}: the addresses brute-force protection blocks the user from. */
export function getUserBlocks(exchange: Exchange): void {
  authorize(exchange);
  const { ctx } = exchange;
  const user = userAt(ctx, exchange.url.pathname.slice('/api/v2/user-blocks/'.length));
  const blocked_for = identifiers(user).flatMap((identifier) => ctx.bruteForce.blockedIps(user.connection, identifier).map((ip) => ({ identifier, ip })));
  sendJson(exchange.res, 200, { blocked_for });
}

/** DELETE /api/v2/user-blocks/{id}: lifts them (the admin's unblock; an admin block is PATCH blocked:false). */
export function deleteUserBlocks(exchange: Exchange): void {
  authorize(exchange);
  const { ctx } = exchange;
  const user = userAt(ctx, exchange.url.pathname.slice('/api/v2/user-blocks/'.length));
  for (const identifier of identifiers(user)) ctx.bruteForce.clearUser(user.connection, identifier);
  sendEmpty(exchange.res, 204);
}
