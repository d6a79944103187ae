//! The bundled seed plans: each loads cleanly, each quote is verbatim in its seed document, each value is
//! in its quote, and indicators shared across plans mean the same thing.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use chitieu::ChitieuError;
use std::collections::HashMap;

use chitieu::{bundled, MeasureUnit, Plan, Polarity};

fn seed_text(plan_id: &str) -> String {
    let path = format!("{}/../tests/seeds/{plan_id}.txt", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("seed {path}: {e}"))
}

/// The Vietnamese ways a value can be written in a quote: 11.5 -> "11,5"; 90 -> "90".
fn vietnamese_forms(value: f64) -> Vec<String> {
    if value.fract() == 0.0 {
        let int = format!("{value:.0}");
        vec![int.clone(), format!("{:0>2}", int)]
    } else {
        vec![value.to_string().replace('.', ",")]
    }
}

/// Whether `number` occurs in `text` as a whole number (not inside "190" or "2030").
fn contains_number(text: &str, number: &str) -> bool {
    text.match_indices(number).any(|(i, m)| {
        let before = text[..i].chars().next_back();
        let after = text[i + m.len()..].chars().next();
        let digit_before = before.is_some_and(|c| c.is_ascii_digit() || c == ',' || c == '.');
        let digit_after = after.is_some_and(|c| c.is_ascii_digit());
        let decimal_after = after == Some(',') && text[i + m.len() + 1..].starts_with(|c: char| c.is_ascii_digit());
        !(digit_before || digit_after || decimal_after)
    })
}

#[test]
fn every_bundled_plan_loads_without_problems() {
    assert_eq!(bundled::plan_ids().len(), 5);
    for id in bundled::plan_ids() {
        let loaded = Plan::from_json(bundled::plan_json(id).unwrap()).unwrap_or_else(|e| panic!("{id}: {e:#?}"));
        assert!(loaded.warnings.is_empty(), "{id}: {:#?}", loaded.warnings);
        assert_eq!(loaded.value.id, id);
        assert!(!loaded.value.targets.is_empty(), "{id} has no targets");
    }
    assert_eq!(bundled::plan_ids()[0], bundled::DEFAULT_PLAN);
}

#[test]
fn unknown_bundled_plan_is_a_typed_error() {
    let err = bundled::plan("ha_noi").unwrap_err();
    assert_eq!(err.code(), "unknown_plan");
    assert!(err.to_string().contains("tra_vinh"), "{err}");
}

#[test]
fn every_quote_is_verbatim_and_carries_its_value() {
    for plan in bundled::plans().unwrap() {
        let seed = seed_text(&plan.id);
        for t in &plan.targets {
            assert!(seed.contains(&t.quote), "{}: target {} quote not verbatim in seed: {:?}", plan.id, t.id, t.quote);
            assert!(
                vietnamese_forms(t.value).iter().any(|f| contains_number(&t.quote, f)),
                "{}: target {} value {} not in quote {:?}",
                plan.id,
                t.id,
                t.value,
                t.quote
            );
        }
        for ind in &plan.indicators {
            assert!(
                seed.contains(&ind.name_vi),
                "{}: indicator {} name_vi not verbatim: {:?}",
                plan.id,
                ind.id,
                ind.name_vi
            );
            for s in &ind.scope {
                assert!(seed.contains(s.as_str()), "{}: indicator {} scope not verbatim: {s:?}", plan.id, ind.id);
            }
        }
        // A pillar is named as the document heads it; where it has no heading, by its standard name.
        const STANDARD_PILLAR_NAMES: [&str; 4] = ["Mục tiêu chung", "Chính quyền số", "Kinh tế số", "Xã hội số"];
        for p in &plan.pillars {
            assert!(
                seed.contains(&p.name_vi) || STANDARD_PILLAR_NAMES.contains(&p.name_vi.as_str()),
                "{}: pillar {} name_vi neither verbatim nor standard: {:?}",
                plan.id,
                p.id,
                p.name_vi
            );
        }
        if let Some(b) = &plan.budget {
            assert!(seed.contains(&b.quote), "{}: budget quote", plan.id);
            for l in &b.lines {
                assert!(seed.contains(&l.quote), "{}: budget line quote {:?}", plan.id, l.quote);
            }
            for s in &b.subtotals {
                assert!(seed.contains(&s.quote), "{}: subtotal quote {:?}", plan.id, s.quote);
            }
        }
        if let Some(r) = &plan.reporting {
            for s in &r.schedules {
                assert!(seed.contains(&s.quote), "{}: reporting quote {:?}", plan.id, s.quote);
            }
        }
    }
}

