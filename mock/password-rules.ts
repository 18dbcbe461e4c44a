import { checkPassword, policyText, type PolicyResult } from './password-sheriff';
import { COMMON_PASSWORDS } from './common-passwords';
import { ApiError } from './http';
import { verifyPassword, type Derive, type PasswordHash } from './passwords';
import type { ConnectionOptions } from './tenant';

/** Why a new password was refused; each becomes one of Auth0's `invalid_password` errors. */
export type PasswordProblem =
  | { kind: 'strength'; result: PolicyResult }
  | { kind: 'dictionary' }
  | { kind: 'personal' }
  | { kind: 'history'; size: number; usedAt: number };

/** The profile fields Auth0 compares with the password under "Disallow personal data". */
export interface PersonalInfo {
  email: string;
  name?: string | undefined;
  username?: string | undefined;
  nickname?: string | undefined;
  user_metadata?: Record<string, unknown> | undefined;
}

export interface HistoryEntry {
  hash: PasswordHash;
  setAt: number;
}

/** Values shorter than this are not looked for: a two-letter nickname would forbid half of all passwords. */
const MIN_PERSONAL_LENGTH = 3;

/** The checks that need no stored secret: strength, dictionary, personal data, in that order. */
export function checkNewPassword(password: string, options: ConnectionOptions, person: PersonalInfo): PasswordProblem | undefined {
  const minLength = options.password_complexity_options.min_length;
  const policy = minLength === undefined ? { level: options.passwordPolicy } : { level: options.passwordPolicy, minLength };
  const result = checkPassword(password, policy);
  if (!result.verified) return { kind: 'strength', result };
  const lower = password.toLowerCase();
  const dictionary = options.password_dictionary;
  if (dictionary.enable && (COMMON_PASSWORDS.has(lower) || dictionary.dictionary.some((w) => w.toLowerCase() === lower))) {
    return { kind: 'dictionary' };
  }
  if (options.password_no_personal_info.enable && personalValues(person).some((v) => lower.includes(v))) {
    return { kind: 'personal' };
  }
  return undefined;
}

/** Compares with the last `size` passwords (newest first, the current one included). */
export async function checkHistory(
  password: string,
  options: ConnectionOptions,
  history: readonly HistoryEntry[],
  derive?: Derive,
): Promise<PasswordProblem | undefined> {
  const { enable, size } = options.password_history;
  if (!enable) return undefined;
  for (const entry of history.slice(0, size)) {
    if (await verifyPassword(password, entry.hash, derive)) return { kind: 'history', size, usedAt: entry.setAt };
  }
  return undefined;
}

function personalValues(person: PersonalInfo): string[] {
  const meta = person.user_metadata ?? {};
  const raw = [person.name, person.username, person.nickname, meta.name, meta.first, meta.last, person.email.split('@')[0]];
  const values = new Set<string>();
  for (const value of raw) {
    if (typeof value !== 'string') continue;
    // "Ada Lovelace" forbids "ada" and "lovelace" as well as the whole name.
    for (const part of [value, ...value.split(/[\s._-]+/)]) {
      const v = part.trim().toLowerCase();
      if (v.length >= MIN_PERSONAL_LENGTH) values.add(v);
    }
  }
  return [...values];
}

const NAMES = {
  strength: ['PasswordStrengthError', 'Password is too weak'],
  dictionary: ['PasswordDictionaryError', 'Password is too common'],
  personal: ['PasswordNoUserInfoError', 'Password contains user information'],
  history: ['PasswordHistoryError', 'Password has previously been used'],
} as const;

/** The Authentication API body (/dbconnections/signup, /lo/reset): 400, `code: invalid_password`. */
export function passwordError(problem: PasswordProblem, now: number): ApiError {
  const [name, message] = NAMES[problem.kind];
  const body: Record<string, unknown> = { name, message, code: 'invalid_password' };
  if (problem.kind === 'strength') {
    body.description = problem.result;
    body.policy = policyText(problem.result);
  } else if (problem.kind === 'dictionary') {
    body.description = 'Password is not allowed, it might be too common.';
  } else if (problem.kind === 'personal') {
    body.description = 'Password is based on user information';
  } else {
    body.description = `You may not reuse any of the last ${problem.size} passwords. This password was used ${ago(now - problem.usedAt)}.`;
  }
  body.statusCode = 400;
  return new ApiError(400, body);
}

/** The Management API body: `{statusCode, error, message: "<Name>: <message>", errorCode}`. */
export function managementPasswordError(problem: PasswordProblem): ApiError {
  const [name, message] = NAMES[problem.kind];
  return new ApiError(400, { statusCode: 400, error: 'Bad Request', message: `${name}: ${message}`, errorCode: 'invalid_body' });
}

/** "a few seconds ago", "a minute ago", "3 hours ago": the relative wording of Auth0's history error. */
export function ago(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  const units: [number, string][] = [
    [86_400, 'day'],
    [3600, 'hour'],
    [60, 'minute'],
  ];
  for (const [size, unit] of units) {
    const count = Math.round(seconds / size);
    if (seconds >= size * 0.75) return count <= 1 ? `${unit === 'hour' ? 'an' : 'a'} ${unit} ago` : `${count} ${unit}s ago`;
  }
  return 'a few seconds ago';
}
