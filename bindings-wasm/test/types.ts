// Type-checked (tsc --noEmit), never run: every public function, class and data shape of the package,
// used the way a TypeScript web app would use them.
import init, {
  listPlans, loadPlan, Plan, ObservationSet, bundledObservations, Scorecard, scorecard, MilestonePath,
  interpolate, milestones, timeDistance, achievement, attained, score, growthRatio, requiredPace, project,
  ratioOfSums, weightedMean, tierCheck, dueDates, nextDue, parseNumber, parsePercent, parseAmount,
  fractionalYear, evaluateBulk, rollupRatioOfSums, nationalWorkload, memoryBytes, extractPlan, agreement, draftObservationSet,
  indicatorKind, methodLabel, yearlyRate, cumulativeChange, rankProgress, label, labels, statusColour,
} from "../pkg/web/index.js";
import type {
  PlanData, Target, Indicator, Pillar, Problem, ChitieuError, ObservationSetData, Observation, Milestone,
  Anchor, Interpolated, TimeDistance, Achievement, GrowthRatio, RequiredPace, Projection, RatioOfSums,
  WeightedMean, TierCheck, DueDate, ScorecardData, ScorecardRow, Summary, FlatRow, Settings, BulkResult,
  SeriesTable, NationalWorkload, Comparator, Curve, Tier, Point, ReportingCalendar, Category, Draft, DraftTarget, DraftObservation,
  Uncertainty, UnusedNumber, UnusedReason, Agreement, MeasureUnit, Reason, Input, ProblemCode, StatusMethod,
  IndicatorKind, Method, Lang, KindAndMethod, YearlyRateInput, YearlyRateProgress, YearRate, CumulativeInput,
  CumulativeProgress, RankPoint, RankInput, RankProgress, RankRead, FieldBasis, NotAssessable, PaceAbsent,
  LabelDomain, Labels,
} from "../pkg/web/index.js";
import * as node from "../pkg/node/chitieu.js";

