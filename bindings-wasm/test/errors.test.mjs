// Bad input of every kind gives a ChitieuError (a real Error with `code`), never a string, a trap or a panic.
import { test } from "node:test";
import assert from "node:assert/strict";
import { chitieu as c } from "./package.mjs";

/** Asserts that `fn` throws a ChitieuError with `code` (and `path` when given); returns the error. */
function throwsCode(fn, code, path) {
  let caught;
  assert.throws(fn, (e) => {
    caught = e;
    return true;
  });
  assert.ok(caught instanceof Error, `a real Error, got ${typeof caught}: ${caught}`);
  assert.equal(caught.name, "ChitieuError");
  assert.equal(caught.code, code, caught.message);
  if (path !== undefined) assert.equal(caught.path, path);
  assert.ok(caught.message.length > 0);
  return caught;
}

test("bad JSON names the problem and its place", () => {
  const e = throwsCode(() => c.Plan.fromJson('{"id": "x",'), "truncated_input");
  assert.ok(Array.isArray(e.problems) && e.problems.length >= 1);
  assert.equal(e.problems[0].code, "truncated_input");
  throwsCode(() => c.Plan.fromJson("{ not json }"), "json_syntax");
  throwsCode(() => c.Plan.fromJson(""), "empty_input");
});

test("an invalid plan lists every problem with its path", () => {
  const plan = c.loadPlan("tra_vinh");
  const data = plan.toObject();
  plan.free();
  const i = data.targets.findIndex((t) => data.indicators.find((x) => x.id === t.indicator)?.unit === "percent");
  data.targets[i].value = 150;
  data.targets[0].indicator = "no_such_indicator";
  const e = throwsCode(() => c.Plan.fromObject(data), "unknown_indicator", "targets[0].indicator");
  const codes = e.problems.map((p) => p.code);
  assert.ok(codes.includes("percent_out_of_range"), codes.join(","));
  assert.ok(e.problems.some((p) => p.path === `targets[${i}].value`));
});

test("wrong types where objects, strings or numbers go", () => {
  throwsCode(() => c.Plan.fromObject(42), "wrong_type", "plan");
  throwsCode(() => c.Plan.fromJson(42), "wrong_type", "text");
  throwsCode(() => c.loadPlan(7), "wrong_type", "id");
  throwsCode(() => c.loadPlan("nowhere"), "unknown_plan");
  throwsCode(() => c.score("1.2"), "wrong_type", "ratio");
  throwsCode(() => c.score({}), "wrong_type");
  throwsCode(() => c.interpolate({ curve: "linear", t0: "2022", v0: 62, t1: 2025, v1: 90, t: 2024 }), "wrong_type");
  throwsCode(() => c.interpolate({ curve: "zigzag", t0: 2022, v0: 62, t1: 2025, v1: 90, t: 2024 }), "wrong_type");
  throwsCode(() => c.interpolate({ curve: "linear", v0: 62, t1: 2025, v1: 90, t: 2024 }), "missing_field");
  throwsCode(() => c.interpolate(null), "wrong_type");
  throwsCode(() => c.interpolate(undefined), "wrong_type");
  throwsCode(() => c.achievement("at_least"), "wrong_type");
  throwsCode(() => c.ratioOfSums("1,2", [1, 2], 100), "wrong_type", "numerators");
  throwsCode(() => c.ratioOfSums([1, "2"], [1, 2], 100), "wrong_type", "numerators[1]");
  throwsCode(() => c.parseNumber(12), "wrong_type");
  throwsCode(() => c.fractionalYear(20250101), "wrong_type");
  const cyclic = {};
  cyclic.self = cyclic;
  throwsCode(() => c.Plan.fromObject(cyclic), "wrong_type");
  throwsCode(() => c.achievement({ comparator: "at_least", polarity: "higher_is_better", target: 10n, value: 1 }), "wrong_type");
});

test("NaN and infinities", () => {
  throwsCode(() => c.interpolate({ curve: "linear", t0: 2022, v0: NaN, t1: 2025, v1: 90, t: 2024 }), "non_finite");
  throwsCode(() => c.ratioOfSums([NaN], [1], 100), "non_finite");
  throwsCode(() => c.weightedMean([1, 2], [1, Infinity]), "non_finite");
  throwsCode(() => new c.MilestonePath({ anchors: [{ t: 2022, value: 1 }, { t: NaN, value: 2 }], curve: "linear" }), "non_finite");
  assert.ok(Number.isNaN(c.score(NaN)));
  // The scalar calculations refuse non-finite inputs, naming the input in `path`.
  for (const [fn, input, path] of [
    [c.achievement, { comparator: "at_least", polarity: "higher_is_better", target: 90, value: NaN }, "value"],
    [c.requiredPace, { value: 80, t: 2024, target: Infinity, target_t: 2025 }, "target"],
  ]) {
    throwsCode(() => fn(input), "non_finite", path);
  }
});

