/** Made-up courses: a provider of some kind, a topic, a term, credits as that kind gives them. */
import { pad, parseDayKey } from '../../src/time/civil.ts';
import type { Centre, Course, CourseLevel, Provider, ProviderKind } from '../../src/types.ts';
import type { Dice } from './dice.ts';
import { SITE, at, split, text } from './format.ts';
import { SUFFIXES, TERMS, TOPICS } from './words.ts';

const PROVIDER_KIND_WEIGHTS = {
  university: 50,
  vocational: 20,
  'adult-education': 25,
  'folk-high-school': 5,
};
const LEVEL_WEIGHTS: Record<string, Partial<Record<CourseLevel, number>>> = {
  university: {
    bachelor: 60,
    master: 10,
    'continuing-education': 20,
    preparatory: 3,
    'contract-education': 7,
  },
  vocational: { vocational: 1 },
  'adult-education': { 'upper-secondary': 85, other: 15 },
  'folk-high-school': { 'upper-secondary': 60, other: 40 },
};
const PACE_WEIGHTS = { 25: 30, 50: 40, 75: 5, 100: 25 };
const MODE_WEIGHTS = { distance: 55, hybrid: 30, 'on-site': 15 };
const LANGUAGE_WEIGHTS = { sv: 80, 'sv,en': 15, en: 5 };
const STATUS_WEIGHTS = { open: 78, full: 7, waitlist: 7, closed: 5, cancelled: 3 };

/** What courses are made from: the sample's providers by kind, subject ids and centres. */
export interface CourseBlocks {
  providers: Map<string, Provider[]>;
  subjects: string[];
  centres: Centre[];
}

/** The `i`th made-up course (its id ends in i + 1). */
export function makeCourse(
  i: number,
  dice: Dice,
  { providers, subjects, centres }: CourseBlocks,
): Course {
  const kind: ProviderKind = dice.weighted(PROVIDER_KIND_WEIGHTS);
  const provider = dice.pick(providers.get(kind) ?? [...providers.values()].flat());
  const level = dice.weighted(LEVEL_WEIGHTS[provider.kind] ?? LEVEL_WEIGHTS.university);
  const courseSubjects = dice.some(subjects, dice.chance(0.3) ? 2 : 1);
  const topic = dice.pick(TOPICS[courseSubjects[0]] ?? TOPICS.math);
  const [topicSv, topicEn] = split(topic);
  const pace = Number(dice.weighted(PACE_WEIGHTS));
  const credits = creditsFor(provider.kind, level, dice);
  const term = dice.pick(TERMS);
  const [opens, closes] = dice.pick(term.periods);
  const courseCentres = dice.chance(0.85)
    ? dice.some(centres, dice.int(1, 4)).map((c) => c.id)
    : undefined;
  const id = `${provider.id}-${pad(i + 1, 5)}`;
  const home = (provider.url ?? `${SITE}/`).replace(/\/?$/, '/');
  return {
    id,
    code: `${provider.id
      .replace(/[^a-z]/g, '')
      .slice(0, 3)
      .toUpperCase()}${dice.int(100, 999)}`,
    title: text(topic, dice.chance(0.7) ? dice.pick(SUFFIXES[level]) : '|'),
    ...(dice.chance(0.6) && {
      description: {
        sv: `${topicSv} med stöd från ditt lärcentrum. Studietakt ${pace} %.`,
        en: `${topicEn} with support from your learning centre. Pace ${pace}%.`,
      },
    }),
    provider: provider.id,
    level,
    subjects: courseSubjects,
    ...(credits && { credits }),
    pace,
    mode: dice.weighted(MODE_WEIGHTS),
    languages: dice.weighted(LANGUAGE_WEIGHTS).split(','),
    start: term.start,
    end: term.end,
    applicationPeriod: { opens, closes },
    url: `${home}utbildning/${id}`,
    applyUrl:
      provider.kind === 'university'
        ? `https://www.antagning.se/se/search?freeText=${id}`
        : `${home}ansok`,
    ...(courseCentres && { centres: courseCentres }),
    ...(courseCentres &&
      dice.chance(0.12) && {
        sessions: labs(parseDayKey(term.start) + dice.int(7, 90), courseCentres, dice),
      }),
    status: dice.weighted(STATUS_WEIGHTS),
  };
}

/** Credits as each kind of provider gives them: hp (now and then ECTS), YH points, upper-secondary points, or none. */
function creditsFor(kind: ProviderKind, level: CourseLevel, dice: Dice): Course['credits'] {
  if (kind === 'university')
    return dice.chance(0.03)
      ? { value: 5, system: 'ects' }
      : { value: Number(dice.weighted({ 7.5: 60, 15: 25, 30: 12, 180: 3 })), system: 'hp' };
  if (kind === 'vocational')
    return {
      value: Number(dice.weighted({ 25: 15, 30: 15, 40: 10, 200: 20, 300: 15, 400: 25 })),
      system: 'yh',
    };
  if (kind === 'adult-education' && level !== 'other')
    return {
      value: Number(dice.weighted({ 50: 10, 100: 60, 200: 10, 400: 10, 800: 5, 1500: 5 })),
      system: 'gy',
    };
  return undefined;
}

/** One to three lab days, a fortnight apart, at the course's centres. */
function labs(firstDay: number, centres: string[], dice: Dice): Course['sessions'] {
  return Array.from({ length: dice.int(1, 3) }, (_, k) => ({
    title: { sv: `Laboration ${k + 1}`, en: `Lab ${k + 1}` },
    kind: 'lab' as const,
    start: at(firstDay + k * 14, 9 * 60),
    end: at(firstDay + k * 14, 15 * 60),
    centre: dice.pick(centres),
  }));
}
