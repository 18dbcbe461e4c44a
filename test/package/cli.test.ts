// `npx latch prerender`: the package's command prints the markup latch/server makes, from the built files.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { de } from '../../src/i18n/locales/de';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = (...args: string[]) => execFileSync(process.execPath, [join(root, 'bin/latch.mjs'), ...args], { encoding: 'utf8' });

test('prints the first screen for the options file, in a bundled language', () => {
  const dir = mkdtempSync(join(tmpdir(), 'latch-cli-'));
  const file = join(dir, 'options.json');
  writeFileSync(file, JSON.stringify({ initialScreen: 'signUp' }));
  const html = cli('prerender', 'client', 'https://tenant.example', file, '--language', 'de');
  expect(html).toMatch(/^<div data-latch-key="[0-9a-z]+" class="latch" data-part="root" lang="de"/);
  expect(html).toContain('data-screen="signUp"');
  expect(html).toContain(`>${de['signUp.title']}</h2>`);
});

test('says how it is used, and what is wrong with refused options, with a failing exit code', () => {
  expect(() => execFileSync(process.execPath, [join(root, 'bin/latch.mjs')], { encoding: 'utf8', stdio: 'pipe' })).toThrow(/Usage: npx latch prerender <clientID> <domain>/);
  expect(() => execFileSync(process.execPath, [join(root, 'bin/latch.mjs'), 'prerender', 'client', ''], { encoding: 'utf8', stdio: 'pipe' })).toThrow(/Usage/);
  const dir = mkdtempSync(join(tmpdir(), 'latch-cli-'));
  writeFileSync(join(dir, 'bad.json'), JSON.stringify({ initialScreen: 'nope' }));
  expect(() => execFileSync(process.execPath, [join(root, 'bin/latch.mjs'), 'prerender', 'client', 'https://tenant.example', join(dir, 'bad.json')], { encoding: 'utf8', stdio: 'pipe' })).toThrow(/Latch: cannot render: initialScreen must be one of/);
});
