import { planProgramme, type ProgrammePlan } from '../evaluation/plan-programme.js';
import { UsageError } from './args.js';
import { numberOption, parseSubcommand } from './subcommand-args.js';
import type { CliIo } from './run.js';

export const PLAN_USAGE = `Usage: genbridge-score plan (--pairs <n> | --effect <d>) [options]

Plans an evaluation for the paired t-test on change (as pwr::pwr.t.test(type = "paired")):
the smallest change n pairs can detect, or the pairs needed to detect a change.
A "pair" is one participant who answers both the baseline and the exit survey.

Options:
      --pairs <n>          participants expected to answer both surveys
      --effect <d>         change to detect, as d_z (mean change / SD of change)
      --correlation <r>    expected baseline–exit correlation: --effect is then d in SDs of the
                           scores, converted with d_z = d / sqrt(2 (1 - r))
      --alpha <0..1>       two-sided significance level (default 0.05)
      --power <0..1>       wanted power (default 0.8)
  -f, --format <text|json> (default text)
  -h, --help               show this help
`;

const f2 = (x: number | null) => (x === null ? '–' : x.toFixed(2));

function planText(p: ProgrammePlan): string {
  const out = [`Paired t-test, two-sided α = ${p.alpha}, power ${Math.round(p.power * 100)}%.`];
  if (p.pairs !== null) {
    out.push(
      `With ${p.pairs} pairs the smallest change you can expect to detect is d_z = ${f2(p.minimumDetectableDz)}${
        p.minimumDetectableD === null
          ? ''
          : ` (d = ${f2(p.minimumDetectableD)} in SDs of the scores at r = ${p.correlation})`
      }: smaller real changes will often look like "no change".`,
    );
  }
  if (p.effectDz !== null) {
    out.push(
      `To detect d_z = ${f2(p.effectDz)}${p.correlation === null ? '' : ` (d = ${p.effect} at r = ${p.correlation})`} you need ${p.pairsNeeded} pairs answering both surveys; plan invitations for more, since some will drop out.`,
    );
  }
  if (p.achievedPower !== null)
    out.push(`${p.pairs} pairs have ${Math.round(p.achievedPower * 100)}% power for that change.`);
  return `${out.join('\n')}\n`;
}

/** `genbridge-score plan`. */
export function runPlan(argv: string[], io: CliIo): number {
  const { values, help } = parseSubcommand(argv, {
    pairs: { type: 'string' },
    effect: { type: 'string' },
    correlation: { type: 'string' },
    alpha: { type: 'string' },
    power: { type: 'string' },
    format: { type: 'string', short: 'f', default: 'text' },
  });
  if (help) {
    io.stdout(PLAN_USAGE);
    return 0;
  }
  if (values.format !== 'text' && values.format !== 'json')
    throw new UsageError(`--format must be text or json (got "${values.format}")`);
  const pairs = numberOption('pairs', values.pairs, true);
  const effect = numberOption('effect', values.effect);
  if (pairs === undefined && effect === undefined)
    throw new UsageError('give --pairs, --effect or both');
  let plan: ProgrammePlan;
  try {
    plan = planProgramme({
      ...(pairs !== undefined ? { pairs } : {}),
      ...(effect !== undefined ? { effect } : {}),
      ...(values.alpha !== undefined
        ? { alpha: numberOption('alpha', values.alpha) as number }
        : {}),
      ...(values.power !== undefined
        ? { power: numberOption('power', values.power) as number }
        : {}),
      ...(values.correlation !== undefined
        ? { correlation: numberOption('correlation', values.correlation) as number }
        : {}),
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  io.stdout(values.format === 'json' ? `${JSON.stringify(plan, null, 2)}\n` : planText(plan));
  return 0;
}
