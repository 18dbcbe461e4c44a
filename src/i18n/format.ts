import { en, type Dictionary, type MessageKey } from './en';

export type MessageParams = Readonly<Record<string, string | number>>;

/** Right-to-left script: Hebrew, Arabic, Syriac, Thaana, N'Ko and the Arabic supplements (U+0590–U+08FF). */
const RTL = /[\u0590-\u08ff]/;

/**
 * Fills `{name}` placeholders. The result is plain text; views render it as a text node.
 * Where right-to-left text is involved (in the template or the value), each value is wrapped in U+2068 FIRST STRONG
 * ISOLATE … U+2069 POP DIRECTIONAL ISOLATE, so the bidi algorithm orders it as one unit: an email address in a
 * Hebrew sentence keeps its own order and the sentence's full stop stays at the sentence's end.
 */
export function format(dict: Dictionary, key: MessageKey, params?: MessageParams): string {
  // A key the dictionaries lack (say, a rule code from a newer server) shows nothing rather than breaking the view.
  const template = dict[key] ?? en[key] ?? '';
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!Object.prototype.hasOwnProperty.call(params, name)) return whole;
    const value = String(params[name]);
    return RTL.test(template + value) ? `\u2068${value}\u2069` : value;
  });
}

/**
 * English, then each layer on top (a language's dictionary, then an integrator's overrides); only known keys with
 * string values are taken, so a key missing from a layer stays in the language below.
 */
export function buildDictionary(...layers: ReadonlyArray<Readonly<Record<string, unknown>> | undefined>): Dictionary {
  const dict: Record<string, string> = { ...en };
  for (const layer of layers) {
    for (const [key, value] of Object.entries(layer ?? {})) {
      if (Object.prototype.hasOwnProperty.call(en, key) && typeof value === 'string') dict[key] = value;
    }
  }
  return dict as Dictionary;
}
