import type { Exchange } from '../context';
import { escapeHtml, pageHead, sendPage } from '../html';
import type { Email } from '../outbox';
import { staticFile } from '../static-files';
import { sendJson, sendText } from '../http';

/** GET /__outbox.html: the sent emails as a page a person can read, with their links clickable. */
export async function outboxPage({ res, ctx }: Exchange): Promise<void> {
  await ctx.outbox.settled();
  const emails = [...ctx.outbox.list()].reverse();
  const items = emails.map(emailHtml).join('\n');
  sendPage(
    res,
    200,
    `${pageHead(`Outbox · ${ctx.tenant.name}`, '/__outbox.css')}<h1>Outbox</h1>
<p>Emails the mock would have sent, newest first. Reload to see new ones. <a href="/__outbox">JSON</a></p>
${emails.length === 0 ? '<p class="empty">No emails yet.</p>' : `<ol>\n${items}\n</ol>`}
</body>
</html>
`,
  );
}

/** /__outbox/{id}.html: one email's HTML body, as its recipient's mail client shows it. */
export const OUTBOX_EMAIL_PATH = /^\/__outbox\/[^/]+\.html$/;

/**
 * The policy of an email shown as a page: a sandbox (no script runs, no same-origin access, no forms), nothing loaded
 * but its own inline styles and images (as a mail client shows them), and framed by this origin only.
 */
export const EMAIL_CSP = "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data: https:; frame-ancestors 'self'";

/** GET /__outbox/{id}.html */
export async function outboxEmail({ res, url, ctx }: Exchange): Promise<void> {
  await ctx.outbox.settled();
  const id = url.pathname.slice('/__outbox/'.length, -'.html'.length);
  const email = ctx.outbox.list().find((e) => e.id === id);
  if (!email) {
    sendJson(res, 404, { error: 'not_found', error_description: `No email ${id} in the outbox.` });
    return;
  }
  // A notice with no HTML body is shown as its text, escaped.
  const html = email.html ?? `<!doctype html><meta charset="utf-8"><pre style="white-space:pre-wrap;font-family:system-ui,sans-serif">${escapeHtml(email.text)}</pre>`;
  sendText(res, 200, html, 'text/html; charset=utf-8', {
    'Content-Security-Policy': EMAIL_CSP,
    'X-Frame-Options': 'SAMEORIGIN',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
}

/** GET /__outbox.css */
export const outboxStyles = staticFile('public', 'outbox.css');

function emailHtml(email: Email): string {
  // Only http(s) links become anchors; anything else stays text.
  const link = /^https?:\/\//i.test(email.link)
    ? `<p><a href="${escapeHtml(email.link)}">${escapeHtml(email.link)}</a></p>`
    : '';
  // An email with an HTML body is shown as its recipient sees it: framed from /__outbox/{id}.html, which its own
  // sandbox policy serves (no script runs there, and the frame's sandbox attribute says the same again).
  const framed = email.html === undefined
    ? ''
    : `<iframe class="email" sandbox src="/__outbox/${encodeURIComponent(email.id)}.html" title="${escapeHtml(`The email as ${email.to} sees it`)}" loading="lazy"></iframe>\n`;
  return `<li>
<h2>${escapeHtml(email.subject)}</h2>
<dl><dt>To</dt><dd>${escapeHtml(email.to)}</dd><dt>From</dt><dd>${escapeHtml(email.from)}</dd><dt>Sent</dt><dd><time datetime="${escapeHtml(email.createdAt)}">${escapeHtml(email.createdAt)}</time></dd></dl>
${link}
${framed}<pre>${escapeHtml(email.text)}</pre>
</li>`;
}
