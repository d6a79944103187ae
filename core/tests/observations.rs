//! Observations from JSON and from spreadsheet CSV.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use chitieu::io::observation_csv;
use chitieu::ChitieuError;
use chitieu::{bundled, ObservationSet, ObservedAt, ProblemCode, Severity};

fn plan() -> chitieu::Plan {
    bundled::plan("tra_vinh").unwrap()
}

#[test]
fn csv_as_spreadsheets_write_it() {
    let csv = "\u{feff}Đơn vị;Chỉ tiêu;Năm;Giá trị;Tử số;Mẫu số;Ghi chú\n\
               tra_vinh;work_files_online;2023;\"85,5%\";;;\n\
               tra_vinh;work_files_online; 2024.0 ;90,5;181;200;\n\
               ;;;;;;\n\
               tra_vinh;digital_economy_share_grdp;năm 2022;  4,2 ;;;ước tính\n\
               tra_vinh;work_files_online;2022;;;;chưa có số liệu\n\
               tra_vinh;payment_accounts_15plus;30/06/2024;0.9;;;\n";
    let loaded = observation_csv::read(csv, Some(&plan())).unwrap();
    let obs = &loaded.value.observations;
    assert_eq!(obs.len(), 4, "{obs:#?}");
    assert_eq!(obs[0].value, 85.5);
    assert_eq!(obs[0].at, ObservedAt::Year(2023));
    assert_eq!((obs[1].value, obs[1].numerator, obs[1].denominator), (90.5, Some(181.0), Some(200.0)));
    assert_eq!(obs[2].value, 4.2);
    assert_eq!(obs[2].note.as_deref(), Some("ước tính"));
    assert_eq!(obs[3].at, ObservedAt::Date(time::macros::date!(2024 - 06 - 30)));
    // 0.9 for a percent indicator: kept as 0.9, flagged.
    assert_eq!(obs[3].value, 0.9);
    let w: Vec<_> = loaded.warnings.iter().map(|p| (p.path.as_str(), p.code)).collect();
    assert!(w.contains(&("row 6, column value", ProblemCode::BlankCell)), "{w:?}");
    assert!(w.contains(&("row 7, column value", ProblemCode::ShareAsFraction)), "{w:?}");
    assert!(loaded.warnings.iter().all(|p| p.severity == Severity::Warning));
}

#[test]
fn csv_with_commas_and_quoted_decimals() {
    let csv =
        "unit,indicator,year,value\r\ncan_tho,dti_rank,2022,5\r\ncan_tho,digital_economy_share_grdp,2022,\"5,78\"\r\n";
    let loaded = observation_csv::read(csv, None).unwrap();
    let values: Vec<f64> = loaded.value.observations.iter().map(|o| o.value).collect();
    assert_eq!(values, vec![5.0, 5.78]);
}

#[test]
fn csv_errors_name_row_and_column() {
    let csv = "unit;indicator;year;value\n\
               tra_vinh;work_files_online;2023;chín mươi\n\
               ;work_files_online;2023;90\n\
               tra_vinh;work_files_online;hai nghìn;90\n\
               tra_vinh;work_files_online;2023;90;extra\n\
               tra_vinh;work_files_online;2023;120\n";
    let e = observation_csv::read(csv, Some(&plan())).unwrap_err();
    let found: Vec<_> = e.problems().iter().map(|p| (p.path.as_str(), p.code)).collect();
    for expected in [
        ("row 2, column value", ProblemCode::InvalidNumber),
        ("row 3, column unit", ProblemCode::BlankCell),
        ("row 4, column year", ProblemCode::InvalidDate),
        ("row 5", ProblemCode::RaggedRow),
        ("row 6, column value", ProblemCode::PercentOutOfRange),
    ] {
        assert!(found.contains(&expected), "missing {expected:?} in {found:?}");
    }
}

#[test]
fn csv_missing_columns_and_empty_input() {
    let e = observation_csv::read("unit;value\nx;1\n", None).unwrap_err();
    let codes: Vec<_> = e.problems().iter().map(|p| p.code).collect();
    assert_eq!(codes, vec![ProblemCode::MissingColumn, ProblemCode::MissingColumn]);
    assert_eq!(observation_csv::read(" \n", None).unwrap_err().problem_code(), ProblemCode::EmptyInput);
}

