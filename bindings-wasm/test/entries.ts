// Type-checked (tsc --noEmit), never run: the dashboard's entry point (`chitieu/core`) and the reader's
// (`chitieu/reader`), used the way the dashboard uses them: the reader imported on first use, its draft loaded
// into a plan of the dashboard module. Each entry point declares what it exports and nothing more.
import init, { loadPlan, listPlans, bundledObservations, scorecard, Plan, methodLabel, memoryBytes } from "../pkg/web/core.js";
import * as core from "../pkg/web/core.js";
import * as readerEntry from "../pkg/web/reader.js";
import type { Draft, Agreement, PlanData, ScorecardData, InitInput } from "../pkg/web/core.js";
import type { Draft as ReaderDraft, DraftTarget, Uncertainty } from "../pkg/web/reader.js";

async function dashboard(text: string): Promise<number> {
  await init();
  await init({ module_or_path: new URL("https://example.invalid/chitieu_core_bg.wasm") });
  const input: InitInput = new Uint8Array(8);
  core.initSync({ module: input as BufferSource });
  using plan: Plan = loadPlan(listPlans()[0]);
  using observations = bundledObservations();
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

  // @ts-expect-error the dashboard's module has no reader
  core.extractPlan(text);
  // @ts-expect-error the reader's module has no plans
  reader.loadPlan();
  return words.length + doubts.length + agree.recall + drafted.toObject().targets.length + bytes;
}

void dashboard;
