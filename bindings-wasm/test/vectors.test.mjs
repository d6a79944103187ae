// Every case of tests/vectors/*.json through the JavaScript API, against the expected values within each
// file's tolerance; error cases must throw a ChitieuError with exactly that code. Each case runs in the full
// module and in each browser module that exports its function: the dashboard module (`chitieu/core`) and the
// one-shot calculations' (`chitieu/scalar`).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { chitieu as c, entry } from "./package.mjs";

const dir = new URL("../../tests/vectors/", import.meta.url).pathname;

/** The modules a case runs in, and the export each vector file's function needs (`null`: the full module's). */
const MODULES = [
  ["the full module", c],
  ["chitieu/core", await entry("core", "chitieu_core_bg.wasm")],
  ["chitieu/scalar", await entry("scalar", "chitieu_scalar_bg.wasm")],
];
const EXPORT = {
  fractional_year: "fractionalYear", attained: "attained", interpolate: "interpolate", milestones: "milestones",
  achievement: "achievement", score: "score", growth_ratio: "growthRatio", required_pace: "requiredPace",
  time_distance: "timeDistance", projection: "project", ratio_of_sums: "ratioOfSums", weighted_mean: "weightedMean",
  tier_check: "tierCheck", reporting_calendar: "dueDates", indicator_kind: "indicatorKind", yearly_rate: "yearlyRate",
  cumulative_change: "cumulativeChange", rank_progress: "rankProgress", alignment: "alignment", combine: null,
  merged_view: null,
};

/** One indicator of a merged view from the bundled plans and observations and the case's extra ones. */
function mergedViewCase(input) {
  const bundled = JSON.parse(c.bundledObservations().toJson()).observations;
  const obs = c.ObservationSet.fromJson(JSON.stringify([...bundled, ...input.extra]));
  const view = c.mergedView(input.unit, input.as_of, obs);
  const ind = view.indicators.find((i) => i.indicator === input.indicator);
  const preds = [...view.predecessors].sort((a, b) => a.unit.code.localeCompare(b.unit.code));
  return {
    reason: ind.reason ?? null,
    missing: ind.missing,
    year: ind.year ?? null,
    value: ind.merged ? ind.merged.value : null,
    rule: ind.merged ? ind.merged.rule : null,
    weights: preds.map((p) => p.weight ?? null),
    attained: ind.targets.map((t) => (t.achievement ? t.achievement.attained : null)),
  };
}

/** One case through the API of module `c`, shaped like the vector's `expected`. */
function run(c, fn, input) {
  switch (fn) {
    case "fractional_year":
      return { t: c.fractionalYear(input.date) };
    case "attained":
      return { attained: c.attained(input) };
    case "interpolate":
      return c.interpolate(input);
    case "milestones":
      return {
        milestones: c.milestones(input).map((m) => ({
          t: m.t, value: m.value, kind: m.kind, comparator: m.comparator, curve_used: m.curve,
        })),
      };
    case "achievement":
      return c.achievement(input);
    case "score":
      return { score: c.score(input.ratio) };
    case "growth_ratio":
      return c.growthRatio(input);
    case "required_pace":
      return c.requiredPace(input);
    case "time_distance":
      return c.timeDistance(input);
    case "projection": {
      const p = c.project(input);
      return { ...p, category: p.outlook };
    }
    case "ratio_of_sums":
      return c.ratioOfSums(input.numerators, input.denominators, input.scale);
    case "weighted_mean":
      return c.weightedMean(input.values, input.weights);
    case "tier_check":
      return c.tierCheck(input);
    case "reporting_calendar": {
      // The vectors leave out each schedule's verbatim quote, which a plan's calendar carries.
      const calendar = { schedules: input.schedules.map((s) => ({ ...s, quote: "" })) };
      if (input.year !== undefined) return { due: c.dueDates(calendar, input.year) };
      return { next: c.nextDue(calendar, input.after) };
    }
    case "indicator_kind":
      return c.indicatorKind(input.unit);
    case "yearly_rate":
      return c.yearlyRate(input);
    case "cumulative_change":
      return c.cumulativeChange(input);
    case "rank_progress":
      return c.rankProgress(input);
    case "alignment": {
      const first = c.Plan.fromJson(JSON.stringify(input.first));
      const second = c.Plan.fromJson(JSON.stringify(input.second));
      try {
        return c.alignment(first, second);
      } finally {
        first.free();
        second.free();
      }
    }
    case "combine":
      return c.combine(input.rule, input.unit, input.parts, input.weight);
    case "merged_view":
      return mergedViewCase(input);
    default:
      throw new Error(`no runner for ${fn}`);
  }
}

