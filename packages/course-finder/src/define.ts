/**
 * Registers `<lc-course-finder>`. Import this once (`@learning-centre/course-finder/define`);
 * a second registration, by another copy of the bundle, is skipped.
 */
import { LcCourseFinder } from './course-finder.ts';

export { LcCourseFinder };

if (!customElements.get('lc-course-finder')) {
  customElements.define('lc-course-finder', LcCourseFinder);
}
