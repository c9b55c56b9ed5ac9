import type { HeadingLevel } from '@learning-centre/core';
import type { CentreService, LocalizedText } from '@learning-centre/feed/widget';

/**
 * The UI texts of a card, looked up once per render for all the cards (a
 * lookup per card and label is thousands of lookups in a long list).
 */
export interface CardLabels {
  distance: string;
  municipality: string;
  address: string;
  map: string;
  today: string;
  services: string;
  contact: string;
  select: string;
  phone: string;
  email: string;
  website: string;
  openNow: string;
  closedNow: string;
  closed: string;
  openAllDay: string;
  /** "stänger 20:00" */
  closesAt: (time: string) => string;
  /** "öppnar tis 3 mars 08:00" */
  opensAt: (time: string) => string;
  /** Services in words: "Tentamensskrivning, Studieplatser och Wifi". */
  serviceList: (services: readonly CentreService[]) => string;
}

/** What every centre card shares: language, clock, texts, the page's choices and the handlers. */
export interface CardContext {
  /** The UI locale (texts and `Intl`). */
  lang: string;
  /** The feed's time zone: opening hours are read on its clock. */
  timeZone: string;
  now: Date;
  /** Links in the feed are relative to it. */
  feedUrl: string;
  headingLevel: HeadingLevel;
  mapTemplate?: string;
  /** Show a "Välj" button on each card. */
  selectable: boolean;
  /** The id of the centre chosen with "Välj". */
  selected?: string;
  labels: CardLabels;
  /** Feed text in the reader's language. */
  text: (value: LocalizedText | undefined) => string;
  /** On the name link and the "Välj" button; they carry the centre's id in `data-centre`. */
  onSelect: (event: Event) => void;
}
