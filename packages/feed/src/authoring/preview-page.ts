/**
 * The HTML of `lc-feed serve`'s preview page: every widget on the served
 * feed, the feed's validation status, and (in external files, so a strict
 * Content-Security-Policy holds) the script that reloads it when the feed changes.
 */

/** The widgets the preview shows when the bundle does not list its own (its widgets.manifest.json). */
export const PREVIEW_WIDGETS: readonly string[] = [
  'lc-course-finder',
  'lc-event-calendar',
  'lc-centre-finder',
  'lc-partner-logos',
  'lc-guidance-booking',
];

export interface PreviewPageOptions {
  /** Where the feed is served (`/feed.json`). */
  feedUrl: string;
  /** The file being served, for the heading. */
  feedName: string;
  /** The widgets bundle (a script defining the lc-* tags), or undefined when there is none. */
  widgetsUrl?: string;
  /** The tags to show (default `PREVIEW_WIDGETS`). */
  tags?: readonly string[];
}

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The page. Every widget gets `debug`, so editors see the feed's issues in place. */
export function previewPage({
  feedUrl,
  feedName,
  widgetsUrl,
  tags = PREVIEW_WIDGETS,
}: PreviewPageOptions): string {
  const feed = escape(feedUrl);
  const sections = tags
    .map(
      (tag) => `
    <section data-widget="${tag}" aria-labelledby="${tag}-heading">
      <h2 id="${tag}-heading">${escape(titleOf(tag))} <code>&lt;${tag}&gt;</code></h2>
      <${tag} feed="${feed}" debug></${tag}>
    </section>`,
    )
    .join('');
  const bundle = widgetsUrl ? `<script type="module" src="${escape(widgetsUrl)}"></script>` : '';
  const missing = widgetsUrl
    ? ''
    : `
    <p class="lc-preview-note" role="note">No widgets bundle was found, so the widgets below stay empty.
      Build the <code>@learning-centre/widgets</code> package (it writes <code>packages/widgets/dist/widgets.js</code>),
      or start the preview with <code>lc-feed serve ${escape(feedName)} --widgets &lt;URL of widgets.js&gt;</code>.</p>`;
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Preview: ${escape(feedName)}</title>
    <link rel="stylesheet" href="/__lc/preview.css" />
    ${bundle}
    <script type="module" src="/__lc/preview.js"></script>
  </head>
  <body>
    <header>
      <h1>Preview of <code>${escape(feedName)}</code></h1>
      <p>The feed is served at <a href="${feed}">${feed}</a> (with CORS). This page reloads when the file changes.</p>
      <p>
        <label for="lc-preview-lang">Page language (the widgets follow it)</label>
        <select id="lc-preview-lang">
          <option value="sv">svenska</option>
          <option value="en">English</option>
        </select>
      </p>
      <p id="lc-preview-status" role="status">Checking the feed…</p>
      <ul id="lc-preview-issues"></ul>${missing}
    </header>
    <main>${sections}
    </main>
  </body>
</html>
`;
}

/** `lc-course-finder` → `Course finder`. */
function titleOf(tag: string): string {
  const words = tag.replace(/^lc-/, '').replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
