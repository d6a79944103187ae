"""Plans, paths, observations and scorecards: values, pickling, threads, display."""

import concurrent.futures
import json
import pickle
import threading
import unicodedata

import pytest

import chitieu

AS_OF = "2025-12-31"


def test_bundled_plans():
    ids = chitieu.list_plans()
    assert ids[0] == chitieu.DEFAULT_PLAN == "tra_vinh"
    assert len(ids) == 5
    counts = {i: len(chitieu.load_plan(i).targets) for i in ids}
    assert counts == {"tra_vinh": 31, "can_tho": 31, "tay_ninh_city": 51, "tien_giang": 22, "binh_dinh_2024": 22}
    assert chitieu.load_plan().id == chitieu.load_plan("tra_vinh").id


def test_plan_parts_are_plain_data():
    plan = chitieu.load_plan("tra_vinh")
    assert plan.jurisdiction["name"] == "Trà Vinh"
    assert plan.period["to"] == 2025 and plan.period["horizon"] == 2030
    assert plan.document["signed_on"] == "2022-07-12"
    assert plan.budget["total"] == 477_905_000_000
    files = plan.targets_of("work_files_online")
    assert len(files) == 6 and {t["year"] for t in files} == {2025, 2030}
    assert plan.target(files[0]["id"]) == files[0]
    assert plan.indicator("no_such") is None and plan.target("no_such") is None
    assert plan.validate() == [] and plan.warnings == []
    json.dumps([plan.targets, plan.indicators, plan.pillars, plan.document])  # JSON-ready


def test_plan_round_trips_through_json_text_and_file(tmp_path):
    plan = chitieu.load_plan("can_tho")
    again = chitieu.Plan.from_json(plan.to_json())
    assert again.targets == plan.targets and again.to_json() == plan.to_json()
    f = tmp_path / "plan.json"
    f.write_text(plan.to_json(), encoding="utf-8")
    assert chitieu.Plan.from_json(f).id == plan.id
    # A str is the JSON text, never a file name (issue 15).
    with pytest.raises(chitieu.LoadError):
        chitieu.Plan.from_json(str(f))


def test_milestones_of_a_plan():
    plan = chitieu.load_plan()
    path = plan.path("work_files_online", tier="province", baseline=(2022, 62.0), curve="linear")
    assert path.anchors[0] == {"t": 2022.0, "value": 62.0}
    m = path.at(2024)
    assert m["kind"] == "interpolated" and m["comparator"] == "at_least"
    stated = path.at(2025)
    assert stated["kind"] == "stated"
    ms = plan.milestones("work_files_online", times=[2022, 2025, 2031], tier="province", baseline=(2022, 62.0))
    assert [x["kind"] for x in ms] == ["baseline", "stated", "held"]
    assert path.time_distance(2023, 1000.0)["reason"] == "beyond_final_target"


def test_due_dates_of_the_plan():
    plan = chitieu.load_plan()
    days = [d["last_day"] for d in plan.due_dates(2026)]
    assert days == ["2026-03-19", "2026-06-19", "2026-09-19", "2026-11-29", "2026-12-19"]
    assert chitieu.due_dates(plan, 2026) == plan.due_dates(2026)
    assert plan.next_due("2026-11-22")["last_day"] == "2026-11-29"
    assert chitieu.load_plan("can_tho").due_dates(2026) == []
    assert chitieu.load_plan("can_tho").next_due("2026-01-01") is None


def test_numbers():
    assert chitieu.parse_number("11,5") == 11.5
    assert chitieu.parse_number("477.905") == 477905.0
    assert chitieu.parse_percent("90,5%") == 90.5
    assert chitieu.parse_amount("1.060,5 tỷ đồng") == 1_060_500_000_000
    # Regression (3 Dec 2026): scale words typed or converted decomposed (NFD) were an unknown unit.
    assert chitieu.parse_amount(unicodedata.normalize("NFD", "20.000 triệu đồng")) == 20_000_000_000
    # Without marks or in capitals (3 Dec 2026): the same scale words, as the core reads them.
    assert chitieu.parse_amount("3 trieu dong") == 3_000_000
    assert chitieu.parse_amount("2 TỶ ĐỒNG") == 2_000_000_000
    # Regression (5 Dec 2026; the same cases as core/src/io/number.rs): an amount in billions then millions was an
    # unknown unit ("388 tỷ 774 triệu đồng" in a commune's review); the plan reader already read it.
    assert chitieu.parse_amount("388 tỷ 774 triệu đồng") == 388_774_000_000
    assert chitieu.parse_amount("2 tỷ 300 triệu 500 nghìn đồng") == 2_300_500_000
    for bad in ["1 triệu 5 tỷ", "1 tỷ 1000 triệu", "1 tỷ 5"]:
        with pytest.raises(chitieu.NumberError) as e:
            chitieu.parse_amount(bad)
        assert e.value.code == "unknown_money_unit"


