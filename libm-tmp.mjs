import koffi from "koffi";
import { glibcSinf, glibcCosf } from "./dist/src/rope/libm/glibc-sincosf.js";
const m = koffi.load("libm.so.6");
const cosf = m.func("cosf", "float", ["float"]);
const sinf = m.func("sinf", "float", ["float"]);
let dc = 0, ds = 0, n = 300000, ex = [];
for (let i = 0; i < n; i++) {
  const sgn = Math.random() < 0.5 ? -1 : 1;
  const a = Math.fround(sgn * Math.pow(2, Math.random() * 160 - 30));
  if (!Object.is(cosf(a), glibcCosf(a))) { dc++; if (ex.length < 5) ex.push(["c", a, cosf(a), glibcCosf(a)]); }
  if (!Object.is(sinf(a), glibcSinf(a))) { ds++; if (ex.length < 5) ex.push(["s", a, sinf(a), glibcSinf(a)]); }
}
console.log("cos diff", dc, "sin diff", ds, "of", n, ex);
