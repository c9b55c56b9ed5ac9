/**
 * What every part of the calendar needs to draw itself: the language, zone
 * and clock it shows, the feed, and the element's callbacks. Built once per
 * render by the element and handed to the view functions.
 */
import type { HeadingLevel, Translate } from '@learning-centre/core';
import type { Centre, Feed, LocalizedText } from '@learning-centre/feed/widget';
import type { Occurrence } from '@learning-centre/feed/queries';
import type { EventCalendarMessageKey } from './messages.ts';

export interface CalendarContext {
  /** The locale of texts and `Intl` (the element's `locale`). */
  lang: string;
  /** The zone times are shown in. */
  timeZone: string;
  /** "Now", for today and whether registration is open. */
  now: Date;
  /** Today in `timeZone`, 'YYYY-MM-DD'. */
  today: string;
  feed: Feed;
  /** The feed's address, which relative links in it are resolved against. */
  feedUrl: string;
  centres: ReadonlyMap<string, Centre>;
  /** Level of day headings; event titles are one deeper. */
  headingLevel: HeadingLevel;
  /** Core's UI texts (statuses, categories, "Heldag" …). */
  t: Translate;
  /** The calendar's own UI texts. */
  msg: (key: EventCalendarMessageKey, params?: Record<string, string | number>) => string;
  /** Feed text in the best language. */
  text: (value: LocalizedText | undefined) => string;
  /**
   * A person opened an occurrence (followed its title, or picked it in the
   * grid). Returns false when a listener of `lc-event-select` prevented the default.
   */
  select: (occurrence: Occurrence) => boolean;
  /** Downloads the occurrence's event as an .ics file. */
  addToCalendar: (occurrence: Occurrence) => void;
}