#[test]
fn shared_indicator_ids_mean_the_same_thing_everywhere() {
    let mut seen: HashMap<String, (String, MeasureUnit, Polarity, String, String)> = HashMap::new();
    for plan in bundled::plans().unwrap() {
        for ind in &plan.indicators {
            let this = (ind.name_en.clone(), ind.unit, ind.polarity, ind.pillar.clone(), plan.id.clone());
            if let Some(first) = seen.get(&ind.id) {
                assert_eq!(
                    (&first.0, first.1, first.2, &first.3),
                    (&this.0, this.1, this.2, &this.3),
                    "indicator {} differs between {} and {}",
                    ind.id,
                    first.4,
                    plan.id
                );
            } else {
                seen.insert(ind.id.clone(), this);
            }
            assert!(plan.targets_of(&ind.id).next().is_some(), "{}: indicator {} has no target", plan.id, ind.id);
        }
    }
    // The national programme's indicators are shared: all five plans set work-file targets.
    let with_work_files =
        bundled::plans().unwrap().iter().filter(|p| p.indicator("work_files_online").is_some()).count();
    assert_eq!(with_work_files, 5);
}

#[test]
fn json_round_trip_is_lossless() {
    for id in bundled::plan_ids() {
        let plan = bundled::plan(id).unwrap();
        let text = plan.to_json();
        let again = Plan::from_json(&text).unwrap().value;
        assert_eq!(plan, again, "{id}");
        assert_eq!(text, again.to_json(), "{id}: second write differs");
        // Vietnamese text byte for byte: every quote of the original file is in the written JSON.
        let original: serde_json::Value = serde_json::from_str(bundled::plan_json(id).unwrap()).unwrap();
        let written: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(strings_of(&original), strings_of(&written), "{id}");
    }
}

fn strings_of(v: &serde_json::Value) -> Vec<String> {
    let mut out = Vec::new();
    fn walk(v: &serde_json::Value, out: &mut Vec<String>) {
        match v {
            serde_json::Value::String(s) => out.push(s.clone()),
            serde_json::Value::Array(a) => a.iter().for_each(|x| walk(x, out)),
            serde_json::Value::Object(m) => m.values().for_each(|x| walk(x, out)),
            _ => {}
        }
    }
    walk(v, &mut out);
    out.sort();
    out
}

/// Figures a reader can check against the documents by eye.
#[test]
fn known_figures() {
    let tv = bundled::plan("tra_vinh").unwrap();
    let t = tv.target("work_files_online.2025.commune").unwrap();
    assert_eq!((t.value, t.comparator.as_str(), t.year), (60.0, "at_least", Some(2025)));
    let budget = tv.budget.as_ref().unwrap();
    assert_eq!(budget.total.0, 477_905_000_000);
    assert_eq!(budget.lines.len(), 4);
    assert_eq!(tv.reporting.as_ref().unwrap().schedules.len(), 2);
    let rank = tv.targets_of("dti_rank").next().unwrap();
    assert_eq!((rank.value, rank.comparator.as_str()), (20.0, "at_most"));

    let tg = bundled::plan("tien_giang").unwrap();
    assert_eq!(tg.budget.as_ref().unwrap().total.0, 1_060_500_000_000);

    let ct = bundled::plan("can_tho").unwrap();
    let top10 = ct.targets_of("dti_rank").next().unwrap();
    assert_eq!((top10.value, top10.year), (10.0, None));
    assert!(top10.note.is_some());

    let tn = bundled::plan("tay_ninh_city").unwrap();
    assert_eq!(tn.jurisdiction.level, chitieu::Level::District);
    let schools: Vec<f64> = tn.targets_of("schools_digital_model_k12").map(|t| t.value).collect();
    assert_eq!(schools, vec![95.0, 100.0]);

    let bd = bundled::plan("binh_dinh_2024").unwrap();
    assert!(bd.targets.iter().all(|t| t.year == Some(2024)));
}

