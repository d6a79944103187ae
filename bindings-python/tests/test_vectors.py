"""Every case of tests/vectors/*.json through the Python API: the contract shared with the Rust core
and the JavaScript package. One test per case."""

import json
import math

import pytest

import chitieu
from conftest import VECTORS


def _cases():
    files = sorted(VECTORS.glob("*.json"))
    assert len(files) >= 14, f"expected the vector files in {VECTORS}"
    for f in files:
        doc = json.loads(f.read_text(encoding="utf-8"))
        tol = doc["tolerance"]
        for case in doc["cases"]:
            yield pytest.param(doc["function"], case, tol, id=f"{doc['function']}: {case['name']}")


def _path(i):
    return chitieu.Path(
        [{"t": a["t"], "value": a["value"], "comparator": a.get("comparator")} for a in i["anchors"]],
        i["curve"],
        tuple(i["bounds"]) if i.get("bounds") else None,
    )


def _merged(i):
    obs = chitieu.Observations.from_json(json.dumps(
        json.loads(chitieu.bundled_observations().to_json())["observations"] + i["extra"]))
    view = chitieu.merged_view(i["unit"], i["as_of"], observations=obs)
    ind = next(x for x in view["indicators"] if x["indicator"] == i["indicator"])
    preds = sorted(view["predecessors"], key=lambda p: p["unit"]["code"])
    merged = ind.get("merged")
    return {"reason": ind.get("reason"), "missing": ind["missing"], "year": ind.get("year"),
            "value": merged["value"] if merged else None, "rule": merged["rule"] if merged else None,
            "weights": [p.get("weight") for p in preds],
            "attained": [t["achievement"]["attained"] if t.get("achievement") else None for t in ind["targets"]]}


def run(function, i):
    """The expected-shape output of one case, from the Python API."""
    if function == "combine":
        return chitieu.combine(i["rule"], i["unit"], i["parts"], i.get("weight"))
    if function == "merged_view":
        return _merged(i)
    if function == "fractional_year":
        return {"t": chitieu.fractional_year(i["date"])}
    if function == "attained":
        return {"attained": chitieu.attained(i["comparator"], i["polarity"], i["value"], i["target"], i.get("tolerance"))}
    if function == "interpolate":
        b = tuple(i["bounds"]) if i.get("bounds") else None
        return chitieu.interpolate(i["curve"], i["t0"], i["v0"], i["t1"], i["v1"], i["t"], bounds=b)
    if function == "milestones":
        ms = _path(i).milestones(i["at"])
        return {"milestones": [{**m, "curve_used": m["curve"]} for m in ms]}
    if function == "achievement":
        return chitieu.achievement(
            i["comparator"], i["polarity"], target=i["target"], value=i["value"],
            baseline=i.get("baseline"), tolerance=i.get("tolerance"),
        )
    if function == "indicator_kind":
        return chitieu.indicator_kind(i["unit"])
    if function == "yearly_rate":
        return chitieu.yearly_rate(
            i["rates"], i["target"], i["comparator"], i["polarity"],
            target_year=i.get("target_year"), tolerance=i.get("tolerance"),
        )
    if function == "cumulative_change":
        return chitieu.cumulative_change(
            i["start_t"], i["target_t"], i["target"], i["t"], i["value"], i["comparator"], i["polarity"],
            tolerance=i.get("tolerance"),
        )
    if function == "rank_progress":
        return chitieu.rank_progress(
            i["start"], i["latest"], i["target"], i["comparator"], i["polarity"],
            target_t=i.get("target_t"), target_field=i.get("target_field"), tolerance=i.get("tolerance"),
        )
    if function == "score":
        return {"score": chitieu.score(i["ratio"])}
    if function == "growth_ratio":
        return chitieu.growth_ratio(
            i["baseline_t"], i["baseline"], i["target_t"], i["target"], i["t"], i["value"],
            i["comparator"], i["polarity"], tolerance=i.get("tolerance"),
        )
    if function == "required_pace":
        return chitieu.required_pace(i["value"], i["t"], i["target"], i["target_t"])
    if function == "time_distance":
        return _path(i).time_distance(i["t"], i["value"], i["polarity"])
    if function == "projection":
        p = chitieu.project(
            [(o["t"], o["value"]) for o in i["observations"]], i["target"], i["target_t"],
            i["comparator"], i["polarity"], baseline=i.get("baseline"), tolerance=i.get("tolerance"),
            model=i.get("model", "linear"), level=i.get("level", 0.9),
        )
        return {**p, "category": p["outlook"]}
    if function == "ratio_of_sums":
        return chitieu.ratio_of_sums(i["numerators"], i["denominators"], i["scale"])
    if function == "weighted_mean":
        return chitieu.weighted_mean(i["values"], i["weights"])
    if function == "tier_check":
        return chitieu.tier_check(
            i["comparator"], i["polarity"], i["target"], [(u["unit"], u["value"]) for u in i["units"]],
            tolerance=i.get("tolerance"),
        )
    if function == "reporting_calendar":
        cal = {"schedules": [{**s, "quote": ""} for s in i["schedules"]]}
        if "year" in i:
            return {"due": chitieu.due_dates(cal, i["year"])}
        return {"next": chitieu.next_due(cal, i["after"])}
    if function == "alignment":
        first = chitieu.Plan.from_json(json.dumps(i["first"]))
        second = chitieu.Plan.from_json(json.dumps(i["second"]))
        return json.loads(chitieu.alignment(first, second).to_json())
    raise AssertionError(f"no runner for {function}")


def check(expected, got, rel, abs_, at="expected"):
    if isinstance(expected, bool) or expected is None or isinstance(expected, str):
        assert got == expected, f"{at}: expected {expected!r}, got {got!r}"
    elif isinstance(expected, (int, float)):
        assert isinstance(got, (int, float)) and not isinstance(got, bool), f"{at}: expected {expected}, got {got!r}"
        assert math.isfinite(got) and abs(got - expected) <= abs_ + rel * abs(expected), (
            f"{at}: expected {expected}, got {got}"
        )
    elif isinstance(expected, list):
        assert isinstance(got, (list, tuple)) and len(got) == len(expected), f"{at}: expected {expected}, got {got}"
        for k, (e, g) in enumerate(zip(expected, got)):
            check(e, g, rel, abs_, f"{at}[{k}]")
    elif isinstance(expected, dict):
        assert isinstance(got, dict), f"{at}: expected a dict, got {got!r}"
        for k, e in expected.items():
            check(e, got.get(k), rel, abs_, f"{at}.{k}")
    else:
        raise AssertionError(f"{at}: unexpected expected value {expected!r}")


@pytest.mark.parametrize("function, case, tol", list(_cases()))
def test_vector(function, case, tol):
    if "error" in case:
        with pytest.raises(chitieu.ChitieuError) as info:
            run(function, case["input"])
        assert info.value.code == case["error"]
    else:
        check(case["expected"], run(function, case["input"]), tol["relative"], tol["absolute"])


def test_every_file_has_cases():
    assert len(list(_cases())) >= 200
