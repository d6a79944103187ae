"""Stubs of the native module (checked against the built wheel by ``python -m mypy.stubtest chitieu``)."""

import datetime
import os
from typing import (
    Any,
    Dict,
    List,
    Literal,
    Mapping,
    Optional,
    Sequence,
    Tuple,
    TypedDict,
    Union,
    overload,
    type_check_only,
)

import numpy as np
import numpy.typing as npt
from typing_extensions import NotRequired, final

__all__ = [
    "ChitieuError",
    "LoadError",
    "NumberError",
    "MilestoneError",
    "ProjectionError",
    "RollupError",
    "BulkError",
    "CalendarError",
    "BundledError",
    "ArgumentError",
    "DocumentError",
    "DEFAULT_PLAN",
    "FORMAT_VERSION",
    "__version__",
    "Plan",
    "Observations",
    "Path",
    "Settings",
    "Scorecard",
    "Draft",
    "Alignment",
    "_restore",
    "list_plans",
    "list_national_plans",
    "catalogue",
    "extend_catalogue",
    "alignment",
    "load_plan",
    "units",
    "unit_at",
    "successors",
    "predecessors",
    "merged_view",
    "combine",
    "carry_forward",
    "bundled_observations",
    "interpolate",
    "attained",
    "achievement",
    "growth_ratio",
    "score",
    "required_pace",
    "project",
    "ratio_of_sums",
    "weighted_mean",
    "tier_check",
    "due_dates",
    "next_due",
    "fractional_year",
    "parse_number",
    "parse_percent",
    "parse_amount",
    "scorecard",
    "extract_plan",
    "agreement",
    "target_keys",
    "evaluate_cells",
    "rollup_ratio_of_sums",
    "national_workload",
    "indicator_kind",
    "method_label",
    "label",
    "labels",
    "status_colour",
    "yearly_rate",
    "cumulative_change",
    "rank_progress",
]

DEFAULT_PLAN: str
FORMAT_VERSION: int
__version__: str

# A document: a str is always the document's text, never a file name; a file is an os.PathLike
# (pathlib.Path), read as UTF-8.
_Source = Union[str, "os.PathLike[str]"]
_DateLike = Union[str, datetime.date]
_ArrayLike = npt.ArrayLike

# The records the API returns as plain dicts, one TypedDict per record of the core, named as in
# core/schema/records.schema.json ($defs). tests/test_types.py checks every key, and which keys may be
# absent (NotRequired: not in the schema's `required`), against that file, so a field added to the core
# fails the tests until it is added here. Enum values are their snake_case names (str); dates are ISO
# strings. They exist for type checkers only (`type_check_only`): at runtime the records are plain dicts.

@type_check_only
class Problem(TypedDict):
    path: str
    code: str
    message: str
    expected: str
    severity: str

@type_check_only
class Succession(TypedDict):
    on: str
    kind: str
    into: NotRequired[List[str]]
    into_names: NotRequired[List[str]]
    basis: str

@type_check_only
class AdministrativeUnit(TypedDict):
    id: str
    code: NotRequired[Optional[str]]
    name: str
    kind: str
    level: str
    parent: NotRequired[Optional[str]]
    existed_from: NotRequired[Optional[str]]
    succeeded_by: NotRequired[Optional[Succession]]

@type_check_only
class Document(TypedDict):
    kind: str
    number: NotRequired[Optional[str]]
    issuer: str
    signer: NotRequired[Optional[str]]
    signed_on: NotRequired[Optional[str]]
    title: str
    source: NotRequired[Optional[str]]

# `from` is a keyword: the functional form.
Period = TypedDict("Period", {"from": NotRequired[Optional[int]], "to": int, "horizon": NotRequired[Optional[int]]})

@type_check_only
class Pillar(TypedDict):
    id: str
    name_vi: str
    name_en: str

@type_check_only
class Indicator(TypedDict):
    id: str
    name_vi: str
    name_en: str
    unit: str
    polarity: str
    pillar: str
    scope: NotRequired[List[str]]
    note: NotRequired[Optional[str]]

@type_check_only
class Target(TypedDict):
    id: str
    indicator: str
    year: NotRequired[Optional[int]]
    tier: NotRequired[Optional[str]]
    comparator: str
    value: float
    tolerance: NotRequired[Optional[float]]
    quote: str
    note: NotRequired[Optional[str]]

@type_check_only
class BudgetLine(TypedDict):
    source: str
    kind: str
    amount: int
    quote: str

