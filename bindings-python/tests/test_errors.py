"""Bad input of every kind raises a typed error with the core's code, never a Rust panic."""

import datetime
import json
import math

import numpy as np
import pytest

import chitieu


def no_panic(fn, *args, **kwargs):
    """Calls fn; any exception must be a normal Python one, not pyo3's PanicException."""
    try:
        return fn(*args, **kwargs)
    except BaseException as e:  # noqa: BLE001 - the point is to look at every kind
        assert type(e).__name__ != "PanicException", f"{fn.__name__} panicked: {e}"
        assert isinstance(e, Exception), f"{fn.__name__} raised {type(e).__name__}"
        return e


def test_hierarchy():
    for cls in [chitieu.LoadError, chitieu.NumberError, chitieu.MilestoneError, chitieu.ProjectionError,
                chitieu.RollupError, chitieu.BulkError, chitieu.CalendarError, chitieu.ArgumentError]:
        assert issubclass(cls, chitieu.ChitieuError) and issubclass(cls, ValueError), cls
    assert issubclass(chitieu.BundledError, KeyError)
    assert issubclass(chitieu.ChitieuError, Exception)
    assert chitieu.LoadError.__module__ == "chitieu"


def test_load_error_lists_every_problem_with_path_and_code():
    with pytest.raises(chitieu.LoadError) as info:
        chitieu.Plan.from_json('{"format_version": 1, "id": "x"}')
    e = info.value
    assert e.code == "missing_field"
    paths = {p["path"] for p in e.problems}
    assert {"jurisdiction", "document", "period"} <= paths
    assert set(e.problems[0]) == {"path", "code", "message", "expected", "severity"}
    assert e.path == e.problems[0]["path"]


def test_load_error_on_a_bad_target_names_its_path():
    plan = chitieu.load_plan()
    text = plan.to_json().replace('"value": 90.0', '"value": 190.0', 1)
    with pytest.raises(chitieu.LoadError) as info:
        chitieu.Plan.from_json(text)
    assert info.value.code == "percent_out_of_range"
    assert info.value.path.startswith("targets[") and info.value.path.endswith("].value")


@pytest.mark.parametrize(
    "text, code",
    [("", "empty_input"), ("   ", "empty_input"), ('{"format_version": 1', "truncated_input"),
     ("[1, 2", "truncated_input"), ("{x}", "json_syntax"), ('{"a": 1, "a": 2}', "duplicate_key"),
     ("[]", "wrong_type"), ("42", "wrong_type"), ('{"value": NaN}', "non_finite")],
)
def test_plan_text_errors(text, code):
    with pytest.raises(chitieu.LoadError) as info:
        chitieu.Plan.from_json(text)
    assert info.value.code == code


def test_a_record_given_as_the_array_of_its_fields_is_a_wrong_type_where_it_is():
    # serde_json reads a struct from an array of its fields in order; the core's loaders refuse it (4 Dec 2026).
    data = json.loads(chitieu.load_plan("tra_vinh").to_json())
    data["targets"][0] = list(data["targets"][0].values())
    with pytest.raises(chitieu.LoadError) as info:
        chitieu.Plan.from_json(json.dumps(data))
    assert (info.value.code, info.value.path) == ("wrong_type", "targets[0]")
    with pytest.raises(chitieu.LoadError) as info:
        chitieu.Plan.from_json(json.dumps(list(json.loads(chitieu.load_plan("tra_vinh").to_json()).values())))
    assert (info.value.code, info.value.path) == ("wrong_type", "")


def test_missing_file_is_a_file_not_found(tmp_path):
    import pathlib

    with pytest.raises(FileNotFoundError):
        chitieu.Plan.from_json(pathlib.Path(tmp_path / "nope.json"))
    # A str is the document itself, never a file name: these are JSON and CSV texts that do not read.
    with pytest.raises(chitieu.LoadError) as info:
        chitieu.Plan.from_json(str(tmp_path / "nope.json"))
    assert info.value.code == "json_syntax"
    with pytest.raises(chitieu.LoadError) as info:
        chitieu.Observations.from_csv("data.csv")
    assert info.value.code == "missing_column"


def test_wrong_python_types_are_type_errors():
    for bad in [None, 42, 1.5, b"{}", ["x"], {"id": 1}]:
        e = no_panic(chitieu.Plan.from_json, bad)
        assert isinstance(e, TypeError), bad
    assert isinstance(no_panic(chitieu.load_plan, 3), TypeError)
    assert isinstance(no_panic(chitieu.score, "x"), TypeError)
    assert isinstance(no_panic(chitieu.achievement, "at_least", "higher_is_better", "90", 80.0), TypeError)
    assert isinstance(no_panic(chitieu.Path, 5), TypeError)
    assert isinstance(no_panic(chitieu.Path, [5, 6]), TypeError)


