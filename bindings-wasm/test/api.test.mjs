// The package's API beyond the vectors: plans, observations, scorecards, the calendar, numbers, bulk.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { chitieu as c } from "./package.mjs";

test("five bundled plans, the default first, with their data as plain objects", () => {
  assert.deepEqual(c.listPlans(), ["tra_vinh", "can_tho", "tay_ninh_city", "tien_giang", "binh_dinh_2024"]);
  const plan = c.loadPlan();
  assert.equal(plan.id, "tra_vinh");
  const data = plan.toObject();
  assert.equal(data.targets.length, 31);
  assert.equal(data.budget.total, 477_905_000_000);
  assert.equal(plan.targetsOf("work_files_online").length, 6);
  assert.equal(plan.indicator("work_files_online").unit, "percent");
  assert.equal(plan.indicator("nothing"), null);
  assert.deepEqual(plan.validate(), []);
  // JSON text and plain objects give the same plan, and the canonical JSON round-trips exactly.
  const fromText = c.Plan.fromJson(plan.toJson());
  const fromObject = c.Plan.fromObject(data);
  assert.equal(fromText.toJson(), plan.toJson());
  assert.equal(fromObject.toJson(), plan.toJson());
  const total = c.listPlans().map((id) => c.loadPlan(id).toObject().targets.length).reduce((a, b) => a + b);
  assert.equal(total, 157);
  for (const p of [plan, fromText, fromObject]) p.free();
});

test("reporting calendar of the default plan", () => {
  const plan = c.loadPlan("tra_vinh");
  assert.deepEqual(plan.dueDates(2026).map((d) => d.last_day), ["2026-03-19", "2026-06-19", "2026-09-19", "2026-11-29", "2026-12-19"]);
  assert.equal(plan.nextDue("2026-11-22").last_day, "2026-11-29");
  const canTho = c.loadPlan("can_tho");
  assert.deepEqual(canTho.dueDates(2026), []);
  assert.equal(canTho.nextDue("2026-11-22"), null);
  plan.free();
  canTho.free();
});

test("scorecard: object, CSV and JSON agree with the core's example", () => {
  const plan = c.loadPlan("can_tho");
  const obs = c.bundledObservations();
  const card = c.scorecard(plan, obs, "2026-11-22");
  const top10 = card.rows.find((r) => r.indicator === "dti_rank");
  assert.equal(top10.achievement.attained, true); // 5th in 2023, against "top 10"
  assert.equal(card.as_of, "2026-11-22");
  assert.equal(card.rows.length, 31);
  const built = c.Scorecard.build(plan, obs, "2026-11-22");
  assert.deepEqual(built.toObject(), card);
  assert.deepEqual(JSON.parse(built.toJson()), card);
  const csv = built.toCsv();
  assert.equal(csv.trim().split("\n").length, 32);
  assert.ok(csv.startsWith("target,pillar,indicator"));
  assert.equal(built.flatRows().length, 31);
  for (const o of [plan, obs, built]) o.free();
});

test("observations from CSV with Vietnamese headers and numbers", () => {
  const plan = c.loadPlan();
  const set = c.ObservationSet.fromCsvForPlan('đơn vị;chỉ tiêu;năm;giá trị\ntra_vinh;work_files_online;2023;"85,5%"\n', plan);
  assert.equal(set.length, 1);
  assert.equal(set.toObject().observations[0].value, 85.5);
  assert.equal(set.series("tra_vinh", "work_files_online").length, 1);
  const same = c.ObservationSet.fromJson(set.toJson());
  assert.equal(same.toJson(), set.toJson());
  for (const o of [plan, set, same]) o.free();
});

