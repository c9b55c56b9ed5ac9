/**
 * Building blocks of the synthetic feed: word banks for titles, towns for
 * extra centres and the terms courses start in. Text entries are
 * 'Swedish|English' pairs (see `text` in build.ts).
 */
import type { CourseLevel, EventCategory, EventStatus, PartnerKind } from '../../src/types.ts';

/** Course topics per subject id of the sample feed. */
export const TOPICS: Record<string, string[]> = {
  math: [
    'Matematik|Mathematics',
    'Linjär algebra|Linear algebra',
    'Statistik|Statistics',
    'Envariabelanalys|Calculus',
  ],
  physics: [
    'Fysik|Physics',
    'Mekanik|Mechanics',
    'Ellära|Electricity',
    'Termodynamik|Thermodynamics',
  ],
  engineering: [
    'Teknisk mekanik|Engineering mechanics',
    'CAD och ritteknik|CAD and drafting',
    'Materiallära|Materials science',
  ],
  electrical: [
    'Elkraftteknik|Electric power engineering',
    'Solenergi|Solar energy',
    'Elinstallation|Electrical installation',
  ],
  automation: [
    'Industriell automation|Industrial automation',
    'PLC-programmering|PLC programming',
    'Robotteknik|Robotics',
  ],
  it: [
    'Programmering i Python|Python programming',
    'Webbutveckling|Web development',
    'Databaser|Databases',
    'IT-säkerhet|IT security',
  ],
  health: [
    'Omvårdnad|Nursing care',
    'Äldres hälsa|Health of older people',
    'Psykiatri|Psychiatry',
    'Demensvård|Dementia care',
  ],
  education: [
    'Specialpedagogik|Special education',
    'Barns lärande|Children’s learning',
    'Didaktik|Didactics',
  ],
  'social-work': [
    'Socialt arbete|Social work',
    'Missbruk och beroende|Substance abuse',
    'Socialrätt|Social welfare law',
  ],
  psychology: [
    'Psykologi|Psychology',
    'Utvecklingspsykologi|Developmental psychology',
    'Arbetspsykologi|Work psychology',
  ],
  business: [
    'Företagsekonomi|Business administration',
    'Redovisning|Accounting',
    'Entreprenörskap|Entrepreneurship',
  ],
  leadership: [
    'Ledarskap|Leadership',
    'Projektledning|Project management',
    'Förändringsledning|Change management',
  ],
  logistics: [
    'Logistik|Logistics',
    'Inköp och upphandling|Purchasing',
    'Lagerstyrning|Inventory management',
  ],
  construction: [
    'Byggteknik|Building technology',
    'Fastighetsförvaltning|Property management',
    'Träbyggnad|Timber construction',
  ],
  languages: [
    'Svenska|Swedish',
    'Engelska|English',
    'Svenska som andraspråk|Swedish as a second language',
  ],
  sustainability: [
    'Hållbar utveckling|Sustainable development',
    'Cirkulär ekonomi|Circular economy',
    'Klimatanpassning|Climate adaptation',
  ],
};

/** Title endings by level ('|' alone: none). */
export const SUFFIXES: Record<CourseLevel, string[]> = {
  bachelor: [
    ' I| I',
    ' II| II',
    ', grundkurs|, introductory course',
    ', fortsättningskurs|, intermediate course',
  ],
  master: [', avancerad nivå|, advanced level', ' för masterstudenter| for master’s students'],
  'continuing-education': [' för yrkesverksamma| for professionals', ' i praktiken| in practice'],
  'contract-education': [' (uppdragsutbildning)| (contract education)'],
  preparatory: [' – behörighetsgivande| – qualifying course'],
  vocational: [' (YH)| (higher vocational)', ', kort YH-kurs|, short vocational course'],
  'upper-secondary': [' 1| 1', ' 2| 2', ' – yrkesvux| – vocational adult education'],
  other: [' för nybörjare| for beginners', ' – kvällskurs| – evening course'],
};

/** Event title beginnings by category; the topic follows. */
export const EVENT_TITLES: Record<EventCategory, string[]> = {
  lecture: ['Föreläsning: |Lecture: ', 'Öppen föreläsning: |Public lecture: '],
  'streamed-lecture': ['Strömmat: |Streamed: ', 'Livesänd föreläsning: |Live-streamed lecture: '],
  'employer-meeting': [
    'Arbetsgivarträff: |Employer meeting: ',
    'Kompetensfrukost: |Skills breakfast: ',
  ],
  'open-house': ['Öppet hus – |Open house – '],
  'guidance-drop-in': ['Drop-in: vägledning om |Drop-in guidance on '],
  exam: ['Tentamensdag: |Exam day: '],
  workshop: ['Workshop: |Workshop: ', 'Verkstad: |Hands-on: '],
  other: ['Studiecafé: |Study café: ', 'Nätverksträff: |Network meeting: '],
};

