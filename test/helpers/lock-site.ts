// Auth0 Lock 14 and Latch side by side on one client site (test/helpers/client-site.ts: a page server on 127.0.0.1
// beside the mock on another port), each constructed from the same options by the same page script.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { Email } from '../../mock/app';
import { jsonData, SITE_CLIENT_ID, startClientSite, type ClientSite, type SiteUrls } from './client-site';

export { SITE_CLIENT_ID, SITE_CONNECTION, SITE_USER } from './client-site';

export type Widget = 'lock' | 'latch';

/** Lock's options, which Latch reads by the same names; the page adds `container`. */
export type WidgetOptions = Record<string, unknown>;

/** The events either widget emits that the tests read; the page records them into `window.__events`. */
export const WIDGET_EVENTS = ['authenticated', 'authorization_error', 'hash_parsed', 'unrecoverable_error', 'show', 'forgot_password submit', 'signin submit'];
/** Lock's own besides: its SSO data check (getSSOData, on every page load) has answered. */
export const LOCK_EVENTS = ['ssodata fetched'];

export interface LockSite {
  readonly site: ClientSite;
  /** The site's origin. */
  readonly origin: string;
  /** The mock's origin: the `domain` both widgets are given. */
  readonly mockUrl: string;
  /** The page of one widget, also an Allowed Callback URL and Logout URL of the site's client. */
  pageUrl(widget: Widget): string;
  /** The options both pages construct their widget with from now on: `sharedOptions`, (Lock: `lockOnlyOptions`), then `extra`. */
  setOptions(extra: WidgetOptions): void;
  /** GET /__outbox with the admin secret. */
  outbox(): Promise<Email[]>;
  /** POST /__reset: users, sessions, tickets, outbox and limits as at start. */
  reset(): Promise<void>;
  close(): Promise<void>;
}

const root = fileURLToPath(new URL('../..', import.meta.url));
const ENTRY = '\0lock-site-entry';
const lockModules = `${root}node_modules/auth0-lock/node_modules/`;

let lockBundle: Promise<string> | undefined;

/**
 * Auth0 Lock 14 as one script that sets `window.Auth0Lock`. The npm package ships no browser bundle (no build/
 * folder; the CDN's lock.min.js is not on npm), only its Babel output in lib/ for a site's bundler, so it is bundled
 * here the way a site's production build does it (Vite, NODE_ENV=production), unmodified: the package's lib/ with its
 * own auth0-js 9 (node_modules/auth0-lock/node_modules/auth0-js), React 18 and the rest. Once per test process, in memory.
 */
export function buildLockBundle(): Promise<string> {
  lockBundle ??= (async () => {
    const output = await build({
      configFile: false,
      root,
      mode: 'production',
      logLevel: 'warn',
      // Lock's own React 18 for Lock and everything it renders with (react-transition-group would otherwise find this
      // repository's React 19 at the top of node_modules): the versions Lock's package.json asks for, as a site's
      // install of Lock has them.
      resolve: {
        alias: [
          { find: /^react(\/.*)?$/, replacement: `${lockModules}react$1` },
          { find: /^react-dom(\/.*)?$/, replacement: `${lockModules}react-dom$1` },
        ],
      },
      plugins: [
        {
          name: 'lock-site-entry',
          resolveId: (id) => (id === 'lock-site-entry' ? ENTRY : null),
          load: (id) => (id === ENTRY ? "import Auth0Lock from 'auth0-lock';\nwindow.Auth0Lock = Auth0Lock;\n" : null),
        },
      ],
      build: {
        write: false,
        minify: false,
        target: 'es2020',
        modulePreload: false,
        rolldownOptions: { input: 'lock-site-entry', output: { format: 'iife' } },
      },
    });
    const results = Array.isArray(output) ? output : [output];
    const chunks = results.flatMap((result) => ('output' in result ? result.output : [])).filter((item) => item.type === 'chunk');
    const [chunk] = chunks;
    if (!chunk || chunks.length !== 1) throw new Error(`Bundling auth0-lock made ${chunks.length} chunks, not one.`);
    return chunk.code;
  })();
  return lockBundle;
}

/**
 * The options both widgets get, for this mock on plain http: `configurationBaseUrl`, where Lock loads
 * `client/{clientID}.js` from (`https://` + domain otherwise); Latch reads the same name. The `domain` (the
 * constructor's second argument) is the mock's full origin: auth0-js (Authentication and WebAuth) uses a domain that
 * starts with "http" as its API root as given (`rootUrl`) and builds `https://` + domain only for a bare host name;
 * Latch does the same (apiOrigin).
 */
export function sharedOptions(mockUrl: string): WidgetOptions {
  return { configurationBaseUrl: mockUrl };
}

