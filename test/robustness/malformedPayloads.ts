import fc from 'fast-check';
import type { z } from 'zod';

// Payloads for the fuzz test, built from each method's own input schema: anything at all,
// objects with the method's keys holding the wrong things, and near-valid payloads with one
// field (at any depth) broken, removed or joined by a key that does not belong.

/** The parts of zod's internal schema definition this walk reads; which are set depends on `type`. */
interface SchemaDef {
  type: string;
  in?: AnySchema;
  innerType?: AnySchema;
  shape?: Record<string, AnySchema>;
  options?: readonly AnySchema[];
  entries?: Record<string, unknown>;
  values?: unknown[];
  element?: AnySchema;
}
type AnySchema = z.ZodType & { _zod: { def: SchemaDef } };

/** Keys that attack the object model rather than the schema. */
export const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__', ''];

/** Prototype pollution as a JSON body delivers it: "__proto__" as an own key. */
const pollution = (): unknown => JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}');

function nested(depth: number): unknown {
  let value: unknown = 'botten';
  for (let level = 0; level < depth; level++) value = level % 2 === 0 ? { a: value } : [value];
  return value;
}

/** One wrong value: wrong types, out-of-range numbers, hostile and huge strings, deep nesting. */
export const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    NaN,
    Infinity,
    -Infinity,
    -0,
    -1,
    0,
    1.5,
    2 ** 31,
    Number.MAX_SAFE_INTEGER + 1,
    1e308,
    -1e308,
    null,
    undefined,
    true,
    false,
    '',
    ' ',
    '\u0000',
    '\uD800',
    '1',
    '0x10',
    '1e3',
    '2026-02-30',
    '2026-13-01',
    '2026-W54',
    '2026-00',
    '24:00',
    '9:5',
    'handledning-../../x.sqlite',
    '../../../etc/passwd',
    '\\\\server\\share',
    "'; DROP TABLE units; --",
    '<script>alert(1)</script>',
    '{{name}}',
    '19121212-1212',
    [],
    {},
    [[]],
    [null],
  ),
  fc.constant(null).map(() => Object.create(null) as unknown),
  fc.constant(null).map(pollution),
  fc.constant(null).map(() => new Date('2026-05-14')),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.integer(),
  fc.double(),
  fc.integer({ min: 1_000, max: 250_000 }).map((length) => 'å'.repeat(length)),
  fc.integer({ min: 20, max: 2_000 }).map(nested),
  fc.array(fc.anything({ maxDepth: 2 }), { maxLength: 5 }),
  fc.dictionary(fc.constantFrom(...HOSTILE_KEYS), fc.anything({ maxDepth: 1 }), { maxKeys: 3 }),
);

const defOf = (schema: AnySchema) => schema._zod.def;

/** Strips the wrappers that do not change the shape (refinements stay on the object). */
function unwrap(schema: AnySchema): AnySchema {
  const def = defOf(schema);
  if (def.type === 'pipe' && def.in) return unwrap(def.in);
  if (['optional', 'nullable', 'default', 'readonly', 'catch', 'prefault', 'nonoptional'].includes(def.type) && def.innerType)
    return unwrap(def.innerType);
  return schema;
}

function shapeOf(schema: AnySchema): Record<string, AnySchema> | null {
  const inner = unwrap(schema);
  const def = defOf(inner);
  if (def.type === 'object' && def.shape) return def.shape;
  if (def.type === 'union' && def.options?.[0]) return shapeOf(def.options[0]);
  return null;
}

// Values that pass the app's usual field schemas; the first one a field accepts is used.
const PLAUSIBLE: unknown[] = [
  1,
  '2026-05-13',
  '2026-W18',
  '2026-04',
  '14:00',
  30,
  'Hemtjänst Norr',
  'Ärende K7',
  true,
  null,
  [],
  'handledning-20260514-120000-manual.sqlite',
  '/tmp/handledning-fuzz',
  6,
  '',
];

