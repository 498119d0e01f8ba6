// The one-pass-per-construct statistics scoring uses for all groups at once must equal the
// per-group functions they replace, to the last bit (the report may not change with speed work).
import { describe, expect, it } from 'vitest';
import { cronbachAlphaRows } from '../src/stats/cronbach-alpha.js';
import { rawAlphaByGroup } from '../src/stats/cronbach-alpha-groups.js';
import { seeded } from './helpers.js';

describe('rawAlphaByGroup', () => {
  it('equals cronbachAlphaRows (raw) per group, with missing items and rows in no group', () => {
    const random = seeded(5);
    const rows = 400;
    const stride = 9;
    const data = new Float32Array(rows * stride);
    for (let i = 0; i < data.length; i++) data[i] = random() < 0.04 ? Number.NaN : 1 + Math.floor(random() * 5);
    const columns = Int32Array.from([1, 3, 4, 8]);
    // Two layers: everyone in group 0; groups 1..3 by row, some rows in none (−1).
    const all = new Int32Array(rows).fill(0);
    const split = Int32Array.from({ length: rows }, () => (random() < 0.1 ? -1 : 1 + Math.floor(random() * 3)));
    const tiny = new Int32Array(rows).fill(-1);
    tiny[17] = 4; // one complete row at most: alpha undefined
    const result = rawAlphaByGroup(data, stride, columns, [all, split, tiny], 5, rows);
    for (let g = 0; g < 5; g++) {
      const members = Int32Array.from(
        Array.from({ length: rows }, (_, r) => r).filter((r) => all[r] === g || split[r] === g || tiny[r] === g),
      );
      const expected = cronbachAlphaRows(data, stride, columns, members, { standardized: false });
      expect(result.alpha[g]).toBe(expected.alpha);
      expect(result.n[g]).toBe(expected.n);
    }
    expect(result.alpha[4]).toBeNull();
  });
});
