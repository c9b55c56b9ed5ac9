/**
 * The code an editor pastes: the script tag, an optional style block with
 * design tokens, and the element with its attributes and a fallback link
 * (shown until the widget has loaded, and where scripts do not run).
 */

/** Where the builder's snippets load the widgets from unless the editor changes it. */
export const DEFAULT_SCRIPT_URL =
  'https://cdn.jsdelivr.net/npm/@learning-centre/widgets@0.1/dist/widgets.js';

export interface SnippetOptions {
  /** The widgets script (the CDN's, or the municipality's own copy). */
  scriptUrl: string;
  tagName: string;
  /** The feed's absolute address. */
  feedUrl: string;
  /** Attribute values in order; `true` writes a boolean attribute, `''` and `false` leave it out. */
  attributes?: Readonly<Record<string, string | boolean>>;
  /** `--lc-*` custom properties for the style block; none, no block. */
  tokens?: Readonly<Record<string, string>>;
  /** A link shown inside the element until the widget has loaded. */
  fallback?: { href: string; text: string };
}

/** `"` `&` `<` `>` as entities: safe inside a double-quoted attribute. */
export function escapeAttribute(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** `&` `<` `>` as entities: safe as element text. */
export function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Whether a custom property value can go into the style block as it is: one
 * line, none of `; { } < > \`, no comment, and quotes in pairs. Anything else
 * could end the declaration, the rule or the `<style>` element.
 */
export function isSafeTokenValue(value: string): boolean {
  const text = value.trim();
  if (!text || /[;{}<>\\\r\n]|\/\*/.test(text)) return false;
  return (text.match(/"/g)?.length ?? 0) % 2 === 0 && (text.match(/'/g)?.length ?? 0) % 2 === 0;
}

/**
 * The style block's content (what goes between `<style>` and `</style>`, and
 * what the CSP hash is taken of): the tokens on the widget's tag. Unsafe
 * values are left out; no tokens, an empty string.
 */
export function tokenStyle(tagName: string, tokens: Readonly<Record<string, string>> = {}): string {
  const declarations = Object.entries(tokens)
    .filter(([name, value]) => /^--lc-[a-z0-9-]+$/.test(name) && isSafeTokenValue(value))
    .map(([name, value]) => `    ${name}: ${value.trim()};\n`);
  return declarations.length === 0 ? '' : `\n  ${tagName} {\n${declarations.join('')}  }\n`;
}

/** The start tag's attributes: ` feed="…" view="month" monochrome`. */
function attributeText(options: SnippetOptions): string {
  let text = ` feed="${escapeAttribute(options.feedUrl)}"`;
  for (const [name, value] of Object.entries(options.attributes ?? {})) {
    if (!/^[a-z][a-z0-9-]*$/.test(name) || name === 'feed') continue;
    if (value === true) text += ` ${name}`;
    else if (typeof value === 'string' && value.trim() !== '')
      text += ` ${name}="${escapeAttribute(value.trim())}"`;
  }
  return text;
}

/** The whole snippet, ending with a newline. */
export function snippetText(options: SnippetOptions): string {
  const { tagName, fallback } = options;
  const lines = [
    `<script type="module" src="${escapeAttribute(options.scriptUrl.trim())}"></script>`,
  ];
  const style = tokenStyle(tagName, options.tokens);
  if (style) lines.push(`<style>${style}</style>`);
  const start = `<${tagName}${attributeText(options)}>`;
  if (fallback) {
    lines.push(
      start,
      `  <p><a href="${escapeAttribute(fallback.href)}">${escapeText(fallback.text)}</a></p>`,
      `</${tagName}>`,
    );
  } else {
    lines.push(`${start}</${tagName}>`);
  }
  return `${lines.join('\n')}\n`;
}
