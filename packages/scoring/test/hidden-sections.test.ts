// Evaluation sections hidden as a whole for homogeneity (scoring rule 10: attrition, comparison
// arm, dyads, item evidence bands) must be listed in the release's equations as hidden figures,
// so the audit across releases sees when released figures give them back. Release 1 hides the
// attrition section because its six drop-outs all scored 5 on digital confidence at baseline;
// they complete the exit later, so release 2's `all` baseline minus release 1's `all` baseline
// is their sum, the hidden figure. Failed on the code before: nothing of a hidden section was in
// the equations, and the audit found nothing.
import { describe, expect, it } from 'vitest';
import type { ProgrammeReport, SurveyResponse } from '@genbridge/schema';
import { auditDisclosure, releaseEquations, scoreProgramme } from '../src/index.js';
import { cohortOf, seeded, testInstrument } from './helpers.js';

const options = { random: seeded(1), instrument: testInstrument, anonymityThreshold: 5 };
const DC = ['dc_1', 'dc_2', 'dc_3', 'dc_4'];
/** digital_confidence items all at `v` (dc_4 is reverse-keyed, stored reversed). */
const dc = (v: number): Record<string, number> =>
  Object.fromEntries(DC.map((id) => [id, id === 'dc_4' ? 6 - v : v]));
/** `rs` with digital_confidence of wave `wave` at `v` for everyone. */
const withDc = (rs: SurveyResponse[], wave: 'baseline' | 'exit', v: number) =>
  rs.map((r) => (r.wave === wave ? { ...r, answers: { ...r.answers, ...dc(v) } } : r));
const release = (id: string, rs: SurveyResponse[]) => {
  const report = scoreProgramme(rs, testInstrument, options);
  return { id, report, equations: releaseEquations(report, rs, options) };
};
const ids = (rs: SurveyResponse[]) => [...new Set(rs.map((r) => r.participant))].sort();
const hiddenAs = (report: ProgrammeReport, section: 'attrition' | 'comparison' | 'dyads') => {
  const s = report.evaluation?.[section];
  return s?.suppressed ? s.reason : 'shown';
};

const programme = cohortOf(20, { prefix: 'P' });
/** Six people all at 5 on digital confidence at baseline; their other answers vary. */
const alike = withDc(cohortOf(6, { prefix: 'D', seed: 7 }), 'baseline', 5);
const baselineOnly = (rs: SurveyResponse[]) => rs.filter((r) => r.wave === 'baseline');

