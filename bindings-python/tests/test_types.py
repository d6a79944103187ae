"""The records' TypedDicts in the stub cannot drift from the core: each one's keys, and which of them may be
absent, are those of the same record in core/schema/records.schema.json (generated from the core's types by
core/tests/schema.rs). A field added to a core record fails here until the stub has it too.

The stub is read with `ast`, not imported: its TypedDicts exist for type checkers only.
"""

import ast
import json
import pathlib

import pytest

import chitieu
from conftest import ROOT

STUB = pathlib.Path(__file__).resolve().parents[1] / "python" / "chitieu" / "_chitieu.pyi"
SCHEMA = ROOT / "core" / "schema" / "records.schema.json"

# TypedDicts named otherwise than their record: `Settings` is the name of the Python class that builds one.
SCHEMA_NAME = {"ScorecardSettings": "Settings"}

# Records the binding builds around a core result that is a tuple or a Result, so the schema has no entry
# for them; their keys are checked against what the functions return instead (test_binding_records).
BINDING_ONLY = {"Interpolated", "TimeDistance", "KindAndMethod"}


def _wrapper(annotation):
    """`NotRequired` or `Required` when the annotation is `NotRequired[...]` / `Required[...]`, else None."""
    if isinstance(annotation, ast.Subscript):
        value = annotation.value
        name = value.attr if isinstance(value, ast.Attribute) else getattr(value, "id", None)
        if name in ("NotRequired", "Required"):
            return name
    return None


def _total(keywords):
    for k in keywords:
        if k.arg == "total":
            return bool(ast.literal_eval(k.value))
    return True


def _is_typeddict(base):
    return (isinstance(base, ast.Name) and base.id == "TypedDict") or (
        isinstance(base, ast.Attribute) and base.attr == "TypedDict"
    )


def typeddicts(source):
    """{name: {key: required}} for every TypedDict of the stub, class form or functional form."""
    found = {}
    for node in ast.parse(source).body:
        if isinstance(node, ast.ClassDef) and any(_is_typeddict(b) for b in node.bases):
            total = _total(node.keywords)
            keys = {}
            for item in node.body:
                if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name):
                    wrap = _wrapper(item.annotation)
                    keys[item.target.id] = wrap == "Required" or (total and wrap != "NotRequired")
            found[node.name] = keys
        elif (
            isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Call)
            and _is_typeddict(node.value.func)
            and len(node.value.args) == 2
        ):
            total = _total(node.value.keywords)
            fields = node.value.args[1]
            assert isinstance(fields, ast.Dict), f"{ast.unparse(node)}: expected a dict literal of fields"
            keys = {}
            for k, v in zip(fields.keys, fields.values):
                wrap = _wrapper(v)
                keys[ast.literal_eval(k)] = wrap == "Required" or (total and wrap != "NotRequired")
            found[node.targets[0].id] = keys
    return found


STUB_RECORDS = typeddicts(STUB.read_text(encoding="utf-8"))
DEFS = json.loads(SCHEMA.read_text(encoding="utf-8"))["$defs"]


def test_the_stub_has_the_records():
    expected = {"Problem", "Anchor", "Milestone", "Achievement", "GrowthRatio", "RequiredPace", "Projection",
                "RatioOfSums", "WeightedMean", "TierCheck", "DueDate", "Row", "Summary", "FlatRow", "DraftTarget",
                "UnusedNumber", "Agreement", "Target", "Indicator", "Observation", "Period"}
    assert expected <= set(STUB_RECORDS), expected - set(STUB_RECORDS)
    assert all(keys for keys in STUB_RECORDS.values()), "a TypedDict without keys: the parser missed its fields"


@pytest.mark.parametrize("name", sorted(set(STUB_RECORDS) - BINDING_ONLY))
def test_typeddict_matches_the_schema(name):
    record = SCHEMA_NAME.get(name, name)
    assert record in DEFS, f"{name}: no record {record!r} in {SCHEMA.name}; name it as the core does or map it"
    schema = DEFS[record]
    keys = STUB_RECORDS[name]
    properties = set(schema["properties"])
    assert set(keys) == properties, (
        f"{name}: missing in the stub {sorted(properties - set(keys))}, "
        f"not in the core {sorted(set(keys) - properties)}"
    )
    required = set(schema.get("required", []))
    stub_required = {k for k, r in keys.items() if r}
    assert stub_required == required, (
        f"{name}: should be required {sorted(required - stub_required)}, "
        f"should be NotRequired {sorted(stub_required - required)}"
    )