@pytest.mark.parametrize(
    "text, code",
    [("", "empty_number"), ("abc", "malformed_number"), ("1,2,3,4.5.6", "malformed_number"),
     ("9" * 40, "number_too_large"), ("12 quả", "unknown_money_unit"), ("0,5 đồng", "not_whole_dong"),
     ("99999999999 tỷ đồng", "not_whole_dong")],
)
def test_number_errors(text, code):
    fn = chitieu.parse_amount if code in ("unknown_money_unit", "not_whole_dong") else chitieu.parse_number
    with pytest.raises(chitieu.NumberError) as info:
        fn(text)
    assert info.value.code == code
    assert isinstance(info.value, ValueError)


def test_unknown_names_are_argument_errors():
    with pytest.raises(chitieu.ArgumentError) as info:
        chitieu.attained("roughly", "higher_is_better", 1.0, 2.0)
    assert (info.value.code, info.value.path) == ("wrong_type", "comparator")
    with pytest.raises(chitieu.ArgumentError) as info:
        chitieu.interpolate("cubic", 2020, 1, 2025, 2, 2021)
    assert info.value.path == "curve"
    with pytest.raises(chitieu.ArgumentError):
        chitieu.load_plan().path("work_files_online", tier="village")
    with pytest.raises(chitieu.ArgumentError) as info:
        chitieu.load_plan().path("no_such_indicator")
    assert info.value.code == "unknown_indicator"


@pytest.mark.parametrize("bad", ["2025-13-01", "2025-02-30", "31/12/2025", "", "yesterday", "2025"])
def test_bad_dates(bad):
    with pytest.raises(chitieu.ArgumentError) as info:
        chitieu.fractional_year(bad)
    assert info.value.code == "invalid_date"
    with pytest.raises(chitieu.ArgumentError):
        chitieu.scorecard(chitieu.load_plan(), as_of=bad)


def test_dates_accept_datetime():
    assert chitieu.fractional_year(datetime.date(2025, 12, 31)) == 2025.0
    assert chitieu.fractional_year(datetime.datetime(2025, 12, 31, 10, 0)) == 2025.0
    assert isinstance(no_panic(chitieu.fractional_year, 2025), TypeError)


@pytest.mark.parametrize("bad", [math.nan, math.inf, -math.inf])
def test_non_finite_numbers(bad):
    with pytest.raises(chitieu.MilestoneError) as info:
        chitieu.interpolate("linear", 2020, 1.0, 2025, 2.0, bad)
    assert info.value.code == "non_finite"
    with pytest.raises(chitieu.MilestoneError):
        chitieu.Path([(2020, bad), (2025, 2.0, "at_least")])
    with pytest.raises(chitieu.ProjectionError) as info:
        chitieu.project([(2020, 1.0), (2021, bad)], 3.0, 2025, "at_least", "higher_is_better")
    assert info.value.code == "non_finite"
    with pytest.raises(chitieu.RollupError) as info:
        chitieu.ratio_of_sums([1.0, bad], [1.0, 2.0])
    assert (info.value.code, info.value.path) == ("non_finite", "numerators[1]")
    with pytest.raises(chitieu.BulkError) as info:
        chitieu.evaluate_cells([2020.0], [bad], [2025.0], [2.0], [0], [1], [2021.0], [[1.0]])
    assert (info.value.code, info.value.path) == ("non_finite", "baseline[0]")
    # The scalar calculations refuse non-finite inputs, naming the input.
    for fn, args, what in [
        (chitieu.achievement, ("at_least", "higher_is_better", 90.0, bad), "value"),
        (chitieu.growth_ratio, (2020, 1.0, 2025, 2.0, 2021, bad, "at_least", "higher_is_better"), "value"),
        (chitieu.required_pace, (bad, 2021, 2.0, 2025), "value"),
    ]:
        with pytest.raises(chitieu.ArgumentError) as info:
            fn(*args)
        assert (info.value.code, info.value.path) == ("non_finite", what)
        assert isinstance(info.value, ValueError)
    # The score of a ratio is NaN-aware; a tier check reads a non-finite value as missing.
    assert chitieu.score(bad) != chitieu.score(bad) or abs(chitieu.score(bad)) == 5.0
    no_panic(chitieu.tier_check, "at_least", "higher_is_better", 80.0, {"a": bad})


