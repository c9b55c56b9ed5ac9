/**
 * The partner wall's own UI texts (partner kinds come from core's tables).
 * A page rewords or translates them with core's
 * `registerMessages(lang, { 'partnerLogos.…': '…' })`.
 */
import { defineWidgetMessages, partnerVocabulary, useVocabulary } from '@learning-centre/core';

/** Swedish: the reference table. */
const sv = {
  'partnerLogos.empty': 'Det finns inga samarbetspartner att visa.',
  'partnerLogos.pause': 'Pausa logotyperna',
  'partnerLogos.play': 'Spela upp logotyperna',
};

export type PartnerLogosMessageKey = keyof typeof sv;

/** English. */
const en: Record<PartnerLogosMessageKey, string> = {
  'partnerLogos.empty': 'There are no partners to show.',
  'partnerLogos.pause': 'Pause the logos',
  'partnerLogos.play': 'Play the logos',
};

/** A partner-logos text in `locale`: `partnerLogosText('sv', 'partnerLogos.pause')`. */
export const partnerLogosText = defineWidgetMessages<PartnerLogosMessageKey>({ sv, en });

// The feed's words this widget shows (core's tables hold only what every widget says).
useVocabulary(partnerVocabulary);