/** A value the schema most likely accepts, built from the schema itself. */
export function plausible(schema: AnySchema): unknown {
  const inner = unwrap(schema);
  const def = defOf(inner);
  if (def.type === 'enum' && def.entries) return Object.values(def.entries)[0];
  if (def.type === 'literal' && def.values) return def.values[0];
  const shape = shapeOf(inner);
  if (shape && def.type !== 'union') return Object.fromEntries(Object.entries(shape).map(([key, field]) => [key, plausible(field)]));
  if (def.type === 'union' && def.options?.[0]) return plausible(def.options[0]);
  if (def.type === 'array' && def.element) {
    const one = [plausible(def.element)];
    if (schema.safeParse(one).success) return one;
  }
  return PLAUSIBLE.find((value) => schema.safeParse(value).success) ?? null;
}

type Path = (string | number)[];

/** Every place in a value a mutation can hit: object keys and array items, at any depth. */
export function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [];
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((item, index) => [index, item]) : Object.entries(value);
  return entries.flatMap(([key, child]) => [[...prefix, key], ...pathsOf(child, [...prefix, key])]);
}

type Mutation = { kind: 'replace'; value: unknown } | { kind: 'remove' } | { kind: 'addKey'; key: string; value: unknown };

export function mutate(base: unknown, path: Path, mutation: Mutation): unknown {
  const copy = structuredClone(base) as Record<string | number, unknown>;
  if (path.length === 0) {
    if (mutation.kind !== 'addKey') return mutation.kind === 'replace' ? mutation.value : undefined;
    Object.defineProperty(copy, mutation.key, { value: mutation.value, enumerable: true, writable: true, configurable: true });
    return copy;
  }
  // Every object on the path, the root first.
  const chain: Record<string | number, unknown>[] = [copy];
  for (const key of path.slice(0, -1)) chain.push(chain[chain.length - 1]![key] as Record<string | number, unknown>);
  const parent = chain[chain.length - 1]!;
  const last = path[path.length - 1]!;
  if (mutation.kind === 'replace') parent[last] = mutation.value;
  else if (mutation.kind === 'remove') delete parent[last];
  else {
    const child = parent[last];
    if (child !== null && typeof child === 'object') chain.push(child as Record<string | number, unknown>);
    // An array's own `length` cannot be redefined: that key goes on the nearest object on the
    // path that can take it (arrays nest, so the parent may be an array too), else the value
    // is replaced instead.
    const into = chain.reverse().find((candidate) => Object.getOwnPropertyDescriptor(candidate, mutation.key)?.configurable !== false);
    if (into === undefined) parent[last] = mutation.value;
    else Object.defineProperty(into, mutation.key, { value: mutation.value, enumerable: true, writable: true, configurable: true });
  }
  return copy;
}

/** Malformed (and now and then accidentally valid) payloads for one method's input schema. */
export function payloadsFor(schema: z.ZodType): fc.Arbitrary<unknown> {
  const base = plausible(schema);
  const paths: Path[] = [[], ...pathsOf(base)];
  const keys = Object.keys(shapeOf(schema) ?? {});
  const mutation: fc.Arbitrary<Mutation> = fc.oneof(
    wrongValue.map((value) => ({ kind: 'replace', value }) as const),
    fc.constant({ kind: 'remove' } as const),
    fc
      .tuple(fc.oneof(fc.constantFrom(...HOSTILE_KEYS), fc.string({ maxLength: 10 })), wrongValue)
      .map(([key, value]) => ({ kind: 'addKey', key, value }) as const),
  );
  const nearValid = fc.tuple(fc.constantFrom(...paths), mutation).map(([path, change]) => mutate(base, path, change));
  const ownKeysWrong =
    keys.length > 0
      ? fc.record(Object.fromEntries(keys.map((key) => [key, wrongValue])), { requiredKeys: [] })
      : fc.dictionary(fc.string({ maxLength: 8 }), wrongValue, { minKeys: 1, maxKeys: 4 });
  const anything = fc.anything({
    maxDepth: 3,
    key: fc.oneof(fc.constantFrom(...HOSTILE_KEYS, ...keys), fc.string({ maxLength: 8 })),
    withNullPrototype: true,
    withBoxedValues: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withSparseArray: true,
    withTypedArray: true,
    withBigInt: true,
  });
  return fc.oneof(
    { arbitrary: nearValid, weight: 3 },
    { arbitrary: ownKeysWrong, weight: 2 },
    { arbitrary: anything, weight: 2 },
    { arbitrary: wrongValue, weight: 1 },
  );
}