test("errors carry the core's path: roll-up columns, milestone times, input fields", () => {
  throwsCode(() => c.weightedMean([1, NaN], [1, 1]), "non_finite", "values[1]");
  throwsCode(() => c.weightedMean([1, 2], [NaN, 1]), "non_finite", "weights[0]");
  throwsCode(() => c.ratioOfSums([1, 2], [1, Infinity], 100), "non_finite", "denominators[1]");
  throwsCode(() => c.weightedMean([1, 2], [1, -1]), "negative_weight", "weights[1]");
  const path = new c.MilestonePath({ anchors: [{ t: 2022, value: 62 }, { t: 2025, value: 90 }], curve: "linear" });
  throwsCode(() => path.at(2020), "before_path", "t");
  throwsCode(() => path.milestones([2023, 2021]), "before_path", "t");
  path.free();
  throwsCode(
    () => new c.MilestonePath({ anchors: [{ t: 2022, value: 62 }, { t: 2025, value: "90" }], curve: "linear" }),
    "wrong_type",
    "anchors[1].value",
  );
  throwsCode(
    () => new c.MilestonePath({ anchors: [{ t: 2025, value: 62 }, { t: 2022, value: 90 }], curve: "linear" }),
    "anchors_not_increasing",
    "anchors[1].t",
  );
  throwsCode(() => c.milestones({ anchors: [{ t: 2022, value: 62 }, { t: NaN, value: 90 }], curve: "linear", at: [] }), "non_finite", "anchors[1].t");
  throwsCode(() => c.interpolate({ curve: "linear", t0: 2022, v0: 62, t1: 2025, v1: 90, t: 2024, bounds: [0, NaN] }), "non_finite", "bounds[1]");
  throwsCode(() => c.interpolate({ curve: "linear", t0: 2022, v0: 62, t1: 2025, v1: 90 }), "missing_field", "t");
  throwsCode(() => c.interpolate({ curve: "linear", t0: 2022, v0: 62, t1: 2025, v1: 90, t: 2024, bounds: [0] }), "wrong_type", "bounds");
  throwsCode(() => c.evaluateBulk({}, "linear", [0, "100"]), "wrong_type", "bounds[1]");
  const plan = c.loadPlan();
  throwsCode(() => plan.indicatorPath("work_files_online", "region"), "wrong_type", "tier");
  throwsCode(() => plan.indicatorPath("work_files_online", "province", { t: 2022, year: "2022", value: 62 }), "wrong_type", "baseline.year");
  throwsCode(() => plan.indicatorPath("work_files_online", "province", { t: NaN, year: 2022, value: 62 }), "non_finite", "baseline.t");
  plan.free();
  const binhDinh = c.loadPlan("binh_dinh_2024");
  const first = binhDinh.toObject().targets[0];
  const e = throwsCode(() => binhDinh.indicatorPath(first.indicator, first.tier), "too_few_anchors", "anchors");
  assert.deepEqual(e.problems, []);
  binhDinh.free();
  const obs = c.bundledObservations();
  const settings = { curve: "linear", projection_model: "linear", interval_level: 1.5, min_assessable_share: 0.6 };
  throwsCode(() => c.scorecard(c.loadPlan(), obs, "2026-11-22", settings), "invalid_level", "interval_level");
  obs.free();
  throwsCode(
    () => c.project({ observations: [{ t: 2020, value: 1 }, { t: 2021, value: 2 }], target: 3, target_t: 2025, comparator: "at_least", polarity: "higher_is_better", level: 2 }),
    "invalid_level",
    "level",
  );
  const about = { comparator: "about", polarity: "higher_is_better", value: 96, target: 100, tolerance: -1 };
  throwsCode(() => c.attained(about), "invalid_tolerance", "tolerance");
  throwsCode(() => c.achievement(about), "invalid_tolerance", "tolerance");
  throwsCode(() => c.dueDates({ schedules: [{ frequency: "monthly", month_of_period: 1, day: 31, strictly_before: false, quote: "" }] }, 2026), "invalid_deadline", "schedules[0]");
});

