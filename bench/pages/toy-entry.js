// The toy form: the least a Preact + signals login box can be. A login form (email, password, a "Don't remember
// your password?" button) and a reset form (email), switched by a signal, the email field with the
// browser's autofocus. It has none of a widget's work (no options, i18n, validation, API or state machine), so its figures are
// the floor for a widget built on the same stack. bench/lib/build.mjs bundles it with Vite (production, minified).
import { h, render } from 'preact';
import { signal } from '@preact/signals';

const screen = signal('login');

function Field({ label, name, type, autocomplete, autofocus }) {
  return h('label', null, label, ' ', h('input', { name, type, autocomplete, autofocus }));
}

function Toy() {
  if (screen.value === 'reset') {
    return h('form', { id: 'reset', key: 'reset' }, Field({ label: 'Email', name: 'email', type: 'email', autocomplete: 'username', autofocus: true }));
  }
  return h(
    'form',
    { id: 'login', key: 'login' },
    Field({ label: 'Email', name: 'email', type: 'email', autocomplete: 'username', autofocus: true }),
    Field({ label: 'Password', name: 'password', type: 'password', autocomplete: 'current-password' }),
    h('button', { type: 'button', onClick: () => (screen.value = 'reset') }, "Don't remember your password?"),
  );
}

render(h(Toy, null), document.getElementById('widget'));
