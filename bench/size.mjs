// Sizes: raw, minified, gzip and brotli of a file, and the table of every file in dist/.
// `node bench/size.mjs` prints the dist/ table alone; `npm run bench` (bench/run.mjs) uses these functions
// for the comparison with the peers as well.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { transform as transformCss } from 'lightningcss';
import { minify as minifyJs } from 'terser';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const cacheFile = join(root, 'bench', '.build', 'minified.json');

/** gzip at level 9 and brotli at quality 11: what a CDN or a build step that precompresses serves. */
export function compressed(bytes) {
  return {
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }).length,
  };
}

let cache = null;
function loadCache() {
  if (cache) return cache;
  try {
    cache = JSON.parse(readFileSync(cacheFile, 'utf8'));
  } catch {
    cache = {};
  }
  return cache;
}

/**
 * The file passed through one minifier for everyone: terser (compress + mangle) for JS, lightningcss for CSS.
 * Every file compared here ships minified already; this column shows that none is compared unminified, and
 * how much one more pass would still take off. Cached by content hash in bench/.build/ (terser needs
 * about ten seconds for a 2 MB bundle).
 */
async function minifiedSize(bytes, kind) {
  const key = `${kind}:${createHash('sha256').update(bytes).digest('hex')}`;
  const known = loadCache()[key];
  if (known !== undefined) return known;
  let size;
  if (kind === 'css') {
    size = transformCss({ filename: 'x.css', code: bytes, minify: true }).code.length;
  } else {
    const result = await minifyJs(bytes.toString('utf8'), { ecma: 2020, compress: true, mangle: true });
    size = Buffer.byteLength(result.code ?? '');
  }
  cache[key] = size;
  mkdirSync(dirname(cacheFile), { recursive: true });
  writeFileSync(cacheFile, `${JSON.stringify(cache, null, 1)}\n`);
  return size;
}

/** raw, minified, gzip and brotli bytes of one file. */
export async function measureFile(path, kind = path.endsWith('.css') ? 'css' : 'js') {
  const bytes = readFileSync(path);
  return { raw: bytes.length, minified: await minifiedSize(bytes, kind), ...compressed(bytes) };
}

function listFiles(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)]))
    .sort();
}

/** raw, gzip and brotli of every file in dist/ (no minify pass: dist/ is the package's own output). */
export function distFiles() {
  if (!existsSync(dist) || !statSync(dist).isDirectory()) throw new Error('dist/ is missing; run `npm run build` first.');
  const files = listFiles(dist).filter((file) => !file.endsWith('.map') && !file.endsWith('.d.ts'));
  if (files.length === 0) throw new Error('dist/ is empty; run `npm run build` first.');
  return files.map((path) => {
    const bytes = readFileSync(path);
    return { file: relative(dist, path), raw: bytes.length, ...compressed(bytes) };
  });
}

export const kb = (n) => `${(n / 1024).toFixed(2)} KB`;

/** A plain-text table: first column left-aligned, the others right-aligned. */
export function textTable(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function distTable(files) {
  return textTable(['dist/ file', 'raw', 'gzip', 'brotli'], files.map((f) => [f.file, kb(f.raw), kb(f.gzip), kb(f.brotli)]));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    console.log(distTable(distFiles()));
  } catch (error) {
    console.error(`bench: ${error.message}`);
    process.exit(1);
  }
}
