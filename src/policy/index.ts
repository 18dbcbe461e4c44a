// Auth0's database-connection password policies, as its password-sheriff library checks them. The
// widget and the mock backend share this module so a password the form accepts is one the server
// accepts, and the rule objects are the `description` of a PasswordStrengthError body.

export type PolicyLevel = 'none' | 'low' | 'fair' | 'good' | 'excellent';

export interface PasswordPolicy {
  level: PolicyLevel;
  /** 1 to 128; replaces the level's own minimum length. */
  minLength?: number;
}

export type CharsetCode = 'lowerCase' | 'upperCase' | 'numbers' | 'specialCharacters';

export interface PolicyItem {
  code: CharsetCode;
  message: string;
  verified: boolean;
}

export interface PolicyRule {
  code: 'nonEmpty' | 'lengthAtLeast' | 'shouldContain' | 'containsAtLeast' | 'identicalChars';
  message: string;
  format?: (number | string)[];
  items?: PolicyItem[];
  verified: boolean;
}

export interface PolicyResult {
  verified: boolean;
  rules: PolicyRule[];
}

/** The OWASP special characters, space included, as password-sheriff lists them. */
const SPECIAL = ' !"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';

const CHARSETS: [CharsetCode, string, (password: string) => boolean][] = [
  ['lowerCase', 'lower case letters (a-z)', (p) => /[a-z]/.test(p)],
  ['upperCase', 'upper case letters (A-Z)', (p) => /[A-Z]/.test(p)],
  ['numbers', 'numbers (i.e. 0-9)', (p) => /[0-9]/.test(p)],
  ['specialCharacters', 'special characters (e.g. !@#$%^&*)', (p) => [...p].some((c) => SPECIAL.includes(c))],
];

/** Default minimum length per level; index matches LEVELS. */
const LEVELS: PolicyLevel[] = ['none', 'low', 'fair', 'good', 'excellent'];
const LENGTHS = [1, 6, 8, 8, 10];

/** The effective minimum length: the policy's own, clamped to 1..128, or the level's default. */
export function minLengthOf(policy: PasswordPolicy): number {
  const { minLength } = policy;
  if (minLength !== undefined && Number.isFinite(minLength)) return Math.min(128, Math.max(1, Math.floor(minLength)));
  return LENGTHS[LEVELS.indexOf(policy.level)] ?? 1;
}

/**
 * Checks a password the way password-sheriff does. Length counts UTF-16 code units (JavaScript's
 * `length`), as the server does, so both sides agree on passwords with emoji.
 */
export function checkPassword(password: string, policy: PasswordPolicy): PolicyResult {
  const level = LEVELS.indexOf(policy.level);
  const min = minLengthOf(policy);
  const rules: PolicyRule[] = [
    min === 1
      ? { code: 'nonEmpty', message: 'Non-empty password required', verified: password.length > 0 }
      : { code: 'lengthAtLeast', message: 'At least %d characters in length', format: [min], verified: password.length >= min },
  ];
  const items = (count: number): PolicyItem[] =>
    CHARSETS.slice(0, count).map(([code, message, test]) => ({ code, message, verified: test(password) }));
  if (level === 2) {
    const found = items(3);
    rules.push({ code: 'shouldContain', message: 'Should contain:', items: found, verified: found.every((i) => i.verified) });
  } else if (level > 2) {
    const found = items(4);
    rules.push({
      code: 'containsAtLeast',
      message: 'Contain at least %d of the following %d types of characters:',
      format: [3, 4],
      items: found,
      verified: found.filter((i) => i.verified).length >= 3,
    });
  }
  if (level === 4) {
    rules.push({
      code: 'identicalChars',
      message: 'No more than %d identical characters in a row (e.g., "%s" not allowed)',
      format: [2, 'aaa'],
      // Code units, as the server compares them.
      verified: !/([\s\S])\1\1/.test(password),
    });
  }
  return { verified: rules.every((r) => r.verified), rules };
}

/** A rule's message with its `format` values put in place of %d and %s. */
export function formatRule(rule: Pick<PolicyRule, 'message' | 'format'>): string {
  let i = 0;
  return rule.message.replace(/%[ds]/g, (token) => String(rule.format?.[i++] ?? token));
}

/** The flattened `policy` string of a PasswordStrengthError: "* rule" lines, " * item" sub-lines. */
export function policyText(result: PolicyResult): string {
  const lines: string[] = [];
  for (const rule of result.rules) {
    lines.push(`* ${formatRule(rule)}`);
    for (const item of rule.items ?? []) lines.push(` * ${item.message}`);
  }
  return lines.join('\n');
}
