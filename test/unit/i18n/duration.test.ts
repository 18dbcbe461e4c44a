import { describe, expect, it } from 'vitest';
import { formatWait } from '../../../src/i18n/duration';

describe('formatWait: a wait as the language says it (Intl.RelativeTimeFormat)', () => {
  it('rounds up to whole seconds under 90 s, so the wait promised is never shorter than the server asked', () => {
    expect(formatWait(29.01, 'en')).toBe('in 30 seconds');
    expect(formatWait(0.2, 'en')).toBe('in 1 second');
    expect(formatWait(0, 'en')).toBe('in 1 second');
    expect(formatWait(-3, 'en')).toBe('in 1 second');
    expect(formatWait(89.5, 'en')).toBe('in 90 seconds');
  });

  it('says minutes from 90 s, rounded up', () => {
    expect(formatWait(90, 'en')).toBe('in 2 minutes');
    expect(formatWait(120, 'en')).toBe('in 2 minutes');
    expect(formatWait(121, 'en')).toBe('in 3 minutes');
    expect(formatWait(7200, 'en')).toBe('in 120 minutes');
  });

  // Seconds for 1–22, minutes for 150 s (3) and 660 s (11).
  const say = (locale: string) => [1, 2, 3, 5, 11, 22, 150, 660].map((s) => formatWait(s, locale));

  it('English and German: one and other', () => {
    expect(say('en')).toEqual([
      'in 1 second', 'in 2 seconds', 'in 3 seconds', 'in 5 seconds', 'in 11 seconds', 'in 22 seconds', 'in 3 minutes', 'in 11 minutes',
    ]);
    expect(say('de')).toEqual([
      'in 1 Sekunde', 'in 2 Sekunden', 'in 3 Sekunden', 'in 5 Sekunden', 'in 11 Sekunden', 'in 22 Sekunden', 'in 3 Minuten', 'in 11 Minuten',
    ]);
  });

  it('Polish: the one, few (2–4, 22–24) and many forms', () => {
    expect(say('pl')).toEqual([
      'za 1 sekundę', 'za 2 sekundy', 'za 3 sekundy', 'za 5 sekund', 'za 11 sekund', 'za 22 sekundy', 'za 3 minuty', 'za 11 minut',
    ]);
  });

  it('Arabic: the dual for 2, the plural for 3–10, the singular from 11', () => {
    const ar = say('ar');
    expect(ar[0]).toBe('خلال ثانية واحدة');
    expect(ar[1]).toBe('خلال ثانيتين');
    expect(ar[2]).toBe('خلال 3 ثوانٍ');
    expect(ar[3]).toBe('خلال 5 ثوانٍ');
    expect(ar[4]).toBe('خلال 11 ثانية');
    expect(ar[5]).toBe('خلال 22 ثانية');
    expect(ar[6]).toBe('خلال 3 دقائق');
    expect(ar[7]).toBe('خلال 11 دقيقة');
  });

  it('Hebrew has a dual form; Japanese one form for every number', () => {
    expect(formatWait(2, 'he')).toBe('בעוד שתי שניות');
    expect(formatWait(5, 'he')).toBe('בעוד 5 שניות');
    expect(say('ja')).toEqual(['1 秒後', '2 秒後', '3 秒後', '5 秒後', '11 秒後', '22 秒後', '3 分後', '11 分後']);
  });

  it('follows the locale given, region included', () => {
    expect(formatWait(30, 'pt-BR')).toBe('em 30 segundos');
    expect(formatWait(30, 'zh-CN')).toBe('30秒钟后');
  });
});
