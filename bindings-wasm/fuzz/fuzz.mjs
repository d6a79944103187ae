// The fuzz campaign through the WebAssembly package: seeded mutations of real documents (the bundled
// plans' JSON, observations as JSON and Vietnamese CSV, numbers, the seed plan texts) and random bulk
// columns, fed to the package's readers. A case fails when it throws anything but a ChitieuError with a
// code, traps (a RuntimeError from the module), takes longer than a second, or breaks an invariant (a plan
// read back differs; a drafted quote is not the text at its offsets).
//
//   node fuzz/fuzz.mjs [--cases N] [--seconds S] [--seed N] [--targets a,b]
// `make -C bindings-wasm fuzz` runs it; test/fuzz.test.mjs runs a fixed-seed slice.
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { chitieu as c } from "../test/package.mjs";

const root = fileURLToPath(new URL("../../", import.meta.url));

/** SplitMix64, as the core's workload and fuzz campaign use, so a seed means the same everywhere. */
function rng(seed) {
  let s = BigInt.asUintN(64, BigInt(seed));
  const next = () => {
    s = BigInt.asUintN(64, s + 0x9e3779b97f4a7c15n);
    let z = s;
    z = BigInt.asUintN(64, (z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n);
    z = BigInt.asUintN(64, (z ^ (z >> 27n)) * 0x94d049bb133111ebn);
    return z ^ (z >> 31n);
  };
  const below = (n) => (n <= 0 ? 0 : Number(next() % BigInt(n)));
  return { below, pick: (a) => a[below(a.length)] };
}

const TOKENS = ["NaN", "1e999", "-1", "0", "0,9", "90,5", "1.060,5", "\"", ",", ";", "\n", "{", "}", "[", "]", ":",
  "null", "true", "%", "2030", "năm", "Đến năm 2025", "tối thiểu", "cấp huyện", "nhóm 10", "tỷ đồng", "\u{feff}",
  "\u{a0}", "ệ", "\\ud800", "9999999999999999999999999", "-0", "1e-300"];

function mutate(r, doc, seeds) {
  const chars = Array.from(doc);
  const changes = r.below(2) === 0 ? 1 : 1 + r.below(5);
  for (let k = 0; k < changes; k++) {
    const at = r.below(chars.length + 1);
    switch (r.below(6)) {
      case 0: chars.splice(at, 0, ...Array.from(r.pick(TOKENS))); break;
      case 1: chars.splice(at, r.below(16)); break;
      case 2: { const piece = chars.slice(at, at + r.below(64)); chars.splice(r.below(chars.length + 1), 0, ...piece); break; }
      case 3: chars.length = at; break;
      case 4: { const other = Array.from(r.pick(seeds)); const from = r.below(other.length);
        chars.splice(at, 0, ...other.slice(from, from + r.below(200))); break; }
      default: chars.splice(at, r.below(8), ...Array.from(r.pick(TOKENS)));
    }
  }
  return chars.join("");
}

/** A refusal is fine when it is a ChitieuError with a code: returns false; acceptance returns true. */
function refused(e) {
  if (e instanceof Error && e.name === "ChitieuError" && typeof e.code === "string" && e.code.length > 0) return false;
  throw new Error(`not a ChitieuError: ${e?.name}: ${e?.message ?? e}`);
}

function attempt(f) {
  try { return f(); } catch (e) { return refused(e); }
}

const plans = c.listPlans().map((id) => c.loadPlan(id).toJson());
const observations = c.bundledObservations();
const csv = ["đơn vị;chỉ tiêu;năm;giá trị"].concat(observations.toObject().observations.map((o) =>
  `${o.unit};${o.indicator};${o.year ?? (o.date ?? "").slice(0, 4)};"${String(o.value).replace(".", ",")}"`)).join("\n");
const texts = readdirSync(`${root}tests/seeds`).flatMap((f) => {
  const t = Array.from(readFileSync(`${root}tests/seeds/${f}`, "utf8"));
  const out = [t.join("")];
  for (let i = 0; i < t.length; i += 2000) out.push(t.slice(i, i + 2000).join(""));
  return out;
});

export const TARGETS = {
  // Objects are freed as soon as they are checked: what is measured is the package, not the garbage
  // collector's pace with wasm-bindgen's finalizers.
  plan_json: [plans, (t) => attempt(() => {
    const p = c.Plan.fromJson(t);
    const again = c.Plan.fromJson(p.toJson());
    const same = again.toJson() === p.toJson();
    again.free();
    p.free();
    if (!same) throw new Error("plan changed in a round trip");
    return true;
  })],
  observations_json: [[observations.toJson()], (t) => attempt(() => (c.ObservationSet.fromJson(t).free(), true))],
  observations_csv: [[csv], (t) => attempt(() => (c.ObservationSet.fromCsv(t).free(), true))],
  number: [["11,5", "477.905", "90%", "1.060,5 tỷ đồng", "0,9"], (t) => {
    const a = attempt(() => Number.isFinite(c.parseNumber(t)) || (() => { throw new Error("non-finite"); })());
    const b = attempt(() => (c.parseAmount(t), true));
    return a || b;
  }],
  plan_text: [texts, (t) => {
    const d = c.extractPlan(t);
    const chars = Array.from(t);
    d.plan.targets.forEach((target, i) => {
      const q = chars.slice(d.targets[i].start, d.targets[i].end).join("");
      if (q !== target.quote) throw new Error(`quote ${JSON.stringify(target.quote)} is not the text at its offsets`);
    });
    return d.plan.targets.length > 0;
  }],
};

/** Random columns for the bulk kernel and the roll-up. */
function bulkCase(r) {
  const nums = [0, 1, -1, 62, 90, 100, 1e300, NaN, Infinity];
  const col = (n) => Array.from({ length: r.below(10) === 0 ? n + 1 : n }, () => r.pick(nums));
  const series = r.below(5), times = r.below(5);
  const table = { baseline_t: col(series), baseline: col(series), target_t: col(series), target: col(series),
    comparator: Array.from({ length: series }, () => r.below(8)), polarity: Array.from({ length: series }, () => r.pick([1, -1, 0])),
    times: col(times), values: col(series * times) };
  const a = attempt(() => (c.evaluateBulk(table, r.pick(["linear", "compound", "logistic", "step", "auto"])), true));
  const units = r.below(6);
  const b = attempt(() => (c.rollupRatioOfSums(col(units), col(units), Array.from({ length: units }, () => r.below(4)),
    r.pick([0, 1, 4, 1e9, -1, 2.5]), 1, 100), true));
  return a || b;
}

/** Runs `cases` cases (or for `seconds`) of each target; returns one report per target. */
export function campaign({ cases = 10000, seconds = Infinity, seed = 2025, targets = null } = {}) {
  const reports = [];
  const names = Object.keys(TARGETS).concat(["bulk"]).filter((n) => !targets || targets.includes(n));
  for (const name of names) {
    const r = rng(seed + name.length * 7919);
    const start = performance.now();
    const report = { name, cases: 0, accepted: 0, failures: [] };
    let current = name === "bulk" ? "" : r.pick(TARGETS[name][0]);
    while (report.cases < cases && performance.now() - start < seconds * 1000) {
      let input = "";
      const one = performance.now();
      try {
        let ok;
        if (name === "bulk") ok = bulkCase(r);
        else {
          const [seeds, check] = TARGETS[name];
          if (report.cases % 4 === 0) current = r.pick(seeds);
          input = mutate(r, current, seeds);
          ok = check(input);
          if (input.length < 4096 || r.below(4) === 0) current = input;
        }
        if (performance.now() - one > 1000) throw new Error(`took ${Math.round(performance.now() - one)} ms`);
        if (ok) report.accepted++;
      } catch (e) {
        report.failures.push(`${e.message}; input starts ${JSON.stringify(input.slice(0, 200))}`);
      }
      report.cases++;
    }
    report.seconds = (performance.now() - start) / 1000;
    report.rssMiB = process.memoryUsage().rss / 2 ** 20;
    reports.push(report);
  }
  return reports;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (k, d) => { const i = process.argv.indexOf(k); return i > 0 ? process.argv[i + 1] : d; };
  const reports = campaign({ cases: Number(arg("--cases", 10000)), seconds: Number(arg("--seconds", Infinity)),
    seed: Number(arg("--seed", 2025)), targets: arg("--targets", null)?.split(",") ?? null });
  for (const r of reports) {
    console.log(`fuzz ${r.name.padEnd(18)} ${String(r.cases).padStart(9)} cases (${Math.round(100 * r.accepted / Math.max(r.cases, 1))}% accepted)  ${r.failures.length} failures  ${r.seconds.toFixed(1)} s  rss ${r.rssMiB.toFixed(0)} MiB`);
    for (const f of r.failures.slice(0, 3)) console.log(`  ${f}`);
  }
  process.exit(reports.some((r) => r.failures.length > 0) ? 1 : 0);
}
