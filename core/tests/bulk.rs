//! The bulk kernel gives the scalar functions' answers, cell by cell.

#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use chitieu::calc::achievement::achievement;
use chitieu::calc::bulk::{evaluate, rollup_ratio_of_sums, SeriesTable};
use chitieu::calc::milestone::{interpolate, Curve};
use chitieu::calc::progress::{growth_ratio, Category, GrowthInput};
use chitieu::calc::rollup::ratio_of_sums;
use chitieu::calc::workload::NationalWorkload;
use chitieu::ChitieuError;
use chitieu::{Comparator, Polarity};
use proptest::prelude::*;

fn close(a: f64, b: f64) -> bool {
    (a.is_nan() && b.is_nan()) || a == b || (a - b).abs() <= 1e-12 * a.abs().max(b.abs()).max(1.0)
}

/// Checks every cell of a table against the scalar functions.
fn check_against_scalar(table: &SeriesTable<'_>, curve: Curve, bounds: Option<(f64, f64)>) {
    let out = evaluate(table, curve, bounds).unwrap();
    let m = table.times.len();
    for i in 0..table.baseline.len() {
        let comparator = Comparator::from_number(table.comparator[i]).unwrap();
        let polarity = Polarity::from_number(table.polarity[i]).unwrap();
        let (t0, b, tt, v) = (table.baseline_t[i], table.baseline[i], table.target_t[i], table.target[i]);
        for (j, &t) in table.times.iter().enumerate() {
            let k = i * m + j;
            let expected_milestone = if t < t0 {
                f64::NAN
            } else if t >= tt {
                v
            } else {
                interpolate(curve, t0, b, tt, v, t, bounds).unwrap().0
            };
            assert!(
                close(out.milestone[k], expected_milestone),
                "milestone {i},{j}: {} vs {expected_milestone}",
                out.milestone[k]
            );
            let y = table.values[k];
            if !y.is_finite() {
                assert_eq!(out.attained[k], 2);
                assert_eq!(out.category[k], Category::NotAssessable.number());
                continue;
            }
            let a = achievement(comparator, polarity, Some(b), v, y, None).unwrap();
            assert_eq!(out.attained[k], u8::from(a.attained), "attained {i},{j}");
            assert!(close(out.gap[k], a.gap));
            assert!(
                close(out.percent_of_target[k], a.percent_of_target.unwrap_or(f64::NAN)),
                "percent {i},{j}: {} vs {:?}",
                out.percent_of_target[k],
                a.percent_of_target
            );
            assert!(
                close(out.progress_from_baseline[k], a.progress_from_baseline.unwrap_or(f64::NAN)),
                "progress {i},{j}"
            );
            let g = growth_ratio(&GrowthInput {
                baseline_t: t0,
                baseline: b,
                target_t: tt,
                target: v,
                t,
                value: y,
                comparator,
                polarity,
                tolerance: None,
            })
            .unwrap();
            assert_eq!(out.category[k], g.category.number(), "category {i},{j}: {g:?}");
            assert!(
                close(out.ratio[k], g.ratio.unwrap_or(f64::NAN)),
                "ratio {i},{j}: {} vs {:?}",
                out.ratio[k],
                g.ratio
            );
            assert!(
                close(out.score[k], g.score.unwrap_or(f64::NAN)),
                "score {i},{j}: {} vs {:?}",
                out.score[k],
                g.score
            );
        }
    }
}

#[test]
fn national_workload_sample_agrees_with_scalar_functions() {
    let w = NationalWorkload::generate(7);
    // The first 3,000 series are enough to meet every comparator, polarity, missing value and category.
    let n = 3_000;
    let m = w.times.len();
    let table = SeriesTable {
        baseline_t: &w.baseline_t[..n],
        baseline: &w.baseline[..n],
        target_t: &w.target_t[..n],
        target: &w.target[..n],
        comparator: &w.comparator[..n],
        polarity: &w.polarity[..n],
        times: &w.times,
        values: &w.values[..n * m],
    };
    check_against_scalar(&table, Curve::Linear, None);
    check_against_scalar(&table, Curve::Auto, Some((0.0, 100.0)));
    let out = evaluate(&table, Curve::Linear, None).unwrap();
    for c in [
        Category::TargetAchieved,
        Category::SubstantialProgress,
        Category::LimitedProgress,
        Category::Deterioration,
        Category::NotAssessable,
    ] {
        assert!(out.category.contains(&c.number()), "the sample never meets {c:?}");
    }
}

#[test]
fn workload_is_deterministic_and_national_scale() {
    let a = NationalWorkload::generate(2025);
    let b = NationalWorkload::generate(2025);
    assert_eq!(a.values.len(), b.values.len());
    assert!(a.values.iter().zip(&b.values).all(|(x, y)| x.to_bits() == y.to_bits()));
    assert_eq!(a.cells(), (3_321 + 34) * 60 * 11);
    assert_eq!(a.groups(), 34 * 60);
}

