import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { FeedIssue } from '../src/schema/dsl.ts';
import { FeedSchemaError, formatIssue, validateFeed } from '../src/validate.ts';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const complete: Json = JSON.parse(
  readFileSync(new URL('./fixtures/valid-complete.json', import.meta.url), 'utf8'),
);

/** A copy of the complete fixture feed, changed by `edit`. */
function feedWith(edit: (feed: Json) => void = () => {}): Json {
  const feed = structuredClone(complete);
  edit(feed);
  return feed;
}

const course = (id: string, extra: Json = {}): Json => ({
  id,
  title: `Kurs ${id}`,
  provider: 'kth',
  level: 'bachelor',
  mode: 'distance',
  ...extra,
});

const lines = (issues: FeedIssue[]) => issues.map(formatIssue);
const errors = (issues: FeedIssue[]) => issues.filter((issue) => issue.severity === 'error');
const ids = (items: { id: string }[]) => items.map((item) => item.id);

function schemaError(data: unknown): FeedSchemaError {
  try {
    validateFeed(data);
  } catch (error) {
    assert.ok(error instanceof FeedSchemaError, `threw ${String(error)}`);
    return error;
  }
  assert.fail('expected a FeedSchemaError');
}

describe('validateFeed: a valid feed', () => {
  it('reports nothing and keeps every item', () => {
    const { feed, issues } = validateFeed(feedWith());
    assert.deepEqual(issues, []);
    assert.equal(feed.courses.length, complete.courses.length);
    assert.equal(feed.centres[0].openingHours?.weekly[0].opens, '08:00');
  });

  it('gives every collection as a list, empty when the feed has none', () => {
    const { feed, issues } = validateFeed({
      version: '1.0',
      publisher: { name: 'X' },
      language: 'sv',
      timeZone: 'Europe/Stockholm',
      updated: '2026-01-01T00:00:00Z',
    });
    assert.deepEqual(issues, []);
    for (const key of [
      'centres',
      'providers',
      'subjects',
      'courses',
      'events',
      'partners',
    ] as const)
      assert.deepEqual(feed[key], [], key);
  });

  it('does not change the data it is given', () => {
    const input = feedWith((f) => f.courses.push(course('broken', { mode: 'teleport' })));
    const before = structuredClone(input);
    validateFeed(input);
    assert.deepEqual(input, before);
  });
});

describe('validateFeed: path-precise, readable issues', () => {
  it('names the exact place and what was expected', () => {
    const feed = feedWith((f) => {
      f.courses = [
        course('a'),
        course('b'),
        course('c'),
        course('d', { credits: { value: 7.5, system: 'HP' } }),
      ];
    });
    assert.deepEqual(lines(validateFeed(feed).issues), [
      'courses[3].credits.system: expected one of hp, yh, gy, ects, got "HP"',
    ]);
  });

  for (const [label, edit, expected] of [
    [
      'a wrong type',
      (f: Json) => (f.courses[0].pace = '50%'),
      'courses[0].pace: expected a number, got "50%"',
    ],
    [
      'a number out of range',
      (f: Json) => (f.centres[1].geo.lat = 91),
      'centres[1].geo.lat: must be at most 90, got 91',
    ],
    [
      'a missing field',
      (f: Json) => delete f.events[1].category,
      'events[1].category: is required',
    ],
    [
      'a malformed time',
      (f: Json) => (f.centres[0].openingHours.weekly[1].closes = '4 pm'),
      'centres[0].openingHours.weekly[1].closes: expected a time (HH:MM), got "4 pm"',
    ],
    [
      'an RRULE outside the supported subset',
      (f: Json) => (f.events[0].recurrence.rrule = 'FREQ=YEARLY'),
      'events[0].recurrence.rrule: expected an RRULE such as FREQ=WEEKLY;BYDAY=TU (FREQ DAILY, WEEKLY or MONTHLY; each part once; not both COUNT and UNTIL; numbered weekdays such as 2TU only with FREQ=MONTHLY), got "FREQ=YEARLY"',
    ],
    [
      'a localized text with a key that is not a language',
      (f: Json) => (f.courses[0].title = { sv: 'Basår', english: 'Preparatory year' }),
      'courses[0].title: expected text, or an object of texts by language ({"sv": "…", "en": "…"}), got an object',
    ],
    [
      'an empty text in a localized text',
      (f: Json) => (f.partners[0].logo.alt = { sv: '' }),
      'partners[0].logo.alt: expected text, or an object of texts by language ({"sv": "…", "en": "…"}), got an object',
    ],
    [
      'a long wrong value (shortened)',
      (f: Json) => (f.courses[1].level = 'x'.repeat(100)),
      `courses[1].level: expected one of preparatory, upper-secondary, vocational, bachelor, master, continuing-education, contract-education, other, got "${'x'.repeat(40)}…"`,
    ],
  ] as const) {
    it(`reports ${label}`, () => {
      const { issues } = validateFeed(feedWith(edit));
      // Only the structural error: items referring to a left-out one are tested below.
      assert.deepEqual(lines(issues.filter((issue) => issue.rule === 'schema')), [expected]);
    });
  }

  it('shows an issue of the feed as a whole as (feed)', () => {
    assert.equal(
      formatIssue({ path: '', message: 'x', severity: 'error', rule: 'schema' }),
      '(feed): x',
    );
  });
});

