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
    import threading
    import time

    w = workload
    ticks = []
    stop = threading.Event()

    def ticker():
        while not stop.is_set():
            ticks.append(time.perf_counter())
            time.sleep(0.001)

    th = threading.Thread(target=ticker)
    th.start()
    try:
        for _ in range(3):
            chitieu.evaluate_cells(w["baseline_t"], w["baseline"], w["target_t"], w["target"], w["comparator"],
                                   w["polarity"], w["times"], w["values"])
    finally:
        stop.set()
        th.join()
    gaps = np.diff(ticks)
    # With the GIL held for the whole call (~0.1-0.3 s) the ticker would stall that long.
    assert len(ticks) > 10 and gaps.max() < 0.1


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
