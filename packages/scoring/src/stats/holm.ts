/**
 * Holm (1979) step-down adjustment, identical to R's `p.adjust(p, "holm")`.
 * `null` entries (tests that could not be run) are left out of the family and stay `null`.
 */
export function holmAdjust(pValues: readonly (number | null)[]): (number | null)[] {
  const present = pValues
    .map((p, index) => ({ p, index }))
    .filter((e): e is { p: number; index: number } => e.p !== null)
    .sort((a, b) => a.p - b.p);
  const m = present.length;
  const out: (number | null)[] = pValues.map(() => null);
  let running = 0;
  present.forEach((e, i) => {
    running = Math.max(running, Math.min(1, (m - i) * e.p));
    out[e.index] = running;
  });
  return out;
}
