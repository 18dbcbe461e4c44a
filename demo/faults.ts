import { admin, describeError, type Fault, type FaultPath, type FaultSpec } from './admin';
import { byId, h } from './dom';

const POLL_MS = 2000;

// Log in's first request is /co/authenticate (hidden frame and redirect); /oauth/token is the password-realm grant's.
const ENDPOINTS: { value: FaultPath; label: string }[] = [
  { value: '*', label: 'Every API endpoint' },
  { value: '/co/authenticate', label: 'Log in (/co/authenticate)' },
  { value: '/oauth/token', label: 'Log in, password-realm grant (/oauth/token)' },
  { value: '/dbconnections/change_password', label: 'Reset email (/dbconnections/change_password)' },
];

/** One click each: what the widget must cope with. */
const PRESETS: { label: string; spec: FaultSpec }[] = [
  { label: '2 s latency, every endpoint', spec: { path: '*', latencyMs: 2000 } },
  { label: '429 on change_password', spec: { path: '/dbconnections/change_password', status: 429 } },
  { label: '429 on log in (/co/authenticate)', spec: { path: '/co/authenticate', status: 429 } },
  { label: '500, every endpoint', spec: { path: '*', status: 500 } },
  { label: '503, every endpoint', spec: { path: '*', status: 503 } },
  { label: 'Network failure, every endpoint', spec: { path: '*', network: true } },
];

/** A sentence for a fault, e.g. "/oauth/token: 429, next 1 request". */
function describeFault(fault: Fault): string {
  const parts: string[] = [];
  if (fault.latencyMs !== undefined) parts.push(`${fault.latencyMs / 1000} s latency`);
  if (fault.status !== undefined) parts.push(`answers ${fault.status}`);
  if (fault.network) parts.push('drops the connection');
  const where = fault.path === '*' ? 'Every endpoint' : fault.path;
  const until = fault.times === undefined ? 'until cleared' : `next ${fault.times} request${fault.times === 1 ? '' : 's'}`;
  return `${where}: ${parts.join(', ')} (${until})`;
}

/** The fault injection panel: adds faults to the mock, lists the active ones, clears and resets. */
export function createFaultsPanel(onReset: () => void): void {
  const root = byId('faults');
  const status = h('p', { class: 'status', attrs: { role: 'status', 'aria-live': 'polite' } });
  const active = h('ul', { class: 'fault-list', attrs: { id: 'active-faults', 'aria-label': 'Active faults' } });
  const none = h('p', { class: 'muted', text: 'No faults: the mock answers normally.' });
  const once = h('input', { attrs: { type: 'checkbox', id: 'fault-once' } });
  const endpoint = h('select', { attrs: { id: 'fault-endpoint' } }, ...ENDPOINTS.map((e) => h('option', { text: e.label, attrs: { value: e.value } })));
  let shown = '';

  const report = (text: string) => (status.textContent = text);
  const fail = (what: string) => (error: unknown) => report(`${what}: ${describeError(error)}`);

  async function refresh(): Promise<void> {
    const faults = await admin.faults();
    const key = JSON.stringify(faults);
    if (key === shown) return;
    shown = key;
    active.replaceChildren(...faults.map((fault) => h('li', { text: describeFault(fault) })));
    none.hidden = faults.length > 0;
  }

  function add(spec: FaultSpec): void {
    const withTimes: FaultSpec = once.checked ? { ...spec, times: 1 } : spec;
    admin
      .addFault(withTimes)
      .then((fault) => {
        report(`Added: ${describeFault(fault)}`);
        return refresh();
      })
      .catch(fail('Could not add the fault'));
  }

  const button = (label: string, onClick: () => void, className = 'button') =>
    h('button', { class: className, text: label, attrs: { type: 'button' }, on: { click: onClick } });

  const custom: { label: string; effect: Omit<FaultSpec, 'path'> }[] = [
    { label: 'Latency 2 s', effect: { latencyMs: 2000 } },
    { label: '429', effect: { status: 429 } },
    { label: '500', effect: { status: 500 } },
    { label: '503', effect: { status: 503 } },
    { label: 'Network', effect: { network: true } },
  ];

  root.append(
    h('label', { class: 'check' }, once, h('span', { text: 'Only the next request (times: 1)' })),
    h('div', { class: 'button-grid' }, ...PRESETS.map((preset) => button(preset.label, () => add(preset.spec)))),
    h(
      'fieldset',
      { class: 'custom-fault' },
      h('legend', { text: 'Or pick an endpoint' }),
      h('label', { text: 'Endpoint', attrs: { for: 'fault-endpoint' } }),
      endpoint,
      h('div', { class: 'chip-row' }, ...custom.map((c) => button(c.label, () => add({ path: endpoint.value as FaultPath, ...c.effect }), 'button chip'))),
    ),
    h('h3', { text: 'Active faults' }),
    none,
    active,
    h(
      'div',
      { class: 'button-row' },
      button('Clear faults', () => {
        admin.clearFaults().then(() => (report('Faults cleared.'), refresh())).catch(fail('Could not clear the faults'));
      }),
      button('Reset mock', () => {
        admin
          .reset()
          .then(() => {
            report('Mock reset: users, rate limits, outbox and faults are as at start.');
            onReset();
            return refresh();
          })
          .catch(fail('Could not reset the mock'));
      }),
    ),
    status,
  );

  const poll = () => refresh().catch(fail('Could not read the faults'));
  void poll();
  // Faults with a request budget disappear as the widget uses them up.
  window.setInterval(() => void poll(), POLL_MS);
}
