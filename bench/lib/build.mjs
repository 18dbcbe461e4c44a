// What the benchmark measures besides dist/: the peers, installed in bench/peers only, and the bundles a
// site would build from npm packages (Auth0 Lock with React and its dependencies; Latch's ESM build with
// preact), made with Vite the way a site's production build makes them.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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

/**
 * Builds the bundles: Auth0 Lock (`import Auth0Lock from 'auth0-lock'`, exposed as window.Auth0Lock for the
 * page) and Latch's ESM build with preact resolved (exposed as window.Latch), both as module scripts.
 */
export async function buildBundles() {
  const started = performance.now();
  const lockEntry = join(peersDir, 'lock-entry.js');
  const latchEntry = join(bench, 'pages', 'latch-esm-entry.js');
  const files = {
    lock: await bundle({ entry: lockEntry, fileName: 'lock.js', projectRoot: peersDir }),
    latchEsm: await bundle({ entry: latchEntry, fileName: 'latch-esm.js', projectRoot: bench }),
  };
  return { files, ms: Math.round(performance.now() - started) };
}
