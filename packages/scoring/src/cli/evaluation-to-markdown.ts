import type { EvaluationReport, ProgrammeReport, Summary, WelchTest } from '@genbridge/schema';
import { localize } from '@genbridge/schema';
import { escapeMarkdown } from './escape-markdown.js';

const fmt = (v: number | null | undefined, digits = 2) =>
  v === null || v === undefined ? '–' : `${v < 0 ? '−' : ''}${Math.abs(v).toFixed(digits)}`;
const signed = (v: number | null | undefined, digits = 2) =>
  v === null || v === undefined ? '–' : `${v > 0 ? '+' : ''}${fmt(v, digits)}`;
const ci = (lo: number | null, hi: number | null) =>
  lo === null || hi === null ? '' : ` [${signed(lo)}, ${signed(hi)}]`;
const summary = (s: Summary) => `${signed(s.mean)}${ci(s.ciLower, s.ciUpper)} (n = ${s.n})`;
const welch = (w: WelchTest) => `${signed(w.estimate)}${ci(w.ciLower, w.ciUpper)}`;
const HIDDEN: Record<string, string> = {
  below_threshold: 'hidden: fewer people than the anonymity threshold',
  complement_below_threshold: 'hidden: the rest of the programme would be too small',
  complementary: 'hidden so that a hidden group cannot be worked out',
};

/** The Markdown of `report.evaluation`: plain-words headings, figures with their CIs. */
export function evaluationToMarkdown(
  report: ProgrammeReport,
  evaluation: EvaluationReport,
): string[] {
  const name = (id: string) =>
    escapeMarkdown(localize(report.constructs.find((c) => c.id === id)?.name ?? {}, 'en') || id);
  const level = Math.round(report.settings.confidenceLevel * 100);
  const out: string[] = ['## Evaluation', ''];
  const mde = evaluation.minimumDetectableEffect;
  out.push(
    mde.dz === null
      ? 'Minimum detectable effect: not stated (too few matched participants).'
      : `Minimum detectable effect: with ${mde.n} matched participants this evaluation detects, with ${Math.round(mde.power * 100)}% power, a change of d_z = ${fmt(mde.dz)} or more (${mde.constructs.map((c) => `${name(c.constructId)} ${fmt(c.scalePoints)} scale points`).join('; ')}); smaller real effects may be missed.`,
    '',
  );
  const a = evaluation.attrition;
  if (a) {
    out.push('### Did the people who dropped out differ?', '');
    if (a.suppressed) out.push(`_${HIDDEN[a.reason]}_`, '');
    else {
      out.push(
        a.warning
          ? `⚠ People who answered only the baseline (${a.baselineOnly}) started differently from those who finished (${a.completers}): read the change with drop-out in mind.`
          : `People who answered only the baseline (${a.baselineOnly}) started much like those who finished (${a.completers}).`,
        '',
        `| Construct | Baseline, finished | Baseline, dropped out | Difference (${level}% CI) | d | Change if drop-outs unchanged | Observed change |`,
        '|---|---|---|---|---|---|---|',
      );
      for (const c of a.constructs) {
        out.push(
          `| ${name(c.constructId)} | ${fmt(c.completers.mean)} | ${fmt(c.baselineOnly.mean)} | ${welch(c.welch)}${c.differs ? ' ⚠' : ''} | ${fmt(c.d)} | ${summary(c.changeIfDropoutsUnchanged)} | ${signed(c.observedChange)} |`,
        );
      }
      out.push('');
    }
  }
  const cmp = evaluation.comparison;
  if (cmp) {
    out.push('### Was it the programme? (comparison group)', '');
    if (cmp.suppressed) out.push(`_${HIDDEN[cmp.reason]}_`, '');
    else {
      out.push(
        `${cmp.programme} programme participants, ${cmp.comparison} colleagues in the comparison group. The adjusted difference compares exit scores of people who started at the same baseline (ANCOVA).`,
        '',
        `| Construct | Change, programme | Change, comparison | Difference in change (${level}% CI) | Adjusted difference (${level}% CI) |`,
        '|---|---|---|---|---|',
      );
      for (const c of cmp.constructs) {
        out.push(
          `| ${name(c.constructId)} | ${summary(c.programme)} | ${summary(c.comparison)} | ${welch(c.differenceInDifferences)} | ${signed(c.ancova.estimate)}${ci(c.ancova.ciLower, c.ancova.ciUpper)} |`,
        );
      }
      out.push('');
    }
  }
  const d = evaluation.dyads;
  if (d) {
    out.push('### Mentoring pairs', '');
    if (d.suppressed) out.push(`_${HIDDEN[d.reason]}_`, '');
    else {
      out.push(
        `${d.completePairs} complete pairs. The change of everyone in a pair has a ${level}% CI that allows for partners resembling each other (cluster-robust, pairs as clusters).`,
        '',
        '| Construct | Change, mentors | Change, mentees | Mentee − mentor | Partners’ change correlation | Change (cluster-robust CI) |',
        '|---|---|---|---|---|---|',
      );
      for (const c of d.constructs) {
        out.push(
          `| ${name(c.constructId)} | ${summary(c.mentor)} | ${summary(c.mentee)} | ${summary(c.menteeMinusMentor)} | ${fmt(c.intraPairCorrelation)} | ${signed(c.clusterRobust.estimate)}${ci(c.clusterRobust.ciLower, c.clusterRobust.ciUpper)} |`,
        );
      }
      out.push('');
    }
  }
  if (evaluation.items.length > 0) {
    out.push(
      '### Do the items work?',
      '',
      'Per construct and wave: Cronbach’s alpha, McDonald’s omega, and items whose corrected item–total correlation is below 0.3 or that behave differently across generations.',
      '',
      '| Construct | Wave | n | α | ω | Weak items (r.drop < 0.3) | Differ by generation |',
      '|---|---|---|---|---|---|---|',
    );
    for (const i of evaluation.items) {
      const weak = i.items
        .filter((x) => x.rDrop !== null && x.rDrop < 0.3)
        .map((x) => `${x.itemId} (${fmt(x.rDrop)})`);
      out.push(
        `| ${name(i.constructId)} | ${i.wave} | ${i.n} | ${fmt(i.alpha)} | ${fmt(i.omega)} | ${weak.join(', ') || '–'} | ${i.divergentItems.join(', ') || '–'} |`,
      );
    }
    out.push('');
  }
  return out;
}
