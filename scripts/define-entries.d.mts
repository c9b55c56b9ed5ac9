// Types for scripts/define-entries.mjs, so TypeScript tests can import it.

export declare const REPO_ROOT: string;

export interface DefineEntry {
  /** Package name, e.g. `@learning-centre/course-finder`. */
  name: string;
  /** The package folder. */
  dir: string;
  /** Absolute path of the file its "./define" export points to. */
  entry: string;
}

export declare function findDefineEntries(root?: string): Promise<DefineEntry[]>;

export declare function exportTarget(value: unknown): string | undefined;
