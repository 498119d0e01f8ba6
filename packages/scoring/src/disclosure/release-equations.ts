import {
  defaultInstrument,
  MeetingFrequency,
  type Instrument,
  type AdditionalAnswers,
  type ProgrammeReport,
  type SurveyResponse,
} from '@genbridge/schema';
import { prepareProgramme } from '../engine/prepare-programme.js';
import type { ScoringOptions } from '../engine/scoring-options.js';
import type { PlannedGroup } from '../engine/groups.js';
import type { DisclosureEquation } from './types.js';
import type { AdditionalColumns } from '../engine/additional-answers.js';
import { evaluationEquations } from '../evaluation/evaluation-equations.js';
import { constructScores } from '../engine/matched-data.js';

/**
 * Options of {@link releaseEquations}: those of `scoreProgramme` plus the instrument the report
 * was scored with (needed to know who has a score; the default instrument when omitted and the
 * report names it). The report's own settings (k, minimum item share, …) always win.
 */
export type ScoreOptions = ScoringOptions & { instrument?: Instrument };

const FEEDBACK_VALUES: Record<'satisfaction' | 'recommend' | 'pairingQuality', number[]> = {
  satisfaction: [1, 2, 3, 4, 5],
  recommend: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
  pairingQuality: [1, 2, 3, 4, 5],
};

const groupLabel = (g: { dimension: string; value: string | null }) =>
  g.dimension === 'all' ? 'all' : `${g.dimension}=${g.value}`;

/**
 * Every figure a report shows, as equations over the participants who make it up: per shown
 * group and construct the sums behind its means (`construct:<id>/baseline`, `/exit`, `/change`,
 * `/then`, `/gain`, and the reliable-change and non-zero counts as sums of 0/1 values), the
 * answer counts behind n, missing and complete cases (`construct:<id>/scored`, …), per shown
 * feedback group the count of every answer (`feedback:<question>=<answer>`) and, when released,
 * the open text (`openText:<question>`, a multiset of strings is a sum too), and the same for
 * the programme's additional questions (`extra:<wave>.<name>=<answer>`, `openText:<wave>.<name>`).
 *
 * Figures hidden because they would tell their members' values (homogeneity: `hidden:
 * "homogeneous"` in the feedback, notes `construct_homogeneous` and `retrospective_homogeneous`,
 * evaluation sections and item bands with reason `homogeneous`, see `evaluationEquations`) are
 * listed too, marked `hidden: "homogeneous"`: not released, but `auditDisclosure` checks that no
 * combination of released figures gives them back. Figures hidden for size or as complements are
 * not listed: they say nothing about their members' values.
 *
 * Group sizes and participation counts are not equations: the audit assumes the worst case, an
 * attacker who already knows who took part and who is in which group, and protects answers.
 * The SD, correlation and t of a figure are functions of sums over the same members as its mean
 * (Σx², Σxy), so the mean's equation stands for them.
 *
 * `responses` must be those the report was scored from; a group whose size does not match is
 * an error.
 */
