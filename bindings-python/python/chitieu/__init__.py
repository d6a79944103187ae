"""chitieu: Vietnamese provincial digital-transformation KPI plans as data.

"Chỉ tiêu" is the plans' own word for their target figures. Load a bundled plan, its targets and
milestones, judge observations against them, and get a scorecard; tables come as pandas frames and
render as HTML in Jupyter.

>>> import chitieu
>>> plan = chitieu.load_plan("tra_vinh")
>>> card = chitieu.scorecard(plan, as_of="2025-12-31")
>>> card.overall["targets"]
31

Everything computed comes from the Rust core (``chitieu._chitieu``); this package adds only
presentation: data frames, HTML and charts.
"""

from ._chitieu import (
    DEFAULT_PLAN,
    FORMAT_VERSION,
    ArgumentError,
    BulkError,
    BundledError,
    CalendarError,
    ChitieuError,
    Draft,
    LoadError,
    MilestoneError,
    NumberError,
    Observations,
    Path,
    Plan,
    ProjectionError,
    RollupError,
    Scorecard,
    Settings,
    __version__,
    achievement,
    agreement,
    attained,
    bundled_observations,
    due_dates,
    evaluate_cells,
    extract_plan,
    fractional_year,
    growth_ratio,
    interpolate,
    list_plans,
    load_plan,
    national_workload,
    next_due,
    parse_amount,
    parse_number,
    parse_percent,
    project,
    ratio_of_sums,
    required_pace,
    rollup_ratio_of_sums,
    score,
    scorecard,
    target_keys,
    tier_check,
    units,
    weighted_mean,
)
from ._display import CATEGORIES, COMPARATORS, POLARITIES
from ._plot import plot_indicator

__all__ = [
    "CATEGORIES",
    "COMPARATORS",
    "DEFAULT_PLAN",
    "FORMAT_VERSION",
    "POLARITIES",
    "ArgumentError",
    "BulkError",
    "BundledError",
    "CalendarError",
    "ChitieuError",
    "Draft",
    "LoadError",
    "MilestoneError",
    "NumberError",
    "Observations",
    "Path",
    "Plan",
    "ProjectionError",
    "RollupError",
    "Scorecard",
    "Settings",
    "__version__",
    "achievement",
    "agreement",
    "attained",
    "bundled_observations",
    "due_dates",
    "evaluate_cells",
    "extract_plan",
    "fractional_year",
    "growth_ratio",
    "interpolate",
    "list_plans",
    "load_plan",
    "national_workload",
    "next_due",
    "parse_amount",
    "parse_number",
    "parse_percent",
    "plot_indicator",
    "project",
    "ratio_of_sums",
    "required_pace",
    "rollup_ratio_of_sums",
    "score",
    "scorecard",
    "target_keys",
    "tier_check",
    "units",
    "weighted_mean",
]
