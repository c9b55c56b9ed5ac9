/**
 * Builds the synthetic feed: the sample feed's centres, providers, subjects,
 * guidance and partners, plus as many made-up courses, events, centres and
 * partners as asked for, all valid and all decided by one seeded PRNG.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Centre, Feed, Partner, PartnerKind, Provider } from '../../src/types.ts';
import { validateFeed } from '../../src/validate.ts';
import { makeCourse } from './courses.ts';
import { Dice } from './dice.ts';
import { makeEvent } from './events.ts';
import { TIME_ZONE } from './format.ts';
import { PARTNER_NAMES, TOPICS, TOWNS } from './words.ts';

/** What to generate. Every number is a whole number ≥ 0. */
export interface GenerateFeedOptions {
  /** Number of courses (default 10,000). */
  courses?: number;
  /** Number of events (default 2,000). */
  events?: number;
  /** Number of centres, at least 1 (default: the sample feed's 12); more are made up from Swedish towns. */
  centres?: number;
  /** Number of partners (default: the sample feed's 14); more reuse the sample's logo files. */
  partners?: number;
  /** PRNG seed: the same options always give the same feed (default 1). */
  seed?: number;
}

/** The building blocks: packages/feed/examples/sample-feed.json. */
export const SAMPLE_FEED_FILE = fileURLToPath(
  new URL('../../examples/sample-feed.json', import.meta.url),
);

const PARTNER_KINDS = Object.keys(PARTNER_NAMES) as PartnerKind[];

/**
 * Builds a large, valid feed in memory. Deterministic: the same options give
 * the same feed. Centres, providers, subjects, guidance and logos come from the
 * sample feed (`SAMPLE_FEED_FILE`), so the data looks like a real network's,
 * only much more of it.
 * @throws RangeError when a number is not a whole number ≥ 0 (centres: ≥ 1).
 */
export function generateFeed(options: GenerateFeedOptions = {}): Feed {
  const sample = validateFeed(JSON.parse(readFileSync(SAMPLE_FEED_FILE, 'utf8'))).feed;
  const { courses = 10_000, events = 2_000, seed = 1 } = options;
  const centreCount = options.centres ?? sample.centres.length;
  const partnerCount = options.partners ?? sample.partners.length;
  const numbers = { courses, events, centres: centreCount, partners: partnerCount, seed };
  for (const [name, value] of Object.entries(numbers))
    if (!Number.isInteger(value) || value < 0)
      throw new RangeError(`${name} must be a whole number ≥ 0, got ${value}`);
  if (centreCount < 1) throw new RangeError('centres must be at least 1');

  const dice = new Dice(seed);
  const centres = makeCentres(sample.centres, centreCount);
  const centreIds = new Set(centres.map((c) => c.id));
  const byKind = new Map<string, Provider[]>();
  for (const provider of sample.providers)
    byKind.set(provider.kind, [...(byKind.get(provider.kind) ?? []), provider]);
  const courseBlocks = { providers: byKind, subjects: sample.subjects.map((s) => s.id), centres };
  const eventBlocks = {
    centres,
    providers: sample.providers,
    topics: Object.values(TOPICS).flat(),
  };

  return {
    version: '1.0',
    publisher: sample.publisher,
    language: sample.language,
    timeZone: TIME_ZONE,
    updated: sample.updated,
    ...(sample.calendar && { calendar: sample.calendar }),
    centres,
    providers: sample.providers,
    subjects: sample.subjects,
    courses: Array.from({ length: courses }, (_, i) => makeCourse(i, dice, courseBlocks)),
    events: Array.from({ length: events }, (_, i) => makeEvent(i, dice, eventBlocks)),
    ...(sample.guidance && {
      guidance: {
        ...sample.guidance,
        services: sample.guidance.services.map((s) => ({
          ...s,
          centres: s.centres?.filter((c) => centreIds.has(c)),
        })),
      },
    }),
    partners: makePartners(sample.partners, centres, partnerCount, dice),
  };
}

/** The sample's first `count` centres, then made-up ones in other towns (numbered once the towns run out). */
function makeCentres(sample: Centre[], count: number): Centre[] {
  const out = sample.slice(0, count);
  for (let i = out.length; i < count; i++) {
    const [town, lat, lon] = TOWNS[(i - sample.length) % TOWNS.length];
    const round = Math.floor((i - sample.length) / TOWNS.length);
    const n = round ? ` ${round + 1}` : '';
    const slug = town
      .toLowerCase()
      .normalize('NFD')
      .replace(/[^a-z]/g, '');
    // A real centre's hours and services; the made-up one's name, place and links.
    const { openingHours, services } = sample[i % sample.length];
    out.push({
      id: round ? `${slug}-${round + 1}` : slug,
      name: { sv: `Lärcentrum ${town}${n}`, en: `${town} Learning Centre${n}` },
      municipality: town,
      address: { street: `Storgatan ${1 + (i % 40)}`, city: town, country: 'SE' },
      geo: { lat: +(lat + round * 0.01).toFixed(4), lon: +(lon + round * 0.01).toFixed(4) },
      ...(openingHours && { openingHours }),
      services,
      url: `https://www.${slug}.se/larcentrum`,
    });
  }
  return out;
}

/** The sample's first `count` partners (their centres limited to the feed's), then made-up ones. */
function makePartners(sample: Partner[], centres: Centre[], count: number, dice: Dice): Partner[] {
  const ids = new Set(centres.map((c) => c.id));
  const out = sample
    .slice(0, count)
    .map((p) => ({ ...p, centres: p.centres?.filter((c) => ids.has(c)) }));
  for (let i = out.length; i < count; i++) {
    const centre = centres[i % centres.length];
    const kind = PARTNER_KINDS[i % PARTNER_KINDS.length];
    const name = `${PARTNER_NAMES[kind](centre.municipality)} ${i + 1}`;
    out.push({
      id: `partner-${i + 1}`,
      name,
      kind,
      url: `https://partner-${i + 1}.example.se/`,
      // The sample's logo files, so a generated feed written to examples/ shows real images.
      logo: { ...sample[i % sample.length].logo!, alt: name },
      tier: dice.pick(['strategic', 'partner', 'supporter']),
      centres: [centre.id],
    });
  }
  return out;
}
