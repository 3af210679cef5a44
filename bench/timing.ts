/** Best-of-N wall-clock timing, shared by every bench (the machine is noisy: the best run is the signal). */

/** Seconds of the fastest of `reps` synchronous calls. */
export function best(reps: number, f: () => void): number {
  let b = Infinity;
  for (let r = 0; r < reps; r++) {
    const t = performance.now();
    f();
    b = Math.min(b, (performance.now() - t) / 1000);
  }
  return b;
}

/** Seconds of the fastest of `reps` calls, each awaited (a kernel may answer with a promise). */
export async function bestAsync(reps: number, f: () => unknown): Promise<number> {
  let b = Infinity;
  for (let r = 0; r < reps; r++) {
    const t = performance.now();
    await f();
    b = Math.min(b, (performance.now() - t) / 1000);
  }
  return b;
}
