import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import {
  expectedPublishConfig,
  publishedExports,
  readTarball,
  tarballProblems,
} from '../../../scripts/check-publish.mjs';

/** A ustar .tgz of `files` under package/, the way npm and pnpm lay it out. */
function tarball(files: Record<string, string>): Buffer {
  const blocks: Buffer[] = [];
  for (const [name, text] of Object.entries(files)) {
    const body = Buffer.from(text);
    const header = Buffer.alloc(512);
    header.write(`package/${name}`, 0, 100);
    header.write('0000644\0', 100);
    header.write(`${body.length.toString(8).padStart(11, '0')}\0`, 124);
    header.write('0', 156);
    header.write('ustar\0', 257);
    blocks.push(header, body, Buffer.alloc((512 - (body.length % 512)) % 512));
  }
  blocks.push(Buffer.alloc(1024));
  return gzipSync(Buffer.concat(blocks));
}

const widgetManifest = {
  name: '@learning-centre/x',
  version: '0.1.0',
  license: 'MIT',
  sideEffects: ['./src/define.ts', './dist/define.js'],
  customElements: 'custom-elements.json',
  exports: {
    '.': { types: './dist/x.d.ts', default: './dist/x.js' },
    './define': { types: './dist/define.d.ts', default: './dist/define.js' },
  },
  dependencies: { lit: '^3.3.3', '@learning-centre/core': '0.1.0' },
};

const goodFiles = {
  'package.json': JSON.stringify(widgetManifest),
  'README.md': '# x',
  LICENSE: 'MIT',
  'custom-elements.json': '{}',
  'dist/x.js': "import { LcElement } from '@learning-centre/core';\nimport './y.js';",
  'dist/x.d.ts': "export * from './y.ts';",
  'dist/y.js': '',
  'dist/define.js': "import { X } from './x.js';",
  'dist/define.d.ts': '',
};

describe('publishedExports', () => {
  it('swaps src/*.ts for dist/*.js, and dist/*.d.ts under types', () => {
    assert.deepEqual(
      publishedExports({
        '.': { types: './src/index.ts', default: './src/index.ts' },
        './define': { types: './src/define.ts', browser: { default: './src/define.ts' } },
        './schema.json': './schema/feed.schema.json',
      }),
      {
        '.': { types: './dist/index.d.ts', default: './dist/index.js' },
        './define': { types: './dist/define.d.ts', browser: { default: './dist/define.js' } },
        './schema.json': './schema/feed.schema.json',
      },
    );
  });

  it('gives a compiled package JavaScript launchers for its bins', () => {
    const config = expectedPublishConfig(
      {
        name: '@learning-centre/feed',
        exports: './src/index.ts',
        bin: { 'lc-feed': './bin/x.mjs' },
      },
      true,
    );
    assert.deepEqual(config, {
      access: 'public',
      exports: './dist/index.js',
      bin: { 'lc-feed': './dist/bin/lc-feed.js' },
    });
    assert.deepEqual(expectedPublishConfig({ name: 'x', exports: './src/a.ts' }, false), {
      access: 'public',
    });
  });
});

describe('readTarball and tarballProblems', () => {
  it('reads the files of a tarball', () => {
    const files = readTarball(tarball({ 'a.txt': 'hello', 'dist/b.js': 'x'.repeat(700) }));
    assert.deepEqual([...files.keys()], ['a.txt', 'dist/b.js']);
    assert.equal(files.get('a.txt')!.toString(), 'hello');
    assert.equal(files.get('dist/b.js')!.length, 700);
  });

  it('finds nothing wrong with a complete package', () => {
    const files = readTarball(tarball(goodFiles));
    assert.deepEqual(tarballProblems(files, { version: '0.1.0', compiled: true }), {
      problems: [],
      warnings: [],
    });
  });

  it('names what is missing or wrong', () => {
    const manifest = {
      ...widgetManifest,
      version: '0.0.0',
      license: 'GPL-3.0',
      exports: {
        '.': { types: './src/x.ts', default: './src/x.ts' },
        './define': './dist/define.js',
      },
      bin: { x: './dist/bin/x.js' },
      dependencies: { '@learning-centre/core': 'workspace:*' },
    };
    const files = readTarball(
      tarball({
        'package.json': JSON.stringify(manifest),
        'src/x.ts': "import '../../feed/src/index.ts';",
        'dist/bin/x.js': "import '../x.js';",
      }),
    );
    const { problems, warnings } = tarballProblems(files, { version: '0.1.0', compiled: true });
    assert.deepEqual(problems, [
      'version 0.0.0, not 0.1.0',
      'licence "GPL-3.0"',
      'no LICENSE file',
      'dependencies.@learning-centre/core is "workspace:*"',
      'exports target ./dist/define.js is missing',
      'exports still point into src/ (publishConfig.exports not applied)',
      'bin ./dist/bin/x.js has no #! line',
      'no file named in sideEffects is in the tarball',
      'customElements custom-elements.json is missing',
      'src/x.ts imports ../../feed/src/index.ts, outside the package',
    ]);
    assert.deepEqual(warnings, ['no README.md: the npm page will be empty']);
  });
});
