import type { Exchange } from '../context';
import { pageHead, sendPage } from '../html';
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
    `${pageHead(`Dashboard · ${ctx.tenant.name}`, '/__dashboard.css', '/__dashboard.js')}<header class="topbar">
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
