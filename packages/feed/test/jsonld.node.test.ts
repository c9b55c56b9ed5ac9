import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type JsonLd, courseJsonLd, eventJsonLd, toJsonLdScriptText } from '../src/jsonld.ts';
import type { Occurrence } from '../src/query/events.ts';
import { EVENT_STATUSES } from '../src/schema/feed-definition.ts';
import type { Course, FeedEvent } from '../src/types.ts';
import { courseById, queryFeed } from './helpers/query-feed.ts';

const feed = queryFeed();
const FEED_URL = 'https://larcentrum.example/data/feed.json';
const event = (id: string) => feed.events.find((e) => e.id === id)!;
const S = 'https://schema.org/';

/** True when the object has no undefined values, empty lists or empty strings anywhere. */
function isClean(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0 && value.every(isClean);
  if (typeof value === 'object' && value !== null) return Object.values(value).every(isClean);
  return value !== undefined && value !== '';
}

const kalixPlace = {
  '@type': 'Place',
  name: 'Kalix Learning Centre',
  address: {
    '@type': 'PostalAddress',
    streetAddress: 'Storgatan 1',
    postalCode: '952 31',
    addressLocality: 'Kalix',
    addressCountry: 'SE',
  },
  geo: { '@type': 'GeoCoordinates', latitude: 65.8537, longitude: 23.1565 },
  url: 'https://www.kalix.se/larcentrum',
};

