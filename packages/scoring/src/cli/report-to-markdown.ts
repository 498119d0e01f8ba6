import { evaluationToMarkdown } from './evaluation-to-markdown.js';
import { escapeMarkdown } from './escape-markdown.js';
import {
  localize,
  type ConstructChange,
  type FeedbackReport,
  type FigureHiddenReason,
  type GroupReport,
  type ProgrammeReport,
} from '@genbridge/schema';

export { escapeMarkdown };

const fmt = (v: number | null, digits = 2) => (v === null ? '–' : v.toFixed(digits));
const pFmt = (p: number | null) => (p === null ? '–' : p < 0.001 ? '< .001' : p.toFixed(3));

const REASONS: Record<string, string> = {
  below_threshold: 'hidden: fewer participants than the anonymity threshold',
  complementary: 'hidden so that a hidden sibling group cannot be worked out',
  complement_below_threshold: 'hidden: the rest of the programme would be too small',
};

const HIDDEN: Record<FigureHiddenReason, (k: number) => string> = {
  below_threshold: (k) => `fewer than ${k} answers`,
  complementary: () => 'to protect a hidden figure',
  homogeneous: () => 'all or all but one gave the same answer',
};

function groupTitle(g: GroupReport | FeedbackReport): string {
  return g.dimension === 'all'
    ? 'All participants'
    : `${g.dimension[0]?.toUpperCase()}${g.dimension.slice(1)}: ${g.value}`;
}

const constructName = (report: ProgrammeReport, id: string) =>
  localize(report.constructs.find((x) => x.id === id)?.name ?? {}, 'en') || id;

function constructRow(report: ProgrammeReport, c: ConstructChange): string {
  const name = constructName(report, c.constructId);
  const ci =
    c.difference.ciLower === null
      ? ''
      : ` [${fmt(c.difference.ciLower)}, ${fmt(c.difference.ciUpper)}]`;
  const rc = c.reliableChange;
  const alpha = `${fmt(c.reliability.baseline.alpha)} / ${fmt(c.reliability.exit.alpha)}${c.reliability.baseline.low || c.reliability.exit.low ? ' ⚠' : ''}`;
  return `| ${escapeMarkdown(name)} | ${c.n} | ${fmt(c.baseline.mean)} (${fmt(c.baseline.sd)}) | ${fmt(c.exit.mean)} (${fmt(c.exit.sd)}) | ${fmt(c.difference.mean)}${ci} | ${pFmt(c.tTest.pHolm)} | ${fmt(c.effectSize.gav)} | ${fmt(c.effectSize.dz)} | ${rc.seDiff === null ? '–' : `${rc.improved} / ${rc.unchanged} / ${rc.declined}`} | ${alpha} |`;
}

