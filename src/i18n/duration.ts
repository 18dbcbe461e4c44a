import type { Dictionary } from './en';
import { format } from './format';

/** "42 seconds", "2 minutes": whole units, rounded up so we never promise less wait than the server asked. */
export function formatWait(dict: Dictionary, seconds: number, locale = 'en'): string {
  const plural = new Intl.PluralRules(locale);
  if (seconds < 90) {
    const n = Math.max(1, Math.ceil(seconds));
    return format(dict, plural.select(n) === 'one' ? 'time.seconds.one' : 'time.seconds.other', { n });
  }
  const n = Math.ceil(seconds / 60);
  return format(dict, plural.select(n) === 'one' ? 'time.minutes.one' : 'time.minutes.other', { n });
}
