// `npm run bench`: raw, gzip and brotli sizes of every file in dist/, as a table and as
// bench/results.json, so size changes are measured rather than guessed.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const out = join(root, 'bench', 'results.json');

function listFiles(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)]))
    .sort();
}

function measure(path) {
  const bytes = readFileSync(path);
  return {
    file: relative(dist, path),
    raw: bytes.length,
    // The strongest settings: what a CDN or a build step that precompresses would serve.
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }).length,
  };
}

let files;
try {
  if (!statSync(dist).isDirectory()) throw new Error('not a directory');
  files = listFiles(dist).map(measure);
} catch {
  console.error('bench: dist/ is missing; run `npm run build` first.');
  process.exit(1);
}
if (files.length === 0) {
  console.error('bench: dist/ is empty; run `npm run build` first.');
  process.exit(1);
}

const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
const header = ['file', 'raw', 'gzip', 'brotli'];
const rows = files.map((f) => [f.file, kb(f.raw), kb(f.gzip), kb(f.brotli)]);
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const row of rows) console.log(line(row));

const results = {
  measuredAt: new Date().toISOString(),
  node: process.version,
  units: 'bytes',
  files,
};
writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nwrote ${relative(root, out)}`);
