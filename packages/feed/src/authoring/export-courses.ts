/**
 * `lc-feed export courses`: a feed's courses as a spreadsheet that
 * `lc-feed import` reads back to the same courses. Sessions are not in it:
 * importing the sheet into the feed keeps them (see docs/authoring.md).
 */
import type { Course, Feed, LocalizedText } from '../types.ts';
import { type CsvDelimiter, writeCsv } from './csv.ts';
import { COURSE_FIELDS, type CourseField, headerFor } from './course-columns.ts';

export interface ExportCoursesOptions {
  /** Header names in Swedish (default) or English. */
  headers?: 'sv' | 'en';
  /** Default `;` with decimal commas, as Swedish Excel expects; `,` gives decimal points. */
  delimiter?: CsvDelimiter;
}

/**
 * The columns written, in order; text fields get one more column per
 * translation. Every field an import reads, except `providerKind`: the feed
 * keeps a provider's kind with the provider, not with each course.
 */
const COLUMNS: readonly CourseField[] = COURSE_FIELDS.filter((field) => field !== 'providerKind');

/** The feed's courses as CSV (UTF-8 with a byte-order mark, CRLF). */
export function exportCourses(
  feed: Pick<Feed, 'courses' | 'language'>,
  options: ExportCoursesOptions = {},
): string {
  const headers = options.headers ?? 'sv';
  const delimiter = options.delimiter ?? ';';
  const number = (value: number | undefined) =>
    value === undefined ? '' : delimiter === ';' ? String(value).replace('.', ',') : String(value);
  const translations = (field: 'title' | 'description') =>
    [...new Set(feed.courses.flatMap((c) => languagesOf(c[field])))].filter(
      (language) => language !== feed.language,
    );
  const titleLanguages = translations('title');
  const descriptionLanguages = translations('description');

  const header: string[] = [];
  const cells: ((course: Course) => string)[] = [];
  const column = (name: string, cell: (course: Course) => string) => {
    header.push(name);
    cells.push(cell);
  };
  for (const field of COLUMNS) {
    if (field === 'title' || field === 'description') {
      column(headerFor(field, headers), (c) => textIn(c[field], feed.language, true));
      for (const language of field === 'title' ? titleLanguages : descriptionLanguages)
        column(headerFor(field, headers, language), (c) => textIn(c[field], language, false));
    } else column(headerFor(field, headers), (c) => valueOf(c, field, number));
  }
  return writeCsv([header, ...feed.courses.map((course) => cells.map((cell) => cell(course)))], {
    delimiter,
  });
}

function valueOf(
  course: Course,
  field: CourseField,
  number: (value: number | undefined) => string,
): string {
  switch (field) {
    case 'credits':
      return number(course.credits?.value);
    case 'creditSystem':
      return course.credits?.system ?? '';
    case 'pace':
      return number(course.pace);
    case 'applicationOpens':
      return course.applicationPeriod?.opens ?? '';
    case 'applicationCloses':
      return course.applicationPeriod?.closes ?? '';
    case 'subjects':
    case 'languages':
    case 'centres':
      return (course[field] ?? []).join(', ');
    default: {
      const value = course[field as keyof Course];
      return typeof value === 'string' ? value : '';
    }
  }
}

function languagesOf(text: LocalizedText | undefined): string[] {
  return text === undefined || typeof text === 'string' ? [] : Object.keys(text);
}

/** The text in `language`; a plain string counts as the feed's language (`isDefault`). */
function textIn(text: LocalizedText | undefined, language: string, isDefault: boolean): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return isDefault ? text : '';
  return text[language] ?? '';
}
