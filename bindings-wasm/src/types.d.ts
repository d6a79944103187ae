
// ---- Codes (snake_case, as in the canonical JSON) ----

/** A target's comparator: ≥, >, reach (≥ or ≤ by polarity), ≤, <, about (within a tolerance). */
export type Comparator = "at_least" | "more_than" | "reach" | "at_most" | "less_than" | "about";
/** Whether higher or lower values are better. */
export type Polarity = "higher_is_better" | "lower_is_better";
/** The tier a target applies to; `own_unit` is the plan unit's own level. */
export type Tier = "province" | "district" | "commune" | "own_unit";
/** Level of an administrative unit. */
export type Level = "national" | "province" | "district" | "commune";
/** Unit of measure of an indicator. */
export type MeasureUnit =
  | "percent" | "percent_of_grdp" | "percent_of_plan" | "percent_per_year" | "percent_increase"
  | "percent_reduction" | "rank" | "count" | "per_thousand_people" | "dong" | "index" | "usd" | "hectare"
  | "tonne" | "kilometre" | "cubic_metre" | "cubic_metre_per_day" | "litre" | "square_metre"
  | "square_metre_per_person" | "megawatt" | "kilowatt_hour" | "years" | "mbps" | "days"
  | "quintal_per_hectare" | "children_per_woman" | "boys_per_hundred_girls";
/** Shape of a milestone path between two anchors. */
export type Curve = "linear" | "compound" | "logistic" | "step" | "auto";
/** What a projection fits. */
export type Model = "linear" | "log_linear";
/** How often a report is due. */
export type Frequency = "monthly" | "quarterly" | "semi_annual" | "annual";
/** Progress categories, best first. */
export type Category =
  | "target_achieved" | "substantial_progress" | "moderate_progress" | "limited_progress"
  | "deterioration" | "not_assessable";
/** Why progress cannot be assessed. */
export type NotAssessable =
  | "one_observation" | "target_not_after_baseline" | "non_positive_values" | "near_baseline"
  | "no_observations" | "no_target_year" | "no_milestone" | "rate_out_of_range" | "target_equals_start"
  | "baseline_beyond_target" | "at_period_start" | "non_positive_growth_factor" | "non_positive_target_rate"
  | "rank_outside_field" | "tier_abolished";
/** Why a ratio of an achievement is absent. */
export type RatioAbsent =
  | "negative_values" | "zero_denominator" | "no_baseline" | "maintain_target" | "baseline_beyond_target"
  | "out_of_range";
/** Why a required pace is absent. */
export type PaceAbsent = "target_year_passed" | "non_positive_values" | "no_target_year";
/** Where a projection puts the target. */
export type Outlook = "on_track" | "needs_acceleration" | "regression";
/** Why (part of) a projection is absent. */
export type ProjectionAbsent =
  | "too_few_observations" | "observations_at_one_time" | "non_positive_values" | "no_residual_degrees_of_freedom"
  | "out_of_range";
/** Why a path never reaches a value. */
export type Unreached = "below_baseline" | "beyond_final_target";
/** What a milestone value is. */
export type MilestoneKind = "baseline" | "stated" | "interpolated" | "held";
/** Why a number of the scorecard (a milestone, a time distance, a pillar's mean score) is absent. */
export type Reason =
  | "no_target_year" | "unknown_indicator" | "no_observations" | "too_few_anchors" | "before_path"
  | "anchors_not_increasing" | "curve_needs_positive_values" | "curve_needs_values_inside_bounds"
  | "invalid_segment" | "outside_segment" | "non_finite" | "below_baseline" | "beyond_final_target"
  | "insufficient_data" | "tier_abolished";
/** How a target's status was decided. */
export type StatusMethod =
  | "attained" | "growth_rate_ratio" | "milestone_path" | "none" | "mean_yearly_rate" | "straight_path" | "rank_pace";
/** What kind of quantity an indicator measures, from its unit (`indicatorKind`). */
export type IndicatorKind = "level_or_share" | "yearly_rate" | "cumulative_change" | "rank";
/**
 * The method that judges progress towards a target, one per kind of indicator: the growth-rate ratio (a level
 * or share), the mean yearly rate (a yearly rate), a straight path from 0 (a cumulative change), the rank pace
 * (a rank). `methodLabel` gives it in words.
 */
export type Method = "growth_rate_ratio" | "mean_yearly_rate" | "straight_path" | "rank_pace";
/** A language of labels (`methodLabel`). */
export type Lang = "vi" | "en";
/** What kind of thing a label names (`label(domain, code, lang)`). */
export type LabelDomain =
  | "status" | "reason" | "not_assessable" | "comparator" | "tier" | "level" | "unit" | "milestone_kind"
  | "indicator_kind" | "method" | "curve" | "frequency" | "verdict" | "merge_reason" | "text";
