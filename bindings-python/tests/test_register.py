"""The register and the merged unit through Python: units on a date, lookups with their errors, the
merged view of Vĩnh Long (the same numbers as the Rust core: tests/vectors/merged_view.json runs in
test_vectors.py), combine and carry_forward."""

import pytest

import chitieu


def test_units_on_a_date_are_a_dataframe_ready_list():
    assert len(chitieu.units(date="2025-06-30", level="province")) == 63
    assert len(chitieu.units(date="2025-07-01", level="province")) == 34
    communes = chitieu.units(date="2025-07-01", level="commune")
    assert len(communes) == 3321
    assert set(communes[0]) >= {"code", "name", "kind", "parent", "valid_from"}
    assert any(u["id"] == "tra_vinh" for u in chitieu.units())  # without a date: the plans' units


def test_lookups_and_their_errors():
    assert chitieu.unit_at("80", "2025-06-30")["name"] == "Long An"
    assert chitieu.unit_at("80", "2025-07-01")["name"] == "Tây Ninh"
    assert chitieu.successors("tỉnh Trà Vinh", "2026-01-01")[0]["unit"]["code"] == "86"
    assert chitieu.successors("80", "2026-01-01", on="2025-06-30")[0]["unit"]["name"] == "Tây Ninh"
    preds = chitieu.predecessors("tỉnh Vĩnh Long", "2026-01-01")
    assert sorted(p["unit"]["name"] for p in preds) == ["Bến Tre", "Trà Vinh", "Vĩnh Long"]
    for query, day, code in [
        ("Atlantis", "2026-01-01", "unknown_unit"),
        ("84", "2026-01-01", "not_in_force"),
        ("Vĩnh Long", "2025-06-30", "ambiguous_unit"),
    ]:
        with pytest.raises(chitieu.ArgumentError) as e:
            chitieu.unit_at(query, day)
        assert (e.value.code, e.value.path) == (code, "code_or_name")
    with pytest.raises(chitieu.ArgumentError) as e:
        chitieu.unit_at("Vĩnh Long", "2025-06-30")
    assert "Xã Vĩnh Long" in str(e.value)


def test_the_merged_view_of_vinh_long():
    v = chitieu.merged_view("tỉnh Vĩnh Long", "2026-01-01")
    assert [p["weight"] for p in sorted(v["predecessors"], key=lambda p: p["unit"]["code"])] == [148, 104, 102]
    dti = next(i for i in v["indicators"] if i["indicator"] == "dti_rank")
    assert dti["targets"][0]["reason"] == "rank_not_combined"
    frame = v.to_pandas()
    assert {"indicator", "target", "merged_value", "attained", "reason"} <= set(frame.columns)
    assert (frame["plan"] == "tra_vinh").all()
    with pytest.raises(chitieu.ArgumentError) as e:
        chitieu.merged_view("Hà Nội", "2026-01-01")
    assert (e.value.code, e.value.path) == ("not_a_successor", "unit")
    with pytest.raises(chitieu.ArgumentError) as e:
        chitieu.merged_view("86", "2026-01-01", weights={"kind": "stars", "values": {}})
    assert e.value.path.startswith("weights")


def test_combine_and_its_refusals():
    parts = [{"unit": "84", "value": 86.0, "numerator": 860, "denominator": 1000},
             {"unit": "83", "value": 82.0, "numerator": 1640, "denominator": 2000}]
    assert chitieu.combine("ratio_of_sums", "percent", parts)["value"] == pytest.approx(2500 / 30)
    with pytest.raises(chitieu.ArgumentError) as e:
        chitieu.combine("weighted_mean", "percent", parts, "population")
    assert (e.value.code, e.value.path) == ("missing_weight", "parts[0].weight")
    with pytest.raises(chitieu.ArgumentError) as e:
        chitieu.combine("mean_of_indices", "rank", parts)
    assert e.value.code == "rule_not_allowed"


def test_carry_forward_and_warnings():
    obs = chitieu.Observations.from_json("""[
      {"unit": "tra_vinh", "indicator": "work_files_online", "year": 2024, "tier": "province", "value": 86, "numerator": 860, "denominator": 1000},
      {"unit": "tỉnh Bến Tre", "indicator": "work_files_online", "year": 2024, "tier": "province", "value": 82, "numerator": 1640, "denominator": 2000},
      {"unit": "86", "indicator": "work_files_online", "year": 2024, "tier": "province", "value": 88, "numerator": 440, "denominator": 500},
      {"unit": "tỉnh Trà Vinh", "indicator": "work_files_online", "date": "2025-09-30", "value": 90}
    ]""")
    out = chitieu.carry_forward(obs, "2026-01-01")
    assert [(c["observation"]["unit"], c["observation"]["value"]) for c in out["carried"]] == [("86", 84.0)]
    assert out["carried"][0]["combined"]["rule"] == "ratio_of_sums"
