// Several centres' feeds → one regional feed.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { walkFeed } from '../../src/authoring/feed-walk.ts';
import { type MergeInput, MergeError, mergeFeeds } from '../../src/authoring/merge-feeds.ts';
import { run } from '../../src/cli/run.ts';
import type { Feed } from '../../src/types.ts';
import { validateFeed } from '../../src/validate.ts';

const DIR = fileURLToPath(new URL('../fixtures/authoring/merge/', import.meta.url));
type Json = Record<string, unknown>;

function input(name: string): MergeInput {
  const path = join(DIR, name, 'feed.json');
  return {
    name: `${name}/feed.json`,
    feed: validateFeed(JSON.parse(readFileSync(path, 'utf8'))).feed,
    base: { dir: dirname(path) },
  };
}
const byId = (items: unknown, id: string) =>
  (items as Json[]).find((item) => item.id === id) as Json;
const ids = (items: unknown) => (items as Json[]).map((item) => item.id);

describe('mergeFeeds', () => {
  const report = mergeFeeds([input('kalix'), input('motala')], {
    outDir: DIR,
    publisherId: 'region',
    publisherName: 'Lärcentrum i regionen',
  });
  const merged = report.feed;

  it('gives a valid feed', () => {
    const { issues } = validateFeed(merged);
    assert.deepEqual(
      issues.filter((i) => i.severity === 'error'),
      [],
    );
    assert.deepEqual(merged.publisher, { name: 'Lärcentrum i regionen', id: 'region' });
    assert.equal(merged.version, '1.2');
    assert.equal(merged.updated, '2026-11-22T08:00:00+01:00', 'the latest');
    assert.equal(merged.calendar, undefined);
    assert.ok(report.notes.some((n) => /calendar\.subscribeUrl is left out/.test(n)));
  });

  it("an id two feeds use for different things is prefixed with each feed's publisher id, and said", () => {
    assert.deepEqual(ids(merged.events), ['kalix-oppet-hus', 'motala-oppet-hus']);
    assert.deepEqual(ids(merged.partners), ['kalix-kommunen', 'motala-kommunen']);
    assert.deepEqual(ids(merged.subjects), ['kalix-education', 'motala-education']);
    assert.ok(
      report.renamed.includes(
        'events: "oppet-hus" names different things in different feeds: now "kalix-oppet-hus" (kalix/feed.json), "motala-oppet-hus" (motala/feed.json)',
      ),
      report.renamed.join('\n'),
    );
  });

  it('an id used for the same thing is one item: lists joined, references renamed, a conflict reported', () => {
    assert.deepEqual(ids(merged.providers), ['umu']);
    assert.deepEqual(ids(merged.courses), ['umu-specialpedagogik']);
    const course = byId(merged.courses, 'umu-specialpedagogik');
    assert.deepEqual(course.centres, ['kalix', 'motala']);
    assert.deepEqual(course.subjects, ['kalix-education', 'motala-education']);
    assert.deepEqual(report.conflicts, [
      'providers[id=umu].url: kalix/feed.json and motala/feed.json differ; kept kalix/feed.json\'s ("https://www.umu.se/", not "https://umu.se/")',
    ]);
  });

  it("keeps each feed's language: plain texts of the English feed are marked English", () => {
    assert.equal(merged.language, 'sv');
    assert.deepEqual(byId(merged.centres, 'motala').name, { en: 'Ekenäs Learning Centre' });
    assert.deepEqual(byId(merged.events, 'motala-oppet-hus').title, { en: 'Open house in Motala' });
    assert.equal(byId(merged.events, 'kalix-oppet-hus').title, 'Öppet hus i Kalix');
  });

  it("relative addresses point at the same files from the merged feed's folder", () => {
    assert.equal(
      (byId(merged.partners, 'kalix-kommunen').logo as Json).src,
      'kalix/logos/kalix.svg',
    );
    assert.equal(
      (byId(merged.partners, 'motala-kommunen').logo as Json).src,
      'motala/logos/motala.svg',
    );
    const fromUrl = mergeFeeds(
      [
        { ...input('kalix'), base: { url: 'https://kalix.example/feed/larcentrum.json' } },
        input('motala'),
      ],
      {
        outDir: DIR,
      },
    );
    assert.equal(
      (byId(fromUrl.feed.partners, 'kalix-kommunen').logo as Json).src,
      'https://kalix.example/feed/logos/kalix.svg',
    );
  });

  it('refuses feeds in different time zones', () => {
    const other = input('motala');
    other.feed = { ...other.feed, timeZone: 'Europe/Helsinki' } as Feed;
    assert.throws(
      () => mergeFeeds([input('kalix'), other], { outDir: DIR }),
      (error: Error) => {
        assert.ok(error instanceof MergeError);
        assert.match(
          error.message,
          /different time zones \(kalix\/feed\.json: Europe\/Stockholm, motala\/feed\.json: Europe\/Helsinki\)/,
        );
        return true;
      },
    );
  });

  it('merging a feed with itself changes nothing but the publisher note', () => {
    const self = mergeFeeds([input('kalix'), input('kalix')], { outDir: join(DIR, 'kalix') });
    assert.deepEqual(self.renamed, []);
    assert.deepEqual(self.conflicts, []);
    const original = validateFeed(
      JSON.parse(readFileSync(join(DIR, 'kalix/feed.json'), 'utf8')),
    ).feed;
    const { calendar: _calendar, ...rest } = original;
    assert.deepEqual(validateFeed(self.feed).feed, { ...rest });
  });
});