@type_check_only
class Subtotal(TypedDict):
    source: NotRequired[Optional[str]]
    kind: NotRequired[Optional[str]]
    amount: int
    quote: str

@type_check_only
class Budget(TypedDict):
    total: int
    lines: NotRequired[List[BudgetLine]]
    subtotals: NotRequired[List[Subtotal]]
    quote: str

@type_check_only
class ReportSchedule(TypedDict):
    frequency: str
    month_of_period: int
    day: int
    strictly_before: bool
    quote: str

@type_check_only
class ReportingCalendar(TypedDict):
    recipient: NotRequired[Optional[str]]
    schedules: List[ReportSchedule]

@type_check_only
class Observation(TypedDict):
    unit: str
    indicator: str
    year: NotRequired[Optional[int]]
    date: NotRequired[Optional[str]]
    tier: NotRequired[Optional[str]]
    value: float
    numerator: NotRequired[Optional[float]]
    denominator: NotRequired[Optional[float]]
    field: NotRequired[Optional[int]]
    source: NotRequired[Optional[str]]
    note: NotRequired[Optional[str]]

@type_check_only
class Anchor(TypedDict):
    t: float
    value: float
    comparator: NotRequired[Optional[str]]
    target: NotRequired[Optional[str]]

@type_check_only
class Milestone(TypedDict):
    t: float
    value: float
    kind: str
    comparator: NotRequired[Optional[str]]
    curve: NotRequired[Optional[str]]
    target: NotRequired[Optional[str]]

@type_check_only
class Achievement(TypedDict):
    attained: bool
    percent_of_target: NotRequired[Optional[float]]
    percent_of_target_reason: NotRequired[Optional[str]]
    progress_from_baseline: NotRequired[Optional[float]]
    progress_from_baseline_reason: NotRequired[Optional[str]]
    gap: float

@type_check_only
class GrowthRatio(TypedDict):
    category: str
    score: NotRequired[Optional[float]]
    cagr_actual: NotRequired[Optional[float]]
    cagr_required: NotRequired[Optional[float]]
    ratio: NotRequired[Optional[float]]
    reason: NotRequired[Optional[str]]

@type_check_only
class RequiredPace(TypedDict):
    linear: NotRequired[Optional[float]]
    compound: NotRequired[Optional[float]]
    reason: NotRequired[Optional[str]]

@type_check_only
class Projection(TypedDict):
    projected: NotRequired[Optional[float]]
    gap_ratio: NotRequired[Optional[float]]
    outlook: NotRequired[Optional[str]]
    interval: NotRequired[Optional[List[float]]]
    probability: NotRequired[Optional[float]]
    reason: NotRequired[Optional[str]]
    fit: NotRequired[Optional[List[float]]]
    observations: int

@type_check_only
class RatioOfSums(TypedDict):
    value: float
    numerator: float
    denominator: float
    units: int

@type_check_only
class WeightedMean(TypedDict):
    value: float
    total_weight: float
    units: int

@type_check_only
class TierCheck(TypedDict):
    units: int
    reported: int
    attaining: int
    share_attaining: NotRequired[Optional[float]]
    not_attaining: List[str]
    missing: List[str]

@type_check_only
class DueDate(TypedDict):
    schedule: int
    frequency: str
    period: int
    year: int
    deadline: str
    last_day: str

@type_check_only
class ScorecardSettings(TypedDict):
    curve: str
    projection_model: str
    interval_level: float
    min_assessable_share: float

@type_check_only
class Point(TypedDict):
    t: float
    year: int
    date: NotRequired[Optional[str]]
    value: float
    source: NotRequired[Optional[str]]
    note: NotRequired[Optional[str]]

@type_check_only
class Input(TypedDict):
    name: str
    value: float

@type_check_only
class Explanation(TypedDict):
    quantity: str
    formula: str
    inputs: List[Input]
    result: NotRequired[Optional[float]]
    note: NotRequired[Optional[str]]

@type_check_only
class YearRate(TypedDict):
    year: int
    rate: float
    attained: bool
    gap: float

@type_check_only
class YearlyRateProgress(TypedDict):
    category: str
    score: NotRequired[Optional[float]]
    years: List[YearRate]
    years_attained: int
    mean_rate: NotRequired[Optional[float]]
    ratio: NotRequired[Optional[float]]
    required_rate: NotRequired[Optional[float]]
    remaining_years: NotRequired[Optional[int]]
    reason: NotRequired[Optional[str]]
    pace_reason: NotRequired[Optional[str]]

