// The bulk kernel's kind column and reusable output buffers: each series judged by its method, cell for
// cell as the scalar functions judge it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { chitieu as c } from "./package.mjs";

const CATEGORIES = ["target_achieved", "substantial_progress", "moderate_progress", "limited_progress", "deterioration", "not_assessable"];

// A yearly rate (Trà Vinh's labour productivity, the period from 2022), a reduction from 0 at the start of
// 2020 (Tiền Giang), a DTI rank from 40th in 2021 against top 20 (15th of 34 in 2024).
const kinds = () => ({
  baseline_t: [2022, 2019, 2021], baseline: [0, 0, 40], target_t: [2025, 2030, 2025], target: [11.5, 30, 20],
  comparator: [1, 2, 3], polarity: [1, 1, -1], times: [2021, 2022, 2023, 2024],
  values: new Float64Array([NaN, 7.9, 6.2, 6.8, NaN, 5, 12, 18, 40, 25, NaN, 15]),
  kind: new Uint8Array([1, 2, 3]),
  field: new Uint32Array([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 34]),
});

test("each kind is judged by its method, as the scalar functions judge it", () => {
  const out = c.evaluateBulk(kinds());
  const rate = c.yearlyRate({
    rates: [{ year: 2022, rate: 7.9 }, { year: 2023, rate: 6.2 }, { year: 2024, rate: 6.8 }],
    target: 11.5, target_year: 2025, comparator: "more_than", polarity: "higher_is_better",
  });
  assert.equal(out.ratio[3], rate.ratio);
  assert.equal(CATEGORIES[out.category[3]], rate.category);
  assert.equal(rate.category, "moderate_progress");
  assert.deepEqual([...out.attained.slice(0, 4)], [2, 0, 0, 0]);
  assert.equal(out.milestone[3], 11.5);
  const cum = c.cumulativeChange({ start_t: 2019, target_t: 2030, target: 30, t: 2024, value: 18, comparator: "reach", polarity: "higher_is_better" });
  assert.equal(out.ratio[7], cum.ratio);
  assert.equal(CATEGORIES[out.category[7]], cum.category);
  assert.equal(out.score[7], cum.score);
  const rank = c.rankProgress({
    start: { t: 2021, rank: 40 }, latest: { t: 2022, rank: 25 }, target: 20, target_t: 2025,
    comparator: "at_most", polarity: "lower_is_better",
  });
  assert.equal(out.ratio[9], rank.ratio);
  assert.equal(rank.ratio, 3);
  const late = c.rankProgress({
    start: { t: 2021, rank: 40 }, latest: { t: 2024, rank: 15, field: 34 }, target: 20, target_t: 2025,
    comparator: "at_most", polarity: "lower_is_better",
  });
  assert.equal(out.attained[11], 0);
  assert.equal(late.attained, false);
  assert.equal(out.ratio[11], late.ratio);
  assert.ok(Math.abs(out.gap[11] - (15 * 63 / 34 - 20)) < 1e-12);
});

test("the kind column is optional and checked", () => {
  const { kind, field, ...levels } = kinds();
  const a = c.evaluateBulk(levels);
  const b = c.evaluateBulk({ ...levels, kind: [0, 0, 0], field: null });
  for (const key of Object.keys(a)) assert.deepEqual([...a[key]], [...b[key]], key);
  const code = (f, expected, path) => assert.throws(f, (e) => e.name === "ChitieuError" && e.code === expected && e.path === path);
  code(() => c.evaluateBulk({ ...kinds(), kind: [0, 4, 0] }), "invalid_code", "kind[1]");
  code(() => c.evaluateBulk({ ...kinds(), kind: [0, 1] }), "length_mismatch", "kind");
  code(() => c.evaluateBulk({ ...kinds(), field: [0, 0] }), "length_mismatch", "field");
  code(() => c.evaluateBulk({ ...kinds(), baseline_field: [63, -1, 0] }), "wrong_type", "baseline_field[1]");
  assert.ok(kind && field);
});

test("a previous result passed as out is rewritten in place and returned", () => {
  const fresh = c.evaluateBulk(kinds());
  const out = c.evaluateBulk(kinds());
  out.ratio.fill(0);
  out.category.fill(9);
  const again = c.evaluateBulk(kinds(), "linear", null, out);
  assert.equal(again, out);
  for (const key of Object.keys(fresh)) assert.deepEqual([...out[key]], [...fresh[key]], key);
  const code = (f, expected, path) => assert.throws(f, (e) => e.code === expected && e.path === path);
  code(() => c.evaluateBulk(kinds(), "linear", null, { ...out, gap: new Float64Array(3) }), "length_mismatch", "out.gap");
  code(() => c.evaluateBulk(kinds(), "linear", null, { ...out, attained: new Float64Array(12) }), "wrong_type", "out.attained");
  code(() => c.evaluateBulk(kinds(), "linear", null, { ...out, score: undefined }), "missing_field", "out.score");
});

// The module evaluates a block of 256 series at a time and copies each block into the typed arrays: a table
// of several blocks gives, series by series, what each series gives alone, and an error anywhere (here in
// the last series) is reported before anything is written into `out`.
test("tables of many blocks: each series as alone, and out untouched by an error", () => {
  const w = c.nationalWorkload(2025);
  const n = 600;
  const m = w.times.length;
  const per = (key) => w[key].slice(0, n);
  const table = {
    baseline_t: per("baseline_t"), baseline: per("baseline"), target_t: per("target_t"), target: per("target"),
    comparator: per("comparator"), polarity: per("polarity"), times: w.times, values: w.values.slice(0, n * m),
  };
  const all = c.evaluateBulk(table);
  for (const i of [0, 255, 256, 511, 512, 599]) {
    const one = c.evaluateBulk({
      baseline_t: [table.baseline_t[i]], baseline: [table.baseline[i]], target_t: [table.target_t[i]],
      target: [table.target[i]], comparator: [table.comparator[i]], polarity: [table.polarity[i]],
      times: w.times, values: table.values.slice(i * m, (i + 1) * m),
    });
    for (const key of Object.keys(one)) {
      const rows = key === "curve_used" ? [i, i + 1] : [i * m, (i + 1) * m];
      assert.deepEqual([...all[key].slice(...rows)], [...one[key]], `${key} of series ${i}`);
    }
  }
  const out = c.evaluateBulk(table);
  out.score.fill(-9);
  const comparator = Uint8Array.from(table.comparator);
  comparator[n - 1] = 7;
  assert.throws(() => c.evaluateBulk({ ...table, comparator }, "linear", null, out), (e) => e.code === "invalid_code" && e.path === "comparator[599]");
  assert.ok(out.score.every((s) => s === -9), "out is left as it was");
  const baseline = Float64Array.from(table.baseline);
  baseline[n - 1] = -1;
  assert.throws(() => c.evaluateBulk({ ...table, baseline }, "compound", null, out), (e) => e.code === "curve_needs_positive_values" && e.path === "series[599]");
  assert.ok(out.score.every((s) => s === -9), "out is left as it was");
});
