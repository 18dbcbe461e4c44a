// <latch-login> in happy-dom: the upgrade of properties set before the element was defined, attribute and property
// mirroring, the kebab-case DOM events, and a language switch that keeps what was typed.
import { afterEach, describe, expect, it } from 'vitest';
import { de } from '../../src/i18n/locales/de';
import { fakeServer } from './support';

type LatchLoginElement = HTMLElementTagNameMap['latch-login'];

afterEach(() => {
  document.body.replaceChildren();
});

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const inside = (el: Element, selector: string) => el.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;

describe('<latch-login>', () => {
  it('keeps properties a framework set before the element was defined', async () => {
    // Created and given properties while `latch-login` is still an unknown tag.
    const early: HTMLElement = document.createElement('latch-login');
    Object.assign(early, { clientId: 'early-client', domain: 'tenant.example.com', initialScreen: 'forgotPassword' });
    document.body.append(early);
    const { Latch } = await import('../../src/element');
    Latch.addLanguage('de', de);
    await flush();
    expect(early.getAttribute('client-id')).toBe('early-client');
    expect(early.getAttribute('initial-screen')).toBe('forgotPassword');
    expect(inside(early, '[data-part=title]')?.textContent).toBe('Reset your password');
  });

  it('mirrors attributes and properties, and re-dispatches widget events as latch-* DOM events', async () => {
    await import('../../src/element');
    const server = fakeServer();
    const el = document.createElement('latch-login') as LatchLoginElement;
    el.setAttribute('client-id', 'cid');
    el.domain = 'tenant.example.com';
    el.options = { fetch: server.fetch };
    const heard: { type: string; bubbles: boolean; composed: boolean }[] = [];
    for (const type of ['latch-show', 'latch-signin-ready', 'latch-forgot-password-ready']) {
      document.addEventListener(type, (event) => heard.push({ type, bubbles: event.bubbles, composed: event.composed }));
    }
    document.body.append(el);
    await flush();
    expect(el.clientId).toBe('cid');
    expect(el.getAttribute('domain')).toBe('tenant.example.com');
    expect(heard).toEqual([
      { type: 'latch-show', bubbles: true, composed: true },
      { type: 'latch-signin-ready', bubbles: true, composed: true },
    ]);
    el.colorScheme = 'dark';
    expect(el.getAttribute('color-scheme')).toBe('dark');
    await flush();
    expect(el.getAttribute('data-color-scheme')).toBe('dark');
    el.removeAttribute('color-scheme');
    expect(el.colorScheme).toBeNull();
  });

  it('switches language in place when lang changes: typed text, screen and elements stay', async () => {
    const { Latch } = await import('../../src/element');
    Latch.addLanguage('de', de);
    const el = document.createElement('latch-login') as LatchLoginElement;
    el.setAttribute('client-id', 'cid');
    el.setAttribute('domain', 'tenant.example.com');
    document.body.append(el);
    await flush();
    const email = inside(el, 'input[type=email]') as HTMLInputElement;
    email.value = 'someone@example.com';
    email.dispatchEvent(new Event('input', { bubbles: true }));
    let shows = 0;
    el.addEventListener('latch-show', () => shows++);
    el.lang = 'de';
    await flush();
    expect(inside(el, '[data-part=title]')?.textContent).toBe('Anmelden');
    expect(inside(el, '[data-part=root]')?.getAttribute('lang')).toBe('de');
    // The very same input, still holding the address: nothing was rebuilt.
    expect(inside(el, 'input[type=email]') === email).toBe(true);
    expect(email.value).toBe('someone@example.com');
    expect(shows).toBe(0);
  });

  it('tears down when removed: the shadow root is emptied and no event follows', async () => {
    await import('../../src/element');
    const server = fakeServer();
    const el = document.createElement('latch-login') as LatchLoginElement;
    el.setAttribute('client-id', 'cid');
    el.setAttribute('domain', 'tenant.example.com');
    el.setAttribute('initial-screen', 'forgotPassword');
    el.options = { fetch: server.fetch };
    document.body.append(el);
    await flush();
    const email = inside(el, 'input[type=email]') as HTMLInputElement;
    email.value = 'someone@example.com';
    email.dispatchEvent(new Event('input', { bubbles: true }));
    (inside(el, 'form') as HTMLFormElement).requestSubmit();
    await flush();
    expect(server.sent).toHaveLength(1);
    const later: string[] = [];
    for (const type of ['latch-forgot-password-success', 'latch-forgot-password-error', 'latch-hide']) {
      el.addEventListener(type, () => later.push(type));
    }
    el.remove();
    await flush();
    expect(server.sent[0]?.signal?.aborted).toBe(true);
    expect(el.shadowRoot?.childElementCount).toBe(0);
    // destroy() hides first (latch-hide), then nothing else is ever announced.
    expect(later.filter((type) => type !== 'latch-hide')).toEqual([]);
  });
});
