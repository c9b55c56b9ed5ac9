/**
 * A tiny schema language: every definition both validates a value (with
 * path-precise, readable issues) and carries a plain description of itself
 * (`spec`) that json-schema.ts writes out as JSON Schema 2020-12. Because one
 * object does both, the published schema and the validator cannot drift apart;
 * TypeScript types are inferred from the same definitions. The writer is a
 * separate module so that browsers, which only validate, never download it.
 *
 * No `eval`, no `new Function`: it runs under a strict Content-Security-Policy.
 */

/** One finding about a feed. `path` is like `courses[3].credits.system`. */
export interface FeedIssue {
  path: string;
  message: string;
  severity: 'error' | 'warning';
  /** Which rule found it: `schema` rules are mirrored in the JSON Schema, the others are checks the schema cannot express. */
  rule: 'schema' | 'reference' | 'unique' | 'unknown-property' | 'semantic';
}

export type JsonSchema = Record<string, unknown>;

/** Returned by `check` when the value is unusable. */
export const INVALID: unique symbol = Symbol('invalid');
export type Invalid = typeof INVALID;

export interface CheckContext {
  issues: FeedIssue[];
}

export interface Def<T> {
  /** Phantom: carries the inferred type. */
  readonly _type?: T;
  readonly optional: boolean;
  description?: string;
  /**
   * Checks `value`, found at `path` + `key` (`key` a property name or a list
   * index). The two are joined only when something is reported, so checking a
   * large valid feed builds no path strings.
   */
  check(value: unknown, path: string, ctx: CheckContext, key?: string | number): T | Invalid;
  /** What the definition accepts, as data: json-schema.ts turns it into JSON Schema. */
  readonly spec: Spec;
}

/** A definition's description of itself (see `Def.spec`). */
export type Spec =
  | { kind: 'string'; pattern?: RegExp; minLength?: number; maxLength?: number }
  | {
      kind: 'number';
      minimum?: number;
      maximum?: number;
      exclusiveMinimum?: number;
      integer?: boolean;
    }
  | { kind: 'boolean' }
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'array'; item: Def<unknown>; minItems?: number }
  | { kind: 'object'; shape: Record<string, Def<unknown>> }
  | { kind: 'record'; keyPattern: RegExp; value: Def<unknown> }
  | { kind: 'anyOf'; options: readonly Def<unknown>[] };

export type Infer<D> = D extends Def<infer T> ? T : never;

export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return JSON.stringify(shown);
  }
  if (typeof value === 'object') return 'an object';
  return String(value);
}

/** The path of `key` inside `path`: `courses[3]`, `courses[3].title`. */
export function at(path: string, key?: string | number): string {
  if (key === undefined) return path;
  if (typeof key === 'number') return `${path}[${key}]`;
  return path ? `${path}.${key}` : key;
}

export function fail(ctx: CheckContext, path: string, message: string): Invalid {
  ctx.issues.push({ path, message, severity: 'error', rule: 'schema' });
  return INVALID;
}

/* @__NO_SIDE_EFFECTS__ */
function def<T>(check: Def<T>['check'], spec: Spec): Def<T> {
  return { optional: false, check, spec };
}

/** Attach a human description; it becomes the JSON Schema `description`. */
/* @__NO_SIDE_EFFECTS__ */
export function doc<D extends Def<unknown>>(d: D, description: string): D {
  return { ...d, description };
}

/** Marks an object property as optional (it may be absent). */
/* @__NO_SIDE_EFFECTS__ */
export function optional<T>(d: Def<T>): Def<T | undefined> & { optional: true } {
  return { ...d, optional: true } as Def<T | undefined> & { optional: true };
}

export interface StringOptions {
  pattern?: RegExp;
  /** Shown instead of the raw pattern when the value does not match. */
  patternName?: string;
  minLength?: number;
  maxLength?: number;
}

