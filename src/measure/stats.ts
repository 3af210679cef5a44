/** Statistics of measured deviations: max, p99, mean, and the same by position bucket [2^k, 2^(k+1)). */

export interface Summary {
  n: number;
  max: number;
  p99: number;
  mean: number;
}

export interface BucketSummary extends Summary {
  /** Positions in [lo, hi); bucket 0 is position 0. */
  lo: number;
  hi: number;
}

export function summarize(values: readonly number[]): Summary {
  if (values.length === 0) return { n: 0, max: 0, p99: 0, mean: 0 };
  const sorted = Float64Array.from(values).sort();
  let sum = 0;
  for (const v of sorted) sum += v;
  // Nearest-rank p99 (deterministic, no interpolation).
  const rank = Math.min(sorted.length - 1, Math.ceil(0.99 * sorted.length) - 1);
  return { n: sorted.length, max: sorted[sorted.length - 1]!, p99: sorted[rank]!, mean: sum / sorted.length };
}

/** A value's rank among the largest: itself or its magnitude, NaN above everything. */
function rankOf(v: number, magnitude: boolean): number {
  return Number.isNaN(v) ? Infinity : magnitude && v < 0 ? -v : v;
}

/**
 * The indices of the n largest values, largest first, ties by index; with `magnitude`, by |v|; NaN ranks
 * above everything; with `skipZeros`, ±0 entries are left out. A selection in plain loops (O(length·n)),
 * not a sort whose comparator closes over the values: V8 compiles such a closure again for every call,
 * and a run described the worst cases of every job this way.
 */
export function largestIndices(values: ArrayLike<number>, n: number, options: { magnitude?: boolean; skipZeros?: boolean } = {}): number[] {
  const magnitude = options.magnitude === true;
  const skipZeros = options.skipZeros === true;
  const top: number[] = [];
  for (let i = 0; i < values.length; i++) {
    if (skipZeros && values[i] === 0) continue;
    const r = rankOf(values[i]!, magnitude);
    let at = top.length;
    while (at > 0 && rankOf(values[top[at - 1]!]!, magnitude) < r) at--;
    if (at < n) {
      top.splice(at, 0, i);
      if (top.length > n) top.pop();
    }
  }
  return top;
}

/** Bucket k holds positions in [2^(k−1), 2^k); bucket 0 holds position 0. */
export function bucketOf(position: number): number {
  return position <= 0 ? 0 : Math.floor(Math.log2(position)) + 1;
}

/** The positions [lo, hi) of bucket b: [0, 1) for b = 0, else [2^(b−1), 2^b). */
export function bucketBounds(b: number): [number, number] {
  return b === 0 ? [0, 1] : [2 ** (b - 1), 2 ** b];
}

export function summarizeByBucket(values: readonly number[], positions: readonly number[]): BucketSummary[] {
  const groups = new Map<number, number[]>();
  // A plain loop, not forEach: V8 compiles a hot callback once per closure, and this one was made per call.
  for (let i = 0; i < values.length; i++) {
    const b = bucketOf(positions[i]!);
    let g = groups.get(b);
    if (!g) groups.set(b, (g = []));
    g.push(values[i]!);
  }
  return [...groups.keys()]
    .sort((a, b) => a - b)
    .map((b) => {
      const [lo, hi] = bucketBounds(b);
      return { lo, hi, ...summarize(groups.get(b)!) };
    });
}
