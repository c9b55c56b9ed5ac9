/**
 * Writes a definition out as JSON Schema 2020-12. Only tools need this (the
 * schema build, the CLI's importers, the booking service's config schema):
 * browsers validate with the definitions and never download it.
 */
import type { Def, JsonSchema } from './dsl.ts';

/** `def` as JSON Schema, with its `description` when it has one. */
export function toJsonSchema(def: Def<unknown>): JsonSchema {
  const schema = bare(def);
  return def.description ? { ...schema, description: def.description } : schema;
}

function bare({ spec }: Def<unknown>): JsonSchema {
  switch (spec.kind) {
    case 'string':
      return {
        type: 'string',
        ...(spec.minLength !== undefined && { minLength: spec.minLength }),
        ...(spec.maxLength !== undefined && { maxLength: spec.maxLength }),
        ...(spec.pattern && { pattern: spec.pattern.source }),
      };
    case 'number':
      return {
        type: spec.integer ? 'integer' : 'number',
        ...(spec.minimum !== undefined && { minimum: spec.minimum }),
        ...(spec.exclusiveMinimum !== undefined && { exclusiveMinimum: spec.exclusiveMinimum }),
        ...(spec.maximum !== undefined && { maximum: spec.maximum }),
      };
    case 'boolean':
      return { type: 'boolean' };
    case 'enum':
      return { type: 'string', enum: [...spec.values] };
    case 'array':
      return {
        type: 'array',
        items: toJsonSchema(spec.item),
        ...(spec.minItems !== undefined && { minItems: spec.minItems }),
      };
    case 'object': {
      const keys = Object.keys(spec.shape);
      const properties = Object.fromEntries(
        keys.map((key) => [key, toJsonSchema(spec.shape[key])]),
      );
      const required = keys.filter((key) => !spec.shape[key].optional);
      return { type: 'object', properties, ...(required.length && { required }) };
    }
    case 'record':
      return {
        type: 'object',
        propertyNames: { pattern: spec.keyPattern.source },
        additionalProperties: toJsonSchema(spec.value),
      };
    case 'anyOf':
      return { anyOf: spec.options.map(toJsonSchema) };
  }
}
