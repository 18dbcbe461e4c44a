// The designers' studio (studio.html): the state gallery, the live theme editor, and a live widget for any cell.
import '../../styles/latch.css';
import '../languages';
import type { Latch } from '../../src/index';
import { admin, describeError, type TenantInfo } from '../admin';
import { byId, h } from '../dom';
import { LANGUAGES } from '../languages';
import { createEditor } from './editor';
import { createGallery, openLiveWidget, screenName, type GallerySettings, type GalleryTarget, type Variant } from './gallery';
import type { Theme } from './tokens';

let live: Latch | null = null;
let theme: Theme | null = null;

function fillSelect(select: HTMLSelectElement, options: readonly { value: string; label: string }[], value: string): void {
  select.replaceChildren(...options.map((o) => h('option', { text: o.label, attrs: { value: o.value } })));
  select.value = value;
}

function checked(form: HTMLFormElement, name: string): string[] {
  return [...form.querySelectorAll<HTMLInputElement>(`input[name=${name}]:checked`)].map((input) => input.value);
}

function settingsOf(form: HTMLFormElement): GallerySettings {
  const variants: Variant[] = [];
  for (const width of checked(form, 'width') as Variant['width'][])
    for (const dir of checked(form, 'dir') as Variant['dir'][])
      for (const scheme of checked(form, 'scheme') as Variant['scheme'][]) variants.push({ scheme, dir, width });
  return {
    variants,
    language: byId<HTMLSelectElement>('gallery-language').value,
    rtlLanguage: byId<HTMLSelectElement>('gallery-rtl-language').value,
    screen: byId<HTMLSelectElement>('gallery-screen').value,
  };
}

async function start(): Promise<void> {
  let tenant: TenantInfo;
  try {
    tenant = await admin.tenant();
  } catch (error) {
    byId('gallery-status').textContent = `The mock backend did not answer: ${describeError(error)}`;
    return;
  }
  byId('tenant-name').textContent = `${tenant.name} · client ${tenant.clientId ?? 'none'}`;
  const target: GalleryTarget = { clientId: tenant.clientId ?? '-', domain: location.origin, connection: tenant.connection, passwordPolicy: tenant.passwordPolicy };
  const form = byId<HTMLFormElement>('gallery-controls');
  const livePanel = byId('live-panel');
  const gallery = createGallery(byId('gallery'), target, (screen, state, variant) => {
    live?.destroy();
    const stage = byId('live-stage');
    stage.setAttribute('data-scheme', variant.scheme);
    stage.setAttribute('data-width', variant.width);
    const settings = settingsOf(form);
    const language = variant.dir === 'rtl' ? settings.rtlLanguage : settings.language;
    livePanel.hidden = false;
    byId('live-caption').textContent = `${screenName(screen)} · ${state.label} · ${variant.scheme} · ${variant.dir.toUpperCase()} · ${variant.width} — live against the mock.`;
    live = openLiveWidget(byId('live-widget'), target, state, variant, language, theme);
    byId('live-title').focus();
  });
  byId('live-close').addEventListener('click', () => {
    live?.destroy();
    live = null;
    livePanel.hidden = true;
  });

  fillSelect(byId('gallery-language'), LANGUAGES.filter((l) => !l.rtl).map((l) => ({ value: l.code, label: l.name })), 'en');
  fillSelect(byId('gallery-rtl-language'), LANGUAGES.filter((l) => l.rtl).map((l) => ({ value: l.code, label: l.name })), 'ar');
  fillSelect(byId('gallery-screen'), [{ value: '', label: 'All screens' }, ...gallery.screens.map((s) => ({ value: s.screen, label: screenName(s.screen) }))], '');

  const zoom = byId<HTMLSelectElement>('gallery-zoom');
  const applyZoom = () => byId('gallery').setAttribute('data-zoom', zoom.value);
  zoom.addEventListener('change', (event) => {
    event.stopPropagation();
    applyZoom();
  });
  applyZoom();
  const rerender = () => {
    const settings = settingsOf(form);
    const cells = gallery.screens.filter((s) => !settings.screen || s.screen === settings.screen).reduce((n, s) => n + s.states.length, 0) * settings.variants.length;
    byId('gallery-status').textContent = settings.variants.length ? `${cells} cells.` : 'Choose at least one scheme, direction and width.';
    gallery.render(settings);
  };
  form.addEventListener('change', rerender);
  form.addEventListener('submit', (event) => event.preventDefault());

  createEditor(
    byId('editor'),
    (next) => {
      theme = next;
      gallery.applyTheme(next);
      const root = byId('live-widget').querySelector('.latch[data-part=root]');
      if (root instanceof HTMLElement) for (const [name, value] of Object.entries(next[root.getAttribute('data-color-scheme') === 'dark' ? 'dark' : 'light'])) root.style.setProperty(name, value);
    },
    () => 'auto',
  );
  rerender();
}

void start();