@pytest.mark.parametrize("big", [1e308, -1e308, 1.7976931348623157e308, 2**63, 10**30])
def test_huge_numbers(big):
    for fn, args in [
        (chitieu.interpolate, ("linear", 2020, 1.0, 2025, big, 2022)),
        (chitieu.achievement, ("at_least", "higher_is_better", big, 1.0)),
        (chitieu.growth_ratio, (2020, 1.0, 2025, big, 2022, 2.0, "at_least", "higher_is_better")),
        (chitieu.project, ([(2020, 1.0), (2021, big), (2022, 3.0)], big, 2025, "at_least", "higher_is_better")),
        (chitieu.ratio_of_sums, ([big, big], [1.0, 1.0])),
        (chitieu.weighted_mean, ([big, 1.0], [big, 1.0])),
        (chitieu.fractional_year, ("9999-12-31",)),
    ]:
        no_panic(fn, *args)
    with pytest.raises(chitieu.ArgumentError) as info:
        chitieu.load_plan().due_dates(2**40)
    assert (info.value.code, info.value.path) == ("year_out_of_range", "year")
    no_panic(chitieu.load_plan().due_dates, 9999)
    no_panic(chitieu.load_plan().due_dates, -9999)
    no_panic(chitieu.Path([(2020, 1.0), (2025, 2.0, "at_least")]).at, big)


def test_bundled_errors():
    with pytest.raises(chitieu.BundledError) as info:
        chitieu.load_plan("atlantis")
    assert info.value.code == "unknown_plan"
    with pytest.raises(KeyError):
        chitieu.load_plan("")
    assert "tra_vinh" in str(info.value)


def test_calendar_error():
    cal = {"schedules": [{"frequency": "monthly", "month_of_period": 1, "day": 31, "strictly_before": False, "quote": ""}]}
    with pytest.raises(chitieu.CalendarError) as info:
        chitieu.due_dates(cal, 2026)
    assert (info.value.code, info.value.path) == ("invalid_deadline", "schedules[0]")
    with pytest.raises(chitieu.ArgumentError):
        chitieu.due_dates({"schedules": [{"frequency": "weekly"}]}, 2026)
    with pytest.raises(chitieu.ArgumentError):
        chitieu.due_dates({"schedules": [{**cal["schedules"][0], "day": 300}]}, 2026)


def test_milestone_errors_carry_paths():
    with pytest.raises(chitieu.MilestoneError) as info:
        chitieu.Path([(2025, 1.0), (2020, 2.0, "at_least")])
    assert (info.value.code, info.value.path) == ("anchors_not_increasing", "anchors[1].t")
    with pytest.raises(chitieu.MilestoneError) as info:
        chitieu.Path([(2025, 1.0)])
    assert info.value.code == "too_few_anchors"
    with pytest.raises(chitieu.MilestoneError) as info:
        chitieu.Path([(2022, 1.0), (2025, 2.0, "at_least")]).at(2000)
    assert info.value.code == "before_path"


def test_bulk_errors():
    ok = dict(baseline_t=[2020.0], baseline=[1.0], target_t=[2025.0], target=[2.0], comparator=[0], polarity=[1],
              times=[2021.0, 2022.0], values=[[1.0, 1.5]])
    chitieu.evaluate_cells(**ok)
    for change, code, path in [
        ({"comparator": [9]}, "invalid_code", "comparator[0]"),
        ({"comparator": [256]}, "invalid_code", "comparator[0]"),  # never wrapped to 0 (at_least)
        ({"comparator": [-1]}, "invalid_code", "comparator[0]"),
        ({"polarity": [0]}, "invalid_code", "polarity[0]"),
        ({"polarity": [2**40]}, "invalid_code", "polarity[0]"),
        ({"values": [[1.0]]}, "length_mismatch", "values"),
        ({"target": [2.0, 3.0]}, "length_mismatch", "target"),
        ({"times": [np.inf, 2022.0]}, "non_finite", "times[0]"),
    ]:
        with pytest.raises(chitieu.BulkError) as info:
            chitieu.evaluate_cells(**{**ok, **change})
        assert (info.value.code, info.value.path) == (code, path), change
    with pytest.raises(chitieu.BulkError) as info:
        chitieu.evaluate_cells(**{**ok, "baseline": [0.0]}, curve="compound")
    assert (info.value.code, info.value.path) == ("curve_needs_positive_values", "series[0]")
    e = no_panic(chitieu.evaluate_cells, **{**ok, "values": [["a", "b"]]})
    assert isinstance(e, (ValueError, TypeError))
    with pytest.raises(chitieu.BulkError) as info:
        chitieu.rollup_ratio_of_sums([[1.0]], [[-1.0]], [0], 1)
    assert info.value.code == "negative_denominator"
    with pytest.raises(chitieu.BulkError) as info:
        chitieu.rollup_ratio_of_sums([[1.0]], [[1.0]], [5], 1)
    assert (info.value.code, info.value.path) == ("invalid_code", "group[0]")
    with pytest.raises(chitieu.BulkError):
        chitieu.rollup_ratio_of_sums([[1.0]], [[1.0]], [-1], 1)


