import type { FeedIssue } from './schema/dsl.ts';
import type { FeedEvent } from './types.ts';
import { parseRecurrenceRule } from './query/recurrence-rule.ts';

/**
 * RRULEs the JSON Schema pattern lets through but RFC 5545 forbids (COUNT with
 * UNTIL, a BYDAY ordinal outside FREQ=MONTHLY): such an event could not be
 * expanded, so it is left out and reported like any other broken item.
 */
export function keepExpandableEvents(events: FeedEvent[], issues: FeedIssue[]): FeedEvent[] {
  return events.filter((event) => {
    if (!event.recurrence) return true;
    try {
      parseRecurrenceRule(event.recurrence.rrule);
      return true;
    } catch (error) {
      issues.push({
        path: `events[id=${event.id}].recurrence.rrule`,
        message: `${(error as Error).message}; this event is left out`,
        severity: 'error',
        rule: 'semantic',
      });
      return false;
    }
  });
}
