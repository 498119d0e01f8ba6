// Attacks on one report (issue 9, findings 2 and 3, and their feedback and count variants): every
// test here was run against the scoring of commit 1bcd5a6 and failed there.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  ProgrammeReport,
  type FeedbackSummary,
  type GroupChange,
  type SurveyResponse,
} from '@genbridge/schema';
import { auditDisclosure, releaseEquations, scoreProgramme } from '../src/index.js';
import { cohortOf, response, seeded, testInstrument } from './helpers.js';

const k = 5;
const options = { random: seeded(1), instrument: testInstrument };
const score = (rs: SurveyResponse[]) =>
  ProgrammeReport.parse(scoreProgramme(rs, testInstrument, options));
const audit = (rs: SurveyResponse[]) =>
  auditDisclosure([
    {
      id: 'r',
      equations: releaseEquations(scoreProgramme(rs, testInstrument, options), rs, options),
    },
  ]);

/** Per breakdown: people in `all` but in no shown group — what `all − Σ shown` is the sum over. */
function hiddenPerBreakdown(
  groups: readonly (GroupChange | FeedbackSummary | { suppressed: true; dimension: string })[],
): Record<string, number> {
  const all = groups.find((g) => g.dimension === 'all');
  if (!all || all.suppressed) return {};
  const out: Record<string, number> = {};
  for (const g of groups) {
    if (g.dimension === 'all') continue;
    out[g.dimension] ??= all.n;
    if (!g.suppressed) out[g.dimension] = (out[g.dimension] as number) - g.n;
  }
  return out;
}
const safe = (hidden: number) => hidden === 0 || hidden >= k;

/** Sum of one construct's baseline scores in a shown group: n · mean. */
function baselineSum(
  report: ProgrammeReport,
  key: string,
  construct = 'digital_confidence',
): number {
  const g = report.groups.find((x) => x.key === key);
  if (!g || g.suppressed) return 0;
  const c = g.constructs.find((x) => x.constructId === construct);
  return c && c.baseline.mean !== null ? c.n * c.baseline.mean : 0;
}

describe('attack 2: an empty optional breakdown field', () => {
  const gz = cohortOf(6, { seed: 1, prefix: 'Z', generation: 'gen_z' });
  const gx = cohortOf(6, { seed: 2, prefix: 'X', generation: 'gen_x' });
  const lone = cohortOf(1, { seed: 3, prefix: 'L' });
  const rs = [...gz, ...gx, ...lone];

  it('people without a value form a `not_stated` group, and all − Σ shown groups is never 1..k−1 people', () => {
    const r = score(rs);
    const notStated = r.groups.find((g) => g.key === 'generation:not_stated');
    expect(notStated).toMatchObject({
      dimension: 'generation',
      value: 'not_stated',
      suppressed: true,
    });
    expect(Object.values(hiddenPerBreakdown(r.groups)).every(safe)).toBe(true);
    // On the old code all − gen_z − gen_x was exactly the lone participant's sum; now one of the
    // two is hidden with them, so what subtraction gives is the sum over at least k people.
    const shown = r.groups.filter((g) => g.dimension === 'generation' && !g.suppressed);
    expect(shown).toHaveLength(1);
    expect(baselineSum(r, 'all') - baselineSum(r, shown[0]?.key ?? '')).not.toBe(0);
    expect(audit(rs)).toEqual({ disclosed: false });
  });

  it('the same for feedback groups: the distributions of all − Σ shown groups are not one person’s answers', () => {
    const withFeedback = rs.map((x, i) =>
      x.wave === 'exit' ? { ...x, feedback: { recommend: i % 11, satisfaction: 1 + (i % 5) } } : x,
    );
    const r = score(withFeedback);
    expect(r.feedback.find((g) => g.key === 'generation:not_stated')).toMatchObject({
      suppressed: true,
    });
    expect(Object.values(hiddenPerBreakdown(r.feedback)).every(safe)).toBe(true);
    expect(audit(withFeedback)).toEqual({ disclosed: false });
  });
});

