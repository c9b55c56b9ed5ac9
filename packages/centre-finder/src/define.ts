/** Registers `<lc-centre-finder>`; importing it twice (or with another copy) is harmless. */
import { LcCentreFinder } from './centre-finder.ts';

export { LcCentreFinder };

if (!customElements.get('lc-centre-finder'))
  customElements.define('lc-centre-finder', LcCentreFinder);
