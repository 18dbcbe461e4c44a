import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, test, vi, type MockInstance } from 'vitest';
import { normalizeOptions } from '../../../src/options';
import { LOCK_IMPLEMENTED, LOCK_UNSUPPORTED, cssColor, nearest } from '../../../src/options/lock';
import '../../../src/flows/all';

let warn: MockInstance<typeof console.warn>;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  warn.mockRestore();
  vi.unstubAllGlobals();
});
const warnings = () => warn.mock.calls.map(([message]) => String(message));
const normalize = (options: unknown) => normalizeOptions('cid', 'tenant.example.com', options, {});
const LOCK_WARNING = 'Latch: these Auth0 Lock options are accepted but not supported yet, so they have no effect: ';

/** The option names an interface of Lock's own type declarations lists. */
function lockTypes(name: string): string[] {
  const source = readFileSync('node_modules/auth0-lock/types/index.d.ts', 'utf8');
  const body = new RegExp(`interface ${name} \\{([^}]*)\\}`).exec(source)?.[1];
  if (!body) throw new Error(`no ${name} in Lock's types`);
  return [...body.matchAll(/^\s*(\w+)\??:/gm)].map(([, key]) => key!);
}

describe("the table holds every public Lock 14 option, each once", () => {
  const unsupported = LOCK_UNSUPPORTED.split(' ');
  const implemented = LOCK_IMPLEMENTED.split(' ');
  const table = [...unsupported, ...implemented];

  test.each([
    ['Auth0LockConstructorOptions', ''],
    ['Auth0LockShowOptions', ''],
    ['Auth0LockThemeOptions', 'theme.'],
    ['Auth0LockAuthOptions', 'auth.'],
  ])("%s (Lock's types)", (name, path) => {
    for (const key of lockTypes(name)) expect(table).toContain(path + key);
  });

  test('and the options Lock reads that its types leave out', () => {
    for (const path of ['auth.connectionScopes', 'auth.state', 'auth.nonce', 'overrides', 'passwordlessMethod', 'defaultLocation']) expect(table).toContain(path);
  });

  test('no option is in both lists', () => {
    expect(new Set(table).size).toBe(table.length);
  });

  test.each(implemented)('%s, which Latch implements, has a rule: giving it warns of nothing', (path) => {
    const [first, second] = path.split('.');
    const value = first === 'container' ? undefined : second ? { [second]: undefined } : undefined;
    normalize({ [first!]: value });
    expect(warnings()).toEqual([]);
  });

  test.each(unsupported)('%s, which Latch does not do yet, is accepted and named in the warning', (path) => {
    const [first, second] = path.split('.');
    const result = normalize(second ? { [first!]: { [second]: true } } : { [first!]: true });
    expect(result.ok).toBe(true);
    expect(warnings()).toEqual(path === 'disableWarnings' ? [] : [`${LOCK_WARNING}${path}.`]);
  });
});

describe("Lock's options Latch does not do yet", () => {
  test('are all named in one warning per widget, and the options Latch has still apply', () => {
    const result = normalize({ emailFirst: true, closable: false, theme: { authButtons: {} }, auth: { connectionScopes: {} }, socialButtonStyle: 'big' });
    expect(result).toMatchObject({ ok: true, options: { closable: false } });
    expect(warnings()).toEqual([`${LOCK_WARNING}emailFirst, socialButtonStyle, theme.authButtons, auth.connectionScopes.`]);
  });

  test('with unknown keys too: one warning for each kind', () => {
    normalize({ emailFirst: true, rememberLogin: true });
    expect(warnings()).toEqual([`${LOCK_WARNING}emailFirst.`, 'Latch: unknown options, ignored: "rememberLogin" (did you mean "rememberLastLogin"?).']);
  });

  test('avatar: null (none) and Lock’s { url, displayName } are taken without a warning; another shape is refused', () => {
    expect(normalize({ avatar: null }).ok).toBe(true);
    expect(normalize({ avatar: { url: () => undefined, displayName: () => undefined } }).ok).toBe(true);
    expect(warnings()).toEqual([]);
    expect(normalize({ avatar: { url: 'https://img.example/a.png' } })).toMatchObject({ ok: false, problems: ['avatar must be { url(email, cb), displayName(email, cb) } or null'] });
  });

  test('disableWarnings: true silences them, as in Lock', () => {
    expect(normalize({ disableWarnings: true, rememberLastLogin: false, colour: 'red' }).ok).toBe(true);
    expect(warnings()).toEqual([]);
  });

  test('a wrong type for an option Latch implements is still a problem', () => {
    expect(normalize({ rememberLastLogin: false, allowSignUp: 'no', theme: { primaryColor: 5 } })).toMatchObject({
      ok: false,
      problems: ['allowSignUp must be a boolean', 'theme.primaryColor must be a CSS colour such as #4f46e5 or "green"'],
    });
  });
});

describe('nearest', () => {
  test.each([
    ['closeable', ['container', 'closable', 'autofocus'], 'closable'],
    ['color', ['logo', 'primaryColor', 'colorScheme'], 'primaryColor'],
    ['redirectUri', ['redirect', 'redirectUrl'], 'redirectUrl'],
    ['zzz', ['closable'], undefined],
  ])('%s among %j: %s', (key, known, expected) => {
    expect(nearest(key, known)).toBe(expected);
  });
});

describe('cssColor, any CSS colour as hex', () => {
  test('hex is kept as given', () => {
    expect(cssColor('#0F766E')).toBe('#0F766E');
  });

  // happy-dom keeps rgb() as written, which is already what a browser computes.
  test.each([
    ['rgb(0, 128, 0)', '#008000'],
    ['rgba(0, 128, 0, 1)', '#008000'],
    ['rgba(0, 128, 0, 0.5)', false],
    ['not a colour', false],
    ['inherit', false],
    ['currentcolor', false],
  ])('%s: %s', (value, expected) => {
    expect(cssColor(value)).toBe(expected);
  });

  test("a name, hsl() or any other: resolved by the browser's computed style", () => {
    // What Chromium computes; happy-dom keeps names as written, so the browser is stood in for here.
    const computed: Record<string, string> = { green: 'rgb(0, 128, 0)', 'hsl(120 100% 25%)': 'rgb(0, 128, 0)', transparent: 'rgba(0, 0, 0, 0)', 'color(srgb 0 0.5 0)': 'color(srgb 0 0.5 0)' };
    vi.stubGlobal('getComputedStyle', (element: HTMLElement) => ({ color: computed[element.style.color] ?? element.style.color }));
    expect(cssColor('green')).toBe('#008000');
    expect(cssColor('hsl(120 100% 25%)')).toBe('#008000');
    expect(cssColor('transparent')).toBe(false);
    // The throwaway element is gone again.
    expect(document.querySelectorAll('i')).toHaveLength(0);
  });

  test('a colour the page cannot resolve (happy-dom, a name) is accepted and leaves the default colours', () => {
    expect(cssColor('green')).toBe(null);
    expect(normalize({ theme: { primaryColor: 'green' } })).toMatchObject({ ok: true, options: { theme: { primaryColor: null } } });
  });

  test('without a DOM (a server render), only hex can be read', () => {
    vi.stubGlobal('document', undefined);
    expect(cssColor('#fff')).toBe('#fff');
    expect(cssColor('green')).toBe(null);
  });
});