@type_check_only
class CumulativeProgress(TypedDict):
    category: str
    score: NotRequired[Optional[float]]
    path_value: NotRequired[Optional[float]]
    ahead: NotRequired[Optional[float]]
    pace_achieved: NotRequired[Optional[float]]
    pace_required: NotRequired[Optional[float]]
    ratio: NotRequired[Optional[float]]
    required_pace: NotRequired[Optional[float]]
    reason: NotRequired[Optional[str]]
    pace_reason: NotRequired[Optional[str]]

@type_check_only
class RankRead(TypedDict):
    t: float
    rank: float
    field: int
    field_basis: str
    share: float
    equivalent_rank: float

@type_check_only
class RankProgress(TypedDict):
    category: str
    score: NotRequired[Optional[float]]
    start: RankRead
    latest: RankRead
    target_field: int
    target_field_basis: str
    target_share: float
    attained: bool
    by_share: bool
    positions_gained_per_year: NotRequired[Optional[float]]
    positions_needed_per_year: NotRequired[Optional[float]]
    ratio: NotRequired[Optional[float]]
    required_pace: NotRequired[Optional[float]]
    projected_rank: NotRequired[Optional[float]]
    reason: NotRequired[Optional[str]]
    pace_reason: NotRequired[Optional[str]]

@type_check_only
class KindAndMethod(TypedDict):
    kind: str
    method: str

@type_check_only
class Status(TypedDict):
    category: str
    method: str
    score: NotRequired[Optional[float]]
    reason: NotRequired[Optional[str]]
    growth: NotRequired[Optional[GrowthRatio]]
    yearly_rate: NotRequired[Optional[YearlyRateProgress]]
    cumulative_change: NotRequired[Optional[CumulativeProgress]]
    rank: NotRequired[Optional[RankProgress]]

@type_check_only
class Row(TypedDict):
    target: str
    indicator: str
    name_vi: str
    name_en: str
    pillar: str
    year: NotRequired[Optional[int]]
    tier: NotRequired[Optional[str]]
    comparator: str
    target_value: float
    unit: str
    polarity: str
    proxy: bool
    observed_unit: NotRequired[Optional[str]]
    observations: int
    baseline: NotRequired[Optional[Point]]
    latest: NotRequired[Optional[Point]]
    value_basis: NotRequired[Optional[str]]
    milestone: NotRequired[Optional[Milestone]]
    milestone_reason: NotRequired[Optional[str]]
    achievement: NotRequired[Optional[Achievement]]
    time_distance: NotRequired[Optional[float]]
    time_distance_reason: NotRequired[Optional[str]]
    required_pace: NotRequired[Optional[RequiredPace]]
    projection: NotRequired[Optional[Projection]]
    status: Status
    method: NotRequired[str]
    explanations: List[Explanation]

@type_check_only
class Summary(TypedDict):
    pillar: NotRequired[Optional[str]]
    name_en: str
    name_vi: str
    indicators: int
    assessable: int
    mean_score: NotRequired[Optional[float]]
    reason: NotRequired[Optional[str]]
    attained: int
    targets: int

@type_check_only
class CatalogueIndicator(TypedDict):
    id: str
    name_vi: str
    name_en: str
    unit: str
    polarity: str
    kind: str
    pillar: str
    dti_component: NotRequired[Optional[str]]
    documents: NotRequired[List[str]]
    note: NotRequired[Optional[str]]

@type_check_only
class Catalogue(TypedDict):
    format_version: int
    pillars: List[Pillar]
    indicators: List[CatalogueIndicator]

@type_check_only
class CatalogueConflict(TypedDict):
    list: str
    id: str
    field: str
    replaced: str
    kept: str

@type_check_only
class AlignedTarget(TypedDict):
    value: float
    comparator: str
    unit: str
    polarity: str
    basis: str
    target: NotRequired[Optional[str]]

@type_check_only
class AlignmentRow(TypedDict):
    indicator: str
    name: str
    pillar: str
    tier: NotRequired[Optional[str]]
    year: NotRequired[Optional[int]]
    first: NotRequired[Optional[AlignedTarget]]
    second: NotRequired[Optional[AlignedTarget]]
    verdict: str
    difference: NotRequired[Optional[float]]
    margin: NotRequired[Optional[float]]
    warnings: List[str]

@type_check_only
class PillarCounts(TypedDict):
    pillar: str
    stricter: int
    equal: int
    looser: int
    only_first: int
    only_second: int
    incomparable: int

