import { expect, test } from 'vitest';
import { mount, useFixture } from '../helpers/a11y';

/** What Chromium draws for theme.radius and theme.font, through the real stylesheet. */
const session = useFixture();

const computed = (widget: Awaited<ReturnType<typeof mount>>) =>
  widget.evaluate((root) => {
    const style = (part: string) => getComputedStyle(root.querySelector(`[data-part=${part}]`) as Element);
    return {
      submit: style('submit').borderTopLeftRadius,
      card: style('card').borderTopLeftRadius,
      title: style('title').fontFamily,
    };
  });

test('radius rounds the controls and, 1.6 times as much, the card; font sets the text', async () => {
  const page = await session.open();
  const widget = await mount(page, session.tenant, 'inline', { theme: { radius: '5px', font: 'Georgia, serif' } });
  expect(await computed(widget)).toEqual({ submit: '5px', card: '8px', title: 'Georgia, serif' });
});

test('a pill radius keeps the card at 32px; 0 squares everything', async () => {
  const page = await session.open();
  const pill = await mount(page, session.tenant, 'inline', { theme: { radius: 999 } });
  expect(await computed(pill)).toMatchObject({ submit: '999px', card: '32px' });
  const square = await mount(page, session.tenant, 'inline', { theme: { radius: 0 } });
  expect(await computed(square)).toMatchObject({ submit: '0px', card: '0px' });
});

test('without them the stylesheet decides (10px, 16px, system-ui)', async () => {
  const page = await session.open();
  const widget = await mount(page, session.tenant, 'inline', {});
  expect(await computed(widget)).toEqual({ submit: '10px', card: '16px', title: 'system-ui, sans-serif' });
});
