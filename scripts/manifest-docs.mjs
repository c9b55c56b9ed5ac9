// Docs from the custom elements manifests (scripts/manifest.mjs uses these):
// the theming block of docs/embedding.md is generated; each widget README is
// written by people and checked against its manifest, so neither can drift
// from the JSDoc in the widgets' sources.

/** The editors' guide, relative to the repository. */
export const EMBEDDING_DOC = 'docs/embedding.md';
/** The name of its generated block: `<!-- generated:theming -->` … `<!-- /generated:theming -->`. */
export const THEMING_BLOCK = 'theming';
/** Where the shared tokens and parts are declared. */
const BASE_CLASS = 'LcElement';

/**
 * The custom element declarations (with a tag) of a manifest, by tag name.
 * @param {any} manifest
 * @returns {any[]}
 */
export function widgetDeclarations(manifest) {
  return (manifest?.modules ?? [])
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName)
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
}

/**
 * `text` with the block between `<!-- generated:name -->` and
 * `<!-- /generated:name -->` replaced by `content`.
 * @param {string} text
 * @param {string} name
 * @param {string} content
 */
export function replaceGeneratedBlock(text, name, content) {
  const start = `<!-- generated:${name} -->`;
  const end = `<!-- /generated:${name} -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`No ${start} … ${end} block to fill.`);
  return `${text.slice(0, from + start.length)}\n\n${content.trim()}\n\n${text.slice(to)}`;
}

/** A table cell: pipes escaped, one line. */
const cell = (text) =>
  String(text ?? '')
    .replace(/\s+/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
const code = (text) => `\`${text}\``;
const isShared = (item) => item.inheritedFrom?.name === BASE_CLASS;

/**
 * The theming reference: the shared design tokens, then each widget's own
 * custom properties and its parts.
 * @param {any[]} manifests one per widget package
 * @returns {string} Markdown
 */
export function themingMarkdown(manifests) {
  const widgets = manifests.flatMap(widgetDeclarations);
  const tokens = new Map();
  for (const widget of widgets)
    for (const prop of widget.cssProperties ?? [])
      if (isShared(prop) && !tokens.has(prop.name)) tokens.set(prop.name, prop);
  const lines = [
    '<!-- Written by `pnpm manifest` from the custom elements manifests: change the JSDoc in the widgets, not this block. -->',
    '',
    '### Design tokens (every widget)',
    '',
    ...propertyTable([...tokens.values()]),
  ];
  for (const widget of widgets) {
    const own = (widget.cssProperties ?? []).filter((prop) => !isShared(prop));
    const parts = widget.cssParts ?? [];
    lines.push('', `### ${code(`<${widget.tagName}>`)}`, '');
    if (own.length > 0) lines.push(...propertyTable(own), '');
    lines.push('| Part | What it is |', '| --- | --- |');
    for (const part of parts) lines.push(`| ${code(part.name)} | ${cell(part.description)} |`);
  }
  return lines.join('\n');
}

function propertyTable(props) {
  return [
    '| Custom property | Default | What it is for |',
    '| --- | --- | --- |',
    ...props.map(
      (prop) =>
        `| ${code(prop.name)} | ${prop.default ? code(cell(prop.default)) : '–'} | ${cell(prop.description)} |`,
    ),
  ];
}

/**
 * The README's sections: each heading (any level) with the text under it.
 * @param {string} markdown
 * @returns {{ heading: string, body: string }[]}
 */
function sections(markdown) {
  const result = [{ heading: '', body: '' }];
  let fenced = false;
  for (const line of markdown.split('\n')) {
    if (line.startsWith('```')) fenced = !fenced;
    const heading = !fenced && /^#{1,6}\s+(.*)$/.exec(line);
    if (heading) result.push({ heading: heading[1], body: '' });
    else result[result.length - 1].body += `${line}\n`;
  }
  return result;
}

/** Every `code` span's text. */
const codeSpans = (text) => [...text.matchAll(/`([^`\n]+)`/g)].map((match) => match[1]);

/** The cells of each body row of the Markdown tables in `text` (header rows included). */
function tableRows(text) {
  return text
    .split('\n')
    .filter((line) => line.trim().startsWith('|') && !/^\|[\s:|-]+\|$/.test(line.trim()))
    .map((line) =>
      line
        .trim()
        .replace(/^\||\|$/g, '')
        .split(/(?<!\\)\|/)
        .map((c) => c.trim()),
    );
}

/**
 * What a widget README gets wrong about the element: attributes, events,
 * slots, parts and custom properties of the manifest it does not list, and
 * ones it lists that the element does not have.
 * @param {string} readme Markdown
 * @param {any} element a custom element declaration from the manifest
 * @returns {string[]} one sentence per problem; empty when the README agrees
 */
export function readmeProblems(readme, element) {
  const problems = [];
  const all = sections(readme);
  const under = (pattern) =>
    all
      .filter(({ heading }) => pattern.test(heading))
      .map(({ body }) => body)
      .join('\n');
  const tag = `<${element.tagName}>`;

  const compare = (kind, expected, listed, where) => {
    for (const name of expected)
      if (!listed.has(name)) problems.push(`does not list the ${kind} \`${name}\` ${where}`);
  };
  const unknown = (kind, listed, known) => {
    for (const name of listed)
      if (!known.has(name))
        problems.push(`lists the ${kind} \`${name}\`, which ${tag} does not have`);
  };

  // Attributes: each one named in an "Attributes" section; the table's first
  // column names attributes only, a "Property" column public properties only.
  const attributes = new Set((element.attributes ?? []).map((a) => a.name));
  const fields = new Set(
    (element.members ?? [])
      .filter((m) => m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public')
      .map((m) => m.name),
  );
  const attributeText = under(/attribute/i);
  compare('attribute', attributes, new Set(codeSpans(attributeText)), 'under "Attributes"');
  const [header, ...rows] = tableRows(attributeText);
  const propertyColumn = header?.findIndex((c) => /^property$/i.test(c)) ?? -1;
  for (const row of rows) {
    unknown('attribute', codeSpans(row[0] ?? ''), attributes);
    if (propertyColumn > 0) unknown('property', codeSpans(row[propertyColumn] ?? ''), fields);
  }

  // Events: each named under "Events"; a table's `lc-…` names must be events.
  const events = new Set((element.events ?? []).map((e) => e.name).filter(Boolean));
  const eventText = under(/event/i);
  compare('event', events, new Set(codeSpans(eventText)), 'under "Events"');
  for (const row of tableRows(eventText))
    unknown(
      'event',
      codeSpans(row[0] ?? '').filter((name) => name.startsWith('lc-')),
      events,
    );

  // Slots.
  const slots = new Set((element.slots ?? []).map((s) => s.name));
  compare('slot', slots, new Set(codeSpans(under(/slot/i))), 'under "Slots"');

  // Parts: the "Parts: …" paragraph of "Styling", or a "Parts" section.
  const parts = new Set((element.cssParts ?? []).map((p) => p.name));
  const partText = [
    under(/^parts$/i),
    ...under(/styling/i)
      .split(/\n\s*\n/)
      .filter((paragraph) => /^\s*parts:/i.test(paragraph)),
  ].join('\n');
  const listedParts = new Set(codeSpans(partText));
  compare('part', parts, listedParts, 'in its list of parts');
  unknown('part', listedParts, parts);

  // Custom properties: the widget's own ones anywhere; any `--lc-…` named must exist.
  const props = element.cssProperties ?? [];
  const named = new Set(codeSpans(readme).filter((name) => /^--lc-[a-z0-9-]+$/.test(name)));
  compare(
    'custom property',
    props.filter((prop) => !isShared(prop)).map((prop) => prop.name),
    named,
    'anywhere',
  );
  unknown('custom property', named, new Set(props.map((prop) => prop.name)));
  return problems;
}
