/**
 * Which spreadsheet column holds which part of a course: the default header
 * names (Swedish and English, matched ignoring case, accents and spacing), a
 * language suffix for translations (`Kursnamn (en)`), and a mapping file's
 * own names.
 */
import { LANGUAGE_TAG_PATTERN } from '../schema/feed-definition.ts';
import { looseKey } from './slug.ts';

/** The course fields a column can fill. */
export const COURSE_FIELDS = [
  'id',
  'code',
  'title',
  'description',
  'provider',
  'providerKind',
  'level',
  'subjects',
  'credits',
  'creditSystem',
  'pace',
  'mode',
  'languages',
  'start',
  'end',
  'applicationOpens',
  'applicationCloses',
  'url',
  'applyUrl',
  'centres',
  'status',
  'modified',
] as const;
export type CourseField = (typeof COURSE_FIELDS)[number];

/** Fields holding human text: a column may carry a language (`Kursnamn (en)`). */
export const LOCALIZED_FIELDS: ReadonlySet<CourseField> = new Set(['title', 'description']);

/**
 * The default header names per field, Swedish first then English; the first of
 * each is what `lc-feed export courses` writes. docs/authoring.md lists them.
 */
export const DEFAULT_HEADERS: Record<CourseField, { sv: string[]; en: string[] }> = {
  id: { sv: ['Id', 'Kurs-id', 'Kursid'], en: ['Id', 'Course id'] },
  code: {
    sv: ['Kurskod', 'Anmälningskod', 'Kod'],
    en: ['Code', 'Course code', 'Application code'],
  },
  title: {
    sv: ['Kursnamn', 'Titel', 'Kurs', 'Utbildning', 'Utbildningens namn', 'Namn'],
    en: ['Title', 'Course', 'Course title', 'Course name', 'Name'],
  },
  description: { sv: ['Beskrivning', 'Om kursen'], en: ['Description', 'About'] },
  provider: {
    sv: ['Anordnare', 'Utbildningsanordnare', 'Lärosäte', 'Skola'],
    en: ['Provider', 'Course provider', 'Institution'],
  },
  providerKind: { sv: ['Anordnartyp', 'Typ av anordnare'], en: ['Provider kind', 'Provider type'] },
  level: { sv: ['Nivå', 'Utbildningsnivå'], en: ['Level'] },
  subjects: { sv: ['Ämnen', 'Ämne', 'Ämnesområde'], en: ['Subjects', 'Subject'] },
  credits: { sv: ['Poäng', 'Högskolepoäng', 'Omfattning'], en: ['Credits', 'Points'] },
  creditSystem: { sv: ['Poängsystem', 'Poängtyp'], en: ['Credit system', 'Credit type'] },
  pace: { sv: ['Studietakt', 'Takt', 'Studietempo'], en: ['Pace', 'Study pace'] },
  mode: { sv: ['Studieform', 'Undervisningsform', 'Form'], en: ['Mode', 'Study mode', 'Delivery'] },
  languages: {
    sv: ['Språk', 'Undervisningsspråk'],
    en: ['Languages', 'Language', 'Language of instruction'],
  },
  start: { sv: ['Start', 'Startdatum', 'Kursstart'], en: ['Start date', 'Starts'] },
  end: { sv: ['Slut', 'Slutdatum', 'Kursslut'], en: ['End', 'End date', 'Ends'] },
  applicationOpens: {
    sv: ['Ansökan öppnar', 'Första ansökningsdag'],
    en: ['Application opens', 'Applications open'],
  },
  applicationCloses: {
    sv: ['Sista ansökningsdag', 'Ansökan stänger', 'Sista ansökan'],
    en: ['Application closes', 'Applications close', 'Application deadline', 'Deadline'],
  },
  url: {
    sv: ['Webbsida', 'Kurssida', 'Länk', 'Webbadress'],
    en: ['URL', 'Web page', 'Course page', 'Link'],
  },
  applyUrl: {
    sv: ['Ansökningslänk', 'Anmälningslänk', 'Länk till ansökan', 'Ansök'],
    en: ['Apply URL', 'Application URL', 'Apply link', 'Apply'],
  },
  centres: {
    sv: ['Lärcentrum', 'Lärcentra', 'Studieort'],
    en: ['Centres', 'Centre', 'Centers', 'Center', 'Learning centre'],
  },
  status: { sv: ['Status'], en: ['Status'] },
  modified: { sv: ['Ändrad', 'Senast ändrad'], en: ['Modified', 'Last modified'] },
};

/** What a column holds: a field, and for human text the language it is in. */
export interface ColumnTarget {
  field: CourseField;
  /** Only for localized fields: the language of this column (none: the feed's language). */
  language?: string;
}

const BY_HEADER = new Map<string, CourseField>();
for (const field of COURSE_FIELDS)
  for (const header of [...DEFAULT_HEADERS[field].sv, ...DEFAULT_HEADERS[field].en])
    BY_HEADER.set(looseKey(header), field);

const LANGUAGE_WORDS: Record<string, string> = {
  svenska: 'sv',
  swedish: 'sv',
  engelska: 'en',
  english: 'en',
  finska: 'fi',
  finnish: 'fi',
};

/** `Kursnamn (en)`, `Title [sv]`, `Kursnamn (engelska)`: the name and its language. */
export function splitLanguage(header: string): { name: string; language?: string } {
  const m = /^(.*?)\s*[([]\s*([^)\]]+?)\s*[)\]]\s*$/.exec(header.trim());
  if (!m) return { name: header };
  const word = m[2];
  const language =
    LANGUAGE_WORDS[looseKey(word)] ?? (LANGUAGE_TAG_PATTERN.test(word) ? word : undefined);
  return language ? { name: m[1], language: language.toLowerCase() } : { name: header };
}

/**
 * The field a header names by the default table, or undefined. A language
 * suffix counts only on the fields that hold human text.
 */
export function defaultTarget(header: string): ColumnTarget | undefined {
  const whole = BY_HEADER.get(looseKey(header));
  if (whole) return { field: whole };
  const { name, language } = splitLanguage(header);
  const field = language ? BY_HEADER.get(looseKey(name)) : undefined;
  return field && LOCALIZED_FIELDS.has(field) ? { field, language } : undefined;
}

/**
 * A mapping file's target: `"title"`, `"title:en"`. Undefined when the text
 * names no field (or a language on a field that has none).
 */
export function parseTarget(text: string): ColumnTarget | undefined {
  const [field, language, ...rest] = text.split(':');
  if (rest.length || !(COURSE_FIELDS as readonly string[]).includes(field)) return undefined;
  if (language === undefined) return { field: field as CourseField };
  if (!LOCALIZED_FIELDS.has(field as CourseField) || !LANGUAGE_TAG_PATTERN.test(language))
    return undefined;
  return { field: field as CourseField, language: language.toLowerCase() };
}

/** The header `lc-feed export courses` writes for a field (and language). */
export function headerFor(field: CourseField, headers: 'sv' | 'en', language?: string): string {
  const name = DEFAULT_HEADERS[field][headers][0];
  return language ? `${name} (${language})` : name;
}
