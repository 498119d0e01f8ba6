import type {
  DisclosureEquation,
  DisclosureFinding,
  DisclosureRelease,
  DisclosureVerdict,
} from './types.js';
import { columnClasses } from './column-classes.js';
import { unitColumnsInRowSpace } from './row-space.js';

/** An equation with its release, members as ascending person indices. */
interface Indexed {
  release: number;
  equation: DisclosureEquation;
  members: Int32Array;
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
 * Not modelled: bounds on values (a mean at the scale's maximum tells every member's score;
 * a distribution where everyone gave one answer tells each member's answer), non-linear
 * statistics (SD, correlation, Wilcoxon V, alpha) beyond the sums they share members with, and
 * disclosure of a *sum* over 2..k−1 people (the single-report rules and the release rule guard
 * that; deciding it in general is a minimum-weight problem).
 *
 * Findings name the figure (release, label, variable) through which someone is disclosed —
 * the smallest one in the latest release that contains them — never a participant.
 */
export function auditDisclosure(releases: readonly DisclosureRelease[]): DisclosureVerdict {
  const byVariable = new Map<string, { release: number; equation: DisclosureEquation }[]>();
  releases.forEach((r, release) => {
    for (const equation of r.equations) {
      let list = byVariable.get(equation.variable);
      if (!list) byVariable.set(equation.variable, (list = []));
      list.push({ release, equation });
    }
  });
  const findings = new Map<string, DisclosureFinding & { people: number }>();
  const cache = new Map<string, number[]>();
  for (const [variable, list] of byVariable) {
    const ids = new Map<string, number>();
    const indexed: Indexed[] = list.map(({ release, equation }) => {
      const set = new Set<number>();
      for (const id of equation.members) {
        let i = ids.get(id);
        if (i === undefined) ids.set(id, (i = ids.size));
        set.add(i);
      }
      return { release, equation, members: Int32Array.from(set).sort() };
    });
    const rows = distinctRows(indexed.map((e) => e.members));
    const key = `${ids.size}|${[...ids.keys()].join('\u0000')}|${rows.keys.join(';')}`;
    let disclosed = cache.get(key);
    if (!disclosed) {
      disclosed = disclosedPeople(rows.rows, ids.size);
      cache.set(key, disclosed);
    }
    for (const person of disclosed) {
      const cite = citation(indexed, person);
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
  if (findings.size === 0) return { disclosed: false };
  return {
    disclosed: true,
    findings: [...findings.values()].map(({ people, ...f }) => ({
      ...f,
      reason: `${people === 1 ? "one participant's value" : `the values of ${people} participants`} of ${f.variable} can be worked out exactly from this figure together with the other released figures (by subtracting groups or releases from each other)`,
    })),
  };
}

/** Indices of the people whose unit vector is in the row space of these member rows. */
export function disclosedPeople(rows: readonly Int32Array[], people: number): number[] {
  const classes = columnClasses(rows, people);
  if (!classes.sizes.some((s) => s === 1)) return [];
  const { unit } = unitColumnsInRowSpace(classes.rows, classes.sizes.length);
  const out: number[] = [];
  for (let i = 0; i < people; i++) {
    const c = classes.classOf[i] as number;
    if (unit[c] && classes.sizes[c] === 1) out.push(i);
  }
  return out;
}

function distinctRows(members: readonly Int32Array[]): { rows: Int32Array[]; keys: string[] } {
  const keys: string[] = [];
  const rows: Int32Array[] = [];
  const seen = new Set<string>();
  for (const m of members) {
    const key = m.join(',');
    if (seen.has(key)) continue;
    seen.add(key);
    keys.push(key);
    rows.push(m);
  }
  return { rows, keys };
}

/** The figure to name for a disclosed person: the smallest that holds them in the latest release that does. */
function citation(indexed: readonly Indexed[], person: number): Indexed {
  let best: Indexed | undefined;
  for (const e of indexed) {
    if (!contains(e.members, person)) continue;
    if (
      !best ||
      e.release > best.release ||
      (e.release === best.release && e.members.length < best.members.length)
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
