import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultInstrument, validateResponse } from '../src/index.js';
import { baselineResponse, exitResponse } from './fixtures.js';

type Path = (string | number)[];
type Container = Record<string | number, unknown>;

const isContainer = (v: unknown): v is Container => typeof v === 'object' && v !== null;

/** Plain objects and arrays only: typed arrays and boxed strings have undeletable indices. */
const isPlain = (v: unknown): v is Container =>
  isContainer(v) &&
  (Array.isArray(v) || [Object.prototype, null].includes(Object.getPrototypeOf(v)));

/** Own copy of a generated value, so mutating it later never touches fast-check's instance. */
const copy = (v: unknown): unknown => {
  try {
    return structuredClone(v);
  } catch {
    return v;
  }
};

/** Every path to a value in a JSON-like tree, containers included, root excluded. */
function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (!isPlain(value)) return [];
  return Object.keys(value).flatMap((k) => {
    const path = [...prefix, Array.isArray(value) ? Number(k) : k];
    return [path, ...pathsOf(value[k], path)];
  });
}

function parentOf(root: Container, path: Path): Container | undefined {
  let node: unknown = root;
  for (const key of path.slice(0, -1)) {
    if (!isPlain(node)) return undefined;
    node = node[key];
  }
  return isPlain(node) ? node : undefined;
}

// defineProperty makes "__proto__" an own key, as JSON.parse does, instead of changing the prototype.
const put = (target: Container, key: string | number, value: unknown) =>
  Object.defineProperty(target, key, {
    value: copy(value),
    enumerable: true,
    configurable: true,
    writable: true,
  });

const weirdValue = fc.oneof(
  fc.anything({
    withNullPrototype: true,
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withTypedArray: true,
    withSparseArray: true,
    withBoxedValues: true,
  }),
  fc.constantFrom(
    NaN,
    Infinity,
    -Infinity,
    -0,
    0,
    6,
    -1,
    2.5,
    1e300,
    '',
    '3',
    'true',
    null,
    undefined,
    [],
    {},
  ),
  fc.integer({ min: -1000, max: 1000 }),
);

const weirdKey = fc.oneof(
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    'hasOwnProperty',
    'valueOf',
    'other',
    'dc_1',
    'zz_9',
    '',
  ),
  fc.string({ maxLength: 12 }),
);

type Mutation =
  | { kind: 'drop'; pick: number }
  | { kind: 'set'; pick: number; value: unknown }
  | { kind: 'add'; pick: number; key: string; value: unknown };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('drop' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('set' as const), pick: fc.nat(), value: weirdValue }),
  fc.record({
    kind: fc.constant('add' as const),
    pick: fc.nat(),
    key: weirdKey,
    value: weirdValue,
  }),
);

function mutate(base: object, mutations: Mutation[]): Container {
  const root = structuredClone(base) as Container;
  for (const m of mutations) {
    const paths = pathsOf(root);
    if (m.kind === 'add') {
      const containers = [
        [] as Path,
        ...paths.filter((p) => parentOf(root, [...p, 'x']) !== undefined),
      ];
      const at = containers[m.pick % containers.length]!;
      const target = at.length === 0 ? root : parentOf(root, [...at, 'x']);
      if (target) put(target, m.key, m.value);
      continue;
    }
    if (paths.length === 0) continue;
    const path = paths[m.pick % paths.length]!;
    const parent = parentOf(root, path);
    const key = path[path.length - 1]!;
    if (!parent) continue;
    if (m.kind === 'drop') delete parent[key];
    else put(parent, key, m.value);
  }
  return root;
}

describe('validateResponse under random mutations (property)', () => {
  it('returns valid data or named errors, never throws', () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        (exit, mutations) => {
          const input = mutate(exit ? exitResponse() : baselineResponse(), mutations);
          const result = validateResponse(input, defaultInstrument);
          if (result.success) {
            // Whatever passed must pass again: the parsed data is a fixed point.
            expect(validateResponse(result.data, defaultInstrument).success).toBe(true);
            return;
          }
          expect(result.errors.length).toBeGreaterThan(0);
          expect(result.errors.some((e) => e.path.length > 0)).toBe(true);
          for (const e of result.errors) {
            expect(typeof e.path).toBe('string');
            expect(typeof e.message).toBe('string');
            expect(e.message.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 250 },
    );
  });

  it('always rejects an answer off the scale, naming exactly that item', () => {
    const itemIds = defaultInstrument.constructs.flatMap((c) => c.items.map((i) => i.id));
    const offScale = weirdValue.filter(
      (v) => !(typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 5),
    );
    fc.assert(
      fc.property(fc.constantFrom(...itemIds), offScale, fc.boolean(), (id, value, exit) => {
        const input = (exit ? exitResponse() : baselineResponse()) as unknown as Container & {
          answers: Container;
        };
        put(input.answers, id, value);
        const result = validateResponse(input, defaultInstrument);
        expect(result.success).toBe(false);
        if (!result.success) {
          const path = `answers.${id}`;
          const [code, message] =
            value === undefined
              ? ['required', 'is required']
              : ['out_of_range', 'must be an integer from 1 to 5'];
          expect(result.errors).toContainEqual({ path, code, message });
        }
      }),
      { numRuns: 100 },
    );
  });
});
