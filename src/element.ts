// `<latch-login>`: the widget as a custom element, for pages and frameworks that prefer markup to `new Latch()`.
import css from 'virtual:latch-shadow-css';
import { Latch } from './latch';
import { HOST_EVENTS } from './machine/machine.types';
import type { ColorScheme, InitialScreen, LatchOptions } from './options';

/** Attributes and the properties they mirror (`lang` is HTMLElement's own, already reflected by the browser). */
const ATTRIBUTES = {
  'client-id': 'clientId',
  domain: 'domain',
  connection: 'connection',
  'initial-screen': 'initialScreen',
  'color-scheme': 'colorScheme',
} as const;

type Attribute = keyof typeof ATTRIBUTES;

/** `forgot_password success` → `latch-forgot-password-success`. */
export const domEventName = (name: string): string => `latch-${name.replace(/[ _]/g, '-')}`;

let sheet: CSSStyleSheet | undefined;

// Server-side rendering imports this module too: there is no HTMLElement to extend there, and nothing to define.
const Base = (typeof HTMLElement === 'undefined' ? class {} : HTMLElement) as typeof HTMLElement;

/**
 * `<latch-login client-id="…" domain="…" connection="…" initial-screen="…" color-scheme="…" lang="…">`.
 * Renders into its own shadow root with the stylesheet adopted (no `<style>`, CSP-clean); the page themes it with
 * the same `--latch-*` custom properties set on the element, and `::part(name)` for each `data-part`.
 * Every widget event is dispatched from the element as a bubbling, composed `CustomEvent` named
 * `latch-` + the event name in kebab-case, with the payload as `detail`.
 */
export class LatchLogin extends Base {
  static readonly observedAttributes: readonly string[] = [...Object.keys(ATTRIBUTES), 'lang'];

  private latch: Latch | null = null;
  private extra: LatchOptions = {};
  private queued = false;
  private parts: MutationObserver | null = null;

  get clientId(): string | null {
    return this.getAttribute('client-id');
  }
  set clientId(value: string | null) {
    this.reflect('client-id', value);
  }
  get domain(): string | null {
    return this.getAttribute('domain');
  }
  set domain(value: string | null) {
    this.reflect('domain', value);
  }
  get connection(): string | null {
    return this.getAttribute('connection');
  }
  set connection(value: string | null) {
    this.reflect('connection', value);
  }
  get initialScreen(): InitialScreen | null {
    return this.getAttribute('initial-screen') as InitialScreen | null;
  }
  set initialScreen(value: InitialScreen | null) {
    this.reflect('initial-screen', value);
  }
  get colorScheme(): ColorScheme | null {
    return this.getAttribute('color-scheme') as ColorScheme | null;
  }
  set colorScheme(value: ColorScheme | null) {
    this.reflect('color-scheme', value);
  }

  /** Every other `new Latch()` option (theme, languageDictionary, allowSignUp, …). Attributes win over these. */
  get options(): LatchOptions {
    return this.extra;
  }
  set options(value: LatchOptions | null | undefined) {
    this.extra = value ?? {};
    this.update();
  }

  connectedCallback(): void {
    // A framework may set properties before this class was defined: they then sit on the instance and hide the
    // accessors. Take them off and set them again, so they go through the accessors (the usual upgrade step).
    for (const name of ['clientId', 'domain', 'connection', 'initialScreen', 'colorScheme', 'options', 'lang'] as const) {
      if (Object.prototype.hasOwnProperty.call(this, name)) {
        const value: unknown = this[name];
        delete (this as Partial<Record<typeof name, unknown>>)[name];
        (this as Record<typeof name, unknown>)[name] = value;
      }
    }
    this.update();
  }

  disconnectedCallback(): void {
    this.teardown();
  }

  attributeChangedCallback(name: string, before: string | null, after: string | null): void {
    if (before === after) return;
    // A new language re-renders in place, keeping what was typed, the screen and focus; the rest rebuilds.
    if (name === 'lang' && this.latch && !this.queued) this.latch.setLanguage(after || this.extra.language || 'en');
    else this.update();
  }

  private reflect(name: Attribute, value: string | null): void {
    if (value === null || value === undefined) this.removeAttribute(name);
    else this.setAttribute(name, String(value));
  }

  /** Changes made in one task (a framework setting several attributes) rebuild the widget once. */
  private update(): void {
    if (this.queued) return;
    this.queued = true;
    queueMicrotask(() => {
      this.queued = false;
      if (this.isConnected) this.mount();
    });
  }

  private mount(): void {
    // A declarative shadow root a server rendered (latch/server's renderLatchElementHTML) is kept for the widget to
    // hydrate, the first time; afterwards (an attribute changed) the widget is built anew.
    const keyed = this.shadowRoot?.querySelector('[data-latch-key]')?.parentElement;
    const rendered = keyed?.parentNode === this.shadowRoot ? keyed : null;
    if (!rendered) this.teardown();
    const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
    }
    shadow.adoptedStyleSheets = [sheet];
    const container = rendered ?? shadow.appendChild(document.createElement('div'));
    // ::part() needs `part`; the widget marks its parts with `data-part`, so mirror each one as it appears.
    const mirror = () => {
      for (const el of shadow.querySelectorAll<HTMLElement | SVGElement>('[data-part]')) {
        const name = el.getAttribute('data-part') ?? '';
        if (el.getAttribute('part') !== name) el.setAttribute('part', name);
      }
    };
    this.parts = new MutationObserver(mirror);
    this.parts.observe(shadow, { subtree: true, childList: true, attributeFilter: ['data-part'] });

    const extra = this.extra;
    const scheme = this.colorScheme ?? extra.theme?.colorScheme ?? 'auto';
    // The shadow stylesheet keys the token set on the host's data-color-scheme (see scripts/build-css.mjs).
    this.setAttribute('data-color-scheme', scheme);
    const options: LatchOptions = { ...extra, container, theme: { ...extra.theme, colorScheme: scheme } };
    const lang = this.getAttribute('lang');
    if (lang) options.language = lang;
    if (this.connection) options.defaultDatabaseConnection = this.connection;
    if (this.initialScreen) options.initialScreen = this.initialScreen;
    const latch = new Latch(this.clientId ?? '', this.domain ?? '', options);
    for (const name of HOST_EVENTS) {
      latch.on(name, (detail) => {
        this.dispatchEvent(new CustomEvent(domEventName(name), { detail, bubbles: true, composed: true }));
      });
    }
    this.latch = latch;
    latch.show();
    mirror();
  }

  /** Aborts any request in flight, drops every listener and empties the shadow root. */
  private teardown(): void {
    this.parts?.disconnect();
    this.parts = null;
    this.latch?.destroy();
    this.latch = null;
    this.shadowRoot?.replaceChildren();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'latch-login': LatchLogin;
  }
}

if (typeof customElements !== 'undefined' && !customElements.get('latch-login')) {
  customElements.define('latch-login', LatchLogin);
}

export { Latch };