/** Every label in one language, by domain and code (`labels(lang)`). */
export type Labels = { [domain in LabelDomain]?: { [code: string]: string } };
/** Where a rank's field (the number of units ranked) comes from. */
export type FieldBasis = "observed" | "default_by_year" | "start" | "given";
/** Which value a scorecard row judges: its target year's, or the latest. */
export type ValueBasis = "target_year" | "latest";
/** Kind of an administrative unit. */
export type UnitKind =
  | "country" | "province" | "centrally_run_city" | "provincial_city" | "town" | "rural_district"
  | "urban_district" | "commune" | "ward" | "township" | "special_zone";
/** What became of a unit in a reorganisation. */
export type SuccessionKind = "merged" | "tier_abolished" | "split" | "renamed";
/** Kind of a plan's document. */
export type DocumentKind = "decision" | "plan" | "resolution" | "scheme";
/** Whether a problem rejects the input. */
export type Severity = "error" | "warning";
/** What a problem in an input document is (a `ChitieuError`'s `code` may also be a calculation's own code). */
export type ProblemCode =
  | "empty_input" | "truncated_input" | "json_syntax" | "wrong_type" | "missing_field" | "unknown_field"
  | "non_finite" | "percent_out_of_range" | "value_out_of_range" | "unknown_indicator" | "unknown_pillar"
  | "duplicate_id" | "invalid_id" | "year_out_of_range" | "comparator_contradicts_polarity"
  | "budget_lines_mismatch" | "budget_subtotal_mismatch" | "negative_amount" | "invalid_period" | "empty_text"
  | "invalid_number" | "invalid_date" | "blank_cell" | "missing_column" | "ragged_row" | "share_as_fraction"
  | "ratio_mismatch" | "invalid_denominator" | "invalid_deadline" | "unknown_id" | "level_mismatch"
  | "unsupported_version" | "duplicate_key" | "too_many_problems" | "unbalanced_quote" | "split_decimal"
  | "kind_mismatch";
/** An ISO date, `YYYY-MM-DD`. */
export type IsoDate = string;

// ---- Errors ----

/** One problem in an input document: where, what (a stable code), and what would be accepted. */
export interface Problem {
  path: string;
  code: ProblemCode;
  message: string;
  expected: string;
  severity: Severity;
}

/** Every error this package throws: `name` is `"ChitieuError"`, `code` the core's stable code. */
export interface ChitieuError extends Error {
  name: "ChitieuError";
  code: string;
  /**
   * Where in the input, when it applies: `targets[12].value` in a document, `weights[0]` in a column, the
   * field of an input object as the core names it (`value`, `anchors[1].t`), or an argument and its field
   * (`settings.curve`).
   */
  path?: string;
  /** Every problem of a document that failed to load, errors first; empty for other errors. */
  problems: Problem[];
}

// ---- The plan ----

export interface Succession {
  on: IsoDate;
  kind: SuccessionKind;
  into?: string[];
  into_names?: string[];
  basis: string;
}

export interface AdministrativeUnit {
  id: string;
  name: string;
  /** The official code (province 2 digits, district 3, commune 5), where the unit has one; codes are reused. */
  code?: string | null;
  kind: UnitKind;
  level: Level;
  parent?: string | null;
  existed_from?: IsoDate | null;
  succeeded_by?: Succession | null;
}

export interface PlanDocument {
  kind: DocumentKind;
  number?: string;
  issuer: string;
  signer?: string;
  signed_on?: IsoDate;
  title: string;
  source?: string;
}

export interface Period {
  from?: number;
  to: number;
  horizon?: number;
}

export interface Pillar {
  id: string;
  name_vi: string;
  name_en: string;
}

export interface Indicator {
  id: string;
  name_vi: string;
  name_en: string;
  unit: MeasureUnit;
  polarity: Polarity;
  pillar: string;
  scope?: string[];
  note?: string | null;
}

export interface Target {
  id: string;
  indicator: string;
  year?: number | null;
  tier?: Tier | null;
  comparator: Comparator;
  value: number;
  tolerance?: number | null;
  quote: string;
  note?: string | null;
}

export type FundingSource = "central" | "provincial" | "enterprise" | "other" | "unspecified";
export type SpendingKind = "investment" | "recurrent" | "unspecified";

