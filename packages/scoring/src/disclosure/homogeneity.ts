import type { FigureHiddenReason } from '@genbridge/schema';
import type { PlannedGroup } from '../engine/groups.js';
import { suppressDominated, type DominanceRule } from './dominance.js';

/**
 * One question's answers over a population, as the keys each member's answer counts under
 * (one key for a single choice, several for multiple choice); undefined where not answered.
 */
export interface AnswerColumn {
  multiple: boolean;
  keys: readonly (readonly string[] | undefined)[];
}

/** Answers of some members: how many answered and the count per key. */
export interface Tally {
  n: number;
  counts: Map<string, number>;
}

/**
 * Whether the counts tell each member's answer, up to at most one person: a single choice where
 * one answer holds all, or all but one, of the answers; a multiple choice where, summed over the
 * choices, fewer than two ticks or blanks go against the majority of the choice (then all but at
 * most one member ticked the same set). Two people apart from the rest hide which two they are.
 */
export function dominated({ n, counts }: Tally, multiple: boolean): boolean {
  if (n <= 0) return false;
  if (multiple) {
    let against = 0;
    for (const c of counts.values()) against += Math.min(c, n - c);
    return against < 2;
  }
  let top = 0;
  for (const c of counts.values()) top = Math.max(top, c);
  return n - top < 2;
}

/**
 * Two overlapping answer tallies of different breakdowns, neither inside the other: their
 * difference is `onlyA − onlyB` per answer, and since no count is negative, a difference d on an
 * answer tells that at least d of `onlyA` gave it (−d: of `onlyB`). That is a disclosure when it
 * covers the whole part, or all of it but one when at least two are covered. For a multiple choice
 * the blanks of a choice count as an answer too.
 */
export function apart(onlyA: Tally, onlyB: Tally, multiple: boolean): boolean {
  const forced = (d: number, n: number) => d >= 1 && (d >= n || (d >= 2 && d >= n - 1));
  for (const key of new Set([...onlyA.counts.keys(), ...onlyB.counts.keys()])) {
    const a = onlyA.counts.get(key) ?? 0;
    const b = onlyB.counts.get(key) ?? 0;
    if (forced(a - b, onlyA.n) || forced(b - a, onlyB.n)) return true;
    const blanks = onlyA.n - a - (onlyB.n - b);
    if (multiple && (forced(blanks, onlyA.n) || forced(-blanks, onlyB.n))) return true;
  }
  return false;
}

/** The answers of one question as a {@link DominanceRule}: a tally of who answered what. */
export function answerRule(column: AnswerColumn): DominanceRule<Tally> {
  return {
    create: () => ({ n: 0, counts: new Map() }),
    tallyCells(cellOf, cells) {
      // Counted per cell under a small code per key, then turned into maps once per cell: a map
      // update per person and key was most of this rule's time.
      const codeOf = new Map<string, number>();
      const keyOf: string[] = [];
      let width = 8;
      let counts = new Float64Array(cells * width);
      const n = new Float64Array(cells);
      for (let p = 0; p < cellOf.length; p++) {
        const keys = column.keys[p];
        if (!keys) continue;
        const cell = cellOf[p] as number;
        n[cell] = (n[cell] as number) + 1;
        for (let j = 0; j < keys.length; j++) {
          const key = keys[j] as string;
          let code = codeOf.get(key);
          if (code === undefined) {
            codeOf.set(key, (code = keyOf.length));
            keyOf.push(key);
            if (code === width) {
              const wider = new Float64Array(cells * width * 2);
              for (let c = 0; c < cells; c++)
                wider.set(counts.subarray(c * width, (c + 1) * width), c * width * 2);
              counts = wider;
              width *= 2;
            }
          }
          const at = cell * width + code;
          counts[at] = (counts[at] as number) + 1;
        }
      }
      return Array.from({ length: cells }, (_, cell) => {
        const tally: Tally = { n: n[cell] as number, counts: new Map() };
        keyOf.forEach((key, code) => {
          const count = counts[cell * width + code] as number;
          if (count > 0) tally.counts.set(key, count);
        });
        return tally;
      });
    },
    merge(into, from) {
      into.n += from.n;
      for (const [key, c] of from.counts) into.counts.set(key, (into.counts.get(key) ?? 0) + c);
    },
    size: (t) => t.n,
    dominated: (t) => dominated(t, column.multiple),
    apart: (a, b) => apart(a, b, column.multiple),
  };
}

/**
 * The dominance rule (scoring rule 9) on one question's figures across the groups of a report
 * (`hidden`: what the size rules already hide, null where shown): see {@link suppressDominated}.
 */
export function suppressHomogeneous(
  plan: readonly PlannedGroup[],
  layers: readonly Int32Array[],
  column: AnswerColumn,
  hidden: readonly (FigureHiddenReason | null)[],
): (FigureHiddenReason | null)[] {
  return suppressDominated(plan, layers, answerRule(column), hidden);
}
