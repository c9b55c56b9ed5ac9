/**
 * A course's application period said the way a person would: "Ansökan stänger
 * om 5 dagar", "Ansökan öppnar 15 mars", "Sista ansökningsdag 15 april".
 */
import { type Translate, formatDate, formatRelativeDays } from '@learning-centre/core';
import { type Course } from '@learning-centre/feed/widget';
import { applicationState } from '@learning-centre/feed/queries';
import { courseFinderText } from './messages.ts';
import { inOtherYear } from './year.ts';

/** Within this many days, the closing day is counted down ("om 5 dagar") rather than dated. */
export const COUNTDOWN_DAYS = 14;

/** What a phrase needs besides the course. */
export interface PhraseContext {
  now: Date;
  /** The feed's time zone: the period's days are its local days. */
  timeZone: string;
  locale: string;
  t: Translate;
}

/** The phrase and whether one can apply now (the card then offers "Ansök"). */
export interface ApplicationPhrase {
  text: string;
  open: boolean;
}

/**
 * The application phrase for `course` at `now`, or `undefined` when there is
 * nothing to say: no period and no status, or a status (full, cancelled) the
 * card already shows.
 */
export function applicationPhrase(
  course: Course,
  { now, timeZone, locale, t }: PhraseContext,
): ApplicationPhrase | undefined {
  const application = applicationState(course, now, timeZone);
  const date = (day: string) =>
    formatDate(day, { lang: locale, timeZone, year: inOtherYear(day, now, timeZone) });
  switch (application.state) {
    case 'not-yet-open':
      return {
        text: courseFinderText(locale, 'courseFinder.opensOn', { date: date(application.opens!) }),
        open: false,
      };
    case 'open': {
      const days = application.closesIn;
      let text: string;
      if (days === undefined) text = t('courseStatus.open');
      else if (days <= COUNTDOWN_DAYS)
        text = courseFinderText(locale, 'courseFinder.closesIn', {
          when: formatRelativeDays(days, locale),
        });
      else text = t('common.applyBy', { date: date(application.closes!) });
      return { text, open: true };
    }
    case 'closed':
      // Full and cancelled courses say so in their status; "closed" is the period's end.
      return course.status === 'full' || course.status === 'cancelled'
        ? undefined
        : { text: t('courseStatus.closed'), open: false };
    default:
      return undefined;
  }
}
