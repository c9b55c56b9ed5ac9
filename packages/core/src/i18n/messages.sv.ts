import type { MessageValue } from './message-types.ts';

/**
 * Swedish UI texts — the reference table: its keys define `Messages`, so every
 * other language must have the same keys (a missing one fails to compile).
 *
 * Placeholders are `{name}`; a plural text is an object of `Intl.PluralRules`
 * categories (`other` required) where `#` is the formatted `count`.
 * Only what every widget says lives here: the feed's vocabularies are in
 * vocabularies/ and a widget's own texts in its package.
 */
export const sv = {
  // ---- states -----------------------------------------------------------
  'state.loading': 'Laddar…',
  'state.empty': 'Det finns inget att visa just nu.',
  'state.retry': 'Försök igen',
  'state.retrying': 'Försöker igen…',
  'state.feedAddress': 'Flödets adress:',

  // ---- why the feed could not be shown (one per error kind) --------------
  'error.config': 'Ange adressen till lärcentrumets flöde i attributet feed.',
  'error.network': 'Vi kunde inte nå flödet. Kontrollera adressen och internetanslutningen.',
  'error.notFound': 'Vi hittade inte flödet ({status}).',
  'error.http': 'Servern som har flödet svarade med ett fel ({status}).',
  'error.timeout': 'Flödet tog för lång tid att svara.',
  'error.parse': 'Flödet går inte att läsa: det är inte giltig JSON.',
  'error.schema': 'Flödet har ett format som inte kan användas.',
  'error.tooLarge': 'Flödet är för stort för att visas.',
  'error.aborted': 'Laddningen avbröts.',

  // ---- debug panel (for editors) ------------------------------------------
  'debug.title': 'Felsökning: problem i flödet',
  'debug.hint': 'Listan visas för att attributet debug är satt.',
  'debug.count': { one: '# problem hittades.', other: '# problem hittades.' },
  'debug.none': 'Inga problem hittades i flödet.',
  'debug.more': { one: '… och # till.', other: '… och # till.' },
  'severity.error': 'Fel',
  'severity.warning': 'Varning',

  // ---- common words --------------------------------------------------------
  'common.allDay': 'Heldag',
  'common.online': 'Online',
  'common.readMore': 'Läs mer',
  'common.apply': 'Ansök',
  'common.register': 'Anmäl dig',
  'common.addToCalendar': 'Lägg till i kalendern',
  'common.showMore': 'Visa fler',
  'common.search': 'Sök',
  'common.clearFilters': 'Rensa filter',
  'common.openNow': 'Öppet nu',
  'common.closedNow': 'Stängt nu',
  'common.closed': 'Stängt',
  'common.email': 'E-post',
  'common.phone': 'Telefon',
  'common.website': 'Webbplats',
  'common.pace': 'Studietakt {pace}',
  'common.starts': 'Start {date}',
  'common.applyBy': 'Sista ansökningsdag {date}',
  'common.results': { one: '# träff', other: '# träffar' },
  'common.courses': { one: '# kurs', other: '# kurser' },
  'common.events': { one: '# evenemang', other: '# evenemang' },
} satisfies Record<string, MessageValue>;
