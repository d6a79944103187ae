// A plan against another, the national documents and the catalogue of indicators, through the JavaScript API.
import { test } from "node:test";
import assert from "node:assert/strict";
import { chitieu as c } from "./package.mjs";

test("Trà Vinh against Nghị quyết 57-NQ/TW: the digital economy in 2030 is looser by 5 points", () => {
  assert.deepEqual(c.listNationalPlans(), ["nq57_2024"]);
  const traVinh = c.loadPlan("tra_vinh");
  const nation = c.loadPlan("nq57_2024");
  const a = c.alignment(traVinh, nation);
  assert.equal(a.first, "tra_vinh");
  assert.equal(a.second, "nq57_2024");
  assert.equal(a.rows.length, 31 + 25 - 1);
  const row = a.rows.find((r) => r.indicator === "digital_economy_share_grdp" && r.year === 2030);
  assert.equal(row.verdict, "looser");
  assert.equal(row.difference, -5);
  assert.equal(row.first.comparator, "more_than");
  assert.equal(row.second.value, 30);
  const economy = a.summary.find((s) => s.pillar === "digital_economy");
  assert.deepEqual([economy.looser, economy.only_first, economy.only_second], [1, 5, 5]);
  const csv = c.alignmentCsv(traVinh, nation);
  assert.equal(csv.trim().split("\n").length, a.rows.length + 1);
  assert.ok(csv.startsWith("indicator,name,pillar,tier,year,"));
  traVinh.free();
  nation.free();
});

test("a plan against itself is flagged on every row", () => {
  const plan = c.loadPlan();
  const a = c.alignment(plan, plan);
  assert.deepEqual(a.warnings, ["same_plan"]);
  assert.ok(a.rows.every((r) => r.verdict === "equal" && r.warnings[0] === "same_plan"));
  plan.free();
});

test("the catalogue covers the bundled plans, and a user's file merges over it with conflicts", () => {
  const cat = c.catalogue();
  assert.equal(cat.indicators.length, 81);
  const files = cat.indicators.find((i) => i.id === "work_files_online");
  assert.equal(files.documents.length, 5);
  const user = JSON.stringify({
    format_version: 1,
    indicators: [
      { id: "dti_rank", name_vi: "chỉ số chuyển đổi số", name_en: "DTI score", unit: "index", polarity: "higher_is_better",
        kind: "level_or_share", pillar: "general" },
    ],
  });
  const { catalogue, conflicts } = c.extendCatalogue(user);
  assert.equal(catalogue.indicators.length, 81);
  assert.ok(conflicts.some((x) => x.id === "dti_rank" && x.field === "unit" && x.replaced === "rank" && x.kept === "index"));
  const bad = JSON.stringify({ format_version: 1, indicators: [{ ...JSON.parse(user).indicators[0], pillar: "nowhere" }] });
  assert.throws(() => c.extendCatalogue(bad), (e) => e.name === "ChitieuError" && e.path === "indicators[0].pillar");
});
