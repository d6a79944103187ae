//! Alignment of a plan against another: hand-worked cases on small plans built for each case (stricter,
//! equal, looser, missing, a rank, a ceiling, an interpolated year, mismatched units, a plan against
//! itself, no shared indicator), and bundled plans against each other and against the nation.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use chitieu::alignment::{align, AlignmentWarning, Basis, RowWarning, Verdict};
use chitieu::{bundled, ChitieuError, Comparator, Plan, Tier};

/// A plan of one province with the given indicators (id, unit, polarity) and targets
/// (indicator, tier, year, comparator, value).
fn plan(id: &str, indicators: &[(&str, &str, &str)], targets: &[(&str, Option<&str>, i32, &str, f64)]) -> Plan {
    let inds: Vec<String> = indicators
        .iter()
        .map(|(i, unit, pol)| {
            format!(r#"{{"id": "{i}", "name_vi": "{i}", "name_en": "{i}", "unit": "{unit}", "polarity": "{pol}", "pillar": "p"}}"#)
        })
        .collect();
    let tgs: Vec<String> = targets
        .iter()
        .enumerate()
        .map(|(n, (i, tier, year, c, v))| {
            let tier = tier.map_or(String::new(), |t| format!(r#""tier": "{t}", "#));
            format!(r#"{{"id": "t{n}", "indicator": "{i}", {tier}"year": {year}, "comparator": "{c}", "value": {v}, "quote": "{v}"}}"#)
        })
        .collect();
    let json = format!(
        r#"{{"format_version": 1, "id": "{id}", "jurisdiction": {{"id": "{id}", "name": "{id}", "kind": "province", "level": "province"}},
        "document": {{"kind": "plan", "issuer": "UBND", "title": "Kế hoạch"}}, "period": {{"from": 2021, "to": 2025, "horizon": 2030}},
        "pillars": [{{"id": "p", "name_vi": "P", "name_en": "P"}}], "indicators": [{}], "targets": [{}]}}"#,
        inds.join(","),
        tgs.join(",")
    );
    Plan::from_json(&json).unwrap_or_else(|e| panic!("{e:#?}")).value
}

const H: &str = "higher_is_better";
const L: &str = "lower_is_better";

#[test]
fn stricter_equal_looser_and_a_strict_comparator_at_the_same_value() {
    let inds = [("a", "percent", H), ("b", "percent", H), ("c", "percent", H), ("d", "percent", H)];
    let first = plan(
        "first",
        &inds,
        &[
            ("a", None, 2025, "at_least", 90.0),
            ("b", None, 2025, "reach", 80.0),
            ("c", None, 2025, "reach", 20.0),
            ("d", None, 2025, "more_than", 80.0),
        ],
    );
    let second = plan(
        "second",
        &inds,
        &[
            ("a", None, 2025, "reach", 80.0),
            ("b", None, 2025, "at_least", 80.0),
            ("c", None, 2025, "at_least", 30.0),
            ("d", None, 2025, "reach", 80.0),
        ],
    );
    let a = align(&first, &second).unwrap();
    let got: Vec<(&str, Verdict, Option<f64>)> =
        a.rows.iter().map(|r| (r.indicator.as_str(), r.verdict, r.difference)).collect();
    assert_eq!(
        got,
        vec![
            ("a", Verdict::Stricter, Some(10.0)),
            ("b", Verdict::Equal, Some(0.0)),
            ("c", Verdict::Looser, Some(-10.0)),
            ("d", Verdict::Stricter, Some(0.0)),
        ]
    );
    assert!(a.warnings.is_empty() && a.rows.iter().all(|r| r.warnings.is_empty()));
    let s = &a.summary[0];
    assert_eq!((s.pillar.as_str(), s.stricter, s.equal, s.looser, s.only_first, s.only_second), ("p", 2, 1, 1, 0, 0));
}

#[test]
fn a_rank_and_a_ceiling_reward_the_lower_figure() {
    let inds = [("rank", "rank", L), ("late", "percent", L)];
    let first = plan("first", &inds, &[("rank", None, 2025, "at_most", 10.0), ("late", None, 2025, "less_than", 2.0)]);
    let second = plan("second", &inds, &[("rank", None, 2025, "at_most", 20.0), ("late", None, 2025, "at_most", 5.0)]);
    let a = align(&first, &second).unwrap();
    let rank = a.row("rank", None, Some(2025)).unwrap();
    // "top 10" against "top 20": stricter; the first asks 10 places more.
    assert_eq!((rank.verdict, rank.difference, rank.margin), (Verdict::Stricter, Some(-10.0), Some(10.0)));
    let late = a.row("late", None, Some(2025)).unwrap();
    assert_eq!((late.verdict, late.difference, late.margin), (Verdict::Stricter, Some(-3.0), Some(3.0)));
    // And the other way round.
    let b = align(&second, &first).unwrap();
    assert_eq!(b.row("rank", None, Some(2025)).unwrap().verdict, Verdict::Looser);
}

#[test]
fn a_ceiling_against_a_floor_is_incomparable_with_its_warnings() {
    let first = plan("first", &[("x", "percent", L)], &[("x", None, 2025, "at_most", 5.0)]);
    let second = plan("second", &[("x", "percent", H)], &[("x", None, 2025, "at_least", 3.0)]);
    let a = align(&first, &second).unwrap();
    let r = &a.rows[0];
    assert_eq!(r.verdict, Verdict::Incomparable);
    assert_eq!(r.warnings, vec![RowWarning::PolarityMismatch, RowWarning::OppositeBounds]);
    assert_eq!((r.difference, r.margin), (None, None));
    assert_eq!(a.summary[0].incomparable, 1);
}

#[test]
fn missing_targets_and_tiers() {
    let inds = [("files", "percent", H), ("only1", "percent", H), ("only2", "count", H)];
    let first = plan(
        "first",
        &inds,
        &[
            ("files", Some("province"), 2025, "reach", 90.0),
            ("files", Some("commune"), 2025, "reach", 70.0),
            ("only1", None, 2025, "reach", 50.0),
        ],
    );
    let second = plan(
        "second",
        &inds,
        &[
            ("files", Some("province"), 2025, "reach", 90.0),
            ("files", Some("district"), 2025, "reach", 80.0),
            ("files", Some("commune"), 2025, "reach", 60.0),
            ("only2", None, 2030, "at_least", 3.0),
        ],
    );
    let a = align(&first, &second).unwrap();
    let got: Vec<(&str, Option<Tier>, Verdict)> =
        a.rows.iter().map(|r| (r.indicator.as_str(), r.tier, r.verdict)).collect();
    assert_eq!(
        got,
        vec![
            ("files", Some(Tier::Province), Verdict::Equal),
            ("files", Some(Tier::District), Verdict::OnlySecond),
            ("files", Some(Tier::Commune), Verdict::Stricter),
            ("only1", None, Verdict::OnlyFirst),
            ("only2", None, Verdict::OnlySecond),
        ]
    );
    assert!(a.rows[1].first.is_none() && a.rows[1].second.as_ref().unwrap().value == 80.0);
}

#[test]
fn a_year_one_plan_does_not_state_is_read_from_its_milestone_path() {
    let inds = [("x", "percent", H)];
    let first = plan("first", &inds, &[("x", None, 2027, "at_least", 70.0)]);
    let second = plan("second", &inds, &[("x", None, 2025, "reach", 60.0), ("x", None, 2030, "more_than", 80.0)]);
    let a = align(&first, &second).unwrap();
    // 2027 on the straight path 60 (2025) to 80 (2030): 60 + 2/5 * 20 = 68, "trên" from the 2030 target.
    let r = a.row("x", None, Some(2027)).unwrap();
    let s = r.second.as_ref().unwrap();
    assert_eq!((s.basis, s.comparator, s.target.as_deref()), (Basis::Interpolated, Comparator::MoreThan, Some("t1")));
    assert!((s.value - 68.0).abs() < 1e-9);
    assert_eq!(r.verdict, Verdict::Stricter);
    assert!((r.difference.unwrap() - 2.0).abs() < 1e-9);
    // 2025 and 2030 lie outside the first plan's one-year path: only the second sets them.
    assert_eq!(a.row("x", None, Some(2025)).unwrap().verdict, Verdict::OnlySecond);
    assert_eq!(a.row("x", None, Some(2030)).unwrap().verdict, Verdict::OnlySecond);
}

#[test]
fn mismatched_units_get_a_warning_and_no_verdict() {
    let first = plan("first", &[("de", "percent", H)], &[("de", None, 2025, "reach", 20.0)]);
    let second = plan("second", &[("de", "percent_of_grdp", H)], &[("de", None, 2025, "reach", 20.0)]);
    let a = align(&first, &second).unwrap();
    assert_eq!(a.rows[0].verdict, Verdict::Incomparable);
    assert_eq!(a.rows[0].warnings, vec![RowWarning::UnitMismatch]);
}

#[test]
fn a_plan_against_itself_and_plans_sharing_nothing_are_flagged() {
    let plan_a = bundled::plan("tra_vinh").unwrap();
    let a = align(&plan_a, &plan_a).unwrap();
    assert_eq!(a.warnings, vec![AlignmentWarning::SamePlan]);
    assert!(a.rows.iter().all(|r| r.verdict == Verdict::Equal && r.warnings == vec![RowWarning::SamePlan]));
    assert_eq!(a.rows.len(), plan_a.targets.len());
    let x = plan("x", &[("x", "percent", H)], &[("x", None, 2025, "reach", 1.0)]);
    let y = plan("y", &[("y", "percent", H)], &[("y", None, 2025, "reach", 1.0)]);
    let b = align(&x, &y).unwrap();
    assert_eq!(b.warnings, vec![AlignmentWarning::NoSharedIndicators]);
    assert_eq!(b.rows.iter().map(|r| r.verdict).collect::<Vec<_>>(), vec![Verdict::OnlyFirst, Verdict::OnlySecond]);
}

#[test]
fn a_non_finite_value_in_a_plan_built_in_code_is_a_typed_error() {
    let mut x = plan("x", &[("x", "percent", H)], &[("x", None, 2025, "reach", 1.0)]);
    x.targets[0].value = f64::NAN;
    let err = align(&bundled::plan("tra_vinh").unwrap(), &x).unwrap_err();
    assert_eq!((err.code(), err.path().as_deref()), ("non_finite", Some("second.targets[0]")));
}

#[test]
fn tra_vinh_against_resolution_57_row_by_row() {
    let tra_vinh = bundled::plan("tra_vinh").unwrap();
    let nation = bundled::plan("nq57_2024").unwrap();
    let a = align(&tra_vinh, &nation).unwrap();
    // Every target of either document is one row; the digital economy in 2030 is the one both set.
    assert_eq!(a.rows.len(), tra_vinh.targets.len() + nation.targets.len() - 1);
    for r in &a.rows {
        let key = (r.indicator.as_str(), r.year);
        match key {
            ("digital_economy_share_grdp", Some(2030)) => {
                // "Kinh tế số chiếm trên 25% GRDP của tỉnh" against "Quy mô kinh tế số đạt tối thiểu 30% GDP".
                let (first, second) = (r.first.as_ref().unwrap(), r.second.as_ref().unwrap());
                assert_eq!((first.comparator, first.value), (Comparator::MoreThan, 25.0));
                assert_eq!((second.comparator, second.value), (Comparator::AtLeast, 30.0));
                assert_eq!((r.verdict, r.difference, r.margin), (Verdict::Looser, Some(-5.0), Some(-5.0)));
            }
            _ if tra_vinh
                .targets
                .iter()
                .any(|t| t.indicator == r.indicator && t.tier == r.tier && t.year == r.year) =>
            {
                assert_eq!(r.verdict, Verdict::OnlyFirst, "{key:?}");
                assert!(r.second.is_none(), "{key:?}");
            }
            _ => {
                assert_eq!(r.verdict, Verdict::OnlySecond, "{key:?}");
                assert!(r.first.is_none() && r.second.as_ref().unwrap().basis == Basis::Stated, "{key:?}");
            }
        }
        assert!(r.warnings.is_empty(), "{key:?}");
    }
    // The 2045 vision lies beyond Trà Vinh's path (2025, 2030): not interpolated.
    assert_eq!(a.row("digital_economy_share_grdp", None, Some(2045)).unwrap().verdict, Verdict::OnlySecond);
    let economy = a.summary.iter().find(|c| c.pillar == "digital_economy").unwrap();
    assert_eq!((economy.looser, economy.only_first, economy.only_second), (1, 5, 5));
    assert!(a.warnings.is_empty());
}

#[test]
fn tra_vinh_against_can_tho() {
    let a = align(&bundled::plan("tra_vinh").unwrap(), &bundled::plan("can_tho").unwrap()).unwrap();
    // "Tối thiểu 90% hồ sơ công việc cấp tỉnh" against "90% hồ sơ công việc tại cấp thành phố": the same.
    let files = a.row("work_files_online", Some(Tier::Province), Some(2025)).unwrap();
    assert_eq!((files.verdict, files.difference), (Verdict::Equal, Some(0.0)));
    let commune = a.row("work_files_online", Some(Tier::Commune), Some(2030)).unwrap();
    assert_eq!((commune.verdict, commune.difference), (Verdict::Looser, Some(-10.0)));
    // "trên 10% GRDP" against "20% GRDP" in 2025.
    let economy = a.row("digital_economy_share_grdp", None, Some(2025)).unwrap();
    assert_eq!((economy.verdict, economy.difference), (Verdict::Looser, Some(-10.0)));
    // Cần Thơ's "nhóm 10" states no year: its own row, not compared with Trà Vinh's 2025 "nhóm 20".
    assert_eq!(a.row("dti_rank", None, Some(2025)).unwrap().verdict, Verdict::OnlyFirst);
    assert_eq!(a.row("dti_rank", None, None).unwrap().verdict, Verdict::OnlySecond);
    // The CSV has a header and one line per row; the JSON reads back.
    let csv = a.to_csv();
    assert_eq!(csv.lines().count(), a.rows.len() + 1);
    assert!(csv.starts_with("indicator,name,pillar,tier,year,first_comparator,first_value"));
    let back: chitieu::alignment::Alignment = serde_json::from_str(&a.to_json()).unwrap();
    assert_eq!(back, a);
    let total: usize =
        a.summary.iter().map(|c| c.stricter + c.equal + c.looser + c.only_first + c.only_second + c.incomparable).sum();
    assert_eq!(total, a.rows.len());
}
