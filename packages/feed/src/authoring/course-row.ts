/**
 * One spreadsheet row → one course. Every cell is read on its own, so a row
 * with two bad cells reports both; a row with any error is left out whole.
 */
import type {
  Course,
  CourseLevel,
  CreditSystem,
  LocalizedText,
  Provider,
  ProviderKind,
} from '../types.ts';
import {
  CellError,
  readCredits,
  readDate,
  readDateTime,
  readId,
  readLanguages,
  readList,
  readPace,
  readUrl,
} from './cells.ts';
import type { CsvRecord } from './csv.ts';
import {
  type ColumnTarget,
  type CourseField,
  DEFAULT_HEADERS,
  LOCALIZED_FIELDS,
} from './course-columns.ts';
import type { Lookup } from './lookup.ts';
import type { CourseMapping } from './mapping.ts';
import { isId, looseKey, slugify, uniqueId } from './slug.ts';
import {
  CREDIT_SYSTEM_WORDS,
  LEVEL_WORDS,
  MODE_WORDS,
  PROVIDER_KIND_WORDS,
  STATUS_WORDS,
  guessProviderKind,
  readWord,
} from './vocab.ts';

/** A column of the sheet and the field it fills. */
export interface Binding {
  index: number;
  header: string;
  target: ColumnTarget;
}

/** What reading a whole sheet shares between its rows. */
export interface CourseReader {
  /** The language of text columns without a language suffix (the feed's). */
  language: string;
  timeZone: string;
  mapping: CourseMapping;
  bindings: Binding[];
  /** The feed's providers, and those this import added. */
  providers: Lookup;
  providerKinds: Map<string, ProviderKind>;
  newProviders: Provider[];
  centres: Lookup;
  /** A feed was given: a centre it does not have is an error, not a new id. */
  centresKnown: boolean;
  subjects: Lookup;
  /** `--centre`: the centres of rows that name none. */
  defaultCentres?: string[];
  /** The feed's courses by id: what an empty required cell may keep. */
  existing: ReadonlyMap<string, Course>;
  /** Said once each, however many rows cause them. */
  notes: Set<string>;
  /** The feed's name in messages ("feed.json"). */
  feedName: string;
}

/** A row read: the course, or why it was left out. `derived` names fields the import guessed. */
export interface RowOutcome {
  course?: Course;
  errors: string[];
  derived: Set<keyof Course>;
}

/** Where a cell's text came from, for messages. */
interface Cell {
  text: string;
  where: string;
}

const LEVEL_BY_KIND: Partial<Record<ProviderKind, CourseLevel>> = {
  vocational: 'vocational',
  'adult-education': 'upper-secondary',
  'folk-high-school': 'upper-secondary',
};
const CREDITS_BY_KIND: Partial<Record<ProviderKind, CreditSystem>> = {
  university: 'hp',
  vocational: 'yh',
  'adult-education': 'gy',
};

/** `row 14`, or `row 14 (line 16)` when cells above it hold line breaks. */
export function rowLabel(record: CsvRecord): string {
  return record.row === record.line
    ? `row ${record.row}`
    : `row ${record.row} (line ${record.line})`;
}