test("the Vietnamese number reader", () => {
  assert.equal(c.parseNumber("11,5"), 11.5);
  assert.equal(c.parseNumber("477.905"), 477905);
  assert.equal(c.parseNumber("1.060,5"), 1060.5);
  assert.equal(c.parsePercent("90,5%"), 90.5);
  assert.equal(c.parseAmount("477.905 triệu đồng"), 477_905_000_000n);
  assert.equal(c.parseAmount("1.060,5 tỷ đồng"), 1_060_500_000_000n);
  // Regression (3 Dec 2026): scale words typed or converted decomposed (NFD) were an unknown unit.
  assert.equal(c.parseAmount("20.000 triệu đồng".normalize("NFD")), 20_000_000_000n);
  // Without marks or in capitals (3 Dec 2026): the same scale words, as the core reads them.
  assert.equal(c.parseAmount("3 trieu dong"), 3_000_000n);
  assert.equal(c.parseAmount("2 TỶ ĐỒNG"), 2_000_000_000n);
  // Regression (5 Dec 2026; the same cases as core/src/io/number.rs): an amount in billions then millions was an
  // unknown unit ("388 tỷ 774 triệu đồng" in a commune's review); the plan reader already read it.
  assert.equal(c.parseAmount("388 tỷ 774 triệu đồng"), 388_774_000_000n);
  assert.equal(c.parseAmount("2 tỷ 300 triệu 500 nghìn đồng"), 2_300_500_000n);
  for (const bad of ["1 triệu 5 tỷ", "1 tỷ 1000 triệu", "1 tỷ 5"]) {
    assert.throws(() => c.parseAmount(bad), (e) => e.code === "unknown_money_unit", bad);
  }
});

test("an indicator's milestone path through the plan's targets", () => {
  const plan = c.loadPlan();
  const path = plan.indicatorPath("work_files_online", "province", { t: 2022, year: 2022, date: null, value: 62, source: null, note: null });
  assert.deepEqual(path.span(), [2022, 2030]);
  const [m2024] = path.milestones([2024]);
  assert.equal(m2024.kind, "interpolated");
  const at = path.at(2025);
  assert.equal(at.kind, "stated");
  assert.equal(path.timeDistance(2024, 95, "higher_is_better").reason, null);
  path.free();
  plan.free();
});

test("bulk results equal the scalar functions cell by cell", () => {
  const out = c.evaluateBulk({
    baseline_t: [2022], baseline: [62], target_t: [2025], target: [90],
    comparator: [0], polarity: [1], times: [2023, 2024, 2025], values: [70, NaN, 92],
  });
  assert.ok(out.milestone instanceof Float64Array);
  const m = c.interpolate({ curve: "linear", t0: 2022, v0: 62, t1: 2025, v1: 90, t: 2024 });
  assert.ok(Math.abs(out.milestone[1] - m.value) < 1e-12);
  assert.deepEqual([...out.attained], [0, 2, 1]);
  const g = c.growthRatio({ baseline_t: 2022, baseline: 62, target_t: 2025, target: 90, t: 2023, value: 70, comparator: "at_least", polarity: "higher_is_better" });
  assert.ok(Math.abs(out.ratio[0] - g.ratio) < 1e-12);
  assert.ok(Math.abs(out.score[0] - g.score) < 1e-12);
  const a = c.achievement({ comparator: "at_least", polarity: "higher_is_better", baseline: 62, target: 90, value: 70 });
  assert.ok(Math.abs(out.percent_of_target[0] - a.percent_of_target) < 1e-12);
  const r = c.rollupRatioOfSums([9, 500], [10, 1000], [0, 0], 1, 1, 100);
  assert.ok(Math.abs(r[0] - c.ratioOfSums([9, 500], [10, 1000], 100).value) < 1e-12);
});

test("the package manifest points each runtime at its entry point", () => {
  const manifest = JSON.parse(readFileSync(new URL("../pkg/package.json", import.meta.url), "utf8"));
  assert.equal(manifest.exports["."].node.default, "./node/chitieu.js");
  assert.equal(manifest.exports["."].browser.default, "./web/index.js");
  assert.equal(JSON.parse(readFileSync(new URL("../pkg/node/package.json", import.meta.url), "utf8")).type, "commonjs");
  assert.equal(JSON.parse(readFileSync(new URL("../pkg/web/package.json", import.meta.url), "utf8")).type, "module");
});

test("the ES module entry point loads in Node too", async () => {
  const web = await import("../pkg/web/index.js");
  await web.default({ module_or_path: readFileSync(new URL("../pkg/web/chitieu_bg.wasm", import.meta.url)) });
  assert.equal(web.listPlans().length, 5);
  assert.equal(web.score(0.6), 0);
});
