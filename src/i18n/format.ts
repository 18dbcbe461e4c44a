import { en, type Dictionary, type MessageKey } from './en';

export type MessageParams = Readonly<Record<string, string | number>>;

/** Fills `{name}` placeholders. The result is plain text; views render it as a text node. */
export function format(dict: Dictionary, key: MessageKey, params?: MessageParams): string {
  // A key the dictionaries lack (say, a rule code from a newer server) shows nothing rather than breaking the view.
  const template = dict[key] ?? en[key] ?? '';
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/** English with an integrator's overrides; only known keys with string values are taken. */
export function buildDictionary(overrides: Readonly<Record<string, unknown>> | undefined): Dictionary {
  const dict: Record<string, string> = { ...en };
  if (overrides) {
    for (const [key, value] of Object.entries(overrides)) {
      if (Object.prototype.hasOwnProperty.call(en, key) && typeof value === 'string') dict[key] = value;
    }
  }
  return dict as Dictionary;
}
