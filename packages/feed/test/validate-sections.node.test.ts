// A widget's validator: the header and only the sections it reads, sharing
// one request per URL with every other validator on the page.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { clearFeedCache, loadFeedWith } from '../src/load.ts';
import { centresSection, coursesSection, partnersSection } from '../src/schema/feed-definition.ts';
import { FeedSchemaError } from '../src/feed-schema-error.ts';
import { checkReferences } from '../src/validate-references.ts';
import { createFeedValidator } from '../src/validate-sections.ts';
import { validateFeed } from '../src/validate.ts';

const centre = (id: string) => ({
  id,
  name: `Lärcentrum ${id}`,
  municipality: 'Vaggeryd',
  address: { street: 'Torget 1', city: 'Vaggeryd' },
  geo: { lat: 57.5, lon: 14.1 },
  services: ['study-guidance'],
});

const FEED = {
  version: '1.0',
  publisher: { name: 'Lärcentrum Vaggeryd' },
  language: 'sv',
  timeZone: 'Europe/Stockholm',
  updated: '2026-01-01T00:00:00Z',
  centres: [centre('vaggeryd'), { id: 'broken' }],
  partners: [
    { id: 'jth', name: 'Jönköping University', kind: 'university', centres: ['nowhere'] },
    { id: 'bad', name: 'X', kind: 'pirate' },
  ],
  courses: [{ id: 'c1', title: 'Svenska', provider: 'missing' }],
  newsletter: 'unknown top-level property',
};

describe('createFeedValidator', () => {
  it('checks the header and its sections only; the rest comes out empty, never unchecked', () => {
    const { feed, issues } = createFeedValidator({ partners: partnersSection })(FEED);
    assert.equal(feed.language, 'sv');
    assert.deepEqual(
      feed.partners.map((p) => p.id),
      ['jth'],
    );
    assert.deepEqual(feed.centres, []);
    assert.deepEqual(feed.courses, []);
    assert.deepEqual(
      issues.map((i) => i.path),
      ['partners[1].kind'],
    );
  });

  it('without a cross-check, references are not resolved (partners keep unknown centres)', () => {
    const { feed } = createFeedValidator({ partners: partnersSection })(FEED);
    assert.deepEqual(feed.partners[0]?.centres, ['nowhere']);
  });

  it('with checkReferences, dangling references are reported and left out', () => {
    const validate = createFeedValidator(
      { centres: centresSection, courses: coursesSection },
      { crossCheck: checkReferences },
    );
    const { feed, issues } = validate(FEED);
    assert.deepEqual(
      feed.centres.map((c) => c.id),
      ['vaggeryd'],
    );
    assert.ok(issues.some((i) => i.path.startsWith('centres[1]')));
    assert.ok(issues.every((i) => !i.path.startsWith('partners')));
  });

  it('a broken header is replaced by a safe default and reported, like validateFeed does', () => {
    const validate = createFeedValidator({});
    const { feed, issues } = validate({ ...FEED, timeZone: 'Mars/Olympus', language: 7 });
    assert.equal(feed.timeZone, 'UTC');
    assert.equal(feed.language, 'en');
    assert.deepEqual(issues.map((i) => i.path).sort(), ['language', 'timeZone']);
  });

  it('refuses what no validator can use, as validateFeed does', () => {
    const validate = createFeedValidator({ partners: partnersSection });
    assert.throws(() => validate([]), FeedSchemaError);
    assert.throws(() => validate({ ...FEED, version: '2.0' }), FeedSchemaError);
  });

  it('only the whole-feed validator warns about unknown top-level properties', () => {
    const partial = createFeedValidator({ partners: partnersSection })(FEED);
    assert.ok(!partial.issues.some((i) => i.path === 'newsletter'));
    assert.ok(validateFeed(FEED).issues.some((i) => i.path === 'newsletter'));
  });

  it('agrees with validateFeed on every section it checks', () => {
    const full = validateFeed(FEED);
    const partial = createFeedValidator({ partners: partnersSection })(FEED);
    const inPartners = (issues: typeof full.issues) =>
      issues.filter((i) => i.path.startsWith('partners[') && i.rule === 'schema');
    assert.deepEqual(inPartners(partial.issues), inPartners(full.issues));
  });
});

describe('loadFeedWith', () => {
  it('two validators on one page share one request; each validates once', async () => {
    clearFeedCache();
    let requests = 0;
    const fetchOnce: typeof fetch = async () => {
      requests += 1;
      return new Response(JSON.stringify(FEED), {
        headers: { 'content-type': 'application/json' },
      });
    };
    let partnerRuns = 0;
    const partners = createFeedValidator({ partners: partnersSection });
    const countingPartners: typeof partners = (data) => {
      partnerRuns += 1;
      return partners(data);
    };
    const url = 'https://example.org/feed.json';
    const [a, b, c] = await Promise.all([
      loadFeedWith(countingPartners, url, { fetch: fetchOnce }),
      loadFeedWith(countingPartners, url, { fetch: fetchOnce }),
      loadFeedWith(validateFeed, url, { fetch: fetchOnce }),
    ]);
    assert.equal(requests, 1);
    assert.equal(partnerRuns, 1);
    assert.equal(a, b, 'the same validator gets the same result');
    assert.equal(a.feed.centres.length, 0);
    assert.equal(c.feed.centres.length, 1);
    clearFeedCache();
  });
});
