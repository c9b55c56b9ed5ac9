/**
 * The learning-centre feed, version 1.x: the single source of truth.
 * `validate.ts` checks feeds with these definitions, `scripts/build-schema.ts`
 * writes them out as `schema/feed.schema.json`, and `types.ts` infers the
 * TypeScript types from them. Field meanings are documented in docs/feed.md.
 *
 * One module per section (centre.ts, course.ts, event.ts, guidance.ts,
 * partner.ts): a widget's validator imports only the sections it reads, and a
 * bundler leaves the rest out (the DSL's factories are marked free of side
 * effects, and code splitting works per module).
 */
import { object } from './dsl.ts';
import { centresSection } from './centre.ts';
import { coursesSection, providersSection, subjectsSection } from './course.ts';
import { calendarSection, eventsSection } from './event.ts';
import { guidanceSection } from './guidance.ts';
import { feedHeaderShape } from './header.ts';
import { partnersSection } from './partner.ts';

export * from './vocabulary.ts';
export * from './patterns.ts';
export * from './shapes.ts';
export * from './header.ts';
export * from './centre.ts';
export * from './course.ts';
export * from './event.ts';
export * from './guidance.ts';
export * from './partner.ts';

/** The whole feed. The loader checks the top level one property at a time, so one broken part never hides the rest. */
export const feedDef = object({
  ...feedHeaderShape,
  calendar: calendarSection,
  centres: centresSection,
  providers: providersSection,
  subjects: subjectsSection,
  courses: coursesSection,
  events: eventsSection,
  guidance: guidanceSection,
  partners: partnersSection,
});
