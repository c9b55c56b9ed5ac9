/** Registers `<lc-event-calendar>`; importing it twice (or with another copy) is harmless. */
import { LcEventCalendar } from './event-calendar.ts';

export { LcEventCalendar };

if (!customElements.get('lc-event-calendar'))
  customElements.define('lc-event-calendar', LcEventCalendar);
