"""The records' TypedDicts in the stub cannot drift from the core: each one's keys, and which of them may be
absent, are those of the same record in core/schema/records.schema.json (generated from the core's types by
core/tests/schema.rs). A field added to a core record fails here until the stub has it too.

A union on `kind` (the core's internally tagged enums, a `oneOf` of objects in the schema) is a type alias of
one TypedDict per variant, each checked against the schema's branch of the same `kind`.

What the API returns is checked against the same TypedDicts, recursively: every record reached from a real
return value has only declared keys, every required key, and values of the declared types.

The stub is read with `ast`, not imported: its TypedDicts exist for type checkers only.
"""

import ast
import datetime
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


def annotations(source):
    """{name: {key: annotation}} (`ast` nodes) for every TypedDict of the stub, as `typeddicts` reads them."""
    found = {}
    for node in ast.parse(source).body:
        if isinstance(node, ast.ClassDef) and any(_is_typeddict(b) for b in node.bases):
            found[node.name] = {
                item.target.id: item.annotation
                for item in node.body
                if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name)
            }
        elif isinstance(node, ast.Assign) and isinstance(node.value, ast.Call) and _is_typeddict(node.value.func):
            fields = node.value.args[1]
            found[node.targets[0].id] = {ast.literal_eval(k): v for k, v in zip(fields.keys, fields.values)}
    return found


def _subscript_name(node):
    if isinstance(node, ast.Subscript):
        value = node.value
        return value.attr if isinstance(value, ast.Attribute) else getattr(value, "id", None)
    return None


def _elements(slice_):
    return list(slice_.elts) if isinstance(slice_, ast.Tuple) else [slice_]


def unions(source):
    """{alias: [member names]} for every module-level `Alias = Union[A, B, ...]` of the stub."""
    found = {}
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign) and _subscript_name(node.value) == "Union":
            members = _elements(node.value.slice)
            if all(isinstance(m, ast.Name) for m in members):
                found[node.targets[0].id] = [m.id for m in members]
    return found


def _literal(annotation):
    """The values of `Literal[...]`, or None."""
    if _subscript_name(annotation) == "Literal":
        return [ast.literal_eval(e) for e in _elements(annotation.slice)]
    return None


SOURCE = STUB.read_text(encoding="utf-8")
STUB_RECORDS = typeddicts(SOURCE)
ANNOTATIONS = annotations(SOURCE)
UNIONS = unions(SOURCE)
DEFS = json.loads(SCHEMA.read_text(encoding="utf-8"))["$defs"]

# The TypedDicts that are variants of a tagged union named as a schema record (Uncertainty): checked
# against the union's branches (test_union_matches_the_schema), not as records of their own.
VARIANTS = {m for name, members in UNIONS.items() if name in DEFS for m in members}


def _kind(variant):
    """The `kind` a variant TypedDict is tagged with (`kind: Literal["..."]`)."""
    values = _literal(ANNOTATIONS[variant].get("kind"))
    assert values and len(values) == 1, f"{variant}: expected `kind: Literal[\"...\"]`"
    return values[0]


def test_the_stub_has_the_records():
    expected = {"Problem", "Anchor", "Milestone", "Achievement", "GrowthRatio", "RequiredPace", "Projection",
                "RatioOfSums", "WeightedMean", "TierCheck", "DueDate", "Row", "Summary", "FlatRow", "DraftTarget",
                "UnusedNumber", "Agreement", "Target", "Indicator", "Observation", "Period"}
    assert expected <= set(STUB_RECORDS), expected - set(STUB_RECORDS)
    assert all(keys for keys in STUB_RECORDS.values()), "a TypedDict without keys: the parser missed its fields"


@pytest.mark.parametrize("name", sorted(set(STUB_RECORDS) - BINDING_ONLY - VARIANTS))
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


