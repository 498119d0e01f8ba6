// Homogeneity across overlapping breakdowns that are not nested (rule 9, non-nested pairs): the
// count of an answer in cohort "spring" minus its count in generation "gen_z" is the count among
// spring's non-gen_z members minus the count among gen_z's autumn members; when that difference
// reaches the size of one side, every member of that side gave the answer. Failed on the code
// before the rule (both breakdowns shown, the difference 5 = the five spring millennials).
import { describe, expect, it } from 'vitest';
import {
  ProgrammeReport,
  type FeedbackSummary,
  type ProgrammeFeedback,
  type SurveyResponse,
} from '@genbridge/schema';
import { scoreProgramme } from '../src/index.js';
import { cohortOf, seeded, testInstrument } from './helpers.js';

type Band = NonNullable<SurveyResponse['generation']>;
/** Five people of one cohort and band answering `recommend[i]` (other feedback varied). */
function cell(prefix: string, cohort: string, generation: Band, recommend: number[]) {
  const rs = cohortOf(5, { prefix, cohort, generation, seed: prefix.charCodeAt(0) });
  const people = [...new Set(rs.map((r) => r.participant))];
  return rs.map((r): SurveyResponse => {
    if (r.wave !== 'exit') return r;
    const i = people.indexOf(r.participant);
    const feedback: ProgrammeFeedback = {
      satisfaction: 1 + ((i + prefix.charCodeAt(0)) % 5),
      recommend: recommend[i] as number,
      pairingQuality: 1 + ((i + 2) % 5),
      meetingFrequency: (['weekly', 'monthly'] as const)[i % 2],
    };
    return { ...r, feedback };
  });
}

const cells = {
  'spring|gen_z': cell('A', 'spring', 'gen_z', [1, 3, 5, 7, 2]),
  'spring|millennial': cell('B', 'spring', 'millennial', [9, 9, 9, 9, 9]),
  'autumn|gen_z': cell('C', 'autumn', 'gen_z', [0, 2, 4, 6, 8]),
  'autumn|millennial': cell('D', 'autumn', 'millennial', [1, 3, 5, 7, 10]),
};
const responses = Object.values(cells).flat();
const membersOf = (key: string) => {
  const [dimension, value] = key.split(':') as ['cohort' | 'generation', string];
  return new Set(
    responses
      .filter((r) => r.wave === 'baseline' && r[dimension] === value)
      .map((r) => r.participant),
  );
};

describe('homogeneity: overlapping groups of two breakdowns', () => {
  it('no two shown distributions differ by the size of one side on one answer', () => {
    const report = ProgrammeReport.parse(
      scoreProgramme(responses, testInstrument, {
        now: () => new Date('2026-07-01T00:00:00Z'),
        random: seeded(1),
        anonymityThreshold: 5,
      }),
    );
    const shown = report.feedback.filter(
      (g): g is FeedbackSummary & { suppressed: false } =>
        !g.suppressed && g.dimension !== 'all' && g.nps.distribution !== null,
    );
    // Each group on its own passes rule 9 (none is dominated) …
    expect(shown.length).toBeGreaterThan(0);
    for (const a of shown) {
      for (const b of shown) {
        if (a.dimension === b.dimension) continue;
        const A = membersOf(a.key);
        const B = membersOf(b.key);
        const onlyA = [...A].filter((p) => !B.has(p)).length;
        const onlyB = [...B].filter((p) => !A.has(p)).length;
        if (onlyA === 0 || onlyB === 0) continue; // nested: rule 9's nested check
        for (let v = 0; v <= 10; v++) {
          const d = (a.nps.distribution?.[String(v)] ?? 0) - (b.nps.distribution?.[String(v)] ?? 0);
          // … but the difference must not force every member of one side to one answer.
          expect({ a: a.key, b: b.key, v, forced: d >= onlyA || -d >= onlyB }).toEqual({
            a: a.key,
            b: b.key,
            v,
            forced: false,
          });
        }
      }
    }
  });
});
