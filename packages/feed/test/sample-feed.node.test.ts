// The bundled sample feed (examples/sample-feed.json) is what the demo page,
// the docs and every widget's stories show. It must be flawless (not one
// issue), realistic (the six centres of the seed study, Swedish with English,
// every kind of course and event the widgets handle) and self-contained (its
// partner logos are files next to it).
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { describe, it } from 'node:test';
import { applicationState } from '../src/query/course-dates.ts';
import { expandRecurrence } from '../src/query/recurrence.ts';
import { openingDay } from '../src/query/opening-hours.ts';
import { parseFeedDateTime } from '../src/time/parse.ts';
import { offsetMinutes } from '../src/time/zone.ts';
import type { FeedEvent, LocalizedText, Logo } from '../src/types.ts';
import {
  COURSE_MODES,
  COURSE_STATUSES,
  CREDIT_SYSTEMS,
  PARTNER_KINDS,
} from '../src/schema/feed-definition.ts';
import { formatIssue, validateFeed } from '../src/validate.ts';

const EXAMPLES = new URL('../examples/', import.meta.url);
const raw: unknown = JSON.parse(readFileSync(new URL('sample-feed.json', EXAMPLES), 'utf8'));
const { feed, issues } = validateFeed(raw);
/** The day the sample's dates are written around. */
const TODAY = new Date('2026-11-23T10:00:00+01:00');

const SEED_MUNICIPALITIES = ['Kalix', 'Söderhamn', 'Lindesberg', 'Motala', 'Vaggeryd', 'Varberg'];
const SORMLAND = [
  'Eskilstuna',
  'Flen',
  'Gnesta',
  'Katrineholm',
  'Nyköping',
  'Oxelösund',
  'Strängnäs',
  'Trosa',
  'Vingåker',
];

const recurring = (e: FeedEvent) => e.recurrence !== undefined;
const byId = <T extends { id: string }>(items: T[], id: string) =>
  items.find((item) => item.id === id);

describe('sample feed: validity', () => {
  it('validates with zero issues, errors and warnings alike', () => {
    assert.deepEqual(issues.map(formatIssue), []);
  });

  it('is a version 1.0 Swedish feed in Europe/Stockholm time', () => {
    assert.equal(feed.version, '1.0');
    assert.equal(feed.language, 'sv');
    assert.equal(feed.timeZone, 'Europe/Stockholm');
    assert.match(feed.updated, /^2026-11-/);
    assert.ok(feed.publisher.id, 'the publisher has an id');
    assert.ok(feed.calendar?.subscribeUrl.startsWith('https://'));
  });

  it('gives every title, name and description in Swedish and English', () => {
    const texts = new Map<string, LocalizedText | undefined>([
      ['publisher.name', feed.publisher.name],
    ]);
    for (const c of feed.centres)
      texts.set(`centre ${c.id} name`, c.name).set(`centre ${c.id} description`, c.description);
    for (const s of feed.subjects) texts.set(`subject ${s.id}`, s.name);
    for (const c of feed.courses)
      texts.set(`course ${c.id} title`, c.title).set(`course ${c.id} description`, c.description);
    for (const e of feed.events)
      texts
        .set(`event ${e.id} title`, e.title)
        .set(`event ${e.id} description`, e.description)
        .set(`event ${e.id} statusNote`, e.statusNote);
    for (const s of feed.guidance?.services ?? []) texts.set(`guidance ${s.id}`, s.name);
    for (const [where, text] of texts) {
      // A plain string is allowed where a translation makes no sense (a name such as "CampusVarberg").
      if (text === undefined || typeof text === 'string') continue;
      assert.ok(text.sv && text.en, `${where} has sv and en`);
    }
    for (const course of feed.courses)
      assert.equal(typeof course.title, 'object', `course ${course.id} title is translated`);
    for (const event of feed.events)
      assert.equal(typeof event.title, 'object', `event ${event.id} title is translated`);
  });

  it('writes every date-time with the offset Stockholm really has then (winter +01:00, summer +02:00)', () => {
    const dateTimes = [
      ...feed.events.flatMap((e) => [
        e.start,
        e.end,
        ...(e.recurrence?.exdates ?? []),
        ...(e.recurrence?.rdates ?? []),
      ]),
      ...feed.courses.flatMap((c) => (c.sessions ?? []).flatMap((s) => [s.start, s.end])),
    ].filter((value): value is string => value !== undefined && value.includes('T'));
    assert.ok(dateTimes.length > 60);
    for (const value of dateTimes) {
      const [, sign, hours, minutes] = /([+-])(\d\d):(\d\d)$/.exec(value)!;
      const written = (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes));
      const instant = parseFeedDateTime(value, feed.timeZone).instant;
      assert.equal(written, offsetMinutes(instant, feed.timeZone), value);
    }
  });
});

