/**
 * The centre finder's own UI texts (services, "Öppet nu", "Stängt", e-post,
 * telefon and webbplats come from core's tables). A page rewords or
 * translates them with core's `registerMessages(lang, { 'centreFinder.…': '…' })`.
 */
import { centreVocabulary, defineWidgetMessages, useVocabulary } from '@learning-centre/core';

/** Swedish: the reference table. */
const sv = {
  'centreFinder.empty': 'Det finns inga lärcentrum att visa.',
  'centreFinder.showing': 'Visar {shown} av {total} lärcentrum.',
  'centreFinder.locate': 'Använd min position',
  'centreFinder.privacy':
    'Din position används bara här i webbläsaren för att sortera listan. Den skickas aldrig någonstans.',
  'centreFinder.asking': 'Hämtar din position…',
  'centreFinder.located': 'Listan visar närmaste lärcentrum först, räknat från din position.',
  'centreFinder.denied':
    'Du har inte gett webbplatsen tillgång till din position. Du kan ändra det i webbläsarens inställningar.',
  'centreFinder.unavailable': 'Din position gick inte att hämta. Försök gärna igen om en stund.',
  'centreFinder.distance': 'Avstånd',
  'centreFinder.municipality': 'Kommun',
  'centreFinder.address': 'Adress',
  'centreFinder.map': 'Visa på karta',
  'centreFinder.today': 'I dag',
  'centreFinder.openAllDay': 'Öppet dygnet runt',
  'centreFinder.closesAt': 'stänger {time}',
  'centreFinder.opensAt': 'öppnar {time}',
  'centreFinder.services': 'Det här finns',
  'centreFinder.contact': 'Kontakt',
  'centreFinder.select': 'Välj',
};

export type CentreFinderMessageKey = keyof typeof sv;

/** English. */
const en: Record<CentreFinderMessageKey, string> = {
  'centreFinder.empty': 'There are no learning centres to show.',
  'centreFinder.showing': 'Showing {shown} of {total} learning centres.',
  'centreFinder.locate': 'Use my location',
  'centreFinder.privacy':
    'Your position is only used here in your browser to sort the list. It is never sent anywhere.',
  'centreFinder.asking': 'Finding your position…',
  'centreFinder.located': 'The nearest learning centres come first, from your position.',
  'centreFinder.denied':
    "You haven't let this site use your position. You can change this in your browser's settings.",
  'centreFinder.unavailable': "Your position couldn't be found. Please try again in a moment.",
  'centreFinder.distance': 'Distance',
  'centreFinder.municipality': 'Municipality',
  'centreFinder.address': 'Address',
  'centreFinder.map': 'Show on map',
  'centreFinder.today': 'Today',
  'centreFinder.openAllDay': 'Open 24 hours',
  'centreFinder.closesAt': 'closes {time}',
  'centreFinder.opensAt': 'opens {time}',
  'centreFinder.services': 'Services',
  'centreFinder.contact': 'Contact',
  'centreFinder.select': 'Select',
};

/** A centre-finder text in `locale`: `centreFinderText('sv', 'centreFinder.locate')`. */
export const centreFinderText = defineWidgetMessages<CentreFinderMessageKey>({ sv, en });

// The feed's words this widget shows (core's tables hold only what every widget says).
useVocabulary(centreVocabulary);