/* @__NO_SIDE_EFFECTS__ */
export function string(options: StringOptions = {}): Def<string> {
  const { pattern, patternName, minLength, maxLength } = options;
  return def(
    (value, path, ctx, key) => {
      if (typeof value !== 'string')
        return fail(ctx, at(path, key), `expected text, got ${describe(value)}`);
      if (minLength !== undefined && value.length < minLength)
        return fail(
          ctx,
          at(path, key),
          minLength === 1 ? 'must not be empty' : `must be at least ${minLength} characters`,
        );
      if (maxLength !== undefined && value.length > maxLength)
        return fail(
          ctx,
          at(path, key),
          `must be at most ${maxLength} characters, got ${value.length}`,
        );
      if (pattern && !pattern.test(value))
        return fail(
          ctx,
          at(path, key),
          `expected ${patternName ?? `text matching ${pattern.source}`}, got ${describe(value)}`,
        );
      return value;
    },
    { kind: 'string', pattern, minLength, maxLength },
  );
}

export interface NumberOptions {
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  integer?: boolean;
}

/* @__NO_SIDE_EFFECTS__ */
export function number(options: NumberOptions = {}): Def<number> {
  const { minimum, maximum, exclusiveMinimum, integer } = options;
  return def(
    (value, path, ctx, key) => {
      if (typeof value !== 'number' || !Number.isFinite(value))
        return fail(ctx, at(path, key), `expected a number, got ${describe(value)}`);
      if (integer && !Number.isInteger(value))
        return fail(ctx, at(path, key), `expected a whole number, got ${value}`);
      if (minimum !== undefined && value < minimum)
        return fail(ctx, at(path, key), `must be at least ${minimum}, got ${value}`);
      if (exclusiveMinimum !== undefined && value <= exclusiveMinimum)
        return fail(ctx, at(path, key), `must be more than ${exclusiveMinimum}, got ${value}`);
      if (maximum !== undefined && value > maximum)
        return fail(ctx, at(path, key), `must be at most ${maximum}, got ${value}`);
      return value;
    },
    { kind: 'number', minimum, maximum, exclusiveMinimum, integer },
  );
}

/* @__NO_SIDE_EFFECTS__ */
export function boolean(): Def<boolean> {
  return def(
    (value, path, ctx, key) =>
      typeof value === 'boolean'
        ? value
        : fail(ctx, at(path, key), `expected true or false, got ${describe(value)}`),
    { kind: 'boolean' },
  );
}

/* @__NO_SIDE_EFFECTS__ */
export function oneOf<const V extends readonly string[]>(values: V): Def<V[number]> {
  return def(
    (value, path, ctx, key) =>
      typeof value === 'string' && (values as readonly string[]).includes(value)
        ? (value as V[number])
        : fail(ctx, at(path, key), `expected one of ${values.join(', ')}, got ${describe(value)}`),
    { kind: 'enum', values },
  );
}

export interface ArrayOptions {
  /** Leave out broken items (reporting each) instead of rejecting the whole array. */
  lenient?: boolean;
  minItems?: number;
}

/** Input positions of kept list items that moved because broken items before them were left out. */
const sourceIndexes = new WeakMap<object, number>();

/**
 * Where `item` (a checked item of a lenient list) stood in the input: later
 * checks name `courses[7]`, not the position it has after broken items were left out.
 */
export function sourceIndex(item: object, keptIndex: number): number {
  return sourceIndexes.get(item) ?? keptIndex;
}

