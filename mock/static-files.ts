import { readFile } from 'node:fs/promises';
import type { Exchange } from './context';
import { sendJson, sendText } from './http';

/** The widget's build output, served to the reset page from the same origin (its CSP allows only 'self'). */
const DIST = new URL('../dist/', import.meta.url);
const PUBLIC = new URL('./public/', import.meta.url);

const TYPES: Record<string, string> = {
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
};

/** Serves one file; a missing build answers 404 JSON that says how to make it. */
export function staticFile(folder: 'dist' | 'public', name: string): (exchange: Exchange) => Promise<void> {
  const file = new URL(name, folder === 'dist' ? DIST : PUBLIC);
  const type = TYPES[name.split('.').pop() ?? ''] ?? 'application/octet-stream';
  return async ({ res }) => {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch {
      sendJson(res, 404, {
        error: 'not_found',
        error_description: `${folder}/${name} is missing: run npm run build to make the widget's files.`,
      });
      return;
    }
    // Rebuilds show up on reload; nosniff keeps a browser from reading the files as anything else.
    sendText(res, 200, text, type, { 'Cache-Control': 'no-cache', 'X-Content-Type-Options': 'nosniff' });
  };
}
