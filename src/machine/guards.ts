import type { MessageKey } from '../i18n/en';
import { evaluatePassword, type PasswordPolicy } from '../policy';
import type { FieldName } from './machine.types';

// Deliberately loose: one "@", something on both sides, a dot in the domain, no spaces.
// The server is the judge of deliverability; this only catches typing slips before a request.
const EMAIL_SHAPE = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

export function emailError(email: string): MessageKey | undefined {
  const trimmed = email.trim();
  if (trimmed === '') return 'validation.emailRequired';
  if (!EMAIL_SHAPE.test(trimmed)) return 'validation.emailInvalid';
  return undefined;
}

// Lock's characters for a username (lib/field/username.js).
const USERNAME_SHAPE = /^[\w+\-.!#$^`~@']+$/;

/**
 * A username as Lock checks it: at login only that it is there (it may be an email); a new one, when the connection
 * gives a length, of that length and Lock's characters.
 */
export function usernameError(username: string, range?: { readonly min: number; readonly max: number } | null): MessageKey | undefined {
  const trimmed = username.trim();
  if (trimmed === '') return 'validation.usernameRequired';
  if (range && (trimmed.length < range.min || trimmed.length > range.max || !USERNAME_SHAPE.test(trimmed))) return 'validation.usernameFormat';
  return undefined;
}

export type FieldErrors = Partial<Record<FieldName, MessageKey>>;
export interface Values {
  readonly email: string;
  readonly username?: string;
  /** A new username's length (sign-up); without it a username only has to be there, as in Lock. */
  readonly usernameRange?: { readonly min: number; readonly max: number } | null;
  readonly password: string;
  readonly confirm: string;
}

/**
 * Errors for the given fields, in the order they appear on screen (the first one gets focus).
 * With a policy, the password is a new one and must meet it; without, it only has to be there.
 */
export function validate(values: Values, fields: readonly FieldName[], policy?: PasswordPolicy): FieldErrors {
  const errors: FieldErrors = {};
  for (const field of fields) {
    let error: MessageKey | undefined;
    if (field === 'email') error = emailError(values.email);
    else if (field === 'username') error = usernameError(values.username ?? '', policy ? values.usernameRange : null);
    else if (field === 'confirm') error = values.confirm !== values.password ? 'validation.passwordMismatch' : undefined;
    else if (values.password === '') error = 'validation.passwordRequired';
    else if (policy && !evaluatePassword(values.password, policy).verified) error = 'validation.passwordPolicy';
    if (error) errors[field] = error;
  }
  return errors;
}
