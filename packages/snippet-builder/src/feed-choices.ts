/**
 * Choices for an option from the feed the editor checked: its centres for
 * `centre`, the categories its events use for `category`, and so on, so an
 * editor picks "Kalix UniverCity" instead of typing the id `kalix`.
 */
import {
  centreVocabulary,
  courseVocabulary,
  eventVocabulary,
  getMessages,
  guidanceVocabulary,
  partnerVocabulary,
  translate,
  useVocabulary,
  type MessageKey,
} from '../../core/src/index.ts';
import { pickText, type Feed, type LocalizedText } from '../../feed/src/index.ts';

/** One value an editor can pick, with the words shown for it. */
export interface Choice {
  value: string;
  label: string;
}

/** The choices for an attribute; `multiple` ones are written comma-separated. */
export interface ChoiceList {
  multiple: boolean;
  choices: Choice[];
}

type ChoiceSource = (feed: Feed, lang: string) => ChoiceList;

const single = (choices: Choice[]): ChoiceList => ({ multiple: false, choices });
const several = (choices: Choice[]): ChoiceList => ({ multiple: true, choices });

/** Each distinct value once, in the order first met. */
function distinct(values: Iterable<string | undefined>): string[] {
  return [...new Set([...values].filter((value): value is string => Boolean(value)))];
}

/** Feed text in the builder's language, else the feed's. */
function label(value: LocalizedText | undefined, feed: Feed, lang: string): string {
  return pickText(value, [lang], feed.language ?? '');
}

// The widgets' words for the feed's vocabularies, whichever widgets are loaded.
for (const pack of [
  centreVocabulary,
  courseVocabulary,
  eventVocabulary,
  guidanceVocabulary,
  partnerVocabulary,
])
  useVocabulary(pack);

/** Vocabulary values (`study-places`) with the widgets' own words ("Studieplatser"). */
function vocabulary(prefix: string, values: string[], lang: string): Choice[] {
  const messages = getMessages(lang);
  return values.map((value) => {
    const key = `${prefix}.${value}` as MessageKey;
    return { value, label: key in messages ? translate(lang, key) : value };
  });
}

/** Items with an id and a name or title, by their name. */
function items(
  list: readonly { id: string; name?: LocalizedText; title?: LocalizedText }[],
  feed: Feed,
  lang: string,
): Choice[] {
  return list.map((item) => ({
    value: item.id,
    label: label(item.name ?? item.title, feed, lang) || item.id,
  }));
}

const centres: ChoiceSource = (feed, lang) => single(items(feed.centres, feed, lang));

/** By attribute, then (where the same name means different things) by tag. */
const SOURCES: Record<string, ChoiceSource | Record<string, ChoiceSource>> = {
  centre: centres,
  municipality: (feed) =>
    single(
      distinct(feed.centres.map((centre) => centre.municipality))
        .sort((a, b) => a.localeCompare(b, 'sv'))
        .map((value) => ({ value, label: value })),
    ),
  course: (feed, lang) => single(items(feed.courses, feed, lang)),
  provider: (feed, lang) => several(items(feed.providers, feed, lang)),
  subject: (feed, lang) => several(items(feed.subjects, feed, lang)),
  level: (feed, lang) =>
    several(vocabulary('level', distinct(feed.courses.map((c) => c.level)), lang)),
  category: (feed, lang) =>
    several(vocabulary('category', distinct(feed.events.map((e) => e.category)), lang)),
  kind: (feed, lang) =>
    several(vocabulary('partnerKind', distinct(feed.partners.map((p) => p.kind)), lang)),
  tier: (feed) =>
    single(distinct(feed.partners.map((p) => p.tier)).map((value) => ({ value, label: value }))),
  service: {
    'lc-centre-finder': (feed, lang) =>
      single(vocabulary('service', distinct(feed.centres.flatMap((c) => c.services ?? [])), lang)),
    'lc-guidance-booking': (feed, lang) => single(items(feed.guidance?.services ?? [], feed, lang)),
  },
  mode: {
    'lc-course-finder': (feed, lang) =>
      several(vocabulary('mode', distinct(feed.courses.map((c) => c.mode)), lang)),
    'lc-guidance-booking': (feed, lang) =>
      single(
        vocabulary(
          'guidanceMode',
          distinct((feed.guidance?.services ?? []).flatMap((s) => s.modes)),
          lang,
        ),
      ),
  },
};

/**
 * The feed's choices for `attribute` of `tagName`, or undefined when the feed
 * has nothing to offer for it (then the editor types a value).
 */
export function feedChoices(
  tagName: string,
  attribute: string,
  feed: Feed,
  lang: string,
): ChoiceList | undefined {
  const entry = SOURCES[attribute];
  const source = typeof entry === 'function' ? entry : entry?.[tagName];
  const list = source?.(feed, lang);
  return list && list.choices.length > 0 ? list : undefined;
}
