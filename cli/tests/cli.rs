//! The `chitieu` command end to end, on files the tests write: a plan JSON, observations as CSV and as
//! an .xlsx workbook (Vietnamese headers, numbers typed as text, blank cells, dates as serials and as
//! text), each output format in both languages, and every kind of bad input with its exit status and
//! message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use chitieu::io::observation_csv;
use chitieu::label::Lang;
use chitieu::report::Report;
use chitieu::{Plan, Scorecard, Settings};
use rust_xlsxwriter::{Format, Workbook};

const PLAN: &str = r#"{
  "format_version": 1,
  "id": "thu_nghiem",
  "jurisdiction": {"id": "thu_nghiem", "name": "Tỉnh Thử Nghiệm", "kind": "province", "level": "province"},
  "document": {"kind": "plan", "number": "12/KH-UBND", "issuer": "Ủy ban nhân dân tỉnh Thử Nghiệm",
               "signed_on": "2022-03-15", "title": "Kế hoạch chuyển đổi số tỉnh Thử Nghiệm đến năm 2025, định hướng đến năm 2030"},
  "period": {"from": 2022, "to": 2025, "horizon": 2030},
  "pillars": [
    {"id": "digital_government", "name_vi": "Chính quyền số", "name_en": "Digital government"},
    {"id": "digital_economy", "name_vi": "Kinh tế số", "name_en": "Digital economy"}
  ],
  "indicators": [
    {"id": "work_files_online", "name_vi": "hồ sơ công việc xử lý trên môi trường mạng", "name_en": "Work files handled online",
     "unit": "percent", "polarity": "higher_is_better", "pillar": "digital_government"},
    {"id": "digital_economy_share_grdp", "name_vi": "tỷ trọng kinh tế số trong GRDP", "name_en": "Digital economy share of GRDP",
     "unit": "percent_of_grdp", "polarity": "higher_is_better", "pillar": "digital_economy"}
  ],
  "targets": [
    {"id": "wf.2025", "indicator": "work_files_online", "year": 2025, "tier": "province", "comparator": "at_least", "value": 90, "quote": "tối thiểu 90%"},
    {"id": "wf.2030", "indicator": "work_files_online", "year": 2030, "tier": "province", "comparator": "reach", "value": 100, "quote": "100%"},
    {"id": "de.2025", "indicator": "digital_economy_share_grdp", "year": 2025, "comparator": "more_than", "value": 10, "quote": "trên 10% GRDP"}
  ],
  "reporting": {"schedules": [{"frequency": "quarterly", "month_of_period": 3, "day": 20, "strictly_before": true,
                               "quote": "hàng quý, trước ngày 20 của tháng cuối quý"}]}
}"#;

/// The observations, as Vietnamese Excel saves CSV: `;`, decimal commas, a blank value, a date.
const CSV: &str = "Đơn vị;Chỉ tiêu;Cấp;Năm;Ngày;Giá trị;Nguồn\n\
thu_nghiem;work_files_online;tỉnh;2022;;\"62,5\";Báo cáo UBND 2022\n\
thu_nghiem;work_files_online;tỉnh;;30/06/2024;\"85,5\";\n\
thu_nghiem;work_files_online;tỉnh;2025;;;ghi sau\n\
thu_nghiem;digital_economy_share_grdp;;2022;;\"5,75\";Báo cáo kinh tế số 2022\n\
thu_nghiem;digital_economy_share_grdp;;;2024-12-31;\"7,9\";\n";

const AS_OF: &str = "2025-11-22";

struct Dir(PathBuf);

