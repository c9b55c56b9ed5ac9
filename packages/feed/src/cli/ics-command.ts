import { eventToIcs, toIcs } from '../ics.ts';
import { FeedLoadError } from '../load.ts';
import { pickText } from '../text.ts';
import type { CliIO } from './io.ts';
import { SourceError, isUrl, readFeed } from './read-feed.ts';

/**
 * `lc-feed ics`: writes the feed's events (or the one named by `eventId`) to
 * stdout as iCalendar. Like a widget, it uses what is usable and says on
 * stderr when items were left out. Exit 0 when written, 1 when the feed is not
 * usable at all, 2 when it cannot be read or has no usable event `eventId`.
 */
export async function icsCommand(
  source: string,
  eventId: string | undefined,
  io: CliIO,
): Promise<number> {
  let loaded;
  try {
    loaded = await readFeed(source);
  } catch (error) {
    if (error instanceof SourceError) {
      io.err(`lc-feed: cannot read ${source}: ${error.message}\n`);
      return 2;
    }
    if (error instanceof FeedLoadError) {
      io.err(`lc-feed: ${source} is not a usable feed: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
  const { feed, issues } = loaded;
  const errors = issues.filter((issue) => issue.severity === 'error').length;
  const note = errors
    ? ` (the feed has ${errors} error${errors === 1 ? '' : 's'}: see lc-feed validate ${source})`
    : '';
  const options = { baseUrl: isUrl(source) ? source : undefined };

  if (eventId !== undefined) {
    const event = feed.events.find((candidate) => candidate.id === eventId);
    if (!event) {
      io.err(`lc-feed: no usable event with id "${eventId}" in ${source}${note}\n`);
      return 2;
    }
    io.out(eventToIcs(event, feed, options));
    return 0;
  }
  const calendarName = pickText(feed.publisher.name, feed.language, feed.language) || undefined;
  io.out(toIcs(feed.events, feed, { ...options, calendarName, method: 'PUBLISH' }));
  if (errors) io.err(`lc-feed: items with errors were left out${note}\n`);
  return 0;
}
