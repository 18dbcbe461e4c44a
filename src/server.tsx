// latch/server: the widget's first screen as HTML, for a server (or a build step) to put in the page, so the login
// box is there and usable before any script runs. The browser's Latch then hydrates that markup instead of building
// it again (src/latch.tsx). Same components, same options, same words: the markup is what the browser would build.
import { signal } from '@preact/signals';
import { renderToString } from 'preact-render-to-string';
import { DEFAULT_FLOWS } from './flows/defaults';
import { addFlow } from './flows/registry';
import { buildDictionary } from './i18n/format';
import { addLanguage, findLanguage } from './i18n/languages';
import { readLanguageDictionary } from './i18n/lock-keys';
import { normalizeOptions, type LatchOptions } from './options';
import { createStore, type Platform } from './store';
import { brandPalette } from './theme/palette';
import { App } from './view/App';
import { createIds } from './view/ids';
import { KEY_ATTRIBUTE, markupKey } from './view/prerender';

export { addLanguage };
export type { LatchOptions };

DEFAULT_FLOWS.forEach((flow) => addFlow(flow));

/** A page with no document: `container` is taken as given (the markup goes inside it), nothing runs later. */
const NO_PAGE = { document: { querySelector: () => ({}) as HTMLElement } };
const SERVER: Platform = { now: () => Date.now(), online: () => true, setInterval: () => 0, clearInterval: () => undefined, events: { addEventListener() {}, removeEventListener() {} } };

/**
 * The widget's first screen as HTML, for `options.container` (the script-tag and ESM builds; the element's is
 * `renderLatchElementHTML`). Text is escaped, and there is no inline script or style: brand colours, radius and font
 * are set by the script when it hydrates, so a strict CSP holds. Throws with the problems when the options are
 * refused, as the widget would report them.
 */
export function renderLatchHTML(clientID: string, domain: string, options: LatchOptions = {}): string {
  const read = normalizeOptions(clientID, domain, { container: 'latch', ...options }, NO_PAGE);
  if (!read.ok) throw new Error(`Latch: cannot render: ${read.problems.join('; ')}.`);
  const opts = read.options;
  // As the browser's setLanguage: the code that found a dictionary (or English), the site's overrides on top.
  const [language, dictionary] = findLanguage(opts.language) ?? ['en'];
  const settings = signal({ options: { ...opts, language }, dict: buildDictionary(dictionary, readLanguageDictionary(opts.languageDictionary)) });
  // The ids of a page's first widget, which the browser's first Latch gets too.
  const ids = createIds('latch-1');
  const store = createStore({
    platform: SERVER,
    settings,
    modal: false,
    config: opts,
    initialScreen: opts.initialScreen,
    prefill: { email: opts.resetPassword.email || opts.prefill.email, username: opts.prefill.username, online: true, flash: opts.flashMessage },
    context: { api: undefined as never, connection: opts.defaultDatabaseConnection, scope: opts.auth.params.scope },
    emit: () => undefined,
  });
  const html = renderToString(<App store={store} settings={settings} ids={ids} palette={brandPalette(opts.theme.primaryColor ?? '')} mode="inline" onClose={() => undefined} />);
  const key = markupKey(settings.peek().options, settings.peek().dict, ids.title);
  // No style attribute (a strict CSP refuses them); the root carries its key.
  return html.replace(/ style="[^"]*"/g, '').replace(/^<div /, `<div ${KEY_ATTRIBUTE}="${key}" `);
}
