import '../styles/latch.css';
import { Latch, type LatchOptions, type Tokens } from '../src/index';
import { admin, describeError, type DemoUser, type TenantInfo } from './admin';
import { createControls, type Settings } from './controls';
import { byId, h } from './dom';
import { createEventLog } from './events';
import { createFaultsPanel } from './faults';
import { createOutbox } from './outbox';
import { createSessionPanel } from './session';
import { npmSnippet, scriptTagSnippet } from './snippet';

/** What each seeded user shows; the mock decides the behaviour, the page only explains it. */
const BEHAVIOUR: Record<string, string> = {
  ok: 'signs in',
  blocked: 'is blocked by an admin',
  mfa: 'needs multi-factor authentication',
  leaked: 'has a password found in a data breach',
};

let tenant: TenantInfo | undefined;
let inline: Latch | undefined;
let modal: Latch | undefined;
let lastEmail = '';

const outbox = createOutbox();
const log = createEventLog((name) => {
  // The email is in the outbox by the time the widget reports success.
  if (name === 'forgot_password success') void outbox.refresh();
});
const currentSettings = createControls(
  (settings) => mountInline(settings, false),
  () => openModal(currentSettings()),
);
// Check session and Log out ask the inline widget, which exists whatever the modal does.
const session = createSessionPanel(() => inline);
// A reset is a fresh start for the widget too (e.g. no rate-limit wait left running).
createFaultsPanel(() => {
  void outbox.refresh();
  session.clear('Mock reset: every session ended. Log in again, or check the session.');
  mountInline(currentSettings(), false);
});

// What the visitor types in the inline widget's email field is carried into the next instance. Read
// as it is typed, since the signed-in screen has no field left to read it from.
byId('inline-widget').addEventListener('input', (event) => {
  const target = event.target;
  if (target instanceof HTMLInputElement && target.autocomplete === 'username') lastEmail = target.value;
});

function optionsFor(settings: Settings, email: string): LatchOptions {
  const options: LatchOptions = {
    allowForgotPassword: settings.allowForgotPassword,
    allowSignUp: settings.allowSignUp,
    loginAfterSignUp: settings.loginAfterSignUp,
    closable: settings.closable,
    initialScreen: settings.initialScreen,
    // Not Lock's defaults, which are off: the demo shows the toggle, lets password managers fill the form, and
    // closes its modal once logged in.
    allowShowPassword: true,
    allowAutocomplete: true,
    allowPasswordAutocomplete: true,
    autoclose: true,
    theme: { colorScheme: settings.colorScheme },
  };
  if (settings.primaryColor) options.theme = { ...options.theme, primaryColor: settings.primaryColor };
  if (settings.radius !== '') options.theme = { ...options.theme, radius: Number(settings.radius) };
  if (settings.font) options.theme = { ...options.theme, font: settings.font };
  if (settings.language !== 'en') options.language = settings.language;
  if (settings.logo) options.theme = { ...options.theme, logo: settings.logo };
  if (email) options.prefill = { email };
  if (tenant?.connection) options.defaultDatabaseConnection = tenant.connection;
  // The checklist on sign-up shows the rules the mock will enforce, so a refusal never surprises.
  if (tenant?.passwordPolicy) options.passwordPolicy = tenant.passwordPolicy;
  options.auth = authOptions(settings);
  return options;
}

/**
 * How the widget logs in (the Log in by control). Both /authorize paths ask for an ID token beside the access token
 * (Lock's default response type, 'token', returns none), so the Session panel has checked claims to show; that
 * response type is also what Check session asks for.
 */
function authOptions(settings: Settings): NonNullable<LatchOptions['auth']> {
  switch (settings.loginBy) {
    case 'password-realm':
      return { grant: 'password-realm' };
    case 'redirect':
      return { redirect: true, responseType: 'token id_token' };
    case 'frame':
      return { redirect: false, responseType: 'token id_token' };
  }
}

