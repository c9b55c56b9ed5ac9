// `lc-feed validate --check-links`, against a local server (no internet).
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { checkLinks, feedLinks } from '../../src/authoring/check-links.ts';
import { run } from '../../src/cli/run.ts';
import type { ValidateReport } from '../../src/cli/validate-command.ts';
import type { Feed } from '../../src/types.ts';
import { validateFeed } from '../../src/validate.ts';

let server: Server;
let base: string;
let inFlight = 0;
let mostInFlight = 0;
const methods: string[] = [];

before(async () => {
  server = createServer((request, response) => {
    methods.push(`${request.method} ${request.url}`);
    const done = (status: number, headers: Record<string, string> = {}) =>
      response.writeHead(status, headers).end(request.method === 'HEAD' ? undefined : 'body');
    const path = request.url ?? '/';
    if (path === '/ok' || path.startsWith('/ok?')) return done(200);
    if (path === '/no-head') return done(request.method === 'HEAD' ? 405 : 200);
    if (path === '/gone') return done(404);
    if (path === '/moved') return done(301, { Location: '/ok' });
    if (path === '/slow') return setTimeout(() => done(200), 2000).unref();
    if (path.startsWith('/busy')) {
      mostInFlight = Math.max(mostInFlight, ++inFlight);
      return setTimeout(() => {
        inFlight--;
        done(200);
      }, 50);
    }
    done(500);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** A valid feed whose courses link to `urls` (applyUrl) and whose partner shows `logo`. */
function feedWith(urls: string[], logo = `${base}/ok?logo`): Feed {
  return validateFeed({
    version: '1.0',
    publisher: { name: 'Test', url: `${base}/ok` },
    language: 'sv',
    timeZone: 'Europe/Stockholm',
    updated: '2026-11-20T10:00:00+01:00',
    providers: [{ id: 'p', name: 'P', kind: 'university' }],
    courses: urls.map((url, i) => ({
      id: `c${i}`,
      title: 'K',
      provider: 'p',
      level: 'bachelor',
      mode: 'distance',
      applyUrl: url,
    })),
    partners: [{ id: 'x', name: 'X', kind: 'other', logo: { src: logo, width: 10, height: 10 } }],
  }).feed;
}

describe('checkLinks', () => {
  it('lists every link with its path', () => {
    assert.deepEqual(feedLinks(feedWith(['https://a.example/'])), [
      { path: 'publisher.url', url: `${base}/ok` },
      { path: 'courses[id=c0].applyUrl', url: 'https://a.example/' },
      { path: 'partners[id=x].logo.src', url: `${base}/ok?logo` },
    ]);
  });

  it('2xx is fine, after redirects too; GET is tried when HEAD is refused', async () => {
    methods.length = 0;
    const results = await checkLinks(
      feedWith([`${base}/ok`, `${base}/moved`, `${base}/no-head`]),
      'feed.json',
    );
    assert.deepEqual(
      results.map(({ url, ok, status }) => [url.replace(base, ''), ok, status]),
      [
        ['/ok', true, 200],
        ['/moved', true, 200],
        ['/no-head', true, 200],
        ['/ok?logo', true, 200],
      ],
    );
    assert.deepEqual(
      results[0].paths,
      ['publisher.url', 'courses[id=c0].applyUrl'],
      'one request for one address',
    );
    assert.ok(methods.includes('HEAD /no-head') && methods.includes('GET /no-head'));
    assert.ok(!methods.includes('GET /ok'), 'no GET when HEAD answers');
  });

  it('reports a 404, a timeout and an address nothing answers at', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const dead = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/`;
    await new Promise((resolve) => closed.close(resolve));
    const results = await checkLinks(
      feedWith([`${base}/gone`, `${base}/slow`, dead]),
      'feed.json',
      { timeoutMs: 300 },
    );
    const byUrl = new Map(results.map((r) => [r.url, r]));
    assert.deepEqual(byUrl.get(`${base}/gone`), {
      url: `${base}/gone`,
      paths: ['courses[id=c0].applyUrl'],
      ok: false,
      status: 404,
      problem: 'answered 404 Not Found',
    });
    assert.equal(byUrl.get(`${base}/slow`)!.problem, 'no answer within 0.3 s');
    assert.match(byUrl.get(dead)!.problem!, /^could not be reached \(ECONNREFUSED\)$/);
  });

  it('asks at most `concurrency` at a time', async () => {
    mostInFlight = 0;
    const urls = Array.from({ length: 12 }, (_, i) => `${base}/busy${i}`);
    const results = await checkLinks(feedWith(urls), 'feed.json', { concurrency: 3 });
    assert.ok(results.every((r) => r.ok));
    assert.equal(mostInFlight, 3);
  });

  it('looks for relative addresses next to a feed file, and resolves them against a feed URL', async () => {
    const tmp = await mkdtemp(join(tmpdir(), 'lc-links-'));
    try {
      await mkdir(join(tmp, 'logos'));
      await writeFile(join(tmp, 'logos', 'here.svg'), '<svg/>');
      const here = await checkLinks(feedWith([], 'logos/here.svg'), join(tmp, 'feed.json'));
      assert.equal(here.find((r) => r.paths[0] === 'partners[id=x].logo.src')!.ok, true);
      const missing = await checkLinks(feedWith([], 'logos/gone.svg'), join(tmp, 'feed.json'));
      assert.match(
        missing.find((r) => r.paths[0] === 'partners[id=x].logo.src')!.problem!,
        /^no such file next to the feed/,
      );
      const remote = await checkLinks(feedWith([], 'ok?relative'), `${base}/feed.json`);
      assert.deepEqual(
        remote.map((r) => r.url),
        [`${base}/ok`, `${base}/ok?relative`],
      );
    } finally {
      await rm(tmp, { recursive: true, force: true });
    }
  });
});

describe('lc-feed validate --check-links', () => {
  it('a broken link makes the feed invalid, reported at its path', async () => {
    const tmp = await mkdtemp(join(tmpdir(), 'lc-links-'));
    try {
      const file = join(tmp, 'feed.json');
      const feed = feedWith([`${base}/ok`, `${base}/gone`]);
      await writeFile(file, JSON.stringify(feed));
      let stdout = '';
      const io = { out: (t: string) => (stdout += t), err: () => {} };
      assert.equal(await run(['validate', file, '--check-links', '--timeout', '2000'], io), 1);
      assert.deepEqual(stdout.trim().split('\n'), [
        `courses[id=c1].applyUrl: ${base}/gone answered 404 Not Found`,
        '3 links checked: 1 broken',
        `${file}: invalid — 1 error; widgets would show 0 centres, 2 courses, 0 events, 1 partner`,
      ]);
      stdout = '';
      assert.equal(await run(['validate', file, '--check-links', '--json'], io), 1);
      const report: ValidateReport = JSON.parse(stdout);
      assert.equal(report.links?.length, 3);
      assert.equal(report.links?.filter((l) => !l.ok).length, 1);
      await writeFile(file, JSON.stringify(feedWith([`${base}/ok`])));
      stdout = '';
      assert.equal(await run(['validate', file, '--check-links'], io), 0);
      assert.match(stdout, /2 links checked: all answer/);
    } finally {
      await rm(tmp, { recursive: true, force: true });
    }
  });
});
