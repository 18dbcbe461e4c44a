// `npm run bench`: where Latch stands against FirebaseUI, Supabase Auth UI, Hanko Elements, Auth0 Lock and Okta's
// Sign-In Widget, and against two floors (a plain HTML form, a Preact + signals toy form): size and speed, and the
// speed targets Latch holds itself to (see targets() in bench/lib/report.mjs).
//   npm run bench                 build dist/, install the peers in bench/peers if missing, measure,
//                                 write bench/results.json and the tables in bench/README.md and README.md
//   npm run bench -- --quick      3 loads per page instead of 15, 10 s of load instead of 60; writes
//                                 bench/.build/results.quick.json only
//   npm run bench -- --loads 30   another number of loads (writes results.json like a full run)
//   npm run bench -- --size-only  sizes alone (no browser, no load); writes bench/.build/results.size.json only
//   npm run bench -- --no-build   measure the dist/ already there instead of running `npm run build`
//   npm run bench -- --load-only  the load and soak test of the mock alone (no build, sizes, browser or timing);
//                                 writes bench/.build/results.load.json only (with --quick: 10 s)
// The process exits with 1 when the load test fails (a 5xx, a request without an answer, or the mock over 300 MB),
// after writing the results.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, release, totalmem, type } from 'node:os';
import { join } from 'node:path';
import { distFiles, distTable } from './size.mjs';
import { bench, buildBundles, ensurePeers, lockDir, oktaDist, peersDir, root, versionOf, writePrerenderedPage } from './lib/build.mjs';
import { loadText, runLoad } from './lib/load.mjs';
import { benchReadmeBlock, ratios, ratioText, sizeText, speedText, targetLines, targets, writeReadmes } from './lib/report.mjs';
import { measureSizes } from './lib/sizes.mjs';
import { runSpeed } from './lib/speed.mjs';
import { runTiming, timingText } from './lib/timing.mjs';

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const loadsArg = args.includes('--loads') ? Number(args[args.indexOf('--loads') + 1]) : null;
if (loadsArg !== null && !(Number.isInteger(loadsArg) && loadsArg > 0)) {
  console.error('bench: --loads takes a positive whole number');
  process.exit(1);
}
const quick = flag('--quick');
const loads = loadsArg ?? (quick ? 3 : 15);
const sizeOnly = flag('--size-only');
const loadOnly = flag('--load-only');
// Only a run with enough loads updates the committed results and the READMEs.
const official = !quick && !sizeOnly && !loadOnly;
const loadClients = 500;
const loadSeconds = quick ? 10 : 60;

const started = performance.now();
const seconds = (from) => Math.round((performance.now() - from) / 100) / 10;
const section = (title) => console.log(`\n== ${title}`);

function machine() {
  const cpuList = cpus();
  return {
    cpus: cpuList.length,
    cpuModel: cpuList[0]?.model.trim() ?? 'unknown',
    memoryGB: Math.round(totalmem() / 1024 ** 3),
    os: `${type()} ${release()}`,
    node: process.version,
  };
}

async function measureLoad() {
  section(`Load and soak: ${loadClients} clients for ${loadSeconds} s against change_password and the token endpoint`);
  const load = await runLoad({ clients: loadClients, seconds: loadSeconds });
  console.log(loadText(load));
  return load;
}

function writeUnofficial(name, results) {
  const file = join(bench, '.build', name);
  mkdirSync(join(bench, '.build'), { recursive: true });
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nwrote ${file.slice(root.length + 1)} (committed results and READMEs untouched: a full run writes those) in ${results.seconds.total} s`);
}

if (loadOnly) {
  const load = await measureLoad();
  writeUnofficial('results.load.json', { measuredAt: new Date().toISOString(), machine: machine(), seconds: { total: seconds(started) }, load });
  process.exit(load.passed ? 0 : 1);
}

const installed = ensurePeers();

let buildSeconds = 0;
if (!flag('--no-build')) {
  section('npm run build');
  const t = performance.now();
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  buildSeconds = seconds(t);
  console.log(`dist/ built in ${buildSeconds} s`);
}

section('Bundles (vite build, production, minified)');
const bundles = await buildBundles();
console.log(`${Object.values(bundles.files).map((file) => file.slice(root.length + 1)).join(', ')} in ${bundles.ms / 1000} s`);
const prerendered = await writePrerenderedPage();
console.log(`${prerendered.path.slice(root.length + 1)}: bench/pages/latch.html with ${prerendered.markupBytes} bytes of markup from latch/server`);

section('dist/');
const dist = distFiles();
console.log(distTable(dist));

section('What a site ships');
const size = await measureSizes();
console.log(sizeText(size));

let speed = null;
if (!sizeOnly) {
  section(`Speed in Chromium: ${loads} fresh loads per page, interleaved, CPU unthrottled then throttled 4x`);
  speed = await runSpeed({ loads });
  console.log('');
  console.log(speedText(speed));
  if (speed.problems.length) console.log(`Problems:\n- ${speed.problems.join('\n- ')}`);
}

section('Enumeration by time: login for an unknown account against a wrong password, real scrypt cost');
const timing = await runTiming({ pairs: quick ? 12 : 40 });
console.log(timingText(timing));

// --size-only stays a quick look at sizes: no minute of load.
let load = null;
let loadTook = null;
if (!sizeOnly) {
  const t = performance.now();
  load = await measureLoad();
  loadTook = seconds(t);
}

const results = {
  measuredAt: new Date().toISOString(),
  machine: machine(),
  versions: {
    latch: versionOf(root),
    auth0Lock: versionOf(lockDir),
    oktaSignInWidget: versionOf(join(oktaDist, '..')),
    ...Object.fromEntries(['firebaseui', 'firebase', '@supabase/auth-ui-react', '@supabase/supabase-js', 'react', '@teamhanko/hanko-elements'].map((name) => [name, versionOf(join(peersDir, 'node_modules', ...name.split('/')))])),
    vite: versionOf(join(root, 'node_modules', 'vite')),
  },
  options: { loads, cpuThrottling: [1, 4], peersInstalledThisRun: installed, load: load && { clients: loadClients, seconds: loadSeconds } },
  seconds: {
    build: buildSeconds,
    bundles: bundles.ms / 1000,
    size: size.seconds,
    speed: speed?.seconds ?? null,
    load: loadTook,
    total: seconds(started),
  },
  size,
  speed,
  ratios: ratios(size, speed),
  targets: targets(speed),
  timing,
  load,
  dist: { units: 'bytes', files: dist },
};

section('Latch ÷ peer (below 1: Latch is smaller or faster)');
console.log(ratioText(results.ratios));
if (speed) {
  section('Targets');
  console.log(targetLines(results.targets).join('\n'));
}

if (official) {
  writeFileSync(join(bench, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeReadmes(results, { benchReadme: join(bench, 'README.md'), rootReadme: join(root, 'README.md') });
  console.log(`\nwrote bench/results.json, the tables in bench/README.md and the "How it compares" block of README.md (${results.seconds.total} s in all)`);
} else {
  writeUnofficial(sizeOnly ? 'results.size.json' : 'results.quick.json', results);
  if (flag('--print-markdown')) console.log(`\n${benchReadmeBlock(results)}`);
}
if (load && !load.passed) {
  console.log('\nbench: the load and soak test FAILED (see its section above)');
  process.exitCode = 1;
}
