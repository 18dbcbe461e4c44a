import type { Latch, Tokens } from '../src/index';
import { byId, clock, h } from './dom';

/** Where a result came from, for the panel's heading line. */
export type SessionSource = 'inline' | 'modal' | 'redirect' | 'check';

/** Set just before the page leaves for /v2/logout, so the page it comes back to can say what happened. */
const LOGGED_OUT_KEY = 'latch-demo.logged-out';

/** Claims holding epoch seconds: shown as a time of day beside the number. */
const TIME_CLAIMS = new Set(['exp', 'iat', 'auth_time', 'nbf']);

const SOURCE_TEXT: Record<SessionSource, string> = {
  inline: 'Signed in with the inline widget',
  modal: 'Signed in with the modal widget',
  redirect: 'Signed in by redirect (the result came back in the URL hash)',
  check: 'Signed in: Check session found the session',
};

/** The claims a person looks for first; the rest follow in the token's order. */
const FIRST_CLAIMS = ['sub', 'email', 'email_verified', 'name'];

export interface SessionPanel {
  /** Shows a result of `authenticated` (or of checkSession). */
  show(result: Tokens, source: SessionSource): void;
  /** Forgets what was shown, saying why. */
  clear(reason: string): void;
}

/**
 * The Session panel: what the last `authenticated` carried (the ID token's claims, checked by the widget, and the
 * token's expiry), and two buttons that ask the API about its session: Check session (checkSession in a hidden
 * frame) and Log out (/v2/logout, back to this page). Everything is text: values from tokens never become markup.
 */
export function createSessionPanel(widget: () => Latch | undefined): SessionPanel {
  const summary = byId('session-summary');
  const details = byId('session-details');
  const status = byId('session-status');
  const check = byId<HTMLButtonElement>('session-check');
  const logout = byId<HTMLButtonElement>('session-logout');

  function signedOut(text: string): void {
    summary.textContent = text;
    summary.removeAttribute('data-tone');
    details.replaceChildren();
  }

  function show(result: Tokens, source: SessionSource): void {
    const received = new Date();
    summary.textContent = `${SOURCE_TEXT[source]} · ${clock(received)}`;
    summary.setAttribute('data-tone', 'success');
    const parts: Node[] = [expiry(result, received)];
    const claims = result.idTokenPayload;
    if (claims) {
      parts.push(h('h3', { text: 'ID token claims (signature and claims checked by the widget)' }), claimList(claims));
    } else {
      parts.push(
        h('p', {
          class: 'muted',
          text: result.idToken
            ? 'No checked claims: the password-realm grant’s ID token is passed on unchecked, and the grant opens no session at the API (Check session says login_required).'
            : 'No ID token in the result, so no claims to show.',
        }),
      );
    }
    details.replaceChildren(...parts);
  }

  check.addEventListener('click', () => {
    const latch = widget();
    if (!latch) return;
    check.disabled = true;
    status.textContent = 'Checking the session…';
    latch.checkSession({}, (error, result) => {
      check.disabled = false;
      if (error) {
        status.textContent = `Check session: ${error.error}${error.errorDescription ? ` (${error.errorDescription})` : ''}`;
        status.setAttribute('data-tone', 'error');
        signedOut('No session at the API: sign in again.');
        return;
      }
      status.removeAttribute('data-tone');
      if (!result) {
        status.textContent = 'Check session: no answer.';
        return;
      }
      const who = result.idTokenPayload?.email ?? result.idTokenPayload?.sub;
      status.textContent = `Check session: signed in${typeof who === 'string' ? ` as ${who}` : ''}.`;
      show(result, 'check');
    });
  });

  logout.addEventListener('click', () => {
    const latch = widget();
    if (!latch) return;
    sessionStorage.setItem(LOGGED_OUT_KEY, '1');
    latch.logout({ returnTo: location.origin + location.pathname });
  });

  if (sessionStorage.getItem(LOGGED_OUT_KEY)) {
    sessionStorage.removeItem(LOGGED_OUT_KEY);
    signedOut('Logged out: /v2/logout ended the session and sent the browser back here. Check session to see it.');
  } else {
    signedOut('Not signed in yet: log in with the widget, or check for an existing session.');
  }
  return {
    show,
    clear(reason) {
      status.textContent = '';
      status.removeAttribute('data-tone');
      signedOut(reason);
    },
  };
}

/** How long the access token is good for, from `expiresIn`, and when the ID token expires. */
function expiry(result: Tokens, received: Date): HTMLElement {
  const lines: HTMLElement[] = [];
  if (result.expiresIn !== null) {
    const at = new Date(received.getTime() + result.expiresIn * 1000);
    lines.push(h('p', {}, `Access token (${result.tokenType ?? 'no type'}) expires in ${result.expiresIn} s, at `, when(at), '.'));
  } else {
    lines.push(h('p', { text: 'No access token expiry (expiresIn) in the result.' }));
  }
  const exp = result.idTokenPayload?.exp;
  if (typeof exp === 'number') lines.push(h('p', {}, 'ID token expires at ', when(new Date(exp * 1000)), '.'));
  if (result.scope) lines.push(h('p', { text: `Scope: ${result.scope}` }));
  return h('div', { class: 'session-expiry' }, ...lines);
}

/** A date and time kept on one line. */
function when(date: Date): HTMLTimeElement {
  return h('time', { text: dateTime(date), attrs: { datetime: date.toISOString() } });
}

function claimList(claims: Readonly<Record<string, unknown>>): HTMLDListElement {
  const names = [...FIRST_CLAIMS.filter((name) => name in claims), ...Object.keys(claims).filter((name) => !FIRST_CLAIMS.includes(name))];
  const rows = names.map((name) => [name, claims[name]] as const).flatMap(([name, value]) => [h('dt', { text: name }), h('dd', { text: claimText(name, value) })]);
  return h('dl', { class: 'claims', attrs: { id: 'session-claims' } }, ...rows);
}

function claimText(name: string, value: unknown): string {
  if (TIME_CLAIMS.has(name) && typeof value === 'number') return `${value} (${dateTime(new Date(value * 1000))})`;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Local date and time, 2026-12-04 22:07:47: short enough for the claims' column, and unambiguous. */
function dateTime(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}
