/**
 * "Lägg till i kalendern": the event as an .ics file, downloaded without a
 * server. A Blob behind an object URL and a temporary `<a download>` need no
 * inline script or `data:` URL, so a strict Content-Security-Policy allows it.
 */
import { type FeedEvent } from '@learning-centre/feed/widget';
import type { IcsFeed } from '@learning-centre/feed/ics';

/**
 * How long the object URL outlives the click. Browsers start the download
 * asynchronously; revoking at once can cancel it (FileSaver.js waits 40 s).
 */
export const REVOKE_AFTER_MS = 30_000;

/** A file name from an event id: ids may hold `:`, which some systems refuse in names. */
export function icsFileName(event: FeedEvent): string {
  return `${event.id.replace(/[^A-Za-z0-9._-]+/g, '-')}.ics`;
}

/**
 * Downloads `event` (a recurring one as its whole series, with RRULE and
 * EXDATEs) as an iCalendar file built by `@learning-centre/feed`. The link is
 * put in `container` (the shadow root) for the click, then removed.
 *
 * The ICS writer is loaded on the first click: most visitors never add an
 * event to their calendar, so the widget's first download leaves it out.
 */
export async function downloadEventIcs(
  container: Node & ParentNode,
  event: FeedEvent,
  feed: IcsFeed,
  options: { language: string; baseUrl: string },
): Promise<void> {
  const { eventToIcs } = await import('@learning-centre/feed/ics');
  const ics = eventToIcs(event, feed, options);
  const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = icsFileName(event);
  link.hidden = true;
  container.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
