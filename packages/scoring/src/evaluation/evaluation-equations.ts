import type { ProgrammeReport } from '@genbridge/schema';
import type { DisclosureEquation } from '../disclosure/types.js';
import type { prepareProgramme } from '../engine/prepare-programme.js';
import { pairProgramme } from '../engine/wave-pairing.js';
import { scoreRows } from './score-rows.js';

type Prepared = ReturnType<typeof prepareProgramme>;

/**
 * The figures of `report.evaluation` as disclosure equations (contract 1), so the release audit
 * sees them beside the groups' figures: baseline-only baseline sums (attrition), the comparison
 * arm's baseline, exit and change sums, the change sums of mentors, mentees and everyone in a
 * pair (dyads), and every item's sum over the complete cases of each shown item analysis and band
 * (`item:<id>/<wave>`). Figures over exactly the `all` group's people (completers' baseline, the
 * programme arm's change, the minimum detectable effect) add no equation. SDs, correlations, the
 * ANCOVA and the intra-pair correlation are functions of sums over the same people (Σx², Σxy),
 * which the audit, working one variable at a time, stands for by the sums' equations.
 */
export function evaluationEquations(
  report: ProgrammeReport,
  prepared: Prepared,
): DisclosureEquation[] {
  const evaluation = report.evaluation;
  if (!evaluation) return [];
  const { pairing, data, layout, arms, programmeId } = prepared;
  const out: DisclosureEquation[] = [];
  const C = layout.constructs.length;
  const I = layout.itemIds.length;
  const index = new Map(layout.constructs.map((c, i) => [c.id, i]));
  const add = (variable: string, label: string, members: string[]) => {
    if (members.length > 0) out.push({ variable, label, members });
  };

  const a = evaluation.attrition;
  if (a && !a.suppressed) {
    const scored = scoreRows(pairing.baselineOnly, layout);
    for (const c of a.constructs) {
      const k = index.get(c.constructId) as number;
      const members = pairing.baselineOnly
        .filter((_, r) => !Number.isNaN(scored.scores[r * C + k] as number))
        .map((r) => r.participant);
      add(
        `construct:${c.constructId}/baseline`,
        `attrition · baseline only · ${c.constructId}`,
        members,
      );
    }
  }

  const cmp = evaluation.comparison;
  if (cmp && !cmp.suppressed) {
    const arm = pairProgramme(arms.comparison, programmeId, report.instrument.id).paired;
    const pre = scoreRows(arm.matchedBaselines, layout);
    const post = scoreRows(arm.matchedExits, layout);
    for (const c of cmp.constructs) {
      const k = index.get(c.constructId) as number;
      const members = arm.matchedBaselines
        .filter(
          (_, p) =>
            !Number.isNaN(pre.scores[p * C + k] as number) &&
            !Number.isNaN(post.scores[p * C + k] as number),
        )
        .map((r) => r.participant);
      for (const what of ['baseline', 'exit', 'change']) {
        add(
          `construct:${c.constructId}/${what}`,
          `comparison arm · ${c.constructId} · ${what}`,
          members,
        );
      }
    }
  }

  const d = evaluation.dyads;
  if (d && !d.suppressed) {
    const role = (p: number) => pairing.matchedBaselines[p]?.role ?? pairing.matchedExits[p]?.role;
    const pairOf = (p: number) =>
      pairing.matchedBaselines[p]?.pairId ?? pairing.matchedExits[p]?.pairId;
    const byPair = new Map<string, number[]>();
    for (let p = 0; p < data.pairs; p++) {
      const id = pairOf(p);
      if (id !== undefined) byPair.set(id, [...(byPair.get(id) ?? []), p]);
    }
    for (const c of d.constructs) {
      const k = index.get(c.constructId) as number;
      const has = (p: number) =>
        !Number.isNaN(data.preScores[p * C + k] as number) &&
        !Number.isNaN(data.postScores[p * C + k] as number);
      const code = (p: number) => pairing.matchedBaselines[p]?.participant as string;
      const mentors: string[] = [];
      const mentees: string[] = [];
      for (const members of byPair.values()) {
        const m = members.filter((p) => role(p) === 'mentor');
        const e = members.filter((p) => role(p) === 'mentee');
        if (m.length === 1 && e.length === 1 && has(m[0] as number) && has(e[0] as number)) {
          mentors.push(code(m[0] as number));
          mentees.push(code(e[0] as number));
        }
      }
      const paired = [...byPair.values()].flat().filter(has).map(code);
      add(`construct:${c.constructId}/change`, `pairs · mentors · ${c.constructId}`, mentors);
      add(`construct:${c.constructId}/change`, `pairs · mentees · ${c.constructId}`, mentees);
      add(
        `construct:${c.constructId}/change`,
        `pairs · everyone in a pair · ${c.constructId}`,
        paired,
      );
    }
  }

  for (const analysis of evaluation.items) {
    const k = index.get(analysis.constructId) as number;
    const construct = layout.constructs[k];
    if (!construct) continue;
    const items = analysis.wave === 'baseline' ? data.preItems : data.postItems;
    const complete: number[] = [];
    for (let p = 0; p < data.pairs; p++) {
      if (
        Number.isNaN(data.preScores[p * C + k] as number) ||
        Number.isNaN(data.postScores[p * C + k] as number)
      )
        continue;
      let ok = true;
      for (let j = 0; j < construct.items.length; j++)
        if (items[p * I + (construct.items[j] as number)] === layout.missing) ok = false;
      if (ok) complete.push(p);
    }
    const band = (p: number) =>
      pairing.matchedBaselines[p]?.generation ??
      pairing.matchedExits[p]?.generation ??
      'not_stated';
    const code = (p: number) => pairing.matchedBaselines[p]?.participant as string;
    const groups: [string, string[]][] = [['all', complete.map(code)]];
    for (const g of analysis.byGeneration) {
      if (!g.suppressed)
        groups.push([`generation=${g.band}`, complete.filter((p) => band(p) === g.band).map(code)]);
    }
    for (const [label, members] of groups) {
      for (const item of analysis.items) {
        add(
          `item:${item.itemId}/${analysis.wave}`,
          `items · ${label} · ${item.itemId} · ${analysis.wave}`,
          members,
        );
      }
    }
  }
  return out;
}
