import type { ColorScheme, InitialScreen } from '../src/index';
// The widget's own rules for colours and logos, so the panel accepts exactly what the widget does.
import { isSafeImageUrl } from '../src/options';
import { isHexColor } from '../src/theme/color';
import { byId, h } from './dom';
import { LANGUAGES } from './languages';
import midnightUrl from '../styles/themes/midnight.css?url';
import monoUrl from '../styles/themes/mono.css?url';
import sandUrl from '../styles/themes/sand.css?url';

export type ThemeName = 'default' | 'midnight' | 'sand' | 'mono';

/**
 * How the widget logs in: 'frame' is `auth.redirect: false` (credentials to /co/authenticate, then /authorize in a
 * hidden frame, and the page stays), 'redirect' is Lock's default (the page goes to /authorize and comes back with
 * the result in the hash), 'password-realm' is `auth.grant: 'password-realm'` (POST /oauth/token, no session).
 */
export type LoginBy = 'frame' | 'redirect' | 'password-realm';

const LOGIN_BY: { value: LoginBy; label: string; hint: string }[] = [
  { value: 'frame', label: 'Hidden frame (auth.redirect: false)', hint: 'The page stays and the widget shows its signed-in screen.' },
  { value: 'redirect', label: 'Redirect (Lock’s default)', hint: 'The page goes to /authorize and comes back with the result in its hash.' },
  { value: 'password-realm', label: 'Password-realm grant', hint: 'POST /oauth/token: tokens only, no session at the API.' },
];

/** The choice survives the redirect's round trip (the page is loaded again), for this tab only. */
const LOGIN_BY_KEY = 'latch-demo.login-by';

function storedLoginBy(): LoginBy {
  const stored = sessionStorage.getItem(LOGIN_BY_KEY);
  return LOGIN_BY.find((choice) => choice.value === stored)?.value ?? DEFAULT_SETTINGS.loginBy;
}

/** What the control panel sets; main.ts turns it into widget options. */
export interface Settings {
  /** Empty: no primaryColor option (the stylesheet's or theme's own). */
  primaryColor: string;
  /** Empty: no logo. */
  logo: string;
  colorScheme: ColorScheme;
  initialScreen: InitialScreen;
  allowForgotPassword: boolean;
  allowSignUp: boolean;
  loginAfterSignUp: boolean;
  closable: boolean;
  theme: ThemeName;
  loginBy: LoginBy;
  /** `language`: a bundled language's code; Arabic and Hebrew lay the widget out right to left. */
  language: string;
  /** `theme.radius` in px; empty for the stylesheet's. */
  radius: string;
  /** `theme.font`; empty for the stylesheet's. */
  font: string;
}

const THEMES: Record<Exclude<ThemeName, 'default'>, string> = { midnight: midnightUrl, sand: sandUrl, mono: monoUrl };

export const DEFAULT_SETTINGS: Settings = {
  primaryColor: '#4f46e5',
  logo: '/logo.svg',
  colorScheme: 'auto',
  initialScreen: 'login',
  allowForgotPassword: true,
  allowSignUp: true,
  loginAfterSignUp: true,
  closable: true,
  theme: 'default',
  // The demo's default keeps the signed-in screen in place; a site that copies Lock's options gets 'redirect'.
  loginBy: 'frame',
  language: 'en',
  radius: '',
  font: '',
};

/** #abc → #aabbcc, for the colour picker, which only takes six digits. */
function sixDigits(hex: string): string {
  return hex.length === 4 ? `#${[...hex.slice(1)].map((c) => c + c).join('')}` : hex.toLowerCase();
}

/** A labelled row: label above its control, an optional hint or error below. */
function row(id: string, label: string, control: HTMLElement, hint?: HTMLElement): HTMLDivElement {
  return h('div', { class: 'control' }, h('label', { text: label, attrs: { for: id } }), control, hint);
}

function select<T extends string>(id: string, options: { value: T; label: string }[], value: T): HTMLSelectElement {
  const el = h('select', { attrs: { id } }, ...options.map((o) => h('option', { text: o.label, attrs: { value: o.value } })));
  el.value = value;
  return el;
}

function checkbox(id: string, label: string, checked: boolean): { input: HTMLInputElement; row: HTMLLabelElement } {
  const input = h('input', { attrs: { type: 'checkbox', id } });
  input.checked = checked;
  return { input, row: h('label', { class: 'check' }, input, h('span', { text: label })) };
}

/**
 * The options panel. Calls `onChange` with the new settings whenever one changes; text fields apply
 * when they hold a usable value, so a half-typed colour or URL never breaks the preview.
 */
