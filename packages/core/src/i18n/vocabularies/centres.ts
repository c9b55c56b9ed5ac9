import type { VocabularyPack } from '../message-types.ts';

/**
 * Centres: the services a learning centre offers.
 * Widgets that show them call `useVocabulary(centreVocabulary)` (core's tables hold
 * only what every widget says), so a bundle carries the words it shows.
 */
export const centreVocabulary = {
  sv: {
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
  },
  en: {
    'service.exam-invigilation': 'Exam invigilation',
    'service.study-guidance': 'Study guidance',
    'service.career-guidance': 'Career guidance',
    'service.group-rooms': 'Group rooms',
    'service.study-places': 'Study spaces',
    'service.video-conference': 'Video conferencing',
    'service.it-support': 'IT support',
    'service.library': 'Library',
    'service.validation': 'Validation of prior learning',
    'service.language-support': 'Language support',
    'service.printing': 'Printing',
    'service.wifi': 'Wi-Fi',
  },
} satisfies VocabularyPack;
