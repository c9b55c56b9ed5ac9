// Types for scripts/check-publish.mjs, so TypeScript tests can import it.

export declare function publishedExports(value: unknown, condition?: string): unknown;

export declare function expectedPublishConfig(
  manifest: Record<string, unknown>,
  compiled: boolean,
): Record<string, unknown>;

export declare function readTarball(tgz: Uint8Array): Map<string, Buffer>;

export declare function tarballProblems(
  files: Map<string, Buffer>,
  expected: { version: string; compiled: boolean },
): { problems: string[]; warnings: string[] };
