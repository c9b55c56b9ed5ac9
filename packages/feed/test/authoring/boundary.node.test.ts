// The authoring code is Node-only (node:fs, node:http, ical.js): no entry point
// a browser loads may reach it. And the guide's table of headers is the code's.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { DEFAULT_HEADERS } from '../../src/authoring/course-columns.ts';

const PACKAGE = fileURLToPath(new URL('../..', import.meta.url));

/** Every file of this package `entry` imports, directly or not (static and dynamic imports). */
function reachable(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const [, specifier] of source.matchAll(/(?:from|import\()\s*'(\.[^']+)'/g))
      visit(resolve(dirname(file), specifier));
  };
  visit(entry);
  return seen;
}

describe('the browser entry points', () => {
  const exports = JSON.parse(readFileSync(join(PACKAGE, 'package.json'), 'utf8')).exports as Record<
    string,
    string | { default: string }
  >;
  for (const [name, target] of Object.entries(exports)) {
    const file = typeof target === 'string' ? target : target.default;
    if (!file.endsWith('.ts')) continue;
    it(`${name} reaches no authoring or CLI code`, () => {
      const files = [...reachable(join(PACKAGE, file))].map((f) => relative(PACKAGE, f));
      assert.deepEqual(
        files.filter((f) => f.startsWith('src/authoring/') || f.startsWith('src/cli/')),
        [],
      );
    });
  }
});

describe('the CLI', () => {
  it('reaches the authoring code (so the check above can fail)', () => {
    const files = [...reachable(join(PACKAGE, 'src/cli/main.ts'))].map((f) => relative(PACKAGE, f));
    assert.ok(files.includes('src/authoring/import-courses.ts'));
    assert.ok(files.includes('src/authoring/serve.ts'));
  });
});

describe('docs/authoring.md', () => {
  it('lists the default headers exactly as the import knows them', () => {
    const guide = readFileSync(join(PACKAGE, '../../docs/authoring.md'), 'utf8');
    for (const [field, { sv, en }] of Object.entries(DEFAULT_HEADERS)) {
      const row = new RegExp(
        `\\|\\s*${escape(sv.join(', '))}\\s*\\|\\s*${escape(en.join(', '))}\\s*\\|`,
      );
      assert.match(guide, row, field);
    }
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
