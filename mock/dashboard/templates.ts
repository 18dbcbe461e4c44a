// Email templates: the change-password email (`reset_email`) — From, Subject, the Liquid body, Redirect To, URL
// Lifetime, whether the email goes at all — with a live preview rendered by the same Liquid library the mock sends
// with, saved through GET/PATCH /api/v2/email-templates/reset_email.
import { h } from '../../demo/dom';
import { messageOf, report, type Api } from './api';

interface Template {
  readonly from: string;
  readonly subject: string;
  readonly body: string;
  readonly resultUrl: string | null;
  readonly urlLifetimeInSeconds: number;
  readonly includeEmailInRedirect: boolean;
  readonly enabled: boolean;
}

export function mountTemplates(panel: HTMLElement, api: Api): void {
  const status = h('p', { class: 'status', attrs: { role: 'status', 'aria-live': 'polite', id: 'template-status' } });
  const field = (id: string, label: string, control: HTMLElement, hint?: string) =>
    h('div', { class: 'field' }, h('label', { text: label, attrs: { for: id } }), control, hint ? h('p', { class: 'hint', text: hint, attrs: { id: `${id}-hint` } }) : null);
  const from = h('input', { attrs: { id: 'tpl-from', type: 'text', 'aria-describedby': 'tpl-from-hint' } });
  const subject = h('input', { attrs: { id: 'tpl-subject', type: 'text', 'aria-describedby': 'tpl-subject-hint' } });
  const body = h('textarea', { attrs: { id: 'tpl-body', spellcheck: 'false', 'aria-describedby': 'tpl-body-hint' } });
  const resultUrl = h('input', { attrs: { id: 'tpl-result-url', type: 'url', placeholder: 'https://{application.callback_domain}/after-reset', 'aria-describedby': 'tpl-result-url-hint' } });
  const lifetime = h('input', { attrs: { id: 'tpl-lifetime', type: 'number', min: '1', max: '2592000', step: '1', 'aria-describedby': 'tpl-lifetime-hint' } });
  const includeEmail = h('input', { attrs: { id: 'tpl-include-email', type: 'checkbox' } });
  const enabled = h('input', { attrs: { id: 'tpl-enabled', type: 'checkbox' } });
  const previewSubject = h('p', { attrs: { id: 'preview-subject' } });
  // The mock renders the preview with the code it sends emails with (the same Liquid, the same variables) and serves
  // it as a sandboxed document: no script runs in it and it cannot reach this page.
  const preview = h('iframe', { class: 'preview', attrs: { id: 'preview', title: 'Preview of the email', sandbox: '' } });
  const previewError = h('p', { class: 'error', attrs: { id: 'preview-error', role: 'alert' } });
  let timer: ReturnType<typeof setTimeout> | undefined;
  let asked = 0;

  function renderPreview(): void {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const mine = (asked += 1);
      api.request<{ id: string; from: string; subject: string }>('POST', '/__email-preview', { from: from.value, subject: subject.value, body: body.value }).then(
        (shown) => {
          if (mine !== asked) return;
          previewError.textContent = '';
          previewSubject.textContent = `From: ${shown.from} · Subject: ${shown.subject}`;
          preview.src = `/__email-preview/${shown.id}.html`;
        },
        (error: unknown) => {
          if (mine === asked) previewError.textContent = error instanceof Error ? error.message : String(error);
        },
      );
    }, 250);
  }

  const form = h(
    'form',
    { attrs: { 'aria-labelledby': 'templates-title', novalidate: true } },
    field('tpl-from', 'From', from, 'May use {application.name}, {connection.name} and {user.email}.'),
    field('tpl-subject', 'Subject', subject, 'May use {application.name}, {connection.name} and {user.email}.'),
    field('tpl-body', 'Message (HTML with Liquid)', body, 'Variables: {{ url }}, {{ user.email }}, {{ user.name }}, {{ application.name }}, {{ connection.name }}, {{ friendly_name }}, … Every output is escaped.'),
    field('tpl-result-url', 'Redirect To', resultUrl, 'Where the reset page sends the user afterwards (success=true or false, and a message). {application.callback_domain} is the application’s first callback host. Empty: the page stays.'),
    field('tpl-lifetime', 'URL Lifetime (seconds)', lifetime, 'How long the link works: 432000 is five days.'),
    h('div', { class: 'field' }, h('label', { class: 'check', attrs: { for: 'tpl-include-email' } }, includeEmail, 'Include the email in the redirect')),
    h('div', { class: 'field' }, h('label', { class: 'check', attrs: { for: 'tpl-enabled' } }, enabled, 'Send this email (off: change-password requests send nothing)')),
    h('button', { class: 'primary', text: 'Save template', attrs: { type: 'submit', id: 'save-template' } }),
  );
  for (const input of [from, subject, body]) input.addEventListener('input', renderPreview);

  function fill(template: Template): void {
    from.value = template.from;
    subject.value = template.subject;
    body.value = template.body;
    resultUrl.value = template.resultUrl ?? '';
    lifetime.value = String(template.urlLifetimeInSeconds);
    includeEmail.checked = template.includeEmailInRedirect;
    enabled.checked = template.enabled;
    renderPreview();
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const seconds = Number(lifetime.value);
    if (!Number.isInteger(seconds) || seconds < 1) {
      report(status, 'URL Lifetime must be a whole number of seconds, 1 or more. Nothing was saved.', 'error');
      lifetime.setAttribute('aria-invalid', 'true');
      lifetime.focus();
      return;
    }
    lifetime.removeAttribute('aria-invalid');
    const patch = {
      from: from.value,
      subject: subject.value,
      body: body.value,
      resultUrl: resultUrl.value.trim() === '' ? null : resultUrl.value.trim(),
      urlLifetimeInSeconds: seconds,
      includeEmailInRedirect: includeEmail.checked,
      enabled: enabled.checked,
    };
    api.management<Template>('PATCH', '/email-templates/reset_email', patch).then(
      () => {
        report(status, 'Template saved. The next change-password email is built from it.', 'ok');
      },
      (error: unknown) => {
        // What was typed stays; the API's words say what to fix.
        report(status, `Not saved: ${messageOf(error)}`, 'error');
      },
    );
  });

  panel.append(
    h('h2', { text: 'Email templates · Change Password (reset_email)', attrs: { id: 'templates-title' } }),
    status,
    h('div', { class: 'split' }, form, h('section', { attrs: { 'aria-labelledby': 'preview-title' } }, h('h3', { text: 'Live preview', attrs: { id: 'preview-title' } }), h('p', { class: 'muted', text: 'As a sample user (Ada Lovelace) would receive it.' }), previewSubject, previewError, preview)),
  );
  api.management<Template>('GET', '/email-templates/reset_email').then(fill, (error: unknown) => {
    report(status, `Could not read the template: ${messageOf(error)}`, 'error');
  });
}
