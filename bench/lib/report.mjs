// Tables from results.json: plain text for the terminal, Markdown for bench/README.md and the root
// README's "How it compares" block.
import { readFileSync, writeFileSync } from 'node:fs';
import { kb, textTable } from '../size.mjs';

const PEERS = ['lock', 'okta'];

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

const LABELS = { control: 'Plain HTML form (floor)', latch: 'Latch (script tag)', lock: 'Auth0 Lock', okta: 'Okta Sign-In Widget' };

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
    if (results.speed.problems.length) {
      lines.push('Problems seen during the run:', '', ...results.speed.problems.map((p) => `- ${p}`), '');
    }
  }
  if (results.load) lines.push('### Load and soak', '', loadMarkdown(results.load), '');
  return lines.join('\n').trimEnd();
}

export function rootReadmeBlock(results) {
  const size = Object.fromEntries(results.size.entries.filter((e) => e.widget).map((e) => [e.widget, e]));
  const run1 = results.speed?.runs.cpu1x?.widgets;
  const run4 = results.speed?.runs.cpu4x?.widgets;
  const r = results.ratios;
  const cell = (value, peer, ratioValue) => (peer ? `${value} (${times(ratioValue)})` : value);
  const row = (label, pick) => [label, ...['latch', 'lock', 'okta'].map(pick)];
  const rows = [
    row('JS + CSS a site ships, gzipped', (id) => cell(kb(size[id].total.gzip), id !== 'latch', r.size[id]?.gzip)),
  ];
  if (run1) {
    const speedRow = (label, widgets, runKey, metric, unit, key) => row(label, (id) => cell(unit(widgets[id][metric].median), id !== 'latch', r.speed[runKey]?.[id]?.[key]));
    rows.push(speedRow('Login field usable after navigation (median)', run1, 'cpu1x', 'firstScreenMs', ms, 'firstScreen'));
    if (run4) rows.push(speedRow('… with the CPU slowed 4×', run4, 'cpu4x', 'firstScreenMs', ms, 'firstScreen'));
    rows.push(speedRow('Reset field usable after clicking "forgot password"', run1, 'cpu1x', 'forgotMs', ms, 'forgot'));
    rows.push(speedRow('JS heap after render', run1, 'cpu1x', 'heapBytes', mb, 'heap'));
  }
  const versions = results.versions;
  const floor = run1?.control?.firstScreenMs ? run1.control : null;
  return [
    `Figures from \`npm run bench\` (${results.measuredAt.slice(0, 10)}, ${results.machine.cpus}-core machine, Chromium ${results.speed?.chromium ?? '?'}, `
      + `${results.options.loads} fresh page loads per widget, each widget rendered offline with its network answered locally). `
      + 'In parentheses: how many times Latch\'s figure the peer\'s is. Method, every entry point and min–max in [bench/README.md](bench/README.md).',
    '',
    mdTable(['', 'Latch (script tag)', `Auth0 Lock ${versions.auth0Lock}`, `Okta Sign-In Widget ${versions.oktaSignInWidget}`], rows),
    ...(floor ? ['', `For scale, a plain HTML form with no widget, on the same machine: its field is usable after ${ms(floor.firstScreenMs.median)}, and its page's JS heap is ${mb(floor.heapBytes.median)}.`] : []),
  ].join('\n');
}

export function writeReadmes(results, { benchReadme, rootReadme }) {
  writeFileSync(benchReadme, replaceBlock(readFileSync(benchReadme, 'utf8'), '<!-- bench:results:start -->', '<!-- bench:results:end -->', benchReadmeBlock(results)));
  writeFileSync(rootReadme, replaceBlock(readFileSync(rootReadme, 'utf8'), '<!-- bench:start -->', '<!-- bench:end -->', rootReadmeBlock(results)));
}
