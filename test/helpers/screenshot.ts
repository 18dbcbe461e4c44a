import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

const dir = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));

/**
 * Saves what the page shows into test-results/screenshots/NAME.png, for a person to look at each
 * screen after a run (the folder is gitignored).
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: `${dir}${name}.png`, fullPage: true });
}
