import type { Exchange } from '../context';
import { escapeHtml, sendPage } from '../html';
import { staticFile } from '../static-files';

/**
 * GET /__dashboard: the tenant's dashboard, a shell whose script (/__dashboard.js, built from mock/dashboard/ by
 * `npm run build`) draws every section with the Management API. A development endpoint: only this origin, the
 * management token or the admin secret reach it, and it is served under the strict CSP.
 */
export function dashboardPage({ res, ctx }: Exchange): void {
  sendPage(
    res,
    200,
    `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>Dashboard · ${escapeHtml(ctx.tenant.name)}</title>
<link rel="stylesheet" href="/__dashboard.css">
<script src="/__dashboard.js" defer></script>
</head>
<body>
<header class="topbar">
<h1>Dashboard <span class="sub">mock tenant</span></h1>
<p class="muted" id="tenant-name">Connecting…</p>
<nav aria-label="Pages"><a href="/">Widget demo</a> <a href="/__outbox.html">Outbox</a></nav>
</header>
<main>
<div class="tabs" role="tablist" aria-label="Dashboard sections" id="tabs"></div>
<div id="panels"></div>
</main>
</body>
</html>
`,
  );
}

export const dashboardScript = staticFile('dist', 'latch-dashboard.js');
export const dashboardStyles = staticFile('public', 'dashboard.css');
