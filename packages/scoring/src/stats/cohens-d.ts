import { mean } from './mean.js';
import { variance } from './variance.js';

/**
 * Cohen's d for two independent groups: (mean(a) − mean(b)) / pooled SD, with the pooled SD
 * √(((na−1)s²a + (nb−1)s²b) / (na+nb−2)). `null` with fewer than 2 values in a group or a zero
 * pooled SD.
 */
export function cohensD(a: ArrayLike<number>, b: ArrayLike<number>): number | null {
  const va = variance(a);
  const vb = variance(b);
  if (va === null || vb === null) return null;
  const pooled = Math.sqrt(((a.length - 1) * va + (b.length - 1) * vb) / (a.length + b.length - 2));
  if (!(pooled > 0)) return null;
  return ((mean(a) as number) - (mean(b) as number)) / pooled;
}
