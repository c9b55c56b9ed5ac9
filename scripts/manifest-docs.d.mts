// Types for scripts/manifest-docs.mjs, so TypeScript tests can import it.

export declare const EMBEDDING_DOC: string;
export declare const THEMING_BLOCK: string;

/** A named item of a declaration: an attribute, event, part, custom property or slot. */
export interface ManifestItem {
  name: string;
  description?: string;
  default?: string;
}

/** A custom element's declaration in a manifest (the fields the docs read). */
export interface WidgetDeclaration {
  tagName: string;
  name: string;
  attributes: ManifestItem[];
  events: ManifestItem[];
  cssParts: ManifestItem[];
  cssProperties: ManifestItem[];
  slots?: ManifestItem[];
}

export declare function widgetDeclarations(manifest: unknown): WidgetDeclaration[];

export declare function replaceGeneratedBlock(text: string, name: string, content: string): string;

export declare function themingMarkdown(manifests: unknown[]): string;

export declare function readmeProblems(readme: string, element: unknown): string[];