export interface BudgetLine {
  source: FundingSource;
  kind: SpendingKind;
  /** Integer đồng. */
  amount: number;
  quote: string;
}

export interface Subtotal {
  source?: FundingSource | null;
  kind?: SpendingKind | null;
  amount: number;
  quote: string;
}

export interface Budget {
  total: number;
  quote: string;
  lines?: BudgetLine[];
  subtotals?: Subtotal[];
}

export interface ReportSchedule {
  frequency: Frequency;
  month_of_period: number;
  day: number;
  strictly_before: boolean;
  quote: string;
}

export interface ReportingCalendar {
  recipient?: string;
  schedules: ReportSchedule[];
}

/** A plan as data: the shape of its canonical JSON. */
export interface PlanData {
  format_version: number;
  id: string;
  jurisdiction: AdministrativeUnit;
  document: PlanDocument;
  period: Period;
  pillars: Pillar[];
  indicators: Indicator[];
  targets: Target[];
  budget?: Budget;
  reporting?: ReportingCalendar;
  notes?: string[];
}

// ---- Observations ----

export interface Observation {
  unit: string;
  indicator: string;
  /** The year of the value (its end); an observation has a `year` or a `date`. */
  year?: number;
  date?: IsoDate;
  tier?: Tier;
  value: number;
  numerator?: number;
  denominator?: number;
  /** For a rank, the number of units ranked (63 until the 2023 DTI, 34 from 2024); absent: taken from the year. */
  field?: number;
  source?: string;
  note?: string;
}

export interface ObservationSetData {
  format_version: number;
  observations: Observation[];
  notes?: string[];
}

// ---- Milestones ----

export interface InterpolateInput {
  curve: Curve;
  t0: number;
  v0: number;
  t1: number;
  v1: number;
  t: number;
  /** Bounds of the logistic curve; percent (0..100) when absent for `logistic`. */
  bounds?: [number, number] | null;
}

export interface Interpolated {
  value: number;
  curve_used: Curve;
}

/** A point a path passes through: a baseline (no comparator) or a target. */
export interface Anchor {
  t: number;
  value: number;
  comparator?: Comparator | null;
  target?: string | null;
}

export interface PathInput {
  anchors: Anchor[];
  curve: Curve;
  bounds?: [number, number] | null;
}

export interface MilestonesInput extends PathInput {
  at: number[];
}

export interface TimeDistanceInput extends PathInput {
  t: number;
  value: number;
  polarity: Polarity;
}

export interface Milestone {
  t: number;
  value: number;
  kind: MilestoneKind;
  comparator?: Comparator | null;
  curve?: Curve | null;
  target?: string | null;
}

/** Years ahead (+) of or behind (-) the path, or why the path never reaches the value. */
export interface TimeDistance {
  years: number | null;
  reason: Unreached | null;
}

// ---- Attainment and progress ----

export interface AttainedInput {
  comparator: Comparator;
  polarity: Polarity;
  value: number;
  target: number;
  tolerance?: number | null;
}

export interface AchievementInput extends AttainedInput {
  baseline?: number | null;
}

export interface Achievement {
  attained: boolean;
  percent_of_target?: number | null;
  percent_of_target_reason?: RatioAbsent | null;
  progress_from_baseline?: number | null;
  progress_from_baseline_reason?: RatioAbsent | null;
  gap: number;
}

export interface GrowthInput {
  baseline_t: number;
  baseline: number;
  target_t: number;
  target: number;
  t: number;
  value: number;
  comparator: Comparator;
  polarity: Polarity;
  tolerance?: number | null;
}

export interface GrowthRatio {
  category: Category;
  score?: number | null;
  cagr_actual?: number | null;
  cagr_required?: number | null;
  ratio?: number | null;
  reason?: NotAssessable | null;
}

export interface PaceInput {
  value: number;
  t: number;
  target: number;
  target_t: number;
}

export interface RequiredPace {
  linear?: number | null;
  compound?: number | null;
  reason?: PaceAbsent | null;
}

// ---- The method of each kind of indicator ----

/** The kind of quantity a unit measures and the method that judges it (`indicatorKind`). */
export interface KindAndMethod {
  kind: IndicatorKind;
  method: Method;
}

export interface YearlyRateInput {
  /** Each observed year's rate, in percent, in year order. */
  rates: { year: number; rate: number }[];
  /** The target rate, percent a year. */
  target: number;
  /** The last year of the period; absent, no required rate (`pace_reason` `no_target_year`). */
  target_year?: number | null;
  comparator: Comparator;
  polarity: Polarity;
  tolerance?: number | null;
}

