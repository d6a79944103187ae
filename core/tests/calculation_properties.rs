//! Properties of the calculations that must hold for every input.

#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use chitieu::calc::milestone::{interpolate, Anchor, Curve, Path, Segment};
use chitieu::calc::progress::{cagr, growth_ratio, score, GrowthInput};
use chitieu::calc::rollup::{ratio_of_sums, tier_check, weighted_mean};
use chitieu::{ChitieuError, Comparator, Polarity};
use proptest::prelude::*;
use proptest::sample::select;

fn curve() -> impl Strategy<Value = Curve> {
    select(vec![Curve::Linear, Curve::Compound, Curve::Logistic, Curve::Step, Curve::Auto])
}

fn comparator() -> impl Strategy<Value = Comparator> {
    select(vec![Comparator::AtLeast, Comparator::MoreThan, Comparator::Reach, Comparator::AtMost, Comparator::LessThan])
}

fn polarity() -> impl Strategy<Value = Polarity> {
    select(vec![Polarity::HigherIsBetter, Polarity::LowerIsBetter])
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// Every curve passes through both anchors exactly, stays between them, and is monotone.
    #[test]
    fn milestones_pass_through_anchors_stay_between_and_are_monotone(
        curve in curve(),
        v0 in 0.01f64..99.99,
        v1 in 0.01f64..99.99,
        t0 in 2015.0f64..2025.0,
        len in 0.5f64..10.0,
        s1 in 0.0f64..=1.0,
        s2 in 0.0f64..=1.0,
    ) {
        let t1 = t0 + len;
        let bounds = Some((0.0, 100.0));
        prop_assert_eq!(interpolate(curve, t0, v0, t1, v1, t0, bounds).unwrap().0, v0);
        prop_assert_eq!(interpolate(curve, t0, v0, t1, v1, t1, bounds).unwrap().0, v1);
        let (a, b) = if s1 <= s2 { (s1, s2) } else { (s2, s1) };
        let va = interpolate(curve, t0, v0, t1, v1, t0 + a * len, bounds).unwrap().0;
        let vb = interpolate(curve, t0, v0, t1, v1, t0 + b * len, bounds).unwrap().0;
        let (lo, hi) = (v0.min(v1), v0.max(v1));
        let slack = 1e-9 * hi.abs().max(1.0);
        prop_assert!(va >= lo - slack && va <= hi + slack, "{curve:?} {va} outside {lo}..{hi}");
        // Monotone in the direction of the segment.
        if v1 >= v0 {
            prop_assert!(vb >= va - slack, "{curve:?} not increasing: {va} then {vb}");
        } else {
            prop_assert!(vb <= va + slack, "{curve:?} not decreasing: {va} then {vb}");
        }
    }

    /// A path through a baseline and two targets passes through all three and reaches each value of its
    /// range at the time its inverse says.
    #[test]
    fn paths_invert(v0 in 1.0f64..50.0, up1 in 1.0f64..30.0, up2 in 0.0f64..19.0, frac in 0.0f64..=1.0) {
        let v1 = v0 + up1;
        let v2 = v1 + up2;
        let path = Path::new(
            vec![Anchor::baseline(2022.0, v0), Anchor::target(2025.0, v1, Comparator::AtLeast), Anchor::target(2030.0, v2, Comparator::AtLeast)],
            Curve::Linear,
            None,
        ).unwrap();
        for (t, v) in [(2022.0, v0), (2025.0, v1), (2030.0, v2)] {
            prop_assert_eq!(path.at(t).unwrap().value, v);
        }
        let y = v0 + frac * (v2 - v0);
        let t_star = path.time_reaching(y, Polarity::HigherIsBetter).unwrap();
        let back = path.at(t_star).unwrap().value;
        prop_assert!((back - y).abs() <= 1e-9 * y.abs().max(1.0), "path reaches {y} at {t_star} but is {back} there");
    }

    /// For a fixed comparator, attaining is monotone in the value: a better value never un-attains.
    #[test]
    fn attained_is_monotone(c in comparator(), p in polarity(), target in -100.0f64..100.0, a in -200.0f64..200.0, b in -200.0f64..200.0) {
        let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
        match c.rewards_higher(p) {
            Some(true) => prop_assert!(!c.holds(lo, target, p, None) || c.holds(hi, target, p, None)),
            Some(false) => prop_assert!(!c.holds(hi, target, p, None) || c.holds(lo, target, p, None)),
            None => {}
        }
    }

    /// The roll-up of one unit is that unit.
    #[test]
    fn rollup_of_one_unit_is_that_unit(n in 0.0f64..1e6, d in 1e-3f64..1e6, v in -1e6f64..1e6, w in 1e-3f64..1e6) {
        let r = ratio_of_sums(&[n], &[d], 100.0).unwrap();
        prop_assert_eq!(r.value, 100.0 * n / d);
        prop_assert_eq!(weighted_mean(&[v], &[w]).unwrap().value, v);
    }

    /// A ratio of sums lies between the smallest and largest unit ratio.
    #[test]
    fn ratio_of_sums_is_between_the_unit_ratios(units in prop::collection::vec((0.0f64..1e4, 1.0f64..1e4), 1..30)) {
        let (n, d): (Vec<f64>, Vec<f64>) = units.iter().copied().unzip();
        let r = ratio_of_sums(&n, &d, 1.0).unwrap().value;
        let ratios: Vec<f64> = units.iter().map(|(a, b)| a / b).collect();
        let lo = ratios.iter().copied().fold(f64::INFINITY, f64::min);
        let hi = ratios.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        prop_assert!(r >= lo - 1e-12 && r <= hi + 1e-12);
    }

    /// The score is monotone in the ratio and within -5..5.
    #[test]
    fn score_is_monotone_and_bounded(a in -3.0f64..3.0, b in -3.0f64..3.0) {
        let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
        prop_assert!(score(lo) <= score(hi) + 1e-12);
        prop_assert!((-5.0..=5.0).contains(&score(lo)));
    }

    /// The growth-rate ratio never yields a non-finite number.
    #[test]
    fn growth_ratio_is_finite_or_absent(b in -10.0f64..100.0, v in -10.0f64..100.0, y in -10.0f64..100.0, dt in 0.0f64..8.0, p in polarity(), c in comparator()) {
        let g = growth_ratio(&GrowthInput { baseline_t: 2020.0, baseline: b, target_t: 2030.0, target: v, t: 2020.0 + dt, value: y, comparator: c, polarity: p, tolerance: None }).unwrap();
        for x in [g.ratio, g.score, g.cagr_actual, g.cagr_required].into_iter().flatten() {
            prop_assert!(x.is_finite(), "{g:?}");
        }
    }

    /// The growth rate over a whole number of years taken by roots (one to four, six, eight years) is the
    /// rate through the logarithm, `exp_m1(ln(ratio) / years)`, to within a few units in the last place,
    /// ratios near 1 (rates near 0) included; over any other span it is that expression.
    #[test]
    fn growth_rates_by_roots_are_the_logarithms(ratio in prop_oneof![1e-6f64..1e6, 0.999f64..1.001], years in 1u32..=12) {
        let per_year = 1.0 / f64::from(years);
        let by_log = (ratio.ln() * per_year).exp_m1();
        let got = cagr(ratio, per_year);
        // The logarithm's value is off by up to |ln(ratio) / years| units in the last place itself.
        let units = 8.0 * (ratio.ln() * per_year).abs().max(1.0);
        prop_assert!((got - by_log).abs() <= units * f64::EPSILON * by_log.abs().max(f64::MIN_POSITIVE), "{ratio} over {years}: {got} against {by_log}");
        prop_assert_eq!(cagr(-ratio, per_year).is_nan(), years != 1, "a negative ratio over {} years", years);
    }

    /// `Curve::may_refuse` says which curves' segments can refuse finite values.
    #[test]
    fn only_curves_that_may_refuse_refuse(c in curve(), v0 in -200.0f64..200.0, v1 in -200.0f64..200.0) {
        if Segment::new(c, v0, v1, Some((0.0, 100.0))).is_err() {
            prop_assert!(c.may_refuse(), "{c:?} refused {v0} -> {v1}");
        }
    }

    /// A tier check counts every unit once.
    #[test]
    fn tier_check_counts_every_unit(values in prop::collection::vec(prop::option::of(0.0f64..100.0), 0..40), target in 0.0f64..100.0) {
        let ids: Vec<String> = (0..values.len()).map(|i| format!("u{i}")).collect();
        let check = tier_check(Comparator::AtLeast, Polarity::HigherIsBetter, target, None, ids.iter().map(String::as_str).zip(values.iter().copied()));
        prop_assert_eq!(check.units, values.len());
        prop_assert_eq!(check.reported + check.missing.len(), values.len());
        prop_assert_eq!(check.attaining + check.not_attaining.len(), check.reported);
    }
}

