/**
 * The feed's vocabularies in the words people use in spreadsheets and
 * calendars, Swedish and English: `distans` is `distance`, `grundnivå` is
 * `bachelor`, `Öppet hus` is `open-house`. Matching ignores case, accents
 * and spacing (see `looseKey`).
 */
import {
  COURSE_LEVELS,
  COURSE_MODES,
  COURSE_STATUSES,
  CREDIT_SYSTEMS,
  EVENT_CATEGORIES,
  PROVIDER_KINDS,
} from '../schema/feed-definition.ts';
import type {
  CourseLevel,
  CourseMode,
  CourseStatus,
  CreditSystem,
  EventCategory,
  ProviderKind,
} from '../types.ts';
import { CellError } from './cells.ts';
import { looseKey } from './slug.ts';

/** A vocabulary: its values, and the other words for each. */
export interface Vocabulary<V extends string> {
  /** What one value is called in messages: "a mode". */
  what: string;
  values: readonly V[];
  aliases: Record<V, readonly string[]>;
}

export const MODE_WORDS: Vocabulary<CourseMode> = {
  what: 'a study mode',
  values: COURSE_MODES,
  aliases: {
    distance: ['distans', 'distansutbildning', 'distanskurs', 'nätbaserad', 'online', 'remote'],
    hybrid: ['blandad', 'kombinerad', 'flexibel', 'blended', 'delvis distans'],
    'on-site': [
      'på plats',
      'campus',
      'närundervisning',
      'klassrum',
      'platsbunden',
      'on site',
      'onsite',
      'in person',
      'classroom',
    ],
  },
};

export const LEVEL_WORDS: Vocabulary<CourseLevel> = {
  what: 'a level',
  values: COURSE_LEVELS,
  aliases: {
    preparatory: [
      'basår',
      'behörighetsgivande',
      'behörighetsgivande förutbildning',
      'förutbildning',
      'preparandkurs',
      'preparatory year',
    ],
    'upper-secondary': [
      'gymnasial',
      'gymnasial nivå',
      'gymnasienivå',
      'komvux gymnasial',
      'upper secondary',
    ],
    vocational: [
      'yrkeshögskola',
      'yh',
      'yh-utbildning',
      'higher vocational',
      'higher vocational education',
    ],
    bachelor: ['grundnivå', 'kandidat', 'kandidatnivå', 'first cycle', 'undergraduate'],
    master: ['avancerad nivå', 'avancerad', 'magister', 'masternivå', 'second cycle', 'graduate'],
    'continuing-education': [
      'fortbildning',
      'vidareutbildning',
      'kompetensutveckling',
      'continuing education',
    ],
    'contract-education': ['uppdragsutbildning', 'contract education'],
    other: ['övrigt', 'övrig', 'annat', 'sfi', 'grundläggande', 'grundläggande nivå'],
  },
};

export const STATUS_WORDS: Vocabulary<CourseStatus> = {
  what: 'a course status',
  values: COURSE_STATUSES,
  aliases: {
    open: ['öppen', 'öppet', 'sök nu', 'sökbar', 'open for applications'],
    full: ['fullsatt', 'fullt'],
    waitlist: ['reservlista', 'reserv', 'väntelista', 'kö', 'waiting list'],
    closed: ['stängd', 'stängt', 'ej sökbar', 'not open'],
    cancelled: ['inställd', 'inställt', 'avbruten', 'canceled'],
  },
};

export const PROVIDER_KIND_WORDS: Vocabulary<ProviderKind> = {
  what: 'a kind of provider',
  values: PROVIDER_KINDS,
  aliases: {
    university: ['universitet', 'högskola', 'lärosäte', 'university college'],
    vocational: ['yrkeshögskola', 'yh', 'yh-anordnare', 'higher vocational'],
    'adult-education': [
      'komvux',
      'vuxenutbildning',
      'kommunal vuxenutbildning',
      'sfi',
      'adult education',
    ],
    'folk-high-school': ['folkhögskola', 'folk high school'],
    employer: ['arbetsgivare', 'företag', 'company'],
    other: ['annan', 'övrig', 'studieförbund'],
  },
};