#[test]
fn bad_tables_are_typed_errors() {
    let ok = SeriesTable {
        baseline_t: &[2022.0],
        baseline: &[50.0],
        target_t: &[2025.0],
        target: &[80.0],
        comparator: &[0],
        polarity: &[1],
        times: &[2023.0],
        values: &[60.0],
    };
    assert!(evaluate(&ok, Curve::Linear, None).is_ok());
    let short = SeriesTable { values: &[], ..ok };
    assert_eq!(evaluate(&short, Curve::Linear, None).unwrap_err().code(), "length_mismatch");
    let bad_code = SeriesTable { comparator: &[9], ..ok };
    assert_eq!(evaluate(&bad_code, Curve::Linear, None).unwrap_err().code(), "invalid_code");
    let bad_sign = SeriesTable { polarity: &[0], ..ok };
    assert_eq!(evaluate(&bad_sign, Curve::Linear, None).unwrap_err().code(), "invalid_code");
    let nan = SeriesTable { target: &[f64::NAN], ..ok };
    assert_eq!(evaluate(&nan, Curve::Linear, None).unwrap_err().code(), "non_finite");
    let zero = SeriesTable { baseline: &[0.0], ..ok };
    assert_eq!(evaluate(&zero, Curve::Compound, None).unwrap_err().code(), "curve_needs_positive_values");
    assert_eq!(rollup_ratio_of_sums(&[1.0], &[-1.0], &[0], 1, 1, 100.0).unwrap_err().code(), "negative_denominator");
    assert_eq!(rollup_ratio_of_sums(&[1.0], &[1.0], &[3], 1, 1, 100.0).unwrap_err().code(), "invalid_code");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn random_tables_agree_with_scalar_functions(
        series in prop::collection::vec((2015.0f64..2024.0, -5.0f64..100.0, 1.0f64..8.0, -5.0f64..100.0, 0u8..6, prop::bool::ANY), 1..8),
        values in prop::collection::vec(prop::option::of(-5.0f64..110.0), 88),
    ) {
        let times: Vec<f64> = (2014..2025).map(f64::from).collect();
        let m = times.len();
        let n = series.len();
        let table_values: Vec<f64> = values.iter().take(n * m).map(|v| v.unwrap_or(f64::NAN)).collect();
        let baseline_t: Vec<f64> = series.iter().map(|s| s.0.round()).collect();
        let baseline: Vec<f64> = series.iter().map(|s| s.1).collect();
        let target_t: Vec<f64> = series.iter().map(|s| s.0.round() + s.2.round()).collect();
        let target: Vec<f64> = series.iter().map(|s| s.3).collect();
        let comparator: Vec<u8> = series.iter().map(|s| s.4).collect();
        let polarity: Vec<i8> = series.iter().map(|s| if s.5 { 1 } else { -1 }).collect();
        let table = SeriesTable { baseline_t: &baseline_t, baseline: &baseline, target_t: &target_t, target: &target, comparator: &comparator, polarity: &polarity, times: &times, values: &table_values };
        check_against_scalar(&table, Curve::Linear, None);
    }

    /// Rolling one group's units up cell by cell gives the scalar ratio of sums.
    #[test]
    fn bulk_rollup_is_the_ratio_of_sums(units in prop::collection::vec((0.0f64..1e4, 1.0f64..1e4), 1..20)) {
        let (n, d): (Vec<f64>, Vec<f64>) = units.iter().copied().unzip();
        let group = vec![0u32; units.len()];
        let bulk = rollup_ratio_of_sums(&n, &d, &group, 1, 1, 100.0).unwrap();
        let scalar = ratio_of_sums(&n, &d, 100.0).unwrap().value;
        prop_assert!(close(bulk[0], scalar));
    }
}

#[test]
fn every_enum_that_crosses_as_a_number_round_trips_through_it() {
    for n in 0..=u8::MAX {
        if let Some(c) = Comparator::from_number(n) {
            assert_eq!(c.number(), n);
        }
        if let Some(c) = Category::from_number(n) {
            assert_eq!(c.number(), n);
        }
        if let Some(c) = Curve::from_number(n) {
            assert_eq!(c.number(), n);
        }
    }
    assert_eq!((0..=u8::MAX).filter_map(Comparator::from_number).count(), 6);
    assert_eq!((0..=u8::MAX).filter_map(Category::from_number).count(), 6);
    assert_eq!((0..=u8::MAX).filter_map(Curve::from_number).count(), 4);
    for p in [Polarity::HigherIsBetter, Polarity::LowerIsBetter] {
        assert_eq!(Polarity::from_number(p.number()), Some(p));
        assert_eq!(f64::from(p.number()), p.sign());
    }
    assert_eq!(Polarity::from_number(0), None);
    assert_eq!(Curve::Auto.number(), Curve::Linear.number());
}

#[test]
fn a_roll_up_asked_for_more_cells_than_its_inputs_allow_is_refused_before_allocating() {
    // Reproducers of issue 15: 10^12 groups of one unit; 10^12 times with no units; 2^64 - 1 groups.
    let e = rollup_ratio_of_sums(&[1.0], &[1.0], &[0], 1_000_000_000_000, 1, 100.0).unwrap_err();
    assert_eq!((e.code(), e.path().as_deref()), ("too_large", Some("groups")));
    let e = rollup_ratio_of_sums(&[], &[], &[], 1, 1_000_000_000_000, 100.0).unwrap_err();
    assert_eq!((e.code(), e.path().as_deref()), ("too_large", Some("times")));
    let e = rollup_ratio_of_sums(&[1.0], &[1.0], &[0], usize::MAX, 1, 100.0).unwrap_err();
    assert_eq!((e.code(), e.path().as_deref()), ("too_large", Some("groups")));
    let e = rollup_ratio_of_sums(&[1.0], &[1.0], &[0], 1_000_000_000, 1, 100.0).unwrap_err();
    assert_eq!(e.code(), "too_large");
    assert!(e.to_string().contains("1000000000"), "{e}");
    // Within the limit, empty groups are blank.
    let out = rollup_ratio_of_sums(&[1.0], &[2.0], &[0], 3, 1, 100.0).unwrap();
    assert_eq!(out[0], 50.0);
    assert!(out[1].is_nan() && out[2].is_nan());
    let out = rollup_ratio_of_sums(&[], &[], &[], 2, 3, 100.0).unwrap();
    assert_eq!(out.len(), 6);
}
