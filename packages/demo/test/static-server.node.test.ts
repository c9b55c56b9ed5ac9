import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  contentType,
  resolveRequestPath,
  startStaticServer,
  type StaticServer,
} from '../../../scripts/static-server.mjs';
import { rawRequest } from './http-request.ts';

describe('contentType', () => {
  test('names the types the demo and bench pages serve', () => {
    assert.equal(contentType('index.html'), 'text/html; charset=utf-8');
    assert.equal(contentType('main.js'), 'text/javascript; charset=utf-8');
    assert.equal(contentType('worker.mjs'), 'text/javascript; charset=utf-8');
    assert.equal(contentType('feed/sample-feed.json'), 'application/json; charset=utf-8');
    assert.equal(contentType('logos/kth.svg'), 'image/svg+xml');
    assert.equal(contentType('demo.css'), 'text/css; charset=utf-8');
  });

  test('ignores the case of the extension and falls back to octet-stream', () => {
    assert.equal(contentType('LOGO.SVG'), 'image/svg+xml');
    assert.equal(contentType('archive.tar.zst'), 'application/octet-stream');
    assert.equal(contentType('Makefile'), 'application/octet-stream');
  });
});

describe('resolveRequestPath', () => {
  const root = '/srv/site';

  test('maps a path below root, without the query', () => {
    assert.deepEqual(resolveRequestPath(root, '/feed/a.json?x=1#y'), {
      file: '/srv/site/feed/a.json',
      trailingSlash: false,
    });
    assert.deepEqual(resolveRequestPath(root, '/docs/'), {
      file: '/srv/site/docs',
      trailingSlash: true,
    });
  });

  test('decodes percent-encoded names', () => {
    assert.deepEqual(resolveRequestPath(root, '/l%C3%A4rcentrum.html'), {
      file: '/srv/site/lärcentrum.html',
      trailingSlash: false,
    });
  });

  test('refuses every way of climbing out of root', () => {
    for (const target of [
      '/../etc/passwd',
      '/a/../../b',
      '/%2e%2e/x',
      '/a%2F..%2F..%2Fx',
      '/a\\..\\x',
      '/a%5C..',
      '/x%00.html',
    ]) {
      assert.deepEqual(resolveRequestPath(root, target), { error: 'forbidden' }, target);
    }
  });

  test('calls undecodable or non-path targets bad requests', () => {
    assert.deepEqual(resolveRequestPath(root, '/%E0%A4%A'), { error: 'bad-request' });
    assert.deepEqual(resolveRequestPath(root, 'http://elsewhere/x'), { error: 'bad-request' });
  });
});

describe('startStaticServer', () => {
  let dir: string;
  let server: StaticServer;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'lc-static-'));
    const root = join(dir, 'root');
    await mkdir(join(root, 'sub'), { recursive: true });
    await mkdir(join(root, 'evil.example'));
    await writeFile(join(root, 'index.html'), '<!doctype html><title>home</title>');
    await writeFile(join(root, 'sub/index.html'), '<!doctype html><title>sub</title>');
    await writeFile(join(root, 'app.js'), 'export {};');
    await writeFile(join(dir, 'secret.txt'), 'outside root');
    await symlink(join(dir, 'secret.txt'), join(root, 'link.txt'));
    server = await startStaticServer({
      root,
      headers: { 'X-Extra': 'yes' },
      handler(req, res) {
        if (req.url !== '/api/ping') return false;
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end('{"pong":true}');
        return true;
      },
    });
  });

  after(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  test('listens on 127.0.0.1 on a free port', () => {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.ok(server.port > 0);
  });

  test('serves index.html for / with its type, length and the extra headers', async () => {
    const res = await rawRequest(server.port, '/');
    assert.equal(res.status, 200);
    assert.equal(res.headers['content-type'], 'text/html; charset=utf-8');
    assert.equal(res.headers['content-length'], String(Buffer.byteLength(res.body)));
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
    assert.equal(res.headers['x-extra'], 'yes');
    assert.match(res.body, /<title>home<\/title>/);
  });

  test('redirects a directory to its slash, and never off-site', async () => {
    const sub = await rawRequest(server.port, '/sub?a=1');
    assert.equal(sub.status, 301);
    assert.equal(sub.headers.location, '/sub/?a=1');
    assert.match((await rawRequest(server.port, '/sub/')).body, /<title>sub<\/title>/);
    const sneaky = await rawRequest(server.port, '//evil.example');
    assert.equal(sneaky.status, 301);
    assert.equal(sneaky.headers.location, '/evil.example/');
  });

  test('answers HEAD without a body and refuses other methods', async () => {
    const head = await rawRequest(server.port, '/app.js', 'HEAD');
    assert.equal(head.status, 200);
    assert.equal(head.headers['content-type'], 'text/javascript; charset=utf-8');
    assert.equal(head.body, '');
    const post = await rawRequest(server.port, '/app.js', 'POST');
    assert.equal(post.status, 405);
    assert.equal(post.headers.allow, 'GET, HEAD');
  });

  test('lets the handler answer first, and falls through when it declines', async () => {
    const api = await rawRequest(server.port, '/api/ping');
    assert.deepEqual(JSON.parse(api.body), { pong: true });
    assert.equal((await rawRequest(server.port, '/app.js')).status, 200);
  });

  test('refuses path traversal, raw or encoded, without reading the file', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/sub/../../secret.txt']) {
      const res = await rawRequest(server.port, path);
      assert.equal(res.status, 403, path);
      assert.doesNotMatch(res.body, /outside root/);
    }
  });

  test('does not follow a symlink out of root', async () => {
    const res = await rawRequest(server.port, '/link.txt');
    assert.equal(res.status, 404);
    assert.doesNotMatch(res.body, /outside root/);
  });

  test('answers 404 for a missing file and 400 for a malformed path', async () => {
    assert.equal((await rawRequest(server.port, '/nope.css')).status, 404);
    assert.equal((await rawRequest(server.port, '/%E0%A4%A')).status, 400);
  });
});