/** One year's rate against the target rate. */
export interface YearRate {
  year: number;
  rate: number;
  attained: boolean;
  /** `d (V - r)`: positive means short of the target rate by that many points. */
  gap: number;
}

/** Progress of a yearly rate: each year against the target rate, and the geometric mean rate. */
export interface YearlyRateProgress {
  category: Category;
  score?: number | null;
  years: YearRate[];
  years_attained: number;
  /** `((Π(1 + r_i/100))^(1/n) - 1)·100`, percent a year. */
  mean_rate?: number | null;
  ratio?: number | null;
  /** The rate each remaining year needs for the mean over the period to meet the target. */
  required_rate?: number | null;
  remaining_years?: number | null;
  reason?: NotAssessable | null;
  pace_reason?: PaceAbsent | null;
}

export interface CumulativeInput {
  /** Start of the period, where the change is 0 (the start of 2020 is 2019). */
  start_t: number;
  target_t: number;
  target: number;
  t: number;
  /** The change achieved by `t`. */
  value: number;
  comparator: Comparator;
  polarity: Polarity;
  tolerance?: number | null;
}

/** Progress of a cumulative change along its straight path from 0. */
export interface CumulativeProgress {
  category: Category;
  score?: number | null;
  /** The straight path at `t`. */
  path_value?: number | null;
  /** Ahead (+) of or behind (-) the path, in the indicator's unit. */
  ahead?: number | null;
  /** Change a year so far. */
  pace_achieved?: number | null;
  /** Change a year the path requires. */
  pace_required?: number | null;
  ratio?: number | null;
  /** Change a year still needed. */
  required_pace?: number | null;
  reason?: NotAssessable | null;
  pace_reason?: PaceAbsent | null;
}

/** A rank observed at a time, among a field of units. */
export interface RankPoint {
  t: number;
  /** Position, 1 is first. */
  rank: number;
  /** Units ranked; absent, 63 until 2023 and 34 from 2024. */
  field?: number | null;
}

export interface RankInput {
  start: RankPoint;
  latest: RankPoint;
  target: number;
  target_t?: number | null;
  /** The field the target is among; absent, the start's. */
  target_field?: number | null;
  comparator: Comparator;
  polarity: Polarity;
  tolerance?: number | null;
}

/** A rank as the rank method read it: raw, among its field, and as a share of it. */
export interface RankRead {
  t: number;
  rank: number;
  field: number;
  field_basis: FieldBasis;
  /** `rank / field`. */
  share: number;
  /** The rank in the target's field (the raw rank when the fields are the same). */
  equivalent_rank: number;
}

/** Progress of a rank: positions gained a year against positions needed. */
export interface RankProgress {
  category: Category;
  score?: number | null;
  start: RankRead;
  latest: RankRead;
  target_field: number;
  target_field_basis: FieldBasis;
  target_share: number;
  /** The ranks were compared by their share of the field (their fields differ). */
  by_share: boolean;
  attained: boolean;
  positions_gained_per_year?: number | null;
  positions_needed_per_year?: number | null;
  ratio?: number | null;
  /** Positions a year still needed. */
  required_pace?: number | null;
  /** The rank at the target year at the pace so far, in the latest field. */
  projected_rank?: number | null;
  reason?: NotAssessable | null;
  pace_reason?: PaceAbsent | null;
}

export interface ProjectInput {
  observations: { t: number; value: number }[];
  baseline?: number | null;
  target: number;
  target_t: number;
  comparator: Comparator;
  polarity: Polarity;
  tolerance?: number | null;
  /** Default `linear`. */
  model?: Model | null;
  /** Coverage of the interval; default 0.9. */
  level?: number | null;
}

export interface Projection {
  projected?: number | null;
  gap_ratio?: number | null;
  outlook?: Outlook | null;
  interval?: [number, number] | null;
  probability?: number | null;
  reason?: ProjectionAbsent | null;
  fit?: [number, number] | null;
  observations: number;
}

// ---- Roll-ups ----

export interface RatioOfSums {
  value: number;
  numerator: number;
  denominator: number;
  units: number;
}

export interface WeightedMean {
  value: number;
  total_weight: number;
  units: number;
}

export interface TierCheckInput {
  comparator: Comparator;
  polarity: Polarity;
  target: number;
  tolerance?: number | null;
  units: { unit: string; value: number | null }[];
}

export interface TierCheck {
  units: number;
  reported: number;
  attaining: number;
  share_attaining?: number | null;
  not_attaining: string[];
  missing: string[];
}

// ---- Reporting calendar ----

