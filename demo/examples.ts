/**
 * What the three `<latch-login>` example pages (element.html, react.html, vue.html) share: the languages they offer,
 * the element's event names, and the mock tenant's values for the element's attributes.
 */
import { addLanguage, type ColorScheme, type LatchOptions } from '../src/index';
import { ar } from '../src/i18n/locales/ar';
import { de } from '../src/i18n/locales/de';
import { es } from '../src/i18n/locales/es';
import { fr } from '../src/i18n/locales/fr';
import { ja } from '../src/i18n/locales/ja';
import { admin, describeError } from './admin';
import { byId, clock } from './dom';
import { EVENT_NAMES, formatPayload } from './events';

/** The language menu of every example page; each one is added once, so `lang="de"` finds its dictionary. */
export const LANGUAGES = [
  { code: 'en', label: 'English' },
  { code: 'de', label: 'Deutsch' },
  { code: 'fr', label: 'Français' },
  { code: 'es', label: 'Español' },
  { code: 'ja', label: '日本語' },
  { code: 'ar', label: 'العربية' },
] as const;

addLanguage('de', de);
addLanguage('fr', fr);
addLanguage('es', es);
addLanguage('ja', ja);
addLanguage('ar', ar);

export const COLOR_SCHEMES: readonly { value: ColorScheme; label: string }[] = [
  { value: 'auto', label: 'Auto (follow the system)' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

/** `forgot_password success` → `latch-forgot-password-success`, as the element names its DOM events. */
export const ELEMENT_EVENTS: readonly string[] = EVENT_NAMES.map((name) => `latch-${name.replace(/[ _]/g, '-')}`);

/** The attributes that depend on the tenant: the mock's password client, this server as the API, its connection. */
export interface TenantAttributes {
  clientId: string;
  domain: string;
  connection: string | null;
  /** Passed as the element's `options` property, so sign-up checks the same rules the mock enforces. */
  options: LatchOptions;
  /** The tenant's name, for the page's header. */
  name: string;
  /** A user who signs in, for the page's hint; null if the tenant has none. */
  user: { email: string; password: string } | null;
}

/** Reads the mock's tenant (GET /__tenant); the API is this page's own origin, as on the main demo page. */
export async function loadTenant(): Promise<TenantAttributes> {
  const tenant = await admin.tenant();
  if (!tenant.clientId) throw new Error('The tenant has no client for password login.');
  const options: LatchOptions = tenant.passwordPolicy ? { passwordPolicy: tenant.passwordPolicy } : {};
  const user = tenant.users.find((candidate) => candidate.behaviour === 'ok') ?? null;
  return { clientId: tenant.clientId, domain: location.origin, connection: tenant.connection, options, name: tenant.name, user };
}

/** One line of a page's event display. */
export interface HeardEvent {
  id: number;
  type: string;
  /** The event's `detail`, tokens shortened and passwords never shown; empty when there is none. */
  detail: string;
  time: string;
}

let heard = 0;

export function describeEvent(event: Event): HeardEvent {
  const detail = event instanceof CustomEvent ? formatPayload(event.detail ?? undefined) : '';
  return { id: ++heard, type: event.type, detail, time: clock(new Date()) };
}

export { describeError };

/**
 * The framework pages' start: read the tenant, name it in the header (or say the mock did not answer), then hand it
 * to the page's own mount.
 */
export async function startWithTenant(mount: (tenant: TenantAttributes) => void): Promise<void> {
  const header = byId('tenant-name');
  let tenant: TenantAttributes;
  try {
    tenant = await loadTenant();
  } catch (error) {
    header.textContent = `The mock backend did not answer: ${describeError(error)}`;
    header.className = 'error';
    return;
  }
  header.textContent = `${tenant.name} · client ${tenant.clientId}`;
  mount(tenant);
}
