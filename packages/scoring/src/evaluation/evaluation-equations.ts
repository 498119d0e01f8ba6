import type { EvaluationSuppression, ProgrammeReport } from '@genbridge/schema';
import type { DisclosureEquation } from '../disclosure/types.js';
import { listReveals, type ValueKind } from '../disclosure/extreme-values.js';
import type { prepareProgramme } from '../engine/prepare-programme.js';
import { pairProgramme } from '../engine/wave-pairing.js';
import { reportOrder } from './context.js';
import { scoreRows } from './score-rows.js';
import { constructScores } from '../engine/matched-data.js';

type Prepared = ReturnType<typeof prepareProgramme>;
type Section =
  { suppressed: false } | { suppressed: true; reason: EvaluationSuppression } | null | undefined;
/** How a section's figures are listed: released, hidden for homogeneity, or not at all. */
type Listing = 'shown' | 'hidden' | null;

/**
 * A shown section's figures are released; one hidden for homogeneity (scoring rule 10) lists
 * them as hidden, so the audit reports a release that gives one back. One hidden for size or as
 * a complement says nothing about its members' values, like a hidden group's construct figures.
 */
const listingOf = (s: Section): Listing =>
  !s ? null : !s.suppressed ? 'shown' : s.reason === 'homogeneous' ? 'hidden' : null;

/**
 * The figures of `report.evaluation` as disclosure equations (contract 1), so the release audit
 * sees them beside the groups' figures: baseline-only baseline sums (attrition), the comparison
 * arm's baseline, exit and change sums, the change sums of mentors, mentees and everyone in a
 * pair (dyads), and every item's sum over the complete cases of each shown item analysis and band
 * (`item:<id>/<wave>`). Figures over exactly the `all` group's people (completers' baseline, the
 * programme arm's change, the minimum detectable effect) add no equation. SDs, correlations, the
 * ANCOVA and the intra-pair correlation are functions of sums over the same people (Σx², Σxy),
 * which the audit, working one variable at a time, stands for by the sums' equations.
 *
 * A section or item band hidden for homogeneity lists, from the same code, each of the figures it
 * would have shown whose members' values are alike (rule 10's test on that figure), marked
 * `hidden: "homogeneous"`. Only those: the others tell nothing by themselves, and some are
 * released elsewhere anyway (when everyone is paired, the dyads' mentors are the `role=mentor`
 * group), where listing them would make the audit refuse a release that discloses nothing. Not
 * listed: a section hidden because figures over the `all` group's people were alike (those are
 * the groups' figures, listed there) or because of mentee − mentor differences within pairs (not
 * a sum of one variable), and an item analysis left out as a whole (the report does not say why).
 */