test("dates, numbers and amounts that do not read", () => {
  throwsCode(() => c.fractionalYear("2025-13-40"), "invalid_date", "date");
  throwsCode(() => c.fractionalYear("31/12/2025"), "invalid_date");
  throwsCode(() => c.parseNumber("abc"), "malformed_number");
  throwsCode(() => c.parseNumber(""), "empty_number");
  throwsCode(() => c.parseAmount("12 quan"), "unknown_money_unit");
  const plan = c.loadPlan();
  const obs = c.bundledObservations();
  throwsCode(() => c.scorecard(plan, obs, "tomorrow"), "invalid_date", "asOf");
  throwsCode(() => c.scorecard(plan, obs, "2026-01-01", { curve: "linear" }), "missing_field", "settings.projection_model");
  throwsCode(() => plan.dueDates(2026.5), "wrong_type", "year");
  throwsCode(() => plan.indicatorPath("no_such_indicator"), "unknown_indicator", "indicator");
  plan.free();
  obs.free();
});

test("observations: bad CSV and JSON", () => {
  throwsCode(() => c.ObservationSet.fromCsv("a;b\n1;2\n"), "missing_column");
  const plan = c.loadPlan();
  // An indicator the plan lacks is a warning: the observation is kept.
  const set = c.ObservationSet.fromObjectForPlan(
    { format_version: 1, observations: [{ unit: "tra_vinh", indicator: "nope", year: 2023, value: 1 }] },
    plan,
  );
  assert.deepEqual(set.warnings.map((w) => [w.code, w.path]), [["unknown_indicator", "observations[0].indicator"]]);
  set.free();
  const e = throwsCode(
    () => c.ObservationSet.fromObject({ format_version: 1, observations: [{ unit: "tra_vinh", indicator: "x", year: 2023, value: "much" }] }),
    "wrong_type",
  );
  assert.equal(e.path, "observations[0].value");
  plan.free();
});

test("bulk: wrong lengths, codes and types, huge arrays of the wrong length", () => {
  const table = () => ({
    baseline_t: new Float64Array([2022]), baseline: new Float64Array([62]),
    target_t: new Float64Array([2025]), target: new Float64Array([90]),
    comparator: new Uint8Array([0]), polarity: new Int8Array([1]),
    times: new Float64Array([2023, 2024]), values: new Float64Array([70, NaN]),
  });
  assert.equal(c.evaluateBulk(table()).milestone.length, 2);
  throwsCode(() => c.evaluateBulk({ ...table(), values: new Float64Array(3) }), "length_mismatch");
  throwsCode(() => c.evaluateBulk({ ...table(), values: new Float64Array(10_000_001) }), "length_mismatch");
  throwsCode(() => c.evaluateBulk({ ...table(), target: new Float64Array(5_000_000) }), "length_mismatch");
  throwsCode(() => c.evaluateBulk({ ...table(), baseline: [NaN] }), "non_finite");
  throwsCode(() => c.evaluateBulk({ ...table(), comparator: [9] }), "invalid_code");
  throwsCode(() => c.evaluateBulk({ ...table(), comparator: [-1] }), "wrong_type", "comparator[0]");
  throwsCode(() => c.evaluateBulk({ ...table(), polarity: [0] }), "invalid_code");
  throwsCode(() => c.evaluateBulk({ ...table(), values: ["70", 1] }), "wrong_type", "values[0]");
  throwsCode(() => c.evaluateBulk({ ...table(), times: undefined }), "missing_field", "times");
  throwsCode(() => c.evaluateBulk("table"), "wrong_type");
  throwsCode(() => c.evaluateBulk(table(), "zigzag"), "wrong_type", "curve");
  throwsCode(() => c.evaluateBulk({ ...table(), baseline: new Float64Array([0]) }, "compound"), "curve_needs_positive_values");
  throwsCode(() => c.rollupRatioOfSums([1], [1], [3], 2, 1, 100), "invalid_code");
  throwsCode(() => c.rollupRatioOfSums([1], [-1], [0], 1, 1, 100), "negative_denominator");
  throwsCode(() => c.rollupRatioOfSums([1], [1], [0], -1, 1, 100), "value_out_of_range");
  throwsCode(() => c.nationalWorkload(-1), "value_out_of_range");
  throwsCode(() => c.nationalWorkload(1.5), "wrong_type");
});

test("the module still works after every error above", () => {
  assert.equal(c.score(0.6), 0);
  assert.deepEqual(c.listPlans()[0], "tra_vinh");
});
