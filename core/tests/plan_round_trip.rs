//! Arbitrary valid plans pass validation and survive JSON out and back in unchanged.

#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use chitieu::{
    AdministrativeUnit, Budget, BudgetLine, Comparator, Document, DocumentKind, Dong, Frequency, FundingSource,
    Indicator, Level, MeasureUnit, Period, Pillar, Plan, Polarity, ReportSchedule, ReportingCalendar, SpendingKind,
    Subtotal, Succession, SuccessionKind, Target, Tier, UnitKind,
};
use proptest::prelude::*;
use proptest::sample::select;

/// Text as plans write it: Vietnamese letters with diacritics, punctuation, quotes, odd spacing.
fn text() -> impl Strategy<Value = String> {
    "[a-zA-ZàáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđĐ0-9 ,.;:()%\"'/\\\\\u{a0}\u{2013}\n-]{1,40}"
        .prop_filter("non-blank", |s| !s.trim().is_empty())
}

fn id() -> impl Strategy<Value = String> {
    "[a-z][a-z0-9_]{0,12}"
}

fn date() -> impl Strategy<Value = time::Date> {
    (2015i32..2030, 1u16..=365).prop_map(|(y, d)| time::Date::from_ordinal_date(y, d).unwrap())
}

fn unit_kind() -> impl Strategy<Value = UnitKind> {
    select(vec![
        UnitKind::Province,
        UnitKind::CentrallyRunCity,
        UnitKind::ProvincialCity,
        UnitKind::Town,
        UnitKind::Ward,
    ])
}

fn jurisdiction() -> impl Strategy<Value = AdministrativeUnit> {
    (id(), text(), unit_kind(), prop::option::of(id()), prop::option::of((id(), text(), text()))).prop_map(
        |(id, name, kind, parent, succ)| AdministrativeUnit {
            id,
            name,
            kind,
            level: kind.level(),
            parent,
            code: None,
            existed_from: None,
            succeeded_by: succ.map(|(into, into_name, basis)| Succession {
                on: time::macros::date!(2025 - 07 - 01),
                kind: SuccessionKind::Merged,
                into: vec![into],
                into_names: vec![into_name],
                basis,
            }),
        },
    )
}

fn unit_and_polarity() -> impl Strategy<Value = (MeasureUnit, Polarity)> {
    select(vec![
        (MeasureUnit::Percent, Polarity::HigherIsBetter),
        (MeasureUnit::PercentOfGrdp, Polarity::HigherIsBetter),
        (MeasureUnit::PercentPerYear, Polarity::HigherIsBetter),
        (MeasureUnit::PercentReduction, Polarity::HigherIsBetter),
        (MeasureUnit::Rank, Polarity::LowerIsBetter),
        (MeasureUnit::Count, Polarity::LowerIsBetter),
        (MeasureUnit::PerThousandPeople, Polarity::HigherIsBetter),
    ])
}

fn comparator_for(p: Polarity) -> impl Strategy<Value = Comparator> {
    match p {
        Polarity::HigherIsBetter => {
            select(vec![Comparator::AtLeast, Comparator::MoreThan, Comparator::Reach, Comparator::About])
        }
        Polarity::LowerIsBetter => {
            select(vec![Comparator::AtMost, Comparator::LessThan, Comparator::Reach, Comparator::About])
        }
    }
}

fn value_for(u: MeasureUnit) -> BoxedStrategy<f64> {
    match u {
        MeasureUnit::Percent | MeasureUnit::PercentOfGrdp | MeasureUnit::PercentReduction => (0.0f64..=100.0).boxed(),
        MeasureUnit::Rank => (1u32..64).prop_map(f64::from).boxed(),
        MeasureUnit::PercentPerYear => (-20.0f64..40.0).boxed(),
        _ => (0.0f64..1e9).boxed(),
    }
}

fn budget() -> impl Strategy<Value = Budget> {
    let line = (
        select(vec![
            FundingSource::Central,
            FundingSource::Provincial,
            FundingSource::Enterprise,
            FundingSource::Unspecified,
        ]),
        select(vec![SpendingKind::Investment, SpendingKind::Recurrent]),
        0i64..1_000_000_000_000_000,
        text(),
    )
        .prop_map(|(source, kind, amount, quote)| BudgetLine { source, kind, amount: Dong(amount), quote });
    (prop::collection::vec(line, 0..5), text()).prop_map(|(lines, quote)| {
        let total = Dong(lines.iter().map(|l| l.amount.0).sum());
        let investment = Dong(lines.iter().filter(|l| l.kind == SpendingKind::Investment).map(|l| l.amount.0).sum());
        let subtotals = if lines.is_empty() {
            Vec::new()
        } else {
            vec![Subtotal {
                source: None,
                kind: Some(SpendingKind::Investment),
                amount: investment,
                quote: quote.clone(),
            }]
        };
        Budget { total, quote, lines, subtotals }
    })
}