export function evaluationEquations(
  report: ProgrammeReport,
  prepared: Prepared,
): DisclosureEquation[] {
  const evaluation = report.evaluation;
  if (!evaluation) return [];
  const { pairing, data, layout, arms, programmeId } = prepared;
  const out: DisclosureEquation[] = [];
  const I = layout.itemIds.length;
  const index = new Map(layout.constructs.map((c, i) => [c.id, i]));
  const scoreKind: ValueKind = { lo: layout.min, hi: layout.max, spread: true };
  const changeKind: ValueKind = {
    lo: layout.min - layout.max,
    hi: layout.max - layout.min,
    spread: true,
  };
  /** One figure, the sum of `variable` over `rows` (participants by `code`), listed as `how`. */
  const add = (
    how: Listing,
    variable: string,
    label: string,
    rows: readonly number[],
    code: (row: number) => string,
    value: (row: number) => number,
    kind: ValueKind,
  ) => {
    if (how === null || rows.length === 0) return;
    if (how === 'shown') out.push({ variable, label, members: rows.map(code) });
    else if (listReveals(rows.map(value), kind))
      out.push({ variable, label, members: rows.map(code), hidden: 'homogeneous' });
  };
  /** A shown section's constructs; a hidden one would have shown every construct. */
  const constructsOf = (
    section: { suppressed: true } | { suppressed: false; constructs: { constructId: string }[] },
  ) =>
    section.suppressed
      ? reportOrder(layout)
      : section.constructs.map((c) => index.get(c.constructId) as number);
  const rowsWhere = (n: number, keep: (row: number) => boolean) => {
    const rows: number[] = [];
    for (let r = 0; r < n; r++) if (keep(r)) rows.push(r);
    return rows;
  };
  const preOf = (k: number) => constructScores(data.preScores, data.pairs, k);
  const postOf = (k: number) => constructScores(data.postScores, data.pairs, k);
  const matchedCode = (p: number) => pairing.matchedBaselines[p]?.participant as string;

  const a = evaluation.attrition;
  const attrition = listingOf(a);
  if (a && attrition) {
    const dropouts = pairing.baselineOnly;
    const scored = scoreRows(dropouts, layout);
    const code = (r: number) => dropouts[r]?.participant as string;
    for (const k of constructsOf(a)) {
      const id = layout.constructs[k]?.id as string;
      const column = constructScores(scored.scores, scored.rows, k);
      const score = (r: number) => column[r] as number;
      const rows = rowsWhere(dropouts.length, (r) => !Number.isNaN(score(r)));
      add(
        attrition,
        `construct:${id}/baseline`,
        `attrition · baseline only · ${id}`,
        rows,
        code,
        score,
        scoreKind,
      );
    }
  }

  const cmp = evaluation.comparison;
  const comparison = listingOf(cmp);
  if (cmp && comparison) {
    const arm = pairProgramme(arms.comparison, programmeId, report.instrument.id).paired;
    const armPre = scoreRows(arm.matchedBaselines, layout);
    const armPost = scoreRows(arm.matchedExits, layout);
    const code = (p: number) => arm.matchedBaselines[p]?.participant as string;
    for (const k of constructsOf(cmp)) {
      const id = layout.constructs[k]?.id as string;
      const before = constructScores(armPre.scores, armPre.rows, k);
      const after = constructScores(armPost.scores, armPost.rows, k);
      const baseline = (p: number) => before[p] as number;
      const exit = (p: number) => after[p] as number;
      const rows = rowsWhere(
        arm.matchedBaselines.length,
        (p) => !Number.isNaN(baseline(p)) && !Number.isNaN(exit(p)),
      );
      const values: [string, (p: number) => number, ValueKind][] = [
        ['baseline', baseline, scoreKind],
        ['exit', exit, scoreKind],
        ['change', (p) => exit(p) - baseline(p), changeKind],
      ];
      for (const [what, value, kind] of values) {
        add(
          comparison,
          `construct:${id}/${what}`,
          `comparison arm · ${id} · ${what}`,
          rows,
          code,
          value,
          kind,
        );
      }
    }
  }

  const d = evaluation.dyads;
  const dyads = listingOf(d);
  if (d && dyads) {
    const role = (p: number) => pairing.matchedBaselines[p]?.role ?? pairing.matchedExits[p]?.role;
    const pairOf = (p: number) =>
      pairing.matchedBaselines[p]?.pairId ?? pairing.matchedExits[p]?.pairId;
    const byPair = new Map<string, number[]>();
    for (let p = 0; p < data.pairs; p++) {
      const id = pairOf(p);
      if (id !== undefined) byPair.set(id, [...(byPair.get(id) ?? []), p]);
    }
    for (const k of constructsOf(d)) {
      const id = layout.constructs[k]?.id as string;
      const pre = preOf(k);
      const post = postOf(k);
      const has = (p: number) =>
        !Number.isNaN(pre[p] as number) && !Number.isNaN(post[p] as number);
      const change = (p: number) => (post[p] as number) - (pre[p] as number);
      const mentors: number[] = [];
      const mentees: number[] = [];
      for (const members of byPair.values()) {
        const m = members.filter((p) => role(p) === 'mentor');
        const e = members.filter((p) => role(p) === 'mentee');
        if (m.length === 1 && e.length === 1 && has(m[0] as number) && has(e[0] as number)) {
          mentors.push(m[0] as number);
          mentees.push(e[0] as number);
        }
      }
      const paired = [...byPair.values()].flat().filter(has);
      const figures: [string, number[]][] = [
        ['mentors', mentors],
        ['mentees', mentees],
        ['everyone in a pair', paired],
      ];
      for (const [who, rows] of figures) {
        add(
          dyads,
          `construct:${id}/change`,
          `pairs · ${who} · ${id}`,
          rows,
          matchedCode,
          change,
          changeKind,
        );
      }
    }
  }

  for (const analysis of evaluation.items) {
    const k = index.get(analysis.constructId) as number;
    const construct = layout.constructs[k];
    if (!construct) continue;
    const items = analysis.wave === 'baseline' ? data.preItems : data.postItems;
    const complete: number[] = [];
    const pre = preOf(k);
    const post = postOf(k);
    for (let p = 0; p < data.pairs; p++) {
      if (Number.isNaN(pre[p] as number) || Number.isNaN(post[p] as number)) continue;
      let ok = true;
      for (let j = 0; j < construct.items.length; j++)
        if (items[p * I + (construct.items[j] as number)] === layout.missing) ok = false;
      if (ok) complete.push(p);
    }
    const band = (p: number) =>
      pairing.matchedBaselines[p]?.generation ??
      pairing.matchedExits[p]?.generation ??
      'not_stated';
    const groups: [Listing, string, number[]][] = [['shown', 'all', complete]];
    for (const g of analysis.byGeneration) {
      const how = listingOf(g);
      if (how)
        groups.push([how, `generation=${g.band}`, complete.filter((p) => band(p) === g.band)]);
    }
    for (const [how, label, rows] of groups) {
      analysis.items.forEach((item, j) => {
        const column = construct.items[j] as number;
        add(
          how,
          `item:${item.itemId}/${analysis.wave}`,
          `items · ${label} · ${item.itemId} · ${analysis.wave}`,
          rows,
          matchedCode,
          (p) => layout.itemValue[items[p * I + column] as number] as number,
          scoreKind,
        );
      });
    }
  }
  return out;
}
