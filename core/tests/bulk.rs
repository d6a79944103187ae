//! The bulk kernel gives the scalar functions' answers, cell by cell.

#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use chitieu::calc::achievement::achievement;
use chitieu::calc::bulk::{evaluate, evaluate_streamed, rollup_ratio_of_sums, CellResults, SeriesTable};
use chitieu::calc::cumulative::{cumulative_change, CumulativeInput};
use chitieu::calc::milestone::{interpolate, Curve};
use chitieu::calc::progress::{growth_ratio, Category, GrowthInput};
use chitieu::calc::rank::{rank_progress, RankInput, RankPoint};
use chitieu::calc::rollup::ratio_of_sums;
use chitieu::calc::workload::NationalWorkload;
use chitieu::calc::yearly_rate::{yearly_rate, YearlyRateInput};
use chitieu::model::measure_unit::IndicatorKind;
use chitieu::ChitieuError;
use chitieu::{Comparator, Polarity};
use proptest::prelude::*;

fn close(a: f64, b: f64) -> bool {
    (a.is_nan() && b.is_nan()) || a == b || (a - b).abs() <= 1e-12 * a.abs().max(b.abs()).max(1.0)
}

/// The same bits, or both NaN: the bulk kernel calls the scalar rules of these kinds.
fn same(a: f64, b: Option<f64>) -> bool {
    let b = b.unwrap_or(f64::NAN);
    (a.is_nan() && b.is_nan()) || a.to_bits() == b.to_bits()
}

/// Checks every cell of a table against the scalar functions.
fn check_against_scalar(table: &SeriesTable<'_>, curve: Curve, bounds: Option<(f64, f64)>) {
    let out = evaluate(table, curve, bounds).unwrap();
    for i in 0..table.baseline.len() {
        let kind = table.kind.get(i).map_or(IndicatorKind::LevelOrShare, |k| IndicatorKind::from_number(*k).unwrap());
        match kind {
            IndicatorKind::LevelOrShare => check_level_row(table, &out, i, curve, bounds),
            _ => check_kind_row(table, &out, i, kind, curve, bounds),
        }
    }
}

