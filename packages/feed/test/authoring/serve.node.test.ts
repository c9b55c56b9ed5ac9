// `lc-feed serve`: real HTTP requests to a server on a free port.
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { type FeedServer, serveFeed } from '../../src/authoring/serve.ts';
import { PREVIEW_WIDGETS } from '../../src/authoring/preview-page.ts';

const FIXTURE = fileURLToPath(new URL('../fixtures/authoring/target-feed.json', import.meta.url));

let tmp: string;
let feedPath: string;
let server: FeedServer;

before(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'lc-serve-'));
  feedPath = join(tmp, 'larcentrum.json');
  await copyFile(FIXTURE, feedPath);
  await mkdir(join(tmp, 'logos'));
  await writeFile(join(tmp, 'logos', 'fenix.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  await writeFile(join(tmp, 'secret.txt'), 'not for the web');
  await mkdir(join(tmp, 'widgets-dist'));
  await writeFile(join(tmp, 'widgets-dist', 'widgets.js'), 'export {};\n');
  server = await serveFeed({ feedPath, port: 0, widgetsDir: join(tmp, 'widgets-dist') });
});
after(async () => {
  await server.close();
  await rm(tmp, { recursive: true, force: true });
});

describe('serveFeed', () => {
  it('serves the feed with CORS and no caching', async () => {
    const response = await fetch(`${server.url}/feed.json`, {
      headers: { Origin: 'https://kommun.example' },
    });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    assert.equal(response.headers.get('content-type'), 'application/json; charset=utf-8');
    assert.equal(response.headers.get('cache-control'), 'no-store');
    assert.deepEqual(await response.json(), JSON.parse(await readFile(FIXTURE, 'utf8')));
    const byName = await fetch(`${server.url}/larcentrum.json`);
    assert.equal(byName.status, 200);
    await byName.body?.cancel();
  });

  it('answers a CORS preflight', async () => {
    const response = await fetch(`${server.url}/feed.json`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://kommun.example', 'Access-Control-Request-Method': 'GET' },
    });
    assert.equal(response.status, 204);
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    assert.match(response.headers.get('access-control-allow-methods')!, /GET/);
  });

  it('the preview page shows every widget on the feed, with scripts only from files', async () => {
    const response = await fetch(`${server.url}/`);
    assert.equal(response.status, 200);
    const html = await response.text();
    for (const tag of PREVIEW_WIDGETS)
      assert.match(html, new RegExp(`<${tag} feed="/feed.json" debug></${tag}>`));
    assert.match(html, /<h2 id="lc-course-finder-heading">Course finder <code>/);
    assert.match(html, /<script type="module" src="\/widgets\/widgets.js"><\/script>/);
    assert.match(html, /<script type="module" src="\/__lc\/preview.js"><\/script>/);
    assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, 'no inline script');
    assert.match(response.headers.get('content-security-policy')!, /script-src 'self';/);
    const script = await fetch(`${server.url}/__lc/preview.js`);
    assert.equal(script.headers.get('content-type'), 'text/javascript; charset=utf-8');
    assert.match(await script.text(), /new EventSource\('\/__lc\/events'\)/);
    const bundle = await fetch(`${server.url}/widgets/widgets.js`);
    assert.equal(await bundle.text(), 'export {};\n');
  });

  it("reports the feed's validity to the page", async () => {
    const status = await (await fetch(`${server.url}/__lc/status`)).json();
    assert.deepEqual(status, {
      language: 'sv',
      valid: true,
      summary: 'larcentrum.json: valid — 2 centres, 2 courses, 1 event, 0 partners',
      issues: [
        'courses[0].x-internal-id: unknown property (kept, but no widget reads it) (warning)',
      ],
    });
  });

  it('serves images next to the feed (logos), and nothing else or outside it', async () => {
    const logo = await fetch(`${server.url}/logos/fenix.svg`);
    assert.equal(logo.status, 200);
    assert.equal(logo.headers.get('content-type'), 'image/svg+xml');
    await logo.body?.cancel();
    for (const path of [
      '/secret.txt',
      '/../etc/passwd.json',
      '/%2e%2e/%2e%2e/etc/hosts.svg',
      '/widgets/../larcentrum.json.map',
    ])
      assert.equal((await fetch(`${server.url}${path}`)).status, 404, path);
  });

  it('tells the page to reload when the feed file changes (Server-Sent Events)', async () => {
    let written = false;
    const received = await new Promise<string>((resolve, reject) => {
      const req = request(`${server.url}/__lc/events`, (response) => {
        assert.equal(response.headers['content-type'], 'text/event-stream; charset=utf-8');
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          text += chunk;
          if (!written && text.includes('event: hello')) {
            written = true;
            readFile(feedPath, 'utf8')
              .then((body) => writeFile(feedPath, body.replace('Öppet hus', 'Öppet hus!')))
              .catch(reject);
          }
          if (/event: reload\ndata: \{"file":"larcentrum.json"/.test(text)) {
            req.destroy();
            resolve(text);
          }
        });
      });
      req.on('error', (error) => {
        if ((error as NodeJS.ErrnoException).code !== 'ECONNRESET') reject(error);
      });
      req.end();
      setTimeout(() => reject(new Error('no reload event within 5 s')), 5000).unref();
    });
    assert.match(received, /^retry: 1000\n\nevent: hello\n/);
  });

  it("shows every widget the bundle's manifest lists", async () => {
    const dist = join(tmp, 'dist-with-manifest');
    await mkdir(join(dist, 'chunks'), { recursive: true });
    await writeFile(join(dist, 'widgets.js'), 'export {};\n');
    await writeFile(join(dist, 'chunks', 'exam-request-abc.js'), 'export const x = 1;\n');
    await writeFile(
      join(dist, 'widgets.manifest.json'),
      JSON.stringify({
        loader: 'widgets.js',
        widgets: [
          { package: '@learning-centre/course-finder', tags: ['lc-course-finder'] },
          { package: '@learning-centre/exam-request', tags: ['lc-exam-request'] },
        ],
      }),
    );
    const withManifest = await serveFeed({ feedPath, port: 0, widgetsDir: dist });
    try {
      const html = await (await fetch(`${withManifest.url}/`)).text();
      assert.deepEqual(
        [...html.matchAll(/<section data-widget="([^"]+)"/g)].map((m) => m[1]),
        ['lc-course-finder', 'lc-exam-request'],
      );
      const chunk = await fetch(`${withManifest.url}/widgets/chunks/exam-request-abc.js`);
      assert.equal(await chunk.text(), 'export const x = 1;\n');
    } finally {
      await withManifest.close();
    }
  });

  it('without a widgets bundle, the page says how to get one', async () => {
    const bare = await serveFeed({ feedPath, port: 0, widgetsDir: join(tmp, 'none') });
    try {
      const html = await (await fetch(`${bare.url}/`)).text();
      assert.equal(bare.widgetsUrl, undefined);
      assert.doesNotMatch(html, /widgets\.js"><\/script>/);
      assert.match(html, /No widgets bundle was found/);
      assert.match(html, /--widgets &lt;URL of widgets.js&gt;/);
    } finally {
      await bare.close();
    }
  });

  it('--widgets loads a bundle from elsewhere and allows that origin for scripts', async () => {
    const other = await serveFeed({
      feedPath,
      port: 0,
      widgetsUrl: 'https://cdn.example/widgets@1/widgets.js',
    });
    try {
      const response = await fetch(`${other.url}/`);
      assert.match(await response.text(), /src="https:\/\/cdn.example\/widgets@1\/widgets.js"/);
      assert.match(
        response.headers.get('content-security-policy')!,
        /script-src 'self' https:\/\/cdn.example;/,
      );
    } finally {
      await other.close();
    }
  });

  it('closes cleanly, open event streams and all', async () => {
    const closing = await serveFeed({ feedPath, port: 0 });
    const stream = await fetch(`${closing.url}/__lc/events`);
    const reader = stream.body!.getReader();
    await reader.read();
    await closing.close();
    const end = await reader.read().catch(() => ({ done: true }));
    assert.equal(end.done, true);
    await assert.rejects(fetch(`${closing.url}/feed.json`));
  });
});