@type_check_only
class FlatAlignmentRow(TypedDict):
    indicator: str
    name: str
    pillar: str
    tier: str
    year: NotRequired[Optional[int]]
    first_comparator: str
    first_value: NotRequired[Optional[float]]
    first_basis: str
    second_comparator: str
    second_value: NotRequired[Optional[float]]
    second_basis: str
    unit: str
    verdict: str
    difference: NotRequired[Optional[float]]
    margin: NotRequired[Optional[float]]
    warnings: str

@type_check_only
class FlatRow(TypedDict):
    target: str
    pillar: str
    indicator: str
    name_en: str
    name_vi: str
    year: NotRequired[Optional[int]]
    tier: NotRequired[Optional[str]]
    comparator: str
    target_value: float
    unit: str
    proxy: bool
    observed_unit: NotRequired[Optional[str]]
    latest_value: NotRequired[Optional[float]]
    latest_year: NotRequired[Optional[int]]
    latest_source: NotRequired[Optional[str]]
    milestone: NotRequired[Optional[float]]
    milestone_kind: NotRequired[Optional[str]]
    attained: NotRequired[Optional[bool]]
    percent_of_target: NotRequired[Optional[float]]
    progress_from_baseline: NotRequired[Optional[float]]
    gap: NotRequired[Optional[float]]
    time_distance: NotRequired[Optional[float]]
    projected: NotRequired[Optional[float]]
    probability: NotRequired[Optional[float]]
    status: str
    score: NotRequired[Optional[float]]
    status_reason: NotRequired[Optional[str]]
    method: str

# Why a drafted target or observation needs a look: a union on `kind`, one TypedDict per variant of the
# core's `Uncertainty` (a oneOf in the schema; tests/test_types.py checks each variant against its branch).
# `kind` is a Literal so that comparing it narrows the union to the variant and its fields.

@type_check_only
class UncertaintyUnmatchedIndicator(TypedDict):
    kind: Literal["unmatched_indicator"]
    phrase: str

@type_check_only
class UncertaintyWeakIndicatorMatch(TypedDict):
    kind: Literal["weak_indicator_match"]
    phrase: str
    indicator: str
    score: float

@type_check_only
class UncertaintyComparatorCarried(TypedDict):
    kind: Literal["comparator_carried"]
    comparator: str
    words: str

@type_check_only
class UncertaintyComparatorGuessed(TypedDict):
    kind: Literal["comparator_guessed"]
    comparator: str
    why: str

@type_check_only
class UncertaintyUnitGuessed(TypedDict):
    kind: Literal["unit_guessed"]
    unit: str

@type_check_only
class UncertaintyYearMissing(TypedDict):
    kind: Literal["year_missing"]

@type_check_only
class UncertaintyYearGuessed(TypedDict):
    kind: Literal["year_guessed"]
    year: int

@type_check_only
class UncertaintyYearFromContext(TypedDict):
    kind: Literal["year_from_context"]
    year: int

@type_check_only
class UncertaintyTierGuessed(TypedDict):
    kind: Literal["tier_guessed"]
    tier: str

@type_check_only
class UncertaintyAspiration(TypedDict):
    kind: Literal["aspiration"]

@type_check_only
class UncertaintyRange(TypedDict):
    kind: Literal["range"]
    low: float
    high: float

@type_check_only
class UncertaintyDuplicate(TypedDict):
    kind: Literal["duplicate"]
    other: str

# A type alias, so absent at runtime (stubtest-allowlist.txt).
Uncertainty = Union[
    UncertaintyUnmatchedIndicator,
    UncertaintyWeakIndicatorMatch,
    UncertaintyComparatorCarried,
    UncertaintyComparatorGuessed,
    UncertaintyUnitGuessed,
    UncertaintyYearMissing,
    UncertaintyYearGuessed,
    UncertaintyYearFromContext,
    UncertaintyTierGuessed,
    UncertaintyAspiration,
    UncertaintyRange,
    UncertaintyDuplicate,
]

@type_check_only
class DraftTarget(TypedDict):
    target: str
    start: int
    end: int
    confidence: float
    reasons: NotRequired[List[Uncertainty]]

@type_check_only
class DraftObservation(TypedDict):
    indicator: str
    name_vi: str
    unit: str
    year: NotRequired[int]
    value: float
    quote: str
    start: int
    end: int
    confidence: float
    reasons: NotRequired[List[Uncertainty]]

@type_check_only
class UnusedNumber(TypedDict):
    text: str
    start: int
    end: int
    reason: str

