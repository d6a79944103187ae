// Size and speed of the WebAssembly package (a benchmark, not a test): the size of each module raw and
// gzipped (-9) against its goal, the time to compile and instantiate it, and bulk throughput on the national workload in Node against the
// native core measured in the same run (`cargo run --release --example national_workload`).
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { performance } from "node:perf_hooks";
import { gzipSync } from "node:zlib";

const here = new URL("..", import.meta.url).pathname;
const wasmPath = `${here}pkg/web/chitieu_bg.wasm`;
const bytes = readFileSync(wasmPath);
const KB = 1024;
/** Each module the package ships (see the Makefile's "Modules"), with its goal in KB gzipped (issue 14). */
const MODULES = [
  ["dashboard module, without the reader (chitieu_core_bg.wasm)", "chitieu_core_bg.wasm", 200],
  ["one-shot calculations, loaded when used (chitieu_scalar_bg.wasm)", "chitieu_scalar_bg.wasm", null],
  ["plan reader, loaded on first use (chitieu_reader_bg.wasm)", "chitieu_reader_bg.wasm", null],
  ["plan reader with PDF, loaded when a PDF is opened (chitieu_pdf_bg.wasm)", "chitieu_pdf_bg.wasm", null],
  ["bulk columns, for national views (chitieu_bulk_bg.wasm)", "chitieu_bulk_bg.wasm", null],
  ["full package, all five plans and the reader (chitieu_bg.wasm)", "chitieu_bg.wasm", 300],
];
const sizes = MODULES.map(([what, file, goal]) => {
  const raw = readFileSync(`${here}pkg/web/${file}`);
  return { what, goal, raw: raw.length, gz: gzipSync(raw, { level: 9 }).length };
});

// Instantiation: compile and instantiate the module from bytes (what a page does after fetching it).
const web = await import(`${here}pkg/web/index.js`);
const t0 = performance.now();
const module = await WebAssembly.compile(bytes);
const t1 = performance.now();
web.initSync({ module });
const t2 = performance.now();
// The same for the dashboard module, which a page loads first.
const coreBytes = readFileSync(`${here}pkg/web/chitieu_core_bg.wasm`);
const coreEntry = await import(`${here}pkg/web/core.js`);
const c0 = performance.now();
coreEntry.initSync({ module: await WebAssembly.compile(coreBytes) });
const c1 = performance.now();

// Bulk throughput: the national workload through evaluateBulk (copying the columns in and the results
// out included), best of 5 after one warm-up, in Node's CommonJS build (the full module, its core built at
// opt-level 3); then in the bulk module (`chitieu/bulk`, the browser's, its core built at opt-level 3 too).
const c = createRequire(import.meta.url)("../pkg");
const w = c.nationalWorkload(2025);
/** The best time of `runs` calls of `f`, in milliseconds. */
function bestOf(runs, f) {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const s = performance.now();
    f();
    best = Math.min(best, performance.now() - s);
  }
  return best;
}
c.evaluateBulk(w);
const best = bestOf(5, () => c.evaluateBulk(w));
// The same with a previous result passed as `out`: its typed arrays are rewritten, none allocated.
const out = c.evaluateBulk(w);
const reused = bestOf(5, () => c.evaluateBulk(w, "linear", null, out));
const wasmRate = w.cells / (Math.min(best, reused) / 1000) / 1e6;
// The same into a reused result in the bulk module (`chitieu/bulk`).
const bulkEntry = await import(`${here}pkg/web/bulk.js`);
bulkEntry.initSync({ module: readFileSync(`${here}pkg/web/chitieu_bulk_bg.wasm`) });
const bulkOut = bulkEntry.evaluateBulk(w);
const bulkReused = bestOf(5, () => bulkEntry.evaluateBulk(w, "linear", null, bulkOut));
const bulkRate = w.cells / (bulkReused / 1000) / 1e6;
// The same in a BulkWorkspace: the table written once into the module's memory through views, the kernel
// run on it in place and its results left there, so that nothing crosses the boundary (evaluateBulk copies
// 135 MB in and out); in the full module and in the bulk module.
/** Best of 5 of `evaluate()` on a workspace of the workload, in milliseconds. */
function timeWorkspace(entryModule) {
  const ws = new entryModule.BulkWorkspace(w.baseline.length, w.times.length);
  const inputs = ws.inputs();
  for (const key of ["baseline_t", "baseline", "target_t", "target", "comparator", "polarity", "times", "values"]) {
    inputs[key].set(w[key]);
  }
  ws.evaluate();
  const ms = bestOf(5, () => ws.evaluate());
  ws.free();
  return ms;
}
const workspace = timeWorkspace(c);
const workspaceRate = w.cells / (workspace / 1000) / 1e6;
const bulkWorkspace = timeWorkspace(bulkEntry);
const bulkWorkspaceRate = w.cells / (bulkWorkspace / 1000) / 1e6;
const rollup = bestOf(3, () => c.rollupRatioOfSums(w.numerators, w.denominators, w.group, w.groups, w.times.length, 100));

