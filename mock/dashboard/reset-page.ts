// Reset page: Auth0 Classic's "Customize Password Reset Page" — the tenant's own HTML around the widget's reset form,
// saved through PATCH /api/v2/tenants/settings (`change_password`), served by /lo/reset under the strict CSP.
import { h } from '../../demo/dom';
import { SAMPLE_RESET_PAGE } from '../reset-page-sample';
import { messageOf, report, type Api } from './api';

interface Settings {
  readonly change_password: { readonly enabled: boolean; readonly html: string | null };
}

export function mountResetPage(panel: HTMLElement, api: Api): void {
  const status = h('p', { class: 'status', attrs: { role: 'status', 'aria-live': 'polite', id: 'page-status' } });
  const enabled = h('input', { attrs: { id: 'page-enabled', type: 'checkbox' } });
  const html = h('textarea', { attrs: { id: 'page-html', spellcheck: 'false', 'aria-describedby': 'page-html-hint' } });
  const form = h(
    'form',
    { attrs: { 'aria-labelledby': 'reset-page-title', novalidate: true } },
    h('div', { class: 'field' }, h('label', { class: 'check', attrs: { for: 'page-enabled' } }, enabled, 'Use this page instead of the built-in one')),
    h(
      'div',
      { class: 'field' },
      h('label', { text: 'Page (HTML with Liquid)', attrs: { for: 'page-html' } }),
      html,
      h('p', { class: 'hint', attrs: { id: 'page-html-hint' }, text: '{{ latch_head }} in <head> brings the widget’s stylesheet, script and the page’s CSRF token; {{ latch_reset }} is where the form goes. Also {{ friendly_name }} and {{ email }} (escaped). The page is served under the strict CSP: inline scripts and styles do not run (the widget’s stylesheet styles the form).' }),
    ),
    h(
      'div',
      { class: 'row' },
      h('button', { class: 'primary', text: 'Save page', attrs: { type: 'submit', id: 'save-page' } }),
      h('button', { text: 'Start from the sample', attrs: { type: 'button', id: 'page-sample' }, on: { click: () => (html.value = SAMPLE_RESET_PAGE) } }),
      // The saved page (on or off) as a working link shows it to a sample user; it has no ticket, so it changes nothing.
      h('a', { text: 'Preview the saved page', attrs: { id: 'page-preview', href: '/__reset-page-preview', target: '_blank', rel: 'noopener' } }),
    ),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    api.management<Settings>('PATCH', '/tenants/settings', { change_password: { enabled: enabled.checked, html: html.value.trim() === '' ? null : html.value } }).then(
      (saved) => {
        report(status, saved.change_password.enabled ? 'Saved: reset links now open this page.' : 'Saved: reset links open the built-in page.', 'ok');
      },
      (error: unknown) => {
        report(status, `Not saved: ${messageOf(error)}`, 'error');
      },
    );
  });
  panel.append(
    h('h2', { text: 'Hosted password reset page', attrs: { id: 'reset-page-title' } }),
    h('p', { class: 'muted', text: 'What a reset link from the email opens. Used and expired links go to the email template’s Redirect To with success=false when it is set.' }),
    status,
    form,
  );
  api.management<Settings>('GET', '/tenants/settings').then(
    (settings) => {
      enabled.checked = settings.change_password.enabled;
      html.value = settings.change_password.html ?? SAMPLE_RESET_PAGE;
    },
    (error: unknown) => {
      report(status, `Could not read the settings: ${messageOf(error)}`, 'error');
    },
  );
}
