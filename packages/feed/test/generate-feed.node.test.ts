// The synthetic feed behind the benchmarks: valid (a benchmark of a feed full of
// errors measures the wrong thing), the size asked for, the same for the same
// seed, and varied enough to exercise what widgets do (recurrence, statuses,
// every credit system).
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { DEFAULT_OUT, generateFeed, main, parseGenerateArgs } from '../scripts/generate-feed.ts';
import { Dice, prng } from '../scripts/generator/dice.ts';
import {
  COURSE_MODES,
  COURSE_STATUSES,
  CREDIT_SYSTEMS,
  EVENT_STATUSES,
} from '../src/schema/feed-definition.ts';
import { formatIssue, validateFeed } from '../src/validate.ts';

const feed = generateFeed({ courses: 2000, events: 300, seed: 42 });
const errors = (data: unknown) =>
  validateFeed(data)
    .issues.filter((issue) => issue.severity === 'error')
    .map(formatIssue);

describe('generateFeed', () => {
  it('builds a feed of 2,000 courses and 300 events that validates with no issues, so none is left out', () => {
    assert.equal(feed.courses.length, 2000);
    assert.equal(feed.events.length, 300);
    const { feed: checked, issues } = validateFeed(JSON.parse(JSON.stringify(feed)));
    assert.deepEqual(issues.map(formatIssue), []);
    assert.equal(checked.courses.length, 2000);
    assert.equal(checked.events.length, 300);
  });

  it('is deterministic for a seed and differs between seeds', () => {
    const options = { courses: 300, events: 60, seed: 7 };
    assert.equal(JSON.stringify(generateFeed(options)), JSON.stringify(generateFeed(options)));
    assert.notEqual(
      JSON.stringify(generateFeed(options)),
      JSON.stringify(generateFeed({ ...options, seed: 8 })),
    );
  });

  it('honours the centre and partner counts, making up valid ones beyond the sample', () => {
    const big = generateFeed({ courses: 200, events: 50, centres: 60, partners: 40, seed: 3 });
    assert.equal(big.centres.length, 60);
    assert.equal(big.partners.length, 40);
    assert.equal(new Set(big.centres.map((c) => c.id)).size, 60);
    assert.deepEqual(errors(JSON.parse(JSON.stringify(big))), []);

    const small = generateFeed({ courses: 10, events: 5, centres: 2, partners: 1 });
    assert.deepEqual(
      small.centres.map((c) => c.id),
      small.centres.slice(0, 2).map((c) => c.id),
    );
    assert.equal(small.partners.length, 1);
    const ids = new Set(small.centres.map((c) => c.id));
    for (const course of small.courses)
      for (const centre of course.centres ?? []) assert.ok(ids.has(centre), centre);
    assert.deepEqual(errors(JSON.parse(JSON.stringify(small))), []);
  });

  it('makes zero-sized collections when asked', () => {
    const empty = generateFeed({ courses: 0, events: 0 });
    assert.equal(empty.courses.length, 0);
    assert.equal(empty.events.length, 0);
  });

  it('varies what widgets care about: recurrence with exdates, statuses, credits, modes', () => {
    const recurring = feed.events.filter((e) => e.recurrence);
    assert.ok(recurring.length > 20, `${recurring.length} recurring events`);
    assert.ok(recurring.some((e) => e.recurrence!.exdates?.length));
    assert.ok(recurring.some((e) => /FREQ=MONTHLY;BYDAY=-1/.test(e.recurrence!.rrule)));
    assert.ok(
      feed.events.some((e) => !e.start.includes('T')),
      'all-day events',
    );
    assertCovers(
      feed.events.map((e) => e.status),
      EVENT_STATUSES,
    );
    assertCovers(
      feed.courses.map((c) => c.credits?.system),
      CREDIT_SYSTEMS,
    );
    assertCovers(
      feed.courses.map((c) => c.status),
      COURSE_STATUSES,
    );
    assertCovers(
      feed.courses.map((c) => c.mode),
      COURSE_MODES,
    );
  });

  it('refuses counts that are not whole numbers ≥ 0', () => {
    assert.throws(() => generateFeed({ courses: -1 }), RangeError);
    assert.throws(() => generateFeed({ events: 1.5 }), RangeError);
    assert.throws(() => generateFeed({ centres: 0 }), RangeError);
  });
});

