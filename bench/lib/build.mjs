// What the benchmark measures besides dist/: the peers, installed in bench/peers only, and the bundles a
// site would build from npm packages (Auth0 Lock with React and its dependencies; Latch's ESM build with
// preact), made with Vite the way a site's production build makes them.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';

export const root = join(import.meta.dirname, '..', '..');
export const bench = join(root, 'bench');
export const peersDir = join(bench, 'peers');
export const outDir = join(bench, '.build');
export const oktaDist = join(peersDir, 'node_modules', '@okta', 'okta-signin-widget', 'dist');
export const lockDir = join(peersDir, 'node_modules', 'auth0-lock');

/**
 * Installs the peers from bench/peers/package-lock.json when bench/peers/node_modules is missing or holds
 * other versions than bench/peers/package.json pins.
 */
export function ensurePeers() {
  const pinned = JSON.parse(readFileSync(join(peersDir, 'package.json'), 'utf8')).dependencies;
  const current = Object.entries(pinned).every(([name, version]) => {
    const dir = join(peersDir, 'node_modules', ...name.split('/'));
    return existsSync(join(dir, 'package.json')) && versionOf(dir) === version;
  });
  if (current) return false;
  const args = existsSync(join(peersDir, 'package-lock.json')) ? ['ci'] : ['install'];
  args.push('--prefix', peersDir, '--no-audit', '--no-fund');
  console.log(`bench: installing the peers into bench/peers/node_modules (npm ${args.join(' ')})`);
  execFileSync('npm', args, { stdio: 'inherit', cwd: root });
  return true;
}

/** Version of an installed package, from its package.json. */
export function versionOf(dir) {
  return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version;
}

/**
 * One script from one entry, built the way a site's production build makes it: `vite build` (app mode,
 * minified, process.env.NODE_ENV = "production" so React ships its production build). Library mode is not
 * used on purpose: it leaves whitespace in ES output. Written to bench/.build/<fileName>.
 */
async function bundle({ entry, fileName, projectRoot }) {
  const output = await build({
    configFile: false,
    root: projectRoot,
    mode: 'production',
    logLevel: 'warn',
    build: {
      write: false,
      minify: true,
      target: 'es2020',
      modulePreload: false,
      rolldownOptions: {
        input: entry,
        // dist/latch.js is minified by terser, which leaves /* @__PURE__ */ marks where rolldown cannot use
        // them; that is only a lost hint, so the warning is noise here.
        checks: { invalidAnnotation: false },
      },
    },
  });
  const results = Array.isArray(output) ? output : [output];
  const chunks = results.flatMap((result) => ('output' in result ? result.output : [])).filter((item) => item.type === 'chunk');
  if (chunks.length !== 1) throw new Error(`bench: expected one chunk for ${fileName}, Vite made ${chunks.length}`);
  mkdirSync(outDir, { recursive: true });
  const path = join(outDir, fileName);
  writeFileSync(path, chunks[0].code);
  return path;
}

/** The bundles a page loads from /build/: each peer's npm entry (bench/peers/*-entry.js) and the pages' own entries. */
const BUNDLES = {
  lock: { entry: join(peersDir, 'lock-entry.js'), projectRoot: peersDir },
  firebaseui: { entry: join(peersDir, 'firebaseui-entry.js'), projectRoot: peersDir },
  supabase: { entry: join(peersDir, 'supabase-entry.js'), projectRoot: peersDir },
  hanko: { entry: join(peersDir, 'hanko-entry.js'), projectRoot: peersDir },
  latchEsm: { entry: join(bench, 'pages', 'latch-esm-entry.js'), projectRoot: bench, fileName: 'latch-esm.js' },
  toy: { entry: join(bench, 'pages', 'toy-entry.js'), projectRoot: bench },
};

/**
 * Builds the bundles, each a module script exposing what its page calls (window.Auth0Lock, window.firebaseui,
 * window.showSupabaseAuth, window.registerHanko, window.Latch) or, for the toy form, rendering itself.
 */
export async function buildBundles() {
  const started = performance.now();
  const files = {};
  for (const [name, { entry, projectRoot, fileName = `${name}.js` }] of Object.entries(BUNDLES)) {
    files[name] = await bundle({ entry, fileName, projectRoot });
  }
  return { files, ms: Math.round(performance.now() - started) };
}

/** The options bench/pages/latch.js gives the widget: the pre-rendered page's markup is made from the same ones. */
export const LATCH_PAGE = { clientID: 'bench-client', domain: 'bench.example.com', options: { container: '#widget', passwordPolicy: { level: 'fair' } } };

/**
 * bench/.build/latch-prerendered.html: Latch's page (bench/pages/latch.html) with the login screen already inside
 * its container, made by `renderLatchHTML` from dist/server.js (latch/server) with the options the page's script
 * gives, so the script hydrates it. What a site that pre-renders serves.
 */
export async function writePrerenderedPage() {
  const { renderLatchHTML } = await import(pathToFileURL(join(root, 'dist', 'server.js')).href);
  const { clientID, domain, options } = LATCH_PAGE;
  const markup = renderLatchHTML(clientID, domain, options);
  const template = readFileSync(join(bench, 'pages', 'latch.html'), 'utf8');
  const container = '<div id="widget"></div>';
  if (!template.includes(container)) throw new Error(`bench: bench/pages/latch.html has no ${container}`);
  const html = template
    .replace(container, `<div id="widget">${markup}</div>`)
    .replace('<title>Benchmark: Latch (script-tag build)</title>', '<title>Benchmark: Latch, pre-rendered (script-tag build)</title>');
  mkdirSync(outDir, { recursive: true });
  const path = join(outDir, 'latch-prerendered.html');
  writeFileSync(path, html);
  return { path, markupBytes: Buffer.byteLength(markup) };
}
