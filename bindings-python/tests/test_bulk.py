"""The numpy bulk API: agreement with the scalar functions, layouts, the national workload."""

import numpy as np
import pytest

import chitieu

CATEGORY = [c for c, _, _ in chitieu.CATEGORIES]


@pytest.fixture(scope="module")
def workload():
    return chitieu.national_workload(2025)


@pytest.fixture(scope="module")
def cells(workload):
    w = workload
    return chitieu.evaluate_cells(w["baseline_t"], w["baseline"], w["target_t"], w["target"], w["comparator"],
                                  w["polarity"], w["times"], w["values"])


def test_workload_shape(workload):
    w = workload
    assert w["values"].shape == (201_300, 11)
    assert w["numerators"].shape == (3_321 * 60, 11)
    assert w["groups"] == 34 * 60
    assert w["comparator"].dtype == np.uint8 and w["polarity"].dtype == np.int8
    again = chitieu.national_workload(2025)
    assert np.array_equal(again["values"], w["values"], equal_nan=True)  # deterministic


def close(a, b):
    return (a is None and np.isnan(b)) or (a is not None and abs(a - b) <= 1e-9 * max(1.0, abs(a)))


def test_bulk_agrees_with_scalar_functions(workload, cells):
    w = workload
    rng = np.random.default_rng(7)
    for i in rng.choice(len(w["baseline"]), 300, replace=False):
        comparator = chitieu.COMPARATORS[w["comparator"][i]]
        polarity = "higher_is_better" if w["polarity"][i] == 1 else "lower_is_better"
        b, v, t0, tt = w["baseline"][i], w["target"][i], w["baseline_t"][i], w["target_t"][i]
        path = chitieu.Path([(t0, b), (tt, v, comparator)], "linear")
        for j, t in enumerate(w["times"]):
            y = w["values"][i, j]
            assert close(path.at(t)["value"], cells["milestone"][i, j])
            if np.isnan(y):
                assert cells["attained"][i, j] == 2
                continue
            a = chitieu.achievement(comparator, polarity, target=v, value=y, baseline=b)
            assert cells["attained"][i, j] == int(a["attained"])
            assert close(a["gap"], cells["gap"][i, j])
            assert close(a["percent_of_target"], cells["percent_of_target"][i, j])
            assert close(a["progress_from_baseline"], cells["progress_from_baseline"][i, j])
            g = chitieu.growth_ratio(t0, b, tt, v, t, y, comparator, polarity)
            assert CATEGORY[cells["category"][i, j]] == g["category"]
            assert close(g["ratio"], cells["ratio"][i, j])
            assert close(g["score"], cells["score"][i, j])


def test_non_contiguous_and_other_layouts(workload, cells):
    w = workload
    n = 500
    base = {k: w[k][:n] for k in ["baseline_t", "baseline", "target_t", "target", "comparator", "polarity"]}
    ref = chitieu.evaluate_cells(**base, times=w["times"], values=w["values"][:n])
    # Every other series (strided views), every other year (a strided 2-D view), Fortran order,
    # other dtypes, and lists.
    strided = {k: v[::2] for k, v in base.items()}
    out = chitieu.evaluate_cells(**strided, times=w["times"][::2], values=w["values"][:n:2, ::2])
    np.testing.assert_array_equal(out["milestone"], ref["milestone"][::2, ::2])
    np.testing.assert_array_equal(out["category"], ref["category"][::2, ::2])
    fortran = np.asfortranarray(w["values"][:n])
    assert not fortran.flags.c_contiguous
    out = chitieu.evaluate_cells(**base, times=w["times"], values=fortran)
    np.testing.assert_array_equal(out["score"], ref["score"])
    out = chitieu.evaluate_cells(
        **{**base, "comparator": base["comparator"].astype(np.int64), "polarity": base["polarity"].astype(float),
           "baseline": base["baseline"].astype(np.float32).astype(np.float64)},
        times=list(w["times"]), values=w["values"][:n].ravel(),
    )
    np.testing.assert_array_equal(out["attained"], ref["attained"])
    # The first n rows of the full run are the same cells.
    np.testing.assert_array_equal(ref["gap"], cells["gap"][:n])


