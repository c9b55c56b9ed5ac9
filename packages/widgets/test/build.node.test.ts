import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { findDefineEntries } from '../../../scripts/define-entries.mjs';
import {
  buildWidgets,
  findWidgets,
  widgetChunksModule,
  type WidgetsManifest,
} from '../scripts/build.mjs';

describe('findWidgets', () => {
  it('finds every package that exports "./define", with the tags its define file registers', async () => {
    const warnings: string[] = [];
    const widgets = await findWidgets(undefined, (message) => warnings.push(message));
    const entries = await findDefineEntries();
    // A widget still being written (its define file missing) is left out, with a warning.
    const written = entries.filter((entry) => existsSync(entry.entry));
    assert.deepEqual(
      widgets.map((w) => w.name),
      written.map((e) => e.name),
    );
    assert.equal(warnings.length, entries.length - written.length);
    for (const widget of widgets) {
      const source = await readFile(widget.entry, 'utf8');
      assert.ok(widget.tags.length > 0, widget.name);
      for (const tag of widget.tags) {
        assert.match(tag, /^lc-[a-z0-9-]+$/);
        assert.ok(
          source.includes(`customElements.define('${tag}'`),
          `${widget.name} defines ${tag}`,
        );
      }
    }
  });
});

describe('widgetChunksModule', () => {
  it('imports a tag’s chunk and the chunks it imports at once, relative to the loader', async () => {
    const source = widgetChunksModule([
      { tags: ['lc-a', 'lc-a-part'], chunk: 'chunks/a.js', imports: ['chunks/shared.js'] },
      { tags: ['lc-b'], chunk: 'chunks/b.js', imports: ['chunks/shared.js', 'chunks/lit.js'] },
    ]);
    // Run it with `import()` standing in for the browser's.
    const imported: string[] = [];
    const run = new Function(
      'importChunk',
      source.replace(/import\(/g, 'importChunk(').replace('export const widgetChunks =', 'return'),
    );
    const widgetChunks = run(async (path: string) => imported.push(path)) as Record<
      string,
      () => Promise<unknown>
    >;
    assert.deepEqual(Object.keys(widgetChunks), ['lc-a', 'lc-a-part', 'lc-b']);
    await widgetChunks['lc-b']!();
    assert.deepEqual(imported, ['./chunks/b.js', './chunks/shared.js', './chunks/lit.js']);
    imported.length = 0;
    await widgetChunks['lc-a-part']!();
    assert.deepEqual(imported, ['./chunks/a.js', './chunks/shared.js']);
  });
});

describe('buildWidgets', () => {
  let outDir: string;
  let manifest: WidgetsManifest;
  let files: string[];
  const read = (file: string) => readFile(join(outDir, file), 'utf8');

  before(async () => {
    outDir = await mkdtemp(join(tmpdir(), 'lc-widgets-test-'));
    ({ manifest, files } = await buildWidgets({ outDir }));
  });

  after(() => rm(outDir, { recursive: true, force: true }));

  it('writes the loader under a stable name, and every chunk under a content hash', () => {
    assert.equal(manifest.loader, 'widgets.js');
    assert.ok(files.includes('widgets.js'));
    const chunks = files.filter((file) => file.startsWith('chunks/'));
    assert.ok(chunks.length >= manifest.widgets.length);
    for (const chunk of chunks) assert.match(chunk, /^chunks\/[a-z0-9-]+-[A-Z0-9]{8}\.js$/);
    for (const file of files) assert.ok(existsSync(join(outDir, file)), file);
  });

  it('the loader imports nothing up front, and names exactly the chunks a tag needs at once', async () => {
    const loader = await read('widgets.js');
    assert.doesNotMatch(loader, /(^|[;}\s])import\s*["'{*\w]/, 'no static import');
    assert.doesNotMatch(loader, /(^|[;}\s])export\s/, 'no export');
    const named = [...loader.matchAll(/"\.\/(chunks\/[^"]+)"/g)].map((m) => m[1]).sort();
    const needed = [...new Set(manifest.widgets.flatMap((w) => [w.chunk, ...w.imports]))].sort();
    assert.deepEqual(named, needed);
    for (const widget of manifest.widgets)
      for (const tag of widget.tags) assert.ok(loader.includes(`"${tag}":()=>`), tag);
  });

  it('the widgets share one copy of Lit, outside the loader', async () => {
    const withLit: string[] = [];
    for (const file of files.filter((f) => f.endsWith('.js'))) {
      // Lit's Trusted Types policy name: once per copy of lit-html.
      if ((await read(file)).includes('"lit-html"')) withLit.push(file);
    }
    assert.equal(withLit.length, 1, `Lit is in ${withLit.join(', ')}`);
    assert.ok(withLit[0]!.startsWith('chunks/'));
  });

  it('lists what each widget fetches with it, and that is all a widget’s chunk imports', async () => {
    for (const widget of manifest.widgets) {
      const chunk = await read(widget.chunk);
      const direct = [...chunk.matchAll(/from"\.\/([^"]+)"|import"\.\/([^"]+)"/g)].map(
        (m) => `chunks/${m[1] ?? m[2]}`,
      );
      assert.ok(direct.length > 0, `${widget.package} imports the shared chunk`);
      for (const file of direct)
        assert.ok(widget.imports.includes(file), `${widget.package}: ${file}`);
      for (const file of [...widget.imports, ...widget.lazy])
        assert.ok(files.includes(file), `${widget.package}: ${file} exists`);
      // No widget pulls in another widget's chunk.
      const others = manifest.widgets.filter((w) => w !== widget).map((w) => w.chunk);
      for (const file of widget.imports) assert.ok(!others.includes(file), widget.package);
    }
  });

  it('names a chunk after its content: the same sources give the same names', async () => {
    const again = await mkdtemp(join(tmpdir(), 'lc-widgets-test-'));
    try {
      const second = await buildWidgets({ outDir: again });
      assert.deepEqual(second.files, files);
    } finally {
      await rm(again, { recursive: true, force: true });
    }
  });

  it('ships the licences of the bundled packages', async () => {
    const licences = await read('THIRD-PARTY-LICENSES.txt');
    assert.match(licences, /^lit-html@\S+ — BSD-3-Clause$/m);
    assert.match(licences, /Copyright/);
  });
});
