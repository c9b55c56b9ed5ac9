/**
 * The words the builder shows for each widget, option and token. English
 * comes from the manifests (the widgets' JSDoc); these are the widgets' names
 * in both languages and the Swedish texts. `option-texts.node.test.ts` checks
 * that every widget, option and theme token in the manifests has them.
 */
import type { TokenInfo, WidgetInfo, WidgetOption } from './catalogue.ts';
import type { BuilderLang } from './messages.ts';

/** What editors call each widget. */
export const WIDGET_NAMES: Record<string, Record<BuilderLang, string>> = {
  'lc-centre-finder': { sv: 'Hitta lärcentrum', en: 'Centre finder' },
  'lc-course-finder': { sv: 'Kurssök', en: 'Course finder' },
  'lc-event-calendar': { sv: 'Kalender', en: 'Event calendar' },
  'lc-exam-request': { sv: 'Tentamensskrivning', en: 'Exam requests' },
  'lc-guidance-booking': { sv: 'Boka vägledning', en: 'Guidance booking' },
  'lc-partner-logos': { sv: 'Partnerlogotyper', en: 'Partner logos' },
};

/** What each widget does, in Swedish (the English is the manifest's). */
export const WIDGET_SUMMARIES_SV: Record<string, string> = {
  'lc-centre-finder':
    'Närmaste lärcentrum: vad det erbjuder, adress, kontakt och om det är öppet nu.',
  'lc-course-finder': 'Sök och filtrera kurserna som går att läsa via lärcentrum.',
  'lc-event-calendar':
    'Lärcentrumets evenemang som lista, månad eller vecka, med ”Lägg till i kalendern”.',
  'lc-exam-request':
    'Ansök om att skriva en högskoletentamen på lärcentrum: reglerna först, sedan formuläret.',
  'lc-guidance-booking':
    'Boka studie- och yrkesvägledning: tjänst, dag och tid, uppgifter och bekräftelse.',
  'lc-partner-logos': 'Logotyperna för partnerna bakom lärcentrumet.',
};

/**
 * Options in Swedish, by attribute, or by `tag attribute` where the same
 * attribute means something else in that widget.
 */
export const OPTION_TEXTS_SV: Record<string, string> = {
  centre: 'Bara det här lärcentrumet.',
  'lc-event-calendar centre':
    'Börja med evenemangen på det här lärcentrumet (besökaren kan ändra).',
  'lc-partner-logos centre':
    'Bara partnerna bakom det här lärcentrumet (och de som står bakom alla).',
  'lc-guidance-booking centre': 'Bara vägledning som erbjuds på det här lärcentrumet.',
  'lc-exam-request centre': 'Tentamensskrivning på det här lärcentrumet (annars väljer studenten).',
  provider: 'Bara kurser från de här utbildningsanordnarna.',
  subject: 'Börja med de här ämnena valda.',
  level: 'Börja med de här nivåerna valda.',
  mode: 'Börja med de här studieformerna valda.',
  'lc-guidance-booking mode': 'Bara vägledning på det här sättet.',
  q: 'Börja med den här sökningen.',
  'open-only': 'Börja med bara kurserna man kan söka nu.',
  'page-size': 'Kurser per sida (1–100).',
  'lc-course-finder layout': 'Kurserna som lista eller rutnät.',
  'lc-partner-logos layout': 'Logotyperna i rutnät, på en rad eller rullande.',
  'sync-url': 'Spara sökningen i sidans adress, så att bakåt-knappen och delade länkar fungerar.',
  near: 'En plats som latitud,longitud (57.78,14.16): närmaste först, med avstånd.',
  'structured-data': 'Beskriv kurserna för sökmotorer (schema.org).',
  'heading-level':
    'Rubriknivå, 2–6: en nivå under rubriken som står närmast ovanför widgeten på sidan.',
  view: 'Visa som lista, månad eller vecka.',
  category: 'Börja med de här kategorierna (besökaren kan ändra).',
  'start-date': 'Första dagen som visas, ÅÅÅÅ-MM-DD (standard: i dag).',
  days: 'Hur många dagar listan visar (standard 60).',
  'max-events': 'Högst så här många evenemang i listan.',
  'time-zone': 'Tidszon för tiderna, till exempel Europe/Stockholm (standard: flödets).',
  municipality: 'Bara lärcentrum i den här kommunen.',
  service: 'Bara lärcentrum som erbjuder den här tjänsten.',
  'lc-guidance-booking service': 'Bara den här vägledningen.',
  course: 'Bara lärcentrum där den här kursen går att läsa.',
  locate:
    'Visa knappen ”Använd min position” (positionen stannar i webbläsaren och skickas aldrig).',
  limit: 'Visa högst så här många lärcentrum.',
  'map-url-template':
    'Kartlänk för varje lärcentrum: en https-adress med {lat}, {lon} och {name}. Utan den: inga kartlänkar.',
  selectable: 'Visa en ”Välj”-knapp på varje lärcentrum.',
  selected: 'Lärcentrumet som är valt från början.',
  kind: 'Bara de här sorterna av partner.',
  tier: 'Bara partner på den här nivån.',
  monochrome: 'Logotyperna i grått tills man pekar på dem.',
  columns: 'Ett fast antal kolumner, 1–12 (standard: så många som får plats).',
};