/** Reads one data row. Rows whose cells are all empty give neither a course nor errors. */
export function readCourseRow(record: CsvRecord, reader: CourseReader): RowOutcome {
  const label = rowLabel(record);
  const errors: string[] = [];
  const derived = new Set<keyof Course>();
  const { scalar, texts } = cellsOf(record, reader);

  const read = <T>(field: CourseField, parse: (text: string) => T): T | undefined => {
    const cell = scalar.get(field);
    if (!cell) return undefined;
    try {
      return parse(reader.mapping.values[field]?.get(looseKey(cell.text)) ?? cell.text);
    } catch (error) {
      if (!(error instanceof CellError)) throw error;
      errors.push(`${label}, ${cell.where}: ${error.message}`);
      return undefined;
    }
  };
  const readItems = (field: CourseField, resolve: (item: string) => string) =>
    read(field, (text) => {
      const values = reader.mapping.values[field];
      const items = readList(text).map((item) => resolve(values?.get(looseKey(item)) ?? item));
      return items.length ? [...new Set(items)] : undefined;
    });

  const title = localized(texts.get('title'), reader.language);
  const description = localized(texts.get('description'), reader.language);
  const kindCell = read('providerKind', (text) => readWord(PROVIDER_KIND_WORDS, text));
  const provider = read('provider', (text) => resolveProvider(text, kindCell, reader));
  const kind = provider === undefined ? undefined : reader.providerKinds.get(provider);
  let level = read('level', (text) => readWord(LEVEL_WORDS, text));
  if (!scalar.has('level') && kind && LEVEL_BY_KIND[kind]) {
    level = LEVEL_BY_KIND[kind];
    derived.add('level');
  }
  const credits = read('credits', readCredits);
  const system = read('creditSystem', (text) => readWord(CREDIT_SYSTEM_WORDS, text));
  const systemFailed = scalar.has('creditSystem') && system === undefined;
  if (credits && !credits.system) credits.system = system ?? (kind && CREDITS_BY_KIND[kind]);
  if (credits && !credits.system && !systemFailed) {
    const cell = scalar.get('credits')!;
    errors.push(
      `${label}, ${cell.where}: ${JSON.stringify(cell.text)} of what? Write "7,5 hp" ` +
        `(hp, yh, gy or ects) or fill in a Poängsystem column`,
    );
  }
  const start = read('start', readDate);
  const end = read('end', readDate);
  const opens = read('applicationOpens', readDate);
  const closes = read('applicationCloses', readDate);
  if (start && end && end < start)
    errors.push(`${label}, ${scalar.get('end')!.where}: ends ${end}, before it starts (${start})`);
  if (opens && closes && closes < opens)
    errors.push(
      `${label}, ${scalar.get('applicationCloses')!.where}: applications close ${closes}, before they open (${opens})`,
    );

  const draft: Partial<Course> = {
    id: read('id', readId),
    code: read('code', (text) => text.trim()),
    title,
    description,
    provider,
    level,
    subjects: readItems('subjects', (item) => resolveSubject(item, reader)),
    credits: credits?.system ? (credits as Course['credits']) : undefined,
    pace: read('pace', readPace),
    mode: read('mode', (text) => readWord(MODE_WORDS, text)),
    languages: read('languages', (text) => [...new Set(readLanguages(text))]),
    start,
    end,
    applicationPeriod:
      opens || closes ? { ...(opens && { opens }), ...(closes && { closes }) } : undefined,
    url: read('url', readUrl),
    applyUrl: read('applyUrl', readUrl),
    centres: readItems('centres', (item) => resolveCentre(item, reader)) ?? reader.defaultCentres,
    status: read('status', (text) => readWord(STATUS_WORDS, text)),
    modified: read('modified', (text) => readDateTime(text, reader.timeZone)),
  };
  if (draft.id === undefined && title !== undefined)
    draft.id = deriveId(title, reader.language, provider, start);
  const existing = draft.id === undefined ? undefined : reader.existing.get(draft.id);

  // A required value may come from the feed's course of the same id (see docs/authoring.md).
  const need = (key: keyof Course, field: CourseField, what: string, hint: string) => {
    if (draft[key] !== undefined || existing?.[key] !== undefined || errors.length) return;
    const header = reader.bindings.find((b) => b.target.field === field)?.header;
    errors.push(
      header
        ? `${label}, column ${JSON.stringify(header)}: empty, and a course needs ${what}${hint}`
        : `${label}: a course needs ${what}${hint}, and the sheet has no ${DEFAULT_HEADERS[field].sv[0]}/${DEFAULT_HEADERS[field].en[0]} column`,
    );
  };
  need('title', 'title', 'a title', '');
  need('provider', 'provider', 'a provider', '');
  need('mode', 'mode', 'a study mode', ' (distans, hybrid or på plats)');
  need('level', 'level', 'a level', ' (e.g. grundnivå, avancerad nivå, gymnasial, yrkeshögskola)');
  if (errors.length) return { errors, derived };
  return { course: compact(draft) as unknown as Course, errors, derived };
}