describe('validateFeed: lenient like a widget', () => {
  it('leaves a broken item out, reports it and keeps the rest', () => {
    const feed = feedWith((f) => {
      f.courses = [course('a'), course('b', { mode: 'teleport' }), course('c')];
    });
    const result = validateFeed(feed);
    assert.deepEqual(ids(result.feed.courses), ['a', 'c']);
    assert.deepEqual(lines(result.issues), [
      'courses[1].mode: expected one of distance, hybrid, on-site, got "teleport"',
    ]);
  });

  it('leaves out an item whose nested list has a broken entry', () => {
    const result = validateFeed(feedWith((f) => (f.courses[0].sessions[1].start = 'soon')));
    assert.deepEqual(ids(result.feed.courses), ['komvux-underskoterska']);
    assert.equal(errors(result.issues).length, 1);
  });

  it('drops an unknown centre service but keeps the centre', () => {
    const result = validateFeed(feedWith((f) => f.centres[0].services.splice(1, 0, 'sauna')));
    assert.deepEqual(ids(result.feed.centres), ['kalix', 'motala']);
    assert.deepEqual(result.feed.centres[0].services, complete.centres[0].services);
    assert.match(
      lines(result.issues)[0],
      /^centres\[0\]\.services\[1\]: expected one of .*got "sauna"$/,
    );
  });

  for (const [key, value, fallback] of [
    ['publisher', 'Region', { name: '' }],
    ['language', 42, 'en'],
    ['timeZone', 'CET+1', 'UTC'],
    ['updated', 'yesterday', '1970-01-01T00:00:00Z'],
  ] as const) {
    it(`replaces a broken ${key} by ${JSON.stringify(fallback)} and reports it`, () => {
      const { feed, issues } = validateFeed(feedWith((f) => (f[key] = value)));
      assert.deepEqual(feed[key], fallback);
      assert.deepEqual(
        issues.map((issue) => [issue.path, issue.rule, issue.severity]),
        [[key, 'schema', 'error']],
      );
      assert.equal(feed.courses.length, complete.courses.length, 'the rest is still used');
    });

    it(`uses ${JSON.stringify(fallback)} for a missing ${key}`, () => {
      const { feed, issues } = validateFeed(feedWith((f) => delete f[key]));
      assert.deepEqual(feed[key], fallback);
      assert.deepEqual(lines(issues), [`${key}: is required`]);
    });
  }

  it('replaces a collection that is not a list by an empty one', () => {
    const { feed, issues } = validateFeed(feedWith((f) => (f.partners = { kalix: f.partners[0] })));
    assert.deepEqual(feed.partners, []);
    assert.deepEqual(lines(issues), ['partners: expected a list, got an object']);
  });

  it('keeps the guidance services and the other ways to book when one booking field is broken', () => {
    const feed = feedWith((f) => {
      f.guidance.booking = { api: 'https://boka.example.se', email: 'not-an-address' };
    });
    const { feed: out, issues } = validateFeed(feed);
    assert.deepEqual(lines(errors(issues)), [
      'guidance.booking.email: expected an e-mail address, got "not-an-address"',
    ]);
    assert.equal(out.guidance?.booking?.api, 'https://boka.example.se');
    assert.equal(out.guidance?.booking?.email, undefined);
    assert.equal(out.guidance?.services.length, complete.guidance.services.length);
  });

  it('leaves out an event whose RRULE breaks an RFC 5545 rule beyond its shape', () => {
    const id = complete.events[0].id;
    for (const rrule of [
      'FREQ=WEEKLY;COUNT=4;UNTIL=20260401',
      'FREQ=WEEKLY;BYDAY=2TU',
      'FREQ=DAILY;INTERVAL=2;INTERVAL=3',
    ]) {
      const { feed: out, issues } = validateFeed(
        feedWith((f) => {
          f.events[0].recurrence = { rrule };
        }),
      );
      assert.deepEqual(
        errors(issues).map((issue) => issue.path),
        ['events[0].recurrence.rrule'],
        rrule,
      );
      assert.match(errors(issues)[0].message, /not both COUNT and UNTIL/, rrule);
      assert.equal(
        out.events.some((event) => event.id === id),
        false,
        rrule,
      );
    }
  });

  it('falls back to UTC for a well-formed but unknown time zone', () => {
    const { feed, issues } = validateFeed(feedWith((f) => (f.timeZone = 'Europe/Atlantis')));
    assert.equal(feed.timeZone, 'UTC');
    assert.deepEqual(
      issues.map((i) => [formatIssue(i), i.rule]),
      [['timeZone: unknown time zone "Europe/Atlantis"; times are shown in UTC', 'semantic']],
    );
  });
});

