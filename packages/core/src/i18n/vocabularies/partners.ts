import type { VocabularyPack } from '../message-types.ts';

/**
 * Partners: what kind of organisation stands behind the centre.
 * Widgets that show them call `useVocabulary(partnerVocabulary)` (core's tables hold
 * only what every widget says), so a bundle carries the words it shows.
 */
export const partnerVocabulary = {
  sv: {
    'partnerKind.university': 'Universitet eller högskola',
    'partnerKind.employer': 'Arbetsgivare',
    'partnerKind.municipality': 'Kommun',
    'partnerKind.library': 'Bibliotek',
    'partnerKind.union': 'Fackförbund',
    'partnerKind.region': 'Region',
    'partnerKind.learning-centre': 'Lärcentrum',
    'partnerKind.other': 'Annan partner',
  },
  en: {
    'partnerKind.university': 'University',
    'partnerKind.employer': 'Employer',
    'partnerKind.municipality': 'Municipality',
    'partnerKind.library': 'Library',
    'partnerKind.union': 'Trade union',
    'partnerKind.region': 'Region',
    'partnerKind.learning-centre': 'Learning centre',
    'partnerKind.other': 'Other partner',
  },
} satisfies VocabularyPack;
