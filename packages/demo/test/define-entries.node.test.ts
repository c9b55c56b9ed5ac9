import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { exportTarget, findDefineEntries } from '../../../scripts/define-entries.mjs';

describe('exportTarget', () => {
  test('takes a plain string', () => {
    assert.equal(exportTarget('./src/define.ts'), './src/define.ts');
  });

  test('picks the browser bundle condition, never types or development', () => {
    assert.equal(
      exportTarget({ types: './a.d.ts', development: './dev.ts', default: './src/define.ts' }),
      './src/define.ts',
    );
    assert.equal(exportTarget({ import: './esm.js', browser: './browser.js' }), './browser.js');
    assert.equal(
      exportTarget({ browser: { types: './x.d.ts', default: './nested.js' } }),
      './nested.js',
    );
  });

  test('gives undefined when nothing fits', () => {
    assert.equal(exportTarget(undefined), undefined);
    assert.equal(exportTarget({ types: './a.d.ts', node: './n.js' }), undefined);
    assert.equal(exportTarget(['./a.js']), undefined);
  });
});

describe('findDefineEntries', () => {
  let root: string;

  before(async () => {
    root = await mkdtemp(join(tmpdir(), 'lc-entries-'));
    const write = async (dir: string, manifest: unknown) => {
      await mkdir(join(root, 'packages', dir), { recursive: true });
      await writeFile(join(root, 'packages', dir, 'package.json'), JSON.stringify(manifest));
    };
    await write('zeta-widget', {
      name: '@lc/zeta',
      exports: { '.': './src/index.ts', './define': './src/define.ts' },
    });
    await write('alpha-widget', {
      name: '@lc/alpha',
      exports: { './define': { types: './src/define.d.ts', default: './src/define.ts' } },
    });
    await write('library', { name: '@lc/library', exports: { '.': './src/index.ts' } });
    await mkdir(join(root, 'packages', 'no-manifest'));
    await writeFile(join(root, 'packages', 'README.md'), 'not a package');
  });

  after(() => rm(root, { recursive: true, force: true }));

  test('lists every package exporting ./define, sorted by name, with absolute entries', async () => {
    assert.deepEqual(await findDefineEntries(root), [
      {
        name: '@lc/alpha',
        dir: join(root, 'packages/alpha-widget'),
        entry: join(root, 'packages/alpha-widget/src/define.ts'),
      },
      {
        name: '@lc/zeta',
        dir: join(root, 'packages/zeta-widget'),
        entry: join(root, 'packages/zeta-widget/src/define.ts'),
      },
    ]);
  });
});
