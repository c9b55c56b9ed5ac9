import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { eventFacets } from '../src/query/calendar-facets.ts';
import type { Centre, FeedEvent } from '../src/types.ts';

const centre = (id: string): Centre => ({
  id,
  name: id,
  municipality: id,
  address: { street: 'Storgatan 1', city: id },
  geo: { lat: 60, lon: 15 },
  services: [],
});
const event = (id: string, category: FeedEvent['category'], at?: string): FeedEvent => ({
  id,
  title: id,
  category,
  start: '2026-03-03T18:00+01:00',
  ...(at ? { centre: at } : {}),
});

describe('eventFacets', () => {
  it('offers only the categories and centres that events use, in vocabulary and feed order', () => {
    const facets = eventFacets({
      centres: [centre('kalix'), centre('motala'), centre('varberg')],
      events: [
        event('a', 'workshop', 'varberg'),
        event('b', 'lecture', 'kalix'),
        event('c', 'workshop'),
        event('d', 'exam', 'varberg'),
      ],
    });
    assert.deepEqual(facets.categories, ['lecture', 'exam', 'workshop']);
    assert.deepEqual(
      facets.centres.map((c) => c.id),
      ['kalix', 'varberg'],
    );
  });

  it('gives nothing for a feed without events', () => {
    assert.deepEqual(eventFacets({ centres: [centre('kalix')], events: [] }), {
      categories: [],
      centres: [],
    });
  });
});
