// Regenerates the README's table of Lock's options, events and methods from src/options/lock-surface.ts.
import { readFileSync, writeFileSync } from 'node:fs';
import { withLockTable } from '../src/options/lock-surface';

const file = new URL('../README.md', import.meta.url);
writeFileSync(file, withLockTable(readFileSync(file, 'utf8')));