def test_curves_and_results(cells):
    assert cells["curve_used"].dtype == np.uint8 and set(np.unique(cells["curve_used"])) == {0}
    assert set(np.unique(cells["attained"])) <= {0, 1, 2}
    assert (cells["category"] <= 5).all()
    w = chitieu.national_workload(2025)
    out = chitieu.evaluate_cells(w["baseline_t"][:100], w["baseline"][:100], w["target_t"][:100], w["target"][:100],
                                 w["comparator"][:100], w["polarity"][:100], w["times"], w["values"][:100],
                                 curve="auto", bounds=(0.0, 100.0))
    assert 2 in set(np.unique(out["curve_used"]))


def test_rollup_agrees_with_scalar(workload):
    w = workload
    out = chitieu.rollup_ratio_of_sums(w["numerators"], w["denominators"], w["group"], w["groups"], scale=100.0)
    assert out.shape == (w["groups"], 11)
    g, j = 5, 3
    members = np.nonzero(w["group"] == g)[0]
    num, den = w["numerators"][members, j], w["denominators"][members, j]
    keep = np.isfinite(num) & np.isfinite(den)
    expected = chitieu.ratio_of_sums(list(num[keep]), list(den[keep]), 100.0)["value"]
    assert abs(out[g, j] - expected) <= 1e-9 * expected
    strided = chitieu.rollup_ratio_of_sums(w["numerators"][:, ::2], w["denominators"][:, ::2], w["group"],
                                           w["groups"], scale=100.0)
    np.testing.assert_array_equal(strided, out[:, ::2])
    flat = chitieu.rollup_ratio_of_sums(w["numerators"].ravel(), w["denominators"].ravel(), w["group"],
                                        w["groups"], scale=100.0, times=11)
    np.testing.assert_array_equal(flat, out)


def test_bulk_releases_the_gil(workload):
    # No timing: with a switch interval of 100 s the interpreter never takes the GIL from a running thread,
    # so the main thread, waiting for the worker's "entered", can only run again when the worker gives the
    # GIL up of its own accord: inside evaluate_cells if it releases the GIL, else only once the worker has
    # finished ("done" set). (The timed version of this test failed under load.)
    import sys
    import threading

    w = workload
    entered, done = threading.Event(), threading.Event()
    result = {}

    def worker():
        entered.set()
        result["cells"] = chitieu.evaluate_cells(w["baseline_t"], w["baseline"], w["target_t"], w["target"],
                                                 w["comparator"], w["polarity"], w["times"], w["values"])
        done.set()

    before = sys.getswitchinterval()
    sys.setswitchinterval(100.0)
    try:
        th = threading.Thread(target=worker)
        th.start()
        entered.wait()
        ran_during_the_call = not done.is_set()
    finally:
        sys.setswitchinterval(before)
    th.join()
    assert ran_during_the_call
    assert result["cells"]["attained"].shape == w["values"].shape


def test_out_reuses_the_callers_arrays(workload, cells):
    w = workload
    cols = [w[k] for k in ["baseline_t", "baseline", "target_t", "target", "comparator", "polarity", "times", "values"]]
    out = {k: np.full_like(v, 7) for k, v in cells.items()}
    ids = {k: id(v) for k, v in out.items()}
    result = chitieu.evaluate_cells(*cols, out=out)
    assert result is out and {k: id(v) for k, v in result.items()} == ids  # rewritten in place
    for key, fresh in cells.items():
        assert np.array_equal(out[key], fresh, equal_nan=True), key
    # A wrong shape, dtype, missing key or read-only array is an ArgumentError naming the array.
    with pytest.raises(chitieu.BulkError) as info:
        chitieu.evaluate_cells(*cols, out=dict(out, gap=out["gap"][:-1]))
    assert info.value.code == "length_mismatch"
    with pytest.raises(chitieu.ArgumentError) as info:
        chitieu.evaluate_cells(*cols, out=dict(out, attained=out["attained"].astype(np.float64)))
    assert info.value.path == 'out["attained"]'
    with pytest.raises(chitieu.ArgumentError):
        chitieu.evaluate_cells(*cols, out={k: v for k, v in out.items() if k != "score"})
    frozen = out["ratio"].copy()
    frozen.flags.writeable = False
    with pytest.raises(chitieu.ArgumentError):
        chitieu.evaluate_cells(*cols, out=dict(out, ratio=frozen))


# Regressions of issue 15: shapes, layouts and codes.

SMALL = dict(baseline_t=[2020.0, 2021.0], baseline=[10.0, 80.0], target_t=[2025.0, 2026.0], target=[60.0, 20.0],
             comparator=[0, 3], polarity=[1, -1], times=[2022.0, 2023.0, 2024.0])
