/**
 * The mapping file: for a spreadsheet whose headers are not the default ones,
 * which column is which field, default values for fields the sheet lacks, and
 * the sheet's own words for values. Its format is documented in docs/authoring.md:
 *
 *   {
 *     "columns": { "Kursens namn": "title", "Engelskt namn": "title:en", "Intern notering": null },
 *     "defaults": { "mode": "distans", "centres": "vaggeryd" },
 *     "values": { "centres": { "Fenix": "vaggeryd" } },
 *     "delimiter": ";",
 *     "language": "sv"
 *   }
 */
import { LANGUAGE_TAG_PATTERN } from '../schema/feed-definition.ts';
import { CSV_DELIMITERS, type CsvDelimiter } from './csv.ts';
import {
  COURSE_FIELDS,
  LOCALIZED_FIELDS,
  type ColumnTarget,
  type CourseField,
  parseTarget,
} from './course-columns.ts';
import { looseKey } from './slug.ts';

export interface CourseMapping {
  /** By `looseKey` of the header: the target, or null to ignore the column. */
  columns: Map<string, ColumnTarget | null>;
  /** Text used when a row has no cell for the field, read like a cell. */
  defaults: Partial<Record<CourseField, string>>;
  /** Per field, by `looseKey` of a cell (or list item): the text to read instead. */
  values: Partial<Record<CourseField, Map<string, string>>>;
  delimiter?: CsvDelimiter;
  /** The language of text columns without a language suffix. */
  language?: string;
}

/** The mapping file is not usable; the message names the place in it. */
export class MappingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MappingError';
  }
}

export const EMPTY_MAPPING: CourseMapping = { columns: new Map(), defaults: {}, values: {} };

const FIELDS = COURSE_FIELDS.join(', ');
const KEYS = ['columns', 'defaults', 'values', 'delimiter', 'language'];

/** Checks a parsed mapping file. @throws MappingError naming what is wrong and where. */
export function parseMapping(data: unknown): CourseMapping {
  const root = record(data, '(mapping)');
  for (const key of Object.keys(root))
    if (!KEYS.includes(key)) throw new MappingError(`${key}: unknown key (use ${KEYS.join(', ')})`);

  const columns = new Map<string, ColumnTarget | null>();
  for (const [header, target] of Object.entries(record(root.columns ?? {}, 'columns'))) {
    if (target === null) {
      columns.set(looseKey(header), null);
      continue;
    }
    const parsed = typeof target === 'string' ? parseTarget(target) : undefined;
    if (!parsed)
      throw new MappingError(
        `columns.${JSON.stringify(header)}: ${JSON.stringify(target)} is not a field (use one of ${FIELDS}; ` +
          `"title:en" for a translation; null to ignore the column)`,
      );
    columns.set(looseKey(header), parsed);
  }

  const defaults: CourseMapping['defaults'] = {};
  for (const [field, text] of Object.entries(record(root.defaults ?? {}, 'defaults'))) {
    const known = fieldName(field, 'defaults');
    defaults[known] = cellText(text, `defaults.${field}`);
  }

  const values: CourseMapping['values'] = {};
  for (const [field, table] of Object.entries(record(root.values ?? {}, 'values'))) {
    const known = fieldName(field, 'values');
    if (LOCALIZED_FIELDS.has(known))
      throw new MappingError(`values.${field}: text fields are taken as they are`);
    const map = new Map<string, string>();
    for (const [from, to] of Object.entries(record(table, `values.${field}`)))
      map.set(looseKey(from), cellText(to, `values.${field}.${JSON.stringify(from)}`));
    values[known] = map;
  }

  const mapping: CourseMapping = { columns, defaults, values };
  if (root.delimiter !== undefined) {
    const delimiter = root.delimiter === 'tab' ? '\t' : root.delimiter;
    if (!CSV_DELIMITERS.includes(delimiter as CsvDelimiter))
      throw new MappingError(
        `delimiter: use ";", "," or "tab", not ${JSON.stringify(root.delimiter)}`,
      );
    mapping.delimiter = delimiter as CsvDelimiter;
  }
  if (root.language !== undefined) {
    if (typeof root.language !== 'string' || !LANGUAGE_TAG_PATTERN.test(root.language))
      throw new MappingError(
        `language: expected a language tag such as "sv", got ${JSON.stringify(root.language)}`,
      );
    mapping.language = root.language;
  }
  return mapping;
}

function record(value: unknown, path: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new MappingError(`${path}: expected an object ({ … })`);
  return value as Record<string, unknown>;
}

function fieldName(field: string, path: string): CourseField {
  if ((COURSE_FIELDS as readonly string[]).includes(field)) return field as CourseField;
  throw new MappingError(`${path}.${field}: not a field (use one of ${FIELDS})`);
}

/** Defaults and value replacements are written as a cell would be; numbers and lists are accepted too. */
function cellText(value: unknown, path: string): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value) && value.every((item) => typeof item === 'string'))
    return value.join(', ');
  throw new MappingError(`${path}: expected text, got ${JSON.stringify(value)}`);
}