describe('Dice', () => {
  it('repeats its sequence for a seed', () => {
    const a = prng(99);
    const b = prng(99);
    const first = Array.from({ length: 5 }, a);
    assert.deepEqual(first, Array.from({ length: 5 }, b));
    for (const value of first) assert.ok(value >= 0 && value < 1);
  });

  it('picks by weight, never a key of weight 0', () => {
    const dice = new Dice(1);
    const counts = { a: 0, b: 0, never: 0 };
    for (let i = 0; i < 2000; i++) counts[dice.weighted({ a: 3, b: 1, never: 0 })]++;
    assert.equal(counts.never, 0);
    assert.ok(counts.a > counts.b * 2, JSON.stringify(counts));
  });

  it('chooses distinct items in their original order', () => {
    const dice = new Dice(5);
    const items = ['a', 'b', 'c', 'd', 'e'];
    for (let i = 0; i < 50; i++) {
      const some = dice.some(items, 3);
      assert.equal(new Set(some).size, 3);
      assert.deepEqual(some, [...some].sort());
    }
    assert.equal(dice.some(items, 9).length, 5);
  });
});

describe('feed:generate command line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lc-generate-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('reads the counts, seed and output path', () => {
    assert.deepEqual(
      parseGenerateArgs([
        '--courses',
        '10000',
        '--events',
        '2000',
        '--centres',
        '30',
        '--partners',
        '50',
        '--seed',
        '9',
        '--out',
        'x.json',
      ]),
      { out: 'x.json', courses: 10000, events: 2000, centres: 30, partners: 50, seed: 9 },
    );
    assert.deepEqual(parseGenerateArgs([]), { out: DEFAULT_OUT });
    assert.match(DEFAULT_OUT, /packages[\\/]feed[\\/]examples[\\/]generated-feed\.json$/);
  });

  it('refuses values that are not whole numbers, and unknown options', () => {
    assert.throws(
      () => parseGenerateArgs(['--courses', 'many']),
      /--courses must be a whole number/,
    );
    assert.throws(() => parseGenerateArgs(['--courses=-5']), /--courses must be a whole number/);
    assert.throws(() => parseGenerateArgs(['--lines', '5']), /Unknown option/);
  });

  it('writes the feed as JSON and says what it wrote', (t) => {
    const log = t.mock.method(console, 'log', () => {});
    const out = join(dir, 'feed.json');
    assert.equal(main(['--courses', '25', '--events', '7', '--seed', '3', '--out', out]), 0);
    const written = JSON.parse(readFileSync(out, 'utf8'));
    assert.equal(written.courses.length, 25);
    assert.equal(written.events.length, 7);
    assert.deepEqual(
      written,
      JSON.parse(JSON.stringify(generateFeed({ courses: 25, events: 7, seed: 3 }))),
    );
    assert.match(String(log.mock.calls[0].arguments[0]), /25 courses, 7 events/);
  });

  it('exits with 2 and the usage on a bad command line', (t) => {
    const error = t.mock.method(console, 'error', () => {});
    assert.equal(main(['--events', 'lots']), 2);
    assert.match(String(error.mock.calls[0].arguments[0]), /Usage: pnpm feed:generate/);
  });
});

/** Every value of `expected` occurs in `actual`. */
function assertCovers(actual: Iterable<unknown>, expected: readonly unknown[]): void {
  const seen = new Set(actual);
  assert.deepEqual(
    expected.filter((value) => !seen.has(value)),
    [],
    'values the generated feed never uses',
  );
}
