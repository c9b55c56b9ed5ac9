// Types for scripts/manifest.mjs, so TypeScript tests can import it.
// Manifest modules are loose JSON (schema: custom-elements-manifest); tests read
// them field by field, so they are typed `any` here on purpose.
/* eslint-disable @typescript-eslint/no-explicit-any */

export declare const MANIFEST_FILE: string;

export interface PackageInfo {
  name: string;
  dir: string;
  entries?: string[];
}

export declare function analyzeAll(): Promise<{ schemaVersion: string; modules: any[] }>;

export declare function splitManifest(
  full: { schemaVersion: string; modules: any[] },
  packages: PackageInfo[],
  known?: PackageInfo[],
): Map<string, { schemaVersion: string; readme: string; modules: any[] }>;

export declare function formatLike(file: string, text: string): Promise<string>;

export declare function expectedOutput(): Promise<{
  files: { file: string; text: string }[];
  readmes: { file: string; problems: string[] }[];
}>;

export declare function staleFiles(expected: { file: string; text: string }[]): Promise<string[]>;
