/**
 * Reading what people type in spreadsheet cells: Swedish and English numbers
 * (`7,5`, `1 000`), dates (`2026-08-31`, `31/8 2026`, `31 augusti 2026`, an
 * Excel serial day), per cent, credits with their unit (`7,5 hp`), lists and
 * web addresses. Each reader returns the feed's value or throws a `CellError`
 * whose message says what is wrong with the text, in words an editor follows.
 */
import { dayKey, dayNumber, daysInMonth, wallMs } from '../time/civil.ts';
import { wallMsToInstantMs } from '../time/zone.ts';
import { DATE_TIME_PATTERN, LANGUAGE_TAG_PATTERN } from '../schema/feed-definition.ts';
import type { CreditSystem } from '../types.ts';
import { feedDateTime } from './feed-time.ts';
import { isId, looseKey, slugify } from './slug.ts';

/** A cell that cannot be read; the message starts with the text quoted. */
export class CellError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CellError';
  }
}

const quote = (text: string) => JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);

// Digits grouped by (no-break, thin) spaces or apostrophes, then an optional decimal part.
const NUMBER = /^[+\-−]?(\d{1,3}([ \u00a0\u202f'](\d{3}))+|\d+)([.,]\d+)?$/;

/** `7,5`, `7.5`, `1 000`, `-2`: a number. */
export function readNumber(text: string): number {
  const trimmed = text.trim();
  if (!NUMBER.test(trimmed)) throw new CellError(`${quote(text)} is not a number`);
  return Number(
    trimmed
      .replace(/[ \u00a0\u202f']/g, '')
      .replace(',', '.')
      .replace('−', '-'),
  );
}

const MONTHS: Record<string, number> = {};
[
  ['januari', 'january', 'jan'],
  ['februari', 'february', 'feb'],
  ['mars', 'march', 'mar'],
  ['april', 'apr'],
  ['maj', 'may'],
  ['juni', 'june', 'jun'],
  ['juli', 'july', 'jul'],
  ['augusti', 'august', 'aug'],
  ['september', 'sept', 'sep'],
  ['oktober', 'october', 'okt', 'oct'],
  ['november', 'nov'],
  ['december', 'dec'],
].forEach((names, index) => names.forEach((name) => (MONTHS[name] = index + 1)));

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]00:00(?::00)?)?$/;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;
// 31/8 2026, 31/8-2026, 31/8/2026, 31.8.2026, 31-8-2026
const DAY_MONTH_YEAR = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*(?:[/.-]|\s)\s*(\d{4})$/;
// 31 augusti 2026, 31 aug. 2026, 31:a augusti 2026
const DAY_MONTHNAME_YEAR = /^(\d{1,2})(?::[ae])?\.?\s+([a-zåäö]+)\.?,?\s+(\d{4})$/;
// August 31, 2026
const MONTHNAME_DAY_YEAR = /^([a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$/;
// Excel's serial day numbers for 1954–2119: what a date cell formatted as a number exports.
const EXCEL_SERIAL = /^[2-7]\d{4}$/;
const EXCEL_EPOCH_DAY = dayNumber(1899, 12, 30);

/**
 * A calendar date as `YYYY-MM-DD` from `2026-08-31`, `20260831`, `31/8 2026`
 * (day first, as in Sweden and most of Europe), `31.8.2026`, `31 augusti 2026`,
 * `31 Aug 2026`, `August 31, 2026`, or an Excel serial day number (`46265`).
 * US month-first dates (`8/31/2026`) are not read: day 31 of month 8 is fine,
 * but month 31 is refused rather than guessed.
 */
export function readDate(text: string): string {
  const trimmed = text.trim().toLowerCase();
  let m: RegExpExecArray | null;
  let ymd: [number, number, number] | undefined;
  if ((m = ISO_DATE.exec(trimmed)) || (m = COMPACT_DATE.exec(trimmed))) ymd = [+m[1], +m[2], +m[3]];
  else if ((m = DAY_MONTH_YEAR.exec(trimmed))) ymd = [+m[3], +m[2], +m[1]];
  else if ((m = DAY_MONTHNAME_YEAR.exec(trimmed)) && MONTHS[m[2]])
    ymd = [+m[3], MONTHS[m[2]], +m[1]];
  else if ((m = MONTHNAME_DAY_YEAR.exec(trimmed)) && MONTHS[m[1]])
    ymd = [+m[3], MONTHS[m[1]], +m[2]];
  else if (EXCEL_SERIAL.test(trimmed)) return dayKey(EXCEL_EPOCH_DAY + Number(trimmed));
  if (!ymd) throw new CellError(`${quote(text)} is not a date (write 2026-08-31 or 31/8 2026)`);
  const [year, month, day] = ymd;
  if (month < 1 || month > 12)
    throw new CellError(`${quote(text)} is not a date: no month ${month}`);
  if (day < 1 || day > daysInMonth(year, month))
    throw new CellError(
      `${quote(text)} is not a date: month ${month} of ${year} has ${daysInMonth(year, month)} days`,
    );
  return dayKey(dayNumber(year, month, day));
}

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?$/;

/**
 * A date-time with offset: as the feed writes it (`2026-11-02T09:15+01:00`),
 * or a local `2026-11-02 09:15` read on `timeZone`'s wall clock.
 */
export function readDateTime(text: string, timeZone: string): string {
  const trimmed = text.trim();
  if (DATE_TIME_PATTERN.test(trimmed)) return trimmed;
  const m = LOCAL_DATE_TIME.exec(trimmed);
  if (m) {
    const [year, month, day, hour, minute, second] = m.slice(1).map((v) => Number(v ?? 0));
    if (
      month >= 1 &&
      month <= 12 &&
      day >= 1 &&
      day <= daysInMonth(year, month) &&
      hour < 24 &&
      minute < 60 &&
      second < 60
    ) {
      const wall = wallMs({ year, month, day, hour, minute, second });
      return feedDateTime(wallMsToInstantMs(wall, timeZone), timeZone);
    }
  }
  throw new CellError(
    `${quote(text)} is not a date and time (write 2026-11-02 09:15, or 2026-11-02T09:15+01:00)`,
  );
}

const PACE_WORDS: Record<string, number> = {
  helfart: 100,
  heltid: 100,
  'full time': 100,
  'full-time': 100,
  fulltime: 100,
  trekvartsfart: 75,
  'three-quarter time': 75,
  halvfart: 50,
  halvtid: 50,
  'half time': 50,
  'half-time': 50,
  kvartsfart: 25,
  kvartstid: 25,
  'quarter time': 25,
  'quarter-time': 25,
};

/** Study pace in per cent: `50`, `50 %`, `halvfart`, `helfart`, `kvartsfart`, `half time`. */
export function readPace(text: string): number {
  const word = PACE_WORDS[looseKey(text)];
  if (word) return word;
  const number = text.trim().replace(/\s*%$/, '');
  let pace: number;
  try {
    pace = readNumber(number);
  } catch {
    throw new CellError(`${quote(text)} is not a pace (write 50, 50 % or halvfart)`);
  }
  if (pace > 0 && pace <= 1 && !text.includes('%'))
    throw new CellError(
      `${quote(text)} is not a pace: pace is in per cent of full time (write 50 for half time)`,
    );
  if (!(pace > 0 && pace <= 100))
    throw new CellError(`${quote(text)} is not a pace: it must be more than 0 and at most 100 (%)`);
  return pace;
}

const CREDIT_UNITS: Record<string, CreditSystem | null> = {
  hp: 'hp',
  hogskolepoang: 'hp',
  'hogskole poang': 'hp',
  yh: 'yh',
  yhp: 'yh',
  'yh-poang': 'yh',
  'yh poang': 'yh',
  yrkeshogskolepoang: 'yh',
  gy: 'gy',
  gyp: 'gy',
  gymnasiepoang: 'gy',
  ects: 'ects',
  'ects credits': 'ects',
  p: null,
  poang: null,
  credits: null,
  points: null,
};

/** `7,5`, `7,5 hp`, `200 YH-poäng`, `100 gymnasiepoäng`, `5 ECTS`: a value, and the system when the unit names one. */
export function readCredits(text: string): { value: number; system?: CreditSystem } {
  const m = /^\s*([+-]?[\d \u00a0\u202f'.,]+?)\s*(\p{L}.*)?$/u.exec(text);
  if (!m) throw new CellError(`${quote(text)} is not a number`);
  let value: number;
  try {
    value = readNumber(m[1]);
  } catch {
    throw new CellError(`${quote(text)} is not a number`);
  }
  if (value < 0) throw new CellError(`${quote(text)} is not a number of credits: it is negative`);
  if (!m[2]) return { value };
  const unit = CREDIT_UNITS[looseKey(m[2]).replace(/\.$/, '')];
  if (unit === undefined)
    throw new CellError(
      `${quote(text)}: "${m[2].trim()}" is not a credit unit (hp, yh, gy, ects; or poäng)`,
    );
  return unit ? { value, system: unit } : { value };
}

/** A list in one cell: items separated by commas, semicolons, `|` or line breaks. */
export function readList(text: string): string[] {
  return text
    .split(/[,;|\n]/)
    .map((item) => item.trim())
    .filter(Boolean);
}

const LANGUAGE_NAMES: Record<string, string> = {
  svenska: 'sv',
  swedish: 'sv',
  engelska: 'en',
  english: 'en',
  finska: 'fi',
  finnish: 'fi',
  meankieli: 'fit',
  nordsamiska: 'se',
  samiska: 'se',
  'northern sami': 'se',
  norska: 'no',
  norwegian: 'no',
  danska: 'da',
  danish: 'da',
  tyska: 'de',
  german: 'de',
  franska: 'fr',
  french: 'fr',
  spanska: 'es',
  spanish: 'es',
  arabiska: 'ar',
  arabic: 'ar',
  somaliska: 'so',
  somali: 'so',
  tigrinja: 'ti',
  tigrinya: 'ti',
  persiska: 'fa',
  farsi: 'fa',
  persian: 'fa',
  dari: 'prs',
  kurdiska: 'ku',
  kurdish: 'ku',
  ukrainska: 'uk',
  ukrainian: 'uk',
  ryska: 'ru',
  russian: 'ru',
  polska: 'pl',
  polish: 'pl',
  turkiska: 'tr',
  turkish: 'tr',
  'bosniska/kroatiska/serbiska': 'bs',
  bosniska: 'bs',
  kroatiska: 'hr',
  serbiska: 'sr',
};

/** Languages as tags: `sv, en`, `svenska och engelska`, `Swedish/English`. */
export function readLanguages(text: string): string[] {
  const items = text
    .split(/[,;|\n/&]|\s+(?:och|and|eller|or)\s+/i)
    .map((item) => item.trim())
    .filter(Boolean);
  return items.map((item) => {
    const named = LANGUAGE_NAMES[looseKey(item)] ?? LANGUAGE_NAMES[item.toLowerCase()];
    if (named) return named;
    if (LANGUAGE_TAG_PATTERN.test(item)) return item;
    throw new CellError(
      `${quote(item)} is not a language (write sv, en, or a name such as svenska, engelska)`,
    );
  });
}

/** A web address: no spaces; `www.…` gets `https://`. */
export function readUrl(text: string): string {
  const trimmed = text.trim();
  if (/\s/.test(trimmed))
    throw new CellError(`${quote(text)} is not a web address (it has spaces in it)`);
  return /^www\./i.test(trimmed) ? `https://${trimmed}` : trimmed;
}

/** An id as the feed wants it (letters, digits, `.`, `_`, `:`, `-`), or a suggestion. */
export function readId(text: string): string {
  const trimmed = text.trim();
  if (isId(trimmed)) return trimmed;
  const suggestion = slugify(trimmed);
  throw new CellError(
    `${quote(text)} is not an id: use letters a–z, digits, . _ : - without spaces or å ä ö` +
      (suggestion ? ` (e.g. "${suggestion}")` : ''),
  );
}
