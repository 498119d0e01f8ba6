// Homogeneity of construct figures (attribute disclosure through bounds): a shown mean at the
// scale's end, an SD of 0, or a change shown with SD 0 tells every member's score although the
// group has at least k members. Each test here failed on the code before the rule (see
// docs/privacy.md, scoring rule 10), except the last, which checks what stays shown.
import { describe, expect, it } from 'vitest';
import {
  ProgrammeReport,
  type ConstructChange,
  type GroupReport,
  type SurveyResponse,
} from '@genbridge/schema';
import { scoreProgramme } from '../src/index.js';
import { cohortOf, seeded, testInstrument } from './helpers.js';

const DC = ['dc_1', 'dc_2', 'dc_3', 'dc_4'];
/** digital_confidence items all at `v` (dc_4 is reverse-keyed, stored reversed). */
const dc = (v: number): Record<string, number> =>
  Object.fromEntries(DC.map((id) => [id, id === 'dc_4' ? 6 - v : v]));

/** `rs` with digital_confidence of wave `wave` set per participant (by order) to `values[i]`. */
function withDc(
  rs: SurveyResponse[],
  wave: 'baseline' | 'exit',
  values: number[],
): SurveyResponse[] {
  const people = [...new Set(rs.map((r) => r.participant))];
  return rs.map((r) => {
    if (r.wave !== wave) return r;
    const v = values[people.indexOf(r.participant)];
    return v === undefined ? r : { ...r, answers: { ...r.answers, ...dc(v) } };
  });
}
const score = (rs: SurveyResponse[]) =>
  ProgrammeReport.parse(
    scoreProgramme(rs, testInstrument, {
      now: () => new Date('2026-07-01T00:00:00Z'),
      random: seeded(1),
      anonymityThreshold: 5,
    }),
  );
const construct = (report: ProgrammeReport, key: string, id = 'digital_confidence') => {
  const g = report.groups.find((x) => x.key === key) as GroupReport | undefined;
  if (!g || g.suppressed) return null;
  return g.constructs.find((c) => c.constructId === id) as ConstructChange;
};
/** What a reader learns about the members' scores from one shown construct figure. */
const tellsEveryScore = (c: ConstructChange | null, scale = { min: 1, max: 5 }) =>
  c !== null &&
  [c.baseline, c.exit].some(
    (m) => m.mean !== null && (m.sd === 0 || m.mean === scale.max || m.mean === scale.min),
  );

describe('construct figures that tell every member’s score are hidden', () => {
  it('every member at the scale maximum at exit: the construct is hidden in that group', () => {
    const rs = withDc(cohortOf(6), 'exit', [5, 5, 5, 5, 5, 5]);
    const report = score(rs);
    const c = construct(report, 'all');
    expect(c).not.toBeNull();
    expect(c?.exit.mean).toBeNull();
    expect(c?.difference.sd).toBeNull();
    expect(c?.notes).toContain('construct_homogeneous');
    // The other constructs, which vary, stay shown.
    expect(construct(report, 'all', 'career_engagement')?.exit.mean).not.toBeNull();
  });

  it('a change shown with SD 0 (everyone rose by exactly one point) is hidden', () => {
    const base = [1, 2, 3, 1, 2, 3];
    const rs = withDc(
      withDc(cohortOf(6), 'baseline', base),
      'exit',
      base.map((b) => b + 1),
    );
    const c = construct(score(rs), 'all');
    expect(c?.difference.mean).toBeNull();
    expect(c?.notes).toContain('construct_homogeneous');
  });

  it('all but one at the scale minimum is hidden: mean and SD show that five scored 1', () => {
    const rs = withDc(cohortOf(6), 'baseline', [1, 1, 1, 1, 1, 2]);
    const c = construct(score(rs), 'all');
    expect(c?.baseline.mean).toBeNull();
    expect(c?.notes).toContain('construct_homogeneous');
  });

  it('a hidden group is not recoverable as all − the other group of its breakdown', () => {
    const mentors = withDc(
      cohortOf(6, { prefix: 'M', role: 'mentor' }),
      'exit',
      [5, 5, 5, 5, 5, 5],
    );
    const mentees = cohortOf(6, { prefix: 'E', role: 'mentee', seed: 2 });
    const report = score([...mentors, ...mentees]);
    expect(tellsEveryScore(construct(report, 'role:mentor'))).toBe(false);
    expect(construct(report, 'role:mentor')?.notes).toContain('construct_homogeneous');
    const all = construct(report, 'all');
    const mentee = construct(report, 'role:mentee');
    // Both shown would give the mentors' exit sum and sum of squares by subtraction.
    expect(
      all?.exit.mean !== null && all?.exit.mean !== undefined && mentee?.exit.mean != null,
    ).toBe(false);
  });

  it('a homogeneous group inside a larger group of another breakdown is not its difference', () => {
    // Cohort spring = the six mentors (all at 5 at exit) plus six mentees; the mentors are hidden,
    // so spring − mentees-in-spring must not be shown either way.
    const mentors = withDc(
      cohortOf(6, { prefix: 'M', role: 'mentor', cohort: 'spring' }),
      'exit',
      [5, 5, 5, 5, 5, 5],
    );
    const menteesSpring = cohortOf(6, { prefix: 'E', role: 'mentee', seed: 2, cohort: 'spring' });
    const menteesAutumn = cohortOf(6, { prefix: 'F', role: 'mentee', seed: 3, cohort: 'autumn' });
    const report = score([...mentors, ...menteesSpring, ...menteesAutumn]);
    const shown = (key: string) => construct(report, key)?.exit.mean != null;
    expect(shown('role:mentor')).toBe(false);
    // Any of: spring − (mentees − autumn), all − mentees, … would give the mentors' figure.
    const pairs: [string, string][] = [
      ['all', 'role:mentee'],
      ['cohort:spring', 'role:mentee'],
    ];
    for (const [a, b] of pairs) {
      const viaAutumn = a === 'cohort:spring' ? shown('cohort:autumn') : true;
      expect(shown(a) && shown(b) && viaAutumn).toBe(false);
    }
  });

  it('two members apart from the rest stay shown (their mean and SD do not tell who)', () => {
    const rs = withDc(cohortOf(6), 'baseline', [1, 1, 1, 1, 2, 2]);
    const c = construct(score(rs), 'all');
    expect(c?.baseline.mean).not.toBeNull();
    expect(c?.notes).not.toContain('construct_homogeneous');
  });
});

