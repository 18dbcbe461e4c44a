// @vitest-environment node
// latch/server's renderLatchHTML: the first screen's markup, the same as the browser builds, text escaped, nothing a
// strict CSP refuses, and the options' problems reported as the widget reports them.
import { describe, expect, it } from 'vitest';
import { addLanguage, renderLatchHTML } from '../../src/server';
import { de } from '../../src/i18n/locales/de';

describe('renderLatchHTML', () => {
  it('renders the first screen with its words, labels and ids, and the key the browser checks', () => {
    const html = renderLatchHTML('client', 'https://tenant.example', { initialScreen: 'forgotPassword' });
    expect(html).toMatch(/^<div data-latch-key="[0-9a-z]+" class="latch" data-part="root" lang="en" dir="ltr" data-mode="inline"/);
    expect(html).toContain('data-screen="forgotPassword"');
    expect(html).toContain('<label data-part="label" for="latch-1-email">Email</label>');
    expect(html).toContain('id="latch-1-title"');
  });

  it('escapes every text, and has no script, no style attribute and no event handler attribute', () => {
    const html = renderLatchHTML('client', 'https://tenant.example', {
      languageDictionary: { title: '<img src=x onerror=alert(1)>' },
      flashMessage: { type: 'error', text: '<script>alert(1)</script>' },
      theme: { primaryColor: '#0f766e', radius: 4, font: 'Georgia, serif' },
    });
    expect(html).toContain('&lt;script>alert(1)&lt;/script>');
    expect(html).toContain('&lt;img src=x onerror=alert(1)>');
    // No element but the widget's own: no script or image tag, no style or on* attribute on any tag.
    expect(html).not.toMatch(/<(script|img)\b/i);
    expect(html).not.toMatch(/<[a-z][^>]*\s(style|on[a-z]+)=/i);
  });

  it('speaks a language added with addLanguage, right to left where it is written so', () => {
    addLanguage('de', de);
    expect(renderLatchHTML('client', 'https://tenant.example', { language: 'de' })).toContain(`>${de['login.title']}</h2>`);
  });

  it('throws with the problems for options the widget would refuse', () => {
    const render = () => renderLatchHTML('', 'https://tenant.example', { initialScreen: 'nope' as never });
    expect(render).toThrow(/^Latch: cannot render: /);
    expect(render).toThrow(/clientID must be a non-empty string/);
    expect(render).toThrow(/initialScreen must be one of/);
  });
});
