import type { MessageKey } from '../../i18n/en';
import { format } from '../../i18n/format';
import { evaluatePassword, type RuleCheck } from '../../policy';
import type { LatchContext } from '../context';

/** Password rules in the person's language, each marked met or not (in words too, for screen readers). */
export function RuleList({ rules }: { readonly rules: readonly RuleCheck[] }, { latch }: LatchContext) {
  const { dict } = latch;
  // Only rules the widget can put in words: a server may know rule kinds this version does not.
  const known = (code: string) => `policy.${code}` in dict;
  const item = (code: string, verified: boolean, text: string, children?: preact.ComponentChildren) => (
    <li data-part="rule" data-met={verified ? '' : undefined} key={code}>
      {text}
      <span data-part="visually-hidden">{` (${format(dict, verified ? 'policy.met' : 'policy.notMet')})`}</span>
      {children}
    </li>
  );
  return (
    <ul data-part="rules">
      {rules.filter((rule) => known(rule.code)).map((rule) =>
        item(
          rule.code,
          rule.verified,
          format(dict, `policy.${rule.code}` as MessageKey, { n: rule.format?.[0] ?? 1, total: rule.format?.[1] ?? '' }),
          rule.items && (
            <ul data-part="rules">
              {rule.items.filter((sub) => known(sub.code)).map((sub) => item(sub.code, sub.verified, format(dict, `policy.${sub.code}` as MessageKey)))}
            </ul>
          ),
        ),
      )}
    </ul>
  );
}

/**
 * The connection's password rules, checked as the person types. The password input points here with
 * aria-describedby, so a screen reader reads the list, with "met" / "not met", when the field takes focus; the
 * list is also a polite live region, so a rule that flips while typing is announced on its own.
 */
export function PolicyChecklist({ id }: { readonly id: string }, { latch }: LatchContext) {
  const { store, dict } = latch;
  const { password, config } = store.state.value;
  const result = evaluatePassword(password, config.passwordPolicy);
  return (
    <div data-part="policy" id={id} aria-live="polite">
      <p data-part="policy-label">{format(dict, 'policy.label')}</p>
      <RuleList rules={result.rules} />
    </div>
  );
}
