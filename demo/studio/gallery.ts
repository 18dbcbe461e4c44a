// The state gallery: every screen × state (fixtures.ts) as a real widget, pinned in that state, in the chosen
// schemes, directions and widths. Cells are inert pictures; "Open live" builds the same widget, interactive, against
// the mock. Themes reach every cell through its root's custom properties (CSSOM: the page's CSP has no inline styles).
import { Latch, type LatchOptions } from '../../src/index';
import type { MachineState } from '../../src/machine/machine.types';
import { h } from '../dom';
import { screenFixtures, type ScreenFixtures, type StateFixture } from './fixtures';
import type { Theme } from './tokens';

export interface Variant {
  readonly scheme: 'light' | 'dark';
  readonly dir: 'ltr' | 'rtl';
  readonly width: 'phone' | 'desktop';
}

export interface GallerySettings {
  readonly variants: readonly Variant[];
  /** The language of left-to-right cells, and of right-to-left ones. */
  readonly language: string;
  readonly rtlLanguage: string;
  /** Only this screen's states; all when empty. */
  readonly screen: string;
}

export interface GalleryTarget {
  readonly clientId: string;
  readonly domain: string;
  readonly connection: string | null;
  readonly passwordPolicy: LatchOptions['passwordPolicy'] | null;
}

/** A widget class whose machine starts in the fixture's state (Latch reads a subclass's static `pin`). */
const pinned = (state: StateFixture) =>
  class extends Latch {
    static pin = (first: MachineState) => state.pin(first);
  };

const SCREEN_NAMES: Readonly<Record<string, string>> = {
  login: 'Login',
  signUp: 'Sign up',
  forgotPassword: 'Forgot password',
  resetPassword: 'Reset password',
  lastLogin: 'Last login',
  signedIn: 'Signed in',
  unrecoverable: 'Unavailable',
};
export const screenName = (screen: string) => SCREEN_NAMES[screen] ?? screen;

/** Sets a theme's tokens on a widget's root, for the scheme it shows. */
export function paint(root: Element | null, theme: Theme | null, scheme: 'light' | 'dark'): void {
  if (!(root instanceof HTMLElement)) return;
  if (!theme) return;
  for (const [name, value] of Object.entries(theme[scheme])) root.style.setProperty(name, value);
}

export interface Gallery {
  render(settings: GallerySettings): void;
  applyTheme(theme: Theme): void;
  readonly screens: readonly ScreenFixtures[];
}

export function createGallery(grid: HTMLElement, target: GalleryTarget, openLive: (screen: string, state: StateFixture, variant: Variant) => void): Gallery {
  const screens = screenFixtures();
  let widgets: { latch: Latch; host: HTMLElement; scheme: 'light' | 'dark' }[] = [];
  let theme: Theme | null = null;
  let generation = 0;

  const optionsFor = (variant: Variant, language: string, container: HTMLElement): LatchOptions => ({
    container,
    language,
    autofocus: false,
    rememberLastLogin: false,
    allowShowPassword: true,
    allowSignUp: true,
    allowForgotPassword: true,
    auth: { redirect: false },
    theme: { colorScheme: variant.scheme },
    ...(target.connection ? { defaultDatabaseConnection: target.connection } : {}),
    // Given, so no cell asks the API for the connection's settings: the gallery needs no network.
    passwordPolicy: target.passwordPolicy ?? { level: 'fair' },
  });

  function render(settings: GallerySettings): void {
    generation += 1;
    const mine = generation;
    for (const { latch } of widgets) latch.destroy();
    widgets = [];
    grid.replaceChildren();
    const jobs: (() => void)[] = [];
    for (const screen of screens) {
      if (settings.screen && settings.screen !== screen.screen) continue;
      const section = h('section', { class: 'gallery-screen', attrs: { 'aria-label': screenName(screen.screen), 'data-screen': screen.screen } }, h('h3', { text: screenName(screen.screen) }));
      const row = h('div', { class: 'gallery-row' });
      section.append(row);
      grid.append(section);
      for (const state of screen.states) {
        for (const variant of settings.variants) {
          const language = variant.dir === 'rtl' ? settings.rtlLanguage : settings.language;
          const caption = `${screenName(screen.screen)} · ${state.label} · ${variant.scheme} · ${variant.dir.toUpperCase()} · ${variant.width}`;
          const host = h('div', { class: 'cell-widget', attrs: { inert: true } });
          const cell = h(
            'figure',
            {
              class: 'cell',
              attrs: { 'data-screen': screen.screen, 'data-state': state.id, 'data-scheme': variant.scheme, 'data-dir': variant.dir, 'data-width': variant.width },
            },
            host,
            h(
              'figcaption',
              {},
              h('span', { text: caption }),
              h('button', { class: 'button small', text: 'Open live', attrs: { type: 'button', 'aria-label': `Open live: ${caption}` }, on: { click: () => openLive(screen.screen, state, variant) } }),
            ),
          );
          row.append(cell);
          jobs.push(() => {
            const Pinned = pinned(state);
            const latch = new Pinned(target.clientId, target.domain, optionsFor(variant, language, host));
            latch.show();
            widgets.push({ latch, host, scheme: variant.scheme });
            paint(host.querySelector('.latch[data-part=root]'), theme, variant.scheme);
          });
        }
      }
    }
    // A few cells a frame, so the page answers while a large gallery builds.
    const step = () => {
      if (mine !== generation) return;
      jobs.splice(0, 6).forEach((job) => job());
      if (jobs.length) requestAnimationFrame(step);
      else grid.setAttribute('data-ready', String(mine));
    };
    grid.removeAttribute('data-ready');
    requestAnimationFrame(step);
  }

  return {
    screens,
    render,
    applyTheme(next) {
      theme = next;
      for (const { host, scheme } of widgets) paint(host.querySelector('.latch[data-part=root]'), theme, scheme);
    },
  };
}

/** The live widget: the same options and pinned state, interactive, against the mock. */
export function openLiveWidget(container: HTMLElement, target: GalleryTarget, state: StateFixture, variant: Variant, language: string, theme: Theme | null): Latch {
  const Pinned = pinned(state);
  const latch = new Pinned(target.clientId, target.domain, {
    container,
    language,
    autofocus: true,
    rememberLastLogin: false,
    allowShowPassword: true,
    allowAutocomplete: true,
    allowPasswordAutocomplete: true,
    auth: { redirect: false, responseType: 'token id_token' },
    theme: { colorScheme: variant.scheme },
    ...(target.connection ? { defaultDatabaseConnection: target.connection } : {}),
    ...(target.passwordPolicy ? { passwordPolicy: target.passwordPolicy } : {}),
  });
  latch.show();
  paint(container.querySelector('.latch[data-part=root]'), theme, variant.scheme);
  return latch;
}
