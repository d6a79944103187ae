// The package's entry points, each against the full module in Node (`chitieu`): `chitieu/core` (the
// dashboard module, without the one-shot calculations, the plan reader, the bulk columns and the bundled
// data), `chitieu/scalar` (the one-shot calculations alone), `chitieu/bundled` (the
// bundled data as JSON files), `chitieu/reader` (the reader alone), `chitieu/pdf` (the reader with PDF) and
// `chitieu/bulk` (the bulk columns alone) export what they say, nothing more, and give the same results as the
// full module; a draft read by one module loads in another.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { chitieu as c, entry, manifest, pkg } from "./package.mjs";

const core = await entry("core", "chitieu_core_bg.wasm");
const scalar = await entry("scalar", "chitieu_scalar_bg.wasm");
const reader = await entry("reader", "chitieu_reader_bg.wasm");
const pdf = await entry("pdf", "chitieu_pdf_bg.wasm");
const bulk = await entry("bulk", "chitieu_bulk_bg.wasm");
const full = await import(new URL(manifest.exports["."].browser.default, pkg).href);
const bundled = await import(new URL(manifest.exports["./bundled"].default, pkg).href);
full.initSync({ module: readFileSync(new URL(manifest.exports["./chitieu_bg.wasm"], pkg)) });

/** The functions and classes an entry point exports, without `init`/`initSync` (every entry has those). */
const api = (module) => Object.keys(module).filter((k) => !["default", "initSync"].includes(k)).sort();
const READER = ["agreement", "extractPlan"];
/** The register of units and the merged unit: in the full module only (its data is 1.17 MB). */
const REGISTER = ["carryForward", "combine", "mergedView", "predecessors", "successors", "unitAt", "unitsOn"];
/** The bundled data: in the full module; `chitieu/bundled` gives it as JSON files to the dashboard module. */
const BUNDLED = ["bundledObservations", "catalogue", "extendCatalogue", "listNationalPlans", "listPlans", "loadPlan"];
/** The bulk columns: in the full module and `chitieu/bulk`, not in the dashboard module. */
const BULK = ["BulkWorkspace", "evaluateBulk", "nationalWorkload", "rollupRatioOfSums"];
/** The one-shot calculations on plain numbers and the number readers: in the full module and `chitieu/scalar`
 * (with `MilestonePath`, which the dashboard module has too), not in the dashboard module. */
const SCALAR = ["achievement", "attained", "cumulativeChange", "dueDates", "growthRatio", "interpolate", "milestones",
  "nextDue", "parseAmount", "parseNumber", "parsePercent", "project", "rankProgress", "ratioOfSums", "requiredPace",
  "score", "tierCheck", "timeDistance", "weightedMean", "yearlyRate"];
/** A draft's reported figures as observations: needs both the reader and the calculations. */
const FULL_ONLY = [...REGISTER, ...BUNDLED, ...BULK, "draftObservationSet"];
const seed = (id) => readFileSync(new URL(`../../tests/seeds/${id}.txt`, import.meta.url), "utf8");

test("the manifest names every entry point with its declarations and module", () => {
  for (const [name, file] of [["core", "core"], ["scalar", "scalar"], ["bundled", "bundled"], ["reader", "reader"], ["pdf", "pdf"], ["bulk", "bulk"]]) {
    assert.deepEqual(manifest.exports[`./${name}`], { types: `./web/${file}.d.ts`, default: `./web/${file}.js` });
  }
  for (const file of ["web/index.d.ts", "web/core.d.ts", "web/bundled.d.ts", "web/reader.d.ts", "web/pdf.d.ts", "web/chitieu_core.d.ts",
    "web/chitieu_reader.d.ts", "web/chitieu_pdf.d.ts", "web/chitieu_bg.wasm", "web/chitieu_core_bg.wasm",
    "web/chitieu_reader_bg.wasm", "web/chitieu_pdf_bg.wasm", "web/bulk.d.ts", "web/chitieu_bulk.d.ts",
    "web/chitieu_bulk_bg.wasm", "web/scalar.d.ts", "web/chitieu_scalar.d.ts", "web/chitieu_scalar_bg.wasm",
    "node/chitieu_bg.wasm"]) {
    assert.ok(readFileSync(new URL(file, pkg)).length > 0, file);
  }
  // Node's module and the browser's full module are the same WebAssembly.
  assert.deepEqual(readFileSync(new URL("node/chitieu_bg.wasm", pkg)), readFileSync(new URL("web/chitieu_bg.wasm", pkg)));
});