SMALL_VALUES = np.array([[20.0, np.nan, 45.0], [70.0, 55.0, 30.0]])


def test_fortran_ordered_outputs_are_written_cell_by_cell(workload, cells):
    w = workload
    n = 1000
    cols = {k: w[k][:n] for k in ["baseline_t", "baseline", "target_t", "target", "comparator", "polarity"]}
    fresh = chitieu.evaluate_cells(**cols, times=w["times"], values=w["values"][:n])
    assert fresh["milestone"].flags.c_contiguous
    layouts = {
        "fortran": lambda v: np.asfortranarray(np.zeros_like(v)),
        "strided view": lambda v: np.zeros((2 * v.shape[0],) + v.shape[1:], dtype=v.dtype)[::2],
        "transposed view": lambda v: np.zeros(v.shape[::-1], dtype=v.dtype).T,
    }
    for layout, make in layouts.items():
        out = {k: make(v) for k, v in fresh.items()}
        assert not out["milestone"].flags.c_contiguous, layout
        chitieu.evaluate_cells(**cols, times=w["times"], values=w["values"][:n], out=out)
        for key, want in fresh.items():
            got = out[key]
            assert got.shape == want.shape and got.dtype == want.dtype, (layout, key)
            for i in (0, 1, 7, n - 1):
                for j in range(want.shape[1] if want.ndim == 2 else 1):
                    a, b = (got[i, j], want[i, j]) if want.ndim == 2 else (got[i], want[i])
                    assert a == b or (np.isnan(a) and np.isnan(b)), (layout, key, i, j)
            np.testing.assert_array_equal(got, want, err_msg=f"{layout} {key}")
    # A small table: the cells of a Fortran-ordered result, one by one.
    out = {k: np.asfortranarray(np.zeros_like(v)) for k, v in chitieu.evaluate_cells(**SMALL, values=SMALL_VALUES).items()}
    chitieu.evaluate_cells(**SMALL, values=SMALL_VALUES, out=out)
    np.testing.assert_allclose(out["milestone"], [[30.0, 40.0, 50.0], [68.0, 56.0, 44.0]], rtol=1e-12)
    assert out["attained"].tolist() == [[0, 2, 0], [0, 0, 0]]
    assert out["gap"][0, 0] == 40.0 and out["gap"][1, 2] == 10.0 and out["curve_used"].tolist() == [0, 0]
    # An output of the transposed shape is refused, not filled in another order.
    bad = dict(out, milestone=np.zeros((3, 2)))
    with pytest.raises(chitieu.BulkError) as info:
        chitieu.evaluate_cells(**SMALL, values=SMALL_VALUES, out=bad)
    assert (info.value.code, info.value.path) == ("length_mismatch", 'out["milestone"]')
    assert "(3, 2)" in str(info.value) and "(2, 3)" in str(info.value)


def test_values_are_checked_dimension_by_dimension():
    ok = chitieu.evaluate_cells(**SMALL, values=SMALL_VALUES)
    assert ok["milestone"].shape == (2, 3)
    # Flat, series after series, is the same table.
    flat = chitieu.evaluate_cells(**SMALL, values=SMALL_VALUES.ravel())
    np.testing.assert_array_equal(flat["score"], ok["score"])
    # The transpose has the right number of cells and the wrong shape: refused, naming the dimension.
    with pytest.raises(chitieu.BulkError) as info:
        chitieu.evaluate_cells(**SMALL, values=SMALL_VALUES.T)
    e = info.value
    assert (e.code, e.path) == ("length_mismatch", "values")
    assert "dimension 0 (series)" in str(e) and "(3, 2)" in str(e) and "expected shape (2, 3)" in str(e)
    with pytest.raises(chitieu.BulkError) as info:
        chitieu.evaluate_cells(**SMALL, values=np.zeros((2, 4)))
    assert info.value.path == "values" and "dimension 1 (times)" in str(info.value)
    for bad in [np.zeros((2, 3, 1)), np.zeros((1, 2, 3)), np.float64(1.0)]:
        with pytest.raises(chitieu.BulkError) as info:
            chitieu.evaluate_cells(**SMALL, values=bad)
        assert (info.value.code, info.value.path) == ("length_mismatch", "values"), bad
    # Per-series columns and times are 1-D.
    with pytest.raises(chitieu.BulkError) as info:
        chitieu.evaluate_cells(**{**SMALL, "baseline": [[10.0], [80.0]]}, values=SMALL_VALUES)
    assert (info.value.code, info.value.path) == ("length_mismatch", "baseline")


