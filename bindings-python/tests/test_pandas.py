"""pandas where an analyst expects a table; lists of dicts and a clear error without it."""

import sys

import numpy as np
import pandas as pd
import pytest

import chitieu

AS_OF = "2025-12-31"


def test_frames():
    plan = chitieu.load_plan()
    targets = plan.to_pandas()
    assert len(targets) == 31 and {"indicator", "name_vi", "year", "comparator", "value", "unit"} <= set(targets)
    card = chitieu.scorecard(plan, as_of=AS_OF).to_pandas()
    assert len(card) == 31 and list(card.columns)[:3] == ["target", "pillar", "indicator"]
    assert card["status"].isin([c for c, _, _ in chitieu.CATEGORIES]).all()
    ms = plan.path("work_files_online", tier="province", baseline=(2022, 62.0)).to_pandas()
    assert list(ms["t"]) == [2022.0, 2023.0, 2024.0, 2025.0, 2026.0, 2027.0, 2028.0, 2029.0, 2030.0]
    obs = chitieu.bundled_observations().to_pandas()
    assert len(obs) == len(chitieu.bundled_observations())


def test_observations_from_pandas_round_trip():
    obs = chitieu.bundled_observations()
    back = chitieu.Observations.from_pandas(obs.to_pandas())
    assert back.records == obs.records


def test_observations_from_pandas_types():
    df = pd.DataFrame(
        {
            "unit": ["tra_vinh", "tra_vinh", "tra_vinh"],
            "indicator": ["work_files_online"] * 3,
            "tier": ["province"] * 3,
            "year": [2023.0, np.nan, 2024.0],  # floats, as a frame with a blank writes them
            "date": [None, pd.Timestamp("2024-06-30"), None],
            "value": np.array([85.5, 88.0, 90.0], dtype=np.float32),
            "source": ["a", None, np.nan],
            "extra": [1, 2, 3],  # not an observation column: left out
        }
    )
    obs = chitieu.Observations.from_pandas(df, chitieu.load_plan())
    r = obs.records
    assert [x.get("year") for x in r] == [2023, None, 2024]
    assert r[1]["date"] == "2024-06-30"
    assert r[0]["source"] == "a" and "source" not in r[2]
    assert [x["value"] for x in r] == [85.5, 88.0, 90.0]
    card = chitieu.scorecard(chitieu.load_plan(), obs, as_of=AS_OF)
    assert any(row["observations"] == 3 for row in card.rows if row["tier"] == "province")


def test_frame_blank_values_are_skipped_with_a_warning():
    df = pd.DataFrame({"unit": ["x", "x"], "indicator": ["y", "y"], "year": [2023, 2024], "value": [1.0, np.nan]})
    obs = chitieu.Observations.from_pandas(df)
    assert len(obs) == 1
    assert [(w["path"], w["code"]) for w in obs.warnings] == [("row 1, column value", "blank_cell")]


def test_frame_errors_name_the_row():
    df = pd.DataFrame({"unit": ["x", "x"], "indicator": ["y", "y"], "year": [2023, "twenty"], "value": [1.0, 2.0]})
    with pytest.raises(chitieu.LoadError) as info:
        chitieu.Observations.from_pandas(df)
    assert info.value.path == "row 1, column year"
    df = pd.DataFrame({"unit": ["x"], "indicator": ["y"], "year": [2023], "value": [np.inf]})
    with pytest.raises(chitieu.LoadError) as info:
        chitieu.Observations.from_pandas(df)
    assert info.value.code == "non_finite"
    df = pd.DataFrame({"unit": ["x"], "indicator": ["y"], "year": ["20x3"], "value": [1.0]})
    with pytest.raises(chitieu.LoadError):
        chitieu.Observations.from_pandas(df)
    with pytest.raises(TypeError):
        chitieu.Observations.from_pandas([{"unit": "x"}])


def test_without_pandas(monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)  # `import pandas` now raises ImportError
    plan = chitieu.load_plan()
    card = chitieu.scorecard(plan, as_of=AS_OF)
    for call in [plan.to_pandas, card.to_pandas, chitieu.bundled_observations().to_pandas,
                 plan.path("work_files_online", tier="province").to_pandas]:
        with pytest.raises(ImportError, match="pip install pandas"):
            call()
    # The same data as lists of dicts.
    assert len(plan.targets) == 31 and isinstance(plan.targets[0], dict)
    assert len(card.flat_rows()) == 31 and isinstance(card.flat_rows()[0], dict)
    assert isinstance(plan.milestones("work_files_online", tier="province")[0], dict)
    assert "<table>" in card._repr_html_()


def test_without_matplotlib(monkeypatch):
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    monkeypatch.setitem(sys.modules, "matplotlib.pyplot", None)
    with pytest.raises(ImportError, match="pip install matplotlib"):
        chitieu.plot_indicator(chitieu.load_plan(), "work_files_online")


# Regressions of issue 15: no quiet data loss, problems named by row and column of the frame.