def test_observation_loading_errors():
    with pytest.raises(chitieu.LoadError) as info:
        chitieu.Observations.from_csv("unit;indicator;year;value\nx;y;năm hai;1\n")
    assert (info.value.code, info.value.path) == ("invalid_date", "row 2, column year")
    with pytest.raises(chitieu.LoadError) as info:
        chitieu.Observations.from_csv("unit;indicator;value\nx;y;1\n")
    assert info.value.code == "missing_column"
    with pytest.raises(chitieu.LoadError) as info:
        chitieu.Observations.from_json('[{"unit": "x", "indicator": "y", "year": "20x3", "value": 1}]')
    assert info.value.path.startswith("observations[0]")
    plan = chitieu.load_plan()
    with pytest.raises(chitieu.LoadError) as info:
        chitieu.Observations.from_csv("unit;indicator;year;value\ntra_vinh;work_files_online;2023;190\n", plan)
    assert info.value.code == "percent_out_of_range"


def test_damaged_input_never_panics():
    """Seeded random damage to real documents and number texts: typed errors or values, never a panic."""
    import random

    rng = random.Random(2025)
    plan_text = chitieu.load_plan().to_json()
    obs_text = chitieu.bundled_observations().to_json()
    csv_text = "đơn vị;chỉ tiêu;năm;giá trị\ntra_vinh;work_files_online;2023;\"85,5%\"\n"
    alphabet = "0123456789.,-+% đồngtỷtriệunghìn\"{}[]:;\n\x00é\u00a0"
    for _ in range(300):
        for text, fn in [(plan_text, chitieu.Plan.from_json), (obs_text, chitieu.Observations.from_json),
                         (csv_text, chitieu.Observations.from_csv)]:
            chars = list(text)
            for _ in range(rng.randint(1, 5)):
                i = rng.randrange(len(chars))
                op = rng.random()
                if op < 0.4:
                    del chars[i:i + rng.randint(1, 20)]
                elif op < 0.8:
                    chars[i] = rng.choice(alphabet)
                else:
                    chars.insert(i, rng.choice(alphabet))
            e = no_panic(fn, "".join(chars) if chars else " ")
            assert not isinstance(e, Exception) or isinstance(e, (chitieu.ChitieuError, TypeError, OSError)), e
        word = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        for fn in [chitieu.parse_number, chitieu.parse_percent, chitieu.parse_amount]:
            e = no_panic(fn, word)
            assert not isinstance(e, Exception) or isinstance(e, chitieu.NumberError), (word, e)


NAN = float("nan")
CALENDAR = {"schedules": [{"frequency": "monthly", "month_of_period": 1, "day": 31, "strictly_before": False,
                           "quote": ""}]}


@pytest.mark.parametrize(
    "cls, call, code, path",
    [
        (chitieu.RollupError, lambda: chitieu.weighted_mean([1.0, NAN], [1.0, 1.0]), "non_finite", "values[1]"),
        (chitieu.RollupError, lambda: chitieu.weighted_mean([1.0, 2.0], [1.0, -1.0]), "negative_weight", "weights[1]"),
        (chitieu.RollupError, lambda: chitieu.ratio_of_sums([1.0], [1.0, 2.0]), "length_mismatch", "denominators"),
        (chitieu.RollupError, lambda: chitieu.ratio_of_sums([], []), "empty", None),
        (chitieu.MilestoneError, lambda: chitieu.Path([(2022, 1.0), (2025, 2.0, "at_least")]).at(2000), "before_path",
         "t"),
        (chitieu.MilestoneError, lambda: chitieu.Path([(2025, 1.0)]), "too_few_anchors", "anchors"),
        (chitieu.MilestoneError, lambda: chitieu.interpolate("linear", 2020, 1.0, 2025, 2.0, NAN), "non_finite", "t"),
        (chitieu.MilestoneError, lambda: chitieu.interpolate("linear", 2020, 1.0, 2025, 2.0, 2030),
         "outside_segment", "t"),
        (chitieu.MilestoneError, lambda: chitieu.load_plan().path("work_files_online", baseline=(NAN, 60.0)),
         "non_finite", "baseline"),
        (chitieu.ProjectionError, lambda: chitieu.project([(2020, 1.0), (2021, 2.0)], 3.0, 2025, "at_least",
                                                          "higher_is_better", level=2.0), "invalid_level", "level"),
        (chitieu.ProjectionError, lambda: chitieu.project([(2020, 1.0), (NAN, 2.0)], 3.0, 2025, "at_least",
                                                          "higher_is_better"), "non_finite", "observations[1]"),
        (chitieu.BulkError, lambda: chitieu.evaluate_cells([2020.0], [1.0], [2025.0], [2.0], [9], [1], [2021.0],
                                                           [[1.5]]), "invalid_code", "comparator[0]"),
        (chitieu.CalendarError, lambda: chitieu.due_dates(CALENDAR, 2026), "invalid_deadline", "schedules[0]"),
        (chitieu.NumberError, lambda: chitieu.parse_number("abc"), "malformed_number", None),
        (chitieu.BundledError, lambda: chitieu.load_plan("atlantis"), "unknown_plan", "id"),
        (chitieu.LoadError, lambda: chitieu.Plan.from_json('{"format_version": 1, "id": "x"}'), "missing_field",
         "jurisdiction"),
        (chitieu.LoadError, lambda: chitieu.Scorecard.from_json("{not json"), "json_syntax", "line 1, column 2"),
        (chitieu.LoadError, lambda: chitieu.Draft.from_json('{"plan": 1}'), "wrong_type", "plan"),
        (chitieu.ArgumentError, lambda: chitieu.achievement("at_least", "higher_is_better", 90.0, NAN), "non_finite",
         "value"),
        (chitieu.ArgumentError, lambda: chitieu.required_pace(1.0, 2021, 2.0, math.inf), "non_finite", "target_t"),
        (chitieu.ArgumentError, lambda: chitieu.attained("roughly", "higher_is_better", 1.0, 2.0), "wrong_type",
         "comparator"),
        (chitieu.ArgumentError, lambda: chitieu.Path([{"t": 2020}, {"t": 2025, "value": 1.0}]), "missing_field",
         "anchors[0].value"),
        (chitieu.ArgumentError, lambda: chitieu.Path([(2020, 1.0, "roughly"), (2025, 2.0)]), "wrong_type",
         "anchors[0].comparator"),
        (chitieu.ArgumentError, lambda: chitieu.due_dates({"schedules": [{"frequency": "weekly"}]}, 2026),
         "wrong_type", "calendar.schedules[0].frequency"),
        (chitieu.ArgumentError, lambda: chitieu.due_dates({"schedules": 1}, 2026), "wrong_type",
         "calendar.schedules"),
        (chitieu.ArgumentError, lambda: chitieu.fractional_year("2025-02-30"), "invalid_date", "date"),
        (chitieu.ArgumentError, lambda: chitieu.load_plan().path("no_such_indicator"), "unknown_indicator",
         "indicator"),
    ],
)
def test_every_error_carries_the_cores_code_and_path(cls, call, code, path):
    with pytest.raises(cls) as info:
        call()
    e = info.value
    assert type(e) is cls and isinstance(e, chitieu.ChitieuError)
    assert (e.code, e.path) == (code, path)
    assert str(e) and "Rust" not in str(e)
    if cls is chitieu.LoadError:
        assert e.problems and e.problems[0]["code"] == code and e.problems[0]["path"] == path
    else:
        assert e.problems == []


