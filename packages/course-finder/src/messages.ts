/**
 * The course finder's own UI texts (core's tables have the shared words:
 * levels, modes, statuses, credits, "Rensa filter"). A page rewords or
 * translates any of them with core's `registerMessages(lang, { 'courseFinder.…': '…' })`.
 */
import { courseVocabulary, defineWidgetMessages, useVocabulary } from '@learning-centre/core';

/** Swedish: the reference table. */
const sv = {
  'courseFinder.form': 'Hitta en kurs',
  'courseFinder.search': 'Sök kurs',
  'courseFinder.searchHint': 'Sök på kursens namn, ämne, anordnare eller ort.',
  'courseFinder.filters': 'Filtrera',
  'courseFinder.subject': 'Ämne',
  'courseFinder.level': 'Nivå',
  'courseFinder.mode': 'Studieform',
  'courseFinder.pace': 'Studietakt',
  'courseFinder.term': 'Start',
  'courseFinder.provider': 'Anordnare',
  'courseFinder.centre': 'Lärcentrum',
  'courseFinder.openNow': 'Öppen för ansökan nu',
  'courseFinder.openNowFilter': 'öppen för ansökan nu',
  'courseFinder.startsFrom': 'start tidigast {date}',
  'courseFinder.startsTo': 'start senast {date}',
  'courseFinder.selected': { one: '# vald', other: '# valda' },
  'courseFinder.facetCount': '{label} ({count})',
  'courseFinder.term.spring': 'Våren {year}',
  'courseFinder.term.summer': 'Sommaren {year}',
  'courseFinder.term.autumn': 'Hösten {year}',
  'courseFinder.results': 'Kurser',
  'courseFinder.showing': 'Visar {shown} av {total}',
  'courseFinder.showMore': 'Visa fler kurser',
  'courseFinder.noMatch': 'Inga kurser matchar {filters}.',
  'courseFinder.quoted': '”{text}”',
  'courseFinder.none': 'Det finns inga kurser att visa just nu.',
  'courseFinder.credits': 'Omfattning',
  'courseFinder.languages': 'Undervisningsspråk',
  'courseFinder.dates': 'Kurstid',
  'courseFinder.application': 'Ansökan',
  'courseFinder.closesIn': 'Ansökan stänger {when}',
  'courseFinder.opensOn': 'Ansökan öppnar {date}',
  'courseFinder.centres': 'Studera på lärcentrum',
  'courseFinder.distance': '{name}, {distance}',
  'courseFinder.sessions': 'Träffar',
  'courseFinder.otherSessions': 'Övriga träffar',
  'courseFinder.sessionAt': '{session}, {place}',
};

export type CourseFinderMessageKey = keyof typeof sv;

/** English. */
const en: Record<CourseFinderMessageKey, (typeof sv)[CourseFinderMessageKey]> = {
  'courseFinder.form': 'Find a course',
  'courseFinder.search': 'Search courses',
  'courseFinder.searchHint': 'Search by course name, subject, provider or place.',
  'courseFinder.filters': 'Filter',
  'courseFinder.subject': 'Subject',
  'courseFinder.level': 'Level',
  'courseFinder.mode': 'Study mode',
  'courseFinder.pace': 'Pace',
  'courseFinder.term': 'Starts',
  'courseFinder.provider': 'Provider',
  'courseFinder.centre': 'Learning centre',
  'courseFinder.openNow': 'Open for applications now',
  'courseFinder.openNowFilter': 'open for applications now',
  'courseFinder.startsFrom': 'starting on or after {date}',
  'courseFinder.startsTo': 'starting by {date}',
  'courseFinder.selected': { one: '# selected', other: '# selected' },
  'courseFinder.facetCount': '{label} ({count})',
  'courseFinder.term.spring': 'Spring {year}',
  'courseFinder.term.summer': 'Summer {year}',
  'courseFinder.term.autumn': 'Autumn {year}',
  'courseFinder.results': 'Courses',
  'courseFinder.showing': 'Showing {shown} of {total}',
  'courseFinder.showMore': 'Show more courses',
  'courseFinder.noMatch': 'No courses match {filters}.',
  'courseFinder.quoted': '“{text}”',
  'courseFinder.none': 'There are no courses to show right now.',
  'courseFinder.credits': 'Credits',
  'courseFinder.languages': 'Language of instruction',
  'courseFinder.dates': 'Dates',
  'courseFinder.application': 'Application',
  'courseFinder.closesIn': 'Applications close {when}',
  'courseFinder.opensOn': 'Applications open {date}',
  'courseFinder.centres': 'Study at a learning centre',
  'courseFinder.distance': '{name}, {distance}',
  'courseFinder.sessions': 'Sessions',
  'courseFinder.otherSessions': 'Other sessions',
  'courseFinder.sessionAt': '{session}, {place}',
};

/** A course finder text in `locale`, placeholders filled: `courseFinderText('sv', 'courseFinder.search')`. */
export const courseFinderText = defineWidgetMessages<CourseFinderMessageKey>({ sv, en });

// The feed's words this widget shows (core's tables hold only what every widget says).
useVocabulary(courseVocabulary);
