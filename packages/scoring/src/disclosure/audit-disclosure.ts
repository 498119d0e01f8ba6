import type {
  DisclosureEquation,
  DisclosureFinding,
  DisclosureRelease,
  DisclosureVerdict,
} from './types.js';
import { columnClasses } from './column-classes.js';
import { unitColumnsInRowSpace } from './row-space.js';

/** An equation with its release and the index of its (distinct) member set. */
interface Indexed {
  release: number;
  equation: DisclosureEquation;
  row: number;
}

/**
 * Decides exactly whether anyone holding every release can work out any individual's value of
 * any variable. Each variable is audited on its own: its figures are sums over member sets, a
 * person i is disclosed iff the unit vector e_i lies in the row space of the 0/1 membership
 * matrix of that variable's figures over all releases (see `unitColumnsInRowSpace` for how this
 * is decided exactly). People who are in exactly the same figures form one column class and are
 * never disclosed; identical figures count once; variables whose figures have the same member
 * sets share one computation.
 *
 * Bounds on values (a mean at the scale's maximum tells every member's score; a distribution
 * where everyone gave one answer tells each member's answer) are the single-report rules' task;
 * what they hid is listed as equations with `hidden: "homogeneous"`, and a finding is made when
 * such a hidden figure lies in the row space of the released figures of its variable (another
 * release, or a combination of figures, gives it back). Not modelled: other bounds, non-linear
 * statistics (SD, correlation, Wilcoxon V, alpha) beyond the sums they share members with, and
 * disclosure of a *sum* over 2..k−1 people (the single-report rules and the release rule guard
 * that; deciding it in general is a minimum-weight problem).
 *
 * Findings name the figure (release, label, variable) through which someone is disclosed —
 * the smallest one in the latest release that contains them — never a participant.
 */
export function auditDisclosure(releases: readonly DisclosureRelease[]): DisclosureVerdict {
  // Each distinct member set becomes one row, indexed once; equations that reuse a members array
  // (releaseEquations does, across variables) are recognised without reading it again.
  const people = new Map<string, number>();
  const rowOfKey = new Map<string, number>();
  const rowOfArray = new WeakMap<readonly string[], number>();
  const rows: Int32Array[] = [];
  const rowOf = (members: readonly string[]): number => {
    const known = rowOfArray.get(members);
    if (known !== undefined) return known;
    const key = members.join('\u0001');
    let row = rowOfKey.get(key);
    if (row === undefined) {
      const set = new Set<number>();
      for (const id of members) {
        let i = people.get(id);
        if (i === undefined) people.set(id, (i = people.size));
        set.add(i);
      }
      rowOfKey.set(key, (row = rows.length));
      rows.push(Int32Array.from(set).sort());
    }
    rowOfArray.set(members, row);
    return row;
  };
  const byVariable = new Map<string, Indexed[]>();
  const hiddenByVariable = new Map<string, Indexed[]>();
  releases.forEach((r, release) => {
    for (const equation of r.equations) {
      const lists = equation.hidden ? hiddenByVariable : byVariable;
      let list = lists.get(equation.variable);
      if (!list) lists.set(equation.variable, (list = []));
      list.push({ release, equation, row: rowOf(equation.members) });
    }
  });
  const findings = new Map<string, DisclosureFinding & { people: number }>();
  // Variables whose figures have the same member sets share one computation.
  const cache = new Map<string, number[]>();
  for (const [variable, list] of byVariable) {
    const distinct = [...new Set(list.map((e) => e.row))].sort((x, y) => x - y);
    const key = distinct.join(',');
    let disclosed = cache.get(key);
    if (!disclosed) {
      disclosed = disclosedAmong(distinct.map((r) => rows[r] as Int32Array));
      cache.set(key, disclosed);
    }
    for (const person of disclosed) {
      const cite = citation(list, rows, person);
      const finding = {
        release: (releases[cite.release] as DisclosureRelease).id,
        label: cite.equation.label,
        variable,
      };
      const id = `${finding.release}\u0000${finding.label}\u0000${variable}`;
      const seen = findings.get(id);
      if (seen) seen.people++;
      else findings.set(id, { ...finding, reason: '', people: 1 });
    }
  }
  const homogeneous = hiddenFindings(hiddenByVariable, byVariable, rows, releases);
  if (findings.size === 0 && homogeneous.length === 0) return { disclosed: false };
  return {
    disclosed: true,
    findings: [
      ...[...findings.values()].map(({ people, ...f }) => ({
        ...f,
        reason: `${people === 1 ? "one participant's value" : `the values of ${people} participants`} of ${f.variable} can be worked out exactly from this figure together with the other released figures (by subtracting groups or releases from each other)`,
      })),
      ...homogeneous,
    ],
  };
}