export function createControls(onChange: (settings: Settings) => void, onOpenModal: () => void): () => Settings {
  const settings: Settings = { ...DEFAULT_SETTINGS, logo: `${location.origin}${DEFAULT_SETTINGS.logo}`, loginBy: storedLoginBy() };
  const changed = () => onChange({ ...settings });

  const picker = h('input', { class: 'swatch', attrs: { type: 'color', id: 'primary-color-picker', 'aria-label': 'Primary colour picker' } });
  picker.value = settings.primaryColor;
  const colorText = h('input', { attrs: { type: 'text', id: 'primary-color', spellcheck: 'false', autocomplete: 'off', placeholder: 'Theme default', 'aria-describedby': 'primary-color-hint' } });
  colorText.value = settings.primaryColor;
  const colorHint = h('p', { class: 'hint', text: '#rgb or #rrggbb; empty for the theme’s own.', attrs: { id: 'primary-color-hint' } });

  const logo = h('input', { attrs: { type: 'text', id: 'logo-url', spellcheck: 'false', autocomplete: 'off', placeholder: 'No logo', 'aria-describedby': 'logo-url-hint' } });
  logo.value = settings.logo;
  const logoHint = h('p', { class: 'hint', text: 'http(s) URL, a path, or a data:image URL; empty for none.', attrs: { id: 'logo-url-hint' } });

  const scheme = select<ColorScheme>('color-scheme', [
    { value: 'auto', label: 'Auto (follow the system)' },
    { value: 'light', label: 'Light' },
    { value: 'dark', label: 'Dark' },
  ], settings.colorScheme);
  const theme = select<ThemeName>('theme', [
    { value: 'default', label: 'Default (latch.css)' },
    { value: 'midnight', label: 'Midnight' },
    { value: 'sand', label: 'Sand' },
    { value: 'mono', label: 'Mono' },
  ], settings.theme);
  const screen = select<InitialScreen>('initial-screen', [
    { value: 'login', label: 'Log in' },
    { value: 'signUp', label: 'Sign up' },
    { value: 'forgotPassword', label: 'Forgot password' },
  ], settings.initialScreen);
  const language = select('language', LANGUAGES.map((l) => ({ value: l.code, label: l.name })), settings.language);
  const direction = h('p', { class: 'hint', attrs: { id: 'language-hint', 'aria-live': 'polite' } });
  const syncDirection = () => {
    const rtl = LANGUAGES.find((l) => l.code === settings.language)?.rtl ?? false;
    direction.textContent = rtl ? 'Direction: right to left (the widget mirrors its layout).' : 'Direction: left to right.';
  };
  syncDirection();
  language.setAttribute('aria-describedby', 'language-hint');
  language.addEventListener('change', () => {
    settings.language = language.value;
    syncDirection();
    changed();
  });
  const radius = h('input', { attrs: { type: 'number', id: 'radius', min: '0', max: '999', step: '1', placeholder: '10 (stylesheet)', 'aria-describedby': 'radius-hint' } });
  const radiusHint = h('p', { class: 'hint', text: 'theme.radius in px: buttons and fields; the card is 1.6× (at most 32px).', attrs: { id: 'radius-hint' } });
  radius.addEventListener('input', () => {
    const valid = radius.value === '' || (Number.isFinite(Number(radius.value)) && Number(radius.value) >= 0);
    markInvalid(radius, !valid);
    if (!valid) return;
    settings.radius = radius.value;
    changed();
  });
  const font = h('input', { attrs: { type: 'text', id: 'font', spellcheck: 'false', autocomplete: 'off', placeholder: 'system-ui, sans-serif', list: 'font-choices', 'aria-describedby': 'font-hint' } });
  const fontHint = h('p', { class: 'hint', text: 'theme.font: a CSS font-family list.', attrs: { id: 'font-hint' } });
  const fontChoices = h('datalist', { attrs: { id: 'font-choices' } }, ...['Georgia, serif', 'ui-monospace, monospace', 'Inter, system-ui, sans-serif'].map((value) => h('option', { attrs: { value } })));
  font.addEventListener('change', () => {
    settings.font = font.value.trim();
    changed();
  });
  const forgot = checkbox('allow-forgot-password', 'allowForgotPassword', settings.allowForgotPassword);
  const signUp = checkbox('allow-sign-up', 'allowSignUp', settings.allowSignUp);
  const loginAfter = checkbox('login-after-sign-up', 'loginAfterSignUp (sign in straight after sign-up)', settings.loginAfterSignUp);
  const closable = checkbox('closable', 'closable (modal close button and Esc)', settings.closable);
  const loginByHint = h('p', { class: 'hint', attrs: { id: 'login-by-hint' } });
  const loginBy = h(
    'fieldset',
    { class: 'control choices', attrs: { id: 'login-by', 'aria-describedby': 'login-by-hint' } },
    h('legend', { text: 'Log in by' }),
    ...LOGIN_BY.map((choice) => {
      const input = h('input', { attrs: { type: 'radio', name: 'login-by', id: `login-by-${choice.value}`, value: choice.value } });
      input.checked = choice.value === settings.loginBy;
      input.addEventListener('change', () => {
        if (!input.checked) return;
        settings.loginBy = choice.value;
        sessionStorage.setItem(LOGIN_BY_KEY, choice.value);
        syncLoginByHint();
        changed();
      });
      return h('label', { class: 'check' }, input, h('span', { text: choice.label }));
    }),
    loginByHint,
  );
  function syncLoginByHint(): void {
    loginByHint.textContent = LOGIN_BY.find((choice) => choice.value === settings.loginBy)?.hint ?? '';
  }
  syncLoginByHint();

  function markInvalid(input: HTMLInputElement, invalid: boolean): void {
    if (invalid) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
  }

  picker.addEventListener('input', () => {
    colorText.value = picker.value;
    markInvalid(colorText, false);
    settings.primaryColor = picker.value;
    changed();
  });
  colorText.addEventListener('input', () => {
    const value = colorText.value.trim();
    const valid = value === '' || isHexColor(value);
    markInvalid(colorText, !valid);
    if (!valid || value === settings.primaryColor) return;
    if (value !== '') picker.value = sixDigits(value);
    settings.primaryColor = value;
    changed();
  });
  logo.addEventListener('change', () => {
    const value = logo.value.trim();
    // Checked here so a half-typed URL marks the field instead of breaking the preview.
    const valid = value === '' || isSafeImageUrl(value);
    markInvalid(logo, !valid);
    if (!valid) return;
    settings.logo = value;
    changed();
  });
  scheme.addEventListener('change', () => {
    settings.colorScheme = scheme.value as ColorScheme;
    changed();
  });
  theme.addEventListener('change', () => {
    settings.theme = theme.value as ThemeName;
    applyTheme(settings.theme);
    // A theme brings its own brand colour; an explicit one would hide it.
    if (settings.theme !== 'default') {
      colorText.value = '';
      settings.primaryColor = '';
    }
    changed();
  });
  screen.addEventListener('change', () => {
    settings.initialScreen = screen.value as InitialScreen;
    changed();
  });
  forgot.input.addEventListener('change', () => {
    settings.allowForgotPassword = forgot.input.checked;
    syncScreenChoice();
    changed();
  });
  signUp.input.addEventListener('change', () => {
    settings.allowSignUp = signUp.input.checked;
    syncScreenChoice();
    changed();
  });
  loginAfter.input.addEventListener('change', () => {
    settings.loginAfterSignUp = loginAfter.input.checked;
    changed();
  });
  closable.input.addEventListener('change', () => {
    settings.closable = closable.input.checked;
    changed();
  });

  /** A screen that is turned off cannot be the first one (the widget refuses that): fall back to login. */
  function syncScreenChoice(): void {
    const allowed: Partial<Record<InitialScreen, boolean>> = {
      forgotPassword: settings.allowForgotPassword,
      signUp: settings.allowSignUp,
    };
    for (const [value, on] of Object.entries(allowed)) {
      const option = screen.querySelector<HTMLOptionElement>(`option[value=${value}]`);
      if (option) option.disabled = !on;
    }
    if (allowed[settings.initialScreen] === false) {
      screen.value = 'login';
      settings.initialScreen = 'login';
    }
  }

  byId('controls').append(
    row('primary-color', 'Primary colour', h('div', { class: 'color-pair' }, picker, colorText), colorHint),
    row('logo-url', 'Logo URL', logo, logoHint),
    row('color-scheme', 'Colour scheme', scheme),
    row('theme', 'Theme stylesheet', theme),
    row('language', 'Language', language, direction),
    row('radius', 'Corner radius', radius, radiusHint),
    row('font', 'Font', font, fontHint),
    fontChoices,
    row('initial-screen', 'Initial screen', screen),
    loginBy,
    h('div', { class: 'control checks' }, forgot.row, signUp.row, loginAfter.row, closable.row),
    h('button', { class: 'button primary', text: 'Open modal', attrs: { type: 'button', id: 'open-modal' }, on: { click: onOpenModal } }),
  );
  return () => ({ ...settings });
}

/** A theme is a stylesheet after latch.css; swapping a <link> keeps the page free of inline styles. */
function applyTheme(name: ThemeName): void {
  document.getElementById('theme-stylesheet')?.remove();
  if (name === 'default') return;
  document.head.append(h('link', { attrs: { rel: 'stylesheet', id: 'theme-stylesheet', href: THEMES[name] } }));
}
