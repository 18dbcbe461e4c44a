// password-sheriff's English messages and the rule objects it builds with them: the `description` of a
// PasswordStrengthError body and its flattened `policy` text. Only the server's answers carry them (the widget words
// the rules in the person's language), so they live with the mock; the check itself is the widget's (src/policy).
import { evaluatePassword, type CharsetCode, type PasswordPolicy, type RuleCheck, type RuleCode } from '../src/policy';

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

export interface PolicyResult {
  verified: boolean;
  rules: PolicyRule[];
}

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
