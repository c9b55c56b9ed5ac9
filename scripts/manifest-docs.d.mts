// Types for scripts/manifest-docs.mjs, so TypeScript tests can import it.

export declare const EMBEDDING_DOC: string;
export declare const THEMING_BLOCK: string;

export declare function widgetDeclarations(manifest: unknown): any[];

export declare function replaceGeneratedBlock(text: string, name: string, content: string): string;

export declare function themingMarkdown(manifests: unknown[]): string;

export declare function readmeProblems(readme: string, element: unknown): string[];
