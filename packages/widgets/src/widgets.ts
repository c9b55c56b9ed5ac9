/**
 * The CDN entry, `widgets.js`: the only script a page needs.
 *
 * ```html
 * <script type="module" src="https://cdn.example/@learning-centre/widgets/dist/widgets.js"></script>
 * <lc-partner-logos feed="/larcentrum/feed.json"><a href="https://larcentrum.example/">Våra partner</a></lc-partner-logos>
 * ```
 *
 * Each `<lc-*>` tag is defined when it first appears on the page, or in an open
 * shadow root, by importing that widget's chunk; a page inside an iframe also
 * reports its height to the parent (`lc-widgets:height`).
 */
import { widgetChunks } from 'lc:widget-chunks';
import { reportHeightToParent } from './iframe-height.ts';
import { defineOnDemand } from './loader.ts';

defineOnDemand(widgetChunks);
reportHeightToParent();
