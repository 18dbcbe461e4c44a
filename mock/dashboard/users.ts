// Users: search the tenant's users and act on one, as Auth0's dashboard does — change the password (the policy is
// checked, no email is sent, every session ends), send a reset email, unblock, delete. Management API v2 only, and
// the Authentication API's change_password for the reset email (what a dashboard asks on a user's behalf).
import { h } from '../../demo/dom';
import { messageOf, type Api } from './api';

interface User {
  readonly user_id: string;
  readonly email: string;
  readonly name: string;
  readonly email_verified: boolean;
  readonly blocked: boolean;
  readonly identities: readonly { readonly connection: string }[];
  readonly last_login?: string;
  readonly last_ip?: string;
  readonly logins_count: number;
  readonly created_at: string;
  readonly last_password_reset?: string;
}

interface Session {
  readonly id: string;
  readonly authenticated_at: string;
  readonly last_interacted_at: string;
  readonly expires_at: string;
  readonly clients: readonly { readonly client_id: string }[];
}

const when = (iso: string | undefined) => (iso ? new Date(iso).toLocaleString() : 'Never');
const connectionOf = (user: User) => user.identities[0]?.connection ?? '';

export function mountUsers(panel: HTMLElement, api: Api): void {
  const status = h('p', { class: 'status', attrs: { role: 'status', 'aria-live': 'polite', id: 'users-status' } });
  const view = h('div');
  panel.append(h('h2', { text: 'Users' }), status, view);
  const say = (text: string, tone: 'ok' | 'error' | '' = '') => {
    status.textContent = text;
    status.className = `status ${tone}`;
  };

  let lastQuery = '';

  async function showList(query: string, focusSearch = false): Promise<void> {
    lastQuery = query;
    const search = h('input', { attrs: { type: 'search', id: 'user-search', placeholder: 'email:"ada@example.com", name, blocked:true…', 'aria-describedby': 'user-search-hint' } });
    search.value = query;
    const form = h(
      'form',
      { class: 'row', attrs: { role: 'search', 'aria-label': 'Users' } },
      h('label', { text: 'Search users', attrs: { for: 'user-search' } }),
      search,
      h('button', { class: 'primary', text: 'Search', attrs: { type: 'submit' } }),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void showList(search.value.trim(), true);
    });
    const hint = h('p', { class: 'hint muted', attrs: { id: 'user-search-hint' }, text: 'Free text matches email, name, username and id; field:value, field:"a phrase" and pre* narrow it (Auth0’s search syntax).' });
    const results = h('div', { attrs: { id: 'user-results' } }, h('p', { class: 'muted', text: 'Loading…' }));
    view.replaceChildren(form, hint, results);
    if (focusSearch) search.focus();
    try {
      const q = query ? `&q=${encodeURIComponent(query)}&search_engine=v3` : '';
      const found = await api.management<{ users: User[]; total: number }>('GET', `/users?include_totals=true&per_page=50${q}`);
      results.replaceChildren(
        h('p', { class: 'muted', text: `${found.total} user${found.total === 1 ? '' : 's'}${query ? ` match “${query}”` : ''}.` }),
        found.users.length
          ? h(
              'table',
              { attrs: { 'aria-label': 'Users' } },
              h('thead', {}, h('tr', {}, ...['Email', 'Connection', 'Last login', 'Status'].map((text) => h('th', { text, attrs: { scope: 'col' } })))),
              h(
                'tbody',
                {},
                ...found.users.map((user) =>
                  h(
                    'tr',
                    { attrs: { 'data-user': user.user_id } },
                    h('td', {}, h('button', { class: 'link-button', text: user.email, attrs: { type: 'button' }, on: { click: () => void showUser(user.user_id) } })),
                    h('td', { text: connectionOf(user) }),
                    h('td', { text: when(user.last_login) }),
                    h('td', {}, user.blocked ? h('span', { class: 'badge error', text: 'Blocked' }) : h('span', { class: 'badge ok', text: 'Active' })),
                  ),
                ),
              ),
            )
          : h('p', { text: 'No user matches.' }),
      );
      say('');
    } catch (error) {
      results.replaceChildren();
      say(`The search failed: ${messageOf(error)}`, 'error');
    }
  }

  async function showUser(id: string): Promise<void> {
    let user: User;
    let sessions: Session[] = [];
    let blocks: { identifier: string; ip: string }[] = [];
    try {
      const path = encodeURIComponent(id);
      [user, { sessions }, { blocked_for: blocks }] = await Promise.all([
        api.management<User>('GET', `/users/${path}`),
        api.management<{ sessions: Session[] }>('GET', `/users/${path}/sessions`),
        api.management<{ blocked_for: { identifier: string; ip: string }[] }>('GET', `/user-blocks/${path}`),
      ]);
    } catch (error) {
      say(`Could not open the user: ${messageOf(error)}`, 'error');
      return;
    }
    const path = encodeURIComponent(user.user_id);
    const back = h('button', { text: '← All users', attrs: { type: 'button', id: 'back-to-users' }, on: { click: () => void showList(lastQuery, true) } });
    const heading = h('h3', { text: user.email, attrs: { tabindex: '-1', id: 'user-heading' } });
    const facts = h(
      'dl',
      { class: 'facts' },
      ...(
        [
          ['User id', user.user_id],
          ['Name', user.name],
          ['Connection', connectionOf(user)],
          ['Email verified', user.email_verified ? 'Yes' : 'No'],
          ['Blocked', user.blocked ? 'Yes (by an administrator)' : blocks.length ? `From ${blocks.length} address${blocks.length === 1 ? '' : 'es'} (too many failed logins)` : 'No'],
          ['Last login', user.last_login ? `${when(user.last_login)}${user.last_ip ? ` from ${user.last_ip}` : ''}` : 'Never'],
          ['Logins', String(user.logins_count)],
          ['Password last changed', when(user.last_password_reset)],
          ['Created', when(user.created_at)],
        ] as const
      ).flatMap(([term, value]) => [h('dt', { text: term }), h('dd', { text: value })]),
    );
    const sessionList = sessions.length
      ? h('ul', { attrs: { id: 'user-sessions' } }, ...sessions.map((s) => h('li', { text: `Signed in ${when(s.authenticated_at)}, last used ${when(s.last_interacted_at)}, ends ${when(s.expires_at)}${s.clients.length ? ` · ${s.clients.map((c) => c.client_id).join(', ')}` : ''}` })))
      : h('p', { class: 'muted', attrs: { id: 'user-sessions' }, text: 'No active session.' });

    // Change password: the connection's policy is checked by the API; what was typed stays on a refusal.
    const password = h('input', { attrs: { type: 'password', id: 'new-password', autocomplete: 'new-password', required: true } });
    const confirm = h('input', { attrs: { type: 'password', id: 'confirm-password', autocomplete: 'new-password', required: true } });
    const passwordError = h('p', { class: 'error', attrs: { id: 'password-error', role: 'alert' } });
    const change = h(
      'form',
      { attrs: { 'aria-labelledby': 'change-password-title', novalidate: true } },
      h('h4', { text: 'Change password', attrs: { id: 'change-password-title' } }),
      h('p', { class: 'muted', text: 'The user is not emailed, and every session they have ends.' }),
      h('div', { class: 'field' }, h('label', { text: 'New password', attrs: { for: 'new-password' } }), password),
      h('div', { class: 'field' }, h('label', { text: 'Confirm new password', attrs: { for: 'confirm-password' } }), confirm),
      passwordError,
      h('button', { class: 'primary', text: 'Change password', attrs: { type: 'submit' } }),
    );
    change.addEventListener('submit', (event) => {
      event.preventDefault();
      passwordError.textContent = '';
      password.removeAttribute('aria-invalid');
      if (password.value === '') {
        passwordError.textContent = 'Enter the new password.';
        password.setAttribute('aria-invalid', 'true');
        password.focus();
        return;
      }
      if (password.value !== confirm.value) {
        passwordError.textContent = 'The two passwords do not match.';
        confirm.setAttribute('aria-invalid', 'true');
        confirm.focus();
        return;
      }
      api.management<User>('PATCH', `/users/${path}`, { password: password.value, connection: connectionOf(user) }).then(
        () => {
          void showUser(user.user_id).then(() => say(`Password changed for ${user.email}. No email was sent; every session of the user has ended.`, 'ok'));
        },
        (error: unknown) => {
          passwordError.textContent = messageOf(error);
          password.setAttribute('aria-invalid', 'true');
          password.focus();
        },
      );
    });

    const sendReset = h('button', {
      text: 'Send reset email',
      attrs: { type: 'button', id: 'send-reset' },
      on: {
        click: () => {
          if (!api.tenant.clientId) return say('The tenant has no application to send the email for.', 'error');
          api.request<string>('POST', '/dbconnections/change_password', { client_id: api.tenant.clientId, email: user.email, connection: connectionOf(user) }).then(
            (answer) => say(`Reset email sent to ${user.email} (the API answered: ${typeof answer === 'string' ? answer : JSON.stringify(answer)}).`, 'ok'),
            (error: unknown) => say(`The reset email was not sent: ${messageOf(error)}`, 'error'),
          );
        },
      },
    });
    const unblock =
      user.blocked || blocks.length
        ? h('button', {
            text: 'Unblock',
            attrs: { type: 'button', id: 'unblock' },
            on: {
              click: () => {
                Promise.all([
                  user.blocked ? api.management('PATCH', `/users/${path}`, { blocked: false }) : Promise.resolve(),
                  blocks.length ? api.management('DELETE', `/user-blocks/${path}`) : Promise.resolve(),
                ]).then(
                  () => void showUser(user.user_id).then(() => say(`${user.email} is unblocked.`, 'ok')),
                  (error: unknown) => say(`Could not unblock: ${messageOf(error)}`, 'error'),
                );
              },
            },
          })
        : null;
    const endSessions = sessions.length
      ? h('button', {
          text: 'End every session',
          attrs: { type: 'button', id: 'end-sessions' },
          on: {
            click: () =>
              api.management('DELETE', `/users/${path}/sessions`).then(
                () => void showUser(user.user_id).then(() => say(`Every session of ${user.email} has ended.`, 'ok')),
                (error: unknown) => say(`Could not end the sessions: ${messageOf(error)}`, 'error'),
              ),
          },
        })
      : null;

    // Delete asks first, inside the page (a dialog the keyboard and screen readers reach like the rest).
    const confirmDelete = h(
      'div',
      { class: 'notice', attrs: { role: 'group', 'aria-labelledby': 'delete-question', hidden: true, id: 'delete-confirm' } },
      h('p', { text: `Delete ${user.email}? This cannot be undone: the account, its sessions and its reset links go.`, attrs: { id: 'delete-question' } }),
      h('div', { class: 'row' }, h('button', { class: 'danger', text: 'Yes, delete this user', attrs: { type: 'button', id: 'delete-yes' } }), h('button', { text: 'Keep the user', attrs: { type: 'button', id: 'delete-no' } })),
    );
    const askDelete = h('button', { class: 'danger', text: 'Delete user…', attrs: { type: 'button', id: 'delete-user', 'aria-expanded': 'false', 'aria-controls': 'delete-confirm' } });
    askDelete.addEventListener('click', () => {
      confirmDelete.hidden = false;
      askDelete.setAttribute('aria-expanded', 'true');
      confirmDelete.querySelector<HTMLButtonElement>('#delete-no')?.focus();
    });
    confirmDelete.querySelector('#delete-no')?.addEventListener('click', () => {
      confirmDelete.hidden = true;
      askDelete.setAttribute('aria-expanded', 'false');
      askDelete.focus();
    });
    confirmDelete.querySelector('#delete-yes')?.addEventListener('click', () => {
      api.management('DELETE', `/users/${path}`).then(
        () => void showList(lastQuery).then(() => say(`${user.email} was deleted.`, 'ok')),
        (error: unknown) => say(`Could not delete: ${messageOf(error)}`, 'error'),
      );
    });

    view.replaceChildren(
      back,
      heading,
      h('div', { class: 'split' }, h('div', {}, facts, h('h4', { text: 'Sessions' }), sessionList), h('div', {}, change)),
      h('h4', { text: 'Actions' }),
      h('div', { class: 'row' }, sendReset, unblock, endSessions, askDelete),
      confirmDelete,
    );
    heading.focus();
    say('');
  }

  void showList('');
}
