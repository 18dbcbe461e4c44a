import type { BrowserContext, Page } from 'playwright-core';
import { VIOLATION_RECORDER } from './csp-server';

export interface Violation {
  directive: string;
  blocked: string;
  sample: string;
  source: string;
  line: number;
}

export interface PageWatch {
  readonly page: Page;
  /** Every console message of every document the page showed, as `type: text`. */
  readonly console: string[];
  /** Uncaught errors. */
  readonly errors: string[];
  /** Every URL the page requested, navigated to or showed in the address bar (bodies are not URLs: a login POST carries its password). */
  readonly urls: string[];
  /** Violations seen so far; read them before each navigation (they live in the document). */
  readonly violations: Violation[];
  /** Adds the current document's violations and data- attribute values to what was seen. */
  collect(): Promise<void>;
  /** Every data- attribute value seen in collect(), as `name=value`. */
  readonly dataAttributes: string[];
}

/** A page that records CSP violations (from before the first script runs), console output and traffic. */
export async function watchedPage(context: BrowserContext): Promise<PageWatch> {
  await context.addInitScript(VIOLATION_RECORDER);
  const page = await context.newPage();
  const watch = {
    page,
    console: [] as string[],
    errors: [] as string[],
    urls: [] as string[],
    violations: [] as Violation[],
    dataAttributes: [] as string[],
    async collect() {
      const seen = await page.evaluate(() => {
        const win = window as unknown as { __cspViolations?: Violation[] };
        const attributes: string[] = [];
        for (const el of Array.from(document.querySelectorAll('*'))) {
          for (const attr of Array.from(el.attributes)) if (attr.name.startsWith('data-')) attributes.push(`${attr.name}=${attr.value}`);
        }
        return { violations: win.__cspViolations ?? [], attributes, url: location.href };
      });
      watch.violations.push(...seen.violations);
      watch.dataAttributes.push(...seen.attributes);
      watch.urls.push(seen.url);
    },
  };
  page.on('console', (message) => watch.console.push(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => watch.errors.push(error.message));
  page.on('request', (request) => watch.urls.push(request.url()));
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) watch.urls.push(frame.url());
  });
  return watch;
}

/** The secrets of `secrets` that occur in `haystack`, for an assertion that lists what leaked. */
export function leaked(haystack: readonly string[], secrets: readonly string[]): string[] {
  return secrets.filter((secret) => haystack.some((text) => text.includes(secret)));
}