def test_rollup_refuses_three_dimensions_and_mismatched_shapes():
    num = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
    den = np.array([[2.0, 4.0, 6.0], [4.0, 5.0, 6.0]])
    out = chitieu.rollup_ratio_of_sums(num, den, [0, 0], 1)
    assert out.tolist() == [[5.0 / 6.0, 7.0 / 9.0, 9.0 / 12.0]]
    for n, d, path in [
        (num[:, :, None], den[:, :, None], "numerators"),  # 3-D, same number of cells
        (num.T, den.T, "numerators"),  # units × times transposed
        (num, den.T, "denominators"),
        (num, den.ravel(), "denominators"),
    ]:
        with pytest.raises(chitieu.BulkError) as info:
            chitieu.rollup_ratio_of_sums(n, d, [0, 0], 1)
        assert (info.value.code, info.value.path) == ("length_mismatch", path), (n.shape, d.shape)
    with pytest.raises(chitieu.BulkError) as info:
        chitieu.rollup_ratio_of_sums(num, den, [0, 0], 1, times=2)
    assert "dimension 1 (times)" in str(info.value)
    assert chitieu.rollup_ratio_of_sums(num.ravel(), den.ravel(), [0, 0], 1, times=3).tolist() == out.tolist()


def test_codes_must_be_whole_numbers():
    # Regression: comparator=[3.9, 0.5] was read as [3, 0].
    with pytest.raises(chitieu.BulkError) as info:
        chitieu.evaluate_cells(**{**SMALL, "comparator": [3.9, 0.5]}, values=SMALL_VALUES)
    e = info.value
    assert (e.code, e.path) == ("invalid_code", "comparator[0]") and "3.9" in str(e)
    with pytest.raises(chitieu.BulkError) as info:
        chitieu.evaluate_cells(**{**SMALL, "comparator": [0.0, 0.5]}, values=SMALL_VALUES)
    assert info.value.path == "comparator[1]"
    for bad, path in [([1.0, np.nan], "polarity[1]"), ([1.5, -1], "polarity[0]"), ([1, np.inf], "polarity[1]")]:
        with pytest.raises(chitieu.BulkError) as info:
            chitieu.evaluate_cells(**{**SMALL, "polarity": bad}, values=SMALL_VALUES)
        assert (info.value.code, info.value.path) == ("invalid_code", path), bad
    with pytest.raises(chitieu.BulkError) as info:
        chitieu.rollup_ratio_of_sums([[1.0]], [[1.0]], [0.5], 1)
    assert (info.value.code, info.value.path) == ("invalid_code", "group[0]")
    # Whole numbers written as floats (as a frame with a blank writes them) are the codes they name.
    ref = chitieu.evaluate_cells(**SMALL, values=SMALL_VALUES)
    for comparator, polarity in [([0.0, 3.0], [1.0, -1.0]), (np.array([0, 3], np.uint8), np.array([1, -1], np.int8)),
                                 (np.array([0, 3], object), [True, -1]), ((0, 3), (1, -1))]:
        got = chitieu.evaluate_cells(**{**SMALL, "comparator": comparator, "polarity": polarity}, values=SMALL_VALUES)
        np.testing.assert_array_equal(got["attained"], ref["attained"])
    assert chitieu.rollup_ratio_of_sums([[1.0], [3.0]], [[2.0], [2.0]], [1.0, 0.0], 2).tolist() == [[1.5], [0.5]]


def test_codes_out_of_range_are_reported_as_given():
    # Regression: -1 was reported as 255 (comparator) and 4294967295 (group).
    for column, bad, given in [("comparator", [-1, 0], "-1"), ("comparator", [256, 0], "256"),
                               ("polarity", [1, -129], "-129"), ("comparator", [2**70, 0], str(2**70)),
                               ("comparator", np.array([2**64 - 1, 0], np.uint64), str(2**64 - 1))]:
        with pytest.raises(chitieu.BulkError) as info:
            chitieu.evaluate_cells(**{**SMALL, column: bad}, values=SMALL_VALUES)
        e = info.value
        i = 1 if column == "polarity" else 0
        assert (e.code, e.path) == ("invalid_code", f"{column}[{i}]"), bad
        assert f"is {given}," in str(e) and "255" not in str(e), str(e)
    with pytest.raises(chitieu.BulkError) as info:
        chitieu.rollup_ratio_of_sums([[1.0]], [[1.0]], [-1], 1)
    assert (info.value.code, info.value.path) == ("invalid_code", "group[0]")
    assert "is -1," in str(info.value) and "4294967295" not in str(info.value)
    with pytest.raises(chitieu.BulkError) as info:
        chitieu.rollup_ratio_of_sums([[1.0], [1.0]], [[1.0], [1.0]], [0, 7], 2)
    assert info.value.path == "group[1]" and "is 7," in str(info.value)