@type_check_only
class Agreement(TypedDict):
    drafted: int
    reviewed: int
    matched: int
    precision: float
    recall: float

# The register and the merged unit (`units` with a date, `unit_at`, `successors`, `predecessors`,
# `merged_view`, `combine`, `carry_forward`). `MergedView` is the core's record; the package's
# `chitieu.MergedView` is the dict subclass (with `to_pandas`) that `chitieu.merged_view` wraps it in.

@type_check_only
class RegisteredUnit(TypedDict):
    code: str
    name: str
    kind: str
    parent: NotRequired[Optional[str]]
    valid_from: NotRequired[Optional[str]]
    valid_to: NotRequired[Optional[str]]

@type_check_only
class LegalBasis(TypedDict):
    act: str
    clause: NotRequired[Optional[int]]

@type_check_only
class UnitLink(TypedDict):
    unit: RegisteredUnit
    share: str
    status: str
    basis: List[LegalBasis]

@type_check_only
class Part(TypedDict):
    unit: str
    value: float
    numerator: NotRequired[Optional[float]]
    denominator: NotRequired[Optional[float]]
    weight: NotRequired[Optional[float]]

@type_check_only
class Weights(TypedDict):
    kind: str
    values: Dict[str, float]
    source: NotRequired[str]

@type_check_only
class Combined(TypedDict):
    rule: str
    weight: NotRequired[Optional[str]]
    value: float
    formula: str
    inputs: List[Part]
    numerator: NotRequired[Optional[float]]
    denominator: NotRequired[Optional[float]]
    total_weight: NotRequired[Optional[float]]
    note: str

@type_check_only
class MergedPredecessor(TypedDict):
    unit: RegisteredUnit
    share: str
    plans: List[str]
    weight: NotRequired[Optional[float]]

@type_check_only
class PredecessorFigure(TypedDict):
    unit: str
    year: int
    value: float
    numerator: NotRequired[Optional[float]]
    denominator: NotRequired[Optional[float]]

@type_check_only
class TargetAgainst(TypedDict):
    plan: str
    adopted_by: str
    target: str
    year: NotRequired[Optional[int]]
    comparator: str
    value: float
    achievement: NotRequired[Optional[Achievement]]
    reason: NotRequired[Optional[str]]

@type_check_only
class MergedIndicator(TypedDict):
    indicator: str
    name_en: str
    unit: str
    polarity: str
    targets: List[TargetAgainst]
    figures: List[PredecessorFigure]
    missing: List[str]
    year: NotRequired[Optional[int]]
    merged: NotRequired[Optional[Combined]]
    reason: NotRequired[Optional[str]]
    note: NotRequired[Optional[str]]

@type_check_only
class MergedView(TypedDict):
    unit: RegisteredUnit
    as_of: str
    weights: Weights
    predecessors: List[MergedPredecessor]
    indicators: List[MergedIndicator]

@type_check_only
class UnitWarning(TypedDict):
    code: str
    path: str
    unit: str
    related: List[str]
    message: str

@type_check_only
class Carried(TypedDict):
    observation: Observation
    successor: RegisteredUnit
    combined: Combined

@type_check_only
class CarriedForward(TypedDict):
    carried: List[Carried]
    warnings: List[UnitWarning]

# Built by the binding around a core result that is a tuple or a Result, so not in the core's schema
# (the WebAssembly package has the same two, with the same names).

@type_check_only
class Interpolated(TypedDict):
    value: float
    curve_used: str

@type_check_only
class TimeDistance(TypedDict):
    years: Optional[float]
    reason: Optional[str]

class ChitieuError(Exception):
    code: str
    path: Optional[str]
    problems: List[Problem]

class LoadError(ChitieuError, ValueError): ...
class NumberError(ChitieuError, ValueError): ...
class MilestoneError(ChitieuError, ValueError): ...
class ProjectionError(ChitieuError, ValueError): ...
class RollupError(ChitieuError, ValueError): ...
class BulkError(ChitieuError, ValueError): ...
class CalendarError(ChitieuError, ValueError): ...
class BundledError(ChitieuError, KeyError): ...
class ArgumentError(ChitieuError, ValueError): ...
class DocumentError(ChitieuError, ValueError): ...