describe('validateFeed: a feed that cannot be used at all', () => {
  for (const [label, data, message] of [
    ['null', null, 'expected the feed to be a JSON object, got null'],
    ['a list', [complete], 'expected the feed to be a JSON object, got an array'],
    [
      'text',
      '{"version":"1.0"}',
      'expected the feed to be a JSON object, got "{\\"version\\":\\"1.0\\"}"',
    ],
    ['a number', 1, 'expected the feed to be a JSON object, got 1'],
  ] as const) {
    it(`throws FeedSchemaError for ${label}`, () => {
      const error = schemaError(data);
      assert.equal(error.message, message);
      assert.deepEqual(lines(error.issues), [`(feed): ${message}`]);
    });
  }

  it('throws FeedSchemaError when the version is missing', () => {
    const error = schemaError(feedWith((f) => delete f.version));
    assert.equal(error.message, 'version: is required (for example "1.0")');
    assert.deepEqual(
      error.issues.map((i) => [i.path, i.rule, i.severity]),
      [['version', 'schema', 'error']],
    );
  });

  for (const version of ['2.0', '1', '1.0.1', 1.0, 'v1.0']) {
    it(`throws FeedSchemaError for version ${JSON.stringify(version)}`, () => {
      const error = schemaError(feedWith((f) => (f.version = version)));
      assert.match(
        error.message,
        /^version: unsupported version .*: this library reads 1\.x feeds$/,
      );
    });
  }

  it('accepts any 1.x version (minor versions only add)', () => {
    assert.deepEqual(validateFeed(feedWith((f) => (f.version = '1.42'))).issues, []);
  });
});

describe('validateFeed: unknown properties', () => {
  it('keeps them and warns, at every depth', () => {
    const { feed, issues } = validateFeed(
      feedWith((f) => {
        f.generator = 'excel-export';
        f.courses[0].credits.note = 'approx.';
        f.events[0].recurrence.tz = 'local';
        f.guidance.booking.fax = '123';
      }),
    );
    assert.deepEqual(
      issues.map((i) => [formatIssue(i), i.severity, i.rule]),
      [
        [
          'courses[0].credits.note: unknown property (kept, but no widget reads it)',
          'warning',
          'unknown-property',
        ],
        [
          'events[0].recurrence.tz: unknown property (kept, but no widget reads it)',
          'warning',
          'unknown-property',
        ],
        [
          'guidance.booking.fax: unknown property (kept, but no widget reads it)',
          'warning',
          'unknown-property',
        ],
        [
          'generator: unknown property (kept, but no widget reads it)',
          'warning',
          'unknown-property',
        ],
      ],
    );
    assert.equal((feed as Json).generator, 'excel-export');
    assert.equal((feed.courses[0].credits as Json).note, 'approx.');
  });

  it('treats names found on every object (constructor, toString) like any other', () => {
    const { feed, issues } = validateFeed(
      feedWith((f) => {
        f['constructor'] = 'x';
        f.courses[0]['toString'] = 'y';
      }),
    );
    assert.deepEqual(lines(issues), [
      'courses[0].toString: unknown property (kept, but no widget reads it)',
      'constructor: unknown property (kept, but no widget reads it)',
    ]);
    assert.equal(Object.getOwnPropertyDescriptor(feed.courses[0], 'toString')?.value, 'y');
  });

  it('never lets __proto__ change what an item inherits', () => {
    const text = JSON.stringify(feedWith()).replace(
      '"id":"komvux-underskoterska"',
      '"__proto__":{"applyUrl":"https://evil.example/","isAdmin":true},"id":"komvux-underskoterska"',
    );
    const { feed, issues } = validateFeed(JSON.parse(text));
    const item = feed.courses[1] as Json;
    assert.equal(Object.getPrototypeOf(item), Object.prototype);
    assert.equal(item.applyUrl, undefined);
    assert.equal(item.isAdmin, undefined);
    assert.deepEqual(lines(issues), ['courses[1].__proto__: unknown property (left out)']);
  });
});