def test_binding_only_records_are_not_in_the_schema():
    # When the core gains one of them, it moves to the schema check above.
    assert BINDING_ONLY <= set(STUB_RECORDS)
    assert not BINDING_ONLY & set(DEFS), BINDING_ONLY & set(DEFS)


def test_binding_records():
    path = chitieu.Path([(2022, 60.0), (2024, 80.0, "at_least")])
    for name, value in [
        ("Interpolated", chitieu.interpolate("linear", 2020, 1.0, 2025, 2.0, 2022)),
        ("TimeDistance", path.time_distance(2022.5, 70.0)),
        ("TimeDistance", path.time_distance(2022.5, 99.0)),
    ]:
        assert set(value) == set(STUB_RECORDS[name]), (name, value)


def _samples():
    """What the API returns, by TypedDict: every key returned is declared, every required key is returned."""
    plan = chitieu.load_plan()
    card = chitieu.scorecard(plan, as_of="2025-12-31")
    path = plan.path("work_files_online", tier="province", baseline=(2022, 62.0))
    draft = chitieu.extract_plan("Mục tiêu đến năm 2025: 100% xã có cáp quang. Năm 2026 có 3 đợt kiểm tra.")
    yield "AdministrativeUnit", plan.jurisdiction
    yield "AdministrativeUnit", chitieu.units()
    yield "Document", plan.document
    yield "Period", plan.period
    yield "Pillar", plan.pillars
    yield "Indicator", plan.indicators
    yield "Target", plan.targets
    yield "Budget", plan.budget
    yield "ReportingCalendar", plan.reporting
    yield "Observation", chitieu.bundled_observations().records
    yield "Problem", chitieu.Observations.from_csv("unit;indicator;year;value\nx;y;2023;\n").warnings
    yield "Anchor", path.anchors
    yield "Milestone", path.milestones()
    yield "Achievement", chitieu.achievement("at_least", "higher_is_better", 90.0, 76.0, baseline=62.0)
    yield "GrowthRatio", chitieu.growth_ratio(2022, 62.0, 2025, 90.0, 2024, 80.0, "at_least", "higher_is_better")
    yield "RequiredPace", chitieu.required_pace(80.0, 2024, 90.0, 2025)
    yield "Projection", chitieu.project([(2020, 50.0), (2021, 55.0), (2022, 60.0)], 80.0, 2025, "at_least",
                                        "higher_is_better")
    yield "RatioOfSums", chitieu.ratio_of_sums([9.0, 500.0], [10.0, 1000.0], 100.0)
    yield "WeightedMean", chitieu.weighted_mean([90.0, 50.0], [1.0, 3.0])
    yield "TierCheck", chitieu.tier_check("at_least", "higher_is_better", 80.0, {"a": 85.0, "b": None})
    yield "DueDate", plan.due_dates(2026)
    yield "ScorecardSettings", card.settings
    yield "Row", card.rows
    yield "Summary", card.pillars + [card.overall]
    yield "FlatRow", card.flat_rows()
    yield "DraftTarget", draft.targets
    yield "UnusedNumber", draft.unused_numbers
    yield "Agreement", chitieu.agreement(plan, plan)
    aligned = chitieu.alignment(plan, chitieu.load_plan("nq57_2024"))
    yield "AlignmentRow", aligned.rows
    yield "AlignedTarget", [r["first"] for r in aligned.rows if r["first"]]
    yield "PillarCounts", aligned.summary
    yield "FlatAlignmentRow", aligned.flat_rows()
    yield "Catalogue", chitieu.catalogue()
    yield "CatalogueIndicator", chitieu.catalogue()["indicators"]
    yield "CatalogueConflict", chitieu.extend_catalogue(json.dumps({"format_version": 1, "indicators": [
        {"id": "dti_rank", "name_vi": "x", "name_en": "x", "unit": "rank", "polarity": "lower_is_better",
         "kind": "rank", "pillar": "general"}]}))[1]


def test_the_api_returns_what_the_typeddicts_declare():
    seen = set()
    for name, value in _samples():
        keys = STUB_RECORDS[name]
        records = value if isinstance(value, list) else [value]
        assert records and all(isinstance(r, dict) for r in records), (name, value)
        for r in records:
            assert set(r) <= set(keys), f"{name}: undeclared keys {sorted(set(r) - set(keys))}"
            missing = {k for k, required in keys.items() if required} - set(r)
            assert not missing, f"{name}: required keys absent {sorted(missing)}"
        seen.add(name)
    assert len(seen) >= 25