@pytest.mark.parametrize("name", sorted(n for n in UNIONS if n in DEFS))
def test_union_matches_the_schema(name):
    branches = DEFS[name]["oneOf"]
    by_kind = {b["properties"]["kind"]["const"]: b for b in branches}
    assert len(by_kind) == len(branches), f"{name}: a branch without a `kind` const"
    variants = {_kind(v): v for v in UNIONS[name]}
    assert len(variants) == len(UNIONS[name]), f"{name}: two variants with the same kind"
    assert set(variants) == set(by_kind), (
        f"{name}: kinds missing in the stub {sorted(set(by_kind) - set(variants))}, "
        f"not in the core {sorted(set(variants) - set(by_kind))}"
    )
    for kind, variant in variants.items():
        keys, branch = STUB_RECORDS[variant], by_kind[kind]
        assert set(keys) == set(branch["properties"]), (variant, sorted(keys), sorted(branch["properties"]))
        assert {k for k, r in keys.items() if r} == set(branch.get("required", [])), variant


def test_binding_only_records_are_not_in_the_schema():
    # When the core gains one of them, it moves to the schema check above.
    assert BINDING_ONLY <= set(STUB_RECORDS)
    assert not BINDING_ONLY & set(DEFS), BINDING_ONLY & set(DEFS)


def test_binding_records():
    path = chitieu.Path([(2022, 60.0), (2024, 80.0, "at_least")])
    check = Conformance()
    for name, value in [
        ("Interpolated", chitieu.interpolate("linear", 2020, 1.0, 2025, 2.0, 2022)),
        ("TimeDistance", path.time_distance(2022.5, 70.0)),
        ("TimeDistance", path.time_distance(2022.5, 99.0)),
        ("KindAndMethod", chitieu.indicator_kind("percent")),
    ]:
        assert set(value) == set(STUB_RECORDS[name]), (name, value)
        assert not check.value(value, ast.Name(id=name), name), (name, value)


# Figures of Trà Vinh, Bến Tre and Vĩnh Long (84, 83, 86 until 30 June 2025), predecessors of the merged
# Vĩnh Long (86): those of 2024 combine; the last one is named outside its validity and is not carried (no
# figures of the other predecessors at its date), two warnings.
CARRIED = """[
  {"unit": "tra_vinh", "indicator": "work_files_online", "year": 2024, "tier": "province", "value": 86, "numerator": 860, "denominator": 1000},
  {"unit": "tỉnh Bến Tre", "indicator": "work_files_online", "year": 2024, "tier": "province", "value": 82, "numerator": 1640, "denominator": 2000},
  {"unit": "86", "indicator": "work_files_online", "year": 2024, "tier": "province", "value": 88, "numerator": 440, "denominator": 500},
  {"unit": "tỉnh Trà Vinh", "indicator": "work_files_online", "date": "2025-09-30", "value": 90}
]"""


