// Tables from results.json: plain text for the terminal, Markdown for bench/README.md and the root
// README's "How it compares" block.
import { readFileSync, writeFileSync } from 'node:fs';
import { kb, textTable } from '../size.mjs';

/** The peers; the floors (control, toy) and Latch's pre-rendered page are not peers. */
export const PEERS = ['firebaseui', 'supabase', 'hanko', 'lock', 'okta'];

/** What a frame lasts at 60 Hz: the forgot switch's budget with the CPU slowed 4×. */
const FRAME_MS = 16;
const MIB = 1024 * 1024;

/**
 * The targets, checked within one run (interleaved loads, so a slow moment of the machine hits every page alike), at
 * each CPU setting: the pre-rendered login field within 1.25× the plain HTML form's; the script-only one within 1.3×
 * the toy form's; the forgot switch no slower than the fastest peer's, and within one frame at 4×; the JS heap within
 * the toy form's + 0.5 MiB. Each: the limit, Latch's median, met or not, and by how much it is missed.
 */
export function targets(speed) {
  const out = [];
  for (const [run, { cpuThrottling: rate, widgets: w }] of Object.entries(speed?.runs ?? {})) {
    const median = (id, metric) => w[id]?.[metric]?.median ?? null;
    const add = (id, what, value, limit, basis) => {
      if (value === null || limit === null) return;
      const unit = id === 'heap' ? 'bytes' : 'ms';
      out.push({ id, run, cpuThrottling: rate, what, basis, unit, value, limit: Math.round(limit * 10) / 10, met: value <= limit, over: Math.round((value - limit) * 10) / 10, ratio: Number((value / limit).toPrecision(3)) });
    };
    const control = median('control', 'firstScreenMs');
    add('prerendered', 'Pre-rendered login field usable ≤ 1.25× the plain HTML form', median('latchPrerendered', 'firstScreenMs'), control && control * 1.25, `plain HTML form ${control} ms`);
    const toy = median('toy', 'firstScreenMs');
    add('script', 'Script-only login field usable ≤ 1.3× the Preact + signals toy form', median('latch', 'firstScreenMs'), toy && toy * 1.3, `toy form ${toy} ms`);
    const peers = PEERS.filter((id) => median(id, 'forgotMs') !== null).sort((a, b) => median(a, 'forgotMs') - median(b, 'forgotMs'));
    if (peers.length) add('forgot', 'Forgot switch ≤ the fastest peer\'s', median('latch', 'forgotMs'), median(peers[0], 'forgotMs'), `the fastest peer, ${LABELS[peers[0]]}: ${median(peers[0], 'forgotMs')} ms`);
    if (rate === 4) add('frame', `Forgot switch within one frame (${FRAME_MS} ms) at 4× CPU slowdown`, median('latch', 'forgotMs'), FRAME_MS, 'one frame at 60 Hz');
    const toyHeap = median('toy', 'heapBytes');
    add('heap', 'JS heap after render ≤ the toy form\'s + 0.5 MiB', median('latch', 'heapBytes'), toyHeap && toyHeap + 0.5 * MIB, `toy form ${(toyHeap / MIB).toFixed(2)} MiB`);
  }
  return out;
}

const targetValue = (t, n) => (t.unit === 'bytes' ? `${(n / MIB).toFixed(2)} MiB` : `${n} ms`);

/** One line per target: met, or missed by how much. */
export function targetLines(list) {
  return list.map((t) => `${t.met ? 'met' : 'MISSED'}  CPU ${t.cpuThrottling}x  ${t.what}: Latch ${targetValue(t, t.value)}, limit ${targetValue(t, t.limit)} (${t.basis})`
    + (t.met ? '' : `: over by ${targetValue(t, t.over)} (${t.ratio}× the limit)`));
}

/** Latch's figure divided by the peer's, to 4 significant digits: below 1 means Latch is smaller or faster. */
export function ratio(latch, peer) {
  return peer ? Number((latch / peer).toPrecision(4)) : null;
}

/** Ratios of Latch (script tag) to each peer, for sizes (gzip, brotli, raw) and each speed median. */
export function ratios(size, speed) {
  const byWidget = Object.fromEntries(size.entries.filter((e) => e.widget).map((e) => [e.widget, e]));
  const out = { size: {}, speed: {} };
  for (const peer of PEERS) {
    out.size[peer] = Object.fromEntries(['raw', 'gzip', 'brotli'].map((key) => [key, ratio(byWidget.latch.total[key], byWidget[peer].total[key])]));
  }
  for (const [run, { widgets }] of Object.entries(speed?.runs ?? {})) {
    out.speed[run] = {};
    for (const peer of PEERS) {
      const latch = widgets.latch;
      const other = widgets[peer];
      if (!latch?.firstScreenMs || !other?.firstScreenMs) continue;
      out.speed[run][peer] = {
        firstScreen: ratio(latch.firstScreenMs.median, other.firstScreenMs.median),
        forgot: ratio(latch.forgotMs.median, other.forgotMs.median),
        heap: ratio(latch.heapBytes.median, other.heapBytes.median),
      };
    }
  }
  return out;
}

