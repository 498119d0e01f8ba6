// What the overlap tests (scoring rule 11 for construct scores) share: a role × cohort programme
// with digital_confidence set per person, and a reader who works in quarter points (the construct
// has four items), enumerates every multiset of scores and turns a shown mean and SD into sums.
import {
  ProgrammeReport,
  type ConstructChange,
  type GroupChange,
  type SurveyResponse,
} from '@genbridge/schema';
import { scoreProgramme } from '../src/index.js';
import {
  addValue,
  countPerson,
  createValueTally,
  type ValueKind,
} from '../src/disclosure/extreme-values.js';
import { cohortOf, seeded, testInstrument } from './helpers.js';

export const QUARTERS = 4;
type Role = 'mentor' | 'mentee';
export type Scores = { baseline?: number[]; exit?: number[] };

/** digital_confidence items averaging `v` (quarter points; dc_4 is reverse-keyed, stored reversed). */
function dc(v: number): Record<string, number> {
  const up = Math.round((v - Math.floor(v)) * QUARTERS);
  return Object.fromEntries(
    ['dc_1', 'dc_2', 'dc_3', 'dc_4'].map((id, i) => {
      const x = Math.floor(v) + (i < up ? 1 : 0);
      return [id, id === 'dc_4' ? 6 - x : x];
    }),
  );
}

/** Five people of one role and cohort; digital_confidence set per person where given. */
function cell(prefix: string, role: Role, cohort: string, scores: Scores = {}) {
  const rs = cohortOf(5, { prefix, role, cohort, seed: prefix.charCodeAt(0) });
  const people = [...new Set(rs.map((r) => r.participant))];
  return rs.map((r): SurveyResponse => {
    const v = scores[r.wave]?.[people.indexOf(r.participant)];
    return v === undefined ? r : { ...r, answers: { ...r.answers, ...dc(v) } };
  });
}

/** Role × cohort, five people per cell: autumn mentees, spring mentees, spring and autumn mentors. */
export function programme(
  onlyMentees: Scores,
  springMentees: Scores,
  onlySpring: Scores,
  autumnMentors: Scores = {},
) {
  const responses = [
    ...cell('A', 'mentee', 'autumn', onlyMentees),
    ...cell('B', 'mentee', 'spring', springMentees),
    ...cell('C', 'mentor', 'spring', onlySpring),
    ...cell('D', 'mentor', 'autumn', autumnMentors),
  ];
  const report = ProgrammeReport.parse(
    scoreProgramme(responses, testInstrument, {
      now: () => new Date('2026-07-01T00:00:00Z'),
      random: seeded(1),
      anonymityThreshold: 5,
    }),
  );
  return { responses, report };
}

/** The digital_confidence figures of a shown group. */
export const digitalConfidence = (g: GroupChange) =>
  g.constructs.find((c) => c.constructId === 'digital_confidence') as ConstructChange;

/** The kinds of value a construct figure shows the mean and SD of, with their range. */
export const SCORE_KINDS = [
  { name: 'baseline', of: (c: ConstructChange) => c.baseline, lo: 1, hi: 5 },
  { name: 'exit', of: (c: ConstructChange) => c.exit, lo: 1, hi: 5 },
  { name: 'change', of: (c: ConstructChange) => c.difference, lo: -4, hi: 4 },
];

/** Every multiset of `size` integers in [lo, hi] (quarter points), with Σ, Σx² and its mode. */
export interface Multisets {
  sum: Int32Array;
  squares: Int32Array;
  /** The most frequent value of each multiset and how often it occurs. */
  mode: Int32Array;
  modeCount: Int32Array;
}
const multisetCache = new Map<string, Multisets>();
export function multisets(size: number, lo: number, hi: number): Multisets {
  const key = `${size}:${lo}:${hi}`;
  const known = multisetCache.get(key);
  if (known) return known;
  const sum: number[] = [];
  const squares: number[] = [];
  const mode: number[] = [];
  const modeCount: number[] = [];
  const picked: number[] = [];
  const walk = (from: number) => {
    if (picked.length === size) {
      let best = picked[0] as number;
      let bestCount = 0;
      let run = 0;
      picked.forEach((v, i) => {
        run = i > 0 && picked[i - 1] === v ? run + 1 : 1;
        if (run > bestCount) [best, bestCount] = [v, run];
      });
      sum.push(picked.reduce((s, v) => s + v, 0));
      squares.push(picked.reduce((s, v) => s + v * v, 0));
      mode.push(best);
      modeCount.push(bestCount);
      return;
    }
    for (let v = from; v <= hi; v++) {
      picked.push(v);
      walk(v);
      picked.pop();
    }
  };
  walk(lo);
  const out = {
    sum: Int32Array.from(sum),
    squares: Int32Array.from(squares),
    mode: Int32Array.from(mode),
    modeCount: Int32Array.from(modeCount),
  };
  multisetCache.set(key, out);
  return out;
}

/** Σ and Σx² (in quarter points) of one shown figure's n, mean and SD. */
export function sums(n: number, mean: number | null, sd: number | null) {
  if (mean === null || sd === null) return null;
  const sum = n * mean;
  const squares = (n - 1) * sd * sd + n * mean * mean;
  return {
    sum: Math.round(sum * QUARTERS),
    squares: Math.round(squares * QUARTERS * QUARTERS),
  };
}

/** A one-kind tally of `values`, as the construct rule builds it. */
export function tally(values: readonly number[], kind: ValueKind) {
  const t = createValueTally(1);
  for (const x of values) {
    addValue(t, kind, 0, x);
    countPerson(t);
  }
  return t;
}
