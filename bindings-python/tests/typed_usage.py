"""Typed use of the register and merger functions and of a drafted target's reasons, checked by
`mypy --strict` against the stub (the Makefile's `stubtest` target) and run by test_types.py.

Each `assert_type` fails the type check when a function's record is typed loosely again (`Dict[str, Any]`
is not `RegisteredUnit`), and the narrowing on `kind` fails when a reason is not a union on `kind`.
"""

from typing import TYPE_CHECKING, List, Optional

from typing_extensions import assert_type

import chitieu
from chitieu import _chitieu

if TYPE_CHECKING:
    from chitieu._chitieu import (
        AdministrativeUnit,
        CarriedForward,
        Combined,
        MergedView,
        RegisteredUnit,
        Uncertainty,
        UnitLink,
    )


def describe(reason: "Uncertainty") -> str:
    """A drafted reason in words, by its kind (each branch sees only its variant's keys)."""
    if reason["kind"] == "range":
        return f"a range {reason['low']}-{reason['high']}"
    if reason["kind"] == "year_guessed" or reason["kind"] == "year_from_context":
        return f"year {reason['year']} ({reason['kind']})"
    if reason["kind"] == "weak_indicator_match":
        return f"{reason['phrase']!r} ~ {reason['indicator']} ({reason['score']:.2f})"
    if reason["kind"] == "unmatched_indicator":
        return f"unmatched {reason['phrase']!r}"
    if reason["kind"] == "comparator_guessed":
        return f"comparator {reason['comparator']}: {reason['why']}"
    if reason["kind"] == "comparator_carried":
        return f"comparator {reason['comparator']} from {reason['words']!r}"
    if reason["kind"] == "unit_guessed":
        return f"unit {reason['unit']}"
    if reason["kind"] == "tier_guessed":
        return f"tier {reason['tier']}"
    if reason["kind"] == "duplicate":
        return f"same as {reason['other']}"
    return reason["kind"]


# Figures of the three predecessors of the merged Vĩnh Long (86): 2024 combines; 2025 is not carried.
OBSERVATIONS = """[
  {"unit": "tra_vinh", "indicator": "work_files_online", "year": 2024, "tier": "province", "value": 86, "numerator": 860, "denominator": 1000},
  {"unit": "tỉnh Bến Tre", "indicator": "work_files_online", "year": 2024, "tier": "province", "value": 82, "numerator": 1640, "denominator": 2000},
  {"unit": "86", "indicator": "work_files_online", "year": 2024, "tier": "province", "value": 88, "numerator": 440, "denominator": 500},
  {"unit": "tỉnh Trà Vinh", "indicator": "work_files_online", "date": "2025-09-30", "value": 90}
]"""


def main() -> None:
    plans = chitieu.units()
    assert_type(plans, List["AdministrativeUnit"])
    assert any(u["id"] == "tra_vinh" for u in plans)
    provinces = chitieu.units(date="2025-07-01", level="province")
    assert_type(provinces, List["RegisteredUnit"])
    assert len(provinces) == 34 and all(u.get("parent") is None for u in provinces)

    unit = chitieu.unit_at("80", "2025-06-30")
    assert_type(unit, "RegisteredUnit")
    last_day: Optional[str] = unit.get("valid_to")
    assert (unit["code"], unit["name"], unit["kind"], last_day) == ("80", "Long An", "province", "2025-06-30")

    links = chitieu.successors("tỉnh Trà Vinh", "2026-01-01")
    assert_type(links, List["UnitLink"])
    acts: List[str] = [b["act"] for b in links[0]["basis"]]
    clauses: List[Optional[int]] = [b.get("clause") for b in links[0]["basis"]]
    assert (links[0]["unit"]["code"], links[0]["share"], links[0]["status"]) == ("86", "whole", "checked")
    assert acts == ["202/2025/QH15"] and len(clauses) == 1
    names = sorted(p["unit"]["name"] for p in chitieu.predecessors("tỉnh Vĩnh Long", "2026-01-01"))
    assert names == ["Bến Tre", "Trà Vinh", "Vĩnh Long"]

    observations = chitieu.Observations.from_json(OBSERVATIONS)
    view = _chitieu.merged_view("tỉnh Vĩnh Long", "2026-01-01", observations)
    assert_type(view, "MergedView")
    weights: List[Optional[float]] = [p.get("weight") for p in view["predecessors"]]
    assert view["weights"]["kind"] == "communes" and sorted(w or 0.0 for w in weights) == [102.0, 104.0, 148.0]
    work = next(i for i in view["indicators"] if i["indicator"] == "work_files_online")
    merged = work.get("merged")
    assert merged is not None and work.get("year") == 2024 and work["missing"] == []
    assert (merged["rule"], merged["value"], merged.get("denominator")) == ("ratio_of_sums", 84.0, 3500.0)
    for target in work["targets"]:
        achievement = target.get("achievement")
        assert achievement is not None and not achievement["attained"] and target["adopted_by"] == "84"
    figures: List[float] = [f["value"] for f in work["figures"] if f["year"] == 2024]
    assert sorted(figures) == [82.0, 86.0, 88.0]
    dti = next(i for i in view["indicators"] if i["indicator"] == "dti_rank")
    assert dti.get("reason") == "rank_not_combined" and dti["targets"][0].get("reason") == "rank_not_combined"

    parts = [{"unit": "84", "value": 86.0, "numerator": 860, "denominator": 1000},
             {"unit": "83", "value": 82.0, "numerator": 1640, "denominator": 2000}]
    combined = chitieu.combine("ratio_of_sums", "percent", parts)
    assert_type(combined, "Combined")
    numerator: Optional[float] = combined.get("numerator")
    assert numerator == 2500 and [p["unit"] for p in combined["inputs"]] == ["84", "83"]

    carried = chitieu.carry_forward(observations, "2026-01-01")
    assert_type(carried, "CarriedForward")
    assert [(c["successor"]["code"], c["observation"]["value"]) for c in carried["carried"]] == [("86", 84.0)]
    assert carried["carried"][0]["combined"]["formula"].startswith("100")
    codes: List[str] = [w["code"] for w in carried["warnings"]]
    assert codes == ["outside_validity", "not_carried"] and carried["warnings"][1]["related"] == ["84 Tỉnh Trà Vinh"]

    draft = chitieu.extract_plan("Đến năm 2025: 80-90% hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng.")
    reasons = [describe(r) for t in draft.targets for r in t.get("reasons", [])]
    assert reasons == ["a range 80.0-90.0"], reasons
    draft = chitieu.extract_plan("Giai đoạn 2021-2025, 80% hồ sơ thủ tục hành chính xử lý trực tuyến.")
    assert [describe(r) for t in draft.targets for r in t.get("reasons", [])] == ["year 2025 (year_from_context)"]


if __name__ == "__main__":
    main()
