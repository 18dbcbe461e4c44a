// Auth0's database-connection password policies, as its password-sheriff library checks them. The
// widget and the mock backend share this check so a password the form accepts is one the server
// accepts; the English messages the server's error bodies carry live with the mock (mock/password-sheriff.ts).

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

export interface PolicyCheck {
  verified: boolean;
  rules: RuleCheck[];
}

/** The OWASP special characters, space included, as password-sheriff lists them. */
const SPECIAL = ' !"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';

const CHARSETS: [CharsetCode, (password: string) => boolean][] = [
  ['lowerCase', (p) => /[a-z]/.test(p)],
  ['upperCase', (p) => /[A-Z]/.test(p)],
  ['numbers', (p) => /[0-9]/.test(p)],
  ['specialCharacters', (p) => [...p].some((c) => SPECIAL.includes(c))],
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
