// A fixed-seed slice of the fuzz campaign through the package (fuzz/fuzz.mjs; `make fuzz` runs it long).
import { test } from "node:test";
import assert from "node:assert/strict";
import { campaign } from "../fuzz/fuzz.mjs";

test("a fixed-seed slice of the fuzz campaign finds nothing", () => {
  for (const r of campaign({ cases: 300, seed: 2025 })) {
    assert.equal(r.cases, 300, r.name);
    assert.ok(r.accepted > 0, `${r.name}: no case was accepted, so only refusals were tested`);
    assert.deepEqual(r.failures, [], r.name);
  }
});
