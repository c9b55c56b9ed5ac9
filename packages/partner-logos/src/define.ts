/** Registers `<lc-partner-logos>`; importing it twice (or with another copy) is harmless. */
import { LcPartnerLogos } from './partner-logos.ts';

export { LcPartnerLogos };

if (!customElements.get('lc-partner-logos'))
  customElements.define('lc-partner-logos', LcPartnerLogos);