async function main(): Promise<void> {
  await init();
  await init({ module_or_path: new URL("https://example.invalid/chitieu_bg.wasm") });

  const ids: string[] = listPlans();
  using plan: Plan = loadPlan(ids[0]);
  using fallback = loadPlan();
  const data: PlanData = plan.toObject();
  const id: string = plan.id;
  const json: string = plan.toJson();
  using again: Plan = Plan.fromJson(json);
  using fromObject: Plan = Plan.fromObject(data);
  const warnings: Problem[] = again.warnings;
  const problems: Problem[] = fromObject.validate();
  const targets: Target[] = plan.targetsOf("work_files_online");
  const indicator: Indicator | null = plan.indicator("work_files_online");
  const pillar: Pillar | null = plan.pillar(data.pillars[0].id);
  const years: [number | null, number] = plan.targetYears();
  const due: DueDate[] = plan.dueDates(2026);
  const next: DueDate | null = plan.nextDue("2026-11-22");
  const tier: Tier | null = targets[0].tier ?? null;

  using observations: ObservationSet = bundledObservations();
  using fromCsv = ObservationSet.fromCsv("unit;indicator;year;value\ntra_vinh;work_files_online;2023;85,5\n");
  using fromCsvChecked = ObservationSet.fromCsvForPlan("unit;indicator;year;value\n", plan);
  using fromJson = ObservationSet.fromJson(observations.toJson());
  using fromJsonChecked = ObservationSet.fromJsonForPlan(observations.toJson(), plan);
  const obsData: ObservationSetData = observations.toObject();
  using fromObj = ObservationSet.fromObject(obsData);
  using fromObjChecked = ObservationSet.fromObjectForPlan(obsData, plan);
  const count: number = fromCsv.length + fromCsvChecked.length + fromJson.length + fromJsonChecked.length + fromObj.length + fromObjChecked.length;
  const series: Observation[] = observations.series("tra_vinh", "work_files_online", tier);
  const obsWarnings: Problem[] = fromCsv.warnings;

  const settings: Settings = { curve: "auto", projection_model: "linear", interval_level: 0.9, min_assessable_share: 0.6 };
  const card: ScorecardData = scorecard(plan, observations, "2026-11-22", settings);
  const row: ScorecardRow = card.rows[0];
  const baseline: Point | null = row.baseline ?? null;
  const category: Category = row.status.category;
  const method: StatusMethod = row.status.method;
  const absent: Reason | null = row.milestone_reason ?? row.time_distance_reason ?? card.overall.reason ?? null;
  const named: Input[] = row.explanations.flatMap((x) => x.inputs);
  const firstInput: string = named.length > 0 ? `${named[0].name}=${named[0].value}` : "";
  const summaries: Summary[] = [...card.pillars, card.overall];
  using built: Scorecard = Scorecard.build(plan, observations, "2026-11-22");
  const csv: string = built.toCsv();
  const cardJson: string = built.toJson();
  const flat: FlatRow[] = built.flatRows();
  const same: ScorecardData = built.toObject();

  using path: MilestonePath = plan.indicatorPath("work_files_online", row.tier, baseline, settings);
  using own = new MilestonePath({ anchors: [{ t: 2022, value: 62 }, { t: 2025, value: 90, comparator: "at_least" }], curve: "linear" });
  const anchors: Anchor[] = path.anchors();
  const span: [number, number] = own.span();
  const ms: Milestone[] = path.milestones([2024, 2025]);
  const m: Milestone = own.at(2024);
  const distance: TimeDistance = own.timeDistance(2024, 85, "higher_is_better");

  const curve: Curve = "logistic";
  const comparator: Comparator = "at_least";
  const i: Interpolated = interpolate({ curve, t0: 2022, v0: 62, t1: 2025, v1: 90, t: 2024, bounds: [0, 100] });
  const list: Milestone[] = milestones({ anchors, curve: "linear", at: [2023] });
  const td: TimeDistance = timeDistance({ anchors, curve: "linear", t: 2023, value: 80, polarity: "higher_is_better" });
  const a: Achievement = achievement({ comparator, polarity: "higher_is_better", baseline: 62, target: 90, value: 80 });
  const ok: boolean = attained({ comparator, polarity: "higher_is_better", target: 90, value: 92 });
  const s: number = score(1.1);
  const g: GrowthRatio = growthRatio({ baseline_t: 2022, baseline: 62, target_t: 2025, target: 90, t: 2024, value: 80, comparator, polarity: "higher_is_better" });
  const pace: RequiredPace = requiredPace({ value: 80, t: 2024, target: 90, target_t: 2025 });
  const p: Projection = project({ observations: [{ t: 2020, value: 50 }, { t: 2021, value: 55 }], target: 80, target_t: 2025, comparator, polarity: "higher_is_better", model: "log_linear", level: 0.8 });
  const r: RatioOfSums = ratioOfSums(new Float64Array([9, 500]), [10, 1000], 100);
  const w: WeightedMean = weightedMean([90, 50], new Float64Array([1, 3]));
  const tc: TierCheck = tierCheck({ comparator, polarity: "higher_is_better", target: 80, units: [{ unit: "a", value: 85 }, { unit: "b", value: null }] });
  const calendar: ReportingCalendar = { schedules: [{ frequency: "quarterly", month_of_period: 3, day: 20, strictly_before: true, quote: "" }] };
  const d: DueDate[] = dueDates(calendar, 2026);
  const n: DueDate | null = nextDue(calendar, "2026-11-22");
  const numbers: number = parseNumber("11,5") + parsePercent("90,5%") + fractionalYear("2025-06-30");
  const dong: bigint = parseAmount("477.905 triệu đồng");

  // The method of each kind of indicator: the kind from the unit, the method in words, and the three methods.
  const km: KindAndMethod = indicatorKind("percent_per_year");
  const kind: IndicatorKind = km.kind;
  const lang: Lang = "vi";
  const rowMethod: Method = row.method ?? "growth_rate_ratio";
  const words: string = methodLabel(km.method, lang) + methodLabel(rowMethod, "en");
  const rateInput: YearlyRateInput = { rates: [{ year: 2022, rate: 7.9 }, { year: 2023, rate: 6.2 }], target: 11.5, target_year: 2025, comparator: "more_than", polarity: "higher_is_better" };
  const yr: YearlyRateProgress = yearlyRate(rateInput);
  const firstYear: YearRate = yr.years[0];
  const yrWhy: NotAssessable | PaceAbsent | null = yr.reason ?? yr.pace_reason ?? null;
  const cumInput: CumulativeInput = { start_t: 2019, target_t: 2030, target: 30, t: 2024, value: 18, comparator: "reach", polarity: "higher_is_better" };
  const cum: CumulativeProgress = cumulativeChange(cumInput);
  const start: RankPoint = { t: 2021, rank: 40, field: 63 };
  const rankInput: RankInput = { start, latest: { t: 2024, rank: 15 }, target: 20, target_t: 2025, comparator: "at_most", polarity: "lower_is_better" };
  const rp: RankProgress = rankProgress(rankInput);
  const latestRead: RankRead = rp.latest;
  const basis: FieldBasis = latestRead.field_basis;
  const byMethod: string = [row.status.yearly_rate?.mean_rate, row.status.cumulative_change?.ahead, row.status.rank?.projected_rank]
    .map((x) => String(x ?? "")).join(",");
  const flatMethod: string = built.flatRows()[0].method;

  const workload: NationalWorkload = nationalWorkload(2025);
  const table: SeriesTable = workload;
  const bulk: BulkResult = evaluateBulk(table, "linear", null);
  const bulkAuto: BulkResult = evaluateBulk({ ...table, values: Array.from(workload.values) }, "auto", [0, 100]);
  const rolled: Float64Array = rollupRatioOfSums(workload.numerators, workload.denominators, workload.group, workload.groups, workload.times.length, 100);
  const bytes: number = memoryBytes();

  // Drafting a plan from text: offsets are characters (code points), so quotes come from Array.from(text).
  const text = "Mục tiêu đến năm 2025: tối thiểu 90% hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng.";
  const draft: Draft = extractPlan(text);
  // A document's bytes: a Word file, a web page or text, the format from the bytes and the hint.
  const fromBytes: Draft = extractPlan(new TextEncoder().encode(`<p>${text}</p>`), "plan.html");
  const fromBuffer: Draft = extractPlan(new TextEncoder().encode(text).buffer, undefined);
  const draftData: PlanData = draft.plan;
  using draftPlan: Plan = Plan.fromObject(draftData);
  const first: DraftTarget = draft.targets[0];
  const quote: string = Array.from(text).slice(first.start, first.end).join("");
  const confidence: number = first.confidence;
  const doubts: string[] = (first.reasons ?? []).map((r: Uncertainty): string => {
    switch (r.kind) {
      case "unmatched_indicator": return r.phrase;
      case "weak_indicator_match": return `${r.phrase} ${r.indicator} ${r.score.toFixed(2)}`;
      case "comparator_carried": { const cmp: Comparator = r.comparator; return `${cmp} ${r.words}`; }
      case "comparator_guessed": return `${r.comparator} ${r.why}`;
      case "unit_guessed": { const u: MeasureUnit = r.unit; return u; }
      case "year_missing": return "year";
      case "year_guessed": return String(r.year + 0);
      case "year_from_context": return String(r.year + 0);
      case "tier_guessed": { const tr: Tier = r.tier; return tr; }
      case "aspiration": return "phấn đấu";
      case "range": return `${r.low + 0}-${r.high + 0}`;
      case "duplicate": return r.other;
      default: { const never: never = r; return never; }
    }
  });
  const reached: DraftObservation[] = draft.observations ?? [];
  const reachedYears: (number | undefined)[] = reached.map((o) => o.year);
  using reachedSet: ObservationSet = draftObservationSet(draft);
  const reachedCount: number = reachedSet.length + reachedYears.length;
  const unused: UnusedNumber[] = draft.unused_numbers ?? [];
  const why: UnusedReason[] = unused.map((u) => u.reason);
  const unusedText: string[] = unused.map((u) => `${u.text}@${u.start}..${u.end}`);
  const notes: string[] = draft.notes ?? [];
  const agree: Agreement = agreement(draft.plan, plan.toObject());
  const pr: number = agree.precision + agree.recall + agree.matched + agree.drafted + agree.reviewed;

  try {
    Plan.fromJson("{");
  } catch (e) {
    const err = e as ChitieuError;
    const code: string = err.code;
    const where: string | undefined = err.path;
    const all: Problem[] = err.problems;
    const codes: ProblemCode[] = all.map((p) => p.code);
    console.log(err.name, code, where, all.length, codes);
  }

  // The Node entry point has the same API, ready without init().
  using nodePlan: node.Plan = node.loadPlan("can_tho");
  const nodeCard: ScorecardData = node.scorecard(nodePlan, node.bundledObservations(), "2026-11-22");

  console.log(id, warnings, problems, indicator, pillar, years, due, next, count, series, obsWarnings, summaries,
    csv, cardJson, flat, same, span, ms, m, distance, i, list, td, a, ok, s, g, pace, p, r, w, tc, d, n, numbers,
    dong, bulk.milestone, bulkAuto.category, rolled, bytes, nodeCard, category, fallback.id, quote, confidence, doubts,
    why, unusedText, notes, pr, method, firstInput, absent, kind, words, firstYear.gap, yrWhy, cum.ratio, basis,
    rp.by_share, byMethod, flatMethod, draftPlan.id, fromBytes.targets.length, fromBuffer.notes, node.extractPlan(text).targets.length, node.agreement(draftData, draftData).recall);
}

/** The words of the page, from the package's table of labels. */
function words(domain: LabelDomain, lang: Lang): string {
  const table: Labels = labels(lang);
  const status: string | undefined = label("status", "target_achieved", lang);
  const colour: string = statusColour("deterioration");
  return `${table[domain]?.["at_least"] ?? ""} ${status ?? ""} ${colour}`;
}
void words;

void main();
