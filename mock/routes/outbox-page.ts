import type { Exchange } from '../context';
import { escapeHtml, sendPage } from '../html';
import type { Email } from '../outbox';
import { staticFile } from '../static-files';

/** GET /__outbox.html: the sent emails as a page a person can read, with their links clickable. */
export async function outboxPage({ res, ctx }: Exchange): Promise<void> {
  await ctx.outbox.settled();
  const emails = [...ctx.outbox.list()].reverse();
  const items = emails.map(emailHtml).join('\n');
  sendPage(
    res,
    200,
    `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>Outbox · ${escapeHtml(ctx.tenant.name)}</title>
<link rel="stylesheet" href="/__outbox.css">
</head>
<body>
<h1>Outbox</h1>
<p>Emails the mock would have sent, newest first. Reload to see new ones. <a href="/__outbox">JSON</a></p>
${emails.length === 0 ? '<p class="empty">No emails yet.</p>' : `<ol>\n${items}\n</ol>`}
</body>
</html>
`,
  );
}

/** GET /__outbox.css */
export const outboxStyles = staticFile('public', 'outbox.css');

function emailHtml(email: Email): string {
  // Only http(s) links become anchors; anything else stays text.
  const link = /^https?:\/\//i.test(email.link)
    ? `<p><a href="${escapeHtml(email.link)}">${escapeHtml(email.link)}</a></p>`
    : '';
  return `<li>
<h2>${escapeHtml(email.subject)}</h2>
<dl><dt>To</dt><dd>${escapeHtml(email.to)}</dd><dt>From</dt><dd>${escapeHtml(email.from)}</dd><dt>Sent</dt><dd><time datetime="${escapeHtml(email.createdAt)}">${escapeHtml(email.createdAt)}</time></dd></dl>
${link}
<pre>${escapeHtml(email.text)}</pre>
</li>`;
}