test("the full module exports everything, the dashboard module all but the one-shot calculations, the reader, the register, the bulk columns and the bundled data, the others only themselves", () => {
  const everything = api(full);
  assert.deepEqual(api(c).sort(), everything);
  for (const name of READER) assert.ok(everything.includes(name), name);
  for (const name of FULL_ONLY) assert.ok(everything.includes(name), name);
  for (const name of SCALAR) assert.ok(everything.includes(name), name);
  assert.deepEqual(api(core), everything.filter((k) => !READER.includes(k) && !FULL_ONLY.includes(k) && !SCALAR.includes(k)));
  assert.deepEqual(api(scalar), [...SCALAR, "MilestonePath", "memoryBytes"].sort());
  assert.deepEqual(api(reader), ["agreement", "extractPlan", "memoryBytes"]);
  assert.deepEqual(api(pdf), api(reader));
  assert.deepEqual(api(bulk), [...BULK, "memoryBytes"].sort());
});

/** `fetch` as a browser has it for the package's files: Node's cannot read `file:` URLs. Each URL asked for is
 * kept in `fetched`. */
const fetched = [];
globalThis.fetch = async (url) => {
  fetched.push(String(url));
  try {
    return new Response(readFileSync(url));
  } catch {
    return new Response(null, { status: 404, statusText: "Not Found" });
  }
};

test("chitieu/bundled gives the full module's bundled data as JSON, which the dashboard module loads to the same plans", async () => {
  assert.deepEqual(bundled.listPlans(), c.listPlans());
  assert.deepEqual(bundled.listNationalPlans(), c.listNationalPlans());
  assert.equal(bundled.listPlans()[0], "tra_vinh");
  const ob = c.bundledObservations();
  const oa = core.ObservationSet.fromJson(await bundled.observationsJson());
  assert.equal(oa.toJson(), ob.toJson());
  for (const id of [...c.listPlans(), ...c.listNationalPlans()]) {
    const [a, b] = [core.Plan.fromJson(await bundled.planJson(id)), c.loadPlan(id)];
    assert.equal(a.toJson(), b.toJson());
    assert.deepEqual(core.scorecard(a, oa, "2026-11-22"), c.scorecard(b, ob, "2026-11-22"));
    for (const x of [a, b]) x.free();
  }
  for (const x of [oa, ob]) x.free();
  const first = core.Plan.fromJson(await bundled.planJson());
  assert.equal(first.toObject().jurisdiction.name, "Trà Vinh");
  first.free();
  assert.deepEqual(JSON.parse(await bundled.catalogueJson()), c.catalogue());
  // Each file is fetched from beside the entry point, in pkg/web/data/.
  assert.ok(fetched.every((url) => url.startsWith(new URL("web/data/", pkg).href)), fetched.join(", "));
});

test("chitieu/bundled rejects an unknown or non-string id with a ChitieuError, as loadPlan throws", async () => {
  let thrown;
  try {
    c.loadPlan("nowhere");
  } catch (e) {
    thrown = e;
  }
  await assert.rejects(bundled.planJson("nowhere"), (e) => e instanceof Error && e.name === "ChitieuError"
    && e.code === "unknown_plan" && e.path === "id" && e.message === thrown.message && e.problems.length === 0);
  await assert.rejects(bundled.planJson(5), (e) => e.name === "ChitieuError" && e.code === "wrong_type" && e.path === "id");
  // A file the server does not have: the status, not a parse error later.
  const saved = globalThis.fetch;
  globalThis.fetch = async () => new Response(null, { status: 404, statusText: "Not Found" });
  await assert.rejects(bundled.observationsJson(), /404 Not Found/);
  globalThis.fetch = saved;
});