/** A Markdown summary for people: participation, change per group and construct, feedback. */
export function reportToMarkdown(report: ProgrammeReport): string {
  const out: string[] = [];
  const p = report.participation;
  const s = report.settings;
  out.push(`# Programme report: ${escapeMarkdown(report.programmeId)}`, '');
  out.push(
    `Instrument ${escapeMarkdown(report.instrument.id)} ${report.instrument.version}, generated ${report.generatedAt}.`,
  );
  out.push(
    `Groups smaller than ${s.anonymityThreshold} are hidden; open text is shown for groups of at least ${s.openTextThreshold}.`,
    '',
  );
  out.push(
    '## Participation',
    '',
    '| Baseline | Exit | Matched | Baseline only | Exit only | Duplicates replaced |',
    '|---|---|---|---|---|---|',
  );
  // Counts from 1 to k − 1 are withheld by the report (null).
  const count = (n: number | null) => (n === null ? `< ${s.anonymityThreshold}` : String(n));
  out.push(
    `| ${[p.baseline, p.exit, p.matched, p.baselineOnly, p.exitOnly, p.duplicatesReplaced].map(count).join(' | ')} |`,
    '',
  );
  out.push('## Change from baseline to exit', '');
  out.push(
    `Mean (SD) on the ${report.scale.min}–${report.scale.max} scale; change = exit − baseline with ${Math.round(s.confidenceLevel * 100)}% CI; p = paired t-test, Holm-adjusted across constructs; g_av = Hedges' g (average SD); d_z = change / SD of change; reliable change = improved / unchanged / declined (RCI, ±1.96); α = Cronbach's alpha baseline / exit (⚠ below 0.7).`,
    '',
  );
  for (const g of report.groups) {
    out.push(`### ${escapeMarkdown(groupTitle(g))}`, '');
    if (g.suppressed) {
      out.push(`_${REASONS[g.reason]}_`, '');
      continue;
    }
    out.push(`n = ${g.n}`, '');
    out.push(
      '| Construct | n | Baseline | Exit | Change | p (Holm) | g_av | d_z | Reliable change | α |',
      '|---|---|---|---|---|---|---|---|---|---|',
    );
    for (const c of g.constructs) out.push(constructRow(report, c));
    const retro = g.constructs.filter((c) => c.retrospective && c.retrospective.n > 0);
    if (retro.length > 0) {
      out.push(
        '',
        'Retrospective (then-test) vs exit:',
        '',
        '| Construct | n | Then | Exit | Change | p (Holm) | g_av |',
        '|---|---|---|---|---|---|---|',
      );
      for (const c of retro) {
        const r = c.retrospective as NonNullable<ConstructChange['retrospective']>;
        out.push(
          `| ${escapeMarkdown(constructName(report, c.constructId))} | ${r.n} | ${fmt(r.then.mean)} | ${fmt(r.post.mean)} | ${fmt(r.difference.mean)} | ${pFmt(r.tTest.pHolm)} | ${fmt(r.effectSize.gav)} |`,
        );
      }
    }
    out.push('');
  }
  out.push('## Programme feedback', '');
  for (const f of report.feedback) {
    out.push(`### ${escapeMarkdown(groupTitle(f))}`, '');
    if (f.suppressed) {
      out.push(`_${REASONS[f.reason]}_`, '');
      continue;
    }
    const why = (hidden: FigureHiddenReason | undefined) =>
      hidden ? `hidden: ${HIDDEN[hidden](report.settings.anonymityThreshold)}` : '';
    const nps = f.nps.hidden
      ? `NPS ${why(f.nps.hidden)} (n = ${f.nps.n})`
      : `NPS ${fmt(f.nps.score, 0)} (n = ${f.nps.n}: ${f.nps.promoters} promoters, ${f.nps.passives} passives, ${f.nps.detractors} detractors)`;
    out.push(
      `Exit responses: ${f.n}. Satisfaction ${f.satisfaction.hidden ? why(f.satisfaction.hidden) : `${fmt(f.satisfaction.mean)} of 5`} (n = ${f.satisfaction.n}); ${nps}; pairing quality ${f.pairingQuality.hidden ? why(f.pairingQuality.hidden) : `${fmt(f.pairingQuality.mean)} of 5`} (n = ${f.pairingQuality.n}).`,
      '',
    );
    if (f.openText.released) {
      for (const [title, texts] of [
        ['Most valuable learning', f.openText.valuableLearning],
        ['What to improve', f.openText.improvement],
      ] as const) {
        if (texts.length === 0) continue;
        out.push(`${title}:`, '', ...texts.map((t) => `- ${escapeMarkdown(t)}`), '');
      }
    }
    for (const a of f.additional ?? []) {
      const title = `${escapeMarkdown(a.name)} (${a.wave})`;
      if (a.kind === 'closed') {
        const counts = a.distribution
          ? Object.entries(a.distribution)
              .map(([answer, n]) => `${escapeMarkdown(answer)} ${n}`)
              .join(', ')
          : `_${why(a.hidden ?? 'complementary')}_`;
        out.push(`${title}, n = ${a.n}: ${counts}`, '');
      } else if (a.released && a.answers.length > 0) {
        out.push(`${title}:`, '', ...a.answers.map((t) => `- ${escapeMarkdown(t)}`), '');
      }
    }
  }
  if (report.evaluation) out.push(...evaluationToMarkdown(report, report.evaluation));
  return `${out.join('\n').trimEnd()}\n`;
}