export interface DueDate {
  schedule: number;
  frequency: Frequency;
  period: number;
  year: number;
  deadline: IsoDate;
  last_day: IsoDate;
}

// ---- Scorecard ----

export interface Settings {
  curve: Curve;
  projection_model: Model;
  interval_level: number;
  min_assessable_share: number;
}

export interface Point {
  t: number;
  year: number;
  date?: IsoDate | null;
  value: number;
  source?: string | null;
  note?: string | null;
}

export interface Status {
  category: Category;
  score?: number | null;
  method: StatusMethod;
  reason?: NotAssessable | null;
  growth?: GrowthRatio | null;
  /** Each year's rate and the mean rate, for a yearly rate. */
  yearly_rate?: YearlyRateProgress | null;
  /** The straight path and the paces, for a cumulative change. */
  cumulative_change?: CumulativeProgress | null;
  /** The ranks, their fields and the paces in positions, for a rank. */
  rank?: RankProgress | null;
}

/** One named input of an explanation (`y`, `V`, `B`, `t0`). */
export interface Input {
  name: string;
  value: number;
}

export interface Explanation {
  quantity: string;
  formula: string;
  inputs: Input[];
  result?: number | null;
  note?: string | null;
}

export interface ScorecardRow {
  target: string;
  indicator: string;
  name_vi: string;
  name_en: string;
  pillar: string;
  year?: number | null;
  tier?: Tier | null;
  comparator: Comparator;
  target_value: number;
  unit: MeasureUnit;
  polarity: Polarity;
  /**
   * The method that judges the target, from the kind of its indicator (`methodLabel` gives it in words). Always
   * written by this package; optional because a scorecard written before methods were named reads without it
   * (as `growth_rate_ratio`).
   */
  method?: Method;
  observed_unit?: string | null;
  proxy: boolean;
  observations: number;
  baseline?: Point | null;
  latest?: Point | null;
  value_basis?: ValueBasis | null;
  milestone?: Milestone | null;
  milestone_reason?: Reason | null;
  achievement?: Achievement | null;
  status: Status;
  time_distance?: number | null;
  time_distance_reason?: Reason | null;
  required_pace?: RequiredPace | null;
  projection?: Projection | null;
  explanations: Explanation[];
}

export interface Summary {
  pillar?: string | null;
  name_en: string;
  name_vi: string;
  indicators: number;
  assessable: number;
  mean_score?: number | null;
  reason?: Reason | null;
  attained: number;
  targets: number;
}

export interface ScorecardData {
  plan: string;
  unit: string;
  as_of: IsoDate;
  as_of_t: number;
  settings: Settings;
  rows: ScorecardRow[];
  pillars: Summary[];
  overall: Summary;
}

export interface FlatRow {
  target: string;
  pillar: string;
  indicator: string;
  name_en: string;
  name_vi: string;
  year?: number | null;
  tier?: string | null;
  comparator: string;
  target_value: number;
  unit: string;
  /** Code of the method that judges the target (a `Method`). */
  method: string;
  milestone?: number | null;
  milestone_kind?: string | null;
  latest_value?: number | null;
  latest_year?: number | null;
  latest_source?: string | null;
  observed_unit?: string | null;
  proxy: boolean;
  attained?: boolean | null;
  percent_of_target?: number | null;
  progress_from_baseline?: number | null;
  gap?: number | null;
  status: string;
  score?: number | null;
  status_reason?: string | null;
  time_distance?: number | null;
  projected?: number | null;
  probability?: number | null;
}

// ---- Bulk ----

/**
 * Columns of many series: per-series columns have one entry per series, `times` one per column, `values`
 * `series × times` entries row-major (`NaN` where there is no value). Plain arrays of numbers work too.
 */
export interface SeriesTable {
  baseline_t: Float64Array | number[];
  baseline: Float64Array | number[];
  target_t: Float64Array | number[];
  target: Float64Array | number[];
  /** 0 at_least, 1 more_than, 2 reach, 3 at_most, 4 less_than, 5 about. */
  comparator: Uint8Array | number[];
  /** 1 higher is better, -1 lower is better. */
  polarity: Int8Array | number[];
  times: Float64Array | number[];
  values: Float64Array | number[];
  /** Kind of each series' indicator, which decides its method: 0 level or share (growth-rate ratio),
   * 1 yearly rate (mean rate from `baseline_t`), 2 cumulative change (straight path from 0 at `baseline_t`),
   * 3 rank (positions gained a year). Absent: every series is a level or share. */
  kind?: Uint8Array | number[] | null;
  /** Units ranked in each series' baseline ranking (ranks only); 0 or absent: by year (63 until 2023, 34 after). */
  baseline_field?: Uint32Array | number[] | null;
  /** Units ranked in each cell's ranking, `series × times` (ranks only); 0 or absent: by year. */
  field?: Uint32Array | number[] | null;
}

