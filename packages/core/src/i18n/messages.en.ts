import type { CoreMessages } from './message-types.ts';

/** English UI texts; also what a page in a language we have no table for sees. */
export const en: CoreMessages = {
  'state.loading': 'Loading…',
  'state.empty': 'There is nothing to show right now.',
  'state.retry': 'Try again',
  'state.retrying': 'Trying again…',
  'state.feedAddress': 'Feed address:',

  'error.config': "Set the feed attribute to the address of your learning centre's feed.",
  'error.network': "We couldn't reach the feed. Check the address and the internet connection.",
  'error.notFound': "We couldn't find the feed ({status}).",
  'error.http': "The feed's server answered with an error ({status}).",
  'error.timeout': 'The feed took too long to answer.',
  'error.parse': "The feed can't be read: it isn't valid JSON.",
  'error.schema': "The feed has a format that can't be used.",
  'error.tooLarge': 'The feed is too large to show.',
  'error.aborted': 'Loading was cancelled.',

  'debug.title': 'Debug: feed issues',
  'debug.hint': 'This list is shown because the debug attribute is set.',
  'debug.count': { one: '# issue found.', other: '# issues found.' },
  'debug.none': 'No issues found in the feed.',
  'debug.more': { one: '… and # more.', other: '… and # more.' },
  'severity.error': 'Error',
  'severity.warning': 'Warning',

  'common.allDay': 'All day',
  'common.online': 'Online',
  'common.readMore': 'Read more',
  'common.apply': 'Apply',
  'common.register': 'Register',
  'common.addToCalendar': 'Add to calendar',
  'common.showMore': 'Show more',
  'common.search': 'Search',
  'common.clearFilters': 'Clear filters',
  'common.openNow': 'Open now',
  'common.closedNow': 'Closed now',
  'common.closed': 'Closed',
  'common.email': 'Email',
  'common.phone': 'Phone',
  'common.website': 'Website',
  'common.pace': 'Pace {pace}',
  'common.starts': 'Starts {date}',
  'common.applyBy': 'Apply by {date}',
  'common.results': { one: '# result', other: '# results' },
  'common.courses': { one: '# course', other: '# courses' },
  'common.events': { one: '# event', other: '# events' },

  // Swedish högskolepoäng are ECTS-compatible and called "credits" in English.
};
