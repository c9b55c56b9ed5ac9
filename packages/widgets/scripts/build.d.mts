// Types for scripts/build.mjs, so TypeScript tests can import it.

export declare const DEFAULT_OUT_DIR: string;
export declare const LOADER_FILE: string;

export interface Widget {
  /** Package name, e.g. `@learning-centre/course-finder`. */
  name: string;
  /** Its chunk's name, e.g. `course-finder`. */
  id: string;
  /** Absolute path of its "./define" file. */
  entry: string;
  /** The tags that file defines. */
  tags: string[];
}

export interface ManifestWidget {
  package: string;
  tags: string[];
  /** The widget's own chunk, relative to the CDN folder. */
  chunk: string;
  /** Chunks it imports statically, transitively: fetched with it. */
  imports: string[];
  /** Chunks it may import later with `import()`: fetched on use. */
  lazy: string[];
}

export interface WidgetsManifest {
  /** The loader's file name, `widgets.js`. */
  loader: string;
  widgets: ManifestWidget[];
}

export declare function findWidgets(
  root?: string,
  warn?: (message: string) => void,
): Promise<Widget[]>;

export declare function widgetChunksModule(
  widgets: { tags: string[]; chunk: string; imports?: string[] }[],
): string;

export declare function buildWidgets(options?: {
  outDir?: string;
  root?: string;
}): Promise<{ outDir: string; manifest: WidgetsManifest; files: string[] }>;
