// The test pages for the CDN folder (see cdn-middleware.mjs): real pages, each
// with the headers a strict site would send, built from the widgets the build
// found, so a new widget is on them without editing this file.

/**
 * The strict policy of issue 8. Only the `lit-html` and `lc-widgets` Trusted
 * Types policies may be created; scripts, styles and fetches stay same-origin
 * (images and feeds may also come over https).
 */
export const STRICT_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' https: data:",
  "connect-src 'self' https:",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html lc-widgets',
].join('; ');

/**
 * The same, for a page that runs two copies of Lit (the CDN folder and a
 * widget package bundled on its own): each copy asks for the `lit-html` policy.
 */
export const DUPLICATES_CSP = STRICT_CSP.replace(
  'trusted-types lit-html lc-widgets',
  "trusted-types lit-html lc-widgets 'allow-duplicates'",
);

/** A site where scripts do not run at all: only the light-DOM fallback can show. */
export const NO_SCRIPT_CSP = "default-src 'none'; script-src 'none'; style-src 'self'";

/** Attributes a test page gives a tag besides `feed` (the features worth running under the policy). */
const EXTRA_ATTRIBUTES = {
  // JSON-LD in <head>: a <script> element filled by the widget.
  'lc-course-finder': 'structured-data',
  // A custom property set at run time (through the CSSOM: a style attribute would be blocked).
  'lc-partner-logos': 'columns="3"',
};

/** The feed every page's widgets read (the sample feed, same origin). */
const FEED = '../feed/sample-feed.json';

/**
 * @typedef {object} PageOptions
 * @property {string[]} tags the tags on the page
 * @property {string[]} [loaders] the loader URLs, relative to the page (default `../dist/widgets.js`)
 * @property {string[]} [before] module scripts that run before the loaders
 * @property {boolean} [axe] load axe-core too
 * @property {boolean} [scripts] false: no script at all (default true)
 */

/**
 * A page in the style of a municipal site: Bootstrap, then a reset that
 * shrinks the root font and sets `content-box` everywhere, each widget in its
 * own section with a link in the light DOM for readers without scripts.
 * @param {PageOptions} options
 * @returns {string}
 */
export function testPage({
  tags,
  loaders = ['../dist/widgets.js'],
  before = [],
  axe = false,
  scripts = true,
}) {
  const head = [
    '<link rel="stylesheet" href="../vendor/bootstrap.min.css">',
    '<link rel="stylesheet" href="reset.css">',
  ];
  if (scripts) {
    head.push('<script src="page.js"></script>');
    if (axe) head.push('<script src="../vendor/axe.min.js"></script>');
    for (const src of [...before, ...loaders])
      head.push(`<script type="module" src="${escapeAttribute(src)}"></script>`);
  }
  const sections = tags.map((tag, index) => {
    const extra = EXTRA_ATTRIBUTES[/** @type {keyof typeof EXTRA_ATTRIBUTES} */ (tag)] ?? '';
    return `<section class="my-4" aria-labelledby="s${index}">
  <h2 id="s${index}">${tag}</h2>
  <${tag} feed="${FEED}" ${extra}>
    <p class="lc-fallback"><a href="https://larcentrum.example/">Läs mer på lärcentrumets webbplats</a></p>
  </${tag}>
</section>`;
  });
  return `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Lärcentrum: ${tags.length === 1 ? tags[0] : 'alla widgetar'}</title>
${head.join('\n')}
</head>
<body>
<main class="container">
<h1>Lärcentrum i samverkan</h1>
${sections.join('\n')}
</main>
</body>
</html>
`;
}

/** @param {string} value */
function escapeAttribute(value) {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
