// Types for scripts/build.mjs, so TypeScript tests can import it.
import type { DefineEntry } from '../../../scripts/define-entries.mjs';

export declare function buildBuilder(
  outDir: string,
  entries: DefineEntry[],
): Promise<{ outDir: string; widgets: string[] }>;