describe('validateFeed: unique ids', () => {
  it('keeps the first of two items with the same id and reports the second', () => {
    const result = validateFeed(feedWith((f) => f.courses.push(course('kth-tekniskt-basar'))));
    assert.deepEqual(ids(result.feed.courses), ['kth-tekniskt-basar', 'komvux-underskoterska']);
    assert.equal(result.feed.courses[0].code, 'TBAS1', 'the first one is kept');
    assert.deepEqual(
      result.issues.map((i) => [formatIssue(i), i.rule]),
      [
        [
          'courses[2].id: duplicate id "kth-tekniskt-basar": ids must be unique in courses; this one is left out',
          'unique',
        ],
      ],
    );
  });

  it('names the duplicate where it is in the feed, even after broken items were left out', () => {
    const feed = feedWith(
      (f) => (f.courses = [course('x', { level: 'phd' }), course('a'), course('b'), course('a')]),
    );
    assert.deepEqual(lines(validateFeed(feed).issues), [
      'courses[0].level: expected one of preparatory, upper-secondary, vocational, bachelor, master, continuing-education, contract-education, other, got "phd"',
      'courses[3].id: duplicate id "a": ids must be unique in courses; this one is left out',
    ]);
  });

  it('checks every collection, guidance services included', () => {
    const { issues } = validateFeed(
      feedWith((f) => {
        for (const key of ['centres', 'providers', 'subjects', 'events', 'partners'])
          f[key].push(f[key][0]);
        f.guidance.services.push(f.guidance.services[0]);
      }),
    );
    assert.deepEqual(
      issues.map((i) => `${i.rule} ${i.path}`),
      [
        'unique centres[2].id',
        'unique providers[2].id',
        'unique subjects[2].id',
        'unique events[2].id',
        'unique partners[1].id',
        'unique guidance.services[1].id',
      ],
    );
  });
});

describe('validateFeed: references', () => {
  for (const [label, edit, expected, collection, left] of [
    [
      'course → provider',
      (f: Json) => (f.courses[0].provider = 'uu'),
      'courses[id=kth-tekniskt-basar].provider: no provider with id "uu" in this feed; this item is left out',
      'courses',
      ['komvux-underskoterska'],
    ],
    [
      'course → centre',
      (f: Json) => (f.courses[0].centres = ['kalix', 'varberg']),
      'courses[id=kth-tekniskt-basar].centres[1]: no centre with id "varberg" in this feed; this item is left out',
      'courses',
      ['komvux-underskoterska'],
    ],
    [
      'course session → centre',
      (f: Json) => (f.courses[0].sessions[1].centre = 'lindesberg'),
      'courses[id=kth-tekniskt-basar].sessions[1].centre: no centre with id "lindesberg" in this feed; this item is left out',
      'courses',
      ['komvux-underskoterska'],
    ],
    [
      'event → centre',
      (f: Json) => (f.events[0].centre = 'soderhamn'),
      'events[id=drop-in-vagledning].centre: no centre with id "soderhamn" in this feed; this item is left out',
      'events',
      ['streamed-ai-lecture'],
    ],
    [
      'event → provider',
      (f: Json) => (f.events[1].provider = 'lnu'),
      'events[id=streamed-ai-lecture].provider: no provider with id "lnu" in this feed; this item is left out',
      'events',
      ['drop-in-vagledning'],
    ],
    [
      'partner → centre',
      (f: Json) => f.partners.push({ id: 'p2', name: 'P2', kind: 'other', centres: ['vaggeryd'] }),
      'partners[id=p2].centres[0]: no centre with id "vaggeryd" in this feed; this item is left out',
      'partners',
      ['kalix-kommun'],
    ],
  ] as const) {
    it(`leaves out an item with a dangling ${label} reference`, () => {
      const { feed, issues } = validateFeed(feedWith(edit));
      assert.deepEqual(
        issues.map((i) => [formatIssue(i), i.rule, i.severity]),
        [[expected, 'reference', 'error']],
      );
      assert.deepEqual(ids(feed[collection]), left);
    });
  }

  it('leaves out a guidance service with a dangling centre reference', () => {
    const { feed, issues } = validateFeed(
      feedWith((f) =>
        f.guidance.services.push({ ...f.guidance.services[0], id: 'cv', centres: ['eskilstuna'] }),
      ),
    );
    assert.deepEqual(lines(issues), [
      'guidance.services[id=cv].centres[0]: no centre with id "eskilstuna" in this feed; this item is left out',
    ]);
    assert.deepEqual(ids(feed.guidance!.services), ['studievagledning']);
  });

  it('says when the item referred to exists but was left out for its own errors', () => {
    const { feed, issues } = validateFeed(feedWith((f) => (f.centres[1].geo.lon = 200)));
    assert.deepEqual(lines(issues), [
      'centres[1].geo.lon: must be at most 180, got 200',
      'courses[id=kth-tekniskt-basar].centres[1]: centre "motala" was left out for its own errors; this item is left out too',
      'guidance.services[id=studievagledning].centres[1]: centre "motala" was left out for its own errors; this item is left out too',
    ]);
    assert.deepEqual(ids(feed.courses), ['komvux-underskoterska']);
  });

  it('warns about a subject missing from the subjects list and keeps the course', () => {
    const { feed, issues } = validateFeed(feedWith((f) => f.courses[0].subjects.push('physics')));
    assert.deepEqual(
      issues.map((i) => [formatIssue(i), i.severity]),
      [
        [
          'courses[id=kth-tekniskt-basar].subjects: subject "physics" is not in the subjects list; its id is shown as its name',
          'warning',
        ],
      ],
    );
    assert.equal(feed.courses.length, 2);
  });
});

