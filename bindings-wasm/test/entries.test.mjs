// The package's entry points, each against the full module in Node (`chitieu`): `chitieu/core` (the
// dashboard module, without the plan reader), `chitieu/reader` (the reader alone) and `chitieu/pdf` (the
// reader with PDF) export what they say, nothing more, and give the same results as the full module; a
// draft read by one module loads in another.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { chitieu as c, entry, manifest, pkg } from "./package.mjs";

const core = await entry("core", "chitieu_core_bg.wasm");
const reader = await entry("reader", "chitieu_reader_bg.wasm");
const pdf = await entry("pdf", "chitieu_pdf_bg.wasm");
const full = await import(new URL(manifest.exports["."].browser.default, pkg).href);
full.initSync({ module: readFileSync(new URL(manifest.exports["./chitieu_bg.wasm"], pkg)) });

/** The functions and classes an entry point exports, without `init`/`initSync` (every entry has those). */
const api = (module) => Object.keys(module).filter((k) => !["default", "initSync"].includes(k)).sort();
const READER = ["agreement", "extractPlan"];
/** The register of units and the merged unit: in the full module only (its data is 1.17 MB). */
const REGISTER = ["carryForward", "combine", "mergedView", "predecessors", "successors", "unitAt", "unitsOn"];
/** A draft's reported figures as observations: needs both the reader and the calculations. */
const FULL_ONLY = [...REGISTER, "draftObservationSet"];
const seed = (id) => readFileSync(new URL(`../../tests/seeds/${id}.txt`, import.meta.url), "utf8");

test("the manifest names every entry point with its declarations and module", () => {
  for (const [name, file] of [["core", "core"], ["reader", "reader"], ["pdf", "pdf"]]) {
    assert.deepEqual(manifest.exports[`./${name}`], { types: `./web/${file}.d.ts`, default: `./web/${file}.js` });
  }
  for (const file of ["web/index.d.ts", "web/core.d.ts", "web/reader.d.ts", "web/pdf.d.ts", "web/chitieu_core.d.ts",
    "web/chitieu_reader.d.ts", "web/chitieu_pdf.d.ts", "web/chitieu_bg.wasm", "web/chitieu_core_bg.wasm",
    "web/chitieu_reader_bg.wasm", "web/chitieu_pdf_bg.wasm", "node/chitieu_bg.wasm"]) {
    assert.ok(readFileSync(new URL(file, pkg)).length > 0, file);
  }
  // Node's module and the browser's full module are the same WebAssembly.
  assert.deepEqual(readFileSync(new URL("node/chitieu_bg.wasm", pkg)), readFileSync(new URL("web/chitieu_bg.wasm", pkg)));
});

test("the full module exports everything, the dashboard module all but the reader and the register, the reader only itself", () => {
  const everything = api(full);
  assert.deepEqual(api(c).sort(), everything);
  for (const name of READER) assert.ok(everything.includes(name), name);
  for (const name of FULL_ONLY) assert.ok(everything.includes(name), name);
  assert.deepEqual(api(core), everything.filter((k) => !READER.includes(k) && !FULL_ONLY.includes(k)));
  assert.deepEqual(api(reader), ["agreement", "extractPlan", "memoryBytes"]);
  assert.deepEqual(api(pdf), api(reader));
});

test("the dashboard module computes what the full module computes", () => {
  assert.deepEqual(core.listPlans(), c.listPlans());
  for (const id of c.listPlans()) {
    const [a, b] = [core.loadPlan(id), c.loadPlan(id)];
    assert.equal(a.toJson(), b.toJson());
    const [oa, ob] = [core.bundledObservations(), c.bundledObservations()];
    assert.deepEqual(core.scorecard(a, oa, "2026-11-22"), c.scorecard(b, ob, "2026-11-22"));
    for (const x of [a, b, oa, ob]) x.free();
  }
  assert.equal(core.methodLabel("mean_yearly_rate", "vi"), c.methodLabel("mean_yearly_rate", "vi"));
  assert.equal(core.parseNumber("477.905"), 477905);
  assert.throws(() => core.loadPlan("nowhere"), (e) => e.name === "ChitieuError" && e.code === "unknown_plan" && e.path === "id");
});

test("the reader modules draft what the full module drafts; their errors are ChitieuErrors", () => {
  for (const id of ["tra_vinh", "can_tho"]) {
    const draft = reader.extractPlan(seed(id));
    assert.deepEqual(draft, c.extractPlan(seed(id)));
    assert.deepEqual(pdf.extractPlan(seed(id)), draft);
    const reviewed = c.loadPlan(id);
    assert.deepEqual(reader.agreement(draft.plan, reviewed.toObject()), c.agreement(draft.plan, reviewed.toObject()));
    reviewed.free();
  }
  assert.throws(() => reader.extractPlan(5), (e) => e instanceof Error && e.name === "ChitieuError" && e.code === "wrong_type" && e.path === "text");
  assert.throws(() => reader.agreement({}, null), (e) => e.name === "ChitieuError" && e.code === "missing_field");
  assert.throws(() => pdf.extractPlan(5), (e) => e.name === "ChitieuError" && e.code === "wrong_type" && e.path === "text");
});

test("a draft read by the reader module loads as a plan in the dashboard module", () => {
  const draft = reader.extractPlan(seed("tra_vinh"));
  const plan = core.Plan.fromObject(draft.plan);
  assert.equal(plan.toObject().targets.length, draft.targets.length);
  assert.ok(draft.targets.length >= 25, `${draft.targets.length} targets`);
  const obs = core.bundledObservations();
  const card = core.scorecard(plan, obs, "2026-11-22");
  assert.equal(card.rows.length, draft.targets.length);
  plan.free();
  obs.free();
});
