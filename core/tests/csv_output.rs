//! The scorecard's and the alignment's CSV, written by the crate's own writer, byte for byte as the
//! `csv` crate's writer (its default settings) writes the same flat rows: every bundled plan, every pair
//! of them, and rows holding what must be quoted and numbers at their extremes.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use chitieu::alignment::align;
use chitieu::bundled;
use chitieu::scorecard::{Scorecard, Settings};
use serde::Serialize;
use time::macros::date;

/// The rows as the `csv` crate writes them.
fn csv_crate<R: Serialize>(rows: &[R]) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    for row in rows {
        w.serialize(row).unwrap();
    }
    String::from_utf8(w.into_inner().unwrap()).unwrap()
}

fn card(plan: &chitieu::Plan) -> Scorecard {
    Scorecard::build(plan, &bundled::observations().unwrap(), date!(2026 - 11 - 22), &Settings::default()).unwrap()
}

#[test]
fn scorecards_and_alignments_as_the_csv_crate_writes_them() {
    let plans = bundled::plans().unwrap();
    assert_eq!(plans.len(), 5);
    for plan in &plans {
        let c = card(plan);
        assert_eq!(c.to_csv(), csv_crate(&c.flat_rows()), "{}", plan.id);
        for other in &plans {
            let a = align(plan, other).unwrap();
            assert_eq!(a.to_csv(), csv_crate(&a.flat_rows()), "{} against {}", plan.id, other.id);
        }
    }
}

#[test]
fn quotes_and_numbers_at_their_extremes_as_the_csv_crate_writes_them() {
    let mut c = card(&bundled::plan("tra_vinh").unwrap());
    let names = ["Tỷ lệ, theo \"Đề án 06\"", "hai\ndòng", "cuối\r", "\"", ",", "", " khoảng  trắng "];
    let values = [1e21, 1.5e-7, -0.0, 0.1 + 0.2, f64::MAX, 5e-324, 65_600_000.0, f64::NAN, f64::INFINITY, -1e300];
    for (i, row) in c.rows.iter_mut().enumerate() {
        row.name_vi = names[i % names.len()].to_owned();
        row.name_en = names[(i + 3) % names.len()].to_owned();
        row.target_value = values[i % values.len()];
        row.observed_unit = (i % 2 == 0).then(|| names[(i + 1) % names.len()].to_owned());
    }
    let csv = c.to_csv();
    assert_eq!(csv, csv_crate(&c.flat_rows()));
    // What each looks like: quoted where it must be, the exponent without "+".
    assert!(csv.contains(",\"Tỷ lệ, theo \"\"Đề án 06\"\"\","), "{csv}");
    assert!(csv.contains(",\"hai\ndòng\","));
    assert!(csv.contains(",1e21,") && csv.contains(",1.5e-7,") && csv.contains(",NaN,") && csv.contains(",inf,"));
}
