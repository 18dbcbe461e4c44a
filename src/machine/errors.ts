import type { MessageKey } from '../i18n/en';
import type { RuleCheck } from '../policy';

/** Where a failure came from: the server answered, nothing answered, or we gave up waiting. */
export type RequestErrorKind = 'http' | 'network' | 'timeout';

/**
 * A failed request as the machine sees it. The API layer maps the three Auth0 error envelopes onto this shape
 * (api/errors.ts); the machine decides from it what a person is told.
 */
export interface RequestError {
  readonly kind: RequestErrorKind;
  /** HTTP status; 0 when no response arrived. */
  readonly status: number;
  /** First of `code`, `error`, `error_code`, `status`; '' when none. */
  readonly code: string;
  /** First of `error_description`, `description`, `error`, `details`, `message`, as text. */
  readonly description: string;
  readonly name?: string;
  readonly policy?: string;
  /** The rules of a PasswordStrengthError (its `description` object), to show in the person's language. */
  readonly rules?: readonly RuleCheck[];
  /** Seconds to wait before retrying, from `Retry-After` or `X-RateLimit-Reset` (429 only). */
  readonly retryAfter?: number;
}

/** The request a failure answers; each reads the same codes its own way. */
export type Operation = 'login' | 'changePassword' | 'signUp' | 'resetPassword';

const LOGIN_CODES: Readonly<Record<string, MessageKey>> = {
  invalid_grant: 'error.invalidCredentials',
  invalid_user_password: 'error.invalidCredentials',
  too_many_attempts: 'error.tooManyAttempts',
  unauthorized: 'error.blockedUser',
  blocked_user: 'error.blockedUser',
  mfa_required: 'error.mfaRequired',
  unauthorized_client: 'error.unauthorizedClient',
  password_expired: 'error.passwordChangeRequired',
  password_change_required: 'error.passwordChangeRequired',
  requires_verification: 'error.requiresVerification',
  access_denied: 'error.accessDenied',
};

/** Sign-up and reset: Lock shows a rule's or hook's own text for these, so do we (as text). */
const ACCOUNT_CODES: Readonly<Record<string, MessageKey>> = {
  invalid_signup: 'error.invalidSignup',
  user_exists: 'error.userExists',
  username_exists: 'error.userExists',
  unauthorized: 'error.accessDenied',
  hook_error: 'error.accessDenied',
  expired_ticket: 'reset.linkExpired',
  used_ticket: 'reset.linkUsed',
  invalid_ticket: 'reset.linkInvalid',
  invalid_csrf_token: 'error.csrf',
};

/** The four password rejections share `code: invalid_password`; their `name` says which (as Lock reads it). */
const PASSWORD_NAMES: Readonly<Record<string, MessageKey>> = {
  PasswordStrengthError: 'error.passwordStrength',
  PasswordHistoryError: 'error.passwordHistory',
  PasswordDictionaryError: 'error.passwordDictionary',
  PasswordNoUserInfoError: 'error.passwordNoUserInfo',
};

const COMMON_CODES: Readonly<Record<string, MessageKey>> = {
  invalid_client: 'error.invalidClient',
  'connection not found': 'error.connectionNotFound',
  invalid_request: 'error.invalidRequest',
  password_leaked: 'error.passwordLeaked',
};

/** A table lookup by a server-sent code: own keys only, so "constructor" or "valueOf" find nothing. */
const lookup = (table: Readonly<Record<string, MessageKey>>, code: string | undefined): MessageKey | undefined =>
  code !== undefined && Object.prototype.hasOwnProperty.call(table, code) ? table[code] : undefined;

/** Chooses the message a person sees for an error. Unknown codes get a general message, never raw server text. */
export function errorMessageKey(error: RequestError, operation: Operation): MessageKey {
  if (error.kind === 'network') return 'error.network';
  if (error.kind === 'timeout') return 'error.timeout';
  if (error.status === 429 && error.code !== 'too_many_attempts') {
    return operation === 'changePassword' ? 'error.rateLimitedPasswordChange' : 'error.rateLimited';
  }
  if (error.status >= 500) return 'error.server';
  if (error.code === 'invalid_password') return lookup(PASSWORD_NAMES, error.name) ?? 'error.passwordStrength';
  if (error.description === 'Passwords do not match.') return 'error.passwordMismatch';
  const specific = lookup(operation === 'login' ? LOGIN_CODES : operation === 'changePassword' ? {} : ACCOUNT_CODES, error.code);
  return specific ?? lookup(COMMON_CODES, error.code) ?? 'error.unknown';
}
