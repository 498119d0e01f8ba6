import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  auditDisclosure,
  unitColumnsInRowSpace,
  type DisclosureEquation,
  type DisclosureRelease,
} from '../src/index.js';

/** Brute force, independent of the exact code: floating-point rank with partial pivoting. */
function floatRank(matrix: number[][]): number {
  const a = matrix.map((r) => [...r]);
  const cols = a[0]?.length ?? 0;
  let rank = 0;
  for (let c = 0; c < cols && rank < a.length; c++) {
    let best = rank;
    for (let i = rank + 1; i < a.length; i++)
      if (Math.abs(a[i]![c]!) > Math.abs(a[best]![c]!)) best = i;
    if (Math.abs(a[best]![c]!) < 1e-9) continue;
    [a[rank], a[best]] = [a[best]!, a[rank]!];
    for (let i = 0; i < a.length; i++) {
      if (i === rank) continue;
      const f = a[i]![c]! / a[rank]![c]!;
      if (f !== 0) for (let j = c; j < cols; j++) a[i]![j]! -= f * a[rank]![j]!;
    }
    rank++;
  }
  return rank;
}

/** People whose unit vector is in the row space, by rank(A) = rank([A; e_i]). */
function bruteForceDisclosed(rows: string[][]): Set<string> {
  const people = [...new Set(rows.flat())].sort();
  const matrix = rows.map((r) => people.map((p) => (r.includes(p) ? 1 : 0)));
  const base = floatRank(matrix);
  return new Set(
    people.filter((p) => floatRank([...matrix, people.map((q) => (q === p ? 1 : 0))]) === base),
  );
}

const eq = (
  label: string,
  members: string[],
  variable = 'construct:dc/baseline',
): DisclosureEquation => ({ variable, label, members });
const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

describe('unitColumnsInRowSpace', () => {
  it('agrees with a floating-point rank test and with exact integer elimination on random 0/1 matrices', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 1, max: 12 }),
        fc.array(fc.integer({ min: 0, max: 2 ** 30 }), { minLength: 120, maxLength: 120 }),
        (m, n, bits) => {
          const rows = Array.from({ length: m }, (_, r) =>
            Array.from({ length: n }, (_, c) => c).filter((c) => ((bits[r]! >> c) & 1) === 1),
          );
          const matrix = rows.map((r) =>
            Array.from({ length: n }, (_, c) => (r.includes(c) ? 1 : 0)),
          );
          const base = floatRank(matrix);
          const expected = Array.from({ length: n }, (_, c) =>
            floatRank([...matrix, Array.from({ length: n }, (_, j) => (j === c ? 1 : 0))]) === base
              ? 1
              : 0,
          );
          const fast = unitColumnsInRowSpace(rows, n);
          const exact = unitColumnsInRowSpace(rows, n, { method: 'exact-integer' });
          expect([...fast.unit]).toEqual(expected);
          expect([...exact.unit]).toEqual(expected);
          expect(fast.rank).toBe(base);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('falls back to exact integers when the reduced form has fractions too large to lift, and still agrees', () => {
    // Dense random 0/1 matrices have reduced forms with large fractions.
    let seed = 7;
    const random = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
    const n = 60;
    const rows = Array.from({ length: 45 }, () =>
      Array.from({ length: n }, (_, c) => c).filter(() => random() < 0.5),
    );
    const fast = unitColumnsInRowSpace(rows, n);
    const exact = unitColumnsInRowSpace(rows, n, { method: 'exact-integer' });
    expect(fast.method).toBe('exact-integer');
    expect([...fast.unit]).toEqual([...exact.unit]);
    // Add every unit vector of the first 10 columns: those must now be in the row space.
    const more = unitColumnsInRowSpace([...rows, ...Array.from({ length: 10 }, (_, c) => [c])], n);
    expect([...more.unit.slice(0, 10)]).toEqual(Array(10).fill(1));
  });
});

