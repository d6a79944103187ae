"""A chart of one indicator: its milestone path, the plan's targets and the observations."""

from __future__ import annotations

from typing import Any, Optional, Tuple


def plot_indicator(
    plan: Any,
    indicator: str,
    tier: Optional[str] = None,
    observations: Any = None,
    unit: Optional[str] = None,
    curve: str = "auto",
    ax: Any = None,
) -> Any:
    """Draws an indicator's milestone path, its targets and its observations with matplotlib.

    The title is the indicator's name as the plan words it (``name_vi``); targets are labelled with
    their comparator and year. ``observations`` (an ``Observations``) are those of ``unit`` (default:
    the plan's unit); the earliest one before the first target year is the path's baseline. Returns
    the matplotlib ``Axes``.

    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> ax = chitieu.plot_indicator(chitieu.load_plan(), "work_files_online", tier="province")
    >>> ax.get_title()
    'hồ sơ công việc'
    """
    try:
        import matplotlib.pyplot as plt
    except ImportError as e:  # matplotlib is optional
        raise ImportError("plot_indicator() needs matplotlib, which is not installed: pip install matplotlib") from e

    ind = plan.indicator(indicator)
    if ind is None:
        raise KeyError(f"the plan has no indicator {indicator!r}")
    unit = unit or plan.jurisdiction["id"]
    points: list = []
    if observations is not None:
        for o in observations.records:
            if o["unit"] == unit and o["indicator"] == indicator and o.get("tier") == tier:
                t = o["year"] if o.get("year") is not None else None
                if t is None:
                    from ._chitieu import fractional_year

                    t = fractional_year(o["date"])
                points.append((float(t), float(o["value"])))
    points.sort()
    targets = [t for t in plan.targets_of(indicator) if t.get("tier") == tier and t.get("year") is not None]
    if ax is None:
        _, ax = plt.subplots(figsize=(7, 4))
    baseline: Optional[Tuple[float, float]] = None
    if points and targets and points[0][0] < min(t["year"] for t in targets):
        baseline = points[0]
    try:
        path = plan.path(indicator, tier=tier, baseline=baseline, curve=curve)
        ms = path.milestones([path.span[0] + i * 0.25 for i in range(int((path.span[1] - path.span[0]) * 4) + 1)])
        ax.plot([m["t"] for m in ms], [m["value"] for m in ms], "-", color="#1f6feb", label=f"milestone path ({curve})")
    except Exception:  # an indicator with one target year has no path: draw the targets alone
        pass
    symbols = {"at_least": "≥", "more_than": ">", "at_most": "≤", "less_than": "<", "about": "≈", "reach": "đạt"}
    for t in targets:
        ax.plot([t["year"]], [t["value"]], "D", color="#c62828")
        ax.annotate(f"{symbols.get(t['comparator'], '')} {t['value']:g} ({t['year']})", (t["year"], t["value"]),
                    textcoords="offset points", xytext=(4, 6), fontsize=8)
    if targets:
        ax.plot([], [], "D", color="#c62828", label="chỉ tiêu (targets)")
    if points:
        ax.plot([p[0] for p in points], [p[1] for p in points], "o", color="#333333", label=f"observed ({unit})")
    ax.set_title(ind["name_vi"], fontsize=10, wrap=True)
    ax.set_xlabel("năm (year)")
    ax.set_ylabel(ind["unit"])
    ax.legend(fontsize=8)
    return ax