def test_arrays_that_are_not_numbers_are_argument_errors():
    for column, bad in [("values", [["a", "b", "c"], ["d", "e", "f"]]), ("baseline", ["1", "2"]),
                        ("times", np.array(["2022-01-01", "2023-01-01", "2024-01-01"], dtype="datetime64[D]")),
                        ("target", np.array([1 + 2j, 3j])), ("values", [[1.0, 2.0], [3.0]]),
                        ("comparator", ["0", "3"]), ("values", np.array([[1.0, "x", 2.0], [1, 2, 3]], object))]:
        with pytest.raises(chitieu.ArgumentError) as info:
            chitieu.evaluate_cells(**{**SMALL, "values": SMALL_VALUES, column: bad})
        assert info.value.code == "wrong_type" and info.value.path.startswith(column), (column, info.value.path)
    # An object array of numbers and None (no value) is read as numbers.
    mixed = np.array([[20, None, 45.0], [70, 55, 30]], dtype=object)
    np.testing.assert_array_equal(chitieu.evaluate_cells(**SMALL, values=mixed)["attained"],
                                  chitieu.evaluate_cells(**SMALL, values=SMALL_VALUES)["attained"])


# The kind column: each series judged by its method, cell for cell as the scalar functions judge it.
COMPARATORS = ["at_least", "more_than", "reach", "at_most", "less_than", "about"]
KIND_TABLE = dict(
    # A yearly rate (Trà Vinh's labour productivity, the period from 2022), a reduction from 0 at the start
    # of 2020 (Tiền Giang), a DTI rank from 40th in 2021 against top 20 (15th of 34 in 2024).
    baseline_t=[2022.0, 2019.0, 2021.0],
    baseline=[0.0, 0.0, 40.0],
    target_t=[2025.0, 2030.0, 2025.0],
    target=[11.5, 30.0, 20.0],
    comparator=[1, 2, 3],
    polarity=[1, 1, -1],
    times=[2021.0, 2022.0, 2023.0, 2024.0],
    values=[[np.nan, 7.9, 6.2, 6.8], [np.nan, 5.0, 12.0, 18.0], [40.0, 25.0, np.nan, 15.0]],
    kind=np.array([1, 2, 3], dtype=np.uint8),
    field=[[0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 34]],
)


def test_kinds_are_judged_by_their_methods():
    out = chitieu.evaluate_cells(**KIND_TABLE)
    t = KIND_TABLE
    # Yearly rate: the mean of 7.9, 6.2, 6.8 against 11.5, as chitieu.yearly_rate says.
    rates = chitieu.yearly_rate([(2022, 7.9), (2023, 6.2), (2024, 6.8)], 11.5, "more_than", "higher_is_better",
                                target_year=2025)
    assert out["ratio"][0, 3] == rates["ratio"]
    assert CATEGORY[out["category"][0, 3]] == rates["category"] == "moderate_progress"
    assert out["attained"][0].tolist() == [2, 0, 0, 0]
    assert out["milestone"][0, 1:].tolist() == [11.5, 11.5, 11.5]
    # Cumulative change: 18 by 2024 on a straight path from 0 at 2019.0 to 30 by 2030.
    for j, (year, y) in enumerate(zip(t["times"][1:], t["values"][1][1:]), start=1):
        c = chitieu.cumulative_change(2019.0, 2030.0, 30.0, year, y, "reach", "higher_is_better")
        assert out["ratio"][1, j] == c["ratio"]
        assert CATEGORY[out["category"][1, j]] == c["category"]
        assert out["score"][1, j] == c["score"]
    assert out["milestone"][1, 3] == pytest.approx(30.0 * 5 / 11)
    # Rank: 25th of 63 in 2022, then 15th of 34 in 2024 (read as 27.8th of 63: not in the top 20).
    r = chitieu.rank_progress({"t": 2021.0, "rank": 40.0}, {"t": 2022.0, "rank": 25.0}, 20.0, "at_most",
                              "lower_is_better", target_t=2025.0)
    assert (out["ratio"][2, 1], CATEGORY[out["category"][2, 1]]) == (r["ratio"], r["category"]) == (3.0, "substantial_progress")
    late = chitieu.rank_progress({"t": 2021.0, "rank": 40.0}, {"t": 2024.0, "rank": 15.0, "field": 34}, 20.0,
                                 "at_most", "lower_is_better", target_t=2025.0)
    assert out["attained"][2, 3] == int(late["attained"]) == 0
    assert out["ratio"][2, 3] == late["ratio"]
    assert out["gap"][2, 3] == pytest.approx(15 * 63 / 34 - 20)


