// <latch-login> in a React 19 app. The demo compiles JSX for Preact (the widget's own view), so this file calls
// createElement by hand; in a React project it is the JSX shown in the page's snippet.
import { createElement as h, Fragment, StrictMode, useCallback, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import '../src/element';
import type { LatchLogin } from '../src/element';
import type { ColorScheme } from '../src/index';
import { byId } from './dom';
import { COLOR_SCHEMES, describeEvent, ELEMENT_EVENTS, LANGUAGES, startWithTenant, type HeardEvent, type TenantAttributes } from './examples';

const SNIPPET = `function Login({ lang, colorScheme, onLogin }) {
  const ref = useRef(null);
  useLayoutEffect(() => {
    const element = ref.current;
    const name = 'latch-authenticated';
    const done = (event) => onLogin(event.detail);
    element.addEventListener(name, done);
    return () => element.removeEventListener(name, done);
  }, [onLogin]);
  return <latch-login ref={ref} client-id="YOUR_CLIENT_ID"
    domain="your-tenant.auth0.com"
    lang={lang} color-scheme={colorScheme} />;
}`;

interface LoginProps {
  tenant: TenantAttributes;
  lang: string;
  colorScheme: ColorScheme;
  onEvent: (event: Event) => void;
}

/**
 * The element with React's state as its attributes. React 19 sets a prop as the element's property when it has one
 * (domain, lang, and `options`, an object), else as an attribute (client-id, color-scheme). The listeners go on in a
 * layout effect, as React inserts the element: the element shows its first screen (latch-show, latch-signin-ready)
 * in a microtask right after that, before a plain useEffect would run.
 */
function Login({ tenant, lang, colorScheme, onEvent }: LoginProps): ReactNode {
  const ref = useRef<LatchLogin>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    for (const name of ELEMENT_EVENTS) element.addEventListener(name, onEvent);
    return () => {
      for (const name of ELEMENT_EVENTS) element.removeEventListener(name, onEvent);
    };
  }, [onEvent]);
  return h('latch-login', {
    ref,
    'client-id': tenant.clientId,
    domain: tenant.domain,
    connection: tenant.connection ?? undefined,
    'initial-screen': 'login',
    'color-scheme': colorScheme,
    lang,
    options: tenant.options,
  });
}

interface SelectProps<T extends string> {
  id: string;
  label: ReactNode;
  value: T;
  choices: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
}

function Select<T extends string>({ id, label, value, choices, onChange }: SelectProps<T>): ReactNode {
  return h(
    'div',
    { className: 'control' },
    h('label', { htmlFor: id }, label),
    h(
      'select',
      // The choices are the only values the menu can hold.
      { id, value, onChange: (event: { target: HTMLSelectElement }) => onChange(event.target.value as T) },
      ...choices.map((choice) => h('option', { key: choice.value, value: choice.value }, choice.label)),
    ),
  );
}

function tone(type: string): string | undefined {
  if (type.endsWith('error')) return 'error';
  return type.endsWith('success') || type === 'latch-authenticated' ? 'success' : undefined;
}

function EventDisplay({ events, onClear }: { events: readonly HeardEvent[]; onClear: () => void }): ReactNode {
  const [last] = events;
  return h(
    'section',
    { className: 'panel', 'aria-labelledby': 'events-title' },
    h('div', { className: 'panel-head' }, h('h2', { id: 'events-title' }, 'Events heard by React'), h('button', { type: 'button', className: 'button small', onClick: onClear }, 'Clear')),
    last
      ? h(
          'div',
          { className: 'last-event', id: 'last-event', 'data-tone': tone(last.type) },
          h('span', { className: 'muted' }, 'Last event'),
          h('strong', { className: 'log-name' }, last.type),
          last.detail ? h('code', { className: 'log-payload' }, last.detail) : null,
        )
      : h('p', { className: 'muted' }, 'A ref and a layout effect add one listener per latch-* event; each lands in React state.'),
    h(
      'ol',
      { className: 'event-log', id: 'events', 'aria-labelledby': 'events-title' },
      ...events.map((event) =>
        h(
          'li',
          { key: event.id, className: 'log-entry', 'data-event': event.type, 'data-tone': tone(event.type) },
          h('time', { className: 'log-time' }, event.time),
          h('span', { className: 'log-source' }, 'react'),
          h('strong', { className: 'log-name' }, event.type),
          event.detail ? h('code', { className: 'log-payload' }, event.detail) : null,
        ),
      ),
    ),
  );
}

const attribute = (label: string, name: string) => h(Fragment, null, `${label} (`, h('code', null, name), ')');

function App({ tenant }: { tenant: TenantAttributes }): ReactNode {
  const [lang, setLang] = useState('en');
  const [colorScheme, setColorScheme] = useState<ColorScheme>('auto');
  const [events, setEvents] = useState<HeardEvent[]>([]);
  const onEvent = useCallback((event: Event) => setEvents((list) => [describeEvent(event), ...list].slice(0, 100)), []);
  const languages = LANGUAGES.map(({ code, label }) => ({ value: code as string, label }));
  return h(
    Fragment,
    null,
    h(
      'aside',
      { className: 'column column-left', 'aria-label': 'Attributes' },
      h(
        'section',
        { className: 'panel', 'aria-labelledby': 'attributes-title' },
        h('h2', { id: 'attributes-title' }, 'Attributes from React state'),
        h('p', { className: 'muted' }, 'Each menu sets state; React passes it to the element, and the widget follows at once.'),
        h(
          'div',
          { className: 'controls' },
          h(Select<string>, { id: 'language', label: attribute('Language', 'lang'), value: lang, choices: languages, onChange: setLang }),
          h(Select<ColorScheme>, { id: 'color-scheme', label: attribute('Colour scheme', 'color-scheme'), value: colorScheme, choices: COLOR_SCHEMES, onChange: setColorScheme }),
        ),
      ),
    ),
    h(
      'div',
      { className: 'column column-stage' },
      h(
        'section',
        { className: 'stage', 'data-scheme': colorScheme, 'aria-labelledby': 'stage-title' },
        h('h2', { id: 'stage-title', className: 'visually-hidden' }, 'The element'),
        tenant.user ? h('p', { className: 'try muted' }, 'Try ', h('code', null, tenant.user.email), ' / ', h('code', null, tenant.user.password)) : null,
        h(Login, { tenant, lang, colorScheme, onEvent }),
      ),
      h(
        'section',
        { className: 'panel', 'aria-labelledby': 'component-title' },
        h('h2', { id: 'component-title' }, 'The component'),
        h('pre', { className: 'snippet' }, h('code', null, SNIPPET)),
      ),
    ),
    h('aside', { className: 'column column-right', 'aria-label': 'Events' }, h(EventDisplay, { events, onClear: () => setEvents([]) })),
  );
}

void startWithTenant((tenant) => {
  createRoot(byId('app')).render(h(StrictMode, null, h(App, { tenant })));
});
