import { qt } from './distributions.js';
import { pnt } from './noncentral-t.js';

/**
 * Power of the two-sided paired t-test with `n` pairs for the standardised change `dz`
 * (mean change / SD of change) at level `alpha`, exactly as `pwr::pwr.t.test(n, d, sig.level,
 * type = "paired")`: with ν = n − 1, q = t_{1−α/2, ν} and δ = dz √n,
 * power = P(T′ > q) + P(T′ < −q), T′ noncentral t(ν, δ).
 */
export function pairedPower(n: number, dz: number, alpha = 0.05): number {
  const nu = n - 1;
  const q = qt(1 - alpha / 2, nu);
  const ncp = Math.sqrt(n) * Math.abs(dz);
  return 1 - pnt(q, nu, ncp) + pnt(-q, nu, ncp);
}

/** Root of a monotone increasing `f` on [lo, hi] by bisection to `tol` (robust; f is cheap). */
function solveIncreasing(
  f: (x: number) => number,
  lo: number,
  hi: number,
  tol: number,
): number | null {
  let flo = f(lo);
  const fhi = f(hi);
  if (flo > 0 || fhi < 0) return null;
  for (let i = 0; i < 200 && hi - lo > tol * Math.max(1, Math.abs(lo)); i++) {
    const mid = (lo + hi) / 2;
    const fm = f(mid);
    if (fm < 0) {
      lo = mid;
      flo = fm;
    } else hi = mid;
  }
  return (lo + hi) / 2;
}

/**
 * Minimum detectable d_z: the standardised change that `n` pairs detect with the given power
 * (R: `pwr.t.test(n = n, sig.level = alpha, power = power, type = "paired")$d`, which solves to
 * uniroot's default tolerance ~1e-4; this solves to 1e-10). `null` when n < 2.
 */
export function minimumDetectableDz(n: number, alpha = 0.05, power = 0.8): number | null {
  if (!(n >= 2)) return null;
  return solveIncreasing((d) => pairedPower(n, d, alpha) - power, 1e-7, 100, 1e-12);
}

/**
 * Pairs needed to detect d_z with the given power, as a real number (R: `pwr.t.test(d = dz,
 * sig.level = alpha, power = power, type = "paired")$n`); round up for planning.
 */
export function pairsNeeded(dz: number, alpha = 0.05, power = 0.8): number | null {
  if (!(Math.abs(dz) > 0)) return null;
  return solveIncreasing((n) => pairedPower(n, dz, alpha) - power, 2 + 1e-10, 1e9, 1e-12);
}
