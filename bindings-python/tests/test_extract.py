"""Drafting a plan from a document's text through the installed wheel: the five seed documents against
the reviewed bundled plans, offsets, metadata, the review round trip, pickling, HTML, pandas, odd input."""

import html
import json
import pickle
import random
import sys
import threading

import pytest

import chitieu
from conftest import ROOT

SEEDS = ROOT / "tests" / "seeds"
SEED_IDS = ["binh_dinh_2024", "can_tho", "tay_ninh_city", "tien_giang", "tra_vinh"]


def observation_rows(draft):
    """A draft's observations as (value, year): the shape the regression tests on reported figures assert."""
    return [(o["value"], o.get("year")) for o in draft.observations]


def unwrapped(text):
    """A text wrapped at a width as its paragraphs: each run of lines between blank lines joined into one line."""
    return "\n\n".join(p.rstrip("\n").replace("\n", " ") for p in text.split("\n\n")) + "\n"


def target_rows(plan):
    """A draft plan's targets as (year, comparator, value, unit): the shape most regression tests assert."""
    return [(t.get("year"), t["comparator"], t["value"], plan.indicator(t["indicator"])["unit"]) for t in plan.targets]


def no_panic(fn, *args):
    """Calls fn; any exception must be a normal Python one, not pyo3's PanicException."""
    try:
        return fn(*args)
    except BaseException as e:  # noqa: BLE001 - the point is to look at every kind
        assert type(e).__name__ != "PanicException", f"{fn.__name__} panicked: {e}"
        assert isinstance(e, Exception), f"{fn.__name__} raised {type(e).__name__}"
        return e


def seed_text(id):
    return (SEEDS / f"{id}.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def drafts():
    return {id: (seed_text(id), chitieu.extract_plan(seed_text(id))) for id in SEED_IDS}


def test_every_seed_is_present():
    assert sorted(p.stem for p in SEEDS.glob("*.txt")) == SEED_IDS
    assert set(SEED_IDS) <= set(chitieu.list_plans())


@pytest.mark.parametrize("id", SEED_IDS)
def test_seed_agrees_with_the_reviewed_plan(drafts, id):
    _, draft = drafts[id]
    reviewed = chitieu.load_plan(id)
    a = chitieu.agreement(draft.plan, reviewed)
    assert a["precision"] >= 0.95 and a["recall"] >= 0.95, (id, a)
    assert a["drafted"] == len(draft.plan.targets) == len(draft.targets) == len(draft)
    assert a["reviewed"] == len(reviewed.targets)
    assert a["matched"] <= min(a["drafted"], a["reviewed"])
    assert a["precision"] == pytest.approx(a["matched"] / a["drafted"])
    assert a["recall"] == pytest.approx(a["matched"] / a["reviewed"])
    # A Draft stands for its plan, and the keys are what the agreement counts.
    assert chitieu.agreement(draft, reviewed) == a
    keys, want = chitieu.target_keys(draft), list(chitieu.target_keys(reviewed))
    matched = 0
    for k in keys:
        if k in want:
            want.remove(k)
            matched += 1
    assert matched == a["matched"]


@pytest.mark.parametrize("id", SEED_IDS)
def test_quotes_are_the_text_at_their_offsets(drafts, id):
    text, draft = drafts[id]
    assert draft.targets, id
    for t, d in zip(draft.plan.targets, draft.targets):
        assert d["target"] == t["id"]
        assert 0 <= d["start"] < d["end"] <= len(text)
        assert text[d["start"]:d["end"]] == t["quote"], (id, d)
        assert 0.0 <= d["confidence"] <= 1.0
        assert all("kind" in r for r in d.get("reasons", []))
    for u in draft.unused_numbers:
        assert text[u["start"]:u["end"]] == u["text"], (id, u)
        assert isinstance(u["reason"], str)


def test_tra_vinh_metadata_and_budget(drafts):
    _, draft = drafts["tra_vinh"]
    plan = draft.plan
    assert plan.document["number"] == "50/KH-UBND"
    assert plan.jurisdiction["name"] == "Trà Vinh"
    assert plan.budget["total"] == 477905000000
    assert plan.budget["total"] == chitieu.load_plan("tra_vinh").budget["total"]
    assert sum(line["amount"] for line in plan.budget.get("lines", [])) in (0, 477905000000)
    assert repr(draft).startswith("<Draft ") and "\n" not in repr(draft)
    assert f"{len(draft)} targets" in repr(draft)


def test_review_round_trip(drafts, tmp_path):
    """Text in, draft out, review (rename an indicator, drop a target), save as JSON, load it back."""
    _, draft = drafts["tra_vinh"]
    doc = json.loads(draft.plan.to_json())
    first = doc["indicators"][0]
    first["name_vi"] = "Tỷ lệ hồ sơ công việc xử lý trên môi trường mạng (đã soát)"
    dropped = doc["targets"].pop()
    path = tmp_path / "tra_vinh_reviewed.json"
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=2), encoding="utf-8")

    reviewed = chitieu.Plan.from_json(path)
    assert reviewed.indicator(first["id"])["name_vi"].endswith("(đã soát)")
    assert len(reviewed.targets) == len(draft.plan.targets) - 1
    assert reviewed.target(dropped["id"]) is None
    assert reviewed.validate() == []
    # Everything a plan offers works on the reviewed draft.
    card = chitieu.scorecard(reviewed, as_of="2025-12-31")
    assert card.overall["targets"] == len(reviewed.targets)
    # The draft itself goes through JSON unchanged.
    back = chitieu.Draft.from_json(draft.to_json())
    assert (back.targets, back.unused_numbers, back.notes) == (draft.targets, draft.unused_numbers, draft.notes)
    assert back.plan.to_json() == draft.plan.to_json()


@pytest.mark.parametrize("id", SEED_IDS)
def test_every_seed_draft_loads_as_a_plan(drafts, id):
    _, draft = drafts[id]
    loaded = chitieu.Plan.from_json(draft.plan.to_json())
    assert loaded.to_json() == draft.plan.to_json()


def test_pickle(drafts):
    _, draft = drafts["can_tho"]
    for protocol in range(2, pickle.HIGHEST_PROTOCOL + 1):
        back = pickle.loads(pickle.dumps(draft, protocol=protocol))
        assert isinstance(back, chitieu.Draft)
        assert back.to_json() == draft.to_json()
        assert repr(back) == repr(draft)


def test_draft_is_immutable(drafts):
    _, draft = drafts["can_tho"]
    with pytest.raises(AttributeError):
        draft.notes = []
    targets = draft.targets
    targets.clear()
    assert draft.targets  # a copy was handed out


def test_html_review_view(drafts):
    for id in SEED_IDS:
        _, draft = drafts[id]
        page = draft._repr_html_()
        assert page.startswith("<div") and page.endswith("</div>")
        assert page.count("<tr") >= len(draft.targets)
        reasons = [r for d in draft.targets for r in d.get("reasons", [])]
        for r in reasons:
            words = chitieu._display.reason_words(r)
            assert words and not words.startswith(r["kind"] + ":"), r  # every kind the core has in words
            import html

            assert html.escape(words) in page, (id, words)
        low = [d for d in draft.targets if d["confidence"] < chitieu._display.LOW_CONFIDENCE]
        assert page.count("background:#fff3cd") == len(low)
        for u in draft.unused_numbers[:20]:
            assert html.escape(chitieu._display.unused_words(u["reason"])) in page
    # At least one seed has something uncertain to show.
    assert any(d.get("reasons") for _, draft in drafts.values() for d in draft.targets)


def test_html_highlights_low_confidence_with_its_reasons(drafts):
    """Each highlighted row is a low-confidence target, and the row says why in words."""
    low_seen = 0
    for _, draft in drafts.values():
        page = draft._repr_html_()
        targets_table = page.split("</table>")[0]
        rows = [r for r in targets_table.split("<tr")[1:] if "class='n'" in r]
        assert len(rows) == len(draft.targets)
        for row, d in zip(rows, draft.targets):
            highlighted = row.startswith(" style='background:#fff3cd'")
            assert highlighted == (d["confidence"] < chitieu._display.LOW_CONFIDENCE), (row, d)
            assert f"{d['confidence']:.2f}" in row
            for r in d.get("reasons", []):
                assert html.escape(chitieu._display.reason_words(r)) in row, (r, row)
            low_seen += highlighted
    assert low_seen >= 2
    # The words of a few reasons, as an analyst reads them.
    words = chitieu._display.reason_words
    assert words({"kind": "duplicate", "other": "x.2025"}) == "stated twice (also x.2025)"
    assert words({"kind": "year_missing"}) == "no year given"
    assert "guessed" in words({"kind": "comparator_guessed", "comparator": "at_least", "why": "w"})


def test_html_escapes_the_text():
    text = "<script>alert(1)</script> Mục tiêu đến năm 2025: 100% xã <b>có</b> cáp quang & Internet."
    draft = chitieu.extract_plan(text)
    page = draft._repr_html_()
    assert "<script>" not in page and "<b>có</b>" not in page
    assert "&lt;b&gt;" in page or not draft.targets


@pytest.mark.parametrize("id", ["tra_vinh", "tien_giang"])
def test_to_pandas(drafts, id):
    pd = pytest.importorskip("pandas")
    _, draft = drafts[id]
    df = draft.to_pandas()
    assert isinstance(df, pd.DataFrame)
    assert len(df) == len(draft.targets)
    for column in ["id", "indicator", "year", "tier", "comparator", "value", "unit", "confidence", "reasons", "quote"]:
        assert column in df.columns
    assert list(df["id"]) == [t["id"] for t in draft.plan.targets]
    assert list(df["value"]) == [t["value"] for t in draft.plan.targets]
    assert all(isinstance(r, str) for r in df["reasons"])
    # The plan's own frame works on the draft's plan too.
    assert len(draft.plan.to_pandas()) == len(df)
    assert chitieu.extract_plan("").to_pandas().shape[0] == 0


def test_to_pandas_without_pandas(monkeypatch, drafts):
    _, draft = drafts["tra_vinh"]
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match="pip install pandas"):
        draft.to_pandas()
    # Everything else works without pandas.
    assert draft._repr_html_()
    assert draft.targets and draft.plan.targets


def test_wrong_types_are_type_errors():
    for bad in [None, 42, 1.5, ["x"], {"text": "x"}]:
        e = no_panic(chitieu.extract_plan, bad)
        assert isinstance(e, TypeError), bad
    # Bytes are a document as it arrived (see test_documents.py): read, not refused.
    assert len(chitieu.extract_plan(b"Muc tieu den nam 2025: 90% xa co cap quang.")) == 1
    assert isinstance(no_panic(chitieu.extract_plan, bytearray(b"x\x00")), chitieu.DocumentError)
    plan = chitieu.load_plan()
    for bad in [None, "tra_vinh", 3, plan.to_json()]:
        assert isinstance(no_panic(chitieu.agreement, bad, plan), TypeError)
        assert isinstance(no_panic(chitieu.agreement, plan, bad), TypeError)
        assert isinstance(no_panic(chitieu.target_keys, bad), TypeError)
    with pytest.raises(chitieu.LoadError):
        chitieu.Draft.from_json("{not json")
    with pytest.raises(chitieu.LoadError):
        chitieu.Draft.from_json('{"plan": 1}')


def test_lone_surrogates_are_read_as_replacement_characters():
    # Regression (issue 15): a lone surrogate raised UnicodeEncodeError from a function documented never to
    # fail. It is read as U+FFFD, one character for one, so offsets still index the str.
    text = "Mục tiêu đến năm 2025:\n- \ud800Tối thiểu 90% hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng.\udc80\n"
    draft = chitieu.extract_plan(text)
    clean = chitieu.extract_plan(text.replace("\ud800", "\ufffd").replace("\udc80", "\ufffd"))
    assert draft.to_json() == clean.to_json()
    [t] = draft.plan.targets
    [d] = draft.targets
    assert (t["indicator"], t["year"], t["comparator"], t["value"]) == ("work_files_online", 2025, "at_least", 90.0)
    quote = text[d["start"]:d["end"]]
    assert quote.replace("\ud800", "\ufffd").replace("\udc80", "\ufffd") == t["quote"]
    assert quote.startswith("Tối thiểu 90%")
    # A surrogate pair written as two code points stays two characters.
    pair = "\ud83d\ude00 Mục tiêu đến năm 2025: 100% xã có cáp quang."
    for t, d in zip(chitieu.extract_plan(pair).plan.targets, chitieu.extract_plan(pair).targets):
        assert pair[d["start"]:d["end"]] == t["quote"]


def test_odd_text_never_panics():
    empty = chitieu.extract_plan("")
    assert (empty.targets, empty.plan.targets, empty.unused_numbers) == ([], [], [])
    assert isinstance(repr(empty), str) and empty._repr_html_()
    for text in ["\x00", "\x00" * 1000, "90%", "%" * 100, "Mục tiêu đến năm 2025:\x00 100%\x00 xã",
                 "\ufeff\u200b\u00a0", "9" * 400 + "%", "năm " * 1000, "\r\n" * 500, "🙂 100% 🙂" * 50]:
        draft = chitieu.extract_plan(text)
        for t, d in zip(draft.plan.targets, draft.targets):
            assert text[d["start"]:d["end"]] == t["quote"]
    rng = random.Random(6)
    seed = seed_text("tien_giang")
    alphabet = "0123456789.,-+%/() \n\t\x00đăâêôơưáàảãạĐ:;abcxyz\u00a0\u2013\U0001f600"
    for _ in range(200):
        if rng.random() < 0.5:
            text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 300)))
        else:
            chars = list(seed[rng.randrange(len(seed)):][:2000])
            for _ in range(rng.randint(1, 30)):
                if chars:
                    chars[rng.randrange(len(chars))] = chr(rng.choice([0, rng.randint(1, 0xD7FF)]))
            text = "".join(chars)
        draft = no_panic(chitieu.extract_plan, text)
        assert isinstance(draft, chitieu.Draft), draft
        for t, d in zip(draft.plan.targets, draft.targets):
            assert text[d["start"]:d["end"]] == t["quote"]


def test_binary_ish_text_never_panics():
    rng = random.Random(7)
    data = bytes(rng.randrange(256) for _ in range(20000))
    for text in [data.decode("latin-1"), data.decode("utf-8", errors="replace"), data.decode("utf-8", errors="ignore")]:
        assert isinstance(no_panic(chitieu.extract_plan, text), chitieu.Draft)


def test_huge_document():
    text = "\n".join(seed_text(id) for id in SEED_IDS)
    text = (text + "\n") * max(1, (1_000_000 // len(text)) + 1)
    assert len(text) >= 1_000_000
    draft = chitieu.extract_plan(text)
    assert len(draft.targets) > 0
    for t, d in zip(draft.plan.targets[-5:], draft.targets[-5:]):
        assert text[d["start"]:d["end"]] == t["quote"]


def test_threads_draft_at_once():
    texts = [seed_text(id) for id in SEED_IDS]
    want = [chitieu.extract_plan(t).to_json() for t in texts]
    got = [None] * len(texts)

    def run(i):
        got[i] = chitieu.extract_plan(texts[i]).to_json()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(texts))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert got == want


def test_a_repeat_against_the_first_readings_direction_is_its_own_target():
    # Regression (core proptest on CI): the repeat "dưới 5%" turned a bare first "5%" into a ceiling of a
    # higher-is-better indicator, and the draft did not validate.
    text = ("b) Đến năm 2030:0dưới 5%(dưới 5%+ Tối thiểu 90% hồ sơ công việc cấp tỉnh, 80% hồ sơ công việc "
            "cấp huyện và 60% hồ sơ công việc cấp xãMục tiêu đến năm 2025")
    draft = chitieu.extract_plan(text)
    assert draft.plan.validate() == []
    ceilings = [t for t in draft.plan.targets if t["comparator"] == "less_than"]
    assert [t["value"] for t in ceilings] == [5.0]
    assert draft.plan.indicator(ceilings[0]["indicator"])["polarity"] == "lower_is_better"


def test_a_year_closing_a_heading_before_a_bullet_is_not_a_range():
    # Regression: "NĂM 2024\n- 80%" gave the target a range 2024-80 and set 2024 aside as a range's bound.
    draft = chitieu.extract_plan("MỤC TIÊU NĂM 2024\n- 80% hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng")
    assert [t["value"] for t in draft.plan.targets] == [80.0]
    assert not [r for r in draft.targets[0].get("reasons", []) if r["kind"] == "range"]
    assert not [u for u in draft.unused_numbers if u["reason"] == "range_bound"]


def test_a_year_of_another_matter_does_not_date_targets_outside_the_plan():
    # Regression (core proptest): "năm 2019" of a name line gave targets a year outside the plan's period.
    text = ("- Về chính quyền sốb) Đến năm 2030:Mục tiêu đến năm 2025tỉnh Hà Nam năm 2019 ngày 12 tháng 7 năm 2022"
            "- Về chính quyền sốPhường 1%Số: 50/KH-UBND+ Tối thiểu 90% hồ sơ công việc cấp tỉnh, 80% hồ sơ công việc "
            "cấp huyện và 60% hồ sơ công việc cấp xã")
    draft = chitieu.extract_plan(text)
    assert draft.plan.validate() == []
    assert 90.0 in [t["value"] for t in draft.plan.targets]


def test_a_cooperative_is_no_commune():
    # Regression: "xã" of "hợp tác xã" (a cooperative) named the indicator `hop_tac_communes_...`.
    draft = chitieu.extract_plan("Phấn đấu đến năm 2025, 50% hợp tác xã nông nghiệp ứng dụng công nghệ số.\n")
    [target] = draft.plan.targets
    assert (target["year"], target.get("tier"), target["value"]) == (2025, None, 50.0)
    assert target["indicator"] == "cooperatives_agriculture_using_digital_technology"


def test_a_roadmaps_earlier_year_is_a_target_and_a_bare_year_keeps_the_indicator():
    # Regression: with no signing date, "năm 2025 đạt 80%" of a roadmap whose title sets 2030 was a report,
    # and "năm 2030 đạt 95%" after it got an indicator of its own.
    draft = chitieu.extract_plan(
        "Phấn đấu đến năm 2030, tỷ trọng kinh tế số đạt 30% GRDP\n"
        "Mục tiêu cụ thể: tỷ trọng kinh tế số năm 2025 đạt 20%, năm 2030 đạt 30%.\n"
        "Tỷ lệ dân số trưởng thành có điện thoại thông minh năm 2025 đạt 80%, năm 2030 đạt 95%.\n"
    )
    assert draft.observations == []
    rows = [(t["year"], t["value"], t["indicator"]) for t in draft.plan.targets]
    # The headline's "30% GRDP" and "năm 2030 đạt 30%" are one target (a share said with or without "GRDP").
    assert [r[:2] for r in rows[:2]] == [(2030, 30.0), (2025, 20.0)]
    assert rows[2:] == [(2025, 80.0, "adults_with_smartphone"), (2030, 95.0, "adults_with_smartphone")]


def test_the_committee_issuing_the_plan_is_no_tier():
    # Regression: "UBND tỉnh vừa ban hành ..., trong đó phấn đấu nằm trong top 10" gave the rank the
    # province tier and an id made of the preamble's words.
    draft = chitieu.extract_plan(
        "UBND tỉnh vừa ban hành kế hoạch chuyển đổi số năm 2025 với nhiều chỉ tiêu, trong đó phấn đấu nằm "
        "trong top 10 tỉnh, thành phố dẫn đầu cả nước về chuyển đổi số.\n"
    )
    [target] = draft.plan.targets
    assert (target["year"], target.get("tier"), target["comparator"], target["value"]) == (2025, None, "at_most", 10.0)
    assert target["indicator"] == "dti_rank"

def test_a_resolutions_floor_place_and_term():
    # Regression: "đạt 10,71% trở lên" was a figure to reach, "xếp hạng 15/34" no figure, "chỉ số ... cấp
    # tỉnh" (an index's name) a tier; a term set as an objective gave no year, "so với năm 2025" gave 2025.
    draft = chitieu.extract_plan(
        "Năm 2026, tỉnh phấn đấu thực hiện đạt một số chỉ tiêu chủ yếu: tăng trưởng kinh tế đạt 10,71% trở lên; "
        "chỉ số năng lực cạnh tranh cấp tỉnh (PCI) xếp hạng 15/34 trên cả nước.\n"
    )
    plan = draft.plan
    rows = [
        (t["year"], t.get("tier"), t["comparator"], t["value"], plan.indicator(t["indicator"])["unit"])
        for t in plan.targets
    ]
    assert rows == [(2026, None, "at_least", 10.71, "percent_per_year"), (2026, None, "reach", 15.0, "rank")]
    draft = chitieu.extract_plan(
        "Nhiệm kỳ 2025-2030, Đảng bộ xã đề ra 12 chỉ tiêu cụ thể: tỷ lệ dân số tham gia bảo hiểm y tế đạt 99,2%; "
        "thu nhập bình quân đầu người đến năm 2030 so với năm 2025 tăng 31,6%.\n"
    )
    assert [(t["year"], t["value"]) for t in draft.plan.targets] == [(2030, 99.2), (2030, 31.6)]

def test_an_annual_plan_named_in_a_news_items_text_dates_its_figures():
    # Regression: "Theo Kế hoạch Chuyển đổi số tỉnh Phú Yên năm 2024 vừa được UBND tỉnh ban hành, ..." in a
    # news item without a title line left every target without a year.
    draft = chitieu.extract_plan(
        "Phấn đấu đạt 60% hồ sơ thủ tục hành chính được xử lý hoàn toàn trên môi trường mạng\n"
        "Theo Kế hoạch Chuyển đổi số tỉnh Phú Yên năm 2024 vừa được UBND tỉnh ban hành, mục tiêu phấn đấu đạt 60% "
        "hồ sơ thủ tục hành chính được xử lý hoàn toàn trên môi trường mạng; 70% hồ sơ công việc tại cấp huyện "
        "được xử lý trên môi trường mạng.\n"
    )
    rows = [(t["year"], t.get("tier"), t["value"]) for t in draft.plan.targets]
    assert rows == [(2024, None, 60.0), (2024, "district", 70.0)]



def test_an_amount_to_reach_is_a_target_in_dong_and_a_subject_that_strives_no_indicator():
    # Regression: "GRDP ... đạt 352.035 tỷ đồng" was a number without a unit, and the words of "Ban Chấp
    # hành Đảng bộ tỉnh phấn đấu" made the headline's indicator; costs and "đồng chí" are no targets.
    draft = chitieu.extract_plan(
        "Năm 2026, Ban Chấp hành Đảng bộ tỉnh phấn đấu GRDP theo giá hiện hành đạt 352.035 tỷ đồng\n"
        "Năm 2026, Ban Chấp hành Đảng bộ tỉnh phấn đấu thực hiện các chỉ tiêu: GRDP theo giá hiện hành đạt "
        "352.035 tỷ đồng; GRDP bình quân đầu người đạt 95,14 triệu đồng/người/năm; kinh phí hỗ trợ doanh nghiệp "
        "đạt 120 tỷ đồng; 3 đồng chí đạt danh hiệu chiến sĩ thi đua.\n"
    )
    plan = draft.plan
    rows = [
        (t["indicator"], t["year"], t["comparator"], t["value"], plan.indicator(t["indicator"])["unit"])
        for t in plan.targets
    ]
    assert rows == [
        ("grdp_gia_hien_hanh", 2026, "reach", 352_035e9, "dong"),
        ("grdp_binh_quan_dau_nguoi", 2026, "reach", 95_140_000.0, "dong"),
    ]


def test_a_news_item_that_wants_nothing_and_reports_results_has_no_targets():
    # Regression: an article on what a province reached, with no objective anywhere, gave its figures as
    # targets.
    draft = chitieu.extract_plan(
        "Hiện nay, hạ tầng công nghệ thông tin của tỉnh đã được đầu tư tương đối đồng bộ.\n"
        "Khánh Hòa đạt 100% văn bản hành chính được phát hành dưới dạng điện tử.\n"
        "Tỉ lệ sử dụng chữ ký số công vụ đạt 98%.\n"
    )
    assert draft.plan.targets == []
    assert observation_rows(draft) == [(100.0, None), (98.0, None)]


def test_a_table_flattened_to_one_cell_per_line_gives_its_targets_and_results():
    # Regression: a plan's table of last year's targets and results, copied from a web page one cell per
    # line, gave every figure as a report and no target.
    draft = chitieu.extract_plan(
        "Tình hình thực hiện các chỉ tiêu năm 2023\n\nMục tiêu/Chỉ tiêu\n\nĐề ra năm 2023\n\n"
        "Kết quả thực hiện\n\nĐánh giá\n\na) Chính quyền số\n\n \n\n"
        "- Tỷ lệ hồ sơ trực tuyến phát sinh của từng dịch vụ công trực tuyến\n\n30%\n\n75,3%\n\nVượt\n\n"
        "- Tỷ lệ văn bản, hồ sơ công việc được xử lý trên môi trường mạng\n\n+ Cấp tỉnh\n\n \n\n97%\n\n \n\n97%\n\nĐạt\n\n"
        "+ Cấp xã\n\n(trừ hồ sơ mật)\n\n80%\n\n78%\n\nKhông đạt\n\nII. NHIỆM VỤ NĂM 2024\n"
    )
    assert [(t["indicator"], t["year"], t.get("tier"), t["value"]) for t in draft.plan.targets] == [
        ("online_services_with_dossiers", 2023, None, 30.0),
        ("work_files_online", 2023, "province", 97.0),
        ("work_files_online", 2023, "commune", 80.0),
    ]
    assert [(o["indicator"], o.get("year"), o["value"]) for o in draft.observations] == [
        ("online_services_with_dossiers", 2023, 75.3),
        ("work_files_online", 2023, 97.0),
        ("work_files_online", 2023, 78.0),
    ]


def test_a_period_or_a_sentence_dates_the_figures_after_it_and_a_headline_after_a_date_line_is_said_again():
    # Regression: "thời kỳ 2021-2030" and a sentence opening with "Đến năm 2030" inside a line did not date
    # the figures after them, and the headline below a web page's date line was drafted again from the body.
    draft = chitieu.extract_plan(
        "Kinh tế 15:58 12/02/2023\n\nGRDP bình quân đầu người phấn đấu đạt 170 triệu đồng vào năm 2030\n\n"
        "Theo chương trình, phấn đấu đến năm 2025 tỉnh đạt chuẩn nông thôn mới. Tốc độ tăng trưởng kinh tế bình quân "
        "thời kỳ 2021-2030 đạt trên 9%/năm. Đến năm 2030 trở thành tỉnh khá. GRDP bình quân đầu người trên địa bàn "
        "Hà Tĩnh đạt 170 triệu đồng/năm; tỷ lệ đô thị hóa đạt trên 45%.\n"
    )
    assert [(t["indicator"], t["year"], t["comparator"], t["value"]) for t in draft.plan.targets] == [
        ("grdp_binh_quan_dau_nguoi", 2030, "reach", 170e6),
        ("toc_do_tang_truong_kinh_te_binh_quan", 2030, "more_than", 9.0),
        ("do_thi_hoa", 2030, "more_than", 45.0),
    ]


def test_a_plan_carried_out_dates_the_figures_and_a_range_of_levels_is_no_tier():
    # Regression: a commune's plan carrying out a district's plan "năm 2025", named by its number, left its
    # figures without a year; "từ cấp tỉnh đến cấp xã" was read as a tier and as "tính đến" (as of).
    draft = chitieu.extract_plan(
        "Thực hiện Kế hoạch số 29/KH-UBND ngày 10/02/2025 của UBND huyện Vĩnh Linh về việc đẩy mạnh sử dụng dịch vụ công "
        "trực tuyến và nâng cao tỷ lệ hồ sơ trực tuyến toàn trình trên địa bàn huyện Vĩnh Linh năm 2025; UBND xã xây dựng "
        "Kế hoạch số 25/KH-UBND.\nTheo kế hoạch, 100% cơ quan nhà nước từ cấp tỉnh đến cấp xã kết nối mạng truyền số liệu "
        "chuyên dùng. Bên cạnh đó, tỷ lệ hồ sơ trực tuyến toàn trình phải đạt ít nhất 65% tại UBND cấp xã.\n"
    )
    assert [(t["indicator"], t["year"], t.get("tier"), t["comparator"], t["value"]) for t in draft.plan.targets] == [
        ("co_quan_nha_nuoc_ket_noi_mang_truyen_so_lieu", 2025, None, "reach", 100.0),
        ("records_online_full", 2025, "commune", "at_least", 65.0),
    ]
    assert draft.observations == []


def test_a_rank_is_of_what_its_group_is_ranked_by():
    # Regression: a rank of GRDP ("nhóm 20 tỉnh, thành phố có tổng sản phẩm trên địa bàn cao nhất") was
    # matched to the DTI's rank through the clause's other words.
    draft = chitieu.extract_plan(
        "Kế hoạch năm 2030\n"
        "Đến năm 2030 trở thành tỉnh khá, nằm trong nhóm 20 tỉnh, thành phố có tổng sản phẩm trên địa bàn cao nhất "
        "cả nước.\n"
    )
    assert [(t["indicator"], t["year"], t["comparator"], t["value"]) for t in draft.plan.targets] == [
        ("tong_san_pham_dia_ban", 2030, "at_most", 20.0)
    ]
    assert draft.plan.indicator("tong_san_pham_dia_ban")["unit"] == "rank"


BAC_LIEU = (
    "Trong nhiều năm qua, kinh tế Bạc Liêu luôn đạt mức tăng trưởng nhanh và bền vững, giai đoạn 2016 – 2020 bình "
    "quân đạt 7,16%/năm, riêng năm 2019 đạt hơn 10%.\n\n"
    "Bạc Liêu phấn đấu đạt tốc độ tăng trưởng kinh tế giai đoạn 2021-2025 tăng 10% – 11%/năm; tổng vốn đầu tư toàn "
    "xã hội đạt 60.000 – 65.000 tỷ đồng và trở thành đô thị loại I vào năm 2025 với tỉ lệ đô thị hóa khoảng 45%.\n\n"
    "Dự án trong nước, với tổng vốn đăng ký đầu tư 46.106,39 tỷ đồng.\n"
)


def test_years_past_report_and_a_range_with_its_units_is_one_figure_and_the_economys_investment_no_budget():
    # Regression (bac_lieu): "Trong nhiều năm qua ... đạt 7,16%/năm" was a target, "tăng 10% – 11%/năm" two
    # targets, the economy's investment ("tổng vốn đầu tư toàn xã hội") the plan's budget.
    draft = chitieu.extract_plan(BAC_LIEU)
    plan = draft.plan
    assert [(t["year"], t["comparator"], t["value"], plan.indicator(t["indicator"])["unit"]) for t in plan.targets] == [
        (2025, "reach", 11.0, "percent_per_year"),
        (2025, "reach", 65e12, "dong"),
        (2025, "about", 45.0, "percent"),
    ]
    assert plan.targets[2]["indicator"] == "do_thi_hoa"
    ranges = [(r["low"], r["high"]) for d in draft.targets for r in d.get("reasons", []) if r["kind"] == "range"]
    assert ranges == [(10.0, 11.0), (60e12, 65e12)]
    assert plan.budget is None
    assert [(o.get("year"), o["value"]) for o in draft.observations] == [(2020, 7.16), (2019, 10.0)]
    # A figure naming only its year takes the previous indicator only when the units agree.
    draft = chitieu.extract_plan(
        "Phấn đấu đến năm 2030, tỷ trọng kinh tế số đạt 25-30% GDP\n\n"
        "Kế hoạch xác định: Tỷ trọng kinh tế số năm 2025 đạt 15-20%, năm 2030 đạt 25-30% GDP.\n"
    )
    assert [(t["year"], t["value"]) for t in draft.plan.targets] == [(2030, 30.0), (2025, 20.0)]


def test_a_quarters_deadline_dates_the_figures_and_an_amount_above_a_floor_is_a_target():
    # Regression (ho_chi_minh_cong_dan_so, tuyen_quang_dai_hoi): "hoàn thành trong quý 2-2026" gave no year;
    # "tổng vốn đầu tư toàn xã hội trên 75.000 tỷ đồng" (a comparator, no "đạt") was no figure.
    draft = chitieu.extract_plan(
        "Giai đoạn 1 hoàn thành trong quý 2-2026, đảm bảo cơ bản 100% công dân đủ điều kiện được cấp tài khoản định "
        "danh điện tử.\n\nĐảm bảo cơ bản 100% hộ gia đình có ít nhất 1 thiết bị thông minh.\n\n"
        "Đến năm 2030, tổng vốn đầu tư toàn xã hội trên 75.000 tỷ đồng.\n"
    )
    plan = draft.plan
    assert [(t["year"], t["comparator"], t["value"], plan.indicator(t["indicator"])["unit"]) for t in plan.targets] == [
        (2026, "reach", 100.0, "percent"),
        (2026, "reach", 100.0, "percent"),
        (2030, "more_than", 75e12, "dong"),
    ]
    done = chitieu.extract_plan("Tỉnh đã hoàn thành trong quý 2-2024 việc cấp tài khoản cho 90% người dân.\n")
    assert done.plan.targets == []


def test_a_centrally_run_citys_agencies_are_its_tier():
    # Regression (hai_phong_2022): "tại các cơ quan thành phố" had no tier (beyond the window of nine words).
    draft = chitieu.extract_plan(
        "TP.Hải Phòng đặt mục tiêu đến năm 2025: 60% hồ sơ công việc tại các cơ quan thành phố, 50% hồ sơ công việc "
        "tại cấp huyện và 30% hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng.\n"
    )
    assert [(t["year"], t.get("tier"), t["value"]) for t in draft.plan.targets] == [
        (2025, "province", 60.0), (2025, "district", 50.0), (2025, "commune", 30.0)
    ]


def test_a_new_indicators_id_is_in_one_language():
    # Regression: words the glossary does not know gave ids of English and Vietnamese mixed
    # ("tong_von_dau_tu_toan_society"); such an id is now all folded Vietnamese.
    draft = chitieu.extract_plan("Đến năm 2030, tổng vốn đầu tư toàn xã hội trên 75.000 tỷ đồng.\n")
    assert [t["indicator"] for t in draft.plan.targets] == ["tong_von_dau_tu_toan_xa_hoi"]
    known = chitieu.extract_plan("Đến năm 2025, 80% văn bản đi được ký số hoàn toàn.\n")
    assert [t["indicator"] for t in known.plan.targets] == ["outgoing_documents_digitally_signed_fully"]


def test_a_congress_list_read_as_its_labeller_reads_it():
    # Regressions (quang_ninh_dai_hoi, ha_noi_dai_hoi, lam_dong_dai_hoi; development texts): a vision year in a
    # line without figures leaves the term's year in force; "trong đó" after a comma opens a list of its own;
    # a number with its own comparator ends a list; "từ X đến Y" is a range; an amount listed after its name
    # and a colon is a target; households with a cultural title are not households with fibre.
    draft = chitieu.extract_plan(
        "Mục tiêu tổng quát giai đoạn 2025-2030 là phát triển nhanh, bền vững.\n"
        "Tỉnh đặt mục tiêu đến năm 2045 trở thành vùng đô thị lớn tầm khu vực.\n"
        "Về xã hội, tỷ lệ lao động qua đào tạo đạt trên 90%, trong đó có bằng cấp, chứng chỉ 48%. Tỷ lệ thất "
        "nghiệp dưới 2%, tuổi thọ trung bình trên 76 tuổi, 100% dân số tham gia bảo hiểm y tế.\n"
        "Vốn đầu tư phát triển toàn xã hội: từ 3,1 đến 3,2 triệu tỷ đồng.\n"
        "Tỷ lệ đô thị hóa từ 60 đến 62%.\n"
        "Trên bình diện văn hóa, 95% hộ gia đình đạt danh hiệu văn hóa.\n"
    )
    targets = draft.plan.targets
    assert [(t["year"], t["comparator"], t["value"]) for t in targets] == [
        (2030, "more_than", 90.0),
        (2030, "reach", 48.0),
        (2030, "less_than", 2.0),
        (2030, "more_than", 76.0),
        (2030, "reach", 100.0),
        (2030, "reach", 3.2e15),
        (2030, "reach", 62.0),
        (2030, "reach", 95.0),
    ]
    assert draft.plan.indicator(targets[3]["indicator"])["unit"] == "years"
    assert targets[6]["indicator"] == "do_thi_hoa"
    assert targets[7]["indicator"] != "households_fibre_broadband"


def test_results_against_the_targets_assigned_are_observations():
    # Regression (phuong_tan_hoa_phu_tho, a development text): "hoàn thành 12/12 chỉ tiêu", "so với chỉ tiêu
    # giao" and "chỉ tiêu nghị quyết HĐND giao" name what results are measured against, not what is wanted;
    # "giảm còn 0,8%" is a level that should go down, not a reduction by 0.8%.
    draft = chitieu.extract_plan(
        "Năm 2025, tình hình kinh tế - xã hội phường Tân Hòa đạt được những kết quả quan trọng, hoàn thành 12/12 "
        "chỉ tiêu kinh tế - xã hội chủ yếu. Trong đó, tổng thu ngân sách Nhà nước đạt gần 10 tỷ đồng, đạt 681,8% so "
        "với chỉ tiêu giao; tỷ lệ lao động qua đào tạo đạt 78,2%, đạt 100,3% chỉ tiêu nghị quyết HĐND giao; tỷ lệ "
        "hộ nghèo giảm còn 0,88%.\n"
        "Năm 2026, phường Tân Hòa phấn đấu thực hiện các chỉ tiêu: Tổng thu ngân sách Nhà nước đạt 40,6 tỷ đồng; "
        "tỷ lệ hộ nghèo giảm còn 0,8%.\n"
    )
    plan = draft.plan
    assert [(t["year"], t["comparator"], t["value"]) for t in plan.targets] == [
        (2026, "reach", 40.6e9),
        (2026, "reach", 0.8),
    ]
    poor = plan.indicator(plan.targets[1]["indicator"])
    assert (poor["unit"], poor["polarity"], poor["name_vi"]) == ("percent", "lower_is_better", "tỷ lệ hộ nghèo")
    # The shares of the plan reached, above 100%, are reported too (they were set aside before `percent_of_plan`).
    assert [o["value"] for o in draft.observations] == [10e9, 681.8, 78.2, 100.3, 0.88]


def test_a_terms_results_and_their_headline_are_observations_of_its_end_year():
    # Regression (khun_ha and nhu_xuan_thanh_hoa, development texts): a term opening a line ("Nhiệm kỳ
    # 2020-2025, xã đạt được ...") dates what it reports; a headline that a report says again is that report's
    # title, not a target; "giá so sánh năm 2010" is the base year of constant prices, not a target's year, and
    # its bracket is no part of the indicator's name.
    draft = chitieu.extract_plan(
        "Tỷ lệ hộ nghèo của xã Khun Há giảm bình quân 6,7%/năm\n\n"
        "Nhiệm kỳ 2020-2025, xã Khun Há đạt được nhiều kết quả quan trọng. Cụ thể, tốc độ tăng trưởng đàn vật "
        "nuôi bình quân 5%/năm; tỷ lệ hộ nghèo giảm bình quân 6,7%/năm.\n\n"
        "Nhiệm kỳ 2025-2030, Đảng bộ xã Khun Há đề ra 12 chỉ tiêu cụ thể: tỷ lệ dân số tham gia bảo hiểm y tế "
        "đạt 99,2%.\n\n"
        "Mục tiêu đến năm 2025: tốc độ tăng giá trị sản xuất bình quân hàng năm (giá so sánh năm 2010) đạt 16%.\n"
    )
    plan = draft.plan
    assert [(t["year"], t["value"]) for t in plan.targets] == [(2030, 99.2), (2025, 16.0)]
    assert plan.indicator(plan.targets[1]["indicator"])["name_vi"] == "tốc độ tăng giá trị sản xuất bình quân hàng năm"
    assert [(o["year"], o["value"]) for o in draft.observations] == [(2025, 5.0), (2025, 6.7)]
    assert [u["reason"] for u in draft.unused_numbers if u["text"] == "6,7"] == ["restated"]


def test_every_reason_a_number_is_unused_has_words():
    # Regression: the words of "share_above100" were filed under "share_above_100" (and "range_bound" had
    # none), so the review table showed the bare code; every reason of the schema has its words.
    schema = json.loads((ROOT / "core" / "schema" / "records.schema.json").read_text(encoding="utf-8"))
    codes = [branch["const"] for branch in schema["$defs"]["UnusedReason"]["oneOf"]]
    assert "comparison" in codes and "share_above100" in codes
    missing = [c for c in codes if c not in chitieu._display._UNUSED_WORDS]
    assert missing == []
    assert set(chitieu._display._UNUSED_WORDS) == set(codes)


def test_a_change_against_a_base_year_beside_a_figure_is_no_target():
    # Regression (phuong_ba_dinh_thanh_hoa and lai_chau, development texts): "tăng 42,9% so với năm 2015" beside
    # a figure says how it compares, not a target; amounts in tables' abbreviations ("8tỷđ", "60trđ") and the
    # economy's amounts listed bare ("GRDP bình quân đầu người 65 triệu đồng") are targets; a change in đồng
    # ("tăng 24trđ") is not.
    draft = chitieu.extract_plan(
        "Mục tiêu đến năm 2020:\n"
        "- Số doanh nghiệp trên địa bàn năm 2020: 60 doanh nghiệp, tăng 42,9% so với năm 2015.\n"
        "- Tỷ lệ hộ nghèo, cận nghèo đến năm 2020 còn 0,7%, giảm 0,5% so với năm 2015.\n"
        "- Thu ngân sách (năm 2020): 8tỷđ; tăng thu ngân sách bình quân hàng năm đạt 4,2%.\n"
        "- Thu nhập bình quân đầu người đến năm 2020: 60trđ/người/năm, tăng 24trđ so với năm 2015.\n"
        "- GRDP bình quân đầu người 65 triệu đồng.\n"
    )
    # The count of enterprises is a target since counts are drafted.
    assert [(t["year"], t["value"]) for t in draft.plan.targets] == [
        (2020, 60.0),
        (2020, 0.7),
        (2020, 8e9),
        (2020, 4.2),
        (2020, 60e6),
        (2020, 65e6),
    ]
    reasons = {u["text"]: u["reason"] for u in draft.unused_numbers}
    assert (reasons["42,9"], reasons["0,5"]) == ("comparison", "comparison")
    # A figure listed after its name is named by it, and quoted with it.
    plan = draft.plan
    names = [plan.indicator(t["indicator"])["name_vi"] for t in plan.targets]
    assert names[2] == "Thu ngân sách" and names[4] == "Thu nhập bình quân đầu người"
    assert plan.indicator(plan.targets[0]["indicator"])["unit"] == "count"
    assert plan.indicator(plan.targets[3]["indicator"])["unit"] == "percent_per_year"
    assert plan.targets[2]["quote"] == "Thu ngân sách (năm 2020): 8tỷđ"


def test_ratios_per_ten_thousand_people_are_per_thousand():
    # Regression (ha_noi_dai_hoi and ho_chi_minh_dai_hoi, development texts): "/vạn dân" and "/10.000 dân" are
    # ratios per 10,000 people, drafted per 1,000 (a tenth); named before the figure or after it; a ratio's
    # "tối thiểu" is not carried to the share after it.
    draft = chitieu.extract_plan(
        "Mục tiêu đến năm 2025: Số giường bệnh/vạn dân đạt từ 30 đến 35 giường; Số bác sĩ/vạn dân: 15 bác sĩ.\n"
        "Đến năm 2030, hệ thống giáo dục được mở rộng, với tối thiểu 300 phòng học/10.000 dân, 100% trẻ em trong độ "
        "tuổi đi học được đến trường.\n"
    )
    plan = draft.plan
    assert [(t["year"], t["comparator"], t["value"]) for t in plan.targets] == [
        (2025, "reach", 3.5),
        (2025, "reach", 1.5),
        (2030, "at_least", 30.0),
        (2030, "reach", 100.0),
    ]
    units = [plan.indicator(t["indicator"])["unit"] for t in plan.targets]
    assert units == ["per_thousand_people"] * 3 + ["percent"]
    # Named by what it counts: its value is per 1,000 people, which its unit says (the name was "Số bác sĩ/vạn dân" until
    # 7 Dec 2026).
    assert plan.indicator(plan.targets[1]["indicator"])["name_vi"] == "Số bác sĩ"


def test_an_amount_listed_after_a_colon_and_the_human_development_index():
    # Regression (nhu_xuan_thanh_hoa, lam_dong_dai_hoi and ho_chi_minh_dai_hoi, development texts): "5.000 tỷ
    # đồng" right after a colon was read as a section number "5.000" and lost; "HDI đạt 0,75" and "chỉ số phát
    # triển con người (HDI) trên 0,8" are targets of the human development index (unit "index").
    draft = chitieu.extract_plan(
        "Mục tiêu đến năm 2025: 6. Tổng huy động vốn đầu tư phát triển thời kỳ 2021-2025: 5.000 tỷ đồng.\n"
        "Đến năm 2030, HDI đạt 0,75, tuổi thọ trung bình 75 tuổi; nâng cao chỉ số phát triển con người (HDI) trên "
        "0,8.\n"
    )
    plan = draft.plan
    assert [(t["year"], t["comparator"], t["value"]) for t in plan.targets] == [
        (2025, "reach", 5e12),
        (2030, "reach", 0.75),
        (2030, "reach", 75.0),
        (2030, "more_than", 0.8),
    ]
    assert [plan.indicator(t["indicator"])["unit"] for t in plan.targets] == ["dong", "index", "years", "index"]
    assert plan.targets[3]["indicator"] == "human_development_index"


def test_the_government_that_sets_an_objective_is_no_tier_of_it():
    # Regression (hung_yen_dai_hoi, a development text): "Đảng bộ UBND tỉnh ... đặt mục tiêu" names who sets the
    # objectives, not the province tier of the growth rate.
    draft = chitieu.extract_plan(
        "Đại hội đại biểu Đảng bộ UBND tỉnh Hưng Yên lần thứ I, nhiệm kỳ 2025-2030, đặt mục tiêu, tốc độ tăng "
        "trưởng GRDP trên địa bàn đạt 10-11%/năm.\n"
    )
    assert [(t["year"], t.get("tier"), t["value"]) for t in draft.plan.targets] == [(2030, None, 11.0)]
    # A tier named before the verb, in the indicator's name, is the figure's.
    draft = chitieu.extract_plan("Đến năm 2025, tỷ lệ hồ sơ công việc cấp huyện được xử lý trên mạng phấn đấu đạt 90%.\n")
    assert [(t["year"], t.get("tier"), t["value"]) for t in draft.plan.targets] == [(2025, "district", 90.0)]


def test_the_term_past_the_investment_realised_and_yearly_growth():
    # Regression (phuong_duc_xuan_thai_nguyen, phu_tho_dai_hoi, bac_ninh_dai_hoi: development texts). What "Nhiệm kỳ
    # qua" (the term past) reports, with a count of the objectives met out of all and a share of the plan's
    # objective, is observed, not wanted; the investment realised in the province is the economy's, a figure to
    # reach and no budget; a growth rate said yearly before its figure is per year.
    draft = chitieu.extract_plan(
        "Nhiệm kỳ qua, 30/33 chỉ tiêu nghị quyết đạt và vượt kế hoạch. Tổng thu ngân sách giai đoạn 2020-2024 đạt "
        "67,038 tỷ đồng (bằng 105% chỉ tiêu kế hoạch), tốc độ tăng thu bình quân 4,3%/năm.\n"
        "Nhiệm kỳ 2025-2030, tổng vốn đầu tư thực hiện trên địa bàn trong 5 năm đạt trên 910.000 tỷ đồng; tốc độ "
        "tăng trưởng GRDP bình quân hàng năm từ 11-12%.\n"
    )
    plan = draft.plan
    assert [(t["year"], t["comparator"], t["value"]) for t in plan.targets] == [
        (2030, "more_than", 9.1e14),
        (2030, "reach", 12.0),
    ]
    assert [plan.indicator(t["indicator"])["unit"] for t in plan.targets] == ["dong", "percent_per_year"]
    assert plan.budget is None
    # "bằng 105% chỉ tiêu kế hoạch" is the revenue's share of the plan, reported (set aside before `percent_of_plan`).
    assert [(o["year"], o["value"]) for o in draft.observations] == [(2024, 67038000000.0), (2024, 105.0), (2024, 4.3)]


def test_how_a_figure_moves_names_no_indicator():
    # Regression (phu_tho_dai_hoi, lai_chau, quang_nam: development texts): revenue that grows "tăng bình quân
    # ...%/năm" was matched to labour productivity, which grows in the same words; a match needs a word of what
    # the figure is of.
    draft = chitieu.extract_plan(
        "Đến năm 2030: thu ngân sách Nhà nước tăng bình quân trên 10%/năm; năng suất lao động tăng bình quân 7%/năm.\n"
    )
    assert [t["indicator"] for t in draft.plan.targets][1] == "labour_productivity_growth"
    assert draft.plan.targets[0]["indicator"] != "labour_productivity_growth"


def test_an_amount_listed_after_an_equals_sign():
    # Regression (phuong_ngoc_trao_thanh_hoa, a development text): a ward's targets written "Name = value", as
    # its percentages already were read; a cost so written is still none.
    draft = chitieu.extract_plan(
        "Tổng vốn đầu tư toàn xã hội đến năm 2020 = 724.534 triệu đồng. Tỷ lệ đường giao thông được cứng hóa đến "
        "năm 2020 = 100%. Thu nhập bình quân đầu người/năm đến năm 2020 = 85 triệu đồng/người/năm. Kinh phí thực "
        "hiện = 20 triệu đồng.\n"
    )
    assert [(t["year"], t["value"]) for t in draft.plan.targets] == [
        (2020, 724534000000.0),
        (2020, 100.0),
        (2020, 85000000.0),
    ]


QUANTITIES = (
    "Các chỉ tiêu phát triển chủ yếu nhiệm kỳ 2020 – 2025:\n\n"
    "(1). Phấn đấu kinh tế số đóng góp khoảng 25% đến năm 2025, 40% đến năm 2030 trong GRDP.\n\n"
    "(2). GRDP bình quân đầu người đạt từ 8.500 - 9.000 USD/người.\n\n"
    "(3). Tuổi thọ trung bình trên 76 tuổi; diện tích cây chè 10.000 ha; sản lượng lương thực trên 226.000 tấn.\n\n"
    "(4). Thành lập mới 5 hợp tác xã; tỷ lệ số xã đạt chuẩn nông thôn mới đạt 50% (8 xã).\n\n"
    "(5). Đại hội có 449 đại biểu đại diện cho hơn 156.000 đảng viên.\n"
)


def test_quantities_in_dollars_hectares_tonnes_years_and_counts_are_targets():
    # Regression (the corpus's development half; the same text as core/tests/extract.rs): amounts in US dollars,
    # areas, tonnages, life expectancy and things counted were not drafted; "40% đến năm 2030" took the 2025 said
    # before it; a count in brackets after a share said it again; a congress's members are no target.
    plan = chitieu.extract_plan(QUANTITIES).plan
    rows = target_rows(plan)
    assert rows == [
        (2025, "about", 25.0, "percent"),
        (2030, "about", 40.0, "percent"),
        (2025, "reach", 9000.0, "usd"),
        (2025, "more_than", 76.0, "years"),
        (2025, "reach", 10000.0, "hectare"),
        (2025, "more_than", 226000.0, "tonne"),
        (2025, "reach", 5.0, "count"),
        (2025, "reach", 50.0, "percent"),
    ]


def test_a_congress_the_news_opens_on_dates_its_undated_targets():
    # Regression (xa_hoa_hoi_ho_chi_minh, a development text): the congress's targets said with no year had none;
    # they take the end of the term the news opens on, a guess said.
    draft = chitieu.extract_plan(
        "Sáng 16-8, Đảng bộ xã Hòa Hội tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030.\n\nNhóm chỉ tiêu "
        "kinh tế phấn đấu đảm bảo cơ cấu các ngành thương mại-dịch vụ 30%, công nghiệp 10%, nông nghiệp 60%; thu "
        "nhập bình quân đầu người đến năm 2030, đạt 90 triệu đồng/người/năm.\n"
    )
    rows = [(t["year"], t["value"]) for t in draft.plan.targets]
    assert rows == [(2030, 30.0), (2030, 10.0), (2030, 60.0), (2030, 9e7)]
    guessed = [any(r["kind"] == "year_guessed" for r in d.get("reasons", [])) for d in draft.targets]
    assert guessed == [True, True, True, False]


def test_the_term_just_past_is_reported_and_the_next_terms_targets_read():
    # Regression (xa_hoa_phong_da_nang, an_giang_dai_hoi, ho_chi_minh_dang_bo_ubnd, lang_son_cds_2025: development
    # texts; the same text as core/tests/extract.rs): "nhiệm kỳ vừa qua" reports; "gần" sets an amount; an amount
    # in brackets says the dollars again; "top 20 cả nước" is a rank; dwellings are counted; "đã được số hóa"
    # inside a rate's name reports nothing; undated reports take the term's start.
    draft = chitieu.extract_plan(
        "Sáng 22-5, Đảng bộ xã Hòa Phong tổ chức Đại hội Đảng bộ lần thứ XIV, nhiệm kỳ 2020-2025.\n\n"
        "Nhiệm kỳ vừa qua, Đảng bộ xã hoàn thành các chỉ tiêu phát triển kinh tế - xã hội, bảo đảm quốc phòng - an "
        "ninh. Tổng giá trị sản xuất đạt 759 tỷ đồng, tăng bình quân hằng năm 15,6%.\n\n"
        "Đại hội đề ra các chỉ tiêu: vốn đầu tư toàn xã hội gần 650.000 tỷ đồng; GRDP bình quân đầu người đạt hơn "
        "6.300 USD/năm trở lên (khoảng 166 triệu đồng); chỉ số đổi mới sáng tạo nằm trong top 20 cả nước; số căn hộ "
        "nhà ở xã hội tăng thêm 199.400 căn; nâng tỷ lệ tái sử dụng hồ sơ đã được số hóa đạt 50%.\n"
    )
    plan = draft.plan
    rows = target_rows(plan)
    assert rows == [
        (2025, "about", 650e12, "dong"),
        (2025, "more_than", 6300.0, "usd"),
        (2025, "at_most", 20.0, "rank"),
        (2025, "reach", 199400.0, "count"),
        (2025, "reach", 50.0, "percent"),
    ]
    assert [(o["year"], o["value"]) for o in draft.observations] == [(2020, 759e9), (2020, 15.6)]


def test_a_population_a_life_expectancy_far_from_its_name_and_an_amount_said_with_la():
    # Regression (phu_tho_dai_hoi, xa_tam_phuoc_ba_ria_vung_tau, phuong_quang_trung_thanh_hoa: development texts;
    # the same text as core/tests/extract.rs): a population plans name, a life expectancy eight words after its
    # name, an amount after "là"; a merged commune's profile is no target.
    plan = chitieu.extract_plan(
        "Các chỉ tiêu chủ yếu đến năm 2030:\n\n- Quy mô dân số của tỉnh dự kiến 4,2 triệu người; tuổi thọ trung bình "
        "tính từ lúc sinh đạt khoảng 76 năm.\n\n- Dân số trung bình 7.129 người.\n\n- Tổng thu ngân sách 5 năm là "
        "33,96 tỷ đồng.\n\nXã có tổng diện tích tự nhiên 136,270 km², dân số 36.174 người.\n"
    ).plan
    rows = target_rows(plan)
    assert rows == [
        (2030, "reach", 4.2e6, "count"),
        (2030, "about", 76.0, "years"),
        (2030, "reach", 7129.0, "count"),
        (2030, "reach", 33.96e9, "dong"),
    ]


def test_a_five_year_socio_economic_plan_dates_its_targets():
    # Regression (ha_tinh_2030, a development text; the same text as core/tests/extract.rs): a socio-economic
    # plan's title was no title and "5 năm 2026 - 2030" no period, so its targets had no year.
    plan = chitieu.extract_plan(
        "Nghị quyết về Kế hoạch phát triển Kinh tế - Xã hội 5 năm 2026 - 2030\n\nCác chỉ tiêu chủ yếu: Tốc độ tăng "
        "tổng sản phẩm trên địa bàn (GRDP) bình quân từ 10% trở lên; cơ cấu kinh tế: công nghiệp - xây dựng chiếm "
        "51%, dịch vụ chiếm 40%, nông nghiệp chiếm 9%.\n"
    ).plan
    assert plan.document["title"] == "Kế hoạch phát triển Kinh tế - Xã hội 5 năm 2026 - 2030"
    assert [(t["year"], t["comparator"], t["value"]) for t in plan.targets] == [
        (2030, "at_least", 10.0),
        (2030, "reach", 51.0),
        (2030, "reach", 40.0),
        (2030, "reach", 9.0),
    ]


def test_a_multiple_things_to_complete_a_headline_said_again_in_other_words_and_what_exists():
    # Regression (phu_tho_dai_hoi, thanh_hoa, ho_chi_minh_2025, hai_phong_ha_tang_so: development texts; the same
    # text as core/tests/extract.rs): a multiple is an increase, places that complete a criterion a count to
    # reach, a headline said again of another name one target, "hiện có" (existing) no report.
    draft = chitieu.extract_plan(
        "Thành phố phấn đấu thu nhập bình quân đầu người đạt 8.500 USD trong năm 2030\n\nTheo kế hoạch, đến năm "
        "2030, GRDP bình quân đầu người đạt khoảng 8.500 USD; quy mô GRDP cao gấp hơn 2 lần so với năm 2025; 300 "
        "xã, phường hoàn thành tiêu chí chuyển đổi số. Thành phố sẽ nâng cấp Trung tâm dữ liệu hiện có và phát "
        "triển 2-3 trung tâm dữ liệu mới.\n"
    )
    plan = draft.plan
    rows = target_rows(plan)
    assert rows == [
        (2030, "about", 8500.0, "usd"),
        (2030, "more_than", 100.0, "percent_increase"),
        (2030, "reach", 300.0, "count"),
        (2030, "reach", 3.0, "count"),
    ]
    assert draft.observations == []


def test_a_change_against_a_base_year_beside_a_reported_figure_is_no_report_of_its_own():
    # Regression (khun_ha, phuong_ba_dinh_thanh_hoa: development texts; the same text as core/tests/extract.rs).
    draft = chitieu.extract_plan(
        "Nhiệm kỳ 2020-2025, xã đạt được nhiều kết quả: tỷ lệ lao động qua đào tạo đạt 60,89% (tăng 12,03% so với "
        "năm 2020); tổng giá trị sản xuất năm 2025 đạt 1.184 tỷ đồng, tăng gấp 2 lần so với năm 2020.\n"
    )
    assert draft.plan.targets == []
    assert [(o["year"], o["value"], o["unit"]) for o in draft.observations] == [
        (2025, 60.89, "percent"),
        (2025, 1.184e12, "dong"),
    ]
    assert [u["text"] for u in draft.unused_numbers if u["reason"] == "comparison"] == ["12,03", "2"]


def test_a_scenario_a_level_risen_to_and_a_year_that_opens_an_amounts_sentence():
    # Regression (quang_tri_2026, a development text; the same text as core/tests/extract.rs).
    draft = chitieu.extract_plan(
        "Theo kịch bản tăng trưởng năm 2026, GRDP của tỉnh dự kiến tăng 10,6%, tương ứng tăng thêm khoảng 6.490 tỷ "
        "đồng, từ 61.245 tỷ đồng năm 2025 lên 67.735 tỷ đồng. Trong hai tháng đầu năm, tổng thu ngân sách đạt 2.170 "
        "tỷ đồng.\n\nNăm 2027, thu nhập bình quân đầu người đạt 60 triệu đồng.\n"
    )
    plan = draft.plan
    rows = target_rows(plan)
    assert rows == [
        (2026, "reach", 10.6, "percent_per_year"),
        (2026, "reach", 67735e9, "dong"),
        (2027, "reach", 60e6, "dong"),
    ]
    assert [(o["value"], o["unit"]) for o in draft.observations] == [(2170e9, "dong")]


def test_a_reviewed_year_dates_reports_and_visitors_and_jobs_are_counts_to_reach():
    # Regression (xa_muong_lat_thanh_hoa, lao_cai_du_lich_2030: development texts; the same text as
    # core/tests/extract.rs).
    draft = chitieu.extract_plan(
        "HĐND xã đánh giá kết quả năm 2025, đề ra 28 chỉ tiêu năm 2026\n\nTheo đó, xã đã hoàn thành công tác xóa "
        "nhà tạm. Tỷ lệ hộ dân được sử dụng nước sạch đạt trên 90%.\n\nMục tiêu đến năm 2030 phấn đấu đón 10 triệu "
        "lượt khách trở lên; tạo ra khoảng 40.000 - 42.000 việc làm trong lĩnh vực du lịch.\n"
    )
    plan = draft.plan
    rows = target_rows(plan)
    assert rows == [(2030, "at_least", 1e7, "count"), (2030, "about", 42000.0, "count")]
    assert [(o["year"], o["value"]) for o in draft.observations] == [(2025, 90.0)]
    assert {"kind": "year_guessed", "year": 2025} in draft.observations[0]["reasons"]


def test_areas_made_people_counted_as_dan_has_before_a_comparator_and_a_scenarios_year():
    # Regression (quang_nam_quy_hoach_2020, phuong_phu_loi_ho_chi_minh, lai_chau, xa_muong_lat_thanh_hoa,
    # quang_tri_2026: development texts; the same text as core/tests/extract.rs).
    plan = chitieu.extract_plan(
        "Đến năm 2030, dân số toàn tỉnh đạt khoảng 1.650 nghìn dân; phát triển 2ha công viên; diện tích cây chè 10.000 "
        "ha, trong đó trồng mới 2.400 ha; có từ 3 thôn trở lên đạt thôn không ma túy.\n\nTheo kịch bản tăng trưởng năm "
        "2026, GRDP dự kiến tăng 10,6%. Trong đó, khu vực công nghiệp dự kiến tăng 19,29%.\n"
    ).plan
    rows = target_rows(plan)
    assert rows == [
        (2030, "about", 1.65e6, "count"),
        (2030, "reach", 2.0, "hectare"),
        (2030, "reach", 10000.0, "hectare"),
        (2030, "reach", 2400.0, "hectare"),
        (2030, "at_least", 3.0, "count"),
        (2026, "reach", 10.6, "percent_per_year"),
        (2026, "reach", 19.29, "percent_increase"),
    ]


def test_visitors_and_rooms_listed_a_clause_opened_by_den_nam_and_money_needed():
    # Regression (lam_dong_du_lich_2030, ha_tinh_du_lich_2030, dien_bien_du_lich_2030: development texts; the same
    # text as core/tests/extract.rs).
    plan = chitieu.extract_plan(
        "Phấn đấu đến năm 2030 đón 15 triệu lượt khách. Trong đó, giai đoạn từ nay đến năm 2025, tỉnh sẽ đón 5 triệu "
        "lượt du khách, có 25.000 phòng nghỉ. Đến năm 2020 sẽ thu hút khoảng 50 ngàn lượt khách quốc tế và 1,5 triệu "
        "lượt khách nội địa. Giai đoạn 2021 – 2030 cần khoảng 7.096 tỷ đồng.\n"
    ).plan
    rows = target_rows(plan)
    assert rows == [
        (2030, "reach", 15e6, "count"),
        (2025, "reach", 5e6, "count"),
        (2025, "reach", 25000.0, "count"),
        (2020, "about", 50e3, "count"),
        (2020, "about", 1.5e6, "count"),
    ]


def test_an_undated_headline_said_again_with_a_year_and_a_revenue_listed_bare():
    # Regression (nghe_an_dan_toc_thieu_so_2025, hung_yen_2024: development texts; the same text as
    # core/tests/extract.rs).
    draft = chitieu.extract_plan(
        "Tỉnh phấn đấu 50% số xã ra khỏi địa bàn đặc biệt khó khăn\n\nTheo đó, tỉnh phấn đấu đến năm 2025, tỷ lệ hộ "
        "nghèo giảm trên 3%; phấn đấu 50% số xã ra khỏi địa bàn đặc biệt khó khăn. Tổng mức doanh thu bán lẻ hàng "
        "hóa và doanh thu dịch vụ 95.000 tỷ đồng.\n"
    )
    plan = draft.plan
    rows = target_rows(plan)
    assert rows == [
        (2025, "reach", 50.0, "percent"),
        (2025, "more_than", 3.0, "percent_reduction"),
        (2025, "reach", 95e12, "dong"),
    ]
    assert plan.targets[0]["quote"] == "phấn đấu 50% số xã ra khỏi địa bàn đặc biệt khó khăn"
    assert [u["start"] for u in draft.unused_numbers if u["reason"] == "restated"] == [14]


# A report's table of main targets with a bar after each cell (the same text as core/tests/extract.rs).
BARRED_TABLE = (
    "Stt\n|\nChỉ tiêu chủ yếu\n|\nTH năm 2023\n|\nKH năm 2024\n|\nƯớc TH 2024\n|\nĐánh giá\n|\n"
    "I\n|\nKinh tế\n|\n|\n|\n|\n|\n1\n|\nTốc độ tăng GRDP (%)\n|\n7,03\n|\n8,5-9,5\n|\n8-8,5\n|\nĐạt\n|\n2\n|\n"
    "Giá trị xuất khẩu (triệu USD)\n|\n977\n|\n1.300\n|\n1.300\n|\nĐạt\n|\n3\n|\nTổng vốn đầu tư toàn xã hội\n(tỷ đồng)\n|\n"
    "29.459\n|\n33.000-34.000\n|\n34.100\n|\nĐạt\n|\n|\nSố bác sỹ trên vạn dân\n|\n15,4\n|\n15-16\n|\n15,4\n|\nĐạt\n"
)


def test_a_table_flattened_with_bars_numbered_rows_and_units_in_its_labels():
    # Regression (thua_thien_hue_2024, a development text): read as no table before; the plan's column gives the
    # targets in the labels' units, the results' columns observations.
    draft = chitieu.extract_plan(BARRED_TABLE)
    plan = draft.plan
    rows = target_rows(plan)
    assert rows == [
        (2024, "reach", 9.5, "percent"),
        (2024, "reach", 1.3e9, "usd"),
        (2024, "reach", 34e12, "dong"),
        (2024, "reach", 1.6, "per_thousand_people"),
    ]
    assert [(o.get("year"), o["value"], o["unit"]) for o in draft.observations] == [
        (2023, 7.03, "percent"),
        (2024, 8.5, "percent"),
        (2023, 977e6, "usd"),
        (2024, 1.3e9, "usd"),
        (2023, 29459e9, "dong"),
        (2024, 34100e9, "dong"),
        (2023, 1.54, "per_thousand_people"),
        (2024, 1.54, "per_thousand_people"),
    ]


def test_a_word_tables_unit_column_gives_its_bare_numbers_their_unit():
    # The same text as core/tests/extract.rs: "Đơn vị tính" gives the bare numbers a unit the reader knows.
    plan = chitieu.extract_plan(
        "STT\tChỉ tiêu\tĐơn vị tính\tKế hoạch năm 2025\n1\tSố doanh nghiệp công nghệ số\tDoanh nghiệp\t150\n"
        "2\tDoanh thu viễn thông\tTỷ đồng\t1.200\n3\tTỷ lệ hồ sơ trực tuyến\t%\t80\n4\tSố lần kiểm tra\tLần\t2\n"
    ).plan
    rows = target_rows(plan)
    assert rows == [(2025, "reach", 150.0, "count"), (2025, "reach", 1.2e12, "dong"), (2025, "reach", 80.0, "percent")]


def test_undated_items_take_the_one_year_the_others_state():
    # Regression (xa_dong_thinh_thanh_hoa, a development text; the same text as core/tests/extract.rs).
    draft = chitieu.extract_plan(
        "II- CÁC CHỈ TIÊU CHỦ YẾU\n1. Giá trị sản xuất nông nghiệp đến năm 2020 đạt trên 272 triệu đồng.\n"
        "2. Tổng đàn trâu, bò đạt 500 con, lợn đạt 1.300 con.\n3. Số hộ kinh doanh vào năm 2020 có ít nhất 240 hộ.\n"
    )
    rows = [(t["year"], t["comparator"], t["value"]) for t in draft.plan.targets]
    assert rows == [(2020, "more_than", 272e6), (2020, "reach", 500.0), (2020, "reach", 1300.0), (2020, "at_least", 240.0)]
    guessed = [any(r["kind"] == "year_guessed" for r in d.get("reasons", [])) for d in draft.targets]
    assert guessed == [False, True, True, False]


# Digital-transformation targets as the seventeenth round's development texts state them (the same text as
# core/tests/extract.rs).
SEVENTEENTH = (
    "Mục tiêu cụ thể, trong giai đoạn 2025 - 2027, thành phố phấn đấu số trạm 5G phát sóng trong năm 2025 "
    "đạt tối thiểu 50% so với số lượng trạm 4G; tối thiểu 30% người sử dụng có khả năng truy cập băng rộng cố định.\n"
    "Đến năm 2030, kinh tế số đạt tối thiểu 35–40% GRDP (so với 30% theo Nghị quyết 57); 95% hồ sơ thủ tục hành chính "
    "xử lý trực tuyến (yêu cầu 85%); có tối thiểu có 1 doanh nghiệp công nghệ số; có thêm ít nhất 2 tuyến cáp quang "
    "biển mới.\nTỉnh phấn đấu đến hết năm 2025 và duy trì đến năm 2030 có 100% sản phẩm OCOP được đăng ký bảo hộ; kinh "
    "tế số chiếm tỷ trọng ít nhất 20% trong GRDP và đến năm 2030 chiếm khoảng 30%.\n"
)


def test_a_period_a_clause_year_requirements_in_brackets_and_a_level_kept():
    # Regression (da_nang_ha_tang_so_2027, da_nang_nghi_quyet_57, quang_ninh_chinh_quyen_phuc_vu_2030: development
    # texts).
    draft = chitieu.extract_plan(SEVENTEENTH)
    plan = draft.plan
    rows = target_rows(plan)
    assert rows == [
        (2025, "at_least", 50.0, "percent"),
        (2027, "at_least", 30.0, "percent"),
        (2030, "at_least", 40.0, "percent_of_grdp"),
        (2030, "reach", 95.0, "percent"),
        (2030, "at_least", 1.0, "count"),
        (2030, "at_least", 2.0, "count"),
        (2025, "reach", 100.0, "percent"),
        (2025, "at_least", 20.0, "percent"),
        (2030, "about", 30.0, "percent"),
    ]
    assert [u["text"] for u in draft.unused_numbers if u["reason"] == "national"] == ["30", "85"]


# Speeds of access as a digital-infrastructure plan sets them (the same text as core/tests/extract.rs).
SPEEDS = (
    "Năm 2025, tốc độ truy cập đạt tối thiểu 150 Mbps cho hộ gia đình, 200 Mbps cho cơ quan, đơn vị.\n"
    "Giai đoạn 2026–2030, tỷ lệ phủ sóng 5G đạt tối thiểu 90%, tốc độ truy cập hộ gia đình 500 Mbps, doanh nghiệp và "
    "đơn vị đô thị từ 1 Gbps trở lên, 50% người dùng tiếp cận tốc độ trên 1 Gbps.\n"
    "- Tốc độ băng rộng di động (tốc độ tải xuống theo i-Speed): 36 Mb/s.\n"
)


def test_speeds_of_access_in_megabits_a_second():
    # Regression (lao_cai_ha_tang_so_2030, xuan_truc: development texts).
    plan = chitieu.extract_plan(SPEEDS).plan
    rows = target_rows(plan)
    assert rows == [
        (2025, "at_least", 150.0, "mbps"),
        (2025, "at_least", 200.0, "mbps"),
        (2030, "at_least", 90.0, "percent"),
        (2030, "reach", 500.0, "mbps"),
        (2030, "at_least", 1000.0, "mbps"),
        (2030, "reach", 50.0, "percent"),
        (2030, "reach", 36.0, "mbps"),
    ]
    assert chitieu.label("unit", "mbps", "vi") == chitieu.label("unit", "mbps", "en") == "Mbps"


def test_the_parts_a_bracket_lists_under_a_total_are_quantities_of_their_own():
    # Regression (xa_lo_ku_gia_lai, a development text; the same text as core/tests/extract.rs).
    plan = chitieu.extract_plan(
        "(2) Tổng diện tích gieo trồng hằng năm: 3.830 ha. (trong đó: Cây Ngô lai, rau đậu các loại 2.700 ha; Lúa nước "
        "2 vụ 40 ha; cây tinh bột (Mỳ) 500; cây  Mía 370 ha; cây Cà phê 100 ha).\n"
    ).plan
    rows = [(t["comparator"], t["value"], plan.indicator(t["indicator"])["unit"]) for t in plan.targets]
    assert rows == [("reach", v, "hectare") for v in (3830.0, 2700.0, 40.0, 370.0, 100.0)]


def test_investment_to_attract_and_a_rise_with_a_floor_beside_an_amount():
    # Regression (thai_nguyen_2026, a development text; the same text as core/tests/extract.rs).
    draft = chitieu.extract_plan(
        "Tỉnh đặt mục tiêu tổng thu ngân sách nhà nước trên địa bàn đạt 26.560 tỷ đồng; thu hút 1.485 triệu USD vốn FDI "
        "và gần 70 nghìn tỷ đồng vốn đầu tư trong nước ngoài ngân sách. Giá trị xuất khẩu đạt từ 33.516 triệu USD trở "
        "lên, tăng từ 12% so với năm 2025.\n"
    )
    plan = draft.plan
    rows = [(t["comparator"], t["value"], plan.indicator(t["indicator"])["unit"]) for t in plan.targets]
    assert rows == [
        ("reach", 26560e9, "dong"),
        ("reach", 1485e6, "usd"),
        ("about", 70000e9, "dong"),
        ("at_least", 33516e6, "usd"),
    ]
    assert [u["text"] for u in draft.unused_numbers if u["reason"] == "comparison"] == ["12"]


def test_a_bracket_never_closed_does_not_join_the_clauses_after_it():
    # Regression (ninh_thuan_cds_2025, a development text; the same text as core/tests/extract.rs).
    plan = chitieu.extract_plan(
        "Theo Kế hoạch, Tỉnh đã đề ra mục tiêu cơ bản đến năm 2025, cụ thể: 100% hồ sơ công việc cấp huyện, cấp tỉnh, "
        "90% hồ sơ công việc cấp xã được xử lý trên môi trường mạng (trừ hồ sơ công việc thuộc phạm vi bí mật nhà "
        "nước; tối thiểu 30% người dân tham gia; 80% cơ quan nhà nước tham gia cung cấp dữ liệu mở.\n"
    ).plan
    rows = [(t["year"], t.get("tier"), t["comparator"], t["value"]) for t in plan.targets]
    assert rows == [
        (2025, None, "reach", 100.0),  # two levels named at once, no tier of one (the corpus's label)
        (2025, "commune", "reach", 90.0),
        (2025, None, "at_least", 30.0),
        (2025, None, "reach", 80.0),
    ]
    assert plan.targets[2]["quote"] == "tối thiểu 30% người dân tham gia"


def test_a_headline_that_leaves_out_what_a_share_is_of_is_the_bodys_target():
    # Regression (dong_nai_kinh_te_so_2025, a development text; the same text as core/tests/extract.rs).
    draft = chitieu.extract_plan(
        "Phấn đấu đến năm 2025 tỉ trọng kinh tế số của tỉnh đạt 20%\n\nUBND tỉnh vừa ban hành kế hoạch phát triển kinh "
        "tế số và xã hội số.\n\nVề phát triển kinh tế số, phấn đấu đến năm 2025, tỉ trọng kinh tế số của tỉnh đạt 20% "
        "GDP; tỉ trọng kinh tế số trong từng ngành, lĩnh vực đạt tối thiểu 10%.\n"
    )
    assert [(t["year"], t["comparator"], t["value"]) for t in draft.plan.targets] == [
        (2025, "reach", 20.0),
        (2025, "at_least", 10.0),
    ]
    assert [u["text"] for u in draft.unused_numbers if u["reason"] == "restated"] == ["20"]


# Stays in days as a tourism plan sets them (the same text as core/tests/extract.rs).
STAYS = (
    "Thời gian lưu trú trung bình đối với khách du lịch quốc tế năm 2020 đạt 3,2 ngày/khách; năm 2025 đạt 3,4 "
    "ngày/khách và năm 2030 đạt 4 ngày/khách. Dự kiến đến năm 2020, số ngày lưu trú là 3 ngày. Báo cáo gửi trong 30 "
    "ngày.\n"
)


def test_stays_in_days_per_visitor_or_named():
    # Regression (dien_bien_du_lich_2030, lam_dong_du_lich_2030: development texts).
    plan = chitieu.extract_plan(STAYS).plan
    rows = target_rows(plan)
    assert rows == [
        (2020, "reach", 3.2, "days"),
        (2025, "reach", 3.4, "days"),
        (2030, "reach", 4.0, "days"),
        (2020, "reach", 3.0, "days"),
    ]
    assert (chitieu.label("unit", "days", "vi"), chitieu.label("unit", "days", "en")) == ("ngày", "days")


def test_a_top_n_of_an_index_named_before_it_is_a_rank():
    # Regression (hoa_binh_2025, a development text; the same text as core/tests/extract.rs).
    plan = chitieu.extract_plan(
        "Tỉnh cần nghiêm túc rút kinh nghiệm và đặt mục tiêu PCI năm 2025 phải vào top 40. Doanh nghiệp vào top 10 "
        "doanh nghiệp.\n"
    ).plan
    rows = target_rows(plan)
    assert rows == [(2025, "at_most", 40.0, "rank")]


def test_a_certificate_reached_is_wanted_and_visits_are_counted():
    # Regression (the same text as core/tests/extract.rs): "chứng chỉ đạt" was read as the "chỉ đạt" of a result;
    # "5,2 triệu lượt" with no noun after it was no figure.
    draft = chitieu.extract_plan(
        "Đến năm 2025, tổng lượt khách du lịch đạt 5,2 triệu lượt, trong đó tỷ lệ lao động có bằng, chứng chỉ đạt "
        "30%.\n"
    )
    assert target_rows(draft.plan) == [(2025, "reach", 5_200_000.0, "count"), (2025, "reach", 30.0, "percent")]
    assert draft.observations == []


def test_yields_and_fertility_rates_are_figures_of_their_own_units():
    # Regression (development texts; the same text as core/tests/extract.rs).
    plan = chitieu.extract_plan(
        "Đến năm 2020, năng suất lúa bình quân đạt 140tạ/ha, năng suất cà phê đạt 2,5 tấn/ha. Đến năm 2025, tổng tỷ "
        "suất sinh đạt ít nhất 1,4 con/phụ nữ.\n"
    ).plan
    assert target_rows(plan) == [
        (2020, "reach", 140.0, "quintal_per_hectare"),
        (2020, "reach", 25.0, "quintal_per_hectare"),
        (2025, "at_least", 1.4, "children_per_woman"),
    ]
    assert chitieu.label("unit", "quintal_per_hectare", "vi") == "tạ/ha"
    assert chitieu.label("unit", "children_per_woman", "en") == "children per woman"


# A district's yearly plan in a PDF font's 'ƣ' for 'ư' (the same text as core/tests/extract.rs).
COUNTS_IN_WORDS = (
    "Năm 2016, mỗi chi hội giúp thêm được hai gia đình hội viên trở lên; có thêm hai huyện nông thôn mới; GDP bình "
    "quân đầu ngƣời 18,9 triệu đồng/năm; Tổng vốn đầu tƣ toàn xã hội 1.530 tỷ đồng; tỷ lệ tăng dân số tự nhiên dƣới "
    "0,75%.\n"
)


def test_counts_in_words_bare_amounts_of_the_economy_and_a_pdf_fonts_letter():
    # Regression (nong_cong_thanh_hoa, tuyen_quang_phu_nu_2021, lai_chau: development texts).
    plan = chitieu.extract_plan(COUNTS_IN_WORDS).plan
    assert [(t["year"], t["comparator"], t["value"]) for t in plan.targets] == [
        (2016, "at_least", 2.0),
        (2016, "reach", 2.0),
        (2016, "reach", 18.9e6),
        (2016, "reach", 1.53e12),
        (2016, "less_than", 0.75),
    ]
    names = [plan.indicator(t["indicator"])["name_vi"] for t in plan.targets]
    assert "GDP bình quân đầu người" in names and not any("ƣ" in n for n in names), names
    assert "ngƣời" in plan.targets[2]["quote"]


# A congress's targets and an account of the term past (the same text as core/tests/extract.rs).
OWN_VERBS = (
    "Đến năm 2025 có ít nhất 6.000 doanh nghiệp và đến năm 2030 có 10.000 doanh nghiệp.\n"
    "Năm 2026, mỗi cơ sở hội giúp ít nhất 2 hộ thoát nghèo, hỗ trợ 4 hội viên khởi nghiệp; giảm tỷ lệ hộ nghèo xuống "
    "dưới 0,3%, 100% cơ sở hội trong sạch vững mạnh.\n"
    "Trong 5 năm qua, hội đã xây dựng 22 căn nhà, sửa chữa 3 căn với tổng trên 900 triệu đồng.\n"
)


def test_a_figure_with_its_own_verb_takes_no_carried_comparator():
    # Regression (dak_nong_doanh_nghiep_2030, thuan_bac_ninh_thuan_phu_nu, hon_quan_binh_phuoc_cuu_chien_binh:
    # development texts).
    draft = chitieu.extract_plan(OWN_VERBS)
    assert target_rows(draft.plan) == [
        (2025, "at_least", 6000.0, "count"),
        (2030, "reach", 10000.0, "count"),
        (2026, "at_least", 2.0, "count"),
        (2026, "reach", 4.0, "count"),
        (2026, "less_than", 0.3, "percent"),
        (2026, "reach", 100.0, "percent"),
    ]
    assert [o["value"] for o in draft.observations] == [22.0, 3.0, 900e6]


def test_a_title_that_opens_with_its_kind_dates_the_plan_and_help_is_counted():
    # Regression (lang_son_hanh_trinh_do_2022, tinh_bien_an_giang_phu_nu: development texts; the same text as
    # core/tests/extract.rs).
    plan = chitieu.extract_plan(
        "Kế hoạch tổ chức chương trình Hành trình đỏ tỉnh Lạng Sơn năm 2022\n\nCác chỉ tiêu chủ yếu: vận động trên 3.400 "
        "người đăng ký hiến máu, huy động tối thiểu 100 người hiến máu dự bị; hàng năm, giúp 28 hộ nghèo thoát nghèo, "
        "hỗ trợ 14 hộ phụ nữ khởi nghiệp.\n"
    ).plan
    assert target_rows(plan) == [
        (2022, "more_than", 3400.0, "count"),
        (2022, "at_least", 100.0, "count"),
        (2022, "reach", 28.0, "count"),
        (2022, "reach", 14.0, "count"),
    ]
    assert plan.period["to"] == 2022


def test_the_term_past_at_a_congress_is_reached_and_a_floor_is_the_nearer_figures():
    # Regression (hon_quan_binh_phuoc_cuu_chien_binh, thai_nguyen_hop_tac_xa_2022: development texts; the same text as
    # core/tests/extract.rs).
    draft = chitieu.extract_plan(
        "Đại hội đại biểu Hội Cựu chiến binh huyện lần thứ 6, nhiệm kỳ 2017-2022.\nTrong nhiệm kỳ 2012-2017, toàn Huyện "
        "hội có 60 hộ nghèo và 55 hộ cận nghèo.\nNăm 2022, thành lập mới 60 tổ hợp tác và 40 HTX trở lên.\n"
    )
    assert target_rows(draft.plan) == [(2022, "reach", 60.0, "count"), (2022, "at_least", 40.0, "count")]
    assert observation_rows(draft) == [(60.0, 2017), (55.0, 2017)]


def test_a_reviewed_years_results_before_the_next_years_targets_are_reached():
    # Regression (hung_yen_2023, kien_giang_tinh_uy_2024: development texts; the same text as core/tests/extract.rs).
    draft = chitieu.extract_plan(
        "Tốc độ tăng trưởng kinh tế của tỉnh đạt 13,4%\n\nHội đồng nhân dân tỉnh thông qua Nghị quyết tình hình thực "
        "hiện kế hoạch phát triển kinh tế-xã hội tỉnh năm 2022 và mục tiêu nhiệm vụ năm 2023.\n\nKim ngạch xuất khẩu đạt "
        "6,3 tỷ USD.\n\nNăm 2023, tỉnh phấn đấu: kim ngạch xuất khẩu đạt 7 tỷ USD.\n"
    )
    assert target_rows(draft.plan) == [(2023, "reach", 7e9, "usd")]
    assert observation_rows(draft) == [(13.4, 2022), (6.3e9, 2022)]


def test_a_lead_said_again_by_its_list_and_what_a_figure_corresponds_to_are_one_target():
    # Regression (ha_noi_2023, hung_yen_2023, dak_nong_giam_ngheo_2024: development texts; the same text as
    # core/tests/extract.rs).
    draft = chitieu.extract_plan(
        "HĐND thành phố thông qua các chỉ tiêu năm 2023\n\n"
        "Hội đồng nhân dân thành phố đã thông qua Nghị quyết tình hình thực hiện kế hoạch phát triển kinh tế - xã hội năm "
        "2022, với tốc độ tăng trưởng kinh tế đạt 13,4%. Trong các chỉ tiêu năm 2023, GRDP tăng khoảng 7,0%; vốn đầu tư "
        "thực hiện tăng 10,5%.\n\nCác chỉ tiêu năm 2023 cụ thể như sau:\n1. Tốc độ tăng tổng sản phẩm trên địa bàn (GRDP): "
        "khoảng 7,0%.\n2. Tốc độ tăng vốn đầu tư thực hiện: 10,5%.\n3. Giảm số hộ nghèo: 30% (tương đương 890 hộ, 0,04%).\n"
        "4. Tỷ lệ hộ nghèo giảm từ 2% trở lên, tương ứng với số hộ giảm trên 3.415 hộ.\n"
    )
    assert target_rows(draft.plan) == [
        (2023, "about", 7.0, "percent_increase"),
        (2023, "reach", 10.5, "percent_increase"),
        (2023, "reach", 30.0, "percent"),
        (2023, "at_least", 2.0, "percent_reduction"),
    ]
    assert observation_rows(draft) == [(13.4, 2022)]


def test_a_congress_dated_in_its_first_year_reports_the_term_past_and_counts_houses_groups_and_funds():
    # Regression (thanh_mien_hai_duong_nong_dan, xa_vinh_phu_an_giang_mat_tran: development texts; the same text as
    # core/tests/extract.rs).
    draft = chitieu.extract_plan(
        "Hội Nông dân huyện tổ chức Đại hội\n\n07/06/2023 18:20\n\n"
        "Tại Đại hội đại biểu Hội Nông dân huyện lần thứ XII nhiệm kỳ 2023-2028 đã đề ra mục tiêu: hằng năm kết nạp từ 500 "
        "hội viên trở lên; vận động Quỹ Vì người nghèo hàng năm 3 tỷ đồng; sửa chữa ít nhất 30 nhà Đại đoàn kết; mỗi năm có "
        "ít nhất 1 tập thể và 1 cá nhân được tặng bằng khen.\n\nTrong nhiệm kỳ 2018-2023, Hội Nông dân huyện kết nạp 5.902 "
        "hội viên.\n"
    )
    assert target_rows(draft.plan) == [
        (2028, "at_least", 500.0, "count"),
        (2028, "reach", 3e9, "dong"),
        (2028, "at_least", 30.0, "count"),
        (2028, "at_least", 1.0, "count"),
        (2028, "at_least", 1.0, "count"),
    ]
    assert observation_rows(draft) == [(5902.0, 2023)]


def test_a_persons_name_after_the_word_for_province_is_no_province():
    # Regression (ha_tinh_du_lich_2030, a development text; the same text as core/tests/extract.rs).
    draft = chitieu.extract_plan(
        "Phó Chủ tịch UBND tỉnh Hà Tĩnh Đặng Quốc Vinh chủ trì cuộc họp. Phó Chủ tịch UBND tỉnh Đặng Quốc"
        " Vinh: ngành du lịch cần cụ thể hơn. Đến năm 2030, Hà Tĩnh thu hút trên 2,6 triệu lượt khách."
    )
    assert (draft.plan.jurisdiction["id"], draft.plan.jurisdiction["name"]) == ("ha_tinh", "Hà Tĩnh")
    assert target_rows(draft.plan) == [(2030, "more_than", 2.6e6, "count")]


def test_a_year_end_meeting_reports_the_year_reviewed_and_plans_the_next():
    # Regression (xa_tam_hong_phu_tho_2026, xa_yen_lac_phu_tho_2026, xa_te_lo_phu_tho_2026: development texts; the
    # same text as core/tests/extract.rs).
    draft = chitieu.extract_plan(
        "Đảng ủy xã triển khai nhiệm vụ năm 2026\n\nSáng 31/12, Đảng ủy xã tổ chức hội nghị tổng kết nhiệm vụ chính trị năm "
        "2025 và triển khai nhiệm vụ trọng tâm năm 2026.\n\nNăm 2025, bám sát các nhiệm vụ, chỉ tiêu đã đề ra, Đảng ủy xã đã "
        "lãnh đạo nhiều giải pháp. Nhờ đó, tốc độ tăng trưởng kinh tế của xã đạt 11%; tỷ lệ hộ nghèo giảm còn 0,36%.\n\n"
        "Thực hiện nhiệm vụ chính trị năm 2026, Đảng ủy xã tiếp tục tập trung lãnh đạo. Trong đó, phấn đấu kết nạp từ 45 "
        "đảng viên trở lên; thu ngân sách Nhà nước đạt trên 154 tỷ đồng.\n"
    )
    assert target_rows(draft.plan) == [(2026, "at_least", 45.0, "count"), (2026, "more_than", 154e9, "dong")]
    assert observation_rows(draft) == [(11.0, 2025), (0.36, 2025)]


def test_a_share_of_the_plan_reached_wants_nothing_and_things_added_are_counted():
    # Regression (xa_yen_lac_phu_tho_2026, phu_tho_ocop_2026: development texts; the same text as core/tests/extract.rs).
    draft = chitieu.extract_plan(
        "Xã tổng kết năm 2025\n\nNăm 2025, công tác giải phóng mặt bằng đạt 95% diện tích kế hoạch; tỷ lệ người dân tham gia "
        "bảo hiểm y tế đạt 96,3%.\n\nNăm 2026, xã đặt mục tiêu tiêu chuẩn hóa thêm 5 sản phẩm OCOP.\n"
    )
    assert target_rows(draft.plan) == [(2026, "reach", 5.0, "count")]
    assert observation_rows(draft) == [(95.0, 2025), (96.3, 2025)]


def test_a_rise_on_the_same_time_last_year_reports_only_its_own_figure_and_only_when_not_wanted():
    # Regression (huyen_long_dien_ba_ria_vung_tau_2025, a development text; the same text as core/tests/extract.rs).
    draft = chitieu.extract_plan(
        "Năm 2025, huyện đề ra 29 chỉ tiêu. Cụ thể, phấn đấu doanh thu thương mại tăng 5,7% so với năm 2024; giá trị sản "
        "xuất công nghiệp tăng 10% so với cùng kỳ; thu ngân sách Nhà nước trên địa bàn huyện hơn 607 tỷ đồng; tỷ lệ hộ nghèo "
        "còn lại 0,16%.\nNăm 2024, doanh thu thương mại tăng 6% so với cùng kỳ.\n"
    )
    assert target_rows(draft.plan) == [
        (2025, "reach", 5.7, "percent_increase"),
        (2025, "reach", 10.0, "percent_increase"),
        (2025, "more_than", 607e9, "dong"),
        (2025, "reach", 0.16, "percent"),
    ]
    assert observation_rows(draft) == [(6.0, 2024)]


def test_objectives_met_and_passed_want_nothing():
    # Regression (xa_cao_son_phu_tho, a development text; the same text as core/tests/extract.rs).
    draft = chitieu.extract_plan(
        "Đại hội đại biểu Đảng bộ xã lần thứ I, nhiệm kỳ 2025-2030\n\nNhiệm kỳ qua, hầu hết các chỉ tiêu đều đạt và vượt "
        "mục tiêu Nghị quyết. Đến cuối năm 2024, thu nhập bình quân đầu người đạt 43,7 triệu đồng/năm; tỷ lệ hộ nghèo còn "
        "21,5%.\n\nĐại hội xác định mục tiêu nhiệm kỳ 2025-2030: tổng vốn đầu tư toàn xã hội đạt trên 2.500 tỷ đồng.\n"
    )
    assert target_rows(draft.plan) == [(2030, "more_than", 2.5e12, "dong")]
    assert observation_rows(draft) == [(43.7e6, 2024), (21.5, 2024)]


def test_estimates_are_reached_and_the_plans_figures_beside_them_are_targets_of_the_year_after_the_one_compared_with():
    # Regression (huyen_vinh_linh_quang_tri_2022, a development text; the same text as core/tests/extract.rs).
    draft = chitieu.extract_plan(
        "Tổng giá trị sản xuất ước tăng 11,07% so với năm 2021 (KH tăng 8-9%). Thu nhập bình quân đầu người ước đạt 55,3 "
        "triệu đồng/KH 55-56 triệu đồng. Tỷ trọng nông nghiệp ước chiếm 23,4%/KH 24,5-25,5%.\n"
    )
    assert target_rows(draft.plan) == [
        (2022, "reach", 9.0, "percent_increase"),
        (2022, "reach", 56e6, "dong"),
        (2022, "reach", 25.5, "percent"),
    ]
    assert observation_rows(draft) == [(11.07, 2022), (55.3e6, 2022), (23.4, 2022)]


def test_an_objective_set_that_a_result_is_measured_against_wants_nothing():
    # Regression (huyen_nong_son_quang_nam_2023, a development text; the same text as core/tests/extract.rs).
    draft = chitieu.extract_plan(
        "Năm 2022, sản lượng lương thực đạt 13.007 tấn, tăng 3,68% so với mục tiêu đề ra và tăng gần 24,7% so với năm 2021.\n"
        "Năm 2023, phấn đấu sản lượng lương thực đạt 14.000 tấn.\n"
    )
    assert target_rows(draft.plan) == [(2023, "reach", 14000.0, "tonne")]
    # The rise over the objective beside the result is a margin, neither target nor observation.
    assert observation_rows(draft) == [(13007.0, 2022)]


def test_a_year_end_session_reports_its_year_and_a_totals_parts_are_targets():
    # Regression (xa_nguyet_duc_phu_tho_2026, xa_vinh_loc_thanh_hoa_2026, ha_tinh_nong_nghiep_2022: development texts;
    # the same text as core/tests/extract.rs).
    draft = chitieu.extract_plan(
        "Ngày 23/12, HĐND xã tổ chức kỳ họp thường lệ cuối năm 2025 để xem xét nhiều nội dung quan trọng.\n"
        "Theo báo cáo tại kỳ họp, năm 2025, tình hình kinh tế - xã hội tiếp tục ổn định. Tổng thu ngân sách Nhà "
        "nước trên địa bàn xã ước thực hiện 86,4 tỷ đồng; sản lượng lương thực đạt trên 6 vạn tấn (tăng 0,3 vạn "
        "tấn so với năm 2024, tương đương 5,2%). Tỷ lệ hộ nghèo còn 0,58%.\n"
        "Năm 2026, xã đề ra 18 chỉ tiêu, trong đó phấn đấu tổng giá trị sản xuất đạt trên 4.000 tỷ đồng (trong "
        "đó, nông nghiệp 1.255 tỷ đồng, dịch vụ 788 tỷ đồng); tỷ lệ hộ nghèo giảm dưới 0,5%.\n"
    )
    assert target_rows(draft.plan) == [
        (2026, "more_than", 4e12, "dong"),
        (2026, "reach", 1.255e12, "dong"),
        (2026, "reach", 788e9, "dong"),
        (2026, "less_than", 0.5, "percent"),
    ]
    assert observation_rows(draft) == [(86.4e9, 2025), (60000.0, 2025), (0.58, 2025)]
    assert draft.plan.targets[0]["quote"].endswith("4.000 tỷ đồng")


def test_a_scaled_figure_before_va_takes_the_unit_of_the_one_after():
    # Regression (ha_tinh_du_lich_2030, a development text; the same text as core/tests/extract.rs).
    draft = chitieu.extract_plan(
        "Đề án cũng đề ra chỉ tiêu đến năm 2030 sẽ thu hút lần lượt 150 ngàn và trên 2,6 triệu lượt khách quốc tế, nội địa.\n"
    )
    assert target_rows(draft.plan) == [(2030, "reach", 150000.0, "count"), (2030, "more_than", 2.6e6, "count")]


def test_hotels_are_counted():
    # Regression (tuyen_quang_du_lich_2030, a development text; the same text as core/tests/extract.rs).
    draft = chitieu.extract_plan(
        "Đến năm 2020 có 115 khách sạn đạt tiêu chuẩn từ 1 sao trở lên, trong đó có ít nhất 10 khách sạn đạt tiêu chuẩn "
        "3 sao trở lên.\n"
    )
    assert target_rows(draft.plan) == [(2020, "reach", 115.0, "count"), (2020, "at_least", 10.0, "count")]


def test_objectives_met_and_passed_are_measured_against_and_want_nothing():
    # Regression (dong_hung_thai_binh_nong_dan, a development text; the same text as core/tests/extract.rs).
    draft = chitieu.extract_plan(
        "Hội Nông dân huyện tổ chức Đại hội nhiệm kỳ 2023 - 2028.\n"
        "Nhiệm kỳ qua, Hội hoàn thành 98% các chỉ tiêu Nghị quyết Đại hội lần thứ XI đã đề ra, nhiều chỉ tiêu "
        "hoàn thành vượt mức. Trong nhiệm kỳ các cấp hội tổ chức trên 3.000 lớp tập huấn cho trên 180.000 lượt "
        "hội viên; tín chấp cho hội viên mua trả chậm trên 1.000 tấn phân bón các loại.\n"
        "Đại hội đặt mục tiêu đến năm 2028 có 80% hội viên đạt danh hiệu sản xuất kinh doanh giỏi.\n"
    )
    assert target_rows(draft.plan) == [(2028, "reach", 80.0, "percent")]
    # The classes held are counted too, and are the term past's results.
    assert observation_rows(draft) == [(98.0, 2023), (3000.0, 2023), (180000.0, 2023), (1000.0, 2023)]


def test_a_budgets_estimates_are_the_years_targets():
    # Regression (hai_phong_ngan_sach_2026, a development text; the same text as core/tests/extract.rs).
    draft = chitieu.extract_plan(
        "HĐND thành phố quyết định dự toán thu ngân sách nhà nước trên địa bàn năm 2026 là 194,9 nghìn tỷ đồng, cao "
        "hơn 53,6 tỷ đồng so với dự toán Trung ương giao. Dự toán thu ngân sách địa phương hơn 90,7 nghìn tỷ đồng.\n"
        "Năm 2025, tổng thu ngân sách nhà nước trên địa bàn thành phố ước đạt hơn 187 nghìn tỷ đồng.\n"
    )
    assert target_rows(draft.plan) == [(2026, "reach", 194.9e12, "dong"), (2026, "more_than", 90.7e12, "dong")]
    assert observation_rows(draft) == [(187e12, 2025)]


def test_the_parts_of_a_total_reported_are_reported():
    # Regression (quang_ninh_ngan_sach_2026, a development text; the same text as core/tests/extract.rs).
    draft = chitieu.extract_plan(
        "Năm 2025, tổng thu ngân sách Nhà nước trên địa bàn tỉnh ước đạt 82.235 tỷ đồng.\n"
        "Trước đó năm 2024, tổng thu ngân sách Nhà nước trên địa bàn tỉnh đạt 53.271 tỷ đồng. Trong đó, thu từ hoạt "
        "động xuất nhập khẩu đạt 18.083 tỷ đồng, thu nội địa đạt 35.022 tỷ đồng.\n"
        "Theo đó, tỉnh phấn đấu tổng thu ngân sách Nhà nước năm 2026 đạt 74.000 tỷ đồng.\n"
    )
    assert target_rows(draft.plan) == [(2026, "reach", 74e12, "dong")]
    assert observation_rows(draft) == [(82.235e12, 2025), (53.271e12, 2024), (18.083e12, 2024), (35.022e12, 2024)]


def test_a_congress_opens_the_later_of_two_terms_one_after_the_other():
    # Regression (nghia_an_ninh_giang_hai_duong_phu_nu, a development text; the same text as core/tests/extract.rs).
    draft = chitieu.extract_plan(
        "Hội Phụ nữ xã Nghĩa An tổ chức đại hội điểm cấp cơ sở\n"
        "Nhiệm kỳ 2016-2021, Hội Phụ nữ xã Nghĩa An thành lập được 5 mô hình; nhận giúp đỡ 28 hộ hội viên nghèo. Tỷ "
        "lệ tập hợp phụ nữ tham gia sinh hoạt hội đạt 85,1%.\n"
        "Nhiệm kỳ 2021-2026, hội phấn đấu có 90% số hộ phụ nữ nghèo được giúp đỡ; tỷ lệ thu hút hội viên đạt 89% trở lên.\n"
    )
    assert target_rows(draft.plan) == [(2026, "reach", 90.0, "percent"), (2026, "at_least", 89.0, "percent")]
    assert observation_rows(draft) == [(5.0, 2021), (28.0, 2021), (85.1, 2021)]


def test_the_parts_of_a_total_in_the_next_sentence_are_targets_of_their_own():
    # Regression (cao_bang_du_lich_2020, a development text; the same text as core/tests/extract.rs).
    draft = chitieu.extract_plan(
        "Tỉnh đã đề ra mục tiêu đến năm 2020 sẽ đón 1,6 triệu lượt khách du lịch. Trong đó, 1,4 triệu lượt khách nội "
        "địa, 200 nghìn lượt khách quốc tế. Tổng thu từ du lịch đạt 900 tỷ đồng.\n"
    )
    assert target_rows(draft.plan) == [
        (2020, "reach", 1.6e6, "count"),
        (2020, "reach", 1.4e6, "count"),
        (2020, "reach", 200e3, "count"),
        (2020, "reach", 900e9, "dong"),
    ]


SEVERAL_LEVELS = (
    "Về phát triển chính quyền số, tỉnh đặt mục tiêu đến năm 2025, thông qua môi trường mạng có 100% hồ sơ ở cấp "
    "tỉnh, huyện, xã được xử lý; 90% hồ sơ công việc cấp xã được xử lý trên môi trường mạng.\n"
    "Tổng kinh phí thực hiện: 20.000 triệu đồng.\n"
)


def test_several_levels_named_at_once_are_no_tier_however_the_text_is_typed():
    # Regression (binh_duong_cds_2030, ninh_thuan_cds_2025: development texts; the same text as core/tests/extract.rs):
    # the first level named was the figure's tier; doubled spaces, Windows line ends and decomposed letters (NFD)
    # changed the draft.
    import unicodedata

    def rows(draft):
        return [(t["year"], t.get("tier"), t["comparator"], t["value"]) for t in draft.plan.targets]

    draft = chitieu.extract_plan(SEVERAL_LEVELS)
    assert rows(draft) == [(2025, None, "reach", 100.0), (2025, "commune", "reach", 90.0)]
    assert draft.plan.budget["total"] == 20_000_000_000
    typed = unicodedata.normalize("NFD", SEVERAL_LEVELS.replace(" ", "  ").replace("\n", "\r\n"))
    again = chitieu.extract_plan(typed)
    assert rows(again) == rows(draft)
    assert again.plan.budget["total"] == 20_000_000_000


def test_lines_wrapped_inside_a_sentence_read_as_one_line():
    # Regression (the corpus's development half wrapped at 80 columns; the same text as core/tests/extract.rs): the
    # tier on the next line ("cấp\ntỉnh") and the name before a figure on its own line ("đạt\n50%") were lost.
    draft = chitieu.extract_plan(
        "Mục tiêu đến năm 2025: 100% hồ sơ công việc tại cấp\ntỉnh, 80% hồ sơ công việc tại cấp huyện được xử lý trên\n"
        "môi trường mạng; tỷ lệ dịch vụ công trực tuyến phát sinh hồ sơ đạt\n50%.\n"
    )
    targets = draft.plan.targets
    assert [(t["year"], t.get("tier"), t["comparator"], t["value"]) for t in targets] == [
        (2025, "province", "reach", 100.0),
        (2025, "district", "reach", 80.0),
        (2025, None, "reach", 50.0),
    ]
    assert targets[2]["indicator"] == "online_services_with_dossiers"
    assert targets[0]["quote"] == "100% hồ sơ công việc tại cấp\ntỉnh"


def test_a_line_in_detail_reads_with_the_line_before_and_a_sign_is_a_comparator():
    # Regression (khun_ha, a development text, with its sentences split into lines; the same text as
    # core/tests/extract.rs): the results "Cụ thể," details on their own line were drafted as targets, and "≥" was
    # no floor.
    draft = chitieu.extract_plan(
        "Nhiệm kỳ 2020-2025, xã đạt được nhiều kết quả quan trọng.\nCụ thể, tốc độ tăng trưởng đàn vật nuôi bình quân "
        "5%/năm; tỷ lệ hộ nghèo giảm bình quân 6,7%/năm.\nNhiệm kỳ 2025-2030, xã phấn đấu thu nhập bình quân đầu người "
        "đạt 60 triệu đồng; tổng thu ngân sách ≥ 10 tỷ đồng.\n"
    )
    assert target_rows(draft.plan) == [(2030, "reach", 60e6, "dong"), (2030, "at_least", 10e9, "dong")]
    # The term opening the line before dates them for its end, as the text's labels do.
    assert observation_rows(draft) == [(5.0, 2025), (6.7, 2025)]
    assert "≥ 10 tỷ đồng" in draft.plan.targets[1]["quote"]


def test_a_surveys_results_are_reported_and_near_poor_is_no_need():
    # Regression (bac_kan_giam_ngheo_2025, a development text; the same text as core/tests/extract.rs): "theo kết quả"
    # reported nothing, and the "cận" of "hộ cận nghèo", "tiếp cận" was read as "cần" (need).
    draft = chitieu.extract_plan(
        "Bắc Kạn phấn đấu giảm tỷ lệ hộ nghèo\n\nTheo kết quả tổng điều tra rà soát hộ nghèo, hộ cận nghèo theo chuẩn "
        "tiếp cận đa chiều, năm 2020 tỉnh Bắc Kạn còn 14.982/80.972 hộ nghèo, chiếm tỷ lệ 18,50%; 8.469/80.972 hộ cận "
        "nghèo, chiếm tỷ lệ 10,46%.\n\nPhấn đấu đến năm 2025: 100% người nghèo, cận nghèo được cấp thẻ bảo hiểm y tế; "
        "98% hộ nghèo được tiếp cận nguồn nước sinh hoạt hợp vệ sinh.\n"
    )
    assert target_rows(draft.plan) == [(2025, "reach", 100.0, "percent"), (2025, "reach", 98.0, "percent")]
    assert observation_rows(draft) == [(18.5, 2020), (10.46, 2020)]


def test_a_resolution_on_the_years_kt_xh_plan_dates_its_targets():
    # Regression (quan_nam_tu_liem_ha_noi_2024, a development text; the same text as core/tests/extract.rs): "KT-XH"
    # named no plan, so the resolution's year dated nothing and the targets had none.
    draft = chitieu.extract_plan(
        "HĐND quận biểu quyết thông qua Nghị quyết về kế hoạch phát triển KT-XH, QP-AN năm 2024\n\nCác chỉ tiêu kinh tế: "
        "Tốc độ tăng giá trị sản xuất chung các ngành kinh tế trên địa bàn là 13,6-14,6%; Thu ngân sách nhà nước trên "
        "địa bàn là 8.471 tỷ đồng.\n"
    )
    assert [(t["year"], t["comparator"], t["value"]) for t in draft.plan.targets] == [
        (2024, "reach", 14.6),
        (2024, "reach", 8_471e9),
    ]


def test_a_past_verb_reports_its_own_clause_not_the_next_of_a_list():
    # Regression (ho_chi_minh_chuong_trinh_chuyen_doi_so_2025, a development text; the same text as
    # core/tests/extract.rs): "đã được" reported to the sentence's end, past the ";", so the next item's targets were
    # drafted as observations.
    draft = chitieu.extract_plan(
        "Đến năm 2025, thông tin của người dân, doanh nghiệp đã được số hóa và lưu trữ tại Trung tâm dữ liệu không "
        "phải cung cấp lại; 90% hồ sơ công việc tại cấp tỉnh, 80% hồ sơ công việc tại cấp huyện được xử lý trên môi "
        "trường mạng.\n"
    )
    assert [(t["year"], t.get("tier"), t["value"]) for t in draft.plan.targets] == [
        (2025, "province", 90.0),
        (2025, "district", 80.0),
    ]
    assert observation_rows(draft) == []


def test_a_span_of_years_after_nam_dates_for_its_end_and_binh_quan_is_no_district():
    # Regression (ha_tinh_quy_hoach_2030, a development text; the same text as core/tests/extract.rs): "năm 2021-2030"
    # dated the targets 2021, and the "quân" of "Bình quân GRDP" named an urban district "GRDP" as the plan's unit.
    draft = chitieu.extract_plan(
        "Mục tiêu tăng trưởng kinh tế từ năm 2021-2030 đạt trên 9% năm. Cơ cấu kinh tế công nghiệp - xây dựng chiếm "
        "60,3%. Bình quân GRDP trên đầu người đạt 170 triệu đồng.\n"
    )
    assert target_rows(draft.plan) == [
        (2030, "more_than", 9.0, "percent_per_year"),
        (2030, "reach", 60.3, "percent"),
        (2030, "reach", 170e6, "dong"),
    ]
    assert draft.plan.jurisdiction["id"] == "unknown"


def test_a_shortened_base_dates_nothing_and_a_ranges_change_beside_a_figure_is_no_target():
    # Regression (dong_nai_cong_thuong_2023, a development text; the same text as core/tests/extract.rs): "so năm 2022"
    # and "so cùng kỳ năm 2022" dated the plan's targets 2022, and a change given as a range ("tăng 8 – 9%", "tăng
    # 8,0-8,5%") beside a figure was drafted as a target of its own.
    draft = chitieu.extract_plan(
        "Dự kiến mục tiêu tăng trưởng các chỉ tiêu công nghiệp, thương mại của tỉnh năm 2023 như sau:\n- Chỉ số sản "
        "xuất công nghiệp phấn đấu duy trì mức tăng 7,5-8% so năm 2022.\n- Giá trị sản xuất công nghiệp phấn đấu đạt "
        "trong khoảng 826,9 – 834,6 ngàn tỷ đồng, tăng 8 – 9% so cùng kỳ năm 2022.\n- Kim ngạch xuất khẩu phấn đấu "
        "đạt trong khoảng 26,5 - 26,7 tỷ USD, tăng 8,0-8,5% so với năm 2022.\n"
    )
    assert target_rows(draft.plan) == [
        (2023, "reach", 8.0, "percent_increase"),
        (2023, "about", 834.6e12, "dong"),
        (2023, "about", 26.7e9, "usd"),
    ]


def test_a_year_opening_a_list_stands_over_the_headlines():
    # Regression (ho_chi_minh_chuong_trinh_chuyen_doi_so_2025, a development text; the same text as
    # core/tests/extract.rs): the list's items after the first took the headline's 2030, the year opening their
    # sentence being only context.
    draft = chitieu.extract_plan(
        "Đến năm 2030: TPHCM phấn đấu trở thành đô thị thông minh\n\nCụ thể, đến năm 2025, 100% dịch vụ công trực "
        "tuyến được tích hợp lên Cổng Dịch vụ công quốc gia; 100% giao dịch trên Cổng Dịch vụ công được xác thực điện "
        "tử; 40% người dân được xác thực định danh điện tử.\n"
    )
    assert [(t["year"], t["value"]) for t in draft.plan.targets] == [(2025, 100.0), (2025, 100.0), (2025, 40.0)]


def test_routes_zones_and_areas_are_counted_and_a_span_from_a_year_ends_at_the_next():
    # Regression (ha_tinh_du_lich_2030, binh_duong_du_lich_2030, huyen_luong_son_hoa_binh_nong_nghiep_2025, development
    # texts; the same text as core/tests/extract.rs): "tuyến", "khu", "vùng" counted nothing, and "từ 2018 đến 2030"
    # was read as a date's year.
    draft = chitieu.extract_plan(
        "Theo đề án, từ 2018 đến 2030, tỉnh sẽ phát triển 13 tuyến du lịch, công nhận 1 khu du lịch quốc gia và hình "
        "thành từ 3-5 vùng sản xuất chuyên canh.\n"
    )
    assert target_rows(draft.plan) == [
        (2030, "reach", 13.0, "count"),
        (2030, "reach", 1.0, "count"),
        (2030, "reach", 5.0, "count"),
    ]


def test_a_sentence_goes_on_after_a_line_ending_in_a_semicolon_and_a_term_opening_a_line_dates_the_next():
    # Regression (phuong_duc_xuan_thai_nguyen and thuan_bac_ninh_thuan_cuu_chien_binh, development texts, a clause or
    # a sentence per line; the same text as core/tests/extract.rs): a line ending in ";" ended the sentence, and a
    # term opening a sentence on a line of its own dated nothing after it.
    draft = chitieu.extract_plan(
        "Nhiệm kỳ 2025-2030, Đảng bộ phường Đức Xuân tập trung xây dựng hệ thống chính trị trong sạch, vững mạnh;\n"
        "phấn đấu tốc độ tăng thu ngân sách nhà nước bình quân từ 10%/năm;\nthành lập mới 5 hợp tác xã;\n"
        "duy trì 100% trường học đạt chuẩn quốc gia mức độ I.\n"
        "Nhiệm kỳ 2022-2027, Hội Cựu chiến binh tiếp tục đổi mới nội dung, phương thức hoạt động.\n"
        "Phấn đấu 98% gia đình hội viên đạt gia đình văn hóa.\n"
    )
    assert target_rows(draft.plan) == [
        (2030, "at_least", 10.0, "percent_per_year"),
        (2030, "reach", 5.0, "count"),
        (2030, "reach", 100.0, "percent"),
        (2027, "reach", 98.0, "percent"),
    ]


def test_a_capital_opening_a_line_of_a_wrapped_text_goes_on_with_a_name():
    # Regression (quang_binh_quy_hoach_2030, a development text, wrapped at 80 columns; the same text as
    # core/tests/extract.rs): "Luật Biển Việt\nNam năm 2012, ..." was read as a sentence opening "Năm 2012, ...".
    draft = chitieu.extract_plan(
        "Quyết định phê duyệt Quy hoạch tỉnh Quảng Bình thời kỳ 2021-2030, tầm nhìn đến\n"
        "năm 2050. Phạm vi ranh giới quy hoạch tỉnh Quảng Bình bao gồm toàn bộ phần\n"
        "lãnh thổ đất liền và phần không gian biển được xác định theo Luật Biển Việt\n"
        "Nam năm 2012, Nghị định số 40/2016/NĐ-CP ngày 15/5/2016 của Chính phủ quy định\n"
        "chi tiết thi hành một số điều của Luật Tài nguyên, môi trường biển và hải đảo.\n"
        "Nâng cao năng lực phòng chống thiên tai, chủ động thích ứng với biến đổi khí\n"
        "hậu, bảo vệ môi trường sinh thái. Đến năm 2030 phấn đấu đưa Quảng Bình trở\n"
        "thành tỉnh phát triển khá của khu vực miền Trung.\n"
        "Về mục tiêu cụ thể, tốc độ tăng GRDP bình quân từ 8,4 - 8,8%/năm; ngành dịch\n"
        "vụ chiếm khoảng 45,0 - 45,5%.\n"
    )
    assert target_rows(draft.plan) == [(2030, "reach", 8.8, "percent_per_year"), (2030, "about", 45.5, "percent")]


def test_projects_organisations_and_units_are_counted():
    # Regression (dong_nai_khoa_hoc_cong_nghe_2025, lang_son_hanh_trinh_do_2022, development texts; the same text as
    # core/tests/extract.rs): "dự án", "tổ chức" and "đơn vị" counted nothing, so these targets were not drafted.
    draft = chitieu.extract_plan(
        "Đó là mục tiêu được Sở Khoa học - công nghệ (KH-CN) đặt ra trong giai đoạn 2020-2025. Ngoài ra, Sở KH-CN còn "
        "phấn đấu hỗ trợ 5 dự án ươm tạo doanh nghiệp KH-CN, có 10 tổ chức nghiên cứu phát triển và 7 tổ chức dịch vụ "
        "KH-CN; tiếp nhận tối thiểu 2.000 đơn vị máu.\n"
    )
    assert target_rows(draft.plan) == [
        (2025, "reach", 5.0, "count"),
        (2025, "reach", 10.0, "count"),
        (2025, "reach", 7.0, "count"),
        (2025, "at_least", 2000.0, "count"),
    ]


def test_a_level_risen_to_is_the_target_and_the_level_it_rises_from_is_none():
    # Regression (yen_bai_lam_nghiep_2025, dak_nong_giao_thong_2020, development texts; the same text as
    # core/tests/extract.rs): "từ 25% - 30% hiện nay" was a target and "hiện nay" reported the 60% after it; "từ 53%"
    # was a floor carried to the 65% after it; "năm 2020" of the level fallen from dated the 3%.
    draft = chitieu.extract_plan(
        "Tỉnh Yên Bái đặt mục tiêu đến năm 2025 tỷ lệ che phủ rừng đạt 65%; đưa tỷ lệ gỗ xẻ từ 25% - 30% hiện nay lên "
        "trên 60%; nâng tỷ lệ nhựa hóa đường huyện từ 53% lên 65%; giảm tỷ lệ hộ nghèo từ 5% năm 2020 xuống 3%.\n"
    )
    assert target_rows(draft.plan) == [
        (2025, "reach", 65.0, "percent"),
        (2025, "more_than", 60.0, "percent"),
        (2025, "reach", 65.0, "percent"),
        (2025, "reach", 3.0, "percent"),
    ]
    assert draft.observations == []


def test_an_area_there_will_be_is_to_reach_and_so_are_its_parts():
    # Regression (nghe_an_lam_nghiep_2030, a development text; the same text as core/tests/extract.rs): "có" before an
    # area set nothing to reach, also when the place "sẽ có" it; the parts "gồm" lists in a bracket, parted by ";",
    # were no figures, but the first.
    draft = chitieu.extract_plan(
        "Theo quy hoạch đến năm 2030, tỉnh Nghệ An sẽ có 1.148.476 ha đất lâm nghiệp (gồm: 171.062 ha rừng đặc dụng; "
        "370.405 ha rừng phòng hộ).\n"
    )
    assert target_rows(draft.plan) == [
        (2030, "reach", 1148476.0, "hectare"),
        (2030, "reach", 171062.0, "hectare"),
        (2030, "reach", 370405.0, "hectare"),
    ]


def test_a_plan_named_by_its_number_dates_the_targets_by_its_name():
    # Regression (thua_thien_hue_chuyen_doi_so_2023, a development text; the same text as core/tests/extract.rs): "Kế
    # hoạch số 308/KH-UBND triển khai ... năm 2023", with no "về" after the number, named no plan in a news item's
    # lead, and the targets of the text, which states no other year, had none.
    draft = chitieu.extract_plan(
        "Ngày 14/09/2023, UBND tỉnh Thừa Thiên Huế ban hành Kế hoạch số 308/KH-UBND triển khai mô hình tỉnh "
        "chuyển đổi số điển hình năm 2023 nhằm xây dựng mô hình tỉnh chuyển đổi số điển hình góp phần triển "
        "khai có hiệu quả các mục tiêu, nhiệm vụ, giải pháp chủ yếu đề ra tại Quyết định số 749/QĐ-TTg ngày "
        "03/6/2020 của Thủ tướng Chính phủ phê duyệt Chương trình Chuyển đổi số quốc gia.\nVới Mô hình chuyển "
        "đổi số cấp tỉnh, mục tiêu cụ thể như sau:\nTối thiểu 80% hồ sơ thủ tục hành chính được xử lý hoàn "
        "toàn trực tuyến; phấn đấu kinh tế số chiếm 15% GRDP.\n"
    )
    assert draft.plan.document["title"] == "Kế hoạch số 308/KH-UBND triển khai mô hình tỉnh chuyển đổi số điển hình năm 2023"
    assert target_rows(draft.plan) == [(2023, "at_least", 80.0, "percent"), (2023, "reach", 15.0, "percent_of_grdp")]


def test_a_share_of_a_plan_reached_is_a_result():
    # Regression (kon_tum_2024, quang_tri_2026, development texts; the same text as core/tests/extract.rs): "mới đạt
    # 3,85% kế hoạch" was a target when nothing before it in its clause reported; "phấn đấu ... đạt 100% kế hoạch"
    # stays one.
    draft = chitieu.extract_plan(
        "Năm 2024, ngành du lịch thu hút được 1,4 triệu lượt khách, đạt 85% kế hoạch; giải ngân vốn đầu tư "
        "công mới đạt 3,85% kế hoạch.\nNăm 2025, phấn đấu giải ngân vốn đầu tư công đạt 100% kế hoạch.\n"
    )
    assert target_rows(draft.plan) == [(2025, "reach", 100.0, "percent_of_plan")]
    assert observation_rows(draft) == [(1.4e6, 2024), (85.0, 2024), (3.85, 2024)]


def test_a_school_year_and_a_year_before_a_colon_date_their_figures():
    # Regression (huyen_quang_dien_thua_thien_hue_giao_duc_2016, lang_son_bao_hiem_y_te_2020, development texts; the
    # same text as core/tests/extract.rs): "Năm học 2015-2016" opening a sentence dated nothing, and "năm 2016: 89,0%"
    # took the year that opened the sentence before (2020).
    draft = chitieu.extract_plan(
        "Năm học 2015-2016, huyện Quảng Điền phấn đấu tỷ lệ các cháu vào nhà trẻ trên 35%, mẫu giáo trên "
        "93%.\nTheo đó, đến năm 2020, tỷ lệ bao phủ bảo hiểm y tế đạt trên 90%. Trong đó, huyện được giao chỉ "
        "tiêu cụ thể: năm 2016: 89,0%; năm 2017: 90,0%.\n"
    )
    assert target_rows(draft.plan) == [
        (2016, "more_than", 35.0, "percent"),
        (2016, "more_than", 93.0, "percent"),
        (2020, "more_than", 90.0, "percent"),
        (2016, "reach", 89.0, "percent"),
        (2017, "reach", 90.0, "percent"),
    ]


def test_a_place_carrying_out_the_nations_resolution_sets_its_own_targets():
    # Regression (gia_lai_thi_truong_lao_dong_2025, lao_cai_giao_duc_mam_non_2020, development texts; the same text as
    # core/tests/extract.rs): "Thực hiện Nghị quyết 06 của Chính phủ ..., Gia Lai phấn đấu ..." read the 61% as the
    # nation's; "thấp nhất là 30%" was no comparator.
    draft = chitieu.extract_plan(
        "Thực hiện Nghị quyết 06 của Chính phủ về phát triển thị trường lao động, Gia Lai phấn đấu đến năm "
        "2025, tỷ trọng lao động nông nghiệp trong tổng lao động xã hội dưới 61%; tỷ lệ huy động trẻ em ra "
        "lớp đạt: thấp nhất là 30% đối với trẻ nhà trẻ, 97,5% đối với trẻ mẫu giáo.\n"
    )
    assert target_rows(draft.plan) == [
        (2025, "less_than", 61.0, "percent"),
        (2025, "at_least", 30.0, "percent"),
        (2025, "at_least", 97.5, "percent"),
    ]


# Lengths, volumes and litres beside what only looks like them (the same text as core/tests/extract.rs).
LENGTHS_VOLUMES_LITRES = (
    "Đến năm 2025, cứng hóa 555 km đường giao thông nông thôn; sản lượng gỗ khai thác đạt trên 500 ngàn m3; sản xuất "
    "10 triệu lít nước mắm.\nĐến năm 2030, kiên cố hóa 120 cây số kênh mương; khai thác khoảng 1,2 triệu m³ gỗ rừng "
    "trồng; chế biến 2 nghìn mét khối gỗ xẻ; tốc độ tối đa 80 km/h; công suất cấp nước đạt 5.000 m3/ngày đêm, bảo đảm "
    "tối thiểu 60 lít/người/ngày; diện tích tự nhiên đạt 136,27 km²; diện tích sàn nhà ở đạt 30 m²/người.\n"
)


def test_lengths_volumes_and_litres_are_targets_and_their_look_alikes_none():
    # Regression (dak_nong_giao_thong_2020, yen_bai_lam_nghiep_2025, quang_tri_rung_fsc_2025,
    # thanh_pho_phu_quoc_an_giang_2025: development texts): the model had no unit for kilometres, cubic metres or
    # litres; a speed, a supply norm and an area in km² are none of them. The floor area a person ("30 m²/người"), none
    # until 4 Dec 2026, and a capacity a day ("5.000 m3/ngày đêm"), none until 5 Dec 2026, are targets of their own
    # units.
    draft = chitieu.extract_plan(LENGTHS_VOLUMES_LITRES)
    assert target_rows(draft.plan) == [
        (2025, "reach", 555.0, "kilometre"),
        (2025, "more_than", 500_000.0, "cubic_metre"),
        (2025, "reach", 10_000_000.0, "litre"),
        (2030, "reach", 120.0, "kilometre"),
        (2030, "about", 1_200_000.0, "cubic_metre"),
        (2030, "reach", 2_000.0, "cubic_metre"),
        (2030, "reach", 5_000.0, "cubic_metre_per_day"),
        (2030, "reach", 30.0, "square_metre_per_person"),
    ]
    assert draft.observations == []
    assert draft.plan.targets[4]["quote"] == "khai thác khoảng 1,2 triệu m³ gỗ rừng trồng"
    # The units round-trip through the plan's JSON by their names, and label in both languages.
    back = chitieu.Plan.from_json(draft.plan.to_json())
    assert back.to_json() == draft.plan.to_json()
    assert [i["unit"] for i in back.indicators] == [
        "kilometre", "cubic_metre", "litre", "kilometre", "cubic_metre", "cubic_metre", "cubic_metre_per_day",
        "square_metre_per_person",
    ]
    assert chitieu.label("unit", "cubic_metre", "vi") == "m³"
    assert chitieu.label("unit", "litre", "vi") == "lít"
    assert chitieu.label("unit", "kilometre", "en") == "km"
    assert chitieu.indicator_kind("litre")["kind"] == "level_or_share"


def test_floor_areas_and_floor_areas_a_person_are_targets_and_a_dwellings_size_none():
    # Regression (ha_tinh_nha_o_2030, a development text; the same text as core/tests/extract.rs): the model had no
    # unit for square metres and the reader read none; "45m2/căn", a dwelling's size, is no target.
    draft = chitieu.extract_plan(
        "Giai đoạn 2021-2025, tỉnh sẽ phát triển mới khoảng 7.347.630m2 sàn nhà ở, nâng tổng diện tích sàn nhà ở lên "
        "hơn 41 triệu m2. Khu vực đô thị đạt 32,2 m2/người, nông thôn 29,4 m²/người.\nĐến năm 2030, dự kiến phát "
        "triển mới khoảng 100 căn (45m2/căn).\n"
    )
    assert target_rows(draft.plan) == [
        (2025, "about", 7_347_630.0, "square_metre"),
        (2025, "more_than", 41e6, "square_metre"),
        (2025, "reach", 32.2, "square_metre_per_person"),
        (2025, "reach", 29.4, "square_metre_per_person"),
        (2030, "about", 100.0, "count"),
    ]
    assert chitieu.label("unit", "square_metre_per_person", "vi") == "m²/người"
    assert chitieu.indicator_kind("square_metre")["kind"] == "level_or_share"


def test_a_number_in_words_is_one_only_as_the_text_spells_it():
    # Regression (huyen_dak_doa_gia_lai_lao_dong_2025, a development text; the same text as core/tests/extract.rs):
    # "vùng sâu vùng xa" (remote areas) was drafted as six regions to reach, "sâu" folding as "sáu" does.
    draft = chitieu.extract_plan(
        "Đến năm 2025, phối hợp tổ chức các phiên giao dịch việc làm, nhất là vùng sâu vùng xa; có thêm sáu xã đạt "
        "chuẩn nông thôn mới.\n"
    )
    assert target_rows(draft.plan) == [(2025, "reach", 6.0, "count")]


def test_a_figure_beside_the_plans_in_a_bracket_is_a_result_and_the_plans_a_target():
    # Regression (ninh_thuan_2023, huyen_vinh_linh_quang_tri_2022, development texts; the same text as
    # core/tests/extract.rs): "41,85% (KH 41%)", "9,26% (Kế hoạch 9%)" drafted the results as targets and "(Kế hoạch
    # 9%)" as a result; "(KH 3.658 tỷ đồng)" after "đạt 100% KH" was read as saying the share again.
    draft = chitieu.extract_plan(
        "Năm 2023, tỷ trọng đóng góp của kinh tế biển vào GRDP 41,85% (KH 41%); tổng thu ngân sách nhà nước "
        "trên địa bàn ước đạt 3.658 tỷ đồng, đạt 100% KH (KH 3.658 tỷ đồng); tăng trưởng GRDP 9,26% (Kế hoạch "
        "9%); số lao động được đào tạo nghề đạt 10.994 người (KH 9.500 người).\n"
    )
    assert target_rows(draft.plan) == [
        (2023, "reach", 41.0, "percent"),
        (2023, "reach", 3.658e12, "dong"),
        (2023, "reach", 9.0, "percent"),
        (2023, "reach", 9500.0, "count"),
    ]
    assert observation_rows(draft) == [(41.85, 2023), (3.658e12, 2023), (100.0, 2023), (9.26, 2023), (10994.0, 2023)]
    # A figure its own words want stays a target beside a plan's in a bracket (a district's aim above the province's).
    draft = chitieu.extract_plan("Năm 2024, huyện phấn đấu tăng trưởng 9% (KH tỉnh giao 8,5%).\n")
    assert target_rows(draft.plan) == [(2024, "reach", 9.0, "percent_per_year"), (2024, "reach", 8.5, "percent")]
    assert draft.observations == []


def test_a_period_named_in_passing_dates_nothing_and_an_estimate_reports():
    # Regression (hue_chuyen_doi_so_2026, thai_nguyen_dan_so_2023, development texts; the same text as
    # core/tests/extract.rs): "giai đoạn 2026–2030" at the end of the lead's long objective dated the plan of 2026's
    # targets 2030; "Theo đó, ước tính ..." after a line of results was wanted, its figures targets.
    draft = chitieu.extract_plan(
        "Kế hoạch chuyển đổi số thành phố Huế năm 2026 vừa được ban hành đặt mục tiêu hoàn thiện khung kiến "
        "trúc số, phát triển chính quyền số, xã hội số và thúc đẩy kinh tế số trở thành động lực quan trọng "
        "cho tăng trưởng kinh tế – xã hội giai đoạn 2026–2030.\nTrong phát triển chính quyền số, thành phố "
        "phấn đấu 100% cơ quan Nhà nước được kết nối mạng chuyên dùng.\nTrong năm 2025, công tác dân số đạt "
        "và vượt nhiều chỉ tiêu kế hoạch đề ra.\nTheo đó, ước tính số trẻ sinh ra là gần 14 nghìn trẻ; tỷ lệ "
        "bà mẹ mang thai được sàng lọc trước sinh đạt xấp xỉ 38%.\n"
    )
    assert target_rows(draft.plan) == [(2026, "reach", 100.0, "percent")]
    assert observation_rows(draft) == [(38.0, 2025)]


def test_the_parts_of_a_total_go_on_past_semicolons():
    # Regression (phuong_dong_son_bim_son_thanh_hoa_2020, dak_nong_giao_thong_2020, development texts; the same text
    # as core/tests/extract.rs): only the first part after "trong đó" or "Cụ thể" was read.
    draft = chitieu.extract_plan(
        "Đến năm 2020:\n- Số hộ kinh doanh cá thể vào năm 2020: 500 hộ, trong đó, thương mại 421 hộ; công nghiệp "
        "50 hộ; nông nghiệp 29 hộ.\n- Từ nay đến cuối năm 2020, toàn tỉnh sẽ nâng cấp được 555 km đường giao "
        "thông. Cụ thể, nâng cấp 55 km quốc lộ; 99 km đường huyện; 338 km đường xã.\n"
    )
    counts = [(2020, "reach", v, "count") for v in (500.0, 421.0, 50.0, 29.0)]
    lengths = [(2020, "reach", v, "kilometre") for v in (555.0, 55.0, 99.0, 338.0)]
    assert target_rows(draft.plan) == counts + lengths


def test_rooms_alone_and_places_recognised_are_counted():
    # Regression (binh_duong_du_lich_2030, a development text; the same text as core/tests/extract.rs): "7.500 phòng"
    # had no unit and "công nhận 1 khu" no verb that wants a count.
    draft = chitieu.extract_plan(
        "Phấn đấu đến năm 2025, có 50 cơ sở khách sạn được xếp hạng sao với tổng số phòng lưu trú là 7.500 phòng; "
        "công nhận 1 khu và 2 điểm du lịch.\n"
    )
    assert target_rows(draft.plan) == [(2025, "reach", v, "count") for v in (50.0, 7500.0, 1.0, 2.0)]


def test_a_figure_measured_against_the_plan_is_a_result():
    # Regression (huyen_nong_son_quang_nam_2023, a development text; the same text as core/tests/extract.rs): "đạt X%
    # so với kế hoạch" after a figure, in its clause, was not read as what was done against the plan.
    draft = chitieu.extract_plan(
        "Năm 2022, tổng thu ngân sách nhà nước trên địa bàn đạt hơn 83,5 tỷ đồng, đạt 132,4% so với kế hoạch tỉnh "
        "giao; sản lượng lương thực đạt 13.007 tấn, tăng 3,68% so với mục tiêu đề ra.\nNăm 2023, huyện đặt ra chỉ "
        "tiêu thu ngân sách đạt hơn 14,5 tỷ đồng.\n"
    )
    assert target_rows(draft.plan) == [(2023, "more_than", 14.5e9, "dong")]
    # The share of the plan, above 100%, was set aside; it is reported, of the revenue.
    assert observation_rows(draft) == [(83.5e9, 2022), (132.4, 2022), (13007.0, 2022)]


def test_a_year_after_a_lead_in_dates_what_follows_and_counts_nothing():
    # Regression (huyen_hung_ha_thai_binh_van_hoa_2020, a development text; the same text as core/tests/extract.rs):
    # "năm 2020 huyện" was read as 2020 districts, and the year, with no comma after it, held for nothing.
    draft = chitieu.extract_plan(
        "Trong năm 2019, toàn huyện có 91,5% gia đình đạt danh hiệu gia đình văn hóa.\nPhát huy kết quả đạt được, "
        "năm 2020 huyện Hưng Hà tiếp tục tập trung nâng cao chất lượng phong trào. Toàn huyện phấn đấu có từ 92% "
        "gia đình, 56% dòng họ đạt chuẩn văn hóa.\n"
    )
    rows = [r for r in target_rows(draft.plan) if r[2] != 91.5]
    assert rows == [(2020, "at_least", 92.0, "percent"), (2020, "at_least", 56.0, "percent")]
    assert all(o.value != 2020.0 for o in draft.observations)


def test_a_period_kept_below_dates_nothing_and_land_reports_nothing():
    # Regression (gia_lai_phong_chong_thien_tai_2030, a development text; the same text as core/tests/extract.rs):
    # "thấp hơn giai đoạn 2010-2020" dated the figures after it 2020, and "sạt lở đất được" folded to "đạt được".
    draft = chitieu.extract_plan(
        "Kế hoạch đề ra chỉ tiêu đến năm 2030: thiệt hại về kinh tế do thiên tai thấp hơn giai đoạn 2010-2020, "
        "không vượt quá 1,2% GRDP của tỉnh. Bên cạnh đó, 100% cơ quan thường trực cấp tỉnh đáp ứng yêu cầu.\nNgười "
        "dân ở vùng có nguy cơ sạt lở đất được đảm bảo an toàn; 100% khu vực trọng điểm được theo dõi.\n"
    )
    assert target_rows(draft.plan) == [
        (2030, "at_most", 1.2, "percent_of_grdp"),
        (2030, "reach", 100.0, "percent"),
        (2030, "reach", 100.0, "percent"),
    ]
    assert draft.observations == []


def test_a_line_accordingly_takes_the_period_named_before_and_all_places_are_no_count():
    # Regression (da_nang_nguoi_cao_tuoi_2030, a development text; the same text as core/tests/extract.rs): the targets
    # of "Theo đó, ..." had no year, and "tất cả 56 phường, xã" was a count to reach.
    text = (
        "Ban Đại diện Hội Người cao tuổi thành phố vừa ban hành kế hoạch thực hiện chương trình hành động quốc gia về "
        "người cao tuổi giai đoạn 2022-2030.\nTheo đó, 100% người cao tuổi được mừng thọ tại tất cả 56 phường, xã; "
        "có ít nhất 80% phường, xã có câu lạc bộ của người cao tuổi.\n"
    )
    draft = chitieu.extract_plan(text)
    assert target_rows(draft.plan) == [(2030, "reach", 100.0, "percent"), (2030, "at_least", 80.0, "percent")]
    # Regression: its list's items a line each (as web pages break lists), the items after the first had no year.
    assert target_rows(chitieu.extract_plan(text.replace("; ", ";\n")).plan) == target_rows(draft.plan)


def test_an_orientation_opening_a_line_dates_it_and_a_rates_about_stays_its_own():
    # Regression (dong_nai_logistics_2030, a development text; the same text as core/tests/extract.rs): "Định hướng
    # đến năm 2030," dated nothing, and the rate's "khoảng" was carried to the share after it.
    draft = chitieu.extract_plan(
        "Đến năm 2025, tốc độ tăng trưởng dịch vụ logistics đạt khoảng 30%-35%/năm, tỉ trọng đóng góp vào GDP của "
        "tỉnh 20%-25%.\n\nĐịnh hướng đến năm 2030, tốc độ tăng trưởng dịch vụ logistics đạt khoảng 30%-35%/năm, tỉ "
        "trọng đóng góp vào GDP của tỉnh 25%-30%.\n"
    )
    assert target_rows(draft.plan) == [
        (2025, "about", 35.0, "percent_per_year"),
        (2025, "reach", 25.0, "percent_of_grdp"),
        (2030, "about", 35.0, "percent_per_year"),
        (2030, "reach", 30.0, "percent_of_grdp"),
    ]


def test_rates_per_hundred_thousand_children_are_per_thousand_people():
    # Regression (ba_ria_vung_tau_tai_nan_thuong_tich_tre_em_2030, a development text; the same text as
    # core/tests/extract.rs): "/100.000 trẻ" was no ratio, and the year after such a ratio was not its own.
    draft = chitieu.extract_plan(
        "Kế hoạch đặt mục tiêu đến năm 2025 giảm tỷ lệ trẻ em bị tai nạn, thương tích xuống còn 500/100.000 trẻ và "
        "400/100.000 trẻ vào năm 2030.\n"
    )
    assert target_rows(draft.plan) == [
        (2025, "reach", 5.0, "per_thousand_people"),
        (2030, "reach", 4.0, "per_thousand_people"),
    ]


def test_a_headline_said_again_in_other_words_is_one_target():
    # Regression (ha_noi_nguoi_khuyet_tat_2030, a development text; the same text as core/tests/extract.rs): the
    # headline's undated target, its indicator named in other words than the body's, stayed beside the body's.
    draft = chitieu.extract_plan(
        "Hà Nội đặt mục tiêu 80% trẻ khuyết tật được tiếp cận giáo dục\nGiai đoạn 2021-2025, thành phố phấn đấu 80% "
        "trẻ khuyết tật ở độ tuổi mầm non, phổ thông được tiếp cận giáo dục.\n"
    )
    assert target_rows(draft.plan) == [(2025, "reach", 80.0, "percent")]


def test_a_crop_seasons_year_dates_its_targets_and_the_parts_after_gom_are_read():
    # Regression (ha_nam_vu_xuan_2025, a development text; the same text as core/tests/extract.rs): "Vụ xuân 2025"
    # stated no year, "gieo trồng" wanted no area, and the part after "gồm:" was not read.
    draft = chitieu.extract_plan(
        "Vụ xuân 2025, Hà Nam phấn đấu gieo trồng 30.367ha cây các loại. Tổng sản lượng cây có hạt 181.252 tấn, gồm: "
        "lúa 173.574 tấn, ngô hơn 7.678 tấn.\n"
    )
    assert target_rows(draft.plan) == [
        (2025, "reach", 30367.0, "hectare"),
        (2025, "reach", 181252.0, "tonne"),
        (2025, "reach", 173574.0, "tonne"),
        (2025, "more_than", 7678.0, "tonne"),
    ]


def test_things_counted_that_meet_a_standard_a_few_words_on_are_to_reach():
    # Regression (ca_mau_phong_chong_duoi_nuoc_tre_em_2030, a development text; the same text as
    # core/tests/extract.rs): "đạt tiêu chuẩn" was no standard met and "ngôi nhà" no thing counted.
    draft = chitieu.extract_plan(
        "Theo đó, mục tiêu kế hoạch đề ra đến năm 2030 có 150.000 ngôi nhà thuộc các hộ gia đình có trẻ em đạt tiêu "
        "chí ngôi nhà an toàn; 470 trường học đạt tiêu chuẩn trường học an toàn.\n"
    )
    assert target_rows(draft.plan) == [(2030, "reach", 150000.0, "count"), (2030, "reach", 470.0, "count")]


def test_a_caption_saying_the_headline_again_leaves_it_to_the_body():
    # Regression (gia_lai_tre_em_2030, a development text; the same text as core/tests/extract.rs): the caption said
    # again of the headline kept the body's target of 2030 from taking the headline's undated place.
    draft = chitieu.extract_plan(
        "Gia Lai: Phấn đấu 98,5% trẻ em có hoàn cảnh đặc biệt được trợ giúp\nGia Lai phấn đấu 98,5% trẻ em có hoàn "
        "cảnh đặc biệt được trợ giúp (ảnh chụp trước tháng 4-2021).\nTỷ lệ trẻ em có hoàn cảnh đặc biệt được chăm "
        "sóc, nuôi dưỡng, trợ giúp đạt 98,2% vào năm 2025 và 98,5% vào năm 2030.\n"
    )
    assert target_rows(draft.plan) == [(2030, "reach", 98.5, "percent"), (2025, "reach", 98.2, "percent")]


def test_what_someones_report_gives_is_reported_for_its_line():
    # Regression (ha_nam_vu_xuan_2025, a development text; the same text as core/tests/extract.rs): the figures after
    # the first sentence of "Theo báo cáo của ..." were drafted as targets with no year.
    draft = chitieu.extract_plan(
        "Theo báo cáo của Sở Nông nghiệp và PTNT Hà Nam, vụ xuân 2024, toàn tỉnh gieo cấy hơn 27.800 ha lúa. Về cơ "
        "cấu giống, lúa lai chiếm 22,7%. Năng suất lúa đạt 67,3 tạ/ha.\nVụ xuân 2025, Hà Nam phấn đấu gieo trồng "
        "30.367ha cây các loại.\n"
    )
    assert target_rows(draft.plan) == [(2025, "reach", 30367.0, "hectare")]
    assert observation_rows(draft) == [(27800.0, 2024), (22.7, None), (67.3, None)]


def test_sentences_run_together_keep_their_own_years():
    # Regression (quang_nam_lao_dong_2025, a development text; the same text as core/tests/extract.rs): "thị
    # trường.Đến năm 2035" was one sentence, and the 45% of 2025 took the 2035 said after it.
    draft = chitieu.extract_plan(
        "Đến năm 2025, tăng tỷ lệ lao động kỹ thuật lên khoảng 43 – 45%, hướng vào các lĩnh vực mà tỉnh có thế mạnh "
        "cạnh tranh trên thị trường.Đến năm 2035, phấn đấu tỷ lệ lao động qua đào tạo đạt 85%.\n"
    )
    assert target_rows(draft.plan) == [(2025, "about", 45.0, "percent"), (2035, "reach", 85.0, "percent")]


def test_a_review_beside_the_plan_naming_one_year_dates_the_plan_figures():
    # Regression (ninh_thuan_2023, a development text; the same text as core/tests/extract.rs): the plan's figures
    # ("KH 41%") had no year, and the estimates beside them none either.
    text = (
        "Về kinh tế: Tỷ trọng đóng góp của kinh tế biển vào GRDP 41,85% (KH 41%); Năng suất lao động tăng 7,78% "
        "(KH 6-7%).\nVề xã hội: Tỷ lệ xã đạt chuẩn nông thôn mới đạt 68,1% (KH 70-71%) (có 32/47 xã đạt chuẩn nông "
        "thôn mới, trong đó năm 2023 chỉ đạt 01/02 xã theo kế hoạch).\n"
    )
    draft = chitieu.extract_plan(text)
    assert target_rows(draft.plan) == [(2023, "reach", v, "percent") for v in (41.0, 7.0, 71.0)]
    assert observation_rows(draft) == [(41.85, 2023), (7.78, 2023), (68.1, 2023)]
    other = chitieu.extract_plan(text.replace("(KH 41%)", "(KH 41%), tăng so với năm 2022"))
    # An undated target has no "year" key (the canonical JSON leaves out what is not there).
    assert [t.get("year") for t in other.plan.targets] == [None, None, 2023]


def test_a_line_notably_reports_as_the_line_before_does():
    # Regression (an_giang, a development text; the same text as core/tests/extract.rs): the result picked out by
    # "Nổi bật," was drafted as a target of 2026.
    draft = chitieu.extract_plan(
        "Năm 2026, tỉnh phấn đấu tốc độ tăng trưởng kinh tế đạt từ 10,7% trở lên.\nNăm 2025, Ban Chấp hành Đảng bộ "
        "tỉnh đã tập trung lãnh đạo, chỉ đạo đạt được những kết quả tích cực trên các mặt.\nNổi bật, tổng sản phẩm "
        "trên địa bàn (GRDP) đạt 8,39%.\n"
    )
    assert target_rows(draft.plan) == [(2026, "at_least", 10.7, "percent_per_year")]
    assert observation_rows(draft) == [(8.39, 2025)]


def test_a_year_placed_in_a_term_is_the_years_and_one_hectare_after_tren_is_per_hectare():
    # Regression (xa_thieu_hoa_thanh_hoa_2026, a development text; the same text as core/tests/extract.rs): the term's
    # end (2030) dated the year's targets, and "trên 1ha" was a target of more than 1 hectare.
    draft = chitieu.extract_plan(
        "Năm 2026 là năm đầu triển khai Nghị quyết Đại hội Đảng bộ xã lần thứ I, nhiệm kỳ 2025-2030 và kế hoạch phát "
        "triển kinh tế - xã hội 5 năm, xã Thiệu Hóa đề ra 23 chỉ tiêu cụ thể trên các lĩnh vực.\n\nTrong đó, xã phấn "
        "đấu thu nhập bình quân đầu người mỗi năm đạt 80 triệu đồng; tỉ lệ tăng thu ngân sách bình quân hằng năm đạt 10% "
        "trở lên; giá trị sản phẩm thu hoạch trên 1ha đất trồng trọt và nuôi trồng thủy sản đạt 170 triệu đồng/ha/năm.\n"
    )
    assert target_rows(draft.plan) == [
        (2026, "reach", 80_000_000.0, "dong"),
        (2026, "at_least", 10.0, "percent"),
        (2026, "reach", 170_000_000.0, "dong"),
    ]
    term = chitieu.extract_plan("Nhiệm kỳ 2025-2030, xã phấn đấu thu nhập bình quân đầu người đạt 80 triệu đồng.\n")
    assert target_rows(term.plan) == [(2030, "reach", 80_000_000.0, "dong")]
    area = chitieu.extract_plan("Năm 2026, xã phấn đấu trồng mới trên 1.000 ha rừng.\n")
    assert target_rows(area.plan) == [(2026, "more_than", 1000.0, "hectare")]


def test_a_plan_issued_is_when_results_are_measured_from_not_an_objective():
    # Regression (thanh_hoa_nghi_quyet_57_2025, a development text; the same text as core/tests/extract.rs): "ban
    # hành kế hoạch" (the plan's issuing) wanted the figures after it: the results were targets.
    draft = chitieu.extract_plan(
        "Trong quá trình thực hiện Nghị quyết 57, tính đến nay, Thanh Hóa đã có 11/54 chỉ tiêu đặt ra cho năm 2025 "
        "tăng so với thời điểm ban hành kế hoạch. Nổi bật, tỷ lệ người dân sử dụng dịch vụ đạt 25%, tăng 5%. Tỷ lệ "
        "người dân sở hữu chữ ký số hiện là 31,27%.\n"
    )
    assert target_rows(draft.plan) == []
    assert observation_rows(draft) == [(25.0, None), (5.0, None), (31.27, None)]


def test_objectives_met_well_want_nothing_and_the_term_past_reports():
    # Regression (xa_cai_chien_quang_ninh_2030, a development text; the same text as core/tests/extract.rs): "hoàn
    # thành xuất sắc các mục tiêu" wanted the figures after it: the term past's result was a target.
    draft = chitieu.extract_plan(
        "TPO - Ngày 5 và 6/8, Đảng bộ xã Cái Chiên đã tổ chức thành công Đại hội đại biểu Đảng bộ xã lần thứ I, nhiệm "
        "kỳ 2025-2030.\n\nBáo cáo tại Đại hội cho biết, nhiệm kỳ 2020-2025, Đảng bộ xã Cái Chiên đã hoàn thành xuất sắc "
        "các mục tiêu, nhiệm vụ chính trị, với 17/17 chỉ tiêu đều đạt và vượt so với Nghị quyết đề ra. Kinh tế địa "
        "phương phát triển mạnh, ổn định với tốc độ tăng trưởng giá trị sản xuất bình quân đạt 15,33%/năm.\n\nNhiệm kỳ "
        "2025-2030, Đảng bộ xã đặt mục tiêu cụ thể: Tốc độ tăng trưởng kinh tế hằng năm đạt từ 10% trở lên.\n"
    )
    assert target_rows(draft.plan) == [(2030, "at_least", 10.0, "percent_per_year")]
    assert observation_rows(draft) == [(15.33, 2025)]


def test_exports_named_bare_are_to_reach_and_an_amounts_comparator_stays_with_its_name():
    # Regression (hai_phong_2026, quang_ninh_2026, development texts; the same text as core/tests/extract.rs):
    # "xuất khẩu 52 tỷ USD" was no figure, and the second part took the first part's "trên".
    draft = chitieu.extract_plan(
        "Năm 2026, thành phố hướng tới mục tiêu tăng trưởng GRDP khoảng 13%, xuất khẩu 52 tỷ USD, IIP tăng trên 15%.\n"
        "Năm 2026, tỉnh đặt mục tiêu tổng thu ngân sách nhà nước trên địa bàn trên 74.000 tỷ đồng (thu nội địa trên "
        "56.500 tỷ đồng, thu xuất nhập khẩu 17.500 tỷ đồng).\n"
    )
    assert [row[1:] for row in target_rows(draft.plan)] == [
        ("about", 13.0, "percent_per_year"),
        ("reach", 52e9, "usd"),
        ("more_than", 15.0, "percent_increase"),
        ("more_than", 74e12, "dong"),
        ("more_than", 56.5e12, "dong"),
        ("reach", 17.5e12, "dong"),
    ]


def test_a_line_with_no_words_of_its_own_goes_on_with_the_report_before_it():
    # Regression (xa_muong_lat_thanh_hoa, a development text, a sentence a line; the same text as
    # core/tests/extract.rs): the results on their own lines were targets of 2026.
    text = (
        "HĐND xã Mường Lát đánh giá kết quả năm 2025, đề ra 28 chỉ tiêu năm 2026\n\nTheo đó, xã Mường Lát đã hoàn thành "
        "công tác xóa nhà tạm.\nTỷ lệ hộ dân được sử dụng nước sinh hoạt hợp vệ sinh đạt trên 90%.\nCông tác cải cách "
        "hành chính có nhiều chuyển biến tích cực, tỷ lệ xử lý hồ sơ trực tuyến đúng hạn đạt 100%.\n"
    )
    draft = chitieu.extract_plan(text)
    assert target_rows(draft.plan) == []
    assert observation_rows(draft) == [(90.0, 2025), (100.0, 2025)]
    apart = chitieu.extract_plan(text.replace("tạm.\n", "tạm.\n\n"))
    assert target_rows(apart.plan) == [(2026, "more_than", 90.0, "percent"), (2026, "reach", 100.0, "percent")]


def test_a_span_counted_up_to_a_day_and_files_settled_report():
    # Regression (phuong_dong_thuan_quang_tri_2025, a development text; the same text as core/tests/extract.rs): the
    # shares of files settled were targets.
    draft = chitieu.extract_plan(
        "Tính từ ngày 1/7 đến cuối tháng 10/2025, trung tâm đã tiếp nhận 2.265 hồ sơ; trong đó tiếp nhận 2.007 hồ sơ "
        "trực tuyến. Trung tâm đã giải quyết và trả kết quả 2.051 hồ sơ; trong đó 2.041 hồ sơ giải quyết trước hạn, đạt "
        "tỉ lệ trên 99%; đang giải quyết 214 hồ sơ trong thời hạn, chiếm 9,48%.\n"
    )
    assert target_rows(draft.plan) == []
    assert observation_rows(draft) == [(99.0, None), (9.48, None)]


def test_a_line_stating_its_own_year_is_its_own_and_yearly_rates_carry_their_about():
    # The same text as core/tests/extract.rs (unit tests the evening's rules of 4 Dec 2026 had broken).
    draft = chitieu.extract_plan(
        "Kế hoạch đặt mục tiêu chuyển đổi số toàn diện.\n\nĐến nay đã đạt 85% dân số có điện thoại thông minh.\nNăm "
        "2026 đạt 90% hồ sơ trực tuyến.\nNăm 2026, doanh thu tăng khoảng 20%/năm, lợi nhuận tăng 15%/năm.\n"
    )
    assert target_rows(draft.plan) == [
        (2026, "reach", 90.0, "percent"),
        (2026, "about", 20.0, "percent_per_year"),
        (2026, "about", 15.0, "percent_per_year"),
    ]
    assert observation_rows(draft) == [(85.0, None)]


def test_a_year_after_an_attribution_holds_and_a_change_in_brackets_compares():
    # Regression (soc_trang_nong_nghiep_2024, a development text; the same text as core/tests/extract.rs): the targets
    # had no year, and the change against the year before was a target.
    draft = chitieu.extract_plan(
        "Theo ông Huỳnh Ngọc Nhã, Giám đốc Sở Nông nghiệp và Phát triển nông thôn Sóc Trăng, trong năm 2024, "
        "Sóc Trăng sẽ đẩy mạnh chuyển dịch cơ cấu nông nghiệp.\n\nTổng sản lượng thuỷ, hải sản đạt 380.000 tấn. "
        "Giá trị sản phẩm thu hoạch trên 1 ha đất trồng trọt và nuôi trồng thuỷ sản đạt trên 240 triệu "
        "đồng/ha (tăng hơn 10 triệu đồng so với năm 2023).\n\nTheo đó, ngành nông nghiệp tập trung triển khai "
        "đề án phát triển nông nghiệp hữu cơ giai đoạn 2021 - 2025, định hướng đến năm 2030.\n"
    )
    assert target_rows(draft.plan) == [(2024, "reach", 380000.0, "tonne"), (2024, "more_than", 240e6, "dong")]


def test_the_items_of_a_list_set_to_reach_are_targets():
    # Regression (ben_tre_nong_nghiep_2025, a development text; the same text as core/tests/extract.rs): the amounts,
    # listed bare after "đạt như sau:", were not read.
    draft = chitieu.extract_plan(
        "Đến năm 2025, giá trị sản xuất của các chuỗi đạt như sau: Dừa 1 tỷ USD, con tôm 1 tỷ USD, con bò 500 triệu USD.\n"
    )
    assert target_rows(draft.plan) == [
        (2025, "reach", 1e9, "usd"),
        (2025, "reach", 1e9, "usd"),
        (2025, "reach", 5e8, "usd"),
    ]


def test_a_plan_a_sentence_is_about_dates_its_objectives_with_its_span_of_years():
    # Regression (an_giang_tai_chinh_2030, a development text; the same text as core/tests/extract.rs): "5 năm 2026 -
    # 2030" was read as a date's month, and the plan as another document: no year.
    draft = chitieu.extract_plan(
        "Về định hướng kế hoạch tài chính 5 năm 2026 - 2030, tỉnh An Giang đặt mục tiêu tốc độ tăng trưởng "
        "kinh tế (GRDP) từ 11% trở lên, tổng thu ngân sách Nhà nước dự kiến hơn 162.000 tỷ đồng.\n"
    )
    assert target_rows(draft.plan) == [
        (2030, "at_least", 11.0, "percent_per_year"),
        (2030, "more_than", 162e12, "dong"),
    ]


def test_a_rank_a_thing_is_recognised_at_is_no_tier():
    # Regression (dong_thap_du_lich_2025, a development text; the same text as core/tests/extract.rs): "điểm du lịch
    # cấp tỉnh" (sites of a provincial rank) gave the province tier.
    draft = chitieu.extract_plan(
        "Mục tiêu đến năm 2025, phấn đấu có ít nhất 10 khu, điểm du lịch cấp tỉnh, 05 khu, điểm du lịch tiêu biểu "
        "cấp khu vực.\n"
    )
    rows = [(t["year"], t.get("tier"), t["comparator"], t["value"]) for t in draft.plan.targets]
    assert rows == [(2025, None, "at_least", 10.0), (2025, None, "at_least", 5.0)]


def test_what_a_profile_says_a_unit_has_and_a_thousand_people_a_count_is_per_are_no_targets():
    # Regression (xa_bau_lam_ho_chi_minh_2030, a development text; the same text as core/tests/extract.rs): the party
    # cells of the commune's profile and "trên 1000 dân" were targets.
    draft = chitieu.extract_plan(
        "Xã Bàu Lâm có tổng diện tích tự nhiên 123,829km2, dân số 22.567 nhân khẩu, toàn đảng bộ có 23 chi bộ trực "
        "thuộc với 465 đảng viên.\n\nĐến năm 2030, số doanh nghiệp đang hoạt động trên 1000 dân đạt 2 doanh nghiệp.\n"
    )
    assert target_rows(draft.plan) == [(2030, "reach", 2.0, "per_thousand_people")]


def test_what_a_unit_formed_by_a_merger_has_is_reported():
    # Regression (ninh_binh_dang_bo_ubnd_2030, a development text; the same text as core/tests/extract.rs): the party
    # members of the committee formed by the merger were a target of the province tier.
    draft = chitieu.extract_plan(
        "Đảng bộ, UBND tỉnh Ninh Bình được thành lập trên cơ sở hợp nhất Đảng bộ UBND của ba tỉnh, gồm 44 tổ chức cơ "
        "sở đảng với hơn 15.000 đảng viên.\n\nĐến năm 2030, thu ngân sách đạt 100.000 tỷ đồng.\n"
    )
    assert target_rows(draft.plan) == [(2030, "reach", 1e14, "dong")]
    assert observation_rows(draft) == [(15000.0, None)]


def test_a_smaller_figure_in_a_bracket_after_its_total_is_a_part():
    # Regression (bac_lieu_du_lich_2030, a development text; the same text as core/tests/extract.rs): the direct jobs in
    # the bracket were not read.
    draft = chitieu.extract_plan(
        "Tỉnh phấn đấu đến năm 2030 đón 12 triệu lượt khách, giải quyết việc làm cho 50.000 lao động (20.000 lao động "
        "trực tiếp).\n"
    )
    assert target_rows(draft.plan) == [
        (2030, "reach", 12e6, "count"),
        (2030, "reach", 50000.0, "count"),
        (2030, "reach", 20000.0, "count"),
    ]


def test_the_plan_a_sentence_follows_dates_its_objectives():
    # Regression (bac_lieu_dao_tao_nghe_2023, a development text; the same text as core/tests/extract.rs): "Theo kế
    # hoạch ... năm 2023" was read as another document's name, and the targets took no year.
    draft = chitieu.extract_plan(
        "(Dân sinh) - Theo kế hoạch đào tạo nghề và giải quyết việc làm năm 2023, Sở LĐ-TB&XH Bạc Liêu phấn "
        "đấu lao động qua đào tạo 14.000 người. Trong đó, đào tạo trình độ cao đẳng, trung cấp: 1.500 người; "
        "đào tạo sơ cấp và dưới 3 tháng: 12.000 người.\n\nSở sẽ tiếp tục triển khai Chương trình phát triển "
        "giáo dục nghề nghiệp tỉnh giai đoạn 2022 - 2025.\n"
    )
    assert target_rows(draft.plan) == [
        (2023, "reach", 14000.0, "count"),
        (2023, "reach", 1500.0, "count"),
        (2023, "reach", 12000.0, "count"),
    ]


def test_an_objective_in_a_bracket_beside_a_result_is_a_target():
    # Regression (xa_binh_nguyen_phu_tho_2026, a development text; the same text as core/tests/extract.rs): the
    # objective was an observation.
    draft = chitieu.extract_plan(
        "Năm 2025, xã đã đạt được nhiều kết quả: tỷ lệ tổ chức Đảng được xếp loại hoàn thành tốt nhiệm vụ đạt "
        "100% (mục tiêu đại hội là 90%); tỷ lệ hộ nghèo còn 0,24%.\n"
    )
    assert target_rows(draft.plan) == [(2025, "reach", 90.0, "percent")]
    assert observation_rows(draft) == [(100.0, 2025), (0.24, 2025)]


def test_a_change_against_the_present_level_is_no_target():
    # Regression (phuong_thai_hoc_chi_linh_hai_duong_2025, a development text; the same text as core/tests/extract.rs):
    # "tăng 56% so với hiện nay" was a target of its own.
    draft = chitieu.extract_plan(
        "Phường Thái Học phấn đấu đến năm 2025, thu nhập bình quân đầu người năm 2025 đạt 122 triệu đồng, tăng 56% so "
        "với hiện nay.\n"
    )
    assert target_rows(draft.plan) == [(2025, "reach", 122e6, "dong")]


def test_a_mid_year_reports_ranks_and_second_half_aims():
    # Regression (kon_tum_2024, a development text; the same text as core/tests/extract.rs): the rank "xếp thứ 35/63
    # ..., tăng 7 bậc" was a target, "xếp hạng thứ 43/63" was read as a date, and the second half's aims had no year.
    draft = chitieu.extract_plan(
        "Phó Chủ tịch UBND tỉnh báo cáo tình hình 6 tháng đầu năm và phương hướng, nhiệm vụ 6 tháng cuối năm 2024.\n"
        "Bên cạnh đó, chỉ số cải cách hành chính năm 2023 xếp hạng thứ 43/63 tỉnh, thành phố, tăng 12 bậc so với năm "
        "2022; chỉ số SIPAS xếp thứ 35/63 tỉnh, thành phố, tăng 7 bậc so với năm 2022.\nTrong 6 tháng cuối năm, tỉnh "
        "phấn đấu thu ngân sách nhà nước trên 2.811 tỷ đồng; tổng vốn đầu tư toàn xã hội đạt từ 17.000 tỷ đồng trở "
        "lên.\n"
    )
    assert target_rows(draft.plan) == [(2024, "more_than", 2811e9, "dong"), (2024, "at_least", 17000e9, "dong")]
    # The SIPAS rank takes 2024, the year the report's course ahead names (since 7 Dec 2026; it had none before).
    assert observation_rows(draft) == [(43.0, 2023), (35.0, 2024)]
    # The year is the one the text named for the second half: from context, a doubt.
    for d in draft.targets:
        assert {"kind": "year_from_context", "year": 2024} in d["reasons"]


def test_a_reviews_statistics_are_results_and_a_rise_to_a_multiple_a_target():
    # Regression (long_an_giam_ngheo_2025, a development text; the same text as core/tests/extract.rs): the statistics
    # and the review's findings were targets of 2021 and 2022, and "tăng lên 1,5 lần" was not read.
    draft = chitieu.extract_plan(
        "Số liệu thống kê của năm 2021, tỉnh có 6.269 hộ nghèo, chiếm 1,31%. Đến năm 2022, kết quả rà soát hộ nghèo, "
        "toàn tỉnh có tỷ lệ nghèo đa chiều chiếm 3,28%.\nTỉnh phấn đấu thu nhập bình quân đầu người của hộ nghèo đến "
        "cuối năm 2025 tăng lên 1,5 lần so với cuối năm 2020.\n"
    )
    assert target_rows(draft.plan) == [(2025, "reach", 50.0, "percent_increase")]
    assert observation_rows(draft) == [(6269.0, 2021), (1.31, 2021), (3.28, 2022)]


def test_revenue_from_a_source_and_what_investors_help_reach_are_targets():
    # Regression (kien_giang_du_lich_2024, a development text; the same text as core/tests/extract.rs): "doanh thu từ
    # du lịch" read "từ" as the start of a change, and "nhà đầu tư" made the counts a cost.
    draft = chitieu.extract_plan(
        "Năm 2024, tỉnh đặt mục tiêu đón 9,2 triệu lượt khách; tổng doanh thu từ du lịch 20.000 tỷ đồng.\nSở Du lịch "
        "cùng nhà đầu tư, doanh nghiệp du lịch phát triển cơ sở lưu trú, phấn đấu năm 2024 đạt 970 cơ sở, với hơn "
        "34.000 phòng nghỉ.\n"
    )
    assert target_rows(draft.plan) == [
        (2024, "reach", 9.2e6, "count"),
        (2024, "reach", 20000e9, "dong"),
        (2024, "reach", 970.0, "count"),
        (2024, "more_than", 34000.0, "count"),
    ]


def test_a_running_total_an_aim_brings_is_wanted_with_it():
    # Regression (bac_giang_nong_thon_moi_2022, a development text; the same text as core/tests/extract.rs): "lũy kế"
    # reported the rest of the line, so the aim's totals and the items after them were results.
    draft = chitieu.extract_plan(
        "Trong năm 2022, tỉnh đặt ra mục tiêu có thêm 9 xã đạt chuẩn NTM, lũy kế toàn tỉnh có 147 xã đạt chuẩn; có "
        "thêm 19 xã NTM nâng cao, lũy kế 43 xã.\nNăm 2021, lũy kế cả năm toàn tỉnh có 138 xã đạt chuẩn NTM.\n"
    )
    assert target_rows(draft.plan) == [(2022, "reach", v, "count") for v in (9.0, 147.0, 19.0, 43.0)]
    assert observation_rows(draft) == [(138.0, 2021)]


def test_areas_a_plan_protects_are_targets():
    # Regression (cao_bang_phat_trien_rung_2025, a development text; the same text as core/tests/extract.rs): an area
    # to protect was not read, and the "hiện có" of "Thực hiện có hiệu quả" made the line report.
    draft = chitieu.extract_plan(
        "Mục tiêu cụ thể: tổ chức quản lý, bảo vệ tốt 358.391 ha rừng tự nhiên hiện có. Phấn đấu nâng tỷ lệ che phủ "
        "của rừng đến năm 2025 đạt 60%.\nThực hiện có hiệu quả Tiểu dự án 1 Dự án 3 về phát triển lâm nghiệp bền "
        "vững; dự kiến hằng năm hỗ trợ bảo vệ khoảng 123.000 ha rừng tự nhiên.\n"
    )
    assert target_rows(draft.plan) == [
        (None, "reach", 358391.0, "hectare"),
        (2025, "reach", 60.0, "percent"),
        (2025, "about", 123000.0, "hectare"),
    ]


def test_a_running_total_up_to_a_year_is_a_result():
    # Regression (phu_tho_ocop_2026, a development text; the same text as core/tests/extract.rs): "đến hết năm 2025"
    # after "Lũy kế" was a deadline, and the totals targets of 2025.
    draft = chitieu.extract_plan(
        "Lũy kế đến hết năm 2025, toàn tỉnh có 698 sản phẩm OCOP đạt từ 3 sao trở lên, trong đó có 6 sản phẩm đạt "
        "chuẩn 5 sao.\nNăm 2026, tỉnh đặt mục tiêu phát triển và tiêu chuẩn hóa thêm 52 sản phẩm đạt chứng nhận OCOP "
        "từ 3 sao trở lên.\n"
    )
    assert target_rows(draft.plan) == [(2026, "reach", 52.0, "count")]
    assert observation_rows(draft) == [(698.0, 2025), (6.0, 2025)]


def test_a_figure_beyond_the_plan_is_a_result_unless_wanted():
    # Regression (phuong_thanh_thuy_hue_2030, a development text; the same text as core/tests/extract.rs): "(vượt kế
    # hoạch đề ra)" after a figure did not make it a result.
    draft = chitieu.extract_plan(
        "Tổng thu ngân sách thực hiện 5 năm đạt trên 528 tỷ đồng (vượt kế hoạch đề ra).\nPhấn đấu đến năm 2030, tổng "
        "thu ngân sách đạt 900 tỷ đồng, vượt kế hoạch tỉnh giao.\n"
    )
    assert target_rows(draft.plan) == [(2030, "reach", 900e9, "dong")]
    assert observation_rows(draft) == [(528e9, None)]


def test_the_share_of_delegates_voting_is_no_target():
    # Regression (quan_nam_tu_liem_ha_noi_2024, a development text; the same text as core/tests/extract.rs): "100% Đại
    # biểu ... biểu quyết thông qua" was a target.
    draft = chitieu.extract_plan(
        "Năm 2024, 100% Đại biểu HĐND quận đã xem xét, thảo luận và biểu quyết thông qua 09 nghị quyết.\nCác chỉ tiêu "
        "xã hội năm 2024: Tỷ lệ hộ gia đình được công nhận danh hiệu “Gia đình văn hóa” 93,1%; Tỷ lệ tổ dân phố được "
        "công nhận “Tổ dân phố văn hóa” 89,2%.\n"
    )
    assert target_rows(draft.plan) == [(2024, "reach", 93.1, "percent"), (2024, "reach", 89.2, "percent")]
    assert observation_rows(draft) == []


def test_a_deadline_said_as_a_date_dates_its_figures():
    # Regression (ha_noi_ho_so_truc_tuyen_cap_xa_2025, a development text; the same text as core/tests/extract.rs):
    # "hoàn thành trước 30/7/2025" gave the figures no year.
    draft = chitieu.extract_plan(
        "UBND Thành phố giao chỉ tiêu: các xã, phường tiếp nhận tối thiểu 60% hồ sơ thủ tục hành chính qua hình thức "
        "trực tuyến, trong đó ít nhất 20% được thực hiện toàn trình, hoàn thành trước 30/7/2025.\n"
    )
    assert target_rows(draft.plan) == [(2025, "at_least", 60.0, "percent"), (2025, "at_least", 20.0, "percent")]


def test_objectives_set_and_met_want_nothing():
    # Regression (xa_phu_do_thai_nguyen_2025, a development text; the same text as core/tests/extract.rs): the "đề ra"
    # of "các chỉ tiêu, nhiệm vụ đề ra đều đạt" wanted the term's results, and "giảm chỉ còn 6,95%" was a reduction.
    draft = chitieu.extract_plan(
        "Nhiệm kỳ qua, Đảng bộ xã đã đạt được kết quả quan trọng. Hầu hết các chỉ tiêu, nhiệm vụ đề ra đều đạt và "
        "vượt kế hoạch. Trong đó có các kết quả nổi bật như: tỷ lệ hộ nghèo giảm chỉ còn 6,95%; kết nạp được 50 đảng "
        "viên mới.\nTrong nhiệm kỳ 2020-2025, Đảng bộ xã phấn đấu thu nhập bình quân đầu người đến năm 2025 đạt 36 "
        "triệu đồng.\n"
    )
    assert target_rows(draft.plan) == [(2025, "reach", 36e6, "dong")]
    assert observation_rows(draft) == [(6.95, None), (50.0, None)]
    assert draft.observations[0]["unit"] == "percent"


def test_a_result_beside_its_bracketed_objective_is_reported():
    # Regression (thi_tran_khanh_hai_ninh_thuan_2020, a development text; the same text as core/tests/extract.rs): the
    # results were targets beside their objectives.
    draft = chitieu.extract_plan(
        "Qua 5 năm thực hiện Nghị quyết nhiệm kỳ 2015-2020, lĩnh vực thương mại, dịch vụ - du lịch tăng trưởng 20,4% "
        "(mục tiêu 20 - 25%), nông nghiệp - thủy sản 10,9 % (mục tiêu 10 - 15%).\n"
    )
    assert target_rows(draft.plan) == [(2020, "reach", 25.0, "percent"), (2020, "reach", 15.0, "percent")]
    assert observation_rows(draft) == [(20.4, 2020), (10.9, 2020)]


def test_an_effort_made_and_objectives_met_want_nothing():
    # Regression (xa_an_hai_ninh_thuan_2025, a development text; the same text as core/tests/extract.rs): "đã nỗ lực
    # phấn đấu" and the "đề ra" of "các chỉ tiêu nghị quyết đại hội đề ra" wanted the results.
    draft = chitieu.extract_plan(
        "Nhiệm kỳ qua, Đảng bộ xã đã nỗ lực phấn đấu thực hiện đạt và vượt các chỉ tiêu nghị quyết đại hội đề ra. "
        "Tổng thu ngân sách trên địa bàn xã đạt 6.104 tỷ đồng; thu nhập bình quân đầu người đạt 42,4 triệu đồng/năm."
        "\nPhấn đấu đến năm 2025, thu nhập bình quân đầu người đạt 60 triệu đồng.\n"
    )
    assert target_rows(draft.plan) == [(2025, "reach", 60e6, "dong")]
    assert observation_rows(draft) == [(6104e9, None), (42.4e6, None)]


def test_a_merged_units_profile_holds_to_its_sentences_end():
    # Regression (xa_huong_son_ha_tinh_2030, a development text; the same text as core/tests/extract.rs): the members
    # after the ";" of a merged commune's profile were a target.
    draft = chitieu.extract_plan(
        "Xã Hương Sơn được thành lập trên cơ sở sáp nhập các xã: Sơn Bằng, Sơn Trung và thị trấn Phố Châu, có tổng "
        "diện tích hơn 32 km2, dân số gần 31.500 người; với 71 tổ chức Đảng trực thuộc, gần 2.300 đảng viên.\nĐại hội "
        "đề ra mục tiêu đến năm 2030, thu nhập bình quân đầu người trên 80 triệu đồng.\n"
    )
    assert target_rows(draft.plan) == [(2030, "more_than", 80e6, "dong")]
    assert observation_rows(draft) == [(31500.0, None), (71.0, None), (2300.0, None)]


def test_an_amount_in_billions_then_millions_is_one_figure():
    # Regression (xa_dak_lieng_dak_lak_2024, a development text; the same text as core/tests/extract.rs): "388 tỷ 774
    # triệu đồng" was read as 774 million and "1 tỷ 051 triệu đồng" as 51 million.
    draft = chitieu.extract_plan(
        "Năm 2023, tổng thu nhập toàn xã đã đạt 388 tỷ 774 triệu đồng.\nNăm 2024, xã phấn đấu thu ngân sách đạt hơn 1 "
        "tỷ 051 triệu đồng.\n"
    )
    assert target_rows(draft.plan) == [(2024, "more_than", 1051e6, "dong")]
    assert observation_rows(draft) == [(388774e6, 2023)]
    assert draft.observations[0]["quote"].endswith("388 tỷ 774 triệu đồng")


def test_a_quantity_listed_on_past_a_semicolon_is_the_lists():
    # Regression (ben_tre_nong_nghiep_2025, dong_thap_du_lich_2025, development texts; the same text as
    # core/tests/extract.rs): the items after a ";" with no verb of their own were no figures. They are now the list's:
    # reported with a report, wanted with a target, "ít nhất" carried.
    draft = chitieu.extract_plan(
        "Năm 2022, toàn tỉnh đã trồng mới được 300 ha rừng; 450 ha cây ăn quả.\nĐến năm 2025, trồng mới 500 ha rừng; "
        "600 ha cây ăn quả; giá trị sản xuất con bò 500 triệu USD; cây giống, hoa cảnh 500 triệu USD. Phấn đấu có ít "
        "nhất 10 khu, 05 khu du lịch cấp khu vực; 01 khu du lịch cấp quốc gia.\n"
    )
    assert target_rows(draft.plan) == [
        (2025, "reach", 500.0, "hectare"),
        (2025, "reach", 600.0, "hectare"),
        (2025, "reach", 500e6, "usd"),
        (2025, "reach", 500e6, "usd"),
        (2025, "at_least", 10.0, "count"),
        (2025, "at_least", 5.0, "count"),
        (2025, "at_least", 1.0, "count"),
    ]
    assert observation_rows(draft) == [(300.0, 2022), (450.0, 2022)]


def test_a_margin_over_an_objective_is_a_result():
    # Regression (ba_ria_vung_tau_bao_hiem_xa_hoi_2022, a development text; the same text as core/tests/extract.rs):
    # "vượt 0,05% so với chỉ tiêu đề ra" and the figure it measures were targets.
    draft = chitieu.extract_plan(
        "Năm 2024, tỉnh phấn đấu tỷ lệ bao phủ BHYT đạt 93%.\nNăm 2023, tỷ lệ bao phủ BHYT đạt 91,5%; tỷ lệ lao động "
        "tham gia BHXH đạt 38,05%, vượt 0,05% so với chỉ tiêu đề ra.\n"
    )
    assert target_rows(draft.plan) == [(2024, "reach", 93.0, "percent")]
    # The margin itself is a comparison beside the figure, no observation of its own.
    assert observation_rows(draft) == [(91.5, 2023), (38.05, 2023)]


def test_results_attained_are_reported():
    # Regression (xa_chau_phong_an_giang_2026, a development text; the same text as core/tests/extract.rs): the results
    # after "đạt kết quả nổi bật, như:" were targets of 2025.
    draft = chitieu.extract_plan(
        "Năm 2025, nhiều chỉ tiêu kinh tế đạt kết quả nổi bật, như: tốc độ tăng tổng giá trị sản phẩm đạt 8%; thu nhập "
        "bình quân đầu người đạt 78,9 triệu đồng/năm.\nNăm 2026, xã phấn đấu tốc độ tăng tổng giá trị sản phẩm đạt "
        "12,8%; thu nhập bình quân đầu người đạt 90 triệu đồng.\n"
    )
    assert target_rows(draft.plan) == [(2026, "reach", 12.8, "percent_per_year"), (2026, "reach", 90e6, "dong")]
    assert observation_rows(draft) == [(8.0, 2025), (78.9e6, 2025)]


def test_an_amount_named_bare_with_a_floor_is_a_target():
    # Regression (dong_nai_thu_ngan_sach_2026, a development text; the same text as core/tests/extract.rs): "thu ngân
    # sách từ 150.000 tỷ đồng trở lên" was no figure, and the indicator of the sentence was named "tieu".
    draft = chitieu.extract_plan("Mục tiêu năm 2026 là thu ngân sách từ 150.000 tỷ đồng trở lên.\n")
    assert target_rows(draft.plan) == [(2026, "at_least", 150000e9, "dong")]
    assert draft.plan.targets[0]["indicator"] == "thu_ngan_sach"


def test_the_period_of_a_plan_the_text_opens_on_dates_its_targets():
    # Regression (quang_binh_suc_khoe_hoc_duong_2025, a development text; the same text as core/tests/extract.rs): the
    # targets had no year; the period named in the lead gives its end.
    draft = chitieu.extract_plan(
        "Ngày 31/12/2021, UBND tỉnh đã ban hành Kế hoạch số 2895/KH-UBND về việc thực hiện Chương trình Sức khỏe học "
        "đường giai đoạn 2021-2025 với nội dung cụ thể như sau:\nI. Mục tiêu\n- 80% trường học bảo đảm các điều kiện "
        "thực hiện công tác y tế trường học.\n- 50% trường học thực hiện việc đánh giá phát hiện sớm các yếu tố nguy "
        "cơ.\n"
    )
    assert target_rows(draft.plan) == [(2025, "reach", 80.0, "percent"), (2025, "reach", 50.0, "percent")]


def test_a_headline_opened_by_an_agencys_initials_is_a_headline():
    # Regression (tuyen_quang_do_thi_hoa_2025, a development text; the same text as core/tests/extract.rs): "(TTV)" was
    # read as a list item's marker, so the headline was none and its target was drafted twice.
    draft = chitieu.extract_plan(
        "(TTV) Tuyên Quang phấn đấu đến năm 2025 tỷ lệ đô thị hóa đạt trên 27%\n“Tỷ lệ đô thị hóa trên 27%” là một "
        "trong những chỉ tiêu chủ yếu đến năm 2025 mà Nghị quyết Đại hội đã đề ra.\n"
    )
    assert target_rows(draft.plan) == [(2025, "more_than", 27.0, "percent")]


def test_the_objective_a_result_is_measured_against_is_a_target():
    # Regression (ba_ria_vung_tau_bao_hiem_y_te_2021, a development text; the same text as core/tests/extract.rs): the
    # objectives in brackets were observations beside the results; they are the year's targets.
    draft = chitieu.extract_plan(
        "Tính đến ngày 31/12/2021, tổng số người tham gia BHXH 206.810 người, chiếm tỷ lệ 35,1% lực lượng lao động, "
        "thấp hơn 0,4% so với chỉ tiêu UBND tỉnh giao (35,5%); BHYT đạt tỷ lệ bao phủ 86,5% dân số, thấp hơn 4,5% so "
        "với chỉ tiêu UBND tỉnh giao (91%).\n"
    )
    assert target_rows(draft.plan) == [(2021, "reach", 35.5, "percent"), (2021, "reach", 91.0, "percent")]
    # The count of participants "tổng số người ... 206.810 người" is a result reported too, since the count of what "số"
    # names before it is a figure (test_a_count_of_what_so_names_before_it_is_a_target).
    assert observation_rows(draft) == [(206810.0, 2021), (35.1, 2021), (86.5, 2021)]


def test_a_resolution_on_a_years_budget_dates_its_figure():
    # Regression (an_giang_tai_chinh_2030, a development text; the same text as core/tests/extract.rs): the year of
    # "nghị quyết về phân bổ ngân sách địa phương năm 2026" was read as a document's name, so the figure took 2030.
    draft = chitieu.extract_plan(
        "Kế hoạch tài chính 5 năm giai đoạn 2026-2030 được thông qua.\nTheo đó, nghị quyết về phân bổ ngân sách địa "
        "phương năm 2026 hơn 39.342 tỷ đồng.\n"
    )
    assert target_rows(draft.plan) == [(2026, "more_than", 39342e9, "dong")]


def test_a_sectors_share_is_no_catalogue_indicator_that_names_the_sector():
    # Regression (xa_binh_tuyen_phu_tho_2030, phuong_thai_hoc_chi_linh_hai_duong_2025, development texts; the same text
    # as core/tests/extract.rs): trade and services' share was read as e-commerce's share of retail, services' share as
    # "dịch vụ có hồ sơ nộp trực tuyến".
    draft = chitieu.extract_plan(
        "Đến năm 2025, tỷ trọng thương mại - dịch vụ chiếm 45%; dịch vụ chiếm 40,5%; tỷ trọng thương mại điện tử trong "
        "tổng mức bán lẻ đạt trên 10%; tốc độ tăng tổng giá trị sản phẩm đạt 12,8%.\n"
    )
    assert [t["indicator"] for t in draft.plan.targets] == [
        "thuong_mai_dich_vu",
        "dich_vu",
        "ecommerce_share_retail",
        "toc_do_tang_tong_gia_tri_san_pham",
    ]


def test_a_later_stages_year_is_not_the_earlier_figures():
    # Regression (ba_ria_vung_tau_hoc_tap_suot_doi_2030, a development text; the same text as core/tests/extract.rs): the
    # 60% took 2030, the year of the stage "tiến tới là 80%" after it.
    draft = chitieu.extract_plan(
        "Mục tiêu đến năm 2025, 40% người lao động là công dân học tập. 60% cán bộ trong đơn vị học tập đạt danh hiệu "
        "công dân học tập và tiến tới là 80% vào năm 2030.\n"
    )
    assert [(t.get("year"), t["value"]) for t in draft.plan.targets] == [(2025, 40.0), (2025, 60.0), (2030, 80.0)]


def test_a_levels_equivalent_in_another_unit_is_a_target_of_its_own():
    # Regression (lang_son_dang_bo_ubnd, ha_tinh_nha_o_2030, development texts; the same text as core/tests/extract.rs):
    # the dollars and the square metres after "tương đương" were dropped as the level said again, and the dollars'
    # words named the level; a rate's "tương ứng" amount is derived from it and stays dropped. Said again in other
    # units, they are about as much as the level before ("khoảng").
    draft = chitieu.extract_plan(
        "Đến năm 2030, GRDP bình quân đầu người khoảng 130 triệu đồng, tương đương 5.000 USD; hoàn thành khoảng 5.440 "
        "căn nhà ở thương mại, tương đương 1.470.000m2 sàn; thu ngân sách tăng 10,6%, tương ứng tăng thêm khoảng 6.490 "
        "tỷ đồng.\n"
    )
    assert target_rows(draft.plan) == [
        (2030, "about", 130e6, "dong"),
        (2030, "about", 5000.0, "usd"),
        (2030, "about", 5440.0, "count"),
        (2030, "about", 1470000.0, "square_metre"),
        (2030, "reach", 10.6, "percent_increase"),
    ]
    assert [t["indicator"] for t in draft.plan.targets][:2] == ["grdp_binh_quan_dau_nguoi", "grdp_binh_quan_dau_nguoi_usd"]


def test_a_year_right_after_a_percentage_is_its_own():
    # Regression (thua_thien_hue_thi_truong_lao_dong_2030, a development text; the same text as core/tests/extract.rs):
    # "năm 2030" right after "90%" was not read as its year; the 90% took 2025.
    draft = chitieu.extract_plan("Tỷ lệ lao động có kỹ năng công nghệ thông tin đạt 80% năm 2025 và đạt 90% năm 2030.\n")
    assert [(t.get("year"), t["value"]) for t in draft.plan.targets] == [(2025, 80.0), (2030, 90.0)]


def test_a_deadline_a_colon_closes_dates_what_it_opens():
    # Regression (xa_so_pai_gia_lai_2025, a development text; the same text as core/tests/extract.rs): "đến năm 2025:"
    # after "Cơ cấu kinh tế" dated nothing; the figures took 2020, the year of an objective with no figure.
    draft = chitieu.extract_plan(
        "Phấn đấu xây dựng xã đạt chuẩn nông thôn mới vào cuối năm 2020. Trọng tâm là chuyển dịch Cơ cấu kinh tế đến năm "
        "2025: Nông - lâm nghiệp 40%; thương mại - dịch vụ 45%. Tỷ lệ lao động qua đào tạo đạt 50%.\n"
    )
    assert [(t.get("year"), t["value"]) for t in draft.plan.targets] == [(2025, 40.0), (2025, 45.0), (2025, 50.0)]


def test_the_plans_figure_in_a_bracket_is_a_target_of_a_review():
    # Regression (kien_giang_nong_nghiep_2021, a development text; the same text as core/tests/extract.rs): "(kế hoạch
    # 80%)" was not seen as the plan's figure, so the whole text read as a report and the 80% was an observation.
    draft = chitieu.extract_plan(
        "Kết quả trong giai đoạn 2016 - 2020, tốc độ tăng giá trị sản xuất nông - lâm - thủy sản bình quân đạt 3,33%/năm. "
        "Năm 2021, tổng giá trị sản xuất ước đạt 42.712 tỷ đồng.\nSản lượng lúa đạt 4.508.906 tấn, vượt 4,98% so kế "
        "hoạch; lúa chất lượng cao chiếm 93,85% (kế hoạch 80%).\n"
    )
    assert target_rows(draft.plan) == [(2021, "reach", 80.0, "percent")]
    assert observation_rows(draft) == [(3.33, 2020), (42712e9, 2021), (4508906.0, 2021), (93.85, 2021)]


def test_urban_centres_are_counted_and_a_founding_is_past():
    # Regression (hau_giang_do_thi_hoa_2025, ha_nam_he_thong_do_thi_2030, development texts; the same text as
    # core/tests/extract.rs): "đô thị" was no noun a plan counts, so no count was drafted; "loại V." did not end its
    # sentence; once counted, the 9 urban centres at the province's founding were a target.
    draft = chitieu.extract_plan(
        "Khi mới thành lập, tỉnh chỉ có 9 đô thị. Đến năm 2025: Toàn tỉnh có 14 đô thị, gồm: 01 đô thị loại II; 02 đô "
        "thị loại IV; 11 đô thị loại V. Tỷ lệ đô thị hóa đạt 40%.\n"
    )
    assert [(y, v, u) for (y, _, v, u) in target_rows(draft.plan)] == [
        (2025, 14.0, "count"),
        (2025, 1.0, "count"),
        (2025, 2.0, "count"),
        (2025, 11.0, "count"),
        (2025, 40.0, "percent"),
    ]
    assert observation_rows(draft) == [(9.0, None)]
    assert draft.plan.targets[-1]["indicator"] == "do_thi_hoa"


def test_about_opens_two_comparators_and_help_reaches_its_households():
    # Regression (quang_binh_phat_trien_nha_o_2030, a development text; the same text as core/tests/extract.rs):
    # "khoảng trên" was read as more than; the 3.300 households were no target, "hỗ trợ" being more than six words back.
    draft = chitieu.extract_plan(
        "Đến năm 2030, phát triển nhà ở thương mại khoảng trên 1 triệu m2. Hỗ trợ cho hộ gia đình người có công với "
        "cách mạng có khó khăn về nhà ở, để cải thiện nhà ở khoảng 3.300 hộ.\n"
    )
    assert target_rows(draft.plan) == [(2030, "about", 1e6, "square_metre"), (2030, "about", 3300.0, "count")]


def test_roads_a_plan_remedies_are_counted():
    # Regression (ho_chi_minh_giam_ngap_2020, a development text; the same text as core/tests/extract.rs): "giải quyết"
    # set no count and "tuyến đường" was no noun a plan counts ("tuyên dương" folds the same), so only the 7 plants
    # were drafted.
    draft = chitieu.extract_plan(
        "Đến năm 2020, TP sẽ giải quyết 13/17 tuyến đường ngập nước do mưa, 179/179 tuyến hẻm và 9 tuyến đường ngập "
        "nước do triều; xây dựng 7 nhà máy xử lý nước thải.\n"
    )
    assert [(t.get("year"), t["value"]) for t in draft.plan.targets] == [(2020, 13.0), (2020, 179.0), (2020, 9.0), (2020, 7.0)]


def test_an_objective_named_in_brackets_measures_what_its_result_does():
    # Regression (xa_binh_nguyen_phu_tho_2026, xa_hai_trung_hai_hau_nam_dinh_2020, development texts; the same text as
    # core/tests/extract.rs): the 90% took the result's "trên" (more than) and both objectives were named "đại hội".
    draft = chitieu.extract_plan(
        "Nhiệm kỳ 2020-2025, tỷ lệ đảng viên được đánh giá, xếp loại từ hoàn thành tốt nhiệm vụ trở lên đạt trên 97,6% "
        "(mục tiêu đại hội là 90%); tỷ lệ hộ nghèo còn 0,5% (chỉ tiêu đại hội dưới 3%).\n"
    )
    assert target_rows(draft.plan) == [(2025, "reach", 90.0, "percent"), (2025, "less_than", 3.0, "percent")]
    targets = [t["indicator"] for t in draft.plan.targets]
    assert targets == [o["indicator"] for o in draft.observations]
    assert targets[1] == "ho_ngheo"


def test_a_year_in_brackets_holds_for_no_line_after():
    # Regression (ha_noi_cap_nuoc_an_toan_2020, a development text; the same text as core/tests/extract.rs): "(hoàn
    # thành trong năm 2017)" dated the next line's 128.000 households.
    draft = chitieu.extract_plan(
        "Kế hoạch số 148/KH-UBND về cấp nước an toàn giai đoạn 2017-2020.\nMục tiêu cụ thể cho giai đoạn đến năm 2020 "
        "là, tỷ lệ dân cư được cấp nước sạch đạt 95%.\nThành phố hoàn thành trước năm 2020 các dự án: Nhà máy nước Dương "
        "Nội (hoàn thành trong năm 2017); Nhà máy nước mặt sông Đuống.\nPhấn đấu xây dựng mô hình cấp nước cục bộ cho "
        "khoảng 128.000 hộ.\n"
    )
    assert [(t.get("year"), t["value"]) for t in draft.plan.targets] == [(2020, 95.0), (2020, 128000.0)]


def test_the_year_before_the_one_a_text_plans_is_reported():
    # Regression (huyen_hung_ha_thai_binh_van_hoa_2022, thanh_pho_vinh_long_giam_ngheo_2021, development texts; the same
    # texts as core/tests/extract.rs): the results of 2021 and of 2020 were drafted as targets of their years.
    draft = chitieu.extract_plan(
        "Năm 2021, phong trào tiếp tục được duy trì. Tỷ lệ gia đình văn hóa toàn huyện đạt 91,7%, tỷ lệ dòng họ văn hóa "
        "đạt 59,4%.\nNăm 2022, huyện tiếp tục chỉ đạo, phấn đấu có trên 91% gia đình đạt danh hiệu gia đình văn hóa, "
        "trên 60% dòng họ đạt danh hiệu dòng họ văn hóa.\n"
    )
    assert [(t.get("year"), t["value"]) for t in draft.plan.targets] == [(2022, 91.0), (2022, 60.0)]
    assert observation_rows(draft) == [(91.7, 2021), (59.4, 2021)]
    draft = chitieu.extract_plan(
        "Cập nhật, 13:40, Thứ Sáu, 20/11/2020\nTP Vĩnh Long phấn đấu năm 2021 giảm 0,35% hộ nghèo, tỷ lệ người dân tham "
        "gia BHYT đạt 92%.\nĐầu năm 2020, toàn thành phố còn 258 hộ nghèo, chiếm 0,6%. Trong năm, toàn thành phố đào tạo "
        "nghề cho 3.500 lao động.\n"
    )
    assert [(t.get("year"), t["value"]) for t in draft.plan.targets] == [(2021, 0.35), (2021, 92.0)]
    assert observation_rows(draft) == [(0.6, 2020), (3500.0, 2020)]


def test_help_given_and_workers_trained_are_reported():
    # Regression (soc_trang_giam_ngheo_2021, a development text; the same text as core/tests/extract.rs): "đã hỗ trợ"
    # and "đã đào tạo" reported nothing, so both figures were targets.
    draft = chitieu.extract_plan(
        "Năm 2021, tỉnh phấn đấu giảm tỷ lệ hộ nghèo từ 2%. Trong 5 năm, toàn tỉnh đã hỗ trợ trên 38.000 căn nhà cho hộ "
        "nghèo, đã đào tạo nghề cho 69.582 lao động.\n"
    )
    assert target_rows(draft.plan) == [(2021, "at_least", 2.0, "percent_reduction")]
    assert observation_rows(draft) == [(38000.0, 2021), (69582.0, 2021)]


def test_a_roadmaps_bare_year_dates_its_stage_and_a_survey_reports():
    # Regression (hoa_binh_bao_hiem_xa_hoi_2030, a development text; the same text as core/tests/extract.rs): the 35%
    # took 2025, "2030" being no year without "năm"; the survey's 89% was a target.
    draft = chitieu.extract_plan(
        "Điều tra, khảo sát, kết quả cho thấy khoảng 89% số doanh nghiệp đảm bảo trả lương đúng quy định. Tỷ lệ lao động "
        "tham gia BHXH: mục tiêu phấn đấu đến năm 2021 đạt khoảng 22%, đến năm 2025 đạt khoảng 26%, 2030 đạt khoảng "
        "35%.\n"
    )
    assert [(t.get("year"), t["value"]) for t in draft.plan.targets] == [(2021, 22.0), (2025, 26.0), (2030, 35.0)]
    assert observation_rows(draft) == [(89.0, None)]


def test_criteria_met_are_counted():
    # Regression (ben_tre_nong_thon_moi_2023, a development text; the same text as core/tests/extract.rs): "tiêu chí"
    # was no noun a plan counts, so the 15 criteria were no target.
    draft = chitieu.extract_plan(
        "Tỉnh phấn đấu đến năm 2025 có ít nhất 80% xã đạt chuẩn nông thôn mới, các xã còn lại đạt từ 15 tiêu chí trở "
        "lên.\n"
    )
    assert target_rows(draft.plan) == [(2025, "at_least", 80.0, "percent"), (2025, "at_least", 15.0, "count")]


def test_what_stands_at_present_is_reported():
    # Regression (kien_giang_xu_ly_chat_thai_ran_2025, a development text; the same text as core/tests/extract.rs):
    # "Hiện tại," reported nothing, so the one plant working now was a target.
    draft = chitieu.extract_plan(
        "Hiện tại, trên địa bàn tỉnh có 1 nhà máy xử lý chất thải rắn sinh hoạt đang hoạt động. Theo quy hoạch đến năm "
        "2025, tỉnh có 7 khu xử lý chất thải rắn liên huyện.\n"
    )
    assert [(t.get("year"), t["value"]) for t in draft.plan.targets] == [(2025, 7.0)]
    assert observation_rows(draft) == [(1.0, None)]


def test_a_plans_figure_after_a_slash_is_a_target_and_its_result_a_report():
    # Regression (yen_bai_che_phu_rung, kien_giang_nong_nghiep_2021, development texts; the same text as
    # core/tests/extract.rs): the figures after the slashes were read as the totals of "X of Y" and dropped; the 23.076
    # tonnes reached were a target.
    draft = chitieu.extract_plan(
        "Năm 2021, sản lượng lúa đạt 4.508.906/4.295.000 tấn, vượt 4,98% so kế hoạch. Khai thác 461.940 m3/830.000 m3 "
        "gỗ rừng trồng, đạt 55,7% kế hoạch; khai thác tre đạt 23.076 tấn/90.000 tấn. Tỉnh phấn đấu có 15/49 xã đạt "
        "chuẩn.\n"
    )
    assert target_rows(draft.plan) == [
        (2021, "reach", 4295000.0, "tonne"),
        (2021, "reach", 830000.0, "cubic_metre"),
        (2021, "reach", 90000.0, "tonne"),
        (2021, "reach", 15.0, "count"),
    ]
    # The bare result before its plan ("4.508.906/4.295.000 tấn") is reported too, in the plan's unit.
    assert observation_rows(draft) == [(4508906.0, 2021), (55.7, 2021), (23076.0, 2021)]
    assert draft.plan.targets[2]["indicator"] == draft.observations[2]["indicator"]


def test_the_objectives_of_the_term_past_are_of_its_end():
    # Regression (xa_hai_trung_hai_hau_nam_dinh_2020, a development text; the same text as core/tests/extract.rs): the
    # objectives in brackets took the end of the term the congress opens (2025); a rise compared with the congress's
    # objective was a target, wanted by the deadline of the sentence before; the objective after a rate per year was
    # not seen, so the rate's result was a target; 65,6 triệu đồng was read as 65599999.99999999.
    draft = chitieu.extract_plan(
        "Ngày 12-3-2020, Đảng bộ xã Hải Trung tổ chức đại hội đại biểu nhiệm kỳ 2020-2025.\nTổng sản phẩm bình quân "
        "đầu người đến năm 2020 ước đạt 65,6 triệu đồng; Nông nghiệp - thuỷ sản: 20% (chỉ tiêu đại hội 27,5%); Dịch "
        "vụ: 32% (chỉ tiêu đại hội 28,5%). Đến năm 2020, tỷ lệ hộ nghèo còn 0% (chỉ tiêu đại hội dưới 3%). Giá trị sản "
        "xuất các ngành tăng 10,66% so với chỉ tiêu đại hội. Mức giảm tỷ lệ sinh 0,08%/năm (chỉ tiêu đại hội 1%/năm).\n"
    )
    assert target_rows(draft.plan) == [
        (2020, "reach", 27.5, "percent"),
        (2020, "reach", 28.5, "percent"),
        (2020, "less_than", 3.0, "percent"),
        (2020, "reach", 1.0, "percent_per_year"),
    ]
    assert [o["value"] for o in draft.observations] == [65600000.0, 20.0, 32.0, 0.0, 10.66, 0.08]


def test_a_result_compared_with_its_objective_and_basic_skills_are_reports():
    # Regression (dong_nai_nghi_quyet_57_6_thang_2025, a development text; the same text as core/tests/extract.rs): the
    # objective's own figure after "so với mục tiêu" ended the result's words, so the comparison was not seen and 13,8%
    # was a target; "căn bản" (basic) folds to the "cần" (need) that wants, so the second 100% was a target.
    draft = chitieu.extract_plan(
        "Năm 2025, Đồng Nai phấn đấu hoàn thành các mục tiêu của Nghị quyết.\nTỷ lệ phủ sóng 5G mới đạt 13,8% so với "
        "mục tiêu 60%.\nĐồng Nai đã vượt mục tiêu chi ngân sách cho khoa học. Đáng chú ý, 100% cán bộ cấp xã đã được bồi "
        "dưỡng kỹ năng số căn bản, và 100% viên chức làm chủ kỹ năng số.\n"
    )
    assert target_rows(draft.plan) == [(2025, "reach", 60.0, "percent")]
    assert observation_rows(draft) == [(13.8, 2025), (100.0, 2025), (100.0, 2025)]


def test_contests_and_startup_ideas_are_counted():
    # Regression (vinh_long_khoi_nghiep_2025, a development text; the same text as core/tests/extract.rs): "ý tưởng"
    # and "cuộc thi" were no nouns a plan counts, so neither figure was a target.
    draft = chitieu.extract_plan(
        "Mục tiêu đến năm 2025: hỗ trợ ươm tạo ít nhất 20 ý tưởng khởi nghiệp; tổ chức 5 cuộc thi khởi nghiệp.\n"
    )
    assert target_rows(draft.plan) == [(2025, "at_least", 20.0, "count"), (2025, "reach", 5.0, "count")]


def test_a_totals_parts_by_tier_are_its_indicator_at_their_tiers():
    # Regression (nghe_an_ngan_sach_cap_xa_2025, a development text; the same text as core/tests/extract.rs): a part's
    # name was read from a dot of the total's thousands ("268 triệu đồng, trong đó: ..."), the province's part took the
    # commune tier of the next item's name after it, and the commune's part none.
    draft = chitieu.extract_plan(
        "Tổng chi ngân sách địa phương: 41.991.268 triệu đồng, trong đó: ngân sách cấp tỉnh: 26.096.016 triệu đồng, "
        "ngân sách cấp xã: 15.895.252 triệu đồng.\n"
    )
    targets = draft.plan.targets
    assert [(t.get("tier"), t["value"]) for t in targets] == [
        (None, 41991268e6),
        ("province", 26096016e6),
        ("commune", 15895252e6),
    ]
    assert [t["quote"] for t in targets] == [
        "Tổng chi ngân sách địa phương: 41.991.268 triệu đồng",
        "ngân sách cấp tỉnh: 26.096.016 triệu đồng",
        "ngân sách cấp xã: 15.895.252 triệu đồng",
    ]
    assert {t["indicator"] for t in targets} == {targets[0]["indicator"]}


def test_the_words_that_set_a_goal_name_nothing_measured():
    # Regression (bac_lieu_pci_2025, a development text; the same text as core/tests/extract.rs): the indicator was
    # named from the whole clause, "Tỉnh này đang đặt mục tiêu đưa chỉ số PCI ...".
    draft = chitieu.extract_plan(
        "Tỉnh này đang đặt mục tiêu đưa chỉ số PCI của tỉnh nằm trong nhóm 20 tỉnh, thành phố vào năm 2025.\n"
    )
    assert target_rows(draft.plan) == [(2025, "at_most", 20.0, "rank")]
    assert draft.plan.indicators[0]["name_vi"].startswith("chỉ số PCI")


def test_a_programmes_period_after_a_deadline_dates_no_figure():
    # Regression (ninh_thuan_dan_toc_thieu_so_2025, a development text; the same text as core/tests/extract.rs): the
    # figures after the ";" took 2030, the end of the programme's period, not the deadline 2025.
    draft = chitieu.extract_plan(
        "Ninh Thuận phấn đấu đến năm 2025 giảm 50% xã, thôn đặc biệt khó khăn vùng đồng bào DTTS và miền núi giai đoạn "
        "2021-2030; 100% xã có đường ô tô đến trung tâm xã được rải nhựa; 99% số hộ dân được sử dụng điện lưới quốc "
        "gia.\n"
    )
    assert [(t.get("year"), t["value"]) for t in draft.plan.targets] == [(2025, 50.0), (2025, 100.0), (2025, 99.0)]


def test_a_term_past_that_a_line_reports_dates_no_target_after_it():
    # Regression (xa_ia_le_gia_lai_2030, a development text; the same text as core/tests/extract.rs): the term past
    # opening the report's line held for the lines after it, so the new term's targets were of 2025.
    draft = chitieu.extract_plan(
        "Đại hội đại biểu Đảng bộ xã Ia Le lần thứ I, nhiệm kỳ 2025-2030, diễn ra sáng 14-8.\nNhiệm kỳ 2020-2025, Đảng "
        "bộ, chính quyền và nhân dân xã đã đạt được nhiều kết quả quan trọng. Cụ thể, giá trị sản phẩm năm 2025 đạt "
        "hơn 1.392 tỷ đồng.\nTheo đó, xã phấn đấu giá trị sản phẩm tăng bình quân hằng năm đạt 10,97%/năm; giảm tỷ lệ "
        "hộ nghèo đa chiều trung bình hằng năm đạt 1%.\n"
    )
    assert [(t.get("year"), t["value"]) for t in draft.plan.targets] == [(2030, 10.97), (2030, 1.0)]
    assert observation_rows(draft) == [(1392e9, 2025)]


def test_a_ratio_per_one_ten_thousand_people_is_per_thousand():
    # Regression (khu_kinh_te_van_don_quang_ninh_2030, a development text; the same text as core/tests/extract.rs):
    # "/1 vạn dân" was no ratio per people, so 15 doctors were a count and the pharmacists no target.
    draft = chitieu.extract_plan("Đến năm 2030, đạt 15 bác sỹ/1 vạn dân, 03 dược sỹ/1 vạn dân.\n")
    assert target_rows(draft.plan) == [
        (2030, "reach", 1.5, "per_thousand_people"),
        (2030, "reach", 0.3, "per_thousand_people"),
    ]


def test_the_whole_that_one_is_of_is_no_target():
    # Regression (huyen_a_luoi_hue_giam_ngheo_2025, a development text; the same text as core/tests/extract.rs): "01
    # trong 22 huyện" drafted the 22 districts as a count to reach.
    draft = chitieu.extract_plan(
        "Đây là 01 trong 22 huyện nghèo toàn quốc được ưu tiên đầu tư. Phấn đấu đến cuối năm 2025, tỷ lệ hộ nghèo toàn "
        "huyện giảm còn dưới 12,01%.\n"
    )
    assert target_rows(draft.plan) == [(2025, "less_than", 12.01, "percent")]


def test_hectares_a_year_to_plant_and_restore_are_targets():
    # Regression (phu_yen_lam_nghiep_2030, a development text; the same text as core/tests/extract.rs): "ha/năm" read
    # as "Hà Nam" and was no unit, and planting or restoring a forest set no area to reach.
    draft = chitieu.extract_plan(
        "Đến năm 2030, trồng rừng sản xuất 6.000 ha/năm; phục hồi rừng phòng hộ 1.000 ha/năm.\n"
    )
    assert target_rows(draft.plan) == [(2030, "reach", 6000.0, "hectare"), (2030, "reach", 1000.0, "hectare")]


def test_a_stage_from_a_year_to_a_year_dates_its_figures_with_its_end():
    # Regression (khu_kinh_te_vung_ang_ha_tinh_2030, a development text; the same text as core/tests/extract.rs): "từ
    # năm 2021 đến 2025" (no "năm" before its end) dated the figures 2021 and the next sentence's none; the second
    # stage's were 2026.
    draft = chitieu.extract_plan(
        "Cụ thể, giai đoạn từ năm 2021 đến 2025, khu kinh tế đặt mục tiêu thu hút vốn đầu tư mới đạt 5,5 tỷ USD. Tổng "
        "thu ngân sách đạt 60.000 tỷ đồng.\nGiai đoạn từ năm 2026 đến 2030 sẽ thu hút vốn đầu tư mới đạt 7 tỷ USD.\n"
    )
    assert target_rows(draft.plan) == [
        (2025, "reach", 5_500_000_000.0, "usd"),
        (2025, "reach", 60_000_000_000_000.0, "dong"),
        (2030, "reach", 7_000_000_000.0, "usd"),
    ]
    # And the second stage's figure was named "giai_doan", after the words of its period.
    assert [t["indicator"] for t in draft.plan.targets] == [
        "thu_hut_von_dau_tu_moi",
        "tong_thu_ngan_sach",
        "thu_hut_von_dau_tu_moi",
    ]


def test_a_change_with_its_own_verb_takes_no_comparator_from_the_level_before_it():
    # Regression (quang_tri_giam_ngheo_2030, a development text; the same text as core/tests/extract.rs): "tăng lên 1,5
    # lần" took the "dưới" of the level before it, and was a rise of less than 50%.
    draft = chitieu.extract_plan(
        "Phấn đấu cuối năm 2025 tỷ lệ hộ nghèo còn dưới 5,5%, thu nhập bình quân đầu người của hộ nghèo cuối năm 2025 "
        "tăng lên 1,5 lần so với năm 2021.\n"
    )
    assert target_rows(draft.plan) == [(2025, "less_than", 5.5, "percent"), (2025, "reach", 50.0, "percent_increase")]


def test_a_count_in_digits_goes_on_the_list_a_count_in_words_opened():
    # Regression (son_la_giao_duc_2030, a development text; the same text as core/tests/extract.rs): the 2 colleges
    # were no figure: the list they go on, opened by "một", was read after them.
    draft = chitieu.extract_plan(
        "Mục tiêu đến năm 2030, có ít nhất một trường cao đẳng chất lượng cao và 2 cơ sở giáo dục nghề nghiệp được đầu "
        "tư trang thiết bị hiện đại.\n"
    )
    assert target_rows(draft.plan) == [(2030, "at_least", 1.0, "count"), (2030, "at_least", 2.0, "count")]


def test_the_results_a_figure_is_compared_with_give_it_no_year():
    # Regression (quang_ngai_thu_ngan_sach_2026, a development text; the same text as core/tests/extract.rs): "so với
    # thực hiện năm 2025" dated the budget line of 2026 2025.
    draft = chitieu.extract_plan(
        "Năm 2026, dự toán thu ngân sách là 33.624 tỷ đồng. Thu thuế xuất nhập khẩu: 10.800 tỷ đồng, giảm so với thực "
        "hiện năm 2025.\n"
    )
    assert target_rows(draft.plan) == [
        (2026, "reach", 33_624_000_000_000.0, "dong"),
        (2026, "reach", 10_800_000_000_000.0, "dong"),
    ]


def test_what_was_held_is_reported():
    # Regression (soc_trang_lao_dong_2023, a development text; the same text as core/tests/extract.rs): "đã tổ chức"
    # said nothing was done, and the trainees and jobs of the year past were targets.
    draft = chitieu.extract_plan(
        "Năm 2023, phấn đấu giải quyết việc làm mới cho 28.000 người. Trên lĩnh vực giáo dục nghề nghiệp đã tổ chức "
        "tuyển sinh đào tạo cho trên 16.600 người, giải quyết việc làm cho trên 30.000 người.\n"
    )
    assert target_rows(draft.plan) == [(2023, "reach", 28_000.0, "count")]
    assert observation_rows(draft) == [(16_600.0, 2023), (30_000.0, 2023)]


def test_a_span_from_a_year_after_a_lead_in_dates_the_list_after_it():
    # Regression (ha_tinh_du_lich_2030, a development text; the same text as core/tests/extract.rs): "từ 2018 đến 2030"
    # after "Theo định hướng ..." dated only the figure of its own clause; the items after the colon had no year.
    draft = chitieu.extract_plan(
        "Theo định hướng trong dự thảo đề án, từ 2018 đến 2030, Hà Tĩnh sẽ phát triển 13 tuyến du lịch, gồm: 5 tuyến "
        "nội tỉnh; 2 tuyến liên tỉnh; 6 tuyến du lịch quốc tế.\n"
    )
    assert [(year, value) for year, _, value, _ in target_rows(draft.plan)] == [
        (2030, 13.0),
        (2030, 5.0),
        (2030, 2.0),
        (2030, 6.0),
    ]


def test_a_year_reviewed_after_a_dateline_before_the_next_years_aim_is_reported():
    # Regression (bac_ninh_tiem_chung_2026, a development text; the same text as core/tests/extract.rs): the year a line
    # opened after the dateline "BẮC NINH -" was not seen as reviewed, and the headline's result was a target.
    draft = chitieu.extract_plan(
        "Bắc Ninh: Tỷ lệ tiêm chủng đầy đủ cho trẻ dưới 1 tuổi đạt 98,1%\nBẮC NINH - Năm 2025, công tác tiêm chủng đạt "
        "nhiều kết quả tích cực.\nNăm 2026, ngành Y tế tiếp tục phấn đấu duy trì tỷ lệ tiêm chủng đầy đủ cho trẻ dưới 1 "
        "tuổi đạt trên 98%.\n"
    )
    assert target_rows(draft.plan) == [(2026, "more_than", 98.0, "percent")]
    assert observation_rows(draft) == [(98.1, 2025)]


def test_the_year_reviewed_before_the_next_years_aims_is_the_past():
    # Regression (huyen_nong_son_quang_nam_2023, a development text; the same text as core/tests/extract.rs): a text
    # that reviews 2022 in lines opening with it, then sets 2023's objectives, is 2023's plan; its figures of 2022 were
    # targets.
    draft = chitieu.extract_plan(
        "Trong 2 vụ đông xuân và hè thu năm 2022, nông dân trên địa bàn gieo trồng hơn 2.327ha cây lương thực có hạt và "
        "tổng sản lượng đạt 13.007 tấn.\nNăm 2022, tổng thu ngân sách trên địa bàn đạt hơn 83,5 tỷ đồng.\nNăm 2023, "
        "Nông Sơn đặt ra một số chỉ tiêu chủ yếu, gồm: thu ngân sách do huyện quản lý đạt hơn 14,5 tỷ đồng.\n"
    )
    assert target_rows(draft.plan) == [(2023, "more_than", 14_500_000_000.0, "dong")]
    assert observation_rows(draft) == [(2327.0, 2022), (13_007.0, 2022), (83_500_000_000.0, 2022)]


def test_an_output_named_at_length_is_a_quantity_to_reach():
    # Regression (ha_nam_vu_mua_2020, a development text; the same text as core/tests/extract.rs): "sản lượng" was more
    # than six words before the tonnes, so they were no quantity to reach.
    draft = chitieu.extract_plan(
        "Vụ đông năm 2020, phấn đấu gieo trồng đạt 10.463 ha, sản lượng lương thực cây có hạt 14.700 tấn.\n"
    )
    assert target_rows(draft.plan) == [(2020, "reach", 10_463.0, "hectare"), (2020, "reach", 14_700.0, "tonne")]


def test_counts_in_words_go_on_the_list_they_continue():
    # Regression (binh_thuan_phat_trien_do_thi_2025, a development text; the same text as core/tests/extract.rs): the
    # items after the first ";" were no figures when their counts were said in words; in digits they were.
    draft = chitieu.extract_plan(
        "Đến năm 2025, toàn tỉnh có 15 đô thị, trong đó có một đô thị loại II là thành phố Phan Thiết; một đô thị loại "
        "III là thị xã La Gi; ba đô thị loại IV là thị trấn Phan Rí Cửa; mười đô thị loại V.\n"
    )
    assert [(year, value, unit) for year, _, value, unit in target_rows(draft.plan)] == [
        (2025, 15.0, "count"),
        (2025, 1.0, "count"),
        (2025, 1.0, "count"),
        (2025, 3.0, "count"),
        (2025, 10.0, "count"),
    ]


def test_a_unit_ending_a_sentence_on_the_next_line_is_no_list_marker():
    # Regression (xa_an_binh_bac_ninh_2023 wrapped at 80 columns, a development text; the same text as
    # core/tests/extract.rs): "tấn." opening a line was read as a list's marker, so 4.200 had no unit.
    draft = chitieu.extract_plan(
        "Năm 2025, tổng sản lượng lương thực (cả màu quy thóc) đạt 4.200\n"
        "tấn. Thu nhập bình quân đạt 59 triệu đồng/người/năm.\n"
    )
    assert target_rows(draft.plan) == [(2025, "reach", 4200.0, "tonne"), (2025, "reach", 59_000_000.0, "dong")]


def test_a_wrapped_line_after_a_figure_goes_on_with_its_unit_or_range():
    # Regression (development texts wrapped at 80 columns; the same text as core/tests/extract.rs): a line that ended
    # in a figure was never continued by a capital or a dash, so "15%\nGRDP" was a share of nothing and
    # "từ 12\n- 14 tỷ USD" no figure.
    draft = chitieu.extract_plan(
        "Theo kế hoạch, đến năm 2030 tỉnh phủ sóng 5G đạt 40% toàn tỉnh, 100% tại các khu\n"
        "kinh tế cửa khẩu, khu công nghiệp và điểm du lịch trọng điểm. Tốc độ truy cập\n"
        "mạng đạt tối thiểu 150 Mbps cho hộ gia đình, đạt tối thiểu 200 Mbps cho cơ quan\n"
        "và tổng giá trị sản xuất của khu kinh tế đạt 5,6 tỷ USD; kinh tế số chiếm 15%\n"
        "GRDP của tỉnh; tổng vốn đầu tư toàn xã hội giai đoạn 2026 - 2030 đạt 5,6 tỷ\n"
        "USD; toàn bộ thôn, bản được cáp quang hóa, trên 75% hộ gia đình có cáp quang,\n"
        "kim ngạch xuất khẩu hàng hóa cả giai đoạn 2026 - 2030 đạt từ 12\n"
        "- 14 tỷ USD và giải quyết việc làm cho trên 30.000 lao động trên địa bàn tỉnh.\n"
    )
    assert target_rows(draft.plan) == [
        (2030, "reach", 40.0, "percent"),
        (2030, "reach", 100.0, "percent"),
        (2030, "at_least", 150.0, "mbps"),
        (2030, "at_least", 200.0, "mbps"),
        (2030, "reach", 5.6e9, "usd"),
        (2030, "reach", 15.0, "percent_of_grdp"),
        (2030, "reach", 5.6e9, "usd"),
        (2030, "more_than", 75.0, "percent"),
        (2030, "reach", 14e9, "usd"),
        (2030, "more_than", 30_000.0, "count"),
    ]


def test_a_clause_on_a_line_of_its_own_after_a_semicolon_goes_on_with_the_sentence():
    # Regression (nghe_an_lam_nghiep_2030 and xa_lo_ku_gia_lai with a clause per line, development texts; the same
    # text as core/tests/extract.rs): a line after a ";" that opened with a figure or a capital was read on its own.
    draft = chitieu.extract_plan(
        "Theo quy hoạch đến năm 2030, tỉnh Nghệ An sẽ có 1.148.476 ha đất lâm nghiệp (gồm: 171.062 ha rừng đặc dụng;\n"
        "370.405 ha rừng phòng hộ;\n607.009 ha rừng sản xuất).\n"
        "Đến năm 2025, tổng diện tích gieo trồng hằng năm 3.830 ha (trong đó: Cây Ngô lai 2.700 ha;\n"
        "Lúa nước 2 vụ 40 ha;\ncây Mía 370 ha).\n"
    )
    assert target_rows(draft.plan) == [
        (2030, "reach", 1_148_476.0, "hectare"),
        (2030, "reach", 171_062.0, "hectare"),
        (2030, "reach", 370_405.0, "hectare"),
        (2030, "reach", 607_009.0, "hectare"),
        (2025, "reach", 3830.0, "hectare"),
        (2025, "reach", 2700.0, "hectare"),
        (2025, "reach", 40.0, "hectare"),
        (2025, "reach", 370.0, "hectare"),
    ]


def test_a_range_wrapped_after_its_dash_keeps_its_comparator():
    # Regression (binh_thuan_phat_trien_do_thi_2025 wrapped at 80 columns, a development text; the same text as
    # core/tests/extract.rs): the line ending in the range's dash was not continued, so "1,9%" was read alone.
    draft = chitieu.extract_plan(
        "Theo đó, mục tiêu đến năm 2025, tỷ lệ đất xây dựng trên tổng diện tích đất tự nhiên đạt khoảng 1,5 -\n1,9%.\n"
    )
    assert target_rows(draft.plan) == [(2025, "about", 1.9, "percent")]


def test_a_sentence_on_a_line_of_its_own_goes_on_with_its_paragraph():
    # Regression (cao_bang_du_lich_2020 with a sentence per line, a development text; the same text as
    # core/tests/extract.rs): in a page whose paragraphs are parted by blank lines, a sentence on a line of its own was
    # read out of its paragraph, so the parts after "Trong đó" had no total and no year.
    draft = chitieu.extract_plan(
        "Du lịch Cao Bằng\n\n"
        "Nhận thức được tiềm năng, lợi thế sẵn có, tỉnh đã đề ra mục tiêu đến năm 2020 sẽ đón 1,6 triệu lượt khách du "
        "lịch.\nTrong đó, 1,4 triệu lượt khách nội địa, 200 nghìn lượt khách quốc tế.\n"
        "Tổng thu từ du lịch đạt 900 tỷ đồng.\n\n"
        "Năm 2019, toàn tỉnh đón 1,2 triệu lượt khách, tổng thu đạt 650 tỷ đồng.\n\n"
        "Để đạt mục tiêu, tỉnh tập trung đầu tư hạ tầng du lịch.\n"
    )
    assert target_rows(draft.plan) == [
        (2020, "reach", 1_600_000.0, "count"),
        (2020, "reach", 1_400_000.0, "count"),
        (2020, "reach", 200_000.0, "count"),
        (2020, "reach", 900e9, "dong"),
    ]
    assert observation_rows(draft) == [(1_200_000.0, 2019), (650e9, 2019)]


def test_what_a_report_shows_and_a_count_to_the_years_end_are_reported():
    # Regression (lao_cai_kinh_te_tu_nhan_2026, a development text; the same text as core/tests/extract.rs): "Tính đến
    # hết năm" was read as a deadline, so the enterprises counted were targets.
    draft = chitieu.extract_plan(
        "Báo cáo tại hội nghị cho thấy, năm 2025, kinh tế tư nhân tiếp tục khẳng định vai trò động lực quan trọng với tỷ "
        "trọng đóng góp vào GRDP của tỉnh đạt khoảng 68,5%. Tính đến hết năm, toàn tỉnh có 12.630 doanh nghiệp, trong "
        "đó, doanh nghiệp ngoài nhà nước chiếm 99,9%.\nVề phương hướng năm 2026, tỉnh phấn đấu thành lập mới 2.000 doanh "
        "nghiệp.\n"
    )
    assert target_rows(draft.plan) == [(2026, "reach", 2000.0, "count")]
    assert observation_rows(draft) == [(68.5, 2025), (12_630.0, 2025), (99.9, 2025)]


def test_exports_up_to_now_and_over_the_months_past_are_reported():
    # Regression (dak_lak_xuat_khau_2023, a development text; the same text as core/tests/extract.rs): "tới nay" and
    # "6 tháng qua" said nothing done, so the half-year's exports were targets.
    draft = chitieu.extract_plan(
        "Từ đầu năm 2023 tới nay, toàn tỉnh xuất khẩu được trên 810 triệu USD. Cụ thể, 6 tháng qua tỉnh xuất khẩu được "
        "228.000 tấn cà phê. Năm 2023, phấn đấu xuất khẩu nông sản đạt 1.610 triệu USD.\n"
    )
    assert target_rows(draft.plan) == [(2023, "reach", 1.61e9, "usd")]
    assert observation_rows(draft) == [(810e6, 2023), (228_000.0, 2023)]


def test_things_put_into_operation_or_use_are_counts_to_reach():
    # Regression (huyen_thanh_mien_hai_duong_cum_cong_nghiep_2025, a development text; the same text as
    # core/tests/extract.rs): "đưa vào hoạt động" and "đưa vào sử dụng" made nothing, so these were no figures.
    draft = chitieu.extract_plan(
        "Đến năm 2025, huyện phấn đấu thành lập và đưa vào hoạt động 3 cụm công nghiệp mới; đưa vào sử dụng 2 khu công "
        "nghiệp.\n"
    )
    assert target_rows(draft.plan) == [(2025, "reach", 3.0, "count"), (2025, "reach", 2.0, "count")]


def test_what_was_contributed_is_reported():
    # Regression (tuyen_quang_cong_nghiep_2023, a development text; the same text as core/tests/extract.rs): "đã đóng
    # góp" said nothing done, so the growth of 2022 was a target.
    draft = chitieu.extract_plan(
        "Năm 2022, các chỉ tiêu chủ yếu về phát triển công nghiệp của tỉnh đều hoàn thành và vượt kế hoạch đề ra. Từ đó "
        "đã đóng góp quan trọng vào tốc độ tăng trưởng GRDP của tỉnh (đạt 8,66%). Năm 2023, ngành Công thương phấn đấu "
        "giá trị sản xuất công nghiệp tăng 15,4%.\n"
    )
    assert target_rows(draft.plan) == [(2023, "reach", 15.4, "percent_increase")]
    assert observation_rows(draft) == [(8.66, 2022)]


def test_a_figure_set_by_the_years_plan_is_of_that_year():
    # Regression (dak_lak_xuat_khau_2023, a development text; the same text as core/tests/extract.rs): "kế hoạch năm
    # 2023" was read as another document's name, so the figure had no year.
    draft = chitieu.extract_plan(
        "Để đảm bảo việc xuất khẩu nông sản của tỉnh đạt 1 tỷ 610 triệu USD (khoảng 38.000 tỷ đồng) theo kế hoạch năm "
        "2023, ngành Công thương đang tích cực triển khai nhiều nhóm giải pháp.\n"
    )
    assert target_rows(draft.plan) == [(2023, "reach", 1.61e9, "usd")]


def test_generating_capacity_and_electricity_are_targets_in_megawatts_and_kilowatt_hours():
    # Regression (phu_yen_nang_luong_2030, a development text of round 63; the same text as core/tests/extract.rs):
    # the model had no unit for either and the reader read none of these figures.
    draft = chitieu.extract_plan(
        "Mục tiêu cụ thể đến năm 2030: Tổng công suất các nguồn điện trên địa bàn tỉnh (thủy điện, điện gió, "
        "điện mặt trời, điện sinh khối...) đạt khoảng 2.415MW; sản lượng điện đạt khoảng 5,9 tỷ kWh. Điện "
        "mặt trời mái nhà đạt 500 kWp; điện gió ngoài khơi 1,2 GW; điện thương phẩm đạt 120 GWh.\n"
    )
    assert target_rows(draft.plan) == [
        (2030, "about", 2415.0, "megawatt"),
        (2030, "about", 5.9e9, "kilowatt_hour"),
        (2030, "reach", 0.5, "megawatt"),
        (2030, "reach", 1200.0, "megawatt"),
        (2030, "reach", 1.2e8, "kilowatt_hour"),
    ]
    back = chitieu.Plan.from_json(draft.plan.to_json())
    assert back.to_json() == draft.plan.to_json()
    assert chitieu.label("unit", "kilowatt_hour", "vi") == "kWh"
    assert chitieu.label("unit", "megawatt", "en") == "MW"
    assert chitieu.indicator_kind("megawatt")["kind"] == "level_or_share"


def test_a_news_items_lead_said_again_in_its_body_is_one_target_with_no_list_after_it():
    # Regression (hai_phong_cang_bien_2026, a development text of round 63; the same text as core/tests/extract.rs):
    # a lead was found only before a list; without one, the body's "122 triệu tấn", named in other words than the
    # lead's, was a second target. A first paragraph that no blank line parts from the rest is no lead.
    text = (
        "(TBTCO) - Năm 2026, khu vực cảng biển Hải Phòng phấn đấu đạt sản lượng hàng hóa thông qua 122 triệu tấn, "
        "trong đó hàng container 9,1 triệu TEU; số lượng tàu thuyền thông qua đạt 42.500 lượt.\n\nTheo thông tin từ "
        "Cảng vụ Hàng hải Hải Phòng, năm 2026, đơn vị đặt mục tiêu sản lượng hàng hóa thông qua khu vực cảng biển Hải "
        "Phòng đạt 122 triệu tấn, trong đó hàng container 9,1 triệu TEU; số lượng tàu thuyền thông qua đạt 42.500 lượt.\n"
    )
    assert target_rows(chitieu.extract_plan(text).plan) == [
        (2026, "reach", 122e6, "tonne"),
        (2026, "reach", 42_500.0, "count"),
    ]
    assert len(chitieu.extract_plan(text.replace("\n\n", "\n")).plan.targets) == 3


def test_a_ports_goods_passengers_and_terminals_are_targets():
    # Regression (quang_ngai_cang_bien_2030, a development text of round 63; the same text as core/tests/extract.rs):
    # goods handled were no quantity named, passengers and terminals nothing counted, and a visitor's verb before a
    # range ("đón tiếp từ 1,13 đến 1,26") no verb before its figure: none of these was drafted.
    draft = chitieu.extract_plan(
        "Mục tiêu đến năm 2030 sẽ đáp ứng thông quan hàng hóa 47,20 đến 48,20 triệu tấn; đón tiếp từ 1,13 đến "
        "1,26 triệu hành khách. Sẽ có 11 bến cảng gồm 41 cầu cảng.\n"
    )
    assert target_rows(draft.plan) == [
        (2030, "reach", 48.2e6, "tonne"),
        (2030, "reach", 1.26e6, "count"),
        (2030, "reach", 11.0, "count"),
    ]
    assert all(any(r["kind"] == "range" for r in t.get("reasons", [])) for t in draft.targets[:2])


def test_a_level_compared_with_is_no_target_and_its_year_dates_nothing_else():
    # Regression (bac_giang_fdi_2025, a development text of round 64; the same text as core/tests/extract.rs): "cao hơn
    # mức 1,29 tỷ USD trong năm 2024" was a target of 2024, and its year dated the body's 1,5 tỷ USD, which then did not
    # say the headline's target of 2025 again.
    draft = chitieu.extract_plan(
        "Bắc Giang đặt mục tiêu thu hút 1,5 tỷ USD vốn FDI năm 2025\nUBND tỉnh Bắc Giang đặt mục tiêu thu hút vốn đầu "
        "tư trực tiếp nước ngoài (FDI) đạt khoảng 1,5 tỷ USD, cao hơn mức 1,29 tỷ USD trong năm 2024, trong đó tập trung "
        "cho các dự án công nghiệp chế biến, chế tạo quy mô lớn.\n"
    )
    assert target_rows(draft.plan) == [(2025, "about", 1.5e9, "usd")]


def test_the_high_figure_of_a_range_of_things_counted_is_a_target():
    # Regression (ninh_thuan_ocop_2025, a development text; the same text as core/tests/extract.rs): "có 20-30 sản
    # phẩm" and "có 5.000 - 7.000 hộ" were no targets: the verb that sets a count ("có") was looked for right before
    # the high figure, where the low one stands.
    draft = chitieu.extract_plan(
        "Kế hoạch đề ra mục tiêu, đến cuối năm 2025, phấn đấu có 20-30 sản phẩm mới đạt chứng nhận OCOP, trong đó có "
        "thêm 2-5 sản phẩm đạt 4 sao. Mỗi năm có 5.000 - 7.000 hộ cá thể mới.\n"
    )
    assert target_rows(draft.plan) == [
        (2025, "reach", 30.0, "count"),
        (2025, "reach", 5.0, "count"),
        (2025, "reach", 7000.0, "count"),
    ]
    assert all(any(r["kind"] == "range" for r in t.get("reasons", [])) for t in draft.targets)


def test_now_opening_a_clause_reports_what_follows():
    # Regression (hoa_binh_bao_hiem_xa_hoi_2030, hue_phu_song_5g_2026, development texts; the same text as
    # core/tests/extract.rs): "Hiện ... là 4.840.000 đồng" and "hiện đạt khoảng 90%" (what is now) were targets of the
    # plan's year.
    draft = chitieu.extract_plan(
        "Mục tiêu đến năm 2026, tỷ lệ người dân dùng 5G đạt 80%. Hiện mức tiền lương bình quân chung hằng tháng của "
        "người lao động trong doanh nghiệp là 4.840.000 đồng. Độ phủ ngoài trời hiện đạt khoảng 90%, trong nhà khoảng "
        "70%.\n"
    )
    assert target_rows(draft.plan) == [(2026, "reach", 80.0, "percent")]
    assert observation_rows(draft) == [(4840000.0, 2026), (90.0, 2026), (70.0, 2026)]


def test_a_headlines_small_bound_said_again_with_its_year_is_one_target():
    # Regression (ho_chi_minh_thi_truong_lao_dong_2030, a development text; the same text as core/tests/extract.rs):
    # "dưới 3%" in the headline and "đạt dưới 3% vào năm 2030" were two targets: a whole value under 10 was never taken
    # for the same target, whatever its comparator.
    draft = chitieu.extract_plan(
        "TPHCM làm gì để kéo giảm tỉ lệ việc làm thất nghiệp xuống dưới 3%?\n\nTheo kế hoạch này, TPHCM phấn đấu duy "
        "trì tỷ lệ thất nghiệp đô thị dưới 4% vào năm 2025 và đạt dưới 3% vào năm 2030.\n"
    )
    assert target_rows(draft.plan) == [(2030, "less_than", 3.0, "percent"), (2025, "less_than", 4.0, "percent")]


def test_figures_dated_by_running_text_before_the_first_objective_are_reported():
    # Regression (phuong_thanh_thuy_hue_2030, a development text; the same text as core/tests/extract.rs): figures the
    # term 2021-2025 dated from an earlier sentence were targets of 2025, though the text's first objective is of 2030:
    # only a figure its own clause dated was taken for the past.
    draft = chitieu.extract_plan(
        "Tổng vốn đầu tư toàn xã hội của phường giai đoạn 2021-2025 đạt trên 7.240 tỷ đồng. Thu nhập bình quân đầu "
        "người toàn phường đạt 79,1 triệu đồng; tỷ lệ hộ nghèo theo chuẩn đa chiều giảm còn 0,34%.\n\nPhấn đấu đến "
        "năm 2030, thu nhập bình quân đầu người đạt 167,7 triệu đồng.\n"
    )
    assert target_rows(draft.plan) == [(2030, "reach", 167.7e6, "dong")]
    assert observation_rows(draft) == [(7.24e12, 2025), (79.1e6, 2025), (0.34, 2025)]


def test_a_purpose_wants_only_in_its_sentence():
    # Regression (huyen_hung_ha_thai_binh_van_hoa_2020, a development text; the same text as core/tests/extract.rs):
    # "nhằm" (in order to) wanted every figure after it in its line, so the results of 2019 in the next sentence were
    # targets of 2019.
    draft = chitieu.extract_plan(
        "Hưng Hà: Phấn đấu năm 2020 có từ 92% gia đình trở lên đạt danh hiệu gia đình văn hóa\nTrong năm 2019, Ban Chỉ "
        "đạo đã chỉ đạo đa dạng hóa các hoạt động văn hóa nhằm góp phần thực hiện tốt phong trào. Toàn huyện có 91,5% "
        "gia đình đạt danh hiệu gia đình văn hóa; 51,5% dòng họ đạt danh hiệu dòng họ văn hóa.\n"
    )
    assert target_rows(draft.plan) == [(2020, "at_least", 92.0, "percent")]
    assert observation_rows(draft) == [(91.5, 2019), (51.5, 2019)]


def test_balance_is_no_need_and_the_results_stay_reported():
    # Regression (xa_dak_lieng_dak_lak_2024, a development text; the same text as core/tests/extract.rs): "cân đối"
    # (balance) folds to the "cần" (need) of "cần đối", so the results after it were wanted: targets of 2023.
    draft = chitieu.extract_plan(
        "Năm 2023, xã đạt được nhiều kết quả: thu nhập bình quân đầu người đạt 38 triệu đồng/người/năm. Thu cân đối "
        "ngân sách trên địa bàn xã đạt hơn 1 tỷ 051 triệu đồng, đạt 95% KH huyện giao.\n\nNăm 2024, xã phấn đấu mức "
        "tăng trưởng kinh tế đạt 10%.\n"
    )
    assert target_rows(draft.plan) == [(2024, "reach", 10.0, "percent_per_year")]
    assert observation_rows(draft) == [(38e6, 2023), (1.051e9, 2023), (95.0, 2023)]


def test_a_budgets_spending_lines_are_targets():
    # Regression (phuong_phong_thai_hue_2025, nghe_an_ngan_sach_cap_xa_2025, development texts; the same text as
    # core/tests/extract.rs): the spending lines of a budget's estimate were taken for what a plan spends on itself
    # ("đầu tư" a cost), and lines named bare ("chi thường xuyên hơn 194,5 tỷ đồng") for nothing set.
    draft = chitieu.extract_plan(
        "Về chi ngân sách năm 2025, tổng chi sau điều chỉnh gần 216 tỷ đồng, gồm: Chi đầu tư phát triển hơn 18,5 tỷ "
        "đồng, chi thường xuyên hơn 194,5 tỷ đồng và dự phòng ngân sách hơn 2,8 tỷ đồng.\nChi đầu tư phát triển: "
        "9.770.917 triệu đồng.\n"
    )
    assert target_rows(draft.plan) == [
        (2025, "about", 216e9, "dong"),
        (2025, "more_than", 18.5e9, "dong"),
        (2025, "more_than", 194.5e9, "dong"),
        (2025, "more_than", 2.8e9, "dong"),
        (2025, "reach", 9770917e6, "dong"),
    ]


def test_the_human_development_index_a_few_words_before_its_figure_is_an_index():
    # Regression (dong_nai_nghi_quyet_57_2030, lam_dong_dai_hoi_2030, development texts; the same text as
    # core/tests/extract.rs): only the words of a comparator could stand between the index's name and its figure.
    draft = chitieu.extract_plan(
        "Đến năm 2030, chỉ số phát triển con người (HDI) duy trì trên 0,7; Chỉ số phát triển con người (HDI) phấn đấu "
        "đạt khoảng 0,75.\n"
    )
    assert target_rows(draft.plan) == [(2030, "more_than", 0.7, "index"), (2030, "about", 0.75, "index")]


def test_an_orientations_year_dates_the_figure_of_its_clause():
    # Regression (ba_ria_vung_tau_kinh_te_so_2025, a development text; the same text as core/tests/extract.rs):
    # "định hướng đến năm 2025" was never a target's year, so the figure right after it had none.
    draft = chitieu.extract_plan(
        "Bà Rịa – Vũng Tàu: Đẩy mạnh chuyển đổi số\nVới mục tiêu đưa BR-VT trở thành đô thị thông minh, tỉnh định hướng "
        "đến năm 2025 kinh tế số chiếm hơn 20% GRDP; tỷ trọng kinh tế số trong từng ngành, lĩnh vực đạt trên 10%.\nTỉnh "
        "có niềm tin để cam kết thực hiện chuyển đổi số thành công.\n"
    )
    assert target_rows(draft.plan) == [(2025, "more_than", 20.0, "percent_of_grdp"), (None, "more_than", 10.0, "percent")]


def test_other_provinces_figures_are_not_the_plans():
    # Regression (quang_binh_bao_hiem_y_te_2025, a development text; the same text as core/tests/extract.rs): a list of
    # other provinces' figures ("Thành phố Hồ Chí Minh là 92,25%, tỉnh An Giang 94%") was drafted as the plan's targets.
    draft = chitieu.extract_plan(
        "Tỉnh Quảng Bình phấn đấu tỷ lệ bao phủ bảo hiểm y tế đạt 95% vào năm 2025.\nSo sánh, tỷ lệ bao phủ bảo hiểm y tế "
        "năm 2025 của thành phố Hà Nội là 93,66%, Thành phố Hồ Chí Minh là 92,25%, tỉnh An Giang 94%.\n"
    )
    assert target_rows(draft.plan) == [(2025, "reach", 95.0, "percent")]


def test_another_provinces_figure_named_before_la_is_none_of_the_plans():
    # Regression (quang_binh_bao_hiem_y_te_2025, a development text; the same text as core/tests/extract.rs): "tỷ lệ ...
    # năm 2022 thành phố Đà Nẵng là 91,66%" was the plan's observation, and a later year's figure of another province
    # its target; only a name right before the figure, or after "của", was another's.
    draft = chitieu.extract_plan(
        "Tỉnh Quảng Bình phấn đấu tỷ lệ bao phủ bảo hiểm y tế đạt 95% vào năm 2025.\nTrong đó tỷ lệ bao phủ bảo hiểm y tế "
        "năm 2022 thành phố Đà Nẵng là 91,66%; năm 2026 tỉnh Gia Lai là 96%.\n"
    )
    assert draft.plan.jurisdiction["id"] == "quang_binh"
    assert target_rows(draft.plan) == [(2025, "reach", 95.0, "percent")]
    assert observation_rows(draft) == []


def test_a_count_of_what_so_names_before_it_is_a_target():
    # Regression (ben_tre_the_thao_2030, ca_mau_giam_ngheo_2024, development texts; the same text as
    # core/tests/extract.rs): with no verb that makes them, "Số CLB TDTT tăng 25 - 30 câu lạc bộ/năm", "số hộ nghèo ...
    # còn 3.675 hộ" and "số trường ... 4/4 trường" were no figures; the change in brackets after the second is none still.
    draft = chitieu.extract_plan(
        "Giai đoạn 2026 - 2030: Số CLB TDTT tăng 25 - 30 câu lạc bộ/năm. Phấn đấu giảm tỷ lệ hộ nghèo đến cuối năm 2026 "
        "còn 1,20%, số hộ nghèo đến cuối năm 2026 còn 3.675 hộ (giảm 1.225 hộ).\nĐến năm 2030, số trường đạt chuẩn "
        "quốc gia 4/4 trường.\n"
    )
    assert target_rows(draft.plan) == [
        (2030, "reach", 30.0, "count"),
        (2026, "reach", 1.2, "percent"),
        (2026, "reach", 3675.0, "count"),
        (2030, "reach", 4.0, "count"),
    ]


def test_amounts_a_semicolon_parts_after_a_total_are_targets_and_a_change_of_one_is_none():
    # Regression (chu_pah_gia_lai_2024, quang_ngai_thu_ngan_sach_2026, development texts; the same text as
    # core/tests/extract.rs): parts after a total were read for every unit but đồng, so the second and third sectors'
    # values were lost; once read, "tăng so với dự toán năm 2025 là 316 tỷ đồng" (a change of the part before) is no part.
    draft = chitieu.extract_plan(
        "Năm 2024, tổng giá trị sản xuất đạt 8.962,72 tỷ đồng. Trong đó, ngành nông-lâm nghiệp, thủy sản là 3.621,68 tỷ "
        "đồng, tăng 8,53% so với năm 2023; ngành công nghiệp-xây dựng 3.671,79 tỷ đồng, tăng 10,53% so với năm 2023; "
        "ngành thương mại-dịch vụ 1.669,24 tỷ đồng.\nNăm 2026, dự toán chi ngân sách địa phương 29.365 tỷ đồng, gồm: Chi "
        "đầu tư phát triển: 5.962 tỷ đồng, tăng so với dự toán năm 2025 là 316 tỷ đồng, tương ứng tăng 6%; Chi trả nợ gốc: "
        "3 tỷ đồng.\n"
    )
    assert target_rows(draft.plan) == [
        (2024, "reach", 8962720000000.0, "dong"),
        (2024, "reach", 3621680000000.0, "dong"),
        (2024, "reach", 3671790000000.0, "dong"),
        (2024, "reach", 1669240000000.0, "dong"),
        (2026, "reach", 29365000000000.0, "dong"),
        (2026, "reach", 5962000000000.0, "dong"),
        (2026, "reach", 3000000000.0, "dong"),
    ]


def test_numbers_a_slash_joins_are_part_of_a_date_only_as_a_day_and_a_month():
    # Regression (ho_chi_minh_giam_ngap_2020, huyen_na_ri_bac_kan_2023, development texts; the same text as
    # core/tests/extract.rs): every number before or after a slash was unused as part of a date, "179/179 tuyến hẻm" and
    # "99,2/151,7 tỷ đồng" too.
    draft = chitieu.extract_plan(
        "Tính đến ngày 26/01/2024, thành phố đã xử lý 179/179 tuyến hẻm ngập nước; giải ngân vốn đầu tư được 99,2/151,7 "
        "tỷ đồng.\n"
    )
    reasons = [(u["text"], u["reason"]) for u in draft.unused_numbers]
    assert ("26", "date") in reasons and ("01", "date") in reasons
    assert [r for t, r in reasons if t == "179" and r != "date"], reasons
    # The result and its plan are read since (test_a_result_over_its_plan_after_a_slash_is_an_observation_and_...).
    for text in ["179", "99,2", "151,7"]:
        assert (text, "date") not in reasons, reasons


def test_a_result_over_its_plan_after_a_slash_is_an_observation_and_the_plan_a_target():
    # Regression (lao_cai_dau_tu_cong_2024, huyen_na_ri_bac_kan_2023, development texts; the same text as
    # core/tests/extract.rs): "4.209/6.216 tỷ đồng" gave neither figure, and a bare result before a plan in tonnes
    # ("4.508.906/4.295.000 tấn") was no observation; the plan's "gần" was carried from its result. A count out of a
    # whole ("15/49 xã") is one figure still.
    draft = chitieu.extract_plan(
        "Tính đến ngày 27/12/2024, giá trị giải ngân vốn đầu tư công của tỉnh đạt 4.209/6.216 tỷ đồng.\nTrong năm 2023, "
        "huyện đã giải ngân vốn đầu tư xây dựng cơ bản được gần 99,2/151,7 tỷ đồng; sản lượng lúa đạt "
        "4.508.906/4.295.000 tấn; toàn huyện có 15/49 xã đạt chuẩn.\n"
    )
    assert target_rows(draft.plan) == [
        (2024, "reach", 6216e9, "dong"),
        (2023, "reach", 151700000000.0, "dong"),
        (2023, "reach", 4295000.0, "tonne"),
    ]
    assert observation_rows(draft) == [(4209e9, 2024), (99200000000.0, 2023), (4508906.0, 2023), (15.0, 2023)]
    assert draft.plan.targets[0]["quote"].startswith("Tính đến ngày")
    # The date is left out of the name (it was "tinh", of "Tính đến ngày").
    assert draft.plan.targets[0]["indicator"] == "gia_tri_giai_ngan_von_dau_tu_cong"
    assert draft.observations[0]["indicator"] == draft.plan.targets[0]["indicator"]


def test_trees_to_plant_are_a_count_to_reach():
    # Regression (cao_bang_phat_trien_rung_2025, dak_nong_cay_xanh_2025, development texts; the same text as
    # core/tests/extract.rs): "trồng 1.000.000 cây phân tán" was no figure: "trồng" (plant) folds to the "trong" (in) of
    # "trong 3 xã", and was no verb that makes things counted.
    draft = chitieu.extract_plan(
        "Giai đoạn 2021 - 2025, tỉnh phấn đấu hoàn thành chỉ tiêu trồng mới 4.980 ha rừng và trồng 1.000.000 cây phân "
        "tán. Trong đó trồng cây phân tán ở khu vực nông thôn trên 1,4 triệu cây.\n"
    )
    assert target_rows(draft.plan) == [
        (2025, "reach", 4980.0, "hectare"),
        (2025, "reach", 1000000.0, "count"),
        (2025, "more_than", 1400000.0, "count"),
    ]


def test_a_count_a_verb_opening_its_part_makes_is_a_target_however_far():
    # Regression (bac_lieu_dao_tao_nghe_2023, xa_so_pai_gia_lai_2025, development texts; the same text as
    # core/tests/extract.rs): the verb that makes them ("giải quyết việc làm", "kết nạp") was looked for among the last
    # six words before the figure only, so "giải quyết việc làm trong nước cho 18.500 người" was no figure.
    draft = chitieu.extract_plan(
        "Đến cuối năm 2023, tỷ lệ lao động qua đào tạo là 69,43%. Đồng thời, giải quyết việc làm trong nước cho 18.500 "
        "người và đưa 300 lao động đi làm việc ở nước ngoài theo hợp đồng. Kết nạp Đảng viên mới trong nhiệm kỳ 30 Đảng "
        "viên.\n"
    )
    assert target_rows(draft.plan) == [
        (2023, "reach", 69.43, "percent"),
        (2023, "reach", 18500.0, "count"),
        (2023, "reach", 300.0, "count"),
        (2023, "reach", 30.0, "count"),
    ]


def test_percentage_points_are_figures_in_percent():
    # Regression (thai_nguyen_quy_hoach_2030, quang_tri_2026, development texts; the same text as core/tests/extract.rs):
    # "1-1,5 điểm%/năm" and "5,59 điểm phần trăm" were no figures.
    draft = chitieu.extract_plan(
        "Năm 2026, phấn đấu tỷ lệ hộ nghèo giảm 1-1,5 điểm%/năm; ngành công nghiệp đóng góp 5,59 điểm phần trăm vào tăng "
        "trưởng GRDP của tỉnh.\n"
    )
    assert target_rows(draft.plan) == [(2026, "reach", 1.5, "percent_per_year"), (2026, "reach", 5.59, "percent")]
    # The sector's contribution to growth is not total factor productivity's, whose name it does not name.
    assert all(t["indicator"] != "tfp_contribution_growth" for t in draft.plan.targets)


def test_the_dot_of_tp_or_tr_ends_no_sentence():
    # Regression (ha_noi_ho_so_truc_tuyen_cap_xa_2025, phuong_dong_son_bim_son_thanh_hoa_2020, development texts; the same
    # text as core/tests/extract.rs): "Tr. đồng" and "Tr.đồng" ended a sentence, so "70,0" and "15" were no amounts;
    # "TP." was meant to end none but did, and the committee that acts in the sentence is no tier of its figure.
    draft = chitieu.extract_plan(
        "UBND TP. Hà Nội đang quyết liệt đẩy mạnh chuyển đổi số, cụ thể các xã, phường tiếp nhận tối thiểu 60% hồ sơ "
        "trực tuyến trong năm 2025. Thu nhập bình quân đầu người/năm đạt 70,0 Tr. đồng đến năm 2025; thu ngân sách đạt 15 "
        "Tr.đồng.\n"
    )
    assert target_rows(draft.plan) == [
        (2025, "at_least", 60.0, "percent"),
        (2025, "reach", 70000000.0, "dong"),
        (2025, "reach", 15000000.0, "dong"),
    ]
    assert draft.plan.targets[0]["quote"].startswith("UBND TP. Hà Nội")
    assert draft.plan.targets[0].get("tier") is None


def test_the_committee_whose_papers_a_figure_counts_is_its_tier():
    # Regression (found in the review of the rule above, before it left the session; the same text as
    # core/tests/extract.rs): "của UBND tỉnh đang ..." was read as the committee acting, so the province's own papers
    # lost their tier.
    draft = chitieu.extract_plan(
        "Phấn đấu đến năm 2025, 100% văn bản của UBND tỉnh đang chờ ký số được ký số trong ngày.\n"
    )
    assert [t.get("tier") for t in draft.plan.targets] == ["province"]


def test_a_bright_spot_is_no_place_counted():
    # Regression (hai_phong_fdi_2024, a development text; the same text as core/tests/extract.rs): "một điểm sáng" (a
    # bright spot) was one place ("điểm") to reach.
    draft = chitieu.extract_plan(
        "Hải Phòng được đánh giá là một điểm sáng trong thu hút FDI và luôn duy trì đứng trong top đầu cả nước. Năm 2025, "
        "thành phố phấn đấu công nhận thêm 3 điểm du lịch.\n"
    )
    assert target_rows(draft.plan) == [(2025, "reach", 3.0, "count")]


def test_a_months_average_in_brackets_is_no_target_of_its_own():
    # Regression (dong_nai_cong_thuong_2023, a development text; the same text as core/tests/extract.rs): "(bình quân 1
    # tháng khoảng 21 ngàn tỷ đồng)", the year's figure divided by twelve, was a target.
    draft = chitieu.extract_plan(
        "Năm 2023, tổng mức bán lẻ hàng hóa, dịch vụ phấn đấu đạt trong khoảng 252,9 – 255,2 ngàn tỷ đồng, tăng 9-10% so "
        "cùng kỳ năm 2022 (bình quân 1 tháng khoảng 21 ngàn tỷ đồng).\n- Kim ngạch xuất khẩu phấn đấu đạt trong khoảng "
        "26,5 - 26,7 tỷ USD, tăng 8,0-8,5% so với năm 2022 (bình quân 1 tháng khoảng 2,2 tỷ USD).\n"
    )
    assert target_rows(draft.plan) == [(2023, "about", 255200000000000.0, "dong"), (2023, "about", 26700000000.0, "usd")]


def test_the_len_of_tro_len_is_no_rise_to_the_next_figure():
    # Regression (kon_tum_giao_duc_dan_toc_thieu_so_2025, a development text; the same text as core/tests/extract.rs):
    # "từ 92% trở lên và đạt 30%" was read as a rise from 92% ("từ ... lên") to 30%, and the floor was lost.
    draft = chitieu.extract_plan("Năm 2025, học sinh có hạnh kiểm tốt, khá từ 92% trở lên và đạt 30% học sinh giỏi.\n")
    assert target_rows(draft.plan) == [(2025, "at_least", 92.0, "percent"), (2025, "reach", 30.0, "percent")]


def test_a_count_given_as_a_range_is_to_reach():
    # Regression (ben_tre_the_thao_2030, gia_lai_the_thao_2030, development texts; the same text as core/tests/extract.rs):
    # a count with no verb that makes it was no target even as a range ("từ 400 - 420 giải/năm"), and "vận động viên"
    # (athletes) read as the scale "vạn" and counted nothing.
    draft = chitieu.extract_plan(
        "Đến năm 2030, duy trì tổ chức các giải TT các cấp từ 400 - 420 giải/năm.\nĐến năm 2025, tập trung tuyển chọn, "
        "huấn luyện thường xuyên từ 80 đến 90 vận động viên các đội tuyển trẻ.\n"
    )
    assert target_rows(draft.plan) == [(2030, "reach", 420.0, "count"), (2025, "reach", 90.0, "count")]


def test_what_a_party_body_has_is_no_target():
    # Regression (phuong_tam_thang_ho_chi_minh, a development text; the same text as core/tests/extract.rs): "Đảng bộ
    # phường có 74 tổ chức Đảng", what the ward's Party organisation has, was a count to reach.
    draft = chitieu.extract_plan(
        "Đảng bộ phường có 74 tổ chức Đảng với 5.067 đảng viên. Đến năm 2030, phường phấn đấu kết nạp mới 300 đảng viên.\n"
    )
    assert target_rows(draft.plan) == [(2030, "reach", 300.0, "count")]


def test_a_period_before_a_colon_holds_for_the_lines_after_it():
    # Regression (ben_tre_the_thao_2030, a development text reshaped a sentence per line; the same text as
    # core/tests/extract.rs): "Số CLB TDTT tăng 25 - 30 câu lạc bộ/năm" after "giai đoạn 2026 - 2030:" lost the period.
    draft = chitieu.extract_plan(
        "TT cho mọi người, giai đoạn 2024 - 2025: Số người tập luyện TDTT thường xuyên tăng từ 49,1 - "
        "50%.\nTT cho mọi người, giai đoạn 2026 - 2030: Phấn đấu hàng năm, tỷ lệ người tập luyện TDTT thường "
        "xuyên tăng từ 1,5 - 2%.\nSố CLB TDTT tăng 25 - 30 câu lạc bộ/năm.\n"
    )
    assert target_rows(draft.plan) == [
        (2025, "reach", 50.0, "percent_increase"),
        (2030, "reach", 2.0, "percent_per_year"),
        (2030, "reach", 30.0, "count"),
    ]


def test_a_line_opening_with_trong_do_reads_the_line_before():
    # Regression (xa_phu_do_thai_nguyen_2025, a development text reshaped a sentence per line; the same text as
    # core/tests/extract.rs): "Trong đó có các kết quả nổi bật như: ..." on a line of its own lost the report of the line
    # before, and the results were targets.
    draft = chitieu.extract_plan(
        "Theo đánh giá tại Đại hội, trong nhiệm kỳ 2015-2020, Đảng bộ xã đã tập trung lãnh đạo Nhân dân phát "
        "triển kinh tế - xã hội và đạt được kết quả quan trọng.\nHầu hết các chỉ tiêu, nhiệm vụ đề ra đều đạt "
        "và vượt kế hoạch.\nTrong đó có các kết quả nổi bật như: xã đạt chuẩn Nông thôn mới vào năm 2018 "
        "(hoàn thành sớm 2 năm so với Nghị quyết); tỷ lệ hộ nghèo giảm chỉ còn 6,95%; kết nạp được 50 đảng "
        "viên mới.\n"
    )
    assert target_rows(draft.plan) == []
    assert [value for value, _ in observation_rows(draft)] == [6.95, 50.0]


def test_a_quotation_opening_a_wrapped_line_goes_on_with_its_sentence():
    # Regression (phu_tho_ocop_2026 wrapped at 80 columns, a development text; the same text as core/tests/extract.rs):
    # the line break before "“Mỗi xã một sản phẩm”" ended the sentence "Theo kết quả tổng hợp ...", and the results it
    # reports were targets.
    draft = chitieu.extract_plan(
        "Theo kết quả tổng hợp của Hội đồng đánh giá, phân hạng sản phẩm Chương trình\n"
        "“Mỗi xã một sản phẩm” (OCOP) tỉnh, trong đợt 1 năm 2025, toàn tỉnh có thêm 64\n"
        "sản phẩm được công nhận đạt chuẩn OCOP từ 3 sao trở lên. Trong đó, có 10 sản\n"
        "phẩm đạt chuẩn 4 sao và 54 sản phẩm đạt chuẩn 3 sao. Năm 2026, tỉnh đặt mục\n"
        "tiêu phát triển và tiêu chuẩn hóa thêm 52 sản phẩm đạt chứng nhận OCOP từ 3 sao.\n"
    )
    assert target_rows(draft.plan) == [(2026, "reach", 52.0, "count")]
    assert [value for value, _ in observation_rows(draft)] == [64.0, 10.0, 54.0]


def test_a_wrapped_paragraph_reads_as_the_paragraph():
    # Regression (xa_phong_tho_lai_chau_2030 wrapped at 80 columns, a development text; the same text as
    # core/tests/extract.rs): a line break after a sentence's end in a line the wrapping filled ended the paragraph, so
    # the term's report before it no longer dated the figures after it: the wrapped text read unlike its paragraphs.
    wrapped = (
        "Nhiệm kỳ 2020-2025, Đảng bộ, chính quyền và nhân dân các dân tộc xã Phong Thổ\n"
        "đã phát huy tiềm năng, thế mạnh, nỗ lực phấn đấu đạt được những kết quả quan\n"
        "trọng. Sản xuất nông - lâm nghiệp trên địa bàn có nhiều chuyển biến rõ nét.\n"
        "Tổng thu ngân sách và doanh thu công nghiệp, tiểu thủ công nghiệp trên địa bàn\n"
        "xã đều cán mốc 200 tỷ đồng. Tổng mức bán lẻ hàng hóa của xã đạt 700 tỷ đồng,\n"
        "cho thấy sức mua và đời sống người dân được cải thiện rõ rệt.\n"
        "\n"
        "Đặc biệt, lĩnh vực du lịch của xã cũng có sự bứt phá ngoạn mục. Hơn 26 nghìn\n"
        "lượt khách đổ về, mang lại doanh thu hơn 22 tỷ đồng, mở ra hướng đi mới cho\n"
        "kinh tế địa phương. Lĩnh vực văn hóa - xã hội của xã cũng có nhiều chuyển biến\n"
        "tích cực. Đến nay, toàn xã Phong Thổ có 91,7% trường đạt chuẩn quốc gia.\n"
        "\n"
        "Nhiệm kỳ 2025-2030, Đại hội đề ra mục tiêu tổng mức bán lẻ hàng hóa đạt 1.000\n"
        "tỷ đồng.\n"
    )
    rows = target_rows(chitieu.extract_plan(wrapped).plan)
    assert rows == target_rows(chitieu.extract_plan(unwrapped(wrapped)).plan)
    assert len(rows) == 3


def test_a_link_on_its_own_line_does_not_hide_the_wrapping():
    # Regression (nghe_an_lam_nghiep_2030 wrapped at 80 columns, a development text; the same text as
    # core/tests/extract.rs): the image's address, longer than any wrapped line, hid the width the text was wrapped at,
    # so "(gồm: 171.062 ha ...; 370.405 ha ...; 607.009 ha ..." on its own line lost the total it parts and two parts.
    wrapped = (
        "Theo quy hoạch đến năm 2030, tỉnh Nghệ An sẽ có 1.148.476 ha đất lâm nghiệp\n"
        "(gồm: 171.062 ha rừng đặc dụng; 370.405 ha rừng phòng hộ; 607.009 ha rừng sản\n"
        "xuất). Qua đó, đóng góp ngày càng tăng vào quá trình phát triển kinh tế - xã\n"
        "hội, bảo vệ môi trường, bảo tồn tài nguyên thiên nhiên, đa dạng sinh học và ứng\n"
        "phó với biến đổi khí hậu.\n"
        "\n"
        "![Ảnh](https://media.example.vn/images/ho-dan-dau-tien-tai-nghe-an-don-nhan-chung-chi-fsc-trong-va-khai-thac-rung-lung-tai-xa-dong-van-huyen-que-phong.jpg)\n"
        "\n"
        "Việc xây dựng quy hoạch đất lâm nghiệp cũng tạo hành lang pháp lý để các địa\n"
        "phương xây dựng các chương trình, đề án, kế hoạch, cơ chế, chính sách phát\n"
        "triển, từ đó tạo thành phong trào thi đua sôi nổi, góp phần thiết thực vào việc\n"
        "thực hiện thắng lợi các mục tiêu phát triển ngành lâm nghiệp theo đúng định\n"
        "hướng đến năm 2030, tầm nhìn đến năm 2050. Qua đó, đảm bảo mục tiêu duy trì tỷ\n"
        "lệ che phủ rừng tỉnh Nghệ An ổn định ở mức 58%.\n"
    )
    rows = target_rows(chitieu.extract_plan(wrapped).plan)
    assert rows == target_rows(chitieu.extract_plan(unwrapped(wrapped)).plan)
    assert len(rows) == 5


def test_a_period_right_after_a_percentage_dates_it_under_a_years_heading():
    # Regression (quang_nam_quy_hoach_2020, a development text a sentence per line; the same text as
    # core/tests/extract.rs): "trên 16%/năm giai đoạn 2016 - 2020" on its own line after "Đến năm 2025:" took 2025.
    draft = chitieu.extract_plan(
        "Đến năm 2025: GRDP/người đạt khoảng 5.000 USD.\n"
        "Kim ngạch xuất khẩu tăng bình quân trên 16%/năm giai đoạn 2016 - 2020; tăng 17%/năm giai đoạn 2021 - 2025.\n"
    )
    assert target_rows(draft.plan) == [
        (2025, "about", 5000.0, "usd"),
        (2020, "more_than", 16.0, "percent_per_year"),
        (2025, "reach", 17.0, "percent_per_year"),
    ]


def test_a_period_after_trong_right_after_a_percentage_dates_it():
    # Regression (hau_giang_xanh_2030, a development text; the same text as core/tests/extract.rs): "đạt 100% trong giai
    # đoạn 2021-2025" took 2030, the year opening its sentence.
    draft = chitieu.extract_plan(
        "Đến năm 2030, 90% chất thải rắn sinh hoạt của hộ gia đình ở nông thôn được thu gom, xử lý theo quy định; "
        "duy trì các chỉ tiêu thực hiện đạt 100% trong giai đoạn 2021-2025.\n"
    )
    assert target_rows(draft.plan) == [(2030, "reach", 90.0, "percent"), (2025, "reach", 100.0, "percent")]


def test_a_sentence_with_no_figure_between_a_report_and_its_figures_carries_the_report():
    # Regression (xa_phong_tho_lai_chau_2030, a development text reshaped a sentence per line; the same text as
    # core/tests/extract.rs): "Sản xuất ... rõ nét." on its own line, and "cán mốc" read as "cần" (need), ended the
    # term's report, so "Tổng mức bán lẻ ... đạt 700 tỷ đồng" was a target.
    draft = chitieu.extract_plan(
        "Nhiệm kỳ 2020-2025, Đảng bộ xã đã phát huy tiềm năng, nỗ lực phấn đấu đạt được những kết quả quan trọng.\n"
        "Sản xuất nông - lâm nghiệp trên địa bàn có nhiều chuyển biến rõ nét.\n"
        "Tổng thu ngân sách trên địa bàn xã đều cán mốc 200 tỷ đồng.\n"
        "Tổng mức bán lẻ hàng hóa của xã đạt 700 tỷ đồng, cho thấy sức mua được cải thiện rõ rệt.\n"
        "Đến năm 2030, tổng mức bán lẻ hàng hóa của xã đạt 1.000 tỷ đồng.\n"
    )
    assert target_rows(draft.plan) == [(2030, "reach", 1e12, "dong")]
    assert observation_rows(draft) == [(2e11, 2025), (7e11, 2025)]


def test_what_someone_did_reports_the_clauses_a_semicolon_parts_after_it():
    # Regression (vinh_phuc_nong_thon_moi_2025, a development text; the same text as core/tests/extract.rs): "đã quy
    # hoạch" reported its own clause only, so "... với gần 1.100 trang trại, 33 xã chăn nuôi lợn" after the ";" were
    # targets.
    draft = chitieu.extract_plan(
        "Toàn tỉnh đã quy hoạch được 1.640ha vùng sản xuất rau an toàn; quy hoạch phát triển chăn nuôi theo vùng và "
        "xã trọng điểm, với gần 1.100 trang trại, 33 xã chăn nuôi lợn. Đến năm 2025, tỉnh phấn đấu có thêm 20 xã đạt "
        "chuẩn nông thôn mới nâng cao.\n"
    )
    assert target_rows(draft.plan) == [(2025, "reach", 20.0, "count")]
    assert [value for value, _ in observation_rows(draft)] == [1100.0, 33.0]


def test_an_area_given_as_a_range_is_to_reach():
    # Regression (ben_tre_nong_nghiep_2025, a development text; the same text as core/tests/extract.rs): an area with no
    # verb that makes it was no target even as a range ("từ 20 - 22.000 ha").
    draft = chitieu.extract_plan(
        "Đến năm 2025, xây dựng thí điểm các vùng nguyên liệu tập trung với quy mô từ 20 - 22.000 ha nhóm sản phẩm "
        "dừa; 1.500 - 2.200 ha nhóm sản phẩm quả.\n"
    )
    assert target_rows(draft.plan) == [(2025, "reach", 22000.0, "hectare"), (2025, "reach", 2200.0, "hectare")]


def test_what_a_figures_noun_underwent_reports_nothing_after_its_clause():
    # Regression (ho_chi_minh_giam_ngap_2020, a development text; the same text as core/tests/extract.rs): "23/23 tuyến
    # đường ngập nước đã xử lý tạm ..." (roads treated before) reported the rest of its line, so "xây dựng 7 nhà máy xử
    # lý nước thải" after the ";" was an observation.
    draft = chitieu.extract_plan(
        "Đến năm 2020, TP sẽ giải quyết 13/17 tuyến đường ngập nước do mưa, 23/23 tuyến đường ngập nước đã xử lý tạm "
        "bằng giải pháp cấp bách trước đây; xây dựng 7 nhà máy xử lý nước thải.\n"
    )
    assert target_rows(draft.plan) == [
        (2020, "reach", 13.0, "count"),
        (2020, "reach", 23.0, "count"),
        (2020, "reach", 7.0, "count"),
    ]
    assert observation_rows(draft) == []


def test_figures_tuong_ung_to_periods_take_their_ends_in_order():
    # Regression (khu_kinh_te_van_don_quang_ninh_2030, a development text; the same text as core/tests/extract.rs):
    # "tương ứng" was not read as "lần lượt", and periods listed without "giai đoạn" before each dated nothing.
    draft = chitieu.extract_plan(
        "Tốc độ tăng dân số trung bình trong các giai đoạn đến 2020, 2021 – 2025, 2026 – 2030 tương ứng là 6%, 11% và "
        "8%.\n"
    )
    assert [(year, value) for year, _, value, _ in target_rows(draft.plan)] == [(2020, 6.0), (2025, 11.0), (2030, 8.0)]
    assert len({t["indicator"] for t in draft.plan.targets}) == 1


def test_a_period_after_a_sentences_lead_in_dates_the_paragraph_after_it():
    # Regression (gia_lai_the_thao_2030, a development text; the same text as core/tests/extract.rs): "Về thể thao thành
    # tích cao, trong giai đoạn 2023-2025, ..." held for its own line only, so "Hàng năm, ... đạt từ 30 đến 40 giải" in
    # the next paragraph took no year.
    draft = chitieu.extract_plan(
        "Số học sinh phổ thông được đánh giá và phân loại thể lực theo tiêu chuẩn rèn luyện thân thể đến năm 2025 "
        "đạt trên 98% và đến năm 2030 đạt trên 99%.\n"
        "\n"
        "Về thể thao thành tích cao, trong giai đoạn 2023-2025, tập trung tuyển chọn, huấn luyện thường xuyên từ 80 "
        "đến 90 vận động viên.\n"
        "\n"
        "Hàng năm, tham gia các giải khu vực, quốc gia, quốc tế đạt từ 30 đến 40 giải.\n"
    )
    assert target_rows(draft.plan) == [
        (2025, "more_than", 98.0, "percent"),
        (2030, "more_than", 99.0, "percent"),
        (2025, "reach", 90.0, "count"),
        (2025, "reach", 40.0, "count"),
    ]


def test_a_higher_aim_beside_a_floor_takes_no_comparator_from_it():
    # Regression (hau_giang_xanh_2030, a development text; the same text as core/tests/extract.rs): "ít nhất 95% và phấn
    # đấu 100%" carried "at least" to the 100%, the aim the plan strives for.
    draft = chitieu.extract_plan(
        "Đến năm 2030, ít nhất 95% và phấn đấu 100% chất thải rắn sinh hoạt của hộ gia đình ở đô thị được thu gom, xử "
        "lý theo quy định.\n"
    )
    assert target_rows(draft.plan) == [(2030, "at_least", 95.0, "percent"), (2030, "reach", 100.0, "percent")]


def test_a_floor_right_after_a_figure_is_its_own_before_a_bracket():
    # Regression (nong_cong_thanh_hoa, a development text; the same text as core/tests/extract.rs): "trở lên" was read
    # into the bracketed level's words, so the fall of 3% lost its floor.
    draft = chitieu.extract_plan("Đến năm 2020: Tỷ lệ hộ nghèo giảm 3% trở lên (còn 7%).\n")
    assert [(year, comparator, value) for year, comparator, value, _ in target_rows(draft.plan)] == [
        (2020, "at_least", 3.0),
        (2020, "reach", 7.0),
    ]


def test_a_things_scale_named_by_a_level_is_no_tier():
    # Regression (gia_lai_moi_truong_nong_thon_2025, a development text; the same text as core/tests/extract.rs): "mô
    # hình ... quy mô cấp huyện" (models at a district's scale) gave the count the district tier.
    draft = chitieu.extract_plan("Đến năm 2025, triển khai 1 – 2 mô hình xử lý chất thải sinh hoạt quy mô cấp huyện trở lên với công nghệ phù hợp.\n")
    assert target_rows(draft.plan) == [(2025, "reach", 2.0, "count")]
    assert [t.get("tier") for t in draft.plan.targets] == [None]


def test_a_result_beyond_its_objective_by_a_deadline_is_reported():
    # Regression (ha_giang_truong_chuan_quoc_gia_2020, a development text; the same text as core/tests/extract.rs): "Dự
    # kiến đến hết năm 2020, ... đạt 42%, vượt chỉ tiêu ..." was wanted by its deadline alone and was a target.
    draft = chitieu.extract_plan(
        "Dự kiến đến hết năm 2020, tỷ lệ trường đạt chuẩn Quốc gia đạt 42%, vượt chỉ tiêu Nghị quyết Đại hội Đảng bộ tỉnh "
        "lần thứ XVI.\nPhấn đấu đến năm 2025, tỷ lệ trường đạt chuẩn Quốc gia đạt 50%.\n"
    )
    assert target_rows(draft.plan) == [(2025, "reach", 50.0, "percent")]
    assert observation_rows(draft) == [(42.0, 2020)]


def test_a_sectors_value_before_its_share_is_no_target_of_its_own():
    # Regression (xa_an_binh_bac_ninh_2023, a development text; the same text as core/tests/extract.rs): "đạt 298 tỉ
    # đồng, chiếm 48%" gave the value in đồng as a target beside the share of the economy.
    draft = chitieu.extract_plan(
        "Năm 2023 phấn đấu tổng thu nhập xã hội trên địa bàn xã đạt 621 tỉ đồng. Trong đó giá trị thương mại dịch vụ đạt "
        "298 tỉ đồng, chiếm 48%.\n"
    )
    assert target_rows(draft.plan) == [(2023, "reach", 621e9, "dong"), (2023, "reach", 48.0, "percent")]


def test_the_plan_a_sentence_follows_dates_what_it_says_will_be_done():
    # Regression (ho_chi_minh_giam_ngap_2020's words, a development text; the same text as core/tests/extract.rs):
    # "Theo kế hoạch đến năm 2020" was read as another document's name, and the count took no year.
    draft = chitieu.extract_plan("Theo kế hoạch đến năm 2020, TP sẽ giải quyết 13/17 tuyến đường ngập nước do mưa.\n")
    assert target_rows(draft.plan) == [(2020, "reach", 13.0, "count")]


def test_a_water_plants_capacity_is_a_target_in_cubic_metres_a_day():
    # Regression (ha_noi_cap_nuoc_an_toan_2020's words, a development text; the same text as core/tests/extract.rs): the
    # model had no unit for a capacity a day, and "300.000m3/ngày đêm" was read as nothing.
    draft = chitieu.extract_plan(
        "Thành phố đẩy nhanh tiến độ, hoàn thành trước năm 2020 các dự án: Nhà máy nước Dương Nội - Hà Đông 30.000m3/ngày "
        "đêm (hoàn thành trong năm 2017); nâng công suất Nhà máy nước Bắc Thăng Long - Vân Trì lên 150.000m3/ngày đêm; "
        "Nhà máy nước mặt sông Hồng, công suất 300.000m3/ngày đêm.\n"
    )
    assert target_rows(draft.plan) == [
        (2017, "reach", 30_000.0, "cubic_metre_per_day"),
        (2020, "reach", 150_000.0, "cubic_metre_per_day"),
        (2020, "reach", 300_000.0, "cubic_metre_per_day"),
    ]
    back = chitieu.Plan.from_json(draft.plan.to_json())
    assert back.to_json() == draft.plan.to_json()
    assert chitieu.label("unit", "cubic_metre_per_day", "vi") == "m³/ngày đêm"
    assert chitieu.indicator_kind("cubic_metre_per_day")["kind"] == "level_or_share"


def test_the_sex_ratio_at_birth_is_boys_per_hundred_girls():
    # Regression (thai_nguyen_dan_so_2023's and ho_chi_minh_dan_so's words, development texts; the same text as
    # core/tests/extract.rs): the model had no unit for the sex ratio at birth, and "113 bé trai/100 bé gái" was read as
    # nothing.
    draft = chitieu.extract_plan(
        "Trong năm 2022, tỷ số giới tính khi sinh là 113,5 trẻ nam/100 trẻ nữ (năm 2021 là 113,9 trẻ nam/100 trẻ nữ).\n"
        "Thái Nguyên phấn đấu năm 2023, tỷ số giới tính khi sinh là 113 bé trai/100 bé gái sinh ra sống; tổng tỷ suất "
        "sinh là 2,12 con/phụ nữ. Thành phố sẽ duy trì tỷ số giới tính khi sinh từ 103 đến 107 bé trai/100 bé gái.\n"
    )
    assert target_rows(draft.plan) == [
        (2023, "reach", 113.0, "boys_per_hundred_girls"),
        (2023, "reach", 2.12, "children_per_woman"),
        (2023, "reach", 107.0, "boys_per_hundred_girls"),
    ]
    assert observation_rows(draft) == [(113.5, 2022), (113.9, 2021)]
    # Named by the words before it, as a yield and a fertility rate are, not by "bé gái sinh ra sống" after it.
    assert draft.plan.indicator(draft.plan.targets[0]["indicator"])["name_vi"] == "tỷ số giới tính khi sinh"
    assert chitieu.label("unit", "boys_per_hundred_girls", "vi") == "bé trai/100 bé gái"


def test_an_indented_paragraph_reads_as_it_does_flush_left():
    # Regression (kon_tum_dinh_duong_2030's words, a development text; the same text as core/tests/extract.rs): a
    # paragraph indented by a tab (as Word's and PDF's text often is) was read as a table's row, its figures dated by
    # the dateline (2022) and named by nothing; indented by spaces, the headline's figure was drafted twice.
    flush_left = (
        "Kon Tum: Đến năm 2025, tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 35%\n- 15:27 - 21/12/2022\nTheo đó, "
        "Chương trình đặt ra các mục tiêu cụ thể. Nhóm mục tiêu 1: Cải thiện tình trạng dinh dưỡng của phụ nữ và trẻ em. "
        "Đến năm 2025: Tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 5 tuổi dưới 35%; tỷ lệ thiếu máu ở phụ nữ có thai "
        "dưới 25,4%. Đến năm 2030: Tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 5 tuổi dưới 33%; tỷ lệ thiếu máu ở phụ "
        "nữ có thai dưới 23,4%.\n"
    )
    flush = target_rows(chitieu.extract_plan(flush_left).plan)
    assert flush == [
        (2025, "less_than", 35.0, "percent"),
        (2025, "less_than", 25.4, "percent"),
        (2030, "less_than", 33.0, "percent"),
        (2030, "less_than", 23.4, "percent"),
    ]
    for indent in ["\t", "    ", "\u00a0"]:
        text = "".join(f"{indent}{line}\n" for line in flush_left.splitlines())
        draft = chitieu.extract_plan(text)
        assert target_rows(draft.plan) == flush, repr(indent)
        # The quotes lead back to the indented text, past the indentation.
        for t, d in zip(draft.plan.targets, draft.targets):
            assert text[d["start"]:d["end"]] == t["quote"]


def test_a_headline_with_a_spaced_percent_names_the_plan_and_its_year():
    # Regression (quan_nam_tu_liem_ha_noi_2024's words, a development text; the same text as core/tests/extract.rs): with
    # "100 %" for "100%", the headline was the plan's title whole, the annual plan's year was lost, and no target had a
    # year.
    draft = chitieu.extract_plan(
        "100 % Đại biểu HĐND quận biểu quyết thông qua Nghị quyết về kế hoạch phát triển KT-XH, QP-AN năm 2024\nNgày đăng "
        "19/12/2023 | 09:42  | Lượt xem: 997\n\nCác chỉ tiêu kinh tế: Thu ngân sách nhà nước trên địa bàn là 8.471 tỷ đồng. "
        "Các chỉ tiêu xã hội: Tỷ lệ sinh con thứ 3 trở lên là 2,83 %.\n"
    )
    assert target_rows(draft.plan) == [(2024, "reach", 8471e9, "dong"), (2024, "reach", 2.83, "percent")]
    assert draft.plan.document["title"] == "kế hoạch phát triển KT-XH, QP-AN năm 2024"
    assert draft.plan.period["from"] == 2024


def test_a_year_opening_a_bracket_of_its_own_figure_dates_that_figure_only():
    # Regression (thai_nguyen_dan_so_2023's words, a development text; the same text as core/tests/extract.rs): "(năm
    # 2021 là 113,9 ...)" dated the figure before the bracket as well, 2021 for 2022's 113,5.
    draft = chitieu.extract_plan(
        "Trong năm 2022, Thái Nguyên đã triển khai thực hiện công tác dân số - KHHGĐ có nền nếp, đạt và vượt nhiều chỉ "
        "tiêu kế hoạch đề ra.\nTheo đó, ước tính số trẻ sinh ra trên địa bàn tỉnh là gần 14 nghìn trẻ, giảm hơn 2,4 "
        "nghìn trẻ so với năm trước; tỷ số giới tính khi sinh là 113,5 trẻ nam/100 trẻ nữ (năm 2021 là 113,9 trẻ nam/100 "
        "trẻ nữ); tỷ lệ bà mẹ mang thai được tầm soát, sàng lọc trước sinh đạt xấp xỉ 38%.\nNăm 2023, Thái Nguyên phấn "
        "đấu tổng tỷ suất sinh là 2,12 con/phụ nữ.\n"
    )
    assert target_rows(draft.plan) == [(2023, "reach", 2.12, "children_per_woman")]
    assert observation_rows(draft) == [(113.5, 2022), (113.9, 2021), (38.0, 2022)]


def test_parts_in_brackets_after_their_totals_sentence_read_the_same_on_a_line_of_their_own():
    # Regression (xa_lo_ku_gia_lai's words, a development text; the same text as core/tests/extract.rs): a sentence per
    # line, "(trong đó: ..." opened a line of its own, and its areas were no targets.
    text = (
        "Cơ cấu kinh tế đến năm 2025:\n(2) Tổng diện tích gieo trồng hằng năm: 3.830 ha. (trong đó: Cây Ngô lai, rau "
        "đậu các loại 2.700 ha; Lúa nước 2 vụ 40 ha; cây Mía 370 ha).\n(3) Tổng đàn gia súc: 3.200 con.\n"
    )
    published = target_rows(chitieu.extract_plan(text).plan)
    assert published == [
        (2025, "reach", 3830.0, "hectare"),
        (2025, "reach", 2700.0, "hectare"),
        (2025, "reach", 40.0, "hectare"),
        (2025, "reach", 370.0, "hectare"),
        (2025, "reach", 3200.0, "count"),
    ]
    assert target_rows(chitieu.extract_plan(text.replace(". ", ".\n")).plan) == published


def test_a_roadmaps_earlier_stage_takes_no_later_year_from_the_sentence_before():
    # Regression (ba_ria_vung_tau_hoc_tap_suot_doi_2030's words, a development text; the same text as
    # core/tests/extract.rs): the second sentence's 60% took 2030, the year the first sentence's later stage ends with;
    # it is the earlier stage of its own sentence's 80% in 2030, of the objective's 2025 (as with a sentence per line).
    text = (
        "Theo đó, UBND tỉnh đặt mục tiêu đến năm 2025, 40% người lao động trong “Gia đình học tập” và phải đạt 60% vào "
        "năm 2030. 60% cán bộ, công chức, nhân viên trong “Đơn vị học tập” trên địa bàn cấp xã đạt danh hiệu “Công dân "
        "học tập” và tiến tới là 80% vào năm 2030.\n"
    )
    published = target_rows(chitieu.extract_plan(text).plan)
    assert published == [
        (2025, "reach", 40.0, "percent"),
        (2030, "reach", 60.0, "percent"),
        (2025, "reach", 60.0, "percent"),
        (2030, "reach", 80.0, "percent"),
    ]
    assert target_rows(chitieu.extract_plan(text.replace(". ", ".\n")).plan) == published


def test_any_verb_after_da_reports_its_clause():
    # Regression (huyen_co_to_quang_ninh_du_lich_2025's words, a development text; the same text as
    # core/tests/extract.rs): "đã ghi nhận" (recorded) was no word that reports, and the quarter's visitors were a target.
    text = (
        "Năm 2025 địa phương đặt mục tiêu đón trên 300.000 lượt khách, đồng thời giảm thiểu tối đa rác thải nhựa trong "
        "các hoạt động du lịch. Trong quý I/2025, Cô Tô đã ghi nhận hơn 10.000 lượt khách, mở đầu cho một năm nhiều kỳ "
        "vọng.\n"
    )
    draft = chitieu.extract_plan(text)
    assert target_rows(draft.plan) == [(2025, "more_than", 300000.0, "count")]
    assert observation_rows(draft) == [(10000.0, 2025)]


def test_the_economys_investment_said_without_toan_is_a_target_not_a_budget():
    # Regression (huyen_nong_son_quang_nam_2023's words, a development text; the same text as core/tests/extract.rs):
    # "tổng vốn đầu tư xã hội" (without "toàn xã hội") opened the plan's budget, and its 250 tỷ đồng was no target.
    text = (
        "Năm 2023, Nông Sơn đặt ra một số chỉ tiêu chủ yếu, gồm: thu ngân sách do huyện quản lý đạt hơn 14,5 tỷ đồng; "
        "tổng vốn đầu tư xã hội khoảng 250 tỷ đồng; giải quyết việc làm mới cho khoảng 200 lao động.\n"
    )
    draft = chitieu.extract_plan(text)
    assert target_rows(draft.plan) == [
        (2023, "more_than", 14500000000.0, "dong"),
        (2023, "about", 250000000000.0, "dong"),
        (2023, "about", 200.0, "count"),
    ]
    assert draft.plan.budget is None


def test_landfills_transfer_stations_and_incinerators_are_counted():
    # Regression (kien_giang_xu_ly_chat_thai_ran_2025's words, a development text; the same text as
    # core/tests/extract.rs): "bãi", "trạm" and "lò đốt" were no counted nouns, and only the first of the list was a
    # target.
    text = (
        "Theo quy hoạch được phê duyệt đến năm 2025, Kiên Giang có 7 khu xử lý chất thải rắn liên huyện, 7 bãi chôn lấp "
        "khu vực đô thị, 20 bãi chôn lấp khu vực nông thôn, 10 trạm trung chuyển chất thải rắn đô thị, 46 trạm trung "
        "chuyển khu vực nông thôn và 10 lò đốt rác tại các xã đảo.\n"
    )
    rows = target_rows(chitieu.extract_plan(text).plan)
    assert rows == [(2025, "reach", v, "count") for v in (7.0, 7.0, 20.0, 10.0, 46.0, 10.0)]


def test_a_results_report_reports_and_the_provincial_index_is_not_digital_competitiveness():
    # Regression (cao_bang_nang_luc_canh_tranh_2022's words, a development text; the same text as
    # core/tests/extract.rs): "Theo báo cáo kết quả" reported nothing, and the rank of 2020 was a target of the
    # national resolution's digital competitiveness rank in Southeast Asia.
    text = (
        "Theo báo cáo kết quả Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) năm 2021 do Phòng Thương mại và Công nghiệp "
        "Việt Nam (VCCI) phối hợp với Cơ quan Phát triển Quốc tế Hoa Kỳ (USAID) công bố, Cao Bằng xếp hạng 63 trong "
        "bảng tổng sắp các tỉnh, thành trong cả nước với 56,29 điểm, giảm 5,91 điểm và giảm 9 bậc so với năm 2020 (năm "
        "2020 là 62,20 điểm, xếp hạng 54/63), nằm trong nhóm thấp trên bảng xếp hạng PCI toàn quốc.\n"
    )
    draft = chitieu.extract_plan(text)
    assert target_rows(draft.plan) == []
    assert observation_rows(draft) == [(54.0, 2020)]
    assert not draft.observations[0]["indicator"].startswith("digital_competitiveness")


def test_only_the_digital_economy_named_in_its_sentence_is_the_digital_economys():
    # Regression (bac_lieu_du_lich_2030, phu_yen and thai_nguyen_kinh_te_tu_nhan_2030's words, development texts; the
    # same text as core/tests/extract.rs): tourism's and the private sector's shares of GRDP were the digital
    # economy's, and a share of the labour force the digital economy's workforce.
    text = (
        "Bạc Liêu đặt mục tiêu đến năm 2025 đón trên 7 triệu lượt khách, tổng doanh thu đạt trên 10.000 tỷ đồng, đóng "
        "góp 7 - 9% GRDP của tỉnh.\nVề Kinh tế số, phấn đấu tỷ trọng đạt 12% GRDP; trong từng ngành, lĩnh vực đạt tỷ "
        "trọng tối thiểu 10%.\nKhu vực kinh tế tư nhân được kỳ vọng sẽ đóng góp từ 50-55% GRDP, 18-20% tổng thu ngân "
        "sách nhà nước (không tính thu từ đất), giải quyết việc làm cho khoảng 74-75% lực lượng lao động.\n"
    )
    ids = [t["indicator"] for t in chitieu.extract_plan(text).plan.targets]
    assert len(ids) == 8, ids
    digital = [(i, x) for i, x in enumerate(ids) if x.startswith("digital_")]
    assert digital == [(3, "digital_economy_share_grdp"), (4, "digital_economy_share_sectors")]


def test_a_catalogue_indicator_measures_only_a_phrase_that_names_what_it_is_of():
    # Regression (ca_mau and khanh_hoa_thuy_san_2025's words, development texts; the same text as
    # core/tests/extract.rs): e-invoices were e-contracts, and seafood's share of exports the high-technology export
    # share.
    text = (
        "Đến năm 2025, tỷ lệ doanh nghiệp sử dụng hoá đơn điện tử đạt 100%; tỷ lệ doanh nghiệp sử dụng hợp đồng điện "
        "tử đạt trên 80%.\nKim ngạch xuất khẩu thủy sản luôn chiếm từ 35% - 44% giá trị xuất khẩu của tỉnh.\n"
    )
    ids = [t["indicator"] for t in chitieu.extract_plan(text).plan.targets]
    assert ids[:2] == ["enterprises_use_e_invoices", "enterprises_e_contracts"]
    assert len(ids) == 3, ids
    assert ids[2] != "high_tech_export_share"


def test_the_committee_in_someones_office_is_no_tier():
    # Regression (ha_noi_dai_hoi_2030's words, a development text; the same text as core/tests/extract.rs): "Phó Chủ
    # tịch UBND TP" made the figures of its sentence the city tier's.
    text = (
        "Theo Phó Chủ tịch UBND TP Hà Nội, thành phố chú trọng “xanh hóa” đô thị, nâng diện tích cây xanh bình quân "
        "lên trên 10 m²/người; 100% chất thải rắn được phân loại.\n"
    )
    targets = chitieu.extract_plan(text).plan.targets
    assert [t.get("tier") for t in targets] == [None, None]


def test_the_nations_figures_and_other_provinces_are_not_the_provinces_targets():
    # Regression (quang_binh_bao_hiem_y_te_2025's words, a development text; the same text as core/tests/extract.rs):
    # "toàn quốc năm 2022 là" named no nation, and the country's coverage was four targets; "tỉnh Bà Rịa - Vũng Tàu
    # 91,5%" (a name with a dash) was the province's own.
    text = (
        "Cụ thể, tỉnh Quảng Bình được giao tỷ lệ bao phủ bảo hiểm y tế năm 2022 là 91,75%, năm 2023 là 92,50%, năm "
        "2024 là 93,75%, năm 2025 là 95,00%.\nĐược biết, giao tỷ lệ bao phủ bảo hiểm y tế toàn quốc năm 2022 là 92,6%, "
        "năm 2023 là 93,2%, năm 2024 là 94,1%, năm 2025 là 95,15%, trong đó tỷ lệ bao phủ bảo hiểm y tế năm 2022 thành "
        "phố Hà Nội là 91,66%, Thành phố Hồ Chí Minh là 91,25%, tỉnh An Giang 92%, tỉnh Bà Rịa - Vũng Tàu 91,5%, tỉnh "
        "Bạc Liêu 91,25%, tỉnh Bắc Giang 93,5%…\n"
    )
    draft = chitieu.extract_plan(text)
    assert target_rows(draft.plan) == [
        (2022, "reach", 91.75, "percent"),
        (2023, "reach", 92.5, "percent"),
        (2024, "reach", 93.75, "percent"),
        (2025, "reach", 95.0, "percent"),
    ]
    reason = {u["text"]: u["reason"] for u in draft.unused_numbers}
    assert (reason["95,15"], reason["91,5"]) == ("national", "comparison")


def test_objectives_kept_high_report_what_the_next_sentence_specifies():
    # Regression (bac_ninh_tiem_chung_2026's words, a development text; the same text as core/tests/extract.rs): "Các
    # chỉ tiêu ... tiếp tục duy trì ở mức cao" wanted, and the three rates "Cụ thể" gives were targets.
    text = (
        "Bắc Ninh: Tỷ lệ tiêm chủng đầy đủ cho trẻ dưới 1 tuổi đạt 98,1%\nBẮC NINH - Năm 2025, công tác tiêm chủng trên "
        "địa bàn tỉnh Bắc Ninh đạt nhiều kết quả tích cực, góp phần kiểm soát dịch bệnh và bảo vệ sức khỏe cộng "
        "đồng.\nTỷ lệ trẻ dưới 1 tuổi được tiêm chủng đầy đủ đạt 98,1%, hoàn thành kế hoạch đề ra. Các chỉ tiêu quan "
        "trọng trong Chương trình tiêm chủng mở rộng tiếp tục duy trì ở mức cao. Cụ thể, tỷ lệ tiêm vắc - xin viêm gan "
        "B sơ sinh trong 24 giờ đầu đạt 90,5%; tiêm vắc - xin sởi - rubella cho trẻ trên 18 tháng đạt 95,3%; vắc - xin "
        "viêm não Nhật Bản mũi 2 đạt 95,5%...\n"
    )
    draft = chitieu.extract_plan(text)
    assert observation_rows(draft) == [(90.5, 2025), (95.3, 2025), (95.5, 2025)]
    assert all(t["value"] > 98.0 for t in draft.plan.targets), target_rows(draft.plan)


def test_a_rate_is_named_by_its_own_words_not_by_what_is_done_to_it():
    # Regression (ho_chi_minh_dan_so and cao_bang_phat_trien_rung_2025's words, development texts; the same text as
    # core/tests/extract.rs): the sex ratio was named "Thành phố sẽ duy trì tỷ số ..." with the id
    # "thanh_pho_se_duy_tri_so_gioi_tinh_khi_sinh" ("tỷ" of "tỷ số" dropped), and forest cover "nang_che_phu_rung".
    text = (
        "Thành phố sẽ duy trì tỷ số giới tính khi sinh từ 103 đến 107 bé trai/100 bé gái.\nPhấn đấu nâng tỷ lệ che "
        "phủ rừng đạt 60% vào năm 2025.\n"
    )
    plan = chitieu.extract_plan(text).plan
    assert [(i["id"], i["name_vi"]) for i in plan.indicators] == [
        ("ty_so_gioi_tinh_khi_sinh", "tỷ số giới tính khi sinh"),
        ("che_phu_rung", "tỷ lệ che phủ rừng"),
    ]


def test_lines_of_tiers_measure_what_the_line_above_them_names():
    # Regression (quang_binh's words, a development text, its table's cells joined to their rows; the same text as
    # core/tests/extract.rs): "+ Cấp tỉnh: 97%" named nothing ("indicator_percent"); the line above names work files.
    text = (
        "Năm 2025:\n- Tỷ lệ văn bản, hồ sơ công việc được xử lý trên môi trường mạng tại cơ quan:\n+ Cấp tỉnh: 97%\n"
        "+ Cấp huyện: 92%\n+ Cấp xã: 80%\n"
    )
    rows = [(t.get("tier"), t["value"], t["indicator"]) for t in chitieu.extract_plan(text).plan.targets]
    assert rows == [
        ("province", 97.0, "work_files_online"),
        ("district", 92.0, "work_files_online"),
        ("commune", 80.0, "work_files_online"),
    ]


OTHER_SPELLINGS_OF_PROVINCES = (
    "Năm 2025, TP.HCM phấn đấu tỷ lệ bao phủ bảo hiểm y tế đạt 95%; tỷ lệ năm 2025 của thành phố Hà Nội là 95,66%, "
    "tỉnh Thừa Thiên - Huế 95,5%, tỉnh Bắc Giang 93,5%.\n"
)


def test_a_province_is_known_however_its_name_is_spelt():
    # Regression: "TP.HCM" was a provincial city named "HCM", and "tỉnh Thừa Thiên - Huế 95,5%" (a name with a dash)
    # was the plan's own target.
    draft = chitieu.extract_plan(OTHER_SPELLINGS_OF_PROVINCES)
    j = draft.plan.jurisdiction
    assert (j["id"], j["name"], j["kind"]) == ("ho_chi_minh", "Hồ Chí Minh", "centrally_run_city")
    assert target_rows(draft.plan) == [(2025, "reach", 95.0, "percent")]
    reasons = {u["text"]: u["reason"] for u in draft.unused_numbers}
    assert reasons["95,5"] == "comparison"


A_LATER_YEAR_AIMED_AT = (
    "Đến năm 2025, tổng tỷ suất sinh đạt 1,4 con/phụ nữ (hướng tới 2030: 1,6 con/phụ nữ); tỷ lệ hộ nghèo dưới 3%, "
    "hướng tới 2030 dưới 1%.\n"
)


def test_a_later_year_aimed_at_dates_its_own_figure_only():
    # Regression: "hướng tới 2030" dated nothing (1,6 was of 2025, named "huong"), and a year opening the next part of
    # a clause after a comma dated the figure before it (the 3% was of 2030).
    draft = chitieu.extract_plan(A_LATER_YEAR_AIMED_AT)
    targets = draft.plan.targets
    assert [(t.get("year"), t["comparator"], t["value"]) for t in targets] == [
        (2025, "reach", 1.4),
        (2030, "reach", 1.6),
        (2025, "less_than", 3.0),
        (2030, "less_than", 1.0),
    ]
    indicators = [t["indicator"] for t in targets]
    assert (indicators[0], indicators[2]) == (indicators[1], indicators[3])


A_CLOSED_FLOOR_THEN_ANOTHER_FIGURE = (
    "Đến năm 2025, 99,8% học sinh có hạnh kiểm từ trung bình trở lên, trong đó hạnh kiểm tốt, khá từ 92% trở lên và "
    "95% học sinh có học lực từ trung bình trở lên; tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng từ 90% trở "
    "lên ở cấp tỉnh, 80% ở cấp huyện.\n"
)


def test_a_floor_closed_by_its_or_more_is_not_carried_to_a_figure_of_other_things():
    # Regression: the 95% of pupils took the floor of "từ 92% trở lên" before it; the tiers' 80% still takes its 90%'s.
    draft = chitieu.extract_plan(A_CLOSED_FLOOR_THEN_ANOTHER_FIGURE)
    assert [(t["value"], t["comparator"], t.get("tier")) for t in draft.plan.targets] == [
        (99.8, "reach", None),
        (92.0, "at_least", None),
        (95.0, "reach", None),
        (90.0, "at_least", "province"),
        (80.0, "at_least", "district"),
    ]


NOUNS_JOINED_IN_A_LIST = (
    "Đến năm 2025, năng suất lao động tăng bình quân từ 5%/năm, tỷ trọng kinh tế số trong từng ngành, lĩnh vực đạt 7% "
    "trở lên, tỷ lệ doanh nghiệp nhỏ và vừa sử dụng nền tảng số đạt 50%.\n"
)


def test_nouns_joined_by_a_comma_or_and_part_no_list():
    # Regression: "ngành, lĩnh vực" and "nhỏ và vừa" parted the list, so the 7% was quoted from "lĩnh vực" and the
    # 50% from "vừa".
    draft = chitieu.extract_plan(NOUNS_JOINED_IN_A_LIST)
    assert [(t["value"], t["indicator"], t["quote"]) for t in draft.plan.targets][1:] == [
        (7.0, "digital_economy_share_sectors", "tỷ trọng kinh tế số trong từng ngành, lĩnh vực đạt 7% trở lên"),
        (50.0, "sme_digital_platforms", "tỷ lệ doanh nghiệp nhỏ và vừa sử dụng nền tảng số đạt 50%"),
    ]


TWO_AGE_GROUPS = (
    "Đến năm 2020, tỷ lệ người biết chữ độ tuổi 15-60 đạt 99,5%, tỷ lệ người biết chữ độ tuổi 15 - 35 đạt 100%.\n"
)


def test_an_age_group_names_its_indicator():
    # Regression: a name dropped its digits, so the rates of two age groups were one indicator, the second a duplicate.
    draft = chitieu.extract_plan(TWO_AGE_GROUPS)
    assert [t["indicator"] for t in draft.plan.targets] == [
        "nguoi_biet_chu_do_tuoi_15_60",
        "nguoi_biet_chu_do_tuoi_15_35",
    ]
    assert not [r for d in draft.targets for r in d.get("reasons", []) if r["kind"] == "duplicate"]


UNITS_OF_A_LEVEL_COUNTED = (
    "Đến năm 2025, phấn đấu có từ 3 đến 4 đơn vị cấp huyện đạt chuẩn nông thôn mới; 90% hồ sơ công việc cấp huyện "
    "được xử lý trên môi trường mạng.\n"
)


def test_units_of_a_level_counted_are_at_no_tier():
    # Regression: "4 đơn vị cấp huyện" (districts counted, the province's target) was a target of the district tier.
    draft = chitieu.extract_plan(UNITS_OF_A_LEVEL_COUNTED)
    assert [(t["value"], t.get("tier")) for t in draft.plan.targets] == [(4.0, None), (90.0, "district")]


A_MULTIPLE_PER_A_UNIT = (
    "Đến năm 2030, năng suất rừng trồng tăng 2 lần/đơn vị diện tích so với năm 2020; khám sức khỏe định kỳ ít nhất "
    "1 lần/năm.\n"
)


def test_a_multiple_per_a_unit_is_a_rise_and_a_frequency_is_not():
    # Regression: "tăng 2 lần/đơn vị diện tích" was read as a frequency and dropped.
    draft = chitieu.extract_plan(A_MULTIPLE_PER_A_UNIT)
    assert target_rows(draft.plan) == [(2030, "reach", 100.0, "percent_increase")]


A_PROVINCE_DESCRIBED = (
    "Lạng Sơn là tỉnh miền núi biên giới, phía Đông Bắc Tổ quốc, hơn 83% cư dân là đồng bào dân tộc thiểu số. Đến năm "
    "2025, tỷ lệ hộ nghèo vùng đồng bào dân tộc thiểu số còn dưới 10%.\n"
)


def test_a_province_described_is_a_report_not_a_target():
    # Regression: "hơn 83% cư dân là đồng bào dân tộc thiểu số" of "Lạng Sơn là tỉnh miền núi" was a target.
    draft = chitieu.extract_plan(A_PROVINCE_DESCRIBED)
    assert target_rows(draft.plan) == [(2025, "less_than", 10.0, "percent")]
    assert observation_rows(draft) == [(83.0, None)]


WHAT_THINGS_COME_WITH = (
    "Đảng bộ phường có 74 tổ chức Đảng với 5.067 đảng viên. Đến năm 2030, có 60 cơ sở khách sạn được xếp hạng sao với "
    "8.000 phòng lưu trú.\n"
)


def test_what_things_set_to_reach_come_with_is_set_too():
    # Regression: "với 8.000 phòng lưu trú" after "có 60 cơ sở khách sạn" had no verb of its own and was left unused.
    draft = chitieu.extract_plan(WHAT_THINGS_COME_WITH)
    assert target_rows(draft.plan) == [(2030, "reach", 60.0, "count"), (2030, "reach", 8000.0, "count")]
    assert draft.plan.targets[1]["quote"] == "với 8.000 phòng lưu trú"


def test_the_year_of_a_level_compared_with_dates_nothing():
    # Regression: "(so với 20% năm 2025)" dated the 35% before it 2025.
    draft = chitieu.extract_plan(
        "Đến năm 2030, có 60 khách sạn; kinh tế số đạt tối thiểu 35% GRDP (so với 20% năm 2025).\n"
    )
    assert target_rows(draft.plan)[1:] == [(2030, "at_least", 35.0, "percent_of_grdp")]


def test_what_there_is_is_reported_by_the_words_after_it():
    # Regression: "có 100% thủ tục hành chính ... đã được cung cấp" was a target of 2025, the year of the line before.
    draft = chitieu.extract_plan(
        "Năm 2025, tỉnh phấn đấu 90% hồ sơ công việc được xử lý trên môi trường mạng.\n"
        "Đối với chính quyền số, có 100% thủ tục hành chính đủ điều kiện đã được cung cấp trực tuyến toàn trình.\n"
    )
    assert target_rows(draft.plan) == [(2025, "reach", 90.0, "percent")]
    assert observation_rows(draft) == [(100.0, 2025)]


def test_an_indicator_is_known_only_by_what_it_is_of():
    # Regression: a count of digital technology firms was `world_class_digital_firms` (firms on a par with advanced
    # countries'), and adults' electronic identity accounts `adults_with_smartphone`.
    draft = chitieu.extract_plan(
        "Đến năm 2025:\n- Số lượng doanh nghiệp công nghệ số đạt 10 doanh nghiệp.\n"
        "- Tỷ lệ dân số trưởng thành có tài khoản định danh điện tử đạt 90%.\n"
        "- Tỷ lệ dân số trưởng thành có điện thoại thông minh đạt 95%.\n"
    )
    assert [t["indicator"] for t in draft.plan.targets] == [
        "so_luong_doanh_nghiep_cong_nghe_so",
        "dan_so_truong_thanh_tai_khoan_dinh_danh_dien_tu",
        "adults_with_smartphone",
    ]


def test_a_multiple_said_in_words_is_an_increase():
    # Regression: "tăng gấp đôi" (twice) and "tăng gấp rưỡi" (one and a half times) were not read.
    draft = chitieu.extract_plan(
        "Đến năm 2030, doanh thu du lịch tăng gấp đôi; thu nhập bình quân đầu người tăng gấp rưỡi; "
        "chuyển đổi số đạt 80%.\n"
    )
    assert target_rows(draft.plan)[:2] == [
        (2030, "reach", 100.0, "percent_increase"),
        (2030, "reach", 50.0, "percent_increase"),
    ]
    assert draft.plan.targets[0]["quote"] == "Đến năm 2030, doanh thu du lịch tăng gấp đôi"
    # Regression: the year after it, the level's it is twice, dated it ("gấp đôi năm 2025").
    draft = chitieu.extract_plan("Đến năm 2030:\n- Quy mô nền kinh tế gấp đôi năm 2025.\n- Thu nhập đạt 100 triệu đồng.\n")
    assert target_rows(draft.plan)[:1] == [(2030, "reach", 100.0, "percent_increase")]


def test_a_change_that_names_what_changes_is_a_target():
    # Regression: "tăng gấp đôi tốc độ tải xuống ... so với năm 2024" after "50%" was read as that figure's change.
    draft = chitieu.extract_plan(
        "Giai đoạn 2025 - 2027, phấn đấu số trạm 5G đạt tối thiểu 50% so với số trạm 4G; tăng gấp đôi tốc độ tải xuống "
        "trung bình của mạng di động so với năm 2024.\n"
    )
    assert target_rows(draft.plan)[1:] == [(2027, "reach", 100.0, "percent_increase")]


def test_a_congress_s_objectives_are_of_its_term_and_its_term_past_reports():
    # Regression: the resolution was untitled, and the year of "Nhiệm kỳ 2020 - 2025, ..." held past "Các chỉ tiêu chủ
    # yếu:", so that the term's objectives were drafted as results of 2025.
    draft = chitieu.extract_plan(
        "NGHỊ QUYẾT Đại hội Đại biểu Đảng bộ xã Tân Phú lần thứ I, nhiệm kỳ 2025 - 2030\n\n"
        "Nhiệm kỳ 2020 - 2025, thu nhập bình quân đầu người đạt 60 triệu đồng; tỷ lệ hộ nghèo còn 2%.\n\n"
        "Các chỉ tiêu chủ yếu:\n- Thu nhập bình quân đầu người đạt 95 triệu đồng.\n"
        "- Tỷ lệ hộ nghèo giảm bình quân 0,5%/năm.\n"
    )
    assert draft.plan.document["title"].startswith("NGHỊ QUYẾT Đại hội")
    assert target_rows(draft.plan) == [(2030, "reach", 95e6, "dong"), (2030, "reach", 0.5, "percent_per_year")]
    assert observation_rows(draft) == [(60e6, 2025), (2.0, 2025)]


def test_a_figure_naming_only_its_tier_measures_what_its_list_names():
    # Regression: "cấp tỉnh đạt 100%" after its list's name took a name of the title's words, and "95% đối với Ủy ban
    # nhân dân cấp xã" after a ";" was `meetings_via_online_system`.
    draft = chitieu.extract_plan(
        "Năm 2026:\n- Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng: cấp tỉnh đạt 100%, cấp xã đạt 95%.\n"
        "- Tỷ lệ văn bản đi được ký số đạt tối thiểu 98% đối với cơ quan cấp tỉnh; 95% đối với Ủy ban nhân dân cấp xã.\n"
    )
    signed = "outgoing_documents_digitally_signed"
    assert [(t["indicator"], t.get("tier")) for t in draft.plan.targets] == [
        ("work_files_online", "province"),
        ("work_files_online", "commune"),
        (signed, "province"),
        (signed, "commune"),
    ]


def test_a_ward_is_the_plans_unit():
    # Regression: a ward's text had no unit ("(not found)"); the communes, wards and special zones are the tier below the
    # province since 1 July 2025.
    draft = chitieu.extract_plan(
        "Phường Bến Thành tổng kết năm 2025, triển khai nhiệm vụ năm 2026\n\nNăm 2025, thu ngân sách trên địa bàn phường "
        "ước thực hiện 1.250 tỷ đồng. Năm 2026, phường Bến Thành phấn đấu thu ngân sách đạt 1.400 tỷ đồng.\n"
    )
    j = draft.plan.jurisdiction
    assert (j["id"], j["name"], j["kind"], j["level"]) == ("phuong_ben_thanh", "phường Bến Thành", "ward", "commune")
    assert target_rows(draft.plan) == [(2026, "reach", 1.4e12, "dong")]


def test_what_a_plan_lets_not_exceed_is_at_most():
    # Regression: "Không để tỷ lệ hộ nghèo vượt quá 0,5%" was reach 0.5, named `khong_de_ho_ngheo_vuot_qua`.
    draft = chitieu.extract_plan(
        "Đến năm 2026:\n- Không để tỷ lệ hộ nghèo vượt quá 0,5%.\n- Tỷ lệ hồ sơ trễ hạn không quá 2%.\n"
    )
    assert target_rows(draft.plan) == [(2026, "at_most", 0.5, "percent"), (2026, "at_most", 2.0, "percent")]
    assert [i["name_vi"] for i in draft.plan.indicators] == ["tỷ lệ hộ nghèo", "Tỷ lệ hồ sơ trễ hạn"]


def test_a_sentence_whose_figure_is_a_multiple_in_words_is_no_heading():
    # Regression: the sentence was read as a heading of 2030 (its only figure said in words), and drafted nothing.
    draft = chitieu.extract_plan("Đến năm 2030, doanh thu du lịch tăng gấp đôi.\n")
    assert target_rows(draft.plan) == [(2030, "reach", 100.0, "percent_increase")]
    assert draft.plan.targets[0]["indicator"] == "doanh_thu_du_lich_tang"


def test_an_indicator_is_named_by_what_it_measures_not_by_its_comparison_or_connector():
    # Regression: the change was `indicator_percent_increase` (named by "so với năm 2025"); the hotels of 1
    # star and of 3 to 5 stars had one id, `khach_san_tieu_chuan_sao`, the second a duplicate; "trong đó" opened ids
    # as "do_".
    draft = chitieu.extract_plan(
        "Năm 2026, phấn đấu doanh thu thương mại tăng 5,7% so với năm 2025.\nĐến năm 2030, có trên 180 khách sạn đạt "
        "tiêu chuẩn từ 1 sao trở lên, trong đó có ít nhất 20 khách sạn đạt tiêu chuẩn 3 - 5 sao.\n"
    )
    ids = [t["indicator"] for t in draft.plan.targets]
    assert ids == ["doanh_thu_thuong_mai_tang", "khach_san_tieu_chuan_1_sao", "khach_san_tieu_chuan_3_5_sao"]
    names = [i["name_vi"] for i in draft.plan.indicators]
    stars = ["khách sạn đạt tiêu chuẩn từ 1 sao", "khách sạn đạt tiêu chuẩn 3-5 sao"]
    assert names == ["doanh thu thương mại tăng", *stars]


def test_satisfaction_with_health_services_is_not_with_administrative_procedures():
    # Regression: both figures were `satisfaction_admin_procedures`, the first through the words they share.
    draft = chitieu.extract_plan(
        "Năm 2026, tỷ lệ người dân hài lòng với dịch vụ y tế đạt trên 90%; tỷ lệ người dân, doanh nghiệp hài lòng về "
        "việc giải quyết thủ tục hành chính đạt 95%.\n"
    )
    ids = [t["indicator"] for t in draft.plan.targets]
    assert ids == ["nguoi_dan_hai_long_dich_vu_y_te", "satisfaction_admin_procedures"]


def test_the_objective_of_a_later_year_measures_what_the_figure_before_it_does():
    # Regression: "mục tiêu đến năm 2030 là 55%" was `indicator_percent`, a name of no words.
    draft = chitieu.extract_plan("Tỷ lệ che phủ rừng năm 2025 đạt 52%, mục tiêu đến năm 2030 là 55%.\n")
    assert [(t["indicator"], t["year"]) for t in draft.plan.targets] == [("che_phu_rung", 2025), ("che_phu_rung", 2030)]


def test_the_objectives_a_heading_dates_after_a_review_are_targets():
    # Regression: "Kinh tế số chiếm tối thiểu 16% GRDP" under "III. CHỈ TIÊU CHỦ YẾU NĂM 2026" was an observation of
    # 2025, for it came before the first wanted figure after the reviewed year.
    draft = chitieu.extract_plan(
        "KẾ HOẠCH\nChuyển đổi số tỉnh Tây Ninh năm 2026\n\nII. KẾT QUẢ NĂM 2025\nNăm 2025, tỷ lệ hồ sơ thủ tục hành "
        "chính được xử lý trực tuyến đạt 72,5%; kinh tế số ước chiếm 14,2% GRDP.\n\nIII. CHỈ TIÊU CHỦ YẾU NĂM 2026\n"
        "a) Kinh tế số chiếm tối thiểu 16% GRDP.\nb) Phấn đấu có thêm 50 doanh nghiệp khoa học và công nghệ.\n"
    )
    assert target_rows(draft.plan) == [(2026, "at_least", 16.0, "percent_of_grdp"), (2026, "reach", 50.0, "count")]
    assert observation_rows(draft) == [(72.5, 2025), (14.2, 2025)]
    # A line opening with the year its results heading states goes on reporting it (it was a target of 2025).
    draft = chitieu.extract_plan("KẾT QUẢ NĂM 2025\nNăm 2025, tỷ lệ hồ sơ đạt 72,5%.\n")
    assert draft.plan.targets == []
    assert observation_rows(draft) == [(72.5, 2025)]


def test_a_tier_reaching_at_least_measures_what_its_list_names():
    # Regression: "cấp tỉnh đạt tối thiểu 85%" kept "đạt" among its words, which then named more than the tier: both
    # figures were `indicator_percent`.
    draft = chitieu.extract_plan(
        "Năm 2026:\n- Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến: cấp tỉnh đạt tối thiểu "
        "85%; cấp xã đạt tối thiểu 70%.\n"
    )
    online = "admin_records_fully_online"
    targets = draft.plan.targets
    assert [(t["indicator"], t.get("tier"), t["comparator"]) for t in targets] == [
        (online, "province", "at_least"),
        (online, "commune", "at_least"),
    ]


def test_a_commune_named_only_by_its_issuer_is_the_plans_unit():
    # Regression: the unit was "(not found)": the issuer's own words were left out of the count, and only a province's
    # issuer was read apart.
    draft = chitieu.extract_plan(
        "HỘI ĐỒNG NHÂN DÂN XÃ PHÚ HÒA\nSố: 05/NQ-HĐND\n\nNGHỊ QUYẾT\nVề kế hoạch phát triển kinh tế - xã hội năm 2026\n"
        "1. Thu nhập bình quân đầu người đạt 72 triệu đồng/người/năm.\n"
    )
    j = draft.plan.jurisdiction
    assert (j["id"], j["name"], j["level"]) == ("xa_phu_hoa", "xã Phú Hòa", "commune")
    assert target_rows(draft.plan) == [(2026, "reach", 72e6, "dong")]


def test_records_resolved_on_time_are_not_records_resolved_online():
    # Regression: "Tỷ lệ hồ sơ giải quyết đúng hạn" was `online_resolved_dossiers`, through the words the two share.
    draft = chitieu.extract_plan(
        "Năm 2026: tỷ lệ hồ sơ giải quyết đúng hạn đạt 100%; tỷ lệ hồ sơ giải quyết trực tuyến đạt 80%.\n"
    )
    assert [t["indicator"] for t in draft.plan.targets] == ["records_resolved_on_time", "online_resolved_dossiers"]


def test_the_level_a_change_leaves_measures_what_the_change_does():
    # Regression: "(còn dưới 1,2%)" was `indicator_percent`, named by no words.
    draft = chitieu.extract_plan("Năm 2026:\n- Tỷ lệ hộ nghèo giảm 0,5% (còn dưới 1,2%).\n")
    rows = [(t["indicator"], t["comparator"], t["value"]) for t in draft.plan.targets]
    assert rows == [("ho_ngheo", "reach", 0.5), ("ho_ngheo_percent", "less_than", 1.2)]
    names = [(i["name_vi"], i["unit"]) for i in draft.plan.indicators]
    assert names == [("Tỷ lệ hộ nghèo", "percent_reduction"), ("Tỷ lệ hộ nghèo", "percent")]


def test_a_merged_province_is_the_plans_unit_not_its_predecessor():
    # Regression: the unit was Long An, named as often as Tây Ninh and first.
    draft = chitieu.extract_plan(
        "Sau khi hợp nhất với tỉnh Long An, tỉnh Tây Ninh (mới) đặt mục tiêu đến năm 2030 kinh tế số chiếm 20% GRDP.\n"
        "Năm 2025, tỉnh Long An (cũ) có 95% hồ sơ trực tuyến.\n"
    )
    assert draft.plan.jurisdiction["id"] == "tay_ninh"
    assert target_rows(draft.plan) == [(2030, "reach", 20.0, "percent_of_grdp")]


def test_the_deadline_of_an_item_without_a_figure_dates_no_item_after_it():
    # Regression: the water supply of the term was a target of 2028, the deadline of the item before it.
    draft = chitieu.extract_plan(
        "Đại hội đại biểu Đảng bộ xã Mỹ An lần thứ I, nhiệm kỳ 2025-2030 đề ra các chỉ tiêu:\n"
        "- Thu nhập bình quân đầu người đến năm 2030 đạt 95 triệu đồng/người/năm.\n"
        "- Phấn đấu đạt chuẩn xã nông thôn mới kiểu mẫu vào năm 2028.\n"
        "- Tỷ lệ hộ sử dụng nước sạch đạt 100%.\n"
    )
    assert target_rows(draft.plan) == [(2030, "reach", 95e6, "dong"), (2030, "reach", 100.0, "percent")]


def test_a_terms_results_are_observations_of_its_last_year():
    # Regression: both results were targets of 2030.
    draft = chitieu.extract_plan(
        "Các chỉ tiêu chủ yếu đến năm 2030:\n- Tỷ lệ đô thị hóa đạt 45%.\n"
        "Kết quả nhiệm kỳ 2020 - 2025: tăng trưởng kinh tế bình quân đạt 6,8%/năm; tỷ lệ hộ nghèo còn 1,2%.\n"
    )
    assert target_rows(draft.plan) == [(2030, "reach", 45.0, "percent")]
    assert observation_rows(draft) == [(6.8, 2025), (1.2, 2025)]


def test_a_term_or_a_time_past_opening_a_sentence_names_nothing():
    # Regression: the ids were `nhiem_ky_tang_truong_kinh_te_binh_quan` and
    # `nhiem_ky_qua_thu_nhap_binh_quan_dau_nguoi`.
    draft = chitieu.extract_plan(
        "Nhiệm kỳ 2020 - 2025, tăng trưởng kinh tế bình quân đạt 6,8%/năm.\n"
        "Trong nhiệm kỳ qua, thu nhập bình quân đầu người năm 2025 đạt 68 triệu đồng.\n"
    )
    assert [(o["indicator"], o.get("year"), o["value"]) for o in draft.observations] == [
        ("tang_truong_kinh_te_binh_quan", 2025, 6.8),
        ("thu_nhap_binh_quan_dau_nguoi", 2025, 68e6),
    ]


def test_what_a_share_of_two_tiers_measures_goes_on_after_them():
    # Regression: named "cơ quan nhà nước cấp tỉnh" (cut at the comma), it was `agencies_open_data`; given its whole
    # phrase, `sme_digital_platforms`.
    draft = chitieu.extract_plan(
        "Chỉ tiêu năm 2026:\n- 100% cơ quan nhà nước cấp tỉnh, cấp xã sử dụng nền tảng họp trực tuyến.\n"
    )
    assert [(i["id"], i["name_vi"]) for i in draft.plan.indicators] == [
        ("co_quan_nha_nuoc_su_dung_nen_tang_hop_truc_tuyen", "tỷ lệ cơ quan nhà nước sử dụng nền tảng họp trực tuyến")
    ]


def test_a_tables_percentage_in_a_row_naming_grdp_is_a_share_of_it():
    # Regression: the row was the digital economy's share in each sector (`digital_economy_share_sectors`), in percent.
    draft = chitieu.extract_plan(
        "STT\tChỉ tiêu\tĐơn vị\tNăm 2026\tNăm 2030\n"
        "1\tTỷ trọng kinh tế số trong GRDP\t%\t12\t25\n"
        "2\tTỷ lệ hộ gia đình có cáp quang\t%\t85\t100\n"
    )
    assert [(t["indicator"], t.get("year"), t["value"]) for t in draft.plan.targets] == [
        ("digital_economy_share_grdp", 2026, 12.0),
        ("digital_economy_share_grdp", 2030, 25.0),
        ("households_fibre_broadband", 2026, 85.0),
        ("households_fibre_broadband", 2030, 100.0),
    ]
    assert draft.plan.indicators[0]["unit"] == "percent_of_grdp"


def test_a_share_of_the_quota_assigned_is_named_by_what_reaches_it():
    # Regression: both were `giao`, "tỷ lệ giao".
    draft = chitieu.extract_plan(
        "Năm 2026, toàn xã phấn đấu:\n- Tuyển quân đạt 100% chỉ tiêu trên giao.\n"
        "- Hoàn thành 100% chỉ tiêu được giao.\n"
    )
    assert [(i["id"], i["name_vi"]) for i in draft.plan.indicators] == [
        ("tuyen_quan", "Tuyển quân"),
        ("hoan_thanh_chi_tieu_giao", "Hoàn thành chỉ tiêu được giao"),
    ]


def test_a_share_of_a_whole_is_named_by_what_it_counts():
    # Regression: the ids were `population` ("tỷ lệ dân số") and `tong_so_dang_vien`; "5G" was left out of names.
    draft = chitieu.extract_plan(
        "Chỉ tiêu đến năm 2030:\n- Phủ sóng 5G đến 60% dân số.\n"
        "- Kết nạp đảng viên mới mỗi năm đạt 3 - 4% tổng số đảng viên.\n"
    )
    assert [(i["id"], i["name_vi"]) for i in draft.plan.indicators] == [
        ("phu_song_5g", "tỷ lệ phủ sóng 5G"),
        ("ket_nap_dang_vien_moi_moi_nam", "tỷ lệ kết nạp đảng viên mới mỗi năm"),
    ]


def test_the_province_merged_with_is_not_the_plans_and_a_year_opens_no_name():
    # Regression: the unit was Bình Định, the only province named with "tỉnh" but by the issuer's words.
    draft = chitieu.extract_plan(
        "UBND tỉnh Gia Lai vừa ban hành Kế hoạch chuyển đổi số năm 2026. Theo đó, tỉnh phấn đấu tỷ lệ dịch vụ công "
        "trực tuyến toàn trình đạt 80%. Năm 2025, sau hợp nhất với tỉnh Bình Định, Gia Lai có 135 xã, phường.\n"
    )
    assert draft.plan.jurisdiction["id"] == "gia_lai"
    # Regression: the rate was named `ke_hoach_ubnd_xa`, by the words before the comma.
    draft = chitieu.extract_plan(
        "Xã Tân Phú (mới) được thành lập trên cơ sở sáp nhập xã Tân Phú và xã Phú Hữu. "
        "Theo kế hoạch của UBND xã, năm 2026 tỷ lệ hộ nghèo giảm còn dưới 1,5%.\n"
    )
    assert [t["indicator"] for t in draft.plan.targets] == ["ho_ngheo"]


def test_enterprises_abbreviated_in_a_unit_column_are_counted():
    # Regression: the row of enterprises, counted in "DN", drafted nothing.
    draft = chitieu.extract_plan(
        "Chỉ tiêu | Đơn vị | TH 2025 | KH 2026\n"
        "Tỷ lệ hồ sơ trực tuyến | % | 75 | 85\n"
        "Số doanh nghiệp thành lập mới | DN | 320 | 400\n"
    )
    assert target_rows(draft.plan) == [(2026, "reach", 85.0, "percent"), (2026, "reach", 400.0, "count")]
    assert observation_rows(draft) == [(75.0, 2025), (320.0, 2025)]


def test_a_years_full_stop_ends_the_sentence_before_a_deadline_of_its_own():
    # Regression: the sentence after "2030. " was read from the line's start, so "vào năm 2028" dated the water supply.
    draft = chitieu.extract_plan(
        "Đại hội đề ra mục tiêu nhiệm kỳ 2025-2030. Phấn đấu đạt chuẩn xã nông thôn mới kiểu mẫu vào năm 2028. "
        "Tỷ lệ hộ sử dụng nước sạch đạt 100%.\n"
    )
    assert target_rows(draft.plan) == [(2030, "reach", 100.0, "percent")]


def test_a_share_of_the_plan_may_pass_100_and_measures_the_amount_before_it():
    # Regression: both shares of the estimate were set aside as shares above 100%.
    draft = chitieu.extract_plan(
        "I. KẾT QUẢ THỰC HIỆN NĂM 2025\n"
        "Thu ngân sách nhà nước trên địa bàn ước đạt 45,6 tỷ đồng, bằng 128% dự toán tỉnh giao.\n"
        "II. MỤC TIÊU NĂM 2026\n"
        "- Thu ngân sách nhà nước trên địa bàn đạt 50 tỷ đồng, phấn đấu đạt trên 110% dự toán.\n"
    )
    assert target_rows(draft.plan) == [(2026, "reach", 50e9, "dong"), (2026, "more_than", 110.0, "percent_of_plan")]
    assert observation_rows(draft) == [(45.6e9, 2025), (128.0, 2025)]
    share = "thu_ngan_sach_nha_nuoc_percent_of_plan"
    assert draft.plan.targets[1]["indicator"] == share
    assert [(o["indicator"], o["unit"]) for o in draft.observations] == [
        ("thu_ngan_sach_nha_nuoc", "dong"),
        (share, "percent_of_plan"),
    ]


def test_a_margin_over_the_plan_beside_a_figure_reports_nothing_of_its_own():
    # Regression: "vượt 27% dự toán" and "(vượt 25% so với Nghị quyết)" were observations of 27% and 25%.
    draft = chitieu.extract_plan(
        "Năm 2025, tỉnh đã thu ngân sách 35.000 tỷ đồng, vượt 27% dự toán Trung ương giao; kết nạp 50 đảng viên mới "
        "(vượt 25% so với Nghị quyết).\nNăm 2026, phấn đấu thu ngân sách đạt 38.000 tỷ đồng.\n"
    )
    assert target_rows(draft.plan) == [(2026, "reach", 38e12, "dong")]
    assert observation_rows(draft) == [(35e12, 2025), (50.0, 2025)]
    assert [u["text"] for u in draft.unused_numbers if u["reason"] == "comparison"] == ["27", "25"]


def test_a_share_of_the_plan_under_an_objectives_heading_is_a_target():
    # Regression: the objective of 2026 was an observation, "đạt 100% kế hoạch" read as a share of the plan reached.
    draft = chitieu.extract_plan(
        "I. KẾT QUẢ THỰC HIỆN NĂM 2025\n- Giải ngân vốn đầu tư công đạt 112,4% kế hoạch vốn giao.\n"
        "II. MỤC TIÊU, NHIỆM VỤ NĂM 2026\n- Giải ngân vốn đầu tư công đạt 100% kế hoạch vốn được giao.\n"
    )
    assert target_rows(draft.plan) == [(2026, "reach", 100.0, "percent_of_plan")]
    assert observation_rows(draft) == [(112.4, 2025)]


def test_a_plan_named_with_its_year_that_sets_objectives_dates_them():
    # Regression: "năm 2026" was read as part of a document's name, so the objectives took 2025 from the line before
    # and the results of 2025 were targets.
    draft = chitieu.extract_plan(
        "Năm 2025, tỉnh Lâm Đồng có 1.250 dịch vụ công trực tuyến toàn trình, tỷ lệ hồ sơ trực tuyến đạt 65,3%.\n"
        "Kế hoạch chuyển đổi số năm 2026 của tỉnh đặt mục tiêu 80% hồ sơ được xử lý trực tuyến, kinh tế số chiếm "
        "15% GRDP.\n"
    )
    assert target_rows(draft.plan) == [(2026, "reach", 80.0, "percent"), (2026, "reach", 15.0, "percent_of_grdp")]
    assert observation_rows(draft) == [(1250.0, 2025), (65.3, 2025)]


def test_a_speed_of_rising_is_a_rate_a_year():
    # Regression: "tốc độ tăng ... 8,5%" was an increase against no base, its unit guessed.
    draft = chitieu.extract_plan("Năm 2026, xã Hòa Bình phấn đấu tốc độ tăng giá trị sản xuất đạt 8,5% trở lên.\n")
    assert target_rows(draft.plan) == [(2026, "at_least", 8.5, "percent_per_year")]
    assert not [r for r in draft.targets[0].get("reasons", []) if r["kind"] == "unit_guessed"]


def test_the_source_of_a_figure_and_the_present_name_nothing():
    # Regression: the figures were `bao_cao_hoi_nghi` and `thong_ke_nay_truong_chuan_quoc_gia`.
    draft = chitieu.extract_plan(
        "Theo báo cáo tại hội nghị, năm 2026 dự toán thu ngân sách nhà nước trên địa bàn đạt 13.608 tỷ đồng.\n"
        "Theo thống kê, đến nay, toàn tỉnh có 173 trường đạt chuẩn quốc gia.\n"
    )
    assert [o["indicator"] for o in draft.observations] == ["du_toan_thu_ngan_sach_nha_nuoc", "truong_chuan_quoc_gia"]
    assert draft.observations[0]["quote"].startswith("Theo báo cáo tại hội nghị")


def test_a_ward_whose_body_the_text_names_is_the_plans_unit():
    # Regression: named as often as the city in brackets, the ward lost the tie to it.
    draft = chitieu.extract_plan(
        "Phường Bến Thành tổng kết năm 2025\nSáng 26/12, UBND phường Bến Thành (TP.HCM) tổ chức hội nghị. Năm 2026, "
        "phường phấn đấu thu ngân sách đạt 1.500 tỷ đồng.\n"
    )
    assert draft.plan.jurisdiction["id"] == "phuong_ben_thanh"
    assert target_rows(draft.plan) == [(2026, "reach", 1.5e12, "dong")]


def test_a_margin_said_only_so_much_below_the_scenario_is_a_comparison():
    # Regression (cao_bang_kich_ban_tang_truong_2025, a development text): "chỉ thấp hơn 0,05%" was an observation.
    draft = chitieu.extract_plan(
        "Năm 2024, mức tăng trưởng thực tế đã đạt 6,83%, chỉ thấp hơn 0,05% so với kịch bản ban đầu.\n"
    )
    assert observation_rows(draft) == [(6.83, 2024)]


def test_this_year_is_the_year_after_the_base_its_sentence_compares_with():
    # Regression (cao_bang_nang_luc_canh_tranh_2022, a development text): "Năm nay" stated no year, and the targets
    # had none. A year inferred is a doubt.
    draft = chitieu.extract_plan(
        "Theo kết quả Chỉ số PCI năm 2025 công bố, tỉnh xếp hạng 20/34 với 66,5 điểm, tăng 2 bậc so với năm 2024.\n\n"
        "Năm nay, tỉnh phấn đấu tăng bậc xếp hạng so với năm 2025, trong đó, Chỉ số “Tiếp cận đất đai” đạt từ 6,5 "
        "điểm trở lên, Chỉ số “Tính năng động” đạt từ 7,0 điểm trở lên.\n"
    )
    assert target_rows(draft.plan) == [(2026, "at_least", 6.5, "index"), (2026, "at_least", 7.0, "index")]
    for d in draft.targets:
        assert {"kind": "year_from_context", "year": 2026} in d["reasons"]
    assert observation_rows(draft) == [(20.0, 2025)]


def test_a_growth_named_far_from_its_figure_is_a_rate_a_year_and_a_share_of_it_is_not():
    # Regression (a probe of 6 Dec 2026): more than six words from "tăng trưởng" to the figure, the growth was a share
    # of GRDP; and the share of TFP in the growth ("vào tăng trưởng") was a rate a year.
    draft = chitieu.extract_plan(
        "Năm 2025, tăng trưởng GRDP của tỉnh ước đạt 9,2%.\nTỉnh đặt mục tiêu tăng trưởng GRDP năm 2026 đạt từ 10% trở "
        "lên; đóng góp của năng suất các nhân tố tổng hợp (TFP) vào tăng trưởng đạt 50%.\n"
    )
    assert target_rows(draft.plan) == [(2026, "at_least", 10.0, "percent_per_year"), (2026, "reach", 50.0, "percent")]
    assert draft.plan.targets[1]["indicator"] == "tfp_contribution_growth"
    assert [(o["value"], o["year"], o["unit"]) for o in draft.observations] == [(9.2, 2025, "percent_per_year")]


def test_the_highest_ever_is_no_now_and_what_is_said_of_a_figure_or_its_source_names_nothing():
    # Regression (a probe of 6 Dec 2026; thanh_hoa_xuat_khau_2026, hai_phong_2026): "cao nhất từ trước đến nay" said
    # "now", so the exports had no year; the growth was named `cao_nhat_tu_truoc_nay`, the budget `so_chinh`.
    draft = chitieu.extract_plan(
        "Năm 2025, tăng trưởng GRDP ước đạt 9,2%, cao nhất từ trước đến nay. Kim ngạch xuất khẩu đạt 27,5 tỷ USD, vượt "
        "mục tiêu nghị quyết.\nTheo Sở Tài chính, năm 2026 thu ngân sách nhà nước phấn đấu đạt 32.000 tỷ đồng.\n"
    )
    observed = [(o["indicator"], o["value"], o["year"]) for o in draft.observations]
    assert observed == [("tang_truong_grdp", 9.2, 2025), ("kim_ngach_xuat_khau", 27.5e9, 2025)]
    assert target_rows(draft.plan) == [(2026, "reach", 32e12, "dong")]
    assert draft.plan.targets[0]["indicator"] == "thu_ngan_sach_nha_nuoc"


def test_a_reports_long_title_heads_its_results_and_an_estimates_verb_names_nothing():
    # Regression (a probe of 6 Dec 2026): a results heading of more than twelve words was none, so the ward's results
    # were targets; "ước thực hiện" named the amount `uoc_thuc_hien`, its share `du_toan_hdnd_phuong_giao`.
    draft = chitieu.extract_plan(
        "BÁO CÁO\nKết quả thực hiện các chỉ tiêu kinh tế - xã hội năm 2026\n\n1. Tỷ lệ hồ sơ giải quyết đúng hạn đạt "
        "99,8%.\n2. Có 3/3 khu phố đạt chuẩn văn minh đô thị.\n"
    )
    assert target_rows(draft.plan) == []
    assert observation_rows(draft) == [(99.8, 2026), (3.0, 2026)]
    draft = chitieu.extract_plan(
        "1. Thu ngân sách: ước thực hiện 56,2 tỷ đồng, đạt 112,4% dự toán HĐND phường giao.\n2. Thu ngân sách nhà nước "
        "ước thực hiện 60 tỷ đồng.\n"
    )
    named = [(o["indicator"], o["value"]) for o in draft.observations]
    assert named == [
        ("thu_ngan_sach", 56.2e9),
        ("thu_ngan_sach_percent_of_plan", 112.4),
        ("thu_ngan_sach_nha_nuoc", 60e9),
    ]


def test_the_line_under_the_kind_alone_is_the_title_whatever_its_subject():
    # Regression (a probe of 6 Dec 2026): a title naming no subject of digital transformation was none, and the targets
    # had no year.
    draft = chitieu.extract_plan(
        "UBND XÃ ĐẠI LỘC\nKẾ HOẠCH\nTriển khai Đề án 06 trên địa bàn xã năm 2026\n\nII. CHỈ TIÊU\n1. Tối thiểu 85% "
        "công dân từ đủ 14 tuổi trở lên được kích hoạt tài khoản định danh điện tử mức độ 2.\n2. Phấn đấu tỷ lệ thanh "
        "toán trực tuyến đạt trên 60%.\n"
    )
    assert draft.plan.document["title"] == "KẾ HOẠCH Triển khai Đề án 06 trên địa bàn xã năm 2026"
    assert target_rows(draft.plan) == [(2026, "at_least", 85.0, "percent"), (2026, "more_than", 60.0, "percent")]


def test_a_tables_columns_of_tiers_are_read_for_its_captions_year():
    # Regression (a probe of 6 Dec 2026): a header naming no year was no header, and the table's targets were lost.
    draft = chitieu.extract_plan(
        "PHỤ LỤC: CHỈ TIÊU CHUYỂN ĐỔI SỐ NĂM 2026\nTT\tChỉ tiêu\tĐơn vị\tCấp tỉnh\tCấp xã\n"
        "1\tTỷ lệ hồ sơ công việc được xử lý trên môi trường mạng\t%\t100\t95\n"
        "2\tTỷ lệ văn bản điện tử có ký số\t%\t100\t90\n"
    )
    rows = [(t["year"], t.get("tier"), t["value"], t["indicator"]) for t in draft.plan.targets]
    assert rows == [
        (2026, "province", 100.0, "work_files_online"),
        (2026, "commune", 95.0, "work_files_online"),
        (2026, "province", 100.0, "documents_electronic_digitally_signed"),
        (2026, "commune", 90.0, "documents_electronic_digitally_signed"),
    ]
    for d in draft.targets:
        assert {"kind": "year_from_context", "year": 2026} in d["reasons"]


def test_the_body_whose_plan_is_the_source_is_no_tier_of_its_figures():
    # Regression (a probe of 6 Dec 2026): "UBND tỉnh" in the source made the body's 30% a target of the province's
    # tier, so it was not the headline's said again, and the plan had it twice.
    draft = chitieu.extract_plan(
        "Gia Lai đặt mục tiêu đến năm 2030 kinh tế số chiếm 30% GRDP\n\nTheo Kế hoạch số 120/KH-UBND của UBND tỉnh Gia "
        "Lai, mục tiêu đến năm 2030, kinh tế số chiếm tỷ trọng 30% GRDP; 100% xã, phường được phủ sóng 5G.\n"
    )
    rows = [(t["year"], t.get("tier"), t["value"]) for t in draft.plan.targets]
    assert rows == [(2030, None, 30.0), (2030, None, 100.0)]


def test_a_change_in_percentage_points_beside_a_share_is_a_comparison():
    # Regression (a probe of 6 Dec 2026): "điểm phần trăm" read as what changes, so the change was a target of its own.
    draft = chitieu.extract_plan(
        "Riêng trong năm 2026, tỉnh phấn đấu tỷ trọng kinh tế số đạt 18% GRDP, tăng 3 điểm phần trăm so với năm 2025.\n"
    )
    assert target_rows(draft.plan) == [(2026, "reach", 18.0, "percent_of_grdp")]


def test_a_short_headings_bare_year_dates_its_section():
    # Regression (a probe of 6 Dec 2026): "Mục tiêu 2026:" and "Kết quả 2025:" gave no year, so the targets had none
    # and the result was one.
    draft = chitieu.extract_plan(
        "Mục tiêu 2026:\n- Tỷ lệ hồ sơ trực tuyến đạt 85%.\n- Thu ngân sách đạt 45 tỷ đồng.\n"
        "Kết quả 2025:\n- Tỷ lệ hồ sơ trực tuyến đạt 78%.\n"
    )
    assert target_rows(draft.plan) == [(2026, "reach", 85.0, "percent"), (2026, "reach", 45e9, "dong")]
    assert observation_rows(draft) == [(78.0, 2025)]


def test_a_title_opening_with_thuc_hien_under_its_kind_is_the_title():
    # Regression (a probe of 6 Dec 2026): "Thực hiện ..." was read as a preamble, so the plan had no title, no period
    # and no year.
    draft = chitieu.extract_plan(
        "KẾ HOẠCH\nThực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị trên địa bàn tỉnh An Giang năm 2026\n"
        "- Kinh tế số chiếm tỷ trọng không dưới 15% GRDP.\n"
    )
    title = "KẾ HOẠCH Thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị trên địa bàn tỉnh An Giang năm 2026"
    assert draft.plan.document["title"] == title
    assert target_rows(draft.plan) == [(2026, "at_least", 15.0, "percent_of_grdp")]


def test_a_year_a_report_opens_a_line_with_and_a_base_at_a_years_end_keep_its_results():
    # Regression (a probe of 6 Dec 2026): "Lũy kế 9 tháng đầu năm 2026, ..." ended the results section, so the next
    # result was a target; and "so với cuối năm 2025" (a base) dated the count before it.
    draft = chitieu.extract_plan(
        "Kết quả thực hiện chuyển đổi số 9 tháng đầu năm 2026\nI. KẾT QUẢ ĐẠT ĐƯỢC\n- Lũy kế 9 tháng đầu năm 2026, "
        "toàn tỉnh tiếp nhận 412.350 hồ sơ trực tuyến, chiếm 78,6% tổng số hồ sơ.\n- Trong quý III/2026, tỷ lệ văn "
        "bản điện tử được ký số đạt 99,1%.\n- Số doanh nghiệp công nghệ số là 356 doanh nghiệp, tăng 41 doanh nghiệp "
        "so với cuối năm 2025.\nII. NHIỆM VỤ QUÝ IV NĂM 2026\n- Phấn đấu đến hết năm 2026, tỷ lệ hồ sơ trực tuyến "
        "đạt trên 85%.\n"
    )
    assert target_rows(draft.plan) == [(2026, "more_than", 85.0, "percent")]
    assert observation_rows(draft) == [(78.6, 2026), (99.1, 2026), (356.0, 2026), (41.0, 2026)]


def test_a_months_end_dates_the_level_it_stands_at():
    # Regression (a probe of 6 Dec 2026, in the words of long_an_giam_ngheo_2025, a development text): "tháng 6/2026"
    # gave no year, so the rate took the line before's.
    draft = chitieu.extract_plan(
        "Năm 2025, tỷ lệ hộ nghèo của tỉnh là 3,28%.\nTính đến cuối tháng 6/2026, tỷ lệ hộ nghèo giảm còn 3,21%.\n"
    )
    assert observation_rows(draft) == [(3.28, 2025), (3.21, 2026)]


def test_a_congress_headline_naming_its_term_is_the_title_and_dates_its_targets():
    # Regression (a probe of 6 Dec 2026): a sentence of the body was the title, so the congress's term dated nothing
    # and two targets had no year; and "đến cuối nhiệm kỳ" was part of the income's name.
    headline = "Đại hội đại biểu Đảng bộ xã Tân Phú lần thứ I, nhiệm kỳ 2025 - 2030 thành công tốt đẹp"
    draft = chitieu.extract_plan(
        headline + "\n\nĐại hội xác định 15 chỉ tiêu chủ yếu. Trong đó, phấn đấu thu nhập bình quân đầu người đến cuối "
        "nhiệm kỳ đạt 95 triệu đồng/người/năm; tỷ lệ tham gia bảo hiểm y tế đạt trên 95%.\nVề chuyển đổi số, đến năm "
        "2030 có 100% hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trên môi trường điện tử.\n"
    )
    assert draft.plan.document["title"] == headline
    assert target_rows(draft.plan) == [
        (2030, "reach", 95e6, "dong"),
        (2030, "more_than", 95.0, "percent"),
        (2030, "reach", 100.0, "percent"),
    ]
    assert draft.plan.targets[0]["indicator"] == "thu_nhap_binh_quan_dau_nguoi"


def test_a_rank_among_provinces_is_no_rank_among_countries():
    # Regression (a probe of 6 Dec 2026): the provincial innovation index was the national resolution's rank in the
    # world, and the count of enterprises its organisations ranked regionally and worldwide.
    draft = chitieu.extract_plan(
        "Năm 2026:\n- Số doanh nghiệp khoa học và công nghệ tăng thêm ít nhất 5 doanh nghiệp.\n- Chỉ số đổi mới sáng "
        "tạo cấp địa phương (PII) thuộc nhóm 15 tỉnh, thành phố dẫn đầu.\n"
    )
    assert [t["indicator"] for t in draft.plan.targets] == [
        "so_doanh_nghiep_khoa_hoc_cong_nghe_tang_them",
        "chi_so_doi_moi_sang_tao_cap_dia_phuong",
    ]


def test_a_running_totals_opening_words_name_nothing():
    # Regression (phu_tho_ocop_2026, a development text): the total was named by its opening words, `luy_ke_het`.
    draft = chitieu.extract_plan("Lũy kế đến hết năm 2025, toàn tỉnh có 698 sản phẩm OCOP đạt từ 3 sao trở lên.\n")
    assert [(o["indicator"], o.get("year"), o["value"]) for o in draft.observations] == [("san_pham_ocop", 2025, 698.0)]


def test_a_reports_parts_head_its_results_and_its_year_ahead():
    # Regression (a probe of 6 Dec 2026): "PHẦN I." hid the results heading, so the year's results were dated 2027,
    # the title's; "Phương hướng, nhiệm vụ năm 2027" opened no year and set no objective, so its target was a result;
    # and "ước thực hiện cả năm" was named.
    draft = chitieu.extract_plan(
        "BÁO CÁO\nTình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2026 và phương hướng, nhiệm vụ năm "
        "2027\nPHẦN I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2026\n- Tổng giá trị sản xuất ước thực hiện cả năm đạt 1.850 tỷ "
        "đồng.\n- 100% văn bản đi được ký số.\nPHẦN II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027\n- Thu nhập bình quân đầu "
        "người đạt 74 triệu đồng.\n"
    )
    assert target_rows(draft.plan) == [(2027, "reach", 74e6, "dong")]
    assert [(o["indicator"], o.get("year"), o["value"]) for o in draft.observations] == [
        ("tong_gia_tri_san_xuat", 2026, 1850e9),
        ("e_documents_signed", 2026, 100.0),
    ]


def test_a_glued_year_and_a_comma_after_its_space_read_as_typed_well():
    # Regression (a probe of 6 Dec 2026): "năm2026" gave no year, and the comma after its space left the year in the
    # indicator's name.
    draft = chitieu.extract_plan(
        "Đến năm2026 ,tỷ lệ hồ sơ trực tuyến đạt  95 %  ;  100%hộ gia đình có cáp quang.\n"
    )
    assert target_rows(draft.plan) == [(2026, "reach", 95.0, "percent"), (2026, "reach", 100.0, "percent")]
    assert [t["indicator"] for t in draft.plan.targets] == ["online_resolved_dossiers", "households_fibre_broadband"]


def test_community_digital_teams_and_e_commerce_platforms_are_counted():
    # Regression (a probe of 6 Dec 2026): neither noun was one the reader counts, so neither figure was a target.
    draft = chitieu.extract_plan(
        "Năm 2026:\n- Có ít nhất 3 sàn thương mại điện tử địa phương hoạt động hiệu quả.\n- Mỗi xã, phường có ít nhất "
        "01 tổ công nghệ số cộng đồng.\n"
    )
    assert target_rows(draft.plan) == [(2026, "at_least", 3.0, "count"), (2026, "at_least", 1.0, "count")]


def test_a_year_a_report_opens_dates_no_aims_after_it():
    # Regression (a probe of 6 Dec 2026): the year of 2025's result held for the next line, so the visitors to
    # attract were 2025's target.
    draft = chitieu.extract_plan(
        "Năm 2026, tỉnh Khánh Hòa phấn đấu tốc độ tăng trưởng GRDP đạt 10% trở lên. Năm 2025, tăng trưởng GRDP của "
        "tỉnh ước đạt 8,6%, đứng thứ 12 cả nước.\nTỉnh cũng đặt mục tiêu thu hút 8,5 triệu lượt khách du lịch.\n"
    )
    assert target_rows(draft.plan) == [(2026, "at_least", 10.0, "percent_per_year"), (2026, "reach", 8.5e6, "count")]
    assert observation_rows(draft) == [(8.6, 2025), (12.0, 2025)]


def test_a_tiers_words_alone_before_its_figure_name_its_tier():
    # Regression (a probe of 6 Dec 2026): "cấp tỉnh 100%" and "cấp xã 95%" gave no tier; "cấp xã đạt 95%" did.
    draft = chitieu.extract_plan("Năm 2026:\n- Tỷ lệ văn bản điện tử được ký số: cấp tỉnh 100%; cấp xã 95%.\n")
    rows = [(t["year"], t.get("tier"), t["value"]) for t in draft.plan.targets]
    assert rows == [(2026, "province", 100.0), (2026, "commune", 95.0)]


def test_a_provinces_name_in_a_title_in_capitals_ends_before_its_year():
    # Regression (a probe of 6 Dec 2026): the name was "LAI CHÂU NĂM", which no province has, so the plan had no
    # jurisdiction.
    draft = chitieu.extract_plan("KẾ HOẠCH CHUYỂN ĐỔI SỐ TỈNH LAI CHÂU NĂM 2026\n\n- 100% văn bản đi được ký số.\n")
    assert draft.plan.jurisdiction["id"] == "lai_chau"
    assert target_rows(draft.plan) == [(2026, "reach", 100.0, "percent")]


def test_a_roadmaps_quarters_and_years_measure_the_name_before_its_colon():
    # Regression (a probe of 6 Dec 2026, and tuyen_quang_du_lich_2030, a development text): "quý I" and "năm 2026"
    # named the figures (`quy_i`, `indicator_dong`), not the name before the colon.
    draft = chitieu.extract_plan(
        "Năm 2026:\n- Tỷ lệ số hóa hồ sơ theo lộ trình: quý I đạt 40%; quý IV đạt 100%.\n- Tổng thu từ khách du lịch: "
        "năm 2026 đạt 2.000 tỷ đồng; năm 2027 đạt 2.500 tỷ đồng.\n"
    )
    assert [(t["indicator"], t.get("year"), t["value"]) for t in draft.plan.targets] == [
        ("so_hoa_ho_so_lo_trinh", 2026, 40.0),
        ("so_hoa_ho_so_lo_trinh", 2026, 100.0),
        ("tong_thu_tu_khach_du_lich", 2026, 2e12),
        ("tong_thu_tu_khach_du_lich", 2027, 2.5e12),
    ]


def test_the_ministries_and_provinces_level_is_the_province_tier():
    # Regression (a probe of 6 Dec 2026, in Quyết định 749/QĐ-TTg's words): "cấp bộ, tỉnh" named no tier, so the 90%
    # was no level's.
    draft = chitieu.extract_plan(
        "a) Đến năm 2025:\n- 90% hồ sơ công việc tại cấp bộ, tỉnh; 80% hồ sơ công việc tại cấp huyện và 60% hồ sơ công "
        "việc tại cấp xã được xử lý trên môi trường mạng.\n"
    )
    rows = [(t["year"], t.get("tier"), t["value"]) for t in draft.plan.targets]
    assert rows == [(2025, "province", 90.0), (2025, "district", 80.0), (2025, "commune", 60.0)]


def test_a_counts_at_least_is_no_word_of_its_name():
    # Regression (phuong_duc_xuan_thai_nguyen, a development text): the id was `phat_trien_it_nhat_san_pham_ocop_3_sao`.
    draft = chitieu.extract_plan("Năm 2026, phát triển ít nhất 5 sản phẩm OCOP từ 3 sao trở lên.\n")
    assert [(t["indicator"], t["comparator"], t["value"]) for t in draft.plan.targets] == [
        ("phat_trien_san_pham_ocop_3_sao", "at_least", 5.0)
    ]


def test_what_is_only_reached_so_far_or_now_is_reported():
    # Regression (a probe of 6 Dec 2026, like quang_tri_2026): the 45% and the 52% were targets of 2026, named
    # thanh_toan_truc_tuyen_moi and ..._hien; the new investment ("đầu tư mới") stays an aim.
    text = (
        "Tỉnh phấn đấu đến năm 2026, tỷ lệ hồ sơ được giải quyết trực tuyến toàn trình đạt 80%.\n"
        "Tuy nhiên, tỷ lệ thanh toán trực tuyến mới đạt 45%, thấp hơn mục tiêu đề ra.\n"
        "Tỷ lệ thanh toán trực tuyến hiện đạt 52%.\n"
        "Đến năm 2030, thu hút vốn đăng ký đầu tư mới đạt 7 tỷ USD.\n"
    )
    draft = chitieu.extract_plan(text)
    targets = [(t.get("year"), t["indicator"], t["value"]) for t in draft.plan.targets]
    assert targets == [(2026, "online_resolved_dossiers", 80.0), (2030, "thu_hut_von_dang_ky_dau_tu_moi", 7e9)]
    observed = [(o["indicator"], o["value"], o.get("year")) for o in draft.observations]
    assert observed == [("payments_online", 45.0, 2026), ("payments_online", 52.0, 2026)]


def test_a_scale_is_no_word_of_a_name_and_accounts_issued_are_counted():
    # Regression (ba_ria_vung_tau_quy_hoach_du_lich_2030, hue_du_lich_2026, a probe of 6 Dec 2026): the ids were
    # tinh_phan_dau_don_khoang_trieu_luot_khach and khach_quoc_te_trieu_luot, and the accounts were no target.
    text = (
        "Năm 2030, tỉnh phấn đấu đón khoảng 17 triệu lượt khách, trong đó khách quốc tế 2,3 - 2,5 triệu lượt.\n"
        "Đến hết năm 2026, cấp 2,1 triệu tài khoản định danh điện tử mức 2.\n"
    )
    rows = [(t.get("year"), t["indicator"], t["value"]) for t in chitieu.extract_plan(text).plan.targets]
    assert rows == [
        (2030, "tinh_phan_dau_don_luot_khach", 17e6),
        (2030, "khach_quoc_te", 2.5e6),
        (2026, "cap_tai_khoan_dinh_danh_dien_tu", 2.1e6),
    ]


def test_signatures_and_accounts_issued_are_counted_and_reported():
    # Regression (thanh_hoa_danh_tinh_so_2025, a probe of 6 Dec 2026): "đã cấp" was read as the "đa cấp" (multi-level)
    # of a market, so the 26,3% was a target, and the signatures and the accounts were no figures at all.
    text = (
        "Về chữ ký số, đã cấp phát gần 538 nghìn chữ ký điện tử cho người dân, đạt tỷ lệ 26,3%.\n"
        "Toàn tỉnh đã cấp 2,1 triệu tài khoản định danh điện tử.\n"
    )
    draft = chitieu.extract_plan(text)
    assert draft.plan.targets == []
    assert observation_rows(draft) == [(538e3, None), (26.3, None), (2.1e6, None)]


def test_what_there_is_now_counted_is_reported():
    # Regression (a probe of 6 Dec 2026, like phuong_tam_thang_ho_chi_minh): "đã có" and "hiện có" before a count made
    # it no figure, so neither count was observed; the count's name held "hiện".
    text = (
        "Năm 2026, phường đặt mục tiêu 100% hồ sơ công việc được xử lý trên môi trường mạng.\n"
        "Đến nay, phường đã có 12.500 người dân được kích hoạt tài khoản định danh điện tử, đạt 87% số người trong độ "
        "tuổi.\nPhường hiện có 10.000 đơn vị kinh tế hoạt động.\n"
    )
    draft = chitieu.extract_plan(text)
    assert target_rows(draft.plan) == [(2026, "reach", 100.0, "percent")]
    assert [(o["indicator"], o["value"]) for o in draft.observations] == [
        ("phuong_nguoi_dan_kich_hoat_tai_khoan_dinh_danh_dien", 12500.0),
        ("so_nguoi_do_tuoi", 87.0),
        ("phuong_don_vi_kinh_te_hoat_dong", 10000.0),
    ]


def test_a_figure_with_thousands_is_no_year():
    # Regression (a probe of 6 Dec 2026): each line, all of whose numbers had a year's value, was read as a heading of
    # years: no targets.
    text = "Năm 2026, thành lập mới 2.000 doanh nghiệp.\nNăm 2027, tổng thu ngân sách trên địa bàn đạt 2.100 tỷ đồng.\n"
    rows = target_rows(chitieu.extract_plan(text).plan)
    assert rows == [(2026, "reach", 2000.0, "count"), (2027, "reach", 2.1e12, "dong")]


def test_a_source_after_a_dateline_names_nothing():
    # Regression (a probe of 6 Dec 2026): the accounts were no figure, and the 92% was bao_cao_cong_an_tinh_nay_cap.
    text = (
        "(Ngày 15/10/2026) Theo báo cáo của Công an tỉnh, đến nay toàn tỉnh đã cấp 2,1 triệu tài khoản định danh "
        "điện tử mức 2, đạt 92% so với chỉ tiêu được giao.\n"
    )
    draft = chitieu.extract_plan(text)
    assert [(o["indicator"], o["value"], o.get("year")) for o in draft.observations] == [
        ("cap_tai_khoan_dinh_danh_dien_tu", 2.1e6, 2026),
        ("cap_tai_khoan_dinh_danh_dien_tu_percent_of_plan", 92.0, 2026),
    ]


def test_files_settled_on_time_are_not_procedures_digitised():
    # Regression (a probe of 6 Dec 2026): the first was digitised_procedure_results, so the two were one indicator's
    # duplicates.
    text = (
        "Kế hoạch năm 2026\n- Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn: 100%.\n"
        "- Số hóa 100% kết quả giải quyết thủ tục hành chính còn hiệu lực.\n"
    )
    ids = [(t["indicator"], t["value"]) for t in chitieu.extract_plan(text).plan.targets]
    assert ids == [("records_admin_procedures_resolved_on_time", 100.0), ("digitised_procedure_results", 100.0)]


def test_a_span_of_the_year_before_a_comma_names_nothing():
    # Regression (kon_tum_2024, a probe of 6 Dec 2026): the id was thang_dau_nam_tong_gia_tri_san_xuat.
    draft = chitieu.extract_plan("Trong 6 tháng đầu năm, tổng giá trị sản xuất ước đạt 520 tỷ đồng.\n")
    assert [(o["indicator"], o["value"]) for o in draft.observations] == [("tong_gia_tri_san_xuat", 5.2e11)]


def test_what_the_places_a_share_counts_have_is_part_of_its_name():
    # Regression (probes of 6 Dec 2026): each share was split at its list's comma, and the condition was a target of its
    # own (an index above 0,5, at least one team).
    text = (
        "Năm 2026, tỉnh phấn đấu 100% xã, phường có chỉ số DTI trên 0,5 điểm; 100% thôn, tổ dân phố có ít nhất 01 tổ "
        "công nghệ số cộng đồng.\n"
    )
    rows = [(t["indicator"], t["comparator"], t["value"]) for t in chitieu.extract_plan(text).plan.targets]
    assert rows == [
        ("xa_phuong_chi_so_dti", "reach", 100.0),
        ("thon_to_dan_pho_to_cong_nghe_so_cong_dong", "reach", 100.0),
    ]


def test_an_action_programme_has_its_title_and_its_visions_year():
    # Regression (a probe of 6 Dec 2026): no title (no year in it), and the vision's target was of 2030.
    text = (
        "CHƯƠNG TRÌNH HÀNH ĐỘNG\ncủa Ban Chấp hành Đảng bộ tỉnh Lâm Đồng thực hiện Nghị quyết số 57-NQ/TW\n"
        "1. Mục tiêu đến năm 2030\n- Kinh tế số chiếm tối thiểu 25% GRDP.\n"
        "2. Tầm nhìn đến năm 2045\n- Kinh tế số chiếm tối thiểu 50% GRDP.\n"
    )
    plan = chitieu.extract_plan(text).plan
    assert plan.document["title"] == (
        "CHƯƠNG TRÌNH HÀNH ĐỘNG của Ban Chấp hành Đảng bộ tỉnh Lâm Đồng thực hiện Nghị quyết số 57-NQ/TW"
    )
    assert [(t.get("year"), t["value"]) for t in plan.targets] == [(2030, 25.0), (2045, 50.0)]


def test_places_held_in_a_ranking_are_reported_and_a_place_or_better_is_at_most():
    # Regression (hau_giang_chi_so_canh_tranh_2025, kon_tum_chi_so_chuyen_doi_so_2023, development texts; a probe of
    # 7 Dec 2026): a place said with its scope was no figure, and "xếp hạng từ thứ 5 trở lên" none either.
    text = (
        "Đáng chú ý, có 2 chỉ số đạt mức cao nhất kể từ khi thành lập tỉnh đến nay, đó là Chỉ số cải cách hành chính "
        "(PAR INDEX) xếp thứ 18 toàn quốc; Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) xếp thứ 7 toàn quốc.\n"
        "Tuy nhiên, bước sang năm 2021, tỉnh đã đạt 0,33 điểm về chuyển đổi số, xếp thứ 46 trong cả nước và xếp thứ 5 "
        "khu vực Tây Nguyên.\n"
    )
    draft = chitieu.extract_plan(text)
    assert draft.plan.targets == []
    assert observation_rows(draft) == [(18.0, None), (7.0, None), (46.0, 2021), (5.0, 2021)]
    plan = chitieu.extract_plan(
        "KẾ HOẠCH cải cách hành chính năm 2026\n- Chỉ số cải cách hành chính (PAR Index) xếp hạng từ thứ 5 trở lên.\n"
        "- Chỉ số SIPAS đạt trên 85%.\n"
    ).plan
    assert target_rows(plan) == [(2026, "at_most", 5.0, "rank"), (2026, "more_than", 85.0, "percent")]
    assert plan.targets[0]["indicator"] == "chi_so_cai_cach_hanh_chinh"


def test_the_co_of_a_name_is_kept_in_its_id():
    # Regression (a probe of 7 Dec 2026): "cơ" folds to the "co" of "có" (has), left out of ids.
    text = (
        "Mục tiêu năm 2026: 60% cơ sở giáo dục phổ thông sử dụng học bạ số; 100% học sinh được học kỹ năng số cơ bản.\n"
    )
    ids = [t["indicator"] for t in chitieu.extract_plan(text).plan.targets]
    assert ids == ["co_so_giao_duc_pho_thong_su_dung_hoc_ba_so", "hoc_sinh_hoc_ky_nang_so_co_ban"]


def test_the_months_counted_of_a_year_report_that_year():
    # Regression (a probe of 7 Dec 2026): "tháng năm 2026" was read as a date's, so the year dated nothing and the
    # figures were targets.
    text = (
        "Quảng Ngãi: 11 tháng, thu ngân sách vượt dự toán cả năm\nTrong 11 tháng năm 2026, tổng thu ngân sách nhà nước "
        "trên địa bàn tỉnh đạt 38.500 tỷ đồng, bằng 104% dự toán Trung ương giao.\n"
    )
    draft = chitieu.extract_plan(text)
    assert draft.plan.targets == []
    assert observation_rows(draft) == [(38_500e9, 2026), (104.0, 2026)]
    # With no target, no date and no period in a title, the text is of the latest year it reports (it was 2025).
    assert draft.plan.period["to"] == 2026


def test_the_words_that_strive_before_a_year_name_nothing():
    # Regression (a probe of 7 Dec 2026; lam_dong_du_lich_2030, a development text): the name stopped at the year, so
    # the budget was named "ca" and the visitors had no name.
    text = (
        "Tỉnh phấn đấu cả năm 2026 tổng thu ngân sách đạt trên 41.000 tỷ đồng; tăng trưởng GRDP đạt 10%.\n"
        "Phấn đấu đến năm 2030 đón 15 triệu lượt khách.\n"
    )
    plan = chitieu.extract_plan(text).plan
    assert [t["indicator"] for t in plan.targets] == ["tong_thu_ngan_sach", "tang_truong_grdp", "don_luot_khach"]
    assert plan.indicator("tong_thu_ngan_sach")["name_vi"] == "tổng thu ngân sách"


def test_a_connector_that_opens_a_sentence_names_nothing():
    # Regression (a probe of 7 Dec 2026): "Tuy nhiên," and "Cụ thể," opened the names (tuy_nhien_thu_ngan_sach,
    # cu_grdp_binh_quan_dau_nguoi).
    text = (
        "Năm 2026, kinh tế của tỉnh tiếp tục tăng trưởng khá. Tuy nhiên, thu ngân sách chỉ đạt 12.000 tỷ đồng. Cụ thể, "
        "GRDP bình quân đầu người đạt 95 triệu đồng.\n"
    )
    draft = chitieu.extract_plan(text)
    assert [(o["indicator"], o.get("year")) for o in draft.observations] == [
        ("thu_ngan_sach", 2026),
        ("grdp_binh_quan_dau_nguoi", 2026),
    ]
    assert draft.observations[0]["name_vi"] == "thu ngân sách"


def test_the_reviewed_years_results_are_reported_though_their_clause_dates_them():
    # Regression (a probe of 7 Dec 2026): "Năm 2026, tỉnh có 92% ..." under a title reviewing 2026 was two targets of
    # 2026.
    text = (
        "Sở Khoa học và Công nghệ: kết quả chuyển đổi số năm 2026\nNăm 2026, tỉnh có 92% hồ sơ được giải quyết trực "
        "tuyến, 100% văn bản được ký số. Kinh tế số chiếm 14,5% GRDP.\nMục tiêu năm 2027: 95% hồ sơ giải quyết trực "
        "tuyến; kinh tế số chiếm 16% GRDP.\n"
    )
    draft = chitieu.extract_plan(text)
    assert target_rows(draft.plan) == [(2027, "reach", 95.0, "percent"), (2027, "reach", 16.0, "percent_of_grdp")]
    assert observation_rows(draft) == [(92.0, 2026), (100.0, 2026), (14.5, 2026)]


def test_an_amount_named_before_its_territory_is_read():
    # Regression (a probe of 7 Dec 2026): "trên địa bàn phường" pushed "thu ngân sách" out of the words looked at, so
    # neither amount was read.
    text = (
        "Phường Hòa Khánh triển khai nhiệm vụ năm 2027\nSáng 5/1/2027, UBND phường Hòa Khánh tổ chức hội nghị triển "
        "khai nhiệm vụ năm 2027.\nNăm 2026, tổng thu ngân sách trên địa bàn phường 215 tỷ đồng, bằng 112% dự toán.\n"
        "Năm 2027, phường đề ra 15 chỉ tiêu chủ yếu, trong đó thu ngân sách trên địa bàn phường 230 tỷ đồng.\n"
    )
    draft = chitieu.extract_plan(text)
    assert target_rows(draft.plan) == [(2027, "reach", 230e9, "dong")]
    assert observation_rows(draft) == [(215e9, 2026), (112.0, 2026)]


def test_things_counted_out_of_all_or_opening_their_clause_are_to_reach():
    # Regression (a probe of 7 Dec 2026): the counts out of all ("12/12 ấp", "3/5 tuyến đường") and "15 thôn có ..."
    # were no figures for want of a verb that sets them; "đã sửa tạm" made "4/4 tuyến kênh" a report; "Tháng 7/2025,
    # công trình" is a month, no count.
    text = (
        "Kế hoạch chuyển đổi số xã Tân Hòa năm 2026\nChỉ tiêu năm 2026:\n- Kiện toàn Tổ công nghệ số cộng đồng "
        "tại 12/12 ấp.\n- 15 thôn có điểm truy cập Wifi công cộng.\nTheo kế hoạch, xã sẽ nâng cấp 3/5 tuyến đường, "
        "2/2 tuyến đường đã sửa tạm trước đây, 4/4 tuyến kênh.\nTháng 7/2025, công trình nhà văn hóa xã được khánh "
        "thành.\n"
    )
    draft = chitieu.extract_plan(text)
    assert target_rows(draft.plan) == [(2026, "reach", v, "count") for v in (12.0, 15.0, 3.0, 2.0, 4.0)]
    assert draft.observations == []
    assert draft.plan.targets[1]["indicator"] == "thon_diem_truy_cap_wifi_cong_cong"


def test_a_place_among_the_communes_of_a_province_is_a_rank():
    # Regression (xa_muong_lat_thanh_hoa, a development text, reshaped): "xếp thứ 12/166 xã, phường" was no figure, and
    # once read, a count named `communes_wards` by the whole it is out of.
    text = (
        "Xã Mường Lát: kết quả năm 2025\nNăm 2025, chỉ số phục vụ người dân và doanh nghiệp của xã đạt trên 94 "
        "điểm, xếp thứ 12/166 xã, phường trên địa bàn tỉnh.\nMục tiêu năm 2026: thu nhập bình quân đầu người đạt 31 "
        "triệu đồng.\n"
    )
    draft = chitieu.extract_plan(text)
    assert target_rows(draft.plan) == [(2026, "reach", 31e6, "dong")]
    assert observation_rows(draft) == [(94.0, 2025), (12.0, 2025)]
    assert draft.observations[1]["unit"] == "rank"
    assert draft.observations[1]["indicator"] == "xep_thu"


def test_a_text_that_reviews_a_years_results_and_sets_no_objective_reports():
    # Regression (a probe of 7 Dec 2026): the results were two targets with no year; the text says no "đã", "đến nay"
    # nor "hiện nay", only the results of 2025 it reviews.
    text = (
        "UBND xã Tân Hòa báo cáo kết quả công tác năm 2025 như sau:\nTỷ lệ hồ sơ trực tuyến của xã đạt 95%, 100% văn "
        "bản được ký số.\n"
    )
    draft = chitieu.extract_plan(text)
    assert draft.plan.targets == []
    assert observation_rows(draft) == [(95.0, 2025), (100.0, 2025)]


def test_a_roadmap_under_an_objectives_heading_is_all_targets_of_one_indicator():
    # Regression (a probe of 7 Dec 2026): the later years of the GRDP share were `indicator_percent` in percent (said
    # "trong GRDP" once), and "năm 2026 đạt 50%" was a report (before 2027, the first objective's year), so the years
    # after it took the GRDP share's indicator.
    text = (
        "KẾ HOẠCH\nPhát triển kinh tế số tỉnh Đồng Nai giai đoạn 2026 - 2030\nII. MỤC TIÊU CỤ THỂ\n1. Tỷ trọng kinh tế "
        "số trong GRDP đến năm 2027 đạt 15%, năm 2028 đạt 18% và đến năm 2030 đạt trên 25%.\n2. Tỷ lệ doanh nghiệp nhỏ "
        "và vừa sử dụng nền tảng số: năm 2026 đạt 50%, năm 2027 đạt 60%, năm 2030 đạt 80%.\n"
    )
    draft = chitieu.extract_plan(text)
    rows = [(t["year"], t["indicator"], t["value"]) for t in draft.plan.targets]
    assert rows == [
        (2027, "digital_economy_share_grdp", 15.0),
        (2028, "digital_economy_share_grdp", 18.0),
        (2030, "digital_economy_share_grdp", 25.0),
        (2026, "sme_digital_platforms", 50.0),
        (2027, "sme_digital_platforms", 60.0),
        (2030, "sme_digital_platforms", 80.0),
    ]
    assert draft.plan.indicator("digital_economy_share_grdp")["unit"] == "percent_of_grdp"
    assert draft.observations == []


def test_an_action_programmes_title_is_the_line_under_its_kind():
    # Regression (a probe of 7 Dec 2026): "CHƯƠNG TRÌNH HÀNH ĐỘNG" was no kind standing alone, so the title was the line
    # of 2045's vision and the plan's period ended in 2045.
    text = (
        "CHƯƠNG TRÌNH HÀNH ĐỘNG\nThực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị trên địa bàn tỉnh Lâm Đồng đến năm "
        "2030\n1. Mục tiêu đến năm 2030\nCấp xã: 90% hồ sơ thủ tục hành chính được giải quyết trực tuyến.\n2. Mục tiêu "
        "đến năm 2045: Lâm Đồng thuộc nhóm 10 tỉnh, thành phố dẫn đầu cả nước về chuyển đổi số.\n"
    )
    draft = chitieu.extract_plan(text)
    assert draft.plan.document["title"] == (
        "CHƯƠNG TRÌNH HÀNH ĐỘNG Thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị trên địa bàn tỉnh Lâm Đồng "
        "đến năm 2030"
    )
    assert (draft.plan.period["to"], draft.plan.period.get("horizon")) == (2030, 2045)
    assert target_rows(draft.plan) == [(2030, "reach", 90.0, "percent"), (2045, "at_most", 10.0, "rank")]


def test_an_index_announced_is_of_the_year_it_scores():
    # Regression (a probe of 7 Dec 2026): the pillars' scores were of the dateline's year, 2026, and those of the
    # digital economy and society, named without "chỉ số", were no figures.
    text = (
        "Công bố Chỉ số chuyển đổi số cấp tỉnh năm 2025\nNgày 20/11/2026, Bộ Khoa học và Công nghệ công bố Chỉ "
        "số chuyển đổi số (DTI) năm 2025 của 34 tỉnh, thành phố.\nTỉnh Quảng Trị xếp thứ 18/34, tăng 5 bậc so với "
        "năm 2024. Trong đó, chỉ số chính quyền số đạt 0,6123 điểm, xếp thứ 12; kinh tế số đạt 0,4521 điểm, xếp "
        "thứ 21; xã hội số đạt 0,5012 điểm.\n"
    )
    draft = chitieu.extract_plan(text)
    assert draft.plan.targets == []
    assert observation_rows(draft) == [(18.0, 2025), (0.6123, 2025), (0.4521, 2025), (0.5012, 2025)]
    assert [o["unit"] for o in draft.observations] == ["rank", "index", "index", "index"]


def test_amounts_listed_after_their_names_are_named_by_them_and_the_territorys_investment_is_no_cost():
    # Regression (a probe of 7 Dec 2026): "trở lên" after the revenue hid its name (`indicator_dong`), and the
    # investment in the commune was read as a cost, no figure.
    text = (
        "NGHỊ QUYẾT\nVề nhiệm vụ phát triển kinh tế - xã hội năm 2026 của xã Phú Lộc\nCác chỉ tiêu chủ yếu năm 2026:\n"
        "- Tổng thu ngân sách nhà nước trên địa bàn xã: 45,6 tỷ đồng trở lên.\n- Tổng vốn đầu tư trên địa bàn xã: 320 "
        "tỷ đồng.\n"
    )
    draft = chitieu.extract_plan(text)
    assert target_rows(draft.plan) == [(2026, "at_least", 45.6e9, "dong"), (2026, "reach", 320e9, "dong")]
    assert [t["indicator"] for t in draft.plan.targets] == ["tong_thu_ngan_sach_nha_nuoc", "tong_von_dau_tu"]


def test_a_province_named_by_its_headline_or_party_committee_is_the_plans():
    # Regression (a probe of 7 Dec 2026): no "tỉnh Tây Ninh" in the text, so no province was found.
    text = (
        "Tây Ninh đặt mục tiêu đến năm 2030 kinh tế số chiếm 30% GRDP\nTheo Chương trình hành động vừa được Ban Thường "
        "vụ Tỉnh ủy Tây Ninh ban hành, đến năm 2030, tỉnh phấn đấu chi cho nghiên cứu phát triển đạt 2% GRDP.\n"
    )
    draft = chitieu.extract_plan(text)
    assert (draft.plan.jurisdiction["id"], draft.plan.jurisdiction["name"]) == ("tay_ninh", "Tây Ninh")
    assert target_rows(draft.plan) == [
        (2030, "reach", 30.0, "percent_of_grdp"),
        (2030, "reach", 2.0, "percent_of_grdp"),
    ]


def test_waste_collected_is_named_with_its_verb():
    # Regression (a probe of 7 Dec 2026): "thu gom" lost its "gom", read as the "gồm" (comprising) that ends a name.
    draft = chitieu.extract_plan("Kế hoạch bảo vệ môi trường năm 2026\n- 100% chất thải y tế được thu gom, xử lý.\n")
    assert draft.plan.targets[0]["indicator"] == "chat_thai_y_te_thu_gom"


def test_a_tables_first_row_is_no_headline():
    # Regression (a probe of 7 Dec 2026): the first row, short and first with figures, was read as a headline, and the
    # 90 of 2027 in the second row as that headline said again.
    text = (
        "Phụ lục: Chỉ tiêu chuyển đổi số\nSTT\tChỉ tiêu\tĐơn vị\tNăm 2026\tNăm 2027\n1\tTỷ lệ dịch vụ công trực tuyến "
        "toàn trình\t%\t80\t90\n2\tTỷ lệ dân số trưởng thành có điện thoại thông minh\t%\t85\t90\n"
    )
    draft = chitieu.extract_plan(text)
    assert [(t["indicator"], t["year"], t["value"]) for t in draft.plan.targets] == [
        ("full_online_public_services", 2026, 80.0),
        ("full_online_public_services", 2027, 90.0),
        ("adults_with_smartphone", 2026, 85.0),
        ("adults_with_smartphone", 2027, 90.0),
    ]


def test_the_plan_a_sentence_aims_to_complete_dates_its_target_and_a_span_of_time_names_nothing():
    # Regression (a probe of 7 Dec 2026): "kế hoạch năm 2026" was read as another document's name, so the target had no
    # year; the names kept "cả năm" and the "tháng" of "11 tháng".
    text = (
        "Ngày 28/11/2026, UBND tỉnh Vĩnh Long họp đánh giá tình hình kinh tế - xã hội 11 tháng năm 2026.\n"
        "Tổng thu ngân sách nhà nước trên địa bàn 11 tháng ước đạt 18.500 tỷ đồng.\n"
        "Để hoàn thành kế hoạch năm 2026, tỉnh phấn đấu tốc độ tăng trưởng GRDP cả năm đạt 8,5%.\n"
    )
    draft = chitieu.extract_plan(text)
    assert target_rows(draft.plan) == [(2026, "reach", 8.5, "percent_per_year")]
    assert draft.plan.targets[0]["indicator"] == "toc_do_tang_truong_grdp"
    assert observation_rows(draft) == [(18_500e9, 2026)]
    assert draft.observations[0]["indicator"] == "tong_thu_ngan_sach_nha_nuoc"


def test_an_index_whose_name_holds_a_comma_is_named_whole():
    # Regression (a probe of 7 Dec 2026): the name was cut at its comma, "doanh nghiệp của xã", and the id made of the
    # glossary's words for it, enterprises_communes.
    text = (
        "Kế hoạch chuyển đổi số của xã năm 2026\n"
        "- Phấn đấu Chỉ số phục vụ người dân, doanh nghiệp của xã đạt từ 85 điểm trở lên.\n"
    )
    draft = chitieu.extract_plan(text)
    assert target_rows(draft.plan) == [(2026, "at_least", 85.0, "index")]
    assert draft.plan.targets[0]["indicator"] == "chi_so_phuc_vu_nguoi_dan_doanh_nghiep_xa"
    assert draft.plan.indicators[0]["name_vi"].startswith("Chỉ số phục vụ người dân, doanh nghiệp")


def test_a_ratio_per_people_is_named_by_what_it_counts():
    # Regression (a probe of 7 Dec 2026): the ids followed how the ratio was written (so_giuong_benh_dan_giuong,
    # bac_si_van_dan) and "dược" was read as "được" (sy_van_dan).
    text = (
        "Các chỉ tiêu chủ yếu đến năm 2030:\n- Số giường bệnh trên 10.000 dân đạt 35 giường.\n"
        "- Đạt 15 bác sĩ/vạn dân và 03 dược sỹ/1 vạn dân.\n"
    )
    draft = chitieu.extract_plan(text)
    assert [(t["indicator"], t["value"]) for t in draft.plan.targets] == [
        ("so_giuong_benh", 3.5),
        ("so_bac_si", 1.5),
        ("so_duoc_sy", 0.3),
    ]
    assert [i["name_vi"] for i in draft.plan.indicators] == ["Số giường bệnh", "số bác sĩ", "số dược sỹ"]


def test_a_level_kept_is_named_without_its_verb():
    # Regression (a probe of 7 Dec 2026): the names ended with the verb that keeps the level (che_phu_rung_duy_tri,
    # che_phu_rung_on_dinh).
    draft = chitieu.extract_plan(
        "Kế hoạch năm 2027\n- Tỷ lệ che phủ rừng duy trì ở mức 42%.\n"
        "- Tỷ lệ che phủ cây xanh đô thị ổn định ở mức 39%.\n"
    )
    assert [t["indicator"] for t in draft.plan.targets] == ["che_phu_rung", "che_phu_cay_xanh_do_thi"]


def test_a_congress_named_with_its_term_in_the_title_gives_the_period():
    # Regression (a probe of 7 Dec 2026): the period was 2030 alone, taken from the target years, with a note saying no
    # period was found.
    text = (
        "NGHỊ QUYẾT\nĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ TỈNH ĐỒNG THÁP LẦN THỨ I, NHIỆM KỲ 2025 - 2030\n"
        "Các chỉ tiêu chủ yếu đến năm 2030:\n- Tỷ lệ đô thị hóa đạt 45%.\n"
    )
    draft = chitieu.extract_plan(text)
    period = draft.plan.period
    assert (period.get("from"), period["to"], period.get("horizon")) == (2025, 2030, None)
    assert any("term of the congress its title names, 2025-2030" in n for n in draft.notes)


def test_a_year_compared_with_in_a_first_line_read_as_title_is_no_plans():
    # Regression (a probe of 7 Dec 2026): the news item's first line, read as its title, made the plan one of 2024, the
    # base its rank is compared with.
    text = (
        "Ngày 15/11/2026, Bộ Khoa học và Công nghệ công bố Chỉ số chuyển đổi số cấp tỉnh (DTI) năm 2025. Theo đó, tỉnh "
        "Tuyên Quang đạt 0,6521 điểm, xếp thứ 12/34 tỉnh, thành phố, tăng 5 bậc so với năm 2024.\nMục tiêu của tỉnh "
        "đến năm 2027 là nằm trong nhóm 10 tỉnh, thành phố dẫn đầu cả nước về chỉ số DTI.\n"
    )
    draft = chitieu.extract_plan(text)
    assert (draft.plan.period["from"], draft.plan.period["to"]) == (2025, 2025)
    assert all(t.get("year") != 2024 for t in draft.plan.targets)


def test_a_row_that_counts_takes_its_cells_as_counts():
    # Regression (a probe of 7 Dec 2026): "135 trạm" under the row "Số trạm y tế ..." and bare whole numbers under "Số
    # doanh nghiệp ..." were no figures (no unit column).
    text = (
        "KẾ HOẠCH chuyển đổi số ngành y tế năm 2027\n| STT | Chỉ tiêu | Chỉ tiêu năm 2027 |\n"
        "| 1 | Tỷ lệ người dân có hồ sơ sức khỏe điện tử | 95% |\n"
        "| 2 | Số trạm y tế xã triển khai khám chữa bệnh từ xa | 135 trạm |\n"
        "| 3 | Số doanh nghiệp công nghệ số | 300 |\n"
    )
    draft = chitieu.extract_plan(text)
    assert target_rows(draft.plan) == [
        (2027, "reach", 95.0, "percent"),
        (2027, "reach", 135.0, "count"),
        (2027, "reach", 300.0, "count"),
    ]


def test_only_so_far_in_a_sentence_that_opens_on_now_is_no_word_of_a_name():
    # Regression (a probe of 7 Dec 2026): the rate reported now was named phu_song_5g_moi, its "mới" (only so far) read
    # as the adjective "new".
    draft = chitieu.extract_plan(
        "Đà Nẵng phủ sóng 5G toàn thành phố vào năm 2027\nĐến năm 2027, 100% thôn được phủ sóng 5G.\n"
        "Hiện nay, tỷ lệ phủ sóng 5G trên địa bàn mới đạt 65% dân số.\n"
    )
    assert [o["indicator"] for o in draft.observations] == ["phu_song_5g"]


def test_a_ranks_group_by_a_year_after_a_semicolon_is_the_previous_ranks():
    # Regression (a probe of 7 Dec 2026): the second rank, whose words say only its year and its group, was named nam
    # (the "nằm" of "nằm trong nhóm").
    draft = chitieu.extract_plan(
        "Kế hoạch chuyển đổi số\nMục tiêu của tỉnh đến năm 2027 là nằm trong nhóm 10 tỉnh, thành phố dẫn đầu cả nước "
        "về chỉ số DTI; đến năm 2030 nằm trong nhóm 5 tỉnh dẫn đầu.\n"
    )
    assert [(t["indicator"], t["year"], t["value"]) for t in draft.plan.targets] == [
        ("dti_rank", 2027, 10.0),
        ("dti_rank", 2030, 5.0),
    ]


def test_a_years_months_counted_after_a_lead_in_date_the_sentences_after_them():
    # Regression (a probe of 7 Dec 2026): the exports reported in the sentence after "Theo báo cáo của UBND tỉnh, 11
    # tháng năm 2026, ..." had no year.
    draft = chitieu.extract_plan(
        "Tin kinh tế\nTheo báo cáo của UBND tỉnh, 11 tháng năm 2026, chỉ số sản xuất công nghiệp tăng 9,2% so với "
        "cùng kỳ. Kim ngạch xuất khẩu đạt 3,4 tỷ USD.\nNăm 2027, tỉnh phấn đấu tăng trưởng GRDP đạt 10%.\n"
    )
    assert [(o["year"], o["value"]) for o in draft.observations] == [(2026, 9.2), (2026, 3.4e9)]


def test_a_line_that_opens_with_a_years_months_counted_is_not_joined_to_a_title():
    # Regression (a probe of 7 Dec 2026): the title, with no full stop, was joined to the sentence after it, whose rise
    # was then read as a yearly rate quoted from the title.
    draft = chitieu.extract_plan(
        "Kinh tế năm 2026 tăng trưởng khá\n9 tháng năm 2026, chỉ số sản xuất công nghiệp tăng 9,2% so với cùng kỳ. "
        "Kim ngạch xuất khẩu đạt 3,4 tỷ USD.\nNăm 2027, tỉnh phấn đấu tăng trưởng GRDP đạt 10%.\n"
    )
    first = draft.observations[0]
    assert (first["unit"], first["year"], first["value"]) == ("percent_increase", 2026, 9.2)
    assert first["quote"].startswith("9 tháng năm 2026")


def test_many_in_a_name_is_no_already():
    # Regression (a probe of 7 Dec 2026): the "đa" (many) of "chuẩn nghèo đa chiều" folds as the "đã" (already) an id
    # leaves out: the id was ho_ngheo_chuan_ngheo_chieu.
    draft = chitieu.extract_plan(
        "Kế hoạch giảm nghèo năm 2026\nĐến năm 2026, tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giảm còn dưới 3%.\n"
    )
    assert [t["indicator"] for t in draft.plan.targets] == ["ho_ngheo_chuan_ngheo_da_chieu"]


def test_degrees_and_certificates_are_one_name():
    # Regression (a probe of 7 Dec 2026): the share with degrees or certificates was named "chứng chỉ", the comma
    # between them read as parting a list.
    draft = chitieu.extract_plan(
        "Kế hoạch phát triển kinh tế - xã hội năm 2027\nCác chỉ tiêu chủ yếu năm 2027:\n(7) Tỷ lệ lao động qua đào tạo "
        "đạt 72%, trong đó có bằng cấp, chứng chỉ đạt 32%.\n"
    )
    assert [t["indicator"] for t in draft.plan.targets] == ["lao_dong_qua_dao_tao", "bang_cap_chung_chi"]
    assert draft.plan.targets[1]["quote"] == "trong đó có bằng cấp, chứng chỉ đạt 32%"


def test_accordingly_after_results_announced_reports_them():
    # Regression (a probe of 7 Dec 2026): the rank the announced assessment gave was a target of 2025, "Theo đó" read
    # as opening a plan's aims.
    draft = chitieu.extract_plan(
        "Chỉ số chuyển đổi số của Phú Thọ tăng 5 bậc\nBộ Khoa học và Công nghệ vừa công bố kết quả đánh giá Chỉ số "
        "chuyển đổi số (DTI) năm 2025. Theo đó, tỉnh Phú Thọ xếp thứ 12/34 tỉnh, thành phố, tăng 5 bậc so với năm "
        "2024.\nNăm 2026, tỉnh phấn đấu nằm trong nhóm 10 tỉnh, thành phố dẫn đầu cả nước về Chỉ số DTI.\n"
    )
    assert [(t["indicator"], t["year"], t["value"]) for t in draft.plan.targets] == [("dti_rank", 2026, 10.0)]
    assert [(o["year"], o["value"]) for o in draft.observations] == [(2025, 12.0)]


DTI_ANNOUNCED = (
    "Công bố Chỉ số chuyển đổi số cấp tỉnh năm 2025 của Quảng Trị\nNgày 20/11/2026, Bộ Khoa học và Công nghệ công bố "
    "Chỉ số chuyển đổi số (DTI) năm 2025 của 34 tỉnh, thành phố. Theo đó, Hà Nội tiếp tục dẫn đầu với 0,7865 điểm; TP. "
    "Hồ Chí Minh xếp thứ 2 với 0,7512 điểm. Tỉnh Quảng Trị đạt 0,6012 điểm, xếp thứ 18/34, tăng 5 bậc so với năm "
    "2024.\n"
)


def test_a_score_below_one_is_an_index_and_other_provinces_ranked_are_not_the_plans():
    # Regression (a probe of 7 Dec 2026): the province's 0,6012 điểm, its index named in the sentence before, was left
    # out as a count; once read, the other provinces' scores ranked before it must not be the plan's.
    draft = chitieu.extract_plan(DTI_ANNOUNCED)
    assert draft.plan.targets == []
    assert [(o["year"], o["value"], o["unit"]) for o in draft.observations] == [
        (2025, 0.6012, "index"),
        (2025, 18.0, "rank"),
    ]
    others = [u["text"] for u in draft.unused_numbers if u["reason"] == "comparison"]
    assert others == ["0,7865", "0,7512"]


def test_data_reused_is_no_patent_commercially_exploited():
    # Regression (a probe of 7 Dec 2026): the share of digitised data reused was the national resolution's share of
    # patents commercially exploited, for "tỷ lệ khai thác".
    draft = chitieu.extract_plan(
        "Kế hoạch số hóa năm 2026\nTỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt tối thiểu 50% vào năm "
        "2026.\n"
    )
    assert [t["indicator"] for t in draft.plan.targets] == ["khai_thac_su_dung_lai_thong_tin_du_lieu_so_hoa"]


def test_a_roadmaps_lines_of_years_and_tiers_measure_what_the_line_above_names():
    # Regression (a probe of 7 Dec 2026): each line's figures, which name only their year and tier, were
    # indicator_percent.
    draft = chitieu.extract_plan(
        "Kế hoạch số hóa giai đoạn 2026-2027\nII. CHỈ TIÊU\n1. Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành "
        "chính:\n- Năm 2026: cấp tỉnh đạt 80%, cấp xã đạt 60%;\n- Năm 2027: cấp tỉnh đạt 90%, cấp xã đạt 75%.\n"
    )
    assert [(t["indicator"], t["year"], t["tier"], t["value"]) for t in draft.plan.targets] == [
        ("digitised_procedure_results", 2026, "province", 80.0),
        ("digitised_procedure_results", 2026, "commune", 60.0),
        ("digitised_procedure_results", 2027, "province", 90.0),
        ("digitised_procedure_results", 2027, "commune", 75.0),
    ]


def test_two_levels_named_at_once_are_neither():
    # Regression (a probe of 7 Dec 2026): "đơn vị cấp tỉnh" read as units covered left "cấp xã" alone, and the figure
    # of both levels was the commune's.
    draft = chitieu.extract_plan(
        "Kế hoạch chuyển đổi số năm 2026\n- 90% cơ quan, đơn vị cấp tỉnh, cấp xã có hệ thống thông tin được phê "
        "duyệt cấp độ an toàn.\n"
    )
    assert [(t["indicator"], t.get("tier"), t["value"]) for t in draft.plan.targets] == [
        ("info_systems_security_approved", None, 90.0)
    ]


def test_digital_certificates_issued_are_counted():
    # Regression (a probe of 7 Dec 2026): the certificates issued were left out with no unit, and "Lũy kế 9 tháng,"
    # opened their name.
    draft = chitieu.extract_plan(
        "Báo cáo kết quả chuyển đổi số quý III năm 2026\nLũy kế 9 tháng, toàn tỉnh cấp 15.200 chứng thư số cho cá "
        "nhân.\n"
    )
    assert [(o["indicator"], o["unit"], o["year"], o["value"]) for o in draft.observations] == [
        ("cap_chung_thu_so_ca_nhan", "count", 2026, 15200.0)
    ]


def test_a_headlines_report_the_body_says_again_is_one_observation():
    # Regression (a probe of 7 Dec 2026): the headline's 65% of the plan was an observation beside the body's.
    draft = chitieu.extract_plan(
        "Bình dân học vụ số: Thanh Hóa đạt 65% kế hoạch\nSau 6 tháng, toàn tỉnh đã có 1,2 triệu lượt người tham gia "
        "học tập, đạt 65% kế hoạch.\n"
    )
    assert [(o["value"], o["quote"]) for o in draft.observations][1:] == [(65.0, "đạt 65% kế hoạch")]
    assert len(draft.observations) == 2


def test_a_province_after_a_headlines_colon_is_the_plans():
    # Regression (a probe of 7 Dec 2026): a news item whose headline names its province after a colon found none.
    draft = chitieu.extract_plan(
        "Bình dân học vụ số: Thanh Hóa đạt 65% kế hoạch\nMục tiêu đến hết năm 2026, 80% người dân trưởng thành được "
        "phổ cập kỹ năng số cơ bản.\n"
    )
    assert (draft.plan.jurisdiction["id"], draft.plan.jurisdiction["name"]) == ("thanh_hoa", "Thanh Hóa")


def test_a_second_set_of_the_same_indicators_takes_no_guessed_year():
    # Regression (tuyen_quang_kinh_te_so_2025, a development text, shortened): the second set's figures took 2025, the
    # year the two clauses before state, as a guess, though the same indicators had other figures of 2025 already.
    draft = chitieu.extract_plan(
        "Với việc phát triển kinh tế số đến năm 2025 Tuyên Quang tập trung vào các nhiệm vụ thúc đẩy doanh nghiệp "
        "chuyển đổi số, phấn đấu đạt một số mục tiêu, như tỷ trọng thương mại điện tử trong tổng mức bán lẻ đạt 7% "
        "trở lên, tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử đạt 25% trở lên.\nTỷ trọng kinh tế số chiếm 20% GRDP "
        "của tỉnh, tỷ trọng thương mại điện tử trong tổng mức bán lẻ đạt 10% trở lên, tỷ lệ doanh nghiệp sử dụng hợp "
        "đồng điện tử đạt 50% trở lên\n"
    )
    assert [(t["indicator"], t.get("year"), t["value"]) for t in draft.plan.targets] == [
        ("ecommerce_share_retail", 2025, 7.0),
        ("enterprises_e_contracts", 2025, 25.0),
        ("digital_economy_share_grdp", 2025, 20.0),
        ("ecommerce_share_retail", None, 10.0),
        ("enterprises_e_contracts", None, 50.0),
    ]


def test_a_year_said_after_a_colon_and_the_year_just_past_report():
    # Regression (a probe of 7 Dec 2026, a news item of a province's year, shortened): the year after "cho biết:" held
    # for no sentence after its own; "đã đảm bảo" wanted the figures after it and "trong năm vừa qua" reported nothing.
    draft = chitieu.extract_plan(
        "Quảng Ninh: mục tiêu tăng trưởng 15% trong năm 2026\n\nÔng Bùi Văn Khắng, Chủ tịch UBND tỉnh Quảng Ninh cho "
        "biết: Năm 2025, tỉnh đã đạt được nhiều kết quả nổi bật, trong đó, tốc độ tăng trưởng kinh tế đạt 11,9%, quy "
        "mô nền kinh tế đạt 368.445 tỷ đồng. GRDP bình quân đầu người đạt trên 10.400 USD.\n\nBên cạnh đó, Quảng Ninh "
        "đã đảm bảo an sinh xã hội tốt trong năm vừa qua, tổng chi an sinh xã hội tăng trên 12% so với cùng kỳ. Tỉnh "
        "hoàn thành 2.464 căn nhà ở xã hội, đạt 112% chỉ tiêu của Thủ tướng Chính phủ giao.\n"
    )
    assert [(t.get("year"), t["value"]) for t in draft.plan.targets] == [(2026, 15.0)]
    assert [(o["value"], o.get("year")) for o in draft.observations] == [
        (11.9, 2025),
        (368_445e9, 2025),
        (10_400.0, 2025),
        (12.0, 2025),
        (2_464.0, 2025),
        (112.0, 2025),
    ]


def test_a_year_after_said_dates_the_account_that_follows():
    # Regression (a probe of 7 Dec 2026, a news item of Hà Nội's year, shortened): the year after "cho biết" held for
    # no sentence after its own, so the investment drawn in 2025 was two targets with no year.
    draft = chitieu.extract_plan(
        "Chủ tịch UBND TP Hà Nội Vũ Đại Thắng cho biết năm 2025, GRDP của Thủ đô tăng 8,16%, cao hơn nhiều so với "
        "các năm trước. Thu hút vốn đầu tư nước ngoài tăng đột biến hơn 70%, đạt khoảng 4,4 tỷ USD.\n\nVề phương "
        "hướng, nhiệm vụ năm 2026, Hà Nội đặt mục tiêu tăng trưởng GRDP trên 11%.\n"
    )
    assert [(t.get("year"), t["comparator"], t["value"]) for t in draft.plan.targets] == [(2026, "more_than", 11.0)]
    assert [(o["value"], o.get("year")) for o in draft.observations] == [(8.16, 2025), (70.0, 2025), (4.4e9, 2025)]


def test_an_amount_passed_is_read_however_long_its_name():
    # Regression (a probe of 7 Dec 2026): "vượt" before an amount set no figure to reach, so an amount whose name
    # pushed its other words out of sight (a place's name after it) had no unit.
    draft = chitieu.extract_plan(
        "Năm 2025, quy mô nền kinh tế Hà Nội vượt 64 tỷ USD; Hà Nội thu ngân sách Nhà nước vượt mốc 700.000 tỷ đồng.\n"
    )
    assert target_rows(draft.plan) == [(2025, "more_than", 64e9, "usd"), (2025, "more_than", 700_000e9, "dong")]


def test_the_existing_ones_that_do_something_report_nothing():
    # Regression (a probe of 7 Dec 2026, a province's OCOP plan): "hiện có" (existing) before a verb reported the line,
    # so two aims "tối thiểu" set were achievements.
    draft = chitieu.extract_plan(
        "Tỉnh Hà Tĩnh phấn đấu có tối thiểu 50 sản phẩm đạt chuẩn OCOP.\nCủng cố, nâng cao năng lực cho tối thiểu 30 "
        "tổ chức kinh tế sản xuất, kinh doanh sản phẩm, dịch vụ hiện có thực hiện Chương trình OCOP. Phát triển mới tối thiểu 10 tổ chức kinh tế tham gia Chương trình.\n"
    )
    assert target_rows(draft.plan) == [
        (None, "at_least", 50.0, "count"),
        (None, "at_least", 30.0, "count"),
        (None, "at_least", 10.0, "count"),
    ]
    assert draft.observations == []


def test_what_someone_said_is_not_named_by_the_speaker():
    # Regression (a probe of 7 Dec 2026): the words before "cho biết" named the speaker's figure.
    draft = chitieu.extract_plan(
        "Chủ tịch UBND TP Hà Nội Vũ Đại Thắng cho biết năm 2025, GRDP của Thủ đô tăng 8,16%, cao hơn nhiều so với "
        "các năm trước. Thu hút vốn đầu tư nước ngoài tăng đột biến hơn 70%, đạt khoảng 4,4 tỷ USD.\n\nVề phương "
        "hướng, nhiệm vụ năm 2026, Hà Nội đặt mục tiêu tăng trưởng GRDP trên 11%.\n"
    )
    assert draft.observations[0]["indicator"] == "grdp_thu_do_tang"


def test_a_paragraph_after_a_time_past_goes_on_with_its_account():
    # Regression (a probe of 7 Dec 2026, a commune's congress): the term past's account went on after a blank line,
    # and its growth was a target of 2030.
    draft = chitieu.extract_plan(
        "Đại hội đặt mục tiêu đến cuối năm 2030, tỷ lệ nghèo đa chiều giảm còn 0,23%.\n\nNhiệm kỳ qua, công tác xây "
        "dựng Đảng và hệ thống chính trị của Đảng bộ xã có nhiều chuyển biến tích cực.\n\nKinh tế tăng trưởng khá; tổng "
        "giá trị sản phẩm địa phương tăng bình quân hàng năm 8,6%.\n"
    )
    assert target_rows(draft.plan) == [(2030, "reach", 0.23, "percent")]
    assert [o["value"] for o in draft.observations] == [8.6]


def test_a_position_held_is_a_rank():
    # Regression (a probe of 7 Dec 2026, news of the DTI of 2024): "xếp vị trí thứ 2 toàn quốc" had no unit.
    draft = chitieu.extract_plan("Năm 2024, Huế vươn lên xếp vị trí thứ 2 toàn quốc về DTI.\n")
    assert target_rows(draft.plan) == [(2024, "reach", 2.0, "rank")]


def test_a_stages_deadline_in_brackets_dates_the_stages_aims():
    # Regression (a probe of 7 Dec 2026, a city's plan of "digital citizens"): the deadline in brackets was an aside,
    # so the stage's aims had no year.
    draft = chitieu.extract_plan(
        "Chiến dịch được chia làm hai giai đoạn: Giai đoạn 1 (hoàn thành trong quý II/2026): Tập trung phủ sóng hạ tầng "
        "và danh tính.\n\nThành phố phấn đấu 100% công dân được cấp thẻ Căn cước.\n"
    )
    assert target_rows(draft.plan) == [(2026, "reach", 100.0, "percent")]


def test_an_amount_in_billions_with_decimals_is_its_whole_dong():
    # Regression (a probe of 7 Dec 2026, a ward's results): "68,454 tỷ đồng" was 68.453.999.999,99999 đồng.
    draft = chitieu.extract_plan(
        "Năm 2025, phường đã đạt nhiều kết quả. Tổng thu ngân sách nhà nước trên địa bàn đạt 68,454 tỷ đồng (bằng 236% "
        "dự toán giao).\n"
    )
    assert observation_rows(draft) == [(68_454_000_000.0, 2025), (236.0, 2025)]


def test_a_fall_to_a_level_after_what_falls_is_a_level():
    # Regression (a probe of 7 Dec 2026, a province's farming plan): "giảm tỷ lệ hộ nghèo đa chiều còn 1,43%" was a
    # fall of 1.43%, not a rate down to 1.43%.
    draft = chitieu.extract_plan("Năm 2026, phấn đấu tăng trưởng đạt 3,8%; giảm tỷ lệ hộ nghèo đa chiều còn 1,43%.\n")
    assert target_rows(draft.plan) == [(2026, "reach", 3.8, "percent_per_year"), (2026, "reach", 1.43, "percent")]


def test_a_meetings_agenda_ending_with_the_course_ahead_dates_nothing_after_it():
    # Regression (a probe of 7 Dec 2026, a ward's year-end meeting): "phương hướng, nhiệm vụ năm 2026" at the end of the
    # agenda's sentence held for the year's results after it, which were dated 2026.
    draft = chitieu.extract_plan(
        "Sáng 13/1, Đảng ủy phường Phú Xuân tổ chức hội nghị nhằm tổng kết công tác năm 2025 và triển khai phương "
        "hướng, nhiệm vụ năm 2026.\n\nTrong năm qua, Phú Xuân đã hoàn thành và vượt toàn bộ 8/8 chỉ tiêu chủ yếu. Tổng "
        "thu ngân sách ước đạt 626 tỉ đồng, đạt 120% chỉ tiêu thành phố giao.\n"
    )
    assert observation_rows(draft) == [(626e9, 2025), (120.0, 2025)]


def test_the_fields_pair_in_a_reviewed_years_clause_is_one_clause():
    # Regression (a probe of 7 Dec 2026, a commune council's year-end session): the comma of "kinh tế - xã hội, quốc
    # phòng - an ninh năm 2025" ended the clause, so no year was reviewed and a result was a target.
    draft = chitieu.extract_plan(
        "HĐND xã Hoằng Tiến thông qua 23 chỉ tiêu phát triển năm 2026\n\nSáng 29/12, HĐND xã Hoằng Tiến tổ chức kỳ "
        "họp thứ tư (kỳ họp thường lệ cuối năm), khóa XXI, nhiệm kỳ 2021-2026, đánh giá tình hình thực hiện nhiệm vụ "
        "phát triển kinh tế - xã hội, quốc phòng - an ninh năm 2025 và quyết nghị các mục tiêu, nhiệm vụ trọng tâm năm "
        "2026.\n\nTheo báo cáo trình bày tại kỳ họp, năm 2025, xã Hoằng Tiến đã tập trung lãnh đạo, chỉ đạo quyết liệt "
        "và đạt được kết quả tích cực.\n\nTổng thu ngân sách xã đạt 540.056 triệu đồng, bằng 292,9% kế hoạch tỉnh "
        "giao; chi ngân sách đạt 528.308 triệu đồng.\n"
    )
    assert target_rows(draft.plan) == []
    assert observation_rows(draft) == [(540_056e6, 2025), (292.9, 2025), (528_308e6, 2025)]


def test_a_city_named_most_by_its_bare_name_is_the_plans():
    # Regression (a probe of 7 Dec 2026, news of a city's digital economy): a text that writes "TP. Đà Nẵng" and "Đà
    # Nẵng", never "thành phố Đà Nẵng", found no unit.
    draft = chitieu.extract_plan(
        "Đưa kinh tế số trở thành động lực tăng trưởng của Đà Nẵng\n\nTại Hội thảo phát triển Kinh tế số TP. Đà Nẵng, "
        "ông Hồ Quang Bửu cho biết TP. Đà Nẵng đặt mục tiêu đến năm 2030, quy mô kinh tế số đạt tối thiểu 35-40% GRDP "
        "toàn thành phố.\n"
    )
    assert (draft.plan.jurisdiction["id"], draft.plan.jurisdiction["name"]) == ("da_nang", "Đà Nẵng")


def test_who_sets_an_objective_and_a_figures_scale_name_no_indicator():
    # Regression (a probe of 7 Dec 2026, two provinces' tourism plans): the words before "đặt mục tiêu" named the
    # figure (`khanh_hoa_muc_tieu_don_khach_du_lich`, `phu_tho_muc_tieu`), and a part's scale opened its name
    # (`trieu_khach_luu_tru`).
    draft = chitieu.extract_plan(
        "Khánh Hòa đặt mục tiêu đón 33 triệu khách du lịch năm 2030. Phú Thọ đặt mục tiêu đến năm 2030 đón 18,7 triệu "
        "lượt khách, trong đó 7,3 triệu khách lưu trú, hơn 1 triệu khách quốc tế.\n"
    )
    ids = [t["indicator"] for t in draft.plan.targets]
    assert ids == ["don_khach_du_lich", "don_luot_khach", "khach_luu_tru", "khach_quoc_te"]


def test_a_lead_after_a_headline_says_the_bodys_targets_once():
    # Regression (a probe of 7 Dec 2026, a province's tourism strategy): the headline was read as the lead, so the
    # lead's figures, said again in the body, were drafted twice.
    draft = chitieu.extract_plan(
        "Khánh Hòa đặt mục tiêu đón 33 triệu khách du lịch năm 2030\n\nKhánh Hòa đặt mục tiêu có khoảng 100.000 phòng "
        "lưu trú, tổng thu du khách đạt 9 tỷ USD, đón 33 triệu lượt khách lưu trú vào năm 2030.\n\nThông tin được ông "
        "Nguyễn Long Biên, Phó chủ tịch thường trực UBND tỉnh nêu tại lễ công bố Chiến lược phát triển du lịch tỉnh "
        "Khánh Hòa giai đoạn 2026 - 2030, chiều 6/2.\n\nTrong đó, đến năm 2030, tỉnh dự kiến đạt khoảng 100.000 phòng "
        "lưu trú du lịch; tổng thu từ khách du lịch đạt 9 tỷ USD; đón 33 triệu lượt khách lưu trú; du lịch tạo việc "
        "làm cho hơn 300.000 lao động.\n"
    )
    assert target_rows(draft.plan) == [
        (2030, "reach", 33e6, "count"),
        (2030, "about", 1e5, "count"),
        (2030, "reach", 9e9, "usd"),
        (2030, "more_than", 3e5, "count"),
    ]


def test_the_time_before_the_merger_is_past():
    # Regression (a probe of 7 Dec 2026, news of a merged province's new-rural programme): the communes the two
    # provinces had before the merger of July 2025 were targets of 2025.
    draft = chitieu.extract_plan(
        "Trước sáp nhập, tỉnh Quảng Ngãi cũ có 98 xã đạt chuẩn nông thôn mới, trong đó 12 xã đạt chuẩn nâng cao. Tỉnh "
        "Kon Tum cũ có 51 xã hoàn thành mục tiêu.\n\nTheo kế hoạch năm 2025, tỉnh dự kiến công nhận thêm 14 xã đạt "
        "chuẩn nông thôn mới.\n"
    )
    assert target_rows(draft.plan) == [(2025, "reach", 14.0, "count")]
    assert [o["value"] for o in draft.observations] == [98.0, 12.0, 51.0]


def test_the_period_the_text_opens_on_starts_the_plans_period():
    # Regression (a probe of 7 Dec 2026, a province's labour-market plan): the plan's period was 2025 alone, its
    # start "giai đoạn 2021 - 2025" named only in the opening sentence.
    draft = chitieu.extract_plan(
        "Minh họa (Ảnh: Đức Thụy)\n\nTheo đó, mục tiêu chung của việc thực hiện Kế hoạch nhằm phát triển thị trường "
        "lao động trên địa bàn tỉnh linh hoạt, hiện đại, hiệu quả, bền vững và hội nhập, góp phần phục hồi và "
        "phát triển kinh tế - xã hội giai đoạn 2021 - 2025.\n\nMục tiêu cụ thể của Kế hoạch là phấn đấu đến "
        "năm 2025:\n\nTỷ trọng lao động nông nghiệp trong tổng lao động xã hội dưới 61%; tỷ lệ thất nghiệp chung dưới "
        "1%.\n"
    )
    assert (draft.plan.period["from"], draft.plan.period["to"]) == (2021, 2025)
    assert target_rows(draft.plan) == [(2025, "less_than", 61.0, "percent"), (2025, "less_than", 1.0, "percent")]
    assert any("period is 2021-2025" in n for n in draft.notes)


def test_a_year_closing_the_sentence_before_trong_do_dates_what_follows():
    # Regression (a probe of 7 Dec 2026, a ward council's session): the year of the report's opening line held for
    # the aims, and "năm 2017" closing the sentence that "Trong đó phấn đấu ..." goes on from dated nothing.
    text = (
        "Tại kỳ họp này, HĐND phường Xuất Hóa tập trung đánh giá kết quả thực hiện nhiệm vụ năm 2016; phương hướng, "
        "nhiệm vụ năm 2017.\n\nBáo cáo năm 2016 của phường Xuất Hóa nêu: Phường đã bám sát Nghị quyết của Đảng ủy. "
        "Tổng sản lượng lương thực có hạt đạt 995,8 tấn, bằng 112% kế hoạch. Số hộ gia đình đạt danh hiệu “gia đình "
        "văn hóa” đạt 92%.\n\nTại kỳ họp này, các đại biểu HĐND phường đã tập trung thảo luận, đưa ra các giải pháp "
        "phát triển kinh tế, xã hội năm 2017.Trong đó phấn đấu tổng sản lượng lương thực đạt 880 tấn. Thu ngân sách "
        "đạt 543 triệu đồng.\n"
    )
    for variant in [text, text.replace(".Trong", ". Trong")]:
        draft = chitieu.extract_plan(variant)
        assert target_rows(draft.plan) == [(2017, "reach", 880.0, "tonne"), (2017, "reach", 543e6, "dong")]
        assert observation_rows(draft) == [(995.8, 2016), (112.0, 2016), (92.0, 2016)]


def test_a_plan_drafted_is_no_aim_of_the_results_after_it():
    # Regression (a probe of 7 Dec 2026, a ward council's session): "xây dựng kế hoạch" (drafted a plan) in the
    # report's account of the year made its results aims, targets of 2016.
    draft = chitieu.extract_plan(
        "Tại kỳ họp này, HĐND phường Xuất Hóa tập trung đánh giá kết quả thực hiện nhiệm vụ năm 2016; phương hướng, "
        "nhiệm vụ năm 2017.\n\nBáo cáo năm 2016 của phường Xuất Hóa nêu: Phường đã bám sát Nghị quyết của Đảng ủy, "
        "Nghị quyết của HĐND, xây dựng kế hoạch về phát triển kinh tế, xã hội, an ninh, quốc phòng. Tổng sản lượng "
        "lương thực có hạt đạt 995,8 tấn, bằng 112% kế hoạch.\n\nNăm 2017, phấn đấu tổng sản lượng lương thực đạt "
        "880 tấn.\n"
    )
    assert target_rows(draft.plan) == [(2017, "reach", 880.0, "tonne")]
    assert observation_rows(draft) == [(995.8, 2016), (112.0, 2016)]


def test_at_present_opening_a_clause_reports():
    # Regression (a probe of 7 Dec 2026, a province's news of schools up to standard): "hiện tại" (at present) after
    # a lead-in and its comma reported nothing, so the libraries there are now were targets.
    draft = chitieu.extract_plan(
        "Hiện toàn tỉnh có 190 trường đạt chuẩn quốc gia, chiếm 43,58% tổng số trường trên địa bàn.\n\nSong hành cùng "
        "với trường chuẩn quốc gia, hiện tại có 174 thư viện đạt chuẩn, chiếm trên 55% tổng số thư viện. Trong đó, "
        "tiểu học có 118 thư viện.\n\nNgành giáo dục phấn đấu đến hết năm 2018, toàn tỉnh sẽ có 202 trường đạt chuẩn "
        "quốc gia.\n"
    )
    assert target_rows(draft.plan) == [(2018, "reach", 202.0, "count")]
    assert [o["value"] for o in draft.observations] == [190.0, 43.58, 174.0, 55.0, 118.0]


def test_a_place_the_provinces_plan_names_is_not_its_unit():
    # Regression (a probe of 7 Dec 2026, a province's tourism plan and a city's environment plan): the plan's unit was
    # "TP Hạ Long", named once in a text that names Quảng Ninh bare twice, and "quận Sơn Trà", the first of a list of
    # districts ("các quận Sơn Trà, Liên Chiểu, Cẩm Lệ"); a centrally-run city named bare was a province.
    draft = chitieu.extract_plan(
        "Đến năm 2030, tổng số khách du lịch đạt 23 triệu lượt. Phấn đấu xây dựng TP Hạ Long trở thành phố du lịch "
        "biển hiện đại và văn minh.\n\nTầm nhìn đến năm 2030, Quảng Ninh phấn đấu trở thành một trung tâm du lịch mang "
        "đẳng cấp quốc tế, góp phần thu hút nhiều du khách đến với Quảng Ninh.\n"
    )
    assert draft.plan.jurisdiction["id"] == "quang_ninh"
    draft = chitieu.extract_plan(
        "Theo kế hoạch năm 2013, Đà Nẵng sẽ tập trung xử lý 3 vấn đề chính. Năm 2013, Đà Nẵng phấn đấu nâng cấp nhà "
        "máy nước Cầu Đỏ lên công suất 170.000 m3/ngày đêm. Đồng thời, xây dựng hạ tầng thoát nước thải tại các quận "
        "Sơn Trà, Liên Chiểu, Cẩm Lệ.\n"
    )
    assert (draft.plan.jurisdiction["id"], draft.plan.jurisdiction["kind"]) == ("da_nang", "centrally_run_city")


def test_a_scale_per_person_and_year_is_money():
    # Regression (a probe of 7 Dec 2026, a ward council's aims): "21 triệu/ người/năm", "đồng" left out, was a count of
    # 21 million.
    draft = chitieu.extract_plan("Năm 2017, thu nhập bình quân đầu người đạt 21 triệu/ người/năm.\n")
    assert target_rows(draft.plan) == [(2017, "reach", 21e6, "dong")]


def test_income_said_bare_is_an_amount_and_a_target_said_thrice_is_one():
    # Regression (a probe of 7 Dec 2026, a commune council's aims): "thu nhập 37 triệu đồng", "bình quân" left out,
    # was no amount and went unused; read so, a headline's income said again twice was drafted twice.
    draft = chitieu.extract_plan("Năm 2021, xã phấn đấu thu nhập 37 triệu đồng, sản lượng lúa 3.600 tấn.\n")
    assert target_rows(draft.plan) == [(2021, "reach", 37e6, "dong"), (2021, "reach", 3600.0, "tonne")]
    draft = chitieu.extract_plan(
        "Phường Thái Học phấn đấu thu nhập 122 triệu đồng/người vào năm 2025\n\nTHỨ BA, 26/05/2020 23:20:05\n\n"
        "Phường Thái Học phấn đấu đến năm 2025, "
        "thu nhập bình quân đầu người năm 2025 đạt 122 triệu đồng, tăng 56% so với hiện nay.\n\nPhường Thái Học phấn "
        "đấu đến năm 2025, thương mại và dịch vụ chiếm 40,5%. Thu nhập bình quân đầu người năm 2025 đạt 122 triệu đồng, "
        "tăng 56% so với hiện nay.\n"
    )
    assert target_rows(draft.plan) == [(2025, "reach", 122e6, "dong"), (2025, "reach", 40.5, "percent")]


def test_a_year_in_the_words_after_a_figure_names_nothing():
    # Regression (a probe of 7 Dec 2026): "trong năm 2026" after the figure was read as its name.
    draft = chitieu.extract_plan("Thành phố phấn đấu tăng trưởng GRDP trên 10% trong năm 2026.\n")
    assert target_rows(draft.plan) == [(2026, "more_than", 10.0, "percent_per_year")]
    assert draft.plan.targets[0]["indicator"] == "tang_truong_grdp"


def test_the_main_objectives_all_met_report_the_figures_after_them():
    # Regression (a probe of 7 Dec 2026): "Các chỉ tiêu chủ yếu đều đạt và vượt kế hoạch" was not read as met.
    text = (
        "Năm 2025, Sở thực hiện tốt công tác tham mưu.\n\nCác chỉ tiêu chủ yếu đều đạt và vượt kế hoạch, trong "
        "đó kinh tế số chiếm 22% GRDP. Tỷ lệ dịch vụ công trực tuyến toàn trình đạt 100%.\n"
    )
    draft = chitieu.extract_plan(text)
    assert target_rows(draft.plan) == []
    assert observation_rows(draft) == [(22.0, 2025), (100.0, 2025)]
    aim = "Năm 2026, phấn đấu các chỉ tiêu chủ yếu đều đạt và vượt kế hoạch, kinh tế số chiếm 25% GRDP.\n"
    assert target_rows(chitieu.extract_plan(aim).plan) == [(2026, "reach", 25.0, "percent_of_grdp")]


def test_a_multiple_is_the_increase_written_without_noise():
    # Regression (a probe of 7 Dec 2026): "tăng hơn 2,7 lần" was 170.00000000000003.
    text = "Năm 2026, số hồ sơ trực tuyến tăng hơn 2,7 lần, số giao dịch trực tuyến tăng hơn 8,3 lần.\n"
    assert [row[2] for row in target_rows(chitieu.extract_plan(text).plan)] == [170.0, 730.0]


def test_a_departments_half_year_assessed_reports_its_figures_of_that_year():
    # Regression (a probe of 7 Dec 2026): "(KH&CN)" was read as a plan's figure, and the half-year assessed gave no
    # year.
    text = (
        "Phó Chủ tịch UBND tỉnh làm việc với Sở Khoa học và Công nghệ (KH&CN) để đánh giá công tác triển khai "
        "nhiệm vụ 6 tháng đầu năm 2025.\nSở báo cáo đã hoàn thành 9/16 nhiệm vụ UBND tỉnh giao.\nTỷ lệ phủ sóng "
        "5G đạt 6,4%, internet cáp quang đến 92% hộ gia đình.\n"
    )
    draft = chitieu.extract_plan(text)
    assert target_rows(draft.plan) == []
    assert observation_rows(draft) == [(6.4, 2025), (92.0, 2025)]


def test_a_period_right_after_a_rate_dates_it_after_a_deadline():
    # Regression (a probe of 7 Dec 2026): the 2,4% of 2021-2025 was of 2030, the deadline opening the sentence.
    text = (
        "Đến năm 2030, giá trị sản xuất thủy sản tăng bình quân 2,4%/năm giai đoạn 2021 – 2025 và 1,8%/năm giai "
        "đoạn 2026 – 2030.\n"
    )
    assert target_rows(chitieu.extract_plan(text).plan) == [
        (2025, "reach", 2.4, "percent_per_year"),
        (2030, "reach", 1.8, "percent_per_year"),
    ]


def test_objectives_of_a_resolution_named_at_length_met_report_the_term():
    # Regression (a probe of 7 Dec 2026): "đề ra" twelve words after the objectives met was read as setting them.
    text = (
        "Trong nhiệm kỳ qua, Đảng bộ phường đã hoàn thành cơ bản các mục tiêu Nghị quyết Đại hội Đảng bộ lần "
        "thứ XXII đề ra. Thương mại, dịch vụ chiếm 98%.\n"
    )
    draft = chitieu.extract_plan(text)
    assert target_rows(draft.plan) == []
    assert observation_rows(draft) == [(98.0, None)]


def test_one_after_is_or_becomes_is_no_count():
    # Regression (a probe of 7 Dec 2026): "là một phường trung tâm" (is a central ward) was a target of 1.
    text = "Năm 2025, phấn đấu xây dựng Đông Ngàn là một phường trung tâm của thị xã, có thêm hai tuyến phố văn minh.\n"
    assert target_rows(chitieu.extract_plan(text).plan) == [(2025, "reach", 2.0, "count")]


def test_a_units_profile_is_reported():
    # Regression (a probe of 7 Dec 2026): the new province's population after its area was a target of 2030.
    text = (
        "Đại hội nhiệm kỳ 2025 - 2030 diễn ra sau khi Lào Cai và Yên Bái hợp nhất, hình thành tỉnh Lào Cai mới với "
        "diện tích tự nhiên 13.257 km2 và dân số 1,65 triệu người.\nCác chỉ tiêu nhiệm kỳ mới: GRDP bình quân đầu "
        "người năm 2030 đạt 136 triệu đồng.\n"
    )
    draft = chitieu.extract_plan(text)
    assert target_rows(draft.plan) == [(2030, "reach", 136e6, "dong")]
    assert [o["value"] for o in draft.observations] == [1.65e6]


def test_households_cut_are_a_count_to_reach():
    # Regression (a probe of 7 Dec 2026): "giảm 532 hộ nghèo" after an amount went unused.
    text = "Năm 2021, thu nhập bình quân đầu người đạt 61,65 triệu đồng/người/năm, giảm 532 hộ nghèo.\n"
    assert target_rows(chitieu.extract_plan(text).plan)[-1] == (2021, "reach", 532.0, "count")
    text = "Năm 2025, giảm 0,04% tỷ lệ hộ nghèo trên tổng số dân thành phố (giảm 1.114 hộ nghèo).\n"
    assert target_rows(chitieu.extract_plan(text).plan) == [(2025, "reach", 0.04, "percent_reduction")]


def test_a_years_estimate_opening_its_sentence_reports():
    # Regression (thanh_pho_vinh_long_giam_ngheo_2021, a development text): "Ước đến cuối năm, sẽ giảm 80 hộ nghèo" is
    # the year's estimate, its "sẽ" no aim.
    text = (
        "Năm 2020, thành phố còn 113 hộ nghèo. Ước đến cuối năm, sẽ giảm 80 hộ nghèo, đạt 100% chỉ tiêu nghị "
        "quyết đề ra.\n"
    )
    draft = chitieu.extract_plan(text)
    assert target_rows(draft.plan) == []
    assert [row[0] for row in observation_rows(draft)] == [80.0, 100.0]


def test_a_review_reports_its_year_after_an_objective_of_the_next():
    # Regression (a probe of 7 Dec 2026, a province's year-end conference): the results after an objective of 2026
    # were dated 2026; the text reviews 2025.
    text = (
        "Ngày 5-12, tại hội nghị tổng kết thực hiện Nghị quyết năm 2025 và triển khai nhiệm vụ năm 2026, Bí thư "
        "Tỉnh ủy đề nghị phấn đấu đưa tăng trưởng kinh tế năm 2026 đạt từ 10% trở lên.\n\nTheo báo cáo tại hội "
        "nghị, kinh tế Cà Mau năm 2025 tiếp tục khởi sắc với GRDP ước tăng 8%; GRDP bình quân đầu người đạt 80 "
        "triệu đồng; kim ngạch xuất khẩu đạt 2,6 tỷ USD.\n"
    )
    draft = chitieu.extract_plan(text)
    assert target_rows(draft.plan) == [(2026, "at_least", 10.0, "percent")]
    assert observation_rows(draft) == [(8.0, 2025), (80e6, 2025), (2.6e9, 2025)]


def test_groups_of_objectives_met_report_the_term_past():
    # Regression (a probe of 7 Dec 2026, a commune's congress): "hoàn thành 12 nhóm chỉ tiêu đề ra" read as objectives
    # set, so the paragraph after it, of the term's results, was targets.
    text = (
        "Nhiệm kỳ qua, cấp ủy Đảng, chính quyền và Nhân dân xã tập trung lãnh đạo, chỉ đạo và cơ bản hoàn thành "
        "12 nhóm chỉ tiêu đề ra.\n\nKinh tế trên địa bàn tiếp tục có bước phát triển, tốc độ tăng trưởng kinh "
        "tế bình quân đạt 4,75%; tỷ lệ hộ nghèo giảm còn 2,57%.\n"
    )
    draft = chitieu.extract_plan(text)
    assert target_rows(draft.plan) == []
    assert observation_rows(draft) == [(4.75, None), (2.57, None)]


def test_statistics_and_a_day_just_past_report():
    # Regression (a probe of 7 Dec 2026, a province's news of Project 06): the accounts activated in a day were
    # targets. "Theo thống kê" reports its sentence, "vừa qua" the rest of its line.
    text = (
        "Theo thống kê, trong ngày Chủ nhật 10/9 vừa qua, toàn tỉnh kích hoạt được hơn 12.600 tài khoản VNeID. "
        "Đáng chú ý, huyện Thăng Bình thực hiện hơn 6.600 tài khoản, TP.Hội An hơn 3.000 tài khoản.\n"
    )
    draft = chitieu.extract_plan(text)
    assert target_rows(draft.plan) == []
    assert [row[0] for row in observation_rows(draft)] == [12600.0, 6600.0, 3000.0]


def test_a_floor_in_dollars_is_to_reach():
    # Regression (a probe of 7 Dec 2026, a provincial council's plan for 2026): "từ 11.800 USD trở lên" went unused, as
    # "từ ... tỷ đồng trở lên" did not.
    text = "Tỉnh đặt mục tiêu trong năm 2026 sẽ đạt GRDP trên 12,5%, GRDP bình quân đầu người từ 11.800 USD trở lên.\n"
    assert target_rows(chitieu.extract_plan(text).plan)[-1] == (2026, "at_least", 11800.0, "usd")


def test_a_deadlines_year_is_no_figure_that_past_verbs_qualify():
    # Regression (a probe of 7 Dec 2026, a commune's new-rural page): "thu nhập bình quân đến năm 2025 đã đạt 77,6
    # triệu đồng/người" was a target: the year was taken for a figure whose things "đã đạt" said what they underwent.
    text = (
        "Giai đoạn 2020-2025, xã đã đạt tốc độ tăng tổng giá trị sản phẩm 7,1%/năm; thu nhập bình quân đến năm "
        "2025 đã đạt 77,6 triệu đồng/người.\n"
    )
    draft = chitieu.extract_plan(text)
    assert target_rows(draft.plan) == []
    assert observation_rows(draft) == [(7.1, 2025), (77.6e6, 2025)]


def test_access_to_land_sets_no_objective():
    # Regression (a probe of 7 Dec 2026, news of a province's PCI ranking): "tiếp cận đất đai" folds as "cần đạt" does,
    # so a ranking's results were targets.
    text = (
        "Theo bảng xếp hạng PCI 2022, Lào Cai xếp thứ 11/63 tỉnh, thành phố. Cụ thể, chỉ số tiếp cận đất đai đạt "
        "7,62 điểm; chỉ số gia nhập thị trường đạt 7,37 điểm. Báo cáo của UBND tỉnh cho thấy, tính đến hết quý I/2023, "
        "tốc độ tăng trưởng kinh tế đạt 6,9%.\n"
    )
    draft = chitieu.extract_plan(text)
    assert target_rows(draft.plan) == []
    assert [row[0] for row in observation_rows(draft)] == [11.0, 7.62, 7.37, 6.9]


def test_a_margin_said_alone_after_a_result_is_no_figure():
    # Regression (a probe of 7 Dec 2026, a ward's year-end results): "đạt 75 tỷ đồng, vượt 8%" had the margin as an
    # observation of 8%.
    text = (
        "Trong năm 2025, phường đã hoàn thành và vượt toàn bộ 13 chỉ tiêu được giao. Đặc biệt, tổng thu ngân sách "
        "nhà nước trên địa bàn đạt 75 tỷ đồng, vượt 8%; tỷ lệ tổ dân phố văn hóa đạt 98,5%, vượt 7%.\n"
    )
    draft = chitieu.extract_plan(text)
    assert target_rows(draft.plan) == []
    assert observation_rows(draft) == [(75e9, 2025), (98.5, 2025)]


def test_the_people_and_enterprises_served_are_one_noun():
    # Regression (a probe of 7 Dec 2026, a ward's year-end review): "người dân và doanh nghiệp" parted the clause, so
    # the satisfaction rate was named "doanh nghiệp" (SME platforms) and the rate before it took "người dân".
    text = (
        "Năm 2025, tỷ lệ hồ sơ giải quyết trực tuyến toàn trình đạt 96%, mức độ hài lòng của người dân và doanh "
        "nghiệp đạt 100%.\n"
    )
    draft = chitieu.extract_plan(text)
    assert [t["indicator"] for t in draft.plan.targets] == ["online_resolved_dossiers", "satisfaction_admin_procedures"]
    assert draft.plan.targets[1]["quote"].startswith("mức độ hài lòng")


def test_by_the_end_of_the_year_a_council_reviews_is_no_deadline():
    # Regression (a probe of 8 Dec 2026, a provincial council's year-end session): "Cơ cấu kinh tế đến hết năm 2025
    # ... chiếm 4,63%" in the review of 2025 was a target of 2025.
    text = (
        "Ngày 15/12, HĐND tỉnh Quảng Ninh khai mạc Kỳ họp thứ 34 (kỳ họp thường lệ cuối năm 2025) để đánh giá "
        "kết quả phát triển kinh tế - xã hội năm 2025.\n\nQuy mô nền kinh tế ước đạt 368.445 tỷ đồng. Cơ cấu kinh "
        "tế đến hết năm 2025 khu vực nông, lâm, thủy sản chiếm 4,63%; khu vực công nghiệp - xây dựng chiếm "
        "46,18%.\n"
    )
    draft = chitieu.extract_plan(text)
    assert target_rows(draft.plan) == []
    assert observation_rows(draft) == [(368_445e9, 2025), (4.63, 2025), (46.18, 2025)]


def test_by_the_year_a_congress_opens_its_term_is_no_deadline():
    # Regression (a probe of 8 Dec 2026, a commune's congress of 2025): the congress, named with its term only in a
    # caption, was not found; "Giá trị thu trên 1ha canh tác đến năm 2025 đạt 316 triệu đồng", the term past's result,
    # was a target.
    text = (
        "Báo cáo Chính trị trình bày tại Đại hội cho biết, Đảng bộ xã Nghĩa Trụ được thành lập trên cơ sở hợp "
        "nhất 3 đảng bộ xã.\n\nTrong nhiệm kỳ qua, Đảng bộ và nhân dân trong xã đã nỗ lực, phấn đấu đạt được "
        "những kết quả quan trọng trên nhiều lĩnh vực.\n\nThu nhập bình quân đầu người năm 2025 là 152 triệu "
        "đồng/năm. Giá trị thu trên 1ha canh tác đến năm 2025 đạt 316 triệu đồng.\n\nTổng Bí thư Tô Lâm tới dự "
        "Đại hội Đại biểu Đảng bộ xã Nghĩa Trụ lần thứ I, nhiệm kỳ 2025-2030\n"
    )
    draft = chitieu.extract_plan(text)
    assert target_rows(draft.plan) == []
    assert observation_rows(draft) == [(152e6, 2025), (316e6, 2025)]


def test_objectives_all_met_after_their_field_report_the_results_after_them():
    # Regression (a probe of 8 Dec 2026, a health department's review of 2025): "các chỉ tiêu y tế chủ yếu đều đạt và
    # vượt mục tiêu đề ra" named the field between the objectives and "đều đạt", so the results after it were targets.
    text = (
        "Ngày 30/12, Sở Y tế tỉnh Phú Thọ tổ chức hội nghị tổng kết công tác y tế năm 2025, triển khai phương "
        "hướng, nhiệm vụ năm 2026.\n\nNăm 2025, ngành Y tế Phú Thọ đã hoàn thành 9/10 nhiệm vụ UBND tỉnh giao; "
        "các chỉ tiêu y tế chủ yếu đều đạt và vượt mục tiêu đề ra. Tuổi thọ trung bình của người dân đạt 74,5 "
        "tuổi; tỷ lệ bao phủ bảo hiểm y tế đạt 95,1%.\n"
    )
    draft = chitieu.extract_plan(text)
    assert target_rows(draft.plan) == []
    assert observation_rows(draft) == [(74.5, 2025), (95.1, 2025)]


def test_objectives_met_well_report_the_results_they_name():
    # Regression (a probe of 8 Dec 2026, a district's review of 2024): "Một số chỉ tiêu đạt cao như ..." kept the
    # objectives wanted, so the shares of the plan reached after it were targets.
    text = (
        "Triển khai thực hiện nhiệm vụ năm 2024, huyện Ngân Sơn tổ chức thực hiện hoàn thành cơ bản các chỉ tiêu "
        "kế hoạch. Một số chỉ tiêu đạt cao như trồng rừng thực hiện đạt hơn 138% kế hoạch; cây thuốc lá đạt "
        "hơn 128% kế hoạch.\n"
    )
    draft = chitieu.extract_plan(text)
    assert target_rows(draft.plan) == []
    assert observation_rows(draft) == [(138.0, 2024), (128.0, 2024)]


def test_the_period_a_news_item_opens_on_is_the_plans_when_it_ends_at_the_last_target_year():
    # Regression (a probe of 8 Dec 2026, a news item on a province's plan): the plan "giai đoạn 2021 – 2030" named in
    # the first sentence, with targets of 2025 and 2030, had the period 2025 with 2030 as its horizon.
    text = (
        "Kế hoạch thực hiện Chiến lược phát triển nông nghiệp và nông thôn bền vững\n13/05/2022\nChủ tịch UBND "
        "tỉnh vừa ban hành Quyết định số 613/QĐ-UBND về Kế hoạch thực hiện Chiến lược phát triển nông nghiệp "
        "và nông thôn bền vững tỉnh Quảng Ngãi giai đoạn 2021 – 2030, tầm nhìn đến năm 2050.\nTrên cơ sở đó, "
        "Kế hoạch đề ra mục tiêu cụ thể đến năm 2030: Tốc độ tăng trưởng nông lâm thủy sản của tỉnh bình quân "
        "khoảng 4%/năm.\nNâng cao chất lượng rừng tự nhiên. Tỷ lệ độ che phủ rừng duy trì ổn định ở mức 52% "
        "(năm 2025).\n"
    )
    draft = chitieu.extract_plan(text)
    period = draft.plan.period
    assert (period["from"], period["to"], period.get("horizon")) == (2021, 2030, None)
    assert [t[0] for t in target_rows(draft.plan)] == [2030, 2025]
    assert "The plan's period is 2021-2030, as the period the text opens on." in draft.notes


def test_a_named_rates_upper_bound_is_not_carried_to_other_shares_named_after_them():
    # Regression (a probe of 8 Dec 2026, a town's targets for 2020): "dưới" of the poverty rate was carried to the
    # shares of families and clans after it.
    text = (
        "Năm 2020, thị trấn Hưng Hà phấn đấu tổng giá trị sản xuất trên 600 tỷ đồng. Tỷ lệ hộ nghèo dưới 1,5%, "
        "90% gia đình, 65% dòng họ, 80% khu dân cư đạt văn hóa.\n"
    )
    draft = chitieu.extract_plan(text)
    assert [(t[1], t[2]) for t in target_rows(draft.plan)] == [
        ("more_than", 600e9),
        ("less_than", 1.5),
        ("reach", 90.0),
        ("reach", 65.0),
        ("reach", 80.0),
    ]


def test_a_comparator_in_a_bracket_is_not_carried_out_of_it():
    # Regression (a probe of 8 Dec 2026, a province's plan for vocational training): "ít nhất" of the women's share in
    # brackets was carried to "nâng tỷ lệ lao động qua đào tạo lên 68%" after the bracket closed.
    text = (
        "UBND tỉnh ban hành Kế hoạch thực hiện Chiến lược phát triển giáo dục nghề nghiệp giai đoạn 2022 - 2030 "
        "trên địa bàn tỉnh. Phấn đấu các trường cao đẳng, trung cấp đạt chuẩn trường chất lượng cao.\nCụ thể, "
        "trong năm 2022, tỉnh An Giang sẽ tổ chức tuyển sinh giáo dục nghề nghiệp khoảng 20.000 người (số lao "
        "động nữ được học nghề nghiệp chiếm ít nhất 41,5%), nâng tỷ lệ lao động qua đào tạo lên 68%, tỷ lệ lao "
        "động qua đào tạo có văn bằng, chứng chỉ đạt 27%.\n"
    )
    draft = chitieu.extract_plan(text)
    assert [(t[1], t[2]) for t in target_rows(draft.plan)] == [
        ("about", 20000.0),
        ("at_least", 41.5),
        ("reach", 68.0),
        ("reach", 27.0),
    ]


def test_an_objective_passed_in_a_bracket_is_a_target_beside_the_result():
    # Regression (a probe of 8 Dec 2026, results of the national financial inclusion strategy): "(vượt mục tiêu ít nhất
    # 80% đến năm 2025)" after a result was an observation of 80%.
    text = (
        "Theo báo cáo của Ngân hàng Nhà nước về kết quả thực hiện Chiến lược tài chính toàn diện giai đoạn 2020 - "
        "2025, hiện nay tỉ lệ người trưởng thành có tài khoản thanh toán tại ngân hàng đã đạt 86,97% (vượt mục "
        "tiêu ít nhất 80% đến năm 2025).\n"
    )
    draft = chitieu.extract_plan(text)
    assert target_rows(draft.plan) == [(2025, "at_least", 80.0, "percent")]
    assert observation_rows(draft) == [(86.97, 2025)]


def test_a_period_right_after_a_quantity_is_its_own():
    # Regression (a probe of 8 Dec 2026, a province's agriculture plan): "trên 40.000 ha giai đoạn 2026 - 2030"
    # took the year of the clause before it, 2025.
    text = (
        "Kế hoạch thực hiện Chiến lược phát triển nông nghiệp và nông thôn bền vững\n13/05/2022\nChủ tịch UBND "
        "tỉnh vừa ban hành Quyết định số 613/QĐ-UBND về Kế hoạch thực hiện Chiến lược phát triển nông nghiệp "
        "và nông thôn bền vững tỉnh Quảng Ngãi giai đoạn 2021 – 2030.\nTrên cơ sở đó, Kế hoạch đề ra mục tiêu "
        "cụ thể đến năm 2030: Tốc độ tăng trưởng nông lâm thủy sản của tỉnh bình quân khoảng 4%/năm.\nNâng cao "
        "chất lượng rừng tự nhiên, diện tích rừng có chứng chỉ quản lý rừng bền vững khoảng 10.000 – 20.000 ha "
        "trong giai đoạn 2021 – 2025 và trên 40.000 ha giai đoạn 2026 - 2030.\n"
    )
    draft = chitieu.extract_plan(text)
    assert target_rows(draft.plan) == [
        (2030, "about", 4.0, "percent_per_year"),
        (2025, "about", 20000.0, "hectare"),
        (2030, "more_than", 40000.0, "hectare"),
    ]


def test_a_headline_is_not_said_again_by_a_figure_of_other_things():
    # Regression (thanh_hoa_chuyen_doi_so_2030, a development text; the same text as core/tests/extract.rs): the body's
    # "đến 2030 là 80% trở lên" (of enterprises) took the place of the headline's "80% dân số có tài khoản điện tử".
    draft = chitieu.extract_plan(
        "Thanh Hoá phấn đấu 80% dân số có tài khoản điện tử\n\nTheo đó, đến năm 2025, doanh nghiệp chuyển đổi số chiếm "
        "50% trở lên tổng số doanh nghiệp có phát sinh thuế và đến 2030 là 80% trở lên.\n"
    )
    assert target_rows(draft.plan) == [
        (None, "reach", 80.0, "percent"),
        (2025, "at_least", 50.0, "percent"),
        (2030, "at_least", 80.0, "percent"),
    ]


def test_objectives_said_met_report_the_results_said_in_detail_after_them():
    # Regression (huyen_na_ri_bac_kan_2023, a development text; the same text as core/tests/extract.rs): "38/54 chỉ tiêu
    # hoàn thành" was only an objective measured against, and the results the "Cụ thể:" line gives became targets.
    draft = chitieu.extract_plan(
        "Trong năm 2023, các cấp đã lãnh đạo hoàn thành cơ bản các chỉ tiêu, trong đó có 38/54 chỉ tiêu hoàn thành và "
        "hoàn thành vượt so với Nghị quyết năm.\n\nCụ thể: tổng đàn gia súc gần 12.400 con; kết nạp được 105 đảng "
        "viên, đạt 107%, nâng tổng số đảng viên lên 5.257 người.\n"
    )
    assert target_rows(draft.plan) == []
    assert observation_rows(draft) == [(12400.0, 2023), (105.0, 2023), (5257.0, 2023)]


def test_a_budgets_lines_against_the_year_before_are_the_years_targets():
    # Regression (quang_ngai_thu_ngan_sach_2026, a development text; the same text as core/tests/extract.rs): "thu nội
    # địa" named no amount, so its rise "tăng 2,6% so với thực hiện năm 2025" was drafted in its place; "bằng 83,6% so
    # với ..." was a target; and "so với dự toán ... giao năm 2025" dated the spending line 2025.
    draft = chitieu.extract_plan(
        "Năm 2026, dự toán thu ngân sách nhà nước trên địa bàn tỉnh Quảng Ngãi là 33.624 tỷ đồng, bằng dự toán Trung "
        "ương giao. Trong đó, thu nội địa 22.824 tỷ đồng, bằng dự toán Trung ương giao, tăng 2,6% so với thực hiện năm "
        "2025. Thu thuế từ hoạt động xuất khẩu, nhập khẩu: 10.800 tỷ đồng, bằng dự toán Trung ương giao, bằng 83,6% so "
        "với thực hiện năm 2025.\nDự toán chi ngân sách địa phương 29.365 tỷ đồng, gồm: Chi đầu tư phát triển: 5.962 tỷ "
        "đồng, tăng so với dự toán Hội đồng nhân dân tỉnh giao năm 2025 là 316 tỷ đồng, tương ứng tăng 6%.\n"
    )
    assert target_rows(draft.plan) == [
        (2026, "reach", 33624e9, "dong"),
        (2026, "reach", 22824e9, "dong"),
        (2026, "reach", 10800e9, "dong"),
        (2026, "reach", 29365e9, "dong"),
        (2026, "reach", 5962e9, "dong"),
    ]
    assert observation_rows(draft) == []


def test_a_range_said_again_in_other_units_is_about_as_much_as_the_first():
    # Regression (ha_tinh_kinh_te_tu_nhan_2030, a development text; the same text as core/tests/extract.rs): "tương
    # đương 13–15 doanh nghiệp/1.000 dân" says again the "khoảng" of the count before it, and was read as reached.
    draft = chitieu.extract_plan(
        "Đến năm 2030, Hà Tĩnh có khoảng 18.000–20.000 doanh nghiệp, tương đương 13–15 doanh nghiệp/1.000 dân.\n"
    )
    assert target_rows(draft.plan) == [(2030, "about", 20000.0, "count"), (2030, "about", 15.0, "per_thousand_people")]
    # "tương đương" names nothing (the id was "tuong_duong_doanh_nghiep_dan", then "doanh_nghiep_dan").
    assert draft.plan.targets[1]["indicator"] == "so_doanh_nghiep"


def test_past_the_mark_is_more_than():
    # Regression (lao_cai_2026, a development text; the same text as core/tests/extract.rs): "vượt mốc 25.000 tỷ đồng"
    # was read as reached.
    draft = chitieu.extract_plan("Năm 2026, Lào Cai quyết tâm đạt tăng trưởng trên 10%, thu ngân sách vượt mốc 25.000 tỷ đồng.\n")
    assert target_rows(draft.plan) == [(2026, "more_than", 10.0, "percent_per_year"), (2026, "more_than", 25e12, "dong")]


def test_an_estimate_an_aim_brings_in_its_sentence_is_a_target():
    # Regression (khanh_hoa_du_lich_2026, a development text; the same text as core/tests/extract.rs): "ước đạt"
    # (estimated at) reported the revenue, though "phấn đấu" sets it in the same sentence.
    draft = chitieu.extract_plan(
        "Năm 2026, theo kế hoạch của ngành du lịch tỉnh, địa phương phấn đấu đón khoảng 18,8 triệu lượt khách, trong đó "
        "có 6,3 triệu lượt khách quốc tế, với tổng doanh thu du lịch ước đạt khoảng 77.000 tỉ đồng.\n"
    )
    assert target_rows(draft.plan) == [
        (2026, "about", 18.8e6, "count"),
        (2026, "reach", 6.3e6, "count"),
        (2026, "about", 77e12, "dong"),
    ]
    assert observation_rows(draft) == []
    # "ước" (estimated) names nothing (the id was "tong_doanh_thu_du_lich_uoc").
    assert draft.plan.targets[2]["indicator"] == "tong_doanh_thu_du_lich"


def test_an_index_scored_in_points_is_a_target():
    # Regression (cao_bang_nang_luc_canh_tranh_2022, a development text; the same text as core/tests/extract.rs):
    # "điểm" after a figure was no unit, so a competitiveness index's component scores were not drafted.
    draft = chitieu.extract_plan(
        "Năm 2022, tỉnh phấn đấu tăng điểm chỉ số năng lực cạnh tranh cấp tỉnh, trong đó, Chỉ số “Chi phí gia nhập thị "
        "trường” đạt từ 8,0 điểm trở lên, Chỉ số “Tiếp cận đất đai” đạt từ 6,5 điểm trở lên.\n"
    )
    assert target_rows(draft.plan) == [(2022, "at_least", 8.0, "index"), (2022, "at_least", 6.5, "index")]
    # "đất" (land) stays in the id, though it folds to the "dat" of "đạt" (it was "chi_so_tiep_can_dai").
    assert draft.plan.targets[1]["indicator"] == "chi_so_tiep_can_dat_dai"


def test_a_leads_sentence_said_again_in_the_body_is_one_target():
    # Regression (quang_binh_bao_hiem_y_te_2025, a development text; the same text as core/tests/extract.rs): the
    # source's tag "(ĐCSVN) -" made the lead's first figure an indicator of its own, so the body's same sentence drafted
    # 91,75% of 2022 a second time. The headline's 95% of 2025, said again in the lead's list and in the body's, is one
    # target too (7 Dec 2026: a target is known by the words it was said again in).
    draft = chitieu.extract_plan(
        "Logo báo điện tử Đảng Cộng sản Việt Nam\n\nQuảng Bình được giao chỉ tiêu bao phủ bảo hiểm y tế đạt 95% "
        "vào năm 2025\n\nThứ Sáu, 06/05/2022 10:40 (GMT+0)\nzalo-icon\nviber-icon\n\n(ĐCSVN) - Cụ thể, tỉnh Quảng "
        "Bình được giao tỷ lệ bao phủ bảo hiểm y tế năm 2022 là 91,75%, năm 2023 là 92,50%, năm 2024 là "
        "93,75%, năm 2025 là 95,00%.\n\nẢnh minh họa \n\nĐó là thông tin tại Quyết định 546/QĐ-TTg của Thủ tướng "
        "Chính phủ về việc giao chỉ tiêu thực hiện bao phủ bảo hiểm y tế cho UBND các tỉnh, thành phố trực "
        "thuộc Trung ương giai đoạn 2022 – 2025.\n\nCụ thể, tỉnh Quảng Bình được giao tỷ lệ bao phủ bảo hiểm y "
        "tế năm 2022 là 91,75%, năm 2023 là 92,50%, năm 2024 là 93,75%, năm 2025 là 95,00%.\n\n"
    )
    assert [(t.get("year"), t["value"]) for t in draft.plan.targets] == [
        (2025, 95.0),
        (2022, 91.75),
        (2023, 92.5),
        (2024, 93.75),
    ]


def test_a_year_right_after_an_amounts_unit_is_its_own():
    # Regression (ha_tinh_nong_nghiep_2025, a development text; the same text as core/tests/extract.rs): "trên 130
    # triệu đồng/ha vào năm 2025" took the line's 2020.
    draft = chitieu.extract_plan(
        "Đến năm 2020 và những năm tiếp theo, giá trị sản xuất trên đơn vị diện tích đạt trên 90 triệu đồng/ha vào năm "
        "2020 và trên 130 triệu đồng/ha vào năm 2025.\n"
    )
    assert target_rows(draft.plan) == [(2020, "more_than", 90e6, "dong"), (2025, "more_than", 130e6, "dong")]


def test_a_headline_repeated_word_for_word_is_still_said_again_by_the_body():
    # Regression (ha_tinh_nong_nghiep_2025, a development text; the same text as core/tests/extract.rs): the headline's
    # copy was taken for the body saying it again, and the body's 130 triệu đồng/ha of 2025 was drafted a second time.
    draft = chitieu.extract_plan(
        "Hà Tĩnh phấn đấu đến 2025, giá trị trên đơn vị diện tích đạt 130 triệu đồng/ha\n\nHà Tĩnh phấn đấu đến 2025, "
        "giá trị trên đơn vị diện tích đạt 130 triệu đồng/ha\n\nTheo kế hoạch, giá trị sản xuất trên đơn vị diện tích "
        "đạt trên 90 triệu đồng/ha vào năm 2020 và trên 130 triệu đồng/ha vào năm 2025.\n"
    )
    assert target_rows(draft.plan) == [(2025, "more_than", 130e6, "dong"), (2020, "more_than", 90e6, "dong")]
