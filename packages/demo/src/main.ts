/**
 * The demo page's only script. It registers every widget that exists (the list
 * is made at build time by scripts/demo.mjs); a tag whose widget is not built
 * yet keeps showing the fallback content written inside it.
 *
 * `?debug` in the address is for editors checking a feed: it sets each
 * widget's `debug` attribute (feed issues listed on the page) and labels the
 * widget areas with their tag and whether it is registered.
 */
import { widgets } from 'lc:widgets';

if (new URLSearchParams(location.search).has('debug')) {
  document.documentElement.dataset.debug = '';
  for (const area of document.querySelectorAll<HTMLElement>('[data-widget]')) {
    const tag = area.dataset.widget ?? '';
    const registered = customElements.get(tag) !== undefined;
    area.dataset.widgetState = registered ? 'registered' : 'not built yet';
    area.querySelector(tag)?.setAttribute('debug', '');
  }
  console.info(`Widgets on this page: ${widgets.length ? widgets.join(', ') : 'none yet'}`);
}
