//! Property tests: no input makes a reader panic, and numbers written the Vietnamese way read back exactly.

#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use chitieu::io::number::{parse_amount, parse_number, Decimal};
use chitieu::io::observation_csv;
use chitieu::ChitieuError;
use chitieu::{bundled, Dong, ObservationSet, Plan, ProblemCode};
use proptest::prelude::*;

/// Writes `mantissa × 10^-scale` with the given grouping and decimal marks.
fn write(mantissa: i64, scale: u32, group: char, decimal: char) -> String {
    let digits = format!("{:0>width$}", mantissa.unsigned_abs(), width = scale as usize + 1);
    let (int, frac) = digits.split_at(digits.len() - scale as usize);
    let mut grouped = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push(group);
        }
        grouped.push(c);
    }
    let sign = if mantissa < 0 { "-" } else { "" };
    if frac.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped}{decimal}{frac}")
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn number_reader_never_panics(text in any::<String>()) {
        let _ = parse_number(&text);
        let _ = parse_amount(&text);
        let _ = chitieu::io::number::parse_percent(&text);
    }

    #[test]
    fn vietnamese_numbers_read_back_exactly(mantissa in any::<i64>(), scale in 0u32..6) {
        let text = write(mantissa, scale, '.', ',');
        prop_assert_eq!(parse_number(&text), Ok(Decimal { mantissa: i128::from(mantissa), scale }), "{}", text);
    }

    #[test]
    fn english_decimals_read_back_exactly(mantissa in any::<i64>(), scale in 1u32..6) {
        let text = write(mantissa, scale, ',', '.');
        prop_assert_eq!(parse_number(&text), Ok(Decimal { mantissa: i128::from(mantissa), scale }), "{}", text);
    }

    #[test]
    fn amounts_read_back_exactly(amount in any::<i64>()) {
        prop_assert_eq!(parse_amount(&Dong(amount).to_string()), Ok(Dong(amount)));
    }

    #[test]
    fn plan_loader_never_panics(text in any::<String>()) {
        let _ = Plan::from_json(&text);
        let _ = ObservationSet::from_json(&text, None);
        let _ = chitieu::io::units_from_json(&text);
    }

    #[test]
    fn csv_reader_never_panics(text in any::<String>()) {
        let _ = observation_csv::read(&text, None);
    }

    #[test]
    fn damaged_plans_are_rejected_or_read_never_panic(cut in 0usize..20_000, at in 0usize..20_000, byte in any::<u8>()) {
        let original = bundled::plan_json("tra_vinh").unwrap();
        let mut bytes = original.as_bytes().to_vec();
        let at = at % bytes.len();
        bytes[at] = byte;
        bytes.truncate(cut.max(1));
        let text = String::from_utf8_lossy(&bytes);
        if let Err(e) = Plan::from_json(&text) {
            prop_assert!(!e.problems().is_empty());
            prop_assert!(e.problems().iter().all(|p| !p.message.is_empty() && !p.expected.is_empty()));
        }
    }

    #[test]
    fn share_range_is_checked_exactly(value in -50.0f64..150.0) {
        let mut plan = bundled::plan("tra_vinh").unwrap();
        let i = plan.targets.iter().position(|t| t.indicator == "work_files_online").unwrap();
        plan.targets[i].value = value;
        let flagged = plan.validate().iter().any(|p| p.code == ProblemCode::PercentOutOfRange);
        prop_assert_eq!(flagged, !(0.0..=100.0).contains(&value));
    }
}
