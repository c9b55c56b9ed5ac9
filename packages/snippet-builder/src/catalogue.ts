/**
 * What the builder offers for each widget, read from the widgets' custom
 * elements manifests (packages/<widget>/custom-elements.json, made by
 * `pnpm manifest` from the widgets' JSDoc and types), so a new attribute shows
 * up in the builder without editing it.
 */

/** The part of a custom elements manifest the builder reads. */
export interface Manifest {
  modules?: {
    declarations?: ManifestDeclaration[];
  }[];
}

interface ManifestType {
  text?: string;
}

interface ManifestDeclaration {
  kind?: string;
  name?: string;
  customElement?: boolean;
  tagName?: string;
  description?: string;
  attributes?: {
    name: string;
    fieldName?: string;
    type?: ManifestType;
    expandedType?: ManifestType;
    default?: string;
    description?: string;
  }[];
  cssProperties?: { name: string; default?: string; description?: string }[];
}

/** How an option is entered. */
export type OptionKind = 'boolean' | 'choice' | 'number' | 'text';

/** One attribute an editor may set. */
export interface WidgetOption {
  /** The attribute's name (`page-size`). */
  attribute: string;
  kind: OptionKind;
  /** For `choice`: the values the type allows, in its order. */
  values: string[];
  /** The widget's default, as an editor would type it (`list`, `20`), if it has one. */
  defaultValue?: string;
  /** The JSDoc description (English, with `code` in backticks). */
  description: string;
}

/** A design token (`--lc-*` custom property) every widget reads. */
export interface TokenInfo {
  name: string;
  defaultValue?: string;
  description: string;
}

/** A widget as the builder shows it. */
export interface WidgetInfo {
  tagName: string;
  /** The first sentence of the class's JSDoc, without the tag (English). */
  summary: string;
  options: WidgetOption[];
  /** Custom properties of this widget, the shared tokens included. */
  tokens: TokenInfo[];
}

/**
 * Attributes the builder sets itself (`feed`), leaves to the page (`lang`,
 * `dir`) or keeps out of a published snippet (`debug` lists the feed's issues
 * on the page; the builder lists them here instead).
 */
export const BUILDER_ATTRIBUTES: readonly string[] = ['feed', 'lang', 'dir', 'debug'];

/** Every custom element in the manifests, by tag name. */
export function widgetCatalogue(manifests: readonly Manifest[]): WidgetInfo[] {
  const widgets: WidgetInfo[] = [];
  for (const manifest of manifests)
    for (const module of manifest.modules ?? [])
      for (const declaration of module.declarations ?? [])
        if (declaration.customElement && declaration.tagName)
          widgets.push(widgetInfo(declaration as ManifestDeclaration & { tagName: string }));
  return widgets.sort((a, b) => a.tagName.localeCompare(b.tagName));
}

function widgetInfo(declaration: ManifestDeclaration & { tagName: string }): WidgetInfo {
  return {
    tagName: declaration.tagName,
    summary: firstSentence(declaration.description ?? '', declaration.tagName),
    options: (declaration.attributes ?? [])
      .filter((attribute) => !BUILDER_ATTRIBUTES.includes(attribute.name))
      .map((attribute) => {
        const { kind, values } = optionKind(
          attribute.expandedType?.text ?? attribute.type?.text ?? '',
        );
        const defaultValue =
          attribute.default === undefined ? undefined : unquote(attribute.default);
        return {
          attribute: attribute.name,
          kind,
          values,
          defaultValue: kind === 'boolean' ? undefined : defaultValue,
          description: oneLine(attribute.description ?? ''),
        };
      }),
    tokens: (declaration.cssProperties ?? []).map((prop) => ({
      name: prop.name,
      defaultValue: prop.default,
      description: oneLine(prop.description ?? ''),
    })),
  };
}

/**
 * How a TypeScript type is entered: `boolean`; a union with literal members
 * (`'grid' | 'row' | string`, `2 | 3 | 4`) as a choice of those literals;
 * `number` (alone or with `string`) as a number; anything else as text.
 */
export function optionKind(typeText: string): { kind: OptionKind; values: string[] } {
  const members = typeText
    .split('|')
    .map((member) => member.trim())
    .filter((member) => member && member !== 'undefined' && member !== 'null');
  if (members.length === 1 && members[0] === 'boolean') return { kind: 'boolean', values: [] };
  const literals = members
    .map((member) => /^'([^']*)'$|^"([^"]*)"$|^(-?\d+(?:\.\d+)?)$/.exec(member))
    .filter((match) => match !== null)
    .map((match) => match[1] ?? match[2] ?? match[3]);
  if (literals.length > 0) return { kind: 'choice', values: literals };
  if (members.includes('number')) return { kind: 'number', values: [] };
  return { kind: 'text', values: [] };
}

/** `'grid'` → `grid`; `20` stays. */
function unquote(value: string): string {
  const match = /^'(.*)'$|^"(.*)"$/.exec(value.trim());
  return match ? (match[1] ?? match[2]) : value.trim();
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** "`<lc-x>`: the courses … home. More." → "The courses … home." */
function firstSentence(description: string, tagName: string): string {
  const text = oneLine(description.split(/\n\s*\n/)[0] ?? '')
    .replace(new RegExp(`^\`?<${tagName}>\`?:?\\s*`), '')
    .trim();
  const end = text.search(/[.!?](\s|$)/);
  const sentence = end >= 0 ? text.slice(0, end + 1) : text;
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}
