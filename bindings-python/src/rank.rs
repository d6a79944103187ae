//! A rank ("nhóm 20 tỉnh dẫn đầu"): positions gained per year against those needed, ranks read across a
//! change of field by their share of it.

use pyo3::prelude::*;

use chitieu::calc::rank::{rank_progress as core_rank_progress, RankInput, RankPoint};

use crate::error::to_py_err;
use crate::support::{from_py, name, to_py, Text};

/// The rank of `latest` against `target` by `target_t`, from `start` (each a dict with t, rank and
/// optionally field, the number of units ranked): a dict with category, score, start, latest, attained,
/// ratio, required_pace, projected, reason.
///
/// >>> r = chitieu.rank_progress({"t": 2021, "rank": 40}, {"t": 2022, "rank": 25}, 20, "at_most", "lower_is_better", target_t=2025)
/// >>> r["category"], r["ratio"]
/// ('substantial_progress', 3.0)
#[pyfunction]
#[pyo3(signature = (start, latest, target, comparator, polarity, target_t=None, target_field=None, tolerance=None))]
#[allow(clippy::too_many_arguments)]
pub fn rank_progress<'py>(
    py: Python<'py>,
    start: &Bound<'py, PyAny>,
    latest: &Bound<'py, PyAny>,
    target: f64,
    comparator: Text,
    polarity: Text,
    target_t: Option<f64>,
    target_field: Option<&Bound<'py, PyAny>>,
    tolerance: Option<f64>,
) -> PyResult<Bound<'py, PyAny>> {
    let input = RankInput {
        start: from_py::<RankPoint>(start, "start")?,
        latest: from_py::<RankPoint>(latest, "latest")?,
        target,
        target_t,
        target_field: target_field.map(|f| from_py(f, "target_field")).transpose()?,
        comparator: name(&comparator, "comparator")?,
        polarity: name(&polarity, "polarity")?,
        tolerance,
    };
    to_py(py, &core_rank_progress(&input).map_err(to_py_err)?)
}