export function releaseEquations(
  report: ProgrammeReport,
  responses: readonly SurveyResponse[],
  options: ScoreOptions = {},
): DisclosureEquation[] {
  const instrument = options.instrument ?? instrumentOf(report);
  const { anonymityThreshold, minItemShare, openTextThreshold, confidenceLevel } = report.settings;
  const prepared = prepareProgramme(responses, instrument, {
    programmeId: report.programmeId,
    anonymityThreshold,
    minItemShare,
    openTextThreshold,
    confidenceLevel,
  });
  const { pairing, data, layout, plan, feedbackPlan, feedbackExits, additional } = prepared;
  const out: DisclosureEquation[] = [];
  const codes = pairing.matchedBaselines.map((r) => r.participant);
  const planned = byKey(plan);
  const constructIndex = new Map(layout.constructs.map((c, i) => [c.id, i]));

  for (const group of report.groups) {
    if (group.suppressed) continue;
    const members = memberOf(planned, group.key, group.n);
    const label = groupLabel(group);
    const who = (keep: (p: number) => boolean) =>
      Array.from(members)
        .filter(keep)
        .map((p) => codes[p] as string);
    const everyone = who(() => true);
    for (const change of group.constructs) {
      const c = constructIndex.get(change.constructId);
      if (c === undefined)
        throw new Error(`construct ${change.constructId} is not in instrument ${instrument.id}`);
      const id = change.constructId;
      const before = constructScores(data.preScores, data.pairs, c);
      const after = constructScores(data.postScores, data.pairs, c);
      const retro = constructScores(data.thenScores, data.pairs, c);
      const pre = (p: number) => before[p] as number;
      const post = (p: number) => after[p] as number;
      const then = (p: number) => retro[p] as number;
      const add = (what: string, members: string[], place = what, hidden = false) =>
        out.push({
          variable: `construct:${id}/${what}`,
          label: `${label} · ${id} · ${place}`,
          members,
          ...(hidden ? { hidden: 'homogeneous' as const } : {}),
        });
      // Counts shown for every construct of a shown group: sums of 0/1 answers over the group.
      for (const what of [
        'scored',
        'missing-baseline',
        'missing-exit',
        'complete-baseline',
        'complete-exit',
      ])
        add(what, everyone, 'n');
      if (change.retrospective) add('retrospective', everyone, 'retrospective n');
      const scored = who((p) => !Number.isNaN(pre(p)) && !Number.isNaN(post(p)));
      if (scored.length !== change.n)
        throw new Error(
          `${label} · ${id}: the responses give n = ${scored.length}, the report ${change.n}`,
        );
      if (change.baseline.mean !== null) {
        for (const what of ['baseline', 'exit', 'change', 'improved', 'declined', 'nonzero-change'])
          add(what, scored);
      } else if (change.notes.includes('construct_homogeneous')) {
        for (const what of ['baseline', 'exit', 'change']) add(what, scored, what, true);
      }
      if (change.normalisedGain !== null)
        add(
          'gain',
          who((p) => !Number.isNaN(post(p)) && pre(p) < layout.max),
          'normalised gain',
        );
      if (change.retrospective && change.retrospective.then.mean !== null) {
        const retro = who((p) => !Number.isNaN(then(p)) && !Number.isNaN(post(p)));
        add('then', retro, 'retrospective then');
        add('exit', retro, 'retrospective exit');
      } else if (change.notes.includes('retrospective_homogeneous')) {
        const retro = who((p) => !Number.isNaN(then(p)) && !Number.isNaN(post(p)));
        add('then', retro, 'retrospective then', true);
        add('exit', retro, 'retrospective exit', true);
      }
    }
  }

  const exits = feedbackExits.map((r) => r.participant);
  const feedbackPlanned = byKey(feedbackPlan);
  for (const group of report.feedback) {
    if (group.suppressed) continue;
    const rows = memberOf(feedbackPlanned, group.key, group.n);
    const members = Array.from(rows, (i) => exits[i] as string);
    const label = `feedback · ${groupLabel(group)}`;
    for (const [question, values] of Object.entries(FEEDBACK_VALUES)) {
      const figure = group[question === 'recommend' ? 'nps' : (question as 'satisfaction')];
      out.push({
        variable: `feedback:${question}/answered`,
        label: `${label} · ${question}`,
        members,
      });
      const hidden = figure.hidden === 'homogeneous' ? { hidden: figure.hidden } : null;
      if (figure.distribution === null && !hidden) continue;
      for (const v of values)
        out.push({
          variable: `feedback:${question}=${v}`,
          label: `${label} · ${question}`,
          members,
          ...hidden,
        });
    }
    out.push({
      variable: 'feedback:meetingFrequency/answered',
      label: `${label} · meetingFrequency`,
      members,
    });
    const frequency = group.meetingFrequency;
    if (frequency.distribution !== null || frequency.hidden === 'homogeneous')
      for (const o of MeetingFrequency.options)
        out.push({
          variable: `feedback:meetingFrequency=${o}`,
          label: `${label} · meetingFrequency`,
          members,
          ...(frequency.distribution === null ? { hidden: 'homogeneous' as const } : {}),
        });
    if (group.openText.released) {
      for (const question of ['valuableLearning', 'improvement'])
        out.push({ variable: `openText:${question}`, label: `${label} · ${question}`, members });
    }
    if (additional && group.additional)
      out.push(...additionalEquations(group.additional, additional, rows, members, label));
  }
  out.push(...evaluationEquations(report, prepared));
  return out;
}

/**
 * The figures of a feedback group's additional questions: per closed question the count of those
 * who answered (a sum of 0/1 over the group, `extra:<wave>.<name>/answered`) and, when shown, the
 * count of every answer over them (`extra:<wave>.<name>=<answer>`); per released open question its
 * texts (`openText:extra.<wave>.<name>`).
 */
function additionalEquations(
  shown: readonly AdditionalAnswers[],
  columns: AdditionalColumns,
  rows: Int32Array,
  members: string[],
  label: string,
): DisclosureEquation[] {
  const out: DisclosureEquation[] = [];
  shown.forEach((a, j) => {
    const id = `extra:${a.wave}.${a.name}`;
    const place = `${label} · ${a.name}`;
    if (a.kind === 'open') {
      if (a.released) out.push({ variable: `openText:${id.slice(6)}`, label: place, members });
      return;
    }
    out.push({ variable: `${id}/answered`, label: place, members });
    const hidden = a.distribution === null && a.hidden === 'homogeneous';
    if (a.distribution === null && !hidden) return;
    const column = columns.answers[j] as (readonly string[] | undefined)[];
    const answered = members.filter((_, m) => column[rows[m] as number] !== undefined);
    const answers = a.distribution
      ? Object.keys(a.distribution)
      : [...new Set(Array.from(rows, (r) => column[r] ?? []).flat())];
    for (const answer of answers)
      out.push({
        variable: `${id}=${answer}`,
        label: place,
        members: answered,
        ...(hidden ? { hidden: 'homogeneous' as const } : {}),
      });
  });
  return out;
}

function instrumentOf(report: ProgrammeReport): Instrument {
  if (
    report.instrument.id === defaultInstrument.id &&
    report.instrument.version === defaultInstrument.version
  )
    return defaultInstrument;
  throw new Error(
    `report was scored with instrument ${report.instrument.id}@${report.instrument.version}: pass options.instrument`,
  );
}

function byKey(plan: readonly PlannedGroup[]): Map<string, PlannedGroup> {
  return new Map(plan.map((g) => [g.key, g]));
}

function memberOf(plan: Map<string, PlannedGroup>, key: string, n: number): Int32Array {
  const g = plan.get(key);
  if (!g || g.members.length !== n)
    throw new Error(
      `group ${key}: the responses do not match the report (n = ${g?.members.length ?? 0}, report ${n})`,
    );
  return g.members;
}