def test_problems_of_a_load_error_are_dicts_of_the_core():
    with pytest.raises(chitieu.LoadError) as info:
        chitieu.Observations.from_csv("unit;indicator;year;value\nx;y;năm hai;1\nx;y;2024;\n")
    e = info.value
    assert [p["severity"] for p in e.problems] == ["error", "warning"]
    assert [(p["code"], p["path"]) for p in e.problems] == [
        ("invalid_date", "row 2, column year"), ("blank_cell", "row 3, column value")]


@pytest.mark.parametrize("end", ["\n", "\r\n", "\r"])
def test_a_csv_row_is_named_by_the_line_it_is_on_whatever_the_line_ends(end):
    """Regression (5 Dec 2026): with Windows line ends (Excel's CSV) the first data row was "row 1", the
    header's number; with "\\r" alone every row was "row 1"."""
    rows = ["unit;indicator;year;value", "x;y;năm hai;1", "x;y;2024;abc"]
    with pytest.raises(chitieu.LoadError) as info:
        chitieu.Observations.from_csv(end.join(rows) + end)
    assert [p["path"] for p in info.value.problems] == ["row 2, column year", "row 3, column value"]


def test_a_csv_row_number_counts_blank_rows():
    with pytest.raises(chitieu.LoadError) as info:
        chitieu.Observations.from_csv("unit;indicator;year;value\r\n\r\nx;y;năm hai;1\r\n\r\n\r\nx;y;2024;abc\r\n")
    assert [p["path"] for p in info.value.problems] == ["row 3, column year", "row 6, column value"]


def test_scorecard_reasons_are_the_same_strings():
    """Rows' milestone_reason and time_distance_reason, and the summaries' reason, read as they did before the
    core typed them (tests/scorecard_reasons.json was written by the core of commit 6cb4222)."""
    import json
    import pathlib

    golden = json.loads((pathlib.Path(__file__).parent / "scorecard_reasons.json").read_text(encoding="utf-8"))
    observations = chitieu.bundled_observations()
    for card in golden["cards"]:
        got = chitieu.scorecard(chitieu.load_plan(card["plan"]), observations, as_of=card["as_of"])
        rows = [[r["target"], r["milestone_reason"], r["time_distance_reason"]] for r in got.rows]
        assert rows == card["rows"], (card["plan"], card["as_of"])
        assert [p["reason"] for p in got.pillars] == card["pillars"], (card["plan"], card["as_of"])
        assert got.overall["reason"] == card["overall"], (card["plan"], card["as_of"])
        flat = got.flat_rows()
        assert [f["status_reason"] for f in flat] == [r["status"]["reason"] for r in got.rows]
    reasons = {r for card in golden["cards"] for row in card["rows"] for r in row[1:]}
    assert {"too_few_anchors", "before_path", "no_target_year", "no_observations", "below_baseline",
            "beyond_final_target"} <= reasons