FRAME = {"unit": ["tra_vinh"] * 3, "indicator": ["work_files_online"] * 3, "year": [2023, 2024, 2025],
         "value": [85.5, 88.0, 90.0]}


def test_frame_unknown_columns_warn_as_csv_does():
    df = pd.DataFrame({**FRAME, "denominater": [100.0, 100.0, 100.0]})
    obs = chitieu.Observations.from_pandas(df)
    assert [r["value"] for r in obs.records] == [85.5, 88.0, 90.0]
    assert all("denominator" not in r for r in obs.records)
    [w] = obs.warnings
    csv = chitieu.Observations.from_csv("unit;indicator;year;value;denominater\ntra_vinh;work_files_online;2023;85,5;100\n")
    [c] = csv.warnings
    # The same code, severity and words as CSV; the path names the frame's column, the expectation lists the
    # fields of the observations' format (what a frame's columns are read as).
    assert (w["code"], w["severity"], w["message"]) == (c["code"], c["severity"], c["message"])
    assert w["expected"].startswith("one of ") and "denominator" in w["expected"].split(", ")
    assert (w["code"], w["path"], w["message"]) == ("unknown_field", "column denominater",
                                                    'column "denominater" is not read')


def test_frame_two_value_columns_are_an_error():
    df = pd.DataFrame([["tra_vinh", "work_files_online", 2023, 85.5, 12.0]],
                      columns=["unit", "indicator", "year", "value", "value"])
    with pytest.raises(chitieu.LoadError) as info:
        chitieu.Observations.from_pandas(df)
    e = info.value
    assert (e.code, e.path) == ("duplicate_id", "column value")
    csv = "unit;indicator;year;value;value\ntra_vinh;work_files_online;2023;85,5;12\n"
    with pytest.raises(chitieu.LoadError) as csv_info:
        chitieu.Observations.from_csv(csv)
    assert csv_info.value.code == "duplicate_id" and csv_info.value.problems[0]["message"] == e.problems[0]["message"]
    # A missing column is one error for the frame, as for a CSV header, not one per row.
    with pytest.raises(chitieu.LoadError) as info:
        chitieu.Observations.from_pandas(pd.DataFrame({k: v for k, v in FRAME.items() if k != "value"}))
    assert [(p["code"], p["path"]) for p in info.value.problems] == [("missing_column", "columns")]


def test_frame_problems_name_the_row_label_and_column():
    df = pd.DataFrame({**FRAME, "year": [2023, "20x3", 2025]}, index=[10, 11, 12])
    with pytest.raises(chitieu.LoadError) as info:
        chitieu.Observations.from_pandas(df)
    e = info.value
    assert (e.code, e.path) == ("wrong_type", "row 11, column year")
    assert "line 1" not in str(e) and all("observations[" not in p["path"] for p in e.problems)
    # Labels as the frame shows them; a plan's checks name the same cells.
    df = pd.DataFrame({**FRAME, "value": [85.5, 190.0, np.nan]}, index=["a", "b", "c"])
    with pytest.raises(chitieu.LoadError) as info:
        chitieu.Observations.from_pandas(df, chitieu.load_plan())
    assert [(p["code"], p["path"]) for p in info.value.problems] == [
        ("percent_out_of_range", "row b, column value"), ("blank_cell", "row c, column value")]
    # Warnings too.
    obs = chitieu.Observations.from_pandas(pd.DataFrame({**FRAME, "value": [85.5, np.nan, 90.0]}, index=[7, 8, 9]))
    assert [(w["code"], w["path"]) for w in obs.warnings] == [("blank_cell", "row 8, column value")]


def test_frame_cells_json_cannot_carry():
    # Regression: an infinity was reported at "line 1, column 57" of an internal JSON string.
    df = pd.DataFrame({**FRAME, "value": [85.5, np.inf, 90.0]}, index=[3, 4, 5])
    with pytest.raises(chitieu.LoadError) as info:
        chitieu.Observations.from_pandas(df)
    assert (info.value.code, info.value.path) == ("non_finite", "row 4, column value")
    df = pd.DataFrame({**FRAME, "numerator": [1.0, 2.0, -np.inf]})
    with pytest.raises(chitieu.LoadError) as info:
        chitieu.Observations.from_pandas(df)
    assert (info.value.code, info.value.path) == ("non_finite", "row 2, column numerator")
    df = pd.DataFrame({**FRAME, "source": ["a", "b\udc80", "c"]})
    with pytest.raises(chitieu.ArgumentError) as info:
        chitieu.Observations.from_pandas(df)
    assert (info.value.code, info.value.path) == ("invalid_text", "row 1, column source")
    # pd.NA and None are blank cells; Decimal values are numbers.
    import decimal

    df = pd.DataFrame({**FRAME, "value": [decimal.Decimal("85.5"), 88.0, 90.0], "note": [pd.NA, None, "x"]})
    obs = chitieu.Observations.from_pandas(df)
    assert [r["value"] for r in obs.records] == [85.5, 88.0, 90.0]
    assert [r.get("note") for r in obs.records] == [None, None, "x"]
