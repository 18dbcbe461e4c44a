import type { ServerResponse } from 'node:http';
import { strictCsp } from '../scripts/strict-csp.mjs';
import { sendText } from './http';

/** Escapes text for HTML content and double-quoted attributes. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The widget's strict CSP (scripts/strict-csp.mjs), and for the mock's own pages two more rules: forms post only to
 * this origin, and no other site may frame them.
 */
export const PAGE_CSP = strictCsp({ extra: ["form-action 'self'", "frame-ancestors 'none'"] });

export interface PageOptions {
  /** A policy instead of PAGE_CSP; it must keep the strict base (build it with strictCsp). */
  csp?: string;
  /**
   * Origins that may frame the page (the web_message and verification pages, which run in the application's
   * iframe): the policy's frame-ancestors lists them and X-Frame-Options (which cannot name origins) is left out.
   */
  frameAncestors?: readonly string[];
}

/** An HTML page with the headers every mock page carries. */
export function sendPage(res: ServerResponse, status: number, html: string, options: PageOptions = {}): void {
  const { frameAncestors } = options;
  const framing = frameAncestors === undefined ? undefined : frameAncestors.length > 0 ? frameAncestors.join(' ') : "'none'";
  const csp = options.csp ?? (framing === undefined ? PAGE_CSP : strictCsp({ extra: ["form-action 'self'", `frame-ancestors ${framing}`] }));
  sendText(res, status, html, 'text/html; charset=utf-8', {
    'Content-Security-Policy': csp,
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    // frame-ancestors for browsers that read CSP, this for the ones that only know the older header.
    ...(frameAncestors === undefined ? { 'X-Frame-Options': 'DENY' } : {}),
  });
}

/** The start of a mock page, up to its <body>: title, stylesheet and, when given, a deferred script (all same-origin). */
export function pageHead(title: string, stylesheet: string, script?: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="${escapeHtml(stylesheet)}">
${script ? `<script src="${escapeHtml(script)}" defer></script>\n` : ''}</head>
<body>
`;
}

/**
 * Data for a page's external script: a `<script type="application/json">` block (never executed; the strict policy
 * has no 'unsafe-inline'). `<`, `>` and `&` are written as JSON escapes so no value can close the element.
 */
export function jsonBlock(id: string, data: unknown): string {
  const json = JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `<script type="application/json" id="${escapeHtml(id)}">${json}</script>`;
}