export const CREDIT_SYSTEM_WORDS: Vocabulary<CreditSystem> = {
  what: 'a credit system',
  values: CREDIT_SYSTEMS,
  aliases: {
    hp: ['högskolepoäng'],
    yh: ['yh-poäng', 'yhp', 'yrkeshögskolepoäng'],
    gy: ['gymnasiepoäng', 'gyp'],
    ects: ['ects credits', 'ects-poäng'],
  },
};

export const CATEGORY_WORDS: Vocabulary<EventCategory> = {
  what: 'an event category',
  values: EVENT_CATEGORIES,
  aliases: {
    lecture: ['föreläsning', 'föredrag', 'talk'],
    'streamed-lecture': [
      'streamad föreläsning',
      'webbsänd föreläsning',
      'livesänd föreläsning',
      'webbinarium',
      'webinar',
      'stream',
      'livestream',
    ],
    'employer-meeting': [
      'arbetsgivarträff',
      'arbetsgivarmöte',
      'branschträff',
      'jobbmässa',
      'kompetensfrukost',
      'employer meeting',
    ],
    'open-house': ['öppet hus', 'utbildningsmässa', 'mässa', 'open house', 'education fair'],
    'guidance-drop-in': [
      'drop-in',
      'drop in',
      'vägledning',
      'studievägledning',
      'drop-in vägledning',
      'guidance',
    ],
    exam: ['tentamen', 'tenta', 'tentamensdag', 'tentamensvecka', 'prov', 'examination'],
    workshop: ['verkstad', 'studieteknik', 'studiecirkel'],
    other: ['övrigt', 'annat'],
  },
};

const indexes = new WeakMap<Vocabulary<string>, Map<string, string>>();

function index<V extends string>(vocabulary: Vocabulary<V>): Map<string, V> {
  let found = indexes.get(vocabulary) as Map<string, V> | undefined;
  if (!found) {
    found = new Map();
    for (const value of vocabulary.values) {
      found.set(looseKey(value), value);
      for (const alias of vocabulary.aliases[value]) found.set(looseKey(alias), value);
    }
    indexes.set(vocabulary, found);
  }
  return found;
}

/** The value a word names, or undefined. */
export function matchWord<V extends string>(
  vocabulary: Vocabulary<V>,
  text: string,
): V | undefined {
  return index(vocabulary).get(looseKey(text));
}

/** The value a cell names. @throws CellError listing the values (and Swedish words) allowed. */
export function readWord<V extends string>(vocabulary: Vocabulary<V>, text: string): V {
  const value = matchWord(vocabulary, text);
  if (value) return value;
  const swedish = vocabulary.values
    .map((v) => vocabulary.aliases[v][0])
    .filter(Boolean)
    .join(', ');
  throw new CellError(
    `${JSON.stringify(text.trim())} is not ${vocabulary.what}: use ${vocabulary.values.join(', ')}` +
      (swedish ? ` (or ${swedish})` : ''),
  );
}

/**
 * The value whose word occurs in a longer text (a calendar event's title), the
 * longest word first so `webbsänd föreläsning` wins over `föreläsning`.
 */
export function findWord<V extends string>(vocabulary: Vocabulary<V>, text: string): V | undefined {
  const haystack = ` ${looseKey(text).replace(/[^a-z0-9-]+/g, ' ')} `;
  const words = [...index(vocabulary)].sort(([a], [b]) => b.length - a.length);
  for (const [word, value] of words)
    if (haystack.includes(` ${word.replace(/[^a-z0-9-]+/g, ' ')} `)) return value;
  return undefined;
}

/**
 * A provider's kind guessed from its name (`Umeå universitet`, `Kalix
 * folkhögskola`, `Komvux Motala`, `YH Campus Varberg`), or undefined.
 */
export function guessProviderKind(name: string): ProviderKind | undefined {
  const key = ` ${looseKey(name).replace(/[^a-z0-9]+/g, ' ')} `;
  if (/yrkeshogskola| yh /.test(key)) return 'vocational';
  if (/folkhogskola/.test(key)) return 'folk-high-school';
  if (/komvux|vuxenutbildning/.test(key)) return 'adult-education';
  if (/universitet|university|hogskola|college| kth /.test(key)) return 'university';
  return undefined;
}
