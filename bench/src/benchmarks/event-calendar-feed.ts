/**
 * The month both calendars are timed on: 500 events in March 2026 (the month
 * summer time begins), spread over every day from 08:00 to 20:00 at five
 * centres, every 25th cancelled — as our feed, and as FullCalendar's event list.
 */
import type { Feed, FeedEvent } from '../../../packages/feed/src/index.ts';

export const MONTH_EVENTS = 500;
/** The month shown, and a "now" inside it. */
export const MONTH_START = '2026-03-01';
export const MONTH_NOW = new Date('2026-03-10T12:00:00+01:00');
export const TIME_ZONE = 'Europe/Stockholm';

const CATEGORIES = [
  'lecture',
  'streamed-lecture',
  'employer-meeting',
  'open-house',
  'workshop',
] as const;
const CENTRES = ['kalix', 'motala', 'varberg', 'flen', 'trosa'];
const TOPICS = [
  'Studieteknik',
  'Yrkeshögskolan',
  'Vård och omsorg',
  'Elektrifiering',
  'Validering',
];

const pad = (n: number) => String(n).padStart(2, '0');

/** `2026-03-dd T hh:mm` with Stockholm's offset that day (summer time from 29 March). */
function stockholm(day: number, minutes: number): string {
  const offset = day >= 29 ? '+02:00' : '+01:00';
  return `2026-03-${pad(day)}T${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}${offset}`;
}

/** The 500 events, as the feed writes them. */
export function monthEvents(): FeedEvent[] {
  return Array.from({ length: MONTH_EVENTS }, (_, i): FeedEvent => {
    const day = (i % 31) + 1;
    const start = 8 * 60 + ((i * 7) % 12) * 60 + ((i * 13) % 4) * 15;
    return {
      id: `bench-${i}`,
      title: `${TOPICS[i % TOPICS.length]} ${i + 1}`,
      category: CATEGORIES[i % CATEGORIES.length],
      start: stockholm(day, start),
      end: stockholm(day, start + 60 + (i % 3) * 15),
      centre: CENTRES[i % CENTRES.length],
      ...(i % 25 === 0 ? { status: 'cancelled' as const } : {}),
    };
  });
}

/** A whole feed around them, as JSON text (loaded like any feed). */
export function monthFeedJson(): string {
  const feed: Partial<Feed> = {
    version: '1.0',
    publisher: { name: 'Benchmark' },
    language: 'sv',
    timeZone: TIME_ZONE,
    updated: '2026-02-01T09:30:00+01:00',
    centres: CENTRES.map((id, i) => ({
      id,
      name: id,
      municipality: id,
      address: { street: `Storgatan ${i + 1}`, city: id },
      geo: { lat: 57 + i, lon: 13 + i },
      services: [],
    })),
    events: monthEvents(),
  };
  return JSON.stringify(feed);
}
