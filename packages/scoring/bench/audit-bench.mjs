// Benchmark of the disclosure audit: a programme of a few thousand participants released every
// month for years, audited as the collector does before each release (all releases so far plus
// the new one). Prints wall time per audit, the size of the problem after column classes and
// row de-duplication, and a ratio against a peer: the same rank test done the textbook way
// (floating-point Gauss–Jordan on the full people × figures matrix, no classes, not exact).
// Prints figures; asserts nothing.
//   pnpm --filter @genbridge/scoring build && node bench/audit-bench.mjs
//   node bench/audit-bench.mjs --people 3000 --releases 36 --variables 40
import { parseArgs } from 'node:util';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { auditDisclosure, unitColumnsInRowSpace } from '../dist/index.js';

const { values } = parseArgs({
  options: {
    people: { type: 'string', default: '3000' },
    releases: { type: 'string', default: '36' },
    variables: { type: 'string', default: '40' },
    peer: { type: 'boolean', default: true },
  },
});
const PEOPLE = Number(values.people);
const RELEASES = Number(values.releases);
const VARIABLES = Number(values.variables);

let seed = 7;
const random = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
const pick = (list) => list[Math.floor(random() * list.length)];
const roles = ['mentor', 'mentee', 'not_stated'];
const cohorts = ['spring', 'summer', 'autumn', 'winter'];
const generations = [
  'gen_z',
  'millennial',
  'gen_x',
  'baby_boomer',
  'prefer_not_to_say',
  'not_stated',
];

/** Who takes part at each release: people join in batches of 5–40 and some leave (erasures). */
function history() {
  const everyone = Array.from({ length: PEOPLE }, (_, i) => ({
    id: `P${i}`,
    role: pick(roles),
    cohort: pick(cohorts),
    generation: pick(generations),
  }));
  const present = new Set();
  let next = 0;
  const snapshots = [];
  for (let r = 0; r < RELEASES; r++) {
    const target = Math.round(((r + 1) / RELEASES) * PEOPLE);
    while (next < target) present.add(everyone[next++]);
    if (r % 6 === 5) for (const p of [...present].slice(0, 5)) present.delete(p);
    snapshots.push([...present]);
  }
  return snapshots;
}

/** A release as releaseEquations makes it: per group and variable, the group's members. */
function release(r, people) {
  const groups = [['all', people]];
  for (const [dimension, valuesOf] of [
    ['role', roles],
    ['cohort', cohorts],
    ['generation', generations],
  ]) {
    for (const v of valuesOf) {
      const members = people.filter((p) => p[dimension] === v);
      if (members.length >= 5) groups.push([`${dimension}=${v}`, members]);
    }
  }
  const equations = [];
  for (const [label, members] of groups) {
    const ids = members.map((p) => p.id);
    for (let v = 0; v < VARIABLES; v++)
      equations.push({
        variable: `construct:c${v % 8}/${['baseline', 'exit', 'change', 'scored', 'improved'][v % 5]}`,
        label,
        members: ids,
      });
  }
  return { id: `r${r}`, equations };
}

function time(fn, runs = 3) {
  const times = [];
  let out;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    out = fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { ms: times[0], median: times[Math.floor(times.length / 2)], out };
}

const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);
console.log(
  `genbridge disclosure audit benchmark — node ${process.version}, ${os.cpus().length} cpu, load ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
console.log(
  `${PEOPLE} participants, ${RELEASES} monthly releases, ${VARIABLES} variables per group`,
);

const snapshots = history();
const releases = snapshots.map((people, r) => release(r, people));
const equations = releases.reduce((s, r) => s + r.equations.length, 0);

const safe = time(() => auditDisclosure(releases));
console.log(
  `all ${RELEASES} releases (${equations} equations): audit ${fmt(safe.ms)} (median ${fmt(safe.median)}), disclosed: ${safe.out.disclosed}`,
);

// The collector's case: one more participant joins before the next release — must be found.
const last = snapshots[snapshots.length - 1];
const joiner = { id: 'JOINER', role: 'mentor', cohort: 'spring', generation: 'gen_z' };
const attack = [...releases, release(RELEASES, [...last, joiner])];
const caught = time(() => auditDisclosure(attack));
console.log(
  `+1 participant in a new release: audit ${fmt(caught.ms)} (median ${fmt(caught.median)}), disclosed: ${caught.out.disclosed}, findings: ${caught.out.disclosed ? caught.out.findings.length : 0}`,
);

// One variable's matrix, to compare the exact method with the textbook one.
const rows = [];
const index = new Map();
for (const r of attack) {
  for (const e of r.equations) {
    if (e.variable !== 'construct:c0/baseline') continue;
    rows.push(
      e.members
        .map((id) => index.get(id) ?? (index.set(id, index.size), index.size - 1))
        .sort((a, b) => a - b),
    );
  }
}
const columns = index.size;
const exactFull = time(() => unitColumnsInRowSpace(rows, columns), 1);
console.log(
  `one variable: ${rows.length} figures × ${columns} people; exact row-space test without classes ${fmt(exactFull.ms)} (${exactFull.out.method}, rank ${exactFull.out.rank})`,
);
if (values.peer) {
  const peer = time(() => floatUnitColumns(rows, columns), 1);
  const ours = time(
    () =>
      auditDisclosure([
        {
          id: 'x',
          equations: rows.map((m, i) => ({
            variable: 'v',
            label: String(i),
            members: m.map(String),
          })),
        },
      ]),
    3,
  );
  const agree = peer.out.count === (ours.out.disclosed ? 1 : 0);
  console.log(
    `peer (float Gauss–Jordan, people as columns): ${fmt(peer.ms)}; audit of the same variable: ${fmt(ours.ms)}; ratio ${(peer.ms / ours.ms).toFixed(1)}× (same answer: ${agree})`,
  );
}

/** The textbook way: dense float RREF on the people × figures matrix, then the pivot test. */
function floatUnitColumns(rows, columns) {
  const a = rows.map((r) => {
    const v = new Float64Array(columns);
    for (const c of r) v[c] = 1;
    return v;
  });
  const pivots = [];
  for (let c = 0; c < columns && pivots.length < a.length; c++) {
    const rank = pivots.length;
    let best = -1;
    for (let i = rank; i < a.length; i++)
      if (Math.abs(a[i][c]) > 1e-9 && (best < 0 || Math.abs(a[i][c]) > Math.abs(a[best][c])))
        best = i;
    if (best < 0) continue;
    [a[rank], a[best]] = [a[best], a[rank]];
    const p = a[rank];
    const inv = 1 / p[c];
    for (let j = c; j < columns; j++) p[j] *= inv;
    for (let i = 0; i < a.length; i++) {
      if (i === rank) continue;
      const f = a[i][c];
      if (f === 0) continue;
      const row = a[i];
      for (let j = c; j < columns; j++) row[j] -= f * p[j];
    }
    pivots.push(c);
  }
  let count = 0;
  pivots.forEach((c, j) => {
    for (let k = 0; k < columns; k++) if (k !== c && Math.abs(a[j][k]) > 1e-9) return;
    count++;
  });
  return { count };
}