/** The row's cells by field (empty cells left out), with the mapping's defaults for the rest. */
function cellsOf(record: CsvRecord, reader: CourseReader) {
  const scalar = new Map<CourseField, Cell>();
  const texts = new Map<CourseField, Map<string, Cell>>();
  for (const { index, header, target } of reader.bindings) {
    const text = (record.cells[index] ?? '').trim();
    if (!text) continue;
    const cell = { text, where: `column ${JSON.stringify(header)}` };
    if (LOCALIZED_FIELDS.has(target.field)) {
      const byLanguage = texts.get(target.field) ?? new Map<string, Cell>();
      byLanguage.set(target.language ?? reader.language, cell);
      texts.set(target.field, byLanguage);
    } else scalar.set(target.field, cell);
  }
  for (const [field, text] of Object.entries(reader.mapping.defaults) as [CourseField, string][]) {
    if (LOCALIZED_FIELDS.has(field)) {
      if (!texts.has(field))
        texts.set(field, new Map([[reader.language, { text, where: `default ${field}` }]]));
    } else if (!scalar.has(field) && !(field === 'centres' && reader.defaultCentres))
      scalar.set(field, { text, where: `the mapping's default ${field}` });
  }
  return { scalar, texts };
}

/** A plain string when the only text is in the feed's language, else one text per language. */
function localized(
  cells: Map<string, Cell> | undefined,
  language: string,
): LocalizedText | undefined {
  if (!cells?.size) return undefined;
  if (cells.size === 1 && cells.has(language)) return cells.get(language)!.text;
  return Object.fromEntries([...cells].map(([lang, cell]) => [lang, cell.text]));
}

/**
 * A stable id from what identifies a course instance: its title in the feed's
 * language, its provider and its start (`logistik-grundkurs-ju-2027-03-22`).
 */
export function deriveId(
  title: LocalizedText,
  language: string,
  provider: string | undefined,
  start: string | undefined,
): string {
  const text = typeof title === 'string' ? title : (title[language] ?? Object.values(title)[0]);
  return slugify([text, provider, start].filter(Boolean).join(' ')) || 'course';
}

function resolveProvider(
  text: string,
  kind: ProviderKind | undefined,
  reader: CourseReader,
): string {
  const found = reader.providers.find(text);
  if (found) return found;
  const name = text.trim();
  const base = slugify(name);
  if (!base) throw new CellError(`${JSON.stringify(name)} is not a provider's name or id`);
  const id = uniqueId(base, (candidate) => reader.providers.has(candidate));
  const guessed = kind ?? guessProviderKind(name);
  const provider: Provider = { id, name, kind: guessed ?? 'other' };
  reader.newProviders.push(provider);
  reader.providers.add(id, name);
  reader.providerKinds.set(id, provider.kind);
  return id;
}

function resolveCentre(item: string, reader: CourseReader): string {
  const found = reader.centres.find(item);
  if (found) return found;
  if (reader.centresKnown)
    throw new CellError(
      `${JSON.stringify(item)} is not a centre of ${reader.feedName} (its centres: ${reader.centres.sample() || 'none'})`,
    );
  const id = asId(item);
  if (!id) throw new CellError(`${JSON.stringify(item)} is not a centre's id or name`);
  if (id !== item) reader.notes.add(`centre "${item}" is written as the id "${id}"`);
  return id;
}

function resolveSubject(item: string, reader: CourseReader): string {
  const found = reader.subjects.find(item);
  if (found) return found;
  const id = asId(item);
  if (!id) throw new CellError(`${JSON.stringify(item)} is not a subject's id or name`);
  return id;
}

/** A name as an id: kept when it already is one in lower case (`kth:basar`), else made one (`Kalix` → `kalix`). */
function asId(text: string): string {
  return isId(text) && text === text.toLowerCase() ? text : slugify(text);
}

/** The draft without its unset fields, keeping the schema's order. */
function compact(draft: Partial<Course>): Partial<Course> {
  const out: Record<string, unknown> = {};
  for (const key in draft) {
    const value = draft[key as keyof Course];
    if (value !== undefined) out[key] = value;
  }
  return out as Partial<Course>;
}
