import type { Summary } from '@genbridge/schema';
import { mean } from '../stats/mean.js';
import { standardDeviation } from '../stats/variance.js';
import { meanInterval } from '../stats/mean-interval.js';

/** n, mean, SD and t-based CI of the mean of `values`. */
export function summarise(values: ArrayLike<number>, confidenceLevel: number): Summary {
  const m = mean(values);
  const sd = standardDeviation(values);
  return { n: values.length, mean: m, sd, ...meanInterval(m, sd, values.length, confidenceLevel) };
}

/** The values that are not NaN (missing), as a plain array. */
export function finite(values: ArrayLike<number>): number[] {
  const out: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (v === v) out.push(v);
  }
  return out;
}

/** Values below k people (1 … k − 1): withheld. Zero reveals nobody. */
export const small = (count: number, k: number) => count > 0 && count < k;