describe('auditDisclosure on constructed attacks', () => {
  it('differencing over time: one new participant between two releases is disclosed, in the figure of the later release', () => {
    const before = ids('p', 12);
    const after = [...before, 'new'];
    const verdict = auditDisclosure([
      { id: 'r1', equations: [eq('all · dc · baseline', before)] },
      { id: 'r2', equations: [eq('all · dc · baseline', after)] },
    ]);
    expect(verdict).toEqual({
      disclosed: true,
      findings: [
        {
          release: 'r2',
          label: 'all · dc · baseline',
          variable: 'construct:dc/baseline',
          reason: expect.stringMatching(/one participant's value/),
        },
      ],
    });
    expect(JSON.stringify(verdict)).not.toContain('new');
  });

  it('k participants joining together are not disclosed', () => {
    const before = ids('p', 12);
    expect(
      auditDisclosure([
        { id: 'r1', equations: [eq('all', before)] },
        { id: 'r2', equations: [eq('all', [...before, ...ids('n', 5)])] },
      ]),
    ).toEqual({ disclosed: false });
  });

  it('an erasure between releases is disclosed', () => {
    const before = ids('p', 12);
    const verdict = auditDisclosure([
      { id: 'r1', equations: [eq('cohort=spring', before)] },
      { id: 'r2', equations: [eq('cohort=spring', before.slice(1))] },
    ]);
    expect(verdict).toMatchObject({
      disclosed: true,
      findings: [{ release: 'r1', label: 'cohort=spring' }],
    });
  });

  it('overlapping breakdowns in one report: a role group one person larger than a cohort it contains', () => {
    const spring = ids('s', 10);
    const autumn = ids('a', 10);
    const mentors = [...spring, 'a0'];
    const mentees = autumn.slice(1);
    const eqs = [
      eq('all', [...spring, ...autumn]),
      eq('cohort=spring', spring),
      eq('cohort=autumn', autumn),
      eq('role=mentor', mentors),
      eq('role=mentee', mentees),
    ];
    // a0 is the mentor outside spring: mentor − spring. Named through the smallest figure holding them.
    expect(auditDisclosure([{ id: 'r', equations: eqs }])).toMatchObject({
      disclosed: true,
      findings: [{ label: 'cohort=autumn' }],
    });
    // Without the role breakdown nothing is disclosed.
    expect(auditDisclosure([{ id: 'r', equations: eqs.slice(0, 3) }])).toEqual({
      disclosed: false,
    });
  });

  it('attack 2 as equations: all minus the groups of a breakdown leaves the one person without a value', () => {
    const g1 = ids('a', 6);
    const g2 = ids('b', 6);
    expect(
      auditDisclosure([
        {
          id: 'r',
          equations: [
            eq('all', [...g1, ...g2, 'x']),
            eq('generation=gen_z', g1),
            eq('generation=gen_x', g2),
          ],
        },
      ]),
    ).toMatchObject({
      disclosed: true,
    });
  });

  it('variables are audited separately; a variable with other figures only is not disclosed by them', () => {
    const before = ids('p', 12);
    const verdict = auditDisclosure([
      { id: 'r1', equations: [eq('all', before, 'feedback:recommend=9'), eq('all', before)] },
      {
        id: 'r2',
        equations: [
          eq('all', [...before, 'x'], 'feedback:recommend=9'),
          eq('all', [...before, 'x', 'y']),
        ],
      },
    ]);
    expect(verdict).toMatchObject({
      disclosed: true,
      findings: [{ variable: 'feedback:recommend=9' }],
    });
    if (verdict.disclosed) expect(verdict.findings).toHaveLength(1);
  });

  it('several people disclosed through one figure are counted, not named', () => {
    const base = ids('p', 10);
    const verdict = auditDisclosure([
      { id: 'r1', equations: [eq('all', base), eq('cohort=a', base.slice(0, 5))] },
      {
        id: 'r2',
        equations: [
          eq('all', [...base, 'x']),
          eq('cohort=a', [...base.slice(0, 5), 'y']),
          eq('cohort=b', [...base.slice(5), 'x']),
        ],
      },
    ]);
    expect(verdict.disclosed).toBe(true);
    expect(JSON.stringify(verdict)).not.toMatch(/"x"|"y"|\bp\d/);
  });
});

describe('auditDisclosure on random sequences of submissions, erasures and releases', () => {
  type Step =
    | { kind: 'submit'; cohort: number; role: number }
    | { kind: 'erase'; pick: number }
    | { kind: 'release' };
  const step: fc.Arbitrary<Step> = fc.oneof(
    {
      weight: 5,
      arbitrary: fc.record({
        kind: fc.constant('submit' as const),
        cohort: fc.integer({ min: 0, max: 3 }),
        role: fc.integer({ min: 0, max: 1 }),
      }),
    },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('erase' as const), pick: fc.nat() }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('release' as const) }) },
  );

  it('matches a brute-force rank test on every sequence', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 30 }), (steps) => {
        const people = new Map<string, { cohort: number; role: number }>();
        const releases: DisclosureRelease[] = [];
        let next = 0;
        for (const s of steps) {
          if (s.kind === 'submit') people.set(`p${next++}`, { cohort: s.cohort, role: s.role });
          else if (s.kind === 'erase' && people.size > 0)
            people.delete([...people.keys()][s.pick % people.size]!);
          else if (s.kind === 'release' && people.size > 0) {
            const all = [...people.keys()];
            const of = (f: (v: { cohort: number; role: number }) => boolean) =>
              all.filter((p) => f(people.get(p)!));
            const groups: DisclosureEquation[] = [eq('all', all)];
            for (let c = 0; c < 4; c++)
              groups.push(
                eq(
                  `cohort=${c}`,
                  of((v) => v.cohort === c),
                ),
              );
            for (let r = 0; r < 2; r++)
              groups.push(
                eq(
                  `role=${r}`,
                  of((v) => v.role === r),
                ),
              );
            releases.push({
              id: `r${releases.length}`,
              equations: groups.filter((g) => g.members.length > 0),
            });
          }
        }
        const verdict = auditDisclosure(releases);
        const expected = bruteForceDisclosed(
          releases.flatMap((r) => r.equations.map((e) => [...e.members])),
        );
        expect(verdict.disclosed).toBe(expected.size > 0);
        if (verdict.disclosed) {
          const people = verdict.findings.reduce(
            (sum, f) => sum + Number(/the values of (\d+)/.exec(f.reason)?.[1] ?? 1),
            0,
          );
          expect(people).toBe(expected.size);
        }
      }),
      { numRuns: 300 },
    );
  });
});
