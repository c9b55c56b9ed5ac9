/** Registers `<lc-exam-request>`; importing it twice (or with another copy) is harmless. */
import { LcExamRequest } from './exam-request.ts';

export { LcExamRequest };

if (!customElements.get('lc-exam-request')) customElements.define('lc-exam-request', LcExamRequest);
