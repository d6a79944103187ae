// BulkWorkspace: the bulk columns in the module's memory, written and read through views. It must give
// evaluateBulk's results bit for bit, refuse a table it was not given, and never evaluate through views the
// module's memory has detached.
import { test } from "node:test";
import assert from "node:assert/strict";
import { chitieu as c, entry } from "./package.mjs";

const COLUMNS = ["baseline_t", "baseline", "target_t", "target", "comparator", "polarity", "times", "values"];

/** A workspace of `table`'s shape with its columns written through `inputs()`. */
function workspaceOf(module, table) {
  const ws = new module.BulkWorkspace(table.baseline.length, table.times.length);
  const inputs = ws.inputs();
  for (const key of [...COLUMNS, "kind", "baseline_field", "field"]) {
    if (table[key]) inputs[key].set(table[key]);
  }
  return ws;
}

/** Every result column of `a` equals `b`'s, NaN for NaN, bit for bit. */
function sameResults(a, b) {
  assert.deepEqual(Object.keys(a).sort(), Object.keys(b).sort());
  for (const key of Object.keys(b)) {
    assert.equal(a[key].constructor, b[key].constructor, key);
    assert.deepEqual(new Uint8Array(a[key].slice().buffer), new Uint8Array(b[key].slice().buffer), key);
  }
}

// A yearly rate, a cumulative change and a rank with a field given (bulk.test.mjs's table).
const kinds = () => ({
  baseline_t: [2022, 2019, 2021], baseline: [0, 0, 40], target_t: [2025, 2030, 2025], target: [11.5, 30, 20],
  comparator: [1, 2, 3], polarity: [1, 1, -1], times: [2021, 2022, 2023, 2024],
  values: [NaN, 7.9, 6.2, 6.8, NaN, 5, 12, 18, 40, 25, NaN, 15],
  kind: [1, 2, 3],
  field: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 34],
});

test("views the module's memory has detached are refused", () => {
  const ws = new c.BulkWorkspace(3, 4);
  const never = (f) => assert.throws(f, (e) => e.name === "ChitieuError" && e.code === "detached_views" && e.path === "inputs");
  never(() => ws.evaluate());
  const stale = ws.inputs();
  // A call that needs more than the module's memory grows it and detaches every view of it (first in
  // this file, while the memory is small).
  // (62 bytes a cell and 40 a series: ten cells a series, a series for each 550 bytes of memory, is 1.2 times it).
  const grown = new c.BulkWorkspace(Math.ceil(c.memoryBytes() / 550), 10);
  assert.equal(stale.values.length, 0, "the old view is detached");
  never(() => ws.evaluate());
  const fresh = ws.inputs();
  for (const [key, column] of Object.entries(kinds())) fresh[key].set(column);
  ws.evaluate();
  sameResults(ws.outputs(), c.evaluateBulk(kinds()));
  grown.free();
});

test("the national workload: the same bits as evaluateBulk, in the full module and in chitieu/bulk", async () => {
  const w = c.nationalWorkload(2025);
  const expected = c.evaluateBulk(w);
  const ws = workspaceOf(c, w);
  assert.equal(ws.series, w.baseline.length);
  assert.equal(ws.times, w.times.length);
  ws.evaluate();
  sameResults(ws.outputs(), expected);
  assert.equal(expected.score.length, 2_214_300);
  ws.free();
  const bulk = await entry("bulk", "chitieu_bulk_bg.wasm");
  const inBulk = workspaceOf(bulk, w);
  inBulk.evaluate();
  sameResults(inBulk.outputs(), expected);
  inBulk.free();
});

test("kinds, fields, a curve and bounds: as evaluateBulk gives them", () => {
  const ws = workspaceOf(c, kinds());
  for (const [curve, bounds] of [[undefined, undefined], ["linear", null], ["logistic", [0, 100]], ["step", null]]) {
    ws.evaluate(curve, bounds);
    sameResults(ws.outputs(), c.evaluateBulk(kinds(), curve, bounds));
  }
  // Values written again through fresh views give new results; the table is kept between calls.
  const inputs = ws.inputs();
  inputs.values[3] = 12;
  ws.evaluate();
  const table = kinds();
  table.values[3] = 12;
  sameResults(ws.outputs(), c.evaluateBulk(table));
  assert.equal(ws.outputs().attained[3], 1);
});

test("a column left unwritten is an error, not a default", () => {
  const code = (ws, expected, path) =>
    assert.throws(() => ws.evaluate(), (e) => e.name === "ChitieuError" && e.code === expected && e.path === path);
  const { comparator, ...noComparator } = kinds();
  code(workspaceOf(c, noComparator), "invalid_code", "comparator[0]");
  const { polarity, ...noPolarity } = kinds();
  code(workspaceOf(c, noPolarity), "invalid_code", "polarity[0]");
  const { target_t, ...noTargetYear } = kinds();
  code(workspaceOf(c, noTargetYear), "non_finite", "target_t[0]");
  // Only the optional columns may be left: kind 0 and fields 0 are evaluateBulk's defaults.
  const { kind, field, ...levels } = kinds();
  const ws = workspaceOf(c, levels);
  ws.evaluate();
  sameResults(ws.outputs(), c.evaluateBulk(levels));
  assert.ok(comparator && polarity && target_t && kind && field);
});

test("the shape is checked: counts, and a table the memory cannot hold", () => {
  const code = (f, expected, path) => assert.throws(f, (e) => e.name === "ChitieuError" && e.code === expected && e.path === path);
  code(() => new c.BulkWorkspace(-1, 4), "value_out_of_range", "series");
  code(() => new c.BulkWorkspace(3, 1.5), "wrong_type", "times");
  code(() => new c.BulkWorkspace("3", 4), "wrong_type", "series");
  code(() => new c.BulkWorkspace(2 ** 32, 4), "too_large", "series");
  code(() => new c.BulkWorkspace(2 ** 31, 2 ** 10), "out_of_memory", "values");
  code(() => new c.BulkWorkspace(2 ** 20, 2 ** 10), "out_of_memory", "values");
  // Nothing was lost: the module still works.
  const ws = workspaceOf(c, kinds());
  ws.evaluate();
  assert.equal(ws.outputs().ratio.length, 12);
  const empty = new c.BulkWorkspace(0, 0);
  empty.inputs();
  empty.evaluate();
  assert.equal(empty.outputs().score.length, 0);
});
