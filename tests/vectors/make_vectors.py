#!/usr/bin/env python3
"""Write the shared test vectors of chitieu (one JSON file per function) into this folder.

Every expected value is computed here from the definitions in tests/vectors/README.md, with Python's
`math` module and `scipy.stats.t` (Student's t, for `projection` only). Nothing is shared with the Rust
crate. Cases that carry a `hand` string were also worked by hand: the hand result is written next to the
case below and asserted against the computed value before any file is written.

Run from the repository root:  python3 tests/vectors/make_vectors.py
"""

import datetime
import json
import math

from scipy.stats import t as student_t

OUT_DIR = __file__.rsplit("/", 1)[0] if "/" in __file__ else "."

DERIVATION = (
    "Computed by tests/vectors/make_vectors.py from the definitions in tests/vectors/README.md using "
    "Python's math module{extra}, sharing no code with the Rust implementation. Cases with a \"hand\" "
    "field were also worked by hand; the script asserts that its value agrees with the hand working."
)
CLOSED = {"relative": 1e-9, "absolute": 1e-12}
PROJECTION_TOL = {"relative": 1e-7, "absolute": 1e-9}


class VecError(Exception):
    """A typed error of the contract: `code` is the expected error code."""

    def __init__(self, code):
        super().__init__(code)
        self.code = code


# ---------------------------------------------------------------------------------------------------
# Conventions
# ---------------------------------------------------------------------------------------------------

def eq(a, b):
    return a == b or abs(a - b) <= 1e-9 * max(abs(a), abs(b))


def direction(polarity):
    if polarity == "higher_is_better":
        return 1
    if polarity == "lower_is_better":
        return -1
    raise ValueError(polarity)


def check_finite(*xs):
    for x in xs:
        if x is not None and not math.isfinite(x):
            raise VecError("non_finite")


# ---------------------------------------------------------------------------------------------------
# Functions of README.md
# ---------------------------------------------------------------------------------------------------

def fractional_year(date):
    d = datetime.date.fromisoformat(date)
    first = datetime.date(d.year, 1, 1)
    day_of_year = (d - first).days + 1
    days_in_year = (datetime.date(d.year + 1, 1, 1) - first).days
    return {"t": (d.year - 1) + day_of_year / days_in_year}


def is_attained(comparator, polarity, value, target, tolerance=None):
    d = direction(polarity)
    if comparator == "reach":
        comparator = "at_least" if d == 1 else "at_most"
    if comparator == "at_least":
        return value > target or eq(value, target)
    if comparator == "more_than":
        return value > target and not eq(value, target)
    if comparator == "at_most":
        return value < target or eq(value, target)
    if comparator == "less_than":
        return value < target and not eq(value, target)
    if comparator == "about":
        tol = tolerance if tolerance is not None else 0.05 * abs(target)
        diff = abs(value - target)
        return diff <= tol or eq(diff, tol)
    raise ValueError(comparator)


def attained(comparator, polarity, value, target, tolerance=None):
    check_finite(value, target, tolerance)
    return {"attained": is_attained(comparator, polarity, value, target, tolerance)}


def logit_of(v, lo, hi):
    p = (v - lo) / (hi - lo)
    return math.log(p / (1 - p))


def resolve_curve(curve, v0, v1, bounds):
    """The curve a segment uses (`auto` resolved) after checking it can apply to its end values."""
    if curve == "auto":
        if bounds is not None and bounds[0] < v0 < bounds[1] and bounds[0] < v1 < bounds[1]:
            return "logistic"
        return "linear"
    if curve == "compound":
        if not (v0 > 0 and v1 > 0):
            raise VecError("curve_needs_positive_values")
    if curve == "logistic":
        lo, hi = bounds if bounds is not None else (0.0, 100.0)
        if not (lo < v0 < hi and lo < v1 < hi):
            raise VecError("curve_needs_values_inside_bounds")
    if curve not in ("linear", "compound", "logistic", "step"):
        raise ValueError(curve)
    return curve


def segment_value(curve, t0, v0, t1, v1, t, bounds):
    """Value of a (resolved, validated) segment curve at t0 <= t <= t1."""
    if t == t0:
        return v0
    if t == t1:
        return v1
    s = (t - t0) / (t1 - t0)
    if curve == "linear":
        return v0 + (v1 - v0) * s
    if curve == "compound":
        return v0 * (v1 / v0) ** s
    if curve == "logistic":
        lo, hi = bounds if bounds is not None else (0.0, 100.0)
        l0 = logit_of(v0, lo, hi)
        l1 = logit_of(v1, lo, hi)
        return lo + (hi - lo) / (1 + math.exp(-(l0 + (l1 - l0) * s)))
    if curve == "step":
        return v0 if t < t1 else v1
    raise ValueError(curve)


def segment_inverse(curve, t0, v0, t1, v1, value, bounds):
    """The t in (t0, t1] at which a monotone segment takes `value` (value strictly past v0, up to v1)."""
    if value == v1:
        return t1
    if curve == "step":
        return t1
    if curve == "linear":
        s = (value - v0) / (v1 - v0)
    elif curve == "compound":
        s = math.log(value / v0) / math.log(v1 / v0)
    elif curve == "logistic":
        lo, hi = bounds if bounds is not None else (0.0, 100.0)
        l0 = logit_of(v0, lo, hi)
        l1 = logit_of(v1, lo, hi)
        s = (logit_of(value, lo, hi) - l0) / (l1 - l0)
    else:
        raise ValueError(curve)
    return t0 + s * (t1 - t0)


def interpolate(curve, t0, v0, t1, v1, t, bounds=None):
    check_finite(t0, v0, t1, v1, t, *(bounds or []))
    if t0 >= t1:
        raise VecError("invalid_segment")
    if t < t0 or t > t1:
        raise VecError("outside_segment")
    used = resolve_curve(curve, v0, v1, bounds)
    return {"value": float(segment_value(used, t0, v0, t1, v1, t, bounds)), "curve_used": used}


def check_anchors(anchors):
    if len(anchors) < 2:
        raise VecError("too_few_anchors")
    for a, b in zip(anchors, anchors[1:]):
        if not a["t"] < b["t"]:
            raise VecError("anchors_not_increasing")


def milestones(anchors, curve, at, bounds=None):
    check_finite(*[a["t"] for a in anchors], *[a["value"] for a in anchors], *at, *(bounds or []))
    check_anchors(anchors)
    out = []
    for t in at:
        if t < anchors[0]["t"]:
            raise VecError("before_path")
    for t in at:
        row = None
        for i, a in enumerate(anchors):
            if t == a["t"]:
                row = {"t": float(t), "value": float(a["value"]),
                       "kind": "baseline" if i == 0 else "stated",
                       "comparator": None if i == 0 else a.get("comparator"), "curve_used": None}
                break
        if row is None and t > anchors[-1]["t"]:
            last = anchors[-1]
            row = {"t": float(t), "value": float(last["value"]), "kind": "held",
                   "comparator": last.get("comparator"), "curve_used": None}
        if row is None:
            for a, b in zip(anchors, anchors[1:]):
                if a["t"] < t < b["t"]:
                    used = resolve_curve(curve, a["value"], b["value"], bounds)
                    v = segment_value(used, a["t"], a["value"], b["t"], b["value"], t, bounds)
                    row = {"t": float(t), "value": float(v), "kind": "interpolated",
                           "comparator": b.get("comparator"), "curve_used": used}
                    break
        out.append(row)
    return {"milestones": out}


def achievement(comparator, polarity, target, value, baseline=None, tolerance=None):
    check_finite(target, value, baseline, tolerance)
    d = direction(polarity)
    res = {"attained": is_attained(comparator, polarity, value, target, tolerance)}
    num, den = (value, target) if d == 1 else (target, value)
    if value < 0 or target < 0:
        res["percent_of_target"], res["percent_of_target_reason"] = None, "negative_values"
    elif den == 0:
        res["percent_of_target"], res["percent_of_target_reason"] = None, "zero_denominator"
    else:
        res["percent_of_target"], res["percent_of_target_reason"] = 100 * num / den, None
    if baseline is None:
        res["progress_from_baseline"], res["progress_from_baseline_reason"] = None, "no_baseline"
    elif eq(target, baseline):
        res["progress_from_baseline"], res["progress_from_baseline_reason"] = None, "maintain_target"
    elif d * (target - baseline) < 0:
        # The baseline already met the target: a ratio over a step backwards would read as regression.
        res["progress_from_baseline"], res["progress_from_baseline_reason"] = None, "baseline_beyond_target"
    else:
        res["progress_from_baseline"] = (value - baseline) / (target - baseline)
        res["progress_from_baseline_reason"] = None
    res["gap"] = d * (target - value)
    return res


SCORE_KNOTS = [(-0.6, -5.0), (0.0, -2.5), (0.6, 0.0), (0.95, 2.5), (1.3, 5.0)]


def score_of(ratio):
    if ratio <= SCORE_KNOTS[0][0]:
        return SCORE_KNOTS[0][1]
    if ratio >= SCORE_KNOTS[-1][0]:
        return SCORE_KNOTS[-1][1]
    for (x0, y0), (x1, y1) in zip(SCORE_KNOTS, SCORE_KNOTS[1:]):
        if x0 <= ratio <= x1:
            if ratio == x0:
                return y0
            if ratio == x1:
                return y1
            return y0 + (y1 - y0) * (ratio - x0) / (x1 - x0)
    raise AssertionError(ratio)


def score(ratio):
    check_finite(ratio)
    return {"score": score_of(ratio)}


def growth_ratio(baseline_t, baseline, target_t, target, t, value, comparator, polarity, tolerance=None):
    check_finite(baseline_t, baseline, target_t, target, t, value, tolerance)

    def not_assessable(reason):
        return {"category": "not_assessable", "score": None, "cagr_actual": None, "cagr_required": None,
                "ratio": None, "reason": reason}

    if is_attained(comparator, polarity, value, target, tolerance):
        return {"category": "target_achieved", "score": 5.0, "cagr_actual": None, "cagr_required": None,
                "ratio": None, "reason": None}
    if t <= baseline_t:
        return not_assessable("one_observation")
    if target_t <= baseline_t:
        return not_assessable("target_not_after_baseline")
    if baseline <= 0 or value <= 0 or target <= 0:
        return not_assessable("non_positive_values")
    if abs(target - baseline) <= 0.01 * max(abs(target), abs(baseline)):
        return not_assessable("near_baseline")
    cagr_a = (value / baseline) ** (1 / (t - baseline_t)) - 1
    cagr_r = (target / baseline) ** (1 / (target_t - baseline_t)) - 1
    ratio = cagr_a / cagr_r
    if ratio >= 0.95:
        cat = "substantial_progress"
    elif ratio >= 0.6:
        cat = "moderate_progress"
    elif ratio >= 0:
        cat = "limited_progress"
    else:
        cat = "deterioration"
    return {"category": cat, "score": score_of(ratio), "cagr_actual": cagr_a, "cagr_required": cagr_r,
            "ratio": ratio, "reason": None}


def required_pace(value, t, target, target_t):
    check_finite(value, t, target, target_t)
    if target_t <= t:
        return {"linear": None, "compound": None, "reason": "target_year_passed"}
    linear = (target - value) / (target_t - t)
    if target <= 0 or value <= 0:
        return {"linear": linear, "compound": None, "reason": "non_positive_values"}
    return {"linear": linear, "compound": (target / value) ** (1 / (target_t - t)) - 1, "reason": None}


def time_distance(anchors, curve, t, value, polarity, bounds=None):
    check_finite(*[a["t"] for a in anchors], *[a["value"] for a in anchors], t, value, *(bounds or []))
    check_anchors(anchors)
    d = direction(polarity)
    if d * (value - anchors[0]["value"]) < 0:
        return {"years": None, "reason": "below_baseline"}
    for a, b in zip(anchors, anchors[1:]):
        t0, v0, t1, v1 = a["t"], a["value"], b["t"], b["value"]
        if d * (v0 - value) >= 0:
            return {"years": float(t0 - t), "reason": None}
        if d * (v1 - value) >= 0:
            used = resolve_curve(curve, v0, v1, bounds)
            return {"years": float(segment_inverse(used, t0, v0, t1, v1, value, bounds) - t), "reason": None}
    return {"years": None, "reason": "beyond_final_target"}


HIGHER_COMPARATORS = ("at_least", "more_than")
LOWER_COMPARATORS = ("at_most", "less_than")


def projection(observations, target, target_t, comparator, polarity, model, level,
               baseline=None, tolerance=None):
    check_finite(*[o["t"] for o in observations], *[o["value"] for o in observations], target, target_t,
                 baseline, tolerance, level)
    empty = {"projected": None, "gap_ratio": None, "category": None, "interval": None,
             "probability": None}
    n = len(observations)
    if n < 2:
        return {**empty, "reason": "too_few_observations"}
    ts = [o["t"] for o in observations]
    vs = [o["value"] for o in observations]
    if all(x == ts[0] for x in ts):
        return {**empty, "reason": "observations_at_one_time"}
    if model == "log_linear" and any(v <= 0 for v in vs):
        return {**empty, "reason": "non_positive_values"}
    if model == "linear":
        zs, z_of, back = list(vs), (lambda v: v), (lambda z: z)
    elif model == "log_linear":
        zs, z_of, back = [math.log(v) for v in vs], math.log, math.exp
    else:
        raise ValueError(model)
    t_min = min(ts)
    ws = [(ti - t_min) + 1 for ti in ts]
    W = sum(ws)
    tm = sum(w * ti for w, ti in zip(ws, ts)) / W
    zm = sum(w * zi for w, zi in zip(ws, zs)) / W
    sxx = sum(w * (ti - tm) ** 2 for w, ti in zip(ws, ts))
    b = sum(w * (ti - tm) * (zi - zm) for w, ti, zi in zip(ws, ts, zs)) / sxx
    a = zm - b * tm
    z_hat = a + b * target_t
    projected = back(z_hat)
    if baseline is None:
        baseline = next(o["value"] for o in observations if o["t"] == t_min)
    res = {"projected": projected}
    if eq(target, baseline):
        res["gap_ratio"] = None
        res["category"] = "on_track" if is_attained(comparator, polarity, projected, target, tolerance) \
            else "regression"
    else:
        g = (target - projected) / (target - baseline)
        res["gap_ratio"] = g
        res["category"] = "on_track" if g <= 0 else ("needs_acceleration" if g <= 1 else "regression")
    if n == 2:
        res["interval"], res["probability"], res["reason"] = None, None, "no_residual_degrees_of_freedom"
        return res
    df = n - 2
    s2 = sum(w * (zi - (a + b * ti)) ** 2 for w, ti, zi in zip(ws, ts, zs)) / df
    w_T = (target_t - t_min) + 1
    se = math.sqrt(s2 * (1 / w_T + 1 / W + (target_t - tm) ** 2 / sxx))
    if se == 0:
        res["interval"] = [projected, projected]
        res["probability"] = 1.0 if is_attained(comparator, polarity, projected, target, tolerance) else 0.0
    else:
        q = float(student_t.ppf((1 + level) / 2, df))
        res["interval"] = [back(z_hat - q * se), back(z_hat + q * se)]

        def F(x):
            return float(student_t.cdf(x, df))

        d = direction(polarity)
        if comparator == "about":
            tol = tolerance if tolerance is not None else 0.05 * abs(target)
            p = F((z_of(target + tol) - z_hat) / se) - F((z_of(target - tol) - z_hat) / se)
        elif comparator in HIGHER_COMPARATORS or (comparator == "reach" and d == 1):
            p = 1 - F((z_of(target) - z_hat) / se)
        elif comparator in LOWER_COMPARATORS or (comparator == "reach" and d == -1):
            p = F((z_of(target) - z_hat) / se)
        else:
            raise ValueError(comparator)
        res["probability"] = p
    res["reason"] = None
    return res


def ratio_of_sums(numerators, denominators, scale):
    check_finite(*numerators, *denominators, scale)
    if len(numerators) != len(denominators):
        raise VecError("length_mismatch")
    if not numerators:
        raise VecError("empty")
    if any(x < 0 for x in denominators):
        raise VecError("negative_denominator")
    n, d = sum(numerators), sum(denominators)
    if d == 0:
        raise VecError("zero_denominator")
    return {"value": scale * n / d, "numerator": float(n), "denominator": float(d), "units": len(numerators)}


def weighted_mean(values, weights):
    check_finite(*values, *weights)
    if len(values) != len(weights):
        raise VecError("length_mismatch")
    if not values:
        raise VecError("empty")
    if any(w < 0 for w in weights):
        raise VecError("negative_weight")
    total = math.fsum(weights)
    if total == 0:
        raise VecError("zero_total_weight")
    # Exact sums (math.fsum) of the weights' shares times the values: independent of the units' order.
    return {"value": math.fsum((w / total) * v for w, v in zip(weights, values)), "total_weight": float(total),
            "units": len(values)}


def tier_check(comparator, polarity, target, units, tolerance=None):
    check_finite(target, tolerance, *[u["value"] for u in units])
    attaining, not_attaining, missing = 0, [], []
    for u in units:
        if u["value"] is None:
            missing.append(u["unit"])
        elif is_attained(comparator, polarity, u["value"], target, tolerance):
            attaining += 1
        else:
            not_attaining.append(u["unit"])
    with_value = len(units) - len(missing)
    return {"units": len(units), "reported": with_value, "attaining": attaining,
            "share_attaining": attaining / with_value if with_value else None,
            "not_attaining": not_attaining, "missing": missing}


MONTHS_OF = {"monthly": 1, "quarterly": 3, "semi_annual": 6, "annual": 12}


