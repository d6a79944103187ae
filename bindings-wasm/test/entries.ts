// Type-checked (tsc --noEmit), never run: the dashboard's entry point (`chitieu/core`), the bundled data's
// (`chitieu/bundled`), the readers' (`chitieu/reader`, `chitieu/pdf`) and the bulk columns' (`chitieu/bulk`), used
// the way the dashboard uses them:
// the bundled plans' JSON loaded into the dashboard module, a reader imported on first use, its draft loaded
// into a plan of the dashboard module. Each entry point declares what it exports and nothing more.
import init, { ObservationSet, scorecard, Plan, methodLabel, memoryBytes } from "../pkg/web/core.js";
import { catalogueJson, listNationalPlans, listPlans, observationsJson, planJson } from "../pkg/web/bundled.js";
import * as core from "../pkg/web/core.js";
import * as readerEntry from "../pkg/web/reader.js";
import * as pdfEntry from "../pkg/web/pdf.js";
import initScalar, { interpolate, project, parseNumber } from "../pkg/web/scalar.js";
import * as scalarEntry from "../pkg/web/scalar.js";
import type { Interpolated, Projection } from "../pkg/web/scalar.js";
import initBulk, { evaluateBulk, nationalWorkload, rollupRatioOfSums } from "../pkg/web/bulk.js";
import * as bulkEntry from "../pkg/web/bulk.js";
import type { BulkColumns, BulkResult, NationalWorkload } from "../pkg/web/bulk.js";
import type { Draft, Agreement, PlanData, ScorecardData, InitInput } from "../pkg/web/core.js";
import type { Draft as ReaderDraft, DraftTarget, Uncertainty } from "../pkg/web/reader.js";

async function dashboard(text: string): Promise<number> {
  await init();
  await init({ module_or_path: new URL("https://example.invalid/chitieu_core_bg.wasm") });
  const input: InitInput = new Uint8Array(8);
  core.initSync({ module: input as BufferSource });
  const json: string = await planJson(listPlans()[0]);
  using plan: Plan = Plan.fromJson(json);
  using nation: Plan = Plan.fromJson(await planJson(listNationalPlans()[0]));
  using observations = ObservationSet.fromJson(await observationsJson());
  const catalogue: string = await catalogueJson();
  const card: ScorecardData = scorecard(plan, observations, "2026-11-22");
  const words: string = methodLabel("mean_yearly_rate", "vi") + card.rows.length;

  // The reader: a module of its own, imported and instantiated when a text is first read.
  const reader: typeof readerEntry = await import("../pkg/web/reader.js");
  await reader.default();
  await reader.default({ module_or_path: fetch("https://example.invalid/chitieu_reader_bg.wasm") });
  reader.initSync({ module: new Uint8Array(8) });
  const draft: ReaderDraft = reader.extractPlan(text);
  const same: Draft = draft; // the data shapes are the same declarations in every entry point
  const first: DraftTarget | undefined = draft.targets[0];
  const doubts: Uncertainty[] = first?.reasons ?? [];
  const data: PlanData = same.plan;
  const agree: Agreement = reader.agreement(data, plan.toObject());
  using drafted: Plan = Plan.fromObject(data);
  const bytes: number = memoryBytes() + reader.memoryBytes();

  // A PDF: the reader with the PDF reader, imported when a PDF is given; the same API and shapes.
  const pdf: typeof pdfEntry = await import("../pkg/web/pdf.js");
  await pdf.default({ module_or_path: new URL("https://example.invalid/chitieu_pdf_bg.wasm") });
  const file = new Uint8Array(await (await fetch("https://example.invalid/ke-hoach.pdf")).arrayBuffer());
  const fromPdf: Draft = pdf.extractPlan(file, "ke-hoach.pdf");
  const fromBuffer: ReaderDraft = pdf.extractPlan(file.buffer, "application/pdf");
  const pdfAgree: Agreement = pdf.agreement(fromPdf.plan, fromBuffer.plan);

  // The bulk columns: a module of their own, typed arrays in and out.
  await initBulk({ module_or_path: new URL("https://example.invalid/chitieu_bulk_bg.wasm") });
  const w: NationalWorkload = nationalWorkload(2025);
  const out: BulkResult = evaluateBulk(w);
  const again: BulkResult = evaluateBulk(w, "linear", null, out);
  const provinces: Float64Array = rollupRatioOfSums(w.numerators, w.denominators, w.group, w.groups, w.times.length, 100);
  const workspace = new bulkEntry.BulkWorkspace(w.baseline.length, w.times.length);
  const columns: BulkColumns = workspace.inputs();
  columns.values.set(w.values);
  workspace.evaluate("linear", null);
  const inPlace: BulkResult = workspace.outputs();
  // @ts-expect-error a workspace's inputs are typed arrays, not plain arrays
  const plain: number[] = workspace.inputs().values;
  // The one-shot calculations: a module of their own, imported when a page computes on numbers of its own.
  await initScalar({ module_or_path: new URL("https://example.invalid/chitieu_scalar_bg.wasm") });
  const between: Interpolated = interpolate({ curve: "linear", t0: 2020, v0: 40, t1: 2025, v1: 90, t: 2023 });
  const outlook: Projection = project({
    observations: [{ t: 2021, value: 50 }, { t: 2022, value: 60 }, { t: 2023, value: 70 }], comparator: "at_least",
    target: 90, target_t: 2025, polarity: "higher_is_better",
  });
  using scalarPath = new scalarEntry.MilestonePath({ anchors: [{ t: 2020, value: 40 }, { t: 2025, value: 90 }], curve: "linear" });
  const typed: number = parseNumber("477.905") + between.value + scalarPath.at(2024).value;
  // @ts-expect-error the dashboard's module has no one-shot calculations
  core.interpolate({ curve: "linear", t0: 2020, v0: 40, t1: 2025, v1: 90, t: 2023 });
  // @ts-expect-error nor has the one-shot calculations' module plans
  scalarEntry.scorecard(plan, observations, "2026-11-22");
  // @ts-expect-error the dashboard's module has no bulk columns
  core.evaluateBulk(w);
  // @ts-expect-error nor has the bulk module plans
  bulkEntry.scorecard(plan, observations, "2026-11-22");

  // @ts-expect-error the dashboard's module has no reader
  core.extractPlan(text);
  // @ts-expect-error nor the bundled data
  core.loadPlan();
  // @ts-expect-error planJson takes an id, not a number
  await planJson(5);
  // @ts-expect-error the reader's module has no plans
  reader.loadPlan();
  // @ts-expect-error nor has the PDF reader's
  pdf.scorecard(plan, observations, "2026-11-22");
  return typed + outlook.observations + again.milestone.length + inPlace.score.length + plain.length + provinces.length + words.length + catalogue.length + nation.toObject().targets.length + doubts.length + agree.recall + pdfAgree.precision + drafted.toObject().targets.length + bytes;
}

void dashboard;