fn check_level_row(table: &SeriesTable<'_>, out: &CellResults, i: usize, curve: Curve, bounds: Option<(f64, f64)>) {
    let m = table.times.len();
    {
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

/// A row of a yearly rate, a cumulative change or a rank, cell by cell against its method's scalar
/// function, given the inputs a caller of that function would give.
fn check_kind_row(
    table: &SeriesTable<'_>,
    out: &CellResults,
    i: usize,
    kind: IndicatorKind,
    curve: Curve,
    bounds: Option<(f64, f64)>,
) {
    let m = table.times.len();
    let comparator = Comparator::from_number(table.comparator[i]).unwrap();
    let polarity = Polarity::from_number(table.polarity[i]).unwrap();
    let (t0, b, tt, v) = (table.baseline_t[i], table.baseline[i], table.target_t[i], table.target[i]);
    let field_of = |f: Option<&u32>| f.copied().filter(|n| *n > 0);
    for (j, &t) in table.times.iter().enumerate() {
        let k = i * m + j;
        let expected_milestone = match kind {
            IndicatorKind::CumulativeChange if tt > t0 => v * ((t - t0) / (tt - t0)).clamp(0.0, 1.0),
            IndicatorKind::CumulativeChange => f64::NAN,
            _ if t < t0 => f64::NAN,
            IndicatorKind::YearlyRate => v,
            _ if t >= tt => v,
            _ => interpolate(curve, t0, b, tt, v, t, bounds).unwrap().0,
        };
        assert!(
            close(out.milestone[k], expected_milestone),
            "{kind:?} milestone {i},{j}: {} vs {expected_milestone}",
            out.milestone[k]
        );
        let y = table.values[k];
        if !y.is_finite() {
            assert_eq!((out.attained[k], out.category[k]), (2, Category::NotAssessable.number()));
            assert!(out.ratio[k].is_nan() && out.score[k].is_nan() && out.gap[k].is_nan());
            continue;
        }
        let (attained, from, value, category, score, ratio) = match kind {
            IndicatorKind::YearlyRate => {
                let rates: Vec<(i32, f64)> = (0..=j)
                    .map(|c| (table.times[c], table.values[i * m + c]))
                    .filter(|(tc, r)| r.is_finite() && *tc >= t0 && *tc <= tt)
                    .map(|(tc, r)| (tc as i32, r))
                    .collect();
                let p = yearly_rate(&YearlyRateInput {
                    rates,
                    target: v,
                    target_year: Some(tt as i32),
                    comparator,
                    polarity,
                    tolerance: None,
                })
                .unwrap();
                (comparator.holds(y, v, polarity, None), b, y, p.category, p.score, p.ratio)
            }
            IndicatorKind::CumulativeChange => {
                let p = cumulative_change(&CumulativeInput {
                    start_t: t0,
                    target_t: tt,
                    target: v,
                    t,
                    value: y,
                    comparator,
                    polarity,
                    tolerance: None,
                })
                .unwrap();
                (comparator.holds(y, v, polarity, None), b, y, p.category, p.score, p.ratio)
            }
            _ => {
                let p = rank_progress(&RankInput {
                    start: RankPoint { t: t0, rank: b, field: field_of(table.baseline_field.get(i)) },
                    latest: RankPoint { t, rank: y, field: field_of(table.field.get(k)) },
                    target: v,
                    target_t: Some(tt),
                    target_field: None,
                    comparator,
                    polarity,
                    tolerance: None,
                })
                .unwrap();
                (p.attained, p.start.equivalent_rank, p.latest.equivalent_rank, p.category, p.score, p.ratio)
            }
        };
        let a = achievement(comparator, polarity, Some(from), v, value, None).unwrap();
        assert_eq!(out.attained[k], u8::from(attained), "{kind:?} attained {i},{j}");
        assert!(same(out.gap[k], Some(a.gap)), "{kind:?} gap {i},{j}");
        assert!(same(out.percent_of_target[k], a.percent_of_target), "{kind:?} percent {i},{j}");
        assert!(same(out.progress_from_baseline[k], a.progress_from_baseline), "{kind:?} progress {i},{j}");
        assert_eq!(out.category[k], category.number(), "{kind:?} category {i},{j}");
        assert!(same(out.score[k], score), "{kind:?} score {i},{j}: {} vs {score:?}", out.score[k]);
        assert!(same(out.ratio[k], ratio), "{kind:?} ratio {i},{j}: {} vs {ratio:?}", out.ratio[k]);
    }
}

#[test]
fn national_workload_sample_agrees_with_scalar_functions() {
    let w = NationalWorkload::generate(7);
    // The first 3,000 series are enough to meet every comparator, polarity, missing value and category.
    let table = mixed_table(&w, 3_000, &[], &[]);
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
        ..SeriesTable::default()
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
    let bad_kind = SeriesTable { kind: &[4], ..ok };
    let e = evaluate(&bad_kind, Curve::Linear, None).unwrap_err();
    assert_eq!((e.code(), e.path().as_deref()), ("invalid_code", Some("kind[0]")));
    let short_kind = SeriesTable { kind: &[0, 1], ..ok };
    assert_eq!(evaluate(&short_kind, Curve::Linear, None).unwrap_err().path().as_deref(), Some("kind"));
    let short_field = SeriesTable { field: &[63, 63], ..ok };
    assert_eq!(evaluate(&short_field, Curve::Linear, None).unwrap_err().path().as_deref(), Some("field"));
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
        let table = SeriesTable { baseline_t: &baseline_t, baseline: &baseline, target_t: &target_t, target: &target, comparator: &comparator, polarity: &polarity, times: &times, values: &table_values, ..SeriesTable::default() };
        check_against_scalar(&table, Curve::Linear, None);
    }

    /// Every kind of indicator, cell by cell against its method's scalar function: yearly rates, cumulative
    /// changes, and ranks among fields given, absent or changing (63 and 34).
    #[test]
    fn every_kind_agrees_with_its_scalar_method(
        series in prop::collection::vec((2015.0f64..2024.0, -5.0f64..100.0, 1.0f64..8.0, -5.0f64..100.0, 0u8..6, prop::bool::ANY, 0u8..4, 0usize..3), 1..8),
        values in prop::collection::vec(prop::option::of(-5.0f64..110.0), 88),
        fields in prop::collection::vec(0usize..3, 88),
    ) {
        let times: Vec<f64> = (2014..2025).map(f64::from).collect();
        let m = times.len();
        let n = series.len();
        let sizes = [0u32, 34, 63];
        let kind: Vec<u8> = series.iter().map(|s| s.6).collect();
        // Ranks are whole positions from 1; other kinds take the values as drawn.
        let as_rank = |x: f64| (x.abs() % 70.0).floor() + 1.0;
        let table_values: Vec<f64> = values
            .iter()
            .take(n * m)
            .enumerate()
            .map(|(k, v)| v.map_or(f64::NAN, |x| if kind[k / m] == 3 { as_rank(x) } else { x }))
            .collect();
        let baseline_t: Vec<f64> = series.iter().map(|s| s.0.round()).collect();
        let baseline: Vec<f64> = series.iter().map(|s| if s.6 == 3 { as_rank(s.1) } else { s.1 }).collect();
        let target_t: Vec<f64> = series.iter().map(|s| s.0.round() + s.2.round()).collect();
        let target: Vec<f64> = series.iter().map(|s| if s.6 == 3 { as_rank(s.3) } else { s.3 }).collect();
        let comparator: Vec<u8> = series.iter().map(|s| s.4).collect();
        let polarity: Vec<i8> = series.iter().map(|s| if s.5 { 1 } else { -1 }).collect();
        let baseline_field: Vec<u32> = series.iter().map(|s| sizes[s.7]).collect();
        let field: Vec<u32> = fields.iter().take(n * m).map(|f| sizes[*f]).collect();
        let table = SeriesTable {
            baseline_t: &baseline_t, baseline: &baseline, target_t: &target_t, target: &target,
            comparator: &comparator, polarity: &polarity, times: &times, values: &table_values,
            kind: &kind, baseline_field: &baseline_field, field: &field,
        };
        check_against_scalar(&table, Curve::Linear, None);
        // Fields left out are taken from the years, as the scalar function takes them.
        check_against_scalar(&SeriesTable { baseline_field: &[], field: &[], ..table }, Curve::Linear, None);
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

/// The three rows of issue 16, judged in bulk by their methods: Trà Vinh's labour productivity (a yearly
/// rate), Tiền Giang's reduction of procedures (a cumulative change), a DTI rank against "top 20".
#[test]
fn the_rows_of_issue_16_are_judged_by_their_methods_in_bulk() {
    let times = [2021.0, 2022.0, 2023.0, 2024.0];
    let nan = f64::NAN;
    let table = SeriesTable {
        // Rates of the period from 2022; reductions from 0 at the start of 2020 (2019.0); ranks from 40th in 2021.
        baseline_t: &[2022.0, 2019.0, 2021.0],
        baseline: &[0.0, 0.0, 40.0],
        target_t: &[2025.0, 2030.0, 2025.0],
        target: &[11.5, 30.0, 20.0],
        comparator: &[1, 2, 3],
        polarity: &[1, 1, -1],
        times: &times,
        values: &[nan, 7.9, 6.2, 6.8, nan, 5.0, 12.0, 18.0, 40.0, 25.0, nan, 15.0],
        kind: &[1, 2, 3],
        baseline_field: &[],
        field: &[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 34],
    };
    let out = evaluate(&table, Curve::Linear, None).unwrap();
    // Yearly rate: no year met 11.5%; the geometric mean of 7.9, 6.2, 6.8 is 6.96%, 0.606 of the target.
    assert_eq!(&out.attained[0..4], &[2, 0, 0, 0]);
    assert!((out.ratio[3] - 6.964_4 / 11.5).abs() < 1e-4, "{}", out.ratio[3]);
    assert_eq!(out.category[3], Category::ModerateProgress.number());
    assert_eq!(out.milestone[3], 11.5);
    // Cumulative change: 18 by the end of 2024 is 3.6 a year against 30 / 11 = 2.73: ratio 1.32.
    assert!((out.ratio[7] - 3.6 / (30.0 / 11.0)).abs() < 1e-12);
    assert_eq!(out.category[7], Category::SubstantialProgress.number());
    assert!((out.milestone[7] - 30.0 * 5.0 / 11.0).abs() < 1e-12);
    // Rank: 40th to 25th of 63 in a year against top 20 by 2025: 15 gained against 5 a year needed.
    assert_eq!(out.ratio[9], 3.0);
    assert_eq!(out.category[9], Category::SubstantialProgress.number());
    // 15th of 34 in 2024 is the place of 27.8th of 63: not within the top 20 of the target's field.
    assert_eq!(out.attained[11], 0);
    assert!((out.gap[11] - (15.0 * 63.0 / 34.0 - 20.0)).abs() < 1e-12);
}

/// A mixed table split across 1, 2 and 3 threads gives the same bits, and so does the roll-up.
#[test]
fn threads_give_the_same_bits_as_one() {
    let w = NationalWorkload::generate(11);
    let (n, m) = (6_000, w.times.len());
    let (kind, field) = mixed_columns(n, m);
    let table = mixed_table(&w, n, &kind, &field);
    let run = |threads: usize| {
        let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build().unwrap();
        pool.install(|| {
            let cells = evaluate(&table, Curve::Auto, Some((0.0, 100.0))).unwrap();
            let provinces =
                rollup_ratio_of_sums(&w.numerators, &w.denominators, &w.group, w.groups(), m, 100.0).unwrap();
            (cells, provinces)
        })
    };
    let (one, one_rollup) = run(1);
    for threads in [2, 3] {
        let (many, many_rollup) = run(threads);
        assert_eq!(result_bits(&one), result_bits(&many), "{threads} threads");
        assert_eq!(bits(&one_rollup), bits(&many_rollup), "{threads} threads, roll-up");
    }
}

/// A column of numbers as bits, to compare exactly.
fn bits(v: &[f64]) -> Vec<u64> {
    v.iter().map(|x| x.to_bits()).collect()
}

/// Every column of a result as bits, to compare two results exactly.
fn result_bits(r: &CellResults) -> (Vec<Vec<u64>>, [Vec<u8>; 3]) {
    let floats = [&r.milestone, &r.gap, &r.percent_of_target, &r.progress_from_baseline, &r.ratio, &r.score];
    (floats.iter().map(|v| bits(v)).collect(), [r.attained.clone(), r.category.clone(), r.curve_used.clone()])
}

/// Kind and field columns for `n` series of `m` times: every kind, fields given, absent and changing.
fn mixed_columns(n: usize, m: usize) -> (Vec<u8>, Vec<u32>) {
    ((0..n).map(|i| (i % 5).min(3) as u8).collect(), (0..n * m).map(|k| [0, 63, 34][k % 3]).collect())
}

/// The first `n` series of the national workload, with the kind and field columns given (empty: levels
/// and shares, fields from the years).
fn mixed_table<'a>(w: &'a NationalWorkload, n: usize, kind: &'a [u8], field: &'a [u32]) -> SeriesTable<'a> {
    let m = w.times.len();
    SeriesTable {
        baseline_t: &w.baseline_t[..n],
        baseline: &w.baseline[..n],
        target_t: &w.target_t[..n],
        target: &w.target[..n],
        comparator: &w.comparator[..n],
        polarity: &w.polarity[..n],
        times: &w.times,
        values: &w.values[..n * m],
        kind,
        baseline_field: &[],
        field,
    }
}

/// The kernel a block of rows at a time (what the WebAssembly binding copies into typed arrays) gives the
/// bits of one call, block by block in row order, and checks every series before it hands any block over.
#[test]
fn streamed_blocks_are_the_bits_of_one_call() {
    let w = NationalWorkload::generate(12);
    let (n, m) = (1_000, w.times.len());
    let (kind, field) = mixed_columns(n, m);
    let table = mixed_table(&w, n, &kind, &field);
    for (curve, bounds) in [(Curve::Linear, None), (Curve::Auto, Some((0.0, 100.0)))] {
        let whole = evaluate(&table, curve, bounds).unwrap();
        let mut joined = CellResults::with_shape(n, m);
        let mut firsts = Vec::new();
        let mut scratch = CellResults::default();
        evaluate_streamed(&table, curve, bounds, &mut scratch, |first, block| {
            firsts.push(first);
            let rows = block.curve_used.len();
            let cells = first * m..(first + rows) * m;
            joined.milestone[cells.clone()].copy_from_slice(&block.milestone);
            joined.attained[cells.clone()].copy_from_slice(&block.attained);
            joined.gap[cells.clone()].copy_from_slice(&block.gap);
            joined.percent_of_target[cells.clone()].copy_from_slice(&block.percent_of_target);
            joined.progress_from_baseline[cells.clone()].copy_from_slice(&block.progress_from_baseline);
            joined.ratio[cells.clone()].copy_from_slice(&block.ratio);
            joined.score[cells.clone()].copy_from_slice(&block.score);
            joined.category[cells].copy_from_slice(&block.category);
            joined.curve_used[first..first + rows].copy_from_slice(&block.curve_used);
        })
        .unwrap();
        assert_eq!(firsts, vec![0, 256, 512, 768], "{curve:?}");
        assert_eq!(result_bits(&joined), result_bits(&whole), "{curve:?}");
    }

    // A bad code or a curve that cannot apply in the last row: the error, and no block handed over.
    let mut comparator = w.comparator[..n].to_vec();
    comparator[n - 1] = 7;
    let mut baseline = w.baseline[..n].to_vec();
    baseline[n - 1] = -1.0;
    let mut scratch = CellResults::default();
    let mut handed = 0;
    let bad_code = SeriesTable { comparator: &comparator, ..table };
    let e = evaluate_streamed(&bad_code, Curve::Linear, None, &mut scratch, |_, _| handed += 1).unwrap_err();
    assert_eq!((e.code(), e.path().as_deref()), ("invalid_code", Some("comparator[999]")));
    let bad_curve = SeriesTable { baseline: &baseline, kind: &[], ..table };
    let e = evaluate_streamed(&bad_curve, Curve::Compound, None, &mut scratch, |_, _| handed += 1).unwrap_err();
    assert_eq!((e.code(), e.path().as_deref()), ("curve_needs_positive_values", Some("series[999]")));
    let e = evaluate(&bad_curve, Curve::Compound, None).unwrap_err();
    assert_eq!(e.path().as_deref(), Some("series[999]"), "the same error as one call");
    assert_eq!(handed, 0);

    // No times: one block with every series' curve, as one call reports them.
    let empty = SeriesTable { times: &[], values: &[], field: &[], ..table };
    let mut curves = Vec::new();
    evaluate_streamed(&empty, Curve::Auto, Some((0.0, 100.0)), &mut scratch, |first, block| {
        curves.push((first, block.curve_used.clone(), block.milestone.len()));
    })
    .unwrap();
    let whole = evaluate(&empty, Curve::Auto, Some((0.0, 100.0))).unwrap();
    assert_eq!(curves, vec![(0, whole.curve_used, 0)]);
}
