import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { findDefineEntries } from '../../../scripts/define-entries.mjs';
import { buildDemo } from '../../../scripts/demo.mjs';
import { startStaticServer, type StaticServer } from '../../../scripts/static-server.mjs';
import { rawRequest } from './http-request.ts';

const WIDGET_TAGS = [
  'lc-course-finder',
  'lc-event-calendar',
  'lc-guidance-booking',
  'lc-centre-finder',
  'lc-partner-logos',
];

describe('the demo page', () => {
  let dir: string;
  let outDir: string;
  let widgets: string[];
  let server: StaticServer;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'lc-demo-'));
    ({ outDir, widgets } = await buildDemo(join(dir, 'dist')));
    server = await startStaticServer({ root: outDir });
  });

  after(async () => {
    await server?.close();
    await rm(dir, { recursive: true, force: true });
  });

  test('builds with every widget whose ./define file exists', async () => {
    const expected = (await findDefineEntries())
      .filter((entry) => existsSync(entry.entry))
      .map((entry) => entry.name);
    assert.deepEqual(widgets, expected);
  });

  test('serves the page in Swedish, with a place for every widget and only external scripts', async () => {
    const res = await rawRequest(server.port, '/');
    assert.equal(res.status, 200);
    assert.equal(res.headers['content-type'], 'text/html; charset=utf-8');
    assert.match(res.body, /<html lang="sv">/);
    for (const tag of WIDGET_TAGS) {
      assert.match(res.body, new RegExp(`<${tag}\\s[^>]*feed="feed/sample-feed.json"`), tag);
    }
    const scripts = res.body.match(/<script\b[^>]*>/g) ?? [];
    assert.deepEqual(scripts, ['<script type="module" src="main.js">']);
    assert.match(res.body, /http-equiv="Content-Security-Policy"[^>]*script-src 'self';/);
  });

  test('serves main.js, the stylesheet and the icon with their types', async () => {
    const script = await rawRequest(server.port, '/main.js');
    assert.equal(script.status, 200);
    assert.equal(script.headers['content-type'], 'text/javascript; charset=utf-8');
    // The debug switch of src/main.ts and the generated widget list made it into the bundle.
    assert.match(script.body, /debug/);
    for (const name of widgets) assert.ok(script.body.includes(JSON.stringify(name)), name);
    const css = await rawRequest(server.port, '/demo.css');
    assert.equal(css.headers['content-type'], 'text/css; charset=utf-8');
    const icon = await rawRequest(server.port, '/favicon.svg');
    assert.equal(icon.headers['content-type'], 'image/svg+xml');
  });

  test('serves the sample feed as JSON, identical to the one in packages/feed', async () => {
    const res = await rawRequest(server.port, '/feed/sample-feed.json');
    assert.equal(res.status, 200);
    assert.equal(res.headers['content-type'], 'application/json; charset=utf-8');
    const source = await readFile(
      new URL('../../feed/examples/sample-feed.json', import.meta.url),
      'utf8',
    );
    assert.equal(res.body, source);
  });

  test('serves the partner logos the feed points to, as SVG', async () => {
    const feed = JSON.parse((await rawRequest(server.port, '/feed/sample-feed.json')).body) as {
      partners?: { logo?: { src: string } }[];
    };
    const local = (feed.partners ?? [])
      .map((partner) => partner.logo?.src)
      .filter((src): src is string => typeof src === 'string' && !/^[a-z]+:/i.test(src));
    assert.ok(local.length > 0, 'the sample feed has partners with local logos');
    for (const src of local) {
      const res = await rawRequest(server.port, `/feed/${src}`);
      assert.equal(res.status, 200, src);
      assert.equal(res.headers['content-type'], 'image/svg+xml', src);
    }
  });

  test('refuses a path-traversal request for the repository files', async () => {
    const res = await rawRequest(server.port, '/../package.json');
    assert.equal(res.status, 403);
    assert.doesNotMatch(res.body, /"name"/);
  });
});
