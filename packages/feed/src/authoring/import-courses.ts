/**
 * `lc-feed import courses.csv`: a spreadsheet of courses → feed courses (and
 * the providers it names that the feed does not have yet). Rows that cannot be
 * read are reported and left out; a file that is not CSV, or has no column for
 * something every course needs, is refused whole.
 */
import type { Course, Feed, Provider } from '../types.ts';
import { CsvSyntaxError, parseCsv } from './csv.ts';
import {
  type ColumnTarget,
  type CourseField,
  LOCALIZED_FIELDS,
  defaultTarget,
  headerFor,
} from './course-columns.ts';
import { type Binding, type CourseReader, readCourseRow, rowLabel } from './course-row.ts';
import { decodeText, type TextEncoding } from './decode.ts';
import { ImportError } from './import-error.ts';
import { Lookup } from './lookup.ts';
import { type CourseMapping, EMPTY_MAPPING } from './mapping.ts';
import { looseKey } from './slug.ts';

export interface CourseImportOptions {
  mapping?: CourseMapping;
  /** The feed the courses go into: its centres, providers and subjects are found by name, its courses kept. */
  feed?: Pick<Feed, 'language' | 'timeZone' | 'centres' | 'providers' | 'subjects' | 'courses'>;
  /** The feed's name in messages. */
  feedName?: string;
  /** Language of text columns without a language suffix (default: the feed's, else `sv`). */
  language?: string;
  /** Zone of local date-times when there is no feed (default `Europe/Stockholm`). */
  timeZone?: string;
  /** `--centre`: centres of rows that name none. */
  centres?: string[];
}

/** Which course properties the sheet speaks for: what importing into a feed replaces. */
export interface Coverage {
  /** Top-level course keys, and `applicationPeriod.opens` / `.closes`. */
  keys: Set<string>;
  /** For text fields: the languages the sheet has columns for. */
  languages: Map<string, Set<string>>;
}

export interface CourseImport {
  courses: Course[];
  /** Providers the courses name that the feed does not have: added by the import. */
  providers: Provider[];
  /** One line per problem in a row that was left out: `row 14, column "Poäng": "sju" is not a number`. */
  errors: string[];
  /** Things worth knowing that left nothing out. */
  notes: string[];
  /** Data rows in the file (blank rows not counted). */
  rows: number;
  /** Rows left out for errors. */
  skipped: number;
  coverage: Coverage;
  /** Per course id, the properties the import guessed (they never replace the feed's own). */
  derived: Map<string, Set<keyof Course>>;
  delimiter: string;
  encoding: TextEncoding;
}

const KEY_OF: Partial<Record<CourseField, string>> = {
  applicationOpens: 'applicationPeriod.opens',
  applicationCloses: 'applicationPeriod.closes',
  creditSystem: 'credits',
  providerKind: '',
};

/** Reads a courses spreadsheet. @throws ImportError when the file cannot be imported at all */
export function importCourses(bytes: Uint8Array, options: CourseImportOptions = {}): CourseImport {
  const mapping = options.mapping ?? EMPTY_MAPPING;
  const { text, encoding } = decodeText(bytes);
  const notes: string[] = [];
  if (encoding === 'windows-1252')
    notes.push(
      'the file is not UTF-8; it was read as Windows-1252 (Excel\'s "CSV (semikolonavgränsad)"). Save as "CSV UTF-8" to be sure å, ä and ö come through',
    );
  let parsed;
  try {
    parsed = parseCsv(text, { delimiter: mapping.delimiter });
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw new ImportError(error.message);
    throw error;
  }
  const [header, ...records] = parsed.records;
  if (!header) throw new ImportError('the file is empty: the first row should name the columns');

  const feed = options.feed;
  const language = mapping.language ?? options.language ?? feed?.language ?? 'sv';
  const bindings = bind(header.cells, mapping, language, notes);
  if (!feed?.courses.length) requireColumns(bindings, mapping, header.cells);

  const reader: CourseReader = {
    language,
    timeZone: feed?.timeZone ?? options.timeZone ?? 'Europe/Stockholm',
    mapping,
    bindings,
    providers: new Lookup(feed?.providers),
    providerKinds: new Map(feed?.providers.map((p) => [p.id, p.kind])),
    newProviders: [],
    centres: new Lookup(feed?.centres),
    centresKnown: feed !== undefined,
    subjects: new Lookup(feed?.subjects),
    defaultCentres: options.centres,
    existing: new Map(feed?.courses.map((c) => [c.id, c])),
    notes: new Set(),
    feedName: options.feedName ?? 'the feed',
  };

  const errors: string[] = [];
  const byId = new Map<string, { course: Course; label: string }>();
  const derived = new Map<string, Set<keyof Course>>();
  let rows = 0;
  let skipped = 0;
  for (const record of records) {
    if (record.cells.every((cell) => !cell.trim())) continue;
    rows++;
    const extra = record.cells.slice(header.cells.length).filter((cell) => cell.trim());
    if (extra.length) {
      skipped++;
      errors.push(
        `${rowLabel(record)}: ${record.cells.length} cells, but the header names ${header.cells.length} columns ` +
          `(a missing quote, or a ${describeDelimiter(parsed.delimiter)} inside a cell?)`,
      );
      continue;
    }
    const outcome = readCourseRow(record, reader);
    errors.push(...outcome.errors);
    const course = outcome.course;
    if (!course) {
      skipped++;
      continue;
    }
    const label = rowLabel(record);
    const first = byId.get(course.id);
    if (!first) {
      byId.set(course.id, { course, label });
      derived.set(course.id, outcome.derived);
    } else if (sameButCentres(first.course, course)) {
      // One row per centre for the same course: a common way to keep such a sheet.
      const centres = [...new Set([...(first.course.centres ?? []), ...(course.centres ?? [])])];
      if (centres.length) first.course.centres = centres;
    } else {
      skipped++;
      errors.push(
        `${label}: the course "${course.id}" is already on ${first.label}, with other values ` +
          (bindings.some((b) => b.target.field === 'id')
            ? '(two rows with one Id)'
            : '(same title, provider and start; give the rows an Id column to tell them apart)'),
      );
    }
  }

  const courses = [...byId.values()].map(({ course }) => course);
  const used = new Set(courses.map((c) => c.provider));
  const providers = reader.newProviders.filter((p) => used.has(p.id));
  for (const provider of providers)
    notes.push(
      `provider "${provider.name}" is not in ${reader.feedName}: added as "${provider.id}", kind "${provider.kind}"` +
        (provider.kind === 'other'
          ? ' (set its kind: university, vocational, adult-education…)'
          : ''),
    );
  notes.push(...reader.notes);
  return {
    courses,
    providers,
    errors,
    notes,
    rows,
    skipped,
    coverage: coverage(bindings, mapping, language, options.centres !== undefined),
    derived,
    delimiter: parsed.delimiter,
    encoding,
  };
}

