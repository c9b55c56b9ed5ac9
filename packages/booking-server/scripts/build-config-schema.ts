/**
 * Writes `booking.config.schema.json` from the configuration's definition
 * (src/config/definition.ts), so editors can check and complete
 * `booking.config.json` (test/config.node.test.ts fails when the committed
 * file drifts from what this script would write).
 *
 *   tsx packages/booking-server/scripts/build-config-schema.ts
 */
import { realpathSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as prettier from 'prettier';
import { bookingConfigDef } from '../src/config/definition.ts';
import { toJsonSchema, type JsonSchema } from '../src/feed.ts';

export const CONFIG_SCHEMA_FILE = fileURLToPath(
  new URL('../booking.config.schema.json', import.meta.url),
);

/**
 * Objects are closed (`additionalProperties: false`) as the loader is, except
 * for `$`-prefixed notes such as `$schema` and `$comment`.
 */
function closeObjects(node: unknown): unknown {
  if (typeof node !== 'object' || node === null) return node;
  if (Array.isArray(node)) return node.map(closeObjects);
  const out = Object.fromEntries(
    Object.entries(node).map(([key, value]) => [key, closeObjects(value)]),
  );
  if ('properties' in out)
    Object.assign(out, { patternProperties: { '^\\$': {} }, additionalProperties: false });
  return out;
}

/** The JSON Schema (draft 2020-12) of booking.config.json. */
export function buildConfigSchema(): JsonSchema {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'lc-booking configuration',
    description:
      'Services, centres, holidays and counsellors’ weekly availability for the reference booking service ' +
      '(packages/booking-server). Checks this schema cannot express (known time zone, unique ids, references, ' +
      'windows that overlap) are made when the service starts. Generated from src/config/definition.ts.',
    ...(closeObjects(toJsonSchema(bookingConfigDef)) as JsonSchema),
  };
}

/** The file's exact text, formatted by Prettier with the repository's settings. */
export async function configSchemaText(): Promise<string> {
  const options = (await prettier.resolveConfig(CONFIG_SCHEMA_FILE)) ?? {};
  return prettier.format(JSON.stringify(buildConfigSchema()), { ...options, parser: 'json' });
}

function isMainModule(): boolean {
  try {
    return (
      !!process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href
    );
  } catch {
    return false;
  }
}

if (isMainModule()) {
  await writeFile(CONFIG_SCHEMA_FILE, await configSchemaText());
  console.log(`Wrote ${CONFIG_SCHEMA_FILE}`);
}
