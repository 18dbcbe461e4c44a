// Hooks: the post change password hook's URL, secret and switch, and the log of every delivery attempt (the mock's
// development endpoints /__hooks/post-change-password…).
import { h } from '../../demo/dom';
import type { DeliveryAttempt, HookView } from '../hooks';
import { messageOf, report, type Api } from './api';

type Attempt = DeliveryAttempt;

const POLL_MS = 2000;

export function mountHooks(panel: HTMLElement, api: Api): void {
  const status = h('p', { class: 'status', attrs: { role: 'status', 'aria-live': 'polite', id: 'hook-status' } });
  const url = h('input', { attrs: { id: 'hook-url', type: 'url', placeholder: 'http://127.0.0.1:3000/hooks/password-changed', 'aria-describedby': 'hook-url-hint' } });
  const secret = h('input', { attrs: { id: 'hook-secret', type: 'text', spellcheck: 'false', autocomplete: 'off', 'aria-describedby': 'hook-secret-hint' } });
  const enabled = h('input', { attrs: { id: 'hook-enabled', type: 'checkbox' } });
  const log = h('div', { attrs: { id: 'hook-log' } });
  const form = h(
    'form',
    { attrs: { 'aria-labelledby': 'hooks-title', novalidate: true } },
    h('div', { class: 'field' }, h('label', { text: 'URL', attrs: { for: 'hook-url' } }), url, h('p', { class: 'hint', attrs: { id: 'hook-url-hint' }, text: 'Receives a POST after every password change: {event, user: {id, email, last_password_reset}, context: {connection, request}}. Any http(s) address, this machine’s included.' })),
    h('div', { class: 'field' }, h('label', { text: 'Signing secret', attrs: { for: 'hook-secret' } }), secret, h('p', { class: 'hint', attrs: { id: 'hook-secret-hint' }, text: 'X-Latch-Signature: t=<seconds>,v1=<hex HMAC-SHA256 of "t.body">. 16 characters at least; leave empty to keep the current one, or to have one made. A secret is shown once, when it is saved.' })),
    h('div', { class: 'field' }, h('label', { class: 'check', attrs: { for: 'hook-enabled' } }, enabled, 'Send the hook')),
    h('button', { class: 'primary', text: 'Save hook', attrs: { type: 'submit', id: 'save-hook' } }),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    api.request<HookView>('PUT', '/__hooks/post-change-password', { url: url.value.trim(), enabled: enabled.checked, ...(secret.value ? { secret: secret.value } : {}) }).then(
      (saved) => {
        showSecret(saved);
        const sent = saved.enabled ? 'Saved: every password change is sent to this URL.' : 'Saved (off: nothing is sent).';
        report(status, saved.secret ? `${sent} Copy the signing secret now: it is not shown again.` : sent, 'ok');
      },
      (error: unknown) => {
        report(status, `Not saved: ${messageOf(error)}`, 'error');
      },
    );
  });

  /** The secret itself when the answer carries it (once); otherwise the field stays empty and says which one is kept. */
  function showSecret(view: HookView): void {
    secret.value = view.secret ?? '';
    secret.placeholder = view.secret_hint ? `Set (ends ${view.secret_hint.slice(1)}); leave empty to keep it` : 'Leave empty to have one made';
  }

  let shown = '';
  async function refresh(): Promise<void> {
    const attempts = await api.request<Attempt[]>('GET', '/__hooks/post-change-password/deliveries');
    const key = JSON.stringify(attempts);
    if (key === shown) return;
    shown = key;
    log.replaceChildren(
      attempts.length
        ? h(
            'table',
            { attrs: { 'aria-label': 'Deliveries, newest first' } },
            h('thead', {}, h('tr', {}, ...['Time', 'Delivery', 'Attempt', 'Answer', 'Outcome'].map((text) => h('th', { text, attrs: { scope: 'col' } })))),
            h(
              'tbody',
              {},
              ...[...attempts].reverse().map((a) =>
                h(
                  'tr',
                  { attrs: { 'data-outcome': a.outcome } },
                  h('td', { text: new Date(a.at).toLocaleTimeString() }),
                  h('td', { text: a.delivery.slice(0, 8) }),
                  h('td', { text: String(a.attempt) }),
                  h('td', { text: a.error ?? `${a.status ?? ''}` }),
                  h('td', { class: a.outcome === 'delivered' ? 'ok' : a.outcome === 'failed' ? 'error' : '', text: a.outcome === 'retrying' ? 'Failed, will retry' : a.outcome === 'failed' ? 'Failed, gave up' : 'Delivered' }),
                ),
              ),
            ),
          )
        : h('p', { class: 'muted', text: 'No deliveries yet.' }),
    );
  }

  panel.append(
    h('h2', { text: 'Hooks · Post change password', attrs: { id: 'hooks-title' } }),
    status,
    form,
    h('div', { class: 'row' }, h('h3', { text: 'Deliveries' }), h('button', { text: 'Refresh', attrs: { type: 'button', id: 'hook-refresh' }, on: { click: () => void refresh() } })),
    log,
  );
  api.request<HookView>('GET', '/__hooks/post-change-password').then((config) => {
    url.value = config.url ?? '';
    showSecret(config);
    enabled.checked = config.enabled;
  }, () => undefined);
  void refresh();
  setInterval(() => void refresh().catch(() => undefined), POLL_MS);
}
