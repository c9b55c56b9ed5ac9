/**
 * The choices a calendar's filters offer: only categories and centres that
 * some event has, so no choice ever leads to an empty calendar by itself.
 */
import { EVENT_CATEGORIES } from '../schema/vocabulary.ts';
import type { Centre, EventCategory, Feed } from '../types.ts';

/** What the events of a feed can be filtered by. */
export interface EventFacets {
  /** Categories some event has, in the feed format's order (lecture, streamed-lecture, …). */
  categories: EventCategory[];
  /** Centres some event is held at, in feed order. */
  centres: Centre[];
}

/** The categories and centres the feed's events use (see `EventFacets`). */
export function eventFacets(feed: Pick<Feed, 'events' | 'centres'>): EventFacets {
  const categories = new Set<string>();
  const centreIds = new Set<string>();
  for (const event of feed.events) {
    categories.add(event.category);
    if (event.centre !== undefined) centreIds.add(event.centre);
  }
  return {
    categories: EVENT_CATEGORIES.filter((category) => categories.has(category)),
    centres: feed.centres.filter((centre) => centreIds.has(centre.id)),
  };
}