/** The path of the first difference, or null. */
function mismatch(expected, got, rel, abs, at) {
  if (typeof expected === "number") {
    if (typeof got !== "number") return `${at}: expected ${expected}, got ${JSON.stringify(got)}`;
    return Math.abs(got - expected) <= abs + rel * Math.abs(expected) ? null : `${at}: expected ${expected}, got ${got}`;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(got) || got.length !== expected.length) return `${at}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(got)}`;
    for (let i = 0; i < expected.length; i++) {
      const m = mismatch(expected[i], got[i], rel, abs, `${at}[${i}]`);
      if (m) return m;
    }
    return null;
  }
  if (expected !== null && typeof expected === "object") {
    if (got === null || typeof got !== "object") return `${at}: expected an object, got ${JSON.stringify(got)}`;
    for (const [k, v] of Object.entries(expected)) {
      const m = mismatch(v, got[k] === undefined ? null : got[k], rel, abs, `${at}.${k}`);
      if (m) return m;
    }
    return null;
  }
  return expected === got ? null : `${at}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(got)}`;
}

const files = readdirSync(dir).filter((f) => f.endsWith(".json")).sort();
let total = 0;
/** The modules each vector file's function ran in. */
const ran = {};

for (const file of files) {
  const doc = JSON.parse(readFileSync(join(dir, file), "utf8"));
  const { relative: rel, absolute: abs } = doc.tolerance;
  for (const tc of doc.cases) {
    total += 1;
    test(`${doc.function}: ${tc.name}`, () => {
      const name = EXPORT[doc.function];
      assert.notEqual(name, undefined, `no export named for ${doc.function}`);
      const modules = MODULES.filter(([, m], i) => i === 0 || (name !== null && typeof m[name] === "function"));
      for (const [which, m] of modules) {
        if (tc.error !== undefined) {
          assert.throws(() => run(m, doc.function, tc.input), (e) => {
            assert.ok(e instanceof Error, `${which}: a real Error`);
            assert.equal(e.name, "ChitieuError", which);
            assert.equal(e.code, tc.error, which);
            return true;
          });
        } else {
          const got = run(m, doc.function, tc.input);
          assert.equal(mismatch(tc.expected, got, rel, abs, "expected"), null, which);
        }
      }
      ran[doc.function] = modules.map(([which]) => which);
    });
  }
}

test("every one-shot calculation's vectors ran in chitieu/scalar, and the dashboard's in chitieu/core", () => {
  for (const [fn, name] of Object.entries(EXPORT)) {
    if (name === null || !ran[fn]) continue;
    const expected = ["the full module"];
    if (["alignment", "fractional_year", "indicator_kind"].includes(fn)) expected.push("chitieu/core");
    else expected.push("chitieu/scalar");
    assert.deepEqual(ran[fn], expected, fn);
  }
  assert.ok(Object.keys(ran).length >= 20, `${Object.keys(ran).length} functions ran`);
});

test("the vector files are all there", () => {
  assert.ok(files.length >= 14, `found ${files.length} vector files`);
  assert.ok(total >= 200, `only ${total} cases`);
});