/**
 * What Lock alone needs besides: `overrides.__token_issuer`, as auth0-js otherwise expects the ID token's `iss` to be
 * `https://` + domain + `/` while the mock issues `${its origin}/` (the JWKS is then read from
 * `${issuer}.well-known/jwks.json` by idtoken-verifier). Lock passes `overrides` on to auth0-js (core/web_api/helper.js
 * webAuthOverrides). Latch checks `iss` against its API origin and refuses `overrides` as an unknown option, so its
 * page does not get it.
 */
export function lockOnlyOptions(mockUrl: string): WidgetOptions {
  return { overrides: { __token_issuer: `${mockUrl}/` } };
}

/**
 * The site's policy for both widget pages: Latch's strict policy, plus what Lock needs (it inserts a <style> element,
 * and loads the client settings with a <script> from the API's origin), the API for XHR/fetch and the hidden frames.
 */
function sitePolicy(mockUrl: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${mockUrl}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    `connect-src 'self' ${mockUrl}`,
    `frame-src ${mockUrl}`,
    "object-src 'none'",
    "base-uri 'none'",
  ].join('; ');
}

/**
 * The page script: constructs the widget on every load (so the result in the hash is read after a redirect) and
 * shows it unless the page came back with a result, as a single-page app does. Lock's `container` is an element id,
 * Latch's a selector.
 */
const SITE_SCRIPT = `(function () {
  var config = JSON.parse(document.getElementById('widget-config').textContent);
  window.__events = [];
  function plain(value) { try { return JSON.parse(JSON.stringify(value === undefined ? null : value)); } catch (e) { return String(value); } }
  var Widget = config.widget === 'lock' ? window.Auth0Lock : window.Latch;
  var options = Object.assign({}, config.options, { container: config.widget === 'lock' ? 'box' : '#box' });
  var returning = /(access_token|id_token|code|error)=/.test(location.hash + location.search);
  var widget = new Widget(config.clientID, config.domain, options);
  config.events.forEach(function (name) {
    widget.on(name, function () { window.__events.push({ name: name, args: Array.prototype.map.call(arguments, plain) }); });
  });
  window.widget = widget;
  window.checkSession = function (params) {
    return new Promise(function (resolve) {
      widget.checkSession(params || {}, function (error, result) { resolve({ error: plain(error), result: plain(result) }); });
    });
  };
  if (!returning) widget.show();
})();`;

function widgetPage(widget: Widget, options: WidgetOptions, latchCss: string) {
  return ({ mockUrl }: SiteUrls): string => {
    const lock = widget === 'lock';
    const config = {
      widget,
      clientID: SITE_CLIENT_ID,
      domain: mockUrl,
      options: { ...sharedOptions(mockUrl), ...(lock ? lockOnlyOptions(mockUrl) : {}), ...options },
      events: lock ? [...WIDGET_EVENTS, ...LOCK_EVENTS] : WIDGET_EVENTS,
    };
    // The site serves scripts only (and node_modules), so Latch's stylesheet is inline here, under the style-src
    // 'unsafe-inline' that Lock needs anyway.
    const assets = lock ? '<script src="/lock.js"></script>' : `<style>${latchCss}</style>\n<script src="/latch.iife.js"></script>`;
    return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${widget} on a client site</title>
${jsonData('widget-config', config)}
${assets}
</head>
<body>
<main><div id="box"></div></main>
<script src="/site.js"></script>
</body>
</html>
`;
  };
}

/** The site with both pages; the Lock bundle built and dist/ read (run `npm run build` first). */
export async function startLockSite(): Promise<LockSite> {
  const [bundle, latchJs, css] = await Promise.all([
    buildLockBundle(),
    readFile(`${root}dist/latch.iife.js`, 'utf8'),
    readFile(`${root}dist/latch.css`, 'utf8'),
  ]);
  const site = await startClientSite({
    pages: { '/lock.html': widgetPage('lock', {}, css), '/latch.html': widgetPage('latch', {}, css) },
    scripts: { '/lock.js': bundle, '/latch.iife.js': latchJs, '/site.js': SITE_SCRIPT },
    csp: sitePolicy,
  });
  const mockUrl = site.mock.url;
  const admin = { 'X-Latch-Admin': site.mock.app.adminSecret };
  return {
    site,
    origin: site.origin,
    mockUrl,
    pageUrl: (widget) => site.url(`/${widget}.html`),
    setOptions(extra) {
      site.setPage('/lock.html', widgetPage('lock', extra, css));
      site.setPage('/latch.html', widgetPage('latch', extra, css));
    },
    async outbox() {
      const response = await fetch(`${mockUrl}/__outbox`, { headers: admin });
      if (!response.ok) throw new Error(`GET /__outbox answered ${response.status}`);
      return (await response.json()) as Email[];
    },
    async reset() {
      const response = await fetch(`${mockUrl}/__reset`, { method: 'POST', headers: admin });
      if (!response.ok) throw new Error(`POST /__reset answered ${response.status}`);
    },
    close: () => site.close(),
  };
}