@final
class Plan:
    @staticmethod
    def from_json(source: _Source) -> Plan: ...
    @staticmethod
    def _from_pickle(text: str) -> Plan: ...
    def to_json(self) -> str: ...
    @property
    def id(self) -> str: ...
    @property
    def format_version(self) -> int: ...
    @property
    def jurisdiction(self) -> AdministrativeUnit: ...
    @property
    def document(self) -> Document: ...
    @property
    def period(self) -> Period: ...
    @property
    def pillars(self) -> List[Pillar]: ...
    @property
    def indicators(self) -> List[Indicator]: ...
    @property
    def targets(self) -> List[Target]: ...
    @property
    def budget(self) -> Optional[Budget]: ...
    @property
    def reporting(self) -> Optional[ReportingCalendar]: ...
    @property
    def notes(self) -> List[str]: ...
    @property
    def warnings(self) -> List[Problem]: ...
    def indicator(self, id: str) -> Optional[Indicator]: ...
    def target(self, id: str) -> Optional[Target]: ...
    def targets_of(self, indicator: str) -> List[Target]: ...
    def validate(self) -> List[Problem]: ...
    def path(
        self,
        indicator: str,
        tier: Optional[str] = None,
        baseline: Optional[Tuple[float, float]] = None,
        curve: str = "auto",
    ) -> Path: ...
    def milestones(
        self,
        indicator: str,
        times: Optional[Sequence[float]] = None,
        tier: Optional[str] = None,
        baseline: Optional[Tuple[float, float]] = None,
        curve: str = "auto",
    ) -> List[Milestone]: ...
    def due_dates(self, year: int) -> List[DueDate]: ...
    def next_due(self, after: _DateLike) -> Optional[DueDate]: ...
    def to_pandas(self) -> Any: ...
    def _repr_html_(self) -> str: ...
    def __reduce__(self) -> Tuple[Any, ...]: ...

@final
class Observations:
    @staticmethod
    def from_json(source: _Source, plan: Optional[Plan] = None) -> Observations: ...
    @staticmethod
    def from_csv(source: _Source, plan: Optional[Plan] = None) -> Observations: ...
    @staticmethod
    def from_pandas(frame: Any, plan: Optional[Plan] = None) -> Observations: ...
    @staticmethod
    def bundled() -> Observations: ...
    @staticmethod
    def _from_pickle(text: str) -> Observations: ...
    def to_json(self) -> str: ...
    @property
    def records(self) -> List[Observation]: ...
    @property
    def warnings(self) -> List[Problem]: ...
    def to_pandas(self) -> Any: ...
    def __len__(self) -> int: ...
    def __reduce__(self) -> Tuple[Any, ...]: ...

@final
class Path:
    def __new__(
        cls,
        anchors: Sequence[Union[Mapping[str, Any], Tuple[Any, ...]]],
        curve: str = "linear",
        bounds: Optional[Tuple[float, float]] = None,
    ) -> Path: ...
    @property
    def anchors(self) -> List[Anchor]: ...
    @property
    def curve(self) -> str: ...
    @property
    def curves(self) -> List[str]: ...
    @property
    def span(self) -> Tuple[float, float]: ...
    def at(self, t: float) -> Milestone: ...
    def milestones(self, times: Optional[Sequence[float]] = None) -> List[Milestone]: ...
    def time_reaching(self, value: float, polarity: str = "higher_is_better") -> Optional[float]: ...
    def time_distance(self, t: float, value: float, polarity: str = "higher_is_better") -> TimeDistance: ...
    def to_pandas(self, times: Optional[Sequence[float]] = None) -> Any: ...
    def __reduce__(self) -> Tuple[Any, ...]: ...

@final
class Settings:
    def __new__(
        cls,
        curve: str = "auto",
        projection_model: str = "linear",
        interval_level: float = 0.9,
        min_assessable_share: float = 0.6,
    ) -> Settings: ...
    @property
    def curve(self) -> str: ...
    @property
    def projection_model(self) -> str: ...
    @property
    def interval_level(self) -> float: ...
    @property
    def min_assessable_share(self) -> float: ...
    def __reduce__(self) -> Tuple[Any, ...]: ...