/** Notes for the statuses that need one. */
export const STATUS_NOTES: Partial<Record<EventStatus, string>> = {
  cancelled: 'Inställt.|Cancelled.',
  postponed: 'Uppskjutet, nytt datum kommer.|Postponed; a new date will follow.',
  rescheduled: 'Ny tid, se ovan.|New time, see above.',
  'moved-online': 'Hålls digitalt i stället.|Held online instead.',
};

/** Made-up partner names by kind, for partners beyond the sample feed's. */
export const PARTNER_NAMES: Record<PartnerKind, (town: string) => string> = {
  university: (town) => `Högskolecentrum ${town}`,
  employer: (town) => `${town} Industri AB`,
  municipality: (town) => `${town} kommun`,
  library: (town) => `${town} bibliotek`,
  union: (town) => `Fackförbundet ${town}`,
  region: (town) => `Regionkontoret ${town}`,
  'learning-centre': (town) => `Lärcentrum ${town}`,
  other: (town) => `Näringslivsrådet ${town}`,
};

/** Towns (name, lat, lon) for centres beyond the sample feed's. */
// prettier-ignore
export const TOWNS: [string, number, number][] = [
  ['Kiruna', 67.8558, 20.2253], ['Gällivare', 67.1339, 20.6528], ['Haparanda', 65.8355, 24.1368], ['Piteå', 65.3172, 21.4794],
  ['Skellefteå', 64.7507, 20.9528], ['Lycksele', 64.5954, 18.6735], ['Sollefteå', 63.1667, 17.2667], ['Östersund', 63.1792, 14.6357],
  ['Hudiksvall', 61.7281, 17.1036], ['Bollnäs', 61.3482, 16.3946], ['Ljusdal', 61.8292, 16.0886], ['Mora', 61.0046, 14.5372],
  ['Ludvika', 60.1496, 15.1878], ['Avesta', 60.1455, 16.1679], ['Arvika', 59.6553, 12.5852], ['Karlskoga', 59.3267, 14.5239],
  ['Nora', 59.5199, 15.0394], ['Köping', 59.514, 15.9926], ['Sala', 59.9199, 16.6066], ['Norrtälje', 59.758, 18.7049],
  ['Finspång', 58.7058, 15.7674], ['Mjölby', 58.3232, 15.1302], ['Vimmerby', 57.6656, 15.8553], ['Västervik', 57.7584, 16.6373],
  ['Eksjö', 57.6664, 14.9726], ['Gislaved', 57.3043, 13.5406], ['Ljungby', 56.8332, 13.9408], ['Älmhult', 56.551, 14.1371],
  ['Olofström', 56.2772, 14.5332], ['Ystad', 55.4295, 13.82], ['Falkenberg', 56.9055, 12.4912], ['Lysekil', 58.2743, 11.4358],
  ['Åmål', 59.051, 12.7032], ['Mariestad', 58.7097, 13.8237], ['Tranemo', 57.4852, 13.3505], ['Strömstad', 58.9392, 11.1712],
];

/** A term courses start in, with the application periods a course in it may have. */
export interface Term {
  start: string;
  end: string;
  periods: [opens: string, closes: string][];
}

/**
 * Relative to the sample's "today", 2026-11-23: autumn 2026 (started, closed),
 * spring 2027 (ordinary round closed, late round open now), second half of
 * spring 2027 (open now), autumn 2027 and spring 2028 (open later).
 */
// prettier-ignore
export const TERMS: Term[] = [
  { start: '2026-08-31', end: '2027-01-17', periods: [['2026-03-15', '2026-04-15']] },
  { start: '2027-01-18', end: '2027-06-06', periods: [['2026-09-15', '2026-10-15'], ['2026-10-16', '2027-01-10'], ['2026-11-01', '2026-12-15']] },
  { start: '2027-03-22', end: '2027-06-06', periods: [['2026-10-16', '2027-02-28']] },
  { start: '2027-08-30', end: '2028-01-16', periods: [['2027-03-15', '2027-04-15'], ['2027-02-15', '2027-04-30']] },
  { start: '2028-01-17', end: '2028-06-04', periods: [['2027-09-15', '2027-10-15']] },
];
