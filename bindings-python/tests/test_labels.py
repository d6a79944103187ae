"""Words from the core's one label table in Python: `label`, `labels`, `status_colour`, the HTML views,
`Scorecard.to_pandas(lang=...)`, and the core's reports: `Scorecard.to_html` and `Scorecard.to_excel`."""

import re
import zipfile

import pytest

import chitieu

AS_OF = "2025-12-31"


@pytest.fixture(scope="module")
def card():
    return chitieu.scorecard(chitieu.load_plan("tra_vinh"), as_of=AS_OF)


def test_labels_come_from_the_core_table():
    assert chitieu.label("status", "target_achieved") == "Đã đạt"
    assert chitieu.label("status", "target_achieved", "en") == "achieved"
    assert chitieu.label("comparator", "at_least", "vi") == "tối thiểu"
    assert chitieu.label("tier", "commune", "en") == "commune"
    assert chitieu.label("tier", "hamlet") is None
    vi, en = chitieu.labels("vi"), chitieu.labels("en")
    assert set(vi) == set(en) >= {"status", "reason", "not_assessable", "comparator", "tier", "unit", "text"}
    assert vi["text"]["as_of"] == "Ngày đánh giá" and en["text"]["as_of"] == "As of"
    assert all(set(vi[d]) == set(en[d]) for d in vi)
    assert chitieu.status_colour("deterioration") == "#c62828"
    # The merged view's reasons have words (the dashboard's unit picker used to keep its own).
    reasons = {"rank_not_combined", "missing_figures", "no_common_year", "part_of_predecessor", "combine_failed"}
    assert set(vi["merge_reason"]) == set(en["merge_reason"]) == reasons
    assert chitieu.label("merge_reason", "no_common_year", "en") == "no year in common"
    assert [c for c, _, _ in chitieu.CATEGORIES][0] == "target_achieved"
    assert chitieu.CATEGORIES[0][1] == "achieved" and chitieu.CATEGORIES[0][2] == "#1a7f37"
    with pytest.raises(chitieu.ArgumentError) as e:
        chitieu.label("colour", "red")
    assert e.value.path == "domain"
    with pytest.raises(chitieu.ArgumentError):
        chitieu.labels("fr")
    with pytest.raises(chitieu.ArgumentError):
        chitieu.status_colour("great")


def test_to_pandas_in_each_language(card):
    codes = card.to_pandas()
    vi = card.to_pandas(lang="vi")
    en = card.to_pandas(lang="en")
    assert list(codes["target"]) == list(vi["target"]) == list(en["target"])
    for i, code in enumerate(codes["status"]):
        assert vi["status"].iloc[i] == chitieu.label("status", code, "vi")
        assert en["status"].iloc[i] == chitieu.label("status", code, "en")
    reasons = codes["status_reason"].dropna()
    assert len(reasons) > 0
    for i in reasons.index:
        assert vi["status_reason"][i] == chitieu.label("not_assessable", codes["status_reason"][i], "vi")
    assert vi["comparator"].iloc[3] == "tối thiểu" and en["comparator"].iloc[3] == "at least"
    assert vi["name"].iloc[3] == codes["name_vi"].iloc[3] and en["name"].iloc[3] == codes["name_en"].iloc[3]
    # The numbers are the same numbers.
    assert vi["percent_of_target"].equals(codes["percent_of_target"])
    with pytest.raises(chitieu.ArgumentError):
        card.to_pandas(lang="fr")


def test_html_views_use_the_core_labels(card):
    page = card._repr_html_()
    assert "Đã đạt" in page and "Chưa đánh giá được" in page and "Ngày đánh giá" in page
    assert "chưa có số liệu" in page  # a reason in words
    plan_page = chitieu.load_plan()._repr_html_()
    assert "cấp tỉnh" in plan_page and "Năm" in plan_page


def test_to_html_is_the_core_report(card):
    for lang, words in [("vi", "Ngày đánh giá"), ("en", "As of")]:
        page = card.to_html(lang)
        assert page.startswith("<!DOCTYPE html>") and f'<html lang="{lang}">' in page and words in page
        for r in card.rows:
            row = re.search(rf'<tr data-target="{re.escape(r["target"])}">(.*?)</tr>', page, re.S).group(1)
            shown = dict(re.findall(r'data-quantity="([a-z_]+)" data-value="([^"]+)"', row))
            assert float(shown["target_value"]) == r["target_value"]
            if r["status"]["score"] is not None:
                assert float(shown["score"]) == r["status"]["score"]
    # A scorecard read back from JSON reports on the bundled plan of its id.
    again = chitieu.Scorecard.from_json(card.to_json())
    assert again.to_html() == card.to_html()


def test_to_excel_writes_the_core_workbook(card, tmp_path):
    for lang, status in [("vi", "Đã đạt"), ("en", "achieved")]:
        path = tmp_path / f"bao_cao_{lang}.xlsx"
        card.to_excel(path, lang=lang)
        with zipfile.ZipFile(path) as z:
            names = z.namelist()
            assert {"xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/worksheets/sheet3.xml"} <= set(names)
            strings = z.read("xl/sharedStrings.xml").decode()
            assert status in strings
            sheet = z.read("xl/worksheets/sheet1.xml").decode()
            assert '<pane ySplit="1"' in sheet  # the header row is frozen
            values = [float(v) for v in re.findall(r"<v>([^<]+)</v>", sheet) if re.fullmatch(r"-?[\d.eE+-]+", v)]
            assert card.rows[3]["target_value"] in values and card.rows[3]["latest"]["value"] in values
    with pytest.raises(OSError):
        card.to_excel(tmp_path / "no_such_folder" / "x.xlsx")


def test_method_words_are_method_label():
    # Regression: the label table and method_label once gave a method two different names.
    for method in ["growth_rate_ratio", "mean_yearly_rate", "straight_path", "rank_pace"]:
        for lang in ["vi", "en"]:
            assert chitieu.label("method", method, lang) == chitieu.method_label(method, lang)
