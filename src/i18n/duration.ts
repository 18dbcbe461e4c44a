/**
 * A wait as the language says it, from Intl: "in 42 seconds", "dans 3 minutes", "za 2 sekundy", "خلال ثانيتين".
 * Whole units, rounded up so we never promise less wait than the server asked; seconds under 90 s, else minutes.
 */
export function formatWait(seconds: number, locale: string): string {
  const minutes = seconds >= 90;
  return new Intl.RelativeTimeFormat(locale).format(
    Math.max(1, Math.ceil(minutes ? seconds / 60 : seconds)),
    minutes ? 'minute' : 'second',
  );
}
