"""A plan against another, the national documents and the catalogue of indicators, through the Python API."""

import json

import pytest

import chitieu


def test_tra_vinh_against_resolution_57():
    assert chitieu.list_national_plans() == ["nq57_2024"]
    nation = chitieu.load_plan("nq57_2024")
    assert nation.jurisdiction["level"] == "national"
    a = chitieu.alignment(chitieu.load_plan("tra_vinh"), nation)
    assert (a.first, a.second) == ("tra_vinh", "nq57_2024")
    assert len(a) == 31 + 25 - 1
    row = next(r for r in a.rows if r["indicator"] == "digital_economy_share_grdp" and r["year"] == 2030)
    assert (row["verdict"], row["difference"], row["margin"]) == ("looser", -5.0, -5.0)
    assert (row["first"]["comparator"], row["second"]["value"], row["second"]["basis"]) == ("more_than", 30.0, "stated")
    economy = next(s for s in a.summary if s["pillar"] == "digital_economy")
    assert (economy["looser"], economy["only_first"], economy["only_second"]) == (1, 5, 5)
    assert a.warnings == []
    assert "<Alignment tra_vinh against nq57_2024: 55 rows, 0 stricter, 0 equal, 1 looser" in repr(a)


def test_outputs_csv_json_pandas_html():
    a = chitieu.alignment(chitieu.load_plan("tra_vinh"), chitieu.load_plan("can_tho"))
    csv = a.to_csv()
    assert csv.splitlines()[0].startswith("indicator,name,pillar,tier,year,first_comparator")
    assert len(csv.splitlines()) == len(a) + 1
    assert json.loads(a.to_json())["rows"] == a.rows
    frame = a.to_pandas()
    assert frame.shape[0] == len(a)
    files = frame[(frame.indicator == "work_files_online") & (frame.tier == "commune") & (frame.year == 2030)]
    assert files.verdict.tolist() == ["looser"] and files.difference.tolist() == [-10.0]
    html = a._repr_html_()
    assert "tra_vinh against can_tho" in html and "looser" in html


def test_a_plan_against_itself_and_a_plan_built_in_code():
    plan = chitieu.load_plan()
    a = chitieu.alignment(plan, plan)
    assert a.warnings == ["same_plan"]
    assert all(r["verdict"] == "equal" and r["warnings"] == ["same_plan"] for r in a.rows)
    with pytest.raises(TypeError):
        chitieu.alignment(plan, "can_tho")


def test_the_catalogue_and_a_users_extension():
    cat = chitieu.catalogue()
    assert len(cat["indicators"]) == 81
    de = next(i for i in cat["indicators"] if i["id"] == "digital_economy_share_grdp")
    assert (de["unit"], de["kind"], de["dti_component"]) == ("percent_of_grdp", "level_or_share", "digital_economy")
    user = {"format_version": 1, "indicators": [
        {"id": "dti_rank", "name_vi": "chỉ số chuyển đổi số", "name_en": "DTI score", "unit": "index",
         "polarity": "higher_is_better", "kind": "level_or_share", "pillar": "general"}]}
    merged, conflicts = chitieu.extend_catalogue(json.dumps(user))
    assert len(merged["indicators"]) == 81
    assert {"list": "indicators", "id": "dti_rank", "field": "unit", "replaced": "rank", "kept": "index"} in conflicts
    user["indicators"][0]["pillar"] = "nowhere"
    user["indicators"].append(dict(user["indicators"][0], id="dti_rank"))
    with pytest.raises(chitieu.LoadError) as err:
        chitieu.extend_catalogue(json.dumps(user))
    paths = [(p["path"], p["code"]) for p in err.value.problems]
    assert ("indicators[0].pillar", "unknown_pillar") in paths and ("indicators[1].id", "duplicate_id") in paths