def test_kind_column_is_optional_and_checked():
    t = dict(KIND_TABLE)
    levels = chitieu.evaluate_cells(**{**t, "kind": None, "field": None})
    explicit = chitieu.evaluate_cells(**{**t, "kind": [0, 0, 0], "field": None})
    for k in levels:
        assert np.array_equal(levels[k], explicit[k], equal_nan=True)
    with pytest.raises(chitieu.BulkError) as e:
        chitieu.evaluate_cells(**{**t, "kind": [0, 4, 0]})
    assert (e.value.code, e.value.path) == ("invalid_code", "kind[1]")
    with pytest.raises(chitieu.BulkError) as e:
        chitieu.evaluate_cells(**{**t, "kind": [0, 1]})
    assert (e.value.code, e.value.path) == ("length_mismatch", "kind")
    with pytest.raises(chitieu.BulkError) as e:
        chitieu.evaluate_cells(**{**t, "field": [[0, 0], [0, 0], [0, 0]]})
    assert (e.value.code, e.value.path) == ("length_mismatch", "field")
    with pytest.raises(chitieu.BulkError) as e:
        chitieu.evaluate_cells(**{**t, "baseline_field": [63, -1, 0]})
    assert (e.value.code, e.value.path) == ("invalid_code", "baseline_field[1]")


def test_every_kind_agrees_cell_by_cell_with_the_scalar_functions(workload):
    w = workload
    n, years = 400, w["times"].astype(int)
    kind = (np.arange(n) % 4).astype(np.uint8)
    base = {k: w[k][:n] for k in ["baseline_t", "baseline", "target_t", "target", "comparator", "polarity"]}
    values = w["values"][:n].copy()
    values[kind == 3] = np.floor(values[kind == 3] % 60) + 1  # ranks: whole positions
    base["baseline"] = np.where(kind == 3, np.floor(base["baseline"] % 60) + 1, base["baseline"])
    out = chitieu.evaluate_cells(**base, times=w["times"], values=values, kind=kind)
    polarity = ["higher_is_better" if p > 0 else "lower_is_better" for p in base["polarity"]]
    for i in range(1, n, 4 * 7):  # a sample of every kind
        for i in (i, i + 1, i + 2):
            c, pol = COMPARATORS[base["comparator"][i]], polarity[i]
            t0, b, tt, v = (float(base[k][i]) for k in ["baseline_t", "baseline", "target_t", "target"])
            for j, t in enumerate(w["times"]):
                y = values[i, j]
                if np.isnan(y):
                    assert out["attained"][i, j] == 2
                    continue
                if kind[i] == 1:
                    rates = [(int(years[k]), float(values[i, k])) for k in range(j + 1)
                             if not np.isnan(values[i, k]) and t0 <= years[k] <= tt]
                    s = chitieu.yearly_rate(rates, v, c, pol, target_year=int(tt))
                elif kind[i] == 2:
                    s = chitieu.cumulative_change(t0, tt, v, float(t), float(y), c, pol)
                else:
                    s = chitieu.rank_progress({"t": t0, "rank": b}, {"t": float(t), "rank": float(y)}, v, c, pol,
                                              target_t=tt)
                assert CATEGORY[out["category"][i, j]] == s["category"], (i, j)
                assert out["ratio"][i, j] == s.get("ratio") or (np.isnan(out["ratio"][i, j]) and s.get("ratio") is None)
                assert out["score"][i, j] == s.get("score") or (np.isnan(out["score"][i, j]) and s.get("score") is None)