# Texts whose drafts give the reasons the seeds below do not: a range, an unmatched and a weakly matched
# indicator, a year from the plan's period and one from context, and reported figures (observations), one
# of them dated by the signing year.
DRAFTED = [
    "Đến năm 2025: 80-90% hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng.",
    "Mục tiêu đến năm 2025:\n- 90% hồ sơ công việc xử lý trên mạng.\n- 80% người dân dùng chữ ký số cá nhân.",
    "KẾ HOẠCH\nChuyển đổi số tỉnh Trà Vinh đến năm 2025\nMục tiêu:\n- 90% hồ sơ công việc cấp tỉnh được xử lý "
    "trên môi trường mạng.",
    "Giai đoạn 2021-2025, 80% hồ sơ thủ tục hành chính xử lý trực tuyến.",
    "ỦY BAN NHÂN DÂN TỈNH HÀ GIANG\nSố: 12/KH-UBND\nHà Giang, ngày 10 tháng 1 năm 2024\nKẾ HOẠCH\n"
    "Chuyển đổi số tỉnh Hà Giang năm 2024\nI. KẾT QUẢ NĂM 2023\nNăm 2023 đạt 72% hồ sơ thủ tục hành chính xử lý "
    "trực tuyến; đến nay đã đạt 85% dân số trưởng thành có điện thoại thông minh.\nII. MỤC TIÊU NĂM 2024:\n"
    "- 80% hồ sơ thủ tục hành chính xử lý trực tuyến.\n",
    # An indicator the catalogue does not know (unmatched_indicator).
    "Đến năm 2025, 60% đàn bò được gắn thẻ tai truy xuất nguồn gốc.",
]


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
    yield "CumulativeProgress", chitieu.cumulative_change(2020, 2025, 50.0, 2023, 30.0, "at_least", "higher_is_better")
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
    for text in DRAFTED:
        drafted = chitieu.extract_plan(text)
        yield "DraftTarget", drafted.targets
        if drafted.observations:
            yield "DraftObservation", drafted.observations
    for seed in ("can_tho", "binh_dinh_2024", "tay_ninh_city"):
        yield "DraftTarget", chitieu.extract_plan(ROOT / "tests" / "seeds" / f"{seed}.txt").targets
    yield "UnusedNumber", draft.unused_numbers
    yield "Agreement", chitieu.agreement(plan, plan)
    aligned = chitieu.alignment(plan, chitieu.load_plan("nq57_2024"))
    yield "AlignmentRow", aligned.rows
    yield "AlignedTarget", [r["first"] for r in aligned.rows if r["first"]]
    yield "PillarCounts", aligned.summary
    yield "FlatAlignmentRow", aligned.flat_rows()
    yield "Catalogue", chitieu.catalogue()
    yield "CatalogueIndicator", chitieu.catalogue()["indicators"]
    # The register and the merged unit.
    yield "AdministrativeUnit", chitieu.units(level="province")
    yield "RegisteredUnit", chitieu.units(date="2025-07-01", level="province")
    yield "RegisteredUnit", chitieu.units(date="2025-06-30", level="district")[:50]
    yield "RegisteredUnit", chitieu.units(date=datetime.date(2025, 7, 1))[:50]
    yield "RegisteredUnit", chitieu.unit_at("80", "2025-06-30")
    yield "UnitLink", chitieu.successors("tỉnh Trà Vinh", "2026-01-01")
    yield "UnitLink", chitieu.successors("80", "2026-01-01", on="2025-06-30")
    yield "UnitLink", chitieu.predecessors("tỉnh Vĩnh Long", "2026-01-01")
    yield "MergedView", chitieu.merged_view("tỉnh Vĩnh Long", "2026-01-01")
    # With figures of all three predecessors: a merged figure, and targets judged against it.
    carried = chitieu.Observations.from_json(CARRIED)
    view = chitieu._chitieu.merged_view(
        "86", "2026-01-01", carried, weights={"kind": "population", "values": {"83": 1.0, "84": 1.0, "86": 1.0}})
    assert any(i.get("merged") and all(t.get("achievement") for t in i["targets"]) for i in view["indicators"])
    yield "MergedView", view
    parts = [{"unit": "84", "value": 86.0, "numerator": 860, "denominator": 1000, "weight": 1.0},
             {"unit": "83", "value": 82.0, "numerator": 1640, "denominator": 2000, "weight": 3.0}]
    yield "Combined", [
        chitieu.combine("ratio_of_sums", "percent", parts),
        chitieu.combine("weighted_mean", "percent", parts, "population"),
        chitieu.combine("mean_of_indices", "index", [{"unit": "84", "value": 0.5}, {"unit": "83", "value": 0.4}]),
        chitieu.combine("sum", "count", [{"unit": "84", "value": 3}, {"unit": "83", "value": 4}]),
    ]
    yield "CarriedForward", chitieu.carry_forward(carried, "2026-01-01")
    yield "CatalogueConflict", chitieu.extend_catalogue(json.dumps({"format_version": 1, "indicators": [
        {"id": "dti_rank", "name_vi": "x", "name_en": "x", "unit": "rank", "polarity": "lower_is_better",
         "kind": "rank", "pillar": "general"}]}))[1]


_SCALARS = {
    "str": lambda v: isinstance(v, str),
    "int": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "float": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    "bool": lambda v: isinstance(v, bool),
    "Any": lambda v: True,
}