@final
class Scorecard:
    @staticmethod
    def build(
        plan: Plan,
        observations: Optional[Observations] = None,
        as_of: Optional[_DateLike] = None,
        settings: Optional[Settings] = None,
    ) -> Scorecard: ...
    @staticmethod
    def from_json(source: _Source) -> Scorecard: ...
    @staticmethod
    def _from_pickle(text: str) -> Scorecard: ...
    @property
    def plan(self) -> str: ...
    @property
    def unit(self) -> str: ...
    @property
    def as_of(self) -> str: ...
    @property
    def as_of_t(self) -> float: ...
    @property
    def settings(self) -> ScorecardSettings: ...
    @property
    def rows(self) -> List[Row]: ...
    @property
    def pillars(self) -> List[Summary]: ...
    @property
    def overall(self) -> Summary: ...
    def flat_rows(self) -> List[FlatRow]: ...
    def to_json(self) -> str: ...
    def to_csv(self) -> str: ...
    def to_pandas(self, lang: Optional[str] = None) -> Any: ...
    def to_html(
        self, lang: Optional[str] = None, plan: Optional[Plan] = None, observations: Optional[Observations] = None
    ) -> str: ...
    def to_excel(
        self,
        path: Union[str, "os.PathLike[str]"],
        lang: Optional[str] = None,
        plan: Optional[Plan] = None,
        observations: Optional[Observations] = None,
    ) -> None: ...
    def _repr_html_(self) -> str: ...
    def __len__(self) -> int: ...
    def __reduce__(self) -> Tuple[Any, ...]: ...

@final
class Draft:
    @staticmethod
    def from_json(source: _Source) -> Draft: ...
    @staticmethod
    def _from_pickle(text: str) -> Draft: ...
    def to_json(self) -> str: ...
    @property
    def plan(self) -> Plan: ...
    @property
    def targets(self) -> List[DraftTarget]: ...
    @property
    def observations(self) -> List[DraftObservation]: ...
    def observation_set(self) -> Observations: ...
    @property
    def unused_numbers(self) -> List[UnusedNumber]: ...
    @property
    def notes(self) -> List[str]: ...
    def to_pandas(self) -> Any: ...
    def _repr_html_(self) -> str: ...
    def __len__(self) -> int: ...
    def __reduce__(self) -> Tuple[Any, ...]: ...

def extract_plan(
    text: Union[str, bytes, bytearray, memoryview, "os.PathLike[str]"], hint: Optional[str] = None
) -> Draft: ...
def agreement(draft: Union[Plan, Draft], reviewed: Union[Plan, Draft]) -> Agreement: ...
def target_keys(plan: Union[Plan, Draft]) -> List[str]: ...

@final
class Alignment:
    @property
    def first(self) -> str: ...
    @property
    def second(self) -> str: ...
    @property
    def rows(self) -> List[AlignmentRow]: ...
    @property
    def summary(self) -> List[PillarCounts]: ...
    @property
    def warnings(self) -> List[str]: ...
    def flat_rows(self) -> List[FlatAlignmentRow]: ...
    def to_json(self) -> str: ...
    def to_csv(self) -> str: ...
    def to_pandas(self) -> Any: ...
    def _repr_html_(self) -> str: ...
    def __len__(self) -> int: ...