def test_settings_out_of_range_are_refused_where_they_enter():
    # Regression (issue 15): Settings(interval_level=nan) silently dropped every projection, and
    # min_assessable_share=-1 reported a mean with 8 of 21 indicators assessable.
    for kwargs, path in [
        ({"interval_level": float("nan")}, "interval_level"),
        ({"interval_level": 1.0}, "interval_level"),
        ({"min_assessable_share": -1.0}, "min_assessable_share"),
    ]:
        with pytest.raises(chitieu.ArgumentError) as e:
            chitieu.Settings(**kwargs)
        assert e.value.path == path


def test_a_negative_tolerance_is_refused_by_attainment_and_projection():
    # Regression (issue 15): project gave probability -0.257 and attained accepted it.
    with pytest.raises(chitieu.ArgumentError) as e:
        chitieu.attained("about", "higher_is_better", 96.0, 100.0, tolerance=-0.5)
    assert (e.value.code, e.value.path) == ("invalid_tolerance", "tolerance")
    with pytest.raises(chitieu.ArgumentError) as e:
        chitieu.achievement("about", "higher_is_better", target=100.0, value=96.0, tolerance=-0.5)
    assert e.value.code == "invalid_tolerance"
    assert chitieu.attained("about", "higher_is_better", 96.0, 100.0, tolerance=4.0) is True


def test_weighted_mean_is_exact_whatever_the_order():
    # Regression (issue 15): a large weightless first value swallowed the others.
    assert chitieu.weighted_mean([1e17, 5.0, 7.0], [0.0, 1.0, 1.0])["value"] == 6.0
    assert chitieu.weighted_mean([4.77905e14, 5.3], [0.0, 1.0])["value"] == 5.3
    assert chitieu.weighted_mean([5.3, 4.77905e14], [1.0, 0.0])["value"] == 5.3


def test_a_roll_up_larger_than_its_inputs_allow_is_refused_not_aborted():
    # Regression (issue 15): these aborted the interpreter or raised PanicException.
    for args, kwargs in [
        (([[1.0]], [[1.0]], [0], 10**12), {}),
        (([], [], [], 1), {"times": 10**12}),
        (([[1.0]], [[1.0]], [0], 2**64 - 1), {}),
    ]:
        with pytest.raises(chitieu.BulkError) as e:
            chitieu.rollup_ratio_of_sums(*args, **kwargs)
        assert e.value.code == "too_large"
        assert e.value.path in ("groups", "times")


def test_integers_out_of_range_are_argument_errors_not_overflow():
    # Regression (issue 15): plan.due_dates(10**10) and groups=-1 raised OverflowError.
    plan = chitieu.load_plan()
    cases = [
        (lambda: plan.due_dates(10**10), "year_out_of_range", "year", "10000000000"),
        (lambda: plan.due_dates(-(2**31) - 1), "year_out_of_range", "year", str(-(2**31) - 1)),
        (lambda: chitieu.due_dates(plan, 10**30), "year_out_of_range", "year", str(10**30)),
        (lambda: chitieu.due_dates(plan, 2**200), "year_out_of_range", "year", None),
        (lambda: chitieu.rollup_ratio_of_sums([[1.0]], [[1.0]], [0], -1), "value_out_of_range", "groups", "-1"),
        (lambda: chitieu.rollup_ratio_of_sums([[1.0]], [[1.0]], [0], 2**64), "value_out_of_range", "groups",
         str(2**64)),
        (lambda: chitieu.rollup_ratio_of_sums([1.0], [1.0], [0], 1, times=-3), "value_out_of_range", "times", "-3"),
        (lambda: chitieu.national_workload(-1), "value_out_of_range", "seed", "-1"),
        (lambda: chitieu.national_workload(2**64), "value_out_of_range", "seed", str(2**64)),
        (lambda: chitieu.due_dates({"schedules": [{**CALENDAR["schedules"][0], "day": 10**400}]}, 2026),
         "value_out_of_range", "calendar.schedules[0].day", None),
    ]
    for call, code, path, given in cases:
        with pytest.raises(chitieu.ArgumentError) as info:
            call()
        e = info.value
        assert (e.code, e.path) == (code, path) and isinstance(e, ValueError) and not isinstance(e, OverflowError)
        if given:
            assert f" is {given};" in str(e), str(e)
    # In range, the core answers; a float is still a TypeError, as for any argument of the wrong type.
    assert plan.due_dates(np.int64(2026)) == plan.due_dates(2026)
    assert isinstance(no_panic(plan.due_dates, 2026.0), TypeError)
    assert chitieu.rollup_ratio_of_sums([[1.0]], [[2.0]], [0], np.uint64(1)).tolist() == [[0.5]]


