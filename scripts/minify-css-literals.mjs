// Minifies the CSS inside Lit's `css` tagged templates, for what we ship: the
// CDN folder, the packages' dist/ and the sizes `pnpm size` reports. esbuild
// minifies JavaScript but leaves template text alone, and our styles carry
// comments and indentation that no browser needs (a third of their bytes).
//
// Only files whose CSS lives in `css` templates by convention are touched
// (`*.styles.ts`, core's `tokens.ts`, and their compiled `.js`), so the text of a
// comment or string elsewhere that happens to contain css` is never rewritten.
//
// What it does inside each template's static text: removes comments, turns runs
// of whitespace into one space, and drops the space next to { } ; , > and after
// a colon or `(` and before `)`, and a `;` before `}`. Quoted strings stay exactly as written. Next to
// a `${…}` expression one space is kept, as it may be a descendant combinator.

import { readFile } from 'node:fs/promises';

/** Files whose `css` templates are minified. */
export const CSS_FILE = /(\.styles|[\\/]tokens)\.[cm]?[jt]s$/;

/**
 * `source` with the CSS of every `css\`…\`` template minified. Expressions in
 * `${…}` are copied unchanged.
 * @param {string} source
 * @returns {string}
 */
export function minifyCssLiterals(source) {
  let out = '';
  let i = 0;
  const start = /\bcss`/g;
  for (let match = start.exec(source); match; match = start.exec(source)) {
    if (match.index < i) continue;
    out += source.slice(i, match.index + 4);
    let j = match.index + 4;
    let text = '';
    /** @type {string[]} */
    const parts = [];
    /** @type {string[]} */
    const expressions = [];
    for (;;) {
      const c = source[j];
      if (c === undefined) throw new Error('minifyCssLiterals: a css template is not closed');
      if (c === '\\') {
        text += source.slice(j, j + 2);
        j += 2;
      } else if (c === '`') {
        j += 1;
        break;
      } else if (c === '$' && source[j + 1] === '{') {
        const end = expressionEnd(source, j + 2);
        parts.push(text);
        expressions.push(source.slice(j, end + 1));
        text = '';
        j = end + 1;
      } else {
        text += c;
        j += 1;
      }
    }
    parts.push(text);
    const minified = parts.map((part, index) =>
      minifyCss(part, { first: index === 0, last: index === parts.length - 1 }),
    );
    out += minified.map((part, index) => part + (expressions[index] ?? '')).join('') + '`';
    i = j;
    start.lastIndex = j;
  }
  return out + source.slice(i);
}

/**
 * Where the `${…}` expression that starts at `from` (after the `${`) ends: the
 * index of its closing brace. Skips strings, templates and nested braces.
 * @param {string} source
 * @param {number} from
 */
function expressionEnd(source, from) {
  let depth = 1;
  for (let j = from; j < source.length; j++) {
    const c = source[j];
    if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return j;
    else if (c === '"' || c === "'" || c === '`') j = stringEnd(source, j);
  }
  throw new Error('minifyCssLiterals: an expression in a css template is not closed');
}

/** The index of the quote that closes the string opening at `from`. */
function stringEnd(/** @type {string} */ source, /** @type {number} */ from) {
  const quote = source[from];
  for (let j = from + 1; j < source.length; j++) {
    if (source[j] === '\\') j++;
    else if (source[j] === quote) return j;
    else if (quote === '`' && source[j] === '$' && source[j + 1] === '{')
      j = expressionEnd(source, j + 2);
  }
  throw new Error('minifyCssLiterals: a string is not closed');
}

/**
 * One static piece of a css template, minified. `first`/`last`: whether it
 * starts or ends the template (then its outer whitespace goes entirely).
 * @param {string} css
 * @param {{ first: boolean, last: boolean }} position
 */
export function minifyCss(css, { first, last }) {
  let out = '';
  let text = '';
  const flush = () => {
    out += text
      .replace(/\s+/g, ' ')
      .replace(/ ?([{};,>]) ?/g, '$1')
      .replace(/([:(]) /g, '$1')
      .replace(/ \)/g, ')')
      .replace(/;}/g, '}');
    text = '';
  };
  // One pass, so that a quote in a comment or `/*` in a string is what it is.
  for (let i = 0; i < css.length; i++) {
    const c = css[i];
    if (c === '/' && css[i + 1] === '*') {
      const end = css.indexOf('*/', i + 2);
      i = end === -1 ? css.length : end + 1;
      text += ' ';
    } else if (c === '"' || c === "'") {
      flush();
      let j = i + 1;
      while (j < css.length && css[j] !== c) j += css[j] === '\\' ? 2 : 1;
      out += css.slice(i, j + 1);
      i = j;
    } else {
      text += c;
    }
  }
  flush();
  if (first) out = out.replace(/^ /, '');
  if (last) out = out.replace(/ $/, '');
  return out;
}

/**
 * An esbuild plugin that minifies the `css` templates of style files as they load.
 * @type {import('esbuild').Plugin}
 */
export const minifyCssLiteralsPlugin = {
  name: 'minify-css-literals',
  setup(build) {
    build.onLoad({ filter: CSS_FILE }, async ({ path }) => ({
      contents: minifyCssLiterals(await readFile(path, 'utf8')),
      loader: path.endsWith('ts') ? 'ts' : 'js',
    }));
  },
};