describe('sample feed: centres', () => {
  it('has the six centres of the seed study and learning centres in Sörmland', () => {
    const municipalities = feed.centres.map((c) => c.municipality);
    for (const name of SEED_MUNICIPALITIES) assert.ok(municipalities.includes(name), name);
    assert.ok(
      municipalities.filter((m) => SORMLAND.includes(m)).length >= 4,
      municipalities.join(', '),
    );
  });

  it('places each centre in Sweden, with weekly hours, exceptions and contact details', () => {
    for (const centre of feed.centres) {
      assert.ok(
        centre.geo.lat > 55 && centre.geo.lat < 69 && centre.geo.lon > 10 && centre.geo.lon < 25,
        centre.id,
      );
      assert.ok(centre.openingHours?.weekly.length, `${centre.id} has weekly hours`);
      assert.ok(centre.openingHours?.exceptions?.length, `${centre.id} has exceptions`);
      assert.ok(centre.contact?.email && centre.contact.phone, `${centre.id} has email and phone`);
      assert.ok(centre.services.length > 0, `${centre.id} has services`);
    }
  });

  it('closes on Christmas Eve and Midsummer Eve, shortens a day, and has lunch breaks somewhere', () => {
    for (const centre of feed.centres) {
      assert.equal(
        openingDay(centre.openingHours, '2026-12-24').closed,
        true,
        `${centre.id} on Christmas Eve`,
      );
      assert.equal(
        openingDay(centre.openingHours, '2027-06-25').closed,
        true,
        `${centre.id} on Midsummer Eve`,
      );
    }
    const shortened = feed.centres.filter(
      (c) => openingDay(c.openingHours, '2027-03-25').ranges[0]?.closes === '15:00',
    );
    assert.ok(shortened.length > 0, 'a shortened day before Easter');
    const lunch = feed.centres.filter(
      (c) => openingDay(c.openingHours, '2026-11-23').ranges.length === 2,
    );
    assert.ok(lunch.length >= 2, 'centres closed for lunch');
  });
});

