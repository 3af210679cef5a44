/**
 * pinSlots: the cache rows of a block of rows, one per run of equal positions, as the host's scalar
 * loop makes them (simdTrigRows, host.ts) for pipelines whose trig angle takes fround(position):
 * for each row r, the row's cache row address slots[r], and for each new run its position rounded to
 * f32 in pins. f32.demote_f64 rounds to nearest, ties to even (WebAssembly's only rounding mode): it
 * is Math.fround.
 */
import { F64, type Func, I32, OP, f32store, f64c, f64load, forRange, get, i32add, i32c, i32mul, i32shl, i32store, set, when } from "./wasm-emit.js";
import { kernelFunc } from "./signatures.js";

/**
 * pinSlots(positions, rows, pins, slots, cos, rowBytes) → number of cache rows n. positions: rows fp64;
 * run q (a maximal run of equal positions, in order) gets pins[q] = fround(its position) (f32) and
 * every row r of it slots[r] = cos + q·rowBytes (i32).
 */
export function pinSlotsFunc(): Func {
  const { f, p: params } = kernelFunc("pinSlots");
  const { positions, rows, pins, slots, cos, rowBytes } = params;
  const r = f.local(I32);
  const n = f.local(I32);
  const at = f.local(I32);
  const last = f.local(F64);
  const pos = f.local(F64);
  f.body = [
    ...set(n, i32c(0)),
    ...set(at, i32c(0)),
    // NaN differs from every position: the first row starts a run.
    ...set(last, f64c(NaN)),
    ...forRange(
      r,
      i32c(0),
      get(rows),
      1,
      set(pos, f64load(i32add(get(positions), i32shl(get(r), i32c(3))))),
      when(
        [...get(pos), ...get(last), OP.f64_ne],
        f32store(i32add(get(pins), i32shl(get(n), i32c(2))), [...get(pos), OP.f32_demote_f64]),
        set(at, i32add(get(cos), i32mul(get(n), get(rowBytes)))),
        set(n, i32add(get(n), i32c(1))),
        set(last, get(pos)),
      ),
      i32store(i32add(get(slots), i32shl(get(r), i32c(2))), get(at)),
    ),
    ...get(n),
  ];
  return f;
}