/* @__NO_SIDE_EFFECTS__ */
export function array<T>(item: Def<T>, options: ArrayOptions = {}): Def<T[]> {
  const { lenient = false, minItems } = options;
  return def(
    (value, parent, ctx, key) => {
      const path = at(parent, key);
      if (!Array.isArray(value)) return fail(ctx, path, `expected a list, got ${describe(value)}`);
      if (minItems !== undefined && value.length < minItems)
        return fail(
          ctx,
          path,
          minItems === 1 ? 'must not be empty' : `must have at least ${minItems} items`,
        );
      const out: T[] = [];
      let broken = false;
      let unchanged = true;
      value.forEach((element, index) => {
        const checked = item.check(element, path, ctx, index);
        if (checked === INVALID) broken = true;
        else {
          if (checked !== element) unchanged = false;
          if (out.length !== index && typeof checked === 'object' && checked !== null)
            sourceIndexes.set(checked, index);
          out.push(checked);
        }
      });
      if (broken) return lenient ? out : INVALID;
      // Like objects: a list that passed whole is returned as it came.
      return unchanged ? (value as T[]) : out;
    },
    { kind: 'array', item, minItems },
  );
}

type Shape = Record<string, Def<unknown>>;
type Simplify<T> = { [K in keyof T]: T[K] } & {};
type OptionalKeys<S extends Shape> = {
  [K in keyof S]: S[K] extends { optional: true } ? K : never;
}[keyof S];
type RequiredKeys<S extends Shape> = Exclude<keyof S, OptionalKeys<S>>;
export type InferShape<S extends Shape> = Simplify<
  { [K in RequiredKeys<S>]: Infer<S[K]> } & {
    [K in OptionalKeys<S>]?: Exclude<Infer<S[K]>, undefined>;
  }
>;

export interface ObjectOptions {
  /** Report properties the definition does not know (as warnings: they are allowed, for forward compatibility). */
  warnUnknown?: boolean;
  /**
   * Leave out a broken optional property (it is still reported) instead of
   * rejecting the whole object: for sections whose parts stand on their own.
   */
  dropInvalidOptional?: boolean;
}

export interface ObjectDef<S extends Shape> extends Def<InferShape<S>> {
  readonly shape: S;
}

/**
 * Copies the properties of `input` that `shape` does not define into `out`
 * (forward compatibility), reporting each as a warning when `warn` is set.
 * `__proto__` is never copied: assigning it would swap `out`'s prototype, and
 * with it the values of properties the item does not have.
 * Returns false when a property had to be left out.
 */
export function keepUnknown(
  input: Record<string, unknown>,
  shape: object,
  out: Record<string, unknown> | undefined,
  path: string,
  ctx: CheckContext,
  warn: boolean,
): boolean {
  let keptAll = true;
  for (const key of Object.keys(input)) {
    // Own keys only: `constructor` or `toString` are unknown properties like any other.
    if (Object.hasOwn(shape, key)) continue;
    const unsafe = key === '__proto__';
    if (unsafe) keptAll = false;
    else if (out) out[key] = input[key];
    if (warn)
      ctx.issues.push({
        path: path ? `${path}.${key}` : key,
        message: unsafe
          ? 'unknown property (left out)'
          : 'unknown property (kept, but no widget reads it)',
        severity: 'warning',
        rule: 'unknown-property',
      });
  }
  return keptAll;
}

/**
 * An object with known properties. Unknown properties are kept (forward
 * compatible) and, with `warnUnknown`, reported as warnings.
 *
 * A valid object is returned as it came (no copy): validating a 10,000-course
 * feed then allocates next to nothing. Only an object that lost a property
 * (a broken optional one, or `__proto__`) is rebuilt.
 */
