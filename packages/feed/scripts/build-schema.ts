/**
 * Writes `schema/feed.schema.json` from the feed definition, so the published
 * JSON Schema and the validator are one source (test/schema.node.test.ts fails
 * when the committed file drifts from what this script would write).
 *
 *   tsx packages/feed/scripts/build-schema.ts
 */
import { realpathSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as prettier from 'prettier';
import type { Def, JsonSchema } from '../src/schema/dsl.ts';
import * as d from '../src/schema/feed-definition.ts';
import { toJsonSchema } from '../src/schema/json-schema.ts';
import { SCHEMA_DESCRIPTIONS } from './schema-descriptions.ts';

/** Stable identity of the 1.x format: changes only with a new major version. */
export const FEED_SCHEMA_ID = 'https://learning-centre-widgets.github.io/schema/feed-1.json';

/** Where the generated schema is committed. */
export const SCHEMA_FILE = fileURLToPath(new URL('../schema/feed.schema.json', import.meta.url));

/**
 * Shapes that get a name in `$defs`: every place that uses one refers to it
 * with `$ref`, so editors and readers see "Course" instead of a copy of it.
 */
const NAMED: Record<string, Def<unknown>> = {
  LocalizedText: d.localizedText,
  Contact: d.contactDef,
  Logo: d.logoDef,
  Geo: d.geoDef,
  Address: d.addressDef,
  OpeningHours: d.openingHoursDef,
  Centre: d.centreDef,
  Provider: d.providerDef,
  Subject: d.subjectDef,
  CourseSession: d.courseSessionDef,
  Course: d.courseDef,
  Recurrence: d.recurrenceDef,
  Event: d.eventDef,
  GuidanceService: d.guidanceServiceDef,
  Guidance: d.guidanceDef,
  Partner: d.partnerDef,
};

/** The feed's JSON Schema (draft 2020-12), generated from `feedDef`. */
export function buildSchema(): JsonSchema {
  const names = new Map(
    Object.entries(NAMED).map(([name, def]) => [JSON.stringify(toJsonSchema(def)), name]),
  );
  // Replaces every subschema identical to a named one by a reference to it (but not a definition by itself).
  const withRefs = (node: unknown, self?: string): unknown => {
    if (typeof node !== 'object' || node === null) return node;
    if (Array.isArray(node)) return node.map((item) => withRefs(item));
    const name = names.get(JSON.stringify(node));
    if (name && name !== self) return { $ref: `#/$defs/${name}` };
    return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, withRefs(value)]));
  };
  const $defs = Object.fromEntries(
    Object.entries(NAMED).map(([name, def]) => [
      name,
      { title: name, ...(withRefs(toJsonSchema(def), name) as JsonSchema) },
    ]),
  );
  const schema: JsonSchema = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: FEED_SCHEMA_ID,
    title: 'Learning-centre feed',
    description:
      'One JSON file in which a learning centre (or a region, or a national network) publishes its centres, ' +
      'course providers, courses, events, guidance services and partners; every learning-centre widget reads it. ' +
      'Version 1.x. Unknown properties are allowed for forward compatibility. Ids must be unique per collection ' +
      'and references must resolve: checks this schema cannot express, made by `lc-feed validate`. ' +
      'Generated from packages/feed/src/schema/feed-definition.ts; documented in docs/feed.md.',
    ...(withRefs(toJsonSchema(d.feedDef)) as JsonSchema),
    $defs,
  };
  for (const [pointer, description] of Object.entries(SCHEMA_DESCRIPTIONS))
    describeAt(schema, pointer, description);
  return schema;
}

/**
 * Sets `description` on the subschema at `pointer` (RFC 6901), placed after
 * the subschema's own keywords as the definitions used to place it.
 * @throws Error when nothing is there: a field was renamed or moved.
 */
export function describeAt(schema: JsonSchema, pointer: string, description: string): void {
  let node: unknown = schema;
  for (const token of pointer.split('/').slice(1)) {
    const key = token.replaceAll('~1', '/').replaceAll('~0', '~');
    node = typeof node === 'object' && node !== null ? (node as JsonSchema)[key] : undefined;
  }
  if (typeof node !== 'object' || node === null)
    throw new Error(`schema-descriptions.ts: nothing at ${pointer}; was the field renamed?`);
  (node as JsonSchema).description = description;
}

/**
 * The schema file's exact text, formatted by Prettier with the repository's
 * settings so that `prettier --check` and this generator never disagree.
 */
export async function schemaText(): Promise<string> {
  const options = (await prettier.resolveConfig(SCHEMA_FILE)) ?? {};
  return prettier.format(JSON.stringify(buildSchema()), { ...options, parser: 'json' });
}

function isMainModule(): boolean {
  if (!process.argv[1]) return false;
  try {
    return import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href;
  } catch {
    return false;
  }
}

if (isMainModule()) {
  await writeFile(SCHEMA_FILE, await schemaText());
  console.log(`Wrote ${SCHEMA_FILE}`);
}