class Conformance:
    """Checks values against the stub's annotations, recording every TypedDict it reaches (`seen`)."""

    def __init__(self):
        self.seen = set()

    def record(self, name, value, where):
        """The problems of `value` as the TypedDict `name` (a list of strings; empty when it conforms)."""
        if not isinstance(value, dict):
            return [f"{where}: {type(value).__name__}, expected a dict ({name})"]
        self.seen.add(name)
        keys = STUB_RECORDS[name]
        problems = [f"{where}: undeclared key {k!r} ({name})" for k in sorted(set(value) - set(keys))]
        problems += [f"{where}: required key {k!r} absent ({name})" for k, r in keys.items() if r and k not in value]
        for key, annotation in ANNOTATIONS[name].items():
            if key in value:
                problems += self.value(value[key], annotation, f"{where}.{key}")
        return problems

    def union(self, members, value, where):
        records = [m for m in members if isinstance(m, ast.Name) and m.id in STUB_RECORDS]
        if records and len(records) == len(members) and all("kind" in ANNOTATIONS[m.id] for m in records):
            # A tagged union: the member of the value's kind.
            kind = value.get("kind") if isinstance(value, dict) else None
            chosen = [m.id for m in records if kind in (_literal(ANNOTATIONS[m.id]["kind"]) or [])]
            if len(chosen) != 1:
                return [f"{where}: kind {kind!r} is none of {[m.id for m in records]}"]
            return self.record(chosen[0], value, where)
        for member in members:
            if not self.value(value, member, where):
                return []
        return [f"{where}: {value!r} matches none of {[ast.unparse(m) for m in members]}"]

    def value(self, value, annotation, where):
        """The problems of `value` as a value of `annotation`."""
        name = _subscript_name(annotation)
        if name in ("NotRequired", "Required"):
            return self.value(value, annotation.slice, where)
        if name == "Optional":
            return [] if value is None else self.value(value, annotation.slice, where)
        if name == "Union":
            return self.union(_elements(annotation.slice), value, where)
        if name == "Literal":
            return [] if value in _literal(annotation) else [f"{where}: {value!r} not in {ast.unparse(annotation)}"]
        if name == "List":
            if not isinstance(value, list):
                return [f"{where}: {type(value).__name__}, expected a list"]
            return [p for i, v in enumerate(value) for p in self.value(v, annotation.slice, f"{where}[{i}]")]
        if name == "Dict":
            key_type, value_type = _elements(annotation.slice)
            if not isinstance(value, dict):
                return [f"{where}: {type(value).__name__}, expected a dict"]
            return [p for k, v in value.items()
                    for p in self.value(k, key_type, f"{where} key") + self.value(v, value_type, f"{where}[{k!r}]")]
        assert isinstance(annotation, ast.Name), f"{where}: annotation {ast.unparse(annotation)} not understood"
        if annotation.id in _SCALARS:
            ok = _SCALARS[annotation.id](value)
            return [] if ok else [f"{where}: {value!r}, expected {annotation.id}"]
        if annotation.id in UNIONS:
            return self.union([ast.Name(id=m) for m in UNIONS[annotation.id]], value, where)
        assert annotation.id in STUB_RECORDS, f"{where}: annotation {annotation.id} not understood"
        return self.record(annotation.id, value, where)


def test_the_api_returns_what_the_typeddicts_declare():
    check = Conformance()
    for name, value in _samples():
        records = value if isinstance(value, list) else [value]
        assert records and all(isinstance(r, dict) for r in records), (name, value)
        annotation = ast.Name(id=name)
        problems = [p for i, r in enumerate(records) for p in check.value(r, annotation, f"{name}[{i}]")]
        assert not problems, "\n".join(problems[:20])
    # Every TypedDict is reached by a real value (those of BINDING_ONLY in test_binding_records).
    unseen = set(STUB_RECORDS) - BINDING_ONLY - check.seen
    assert not unseen, f"no sample reaches {sorted(unseen)}: add one to _samples"


def test_typed_usage_runs():
    # tests/typed_usage.py, which the Makefile's `stubtest` target checks with `mypy --strict`, also runs.
    import typed_usage

    typed_usage.main()