/** Output columns, each `series × times` row-major, except `curve_used` (one per series). */
/** The input columns of a `BulkWorkspace`: views of the module's memory, the keys of `SeriesTable` with
 * every optional column present (`kind` 0 and the fields 0 are `evaluateBulk`'s defaults). */
export interface BulkColumns {
  baseline_t: Float64Array;
  baseline: Float64Array;
  target_t: Float64Array;
  target: Float64Array;
  comparator: Uint8Array;
  polarity: Int8Array;
  kind: Uint8Array;
  baseline_field: Uint32Array;
  times: Float64Array;
  values: Float64Array;
  field: Uint32Array;
}

export interface BulkResult {
  milestone: Float64Array;
  /** 1 attained, 0 not, 2 no value. */
  attained: Uint8Array;
  gap: Float64Array;
  percent_of_target: Float64Array;
  progress_from_baseline: Float64Array;
  ratio: Float64Array;
  score: Float64Array;
  /** 0 target achieved ... 4 deterioration, 5 not assessable. */
  category: Uint8Array;
  /** 0 linear, 1 compound, 2 logistic, 3 step. */
  curve_used: Uint8Array;
}

/** The national-scale benchmark workload: a table plus the communes' roll-up columns. */
export interface NationalWorkload {
  baseline_t: Float64Array;
  baseline: Float64Array;
  target_t: Float64Array;
  target: Float64Array;
  comparator: Uint8Array;
  polarity: Int8Array;
  times: Float64Array;
  values: Float64Array;
  numerators: Float64Array;
  denominators: Float64Array;
  group: Uint32Array;
  groups: number;
  cells: number;
}

// ---- Drafting a plan from text ----

/** Why a number was not used as a target. */
export type UnusedReason =
  | "year" | "date" | "document_number" | "section_number" | "service_level" | "age" | "count" | "technology"
  | "place_name" | "page_furniture" | "budget" | "reporting" | "share_above100" | "range_bound"
  | "no_unit" | "restated" | "national" | "comparison";

/** Why a drafted target needs a look: a union on `kind`. */
export type Uncertainty =
  /** The words naming what is measured match no known indicator: a new id was made from them. */
  | { kind: "unmatched_indicator"; phrase: string }
  /** The indicator was matched, but not closely (`score`: similarity 0..1). */
  | { kind: "weak_indicator_match"; phrase: string; indicator: string; score: number }
  /** No comparator word here: it is carried from the qualifier (`words`) that opens the list. */
  | { kind: "comparator_carried"; comparator: Comparator; words: string }
  /** The comparator was changed from what the words say, or guessed. */
  | { kind: "comparator_guessed"; comparator: Comparator; why: string }
  /** The unit was guessed ("tăng 7%": per year, or an increase over a baseline?). */
  | { kind: "unit_guessed"; unit: MeasureUnit }
  /** No year section or annual plan gives this target a year. */
  | { kind: "year_missing" }
  /** The year was taken from the plan's period, not from a section heading. */
  | { kind: "year_guessed"; year: number }
  /** The year was stated earlier in the text (an earlier sentence or line, a period's end), not in the figure's clause. */
  | { kind: "year_from_context"; year: number }
  /** The tier was inferred from a city word whose meaning depends on the plan's unit. */
  | { kind: "tier_guessed"; tier: Tier }
  /** "Phấn đấu": an aspiration rather than a firm commitment. */
  | { kind: "aspiration" }
  /** The figure is the top of a range ("80-90%"): the target takes `high`; `low` is the least committed to. */
  | { kind: "range"; low: number; high: number }
  /** The same indicator, year and tier is stated twice (`other`: the other target's id). */
  | { kind: "duplicate"; other: string };

/**
 * One drafted target and where it came from. `start` and `end` are Unicode CHARACTER (code point) offsets
 * into the text, not UTF-16 offsets: the quote is `Array.from(text).slice(start, end).join("")`
 * (`text.slice(start, end)` differs once the text holds characters beyond U+FFFF, such as emoji).
 */
export interface DraftTarget {
  /** Id of the target in `draft.plan.targets` (same order). */
  target: string;
  /** Character (code point) offset of the quote's first character. */
  start: number;
  /** Character (code point) offset after the quote's last character. */
  end: number;
  /** How sure the reader is, 0..1. */
  confidence: number;
  /** What to check, if anything (absent when nothing). */
  reasons?: Uncertainty[];
}

