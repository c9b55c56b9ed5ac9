import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { findDefineEntries } from '../../../scripts/define-entries.mjs';
import { buildBuilder } from '../scripts/build.mjs';

describe('the builder page build', () => {
  let dir: string;
  let outDir: string;
  let widgets: string[];

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'lc-builder-'));
    const entries = (await findDefineEntries()).filter((entry) => existsSync(entry.entry));
    ({ outDir, widgets } = await buildBuilder(join(dir, 'builder'), entries));
  });

  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('offers every widget that has a manifest', () => {
    for (const tag of [
      'lc-course-finder',
      'lc-event-calendar',
      'lc-partner-logos',
      'lc-centre-finder',
    ])
      assert.ok(widgets.includes(tag), tag);
  });

  test('a page under the strict CSP: one external script, no inline script or style', async () => {
    const page = await readFile(join(outDir, 'index.html'), 'utf8');
    assert.deepEqual(page.match(/<script\b[^>]*>/g), ['<script type="module" src="main.js">']);
    assert.equal(/<style\b/.test(page), false);
    assert.equal(/\sstyle=/.test(page), false);
    const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(page)?.[1] ?? '';
    for (const directive of [
      "default-src 'none'",
      "script-src 'self'",
      "style-src 'self'",
      "require-trusted-types-for 'script'",
      'trusted-types lit-html lc-widgets',
    ])
      assert.ok(csp.split(/;\s*/).includes(directive), directive);
    assert.equal(csp.includes('unsafe'), false);
    assert.match(page, /<lc-snippet-builder sample-feed="\.\.\/feed\/sample-feed\.json">/);
    assert.match(page, /<html lang="sv">/);
  });

  test('main.js has the builder, each widget and their manifests; the stylesheets are there', async () => {
    const script = await readFile(join(outDir, 'main.js'), 'utf8');
    assert.ok(script.includes('lc-snippet-builder'));
    for (const tag of widgets) assert.ok(script.includes(`"${tag}"`), tag);
    assert.ok(script.includes('schemaVersion'), 'the manifests are bundled');
    for (const file of ['builder.css', 'bootstrap.min.css'])
      assert.ok(existsSync(join(outDir, file)), file);
  });
});
