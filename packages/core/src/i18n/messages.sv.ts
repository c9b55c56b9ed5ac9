import type { MessageValue, VocabularyKey } from './message-types.ts';

/**
 * Swedish UI texts — the reference table: its keys define `Messages`, so every
 * other language must have the same keys (a missing one fails to compile).
 *
 * Placeholders are `{name}`; a plural text is an object of `Intl.PluralRules`
 * categories (`other` required) where `#` is the formatted `count`.
 * Widgets add their keys here (and in messages.en.ts) under their own prefix.
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

  // ---- event statuses ------------------------------------------------------
  'eventStatus.scheduled': 'Planerat',
  'eventStatus.cancelled': 'Inställt',
  'eventStatus.postponed': 'Uppskjutet',
  'eventStatus.rescheduled': 'Nytt datum',
  'eventStatus.moved-online': 'Flyttat till online',
  'eventStatus.full': 'Fullbokat',

  // ---- course statuses -----------------------------------------------------
  'courseStatus.open': 'Öppen för ansökan',
  'courseStatus.full': 'Fullsatt',
  'courseStatus.waitlist': 'Reservplatser',
  'courseStatus.closed': 'Ansökan stängd',
  'courseStatus.cancelled': 'Inställd',

  // ---- credits -------------------------------------------------------------
  'credits.hp': { one: '# hp', other: '# hp' },
  'credits.yh': { one: '# YH-poäng', other: '# YH-poäng' },
  'credits.gy': { one: '# gymnasiepoäng', other: '# gymnasiepoäng' },
  'credits.ects': { one: '# ECTS-poäng', other: '# ECTS-poäng' },
  'creditSystem.hp': 'Högskolepoäng',
  'creditSystem.yh': 'YH-poäng',
  'creditSystem.gy': 'Gymnasiepoäng',
  'creditSystem.ects': 'ECTS-poäng',

  // ---- course levels and modes -----------------------------------------------
  'level.preparatory': 'Förberedande utbildning',
  'level.upper-secondary': 'Gymnasial nivå',
  'level.vocational': 'Yrkeshögskola',
  'level.bachelor': 'Grundnivå',
  'level.master': 'Avancerad nivå',
  'level.continuing-education': 'Fortbildning',
  'level.contract-education': 'Uppdragsutbildning',
  'level.other': 'Övrig nivå',
  'mode.distance': 'Distans',
  'mode.hybrid': 'Delvis på distans',
  'mode.on-site': 'På plats',

  // ---- centre services ----------------------------------------------------
  'service.exam-invigilation': 'Tentamensskrivning',
  'service.study-guidance': 'Studievägledning',
  'service.career-guidance': 'Karriärvägledning',
  'service.group-rooms': 'Grupprum',
  'service.study-places': 'Studieplatser',
  'service.video-conference': 'Videokonferens',
  'service.it-support': 'IT-stöd',
  'service.library': 'Bibliotek',
  'service.validation': 'Validering',
  'service.language-support': 'Språkstöd',
  'service.printing': 'Utskrifter',
  'service.wifi': 'Wifi',

  // ---- events ----------------------------------------------------------------
  'category.lecture': 'Föreläsning',
  'category.streamed-lecture': 'Streamad föreläsning',
  'category.employer-meeting': 'Arbetsgivarträff',
  'category.open-house': 'Öppet hus',
  'category.guidance-drop-in': 'Drop-in för vägledning',
  'category.exam': 'Tentamen',
  'category.workshop': 'Workshop',
  'category.other': 'Övrigt',
  'attendance.offline': 'På plats',
  'attendance.online': 'Online',
  'attendance.mixed': 'På plats och online',
  'session.lab': 'Laboration',
  'session.campus-visit': 'Campusbesök',
  'session.exam': 'Tentamen',
  'session.seminar': 'Seminarium',
  'session.meeting': 'Träff',
  'session.other': 'Övrigt',

  // ---- guidance ----------------------------------------------------------------
  'guidanceMode.on-site': 'Besök',
  'guidanceMode.phone': 'Telefon',
  'guidanceMode.video': 'Video',

  // ---- providers and partners ---------------------------------------------------
  'providerKind.university': 'Universitet eller högskola',
  'providerKind.vocational': 'Yrkeshögskola',
  'providerKind.adult-education': 'Komvux',
  'providerKind.folk-high-school': 'Folkhögskola',
  'providerKind.employer': 'Arbetsgivare',
  'providerKind.other': 'Annan anordnare',
  'partnerKind.university': 'Universitet eller högskola',
  'partnerKind.employer': 'Arbetsgivare',
  'partnerKind.municipality': 'Kommun',
  'partnerKind.library': 'Bibliotek',
  'partnerKind.union': 'Fackförbund',
  'partnerKind.region': 'Region',
  'partnerKind.learning-centre': 'Lärcentrum',
  'partnerKind.other': 'Annan partner',
} satisfies Record<VocabularyKey, MessageValue> & Record<string, MessageValue>;