/** A number the reader saw and did not use as a target; offsets in characters, as in `DraftTarget`. */
export interface UnusedNumber {
  /** The number as written. */
  text: string;
  start: number;
  end: number;
  reason: UnusedReason;
}

/**
 * A figure the text reports as reached ("hiện nay", "đã đạt", a year before the signing year), drafted as
 * an observation, not a target. Offsets in characters, as in `DraftTarget`.
 */
export interface DraftObservation {
  /** The indicator's id: the vocabulary's, or one made from the words. */
  indicator: string;
  /** The indicator's Vietnamese name: the words of the text that name it. */
  name_vi: string;
  unit: MeasureUnit;
  /** The year the figure is for (absent when the text gives none). */
  year?: number;
  value: number;
  /** The words it came from, as written. */
  quote: string;
  start: number;
  end: number;
  /** How sure the reader is, 0..1. */
  confidence: number;
  /** What to check, if anything (absent when nothing). */
  reasons?: Uncertainty[];
}

/** A plan drafted from a text, for a person to review (`extractPlan`). */
export interface Draft {
  /** The plan as read: use it as any plan's data (`Plan.fromObject(draft.plan)` checks it). */
  plan: PlanData;
  /** One entry per target of `plan.targets`, in the same order. */
  targets: DraftTarget[];
  /** Figures reported as reached, drafted as observations (absent when none); `draftObservationSet(draft)` loads them. */
  observations?: DraftObservation[];
  /** Numbers seen and not used, with the reason (absent when none). */
  unused_numbers?: UnusedNumber[];
  /** What the reader could not find or decide (absent when nothing). */
  notes?: string[];
}

/** How well a draft's targets agree with a reviewed plan's, matched on (year, tier, comparator, value, unit). */
export interface Agreement {
  /** Targets in the draft. */
  drafted: number;
  /** Targets in the reviewed plan. */
  reviewed: number;
  /** Targets in both (multiset intersection). */
  matched: number;
  /** `matched / drafted` (1 when the draft has none). */
  precision: number;
  /** `matched / reviewed` (1 when the reviewed plan has none). */
  recall: number;
}

// ---- Catalogue of indicators ----

/** The DTI main index an indicator feeds (Quyết định 922/QĐ-BTTTT), or the index as a whole. */
export type DtiComponent =
  | "overall" | "digital_awareness" | "institutions" | "infrastructure" | "human_resources" | "cyber_security"
  | "digital_government" | "digital_economy" | "digital_society";

/** One indicator of the catalogue. */
export interface CatalogueIndicator {
  id: string;
  name_vi: string;
  name_en: string;
  unit: MeasureUnit;
  polarity: Polarity;
  kind: IndicatorKind;
  pillar: string;
  dti_component?: DtiComponent | null;
  /** Ids of the documents (plans) that set a target for it. */
  documents?: string[];
  note?: string | null;
}

/** The catalogue of indicators (`catalogue()`). */
export interface CatalogueData {
  format_version: number;
  pillars: Pillar[];
  indicators: CatalogueIndicator[];
}

/** A field on which a user's catalogue entry differs from the bundled one. */
export type ConflictField = "name_vi" | "name_en" | "unit" | "polarity" | "pillar" | "dti_component";

/** An id both catalogues define with different values of one field; the user's (`kept`) wins. */
export interface CatalogueConflict {
  list: string;
  id: string;
  field: ConflictField;
  replaced: string;
  kept: string;
}

/** What `extendCatalogue` returns. */
export interface ExtendedCatalogue {
  catalogue: CatalogueData;
  conflicts: CatalogueConflict[];
}

// ---- Alignment of a plan against another ----

/** How the first plan's target stands against the second's. */
export type Verdict = "stricter" | "equal" | "looser" | "only_first" | "only_second" | "incomparable";
/** Where a side's figure comes from: stated, or read from the plan's milestone path. */
export type Basis = "stated" | "interpolated";
/** What makes a row's verdict need a second look. */
export type RowWarning = "same_plan" | "unit_mismatch" | "polarity_mismatch" | "opposite_bounds";
/** What makes a whole alignment need a second look. */
export type AlignmentWarning = "same_plan" | "no_shared_indicators";

/** One plan's figure in an alignment row. */
export interface AlignedTarget {
  value: number;
  comparator: Comparator;
  unit: MeasureUnit;
  polarity: Polarity;
  basis: Basis;
  target?: string | null;
}