def test_scorecard():
    plan = chitieu.load_plan("can_tho")
    card = chitieu.scorecard(plan, chitieu.bundled_observations(), as_of=AS_OF)
    assert len(card) == len(card.rows) == 31
    dti = next(r for r in card.rows if r["indicator"] == "dti_rank")
    assert dti["achievement"]["attained"] is True
    assert card.as_of == AS_OF and card.plan == plan.id
    assert [p["pillar"] for p in card.pillars] == [p["id"] for p in plan.pillars]
    assert card.overall["targets"] == 31
    assert json.loads(card.to_json())["plan"] == plan.id
    assert card.to_csv().splitlines()[0].startswith("target,pillar,indicator")
    assert len(card.to_csv().splitlines()) == 32
    same = chitieu.Scorecard.build(plan, as_of=AS_OF, settings=chitieu.Settings())
    assert same.rows == card.rows
    linear = chitieu.scorecard(plan, as_of=AS_OF, settings=chitieu.Settings(curve="linear"))
    assert linear.settings["curve"] == "linear"


def test_observations_sources(tmp_path):
    csv = "đơn vị;chỉ tiêu;năm;giá trị\ntra_vinh;work_files_online;2023;\"85,5%\"\ntra_vinh;work_files_online;2024;\n"
    obs = chitieu.Observations.from_csv(csv, chitieu.load_plan())
    assert [o["value"] for o in obs.records] == [85.5]
    assert obs.warnings[0]["code"] == "blank_cell"
    f = tmp_path / "obs.csv"
    f.write_text(csv, encoding="utf-8")
    assert len(chitieu.Observations.from_csv(f)) == 1
    again = chitieu.Observations.from_json(obs.to_json())
    assert again.records == obs.records


@pytest.mark.parametrize(
    "make",
    [
        lambda: chitieu.load_plan("tay_ninh_city"),
        lambda: chitieu.bundled_observations(),
        lambda: chitieu.scorecard(chitieu.load_plan(), as_of=AS_OF),
        lambda: chitieu.Path([(2022, 62.0), (2025, 90.0, "at_least"), (2030, 100.0, "reach")], "auto", (0, 100)),
        lambda: chitieu.Settings(curve="step", interval_level=0.8),
    ],
)
def test_pickle(make):
    obj = make()
    for protocol in range(2, pickle.HIGHEST_PROTOCOL + 1):
        back = pickle.loads(pickle.dumps(obj, protocol=protocol))
        assert type(back) is type(obj)
        assert repr(back) == repr(obj)
    if hasattr(obj, "to_json"):
        assert back.to_json() == obj.to_json()
    if isinstance(obj, chitieu.Path):
        assert back.milestones([2023, 2027]) == obj.milestones([2023, 2027])


def test_pickle_through_multiprocessing():
    import multiprocessing

    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(2) as pool:
        plans = [chitieu.load_plan(i) for i in chitieu.list_plans()]
        counts = pool.map(_count_targets, plans)
    assert counts == [31, 31, 51, 22, 22]


def _count_targets(plan):
    return len(plan.targets)


def test_threads_share_objects():
    plan = chitieu.load_plan()
    obs = chitieu.bundled_observations()
    expected = chitieu.scorecard(plan, obs, as_of=AS_OF).to_json()
    path = plan.path("work_files_online", tier="province", baseline=(2022, 62.0))
    barrier = threading.Barrier(8)

    def work(_):
        barrier.wait()
        out = []
        for _ in range(20):
            out.append(chitieu.scorecard(plan, obs, as_of=AS_OF).to_json() == expected)
            out.append(path.at(2024) == path.at(2024.0))
        return all(out)

    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        assert all(pool.map(work, range(8)))


def test_objects_are_immutable():
    plan = chitieu.load_plan()
    with pytest.raises(AttributeError):
        plan.id = "x"
    targets = plan.targets
    targets.clear()  # a copy: the plan is unchanged
    assert len(plan.targets) == 31


def test_reprs_fit_on_a_line():
    plan = chitieu.load_plan()
    for obj in [plan, chitieu.bundled_observations(), chitieu.scorecard(plan, as_of=AS_OF),
                plan.path("work_files_online", tier="province"), chitieu.Settings()]:
        r = repr(obj)
        assert "\n" not in r and len(r) < 160, r
    assert repr(plan).startswith("<Plan tra_vinh (Trà Vinh)")


def test_html_escapes_and_shows_status():
    plan = chitieu.load_plan()
    page = plan._repr_html_()
    assert "<table>" in page and "Trà Vinh" in page
    card = chitieu.scorecard(plan, as_of=AS_OF)
    page = card._repr_html_()
    assert "Chưa đánh giá được" in page and "background:#" in page  # words from the core's label table
    # Text from the document is escaped: build a plan whose quote holds markup.
    text = plan.to_json().replace('"quote": "', '"quote": "<script>x</script> & ', 1)
    evil = chitieu.Plan.from_json(text)
    assert "<script>" not in evil._repr_html_() and "&lt;script&gt;" in evil._repr_html_()


def test_plot(tmp_path):
    import matplotlib

    matplotlib.use("Agg")
    plan = chitieu.load_plan()
    ax = chitieu.plot_indicator(plan, "work_files_online", tier="province", observations=chitieu.bundled_observations())
    assert ax.get_title() == plan.indicator("work_files_online")["name_vi"]
    assert ax.get_lines()
    ax.figure.savefig(tmp_path / "chart.png")
    assert (tmp_path / "chart.png").stat().st_size > 1000
    with pytest.raises(KeyError):
        chitieu.plot_indicator(plan, "no_such")