/// The roots over three and six years on a sweep of ratios from 1e-30 to 1e30 (the cube root's range) and
/// closely around 1, against the same expressions with the standard library's cube root: within 4 units in
/// the last place. (The logarithm's value, `exp_m1(ln(ratio) / years)`, is itself off by up to
/// `|ln(ratio) / years|` units for large ratios: 6 at 1.9e8 over three years.)
#[test]
fn cube_roots_sweep_agrees_with_the_standard_cube_root() {
    let cube = |c: f64| c * c + c + 1.0;
    let ratios = (0..=120_000).map(|i| 10f64.powf(-30.0 + 60.0 * f64::from(i) / 120_000.0));
    let near_one = (-5_000..=5_000).map(|i| 1.0 + f64::from(i) * 1e-7);
    for ratio in ratios.chain(near_one) {
        let two = ratio.sqrt();
        for (years, reference) in
            [(3.0, (ratio - 1.0) / cube(ratio.cbrt())), (6.0, (ratio - 1.0) / ((two + 1.0) * cube(two.cbrt())))]
        {
            let got = cagr(ratio, 1.0 / years);
            let tolerance = 4.0 * f64::EPSILON * reference.abs().max(f64::MIN_POSITIVE);
            assert!((got - reference).abs() <= tolerance, "{ratio} over {years}: {got} against {reference}");
        }
    }
}

