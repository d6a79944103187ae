// The register and the merged unit through JavaScript: units on a date, lookups and their errors, the
// merged view of Vĩnh Long (its numbers against the Rust core's run in vectors.test.mjs), combine and
// carryForward.
import { test } from "node:test";
import assert from "node:assert/strict";
import { chitieu as c } from "./package.mjs";

test("units on a date, lookups and their errors", () => {
  assert.equal(c.unitsOn("2025-06-30", "province").length, 63);
  assert.equal(c.unitsOn("2025-07-01", "province").length, 34);
  assert.equal(c.unitsOn("2025-07-01", "commune").length, 3321);
  assert.equal(c.unitAt("80", "2025-06-30").name, "Long An");
  assert.equal(c.unitAt("80", "2025-07-01").name, "Tây Ninh");
  assert.equal(c.successors("tỉnh Trà Vinh", "2026-01-01")[0].unit.code, "86");
  assert.equal(c.successors("80", "2026-01-01", "2025-06-30")[0].unit.name, "Tây Ninh");
  const names = c.predecessors("tỉnh Vĩnh Long", "2026-01-01").map((p) => p.unit.name).sort();
  assert.deepEqual(names, ["Bến Tre", "Trà Vinh", "Vĩnh Long"]);
  for (const [query, day, code] of [
    ["Atlantis", "2026-01-01", "unknown_unit"],
    ["84", "2026-01-01", "not_in_force"],
    ["Vĩnh Long", "2025-06-30", "ambiguous_unit"],
  ]) {
    assert.throws(() => c.unitAt(query, day), (e) => e.code === code && e.path === "code_or_name");
  }
});

test("the merged view of Vĩnh Long and its errors", () => {
  const v = c.mergedView("tỉnh Vĩnh Long", "2026-01-01", c.bundledObservations());
  const weights = [...v.predecessors].sort((a, b) => a.unit.code.localeCompare(b.unit.code)).map((p) => p.weight);
  assert.deepEqual(weights, [148, 104, 102]);
  const dti = v.indicators.find((i) => i.indicator === "dti_rank");
  assert.equal(dti.targets[0].reason, "rank_not_combined");
  assert.throws(() => c.mergedView("Hà Nội", "2026-01-01", c.bundledObservations()), (e) => e.code === "not_a_successor");
});

test("combine, its refusals, and carryForward", () => {
  const parts = [
    { unit: "84", value: 86, numerator: 860, denominator: 1000 },
    { unit: "83", value: 82, numerator: 1640, denominator: 2000 },
  ];
  assert.ok(Math.abs(c.combine("ratio_of_sums", "percent", parts).value - 2500 / 30) < 1e-12);
  assert.throws(() => c.combine("weighted_mean", "percent", parts, "population"),
    (e) => e.code === "missing_weight" && e.path === "parts[0].weight");
  assert.throws(() => c.combine("mean_of_indices", "rank", parts), (e) => e.code === "rule_not_allowed");
  const obs = c.ObservationSet.fromJson(JSON.stringify([
    { unit: "tra_vinh", indicator: "work_files_online", year: 2024, tier: "province", value: 86, numerator: 860, denominator: 1000 },
    { unit: "tỉnh Bến Tre", indicator: "work_files_online", year: 2024, tier: "province", value: 82, numerator: 1640, denominator: 2000 },
    { unit: "86", indicator: "work_files_online", year: 2024, tier: "province", value: 88, numerator: 440, denominator: 500 },
  ]));
  const out = c.carryForward(obs, "2026-01-01");
  assert.deepEqual(out.carried.map((x) => [x.observation.unit, x.observation.value]), [["86", 84]]);
});