/** Every widget reports its result to the Session panel; one parsed from the hash came back from a redirect. */
function watch(latch: Latch, source: 'inline' | 'modal'): void {
  log.attach(latch, source);
  let fromHash = false;
  latch.on('hash_parsed', (result) => (fromHash = result !== null && result !== undefined));
  latch.on('authenticated', (result) => {
    session.show(result as Tokens, fromHash ? 'redirect' : source);
    fromHash = false;
  });
}

/** The stage's backdrop follows the widget's scheme, so a dark card is judged on a dark page. */
function syncStage(settings: Settings): void {
  byId('stage').setAttribute('data-scheme', settings.theme === 'midnight' ? 'dark' : settings.colorScheme);
}

/**
 * A fresh inline widget for the new settings: options are read once at construction, as on a real
 * site. Focus stays in the control panel unless this is the page's first widget.
 */
function mountInline(settings: Settings, autofocus: boolean): void {
  if (!tenant?.clientId) return;
  inline?.destroy();
  syncStage(settings);
  const options = optionsFor(settings, lastEmail);
  inline = new Latch(tenant.clientId, location.origin, { ...options, container: '#inline-widget', autofocus });
  showSnippets({ clientId: tenant.clientId, domain: location.origin, options, theme: settings.theme });
  watch(inline, 'inline');
  inline.show();
}

/** The snippets for the inline widget's options (its container aside), and their Copy buttons. */
function showSnippets(input: Parameters<typeof scriptTagSnippet>[0]): void {
  byId<HTMLTextAreaElement>('snippet-script').value = scriptTagSnippet(input);
  byId<HTMLTextAreaElement>('snippet-npm').value = npmSnippet(input);
}

for (const [button, area, what] of [
  ['copy-script', 'snippet-script', 'Script-tag snippet'],
  ['copy-npm', 'snippet-npm', 'npm snippet'],
] as const) {
  byId(button).addEventListener('click', () => {
    const text = byId<HTMLTextAreaElement>(area).value;
    const status = byId('snippet-status');
    navigator.clipboard.writeText(text).then(
      () => (status.textContent = `${what} copied.`),
      () => {
        // No clipboard permission (an embedded page): the text is selected for Ctrl+C instead.
        byId<HTMLTextAreaElement>(area).select();
        status.textContent = `${what} selected: press Ctrl+C (⌘C) to copy it.`;
      },
    );
  });
}

function openModal(settings: Settings): void {
  if (!tenant?.clientId) return;
  modal?.destroy();
  // The modal goes on from what the inline widget was doing (its email carried over), so it opens on the login form;
  // the "Last time you logged in with" offer shows on the inline widget when the page is opened again.
  modal = new Latch(tenant.clientId, location.origin, { ...optionsFor(settings, lastEmail), rememberLastLogin: false });
  watch(modal, 'modal');
  modal.show();
}

function renderUsers(users: DemoUser[]): void {
  const main = users.find((user) => user.behaviour === 'ok');
  const others = users.filter((user) => user !== main);
  const hint = byId('demo-users');
  hint.replaceChildren(
    main
      ? h('p', { class: 'try' }, 'Try ', h('code', { text: main.email }), ' / ', h('code', { text: main.password }))
      : h('p', { text: 'The tenant has no user who can sign in.' }),
  );
  if (others.length > 0) {
    hint.append(
      h('p', { class: 'muted', text: 'Same password, other outcomes:' }),
      h('ul', { class: 'user-list' }, ...others.map((user) => h('li', {}, h('code', { text: user.email }), ` ${BEHAVIOUR[user.behaviour] ?? user.behaviour}`))),
    );
  }
}

async function start(): Promise<void> {
  try {
    tenant = await admin.tenant();
  } catch (error) {
    byId('demo-users').replaceChildren(h('p', { class: 'error', text: `The mock backend did not answer: ${describeError(error)}` }));
    return;
  }
  if (!tenant.clientId) {
    byId('demo-users').replaceChildren(h('p', { class: 'error', text: 'The tenant has no client for password login.' }));
    return;
  }
  byId('tenant-name').textContent = `${tenant.name} · client ${tenant.clientId} · ${tenant.connection ?? 'no database connection'}`;
  renderUsers(tenant.users);
  mountInline(currentSettings(), true);
}

void start();
