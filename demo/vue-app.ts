// <latch-login> in a Vue 3 app written with h() render functions: the runtime-only build, with no template compiler
// (which would need 'unsafe-eval'), so the page runs under the same strict Content-Security-Policy as the widget.
import { createApp, defineComponent, h, ref, type PropType, type VNode } from 'vue';
import '../src/element';
import type { ColorScheme } from '../src/index';
import { byId } from './dom';
import { COLOR_SCHEMES, describeEvent, ELEMENT_EVENTS, LANGUAGES, startWithTenant, type HeardEvent, type TenantAttributes } from './examples';

const SNIPPET = `// In a template: vite.config.js
vue({ template: { compilerOptions: {
  isCustomElement: (tag) => tag === 'latch-login',
} } })

<latch-login client-id="YOUR_CLIENT_ID"
  domain="your-tenant.auth0.com"
  :lang="lang" :color-scheme="colorScheme"
  @latch-authenticated="onLogin($event.detail)" />

// With h(), as on this page: no template, no option.
h('latch-login', {
  'client-id': 'YOUR_CLIENT_ID',
  domain: 'your-tenant.auth0.com',
  lang: lang.value, 'color-scheme': colorScheme.value,
  onLatchAuthenticated: (event) => onLogin(event.detail),
})`;

/** `latch-forgot-password-success` → `onLatchForgotPasswordSuccess`: Vue turns the name back into the event's. */
const listenerName = (event: string): string => `on${event.replace(/(^|-)(\w)/g, (_, _dash: string, letter: string) => letter.toUpperCase())}`;

function tone(type: string): string | undefined {
  if (type.endsWith('error')) return 'error';
  return type.endsWith('success') || type === 'latch-authenticated' ? 'success' : undefined;
}

function select<T extends string>(id: string, label: string, attribute: string, value: T, choices: readonly { value: T; label: string }[], set: (value: T) => void): VNode {
  return h('div', { class: 'control' }, [
    h('label', { for: id }, [`${label} (`, h('code', attribute), ')']),
    h(
      'select',
      {
        id,
        value,
        // The choices are the only values the menu can hold.
        onChange: (event: Event) => set((event.target as HTMLSelectElement).value as T),
      },
      choices.map((choice) => h('option', { key: choice.value, value: choice.value }, choice.label)),
    ),
  ]);
}

const App = defineComponent({
  props: { tenant: { type: Object as PropType<TenantAttributes>, required: true } },
  setup(props) {
    const lang = ref('en');
    const colorScheme = ref<ColorScheme>('auto');
    const events = ref<HeardEvent[]>([]);
    const heard = (event: Event) => {
      events.value = [describeEvent(event), ...events.value].slice(0, 100);
    };
    // One listener prop per event, as `@latch-authenticated` in a template compiles to `onLatchAuthenticated`.
    // Vue adds them as it creates the element, so the first screen's events are heard too.
    const listeners = Object.fromEntries(ELEMENT_EVENTS.map((name) => [listenerName(name), heard]));
    const languages = LANGUAGES.map(({ code, label }) => ({ value: code as string, label }));

    return () => {
      const { tenant } = props;
      const [last] = events.value;
      return [
        h('aside', { class: 'column column-left', 'aria-label': 'Attributes' }, [
          h('section', { class: 'panel', 'aria-labelledby': 'attributes-title' }, [
            h('h2', { id: 'attributes-title' }, 'Attributes from Vue refs'),
            h('p', { class: 'muted' }, 'Each menu sets a ref; Vue patches the element, and the widget follows at once.'),
            h('div', { class: 'controls' }, [
              select('language', 'Language', 'lang', lang.value, languages, (value) => (lang.value = value)),
              select('color-scheme', 'Colour scheme', 'color-scheme', colorScheme.value, COLOR_SCHEMES, (value) => (colorScheme.value = value)),
            ]),
          ]),
        ]),
        h('div', { class: 'column column-stage' }, [
          h('section', { class: 'stage', 'data-scheme': colorScheme.value, 'aria-labelledby': 'stage-title' }, [
            h('h2', { id: 'stage-title', class: 'visually-hidden' }, 'The element'),
            tenant.user ? h('p', { class: 'try muted' }, ['Try ', h('code', tenant.user.email), ' / ', h('code', tenant.user.password)]) : null,
            // Vue sets a prop as the element's property when it has one (domain, lang, options), else as an attribute.
            h('latch-login', {
              'client-id': tenant.clientId,
              domain: tenant.domain,
              connection: tenant.connection ?? undefined,
              'initial-screen': 'login',
              'color-scheme': colorScheme.value,
              lang: lang.value,
              options: tenant.options,
              ...listeners,
            }),
          ]),
          h('section', { class: 'panel', 'aria-labelledby': 'component-title' }, [
            h('h2', { id: 'component-title' }, 'The component'),
            h('pre', { class: 'snippet' }, [h('code', SNIPPET)]),
          ]),
        ]),
        h('aside', { class: 'column column-right', 'aria-label': 'Events' }, [
          h('section', { class: 'panel', 'aria-labelledby': 'events-title' }, [
            h('div', { class: 'panel-head' }, [
              h('h2', { id: 'events-title' }, 'Events heard by Vue'),
              h('button', { type: 'button', class: 'button small', onClick: () => (events.value = []) }, 'Clear'),
            ]),
            last
              ? h('div', { class: 'last-event', id: 'last-event', 'data-tone': tone(last.type) }, [
                  h('span', { class: 'muted' }, 'Last event'),
                  h('strong', { class: 'log-name' }, last.type),
                  last.detail ? h('code', { class: 'log-payload' }, last.detail) : null,
                ])
              : h('p', { class: 'muted' }, 'One listener prop per latch-* event; each lands in a Vue ref.'),
            h(
              'ol',
              { class: 'event-log', id: 'events', 'aria-labelledby': 'events-title' },
              events.value.map((event) =>
                h('li', { key: event.id, class: 'log-entry', 'data-event': event.type, 'data-tone': tone(event.type) }, [
                  h('time', { class: 'log-time' }, event.time),
                  h('span', { class: 'log-source' }, 'vue'),
                  h('strong', { class: 'log-name' }, event.type),
                  event.detail ? h('code', { class: 'log-payload' }, event.detail) : null,
                ]),
              ),
            ),
          ]),
        ]),
      ];
    };
  },
});

void startWithTenant((tenant) => {
  createApp(App, { tenant }).mount(byId('app'));
});