describe('walkFeed', () => {
  it('finds every text and address the format defines, by its definition', () => {
    const feed = JSON.parse(readFileSync(join(DIR, 'kalix/feed.json'), 'utf8'));
    const found: string[] = [];
    walkFeed(feed, (kind, _value, path) => found.push(`${kind} ${path}`));
    assert.deepEqual(found.sort(), [
      'text centres[0].name',
      'text courses[0].title',
      'text events[0].title',
      'text partners[0].name',
      'text providers[0].name',
      'text publisher.name',
      'text subjects[0].name',
      'url calendar.subscribeUrl',
      'url courses[0].applyUrl',
      'url partners[0].logo.src',
      'url providers[0].url',
    ]);
  });
});

describe('lc-feed merge', () => {
  it('-o writes the merged feed and lists renames and conflicts on stderr', async () => {
    const tmp = await mkdtemp(join(tmpdir(), 'lc-merge-'));
    try {
      let stderr = '';
      const out = join(tmp, 'region.json');
      const code = await run(
        [
          'merge',
          join(DIR, 'kalix/feed.json'),
          join(DIR, 'motala/feed.json'),
          '-o',
          out,
          '--publisher-name',
          'Region',
        ],
        {
          out: () => assert.fail('nothing on stdout'),
          err: (text) => (stderr += text),
        },
      );
      assert.equal(code, 0, stderr);
      assert.match(stderr, /^renamed: events: "oppet-hus"/m);
      assert.match(stderr, /^conflict: providers\[id=umu\]\.url/m);
      assert.match(
        stderr,
        /region\.json: 2 centres, 1 courses, 2 events, 2 partners from 2 feeds \(3 ids renamed, 1 conflicts\)\n$/,
      );
      const written = JSON.parse(await readFile(out, 'utf8'));
      assert.deepEqual(
        validateFeed(written).issues.filter((i) => i.severity === 'error'),
        [],
      );
      assert.equal(written.partners[0].logo.src.endsWith('merge/kalix/logos/kalix.svg'), true);
    } finally {
      await rm(tmp, { recursive: true, force: true });
    }
  });

  it('exit 1 when the feeds cannot be merged, 2 when one cannot be read', async () => {
    let stderr = '';
    const io = { out: () => {}, err: (text: string) => (stderr += text) };
    assert.equal(await run(['merge', join(DIR, 'kalix/feed.json'), join(DIR, 'nope.json')], io), 2);
    assert.match(stderr, /cannot read .*nope\.json: no such file/);
  });
});