const ms = (n) => `${n.toLocaleString('en-US', { maximumFractionDigits: n < 100 ? 1 : 0 })} ms`;
const mb = (n) => `${(n / 1024 / 1024).toFixed(2)} MB`;
const spread = (metric, unit) => `${unit(metric.median)} (${unit(metric.min)}–${unit(metric.max)})`;
/** "15×" from a Latch/peer ratio: how many times Latch's figure the peer's is. */
const times = (r) => (r ? `${(1 / r).toFixed(1 / r >= 20 ? 0 : 1)}×` : '–');

const cssCell = (entry, unit) => (entry.css ? unit(entry.css) : entry.cssNote ?? '–');

export function sizeText(size) {
  const rows = size.entries.map((e) => [
    e.label,
    kb(e.js.raw), kb(e.js.minified), kb(e.js.gzip), kb(e.js.brotli),
    e.css ? kb(e.css.raw) : '–', e.css ? kb(e.css.gzip) : '–',
    kb(e.total.gzip), kb(e.total.brotli),
  ]);
  return textTable(['What a site ships', 'JS raw', 'JS min', 'JS gzip', 'JS brotli', 'CSS raw', 'CSS gzip', 'total gzip', 'total brotli'], rows);
}

export function speedText(speed) {
  const out = [];
  for (const run of Object.values(speed.runs)) {
    const rows = Object.entries(run.widgets).map(([id, w]) =>
      w.firstScreenMs
        ? [id, spread(w.firstScreenMs, ms), spread(w.forgotMs, ms), spread(w.heapBytes, mb), `${w.firstScreenMs.n}${w.failures ? ` (${w.failures} failed)` : ''}`]
        : [id, 'failed', 'failed', 'failed', `0 (${w.failures} failed)`],
    );
    out.push(`CPU ${run.cpuThrottling}x (${run.seconds} s)`);
    out.push(textTable(['page', 'login field usable', 'reset field after click', 'JS heap after render', 'loads'], rows));
    out.push('');
  }
  return out.join('\n');
}

export function ratioText(r) {
  const lines = [];
  for (const peer of PEERS) {
    const s = r.size[peer];
    lines.push(`Latch / ${peer}: size gzip ${s.gzip}, brotli ${s.brotli}, raw ${s.raw}`);
    for (const [run, byPeer] of Object.entries(r.speed)) {
      const v = byPeer[peer];
      if (v) lines.push(`Latch / ${peer} (${run}): login field ${v.firstScreen}, reset field ${v.forgot}, heap ${v.heap}`);
    }
  }
  return lines.join('\n');
}

// Markdown

const mdRow = (cells) => `| ${cells.join(' | ')} |`;
const mdTable = (header, rows, align) => [mdRow(header), mdRow(align ?? header.map((_, i) => (i === 0 ? '---' : '---:'))), ...rows.map(mdRow)].join('\n');

function machineLine(results) {
  const m = results.machine;
  return `${m.cpus} × ${m.cpuModel}, ${m.memoryGB} GB RAM, ${m.os}; Chromium ${results.speed?.chromium ?? '?'} headless; Node ${m.node}`;
}

/** One row per file a site ships, then the entry's total (a row per file keeps the table narrow). */
export function sizeMarkdown(size) {
  const rows = [];
  const fileName = (file) => `\`${file.replace(/^bench\/peers\/node_modules\//, '')}\``;
  const cells = (m) => [kb(m.raw), kb(m.minified), kb(m.gzip), kb(m.brotli)];
  for (const e of size.entries) {
    const label = e.how ? `**${e.label}**<br><sub>${e.how}</sub>` : `**${e.label}**`;
    rows.push([label, `JS ${fileName(e.js.file)}`, ...cells(e.js)]);
    if (e.css) rows.push(['', `CSS ${fileName(e.css.file)}`, ...cells(e.css)]);
    else rows.push(['', `CSS ${e.cssNote}`, '–', '–', '–', '–']);
    if (e.css) rows.push(['', '**total**', kb(e.total.raw), kb(e.total.minified), `**${kb(e.total.gzip)}**`, `**${kb(e.total.brotli)}**`]);
  }
  return mdTable(['What a site ships', 'File', 'raw', 'min', 'gzip', 'brotli'], rows, ['---', '---', '---:', '---:', '---:', '---:']);
}

