import type { RuleView } from '../view.types';

/** Password rules, each marked met or not (in words too, for screen readers). */
export function RuleList({ rules }: { readonly rules: readonly RuleView[] }) {
  return (
    <ul data-part="rules">
      {rules.map((rule) => (
        <li data-part="rule" data-met={rule.met ? '' : undefined} key={rule.code}>
          {rule.text}
          <span data-part="visually-hidden">{rule.status}</span>
          {rule.items && <RuleList rules={rule.items} />}
        </li>
      ))}
    </ul>
  );
}

/**
 * The connection's password rules, checked as the person types. The password input points here with
 * aria-describedby, so a screen reader reads the list, with "met" / "not met", when the field takes focus; the
 * list is also a polite live region, so a rule that flips while typing is announced on its own.
 */
export function PolicyChecklist({ policy, id }: { readonly policy: { readonly label: string; readonly rules: readonly RuleView[] }; readonly id: string }) {
  return (
    <div data-part="policy" id={id} aria-live="polite">
      <p data-part="policy-label">{policy.label}</p>
      <RuleList rules={policy.rules} />
    </div>
  );
}
