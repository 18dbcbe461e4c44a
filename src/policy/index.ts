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
export type RuleCode = 'nonEmpty' | 'lengthAtLeast' | 'shouldContain' | 'containsAtLeast' | 'identicalChars';

/** A rule's outcome without its English text: what the widget needs (it words rules in the person's language). */
export interface RuleCheck {
  code: RuleCode;
  format?: (number | string)[];
  items?: { code: CharsetCode; verified: boolean }[];
  verified: boolean;
}

export interface PolicyItem {
  code: CharsetCode;
  message: string;
  verified: boolean;
}

/** A rule as password-sheriff reports it, with its English message (the server's error body). */
export interface PolicyRule extends RuleCheck {
  message: string;
  items?: PolicyItem[];
}

export interface PolicyCheck {
  verified: boolean;
  rules: RuleCheck[];
}

export interface PolicyResult {
  verified: boolean;
  rules: PolicyRule[];
}

/** The OWASP special characters, space included, as password-sheriff lists them. */
const SPECIAL = ' !"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';

const CHARSETS: [CharsetCode, (password: string) => boolean][] = [
  ['lowerCase', (p) => /[a-z]/.test(p)],
  ['upperCase', (p) => /[A-Z]/.test(p)],
  ['numbers', (p) => /[0-9]/.test(p)],
  ['specialCharacters', (p) => [...p].some((c) => SPECIAL.includes(c))],
];

/** password-sheriff's English messages; only the server's error bodies carry them. */
const MESSAGES: Record<RuleCode | CharsetCode, string> = {
  nonEmpty: 'Non-empty password required',
  lengthAtLeast: 'At least %d characters in length',
  shouldContain: 'Should contain:',
  containsAtLeast: 'Contain at least %d of the following %d types of characters:',
  identicalChars: 'No more than %d identical characters in a row (e.g., "%s" not allowed)',
  lowerCase: 'lower case letters (a-z)',
  upperCase: 'upper case letters (A-Z)',
  numbers: 'numbers (i.e. 0-9)',
  specialCharacters: 'special characters (e.g. !@#$%^&*)',
};

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
 * Checks a password the way password-sheriff does, without the English messages. Length counts UTF-16 code
 * units (JavaScript's `length`), as the server does, so both sides agree on passwords with emoji.
 */
export function evaluatePassword(password: string, policy: PasswordPolicy): PolicyCheck {
  const level = LEVELS.indexOf(policy.level);
  const min = minLengthOf(policy);
  const rules: RuleCheck[] = [
    min === 1
      ? { code: 'nonEmpty', verified: password.length > 0 }
      : { code: 'lengthAtLeast', format: [min], verified: password.length >= min },
  ];
  const items = (count: number) => CHARSETS.slice(0, count).map(([code, test]) => ({ code, verified: test(password) }));
  if (level === 2) {
    const found = items(3);
    rules.push({ code: 'shouldContain', items: found, verified: found.every((i) => i.verified) });
  } else if (level > 2) {
    const found = items(4);
    rules.push({ code: 'containsAtLeast', format: [3, 4], items: found, verified: found.filter((i) => i.verified).length >= 3 });
  }
  if (level === 4) {
    // Code units, as the server compares them.
    rules.push({ code: 'identicalChars', format: [2, 'aaa'], verified: !/([\s\S])\1\1/.test(password) });
  }
  return { verified: rules.every((r) => r.verified), rules };
}

/** The same check with password-sheriff's messages: the rule objects of a PasswordStrengthError body. */
export function checkPassword(password: string, policy: PasswordPolicy): PolicyResult {
  const { verified, rules } = evaluatePassword(password, policy);
  return {
    verified,
    rules: rules.map(({ code, format, items, verified: ok }) => ({
      code,
      message: MESSAGES[code],
      ...(format ? { format } : {}),
      ...(items ? { items: items.map((item) => ({ code: item.code, message: MESSAGES[item.code], verified: item.verified })) } : {}),
      verified: ok,
    })),
  };
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