def alignment(plan: Plan, other: Plan) -> Alignment: ...
def catalogue() -> Catalogue: ...
def extend_catalogue(source: _Source) -> Tuple[Catalogue, List[CatalogueConflict]]: ...
def list_national_plans() -> List[str]: ...
def list_plans() -> List[str]: ...
def load_plan(id: Optional[str] = None) -> Plan: ...
# Without a date: the bundled units of the plans; with one: the units of the register in force that day.
@overload
def units(date: None = None, level: Optional[str] = None) -> List[AdministrativeUnit]: ...
@overload
def units(date: _DateLike, level: Optional[str] = None) -> List[RegisteredUnit]: ...
@overload
def units(
    date: Optional[_DateLike] = None, level: Optional[str] = None
) -> Union[List[AdministrativeUnit], List[RegisteredUnit]]: ...
def unit_at(code_or_name: str, date: _DateLike) -> RegisteredUnit: ...
def successors(code_or_name: str, date: _DateLike, on: Optional[_DateLike] = None) -> List[UnitLink]: ...
def predecessors(code_or_name: str, date: _DateLike) -> List[UnitLink]: ...
def merged_view(
    unit: str,
    as_of: _DateLike,
    observations: Optional[Observations] = None,
    plans: Optional[Sequence[Plan]] = None,
    weights: Optional[Mapping[str, Any]] = None,
) -> MergedView: ...
def combine(rule: str, unit: str, parts: Sequence[Mapping[str, Any]], weight: Optional[str] = None) -> Combined: ...
def carry_forward(
    observations: Observations,
    date: _DateLike,
    plans: Optional[Sequence[Plan]] = None,
    weights: Optional[Mapping[str, Any]] = None,
) -> CarriedForward: ...
def bundled_observations() -> Observations: ...
def interpolate(
    curve: str,
    t0: float,
    v0: float,
    t1: float,
    v1: float,
    t: float,
    bounds: Optional[Tuple[float, float]] = None,
) -> Interpolated: ...
def attained(comparator: str, polarity: str, value: float, target: float, tolerance: Optional[float] = None) -> bool: ...
def achievement(
    comparator: str,
    polarity: str,
    target: float,
    value: float,
    baseline: Optional[float] = None,
    tolerance: Optional[float] = None,
) -> Achievement: ...
def growth_ratio(
    baseline_t: float,
    baseline: float,
    target_t: float,
    target: float,
    t: float,
    value: float,
    comparator: str,
    polarity: str,
    tolerance: Optional[float] = None,
) -> GrowthRatio: ...
def score(ratio: float) -> float: ...
def indicator_kind(unit: str) -> KindAndMethod: ...
def method_label(method: str, lang: Optional[str] = None) -> str: ...
def label(domain: str, code: str, lang: Optional[str] = None) -> Optional[str]: ...
def labels(lang: Optional[str] = None) -> Dict[str, Dict[str, str]]: ...
def status_colour(category: str) -> str: ...
def yearly_rate(
    rates: Sequence[Union[Mapping[str, float], Tuple[int, float]]],
    target: float,
    comparator: str,
    polarity: str,
    target_year: Optional[int] = None,
    tolerance: Optional[float] = None,
) -> YearlyRateProgress: ...
def cumulative_change(
    start_t: float,
    target_t: float,
    target: float,
    t: float,
    value: float,
    comparator: str,
    polarity: str,
    tolerance: Optional[float] = None,
) -> CumulativeProgress: ...
def rank_progress(
    start: Mapping[str, float],
    latest: Mapping[str, float],
    target: float,
    comparator: str,
    polarity: str,
    target_t: Optional[float] = None,
    target_field: Optional[int] = None,
    tolerance: Optional[float] = None,
) -> RankProgress: ...
def required_pace(value: float, t: float, target: float, target_t: float) -> RequiredPace: ...
def project(
    observations: Sequence[Tuple[float, float]],
    target: float,
    target_t: float,
    comparator: str,
    polarity: str,
    baseline: Optional[float] = None,
    tolerance: Optional[float] = None,
    model: str = "linear",
    level: float = 0.9,
) -> Projection: ...
def ratio_of_sums(numerators: Sequence[float], denominators: Sequence[float], scale: float = 1.0) -> RatioOfSums: ...
def weighted_mean(values: Sequence[float], weights: Sequence[float]) -> WeightedMean: ...
def tier_check(
    comparator: str,
    polarity: str,
    target: float,
    units: Union[Mapping[str, Optional[float]], Sequence[Tuple[str, Optional[float]]]],
    tolerance: Optional[float] = None,
) -> TierCheck: ...
def due_dates(calendar_or_plan: Union[Mapping[str, Any], Plan], year: int) -> List[DueDate]: ...
def next_due(calendar_or_plan: Union[Mapping[str, Any], Plan], after: _DateLike) -> Optional[DueDate]: ...
def fractional_year(date: _DateLike) -> float: ...
def parse_number(text: str) -> float: ...
def parse_percent(text: str) -> float: ...
def parse_amount(text: str) -> int: ...
def scorecard(
    plan: Plan,
    observations: Optional[Observations] = None,
    as_of: Optional[_DateLike] = None,
    settings: Optional[Settings] = None,
) -> Scorecard: ...
def evaluate_cells(
    baseline_t: _ArrayLike,
    baseline: _ArrayLike,
    target_t: _ArrayLike,
    target: _ArrayLike,
    comparator: _ArrayLike,
    polarity: _ArrayLike,
    times: _ArrayLike,
    values: _ArrayLike,
    curve: str = "linear",
    bounds: Optional[Tuple[float, float]] = None,
    out: Optional[Dict[str, np.ndarray]] = None,
    kind: Optional[_ArrayLike] = None,
    baseline_field: Optional[_ArrayLike] = None,
    field: Optional[_ArrayLike] = None,
) -> Dict[str, np.ndarray]: ...
def rollup_ratio_of_sums(
    numerators: _ArrayLike,
    denominators: _ArrayLike,
    group: _ArrayLike,
    groups: int,
    scale: float = 1.0,
    times: Optional[int] = None,
) -> np.ndarray: ...
def national_workload(seed: int = 2025) -> Dict[str, Any]: ...
def _restore(kind: str, json: str) -> Any: ...
