import { admin, describeError, type Email } from './admin';
import { byId, clock, h } from './dom';

const POLL_MS = 2000;

export interface OutboxPanel {
  refresh(): Promise<void>;
}

/** The mock's sent emails, newest first, polled every 2 s. */
export function createOutbox(): OutboxPanel {
  const list = byId<HTMLOListElement>('outbox-list');
  const empty = byId('outbox-empty');
  const count = byId('outbox-count');
  const status = byId('outbox-status');
  // Redrawn only when the emails change, so a selection or a hovered link is not lost every 2 s.
  let shown = '';

  function render(emails: Email[]): void {
    const key = emails.map((email) => email.id).join(',');
    if (key === shown) return;
    shown = key;
    count.textContent = String(emails.length);
    empty.hidden = emails.length > 0;
    list.replaceChildren(...[...emails].reverse().map(renderEmail));
  }

  async function refresh(): Promise<void> {
    try {
      render(await admin.outbox());
      status.textContent = '';
    } catch (error) {
      status.textContent = `Could not read the outbox: ${describeError(error)}`;
    }
  }

  byId<HTMLButtonElement>('outbox-clear').addEventListener('click', () => {
    admin
      .clearOutbox()
      .then(refresh)
      .catch((error: unknown) => {
        status.textContent = `Could not clear the outbox: ${describeError(error)}`;
      });
  });

  void refresh();
  window.setInterval(() => void refresh(), POLL_MS);
  return { refresh };
}

function renderEmail(email: Email): HTMLLIElement {
  const sent = new Date(email.createdAt);
  const html = (email as Email & { html?: string }).html;
  return h(
    'li',
    { class: 'email' },
    h(
      'div',
      { class: 'email-head' },
      h('strong', { class: 'email-subject', text: email.subject }),
      h('time', { class: 'email-time', text: clock(sent), attrs: { datetime: email.createdAt } }),
    ),
    h('p', { class: 'email-to', text: `From ${email.from} · To ${email.to}` }),
    // As the recipient sees it: the HTML body the mock rendered from the template, served by the mock as a document
    // of its own under a sandbox policy (no script can run in it), framed without any privilege.
    html
      ? h('iframe', { class: 'email-frame', attrs: { src: `/__outbox/${encodeURIComponent(email.id)}.html`, sandbox: '', title: `Email: ${email.subject}`, loading: 'lazy', referrerpolicy: 'no-referrer' } })
      : h('pre', { class: 'email-text', text: email.text }),
    // The hosted reset page (/lo/reset) opens beside the demo, as the email would in a mail client.
    email.link
      ? h('a', { class: 'email-link', text: 'Choose a new password (opens the reset page in a new tab)', attrs: { href: email.link, target: '_blank', rel: 'noopener noreferrer' } })
      : null,
  );
}
