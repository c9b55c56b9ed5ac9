/**
 * The pure pieces under the booking steps: what can be chosen, free times by
 * day, the date grid's keys, and the checks made before anything is sent.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { GuidanceService } from '@learning-centre/feed/widget';
import type { Slot } from '../src/booking-client.ts';
import {
  availabilityQuery,
  choiceOptions,
  defaultChoice,
  hasChoices,
} from '../src/booking-options.ts';
import { dateForKey } from '../src/date-keys.ts';
import { EMPTY_DETAILS, bookingRequest, checkDetails } from '../src/details.ts';
import { monthRange, slotsByDay } from '../src/slot-days.ts';

const STUDY: GuidanceService = {
  id: 'studievagledning',
  name: { sv: 'Studievägledning' },
  duration: 45,
  modes: ['on-site', 'phone', 'video'],
  centres: ['kalix', 'motala'],
  languages: ['sv', 'en', 'ar'],
};

describe('choices', () => {
  test('the service’s modes, centres and languages, narrowed by the attributes', () => {
    assert.deepEqual(choiceOptions(STUDY, ['x']), {
      modes: ['on-site', 'phone', 'video'],
      centres: ['kalix', 'motala'],
      languages: ['sv', 'en', 'ar'],
    });
    assert.deepEqual(choiceOptions(STUDY, [], { mode: 'phone', centre: 'kalix' }).modes, ['phone']);
    assert.deepEqual(choiceOptions(STUDY, [], { centre: 'kalix' }).centres, ['kalix']);
    const everywhere = { ...STUDY, centres: undefined, languages: undefined };
    assert.deepEqual(choiceOptions(everywhere, ['a', 'b']), {
      modes: ['on-site', 'phone', 'video'],
      centres: ['a', 'b'],
      languages: [],
    });
  });

  test('nothing to choose between skips the options step', () => {
    const one = { ...STUDY, modes: ['phone' as const], centres: ['kalix'], languages: ['sv'] };
    assert.equal(hasChoices(choiceOptions(one, [])), false);
    assert.equal(hasChoices(choiceOptions(STUDY, [], { mode: 'phone', centre: 'kalix' })), true);
  });

  test('defaults: the page language when offered; earlier choices kept where still offered', () => {
    const options = choiceOptions(STUDY, []);
    assert.deepEqual(defaultChoice(STUDY, options, 'en-GB'), {
      service: 'studievagledning',
      mode: 'on-site',
      centre: 'kalix',
      language: 'en',
    });
    assert.equal(defaultChoice(STUDY, options, 'de').language, 'sv', 'else the first');
    const kept = defaultChoice(STUDY, options, 'sv', { mode: 'video', centre: 'motala' });
    assert.deepEqual([kept.mode, kept.centre], ['video', 'motala']);
    const career = { ...STUDY, modes: ['on-site' as const], languages: undefined };
    const moved = defaultChoice(career, choiceOptions(career, []), 'sv', kept);
    assert.deepEqual([moved.mode, moved.language], ['on-site', undefined]);
  });

  test('the availability query says every choice and the dates', () => {
    const choice = { service: 's', mode: 'phone' as const, centre: 'c', language: 'sv' };
    assert.deepEqual(availabilityQuery(choice, '2026-03-09', '2026-03-31'), {
      service: 's',
      mode: 'phone',
      centre: 'c',
      language: 'sv',
      from: '2026-03-09',
      to: '2026-03-31',
    });
  });
});

function slot(start: string, extra: Partial<Slot> = {}): Slot {
  return {
    id: `${start}~x`,
    start,
    end: start,
    service: 's',
    centre: 'c',
    mode: 'phone',
    language: 'sv',
    ...extra,
  };
}

describe('free times by day', () => {
  test('by local date, sorted, one per start time', () => {
    const days = slotsByDay([
      slot('2026-03-10T10:30:00+01:00'),
      slot('2026-03-10T09:00:00+01:00', { language: 'en' }),
      slot('2026-03-10T09:00:00+01:00'),
      slot('2026-03-29T00:30:00+01:00'),
      slot('2026-03-29T23:30:00+02:00'),
    ]);
    assert.deepEqual([...days.keys()], ['2026-03-10', '2026-03-29']);
    assert.deepEqual(
      days.get('2026-03-10')!.map((s) => [s.start.slice(11, 16), s.language]),
      [
        ['09:00', 'en'],
        ['10:30', 'sv'],
      ],
    );
    assert.equal(days.get('2026-03-29')!.length, 2, 'the local date, across the DST change');
  });

  test('a month’s range starts today at the earliest; a past month has none', () => {
    assert.deepEqual(monthRange('2026-03-01', '2026-03-09'), {
      from: '2026-03-09',
      to: '2026-03-31',
    });
    assert.deepEqual(monthRange('2026-04-15', '2026-03-09'), {
      from: '2026-04-01',
      to: '2026-04-30',
    });
    assert.deepEqual(monthRange('2028-02-01', '2026-03-09'), {
      from: '2028-02-01',
      to: '2028-02-29',
    });
    assert.equal(monthRange('2026-02-01', '2026-03-09'), undefined);
  });
});

describe('date grid keys (APG date picker)', () => {
  const at = (key: string, date = '2026-03-11', dir: 'ltr' | 'rtl' = 'ltr', shiftKey = false) =>
    dateForKey(date, { key, shiftKey }, dir);

  test('days, weeks, the week’s ends (Monday first), months and years', () => {
    assert.equal(at('ArrowRight'), '2026-03-12');
    assert.equal(at('ArrowLeft'), '2026-03-10');
    assert.equal(at('ArrowDown'), '2026-03-18');
    assert.equal(at('ArrowUp'), '2026-03-04');
    assert.equal(at('Home'), '2026-03-09');
    assert.equal(at('End'), '2026-03-15');
    assert.equal(at('PageDown'), '2026-04-11');
    assert.equal(at('PageUp'), '2026-02-11');
    assert.equal(at('PageDown', '2026-01-31'), '2026-02-28', 'kept within the month');
    assert.equal(at('PageUp', '2026-03-11', 'ltr', true), '2025-03-11');
    assert.equal(at('ArrowRight', '2026-03-31'), '2026-04-01');
    assert.equal(at('Tab'), undefined);
  });

  test('right to left, Left and Right swap', () => {
    assert.equal(at('ArrowRight', '2026-03-11', 'rtl'), '2026-03-10');
    assert.equal(at('ArrowLeft', '2026-03-11', 'rtl'), '2026-03-12');
  });
});

describe('details', () => {
  const codes = (details: typeof EMPTY_DETAILS, mode: 'on-site' | 'phone' | 'video' = 'on-site') =>
    checkDetails(details, mode).map((e) => `${e.path}:${e.code}`);

  test('name, a way to reach the person and consent are needed', () => {
    assert.deepEqual(codes(EMPTY_DETAILS), [
      'name:required',
      'email:contact-required',
      'phone:contact-required',
      'consent:must-be-true',
    ]);
    assert.deepEqual(codes({ ...EMPTY_DETAILS, name: 'Åsa', phone: '070', consent: true }), []);
  });

  test('a phone meeting needs a phone number, a video meeting an e-mail address', () => {
    const withEmail = { ...EMPTY_DETAILS, name: 'Åsa', email: 'a@b.se', consent: true };
    const withPhone = { ...EMPTY_DETAILS, name: 'Åsa', phone: '070', consent: true };
    assert.deepEqual(codes(withEmail, 'phone'), ['phone:required']);
    assert.deepEqual(codes(withPhone, 'video'), ['email:required']);
    assert.deepEqual(codes(withPhone, 'phone'), []);
  });

  test('the request is trimmed, with empty optional fields left out', () => {
    const details = { name: ' Åsa ', email: ' ', phone: '070 ', message: '', consent: true };
    assert.deepEqual(JSON.parse(JSON.stringify(bookingRequest('h', details))), {
      holdId: 'h',
      name: 'Åsa',
      phone: '070',
      consent: true,
    });
  });
});