describe('evaluation sections hidden for homogeneity are audited across releases', () => {
  it('drop-outs who later complete: all₂ − all₁ gives the attrition figure release 1 hid', () => {
    const first = release('1', [...programme, ...baselineOnly(alike)]);
    const second = release('2', [...programme, ...alike]);
    expect(hiddenAs(first.report, 'attrition')).toBe('homogeneous');
    expect(second.report.evaluation?.attrition).toBeNull();
    expect(auditDisclosure([first])).toEqual({ disclosed: false });
    expect(auditDisclosure([second])).toEqual({ disclosed: false });
    const verdict = auditDisclosure([first, second]);
    expect(verdict.disclosed).toBe(true);
    if (!verdict.disclosed) return;
    expect(verdict.findings).toContainEqual({
      release: '1',
      label: 'attrition · baseline only · digital_confidence',
      variable: 'construct:digital_confidence/baseline',
      reason: expect.stringMatching(/hidden because its members' values were alike/),
    });
    for (const f of verdict.findings) expect(`${f.label} ${f.reason}`).not.toMatch(/D000|P00/);
    // Release 1 lists the figure it hid, over the drop-outs, as the shown section would; the
    // drop-outs' other baselines were not alike and are not listed.
    const hidden = first.equations.filter((e) => e.hidden && e.label.startsWith('attrition'));
    expect(hidden.map((e) => [e.variable, e.members.slice().sort()])).toEqual([
      ['construct:digital_confidence/baseline', ids(alike)],
    ]);
  });

  it('a section hidden for size is not listed (not a homogeneity finding)', () => {
    const few = baselineOnly(alike).slice(0, 3);
    const { report, equations } = release('1', [...programme, ...few]);
    expect(hiddenAs(report, 'attrition')).toBe('below_threshold');
    expect(equations.filter((e) => e.label.startsWith('attrition'))).toEqual([]);
  });

  it('a hidden comparison arm is listed in the variables and members a shown one uses', () => {
    const arm = cohortOf(6, { prefix: 'C', seed: 9 }).map((r) => ({
      ...r,
      arm: 'comparison' as const,
    }));
    // Exit answers equal to the baseline's: every change is 0 (SD 0), the section is hidden.
    const before = new Map(baselineOnly(arm).map((r) => [r.participant, r.answers]));
    const still = arm.map((r) =>
      r.wave === 'exit' ? { ...r, answers: { ...before.get(r.participant) } } : r,
    );
    const hidden = release('1', [...programme, ...still]);
    const shown = release('2', [...programme, ...arm]);
    expect(hiddenAs(hidden.report, 'comparison')).toBe('homogeneous');
    expect(hiddenAs(shown.report, 'comparison')).toBe('shown');
    const figures = (r: typeof hidden, variable: RegExp) =>
      r.equations
        .filter((e) => e.label.startsWith('comparison arm') && variable.test(e.variable))
        .map((e) => ({ variable: e.variable, label: e.label, members: e.members }));
    const changes = figures(hidden, /\/change$/);
    expect(changes.length).toBe(testInstrument.constructs.length);
    expect(changes).toEqual(figures(shown, /\/change$/));
    for (const e of hidden.equations.filter((e) => e.label.startsWith('comparison arm'))) {
      expect(e.hidden).toBe('homogeneous');
      expect(e.members.slice().sort()).toEqual(ids(arm));
    }
  });

  it('hidden dyads list only the figures whose members were alike: no finding in one release', () => {
    const tag = (r: SurveyResponse) => ({ ...r, pairId: `pair-${Number(r.participant.slice(1))}` });
    // Every mentor's digital confidence stays at 3: their change is 0 (SD 0), dyads are hidden.
    const mentors = withDc(
      withDc(cohortOf(8, { prefix: 'M', role: 'mentor', seed: 6 }), 'baseline', 3),
      'exit',
      3,
    );
    const mentees = cohortOf(8, { prefix: 'E', role: 'mentee', seed: 7 });
    const rs = [...mentors, ...mentees].map(tag);
    const one = release('1', rs);
    expect(hiddenAs(one.report, 'dyads')).toBe('homogeneous');
    const hidden = one.equations.filter((e) => e.hidden && e.label.startsWith('pairs'));
    expect(hidden.map((e) => [e.label, e.variable, e.members.slice().sort()])).toEqual([
      ['pairs · mentors · digital_confidence', 'construct:digital_confidence/change', ids(mentors)],
    ]);
    // The mentors' other changes are what the role=mentor group shows: listing them as hidden
    // would make the audit refuse a release that discloses nothing.
    expect(auditDisclosure([one])).toEqual({ disclosed: false });
  });

  it('an item evidence band hidden for homogeneity lists its alike items', () => {
    const z = withDc(cohortOf(6, { prefix: 'Z', generation: 'gen_z' }), 'exit', 5);
    const m = cohortOf(6, { prefix: 'Y', generation: 'millennial', seed: 4 });
    const { report, equations } = release('1', [...z, ...m]);
    const items = report.evaluation?.items.find(
      (i) => i.constructId === 'digital_confidence' && i.wave === 'exit',
    );
    expect(items?.byGeneration.find((b) => b.band === 'gen_z')).toMatchObject({
      suppressed: true,
      reason: 'homogeneous',
    });
    const hidden = equations.filter((e) => e.hidden && e.label.startsWith('items'));
    expect(hidden.map((e) => e.label)).toEqual(
      DC.map((id) => `items · generation=gen_z · ${id} · exit`),
    );
    for (const e of hidden) expect(e.members.slice().sort()).toEqual(ids(z));
    expect(auditDisclosure([{ id: '1', equations }])).toEqual({ disclosed: false });
  });
});
