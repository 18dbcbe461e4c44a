import type { Exchange } from '../context';
import { ApiError, apiError, invalidRequest, sendJson, setHeaders, stringField } from '../http';
import { checkNewPassword, passwordError } from '../password-rules';
import { readBodyWithEmail } from '../identifiers';
import { hashPasswordAsync } from '../passwords';
import type { Profile } from '../store';

const PROFILE_FIELDS = ['username', 'given_name', 'family_name', 'name', 'nickname', 'picture'] as const;
const MAX_METADATA_PROPS = 10;
const MAX_METADATA_KEY = 100;
const MAX_METADATA_VALUE = 500;

/**
 * POST /dbconnections/signup. A taken email answers a generic `invalid_signup` (or the legacy
 * `user_exists` when the tenant asks for it) after the same password hashing as a real signup, so
 * neither the body nor the time tells whether the account exists.
 */
export async function signup({ req, res, ip, ctx }: Exchange): Promise<void> {
  // The body is read first so a malformed email is refused before the rate limit counts the request.
  const parsed = await readBodyWithEmail(req);
  const { body } = parsed;

  const rate = ctx.limits.signup.take(ip);
  setHeaders(res, rate.headers);
  if (!rate.allowed) throw apiError(429, 'too_many_requests', 'Too many sign ups from this address. Please wait before trying again.');
  if (parsed.error) throw parsed.error;

  const required = (name: string): string => {
    const value = stringField(body, name);
    if (value === undefined) throw invalidRequest(`Missing required property: ${name}`);
    return value;
  };
  const clientId = required('client_id');
  const email = required('email');
  const password = required('password');
  const connectionName = required('connection');
  const profile = readProfile(body);
  if (!ctx.store.findClient(clientId)) throw apiError(401, 'invalid_client', 'Unknown client.');
  const connection = ctx.store.findDatabaseConnection(connectionName);
  if (!connection) throw new ApiError(400, { error: 'connection not found' });
  if (!/^[^\s@]+@[^\s@]+$/.test(email)) throw invalidRequest(`Object didn't pass validation for format email: ${email}`);

  // A username connection needs one, of the connection's length and Auth0's characters (the shape of these two
  // refusals is inferred: the documented code is username_exists, below).
  if (connection.options.requires_username) {
    const username = required('username');
    const { min, max } = connection.options.validation?.username ?? { min: 1, max: 15 };
    if (username.length < min || username.length > max || !/^[\w+\-.!#$^`~@']+$/.test(username)) {
      throw invalidRequest(`Object didn't pass validation for format username: ${username}`);
    }
  }

  const problem = checkNewPassword(password, connection.options, { ...profile, email: email });
  if (problem) throw passwordError(problem, ctx.now());

  // Hash first, whether or not the email is taken: the answer takes the same time either way.
  const hash = await hashPasswordAsync(password, ctx.hashCost, ctx.derive);
  if (ctx.store.findUser(connection.name, email)) {
    throw new ApiError(
      400,
      ctx.tenant.signupUserExistsError
        ? { name: 'BadRequestError', code: 'user_exists', description: 'The user already exists.', statusCode: 400 }
        : { name: 'BadRequestError', code: 'invalid_signup', description: 'Invalid sign up', statusCode: 400 },
    );
  }
  if (profile.username !== undefined && connection.options.requires_username && ctx.store.findUser(connection.name, profile.username)) {
    throw new ApiError(400, { name: 'BadRequestError', code: 'username_exists', description: 'The username provided is in use already.', statusCode: 400 });
  }
  const user = ctx.store.createUser(connection.name, email, hash, profile);
  sendJson(res, 200, {
    _id: user.user_id.replace(/^auth0\|/, ''),
    email: user.email,
    email_verified: false,
    ...profile,
  });
}

function readProfile(body: Record<string, unknown>): Profile {
  const profile: Profile = {};
  for (const field of PROFILE_FIELDS) {
    const value = stringField(body, field);
    if (value !== undefined) profile[field] = value;
  }
  const meta = body.user_metadata;
  if (meta === undefined || meta === null) return profile;
  if (typeof meta !== 'object' || Array.isArray(meta)) throw invalidRequest('user_metadata must be an object.');
  const entries = Object.entries(meta);
  if (entries.length > MAX_METADATA_PROPS) throw invalidRequest(`user_metadata can have at most ${MAX_METADATA_PROPS} properties.`);
  const out: Record<string, string> = {};
  for (const [key, value] of entries) {
    if (key.length > MAX_METADATA_KEY) throw invalidRequest(`user_metadata keys can be at most ${MAX_METADATA_KEY} characters.`);
    if (typeof value !== 'string') throw invalidRequest(`user_metadata.${key} must be a string.`);
    if (value.length > MAX_METADATA_VALUE) throw invalidRequest(`user_metadata values can be at most ${MAX_METADATA_VALUE} characters.`);
    out[key] = value;
  }
  profile.user_metadata = out;
  return profile;
}