describe('evaluation figures that tell every member’s score are hidden', () => {
  it('item means by generation band: a band whose members all answered 5 is hidden', () => {
    const z = withDc(cohortOf(6, { prefix: 'Z', generation: 'gen_z' }), 'exit', [5, 5, 5, 5, 5, 5]);
    const m = cohortOf(6, { prefix: 'Y', generation: 'millennial', seed: 4 });
    const report = score([...z, ...m]);
    const items = report.evaluation?.items.find(
      (i) => i.constructId === 'digital_confidence' && i.wave === 'exit',
    );
    for (const band of items?.byGeneration ?? []) {
      if (band.suppressed) continue;
      for (const item of band.items) {
        expect(item.sd).not.toBe(0);
        expect(item.mean).not.toBe(5);
      }
    }
    const genZ = items?.byGeneration.find((b) => b.band === 'gen_z');
    expect(genZ?.suppressed).toBe(true);
    if (genZ?.suppressed) expect(genZ.reason).toBe('homogeneous');
  });

  it('baseline-only participants all at the maximum: the attrition section is hidden', () => {
    const dropouts = withDc(
      cohortOf(6, { prefix: 'D', seed: 7 }),
      'baseline',
      [5, 5, 5, 5, 5, 5],
    ).filter((r) => r.wave === 'baseline');
    const report = score([...cohortOf(10), ...dropouts]);
    const attrition = report.evaluation?.attrition;
    expect(attrition?.suppressed).toBe(true);
    if (attrition?.suppressed) expect(attrition.reason).toBe('homogeneous');
  });

  it('a comparison arm whose scores did not move at all (change SD 0) is hidden', () => {
    const arm = cohortOf(6, { prefix: 'C', seed: 9 }).map((r) => ({
      ...r,
      arm: 'comparison' as const,
    }));
    const byPerson = new Map(
      arm.filter((r) => r.wave === 'baseline').map((r) => [r.participant, r]),
    );
    const still = arm.map((r) =>
      r.wave === 'exit'
        ? { ...r, answers: { ...(byPerson.get(r.participant)?.answers ?? {}) } }
        : r,
    );
    const report = score([...cohortOf(10), ...still]);
    const comparison = report.evaluation?.comparison;
    expect(comparison?.suppressed).toBe(true);
    if (comparison?.suppressed) expect(comparison.reason).toBe('homogeneous');
  });

  it('the minimum detectable effect in scale points does not show a hidden SD of change', () => {
    const base = [1, 2, 3, 1, 2, 3];
    const rs = withDc(
      withDc(cohortOf(6), 'baseline', base),
      'exit',
      base.map((b) => b + 1),
    );
    const mde = score(rs).evaluation?.minimumDetectableEffect;
    const dcMde = mde?.constructs.find((c) => c.constructId === 'digital_confidence');
    expect(dcMde?.scalePoints).toBeNull();
  });
});
