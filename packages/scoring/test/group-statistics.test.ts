// The one-pass-per-construct statistics scoring uses for all groups at once must equal the
// per-group functions they replace, to the last bit (the report may not change with speed work).
import { describe, expect, it } from 'vitest';
import { cronbachAlphaRows } from '../src/stats/cronbach-alpha.js';
import { rawAlphaByGroup } from '../src/stats/cronbach-alpha-groups.js';
import { rankLevels, signedRanksOfLevels } from '../src/stats/signed-rank-levels.js';
import { wilcoxonFromRanks, wilcoxonSignedRank } from '../src/stats/wilcoxon-signed-rank.js';
import { seeded } from './helpers.js';

describe('rawAlphaByGroup', () => {
  it('equals cronbachAlphaRows (raw) per group, with missing items and rows in no group', () => {
    const random = seeded(5);
    const rows = 400;
    const stride = 9;
    const data = new Float32Array(rows * stride);
    for (let i = 0; i < data.length; i++)
      data[i] = random() < 0.04 ? Number.NaN : 1 + Math.floor(random() * 5);
    const columns = Int32Array.from([1, 3, 4, 8]);
    // Two layers: everyone in group 0; groups 1..3 by row, some rows in none (−1).
    const all = new Int32Array(rows).fill(0);
    const split = Int32Array.from({ length: rows }, () =>
      random() < 0.1 ? -1 : 1 + Math.floor(random() * 3),
    );
    const tiny = new Int32Array(rows).fill(-1);
    tiny[17] = 4; // one complete row at most: alpha undefined
    const result = rawAlphaByGroup(data, stride, columns, [all, split, tiny], 5, rows);
    for (let g = 0; g < 5; g++) {
      const members = Int32Array.from(
        Array.from({ length: rows }, (_, r) => r).filter(
          (r) => all[r] === g || split[r] === g || tiny[r] === g,
        ),
      );
      const expected = cronbachAlphaRows(data, stride, columns, members, { standardized: false });
      expect(result.alpha[g]).toBe(expected.alpha);
      expect(result.n[g]).toBe(expected.n);
    }
    expect(result.alpha[4]).toBeNull();
  });
});

describe('signed ranks from levels', () => {
  it('give the same Wilcoxon result as sorting, for random subgroups with ties, zeros and NaN', () => {
    const random = seeded(11);
    for (let trial = 0; trial < 30; trial++) {
      const size = 5 + Math.floor(random() * 300);
      // Differences of means of 4 integer answers (quarters), as scale scores give; some missing.
      const d = Float64Array.from({ length: size }, () =>
        random() < 0.05 ? Number.NaN : Math.round((random() * 4 - 2) * 4) / 4,
      );
      const ranking = rankLevels(d);
      const members = Array.from({ length: size }, (_, i) => i).filter(
        (i) => d[i] === d[i] && random() < 0.6,
      );
      const signed = Int32Array.from(members.map((i) => ranking.signed[i] as number));
      const counters = () => new Uint32Array(ranking.levels.length);
      const fromLevels = wilcoxonFromRanks(
        signedRanksOfLevels(signed, signed.length, ranking.levels.length, counters(), counters()),
      );
      expect(fromLevels).toEqual(wilcoxonSignedRank(members.map((i) => d[i] as number)));
    }
  });

  it('give the exact test for a small sample without ties or zeros', () => {
    const d = [
      1.83 - 0.878,
      0.5 - 0.647,
      1.62 - 0.598,
      2.48 - 2.05,
      1.68 - 1.06,
      1.88 - 1.29,
      1.55 - 1.06,
      3.06 - 3.14,
      1.3 - 1.29,
    ];
    const ranking = rankLevels(d);
    const counters = () => new Uint32Array(ranking.levels.length);
    const r = wilcoxonFromRanks(
      signedRanksOfLevels(ranking.signed, d.length, ranking.levels.length, counters(), counters()),
    );
    expect(r).toEqual(wilcoxonSignedRank(d));
    expect(r.method).toBe('exact');
    expect(r.v).toBe(40);
  });
});