impl Dir {
    fn new(name: &str) -> Self {
        let dir = std::env::temp_dir().join(format!("chitieu-cli-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        Self(dir)
    }
    fn write(&self, name: &str, text: &str) -> PathBuf {
        let p = self.0.join(name);
        std::fs::write(&p, text).unwrap();
        p
    }
    fn path(&self, name: &str) -> PathBuf {
        self.0.join(name)
    }
}

impl Drop for Dir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn chitieu(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_chitieu")).args(args).output().unwrap()
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

/// The same observations as `CSV`, in a workbook: a title row above the header, Vietnamese headers,
/// numbers typed as text and stored as numbers, a blank value, dates as a serial number (with and
/// without a date format) and as text.
fn workbook(path: &Path) {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("Số liệu").unwrap();
    sheet.write_string(0, 0, "Số liệu chuyển đổi số tỉnh Thử Nghiệm").unwrap();
    for (c, h) in ["Đơn vị", "Chỉ tiêu", "Cấp", "Năm", "Ngày", "Giá trị", "Nguồn"].iter().enumerate() {
        sheet.write_string(1, c as u16, *h).unwrap();
    }
    let date = Format::new().set_num_format("dd/mm/yyyy");
    let rows: [(&str, &str, f64); 5] = [
        ("work_files_online", "tỉnh", 62.5),
        ("work_files_online", "tỉnh", 85.5),
        ("work_files_online", "tỉnh", f64::NAN),
        ("digital_economy_share_grdp", "", 5.75),
        ("digital_economy_share_grdp", "", 7.9),
    ];
    for (i, (ind, tier, _)) in rows.iter().enumerate() {
        let r = 2 + i as u32;
        sheet.write_string(r, 0, "thu_nghiem").unwrap();
        sheet.write_string(r, 1, *ind).unwrap();
        if !tier.is_empty() {
            sheet.write_string(r, 2, *tier).unwrap();
        }
    }
    // Years as numbers; the second row's date as a serial with a date format (30/06/2024 = 45473).
    sheet.write_number(2, 3, 2022.0).unwrap();
    sheet.write_number_with_format(3, 4, 45473.0, &date).unwrap();
    sheet.write_number(4, 3, 2025.0).unwrap();
    sheet.write_string(5, 3, "năm 2022").unwrap();
    // The last date as text, the Vietnamese way.
    sheet.write_string(6, 4, "31/12/2024").unwrap();
    // Values: typed as text the Vietnamese way, stored as a number, one blank.
    sheet.write_string(2, 5, "62,5").unwrap();
    sheet.write_number(3, 5, 85.5).unwrap();
    sheet.write_string(5, 5, "5,75").unwrap();
    sheet.write_string(6, 5, " 7,9 ").unwrap();
    sheet.write_string(2, 6, "Báo cáo UBND 2022").unwrap();
    sheet.write_string(4, 6, "ghi sau").unwrap();
    sheet.write_string(5, 6, "Báo cáo kinh tế số 2022").unwrap();
    book.save(path).unwrap();
}

fn library_card(plan: &Path, csv: &str) -> Scorecard {
    let plan = Plan::from_json(&std::fs::read_to_string(plan).unwrap()).unwrap().value;
    let obs = observation_csv::read(csv, Some(&plan)).unwrap().value;
    let as_of = chitieu::model::date::parse(AS_OF).unwrap();
    Scorecard::build(&plan, &obs, as_of, &Settings::default()).unwrap()
}

#[test]
fn the_commands_json_is_the_librarys_from_csv_and_from_a_workbook() {
    let d = Dir::new("json");
    let plan = d.write("plan.json", PLAN);
    let csv = d.write("so_lieu.csv", CSV);
    let xlsx = d.path("so_lieu.xlsx");
    workbook(&xlsx);
    let expected = library_card(&plan, CSV);
    assert_eq!(expected.rows.len(), 3);
    let wf = &expected.rows[0];
    assert_eq!(wf.latest.as_ref().unwrap().value, 85.5);
    assert_eq!(wf.observations, 2, "the blank value is skipped, not read as 0");
    for obs in [&csv, &xlsx] {
        let o = chitieu(&["scorecard", s(&plan), "--observations", s(obs), "--as-of", AS_OF, "--format", "json"]);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        let card = Scorecard::from_json(&stdout(&o)).unwrap();
        assert_eq!(card, expected, "from {}", obs.display());
        assert!(stderr(&o).contains("blank_cell"), "the blank value is warned about: {}", stderr(&o));
    }
    // The workbook's warning names the sheet, row and lettered column.
    let o = chitieu(&["scorecard", s(&plan), "--observations", s(&xlsx), "--as-of", AS_OF, "--format", "json"]);
    assert!(stderr(&o).contains("sheet \"Số liệu\", row 5, column F (value)"), "{}", stderr(&o));
}

#[test]
fn every_format_in_both_languages() {
    let d = Dir::new("formats");
    let plan = d.write("plan.json", PLAN);
    let csv = d.write("so_lieu.csv", CSV);
    let card = library_card(&plan, CSV);
    let base = ["scorecard", s(&plan), "--observations", s(&csv), "--as-of", AS_OF];
    let run = |extra: &[&str]| {
        let o = chitieu(&[&base[..], extra].concat());
        assert_eq!(o.status.code(), Some(0), "{extra:?}: {}", stderr(&o));
        stdout(&o)
    };
    // Text: Vietnamese by default, numbers the Vietnamese way.
    let vi = run(&[]);
    assert!(vi.contains("Ngày đánh giá: 22/11/2025"), "{vi}");
    assert!(vi.contains("85,5 (2024)"), "{vi}");
    assert!(vi.contains("Kỳ báo cáo: báo cáo quý 4 năm 2025, hạn cuối 19/12/2025"), "{vi}");
    let en = run(&["--lang", "en"]);
    assert!(en.contains("As of: 2025-11-22") && en.contains("85.5 (2024)"), "{en}");
    let pct = card.rows[0].achievement.as_ref().unwrap().percent_of_target.unwrap();
    assert!(vi.contains(&format!("{}%", chitieu::report::number(pct, 1, Lang::Vi))));
    assert!(en.contains(&format!("{}%", chitieu::report::number(pct, 1, Lang::En))));
    // CSV: the library's.
    assert_eq!(run(&["--format", "csv"]), card.to_csv());
    // HTML: the library's report, in each language.
    let plan_v = Plan::from_json(PLAN).unwrap().value;
    let obs = observation_csv::read(CSV, Some(&plan_v)).unwrap().value;
    for (lang, code) in [(Lang::Vi, "vi"), (Lang::En, "en")] {
        let html = run(&["--format", "html", "--lang", code]);
        assert_eq!(html, Report::new(&plan_v, &obs, &card, lang).html());
        assert!(html.contains(&format!("<html lang=\"{code}\">")));
    }
    // Excel: a workbook written whole to --out, read back with its three sheets and the numbers.
    for code in ["vi", "en"] {
        let out = d.path(&format!("bao_cao_{code}.xlsx"));
        run(&["--format", "xlsx", "--lang", code, "--out", s(&out)]);
        use calamine::{open_workbook_auto, Data, Reader};
        let mut book = open_workbook_auto(&out).unwrap();
        let names = book.sheet_names();
        assert_eq!(names.len(), 3, "{names:?}");
        let first = book.worksheet_range(&names[0]).unwrap();
        assert_eq!(first.get_value((1, 4)), Some(&Data::Float(90.0)));
        assert_eq!(first.get_value((1, 6)), Some(&Data::Float(85.5)));
        let status = if code == "vi" { "Tiến bộ" } else { "progress" };
        assert!(first.get_value((1, 12)).unwrap().to_string().contains(status));
    }
}

#[test]
fn the_other_commands() {
    let d = Dir::new("others");
    let plan = d.write("plan.json", PLAN);
    let o = chitieu(&["milestones", s(&plan), "--from", "2025", "--to", "2030", "--format", "json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let rows: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let wf2030 =
        rows.as_array().unwrap().iter().find(|r| r["indicator"] == "work_files_online" && r["year"] == 2030).unwrap();
    assert_eq!(wf2030["milestone"]["value"], 100.0);
    let o = chitieu(&["milestones", s(&plan), "--from", "2025", "--to", "2030", "--curve", "linear"]);
    assert!(stdout(&o).contains("90   ~92   ~94") && stdout(&o).contains("•100"), "{}", stdout(&o));
    let o = chitieu(&["show", s(&plan)]);
    assert!(stdout(&o).contains("tối thiểu 90 %") && stdout(&o).contains("quý"), "{}", stdout(&o));
    let o = chitieu(&["show", s(&plan), "--lang", "en"]);
    assert!(stdout(&o).contains("at least 90 %"), "{}", stdout(&o));
    let o = chitieu(&["units", "--date", "2025-07-01", "--search", "vinh long", "--format", "json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let units: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert!(units.as_array().unwrap().iter().any(|u| u["name"] == "Vĩnh Long" && u["code"] == "86"), "{units}");
    let o = chitieu(&["schema", "observations"]);
    let schema: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(schema["title"], "ObservationSet");
    let doc = d.write("ke_hoach.txt", "Đến năm 2025: 90% hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng.");
    let out = d.path("draft.json");
    let o = chitieu(&["draft", s(&doc), "--out", s(&out)]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let draft = chitieu::extract::Draft::from_json(&std::fs::read_to_string(&out).unwrap()).unwrap();
    assert_eq!(draft.plan.targets.first().map(|t| t.value), Some(90.0));
    let o = chitieu(&["validate", s(&plan), s(&d.write("ok.csv", CSV)), "--plan", s(&plan)]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stderr(&o).contains("blank_cell"));
    // The bundled default still runs, as `make run` does.
    let o = chitieu(&["scorecard", "--as-of", "2025-12-31"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    // After 1 July 2025 it opens with what Trà Vinh is part of now, then the plan's scorecard.
    assert!(stdout(&o).starts_with("Từ 2025-12-31, Tỉnh Trà Vinh (84) thuộc 86 Tỉnh Vĩnh Long"), "{}", stdout(&o));
    assert!(stdout(&o).lines().nth(1).is_some_and(|l| l.starts_with("tra_vinh — ")), "{}", stdout(&o));
}

/// Runs a command expected to fail: its status, and that --out was not written.
fn fails(d: &Dir, args: &[&str], status: i32) -> String {
    let out = d.path("should_not_exist.html");
    let _ = std::fs::remove_file(&out);
    let o = chitieu(&[args, &["--out", s(&out)]].concat());
    assert_eq!(o.status.code(), Some(status), "{args:?}: {}", stderr(&o));
    assert!(!out.exists(), "{args:?} wrote --out on failure");
    assert!(std::fs::read_dir(&d.0).unwrap().all(|e| !e.unwrap().file_name().to_string_lossy().ends_with(".tmp")));
    stderr(&o)
}

fn args(v: &[String]) -> Vec<&str> {
    v.iter().map(String::as_str).collect()
}

#[test]
fn bad_input_names_the_file_sheet_row_and_column() {
    let d = Dir::new("bad");
    let plan = d.write("plan.json", PLAN);
    let sc = |obs: &Path| {
        vec![
            "scorecard".to_owned(),
            s(&plan).to_owned(),
            "--observations".into(),
            s(obs).to_owned(),
            "--as-of".into(),
            AS_OF.into(),
            "--format".into(),
            "html".into(),
        ]
    };
    // A missing file: 2.
    let missing = d.path("khong_co.xlsx");
    let e = fails(&d, &args(&sc(&missing)), 2);
    assert!(e.contains("[file_not_found]") && e.contains("khong_co.xlsx"), "{e}");
    let e = fails(&d, &["scorecard", s(&d.path("khong_co.json"))], 2);
    assert!(e.contains("[plan_not_found]"), "{e}");
    // No sheet of that name: 2, with the sheets it has.
    let xlsx = d.path("so_lieu.xlsx");
    workbook(&xlsx);
    let mut v = sc(&xlsx);
    v.extend(["--sheet".into(), "Năm 2024".into()]);
    let e = fails(&d, &args(&v), 2);
    assert!(e.contains("[sheet_not_found]") && e.contains("\"Số liệu\""), "{e}");
    // Dates as text in three formats: two read, the third an error at its sheet, row and column.
    let mut book = Workbook::new();
    let sheet = book.add_worksheet().set_name("Dữ liệu").unwrap();
    for (c, h) in ["Đơn vị", "Chỉ tiêu", "Ngày", "Giá trị"].iter().enumerate() {
        sheet.write_string(0, c as u16, *h).unwrap();
    }
    for (r, date) in ["2024-06-30", "30/06/2024", "June 30, 2024"].iter().enumerate() {
        let r = r as u32 + 1;
        sheet.write_string(r, 0, "thu_nghiem").unwrap();
        sheet.write_string(r, 1, "work_files_online").unwrap();
        sheet.write_string(r, 2, *date).unwrap();
        sheet.write_string(r, 3, "80").unwrap();
    }
    let dates = d.path("ngay.xlsx");
    book.save(&dates).unwrap();
    let e = fails(&d, &args(&sc(&dates)), 1);
    assert!(
        e.contains("[invalid_date]")
            && e.contains("sheet \"Dữ liệu\", row 4, column C (date)")
            && e.contains("ngay.xlsx"),
        "{e}"
    );
    assert_eq!(e.matches("invalid_date").count(), 2, "one head line and one problem: {e}");
    // Merged header cells: 2, naming the cells.
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.merge_range(0, 2, 0, 3, "Kết quả", &Format::new()).unwrap();
    sheet.write_string(0, 0, "Đơn vị").unwrap();
    sheet.write_string(0, 1, "Chỉ tiêu").unwrap();
    let merged = d.path("gop_o.xlsx");
    book.save(&merged).unwrap();
    let e = fails(&d, &args(&sc(&merged)), 2);
    assert!(e.contains("[merged_header]") && e.contains("C1:D1"), "{e}");
    // A percent written 0.9: 1.
    let frac = d.write("ty_le.csv", "unit;indicator;year;value\nthu_nghiem;work_files_online;2024;0,9\n");
    let e = fails(&d, &args(&sc(&frac)), 1);
    assert!(e.contains("[share_as_fraction]") && e.contains("row 2, column value"), "{e}");
    // A plan that fails validation: 1, with the path of each problem.
    let bad_plan = d.write("ke_hoach_sai.json", &PLAN.replace("\"value\": 90,", "\"value\": 190,"));
    let e = fails(&d, &["scorecard", s(&bad_plan)], 1);
    assert!(e.contains("ke_hoach_sai.json") && e.contains("targets[0].value"), "{e}");
    let o = chitieu(&["validate", s(&bad_plan), s(&frac), "--plan", s(&plan), "--lang", "en"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("targets[0].value") && stderr(&o).contains("share_as_fraction"), "{}", stderr(&o));
    // Usage: 2.
    let e = fails(&d, &["scorecard", "--as-of", "31/12/2025"], 2);
    assert!(e.contains("[invalid_date]") && e.contains("--as-of"), "{e}");
    assert_eq!(chitieu(&["scorecard", "--format", "pdf"]).status.code(), Some(2));
    assert_eq!(chitieu(&["no_such_command"]).status.code(), Some(2));
}

/// `draft` reads Word, web pages and PDF through the core's document room: each fixture of the Cần Thơ
/// plan (made by `core/tests/documents.rs`) drafts the same targets as the plan's text, and a file the
/// room refuses is exit status 2 with its code, nothing written.
#[test]
fn draft_reads_word_html_and_pdf_like_the_text() {
    let d = Dir::new("draft_documents");
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let targets = |file: &Path| {
        let out = d.path("draft.json");
        let o = chitieu(&["draft", s(file), "--out", s(&out)]);
        assert_eq!(o.status.code(), Some(0), "{}: {}", file.display(), stderr(&o));
        let draft = chitieu::extract::Draft::from_json(&std::fs::read_to_string(&out).unwrap()).unwrap();
        draft.plan.targets.iter().map(|t| (t.indicator.clone(), t.year, t.value)).collect::<Vec<_>>()
    };
    let text = targets(&root.join("tests/seeds/can_tho.txt"));
    assert!(text.len() > 20, "{}", text.len());
    for name in ["can_tho.docx", "can_tho.html", "can_tho.pdf"] {
        assert_eq!(targets(&root.join("tests/documents").join(name)), text, "{name}");
    }
    for (name, code) in [
        ("not_a_zip.docx", "not_a_docx"),
        ("encrypted.pdf", "encrypted_pdf"),
        ("scanned.pdf", "pdf_without_text"),
        ("can_tho_tcvn3.txt", "legacy_encoding"),
    ] {
        let err = fails(&d, &["draft", s(&root.join("tests/documents").join(name))], 2);
        assert!(err.contains(code), "{name}: {err}");
    }
}

/// The country since 1 July 2025 in the main job: a plan whose unit was merged says what it is part of
/// now; `--merged` prints the successor's merged view (text and JSON); `--align` the alignment against the
/// national resolution; bad units are exit status 2 with the register's error code.
#[test]
fn merged_units_and_alignment_in_the_main_job() {
    let d = Dir::new("merged");
    let o = chitieu(&["scorecard", "tra_vinh", "--as-of", "2025-12-31", "--lang", "en"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stdout(&o).starts_with("As of 2025-12-31, Tỉnh Trà Vinh (84) is part of 86 Tỉnh Vĩnh Long"),
        "{}",
        stdout(&o)
    );
    let o = chitieu(&["scorecard", "tra_vinh", "--as-of", "2025-06-30"]);
    assert!(stdout(&o).starts_with("tra_vinh — "), "{}", stdout(&o));
    let o = chitieu(&["scorecard", "--merged", "vinh_long", "--as-of", "2025-12-31"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).starts_with("Đơn vị hợp nhất ") && stdout(&o).contains("Bến Tre"), "{}", stdout(&o));
    let out = d.path("merged.json");
    let o = chitieu(&["scorecard", "--merged", "86", "--as-of", "2025-12-31", "--format", "json", "--out", s(&out)]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let view: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    let names: Vec<&str> =
        view["predecessors"].as_array().unwrap().iter().map(|p| p["unit"]["name"].as_str().unwrap()).collect();
    assert_eq!(names.len(), 3, "{names:?}");
    assert!(["Trà Vinh", "Bến Tre", "Vĩnh Long"].iter().all(|n| names.contains(n)), "{names:?}");
    let err = fails(&d, &["scorecard", "--merged", "Atlantis", "--as-of", "2025-12-31"], 2);
    assert!(err.contains("unknown_unit"), "{err}");
    // An old province's id names the unit holding its code on the date: Tiền Giang's 82 is Đồng Tháp's now.
    let o = chitieu(&["scorecard", "--merged", "tien_giang", "--as-of", "2025-12-31", "--lang", "en"]);
    assert!(
        stdout(&o).starts_with("Merged unit 82 Tỉnh Đồng Tháp") && stdout(&o).contains("Tiền Giang"),
        "{}",
        stdout(&o)
    );
    let err = fails(&d, &["scorecard", "--merged", "Cao Bằng", "--as-of", "2025-12-31"], 2);
    assert!(err.contains("not_a_successor"), "{err}");
    let o = chitieu(&["scorecard", "tra_vinh", "--as-of", "2025-12-31", "--align", "nq57_2024", "--format", "json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let aligned: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let first = chitieu::bundled::plan("tra_vinh").unwrap();
    let second = chitieu::bundled::plan("nq57_2024").unwrap();
    let library: serde_json::Value =
        serde_json::from_str(&chitieu::alignment::align(&first, &second).unwrap().to_json()).unwrap();
    assert_eq!(aligned, library);
    let o = chitieu(&["scorecard", "tra_vinh", "--as-of", "2025-12-31", "--align", "nq57_2024"]);
    assert!(stdout(&o).contains("So sánh: tra_vinh / nq57_2024") && stdout(&o).contains("thấp hơn"), "{}", stdout(&o));
}
