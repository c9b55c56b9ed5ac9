/**
 * Slots from the configuration: weekly windows in the configured zone,
 * holidays, days away, filters, free counsellors, and slot ids.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { bookableRange, findSlot, freeSlots } from '../src/slots/availability.ts';
import { scheduledSlots } from '../src/slots/schedule.ts';
import { formatSlotId, parseSlotId } from '../src/slots/slot-id.ts';
import { ANNA_SLOT, DAY, MINUTE, MOTALA_SLOT, NOW, testConfig } from './helpers/fixture.ts';

const config = testConfig();
const day = (date: string, filters: Record<string, string> = {}) =>
  scheduledSlots(config, {
    fromMs: Date.parse(`${date}T00:00:00+01:00`),
    toMs: Date.parse(`${date}T00:00:00+01:00`) + DAY,
    ...filters,
  });
const local = (ms: number) =>
  new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Stockholm',
    hour: '2-digit',
    minute: '2-digit',
  }).format(ms);

describe('slot ids', () => {
  test('round trip', () => {
    const key = {
      startMs: Date.parse('2026-03-10T08:00:00Z'),
      service: 'studievagledning',
      centre: 'kalix',
      mode: 'phone' as const,
      language: 'sv',
    };
    assert.equal(formatSlotId(key), ANNA_SLOT);
    assert.deepEqual(parseSlotId(ANNA_SLOT), key);
  });

  test('anything else is not a slot id', () => {
    for (const id of [
      '',
      'x',
      '20260310T080000Z~studievagledning~kalix~phone',
      '20260310T080000Z~studievagledning~kalix~fax~sv',
      '20260230T080000Z~studievagledning~kalix~phone~sv',
      '20260310T080000~studievagledning~kalix~phone~sv',
      '20260310T080000Z~~kalix~phone~sv',
      `20260310T080000Z~${'a'.repeat(300)}~kalix~phone~sv`,
    ]) {
      assert.equal(parseSlotId(id), undefined, id);
    }
  });
});

describe('scheduledSlots', () => {
  test('each window stepped by the service duration, in every mode and language offered', () => {
    const slots = day('2026-03-10', {
      centre: 'kalix',
      service: 'studievagledning',
      mode: 'phone',
      language: 'sv',
    });
    assert.deepEqual(
      slots.map((s) => local(s.startMs)),
      ['09:00', '09:45', '10:30', '11:15'],
    );
    assert.equal(slots[0].endMs - slots[0].startMs, 45 * MINUTE);
    assert.deepEqual(slots[0].counsellors, ['anna']);
    const all = day('2026-03-10', { centre: 'kalix' });
    // study guidance: 4 starts × 3 modes × 2 languages; career guidance (60 min, on-site/video): 3 × 2 × 2
    assert.equal(all.length, 4 * 3 * 2 + 3 * 2 * 2);
  });

  test('a step longer than the meeting leaves gaps; two counsellors share one slot', () => {
    const slots = day('2026-03-10', { centre: 'motala', mode: 'on-site', language: 'sv' });
    assert.deepEqual(
      slots.map((s) => local(s.startMs)),
      ['13:00', '14:00', '15:00'],
    );
    assert.equal(slots[0].id, MOTALA_SLOT);
    assert.deepEqual(slots[0].counsellors, ['bo', 'cilla']);
    // Arabic: only Bo.
    assert.deepEqual(day('2026-03-10', { centre: 'motala', language: 'AR' })[0].counsellors, [
      'bo',
    ]);
  });

  test('holidays and days away are left out', () => {
    assert.deepEqual(day('2026-03-13'), [], 'Friday 13 March is closed');
    const away = day('2026-03-19', { centre: 'motala', mode: 'on-site', language: 'sv' });
    assert.deepEqual(away[0].counsellors, ['cilla'], 'Bo is away on the 19th');
    assert.equal(day('2026-03-19', { language: 'ar' }).length, 0);
  });

  test('09:00 stays 09:00 across the daylight-saving change (29 March)', () => {
    const before = scheduledSlots(config, {
      fromMs: Date.parse('2026-03-27T00:00:00+01:00'),
      toMs: Date.parse('2026-03-28T00:00:00+01:00'),
      centre: 'kalix',
      mode: 'phone',
      language: 'sv',
      service: 'studievagledning',
    });
    const after = scheduledSlots(config, {
      fromMs: Date.parse('2026-03-30T00:00:00+02:00'),
      toMs: Date.parse('2026-03-31T00:00:00+02:00'),
      centre: 'kalix',
      mode: 'phone',
      language: 'sv',
      service: 'studievagledning',
    });
    assert.equal(new Date(before[0].startMs).toISOString(), '2026-03-27T08:00:00.000Z');
    assert.equal(new Date(after[0].startMs).toISOString(), '2026-03-30T07:00:00.000Z');
    assert.equal(local(after[0].startMs), '09:00');
  });

  test('a service limited to some modes is offered only in those', () => {
    const modes = new Set(day('2026-03-10', { service: 'karriarvagledning' }).map((s) => s.mode));
    assert.deepEqual([...modes].sort(), ['on-site', 'video']);
  });

  test('the range is half-open, sorted by start then id, and empty when reversed', () => {
    const from = Date.parse('2026-03-10T09:45:00+01:00');
    const slots = scheduledSlots(config, {
      fromMs: from,
      toMs: from + 45 * MINUTE,
      centre: 'kalix',
      service: 'studievagledning',
    });
    assert.equal(
      slots.length,
      6,
      '09:45 in three modes and two languages; 10:30 is the end, left out',
    );
    assert.ok(slots.every((s) => s.startMs === from));
    assert.deepEqual(
      slots.map((s) => s.id),
      [...slots.map((s) => s.id)].sort(),
    );
    assert.deepEqual(scheduledSlots(config, { fromMs: from, toMs: from }), []);
  });
});

describe('free slots and holding rules', () => {
  const slots = day('2026-03-10', { centre: 'motala', mode: 'on-site', language: 'sv' });
  const at = (h: string) => Date.parse(`2026-03-10T${h}:00+01:00`);

  test('a busy counsellor drops out; a slot stays while anyone is free; touching is not overlapping', () => {
    const free = freeSlots(slots, [
      { counsellor: 'bo', startMs: at('13:00'), endMs: at('13:45') },
      { counsellor: 'bo', startMs: at('14:00'), endMs: at('15:00') },
      { counsellor: 'cilla', startMs: at('13:30'), endMs: at('14:30') },
      { counsellor: 'cilla', startMs: at('14:45'), endMs: at('15:00') },
    ]);
    assert.deepEqual(
      free.map((s) => [local(s.startMs), s.counsellors]),
      [['15:00', ['bo', 'cilla']]],
    );
  });

  test('bookable between now + minimum notice and now + days ahead', () => {
    assert.deepEqual(bookableRange(config, NOW), {
      fromMs: NOW + 60 * MINUTE,
      toMs: NOW + 30 * DAY,
    });
  });

  test('findSlot: only offered, well-formed slots inside the bookable range', () => {
    assert.equal(findSlot(config, ANNA_SLOT, NOW)?.id, ANNA_SLOT);
    assert.equal(
      findSlot(config, ANNA_SLOT, Date.parse('2026-03-10T07:01:00Z')),
      undefined,
      'less than an hour ahead',
    );
    assert.equal(
      findSlot(config, '20260310T081500Z~studievagledning~kalix~phone~sv', NOW),
      undefined,
    );
    assert.equal(findSlot(config, 'rubbish', NOW), undefined);
  });
});
