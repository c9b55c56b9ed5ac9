/**
 * Which centre's exam rules the widget shows, and which universities a
 * student can pick from. No DOM.
 */
import type { Centre, ExamInvigilation, Feed, Provider } from '@learning-centre/feed/widget';

/** A centre that takes exams, with its rules. */
export type ExamCentre = Centre & { examInvigilation: ExamInvigilation };

/** The feed's centres that take exam requests (they have `examInvigilation`), in feed order. */
export function examCentres(feed: Feed): ExamCentre[] {
  return feed.centres.filter((c): c is ExamCentre => c.examInvigilation !== undefined);
}

/**
 * The universities offered in the form: the rules' `universities` in their
 * order when the centre lists them (then no other can be typed in), else
 * every provider of kind `university` (and a student may type another).
 */
export function examUniversities(
  rules: ExamInvigilation,
  providers: readonly Provider[],
): { providers: Provider[]; freeText: boolean } {
  if (rules.universities) {
    const byId = new Map(providers.map((p) => [p.id, p]));
    const listed = rules.universities.flatMap((id) => byId.get(id) ?? []);
    // A list that names no provider of the feed cannot be chosen from: typing is allowed then.
    return { providers: listed, freeText: listed.length === 0 };
  }
  return { providers: providers.filter((p) => p.kind === 'university'), freeText: true };
}
