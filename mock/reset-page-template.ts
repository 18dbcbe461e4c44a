import { randomBytes } from 'node:crypto';
import { liquid } from './email-template';

export { SAMPLE_RESET_PAGE } from './reset-page-sample';

/**
 * Auth0 Classic's customised password reset page, the Latch way: the tenant's own HTML (Liquid), in which two
 * variables put the widget's reset entry — `{{ latch_head }}` (its stylesheet, script and the page's CSRF token, in
 * <head>) and `{{ latch_reset }}` (the element the reset form is drawn in). Everything else is the tenant's. The page
 * is served under the same strict CSP as the built-in one, so an inline script or style in a template never runs.
 */
export const REQUIRED_VARIABLES = ['latch_head', 'latch_reset'] as const;

/** What is wrong with a page template, or null: it must parse and output both variables. */
export function pageTemplateProblem(html: string): string | null {
  try {
    liquid.parse(html);
  } catch (error) {
    return `The page is not valid Liquid: ${error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)}`;
  }
  const missing = REQUIRED_VARIABLES.filter((name) => !new RegExp(`\\{\\{-?\\s*${name}\\s*-?\\}\\}`).test(html));
  if (missing.length) return `The page must output ${missing.map((name) => `{{ ${name} }}`).join(' and ')} (the widget's reset form needs them).`;
  return null;
}

/**
 * Renders a saved page: the tenant's variables escaped as every output is; the widget's two parts put in after
 * rendering, where the template output their markers (random per page, so no value can forge one).
 */
export function renderResetPage(html: string, data: { friendlyName: string; email: string; head: string; reset: string }): string {
  const marker = randomBytes(12).toString('hex');
  const head = `latch-head-${marker}`;
  const reset = `latch-reset-${marker}`;
  const rendered = liquid.parseAndRenderSync(html, { friendly_name: data.friendlyName, tenant: { friendly_name: data.friendlyName }, email: data.email, latch_head: head, latch_reset: reset }) as string;
  return rendered.replaceAll(head, data.head).replaceAll(reset, data.reset);
}
