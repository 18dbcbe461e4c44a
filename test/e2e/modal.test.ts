import { describe, expect, it } from 'vitest';
import { EVENTUALLY, isFocused, useDemoPage } from '../helpers/e2e';
import { screenshot } from '../helpers/screenshot';

const session = useDemoPage();

function focusIsInDialog(): boolean {
  return document.activeElement?.closest('[role=dialog]') != null;
}

describe('the modal widget on the demo page', () => {
  it('keeps Tab and Shift+Tab inside the dialog, closes on Escape and gives focus back to its opener', async () => {
    const { page } = session;
    const opener = page.getByRole('button', { name: 'Open modal' });
    await opener.click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.getAttribute('aria-modal')).toBe('true');
    await expect.poll(() => page.evaluate(focusIsInDialog), EVENTUALLY).toBe(true);
    await screenshot(page, 'modal');

    const escaped: string[] = [];
    for (const key of ['Tab', 'Shift+Tab']) {
      for (let i = 0; i < 15; i += 1) {
        await page.keyboard.press(key);
        if (!(await page.evaluate(focusIsInDialog))) {
          escaped.push(`${key} #${i + 1}: ${await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 80) ?? 'nothing')}`);
        }
      }
    }
    expect(escaped, 'focus left the dialog').toEqual([]);

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => isFocused(opener), EVENTUALLY).toBe(true);
  });
});
