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

test("a bulk call holds one block of its output in the module, not the whole", () => {
  // 200,000 series of 11 years: 17.6 MB of values in, 110 MB of results out. The module copies the columns in
  // and evaluates 256 series at a time into the typed arrays; before it did, its memory grew by the whole
  // output as well (and wasm32 memory never shrinks).
  const n = 200_000;
  const times = Float64Array.from({ length: 11 }, (_, j) => 2020 + j);
  const values = new Float64Array(n * times.length).map((_, k) => 40 + (k % 11) * 6);
  const table = {
    baseline_t: new Float64Array(n).fill(2020), baseline: new Float64Array(n).fill(40),
    target_t: new Float64Array(n).fill(2030), target: new Float64Array(n).fill(95),
    comparator: new Uint8Array(n), polarity: new Int8Array(n).fill(1), times, values,
  };
  const before = c.memoryBytes();
  const out = c.evaluateBulk(table);
  const grown = c.memoryBytes() - before;
  assert.equal(out.milestone.length, n * times.length);
  assert.equal(out.attained[n * times.length - 1], 1);
  assert.ok(grown < 64 * MiB, `the module's memory grew by ${grown / MiB} MiB for 110 MB of results`);
});

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