#[test]
fn non_finite_inputs_are_typed_errors() {
    use chitieu::calc::achievement::achievement;
    use chitieu::calc::progress::required_pace;
    let e = achievement(Comparator::AtLeast, Polarity::HigherIsBetter, Some(50.0), 90.0, f64::NAN, None).unwrap_err();
    assert_eq!((e.code(), e.path().as_deref()), ("non_finite", Some("value")));
    let e =
        achievement(Comparator::AtLeast, Polarity::HigherIsBetter, Some(f64::INFINITY), 90.0, 80.0, None).unwrap_err();
    assert_eq!(e.path().as_deref(), Some("baseline"));
    let g = GrowthInput {
        baseline_t: 2020.0,
        baseline: 50.0,
        target_t: 2025.0,
        target: 90.0,
        t: 2023.0,
        value: 70.0,
        comparator: Comparator::AtLeast,
        polarity: Polarity::HigherIsBetter,
        tolerance: Some(f64::NAN),
    };
    assert_eq!(growth_ratio(&g).unwrap_err().what, "tolerance");
    assert_eq!(required_pace(80.0, 2024.0, 90.0, f64::NEG_INFINITY).unwrap_err().what, "target_t");
}

#[test]
fn a_rate_over_a_moment_is_not_assessable() {
    let g = GrowthInput {
        baseline_t: 2024.0,
        baseline: 40.0,
        target_t: 2030.0,
        target: 72.0,
        t: 2024.0004,
        value: 56.0,
        comparator: Comparator::AtLeast,
        polarity: Polarity::HigherIsBetter,
        tolerance: None,
    };
    let r = growth_ratio(&g).unwrap();
    assert_eq!(r.reason, Some(chitieu::calc::progress::NotAssessable::RateOutOfRange));
    assert_eq!(r.ratio, None);
}