describe('attack 3: several small hidden groups', () => {
  it('cohorts of 5, 5, 1 and 1: the next smallest shown group is hidden too, so all − Σ shown is at least k', () => {
    const rs = [
      ...cohortOf(5, { seed: 1, prefix: 'A', cohort: 'alpha' }),
      ...cohortOf(5, { seed: 2, prefix: 'B', cohort: 'beta' }),
      ...cohortOf(1, { seed: 3, prefix: 'C', cohort: 'gamma' }),
      ...cohortOf(1, { seed: 4, prefix: 'D', cohort: 'delta' }),
    ];
    const r = score(rs);
    expect(
      Object.fromEntries(
        r.groups
          .filter((g) => g.dimension === 'cohort')
          .map((g) => [g.key, g.suppressed ? g.reason : g.n]),
      ),
    ).toEqual({
      'cohort:alpha': 'complementary',
      'cohort:beta': 5,
      'cohort:delta': 'below_threshold',
      'cohort:gamma': 'below_threshold',
    });
    expect(Object.values(hiddenPerBreakdown(r.groups)).every(safe)).toBe(true);
  });
});

describe('differencing inside one report through feedback', () => {
  it('an exit-only participant without a role is not all − Σ role groups of the feedback', () => {
    const rs = [
      ...cohortOf(8, { seed: 1, prefix: 'M', role: 'mentor' }),
      ...cohortOf(8, { seed: 2, prefix: 'E', role: 'mentee' }),
    ].map((x, i) => (x.wave === 'exit' ? { ...x, feedback: { recommend: i % 11 } } : x));
    const late = response({
      participant: 'LATE',
      wave: 'exit',
      feedback: { recommend: 0, valuableLearning: 'only me' },
    });
    const r = score([...rs, late]);
    expect(Object.values(hiddenPerBreakdown(r.feedback)).every(safe)).toBe(true);
    expect(audit([...rs, late])).toEqual({ disclosed: false });
  });
});

describe('construct figures inside shown groups', () => {
  it('a construct scored for one person of a group cannot be recovered as all − the other groups', () => {
    const a = cohortOf(10, { seed: 1, prefix: 'A', cohort: 'alpha' });
    const b = cohortOf(10, { seed: 2, prefix: 'B', cohort: 'beta' });
    // In beta only B0000 answers enough digital-confidence items at baseline.
    for (const x of b)
      if (x.wave === 'baseline' && x.participant !== 'B0000')
        for (const id of ['dc_1', 'dc_2', 'dc_3']) delete x.answers[id];
    const rs = [...a, ...b];
    const r = score(rs);
    const shownN = (key: string) => {
      const g = r.groups.find((x) => x.key === key);
      const c =
        g && !g.suppressed
          ? g.constructs.find((x) => x.constructId === 'digital_confidence')
          : undefined;
      return c && c.baseline.mean !== null ? c.n : 0;
    };
    const hidden = shownN('all') - shownN('cohort:alpha') - shownN('cohort:beta');
    expect(safe(hidden)).toBe(true);
    expect(audit(rs)).toEqual({ disclosed: false });
  });
});

describe('across breakdowns', () => {
  it('a role group one person larger than a cohort inside it is not shown beside it', () => {
    const spring = cohortOf(10, { seed: 1, prefix: 'S', role: 'mentor', cohort: 'spring' });
    const odd = cohortOf(1, { seed: 2, prefix: 'O', role: 'mentor', cohort: 'autumn' });
    const autumn = cohortOf(10, { seed: 3, prefix: 'A', role: 'mentee', cohort: 'autumn' });
    const rs = [...spring, ...odd, ...autumn];
    expect(audit(rs)).toEqual({ disclosed: false });
  });
});

describe('participation counts', () => {
  it('no count, nor a difference of shown counts, is 1..k−1 people', () => {
    const rs = [
      ...cohortOf(20, { seed: 1 }),
      response({ participant: 'B1', wave: 'baseline' }),
      response({ participant: 'B2', wave: 'baseline' }),
      response({ participant: 'X1', wave: 'exit' }),
    ];
    const r = score(rs);
    const p = r.participation;
    const all = r.groups[0];
    const fb = r.feedback[0];
    const matched = p.matched ?? (all && !all.suppressed ? all.n : null);
    const exit = p.exit ?? (fb && !fb.suppressed ? fb.n : null);
    const derived = [
      p.baselineOnly,
      p.exitOnly,
      p.baseline !== null && matched !== null ? p.baseline - matched : null,
      exit !== null && matched !== null ? exit - matched : null,
    ];
    for (const d of derived) if (d !== null) expect(safe(d)).toBe(true);
  });
});