describe('courseJsonLd', () => {
  it('describes a course as a schema.org Course with one CourseInstance', () => {
    const ld = courseJsonLd(courseById(feed, 'kth-basar'), feed, {
      language: 'en',
      baseUrl: FEED_URL,
    });
    const instance = ld.hasCourseInstance as JsonLd;
    const locations = instance.location as JsonLd[];
    assert.deepEqual(
      { ...ld, hasCourseInstance: undefined },
      {
        '@context': 'https://schema.org',
        '@type': 'Course',
        name: 'Technical preparatory year',
        description: 'Study the preparatory year at home with labs at your learning centre.',
        courseCode: 'TBAS1',
        url: 'https://www.kth.se/basar',
        inLanguage: 'sv',
        educationalLevel: 'preparatory',
        about: [
          { '@type': 'Thing', name: 'Mathematics' },
          { '@type': 'Thing', name: 'Physics' },
        ],
        numberOfCredits: { '@type': 'QuantitativeValue', value: 60, unitText: 'hp' },
        provider: {
          '@type': 'CollegeOrUniversity',
          name: 'KTH Royal Institute of Technology',
          url: 'https://www.kth.se/',
          logo: 'https://larcentrum.example/data/logos/kth.svg',
        },
        hasCourseInstance: undefined,
        offers: {
          '@type': 'Offer',
          url: 'https://www.antagning.se/',
          // Whole local days: from midnight (winter time) to the end of the last day (summer time).
          availabilityStarts: '2026-03-16T00:00:00+01:00',
          availabilityEnds: '2026-04-15T23:59:59+02:00',
          availability: `${S}InStock`,
        },
      },
    );
    assert.equal(instance['@type'], 'CourseInstance');
    assert.equal(instance.courseMode, 'blended');
    assert.equal(instance.startDate, '2026-08-24');
    assert.equal(instance.endDate, '2027-06-04');
    assert.deepEqual(locations[0], kalixPlace);
    assert.deepEqual(
      locations.map((l) => l.name),
      ['Kalix Learning Centre', 'Lärcentrum Söderhamn', 'Lärcentrum Lindesberg'],
    );
    assert.deepEqual(instance.subEvent, {
      '@type': 'Event',
      name: 'Lab 1: mechanics',
      startDate: '2026-09-12T09:00+02:00',
      endDate: '2026-09-12T15:00+02:00',
      location: kalixPlace,
    });
  });

  it('never writes an unsafe link, but keeps the rest of the offer', () => {
    const ld = courseJsonLd(courseById(feed, 'miun-foretagsekonomi'), feed, { language: 'sv' });
    assert.deepEqual(ld.offers, {
      '@type': 'Offer',
      availabilityStarts: '2026-09-15T00:00:00+02:00',
      availabilityEnds: '2026-10-15T23:59:59+02:00',
    });
    const place = (ld.hasCourseInstance as JsonLd).location as JsonLd;
    assert.equal(place.name, 'Campus Varberg');
    assert.equal('url' in place, false, 'the centre link is javascript:');
    assert.doesNotMatch(JSON.stringify(ld), /javascript/);
  });

  it('drops a relative logo when it has no feed address to resolve it against', () => {
    const ld = courseJsonLd(courseById(feed, 'kth-basar'), feed, { language: 'sv' });
    assert.equal('logo' in (ld.provider as JsonLd), false);
  });

  it('types the provider by kind', () => {
    const type = (id: string) =>
      (courseJsonLd(courseById(feed, id), feed, { language: 'sv' }).provider as JsonLd)['@type'];
    assert.equal(type('miun-matematik'), 'CollegeOrUniversity');
    assert.equal(type('yh-inbyggda'), 'EducationalOrganization');
    assert.equal(type('komvux-cafe'), 'EducationalOrganization');
    assert.equal(type('volvo-hydraulik'), 'Organization');
  });

  it('names the credit unit and the course mode', () => {
    const ld = (id: string) => courseJsonLd(courseById(feed, id), feed, { language: 'sv' });
    const unit = (id: string) => (ld(id).numberOfCredits as JsonLd).unitText;
    const mode = (id: string) => (ld(id).hasCourseInstance as JsonLd).courseMode;
    assert.equal(unit('yh-inbyggda'), 'YH-poäng');
    assert.equal(unit('komvux-underskoterska'), 'gymnasiepoäng');
    assert.equal(unit('kth-ellara'), 'ECTS');
    assert.equal(mode('miun-matematik'), 'online');
    assert.equal(mode('yh-inbyggda'), 'onsite');
  });

  it('marks a cancelled course and a full one', () => {
    const ellara = courseJsonLd(courseById(feed, 'kth-ellara'), feed, { language: 'sv' });
    assert.equal((ellara.hasCourseInstance as JsonLd).eventStatus, `${S}EventCancelled`);
    assert.equal((ellara.offers as JsonLd).availability, `${S}Discontinued`);
    const full = courseJsonLd(courseById(feed, 'komvux-sommarsvenska'), feed, { language: 'sv' });
    assert.equal((full.offers as JsonLd).availability, `${S}SoldOut`);
    assert.equal('eventStatus' in (full.hasCourseInstance as JsonLd), false);
  });

  it('leaves out what the course does not say, with no empty values anywhere', () => {
    const ld = courseJsonLd(courseById(feed, 'komvux-studieteknik'), feed, { language: 'en' });
    assert.deepEqual(Object.keys(ld), [
      '@context',
      '@type',
      'name',
      'description',
      'educationalLevel',
      'provider',
      'hasCourseInstance',
    ]);
    assert.deepEqual(ld.hasCourseInstance, { '@type': 'CourseInstance', courseMode: 'online' });
    for (const course of feed.courses) {
      const all = courseJsonLd(course, feed, { language: 'sv', baseUrl: FEED_URL });
      assert.ok(isClean(all), course.id);
      assert.deepEqual(JSON.parse(JSON.stringify(all)), all, `${course.id} is plain JSON`);
    }
  });

  it("falls back to the feed's language", () => {
    const ld = courseJsonLd(courseById(feed, 'kth-basar'), feed, { language: 'ar' });
    assert.equal(ld.name, 'Tekniskt basår');
    const english = courseJsonLd(courseById(feed, 'kth-basar'), feed, {
      language: 'ar',
      fallbackLanguage: 'en',
    });
    assert.equal(english.name, 'Technical preparatory year');
  });

  it('ignores an application date that does not exist', () => {
    const odd: Course = {
      ...courseById(feed, 'kth-basar'),
      applicationPeriod: { opens: '2026-02-30' },
    };
    const offers = courseJsonLd(odd, feed, { language: 'sv' }).offers as JsonLd;
    assert.equal('availabilityStarts' in offers, false);
  });
});