#[test]
fn seed_units_record_the_2025_reorganisation() {
    let july_2025 = time::macros::date!(2025 - 07 - 01);
    for plan in bundled::plans().unwrap() {
        let unit = &plan.jurisdiction;
        let s = unit.succeeded_by.as_ref().unwrap_or_else(|| panic!("{}: no succession", plan.id));
        assert_eq!(s.on, july_2025, "{}", plan.id);
        assert!(unit.existed_on(time::macros::date!(2025 - 06 - 30)));
        assert!(!unit.existed_on(july_2025));
        assert_eq!(unit.existed_until(), Some(time::macros::date!(2025 - 06 - 30)));
    }
}

#[test]
fn register_of_units_agrees_with_the_plans() {
    let units = bundled::units().unwrap();
    assert_eq!(units.len(), 18);
    for plan in bundled::plans().unwrap() {
        let registered = bundled::unit(&plan.jurisdiction.id).unwrap();
        // The register carries each unit's official code; the plans, as written, do not.
        assert!(registered.code.is_some(), "{} has no code", registered.id);
        assert_eq!(chitieu::AdministrativeUnit { code: None, ..registered }, plan.jurisdiction, "{}", plan.id);
    }
    // Trà Vinh, Bến Tre and Vĩnh Long became the new Vĩnh Long.
    let mut merged: Vec<&str> = units
        .iter()
        .filter(|u| u.succeeded_by.as_ref().is_some_and(|s| s.into == ["vinh_long_2025"]))
        .map(|u| u.name.as_str())
        .collect();
    merged.sort_unstable();
    assert_eq!(merged, vec!["Bến Tre", "Trà Vinh", "Vĩnh Long"]);
    let new = bundled::unit("vinh_long_2025").unwrap();
    assert!(
        new.existed_on(time::macros::date!(2025 - 07 - 01)) && !new.existed_on(time::macros::date!(2025 - 06 - 30))
    );
    assert_eq!(bundled::unit("atlantis").unwrap_err().code(), "unknown_unit");
}

#[test]
fn register_references_are_checked() {
    let text = r#"{"format_version": 1, "units": [
        {"id": "a", "name": "A", "kind": "province", "level": "province",
         "succeeded_by": {"on": "2025-07-01", "kind": "merged", "into": ["b"], "basis": "x"}},
        {"id": "a", "name": "A2", "kind": "ward", "level": "district", "parent": "zzz"}
    ]}"#;
    let e = chitieu::io::units_from_json(text).unwrap_err();
    let found: Vec<_> = e.problems().iter().map(|p| (p.path.as_str(), p.code.as_str())).collect();
    for expected in [
        ("units[0].succeeded_by.into[0]", "unknown_id"),
        ("units[1].id", "duplicate_id"),
        ("units[1].level", "level_mismatch"),
        ("units[1].parent", "unknown_id"),
    ] {
        assert!(found.contains(&expected), "missing {expected:?} in {found:?}");
    }
}

/// Nothing dropped: every percentage written in a seed document lies inside the quote of some target
/// (or of a budget or reporting line), and so does every "nhóm N" ranking ambition.
#[test]
fn every_figure_in_the_seeds_is_encoded() {
    for plan in bundled::plans().unwrap() {
        let seed = seed_text(&plan.id);
        let mut quotes: Vec<&str> = plan.targets.iter().map(|t| t.quote.as_str()).collect();
        if let Some(b) = &plan.budget {
            quotes.push(&b.quote);
            quotes.extend(b.lines.iter().map(|l| l.quote.as_str()));
        }
        let covered: Vec<(usize, usize)> =
            quotes.iter().flat_map(|q| seed.match_indices(q).map(|(i, m)| (i, i + m.len()))).collect();
        let bytes = seed.as_bytes();
        let mut figures = Vec::new();
        for (i, _) in seed.match_indices('%') {
            let start = (0..i).rev().take_while(|&k| bytes[k].is_ascii_digit() || bytes[k] == b',').last().unwrap_or(i);
            if start < i {
                figures.push((start, i + 1));
            }
        }
        for (i, m) in seed.match_indices("nhóm ") {
            let rest = &seed[i + m.len()..];
            if rest.starts_with(|c: char| c.is_ascii_digit()) {
                figures.push((i, i + m.len() + 2));
            }
        }
        assert!(!figures.is_empty(), "{}: no figures found", plan.id);
        for (start, end) in figures {
            assert!(
                covered.iter().any(|&(s, e)| s <= start && end <= e),
                "{}: figure {:?} at byte {start} is in no target quote; context: {:?}",
                plan.id,
                &seed[start..end],
                seed.get(start.saturating_sub(60)..(end + 20).min(seed.len())).unwrap_or("")
            );
        }
    }
}