describe('randomised programmes: one report never discloses anyone and never leaves 1..k−1 hidden in a breakdown', () => {
  const person = fc.record({
    role: fc.constantFrom('mentor', 'mentee', undefined),
    cohort: fc.constantFrom('spring', 'autumn', 'winter', undefined),
    generation: fc.constantFrom('gen_z', 'millennial', 'gen_x', undefined),
    waves: fc.constantFrom('both', 'both', 'both', 'baseline', 'exit'),
    skip: fc.integer({ min: 0, max: 7 }),
    recommend: fc.option(fc.integer({ min: 0, max: 10 })),
    text: fc.boolean(),
  });
  type Person = typeof person extends fc.Arbitrary<infer T> ? T : never;
  /** One population scored: nothing disclosed, and nothing 1..k−1 hidden in a breakdown. */
  const holdsFor = (people: readonly Person[], seed: number): void => {
    const rs: SurveyResponse[] = [];
    people.forEach((p, i) => {
      const [base, exit] = cohortOf(1, {
        seed: seed + i,
        prefix: `P${i}-`,
        ...(p.cohort ? { cohort: p.cohort } : {}),
        ...(p.generation ? { generation: p.generation as 'gen_z' } : {}),
      });
      if (!base || !exit) return;
      if (p.skip === 1) for (const id of ['dc_1', 'dc_2']) delete base.answers[id];
      if (p.skip === 2) for (const id of ['iu_1', 'iu_2']) delete exit.answers[id];
      if (p.skip === 3) exit.retrospective = { dc_1: 2, dc_2: 2, dc_3: 2, dc_4: 4 };
      if (p.skip === 4) base.answers = { ...base.answers, dc_1: 5, dc_2: 5, dc_3: 5, dc_4: 1 };
      // Role is required at baseline; an exit-only participant may have none.
      base.role = (p.role ?? 'mentor') as 'mentor';
      exit.role = p.role as 'mentor' | undefined;
      exit.feedback = {
        ...(p.recommend !== null ? { recommend: p.recommend } : {}),
        ...(p.text ? { valuableLearning: `text ${i}` } : {}),
      };
      if (p.waves !== 'exit') rs.push(base);
      if (p.waves !== 'baseline') rs.push(exit);
    });
    if (rs.length === 0) return;
    const r = score(rs);
    for (const h of Object.values(hiddenPerBreakdown(r.groups))) expect(safe(h)).toBe(true);
    for (const h of Object.values(hiddenPerBreakdown(r.feedback))) expect(safe(h)).toBe(true);
    expect(auditDisclosure([{ id: 'r', equations: releaseEquations(r, rs, options) }])).toEqual({
      disclosed: false,
    });
  };
  it('holds on random populations', () => {
    fc.assert(
      fc.property(
        fc.array(person, { minLength: 10, maxLength: 60, size: 'max' }),
        fc.integer({ min: 1, max: 1000 }),
        holdsFor,
      ),
      { numRuns: 80 },
    );
  }, 180_000);
  // Found by the property above in CI: two cohorts whose members all changed alike have SDs of float
  // noise, and pooling them gave NaN weights (a report that fails its own schema).
  it('holds for the population CI found: cohorts whose members changed alike', () => {
    holdsFor(
      [
        {
          role: 'mentor',
          cohort: 'winter',
          generation: 'gen_z',
          waves: 'both',
          skip: 0,
          recommend: null,
          text: false,
        },
        {
          role: 'mentor',
          cohort: 'spring',
          generation: 'gen_z',
          waves: 'baseline',
          skip: 0,
          recommend: null,
          text: false,
        },
        {
          role: 'mentor',
          cohort: 'spring',
          generation: 'gen_z',
          waves: 'both',
          skip: 0,
          recommend: null,
          text: false,
        },
        {
          role: 'mentor',
          cohort: 'spring',
          generation: 'gen_z',
          waves: 'exit',
          skip: 0,
          recommend: null,
          text: false,
        },
        {
          role: 'mentor',
          cohort: 'spring',
          generation: 'gen_z',
          waves: 'both',
          skip: 0,
          recommend: null,
          text: false,
        },
        {
          role: 'mentor',
          cohort: 'spring',
          generation: 'gen_z',
          waves: 'baseline',
          skip: 0,
          recommend: null,
          text: false,
        },
        {
          role: 'mentor',
          cohort: 'autumn',
          generation: 'gen_z',
          waves: 'both',
          skip: 0,
          recommend: null,
          text: false,
        },
        {
          role: 'mentor',
          cohort: 'winter',
          generation: 'gen_z',
          waves: 'both',
          skip: 0,
          recommend: null,
          text: false,
        },
        {
          role: 'mentor',
          cohort: 'spring',
          generation: 'gen_z',
          waves: 'exit',
          skip: 0,
          recommend: null,
          text: false,
        },
        {
          role: 'mentor',
          cohort: 'spring',
          generation: 'gen_z',
          waves: 'both',
          skip: 0,
          recommend: null,
          text: false,
        },
        {
          role: 'mentor',
          cohort: 'spring',
          generation: 'gen_z',
          waves: 'both',
          skip: 2,
          recommend: null,
          text: false,
        },
        {
          role: 'mentor',
          cohort: 'spring',
          generation: 'gen_z',
          waves: 'both',
          skip: 0,
          recommend: null,
          text: false,
        },
        {
          role: 'mentor',
          cohort: 'winter',
          generation: 'gen_z',
          waves: 'both',
          skip: 0,
          recommend: null,
          text: false,
        },
        {
          role: 'mentor',
          cohort: 'spring',
          generation: 'gen_z',
          waves: 'both',
          skip: 0,
          recommend: null,
          text: false,
        },
        {
          role: 'mentor',
          cohort: 'autumn',
          generation: 'gen_z',
          waves: 'both',
          skip: 0,
          recommend: null,
          text: false,
        },
        {
          role: 'mentor',
          cohort: 'autumn',
          generation: 'gen_z',
          waves: 'both',
          skip: 0,
          recommend: null,
          text: false,
        },
        {
          role: 'mentor',
          cohort: 'spring',
          generation: 'gen_z',
          waves: 'baseline',
          skip: 0,
          recommend: null,
          text: false,
        },
        {
          role: 'mentor',
          cohort: 'spring',
          generation: 'gen_z',
          waves: 'baseline',
          skip: 0,
          recommend: null,
          text: false,
        },
        {
          role: 'mentor',
          generation: 'gen_z',
          waves: 'both',
          skip: 0,
          recommend: null,
          text: false,
        },
        {
          role: 'mentor',
          cohort: 'spring',
          generation: 'gen_z',
          waves: 'both',
          skip: 0,
          recommend: null,
          text: false,
        },
        {
          role: 'mentor',
          cohort: 'spring',
          generation: 'gen_z',
          waves: 'exit',
          skip: 0,
          recommend: null,
          text: false,
        },
        {
          role: 'mentor',
          cohort: 'winter',
          generation: 'gen_z',
          waves: 'both',
          skip: 0,
          recommend: null,
          text: false,
        },
        {
          role: 'mentor',
          cohort: 'spring',
          generation: 'gen_z',
          waves: 'both',
          skip: 0,
          recommend: null,
          text: false,
        },
        {
          role: 'mentor',
          cohort: 'spring',
          generation: 'gen_z',
          waves: 'both',
          skip: 2,
          recommend: null,
          text: false,
        },
        {
          role: 'mentor',
          generation: 'gen_z',
          waves: 'both',
          skip: 0,
          recommend: null,
          text: false,
        },
        {
          role: 'mentor',
          cohort: 'winter',
          generation: 'gen_z',
          waves: 'both',
          skip: 0,
          recommend: null,
          text: false,
        },
      ] as Person[],
      6,
    );
  });
});

describe('integrity', () => {
  it('copies the programme’s access mode into the report, and refuses anything else', () => {
    const rs = cohortOf(6, { seed: 1 });
    expect(score(rs).integrity).toBeUndefined();
    expect(
      ProgrammeReport.parse(scoreProgramme(rs, testInstrument, { integrity: 'open' })).integrity,
    ).toBe('open');
    expect(
      ProgrammeReport.parse(scoreProgramme(rs, testInstrument, { integrity: 'invitation' }))
        .integrity,
    ).toBe('invitation');
    expect(() => scoreProgramme(rs, testInstrument, { integrity: 'anyone' as 'open' })).toThrow(
      /integrity must be/,
    );
  });
});