const LABELS = {
  control: 'Plain HTML form (floor)',
  toy: 'Preact + signals toy form (floor)',
  latch: 'Latch (script tag)',
  latchPrerendered: 'Latch, pre-rendered + script tag',
  firebaseui: 'FirebaseUI',
  supabase: 'Supabase Auth UI',
  hanko: 'Hanko Elements',
  lock: 'Auth0 Lock',
  okta: 'Okta Sign-In Widget',
};

export function speedMarkdown(speed, r) {
  const out = [];
  for (const [key, run] of Object.entries(speed.runs)) {
    out.push(`**CPU ${run.cpuThrottling === 1 ? 'unthrottled' : `throttled ${run.cpuThrottling}×`}**: median, then min – max, of ${run.widgets.latch?.firstScreenMs?.n ?? 0} loads per page (${run.seconds} s for this part).`);
    out.push('');
    const rows = Object.entries(run.widgets).map(([id, w]) => {
      const versus = PEERS.includes(id) && r.speed[key]?.[id] ? (v) => ` (${times(r.speed[key][id][v])})` : () => '';
      if (!w.firstScreenMs) return [LABELS[id] ?? id, 'failed', 'failed', 'failed'];
      const cell = (metric, unit, v) => `**${unit(metric.median)}**${versus(v)}<br><sub>${unit(metric.min)} – ${unit(metric.max)}</sub>`;
      return [
        LABELS[id] ?? id,
        cell(w.firstScreenMs, ms, 'firstScreen'),
        cell(w.forgotMs, ms, 'forgot'),
        cell(w.heapBytes, mb, 'heap'),
      ];
    });
    out.push(mdTable(['', 'Login field usable, from navigation start', 'Reset field usable, from the click on the forgot link', 'JS heap after render (after GC)'], rows));
    out.push('');
  }
  out.push('In parentheses after a peer\'s median: how many times Latch\'s median it is, in the same run.');
  return out.join('\n');
}

export function loadMarkdown(load) {
  const count = (n) => n.toLocaleString('en-US');
  const rows = Object.values(load.endpoints).map((e) => [
    `\`POST ${e.path}\``,
    count(e.rps),
    `${ms(e.latencyMs.p50)} / ${ms(e.latencyMs.p99)}`,
    `${ms(e.latencyMsPastLimits.p50)} / ${ms(e.latencyMsPastLimits.p99)}`,
    Object.entries(e.statuses).map(([status, n]) => `${status}: ${count(n)}`).join('<br>'),
    count(e.serverErrors),
    count(e.networkErrors),
  ]);
  return [
    `${load.clients} clients for ${load.seconds} s: ${count(load.total.requests)} requests, ${count(load.total.rps)} answered a second `
      + `(those still open at the end were waited for, until ${load.elapsedSeconds} s, and are counted).`,
    '',
    mdTable(['', 'Requests a second', 'p50 / p99', 'p50 / p99 without the 429s', 'Statuses', '5xx', 'No answer'], rows),
    '',
    `The mock's resident memory: ${load.mock.baselineRssMB} MB before the load, at most ${load.mock.peakRssMB} MB during it `
      + `(limit ${load.mock.limitMB} MB), ${load.mock.endRssMB} MB at the end. `
      + (load.passed ? 'Passed: no 5xx, every request answered, memory under the limit.' : `**Failed**: ${load.problems.join('; ')}.`),
  ].join('\n');
}

/** Replaces the text between two marker comments; throws when the markers are missing. */
export function replaceBlock(text, start, end, body) {
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`markers ${start} … ${end} not found`);
  return `${text.slice(0, from + start.length)}\n${body}\n${text.slice(to)}`;
}

