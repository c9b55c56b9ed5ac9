/**
 * `<lc-centre-finder>` in the browser: from the element's creation until the
 * frame with every centre is painted (the feed fetched and validated
 * beforehand), sorted by distance from a position, "open now" worked out for each.
 */
import { CENTRE_SERVICES, type Centre } from '../../../packages/feed/src/index.ts';
import type { LcCentreFinder } from '../../../packages/centre-finder/src/centre-finder.ts';
import '../../../packages/centre-finder/src/define.ts';
import { widgetBenchmark } from '../widget-stage.ts';

const CENTRES = 300;
/** A Tuesday morning in Stockholm. */
const NOW = new Date('2026-03-03T10:00:00+01:00');
const TOWNS = [
  'Kalix',
  'Söderhamn',
  'Lindesberg',
  'Motala',
  'Vaggeryd',
  'Varberg',
  'Flen',
  'Åsele',
];

/** `count` centres spread over Sweden, with hours, a holiday exception, services and contacts. */
function centres(count: number): Centre[] {
  return Array.from({ length: count }, (_, i) => {
    const town = TOWNS[i % TOWNS.length];
    return {
      id: `centre-${i}`,
      name: { sv: `Lärcentrum ${town} ${i}`, en: `${town} Learning Centre ${i}` },
      municipality: town,
      address: { street: `Storgatan ${i + 1}`, postalCode: '123 45', city: town },
      // A fixed pseudo-random spread from Skåne to Norrbotten.
      geo: { lat: 55.5 + ((i * 7919) % 1000) / 90, lon: 12 + ((i * 104729) % 1000) / 90 },
      openingHours: {
        weekly: [
          { days: ['mo', 'tu', 'we', 'th'], opens: '08:00', closes: i % 2 ? '20:00' : '16:00' },
          { days: ['fr'], opens: '08:00', closes: '15:00' },
        ],
        exceptions: [
          {
            date: '2026-12-24',
            until: '2026-12-26',
            closed: true,
            note: { sv: 'Julstängt', en: 'Closed' },
          },
        ],
      },
      services: CENTRE_SERVICES.filter((_, s) => (i + s) % 3 === 0),
      contact: {
        email: `larcentrum${i}@${town.toLowerCase()}.example`,
        phone: `0923-650 ${String(i).padStart(2, '0')}`,
      },
      url: `https://larcentrum-${i}.example/`,
    } satisfies Centre;
  });
}

/** Issue #6: 300 centres, nearest first, each with distance, map link and "open now", ≤ 50 ms. */
export const centreFinderRender = widgetBenchmark<LcCentreFinder>({
  name: 'lc-centre-finder, render, 300 centres by distance',
  budgetMs: 50,
  tag: 'lc-centre-finder',
  collections: { centres: centres(CENTRES) },
  configure: (el) => {
    el.now = NOW;
    el.near = '59.33,18.07';
    el.locate = true;
    el.mapUrlTemplate = 'https://www.openstreetmap.org/?mlat={lat}&mlon={lon}';
  },
  verify: (el) => {
    const found = el.shadowRoot?.querySelectorAll('[part~="centre"]').length;
    if (found !== CENTRES) throw new Error(`expected ${CENTRES} centres, found ${found}`);
  },
});
