//! Extreme but finite inputs get the right answer or a named reason, never a silent infinity, a
//! zero-width interval or an absent value without a reason (issue 15, item 10; item 5 for tolerances).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use chitieu::calc::achievement::{achievement, RatioAbsent};
use chitieu::calc::milestone::{interpolate, Curve};
use chitieu::calc::projection::{project, Model, ProjectionAbsent, ProjectionInput};
use chitieu::calc::rollup::ratio_of_sums;
use chitieu::{ChitieuError, Comparator, Polarity};

fn input(observations: Vec<(f64, f64)>, target: f64, target_t: f64) -> ProjectionInput {
    ProjectionInput {
        observations,
        baseline: None,
        target,
        target_t,
        comparator: Comparator::AtLeast,
        polarity: Polarity::HigherIsBetter,
        tolerance: None,
        model: Model::Linear,
        level: 0.9,
    }
}

#[test]
fn projection_of_values_near_1e155_scales_with_them() {
    let small = project(&input(vec![(2021.0, 1.0), (2022.0, 3.0), (2023.0, 2.0), (2024.0, 4.0)], 6.0, 2030.0)).unwrap();
    let k = 1e155;
    let big =
        project(&input(vec![(2021.0, k), (2022.0, 3.0 * k), (2023.0, 2.0 * k), (2024.0, 4.0 * k)], 6.0 * k, 2030.0))
            .unwrap();
    let (lo, hi) = big.interval.unwrap();
    assert!(hi > lo, "zero-width interval {lo}..{hi}");
    let rel = |a: f64, b: f64| ((a - b) / b).abs();
    assert!(rel(big.projected.unwrap(), small.projected.unwrap() * k) < 1e-12);
    assert!(rel(lo, small.interval.unwrap().0 * k) < 1e-12 && rel(hi, small.interval.unwrap().1 * k) < 1e-12);
    assert!((big.probability.unwrap() - small.probability.unwrap()).abs() < 1e-12);
    assert!(big.probability.unwrap() < 1.0);
}

#[test]
fn projection_of_times_near_1e160_has_a_value_or_a_reason() {
    let t = 1e160;
    let p = project(&input(vec![(t, 1.0), (2.0 * t, 2.0), (3.0 * t, 3.0)], 10.0, 4.0 * t)).unwrap();
    match p.projected {
        Some(v) => assert!((v - 4.0).abs() < 1e-9, "{p:?}"),
        None => assert!(p.reason.is_some(), "no value and no reason: {p:?}"),
    }
    assert!(p.outlook.is_some() == p.projected.is_some(), "{p:?}");
}

#[test]
fn a_projection_beyond_the_float_range_says_so() {
    let p = project(&input(vec![(2020.0, 1e307), (2021.0, 1e308)], 1.0, 2100.0)).unwrap();
    assert_eq!((p.projected, p.reason), (None, Some(ProjectionAbsent::OutOfRange)));
}

#[test]
fn a_negative_tolerance_is_refused_by_the_projection() {
    let mut i = input(vec![(2021.0, 1.0), (2022.0, 2.0), (2023.0, 2.5)], 3.0, 2025.0);
    i.comparator = Comparator::About;
    i.tolerance = Some(-0.5);
    let e = project(&i).unwrap_err();
    assert_eq!((e.code(), e.path().as_deref()), ("invalid_tolerance", Some("tolerance")));
}

#[test]
fn an_overflowing_ratio_is_absent_with_its_reason() {
    let a = achievement(Comparator::AtLeast, Polarity::HigherIsBetter, Some(0.0), 1e-10, 1e300, None).unwrap();
    assert!(a.attained);
    assert_eq!((a.percent_of_target, a.percent_of_target_reason), (None, Some(RatioAbsent::OutOfRange)));
    assert_eq!((a.progress_from_baseline, a.progress_from_baseline_reason), (None, Some(RatioAbsent::OutOfRange)));
    let e = ratio_of_sums(&[1e308, 1e308], &[1.0, 1.0], 100.0).unwrap_err();
    assert_eq!(e.code(), "out_of_range");
}

#[test]
fn compound_interpolation_between_far_apart_values_stays_finite() {
    let (v, used) = interpolate(Curve::Compound, 0.0, 1e-300, 1.0, 1e300, 0.5, None).unwrap();
    assert_eq!(used, Curve::Compound);
    assert!((v - 1.0).abs() < 1e-9, "{v}");
    let (end, _) = interpolate(Curve::Compound, 0.0, 1e-300, 1.0, 1e300, 1.0, None).unwrap();
    assert!(end.is_finite() && ((end - 1e300) / 1e300).abs() < 1e-9, "{end}");
    let (down, _) = interpolate(Curve::Compound, 0.0, 1e300, 1.0, 1e-300, 0.25, None).unwrap();
    assert!(((down - 1e150) / 1e150).abs() < 1e-9, "{down}");
}

#[test]
fn a_negative_tolerance_is_refused_by_attainment() {
    use chitieu::calc::achievement::attained;
    let e = attained(Comparator::About, Polarity::HigherIsBetter, 96.0, 100.0, Some(-0.5)).unwrap_err();
    assert_eq!((e.code(), e.path().as_deref()), ("invalid_tolerance", Some("tolerance")));
    let e = achievement(Comparator::About, Polarity::HigherIsBetter, None, 100.0, 96.0, Some(-0.5)).unwrap_err();
    assert_eq!(e.code(), "invalid_tolerance");
    assert!(attained(Comparator::About, Polarity::HigherIsBetter, 96.0, 100.0, Some(4.0)).unwrap());
    assert!(!attained(Comparator::About, Polarity::HigherIsBetter, 96.0, 100.0, Some(3.0)).unwrap());
}