describe('validateFeed: hostile strings', () => {
  const hostile = '<img src=x onerror=alert(1)>';

  it('keeps markup in text as exactly the same string (widgets render it as text)', () => {
    const { feed, issues } = validateFeed(
      feedWith((f) => {
        f.courses[0].title = hostile;
        f.courses[1].title = { sv: '<script>alert(1)</script>', en: '"><svg onload=alert(1)>' };
        f.events[0].description = '{{constructor.constructor("alert(1)")()}}';
      }),
    );
    assert.deepEqual(issues, []);
    assert.equal(feed.courses[0].title, hostile);
    assert.deepEqual(feed.courses[1].title, {
      sv: '<script>alert(1)</script>',
      en: '"><svg onload=alert(1)>',
    });
    assert.equal(feed.events[0].description, '{{constructor.constructor("alert(1)")()}}');
  });

  it('warns about a javascript: applyUrl and keeps the course', () => {
    const { feed, issues } = validateFeed(
      feedWith((f) => (f.courses[0].applyUrl = 'javascript:alert(1)')),
    );
    assert.deepEqual(
      issues.map((i) => [formatIssue(i), i.severity]),
      [
        [
          'courses[id=kth-tekniskt-basar].applyUrl: "javascript:alert(1)" is not an http(s) address; widgets will not link it',
          'warning',
        ],
      ],
    );
    assert.deepEqual(ids(feed.courses), ['kth-tekniskt-basar', 'komvux-underskoterska']);
  });

  for (const [path, edit] of [
    [
      'events[id=streamed-ai-lecture].onlineUrl',
      (f: Json) => (f.events[1].onlineUrl = 'data:text/html,<b>x</b>'),
    ],
    [
      'events[id=streamed-ai-lecture].registration.url',
      (f: Json) => (f.events[1].registration.url = 'vbscript:x'),
    ],
    ['partners[id=kalix-kommun].logo.src', (f: Json) => (f.partners[0].logo.src = 'javascript:x')],
    ['centres[id=kalix].url', (f: Json) => (f.centres[0].url = 'file:///etc/passwd')],
  ] as const) {
    it(`warns about an unsafe ${path}`, () => {
      const { issues } = validateFeed(feedWith(edit));
      assert.deepEqual(
        issues.map((i) => [i.path, i.severity, i.rule]),
        [[path, 'warning', 'semantic']],
      );
    });
  }

  it('accepts relative addresses (resolved against the feed URL by widgets)', () => {
    assert.deepEqual(
      validateFeed(feedWith((f) => (f.courses[0].url = 'kurser/basar.html'))).issues,
      [],
    );
  });

  it('keeps control characters and right-to-left overrides as text', () => {
    const text = 'Kurs \u202E\u0000\u200B 🎓';
    const { feed } = validateFeed(feedWith((f) => (f.courses[0].title = text)));
    assert.equal(feed.courses[0].title, text);
  });
});