/**
 * Figures hidden for homogeneity (`hidden: "homogeneous"`) that the released figures of the same
 * variable give back: the hidden figure's member set lies in the row space of theirs. Decided
 * with the unit-vector test: a column z added to the hidden row only is determined iff the
 * hidden row is a combination of the released ones (then e_z = hidden + z − that combination).
 */
function hiddenFindings(
  hidden: ReadonlyMap<string, Indexed[]>,
  released: ReadonlyMap<string, Indexed[]>,
  rows: readonly Int32Array[],
  releases: readonly DisclosureRelease[],
): DisclosureFinding[] {
  const out = new Map<string, DisclosureFinding>();
  const cache = new Map<string, boolean>();
  for (const [variable, list] of hidden) {
    const shown = [...new Set((released.get(variable) ?? []).map((e) => e.row))].sort(
      (x, y) => x - y,
    );
    if (shown.length === 0) continue;
    for (const e of list) {
      const key = `${shown.join(',')}|${e.row}`;
      let derivable = cache.get(key);
      if (derivable === undefined) {
        const marker = -1;
        const target = Int32Array.from([...(rows[e.row] as Int32Array), marker]);
        const among = disclosedAmong([...shown.map((r) => rows[r] as Int32Array), target]);
        cache.set(key, (derivable = among.includes(marker)));
      }
      if (!derivable) continue;
      const finding = {
        release: (releases[e.release] as DisclosureRelease).id,
        label: e.equation.label,
        variable,
        reason: `this figure is hidden because its members' values were alike, but it can be worked out from the released figures of ${variable} (by subtracting groups or releases from each other)`,
      };
      out.set(`${finding.release}\u0000${finding.label}`, finding);
    }
  }
  return [...out.values()];
}

/** Global person indices disclosed by these rows (people outside them are renumbered locally). */
function disclosedAmong(rows: readonly Int32Array[]): number[] {
  const local = new Map<number, number>();
  const global: number[] = [];
  const mapped = rows.map((r) =>
    Int32Array.from(r, (p) => {
      let i = local.get(p);
      if (i === undefined) {
        local.set(p, (i = global.length));
        global.push(p);
      }
      return i;
    }),
  );
  return disclosedPeople(mapped, global.length).map((i) => global[i] as number);
}

/** Indices of the people whose unit vector is in the row space of these member rows. */
export function disclosedPeople(rows: readonly Int32Array[], people: number): number[] {
  return disclosedColumns(rows, new Float64Array(people).fill(1));
}

/**
 * {@link disclosedPeople} where each column stands for `weights[c]` people who are in the same
 * rows (a cell already grouped by the caller): a column is disclosed when it is one person and its
 * unit vector is in the row space. Columns with identical membership are merged first, their
 * weights added, so two one-person columns in the same rows protect each other.
 */
export function disclosedColumns(
  rows: readonly ArrayLike<number>[],
  weights: ArrayLike<number>,
): number[] {
  const columns = weights.length;
  const classes = columnClasses(rows, columns);
  const size = new Float64Array(classes.sizes.length);
  for (let i = 0; i < columns; i++) {
    const c = classes.classOf[i] as number;
    size[c] = (size[c] as number) + (weights[i] as number);
  }
  if (!size.some((s) => s === 1)) return [];
  const { unit } = unitColumnsInRowSpace(classes.rows, classes.sizes.length);
  const out: number[] = [];
  for (let i = 0; i < columns; i++) {
    const c = classes.classOf[i] as number;
    if (unit[c] && size[c] === 1) out.push(i);
  }
  return out;
}

/** The figure to name for a disclosed person: the smallest that holds them in the latest release that does. */
function citation(list: readonly Indexed[], rows: readonly Int32Array[], person: number): Indexed {
  let best: Indexed | undefined;
  for (const e of list) {
    const members = rows[e.row] as Int32Array;
    if (!contains(members, person)) continue;
    if (
      !best ||
      e.release > best.release ||
      (e.release === best.release && members.length < (rows[best.row] as Int32Array).length)
    )
      best = e;
  }
  if (!best) throw new Error('a disclosed person belongs to no figure');
  return best;
}

function contains(sorted: Int32Array, value: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = sorted[mid] as number;
    if (v === value) return true;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