#[test]
fn json_observations_round_trip_and_checks() {
    let text = r#"{"format_version": 1, "observations": [
        {"unit": "tra_vinh", "indicator": "work_files_online", "year": 2023, "value": 85.5, "source": "báo cáo"},
        {"unit": "tra_vinh", "indicator": "work_files_online", "date": "2024-06-30", "value": 90, "numerator": 9, "denominator": 10}
    ]}"#;
    let loaded = ObservationSet::from_json(text, Some(&plan())).unwrap();
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
    let set = loaded.value;
    let again = ObservationSet::from_json(&set.to_json(), None).unwrap().value;
    assert_eq!(set, again);
    let series = set.series("tra_vinh", "work_files_online", None);
    assert_eq!(series.len(), 2);
    assert!((series[1].at.fractional_year() - (2023.0 + 182.0 / 366.0)).abs() < 1e-12);
}

#[test]
fn json_observation_problems() {
    let text = r#"[
        {"unit": "tra_vinh", "indicator": "work_files_online", "value": 85.5},
        {"unit": "tra_vinh", "indicator": "work_files_online", "year": 2023, "date": "2023-01-01", "value": 1},
        {"unit": "tra_vinh", "indicator": "work_files_online", "year": 2023, "value": 50, "numerator": 3, "denominator": 0},
        {"unit": "tra_vinh", "indicator": "work_files_online", "year": 2023, "value": 50, "numerator": 3, "denominator": 4},
        {"unit": "tra_vinh", "indicator": "work_files_online", "year": "2023", "value": 50}
    ]"#;
    let e = ObservationSet::from_json(text, Some(&plan())).unwrap_err();
    let found: Vec<_> = e.problems().iter().map(|p| (p.path.as_str(), p.code)).collect();
    assert!(found.contains(&("observations[0]", ProblemCode::WrongType)), "{found:?}");
    assert!(found.contains(&("observations[1]", ProblemCode::WrongType)), "{found:?}");
    assert!(found.contains(&("observations[2].denominator", ProblemCode::InvalidDenominator)), "{found:?}");
    assert!(found.contains(&("observations[3].value", ProblemCode::RatioMismatch)), "{found:?}");
    assert!(!found.iter().any(|(p, _)| p.starts_with("observations[4]")), "a year as a string is read: {found:?}");
}

#[test]
fn fractional_year_of_dates() {
    assert_eq!(ObservedAt::Date(time::macros::date!(2025 - 12 - 31)).fractional_year(), 2025.0);
    let mid = ObservedAt::Date(time::macros::date!(2026 - 07 - 02)).fractional_year();
    assert!((mid - 2025.5).abs() < 0.002, "{mid}");
    assert_eq!(ObservedAt::Year(2024).fractional_year(), 2024.0);
}

#[test]
fn json_null_value_is_a_blank_cell() {
    let text = r#"[
        {"unit": "tra_vinh", "indicator": "work_files_online", "year": 2022, "value": null},
        {"unit": "tra_vinh", "indicator": "work_files_online", "year": 2023, "value": 85.5},
        {"unit": "tra_vinh", "indicator": "work_files_online", "year": "2024", "value": 900}
    ]"#;
    // The blank row is skipped with a warning; the bad row after it is still named by its own place.
    let e = ObservationSet::from_json(text, Some(&plan())).unwrap_err();
    let found: Vec<_> = e.problems().iter().map(|p| (p.path.as_str(), p.code, p.severity)).collect();
    assert!(found.contains(&("observations[0].value", ProblemCode::BlankCell, Severity::Warning)), "{found:?}");
    assert!(found.contains(&("observations[2].value", ProblemCode::PercentOutOfRange, Severity::Error)), "{found:?}");
    let ok = ObservationSet::from_json(&text.replace("900", "90"), None).unwrap();
    assert_eq!(ok.value.observations.len(), 2);
    assert_eq!(ok.warnings.len(), 1);
}

#[test]
fn a_year_comes_after_a_date_within_it() {
    let text = r#"[
        {"unit": "tra_vinh", "indicator": "work_files_online", "year": 2024, "value": 90},
        {"unit": "tra_vinh", "indicator": "work_files_online", "date": "2024-06-30", "value": 85},
        {"unit": "tra_vinh", "indicator": "work_files_online", "date": "2025-03-31", "value": 92}
    ]"#;
    let set = ObservationSet::from_json(text, None).unwrap().value;
    let values: Vec<f64> = set.series("tra_vinh", "work_files_online", None).iter().map(|o| o.value).collect();
    assert_eq!(values, vec![85.0, 90.0, 92.0]);
}

