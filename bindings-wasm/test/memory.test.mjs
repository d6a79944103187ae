// Repeated bulk calls over a million cells and objects created and freed in a loop do not grow memory
// without bound: the module's memory stops growing after the first rounds, and so does the process's.
import { test } from "node:test";
import assert from "node:assert/strict";
import v8 from "node:v8";
import vm from "node:vm";
import { chitieu as c } from "./package.mjs";

const MiB = 1024 * 1024;
// A full garbage collection between rounds, so that what is measured is what is still held.
v8.setFlagsFromString("--expose-gc");
const gc = vm.runInNewContext("gc");

test("bulk calls over millions of cells reuse the module's memory", () => {
  const w = c.nationalWorkload(2025);
  assert.ok(w.cells > 1_000_000, `${w.cells} cells`);
  const wasm = [];
  const rss = [];
  // 12 rounds of ~2.2 million cells (about 100 MiB of input and output each).
  for (let i = 0; i < 12; i++) {
    const out = c.evaluateBulk(w);
    assert.equal(out.milestone.length, w.cells);
    c.rollupRatioOfSums(w.numerators, w.denominators, w.group, w.groups, w.times.length, 100);
    gc();
    wasm.push(c.memoryBytes());
    rss.push(process.memoryUsage().rss);
  }
  // The module's memory is what the first call needed; the process's resident memory moves with the
  // garbage collector's rhythm but shows no trend: the last rounds peak no higher than the first.
  assert.ok(wasm.every((b) => b === wasm[0]), `module memory: ${wasm.map((b) => b / MiB).join(", ")} MiB`);
  const peakFirst = Math.max(...rss.slice(0, 4));
  const peakLast = Math.max(...rss.slice(-4));
  assert.ok(peakLast <= peakFirst + 64 * MiB, `rss peaks ${peakFirst / MiB} then ${peakLast / MiB} MiB`);
});

test("creating and freeing plans, observation sets, paths and scorecards in a loop", () => {
  const round = () => {
    for (const id of c.listPlans()) {
      const plan = c.loadPlan(id);
      const obs = c.bundledObservations();
      const card = c.Scorecard.build(plan, obs, "2026-11-22");
      card.toCsv();
      const again = c.Plan.fromJson(plan.toJson());
      const path = new c.MilestonePath({ anchors: [{ t: 2022, value: 62 }, { t: 2025, value: 90, comparator: "at_least" }], curve: "linear" });
      path.milestones([2023, 2024, 2025]);
      for (const o of [plan, obs, card, again, path]) o.free();
    }
  };
  for (let i = 0; i < 5; i++) round();
  const before = c.memoryBytes();
  for (let i = 0; i < 100; i++) round();
  assert.equal(c.memoryBytes(), before, "the module's memory grew while objects were created and freed");
});

test("`using` frees objects too", () => {
  const before = c.memoryBytes();
  for (let i = 0; i < 200; i++) {
    const plan = c.loadPlan();
    try {
      plan.toObject();
    } finally {
      plan[Symbol.dispose]();
    }
  }
  assert.equal(c.memoryBytes(), before);
});
