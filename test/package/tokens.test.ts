// dist/latch.tokens.json (W3C design tokens) holds every --latch-* custom property with the stylesheet's value.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const css = readFileSync(join(root, 'styles/tokens.css'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
const light = css.slice(css.indexOf('.latch[data-part=root] {'), css.indexOf('}', css.indexOf('.latch[data-part=root] {')));
const declared = new Map([...light.matchAll(/(--latch-[\w-]+)\s*:\s*([^;]+);/g)].map((m) => [String(m[1]), String(m[2]).trim().replace(/\s+/g, ' ')]));

interface Token {
  $value: string;
  $type?: string;
  $extensions: { 'dev.latch.cssVar': string };
}
function tokens(tree: Record<string, unknown>): Token[] {
  return Object.values(tree).flatMap((node) =>
    node && typeof node === 'object' ? ('$value' in node ? [node as Token] : tokens(node as Record<string, unknown>)) : [],
  );
}

test('every custom property of the stylesheet is a design token with the same value', () => {
  const json = JSON.parse(readFileSync(join(root, 'dist/latch.tokens.json'), 'utf8')) as { latch: Record<string, unknown> };
  const found = new Map(tokens(json.latch).map((t) => [t.$extensions['dev.latch.cssVar'], t]));
  expect(declared.size).toBeGreaterThanOrEqual(40);
  expect([...found.keys()].sort()).toEqual([...declared.keys()].sort());
  for (const [name, value] of declared) expect(found.get(name)?.$value, name).toBe(value);
  const types = new Set(tokens(json.latch).flatMap((t) => (t.$type ? [t.$type] : [])));
  for (const type of types) expect(['color', 'dimension', 'number', 'fontFamily', 'fontWeight', 'duration']).toContain(type);
  expect(found.get('--latch-color-primary')?.$type).toBe('color');
});

test('the package exports the tokens file', () => {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { exports: Record<string, string> };
  expect(pkg.exports['./tokens.json']).toBe('./dist/latch.tokens.json');
});
