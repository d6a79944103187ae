//! The bundled national documents: each loads cleanly as a plan of the `national` unit, each quote and
//! indicator name is verbatim in the document's text (`tests/national/`), each value is in its quote, and
//! every percentage and "nhóm N" ranking of the objectives section is in some quote.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use chitieu::{bundled, Level, Plan, UnitKind};

fn national_text(plan_id: &str) -> String {
    let path = format!("{}/../tests/national/{plan_id}.txt", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("text {path}: {e}"))
}

/// The Vietnamese ways a value can be written in a quote: 0.7 -> "0,7"; 30 -> "30".
fn vietnamese_forms(value: f64) -> Vec<String> {
    if value.fract() == 0.0 {
        vec![format!("{value:.0}")]
    } else {
        vec![value.to_string().replace('.', ",")]
    }
}

/// Whether `number` occurs in `text` as a whole number (not inside "150" or "2030").
fn contains_number(text: &str, number: &str) -> bool {
    text.match_indices(number).any(|(i, m)| {
        let before = text[..i].chars().next_back();
        let after = text[i + m.len()..].chars().next();
        let digit_before = before.is_some_and(|c| c.is_ascii_digit() || c == ',' || c == '.');
        let digit_after = after.is_some_and(|c| c.is_ascii_digit() || c == ',');
        !(digit_before || digit_after)
    })
}

/// The text between two headings.
fn section<'a>(text: &'a str, from: &str, to: &str) -> &'a str {
    let start = text.find(from).unwrap_or_else(|| panic!("no heading {from:?}"));
    let end = text[start..].find(to).map(|e| start + e).unwrap_or_else(|| panic!("no heading {to:?}"));
    &text[start..end]
}

/// Every "N%" (with its decimal comma) and every "nhóm N" in a text.
fn figures(text: &str) -> Vec<String> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Vec::new();
    for (k, &(i, c)) in chars.iter().enumerate() {
        if c != '%' {
            continue;
        }
        let mut s = k;
        while s > 0 && (chars[s - 1].1.is_ascii_digit() || chars[s - 1].1 == ',') {
            s -= 1;
        }
        if s < k {
            out.push(text[chars[s].0..=i].to_owned());
        }
    }
    for (i, _) in text.match_indices("nhóm ") {
        let rest = &text[i + "nhóm ".len()..];
        let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
        if !digits.is_empty() {
            out.push(format!("nhóm {digits}"));
        }
    }
    out
}

#[test]
fn every_national_document_loads_as_a_plan_of_the_nation() {
    assert_eq!(bundled::national_plan_ids(), vec!["nq57_2024"]);
    for id in bundled::national_plan_ids() {
        let loaded = Plan::from_json(bundled::plan_json(id).unwrap()).unwrap_or_else(|e| panic!("{id}: {e:#?}"));
        assert!(loaded.warnings.is_empty(), "{id}: {:#?}", loaded.warnings);
        let plan = loaded.value;
        assert_eq!(plan.jurisdiction.level, Level::National);
        assert_eq!(plan.jurisdiction.kind, UnitKind::Country);
        assert!(plan.document.number.is_some() && plan.document.signed_on.is_some());
    }
    assert!(!bundled::plan_ids().contains(&"nq57_2024"), "plan_ids lists the provincial plans only");
}

#[test]
fn resolution_57_carries_its_number_date_issuer_and_2030_figures() {
    let plan = bundled::plan("nq57_2024").unwrap();
    assert_eq!(plan.document.number.as_deref(), Some("57-NQ/TW"));
    assert_eq!(plan.document.issuer, "Bộ Chính trị");
    assert_eq!(plan.document.signed_on.unwrap().to_string(), "2024-12-22");
    let de: Vec<(Option<i32>, f64)> =
        plan.targets_of("digital_economy_share_grdp").map(|t| (t.year, t.value)).collect();
    assert_eq!(de, vec![(Some(2030), 30.0), (Some(2045), 50.0)]);
    let online = plan.target("online_public_services_use.2030").unwrap();
    assert_eq!((online.comparator, online.value), (chitieu::Comparator::MoreThan, 80.0));
    assert_eq!(plan.targets.len(), 25);
    assert!(plan.targets.iter().all(|t| t.tier.is_none()), "57-NQ/TW sets no target per tier");
}

#[test]
fn every_quote_is_verbatim_and_carries_its_value() {
    for plan in bundled::national_plans().unwrap() {
        let text = national_text(&plan.id);
        for t in &plan.targets {
            assert!(text.contains(&t.quote), "{}: {} quote not verbatim: {:?}", plan.id, t.id, t.quote);
            assert!(
                vietnamese_forms(t.value).iter().any(|f| contains_number(&t.quote, f)),
                "{}: {} value {} not in quote {:?}",
                plan.id,
                t.id,
                t.value,
                t.quote
            );
        }
        for ind in &plan.indicators {
            assert!(text.contains(&ind.name_vi), "{}: {} name not verbatim: {:?}", plan.id, ind.id, ind.name_vi);
        }
    }
}

#[test]
fn every_figure_of_the_objectives_is_in_some_quote() {
    let plan = bundled::plan("nq57_2024").unwrap();
    let text = national_text(&plan.id);
    let objectives = section(&text, "II- MỤC TIÊU", "III- NHIỆM VỤ, GIẢI PHÁP");
    let found = figures(objectives);
    assert!(found.len() >= 15, "{found:?}");
    for figure in found {
        assert!(plan.targets.iter().any(|t| t.quote.contains(&figure)), "{figure:?} of the objectives is in no quote");
    }
}