/* @__NO_SIDE_EFFECTS__ */
export function object<S extends Shape>(shape: S, options: ObjectOptions = {}): ObjectDef<S> {
  const { warnUnknown = true, dropInvalidOptional = false } = options;
  const keys = Object.keys(shape);
  return {
    optional: false,
    shape,
    check(value, parent, ctx, ownKey) {
      const path = at(parent, ownKey);
      if (typeof value !== 'object' || value === null || Array.isArray(value))
        return fail(ctx, path, `expected an object, got ${describe(value)}`);
      const input = value as Record<string, unknown>;
      let checkedValues: Record<string, unknown> | undefined;
      let broken = false;
      let unchanged = true;
      let present = 0;
      for (const key of keys) {
        const field = shape[key];
        const raw = input[key];
        if (raw === undefined) {
          if (!field.optional) broken = fail(ctx, at(path, key), 'is required') === INVALID;
          continue;
        }
        present++;
        const checked = field.check(raw, path, ctx, key);
        if (checked === INVALID) {
          if (dropInvalidOptional && field.optional) unchanged = false;
          else broken = true;
        } else {
          if (checked !== raw) unchanged = false;
          (checkedValues ??= {})[key] = checked;
        }
      }
      // Unknown properties are rare: look for them only when the count says there are some.
      const hasUnknown = Object.keys(input).length !== present;
      if (hasUnknown && !keepUnknown(input, shape, undefined, path, ctx, warnUnknown))
        unchanged = false;
      if (broken) return INVALID;
      if (unchanged) return input as InferShape<S>;
      const out: Record<string, unknown> = {};
      if (hasUnknown) keepUnknown(input, shape, out, path, { issues: [] }, false);
      return Object.assign(out, checkedValues) as InferShape<S>;
    },
    spec: { kind: 'object', shape },
  };
}

/** An object whose keys match `keyPattern` and whose values all follow `value`. */
/* @__NO_SIDE_EFFECTS__ */
export function record<T>(
  keyPattern: RegExp,
  keyName: string,
  value: Def<T>,
): Def<Record<string, T>> {
  return def(
    (input, parent, ctx, ownKey) => {
      const path = at(parent, ownKey);
      if (typeof input !== 'object' || input === null || Array.isArray(input))
        return fail(ctx, path, `expected an object, got ${describe(input)}`);
      const entries = input as Record<string, unknown>;
      let out: Record<string, T> | undefined;
      let broken = false;
      for (const key of Object.keys(entries)) {
        if (!keyPattern.test(key)) {
          broken =
            fail(ctx, at(path, key), `expected ${keyName} as the key, got ${describe(key)}`) ===
            INVALID;
          continue;
        }
        const checked = value.check(entries[key], path, ctx, key);
        if (checked === INVALID) broken = true;
        // Copy only when a value changed; a valid record is returned as it came.
        else if (out || checked !== entries[key]) {
          out ??= Object.fromEntries(
            Object.keys(entries)
              .filter((k) => keyPattern.test(k))
              .map((k) => [k, entries[k]]),
          ) as Record<string, T>;
          out[key] = checked;
        }
      }
      return broken ? INVALID : (out ?? (entries as Record<string, T>));
    },
    { kind: 'record', keyPattern, value },
  );
}

/**
 * Accepts a value that matches any of `options`. Options must be told apart by
 * JSON type (e.g. text or object) so the error names the right one.
 */
/* @__NO_SIDE_EFFECTS__ */
export function anyOf<T extends readonly Def<unknown>[]>(
  options: T,
  expected: string,
): Def<Infer<T[number]>> {
  // The JSON type each option takes, so a value is only tried against options
  // it could match: a LocalizedText object never fails the text check first.
  const types = options.map(({ spec }) =>
    spec.kind === 'anyOf'
      ? undefined
      : spec.kind === 'enum'
        ? 'string'
        : spec.kind === 'record'
          ? 'object'
          : spec.kind,
  );
  return def(
    (value, parent, ctx, key) => {
      const type = Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
      for (const [index, option] of options.entries()) {
        if (types[index] !== undefined && types[index] !== type) continue;
        const scratch: CheckContext = { issues: [] };
        const checked = option.check(value, parent, scratch, key);
        if (checked !== INVALID) {
          ctx.issues.push(...scratch.issues);
          return checked as Infer<T[number]>;
        }
      }
      return fail(ctx, at(parent, key), `expected ${expected}, got ${describe(value)}`);
    },
    { kind: 'anyOf', options },
  );
}