describe('sample feed: courses', () => {
  it('has at least 40 courses from universities, YH and komvux', () => {
    assert.ok(feed.courses.length >= 40, `${feed.courses.length} courses`);
    const kinds = new Set(feed.courses.map((c) => byId(feed.providers, c.provider)!.kind));
    assertCovers(kinds, ['university', 'vocational', 'adult-education', 'folk-high-school']);
    const systems = new Set(feed.courses.map((c) => c.credits?.system));
    assertCovers(systems, CREDIT_SYSTEMS);
  });

  it('has a KTH preparatory year taught locally, with lab sessions at its centres', () => {
    const basar = feed.courses.filter((c) => c.provider === 'kth' && c.level === 'preparatory');
    assert.ok(basar.length > 0);
    const withLabs = basar.find((c) => c.sessions?.some((s) => s.kind === 'lab' && s.centre));
    assert.ok(withLabs, 'a KTH preparatory course with local labs');
    for (const session of withLabs.sessions!)
      if (session.centre)
        assert.ok(
          withLabs.centres?.includes(session.centre),
          `${session.centre} is one of the course's centres`,
        );
  });

  it('has courses open for application now, opening later and closed (on 2026-11-23)', () => {
    const states = new Set(
      feed.courses.map((c) => applicationState(c, TODAY, feed.timeZone).state),
    );
    assertCovers(states, ['open', 'not-yet-open', 'closed']);
    const springRound = feed.courses.find((c) => c.applicationPeriod?.opens === '2027-03-15');
    assert.ok(springRound, 'an application round opening 2027-03-15');
  });

  it('uses every status, pace and mode', () => {
    const statuses = new Set(feed.courses.map((c) => c.status));
    assertCovers(statuses, COURSE_STATUSES);
    const paces = new Set(feed.courses.map((c) => c.pace));
    assertCovers(paces, [25, 50, 100]);
    const modes = new Set(feed.courses.map((c) => c.mode));
    assertCovers(modes, COURSE_MODES);
  });

  it('links every course over https', () => {
    for (const course of feed.courses) {
      assert.match(course.url ?? '', /^https:\/\//, course.id);
      if (course.applyUrl) assert.match(course.applyUrl, /^https:\/\//, course.id);
    }
  });
});

describe('sample feed: events', () => {
  it('has at least 30 events, all between November 2026 and June 2027', () => {
    assert.ok(feed.events.length >= 30, `${feed.events.length} events`);
    for (const event of feed.events)
      assert.ok(event.start >= '2026-11' && event.start < '2027-07', `${event.id} ${event.start}`);
  });

  it('has a weekly drop-in whose exdates each remove an occurrence', () => {
    const dropIns = feed.events.filter(
      (e) => e.category === 'guidance-drop-in' && recurring(e) && e.recurrence!.exdates?.length,
    );
    assert.ok(dropIns.length > 0);
    for (const event of dropIns) {
      const series = {
        start: new Date(event.start),
        timeZone: feed.timeZone,
        rule: event.recurrence!.rrule,
      };
      const window = [new Date('2026-11-01T00:00Z'), new Date('2027-07-01T00:00Z')] as const;
      const all = expandRecurrence(series, ...window);
      const kept = expandRecurrence({ ...series, exdates: event.recurrence!.exdates }, ...window);
      assert.equal(all.length - kept.length, event.recurrence!.exdates!.length, event.id);
    }
    assert.ok(
      dropIns.some((e) => e.recurrence!.exdates!.some((x) => x.startsWith('2026-12-2'))),
      'a break over Christmas',
    );
  });

  it('has a monthly last-Friday event and a second-Tuesday event', () => {
    assert.ok(
      feed.events.some(
        (e) =>
          /FREQ=MONTHLY/.test(e.recurrence?.rrule ?? '') && /BYDAY=-1FR/.test(e.recurrence!.rrule),
      ),
    );
    assert.ok(feed.events.some((e) => /BYDAY=2TU/.test(e.recurrence?.rrule ?? '')));
  });

  it('has a streamed lecture at a centre and online, and an employer meeting', () => {
    const streamed = feed.events.find(
      (e) => e.category === 'streamed-lecture' && e.attendanceMode === 'mixed',
    );
    assert.ok(streamed?.centre && streamed.onlineUrl);
    assert.ok(feed.events.some((e) => e.category === 'employer-meeting'));
    for (const category of ['open-house', 'exam', 'workshop', 'lecture'])
      assert.ok(
        feed.events.some((e) => e.category === category),
        category,
      );
  });

  it('has a cancelled, a moved-online, a postponed and a rescheduled event, each with a note', () => {
    for (const status of ['cancelled', 'moved-online', 'postponed', 'rescheduled'] as const) {
      const event = feed.events.find((e) => e.status === status);
      assert.ok(event?.statusNote, `${status} with a statusNote`);
    }
    const moved = feed.events.find((e) => e.status === 'moved-online')!;
    assert.equal(moved.attendanceMode, 'online');
    assert.match(moved.onlineUrl ?? '', /^https:\/\//);
  });

  it('has all-day multi-day events and events with registration', () => {
    assert.ok(
      feed.events.some((e) => !e.start.includes('T') && e.end !== undefined && e.end > e.start),
    );
    assert.ok(feed.events.some((e) => e.registration?.url && e.registration.closes));
  });
});

describe('sample feed: guidance', () => {
  it('offers study and career guidance and validation, on site, by phone and by video, in several languages', () => {
    const guidance = feed.guidance!;
    const ids = guidance.services.map((s) => s.id);
    for (const id of ['studievagledning', 'karriarvagledning', 'validering'])
      assert.ok(ids.includes(id), id);
    const modes = new Set(guidance.services.flatMap((s) => s.modes));
    assert.deepEqual([...modes].sort(), ['on-site', 'phone', 'video']);
    const languages = new Set(guidance.services.flatMap((s) => s.languages ?? []));
    for (const language of ['sv', 'en', 'ar', 'so', 'ti', 'fa'])
      assert.ok(languages.has(language), language);
    assert.equal(guidance.booking?.api, 'http://localhost:8787');
    assert.ok(guidance.booking?.email && guidance.booking.phone && guidance.privacyNotice);
  });
});

describe('sample feed: partners and their logos', () => {
  const logos = feed.partners.map((p) => [p.id, p.logo] as const);

  it('has at least 10 partners of every kind a learning centre works with', () => {
    assert.ok(feed.partners.length >= 10, `${feed.partners.length} partners`);
    const kinds = new Set(feed.partners.map((p) => p.kind));
    assertCovers(
      kinds,
      PARTNER_KINDS.filter((kind) => kind !== 'other'),
    );
    assert.ok(new Set(feed.partners.map((p) => p.tier)).size >= 2, 'several tiers');
    assert.ok(
      feed.partners.some((p) => p.logo?.monochrome),
      'some monochrome variants',
    );
  });

  it('gives every partner a local logo whose file is an SVG of the size the feed says', () => {
    for (const [id, logo] of logos) {
      assert.ok(logo, `${id} has a logo`);
      assert.match(logo.src, /^logos\/[a-z0-9-]+\.svg$/, `${id}: relative to the feed`);
      for (const src of [logo.src, logo.monochrome].filter((s): s is string => s !== undefined))
        checkSvg(src, logo);
    }
  });

  it('ships no logo file the feed does not use', () => {
    const used = new Set(logos.flatMap(([, logo]) => [logo?.src, logo?.monochrome]));
    for (const file of readdirSync(new URL('logos/', EXAMPLES)))
      assert.ok(used.has(`logos/${file}`), file);
  });
});

/** Every value of `expected` occurs in `actual`. */
function assertCovers(actual: Iterable<unknown>, expected: readonly unknown[]): void {
  const seen = new Set(actual);
  assert.deepEqual(
    expected.filter((value) => !seen.has(value)),
    [],
    'values the feed never uses',
  );
}

/** The file at `src` (relative to the feed) exists, is a small SVG, and its size and viewBox match `logo`. */
function checkSvg(src: string, logo: Logo): void {
  const file = new URL(src, EXAMPLES);
  assert.ok(existsSync(file), `${src} exists`);
  assert.ok(statSync(file).size < 2048, `${src} is under 2 KB`);
  const svg = readFileSync(file, 'utf8');
  const root = /^<svg\b[^>]*>/.exec(svg)?.[0];
  assert.ok(root, `${src} starts with <svg>`);
  const attr = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(root)?.[1];
  assert.equal(attr('xmlns'), 'http://www.w3.org/2000/svg', src);
  assert.equal(Number(attr('width')), logo.width, `${src} width`);
  assert.equal(Number(attr('height')), logo.height, `${src} height`);
  assert.equal(attr('viewBox'), `0 0 ${logo.width} ${logo.height}`, `${src} viewBox`);
  assert.doesNotMatch(
    svg,
    /<script|\son\w+=|href="(?!#)/i,
    `${src} has no script, handlers or external links`,
  );
}
