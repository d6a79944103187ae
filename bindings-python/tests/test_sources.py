"""Documents come in as text (a str, always) or as files (a pathlib.Path): text is never mistaken for a
file name (issue 15)."""

import json
import pathlib

import pytest

import chitieu

CSV = "đơn vị;chỉ tiêu;năm;giá trị\ntra_vinh;work_files_online;2023;\"85,5%\"\n"


def test_a_str_naming_a_file_is_read_as_text_not_as_the_file(tmp_path):
    # Regression: from_csv("/etc/hostname") read the file and echoed its first line in a warning.
    secret = tmp_path / "secret.txt"
    secret.write_text("do-not-echo-me\n", encoding="utf-8")
    names = [str(secret)] + (["/etc/hostname"] if pathlib.Path("/etc/hostname").is_file() else [])
    for name in names:
        content = pathlib.Path(name).read_text(encoding="utf-8").strip()
        with pytest.raises(chitieu.LoadError) as info:
            chitieu.Observations.from_csv(name)
        e = info.value
        assert e.code == "missing_column" and e.path == "row 1"
        # The header read is the name itself: the unknown column is the str, not the file's first line.
        unknown = [p for p in e.problems if p["code"] == "unknown_field"]
        assert [p["message"] for p in unknown] == [f"column {json.dumps(name)} is not read"]
        if content and content not in name:
            assert content not in str(e) and all(content not in p["message"] for p in e.problems)
        # And the error says how to read the file.
        if hasattr(e, "add_note"):
            assert any("pathlib.Path" in n for n in getattr(e, "__notes__", []))
        for fn in [chitieu.Plan.from_json, chitieu.Observations.from_json, chitieu.Draft.from_json,
                   chitieu.Scorecard.from_json]:
            with pytest.raises(chitieu.LoadError) as info:
                fn(name)
            assert info.value.code == "json_syntax"
        draft = chitieu.extract_plan(name)
        assert draft.plan.targets == []


def test_a_path_is_read_as_the_file(tmp_path, root):
    f = tmp_path / "obs.csv"
    f.write_text(CSV, encoding="utf-8")
    obs = chitieu.Observations.from_csv(f)
    assert [r["value"] for r in obs.records] == [85.5]
    plan = chitieu.load_plan("can_tho")
    (tmp_path / "plan.json").write_text(plan.to_json(), encoding="utf-8")
    assert chitieu.Plan.from_json(tmp_path / "plan.json").to_json() == plan.to_json()
    (tmp_path / "obs.json").write_text(obs.to_json(), encoding="utf-8")
    assert chitieu.Observations.from_json(tmp_path / "obs.json").records == obs.records
    card = chitieu.scorecard(plan, as_of="2025-12-31")
    (tmp_path / "card.json").write_text(card.to_json(), encoding="utf-8")
    assert chitieu.Scorecard.from_json(tmp_path / "card.json").rows == card.rows
    seed = root / "tests" / "seeds" / "tra_vinh.txt"
    text = seed.read_text(encoding="utf-8")
    from_file = chitieu.extract_plan(seed)
    assert from_file.to_json() == chitieu.extract_plan(text).to_json()
    for t, d in zip(from_file.plan.targets, from_file.targets):
        assert text[d["start"]:d["end"]] == t["quote"]
    draft = tmp_path / "draft.json"
    draft.write_text(from_file.to_json(), encoding="utf-8")
    assert chitieu.Draft.from_json(draft).to_json() == from_file.to_json()
    # Any os.PathLike.
    class Where:
        def __fspath__(self):
            return str(f)

    assert len(chitieu.Observations.from_csv(Where())) == 1


def test_files_that_cannot_be_read(tmp_path):
    with pytest.raises(FileNotFoundError):
        chitieu.Observations.from_csv(tmp_path / "nope.csv")
    latin = tmp_path / "latin.csv"
    latin.write_bytes(CSV.encode("cp1258", errors="replace"))
    with pytest.raises(chitieu.ArgumentError) as info:
        chitieu.Observations.from_csv(latin)
    e = info.value
    assert (e.code, e.path) == ("invalid_text", "source") and "UTF-8" in str(e) and "latin.csv" in str(e)
    # A path is read as a document's bytes: text that is not UTF-8 is the document reader's error.
    with pytest.raises(chitieu.DocumentError) as info:
        chitieu.extract_plan(latin)
    assert info.value.code in ("unknown_encoding", "legacy_encoding") and info.value.path.startswith("bytes[")
    for bad in [None, 42, b"unit;indicator", ["x"]]:
        with pytest.raises(TypeError):
            chitieu.Observations.from_csv(bad)
