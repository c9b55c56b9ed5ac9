import type { VocabularyPack } from '../message-types.ts';

/**
 * Guidance: how a meeting takes place.
 * Widgets that show them call `useVocabulary(guidanceVocabulary)` (core's tables hold
 * only what every widget says), so a bundle carries the words it shows.
 */
export const guidanceVocabulary = {
  sv: {
    'guidanceMode.on-site': 'Besök',
    'guidanceMode.phone': 'Telefon',
    'guidanceMode.video': 'Video',
  },
  en: {
    'guidanceMode.on-site': 'In person',
    'guidanceMode.phone': 'Phone',
    'guidanceMode.video': 'Video',
  },
} satisfies VocabularyPack;
