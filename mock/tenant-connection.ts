import { createHash } from 'node:crypto';
import type { PolicyLevel } from '../src/policy';

/** Auth0's database-connection password options (the connection's `options`, Management API names). */
export interface ConnectionOptions {
  /** Applies to signups and password changes; existing passwords stay valid. */
  passwordPolicy: PolicyLevel;
  /** `min_length` (1..128) replaces the level's own minimum length. */
  password_complexity_options: { min_length?: number };
  /** Refuses any of the last `size` passwords (1..24), the current one included. */
  password_history: { enable: boolean; size: number };
  /** Refuses the built-in common passwords and these entries, case-insensitively. */
  password_dictionary: { enable: boolean; dictionary: string[] };
  /** Refuses passwords containing the name, username, nickname, user_metadata names or email local part. */
  password_no_personal_info: { enable: boolean };
  /** Sign-up asks for a username besides the email, and either logs in. */
  requires_username: boolean;
  /** The username's length (Auth0: 1..128); without it, Lock only checks that one is there, and the API 1..15. */
  validation: { username: { min: number; max: number } } | null;
}

export interface TenantConnection {
  /** `con_…`, as the Management API names connections (tickets take `connection_id`). */
  id: string;
  name: string;
  /** `auth0` is a database connection; anything else (e.g. `google-oauth2`) is social or enterprise. */
  strategy: string;
  options: ConnectionOptions;
}

const LEVELS: readonly PolicyLevel[] = ['none', 'low', 'fair', 'good', 'excellent'];

export function parseConnection(input: unknown, at: string): TenantConnection {
  const c = object(input, at);
  const name = text(c.name, `${at}.name`);
  const id = c.id === undefined ? `con_${createHash('sha256').update(name).digest('hex').slice(0, 16)}` : text(c.id, `${at}.id`);
  return { id, name, strategy: text(c.strategy, `${at}.strategy`), options: parseOptions(c.options, `${at}.options`) };
}

function parseOptions(input: unknown, at: string): ConnectionOptions {
  const o = input === undefined ? {} : object(input, at);
  const level = o.passwordPolicy ?? 'none';
  if (!LEVELS.includes(level as PolicyLevel)) throw new TypeError(`${at}.passwordPolicy must be one of ${LEVELS.join(', ')}`);
  const complexity = optionalObject(o.password_complexity_options, `${at}.password_complexity_options`);
  const history = optionalObject(o.password_history, `${at}.password_history`);
  const dictionary = optionalObject(o.password_dictionary, `${at}.password_dictionary`);
  const personal = optionalObject(o.password_no_personal_info, `${at}.password_no_personal_info`);
  const words = dictionary.dictionary ?? [];
  if (!Array.isArray(words) || words.some((w) => typeof w !== 'string')) {
    throw new TypeError(`${at}.password_dictionary.dictionary must be an array of strings`);
  }
  return {
    passwordPolicy: level as PolicyLevel,
    password_complexity_options:
      complexity.min_length === undefined ? {} : { min_length: integer(complexity.min_length, 1, 128, `${at}.password_complexity_options.min_length`) },
    password_history: {
      enable: flag(history.enable, `${at}.password_history.enable`),
      size: history.size === undefined ? 5 : integer(history.size, 1, 24, `${at}.password_history.size`),
    },
    password_dictionary: { enable: flag(dictionary.enable, `${at}.password_dictionary.enable`), dictionary: words as string[] },
    password_no_personal_info: { enable: flag(personal.enable, `${at}.password_no_personal_info.enable`) },
    requires_username: flag(o.requires_username, `${at}.requires_username`),
    validation: usernameRange(o.validation, `${at}.validation`),
  };
}

function usernameRange(value: unknown, at: string): ConnectionOptions['validation'] {
  const username = optionalObject(optionalObject(value ?? undefined, at).username, `${at}.username`);
  if (username.min === undefined && username.max === undefined) return null;
  const min = integer(username.min ?? 1, 1, 128, `${at}.username.min`);
  return { username: { min, max: integer(username.max ?? 15, min, 128, `${at}.username.max`) } };
}

function object(value: unknown, at: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new TypeError(`${at} must be an object`);
  return value as Record<string, unknown>;
}

function optionalObject(value: unknown, at: string): Record<string, unknown> {
  return value === undefined ? {} : object(value, at);
}

function text(value: unknown, at: string): string {
  if (typeof value !== 'string' || value === '') throw new TypeError(`${at} must be a non-empty string`);
  return value;
}

function flag(value: unknown, at: string): boolean {
  if (value === undefined) return false;
  if (typeof value !== 'boolean') throw new TypeError(`${at} must be a boolean`);
  return value;
}

function integer(value: unknown, min: number, max: number, at: string): number {
  if (!Number.isInteger(value) || (value as number) < min || (value as number) > max) {
    throw new TypeError(`${at} must be an integer from ${min} to ${max}`);
  }
  return value as number;
}
