import type { MessageKey } from '../i18n/en';
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

export function passwordError(password: string): MessageKey | undefined {
  return password === '' ? 'validation.passwordRequired' : undefined;
}

export type FieldErrors = Partial<Record<FieldName, MessageKey>>;

/** Errors for the given fields, in the order they appear on screen (the first one gets focus). */
export function validate(values: { email: string; password: string }, fields: readonly FieldName[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const field of fields) {
    const error = field === 'email' ? emailError(values.email) : passwordError(values.password);
    if (error) errors[field] = error;
  }
  return errors;
}