/** Which column fills which field; unknown columns are noted, two columns for one field refused. */
function bind(
  headers: string[],
  mapping: CourseMapping,
  language: string,
  notes: string[],
): Binding[] {
  const bindings: Binding[] = [];
  headers.forEach((raw, index) => {
    const header = raw.trim();
    if (!header) return;
    const mapped = mapping.columns.get(looseKey(header));
    if (mapped === null) return;
    const target = mapped ?? defaultTarget(header);
    if (!target) {
      notes.push(`column "${header}" is not used (not a known header; a mapping file can name it)`);
      return;
    }
    // `Kursnamn` and `Kursnamn (sv)` are one column twice in a Swedish sheet.
    const languageOf = (t: ColumnTarget) =>
      LOCALIZED_FIELDS.has(t.field) ? (t.language ?? language) : undefined;
    const twin = bindings.find(
      (b) => b.target.field === target.field && languageOf(b.target) === languageOf(target),
    );
    if (twin)
      throw new ImportError(
        `columns "${twin.header}" and "${header}" both hold the course's ${target.field}` +
          `${target.language ? ` (${target.language})` : ''}: keep one, or map the other to null in a mapping file`,
      );
    bindings.push({ index, header, target });
  });
  return bindings;
}

/** Without a feed to keep values from, a sheet lacking one of these could import nothing. */
function requireColumns(bindings: Binding[], mapping: CourseMapping, headers: string[]): void {
  const needed: [CourseField, string][] = [
    ['title', 'the course title'],
    ['provider', 'the provider'],
    ['mode', 'the study mode (distans, hybrid, på plats)'],
  ];
  for (const [field, what] of needed) {
    if (bindings.some((b) => b.target.field === field) || mapping.defaults[field] !== undefined)
      continue;
    throw new ImportError(
      `no column for ${what}: name one ${headerFor(field, 'sv')} or ${headerFor(field, 'en')}, ` +
        `or map yours in a mapping file (the columns are: ${headers.filter(Boolean).join(', ')})`,
    );
  }
}

function coverage(
  bindings: Binding[],
  mapping: CourseMapping,
  language: string,
  centres: boolean,
): Coverage {
  const keys = new Set<string>();
  const languages = new Map<string, Set<string>>();
  const fields = [
    ...bindings.map((b) => b.target),
    ...Object.keys(mapping.defaults).map((field) => ({
      field: field as CourseField,
      language: undefined,
    })),
  ];
  for (const target of fields) {
    const { field } = target;
    const key = KEY_OF[field] ?? field;
    if (key) keys.add(key);
    if (field === 'title' || field === 'description') {
      const set = languages.get(field) ?? new Set<string>();
      set.add(target.language ?? language);
      languages.set(field, set);
    }
  }
  if (centres) keys.add('centres');
  return { keys, languages };
}

function sameButCentres(a: Course, b: Course): boolean {
  return (
    JSON.stringify({ ...a, centres: undefined }) === JSON.stringify({ ...b, centres: undefined })
  );
}

function describeDelimiter(delimiter: string): string {
  return delimiter === '\t' ? 'tab' : delimiter === ';' ? 'semicolon' : 'comma';
}