def schedule_dates(schedule, year):
    m = MONTHS_OF[schedule["frequency"]]
    out = []
    for k in range(1, 12 // m + 1):
        deadline = datetime.date(year, m * (k - 1) + schedule["month_of_period"], schedule["day"])
        last = deadline - datetime.timedelta(days=1) if schedule["strictly_before"] else deadline
        out.append((k, deadline, last))
    return out


def reporting_calendar(schedules, year=None, after=None):
    if after is None:
        rows = []
        for i, s in enumerate(schedules):
            for k, deadline, last in schedule_dates(s, year):
                rows.append((last, i, k, deadline))
        rows.sort(key=lambda r: (r[0], r[1]))
        return {"due": [{"schedule": i, "period": k, "deadline": dl.isoformat(), "last_day": last.isoformat()}
                        for last, i, k, dl in rows]}
    a = datetime.date.fromisoformat(after)
    best = None
    for y in (a.year, a.year + 1):
        for i, s in enumerate(schedules):
            for k, deadline, last in schedule_dates(s, y):
                if last >= a and (best is None or (last, i) < (best[0], best[1])):
                    best = (last, i, k, y, deadline)
    last, i, k, y, dl = best
    return {"next": {"schedule": i, "period": k, "year": y, "deadline": dl.isoformat(),
                     "last_day": last.isoformat()}}


# ----- the methods of each kind of indicator (issue 16) ---------------------------------------------

KIND_OF_UNIT = {
    "percent": "level_or_share", "percent_of_grdp": "level_or_share", "count": "level_or_share",
    "per_thousand_people": "level_or_share", "dong": "level_or_share", "index": "level_or_share",
    "usd": "level_or_share", "hectare": "level_or_share", "tonne": "level_or_share", "years": "level_or_share",
    "mbps": "level_or_share", "days": "level_or_share", "quintal_per_hectare": "level_or_share",
    "children_per_woman": "level_or_share", "kilometre": "level_or_share", "cubic_metre": "level_or_share",
    "litre": "level_or_share", "square_metre": "level_or_share", "square_metre_per_person": "level_or_share",
    "megawatt": "level_or_share", "kilowatt_hour": "level_or_share", "cubic_metre_per_day": "level_or_share",
    "boys_per_hundred_girls": "level_or_share", "percent_of_plan": "level_or_share",
    "percent_per_year": "yearly_rate",
    "percent_increase": "cumulative_change", "percent_reduction": "cumulative_change",
    "rank": "rank",
}
METHOD_OF_KIND = {"level_or_share": "growth_rate_ratio", "yearly_rate": "mean_yearly_rate",
                  "cumulative_change": "straight_path", "rank": "rank_pace"}


def indicator_kind(unit):
    kind = KIND_OF_UNIT[unit]
    return {"kind": kind, "method": METHOD_OF_KIND[kind]}


def category_of(ratio):
    if ratio >= 0.95:
        return "substantial_progress"
    if ratio >= 0.6:
        return "moderate_progress"
    if ratio >= 0:
        return "limited_progress"
    return "deterioration"


def judged(res, attained_now, ratio, reason):
    """Category and score of a method: achieved first, else the ratio's, else not assessable."""
    if attained_now:
        res["category"], res["score"], res["reason"] = "target_achieved", 5.0, None
    elif reason is not None or not math.isfinite(ratio):
        res["category"], res["score"] = "not_assessable", None
        res["reason"] = reason if reason is not None else "rate_out_of_range"
    else:
        res["category"], res["score"], res["reason"] = category_of(ratio), score_of(ratio), None
    return res


def yearly_rate(rates, target, comparator, polarity, target_year=None, tolerance=None):
    check_finite(target, tolerance, *[r["rate"] for r in rates])
    d = direction(polarity)
    years = [{"year": r["year"], "rate": r["rate"],
              "attained": is_attained(comparator, polarity, r["rate"], target, tolerance),
              "gap": d * (target - r["rate"])} for r in rates]
    res = {"category": "not_assessable", "score": None, "years": years,
           "years_attained": sum(1 for y in years if y["attained"]), "mean_rate": None, "ratio": None,
           "required_rate": None, "remaining_years": None, "reason": None, "pace_reason": None}
    if not rates:
        res["reason"] = "no_observations"
        return res
    if any(1 + r["rate"] / 100 <= 0 for r in rates):
        res["reason"] = "non_positive_growth_factor"
        return res
    n = len(rates)
    product = 1.0
    for r in rates:
        product *= 1 + r["rate"] / 100
    g = (product ** (1 / n) - 1) * 100
    res["mean_rate"] = g
    if target_year is None:
        res["pace_reason"] = "no_target_year"
    elif target_year - max(r["year"] for r in rates) <= 0:
        res["pace_reason"] = "target_year_passed"
    else:
        m = target_year - max(r["year"] for r in rates)
        res["remaining_years"] = m
        if 1 + target / 100 <= 0:
            res["pace_reason"] = "non_positive_values"
        else:
            res["required_rate"] = (((1 + target / 100) ** (n + m) / product) ** (1 / m) - 1) * 100
    ratio, reason = None, None
    if target <= 0:
        reason = "non_positive_target_rate"
    elif d == 1:
        ratio = g / target
    elif g > 0:
        ratio = target / g
    else:
        reason = "non_positive_values"
    res["ratio"] = ratio
    return judged(res, is_attained(comparator, polarity, g, target, tolerance), ratio, reason)


def cumulative_change(start_t, target_t, target, t, value, comparator, polarity, tolerance=None):
    check_finite(start_t, target_t, target, t, value, tolerance)
    d = direction(polarity)
    span = target_t - start_t
    path = None
    if span > 0:
        path = target if t >= target_t else target * max((t - start_t) / span, 0.0)
    res = {"path_value": path, "ahead": None if path is None else d * (value - path),
           "pace_achieved": value / (t - start_t) if t > start_t else None,
           "pace_required": target / span if span > 0 else None}
    ratio, reason = None, None
    if span <= 0:
        reason = "target_not_after_baseline"
    elif t <= start_t:
        reason = "at_period_start"
    elif eq(target, 0.0):
        reason = "target_equals_start"
    else:
        ratio = (value / (t - start_t)) / (target / span)
    res["ratio"] = ratio
    if target_t > t:
        res["required_pace"], res["pace_reason"] = (target - value) / (target_t - t), None
    else:
        res["required_pace"], res["pace_reason"] = None, "target_year_passed"
    return judged(res, is_attained(comparator, polarity, value, target, tolerance), ratio, reason)


def default_field(t):
    """63 provinces ranked until the 2023 round, 34 units from the 2024 round."""
    return 63 if t <= 2023 else 34


def rank_read(p, target_field):
    if p.get("field") is not None:
        field, basis = p["field"], "observed"
    else:
        field, basis = default_field(p["t"]), "default_by_year"
    ok = field != 0 and 1 <= p["rank"] <= field
    share = p["rank"] / field if field != 0 else 0.0
    if ok and field != target_field:
        equivalent = p["rank"] / field * target_field
    else:
        equivalent = p["rank"]
    return ok, {"t": p["t"], "rank": p["rank"], "field": field, "field_basis": basis, "share": share,
                "equivalent_rank": equivalent}


def rank_progress(start, latest, target, comparator, polarity, target_t=None, target_field=None,
                  tolerance=None):
    check_finite(start["t"], start["rank"], latest["t"], latest["rank"], target, target_t, tolerance)
    d = direction(polarity)
    start_field = start["field"] if start.get("field") is not None else default_field(start["t"])
    n_v, n_v_basis = (start_field, "start") if target_field is None else (target_field, "given")
    ok0, r0 = rank_read(start, n_v)
    ok1, r1 = rank_read(latest, n_v)
    res = {"start": r0, "latest": r1, "target_field": n_v, "target_field_basis": n_v_basis,
           "target_share": target / n_v if n_v != 0 else 0.0,
           "by_share": ok0 and ok1 and (r0["field"] != n_v or r1["field"] != n_v),
           "attained": False, "positions_gained_per_year": None, "positions_needed_per_year": None,
           "ratio": None, "required_pace": None, "projected_rank": None, "pace_reason": None}
    if not (ok0 and ok1):
        # Read raw: a rank outside its field is not placed in another field.
        r0["equivalent_rank"], r1["equivalent_rank"] = r0["rank"], r1["rank"]
        res.update({"category": "not_assessable", "score": None, "reason": "rank_outside_field"})
        return res
    a, b, t0, t = r0["equivalent_rank"], r1["equivalent_rank"], r0["t"], r1["t"]
    res["attained"] = is_attained(comparator, polarity, b, target, tolerance)
    gained = d * (b - a) / (t - t0) if t > t0 else None
    res["positions_gained_per_year"] = gained
    if target_t is None:
        res["pace_reason"] = "no_target_year"
    elif target_t <= t:
        res["pace_reason"] = "target_year_passed"
    else:
        res["required_pace"] = d * (target - b) / (target_t - t)
        if gained is not None:
            n = r1["field"]
            projected = (r1["share"] + d * (gained / n_v) * (target_t - t)) * n
            res["projected_rank"] = min(max(projected, 1.0), float(n))
    ratio, reason = None, None
    if t <= t0:
        reason = "one_observation"
    elif target_t is None:
        reason = "no_target_year"
    elif target_t <= t0:
        reason = "target_not_after_baseline"
    elif eq(target, a):
        reason = "target_equals_start"
    else:
        needed = d * (target - a) / (target_t - t0)
        res["positions_needed_per_year"] = needed
        if needed < 0:
            reason = "baseline_beyond_target"
        else:
            ratio = gained / needed
    res["ratio"] = ratio
    return judged(res, res["attained"], ratio, reason)


# ----- alignment: a plan against another (README.md, `alignment`) ---------------------------------

TIER_ORDER = {None: 0, "province": 1, "district": 2, "commune": 3, "own_unit": 4}


def bound_of(comparator, polarity):
    if comparator in ("at_least", "more_than") or (comparator == "reach" and polarity == "higher_is_better"):
        return "floor"
    if comparator in ("at_most", "less_than") or (comparator == "reach" and polarity == "lower_is_better"):
        return "ceiling"
    return "about"


def alignment_side(plan, indicator, tier, year):
    ind = next((i for i in plan["indicators"] if i["id"] == indicator), None)
    if ind is None:
        return None
    mine = [t for t in plan["targets"] if t["indicator"] == indicator and t.get("tier") == tier]
    for t in mine:
        if t.get("year") == year:
            return {"value": t["value"], "comparator": t["comparator"], "unit": ind["unit"],
                    "polarity": ind["polarity"], "basis": "stated", "target": t["id"]}
    if year is None:
        return None
    anchors = []
    for t in sorted((t for t in mine if t.get("year") is not None), key=lambda t: t["year"]):
        if not anchors or anchors[-1]["year"] != t["year"]:
            anchors.append(t)
    for a, b in zip(anchors, anchors[1:]):
        if a["year"] < year < b["year"]:
            s = (year - a["year"]) / (b["year"] - a["year"])
            return {"value": a["value"] + (b["value"] - a["value"]) * s, "comparator": b["comparator"],
                    "unit": ind["unit"], "polarity": ind["polarity"], "basis": "interpolated", "target": b["id"]}
    return None


def alignment_compare(x, y, warnings):
    bx, by = bound_of(x["comparator"], x["polarity"]), bound_of(y["comparator"], y["polarity"])
    if x["unit"] != y["unit"]:
        warnings.append("unit_mismatch")
    if x["polarity"] != y["polarity"]:
        warnings.append("polarity_mismatch")
    opposite = {bx, by} == {"floor", "ceiling"}
    if opposite:
        warnings.append("opposite_bounds")
    if warnings and warnings != ["same_plan"]:
        return "incomparable", None, None
    d = 1 if "floor" in (bx, by) else -1 if "ceiling" in (bx, by) else direction(x["polarity"])
    if eq(x["value"], y["value"]):
        sx, sy = (c in ("more_than", "less_than") for c in (x["comparator"], y["comparator"]))
        return ("stricter" if sx and not sy else "looser" if sy and not sx else "equal"), 0.0, 0.0
    margin = (x["value"] - y["value"]) * d
    return ("stricter" if margin > 0 else "looser"), x["value"] - y["value"], margin


def alignment(first, second):
    same = first["id"] == second["id"]
    order = [i["id"] for i in first["indicators"]]
    order += [i["id"] for i in second["indicators"] if i["id"] not in order]
    keys = []
    for t in first["targets"] + second["targets"]:
        k = (t["indicator"], t.get("tier"), t.get("year"))
        if k not in keys:
            keys.append(k)
    keys.sort(key=lambda k: (order.index(k[0]) if k[0] in order else len(order), TIER_ORDER[k[1]],
                             k[2] is not None, k[2] or 0))
    rows, summary = [], []
    for indicator, tier, year in keys:
        a, b = alignment_side(first, indicator, tier, year), alignment_side(second, indicator, tier, year)
        named = next((i for p in (first, second) for i in p["indicators"] if i["id"] == indicator))
        warnings = ["same_plan"] if same else []
        if a is not None and b is not None:
            verdict, difference, margin = alignment_compare(a, b, warnings)
        else:
            verdict, difference, margin = ("only_first" if a is not None else "only_second"), None, None
        rows.append({"indicator": indicator, "pillar": named["pillar"], "tier": tier, "year": year,
                     "first": a, "second": b, "verdict": verdict, "difference": difference, "margin": margin,
                     "warnings": warnings})
        counts = next((c for c in summary if c["pillar"] == named["pillar"]), None)
        if counts is None:
            counts = {"pillar": named["pillar"], "stricter": 0, "equal": 0, "looser": 0, "only_first": 0,
                      "only_second": 0, "incomparable": 0}
            summary.append(counts)
        counts[verdict] += 1
    warnings = (["same_plan"] if same else []) + \
        ([] if any(r["first"] is not None and r["second"] is not None for r in rows) else ["no_shared_indicators"])
    return {"first": first["id"], "second": second["id"], "rows": rows, "summary": summary, "warnings": warnings}


# ---------------------------------------------------------------------------------------------------
# Cases
# ---------------------------------------------------------------------------------------------------

def clean(x):
    """-0.0 becomes 0.0 so that files read naturally; everything else is kept as computed."""
    if isinstance(x, float) and x == 0:
        return 0.0
    if isinstance(x, dict):
        return {k: clean(v) for k, v in x.items()}
    if isinstance(x, list):
        return [clean(v) for v in x]
    return x


def agrees(got, want, rel=1e-12, abs_=1e-12):
    if isinstance(want, bool) or want is None or isinstance(want, str):
        return got == want
    if isinstance(want, (int, float)):
        return isinstance(got, (int, float)) and not isinstance(got, bool) and \
            abs(got - want) <= abs_ + rel * abs(want)
    if isinstance(want, list):
        return isinstance(got, list) and len(got) == len(want) and all(agrees(g, w, rel, abs_)
                                                                       for g, w in zip(got, want))
    if isinstance(want, dict):
        return isinstance(got, dict) and all(k in got and agrees(got[k], v, rel, abs_) for k, v in want.items())
    raise TypeError(want)


class Suite:
    def __init__(self, function, fn, tolerance=CLOSED, extra=""):
        self.function, self.fn, self.tolerance, self.extra = function, fn, tolerance, extra
        self.cases = []
        self.names = set()
        self.hand_count = 0

    def add(self, name, inp, hand=None, check=None, rel=1e-12):
        """`hand` is the working as text; `check` the hand result: a dict of expected fields (a subset),
        or the expected error code as a string."""
        assert name not in self.names, name
        self.names.add(name)
        case = {"name": name, "input": inp}
        try:
            case["expected"] = clean(self.fn(**inp))
        except VecError as e:
            case["error"] = e.code
        if hand is not None:
            assert check is not None, name
            case["hand"] = hand
            self.hand_count += 1
        if check is not None:
            if isinstance(check, str):
                assert case.get("error") == check, (self.function, name, case, check)
            else:
                assert "expected" in case, (self.function, name, case)
                assert agrees(case["expected"], check, rel), (self.function, name, case["expected"], check)
        self.cases.append(case)

    def document(self):
        return {"function": self.function, "derivation": DERIVATION.format(extra=self.extra),
                "tolerance": self.tolerance, "cases": self.cases}


SUITES = []


def suite(*args, **kw):
    s = Suite(*args, **kw)
    SUITES.append(s)
    return s


H, L = "higher_is_better", "lower_is_better"
# 80 plus one unit in the last place, as a share computed in floats comes out: 100 * 78.4 / 98.
# (4/5*100, the example in methods.md, is exactly 80.0 in IEEE doubles, so it cannot serve.)
EIGHTY = 100 * 78.4 / 98
assert EIGHTY == math.nextafter(80.0, 100.0) and repr(EIGHTY) == "80.00000000000001"

# ----- fractional_year ------------------------------------------------------------------------------
s = suite("fractional_year", fractional_year)
s.add("31 December 2025 is the end of 2025", {"date": "2025-12-31"},
      "2024 + 365/365 = 2025.0", {"t": 2025.0})
s.add("31 December 2024, last day of a leap year", {"date": "2024-12-31"},
      "2023 + 366/366 = 2024.0", {"t": 2024.0})
s.add("1 January 2024, first day of a leap year", {"date": "2024-01-01"},
      "2023 + 1/366 = 2023.0027322404...", {"t": 2023.00273224043715847})
s.add("1 January 2025, first day of a common year", {"date": "2025-01-01"},
      "2024 + 1/365 = 2024.0027397260...", {"t": 2024.00273972602739726})
s.add("2 July 2025, a little past mid-year", {"date": "2025-07-02"},
      "Jan-Jun 181 days + 2 = day 183; 2024 + 183/365 = 2024.5013698630...", {"t": 2024.50136986301369863})
s.add("2 July 2026 is about 2025.5", {"date": "2026-07-02"},
      "2025 + 183/365 = 2025.5013698630...", {"t": 2025.50136986301369863})
s.add("29 February 2024, leap day", {"date": "2024-02-29"},
      "31 + 29 = day 60; 2023 + 60/366 = 2023.1639344262...", {"t": 2023.16393442622950820})
s.add("1 March 2024, the day after a leap day", {"date": "2024-03-01"})
s.add("1 March 2023, common year", {"date": "2023-03-01"},
      "31 + 28 + 1 = day 60; 2022 + 60/365 = 2022.1643835616...", {"t": 2022.16438356164383562})
s.add("30 June 2024, end of the first half of a leap year", {"date": "2024-06-30"},
      "31+29+31+30+31+30 = day 182; 2023 + 182/366 = 2023.4972677595...", {"t": 2023.49726775956284153})
s.add("1 July 2025, the day the merged provinces began", {"date": "2025-07-01"})
s.add("12 July 2022, Trà Vinh plan signed", {"date": "2022-07-12"},
      "181 + 12 = day 193; 2021 + 193/365 = 2021.5287671232...", {"t": 2021.52876712328767123})
s.add("20 December 2026, a quarterly report deadline", {"date": "2026-12-20"})
s.add("31 December 2000, a century leap year", {"date": "2000-12-31"}, "1999 + 366/366 = 2000.0", {"t": 2000.0})
s.add("1 March 2100, a century year that is not leap", {"date": "2100-03-01"},
      "31 + 28 + 1 = day 60; 2099 + 60/365", {"t": 2099 + 60 / 365})

# ----- attained -------------------------------------------------------------------------------------
s = suite("attained", attained)


def att(name, comparator, polarity, value, target, tolerance=None, hand=None, check=None):
    inp = {"comparator": comparator, "polarity": polarity, "value": value, "target": target}
    if tolerance is not None:
        inp["tolerance"] = tolerance
    s.add(name, inp, hand, None if check is None else {"attained": check})


att("work files online 92% against at least 90%", "at_least", H, 92.0, 90.0, None, "92 >= 90", True)
att("work files online exactly 90% against at least 90%", "at_least", H, 90.0, 90.0, None, "90 == 90", True)
att("exactly 80 against more than 80 is not met", "more_than", H, 80.0, 80.0, None, "80 > 80 is false", False)
att("computed 100*78.4/98 = 80.00000000000001 against more than 80% is not met", "more_than", H, EIGHTY, 80.0,
    None, "|80.00000000000001 - 80| = 1.4e-14 <= 1e-9 * 80 = 8e-8, so equal; more_than needs not equal", False)
att("computed 100*78.4/98 = 80.00000000000001 against at least 80% is met", "at_least", H, EIGHTY, 80.0,
    None, "equal within 1e-9 relative, at_least accepts equal", True)
att("80.00000004 is equal to 80 within 1e-9 relative: not more than 80", "more_than", H, 80.00000004, 80.0,
    None, "|diff| = 4e-8 <= 8.0000000032e-8", False)
att("80.0000002 is beyond the 1e-9 band: more than 80", "more_than", H, 80.0000002, 80.0,
    None, "|diff| = 2e-7 > 8.0000000160e-8 and 80.0000002 > 80", True)
att("79.99999996 is equal to 80 within 1e-9 relative: at least 80", "at_least", H, 79.99999996, 80.0)
att("79.99999996 is equal to 80 within 1e-9 relative: not less than 80", "less_than", H, 79.99999996, 80.0)
att("80.00000004 is equal to 80 within 1e-9 relative: at most 80", "at_most", L, 80.00000004, 80.0)
att("79.9 is less than 80", "less_than", L, 79.9, 80.0)
att("DTI rank 25 against at most 20 (lower is better)", "at_most", L, 25.0, 20.0, None, "25 > 20", False)
att("DTI rank 18 reaches rank 20 when lower is better", "reach", L, 18.0, 20.0, None,
    "reach with lower_is_better is at_most: 18 <= 20", True)
att("digital economy 5.78% of GRDP does not reach 20%", "reach", H, 5.78, 20.0, None,
    "reach with higher_is_better is at_least: 5.78 < 20", False)
att("about 50 with the default 5% band: 52.5 is on the edge", "about", H, 52.5, 50.0, None,
    "tol = 0.05 * 50 = 2.5; |52.5 - 50| = 2.5 <= 2.5", True)
att("about 50 with the default 5% band: 52.6 is outside", "about", H, 52.6, 50.0, None,
    "|52.6 - 50| = 2.6 > 2.5", False)
att("about 10 with tolerance 0.3: 10.3 - 10 = 0.3000000000000007 counts as on the edge", "about", H, 10.3,
    10.0, 0.3, "|10.3 - 10| = 0.30000000000000071 is not <= 0.3 but eq(0.30000000000000071, 0.3)", True)
att("about 50 with tolerance 1: 48.5 is outside", "about", H, 48.5, 50.0, 1.0)
att("about 0 with no tolerance: the band is empty, 0 is inside", "about", H, 0.0, 0.0)
att("about 0 with no tolerance: 0.001 is outside", "about", H, 0.001, 0.0)
att("about -2 with the default band 0.1: -2.05 is inside", "about", H, -2.05, -2.0)
att("labour productivity growth -1.5% against at least 6.5%", "at_least", H, -1.5, 6.5)
att("negative values: -1.5 is at least -2", "at_least", H, -1.5, -2.0)
att("zero against zero: at least 0", "at_least", H, 0.0, 0.0)
att("zero against zero: not more than 0", "more_than", H, 0.0, 0.0)

# ----- interpolate ----------------------------------------------------------------------------------
s = suite("interpolate", interpolate)


def ip(name, curve, t0, v0, t1, v1, t, bounds=None, hand=None, check=None, rel=1e-12):
    inp = {"curve": curve, "t0": t0, "v0": v0, "t1": t1, "v1": v1, "t": t}
    if bounds is not None:
        inp["bounds"] = bounds
    s.add(name, inp, hand, check, rel)


ip("work files online 62% (2022) to 90% (2025), linear, at 2024", "linear", 2022, 62.0, 2025, 90.0, 2024,
   None, "62 + (90-62)*(2024-2022)/(2025-2022) = 62 + 28*2/3 = 80.666...",
   {"value": 80.66666666666667, "curve_used": "linear"})
ip("linear at the start of the segment is exactly v0", "linear", 2022, 62.0, 2025, 90.0, 2022, None,
   "t == t0: v0 = 62", {"value": 62.0})
ip("linear at the end of the segment is exactly v1", "linear", 2022, 62.0, 2025, 90.0, 2025, None,
   "t == t1: v1 = 90", {"value": 90.0})
ip("negative to positive growth, -2 to 4, linear, at 2023", "linear", 2022, -2.0, 2025, 4.0, 2023, None,
   "-2 + 6/3 = 0", {"value": 0.0})
ip("target equal to baseline, linear", "linear", 2022, 100.0, 2025, 100.0, 2024, None, "100 + 0 = 100",
   {"value": 100.0})
ip("digital economy 5.78% (2022) to 20% (2025), compound, at mid-2023", "compound", 2022, 5.78, 2025, 20.0,
   2023.5, None, "5.78 * (20/5.78)^0.5 = sqrt(5.78*20) = sqrt(115.6) = 10.7517440446...",
   {"value": math.sqrt(115.6), "curve_used": "compound"})
ip("compound with equal ends is constant", "compound", 2022, 100.0, 2025, 100.0, 2023)
ip("compound from a zero baseline is an error", "compound", 2022, 0.0, 2025, 10.0, 2023, None,
   "v0 = 0 is not > 0", "curve_needs_positive_values")
ip("compound to a negative target is an error", "compound", 2022, 3.0, 2025, -1.0, 2023)
ip("e-payment accounts 45% (2022) to 80% (2025), logistic, at mid-2023", "logistic", 2022, 45.0, 2025, 80.0,
   2023.5, None,
   "odds(45%) = 45/55, odds(80%) = 4; at s = 0.5 odds = sqrt(45/55*4) = sqrt(36/11) = 1.80907; "
   "100 * 1.80907/2.80907 = 64.4010...",
   {"value": 100 * math.sqrt(36 / 11) / (1 + math.sqrt(36 / 11)), "curve_used": "logistic"})
ip("logistic from 0% is an error (on the bound)", "logistic", 2022, 0.0, 2025, 50.0, 2023, None,
   "0 is not strictly inside (0, 100)", "curve_needs_values_inside_bounds")
ip("logistic to 100% is an error (on the bound)", "logistic", 2025, 90.0, 2030, 100.0, 2027)
ip("logistic from 0.001% to 99.999% is fine; the midpoint is 50%", "logistic", 2022, 0.001, 2030, 99.999,
   2026, None, "L(0.001%) = -L(99.999%), so at s = 0.5 the logit is 0 and the value 50", {"value": 50.0},
   rel=1e-9)
ip("logistic near the bounds, early in the segment", "logistic", 2022, 0.001, 2030, 99.999, 2023)
ip("logistic on a fraction with bounds [0, 1]", "logistic", 2022, 0.62, 2025, 0.9, 2024, [0.0, 1.0])
ip("logistic with a value outside custom bounds [0, 50] is an error", "logistic", 2022, 20.0, 2025, 60.0,
   2023, [0.0, 50.0])
ip("step holds the start value inside the segment", "step", 2022, 62.0, 2025, 90.0, 2024.99, None,
   "t < t1: v0 = 62", {"value": 62.0, "curve_used": "step"})
ip("step takes the end value at the end", "step", 2022, 62.0, 2025, 90.0, 2025, None, "t == t1: 90",
   {"value": 90.0, "curve_used": "step"})
ip("auto with bounds and values inside picks logistic", "auto", 2022, 45.0, 2025, 80.0, 2023.5,
   [0.0, 100.0], "both strictly inside (0, 100): logistic, 64.4010... as above",
   {"value": 100 * math.sqrt(36 / 11) / (1 + math.sqrt(36 / 11)), "curve_used": "logistic"})
ip("auto with bounds and a value on the bound picks linear", "auto", 2025, 90.0, 2030, 100.0, 2027,
   [0.0, 100.0], "100 is on the bound: linear, 90 + 10*2/5 = 94", {"value": 94.0, "curve_used": "linear"})
ip("auto without bounds picks linear", "auto", 2022, 45.0, 2025, 80.0, 2023.5)
ip("auto at the start of the segment still says which curve", "auto", 2022, 45.0, 2025, 80.0, 2022,
   [0.0, 100.0])
ip("segment with t0 == t1 is invalid", "linear", 2025, 62.0, 2025, 90.0, 2025, None,
   "t0 >= t1", "invalid_segment")
ip("segment with t0 > t1 is invalid", "linear", 2025, 62.0, 2022, 90.0, 2023)
ip("t after the segment is outside", "linear", 2022, 62.0, 2025, 90.0, 2026, None, "2026 > 2025",
   "outside_segment")

# ----- milestones -----------------------------------------------------------------------------------
s = suite("milestones", milestones)
WORK_FILES = [{"t": 2022, "value": 62.0}, {"t": 2025, "value": 90.0, "comparator": "at_least"},
              {"t": 2030, "value": 100.0, "comparator": "reach"}]
DIGITAL_ECONOMY = [{"t": 2022, "value": 5.78}, {"t": 2025, "value": 20.0, "comparator": "at_least"},
                   {"t": 2030, "value": 30.0, "comparator": "at_least"}]
PAYMENTS = [{"t": 2022, "value": 45.0}, {"t": 2025, "value": 80.0, "comparator": "at_least"},
            {"t": 2030, "value": 95.0, "comparator": "at_least"}]
DTI_RANK = [{"t": 2022, "value": 25.0}, {"t": 2025, "value": 20.0, "comparator": "at_most"},
            {"t": 2030, "value": 10.0, "comparator": "at_most"}]


def ms(name, anchors, curve, at, bounds=None, hand=None, check=None):
    inp = {"anchors": anchors, "curve": curve, "at": at}
    if bounds is not None:
        inp["bounds"] = bounds
    s.add(name, inp, hand, check)


ms("work files online, linear, 2022 to 2032", WORK_FILES, "linear",
   [2022, 2023, 2024, 2025, 2027.5, 2030, 2032], None,
   "2022 baseline 62; 2023: 62 + 28/3 = 71.333; 2024: 62 + 56/3 = 80.667; 2025 stated 90; "
   "2027.5: 90 + 10*2.5/5 = 95; 2030 stated 100; 2032 held 100",
   {"milestones": [
       {"t": 2022.0, "value": 62.0, "kind": "baseline", "comparator": None, "curve_used": None},
       {"t": 2023.0, "value": 62 + 28 / 3, "kind": "interpolated", "comparator": "at_least",
        "curve_used": "linear"},
       {"t": 2024.0, "value": 62 + 56 / 3, "kind": "interpolated", "comparator": "at_least",
        "curve_used": "linear"},
       {"t": 2025.0, "value": 90.0, "kind": "stated", "comparator": "at_least", "curve_used": None},
       {"t": 2027.5, "value": 95.0, "kind": "interpolated", "comparator": "reach", "curve_used": "linear"},
       {"t": 2030.0, "value": 100.0, "kind": "stated", "comparator": "reach", "curve_used": None},
       {"t": 2032.0, "value": 100.0, "kind": "held", "comparator": "reach", "curve_used": None}]})
ms("digital economy share, compound", DIGITAL_ECONOMY, "compound", [2023, 2024, 2026, 2029.5])
ms("e-payment accounts, logistic with bounds [0, 100]", PAYMENTS, "logistic", [2023.5, 2027.5],
   [0.0, 100.0])
ms("auto picks logistic for 62 to 90 and linear for 90 to 100 (on the bound)", WORK_FILES, "auto",
   [2023.5, 2027.5], [0.0, 100.0], "segment 2: 100 is on the bound, linear: 90 + 10*2.5/5 = 95",
   {"milestones": [{"curve_used": "logistic", "kind": "interpolated"},
                   {"t": 2027.5, "value": 95.0, "curve_used": "linear", "comparator": "reach"}]})
ms("step path holds the previous value until the target year", WORK_FILES, "step",
   [2024, 2025, 2029.99, 2030], None,
   "2024: 62 (held from 2022); 2025: 90 stated; 2029.99: 90; 2030: 100 stated",
   {"milestones": [{"value": 62.0, "curve_used": "step"}, {"value": 90.0, "kind": "stated"},
                   {"value": 90.0, "curve_used": "step"}, {"value": 100.0, "kind": "stated"}]})
ms("DTI rank, lower is better, linear", DTI_RANK, "linear", [2023, 2028, 2031], None,
   "2023: 25 - 5/3 = 23.333; 2028: 20 - 10*3/5 = 14; 2031 held 10",
   {"milestones": [{"value": 25 - 5 / 3, "comparator": "at_most"}, {"value": 14.0},
                   {"value": 10.0, "kind": "held", "comparator": "at_most"}]})
ms("milestone at a date (2 July 2025 is 2024 + 183/365)", WORK_FILES, "linear", [2024 + 183 / 365])
ms("maintain target 100% to 100%", [{"t": 2022, "value": 100.0},
                                    {"t": 2025, "value": 100.0, "comparator": "reach"}], "linear", [2023])
ms("no dates asked gives no milestones", WORK_FILES, "linear", [])
ms("a date before the baseline fails the whole case", WORK_FILES, "linear", [2023, 2021], None,
   "2021 < 2022", "before_path")
ms("one anchor is too few", [{"t": 2022, "value": 62.0}], "linear", [2022], None, "1 < 2",
   "too_few_anchors")
ms("no anchors is too few", [], "linear", [2022])
ms("two anchors in the same year are not increasing", [{"t": 2025, "value": 62.0},
                                                       {"t": 2025, "value": 90.0, "comparator": "at_least"}],
   "linear", [2025], None, "2025 is not < 2025", "anchors_not_increasing")
ms("anchors out of order are not increasing", [{"t": 2022, "value": 62.0},
                                               {"t": 2030, "value": 100.0, "comparator": "reach"},
                                               {"t": 2025, "value": 90.0, "comparator": "at_least"}],
   "linear", [2023])
ms("compound from a zero baseline fails inside the first segment",
   [{"t": 2022, "value": 0.0}, {"t": 2025, "value": 10.0, "comparator": "at_least"}], "compound", [2023])
ms("logistic to 100% fails inside the segment that ends on the bound", WORK_FILES, "logistic", [2027])

# ----- achievement ----------------------------------------------------------------------------------
s = suite("achievement", achievement)


def ach(name, comparator, polarity, target, value, baseline=None, tolerance=None, hand=None, check=None):
    inp = {"comparator": comparator, "polarity": polarity}
    if baseline is not None:
        inp["baseline"] = baseline
    inp["target"] = target
    inp["value"] = value
    if tolerance is not None:
        inp["tolerance"] = tolerance
    s.add(name, inp, hand, check)


ach("work files online 80% in 2024 against at least 90%, baseline 62%", "at_least", H, 90.0, 80.0, 62.0, None,
    "percent 100*80/90 = 88.888...; progress (80-62)/(90-62) = 18/28 = 0.642857...; gap 90-80 = 10",
    {"attained": False, "percent_of_target": 800 / 9, "percent_of_target_reason": None,
     "progress_from_baseline": 18 / 28, "progress_from_baseline_reason": None, "gap": 10.0})
ach("digital economy 7.5% of GRDP against at least 20%, baseline 5.78%", "at_least", H, 20.0, 7.5, 5.78, None,
    "percent 100*7.5/20 = 37.5; progress (7.5-5.78)/(20-5.78) = 1.72/14.22 = 0.120956...; gap 12.5",
    {"attained": False, "percent_of_target": 37.5, "progress_from_baseline": 1.72 / 14.22, "gap": 12.5})
ach("DTI rank 22 against at most 20, baseline 25 (lower is better)", "at_most", L, 20.0, 22.0, 25.0, None,
    "percent 100*20/22 = 90.909...; progress (22-25)/(20-25) = 0.6; gap -1*(20-22) = 2",
    {"attained": False, "percent_of_target": 2000 / 22, "progress_from_baseline": 0.6, "gap": 2.0})
ach("DTI rank 18 against at most 20, baseline 25: attained", "at_most", L, 20.0, 18.0, 25.0, None,
    "percent 100*20/18 = 111.11...; progress (18-25)/(20-25) = 1.4; gap -1*(20-18) = -2",
    {"attained": True, "percent_of_target": 2000 / 18, "progress_from_baseline": 1.4, "gap": -2.0})
ach("target already met: 95% against at least 90%, baseline 62%", "at_least", H, 90.0, 95.0, 62.0)
ach("no baseline: progress is absent", "at_least", H, 90.0, 80.0, None, None,
    "no baseline given", {"progress_from_baseline": None, "progress_from_baseline_reason": "no_baseline"})
ach("maintain target: 100% to keep, 98% now", "reach", H, 100.0, 98.0, 100.0, None,
    "eq(100, 100): maintain_target; gap 100-98 = 2",
    {"attained": False, "progress_from_baseline": None, "progress_from_baseline_reason": "maintain_target",
     "gap": 2.0, "percent_of_target": 98.0})
ach("maintain target when the baseline is 100*78.4/98 = 80.00000000000001 and the target 80", "at_least", H, 80.0,
    81.0, EIGHTY)
ach("zero value against at least 90%: 0% of target", "at_least", H, 90.0, 0.0, 62.0)
ach("security incidents at most 0, value 0, baseline 3: divisor is the zero value", "at_most", L, 0.0, 0.0, 3.0,
    None, "lower: 100*target/value = 100*0/0, divisor 0; progress (0-3)/(0-3) = 1; gap -1*(0-0) = 0",
    {"attained": True, "percent_of_target": None, "percent_of_target_reason": "zero_denominator",
     "progress_from_baseline": 1.0, "gap": 0.0})
ach("security incidents at most 0, value 2: 0% of target", "at_most", L, 0.0, 2.0, 3.0)
ach("growth at least 0% with a zero target: divisor is the zero target", "at_least", H, 0.0, 2.1)
ach("labour productivity growth -1.5% against at least 6.5%, baseline 5.2%", "at_least", H, 6.5, -1.5, 5.2,
    None, "value negative: negative_values; progress (-1.5-5.2)/(6.5-5.2) = -6.7/1.3 = -5.1538...; gap 8",
    {"percent_of_target": None, "percent_of_target_reason": "negative_values",
     "progress_from_baseline": -6.7 / 1.3, "gap": 8.0})
ach("negative target with a zero value: negative values is the reason, before the zero divisor",
    "at_most", L, -5.0, 0.0)
ach("about 6.5% with tolerance 0.5: 6.2% is attained", "about", H, 6.5, 6.2, 5.2, 0.5)
ach("about 6.5% with the default 5% band: 6.1% is not attained", "about", H, 6.5, 6.1, 5.2)
ach("computed 100*78.4/98 = 80.00000000000001 against more than 80%, baseline 60%", "more_than", H, 80.0, EIGHTY, 60.0)
ach("regression below the baseline: 55% against 90%, baseline 62%", "at_least", H, 90.0, 55.0, 62.0, None,
    "progress (55-62)/(90-62) = -7/28 = -0.25", {"progress_from_baseline": -0.25, "gap": 35.0})
ach("target below the baseline: 97% against at least 90%, baseline 95%", "at_least", H, 90.0, 97.0, 95.0, None,
    "the baseline 95 already meets 90: no progress ratio (the formula would give -0.4); attained; gap 90-97 = -7",
    {"attained": True, "progress_from_baseline": None, "progress_from_baseline_reason": "baseline_beyond_target",
     "gap": -7.0})
ach("DTI rank 5 against top 10, baseline 7 (lower is better): the baseline already met it", "at_most", L, 10.0, 5.0,
    7.0, None, "d*(10-7) = -3 < 0: baseline_beyond_target; percent 100*10/5 = 200; gap -1*(10-5) = -5",
    {"attained": True, "percent_of_target": 200.0, "progress_from_baseline": None,
     "progress_from_baseline_reason": "baseline_beyond_target", "gap": -5.0})

# ----- score ----------------------------------------------------------------------------------------
s = suite("score", score)
for name, r, txt, want in [
    ("ratio -100, far below -0.6, scores -5", -100.0, "below -0.6: -5", -5.0),
    ("ratio -1 scores -5", -1.0, None, None),
    ("ratio -0.6, the lowest knot", -0.6, "knot (-0.6, -5)", -5.0),
    ("ratio -0.3, between -0.6 and 0", -0.3, "-5 + 2.5*(0.3/0.6) = -3.75", -3.75),
    ("ratio 0, no change", 0.0, "knot (0, -2.5)", -2.5),
    ("ratio 0.1", 0.1, None, None),
    ("ratio 0.3, between 0 and 0.6", 0.3, "-2.5 + 2.5*(0.3/0.6) = -1.25", -1.25),
    ("ratio 0.6, the moderate threshold, scores 0", 0.6, "knot (0.6, 0)", 0.0),
    ("ratio 0.775, between 0.6 and 0.95", 0.775, "0 + 2.5*(0.175/0.35) = 1.25", 1.25),
    ("ratio 0.86361, a moderate progress ratio", 0.86361, None, None),
    ("ratio 0.95, the substantial threshold", 0.95, "knot (0.95, 2.5)", 2.5),
    ("ratio 1, exactly on pace", 1.0, "2.5 + 2.5*(0.05/0.35) = 2.857142...", 2.5 + 2.5 / 7),
    ("ratio 1.125, between 0.95 and 1.3", 1.125, "2.5 + 2.5*(0.175/0.35) = 3.75", 3.75),
    ("ratio 1.3, the highest knot", 1.3, "knot (1.3, 5)", 5.0),
    ("ratio 2, above 1.3, scores 5", 2.0, "above 1.3: 5", 5.0),
    ("a huge ratio scores 5", 1e6, None, None)]:
    s.add(name, {"ratio": r}, txt, None if want is None else {"score": want})

# ----- growth_ratio ---------------------------------------------------------------------------------
s = suite("growth_ratio", growth_ratio)


def gr(name, baseline_t, baseline, target_t, target, t, value, comparator, polarity, tolerance=None,
       hand=None, check=None):
    inp = {"baseline_t": baseline_t, "baseline": baseline, "target_t": target_t, "target": target, "t": t,
           "value": value, "comparator": comparator, "polarity": polarity}
    if tolerance is not None:
        inp["tolerance"] = tolerance
    s.add(name, inp, hand, check)


wf_a = math.sqrt(80 / 62) - 1
wf_r = (90 / 62) ** (1 / 3) - 1
gr("work files online 62% (2022) to at least 90% (2025), 80% in 2024: substantial", 2022, 62.0, 2025, 90.0,
   2024, 80.0, "at_least", H, None,
   "cagr_a = (80/62)^(1/2) - 1 = 0.135924...; cagr_r = (90/62)^(1/3) - 1 = 0.132271...; "
   "ratio = 1.027617...; score 2.5 + 2.5*(ratio-0.95)/0.35 = 3.054409...",
   {"category": "substantial_progress", "cagr_actual": wf_a, "cagr_required": wf_r, "ratio": wf_a / wf_r,
    "score": 2.5 + 2.5 * (wf_a / wf_r - 0.95) / 0.35, "reason": None})
gr("work files online, 75% in 2024: moderate", 2022, 62.0, 2025, 90.0, 2024, 75.0, "at_least", H)
gr("work files online, 66% in 2024: limited", 2022, 62.0, 2025, 90.0, 2024, 66.0, "at_least", H)
gr("work files online, 58% in 2024: deterioration", 2022, 62.0, 2025, 90.0, 2024, 58.0, "at_least", H)
gr("work files online, 91% in 2024: target achieved", 2022, 62.0, 2025, 90.0, 2024, 91.0, "at_least", H, None,
   "91 >= 90: target_achieved, score 5",
   {"category": "target_achieved", "score": 5.0, "cagr_actual": None, "cagr_required": None, "ratio": None})
gr("work files online, 85% in 2026 after the 2025 target year", 2022, 62.0, 2025, 90.0, 2026, 85.0,
   "at_least", H)
gr("work files online at mid-2024", 2022, 62.0, 2025, 90.0, 2024.5, 80.0, "at_least", H)
gr("already met in the baseline year", 2022, 92.0, 2025, 90.0, 2022, 92.0, "at_least", H)
gr("only the baseline observed: one observation", 2022, 62.0, 2025, 90.0, 2022, 62.0, "at_least", H, None,
   "t = baseline_t", {"category": "not_assessable", "score": None, "reason": "one_observation"})
gr("target year equal to the baseline year", 2022, 62.0, 2022, 90.0, 2024, 80.0, "at_least", H, None,
   "target_t <= baseline_t", {"category": "not_assessable", "reason": "target_not_after_baseline"})
gr("enterprises using AI: zero baseline", 2022, 0.0, 2025, 10.0, 2024, 2.0, "at_least", H, None,
   "baseline 0 <= 0", {"category": "not_assessable", "reason": "non_positive_values"})
gr("labour productivity growth turned negative", 2022, 5.2, 2025, 6.5, 2024, -1.5, "at_least", H)
gr("target within 1% of the baseline: 99.5% to 100%", 2022, 99.5, 2025, 100.0, 2024, 99.6, "at_least", H,
   None, "|100 - 99.5| = 0.5 <= 0.01 * 100 = 1", {"category": "not_assessable", "reason": "near_baseline"})
gr("target exactly 1% from the baseline: 99 to 100 is near", 2022, 99.0, 2025, 100.0, 2024, 99.5,
   "at_least", H)
gr("DTI rank 25 (2022) to at most 20 (2025), rank 22 in 2024 (lower is better)", 2022, 25.0, 2025, 20.0,
   2024, 22.0, "at_most", L, None,
   "cagr_a = (22/25)^(1/2) - 1 = -0.061917...; cagr_r = (20/25)^(1/3) - 1 = -0.071682...; "
   "ratio = 0.863768... (moderate); score 2.5*(0.863768-0.6)/0.35 = 1.884060...",
   {"category": "moderate_progress", "cagr_actual": math.sqrt(0.88) - 1, "cagr_required": 0.8 ** (1 / 3) - 1,
    "ratio": (math.sqrt(0.88) - 1) / (0.8 ** (1 / 3) - 1),
    "score": 2.5 * ((math.sqrt(0.88) - 1) / (0.8 ** (1 / 3) - 1) - 0.6) / 0.35})
gr("DTI rank worsened to 28", 2022, 25.0, 2025, 20.0, 2024, 28.0, "at_most", L)
gr("DTI rank 19 reaches at most 20", 2022, 25.0, 2025, 20.0, 2024, 19.0, "at_most", L)
gr("digital economy 5.78% (2022) to at least 20% (2025), 7.5% in 2024: limited", 2022, 5.78, 2025, 20.0,
   2024, 7.5, "at_least", H)
gr("about 8% with tolerance 0.5: 7.6% is achieved", 2022, 6.0, 2025, 8.0, 2024, 7.6, "about", H, 0.5)
gr("about 8% with tolerance 0.5: 7.2% is assessed by the ratio", 2022, 6.0, 2025, 8.0, 2024, 7.2, "about", H,
   0.5)

# ----- required_pace --------------------------------------------------------------------------------
s = suite("required_pace", required_pace)


def rp(name, value, t, target, target_t, hand=None, check=None):
    s.add(name, {"value": value, "t": t, "target": target, "target_t": target_t}, hand, check)


rp("work files online 80% in 2024 to 90% by 2025", 80.0, 2024, 90.0, 2025,
   "linear (90-80)/1 = 10; compound 90/80 - 1 = 0.125",
   {"linear": 10.0, "compound": 0.125, "reason": None})
rp("work files online 80% in 2024 to 100% by 2030", 80.0, 2024, 100.0, 2030,
   "linear 20/6 = 3.333...; compound 1.25^(1/6) - 1 = 0.037890...",
   {"linear": 20 / 6, "compound": 1.25 ** (1 / 6) - 1})
rp("digital economy 7.5% in 2024 to 20% by 2025", 7.5, 2024, 20.0, 2025,
   "linear 12.5; compound 20/7.5 - 1 = 1.666...", {"linear": 12.5, "compound": 20 / 7.5 - 1})
rp("DTI rank 22 in 2024 to 20 by 2025", 22.0, 2024, 20.0, 2025, "linear -2; compound 20/22 - 1 = -0.0909...",
   {"linear": -2.0, "compound": 20 / 22 - 1})
rp("from mid-2024 (80%) to 90% by the end of 2025", 80.0, 2024.5, 90.0, 2025,
   "linear 10/0.5 = 20; compound 1.125^2 - 1 = 0.265625", {"linear": 20.0, "compound": 0.265625})
rp("target already met: 95% against 90% by 2025", 95.0, 2024, 90.0, 2025)
rp("target equal to the value", 90.0, 2023, 90.0, 2025, "linear 0/2 = 0; compound 1^(1/2) - 1 = 0",
   {"linear": 0.0, "compound": 0.0})
rp("labour productivity growth 5.2% in 2022 to 6.5% by 2025", 5.2, 2022, 6.5, 2025)
rp("target year is now: passed", 85.0, 2025, 90.0, 2025, "target_t <= t",
   {"linear": None, "compound": None, "reason": "target_year_passed"})
rp("target year passed a year ago", 85.0, 2026, 90.0, 2025)
rp("target year passed with a zero value: passed comes first", 0.0, 2026, 10.0, 2025)
rp("zero value: compound is absent", 0.0, 2023, 10.0, 2025, "linear 10/2 = 5; value 0 <= 0",
   {"linear": 5.0, "compound": None, "reason": "non_positive_values"})
rp("negative growth -1.5% to 6.5%", -1.5, 2023, 6.5, 2025)
rp("security incidents 3 to 0: zero target", 3.0, 2024, 0.0, 2025)

# ----- time_distance --------------------------------------------------------------------------------
s = suite("time_distance", time_distance)


def td(name, anchors, curve, t, value, polarity, bounds=None, hand=None, check=None):
    inp = {"anchors": anchors, "curve": curve}
    if bounds is not None:
        inp["bounds"] = bounds
    inp.update({"t": t, "value": value, "polarity": polarity})
    s.add(name, inp, hand, check)


td("work files online 85% in 2023 is ahead of the path", WORK_FILES, "linear", 2023, 85.0, H, None,
   "t* = 2022 + 3*(85-62)/28 = 2024.4642857; years = t* - 2023 = 1.4642857...",
   {"years": 3 * 23 / 28 - 1, "reason": None})
td("work files online 70% in 2024 is behind the path", WORK_FILES, "linear", 2024, 70.0, H, None,
   "t* = 2022 + 3*8/28 = 2022.857142...; years = -1.142857...", {"years": 3 * 8 / 28 - 2})
td("work files online 90% in 2025 is on the path", WORK_FILES, "linear", 2025, 90.0, H, None,
   "t* = 2025 (the target anchor); years 0", {"years": 0.0})
td("work files online 95% in 2026 is ahead in the second segment", WORK_FILES, "linear", 2026, 95.0, H, None,
   "t* = 2025 + 5*(95-90)/10 = 2027.5; years 1.5", {"years": 1.5})
td("work files online 92% in 2028 is behind in the second segment", WORK_FILES, "linear", 2028, 92.0, H,
   None, "t* = 2025 + 5*2/10 = 2026; years -2", {"years": -2.0})
td("work files online 100% in 2029 is a year ahead of the final target", WORK_FILES, "linear", 2029, 100.0, H,
   None, "t* = 2030; years 1", {"years": 1.0})
td("value equal to the baseline is reached at the baseline", WORK_FILES, "linear", 2024, 62.0, H, None,
   "t* = 2022; years -2", {"years": -2.0})
td("value below the baseline", WORK_FILES, "linear", 2023, 60.0, H, None, "60 < 62",
   {"years": None, "reason": "below_baseline"})
td("value beyond the final target", WORK_FILES, "linear", 2026, 100.5, H, None, "100.5 > 100",
   {"years": None, "reason": "beyond_final_target"})
td("DTI rank 18 in 2024 is ahead (lower is better)", DTI_RANK, "linear", 2024, 18.0, L, None,
   "second segment: t* = 2025 + 5*(18-20)/(10-20) = 2026; years 2", {"years": 2.0})
td("DTI rank 23 in 2024 is behind (lower is better)", DTI_RANK, "linear", 2024, 23.0, L, None,
   "t* = 2022 + 3*(23-25)/(20-25) = 2023.2; years -0.8", {"years": 2023.2 - 2024})
td("DTI rank 27 is below the baseline (worse than rank 25)", DTI_RANK, "linear", 2024, 27.0, L)
td("DTI rank 9 is beyond the final target rank 10", DTI_RANK, "linear", 2031, 9.0, L)
td("digital economy 10% in 2024 on a compound path", DIGITAL_ECONOMY, "compound", 2024, 10.0, H, None,
   "t* = 2022 + 3*ln(10/5.78)/ln(20/5.78) = 2023.324826...; years = -0.675174...",
   {"years": 2022 + 3 * math.log(10 / 5.78) / math.log(20 / 5.78) - 2024})
td("e-payment accounts 70% in 2024 on a logistic path", PAYMENTS, "logistic", 2024, 70.0, H, [0.0, 100.0])
td("e-payment accounts 90% in 2026 on a logistic path, second segment", PAYMENTS, "logistic", 2026, 90.0, H)
td("step path reaches 75% only at the 2025 target", WORK_FILES, "step", 2023, 75.0, H, None,
   "step segment reaches v1 = 90 at t1 = 2025; years 2", {"years": 2.0})
td("step path: the baseline value is reached at the baseline", WORK_FILES, "step", 2023, 62.0, H)
td("auto path: 95% in 2026 falls in the linear segment", WORK_FILES, "auto", 2026, 95.0, H, [0.0, 100.0])
td("auto path: 85% in 2023 falls in the logistic segment", WORK_FILES, "auto", 2023, 85.0, H, [0.0, 100.0])
td("maintain segment: 100% in 2026 was reached in 2025",
   [{"t": 2022, "value": 80.0}, {"t": 2025, "value": 100.0, "comparator": "reach"},
    {"t": 2030, "value": 100.0, "comparator": "reach"}], "linear", 2026, 100.0, H, None,
   "first reached at 2025; years -1", {"years": -1.0})
td("one anchor is too few", [{"t": 2022, "value": 62.0}], "linear", 2023, 70.0, H, None, "1 < 2",
   "too_few_anchors")
td("compound from a zero baseline fails", [{"t": 2022, "value": 0.0},
                                           {"t": 2025, "value": 20.0, "comparator": "at_least"}],
   "compound", 2024, 10.0, H)

# ----- projection -----------------------------------------------------------------------------------
s = suite("projection", projection, PROJECTION_TOL, " and scipy.stats.t (Student's t ppf and cdf)")


def obs(pairs):
    return [{"t": t, "value": v} for t, v in pairs]


def pj(name, observations, target, target_t, comparator, polarity, model, level, baseline=None,
       tolerance=None, hand=None, check=None):
    inp = {"observations": observations}
    if baseline is not None:
        inp["baseline"] = baseline
    inp.update({"target": target, "target_t": target_t, "comparator": comparator, "polarity": polarity})
    if tolerance is not None:
        inp["tolerance"] = tolerance
    inp.update({"model": model, "level": level})
    s.add(name, inp, hand, check, rel=1e-10)


WF6 = obs([(2019, 35.2), (2020, 44.8), (2021, 53.1), (2022, 62.0), (2023, 71.5), (2024, 79.4)])
DE6 = obs([(2019, 3.1), (2020, 3.6), (2021, 4.4), (2022, 5.78), (2023, 6.6), (2024, 7.5)])
RANK6 = obs([(2019, 48.0), (2020, 41.0), (2021, 37.0), (2022, 25.0), (2023, 27.0), (2024, 22.0)])
LP5 = obs([(2020, 95.2), (2021, 98.0), (2022, 104.1), (2023, 109.5), (2024, 113.0)])

pj("work files online, 6 years, linear, target at least 90% by 2025", WF6, 90.0, 2025, "at_least", H, "linear",
   0.9)
pj("digital economy share, 6 years, log-linear, target at least 20% by 2025", DE6, 20.0, 2025, "at_least", H,
   "log_linear", 0.9)
pj("digital economy share, 6 years, linear (compare with log-linear)", DE6, 20.0, 2025, "at_least", H,
   "linear", 0.95)
pj("DTI rank, 6 years, linear, target at most 20 by 2025 (lower is better)", RANK6, 20.0, 2025, "at_most", L,
   "linear", 0.9)
pj("DTI rank with reach, lower is better, 80% interval", RANK6, 20.0, 2025, "reach", L, "linear", 0.8)
pj("labour productivity, log-linear, about 120 with tolerance 5 by 2025", LP5, 120.0, 2025, "about", H,
   "log_linear", 0.9, None, 5.0)
pj("labour productivity, linear, about 120 with the default 5% band", LP5, 120.0, 2025, "about", H,
   "linear", 0.9)
pj("three observations, linear, 95% interval", obs([(2022, 62.0), (2023, 72.0), (2024, 79.0)]), 90.0, 2025,
   "at_least", H, "linear", 0.95, None, None,
   "w = 1,2,3; W = 6; tm = 2023.333; zm = 443/6; Sxx = 10/3; b = (492/18)/(10/3) = 8.2; "
   "projected = 443/6 + 8.2*5/3 = 87.5; gap = (90-87.5)/(90-62) = 0.0892857; residuals -0.9, 0.9, -0.3; "
   "s2 = (0.81 + 2*0.81 + 3*0.09)/1 = 2.7; se2 = 2.7*(1/4 + 1/6 + (5/3)^2/(10/3)) = 2.7*1.25 = 3.375; "
   "q = t.ppf(0.975, 1) = 12.7062; interval 87.5 -/+ q*sqrt(3.375); p = 1 - F((90-87.5)/sqrt(3.375), 1)",
   {"projected": 87.5, "gap_ratio": 2.5 / 28, "category": "needs_acceleration",
    "interval": [87.5 - 12.706204736174696 * math.sqrt(3.375), 87.5 + 12.706204736174696 * math.sqrt(3.375)],
    "probability": 1 - (0.5 + math.atan(2.5 / math.sqrt(3.375)) / math.pi), "reason": None})
pj("three observations, log-linear, projected to 2030", obs([(2022, 5.78), (2023, 6.6), (2024, 7.5)]), 30.0,
   2030, "at_least", H, "log_linear", 0.9)
pj("two observations: projection without interval", obs([(2022, 62.0), (2024, 80.0)]), 90.0, 2025,
   "at_least", H, "linear", 0.9, None, None,
   "w = 1, 3; W = 4; tm = 2023.5; zm = (62 + 240)/4 = 75.5; Sxx = 2.25 + 0.75 = 3; "
   "Sxy = 20.25 + 6.75 = 27; b = 9; projected = 75.5 + 9*1.5 = 89; gap = 1/28",
   {"projected": 89.0, "gap_ratio": 1 / 28, "category": "needs_acceleration", "interval": None,
    "probability": None, "reason": "no_residual_degrees_of_freedom"})
pj("two observations, log-linear", obs([(2022, 5.78), (2024, 7.5)]), 20.0, 2025, "at_least", H, "log_linear",
   0.9, None, None,
   "two points: the line passes through both; ln p = ln 7.5 + (ln 7.5 - ln 5.78)/2; p = 7.5*sqrt(7.5/5.78)",
   {"projected": 7.5 * math.sqrt(7.5 / 5.78), "interval": None, "reason": "no_residual_degrees_of_freedom"})
pj("one observation is too few", obs([(2024, 80.0)]), 90.0, 2025, "at_least", H, "linear", 0.9, None, None,
   "n = 1 < 2",
   {"projected": None, "gap_ratio": None, "category": None, "interval": None, "probability": None,
    "reason": "too_few_observations"})
pj("no observations", [], 90.0, 2025, "at_least", H, "linear", 0.9)
pj("two observations in the same year", obs([(2023, 70.0), (2023, 72.0)]), 90.0, 2025, "at_least", H, "linear",
   0.9, None, None, "all t equal", {"projected": None, "reason": "observations_at_one_time"})
pj("log-linear with a zero value", obs([(2022, 0.0), (2023, 2.0), (2024, 3.5)]), 10.0, 2025, "at_least", H,
   "log_linear", 0.9, None, None, "0 <= 0", {"projected": None, "category": None,
                                             "reason": "non_positive_values"})
pj("linear with a zero value is fine", obs([(2022, 0.0), (2023, 2.0), (2024, 3.5)]), 10.0, 2025, "at_least", H,
   "linear", 0.9)
pj("perfect linear fit: se is 0, the interval is a point", obs([(2022, 60.0), (2023, 65.0), (2026, 80.0)]), 95.0,
   2030, "at_least", H, "linear", 0.9, None, None,
   "values on 5t - 10050 exactly: projected 5*2030 - 10050 = 100; residuals 0, se 0; "
   "gap (95-100)/(95-60) = -1/7; probability 1 (100 >= 95)",
   {"projected": 100.0, "gap_ratio": -1 / 7, "category": "on_track", "interval": [100.0, 100.0],
    "probability": 1.0, "reason": None})
pj("perfect flat fit at 100%: maintain target met", obs([(2022, 100.0), (2023, 100.0), (2024, 100.0)]), 100.0,
   2025, "at_least", H, "linear", 0.9, None, None,
   "b = 0, projected 100; eq(target, baseline): gap null, on_track as 100 >= 100; se 0, probability 1",
   {"projected": 100.0, "gap_ratio": None, "category": "on_track", "interval": [100.0, 100.0],
    "probability": 1.0, "reason": None})
pj("maintain target 100% slipping: regression", obs([(2022, 100.0), (2023, 98.0), (2024, 97.0)]), 100.0, 2025,
   "at_least", H, "linear", 0.9)
pj("target already met by the trend: on track", obs([(2022, 85.0), (2023, 90.0), (2024, 94.0)]), 90.0, 2025,
   "at_least", H, "linear", 0.9)
pj("falling values against a rising target: regression", obs([(2022, 62.0), (2023, 60.0), (2024, 57.0)]), 90.0,
   2025, "at_least", H, "linear", 0.9)
pj("observations out of order with an explicit baseline", obs([(2024, 79.0), (2022, 62.0), (2023, 72.0)]),
   90.0, 2025, "at_least", H, "linear", 0.95, 60.0)
pj("observations out of order: baseline defaults to the earliest one",
   obs([(2024, 79.0), (2022, 62.0), (2023, 72.0)]), 90.0, 2025, "more_than", H, "linear", 0.95)
pj("observations at dates (fractional years), projected to 2030",
   obs([(2022.5, 48.0), (2023.0, 52.5), (2024 + 183 / 365, 61.0), (2025.0, 64.0)]), 100.0, 2030, "reach", H,
   "linear", 0.9)

# ----- ratio_of_sums --------------------------------------------------------------------------------
s = suite("ratio_of_sums", ratio_of_sums)


def rs(name, numerators, denominators, scale, hand=None, check=None):
    s.add(name, {"numerators": numerators, "denominators": denominators, "scale": scale}, hand, check)


rs("work files online in three districts, as a percentage", [1200.0, 850.0, 430.0], [1500.0, 1000.0, 800.0],
   100.0, "100 * (1200+850+430)/(1500+1000+800) = 100*2480/3300 = 75.1515... (the mean of the unit ratios, (80+85+53.75)/3 = 72.92, would be wrong)",
   {"value": 248000 / 3300, "numerator": 2480.0, "denominator": 3300.0, "units": 3})
rs("one unit: the roll-up is that unit's own ratio", [930.0], [1000.0], 100.0, "100*930/1000 = 93",
   {"value": 93.0, "numerator": 930.0, "denominator": 1000.0, "units": 1})
rs("one unit with a fractional ratio", [1.0], [3.0], 100.0)
rs("a unit with nothing to count (0 of 0) adds nothing", [0.0, 450.0], [0.0, 500.0], 100.0,
   "100*(0+450)/(0+500) = 90", {"value": 90.0, "units": 2})
rs("fixed broadband subscriptions per 1000 people", [25000.0, 18000.0], [150000.0, 120000.0], 1000.0,
   "1000*43000/270000 = 159.259...", {"value": 43000000 / 270000})
rs("scale 1 gives a fraction", [45.0, 30.0], [60.0, 40.0], 1.0)
rs("zero numerators give zero", [0.0, 0.0], [10.0, 20.0], 100.0)
rs("a negative numerator is summed as given", [-20.0, 50.0], [100.0, 100.0], 100.0)
rs("all denominators zero", [0.0, 0.0], [0.0, 0.0], 100.0, "sum of denominators 0", "zero_denominator")
rs("a negative denominator", [10.0, 20.0], [-5.0, 40.0], 100.0, "-5 < 0", "negative_denominator")
rs("denominators that sum to zero with a negative one: negative first", [1.0, 1.0], [-5.0, 5.0], 100.0)
rs("lengths differ", [10.0, 20.0], [100.0], 100.0, "2 numerators, 1 denominator", "length_mismatch")
rs("no numerators but one denominator: lengths differ", [], [100.0], 100.0)
rs("no units", [], [], 100.0, "nothing to sum", "empty")

# ----- weighted_mean --------------------------------------------------------------------------------
s = suite("weighted_mean", weighted_mean)


def wm(name, values, weights, hand=None, check=None):
    s.add(name, {"values": values, "weights": weights}, hand, check)


wm("household e-payment rates of three communes weighted by households", [92.5, 78.0, 85.0],
   [12000.0, 8500.0, 6100.0],
   "(92.5*12000 + 78*8500 + 85*6100)/26600 = (1110000 + 663000 + 518500)/26600 = 2291500/26600 = 86.1466...",
   {"value": 2291500 / 26600, "total_weight": 26600.0, "units": 3})
wm("growth rates with negative values", [-1.5, 6.5, 4.0], [1.0, 2.0, 1.0],
   "(-1.5 + 13 + 4)/4 = 15.5/4 = 3.875", {"value": 3.875, "total_weight": 4.0})
wm("one unit: its own value", [71.3], [5400.0], "71.3*5400/5400 = 71.3", {"value": 71.3})
wm("equal weights give the plain mean", [80.0, 90.0, 100.0], [1.0, 1.0, 1.0])
wm("a zero weight leaves its unit out of the mean", [90.0, 10.0], [100.0, 0.0], "90*100/100 = 90",
   {"value": 90.0, "total_weight": 100.0, "units": 2})
wm("fractional weights (population in millions)", [62.0, 70.0], [1.01, 0.99])
wm("all weights zero", [90.0, 10.0], [0.0, 0.0], "total weight 0", "zero_total_weight")
wm("a negative weight", [90.0, 10.0], [100.0, -1.0], "-1 < 0", "negative_weight")
wm("lengths differ", [90.0, 10.0], [100.0])
wm("no units", [], [], "nothing to average", "empty")
# Regressions (issue 15): a large value with weight 0 must change nothing, whatever its place.
wm("a large weightless value first does not swallow the others", [1e17, 5.0, 7.0], [0.0, 1.0, 1.0],
   "(0*1e17 + 5 + 7)/2 = 6", {"value": 6.0, "total_weight": 2.0})
wm("a large weightless value first: one unit carries all the weight", [4.77905e14, 5.3], [0.0, 1.0],
   "5.3*1/1 = 5.3", {"value": 5.3})
wm("the same with the order reversed", [5.3, 4.77905e14], [1.0, 0.0], "5.3*1/1 = 5.3", {"value": 5.3})

# ----- tier_check -----------------------------------------------------------------------------------
s = suite("tier_check", tier_check)


def tc(name, comparator, polarity, target, units, tolerance=None, hand=None, check=None):
    inp = {"comparator": comparator, "polarity": polarity, "target": target}
    if tolerance is not None:
        inp["tolerance"] = tolerance
    inp["units"] = [{"unit": u, "value": v} for u, v in units]
    s.add(name, inp, hand, check)


tc("districts at least 80% of work files online, one missing", "at_least", H, 80.0,
   [("cang_long", 85.5), ("cau_ke", 78.0), ("tieu_can", None), ("tra_cu", 92.1), ("duyen_hai", 80.0)], None,
   "attaining: cang_long, tra_cu, duyen_hai = 3 of 4 with a value: 0.75",
   {"units": 5, "attaining": 3, "share_attaining": 0.75, "not_attaining": ["cau_ke"], "missing": ["tieu_can"]})
tc("districts more than 80%: a computed 80.00000000000001 does not attain", "more_than", H, 80.0,
   [("cang_long", EIGHTY), ("cau_ke", 81.0)], None, "80.00000000000001 eq 80, not more; 1 of 2 = 0.5",
   {"attaining": 1, "share_attaining": 0.5, "not_attaining": ["cang_long"], "missing": []})
tc("all districts attain", "at_least", H, 80.0, [("a", 80.0), ("b", 99.0), ("c", 100.0)])
tc("no district attains", "at_least", H, 80.0, [("a", 10.0), ("b", 79.9)])
tc("all values missing: share absent", "at_least", H, 80.0, [("a", None), ("b", None)], None,
   "no unit has a value", {"units": 2, "attaining": 0, "share_attaining": None, "not_attaining": [],
                           "missing": ["a", "b"]})
tc("no units at all", "at_least", H, 80.0, [])
tc("communes at most 5 days to process a file (lower is better)", "at_most", L, 5.0,
   [("xa_a", 4.5), ("xa_b", 6.0), ("xa_c", 5.0), ("xa_d", None)])
tc("communes reaching rank 10, lower is better", "reach", L, 10.0, [("x", 9.0), ("y", 11.0), ("z", 10.0)])
tc("about 50% with tolerance 2", "about", H, 50.0, [("p", 48.0), ("q", 52.5), ("r", 51.0)], 2.0)
tc("less than 5% paper-only files: 4.99999999999 is equal to 5, not less", "less_than", L, 5.0,
   [("a", 4.99999999999), ("b", 4.0)])

# ----- reporting_calendar ---------------------------------------------------------------------------
s = suite("reporting_calendar", reporting_calendar)
QUARTERLY = {"frequency": "quarterly", "month_of_period": 3, "day": 20, "strictly_before": True}
ANNUAL = {"frequency": "annual", "month_of_period": 11, "day": 30, "strictly_before": True}
TRA_VINH = [QUARTERLY, ANNUAL]

s.add("Trà Vinh reports due in 2026", {"schedules": TRA_VINH, "year": 2026},
      "quarterly deadlines 20 Mar, Jun, Sep, Dec, last days the 19th; annual 30 Nov, last day 29 Nov",
      {"due": [
          {"schedule": 0, "period": 1, "deadline": "2026-03-20", "last_day": "2026-03-19"},
          {"schedule": 0, "period": 2, "deadline": "2026-06-20", "last_day": "2026-06-19"},
          {"schedule": 0, "period": 3, "deadline": "2026-09-20", "last_day": "2026-09-19"},
          {"schedule": 1, "period": 1, "deadline": "2026-11-30", "last_day": "2026-11-29"},
          {"schedule": 0, "period": 4, "deadline": "2026-12-20", "last_day": "2026-12-19"}]})
s.add("Trà Vinh reports due in 2028 (leap year)", {"schedules": TRA_VINH, "year": 2028})
s.add("next Trà Vinh report after 22 November 2026 is the annual one", {"schedules": TRA_VINH,
                                                                       "after": "2026-11-22"},
      "annual last day 29 Nov 2026 < quarterly Q4 last day 19 Dec 2026",
      {"next": {"schedule": 1, "period": 1, "year": 2026, "deadline": "2026-11-30", "last_day": "2026-11-29"}})
s.add("next Trà Vinh report after 25 December 2026 rolls into 2027", {"schedules": TRA_VINH,
                                                                     "after": "2026-12-25"},
      "all 2026 last days passed; Q1 2027: deadline 20 Mar, last day 19 Mar",
      {"next": {"schedule": 0, "period": 1, "year": 2027, "deadline": "2027-03-20", "last_day": "2027-03-19"}})
s.add("on the last day of the second quarter's report itself", {"schedules": TRA_VINH, "after": "2026-06-19"},
      "last_day >= after includes the day itself: 19 Jun 2026",
      {"next": {"schedule": 0, "period": 2, "year": 2026, "deadline": "2026-06-20", "last_day": "2026-06-19"}})
s.add("on the deadline day, strictly before means it is too late: next is the third quarter",
      {"schedules": TRA_VINH, "after": "2026-06-20"})
s.add("on the annual report's last day", {"schedules": TRA_VINH, "after": "2026-11-29"})
s.add("on the annual deadline day: next is the fourth quarter", {"schedules": TRA_VINH, "after": "2026-11-30"})
s.add("at the start of 2026", {"schedules": TRA_VINH, "after": "2026-01-01"})
s.add("monthly report on the 5th, not strictly before", {"schedules": [
    {"frequency": "monthly", "month_of_period": 1, "day": 5, "strictly_before": False}], "year": 2026})
s.add("semi-annual and quarterly on the same day: ties go to the earlier schedule", {"schedules": [
    {"frequency": "semi_annual", "month_of_period": 6, "day": 20, "strictly_before": True}, QUARTERLY],
    "year": 2026})
s.add("strictly before the 1st of March in a leap year ends on 29 February", {"schedules": [
    {"frequency": "quarterly", "month_of_period": 3, "day": 1, "strictly_before": True}], "year": 2028},
    "1 Mar 2028 - 1 day = 29 Feb 2028; 1 Jun - 1 = 31 May; 1 Sep - 1 = 31 Aug; 1 Dec - 1 = 30 Nov",
    {"due": [{"last_day": "2028-02-29"}, {"last_day": "2028-05-31"}, {"last_day": "2028-08-31"},
             {"last_day": "2028-11-30"}]})
s.add("strictly before the 1st of March in a common year ends on 28 February", {"schedules": [
    {"frequency": "quarterly", "month_of_period": 3, "day": 1, "strictly_before": True}], "year": 2026})
s.add("annual report only, after its 2026 deadline: the 2027 one", {"schedules": [ANNUAL],
                                                                    "after": "2026-12-01"})
s.add("semi-annual report on 15 January and 15 July: after 1 February the next is July", {"schedules": [
    {"frequency": "semi_annual", "month_of_period": 1, "day": 15, "strictly_before": False}],
    "after": "2026-02-01"})


# ----- indicator_kind -------------------------------------------------------------------------------
s = suite("indicator_kind", indicator_kind)
s.add("a share in percent is a level or share", {"unit": "percent"}, "percent: a share that compounds",
      {"kind": "level_or_share", "method": "growth_rate_ratio"})
s.add("percent a year is a yearly rate", {"unit": "percent_per_year"}, "tăng 11,5%/năm: a rate each year",
      {"kind": "yearly_rate", "method": "mean_yearly_rate"})
s.add("a percent reduction is a cumulative change", {"unit": "percent_reduction"},
      "giảm 30% thủ tục: a change from an unstated baseline", {"kind": "cumulative_change",
                                                               "method": "straight_path"})
s.add("a rank is a rank", {"unit": "rank"}, "nhóm 20 tỉnh dẫn đầu", {"kind": "rank", "method": "rank_pace"})
for unit in ("percent_of_grdp", "count", "per_thousand_people", "dong", "index", "percent_increase", "usd", "hectare",
             "tonne", "years", "mbps", "days", "quintal_per_hectare", "children_per_woman", "kilometre", "cubic_metre",
             "litre", "square_metre", "square_metre_per_person", "megawatt", "kilowatt_hour", "cubic_metre_per_day",
             "boys_per_hundred_girls", "percent_of_plan"):
    s.add("unit %s" % unit, {"unit": unit})

# ----- yearly_rate ----------------------------------------------------------------------------------
s = suite("yearly_rate", yearly_rate)


def yr(name, rates, target, comparator, polarity, target_year=None, tolerance=None, hand=None, check=None):
    inp = {"rates": [{"year": y, "rate": r} for y, r in rates], "target": target}
    if target_year is not None:
        inp["target_year"] = target_year
    inp.update({"comparator": comparator, "polarity": polarity})
    if tolerance is not None:
        inp["tolerance"] = tolerance
    s.add(name, inp, hand, check, rel=1e-6)


TV_PRODUCT = 1.079 * 1.062 * 1.068
yr("Trà Vinh labour productivity 7.9, 6.2, 6.8 against more than 11.5% a year by 2025: no year met",
   [(2022, 7.9), (2023, 6.2), (2024, 6.8)], 11.5, "more_than", H, 2025, None,
   "gaps 3.6, 5.3, 4.7; product 1.079*1.062*1.068 = 1.223819064; cube root 1.0696435: g = 6.96435%; "
   "ratio 6.96435/11.5 = 0.60560 (moderate); score 2.5/0.35*(0.60560-0.6) = 0.0400; one year left: "
   "1.115^4/1.223819064 - 1 = 1.5456/1.2238 - 1 = 26.294%",
   {"years_attained": 0, "years": [{"attained": False, "gap": 3.6}, {"attained": False, "gap": 5.3},
                                   {"attained": False, "gap": 4.7}],
    "mean_rate": 6.96435368922, "ratio": 0.60559597298, "category": "moderate_progress",
    "score": 2.5 / 0.35 * (0.60559597298 - 0.6), "required_rate": 26.2938653344, "remaining_years": 1,
    "reason": None, "pace_reason": None})
yr("a rate met in some years but not others: 8, 5, 7 against at least 7 by 2025",
   [(2022, 8.0), (2023, 5.0), (2024, 7.0)], 7.0, "at_least", H, 2025, None,
   "2022 and 2024 met (gaps -1, 0), 2023 not (gap 2); product 1.08*1.05*1.07 = 1.21338; cube root "
   "1.066593: g = 6.6593%, short of 7, ratio 0.95133: substantial; one year left: "
   "1.07^4/1.21338 - 1 = 1.31079601/1.21338 - 1 = 8.0285%",
   {"years_attained": 2, "years": [{"attained": True, "gap": -1.0}, {"attained": False, "gap": 2.0},
                                   {"attained": True, "gap": 0.0}],
    "mean_rate": 6.65935, "category": "substantial_progress", "required_rate": 8.02848},
   )
yr("a rate above target in every year: 12, 13, 11.6 against more than 11.5",
   [(2022, 12.0), (2023, 13.0), (2024, 11.6)], 11.5, "more_than", H, 2025, None,
   "every year above 11.5; the mean of 12, 13, 11.6 lies between them, above 11.5: achieved, score 5",
   {"years_attained": 3, "category": "target_achieved", "score": 5.0, "reason": None})
yr("a rate of exactly the target each year meets at least 7", [(2022, 7.0), (2023, 7.0), (2024, 7.0)], 7.0,
   "at_least", H, 2025, None, "g = (1.07^3)^(1/3) - 1 = 7% (equal within 1e-9): attained",
   {"category": "target_achieved", "years_attained": 3})
yr("a rate of exactly the target each year does not beat more than 7", [(2022, 7.0), (2023, 7.0), (2024, 7.0)],
   7.0, "more_than", H, 2025, None, "g = 7 equals 7: not more; ratio 1: substantial; 7% next year keeps the mean",
   {"category": "substantial_progress", "years_attained": 0, "required_rate": 7.0})
yr("a falling year pulls the mean down: 5, -2, 6 against at least 6.5", [(2022, 5.0), (2023, -2.0), (2024, 6.0)],
   6.5, "at_least", H, 2030)
yr("rates shrinking every year: deterioration", [(2023, -3.0), (2024, -1.0)], 5.0, "at_least", H, 2025, None,
   "g = sqrt(0.97*0.99) - 1 = -1.9975%: ratio -0.3995, deterioration",
   {"category": "deterioration", "mean_rate": (math.sqrt(0.97 * 0.99) - 1) * 100})
yr("one year observed, six left", [(2024, 9.0)], 11.5, "reach", H, 2030, None,
   "g = 9, ratio 0.78261 (moderate); 1.115^7/1.09 = r*^6: r* = (1.115^7/1.09)^(1/6) - 1",
   {"mean_rate": 9.0, "ratio": 9 / 11.5, "category": "moderate_progress", "remaining_years": 6,
    "required_rate": ((1.115 ** 7 / 1.09) ** (1 / 6) - 1) * 100})
yr("lower is better: inflation at most 4% a year, 4.5 and 3 average 3.75", [(2023, 4.5), (2024, 3.0)], 4.0,
   "at_most", L, 2025, None, "g = sqrt(1.045*1.03) - 1 = 3.7487%: at most 4, achieved; 2023 not met",
   {"category": "target_achieved", "years_attained": 1})
yr("lower is better and above the target: ratio V / g", [(2023, 5.0), (2024, 6.0)], 4.0, "at_most", L, 2026, None,
   "g = sqrt(1.05*1.06) - 1 = 5.4988%; ratio 4/5.4988 = 0.7274: moderate",
   {"ratio": 4 / ((math.sqrt(1.05 * 1.06) - 1) * 100), "category": "moderate_progress"})
yr("no target year: progress without a required rate", [(2022, 6.0), (2023, 7.0)], 8.0, "at_least", H, None,
   None, "no year to set a pace over", {"pace_reason": "no_target_year", "required_rate": None})
yr("the target year has come", [(2024, 6.0), (2025, 7.0)], 8.0, "at_least", H, 2025, None,
   "last rate 2025 = target year: no years left", {"pace_reason": "target_year_passed", "remaining_years": None})
yr("no rates in the period", [], 8.0, "at_least", H, 2025, None, "nothing observed",
   {"category": "not_assessable", "reason": "no_observations", "years": [], "mean_rate": None})
yr("a rate of -100% leaves no growth factor", [(2023, 5.0), (2024, -100.0)], 8.0, "at_least", H, 2025, None,
   "1 + (-100)/100 = 0", {"reason": "non_positive_growth_factor", "mean_rate": None, "years_attained": 0})
yr("a target rate of 0: no ratio", [(2024, -1.0)], 0.0, "at_least", H, 2026, None,
   "-1 < 0 not attained; a mean over a target of 0 has no meaning",
   {"category": "not_assessable", "reason": "non_positive_target_rate", "ratio": None})
yr("about 10% a year with tolerance 0.5", [(2023, 10.0), (2024, 10.4)], 10.0, "about", H, 2025, 0.5)

# ----- cumulative_change ----------------------------------------------------------------------------
s = suite("cumulative_change", cumulative_change)


def cc(name, start_t, target_t, target, t, value, comparator="reach", polarity=H, tolerance=None, hand=None,
       check=None):
    inp = {"start_t": start_t, "target_t": target_t, "target": target, "t": t, "value": value,
           "comparator": comparator, "polarity": polarity}
    if tolerance is not None:
        inp["tolerance"] = tolerance
    s.add(name, inp, hand, check, rel=1e-6)


cc("Tiền Giang: 18% fewer procedures by 2024, ahead of the path to 30% by 2030", 2019.0, 2030.0, 30.0, 2024.0,
   18.0, hand="period from 2020 starts at t = 2019; pace 18/5 = 3.6 a year against 30/11 = 2.7273: ratio 1.32, "
   "score 5 (above 1.3); path 30*5/11 = 13.636, ahead by 4.364; still 12 over 6 years = 2 a year",
   check={"pace_achieved": 3.6, "pace_required": 30 / 11, "ratio": 1.32, "category": "substantial_progress",
          "score": 5.0, "path_value": 150 / 11, "ahead": 18 - 150 / 11, "required_pace": 2.0})
cc("Tiền Giang a year earlier: 12% by 2023", 2019.0, 2030.0, 30.0, 2023.0, 12.0,
   hand="12/4 = 3 a year against 30/11: ratio 1.1, score 2.5/0.35*0.5 = 3.5714; 18 over 7 years",
   check={"ratio": 1.1, "score": 2.5 / 0.35 * 0.5, "required_pace": 18 / 7})
cc("a reduction behind its straight path: 6% by 2024", 2019.0, 2030.0, 30.0, 2024.0, 6.0,
   hand="6/5 = 1.2 a year against 2.7273: ratio 0.44, limited, score -2.5 + 2.5/0.6*0.44 = -0.6667; "
   "behind the path by 13.636 - 6 = 7.636",
   check={"ratio": 0.44, "category": "limited_progress", "score": -2.5 + 2.5 / 0.6 * 0.44,
          "ahead": 6 - 150 / 11})
cc("a reduction of 0 so far", 2021.0, 2030.0, 30.0, 2023.0, 0.0,
   hand="0 a year: ratio 0, limited, score -2.5; 30 over 7 years still",
   check={"ratio": 0.0, "category": "limited_progress", "score": -2.5, "required_pace": 30 / 7,
          "ahead": -30 * 2 / 9})
cc("a reduction that went backwards: -3%", 2021.0, 2030.0, 30.0, 2023.0, -3.0, hand="-1.5 a year: ratio -0.45",
   check={"ratio": -0.45, "category": "deterioration", "score": -2.5 + 2.5 / 0.6 * -0.45})
cc("a target equal to its start (0) and met", 2021.0, 2030.0, 0.0, 2023.0, 0.0, hand="0 >= 0: achieved",
   check={"category": "target_achieved", "score": 5.0, "ratio": None})
cc("a target equal to its start (0) and not met", 2021.0, 2030.0, 0.0, 2023.0, -2.0,
   hand="-2 < 0; nothing is required of the path: no ratio",
   check={"category": "not_assessable", "reason": "target_equals_start", "pace_achieved": -1.0})
cc("at the start of the period", 2023.0, 2030.0, 30.0, 2023.0, 2.0, hand="t = s: no time for a pace",
   check={"reason": "at_period_start", "pace_achieved": None, "path_value": 0.0})
cc("a target year not after the start", 2030.0, 2030.0, 30.0, 2031.0, 10.0)
cc("reached early: 31% by 2027 against 30% by 2030", 2021.0, 2030.0, 30.0, 2027.0, 31.0,
   hand="31 >= 30: achieved; pace still reported; (30-31)/3 a year", check={"category": "target_achieved",
                                                                            "required_pace": -1 / 3})
cc("judged after the target year: 25% in 2031", 2019.0, 2030.0, 30.0, 2031.0, 25.0,
   hand="25/12 a year against 30/11: ratio 0.76389; path held at 30; no years left",
   check={"ratio": 25 / 12 / (30 / 11), "path_value": 30.0, "required_pace": None,
          "pace_reason": "target_year_passed", "category": "moderate_progress"})
cc("an increase measured on a date: 10% by mid-2024 from the start of 2022", 2021.0, 2030.0, 30.0,
   2023 + 183 / 366, 10.0)

# ----- rank_progress --------------------------------------------------------------------------------
s = suite("rank_progress", rank_progress)


def rk(name, start, latest, target, target_t=None, comparator="at_most", polarity=L, target_field=None,
       tolerance=None, hand=None, check=None):
    def point(p):
        t, rank = p[0], p[1]
        out = {"t": t, "rank": rank}
        if len(p) > 2:
            out["field"] = p[2]
        return out
    inp = {"start": point(start), "latest": point(latest), "target": target}
    if target_t is not None:
        inp["target_t"] = target_t
    if target_field is not None:
        inp["target_field"] = target_field
    inp.update({"comparator": comparator, "polarity": polarity})
    if tolerance is not None:
        inp["tolerance"] = tolerance
    s.add(name, inp, hand, check, rel=1e-6)


rk("a DTI rank from 40th (2021) to 25th (2022) against top 20 by 2025", (2021.0, 40.0, 63), (2022.0, 25.0), 20.0,
   2025.0, hand="one field, 63 (given, then by year); gained 15 a year, needed (40-20)/4 = 5: ratio 3, score 5; "
   "still (25-20)/3 a year; projected 25 - 15*3 = -20, bounded to 1",
   check={"positions_gained_per_year": 15.0, "positions_needed_per_year": 5.0, "ratio": 3.0,
          "category": "substantial_progress", "score": 5.0, "required_pace": 5 / 3, "projected_rank": 1.0,
          "by_share": False, "start": {"field": 63, "field_basis": "observed"},
          "latest": {"field": 63, "field_basis": "default_by_year", "share": 25 / 63}})
rk("a rank within target: 22nd to 15th against top 20", (2021.0, 22.0), (2023.0, 15.0), 20.0, 2025.0,
   hand="15 <= 20: achieved; gained 3.5 a year, needed 0.5: ratio 7; projected 15 - 7 = 8",
   check={"attained": True, "category": "target_achieved", "score": 5.0, "ratio": 7.0, "projected_rank": 8.0})
rk("a rank moving away: 25th to 30th against top 20", (2021.0, 25.0), (2023.0, 30.0), 20.0, 2025.0,
   hand="gained -2.5 a year, needed 1.25: ratio -2, deterioration, -5; projected 35; still 5 a year",
   check={"ratio": -2.0, "category": "deterioration", "score": -5.0, "projected_rank": 35.0,
          "required_pace": 5.0})
rk("the same rank among 63: 15th of 63 in 2023 is within the top 20", (2022.0, 22.0), (2023.0, 15.0), 20.0, 2025.0,
   hand="one field: 15 <= 20, achieved", check={"attained": True, "by_share": False,
                                               "latest": {"field": 63, "share": 15 / 63, "equivalent_rank": 15.0}})
rk("the same rank among 34: 15th of 34 in 2024 is not", (2022.0, 22.0), (2024.0, 15.0), 20.0, 2025.0,
   hand="15/34 = 0.44118 of the field = 27.794th of 63 > 20: not attained; gained (22 - 27.794)/2 = -2.897 a "
   "year: deterioration",
   check={"attained": False, "by_share": True, "category": "deterioration",
          "latest": {"field": 34, "field_basis": "default_by_year", "share": 15 / 34,
                     "equivalent_rank": 15 / 34 * 63},
          "positions_gained_per_year": (22 - 15 / 34 * 63) / 2})
rk("15th of 34 with the field given", (2022.0, 22.0, 63), (2024.0, 15.0, 34), 20.0, 2026.0)
rk("a target equal to its start, slipping", (2021.0, 20.0), (2023.0, 22.0), 20.0, 2025.0,
   hand="start 20 = target 20: nothing needed, no ratio", check={"reason": "target_equals_start",
                                                             "positions_needed_per_year": None})
rk("a target equal to its start, held", (2021.0, 20.0), (2023.0, 20.0), 20.0, 2025.0, hand="20 <= 20: achieved",
   check={"category": "target_achieved"})
rk("started within target and slipped out", (2021.0, 18.0), (2023.0, 23.0), 20.0, 2025.0,
   hand="needed (18 - 20)/4 = -0.5 < 0", check={"reason": "baseline_beyond_target",
                                                "positions_needed_per_year": -0.5})
rk("one observation", (2022.0, 25.0), (2022.0, 25.0), 20.0, 2025.0, hand="t = t0",
   check={"reason": "one_observation", "required_pace": 5 / 3, "projected_rank": None})
rk("Cần Thơ 7th to 5th against top 10, no year", (2020.0, 7.0, 63), (2023.0, 5.0, 63), 10.0, None,
   hand="5 <= 10: achieved; no year, no pace", check={"category": "target_achieved",
                                                      "pace_reason": "no_target_year"})
rk("7th to 12th against top 10, no year", (2020.0, 7.0), (2023.0, 12.0), 10.0, None)
rk("a rank beyond its field", (2021.0, 30.0), (2023.0, 70.0), 20.0, 2025.0, hand="70 > 63",
   check={"reason": "rank_outside_field", "category": "not_assessable"})
rk("a field of 0", (2021.0, 30.0, 0), (2023.0, 20.0), 20.0, 2025.0)
rk("a target set among 34: 30th of 63 then 12th of 34 against top 10 by 2026", (2023.0, 30.0, 63),
   (2024.0, 12.0, 34), 10.0, 2026.0, target_field=34,
   hand="start read as 30/63*34 = 16.19; gained 4.19 a year; needed (16.19 - 10)/3 = 2.063: ratio 2.03",
   check={"target_field": 34, "target_field_basis": "given", "start": {"equivalent_rank": 30 / 63 * 34},
          "ratio": (30 / 63 * 34 - 12) / ((30 / 63 * 34 - 10) / 3)})
rk("judged in the target year: 30th (2021) to 18th (2025)", (2021.0, 30.0), (2025.0, 18.0), 20.0, 2025.0)
rk("falling fast leaves the field: bounded to 63", (2021.0, 50.0), (2022.0, 60.0), 20.0, 2025.0,
   hand="gained -10 a year, 3 more years: 90, bounded to 63", check={"projected_rank": 63.0})


# ----- alignment -------------------------------------------------------------------------------------
s = suite("alignment", alignment)


def vplan(pid, indicators, targets):
    """A plan of one province: indicators (id, unit, polarity, pillar), targets (indicator, tier, year,
    comparator, value); ids t0, t1, ... in order."""
    pillars = sorted({i[3] for i in indicators})
    out_targets = []
    for n, (ind, tier, year, comparator, value) in enumerate(targets):
        t = {"id": "t%d" % n, "indicator": ind}
        if year is not None:
            t["year"] = year
        if tier is not None:
            t["tier"] = tier
        t.update({"comparator": comparator, "value": value, "quote": str(value)})
        out_targets.append(t)
    return {"format_version": 1, "id": pid,
            "jurisdiction": {"id": pid, "name": pid, "kind": "province", "level": "province"},
            "document": {"kind": "plan", "issuer": "UBND", "title": "Kế hoạch"},
            "period": {"from": 2021, "to": 2025, "horizon": 2030},
            "pillars": [{"id": p, "name_vi": p, "name_en": p} for p in pillars],
            "indicators": [{"id": i, "name_vi": i, "name_en": i, "unit": u, "polarity": pol, "pillar": p}
                           for i, u, pol, p in indicators],
            "targets": out_targets}


def al(name, first, second, hand=None, check=None):
    s.add(name, {"first": first, "second": second}, hand, check)


PCT = [("x", "percent", H, "dg")]
al("at least 90% against 80%: stricter by 10",
   vplan("a", PCT, [("x", None, 2025, "at_least", 90.0)]), vplan("b", PCT, [("x", None, 2025, "reach", 80.0)]),
   "floors both; 90 - 80 = 10 > 0", {"rows": [{"verdict": "stricter", "difference": 10.0, "margin": 10.0}]})
al("80% against at least 80%: equal",
   vplan("a", PCT, [("x", None, 2025, "reach", 80.0)]), vplan("b", PCT, [("x", None, 2025, "at_least", 80.0)]),
   "same value, neither comparator strict", {"rows": [{"verdict": "equal", "difference": 0.0}]})
al("20% against at least 30%: looser by 10",
   vplan("a", PCT, [("x", None, 2025, "reach", 20.0)]), vplan("b", PCT, [("x", None, 2025, "at_least", 30.0)]),
   "20 - 30 = -10 < 0", {"rows": [{"verdict": "looser", "difference": -10.0, "margin": -10.0}]})
al("more than 80% against 80%: stricter at the same value",
   vplan("a", PCT, [("x", None, 2025, "more_than", 80.0)]), vplan("b", PCT, [("x", None, 2025, "reach", 80.0)]),
   "same value; 'trên' is strict, 'đạt' is not", {"rows": [{"verdict": "stricter", "difference": 0.0}]})
RANK = [("dti_rank", "rank", L, "general")]
al("top 10 against top 20: stricter by 10 places",
   vplan("a", RANK, [("dti_rank", None, 2025, "at_most", 10.0)]),
   vplan("b", RANK, [("dti_rank", None, 2025, "at_most", 20.0)]),
   "ceilings; margin = (10 - 20) * -1 = 10", {"rows": [{"verdict": "stricter", "difference": -10.0, "margin": 10.0}]})
al("top 30 against top 20: looser",
   vplan("a", RANK, [("dti_rank", None, 2025, "at_most", 30.0)]),
   vplan("b", RANK, [("dti_rank", None, 2025, "reach", 20.0)]))
LATE = [("late", "percent", L, "dg")]
al("a ceiling: under 2% against at most 5%",
   vplan("a", LATE, [("late", None, 2025, "less_than", 2.0)]), vplan("b", LATE, [("late", None, 2025, "at_most", 5.0)]),
   "ceilings; margin = (2 - 5) * -1 = 3", {"rows": [{"verdict": "stricter", "difference": -3.0, "margin": 3.0}]})
al("a ceiling against a floor",
   vplan("a", LATE, [("late", None, 2025, "at_most", 5.0)]),
   vplan("b", [("late", "percent", H, "dg")], [("late", None, 2025, "at_least", 3.0)]),
   "polarities differ and the bounds face each other: no verdict",
   {"rows": [{"verdict": "incomparable", "difference": None,
              "warnings": ["polarity_mismatch", "opposite_bounds"]}]})
al("2027 read from the other plan's path 60 (2025) to more than 80 (2030)",
   vplan("a", PCT, [("x", None, 2027, "at_least", 70.0)]),
   vplan("b", PCT, [("x", None, 2025, "reach", 60.0), ("x", None, 2030, "more_than", 80.0)]),
   "60 + (80 - 60) * 2/5 = 68, comparator of the 2030 target; 70 - 68 = 2",
   {"rows": [{"year": 2025, "verdict": "only_second"},
             {"year": 2027, "verdict": "stricter", "difference": 2.0,
              "second": {"value": 68.0, "basis": "interpolated", "comparator": "more_than", "target": "t1"}},
             {"year": 2030, "verdict": "only_second"}]})
al("the first plan's path read for the second's year",
   vplan("a", PCT, [("x", None, 2022, "reach", 40.0), ("x", None, 2025, "reach", 70.0)]),
   vplan("b", PCT, [("x", None, 2024, "at_least", 65.0)]))
al("a year before the other plan's path is not read from it",
   vplan("a", PCT, [("x", None, 2022, "reach", 40.0)]),
   vplan("b", PCT, [("x", None, 2025, "reach", 60.0), ("x", None, 2030, "reach", 80.0)]))
FILES = [("files", "percent", H, "dg"), ("only1", "percent", H, "dg"), ("only2", "count", H, "de")]
al("tiers, and targets only one plan sets",
   vplan("a", FILES, [("files", "province", 2025, "reach", 90.0), ("files", "commune", 2025, "reach", 70.0),
                      ("only1", None, 2025, "reach", 50.0)]),
   vplan("b", FILES, [("files", "province", 2025, "reach", 90.0), ("files", "district", 2025, "reach", 80.0),
                      ("files", "commune", 2025, "reach", 60.0), ("only2", None, 2030, "at_least", 3.0)]),
   "province 90 = 90; district only in b; commune 70 > 60; only1 in a; only2 in b",
   {"rows": [{"tier": "province", "verdict": "equal"}, {"tier": "district", "verdict": "only_second"},
             {"tier": "commune", "verdict": "stricter", "difference": 10.0},
             {"indicator": "only1", "verdict": "only_first"}, {"indicator": "only2", "verdict": "only_second"}],
    "summary": [{"pillar": "dg", "equal": 1, "stricter": 1, "only_first": 1, "only_second": 1},
                {"pillar": "de", "only_second": 1}]})
al("mismatched units: percent against percent of GRDP",
   vplan("a", [("de", "percent", H, "de")], [("de", None, 2025, "reach", 20.0)]),
   vplan("b", [("de", "percent_of_grdp", H, "de")], [("de", None, 2025, "reach", 20.0)]),
   "units differ: no verdict", {"rows": [{"verdict": "incomparable", "warnings": ["unit_mismatch"]}]})
SELF = vplan("same", PCT + RANK, [("x", None, 2025, "reach", 80.0), ("dti_rank", None, 2025, "at_most", 20.0)])
al("a plan against itself", SELF, SELF, "every row equal, each flagged",
   {"warnings": ["same_plan"], "rows": [{"verdict": "equal", "warnings": ["same_plan"]},
                                        {"verdict": "equal", "warnings": ["same_plan"]}]})
al("no shared indicators",
   vplan("a", PCT, [("x", None, 2025, "reach", 80.0)]), vplan("b", RANK, [("dti_rank", None, 2025, "at_most", 20.0)]),
   "nothing both set", {"warnings": ["no_shared_indicators"],
                        "rows": [{"verdict": "only_first"}, {"verdict": "only_second"}]})
al("targets without a year compare with each other only",
   vplan("a", RANK, [("dti_rank", None, None, "at_most", 10.0), ("dti_rank", None, 2025, "at_most", 20.0)]),
   vplan("b", RANK, [("dti_rank", None, None, "at_most", 15.0)]))
al("about against about, lower is better",
   vplan("a", LATE, [("late", None, 2025, "about", 25.0)]), vplan("b", LATE, [("late", None, 2025, "about", 20.0)]))
al("about against a floor",
   vplan("a", PCT, [("x", None, 2025, "about", 25.0)]), vplan("b", PCT, [("x", None, 2025, "at_least", 20.0)]))
al("a yearly rate and a reduction across two years",
   vplan("a", [("growth", "percent_per_year", H, "de"), ("cut", "percent_reduction", H, "dg")],
         [("growth", None, 2025, "at_least", 7.0), ("growth", None, 2030, "at_least", 8.0),
          ("cut", None, 2025, "reach", 30.0)]),
   vplan("b", [("growth", "percent_per_year", H, "de"), ("cut", "percent_reduction", H, "dg")],
         [("growth", None, 2025, "more_than", 7.0), ("cut", None, 2025, "at_least", 50.0),
          ("cut", None, 2030, "at_least", 60.0)]))


# ----- combine (merged units) -----------------------------------------------------------------------
ALLOWED = {
    "percent": ["ratio_of_sums", "weighted_mean"], "percent_of_grdp": ["ratio_of_sums", "weighted_mean"],
    "per_thousand_people": ["ratio_of_sums", "weighted_mean"], "percent_per_year": ["weighted_mean"],
    "percent_increase": ["weighted_mean"], "percent_reduction": ["weighted_mean"],
    "index": ["mean_of_indices", "weighted_mean"], "count": ["sum"], "dong": ["sum"], "rank": [],
    "usd": ["sum"], "hectare": ["sum"], "tonne": ["sum"], "years": ["weighted_mean"], "mbps": ["weighted_mean"],
    "days": ["weighted_mean"], "children_per_woman": ["weighted_mean"],
    "quintal_per_hectare": ["ratio_of_sums", "weighted_mean"],
    "kilometre": ["sum"], "cubic_metre": ["sum"], "litre": ["sum"], "square_metre": ["sum"],
    "square_metre_per_person": ["ratio_of_sums", "weighted_mean"],
    "megawatt": ["sum"], "kilowatt_hour": ["sum"], "cubic_metre_per_day": ["sum"],
    "boys_per_hundred_girls": ["ratio_of_sums", "weighted_mean"],
    "percent_of_plan": ["ratio_of_sums"],
}


def combine(rule, unit, parts, weight=None):
    """The merged unit's figure from its predecessors' (README: combine)."""
    if rule not in ALLOWED[unit]:
        raise VecError("rule_not_allowed")
    if not parts:
        raise VecError("empty")
    if rule == "ratio_of_sums":
        for p in parts:
            if p.get("numerator") is None or p.get("denominator") is None:
                raise VecError("missing_count")
        scale = {"per_thousand_people": 1000.0, "quintal_per_hectare": 1.0, "square_metre_per_person": 1.0}.get(unit, 100.0)
        n = math.fsum(p["numerator"] for p in parts)
        d = math.fsum(p["denominator"] for p in parts)
        if d == 0:
            raise VecError("zero_denominator")
        return {"value": scale * n / d, "numerator": n, "denominator": d}
    if rule == "weighted_mean":
        if weight is None:
            raise VecError("no_weight_kind")
        if any(p.get("weight") is None for p in parts):
            raise VecError("missing_weight")
        w = math.fsum(p["weight"] for p in parts)
        if w == 0:
            raise VecError("zero_total_weight")
        return {"value": math.fsum(p["weight"] * p["value"] for p in parts) / w, "total_weight": w}
    if rule == "mean_of_indices":
        return {"value": math.fsum(p["value"] for p in parts) / len(parts)}
    return {"value": math.fsum(p["value"] for p in parts)}


def part(unit, value, numerator=None, denominator=None, weight=None):
    p = {"unit": unit, "value": value}
    for k, v in (("numerator", numerator), ("denominator", denominator), ("weight", weight)):
        if v is not None:
            p[k] = v
    return p


s = suite("combine", combine)
s.add("files online of three predecessors, ratio of sums",
      {"rule": "ratio_of_sums", "unit": "percent",
       "parts": [part("84", 86.0, 860, 1000), part("83", 82.0, 1640, 2000), part("86", 88.0, 440, 500)]},
      "(860 + 1640 + 440) / (1000 + 2000 + 500) = 2940 / 3500 = 84%",
      {"value": 84.0, "numerator": 2940.0, "denominator": 3500.0})
s.add("the same shares weighted by communes",
      {"rule": "weighted_mean", "unit": "percent", "weight": "communes",
       "parts": [part("84", 86.0, weight=106), part("83", 82.0, weight=157), part("86", 88.0, weight=107)]},
      "(86*106 + 82*157 + 88*107) / 370 = (9116 + 12874 + 9416) / 370 = 31406 / 370 = 84.8811...",
      {"value": 31406 / 370, "total_weight": 370.0})
s.add("DTI 2024 rule: plain average of three indices",
      {"rule": "mean_of_indices", "unit": "index",
       "parts": [part("84", 0.4512), part("83", 0.4890), part("86", 0.5011)]},
      "(0.4512 + 0.4890 + 0.5011) / 3 = 1.4413 / 3 = 0.480433...", {"value": 1.4413 / 3})
s.add("an index weighted by population", {"rule": "weighted_mean", "unit": "index", "weight": "population",
      "parts": [part("52", 0.5, weight=1500000), part("64", 0.4, weight=1500000)]})
s.add("enterprises on digital platforms per thousand people",
      {"rule": "ratio_of_sums", "unit": "per_thousand_people",
       "parts": [part("92", 3.0, 3600, 1200000), part("94", 2.0, 2400, 1200000)]})
s.add("a yearly rate weighted by enterprises", {"rule": "weighted_mean", "unit": "percent_per_year",
      "weight": "enterprises", "parts": [part("80", 7.5, weight=12000), part("72", 6.0, weight=8000)]})
s.add("a count sums", {"rule": "sum", "unit": "count",
      "parts": [part("87", 120.0), part("82", 95.0)]}, "120 + 95 = 215", {"value": 215.0})
s.add("areas sum", {"rule": "sum", "unit": "hectare", "parts": [part("12", 10000.0), part("14", 2400.5)]},
      "10000 + 2400.5 = 12400.5 ha", {"value": 12400.5})
s.add("road lengths sum", {"rule": "sum", "unit": "kilometre", "parts": [part("25", 555.0), part("26", 99.5)]},
      "555 + 99.5 = 654.5 km", {"value": 654.5})
s.add("volumes of timber sum", {"rule": "sum", "unit": "cubic_metre",
      "parts": [part("25", 500_000.0), part("26", 1_200_000.0)]}, "500,000 + 1,200,000 = 1,700,000 m³",
      {"value": 1_700_000.0})
s.add("litres sum", {"rule": "sum", "unit": "litre", "parts": [part("25", 10_000_000.0), part("26", 2_500_000.0)]},
      "10,000,000 + 2,500,000 = 12,500,000 litres", {"value": 12_500_000.0})
s.add("floor areas sum", {"rule": "sum", "unit": "square_metre",
      "parts": [part("42", 7_347_630.0), part("44", 6_905_690.0)]}, "7,347,630 + 6,905,690 = 14,253,320 m²",
      {"value": 14_253_320.0})
s.add("floor area a person: the parts' area over their people", {"rule": "ratio_of_sums",
      "unit": "square_metre_per_person",
      "parts": [part("42", 30.0, numerator=30_000.0, denominator=1_000.0),
                part("44", 40.0, numerator=120_000.0, denominator=3_000.0)]},
      "(30,000 + 120,000) / (1,000 + 3,000) = 37.5 m² a person", {"value": 37.5})
s.add("generating capacity sums", {"rule": "sum", "unit": "megawatt", "parts": [part("54", 2415.0), part("66", 1850.5)]},
      "2,415 + 1,850.5 = 4,265.5 MW (Phú Yên's plan and Đắk Lắk's, merged in 2025)", {"value": 4265.5})
s.add("electricity output sums", {"rule": "sum", "unit": "kilowatt_hour",
      "parts": [part("54", 5.9e9), part("66", 4.2e9)]}, "5.9 + 4.2 = 10.1 billion kWh", {"value": 1.01e10})
s.add("water plants' capacity sums", {"rule": "sum", "unit": "cubic_metre_per_day",
      "parts": [part("01", 300_000.0), part("31", 150_000.0)]}, "300,000 + 150,000 = 450,000 m³ a day",
      {"value": 450_000.0})
s.add("sex ratio at birth: the parts' boys born over their girls born",
      {"rule": "ratio_of_sums", "unit": "boys_per_hundred_girls",
       "parts": [part("19", 113.0, 11_300, 10_000), part("24", 107.0, 5_350, 5_000)]},
      "100 (11,300 + 5,350) / (10,000 + 5,000) = 111 boys per 100 girls, not the plain mean 110",
      {"value": 111.0, "numerator": 16_650.0, "denominator": 15_000.0})
s.add("sex ratios at birth are never summed", {"rule": "sum", "unit": "boys_per_hundred_girls",
      "parts": [part("19", 113.0), part("24", 107.0)]}, "ratios of two units do not add up", "rule_not_allowed")
s.add("a share of a plan reached: the parts' amounts reached over their amounts planned",
      {"rule": "ratio_of_sums", "unit": "percent_of_plan",
       "parts": [part("52", 112.0, 33_600, 30_000), part("54", 90.0, 9_000, 10_000)]},
      "100 (33,600 + 9,000) / (30,000 + 10,000) = 106.5% of the plans, not the plain mean 101",
      {"value": 106.5, "numerator": 42_600.0, "denominator": 40_000.0})
s.add("shares of a plan are never weighted by population", {"rule": "weighted_mean", "unit": "percent_of_plan",
      "weight": "population", "parts": [part("52", 112.0, weight=1_500_000), part("54", 90.0, weight=870_000)]},
      "the plans' amounts are the weights, and with them the mean is the ratio of sums", "rule_not_allowed")
s.add("shares of a plan are never summed", {"rule": "sum", "unit": "percent_of_plan",
      "parts": [part("52", 112.0), part("54", 90.0)]}, "shares of two plans do not add up", "rule_not_allowed")
s.add("megawatts are never a weighted mean", {"rule": "weighted_mean", "unit": "megawatt", "weight": "population",
      "parts": [part("54", 2415.0, weight=870_000), part("66", 1850.5, weight=1_900_000)]},
      "capacities of two units add up, they are not averaged", "rule_not_allowed")
s.add("litres are never a weighted mean", {"rule": "weighted_mean", "unit": "litre", "weight": "population",
      "parts": [part("25", 1e7, weight=800_000), part("26", 2.5e6, weight=1_200_000)]},
      "litres of two units add up, they are not averaged", "rule_not_allowed")
s.add("life expectancy weighted by population", {"rule": "weighted_mean", "unit": "years", "weight": "population",
      "parts": [part("25", 74.5, weight=1_500_000), part("26", 76.0, weight=500_000)]},
      "(74.5*1.5M + 76*0.5M) / 2M = 74.875", {"value": 74.875, "total_weight": 2_000_000.0})
s.add("life expectancy is never summed", {"rule": "sum", "unit": "years",
      "parts": [part("25", 74.5), part("26", 76.0)]}, "years of two units do not add up", "rule_not_allowed")
s.add("an access speed weighted by households", {"rule": "weighted_mean", "unit": "mbps", "weight": "households",
      "parts": [part("25", 150.0, weight=300_000), part("26", 100.0, weight=200_000)]},
      "(150*300k + 100*200k) / 500k = 130 Mbps", {"value": 130.0, "total_weight": 500_000.0})
s.add("access speeds are never summed", {"rule": "sum", "unit": "mbps",
      "parts": [part("25", 150.0), part("26", 100.0)]}, "speeds of two units do not add up", "rule_not_allowed")
s.add("a yield of two communes: their output over their area",
      {"rule": "ratio_of_sums", "unit": "quintal_per_hectare",
       "parts": [part("25", 60.0, 12_000, 200), part("26", 50.0, 15_000, 300)]},
      "(12000 + 15000) quintals / (200 + 300) ha = 27000 / 500 = 54 quintals a hectare, not the plain mean 55",
      {"value": 54.0, "numerator": 27_000.0, "denominator": 500.0})
s.add("yields are never summed", {"rule": "sum", "unit": "quintal_per_hectare",
      "parts": [part("25", 60.0), part("26", 50.0)]}, "yields of two units do not add up", "rule_not_allowed")
s.add("fertility rates weighted by population", {"rule": "weighted_mean", "unit": "children_per_woman",
      "weight": "population", "parts": [part("25", 2.1, weight=800_000), part("26", 1.5, weight=1_200_000)]},
      "(2.1*800k + 1.5*1.2M) / 2M = 1.74 children per woman", {"value": 1.74, "total_weight": 2_000_000.0})
s.add("fertility rates are no ratio of sums", {"rule": "ratio_of_sums", "unit": "children_per_woman",
      "parts": [part("25", 2.1, 21, 10), part("26", 1.5, 15, 10)]}, "a fertility rate has no counts to add",
      "rule_not_allowed")
s.add("stays in days weighted by population", {"rule": "weighted_mean", "unit": "days", "weight": "population",
      "parts": [part("25", 3.2, weight=900_000), part("26", 2.0, weight=300_000)]},
      "(3.2*900k + 2.0*300k) / 1.2M = 2.9 days", {"value": 2.9, "total_weight": 1_200_000.0})
s.add("a rank is never combined", {"rule": "mean_of_indices", "unit": "rank",
      "parts": [part("84", 25.0), part("83", 30.0)]}, "no rule fits a rank", "rule_not_allowed")
s.add("the DTI rule does not fit a share", {"rule": "mean_of_indices", "unit": "percent",
      "parts": [part("84", 86.0), part("83", 82.0)]}, None, "rule_not_allowed")
s.add("a weight missing for one predecessor", {"rule": "weighted_mean", "unit": "percent",
      "weight": "population", "parts": [part("84", 86.0, weight=1000000), part("83", 82.0)]},
      None, "missing_weight")
s.add("a ratio of sums without counts", {"rule": "ratio_of_sums", "unit": "percent",
      "parts": [part("84", 86.0, 860, 1000), part("83", 82.0)]}, None, "missing_count")
s.add("a weighted mean without naming its weights", {"rule": "weighted_mean", "unit": "percent",
      "parts": [part("84", 86.0, weight=1.0)]}, None, "no_weight_kind")
s.add("no parts", {"rule": "sum", "unit": "count", "parts": []}, None, "empty")

# ----- merged_view (Vĩnh Long from the bundled Trà Vinh plan and observations) ----------------------
ROOT = OUT_DIR.rsplit("/", 2)[0] if OUT_DIR.count("/") >= 2 else "../.."


def _units_tsv():
    rows = []
    with open("%s/core/data/register/units.tsv" % ROOT, encoding="utf-8") as f:
        lines = [line.rstrip("\n") for line in f if not line.startswith("#")]
    header = lines[0].split("\t")
    for line in lines[1:]:
        if line:
            rows.append(dict(zip(header, line.split("\t"))))
    return rows


def communes_before(province):
    """Commune-level units whose district lay in `province` on 30 June 2025 (or the province itself)."""
    rows = [r for r in _units_tsv() if r["valid_to"] == "2025-06-30"]
    districts = {r["code"] for r in rows if len(r["code"]) == 3 and r["parent"] == province}
    return sum(1 for r in rows if len(r["code"]) == 5 and (r["parent"] in districts or r["parent"] == province))


VINH_LONG_PREDECESSORS = ["83", "84", "86"]  # Bến Tre, Trà Vinh, Vĩnh Long (Resolution 202/2025/QH15)
# "Bến Tre" alone names the province and its city (a district) until 30 June 2025: ambiguous, not used.
OLD_NAMES = {"tra_vinh": "84", "tỉnh Bến Tre": "83", "tỉnh Vĩnh Long": "86", "86": "86"}
# Test inputs, not facts: hypothetical figures of Bến Tre and the old Vĩnh Long so that the view has
# something to combine (the library bundles observations of Trà Vinh only).
EXTRA = [
    {"unit": "tỉnh Bến Tre", "indicator": "work_files_online", "year": 2024, "tier": "province", "value": 82.0},
    {"unit": "86", "indicator": "work_files_online", "year": 2024, "tier": "province", "value": 88.0},
    {"unit": "tỉnh Bến Tre", "indicator": "digital_economy_share_grdp", "year": 2024, "value": 8.4},
    {"unit": "tỉnh Vĩnh Long", "indicator": "digital_economy_share_grdp", "year": 2024, "value": 9.0},
    {"unit": "tỉnh Bến Tre", "indicator": "payment_accounts_15plus", "year": 2023, "value": 52.0},
    {"unit": "tỉnh Vĩnh Long", "indicator": "payment_accounts_15plus", "year": 2023, "value": 49.0},
    {"unit": "tỉnh Vĩnh Long", "indicator": "payment_accounts_15plus", "year": 2025, "value": 60.0},
    {"unit": "Bến Tre", "indicator": "dti_rank", "year": 2022, "value": 30.0},
]


def merged_view(unit, as_of, indicator, extra):
    if as_of < "2025-07-01" and unit == "tỉnh Vĩnh Long":
        raise VecError("not_a_successor")  # the old province of Vĩnh Long was formed from no other
    if unit != "tỉnh Vĩnh Long" and unit != "86":
        raise VecError({"Vĩnh Long": "ambiguous_unit", "tỉnh Trà Vinh": "not_in_force", "Hà Nội": "not_a_successor"}
                       .get(unit, "unknown_unit"))
    with open("%s/core/data/observations.json" % ROOT, encoding="utf-8") as f:
        bundled = json.load(f)["observations"]
    with open("%s/core/data/plans/tra_vinh.json" % ROOT, encoding="utf-8") as f:
        plan = json.load(f)
    ind = next(i for i in plan["indicators"] if i["id"] == indicator)
    t_as_of = fractional_year(as_of)["t"]
    figures = {}
    for o in bundled + extra:
        code = OLD_NAMES.get(o["unit"])
        if code and o["indicator"] == indicator and o.get("tier") in (None, "province") and o["year"] <= t_as_of:
            figures.setdefault(o["year"], {})[code] = o
    have = {c for by in figures.values() for c in by}
    missing = [c for c in VINH_LONG_PREDECESSORS if c not in have]
    weights = {c: communes_before(c) for c in VINH_LONG_PREDECESSORS}
    if ind["unit"] == "rank":
        return {"reason": "rank_not_combined", "missing": missing, "year": None, "value": None}
    if missing:
        return {"reason": "missing_figures", "missing": missing, "year": None, "value": None}
    years = [y for y, by in figures.items() if all(c in by for c in VINH_LONG_PREDECESSORS)]
    if not years:
        return {"reason": "no_common_year", "missing": [], "year": None, "value": None}
    year = max(years)
    parts = [part(c, figures[year][c]["value"], weight=weights[c]) for c in VINH_LONG_PREDECESSORS]
    rule = "mean_of_indices" if ind["unit"] == "index" else "weighted_mean"
    out = combine(rule, ind["unit"], parts, weight="communes")
    targets = [t for t in plan["targets"] if t["indicator"] == indicator and t.get("tier") in (None, "province")]
    attained = [is_attained(t["comparator"], ind["polarity"], out["value"], t["value"]) for t in targets]
    return {"reason": None, "missing": [], "year": year, "value": out["value"], "rule": rule,
            "weights": [weights[c] for c in VINH_LONG_PREDECESSORS], "attained": attained}


s = suite("merged_view", merged_view, extra=" and the bundled data files (register, plan, observations)")
W = {c: communes_before(c) for c in VINH_LONG_PREDECESSORS}


def mv(name, indicator, hand=None, check=None, unit="tỉnh Vĩnh Long", as_of="2026-01-01"):
    s.add(name, {"unit": unit, "as_of": as_of, "indicator": indicator, "extra": EXTRA}, hand, check)


mv("files online at province level, 2024, weighted by communes", "work_files_online",
   "Bến Tre 82, Trà Vinh 86, Vĩnh Long 88 in 2024, weights the communes each had on 30 June 2025",
   {"year": 2024, "value": (82 * W["83"] + 86 * W["84"] + 88 * W["86"]) / (W["83"] + W["84"] + W["86"])})
mv("digital economy share of GRDP, 2024", "digital_economy_share_grdp",
   "8.4, 7.9, 9.0 weighted by communes",
   {"year": 2024, "value": (8.4 * W["83"] + 7.9 * W["84"] + 9.0 * W["86"]) / (W["83"] + W["84"] + W["86"])})
mv("payment accounts: the latest common year is 2023, not 2025", "payment_accounts_15plus",
   "Trà Vinh 2021/2023/2025, Bến Tre 2023, Vĩnh Long 2023/2025: common year 2023", {"year": 2023})
mv("DTI rank: never combined (and \"Bến Tre\" alone is ambiguous)", "dti_rank", "a rank",
   {"reason": "rank_not_combined", "missing": ["83", "86"]})
mv("SMEs on platforms: Bến Tre and Vĩnh Long have no figure", "sme_digital_platforms",
   None, {"reason": "missing_figures", "missing": ["83", "86"]})
mv("households with fibre: only Trà Vinh", "households_fibre_broadband")
mv("labour productivity: only Trà Vinh", "labour_productivity_growth")
mv("on 1 January 2024 the name is the old province, formed from no other", "work_files_online",
   as_of="2024-01-01")
mv("a name that matches a province and two communes on 30 June 2025", "work_files_online", "ambiguous",
   "ambiguous_unit", unit="Vĩnh Long", as_of="2025-06-30")
mv("the province of Trà Vinh is not in force in 2026", "work_files_online", None, "not_in_force",
   unit="tỉnh Trà Vinh")
mv("Hà Nội was formed from no other unit", "work_files_online", None, "not_a_successor", unit="Hà Nội")
mv("an unknown unit", "work_files_online", None, "unknown_unit", unit="Atlantis")

# ---------------------------------------------------------------------------------------------------
# Write
# ---------------------------------------------------------------------------------------------------

def main():
    for su in SUITES:
        assert 8 <= len(su.cases) <= 40, (su.function, len(su.cases))
        assert su.hand_count >= 2, su.function
        text = json.dumps(su.document(), indent=2, ensure_ascii=False, allow_nan=False) + "\n"
        with open("%s/%s.json" % (OUT_DIR, su.function), "w", encoding="utf-8") as f:
            f.write(text)
        print("%-20s %3d cases, %2d worked by hand" % (su.function, len(su.cases), su.hand_count))


if __name__ == "__main__":
    main()
