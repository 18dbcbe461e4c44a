// The README's table of Lock's options, events and methods is generated from src/options/lock-surface.ts, and that
// source is held to Lock's own code (node_modules/auth0-lock) and to Latch's.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { Latch } from '../../../src/latch';
import { HOST_EVENTS, type LockOnlyEventName } from '../../../src/machine/machine.types';
import { LOCK_EVENTS, LOCK_METHODS, OPTION_NOTES, withLockTable } from '../../../src/options/lock-surface';
import { LOCK_IMPLEMENTED } from '../../../src/options/lock';

describe('the Lock table', () => {
  test('the README has it as the source makes it (npm run lock-table regenerates it)', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(withLockTable(readme)).toBe(readme);
  });

  test("lists Lock's events exactly, as Lock's code validates them", () => {
    const core = readFileSync('node_modules/auth0-lock/lib/core.js', 'utf8');
    const valid = /validEvents = (\[[^\]]*\])/.exec(core)?.[1];
    expect(valid).toBeDefined();
    expect(JSON.parse(valid!.replace(/'/g, '"'))).toEqual([...LOCK_EVENTS]);
  });

  test('each event is one Latch fires or one on() takes without firing', () => {
    const notFired: LockOnlyEventName[] = [
      'socialOrPhoneNumber ready', 'socialOrEmail ready', 'vcode ready', 'socialOrPhoneNumber submit', 'socialOrEmail submit',
      'vcode submit', 'federated login', 'ssodata fetched', 'sso login',
    ];
    for (const name of LOCK_EVENTS) expect(HOST_EVENTS.includes(name as never) || notFired.includes(name as LockOnlyEventName), name).toBe(true);
  });

  test('each method said to work is one the widget has', () => {
    for (const [signature, { status }] of Object.entries(LOCK_METHODS)) {
      const name = /^(\w+)\(/.exec(signature)?.[1];
      if (status === 'works') expect(typeof (Latch.prototype as unknown as Record<string, unknown>)[name!], signature).toBe('function');
    }
  });

  test('a note on how an option differs is only for an option Latch implements', () => {
    const implemented = LOCK_IMPLEMENTED.split(' ');
    for (const path of Object.keys(OPTION_NOTES)) expect(implemented, path).toContain(path);
  });
});
