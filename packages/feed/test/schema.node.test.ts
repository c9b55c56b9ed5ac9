// The published JSON Schema and our validator are one source (feed-definition.ts).
// These tests prove it: the committed schema is exactly what build-schema.ts
// writes, a standard validator (ajv, strict mode) accepts it, and ajv and
// validateFeed reach the same verdict, at the same paths, on every fixture, every
// example feed and every single-field mutation of a complete feed.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import Ajv2020, { type ErrorObject } from 'ajv/dist/2020.js';
import { FEED_SCHEMA_ID, SCHEMA_FILE, buildSchema, schemaText } from '../scripts/build-schema.ts';
import type { FeedIssue } from '../src/schema/dsl.ts';
import { FeedSchemaError, formatIssue, validateFeed } from '../src/validate.ts';

const FIXTURES = new URL('./fixtures/', import.meta.url);
const EXAMPLES = new URL('../examples/', import.meta.url);

const ajv = new Ajv2020({ strict: true, allErrors: true });
const ajvValidate = ajv.compile(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')));

function jsonFiles(dir: URL): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort();
}

function readJson(dir: URL, name: string): unknown {
  return JSON.parse(readFileSync(new URL(name, dir), 'utf8'));
}

/** Every issue validateFeed finds, including the one a FeedSchemaError carries. */
function ourIssues(data: unknown): FeedIssue[] {
  try {
    return validateFeed(data).issues;
  } catch (error) {
    if (error instanceof FeedSchemaError) return error.issues;
    throw error;
  }
}

const isSchemaError = (issue: FeedIssue) => issue.rule === 'schema' && issue.severity === 'error';

/** ajv's error locations written like our paths (`/courses/3/credits` → `courses[3].credits`). */
function ajvPaths(data: unknown, errors: ErrorObject[]): Set<string> {
  const paths = new Set<string>();
  for (const error of errors) {
    let path = '';
    let node: unknown = data;
    const segments = error.instancePath
      .split('/')
      .slice(1)
      .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
    for (const segment of segments) {
      path = Array.isArray(node) ? `${path}[${segment}]` : path ? `${path}.${segment}` : segment;
      node = (node as Record<string, unknown>)[segment];
    }
    paths.add(path);
    const missing = (error.params as { missingProperty?: string }).missingProperty;
    if (error.keyword === 'required' && missing) paths.add(path ? `${path}.${missing}` : missing);
  }
  return paths;
}

/**
 * Asserts that ajv and validateFeed agree on `data`: valid for ajv exactly when
 * we report no structural (`rule: 'schema'`) error, and each of our structural
 * errors is at a place ajv also names. Returns both sides for further checks.
 */
function assertAgreement(data: unknown, label: string) {
  const ajvValid = ajvValidate(data);
  const ajvErrors = ajvValidate.errors ?? [];
  const issues = ourIssues(data);
  const structural = issues.filter(isSchemaError);
  assert.equal(
    ajvValid,
    structural.length === 0,
    `${label}: ajv says ${ajvValid ? 'valid' : 'invalid'}, validateFeed found ${structural.length} schema errors:\n` +
      [
        ...structural.map(formatIssue),
        ...ajvErrors.map((e) => `ajv ${e.instancePath} ${e.message}`),
      ].join('\n'),
  );
  const located = ajvPaths(data, ajvErrors);
  for (const issue of structural)
    assert.ok(
      located.has(issue.path),
      `${label}: ajv reports nothing at ${issue.path} (${[...located].join(', ')})`,
    );
  return { ajvValid, issues };
}

describe('feed.schema.json', () => {
  it('is exactly what scripts/build-schema.ts writes (run it after changing feed-definition.ts)', async () => {
    const committed = await readFile(SCHEMA_FILE, 'utf8');
    assert.ok(
      committed === (await schemaText()),
      'schema/feed.schema.json is out of date: run `pnpm exec tsx packages/feed/scripts/build-schema.ts`',
    );
  });

  it('declares draft 2020-12, a stable $id, a title and a description', () => {
    const schema = buildSchema();
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.equal(schema.$id, FEED_SCHEMA_ID);
    assert.equal(typeof schema.title, 'string');
    assert.ok(String(schema.description).length > 40);
  });

  it('compiles in ajv strict mode, with every $ref resolving', () => {
    const strict = new Ajv2020({ strict: true });
    assert.doesNotThrow(() => strict.compile(buildSchema()));
  });

  it('names each shared shape once in $defs and refers to it', () => {
    const text = JSON.stringify(buildSchema());
    const defs = Object.keys(buildSchema().$defs as object);
    assert.ok(defs.includes('Course') && defs.includes('LocalizedText'));
    for (const name of defs)
      assert.ok(text.includes(`"$ref":"#/$defs/${name}"`), `${name} is never referred to`);
  });
});