ANY = object()


def test_lone_surrogates_never_raise_unicode_errors():
    # Regression (issue 15): every function taking text raised UnicodeEncodeError for "\ud800".
    bad = "\ud800"
    # Names, ids, numbers and dates are read with U+FFFD for the surrogate, then refused (or not found) as any
    # unknown name is.
    for call, cls, code, path in [
        (lambda: chitieu.attained("at_least" + bad, "higher_is_better", 1.0, 2.0), chitieu.ArgumentError,
         "wrong_type", "comparator"),
        (lambda: chitieu.interpolate(bad, 2020, 1.0, 2025, 2.0, 2021), chitieu.ArgumentError, "wrong_type", "curve"),
        (lambda: chitieu.Settings(curve=bad), chitieu.ArgumentError, "wrong_type", "curve"),
        (lambda: chitieu.project([(2020, 1.0), (2021, 2.0)], 3.0, 2025, "at_least", "higher_is_better", model=bad),
         chitieu.ArgumentError, "wrong_type", "model"),
        (lambda: chitieu.parse_number("1" + bad), chitieu.NumberError, "malformed_number", None),
        (lambda: chitieu.parse_amount("12" + bad + " tỷ đồng"), chitieu.NumberError, "unknown_money_unit", None),
        (lambda: chitieu.fractional_year("2025-01-0" + bad), chitieu.ArgumentError, "invalid_date", "date"),
        (lambda: chitieu.load_plan(bad), chitieu.BundledError, "unknown_plan", ANY),
        (lambda: chitieu.load_plan().path(bad), chitieu.ArgumentError, "unknown_indicator", "indicator"),
        (lambda: chitieu.Path([(2020, 1.0), (2025, 2.0, bad)]), chitieu.ArgumentError, "wrong_type",
         "anchors[1].comparator"),
        (lambda: chitieu.due_dates({"schedules": [{"frequency": bad}]}, 2026), chitieu.ArgumentError, "wrong_type",
         "calendar.schedules[0].frequency"),
    ]:
        with pytest.raises(cls) as info:
            call()
        assert info.value.code == code and (path is ANY or info.value.path == path), (code, path)
    assert chitieu.load_plan().indicator(bad) is None and chitieu.load_plan().targets_of(bad) == []
    assert chitieu.tier_check("at_least", "higher_is_better", 80.0, {bad: 90.0})["attaining"] == 1
    # Documents are refused, not altered: ArgumentError invalid_text naming the character.
    text = chitieu.load_plan().to_json().replace("Trà Vinh", "Trà " + bad, 1)
    at = text.index(bad)
    for call, path in [
        (lambda: chitieu.Plan.from_json(text), "source"),
        (lambda: chitieu.Observations.from_json('[{"unit": "' + bad + '"}]'), "source"),
        (lambda: chitieu.Observations.from_csv("unit;indicator;year;value\n" + bad), "source"),
        (lambda: chitieu.Draft.from_json(bad), "source"),
        (lambda: chitieu.Scorecard.from_json(bad), "source"),
    ]:
        with pytest.raises(chitieu.ArgumentError) as info:
            call()
        assert (info.value.code, info.value.path) == ("invalid_text", path)
        assert "U+D800" in str(info.value)
    with pytest.raises(chitieu.ArgumentError) as info:
        chitieu.Plan.from_json(text)
    assert f"character {at} " in str(info.value)


def test_draft_and_scorecard_from_json_carry_codes_paths_and_problems():
    # Regression (issue 15): failures had code wrong_type and an empty problems.
    draft = chitieu.extract_plan("Mục tiêu đến năm 2025:\n- Tối thiểu 90% hồ sơ công việc cấp tỉnh được xử lý trên "
                                 "môi trường mạng.\n")
    text = draft.to_json()
    assert '"value": 90.0' in text
    with pytest.raises(chitieu.LoadError) as info:
        chitieu.Draft.from_json(text.replace('"value": 90.0', '"value": 190.0', 1))
    e = info.value
    assert (e.code, e.path) == ("percent_out_of_range", "plan.targets[0].value")
    assert e.problems and e.problems[0]["path"] == "plan.targets[0].value"
    with pytest.raises(chitieu.LoadError) as info:
        chitieu.Draft.from_json('{"plan": {}, "targets": []}')
    assert (info.value.code, info.value.path) == ("missing_field", "plan.format_version")
    assert info.value.problems[0]["path"] == "plan.format_version"
    doc = json.loads(text)
    doc["targets"].insert(0, {"bogus": 1})
    with pytest.raises(chitieu.LoadError) as info:
        chitieu.Draft.from_json(json.dumps(doc))
    assert info.value.problems and info.value.path.startswith("targets[0]")
    card = chitieu.scorecard(chitieu.load_plan(), as_of="2025-12-31").to_json()
    with pytest.raises(chitieu.LoadError) as info:
        chitieu.Scorecard.from_json(card.replace('"interval_level": 0.9', '"interval_level": 2.0', 1))
    assert (info.value.code, info.value.path) == ("value_out_of_range", "settings.interval_level")
    assert info.value.problems[0]["code"] == "value_out_of_range"
    with pytest.raises(chitieu.LoadError) as info:
        chitieu.Scorecard.from_json('{"plan": 1}')
    assert info.value.path == "plan" and info.value.problems


