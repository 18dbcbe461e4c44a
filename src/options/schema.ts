/**
 * A small typed schema for option objects. A rule is plain data that `read` walks at run time, and its type says
 * what an integrator may pass and what the widget gets back, so one declaration gives the types, the defaults and
 * the checks. Written here rather than taken from valibot: valibot's object, picklist, pipe and safeParse cost
 * about 2.4 KB gzipped for these options, and the script-tag bundle has a few hundred bytes left under its budget.
 */

declare const INPUT: unique symbol;

/**
 * One option, as data: the `typeof` names it takes ('number|string' for either), the value used when it is missing
 * or wrong, a further check, and how a problem describes a good value. `In` (what an integrator may pass) and
 * `Needed` (whether they must, once they give the object it sits in) exist only for the type checker: no value
 * holds them.
 */
export type Rule<In, Out, Needed extends boolean = false> = readonly [
  type: string,
  fallback: Out,
  check?: (value: In) => boolean,
  hint?: string,
] & { readonly [INPUT]?: [In, Needed] };

/** Any rule, as the reader sees it. */
type AnyRule = readonly [type: string, fallback: unknown, check?: (value: never) => boolean, hint?: string];

/** Options by name: a rule each, or a nested object of options. */
export interface Schema {
  readonly [key: string]: AnyRule | Schema;
}

/**
 * A rule whose value is taken as given once its `typeof` and `check` pass. `In extends Out` because that value is
 * what the widget then gets. `type: 'container'` is the one exception, resolved by `read`'s caller.
 */
export const rule = <In extends Out, Out, Needed extends boolean = false>(
  ...parts: [type: string, fallback: Out, check?: (value: In) => boolean, hint?: string]
): Rule<In, Out, Needed> => parts;

/** On unless turned off. */
export const bool = rule<boolean, boolean>('boolean', true);
/** Off unless turned on. */
export const off = rule<boolean, boolean>('boolean', false);

/** A string; a `fallback` of null lets the widget tell "not given" from any string. */
export const text = <F extends string | null>(fallback: F, check?: (value: string) => boolean, hint?: string) =>
  rule<string, string | F>('string', fallback, check, hint);

/** A string from a fixed list; a problem names the whole list. */
export const oneOf = <const V extends string, F extends V | null>(values: readonly V[], fallback: F) =>
  rule<V, V | F>('string', fallback, (value) => values.includes(value), `one of "${values.join('", "')}"`);

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

type Flat<T> = { [K in keyof T]: T[K] };
type InputOf<X> = X extends AnyRule ? (X extends { readonly [INPUT]?: [infer In, boolean] } ? In : never) : Input<X>;
// A nested object has no INPUT mark, which `extends { [INPUT]?: … }` would take as a match, hence AnyRule first.
type Needs<X> = X extends AnyRule ? (X extends { readonly [INPUT]?: [unknown, true] } ? true : false) : false;

/** What an integrator may pass for `S`: each option optional unless its rule needs it, nested objects alike. */
export type Input<S> = Flat<
  { -readonly [K in keyof S as Needs<S[K]> extends true ? never : K]?: InputOf<S[K]> } & {
    -readonly [K in keyof S as Needs<S[K]> extends true ? K : never]: InputOf<S[K]>;
  }
>;

/** What `read` gives back for `S`: every option present, its default when not given, read-only. */
export type Output<S> = {
  readonly [K in keyof S]: S[K] extends readonly [string, infer Out, ...unknown[]] ? Out : Output<S[K]>;
};

/**
 * True only when A and B are the same type, by the compiler's own identity check. `extends` both ways is weaker:
 * it misses an optional key that one side has and the other has not.
 */
export type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

/**
 * Reads `input` against `schema`: the default for what is missing, and a problem in `problems` for every bad value,
 * so one message can say all of it. A key no rule reads (own keys only, so `toString` is one too) is handed to
 * `stray` with its path, its value and the keys known at its level: it is not a problem, since it may be an Auth0
 * Lock option (src/options/lock.ts). The 'container' rule is resolved by `container`, which gives null for what is
 * not an element or matches none.
 */
export function read<S extends Schema>(
  schema: S,
  input: unknown,
  path: string,
  problems: string[],
  container: (value: unknown) => HTMLElement | null,
  stray: (path: string, key: string, value: unknown, known: readonly string[]) => void,
): Output<S> {
  const out: Record<string, unknown> = {};
  let record: Record<string, unknown> = {};
  if (isRecord(input)) record = input;
  else if (input !== undefined) problems.push(`${path.slice(0, -1) || 'options'} must be an object`);
  for (const key of Object.keys(record)) if (!Object.hasOwn(schema, key)) stray(path, key, record[key], Object.keys(schema));
  for (const [key, rule] of Object.entries(schema)) {
    const value = record[key];
    // isRecord, not Array.isArray: it tells TypeScript that the other case is a rule (a readonly tuple).
    if (isRecord(rule)) {
      out[key] = read(rule, value, `${path}${key}.`, problems, container, stray);
      continue;
    }
    const [type, fallback, check, hint = `a ${type}`] = rule;
    if (type === 'container') {
      out[key] = container(value);
      if (value !== undefined && out[key] === null) {
        problems.push(typeof value === 'string' ? `container "${value}" matches no element` : 'container must be an element, an element id or a CSS selector');
      }
      continue;
    }
    // `never`: the typeof test just before is what makes the value fit this rule's check.
    const ok = type.includes(typeof value) && (!check || check(value as never));
    if (value !== undefined && !ok) problems.push(`${path}${key} must be ${hint}`);
    out[key] = ok ? value : fallback;
  }
  // Each key of the schema was filled above with a value its rule accepted, or the rule's default.
  return out as Output<S>;
}