/** Both plans' targets for one indicator, tier and year. */
export interface AlignmentRow {
  indicator: string;
  name: string;
  pillar: string;
  tier?: Tier | null;
  year?: number | null;
  first?: AlignedTarget | null;
  second?: AlignedTarget | null;
  verdict: Verdict;
  /** First minus second, in the indicator's unit. */
  difference?: number | null;
  /** How much more the first asks (positive: stricter). */
  margin?: number | null;
  warnings: RowWarning[];
}

/** The rows of one pillar counted by verdict. */
export interface PillarCounts {
  pillar: string;
  stricter: number;
  equal: number;
  looser: number;
  only_first: number;
  only_second: number;
  incomparable: number;
}

/** What `alignment(plan, other)` returns. */
export interface AlignmentData {
  first: string;
  second: string;
  rows: AlignmentRow[];
  summary: PillarCounts[];
  warnings: AlignmentWarning[];
}

/** One alignment row as flat columns (the CSV's). */
export interface FlatAlignmentRow {
  indicator: string;
  name: string;
  pillar: string;
  tier: string;
  year?: number | null;
  first_comparator: string;
  first_value?: number | null;
  first_basis: string;
  second_comparator: string;
  second_value?: number | null;
  second_basis: string;
  unit: string;
  verdict: string;
  difference?: number | null;
  margin?: number | null;
  warnings: string;
}

// ----- The register and the merged unit (src/register.rs, cargo feature `register`) -----

/** One unit of the register in the period it was in force (a unit is its code with its validity). */
export interface RegisteredUnit {
  code: string;
  name: string;
  kind: UnitKind;
  parent?: string | null;
  valid_from?: string | null;
  valid_to?: string | null;
}
export type Share = "whole" | "part";
export type Verification = "checked" | "unverified";
export type UnitWarningCode = "unknown_unit" | "ambiguous_unit" | "outside_validity" | "not_carried";
/** The legal act of a link, and the clause of its Article 1 where read. */
export interface LegalBasis {
  act: string;
  clause?: number | null;
}
/** One link of a unit's succession. */
export interface UnitLink {
  unit: RegisteredUnit;
  share: Share;
  status: Verification;
  basis: LegalBasis[];
}
export type CombineRule = "ratio_of_sums" | "weighted_mean" | "mean_of_indices" | "sum";
export type WeightKind = "population" | "households" | "enterprises" | "communes";
export type MergeReason =
  | "rank_not_combined" | "missing_figures" | "no_common_year" | "part_of_predecessor" | "combine_failed";
/** One predecessor's figure, with its counts and weight where known. */
export interface Part {
  unit: string;
  value: number;
  numerator?: number | null;
  denominator?: number | null;
  weight?: number | null;
}
/** Named weights by unit code. */
export interface Weights {
  kind: WeightKind;
  values: Record<string, number>;
  source?: string;
}
/** The merged unit's figure, with its rule and inputs. */
export interface Combined {
  rule: CombineRule;
  weight?: WeightKind | null;
  value: number;
  formula: string;
  inputs: Part[];
  numerator?: number | null;
  denominator?: number | null;
  total_weight?: number | null;
  note: string;
}
export interface MergedPredecessor {
  unit: RegisteredUnit;
  share: Share;
  plans: string[];
  weight?: number | null;
}
export interface PredecessorFigure {
  unit: string;
  year: number;
  value: number;
  numerator?: number | null;
  denominator?: number | null;
}
export interface TargetAgainst {
  plan: string;
  adopted_by: string;
  target: string;
  year?: number | null;
  comparator: Comparator;
  value: number;
  achievement?: Achievement | null;
  reason?: MergeReason | null;
}
export interface MergedIndicator {
  indicator: string;
  name_en: string;
  unit: MeasureUnit;
  polarity: Polarity;
  targets: TargetAgainst[];
  figures: PredecessorFigure[];
  missing: string[];
  year?: number | null;
  merged?: Combined | null;
  reason?: MergeReason | null;
  note?: string | null;
}
/** A successor province seen through its predecessors. */
export interface MergedView {
  unit: RegisteredUnit;
  as_of: string;
  weights: Weights;
  predecessors: MergedPredecessor[];
  indicators: MergedIndicator[];
}
export interface UnitWarning {
  code: UnitWarningCode;
  path: string;
  unit: string;
  related: string[];
  message: string;
}
export interface Carried {
  observation: Observation;
  successor: RegisteredUnit;
  combined: Combined;
}
export interface CarriedForward {
  carried: Carried[];
  warnings: UnitWarning[];
}
