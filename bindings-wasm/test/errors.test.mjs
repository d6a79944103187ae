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

test("a record given as the array of its fields is a wrong type where it is, not read field by field", () => {
  // serde_json reads a struct from an array of its fields in order; the core's loaders refuse it (4 Dec 2026).
  const plan = c.loadPlan("tra_vinh");
  const data = plan.toObject();
  plan.free();
  data.targets[0] = Object.values(data.targets[0]);
  throwsCode(() => c.Plan.fromObject(data), "wrong_type", "targets[0]");
  throwsCode(() => c.interpolate(["linear", 2022, 62, 2025, 90, 2024]), "wrong_type");
  assert.ok(Math.abs(c.interpolate({ curve: "linear", t0: 2022, v0: 62, t1: 2025, v1: 90, t: 2024 }).value - (62 + 28 * 2 / 3)) < 1e-9);
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
    [c.yearlyRate, { rates: [{ year: 2022, rate: 7.9 }, { year: 2023, rate: NaN }], target: 11.5, comparator: "more_than", polarity: "higher_is_better" }, "rates[1].rate"],
    [c.yearlyRate, { rates: [], target: Infinity, comparator: "more_than", polarity: "higher_is_better" }, "target"],
    [c.cumulativeChange, { start_t: NaN, target_t: 2030, target: 30, t: 2024, value: 18, comparator: "reach", polarity: "higher_is_better" }, "start_t"],
    [c.cumulativeChange, { start_t: 2019, target_t: 2030, target: 30, t: Infinity, value: 18, comparator: "reach", polarity: "higher_is_better" }, "t"],
    [c.rankProgress, { start: { t: 2021, rank: 40 }, latest: { t: 2022, rank: NaN }, target: 20, comparator: "at_most", polarity: "lower_is_better" }, "latest.rank"],
    [c.rankProgress, { start: { t: 2021, rank: 40 }, latest: { t: 2022, rank: 25 }, target: 20, target_t: Infinity, comparator: "at_most", polarity: "lower_is_better" }, "target_t"],
    // Where a number may be absent, NaN is refused rather than read as absent (JSON.stringify writes it as
    // null): a rank's field of NaN is not "the field of its year", a tolerance of -Infinity not "the default".
    [c.rankProgress, { start: { t: 2021, rank: 40, field: NaN }, latest: { t: 2022, rank: 25 }, target: 20, target_t: 2025, comparator: "at_most", polarity: "lower_is_better" }, "start.field"],
    [c.cumulativeChange, { start_t: 2019, target_t: 2030, target: 30, t: 2024, value: 18, comparator: "about", polarity: "higher_is_better", tolerance: -Infinity }, "tolerance"],
    [c.yearlyRate, { rates: [{ year: 2022, rate: 7.9 }], target: 11.5, target_year: NaN, comparator: "more_than", polarity: "higher_is_better" }, "target_year"],
    [c.achievement, { comparator: "about", polarity: "higher_is_better", target: 90, value: 88, tolerance: NaN }, "tolerance"],
  ]) {
    throwsCode(() => fn(input), "non_finite", path);
  }
  const plan = c.loadPlan();
  const obs = c.bundledObservations();
  const settings = { curve: "linear", projection_model: "linear", interval_level: NaN, min_assessable_share: 0.6 };
  throwsCode(() => c.scorecard(plan, obs, "2026-11-22", settings), "non_finite", "settings.interval_level");
  plan.free();
  obs.free();
  // tierCheck alone reads a unit's NaN as a unit without a value, as its definition says.
  const tc = c.tierCheck({ comparator: "at_least", polarity: "higher_is_better", target: 80, units: [{ unit: "a", value: 85 }, { unit: "b", value: NaN }] });
  assert.deepEqual([tc.reported, tc.missing], [1, ["b"]]);
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