// The plan-text reader: a 1 MB document (the five seed texts, repeated) through extractPlan, the draft
// converted to plain objects included; best of 3 after one warm-up. In the reader's module (`chitieu/reader`,
// what a page loads to read a plan; its core built at opt-level 3), and in the full module (Node's entry
// point; its core built at opt-level 3 too).
const seeds = ["tay_ninh_city", "tien_giang", "binh_dinh_2024", "tra_vinh", "can_tho"]
  .map((id) => readFileSync(`${here}../tests/seeds/${id}.txt`, "utf8")).join("\n");
const doc = seeds.repeat(Math.ceil(1_048_576 / Buffer.byteLength(seeds)));
const readerEntry = await import(`${here}pkg/web/reader.js`);
readerEntry.initSync({ module: readFileSync(`${here}pkg/web/chitieu_reader_bg.wasm`) });
/** Best of 3 after a warm-up: (milliseconds, targets drafted). */
function timeExtract(extractPlan) {
  extractPlan(doc);
  let drafted = 0;
  const ms = bestOf(3, () => {
    drafted = extractPlan(doc).targets.length;
  });
  return [ms, drafted];
}
const [extract, drafted] = timeExtract(readerEntry.extractPlan);
const [extractFull] = timeExtract(c.extractPlan);

// The native core, same workload, same machine, same run.
// The Makefile's size settings for the wasm build (CARGO_PROFILE_*) must not reach the native build.
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("CARGO_PROFILE_")));
const native = execFileSync("cargo", ["run", "--locked", "-q", "--release", "-p", "chitieu", "--example", "national_workload"], {
  cwd: `${here}..`,
  env,
  encoding: "utf8",
  stdio: ["ignore", "pipe", "inherit"],
});
const nativeRate = Number(/([\d.]+) million cells\/s/.exec(native)?.[1] ?? NaN);
const ratio = wasmRate / nativeRate;
const workspaceRatio = workspaceRate / nativeRate;

const verdict = (ok) => (ok ? "meets target" : "MISSES target");
for (const { what, goal, raw, gz } of sizes) {
  const against = goal === null ? "no goal of its own" : `target < ${goal} KB gzipped: ${verdict(gz < goal * KB)}`;
  console.log(`wasm size, ${what}: ${(raw / KB).toFixed(0)} KB raw, ${(gz / KB).toFixed(0)} KB gzipped (${against})`);
}
console.log(`instantiate: compile ${(t1 - t0).toFixed(1)} ms + instantiate ${(t2 - t1).toFixed(1)} ms = ${(t2 - t0).toFixed(1)} ms (Node ${process.version}); dashboard module ${(c1 - c0).toFixed(1)} ms`);
console.log(`bulk evaluate, national workload (${w.cells} cells): best of 5 ${best.toFixed(1)} ms with fresh typed arrays, ${reused.toFixed(1)} ms into a reused result (out); ${wasmRate.toFixed(1)} million cells/s in Node`);
console.log(`native core, same run, one core: ${nativeRate.toFixed(1)} million cells/s`);
console.log(`wasm / native (one core each), evaluateBulk (its columns copied in and its results out): ${(ratio * 100).toFixed(1)}%`);
console.log(`BulkWorkspace.evaluate (the table and results in the module's memory, nothing copied; as the native figure, into reused columns): best of 5 ${workspace.toFixed(1)} ms, ${workspaceRate.toFixed(1)} million cells/s`);
console.log(`wasm / native (one core each), BulkWorkspace: ${(workspaceRatio * 100).toFixed(1)}% (target at least 50%: ${verdict(workspaceRatio >= 0.5)})`);
console.log(`the bulk module (chitieu/bulk, the browser's), into a reused result: best of 5 ${bulkReused.toFixed(1)} ms, ${bulkRate.toFixed(1)} million cells/s, ${((bulkRate / nativeRate) * 100).toFixed(1)}% of native; BulkWorkspace: ${bulkWorkspace.toFixed(1)} ms, ${bulkWorkspaceRate.toFixed(1)} million cells/s, ${((bulkWorkspaceRate / nativeRate) * 100).toFixed(1)}% of native`);
console.log(`roll-up ratio of sums (${w.group.length} commune series x ${w.times.length} years): best of 3 ${rollup.toFixed(1)} ms`);
console.log(`extractPlan, ${(Buffer.byteLength(doc) / KB / KB).toFixed(2)} MB document (${drafted} targets drafted), reader module: best of 3 ${extract.toFixed(0)} ms (target under 500 ms in Node: ${verdict(extract < 500)}); full module: ${extractFull.toFixed(0)} ms`);
