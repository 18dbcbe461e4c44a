/**
 * Auth0 Lock compatibility for the options: Lock 14's public options by path (types/index.d.ts, lib/core/index.js,
 * lib/connection/*), Lock's value shapes, and what happens to a key no rule in src/options.ts reads. A Lock option
 * Latch does not do yet is accepted and named in one console warning; a key neither knows is ignored, with a
 * "did you mean" warning. Neither stops the widget: only a wrong value for an option Latch implements does.
 */
import { isHexColor, parseColor, toHex } from '../theme/color';

/** Lock options Latch accepts without doing what Lock does with them yet. Paths, space-separated (small to ship). */
export const LOCK_UNSUPPORTED =
  'assetsUrl ' +
  'clientBaseUrl connectionResolver defaultADUsernameFromEmailPrefix defaultEnterpriseConnection ' +
  'defaultLocation disableWarnings emailFirst forceAutoHeight hooks languageBaseUrl legacySameSiteCookie ' +
  'mobile overrides passwordlessMethod popupOptions preferConnectionDisplayName ' +
  'scrollGlobalMessagesIntoView signUpFieldsStrictValidation signUpHideUsernameField ' +
  'socialButtonStyle useCustomPasswordlessConnection _enableImpersonation _enableIdPInitiatedLogin ' +
  '_sendTelemetry _telemetryInfo __useTenantInfo theme.authButtons ' +
  'auth.connectionScopes';

/**
 * Lock options Latch implements under Lock's name: src/options.ts has a rule for each. Not read at run time (so not
 * shipped); with LOCK_UNSUPPORTED it is the table of every public Lock 14 option that the tests hold to Lock's types.
 * `overrides` (`__tenant`, `__token_issuer`, `__jwks_uri`) is accepted as a whole, like the other unsupported ones.
 */
export const LOCK_IMPLEMENTED =
  'additionalSignUpFields avatar allowAutocomplete allowedConnections allowForgotPassword allowLogin allowPasswordAutocomplete allowShowPassword allowSignUp auth auth.audience auth.autoParseHash auth.nonce auth.params ' +
  'auth.redirect auth.redirectUrl auth.responseMode auth.responseType auth.sso auth.state autoclose autofocus closable ' +
  'configurationBaseUrl container defaultDatabaseConnection flashMessage forgotPasswordLink hashCleanup initialScreen language ' +
  'languageDictionary leeway loginAfterSignUp mustAcceptTerms prefill rememberLastLogin prefill.email prefill.username showTerms signUpLink usernameStyle theme theme.hideMainScreenTitle ' +
  'theme.labeledSubmitButton theme.logo theme.primaryColor';

/** Edit distance (Levenshtein), case-insensitive: how far a misspelt key is from a known one. */
function distance(a: string, b: string): number {
  a = a.toLowerCase();
  b = b.toLowerCase();
  let row = [...Array(b.length + 1).keys()];
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

/** The known key nearest to `key` ('color' finds 'primaryColor', which holds it), or undefined when none is close. */
export function nearest(key: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let least = Math.max(2, key.length / 3);
  for (const name of known) {
    const d = name.toLowerCase().includes(key.toLowerCase()) ? 0 : distance(key, name);
    if (d < least || (d === least && !best)) [best, least] = [name, d];
  }
  return best;
}

/**
 * Collects the keys no rule read, then says them in (at most) one warning for Lock's options and one for the rest.
 * Lock's `disableWarnings` silences both, as in Lock.
 */
export function strayKeys() {
  const lock: string[] = [];
  const unknown: string[] = [];
  const paths = LOCK_UNSUPPORTED.split(' ');
  let quiet = false;
  return {
    key(path: string, key: string, value: unknown, known: readonly string[]): void {
      const name = path + key;
      if (name === 'disableWarnings') quiet = value === true;
      else if (paths.includes(name)) {
        lock.push(name);
      } else {
        // Candidates at the same level: Latch's keys there and Lock's.
        const level = paths.filter((p) => p.startsWith(path) && !p.includes('.', path.length)).map((p) => p.slice(path.length));
        const near = nearest(key, [...known, ...level]);
        unknown.push(`"${name}"${near ? ` (did you mean "${path}${near}"?)` : ''}`);
      }
    },
    warn(): void {
      if (quiet) return;
      if (lock.length) console.warn(`Latch: these Auth0 Lock options are accepted but not supported yet, so they have no effect: ${lock.join(', ')}.`);
      if (unknown.length) console.warn(`Latch: unknown options, ignored: ${unknown.join(', ')}.`);
    },
  };
}

/**
 * Lock's `container` is an element id; Latch's was a CSS selector. A bare name is tried as an id first (so 'root'
 * finds `id="root"`, not a `<root>` element), then anything as a selector; null when nothing matches or it cannot
 * be parsed.
 */
export function findContainer(
  value: string,
  document?: { querySelector(selectors: string): HTMLElement | null; getElementById?(id: string): HTMLElement | null },
): HTMLElement | null {
  try {
    return (/^[\w-]+$/.test(value) && document?.getElementById?.(value)) || document?.querySelector(value) || null;
  } catch {
    return null; // an invalid selector matches nothing
  }
}

/**
 * A CSS colour as the palette needs it. Hex is kept as given. Any other colour (a name, rgb(), hsl(), ...) is
 * resolved by the browser itself through a throwaway element's computed style, which costs no colour table and
 * no canvas, and works under a strict CSP (the style is set through the CSSOM, not an attribute). Gives false for
 * what is not an opaque colour (so the option is refused), and null for a colour this page cannot resolve (no
 * DOM, or one such as happy-dom that keeps names as written): the widget then keeps its own colours.
 */
export function cssColor(value: string): string | null | false {
  if (isHexColor(value)) return value;
  const doc = globalThis.document;
  if (!doc?.documentElement || typeof getComputedStyle !== 'function') return null;
  const probe = doc.createElement('i');
  probe.style.color = value;
  // Keywords that take another colour's value are not a brand colour.
  if (!probe.style.color || /^(inherit|initial|unset|revert|revert-layer|currentcolor)$/i.test(value.trim())) return false;
  doc.documentElement.append(probe);
  const computed = getComputedStyle(probe).color;
  probe.remove();
  const rgb = /^rgba?\((\d+)[, ]+(\d+)[, ]+(\d+)(?:[,/ ]+([\d.]+%?))?\)$/.exec(computed);
  if (!rgb) return parseColor(computed) ? computed : null;
  const [, r, g, b, alpha] = rgb;
  if (alpha !== undefined && parseFloat(alpha) !== (alpha.endsWith('%') ? 100 : 1)) return false;
  return toHex({ r: Number(r), g: Number(g), b: Number(b) });
}