export function benchReadmeBlock(results) {
  const r = results.ratios;
  const lines = [
    `Measured ${results.measuredAt.slice(0, 10)} on ${machineLine(results)}. `
      + `${results.options.loads} fresh loads per page and CPU setting; the whole \`npm run bench\` took ${results.seconds.total} s `
      + `(speed part ${results.speed?.seconds ?? '–'} s).`,
    '',
    '### Size',
    '',
    sizeMarkdown(results.size),
    '',
  ];
  const lock = results.size.entries.find((e) => e.id === 'lock');
  if (lock?.embeddedCss) {
    lines.push(`Lock's stylesheet is inside its JS (${kb(lock.embeddedCss.raw)} raw, ${kb(lock.embeddedCss.gzip)} gzipped on its own). `
      + `Gzipped, Lock ships ${times(r.size.lock.gzip)} the bytes of Latch's script tag and stylesheet, Okta's bundle ${times(r.size.okta.gzip)}.`);
    lines.push('');
  }
  if (results.speed) {
    lines.push('### Speed', '', speedMarkdown(results.speed, r), '');
    if (results.targets?.length) lines.push('### Targets', '', targetsMarkdown(results.targets), '');
    if (results.speed.problems.length) {
      lines.push('Problems seen during the run:', '', ...results.speed.problems.map((p) => `- ${p}`), '');
    }
  }
  if (results.load) lines.push('### Load and soak', '', loadMarkdown(results.load), '');
  return lines.join('\n').trimEnd();
}

/** Markdown list of the targets: met, or missed and by how much. */
export function targetsMarkdown(list) {
  return list
    .map((t) => `- ${t.met ? 'Met' : '**Missed**'} (CPU ${t.cpuThrottling === 1 ? 'unthrottled' : `${t.cpuThrottling}× slower`}): ${t.what}: Latch ${targetValue(t, t.value)}, limit ${targetValue(t, t.limit)} (${t.basis})`
      + (t.met ? '.' : `, over by ${targetValue(t, t.over)} (${t.ratio}× the limit).`))
    .join('\n');
}

const ROOT_ROWS = ['latch', 'latchPrerendered', 'firebaseui', 'supabase', 'hanko', 'lock', 'okta', 'toy', 'control'];

export function rootReadmeBlock(results) {
  const size = Object.fromEntries(results.size.entries.filter((e) => e.widget).map((e) => [e.widget, e]));
  const run1 = results.speed?.runs.cpu1x?.widgets ?? {};
  const run4 = results.speed?.runs.cpu4x?.widgets ?? {};
  const sizeCell = (id) => {
    if (id === 'latchPrerendered') return 'the same + the HTML';
    if (id === 'control') return '–';
    return size[id] ? kb(size[id].total.gzip) : '–';
  };
  const label = (id) => {
    const entry = size[id];
    if (id === 'latch') return '**Latch** (script tag)';
    if (id === 'latchPrerendered') return '**Latch**, pre-rendered (`latch/server`) + script tag';
    if (PEERS.includes(id) && entry) return entry.label;
    return `*${LABELS[id]}*`;
  };
  const speedCell = (widgets, id, metric, unit) => (widgets[id]?.[metric] ? unit(widgets[id][metric].median) : '–');
  const rows = ROOT_ROWS.filter((id) => run1[id] || size[id]).map((id) => [
    label(id),
    sizeCell(id),
    speedCell(run1, id, 'firstScreenMs', ms),
    speedCell(run4, id, 'firstScreenMs', ms),
    speedCell(run1, id, 'forgotMs', ms),
    speedCell(run4, id, 'forgotMs', ms),
    speedCell(run1, id, 'heapBytes', mb),
  ]);
  const m = results.machine;
  const list = results.targets ?? [];
  const missed = list.filter((t) => !t.met).length;
  return [
    `Figures from \`npm run bench\` (${results.measuredAt.slice(0, 10)}; ${m.cpus} × ${m.cpuModel}, ${m.memoryGB} GB RAM, ${m.os}; `
      + `Chromium ${results.speed?.chromium ?? '?'} headless; Node ${m.node}): medians of ${results.options.loads} fresh page loads per page, `
      + 'the pages taking turns, each widget inline in the same page and rendered offline with its network answered locally. '
      + 'Method, every entry point, min–max and the peers\' set-up in [bench/README.md](bench/README.md).',
    '',
    mdTable(['', 'JS + CSS, gzipped', 'Login field usable after navigation', '… CPU 4× slower', 'Reset field usable after "forgot password"', '… CPU 4× slower', 'JS heap after render'], rows),
    '',
    `Targets, within this run (${list.length - missed} of ${list.length} met):`,
    '',
    targetsMarkdown(list),
  ].join('\n');
}

export function writeReadmes(results, { benchReadme, rootReadme }) {
  writeFileSync(benchReadme, replaceBlock(readFileSync(benchReadme, 'utf8'), '<!-- bench:results:start -->', '<!-- bench:results:end -->', benchReadmeBlock(results)));
  writeFileSync(rootReadme, replaceBlock(readFileSync(rootReadme, 'utf8'), '<!-- bench:start -->', '<!-- bench:end -->', rootReadmeBlock(results)));
}
