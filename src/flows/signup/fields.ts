// Lock's additionalSignUpFields and terms on the sign-up screen: what a site may give, the values they start with,
// their checks, and what /dbconnections/signup is sent.
import type { MessageKey } from '../../i18n/en';
import type { FocusTarget, MachineState } from '../../machine/machine.types';

/** A choice of a select field, as Lock takes it. */
export interface Choice {
  readonly value: string;
  readonly label: string;
}

/** Lock's callback shape: `fn(cb)`, where the site calls `cb(error, result)`. */
type Loader<T> = (callback: (error: unknown, result?: T) => void) => void;

/** One of Lock's `additionalSignUpFields`. */
export interface SignUpField {
  /** Letters, digits and `_`; not email, username nor password. */
  readonly name: string;
  /** The field's label (Lock shows it as the placeholder; Latch as the label, always visible). */
  readonly placeholder?: string;
  /** @default 'text' */
  readonly type?: 'text' | 'select' | 'checkbox' | 'hidden';
  /** A hidden field's value. */
  readonly value?: string;
  /** A select field's choices, or a function that gives them (`cb(error, choices)`). */
  readonly options?: readonly Choice[] | Loader<readonly Choice[]>;
  /** The value it starts with, or a function that gives it (`cb(error, value)`). */
  readonly prefill?: string | Loader<string>;
  /** Checks the value (a checkbox's is "true" or "false"): a boolean, or `{ valid, hint }` with the message to show. */
  readonly validator?: (value: string) => boolean | { valid: boolean; hint?: string };
  /** Accepted as in Lock; not shown (Latch loads no image a site did not put in its theme). */
  readonly icon?: string;
  /** Lock's HTML label: accepted, and shown as text when `placeholder` is not given. */
  readonly placeholderHTML?: string;
  /** 'root': sent beside email and password (e.g. `given_name`); otherwise in `user_metadata`. */
  readonly storage?: 'root';
  /** Latch's: the field's accessible name when it differs from its label. */
  readonly ariaLabel?: string;
}

/** A field's problem: a dictionary key, and the site's own hint from its validator, shown as text when given. */
export interface FieldProblem {
  readonly key: MessageKey;
  readonly hint?: string;
}

/** The key of the terms' problem among the fields' (no field may be named so: names are letters, digits and _). */
export const TERMS = '#terms';

/**
 * The fields a site gave that Lock would use: Lock leaves out, with a warning, a field without a proper name or
 * label, a select without choices and a hidden field without a value; so does Latch, in one warning.
 */
export function readSignUpFields(list: readonly SignUpField[], warn = true): readonly SignUpField[] {
  const names: string[] = [];
  const left: string[] = [];
  const kept = list.filter((field, i) => {
    const ok =
      !!field &&
      typeof field.name == 'string' &&
      /^\w+$/.test(field.name) &&
      !['email', 'username', 'password', ...names].includes(field.name) &&
      (field.type == 'hidden' ? typeof field.value == 'string' && !!field.value : !!(field.placeholder || field.placeholderHTML)) &&
      (field.type == 'select') == !!field.options &&
      [undefined, 'text', 'select', 'checkbox', 'hidden'].includes(field.type);
    if (ok) names.push(field.name);
    else left.push(`#${i + 1}`);
    return ok;
  });
  if (left.length && warn) {
    console.warn(
      `Latch: additionalSignUpFields ${left.join(', ')} left out: each needs a name of letters, digits and _ (not email, username, password, nor one already used), a placeholder (a hidden field: a value), and options for a select only.`,
    );
  }
  return kept;
}

/** A field's value in `state`: what was typed or chosen, else what it starts with. */
export function fieldValue(state: MachineState, field: SignUpField): string {
  const typed = state.extra[field.name];
  if (typed !== undefined) return typed;
  if (field.type == 'hidden') return field.value ?? '';
  return typeof field.prefill == 'string' ? field.prefill : field.type == 'checkbox' ? 'false' : '';
}

/**
 * The problems of the additional fields and the terms, and where focus should go first. As Lock: a select must
 * have a choice, a validator decides for the others, and without one a field may stay empty.
 */
export function checkFields(state: MachineState): { problems: Record<string, FieldProblem>; first?: FocusTarget } {
  const problems: Record<string, FieldProblem> = {};
  let first: FocusTarget | undefined;
  state.config.additionalSignUpFields.forEach((field, index) => {
    if (field.type == 'hidden') return;
    const value = fieldValue(state, field);
    let problem: FieldProblem | undefined;
    if (field.type == 'select') {
      if (!value) problem = { key: 'validation.choiceRequired' };
    } else if (field.validator) {
      let verdict: ReturnType<NonNullable<SignUpField['validator']>> = false;
      try {
        verdict = field.validator(value);
      } catch {
        // A validator that throws cannot say the value is good.
      }
      const valid = typeof verdict == 'object' && verdict ? verdict.valid : !!verdict;
      const hint = typeof verdict == 'object' && verdict && typeof verdict.hint == 'string' ? verdict.hint : undefined;
      if (!valid) problem = hint ? { key: 'validation.fieldInvalid', hint } : { key: 'validation.fieldInvalid' };
    }
    if (problem) {
      problems[field.name] = problem;
      first ??= `extra-${index}`;
    }
  });
  if (state.config.mustAcceptTerms && !state.terms) {
    problems[TERMS] = { key: 'validation.termsRequired' };
    first ??= 'terms';
  }
  return first ? { problems, first } : { problems };
}

/** What /dbconnections/signup is sent for the additional fields, as Lock sends it: `user_metadata`, and root fields. */
export function signUpExtras(state: MachineState): Record<string, unknown> {
  const fields = state.config.additionalSignUpFields;
  if (!fields.length) return {};
  const metadata: Record<string, string> = {};
  const body: Record<string, unknown> = { user_metadata: metadata };
  for (const field of fields) (field.storage == 'root' ? body : metadata)[field.name] = fieldValue(state, field);
  return body;
}

/** A piece of the terms: text, or a link the site wrote as `<a href="https://…">…</a>`. */
export type TermsPart = string | { readonly href: string; readonly text: string };

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'", nbsp: '\u00a0' };
const plain = (html: string) => html.replace(/<[^>]*>/g, '').replace(/&(amp|lt|gt|quot|#39|apos|nbsp);/g, (_, name: string) => ENTITIES[name]!);

/**
 * Lock's `signUpTerms` is HTML (Lock sets it as innerHTML). Latch never does: its links (http and https only) become
 * links built by the widget, and everything else is text, tags taken out.
 */
export function termsParts(terms: string): TermsPart[] {
  const parts: TermsPart[] = [];
  const link = /<a\s[^>]*?href\s*=\s*(["'])(https?:\/\/[^"'\s]+)\1[^>]*>([\s\S]*?)<\/a\s*>/gi;
  let at = 0;
  for (let found = link.exec(terms); found; found = link.exec(terms)) {
    parts.push(plain(terms.slice(at, found.index)), { href: plain(found[2]!), text: plain(found[3]!) });
    at = link.lastIndex;
  }
  parts.push(plain(terms.slice(at)));
  return parts.filter((part) => part !== '');
}
