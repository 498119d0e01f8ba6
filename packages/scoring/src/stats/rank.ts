/** Average ranks (R's `rank(x, ties.method = "average")`) and the sizes of tied groups. */
export interface Ranking {
  ranks: Float64Array;
  /** Size of every group of ties with more than one member. */
  ties: number[];
}

/**
 * Ranks `values` (1-based, ties share the mean of their ranks). Sorting an index array by value
 * keeps this O(n log n) without allocating objects per element.
 */
export function averageRanks(values: ArrayLike<number>, n = values.length): Ranking {
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => (values[a] as number) - (values[b] as number));
  const ranks = new Float64Array(n);
  const ties: number[] = [];
  let i = 0;
  while (i < n) {
    let j = i + 1;
    const v = values[order[i] as number] as number;
    while (j < n && values[order[j] as number] === v) j++;
    const rank = (i + 1 + j) / 2;
    for (let k = i; k < j; k++) ranks[order[k] as number] = rank;
    if (j - i > 1) ties.push(j - i);
    i = j;
  }
  return { ranks, ties };
}
