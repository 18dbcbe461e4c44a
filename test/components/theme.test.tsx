import { cleanup, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test } from 'vitest';
import type { LatchOptions } from '../../src/index';
import { flush, mountInline, silenceConsoleError } from './support';

afterEach(() => {
  cleanup();
  document.body.innerHTML = '';
});

/** The custom properties the widget set inline on its root ('' when it left the stylesheet's value). */
function inline(container: HTMLElement) {
  const style = container.querySelector<HTMLElement>('[data-part=root]')?.style;
  if (!style) throw new Error('no widget root');
  const read = (name: string) => style.getPropertyValue(name);
  return { control: read('--latch-radius-control'), card: read('--latch-radius-card'), font: read('--latch-font-family') };
}

describe('theme.radius and theme.font', () => {
  test.each([
    ['a number, in px', 4, '4px'],
    ['zero, for square corners', 0, '0px'],
    ['a px length', '6px', '6px'],
    ['a rem length', '0.5rem', '0.5rem'],
    ['a pill', 999, '999px'],
  ])('radius as %s sets the controls to it and the card to 1.6 times it, at most 32px', (_name, radius, control) => {
    const { container } = mountInline({ theme: { radius } });
    expect(inline(container)).toEqual({ control, card: `min(${control}*1.6,32px)`, font: '' });
  });

  test('font sets the font-family list', () => {
    const { container } = mountInline({ theme: { font: "'Inter', system-ui, sans-serif" } });
    expect(inline(container)).toEqual({ control: '', card: '', font: "'Inter', system-ui, sans-serif" });
  });

  test('without them the stylesheet keeps its values', () => {
    const { container } = mountInline({ theme: { primaryColor: '#0a7d4f' } });
    expect(inline(container)).toEqual({ control: '', card: '', font: '' });
  });

  test('they sit beside the brand colours and stay through re-renders', async () => {
    const { container } = mountInline({ theme: { primaryColor: '#0a7d4f', radius: 8, font: 'Georgia, serif' } });
    await userEvent.type(screen.getByRole('textbox', { name: 'Email' }), 'ada@example.com');
    await userEvent.click(screen.getByRole('button', { name: 'Log in' }));
    expect(screen.getByText('Enter your password.')).toBeTruthy();
    expect(inline(container)).toEqual({ control: '8px', card: 'min(8px*1.6,32px)', font: 'Georgia, serif' });
    expect(container.querySelector<HTMLElement>('[data-part=root]')?.style.getPropertyValue('--latch-color-primary')).toBe('#0a7d4f');
  });
});

describe('bad theme.radius and theme.font values', () => {
  // Like every other option: one console error naming it and what it accepts, and the "unavailable" card
  // (with the stylesheet's own look) instead of a login box that looks half-configured.
  test.each([
    ['a colour as radius', { radius: 'red' }, 'theme.radius must be a length such as 8 or "8px"'],
    ['CSS smuggled into radius', { radius: '10px; color: red' }, 'theme.radius must be a length'],
    ['a negative radius', { radius: -4 }, 'theme.radius must be a length'],
    ['a negative radius length', { radius: '-4px' }, 'theme.radius must be a length'],
    ['a radius that is not a number', { radius: Number.NaN }, 'theme.radius must be a length'],
    ['a radius of another type', { radius: true as unknown as number }, 'theme.radius must be a length'],
    ['a declaration smuggled into font', { font: 'Inter; color: red' }, 'theme.font must be a font-family list'],
    ['a url() in font', { font: 'url(https://evil.example/x)' }, 'theme.font must be a font-family list'],
    ['a rule in font', { font: 'Inter} body{display:none' }, 'theme.font must be a font-family list'],
    ['markup in font', { font: '<img src=x onerror=alert(1)>' }, 'theme.font must be a font-family list'],
  ] satisfies [string, LatchOptions['theme'], string][])('%s is refused with a clear message', async (_name, theme, message) => {
    const spy = silenceConsoleError();
    const { container, events } = mountInline({ theme });
    await flush();
    expect(spy).toHaveBeenCalledTimes(1);
    expect(String(spy.mock.calls[0]?.[0])).toContain(message);
    expect(events.filter((event) => event.name === 'unrecoverable_error')).toHaveLength(1);
    expect(screen.getByRole('heading').textContent).toBe('Log in is unavailable');
    expect(inline(container)).toEqual({ control: '', card: '', font: '' });
    spy.mockRestore();
  });
});
