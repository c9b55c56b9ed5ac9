// Types for scripts/demo.mjs, so TypeScript tests can import it.

export declare const DEFAULT_OUT_DIR: string;

export declare function buildDemo(outDir?: string): Promise<{ outDir: string; widgets: string[] }>;
