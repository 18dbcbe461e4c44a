// `npm run bench:trace -- <page> [load|forgot] [cpu rate]`: where one page's time goes, as a Chromium trace.
//   npm run bench:trace -- latch load 4      a fresh load of Latch's page with the CPU slowed 4×, until its login
//                                            field is usable (and 1 s more)
//   npm run bench:trace -- latch forgot 4    the same, then the click on its forgot link, until the reset field is
//                                            usable (and 300 ms more)
// Pages as in `npm run bench` (bench/lib/speed.mjs WIDGETS: control, toy, latch, latchPrerendered, firebaseui, supabase,
// hanko, lock, okta); the page is served and answered offline the same way. Writes bench/.build/trace-<page>-<what>-<rate>x.json
// (open it in Chromium DevTools' Performance panel) and prints the page's main thread over the measured span: each
// task's script, style, layout and paint, with the script function that forced a style or layout, and the totals.
// Run `npm run bench -- --quick` (or a full run) first: it builds dist/ and the bundles the pages load.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../test/helpers/browser.ts';
import { outDir } from './lib/build.mjs';
import { routeOffline } from './lib/routes.mjs';
import { act, installProbe, locate, startBenchSite, TIMEOUT, WIDGETS } from './lib/speed.mjs';

const [id = 'latch', what = 'load', rateArg = '1'] = process.argv.slice(2);
const rate = Number(rateArg);
const spec = WIDGETS[id];
if (!spec || !['load', 'forgot'].includes(what) || !(rate >= 1)) {
  console.error(`usage: npm run bench:trace -- <${Object.keys(WIDGETS).join('|')}> [load|forgot] [cpu rate, 1 or more]`);
  process.exit(1);
}
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.stack', 'v8.execute', 'blink.user_timing', 'loading'].join(',');

const site = await startBenchSite();
const browser = await launchBrowser();
const events = [];
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await routeOffline(context, site.origin);
  // The benchmark's probe too (its marks, and the events a page's `before` steps wait for), so the trace is of the same load.
  await installProbe(context, spec);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  if (what === 'load') await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  await page.goto(site.origin + spec.page, { timeout: TIMEOUT });
  await locate(page, spec.login).waitFor({ state: 'visible', timeout: TIMEOUT });
  await page.waitForTimeout(what === 'load' ? 1000 : 600);
  if (what === 'forgot') {
    await act(page, spec.before, spec.settle);
    await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
    await page.getByRole(spec.link.role, { name: spec.link.name, exact: true }).click({ timeout: TIMEOUT });
    await locate(page, spec.reset).waitFor({ state: 'visible', timeout: TIMEOUT });
    await page.waitForTimeout(300);
  }
  await cdp.send('Tracing.end');
  await complete;
} finally {
  await browser.close();
  await site.close();
}

mkdirSync(outDir, { recursive: true });
const file = join(outDir, `trace-${id}-${what}-${rate}x.json`);
writeFileSync(file, JSON.stringify({ traceEvents: events }));

// The page's main thread: the renderer thread named CrRendererMain that ran the page's own scripts.
const names = new Map(events.filter((e) => e.name === 'thread_name').map((e) => [`${e.pid}:${e.tid}`, e.args.name]));
const threadOf = (e) => `${e.pid}:${e.tid}`;
const mains = [...names].filter(([, name]) => name === 'CrRendererMain').map(([key]) => key);
const busiest = mains.sort((a, b) => events.filter((e) => threadOf(e) === b).length - events.filter((e) => threadOf(e) === a).length)[0];
const main = events.filter((e) => threadOf(e) === busiest && e.ph === 'X' && e.dur);
const origin = what === 'forgot' ? main.find((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'click')?.ts : events.find((e) => e.name === 'navigationStart')?.ts;
const zero = origin ?? Math.min(...main.map((e) => e.ts));
const KINDS = {
  EvaluateScript: 'script', FunctionCall: 'script', EventDispatch: 'event', TimerFire: 'timer', FireAnimationFrame: 'frame callback',
  RunMicrotasks: 'microtasks', 'v8.compile': 'compile', ParseHTML: 'parse HTML', ParseAuthorStyleSheet: 'parse CSS',
  UpdateLayoutTree: 'style', Layout: 'layout', PrePaint: 'pre-paint', Paint: 'paint', Layerize: 'layerize', Commit: 'commit',
  MinorGC: 'GC', MajorGC: 'GC',
};
const where = (e) => {
  const frame = e.args?.beginData?.stackTrace?.[0] ?? e.args?.data?.stackTrace?.[0];
  const url = e.args?.data?.url ?? e.args?.beginData?.url ?? '';
  return [url && url.replace(/^https?:\/\/[^/]+/, ''), frame && `forced by ${frame.functionName || '(anonymous)'} (${frame.url.split('/').pop()}:${frame.lineNumber + 1})`, e.args?.data?.type].filter(Boolean).join(' ');
};
const totals = {};
console.log(`${file}\n${what === 'forgot' ? 'ms from the click' : 'ms from navigation'}, duration, what (main thread; events of 0.2 ms or more)`);
let depthEnd = [];
for (const e of main.sort((a, b) => a.ts - b.ts || b.dur - a.dur)) {
  const kind = KINDS[e.name];
  if (!kind) continue;
  depthEnd = depthEnd.filter((end) => end > e.ts);
  const nested = depthEnd.length > 0;
  depthEnd.push(e.ts + e.dur);
  if (!nested) totals[kind] = (totals[kind] ?? 0) + e.dur / 1000;
  if (e.dur >= 200) console.log(`${((e.ts - zero) / 1000).toFixed(1).padStart(8)} ${(e.dur / 1000).toFixed(2).padStart(7)}  ${'  '.repeat(Math.min(depthEnd.length - 1, 4))}${kind} ${where(e)}`);
}
console.log('\ntop-level totals (ms):', Object.fromEntries(Object.entries(totals).map(([k, v]) => [k, Math.round(v * 10) / 10])));
