// The plain HTML example's module: the mock tenant's values go into the element's attributes first, then the element
// is defined, so the widget starts once, already pointed at the right client (a real page writes them in the markup).
import { byId, h } from './dom';
import { describeError, loadTenant } from './examples';

const login = byId('login');

async function start(): Promise<void> {
  try {
    const tenant = await loadTenant();
    login.setAttribute('client-id', tenant.clientId);
    login.setAttribute('domain', tenant.domain);
    if (tenant.connection) login.setAttribute('connection', tenant.connection);
    byId('tenant-name').textContent = `${tenant.name} · client ${tenant.clientId}`;
    if (tenant.user) byId('try').replaceChildren('Try ', h('code', { text: tenant.user.email }), ' / ', h('code', { text: tenant.user.password }));
  } catch (error) {
    byId('tenant-name').replaceChildren(h('span', { class: 'error', text: `The mock backend did not answer: ${describeError(error)}` }));
    return;
  }
  await import('../src/element');
}

void start();