test("the methods of the kinds of indicator: bad units, methods, languages and inputs", () => {
  throwsCode(() => c.indicatorKind("percent_per_month"), "wrong_type", "unit");
  throwsCode(() => c.indicatorKind(3), "wrong_type", "unit");
  throwsCode(() => c.indicatorKind(), "wrong_type", "unit");
  throwsCode(() => c.methodLabel("yearly_rate", "vi"), "wrong_type", "method");
  throwsCode(() => c.methodLabel("mean_yearly_rate", "fr"), "wrong_type", "lang");
  throwsCode(() => c.methodLabel("mean_yearly_rate"), "wrong_type", "lang");
  const rates = { rates: [{ year: 2022, rate: 7.9 }], target: 11.5, comparator: "more_than", polarity: "higher_is_better" };
  throwsCode(() => c.yearlyRate({ ...rates, rates: [{ year: 2022.5, rate: 7.9 }] }), "wrong_type", "rates[0].year");
  throwsCode(() => c.yearlyRate({ ...rates, rates: [{ year: 2022 }] }), "missing_field", "rates[0].rate");
  throwsCode(() => c.yearlyRate({ ...rates, comparator: "above" }), "wrong_type", "comparator");
  throwsCode(() => c.cumulativeChange({ start_t: 2019, target_t: 2030, target: 30, t: 2024, comparator: "reach", polarity: "higher_is_better" }), "missing_field", "value");
  throwsCode(() => c.rankProgress({ start: { t: 2021, rank: 40, field: -1 }, latest: { t: 2022, rank: 25 }, target: 20, comparator: "at_most", polarity: "lower_is_better" }), "wrong_type", "start.field");
  throwsCode(() => c.rankProgress(null), "wrong_type", "input");
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

test("a roll-up larger than its inputs allow is refused, not a trap (issue 15)", () => {
  // Regression: rollupRatioOfSums([1],[1],[0],1e9,1,1) trapped with `RuntimeError: unreachable`.
  throwsCode(() => c.rollupRatioOfSums([1], [1], [0], 1e9, 1, 1), "too_large", "groups");
  throwsCode(() => c.rollupRatioOfSums([], [], [], 1, 1e12, 1), "too_large", "times");
  // The module is still usable afterwards.
  const r = c.rollupRatioOfSums([9, 500], [10, 1000], [0, 0], 1, 1, 100);
  assert.ok(Math.abs(r[0] - 50.396) < 1e-3);
});

test("weighted means are exact whatever the order (issue 15)", () => {
  assert.equal(c.weightedMean([1e17, 5, 7], [0, 1, 1]).value, 6);
  assert.equal(c.weightedMean([4.77905e14, 5.3], [0, 1]).value, 5.3);
  assert.equal(c.weightedMean([5.3, 4.77905e14], [1, 0]).value, 5.3);
});

test("CSV and reader regressions of issue 15", () => {
  const rows = Array.from({ length: 1500 }, (_, i) => `tra_vinh;work_files_online;năm x${i};90`).join("\n");
  const e = throwsCode(() => c.ObservationSet.fromCsv(`unit;indicator;year;value\n${rows}\n`), "invalid_date");
  assert.equal(e.problems.length, 1001);
  assert.equal(e.problems[1000].code, "too_many_problems");
  const q = throwsCode(() => c.ObservationSet.fromCsv('unit;indicator;year;value;note\ntra_vinh;w;2022;62;"opened\ntra_vinh;w;2023;70;x\n'),
    "unbalanced_quote", "row 2, column note");
  assert.ok(q.problems.length >= 1);
  const draft = c.extractPlan("Đến năm 2025: Giảm 2030% thủ tục hành chính.");
  assert.equal(draft.plan.targets.length, 0);
  assert.ok(draft.unused_numbers.some((u) => u.text === "2030" && u.reason === "share_above100"));
  const range = c.extractPlan("Đến năm 2025: 80-90% hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng.");
  assert.deepEqual(range.targets[0].reasons.find((r) => r.kind === "range"), { kind: "range", low: 80, high: 90 });
});

test("a CSV row is named by the line it is on, whatever the line ends", () => {
  // Regression (5 Dec 2026): with Windows line ends (Excel's CSV) the first data row was "row 1", the header's
  // number; with "\r" alone every row was "row 1"; blank rows were not counted.
  const rows = ["unit;indicator;year;value", "x;y;năm hai;1", "x;y;2024;abc"];
  for (const end of ["\n", "\r\n", "\r"]) {
    const e = throwsCode(() => c.ObservationSet.fromCsv(rows.join(end) + end), "invalid_date");
    assert.deepEqual(e.problems.map((p) => p.path), ["row 2, column year", "row 3, column value"], JSON.stringify(end));
  }
  const blank = "unit;indicator;year;value\r\n\r\nx;y;năm hai;1\r\n\r\n\r\nx;y;2024;abc\r\n";
  const e = throwsCode(() => c.ObservationSet.fromCsv(blank), "invalid_date");
  assert.deepEqual(e.problems.map((p) => p.path), ["row 3, column year", "row 6, column value"]);
});

test("a date that does not read says which part is wrong", () => {
  // Regression: a bad date in a plan was `wrong_type` with the `time` crate's message, and a signed year read.
  for (const [text, message] of [
    ["2025-13-40", 'date "2025-13-40": month 13 is not 1 to 12'],
    ["2025-02-30", 'date "2025-02-30": 2025-02 has no day 30'],
    ["+2025-01-05", 'date "+2025-01-05": not written YYYY-MM-DD'],
  ]) {
    const plan = c.loadPlan("tra_vinh");
    const data = plan.toObject();
    plan.free();
    data.document.signed_on = text;
    const e = throwsCode(() => c.Plan.fromObject(data), "invalid_date", "document.signed_on");
    const p = e.problems.find((q) => q.path === "document.signed_on");
    assert.deepEqual([p.code, p.message, p.expected], ["invalid_date", message, "a date YYYY-MM-DD"]);
    const f = throwsCode(() => c.fractionalYear(text), "invalid_date", "date");
    assert.ok(f.message.includes(message.split(": ")[1]), f.message);
  }
});