def test_every_draft_that_loads_pickles_and_a_bad_one_does_not_load():
    import pickle

    draft = chitieu.extract_plan("Số: 50/KH-UBND\nMục tiêu đến năm 2025:\n- Trên 80% hộ gia đình có cáp quang.\n")
    loaded = chitieu.Draft.from_json(draft.to_json())
    back = pickle.loads(pickle.dumps(loaded))
    assert back.to_json() == loaded.to_json() == draft.to_json()
    assert back.plan.targets[0]["value"] == 80.0 and back.targets == draft.targets
    # A draft whose plan does not validate is refused by from_json ...
    bad = draft.to_json().replace('"value": 80.0', '"value": 180.0', 1)
    with pytest.raises(chitieu.LoadError) as info:
        chitieu.Draft.from_json(bad)
    assert info.value.path == "plan.targets[0].value"
    # ... and a draft object pickles as it is, even when its plan is one a reviewer must still fix.
    for text in ["Giảm 2030% thủ tục hành chính đến năm 2025.", "Đến năm 2025: 80-90% hồ sơ trực tuyến."]:
        d = chitieu.extract_plan(text)
        assert pickle.loads(pickle.dumps(d)).to_json() == d.to_json()
        assert pickle.loads(pickle.dumps(d.plan)).to_json() == d.plan.to_json()


def test_csv_readers_regressions_of_issue_15():
    # Problems are capped: the first 1,000, then one too_many_problems counting the rest.
    rows = "".join(f"tra_vinh;work_files_online;năm x{i};90\n" for i in range(1500))
    with pytest.raises(chitieu.LoadError) as e:
        chitieu.Observations.from_csv("unit;indicator;year;value\n" + rows)
    assert len(e.value.problems) == 1001
    assert e.value.problems[-1]["code"] == "too_many_problems"
    assert e.value.problems[-1]["message"].startswith("500 more problem(s)")
    # A quote never closed is an error naming its row, not a swallowed file.
    text = 'unit;indicator;year;value;note\ntra_vinh;w;2022;62;"opened\ntra_vinh;w;2023;70;x\n'
    with pytest.raises(chitieu.LoadError) as e:
        chitieu.Observations.from_csv(text)
    assert (e.value.problems[0]["code"], e.value.problems[0]["path"]) == ("unbalanced_quote", "row 2, column note")
    # A decimal comma in a comma-separated file is flagged.
    obs = chitieu.Observations.from_csv("unit,indicator,year,value,note\nx,y,2023,90,5\n")
    assert [(w["code"], w["path"]) for w in obs.warnings] == [("split_decimal", "row 2, column value")]


def test_reader_regressions_of_issue_15():
    draft = chitieu.extract_plan("Đến năm 2025: Giảm 2030% thủ tục hành chính.")
    assert draft.plan.targets == []
    assert any(u["text"] == "2030" and u["reason"] == "share_above100" for u in draft.unused_numbers)
    draft = chitieu.extract_plan("Đến năm 2025: 80-90% hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng.")
    assert draft.plan.targets[0]["value"] == 90.0
    assert {"kind": "range", "low": 80.0, "high": 90.0} in draft.targets[0]["reasons"]
    assert any(u["text"] == "80" and u["reason"] == "range_bound" for u in draft.unused_numbers)


@pytest.mark.parametrize(
    "text, message",
    [("2025-13-40", 'date "2025-13-40": month 13 is not 1 to 12'),
     ("2025-02-30", 'date "2025-02-30": 2025-02 has no day 30'),
     ("+2025-01-05", 'date "+2025-01-05": not written YYYY-MM-DD')],
)
def test_a_date_that_does_not_read_says_which_part_is_wrong(text, message):
    # Regression: a bad date in a plan was `wrong_type` with the `time` crate's message, and a signed year read.
    data = json.loads(chitieu.load_plan().to_json())
    data["document"]["signed_on"] = text
    with pytest.raises(chitieu.LoadError) as info:
        chitieu.Plan.from_json(json.dumps(data))
    (p,) = [p for p in info.value.problems if p["path"] == "document.signed_on"]
    assert (p["code"], p["message"], p["expected"]) == ("invalid_date", message, "a date YYYY-MM-DD")
    with pytest.raises(chitieu.ArgumentError) as info:
        chitieu.fractional_year(text)
    assert info.value.code == "invalid_date" and message.split(": ")[1] in str(info.value)
