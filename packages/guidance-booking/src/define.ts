/** Registers `<lc-guidance-booking>`; importing it twice (or with another copy) is harmless. */
import { LcGuidanceBooking } from './guidance-booking.ts';

export { LcGuidanceBooking };

if (!customElements.get('lc-guidance-booking'))
  customElements.define('lc-guidance-booking', LcGuidanceBooking);