test("the dashboard module computes what the full module computes", () => {
  // Its plans and scorecards: in the test of chitieu/bundled above; its alignments in the shared vectors.
  assert.equal(core.methodLabel("mean_yearly_rate", "vi"), c.methodLabel("mean_yearly_rate", "vi"));
  const input = { anchors: [{ t: 2020, value: 40 }, { t: 2025, value: 90 }], curve: "linear" };
  const path = new core.MilestonePath(input);
  assert.deepEqual(path.milestones([2021, 2023]), c.milestones({ ...input, at: [2021, 2023] }));
  path.free();
});

test("the one-shot calculations' module computes what the full module computes; its errors are ChitieuErrors", () => {
  // Every shared vector of its functions runs in it too (vectors.test.mjs); these are its number readers.
  assert.equal(scalar.parseNumber("477.905"), 477905);
  assert.equal(scalar.parsePercent("85,5%"), c.parsePercent("85,5%"));
  assert.equal(scalar.parseAmount("1,2 tỷ đồng"), c.parseAmount("1,2 tỷ đồng"));
  const input = { anchors: [{ t: 2020, value: 40 }, { t: 2025, value: 90 }], curve: "linear" };
  const path = new scalar.MilestonePath(input);
  assert.deepEqual(path.at(2024), c.milestones({ ...input, at: [2024] })[0]);
  path.free();
  assert.throws(() => scalar.interpolate({}), (e) => e instanceof Error && e.name === "ChitieuError" && e.code === "missing_field");
  const thrown = (f) => {
    try {
      f();
    } catch (e) {
      return [e.name, e.code, e.path, e.message];
    }
    return null;
  };
  const [full, alone] = [thrown(() => c.parseNumber("mười")), thrown(() => scalar.parseNumber("mười"))];
  assert.equal(full?.[0], "ChitieuError");
  assert.deepEqual(alone, full);
});

test("the bulk module evaluates and rolls up the national workload to the full module's bits; its errors are ChitieuErrors", () => {
  const w = bulk.nationalWorkload(2025);
  assert.equal(w.cells, 2214300);
  assert.deepEqual(w, c.nationalWorkload(2025));
  const [a, b] = [bulk.evaluateBulk(w), c.evaluateBulk(w)];
  for (const k of Object.keys(b)) assert.deepEqual(a[k], b[k], k);
  assert.ok(a.category.some((k) => k !== a.category[0]), "the categories differ from cell to cell");
  // Into the previous result's arrays, with a curve and bounds: the same as the full module.
  const again = bulk.evaluateBulk(w, "logistic", [0, 100], a);
  assert.equal(again.milestone, a.milestone);
  assert.deepEqual(again, c.evaluateBulk(w, "logistic", [0, 100]));
  const r = bulk.rollupRatioOfSums(w.numerators, w.denominators, w.group, w.groups, w.times.length, 100);
  assert.deepEqual(r, c.rollupRatioOfSums(w.numerators, w.denominators, w.group, w.groups, w.times.length, 100));
  assert.equal(r.length, w.groups * w.times.length);
  assert.throws(() => bulk.evaluateBulk({}), (e) => e instanceof Error && e.name === "ChitieuError" && e.code === "missing_field");
  assert.throws(() => bulk.evaluateBulk(w, "sideways"), (e) => e.name === "ChitieuError" && e.path === "curve");
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
  const bundledObs = c.bundledObservations();
  const obs = core.ObservationSet.fromJson(bundledObs.toJson());
  bundledObs.free();
  const card = core.scorecard(plan, obs, "2026-11-22");
  assert.equal(card.rows.length, draft.targets.length);
  plan.free();
  obs.free();
});