/** The words for the values of a choice the type gives (`list`, `grid` …); others show as they are. */
const VALUE_NAMES: Record<string, Record<BuilderLang, string>> = {
  list: { sv: 'Lista', en: 'List' },
  grid: { sv: 'Rutnät', en: 'Grid' },
  row: { sv: 'En rad', en: 'A row' },
  marquee: { sv: 'Rullande', en: 'Moving' },
  month: { sv: 'Månad', en: 'Month' },
  week: { sv: 'Vecka', en: 'Week' },
};

/** Design tokens in Swedish, for the ones the builder offers. */
export const TOKEN_TEXTS_SV: Record<string, string> = {
  '--lc-color-text': 'Text',
  '--lc-color-muted': 'Dämpad text: datum, antal, noteringar',
  '--lc-color-surface': 'Bakgrund för kort och paneler',
  '--lc-color-surface-muted': 'Bakgrund för lugnare ytor: filter, etiketter',
  '--lc-color-border': 'Ramar och linjer',
  '--lc-color-accent': 'Länkar, knappar och markeringar',
  '--lc-color-accent-contrast': 'Text på accentfärgen',
  '--lc-color-danger': 'Fel, ”stängt”, inställt',
  '--lc-color-success': '”Öppet nu”, bekräftelser',
  '--lc-color-warning': 'Varningar',
  '--lc-color-focus': 'Fokusmarkeringen',
  '--lc-font-family': 'Typsnitt (standard: sidans)',
  '--lc-font-size': 'Grundstorlek på texten (standard: den omgivande textens)',
  '--lc-radius': 'Hörnens rundning',
};

/** The tokens the builder offers: every colour, the corner radius and the font. */
export function isThemeToken(name: string): boolean {
  return (
    name.startsWith('--lc-color-') ||
    name === '--lc-radius' ||
    name === '--lc-font-family' ||
    name === '--lc-font-size'
  );
}

export function widgetName(tagName: string, lang: BuilderLang): string {
  return WIDGET_NAMES[tagName]?.[lang] ?? tagName;
}

export function widgetSummary(widget: WidgetInfo, lang: BuilderLang): string {
  return (lang === 'sv' && WIDGET_SUMMARIES_SV[widget.tagName]) || widget.summary;
}

export function optionText(tagName: string, option: WidgetOption, lang: BuilderLang): string {
  if (lang === 'sv') {
    const text =
      OPTION_TEXTS_SV[`${tagName} ${option.attribute}`] ?? OPTION_TEXTS_SV[option.attribute];
    if (text) return text;
  }
  return option.description;
}

/** A choice's words with the value itself: "Rutnät (grid)"; a value without words as it is. */
export function valueLabel(value: string, lang: BuilderLang, words?: string): string {
  const name = words ?? VALUE_NAMES[value]?.[lang];
  return name && name !== value ? `${name} (${value})` : value;
}

export function tokenText(token: TokenInfo, lang: BuilderLang): string {
  const text = (lang === 'sv' && TOKEN_TEXTS_SV[token.name]) || token.description;
  return text.charAt(0).toUpperCase() + text.slice(1);
}
