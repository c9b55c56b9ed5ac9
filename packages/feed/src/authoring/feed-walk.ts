/**
 * Visiting every human text and every web address in a feed, wherever the
 * format puts them, found from the feed's own definition (so a property added
 * to the format is visited without touching this file): a LocalizedText is
 * where the definition says `localizedText`, a web address where it says a
 * string without spaces (`url()` in feed-definition.ts).
 */
import type { JsonSchema } from '../schema/dsl.ts';
import { feedDef, localizedText } from '../schema/feed-definition.ts';
import { toJsonSchema } from '../schema/json-schema.ts';

/** What the walker found: `replace` swaps the value in place. */
export type Visit = (
  kind: 'text' | 'url',
  value: unknown,
  path: string,
  replace: (next: unknown) => void,
) => void;

type Plan =
  | { kind: 'text' | 'url' | 'other' }
  | { kind: 'object'; properties: Map<string, Plan> }
  | { kind: 'array'; items: Plan };

const TEXT_SCHEMA = JSON.stringify(toJsonSchema(localizedText));
const URL_PATTERN = '^\\S+$';
let feedPlan: Plan | undefined;

function planOf(schema: JsonSchema): Plan {
  if (JSON.stringify(schema) === TEXT_SCHEMA) return { kind: 'text' };
  if (schema.type === 'string' && schema.pattern === URL_PATTERN) return { kind: 'url' };
  if (schema.type === 'object' && schema.properties)
    return {
      kind: 'object',
      properties: new Map(
        Object.entries(schema.properties as Record<string, JsonSchema>).map(([key, value]) => [
          key,
          planOf(value),
        ]),
      ),
    };
  if (schema.type === 'array' && schema.items)
    return { kind: 'array', items: planOf(schema.items as JsonSchema) };
  return { kind: 'other' };
}

/** Calls `visit` for every LocalizedText and web address in `feed` (a feed's JSON). */
export function walkFeed(feed: unknown, visit: Visit): void {
  feedPlan ??= planOf(toJsonSchema(feedDef));
  walk(feed, feedPlan, '', visit, () => {});
}

function walk(
  value: unknown,
  plan: Plan,
  path: string,
  visit: Visit,
  replace: (next: unknown) => void,
): void {
  if (value === undefined || value === null) return;
  switch (plan.kind) {
    case 'text':
    case 'url':
      visit(plan.kind, value, path, replace);
      return;
    case 'object':
      if (typeof value !== 'object' || Array.isArray(value)) return;
      for (const [key, child] of plan.properties) {
        const record = value as Record<string, unknown>;
        walk(
          record[key],
          child,
          path ? `${path}.${key}` : key,
          visit,
          (next) => (record[key] = next),
        );
      }
      return;
    case 'array':
      if (!Array.isArray(value)) return;
      value.forEach((item, index) =>
        walk(item, plan.items, `${path}[${index}]`, visit, (next) => (value[index] = next)),
      );
  }
}
