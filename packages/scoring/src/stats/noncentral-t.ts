import betainc from '@stdlib/math-base-special-betainc';
import gammaln from '@stdlib/math-base-special-gammaln';
import { pnorm, pt } from './distributions.js';

const SQRT_2_OVER_PI = Math.sqrt(2 / Math.PI);
const LN_SQRT_PI = 0.5 * Math.log(Math.PI);

/**
 * P(T ≤ t) for the noncentral t distribution with `df` degrees of freedom and noncentrality
 * `ncp`: R's `pt(t, df, ncp)`, ported from R's nmath/pnt.c (Lenth 1989, AS 243, with R's
 * guards). Used for power; accurate to about 1e-12 in the range power analysis needs.
 */
export function pnt(t: number, df: number, ncp: number): number {
  if (!(df > 0)) return Number.NaN;
  if (ncp === 0) return pt(t, df);
  if (!Number.isFinite(t)) return t < 0 ? 0 : 1;
  let negdel = false;
  let tt = t;
  let del = ncp;
  if (t < 0) {
    if (ncp > 40) return 0;
    negdel = true;
    tt = -t;
    del = -ncp;
  }
  const lower = !negdel;
  if (df > 4e5 || del * del > 2 * Math.LN2 * 1021) {
    // Abramowitz & Stegun 26.7.10, as R.
    const s = 1 / (4 * df);
    const z = (tt * (1 - s) - del) / Math.sqrt(1 + tt * tt * 2 * s);
    return lower ? pnorm(z) : 1 - pnorm(z);
  }
  let tnc = 0;
  let x = t * t;
  x = x / (x + df);
  if (x > 0) {
    const lambda = del * del;
    let p = 0.5 * Math.exp(-0.5 * lambda);
    if (p === 0) return lower ? 0 : 1;
    let q = SQRT_2_OVER_PI * p * del;
    let s = 0.5 - p;
    if (s < 1e-7) s = -0.5 * Math.expm1(-0.5 * lambda);
    let a = 0.5;
    const b = 0.5 * df;
    const rxb = Math.pow(1 - x, b);
    const albeta = LN_SQRT_PI + gammaln(b) - gammaln(0.5 + b);
    let xodd = betainc(x, a, b);
    let godd = 2 * rxb * Math.exp(a * Math.log(x) - albeta);
    let tncb = b * x;
    let xeven = tncb < Number.EPSILON ? tncb : 1 - rxb;
    let geven = tncb * rxb;
    tnc = p * xodd + q * xeven;
    for (let it = 1; it <= 1000; it++) {
      a += 1;
      xodd -= godd;
      xeven -= geven;
      godd *= (x * (a + b - 1)) / a;
      geven *= (x * (a + b - 0.5)) / (a + 0.5);
      p *= lambda / (2 * it);
      q *= lambda / (2 * it + 1);
      tnc += p * xodd + q * xeven;
      s -= p;
      if (s < -1e-10) break;
      if (s <= 0 && it > 1) break;
      if (Math.abs(2 * s * (xodd - godd)) < 1e-12) break;
    }
    tncb = 0;
  }
  tnc += pnorm(-del);
  const value = Math.min(tnc, 1);
  return lower ? value : 1 - value;
}
