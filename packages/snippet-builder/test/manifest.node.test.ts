/**
 * The custom elements manifests and the docs made from them cannot drift from
 * the widgets' sources: each packages/<widget>/custom-elements.json and the
 * theming block of docs/embedding.md are what `pnpm manifest` would write now,
 * and each widget README lists exactly the API its manifest has.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { before, describe, it } from 'node:test';
import { TOKEN_DEFAULTS } from '../../core/src/tokens.ts';
import { REPO_ROOT } from '../../../scripts/define-entries.mjs';
import {
  readmeProblems,
  replaceGeneratedBlock,
  themingMarkdown,
  widgetDeclarations,
} from '../../../scripts/manifest-docs.mjs';
import { expectedOutput, splitManifest, staleFiles } from '../../../scripts/manifest.mjs';
import { committedManifests } from './helpers/manifests.ts';

describe('the committed manifests and docs', () => {
  let output: Awaited<ReturnType<typeof expectedOutput>>;
  before(async () => {
    output = await expectedOutput();
  });

  it('are what `pnpm manifest` writes from the sources now', async () => {
    const stale = (await staleFiles(output.files)).map((file) => relative(REPO_ROOT, file));
    assert.deepEqual(stale, [], 'run pnpm manifest');
    const written = output.files.map((f) => relative(REPO_ROOT, f.file));
    for (const name of ['course-finder', 'event-calendar', 'partner-logos', 'centre-finder'])
      assert.ok(written.includes(`packages/${name}/custom-elements.json`), name);
    assert.ok(written.includes('docs/embedding.md'));
  });

  it('each widget README lists the attributes, events, slots, parts and custom properties', () => {
    assert.ok(output.readmes.length >= 4);
    for (const { file, problems } of output.readmes)
      assert.deepEqual(problems, [], relative(REPO_ROOT, file));
  });
});

describe('what every widget manifest says', () => {
  const manifests = committedManifests();
  for (const [name, manifest] of manifests) {
    it(name, () => {
      const [element] = widgetDeclarations(manifest);
      assert.ok(element, 'a custom element with a tag');
      const names = (list: { name: string }[] = []) => list.map((item) => item.name);
      for (const attribute of ['feed', 'debug', 'lang', 'dir'])
        assert.ok(names(element.attributes).includes(attribute), attribute);
      for (const event of ['lc-load', 'lc-error'])
        assert.ok(names(element.events).includes(event), event);
      for (const part of ['base', 'status', 'alert', 'debug'])
        assert.ok(names(element.cssParts).includes(part), part);
      assert.ok(
        element.attributes.every((a: { description?: string }) => a.description),
        'every attribute has a description',
      );
      // The shared tokens, with the defaults core really uses.
      const tokens = new Map<string, string | undefined>(
        element.cssProperties.map((p: { name: string; default?: string }) => [p.name, p.default]),
      );
      for (const [token, value] of Object.entries(TOKEN_DEFAULTS))
        assert.equal(tokens.get(`--lc-${token}`), value, `--lc-${token}`);
      assert.ok(tokens.has('--lc-font-family') && tokens.has('--lc-focus-ring'));
      const shared = [...tokens.keys()].filter((t) => !t.startsWith(`--${element.tagName}-`));
      for (const token of shared)
        assert.ok(
          token in Object.fromEntries(Object.keys(TOKEN_DEFAULTS).map((k) => [`--lc-${k}`, 1])) ||
            ['--lc-font-family', '--lc-focus-ring'].includes(token) ||
            element.cssProperties.some(
              (p: { name: string; inheritedFrom?: unknown }) =>
                p.name === token && !p.inheritedFrom,
            ),
          `${token} is a core token or the widget's own`,
        );
      // Paths relative to the package; references into core name the package.
      const text = JSON.stringify(manifest);
      assert.equal(text.includes('packages/'), false, 'no repository paths');
      assert.ok(text.includes('"package":"@learning-centre/core"'));
    });
  }
});

const README = `# x

## Attributes

| Attribute | Property | Meaning |
| --- | --- | --- |
| \`feed\` | \`feed\` | The feed. |
| \`size\` | \`size\` | Gone. |
| \`lang\`, \`dir\` | | The page's. |
| – | \`secret\` | A private one. |

## Events

| Event | Detail |
| --- | --- |
| \`lc-load\` | … |
| \`lc-old\` | … |

## Styling

Parts: \`base\`, \`card\`.

| Custom property | Default |
| --- | --- |
| \`--lc-x-gap\` | 1em |
| \`--lc-x-typo\` | 1em |

Tokens like \`--lc-color-accent\` apply.
`;

const ELEMENT = {
  tagName: 'lc-x',
  attributes: [{ name: 'feed' }, { name: 'lang' }, { name: 'dir' }, { name: 'layout' }],
  members: [
    { kind: 'field', name: 'feed' },
    { kind: 'field', name: 'layout' },
    { kind: 'field', name: 'secret', privacy: 'private' },
  ],
  events: [{ name: 'lc-load' }, { name: 'lc-error' }],
  slots: [{ name: 'no-results' }],
  cssParts: [{ name: 'base' }, { name: 'list' }],
  cssProperties: [
    { name: '--lc-x-gap' },
    { name: '--lc-x-width' },
    { name: '--lc-color-accent', inheritedFrom: { name: 'LcElement' } },
  ],
};

describe('readmeProblems', () => {
  it('finds what is missing and what is listed but not there', () => {
    assert.deepEqual(readmeProblems(README, ELEMENT).sort(), [
      'does not list the attribute `layout` under "Attributes"',
      'does not list the custom property `--lc-x-width` anywhere',
      'does not list the event `lc-error` under "Events"',
      'does not list the part `list` in its list of parts',
      'does not list the slot `no-results` under "Slots"',
      'lists the attribute `size`, which <lc-x> does not have',
      'lists the custom property `--lc-x-typo`, which <lc-x> does not have',
      'lists the event `lc-old`, which <lc-x> does not have',
      'lists the part `card`, which <lc-x> does not have',
      'lists the property `secret`, which <lc-x> does not have',
      'lists the property `size`, which <lc-x> does not have',
    ]);
  });

  it('is empty for a README that agrees', () => {
    const readme = readFileSync(new URL('../../partner-logos/README.md', import.meta.url), 'utf8');
    const [element] = widgetDeclarations(committedManifests().get('partner-logos'));
    assert.deepEqual(readmeProblems(readme, element), []);
  });
});

describe('the generated theming block', () => {
  it('replaces only what is between its markers', () => {
    const text = 'a\n<!-- generated:x -->\nold\n<!-- /generated:x -->\nb\n';
    assert.equal(
      replaceGeneratedBlock(text, 'x', 'new'),
      'a\n<!-- generated:x -->\n\nnew\n\n<!-- /generated:x -->\nb\n',
    );
    assert.throws(() => replaceGeneratedBlock('no markers', 'x', 'new'), /generated:x/);
  });

  it('lists the shared tokens once, then each widget’s own properties and parts', () => {
    const markdown = themingMarkdown([
      { modules: [{ declarations: [{ ...ELEMENT, customElement: true }] }] },
    ]);
    assert.match(markdown, /### Design tokens \(every widget\)/);
    assert.match(markdown, /\| `--lc-color-accent` \| – \|/);
    assert.match(markdown, /### `<lc-x>`/);
    assert.match(markdown, /\| `--lc-x-gap` \|/);
    assert.match(markdown, /\| `list` \|/);
    assert.equal(markdown.match(/--lc-color-accent/g)?.length, 1);
  });
});

describe('splitManifest', () => {
  it('keeps each package’s exported modules, relative to it, with references across packages', () => {
    const full = {
      schemaVersion: '1.0.0',
      modules: [
        { path: 'packages/core/src/base.ts', declarations: [{ kind: 'class', name: 'Base' }] },
        {
          path: 'packages/w/src/w.ts',
          declarations: [
            {
              kind: 'class',
              name: 'W',
              members: [
                { kind: 'field', name: 'shown' },
                { kind: 'field', name: 'hidden', privacy: 'private' },
                {
                  kind: 'field',
                  name: 'feed',
                  inheritedFrom: { name: 'Base', module: '/packages/core/src/base.ts' },
                },
              ],
            },
          ],
          exports: [{ kind: 'js', name: 'T', declaration: { name: 'T', module: './types.ts' } }],
        },
        { path: 'packages/w/src/internal.ts', declarations: [] },
      ],
    };
    const core = { name: '@x/core', dir: 'packages/core' };
    const widget = { name: '@x/w', dir: 'packages/w', entries: ['src/w.ts'] };
    const result = splitManifest(full, [widget], [core, widget]).get('packages/w')!;
    assert.deepEqual(
      result.modules.map((m) => m.path),
      ['src/w.ts'],
    );
    const [w] = result.modules[0].declarations;
    assert.deepEqual(
      w.members.map((m: { name: string }) => m.name),
      ['shown', 'feed'],
    );
    assert.deepEqual(w.members[1].inheritedFrom, {
      name: 'Base',
      module: 'src/base.ts',
      package: '@x/core',
    });
    assert.deepEqual(result.modules[0].exports[0].declaration, {
      name: 'T',
      module: 'src/types.ts',
    });
  });
});