describe('eventJsonLd', () => {
  it('describes a feed event as a schema.org Event', () => {
    assert.deepEqual(eventJsonLd(event('oppet-hus'), feed, { language: 'en' }), {
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: 'Open house',
      description: 'Träffa lärare och studievägledare.',
      startDate: '2026-03-04T17:00+01:00',
      endDate: '2026-03-04T19:00+01:00',
      eventStatus: `${S}EventScheduled`,
      eventAttendanceMode: `${S}OfflineEventAttendanceMode`,
      location: kalixPlace,
      organizer: {
        '@type': 'Organization',
        name: 'Learning Centres Together',
        url: 'https://larcentrum.example/',
      },
      url: 'https://www.kalix.se/oppet-hus',
    });
  });

  it('gives one occurrence its own times, in local time with offset', () => {
    const occurrence: Occurrence = {
      event: event('oppet-hus'),
      start: new Date('2026-06-03T15:00:00Z'),
      end: new Date('2026-06-03T17:00:00Z'),
      allDay: false,
      recurring: true,
      key: 'oppet-hus@2026-06-03T15:00:00.000Z',
    };
    const ld = eventJsonLd(occurrence, feed, { language: 'sv' });
    assert.equal(ld.startDate, '2026-06-03T17:00:00+02:00');
    assert.equal(ld.endDate, '2026-06-03T19:00:00+02:00');
    assert.equal(ld.name, 'Öppet hus');
  });

  it('gives an all-day occurrence its dates', () => {
    const occurrence: Occurrence = {
      event: event('tentamensvecka'),
      start: new Date('2026-05-31T22:00:00Z'),
      end: new Date('2026-06-05T22:00:00Z'),
      allDay: true,
      recurring: false,
      key: 'tentamensvecka@2026-05-31T22:00:00.000Z',
      startDate: '2026-06-01',
      endDate: '2026-06-05',
    };
    const ld = eventJsonLd(occurrence, feed, { language: 'sv' });
    assert.equal(ld.startDate, '2026-06-01');
    assert.equal(ld.endDate, '2026-06-05');
    assert.equal(ld.eventStatus, `${S}EventCancelled`);
  });

  it('maps every status to a schema.org EventStatusType', () => {
    const expected = {
      scheduled: 'EventScheduled',
      cancelled: 'EventCancelled',
      postponed: 'EventPostponed',
      rescheduled: 'EventRescheduled',
      'moved-online': 'EventMovedOnline',
      full: 'EventScheduled',
    };
    for (const status of EVENT_STATUSES) {
      const ld = eventJsonLd({ ...event('oppet-hus'), status }, feed, { language: 'sv' });
      assert.equal(ld.eventStatus, S + expected[status], status);
    }
    const { status: _none, ...unset } = event('oppet-hus');
    assert.equal(eventJsonLd(unset, feed, { language: 'sv' }).eventStatus, `${S}EventScheduled`);
  });

  it('gives a mixed event both a Place and a VirtualLocation', () => {
    const ld = eventJsonLd(event('arbetsgivartraff'), feed, { language: 'sv' });
    assert.equal(ld.eventAttendanceMode, `${S}MixedEventAttendanceMode`);
    const [place, virtual] = ld.location as JsonLd[];
    assert.equal(place['@type'], 'Place');
    assert.deepEqual(virtual, { '@type': 'VirtualLocation', url: 'https://meet.example/traff' });
  });

  it('makes a moved-online event online-only, as Google asks', () => {
    const ld = eventJsonLd(event('ai-i-varden'), feed, { language: 'sv' });
    assert.equal(ld.eventStatus, `${S}EventMovedOnline`);
    assert.equal(ld.eventAttendanceMode, `${S}OnlineEventAttendanceMode`);
    assert.deepEqual(ld.location, { '@type': 'VirtualLocation', url: 'https://play.example/ai' });
  });

  it('infers the attendance mode when the feed leaves it out', () => {
    const mode = (e: FeedEvent) => eventJsonLd(e, feed, { language: 'sv' }).eventAttendanceMode;
    const { attendanceMode: _, ...base } = event('arbetsgivartraff');
    assert.equal(mode(base), `${S}MixedEventAttendanceMode`);
    assert.equal(mode({ ...base, centre: undefined }), `${S}OnlineEventAttendanceMode`);
    assert.equal(mode({ ...base, onlineUrl: undefined }), `${S}OfflineEventAttendanceMode`);
    const nowhere = eventJsonLd({ ...base, centre: undefined, onlineUrl: undefined }, feed, {
      language: 'sv',
    });
    assert.equal('eventAttendanceMode' in nowhere || 'location' in nowhere, false);
  });

  it('never writes an unsafe online link', () => {
    const ld = eventJsonLd(event('webbinarium'), feed, { language: 'sv' });
    assert.equal(ld.eventAttendanceMode, `${S}OnlineEventAttendanceMode`);
    assert.equal('location' in ld, false);
    assert.doesNotMatch(JSON.stringify(ld), /javascript/);
  });

  it("names the event's provider as organizer, else the publisher", () => {
    const ai = eventJsonLd(event('ai-i-varden'), feed, { language: 'sv' });
    assert.deepEqual(ai.organizer, {
      '@type': 'CollegeOrUniversity',
      name: 'Mittuniversitetet',
      url: 'https://www.miun.se/',
    });
    const open = eventJsonLd(event('oppet-hus'), feed, { language: 'sv' });
    assert.equal((open.organizer as JsonLd).name, 'Lärcentrum i samverkan');
  });

  it('turns registration into an Offer, sold out when the event is full', () => {
    assert.deepEqual(eventJsonLd(event('ai-i-varden'), feed, { language: 'sv' }).offers, {
      '@type': 'Offer',
      url: 'https://larcentrum.example/anmalan',
      validFrom: '2026-02-01',
      availabilityEnds: '2026-03-11T12:00+01:00',
    });
    assert.deepEqual(eventJsonLd(event('arbetsgivartraff'), feed, { language: 'sv' }).offers, {
      '@type': 'Offer',
      url: 'https://larcentrum.example/traff',
      availability: `${S}SoldOut`,
    });
    assert.equal('offers' in eventJsonLd(event('oppet-hus'), feed, { language: 'sv' }), false);
  });

  it('has no empty values for any event', () => {
    for (const e of feed.events) assert.ok(isClean(eventJsonLd(e, feed, { language: 'en' })), e.id);
  });
});

describe('toJsonLdScriptText', () => {
  const hostile = {
    name: 'Studieteknik </script><script>alert(1)</script>',
    description: '<!-- a & b > c \u2028 d \u2029',
  };

  it('cannot end the script element or open a comment', () => {
    const text = toJsonLdScriptText(hostile);
    assert.doesNotMatch(text, /<|>|&|\u2028|\u2029/);
    assert.match(text, /\\u003c\/script\\u003e/);
  });

  it('is still the same JSON', () => {
    assert.deepEqual(JSON.parse(toJsonLdScriptText(hostile)), hostile);
    const course = courseJsonLd(courseById(feed, 'komvux-studieteknik'), feed, { language: 'sv' });
    const text = toJsonLdScriptText(course);
    assert.doesNotMatch(text, /<\/script/i);
    assert.deepEqual(JSON.parse(text), course);
  });

  it('serialises a list of nodes', () => {
    assert.equal(toJsonLdScriptText([{ a: '<' }, { b: 1 }]), '[{"a":"\\u003c"},{"b":1}]');
  });
});
