// Loads the R reference values (fixtures/reference.json, produced by fixtures/reference.R).
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';

const here = new URL('./fixtures/', import.meta.url);

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const ref: any = JSON.parse(readFileSync(new URL('reference.json', here), 'utf8'));

/** Rows of R's `attitude` data (7 items, 30 rows). */
export function attitudeRows(): number[][] {
  const [, ...lines] = readFileSync(new URL('attitude.csv', here), 'utf8').trim().split('\n');
  return lines.map((l) => l.split(',').map(Number));
}

/** Agreement to 1e-6 relative (absolute near zero). */
export function expectClose(actual: number | null | undefined, expected: number, rel = 1e-6): void {
  expect(actual).not.toBeNull();
  expect(actual).toBeTypeOf('number');
  const tol = Math.max(Math.abs(expected) * rel, 1e-12);
  expect(Math.abs((actual as number) - expected), `${actual} vs ${expected}`).toBeLessThanOrEqual(
    tol,
  );
}

export const diff = (pre: number[], post: number[]): number[] =>
  post.map((v, i) => v - (pre[i] as number));
