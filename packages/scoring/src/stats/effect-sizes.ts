/** Paired-design effect sizes after Lakens (2013); `null` where undefined. */
export interface PairedEffectSizes {
  dz: number | null;
  dav: number | null;
  drm: number | null;
  gav: number | null;
}

/** Summary statistics the paired effect sizes are computed from. */
export interface PairedSummary {
  n: number;
  meanDifference: number | null;
  sdDifference: number | null;
  sdPre: number | null;
  sdPost: number | null;
  /** Pearson correlation of pre and post. */
  correlation: number | null;
}

/** Hedges' small-sample correction J = 1 − 3 / (4 df − 1), df = n − 1; `null` for n < 2. */
export function hedgesCorrection(n: number): number | null {
  const df = n - 1;
  return df < 1 ? null : 1 - 3 / (4 * df - 1);
}

const ratio = (num: number | null, den: number | null): number | null =>
  num === null || den === null || !(den > 0) ? null : num / den;

/**
 * Lakens (2013) effect sizes for a within-subject design:
 * - d_z = M_diff / SD_diff — standardised by the SD of the change; use it for power analysis of
 *   a paired test, not to compare with between-group studies (it grows with the pre/post correlation);
 * - d_av = M_diff / ((SD_pre + SD_post) / 2) — on the scale of the raw SDs, comparable with
 *   between-subject d;
 * - d_rm = M_diff / √(SD_pre² + SD_post² − 2 r SD_pre SD_post) × √(2 (1 − r)) — corrects d_z for
 *   the correlation;
 * - g_av = d_av × J — Hedges' small-sample correction of d_av, Lakens' recommended default.
 */
export function pairedEffectSizes(s: PairedSummary): PairedEffectSizes {
  const dz = ratio(s.meanDifference, s.sdDifference);
  const dav =
    s.sdPre === null || s.sdPost === null
      ? null
      : ratio(s.meanDifference, (s.sdPre + s.sdPost) / 2);
  let drm: number | null = null;
  if (
    s.sdPre !== null &&
    s.sdPost !== null &&
    s.correlation !== null &&
    s.meanDifference !== null
  ) {
    const r = s.correlation;
    const sdRm = Math.sqrt(Math.max(0, s.sdPre ** 2 + s.sdPost ** 2 - 2 * r * s.sdPre * s.sdPost));
    const d = ratio(s.meanDifference, sdRm);
    drm = d === null ? null : d * Math.sqrt(2 * (1 - r));
  }
  const j = hedgesCorrection(s.n);
  const gav = dav === null || j === null ? null : dav * j;
  return { dz, dav, drm, gav };
}
