/**
 * Free-text search that suits Swedish: case folding that keeps å, ä and ö
 * (and Danish/Norwegian æ, ø) as the letters of their own they are, and a
 * per-feed index so that typing never re-folds the courses.
 */
import { allTexts, pickText } from '../text.ts';
import type { Centre, Course, LocalizedText, Provider, Subject } from '../types.ts';

// Characters that need folding: all but ASCII and the Nordic letters.
const FOLDABLE = /[^\p{ASCII}åäöæø]/gu;
// After NFKD: a + ring (å), a + diaeresis (ä), o + diaeresis (ö) are kept, every
// other combining mark goes (é → e, ü → u, à → a), and so do invisible
// characters that would split a word (soft hyphen, zero-width space and joiners).
const MARKS = /(a\u030a|a\u0308|o\u0308)|[\u0300-\u036f\u00ad\u200b-\u200d\u2060\ufeff]/g;
// Any whitespace run except a lone space (replacing every space would be slow).
const SPACE = /(?! )\s+| \s+/g;
const folded = new Map<string, string>();

function foldChar(ch: string): string {
  let f = folded.get(ch);
  if (f === undefined) {
    f = ch.normalize('NFKD').replace(MARKS, '$1').normalize('NFC').toLowerCase();
    // Bounded: a feed in a script with thousands of characters must not grow it forever.
    if (folded.size >= 10_000) folded.clear();
    folded.set(ch, f);
  }
  return f;
}

/**
 * Folds text for comparison: lower-case, compatibility forms unified (`ﬁ` →
 * `fi`, full-width letters → ASCII), accents removed (`é` → `e`, `ü` → `u`,
 * `à` → `a`) except the Nordic letters `å ä ö æ ø`, which stay distinct (in
 * Swedish `ö` is not an `o`: "öl" is not "ol"), whitespace collapsed to single
 * spaces and trimmed. Text in decomposed form (`a` + ring, as macOS may type
 * it) folds like the composed letter.
 */
export function foldForSearch(s: string): string {
  // Swedish text is mostly ASCII and åäö: only the rest goes through Unicode
  // normalisation, one character at a time and cached, which is many times
  // faster than normalising every description whole.
  return s.toLowerCase().normalize('NFC').replace(FOLDABLE, foldChar).replace(SPACE, ' ').trim();
}

// Punctuation typed around a word ("basår," or "(vård)") is not part of it;
// `c++` and `c#` keep theirs.
const EDGE_PUNCTUATION = /^["'“”‘’«»([{]+|["'“”‘’«»)\]},.;:!?…]+$/g;

/**
 * The words of a query, folded: split on whitespace, punctuation around a
 * word dropped, empty words and repeats left out. Parse once per keystroke
 * and pass the result to `matchesQuery` for every item.
 */
export function parseQuery(query: string): string[] {
  const words = foldForSearch(query)
    .split(' ')
    .map((word) => word.replace(EDGE_PUNCTUATION, ''))
    .filter(Boolean);
  return [...new Set(words)];
}

/**
 * True when every word of `query` occurs in `haystackFolded` (a text already
 * passed through `foldForSearch`). Words match anywhere, not only at the start
 * of a word, because Swedish writes compounds as one word: "vård" must find
 * "sjukvård" and "omvårdnad". An empty query matches everything.
 *
 * @param query The raw query, or its words from `parseQuery` (faster in a loop).
 */
export function matchesQuery(haystackFolded: string, query: string | readonly string[]): boolean {
  const words = typeof query === 'string' ? parseQuery(query) : query;
  for (const word of words) if (!haystackFolded.includes(word)) return false;
  return true;
}

/** What `createCourseSearchIndex` needs besides the courses. */
export interface CourseSearchIndexOptions {
  /** The page's language: descriptions are searched in the text shown. */
  language: string;
  /** The feed's default language. */
  fallbackLanguage: string;
  /** The feed's providers, subjects and centres: their names find courses too. */
  providers?: readonly Provider[];
  subjects?: readonly Subject[];
  centres?: readonly Centre[];
}

/** Searchable text for a list of courses, folded once. */
export interface CourseSearchIndex {
  /** The courses indexed, in their original order. */
  readonly courses: readonly Course[];
  /** The language and fallback the index was built for. */
  readonly language: string;
  readonly fallbackLanguage: string;
  /** The folded text searched for a course, `undefined` for a course not indexed. */
  text(course: Course): string | undefined;
  /** The courses matching `query` (see `matchesQuery`), in their original order; all for an empty query. */
  search(query: string | readonly string[]): Course[];
}

/**
 * Builds the search index for a feed's courses once, so each keystroke only
 * compares strings (10,000 courses in about a millisecond). A course is found
 * by its title in every language, its code, its description in the page's
 * language, and the names of its provider, its subjects and its centres (and
 * their municipalities), so "Kalix" finds what can be studied in Kalix.
 *
 * A search whose words all extend the previous search's words (the person
 * typed on) looks only among the previous matches.
 */
export function createCourseSearchIndex(
  courses: readonly Course[],
  options: CourseSearchIndexOptions,
): CourseSearchIndex {
  const { language, fallbackLanguage } = options;
  const names = <T extends { id: string }>(
    items: readonly T[] | undefined,
    parts: (item: T) => string[],
  ) => new Map((items ?? []).map((item) => [item.id, foldForSearch(parts(item).join(' '))]));
  const allNames = (item: { name: LocalizedText }) => allTexts(item.name);
  const providers = names(options.providers, allNames);
  const subjects = names(options.subjects, allNames);
  const centres = names(options.centres, (c) => [...allTexts(c.name), c.municipality]);

  const texts = new Map<Course, string>();
  for (const course of courses) {
    const parts = [
      foldForSearch(
        [
          ...allTexts(course.title),
          course.code ?? '',
          pickText(course.description, language, fallbackLanguage),
        ].join(' '),
      ),
      providers.get(course.provider) ?? '',
      ...(course.subjects ?? []).map((id) => subjects.get(id) ?? ''),
      ...(course.centres ?? []).map((id) => centres.get(id) ?? ''),
    ];
    // A newline never occurs in a query word, so no match spans two parts.
    texts.set(course, parts.filter(Boolean).join('\n'));
  }

  let lastWords: readonly string[] = [];
  let lastMatches: readonly Course[] = courses;
  return {
    courses,
    language,
    fallbackLanguage,
    text: (course) => texts.get(course),
    search(query) {
      const words = typeof query === 'string' ? parseQuery(query) : query;
      const narrows = lastWords.every((old) => words.some((word) => word.includes(old)));
      const pool = narrows ? lastMatches : courses;
      const matches = words.length
        ? pool.filter((c) => matchesQuery(texts.get(c)!, words))
        : [...courses];
      lastWords = [...words];
      lastMatches = matches;
      // A copy: the caller may sort or splice its result; the next search narrows this one.
      return matches.slice();
    },
  };
}
