// The tenant's dashboard (/__dashboard, served by the mock: a page of `npm run mock` and of the demo). Each section is
// a module of its own that draws into its panel with the Management API; the page only lays them out as tabs.
import { byId, h } from '../../demo/dom';
import { connect, type Api } from './api';
import { mountHooks } from './hooks';
import { mountResetPage } from './reset-page';
import { mountTemplates } from './templates';
import { mountUsers } from './users';

interface Section {
  readonly id: string;
  readonly title: string;
  readonly mount: (panel: HTMLElement, api: Api) => void | Promise<void>;
}

const SECTIONS: readonly Section[] = [
  { id: 'users', title: 'Users', mount: mountUsers },
  { id: 'templates', title: 'Email templates', mount: mountTemplates },
  { id: 'reset-page', title: 'Reset page', mount: mountResetPage },
  { id: 'hooks', title: 'Hooks', mount: mountHooks },
];

/** Tabs as the ARIA pattern has them: arrow keys move between tabs, the panel follows the selected one. */
function tabs(api: Api): void {
  const list = byId('tabs');
  const panels = byId('panels');
  const buttons: HTMLButtonElement[] = [];
  const mounted = new Set<string>();
  const select = (index: number, focus: boolean) => {
    SECTIONS.forEach((section, i) => {
      const on = i === index;
      const button = buttons[i];
      button?.setAttribute('aria-selected', String(on));
      if (button) button.tabIndex = on ? 0 : -1;
      const panel = byId(`panel-${section.id}`);
      panel.hidden = !on;
      if (on && !mounted.has(section.id)) {
        mounted.add(section.id);
        Promise.resolve(section.mount(panel, api)).catch((error: unknown) => {
          panel.append(h('p', { class: 'error', attrs: { role: 'alert' }, text: `This section could not load: ${String(error instanceof Error ? error.message : error)}` }));
        });
      }
    });
    if (focus) buttons[index]?.focus();
    history.replaceState(null, '', `#${SECTIONS[index]?.id ?? ''}`);
  };
  SECTIONS.forEach((section, index) => {
    const button = h('button', {
      class: 'tab',
      text: section.title,
      attrs: { type: 'button', role: 'tab', id: `tab-${section.id}`, 'aria-controls': `panel-${section.id}` },
      on: {
        click: () => select(index, false),
        keydown: (event) => {
          const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
          if (event.key === 'Home') select(0, true);
          else if (event.key === 'End') select(SECTIONS.length - 1, true);
          else if (step) select((index + step + SECTIONS.length) % SECTIONS.length, true);
          else return;
          event.preventDefault();
        },
      },
    });
    buttons.push(button);
    list.append(button);
    panels.append(h('section', { class: 'panel', attrs: { role: 'tabpanel', id: `panel-${section.id}`, 'aria-labelledby': `tab-${section.id}`, tabindex: '0' } }));
  });
  const fromHash = SECTIONS.findIndex((section) => `#${section.id}` === location.hash);
  select(fromHash < 0 ? 0 : fromHash, false);
}

async function start(): Promise<void> {
  let api: Api;
  try {
    api = await connect();
  } catch (error) {
    byId('panels').append(h('p', { class: 'error', attrs: { role: 'alert' }, text: `The mock did not answer: ${String(error instanceof Error ? error.message : error)}` }));
    return;
  }
  byId('tenant-name').textContent = `${api.tenant.name} · ${api.tenant.connection ?? 'no database connection'}`;
  tabs(api);
}

void start();