fn reporting() -> impl Strategy<Value = ReportingCalendar> {
    let schedule =
        (select(vec![Frequency::Quarterly, Frequency::Annual, Frequency::Monthly]), 1u8..=28, any::<bool>(), text())
            .prop_map(|(frequency, day, strictly_before, quote)| ReportSchedule {
                frequency,
                month_of_period: frequency.months(),
                day,
                strictly_before,
                quote,
            });
    (prop::option::of(text()), prop::collection::vec(schedule, 1..3))
        .prop_map(|(recipient, schedules)| ReportingCalendar { recipient, schedules })
}

fn plan() -> impl Strategy<Value = Plan> {
    let indicators =
        prop::collection::vec((id(), text(), text(), unit_and_polarity(), prop::collection::vec(text(), 0..2)), 1..6);
    (
        id(),
        jurisdiction(),
        (
            select(vec![DocumentKind::Decision, DocumentKind::Plan, DocumentKind::Resolution]),
            prop::option::of(text()),
            text(),
            prop::option::of(date()),
            text(),
        ),
        (2018i32..2024, 0i32..4, prop::option::of(0i32..8)),
        prop::collection::vec((id(), text(), text()), 1..4),
        indicators,
        prop::option::of(budget()),
        prop::option::of(reporting()),
        prop::collection::vec(text(), 0..3),
    )
        .prop_flat_map(
            |(id, jurisdiction, doc, (from, len, horizon), pillars, indicators, budget, reporting, notes)| {
                let mut pillars: Vec<Pillar> =
                    pillars.into_iter().map(|(id, name_vi, name_en)| Pillar { id, name_vi, name_en }).collect();
                pillars.sort_by(|a, b| a.id.cmp(&b.id));
                pillars.dedup_by(|a, b| a.id == b.id);
                let mut inds: Vec<Indicator> = indicators
                    .into_iter()
                    .enumerate()
                    .map(|(i, (id, name_vi, name_en, (unit, polarity), scope))| Indicator {
                        id,
                        name_vi,
                        name_en,
                        unit,
                        polarity,
                        pillar: pillars[i % pillars.len()].id.clone(),
                        scope,
                        note: None,
                    })
                    .collect();
                inds.sort_by(|a, b| a.id.cmp(&b.id));
                inds.dedup_by(|a, b| a.id == b.id);
                let period = Period { from: Some(from), to: from + len, horizon: horizon.map(|h| from + len + h) };
                let last = period.last_year();
                let target = (
                    0..inds.len(),
                    from..=last,
                    prop::option::of(select(vec![Tier::Province, Tier::District, Tier::Commune, Tier::OwnUnit])),
                    text(),
                    prop::option::of(text()),
                )
                    .prop_flat_map({
                        let inds = inds.clone();
                        move |(i, year, tier, quote, note)| {
                            let ind = inds[i].clone();
                            (comparator_for(ind.polarity), value_for(ind.unit)).prop_map(move |(comparator, value)| {
                                (ind.id.clone(), year, tier, comparator, value, quote.clone(), note.clone())
                            })
                        }
                    });
                let (kind, number, issuer, signed_on, title) = doc;
                (
                    Just((
                        id,
                        jurisdiction,
                        Document { kind, number, issuer, signer: None, signed_on, title, source: None },
                        period,
                        pillars,
                        inds,
                        budget,
                        reporting,
                        notes,
                    )),
                    prop::collection::vec(target, 0..12),
                )
            },
        )
        .prop_map(
            |((id, jurisdiction, document, period, pillars, indicators, budget, reporting, notes), targets)| {
                let targets = targets
                    .into_iter()
                    .enumerate()
                    .map(|(k, (indicator, year, tier, comparator, value, quote, note))| Target {
                        id: format!("t{k}"),
                        indicator,
                        year: if k % 7 == 3 { None } else { Some(year) },
                        tier,
                        comparator,
                        value,
                        tolerance: (comparator == Comparator::About).then_some(1.5),
                        quote,
                        note,
                    })
                    .collect();
                Plan {
                    format_version: 1,
                    id,
                    jurisdiction,
                    document,
                    period,
                    pillars,
                    indicators,
                    targets,
                    budget,
                    reporting,
                    notes,
                }
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn arbitrary_valid_plans_round_trip(plan in plan()) {
        let problems = plan.validate();
        prop_assert!(problems.is_empty(), "generated plan is invalid: {problems:#?}");
        let json = plan.to_json();
        let loaded = Plan::from_json(&json).unwrap_or_else(|e| panic!("{e:#?}\n{json}"));
        prop_assert!(loaded.warnings.is_empty());
        prop_assert_eq!(&loaded.value, &plan);
        prop_assert_eq!(loaded.value.to_json(), json);
    }
}

#[test]
fn level_follows_kind() {
    assert_eq!(UnitKind::Ward.level(), Level::Commune);
    assert_eq!(UnitKind::CentrallyRunCity.level(), Level::Province);
}
