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

/** An HTML page with the headers every mock page carries. */
export function sendPage(res: ServerResponse, status: number, html: string): void {
  sendText(res, status, html, 'text/html; charset=utf-8', {
    'Content-Security-Policy': PAGE_CSP,
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    // frame-ancestors for browsers that read CSP, this for the ones that only know the older header.
    'X-Frame-Options': 'DENY',
  });
}