describe('ajv and validateFeed agree on every fixture', () => {
  const names = jsonFiles(FIXTURES);

  it('has the fixtures the agreement is proven on', () => {
    assert.ok(names.filter((n) => n.startsWith('valid-')).length >= 3);
    assert.ok(names.filter((n) => /^invalid-(?!ref-|unique-|semantic-)/.test(n)).length >= 12);
    assert.ok(names.filter((n) => /^invalid-(ref|unique)-/.test(n)).length >= 3);
    assert.deepEqual(
      names.filter((n) => !/^(valid|invalid)-/.test(n)),
      [],
      'fixtures are named valid-*.json or invalid-*.json',
    );
  });

  for (const name of names) {
    it(name, () => {
      const data = readJson(FIXTURES, name);
      const { ajvValid, issues } = assertAgreement(data, name);
      const errors = issues.filter((issue) => issue.severity === 'error');
      const rules = new Set(errors.map((issue) => issue.rule));
      if (name.startsWith('valid-')) {
        assert.equal(ajvValid, true);
        assert.deepEqual(errors.map(formatIssue), []);
      } else if (/^invalid-(ref|unique|semantic)-/.test(name)) {
        // Checks JSON Schema cannot express: ajv accepts, we do not.
        const rule = name.split('-')[1] === 'ref' ? 'reference' : name.split('-')[1];
        assert.equal(ajvValid, true);
        assert.deepEqual([...rules], [rule], errors.map(formatIssue).join('\n'));
      } else {
        assert.equal(ajvValid, false);
        // Each invalid fixture breaks one thing: exactly one place is reported.
        assert.deepEqual([...rules], ['schema']);
        assert.equal(errors.length, 1, errors.map(formatIssue).join('\n'));
      }
    });
  }
});

describe('ajv and validateFeed agree on the example feeds', () => {
  // Generated benchmark feeds (examples/generated*, not committed) are left to the benchmarks.
  const names = jsonFiles(EXAMPLES).filter((name) => !name.startsWith('generated'));
  if (names.length === 0) it('examples/ has no feed yet', { skip: 'no examples/*.json' }, () => {});
  for (const name of names) {
    it(`examples/${name} is valid for both`, () => {
      const { ajvValid, issues } = assertAgreement(readJson(EXAMPLES, name), name);
      assert.equal(ajvValid, true);
      assert.deepEqual(issues.filter((issue) => issue.severity === 'error').map(formatIssue), []);
    });
  }
});

describe('ajv and validateFeed agree on every single-field change of a complete feed', () => {
  const complete = readJson(FIXTURES, 'valid-complete.json');
  /** Values that are wrong somewhere and right elsewhere. */
  const REPLACEMENTS: unknown[] = [
    null,
    42,
    -1,
    0,
    7.5,
    1e9,
    '',
    'x y',
    'HP',
    '2026-13-01',
    true,
    [],
    {},
    ['x'],
  ];

  type Mutation = { label: string; apply: (root: unknown) => void };
  const mutations: Mutation[] = [];
  const at = (root: unknown, path: (string | number)[]) =>
    path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], root);
  const visit = (node: unknown, path: (string | number)[]) => {
    const label = path.join('.');
    if (Array.isArray(node)) {
      node.forEach((child, i) => visit(child, [...path, i]));
      mutations.push({
        label: `${label} emptied`,
        apply: (root) => void (at(root, path) as unknown[]).splice(0),
      });
    } else if (typeof node === 'object' && node !== null) {
      for (const [key, child] of Object.entries(node)) {
        visit(child, [...path, key]);
        mutations.push({
          label: `${label}.${key} removed`,
          apply: (root) => delete (at(root, path) as Record<string, unknown>)[key],
        });
      }
      mutations.push({
        label: `${label} given the key "Bad Key"`,
        apply: (root) => void ((at(root, path) as Record<string, unknown>)['Bad Key'] = 'x'),
      });
    }
    if (path.length === 0) return;
    const parent = path.slice(0, -1);
    const key = path[path.length - 1];
    for (const value of REPLACEMENTS)
      mutations.push({
        label: `${label} = ${JSON.stringify(value)}`,
        apply: (root) =>
          void ((at(root, parent) as Record<string | number, unknown>)[key] =
            structuredClone(value)),
      });
  };
  visit(complete, []);

  it(`agrees on all ${mutations.length} of them`, () => {
    assert.ok(mutations.length > 1000);
    let invalid = 0;
    for (const { label, apply } of mutations) {
      const data = structuredClone(complete);
      apply(data);
      if (!assertAgreement(data, label).ajvValid) invalid++;
    }
    // Both kinds of verdict are exercised, so the agreement means something.
    assert.ok(invalid > mutations.length / 2 && invalid < mutations.length, `${invalid} invalid`);
  });
});