#[test]
fn a_file_in_which_every_row_is_bad_keeps_the_first_problems_and_counts_the_rest() {
    let mut csv = String::from("unit;indicator;year;value\n");
    for i in 0..5000 {
        csv.push_str(&format!("tra_vinh;work_files_online;năm x{i};90\n"));
    }
    let e = observation_csv::read(&csv, None).unwrap_err();
    let problems = e.problems();
    assert_eq!(problems.len(), chitieu::error::MAX_PROBLEMS + 1);
    let last = problems.last().unwrap();
    assert_eq!(last.code, ProblemCode::TooManyProblems);
    assert!(last.message.starts_with("4000 more problem(s)"), "{}", last.message);
    assert_eq!(last.severity, Severity::Error);
    assert_eq!(problems[0].path, "row 2, column year");
}

#[test]
fn an_unterminated_quote_is_an_error_not_a_swallowed_file() {
    let csv = "unit;indicator;year;value;note\n\
               tra_vinh;work_files_online;2022;62;\"opened\n\
               tra_vinh;work_files_online;2023;70;x\n\
               tra_vinh;work_files_online;2024;78;y\n";
    let e = observation_csv::read(csv, None).unwrap_err();
    let p = &e.problems()[0];
    assert_eq!(p.code, ProblemCode::UnbalancedQuote);
    assert_eq!(p.path, "row 2, column note");
    assert!(p.message.contains("3 more line(s)"), "{}", p.message);
    // A note with a line break of its own, and no separator after it, is still a note.
    let ok = "unit;indicator;year;value;note\ntra_vinh;work_files_online;2022;62;\"two\nlines\"\n";
    let loaded = observation_csv::read(ok, None).unwrap();
    assert_eq!(loaded.value.observations[0].note.as_deref(), Some("two lines"));
}

#[test]
fn a_decimal_comma_in_a_comma_separated_file_is_flagged() {
    let csv = "unit,indicator,year,value,note\nx,y,2023,90,5\n";
    let loaded = observation_csv::read(csv, None).unwrap();
    assert_eq!(loaded.value.observations[0].value, 90.0);
    let w = &loaded.warnings[0];
    assert_eq!((w.code, w.path.as_str()), (ProblemCode::SplitDecimal, "row 2, column value"));
    assert!(w.message.contains("\"90,5\""), "{}", w.message);
    // Quoted, or with `;`, the same number is read whole and nothing is flagged.
    for ok in
        ["unit,indicator,year,value,note\nx,y,2023,\"90,5\",5\n", "unit;indicator;year;value;note\nx;y;2023;90,5;5\n"]
    {
        let loaded = observation_csv::read(ok, None).unwrap();
        assert_eq!(loaded.value.observations[0].value, 90.5);
        assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
    }
}

/// Regression (5 Dec 2026): rows were numbered by the csv crate's line, the line after the previous record's
/// end. A file with Windows line ends (Excel's CSV) named its first data row "row 1", the header's number; a
/// file with old Mac line ends ("\r") named every row "row 1"; blank rows were not counted.
#[test]
fn a_row_is_named_by_the_line_it_is_on_whatever_the_line_ends() {
    let paths = |csv: &str| -> Vec<String> {
        let e = observation_csv::read(csv, None).unwrap_err();
        e.problems().iter().map(|p| p.path.clone()).collect()
    };
    let rows = ["unit;indicator;year;value", "x;y;năm hai;1", "x;y;2024;abc"];
    let expected = vec!["row 2, column year".to_owned(), "row 3, column value".to_owned()];
    for end in ["\n", "\r\n", "\r"] {
        assert_eq!(paths(&(rows.join(end) + end)), expected, "line ends {end:?}");
    }
    let with_blank_rows = "unit;indicator;year;value\r\n\r\nx;y;năm hai;1\r\n\r\n\r\nx;y;2024;abc\r\n";
    assert_eq!(paths(with_blank_rows), vec!["row 3, column year".to_owned(), "row 6, column value".to_owned()]);
}
