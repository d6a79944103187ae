//! Numbers written the Vietnamese way (`"11,5"`, `"477.905"`), percentages and amounts of money in
//! integer đồng.

use pyo3::prelude::*;

use chitieu::io::number;

use crate::error::to_py_err;
use crate::support::Text;

/// Reads a number written the Vietnamese way (`"11,5"` is 11.5, `"477.905"` is 477905) or the
/// English way (`"1,060.5"`).
///
/// >>> chitieu.parse_number("1.060,5")
/// 1060.5
#[pyfunction]
pub fn parse_number(text: Text) -> PyResult<f64> {
    Ok(number::parse_number(text.as_str()).map_err(to_py_err)?.to_f64())
}

/// Reads a percentage (`"90,5%"`): the number of percent, not a fraction.
///
/// >>> chitieu.parse_percent("90,5 %")
/// 90.5
#[pyfunction]
pub fn parse_percent(text: Text) -> PyResult<f64> {
    Ok(number::parse_percent(text.as_str()).map_err(to_py_err)?.to_f64())
}

/// Reads an amount of money into integer đồng (`"477.905 triệu đồng"`, `"1.060,5 tỷ đồng"`).
///
/// >>> chitieu.parse_amount("477.905 triệu đồng")
/// 477905000000
#[pyfunction]
pub fn parse_amount(text: Text) -> PyResult<i64> {
    Ok(number::parse_amount(text.as_str()).map_err(to_py_err)?.0)
}
