//! The plan reader against the five reviewed seed plans, on synthetic plans of other provinces, and on
//! arbitrary input.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use chitieu::extract::{agreement, extract_plan, Draft, Uncertainty, UnusedReason};
use chitieu::{
    bundled, Comparator, DocumentKind, Frequency, FundingSource, Level, MeasureUnit, Plan, Polarity, Severity, Tier,
    UnitKind,
};
use proptest::prelude::*;

fn seed(id: &str) -> String {
    std::fs::read_to_string(format!("{}/../tests/seeds/{id}.txt", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

fn slice(text: &str, start: usize, end: usize) -> String {
    text.chars().skip(start).take(end.saturating_sub(start)).collect()
}

/// Quotes are the text at their character offsets, and the draft lists one entry per target.
fn check_offsets(text: &str, draft: &Draft) {
    assert_eq!(draft.targets.len(), draft.plan.targets.len());
    let n = text.chars().count();
    for (d, t) in draft.targets.iter().zip(&draft.plan.targets) {
        assert_eq!(d.target, t.id);
        assert!(d.start < d.end && d.end <= n, "{d:?} outside 0..{n}");
        assert_eq!(slice(text, d.start, d.end), t.quote);
        assert!((0.0..=1.0).contains(&d.confidence));
    }
    for u in &draft.unused_numbers {
        assert!(u.start < u.end && u.end <= n);
        assert_eq!(slice(text, u.start, u.end), u.text);
    }
}

fn errors(plan: &Plan) -> Vec<String> {
    plan.validate()
        .into_iter()
        .filter(|p| p.severity == Severity::Error)
        .map(|p| format!("{} {}: {}", p.path, p.code.as_str(), p.message))
        .collect()
}

/// (year, tier, comparator, value, unit) of a target.
type Tuple = (Option<i32>, Option<Tier>, Comparator, f64, MeasureUnit);

/// The tuple of each target, for readable assertions.
fn tuples(plan: &Plan) -> Vec<Tuple> {
    plan.targets
        .iter()
        .map(|t| (t.year, t.tier, t.comparator, t.value, plan.indicator(&t.indicator).unwrap().unit))
        .collect()
}

/// (value, year) of each draft observation: the shape the regression tests on reported figures assert.
fn observation_rows(draft: &Draft) -> Vec<(f64, Option<i32>)> {
    draft.observations.iter().map(|o| (o.value, o.year)).collect()
}

/// A text wrapped at a width as its paragraphs: each run of lines between blank lines joined into one line.
fn unwrapped(text: &str) -> String {
    let paragraphs: Vec<String> = text.split("\n\n").map(|p| p.trim_end().replace('\n', " ")).collect();
    paragraphs.join("\n\n") + "\n"
}

/// (year, comparator, value, unit) of each target: the shape most regression tests assert.
fn target_rows(plan: &Plan) -> Vec<(Option<i32>, Comparator, f64, MeasureUnit)> {
    tuples(plan).into_iter().map(|(y, _, c, v, u)| (y, c, v, u)).collect()
}

#[test]
fn every_seed_meets_the_target_precision_and_recall() {
    for id in bundled::plan_ids() {
        let text = seed(id);
        let draft = extract_plan(&text);
        let reviewed = bundled::plan(id).unwrap();
        let a = agreement(&draft.plan, &reviewed);
        assert!(a.precision >= 0.95, "{id}: precision {a:?}");
        assert!(a.recall >= 0.95, "{id}: recall {a:?}");
        check_offsets(&text, &draft);
        assert_eq!(errors(&draft.plan), Vec::<String>::new(), "{id}");
    }
}

#[test]
fn seeds_indicators_map_to_the_shared_ids() {
    for id in bundled::plan_ids() {
        let draft = extract_plan(&seed(id));
        assert!(draft.plan.indicator("work_files_online").is_some(), "{id}");
        let reviewed = bundled::plan(id).unwrap();
        // Most targets get the reviewed plan's indicator.
        let same = draft
            .plan
            .targets
            .iter()
            .filter(|t| {
                reviewed.targets.iter().any(|r| r.indicator == t.indicator && r.year == t.year && r.value == t.value)
            })
            .count();
        assert!(same as f64 >= 0.9 * reviewed.targets.len() as f64, "{id}: {same} of {}", reviewed.targets.len());
    }
}

#[test]
fn document_metadata_of_the_seeds() {
    let tv = extract_plan(&seed("tra_vinh")).plan;
    assert_eq!(tv.document.number.as_deref(), Some("50/KH-UBND"));
    assert_eq!(tv.document.kind, DocumentKind::Plan);
    assert_eq!(tv.document.signed_on.map(|d| d.to_string()).as_deref(), Some("2022-07-12"));
    assert_eq!((tv.jurisdiction.id.as_str(), tv.jurisdiction.name.as_str()), ("tra_vinh", "Trà Vinh"));
    assert_eq!(tv.document.issuer, "Ủy ban nhân dân tỉnh Trà Vinh");
    assert_eq!((tv.period.from, tv.period.to, tv.period.horizon), (None, 2025, Some(2030)));

    let tn = extract_plan(&seed("tay_ninh_city")).plan;
    assert_eq!(tn.document.number.as_deref(), Some("393/QĐ-UBND"));
    assert_eq!(tn.document.kind, DocumentKind::Decision);
    assert_eq!(tn.document.signed_on.map(|d| d.to_string()).as_deref(), Some("2024-05-11"));
    assert_eq!(tn.document.signer.as_deref(), Some("Trần Văn Chiến"));
    assert_eq!((tn.jurisdiction.kind, tn.jurisdiction.level), (UnitKind::ProvincialCity, Level::District));
    assert_eq!(tn.jurisdiction.parent.as_deref(), Some("tay_ninh"));
    assert_eq!((tn.period.from, tn.period.to, tn.period.horizon), (Some(2023), 2025, Some(2030)));

    // "Ngày 16-3": the year comes from the dateline "Thứ Năm, 18/03/2021".
    let tg = extract_plan(&seed("tien_giang")).plan;
    assert_eq!(tg.document.number.as_deref(), Some("605"));
    assert_eq!(tg.document.kind, DocumentKind::Decision);
    assert_eq!(tg.document.signed_on.map(|d| d.to_string()).as_deref(), Some("2021-03-16"));

    let bd = extract_plan(&seed("binh_dinh_2024")).plan;
    assert_eq!(bd.document.number.as_deref(), Some("33/KH-UBND"));
    assert_eq!(bd.document.signed_on.map(|d| d.to_string()).as_deref(), Some("2024-02-23"));
    assert_eq!((bd.period.from, bd.period.to), (Some(2024), 2024));
    assert!(bd.targets.iter().all(|t| t.year == Some(2024)));

    let ct = extract_plan(&seed("can_tho"));
    assert_eq!((ct.plan.jurisdiction.kind, ct.plan.jurisdiction.level), (UnitKind::CentrallyRunCity, Level::Province));
    assert_eq!(ct.plan.document.number, None);
    assert_eq!(ct.plan.document.signed_on, None);
    assert!(ct.notes.iter().any(|n| n.contains("No document number")));
}

#[test]
fn budgets_of_the_seeds() {
    let tv = extract_plan(&seed("tra_vinh")).plan;
    let b = tv.budget.clone().unwrap();
    assert_eq!(b.total.0, 477_905_000_000);
    assert_eq!(b.lines.len(), 4);
    assert_eq!(b.subtotals.len(), 1);
    assert_eq!(Some(b), bundled::plan("tra_vinh").unwrap().budget);
    let tg = extract_plan(&seed("tien_giang")).plan.budget.unwrap();
    assert_eq!(tg.total.0, 1_060_500_000_000);
    assert_eq!(tg.lines.iter().map(|l| l.amount.0).collect::<Vec<_>>(), [793_000_000_000, 267_500_000_000]);
    assert_eq!(Some(tg), bundled::plan("tien_giang").unwrap().budget);
    assert_eq!(extract_plan(&seed("can_tho")).plan.budget, None);
}

#[test]
fn reporting_calendar_of_tra_vinh() {
    let r = extract_plan(&seed("tra_vinh")).plan.reporting.unwrap();
    assert_eq!(Some(&r), bundled::plan("tra_vinh").unwrap().reporting.as_ref());
    assert_eq!(r.schedules[0].frequency, Frequency::Quarterly);
    assert_eq!((r.schedules[1].month_of_period, r.schedules[1].day), (11, 30));
    assert_eq!(extract_plan(&seed("binh_dinh_2024")).plan.reporting, None);
}

#[test]
fn numbers_that_are_not_targets_are_listed_with_their_reason() {
    let reason = |id: &str, text: &str| {
        extract_plan(&seed(id)).unused_numbers.iter().filter(|u| u.text == text).map(|u| u.reason).collect::<Vec<_>>()
    };
    assert!(reason("tra_vinh", "4").contains(&UnusedReason::ServiceLevel), "mức độ 4");
    assert!(reason("tra_vinh", "15").contains(&UnusedReason::Age), "15 tuổi trở lên");
    assert!(reason("tra_vinh", "01").contains(&UnusedReason::Count), "ít nhất 01 nền tảng");
    assert!(reason("tra_vinh", "477.905").contains(&UnusedReason::Budget));
    assert!(reason("tra_vinh", "20").contains(&UnusedReason::Reporting));
    assert!(reason("binh_dinh_2024", "05").contains(&UnusedReason::Count), "05 giải pháp");
    assert!(reason("tay_ninh_city", "1").contains(&UnusedReason::PlaceName), "Phường 1");
    assert!(reason("can_tho", "4").contains(&UnusedReason::Technology), "4G/5G");
}

#[test]
fn uncertain_readings_say_why() {
    let tv = extract_plan(&seed("tra_vinh"));
    let carried = tv.targets.iter().find(|d| d.target == "work_files_online.2025.district").unwrap();
    assert!(carried
        .reasons
        .iter()
        .any(|r| matches!(r, Uncertainty::ComparatorCarried { comparator: Comparator::AtLeast, words } if words == "Tối thiểu")));
    assert!(carried.confidence < 0.95);
    // "trên 90% hộ gia đình, 100% xã": "trên" is not carried to 100.
    let ct = extract_plan(&seed("can_tho"));
    let i = ct.plan.targets.iter().position(|t| t.value == 100.0 && t.quote.starts_with("100% xã")).unwrap();
    assert_eq!(ct.plan.targets[i].comparator, Comparator::Reach);
    assert!(ct.targets[i].reasons.iter().any(|r| matches!(r, Uncertainty::ComparatorGuessed { .. })));
    // The top-10 ambition stands under no year.
    let rank = ct.plan.targets.iter().position(|t| t.indicator == "dti_rank").unwrap();
    assert_eq!(ct.plan.targets[rank].year, None);
    assert!(ct.targets[rank].reasons.contains(&Uncertainty::YearMissing));
}

#[test]
fn a_draft_round_trips_through_json_and_has_a_schema() {
    let draft = extract_plan(&seed("tra_vinh"));
    let json = serde_json::to_string(&draft).unwrap();
    let back: Draft = serde_json::from_str(&json).unwrap();
    assert_eq!(back, draft);
    let reloaded = Plan::from_json(&draft.plan.to_json()).unwrap().value;
    assert_eq!(reloaded, draft.plan);
    let schema = serde_json::to_string(&schemars::schema_for!(Draft)).unwrap();
    assert!(schema.contains("unmatched_indicator"));
}

// Synthetic plans of other provinces, in other words and with other figures.

const QUANG_NGAI: &str = "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI
Số: 112/KH-UBND
Quảng Ngãi, ngày 5 tháng 9 năm 2023
KẾ HOẠCH
Chuyển đổi số tỉnh Quảng Ngãi giai đoạn 2023 - 2025, định hướng đến năm 2030
I. MỤC TIÊU
1. Mục tiêu cụ thể đến năm 2025
a) Chính quyền số
* Ít nhất 95% hồ sơ công việc cấp tỉnh, 85% hồ sơ công việc cấp huyện và 65% hồ sơ công việc cấp xã được xử lý trên môi trường mạng.
* Khoảng 75% người dân, doanh nghiệp hài lòng về việc giải quyết thủ tục hành chính.
b) Kinh tế số
* Kinh tế số chiếm khoảng 12% GRDP của tỉnh; năng suất lao động tăng bình quân từ 8%/năm trở lên.
c) Xã hội số
* Tỷ lệ dân số trưởng thành có điện thoại thông minh đạt trên 85%.
* Tỷ lệ người dân trong độ tuổi lao động được đào tạo kỹ năng số cơ bản đạt 50%.
2. Mục tiêu đến năm 2030
* 100% hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng.
* Quảng Ngãi thuộc nhóm 25 tỉnh, thành phố dẫn đầu cả nước về chỉ số chuyển đổi số.
II. KINH PHÍ
Tổng kinh phí: 250 tỷ đồng, trong đó:
- Ngân sách tỉnh: 150 tỷ đồng.
- Nguồn xã hội hóa: 100 tỷ đồng.
III. TỔ CHỨC THỰC HIỆN
Các sở, ngành định kỳ 6 tháng (trước ngày 15/6), hàng năm (trước ngày 15/12) báo cáo kết quả gửi về Sở Thông tin và Truyền thông.
";

#[test]
fn a_provincial_plan_with_a_header_budget_and_calendar() {
    let draft = extract_plan(QUANG_NGAI);
    check_offsets(QUANG_NGAI, &draft);
    let p = &draft.plan;
    assert_eq!(errors(p), Vec::<String>::new());
    use Comparator::*;
    use MeasureUnit::*;
    assert_eq!(
        tuples(p),
        [
            (Some(2025), Some(Tier::Province), AtLeast, 95.0, Percent),
            (Some(2025), Some(Tier::District), AtLeast, 85.0, Percent),
            (Some(2025), Some(Tier::Commune), AtLeast, 65.0, Percent),
            (Some(2025), None, About, 75.0, Percent),
            (Some(2025), None, About, 12.0, PercentOfGrdp),
            (Some(2025), None, AtLeast, 8.0, PercentPerYear),
            (Some(2025), None, MoreThan, 85.0, Percent),
            (Some(2025), None, Reach, 50.0, Percent),
            (Some(2030), Some(Tier::Province), Reach, 100.0, Percent),
            (Some(2030), None, AtMost, 25.0, Rank),
        ]
    );
    let ids: Vec<&str> = p.targets.iter().map(|t| t.indicator.as_str()).collect();
    assert_eq!(
        ids,
        [
            "work_files_online",
            "work_files_online",
            "work_files_online",
            "satisfaction_admin_procedures",
            "digital_economy_share_grdp",
            "labour_productivity_growth",
            "adults_with_smartphone",
            "working_age_basic_digital_skills",
            "work_files_online",
            "dti_rank"
        ]
    );
    assert_eq!(p.jurisdiction.id, "quang_ngai");
    assert_eq!(p.jurisdiction.name, "Quảng Ngãi");
    assert_eq!(p.document.number.as_deref(), Some("112/KH-UBND"));
    assert_eq!(p.document.signed_on.map(|d| d.to_string()).as_deref(), Some("2023-09-05"));
    assert_eq!((p.period.from, p.period.to, p.period.horizon), (Some(2023), 2025, Some(2030)));
    let pillars: Vec<&str> = p.pillars.iter().map(|x| x.id.as_str()).collect();
    assert_eq!(pillars, ["digital_government", "digital_economy", "digital_society", "general"]);
    let b = p.budget.as_ref().unwrap();
    assert_eq!(b.total.0, 250_000_000_000);
    assert_eq!(
        b.lines.iter().map(|l| (l.source, l.amount.0)).collect::<Vec<_>>(),
        [(FundingSource::Provincial, 150_000_000_000), (FundingSource::Other, 100_000_000_000)]
    );
    let r = p.reporting.as_ref().unwrap();
    let s: Vec<_> = r.schedules.iter().map(|s| (s.frequency, s.month_of_period, s.day, s.strictly_before)).collect();
    assert_eq!(s, [(Frequency::SemiAnnual, 6, 15, true), (Frequency::Annual, 12, 15, true)]);
    assert_eq!(r.recipient.as_deref(), Some("Sở Thông tin và Truyền thông"));
}

const DA_NANG: &str = "Thứ Ba, 14/03/2023 09:15
Đà Nẵng ban hành Kế hoạch chuyển đổi số năm 2023
Ngày 10-3, UBND thành phố Đà Nẵng ban hành Kế hoạch số 45/KH-UBND về chuyển đổi số thành phố Đà Nẵng năm 2023.
Theo đó, các chỉ tiêu chủ yếu:
Phát triển chính quyền số
100% hồ sơ công việc tại cấp thành phố, 95% hồ sơ công việc tại cấp huyện và 90% hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng.
Tỷ lệ hồ sơ giải quyết thủ tục hành chính trễ hạn dưới 2%.
Phát triển kinh tế số
Tỷ trọng kinh tế số đạt khoảng 20% GRDP.
Phát triển xã hội số
Tối thiểu 70% hộ gia đình có đường Internet cáp quang băng rộng; 90% dân số trưởng thành có điện thoại thông minh.
Thành phố có 5 giải pháp trọng tâm và 3 nhóm nhiệm vụ.
Ý kiến bạn đọc
Xếp hạng: 4 - 12 phiếu bầu
";

#[test]
fn an_annual_plan_of_a_centrally_run_city_from_a_news_report() {
    let draft = extract_plan(DA_NANG);
    check_offsets(DA_NANG, &draft);
    let p = &draft.plan;
    assert_eq!(errors(p), Vec::<String>::new());
    use Comparator::*;
    use MeasureUnit::*;
    assert_eq!(
        tuples(p),
        [
            (Some(2023), Some(Tier::Province), Reach, 100.0, Percent),
            (Some(2023), Some(Tier::District), Reach, 95.0, Percent),
            (Some(2023), Some(Tier::Commune), Reach, 90.0, Percent),
            (Some(2023), None, LessThan, 2.0, Percent),
            (Some(2023), None, About, 20.0, PercentOfGrdp),
            (Some(2023), None, AtLeast, 70.0, Percent),
            (Some(2023), None, Reach, 90.0, Percent),
        ]
    );
    assert_eq!((p.jurisdiction.kind, p.jurisdiction.id.as_str()), (UnitKind::CentrallyRunCity, "da_nang"));
    assert_eq!(p.document.number.as_deref(), Some("45/KH-UBND"));
    assert_eq!(p.document.signed_on.map(|d| d.to_string()).as_deref(), Some("2023-03-10"));
    assert_eq!((p.period.from, p.period.to), (Some(2023), 2023));
    // The late-dossier share is new to the vocabulary: a new id, lower is better, and the reason.
    let late = &p.targets[3];
    assert_eq!(p.indicator(&late.indicator).unwrap().polarity, chitieu::Polarity::LowerIsBetter);
    assert!(draft.targets[3].reasons.iter().any(|r| matches!(r, Uncertainty::UnmatchedIndicator { .. })));
    assert!(draft.unused_numbers.iter().any(|u| u.text == "5" && u.reason == UnusedReason::Count));
    assert_eq!(p.targets[4].indicator, "digital_economy_share_grdp");
    assert_eq!(p.targets[5].indicator, "households_fibre_broadband");
}

const HAU_GIANG: &str = "Kế hoạch số 20/KH-UBND ngày 11/01/2024 của UBND tỉnh Hậu Giang về chuyển đổi số tỉnh Hậu Giang đến năm 2025, định hướng đến năm 2030
Mục tiêu cụ thể
a) Đến năm 2025:
Phấn đấu đạt 80% dịch vụ công trực tuyến phát sinh hồ sơ; giảm 20% thời gian xử lý hồ sơ thủ tục hành chính.
Mật độ thuê bao băng rộng cố định đạt 35 thuê bao/1.000 dân.
Doanh thu thương mại điện tử tăng 25%.
b) Đến năm 2030:
Từ 90% trở lên hồ sơ thủ tục hành chính được xử lý hoàn toàn trực tuyến.
Tổng kinh phí dự kiến khoảng 1.200,5 tỷ đồng.
";

#[test]
fn plain_lines_per_thousand_changes_and_or_more() {
    let draft = extract_plan(HAU_GIANG);
    check_offsets(HAU_GIANG, &draft);
    let p = &draft.plan;
    assert_eq!(errors(p), Vec::<String>::new());
    use Comparator::*;
    use MeasureUnit::*;
    assert_eq!(
        tuples(p),
        [
            (Some(2025), None, Reach, 80.0, Percent),
            (Some(2025), None, Reach, 20.0, PercentReduction),
            (Some(2025), None, Reach, 35.0, PerThousandPeople),
            (Some(2025), None, Reach, 25.0, PercentIncrease),
            (Some(2030), None, AtLeast, 90.0, Percent),
        ]
    );
    assert_eq!(p.targets[0].indicator, "online_services_with_dossiers");
    assert_eq!(p.targets[4].indicator, "admin_records_fully_online");
    assert!(draft.targets[0].reasons.contains(&Uncertainty::Aspiration));
    assert!(draft.targets[3].reasons.iter().any(|r| matches!(r, Uncertainty::UnitGuessed { .. })));
    assert_eq!(p.document.number.as_deref(), Some("20/KH-UBND"));
    assert_eq!(p.document.signed_on.map(|d| d.to_string()).as_deref(), Some("2024-01-11"));
    assert_eq!(p.jurisdiction.name, "Hậu Giang");
    assert_eq!(p.budget.as_ref().map(|b| b.total.0), Some(1_200_500_000_000));
}

#[test]
fn empty_and_odd_texts_give_an_empty_draft() {
    for text in ["", " ", "\n\n", "%%%", "90%", "đạt trên %", "1.000.000.000.000.000.000.000.000.000.000.000%"] {
        let draft = extract_plan(text);
        check_offsets(text, &draft);
    }
    assert!(extract_plan("").plan.targets.is_empty());
}

const FRAGMENTS: [&str; 30] = [
    "Mục tiêu đến năm 2025",
    "b) Đến năm 2030:",
    "- Về chính quyền số",
    "+ Tối thiểu 90% hồ sơ công việc cấp tỉnh, 80% hồ sơ công việc cấp huyện và 60% hồ sơ công việc cấp xã",
    "Kinh tế số chiếm trên 10% GRDP",
    "năng suất lao động tăng bình quân trên 11,5%/năm",
    "nhóm 20 tỉnh",
    "Tổng kinh phí thực hiện: 477.905 triệu đồng, trong đó:",
    "- Ngân sách tỉnh: 140.905 triệu đồng (nguồn vốn đầu tư: 135.935 triệu đồng",
    "định kỳ hàng quý (trước ngày 20 của tháng cuối quý), năm (trước ngày 30/11)",
    "Số: 50/KH-UBND",
    "ngày 12 tháng 7 năm 2022",
    "Ngày 16-3",
    "(",
    ")",
    "%",
    ";",
    ".",
    "\n",
    "Phường 1",
    "từ 15 tuổi trở lên",
    "ạ\u{0301}",
    "Ủy ban nhân dân thành phố",
    "30/2/2024",
    "dưới 5%",
    "giảm 20%",
    "150%",
    "năm 2022 %",
    "Kế hoạch chuyển đổi số tỉnh Hà Nam giai đoạn 2026 - 2021",
    "tỉnh Hà Nam năm 2019",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn arbitrary_text_never_panics_and_offsets_slice_it(text in any::<String>()) {
        let draft = extract_plan(&text);
        check_offsets(&text, &draft);
        prop_assert_eq!(errors(&draft.plan), Vec::<String>::new());
    }

    #[test]
    fn mixes_of_plan_fragments_never_panic(parts in proptest::collection::vec((0..FRAGMENTS.len(), "[ ,0-9%]{0,3}"), 0..30)) {
        let text: String = parts.iter().map(|(i, glue)| format!("{}{glue}", FRAGMENTS[*i])).collect();
        let draft = extract_plan(&text);
        check_offsets(&text, &draft);
        for t in &draft.plan.targets {
            prop_assert!(t.value.is_finite());
        }
        // Whatever the mix, the draft is a valid plan.
        prop_assert_eq!(errors(&draft.plan), Vec::<String>::new(), "{}", text);
    }
}

#[test]
fn the_same_text_drafts_the_same_plan_every_time() {
    // Scores used to be summed in the order of a hash set, which changes from one set to the next: their
    // last digits, and in a near-tie the indicator chosen, could differ between two drafts of one text.
    // Windows of the seed texts' lines give many short texts with weak matches, where it showed.
    let lines: Vec<String> = ["tra_vinh", "can_tho", "tay_ninh_city", "tien_giang", "binh_dinh_2024"]
        .iter()
        .flat_map(|id| {
            let path = format!("{}/../tests/seeds/{id}.txt", env!("CARGO_MANIFEST_DIR"));
            std::fs::read_to_string(path).unwrap().lines().map(str::to_owned).collect::<Vec<_>>()
        })
        .collect();
    for start in (0..lines.len()).step_by(3) {
        let text = lines[start..(start + 6).min(lines.len())].join("\n");
        let first = serde_json::to_string(&chitieu::extract::extract_plan(&text)).unwrap();
        for _ in 0..3 {
            assert_eq!(serde_json::to_string(&chitieu::extract::extract_plan(&text)).unwrap(), first, "{text}");
        }
    }
}

#[test]
fn a_percentage_beyond_its_units_range_is_not_a_target_and_a_range_is_a_doubt() {
    // Regressions (issue 15): "Giảm 2030%" drafted a target of 2030 that failed validation; in "80-90%"
    // the 80 was filed as part of a date.
    let d = chitieu::extract::extract_plan("Đến năm 2025: Giảm 2030% thủ tục hành chính.");
    assert!(d.plan.targets.is_empty(), "{:?}", d.plan.targets);
    assert!(d.unused_numbers.iter().any(|u| u.text == "2030" && u.reason == UnusedReason::ShareAbove100));
    let text = "Đến năm 2025: 80-90% hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng.";
    let d = chitieu::extract::extract_plan(text);
    assert_eq!(d.plan.targets[0].value, 90.0);
    assert!(d.targets[0].reasons.contains(&Uncertainty::Range { low: 80.0, high: 90.0 }), "{:?}", d.targets[0]);
    assert!(d.unused_numbers.iter().any(|u| u.text == "80" && u.reason == UnusedReason::RangeBound));
    assert!(d.plan.validate().is_empty());
}

#[test]
fn a_reporting_day_some_month_lacks_is_not_drafted_as_a_deadline() {
    // Found by the fuzz campaign: "hàng tháng (trước ngày 30)" drafted a calendar that failed validation.
    let text = "Chế độ báo cáo: định kỳ hàng tháng (trước ngày 30) và hàng năm (trước ngày 15/12) gửi về Sở.";
    let d = extract_plan(text);
    let calendar = d.plan.reporting.as_ref().unwrap();
    assert_eq!(calendar.schedules.len(), 1, "{calendar:?}");
    assert_eq!((calendar.schedules[0].day, calendar.schedules[0].month_of_period), (15, 12));
    assert!(d.plan.validate().is_empty(), "{:?}", d.plan.validate());
    assert!(d.unused_numbers.iter().any(|u| u.text == "30"));
}

#[test]
fn a_repeat_against_the_first_readings_direction_is_its_own_target() {
    // Found by the fragments' proptest on CI: "0dưới 5%" reads as a bare 5% (higher is better), the repeat
    // "dưới 5%" then turned the first target's comparator into a ceiling of a higher-is-better indicator.
    let text = "b) Đến năm 2030:0dưới 5%(dưới 5%+ Tối thiểu 90% hồ sơ công việc cấp tỉnh, 80% hồ sơ công việc cấp \
                huyện và 60% hồ sơ công việc cấp xãMục tiêu đến năm 2025";
    let draft = extract_plan(text);
    assert_eq!(errors(&draft.plan), Vec::<String>::new());
    let ceilings: Vec<_> = draft.plan.targets.iter().filter(|t| t.comparator == Comparator::LessThan).collect();
    assert_eq!(ceilings.len(), 1);
    let indicator = draft.plan.indicators.iter().find(|i| i.id == ceilings[0].indicator).unwrap();
    assert_eq!(indicator.polarity, Polarity::LowerIsBetter);
    assert_eq!(ceilings[0].value, 5.0);
}

#[test]
fn a_year_closing_a_heading_before_a_bullet_is_not_a_range() {
    // Found through the Python stub's samples: "NĂM 2024\n- 80%" gave the target a range 2024-80 and set
    // 2024 aside as a range's bound.
    for text in [
        "MỤC TIÊU NĂM 2024\n- 80% hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng",
        "Mục tiêu đến năm 2025.\n- 80% hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng",
    ] {
        let draft = extract_plan(text);
        assert_eq!(draft.plan.targets.len(), 1, "{text}");
        assert_eq!(draft.plan.targets[0].value, 80.0);
        let reasons = &draft.targets[0].reasons;
        assert!(!reasons.iter().any(|r| matches!(r, Uncertainty::Range { .. })), "{text}: {reasons:?}");
        assert!(!draft.unused_numbers.iter().any(|u| u.reason == UnusedReason::RangeBound), "{text}");
    }
}

#[test]
fn a_year_of_another_matter_does_not_date_targets_outside_the_plan() {
    // Found by the fragments' proptest (shrunk): "năm 2019" of a province's name line gave targets a year
    // outside the plan's period, and the draft did not validate (year_out_of_range).
    let text = "- Về chính quyền sốb) Đến năm 2030:Mục tiêu đến năm 2025tỉnh Hà Nam năm 2019 ngày 12 tháng 7 năm \
                2022- Về chính quyền sốPhường 1%Số: 50/KH-UBND+ Tối thiểu 90% hồ sơ công việc cấp tỉnh, 80% hồ sơ \
                công việc cấp huyện và 60% hồ sơ công việc cấp xã";
    let draft = extract_plan(text);
    assert_eq!(errors(&draft.plan), Vec::<String>::new());
    assert!(draft.plan.targets.iter().any(|t| t.value == 90.0));
}

/// (year, tier, comparator, value, indicator) of a target.
type Row = (Option<i32>, Option<Tier>, Comparator, f64, String);

/// The row of each target.
fn rows(plan: &Plan) -> Vec<Row> {
    plan.targets.iter().map(|t| (t.year, t.tier, t.comparator, t.value, t.indicator.clone())).collect()
}

/// The reasons of the draft's target `i`.
fn reasons(draft: &Draft, i: usize) -> &[Uncertainty] {
    &draft.targets[i].reasons
}

#[test]
fn years_are_read_wherever_the_text_states_them() {
    let text = "Hòa Bình đặt mục tiêu kinh tế số chiếm 20% GRDP vào năm 2030\n\
                UBND tỉnh Hòa Bình vừa ban hành Kế hoạch số 12/KH-UBND.\n\
                Theo kế hoạch, năm 2025, tỉnh phấn đấu 100% hồ sơ công việc tại cấp tỉnh được xử lý trên môi trường mạng; tỷ lệ dân số trưởng thành có điện thoại thông minh đạt trên 80%.\n\
                Tỷ lệ hộ gia đình có cáp quang đến năm 2025 và năm 2030 lần lượt đạt 70% và 90%.\n\
                Giai đoạn 2026 - 2030:\n\
                - Tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử đạt 95%.\n";
    let draft = extract_plan(text);
    check_offsets(text, &draft);
    assert_eq!(draft.plan.jurisdiction.id, "hoa_binh");
    let province = Some(Tier::Province);
    assert_eq!(
        rows(&draft.plan),
        vec![
            (Some(2030), None, Comparator::Reach, 20.0, "digital_economy_share_grdp".to_owned()),
            (Some(2025), province, Comparator::Reach, 100.0, "work_files_online".to_owned()),
            (Some(2025), None, Comparator::MoreThan, 80.0, "adults_with_smartphone".to_owned()),
            (Some(2025), None, Comparator::Reach, 70.0, "households_fibre_broadband".to_owned()),
            (Some(2030), None, Comparator::Reach, 90.0, "households_fibre_broadband".to_owned()),
            (Some(2030), None, Comparator::Reach, 95.0, "enterprises_e_contracts".to_owned()),
        ]
    );
    // Said in the figure's own clause: no doubt; said earlier in the line, or a period's end: a doubt.
    assert!(reasons(&draft, 1).iter().all(|r| !matches!(r, Uncertainty::YearFromContext { .. })));
    assert!(reasons(&draft, 2).contains(&Uncertainty::YearFromContext { year: 2025 }));
    assert!(reasons(&draft, 5).contains(&Uncertainty::YearFromContext { year: 2030 }));
    assert!(draft.observations.is_empty());
}

#[test]
fn a_stage_title_and_a_tables_header_date_the_figures() {
    // "giai đoạn 2021-2025" in the title: undated figures are for 2025, a guess said.
    let text = "KẾ HOẠCH\nChuyển đổi số tỉnh Hòa Bình giai đoạn 2021 - 2025\n- 90% hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng.\n";
    let draft = extract_plan(text);
    assert_eq!(rows(&draft.plan)[0].0, Some(2025));
    assert_eq!(reasons(&draft, 0), [Uncertainty::YearGuessed { year: 2025 }]);
    // A headline stating a target dates that target alone.
    let text = "Hòa Bình: kinh tế số chiếm 20% GRDP vào năm 2030\nTỷ lệ dân số trưởng thành có điện thoại thông minh đạt 80%.\n";
    let draft = extract_plan(text);
    assert_eq!(draft.plan.targets.iter().map(|t| t.year).collect::<Vec<_>>(), vec![Some(2030), None]);
    // A table whose header names years, as the Word and web readers give it (cells split by tabs).
    let text = "Kế hoạch chuyển đổi số tỉnh Hòa Bình năm 2024\n\
                STT\tChỉ tiêu\tĐơn vị tính\tThực hiện năm 2023\tNăm 2024\tNăm 2025\n\
                1\tTỷ lệ hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng\t%\t85\t95\t100\n\
                2\tTỷ lệ dân số trưởng thành có điện thoại thông minh\t%\t70\tTrên 80\t95\n";
    let draft = extract_plan(text);
    check_offsets(text, &draft);
    let province = Some(Tier::Province);
    assert_eq!(
        rows(&draft.plan),
        vec![
            (Some(2024), province, Comparator::Reach, 95.0, "work_files_online".to_owned()),
            (Some(2025), province, Comparator::Reach, 100.0, "work_files_online".to_owned()),
            (Some(2024), None, Comparator::MoreThan, 80.0, "adults_with_smartphone".to_owned()),
            (Some(2025), None, Comparator::Reach, 95.0, "adults_with_smartphone".to_owned()),
        ]
    );
    // The column of results holds observations.
    let obs: Vec<_> = draft.observations.iter().map(|o| (o.year, o.value, o.indicator.as_str())).collect();
    assert_eq!(obs, vec![(Some(2023), 85.0, "work_files_online"), (Some(2023), 70.0, "adults_with_smartphone")]);
}

#[test]
fn what_was_reached_is_an_observation_not_a_target() {
    let text = "Cà Mau: Phấn đấu 100% dịch vụ công đủ điều kiện được cung cấp trực tuyến toàn trình\n\
                Ngày 10/5/2024, UBND tỉnh Cà Mau ban hành Kế hoạch số 95/KH-UBND triển khai chuyển đổi số năm 2024.\n\
                Năm 2023, tỉnh đã đạt nhiều kết quả quan trọng: tỷ lệ hồ sơ xử lý trực tuyến đạt 62,5%; 98% hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng.\n\
                Hiện nay, tỉnh đã có 70% xã, phường có điểm phục vụ người dân.\n\
                Doanh thu thương mại điện tử tăng 15% so với cùng kỳ.\n\
                Theo đó, mục tiêu năm 2024: 100% dịch vụ công đủ điều kiện được cung cấp trực tuyến toàn trình; kinh tế số chiếm khoảng 12% GRDP.\n";
    let draft = extract_plan(text);
    check_offsets(text, &draft);
    assert_eq!(
        rows(&draft.plan),
        vec![
            (Some(2024), None, Comparator::Reach, 100.0, "full_online_public_services".to_owned()),
            (Some(2024), None, Comparator::About, 12.0, "digital_economy_share_grdp".to_owned()),
        ]
    );
    let obs: Vec<_> = draft.observations.iter().map(|o| (o.year, o.value)).collect();
    assert_eq!(obs, vec![(Some(2023), 62.5), (Some(2023), 98.0), (Some(2024), 70.0), (Some(2023), 15.0)]);
    // "Năm 2023" opened a line above: a year from context; "hiện nay": the signing year, a guess.
    assert!(draft.observations[3].reasons.contains(&Uncertainty::YearFromContext { year: 2023 }));
    assert!(draft.observations[0].reasons.contains(&Uncertainty::YearFromContext { year: 2023 }));
    assert!(draft.observations[2].reasons.contains(&Uncertainty::YearGuessed { year: 2024 }));
    assert_eq!(draft.observations[1].indicator, "work_files_online");
}

#[test]
fn two_tiers_after_july_2025_and_places_are_no_tier() {
    let text = "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG\nSố: 210/KH-UBND\nLâm Đồng, ngày 20 tháng 8 năm 2025\nKẾ HOẠCH\n\
                Chuyển đổi số tỉnh Lâm Đồng năm 2026\n\
                - 100% hồ sơ công việc tại cấp tỉnh và 95% hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng.\n\
                - 100% xã, phường, đặc khu có hạ tầng cáp quang băng rộng.\n\
                - 100% đơn vị hành chính cấp xã được phủ sóng di động 5G.\n\
                - Tỷ lệ thôn, tổ dân phố có sóng di động đạt 100%.\n\
                - 100% Ủy ban nhân dân cấp xã có hệ thống truyền thanh thông minh.\n";
    let draft = extract_plan(text);
    check_offsets(text, &draft);
    let tiers: Vec<_> = draft.plan.targets.iter().map(|t| (t.tier, t.value)).collect();
    assert_eq!(
        tiers,
        vec![
            (Some(Tier::Province), 100.0),
            (Some(Tier::Commune), 95.0),
            (None, 100.0),
            (None, 100.0),
            (None, 100.0),
            (Some(Tier::Commune), 100.0),
        ]
    );
    assert!(draft.plan.targets.iter().all(|t| t.tier != Some(Tier::District)));
    // Communes and wards are not villages.
    assert_eq!(draft.plan.targets[2].indicator, "communes_fibre_broadband");
    assert_ne!(draft.plan.targets[4].indicator, "communes_fibre_broadband");
    assert_eq!(draft.plan.targets[5].indicator, "communes_smart_radio");
}

#[test]
fn drafted_indicators_are_the_catalogues_and_new_ones_are_named_by_their_noun_phrase() {
    let catalogue = bundled::catalogue().unwrap();
    let text = "Kế hoạch chuyển đổi số tỉnh Hòa Bình năm 2025\n\
                - Tỷ lệ người dân, doanh nghiệp sử dụng dịch vụ công trực tuyến đạt 80%.\n\
                - 100% người dân, doanh nghiệp sử dụng dịch vụ công trực tuyến được định danh và xác thực điện tử thông suốt.\n\
                - Tỷ lệ giao dịch không dùng tiền mặt đạt 80%.\n\
                - Phấn đấu 70% nhà văn hóa thôn có wifi miễn phí.\n";
    let draft = extract_plan(text);
    let ids: Vec<&str> = draft.plan.targets.iter().map(|t| t.indicator.as_str()).collect();
    // Using online public services is not electronic identity.
    assert_eq!(
        ids,
        vec![
            "online_public_services_use",
            "users_unified_eid",
            "cashless_transactions",
            "nha_van_hoa_thon_wifi_mien_phi"
        ]
    );
    for id in &ids[..3] {
        let (drafted, known) = (draft.plan.indicator(id).unwrap(), catalogue.indicator(id).unwrap());
        assert_eq!(
            (&drafted.name_vi, &drafted.name_en, drafted.unit, drafted.polarity, &drafted.pillar),
            (&known.name_vi, &known.name_en, known.unit, known.polarity, &known.pillar)
        );
        assert_eq!(drafted.kind(), known.kind);
    }
    let new = draft.plan.indicator(ids[3]).unwrap();
    assert_eq!(new.name_vi, "tỷ lệ nhà văn hóa thôn có wifi miễn phí");
    assert!(reasons(&draft, 3).iter().any(|r| matches!(r, Uncertainty::UnmatchedIndicator { .. })));
    // The plan's pillars are the catalogue's.
    assert!(draft.plan.pillars.iter().all(|p| catalogue.pillar(&p.id).is_some()));
    assert_eq!(errors(&draft.plan), Vec::<String>::new());
}

#[test]
fn the_nations_targets_quoted_are_not_the_provinces() {
    let text =
        "Chương trình Chuyển đổi số quốc gia đặt mục tiêu đến năm 2025, 80% dịch vụ công trực tuyến toàn trình.\n\
                Theo Nghị quyết số 57-NQ/TW, đến năm 2030 kinh tế số đạt 30% GDP.\n\
                Thực hiện Chương trình, tỉnh Hòa Bình phấn đấu đến năm 2025, 70% dịch vụ công trực tuyến toàn trình.\n";
    let draft = extract_plan(text);
    let values: Vec<f64> = draft.plan.targets.iter().map(|t| t.value).collect();
    assert_eq!(values, vec![70.0]);
    let national = draft.unused_numbers.iter().filter(|u| u.reason == UnusedReason::National).count();
    assert_eq!(national, 2);
}

#[test]
fn with_no_date_the_first_objective_year_parts_past_statements_from_a_roadmap() {
    // No signing date, no dateline: the first year an objective is set for (2025) is the reference, for
    // figures their own clause dates; a roadmap's year sections stay targets.
    let text = "Tỉnh đặt mục tiêu đến năm 2025, 90% hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng.\n\
                Năm 2024, tỷ lệ dân số trưởng thành có điện thoại thông minh đạt 72%.\n\
                Năm 2024:\n- Tỷ lệ hộ gia đình có cáp quang đạt 70%.\n";
    let draft = extract_plan(text);
    let targets: Vec<_> = draft.plan.targets.iter().map(|t| (t.year, t.value)).collect();
    assert_eq!(targets, vec![(Some(2025), 90.0), (Some(2024), 70.0)]);
    let obs: Vec<_> = draft.observations.iter().map(|o| (o.year, o.value)).collect();
    assert_eq!(obs, vec![(Some(2024), 72.0)]);
}

#[test]
fn a_cooperative_is_no_commune() {
    // Regression (seen in a check of unknown indicators): "xã" of "hợp tác xã" named the indicator
    // `hop_tac_communes_...`.
    let draft = extract_plan("Phấn đấu đến năm 2025, 50% hợp tác xã nông nghiệp ứng dụng công nghệ số.\n");
    let t = &draft.plan.targets[0];
    assert_eq!((t.year, t.tier, t.value), (Some(2025), None, 50.0));
    assert_eq!(t.indicator, "cooperatives_agriculture_using_digital_technology");
    assert_eq!(
        draft.plan.indicator(&t.indicator).unwrap().name_vi,
        "tỷ lệ hợp tác xã nông nghiệp ứng dụng công nghệ số"
    );
}

#[test]
fn a_roadmaps_earlier_year_is_a_target_and_a_bare_year_keeps_the_indicator() {
    // Regression (the corpus's development half): with no signing date, "năm 2025 đạt 80%" in a roadmap
    // whose title sets 2030 was read as a report of 2025, though its objectives name 2025 too; and
    // "năm 2030 đạt 95%" after it got an indicator of its own (`indicator_percent`).
    let draft = extract_plan(
        "Phấn đấu đến năm 2030, tỷ trọng kinh tế số đạt 30% GRDP\n\
         Mục tiêu cụ thể: tỷ trọng kinh tế số năm 2025 đạt 20%, năm 2030 đạt 30%.\n\
         Tỷ lệ dân số trưởng thành có điện thoại thông minh năm 2025 đạt 80%, năm 2030 đạt 95%.\n",
    );
    assert!(draft.observations.is_empty(), "{:?}", draft.observations);
    let targets: Vec<_> = draft.plan.targets.iter().map(|t| (t.year, t.value, t.indicator.as_str())).collect();
    assert_eq!(
        &targets[2..],
        [(Some(2025), 80.0, "adults_with_smartphone"), (Some(2030), 95.0, "adults_with_smartphone")]
    );
    // The headline's "30% GRDP" of 2030 and the objectives' "năm 2030 đạt 30%" are one target (since the headline
    // rule of dong_nai_kinh_te_so_2025, a share said with or without "GRDP"); the objectives' 2025 figure follows.
    assert_eq!((targets[0].0, targets[0].1), (Some(2030), 30.0));
    assert_eq!((targets[1].0, targets[1].1), (Some(2025), 20.0));
}

#[test]
fn the_committee_issuing_the_plan_is_no_tier() {
    // Regression (the corpus's development half): "UBND tỉnh vừa ban hành kế hoạch ..., trong đó phấn đấu
    // nằm trong top 10 tỉnh" gave the rank the province tier and an id made of the preamble's words.
    let draft = extract_plan(
        "UBND tỉnh vừa ban hành kế hoạch chuyển đổi số năm 2025 với nhiều chỉ tiêu, trong đó phấn đấu nằm trong \
         top 10 tỉnh, thành phố dẫn đầu cả nước về chuyển đổi số.\n",
    );
    let t = &draft.plan.targets[0];
    assert_eq!((t.year, t.tier, t.comparator, t.value), (Some(2025), None, Comparator::AtMost, 10.0));
    assert_eq!(t.indicator, "dti_rank");
    assert!(t.quote.starts_with("phấn đấu nằm trong top 10"), "{}", t.quote);
    let draft = extract_plan("UBND tỉnh ban hành kế hoạch với mục tiêu 90% hồ sơ được xử lý trực tuyến năm 2025.\n");
    assert_eq!(draft.plan.targets[0].tier, None);
}

#[test]
fn a_resolutions_floor_place_and_term() {
    // Regression (the corpus's development half): "đạt 10,71% trở lên" was a figure to reach, "xếp hạng
    // 15/34" no figure, "chỉ số ... cấp tỉnh" (an index's name) a tier; "nhiệm kỳ 2025-2030, ... đề ra 12 chỉ
    // tiêu" gave no year, and "so với năm 2025" or "chuẩn nghèo ... giai đoạn 2021 - 2025" gave 2025.
    let draft = extract_plan(
        "Năm 2026, tỉnh phấn đấu thực hiện đạt một số chỉ tiêu chủ yếu: tăng trưởng kinh tế đạt 10,71% trở lên; \
         chỉ số năng lực cạnh tranh cấp tỉnh (PCI) xếp hạng 15/34 trên cả nước.\n",
    );
    let unit = |id: &str| draft.plan.indicator(id).map(|i| i.unit);
    let rows: Vec<_> =
        draft.plan.targets.iter().map(|t| (t.year, t.tier, t.comparator, t.value, unit(&t.indicator))).collect();
    assert_eq!(
        rows,
        [
            (Some(2026), None, Comparator::AtLeast, 10.71, Some(MeasureUnit::PercentPerYear)),
            (Some(2026), None, Comparator::Reach, 15.0, Some(MeasureUnit::Rank)),
        ]
    );
    let draft = extract_plan(
        "Nhiệm kỳ 2025-2030, Đảng bộ xã đề ra 12 chỉ tiêu cụ thể: tỷ lệ dân số tham gia bảo hiểm y tế đạt 99,2%; \
         thu nhập bình quân đầu người đến năm 2030 so với năm 2025 tăng 31,6%; tỷ lệ hộ nghèo giảm bình quân \
         mỗi năm 2,1% (theo chuẩn nghèo đa chiều giai đoạn 2021 - 2025).\n",
    );
    let rows: Vec<_> = draft.plan.targets.iter().map(|t| (t.year, t.value)).collect();
    assert_eq!(rows, [(Some(2030), 99.2), (Some(2030), 31.6), (Some(2030), 2.1)]);
}

#[test]
fn an_annual_plan_named_in_a_news_items_text_dates_its_figures() {
    // Regression (the corpus's development half): "Theo Kế hoạch Chuyển đổi số tỉnh Phú Yên năm 2024 vừa được
    // UBND tỉnh ban hành, mục tiêu ..." in a news item without a title line left every target without a year.
    let draft = extract_plan(
        "Phấn đấu đạt 60% hồ sơ thủ tục hành chính được xử lý hoàn toàn trên môi trường mạng\n\
         Theo Kế hoạch Chuyển đổi số tỉnh Phú Yên năm 2024 vừa được UBND tỉnh ban hành, mục tiêu phấn đấu đạt 60% \
         hồ sơ thủ tục hành chính được xử lý hoàn toàn trên môi trường mạng; 70% hồ sơ công việc tại cấp huyện \
         được xử lý trên môi trường mạng.\n",
    );
    let rows: Vec<_> = draft.plan.targets.iter().map(|t| (t.year, t.tier, t.value)).collect();
    assert_eq!(rows, [(Some(2024), None, 60.0), (Some(2024), Some(Tier::District), 70.0)]);
    assert_eq!(draft.plan.document.title, "Kế hoạch Chuyển đổi số tỉnh Phú Yên năm 2024");
}

#[test]
fn an_amount_to_reach_is_a_target_in_dong_and_a_subject_that_strives_no_indicator() {
    // Regression (the corpus's development half): "GRDP ... đạt 352.035 tỷ đồng" was a number without a
    // unit, and the words of "Ban Chấp hành Đảng bộ tỉnh phấn đấu" made the headline's indicator, so the
    // headline was not one target with the body's. Costs ("kinh phí") and "đồng chí" are no targets.
    let draft = extract_plan(
        "Năm 2026, Ban Chấp hành Đảng bộ tỉnh phấn đấu GRDP theo giá hiện hành đạt 352.035 tỷ đồng\n\
         Năm 2026, Ban Chấp hành Đảng bộ tỉnh phấn đấu thực hiện các chỉ tiêu: GRDP theo giá hiện hành đạt \
         352.035 tỷ đồng; GRDP bình quân đầu người đạt 95,14 triệu đồng/người/năm; kinh phí hỗ trợ doanh nghiệp \
         đạt 120 tỷ đồng; 3 đồng chí đạt danh hiệu chiến sĩ thi đua.\n",
    );
    let unit = |id: &str| draft.plan.indicator(id).map(|i| i.unit);
    let rows: Vec<_> = draft
        .plan
        .targets
        .iter()
        .map(|t| (t.indicator.as_str(), t.year, t.comparator, t.value, unit(&t.indicator)))
        .collect();
    assert_eq!(
        rows,
        [
            ("grdp_gia_hien_hanh", Some(2026), Comparator::Reach, 352_035e9, Some(MeasureUnit::Dong)),
            ("grdp_binh_quan_dau_nguoi", Some(2026), Comparator::Reach, 95.14e6, Some(MeasureUnit::Dong)),
        ]
    );
    assert_eq!(
        draft.plan.indicator("grdp_binh_quan_dau_nguoi").map(|i| i.name_vi.as_str()),
        Some("GRDP bình quân đầu người")
    );
}

#[test]
fn a_news_item_that_wants_nothing_and_reports_results_has_no_targets() {
    // Regression (the corpus's development half): an article on what a province reached, with no objective
    // anywhere ("Hiện nay ... đã được đầu tư"; "Khánh Hòa đạt 100% văn bản ..."), gave its figures as targets.
    let draft = extract_plan(
        "Hiện nay, hạ tầng công nghệ thông tin của tỉnh đã được đầu tư tương đối đồng bộ.\n\
         Khánh Hòa đạt 100% văn bản hành chính được phát hành dưới dạng điện tử.\n\
         Tỉ lệ sử dụng chữ ký số công vụ đạt 98%.\n",
    );
    assert!(draft.plan.targets.is_empty());
    assert_eq!(observation_rows(&draft), [(100.0, None), (98.0, None)]);
    assert!(draft.observations.iter().all(|o| o.reasons.contains(&Uncertainty::YearMissing)));
}

#[test]
fn a_table_flattened_to_one_cell_per_line_gives_its_targets_and_results() {
    // Regression (the corpus's development half): a plan's table of last year's targets and results,
    // copied from a web page one cell per line, gave every figure as a report and no target.
    let draft = extract_plan(FLATTENED_TABLE);
    let targets: Vec<_> = draft
        .plan
        .targets
        .iter()
        .map(|t| (t.indicator.as_str(), t.year, t.tier.map(|t| t.as_str()), t.value))
        .collect();
    assert_eq!(
        targets,
        [
            ("online_services_with_dossiers", Some(2023), None, 30.0),
            ("work_files_online", Some(2023), Some("province"), 97.0),
            ("work_files_online", Some(2023), Some("commune"), 80.0),
        ]
    );
    let reached: Vec<_> = draft.observations.iter().map(|o| (o.indicator.as_str(), o.year, o.value)).collect();
    assert_eq!(
        reached,
        [
            ("online_services_with_dossiers", Some(2023), 75.3),
            ("work_files_online", Some(2023), 97.0),
            ("work_files_online", Some(2023), 78.0),
        ]
    );
}

const FLATTENED_TABLE: &str = "Tình hình thực hiện các chỉ tiêu năm 2023\n\nMục tiêu/Chỉ tiêu\n\nĐề ra năm 2023\n\n\
    Kết quả thực hiện\n\nĐánh giá\n\na) Chính quyền số\n\n \n\n\
    - Tỷ lệ hồ sơ trực tuyến phát sinh của từng dịch vụ công trực tuyến\n\n30%\n\n75,3%\n\nVượt\n\n\
    - Tỷ lệ văn bản, hồ sơ công việc được xử lý trên môi trường mạng\n\n+ Cấp tỉnh\n\n \n\n97%\n\n \n\n97%\n\nĐạt\n\n\
    + Cấp xã\n\n(trừ hồ sơ mật)\n\n80%\n\n78%\n\nKhông đạt\n\nII. NHIỆM VỤ NĂM 2024\n";

#[test]
fn a_period_or_a_sentence_dates_the_figures_after_it_and_a_headline_after_a_date_line_is_said_again() {
    // Regression (the corpus's development half): "thời kỳ 2021-2030" and a sentence opening with "Đến năm
    // 2030" inside a line did not date the figures after them (the earlier "đến năm 2025" did), and the
    // headline below a web page's date line was drafted again from the body, under an id made of "vào".
    let draft = extract_plan(
        "Kinh tế 15:58 12/02/2023\n\nGRDP bình quân đầu người phấn đấu đạt 170 triệu đồng vào năm 2030\n\n\
         Theo chương trình, phấn đấu đến năm 2025 tỉnh đạt chuẩn nông thôn mới. Tốc độ tăng trưởng kinh tế bình quân \
         thời kỳ 2021-2030 đạt trên 9%/năm. Đến năm 2030 trở thành tỉnh khá. GRDP bình quân đầu người trên địa bàn \
         Hà Tĩnh đạt 170 triệu đồng/năm; tỷ lệ đô thị hóa đạt trên 45%.\n",
    );
    let rows: Vec<_> =
        draft.plan.targets.iter().map(|t| (t.indicator.as_str(), t.year, t.comparator, t.value)).collect();
    assert_eq!(
        rows,
        [
            ("grdp_binh_quan_dau_nguoi", Some(2030), Comparator::Reach, 170e6),
            ("toc_do_tang_truong_kinh_te_binh_quan", Some(2030), Comparator::MoreThan, 9.0),
            ("do_thi_hoa", Some(2030), Comparator::MoreThan, 45.0),
        ]
    );
}

#[test]
fn a_plan_carried_out_dates_the_figures_and_a_range_of_levels_is_no_tier() {
    // Regression (the corpus's development half): a commune's plan that carries out a district's plan "năm
    // 2025", named by its number, date and issuer, left its figures without a year; "từ cấp tỉnh đến cấp xã"
    // was read as the province tier and as "tính đến" (as of), which made the next figure a report; the
    // figure's words were "tại UBND cấp xã" instead of "tỷ lệ hồ sơ trực tuyến toàn trình".
    let draft = extract_plan(
        "Thực hiện Kế hoạch số 29/KH-UBND ngày 10/02/2025 của UBND huyện Vĩnh Linh về việc đẩy mạnh sử dụng dịch vụ công \
         trực tuyến và nâng cao tỷ lệ hồ sơ trực tuyến toàn trình trên địa bàn huyện Vĩnh Linh năm 2025; UBND xã xây dựng \
         Kế hoạch số 25/KH-UBND.\nTheo kế hoạch, 100% cơ quan nhà nước từ cấp tỉnh đến cấp xã kết nối mạng truyền số liệu \
         chuyên dùng. Bên cạnh đó, tỷ lệ hồ sơ trực tuyến toàn trình phải đạt ít nhất 65% tại UBND cấp xã.\n",
    );
    let rows: Vec<_> = draft
        .plan
        .targets
        .iter()
        .map(|t| (t.indicator.as_str(), t.year, t.tier.map(|t| t.as_str()), t.comparator, t.value))
        .collect();
    assert_eq!(
        rows,
        [
            ("co_quan_nha_nuoc_ket_noi_mang_truyen_so_lieu", Some(2025), None, Comparator::Reach, 100.0),
            ("records_online_full", Some(2025), Some("commune"), Comparator::AtLeast, 65.0),
        ]
    );
    assert!(draft.observations.is_empty());
}

#[test]
fn a_rank_is_of_what_its_group_is_ranked_by() {
    // Regression (the corpus's development half): "nằm trong nhóm 20 tỉnh, thành phố có tổng sản phẩm trên
    // địa bàn cao nhất" (a rank of GRDP) was matched to the DTI's rank through the clause's other words.
    let draft = extract_plan(
        "Kế hoạch năm 2030\n\
         Đến năm 2030 trở thành tỉnh khá, nằm trong nhóm 20 tỉnh, thành phố có tổng sản phẩm trên địa bàn cao nhất cả nước.\n",
    );
    let rows: Vec<_> =
        draft.plan.targets.iter().map(|t| (t.indicator.as_str(), t.year, t.comparator, t.value)).collect();
    assert_eq!(rows, [("tong_san_pham_dia_ban", Some(2030), Comparator::AtMost, 20.0)]);
    assert_eq!(draft.plan.indicator("tong_san_pham_dia_ban").map(|i| i.unit), Some(MeasureUnit::Rank));
}

#[test]
fn years_past_report_and_a_range_with_its_units_is_one_figure_and_the_economys_investment_no_budget() {
    // Regression (the corpus's development half, bac_lieu): "Trong nhiều năm qua ... bình quân đạt 7,16%/năm"
    // was a target; "tăng 10% – 11%/năm" two targets; "tổng vốn đầu tư toàn xã hội đạt 60.000 – 65.000 tỷ
    // đồng" (the economy's investment) the plan's budget, and then the capital registered by investors; the
    // words before "với tỉ lệ đô thị hóa" named the urbanisation rate.
    let draft = extract_plan(
        "Trong nhiều năm qua, kinh tế Bạc Liêu luôn đạt mức tăng trưởng nhanh và bền vững, giai đoạn 2016 – 2020 bình \
         quân đạt 7,16%/năm, riêng năm 2019 đạt hơn 10%.\n\n\
         Bạc Liêu phấn đấu đạt tốc độ tăng trưởng kinh tế giai đoạn 2021-2025 tăng 10% – 11%/năm; tổng vốn đầu tư toàn \
         xã hội đạt 60.000 – 65.000 tỷ đồng và trở thành đô thị loại I vào năm 2025 với tỉ lệ đô thị hóa khoảng 45%.\n\n\
         Dự án trong nước, với tổng vốn đăng ký đầu tư 46.106,39 tỷ đồng.\n",
    );
    assert_eq!(
        tuples(&draft.plan),
        [
            (Some(2025), None, Comparator::Reach, 11.0, MeasureUnit::PercentPerYear),
            (Some(2025), None, Comparator::Reach, 65e12, MeasureUnit::Dong),
            (Some(2025), None, Comparator::About, 45.0, MeasureUnit::Percent),
        ]
    );
    assert_eq!(draft.plan.targets[2].indicator, "do_thi_hoa");
    let ranges: Vec<_> = draft
        .targets
        .iter()
        .flat_map(|t| &t.reasons)
        .filter_map(|r| match r {
            Uncertainty::Range { low, high } => Some((*low, *high)),
            _ => None,
        })
        .collect();
    assert_eq!(ranges, [(10.0, 11.0), (60e12, 65e12)]);
    assert!(draft.plan.budget.is_none());
    let obs: Vec<_> = draft.observations.iter().map(|o| (o.year, o.value)).collect();
    assert_eq!(obs, [(Some(2020), 7.16), (Some(2019), 10.0)]);
    // A figure naming only its year takes the previous figure's indicator when its unit agrees, not a share
    // of GDP after a plain share: the headline and the body's 2030 figure stay one target.
    let draft = extract_plan(
        "Phấn đấu đến năm 2030, tỷ trọng kinh tế số đạt 25-30% GDP\n\n\
         Kế hoạch xác định: Tỷ trọng kinh tế số năm 2025 đạt 15-20%, năm 2030 đạt 25-30% GDP.\n",
    );
    let rows: Vec<_> = draft.plan.targets.iter().map(|t| (t.year, t.value)).collect();
    assert_eq!(rows, [(Some(2030), 30.0), (Some(2025), 20.0)]);
}

#[test]
fn a_quarters_deadline_dates_the_figures_and_an_amount_above_a_floor_is_a_target() {
    // Regression (the corpus's development half, ho_chi_minh_cong_dan_so and tuyen_quang_dai_hoi): "Giai đoạn 1
    // hoàn thành trong quý 2-2026" gave its figures no year (a quarter's year was no year, and the one after
    // "quý 3 năm" was read as a date's); "tổng vốn đầu tư toàn xã hội trên 75.000 tỷ đồng", with a comparator
    // and no "đạt", was no figure.
    let draft = extract_plan(
        "Giai đoạn 1 hoàn thành trong quý 2-2026, đảm bảo cơ bản 100% công dân đủ điều kiện được cấp tài khoản định \
         danh điện tử.\n\nĐảm bảo cơ bản 100% hộ gia đình có ít nhất 1 thiết bị thông minh.\n\n\
         Đến năm 2030, tổng vốn đầu tư toàn xã hội trên 75.000 tỷ đồng.\n",
    );
    assert_eq!(
        tuples(&draft.plan),
        [
            (Some(2026), None, Comparator::Reach, 100.0, MeasureUnit::Percent),
            (Some(2026), None, Comparator::Reach, 100.0, MeasureUnit::Percent),
            (Some(2030), None, Comparator::MoreThan, 75e12, MeasureUnit::Dong),
        ]
    );
    // Work already done in a quarter reports it.
    let draft = extract_plan("Tỉnh đã hoàn thành trong quý 2-2024 việc cấp tài khoản cho 90% người dân.\n");
    assert!(draft.plan.targets.is_empty(), "{:?}", draft.plan.targets);
}

#[test]
fn a_centrally_run_citys_agencies_are_its_tier() {
    // Regression (the corpus's development half, hai_phong_2022): "60% hồ sơ công việc tại các cơ quan thành phố"
    // had no tier (its words were the ninth and tenth after the figure, beyond the window of nine, and "cơ quan
    // thành phố" was no tier's name), beside "tại cấp huyện" and "tại cấp xã".
    let draft = extract_plan(
        "TP.Hải Phòng đặt mục tiêu đến năm 2025: 60% hồ sơ công việc tại các cơ quan thành phố, 50% hồ sơ công việc tại \
         cấp huyện và 30% hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng.\n",
    );
    assert_eq!(
        tuples(&draft.plan),
        [
            (Some(2025), Some(Tier::Province), Comparator::Reach, 60.0, MeasureUnit::Percent),
            (Some(2025), Some(Tier::District), Comparator::Reach, 50.0, MeasureUnit::Percent),
            (Some(2025), Some(Tier::Commune), Comparator::Reach, 30.0, MeasureUnit::Percent),
        ]
    );
}

/// A Party congress's list with quantities beyond percentages and a year after each figure
/// (ho_chi_minh_dai_hoi_2020, lai_chau, phuong_duc_xuan_thai_nguyen, nhu_xuan_thanh_hoa, bac_ninh_dai_hoi: the
/// corpus's development half); the same text in the Python and JavaScript tests.
const QUANTITIES: &str = "Các chỉ tiêu phát triển chủ yếu nhiệm kỳ 2020 – 2025:\n\n\
    (1). Phấn đấu kinh tế số đóng góp khoảng 25% đến năm 2025, 40% đến năm 2030 trong GRDP.\n\n\
    (2). GRDP bình quân đầu người đạt từ 8.500 - 9.000 USD/người.\n\n\
    (3). Tuổi thọ trung bình trên 76 tuổi; diện tích cây chè 10.000 ha; sản lượng lương thực trên 226.000 tấn.\n\n\
    (4). Thành lập mới 5 hợp tác xã; tỷ lệ số xã đạt chuẩn nông thôn mới đạt 50% (8 xã).\n\n\
    (5). Đại hội có 449 đại biểu đại diện cho hơn 156.000 đảng viên.\n";

#[test]
fn quantities_in_dollars_hectares_tonnes_years_and_counts_are_targets() {
    // Regression: amounts in US dollars, areas, tonnages, life expectancy and things counted were not drafted;
    // "40% đến năm 2030" took the 2025 said before it, and its 2030 passed to the next items; a range's "đạt từ"
    // did not set an amount to reach; a count in brackets after a share said it again; the members a congress's
    // delegates represent are no target.
    let draft = extract_plan(QUANTITIES);
    let rows = target_rows(&draft.plan);
    assert_eq!(
        rows,
        [
            (Some(2025), Comparator::About, 25.0, MeasureUnit::Percent),
            (Some(2030), Comparator::About, 40.0, MeasureUnit::Percent),
            (Some(2025), Comparator::Reach, 9000.0, MeasureUnit::Usd),
            (Some(2025), Comparator::MoreThan, 76.0, MeasureUnit::Years),
            (Some(2025), Comparator::Reach, 10_000.0, MeasureUnit::Hectare),
            (Some(2025), Comparator::MoreThan, 226_000.0, MeasureUnit::Tonne),
            (Some(2025), Comparator::Reach, 5.0, MeasureUnit::Count),
            (Some(2025), Comparator::Reach, 50.0, MeasureUnit::Percent),
        ]
    );
    let ids: Vec<_> = draft.plan.targets.iter().map(|t| t.indicator.as_str()).collect();
    assert_eq!(
        ids[2..7],
        [
            "grdp_binh_quan_dau_nguoi",
            "tuoi_tho",
            "dien_tich_cay_che",
            "san_luong_luong_thuc",
            "thanh_lap_moi_hop_tac_xa"
        ]
    );
}

#[test]
fn a_congress_the_news_opens_on_dates_its_undated_targets() {
    // Regression (xa_hoa_hoi_ho_chi_minh, a development text): the congress's targets said with no year had none;
    // they take the end of the term the news opens on, a guess said.
    let draft = extract_plan(
        "Sáng 16-8, Đảng bộ xã Hòa Hội tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030.\n\nNhóm chỉ tiêu \
         kinh tế phấn đấu đảm bảo cơ cấu các ngành thương mại-dịch vụ 30%, công nghiệp 10%, nông nghiệp 60%; thu \
         nhập bình quân đầu người đến năm 2030, đạt 90 triệu đồng/người/năm.\n",
    );
    let rows: Vec<_> = draft.plan.targets.iter().map(|t| (t.year, t.value)).collect();
    assert_eq!(rows, [(Some(2030), 30.0), (Some(2030), 10.0), (Some(2030), 60.0), (Some(2030), 9e7)]);
    let guessed = |i: usize| draft.targets[i].reasons.contains(&Uncertainty::YearGuessed { year: 2030 });
    assert_eq!((0..4).map(guessed).collect::<Vec<_>>(), [true, true, true, false]);
}

/// A commune congress's news: the term just past reported, the next term's targets (xa_hoa_phong_da_nang,
/// an_giang_dai_hoi, ho_chi_minh_dang_bo_ubnd, lang_son_cds_2025: the corpus's development half); the same text in
/// the Python and JavaScript tests.
const CONGRESS: &str = "Sáng 22-5, Đảng bộ xã Hòa Phong tổ chức Đại hội Đảng bộ lần thứ XIV, nhiệm kỳ 2020-2025.\n\n\
    Nhiệm kỳ vừa qua, Đảng bộ xã hoàn thành các chỉ tiêu phát triển kinh tế - xã hội, bảo đảm quốc phòng - an ninh. \
    Tổng giá trị sản xuất đạt 759 tỷ đồng, tăng bình quân hằng năm 15,6%.\n\n\
    Đại hội đề ra các chỉ tiêu: vốn đầu tư toàn xã hội gần 650.000 tỷ đồng; GRDP bình quân đầu người đạt hơn 6.300 \
    USD/năm trở lên (khoảng 166 triệu đồng); chỉ số đổi mới sáng tạo nằm trong top 20 cả nước; số căn hộ nhà ở xã \
    hội tăng thêm 199.400 căn; nâng tỷ lệ tái sử dụng hồ sơ đã được số hóa đạt 50%.\n";

#[test]
fn the_term_just_past_is_reported_and_the_next_terms_targets_read() {
    // Regression: "nhiệm kỳ vừa qua" did not report, and "bảo đảm quốc phòng" in its account wanted the figures
    // after it; reports with no year took none (now the term's start, a guess); "gần" set no amount; an amount in
    // brackets said the dollars again; "top 20 cả nước" was no rank; dwellings ("căn") were not counted; "đã được
    // số hóa" inside a rate's name reported the rate.
    let draft = extract_plan(CONGRESS);
    let rows = target_rows(&draft.plan);
    assert_eq!(
        rows,
        [
            (Some(2025), Comparator::About, 650e12, MeasureUnit::Dong),
            (Some(2025), Comparator::MoreThan, 6300.0, MeasureUnit::Usd),
            (Some(2025), Comparator::AtMost, 20.0, MeasureUnit::Rank),
            (Some(2025), Comparator::Reach, 199_400.0, MeasureUnit::Count),
            (Some(2025), Comparator::Reach, 50.0, MeasureUnit::Percent),
        ]
    );
    let reports: Vec<_> = draft.observations.iter().map(|o| (o.year, o.value)).collect();
    assert_eq!(reports, [(Some(2020), 759e9), (Some(2020), 15.6)]);
    assert!(draft.observations[0].reasons.contains(&Uncertainty::YearGuessed { year: 2020 }));
}

#[test]
fn a_population_a_life_expectancy_far_from_its_name_and_an_amount_said_with_la() {
    // Regression (phu_tho_dai_hoi, xa_tam_phuoc_ba_ria_vung_tau, phuong_quang_trung_thanh_hoa: development texts):
    // a population plans name ("Quy mô dân số ... dự kiến", "Dân số trung bình"), a life expectancy eight words
    // after its name, an amount after "là"; a merged commune's profile is no target.
    let draft = extract_plan(
        "Các chỉ tiêu chủ yếu đến năm 2030:\n\n- Quy mô dân số của tỉnh dự kiến 4,2 triệu người; tuổi thọ trung bình \
         tính từ lúc sinh đạt khoảng 76 năm.\n\n- Dân số trung bình 7.129 người.\n\n- Tổng thu ngân sách 5 năm là \
         33,96 tỷ đồng.\n\nXã có tổng diện tích tự nhiên 136,270 km², dân số 36.174 người.\n",
    );
    let rows = target_rows(&draft.plan);
    assert_eq!(
        rows,
        [
            (Some(2030), Comparator::Reach, 4.2e6, MeasureUnit::Count),
            (Some(2030), Comparator::About, 76.0, MeasureUnit::Years),
            (Some(2030), Comparator::Reach, 7129.0, MeasureUnit::Count),
            (Some(2030), Comparator::Reach, 33.96e9, MeasureUnit::Dong),
        ]
    );
}

#[test]
fn a_five_year_socio_economic_plan_dates_its_targets() {
    // Regression (ha_tinh_2030, a development text): "Kế hoạch phát triển Kinh tế - Xã hội 5 năm 2026 - 2030" was
    // no title (only digital subjects were) and "5 năm 2026 - 2030" no period: its targets had no year.
    let draft = extract_plan(
        "Nghị quyết về Kế hoạch phát triển Kinh tế - Xã hội 5 năm 2026 - 2030\n\nCác chỉ tiêu chủ yếu: Tốc độ tăng \
         tổng sản phẩm trên địa bàn (GRDP) bình quân từ 10% trở lên; cơ cấu kinh tế: công nghiệp - xây dựng chiếm \
         51%, dịch vụ chiếm 40%, nông nghiệp chiếm 9%.\n",
    );
    assert_eq!(draft.plan.document.title, "Kế hoạch phát triển Kinh tế - Xã hội 5 năm 2026 - 2030");
    let rows: Vec<_> = draft.plan.targets.iter().map(|t| (t.year, t.comparator, t.value)).collect();
    assert_eq!(
        rows,
        [
            (Some(2030), Comparator::AtLeast, 10.0),
            (Some(2030), Comparator::Reach, 51.0),
            (Some(2030), Comparator::Reach, 40.0),
            (Some(2030), Comparator::Reach, 9.0),
        ]
    );
}

#[test]
fn a_multiple_things_to_complete_a_headline_said_again_in_other_words_and_what_exists() {
    // Regression (phu_tho_dai_hoi, thanh_hoa, ho_chi_minh_2025, hai_phong_ha_tang_so: development texts): "cao gấp
    // hơn 2 lần" is more than a 100% increase; "300 xã, phường hoàn thành tiêu chí" a count to reach; a headline's
    // figure the body says again of another name is one target, with the body's comparator; "Trung tâm dữ liệu
    // hiện có" (the existing centre) reports nothing, so the centres to develop are a target, not an achievement.
    let draft = extract_plan(
        "Thành phố phấn đấu thu nhập bình quân đầu người đạt 8.500 USD trong năm 2030\n\nTheo kế hoạch, đến năm \
         2030, GRDP bình quân đầu người đạt khoảng 8.500 USD; quy mô GRDP cao gấp hơn 2 lần so với năm 2025; 300 \
         xã, phường hoàn thành tiêu chí chuyển đổi số. Thành phố sẽ nâng cấp Trung tâm dữ liệu hiện có và phát \
         triển 2-3 trung tâm dữ liệu mới.\n",
    );
    let rows = target_rows(&draft.plan);
    assert_eq!(
        rows,
        [
            (Some(2030), Comparator::About, 8500.0, MeasureUnit::Usd),
            (Some(2030), Comparator::MoreThan, 100.0, MeasureUnit::PercentIncrease),
            (Some(2030), Comparator::Reach, 300.0, MeasureUnit::Count),
            (Some(2030), Comparator::Reach, 3.0, MeasureUnit::Count),
        ]
    );
    assert!(draft.observations.is_empty());
}

#[test]
fn a_change_against_a_base_year_beside_a_reported_figure_is_no_report_of_its_own() {
    // Regression (khun_ha, phuong_ba_dinh_thanh_hoa: development texts): "(tăng 12,03% so với năm 2020)" beside a
    // rate reached, and "tăng gấp 2 lần so với năm 2020" beside an amount, compare them with a base year.
    let draft = extract_plan(
        "Nhiệm kỳ 2020-2025, xã đạt được nhiều kết quả: tỷ lệ lao động qua đào tạo đạt 60,89% (tăng 12,03% so với \
         năm 2020); tổng giá trị sản xuất năm 2025 đạt 1.184 tỷ đồng, tăng gấp 2 lần so với năm 2020.\n",
    );
    assert!(draft.plan.targets.is_empty());
    let reports: Vec<_> = draft.observations.iter().map(|o| (o.year, o.value, o.unit)).collect();
    assert_eq!(reports, [(Some(2025), 60.89, MeasureUnit::Percent), (Some(2025), 1.184e12, MeasureUnit::Dong)]);
    let comparisons = draft.unused_numbers.iter().filter(|u| u.reason == UnusedReason::Comparison).count();
    assert_eq!(comparisons, 2);
}

#[test]
fn a_scenario_a_level_risen_to_and_a_year_that_opens_an_amounts_sentence() {
    // Regression (quang_tri_2026, a development text): a text that only "expects" ("dự kiến", "kịch bản") was read
    // as one that only reports; "tương ứng" (corresponding) says the rise again in đồng; "từ ... năm 2025 lên" is a
    // base year; "hai tháng đầu năm" reports; a sentence opening on its year with only an amount was a heading.
    let draft = extract_plan(
        "Theo kịch bản tăng trưởng năm 2026, GRDP của tỉnh dự kiến tăng 10,6%, tương ứng tăng thêm khoảng 6.490 tỷ \
         đồng, từ 61.245 tỷ đồng năm 2025 lên 67.735 tỷ đồng. Trong hai tháng đầu năm, tổng thu ngân sách đạt 2.170 \
         tỷ đồng.\n\nNăm 2027, thu nhập bình quân đầu người đạt 60 triệu đồng.\n",
    );
    let rows = target_rows(&draft.plan);
    assert_eq!(
        rows,
        [
            (Some(2026), Comparator::Reach, 10.6, MeasureUnit::PercentPerYear),
            (Some(2026), Comparator::Reach, 67_735e9, MeasureUnit::Dong),
            (Some(2027), Comparator::Reach, 60e6, MeasureUnit::Dong),
        ]
    );
    let reports: Vec<_> = draft.observations.iter().map(|o| (o.value, o.unit)).collect();
    assert_eq!(reports, [(2_170e9, MeasureUnit::Dong)]);
}

#[test]
fn a_reviewed_year_dates_reports_and_visitors_and_jobs_are_counts_to_reach() {
    // Regression (xa_muong_lat_thanh_hoa, lao_cai_du_lich_2030: development texts): "đánh giá kết quả năm 2025"
    // dates the results the news gives without a year; visitors to welcome ("đón") and jobs to make are counts.
    let draft = extract_plan(
        "HĐND xã đánh giá kết quả năm 2025, đề ra 28 chỉ tiêu năm 2026\n\nTheo đó, xã đã hoàn thành công tác xóa \
         nhà tạm. Tỷ lệ hộ dân được sử dụng nước sạch đạt trên 90%.\n\nMục tiêu đến năm 2030 phấn đấu đón 10 triệu \
         lượt khách trở lên; tạo ra khoảng 40.000 - 42.000 việc làm trong lĩnh vực du lịch.\n",
    );
    let rows = target_rows(&draft.plan);
    assert_eq!(
        rows,
        [
            (Some(2030), Comparator::AtLeast, 1e7, MeasureUnit::Count),
            (Some(2030), Comparator::About, 42_000.0, MeasureUnit::Count),
        ]
    );
    let reports: Vec<_> = draft.observations.iter().map(|o| (o.year, o.value)).collect();
    assert_eq!(reports, [(Some(2025), 90.0)]);
    assert!(draft.observations[0].reasons.contains(&Uncertainty::YearGuessed { year: 2025 }));
}

#[test]
fn areas_made_people_counted_as_dan_has_before_a_comparator_and_a_scenarios_year() {
    // Regression (quang_nam_quy_hoach_2020, phuong_phu_loi_ho_chi_minh, lai_chau, xa_muong_lat_thanh_hoa,
    // quang_tri_2026: development texts): "1.650 nghìn dân" is a population; areas developed or planted are to
    // reach; "có từ 3 thôn trở lên" is a count; a growth scenario's year dates the sentence after it.
    let draft = extract_plan(
        "Đến năm 2030, dân số toàn tỉnh đạt khoảng 1.650 nghìn dân; phát triển 2ha công viên; diện tích cây chè 10.000 \
         ha, trong đó trồng mới 2.400 ha; có từ 3 thôn trở lên đạt thôn không ma túy.\n\nTheo kịch bản tăng trưởng năm \
         2026, GRDP dự kiến tăng 10,6%. Trong đó, khu vực công nghiệp dự kiến tăng 19,29%.\n",
    );
    let rows = target_rows(&draft.plan);
    assert_eq!(
        rows,
        [
            (Some(2030), Comparator::About, 1.65e6, MeasureUnit::Count),
            (Some(2030), Comparator::Reach, 2.0, MeasureUnit::Hectare),
            (Some(2030), Comparator::Reach, 10_000.0, MeasureUnit::Hectare),
            (Some(2030), Comparator::Reach, 2_400.0, MeasureUnit::Hectare),
            (Some(2030), Comparator::AtLeast, 3.0, MeasureUnit::Count),
            (Some(2026), Comparator::Reach, 10.6, MeasureUnit::PercentPerYear),
            (Some(2026), Comparator::Reach, 19.29, MeasureUnit::PercentIncrease),
        ]
    );
}

#[test]
fn visitors_and_rooms_listed_a_clause_opened_by_den_nam_and_money_needed() {
    // Regression (lam_dong_du_lich_2030, ha_tinh_du_lich_2030, dien_bien_du_lich_2030: development texts): "giai
    // đoạn từ nay đến năm 2025," dates its clause; "lượt du khách" and "phòng nghỉ" are counted; a count listed after
    // a count to reach ("... và 1,5 triệu lượt khách nội địa") is one too; "cần khoảng 7.096 tỷ đồng" is money
    // needed, no target.
    let draft = extract_plan(
        "Phấn đấu đến năm 2030 đón 15 triệu lượt khách. Trong đó, giai đoạn từ nay đến năm 2025, tỉnh sẽ đón 5 triệu \
         lượt du khách, có 25.000 phòng nghỉ. Đến năm 2020 sẽ thu hút khoảng 50 ngàn lượt khách quốc tế và 1,5 triệu \
         lượt khách nội địa. Giai đoạn 2021 – 2030 cần khoảng 7.096 tỷ đồng.\n",
    );
    let rows = target_rows(&draft.plan);
    assert_eq!(
        rows,
        [
            (Some(2030), Comparator::Reach, 15e6, MeasureUnit::Count),
            (Some(2025), Comparator::Reach, 5e6, MeasureUnit::Count),
            (Some(2025), Comparator::Reach, 25_000.0, MeasureUnit::Count),
            (Some(2020), Comparator::About, 50e3, MeasureUnit::Count),
            (Some(2020), Comparator::About, 1.5e6, MeasureUnit::Count),
        ]
    );
}

#[test]
fn an_undated_headline_said_again_with_a_year_and_a_revenue_listed_bare() {
    // Regression (nghe_an_dan_toc_thieu_so_2025, hung_yen_2024: development texts): the headline's figure with no
    // year and the body's with its year are one target, the body's, in the headline's place; a revenue listed bare
    // after its name is an amount to reach.
    let draft = extract_plan(
        "Tỉnh phấn đấu 50% số xã ra khỏi địa bàn đặc biệt khó khăn\n\nTheo đó, tỉnh phấn đấu đến năm 2025, tỷ lệ hộ \
         nghèo giảm trên 3%; phấn đấu 50% số xã ra khỏi địa bàn đặc biệt khó khăn. Tổng mức doanh thu bán lẻ hàng \
         hóa và doanh thu dịch vụ 95.000 tỷ đồng.\n",
    );
    let rows = target_rows(&draft.plan);
    assert_eq!(
        rows,
        [
            (Some(2025), Comparator::Reach, 50.0, MeasureUnit::Percent),
            (Some(2025), Comparator::MoreThan, 3.0, MeasureUnit::PercentReduction),
            (Some(2025), Comparator::Reach, 95e12, MeasureUnit::Dong),
        ]
    );
    // The body's words are quoted, and the headline's number is said again.
    assert_eq!(draft.plan.targets[0].quote, "phấn đấu 50% số xã ra khỏi địa bàn đặc biệt khó khăn");
    let restated: Vec<_> =
        draft.unused_numbers.iter().filter(|u| u.reason == UnusedReason::Restated).map(|u| u.start).collect();
    assert_eq!(restated, [14]);
}

/// A report's table of main targets as a web page's text gives it: a bar after each cell, a row's number before its
/// label, the plan's column ("KH năm 2024") between the results ("TH năm 2023", "Ước TH 2024"), units in the labels.
const BARRED_TABLE: &str = "Stt\n|\nChỉ tiêu chủ yếu\n|\nTH năm 2023\n|\nKH năm 2024\n|\nƯớc TH 2024\n|\nĐánh giá\n|\n\
     I\n|\nKinh tế\n|\n|\n|\n|\n|\n1\n|\nTốc độ tăng GRDP (%)\n|\n7,03\n|\n8,5-9,5\n|\n8-8,5\n|\nĐạt\n|\n2\n|\n\
     Giá trị xuất khẩu (triệu USD)\n|\n977\n|\n1.300\n|\n1.300\n|\nĐạt\n|\n3\n|\nTổng vốn đầu tư toàn xã hội\n(tỷ đồng)\n|\n\
     29.459\n|\n33.000-34.000\n|\n34.100\n|\nĐạt\n|\n|\nSố bác sỹ trên vạn dân\n|\n15,4\n|\n15-16\n|\n15,4\n|\nĐạt\n";

#[test]
fn a_table_flattened_with_bars_numbered_rows_and_units_in_its_labels() {
    // Regression (thua_thien_hue_2024, a development text): the table was read as no table (its header opened on
    // "Stt", each row on its number) and its bare numbers had no unit; the plan's column gives the targets, ranges at
    // their upper value, and the results' columns observations.
    let draft = extract_plan(BARRED_TABLE);
    let rows = target_rows(&draft.plan);
    assert_eq!(
        rows,
        [
            (Some(2024), Comparator::Reach, 9.5, MeasureUnit::Percent),
            (Some(2024), Comparator::Reach, 1.3e9, MeasureUnit::Usd),
            (Some(2024), Comparator::Reach, 34e12, MeasureUnit::Dong),
            (Some(2024), Comparator::Reach, 1.6, MeasureUnit::PerThousandPeople),
        ]
    );
    let obs: Vec<_> = draft.observations.iter().map(|o| (o.year, o.value, o.unit)).collect();
    assert_eq!(
        obs,
        [
            (Some(2023), 7.03, MeasureUnit::Percent),
            (Some(2024), 8.5, MeasureUnit::Percent),
            (Some(2023), 977e6, MeasureUnit::Usd),
            (Some(2024), 1.3e9, MeasureUnit::Usd),
            (Some(2023), 29_459e9, MeasureUnit::Dong),
            (Some(2024), 34_100e9, MeasureUnit::Dong),
            (Some(2023), 1.54, MeasureUnit::PerThousandPeople),
            (Some(2024), 1.54, MeasureUnit::PerThousandPeople),
        ]
    );
    // Each target quotes its row from the label to its cell.
    assert!(draft.plan.targets[2].quote.starts_with("Tổng vốn đầu tư toàn xã hội\n(tỷ đồng)"));
}

#[test]
fn a_word_tables_unit_column_gives_its_bare_numbers_their_unit() {
    // A table as a Word file or a web page gives it (tab-separated): the "Đơn vị tính" column's unit, where the reader
    // knows it, is the bare numbers' unit; a unit it does not know ("Lần") gives them none.
    let draft = extract_plan(
        "STT\tChỉ tiêu\tĐơn vị tính\tKế hoạch năm 2025\n1\tSố doanh nghiệp công nghệ số\tDoanh nghiệp\t150\n\
         2\tDoanh thu viễn thông\tTỷ đồng\t1.200\n3\tTỷ lệ hồ sơ trực tuyến\t%\t80\n4\tSố lần kiểm tra\tLần\t2\n",
    );
    let rows = target_rows(&draft.plan);
    assert_eq!(
        rows,
        [
            (Some(2025), Comparator::Reach, 150.0, MeasureUnit::Count),
            (Some(2025), Comparator::Reach, 1.2e12, MeasureUnit::Dong),
            (Some(2025), Comparator::Reach, 80.0, MeasureUnit::Percent),
        ]
    );
}

#[test]
fn undated_items_take_the_one_year_the_others_state() {
    // Regression (xa_dong_thinh_thanh_hoa, a development text): a list of main targets whose dated items all say 2020
    // sets its undated ones for 2020, a guess said as such.
    let draft = extract_plan(
        "II- CÁC CHỈ TIÊU CHỦ YẾU\n1. Giá trị sản xuất nông nghiệp đến năm 2020 đạt trên 272 triệu đồng.\n\
         2. Tổng đàn trâu, bò đạt 500 con, lợn đạt 1.300 con.\n3. Số hộ kinh doanh vào năm 2020 có ít nhất 240 hộ.\n",
    );
    let rows: Vec<_> = tuples(&draft.plan).into_iter().map(|(y, _, c, v, _)| (y, c, v)).collect();
    assert_eq!(
        rows,
        [
            (Some(2020), Comparator::MoreThan, 272e6),
            (Some(2020), Comparator::Reach, 500.0),
            (Some(2020), Comparator::Reach, 1300.0),
            (Some(2020), Comparator::AtLeast, 240.0),
        ]
    );
    assert!(draft.targets[1].reasons.contains(&Uncertainty::YearGuessed { year: 2020 }));
    assert!(!draft.targets[0].reasons.iter().any(|r| matches!(r, Uncertainty::YearGuessed { .. })));
}

/// Digital-transformation targets as the seventeenth round's development texts state them.
const SEVENTEENTH: &str =
    "Mục tiêu cụ thể, trong giai đoạn 2025 - 2027, thành phố phấn đấu số trạm 5G phát sóng trong năm 2025 \
     đạt tối thiểu 50% so với số lượng trạm 4G; tối thiểu 30% người sử dụng có khả năng truy cập băng rộng cố định.\n\
     Đến năm 2030, kinh tế số đạt tối thiểu 35–40% GRDP (so với 30% theo Nghị quyết 57); 95% hồ sơ thủ tục hành chính \
     xử lý trực tuyến (yêu cầu 85%); có tối thiểu có 1 doanh nghiệp công nghệ số; có thêm ít nhất 2 tuyến cáp quang \
     biển mới.\nTỉnh phấn đấu đến hết năm 2025 và duy trì đến năm 2030 có 100% sản phẩm OCOP được đăng ký bảo hộ; kinh \
     tế số chiếm tỷ trọng ít nhất 20% trong GRDP và đến năm 2030 chiếm khoảng 30%.\n";

#[test]
fn a_period_a_clause_year_requirements_in_brackets_and_a_level_kept() {
    // Regression (da_nang_ha_tang_so_2027, da_nang_nghi_quyet_57, quang_ninh_chinh_quyen_phuc_vu_2030: development
    // texts): a year between a name and its figure after an opened period is that figure's, the period the rest's;
    // the nation's requirements in brackets are not targets; "tối thiểu có 1", works and cable routes counted; "đến
    // hết năm 2025 và duy trì đến năm 2030" is 2025's; a year after "và" is the next figure's.
    let draft = extract_plan(SEVENTEENTH);
    let rows = target_rows(&draft.plan);
    assert_eq!(
        rows,
        [
            (Some(2025), Comparator::AtLeast, 50.0, MeasureUnit::Percent),
            (Some(2027), Comparator::AtLeast, 30.0, MeasureUnit::Percent),
            (Some(2030), Comparator::AtLeast, 40.0, MeasureUnit::PercentOfGrdp),
            (Some(2030), Comparator::Reach, 95.0, MeasureUnit::Percent),
            (Some(2030), Comparator::AtLeast, 1.0, MeasureUnit::Count),
            (Some(2030), Comparator::AtLeast, 2.0, MeasureUnit::Count),
            (Some(2025), Comparator::Reach, 100.0, MeasureUnit::Percent),
            (Some(2025), Comparator::AtLeast, 20.0, MeasureUnit::Percent),
            (Some(2030), Comparator::About, 30.0, MeasureUnit::Percent),
        ]
    );
    let national: Vec<_> =
        draft.unused_numbers.iter().filter(|u| u.reason == UnusedReason::National).map(|u| u.text.as_str()).collect();
    assert_eq!(national, ["30", "85"]);
}

/// Speeds of access as a digital-infrastructure plan sets them (lao_cai_ha_tang_so_2030, xuan_truc).
const SPEEDS: &str =
    "Năm 2025, tốc độ truy cập đạt tối thiểu 150 Mbps cho hộ gia đình, 200 Mbps cho cơ quan, đơn vị.\n\
     Giai đoạn 2026–2030, tỷ lệ phủ sóng 5G đạt tối thiểu 90%, tốc độ truy cập hộ gia đình 500 Mbps, doanh nghiệp và \
     đơn vị đô thị từ 1 Gbps trở lên, 50% người dùng tiếp cận tốc độ trên 1 Gbps.\n\
     - Tốc độ băng rộng di động (tốc độ tải xuống theo i-Speed): 36 Mb/s.\n";

#[test]
fn speeds_of_access_in_megabits_a_second() {
    // Regression (lao_cai_ha_tang_so_2030, xuan_truc: development texts): speeds were no figures; Gbps are a
    // thousand Mbps; a speed that says which users a share counts is no target; a share's comparator is not a speed's.
    let draft = extract_plan(SPEEDS);
    let rows = target_rows(&draft.plan);
    assert_eq!(
        rows,
        [
            (Some(2025), Comparator::AtLeast, 150.0, MeasureUnit::Mbps),
            (Some(2025), Comparator::AtLeast, 200.0, MeasureUnit::Mbps),
            (Some(2030), Comparator::AtLeast, 90.0, MeasureUnit::Percent),
            (Some(2030), Comparator::Reach, 500.0, MeasureUnit::Mbps),
            (Some(2030), Comparator::AtLeast, 1000.0, MeasureUnit::Mbps),
            (Some(2030), Comparator::Reach, 50.0, MeasureUnit::Percent),
            (Some(2030), Comparator::Reach, 36.0, MeasureUnit::Mbps),
        ]
    );
    // The unit is the model's, labelled in both languages.
    assert_eq!(MeasureUnit::Mbps.as_str(), "mbps");
    let label = |lang| chitieu::label::lookup(chitieu::label::Domain::Unit, "mbps", lang);
    assert_eq!((label(chitieu::label::Lang::Vi), label(chitieu::label::Lang::En)), (Some("Mbps"), Some("Mbps")));
}

#[test]
fn the_parts_a_bracket_lists_under_a_total_are_quantities_of_their_own() {
    // Regression (xa_lo_ku_gia_lai, a development text): the areas listed "(trong đó: ...)" under a total, each named
    // before its figure with no verb, are targets of their own; a part that lost its unit ("(Mỳ) 500") is none.
    let draft = extract_plan(
        "(2) Tổng diện tích gieo trồng hằng năm: 3.830 ha. (trong đó: Cây Ngô lai, rau đậu các loại 2.700 ha; Lúa nước \
         2 vụ 40 ha; cây tinh bột (Mỳ) 500; cây  Mía 370 ha; cây Cà phê 100 ha).\n",
    );
    let rows: Vec<_> = tuples(&draft.plan).into_iter().map(|(_, _, c, v, u)| (c, v, u)).collect();
    let ha = |v: f64| (Comparator::Reach, v, MeasureUnit::Hectare);
    assert_eq!(rows, [ha(3830.0), ha(2700.0), ha(40.0), ha(370.0), ha(100.0)]);
}

#[test]
fn investment_to_attract_and_a_rise_with_a_floor_beside_an_amount() {
    // Regression (thai_nguyen_2026, a development text): domestic investment to attract is an amount to reach, not a
    // cost; "tăng từ 12% so với năm 2025" beside the exports compares them with the year before, no target.
    let draft = extract_plan(
        "Tỉnh đặt mục tiêu tổng thu ngân sách nhà nước trên địa bàn đạt 26.560 tỷ đồng; thu hút 1.485 triệu USD vốn FDI \
         và gần 70 nghìn tỷ đồng vốn đầu tư trong nước ngoài ngân sách. Giá trị xuất khẩu đạt từ 33.516 triệu USD trở \
         lên, tăng từ 12% so với năm 2025.\n",
    );
    let rows: Vec<_> = tuples(&draft.plan).into_iter().map(|(_, _, c, v, u)| (c, v, u)).collect();
    assert_eq!(
        rows,
        [
            (Comparator::Reach, 26_560e9, MeasureUnit::Dong),
            (Comparator::Reach, 1_485e6, MeasureUnit::Usd),
            (Comparator::About, 70_000e9, MeasureUnit::Dong),
            (Comparator::AtLeast, 33_516e6, MeasureUnit::Usd),
        ]
    );
    let compared: Vec<_> =
        draft.unused_numbers.iter().filter(|u| u.reason == UnusedReason::Comparison).map(|u| u.text.as_str()).collect();
    assert_eq!(compared, ["12"]);
}

#[test]
fn a_bracket_never_closed_does_not_join_the_clauses_after_it() {
    // Regression (ninh_thuan_cds_2025, a development text): "(trừ hồ sơ ... nhà nước;" is never closed; the figures
    // after it kept their clauses' words, tiers and comparators.
    let draft = extract_plan(
        "Theo Kế hoạch, Tỉnh đã đề ra mục tiêu cơ bản đến năm 2025, cụ thể: 100% hồ sơ công việc cấp huyện, cấp tỉnh, \
         90% hồ sơ công việc cấp xã được xử lý trên môi trường mạng (trừ hồ sơ công việc thuộc phạm vi bí mật nhà \
         nước; tối thiểu 30% người dân tham gia; 80% cơ quan nhà nước tham gia cung cấp dữ liệu mở.\n",
    );
    let rows: Vec<_> = tuples(&draft.plan).into_iter().map(|(y, t, c, v, _)| (y, t, c, v)).collect();
    assert_eq!(
        rows,
        [
            // Two levels named at once, no tier of one (the corpus's label; several_levels_named_at_once_...).
            (Some(2025), None, Comparator::Reach, 100.0),
            (Some(2025), Some(Tier::Commune), Comparator::Reach, 90.0),
            (Some(2025), None, Comparator::AtLeast, 30.0),
            (Some(2025), None, Comparator::Reach, 80.0),
        ]
    );
    assert_eq!(draft.plan.targets[2].quote, "tối thiểu 30% người dân tham gia");
}

#[test]
fn a_headline_that_leaves_out_what_a_share_is_of_is_the_bodys_target() {
    // Regression (dong_nai_kinh_te_so_2025, a development text): "đạt 20%" in the headline and "đạt 20% GDP" in the
    // body are one target (the headline's, drafted first); the body's figure is said again.
    let draft = extract_plan(
        "Phấn đấu đến năm 2025 tỉ trọng kinh tế số của tỉnh đạt 20%\n\nUBND tỉnh vừa ban hành kế hoạch phát triển kinh \
         tế số và xã hội số.\n\nVề phát triển kinh tế số, phấn đấu đến năm 2025, tỉ trọng kinh tế số của tỉnh đạt 20% \
         GDP; tỉ trọng kinh tế số trong từng ngành, lĩnh vực đạt tối thiểu 10%.\n",
    );
    let rows: Vec<_> = tuples(&draft.plan).into_iter().map(|(y, _, c, v, _)| (y, c, v)).collect();
    assert_eq!(rows, [(Some(2025), Comparator::Reach, 20.0), (Some(2025), Comparator::AtLeast, 10.0)]);
    let restated: Vec<_> =
        draft.unused_numbers.iter().filter(|u| u.reason == UnusedReason::Restated).map(|u| u.text.as_str()).collect();
    assert_eq!(restated, ["20"]);
}

/// Stays in days as a tourism plan sets them (dien_bien_du_lich_2030, lam_dong_du_lich_2030).
const STAYS: &str =
    "Thời gian lưu trú trung bình đối với khách du lịch quốc tế năm 2020 đạt 3,2 ngày/khách; năm 2025 đạt 3,4 \
     ngày/khách và năm 2030 đạt 4 ngày/khách. Dự kiến đến năm 2020, số ngày lưu trú là 3 ngày. Báo cáo gửi trong 30 \
     ngày.\n";

#[test]
fn stays_in_days_per_visitor_or_named() {
    // Regression (dien_bien_du_lich_2030, lam_dong_du_lich_2030: development texts): stays were no figures; a deadline
    // in days is none.
    let draft = extract_plan(STAYS);
    let rows = target_rows(&draft.plan);
    assert_eq!(
        rows,
        [
            (Some(2020), Comparator::Reach, 3.2, MeasureUnit::Days),
            (Some(2025), Comparator::Reach, 3.4, MeasureUnit::Days),
            (Some(2030), Comparator::Reach, 4.0, MeasureUnit::Days),
            (Some(2020), Comparator::Reach, 3.0, MeasureUnit::Days),
        ]
    );
    let label = |lang| chitieu::label::lookup(chitieu::label::Domain::Unit, "days", lang);
    assert_eq!((label(chitieu::label::Lang::Vi), label(chitieu::label::Lang::En)), (Some("ngày"), Some("days")));
}

#[test]
fn a_top_n_of_an_index_named_before_it_is_a_rank() {
    // Regression (hoa_binh_2025, a development text): "phải vào top 40" after the PCI named was no figure.
    let draft = extract_plan(
        "Tỉnh cần nghiêm túc rút kinh nghiệm và đặt mục tiêu PCI năm 2025 phải vào top 40. Doanh nghiệp vào top 10 \
         doanh nghiệp.\n",
    );
    let rows = target_rows(&draft.plan);
    assert_eq!(rows, [(Some(2025), Comparator::AtMost, 40.0, MeasureUnit::Rank)]);
}

#[test]
fn a_certificate_reached_is_wanted_and_visits_are_counted() {
    // Regression: "chứng chỉ đạt" folds to the "chỉ đạt" (only reached) of a result, so the labour indicator every
    // socio-economic plan sets was drafted as an observation; "5,2 triệu lượt" with no noun after it was no figure
    // (son_la_dai_hoi_2020, a development text).
    let draft = extract_plan(
        "Đến năm 2025, tổng lượt khách du lịch đạt 5,2 triệu lượt, trong đó tỷ lệ lao động có bằng, chứng chỉ đạt \
         30%.\n",
    );
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2025), Comparator::Reach, 5_200_000.0, MeasureUnit::Count),
            (Some(2025), Comparator::Reach, 30.0, MeasureUnit::Percent),
        ]
    );
    assert!(draft.observations.is_empty());
}

#[test]
fn yields_and_fertility_rates_are_figures_of_their_own_units() {
    // Regression (xa_dong_thinh_thanh_hoa, phuong_quang_trung_thanh_hoa, ho_chi_minh_dai_hoi_2020: development texts):
    // yields in quintals or tonnes a hectare and children per woman had no unit and were no figures.
    let draft = extract_plan(
        "Đến năm 2020, năng suất lúa bình quân đạt 140tạ/ha, năng suất cà phê đạt 2,5 tấn/ha. Đến năm 2025, tổng tỷ \
         suất sinh đạt ít nhất 1,4 con/phụ nữ.\n",
    );
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2020), Comparator::Reach, 140.0, MeasureUnit::QuintalPerHectare),
            (Some(2020), Comparator::Reach, 25.0, MeasureUnit::QuintalPerHectare),
            (Some(2025), Comparator::AtLeast, 1.4, MeasureUnit::ChildrenPerWoman),
        ]
    );
    let label = |code, lang| chitieu::label::lookup(chitieu::label::Domain::Unit, code, lang);
    assert_eq!(label("quintal_per_hectare", chitieu::label::Lang::Vi), Some("tạ/ha"));
    assert_eq!(label("children_per_woman", chitieu::label::Lang::En), Some("children per woman"));
}

/// A district's yearly plan as a thesis quotes it, in a PDF font's 'ƣ' for 'ư' (nong_cong_thanh_hoa,
/// tuyen_quang_phu_nu_2021, lai_chau: development texts).
const COUNTS_IN_WORDS: &str = "Năm 2016, mỗi chi hội giúp thêm được hai gia đình hội viên trở lên; có thêm hai huyện nông \
                               thôn mới; GDP bình quân đầu ngƣời 18,9 triệu đồng/năm; Tổng vốn đầu tƣ toàn xã hội 1.530 \
                               tỷ đồng; tỷ lệ tăng dân số tự nhiên dƣới 0,75%.\n";

#[test]
fn counts_in_words_bare_amounts_of_the_economy_and_a_pdf_fonts_letter() {
    // Regression: counts said in words were no figures; "GDP" and the economy's investment listed bare were not
    // amounts to reach; "dƣới" ('ƣ' for 'ư') was no comparator and named indicators "ngƣời".
    let draft = extract_plan(COUNTS_IN_WORDS);
    let rows: Vec<_> = target_rows(&draft.plan).into_iter().map(|(y, c, v, _)| (y, c, v)).collect();
    assert_eq!(
        rows,
        [
            (Some(2016), Comparator::AtLeast, 2.0),
            (Some(2016), Comparator::Reach, 2.0),
            (Some(2016), Comparator::Reach, 18_900_000.0),
            (Some(2016), Comparator::Reach, 1_530_000_000_000.0),
            (Some(2016), Comparator::LessThan, 0.75),
        ]
    );
    let names: Vec<&str> = draft.plan.indicators.iter().map(|i| i.name_vi.as_str()).collect();
    assert!(names.iter().all(|n| !n.contains('ƣ')), "{names:?}");
    assert!(names.contains(&"GDP bình quân đầu người"), "{names:?}");
    // The quote is the text as read, 'ƣ' and all.
    assert!(draft.plan.targets[2].quote.contains("ngƣời"));
}

/// A congress's targets for its term and an account of the term past (dak_nong_doanh_nghiep_2030,
/// thuan_bac_ninh_thuan_phu_nu, hon_quan_binh_phuoc_cuu_chien_binh: development texts).
const OWN_VERBS: &str = "Đến năm 2025 có ít nhất 6.000 doanh nghiệp và đến năm 2030 có 10.000 doanh nghiệp.\n\
                         Năm 2026, mỗi cơ sở hội giúp ít nhất 2 hộ thoát nghèo, hỗ trợ 4 hội viên khởi nghiệp; giảm tỷ lệ \
                         hộ nghèo xuống dưới 0,3%, 100% cơ sở hội trong sạch vững mạnh.\n\
                         Trong 5 năm qua, hội đã xây dựng 22 căn nhà, sửa chữa 3 căn với tổng trên 900 triệu đồng.\n";

#[test]
fn a_figure_with_its_own_verb_takes_no_carried_comparator() {
    // Regression: "ít nhất" was carried to "có 10.000" and to "hỗ trợ 4", "dưới" to "100%"; "22 căn nhà" folded to the
    // "cần" (need) of a target; "giảm ... xuống dưới 0,3%" was a reduction, not a level.
    let draft = extract_plan(OWN_VERBS);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2025), Comparator::AtLeast, 6000.0, MeasureUnit::Count),
            (Some(2030), Comparator::Reach, 10_000.0, MeasureUnit::Count),
            (Some(2026), Comparator::AtLeast, 2.0, MeasureUnit::Count),
            (Some(2026), Comparator::Reach, 4.0, MeasureUnit::Count),
            (Some(2026), Comparator::LessThan, 0.3, MeasureUnit::Percent),
            (Some(2026), Comparator::Reach, 100.0, MeasureUnit::Percent),
        ]
    );
    let reported: Vec<f64> = draft.observations.iter().map(|o| o.value).collect();
    assert_eq!(reported, [22.0, 3.0, 900e6]);
}

/// A plan titled by its kind, of no digital subject, and an association's help counted (lang_son_hanh_trinh_do_2022,
/// tinh_bien_an_giang_phu_nu: development texts).
const HELP_COUNTED: &str = "Kế hoạch tổ chức chương trình Hành trình đỏ tỉnh Lạng Sơn năm 2022\n\nCác chỉ tiêu chủ yếu: vận \
                            động trên 3.400 người đăng ký hiến máu, huy động tối thiểu 100 người hiến máu dự bị; hàng năm, \
                            giúp 28 hộ nghèo thoát nghèo, hỗ trợ 14 hộ phụ nữ khởi nghiệp.\n";

#[test]
fn a_title_that_opens_with_its_kind_dates_the_plan_and_help_is_counted() {
    // Regression: a title was read only when it named a digital subject, so the year 2022 dated nothing; "giúp",
    // "hỗ trợ" and "vận động" did not set the things counted as a target.
    let draft = extract_plan(HELP_COUNTED);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2022), Comparator::MoreThan, 3400.0, MeasureUnit::Count),
            (Some(2022), Comparator::AtLeast, 100.0, MeasureUnit::Count),
            (Some(2022), Comparator::Reach, 28.0, MeasureUnit::Count),
            (Some(2022), Comparator::Reach, 14.0, MeasureUnit::Count),
        ]
    );
    assert_eq!(draft.plan.period.to, 2022);
}

/// A congress's account of the term past and a year's targets with a floor after the second of two counts
/// (hon_quan_binh_phuoc_cuu_chien_binh, thai_nguyen_hop_tac_xa_2022: development texts).
const TERM_PAST: &str = "Đại hội đại biểu Hội Cựu chiến binh huyện lần thứ 6, nhiệm kỳ 2017-2022.\nTrong nhiệm kỳ 2012-2017, \
                         toàn Huyện hội có 60 hộ nghèo và 55 hộ cận nghèo.\nNăm 2022, thành lập mới 60 tổ hợp tác và 40 HTX \
                         trở lên.\n";

#[test]
fn the_term_past_at_a_congress_is_reached_and_a_floor_is_the_nearer_figures() {
    // Regression: the term before the congress's was read as targets of its end year; "trở lên" after the 40 made
    // the 60 a floor too; "HTX" was not counted.
    let draft = extract_plan(TERM_PAST);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2022), Comparator::Reach, 60.0, MeasureUnit::Count),
            (Some(2022), Comparator::AtLeast, 40.0, MeasureUnit::Count),
        ]
    );
    assert_eq!(observation_rows(&draft), [(60.0, Some(2017)), (55.0, Some(2017))]);
}

/// A People's Council's review of a year and its targets for the next (hung_yen_2023, kien_giang_tinh_uy_2024:
/// development texts).
const YEAR_REVIEWED: &str = "Tốc độ tăng trưởng kinh tế của tỉnh đạt 13,4%\n\nHội đồng nhân dân tỉnh thông qua Nghị quyết \
                             tình hình thực hiện kế hoạch phát triển kinh tế-xã hội tỉnh năm 2022 và mục tiêu nhiệm vụ \
                             năm 2023.\n\nKim ngạch xuất khẩu đạt 6,3 tỷ USD.\n\nNăm 2023, tỉnh phấn đấu: kim ngạch xuất \
                             khẩu đạt 7 tỷ USD.\n";

#[test]
fn a_reviewed_years_results_before_the_next_years_targets_are_reached() {
    // Regression: the results of 2022 took the plan's year, 2023, and were drafted as its targets.
    let draft = extract_plan(YEAR_REVIEWED);
    assert_eq!(target_rows(&draft.plan), [(Some(2023), Comparator::Reach, 7e9, MeasureUnit::Usd)]);
    assert_eq!(observation_rows(&draft), [(13.4, Some(2022)), (6.3e9, Some(2022))]);
}

/// A People's Council's targets of a year, summed up in the article's lead before their list (ha_noi_2023,
/// hung_yen_2023, dak_nong_giam_ngheo_2024: development texts).
const LEAD_AND_LIST: &str = "HĐND thành phố thông qua các chỉ tiêu năm 2023\n\n\
                             Hội đồng nhân dân thành phố đã thông qua Nghị quyết tình hình thực hiện kế hoạch phát triển kinh tế - xã hội năm \
                             2022, với tốc độ tăng trưởng kinh tế đạt 13,4%. Trong các chỉ tiêu năm 2023, GRDP tăng khoảng 7,0%; vốn đầu tư \
                             thực hiện tăng 10,5%.\n\nCác chỉ tiêu năm 2023 cụ thể như sau:\n1. Tốc độ tăng tổng sản phẩm trên địa bàn (GRDP): \
                             khoảng 7,0%.\n2. Tốc độ tăng vốn đầu tư thực hiện: 10,5%.\n3. Giảm số hộ nghèo: 30% (tương đương 890 hộ, 0,04%).\n\
                             4. Tỷ lệ hộ nghèo giảm từ 2% trở lên, tương ứng với số hộ giảm trên 3.415 hộ.\n";

#[test]
fn a_lead_said_again_by_its_list_and_what_a_figure_corresponds_to_are_one_target() {
    // Regression: the lead's figures and the list's were drafted twice; "0,04%" in the bracket "tương đương"
    // opens and the households "tương ứng" to a floor were targets of their own; "kế hoạch" in the name of the plan
    // reviewed made its results of 2022 wanted.
    let draft = extract_plan(LEAD_AND_LIST);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2023), Comparator::About, 7.0, MeasureUnit::PercentIncrease),
            (Some(2023), Comparator::Reach, 10.5, MeasureUnit::PercentIncrease),
            (Some(2023), Comparator::Reach, 30.0, MeasureUnit::Percent),
            (Some(2023), Comparator::AtLeast, 2.0, MeasureUnit::PercentReduction),
        ]
    );
    assert_eq!(observation_rows(&draft), [(13.4, Some(2022))]);
}

/// A farmers' union's congress, dated on the day it met (thanh_mien_hai_duong_nong_dan, xa_vinh_phu_an_giang_mat_tran:
/// development texts).
const CONGRESS_DATED: &str = "Hội Nông dân huyện tổ chức Đại hội\n\n07/06/2023 18:20\n\n\
                              Tại Đại hội đại biểu Hội Nông dân huyện lần thứ XII nhiệm kỳ 2023-2028 đã đề ra mục tiêu: hằng năm kết nạp từ 500 \
                              hội viên trở lên; vận động Quỹ Vì người nghèo hàng năm 3 tỷ đồng; sửa chữa ít nhất 30 nhà Đại đoàn kết; mỗi năm có \
                              ít nhất 1 tập thể và 1 cá nhân được tặng bằng khen.\n\nTrong nhiệm kỳ 2018-2023, Hội Nông dân huyện kết nạp 5.902 \
                              hội viên.\n";

#[test]
fn a_congress_dated_in_its_first_year_reports_the_term_past_and_counts_houses_groups_and_funds() {
    // Regression: the dateline's year, the congress's, made the term past's results targets; houses, groups and
    // people commended, and funds to raise, were not read.
    let draft = extract_plan(CONGRESS_DATED);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2028), Comparator::AtLeast, 500.0, MeasureUnit::Count),
            (Some(2028), Comparator::Reach, 3e9, MeasureUnit::Dong),
            (Some(2028), Comparator::AtLeast, 30.0, MeasureUnit::Count),
            (Some(2028), Comparator::AtLeast, 1.0, MeasureUnit::Count),
            (Some(2028), Comparator::AtLeast, 1.0, MeasureUnit::Count),
        ]
    );
    assert_eq!(observation_rows(&draft), [(5902.0, Some(2023))]);
}

#[test]
fn a_persons_name_after_the_word_for_province_is_no_province() {
    // Regression (ha_tinh_du_lich_2030, a development text): the plan was drafted for the province "Đặng Quốc Vinh".
    let draft = extract_plan(
        "Phó Chủ tịch UBND tỉnh Hà Tĩnh Đặng Quốc Vinh chủ trì cuộc họp. Phó Chủ tịch UBND tỉnh Đặng Quốc\
          Vinh: ngành du lịch cần cụ thể hơn. Đến năm 2030, Hà Tĩnh thu hút trên 2,6 triệu lượt khách.",
    );
    let j = &draft.plan.jurisdiction;
    assert_eq!((j.id.as_str(), j.name.as_str()), ("ha_tinh", "Hà Tĩnh"));
    assert_eq!(target_rows(&draft.plan), [(Some(2030), Comparator::MoreThan, 2.6e6, MeasureUnit::Count)]);
}

/// A new commune's year-end meeting: the year reviewed, then the next year's tasks (xa_tam_hong_phu_tho_2026,
/// xa_yen_lac_phu_tho_2026, xa_te_lo_phu_tho_2026: development texts).
const YEAR_END_MEETING: &str = "Đảng ủy xã triển khai nhiệm vụ năm 2026\n\nSáng 31/12, Đảng ủy xã tổ chức hội nghị tổng kết nhiệm vụ chính trị năm \
                                2025 và triển khai nhiệm vụ trọng tâm năm 2026.\n\nNăm 2025, bám sát các nhiệm vụ, chỉ tiêu đã đề ra, Đảng ủy xã đã \
                                lãnh đạo nhiều giải pháp. Nhờ đó, tốc độ tăng trưởng kinh tế của xã đạt 11%; tỷ lệ hộ nghèo giảm còn 0,36%.\n\n\
                                Thực hiện nhiệm vụ chính trị năm 2026, Đảng ủy xã tiếp tục tập trung lãnh đạo. Trong đó, phấn đấu kết nạp từ 45 \
                                đảng viên trở lên; thu ngân sách Nhà nước đạt trên 154 tỷ đồng.\n";

#[test]
fn a_year_end_meeting_reports_the_year_reviewed_and_plans_the_next() {
    // Regression: the results of 2025 were drafted as targets and the targets of 2026 took 2025.
    let draft = extract_plan(YEAR_END_MEETING);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2026), Comparator::AtLeast, 45.0, MeasureUnit::Count),
            (Some(2026), Comparator::MoreThan, 154e9, MeasureUnit::Dong),
        ]
    );
    assert_eq!(observation_rows(&draft), [(11.0, Some(2025)), (0.36, Some(2025))]);
}

/// A commune's results of a year, one a share of the planned area, and what it adds the next (xa_yen_lac_phu_tho_2026,
/// phu_tho_ocop_2026: development texts).
const SHARE_OF_THE_PLAN: &str = "Xã tổng kết năm 2025\n\nNăm 2025, công tác giải phóng mặt bằng đạt 95% diện tích kế hoạch; tỷ lệ người dân tham gia \
                                 bảo hiểm y tế đạt 96,3%.\n\nNăm 2026, xã đặt mục tiêu tiêu chuẩn hóa thêm 5 sản phẩm OCOP.\n";

#[test]
fn a_share_of_the_plan_reached_wants_nothing_and_things_added_are_counted() {
    // Regression: "kế hoạch" after "95% diện tích" made the rest of the line wanted; "thêm 5 sản phẩm" was no figure.
    let draft = extract_plan(SHARE_OF_THE_PLAN);
    assert_eq!(target_rows(&draft.plan), [(Some(2026), Comparator::Reach, 5.0, MeasureUnit::Count)]);
    assert_eq!(observation_rows(&draft), [(95.0, Some(2025)), (96.3, Some(2025))]);
}

/// A district's targets of a year, one a rise on the same time last year (huyen_long_dien_ba_ria_vung_tau_2025: a
/// development text).
const ON_LAST_YEAR: &str = "Năm 2025, huyện đề ra 29 chỉ tiêu. Cụ thể, phấn đấu doanh thu thương mại tăng 5,7% so với năm 2024; giá trị sản \
                            xuất công nghiệp tăng 10% so với cùng kỳ; thu ngân sách Nhà nước trên địa bàn huyện hơn 607 tỷ đồng; tỷ lệ hộ nghèo \
                            còn lại 0,16%.\nNăm 2024, doanh thu thương mại tăng 6% so với cùng kỳ.\n";

#[test]
fn a_rise_on_the_same_time_last_year_reports_only_its_own_figure_and_only_when_not_wanted() {
    // Regression: "so với cùng kỳ" reported the rest of its line, the district's targets.
    let draft = extract_plan(ON_LAST_YEAR);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2025), Comparator::Reach, 5.7, MeasureUnit::PercentIncrease),
            (Some(2025), Comparator::Reach, 10.0, MeasureUnit::PercentIncrease),
            (Some(2025), Comparator::MoreThan, 607e9, MeasureUnit::Dong),
            (Some(2025), Comparator::Reach, 0.16, MeasureUnit::Percent),
        ]
    );
    assert_eq!(observation_rows(&draft), [(6.0, Some(2024))]);
}

/// A new commune's first Party congress: the term past's objectives met, then the term's (xa_cao_son_phu_tho: a
/// development text).
const OBJECTIVES_MET: &str = "Đại hội đại biểu Đảng bộ xã lần thứ I, nhiệm kỳ 2025-2030\n\nNhiệm kỳ qua, hầu hết các chỉ tiêu đều đạt và vượt \
                              mục tiêu Nghị quyết. Đến cuối năm 2024, thu nhập bình quân đầu người đạt 43,7 triệu đồng/năm; tỷ lệ hộ nghèo còn \
                              21,5%.\n\nĐại hội xác định mục tiêu nhiệm kỳ 2025-2030: tổng vốn đầu tư toàn xã hội đạt trên 2.500 tỷ đồng.\n";

#[test]
fn objectives_met_and_passed_want_nothing() {
    // Regression: "các chỉ tiêu đều đạt và vượt" made the results after it wanted.
    let draft = extract_plan(OBJECTIVES_MET);
    assert_eq!(target_rows(&draft.plan), [(Some(2030), Comparator::MoreThan, 2.5e12, MeasureUnit::Dong)]);
    assert_eq!(observation_rows(&draft), [(43.7e6, Some(2024)), (21.5, Some(2024))]);
}

/// A district's estimates of a year against its plan's figures, the year only that compared with
/// (huyen_vinh_linh_quang_tri_2022: a development text).
const ESTIMATES_AND_PLAN: &str = "Tổng giá trị sản xuất ước tăng 11,07% so với năm 2021 (KH tăng 8-9%). Thu nhập bình quân đầu người ước đạt 55,3 \
                                  triệu đồng/KH 55-56 triệu đồng. Tỷ trọng nông nghiệp ước chiếm 23,4%/KH 24,5-25,5%.\n";

#[test]
fn estimates_are_reached_and_the_plans_figures_beside_them_are_targets_of_the_year_after_the_one_compared_with() {
    // Regression: every figure was drafted as an observation with no year.
    let draft = extract_plan(ESTIMATES_AND_PLAN);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2022), Comparator::Reach, 9.0, MeasureUnit::PercentIncrease),
            (Some(2022), Comparator::Reach, 56e6, MeasureUnit::Dong),
            (Some(2022), Comparator::Reach, 25.5, MeasureUnit::Percent),
        ]
    );
    assert_eq!(observation_rows(&draft), [(11.07, Some(2022)), (55.3e6, Some(2022)), (23.4, Some(2022))]);
}

/// A district's result of a year against the objective set, then the next year's target (huyen_nong_son_quang_nam_2023:
/// a development text).
const OBJECTIVE_SET: &str = "Năm 2022, sản lượng lương thực đạt 13.007 tấn, tăng 3,68% so với mục tiêu đề ra và tăng gần 24,7% so với năm 2021.\n\
                             Năm 2023, phấn đấu sản lượng lương thực đạt 14.000 tấn.\n";

#[test]
fn an_objective_set_that_a_result_is_measured_against_wants_nothing() {
    // Regression: "đề ra" after "so với mục tiêu" made the figure after it wanted, so 2022 was taken for an objective's
    // year and the results of 2022 were drafted as its targets.
    let draft = extract_plan(OBJECTIVE_SET);
    assert_eq!(target_rows(&draft.plan), [(Some(2023), Comparator::Reach, 14_000.0, MeasureUnit::Tonne)]);
    // The rise over the objective beside the result is a margin, neither target nor observation (since 854d0af, as
    // the corpus labels margins over a plan).
    assert_eq!(observation_rows(&draft), [(13_007.0, Some(2022))]);
}

/// A commune council's year-end session: the year's results, then the next year's targets with a total's parts
/// (xa_nguyet_duc_phu_tho_2026, xa_vinh_loc_thanh_hoa_2026, ha_tinh_nong_nghiep_2022: development texts).
const YEAR_END_SESSION: &str = "Ngày 23/12, HĐND xã tổ chức kỳ họp thường lệ cuối năm 2025 để xem xét nhiều nội dung quan trọng.\n\
                                Theo báo cáo tại kỳ họp, năm 2025, tình hình kinh tế - xã hội tiếp tục ổn định. Tổng thu ngân sách Nhà \
                                nước trên địa bàn xã ước thực hiện 86,4 tỷ đồng; sản lượng lương thực đạt trên 6 vạn tấn (tăng 0,3 vạn \
                                tấn so với năm 2024, tương đương 5,2%). Tỷ lệ hộ nghèo còn 0,58%.\n\
                                Năm 2026, xã đề ra 18 chỉ tiêu, trong đó phấn đấu tổng giá trị sản xuất đạt trên 4.000 tỷ đồng (trong \
                                đó, nông nghiệp 1.255 tỷ đồng, dịch vụ 788 tỷ đồng); tỷ lệ hộ nghèo giảm dưới 0,5%.\n";

#[test]
fn a_year_end_session_reports_its_year_and_a_totals_parts_are_targets() {
    // Regression: the poverty rate of the year reviewed was a target, "ước thực hiện" and "vạn tấn" read nothing, the
    // year after "Theo báo cáo tại kỳ họp," dated nothing, the parts of the total were lost and "tương đương" after
    // the change compared was an observation. "giảm dưới 0,5%" is a level to fall below, in percent (since the commit
    // after 9331d7a; it was drafted as a reduction).
    let draft = extract_plan(YEAR_END_SESSION);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2026), Comparator::MoreThan, 4e12, MeasureUnit::Dong),
            (Some(2026), Comparator::Reach, 1.255e12, MeasureUnit::Dong),
            (Some(2026), Comparator::Reach, 788e9, MeasureUnit::Dong),
            (Some(2026), Comparator::LessThan, 0.5, MeasureUnit::Percent),
        ]
    );
    assert_eq!(observation_rows(&draft), [(86.4e9, Some(2025)), (60_000.0, Some(2025)), (0.58, Some(2025))]);
    let quote = &draft.plan.targets[0].quote;
    assert!(quote.ends_with("4.000 tỷ đồng"), "{quote}");
}

/// Two scaled figures said of two indicators in turn, the unit only after the second (ha_tinh_du_lich_2030: a
/// development text).
const SHARED_UNIT: &str = "Đề án cũng đề ra chỉ tiêu đến năm 2030 sẽ thu hút lần lượt 150 ngàn và trên 2,6 triệu lượt khách quốc tế, nội địa.\n";

#[test]
fn a_scaled_figure_before_va_takes_the_unit_of_the_one_after() {
    // Regression: "150 ngàn" had no unit of its own and was no figure.
    let draft = extract_plan(SHARED_UNIT);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2030), Comparator::Reach, 150_000.0, MeasureUnit::Count),
            (Some(2030), Comparator::MoreThan, 2.6e6, MeasureUnit::Count),
        ]
    );
}

/// A tourism plan's hotels (tuyen_quang_du_lich_2030: a development text).
const HOTELS: &str = "Đến năm 2020 có 115 khách sạn đạt tiêu chuẩn từ 1 sao trở lên, trong đó có ít nhất 10 khách sạn đạt tiêu chuẩn 3 sao trở lên.\n";

#[test]
fn hotels_are_counted() {
    // Regression: hotels were no unit, and their counts no figures.
    let draft = extract_plan(HOTELS);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2020), Comparator::Reach, 115.0, MeasureUnit::Count),
            (Some(2020), Comparator::AtLeast, 10.0, MeasureUnit::Count),
        ]
    );
}

/// A farmers' association's congress: the term past's results, "nhiều chỉ tiêu hoàn thành vượt mức" among them
/// (dong_hung_thai_binh_nong_dan: a development text).
const OBJECTIVES_PASSED: &str = "Hội Nông dân huyện tổ chức Đại hội nhiệm kỳ 2023 - 2028.\n\
                                 Nhiệm kỳ qua, Hội hoàn thành 98% các chỉ tiêu Nghị quyết Đại hội lần thứ XI đã đề ra, nhiều chỉ tiêu \
                                 hoàn thành vượt mức. Trong nhiệm kỳ các cấp hội tổ chức trên 3.000 lớp tập huấn cho trên 180.000 lượt \
                                 hội viên; tín chấp cho hội viên mua trả chậm trên 1.000 tấn phân bón các loại.\n\
                                 Đại hội đặt mục tiêu đến năm 2028 có 80% hội viên đạt danh hiệu sản xuất kinh doanh giỏi.\n";

#[test]
fn objectives_met_and_passed_are_measured_against_and_want_nothing() {
    // Regression: "chỉ tiêu" in "nhiều chỉ tiêu hoàn thành vượt mức" made the term past's results targets of 2028.
    let draft = extract_plan(OBJECTIVES_PASSED);
    assert_eq!(target_rows(&draft.plan), [(Some(2028), Comparator::Reach, 80.0, MeasureUnit::Percent)]);
    // The classes held are counted since 4 Dec 2026, and are the term past's results too.
    assert_eq!(
        observation_rows(&draft),
        [(98.0, Some(2023)), (3_000.0, Some(2023)), (180_000.0, Some(2023)), (1_000.0, Some(2023))]
    );
}

/// A city council's budget estimates of a year, then the year before's results (hai_phong_ngan_sach_2026: a
/// development text).
const BUDGET_ESTIMATES: &str = "HĐND thành phố quyết định dự toán thu ngân sách nhà nước trên địa bàn năm 2026 là 194,9 nghìn tỷ đồng, cao \
                                hơn 53,6 tỷ đồng so với dự toán Trung ương giao. Dự toán thu ngân sách địa phương hơn 90,7 nghìn tỷ đồng.\n\
                                Năm 2025, tổng thu ngân sách nhà nước trên địa bàn thành phố ước đạt hơn 187 nghìn tỷ đồng.\n";

#[test]
fn a_budgets_estimates_are_the_years_targets() {
    // Regression: a text with no objective word only reported, so the estimates were observations with no year; "dự
    // toán" read as a cost and "quyết định" as a document's name; the margin over the centre's estimate was a target.
    let draft = extract_plan(BUDGET_ESTIMATES);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2026), Comparator::Reach, 194.9e12, MeasureUnit::Dong),
            (Some(2026), Comparator::MoreThan, 90.7e12, MeasureUnit::Dong),
        ]
    );
    assert_eq!(observation_rows(&draft), [(187e12, Some(2025))]);
}

/// A province's budget: the year's estimate, the year before's total and the parts "Trong đó" lists, then the plan's
/// (quang_ninh_ngan_sach_2026: a development text).
const PARTS_REPORTED: &str = "Năm 2025, tổng thu ngân sách Nhà nước trên địa bàn tỉnh ước đạt 82.235 tỷ đồng.\n\
                              Trước đó năm 2024, tổng thu ngân sách Nhà nước trên địa bàn tỉnh đạt 53.271 tỷ đồng. Trong đó, thu từ hoạt \
                              động xuất nhập khẩu đạt 18.083 tỷ đồng, thu nội địa đạt 35.022 tỷ đồng.\n\
                              Theo đó, tỉnh phấn đấu tổng thu ngân sách Nhà nước năm 2026 đạt 74.000 tỷ đồng.\n";

#[test]
fn the_parts_of_a_total_reported_are_reported() {
    // Regression: the parts listed "Trong đó" after the year before's total were drafted as its targets.
    let draft = extract_plan(PARTS_REPORTED);
    assert_eq!(target_rows(&draft.plan), [(Some(2026), Comparator::Reach, 74e12, MeasureUnit::Dong)]);
    assert_eq!(
        observation_rows(&draft),
        [(82.235e12, Some(2025)), (53.271e12, Some(2024)), (18.083e12, Some(2024)), (35.022e12, Some(2024))]
    );
}

/// A women's union congress that names no term but the one past and the one it opens (nghia_an_ninh_giang_hai_duong_phu_nu:
/// a development text).
const TWO_TERMS: &str = "Hội Phụ nữ xã Nghĩa An tổ chức đại hội điểm cấp cơ sở\n\
                         Nhiệm kỳ 2016-2021, Hội Phụ nữ xã Nghĩa An thành lập được 5 mô hình; nhận giúp đỡ 28 hộ hội viên nghèo. Tỷ \
                         lệ tập hợp phụ nữ tham gia sinh hoạt hội đạt 85,1%.\n\
                         Nhiệm kỳ 2021-2026, hội phấn đấu có 90% số hộ phụ nữ nghèo được giúp đỡ; tỷ lệ thu hút hội viên đạt 89% trở lên.\n";

#[test]
fn a_congress_opens_the_later_of_two_terms_one_after_the_other() {
    // Regression: the term past's results were drafted as targets of 2021.
    let draft = extract_plan(TWO_TERMS);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2026), Comparator::Reach, 90.0, MeasureUnit::Percent),
            (Some(2026), Comparator::AtLeast, 89.0, MeasureUnit::Percent),
        ]
    );
    assert_eq!(observation_rows(&draft), [(5.0, Some(2021)), (28.0, Some(2021)), (85.1, Some(2021))]);
}

/// A tourism plan's visitors, the parts in the sentence after the total (cao_bang_du_lich_2020: a development text).
const PARTS_NEXT_SENTENCE: &str =
    "Tỉnh đã đề ra mục tiêu đến năm 2020 sẽ đón 1,6 triệu lượt khách du lịch. Trong đó, 1,4 triệu lượt khách nội \
                                   địa, 200 nghìn lượt khách quốc tế. Tổng thu từ du lịch đạt 900 tỷ đồng.\n";

#[test]
fn the_parts_of_a_total_in_the_next_sentence_are_targets_of_their_own() {
    // Regression: the parts, with no verb of their own, were no figures.
    let draft = extract_plan(PARTS_NEXT_SENTENCE);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2020), Comparator::Reach, 1.6e6, MeasureUnit::Count),
            (Some(2020), Comparator::Reach, 1.4e6, MeasureUnit::Count),
            (Some(2020), Comparator::Reach, 200e3, MeasureUnit::Count),
            (Some(2020), Comparator::Reach, 900e9, MeasureUnit::Dong),
        ]
    );
}

/// A plan's objectives for several levels at once and for one, with its budget (binh_duong_cds_2030 and
/// ninh_thuan_cds_2025: development texts).
const SEVERAL_LEVELS: &str = "Về phát triển chính quyền số, tỉnh đặt mục tiêu đến năm 2025, thông qua môi trường mạng \
                              có 100% hồ sơ ở cấp tỉnh, huyện, xã được xử lý; 90% hồ sơ công việc cấp xã được xử lý \
                              trên môi trường mạng.\nTổng kinh phí thực hiện: 20.000 triệu đồng.\n";

#[test]
fn several_levels_named_at_once_are_no_tier_however_the_text_is_typed() {
    use unicode_normalization::UnicodeNormalization;
    // Regression: the first level named was the figure's tier ("cấp tỉnh, huyện, xã" read as the province's).
    let draft = extract_plan(SEVERAL_LEVELS);
    let rows = |d: &Draft| d.plan.targets.iter().map(|t| (t.year, t.tier, t.comparator, t.value)).collect::<Vec<_>>();
    assert_eq!(
        rows(&draft),
        [(Some(2025), None, Comparator::Reach, 100.0), (Some(2025), Some(Tier::Commune), Comparator::Reach, 90.0)]
    );
    assert_eq!(draft.plan.budget.as_ref().map(|b| b.total.0), Some(20_000_000_000));
    // Regression: spaces doubled (every rule's single space missed: the corpus's development half read 0.43 /
    // 0.38), Windows line ends (false targets) and decomposed letters (the budget's "triệu đồng" unread) changed
    // the draft.
    let typed: String = SEVERAL_LEVELS.replace(' ', "  ").replace('\n', "\r\n").nfd().collect();
    let again = extract_plan(&typed);
    assert_eq!(rows(&again), rows(&draft));
    assert_eq!(again.plan.budget.map(|b| b.total.0), Some(20_000_000_000));
}

/// Objectives as text copied from a PDF arrives, each line wrapped inside its sentence (the corpus's development
/// half wrapped at 80 columns; binh_thuan_2025, a development text, has such lines).
const WRAPPED: &str =
    "Mục tiêu đến năm 2025: 100% hồ sơ công việc tại cấp\ntỉnh, 80% hồ sơ công việc tại cấp huyện được \
                       xử lý trên\nmôi trường mạng; tỷ lệ dịch vụ công trực tuyến phát sinh hồ sơ đạt\n50%.\n";

#[test]
fn lines_wrapped_inside_a_sentence_read_as_one_line() {
    // Regression: the tier on the next line ("cấp\ntỉnh") and the name before a figure on its own line ("đạt\n50%")
    // were lost.
    let draft = extract_plan(WRAPPED);
    let rows: Vec<_> = tuples(&draft.plan).into_iter().map(|(y, t, c, v, _)| (y, t, c, v)).collect();
    assert_eq!(
        rows,
        [
            (Some(2025), Some(Tier::Province), Comparator::Reach, 100.0),
            (Some(2025), Some(Tier::District), Comparator::Reach, 80.0),
            (Some(2025), None, Comparator::Reach, 50.0),
        ]
    );
    assert_eq!(draft.plan.targets[2].indicator, "online_services_with_dossiers");
    // The quotes are still the text as read, line breaks and all.
    assert_eq!(draft.plan.targets[0].quote, "100% hồ sơ công việc tại cấp\ntỉnh");
}

/// A commune's congress with each sentence on its own line, and a floor written as a sign (khun_ha, a development
/// text, with its sentences split into lines; tables write "≥").
const DETAIL_AND_SIGN: &str = "Nhiệm kỳ 2020-2025, xã đạt được nhiều kết quả quan trọng.\nCụ thể, tốc độ tăng trưởng \
                               đàn vật nuôi bình quân 5%/năm; tỷ lệ hộ nghèo giảm bình quân 6,7%/năm.\nNhiệm kỳ \
                               2025-2030, xã phấn đấu thu nhập bình quân đầu người đạt 60 triệu đồng; tổng thu ngân \
                               sách ≥ 10 tỷ đồng.\n";

#[test]
fn a_line_in_detail_reads_with_the_line_before_and_a_sign_is_a_comparator() {
    // Regression: the results "Cụ thể," details on their own line were drafted as targets, and "≥" was no floor.
    let draft = extract_plan(DETAIL_AND_SIGN);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2030), Comparator::Reach, 60e6, MeasureUnit::Dong),
            (Some(2030), Comparator::AtLeast, 10e9, MeasureUnit::Dong),
        ]
    );
    // The term opening the line before dates them for its end, as the text's labels do (4 Dec 2026; undated before).
    assert_eq!(observation_rows(&draft), [(5.0, Some(2025)), (6.7, Some(2025))]);
    assert!(draft.plan.targets[1].quote.contains("≥ 10 tỷ đồng"), "{}", draft.plan.targets[1].quote);
}

/// A poverty programme's article: a survey's results, then the targets (bac_kan_giam_ngheo_2025, a development text).
const SURVEY_RESULTS: &str = "Bắc Kạn phấn đấu giảm tỷ lệ hộ nghèo\n\nTheo kết quả tổng điều tra rà soát hộ nghèo, hộ \
                              cận nghèo theo chuẩn tiếp cận đa chiều, năm 2020 tỉnh Bắc Kạn còn 14.982/80.972 hộ \
                              nghèo, chiếm tỷ lệ 18,50%; 8.469/80.972 hộ cận nghèo, chiếm tỷ lệ 10,46%.\n\nPhấn đấu \
                              đến năm 2025: 100% người nghèo, cận nghèo được cấp thẻ bảo hiểm y tế; 98% hộ nghèo được \
                              tiếp cận nguồn nước sinh hoạt hợp vệ sinh.\n";

#[test]
fn a_surveys_results_are_reported_and_near_poor_is_no_need() {
    // Regression: "theo kết quả" reported nothing, and the "cận" of "hộ cận nghèo", "tiếp cận" was read as "cần"
    // (need), so the survey's shares were drafted as targets of 2020.
    let draft = extract_plan(SURVEY_RESULTS);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2025), Comparator::Reach, 100.0, MeasureUnit::Percent),
            (Some(2025), Comparator::Reach, 98.0, MeasureUnit::Percent),
        ]
    );
    // The survey's year, after an attribution ("Theo kết quả ..., năm 2020"), dates both shares (the second had none
    // until 4 Dec 2026).
    assert_eq!(observation_rows(&draft), [(18.5, Some(2020)), (10.46, Some(2020))]);
}

/// A district council's resolution on a year's tasks, named with "KT-XH" as councils abbreviate it
/// (quan_nam_tu_liem_ha_noi_2024, a development text).
const COUNCIL_KT_XH: &str =
    "HĐND quận biểu quyết thông qua Nghị quyết về kế hoạch phát triển KT-XH, QP-AN năm 2024\n\nCác \
                             chỉ tiêu kinh tế: Tốc độ tăng giá trị sản xuất chung các ngành kinh tế trên địa bàn là \
                             13,6-14,6%; Thu ngân sách nhà nước trên địa bàn là 8.471 tỷ đồng.\n";

#[test]
fn a_resolution_on_the_years_kt_xh_plan_dates_its_targets() {
    // Regression: "KT-XH" named no plan, so the resolution's year dated nothing and the targets had none.
    let draft = extract_plan(COUNCIL_KT_XH);
    let rows: Vec<_> = draft.plan.targets.iter().map(|t| (t.year, t.comparator, t.value)).collect();
    assert_eq!(rows, [(Some(2024), Comparator::Reach, 14.6), (Some(2024), Comparator::Reach, 8_471e9)]);
    assert_eq!((draft.plan.period.from, draft.plan.period.to), (Some(2024), 2024));
}

/// A list of targets whose clause before tells what is already done (ho_chi_minh_chuong_trinh_chuyen_doi_so_2025, a
/// development text).
const DONE_THEN_TARGETS: &str = "Đến năm 2025, thông tin của người dân, doanh nghiệp đã được số hóa và lưu trữ tại \
                                 Trung tâm dữ liệu không phải cung cấp lại; 90% hồ sơ công việc tại cấp tỉnh, 80% hồ \
                                 sơ công việc tại cấp huyện được xử lý trên môi trường mạng.\n";

#[test]
fn a_past_verb_reports_its_own_clause_not_the_next_of_a_list() {
    // Regression: "đã được" reported to the sentence's end, past the ";", so the next item's targets were drafted as
    // observations.
    let draft = extract_plan(DONE_THEN_TARGETS);
    let rows: Vec<_> = draft.plan.targets.iter().map(|t| (t.year, t.tier, t.value)).collect();
    assert_eq!(rows, [(Some(2025), Some(Tier::Province), 90.0), (Some(2025), Some(Tier::District), 80.0)]);
    assert!(draft.observations.is_empty(), "{:?}", draft.observations);
}

/// A master plan's period said "từ năm 2021-2030", and an average ("Bình quân GRDP") (ha_tinh_quy_hoach_2030, a
/// development text).
const SPAN_AFTER_NAM: &str = "Mục tiêu tăng trưởng kinh tế từ năm 2021-2030 đạt trên 9% năm. Cơ cấu kinh tế công \
                              nghiệp - xây dựng chiếm 60,3%. Bình quân GRDP trên đầu người đạt 170 triệu đồng.\n";

#[test]
fn a_span_of_years_after_nam_dates_for_its_end_and_binh_quan_is_no_district() {
    // Regression: "năm 2021-2030" dated the targets 2021, and the "quân" of "Bình quân GRDP" named an urban district
    // "GRDP" as the plan's unit.
    let draft = extract_plan(SPAN_AFTER_NAM);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2030), Comparator::MoreThan, 9.0, MeasureUnit::PercentPerYear),
            (Some(2030), Comparator::Reach, 60.3, MeasureUnit::Percent),
            (Some(2030), Comparator::Reach, 170e6, MeasureUnit::Dong),
        ]
    );
    assert_eq!(draft.plan.jurisdiction.id, "unknown");
}

/// A year's industry and trade plan whose figures each carry their change on the year before, the base shortened
/// ("so năm 2022", "so cùng kỳ năm 2022") (dong_nai_cong_thuong_2023, a development text).
const CHANGES_ON_LAST_YEAR: &str =
    "Dự kiến mục tiêu tăng trưởng các chỉ tiêu công nghiệp, thương mại của tỉnh năm 2023 \
                                    như sau:\n- Chỉ số sản xuất công nghiệp phấn đấu duy trì mức tăng 7,5-8% so năm \
                                    2022.\n- Giá trị sản xuất công nghiệp phấn đấu đạt trong khoảng 826,9 – 834,6 ngàn \
                                    tỷ đồng, tăng 8 – 9% so cùng kỳ năm 2022.\n- Kim ngạch xuất khẩu phấn đấu đạt \
                                    trong khoảng 26,5 - 26,7 tỷ USD, tăng 8,0-8,5% so với năm 2022.\n";

#[test]
fn a_shortened_base_dates_nothing_and_a_ranges_change_beside_a_figure_is_no_target() {
    // Regression: "so năm 2022" and "so cùng kỳ năm 2022" dated the plan's targets 2022, and a change given as a range
    // ("tăng 8 – 9%", "tăng 8,0-8,5%") beside a figure was drafted as a target of its own.
    let draft = extract_plan(CHANGES_ON_LAST_YEAR);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2023), Comparator::Reach, 8.0, MeasureUnit::PercentIncrease),
            (Some(2023), Comparator::About, 834.6e12, MeasureUnit::Dong),
            (Some(2023), Comparator::About, 26.7e9, MeasureUnit::Usd),
        ]
    );
}

/// A list opened "Cụ thể, đến năm 2025," under a headline of 2030 (ho_chi_minh_chuong_trinh_chuyen_doi_so_2025, a
/// development text).
const LIST_UNDER_A_LATER_HEADLINE: &str =
    "Đến năm 2030: TPHCM phấn đấu trở thành đô thị thông minh\n\nCụ thể, đến năm \
                                           2025, 100% dịch vụ công trực tuyến được tích hợp lên Cổng Dịch vụ công \
                                           quốc gia; 100% giao dịch trên Cổng Dịch vụ công được xác thực điện tử; 40% \
                                           người dân được xác thực định danh điện tử.\n";

#[test]
fn a_year_opening_a_list_stands_over_the_headlines() {
    // Regression: the list's items after the first took the headline's 2030, the year opening their sentence being
    // only context.
    let draft = extract_plan(LIST_UNDER_A_LATER_HEADLINE);
    let rows: Vec<_> = draft.plan.targets.iter().map(|t| (t.year, t.value)).collect();
    assert_eq!(rows, [(Some(2025), 100.0), (Some(2025), 100.0), (Some(2025), 40.0)]);
}

/// A tourism scheme's routes, zones and farming areas over "từ 2018 đến 2030" (ha_tinh_du_lich_2030,
/// binh_duong_du_lich_2030, huyen_luong_son_hoa_binh_nong_nghiep_2025, development texts).
const ROUTES_AND_ZONES: &str = "Theo đề án, từ 2018 đến 2030, tỉnh sẽ phát triển 13 tuyến du lịch, công nhận 1 khu du \
                                lịch quốc gia và hình thành từ 3-5 vùng sản xuất chuyên canh.\n";

#[test]
fn routes_zones_and_areas_are_counted_and_a_span_from_a_year_ends_at_the_next() {
    // Regression: "tuyến", "khu", "vùng" counted nothing, so these targets had no unit and were not drafted; "từ 2018
    // đến 2030" was read as a date's year and dated nothing.
    let draft = extract_plan(ROUTES_AND_ZONES);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2030), Comparator::Reach, 13.0, MeasureUnit::Count),
            (Some(2030), Comparator::Reach, 1.0, MeasureUnit::Count),
            (Some(2030), Comparator::Reach, 5.0, MeasureUnit::Count),
        ]
    );
}

/// Each clause of a sentence on a line of its own, and a term opening a sentence on a line of its own
/// (phuong_duc_xuan_thai_nguyen and thuan_bac_ninh_thuan_cuu_chien_binh, development texts, so reshaped).
const CLAUSE_PER_LINE: &str =
    "Nhiệm kỳ 2025-2030, Đảng bộ phường Đức Xuân tập trung xây dựng hệ thống chính trị trong \
                               sạch, vững mạnh;\nphấn đấu tốc độ tăng thu ngân sách nhà nước bình quân từ \
                               10%/năm;\nthành lập mới 5 hợp tác xã;\nduy trì 100% trường học đạt chuẩn quốc gia mức \
                               độ I.\nNhiệm kỳ 2022-2027, Hội Cựu chiến binh tiếp tục đổi mới nội dung, phương thức \
                               hoạt động.\nPhấn đấu 98% gia đình hội viên đạt gia đình văn hóa.\n";

#[test]
fn a_sentence_goes_on_after_a_line_ending_in_a_semicolon_and_a_term_opening_a_line_dates_the_next() {
    // Regression: a line ending in ";" ended the sentence, so the clauses on the lines after lost the term opening it;
    // a term opening a sentence on a line of its own ("Nhiệm kỳ 2022-2027, ...") dated nothing after it.
    let draft = extract_plan(CLAUSE_PER_LINE);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2030), Comparator::AtLeast, 10.0, MeasureUnit::PercentPerYear),
            (Some(2030), Comparator::Reach, 5.0, MeasureUnit::Count),
            (Some(2030), Comparator::Reach, 100.0, MeasureUnit::Percent),
            (Some(2027), Comparator::Reach, 98.0, MeasureUnit::Percent),
        ]
    );
}

/// A provincial master plan's news item wrapped at 80 columns, as copied from a PDF (quang_binh_quy_hoach_2030, a
/// development text, so reshaped).
const WRAPPED_AT_80: &str = concat!(
    "Quyết định phê duyệt Quy hoạch tỉnh Quảng Bình thời kỳ 2021-2030, tầm nhìn đến\n",
    "năm 2050. Phạm vi ranh giới quy hoạch tỉnh Quảng Bình bao gồm toàn bộ phần\n",
    "lãnh thổ đất liền và phần không gian biển được xác định theo Luật Biển Việt\n",
    "Nam năm 2012, Nghị định số 40/2016/NĐ-CP ngày 15/5/2016 của Chính phủ quy định\n",
    "chi tiết thi hành một số điều của Luật Tài nguyên, môi trường biển và hải đảo.\n",
    "Nâng cao năng lực phòng chống thiên tai, chủ động thích ứng với biến đổi khí\n",
    "hậu, bảo vệ môi trường sinh thái. Đến năm 2030 phấn đấu đưa Quảng Bình trở\n",
    "thành tỉnh phát triển khá của khu vực miền Trung.\n",
    "Về mục tiêu cụ thể, tốc độ tăng GRDP bình quân từ 8,4 - 8,8%/năm; ngành dịch\n",
    "vụ chiếm khoảng 45,0 - 45,5%.\n"
);

#[test]
fn a_capital_opening_a_line_of_a_wrapped_text_goes_on_with_a_name() {
    // Regression: "Luật Biển Việt\nNam năm 2012, ..." left "Nam năm 2012," opening a line, read as "Năm 2012, ...",
    // which dated the targets after it 2012 in place of the 2030 the text states.
    let draft = extract_plan(WRAPPED_AT_80);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2030), Comparator::Reach, 8.8, MeasureUnit::PercentPerYear),
            (Some(2030), Comparator::About, 45.5, MeasureUnit::Percent),
        ]
    );
}

/// Projects, organisations and units of blood counted (dong_nai_khoa_hoc_cong_nghe_2025, lang_son_hanh_trinh_do_2022,
/// development texts).
const PROJECTS_AND_ORGANISATIONS: &str =
    "Đó là mục tiêu được Sở Khoa học - công nghệ (KH-CN) đặt ra trong giai đoạn 2020-2025. Ngoài ra, Sở KH-CN \
                         còn phấn đấu hỗ trợ 5 dự án ươm tạo doanh nghiệp KH-CN, có 10 tổ chức nghiên cứu phát triển \
                         và 7 tổ chức dịch vụ KH-CN; tiếp nhận tối thiểu 2.000 đơn vị máu.\n";

#[test]
fn projects_organisations_and_units_are_counted() {
    // Regression: "dự án", "tổ chức" and "đơn vị" counted nothing, so these targets had no unit and were not drafted.
    let draft = extract_plan(PROJECTS_AND_ORGANISATIONS);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2025), Comparator::Reach, 5.0, MeasureUnit::Count),
            (Some(2025), Comparator::Reach, 10.0, MeasureUnit::Count),
            (Some(2025), Comparator::Reach, 7.0, MeasureUnit::Count),
            (Some(2025), Comparator::AtLeast, 2000.0, MeasureUnit::Count),
        ]
    );
}

/// Levels risen and fallen to, with the level each starts from (yen_bai_lam_nghiep_2025, dak_nong_giao_thong_2020,
/// development texts).
const RISEN_FROM: &str = "Tỉnh Yên Bái đặt mục tiêu đến năm 2025 tỷ lệ che phủ rừng đạt 65%; đưa tỷ lệ gỗ xẻ từ 25% - \
                          30% hiện nay lên trên 60%; nâng tỷ lệ nhựa hóa đường huyện từ 53% lên 65%; giảm tỷ lệ hộ \
                          nghèo từ 5% năm 2020 xuống 3%.\n";

#[test]
fn a_level_risen_to_is_the_target_and_the_level_it_rises_from_is_none() {
    // Regression: "từ 25% - 30% hiện nay" was a target and "hiện nay" reported the 60% after it; "từ 53%" was a
    // floor carried to the 65% after it; "năm 2020" of the level fallen from dated the 3%.
    let draft = extract_plan(RISEN_FROM);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2025), Comparator::Reach, 65.0, MeasureUnit::Percent),
            (Some(2025), Comparator::MoreThan, 60.0, MeasureUnit::Percent),
            (Some(2025), Comparator::Reach, 65.0, MeasureUnit::Percent),
            (Some(2025), Comparator::Reach, 3.0, MeasureUnit::Percent),
        ]
    );
    assert!(draft.observations.is_empty());
}

/// An area there will be, and its parts in a bracket (nghe_an_lam_nghiep_2030, a development text).
const AREA_THERE_WILL_BE: &str = "Theo quy hoạch đến năm 2030, tỉnh Nghệ An sẽ có 1.148.476 ha đất lâm nghiệp (gồm: \
                                  171.062 ha rừng đặc dụng; 370.405 ha rừng phòng hộ).\n";

#[test]
fn an_area_there_will_be_is_to_reach_and_so_are_its_parts() {
    // Regression: "có" before an area (what a place has) set nothing to reach, also when the place "sẽ có" it; the
    // parts "gồm" lists in a bracket, parted by ";", were no figures, but the first, named by the total.
    let draft = extract_plan(AREA_THERE_WILL_BE);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2030), Comparator::Reach, 1_148_476.0, MeasureUnit::Hectare),
            (Some(2030), Comparator::Reach, 171_062.0, MeasureUnit::Hectare),
            (Some(2030), Comparator::Reach, 370_405.0, MeasureUnit::Hectare),
        ]
    );
}

/// A plan named by its number with its name right after (thua_thien_hue_chuyen_doi_so_2023, a development text).
const PLAN_NAMED_BY_NUMBER: &str = "Ngày 14/09/2023, UBND tỉnh Thừa Thiên Huế ban hành Kế hoạch số 308/KH-UBND triển khai mô \
                                   hình tỉnh chuyển đổi số điển hình năm 2023 nhằm xây dựng mô hình tỉnh chuyển đổi số điển \
                                   hình góp phần triển khai có hiệu quả các mục tiêu, nhiệm vụ, giải pháp chủ yếu đề ra tại \
                                   Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ phê duyệt Chương trình \
                                   Chuyển đổi số quốc gia.\nVới Mô hình chuyển đổi số cấp tỉnh, mục tiêu cụ thể như sau:\nTối \
                                   thiểu 80% hồ sơ thủ tục hành chính được xử lý hoàn toàn trực tuyến; phấn đấu kinh tế số \
                                   chiếm 15% GRDP.\n";

#[test]
fn a_plan_named_by_its_number_dates_the_targets_by_its_name() {
    // Regression: "Kế hoạch số 308/KH-UBND triển khai ... năm 2023", with no "về" after the number, named no plan in
    // a news item's lead, and the targets of the text, which states no other year, had none.
    let draft = extract_plan(PLAN_NAMED_BY_NUMBER);
    assert_eq!(
        draft.plan.document.title,
        "Kế hoạch số 308/KH-UBND triển khai mô hình tỉnh chuyển đổi số điển hình năm 2023"
    );
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2023), Comparator::AtLeast, 80.0, MeasureUnit::Percent),
            (Some(2023), Comparator::Reach, 15.0, MeasureUnit::PercentOfGrdp),
        ]
    );
}

/// Shares of a plan reached, and one wanted (kon_tum_2024, quang_tri_2026, development texts).
const SHARES_OF_A_PLAN: &str = "Năm 2024, ngành du lịch thu hút được 1,4 triệu lượt khách, đạt 85% kế hoạch; giải ngân vốn \
                             đầu tư công mới đạt 3,85% kế hoạch.\nNăm 2025, phấn đấu giải ngân vốn đầu tư công đạt 100% \
                             kế hoạch.\n";

#[test]
fn a_share_of_a_plan_reached_is_a_result() {
    // Regression: "mới đạt 3,85% kế hoạch" (what was done against what was planned) was a target when nothing before
    // it in its clause reported; "phấn đấu ... đạt 100% kế hoạch" stays one.
    let draft = extract_plan(SHARES_OF_A_PLAN);
    assert_eq!(target_rows(&draft.plan), [(Some(2025), Comparator::Reach, 100.0, MeasureUnit::PercentOfPlan)]);
    assert_eq!(observation_rows(&draft), [(1.4e6, Some(2024)), (85.0, Some(2024)), (3.85, Some(2024))]);
}

/// A school year and years that label their clause (huyen_quang_dien_thua_thien_hue_giao_duc_2016,
/// lang_son_bao_hiem_y_te_2020, development texts).
const SCHOOL_YEAR_AND_LABELLED_YEARS: &str = "Năm học 2015-2016, huyện Quảng Điền phấn đấu tỷ lệ các cháu vào nhà trẻ trên 35%, mẫu giáo \
                                             trên 93%.\nTheo đó, đến năm 2020, tỷ lệ bao phủ bảo hiểm y tế đạt trên 90%. Trong đó, huyện \
                                             được giao chỉ tiêu cụ thể: năm 2016: 89,0%; năm 2017: 90,0%.\n";

#[test]
fn a_school_year_and_a_year_before_a_colon_date_their_figures() {
    // Regression: "Năm học 2015-2016" opening a sentence dated nothing, and "năm 2016: 89,0%" took the year that opened
    // the sentence before (2020).
    let draft = extract_plan(SCHOOL_YEAR_AND_LABELLED_YEARS);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2016), Comparator::MoreThan, 35.0, MeasureUnit::Percent),
            (Some(2016), Comparator::MoreThan, 93.0, MeasureUnit::Percent),
            (Some(2020), Comparator::MoreThan, 90.0, MeasureUnit::Percent),
            (Some(2016), Comparator::Reach, 89.0, MeasureUnit::Percent),
            (Some(2017), Comparator::Reach, 90.0, MeasureUnit::Percent),
        ]
    );
}

/// A place carrying out the nation's resolution, and the lowest a share may be (gia_lai_thi_truong_lao_dong_2025,
/// lao_cai_giao_duc_mam_non_2020, development texts).
const CARRYING_OUT_AND_LOWEST: &str = "Thực hiện Nghị quyết 06 của Chính phủ về phát triển thị trường lao động, Gia Lai phấn đấu \
                                      đến năm 2025, tỷ trọng lao động nông nghiệp trong tổng lao động xã hội dưới 61%; tỷ lệ huy \
                                      động trẻ em ra lớp đạt: thấp nhất là 30% đối với trẻ nhà trẻ, 97,5% đối với trẻ mẫu giáo.\n";

#[test]
fn a_place_carrying_out_the_nations_resolution_sets_its_own_targets() {
    // Regression: "Thực hiện Nghị quyết 06 của Chính phủ ..., Gia Lai phấn đấu ..." read the 61% as the nation's
    // (the reader does not know the place's name); "thấp nhất là 30%" was no comparator.
    let draft = extract_plan(CARRYING_OUT_AND_LOWEST);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2025), Comparator::LessThan, 61.0, MeasureUnit::Percent),
            (Some(2025), Comparator::AtLeast, 30.0, MeasureUnit::Percent),
            (Some(2025), Comparator::AtLeast, 97.5, MeasureUnit::Percent),
        ]
    );
}

/// Lengths, volumes and litres set to reach, in each spelling, beside what only looks like them (dak_nong_giao_thong_2020,
/// yen_bai_lam_nghiep_2025, quang_tri_rung_fsc_2025, thanh_pho_phu_quoc_an_giang_2025: development texts); the same
/// text in the Python and JavaScript tests.
const LENGTHS_VOLUMES_LITRES: &str =
    "Đến năm 2025, cứng hóa 555 km đường giao thông nông thôn; sản lượng gỗ khai thác \
    đạt trên 500 ngàn m3; sản xuất 10 triệu lít nước mắm.\nĐến năm 2030, kiên cố hóa 120 cây số kênh mương; khai thác \
    khoảng 1,2 triệu m³ gỗ rừng trồng; chế biến 2 nghìn mét khối gỗ xẻ; tốc độ tối đa 80 km/h; công suất cấp nước đạt \
    5.000 m3/ngày đêm, bảo đảm tối thiểu 60 lít/người/ngày; diện tích tự nhiên đạt 136,27 km²; diện tích sàn nhà ở đạt \
    30 m²/người.\n";

#[test]
fn lengths_volumes_and_litres_are_targets_and_their_look_alikes_none() {
    // Regression: the model had no unit for kilometres, cubic metres or litres, and the reader read none of them; a
    // speed ("km/h"), a supply norm ("lít/người/ngày") and an area ("km²") are none of them. The floor area a person
    // ("30 m²/người"), none until 4 Dec 2026, and a capacity a day ("5.000 m3/ngày đêm"), none until 5 Dec 2026, are
    // targets of their own units.
    let draft = extract_plan(LENGTHS_VOLUMES_LITRES);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2025), Comparator::Reach, 555.0, MeasureUnit::Kilometre),
            (Some(2025), Comparator::MoreThan, 500_000.0, MeasureUnit::CubicMetre),
            (Some(2025), Comparator::Reach, 1e7, MeasureUnit::Litre),
            (Some(2030), Comparator::Reach, 120.0, MeasureUnit::Kilometre),
            (Some(2030), Comparator::About, 1_200_000.0, MeasureUnit::CubicMetre),
            (Some(2030), Comparator::Reach, 2_000.0, MeasureUnit::CubicMetre),
            (Some(2030), Comparator::Reach, 5_000.0, MeasureUnit::CubicMetrePerDay),
            (Some(2030), Comparator::Reach, 30.0, MeasureUnit::SquareMetrePerPerson),
        ]
    );
    assert!(draft.observations.is_empty());
    let quotes: Vec<_> = draft.plan.targets.iter().map(|t| t.quote.as_str()).collect();
    assert_eq!(quotes[4], "khai thác khoảng 1,2 triệu m³ gỗ rừng trồng");
    check_offsets(LENGTHS_VOLUMES_LITRES, &draft);
    assert!(errors(&draft.plan).is_empty(), "{:?}", errors(&draft.plan));
    // The units round-trip through the plan's JSON by their names, and label in both languages.
    let json = draft.plan.to_json();
    for name in ["\"kilometre\"", "\"cubic_metre\"", "\"litre\""] {
        assert!(json.contains(name), "{name}");
    }
    assert_eq!(Plan::from_json(&json).unwrap().value, draft.plan);
    let units: Vec<MeasureUnit> = serde_json::from_str("[\"kilometre\", \"cubic_metre\", \"litre\"]").unwrap();
    assert_eq!(units, [MeasureUnit::Kilometre, MeasureUnit::CubicMetre, MeasureUnit::Litre]);
    assert_eq!(serde_json::to_string(&units).unwrap(), "[\"kilometre\",\"cubic_metre\",\"litre\"]");
    let label = |code, lang| chitieu::label::lookup(chitieu::label::Domain::Unit, code, lang);
    assert_eq!(label("cubic_metre", chitieu::label::Lang::Vi), Some("m³"));
    assert_eq!(label("litre", chitieu::label::Lang::Vi), Some("lít"));
    assert_eq!(label("kilometre", chitieu::label::Lang::En), Some("km"));
}

/// Floor areas and floor areas a person (ha_tinh_nha_o_2030, a development text).
const FLOOR_AREAS: &str = "Giai đoạn 2021-2025, tỉnh sẽ phát triển mới khoảng 7.347.630m2 sàn nhà ở, nâng tổng diện tích \
                           sàn nhà ở lên hơn 41 triệu m2. Khu vực đô thị đạt 32,2 m2/người, nông thôn 29,4 m²/người.\nĐến \
                           năm 2030, dự kiến phát triển mới khoảng 100 căn (45m2/căn).\n";

#[test]
fn floor_areas_and_floor_areas_a_person_are_targets_and_a_dwellings_size_none() {
    // Regression: the model had no unit for square metres and the reader read none; "45m2/căn", a dwelling's size,
    // is no target.
    let draft = extract_plan(FLOOR_AREAS);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2025), Comparator::About, 7_347_630.0, MeasureUnit::SquareMetre),
            (Some(2025), Comparator::MoreThan, 41e6, MeasureUnit::SquareMetre),
            (Some(2025), Comparator::Reach, 32.2, MeasureUnit::SquareMetrePerPerson),
            (Some(2025), Comparator::Reach, 29.4, MeasureUnit::SquareMetrePerPerson),
            (Some(2030), Comparator::About, 100.0, MeasureUnit::Count),
        ]
    );
    check_offsets(FLOOR_AREAS, &draft);
    let label = |code, lang| chitieu::label::lookup(chitieu::label::Domain::Unit, code, lang);
    assert_eq!(label("square_metre_per_person", chitieu::label::Lang::Vi), Some("m²/người"));
}

/// "Sâu" (deep) folds as "sáu" (six) does (huyen_dak_doa_gia_lai_lao_dong_2025, a development text).
const DEEP_IS_NO_SIX: &str =
    "Đến năm 2025, phối hợp tổ chức các phiên giao dịch việc làm, nhất là vùng sâu vùng xa; có \
                              thêm sáu xã đạt chuẩn nông thôn mới.\n";

#[test]
fn a_number_in_words_is_one_only_as_the_text_spells_it() {
    // Regression: "vùng sâu vùng xa" (remote areas) was drafted as six regions to reach, "sâu" folding to "sau" as
    // "sáu" does; "sáu xã" stays six communes.
    let draft = extract_plan(DEEP_IS_NO_SIX);
    assert_eq!(target_rows(&draft.plan), [(Some(2025), Comparator::Reach, 6.0, MeasureUnit::Count)]);
}

/// Results beside the plan's figures in brackets (ninh_thuan_2023, huyen_vinh_linh_quang_tri_2022, development texts).
const RESULTS_BESIDE_THE_PLAN: &str = "Năm 2023, tỷ trọng đóng góp của kinh tế biển vào GRDP 41,85% (KH 41%); tổng thu ngân sách \
                                      nhà nước trên địa bàn ước đạt 3.658 tỷ đồng, đạt 100% KH (KH 3.658 tỷ đồng); tăng trưởng \
                                      GRDP 9,26% (Kế hoạch 9%); số lao động được đào tạo nghề đạt 10.994 người (KH 9.500 người).\n";

#[test]
fn a_figure_beside_the_plans_in_a_bracket_is_a_result_and_the_plans_a_target() {
    // Regression: "41,85% (KH 41%)", "9,26% (Kế hoạch 9%)" drafted the results as targets and "(Kế hoạch 9%)" as a
    // result measured against the plan; "(KH 3.658 tỷ đồng)" after "đạt 100% KH" was read as saying the share again.
    let draft = extract_plan(RESULTS_BESIDE_THE_PLAN);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2023), Comparator::Reach, 41.0, MeasureUnit::Percent),
            (Some(2023), Comparator::Reach, 3.658e12, MeasureUnit::Dong),
            (Some(2023), Comparator::Reach, 9.0, MeasureUnit::Percent),
            (Some(2023), Comparator::Reach, 9500.0, MeasureUnit::Count),
        ]
    );
    assert_eq!(
        observation_rows(&draft),
        [(41.85, Some(2023)), (3.658e12, Some(2023)), (100.0, Some(2023)), (9.26, Some(2023)), (10994.0, Some(2023))]
    );
    // A figure its own words want stays a target beside a plan's in a bracket (a district's aim above the province's).
    let draft = extract_plan("Năm 2024, huyện phấn đấu tăng trưởng 9% (KH tỉnh giao 8,5%).\n");
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2024), Comparator::Reach, 9.0, MeasureUnit::PercentPerYear),
            (Some(2024), Comparator::Reach, 8.5, MeasureUnit::Percent),
        ]
    );
    assert!(draft.observations.is_empty());
}

/// A period named in passing in a plan's lead, and a year's estimate (hue_chuyen_doi_so_2026, thai_nguyen_dan_so_2023,
/// development texts).
const PERIOD_IN_PASSING_AND_ESTIMATE: &str = "Kế hoạch chuyển đổi số thành phố Huế năm 2026 vừa được ban hành đặt mục tiêu hoàn thiện \
                                             khung kiến trúc số, phát triển chính quyền số, xã hội số và thúc đẩy kinh tế số trở thành \
                                             động lực quan trọng cho tăng trưởng kinh tế – xã hội giai đoạn 2026–2030.\nTrong phát triển \
                                             chính quyền số, thành phố phấn đấu 100% cơ quan Nhà nước được kết nối mạng chuyên \
                                             dùng.\nTrong năm 2025, công tác dân số đạt và vượt nhiều chỉ tiêu kế hoạch đề ra.\nTheo đó, \
                                             ước tính số trẻ sinh ra là gần 14 nghìn trẻ; tỷ lệ bà mẹ mang thai được sàng lọc trước sinh \
                                             đạt xấp xỉ 38%.\n";

#[test]
fn a_period_named_in_passing_dates_nothing_and_an_estimate_reports() {
    // Regression: "giai đoạn 2026–2030" at the end of the lead's long objective dated the plan of 2026's targets 2030;
    // "Theo đó, ước tính ..." after a line of results was wanted ("theo đó"), its figures targets.
    let draft = extract_plan(PERIOD_IN_PASSING_AND_ESTIMATE);
    assert_eq!(target_rows(&draft.plan), [(Some(2026), Comparator::Reach, 100.0, MeasureUnit::Percent)]);
    assert_eq!(observation_rows(&draft), [(38.0, Some(2025))]);
}

/// Parts of a total listed past ";" (phuong_dong_son_bim_son_thanh_hoa_2020, dak_nong_giao_thong_2020, development
/// texts).
const PARTS_PAST_SEMICOLONS: &str = "Đến năm 2020:\n- Số hộ kinh doanh cá thể vào năm 2020: 500 hộ, trong đó, thương mại \
                                     421 hộ; công nghiệp 50 hộ; nông nghiệp 29 hộ.\n- Từ nay đến cuối năm 2020, toàn tỉnh \
                                     sẽ nâng cấp được 555 km đường giao thông. Cụ thể, nâng cấp 55 km quốc lộ; 99 km đường \
                                     huyện; 338 km đường xã.\n";

#[test]
fn the_parts_of_a_total_go_on_past_semicolons() {
    // Regression: only the first part after "trong đó" or "Cụ thể" was read; those after ";" had no verb of their own.
    let draft = extract_plan(PARTS_PAST_SEMICOLONS);
    let count = |v: f64| (Some(2020), Comparator::Reach, v, MeasureUnit::Count);
    let km = |v: f64| (Some(2020), Comparator::Reach, v, MeasureUnit::Kilometre);
    assert_eq!(
        target_rows(&draft.plan),
        [count(500.0), count(421.0), count(50.0), count(29.0), km(555.0), km(55.0), km(99.0), km(338.0)]
    );
}

/// Rooms counted alone and places recognised (binh_duong_du_lich_2030, a development text).
const ROOMS_AND_PLACES_RECOGNISED: &str =
    "Phấn đấu đến năm 2025, có 50 cơ sở khách sạn được xếp hạng sao với tổng số phòng lưu \
                                           trú là 7.500 phòng; công nhận 1 khu và 2 điểm du lịch.\n";

#[test]
fn rooms_alone_and_places_recognised_are_counted() {
    // Regression: "7.500 phòng" had no unit (only "phòng lưu trú", "phòng nghỉ" were counted) and "công nhận 1 khu"
    // no verb that wants a count.
    let draft = extract_plan(ROOMS_AND_PLACES_RECOGNISED);
    let count = |v: f64| (Some(2025), Comparator::Reach, v, MeasureUnit::Count);
    assert_eq!(target_rows(&draft.plan), [count(50.0), count(7500.0), count(1.0), count(2.0)]);
}

/// Figures measured against the plan in their own clause (huyen_nong_son_quang_nam_2023, a development text).
const MEASURED_AGAINST_THE_PLAN: &str = "Năm 2022, tổng thu ngân sách nhà nước trên địa bàn đạt hơn 83,5 tỷ đồng, đạt 132,4% so \
                                         với kế hoạch tỉnh giao; sản lượng lương thực đạt 13.007 tấn, tăng 3,68% so với mục \
                                         tiêu đề ra.\nNăm 2023, huyện đặt ra chỉ tiêu thu ngân sách đạt hơn 14,5 tỷ đồng.\n";

#[test]
fn a_figure_measured_against_the_plan_is_a_result() {
    // Regression: "đạt X% so với kế hoạch" (and "tăng X% so với mục tiêu") after a figure, in its clause, was not read
    // as what was done against the plan: the year's results were drafted as targets of 2022.
    let draft = extract_plan(MEASURED_AGAINST_THE_PLAN);
    assert_eq!(target_rows(&draft.plan), [(Some(2023), Comparator::MoreThan, 14.5e9, MeasureUnit::Dong)]);
    // The share of the plan, above 100%, was set aside; it is reported, of the revenue.
    assert_eq!(observation_rows(&draft), [(83.5e9, Some(2022)), (132.4, Some(2022)), (13007.0, Some(2022))]);
}

/// A year after a lead-in with no comma of its own, and a year before a counted noun (huyen_hung_ha_thai_binh_van_hoa_2020,
/// a development text).
const YEAR_AFTER_A_LEAD_IN: &str = "Trong năm 2019, toàn huyện có 91,5% gia đình đạt danh hiệu gia đình văn hóa.\nPhát huy kết \
                                    quả đạt được, năm 2020 huyện Hưng Hà tiếp tục tập trung nâng cao chất lượng phong trào. \
                                    Toàn huyện phấn đấu có từ 92% gia đình, 56% dòng họ đạt chuẩn văn hóa.\n";

#[test]
fn a_year_after_a_lead_in_dates_what_follows_and_counts_nothing() {
    // Regression: "năm 2020 huyện" was read as 2020 districts (an observation), and the year, with no comma after it,
    // held for nothing: the targets took the line before's 2019.
    let draft = extract_plan(YEAR_AFTER_A_LEAD_IN);
    let rows = target_rows(&draft.plan);
    // The year's result of 2019 before is drafted as it was (a target of 2019: nothing in its line reports it).
    let of_2020: Vec<_> = rows.into_iter().filter(|r| r.2 != 91.5).collect();
    assert_eq!(
        of_2020,
        [
            (Some(2020), Comparator::AtLeast, 92.0, MeasureUnit::Percent),
            (Some(2020), Comparator::AtLeast, 56.0, MeasureUnit::Percent),
        ]
    );
    assert!(draft.observations.iter().all(|o| o.value != 2020.0));
}

/// A period a figure is kept below, and land that folds to "đạt" (gia_lai_phong_chong_thien_tai_2030, a development
/// text).
const PERIOD_KEPT_BELOW_AND_LAND: &str = "Kế hoạch đề ra chỉ tiêu đến năm 2030: thiệt hại về kinh tế do thiên tai thấp hơn giai \
                                          đoạn 2010-2020, không vượt quá 1,2% GRDP của tỉnh. Bên cạnh đó, 100% cơ quan thường \
                                          trực cấp tỉnh đáp ứng yêu cầu.\nNgười dân ở vùng có nguy cơ sạt lở đất được đảm bảo \
                                          an toàn; 100% khu vực trọng điểm được theo dõi.\n";

#[test]
fn a_period_kept_below_dates_nothing_and_land_reports_nothing() {
    // Regression: "thấp hơn giai đoạn 2010-2020" dated the figures after it 2020, and "sạt lở đất được" folded to the
    // "đạt được" of a result, making the last target an observation.
    let draft = extract_plan(PERIOD_KEPT_BELOW_AND_LAND);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2030), Comparator::AtMost, 1.2, MeasureUnit::PercentOfGrdp),
            (Some(2030), Comparator::Reach, 100.0, MeasureUnit::Percent),
            (Some(2030), Comparator::Reach, 100.0, MeasureUnit::Percent),
        ]
    );
    assert!(draft.observations.is_empty());
}

/// A line "Theo đó" after a plan named with its period, and all the places a figure holds in
/// (da_nang_nguoi_cao_tuoi_2030, a development text).
const ACCORDINGLY_AFTER_A_NAMED_PERIOD: &str = "Ban Đại diện Hội Người cao tuổi thành phố vừa ban hành kế hoạch thực hiện chương \
                                                trình hành động quốc gia về người cao tuổi giai đoạn 2022-2030.\nTheo đó, 100% \
                                                người cao tuổi được mừng thọ tại tất cả 56 phường, xã; có ít nhất 80% phường, \
                                                xã có câu lạc bộ của người cao tuổi.\n";

#[test]
fn a_line_accordingly_takes_the_period_named_before_and_all_places_are_no_count() {
    // Regression: the period of the plan named in the line before (a document's name, which dates nothing by itself)
    // gave the targets of "Theo đó, ..." no year, and "tất cả 56 phường, xã" was a count to reach.
    let draft = extract_plan(ACCORDINGLY_AFTER_A_NAMED_PERIOD);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2030), Comparator::Reach, 100.0, MeasureUnit::Percent),
            (Some(2030), Comparator::AtLeast, 80.0, MeasureUnit::Percent),
        ]
    );
    // Regression: its list's items a line each (a clause per line, as web pages break lists), the items after the
    // first had no year.
    let a_line_each = extract_plan(&ACCORDINGLY_AFTER_A_NAMED_PERIOD.replace("; ", ";\n"));
    assert_eq!(target_rows(&a_line_each.plan), target_rows(&draft.plan));
}

/// An orientation that opens a line of figures, and a yearly rate's "khoảng" before a level (dong_nai_logistics_2030, a
/// development text).
const ORIENTATION_LINE_AND_RATE_THEN_LEVEL: &str = "Đến năm 2025, tốc độ tăng trưởng dịch vụ logistics đạt khoảng 30%-35%/năm, \
                                                    tỉ trọng đóng góp vào GDP của tỉnh 20%-25%.\n\nĐịnh hướng đến năm 2030, tốc \
                                                    độ tăng trưởng dịch vụ logistics đạt khoảng 30%-35%/năm, tỉ trọng đóng góp \
                                                    vào GDP của tỉnh 25%-30%.\n";

#[test]
fn an_orientation_opening_a_line_dates_it_and_a_rates_about_stays_its_own() {
    // Regression: "Định hướng đến năm 2030," dated nothing (its 35% was dropped as the 2025 one said again, its share
    // given 2025), and the rate's "khoảng" was carried to the share after it.
    let draft = extract_plan(ORIENTATION_LINE_AND_RATE_THEN_LEVEL);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2025), Comparator::About, 35.0, MeasureUnit::PercentPerYear),
            (Some(2025), Comparator::Reach, 25.0, MeasureUnit::PercentOfGrdp),
            (Some(2030), Comparator::About, 35.0, MeasureUnit::PercentPerYear),
            (Some(2030), Comparator::Reach, 30.0, MeasureUnit::PercentOfGrdp),
        ]
    );
}

/// Rates per a hundred thousand children, each with its year after it (ba_ria_vung_tau_tai_nan_thuong_tich_tre_em_2030,
/// a development text).
const PER_HUNDRED_THOUSAND_CHILDREN: &str =
    "Kế hoạch đặt mục tiêu đến năm 2025 giảm tỷ lệ trẻ em bị tai nạn, thương tích xuống \
                                             còn 500/100.000 trẻ và 400/100.000 trẻ vào năm 2030.\n";

#[test]
fn rates_per_hundred_thousand_children_are_per_thousand_people() {
    // Regression: "/100.000 trẻ" was no ratio (the figures had no unit), and the year after such a ratio was not its
    // own; the denominator was read as a figure of its own with the ratio before it.
    let draft = extract_plan(PER_HUNDRED_THOUSAND_CHILDREN);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2025), Comparator::Reach, 5.0, MeasureUnit::PerThousandPeople),
            (Some(2030), Comparator::Reach, 4.0, MeasureUnit::PerThousandPeople),
        ]
    );
}

/// A headline with no year that the body says again, with its year, in other words (ha_noi_nguoi_khuyet_tat_2030, a
/// development text).
const HEADLINE_IN_OTHER_WORDS: &str = "Hà Nội đặt mục tiêu 80% trẻ khuyết tật được tiếp cận giáo dục\nGiai đoạn 2021-2025, thành \
                                       phố phấn đấu 80% trẻ khuyết tật ở độ tuổi mầm non, phổ thông được tiếp cận giáo dục.\n";

#[test]
fn a_headline_said_again_in_other_words_is_one_target() {
    // Regression: the headline's target had no year and another indicator's id than the body's, and stayed beside it.
    let draft = extract_plan(HEADLINE_IN_OTHER_WORDS);
    assert_eq!(target_rows(&draft.plan), [(Some(2025), Comparator::Reach, 80.0, MeasureUnit::Percent)]);
}

/// A crop season's year, an area sown, and parts a colon opens after "gồm" (ha_nam_vu_xuan_2025, a development text).
const CROP_SEASON: &str =
    "Vụ xuân 2025, Hà Nam phấn đấu gieo trồng 30.367ha cây các loại. Tổng sản lượng cây có hạt 181.252 \
                           tấn, gồm: lúa 173.574 tấn, ngô hơn 7.678 tấn.\n";

#[test]
fn a_crop_seasons_year_dates_its_targets_and_the_parts_after_gom_are_read() {
    // Regression: "Vụ xuân 2025" stated no year, "gieo trồng" no verb that wants an area, and the part after "gồm:"
    // with no comparator of its own was not read.
    let draft = extract_plan(CROP_SEASON);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2025), Comparator::Reach, 30367.0, MeasureUnit::Hectare),
            (Some(2025), Comparator::Reach, 181_252.0, MeasureUnit::Tonne),
            (Some(2025), Comparator::Reach, 173_574.0, MeasureUnit::Tonne),
            (Some(2025), Comparator::MoreThan, 7678.0, MeasureUnit::Tonne),
        ]
    );
}

/// Things counted that meet a standard a few words on (ca_mau_phong_chong_duoi_nuoc_tre_em_2030, a development text).
const COUNTED_THAT_MEET_A_STANDARD: &str = "Theo đó, mục tiêu kế hoạch đề ra đến năm 2030 có 150.000 ngôi nhà thuộc các hộ gia \
                                            đình có trẻ em đạt tiêu chí ngôi nhà an toàn; 470 trường học đạt tiêu chuẩn trường \
                                            học an toàn.\n";

#[test]
fn things_counted_that_meet_a_standard_a_few_words_on_are_to_reach() {
    // Regression: "đạt tiêu chuẩn" was no standard met, "ngôi nhà" no thing counted, and a standard met more than
    // eight words after the thing counted wanted nothing.
    let draft = extract_plan(COUNTED_THAT_MEET_A_STANDARD);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2030), Comparator::Reach, 150_000.0, MeasureUnit::Count),
            (Some(2030), Comparator::Reach, 470.0, MeasureUnit::Count),
        ]
    );
}

/// A headline a photo's caption says again, then the body with its year (gia_lai_tre_em_2030, a development text).
const HEADLINE_CAPTION_AND_BODY: &str = "Gia Lai: Phấn đấu 98,5% trẻ em có hoàn cảnh đặc biệt được trợ giúp\nGia Lai phấn đấu 98,5% \
                                         trẻ em có hoàn cảnh đặc biệt được trợ giúp (ảnh chụp trước tháng 4-2021).\nTỷ lệ trẻ \
                                         em có hoàn cảnh đặc biệt được chăm sóc, nuôi dưỡng, trợ giúp đạt 98,2% vào năm 2025 và \
                                         98,5% vào năm 2030.\n";

#[test]
fn a_caption_saying_the_headline_again_leaves_it_to_the_body() {
    // Regression: the caption, said again of the headline, took the headline out of those the body may replace, and
    // the headline's undated 98,5% stayed beside the body's of 2030 (which takes the headline's place, first).
    let draft = extract_plan(HEADLINE_CAPTION_AND_BODY);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2030), Comparator::Reach, 98.5, MeasureUnit::Percent),
            (Some(2025), Comparator::Reach, 98.2, MeasureUnit::Percent),
        ]
    );
}

/// What someone's report gives, for the rest of its line (ha_nam_vu_xuan_2025, a development text).
const SOMEONES_REPORT: &str = "Theo báo cáo của Sở Nông nghiệp và PTNT Hà Nam, vụ xuân 2024, toàn tỉnh gieo cấy hơn 27.800 ha \
                               lúa. Về cơ cấu giống, lúa lai chiếm 22,7%. Năng suất lúa đạt 67,3 tạ/ha.\nVụ xuân 2025, Hà \
                               Nam phấn đấu gieo trồng 30.367ha cây các loại.\n";

#[test]
fn what_someones_report_gives_is_reported_for_its_line() {
    // Regression: the figures after the first sentence of "Theo báo cáo của ..." were drafted as targets with no year.
    let draft = extract_plan(SOMEONES_REPORT);
    assert_eq!(target_rows(&draft.plan), [(Some(2025), Comparator::Reach, 30367.0, MeasureUnit::Hectare)]);
    assert_eq!(observation_rows(&draft), [(27800.0, Some(2024)), (22.7, None), (67.3, None)]);
}

/// Sentences run together with no space after the full stop (quang_nam_lao_dong_2025, a development text).
const SENTENCES_RUN_TOGETHER: &str = "Đến năm 2025, tăng tỷ lệ lao động kỹ thuật lên khoảng 43 – 45%, hướng vào các lĩnh vực mà \
                                      tỉnh có thế mạnh cạnh tranh trên thị trường.Đến năm 2035, phấn đấu tỷ lệ lao động qua \
                                      đào tạo đạt 85%.\n";

#[test]
fn sentences_run_together_keep_their_own_years() {
    // Regression: "thị trường.Đến năm 2035" was one sentence, and the 45% of 2025 took the 2035 said after it.
    let draft = extract_plan(SENTENCES_RUN_TOGETHER);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2025), Comparator::About, 45.0, MeasureUnit::Percent),
            (Some(2035), Comparator::Reach, 85.0, MeasureUnit::Percent),
        ]
    );
}

/// A review of a year's estimates beside the plan's own figures, naming one year (ninh_thuan_2023, a development text).
const PLAN_REVIEW: &str = "Về kinh tế: Tỷ trọng đóng góp của kinh tế biển vào GRDP 41,85% (KH 41%); Năng suất lao động \
                           tăng 7,78% (KH 6-7%).\nVề xã hội: Tỷ lệ xã đạt chuẩn nông thôn mới đạt 68,1% (KH 70-71%) (có \
                           32/47 xã đạt chuẩn nông thôn mới, trong đó năm 2023 chỉ đạt 01/02 xã theo kế hoạch).\n";

#[test]
fn a_review_beside_the_plan_naming_one_year_dates_the_plan_figures() {
    // Regression: the plan's figures ("KH 41%") had no year, and the estimates beside them none either.
    let draft = extract_plan(PLAN_REVIEW);
    let percent = |v| (Some(2023), Comparator::Reach, v, MeasureUnit::Percent);
    assert_eq!(target_rows(&draft.plan), [percent(41.0), percent(7.0), percent(71.0)]);
    assert_eq!(observation_rows(&draft), [(41.85, Some(2023)), (7.78, Some(2023)), (68.1, Some(2023))]);
    // A second year named ("so với năm 2022") leaves undated those whose own words name none.
    let other = extract_plan(&PLAN_REVIEW.replace("(KH 41%)", "(KH 41%), tăng so với năm 2022"));
    let years: Vec<_> = target_rows(&other.plan).iter().map(|row| row.0).collect();
    assert_eq!(years, [None, None, Some(2023)]);
}

/// A line "Nổi bật," that picks a result out of the line before (an_giang, a development text).
const NOTABLY: &str = "Năm 2026, tỉnh phấn đấu tốc độ tăng trưởng kinh tế đạt từ 10,7% trở lên.\nNăm 2025, Ban Chấp hành Đảng bộ \
                       tỉnh đã tập trung lãnh đạo, chỉ đạo đạt được những kết quả tích cực trên các mặt.\nNổi bật, tổng sản \
                       phẩm trên địa bàn (GRDP) đạt 8,39%.\n";

#[test]
fn a_line_notably_reports_as_the_line_before_does() {
    // Regression: the result picked out by "Nổi bật," was drafted as a target of 2026, the line before's "đạt được"
    // not read with it, as it is for a line "Cụ thể,".
    let draft = extract_plan(NOTABLY);
    assert_eq!(target_rows(&draft.plan), [(Some(2026), Comparator::AtLeast, 10.7, MeasureUnit::PercentPerYear)]);
    assert_eq!(observation_rows(&draft), [(8.39, Some(2025))]);
}

/// A year the line places in a term ("Năm 2026 là năm đầu triển khai Nghị quyết Đại hội ..., nhiệm kỳ 2025-2030"), and
/// an amount per hectare ("trên 1ha"), from xa_thieu_hoa_thanh_hoa_2026 (a development text).
const FIRST_YEAR_OF_A_TERM: &str = "Năm 2026 là năm đầu triển khai Nghị quyết Đại hội Đảng bộ xã lần thứ I, nhiệm kỳ 2025-2030 \
                                    và kế hoạch phát triển kinh tế - xã hội 5 năm, xã Thiệu Hóa đề ra 23 chỉ tiêu cụ thể trên \
                                    các lĩnh vực.\n\nTrong đó, xã phấn đấu thu nhập bình quân đầu người mỗi năm đạt 80 triệu \
                                    đồng; tỉ lệ tăng thu ngân sách bình quân hằng năm đạt 10% trở lên; giá trị sản phẩm thu \
                                    hoạch trên 1ha đất trồng trọt và nuôi trồng thủy sản đạt 170 triệu đồng/ha/năm.\n";

#[test]
fn a_year_placed_in_a_term_is_the_years_and_one_hectare_after_tren_is_per_hectare() {
    // Regression: the term's end (2030) dated the year's targets, and "trên 1ha" was a target of more than 1 hectare.
    let draft = extract_plan(FIRST_YEAR_OF_A_TERM);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2026), Comparator::Reach, 80_000_000.0, MeasureUnit::Dong),
            (Some(2026), Comparator::AtLeast, 10.0, MeasureUnit::Percent),
            (Some(2026), Comparator::Reach, 170_000_000.0, MeasureUnit::Dong),
        ]
    );
    // A term opening the sentence still dates it by its end.
    let term = extract_plan("Nhiệm kỳ 2025-2030, xã phấn đấu thu nhập bình quân đầu người đạt 80 triệu đồng.\n");
    assert_eq!(target_rows(&term.plan), [(Some(2030), Comparator::Reach, 80_000_000.0, MeasureUnit::Dong)]);
    // More than one hectare's worth of something else is still a figure: "trên 1.000 ha".
    let area = extract_plan("Năm 2026, xã phấn đấu trồng mới trên 1.000 ha rừng.\n");
    assert_eq!(target_rows(&area.plan), [(Some(2026), Comparator::MoreThan, 1000.0, MeasureUnit::Hectare)]);
}

/// Results as of now against a plan, measured from when it was issued (thanh_hoa_nghi_quyet_57_2025, a development
/// text).
const SINCE_THE_PLAN_WAS_ISSUED: &str = "Trong quá trình thực hiện Nghị quyết 57, tính đến nay, Thanh Hóa đã có 11/54 chỉ \
                                         tiêu đặt ra cho năm 2025 tăng so với thời điểm ban hành kế hoạch. Nổi bật, tỷ lệ \
                                         người dân sử dụng dịch vụ đạt 25%, tăng 5%. Tỷ lệ người dân sở hữu chữ ký số hiện \
                                         là 31,27%.\n";

#[test]
fn a_plan_issued_is_when_results_are_measured_from_not_an_objective() {
    // Regression: "ban hành kế hoạch" (the plan's issuing) wanted the figures after it: the results were targets.
    let draft = extract_plan(SINCE_THE_PLAN_WAS_ISSUED);
    assert_eq!(target_rows(&draft.plan), []);
    assert_eq!(observation_rows(&draft), [(25.0, None), (5.0, None), (31.27, None)]);
}

/// A congress's account of the term past after the objectives it met "xuất sắc" and "so với Nghị quyết đề ra"
/// (xa_cai_chien_quang_ninh_2030, a development text).
const OBJECTIVES_MET_WELL: &str = "TPO - Ngày 5 và 6/8, Đảng bộ xã Cái Chiên đã tổ chức thành công Đại hội đại biểu Đảng bộ xã \
                                   lần thứ I, nhiệm kỳ 2025-2030.\n\nBáo cáo tại Đại hội cho biết, nhiệm kỳ 2020-2025, Đảng \
                                   bộ xã Cái Chiên đã hoàn thành xuất sắc các mục tiêu, nhiệm vụ chính trị, với 17/17 chỉ \
                                   tiêu đều đạt và vượt so với Nghị quyết đề ra. Kinh tế địa phương phát triển mạnh, ổn định \
                                   với tốc độ tăng trưởng giá trị sản xuất bình quân đạt 15,33%/năm.\n\nNhiệm kỳ 2025-2030, \
                                   Đảng bộ xã đặt mục tiêu cụ thể: Tốc độ tăng trưởng kinh tế hằng năm đạt từ 10% trở \
                                   lên.\n";

#[test]
fn objectives_met_well_want_nothing_and_the_term_past_reports() {
    // Regression: "hoàn thành xuất sắc các mục tiêu" wanted the figures after it: the term past's result was a target.
    let draft = extract_plan(OBJECTIVES_MET_WELL);
    assert_eq!(target_rows(&draft.plan), [(Some(2030), Comparator::AtLeast, 10.0, MeasureUnit::PercentPerYear)]);
    assert_eq!(observation_rows(&draft), [(15.33, Some(2025))]);
}

/// Exports named bare in a list of a year's objectives, and an amount's comparator said after its name, not carried to
/// the next amount named in its turn (hai_phong_2026, quang_ninh_2026, development texts).
const EXPORTS_AND_AMOUNTS_NAMED_APART: &str = "Năm 2026, thành phố hướng tới mục tiêu tăng trưởng GRDP khoảng 13%, xuất khẩu \
                                               52 tỷ USD, IIP tăng trên 15%.\nNăm 2026, tỉnh đặt mục tiêu tổng thu ngân \
                                               sách nhà nước trên địa bàn trên 74.000 tỷ đồng (thu nội địa trên 56.500 tỷ \
                                               đồng, thu xuất nhập khẩu 17.500 tỷ đồng).\n";

#[test]
fn exports_named_bare_are_to_reach_and_an_amounts_comparator_stays_with_its_name() {
    // Regression: "xuất khẩu 52 tỷ USD" was no figure, and the second part took the first part's "trên".
    let draft = extract_plan(EXPORTS_AND_AMOUNTS_NAMED_APART);
    let rows: Vec<_> = target_rows(&draft.plan).into_iter().map(|(_, c, v, u)| (c, v, u)).collect();
    assert_eq!(
        rows,
        [
            (Comparator::About, 13.0, MeasureUnit::PercentPerYear),
            (Comparator::Reach, 52e9, MeasureUnit::Usd),
            (Comparator::MoreThan, 15.0, MeasureUnit::PercentIncrease),
            (Comparator::MoreThan, 74e12, MeasureUnit::Dong),
            (Comparator::MoreThan, 56.5e12, MeasureUnit::Dong),
            (Comparator::Reach, 17.5e12, MeasureUnit::Dong),
        ]
    );
}

/// A review's sentences a line each: the line after the one that reports, with no word of its own, goes on with the
/// report (xa_muong_lat_thanh_hoa, a development text, a sentence a line).
const A_SENTENCE_A_LINE_AFTER_A_REPORT: &str = "HĐND xã Mường Lát đánh giá kết quả năm 2025, đề ra 28 chỉ tiêu năm \
                                                2026\n\nTheo đó, xã Mường Lát đã hoàn thành công tác xóa nhà tạm.\nTỷ lệ hộ \
                                                dân được sử dụng nước sinh hoạt hợp vệ sinh đạt trên 90%.\nCông tác cải cách \
                                                hành chính có nhiều chuyển biến tích cực, tỷ lệ xử lý hồ sơ trực tuyến \
                                                đúng hạn đạt 100%.\n";

#[test]
fn a_line_with_no_words_of_its_own_goes_on_with_the_report_before_it() {
    // Regression: the results on their own lines were targets of 2026; the line after the first went on too.
    let draft = extract_plan(A_SENTENCE_A_LINE_AFTER_A_REPORT);
    assert_eq!(target_rows(&draft.plan), []);
    assert_eq!(observation_rows(&draft), [(90.0, Some(2025)), (100.0, Some(2025))]);
    // After a blank line the report no longer holds.
    let apart = extract_plan(&A_SENTENCE_A_LINE_AFTER_A_REPORT.replace("tạm.\n", "tạm.\n\n"));
    let percent = |v| (Some(2026), Comparator::Reach, v, MeasureUnit::Percent);
    assert_eq!(
        target_rows(&apart.plan),
        [(Some(2026), Comparator::MoreThan, 90.0, MeasureUnit::Percent), percent(100.0)]
    );
}

/// A ward's results: a span counted up to a day, files received and settled (phuong_dong_thuan_quang_tri_2025, a
/// development text).
const FILES_RECEIVED_AND_SETTLED: &str = "Tính từ ngày 1/7 đến cuối tháng 10/2025, trung tâm đã tiếp nhận 2.265 hồ sơ; trong \
                                          đó tiếp nhận 2.007 hồ sơ trực tuyến. Trung tâm đã giải quyết và trả kết quả \
                                          2.051 hồ sơ; trong đó 2.041 hồ sơ giải quyết trước hạn, đạt tỉ lệ trên 99%; đang \
                                          giải quyết 214 hồ sơ trong thời hạn, chiếm 9,48%.\n";

#[test]
fn a_span_counted_up_to_a_day_and_files_settled_report() {
    // Regression: the shares of files settled were targets.
    let draft = extract_plan(FILES_RECEIVED_AND_SETTLED);
    assert_eq!(target_rows(&draft.plan), []);
    assert_eq!(observation_rows(&draft), [(99.0, None), (9.48, None)]);
}

/// A report's line, then lines stating a year of their own and yearly rates named apart (unit tests the evening's
/// rules had broken, 4 Dec 2026).
const A_REPORT_THEN_A_YEARS_OWN_LINE: &str = "Kế hoạch đặt mục tiêu chuyển đổi số toàn diện.\n\nĐến nay đã đạt 85% dân số có \
                                              điện thoại thông minh.\nNăm 2026 đạt 90% hồ sơ trực tuyến.\nNăm 2026, doanh \
                                              thu tăng khoảng 20%/năm, lợi nhuận tăng 15%/năm.\n";

#[test]
fn a_line_stating_its_own_year_is_its_own_and_yearly_rates_carry_their_about() {
    let draft = extract_plan(A_REPORT_THEN_A_YEARS_OWN_LINE);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2026), Comparator::Reach, 90.0, MeasureUnit::Percent),
            (Some(2026), Comparator::About, 20.0, MeasureUnit::PercentPerYear),
            (Some(2026), Comparator::About, 15.0, MeasureUnit::PercentPerYear),
        ]
    );
    assert_eq!(observation_rows(&draft), [(85.0, None)]);
}

/// A year after an attribution of any length, and a change in a bracket after an amount per hectare
/// (soc_trang_nong_nghiep_2024, a development text).
const A_YEAR_AFTER_AN_ATTRIBUTION: &str = "Theo ông Huỳnh Ngọc Nhã, Giám đốc Sở Nông nghiệp và Phát triển nông \
                                           thôn Sóc Trăng, trong năm 2024, Sóc Trăng sẽ đẩy mạnh chuyển dịch cơ \
                                           cấu nông nghiệp.\n\nTổng sản lượng thuỷ, hải sản đạt 380.000 tấn. Giá \
                                           trị sản phẩm thu hoạch trên 1 ha đất trồng trọt và nuôi trồng thuỷ sản \
                                           đạt trên 240 triệu đồng/ha (tăng hơn 10 triệu đồng so với năm \
                                           2023).\n\nTheo đó, ngành nông nghiệp tập trung triển khai đề án phát \
                                           triển nông nghiệp hữu cơ giai đoạn 2021 - 2025, định hướng đến năm \
                                           2030.\n";

#[test]
fn a_year_after_an_attribution_holds_and_a_change_in_brackets_compares() {
    // Regression: the targets had no year (the year's sentence opened with a long attribution), and the change
    // against the year before was a target.
    let draft = extract_plan(A_YEAR_AFTER_AN_ATTRIBUTION);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2024), Comparator::Reach, 380_000.0, MeasureUnit::Tonne),
            (Some(2024), Comparator::MoreThan, 240e6, MeasureUnit::Dong),
        ]
    );
}

/// A list set to reach after a colon, each item a name and its figure (ben_tre_nong_nghiep_2025, a development text).
const A_LIST_SET_TO_REACH: &str =
    "Đến năm 2025, giá trị sản xuất của các chuỗi đạt như sau: Dừa 1 tỷ USD, con tôm 1 tỷ USD, con bò 500 triệu USD.\n";

#[test]
fn the_items_of_a_list_set_to_reach_are_targets() {
    // Regression: the amounts, listed bare after "đạt như sau:", were not read.
    let usd = |v: f64| (Some(2025), Comparator::Reach, v, MeasureUnit::Usd);
    assert_eq!(target_rows(&extract_plan(A_LIST_SET_TO_REACH).plan), [usd(1e9), usd(1e9), usd(5e8)]);
}

/// The objectives of a five-year plan a sentence is about (an_giang_tai_chinh_2030, a development text).
const A_PLANS_FIVE_YEARS: &str = "Về định hướng kế hoạch tài chính 5 năm 2026 - 2030, tỉnh An Giang đặt mục \
                                  tiêu tốc độ tăng trưởng kinh tế (GRDP) từ 11% trở lên, tổng thu ngân sách \
                                  Nhà nước dự kiến hơn 162.000 tỷ đồng.\n";

#[test]
fn a_plan_a_sentence_is_about_dates_its_objectives_with_its_span_of_years() {
    // Regression: "5 năm 2026 - 2030" was read as a date's month, and the plan as another document: no year.
    assert_eq!(
        target_rows(&extract_plan(A_PLANS_FIVE_YEARS).plan),
        [
            (Some(2030), Comparator::AtLeast, 11.0, MeasureUnit::PercentPerYear),
            (Some(2030), Comparator::MoreThan, 162e12, MeasureUnit::Dong),
        ]
    );
}

/// Tourist sites of a provincial rank (dong_thap_du_lich_2025, a development text).
const SITES_OF_A_PROVINCIAL_RANK: &str =
    "Mục tiêu đến năm 2025, phấn đấu có ít nhất 10 khu, điểm du lịch cấp tỉnh, 05 khu, điểm du lịch tiêu biểu cấp \
     khu vực.\n";

#[test]
fn a_rank_a_thing_is_recognised_at_is_no_tier() {
    // Regression: "điểm du lịch cấp tỉnh" (sites of a provincial rank) gave the province tier.
    let rows = tuples(&extract_plan(SITES_OF_A_PROVINCIAL_RANK).plan);
    assert_eq!(
        rows,
        [
            (Some(2025), None, Comparator::AtLeast, 10.0, MeasureUnit::Count),
            (Some(2025), None, Comparator::AtLeast, 5.0, MeasureUnit::Count),
        ]
    );
}

/// A commune's profile, then a count per thousand people (xa_bau_lam_ho_chi_minh_2030, a development text).
const A_PROFILE_AND_A_COUNT_PER_THOUSAND: &str = "Xã Bàu Lâm có tổng diện tích tự nhiên 123,829km2, dân số 22.567 \
                                                  nhân khẩu, toàn đảng bộ có 23 chi bộ trực thuộc với 465 đảng \
                                                  viên.\n\nĐến năm 2030, số doanh nghiệp đang hoạt động trên 1000 \
                                                  dân đạt 2 doanh nghiệp.\n";

#[test]
fn what_a_profile_says_a_unit_has_and_a_thousand_people_a_count_is_per_are_no_targets() {
    // Regression: the party cells of the commune's profile and "trên 1000 dân" were targets.
    assert_eq!(
        target_rows(&extract_plan(A_PROFILE_AND_A_COUNT_PER_THOUSAND).plan),
        [(Some(2030), Comparator::Reach, 2.0, MeasureUnit::PerThousandPeople)]
    );
}

/// The profile of a province's committee formed by the merger (ninh_binh_dang_bo_ubnd_2030, a development text).
const A_UNIT_FORMED_BY_A_MERGER: &str = "Đảng bộ, UBND tỉnh Ninh Bình được thành lập trên cơ sở hợp nhất Đảng bộ UBND \
                                         của ba tỉnh, gồm 44 tổ chức cơ sở đảng với hơn 15.000 đảng viên.\n\nĐến năm \
                                         2030, thu ngân sách đạt 100.000 tỷ đồng.\n";

#[test]
fn what_a_unit_formed_by_a_merger_has_is_reported() {
    // Regression: the party members of the committee formed by the merger were a target of the province tier.
    let draft = extract_plan(A_UNIT_FORMED_BY_A_MERGER);
    assert_eq!(target_rows(&draft.plan), [(Some(2030), Comparator::Reach, 1e14, MeasureUnit::Dong)]);
    assert_eq!(observation_rows(&draft), [(15_000.0, None)]);
}

/// A part in a bracket right after its total, with no "trong đó" (bac_lieu_du_lich_2030, a development text).
const A_PART_IN_A_BRACKET: &str = "Tỉnh phấn đấu đến năm 2030 đón 12 triệu lượt khách, giải quyết việc làm cho \
                                   50.000 lao động (20.000 lao động trực tiếp).\n";

#[test]
fn a_smaller_figure_in_a_bracket_after_its_total_is_a_part() {
    // Regression: the direct jobs in the bracket were not read.
    let count = |v: f64| (Some(2030), Comparator::Reach, v, MeasureUnit::Count);
    assert_eq!(target_rows(&extract_plan(A_PART_IN_A_BRACKET).plan), [count(12e6), count(50_000.0), count(20_000.0)]);
}

/// The plan a sentence follows, after a news item's tag (bac_lieu_dao_tao_nghe_2023, a development text).
const A_PLAN_A_SENTENCE_FOLLOWS: &str = "(Dân sinh) - Theo kế hoạch đào tạo nghề và giải quyết việc làm năm 2023, \
                                         Sở LĐ-TB&XH Bạc Liêu phấn đấu lao động qua đào tạo 14.000 người. Trong \
                                         đó, đào tạo trình độ cao đẳng, trung cấp: 1.500 người; đào tạo sơ cấp và \
                                         dưới 3 tháng: 12.000 người.\n\nSở sẽ tiếp tục triển khai Chương trình phát \
                                         triển giáo dục nghề nghiệp tỉnh giai đoạn 2022 - 2025.\n";

#[test]
fn the_plan_a_sentence_follows_dates_its_objectives() {
    // Regression: "Theo kế hoạch ... năm 2023" was read as another document's name, and the targets took the end of
    // the programme named later (2025) or none.
    let count = |v: f64| (Some(2023), Comparator::Reach, v, MeasureUnit::Count);
    assert_eq!(
        target_rows(&extract_plan(A_PLAN_A_SENTENCE_FOLLOWS).plan),
        [count(14_000.0), count(1_500.0), count(12_000.0)]
    );
}

/// A congress's objective in a bracket beside a result (xa_binh_nguyen_phu_tho_2026, a development text).
const AN_OBJECTIVE_IN_A_BRACKET: &str = "Năm 2025, xã đã đạt được nhiều kết quả: tỷ lệ tổ chức Đảng được xếp loại \
                                         hoàn thành tốt nhiệm vụ đạt 100% (mục tiêu đại hội là 90%); tỷ lệ hộ \
                                         nghèo còn 0,24%.\n";

#[test]
fn an_objective_in_a_bracket_beside_a_result_is_a_target() {
    // Regression: the objective was an observation, measured against like "đạt 105% kế hoạch".
    let draft = extract_plan(AN_OBJECTIVE_IN_A_BRACKET);
    assert_eq!(target_rows(&draft.plan), [(Some(2025), Comparator::Reach, 90.0, MeasureUnit::Percent)]);
    assert_eq!(observation_rows(&draft), [(100.0, Some(2025)), (0.24, Some(2025))]);
}

/// A change against the present level beside the level (phuong_thai_hoc_chi_linh_hai_duong_2025, a development text).
const A_CHANGE_AGAINST_THE_PRESENT: &str = "Phường Thái Học phấn đấu đến năm 2025, thu nhập bình quân đầu người năm \
                                            2025 đạt 122 triệu đồng, tăng 56% so với hiện nay.\n";

#[test]
fn a_change_against_the_present_level_is_no_target() {
    // Regression: "tăng 56% so với hiện nay" was a target of its own.
    assert_eq!(
        target_rows(&extract_plan(A_CHANGE_AGAINST_THE_PRESENT).plan),
        [(Some(2025), Comparator::Reach, 122e6, MeasureUnit::Dong)]
    );
}

/// A mid-year report: ranks with the places they moved, then the second half's aims (kon_tum_2024, a development text).
const A_MID_YEAR_REPORT: &str = "Phó Chủ tịch UBND tỉnh báo cáo tình hình 6 tháng đầu năm và phương hướng, nhiệm vụ \
                                 6 tháng cuối năm 2024.\nBên cạnh đó, chỉ số cải cách hành chính năm 2023 xếp hạng \
                                 thứ 43/63 tỉnh, thành phố, tăng 12 bậc so với năm 2022; chỉ số SIPAS xếp thứ 35/63 \
                                 tỉnh, thành phố, tăng 7 bậc so với năm 2022.\nTrong 6 tháng cuối năm, tỉnh phấn đấu \
                                 thu ngân sách nhà nước trên 2.811 tỷ đồng; tổng vốn đầu tư toàn xã hội đạt từ 17.000 \
                                 tỷ đồng trở lên.\n";

#[test]
fn a_mid_year_reports_ranks_and_second_half_aims() {
    // Regression: the rank "xếp thứ 35/63 ..., tăng 7 bậc" was a target, "xếp hạng thứ 43/63" was read as a date,
    // and the second half's aims had no year.
    let draft = extract_plan(A_MID_YEAR_REPORT);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2024), Comparator::MoreThan, 2_811e9, MeasureUnit::Dong),
            (Some(2024), Comparator::AtLeast, 17_000e9, MeasureUnit::Dong)
        ]
    );
    // The index of 2023's rank; the SIPAS rank takes 2024, the year the report's course ahead names (since 7 Dec 2026;
    // it had none before).
    assert_eq!(observation_rows(&draft), [(43.0, Some(2023)), (35.0, Some(2024))]);
    // The year is the one the text named for the second half: from context, a doubt.
    for i in 0..2 {
        assert!(reasons(&draft, i).contains(&Uncertainty::YearFromContext { year: 2024 }), "{:?}", reasons(&draft, i));
    }
}

/// A poverty review's statistics, then the aims to 2025 (long_an_giam_ngheo_2025, a development text).
const A_REVIEWS_STATISTICS: &str = "Số liệu thống kê của năm 2021, tỉnh có 6.269 hộ nghèo, chiếm 1,31%. Đến năm 2022, \
                                    kết quả rà soát hộ nghèo, toàn tỉnh có tỷ lệ nghèo đa chiều chiếm 3,28%.\nTỉnh phấn đấu thu nhập bình quân đầu \
                                    người của hộ nghèo đến cuối năm 2025 tăng lên 1,5 lần so với cuối năm 2020.\n";

#[test]
fn a_reviews_statistics_are_results_and_a_rise_to_a_multiple_a_target() {
    // Regression: the statistics and the review's findings were targets of 2021 and 2022, and "tăng lên 1,5 lần" was
    // not read.
    let draft = extract_plan(A_REVIEWS_STATISTICS);
    assert_eq!(target_rows(&draft.plan), [(Some(2025), Comparator::Reach, 50.0, MeasureUnit::PercentIncrease)]);
    assert_eq!(observation_rows(&draft), [(6_269.0, Some(2021)), (1.31, Some(2021)), (3.28, Some(2022))]);
}

/// A department's tourism aims (kien_giang_du_lich_2024, a development text).
const TOURISM_AIMS_WITH_INVESTORS: &str = "Năm 2024, tỉnh đặt mục tiêu đón 9,2 triệu lượt khách; tổng doanh thu từ \
                                           du lịch 20.000 tỷ đồng.\nSở Du lịch cùng nhà đầu tư, doanh nghiệp du lịch \
                                           phát triển cơ sở lưu trú, phấn đấu năm 2024 đạt 970 cơ sở, với hơn 34.000 \
                                           phòng nghỉ.\n";

#[test]
fn revenue_from_a_source_and_what_investors_help_reach_are_targets() {
    // Regression: "doanh thu từ du lịch" read "từ" as the start of a change, and "nhà đầu tư" made the counts a cost.
    assert_eq!(
        target_rows(&extract_plan(TOURISM_AIMS_WITH_INVESTORS).plan),
        [
            (Some(2024), Comparator::Reach, 9.2e6, MeasureUnit::Count),
            (Some(2024), Comparator::Reach, 20_000e9, MeasureUnit::Dong),
            (Some(2024), Comparator::Reach, 970.0, MeasureUnit::Count),
            (Some(2024), Comparator::MoreThan, 34_000.0, MeasureUnit::Count)
        ]
    );
}

/// A year's new-rural aims with the running totals they bring (bac_giang_nong_thon_moi_2022, a development text).
const RUNNING_TOTALS_AIMED: &str = "Trong năm 2022, tỉnh đặt ra mục tiêu có thêm 9 xã đạt chuẩn NTM, lũy kế toàn tỉnh \
                                    có 147 xã đạt chuẩn; có thêm 19 xã NTM nâng cao, lũy kế 43 xã.\nNăm 2021, lũy kế \
                                    cả năm toàn tỉnh có 138 xã đạt chuẩn NTM.\n";

#[test]
fn a_running_total_an_aim_brings_is_wanted_with_it() {
    // Regression: "lũy kế" reported the rest of the line, so the aim's totals and the items after them were results.
    let draft = extract_plan(RUNNING_TOTALS_AIMED);
    let count = |v: f64| (Some(2022), Comparator::Reach, v, MeasureUnit::Count);
    assert_eq!(target_rows(&draft.plan), [count(9.0), count(147.0), count(19.0), count(43.0)]);
    assert_eq!(observation_rows(&draft), [(138.0, Some(2021))]);
}

/// A forest plan's areas to protect (cao_bang_phat_trien_rung_2025, a development text).
const AREAS_TO_PROTECT: &str = "Mục tiêu cụ thể: tổ chức quản lý, bảo vệ tốt 358.391 ha rừng tự nhiên hiện có. Phấn \
                                đấu nâng tỷ lệ che phủ của rừng đến năm 2025 đạt 60%.\nThực hiện có hiệu quả Tiểu dự \
                                án 1 Dự án 3 về phát triển lâm nghiệp bền vững; dự kiến hằng năm hỗ trợ bảo vệ khoảng \
                                123.000 ha rừng tự nhiên.\n";

#[test]
fn areas_a_plan_protects_are_targets() {
    // Regression: an area to protect was not read, and the "hiện có" of "Thực hiện có hiệu quả" made the line report.
    assert_eq!(
        target_rows(&extract_plan(AREAS_TO_PROTECT).plan),
        [
            (None, Comparator::Reach, 358_391.0, MeasureUnit::Hectare),
            (Some(2025), Comparator::Reach, 60.0, MeasureUnit::Percent),
            (Some(2025), Comparator::About, 123_000.0, MeasureUnit::Hectare)
        ]
    );
}

/// A running total up to a year, then the next year's aim (phu_tho_ocop_2026, a development text).
const A_RUNNING_TOTAL_UP_TO_A_YEAR: &str = "Lũy kế đến hết năm 2025, toàn tỉnh có 698 sản phẩm OCOP đạt từ 3 sao trở \
                                            lên, trong đó có 6 sản phẩm đạt chuẩn 5 sao.\nNăm 2026, tỉnh đặt mục tiêu \
                                            phát triển và tiêu chuẩn hóa thêm 52 sản phẩm đạt chứng nhận OCOP từ 3 sao \
                                            trở lên.\n";

#[test]
fn a_running_total_up_to_a_year_is_a_result() {
    // Regression: "đến hết năm 2025" after "Lũy kế" was a deadline, and the totals targets of 2025.
    let draft = extract_plan(A_RUNNING_TOTAL_UP_TO_A_YEAR);
    assert_eq!(target_rows(&draft.plan), [(Some(2026), Comparator::Reach, 52.0, MeasureUnit::Count)]);
    assert_eq!(observation_rows(&draft), [(698.0, Some(2025)), (6.0, Some(2025))]);
}

/// A term's result beyond the plan, then an aim beyond it (phuong_thanh_thuy_hue_2030, a development text).
const BEYOND_THE_PLAN: &str = "Tổng thu ngân sách thực hiện 5 năm đạt trên 528 tỷ đồng (vượt kế hoạch đề ra).\nPhấn \
                               đấu đến năm 2030, tổng thu ngân sách đạt 900 tỷ đồng, vượt kế hoạch tỉnh giao.\n";

#[test]
fn a_figure_beyond_the_plan_is_a_result_unless_wanted() {
    // Regression: "(vượt kế hoạch đề ra)" after a figure did not make it a result.
    let draft = extract_plan(BEYOND_THE_PLAN);
    assert_eq!(target_rows(&draft.plan), [(Some(2030), Comparator::Reach, 900e9, MeasureUnit::Dong)]);
    assert_eq!(observation_rows(&draft), [(528e9, None)]);
}

/// A council session's vote, then the plan it passed (quan_nam_tu_liem_ha_noi_2024, a development text).
const A_SESSIONS_VOTE: &str = "Năm 2024, 100% Đại biểu HĐND quận đã xem xét, thảo luận và biểu quyết thông qua 09 \
                               nghị quyết.\nCác chỉ tiêu xã hội năm 2024: Tỷ lệ hộ gia đình được công nhận danh hiệu \
                               “Gia đình văn hóa” 93,1%; Tỷ lệ tổ dân phố được công nhận “Tổ dân phố văn hóa” 89,2%.\n";

#[test]
fn the_share_of_delegates_voting_is_no_target() {
    // Regression: "100% Đại biểu ... biểu quyết thông qua" was a target.
    let draft = extract_plan(A_SESSIONS_VOTE);
    let share = |v: f64| (Some(2024), Comparator::Reach, v, MeasureUnit::Percent);
    assert_eq!(target_rows(&draft.plan), [share(93.1), share(89.2)]);
    assert!(draft.observations.is_empty(), "{:?}", draft.observations);
}

/// A directive's shares due by a date (ha_noi_ho_so_truc_tuyen_cap_xa_2025, a development text).
const SHARES_DUE_BY_A_DATE: &str =
    "UBND Thành phố giao chỉ tiêu: các xã, phường tiếp nhận tối thiểu 60% hồ sơ thủ tục \
                                    hành chính qua hình thức trực tuyến, trong đó ít nhất 20% được thực hiện toàn \
                                    trình, hoàn thành trước 30/7/2025.\n";

#[test]
fn a_deadline_said_as_a_date_dates_its_figures() {
    // Regression: "hoàn thành trước 30/7/2025" gave the figures no year.
    let share = |v: f64| (Some(2025), Comparator::AtLeast, v, MeasureUnit::Percent);
    assert_eq!(target_rows(&extract_plan(SHARES_DUE_BY_A_DATE).plan), [share(60.0), share(20.0)]);
}

/// A congress's review of a term whose objectives were met, then the next term's aim (xa_phu_do_thai_nguyen_2025, a
/// development text).
const OBJECTIVES_SET_AND_MET: &str = "Nhiệm kỳ qua, Đảng bộ xã đã đạt được kết quả quan trọng. Hầu hết các chỉ tiêu, \
                                      nhiệm vụ đề ra đều đạt và vượt kế hoạch. Trong đó có các kết quả nổi bật như: tỷ \
                                      lệ hộ nghèo giảm chỉ còn 6,95%; kết nạp được 50 đảng viên mới.\nTrong nhiệm kỳ \
                                      2020-2025, Đảng bộ xã phấn đấu thu nhập bình quân đầu người đến năm 2025 đạt 36 \
                                      triệu đồng.\n";

#[test]
fn objectives_set_and_met_want_nothing() {
    // Regression: the "đề ra" of "các chỉ tiêu, nhiệm vụ đề ra đều đạt" wanted the term's results, and "giảm chỉ còn
    // 6,95%" was a reduction, not a level.
    let draft = extract_plan(OBJECTIVES_SET_AND_MET);
    assert_eq!(target_rows(&draft.plan), [(Some(2025), Comparator::Reach, 36e6, MeasureUnit::Dong)]);
    assert_eq!(observation_rows(&draft), [(6.95, None), (50.0, None)]);
    assert_eq!(draft.observations[0].unit, MeasureUnit::Percent);
}

/// A term's results beside its objectives in brackets (thi_tran_khanh_hai_ninh_thuan_2020, a development text).
const RESULTS_BESIDE_BRACKETED_OBJECTIVES: &str = "Qua 5 năm thực hiện Nghị quyết nhiệm kỳ 2015-2020, lĩnh vực \
                                                   thương mại, dịch vụ - du lịch tăng trưởng 20,4% (mục tiêu 20 - \
                                                   25%), nông nghiệp - thủy sản 10,9 % (mục tiêu 10 - 15%).\n";

#[test]
fn a_result_beside_its_bracketed_objective_is_reported() {
    // Regression: the results were targets beside their objectives.
    let draft = extract_plan(RESULTS_BESIDE_BRACKETED_OBJECTIVES);
    let share = |v: f64| (Some(2020), Comparator::Reach, v, MeasureUnit::Percent);
    assert_eq!(target_rows(&draft.plan), [share(25.0), share(15.0)]);
    assert_eq!(observation_rows(&draft), [(20.4, Some(2020)), (10.9, Some(2020))]);
}

/// A term's review after an effort made and the resolution's objectives met, then the next aim
/// (xa_an_hai_ninh_thuan_2025, a development text).
const AN_EFFORT_MADE: &str = "Nhiệm kỳ qua, Đảng bộ xã đã nỗ lực phấn đấu thực hiện đạt và vượt các chỉ tiêu nghị \
                              quyết đại hội đề ra. Tổng thu ngân sách trên địa bàn xã đạt 6.104 tỷ đồng; thu nhập bình \
                              quân đầu người đạt 42,4 triệu đồng/năm.\nPhấn đấu đến năm 2025, thu nhập bình quân đầu \
                              người đạt 60 triệu đồng.\n";

#[test]
fn an_effort_made_and_objectives_met_want_nothing() {
    // Regression: "đã nỗ lực phấn đấu" and the "đề ra" of "các chỉ tiêu nghị quyết đại hội đề ra" wanted the results.
    let draft = extract_plan(AN_EFFORT_MADE);
    assert_eq!(target_rows(&draft.plan), [(Some(2025), Comparator::Reach, 60e6, MeasureUnit::Dong)]);
    assert_eq!(observation_rows(&draft), [(6_104e9, None), (42.4e6, None)]);
}

/// A commune formed by a merger, its profile to its sentence's end, then its aim (xa_huong_son_ha_tinh_2030, a
/// development text).
const A_MERGED_COMMUNES_PROFILE: &str = "Xã Hương Sơn được thành lập trên cơ sở sáp nhập các xã: Sơn Bằng, Sơn Trung \
                                         và thị trấn Phố Châu, có tổng diện tích hơn 32 km2, dân số gần 31.500 người; \
                                         với 71 tổ chức Đảng trực thuộc, gần 2.300 đảng viên.\nĐại hội đề ra mục tiêu \
                                         đến năm 2030, thu nhập bình quân đầu người trên 80 triệu đồng.\n";

#[test]
fn a_merged_units_profile_holds_to_its_sentences_end() {
    // Regression: the members after the ";" of a merged commune's profile were a target. Its party organisations, listed on
    // past the ";" after its population, are of the profile too (5 Dec 2026).
    let draft = extract_plan(A_MERGED_COMMUNES_PROFILE);
    assert_eq!(target_rows(&draft.plan), [(Some(2030), Comparator::MoreThan, 80e6, MeasureUnit::Dong)]);
    assert_eq!(observation_rows(&draft), [(31_500.0, None), (71.0, None), (2_300.0, None)]);
}

/// Amounts said in billions then millions (xa_dak_lieng_dak_lak_2024, a development text).
const BILLIONS_THEN_MILLIONS: &str =
    "Năm 2023, tổng thu nhập toàn xã đã đạt 388 tỷ 774 triệu đồng.\nNăm 2024, xã phấn \
                                      đấu thu ngân sách đạt hơn 1 tỷ 051 triệu đồng.\n";

#[test]
fn an_amount_in_billions_then_millions_is_one_figure() {
    // Regression: "388 tỷ 774 triệu đồng" was read as 774 million and "1 tỷ 051 triệu đồng" as 51 million.
    let draft = extract_plan(BILLIONS_THEN_MILLIONS);
    assert_eq!(target_rows(&draft.plan), [(Some(2024), Comparator::MoreThan, 1_051e6, MeasureUnit::Dong)]);
    assert_eq!(observation_rows(&draft), [(388_774e6, Some(2023))]);
    // The quote takes the whole amount.
    assert!(draft.observations[0].quote.ends_with("388 tỷ 774 triệu đồng"), "{}", draft.observations[0].quote);
}

/// Lists of quantities parted by ";" (ben_tre_nong_nghiep_2025, dong_thap_du_lich_2025, development texts): a results
/// line, then a plan's.
const LISTS_PAST_A_SEMICOLON: &str = "Năm 2022, toàn tỉnh đã trồng mới được 300 ha rừng; 450 ha cây ăn quả.\nĐến năm \
                                      2025, trồng mới 500 ha rừng; 600 ha cây ăn quả; giá trị sản xuất con bò 500 \
                                      triệu USD; cây giống, hoa cảnh 500 triệu USD. Phấn đấu có ít nhất 10 khu, 05 \
                                      khu du lịch cấp khu vực; 01 khu du lịch cấp quốc gia.\n";

#[test]
fn a_quantity_listed_on_past_a_semicolon_is_the_lists() {
    // Regression: the items after a ";" with no verb of their own were no figures: "450 ha cây ăn quả", "cây giống,
    // hoa cảnh 500 triệu USD", "01 khu du lịch cấp quốc gia". They are now the list's: reported with a report, wanted
    // with a target, "ít nhất" carried.
    let draft = extract_plan(LISTS_PAST_A_SEMICOLON);
    let (ha, usd, count) = (MeasureUnit::Hectare, MeasureUnit::Usd, MeasureUnit::Count);
    let y = Some(2025);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (y, Comparator::Reach, 500.0, ha),
            (y, Comparator::Reach, 600.0, ha),
            (y, Comparator::Reach, 500e6, usd),
            (y, Comparator::Reach, 500e6, usd),
            (y, Comparator::AtLeast, 10.0, count),
            (y, Comparator::AtLeast, 5.0, count),
            (y, Comparator::AtLeast, 1.0, count),
        ]
    );
    assert_eq!(observation_rows(&draft), [(300.0, Some(2022)), (450.0, Some(2022))]);
}

/// A result measured against an objective named "chỉ tiêu" (ba_ria_vung_tau_bao_hiem_xa_hoi_2022, a development text).
const AGAINST_AN_OBJECTIVE: &str = "Năm 2024, tỉnh phấn đấu tỷ lệ bao phủ BHYT đạt 93%.\nNăm 2023, tỷ lệ bao phủ BHYT \
                                    đạt 91,5%; tỷ lệ lao động tham gia BHXH đạt 38,05%, vượt 0,05% so với chỉ tiêu đề \
                                    ra.\n";

#[test]
fn a_margin_over_an_objective_is_a_result() {
    // Regression: "vượt 0,05% so với chỉ tiêu đề ra" and the figure it measures were targets; "so với kế hoạch" and
    // "so với mục tiêu" already made them results.
    let draft = extract_plan(AGAINST_AN_OBJECTIVE);
    assert_eq!(target_rows(&draft.plan), [(Some(2024), Comparator::Reach, 93.0, MeasureUnit::Percent)]);
    // The margin itself is a comparison beside the figure, no observation of its own.
    assert_eq!(observation_rows(&draft), [(91.5, Some(2023)), (38.05, Some(2023))]);
}

/// A year's results said as results attained, then the next year's aims (xa_chau_phong_an_giang_2026, a development
/// text).
const RESULTS_ATTAINED: &str =
    "Năm 2025, nhiều chỉ tiêu kinh tế đạt kết quả nổi bật, như: tốc độ tăng tổng giá trị sản \
                                phẩm đạt 8%; thu nhập bình quân đầu người đạt 78,9 triệu đồng/năm.\nNăm 2026, xã phấn \
                                đấu tốc độ tăng tổng giá trị sản phẩm đạt 12,8%; thu nhập bình quân đầu người đạt 90 \
                                triệu đồng.\n";

#[test]
fn results_attained_are_reported() {
    // Regression: the results after "đạt kết quả nổi bật, như:" were targets of 2025.
    let draft = extract_plan(RESULTS_ATTAINED);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2026), Comparator::Reach, 12.8, MeasureUnit::PercentPerYear),
            (Some(2026), Comparator::Reach, 90e6, MeasureUnit::Dong)
        ]
    );
    assert_eq!(observation_rows(&draft), [(8.0, Some(2025)), (78.9e6, Some(2025))]);
}

/// An amount of the economy set as a floor, "từ ... trở lên", after "Mục tiêu năm 2026 là" (dong_nai_thu_ngan_sach_2026,
/// a development text).
const A_FLOOR_OF_REVENUE: &str = "Mục tiêu năm 2026 là thu ngân sách từ 150.000 tỷ đồng trở lên.\n";

#[test]
fn an_amount_named_bare_with_a_floor_is_a_target() {
    // Regression: "thu ngân sách từ 150.000 tỷ đồng trở lên" was no figure, and the indicator of the sentence was named
    // "tieu" (the "tiêu" of "Mục tiêu").
    let draft = extract_plan(A_FLOOR_OF_REVENUE);
    assert_eq!(target_rows(&draft.plan), [(Some(2026), Comparator::AtLeast, 150_000e9, MeasureUnit::Dong)]);
    assert_eq!(draft.plan.targets[0].indicator, "thu_ngan_sach");
}

/// A plan whose lead names it and its period, its targets under a heading with no year (quang_binh_suc_khoe_hoc_duong_2025,
/// a development text).
const A_PLAN_NAMED_IN_THE_LEAD: &str = "Ngày 31/12/2021, UBND tỉnh đã ban hành Kế hoạch số 2895/KH-UBND về việc thực \
                                        hiện Chương trình Sức khỏe học đường giai đoạn 2021-2025 với nội dung cụ thể \
                                        như sau:\nI. Mục tiêu\n- 80% trường học bảo đảm các điều kiện thực hiện công tác \
                                        y tế trường học.\n- 50% trường học thực hiện việc đánh giá phát hiện sớm các yếu \
                                        tố nguy cơ.\n";

#[test]
fn the_period_of_a_plan_the_text_opens_on_dates_its_targets() {
    // Regression: the targets had no year; the period named in the lead gives its end.
    let draft = extract_plan(A_PLAN_NAMED_IN_THE_LEAD);
    let p = MeasureUnit::Percent;
    assert_eq!(
        target_rows(&draft.plan),
        [(Some(2025), Comparator::Reach, 80.0, p), (Some(2025), Comparator::Reach, 50.0, p)]
    );
}

/// A headline opened by a news agency's initials, its target said again in the body (tuyen_quang_do_thi_hoa_2025, a
/// development text).
const AN_AGENCYS_HEADLINE: &str = "(TTV) Tuyên Quang phấn đấu đến năm 2025 tỷ lệ đô thị hóa đạt trên 27%\n“Tỷ lệ đô thị \
                                   hóa trên 27%” là một trong những chỉ tiêu chủ yếu đến năm 2025 mà Nghị quyết Đại hội \
                                   đã đề ra.\n";

#[test]
fn a_headline_opened_by_an_agencys_initials_is_a_headline() {
    // Regression: "(TTV)" was read as a list item's marker, so the headline was none and its target was drafted twice.
    let draft = extract_plan(AN_AGENCYS_HEADLINE);
    assert_eq!(target_rows(&draft.plan), [(Some(2025), Comparator::MoreThan, 27.0, MeasureUnit::Percent)]);
}

/// Results at a day's count, each against the objective the province set, in brackets (ba_ria_vung_tau_bao_hiem_y_te_2021,
/// a development text).
const OBJECTIVES_IN_BRACKETS: &str = "Tính đến ngày 31/12/2021, tổng số người tham gia BHXH 206.810 người, chiếm tỷ lệ \
                                      35,1% lực lượng lao động, thấp hơn 0,4% so với chỉ tiêu UBND tỉnh giao (35,5%); \
                                      BHYT đạt tỷ lệ bao phủ 86,5% dân số, thấp hơn 4,5% so với chỉ tiêu UBND tỉnh giao \
                                      (91%).\n";

#[test]
fn the_objective_a_result_is_measured_against_is_a_target() {
    // Regression: the objectives in brackets were observations beside the results; they are the year's targets.
    let draft = extract_plan(OBJECTIVES_IN_BRACKETS);
    let p = MeasureUnit::Percent;
    assert_eq!(
        target_rows(&draft.plan),
        [(Some(2021), Comparator::Reach, 35.5, p), (Some(2021), Comparator::Reach, 91.0, p)]
    );
    // The count of participants "tổng số người ... 206.810 người" is a result reported too, since the count of what "số"
    // names before it is a figure (a_count_of_what_so_names_before_it_is_a_target).
    assert_eq!(observation_rows(&draft), [(206_810.0, Some(2021)), (35.1, Some(2021)), (86.5, Some(2021))]);
}

/// A resolution on a year's budget after a five-year plan's period (an_giang_tai_chinh_2030, a development text).
const A_YEARS_BUDGET: &str =
    "Kế hoạch tài chính 5 năm giai đoạn 2026-2030 được thông qua.\nTheo đó, nghị quyết về phân \
                              bổ ngân sách địa phương năm 2026 hơn 39.342 tỷ đồng.\n";

#[test]
fn a_resolution_on_a_years_budget_dates_its_figure() {
    // Regression: the year of "nghị quyết về phân bổ ngân sách địa phương năm 2026" was read as a document's name, so
    // the figure took the period's end, 2030.
    let draft = extract_plan(A_YEARS_BUDGET);
    assert_eq!(target_rows(&draft.plan), [(Some(2026), Comparator::MoreThan, 39_342e9, MeasureUnit::Dong)]);
}

/// Shares of the economy's sectors beside a catalogue indicator that names a sector among other words
/// (xa_binh_tuyen_phu_tho_2030, phuong_thai_hoc_chi_linh_hai_duong_2025, development texts).
const SECTORS_AND_ECOMMERCE: &str = "Đến năm 2025, tỷ trọng thương mại - dịch vụ chiếm 45%; dịch vụ chiếm 40,5%; tỷ \
                                     trọng thương mại điện tử trong tổng mức bán lẻ đạt trên 10%; tốc độ tăng tổng giá \
                                     trị sản phẩm đạt 12,8%.\n";

#[test]
fn a_sectors_share_is_no_catalogue_indicator_that_names_the_sector() {
    // Regression: trade and services' share was read as e-commerce's share of retail (confidence 0.95), services'
    // share as "dịch vụ có hồ sơ nộp trực tuyến", the growth of a commune's product ("tổng giá trị sản phẩm") as
    // high-technology exports' share (xa_chau_phong_an_giang_2026, a development text).
    let draft = extract_plan(SECTORS_AND_ECOMMERCE);
    let ids: Vec<&str> = draft.plan.targets.iter().map(|t| t.indicator.as_str()).collect();
    assert_eq!(ids, ["thuong_mai_dich_vu", "dich_vu", "ecommerce_share_retail", "toc_do_tang_tong_gia_tri_san_pham"]);
}

/// A roadmap's two stages in one sentence after a year set before (ba_ria_vung_tau_hoc_tap_suot_doi_2030, a development
/// text).
const A_LATER_STAGE: &str =
    "Mục tiêu đến năm 2025, 40% người lao động là công dân học tập. 60% cán bộ trong đơn vị học \
                             tập đạt danh hiệu công dân học tập và tiến tới là 80% vào năm 2030.\n";

#[test]
fn a_later_stages_year_is_not_the_earlier_figures() {
    // Regression: the 60% took 2030, the year of the stage "tiến tới là 80%" after it.
    let draft = extract_plan(A_LATER_STAGE);
    let years: Vec<(Option<i32>, f64)> = draft.plan.targets.iter().map(|t| (t.year, t.value)).collect();
    assert_eq!(years, [(Some(2025), 40.0), (Some(2025), 60.0), (Some(2030), 80.0)]);
}

/// A level said in another unit after "tương đương", beside a rate whose "tương ứng" is derived from it
/// (lang_son_dang_bo_ubnd, ha_tinh_nha_o_2030, development texts).
const EQUIVALENTS: &str = "Đến năm 2030, GRDP bình quân đầu người khoảng 130 triệu đồng, tương đương 5.000 USD; hoàn \
                           thành khoảng 5.440 căn nhà ở thương mại, tương đương 1.470.000m2 sàn; thu ngân sách tăng \
                           10,6%, tương ứng tăng thêm khoảng 6.490 tỷ đồng.\n";

#[test]
fn a_levels_equivalent_in_another_unit_is_a_target_of_its_own() {
    // Regression: the dollars and the square metres were dropped as the level said again, and the dollars' words
    // named the level ("tuong_duong_usd"). Said again in other units, they are about as much as the level before
    // ("khoảng"), as the corpus labels lang_son_dang_bo_ubnd's dollars (ha_tinh_nha_o_2030's labels give its square
    // metres "reach").
    let draft = extract_plan(EQUIVALENTS);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2030), Comparator::About, 130e6, MeasureUnit::Dong),
            (Some(2030), Comparator::About, 5000.0, MeasureUnit::Usd),
            (Some(2030), Comparator::About, 5440.0, MeasureUnit::Count),
            (Some(2030), Comparator::About, 1_470_000.0, MeasureUnit::SquareMetre),
            (Some(2030), Comparator::Reach, 10.6, MeasureUnit::PercentIncrease),
        ]
    );
    let ids: Vec<&str> = draft.plan.targets.iter().map(|t| t.indicator.as_str()).collect();
    assert_eq!(ids.get(..2), Some(&["grdp_binh_quan_dau_nguoi", "grdp_binh_quan_dau_nguoi_usd"][..]));
}

/// Two figures each with its year right after it and no word between (thua_thien_hue_thi_truong_lao_dong_2030, a
/// development text).
const YEARS_RIGHT_AFTER: &str = "Tỷ lệ lao động có kỹ năng công nghệ thông tin đạt 80% năm 2025 và đạt 90% năm 2030.\n";

#[test]
fn a_year_right_after_a_percentage_is_its_own() {
    // Regression: "năm 2030" right after "90%" was not read as its year; the 90% took 2025.
    let draft = extract_plan(YEARS_RIGHT_AFTER);
    let years: Vec<(Option<i32>, f64)> = draft.plan.targets.iter().map(|t| (t.year, t.value)).collect();
    assert_eq!(years, [(Some(2025), 80.0), (Some(2030), 90.0)]);
}

/// A deadline a colon closes after a name's many words, and the figures after it, in the line and beyond its
/// sentence, after an objective of an earlier year with no figure (xa_so_pai_gia_lai_2025, a development text).
const A_DEADLINE_OPENING_A_LIST: &str = "Phấn đấu xây dựng xã đạt chuẩn nông thôn mới vào cuối năm 2020. Trọng tâm là \
                                         chuyển dịch Cơ cấu kinh tế đến năm 2025: Nông - lâm nghiệp 40%; thương mại - \
                                         dịch vụ 45%. Tỷ lệ lao động qua đào tạo đạt 50%.\n";

#[test]
fn a_deadline_a_colon_closes_dates_what_it_opens() {
    // Regression: "đến năm 2025:" after "Cơ cấu kinh tế" dated nothing; the figures took 2020, the year of an
    // objective with no figure.
    let draft = extract_plan(A_DEADLINE_OPENING_A_LIST);
    let years: Vec<(Option<i32>, f64)> = draft.plan.targets.iter().map(|t| (t.year, t.value)).collect();
    assert_eq!(years, [(Some(2025), 40.0), (Some(2025), 45.0), (Some(2025), 50.0)]);
}

/// A review of a year against its plan: a period's results opening a sentence, a margin "so kế hoạch" and the plan's
/// own figure in a bracket (kien_giang_nong_nghiep_2021, a development text).
const A_YEAR_AGAINST_ITS_PLAN: &str = "Kết quả trong giai đoạn 2016 - 2020, tốc độ tăng giá trị sản xuất nông - lâm - \
                                       thủy sản bình quân đạt 3,33%/năm. Năm 2021, tổng giá trị sản xuất ước đạt 42.712 \
                                       tỷ đồng.\nSản lượng lúa đạt 4.508.906 tấn, vượt 4,98% so kế hoạch; lúa chất \
                                       lượng cao chiếm 93,85% (kế hoạch 80%).\n";

#[test]
fn the_plans_figure_in_a_bracket_is_a_target_of_a_review() {
    // Regression: "(kế hoạch 80%)" was not seen as the plan's figure, so the whole text read as a report and the 80%
    // was an observation.
    let draft = extract_plan(A_YEAR_AGAINST_ITS_PLAN);
    assert_eq!(target_rows(&draft.plan), [(Some(2021), Comparator::Reach, 80.0, MeasureUnit::Percent)]);
    assert_eq!(
        observation_rows(&draft),
        [(3.33, Some(2020)), (42_712e9, Some(2021)), (4_508_906.0, Some(2021)), (93.85, Some(2021))]
    );
}

/// Urban centres counted by class, after the number of them at a founding (hau_giang_do_thi_hoa_2025,
/// ha_nam_he_thong_do_thi_2030, development texts).
const URBAN_CENTRES: &str = "Khi mới thành lập, tỉnh chỉ có 9 đô thị. Đến năm 2025: Toàn tỉnh có 14 đô thị, gồm: 01 \
                             đô thị loại II; 02 đô thị loại IV; 11 đô thị loại V. Tỷ lệ đô thị hóa đạt 40%.\n";

#[test]
fn urban_centres_are_counted_and_a_founding_is_past() {
    // Regression: "đô thị" was no noun a plan counts, so no count was drafted; "loại V." did not end its sentence;
    // once counted, the 9 urban centres at the province's founding were a target.
    let draft = extract_plan(URBAN_CENTRES);
    let rows: Vec<(Option<i32>, f64, MeasureUnit)> =
        target_rows(&draft.plan).into_iter().map(|(y, _, v, u)| (y, v, u)).collect();
    assert_eq!(
        rows,
        [
            (Some(2025), 14.0, MeasureUnit::Count),
            (Some(2025), 1.0, MeasureUnit::Count),
            (Some(2025), 2.0, MeasureUnit::Count),
            (Some(2025), 11.0, MeasureUnit::Count),
            (Some(2025), 40.0, MeasureUnit::Percent),
        ]
    );
    assert_eq!(observation_rows(&draft), [(9.0, None)]);
    assert_eq!(draft.plan.targets.last().map(|t| t.indicator.as_str()), Some("do_thi_hoa"));
}

/// Two comparator words before a figure, and households a clause opening with help helps, many words on
/// (quang_binh_phat_trien_nha_o_2030, a development text).
const HOUSING: &str = "Đến năm 2030, phát triển nhà ở thương mại khoảng trên 1 triệu m2. Hỗ trợ cho hộ gia đình người \
                       có công với cách mạng có khó khăn về nhà ở, để cải thiện nhà ở khoảng 3.300 hộ.\n";

#[test]
fn about_opens_two_comparators_and_help_reaches_its_households() {
    // Regression: "khoảng trên" was read as more than; the 3.300 households were no target, "hỗ trợ" being more than
    // six words back.
    let draft = extract_plan(HOUSING);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2030), Comparator::About, 1e6, MeasureUnit::SquareMetre),
            (Some(2030), Comparator::About, 3300.0, MeasureUnit::Count),
        ]
    );
}

/// Roads a plan remedies, counted "X of Y" (ho_chi_minh_giam_ngap_2020, a development text).
const ROADS_TO_REMEDY: &str =
    "Đến năm 2020, TP sẽ giải quyết 13/17 tuyến đường ngập nước do mưa, 179/179 tuyến hẻm và \
                               9 tuyến đường ngập nước do triều; xây dựng 7 nhà máy xử lý nước thải.\n";

#[test]
fn roads_a_plan_remedies_are_counted() {
    // Regression: "giải quyết" set no count and "tuyến đường" was no noun a plan counts ("tuyên dương" folds the
    // same), so only the 7 plants were drafted.
    let draft = extract_plan(ROADS_TO_REMEDY);
    let values: Vec<(Option<i32>, f64)> = draft.plan.targets.iter().map(|t| (t.year, t.value)).collect();
    assert_eq!(values, [(Some(2020), 13.0), (Some(2020), 179.0), (Some(2020), 9.0), (Some(2020), 7.0)]);
}

/// Objectives named at a bracket's opening right after the results measured against them
/// (xa_binh_nguyen_phu_tho_2026, xa_hai_trung_hai_hau_nam_dinh_2020, development texts).
const OBJECTIVES_NAMED_IN_BRACKETS: &str =
    "Nhiệm kỳ 2020-2025, tỷ lệ đảng viên được đánh giá, xếp loại từ hoàn thành tốt \
                                      nhiệm vụ trở lên đạt trên 97,6% (mục tiêu đại hội là 90%); tỷ lệ hộ nghèo còn \
                                      0,5% (chỉ tiêu đại hội dưới 3%).\n";

#[test]
fn an_objective_named_in_brackets_measures_what_its_result_does() {
    // Regression: the 90% took the result's "trên" (more than) and both objectives were named "đại hội".
    let draft = extract_plan(OBJECTIVES_NAMED_IN_BRACKETS);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2025), Comparator::Reach, 90.0, MeasureUnit::Percent),
            (Some(2025), Comparator::LessThan, 3.0, MeasureUnit::Percent),
        ]
    );
    let targets: Vec<&str> = draft.plan.targets.iter().map(|t| t.indicator.as_str()).collect();
    let results: Vec<&str> = draft.observations.iter().map(|o| o.indicator.as_str()).collect();
    assert_eq!(targets, results);
    assert_eq!(targets.get(1), Some(&"ho_ngheo"));
}

/// A year said in brackets, an aside, before a line of the plan's period (ha_noi_cap_nuoc_an_toan_2020, a development
/// text).
const A_YEAR_IN_BRACKETS: &str = "Kế hoạch số 148/KH-UBND về cấp nước an toàn giai đoạn 2017-2020.\nMục tiêu cụ thể \
                                  cho giai đoạn đến năm 2020 là, tỷ lệ dân cư được cấp nước sạch đạt 95%.\nThành phố \
                                  hoàn thành trước năm 2020 các dự án: Nhà máy nước Dương Nội (hoàn thành trong năm \
                                  2017); Nhà máy nước mặt sông Đuống.\nPhấn đấu xây dựng mô hình cấp nước cục bộ cho \
                                  khoảng 128.000 hộ.\n";

#[test]
fn a_year_in_brackets_holds_for_no_line_after() {
    // Regression: "(hoàn thành trong năm 2017)" dated the next line's 128.000 households.
    let draft = extract_plan(A_YEAR_IN_BRACKETS);
    let years: Vec<(Option<i32>, f64)> = draft.plan.targets.iter().map(|t| (t.year, t.value)).collect();
    assert_eq!(years, [(Some(2020), 95.0), (Some(2020), 128_000.0)]);
}

/// A year's results in a line that opens with it, before a line that opens with the next year and aims
/// (huyen_hung_ha_thai_binh_van_hoa_2022, a development text).
const A_YEAR_BEFORE_THE_NEXT: &str = "Năm 2021, phong trào tiếp tục được duy trì. Tỷ lệ gia đình văn hóa toàn huyện đạt \
                                      91,7%, tỷ lệ dòng họ văn hóa đạt 59,4%.\nNăm 2022, huyện tiếp tục chỉ đạo, phấn \
                                      đấu có trên 91% gia đình đạt danh hiệu gia đình văn hóa, trên 60% dòng họ đạt danh \
                                      hiệu dòng họ văn hóa.\n";

/// A text dated a year that sets the next year's objectives (thanh_pho_vinh_long_giam_ngheo_2021, a development text).
const DATED_THE_YEAR_BEFORE: &str = "Cập nhật, 13:40, Thứ Sáu, 20/11/2020\nTP Vĩnh Long phấn đấu năm 2021 giảm 0,35% \
                                     hộ nghèo, tỷ lệ người dân tham gia BHYT đạt 92%.\nĐầu năm 2020, toàn thành phố còn \
                                     258 hộ nghèo, chiếm 0,6%. Trong năm, toàn thành phố đào tạo nghề cho 3.500 lao \
                                     động.\n";

#[test]
fn the_year_before_the_one_a_text_plans_is_reported() {
    // Regression: the results of 2021 and of 2020 were drafted as targets of their years.
    let draft = extract_plan(A_YEAR_BEFORE_THE_NEXT);
    let years: Vec<(Option<i32>, f64)> = draft.plan.targets.iter().map(|t| (t.year, t.value)).collect();
    assert_eq!(years, [(Some(2022), 91.0), (Some(2022), 60.0)]);
    assert_eq!(observation_rows(&draft), [(91.7, Some(2021)), (59.4, Some(2021))]);
    let draft = extract_plan(DATED_THE_YEAR_BEFORE);
    let years: Vec<(Option<i32>, f64)> = draft.plan.targets.iter().map(|t| (t.year, t.value)).collect();
    assert_eq!(years, [(Some(2021), 0.35), (Some(2021), 92.0)]);
    assert_eq!(observation_rows(&draft), [(0.6, Some(2020)), (3500.0, Some(2020))]);
}

/// Help given and workers trained in the years past, beside the next year's aim (soc_trang_giam_ngheo_2021, a
/// development text).
const HELP_GIVEN: &str = "Năm 2021, tỉnh phấn đấu giảm tỷ lệ hộ nghèo từ 2%. Trong 5 năm, toàn tỉnh đã hỗ trợ trên \
                          38.000 căn nhà cho hộ nghèo, đã đào tạo nghề cho 69.582 lao động.\n";

#[test]
fn help_given_and_workers_trained_are_reported() {
    // Regression: "đã hỗ trợ" and "đã đào tạo" reported nothing, so both figures were targets.
    let draft = extract_plan(HELP_GIVEN);
    assert_eq!(target_rows(&draft.plan), [(Some(2021), Comparator::AtLeast, 2.0, MeasureUnit::PercentReduction)]);
    assert_eq!(observation_rows(&draft), [(38_000.0, Some(2021)), (69_582.0, Some(2021))]);
}

/// A roadmap whose last stage's year is bare after a comma, after what a survey shows (hoa_binh_bao_hiem_xa_hoi_2030, a
/// development text).
const A_BARE_STAGE: &str =
    "Điều tra, khảo sát, kết quả cho thấy khoảng 89% số doanh nghiệp đảm bảo trả lương đúng quy \
                            định. Tỷ lệ lao động tham gia BHXH: mục tiêu phấn đấu đến năm 2021 đạt khoảng 22%, đến năm \
                            2025 đạt khoảng 26%, 2030 đạt khoảng 35%.\n";

#[test]
fn a_roadmaps_bare_year_dates_its_stage_and_a_survey_reports() {
    // Regression: the 35% took 2025, "2030" being no year without "năm"; the survey's 89% was a target.
    let draft = extract_plan(A_BARE_STAGE);
    let years: Vec<(Option<i32>, f64)> = draft.plan.targets.iter().map(|t| (t.year, t.value)).collect();
    assert_eq!(years, [(Some(2021), 22.0), (Some(2025), 26.0), (Some(2030), 35.0)]);
    assert_eq!(observation_rows(&draft), [(89.0, None)]);
}

/// The criteria the other communes are to meet (ben_tre_nong_thon_moi_2023, a development text).
const CRITERIA: &str =
    "Tỉnh phấn đấu đến năm 2025 có ít nhất 80% xã đạt chuẩn nông thôn mới, các xã còn lại đạt từ 15 \
                        tiêu chí trở lên.\n";

#[test]
fn criteria_met_are_counted() {
    // Regression: "tiêu chí" was no noun a plan counts, so the 15 criteria were no target.
    let draft = extract_plan(CRITERIA);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2025), Comparator::AtLeast, 80.0, MeasureUnit::Percent),
            (Some(2025), Comparator::AtLeast, 15.0, MeasureUnit::Count),
        ]
    );
}

/// What stands at present, beside a plan's figure (kien_giang_xu_ly_chat_thai_ran_2025, a development text).
const AT_PRESENT: &str = "Hiện tại, trên địa bàn tỉnh có 1 nhà máy xử lý chất thải rắn sinh hoạt đang hoạt động. Theo \
                          quy hoạch đến năm 2025, tỉnh có 7 khu xử lý chất thải rắn liên huyện.\n";

#[test]
fn what_stands_at_present_is_reported() {
    // Regression: "Hiện tại," reported nothing, so the one plant working now was a target.
    let draft = extract_plan(AT_PRESENT);
    let years: Vec<(Option<i32>, f64)> = draft.plan.targets.iter().map(|t| (t.year, t.value)).collect();
    assert_eq!(years, [(Some(2025), 7.0)]);
    assert_eq!(observation_rows(&draft), [(1.0, None)]);
}

/// Results over their plan's figures after a slash, beside an "X of Y" (yen_bai_che_phu_rung,
/// kien_giang_nong_nghiep_2021, development texts).
const RESULTS_OVER_PLANS: &str =
    "Năm 2021, sản lượng lúa đạt 4.508.906/4.295.000 tấn, vượt 4,98% so kế hoạch. Khai thác \
                                  461.940 m3/830.000 m3 gỗ rừng trồng, đạt 55,7% kế hoạch; khai thác tre đạt 23.076 \
                                  tấn/90.000 tấn. Tỉnh phấn đấu có 15/49 xã đạt chuẩn.\n";

#[test]
fn a_plans_figure_after_a_slash_is_a_target_and_its_result_a_report() {
    // Regression: the figures after the slashes were read as the totals of "X of Y" and dropped; the 23.076 tonnes
    // reached were a target.
    let draft = extract_plan(RESULTS_OVER_PLANS);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2021), Comparator::Reach, 4_295_000.0, MeasureUnit::Tonne),
            (Some(2021), Comparator::Reach, 830_000.0, MeasureUnit::CubicMetre),
            (Some(2021), Comparator::Reach, 90_000.0, MeasureUnit::Tonne),
            (Some(2021), Comparator::Reach, 15.0, MeasureUnit::Count),
        ]
    );
    // The bare result before its plan ("4.508.906/4.295.000 tấn") is reported too, in the plan's unit.
    assert_eq!(observation_rows(&draft), [(4_508_906.0, Some(2021)), (55.7, Some(2021)), (23_076.0, Some(2021))]);
    // The plan's 90.000 tonnes measure what the 23.076 reached do.
    let plan = draft.plan.targets.get(2).map(|t| t.indicator.as_str());
    assert_eq!(plan, draft.observations.get(2).map(|o| o.indicator.as_str()));
}

/// A congress's report of the term past: results beside the objectives they were measured against
/// (xa_hai_trung_hai_hau_nam_dinh_2020, a development text).
const MEASURED_OBJECTIVES: &str = "Ngày 12-3-2020, Đảng bộ xã Hải Trung tổ chức đại hội đại biểu nhiệm kỳ \
                                   2020-2025.\nTổng sản phẩm bình quân đầu người đến năm 2020 ước đạt 65,6 triệu \
                                   đồng; Nông nghiệp - thuỷ sản: 20% (chỉ tiêu đại hội 27,5%); Dịch vụ: 32% (chỉ \
                                   tiêu đại hội 28,5%). Đến năm 2020, tỷ lệ hộ nghèo còn 0% (chỉ tiêu đại hội dưới \
                                   3%). Giá trị sản xuất các ngành tăng 10,66% so với chỉ tiêu đại hội. Mức giảm tỷ \
                                   lệ sinh 0,08%/năm (chỉ tiêu đại hội 1%/năm).\n";

#[test]
fn the_objectives_of_the_term_past_are_of_its_end() {
    // Regression: the objectives in brackets took the end of the term the congress opens (2025); a rise compared with
    // the congress's objective was a target, wanted by the deadline of the sentence before; the objective after a rate
    // per year was not seen, so the rate's result was a target; 65,6 triệu đồng was read as 65599999.99999999.
    let draft = extract_plan(MEASURED_OBJECTIVES);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2020), Comparator::Reach, 27.5, MeasureUnit::Percent),
            (Some(2020), Comparator::Reach, 28.5, MeasureUnit::Percent),
            (Some(2020), Comparator::LessThan, 3.0, MeasureUnit::Percent),
            (Some(2020), Comparator::Reach, 1.0, MeasureUnit::PercentPerYear),
        ]
    );
    let observed: Vec<f64> = draft.observations.iter().map(|o| o.value).collect();
    assert_eq!(observed, [65_600_000.0, 20.0, 32.0, 0.0, 10.66, 0.08]);
}

/// A half-year's report on a plan's objectives (dong_nai_nghi_quyet_57_6_thang_2025, a development text).
const BASIC_SKILLS: &str = "Năm 2025, Đồng Nai phấn đấu hoàn thành các mục tiêu của Nghị quyết.\nTỷ lệ phủ sóng 5G \
                            mới đạt 13,8% so với mục tiêu 60%.\nĐồng Nai đã vượt mục tiêu chi ngân sách cho khoa học. \
                            Đáng chú ý, 100% cán bộ cấp xã đã được bồi dưỡng kỹ năng số căn bản, và 100% viên chức làm \
                            chủ kỹ năng số.\n";

#[test]
fn a_result_compared_with_its_objective_and_basic_skills_are_reports() {
    // Regression: the objective's own figure after "so với mục tiêu" ended the result's words, so the comparison was
    // not seen and 13,8% was a target; "căn bản" (basic) folds to the "cần" (need) that wants, so the second 100% was a
    // target.
    let draft = extract_plan(BASIC_SKILLS);
    assert_eq!(target_rows(&draft.plan), [(Some(2025), Comparator::Reach, 60.0, MeasureUnit::Percent)]);
    assert_eq!(observation_rows(&draft), [(13.8, Some(2025)), (100.0, Some(2025)), (100.0, Some(2025))]);
}

/// A startup programme's contests and ideas (vinh_long_khoi_nghiep_2025, a development text).
const STARTUPS: &str =
    "Mục tiêu đến năm 2025: hỗ trợ ươm tạo ít nhất 20 ý tưởng khởi nghiệp; tổ chức 5 cuộc thi khởi nghiệp.\n";

#[test]
fn contests_and_startup_ideas_are_counted() {
    // Regression: "ý tưởng" and "cuộc thi" were no nouns a plan counts, so neither figure was a target.
    let draft = extract_plan(STARTUPS);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2025), Comparator::AtLeast, 20.0, MeasureUnit::Count),
            (Some(2025), Comparator::Reach, 5.0, MeasureUnit::Count),
        ]
    );
}

/// A budget's total and its tiers' parts, each listed after its name (nghe_an_ngan_sach_cap_xa_2025, a development
/// text).
const TIERS_PARTS: &str = "Tổng chi ngân sách địa phương: 41.991.268 triệu đồng, trong đó: ngân sách cấp tỉnh: \
                           26.096.016 triệu đồng, ngân sách cấp xã: 15.895.252 triệu đồng.\n";

#[test]
fn a_totals_parts_by_tier_are_its_indicator_at_their_tiers() {
    // Regression: a part's name was read from a dot of the total's thousands ("268 triệu đồng, trong đó: ..."), the
    // province's part took the commune tier of the next item's name after it, and the commune's part none.
    let draft = extract_plan(TIERS_PARTS);
    let rows: Vec<(Option<Tier>, f64)> = draft.plan.targets.iter().map(|t| (t.tier, t.value)).collect();
    assert_eq!(rows, [(None, 41_991_268e6), (Some(Tier::Province), 26_096_016e6), (Some(Tier::Commune), 15_895_252e6)]);
    let quotes: Vec<&str> = draft.plan.targets.iter().map(|t| t.quote.as_str()).collect();
    assert_eq!(
        quotes,
        [
            "Tổng chi ngân sách địa phương: 41.991.268 triệu đồng",
            "ngân sách cấp tỉnh: 26.096.016 triệu đồng",
            "ngân sách cấp xã: 15.895.252 triệu đồng"
        ]
    );
    // The parts measure what the total does.
    assert!(draft.plan.targets.iter().all(|t| t.indicator == draft.plan.targets[0].indicator));
}

/// A goal set by a province, in its own words (bac_lieu_pci_2025, a development text).
const GOAL_SET: &str =
    "Tỉnh này đang đặt mục tiêu đưa chỉ số PCI của tỉnh nằm trong nhóm 20 tỉnh, thành phố vào năm 2025.\n";

#[test]
fn the_words_that_set_a_goal_name_nothing_measured() {
    // Regression: the indicator was named from the whole clause, "Tỉnh này đang đặt mục tiêu đưa chỉ số PCI ...".
    let draft = extract_plan(GOAL_SET);
    assert_eq!(target_rows(&draft.plan), [(Some(2025), Comparator::AtMost, 20.0, MeasureUnit::Rank)]);
    let name = &draft.plan.indicators[0].name_vi;
    assert!(name.starts_with("chỉ số PCI"), "{name}");
}

/// A deadline, then a programme's period naming what a figure counts (ninh_thuan_dan_toc_thieu_so_2025, a development
/// text).
const PROGRAMME: &str = "Ninh Thuận phấn đấu đến năm 2025 giảm 50% xã, thôn đặc biệt khó khăn vùng đồng bào DTTS và \
                         miền núi giai đoạn 2021-2030; 100% xã có đường ô tô đến trung tâm xã được rải nhựa; 99% số hộ \
                         dân được sử dụng điện lưới quốc gia.\n";

#[test]
fn a_programmes_period_after_a_deadline_dates_no_figure() {
    // Regression: the figures after the ";" took 2030, the end of the programme's period, not the deadline 2025.
    let draft = extract_plan(PROGRAMME);
    let years: Vec<(Option<i32>, f64)> = draft.plan.targets.iter().map(|t| (t.year, t.value)).collect();
    assert_eq!(years, [(Some(2025), 50.0), (Some(2025), 100.0), (Some(2025), 99.0)]);
}

/// A congress opening a term: the term past's report, then the new term's targets (xa_ia_le_gia_lai_2030, a development
/// text).
const TERM_REPORTED: &str = "Đại hội đại biểu Đảng bộ xã Ia Le lần thứ I, nhiệm kỳ 2025-2030, diễn ra sáng 14-8.\nNhiệm \
                             kỳ 2020-2025, Đảng bộ, chính quyền và nhân dân xã đã đạt được nhiều kết quả quan trọng. Cụ \
                             thể, giá trị sản phẩm năm 2025 đạt hơn 1.392 tỷ đồng.\nTheo đó, xã phấn đấu giá trị sản \
                             phẩm tăng bình quân hằng năm đạt 10,97%/năm; giảm tỷ lệ hộ nghèo đa chiều trung bình hằng \
                             năm đạt 1%.\n";

#[test]
fn a_term_past_that_a_line_reports_dates_no_target_after_it() {
    // Regression: the term past opening the report's line held for the lines after it, so the new term's targets were
    // of 2025.
    let draft = extract_plan(TERM_REPORTED);
    let years: Vec<(Option<i32>, f64)> = draft.plan.targets.iter().map(|t| (t.year, t.value)).collect();
    assert_eq!(years, [(Some(2030), 10.97), (Some(2030), 1.0)]);
    assert_eq!(observation_rows(&draft), [(1_392e9, Some(2025))]);
}

/// Doctors and pharmacists per one ten thousand people (khu_kinh_te_van_don_quang_ninh_2030, a development text).
const PER_TEN_THOUSAND: &str = "Đến năm 2030, đạt 15 bác sỹ/1 vạn dân, 03 dược sỹ/1 vạn dân.\n";

#[test]
fn a_ratio_per_one_ten_thousand_people_is_per_thousand() {
    // Regression: "/1 vạn dân" was no ratio per people, so 15 doctors were a count and the pharmacists no target.
    let draft = extract_plan(PER_TEN_THOUSAND);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2030), Comparator::Reach, 1.5, MeasureUnit::PerThousandPeople),
            (Some(2030), Comparator::Reach, 0.3, MeasureUnit::PerThousandPeople),
        ]
    );
}

/// One of the poor districts (huyen_a_luoi_hue_giam_ngheo_2025, a development text).
const ONE_OF: &str =
    "Đây là 01 trong 22 huyện nghèo toàn quốc được ưu tiên đầu tư. Phấn đấu đến cuối năm 2025, tỷ lệ hộ \
                      nghèo toàn huyện giảm còn dưới 12,01%.\n";

#[test]
fn the_whole_that_one_is_of_is_no_target() {
    // Regression: "01 trong 22 huyện" drafted the 22 districts as a count to reach.
    let draft = extract_plan(ONE_OF);
    assert_eq!(target_rows(&draft.plan), [(Some(2025), Comparator::LessThan, 12.01, MeasureUnit::Percent)]);
}

/// A stage said from a year to a year (khu_kinh_te_vung_ang_ha_tinh_2030, a development text).
const FROM_YEAR_TO_YEAR: &str = "Cụ thể, giai đoạn từ năm 2021 đến 2025, khu kinh tế đặt mục tiêu thu hút vốn đầu tư \
                                 mới đạt 5,5 tỷ USD. Tổng thu ngân sách đạt 60.000 tỷ đồng.\nGiai đoạn từ năm 2026 đến \
                                 2030 sẽ thu hút vốn đầu tư mới đạt 7 tỷ USD.\n";

#[test]
fn a_stage_from_a_year_to_a_year_dates_its_figures_with_its_end() {
    // Regression: "từ năm 2021 đến 2025" (no "năm" before its end) dated the figures 2021 and the next sentence's none;
    // the second stage's were 2026.
    let draft = extract_plan(FROM_YEAR_TO_YEAR);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2025), Comparator::Reach, 5_500_000_000.0, MeasureUnit::Usd),
            (Some(2025), Comparator::Reach, 60_000_000_000_000.0, MeasureUnit::Dong),
            (Some(2030), Comparator::Reach, 7_000_000_000.0, MeasureUnit::Usd),
        ]
    );
    // And the second stage's figure was named "giai_doan", after the words of its period.
    let ids: Vec<&str> = draft.plan.targets.iter().map(|t| t.indicator.as_str()).collect();
    assert_eq!(ids, ["thu_hut_von_dau_tu_moi", "tong_thu_ngan_sach", "thu_hut_von_dau_tu_moi"]);
}

/// A change after a level below a ceiling (quang_tri_giam_ngheo_2030, a development text).
const CHANGE_AFTER_A_CEILING: &str =
    "Phấn đấu cuối năm 2025 tỷ lệ hộ nghèo còn dưới 5,5%, thu nhập bình quân đầu người \
                                      của hộ nghèo cuối năm 2025 tăng lên 1,5 lần so với năm 2021.\n";

#[test]
fn a_change_with_its_own_verb_takes_no_comparator_from_the_level_before_it() {
    // Regression: "tăng lên 1,5 lần" took the "dưới" of the level before it, and was a rise of less than 50%.
    let draft = extract_plan(CHANGE_AFTER_A_CEILING);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2025), Comparator::LessThan, 5.5, MeasureUnit::Percent),
            (Some(2025), Comparator::Reach, 50.0, MeasureUnit::PercentIncrease),
        ]
    );
}

/// A count in digits after a count in words (son_la_giao_duc_2030, a development text).
const AFTER_A_COUNT_IN_WORDS: &str = "Mục tiêu đến năm 2030, có ít nhất một trường cao đẳng chất lượng cao và 2 cơ sở \
                                      giáo dục nghề nghiệp được đầu tư trang thiết bị hiện đại.\n";

#[test]
fn a_count_in_digits_goes_on_the_list_a_count_in_words_opened() {
    // Regression: the 2 colleges were no figure: the list they go on, opened by "một", was read after them.
    let draft = extract_plan(AFTER_A_COUNT_IN_WORDS);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2030), Comparator::AtLeast, 1.0, MeasureUnit::Count),
            (Some(2030), Comparator::AtLeast, 2.0, MeasureUnit::Count)
        ]
    );
}

/// A budget line compared with the year before's results (quang_ngai_thu_ngan_sach_2026, a development text).
const COMPARED_WITH_RESULTS: &str =
    "Năm 2026, dự toán thu ngân sách là 33.624 tỷ đồng. Thu thuế xuất nhập khẩu: 10.800 \
                                     tỷ đồng, giảm so với thực hiện năm 2025.\n";

#[test]
fn the_results_a_figure_is_compared_with_give_it_no_year() {
    // Regression: "so với thực hiện năm 2025" dated the budget line of 2026 2025.
    let draft = extract_plan(COMPARED_WITH_RESULTS);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2026), Comparator::Reach, 33_624_000_000_000.0, MeasureUnit::Dong),
            (Some(2026), Comparator::Reach, 10_800_000_000_000.0, MeasureUnit::Dong),
        ]
    );
}

/// Courses held, reported after the year's aim (soc_trang_lao_dong_2023, a development text).
const COURSES_HELD: &str = "Năm 2023, phấn đấu giải quyết việc làm mới cho 28.000 người. Trên lĩnh vực giáo dục nghề \
                            nghiệp đã tổ chức tuyển sinh đào tạo cho trên 16.600 người, giải quyết việc làm cho trên \
                            30.000 người.\n";

#[test]
fn what_was_held_is_reported() {
    // Regression: "đã tổ chức" said nothing was done, and the trainees and jobs of the year past were targets.
    let draft = extract_plan(COURSES_HELD);
    assert_eq!(target_rows(&draft.plan), [(Some(2023), Comparator::Reach, 28_000.0, MeasureUnit::Count)]);
    assert_eq!(observation_rows(&draft), [(16_600.0, Some(2023)), (30_000.0, Some(2023))]);
}

/// A span from a year to a year after a lead-in, over a list (ha_tinh_du_lich_2030, a development text).
const FROM_A_YEAR_OVER_A_LIST: &str =
    "Theo định hướng trong dự thảo đề án, từ 2018 đến 2030, Hà Tĩnh sẽ phát triển 13 \
                                       tuyến du lịch, gồm: 5 tuyến nội tỉnh; 2 tuyến liên tỉnh; 6 tuyến du lịch quốc \
                                       tế.\n";

#[test]
fn a_span_from_a_year_after_a_lead_in_dates_the_list_after_it() {
    // Regression: "từ 2018 đến 2030" after "Theo định hướng ..." dated only the figure of its own clause; the items
    // after the colon had no year.
    let draft = extract_plan(FROM_A_YEAR_OVER_A_LIST);
    let rows: Vec<_> = target_rows(&draft.plan).into_iter().map(|(year, _, value, _)| (year, value)).collect();
    assert_eq!(rows, [(Some(2030), 13.0), (Some(2030), 5.0), (Some(2030), 2.0), (Some(2030), 6.0)]);
}

/// A news page that reviews a year after its dateline, then aims for the next (bac_ninh_tiem_chung_2026, a development
/// text).
const REVIEWED_AFTER_A_DATELINE: &str =
    "Bắc Ninh: Tỷ lệ tiêm chủng đầy đủ cho trẻ dưới 1 tuổi đạt 98,1%\nBẮC NINH - Năm \
                                         2025, công tác tiêm chủng đạt nhiều kết quả tích cực.\nNăm 2026, ngành Y tế \
                                         tiếp tục phấn đấu duy trì tỷ lệ tiêm chủng đầy đủ cho trẻ dưới 1 tuổi đạt \
                                         trên 98%.\n";

#[test]
fn a_year_reviewed_after_a_dateline_before_the_next_years_aim_is_reported() {
    // Regression: the year a line opened after the dateline "BẮC NINH -" was not seen as reviewed, and the headline's
    // result was a target.
    let draft = extract_plan(REVIEWED_AFTER_A_DATELINE);
    assert_eq!(target_rows(&draft.plan), [(Some(2026), Comparator::MoreThan, 98.0, MeasureUnit::Percent)]);
    assert_eq!(observation_rows(&draft), [(98.1, Some(2025))]);
}

/// A year's results, then the next year's objectives (huyen_nong_son_quang_nam_2023, a development text).
const RESULTS_THEN_THE_NEXT_YEARS_AIMS: &str = "Trong 2 vụ đông xuân và hè thu năm 2022, nông dân trên địa bàn gieo \
                                                trồng hơn 2.327ha cây lương thực có hạt và tổng sản lượng đạt 13.007 \
                                                tấn.\nNăm 2022, tổng thu ngân sách trên địa bàn đạt hơn 83,5 tỷ \
                                                đồng.\nNăm 2023, Nông Sơn đặt ra một số chỉ tiêu chủ yếu, gồm: thu \
                                                ngân sách do huyện quản lý đạt hơn 14,5 tỷ đồng.\n";

#[test]
fn the_year_reviewed_before_the_next_years_aims_is_the_past() {
    // Regression: a text that reviews 2022 in lines opening with it, then sets 2023's objectives, is 2023's plan; its
    // figures of 2022 were targets.
    let draft = extract_plan(RESULTS_THEN_THE_NEXT_YEARS_AIMS);
    assert_eq!(target_rows(&draft.plan), [(Some(2023), Comparator::MoreThan, 14_500_000_000.0, MeasureUnit::Dong)]);
    assert_eq!(
        observation_rows(&draft),
        [(2327.0, Some(2022)), (13_007.0, Some(2022)), (83_500_000_000.0, Some(2022))]
    );
}

/// A crop's output with a long name after a comma (ha_nam_vu_mua_2020, a development text).
const A_LONG_NAMED_OUTPUT: &str =
    "Vụ đông năm 2020, phấn đấu gieo trồng đạt 10.463 ha, sản lượng lương thực cây có hạt 14.700 tấn.\n";

#[test]
fn an_output_named_at_length_is_a_quantity_to_reach() {
    // Regression: "sản lượng" was more than six words before the tonnes, so they were no quantity to reach.
    let draft = extract_plan(A_LONG_NAMED_OUTPUT);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2020), Comparator::Reach, 10_463.0, MeasureUnit::Hectare),
            (Some(2020), Comparator::Reach, 14_700.0, MeasureUnit::Tonne),
        ]
    );
}

/// A list of counts in words after semicolons (binh_thuan_phat_trien_do_thi_2025, a development text).
const COUNTS_IN_WORDS_LISTED: &str = "Đến năm 2025, toàn tỉnh có 15 đô thị, trong đó có một đô thị loại II là thành \
                                      phố Phan Thiết; một đô thị loại III là thị xã La Gi; ba đô thị loại IV là thị \
                                      trấn Phan Rí Cửa; mười đô thị loại V.\n";

#[test]
fn counts_in_words_go_on_the_list_they_continue() {
    // Regression: the items after the first ";" were no figures when their counts were said in words; in digits they
    // were.
    let draft = extract_plan(COUNTS_IN_WORDS_LISTED);
    let rows: Vec<_> = target_rows(&draft.plan).into_iter().map(|(year, _, value, unit)| (year, value, unit)).collect();
    let count = |v: f64| (Some(2025), v, MeasureUnit::Count);
    assert_eq!(rows, [count(15.0), count(1.0), count(1.0), count(3.0), count(10.0)]);
}

/// Forests to plant and restore each year (phu_yen_lam_nghiep_2030, a development text).
const FORESTS_A_YEAR: &str = "Đến năm 2030, trồng rừng sản xuất 6.000 ha/năm; phục hồi rừng phòng hộ 1.000 ha/năm.\n";

#[test]
fn hectares_a_year_to_plant_and_restore_are_targets() {
    // Regression: "ha/năm" read as "Hà Nam" and was no unit, and planting or restoring a forest set no area to reach.
    let draft = extract_plan(FORESTS_A_YEAR);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2030), Comparator::Reach, 6000.0, MeasureUnit::Hectare),
            (Some(2030), Comparator::Reach, 1000.0, MeasureUnit::Hectare),
        ]
    );
}

/// A sentence wrapped before its unit (xa_an_binh_bac_ninh_2023 wrapped at 80 columns, a development text).
const A_UNIT_WRAPPED_AFTER_ITS_FIGURE: &str = "Năm 2025, tổng sản lượng lương thực (cả màu quy thóc) đạt 4.200\n\
                                               tấn. Thu nhập bình quân đạt 59 triệu đồng/người/năm.\n";

#[test]
fn a_unit_ending_a_sentence_on_the_next_line_is_no_list_marker() {
    // Regression: "tấn." opening a line was read as a list's marker ("a.", "1."), so the lines were not joined and 4.200
    // had no unit.
    let draft = extract_plan(A_UNIT_WRAPPED_AFTER_ITS_FIGURE);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2025), Comparator::Reach, 4200.0, MeasureUnit::Tonne),
            (Some(2025), Comparator::Reach, 59_000_000.0, MeasureUnit::Dong),
        ]
    );
}

/// A text wrapped at 80 columns whose lines break after figures, before their units and a range's second figure
/// (vinh_long_kinh_te_so_2030, lao_cai_ha_tang_so_2030 and khu_kinh_te_vung_ang_ha_tinh_2030 wrapped, development
/// texts).
const FIGURES_WRAPPED_BEFORE_THEIR_UNITS: &str =
    "Theo kế hoạch, đến năm 2030 tỉnh phủ sóng 5G đạt 40% toàn tỉnh, 100% tại các khu\n\
     kinh tế cửa khẩu, khu công nghiệp và điểm du lịch trọng điểm. Tốc độ truy cập\n\
     mạng đạt tối thiểu 150 Mbps cho hộ gia đình, đạt tối thiểu 200 Mbps cho cơ quan\n\
     và tổng giá trị sản xuất của khu kinh tế đạt 5,6 tỷ USD; kinh tế số chiếm 15%\n\
     GRDP của tỉnh; tổng vốn đầu tư toàn xã hội giai đoạn 2026 - 2030 đạt 5,6 tỷ\n\
     USD; toàn bộ thôn, bản được cáp quang hóa, trên 75% hộ gia đình có cáp quang,\n\
     kim ngạch xuất khẩu hàng hóa cả giai đoạn 2026 - 2030 đạt từ 12\n\
     - 14 tỷ USD và giải quyết việc làm cho trên 30.000 lao động trên địa bàn tỉnh.\n";

#[test]
fn a_wrapped_line_after_a_figure_goes_on_with_its_unit_or_range() {
    // Regression: a line of a wrapped text that ended in a figure was never continued by a capital or a dash, so
    // "15%\nGRDP" was a share of nothing and "từ 12\n- 14 tỷ USD" no figure.
    let draft = extract_plan(FIGURES_WRAPPED_BEFORE_THEIR_UNITS);
    let row = |comparator, value, unit| (Some(2030), comparator, value, unit);
    assert_eq!(
        target_rows(&draft.plan),
        [
            row(Comparator::Reach, 40.0, MeasureUnit::Percent),
            row(Comparator::Reach, 100.0, MeasureUnit::Percent),
            row(Comparator::AtLeast, 150.0, MeasureUnit::Mbps),
            row(Comparator::AtLeast, 200.0, MeasureUnit::Mbps),
            row(Comparator::Reach, 5.6e9, MeasureUnit::Usd),
            row(Comparator::Reach, 15.0, MeasureUnit::PercentOfGrdp),
            row(Comparator::Reach, 5.6e9, MeasureUnit::Usd),
            row(Comparator::MoreThan, 75.0, MeasureUnit::Percent),
            row(Comparator::Reach, 14e9, MeasureUnit::Usd),
            row(Comparator::MoreThan, 30_000.0, MeasureUnit::Count),
        ]
    );
}

/// Parts of a total, each on a line of its own after a ";" (nghe_an_lam_nghiep_2030 and xa_lo_ku_gia_lai with a
/// clause per line, development texts).
const PARTS_A_CLAUSE_PER_LINE: &str = "Theo quy hoạch đến năm 2030, tỉnh Nghệ An sẽ có 1.148.476 ha đất lâm nghiệp \
                                       (gồm: 171.062 ha rừng đặc dụng;\n\
                                       370.405 ha rừng phòng hộ;\n\
                                       607.009 ha rừng sản xuất).\n\
                                       Đến năm 2025, tổng diện tích gieo trồng hằng năm 3.830 ha (trong đó: Cây Ngô \
                                       lai 2.700 ha;\n\
                                       Lúa nước 2 vụ 40 ha;\n\
                                       cây Mía 370 ha).\n";

#[test]
fn a_clause_on_a_line_of_its_own_after_a_semicolon_goes_on_with_the_sentence() {
    // Regression: a line after a ";" that opened with a figure or a capital was read on its own, out of its list.
    let draft = extract_plan(PARTS_A_CLAUSE_PER_LINE);
    let ha = |year, value| (Some(year), Comparator::Reach, value, MeasureUnit::Hectare);
    assert_eq!(
        target_rows(&draft.plan),
        [
            ha(2030, 1_148_476.0),
            ha(2030, 171_062.0),
            ha(2030, 370_405.0),
            ha(2030, 607_009.0),
            ha(2025, 3830.0),
            ha(2025, 2700.0),
            ha(2025, 40.0),
            ha(2025, 370.0),
        ]
    );
}

/// A range wrapped after its dash (binh_thuan_phat_trien_do_thi_2025 wrapped at 80 columns, a development text).
const A_RANGE_WRAPPED_AFTER_ITS_DASH: &str =
    "Theo đó, mục tiêu đến năm 2025, tỷ lệ đất xây dựng trên tổng diện tích đất \
                                              tự nhiên đạt khoảng 1,5 -\n1,9%.\n";

#[test]
fn a_range_wrapped_after_its_dash_keeps_its_comparator() {
    // Regression: the line ending in the range's dash was not continued, so "1,9%" was read alone, with no "khoảng".
    let draft = extract_plan(A_RANGE_WRAPPED_AFTER_ITS_DASH);
    assert_eq!(target_rows(&draft.plan), [(Some(2025), Comparator::About, 1.9, MeasureUnit::Percent)]);
}

/// A page whose paragraphs are parted by blank lines, with a sentence per line inside one (cao_bang_du_lich_2020 with a
/// sentence per line, a development text).
const A_SENTENCE_PER_LINE_IN_A_PARAGRAPH: &str = "Du lịch Cao Bằng\n\n\
     Nhận thức được tiềm năng, lợi thế sẵn có, tỉnh đã đề ra mục tiêu đến năm 2020 sẽ đón 1,6 triệu lượt khách du lịch.\n\
     Trong đó, 1,4 triệu lượt khách nội địa, 200 nghìn lượt khách quốc tế.\n\
     Tổng thu từ du lịch đạt 900 tỷ đồng.\n\n\
     Năm 2019, toàn tỉnh đón 1,2 triệu lượt khách, tổng thu đạt 650 tỷ đồng.\n\n\
     Để đạt mục tiêu, tỉnh tập trung đầu tư hạ tầng du lịch.\n";

#[test]
fn a_sentence_on_a_line_of_its_own_goes_on_with_its_paragraph() {
    // Regression: in a page whose paragraphs are parted by blank lines, a sentence on a line of its own was read out of
    // its paragraph: the parts after "Trong đó" had no total and no year.
    let draft = extract_plan(A_SENTENCE_PER_LINE_IN_A_PARAGRAPH);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2020), Comparator::Reach, 1_600_000.0, MeasureUnit::Count),
            (Some(2020), Comparator::Reach, 1_400_000.0, MeasureUnit::Count),
            (Some(2020), Comparator::Reach, 200_000.0, MeasureUnit::Count),
            (Some(2020), Comparator::Reach, 900e9, MeasureUnit::Dong),
        ]
    );
    let reported: Vec<_> = draft.observations.iter().map(|o| (o.value, o.year)).collect();
    assert_eq!(reported, [(1_200_000.0, Some(2019)), (650e9, Some(2019))]);
}

/// A year's results as a report shows them, before the next year's direction (lao_cai_kinh_te_tu_nhan_2026, a
/// development text).
const WHAT_A_REPORT_SHOWS: &str = "Báo cáo tại hội nghị cho thấy, năm 2025, kinh tế tư nhân tiếp tục khẳng định vai trò \
                                   động lực quan trọng với tỷ trọng đóng góp vào GRDP của tỉnh đạt khoảng 68,5%. Tính \
                                   đến hết năm, toàn tỉnh có 12.630 doanh nghiệp, trong đó, doanh nghiệp ngoài nhà nước \
                                   chiếm 99,9%.\nVề phương hướng năm 2026, tỉnh phấn đấu thành lập mới 2.000 doanh \
                                   nghiệp.\n";

#[test]
fn what_a_report_shows_and_a_count_to_the_years_end_are_reported() {
    // Regression: "Tính đến hết năm" was read as a deadline ("đến hết năm"), so the enterprises counted were targets.
    let draft = extract_plan(WHAT_A_REPORT_SHOWS);
    assert_eq!(target_rows(&draft.plan), [(Some(2026), Comparator::Reach, 2000.0, MeasureUnit::Count)]);
    let reported: Vec<_> = draft.observations.iter().map(|o| (o.value, o.year)).collect();
    assert_eq!(reported, [(68.5, Some(2025)), (12_630.0, Some(2025)), (99.9, Some(2025))]);
}

/// Exports up to now and over the months past beside the year's plan (dak_lak_xuat_khau_2023, a development text).
const EXPORTS_UP_TO_NOW: &str =
    "Từ đầu năm 2023 tới nay, toàn tỉnh xuất khẩu được trên 810 triệu USD. Cụ thể, 6 tháng \
                                 qua tỉnh xuất khẩu được 228.000 tấn cà phê. Năm 2023, phấn đấu xuất khẩu nông sản đạt \
                                 1.610 triệu USD.\n";

#[test]
fn exports_up_to_now_and_over_the_months_past_are_reported() {
    // Regression: "tới nay" and "6 tháng qua" said nothing done, so the half-year's exports were targets.
    let draft = extract_plan(EXPORTS_UP_TO_NOW);
    assert_eq!(target_rows(&draft.plan), [(Some(2023), Comparator::Reach, 1.61e9, MeasureUnit::Usd)]);
    let reported: Vec<_> = draft.observations.iter().map(|o| (o.value, o.year)).collect();
    assert_eq!(reported, [(810e6, Some(2023)), (228_000.0, Some(2023))]);
}

/// Clusters and parks to put into operation or use (huyen_thanh_mien_hai_duong_cum_cong_nghiep_2025, a development
/// text).
const PUT_INTO_OPERATION: &str = "Đến năm 2025, huyện phấn đấu thành lập và đưa vào hoạt động 3 cụm công nghiệp mới; \
                                  đưa vào sử dụng 2 khu công nghiệp.\n";

#[test]
fn things_put_into_operation_or_use_are_counts_to_reach() {
    // Regression: "đưa vào hoạt động" and "đưa vào sử dụng" made nothing, so the clusters and parks were no figures.
    let draft = extract_plan(PUT_INTO_OPERATION);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2025), Comparator::Reach, 3.0, MeasureUnit::Count),
            (Some(2025), Comparator::Reach, 2.0, MeasureUnit::Count),
        ]
    );
}

/// A year's growth that the year's industry contributed to, before the next year's aim (tuyen_quang_cong_nghiep_2023,
/// a development text).
const WHAT_WAS_CONTRIBUTED: &str = "Năm 2022, các chỉ tiêu chủ yếu về phát triển công nghiệp của tỉnh đều hoàn thành và \
                                    vượt kế hoạch đề ra. Từ đó đã đóng góp quan trọng vào tốc độ tăng trưởng GRDP của \
                                    tỉnh (đạt 8,66%). Năm 2023, ngành Công thương phấn đấu giá trị sản xuất công nghiệp \
                                    tăng 15,4%.\n";

#[test]
fn what_was_contributed_is_reported() {
    // Regression: "đã đóng góp" said nothing done, so the growth of 2022 was a target.
    let draft = extract_plan(WHAT_WAS_CONTRIBUTED);
    assert_eq!(target_rows(&draft.plan), [(Some(2023), Comparator::Reach, 15.4, MeasureUnit::PercentIncrease)]);
    let reported: Vec<_> = draft.observations.iter().map(|o| (o.value, o.year)).collect();
    assert_eq!(reported, [(8.66, Some(2022))]);
}

/// A figure set by the year's plan (dak_lak_xuat_khau_2023, a development text).
const BY_THE_YEARS_PLAN: &str = "Để đảm bảo việc xuất khẩu nông sản của tỉnh đạt 1 tỷ 610 triệu USD (khoảng 38.000 tỷ \
                                 đồng) theo kế hoạch năm 2023, ngành Công thương đang tích cực triển khai nhiều nhóm giải \
                                 pháp.\n";

#[test]
fn a_figure_set_by_the_years_plan_is_of_that_year() {
    // Regression: "kế hoạch năm 2023" was read as another document's name, so the figure had no year.
    let draft = extract_plan(BY_THE_YEARS_PLAN);
    assert_eq!(target_rows(&draft.plan), [(Some(2023), Comparator::Reach, 1.61e9, MeasureUnit::Usd)]);
}

/// Generating capacity and electricity (phu_yen_nang_luong_2030, a development text of round 63), with the other
/// scales of their units.
const ENERGY: &str =
    "Mục tiêu cụ thể đến năm 2030: Tổng công suất các nguồn điện trên địa bàn tỉnh (thủy điện, điện gió, \
                      điện mặt trời, điện sinh khối...) đạt khoảng 2.415MW; sản lượng điện đạt khoảng 5,9 tỷ kWh. Điện \
                      mặt trời mái nhà đạt 500 kWp; điện gió ngoài khơi 1,2 GW; điện thương phẩm đạt 120 GWh.\n";

#[test]
fn generating_capacity_and_electricity_are_targets_in_megawatts_and_kilowatt_hours() {
    // Regression: the model had no unit for either and the reader read none of these figures.
    let draft = extract_plan(ENERGY);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2030), Comparator::About, 2415.0, MeasureUnit::Megawatt),
            (Some(2030), Comparator::About, 5.9e9, MeasureUnit::KilowattHour),
            (Some(2030), Comparator::Reach, 0.5, MeasureUnit::Megawatt),
            (Some(2030), Comparator::Reach, 1200.0, MeasureUnit::Megawatt),
            (Some(2030), Comparator::Reach, 1.2e8, MeasureUnit::KilowattHour),
        ]
    );
    check_offsets(ENERGY, &draft);
    let label = |code, lang| chitieu::label::lookup(chitieu::label::Domain::Unit, code, lang);
    assert_eq!(label("kilowatt_hour", chitieu::label::Lang::Vi), Some("kWh"));
}

/// A news item's lead, said again in its body, with no list after it (hai_phong_cang_bien_2026, a development text of
/// round 63).
const LEAD_WITHOUT_A_LIST: &str = "(TBTCO) - Năm 2026, khu vực cảng biển Hải Phòng phấn đấu đạt sản lượng hàng hóa thông \
                                   qua 122 triệu tấn, trong đó hàng container 9,1 triệu TEU; số lượng tàu thuyền thông \
                                   qua đạt 42.500 lượt.\n\nTheo thông tin từ Cảng vụ Hàng hải Hải Phòng, năm 2026, đơn vị \
                                   đặt mục tiêu sản lượng hàng hóa thông qua khu vực cảng biển Hải Phòng đạt 122 triệu \
                                   tấn, trong đó hàng container 9,1 triệu TEU; số lượng tàu thuyền thông qua đạt 42.500 \
                                   lượt.\n";

#[test]
fn a_news_items_lead_said_again_in_its_body_is_one_target_with_no_list_after_it() {
    // Regression: a lead was found only before a list; without one, the body's "122 triệu tấn", named in other words
    // than the lead's, was a second target.
    let draft = extract_plan(LEAD_WITHOUT_A_LIST);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2026), Comparator::Reach, 122e6, MeasureUnit::Tonne),
            (Some(2026), Comparator::Reach, 42_500.0, MeasureUnit::Count),
        ]
    );
    check_offsets(LEAD_WITHOUT_A_LIST, &draft);
    // A first paragraph that no blank line parts from the rest is no lead: the same figures are two targets each.
    let joined = LEAD_WITHOUT_A_LIST.replace("\n\n", "\n");
    assert_eq!(extract_plan(&joined).plan.targets.len(), 3);
}

/// A port's goods, passengers and terminals (quang_ngai_cang_bien_2030, a development text of round 63).
const PORT: &str =
    "Mục tiêu đến năm 2030 sẽ đáp ứng thông quan hàng hóa 47,20 đến 48,20 triệu tấn; đón tiếp từ 1,13 đến \
                    1,26 triệu hành khách. Sẽ có 11 bến cảng gồm 41 cầu cảng.\n";

#[test]
fn a_ports_goods_passengers_and_terminals_are_targets() {
    // Regression: goods handled were no quantity named, passengers and terminals nothing counted, and a visitor's verb
    // before a range ("đón tiếp từ 1,13 đến 1,26") no verb before its figure: none of these was drafted.
    let draft = extract_plan(PORT);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2030), Comparator::Reach, 48.2e6, MeasureUnit::Tonne),
            (Some(2030), Comparator::Reach, 1.26e6, MeasureUnit::Count),
            (Some(2030), Comparator::Reach, 11.0, MeasureUnit::Count),
        ]
    );
    check_offsets(PORT, &draft);
    assert!(draft.targets[..2].iter().all(|t| t.reasons.iter().any(|r| matches!(r, Uncertainty::Range { .. }))));
}

/// A level compared with, and its year (bac_giang_fdi_2025, a development text of round 64).
const LEVEL_COMPARED_WITH: &str = "Bắc Giang đặt mục tiêu thu hút 1,5 tỷ USD vốn FDI năm 2025\nUBND tỉnh Bắc Giang đặt mục \
                                   tiêu thu hút vốn đầu tư trực tiếp nước ngoài (FDI) đạt khoảng 1,5 tỷ USD, cao hơn mức \
                                   1,29 tỷ USD trong năm 2024, trong đó tập trung cho các dự án công nghiệp chế biến, chế \
                                   tạo quy mô lớn.\n";

#[test]
fn a_level_compared_with_is_no_target_and_its_year_dates_nothing_else() {
    // Regression: "cao hơn mức 1,29 tỷ USD trong năm 2024" was a target of 2024, and its year dated the body's 1,5 tỷ
    // USD, which then did not say the headline's target of 2025 again.
    let draft = extract_plan(LEVEL_COMPARED_WITH);
    assert_eq!(target_rows(&draft.plan), [(Some(2025), Comparator::About, 1.5e9, MeasureUnit::Usd)]);
    check_offsets(LEVEL_COMPARED_WITH, &draft);
}

/// Ranges of things counted (ninh_thuan_ocop_2025, a development text).
const RANGE_OF_THINGS_COUNTED: &str = "Kế hoạch đề ra mục tiêu, đến cuối năm 2025, phấn đấu có 20-30 sản phẩm mới đạt \
                                       chứng nhận OCOP, trong đó có thêm 2-5 sản phẩm đạt 4 sao. Mỗi năm có 5.000 - \
                                       7.000 hộ cá thể mới.\n";

#[test]
fn the_high_figure_of_a_range_of_things_counted_is_a_target() {
    // Regression: "có 20-30 sản phẩm" and "có 5.000 - 7.000 hộ" were no targets: the verb that sets a count ("có") was
    // looked for right before the high figure, where the low one stands.
    let draft = extract_plan(RANGE_OF_THINGS_COUNTED);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2025), Comparator::Reach, 30.0, MeasureUnit::Count),
            (Some(2025), Comparator::Reach, 5.0, MeasureUnit::Count),
            (Some(2025), Comparator::Reach, 7000.0, MeasureUnit::Count),
        ]
    );
    check_offsets(RANGE_OF_THINGS_COUNTED, &draft);
    assert!(draft.targets.iter().all(|t| t.reasons.iter().any(|r| matches!(r, Uncertainty::Range { .. }))));
}

/// "hiện" (now) opening a clause, or before "đạt" (hoa_binh_bao_hiem_xa_hoi_2030, hue_phu_song_5g_2026, development texts).
const NOW: &str = "Mục tiêu đến năm 2026, tỷ lệ người dân dùng 5G đạt 80%. Hiện mức tiền lương bình quân chung hằng tháng \
                   của người lao động trong doanh nghiệp là 4.840.000 đồng. Độ phủ ngoài trời hiện đạt khoảng 90%, trong \
                   nhà khoảng 70%.\n";

#[test]
fn now_opening_a_clause_reports_what_follows() {
    // Regression: "Hiện ... là 4.840.000 đồng" and "hiện đạt khoảng 90%" (what is now) were targets of the plan's year.
    let draft = extract_plan(NOW);
    assert_eq!(target_rows(&draft.plan), [(Some(2026), Comparator::Reach, 80.0, MeasureUnit::Percent)]);
    assert_eq!(observation_rows(&draft), [(4_840_000.0, Some(2026)), (90.0, Some(2026)), (70.0, Some(2026))]);
    check_offsets(NOW, &draft);
}

/// A headline's bound, small and whole, said again with its year (ho_chi_minh_thi_truong_lao_dong_2030, a development
/// text).
const HEADLINE_BOUND: &str = "TPHCM làm gì để kéo giảm tỉ lệ việc làm thất nghiệp xuống dưới 3%?\n\nTheo kế hoạch này, \
                              TPHCM phấn đấu duy trì tỷ lệ thất nghiệp đô thị dưới 4% vào năm 2025 và đạt dưới 3% vào năm \
                              2030.\n";

#[test]
fn a_headlines_small_bound_said_again_with_its_year_is_one_target() {
    // Regression: "dưới 3%" in the headline and "đạt dưới 3% vào năm 2030" were two targets: a whole value under 10 was
    // never taken for the same target, whatever its comparator.
    let draft = extract_plan(HEADLINE_BOUND);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2030), Comparator::LessThan, 3.0, MeasureUnit::Percent),
            (Some(2025), Comparator::LessThan, 4.0, MeasureUnit::Percent),
        ]
    );
    check_offsets(HEADLINE_BOUND, &draft);
}

/// A term past in running text before the first objective (phuong_thanh_thuy_hue_2030, a development text).
const TERM_PAST_BEFORE_THE_OBJECTIVE: &str = "Tổng vốn đầu tư toàn xã hội của phường giai đoạn 2021-2025 đạt trên 7.240 \
                                              tỷ đồng. Thu nhập bình quân đầu người toàn phường đạt 79,1 triệu đồng; tỷ \
                                              lệ hộ nghèo theo chuẩn đa chiều giảm còn 0,34%.\n\nPhấn đấu đến năm \
                                              2030, thu nhập bình quân đầu người đạt 167,7 triệu đồng.\n";

#[test]
fn figures_dated_by_running_text_before_the_first_objective_are_reported() {
    // Regression: figures the term 2021-2025 dated from an earlier sentence were targets of 2025, though the text's
    // first objective is of 2030: only a figure its own clause dated was taken for the past.
    let draft = extract_plan(TERM_PAST_BEFORE_THE_OBJECTIVE);
    assert_eq!(target_rows(&draft.plan), [(Some(2030), Comparator::Reach, 167.7e6, MeasureUnit::Dong)]);
    assert_eq!(observation_rows(&draft), [(7.24e12, Some(2025)), (79.1e6, Some(2025)), (0.34, Some(2025))]);
    check_offsets(TERM_PAST_BEFORE_THE_OBJECTIVE, &draft);
}

/// A purpose ("nhằm") in a sentence before a year's results (huyen_hung_ha_thai_binh_van_hoa_2020, a development text).
const PURPOSE_BEFORE_RESULTS: &str = "Hưng Hà: Phấn đấu năm 2020 có từ 92% gia đình trở lên đạt danh hiệu gia đình văn \
                                      hóa\nTrong năm 2019, Ban Chỉ đạo đã chỉ đạo đa dạng hóa các hoạt động văn hóa nhằm \
                                      góp phần thực hiện tốt phong trào. Toàn huyện có 91,5% gia đình đạt danh hiệu gia \
                                      đình văn hóa; 51,5% dòng họ đạt danh hiệu dòng họ văn hóa.\n";

#[test]
fn a_purpose_wants_only_in_its_sentence() {
    // Regression: "nhằm" (in order to) wanted every figure after it in its line, so the results of 2019 in the next
    // sentence were targets of 2019.
    let draft = extract_plan(PURPOSE_BEFORE_RESULTS);
    assert_eq!(target_rows(&draft.plan), [(Some(2020), Comparator::AtLeast, 92.0, MeasureUnit::Percent)]);
    assert_eq!(observation_rows(&draft), [(91.5, Some(2019)), (51.5, Some(2019))]);
    check_offsets(PURPOSE_BEFORE_RESULTS, &draft);
}

/// A budget's balance in a year's results (xa_dak_lieng_dak_lak_2024, a development text).
const BALANCE_IN_RESULTS: &str = "Năm 2023, xã đạt được nhiều kết quả: thu nhập bình quân đầu người đạt 38 triệu \
                                  đồng/người/năm. Thu cân đối ngân sách trên địa bàn xã đạt hơn 1 tỷ 051 triệu đồng, đạt \
                                  95% KH huyện giao.\n\nNăm 2024, xã phấn đấu mức tăng trưởng kinh tế đạt 10%.\n";

#[test]
fn balance_is_no_need_and_the_results_stay_reported() {
    // Regression: "cân đối" (balance) folds to the "cần" (need) of "cần đối", so the results after it were wanted:
    // targets of 2023.
    let draft = extract_plan(BALANCE_IN_RESULTS);
    assert_eq!(target_rows(&draft.plan), [(Some(2024), Comparator::Reach, 10.0, MeasureUnit::PercentPerYear)]);
    assert_eq!(observation_rows(&draft), [(38e6, Some(2023)), (1.051e9, Some(2023)), (95.0, Some(2023))]);
    check_offsets(BALANCE_IN_RESULTS, &draft);
}

/// A budget's lines (phuong_phong_thai_hue_2025, nghe_an_ngan_sach_cap_xa_2025, development texts).
const BUDGET_LINES: &str = "Về chi ngân sách năm 2025, tổng chi sau điều chỉnh gần 216 tỷ đồng, gồm: Chi đầu tư phát \
                            triển hơn 18,5 tỷ đồng, chi thường xuyên hơn 194,5 tỷ đồng và dự phòng ngân sách hơn 2,8 tỷ \
                            đồng.\nChi đầu tư phát triển: 9.770.917 triệu đồng.\n";

#[test]
fn a_budgets_spending_lines_are_targets() {
    // Regression: the spending lines of a budget's estimate were taken for what a plan spends on itself ("đầu tư" a
    // cost), and lines named bare ("chi thường xuyên hơn 194,5 tỷ đồng") for nothing set: none was drafted.
    let draft = extract_plan(BUDGET_LINES);
    let rows = |c, v| (Some(2025), c, v, MeasureUnit::Dong);
    assert_eq!(
        target_rows(&draft.plan),
        [
            rows(Comparator::About, 216e9),
            rows(Comparator::MoreThan, 18.5e9),
            rows(Comparator::MoreThan, 194.5e9),
            rows(Comparator::MoreThan, 2.8e9),
            rows(Comparator::Reach, 9_770_917e6),
        ]
    );
    check_offsets(BUDGET_LINES, &draft);
}

/// The human development index, a few words before its figure (dong_nai_nghi_quyet_57_2030, lam_dong_dai_hoi_2030,
/// development texts).
const HDI_A_FEW_WORDS_BEFORE: &str = "Đến năm 2030, chỉ số phát triển con người (HDI) duy trì trên 0,7; Chỉ số phát \
                                      triển con người (HDI) phấn đấu đạt khoảng 0,75.\n";

#[test]
fn the_human_development_index_a_few_words_before_its_figure_is_an_index() {
    // Regression: only the words of a comparator could stand between the index's name and its figure, so "duy trì
    // trên 0,7" and "phấn đấu đạt khoảng 0,75" were no targets.
    let draft = extract_plan(HDI_A_FEW_WORDS_BEFORE);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2030), Comparator::MoreThan, 0.7, MeasureUnit::Index),
            (Some(2030), Comparator::About, 0.75, MeasureUnit::Index),
        ]
    );
    check_offsets(HDI_A_FEW_WORDS_BEFORE, &draft);
}

/// An orientation's year with the figure of its clause (ba_ria_vung_tau_kinh_te_so_2025, a development text).
const ORIENTATION: &str = "Bà Rịa – Vũng Tàu: Đẩy mạnh chuyển đổi số\nVới mục tiêu đưa BR-VT trở thành đô thị thông \
                           minh, tỉnh định hướng đến năm 2025 kinh tế số chiếm hơn 20% GRDP; tỷ trọng kinh tế số trong \
                           từng ngành, lĩnh vực đạt trên 10%.\nTỉnh có niềm tin để cam kết thực hiện chuyển đổi số thành \
                           công.\n";

#[test]
fn an_orientations_year_dates_the_figure_of_its_clause() {
    // Regression: "định hướng đến năm 2025" was never a target's year, so the figure right after it had none; it dates
    // its own clause, and no other.
    let draft = extract_plan(ORIENTATION);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2025), Comparator::MoreThan, 20.0, MeasureUnit::PercentOfGrdp),
            (None, Comparator::MoreThan, 10.0, MeasureUnit::Percent),
        ]
    );
    check_offsets(ORIENTATION, &draft);
}

/// Other provinces' figures beside the plan's (quang_binh_bao_hiem_y_te_2025, a development text).
const OTHER_PROVINCES: &str =
    "Tỉnh Quảng Bình phấn đấu tỷ lệ bao phủ bảo hiểm y tế đạt 95% vào năm 2025.\nSo sánh, tỷ lệ \
                               bao phủ bảo hiểm y tế năm 2025 của thành phố Hà Nội là 93,66%, Thành phố Hồ Chí Minh là \
                               92,25%, tỉnh An Giang 94%.\n";

#[test]
fn other_provinces_figures_are_not_the_plans() {
    // Regression: a list of other provinces' figures ("Thành phố Hồ Chí Minh là 92,25%, tỉnh An Giang 94%") was drafted
    // as the plan's targets.
    let draft = extract_plan(OTHER_PROVINCES);
    assert_eq!(draft.plan.jurisdiction.id, "quang_binh");
    assert_eq!(target_rows(&draft.plan), [(Some(2025), Comparator::Reach, 95.0, MeasureUnit::Percent)]);
    check_offsets(OTHER_PROVINCES, &draft);
}

/// Another province named before "là", a year between (quang_binh_bao_hiem_y_te_2025, a development text; the same text
/// as the Python and JavaScript tests).
const ANOTHER_PROVINCE_BEFORE_LA: &str =
    "Tỉnh Quảng Bình phấn đấu tỷ lệ bao phủ bảo hiểm y tế đạt 95% vào năm 2025.\nTrong \
                                          đó tỷ lệ bao phủ bảo hiểm y tế năm 2022 thành phố Đà Nẵng là 91,66%; năm \
                                          2026 tỉnh Gia Lai là 96%.\n";

#[test]
fn another_provinces_figure_named_before_la_is_none_of_the_plans() {
    // Regression: "tỷ lệ ... năm 2022 thành phố Đà Nẵng là 91,66%" was the plan's observation, and a later year's
    // figure of another province its target; only a name right before the figure, or after "của", was another's.
    let draft = extract_plan(ANOTHER_PROVINCE_BEFORE_LA);
    assert_eq!(draft.plan.jurisdiction.id, "quang_binh");
    assert_eq!(target_rows(&draft.plan), [(Some(2025), Comparator::Reach, 95.0, MeasureUnit::Percent)]);
    assert!(draft.observations.is_empty(), "{:?}", draft.observations);
    check_offsets(ANOTHER_PROVINCE_BEFORE_LA, &draft);
}

/// Counts of what "số" names before them (ben_tre_the_thao_2030, ca_mau_giam_ngheo_2024,
/// phuong_dong_son_bim_son_thanh_hoa_2020; development texts; the same text as the Python and JavaScript tests).
const COUNTS_OF_WHAT_SO_NAMES: &str = "Giai đoạn 2026 - 2030: Số CLB TDTT tăng 25 - 30 câu lạc bộ/năm. Phấn đấu giảm tỷ \
                                       lệ hộ nghèo đến cuối năm 2026 còn 1,20%, số hộ nghèo đến cuối năm 2026 còn 3.675 \
                                       hộ (giảm 1.225 hộ).\nĐến năm 2030, số trường đạt chuẩn quốc gia 4/4 \
                                       trường.\n";

#[test]
fn a_count_of_what_so_names_before_it_is_a_target() {
    // Regression: with no verb that makes them, "Số CLB TDTT tăng 25 - 30 câu lạc bộ/năm", "số hộ nghèo ... còn 3.675
    // hộ" and "số trường ... 4/4 trường" were no figures; the change in brackets after the second is none still.
    let draft = extract_plan(COUNTS_OF_WHAT_SO_NAMES);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2030), Comparator::Reach, 30.0, MeasureUnit::Count),
            (Some(2026), Comparator::Reach, 1.2, MeasureUnit::Percent),
            (Some(2026), Comparator::Reach, 3675.0, MeasureUnit::Count),
            (Some(2030), Comparator::Reach, 4.0, MeasureUnit::Count),
        ]
    );
    check_offsets(COUNTS_OF_WHAT_SO_NAMES, &draft);
}

/// Amounts a ";" parts after a total in đồng, a change beside each (chu_pah_gia_lai_2024, quang_ngai_thu_ngan_sach_2026;
/// development texts; the same text as the Python and JavaScript tests).
const AMOUNTS_PARTED_AFTER_A_TOTAL: &str = "Năm 2024, tổng giá trị sản xuất đạt 8.962,72 tỷ đồng. Trong đó, ngành nông-lâm \
                                            nghiệp, thủy sản là 3.621,68 tỷ đồng, tăng 8,53% so với năm 2023; ngành công \
                                            nghiệp-xây dựng 3.671,79 tỷ đồng, tăng 10,53% so với năm 2023; ngành thương \
                                            mại-dịch vụ 1.669,24 tỷ đồng.\nNăm 2026, dự toán chi ngân sách địa phương \
                                            29.365 tỷ đồng, gồm: Chi đầu tư phát triển: 5.962 tỷ đồng, tăng so với dự \
                                            toán năm 2025 là 316 tỷ đồng, tương ứng tăng 6%; Chi trả nợ gốc: 3 tỷ đồng.\n";

#[test]
fn amounts_a_semicolon_parts_after_a_total_are_targets_and_a_change_of_one_is_none() {
    // Regression: parts after a total were read for every unit but đồng, so the second and third sectors' values were
    // lost; once read, "tăng so với dự toán năm 2025 là 316 tỷ đồng" (a change of the part before) is no part.
    let draft = extract_plan(AMOUNTS_PARTED_AFTER_A_TOTAL);
    let (r, d) = (Comparator::Reach, MeasureUnit::Dong);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2024), r, 8_962_720_000_000.0, d),
            (Some(2024), r, 3_621_680_000_000.0, d),
            (Some(2024), r, 3_671_790_000_000.0, d),
            (Some(2024), r, 1_669_240_000_000.0, d),
            (Some(2026), r, 29_365_000_000_000.0, d),
            (Some(2026), r, 5_962_000_000_000.0, d),
            (Some(2026), r, 3_000_000_000.0, d),
        ]
    );
    check_offsets(AMOUNTS_PARTED_AFTER_A_TOTAL, &draft);
}

/// Numbers a slash joins that are no date (ho_chi_minh_giam_ngap_2020, huyen_na_ri_bac_kan_2023; development texts; the
/// same text as the Python and JavaScript tests).
const SLASHES_THAT_ARE_NO_DATES: &str =
    "Tính đến ngày 26/01/2024, thành phố đã xử lý 179/179 tuyến hẻm ngập nước; giải \
                                         ngân vốn đầu tư được 99,2/151,7 tỷ đồng.\n";

#[test]
fn numbers_a_slash_joins_are_part_of_a_date_only_as_a_day_and_a_month() {
    // Regression: every number before or after a slash was unused as part of a date, "179/179 tuyến hẻm" and "99,2/151,7
    // tỷ đồng" too.
    let draft = extract_plan(SLASHES_THAT_ARE_NO_DATES);
    let reasons: Vec<_> = draft.unused_numbers.iter().map(|u| (u.text.as_str(), u.reason)).collect();
    assert!(reasons.contains(&("26", UnusedReason::Date)) && reasons.contains(&("01", UnusedReason::Date)));
    assert!(reasons.iter().any(|(t, r)| *t == "179" && *r != UnusedReason::Date), "{reasons:?}");
    // The result and its plan are read since (a_result_over_its_plan_after_a_slash_is_an_observation_and_...).
    for text in ["179", "99,2", "151,7"] {
        assert!(!reasons.contains(&(text, UnusedReason::Date)), "{text}: {reasons:?}");
    }
}

/// Results over their plans after a slash, in đồng and in tonnes (lao_cai_dau_tu_cong_2024, huyen_na_ri_bac_kan_2023;
/// development texts; the same text as the Python and JavaScript tests).
const AMOUNTS_OVER_PLANS: &str = "Tính đến ngày 27/12/2024, giá trị giải ngân vốn đầu tư công của tỉnh đạt 4.209/6.216 tỷ \
                                  đồng.\nTrong năm 2023, huyện đã giải ngân vốn đầu tư xây dựng cơ bản được gần \
                                  99,2/151,7 tỷ đồng; sản lượng lúa đạt 4.508.906/4.295.000 tấn; toàn huyện có 15/49 xã \
                                  đạt chuẩn.\n";

#[test]
fn a_result_over_its_plan_after_a_slash_is_an_observation_and_the_plan_a_target() {
    // Regression: "4.209/6.216 tỷ đồng" gave neither figure (money was never a plan after a result), and a bare result
    // before a plan in tonnes ("4.508.906/4.295.000 tấn") was no observation; the plan's "gần" was carried from its
    // result. A count out of a whole ("15/49 xã") is one figure still.
    let draft = extract_plan(AMOUNTS_OVER_PLANS);
    let (r, d, t) = (Comparator::Reach, MeasureUnit::Dong, MeasureUnit::Tonne);
    assert_eq!(
        target_rows(&draft.plan),
        [(Some(2024), r, 6_216e9, d), (Some(2023), r, 151_700_000_000.0, d), (Some(2023), r, 4_295_000.0, t)]
    );
    assert_eq!(
        observation_rows(&draft),
        [(4_209e9, Some(2024)), (99_200_000_000.0, Some(2023)), (4_508_906.0, Some(2023)), (15.0, Some(2023))]
    );
    // The plan's quote starts with its result's, and both measure what the result names, the date left out of the name
    // (it was "tinh", of "Tính đến ngày").
    assert!(draft.plan.targets[0].quote.starts_with("Tính đến ngày"), "{}", draft.plan.targets[0].quote);
    assert_eq!(draft.plan.targets[0].indicator, "gia_tri_giai_ngan_von_dau_tu_cong");
    assert_eq!(draft.observations[0].indicator, draft.plan.targets[0].indicator);
    check_offsets(AMOUNTS_OVER_PLANS, &draft);
}

/// Trees to plant, after "trồng" or "trồng cây" (cao_bang_phat_trien_rung_2025, dak_nong_cay_xanh_2025; development
/// texts; the same text as the Python and JavaScript tests).
const TREES_TO_PLANT: &str = "Giai đoạn 2021 - 2025, tỉnh phấn đấu hoàn thành chỉ tiêu trồng mới 4.980 ha rừng và \
                                 trồng 1.000.000 cây phân tán. Trong đó trồng cây phân tán ở khu vực nông thôn trên \
                                 1,4 triệu cây.\n";

#[test]
fn trees_to_plant_are_a_count_to_reach() {
    // Regression: "trồng 1.000.000 cây phân tán" was no figure: "trồng" (plant) folds to the "trong" (in) of "trong 3 xã",
    // and was no verb that makes things counted.
    let draft = extract_plan(TREES_TO_PLANT);
    let c = MeasureUnit::Count;
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2025), Comparator::Reach, 4980.0, MeasureUnit::Hectare),
            (Some(2025), Comparator::Reach, 1_000_000.0, c),
            (Some(2025), Comparator::MoreThan, 1_400_000.0, c),
        ]
    );
    check_offsets(TREES_TO_PLANT, &draft);
}

/// Counts a verb opening their part of the clause makes, many words before them (bac_lieu_dao_tao_nghe_2023,
/// xa_so_pai_gia_lai_2025; development texts; the same text as the Python and JavaScript tests).
const COUNTS_MADE_WORDS_BEFORE: &str = "Đến cuối năm 2023, tỷ lệ lao động qua đào tạo là 69,43%. Đồng thời, giải quyết việc làm \
                                      trong nước cho 18.500 người và đưa 300 lao động đi làm việc ở nước ngoài theo hợp \
                                      đồng. Kết nạp Đảng viên mới trong nhiệm kỳ 30 Đảng viên.\n";

#[test]
fn a_count_a_verb_opening_its_part_makes_is_a_target_however_far() {
    // Regression: the verb that makes them ("giải quyết việc làm", "kết nạp") was looked for among the last six words
    // before the figure only, so "giải quyết việc làm trong nước cho 18.500 người" was no figure.
    let draft = extract_plan(COUNTS_MADE_WORDS_BEFORE);
    let c = MeasureUnit::Count;
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2023), Comparator::Reach, 69.43, MeasureUnit::Percent),
            (Some(2023), Comparator::Reach, 18_500.0, c),
            (Some(2023), Comparator::Reach, 300.0, c),
            (Some(2023), Comparator::Reach, 30.0, c),
        ]
    );
    check_offsets(COUNTS_MADE_WORDS_BEFORE, &draft);
}

/// Percentage points (thai_nguyen_quy_hoach_2030, quang_tri_2026; development texts; the same text as the Python and
/// JavaScript tests).
const PERCENTAGE_POINTS: &str =
    "Năm 2026, phấn đấu tỷ lệ hộ nghèo giảm 1-1,5 điểm%/năm; ngành công nghiệp đóng góp 5,59 \
                                 điểm phần trăm vào tăng trưởng GRDP của tỉnh.\n";

#[test]
fn percentage_points_are_figures_in_percent() {
    // Regression: "1-1,5 điểm%/năm" and "5,59 điểm phần trăm" were no figures; then the sector's contribution to growth
    // was taken for total factor productivity's (`tfp_contribution_growth`), whose name it does not name.
    let draft = extract_plan(PERCENTAGE_POINTS);
    assert!(draft.plan.targets.iter().all(|t| t.indicator != "tfp_contribution_growth"));
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2026), Comparator::Reach, 1.5, MeasureUnit::PercentPerYear),
            (Some(2026), Comparator::Reach, 5.59, MeasureUnit::Percent),
        ]
    );
    check_offsets(PERCENTAGE_POINTS, &draft);
}

/// Abbreviations with a dot inside a sentence: the city's "TP.", millions' "Tr." (ha_noi_ho_so_truc_tuyen_cap_xa_2025,
/// phuong_dong_son_bim_son_thanh_hoa_2020; development texts; the same text as the Python and JavaScript tests).
const DOTS_OF_ABBREVIATIONS: &str =
    "UBND TP. Hà Nội đang quyết liệt đẩy mạnh chuyển đổi số, cụ thể các xã, phường tiếp \
                                     nhận tối thiểu 60% hồ sơ trực tuyến trong năm 2025. Thu nhập bình quân đầu \
                                     người/năm đạt 70,0 Tr. đồng đến năm 2025; thu ngân sách đạt 15 Tr.đồng.\n";

#[test]
fn the_dot_of_tp_or_tr_ends_no_sentence() {
    // Regression: "Tr. đồng" and "Tr.đồng" ended a sentence, so "70,0" and "15" were no amounts; "TP." was meant to end
    // none but did (the word before a dot was read backwards), and the committee that acts in the sentence ("UBND TP.
    // Hà Nội đang ...") is no tier of its figure.
    let draft = extract_plan(DOTS_OF_ABBREVIATIONS);
    let (r, d) = (Comparator::Reach, MeasureUnit::Dong);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2025), Comparator::AtLeast, 60.0, MeasureUnit::Percent),
            (Some(2025), r, 70_000_000.0, d),
            (Some(2025), r, 15_000_000.0, d),
        ]
    );
    assert!(draft.plan.targets[0].quote.starts_with("UBND TP. Hà Nội"), "{}", draft.plan.targets[0].quote);
    assert_eq!(draft.plan.targets[0].tier, None);
    check_offsets(DOTS_OF_ABBREVIATIONS, &draft);
}

#[test]
fn the_committee_whose_papers_a_figure_counts_is_its_tier() {
    // Regression (found in the review of the rule above, before it left the session): "của UBND tỉnh đang ..." was read
    // as the committee acting, so the province's own papers lost their tier.
    let text = "Phấn đấu đến năm 2025, 100% văn bản của UBND tỉnh đang chờ ký số được ký số trong ngày.\n";
    let draft = extract_plan(text);
    assert_eq!(draft.plan.targets.iter().map(|t| t.tier).collect::<Vec<_>>(), [Some(Tier::Province)]);
    check_offsets(text, &draft);
}

/// A bright spot, said in words (hai_phong_fdi_2024, a development text; the same text as the Python and JavaScript
/// tests).
const A_BRIGHT_SPOT: &str =
    "Hải Phòng được đánh giá là một điểm sáng trong thu hút FDI và luôn duy trì đứng trong top \
                             đầu cả nước. Năm 2025, thành phố phấn đấu công nhận thêm 3 điểm du lịch.\n";

#[test]
fn a_bright_spot_is_no_place_counted() {
    // Regression: "một điểm sáng" (a bright spot) was one place ("điểm") to reach.
    let draft = extract_plan(A_BRIGHT_SPOT);
    assert_eq!(target_rows(&draft.plan), [(Some(2025), Comparator::Reach, 3.0, MeasureUnit::Count)]);
    check_offsets(A_BRIGHT_SPOT, &draft);
}

/// A month's average of a year's figure, in brackets (dong_nai_cong_thuong_2023, a development text; the same text as
/// the Python and JavaScript tests).
const A_MONTHS_AVERAGE: &str =
    "Năm 2023, tổng mức bán lẻ hàng hóa, dịch vụ phấn đấu đạt trong khoảng 252,9 – 255,2 ngàn \
                                     tỷ đồng, tăng 9-10% so cùng kỳ năm 2022 (bình quân 1 tháng khoảng 21 ngàn tỷ \
                                     đồng).\n- Kim ngạch xuất khẩu phấn đấu đạt trong khoảng 26,5 - 26,7 tỷ USD, tăng \
                                     8,0-8,5% so với năm 2022 (bình quân 1 tháng khoảng 2,2 tỷ USD).\n";

#[test]
fn a_months_average_in_brackets_is_no_target_of_its_own() {
    // Regression: "(bình quân 1 tháng khoảng 21 ngàn tỷ đồng)", the year's figure divided by twelve, was a target.
    let draft = extract_plan(A_MONTHS_AVERAGE);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2023), Comparator::About, 255_200_000_000_000.0, MeasureUnit::Dong),
            (Some(2023), Comparator::About, 26_700_000_000.0, MeasureUnit::Usd),
        ]
    );
    check_offsets(A_MONTHS_AVERAGE, &draft);
}

/// A floor, then the next figure (kon_tum_giao_duc_dan_toc_thieu_so_2025, a development text; the same text as the
/// Python and JavaScript tests).
const A_FLOOR_THEN_THE_NEXT: &str =
    "Năm 2025, học sinh có hạnh kiểm tốt, khá từ 92% trở lên và đạt 30% học sinh giỏi.\n";

#[test]
fn the_len_of_tro_len_is_no_rise_to_the_next_figure() {
    // Regression: "từ 92% trở lên và đạt 30%" was read as a rise from 92% ("từ ... lên") to 30%, and the floor was lost.
    let draft = extract_plan(A_FLOOR_THEN_THE_NEXT);
    let p = MeasureUnit::Percent;
    assert_eq!(
        target_rows(&draft.plan),
        [(Some(2025), Comparator::AtLeast, 92.0, p), (Some(2025), Comparator::Reach, 30.0, p)]
    );
    check_offsets(A_FLOOR_THEN_THE_NEXT, &draft);
}

/// Counts given as ranges (ben_tre_the_thao_2030, gia_lai_the_thao_2030; development texts; the same text as the Python
/// and JavaScript tests).
const COUNTS_AS_RANGES: &str = "Đến năm 2030, duy trì tổ chức các giải TT các cấp từ 400 - 420 giải/năm.\nĐến năm 2025, tập \
                                trung tuyển chọn, huấn luyện thường xuyên từ 80 đến 90 vận động viên các đội tuyển trẻ.\n";

#[test]
fn a_count_given_as_a_range_is_to_reach() {
    // Regression: a count with no verb that makes it was no target even as a range ("từ 400 - 420 giải/năm"), and
    // "vận động viên" (athletes) read as the scale "vạn" and counted nothing.
    let draft = extract_plan(COUNTS_AS_RANGES);
    let n = MeasureUnit::Count;
    assert_eq!(
        target_rows(&draft.plan),
        [(Some(2030), Comparator::Reach, 420.0, n), (Some(2025), Comparator::Reach, 90.0, n)]
    );
    check_offsets(COUNTS_AS_RANGES, &draft);
}

/// A Party body's profile before a target (phuong_tam_thang_ho_chi_minh, a development text; the same text as the Python
/// and JavaScript tests).
const A_PARTY_BODYS_PROFILE: &str =
    "Đảng bộ phường có 74 tổ chức Đảng với 5.067 đảng viên. Đến năm 2030, phường phấn đấu kết nạp mới 300 đảng viên.\n";

#[test]
fn what_a_party_body_has_is_no_target() {
    // Regression: "Đảng bộ phường có 74 tổ chức Đảng", what the ward's Party organisation has, was a count to reach.
    let draft = extract_plan(A_PARTY_BODYS_PROFILE);
    assert_eq!(target_rows(&draft.plan), [(Some(2030), Comparator::Reach, 300.0, MeasureUnit::Count)]);
    check_offsets(A_PARTY_BODYS_PROFILE, &draft);
}

/// A period before a colon, a sentence per line (ben_tre_the_thao_2030, a development text reshaped; the same text as the
/// Python and JavaScript tests).
const A_PERIOD_BEFORE_A_COLON: &str =
    "TT cho mọi người, giai đoạn 2024 - 2025: Số người tập luyện TDTT thường xuyên tăng từ 49,1 - \
     50%.\nTT cho mọi người, giai đoạn 2026 - 2030: Phấn đấu hàng năm, tỷ lệ người tập luyện TDTT \
     thường xuyên tăng từ 1,5 - 2%.\nSố CLB TDTT tăng 25 - 30 câu lạc bộ/năm.\n";

#[test]
fn a_period_before_a_colon_holds_for_the_lines_after_it() {
    // Regression: with a sentence per line, "Số CLB TDTT tăng 25 - 30 câu lạc bộ/năm" after "giai đoạn 2026 - 2030:"
    // lost the period and took no year.
    let draft = extract_plan(A_PERIOD_BEFORE_A_COLON);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2025), Comparator::Reach, 50.0, MeasureUnit::PercentIncrease),
            (Some(2030), Comparator::Reach, 2.0, MeasureUnit::PercentPerYear),
            (Some(2030), Comparator::Reach, 30.0, MeasureUnit::Count),
        ]
    );
    check_offsets(A_PERIOD_BEFORE_A_COLON, &draft);
}

/// Results "Trong đó" a sentence of its own picks out (xa_phu_do_thai_nguyen_2025, a development text reshaped a sentence
/// per line; the same text as the Python and JavaScript tests).
const AMONG_WHICH_A_LINE_OF_ITS_OWN: &str =
    "Theo đánh giá tại Đại hội, trong nhiệm kỳ 2015-2020, Đảng bộ xã đã tập trung lãnh đạo Nhân dân \
     phát triển kinh tế - xã hội và đạt được kết quả quan trọng.\nHầu hết các chỉ tiêu, nhiệm vụ đề \
     ra đều đạt và vượt kế hoạch.\nTrong đó có các kết quả nổi bật như: xã đạt chuẩn Nông thôn mới \
     vào năm 2018 (hoàn thành sớm 2 năm so với Nghị quyết); tỷ lệ hộ nghèo giảm chỉ còn 6,95%; kết \
     nạp được 50 đảng viên mới.\n";

#[test]
fn a_line_opening_with_trong_do_reads_the_line_before() {
    // Regression: "Trong đó có các kết quả nổi bật như: ..." on a line of its own lost the report of the line before
    // ("đạt được kết quả quan trọng"), and the results were targets.
    let draft = extract_plan(AMONG_WHICH_A_LINE_OF_ITS_OWN);
    assert!(draft.plan.targets.is_empty(), "{:?}", target_rows(&draft.plan));
    assert_eq!(draft.observations.iter().map(|o| o.value).collect::<Vec<_>>(), [6.95, 50.0]);
    check_offsets(AMONG_WHICH_A_LINE_OF_ITS_OWN, &draft);
}

/// A report wrapped at 80 columns, a quotation opening a line (phu_tho_ocop_2026 wrapped, a development text; the same
/// text as the Python and JavaScript tests).
const A_QUOTATION_OPENING_A_WRAPPED_LINE: &str =
    "Theo kết quả tổng hợp của Hội đồng đánh giá, phân hạng sản phẩm Chương trình\n\
     “Mỗi xã một sản phẩm” (OCOP) tỉnh, trong đợt 1 năm 2025, toàn tỉnh có thêm 64\n\
     sản phẩm được công nhận đạt chuẩn OCOP từ 3 sao trở lên. Trong đó, có 10 sản\n\
     phẩm đạt chuẩn 4 sao và 54 sản phẩm đạt chuẩn 3 sao. Năm 2026, tỉnh đặt mục\n\
     tiêu phát triển và tiêu chuẩn hóa thêm 52 sản phẩm đạt chứng nhận OCOP từ 3 sao.\n";

#[test]
fn a_quotation_opening_a_wrapped_line_goes_on_with_its_sentence() {
    // Regression: the line break before "“Mỗi xã một sản phẩm”" ended the sentence "Theo kết quả tổng hợp ...", and
    // the results it reports were targets.
    let draft = extract_plan(A_QUOTATION_OPENING_A_WRAPPED_LINE);
    assert_eq!(target_rows(&draft.plan), [(Some(2026), Comparator::Reach, 52.0, MeasureUnit::Count)]);
    assert_eq!(draft.observations.iter().map(|o| o.value).collect::<Vec<_>>(), [64.0, 10.0, 54.0]);
    check_offsets(A_QUOTATION_OPENING_A_WRAPPED_LINE, &draft);
}

/// A report wrapped at 80 columns, its sentences ending inside its lines (xa_phong_tho_lai_chau_2030 wrapped, a
/// development text, its paragraphs parted by blank lines; the same text as the Python and JavaScript tests).
const SENTENCES_WRAPPED_ON: &str = "Nhiệm kỳ 2020-2025, Đảng bộ, chính quyền và nhân dân các dân tộc xã Phong Thổ\n\
     đã phát huy tiềm năng, thế mạnh, nỗ lực phấn đấu đạt được những kết quả quan\n\
     trọng. Sản xuất nông - lâm nghiệp trên địa bàn có nhiều chuyển biến rõ nét.\n\
     Tổng thu ngân sách và doanh thu công nghiệp, tiểu thủ công nghiệp trên địa bàn\n\
     xã đều cán mốc 200 tỷ đồng. Tổng mức bán lẻ hàng hóa của xã đạt 700 tỷ đồng,\n\
     cho thấy sức mua và đời sống người dân được cải thiện rõ rệt.\n\
     \n\
     Đặc biệt, lĩnh vực du lịch của xã cũng có sự bứt phá ngoạn mục. Hơn 26 nghìn\n\
     lượt khách đổ về, mang lại doanh thu hơn 22 tỷ đồng, mở ra hướng đi mới cho\n\
     kinh tế địa phương. Lĩnh vực văn hóa - xã hội của xã cũng có nhiều chuyển biến\n\
     tích cực. Đến nay, toàn xã Phong Thổ có 91,7% trường đạt chuẩn quốc gia.\n\
     \n\
     Nhiệm kỳ 2025-2030, Đại hội đề ra mục tiêu tổng mức bán lẻ hàng hóa đạt 1.000\n\
     tỷ đồng.\n";

#[test]
fn a_wrapped_paragraph_reads_as_the_paragraph() {
    // Regression: a line break after a sentence's end in a line the wrapping filled ("... rõ nét.\nTổng thu ...") ended
    // the paragraph, so the term's report before it ("Nhiệm kỳ 2020-2025, ... đạt được những kết quả quan trọng") no
    // longer dated the figures after it: the wrapped text read unlike its paragraphs.
    let wrapped = extract_plan(SENTENCES_WRAPPED_ON);
    assert_eq!(target_rows(&wrapped.plan), target_rows(&extract_plan(&unwrapped(SENTENCES_WRAPPED_ON)).plan));
    assert_eq!(target_rows(&wrapped.plan).len(), 3);
    check_offsets(SENTENCES_WRAPPED_ON, &wrapped);
}

/// A text wrapped at 80 columns with an image's address on a line of its own (nghe_an_lam_nghiep_2030 wrapped, a
/// development text; the same text as the Python and JavaScript tests).
const WRAPPED_BESIDE_A_LINK: &str = "Theo quy hoạch đến năm 2030, tỉnh Nghệ An sẽ có 1.148.476 ha đất lâm nghiệp\n\
     (gồm: 171.062 ha rừng đặc dụng; 370.405 ha rừng phòng hộ; 607.009 ha rừng sản\n\
     xuất). Qua đó, đóng góp ngày càng tăng vào quá trình phát triển kinh tế - xã\n\
     hội, bảo vệ môi trường, bảo tồn tài nguyên thiên nhiên, đa dạng sinh học và ứng\n\
     phó với biến đổi khí hậu.\n\
     \n\
     ![Ảnh](https://media.example.vn/images/ho-dan-dau-tien-tai-nghe-an-don-nhan-chung-chi-fsc-trong-va-khai-thac-rung-lung-tai-xa-dong-van-huyen-que-phong.jpg)\n\
     \n\
     Việc xây dựng quy hoạch đất lâm nghiệp cũng tạo hành lang pháp lý để các địa\n\
     phương xây dựng các chương trình, đề án, kế hoạch, cơ chế, chính sách phát\n\
     triển, từ đó tạo thành phong trào thi đua sôi nổi, góp phần thiết thực vào việc\n\
     thực hiện thắng lợi các mục tiêu phát triển ngành lâm nghiệp theo đúng định\n\
     hướng đến năm 2030, tầm nhìn đến năm 2050. Qua đó, đảm bảo mục tiêu duy trì tỷ\n\
     lệ che phủ rừng tỉnh Nghệ An ổn định ở mức 58%.\n";

#[test]
fn a_link_on_its_own_line_does_not_hide_the_wrapping() {
    // Regression: the image's address, longer than any wrapped line, hid the width the text was wrapped at, so "(gồm:
    // 171.062 ha ...; 370.405 ha ...; 607.009 ha ..." on its own line lost the total it parts and two of its parts.
    let wrapped = extract_plan(WRAPPED_BESIDE_A_LINK);
    assert_eq!(target_rows(&wrapped.plan), target_rows(&extract_plan(&unwrapped(WRAPPED_BESIDE_A_LINK)).plan));
    assert_eq!(target_rows(&wrapped.plan).len(), 5);
    check_offsets(WRAPPED_BESIDE_A_LINK, &wrapped);
}

/// A period right after a figure, under a year's heading (quang_nam_quy_hoach_2020, a development text a sentence per
/// line; the same text as the Python and JavaScript tests).
const A_FIGURES_OWN_PERIOD: &str = "Đến năm 2025: GRDP/người đạt khoảng 5.000 USD.\n\
     Kim ngạch xuất khẩu tăng bình quân trên 16%/năm giai đoạn 2016 - 2020; tăng 17%/năm giai đoạn 2021 - 2025.\n";

#[test]
fn a_period_right_after_a_percentage_dates_it_under_a_years_heading() {
    // Regression: "trên 16%/năm giai đoạn 2016 - 2020" on its own line after "Đến năm 2025:" took 2025, the heading's.
    let draft = extract_plan(A_FIGURES_OWN_PERIOD);
    let per_year = MeasureUnit::PercentPerYear;
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2025), Comparator::About, 5000.0, MeasureUnit::Usd),
            (Some(2020), Comparator::MoreThan, 16.0, per_year),
            (Some(2025), Comparator::Reach, 17.0, per_year),
        ]
    );
    check_offsets(A_FIGURES_OWN_PERIOD, &draft);
}

/// A period after "trong" right after a percentage, in a sentence opening with a year (hau_giang_xanh_2030, a development
/// text; the same text as the Python and JavaScript tests).
const A_FIGURES_PERIOD_AFTER_TRONG: &str =
    "Đến năm 2030, 90% chất thải rắn sinh hoạt của hộ gia đình ở nông thôn được thu gom, xử lý theo quy định; \
     duy trì các chỉ tiêu thực hiện đạt 100% trong giai đoạn 2021-2025.\n";

#[test]
fn a_period_after_trong_right_after_a_percentage_dates_it() {
    // Regression: "đạt 100% trong giai đoạn 2021-2025" took 2030, the year opening its sentence.
    let draft = extract_plan(A_FIGURES_PERIOD_AFTER_TRONG);
    let p = MeasureUnit::Percent;
    assert_eq!(
        target_rows(&draft.plan),
        [(Some(2030), Comparator::Reach, 90.0, p), (Some(2025), Comparator::Reach, 100.0, p)]
    );
    check_offsets(A_FIGURES_PERIOD_AFTER_TRONG, &draft);
}

/// A term's report a sentence per line, a sentence with no figure between (xa_phong_tho_lai_chau_2030, a development
/// text reshaped; the same text as the Python and JavaScript tests).
const A_REPORT_A_SENTENCE_PER_LINE: &str =
    "Nhiệm kỳ 2020-2025, Đảng bộ xã đã phát huy tiềm năng, nỗ lực phấn đấu đạt được những kết quả quan trọng.\n\
     Sản xuất nông - lâm nghiệp trên địa bàn có nhiều chuyển biến rõ nét.\n\
     Tổng thu ngân sách trên địa bàn xã đều cán mốc 200 tỷ đồng.\n\
     Tổng mức bán lẻ hàng hóa của xã đạt 700 tỷ đồng, cho thấy sức mua được cải thiện rõ rệt.\n\
     Đến năm 2030, tổng mức bán lẻ hàng hóa của xã đạt 1.000 tỷ đồng.\n";

#[test]
fn a_sentence_with_no_figure_between_a_report_and_its_figures_carries_the_report() {
    // Regression: "Sản xuất ... rõ nét." on its own line, and "cán mốc" read as "cần" (need), ended the term's report,
    // so "Tổng mức bán lẻ ... đạt 700 tỷ đồng" was a target. The revenue "trên địa bàn xã" is read since 7 Dec 2026, as
    // the corpus labels it.
    let draft = extract_plan(A_REPORT_A_SENTENCE_PER_LINE);
    assert_eq!(target_rows(&draft.plan), [(Some(2030), Comparator::Reach, 1e12, MeasureUnit::Dong)]);
    assert_eq!(observation_rows(&draft), [(2e11, Some(2025)), (7e11, Some(2025))]);
    check_offsets(A_REPORT_A_SENTENCE_PER_LINE, &draft);
}

/// What a province did, its clauses parted by ";" (vinh_phuc_nong_thon_moi_2025, a development text; the same text as
/// the Python and JavaScript tests).
const WHAT_WAS_DONE_PAST_A_SEMICOLON: &str =
    "Toàn tỉnh đã quy hoạch được 1.640ha vùng sản xuất rau an toàn; quy hoạch phát triển chăn nuôi theo vùng và \
     xã trọng điểm, với gần 1.100 trang trại, 33 xã chăn nuôi lợn. Đến năm 2025, tỉnh phấn đấu có thêm 20 xã đạt \
     chuẩn nông thôn mới nâng cao.\n";

#[test]
fn what_someone_did_reports_the_clauses_a_semicolon_parts_after_it() {
    // Regression: "đã quy hoạch" reported its own clause only, so "... với gần 1.100 trang trại, 33 xã chăn nuôi lợn"
    // after the ";" were targets.
    let draft = extract_plan(WHAT_WAS_DONE_PAST_A_SEMICOLON);
    assert_eq!(target_rows(&draft.plan), [(Some(2025), Comparator::Reach, 20.0, MeasureUnit::Count)]);
    assert_eq!(draft.observations.iter().map(|o| o.value).collect::<Vec<_>>(), [1100.0, 33.0]);
    check_offsets(WHAT_WAS_DONE_PAST_A_SEMICOLON, &draft);
}

/// Areas given as ranges (ben_tre_nong_nghiep_2025, a development text; the same text as the Python and JavaScript
/// tests).
const AREAS_AS_RANGES: &str =
    "Đến năm 2025, xây dựng thí điểm các vùng nguyên liệu tập trung với quy mô từ 20 - 22.000 ha nhóm sản phẩm \
     dừa; 1.500 - 2.200 ha nhóm sản phẩm quả.\n";

#[test]
fn an_area_given_as_a_range_is_to_reach() {
    // Regression: an area with no verb that makes it was no target even as a range ("từ 20 - 22.000 ha").
    let draft = extract_plan(AREAS_AS_RANGES);
    let ha = MeasureUnit::Hectare;
    assert_eq!(
        target_rows(&draft.plan),
        [(Some(2025), Comparator::Reach, 22_000.0, ha), (Some(2025), Comparator::Reach, 2_200.0, ha)]
    );
    check_offsets(AREAS_AS_RANGES, &draft);
}

/// A past verb naming what a figure's noun underwent (ho_chi_minh_giam_ngap_2020, a development text; the same text as the
/// Python and JavaScript tests).
const WHAT_A_FIGURES_NOUN_UNDERWENT: &str =
    "Đến năm 2020, TP sẽ giải quyết 13/17 tuyến đường ngập nước do mưa, 23/23 tuyến đường ngập nước đã xử lý tạm \
     bằng giải pháp cấp bách trước đây; xây dựng 7 nhà máy xử lý nước thải.\n";

#[test]
fn what_a_figures_noun_underwent_reports_nothing_after_its_clause() {
    // Regression: "23/23 tuyến đường ngập nước đã xử lý tạm ..." (roads treated before) reported the rest of its line, so
    // "xây dựng 7 nhà máy xử lý nước thải" after the ";" was an observation.
    let draft = extract_plan(WHAT_A_FIGURES_NOUN_UNDERWENT);
    let n = MeasureUnit::Count;
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2020), Comparator::Reach, 13.0, n),
            (Some(2020), Comparator::Reach, 23.0, n),
            (Some(2020), Comparator::Reach, 7.0, n)
        ]
    );
    assert!(draft.observations.is_empty());
    check_offsets(WHAT_A_FIGURES_NOUN_UNDERWENT, &draft);
}

/// Figures "tương ứng" (respectively) to periods listed by their ends (khu_kinh_te_van_don_quang_ninh_2030, a development
/// text; the same text as the Python and JavaScript tests).
const RESPECTIVELY_TO_PERIODS: &str =
    "Tốc độ tăng dân số trung bình trong các giai đoạn đến 2020, 2021 – 2025, 2026 – 2030 tương ứng là 6%, 11% và \
     8%.\n";

#[test]
fn figures_tuong_ung_to_periods_take_their_ends_in_order() {
    // Regression: "tương ứng" was not read as "lần lượt", and periods listed without "giai đoạn" before each dated
    // nothing, so all three figures took 2020.
    let draft = extract_plan(RESPECTIVELY_TO_PERIODS);
    let years: Vec<_> = target_rows(&draft.plan).into_iter().map(|(y, _, v, _)| (y, v)).collect();
    assert_eq!(years, [(Some(2020), 6.0), (Some(2025), 11.0), (Some(2030), 8.0)]);
    let indicators: Vec<_> = draft.plan.targets.iter().map(|t| t.indicator.clone()).collect();
    assert!(indicators.iter().all(|i| *i == indicators[0]), "{indicators:?}");
    check_offsets(RESPECTIVELY_TO_PERIODS, &draft);
}

/// A period after a sentence's lead-in, for the paragraph after it (gia_lai_the_thao_2030, a development text; the same
/// text as the Python and JavaScript tests).
const A_PERIOD_AFTER_A_LEAD_IN: &str =
    "Số học sinh phổ thông được đánh giá và phân loại thể lực theo tiêu chuẩn rèn luyện thân thể đến năm 2025 \
     đạt trên 98% và đến năm 2030 đạt trên 99%.\n\
     \n\
     Về thể thao thành tích cao, trong giai đoạn 2023-2025, tập trung tuyển chọn, huấn luyện thường xuyên từ 80 \
     đến 90 vận động viên.\n\
     \n\
     Hàng năm, tham gia các giải khu vực, quốc gia, quốc tế đạt từ 30 đến 40 giải.\n";

#[test]
fn a_period_after_a_sentences_lead_in_dates_the_paragraph_after_it() {
    // Regression: "Về thể thao thành tích cao, trong giai đoạn 2023-2025, ..." held for its own line only, so "Hàng năm,
    // ... đạt từ 30 đến 40 giải" in the next paragraph took no year.
    let draft = extract_plan(A_PERIOD_AFTER_A_LEAD_IN);
    let (p, n) = (MeasureUnit::Percent, MeasureUnit::Count);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2025), Comparator::MoreThan, 98.0, p),
            (Some(2030), Comparator::MoreThan, 99.0, p),
            (Some(2025), Comparator::Reach, 90.0, n),
            (Some(2025), Comparator::Reach, 40.0, n),
        ]
    );
    check_offsets(A_PERIOD_AFTER_A_LEAD_IN, &draft);
}

/// A floor and a higher aim beside it (hau_giang_xanh_2030, a development text; the same text as the Python and
/// JavaScript tests).
const A_FLOOR_AND_A_HIGHER_AIM: &str =
    "Đến năm 2030, ít nhất 95% và phấn đấu 100% chất thải rắn sinh hoạt của hộ gia đình ở đô thị được thu gom, xử \
     lý theo quy định.\n";

#[test]
fn a_higher_aim_beside_a_floor_takes_no_comparator_from_it() {
    // Regression: "ít nhất 95% và phấn đấu 100%" carried "at least" to the 100%, the aim the plan strives for.
    let draft = extract_plan(A_FLOOR_AND_A_HIGHER_AIM);
    let p = MeasureUnit::Percent;
    assert_eq!(
        target_rows(&draft.plan),
        [(Some(2030), Comparator::AtLeast, 95.0, p), (Some(2030), Comparator::Reach, 100.0, p)]
    );
    check_offsets(A_FLOOR_AND_A_HIGHER_AIM, &draft);
}

/// A floor right after a figure, a level in brackets after it (nong_cong_thanh_hoa, a development text; the same text as
/// the Python and JavaScript tests).
const A_FLOOR_BEFORE_A_BRACKET: &str = "Đến năm 2020: Tỷ lệ hộ nghèo giảm 3% trở lên (còn 7%).\n";

#[test]
fn a_floor_right_after_a_figure_is_its_own_before_a_bracket() {
    // Regression: "trở lên" was read into the bracketed level's words, so the fall of 3% lost its floor.
    let draft = extract_plan(A_FLOOR_BEFORE_A_BRACKET);
    let rows: Vec<_> = target_rows(&draft.plan).into_iter().map(|(y, c, v, _)| (y, c, v)).collect();
    assert_eq!(rows, [(Some(2020), Comparator::AtLeast, 3.0), (Some(2020), Comparator::Reach, 7.0)]);
    check_offsets(A_FLOOR_BEFORE_A_BRACKET, &draft);
}

/// A thing's scale named by a level (gia_lai_moi_truong_nong_thon_2025, a development text; the same text as the Python
/// and JavaScript tests).
const A_SCALE_NAMED_BY_A_LEVEL: &str = "Đến năm 2025, triển khai 1 – 2 mô hình xử lý chất thải sinh hoạt quy mô cấp huyện trở lên với công nghệ phù hợp.\n";

#[test]
fn a_things_scale_named_by_a_level_is_no_tier() {
    // Regression: "mô hình ... quy mô cấp huyện" (models at a district's scale) gave the count the district tier.
    let draft = extract_plan(A_SCALE_NAMED_BY_A_LEVEL);
    assert_eq!(tuples(&draft.plan), [(Some(2025), None, Comparator::Reach, 2.0, MeasureUnit::Count)]);
    check_offsets(A_SCALE_NAMED_BY_A_LEVEL, &draft);
}

/// An expected result by a deadline, beyond its objective (ha_giang_truong_chuan_quoc_gia_2020, a development text; the
/// same text as the Python and JavaScript tests).
const AN_EXPECTED_RESULT_BEYOND_ITS_OBJECTIVE: &str =
    "Dự kiến đến hết năm 2020, tỷ lệ trường đạt chuẩn Quốc gia đạt 42%, vượt chỉ tiêu Nghị quyết Đại hội Đảng bộ tỉnh \
     lần thứ XVI.\nPhấn đấu đến năm 2025, tỷ lệ trường đạt chuẩn Quốc gia đạt 50%.\n";

#[test]
fn a_result_beyond_its_objective_by_a_deadline_is_reported() {
    // Regression: "Dự kiến đến hết năm 2020, ... đạt 42%, vượt chỉ tiêu ..." was wanted by its deadline alone and was a
    // target.
    let draft = extract_plan(AN_EXPECTED_RESULT_BEYOND_ITS_OBJECTIVE);
    assert_eq!(target_rows(&draft.plan), [(Some(2025), Comparator::Reach, 50.0, MeasureUnit::Percent)]);
    assert_eq!(observation_rows(&draft), [(42.0, Some(2020))]);
    check_offsets(AN_EXPECTED_RESULT_BEYOND_ITS_OBJECTIVE, &draft);
}

/// A sector's value before its share (xa_an_binh_bac_ninh_2023, a development text; the same text as the Python and
/// JavaScript tests).
const A_SECTORS_VALUE_AND_SHARE: &str =
    "Năm 2023 phấn đấu tổng thu nhập xã hội trên địa bàn xã đạt 621 tỉ đồng. Trong đó giá trị thương mại dịch vụ đạt \
     298 tỉ đồng, chiếm 48%.\n";

#[test]
fn a_sectors_value_before_its_share_is_no_target_of_its_own() {
    // Regression: "đạt 298 tỉ đồng, chiếm 48%" gave the value in đồng as a target beside the share of the economy.
    let draft = extract_plan(A_SECTORS_VALUE_AND_SHARE);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2023), Comparator::Reach, 621e9, MeasureUnit::Dong),
            (Some(2023), Comparator::Reach, 48.0, MeasureUnit::Percent)
        ]
    );
    check_offsets(A_SECTORS_VALUE_AND_SHARE, &draft);
}

/// The plan a sentence follows, with its end year, and what will be done (ho_chi_minh_giam_ngap_2020's words, a
/// development text; the same text as the Python and JavaScript tests).
const PER_THE_PLAN_TO_A_YEAR: &str =
    "Theo kế hoạch đến năm 2020, TP sẽ giải quyết 13/17 tuyến đường ngập nước do mưa.\n";

#[test]
fn the_plan_a_sentence_follows_dates_what_it_says_will_be_done() {
    // Regression: "Theo kế hoạch đến năm 2020" was read as another document's name, and the count took no year.
    let draft = extract_plan(PER_THE_PLAN_TO_A_YEAR);
    assert_eq!(target_rows(&draft.plan), [(Some(2020), Comparator::Reach, 13.0, MeasureUnit::Count)]);
    check_offsets(PER_THE_PLAN_TO_A_YEAR, &draft);
}

/// Water plants' capacity a day (ha_noi_cap_nuoc_an_toan_2020's words, a development text; the same text as the Python
/// and JavaScript tests).
const WATER_PLANTS_A_DAY: &str = "Thành phố đẩy nhanh tiến độ, hoàn thành trước năm 2020 các dự án: Nhà máy nước Dương Nội - \
                                  Hà Đông 30.000m3/ngày đêm (hoàn thành trong năm 2017); nâng công suất Nhà máy nước Bắc \
                                  Thăng Long - Vân Trì lên 150.000m3/ngày đêm; Nhà máy nước mặt sông Hồng, công suất \
                                  300.000m3/ngày đêm.\n";

#[test]
fn a_water_plants_capacity_is_a_target_in_cubic_metres_a_day() {
    // Regression: the model had no unit for a capacity a day, and "300.000m3/ngày đêm" was read as nothing.
    let draft = extract_plan(WATER_PLANTS_A_DAY);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2017), Comparator::Reach, 30_000.0, MeasureUnit::CubicMetrePerDay),
            (Some(2020), Comparator::Reach, 150_000.0, MeasureUnit::CubicMetrePerDay),
            (Some(2020), Comparator::Reach, 300_000.0, MeasureUnit::CubicMetrePerDay),
        ]
    );
    check_offsets(WATER_PLANTS_A_DAY, &draft);
    assert!(errors(&draft.plan).is_empty(), "{:?}", errors(&draft.plan));
    let json = draft.plan.to_json();
    assert!(json.contains("\"cubic_metre_per_day\""));
    assert_eq!(Plan::from_json(&json).unwrap().value, draft.plan);
    let label = |lang| chitieu::label::lookup(chitieu::label::Domain::Unit, "cubic_metre_per_day", lang);
    assert_eq!(label(chitieu::label::Lang::Vi), Some("m³/ngày đêm"));
}

/// The sex ratio at birth reported and wanted (thai_nguyen_dan_so_2023's and ho_chi_minh_dan_so's words, development
/// texts; the same text as the Python and JavaScript tests).
const SEX_RATIOS_AT_BIRTH: &str = "Trong năm 2022, tỷ số giới tính khi sinh là 113,5 trẻ nam/100 trẻ nữ (năm 2021 là \
                                   113,9 trẻ nam/100 trẻ nữ).\nThái Nguyên phấn đấu năm 2023, tỷ số giới tính khi sinh \
                                   là 113 bé trai/100 bé gái sinh ra sống; tổng tỷ suất sinh là 2,12 con/phụ nữ. Thành \
                                   phố sẽ duy trì tỷ số giới tính khi sinh từ 103 đến 107 bé trai/100 bé gái.\n";

#[test]
fn the_sex_ratio_at_birth_is_boys_per_hundred_girls() {
    // Regression: the model had no unit for the sex ratio at birth, and "113 bé trai/100 bé gái" was read as nothing.
    let draft = extract_plan(SEX_RATIOS_AT_BIRTH);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2023), Comparator::Reach, 113.0, MeasureUnit::BoysPerHundredGirls),
            (Some(2023), Comparator::Reach, 2.12, MeasureUnit::ChildrenPerWoman),
            (Some(2023), Comparator::Reach, 107.0, MeasureUnit::BoysPerHundredGirls),
        ]
    );
    assert_eq!(observation_rows(&draft), [(113.5, Some(2022)), (113.9, Some(2021))]);
    assert!(draft.observations.iter().all(|o| o.unit == MeasureUnit::BoysPerHundredGirls));
    // Named by the words before it, as a yield and a fertility rate are, not by "bé gái sinh ra sống" after it.
    assert_eq!(draft.plan.indicator(&draft.plan.targets[0].indicator).unwrap().name_vi, "tỷ số giới tính khi sinh");
    check_offsets(SEX_RATIOS_AT_BIRTH, &draft);
    assert!(errors(&draft.plan).is_empty(), "{:?}", errors(&draft.plan));
}

/// A headline, a dateline and a paragraph (kon_tum_dinh_duong_2030's words, a development text; the same text as the
/// Python and JavaScript tests), flush left: the tests indent its lines.
const FLUSH_LEFT: &str = "Kon Tum: Đến năm 2025, tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 35%\n- 15:27 - 21/12/2022\nTheo \
                          đó, Chương trình đặt ra các mục tiêu cụ thể. Nhóm mục tiêu 1: Cải thiện tình trạng dinh dưỡng \
                          của phụ nữ và trẻ em. Đến năm 2025: Tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 5 tuổi dưới \
                          35%; tỷ lệ thiếu máu ở phụ nữ có thai dưới 25,4%. Đến năm 2030: Tỷ lệ suy dinh dưỡng thể thấp \
                          còi ở trẻ em dưới 5 tuổi dưới 33%; tỷ lệ thiếu máu ở phụ nữ có thai dưới 23,4%.\n";

#[test]
fn an_indented_paragraph_reads_as_it_does_flush_left() {
    // Regression: a paragraph indented by a tab (as Word's and PDF's text often is) was read as a table's row, its
    // figures dated by the dateline (2022) and named by nothing; indented by spaces, the headline's figure was drafted
    // twice.
    let flush = target_rows(&extract_plan(FLUSH_LEFT).plan);
    assert_eq!(
        flush,
        [
            (Some(2025), Comparator::LessThan, 35.0, MeasureUnit::Percent),
            (Some(2025), Comparator::LessThan, 25.4, MeasureUnit::Percent),
            (Some(2030), Comparator::LessThan, 33.0, MeasureUnit::Percent),
            (Some(2030), Comparator::LessThan, 23.4, MeasureUnit::Percent),
        ]
    );
    for indent in ["\t", "    ", "\u{a0}"] {
        let text: String = FLUSH_LEFT.lines().map(|l| format!("{indent}{l}\n")).collect();
        let draft = extract_plan(&text);
        assert_eq!(target_rows(&draft.plan), flush, "{indent:?}");
        check_offsets(&text, &draft);
    }
}

/// A council's headline on its vote with "100 %" spaced, as official texts often write it
/// (quan_nam_tu_liem_ha_noi_2024's words, a development text; the same text as the Python and JavaScript tests).
const A_HEADLINE_WITH_A_SPACED_PERCENT: &str =
    "100 % Đại biểu HĐND quận biểu quyết thông qua Nghị quyết về kế hoạch phát triển KT-XH, QP-AN năm 2024\nNgày đăng \
     19/12/2023 | 09:42  | Lượt xem: 997\n\nCác chỉ tiêu kinh tế: Thu ngân sách nhà nước trên địa bàn là 8.471 tỷ đồng. \
     Các chỉ tiêu xã hội: Tỷ lệ sinh con thứ 3 trở lên là 2,83 %.\n";

#[test]
fn a_headline_with_a_spaced_percent_names_the_plan_and_its_year() {
    // Regression: with "100 %" for "100%", the headline was the plan's title whole, the annual plan's year was lost,
    // and no target had a year.
    let draft = extract_plan(A_HEADLINE_WITH_A_SPACED_PERCENT);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2024), Comparator::Reach, 8471e9, MeasureUnit::Dong),
            (Some(2024), Comparator::Reach, 2.83, MeasureUnit::Percent),
        ]
    );
    assert_eq!(draft.plan.document.title, "kế hoạch phát triển KT-XH, QP-AN năm 2024");
    assert_eq!(draft.plan.period.from, Some(2024));
    check_offsets(A_HEADLINE_WITH_A_SPACED_PERCENT, &draft);
}

/// A year's results with the year before's in brackets (thai_nguyen_dan_so_2023's words, a development text; the same
/// text as the Python and JavaScript tests).
const THE_YEAR_BEFORE_IN_BRACKETS: &str =
    "Trong năm 2022, Thái Nguyên đã triển khai thực hiện công tác dân số - KHHGĐ có nền nếp, đạt và vượt nhiều chỉ tiêu \
     kế hoạch đề ra.\nTheo đó, ước tính số trẻ sinh ra trên địa bàn tỉnh là gần 14 nghìn trẻ, giảm hơn 2,4 nghìn trẻ so \
     với năm trước; tỷ số giới tính khi sinh là 113,5 trẻ nam/100 trẻ nữ (năm 2021 là 113,9 trẻ nam/100 trẻ nữ); tỷ lệ bà \
     mẹ mang thai được tầm soát, sàng lọc trước sinh đạt xấp xỉ 38%.\nNăm 2023, Thái Nguyên phấn đấu tổng tỷ suất sinh \
     là 2,12 con/phụ nữ.\n";

#[test]
fn a_year_opening_a_bracket_of_its_own_figure_dates_that_figure_only() {
    // Regression: "(năm 2021 là 113,9 ...)" dated the figure before the bracket as well, 2021 for 2022's 113,5.
    let draft = extract_plan(THE_YEAR_BEFORE_IN_BRACKETS);
    assert_eq!(target_rows(&draft.plan), [(Some(2023), Comparator::Reach, 2.12, MeasureUnit::ChildrenPerWoman)]);
    assert_eq!(observation_rows(&draft), [(113.5, Some(2022)), (113.9, Some(2021)), (38.0, Some(2022))]);
    check_offsets(THE_YEAR_BEFORE_IN_BRACKETS, &draft);
}

/// A total and its parts in brackets after its sentence's end (xa_lo_ku_gia_lai's words, a development text; the same
/// text as the Python and JavaScript tests), under a year.
const PARTS_AFTER_THEIR_TOTAL: &str =
    "Cơ cấu kinh tế đến năm 2025:\n(2) Tổng diện tích gieo trồng hằng năm: 3.830 ha. \
                                       (trong đó: Cây Ngô lai, rau đậu các loại 2.700 ha; Lúa nước 2 vụ 40 ha; cây Mía \
                                       370 ha).\n(3) Tổng đàn gia súc: 3.200 con.\n";

#[test]
fn parts_in_brackets_after_their_totals_sentence_read_the_same_on_a_line_of_their_own() {
    // Regression: a sentence per line, "(trong đó: ..." opened a line of its own, and its areas were no targets.
    let rows = |text: &str| target_rows(&extract_plan(text).plan);
    let hectares = |v: f64| (Some(2025), Comparator::Reach, v, MeasureUnit::Hectare);
    let published = rows(PARTS_AFTER_THEIR_TOTAL);
    assert_eq!(
        published,
        [
            hectares(3830.0),
            hectares(2700.0),
            hectares(40.0),
            hectares(370.0),
            (Some(2025), Comparator::Reach, 3200.0, MeasureUnit::Count)
        ]
    );
    let sentence_per_line = PARTS_AFTER_THEIR_TOTAL.replace(". ", ".\n");
    assert_eq!(rows(&sentence_per_line), published);
    check_offsets(&sentence_per_line, &extract_plan(&sentence_per_line));
}

/// A roadmap's stages, sentence after sentence (ba_ria_vung_tau_hoc_tap_suot_doi_2030's words, a development text; the
/// same text as the Python and JavaScript tests).
const STAGES_SENTENCE_AFTER_SENTENCE: &str =
    "Theo đó, UBND tỉnh đặt mục tiêu đến năm 2025, 40% người lao động trong “Gia đình học tập” và phải đạt 60% vào năm \
     2030. 60% cán bộ, công chức, nhân viên trong “Đơn vị học tập” trên địa bàn cấp xã đạt danh hiệu “Công dân học tập” \
     và tiến tới là 80% vào năm 2030.\n";

#[test]
fn a_roadmaps_earlier_stage_takes_no_later_year_from_the_sentence_before() {
    // Regression: the second sentence's 60% took 2030, the year the first sentence's later stage ends with; it is the
    // earlier stage of its own sentence's 80% in 2030, of the objective's 2025 (as with a sentence per line).
    let rows = |text: &str| target_rows(&extract_plan(text).plan);
    let percent = |y: i32, v: f64| (Some(y), Comparator::Reach, v, MeasureUnit::Percent);
    let published = rows(STAGES_SENTENCE_AFTER_SENTENCE);
    assert_eq!(published, [percent(2025, 40.0), percent(2030, 60.0), percent(2025, 60.0), percent(2030, 80.0)]);
    assert_eq!(rows(&STAGES_SENTENCE_AFTER_SENTENCE.replace(". ", ".\n")), published);
}

/// A season's aim, then what its first quarter brought (huyen_co_to_quang_ninh_du_lich_2025's words, a development text;
/// the same text as the Python and JavaScript tests).
const AIM_THEN_A_QUARTERS_VISITORS: &str = "Năm 2025 địa phương đặt mục tiêu đón trên 300.000 lượt khách, đồng thời \
     giảm thiểu tối đa rác thải nhựa trong các hoạt động du lịch. Trong quý I/2025, Cô Tô đã ghi nhận hơn 10.000 lượt \
     khách, mở đầu cho một năm nhiều kỳ vọng.\n";

#[test]
fn any_verb_after_da_reports_its_clause() {
    // Regression: "đã ghi nhận" (recorded) was no word that reports, and the quarter's visitors were a target.
    let draft = extract_plan(AIM_THEN_A_QUARTERS_VISITORS);
    assert_eq!(target_rows(&draft.plan), [(Some(2025), Comparator::MoreThan, 300_000.0, MeasureUnit::Count)]);
    assert_eq!(observation_rows(&draft), [(10_000.0, Some(2025))]);
    check_offsets(AIM_THEN_A_QUARTERS_VISITORS, &draft);
}

/// A year's objectives with the economy's investment (huyen_nong_son_quang_nam_2023's words, a development text; the
/// same text as the Python and JavaScript tests).
const THE_ECONOMYS_INVESTMENT_WITHOUT_TOAN: &str =
    "Năm 2023, Nông Sơn đặt ra một số chỉ tiêu chủ yếu, gồm: thu ngân sách do huyện quản lý đạt hơn 14,5 tỷ đồng; \
     tổng vốn đầu tư xã hội khoảng 250 tỷ đồng; giải quyết việc làm mới cho khoảng 200 lao động.\n";

#[test]
fn the_economys_investment_said_without_toan_is_a_target_not_a_budget() {
    // Regression: "tổng vốn đầu tư xã hội" (without "toàn xã hội") opened the plan's budget, and its 250 tỷ đồng was no
    // target.
    let draft = extract_plan(THE_ECONOMYS_INVESTMENT_WITHOUT_TOAN);
    let dong = |c: Comparator, v: f64| (Some(2023), c, v, MeasureUnit::Dong);
    assert_eq!(
        target_rows(&draft.plan),
        [
            dong(Comparator::MoreThan, 14_500_000_000.0),
            dong(Comparator::About, 250_000_000_000.0),
            (Some(2023), Comparator::About, 200.0, MeasureUnit::Count)
        ]
    );
    assert!(draft.plan.budget.is_none());
    check_offsets(THE_ECONOMYS_INVESTMENT_WITHOUT_TOAN, &draft);
}

/// A waste plan's works counted (kien_giang_xu_ly_chat_thai_ran_2025's words, a development text; the same text as the
/// Python and JavaScript tests).
const LANDFILLS_STATIONS_AND_INCINERATORS: &str = "Theo quy hoạch được phê duyệt đến năm 2025, Kiên Giang có 7 khu xử \
     lý chất thải rắn liên huyện, 7 bãi chôn lấp khu vực đô thị, 20 bãi chôn lấp khu vực nông thôn, 10 trạm trung \
     chuyển chất thải rắn đô thị, 46 trạm trung chuyển khu vực nông thôn và 10 lò đốt rác tại các xã đảo.\n";

#[test]
fn landfills_transfer_stations_and_incinerators_are_counted() {
    // Regression: "bãi", "trạm" and "lò đốt" were no counted nouns, and only the first of the list was a target.
    let draft = extract_plan(LANDFILLS_STATIONS_AND_INCINERATORS);
    let count = |v: f64| (Some(2025), Comparator::Reach, v, MeasureUnit::Count);
    assert_eq!(target_rows(&draft.plan), [count(7.0), count(7.0), count(20.0), count(10.0), count(46.0), count(10.0)]);
    check_offsets(LANDFILLS_STATIONS_AND_INCINERATORS, &draft);
}

/// A province's competitiveness index, as its results report gives it (cao_bang_nang_luc_canh_tranh_2022's words, a
/// development text; the same text as the Python and JavaScript tests).
const PROVINCIAL_COMPETITIVENESS_REPORTED: &str = "Theo báo cáo kết quả Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) năm \
     2021 do Phòng Thương mại và Công nghiệp Việt Nam (VCCI) phối hợp với Cơ quan Phát triển Quốc tế Hoa Kỳ (USAID) \
     công bố, Cao Bằng xếp hạng 63 trong bảng tổng sắp các tỉnh, thành trong cả nước với 56,29 điểm, giảm 5,91 điểm và \
     giảm 9 bậc so với năm 2020 (năm 2020 là 62,20 điểm, xếp hạng 54/63), nằm trong nhóm thấp trên bảng xếp hạng PCI \
     toàn quốc.\n";

#[test]
fn a_results_report_reports_and_the_provincial_index_is_not_digital_competitiveness() {
    // Regression: "Theo báo cáo kết quả" reported nothing, and the rank of 2020 was a target of the national
    // resolution's digital competitiveness rank in Southeast Asia.
    let draft = extract_plan(PROVINCIAL_COMPETITIVENESS_REPORTED);
    assert_eq!(target_rows(&draft.plan), []);
    assert_eq!(observation_rows(&draft), [(54.0, Some(2020))]);
    assert!(!draft.observations[0].indicator.starts_with("digital_competitiveness"), "{:?}", draft.observations[0]);
    check_offsets(PROVINCIAL_COMPETITIVENESS_REPORTED, &draft);
}

/// Shares of GRDP and of the labour force that are not the digital economy's, beside two that are (bac_lieu_du_lich_2030,
/// phu_yen and thai_nguyen_kinh_te_tu_nhan_2030's words, development texts; the same text as the Python and JavaScript
/// tests).
const SHARES_OF_THE_DIGITAL_ECONOMY_AND_OTHERS: &str = "Bạc Liêu đặt mục tiêu đến năm 2025 đón trên 7 triệu lượt \
     khách, tổng doanh thu đạt trên 10.000 tỷ đồng, đóng góp 7 - 9% GRDP của tỉnh.\nVề Kinh tế số, phấn đấu tỷ trọng \
     đạt 12% GRDP; trong từng ngành, lĩnh vực đạt tỷ trọng tối thiểu 10%.\nKhu vực kinh tế tư nhân được kỳ vọng sẽ đóng \
     góp từ 50-55% GRDP, 18-20% tổng thu ngân sách nhà nước (không tính thu từ đất), giải quyết việc làm cho khoảng \
     74-75% lực lượng lao động.\n";

#[test]
fn only_the_digital_economy_named_in_its_sentence_is_the_digital_economys() {
    // Regression: tourism's and the private sector's shares of GRDP were the digital economy's, and a share of the
    // labour force the digital economy's workforce.
    let draft = extract_plan(SHARES_OF_THE_DIGITAL_ECONOMY_AND_OTHERS);
    let ids: Vec<&str> = draft.plan.targets.iter().map(|t| t.indicator.as_str()).collect();
    assert_eq!(ids.len(), 8, "{ids:?}");
    let digital: Vec<(usize, &str)> =
        ids.iter().enumerate().filter(|(_, id)| id.starts_with("digital_")).map(|(i, id)| (i, *id)).collect();
    assert_eq!(digital, [(3, "digital_economy_share_grdp"), (4, "digital_economy_share_sectors")]);
    check_offsets(SHARES_OF_THE_DIGITAL_ECONOMY_AND_OTHERS, &draft);
}

/// E-invoices beside e-contracts, and a sector's share of exports (ca_mau and khanh_hoa_thuy_san_2025's words,
/// development texts; the same text as the Python and JavaScript tests).
const INVOICES_CONTRACTS_AND_EXPORTS: &str =
    "Đến năm 2025, tỷ lệ doanh nghiệp sử dụng hoá đơn điện tử đạt 100%; tỷ lệ \
     doanh nghiệp sử dụng hợp đồng điện tử đạt trên 80%.\nKim ngạch xuất khẩu thủy sản luôn chiếm từ 35% - 44% giá trị \
     xuất khẩu của tỉnh.\n";

#[test]
fn a_catalogue_indicator_measures_only_a_phrase_that_names_what_it_is_of() {
    // Regression: e-invoices were e-contracts, and seafood's share of exports the high-technology export share.
    let draft = extract_plan(INVOICES_CONTRACTS_AND_EXPORTS);
    let ids: Vec<&str> = draft.plan.targets.iter().map(|t| t.indicator.as_str()).collect();
    assert_eq!(ids[..2], ["enterprises_use_e_invoices", "enterprises_e_contracts"]);
    assert_eq!(ids.len(), 3, "{ids:?}");
    assert_ne!(ids[2], "high_tech_export_share");
    check_offsets(INVOICES_CONTRACTS_AND_EXPORTS, &draft);
}

/// What a city's vice-chairman said it aims at (ha_noi_dai_hoi_2030's words, a development text; the same text as the
/// Python and JavaScript tests).
const A_VICE_CHAIRMAN_SAYS: &str = "Theo Phó Chủ tịch UBND TP Hà Nội, thành phố chú trọng “xanh hóa” đô thị, nâng \
     diện tích cây xanh bình quân lên trên 10 m²/người; 100% chất thải rắn được phân loại.\n";

#[test]
fn the_committee_in_someones_office_is_no_tier() {
    // Regression: "Phó Chủ tịch UBND TP" made the figures of its sentence the city tier's.
    let draft = extract_plan(A_VICE_CHAIRMAN_SAYS);
    let tiers: Vec<Option<Tier>> = tuples(&draft.plan).into_iter().map(|(_, t, _, _, _)| t).collect();
    assert_eq!(tiers, [None, None]);
    check_offsets(A_VICE_CHAIRMAN_SAYS, &draft);
}

/// A province's assigned coverage, then the nation's and other provinces' (quang_binh_bao_hiem_y_te_2025's words, a
/// development text; the same text as the Python and JavaScript tests).
const ASSIGNED_BESIDE_THE_NATION_AND_OTHERS: &str =
    "Cụ thể, tỉnh Quảng Bình được giao tỷ lệ bao phủ bảo hiểm y tế năm \
     2022 là 91,75%, năm 2023 là 92,50%, năm 2024 là 93,75%, năm 2025 là 95,00%.\nĐược biết, giao tỷ lệ bao phủ bảo \
     hiểm y tế toàn quốc năm 2022 là 92,6%, năm 2023 là 93,2%, năm 2024 là 94,1%, năm 2025 là 95,15%, trong đó tỷ lệ \
     bao phủ bảo hiểm y tế năm 2022 thành phố Hà Nội là 91,66%, Thành phố Hồ Chí Minh là 91,25%, tỉnh An Giang 92%, \
     tỉnh Bà Rịa - Vũng Tàu 91,5%, tỉnh Bạc Liêu 91,25%, tỉnh Bắc Giang 93,5%…\n";

#[test]
fn the_nations_figures_and_other_provinces_are_not_the_provinces_targets() {
    // Regression: "toàn quốc năm 2022 là" named no nation, and the country's coverage was four targets; "tỉnh Bà Rịa -
    // Vũng Tàu 91,5%" (a name with a dash) was the province's own.
    let draft = extract_plan(ASSIGNED_BESIDE_THE_NATION_AND_OTHERS);
    let percent = |y: i32, v: f64| (Some(y), Comparator::Reach, v, MeasureUnit::Percent);
    assert_eq!(
        target_rows(&draft.plan),
        [percent(2022, 91.75), percent(2023, 92.5), percent(2024, 93.75), percent(2025, 95.0)]
    );
    let reason = |text: &str| draft.unused_numbers.iter().find(|u| u.text == text).map(|u| u.reason);
    assert_eq!(reason("95,15"), Some(UnusedReason::National));
    assert_eq!(reason("91,5"), Some(UnusedReason::Comparison));
    check_offsets(ASSIGNED_BESIDE_THE_NATION_AND_OTHERS, &draft);
}

/// A year's vaccination results, the objectives said kept high, then specified (bac_ninh_tiem_chung_2026's words, a
/// development text; the same text as the Python and JavaScript tests).
const OBJECTIVES_KEPT_HIGH_THEN_SPECIFIED: &str = "Bắc Ninh: Tỷ lệ tiêm chủng đầy đủ cho trẻ dưới 1 tuổi đạt 98,1%\nBẮC \
     NINH - Năm 2025, công tác tiêm chủng trên địa bàn tỉnh Bắc Ninh đạt nhiều kết quả tích cực, góp phần kiểm soát dịch \
     bệnh và bảo vệ sức khỏe cộng đồng.\nTỷ lệ trẻ dưới 1 tuổi được tiêm chủng đầy đủ đạt 98,1%, hoàn thành kế hoạch đề \
     ra. Các chỉ tiêu quan trọng trong Chương trình tiêm chủng mở rộng tiếp tục duy trì ở mức cao. Cụ thể, tỷ lệ tiêm \
     vắc - xin viêm gan B sơ sinh trong 24 giờ đầu đạt 90,5%; tiêm vắc - xin sởi - rubella cho trẻ trên 18 tháng đạt \
     95,3%; vắc - xin viêm não Nhật Bản mũi 2 đạt 95,5%...\n";

#[test]
fn objectives_kept_high_report_what_the_next_sentence_specifies() {
    // Regression: "Các chỉ tiêu ... tiếp tục duy trì ở mức cao" wanted, and the three rates "Cụ thể" gives were targets.
    let draft = extract_plan(OBJECTIVES_KEPT_HIGH_THEN_SPECIFIED);
    assert_eq!(observation_rows(&draft), [(90.5, Some(2025)), (95.3, Some(2025)), (95.5, Some(2025))]);
    assert!(draft.plan.targets.iter().all(|t| t.value > 98.0), "{:?}", target_rows(&draft.plan));
    check_offsets(OBJECTIVES_KEPT_HIGH_THEN_SPECIFIED, &draft);
}

/// Rates named after what someone will do to them (ho_chi_minh_dan_so and cao_bang_phat_trien_rung_2025's words,
/// development texts; the same text as the Python and JavaScript tests).
const RATES_AFTER_WHAT_IS_DONE_TO_THEM: &str = "Thành phố sẽ duy trì tỷ số giới tính khi sinh từ 103 đến 107 bé \
     trai/100 bé gái.\nPhấn đấu nâng tỷ lệ che phủ rừng đạt 60% vào năm 2025.\n";

#[test]
fn a_rate_is_named_by_its_own_words_not_by_what_is_done_to_it() {
    // Regression: the sex ratio was named "Thành phố sẽ duy trì tỷ số ..." with the id
    // "thanh_pho_se_duy_tri_so_gioi_tinh_khi_sinh" ("tỷ" of "tỷ số" dropped), and forest cover "nang_che_phu_rung".
    let plan = extract_plan(RATES_AFTER_WHAT_IS_DONE_TO_THEM).plan;
    let names: Vec<(&str, &str)> = plan.indicators.iter().map(|i| (i.id.as_str(), i.name_vi.as_str())).collect();
    assert_eq!(
        names,
        [("ty_so_gioi_tinh_khi_sinh", "tỷ số giới tính khi sinh"), ("che_phu_rung", "tỷ lệ che phủ rừng")]
    );
}

/// An indicator's line, then a line for each tier (quang_binh's words, a development text, its table's cells joined to
/// their rows; the same text as the Python and JavaScript tests).
const A_LINE_FOR_EACH_TIER: &str =
    "Năm 2025:\n- Tỷ lệ văn bản, hồ sơ công việc được xử lý trên môi trường mạng tại cơ \
     quan:\n+ Cấp tỉnh: 97%\n+ Cấp huyện: 92%\n+ Cấp xã: 80%\n";

#[test]
fn lines_of_tiers_measure_what_the_line_above_them_names() {
    // Regression: "+ Cấp tỉnh: 97%" named nothing ("indicator_percent"); the line above names work files.
    let draft = extract_plan(A_LINE_FOR_EACH_TIER);
    let rows: Vec<(Option<Tier>, f64, &str)> =
        draft.plan.targets.iter().map(|t| (t.tier, t.value, t.indicator.as_str())).collect();
    assert_eq!(
        rows,
        [
            (Some(Tier::Province), 97.0, "work_files_online"),
            (Some(Tier::District), 92.0, "work_files_online"),
            (Some(Tier::Commune), 80.0, "work_files_online")
        ]
    );
    check_offsets(A_LINE_FOR_EACH_TIER, &draft);
}

/// Hồ Chí Minh City's plan named as "TP.HCM", beside other provinces' figures, one of them with a dash in its name.
const OTHER_SPELLINGS_OF_PROVINCES: &str = "Năm 2025, TP.HCM phấn đấu tỷ lệ bao phủ bảo hiểm y tế đạt 95%; tỷ lệ năm \
     2025 của thành phố Hà Nội là 95,66%, tỉnh Thừa Thiên - Huế 95,5%, tỉnh Bắc Giang 93,5%.\n";

#[test]
fn a_province_is_known_however_its_name_is_spelt() {
    // Regression: "TP.HCM" was a provincial city named "HCM", and "tỉnh Thừa Thiên - Huế 95,5%" (a name with a dash)
    // was the plan's own target.
    let draft = extract_plan(OTHER_SPELLINGS_OF_PROVINCES);
    let j = &draft.plan.jurisdiction;
    assert_eq!((j.id.as_str(), j.name.as_str(), j.kind), ("ho_chi_minh", "Hồ Chí Minh", UnitKind::CentrallyRunCity));
    assert_eq!(target_rows(&draft.plan), [(Some(2025), Comparator::Reach, 95.0, MeasureUnit::Percent)]);
    let reason = |text: &str| draft.unused_numbers.iter().find(|u| u.text == text).map(|u| u.reason);
    assert_eq!(reason("95,5"), Some(UnusedReason::Comparison));
    check_offsets(OTHER_SPELLINGS_OF_PROVINCES, &draft);
}

/// A later year after a comma and "hướng tới", with a figure of its own (ho_chi_minh_dai_hoi_2020's and
/// quang_tri_giam_ngheo_2030's words, development texts; the same text as the Python and JavaScript tests).
const A_LATER_YEAR_AIMED_AT: &str = "Đến năm 2025, tổng tỷ suất sinh đạt 1,4 con/phụ nữ (hướng tới 2030: 1,6 con/phụ \
     nữ); tỷ lệ hộ nghèo dưới 3%, hướng tới 2030 dưới 1%.\n";

#[test]
fn a_later_year_aimed_at_dates_its_own_figure_only() {
    // Regression: "hướng tới 2030" dated nothing (1,6 was of 2025, named "huong"), and a year opening the next part of
    // a clause after a comma dated the figure before it (the 3% was of 2030).
    let draft = extract_plan(A_LATER_YEAR_AIMED_AT);
    let rows: Vec<_> = draft.plan.targets.iter().map(|t| (t.year, t.comparator, t.value)).collect();
    assert_eq!(
        rows,
        [
            (Some(2025), Comparator::Reach, 1.4),
            (Some(2030), Comparator::Reach, 1.6),
            (Some(2025), Comparator::LessThan, 3.0),
            (Some(2030), Comparator::LessThan, 1.0)
        ]
    );
    let indicators: Vec<&str> = draft.plan.targets.iter().map(|t| t.indicator.as_str()).collect();
    assert_eq!((indicators[0], indicators[2]), (indicators[1], indicators[3]));
    check_offsets(A_LATER_YEAR_AIMED_AT, &draft);
}

/// A floor closed by its "trở lên", then a figure that names what it is of (kon_tum_giao_duc_dan_toc_thieu_so_2025's
/// words, a development text; the same text as the Python and JavaScript tests).
const A_CLOSED_FLOOR_THEN_ANOTHER_FIGURE: &str = "Đến năm 2025, 99,8% học sinh có hạnh kiểm từ trung bình trở lên, \
     trong đó hạnh kiểm tốt, khá từ 92% trở lên và 95% học sinh có học lực từ trung bình trở lên; tỷ lệ hồ sơ công việc \
     được xử lý trên môi trường mạng từ 90% trở lên ở cấp tỉnh, 80% ở cấp huyện.\n";

#[test]
fn a_floor_closed_by_its_or_more_is_not_carried_to_a_figure_of_other_things() {
    // Regression: the 95% of pupils took the floor of "từ 92% trở lên" before it; the tiers' 80% still takes its 90%'s.
    let draft = extract_plan(A_CLOSED_FLOOR_THEN_ANOTHER_FIGURE);
    let rows: Vec<_> = draft.plan.targets.iter().map(|t| (t.value, t.comparator, t.tier)).collect();
    assert_eq!(
        rows,
        [
            (99.8, Comparator::Reach, None),
            (92.0, Comparator::AtLeast, None),
            (95.0, Comparator::Reach, None),
            (90.0, Comparator::AtLeast, Some(Tier::Province)),
            (80.0, Comparator::AtLeast, Some(Tier::District))
        ]
    );
    check_offsets(A_CLOSED_FLOOR_THEN_ANOTHER_FIGURE, &draft);
}

/// Nouns written as one with a comma or "và" between, in a list of figures (tuyen_quang_kinh_te_so_2025's words, a
/// development text; the same text as the Python and JavaScript tests).
const NOUNS_JOINED_IN_A_LIST: &str = "Đến năm 2025, năng suất lao động tăng bình quân từ 5%/năm, tỷ trọng kinh tế số \
     trong từng ngành, lĩnh vực đạt 7% trở lên, tỷ lệ doanh nghiệp nhỏ và vừa sử dụng nền tảng số đạt 50%.\n";

#[test]
fn nouns_joined_by_a_comma_or_and_part_no_list() {
    // Regression: "ngành, lĩnh vực" and "nhỏ và vừa" parted the list, so the 7% was quoted from "lĩnh vực" and the
    // 50% from "vừa".
    let draft = extract_plan(NOUNS_JOINED_IN_A_LIST);
    let rows: Vec<_> = draft.plan.targets.iter().map(|t| (t.value, t.indicator.as_str(), t.quote.as_str())).collect();
    assert_eq!(
        rows[1..],
        [
            (7.0, "digital_economy_share_sectors", "tỷ trọng kinh tế số trong từng ngành, lĩnh vực đạt 7% trở lên"),
            (50.0, "sme_digital_platforms", "tỷ lệ doanh nghiệp nhỏ và vừa sử dụng nền tảng số đạt 50%")
        ]
    );
    check_offsets(NOUNS_JOINED_IN_A_LIST, &draft);
}

/// Two age groups of one rate (dien_bien_xoa_mu_chu_2020's words, a development text; the same text as the Python and
/// JavaScript tests).
const TWO_AGE_GROUPS: &str = "Đến năm 2020, tỷ lệ người biết chữ độ tuổi 15-60 đạt 99,5%, tỷ lệ người biết chữ độ \
     tuổi 15 - 35 đạt 100%.\n";

#[test]
fn an_age_group_names_its_indicator() {
    // Regression: a name dropped its digits, so the rates of two age groups were one indicator, the second a duplicate.
    let draft = extract_plan(TWO_AGE_GROUPS);
    let ids: Vec<&str> = draft.plan.targets.iter().map(|t| t.indicator.as_str()).collect();
    assert_eq!(ids, ["nguoi_biet_chu_do_tuoi_15_60", "nguoi_biet_chu_do_tuoi_15_35"]);
    assert!(draft.targets.iter().all(|d| !d.reasons.iter().any(|r| matches!(r, Uncertainty::Duplicate { .. }))));
    check_offsets(TWO_AGE_GROUPS, &draft);
}

/// Units of a level counted, beside a rate of that level (phu_yen_nong_thon_moi_2025's words, a development text; the
/// same text as the Python and JavaScript tests).
const UNITS_OF_A_LEVEL_COUNTED: &str =
    "Đến năm 2025, phấn đấu có từ 3 đến 4 đơn vị cấp huyện đạt chuẩn nông thôn mới; \
     90% hồ sơ công việc cấp huyện được xử lý trên môi trường mạng.\n";

#[test]
fn units_of_a_level_counted_are_at_no_tier() {
    // Regression: "4 đơn vị cấp huyện" (districts counted, the province's target) was a target of the district tier.
    let draft = extract_plan(UNITS_OF_A_LEVEL_COUNTED);
    let rows: Vec<_> = draft.plan.targets.iter().map(|t| (t.value, t.tier)).collect();
    assert_eq!(rows, [(4.0, None), (90.0, Some(Tier::District))]);
    check_offsets(UNITS_OF_A_LEVEL_COUNTED, &draft);
}

/// A multiple per a unit of what grows (phu_yen_lam_nghiep_2030's words, a development text; the same text as the
/// Python and JavaScript tests).
const A_MULTIPLE_PER_A_UNIT: &str = "Đến năm 2030, năng suất rừng trồng tăng 2 lần/đơn vị diện tích so với năm 2020; \
     khám sức khỏe định kỳ ít nhất 1 lần/năm.\n";

#[test]
fn a_multiple_per_a_unit_is_a_rise_and_a_frequency_is_not() {
    // Regression: "tăng 2 lần/đơn vị diện tích" was read as a frequency and dropped.
    let draft = extract_plan(A_MULTIPLE_PER_A_UNIT);
    assert_eq!(target_rows(&draft.plan), [(Some(2030), Comparator::Reach, 100.0, MeasureUnit::PercentIncrease)]);
    check_offsets(A_MULTIPLE_PER_A_UNIT, &draft);
}

/// A province described, then its target (lang_son_dan_toc_thieu_so_2025's words, a development text; the same text as
/// the Python and JavaScript tests).
const A_PROVINCE_DESCRIBED: &str =
    "Lạng Sơn là tỉnh miền núi biên giới, phía Đông Bắc Tổ quốc, hơn 83% cư dân là đồng \
     bào dân tộc thiểu số. Đến năm 2025, tỷ lệ hộ nghèo vùng đồng bào dân tộc thiểu số còn dưới 10%.\n";

#[test]
fn a_province_described_is_a_report_not_a_target() {
    // Regression: "hơn 83% cư dân là đồng bào dân tộc thiểu số" of "Lạng Sơn là tỉnh miền núi" was a target.
    let draft = extract_plan(A_PROVINCE_DESCRIBED);
    assert_eq!(target_rows(&draft.plan), [(Some(2025), Comparator::LessThan, 10.0, MeasureUnit::Percent)]);
    assert_eq!(observation_rows(&draft), [(83.0, None)]);
    check_offsets(A_PROVINCE_DESCRIBED, &draft);
}

/// Things set to reach and what they come with, beside what a Party body has (binh_duong_du_lich_2030's words, a
/// development text; the same text as the Python and JavaScript tests).
const WHAT_THINGS_COME_WITH: &str = "Đảng bộ phường có 74 tổ chức Đảng với 5.067 đảng viên. Đến năm 2030, có 60 cơ sở \
     khách sạn được xếp hạng sao với 8.000 phòng lưu trú.\n";

#[test]
fn what_things_set_to_reach_come_with_is_set_too() {
    // Regression: "với 8.000 phòng lưu trú" after "có 60 cơ sở khách sạn" had no verb of its own and was left unused.
    let draft = extract_plan(WHAT_THINGS_COME_WITH);
    let count = |v: f64| (Some(2030), Comparator::Reach, v, MeasureUnit::Count);
    assert_eq!(target_rows(&draft.plan), [count(60.0), count(8000.0)]);
    assert_eq!(draft.plan.targets[1].quote, "với 8.000 phòng lưu trú");
    check_offsets(WHAT_THINGS_COME_WITH, &draft);
}

/// A figure compared with the level of a year in brackets (the same text as the Python and JavaScript tests).
const COMPARED_WITH_A_YEARS_LEVEL: &str =
    "Đến năm 2030, có 60 khách sạn; kinh tế số đạt tối thiểu 35% GRDP (so với 20% năm 2025).\n";

#[test]
fn the_year_of_a_level_compared_with_dates_nothing() {
    // Regression: "(so với 20% năm 2025)" dated the 35% before it 2025.
    let draft = extract_plan(COMPARED_WITH_A_YEARS_LEVEL);
    let rows = target_rows(&draft.plan);
    assert_eq!(rows[1..], [(Some(2030), Comparator::AtLeast, 35.0, MeasureUnit::PercentOfGrdp)]);
    check_offsets(COMPARED_WITH_A_YEARS_LEVEL, &draft);
}

/// What there is, in a paragraph after one of a year's aims (binh_thuan_chuyen_doi_so_2025's words, a development text;
/// the same text as the Python and JavaScript tests).
const WHAT_THERE_IS_AFTER_AN_AIM: &str =
    "Năm 2025, tỉnh phấn đấu 90% hồ sơ công việc được xử lý trên môi trường mạng.\n\
     Đối với chính quyền số, có 100% thủ tục hành chính đủ điều kiện đã được cung cấp trực tuyến toàn trình.\n";

#[test]
fn what_there_is_is_reported_by_the_words_after_it() {
    // Regression: "có 100% thủ tục hành chính ... đã được cung cấp" was a target of 2025, the year of the line before.
    let draft = extract_plan(WHAT_THERE_IS_AFTER_AN_AIM);
    assert_eq!(target_rows(&draft.plan), [(Some(2025), Comparator::Reach, 90.0, MeasureUnit::Percent)]);
    assert_eq!(observation_rows(&draft), [(100.0, Some(2025))]);
    check_offsets(WHAT_THERE_IS_AFTER_AN_AIM, &draft);
}

/// Indicators of the national programme beside others that share their words (ca_mau's words, a development text, and
/// phrases of the national programme; the same text as the Python and JavaScript tests).
const INDICATORS_THAT_SHARE_WORDS: &str = "Đến năm 2025:\n- Số lượng doanh nghiệp công nghệ số đạt 10 doanh nghiệp.\n\
     - Tỷ lệ dân số trưởng thành có tài khoản định danh điện tử đạt 90%.\n\
     - Tỷ lệ dân số trưởng thành có điện thoại thông minh đạt 95%.\n";

#[test]
fn an_indicator_is_known_only_by_what_it_is_of() {
    // Regression: a count of digital technology firms was `world_class_digital_firms` (firms on a par with advanced
    // countries'), and adults' electronic identity accounts `adults_with_smartphone`.
    let draft = extract_plan(INDICATORS_THAT_SHARE_WORDS);
    let ids: Vec<&str> = draft.plan.targets.iter().map(|t| t.indicator.as_str()).collect();
    assert_eq!(
        ids,
        [
            "so_luong_doanh_nghiep_cong_nghe_so",
            "dan_so_truong_thanh_tai_khoan_dinh_danh_dien_tu",
            "adults_with_smartphone"
        ]
    );
    check_offsets(INDICATORS_THAT_SHARE_WORDS, &draft);
}

/// Multiples said in words (da_nang_ha_tang_so_2027's words, a development text; the same text as the Python and
/// JavaScript tests).
const MULTIPLES_IN_WORDS: &str = "Đến năm 2030, doanh thu du lịch tăng gấp đôi; thu nhập bình quân đầu người tăng gấp \
     rưỡi; chuyển đổi số đạt 80%.\n";

#[test]
fn a_multiple_said_in_words_is_an_increase() {
    // Regression: "tăng gấp đôi" (twice) and "tăng gấp rưỡi" (one and a half times) were not read.
    let draft = extract_plan(MULTIPLES_IN_WORDS);
    let increase = |v: f64| (Some(2030), Comparator::Reach, v, MeasureUnit::PercentIncrease);
    let rows = target_rows(&draft.plan);
    assert_eq!(rows[..2], [increase(100.0), increase(50.0)]);
    assert_eq!(draft.plan.targets[0].quote, "Đến năm 2030, doanh thu du lịch tăng gấp đôi");
    check_offsets(MULTIPLES_IN_WORDS, &draft);
    // Regression: the year after it, the level's it is twice, dated it ("gấp đôi năm 2025").
    let draft = extract_plan("Đến năm 2030:\n- Quy mô nền kinh tế gấp đôi năm 2025.\n- Thu nhập đạt 100 triệu đồng.\n");
    assert_eq!(target_rows(&draft.plan)[..1], [increase(100.0)]);
}

/// A change that names what changes before its base year, after another figure of its line (da_nang_ha_tang_so_2027's
/// words, a development text; the same text as the Python and JavaScript tests).
const A_CHANGE_THAT_NAMES_ITS_SUBJECT: &str = "Giai đoạn 2025 - 2027, phấn đấu số trạm 5G đạt tối thiểu 50% so với số \
     trạm 4G; tăng gấp đôi tốc độ tải xuống trung bình của mạng di động so với năm 2024.\n";

#[test]
fn a_change_that_names_what_changes_is_a_target() {
    // Regression: "tăng gấp đôi tốc độ tải xuống ... so với năm 2024" after "50%" was read as that figure's change.
    let draft = extract_plan(A_CHANGE_THAT_NAMES_ITS_SUBJECT);
    let rows = target_rows(&draft.plan);
    assert_eq!(rows[1..], [(Some(2027), Comparator::Reach, 100.0, MeasureUnit::PercentIncrease)]);
    check_offsets(A_CHANGE_THAT_NAMES_ITS_SUBJECT, &draft);
}

/// A new commune's first congress: its term past's results, then its objectives (a text written for the test, as such
/// resolutions are worded; the same text as the Python and JavaScript tests).
const A_NEW_COMMUNES_CONGRESS: &str =
    "NGHỊ QUYẾT Đại hội Đại biểu Đảng bộ xã Tân Phú lần thứ I, nhiệm kỳ 2025 - 2030\n\n\
     Nhiệm kỳ 2020 - 2025, thu nhập bình quân đầu người đạt 60 triệu đồng; tỷ lệ hộ nghèo còn 2%.\n\n\
     Các chỉ tiêu chủ yếu:\n- Thu nhập bình quân đầu người đạt 95 triệu đồng.\n\
     - Tỷ lệ hộ nghèo giảm bình quân 0,5%/năm.\n";

#[test]
fn a_congress_s_objectives_are_of_its_term_and_its_term_past_reports() {
    // Regression: the resolution was untitled, and the year of "Nhiệm kỳ 2020 - 2025, ..." held past "Các chỉ tiêu chủ
    // yếu:", so that the term's objectives were drafted as results of 2025.
    let draft = extract_plan(A_NEW_COMMUNES_CONGRESS);
    assert!(draft.plan.document.title.starts_with("NGHỊ QUYẾT Đại hội"));
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2030), Comparator::Reach, 95e6, MeasureUnit::Dong),
            (Some(2030), Comparator::Reach, 0.5, MeasureUnit::PercentPerYear)
        ]
    );
    assert_eq!(observation_rows(&draft), [(60e6, Some(2025)), (2.0, Some(2025))]);
    check_offsets(A_NEW_COMMUNES_CONGRESS, &draft);
}

/// Figures that name only their tier, after a list's name or a ";" (a text written for the test, as provinces' plans of
/// 2026 word them; the same text as the Python and JavaScript tests).
const FIGURES_OF_TIERS_ALONE: &str = "Năm 2026:\n- Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng: cấp tỉnh đạt \
     100%, cấp xã đạt 95%.\n- Tỷ lệ văn bản đi được ký số đạt tối thiểu 98% đối với cơ quan cấp tỉnh; 95% đối với Ủy ban \
     nhân dân cấp xã.\n";

#[test]
fn a_figure_naming_only_its_tier_measures_what_its_list_names() {
    // Regression: "cấp tỉnh đạt 100%" after its list's name took a name of the title's words, and "95% đối với Ủy ban
    // nhân dân cấp xã" after a ";" was `meetings_via_online_system`.
    let draft = extract_plan(FIGURES_OF_TIERS_ALONE);
    let ids: Vec<(&str, Option<Tier>)> = draft.plan.targets.iter().map(|t| (t.indicator.as_str(), t.tier)).collect();
    let signed = "outgoing_documents_digitally_signed";
    assert_eq!(
        ids,
        [
            ("work_files_online", Some(Tier::Province)),
            ("work_files_online", Some(Tier::Commune)),
            (signed, Some(Tier::Province)),
            (signed, Some(Tier::Commune))
        ]
    );
    check_offsets(FIGURES_OF_TIERS_ALONE, &draft);
}

/// A ward's review of 2025 and plan for 2026 (a text written for the test, as the wards formed on 1 July 2025 word them;
/// the same text as the Python and JavaScript tests).
const A_WARDS_PLAN: &str = "Phường Bến Thành tổng kết năm 2025, triển khai nhiệm vụ năm 2026\n\nNăm 2025, thu ngân \
     sách trên địa bàn phường ước thực hiện 1.250 tỷ đồng. Năm 2026, phường Bến Thành phấn đấu thu ngân sách đạt 1.400 tỷ \
     đồng.\n";

#[test]
fn a_ward_is_the_plans_unit() {
    // Regression: a ward's text had no unit ("(not found)"); the communes, wards and special zones are the tier below the
    // province since 1 July 2025.
    let draft = extract_plan(A_WARDS_PLAN);
    let j = &draft.plan.jurisdiction;
    assert_eq!(
        (j.id.as_str(), j.name.as_str(), j.kind, j.level),
        ("phuong_ben_thanh", "phường Bến Thành", UnitKind::Ward, Level::Commune)
    );
    assert_eq!(target_rows(&draft.plan), [(Some(2026), Comparator::Reach, 1.4e12, MeasureUnit::Dong)]);
    check_offsets(A_WARDS_PLAN, &draft);
}

/// What a plan lets not exceed (a text written for the test, as a commune's plan words it; the same text as the Python
/// and JavaScript tests).
const LET_NOT_EXCEED: &str =
    "Đến năm 2026:\n- Không để tỷ lệ hộ nghèo vượt quá 0,5%.\n- Tỷ lệ hồ sơ trễ hạn không quá 2%.\n";

#[test]
fn what_a_plan_lets_not_exceed_is_at_most() {
    // Regression: "Không để tỷ lệ hộ nghèo vượt quá 0,5%" was reach 0.5, named `khong_de_ho_ngheo_vuot_qua`.
    let draft = extract_plan(LET_NOT_EXCEED);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2026), Comparator::AtMost, 0.5, MeasureUnit::Percent),
            (Some(2026), Comparator::AtMost, 2.0, MeasureUnit::Percent)
        ]
    );
    let names: Vec<&str> = draft.plan.indicators.iter().map(|i| i.name_vi.as_str()).collect();
    assert_eq!(names, ["tỷ lệ hộ nghèo", "Tỷ lệ hồ sơ trễ hạn"]);
    check_offsets(LET_NOT_EXCEED, &draft);
}

/// A multiple said in words, in a sentence its year opens (a text written for the test; the same text as the Python and
/// JavaScript tests).
const A_MULTIPLE_IN_WORDS_ALONE: &str = "Đến năm 2030, doanh thu du lịch tăng gấp đôi.\n";

#[test]
fn a_sentence_whose_figure_is_a_multiple_in_words_is_no_heading() {
    // Regression: the sentence was read as a heading of 2030 (its only figure said in words), and drafted nothing.
    let draft = extract_plan(A_MULTIPLE_IN_WORDS_ALONE);
    assert_eq!(target_rows(&draft.plan), [(Some(2030), Comparator::Reach, 100.0, MeasureUnit::PercentIncrease)]);
    assert_eq!(draft.plan.targets[0].indicator, "doanh_thu_du_lich_tang");
    check_offsets(A_MULTIPLE_IN_WORDS_ALONE, &draft);
}

/// A change against a year and counts of star ratings (huyen_long_dien_ba_ria_vung_tau_2025, tuyen_quang_du_lich_2030,
/// soc_trang_giam_ngheo_2021; development texts; the same text as the Python and JavaScript tests).
const CHANGES_AND_STARS: &str = "Năm 2026, phấn đấu doanh thu thương mại tăng 5,7% so với năm 2025.\nĐến năm 2030, có \
                                 trên 180 khách sạn đạt tiêu chuẩn từ 1 sao trở lên, trong đó có ít nhất 20 khách sạn \
                                 đạt tiêu chuẩn 3 - 5 sao.\n";

#[test]
fn an_indicator_is_named_by_what_it_measures_not_by_its_comparison_or_connector() {
    // Regression: the change was `indicator_percent_increase` (named by "so với năm 2025"); the hotels of 1
    // star and of 3 to 5 stars had one id, `khach_san_tieu_chuan_sao`, the second a duplicate; "trong đó" opened ids
    // as "do_".
    let draft = extract_plan(CHANGES_AND_STARS);
    let ids: Vec<&str> = draft.plan.targets.iter().map(|t| t.indicator.as_str()).collect();
    assert_eq!(ids, ["doanh_thu_thuong_mai_tang", "khach_san_tieu_chuan_1_sao", "khach_san_tieu_chuan_3_5_sao"]);
    let names: Vec<&str> = draft.plan.indicators.iter().map(|i| i.name_vi.as_str()).collect();
    assert_eq!(
        names,
        ["doanh thu thương mại tăng", "khách sạn đạt tiêu chuẩn từ 1 sao", "khách sạn đạt tiêu chuẩn 3-5 sao"]
    );
    check_offsets(CHANGES_AND_STARS, &draft);
}

/// Satisfaction with health services beside satisfaction with administrative procedures (a text written for the test;
/// the same text as the Python and JavaScript tests).
const SATISFIED_WITH_HEALTH: &str =
    "Năm 2026, tỷ lệ người dân hài lòng với dịch vụ y tế đạt trên 90%; tỷ lệ người dân, \
                                     doanh nghiệp hài lòng về việc giải quyết thủ tục hành chính đạt 95%.\n";

#[test]
fn satisfaction_with_health_services_is_not_with_administrative_procedures() {
    // Regression: both figures were `satisfaction_admin_procedures`, the first through the words they share.
    let draft = extract_plan(SATISFIED_WITH_HEALTH);
    let ids: Vec<&str> = draft.plan.targets.iter().map(|t| t.indicator.as_str()).collect();
    assert_eq!(ids, ["nguoi_dan_hai_long_dich_vu_y_te", "satisfaction_admin_procedures"]);
    check_offsets(SATISFIED_WITH_HEALTH, &draft);
}

/// A year's figure and the objective of a later year (a text written for the test; the same text as the Python and
/// JavaScript tests).
const AN_OBJECTIVE_AFTER_A_FIGURE: &str = "Tỷ lệ che phủ rừng năm 2025 đạt 52%, mục tiêu đến năm 2030 là 55%.\n";

#[test]
fn the_objective_of_a_later_year_measures_what_the_figure_before_it_does() {
    // Regression: "mục tiêu đến năm 2030 là 55%" was `indicator_percent`, a name of no words.
    let draft = extract_plan(AN_OBJECTIVE_AFTER_A_FIGURE);
    let rows: Vec<(&str, Option<i32>)> = draft.plan.targets.iter().map(|t| (t.indicator.as_str(), t.year)).collect();
    assert_eq!(rows, [("che_phu_rung", Some(2025)), ("che_phu_rung", Some(2030))]);
    check_offsets(AN_OBJECTIVE_AFTER_A_FIGURE, &draft);
}

/// A province's plan for 2026 that reviews 2025 under its own heading (a text written for the test, as the provinces
/// formed on 1 July 2025 word theirs; the same text as the Python and JavaScript tests).
const A_REVIEW_THEN_THE_YEARS_OBJECTIVES: &str = "KẾ HOẠCH\nChuyển đổi số tỉnh Tây Ninh năm 2026\n\nII. KẾT QUẢ NĂM \
     2025\nNăm 2025, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến đạt 72,5%; kinh tế số ước chiếm 14,2% \
     GRDP.\n\nIII. CHỈ TIÊU CHỦ YẾU NĂM 2026\na) Kinh tế số chiếm tối thiểu 16% GRDP.\nb) Phấn đấu có thêm 50 doanh \
     nghiệp khoa học và công nghệ.\n";

#[test]
fn the_objectives_a_heading_dates_after_a_review_are_targets() {
    // Regression: "Kinh tế số chiếm tối thiểu 16% GRDP" under "III. CHỈ TIÊU CHỦ YẾU NĂM 2026" was an observation of
    // 2025, for it came before the first wanted figure after the reviewed year.
    let draft = extract_plan(A_REVIEW_THEN_THE_YEARS_OBJECTIVES);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2026), Comparator::AtLeast, 16.0, MeasureUnit::PercentOfGrdp),
            (Some(2026), Comparator::Reach, 50.0, MeasureUnit::Count)
        ]
    );
    assert_eq!(observation_rows(&draft), [(72.5, Some(2025)), (14.2, Some(2025))]);
    check_offsets(A_REVIEW_THEN_THE_YEARS_OBJECTIVES, &draft);
    // A line opening with the year its results heading states goes on reporting it (it was a target of 2025).
    let draft = extract_plan("KẾT QUẢ NĂM 2025\nNăm 2025, tỷ lệ hồ sơ đạt 72,5%.\n");
    assert!(draft.plan.targets.is_empty());
    assert_eq!(observation_rows(&draft), [(72.5, Some(2025))]);
}

/// Tiers a list names after a colon, each reached at least (a text written for the test, as the provinces formed on 1
/// July 2025 word their plans; the same text as the Python and JavaScript tests).
const TIERS_REACHING_AT_LEAST: &str = "Năm 2026:\n- Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực \
                                       tuyến: cấp tỉnh đạt tối thiểu 85%; cấp xã đạt tối thiểu 70%.\n";

#[test]
fn a_tier_reaching_at_least_measures_what_its_list_names() {
    // Regression: "cấp tỉnh đạt tối thiểu 85%" kept "đạt" among its words, which then named more than the tier: both
    // figures were `indicator_percent`.
    let draft = extract_plan(TIERS_REACHING_AT_LEAST);
    let ids: Vec<(&str, Option<Tier>)> = draft.plan.targets.iter().map(|t| (t.indicator.as_str(), t.tier)).collect();
    let online = "admin_records_fully_online";
    assert_eq!(ids, [(online, Some(Tier::Province)), (online, Some(Tier::Commune))]);
    assert!(draft.plan.targets.iter().all(|t| t.comparator == Comparator::AtLeast));
    check_offsets(TIERS_REACHING_AT_LEAST, &draft);
}

/// A commune council's resolution that names its commune only in its header (a text written for the test, as the
/// communes formed on 1 July 2025 word theirs; the same text as the Python and JavaScript tests).
const A_COMMUNE_COUNCILS_RESOLUTION: &str = "HỘI ĐỒNG NHÂN DÂN XÃ PHÚ HÒA\nSố: 05/NQ-HĐND\n\nNGHỊ QUYẾT\nVề kế hoạch \
                                             phát triển kinh tế - xã hội năm 2026\n1. Thu nhập bình quân đầu người \
                                             đạt 72 triệu đồng/người/năm.\n";

#[test]
fn a_commune_named_only_by_its_issuer_is_the_plans_unit() {
    // Regression: the unit was "(not found)": the issuer's own words were left out of the count, and only a province's
    // issuer was read apart.
    let draft = extract_plan(A_COMMUNE_COUNCILS_RESOLUTION);
    let j = &draft.plan.jurisdiction;
    assert_eq!((j.id.as_str(), j.name.as_str(), j.level), ("xa_phu_hoa", "xã Phú Hòa", Level::Commune));
    assert_eq!(target_rows(&draft.plan), [(Some(2026), Comparator::Reach, 72e6, MeasureUnit::Dong)]);
    check_offsets(A_COMMUNE_COUNCILS_RESOLUTION, &draft);
}

/// Records resolved on time beside payments online (a text written for the test, as a commune's council resolution
/// words them; the same text as the Python and JavaScript tests).
const ON_TIME_AND_ONLINE: &str =
    "Năm 2026: tỷ lệ hồ sơ giải quyết đúng hạn đạt 100%; tỷ lệ hồ sơ giải quyết trực tuyến \
                                  đạt 80%.\n";

#[test]
fn records_resolved_on_time_are_not_records_resolved_online() {
    // Regression: "Tỷ lệ hồ sơ giải quyết đúng hạn" was `online_resolved_dossiers`, through the words the two share.
    let draft = extract_plan(ON_TIME_AND_ONLINE);
    let ids: Vec<&str> = draft.plan.targets.iter().map(|t| t.indicator.as_str()).collect();
    assert_eq!(ids, ["records_resolved_on_time", "online_resolved_dossiers"]);
    check_offsets(ON_TIME_AND_ONLINE, &draft);
}

/// A change and the level it leaves, in brackets (nong_cong_thanh_hoa, a development text; the same text as the Python
/// and JavaScript tests).
const WHAT_REMAINS: &str = "Năm 2026:\n- Tỷ lệ hộ nghèo giảm 0,5% (còn dưới 1,2%).\n";

#[test]
fn the_level_a_change_leaves_measures_what_the_change_does() {
    // Regression: "(còn dưới 1,2%)" was `indicator_percent`, named by no words.
    let draft = extract_plan(WHAT_REMAINS);
    let rows: Vec<(&str, Comparator, f64)> =
        draft.plan.targets.iter().map(|t| (t.indicator.as_str(), t.comparator, t.value)).collect();
    assert_eq!(rows, [("ho_ngheo", Comparator::Reach, 0.5), ("ho_ngheo_percent", Comparator::LessThan, 1.2)]);
    let names: Vec<(&str, MeasureUnit)> = draft.plan.indicators.iter().map(|i| (i.name_vi.as_str(), i.unit)).collect();
    assert_eq!(names, [("Tỷ lệ hộ nghèo", MeasureUnit::PercentReduction), ("Tỷ lệ hộ nghèo", MeasureUnit::Percent)]);
    check_offsets(WHAT_REMAINS, &draft);
}

/// A merged province's news naming its predecessor (a text written for the test, as the provinces formed on 1 July 2025
/// are written; the same text as the Python and JavaScript tests).
const A_MERGED_PROVINCE: &str =
    "Sau khi hợp nhất với tỉnh Long An, tỉnh Tây Ninh (mới) đặt mục tiêu đến năm 2030 kinh \
                                 tế số chiếm 20% GRDP.\nNăm 2025, tỉnh Long An (cũ) có 95% hồ sơ trực tuyến.\n";

#[test]
fn a_merged_province_is_the_plans_unit_not_its_predecessor() {
    // Regression: the unit was Long An, named as often as Tây Ninh and first.
    let draft = extract_plan(A_MERGED_PROVINCE);
    assert_eq!(draft.plan.jurisdiction.id, "tay_ninh");
    assert_eq!(target_rows(&draft.plan), [(Some(2030), Comparator::Reach, 20.0, MeasureUnit::PercentOfGrdp)]);
    check_offsets(A_MERGED_PROVINCE, &draft);
}

/// A commune congress's list with an item that sets a standard to reach by a year, and no figure (a text written for
/// the test, as the communes formed on 1 July 2025 word theirs; the same text as the Python and JavaScript tests).
const A_DEADLINE_OF_ITS_OWN: &str = "Đại hội đại biểu Đảng bộ xã Mỹ An lần thứ I, nhiệm kỳ 2025-2030 đề ra các chỉ \
                                     tiêu:\n- Thu nhập bình quân đầu người đến năm 2030 đạt 95 triệu đồng/người/năm.\n\
                                     - Phấn đấu đạt chuẩn xã nông thôn mới kiểu mẫu vào năm 2028.\n\
                                     - Tỷ lệ hộ sử dụng nước sạch đạt 100%.\n";

#[test]
fn the_deadline_of_an_item_without_a_figure_dates_no_item_after_it() {
    // Regression: the water supply of the term was a target of 2028, the deadline of the item before it.
    let draft = extract_plan(A_DEADLINE_OF_ITS_OWN);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2030), Comparator::Reach, 95_000_000.0, MeasureUnit::Dong),
            (Some(2030), Comparator::Reach, 100.0, MeasureUnit::Percent)
        ]
    );
    check_offsets(A_DEADLINE_OF_ITS_OWN, &draft);
}

/// A congress's targets, then the results of the term past in one sentence (a text written for the test, as the
/// provinces formed on 1 July 2025 word their congresses' resolutions; the same text as the Python and JavaScript
/// tests).
const A_TERMS_RESULTS: &str = "Các chỉ tiêu chủ yếu đến năm 2030:\n- Tỷ lệ đô thị hóa đạt 45%.\nKết quả nhiệm kỳ 2020 \
                               - 2025: tăng trưởng kinh tế bình quân đạt 6,8%/năm; tỷ lệ hộ nghèo còn 1,2%.\n";

#[test]
fn a_terms_results_are_observations_of_its_last_year() {
    // Regression: both results were targets of 2030.
    let draft = extract_plan(A_TERMS_RESULTS);
    assert_eq!(target_rows(&draft.plan), [(Some(2030), Comparator::Reach, 45.0, MeasureUnit::Percent)]);
    assert_eq!(observation_rows(&draft), [(6.8, Some(2025)), (1.2, Some(2025))]);
    check_offsets(A_TERMS_RESULTS, &draft);
}

/// Results after a term or a time past that a comma closes (nghia_an_ninh_giang_hai_duong_phu_nu,
/// huyen_nong_son_quang_nam_2023, development texts; the same text as the Python and JavaScript tests).
const A_TIME_PAST_OPENS: &str = "Nhiệm kỳ 2020 - 2025, tăng trưởng kinh tế bình quân đạt 6,8%/năm.\nTrong nhiệm kỳ \
                                 qua, thu nhập bình quân đầu người năm 2025 đạt 68 triệu đồng.\n";

#[test]
fn a_term_or_a_time_past_opening_a_sentence_names_nothing() {
    // Regression: the ids were `nhiem_ky_tang_truong_kinh_te_binh_quan` and
    // `nhiem_ky_qua_thu_nhap_binh_quan_dau_nguoi`.
    let draft = extract_plan(A_TIME_PAST_OPENS);
    let obs: Vec<_> = draft.observations.iter().map(|o| (o.indicator.as_str(), o.year, o.value)).collect();
    assert_eq!(
        obs,
        [
            ("tang_truong_kinh_te_binh_quan", Some(2025), 6.8),
            ("thu_nhap_binh_quan_dau_nguoi", Some(2025), 68_000_000.0)
        ]
    );
    check_offsets(A_TIME_PAST_OPENS, &draft);
}

/// A share of agencies at two tiers listed with a comma (a text written for the test, as the provinces formed on 1 July
/// 2025 word their plans for 2026; the same text as the Python and JavaScript tests).
const TIERS_LISTED: &str = "Chỉ tiêu năm 2026:\n- 100% cơ quan nhà nước cấp tỉnh, cấp xã sử dụng nền tảng họp trực \
                            tuyến.\n";

#[test]
fn what_a_share_of_two_tiers_measures_goes_on_after_them() {
    // Regression: named "cơ quan nhà nước cấp tỉnh" (cut at the comma), it was `agencies_open_data`; given its whole
    // phrase, `sme_digital_platforms`.
    let draft = extract_plan(TIERS_LISTED);
    let names: Vec<(&str, &str)> = draft.plan.indicators.iter().map(|i| (i.id.as_str(), i.name_vi.as_str())).collect();
    assert_eq!(
        names,
        [(
            "co_quan_nha_nuoc_su_dung_nen_tang_hop_truc_tuyen",
            "tỷ lệ cơ quan nhà nước sử dụng nền tảng họp trực tuyến"
        )]
    );
    check_offsets(TIERS_LISTED, &draft);
}

/// A table of a plan for 2026 to 2030 with its cells separated by tabs and a unit column (a text written for the test;
/// the same text as the Python and JavaScript tests).
const A_SHARE_OF_GRDP_IN_A_TABLE: &str = "STT\tChỉ tiêu\tĐơn vị\tNăm 2026\tNăm 2030\n1\tTỷ trọng kinh tế số trong \
                                          GRDP\t%\t12\t25\n2\tTỷ lệ hộ gia đình có cáp quang\t%\t85\t100\n";

#[test]
fn a_tables_percentage_in_a_row_naming_grdp_is_a_share_of_it() {
    // Regression: the row was the digital economy's share in each sector (`digital_economy_share_sectors`), in percent.
    let draft = extract_plan(A_SHARE_OF_GRDP_IN_A_TABLE);
    let rows: Vec<(&str, Option<i32>, f64)> =
        draft.plan.targets.iter().map(|t| (t.indicator.as_str(), t.year, t.value)).collect();
    assert_eq!(
        rows,
        [
            ("digital_economy_share_grdp", Some(2026), 12.0),
            ("digital_economy_share_grdp", Some(2030), 25.0),
            ("households_fibre_broadband", Some(2026), 85.0),
            ("households_fibre_broadband", Some(2030), 100.0)
        ]
    );
    assert_eq!(draft.plan.indicators.first().map(|i| i.unit), Some(MeasureUnit::PercentOfGrdp));
    check_offsets(A_SHARE_OF_GRDP_IN_A_TABLE, &draft);
}

/// A commune's items that reach a share of the quota assigned (a text written for the test, as the communes formed on 1
/// July 2025 word their plans; the same text as the Python and JavaScript tests).
const THE_QUOTA_ASSIGNED: &str =
    "Năm 2026, toàn xã phấn đấu:\n- Tuyển quân đạt 100% chỉ tiêu trên giao.\n- Hoàn thành \
                                  100% chỉ tiêu được giao.\n";

#[test]
fn a_share_of_the_quota_assigned_is_named_by_what_reaches_it() {
    // Regression: both were `giao`, "tỷ lệ giao".
    let draft = extract_plan(THE_QUOTA_ASSIGNED);
    let names: Vec<(&str, &str)> = draft.plan.indicators.iter().map(|i| (i.id.as_str(), i.name_vi.as_str())).collect();
    assert_eq!(names, [("tuyen_quan", "Tuyển quân"), ("hoan_thanh_chi_tieu_giao", "Hoàn thành chỉ tiêu được giao")]);
    check_offsets(THE_QUOTA_ASSIGNED, &draft);
}

/// Shares of a whole named after them (a text written for the test, as the provinces formed on 1 July 2025 word their
/// plans; the same text as the Python and JavaScript tests).
const SHARES_OF_A_WHOLE: &str = "Chỉ tiêu đến năm 2030:\n- Phủ sóng 5G đến 60% dân số.\n- Kết nạp đảng viên mới mỗi \
                                 năm đạt 3 - 4% tổng số đảng viên.\n";

#[test]
fn a_share_of_a_whole_is_named_by_what_it_counts() {
    // Regression: the ids were `population` ("tỷ lệ dân số") and `tong_so_dang_vien`; "5G" was left out of names.
    let draft = extract_plan(SHARES_OF_A_WHOLE);
    let names: Vec<(&str, &str)> = draft.plan.indicators.iter().map(|i| (i.id.as_str(), i.name_vi.as_str())).collect();
    assert_eq!(
        names,
        [
            ("phu_song_5g", "tỷ lệ phủ sóng 5G"),
            ("ket_nap_dang_vien_moi_moi_nam", "tỷ lệ kết nạp đảng viên mới mỗi năm")
        ]
    );
    check_offsets(SHARES_OF_A_WHOLE, &draft);
}

/// A news item on a merged province, which it names once with "tỉnh", and the province it merged with, and a commune's
/// plan whose year opens the rate (texts written for the test, as the units formed on 1 July 2025 are written of; the
/// same texts as the Python and JavaScript tests).
const MERGED_WITH: &str = concat!(
    "UBND tỉnh Gia Lai vừa ban hành Kế hoạch chuyển đổi số năm 2026. Theo đó, tỉnh phấn đấu tỷ lệ dịch vụ công ",
    "trực tuyến toàn trình đạt 80%. Năm 2025, sau hợp nhất với tỉnh Bình Định, Gia Lai có 135 xã, phường.\n"
);
const A_YEAR_OPENS_THE_RATE: &str = "Xã Tân Phú (mới) được thành lập trên cơ sở sáp nhập xã Tân Phú và xã Phú Hữu. \
                                     Theo kế hoạch của UBND xã, năm 2026 tỷ lệ hộ nghèo giảm còn dưới 1,5%.\n";

#[test]
fn the_province_merged_with_is_not_the_plans_and_a_year_opens_no_name() {
    // Regression: the unit was Bình Định, the only province named with "tỉnh" but by the issuer's words.
    let draft = extract_plan(MERGED_WITH);
    assert_eq!(draft.plan.jurisdiction.id, "gia_lai");
    check_offsets(MERGED_WITH, &draft);
    // Regression: the rate was named `ke_hoach_ubnd_xa`, by the words before the comma.
    let draft = extract_plan(A_YEAR_OPENS_THE_RATE);
    let ids: Vec<&str> = draft.plan.targets.iter().map(|t| t.indicator.as_str()).collect();
    assert_eq!(ids, ["ho_ngheo"]);
    check_offsets(A_YEAR_OPENS_THE_RATE, &draft);
}

/// A table of a year's results and the next year's plan, its cells separated by "|", enterprises counted in "DN" (a
/// text written for the test; the same text as the Python and JavaScript tests).
const ENTERPRISES_ABBREVIATED: &str =
    "Chỉ tiêu | Đơn vị | TH 2025 | KH 2026\nTỷ lệ hồ sơ trực tuyến | % | 75 | 85\nSố \
                                       doanh nghiệp thành lập mới | DN | 320 | 400\n";

#[test]
fn enterprises_abbreviated_in_a_unit_column_are_counted() {
    // Regression: the row of enterprises, counted in "DN", drafted nothing.
    let draft = extract_plan(ENTERPRISES_ABBREVIATED);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2026), Comparator::Reach, 85.0, MeasureUnit::Percent),
            (Some(2026), Comparator::Reach, 400.0, MeasureUnit::Count)
        ]
    );
    assert_eq!(observation_rows(&draft), [(75.0, Some(2025)), (320.0, Some(2025))]);
    check_offsets(ENTERPRISES_ABBREVIATED, &draft);
}

/// The same deadline in running text, after a sentence that a term's year ends (a text written for the test; the same
/// text as the Python and JavaScript tests).
const A_DEADLINE_AFTER_A_TERM: &str = "Đại hội đề ra mục tiêu nhiệm kỳ 2025-2030. Phấn đấu đạt chuẩn xã nông thôn mới \
                                       kiểu mẫu vào năm 2028. Tỷ lệ hộ sử dụng nước sạch đạt 100%.\n";

#[test]
fn a_years_full_stop_ends_the_sentence_before_a_deadline_of_its_own() {
    // Regression: the sentence after "2030. " was read from the line's start, so "vào năm 2028" dated the water supply.
    let draft = extract_plan(A_DEADLINE_AFTER_A_TERM);
    assert_eq!(target_rows(&draft.plan), [(Some(2030), Comparator::Reach, 100.0, MeasureUnit::Percent)]);
    check_offsets(A_DEADLINE_AFTER_A_TERM, &draft);
}

/// A commune's results of a year beside its plan for the next, with shares of the budget estimate above 100% (a text
/// written for the test; the same text as the Python and JavaScript tests).
const SHARES_OF_THE_ESTIMATE: &str = "I. KẾT QUẢ THỰC HIỆN NĂM 2025\nThu ngân sách nhà nước trên địa bàn ước đạt 45,6 \
                                      tỷ đồng, bằng 128% dự toán tỉnh giao.\nII. MỤC TIÊU NĂM 2026\n- Thu ngân sách \
                                      nhà nước trên địa bàn đạt 50 tỷ đồng, phấn đấu đạt trên 110% dự toán.\n";

#[test]
fn a_share_of_the_plan_may_pass_100_and_measures_the_amount_before_it() {
    // Regression: both shares of the estimate were set aside as shares above 100%.
    let draft = extract_plan(SHARES_OF_THE_ESTIMATE);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2026), Comparator::Reach, 50e9, MeasureUnit::Dong),
            (Some(2026), Comparator::MoreThan, 110.0, MeasureUnit::PercentOfPlan)
        ]
    );
    assert_eq!(observation_rows(&draft), [(45.6e9, Some(2025)), (128.0, Some(2025))]);
    // The shares go under the revenue's variant in their unit, the target's and the observation's alike.
    let share = "thu_ngan_sach_nha_nuoc_percent_of_plan";
    assert_eq!(draft.plan.targets[1].indicator, share);
    let observed: Vec<(&str, MeasureUnit)> =
        draft.observations.iter().map(|o| (o.indicator.as_str(), o.unit)).collect();
    assert_eq!(observed, [("thu_ngan_sach_nha_nuoc", MeasureUnit::Dong), (share, MeasureUnit::PercentOfPlan)]);
    check_offsets(SHARES_OF_THE_ESTIMATE, &draft);
}

/// A year's results with margins over the estimate and a resolution, then the next year's plan (a text written for the
/// test; the same text as the Python and JavaScript tests).
const MARGINS_OVER_THE_PLAN: &str =
    "Năm 2025, tỉnh đã thu ngân sách 35.000 tỷ đồng, vượt 27% dự toán Trung ương giao; \
                                     kết nạp 50 đảng viên mới (vượt 25% so với Nghị quyết).\nNăm 2026, phấn đấu thu \
                                     ngân sách đạt 38.000 tỷ đồng.\n";

#[test]
fn a_margin_over_the_plan_beside_a_figure_reports_nothing_of_its_own() {
    // Regression: "vượt 27% dự toán" and "(vượt 25% so với Nghị quyết)" were observations of 27% and 25%.
    let draft = extract_plan(MARGINS_OVER_THE_PLAN);
    assert_eq!(target_rows(&draft.plan), [(Some(2026), Comparator::Reach, 38e12, MeasureUnit::Dong)]);
    assert_eq!(observation_rows(&draft), [(35e12, Some(2025)), (50.0, Some(2025))]);
    let margins: Vec<&str> =
        draft.unused_numbers.iter().filter(|u| u.reason == UnusedReason::Comparison).map(|u| u.text.as_str()).collect();
    assert_eq!(margins, ["27", "25"]);
    check_offsets(MARGINS_OVER_THE_PLAN, &draft);
}

/// A commune's results of a year, then its objectives for the next, both a share of the capital plan (a text written
/// for the test; the same text as the Python and JavaScript tests).
const A_SHARE_UNDER_THE_OBJECTIVES: &str = "I. KẾT QUẢ THỰC HIỆN NĂM 2025\n- Giải ngân vốn đầu tư công đạt 112,4% kế \
                                            hoạch vốn giao.\nII. MỤC TIÊU, NHIỆM VỤ NĂM 2026\n- Giải ngân vốn đầu tư \
                                            công đạt 100% kế hoạch vốn được giao.\n";

#[test]
fn a_share_of_the_plan_under_an_objectives_heading_is_a_target() {
    // Regression: the objective of 2026 was an observation, "đạt 100% kế hoạch" read as a share of the plan reached.
    let draft = extract_plan(A_SHARE_UNDER_THE_OBJECTIVES);
    assert_eq!(target_rows(&draft.plan), [(Some(2026), Comparator::Reach, 100.0, MeasureUnit::PercentOfPlan)]);
    assert_eq!(observation_rows(&draft), [(112.4, Some(2025))]);
    check_offsets(A_SHARE_UNDER_THE_OBJECTIVES, &draft);
}

/// A province's results of a year, then its plan for the next, named with that year (a text written for the test; the
/// same text as the Python and JavaScript tests).
const A_PLAN_NAMED_WITH_ITS_YEAR: &str = "Năm 2025, tỉnh Lâm Đồng có 1.250 dịch vụ công trực tuyến toàn trình, tỷ lệ \
                                          hồ sơ trực tuyến đạt 65,3%.\nKế hoạch chuyển đổi số năm 2026 của tỉnh đặt \
                                          mục tiêu 80% hồ sơ được xử lý trực tuyến, kinh tế số chiếm 15% GRDP.\n";

#[test]
fn a_plan_named_with_its_year_that_sets_objectives_dates_them() {
    // Regression: "năm 2026" was read as part of a document's name, so the objectives took 2025 from the line before
    // and the results of 2025 were targets.
    let draft = extract_plan(A_PLAN_NAMED_WITH_ITS_YEAR);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2026), Comparator::Reach, 80.0, MeasureUnit::Percent),
            (Some(2026), Comparator::Reach, 15.0, MeasureUnit::PercentOfGrdp)
        ]
    );
    assert_eq!(observation_rows(&draft), [(1250.0, Some(2025)), (65.3, Some(2025))]);
    check_offsets(A_PLAN_NAMED_WITH_ITS_YEAR, &draft);
}

/// A commune's speed of rising in its plan for a year (a text written for the test; the same text as the Python and
/// JavaScript tests).
const A_SPEED_OF_RISING: &str = "Năm 2026, xã Hòa Bình phấn đấu tốc độ tăng giá trị sản xuất đạt 8,5% trở lên.\n";

#[test]
fn a_speed_of_rising_is_a_rate_a_year() {
    // Regression: "tốc độ tăng ... 8,5%" was an increase against no base, its unit guessed.
    let draft = extract_plan(A_SPEED_OF_RISING);
    assert_eq!(target_rows(&draft.plan), [(Some(2026), Comparator::AtLeast, 8.5, MeasureUnit::PercentPerYear)]);
    assert!(draft.targets[0].reasons.iter().all(|r| !matches!(r, Uncertainty::UnitGuessed { .. })));
    check_offsets(A_SPEED_OF_RISING, &draft);
}

/// Figures from a report and from statistics, their source opening the sentence (a text written for the test; the same
/// text as the Python and JavaScript tests).
const SOURCES_OPENING: &str = "Theo báo cáo tại hội nghị, năm 2026 dự toán thu ngân sách nhà nước trên địa bàn đạt \
                               13.608 tỷ đồng.\nTheo thống kê, đến nay, toàn tỉnh có 173 trường đạt chuẩn quốc gia.\n";

#[test]
fn the_source_of_a_figure_and_the_present_name_nothing() {
    // Regression: the figures were `bao_cao_hoi_nghi` and `thong_ke_nay_truong_chuan_quoc_gia`.
    let draft = extract_plan(SOURCES_OPENING);
    let ids: Vec<&str> = draft.observations.iter().map(|o| o.indicator.as_str()).collect();
    assert_eq!(ids, ["du_toan_thu_ngan_sach_nha_nuoc", "truong_chuan_quoc_gia"]);
    // The quotes keep the source.
    assert!(draft.observations[0].quote.starts_with("Theo báo cáo tại hội nghị"));
    check_offsets(SOURCES_OPENING, &draft);
}

/// News of a ward's conference that names the city it is in once (a text written for the test; the same text as the
/// Python and JavaScript tests).
const A_WARD_IN_ITS_CITY: &str = "Phường Bến Thành tổng kết năm 2025\nSáng 26/12, UBND phường Bến Thành (TP.HCM) tổ \
                                  chức hội nghị. Năm 2026, phường phấn đấu thu ngân sách đạt 1.500 tỷ đồng.\n";

#[test]
fn a_ward_whose_body_the_text_names_is_the_plans_unit() {
    // Regression: named as often as the city in brackets, the ward lost the tie to it.
    let draft = extract_plan(A_WARD_IN_ITS_CITY);
    assert_eq!(draft.plan.jurisdiction.id, "phuong_ben_thanh");
    assert_eq!(target_rows(&draft.plan), [(Some(2026), Comparator::Reach, 1.5e12, MeasureUnit::Dong)]);
    check_offsets(A_WARD_IN_ITS_CITY, &draft);
}

/// A growth reported beside how little it fell short of the scenario (cao_bang_kich_ban_tang_truong_2025, a development
/// text; the same text as the Python and JavaScript tests).
const ONLY_SO_MUCH_BELOW: &str =
    "Năm 2024, mức tăng trưởng thực tế đã đạt 6,83%, chỉ thấp hơn 0,05% so với kịch bản ban đầu.\n";

#[test]
fn a_margin_said_only_so_much_below_the_scenario_is_a_comparison() {
    // Regression: "chỉ thấp hơn 0,05%" was an observation of 0.05%.
    let draft = extract_plan(ONLY_SO_MUCH_BELOW);
    assert_eq!(observation_rows(&draft), [(6.83, Some(2024))]);
    check_offsets(ONLY_SO_MUCH_BELOW, &draft);
}

/// A news article's "this year" after last year's results, with the base it compares with
/// (cao_bang_nang_luc_canh_tranh_2022, a development text; the same text as the Python and JavaScript tests).
const THIS_YEAR_AFTER_ITS_BASE: &str = "Theo kết quả Chỉ số PCI năm 2025 công bố, tỉnh xếp hạng 20/34 với 66,5 điểm, \
                                        tăng 2 bậc so với năm 2024.\n\nNăm nay, tỉnh phấn đấu tăng bậc xếp hạng so \
                                        với năm 2025, trong đó, Chỉ số “Tiếp cận đất đai” đạt từ 6,5 điểm trở lên, \
                                        Chỉ số “Tính năng động” đạt từ 7,0 điểm trở lên.\n";

#[test]
fn this_year_is_the_year_after_the_base_its_sentence_compares_with() {
    // Regression: "Năm nay" stated no year, and the targets had none.
    let draft = extract_plan(THIS_YEAR_AFTER_ITS_BASE);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2026), Comparator::AtLeast, 6.5, MeasureUnit::Index),
            (Some(2026), Comparator::AtLeast, 7.0, MeasureUnit::Index),
        ]
    );
    for t in &draft.targets {
        assert!(t.reasons.contains(&Uncertainty::YearFromContext { year: 2026 }), "a year inferred is a doubt: {t:?}");
    }
    assert_eq!(observation_rows(&draft), [(20.0, Some(2025))]);
    check_offsets(THIS_YEAR_AFTER_ITS_BASE, &draft);
}

/// A growth named far from its figure, and a share of the growth (a probe of 6 Dec 2026; the same text as the Python
/// and JavaScript tests).
const A_GROWTH_NAMED_FAR_FROM_ITS_FIGURE: &str = "Năm 2025, tăng trưởng GRDP của tỉnh ước đạt 9,2%.\nTỉnh đặt mục \
                                                  tiêu tăng trưởng GRDP năm 2026 đạt từ 10% trở lên; đóng góp của \
                                                  năng suất các nhân tố tổng hợp (TFP) vào tăng trưởng đạt 50%.\n";

#[test]
fn a_growth_named_far_from_its_figure_is_a_rate_a_year_and_a_share_of_it_is_not() {
    // Regression: more than six words from "tăng trưởng" to the figure, the growth was a share of GRDP; and the share
    // of TFP in the growth ("vào tăng trưởng") was a rate a year.
    let draft = extract_plan(A_GROWTH_NAMED_FAR_FROM_ITS_FIGURE);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2026), Comparator::AtLeast, 10.0, MeasureUnit::PercentPerYear),
            (Some(2026), Comparator::Reach, 50.0, MeasureUnit::Percent),
        ]
    );
    assert_eq!(draft.plan.targets[1].indicator, "tfp_contribution_growth");
    let observed: Vec<_> = draft.observations.iter().map(|o| (o.value, o.year, o.unit)).collect();
    assert_eq!(observed, [(9.2, Some(2025), MeasureUnit::PercentPerYear)]);
    check_offsets(A_GROWTH_NAMED_FAR_FROM_ITS_FIGURE, &draft);
}

/// A year's results said with what they beat, and a source opening the next year's aim (a probe of 6 Dec 2026,
/// thanh_hoa_xuat_khau_2026 and hai_phong_2026, development texts; the same text as the Python and JavaScript tests).
const RESULTS_THE_HIGHEST_EVER: &str = "Năm 2025, tăng trưởng GRDP ước đạt 9,2%, cao nhất từ trước đến nay. Kim \
                                        ngạch xuất khẩu đạt 27,5 tỷ USD, vượt mục tiêu nghị quyết.\nTheo Sở Tài \
                                        chính, năm 2026 thu ngân sách nhà nước phấn đấu đạt 32.000 tỷ đồng.\n";

#[test]
fn the_highest_ever_is_no_now_and_what_is_said_of_a_figure_or_its_source_names_nothing() {
    // Regression: "cao nhất từ trước đến nay" (the highest ever) said "now", so the next sentence's exports had no
    // year; the growth was named `cao_nhat_tu_truoc_nay` by the words after its comma, and the budget `so_chinh` by
    // its source.
    let draft = extract_plan(RESULTS_THE_HIGHEST_EVER);
    let observed: Vec<_> = draft.observations.iter().map(|o| (o.indicator.as_str(), o.value, o.year)).collect();
    assert_eq!(observed, [("tang_truong_grdp", 9.2, Some(2025)), ("kim_ngach_xuat_khau", 27.5e9, Some(2025))]);
    assert_eq!(target_rows(&draft.plan), [(Some(2026), Comparator::Reach, 32e12, MeasureUnit::Dong)]);
    assert_eq!(draft.plan.targets[0].indicator, "thu_ngan_sach_nha_nuoc");
    check_offsets(RESULTS_THE_HIGHEST_EVER, &draft);
}

/// A ward's report titled by its results, in a long title, and an estimate listed after its name (a probe of 6 Dec
/// 2026; the same texts as the Python and JavaScript tests).
const A_REPORT_TITLED_BY_ITS_RESULTS: &str = "BÁO CÁO\nKết quả thực hiện các chỉ tiêu kinh tế - xã hội năm 2026\n\n1. \
                                              Tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,8%.\n2. Có 3/3 khu phố đạt chuẩn \
                                              văn minh đô thị.\n";
const AN_ESTIMATE_AFTER_ITS_NAME: &str =
    "1. Thu ngân sách: ước thực hiện 56,2 tỷ đồng, đạt 112,4% dự toán HĐND phường \
                                          giao.\n2. Thu ngân sách nhà nước ước thực hiện 60 tỷ đồng.\n";

#[test]
fn a_reports_long_title_heads_its_results_and_an_estimates_verb_names_nothing() {
    // Regression: a results heading of more than twelve words was none, so the ward's results were targets; "ước thực
    // hiện" after a name and its colon named the amount `uoc_thuc_hien`, and its share of the ward council's estimate
    // `du_toan_hdnd_phuong_giao` ("phường" was no word of a plan assigned).
    let draft = extract_plan(A_REPORT_TITLED_BY_ITS_RESULTS);
    assert_eq!(target_rows(&draft.plan), []);
    assert_eq!(observation_rows(&draft), [(99.8, Some(2026)), (3.0, Some(2026))]);
    check_offsets(A_REPORT_TITLED_BY_ITS_RESULTS, &draft);
    let draft = extract_plan(AN_ESTIMATE_AFTER_ITS_NAME);
    let named: Vec<_> = draft.observations.iter().map(|o| (o.indicator.as_str(), o.value)).collect();
    assert_eq!(
        named,
        [("thu_ngan_sach", 56.2e9), ("thu_ngan_sach_percent_of_plan", 112.4), ("thu_ngan_sach_nha_nuoc", 60e9)]
    );
    check_offsets(AN_ESTIMATE_AFTER_ITS_NAME, &draft);
}

/// A commune's plan for the national identity project, its title under the kind alone (a probe of 6 Dec 2026; the same
/// text as the Python and JavaScript tests).
const A_PLAN_TITLED_UNDER_ITS_KIND: &str =
    "UBND XÃ ĐẠI LỘC\nKẾ HOẠCH\nTriển khai Đề án 06 trên địa bàn xã năm 2026\n\n\
                                            II. CHỈ TIÊU\n1. Tối thiểu 85% công dân từ đủ 14 tuổi trở lên được kích \
                                            hoạt tài khoản định danh điện tử mức độ 2.\n2. Phấn đấu tỷ lệ thanh toán \
                                            trực tuyến đạt trên 60%.\n";

#[test]
fn the_line_under_the_kind_alone_is_the_title_whatever_its_subject() {
    // Regression: a title naming no subject of digital transformation was none, and the targets had no year.
    let draft = extract_plan(A_PLAN_TITLED_UNDER_ITS_KIND);
    assert_eq!(draft.plan.document.title, "KẾ HOẠCH Triển khai Đề án 06 trên địa bàn xã năm 2026");
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2026), Comparator::AtLeast, 85.0, MeasureUnit::Percent),
            (Some(2026), Comparator::MoreThan, 60.0, MeasureUnit::Percent),
        ]
    );
    check_offsets(A_PLAN_TITLED_UNDER_ITS_KIND, &draft);
}

/// A province's appendix of targets per tier, a Word table read as tabs (a probe of 6 Dec 2026; the same text as the
/// Python and JavaScript tests).
const A_TABLE_OF_TIERS: &str = "PHỤ LỤC: CHỈ TIÊU CHUYỂN ĐỔI SỐ NĂM 2026\nTT\tChỉ tiêu\tĐơn vị\tCấp tỉnh\tCấp \
                                xã\n1\tTỷ lệ hồ sơ công việc được xử lý trên môi trường mạng\t%\t100\t95\n2\tTỷ lệ \
                                văn bản điện tử có ký số\t%\t100\t90\n";

#[test]
fn a_tables_columns_of_tiers_are_read_for_its_captions_year() {
    // Regression: a header naming no year was no header, and the table's targets were lost.
    let draft = extract_plan(A_TABLE_OF_TIERS);
    let rows: Vec<_> = draft.plan.targets.iter().map(|t| (t.year, t.tier, t.value, t.indicator.as_str())).collect();
    assert_eq!(
        rows,
        [
            (Some(2026), Some(Tier::Province), 100.0, "work_files_online"),
            (Some(2026), Some(Tier::Commune), 95.0, "work_files_online"),
            (Some(2026), Some(Tier::Province), 100.0, "documents_electronic_digitally_signed"),
            (Some(2026), Some(Tier::Commune), 90.0, "documents_electronic_digitally_signed"),
        ]
    );
    // The year is the caption's: from context, a doubt.
    assert!(draft.targets.iter().all(|t| t.reasons.contains(&Uncertainty::YearFromContext { year: 2026 })));
    check_offsets(A_TABLE_OF_TIERS, &draft);
}

/// A headline said again by the body after its source, the plan of the province's people's committee (a probe of 6 Dec
/// 2026; the same text as the Python and JavaScript tests).
const A_HEADLINE_SAID_AGAIN_AFTER_ITS_SOURCE: &str = "Gia Lai đặt mục tiêu đến năm 2030 kinh tế số chiếm 30% GRDP\n\n\
                                                      Theo Kế hoạch số 120/KH-UBND của UBND tỉnh Gia Lai, mục tiêu đến \
                                                      năm 2030, kinh tế số chiếm tỷ trọng 30% GRDP; 100% xã, phường \
                                                      được phủ sóng 5G.\n";

#[test]
fn the_body_whose_plan_is_the_source_is_no_tier_of_its_figures() {
    // Regression: "UBND tỉnh" in the source made the body's 30% a target of the province's tier, so it was not the
    // headline's said again, and the plan had it twice.
    let draft = extract_plan(A_HEADLINE_SAID_AGAIN_AFTER_ITS_SOURCE);
    let rows: Vec<_> = draft.plan.targets.iter().map(|t| (t.year, t.tier, t.value)).collect();
    assert_eq!(rows, [(Some(2030), None, 30.0), (Some(2030), None, 100.0)]);
    check_offsets(A_HEADLINE_SAID_AGAIN_AFTER_ITS_SOURCE, &draft);
}

/// A share for the year and its change in percentage points (a probe of 6 Dec 2026; the same text as the Python and
/// JavaScript tests).
const A_CHANGE_IN_POINTS: &str =
    "Riêng trong năm 2026, tỉnh phấn đấu tỷ trọng kinh tế số đạt 18% GRDP, tăng 3 điểm phần trăm so với năm 2025.\n";

#[test]
fn a_change_in_percentage_points_beside_a_share_is_a_comparison() {
    // Regression: "điểm phần trăm" read as what changes, so the change was a target of its own.
    let draft = extract_plan(A_CHANGE_IN_POINTS);
    assert_eq!(target_rows(&draft.plan), [(Some(2026), Comparator::Reach, 18.0, MeasureUnit::PercentOfGrdp)]);
    check_offsets(A_CHANGE_IN_POINTS, &draft);
}

/// Short headings with their years said without "năm" (a probe of 6 Dec 2026; the same text as the Python and
/// JavaScript tests).
const HEADINGS_WITH_BARE_YEARS: &str = "Mục tiêu 2026:\n- Tỷ lệ hồ sơ trực tuyến đạt 85%.\n- Thu ngân sách đạt 45 tỷ \
                                        đồng.\nKết quả 2025:\n- Tỷ lệ hồ sơ trực tuyến đạt 78%.\n";

#[test]
fn a_short_headings_bare_year_dates_its_section() {
    // Regression: "Mục tiêu 2026:" and "Kết quả 2025:" gave no year, so the targets had none and the result was one.
    let draft = extract_plan(HEADINGS_WITH_BARE_YEARS);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2026), Comparator::Reach, 85.0, MeasureUnit::Percent),
            (Some(2026), Comparator::Reach, 45e9, MeasureUnit::Dong)
        ]
    );
    assert_eq!(observation_rows(&draft), [(78.0, Some(2025))]);
    check_offsets(HEADINGS_WITH_BARE_YEARS, &draft);
}

/// A plan for Resolution 57 titled "Thực hiện ..." under its kind (a probe of 6 Dec 2026; the same text as the Python
/// and JavaScript tests).
const A_TITLE_OPENING_WITH_THUC_HIEN: &str =
    "KẾ HOẠCH\nThực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị trên địa bàn \
                                              tỉnh An Giang năm 2026\n- Kinh tế số chiếm tỷ trọng không dưới 15% \
                                              GRDP.\n";

#[test]
fn a_title_opening_with_thuc_hien_under_its_kind_is_the_title() {
    // Regression: "Thực hiện ..." was read as a preamble, so the plan had no title, no period and no year.
    let draft = extract_plan(A_TITLE_OPENING_WITH_THUC_HIEN);
    assert_eq!(
        draft.plan.document.title,
        "KẾ HOẠCH Thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị trên địa bàn tỉnh An Giang năm 2026"
    );
    assert_eq!(target_rows(&draft.plan), [(Some(2026), Comparator::AtLeast, 15.0, MeasureUnit::PercentOfGrdp)]);
    check_offsets(A_TITLE_OPENING_WITH_THUC_HIEN, &draft);
}

/// A report of nine months with its tasks for the last quarter (a probe of 6 Dec 2026; the same text as the Python and
/// JavaScript tests).
const A_REPORT_OF_NINE_MONTHS: &str =
    "Kết quả thực hiện chuyển đổi số 9 tháng đầu năm 2026\nI. KẾT QUẢ ĐẠT ĐƯỢC\n- Lũy \
                                       kế 9 tháng đầu năm 2026, toàn tỉnh tiếp nhận 412.350 hồ sơ trực tuyến, chiếm \
                                       78,6% tổng số hồ sơ.\n- Trong quý III/2026, tỷ lệ văn bản điện tử được ký số \
                                       đạt 99,1%.\n- Số doanh nghiệp công nghệ số là 356 doanh nghiệp, tăng 41 doanh \
                                       nghiệp so với cuối năm 2025.\nII. NHIỆM VỤ QUÝ IV NĂM 2026\n- Phấn đấu đến hết \
                                       năm 2026, tỷ lệ hồ sơ trực tuyến đạt trên 85%.\n";

#[test]
fn a_year_a_report_opens_a_line_with_and_a_base_at_a_years_end_keep_its_results() {
    // Regression: "Lũy kế 9 tháng đầu năm 2026, ..." ended the results section, so the next result was a target; and
    // "so với cuối năm 2025" (a base) dated the count before it.
    let draft = extract_plan(A_REPORT_OF_NINE_MONTHS);
    assert_eq!(target_rows(&draft.plan), [(Some(2026), Comparator::MoreThan, 85.0, MeasureUnit::Percent)]);
    assert_eq!(
        observation_rows(&draft),
        [(78.6, Some(2026)), (99.1, Some(2026)), (356.0, Some(2026)), (41.0, Some(2026))]
    );
    check_offsets(A_REPORT_OF_NINE_MONTHS, &draft);
}

/// A rate a year ago and at a month's end (a probe of 6 Dec 2026, in the words of long_an_giam_ngheo_2025, a
/// development text; the same text as the Python and JavaScript tests).
const A_RATE_AT_A_MONTHS_END: &str =
    "Năm 2025, tỷ lệ hộ nghèo của tỉnh là 3,28%.\nTính đến cuối tháng 6/2026, tỷ lệ hộ nghèo giảm còn 3,21%.\n";

#[test]
fn a_months_end_dates_the_level_it_stands_at() {
    // Regression: "tháng 6/2026" gave no year, so the rate took the line before's.
    let draft = extract_plan(A_RATE_AT_A_MONTHS_END);
    assert_eq!(observation_rows(&draft), [(3.28, Some(2025)), (3.21, Some(2026))]);
    check_offsets(A_RATE_AT_A_MONTHS_END, &draft);
}

/// News of a commune's first congress, its headline naming the term (a probe of 6 Dec 2026; the same text as the Python
/// and JavaScript tests).
const A_CONGRESS_HEADLINE: &str = "Đại hội đại biểu Đảng bộ xã Tân Phú lần thứ I, nhiệm kỳ 2025 - 2030 thành công tốt \
                                   đẹp\n\nĐại hội xác định 15 chỉ tiêu chủ yếu. Trong đó, phấn đấu thu nhập bình quân \
                                   đầu người đến cuối nhiệm kỳ đạt 95 triệu đồng/người/năm; tỷ lệ tham gia bảo hiểm y \
                                   tế đạt trên 95%.\nVề chuyển đổi số, đến năm 2030 có 100% hồ sơ thủ tục hành chính \
                                   được tiếp nhận, giải quyết trên môi trường điện tử.\n";

#[test]
fn a_congress_headline_naming_its_term_is_the_title_and_dates_its_targets() {
    // Regression: a sentence of the body was the title, so the congress's term dated nothing and two targets had no
    // year; and "đến cuối nhiệm kỳ" was part of the income's name.
    let draft = extract_plan(A_CONGRESS_HEADLINE);
    assert_eq!(
        draft.plan.document.title,
        "Đại hội đại biểu Đảng bộ xã Tân Phú lần thứ I, nhiệm kỳ 2025 - 2030 thành công tốt đẹp"
    );
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2030), Comparator::Reach, 95e6, MeasureUnit::Dong),
            (Some(2030), Comparator::MoreThan, 95.0, MeasureUnit::Percent),
            (Some(2030), Comparator::Reach, 100.0, MeasureUnit::Percent),
        ]
    );
    assert_eq!(draft.plan.targets.first().map(|t| t.indicator.as_str()), Some("thu_nhap_binh_quan_dau_nguoi"));
    check_offsets(A_CONGRESS_HEADLINE, &draft);
}

/// A province's ranks and counts among provinces, not countries (a probe of 6 Dec 2026; the same text as the Python and
/// JavaScript tests).
const RANKS_AMONG_PROVINCES: &str = "Năm 2026:\n- Số doanh nghiệp khoa học và công nghệ tăng thêm ít nhất 5 doanh \
                                     nghiệp.\n- Chỉ số đổi mới sáng tạo cấp địa phương (PII) thuộc nhóm 15 tỉnh, \
                                     thành phố dẫn đầu.\n";

#[test]
fn a_rank_among_provinces_is_no_rank_among_countries() {
    // Regression: the provincial innovation index was the national resolution's rank in the world, and the count of
    // enterprises its organisations ranked regionally and worldwide.
    let draft = extract_plan(RANKS_AMONG_PROVINCES);
    let ids: Vec<_> = draft.plan.targets.iter().map(|t| t.indicator.as_str()).collect();
    assert_eq!(ids, ["so_doanh_nghiep_khoa_hoc_cong_nghe_tang_them", "chi_so_doi_moi_sang_tao_cap_dia_phuong"]);
    check_offsets(RANKS_AMONG_PROVINCES, &draft);
}

/// A running total to a year's end (phu_tho_ocop_2026, a development text; the same text as the Python and JavaScript
/// tests).
const A_RUNNING_TOTAL: &str = "Lũy kế đến hết năm 2025, toàn tỉnh có 698 sản phẩm OCOP đạt từ 3 sao trở lên.\n";

#[test]
fn a_running_totals_opening_words_name_nothing() {
    // Regression: the total was named by its opening words, `luy_ke_het`.
    let draft = extract_plan(A_RUNNING_TOTAL);
    let obs: Vec<_> = draft.observations.iter().map(|o| (o.indicator.as_str(), o.year, o.value)).collect();
    assert_eq!(obs, [("san_pham_ocop", Some(2025), 698.0)]);
}

/// A commune's yearly report in parts, "PHẦN I." and "PHẦN II." (a probe of 6 Dec 2026; the same text as the Python and
/// JavaScript tests).
const A_REPORT_IN_PARTS: &str = "BÁO CÁO\nTình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2026 và \
                                 phương hướng, nhiệm vụ năm 2027\nPHẦN I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2026\n- Tổng \
                                 giá trị sản xuất ước thực hiện cả năm đạt 1.850 tỷ đồng.\n- 100% văn bản đi được ký \
                                 số.\nPHẦN II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027\n- Thu nhập bình quân đầu người đạt 74 \
                                 triệu đồng.\n";

#[test]
fn a_reports_parts_head_its_results_and_its_year_ahead() {
    // Regression: "PHẦN I." hid the results heading, so the year's results were dated 2027, the title's; "Phương
    // hướng, nhiệm vụ năm 2027" opened no year and set no objective, so its target was a result; and "ước thực hiện cả
    // năm" was named.
    let draft = extract_plan(A_REPORT_IN_PARTS);
    assert_eq!(target_rows(&draft.plan), [(Some(2027), Comparator::Reach, 74e6, MeasureUnit::Dong)]);
    let obs: Vec<_> = draft.observations.iter().map(|o| (o.indicator.as_str(), o.year, o.value)).collect();
    assert_eq!(obs, [("tong_gia_tri_san_xuat", Some(2026), 1850e9), ("e_documents_signed", Some(2026), 100.0)]);
    check_offsets(A_REPORT_IN_PARTS, &draft);
}

/// Odd spacing: a year glued to "năm", a comma after its space, a double space and a percent sign apart (a probe of 6
/// Dec 2026; the same text as the Python and JavaScript tests).
const ODD_SPACING: &str = "Đến năm2026 ,tỷ lệ hồ sơ trực tuyến đạt  95 %  ;  100%hộ gia đình có cáp quang.\n";

#[test]
fn a_glued_year_and_a_comma_after_its_space_read_as_typed_well() {
    // Regression: "năm2026" gave no year, and the comma after its space left the year in the indicator's name.
    let draft = extract_plan(ODD_SPACING);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2026), Comparator::Reach, 95.0, MeasureUnit::Percent),
            (Some(2026), Comparator::Reach, 100.0, MeasureUnit::Percent)
        ]
    );
    let ids: Vec<_> = draft.plan.targets.iter().map(|t| t.indicator.as_str()).collect();
    assert_eq!(ids, ["online_resolved_dossiers", "households_fibre_broadband"]);
    check_offsets(ODD_SPACING, &draft);
}

/// Teams and platforms a digital-transformation plan counts (a probe of 6 Dec 2026; the same text as the Python and
/// JavaScript tests).
const TEAMS_AND_PLATFORMS: &str = "Năm 2026:\n- Có ít nhất 3 sàn thương mại điện tử địa phương hoạt động hiệu quả.\n- \
                                   Mỗi xã, phường có ít nhất 01 tổ công nghệ số cộng đồng.\n";

#[test]
fn community_digital_teams_and_e_commerce_platforms_are_counted() {
    // Regression: neither noun was one the reader counts, so neither figure was a target.
    let draft = extract_plan(TEAMS_AND_PLATFORMS);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2026), Comparator::AtLeast, 3.0, MeasureUnit::Count),
            (Some(2026), Comparator::AtLeast, 1.0, MeasureUnit::Count)
        ]
    );
    check_offsets(TEAMS_AND_PLATFORMS, &draft);
}

/// A province's aims for 2026, the year 2025's result and more aims (a probe of 6 Dec 2026; the same text as the Python
/// and JavaScript tests).
const AIMS_AFTER_A_RESULT: &str = "Năm 2026, tỉnh Khánh Hòa phấn đấu tốc độ tăng trưởng GRDP đạt 10% trở lên. Năm \
                                   2025, tăng trưởng GRDP của tỉnh ước đạt 8,6%, đứng thứ 12 cả nước.\nTỉnh cũng đặt \
                                   mục tiêu thu hút 8,5 triệu lượt khách du lịch.\n";

#[test]
fn a_year_a_report_opens_dates_no_aims_after_it() {
    // Regression: the year of 2025's result held for the next line, so the visitors to attract were 2025's target. The
    // place the growth holds ("đứng thứ 12 cả nước") is reported with it (since 7 Dec 2026).
    let draft = extract_plan(AIMS_AFTER_A_RESULT);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2026), Comparator::AtLeast, 10.0, MeasureUnit::PercentPerYear),
            (Some(2026), Comparator::Reach, 8.5e6, MeasureUnit::Count)
        ]
    );
    assert_eq!(observation_rows(&draft), [(8.6, Some(2025)), (12.0, Some(2025))]);
    check_offsets(AIMS_AFTER_A_RESULT, &draft);
}

/// Tiers said before their figures with no verb (a probe of 6 Dec 2026; the same text as the Python and JavaScript
/// tests).
const TIERS_WITHOUT_A_VERB: &str = "Năm 2026:\n- Tỷ lệ văn bản điện tử được ký số: cấp tỉnh 100%; cấp xã 95%.\n";

#[test]
fn a_tiers_words_alone_before_its_figure_name_its_tier() {
    // Regression: "cấp tỉnh 100%" and "cấp xã 95%" gave no tier; "cấp xã đạt 95%" did.
    let draft = extract_plan(TIERS_WITHOUT_A_VERB);
    let rows: Vec<_> = draft.plan.targets.iter().map(|t| (t.year, t.tier, t.value)).collect();
    assert_eq!(rows, [(Some(2026), Some(Tier::Province), 100.0), (Some(2026), Some(Tier::Commune), 95.0)]);
    check_offsets(TIERS_WITHOUT_A_VERB, &draft);
}

/// A plan titled in capitals, its province's name before its year (a probe of 6 Dec 2026; the same text as the Python
/// and JavaScript tests).
const A_TITLE_IN_CAPITALS: &str = "KẾ HOẠCH CHUYỂN ĐỔI SỐ TỈNH LAI CHÂU NĂM 2026\n\n- 100% văn bản đi được ký số.\n";

#[test]
fn a_provinces_name_in_a_title_in_capitals_ends_before_its_year() {
    // Regression: the name was "LAI CHÂU NĂM", which no province has, so the plan had no jurisdiction.
    let draft = extract_plan(A_TITLE_IN_CAPITALS);
    assert_eq!(draft.plan.jurisdiction.id, "lai_chau");
    assert_eq!(target_rows(&draft.plan), [(Some(2026), Comparator::Reach, 100.0, MeasureUnit::Percent)]);
}

/// Roadmaps of quarters and years listed after their name and its colon (a probe of 6 Dec 2026, and
/// tuyen_quang_du_lich_2030, a development text; the same text as the Python and JavaScript tests).
const ROADMAPS_AFTER_A_COLON: &str = "Năm 2026:\n- Tỷ lệ số hóa hồ sơ theo lộ trình: quý I đạt 40%; quý IV đạt \
                                      100%.\n- Tổng thu từ khách du lịch: năm 2026 đạt 2.000 tỷ đồng; năm 2027 đạt \
                                      2.500 tỷ đồng.\n";

#[test]
fn a_roadmaps_quarters_and_years_measure_the_name_before_its_colon() {
    // Regression: "quý I" and "năm 2026" named the figures (`quy_i`, `indicator_dong`), not the name before the colon.
    let draft = extract_plan(ROADMAPS_AFTER_A_COLON);
    let ids: Vec<_> = draft.plan.targets.iter().map(|t| (t.indicator.as_str(), t.year, t.value)).collect();
    assert_eq!(
        ids,
        [
            ("so_hoa_ho_so_lo_trinh", Some(2026), 40.0),
            ("so_hoa_ho_so_lo_trinh", Some(2026), 100.0),
            ("tong_thu_tu_khach_du_lich", Some(2026), 2e12),
            ("tong_thu_tu_khach_du_lich", Some(2027), 2.5e12)
        ]
    );
    check_offsets(ROADMAPS_AFTER_A_COLON, &draft);
}

/// The national programme's targets of work files per level (a probe of 6 Dec 2026, in Quyết định 749/QĐ-TTg's words;
/// the same text as the Python and JavaScript tests).
const THE_NATIONAL_PROGRAMMES_LEVELS: &str = "a) Đến năm 2025:\n- 90% hồ sơ công việc tại cấp bộ, tỉnh; 80% hồ sơ \
                                              công việc tại cấp huyện và 60% hồ sơ công việc tại cấp xã được xử lý \
                                              trên môi trường mạng.\n";

#[test]
fn the_ministries_and_provinces_level_is_the_province_tier() {
    // Regression: "cấp bộ, tỉnh" named no tier, so the 90% was no level's.
    let draft = extract_plan(THE_NATIONAL_PROGRAMMES_LEVELS);
    let rows: Vec<_> = draft.plan.targets.iter().map(|t| (t.year, t.tier, t.value)).collect();
    assert_eq!(
        rows,
        [
            (Some(2025), Some(Tier::Province), 90.0),
            (Some(2025), Some(Tier::District), 80.0),
            (Some(2025), Some(Tier::Commune), 60.0)
        ]
    );
    check_offsets(THE_NATIONAL_PROGRAMMES_LEVELS, &draft);
}

/// A count with "ít nhất" between the words naming it (phuong_duc_xuan_thai_nguyen, a development text; the same text
/// as the Python and JavaScript tests).
const A_COUNT_AT_LEAST: &str = "Năm 2026, phát triển ít nhất 5 sản phẩm OCOP từ 3 sao trở lên.\n";

#[test]
fn a_counts_at_least_is_no_word_of_its_name() {
    // Regression: the id was `phat_trien_it_nhat_san_pham_ocop_3_sao`.
    let draft = extract_plan(A_COUNT_AT_LEAST);
    let ids: Vec<_> = draft.plan.targets.iter().map(|t| (t.indicator.as_str(), t.comparator, t.value)).collect();
    assert_eq!(ids, [("phat_trien_san_pham_ocop_3_sao", Comparator::AtLeast, 5.0)]);
}

/// A shortfall reported with "mới đạt" (only reached) and a rate "hiện đạt" (now reaches) after an aim (a probe of 6
/// Dec 2026, like quang_tri_2026, a development text; the same text as the Python and JavaScript tests).
const ONLY_REACHED_SO_FAR: &str = "Tỉnh phấn đấu đến năm 2026, tỷ lệ hồ sơ được giải quyết trực tuyến toàn trình đạt \
                                   80%.\nTuy nhiên, tỷ lệ thanh toán trực tuyến mới đạt 45%, thấp hơn mục tiêu đề \
                                   ra.\nTỷ lệ thanh toán trực tuyến hiện đạt 52%.\nĐến năm 2030, thu hút vốn đăng ký \
                                   đầu tư mới đạt 7 tỷ USD.\n";

#[test]
fn what_is_only_reached_so_far_or_now_is_reported() {
    // Regression: the 45% and the 52% were targets of 2026, named `thanh_toan_truc_tuyen_moi` and `..._hien`; the new
    // investment ("đầu tư mới") stays an aim.
    let draft = extract_plan(ONLY_REACHED_SO_FAR);
    let targets: Vec<_> = draft.plan.targets.iter().map(|t| (t.year, t.indicator.as_str(), t.value)).collect();
    assert_eq!(
        targets,
        [(Some(2026), "online_resolved_dossiers", 80.0), (Some(2030), "thu_hut_von_dang_ky_dau_tu_moi", 7e9)]
    );
    let observed: Vec<_> = draft.observations.iter().map(|o| (o.indicator.as_str(), o.value, o.year)).collect();
    assert_eq!(observed, [("payments_online", 45.0, Some(2026)), ("payments_online", 52.0, Some(2026))]);
    check_offsets(ONLY_REACHED_SO_FAR, &draft);
}

/// Visitors in millions and accounts to issue (ba_ria_vung_tau_quy_hoach_du_lich_2030 and hue_du_lich_2026, development
/// texts, and a probe of 6 Dec 2026; the same text as the Python and JavaScript tests).
const SCALED_COUNTS: &str = "Năm 2030, tỉnh phấn đấu đón khoảng 17 triệu lượt khách, trong đó khách quốc tế 2,3 - 2,5 \
                             triệu lượt.\nĐến hết năm 2026, cấp 2,1 triệu tài khoản định danh điện tử mức 2.\n";

#[test]
fn a_scale_is_no_word_of_a_name_and_accounts_issued_are_counted() {
    // Regression: the ids were `tinh_phan_dau_don_khoang_trieu_luot_khach` and `khach_quoc_te_trieu_luot`, and the
    // 2,1 million accounts to issue were no target.
    let draft = extract_plan(SCALED_COUNTS);
    let rows: Vec<_> = draft.plan.targets.iter().map(|t| (t.year, t.indicator.as_str(), t.value)).collect();
    assert_eq!(
        rows,
        [
            (Some(2030), "tinh_phan_dau_don_luot_khach", 17e6),
            (Some(2030), "khach_quoc_te", 2.5e6),
            (Some(2026), "cap_tai_khoan_dinh_danh_dien_tu", 2.1e6)
        ]
    );
    check_offsets(SCALED_COUNTS, &draft);
}

/// Signatures and accounts issued, reported (thanh_hoa_danh_tinh_so_2025, a development text, and a probe of 6 Dec
/// 2026; the same text as the Python and JavaScript tests).
const ISSUED_SO_FAR: &str = "Về chữ ký số, đã cấp phát gần 538 nghìn chữ ký điện tử cho người dân, đạt tỷ lệ \
                             26,3%.\nToàn tỉnh đã cấp 2,1 triệu tài khoản định danh điện tử.\n";

#[test]
fn signatures_and_accounts_issued_are_counted_and_reported() {
    // Regression: "đã cấp" was read as the "đa cấp" (multi-level) of a market, so the 26,3% was a target, and the
    // signatures and the accounts were no figures at all.
    let draft = extract_plan(ISSUED_SO_FAR);
    assert!(draft.plan.targets.is_empty());
    assert_eq!(observation_rows(&draft), [(538e3, None), (26.3, None), (2.1e6, None)]);
    check_offsets(ISSUED_SO_FAR, &draft);
}

/// What there is now, counted, in a plan's news (a probe of 6 Dec 2026, like phuong_tam_thang_ho_chi_minh and
/// hau_giang_do_thi_hoa_2025, development texts; the same text as the Python and JavaScript tests).
const COUNTED_NOW: &str = "Năm 2026, phường đặt mục tiêu 100% hồ sơ công việc được xử lý trên môi trường mạng.\nĐến \
                           nay, phường đã có 12.500 người dân được kích hoạt tài khoản định danh điện tử, đạt 87% số \
                           người trong độ tuổi.\nPhường hiện có 10.000 đơn vị kinh tế hoạt động.\n";

#[test]
fn what_there_is_now_counted_is_reported() {
    // Regression: "đã có" and "hiện có" before a count made it no figure, so neither count was observed; the count's
    // name held "hiện" ("phuong_hien_don_vi_kinh_te_hoat_dong").
    let draft = extract_plan(COUNTED_NOW);
    assert_eq!(target_rows(&draft.plan), [(Some(2026), Comparator::Reach, 100.0, MeasureUnit::Percent)]);
    let observed: Vec<_> = draft.observations.iter().map(|o| (o.indicator.as_str(), o.value)).collect();
    assert_eq!(
        observed,
        [
            ("phuong_nguoi_dan_kich_hoat_tai_khoan_dinh_danh_dien", 12500.0),
            ("so_nguoi_do_tuoi", 87.0),
            ("phuong_don_vi_kinh_te_hoat_dong", 10000.0)
        ]
    );
    check_offsets(COUNTED_NOW, &draft);
}

/// Figures from 1.900 to 2.100 written with thousands (a probe of 6 Dec 2026; the same text as the Python and
/// JavaScript tests).
const FIGURES_LIKE_YEARS: &str = "Năm 2026, thành lập mới 2.000 doanh nghiệp.\nNăm 2027, tổng thu ngân sách trên địa \
                                  bàn đạt 2.100 tỷ đồng.\n";

#[test]
fn a_figure_with_thousands_is_no_year() {
    // Regression: each line, all of whose numbers had a year's value, was read as a heading of years: no targets.
    let draft = extract_plan(FIGURES_LIKE_YEARS);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2026), Comparator::Reach, 2000.0, MeasureUnit::Count),
            (Some(2027), Comparator::Reach, 2.1e12, MeasureUnit::Dong)
        ]
    );
    check_offsets(FIGURES_LIKE_YEARS, &draft);
}

/// A report after a dateline and its source (a probe of 6 Dec 2026; the same text as the Python and JavaScript tests).
const AFTER_A_DATELINE: &str = "(Ngày 15/10/2026) Theo báo cáo của Công an tỉnh, đến nay toàn tỉnh đã cấp 2,1 triệu \
                                tài khoản định danh điện tử mức 2, đạt 92% so với chỉ tiêu được giao.\n";

#[test]
fn a_source_after_a_dateline_names_nothing() {
    // Regression: the accounts were no figure, and the 92% was `bao_cao_cong_an_tinh_nay_cap`.
    let draft = extract_plan(AFTER_A_DATELINE);
    let observed: Vec<_> = draft.observations.iter().map(|o| (o.indicator.as_str(), o.value, o.year)).collect();
    assert_eq!(
        observed,
        [
            ("cap_tai_khoan_dinh_danh_dien_tu", 2.1e6, Some(2026)),
            ("cap_tai_khoan_dinh_danh_dien_tu_percent_of_plan", 92.0, Some(2026))
        ]
    );
    check_offsets(AFTER_A_DATELINE, &draft);
}

/// Files settled on time (a probe of 6 Dec 2026; the same text as the Python and JavaScript tests).
const SETTLED_ON_TIME: &str = "Kế hoạch năm 2026\n- Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn: 100%.\n- Số \
                               hóa 100% kết quả giải quyết thủ tục hành chính còn hiệu lực.\n";

#[test]
fn files_settled_on_time_are_not_procedures_digitised() {
    // Regression: the first was `digitised_procedure_results`, so the two were one indicator's duplicates.
    let draft = extract_plan(SETTLED_ON_TIME);
    let ids: Vec<_> = draft.plan.targets.iter().map(|t| (t.indicator.as_str(), t.value)).collect();
    assert_eq!(ids, [("records_admin_procedures_resolved_on_time", 100.0), ("digitised_procedure_results", 100.0)]);
}

/// A span of the year before a comma (kon_tum_2024, a development text, and a probe of 6 Dec 2026; the same text as the
/// Python and JavaScript tests).
const A_SPAN_OF_THE_YEAR: &str = "Trong 6 tháng đầu năm, tổng giá trị sản xuất ước đạt 520 tỷ đồng.\n";

#[test]
fn a_span_of_the_year_before_a_comma_names_nothing() {
    // Regression: the id was `thang_dau_nam_tong_gia_tri_san_xuat`.
    let draft = extract_plan(A_SPAN_OF_THE_YEAR);
    let observed: Vec<_> = draft.observations.iter().map(|o| (o.indicator.as_str(), o.value)).collect();
    assert_eq!(observed, [("tong_gia_tri_san_xuat", 5.2e11)]);
}

/// Shares of communes and villages with a condition (probes of 6 Dec 2026; the same text as the Python and JavaScript
/// tests).
const SHARES_WITH_A_CONDITION: &str =
    "Năm 2026, tỉnh phấn đấu 100% xã, phường có chỉ số DTI trên 0,5 điểm; 100% thôn, \
                                       tổ dân phố có ít nhất 01 tổ công nghệ số cộng đồng.\n";

#[test]
fn what_the_places_a_share_counts_have_is_part_of_its_name() {
    // Regression: each share was split at its list's comma ("100% xã" named `tinh`, "100% thôn" `villages`), and the
    // condition was a target of its own (an index above 0,5, at least one team).
    let draft = extract_plan(SHARES_WITH_A_CONDITION);
    let rows: Vec<_> = draft.plan.targets.iter().map(|t| (t.indicator.as_str(), t.comparator, t.value)).collect();
    assert_eq!(
        rows,
        [
            ("xa_phuong_chi_so_dti", Comparator::Reach, 100.0),
            ("thon_to_dan_pho_to_cong_nghe_so_cong_dong", Comparator::Reach, 100.0)
        ]
    );
    check_offsets(SHARES_WITH_A_CONDITION, &draft);
}

/// An action programme for Resolution 57 with a vision (a probe of 6 Dec 2026; the same text as the Python and
/// JavaScript tests).
const AN_ACTION_PROGRAMME: &str =
    "CHƯƠNG TRÌNH HÀNH ĐỘNG\ncủa Ban Chấp hành Đảng bộ tỉnh Lâm Đồng thực hiện Nghị quyết \
                                   số 57-NQ/TW\n1. Mục tiêu đến năm 2030\n- Kinh tế số chiếm tối thiểu 25% GRDP.\n2. \
                                   Tầm nhìn đến năm 2045\n- Kinh tế số chiếm tối thiểu 50% GRDP.\n";

#[test]
fn an_action_programme_has_its_title_and_its_visions_year() {
    // Regression: no title (no year in it), and the vision's target was of 2030.
    let draft = extract_plan(AN_ACTION_PROGRAMME);
    assert_eq!(
        draft.plan.document.title,
        "CHƯƠNG TRÌNH HÀNH ĐỘNG của Ban Chấp hành Đảng bộ tỉnh Lâm Đồng thực hiện Nghị quyết số 57-NQ/TW"
    );
    let years: Vec<_> = draft.plan.targets.iter().map(|t| (t.year, t.value)).collect();
    assert_eq!(years, [(Some(2030), 25.0), (Some(2045), 50.0)]);
    check_offsets(AN_ACTION_PROGRAMME, &draft);
}

/// A news report of places held in rankings, said with the ranking's scope (hau_giang_chi_so_canh_tranh_2025,
/// kon_tum_chi_so_chuyen_doi_so_2023, development texts), and a plan's place or better (a probe of 7 Dec 2026).
const PLACES_HELD: &str =
    "Đáng chú ý, có 2 chỉ số đạt mức cao nhất kể từ khi thành lập tỉnh đến nay, đó là Chỉ số cải \
                           cách hành chính (PAR INDEX) xếp thứ 18 toàn quốc; Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) \
                           xếp thứ 7 toàn quốc.\nTuy nhiên, bước sang năm 2021, tỉnh đã đạt 0,33 điểm về chuyển đổi \
                           số, xếp thứ 46 trong cả nước và xếp thứ 5 khu vực Tây Nguyên.\n";
const A_PLACE_OR_BETTER: &str = "KẾ HOẠCH cải cách hành chính năm 2026\n- Chỉ số cải cách hành chính (PAR Index) xếp \
                                 hạng từ thứ 5 trở lên.\n- Chỉ số SIPAS đạt trên 85%.\n";

#[test]
fn places_held_in_a_ranking_are_reported_and_a_place_or_better_is_at_most() {
    // Regression: a place said with its scope ("xếp thứ 18 toàn quốc", "xếp thứ 5 khu vực Tây Nguyên") was no figure,
    // and "xếp hạng từ thứ 5 trở lên" none either.
    let draft = extract_plan(PLACES_HELD);
    assert!(draft.plan.targets.is_empty(), "{:?}", target_rows(&draft.plan));
    assert_eq!(observation_rows(&draft), [(18.0, None), (7.0, None), (46.0, Some(2021)), (5.0, Some(2021))]);
    let plan = extract_plan(A_PLACE_OR_BETTER).plan;
    assert_eq!(
        target_rows(&plan),
        [
            (Some(2026), Comparator::AtMost, 5.0, MeasureUnit::Rank),
            (Some(2026), Comparator::MoreThan, 85.0, MeasureUnit::Percent)
        ]
    );
    assert_eq!(plan.targets[0].indicator, "chi_so_cai_cach_hanh_chinh");
}

/// Aims of schools, whose names hold "cơ" (a probe of 7 Dec 2026; the same text as the Python and JavaScript tests).
const SCHOOLS_AIMS: &str = "Mục tiêu năm 2026: 60% cơ sở giáo dục phổ thông sử dụng học bạ số; 100% học sinh được \
                            học kỹ năng số cơ bản.\n";

#[test]
fn the_co_of_a_name_is_kept_in_its_id() {
    // Regression: "cơ" folds to the "co" of "có" (has), left out of ids: "so_giao_duc_pho_thong_...".
    let plan = extract_plan(SCHOOLS_AIMS).plan;
    let ids: Vec<&str> = plan.targets.iter().map(|t| t.indicator.as_str()).collect();
    assert_eq!(ids, ["co_so_giao_duc_pho_thong_su_dung_hoc_ba_so", "hoc_sinh_hoc_ky_nang_so_co_ban"]);
}

/// News of a budget's months counted ("11 tháng năm 2026"; a probe of 7 Dec 2026, the same text as the Python and
/// JavaScript tests).
const MONTHS_COUNTED: &str = "Quảng Ngãi: 11 tháng, thu ngân sách vượt dự toán cả năm\nTrong 11 tháng năm 2026, tổng \
                              thu ngân sách nhà nước trên địa bàn tỉnh đạt 38.500 tỷ đồng, bằng 104% dự toán Trung \
                              ương giao.\n";

#[test]
fn the_months_counted_of_a_year_report_that_year() {
    // Regression: "tháng năm 2026" was read as a date's, so the year dated nothing and the figures were targets.
    let draft = extract_plan(MONTHS_COUNTED);
    assert!(draft.plan.targets.is_empty(), "{:?}", target_rows(&draft.plan));
    assert_eq!(observation_rows(&draft), [(38_500e9, Some(2026)), (104.0, Some(2026))]);
    // With no target, no date and no period in a title, the text is of the latest year it reports (it was 2025, a
    // default).
    assert_eq!(draft.plan.period, chitieu::Period { from: None, to: 2026, horizon: None });
    check_offsets(MONTHS_COUNTED, &draft);
}

/// Aims whose year stands between the words that strive and the words that name (a probe of 7 Dec 2026;
/// lam_dong_du_lich_2030, a development text; the same text as the Python and JavaScript tests).
const A_YEAR_AFTER_THE_STRIVING: &str = "Tỉnh phấn đấu cả năm 2026 tổng thu ngân sách đạt trên 41.000 tỷ đồng; tăng \
                                         trưởng GRDP đạt 10%.\nPhấn đấu đến năm 2030 đón 15 triệu lượt khách.\n";

#[test]
fn the_words_that_strive_before_a_year_name_nothing() {
    // Regression: the name stopped at the year, so the budget was named "ca" and the visitors had no name.
    let plan = extract_plan(A_YEAR_AFTER_THE_STRIVING).plan;
    let ids: Vec<&str> = plan.targets.iter().map(|t| t.indicator.as_str()).collect();
    assert_eq!(ids, ["tong_thu_ngan_sach", "tang_truong_grdp", "don_luot_khach"]);
    assert_eq!(plan.indicator("tong_thu_ngan_sach").map(|i| i.name_vi.as_str()), Some("tổng thu ngân sách"));
}

/// News whose sentences open with connectors (a probe of 7 Dec 2026; the same text as the Python and JavaScript tests).
const CONNECTORS_OPEN: &str = "Năm 2026, kinh tế của tỉnh tiếp tục tăng trưởng khá. Tuy nhiên, thu ngân sách chỉ đạt \
                               12.000 tỷ đồng. Cụ thể, GRDP bình quân đầu người đạt 95 triệu đồng.\n";

#[test]
fn a_connector_that_opens_a_sentence_names_nothing() {
    // Regression: "Tuy nhiên," and "Cụ thể," opened the names (tuy_nhien_thu_ngan_sach, cu_grdp_binh_quan_dau_nguoi).
    let draft = extract_plan(CONNECTORS_OPEN);
    let ids: Vec<(&str, Option<i32>)> = draft.observations.iter().map(|o| (o.indicator.as_str(), o.year)).collect();
    assert_eq!(ids, [("thu_ngan_sach", Some(2026)), ("grdp_binh_quan_dau_nguoi", Some(2026))]);
    assert_eq!(draft.observations[0].name_vi, "thu ngân sách");
}

/// A department's review of 2026 and its aims for 2027 (a probe of 7 Dec 2026; the same text as the Python and
/// JavaScript tests).
const A_REVIEWED_YEAR_IN_ITS_CLAUSE: &str = "Sở Khoa học và Công nghệ: kết quả chuyển đổi số năm 2026\nNăm 2026, tỉnh \
                                             có 92% hồ sơ được giải quyết trực tuyến, 100% văn bản được ký số. Kinh tế \
                                             số chiếm 14,5% GRDP.\nMục tiêu năm 2027: 95% hồ sơ giải quyết trực tuyến; \
                                             kinh tế số chiếm 16% GRDP.\n";

#[test]
fn the_reviewed_years_results_are_reported_though_their_clause_dates_them() {
    // Regression: "Năm 2026, tỉnh có 92% ..." under a title reviewing 2026 was two targets of 2026.
    let draft = extract_plan(A_REVIEWED_YEAR_IN_ITS_CLAUSE);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2027), Comparator::Reach, 95.0, MeasureUnit::Percent),
            (Some(2027), Comparator::Reach, 16.0, MeasureUnit::PercentOfGrdp)
        ]
    );
    assert_eq!(observation_rows(&draft), [(92.0, Some(2026)), (100.0, Some(2026)), (14.5, Some(2026))]);
    check_offsets(A_REVIEWED_YEAR_IN_ITS_CLAUSE, &draft);
}

/// A ward's amounts said with its territory and no verb (a probe of 7 Dec 2026; the same text as the Python and
/// JavaScript tests).
const AMOUNTS_ON_A_TERRITORY: &str = "Phường Hòa Khánh triển khai nhiệm vụ năm 2027\nSáng 5/1/2027, UBND phường Hòa \
                                      Khánh tổ chức hội nghị triển khai nhiệm vụ năm 2027.\nNăm 2026, tổng thu ngân \
                                      sách trên địa bàn phường 215 tỷ đồng, bằng 112% dự toán.\nNăm 2027, phường đề \
                                      ra 15 chỉ tiêu chủ yếu, trong đó thu ngân sách trên địa bàn phường 230 tỷ \
                                      đồng.\n";

#[test]
fn an_amount_named_before_its_territory_is_read() {
    // Regression: "trên địa bàn phường" pushed "thu ngân sách" out of the words looked at, so neither amount was read.
    let draft = extract_plan(AMOUNTS_ON_A_TERRITORY);
    assert_eq!(target_rows(&draft.plan), [(Some(2027), Comparator::Reach, 230e9, MeasureUnit::Dong)]);
    assert_eq!(observation_rows(&draft), [(215e9, Some(2026)), (112.0, Some(2026))]);
    check_offsets(AMOUNTS_ON_A_TERRITORY, &draft);
}

/// A commune's plan for 2026 with counts said with no verb that sets them (a probe of 7 Dec 2026; the same text as the
/// Python and JavaScript tests).
const COUNTS_WITH_NO_VERB: &str =
    "Kế hoạch chuyển đổi số xã Tân Hòa năm 2026\nChỉ tiêu năm 2026:\n- Kiện toàn Tổ công \
                                   nghệ số cộng đồng tại 12/12 ấp.\n- 15 thôn có điểm truy cập Wifi công cộng.\nTheo \
                                   kế hoạch, xã sẽ nâng cấp 3/5 tuyến đường, 2/2 tuyến đường đã sửa tạm trước đây, 4/4 \
                                   tuyến kênh.\nTháng 7/2025, công trình nhà văn hóa xã được khánh thành.\n";

#[test]
fn things_counted_out_of_all_or_opening_their_clause_are_to_reach() {
    // Regression: the counts out of all ("12/12 ấp", "3/5 tuyến đường") and "15 thôn có ..." were no figures for want
    // of a verb that sets them; "đã sửa tạm" made "4/4 tuyến kênh" a report; "Tháng 7/2025, công trình" is a month, no
    // count.
    let draft = extract_plan(COUNTS_WITH_NO_VERB);
    let count = |v: f64| (Some(2026), Comparator::Reach, v, MeasureUnit::Count);
    assert_eq!(target_rows(&draft.plan), [count(12.0), count(15.0), count(3.0), count(2.0), count(4.0)]);
    assert!(draft.observations.is_empty());
    // Named with the things counted: "15 thôn có ..." was `diem_truy_cap_wifi_cong_cong`.
    assert_eq!(draft.plan.targets[1].indicator, "thon_diem_truy_cap_wifi_cong_cong");
    check_offsets(COUNTS_WITH_NO_VERB, &draft);
}

/// A commune's review of 2025 with its place among the province's communes (xa_muong_lat_thanh_hoa, a development
/// text, reshaped; the same text as the Python and JavaScript tests).
const A_PLACE_AMONG_THE_COMMUNES: &str = "Xã Mường Lát: kết quả năm 2025\nNăm 2025, chỉ số phục vụ người dân và doanh \
                                          nghiệp của xã đạt trên 94 điểm, xếp thứ 12/166 xã, phường trên địa bàn \
                                          tỉnh.\nMục tiêu năm 2026: thu nhập bình quân đầu người đạt 31 triệu đồng.\n";

#[test]
fn a_place_among_the_communes_of_a_province_is_a_rank() {
    // Regression: "xếp thứ 12/166 xã, phường" was no figure (only places out of 34 or 63 provinces were ranks), and
    // once read, a count named `communes_wards` by the whole it is out of.
    let draft = extract_plan(A_PLACE_AMONG_THE_COMMUNES);
    assert_eq!(target_rows(&draft.plan), [(Some(2026), Comparator::Reach, 31e6, MeasureUnit::Dong)]);
    assert_eq!(observation_rows(&draft), [(94.0, Some(2025)), (12.0, Some(2025))]);
    assert_eq!(draft.observations[1].unit, MeasureUnit::Rank);
    assert_eq!(draft.observations[1].indicator, "xep_thu");
    check_offsets(A_PLACE_AMONG_THE_COMMUNES, &draft);
}

/// A commune's report of a year's results with no word that reports but its opening (a probe of 7 Dec 2026; the same
/// text as the Python and JavaScript tests).
const A_REVIEW_OF_RESULTS_ONLY: &str = "UBND xã Tân Hòa báo cáo kết quả công tác năm 2025 như sau:\nTỷ lệ hồ sơ trực \
                                        tuyến của xã đạt 95%, 100% văn bản được ký số.\n";

#[test]
fn a_text_that_reviews_a_years_results_and_sets_no_objective_reports() {
    // Regression: the results were two targets with no year; the text says no "đã", "đến nay" nor "hiện nay", only
    // the results of 2025 it reviews.
    let draft = extract_plan(A_REVIEW_OF_RESULTS_ONLY);
    assert!(draft.plan.targets.is_empty());
    assert_eq!(observation_rows(&draft), [(95.0, Some(2025)), (100.0, Some(2025))]);
    check_offsets(A_REVIEW_OF_RESULTS_ONLY, &draft);
}

/// A province's plan for 2026-2030 with roadmaps of years in one sentence (a probe of 7 Dec 2026; the same text as the
/// Python and JavaScript tests).
const ROADMAPS_UNDER_OBJECTIVES: &str = "KẾ HOẠCH\nPhát triển kinh tế số tỉnh Đồng Nai giai đoạn 2026 - 2030\nII. MỤC \
                                         TIÊU CỤ THỂ\n1. Tỷ trọng kinh tế số trong GRDP đến năm 2027 đạt 15%, năm 2028 \
                                         đạt 18% và đến năm 2030 đạt trên 25%.\n2. Tỷ lệ doanh nghiệp nhỏ và vừa sử \
                                         dụng nền tảng số: năm 2026 đạt 50%, năm 2027 đạt 60%, năm 2030 đạt 80%.\n";

#[test]
fn a_roadmap_under_an_objectives_heading_is_all_targets_of_one_indicator() {
    // Regression: the later years of the GRDP share were `indicator_percent` in percent (said "trong GRDP" once), and
    // "năm 2026 đạt 50%" was a report (before 2027, the first objective's year), so the years after it took the GRDP
    // share's indicator.
    let draft = extract_plan(ROADMAPS_UNDER_OBJECTIVES);
    let rows: Vec<_> = draft.plan.targets.iter().map(|t| (t.year, t.indicator.as_str(), t.value)).collect();
    assert_eq!(
        rows,
        [
            (Some(2027), "digital_economy_share_grdp", 15.0),
            (Some(2028), "digital_economy_share_grdp", 18.0),
            (Some(2030), "digital_economy_share_grdp", 25.0),
            (Some(2026), "sme_digital_platforms", 50.0),
            (Some(2027), "sme_digital_platforms", 60.0),
            (Some(2030), "sme_digital_platforms", 80.0)
        ]
    );
    assert_eq!(draft.plan.indicator("digital_economy_share_grdp").unwrap().unit, MeasureUnit::PercentOfGrdp);
    assert!(draft.observations.is_empty());
    check_offsets(ROADMAPS_UNDER_OBJECTIVES, &draft);
}

/// A province's action programme for Resolution 57, its kind standing alone above its title (a probe of 7 Dec 2026;
/// the same text as the Python and JavaScript tests).
const AN_ACTION_PROGRAMME_TITLED_UNDER_ITS_KIND: &str = "CHƯƠNG TRÌNH HÀNH ĐỘNG\nThực hiện Nghị quyết số 57-NQ/TW của \
                                                         Bộ Chính trị trên địa bàn tỉnh Lâm Đồng đến năm 2030\n1. Mục \
                                                         tiêu đến năm 2030\nCấp xã: 90% hồ sơ thủ tục hành chính được \
                                                         giải quyết trực tuyến.\n2. Mục tiêu đến năm 2045: Lâm Đồng \
                                                         thuộc nhóm 10 tỉnh, thành phố dẫn đầu cả nước về chuyển đổi \
                                                         số.\n";

#[test]
fn an_action_programmes_title_is_the_line_under_its_kind() {
    // Regression: "CHƯƠNG TRÌNH HÀNH ĐỘNG" was no kind standing alone, so the title was the line of 2045's vision and
    // the plan's period ended in 2045.
    let draft = extract_plan(AN_ACTION_PROGRAMME_TITLED_UNDER_ITS_KIND);
    assert_eq!(
        draft.plan.document.title,
        "CHƯƠNG TRÌNH HÀNH ĐỘNG Thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị trên địa bàn tỉnh Lâm Đồng đến \
         năm 2030"
    );
    assert_eq!(draft.plan.period, chitieu::Period { from: None, to: 2030, horizon: Some(2045) });
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2030), Comparator::Reach, 90.0, MeasureUnit::Percent),
            (Some(2045), Comparator::AtMost, 10.0, MeasureUnit::Rank)
        ]
    );
    check_offsets(AN_ACTION_PROGRAMME_TITLED_UNDER_ITS_KIND, &draft);
}

/// News of the DTI of 2025 announced in November 2026, with the scores of a province's pillars (a probe of 7 Dec 2026;
/// the same text as the Python and JavaScript tests).
const AN_INDEX_ANNOUNCED: &str =
    "Công bố Chỉ số chuyển đổi số cấp tỉnh năm 2025\nNgày 20/11/2026, Bộ Khoa học và Công \
                                  nghệ công bố Chỉ số chuyển đổi số (DTI) năm 2025 của 34 tỉnh, thành phố.\nTỉnh Quảng \
                                  Trị xếp thứ 18/34, tăng 5 bậc so với năm 2024. Trong đó, chỉ số chính quyền số đạt \
                                  0,6123 điểm, xếp thứ 12; kinh tế số đạt 0,4521 điểm, xếp thứ 21; xã hội số đạt \
                                  0,5012 điểm.\n";

#[test]
fn an_index_announced_is_of_the_year_it_scores() {
    // Regression: the pillars' scores were of the dateline's year, 2026, and those of the digital economy and society,
    // named without "chỉ số", were no figures.
    let draft = extract_plan(AN_INDEX_ANNOUNCED);
    assert!(draft.plan.targets.is_empty());
    assert_eq!(
        observation_rows(&draft),
        [(18.0, Some(2025)), (0.6123, Some(2025)), (0.4521, Some(2025)), (0.5012, Some(2025))]
    );
    let units: Vec<_> = draft.observations.iter().map(|o| o.unit).collect();
    assert_eq!(units, [MeasureUnit::Rank, MeasureUnit::Index, MeasureUnit::Index, MeasureUnit::Index]);
    check_offsets(AN_INDEX_ANNOUNCED, &draft);
}

/// A commune's resolution listing amounts after their names (a probe of 7 Dec 2026; the same text as the Python and
/// JavaScript tests).
const AMOUNTS_LISTED_AFTER_THEIR_NAMES: &str =
    "NGHỊ QUYẾT\nVề nhiệm vụ phát triển kinh tế - xã hội năm 2026 của xã Phú \
                                                Lộc\nCác chỉ tiêu chủ yếu năm 2026:\n- Tổng thu ngân sách nhà nước \
                                                trên địa bàn xã: 45,6 tỷ đồng trở lên.\n- Tổng vốn đầu tư trên địa bàn \
                                                xã: 320 tỷ đồng.\n";

#[test]
fn amounts_listed_after_their_names_are_named_by_them_and_the_territorys_investment_is_no_cost() {
    // Regression: "trở lên" after the revenue hid its name (`indicator_dong`), and the investment in the commune was
    // read as a cost, no figure.
    let draft = extract_plan(AMOUNTS_LISTED_AFTER_THEIR_NAMES);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2026), Comparator::AtLeast, 45.6e9, MeasureUnit::Dong),
            (Some(2026), Comparator::Reach, 320e9, MeasureUnit::Dong)
        ]
    );
    let ids: Vec<_> = draft.plan.targets.iter().map(|t| t.indicator.as_str()).collect();
    assert_eq!(ids, ["tong_thu_ngan_sach_nha_nuoc", "tong_von_dau_tu"]);
    check_offsets(AMOUNTS_LISTED_AFTER_THEIR_NAMES, &draft);
}

/// News of a province's action programme, the province named by its headline and its Party committee only (a probe of
/// 7 Dec 2026; the same text as the Python and JavaScript tests).
const A_PROVINCE_NAMED_WITHOUT_TINH: &str =
    "Tây Ninh đặt mục tiêu đến năm 2030 kinh tế số chiếm 30% GRDP\nTheo Chương \
                                             trình hành động vừa được Ban Thường vụ Tỉnh ủy Tây Ninh ban hành, đến năm \
                                             2030, tỉnh phấn đấu chi cho nghiên cứu phát triển đạt 2% GRDP.\n";

#[test]
fn a_province_named_by_its_headline_or_party_committee_is_the_plans() {
    // Regression: no "tỉnh Tây Ninh" in the text, so no province was found.
    let draft = extract_plan(A_PROVINCE_NAMED_WITHOUT_TINH);
    let j = &draft.plan.jurisdiction;
    assert_eq!((j.id.as_str(), j.name.as_str(), j.level), ("tay_ninh", "Tây Ninh", Level::Province));
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2030), Comparator::Reach, 30.0, MeasureUnit::PercentOfGrdp),
            (Some(2030), Comparator::Reach, 2.0, MeasureUnit::PercentOfGrdp)
        ]
    );
    check_offsets(A_PROVINCE_NAMED_WITHOUT_TINH, &draft);
}

#[test]
fn waste_collected_is_named_with_its_verb() {
    // Regression (a probe of 7 Dec 2026; the same text as the Python and JavaScript tests): "thu gom" lost its "gom",
    // read as the "gồm" (comprising) that ends a name.
    let draft = extract_plan("Kế hoạch bảo vệ môi trường năm 2026\n- 100% chất thải y tế được thu gom, xử lý.\n");
    assert_eq!(draft.plan.targets[0].indicator, "chat_thai_y_te_thu_gom");
}

#[test]
fn a_tables_first_row_is_no_headline() {
    // Regression (a probe of 7 Dec 2026; the same text as the Python and JavaScript tests): the first row, short and
    // first with figures, was read as a headline, and the 90 of 2027 in the second row as that headline said again.
    let text =
        "Phụ lục: Chỉ tiêu chuyển đổi số\nSTT\tChỉ tiêu\tĐơn vị\tNăm 2026\tNăm 2027\n1\tTỷ lệ dịch vụ công trực tuyến \
                toàn trình\t%\t80\t90\n2\tTỷ lệ dân số trưởng thành có điện thoại thông minh\t%\t85\t90\n";
    let draft = extract_plan(text);
    let rows: Vec<_> = draft.plan.targets.iter().map(|t| (t.indicator.as_str(), t.year, t.value)).collect();
    assert_eq!(
        rows,
        [
            ("full_online_public_services", Some(2026), 80.0),
            ("full_online_public_services", Some(2027), 90.0),
            ("adults_with_smartphone", Some(2026), 85.0),
            ("adults_with_smartphone", Some(2027), 90.0)
        ]
    );
    check_offsets(text, &draft);
}

/// News of a province's eleven months (a probe of 7 Dec 2026; the same text as the Python and JavaScript tests).
const A_YEAR_TO_COMPLETE: &str = "Ngày 28/11/2026, UBND tỉnh Vĩnh Long họp đánh giá tình hình kinh tế - xã hội 11 \
                                  tháng năm 2026.\nTổng thu ngân sách nhà nước trên địa bàn 11 tháng ước đạt 18.500 tỷ \
                                  đồng.\nĐể hoàn thành kế hoạch năm 2026, tỉnh phấn đấu tốc độ tăng trưởng GRDP cả năm \
                                  đạt 8,5%.\n";

#[test]
fn the_plan_a_sentence_aims_to_complete_dates_its_target_and_a_span_of_time_names_nothing() {
    // Regression: "kế hoạch năm 2026" was read as another document's name, so the target had no year; the names kept
    // "cả năm" and the "tháng" of "11 tháng" (toc_do_tang_truong_grdp_ca_nam, tong_thu_ngan_sach_nha_nuoc_thang).
    let draft = extract_plan(A_YEAR_TO_COMPLETE);
    assert_eq!(target_rows(&draft.plan), [(Some(2026), Comparator::Reach, 8.5, MeasureUnit::PercentPerYear)]);
    assert_eq!(draft.plan.targets[0].indicator, "toc_do_tang_truong_grdp");
    assert_eq!(observation_rows(&draft), [(18_500e9, Some(2026))]);
    assert_eq!(draft.observations[0].indicator, "tong_thu_ngan_sach_nha_nuoc");
    check_offsets(A_YEAR_TO_COMPLETE, &draft);
}

#[test]
fn an_index_whose_name_holds_a_comma_is_named_whole() {
    // Regression (a probe of 7 Dec 2026; the same text as the Python and JavaScript tests): the name was cut at its
    // comma, "doanh nghiệp của xã", and the id made of the glossary's words for it, `enterprises_communes`.
    let text =
        "Kế hoạch chuyển đổi số của xã năm 2026\n- Phấn đấu Chỉ số phục vụ người dân, doanh nghiệp của xã đạt từ \
                85 điểm trở lên.\n";
    let draft = extract_plan(text);
    assert_eq!(target_rows(&draft.plan), [(Some(2026), Comparator::AtLeast, 85.0, MeasureUnit::Index)]);
    assert_eq!(draft.plan.targets[0].indicator, "chi_so_phuc_vu_nguoi_dan_doanh_nghiep_xa");
    assert!(draft.plan.indicators[0].name_vi.starts_with("Chỉ số phục vụ người dân, doanh nghiệp"));
    check_offsets(text, &draft);
}

#[test]
fn a_ratio_per_people_is_named_by_what_it_counts() {
    // Regression (a probe of 7 Dec 2026; the same text as the Python and JavaScript tests): the ids followed how the
    // ratio was written (so_giuong_benh_dan_giuong, bac_si_van_dan) and "dược" was read as "được" (sy_van_dan).
    let text =
        "Các chỉ tiêu chủ yếu đến năm 2030:\n- Số giường bệnh trên 10.000 dân đạt 35 giường.\n- Đạt 15 bác sĩ/vạn \
                dân và 03 dược sỹ/1 vạn dân.\n";
    let draft = extract_plan(text);
    let rows: Vec<_> = draft.plan.targets.iter().map(|t| (t.indicator.as_str(), t.value)).collect();
    assert_eq!(rows, [("so_giuong_benh", 3.5), ("so_bac_si", 1.5), ("so_duoc_sy", 0.3)]);
    let names: Vec<_> = draft.plan.indicators.iter().map(|i| i.name_vi.as_str()).collect();
    assert_eq!(names, ["Số giường bệnh", "số bác sĩ", "số dược sỹ"]);
    check_offsets(text, &draft);
}

#[test]
fn a_level_kept_is_named_without_its_verb() {
    // Regression (a probe of 7 Dec 2026; the same text as the Python and JavaScript tests): the names ended with the
    // verb that keeps the level (che_phu_rung_duy_tri, che_phu_rung_on_dinh).
    let draft = extract_plan(
        "Kế hoạch năm 2027\n- Tỷ lệ che phủ rừng duy trì ở mức 42%.\n- Tỷ lệ che phủ cây xanh đô thị ổn \
                              định ở mức 39%.\n",
    );
    let ids: Vec<_> = draft.plan.targets.iter().map(|t| t.indicator.as_str()).collect();
    assert_eq!(ids, ["che_phu_rung", "che_phu_cay_xanh_do_thi"]);
}

#[test]
fn a_congress_named_with_its_term_in_the_title_gives_the_period() {
    // Regression (a probe of 7 Dec 2026; the same text as the Python and JavaScript tests): the period was 2030 alone,
    // taken from the target years, with a note saying no period was found.
    let text =
        "NGHỊ QUYẾT\nĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ TỈNH ĐỒNG THÁP LẦN THỨ I, NHIỆM KỲ 2025 - 2030\nCác chỉ tiêu chủ yếu \
                đến năm 2030:\n- Tỷ lệ đô thị hóa đạt 45%.\n";
    let draft = extract_plan(text);
    let p = draft.plan.period;
    assert_eq!((p.from, p.to, p.horizon), (Some(2025), 2030, None));
    assert!(draft.notes.iter().any(|n| n.contains("term of the congress its title names, 2025-2030")));
    assert!(!draft.notes.iter().any(|n| n.starts_with("No period found")));
    // A council's term in a title is no plan's period ("HĐND phường ... nhiệm kỳ 2016-2021 ... năm 2020").
    let council = extract_plan(
        "Ngày 21-2, HĐND phường Trưng Vương khóa I, nhiệm kỳ 2016-2021 tổ chức kỳ họp giao chỉ tiêu \
                                năm 2020.\nTỷ lệ hộ nghèo giảm còn 1%.\n",
    );
    assert_eq!((council.plan.period.from, council.plan.period.to), (None, 2020));
}

#[test]
fn a_year_compared_with_in_a_first_line_read_as_title_is_no_plans() {
    // Regression (a probe of 7 Dec 2026; the same text as the Python and JavaScript tests): the news item's first line,
    // read as its title, made the plan one of 2024, the base its rank is compared with.
    let text =
        "Ngày 15/11/2026, Bộ Khoa học và Công nghệ công bố Chỉ số chuyển đổi số cấp tỉnh (DTI) năm 2025. Theo đó, \
                tỉnh Tuyên Quang đạt 0,6521 điểm, xếp thứ 12/34 tỉnh, thành phố, tăng 5 bậc so với năm 2024.\nMục tiêu \
                của tỉnh đến năm 2027 là nằm trong nhóm 10 tỉnh, thành phố dẫn đầu cả nước về chỉ số DTI.\n";
    let draft = extract_plan(text);
    assert_eq!((draft.plan.period.from, draft.plan.period.to), (Some(2025), 2025));
    assert!(draft.plan.targets.iter().all(|t| t.year != Some(2024)));
}

#[test]
fn a_row_that_counts_takes_its_cells_as_counts() {
    // Regression (a probe of 7 Dec 2026; the same text as the Python and JavaScript tests): "135 trạm" under the row
    // "Số trạm y tế ..." and bare whole numbers under "Số doanh nghiệp ..." were no figures (no unit column).
    let text = "KẾ HOẠCH chuyển đổi số ngành y tế năm 2027\n| STT | Chỉ tiêu | Chỉ tiêu năm 2027 |\n| 1 | Tỷ lệ người \
                dân có hồ sơ sức khỏe điện tử | 95% |\n| 2 | Số trạm y tế xã triển khai khám chữa bệnh từ xa | 135 \
                trạm |\n| 3 | Số doanh nghiệp công nghệ số | 300 |\n";
    let draft = extract_plan(text);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2027), Comparator::Reach, 95.0, MeasureUnit::Percent),
            (Some(2027), Comparator::Reach, 135.0, MeasureUnit::Count),
            (Some(2027), Comparator::Reach, 300.0, MeasureUnit::Count)
        ]
    );
    check_offsets(text, &draft);
}

#[test]
fn only_so_far_in_a_sentence_that_opens_on_now_is_no_word_of_a_name() {
    // Regression (a probe of 7 Dec 2026; the same text as the Python and JavaScript tests): the rate reported now was
    // named `phu_song_5g_moi`, its "mới" (only so far) read as the adjective "new".
    let draft = extract_plan(
        "Đà Nẵng phủ sóng 5G toàn thành phố vào năm 2027\nĐến năm 2027, 100% thôn được phủ sóng 5G.\n\
                              Hiện nay, tỷ lệ phủ sóng 5G trên địa bàn mới đạt 65% dân số.\n",
    );
    assert_eq!(draft.observations.iter().map(|o| o.indicator.as_str()).collect::<Vec<_>>(), ["phu_song_5g"]);
}

#[test]
fn a_ranks_group_by_a_year_after_a_semicolon_is_the_previous_ranks() {
    // Regression (a probe of 7 Dec 2026; the same text as the Python and JavaScript tests): the second rank, whose
    // words say only its year and its group, was named `nam` (the "nằm" of "nằm trong nhóm").
    let draft = extract_plan(
        "Kế hoạch chuyển đổi số\nMục tiêu của tỉnh đến năm 2027 là nằm trong nhóm 10 tỉnh, thành phố \
                              dẫn đầu cả nước về chỉ số DTI; đến năm 2030 nằm trong nhóm 5 tỉnh dẫn đầu.\n",
    );
    let rows: Vec<_> = draft.plan.targets.iter().map(|t| (t.indicator.as_str(), t.year, t.value)).collect();
    assert_eq!(rows, [("dti_rank", Some(2027), 10.0), ("dti_rank", Some(2030), 5.0)]);
}

#[test]
fn a_years_months_counted_after_a_lead_in_date_the_sentences_after_them() {
    // Regression (a probe of 7 Dec 2026; the same text as the Python and JavaScript tests): the exports reported in
    // the sentence after "Theo báo cáo của UBND tỉnh, 11 tháng năm 2026, ..." had no year.
    let draft = extract_plan(
        "Tin kinh tế\nTheo báo cáo của UBND tỉnh, 11 tháng năm 2026, chỉ số sản xuất công nghiệp tăng 9,2% so với \
         cùng kỳ. Kim ngạch xuất khẩu đạt 3,4 tỷ USD.\nNăm 2027, tỉnh phấn đấu tăng trưởng GRDP đạt 10%.\n",
    );
    assert_eq!(observation_rows(&draft), [(9.2, Some(2026)), (3.4e9, Some(2026))]);
}

#[test]
fn a_line_that_opens_with_a_years_months_counted_is_not_joined_to_a_title() {
    // Regression (a probe of 7 Dec 2026; the same text as the Python and JavaScript tests): the title, with no full
    // stop, was joined to the sentence after it, whose rise was then read as a yearly rate quoted from the title.
    let draft = extract_plan(
        "Kinh tế năm 2026 tăng trưởng khá\n9 tháng năm 2026, chỉ số sản xuất công nghiệp tăng 9,2% so với cùng kỳ. \
         Kim ngạch xuất khẩu đạt 3,4 tỷ USD.\nNăm 2027, tỉnh phấn đấu tăng trưởng GRDP đạt 10%.\n",
    );
    let first = &draft.observations[0];
    assert_eq!((first.unit, first.year, first.value), (MeasureUnit::PercentIncrease, Some(2026), 9.2));
    assert!(first.quote.starts_with("9 tháng năm 2026"), "{}", first.quote);
}

#[test]
fn many_in_a_name_is_no_already() {
    // Regression (a probe of 7 Dec 2026; the same text as the Python and JavaScript tests): the "đa" (many) of "chuẩn
    // nghèo đa chiều" folds as the "đã" (already) an id leaves out: the id was `ho_ngheo_chuan_ngheo_chieu`.
    let draft = extract_plan(
        "Kế hoạch giảm nghèo năm 2026\nĐến năm 2026, tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giảm còn dưới 3%.\n",
    );
    let ids: Vec<_> = draft.plan.targets.iter().map(|t| t.indicator.as_str()).collect();
    assert_eq!(ids, ["ho_ngheo_chuan_ngheo_da_chieu"]);
}

#[test]
fn degrees_and_certificates_are_one_name() {
    // Regression (a probe of 7 Dec 2026; the same text as the Python and JavaScript tests): the share with degrees or
    // certificates was named "chứng chỉ", the comma between them read as parting a list.
    let draft = extract_plan(
        "Kế hoạch phát triển kinh tế - xã hội năm 2027\nCác chỉ tiêu chủ yếu năm 2027:\n(7) Tỷ lệ lao động qua đào tạo \
         đạt 72%, trong đó có bằng cấp, chứng chỉ đạt 32%.\n",
    );
    let ids: Vec<_> = draft.plan.targets.iter().map(|t| t.indicator.as_str()).collect();
    assert_eq!(ids, ["lao_dong_qua_dao_tao", "bang_cap_chung_chi"]);
    assert_eq!(draft.plan.targets[1].quote, "trong đó có bằng cấp, chứng chỉ đạt 32%");
}

#[test]
fn accordingly_after_results_announced_reports_them() {
    // Regression (a probe of 7 Dec 2026; the same text as the Python and JavaScript tests): the rank the announced
    // assessment gave was a target of 2025, "Theo đó" read as opening a plan's aims.
    let draft = extract_plan(
        "Chỉ số chuyển đổi số của Phú Thọ tăng 5 bậc\nBộ Khoa học và Công nghệ vừa công bố kết quả đánh giá Chỉ số \
         chuyển đổi số (DTI) năm 2025. Theo đó, tỉnh Phú Thọ xếp thứ 12/34 tỉnh, thành phố, tăng 5 bậc so với năm \
         2024.\nNăm 2026, tỉnh phấn đấu nằm trong nhóm 10 tỉnh, thành phố dẫn đầu cả nước về Chỉ số DTI.\n",
    );
    let rows: Vec<_> = draft.plan.targets.iter().map(|t| (t.indicator.as_str(), t.year, t.value)).collect();
    assert_eq!(rows, [("dti_rank", Some(2026), 10.0)]);
    assert_eq!(observation_rows(&draft), [(12.0, Some(2025))]);
}

/// An announced DTI with the provinces ranked before the plan's own (a probe of 7 Dec 2026; the same text as the Python
/// and JavaScript tests).
const DTI_ANNOUNCED: &str =
    "Công bố Chỉ số chuyển đổi số cấp tỉnh năm 2025 của Quảng Trị\nNgày 20/11/2026, Bộ Khoa học \
                             và Công nghệ công bố Chỉ số chuyển đổi số (DTI) năm 2025 của 34 tỉnh, thành phố. Theo đó, \
                             Hà Nội tiếp tục dẫn đầu với 0,7865 điểm; TP. Hồ Chí Minh xếp thứ 2 với 0,7512 điểm. Tỉnh \
                             Quảng Trị đạt 0,6012 điểm, xếp thứ 18/34, tăng 5 bậc so với năm 2024.\n";

#[test]
fn a_score_below_one_is_an_index_and_other_provinces_ranked_are_not_the_plans() {
    // Regression: the province's 0,6012 điểm, its index named in the sentence before, was left out as a count; once
    // read, the scores "Hà Nội tiếp tục dẫn đầu với 0,7865 điểm" and "TP. Hồ Chí Minh xếp thứ 2 với 0,7512 điểm" must
    // not be the plan's.
    let draft = extract_plan(DTI_ANNOUNCED);
    assert!(draft.plan.targets.is_empty());
    assert_eq!(observation_rows(&draft), [(0.6012, Some(2025)), (18.0, Some(2025))]);
    assert_eq!(draft.observations[0].unit, MeasureUnit::Index);
    let others: Vec<_> =
        draft.unused_numbers.iter().filter(|u| u.reason == UnusedReason::Comparison).map(|u| u.text.as_str()).collect();
    assert_eq!(others, ["0,7865", "0,7512"]);
}

#[test]
fn data_reused_is_no_patent_commercially_exploited() {
    // Regression (a probe of 7 Dec 2026; the same text as the Python and JavaScript tests): the share of digitised data
    // reused was the national resolution's share of patents commercially exploited, for "tỷ lệ khai thác".
    let draft = extract_plan(
        "Kế hoạch số hóa năm 2026\nTỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt tối thiểu 50% vào năm \
         2026.\n",
    );
    let ids: Vec<_> = draft.plan.targets.iter().map(|t| t.indicator.as_str()).collect();
    assert_eq!(ids, ["khai_thac_su_dung_lai_thong_tin_du_lieu_so_hoa"]);
}

#[test]
fn a_roadmaps_lines_of_years_and_tiers_measure_what_the_line_above_names() {
    // Regression (a probe of 7 Dec 2026; the same text as the Python and JavaScript tests): each line's figures, which
    // name only their year and tier, were `indicator_percent`.
    let draft = extract_plan(
        "Kế hoạch số hóa giai đoạn 2026-2027\nII. CHỈ TIÊU\n1. Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành \
         chính:\n- Năm 2026: cấp tỉnh đạt 80%, cấp xã đạt 60%;\n- Năm 2027: cấp tỉnh đạt 90%, cấp xã đạt 75%.\n",
    );
    let rows: Vec<_> = draft.plan.targets.iter().map(|t| (t.indicator.as_str(), t.year, t.tier, t.value)).collect();
    let results = "digitised_procedure_results";
    assert_eq!(
        rows,
        [
            (results, Some(2026), Some(Tier::Province), 80.0),
            (results, Some(2026), Some(Tier::Commune), 60.0),
            (results, Some(2027), Some(Tier::Province), 90.0),
            (results, Some(2027), Some(Tier::Commune), 75.0),
        ]
    );
}

#[test]
fn two_levels_named_at_once_are_neither() {
    // Regression (a probe of 7 Dec 2026; the same text as the Python and JavaScript tests): "đơn vị cấp tỉnh" read as
    // units covered left "cấp xã" alone, and the figure of both levels was the commune's.
    let draft = extract_plan(
        "Kế hoạch chuyển đổi số năm 2026\n- 90% cơ quan, đơn vị cấp tỉnh, cấp xã có hệ thống thông tin được phê \
         duyệt cấp độ an toàn.\n",
    );
    let rows: Vec<_> = draft.plan.targets.iter().map(|t| (t.indicator.as_str(), t.tier, t.value)).collect();
    assert_eq!(rows, [("info_systems_security_approved", None, 90.0)]);
}

#[test]
fn digital_certificates_issued_are_counted() {
    // Regression (a probe of 7 Dec 2026; the same text as the Python and JavaScript tests): the certificates issued
    // were left out with no unit, and "Lũy kế 9 tháng," opened their name.
    let draft = extract_plan(
        "Báo cáo kết quả chuyển đổi số quý III năm 2026\nLũy kế 9 tháng, toàn tỉnh cấp 15.200 chứng thư số cho cá \
         nhân.\n",
    );
    let rows: Vec<_> = draft.observations.iter().map(|o| (o.indicator.as_str(), o.unit, o.year, o.value)).collect();
    assert_eq!(rows, [("cap_chung_thu_so_ca_nhan", MeasureUnit::Count, Some(2026), 15200.0)]);
}

#[test]
fn a_headlines_report_the_body_says_again_is_one_observation() {
    // Regression (a probe of 7 Dec 2026; the same text as the Python and JavaScript tests): the headline's 65% of the
    // plan was an observation beside the body's.
    let draft = extract_plan(
        "Bình dân học vụ số: Thanh Hóa đạt 65% kế hoạch\nSau 6 tháng, toàn tỉnh đã có 1,2 triệu lượt người tham gia \
         học tập, đạt 65% kế hoạch.\n",
    );
    let rows: Vec<_> = draft.observations.iter().map(|o| (o.value, o.quote.as_str())).collect();
    assert_eq!(rows[1..], [(65.0, "đạt 65% kế hoạch")]);
    assert_eq!(rows.len(), 2);
}

#[test]
fn a_province_after_a_headlines_colon_is_the_plans() {
    // Regression (a probe of 7 Dec 2026; the same text as the Python and JavaScript tests): a news item whose headline
    // names its province after a colon found none.
    let draft = extract_plan(
        "Bình dân học vụ số: Thanh Hóa đạt 65% kế hoạch\nMục tiêu đến hết năm 2026, 80% người dân trưởng thành được \
         phổ cập kỹ năng số cơ bản.\n",
    );
    assert_eq!(
        (draft.plan.jurisdiction.id.as_str(), draft.plan.jurisdiction.name.as_str()),
        ("thanh_hoa", "Thanh Hóa")
    );
}

/// A second set of the same indicators with other figures and no year of its own (tuyen_quang_kinh_te_so_2025, a
/// development text, shortened; the same text as the Python and JavaScript tests).
const A_SECOND_SET: &str =
    "Với việc phát triển kinh tế số đến năm 2025 Tuyên Quang tập trung vào các nhiệm vụ thúc đẩy \
                            doanh nghiệp chuyển đổi số, phấn đấu đạt một số mục tiêu, như tỷ trọng thương mại điện tử \
                            trong tổng mức bán lẻ đạt 7% trở lên, tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử đạt 25% \
                            trở lên.\nTỷ trọng kinh tế số chiếm 20% GRDP của tỉnh, tỷ trọng thương mại điện tử trong \
                            tổng mức bán lẻ đạt 10% trở lên, tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử đạt 50% trở \
                            lên\n";

#[test]
fn a_second_set_of_the_same_indicators_takes_no_guessed_year() {
    // Regression: the second set's figures took 2025, the year the two clauses before state, as a guess, though the
    // same indicators had other figures of 2025 already.
    let draft = extract_plan(A_SECOND_SET);
    let rows: Vec<_> = draft.plan.targets.iter().map(|t| (t.indicator.as_str(), t.year, t.value)).collect();
    assert_eq!(
        rows,
        [
            ("ecommerce_share_retail", Some(2025), 7.0),
            ("enterprises_e_contracts", Some(2025), 25.0),
            ("digital_economy_share_grdp", Some(2025), 20.0),
            ("ecommerce_share_retail", None, 10.0),
            ("enterprises_e_contracts", None, 50.0),
        ]
    );
    let last = draft.targets.last().unwrap();
    assert!(last.reasons.contains(&Uncertainty::YearMissing), "{:?}", last.reasons);
}

/// A year's results said by someone after a colon, the year just past, and what was done: a probe of 7 Dec 2026 (a
/// news item of a province's year, shortened; the same text as the Python and JavaScript tests).
const A_YEAR_SAID_AFTER_A_COLON: &str = "Quảng Ninh: mục tiêu tăng trưởng 15% trong năm 2026\n\nÔng Bùi Văn Khắng, Chủ \
     tịch UBND tỉnh Quảng Ninh cho biết: Năm 2025, tỉnh đã đạt được nhiều kết quả nổi bật, trong đó, tốc độ tăng trưởng \
     kinh tế đạt 11,9%, quy mô nền kinh tế đạt 368.445 tỷ đồng. GRDP bình quân đầu người đạt trên 10.400 USD.\n\nBên \
     cạnh đó, Quảng Ninh đã đảm bảo an sinh xã hội tốt trong năm vừa qua, tổng chi an sinh xã hội tăng trên 12% so với \
     cùng kỳ. Tỉnh hoàn thành 2.464 căn nhà ở xã hội, đạt 112% chỉ tiêu của Thủ tướng Chính phủ giao.\n";

#[test]
fn a_year_said_after_a_colon_and_the_year_just_past_report() {
    // Regression: the year after "cho biết:" held for no sentence after its own (GRDP per person had none); "đã đảm
    // bảo" wanted the figures after it and "trong năm vừa qua" reported nothing, so three results were targets.
    let draft = extract_plan(A_YEAR_SAID_AFTER_A_COLON);
    assert_eq!(target_rows(&draft.plan), [(Some(2026), Comparator::Reach, 15.0, MeasureUnit::PercentPerYear)]);
    let rows = observation_rows(&draft);
    let expected = [11.9, 368_445e9, 10_400.0, 12.0, 2_464.0, 112.0].map(|v| (v, Some(2025)));
    assert_eq!(rows, expected);
}

/// A year after "cho biết" (said), however long the lead-in: a probe of 7 Dec 2026 (a news item of Hà Nội's year,
/// shortened; the same text as the Python and JavaScript tests).
const A_YEAR_AFTER_SAID: &str = "Chủ tịch UBND TP Hà Nội Vũ Đại Thắng cho biết năm 2025, GRDP của Thủ đô tăng 8,16%, \
     cao hơn nhiều so với các năm trước. Thu hút vốn đầu tư nước ngoài tăng đột biến hơn 70%, đạt khoảng 4,4 tỷ \
     USD.\n\nVề phương hướng, nhiệm vụ năm 2026, Hà Nội đặt mục tiêu tăng trưởng GRDP trên 11%.\n";

#[test]
fn a_year_after_said_dates_the_account_that_follows() {
    // Regression: the year after "cho biết" held for no sentence after its own, so the investment drawn in 2025 was
    // two targets with no year.
    let draft = extract_plan(A_YEAR_AFTER_SAID);
    assert_eq!(target_rows(&draft.plan), [(Some(2026), Comparator::MoreThan, 11.0, MeasureUnit::PercentPerYear)]);
    assert_eq!(observation_rows(&draft), [(8.16, Some(2025)), (70.0, Some(2025)), (4.4e9, Some(2025))]);
}

#[test]
fn an_amount_passed_is_read_however_long_its_name() {
    // Regression (a probe of 7 Dec 2026): "vượt" before an amount set no figure to reach, so an amount whose name
    // pushed its other words out of sight (a place's name after it) had no unit.
    let draft = extract_plan(
        "Năm 2025, quy mô nền kinh tế Hà Nội vượt 64 tỷ USD; Hà Nội thu ngân sách Nhà nước vượt mốc 700.000 tỷ đồng.\n",
    );
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2025), Comparator::MoreThan, 64e9, MeasureUnit::Usd),
            (Some(2025), Comparator::MoreThan, 700_000e9, MeasureUnit::Dong)
        ]
    );
}

#[test]
fn the_existing_ones_that_do_something_report_nothing() {
    // Regression (a probe of 7 Dec 2026, a province's OCOP plan): "hiện có" (existing) before a verb reported the line,
    // so two aims "tối thiểu" set were achievements.
    let draft = extract_plan(
        "Tỉnh Hà Tĩnh phấn đấu có tối thiểu 50 sản phẩm đạt chuẩn OCOP.\nCủng cố, nâng cao năng lực cho tối thiểu 30 \
         tổ chức kinh tế sản xuất, kinh doanh sản phẩm, dịch vụ hiện có thực hiện Chương trình OCOP. Phát triển mới tối thiểu 10 tổ chức kinh tế tham gia Chương trình.\n",
    );
    assert_eq!(
        target_rows(&draft.plan),
        [
            (None, Comparator::AtLeast, 50.0, MeasureUnit::Count),
            (None, Comparator::AtLeast, 30.0, MeasureUnit::Count),
            (None, Comparator::AtLeast, 10.0, MeasureUnit::Count)
        ]
    );
    assert!(draft.observations.is_empty(), "{:?}", draft.observations);
}

#[test]
fn what_someone_said_is_not_named_by_the_speaker() {
    // Regression (a probe of 7 Dec 2026): the words before "cho biết" named the speaker's figure
    // (`chu_tich_ubnd_tp_ha_noi_vu_dai_thang_biet`).
    let draft = extract_plan(A_YEAR_AFTER_SAID);
    let ids: Vec<_> = draft.observations.iter().map(|o| o.indicator.as_str()).collect();
    assert_eq!(ids.first(), Some(&"grdp_thu_do_tang"));
}

#[test]
fn a_paragraph_after_a_time_past_goes_on_with_its_account() {
    // Regression (a probe of 7 Dec 2026, a commune's congress): the term past's account went on after a blank line,
    // and its growth was a target of 2030. (Its year is left out here: the term's years are read elsewhere.)
    let draft = extract_plan(
        "Đại hội đặt mục tiêu đến cuối năm 2030, tỷ lệ nghèo đa chiều giảm còn 0,23%.\n\nNhiệm kỳ qua, công tác xây \
         dựng Đảng và hệ thống chính trị của Đảng bộ xã có nhiều chuyển biến tích cực.\n\nKinh tế tăng trưởng khá; tổng \
         giá trị sản phẩm địa phương tăng bình quân hàng năm 8,6%.\n",
    );
    assert_eq!(target_rows(&draft.plan), [(Some(2030), Comparator::Reach, 0.23, MeasureUnit::Percent)]);
    let values: Vec<f64> = draft.observations.iter().map(|o| o.value).collect();
    assert_eq!(values, [8.6]);
}

#[test]
fn a_position_held_is_a_rank() {
    // Regression (a probe of 7 Dec 2026, news of the DTI of 2024): "xếp vị trí thứ 2 toàn quốc" had no unit.
    let draft = extract_plan("Năm 2024, Huế vươn lên xếp vị trí thứ 2 toàn quốc về DTI.\n");
    assert_eq!(target_rows(&draft.plan), [(Some(2024), Comparator::Reach, 2.0, MeasureUnit::Rank)]);
}

#[test]
fn a_stages_deadline_in_brackets_dates_the_stages_aims() {
    // Regression (a probe of 7 Dec 2026, a city's plan of "digital citizens"): the deadline in brackets was an aside,
    // so the stage's aims had no year.
    let draft = extract_plan(
        "Chiến dịch được chia làm hai giai đoạn: Giai đoạn 1 (hoàn thành trong quý II/2026): Tập trung phủ sóng hạ tầng \
         và danh tính.\n\nThành phố phấn đấu 100% công dân được cấp thẻ Căn cước.\n",
    );
    assert_eq!(target_rows(&draft.plan), [(Some(2026), Comparator::Reach, 100.0, MeasureUnit::Percent)]);
}

#[test]
fn an_amount_in_billions_with_decimals_is_its_whole_dong() {
    // Regression (a probe of 7 Dec 2026, a ward's results): "68,454 tỷ đồng" was 68.453.999.999,99999 đồng.
    let draft = extract_plan(
        "Năm 2025, phường đã đạt nhiều kết quả. Tổng thu ngân sách nhà nước trên địa bàn đạt 68,454 tỷ đồng (bằng 236% \
         dự toán giao).\n",
    );
    assert_eq!(observation_rows(&draft), [(68_454_000_000.0, Some(2025)), (236.0, Some(2025))]);
}

#[test]
fn a_fall_to_a_level_after_what_falls_is_a_level() {
    // Regression (a probe of 7 Dec 2026, a province's farming plan): "giảm tỷ lệ hộ nghèo đa chiều còn 1,43%" was a
    // fall of 1.43%, not a rate down to 1.43%.
    let draft = extract_plan("Năm 2026, phấn đấu tăng trưởng đạt 3,8%; giảm tỷ lệ hộ nghèo đa chiều còn 1,43%.\n");
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2026), Comparator::Reach, 3.8, MeasureUnit::PercentPerYear),
            (Some(2026), Comparator::Reach, 1.43, MeasureUnit::Percent)
        ]
    );
}

#[test]
fn a_meetings_agenda_ending_with_the_course_ahead_dates_nothing_after_it() {
    // Regression (a probe of 7 Dec 2026, a ward's year-end meeting): "phương hướng, nhiệm vụ năm 2026" at the end of the
    // agenda's sentence held for the year's results after it, which were dated 2026.
    let draft = extract_plan(
        "Sáng 13/1, Đảng ủy phường Phú Xuân tổ chức hội nghị nhằm tổng kết công tác năm 2025 và triển khai phương \
         hướng, nhiệm vụ năm 2026.\n\nTrong năm qua, Phú Xuân đã hoàn thành và vượt toàn bộ 8/8 chỉ tiêu chủ yếu. Tổng \
         thu ngân sách ước đạt 626 tỉ đồng, đạt 120% chỉ tiêu thành phố giao.\n",
    );
    assert_eq!(observation_rows(&draft), [(626e9, Some(2025)), (120.0, Some(2025))]);
}

#[test]
fn the_fields_pair_in_a_reviewed_years_clause_is_one_clause() {
    // Regression (a probe of 7 Dec 2026, a commune council's year-end session): the comma of "kinh tế - xã hội, quốc
    // phòng - an ninh năm 2025" ended the clause, so no year was reviewed and a result was a target.
    let draft = extract_plan(
        "HĐND xã Hoằng Tiến thông qua 23 chỉ tiêu phát triển năm 2026\n\nSáng 29/12, HĐND xã Hoằng Tiến tổ chức kỳ \
         họp thứ tư (kỳ họp thường lệ cuối năm), khóa XXI, nhiệm kỳ 2021-2026, đánh giá tình hình thực hiện nhiệm vụ \
         phát triển kinh tế - xã hội, quốc phòng - an ninh năm 2025 và quyết nghị các mục tiêu, nhiệm vụ trọng tâm năm \
         2026.\n\nTheo báo cáo trình bày tại kỳ họp, năm 2025, xã Hoằng Tiến đã tập trung lãnh đạo, chỉ đạo quyết liệt \
         và đạt được kết quả tích cực.\n\nTổng thu ngân sách xã đạt 540.056 triệu đồng, bằng 292,9% kế hoạch tỉnh \
         giao; chi ngân sách đạt 528.308 triệu đồng.\n",
    );
    assert_eq!(target_rows(&draft.plan), []);
    assert_eq!(observation_rows(&draft), [(540_056e6, Some(2025)), (292.9, Some(2025)), (528_308e6, Some(2025))]);
}

#[test]
fn a_city_named_most_by_its_bare_name_is_the_plans() {
    // Regression (a probe of 7 Dec 2026, news of a city's digital economy): a text that writes "TP. Đà Nẵng" and "Đà
    // Nẵng", never "thành phố Đà Nẵng", found no unit.
    let draft = extract_plan(
        "Đưa kinh tế số trở thành động lực tăng trưởng của Đà Nẵng\n\nTại Hội thảo phát triển Kinh tế số TP. Đà Nẵng, \
         ông Hồ Quang Bửu cho biết TP. Đà Nẵng đặt mục tiêu đến năm 2030, quy mô kinh tế số đạt tối thiểu 35-40% GRDP \
         toàn thành phố.\n",
    );
    assert_eq!((draft.plan.jurisdiction.id.as_str(), draft.plan.jurisdiction.name.as_str()), ("da_nang", "Đà Nẵng"));
}

#[test]
fn who_sets_an_objective_and_a_figures_scale_name_no_indicator() {
    // Regression (a probe of 7 Dec 2026, two provinces' tourism plans): the words before "đặt mục tiêu" named the
    // figure (`khanh_hoa_muc_tieu_don_khach_du_lich`, `phu_tho_muc_tieu`), and a part's scale opened its name
    // (`trieu_khach_luu_tru`).
    let draft = extract_plan(
        "Khánh Hòa đặt mục tiêu đón 33 triệu khách du lịch năm 2030. Phú Thọ đặt mục tiêu đến năm 2030 đón 18,7 triệu \
         lượt khách, trong đó 7,3 triệu khách lưu trú, hơn 1 triệu khách quốc tế.\n",
    );
    let ids: Vec<&str> = draft.plan.targets.iter().map(|t| t.indicator.as_str()).collect();
    assert_eq!(ids, ["don_khach_du_lich", "don_luot_khach", "khach_luu_tru", "khach_quoc_te"]);
}

#[test]
fn a_lead_after_a_headline_says_the_bodys_targets_once() {
    // Regression (a probe of 7 Dec 2026, a province's tourism strategy): the headline was read as the lead, so the
    // lead's figures, said again in the body, were drafted twice.
    let draft = extract_plan(
        "Khánh Hòa đặt mục tiêu đón 33 triệu khách du lịch năm 2030\n\nKhánh Hòa đặt mục tiêu có khoảng 100.000 phòng \
         lưu trú, tổng thu du khách đạt 9 tỷ USD, đón 33 triệu lượt khách lưu trú vào năm 2030.\n\nThông tin được ông \
         Nguyễn Long Biên, Phó chủ tịch thường trực UBND tỉnh nêu tại lễ công bố Chiến lược phát triển du lịch tỉnh \
         Khánh Hòa giai đoạn 2026 - 2030, chiều 6/2.\n\nTrong đó, đến năm 2030, tỉnh dự kiến đạt khoảng 100.000 phòng \
         lưu trú du lịch; tổng thu từ khách du lịch đạt 9 tỷ USD; đón 33 triệu lượt khách lưu trú; du lịch tạo việc \
         làm cho hơn 300.000 lao động.\n",
    );
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2030), Comparator::Reach, 33e6, MeasureUnit::Count),
            (Some(2030), Comparator::About, 1e5, MeasureUnit::Count),
            (Some(2030), Comparator::Reach, 9e9, MeasureUnit::Usd),
            (Some(2030), Comparator::MoreThan, 3e5, MeasureUnit::Count)
        ]
    );
}

#[test]
fn the_time_before_the_merger_is_past() {
    // Regression (a probe of 7 Dec 2026, news of a merged province's new-rural programme): the communes the two
    // provinces had before the merger of July 2025 were targets of 2025.
    let draft = extract_plan(
        "Trước sáp nhập, tỉnh Quảng Ngãi cũ có 98 xã đạt chuẩn nông thôn mới, trong đó 12 xã đạt chuẩn nâng cao. Tỉnh \
         Kon Tum cũ có 51 xã hoàn thành mục tiêu.\n\nTheo kế hoạch năm 2025, tỉnh dự kiến công nhận thêm 14 xã đạt \
         chuẩn nông thôn mới.\n",
    );
    assert_eq!(target_rows(&draft.plan), [(Some(2025), Comparator::Reach, 14.0, MeasureUnit::Count)]);
    let values: Vec<f64> = draft.observations.iter().map(|o| o.value).collect();
    assert_eq!(values, [98.0, 12.0, 51.0]);
}

#[test]
fn the_period_the_text_opens_on_starts_the_plans_period() {
    // Regression (a probe of 7 Dec 2026, a province's labour-market plan): the plan's period was 2025 alone, its
    // start "giai đoạn 2021 - 2025" named only in the opening sentence.
    let text = "Minh họa (Ảnh: Đức Thụy)\n\nTheo đó, mục tiêu chung của việc thực hiện Kế hoạch nhằm phát triển thị \
                trường lao động trên địa bàn tỉnh linh hoạt, hiện đại, hiệu quả, bền vững và hội nhập, góp phần phục \
                hồi và phát triển kinh tế - xã hội giai đoạn 2021 - 2025.\n\nMục tiêu cụ thể của Kế hoạch là phấn đấu \
                đến năm 2025:\n\nTỷ trọng lao động nông nghiệp trong tổng lao động xã hội dưới 61%; tỷ lệ thất nghiệp \
                chung dưới 1%.\n";
    let draft = extract_plan(text);
    assert_eq!((draft.plan.period.from, draft.plan.period.to), (Some(2021), 2025));
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2025), Comparator::LessThan, 61.0, MeasureUnit::Percent),
            (Some(2025), Comparator::LessThan, 1.0, MeasureUnit::Percent),
        ]
    );
    assert!(draft.notes.iter().any(|n| n.contains("period is 2021-2025")), "{:?}", draft.notes);
}

/// A commune council's session that reviews a year, its report opening with that year, and its aims after a
/// sentence that names the next year (a probe of 7 Dec 2026; the same text as the Python and JavaScript tests).
const SESSION_AIMS_AFTER_A_REPORT: &str = "Tại kỳ họp này, HĐND phường Xuất Hóa tập trung đánh giá kết quả thực hiện \
                                           nhiệm vụ năm 2016; phương hướng, nhiệm vụ năm 2017.\n\nBáo cáo năm 2016 \
                                           của phường Xuất Hóa nêu: Phường đã bám sát Nghị quyết của Đảng ủy. Tổng \
                                           sản lượng lương thực có hạt đạt 995,8 tấn, bằng 112% kế hoạch. Số hộ gia \
                                           đình đạt danh hiệu “gia đình văn hóa” đạt 92%.\n\nTại kỳ họp này, các đại \
                                           biểu HĐND phường đã tập trung thảo luận, đưa ra các giải pháp phát triển \
                                           kinh tế, xã hội năm 2017.Trong đó phấn đấu tổng sản lượng lương thực đạt \
                                           880 tấn. Thu ngân sách đạt 543 triệu đồng.\n";

#[test]
fn a_year_closing_the_sentence_before_trong_do_dates_what_follows() {
    // Regression: the year of the report's opening line held for the aims, and "năm 2017" closing the sentence that
    // "Trong đó phấn đấu ..." goes on from dated nothing (a deadline of its own sentence, when a space followed).
    for text in [SESSION_AIMS_AFTER_A_REPORT.to_owned(), SESSION_AIMS_AFTER_A_REPORT.replace(".Trong", ". Trong")] {
        let draft = extract_plan(&text);
        assert_eq!(
            target_rows(&draft.plan),
            [
                (Some(2017), Comparator::Reach, 880.0, MeasureUnit::Tonne),
                (Some(2017), Comparator::Reach, 543e6, MeasureUnit::Dong),
            ]
        );
        assert_eq!(observation_rows(&draft), [(995.8, Some(2016)), (112.0, Some(2016)), (92.0, Some(2016))]);
    }
}

#[test]
fn a_plan_drafted_is_no_aim_of_the_results_after_it() {
    // Regression (a probe of 7 Dec 2026, a ward council's session): "xây dựng kế hoạch" (drafted a plan) in the
    // report's account of the year made its results aims, targets of 2016.
    let text = SESSION_AIMS_AFTER_A_REPORT.replace(
        "Nghị quyết của Đảng ủy.",
        "Nghị quyết của Đảng ủy, Nghị quyết của HĐND, xây dựng kế hoạch về phát triển kinh tế, xã hội, an ninh, quốc \
         phòng.",
    );
    let draft = extract_plan(&text);
    assert_eq!(target_rows(&draft.plan).iter().map(|r| r.0).collect::<Vec<_>>(), [Some(2017), Some(2017)]);
    assert_eq!(observation_rows(&draft), [(995.8, Some(2016)), (112.0, Some(2016)), (92.0, Some(2016))]);
}

#[test]
fn at_present_opening_a_clause_reports() {
    // Regression (a probe of 7 Dec 2026, a province's news of schools up to standard): "hiện tại" (at present) after
    // a lead-in and its comma reported nothing, so the libraries there are now were targets.
    let text =
        "Hiện toàn tỉnh có 190 trường đạt chuẩn quốc gia, chiếm 43,58% tổng số trường trên địa bàn.\n\nSong hành \
                cùng với trường chuẩn quốc gia, hiện tại có 174 thư viện đạt chuẩn, chiếm trên 55% tổng số thư viện. \
                Trong đó, tiểu học có 118 thư viện.\n\nNgành giáo dục phấn đấu đến hết năm 2018, toàn tỉnh sẽ có 202 \
                trường đạt chuẩn quốc gia.\n";
    let draft = extract_plan(text);
    assert_eq!(target_rows(&draft.plan), [(Some(2018), Comparator::Reach, 202.0, MeasureUnit::Count)]);
    let values: Vec<f64> = draft.observations.iter().map(|o| o.value).collect();
    assert_eq!(values, [190.0, 43.58, 174.0, 55.0, 118.0]);
}

#[test]
fn a_place_the_provinces_plan_names_is_not_its_unit() {
    // Regression (a probe of 7 Dec 2026, a province's tourism plan and a city's environment plan): the plan's unit was
    // "TP Hạ Long", named once in a text that names Quảng Ninh bare twice, and "quận Sơn Trà", the first of a list of
    // districts ("các quận Sơn Trà, Liên Chiểu, Cẩm Lệ"); a centrally-run city named bare was a province.
    let text = "Đến năm 2030, tổng số khách du lịch đạt 23 triệu lượt. Phấn đấu xây dựng TP Hạ Long trở thành phố du \
                lịch biển hiện đại và văn minh.\n\nTầm nhìn đến năm 2030, Quảng Ninh phấn đấu trở thành một trung tâm \
                du lịch mang đẳng cấp quốc tế, góp phần thu hút nhiều du khách đến với Quảng Ninh.\n";
    assert_eq!(extract_plan(text).plan.jurisdiction.id, "quang_ninh");
    let text =
        "Theo kế hoạch năm 2013, Đà Nẵng sẽ tập trung xử lý 3 vấn đề chính. Năm 2013, Đà Nẵng phấn đấu nâng cấp \
                nhà máy nước Cầu Đỏ lên công suất 170.000 m3/ngày đêm. Đồng thời, xây dựng hạ tầng thoát nước thải tại \
                các quận Sơn Trà, Liên Chiểu, Cẩm Lệ.\n";
    let unit = extract_plan(text).plan.jurisdiction;
    assert_eq!((unit.id.as_str(), unit.kind), ("da_nang", UnitKind::CentrallyRunCity));
    // A district named more than once is still the plan's.
    let text = "Năm 2026, huyện Na Hang phấn đấu đón 500.000 lượt khách. Tuyên Quang hỗ trợ huyện Na Hang phát triển \
                du lịch; Tuyên Quang đặt mục tiêu đón 5 triệu lượt khách.\n";
    assert_eq!(extract_plan(text).plan.jurisdiction.id, "na_hang");
}

#[test]
fn a_scale_per_person_and_year_is_money() {
    // Regression (a probe of 7 Dec 2026, a ward council's aims): "21 triệu/ người/năm", "đồng" left out, was a count of
    // 21 million.
    let draft = extract_plan("Năm 2017, thu nhập bình quân đầu người đạt 21 triệu/ người/năm.\n");
    assert_eq!(target_rows(&draft.plan), [(Some(2017), Comparator::Reach, 21e6, MeasureUnit::Dong)]);
}

#[test]
fn income_said_bare_is_an_amount_and_a_target_said_thrice_is_one() {
    // Regression (a probe of 7 Dec 2026, a commune council's aims): "thu nhập 37 triệu đồng", "bình quân" left out,
    // was no amount and went unused.
    let draft = extract_plan("Năm 2021, xã phấn đấu thu nhập 37 triệu đồng, sản lượng lúa 3.600 tấn.\n");
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2021), Comparator::Reach, 37e6, MeasureUnit::Dong),
            (Some(2021), Comparator::Reach, 3600.0, MeasureUnit::Tonne),
        ]
    );
    // Read so, a headline's income said again in the lead's words and the body's was drafted twice: the lead's words,
    // once said again, name the headline's target too (phuong_thai_hoc_chi_linh_hai_duong_2025, a development text).
    let text = "Phường Thái Học phấn đấu thu nhập 122 triệu đồng/người vào năm 2025\n\nTHỨ BA, 26/05/2020 \
                23:20:05\n\nPhường Thái Học phấn đấu đến năm 2025, thu nhập bình quân đầu người năm 2025 đạt 122 \
                triệu đồng, tăng 56% so với hiện nay.\n\nPhường Thái Học phấn đấu đến năm 2025, thương mại và dịch vụ \
                chiếm 40,5%. Thu nhập bình quân đầu người năm 2025 đạt 122 triệu đồng, tăng 56% so với hiện nay.\n";
    let draft = extract_plan(text);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2025), Comparator::Reach, 122e6, MeasureUnit::Dong),
            (Some(2025), Comparator::Reach, 40.5, MeasureUnit::Percent),
        ]
    );
}

#[test]
fn a_year_in_the_words_after_a_figure_names_nothing() {
    // Regression (a probe of 7 Dec 2026, a city council's aims): "trong năm 2026" after the figure was read as its
    // name, and the target had none ("indicator_percent_per_year").
    let draft = extract_plan("Thành phố phấn đấu tăng trưởng GRDP trên 10% trong năm 2026.\n");
    assert_eq!(target_rows(&draft.plan), [(Some(2026), Comparator::MoreThan, 10.0, MeasureUnit::PercentPerYear)]);
    assert_eq!(draft.plan.targets[0].indicator, "tang_truong_grdp");
}

#[test]
fn the_main_objectives_all_met_report_the_figures_after_them() {
    // Regression (a probe of 7 Dec 2026, a department's review of 2025): "Các chỉ tiêu chủ yếu" (the main ones) said
    // met were not read as met, and the year's results were seven targets.
    let text = "Năm 2025, Sở thực hiện tốt công tác tham mưu.\n\nCác chỉ tiêu chủ yếu đều đạt và vượt kế hoạch, trong \
                đó kinh tế số chiếm 22% GRDP. Tỷ lệ dịch vụ công trực tuyến toàn trình đạt 100%.\n";
    let draft = extract_plan(text);
    assert_eq!(target_rows(&draft.plan), []);
    assert_eq!(observation_rows(&draft), [(22.0, Some(2025)), (100.0, Some(2025))]);
    // Objectives an aim wants met report nothing.
    let draft =
        extract_plan("Năm 2026, phấn đấu các chỉ tiêu chủ yếu đều đạt và vượt kế hoạch, kinh tế số chiếm 25% GRDP.\n");
    assert_eq!(target_rows(&draft.plan), [(Some(2026), Comparator::Reach, 25.0, MeasureUnit::PercentOfGrdp)]);
}

#[test]
fn a_multiple_is_the_increase_written_without_noise() {
    // Regression (a probe of 7 Dec 2026): "tăng hơn 2,7 lần" was 170.00000000000003, "8,3 lần" 730.0000000000001.
    let draft =
        extract_plan("Năm 2026, số hồ sơ trực tuyến tăng hơn 2,7 lần, số giao dịch trực tuyến tăng hơn 8,3 lần.\n");
    let rows = target_rows(&draft.plan);
    assert_eq!(rows.iter().map(|r| r.2).collect::<Vec<_>>(), [170.0, 730.0]);
}

#[test]
fn a_departments_half_year_assessed_reports_its_figures_of_that_year() {
    // Regression (a probe of 7 Dec 2026, a department's first half of 2025): "(KH&CN)" was read as a plan's figure
    // ("KH" is "kế hoạch" in "(KH 41%)"), so the results were targets; then they had no year, the half-year assessed
    // not being read as reviewed.
    let text = "Phó Chủ tịch UBND tỉnh làm việc với Sở Khoa học và Công nghệ (KH&CN) để đánh giá công tác triển khai \
                nhiệm vụ 6 tháng đầu năm 2025.\nSở báo cáo đã hoàn thành 9/16 nhiệm vụ UBND tỉnh giao.\nTỷ lệ phủ sóng \
                5G đạt 6,4%, internet cáp quang đến 92% hộ gia đình.\n";
    let draft = extract_plan(text);
    assert_eq!(target_rows(&draft.plan), []);
    assert_eq!(observation_rows(&draft), [(6.4, Some(2025)), (92.0, Some(2025))]);
}

#[test]
fn a_period_right_after_a_rate_dates_it_after_a_deadline() {
    // Regression (a probe of 7 Dec 2026, a province's fisheries strategy): the deadline opening the sentence took the
    // period after the first rate for a programme's name, and the 2,4% of 2021-2025 was of 2030.
    let text =
        "Đến năm 2030, giá trị sản xuất thủy sản tăng bình quân 2,4%/năm giai đoạn 2021 – 2025 và 1,8%/năm giai \
                đoạn 2026 – 2030.\n";
    let rows = target_rows(&extract_plan(text).plan);
    assert_eq!(
        rows,
        [
            (Some(2025), Comparator::Reach, 2.4, MeasureUnit::PercentPerYear),
            (Some(2030), Comparator::Reach, 1.8, MeasureUnit::PercentPerYear),
        ]
    );
}

#[test]
fn objectives_of_a_resolution_named_at_length_met_report_the_term() {
    // Regression (a probe of 7 Dec 2026, a ward's congress): "đề ra" twelve words after the objectives met was read as
    // setting them, and the term past's results were targets.
    let text = "Trong nhiệm kỳ qua, Đảng bộ phường đã hoàn thành cơ bản các mục tiêu Nghị quyết Đại hội Đảng bộ lần \
                thứ XXII đề ra. Thương mại, dịch vụ chiếm 98%.\n";
    let draft = extract_plan(text);
    assert_eq!(target_rows(&draft.plan), []);
    assert_eq!(observation_rows(&draft), [(98.0, None)]);
}

#[test]
fn one_after_is_or_becomes_is_no_count() {
    // Regression (a probe of 7 Dec 2026, a ward's congress): "là một phường trung tâm" (is a central ward) was a
    // target of 1.
    let text =
        "Năm 2025, phấn đấu xây dựng Đông Ngàn là một phường trung tâm của thị xã, có thêm hai tuyến phố văn minh.\n";
    assert_eq!(target_rows(&extract_plan(text).plan), [(Some(2025), Comparator::Reach, 2.0, MeasureUnit::Count)]);
}

#[test]
fn a_units_profile_is_reported() {
    // Regression (a probe of 7 Dec 2026, a provincial congress's press briefing): the new province's population
    // after its area was a target of 2030.
    let text = "Đại hội nhiệm kỳ 2025 - 2030 diễn ra sau khi Lào Cai và Yên Bái hợp nhất, hình thành tỉnh Lào Cai \
                mới với diện tích tự nhiên 13.257 km2 và dân số 1,65 triệu người.\nCác chỉ tiêu nhiệm kỳ mới: GRDP \
                bình quân đầu người năm 2030 đạt 136 triệu đồng.\n";
    let draft = extract_plan(text);
    assert_eq!(target_rows(&draft.plan), [(Some(2030), Comparator::Reach, 136e6, MeasureUnit::Dong)]);
    assert_eq!(draft.observations.iter().map(|o| o.value).collect::<Vec<_>>(), [1.65e6]);
}

#[test]
fn households_cut_are_a_count_to_reach() {
    // Regression (a probe of 7 Dec 2026, a district's plan of 2021): "giảm 532 hộ nghèo" after an amount went unused.
    let text = "Năm 2021, thu nhập bình quân đầu người đạt 61,65 triệu đồng/người/năm, giảm 532 hộ nghèo.\n";
    let rows = target_rows(&extract_plan(text).plan);
    assert_eq!(rows.last(), Some(&(Some(2021), Comparator::Reach, 532.0, MeasureUnit::Count)));
    // Not a bracket's count of a rate's fall (ho_chi_minh_2025, a development text).
    let text = "Năm 2025, giảm 0,04% tỷ lệ hộ nghèo trên tổng số dân thành phố (giảm 1.114 hộ nghèo).\n";
    assert_eq!(
        target_rows(&extract_plan(text).plan),
        [(Some(2025), Comparator::Reach, 0.04, MeasureUnit::PercentReduction)]
    );
}

#[test]
fn a_years_estimate_opening_its_sentence_reports() {
    // Regression (thanh_pho_vinh_long_giam_ngheo_2021, a development text; drafted as targets once "giảm" counted, a
    // rule of 7 Dec 2026): "Ước đến cuối năm, sẽ giảm 80 hộ nghèo" is the year's estimate, its "sẽ" no aim.
    let text = "Năm 2020, thành phố còn 113 hộ nghèo. Ước đến cuối năm, sẽ giảm 80 hộ nghèo, đạt 100% chỉ tiêu nghị \
                quyết đề ra.\n";
    let draft = extract_plan(text);
    assert_eq!(target_rows(&draft.plan), []);
    assert_eq!(observation_rows(&draft).iter().map(|o| o.0).collect::<Vec<_>>(), [80.0, 100.0]);
}

#[test]
fn a_review_reports_its_year_after_an_objective_of_the_next() {
    // Regression (a probe of 7 Dec 2026, a province's year-end conference): the results after an objective of 2026
    // were dated 2026; the text reviews 2025.
    let text =
        "Ngày 5-12, tại hội nghị tổng kết thực hiện Nghị quyết năm 2025 và triển khai nhiệm vụ năm 2026, Bí thư \
         Tỉnh ủy đề nghị phấn đấu đưa tăng trưởng kinh tế năm 2026 đạt từ 10% trở lên.\n\nTheo báo cáo tại hội \
         nghị, kinh tế Cà Mau năm 2025 tiếp tục khởi sắc với GRDP ước tăng 8%; GRDP bình quân đầu người đạt 80 \
         triệu đồng; kim ngạch xuất khẩu đạt 2,6 tỷ USD.\n";
    let draft = extract_plan(text);
    assert_eq!(target_rows(&draft.plan), [(Some(2026), Comparator::AtLeast, 10.0, MeasureUnit::Percent)]);
    assert_eq!(observation_rows(&draft), [(8.0, Some(2025)), (80e6, Some(2025)), (2.6e9, Some(2025))]);
}

#[test]
fn groups_of_objectives_met_report_the_term_past() {
    // Regression (a probe of 7 Dec 2026, a commune's congress): "hoàn thành 12 nhóm chỉ tiêu đề ra" read as objectives
    // set, so the paragraph after it, of the term's results, was targets.
    let text =
        "Nhiệm kỳ qua, cấp ủy Đảng, chính quyền và Nhân dân xã tập trung lãnh đạo, chỉ đạo và cơ bản hoàn thành \
         12 nhóm chỉ tiêu đề ra.\n\nKinh tế trên địa bàn tiếp tục có bước phát triển, tốc độ tăng trưởng kinh \
         tế bình quân đạt 4,75%; tỷ lệ hộ nghèo giảm còn 2,57%.\n";
    let draft = extract_plan(text);
    assert_eq!(target_rows(&draft.plan), []);
    assert_eq!(observation_rows(&draft), [(4.75, None), (2.57, None)]);
}

#[test]
fn statistics_and_a_day_just_past_report() {
    // Regression (a probe of 7 Dec 2026, a province's news of Project 06): the accounts activated in a day were
    // targets. "Theo thống kê" reports its sentence, "vừa qua" the rest of its line.
    let text = "Theo thống kê, trong ngày Chủ nhật 10/9 vừa qua, toàn tỉnh kích hoạt được hơn 12.600 tài khoản VNeID. \
         Đáng chú ý, huyện Thăng Bình thực hiện hơn 6.600 tài khoản, TP.Hội An hơn 3.000 tài khoản.\n";
    let draft = extract_plan(text);
    assert_eq!(target_rows(&draft.plan), []);
    let values: Vec<f64> = observation_rows(&draft).iter().map(|o| o.0).collect();
    assert_eq!(values, [12600.0, 6600.0, 3000.0]);
}

#[test]
fn a_floor_in_dollars_is_to_reach() {
    // Regression (a probe of 7 Dec 2026, a provincial council's plan for 2026): "từ 11.800 USD trở lên" went unused, as
    // "từ ... tỷ đồng trở lên" did not.
    let text =
        "Tỉnh đặt mục tiêu trong năm 2026 sẽ đạt GRDP trên 12,5%, GRDP bình quân đầu người từ 11.800 USD trở lên.\n";
    let rows = target_rows(&extract_plan(text).plan);
    assert_eq!(rows.last(), Some(&(Some(2026), Comparator::AtLeast, 11_800.0, MeasureUnit::Usd)));
}

#[test]
fn a_deadlines_year_is_no_figure_that_past_verbs_qualify() {
    // Regression (a probe of 7 Dec 2026, a commune's new-rural page): "thu nhập bình quân đến năm 2025 đã đạt 77,6
    // triệu đồng/người" was a target: the year was taken for a figure whose things "đã đạt" said what they underwent.
    let text = "Giai đoạn 2020-2025, xã đã đạt tốc độ tăng tổng giá trị sản phẩm 7,1%/năm; thu nhập bình quân đến năm \
         2025 đã đạt 77,6 triệu đồng/người.\n";
    let draft = extract_plan(text);
    assert_eq!(target_rows(&draft.plan), []);
    assert_eq!(observation_rows(&draft), [(7.1, Some(2025)), (77.6e6, Some(2025))]);
}

#[test]
fn access_to_land_sets_no_objective() {
    // Regression (a probe of 7 Dec 2026, news of a province's PCI ranking): "tiếp cận đất đai" folds as "cần đạt" does,
    // so a ranking's results were targets.
    let text =
        "Theo bảng xếp hạng PCI 2022, Lào Cai xếp thứ 11/63 tỉnh, thành phố. Cụ thể, chỉ số tiếp cận đất đai đạt \
         7,62 điểm; chỉ số gia nhập thị trường đạt 7,37 điểm. Báo cáo của UBND tỉnh cho thấy, tính đến hết quý I/2023, \
         tốc độ tăng trưởng kinh tế đạt 6,9%.\n";
    let draft = extract_plan(text);
    assert_eq!(target_rows(&draft.plan), []);
    let values: Vec<f64> = observation_rows(&draft).iter().map(|o| o.0).collect();
    assert_eq!(values, [11.0, 7.62, 7.37, 6.9]);
}

#[test]
fn a_margin_said_alone_after_a_result_is_no_figure() {
    // Regression (a probe of 7 Dec 2026, a ward's year-end results): "đạt 75 tỷ đồng, vượt 8%" had the margin as an
    // observation of 8%.
    let text =
        "Trong năm 2025, phường đã hoàn thành và vượt toàn bộ 13 chỉ tiêu được giao. Đặc biệt, tổng thu ngân sách \
         nhà nước trên địa bàn đạt 75 tỷ đồng, vượt 8%; tỷ lệ tổ dân phố văn hóa đạt 98,5%, vượt 7%.\n";
    let draft = extract_plan(text);
    assert_eq!(target_rows(&draft.plan), []);
    assert_eq!(observation_rows(&draft), [(75e9, Some(2025)), (98.5, Some(2025))]);
}

#[test]
fn the_people_and_enterprises_served_are_one_noun() {
    // Regression (a probe of 7 Dec 2026, a ward's year-end review): "người dân và doanh nghiệp" parted the clause, so
    // the satisfaction rate was named "doanh nghiệp" (SME platforms) and the rate before it took "người dân".
    let text =
        "Năm 2025, tỷ lệ hồ sơ giải quyết trực tuyến toàn trình đạt 96%, mức độ hài lòng của người dân và doanh \
         nghiệp đạt 100%.\n";
    let draft = extract_plan(text);
    let ids: Vec<&str> = draft.plan.targets.iter().map(|t| t.indicator.as_str()).collect();
    assert_eq!(ids, ["online_resolved_dossiers", "satisfaction_admin_procedures"]);
    assert!(draft.plan.targets[1].quote.starts_with("mức độ hài lòng"), "{}", draft.plan.targets[1].quote);
}

#[test]
fn by_the_end_of_the_year_a_council_reviews_is_no_deadline() {
    // Regression (a probe of 8 Dec 2026, a provincial council's year-end session): "Cơ cấu kinh tế đến hết năm 2025
    // ... chiếm 4,63%" in the review of 2025 was a target of 2025.
    let text = "Ngày 15/12, HĐND tỉnh Quảng Ninh khai mạc Kỳ họp thứ 34 (kỳ họp thường lệ cuối năm 2025) để đánh giá \
                kết quả phát triển kinh tế - xã hội năm 2025.\n\nQuy mô nền kinh tế ước đạt 368.445 tỷ đồng. Cơ cấu \
                kinh tế đến hết năm 2025 khu vực nông, lâm, thủy sản chiếm 4,63%; khu vực công nghiệp - xây dựng \
                chiếm 46,18%.\n";
    let draft = extract_plan(text);
    assert_eq!(target_rows(&draft.plan), []);
    assert_eq!(observation_rows(&draft), [(368_445e9, Some(2025)), (4.63, Some(2025)), (46.18, Some(2025))]);
}

#[test]
fn by_the_year_a_congress_opens_its_term_is_no_deadline() {
    // Regression (a probe of 8 Dec 2026, a commune's congress of 2025): the congress, named with its term only in a
    // caption, was not found; "Giá trị thu trên 1ha canh tác đến năm 2025 đạt 316 triệu đồng", the term past's result,
    // was a target.
    let text = "Báo cáo Chính trị trình bày tại Đại hội cho biết, Đảng bộ xã Nghĩa Trụ được thành lập trên cơ sở hợp \
                nhất 3 đảng bộ xã.\n\nTrong nhiệm kỳ qua, Đảng bộ và nhân dân trong xã đã nỗ lực, phấn đấu đạt được \
                những kết quả quan trọng trên nhiều lĩnh vực.\n\nThu nhập bình quân đầu người năm 2025 là 152 triệu \
                đồng/năm. Giá trị thu trên 1ha canh tác đến năm 2025 đạt 316 triệu đồng.\n\nTổng Bí thư Tô Lâm tới dự \
                Đại hội Đại biểu Đảng bộ xã Nghĩa Trụ lần thứ I, nhiệm kỳ 2025-2030\n";
    let draft = extract_plan(text);
    assert_eq!(target_rows(&draft.plan), []);
    assert_eq!(observation_rows(&draft), [(152e6, Some(2025)), (316e6, Some(2025))]);
}

#[test]
fn objectives_all_met_after_their_field_report_the_results_after_them() {
    // Regression (a probe of 8 Dec 2026, a health department's review of 2025): "các chỉ tiêu y tế chủ yếu đều đạt và
    // vượt mục tiêu đề ra" named the field between the objectives and "đều đạt", so the results after it were targets.
    let text = "Ngày 30/12, Sở Y tế tỉnh Phú Thọ tổ chức hội nghị tổng kết công tác y tế năm 2025, triển khai phương \
                hướng, nhiệm vụ năm 2026.\n\nNăm 2025, ngành Y tế Phú Thọ đã hoàn thành 9/10 nhiệm vụ UBND tỉnh giao; \
                các chỉ tiêu y tế chủ yếu đều đạt và vượt mục tiêu đề ra. Tuổi thọ trung bình của người dân đạt 74,5 \
                tuổi; tỷ lệ bao phủ bảo hiểm y tế đạt 95,1%.\n";
    let draft = extract_plan(text);
    assert_eq!(target_rows(&draft.plan), []);
    assert_eq!(observation_rows(&draft), [(74.5, Some(2025)), (95.1, Some(2025))]);
}

#[test]
fn objectives_met_well_report_the_results_they_name() {
    // Regression (a probe of 8 Dec 2026, a district's review of 2024): "Một số chỉ tiêu đạt cao như ..." kept the
    // objectives wanted, so the shares of the plan reached after it were targets.
    let text =
        "Triển khai thực hiện nhiệm vụ năm 2024, huyện Ngân Sơn tổ chức thực hiện hoàn thành cơ bản các chỉ tiêu \
         kế hoạch. Một số chỉ tiêu đạt cao như trồng rừng thực hiện đạt hơn 138% kế hoạch; cây thuốc lá đạt \
         hơn 128% kế hoạch.\n";
    let draft = extract_plan(text);
    assert_eq!(target_rows(&draft.plan), []);
    assert_eq!(observation_rows(&draft), [(138.0, Some(2024)), (128.0, Some(2024))]);
}

#[test]
fn the_period_a_news_item_opens_on_is_the_plans_when_it_ends_at_the_last_target_year() {
    // Regression (a probe of 8 Dec 2026, a news item on a province's plan): the plan "giai đoạn 2021 – 2030" named in
    // the first sentence, with targets of 2025 and 2030, had the period 2025 with 2030 as its horizon.
    let text = "Kế hoạch thực hiện Chiến lược phát triển nông nghiệp và nông thôn bền vững\n13/05/2022\nChủ tịch UBND \
                tỉnh vừa ban hành Quyết định số 613/QĐ-UBND về Kế hoạch thực hiện Chiến lược phát triển nông nghiệp \
                và nông thôn bền vững tỉnh Quảng Ngãi giai đoạn 2021 – 2030, tầm nhìn đến năm 2050.\nTrên cơ sở đó, \
                Kế hoạch đề ra mục tiêu cụ thể đến năm 2030: Tốc độ tăng trưởng nông lâm thủy sản của tỉnh bình quân \
                khoảng 4%/năm.\nNâng cao chất lượng rừng tự nhiên. Tỷ lệ độ che phủ rừng duy trì ổn định ở mức 52% \
                (năm 2025).\n";
    let draft = extract_plan(text);
    assert_eq!(draft.plan.period, chitieu::Period { from: Some(2021), to: 2030, horizon: None });
    let years: Vec<Option<i32>> = target_rows(&draft.plan).iter().map(|t| t.0).collect();
    assert_eq!(years, [Some(2030), Some(2025)]);
    assert!(draft.notes.iter().any(|n| n == "The plan's period is 2021-2030, as the period the text opens on."));
}

#[test]
fn a_named_rates_upper_bound_is_not_carried_to_other_shares_named_after_them() {
    // Regression (a probe of 8 Dec 2026, a town's targets for 2020): "dưới" of the poverty rate was carried to the
    // shares of families and clans after it.
    let text = "Năm 2020, thị trấn Hưng Hà phấn đấu tổng giá trị sản xuất trên 600 tỷ đồng. Tỷ lệ hộ nghèo dưới 1,5%, \
                90% gia đình, 65% dòng họ, 80% khu dân cư đạt văn hóa.\n";
    let draft = extract_plan(text);
    let rows: Vec<(Comparator, f64)> = target_rows(&draft.plan).iter().map(|t| (t.1, t.2)).collect();
    assert_eq!(
        rows,
        [
            (Comparator::MoreThan, 600e9),
            (Comparator::LessThan, 1.5),
            (Comparator::Reach, 90.0),
            (Comparator::Reach, 65.0),
            (Comparator::Reach, 80.0)
        ]
    );
}

#[test]
fn a_comparator_in_a_bracket_is_not_carried_out_of_it() {
    // Regression (a probe of 8 Dec 2026, a province's plan for vocational training): "ít nhất" of the women's share in
    // brackets was carried to "nâng tỷ lệ lao động qua đào tạo lên 68%" after the bracket closed.
    let text =
        "UBND tỉnh ban hành Kế hoạch thực hiện Chiến lược phát triển giáo dục nghề nghiệp giai đoạn 2022 - 2030 \
                trên địa bàn tỉnh. Phấn đấu các trường cao đẳng, trung cấp đạt chuẩn trường chất lượng cao.\nCụ thể, \
                trong năm 2022, tỉnh An Giang sẽ tổ chức tuyển sinh giáo dục nghề nghiệp khoảng 20.000 người (số lao \
                động nữ được học nghề nghiệp chiếm ít nhất 41,5%), nâng tỷ lệ lao động qua đào tạo lên 68%, tỷ lệ lao \
                động qua đào tạo có văn bằng, chứng chỉ đạt 27%.\n";
    let draft = extract_plan(text);
    let rows: Vec<(Comparator, f64)> = target_rows(&draft.plan).iter().map(|t| (t.1, t.2)).collect();
    assert_eq!(
        rows,
        [
            (Comparator::About, 20000.0),
            (Comparator::AtLeast, 41.5),
            (Comparator::Reach, 68.0),
            (Comparator::Reach, 27.0)
        ]
    );
}

#[test]
fn an_objective_passed_in_a_bracket_is_a_target_beside_the_result() {
    // Regression (a probe of 8 Dec 2026, results of the national financial inclusion strategy): "(vượt mục tiêu ít nhất
    // 80% đến năm 2025)" after a result was an observation of 80%.
    let text =
        "Theo báo cáo của Ngân hàng Nhà nước về kết quả thực hiện Chiến lược tài chính toàn diện giai đoạn 2020 - \
                2025, hiện nay tỉ lệ người trưởng thành có tài khoản thanh toán tại ngân hàng đã đạt 86,97% (vượt mục \
                tiêu ít nhất 80% đến năm 2025).\n";
    let draft = extract_plan(text);
    assert_eq!(target_rows(&draft.plan), [(Some(2025), Comparator::AtLeast, 80.0, MeasureUnit::Percent)]);
    assert_eq!(observation_rows(&draft), [(86.97, Some(2025))]);
}

#[test]
fn a_period_right_after_a_quantity_is_its_own() {
    // Regression (a probe of 8 Dec 2026, a province's agriculture plan): "trên 40.000 ha giai đoạn 2026 - 2030"
    // took the year of the clause before it, 2025.
    let text = "Kế hoạch thực hiện Chiến lược phát triển nông nghiệp và nông thôn bền vững\n13/05/2022\nChủ tịch UBND \
                tỉnh vừa ban hành Quyết định số 613/QĐ-UBND về Kế hoạch thực hiện Chiến lược phát triển nông nghiệp \
                và nông thôn bền vững tỉnh Quảng Ngãi giai đoạn 2021 – 2030.\nTrên cơ sở đó, Kế hoạch đề ra mục tiêu \
                cụ thể đến năm 2030: Tốc độ tăng trưởng nông lâm thủy sản của tỉnh bình quân khoảng 4%/năm.\nNâng cao \
                chất lượng rừng tự nhiên, diện tích rừng có chứng chỉ quản lý rừng bền vững khoảng 10.000 – 20.000 ha \
                trong giai đoạn 2021 – 2025 và trên 40.000 ha giai đoạn 2026 - 2030.\n";
    let draft = extract_plan(text);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2030), Comparator::About, 4.0, MeasureUnit::PercentPerYear),
            (Some(2025), Comparator::About, 20000.0, MeasureUnit::Hectare),
            (Some(2030), Comparator::MoreThan, 40000.0, MeasureUnit::Hectare),
        ]
    );
}

/// A congress's list under its term, after a vision (quang_ninh_dai_hoi, ha_noi_dai_hoi, lam_dong_dai_hoi; development
/// texts; the same text as the Python and JavaScript tests).
const CONGRESS_LIST_AFTER_A_VISION: &str = "Mục tiêu tổng quát giai đoạn 2025-2030 là phát triển nhanh, bền vững.\nTỉnh \
                                            đặt mục tiêu đến năm 2045 trở thành vùng đô thị lớn tầm khu vực.\nVề xã hội, \
                                            tỷ lệ lao động qua đào tạo đạt trên 90%, trong đó có bằng cấp, chứng chỉ 48%. \
                                            Tỷ lệ thất nghiệp dưới 2%, tuổi thọ trung bình trên 76 tuổi, 100% dân số \
                                            tham gia bảo hiểm y tế.\n";

#[test]
fn a_vision_is_no_objective_year_before_which_the_terms_figures_are_past() {
    // Regression (found by the Python test of the same text): once a figure an earlier line dated before the text's
    // first objective year was reported, the vision "đến năm 2045 trở thành ..." counted as that year, and every target
    // of the term 2025-2030 became a report. A vision in a line without figures is no objective's year.
    let draft = extract_plan(CONGRESS_LIST_AFTER_A_VISION);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2030), Comparator::MoreThan, 90.0, MeasureUnit::Percent),
            (Some(2030), Comparator::Reach, 48.0, MeasureUnit::Percent),
            (Some(2030), Comparator::LessThan, 2.0, MeasureUnit::Percent),
            (Some(2030), Comparator::MoreThan, 76.0, MeasureUnit::Years),
            (Some(2030), Comparator::Reach, 100.0, MeasureUnit::Percent),
        ]
    );
    assert!(draft.observations.is_empty());
    check_offsets(CONGRESS_LIST_AFTER_A_VISION, &draft);
}

/// A headline with no year, and the body's figure of the same value said of other things
/// (thanh_hoa_chuyen_doi_so_2030, a development text; the same text as the Python and JavaScript tests).
const A_HEADLINE_OF_OTHER_THINGS: &str =
    "Thanh Hoá phấn đấu 80% dân số có tài khoản điện tử\n\nTheo đó, đến năm 2025, \
                                          doanh nghiệp chuyển đổi số chiếm 50% trở lên tổng số doanh nghiệp có phát \
                                          sinh thuế và đến 2030 là 80% trở lên.\n";

#[test]
fn a_headline_is_not_said_again_by_a_figure_of_other_things() {
    // Regression: the body's "đến 2030 là 80% trở lên" (of enterprises) took the place of the headline's "80% dân số có
    // tài khoản điện tử", sharing its value alone; the population's target was lost. The headline stays, with no year.
    let draft = extract_plan(A_HEADLINE_OF_OTHER_THINGS);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (None, Comparator::Reach, 80.0, MeasureUnit::Percent),
            (Some(2025), Comparator::AtLeast, 50.0, MeasureUnit::Percent),
            (Some(2030), Comparator::AtLeast, 80.0, MeasureUnit::Percent),
        ]
    );
    check_offsets(A_HEADLINE_OF_OTHER_THINGS, &draft);
}

/// A year's results, under the objectives said met (huyen_na_ri_bac_kan_2023, a development text; the same text as the
/// Python and JavaScript tests).
const OBJECTIVES_MET_THEN_IN_DETAIL: &str = "Trong năm 2023, các cấp đã lãnh đạo hoàn thành cơ bản các chỉ tiêu, trong \
                                             đó có 38/54 chỉ tiêu hoàn thành và hoàn thành vượt so với Nghị quyết năm.\n\n\
                                             Cụ thể: tổng đàn gia súc gần 12.400 con; kết nạp được 105 đảng viên, đạt \
                                             107%, nâng tổng số đảng viên lên 5.257 người.\n";

#[test]
fn objectives_said_met_report_the_results_said_in_detail_after_them() {
    // Regression: "38/54 chỉ tiêu hoàn thành" was only an objective measured against, so the line said nothing, and the
    // results the "Cụ thể:" line gives became targets.
    let draft = extract_plan(OBJECTIVES_MET_THEN_IN_DETAIL);
    assert_eq!(target_rows(&draft.plan), []);
    assert_eq!(observation_rows(&draft), [(12400.0, Some(2023)), (105.0, Some(2023)), (5257.0, Some(2023))]);
    check_offsets(OBJECTIVES_MET_THEN_IN_DETAIL, &draft);
}

/// A year's budget estimate, each line against the year before (quang_ngai_thu_ngan_sach_2026, a development text; the
/// same text as the Python and JavaScript tests).
const A_BUDGET_AGAINST_THE_YEAR_BEFORE: &str = "Năm 2026, dự toán thu ngân sách nhà nước trên địa bàn tỉnh Quảng Ngãi là 33.624 tỷ đồng, bằng dự toán Trung \
                                    ương giao. Trong đó, thu nội địa 22.824 tỷ đồng, bằng dự toán Trung ương giao, tăng \
                                    2,6% so với thực hiện năm 2025. Thu thuế từ hoạt động xuất khẩu, nhập khẩu: 10.800 tỷ \
                                    đồng, bằng dự toán Trung ương giao, bằng 83,6% so với thực hiện năm 2025.\nDự toán \
                                    chi ngân sách địa phương 29.365 tỷ đồng, gồm: Chi đầu tư phát triển: 5.962 tỷ đồng, \
                                    tăng so với dự toán Hội đồng nhân dân tỉnh giao năm 2025 là 316 tỷ đồng, tương ứng \
                                    tăng 6%.\n";

#[test]
fn a_budgets_lines_against_the_year_before_are_the_years_targets() {
    // Regression: "thu nội địa" named no amount, so its rise "tăng 2,6% so với thực hiện năm 2025" was drafted in its
    // place; "bằng 83,6% so với thực hiện năm 2025" was a target; and "so với dự toán ... giao năm 2025" dated the
    // spending line 2025, so it was reported.
    let draft = extract_plan(A_BUDGET_AGAINST_THE_YEAR_BEFORE);
    let rows: Vec<_> = target_rows(&draft.plan).into_iter().map(|(year, _, value, unit)| (year, value, unit)).collect();
    let dong = MeasureUnit::Dong;
    assert_eq!(
        rows,
        [
            (Some(2026), 33624e9, dong),
            (Some(2026), 22824e9, dong),
            (Some(2026), 10800e9, dong),
            (Some(2026), 29365e9, dong),
            (Some(2026), 5962e9, dong),
        ]
    );
    assert!(draft.observations.is_empty());
    check_offsets(A_BUDGET_AGAINST_THE_YEAR_BEFORE, &draft);
}

/// A range said again as a density (ha_tinh_kinh_te_tu_nhan_2030, a development text; the same text as the Python and
/// JavaScript tests).
const A_RANGE_IN_OTHER_UNITS: &str =
    "Đến năm 2030, Hà Tĩnh có khoảng 18.000–20.000 doanh nghiệp, tương đương 13–15 doanh nghiệp/1.000 dân.\n";

#[test]
fn a_range_said_again_in_other_units_is_about_as_much_as_the_first() {
    // Regression: "tương đương 13–15 doanh nghiệp/1.000 dân" says again, as a density, the "khoảng" of the count before
    // it, and was read as reached (see also a_levels_equivalent_in_another_unit_is_a_target_of_its_own).
    let draft = extract_plan(A_RANGE_IN_OTHER_UNITS);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2030), Comparator::About, 20000.0, MeasureUnit::Count),
            (Some(2030), Comparator::About, 15.0, MeasureUnit::PerThousandPeople),
        ]
    );
    // "tương đương" names nothing (the id was "tuong_duong_doanh_nghiep_dan", then "doanh_nghiep_dan").
    assert_eq!(draft.plan.targets.get(1).map(|t| t.indicator.as_str()), Some("so_doanh_nghiep"));
    check_offsets(A_RANGE_IN_OTHER_UNITS, &draft);
}

/// A revenue past a mark (lao_cai_2026, a development text; the same text as the Python and JavaScript tests).
const PAST_THE_MARK: &str =
    "Năm 2026, Lào Cai quyết tâm đạt tăng trưởng trên 10%, thu ngân sách vượt mốc 25.000 tỷ đồng.\n";

#[test]
fn past_the_mark_is_more_than() {
    // Regression: "vượt mốc 25.000 tỷ đồng" was read as reached, and "vượt mốc" named the indicator.
    let draft = extract_plan(PAST_THE_MARK);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2026), Comparator::MoreThan, 10.0, MeasureUnit::PercentPerYear),
            (Some(2026), Comparator::MoreThan, 25e12, MeasureUnit::Dong),
        ]
    );
    check_offsets(PAST_THE_MARK, &draft);
}

/// An estimate an aim brings in its sentence (khanh_hoa_du_lich_2026, a development text; the same text as the Python and
/// JavaScript tests).
const AN_ESTIMATE_AIMED_AT: &str = "Năm 2026, theo kế hoạch của ngành du lịch tỉnh, địa phương phấn đấu đón khoảng 18,8 \
                                      triệu lượt khách, trong đó có 6,3 triệu lượt khách quốc tế, với tổng doanh thu du \
                                      lịch ước đạt khoảng 77.000 tỉ đồng.\n";

#[test]
fn an_estimate_an_aim_brings_in_its_sentence_is_a_target() {
    // Regression: "ước đạt" (estimated at) reported the revenue, though "phấn đấu" sets it in the same sentence.
    let draft = extract_plan(AN_ESTIMATE_AIMED_AT);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2026), Comparator::About, 18.8e6, MeasureUnit::Count),
            (Some(2026), Comparator::Reach, 6.3e6, MeasureUnit::Count),
            (Some(2026), Comparator::About, 77e12, MeasureUnit::Dong),
        ]
    );
    assert!(draft.observations.is_empty());
    // "ước" (estimated) names nothing (the id was "tong_doanh_thu_du_lich_uoc").
    assert_eq!(draft.plan.targets.get(2).map(|t| t.indicator.as_str()), Some("tong_doanh_thu_du_lich"));
    check_offsets(AN_ESTIMATE_AIMED_AT, &draft);
}

/// An index's components scored in points (cao_bang_nang_luc_canh_tranh_2022, a development text; the same text as the
/// Python and JavaScript tests).
const INDEX_POINTS: &str = "Năm 2022, tỉnh phấn đấu tăng điểm chỉ số năng lực cạnh tranh cấp tỉnh, trong đó, Chỉ số \
                            “Chi phí gia nhập thị trường” đạt từ 8,0 điểm trở lên, Chỉ số “Tiếp cận đất đai” đạt từ 6,5 \
                            điểm trở lên.\n";

#[test]
fn an_index_scored_in_points_is_a_target() {
    // Regression: "điểm" after a figure was no unit (a count of 6,5 is none), so a competitiveness index's component
    // scores were not drafted.
    let draft = extract_plan(INDEX_POINTS);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2022), Comparator::AtLeast, 8.0, MeasureUnit::Index),
            (Some(2022), Comparator::AtLeast, 6.5, MeasureUnit::Index),
        ]
    );
    // "đất" (land) stays in the id, though it folds to the "dat" of "đạt" (it was "chi_so_tiep_can_dai").
    assert_eq!(draft.plan.targets.get(1).map(|t| t.indicator.as_str()), Some("chi_so_tiep_can_dat_dai"));
    check_offsets(INDEX_POINTS, &draft);
}

/// A web page's lead said again word for word in its body, but for the source's tag "(ĐCSVN) -"
/// (quang_binh_bao_hiem_y_te_2025, a development text; the same text as the Python and JavaScript tests).
const A_LEAD_SAID_AGAIN: &str = "Logo báo điện tử Đảng Cộng sản Việt Nam\n\nQuảng Bình được giao chỉ tiêu bao phủ bảo hiểm y tế \
                                  đạt 95% vào năm 2025\n\nThứ Sáu, 06/05/2022 10:40 (GMT+0)\nzalo-icon\nviber-icon\n\n(ĐCSVN) - \
                                  Cụ thể, tỉnh Quảng Bình được giao tỷ lệ bao phủ bảo hiểm y tế năm 2022 là 91,75%, năm 2023 là \
                                  92,50%, năm 2024 là 93,75%, năm 2025 là 95,00%.\n\nẢnh minh họa \n\nĐó là thông tin tại Quyết \
                                  định 546/QĐ-TTg của Thủ tướng Chính phủ về việc giao chỉ tiêu thực hiện bao phủ bảo hiểm y tế \
                                  cho UBND các tỉnh, thành phố trực thuộc Trung ương giai đoạn 2022 – 2025.\n\nCụ thể, tỉnh Quảng \
                                  Bình được giao tỷ lệ bao phủ bảo hiểm y tế năm 2022 là 91,75%, năm 2023 là 92,50%, năm 2024 là \
                                  93,75%, năm 2025 là 95,00%.\n\n";

#[test]
fn a_leads_sentence_said_again_in_the_body_is_one_target() {
    // Regression: the source's tag made the lead's first figure an indicator of its own ("dcsvn_cu_tinh_..."), so the
    // body's same sentence drafted 91,75% of 2022 a second time. The headline's 95% of 2025, said again in the lead's
    // list and in the body's, is one target too (7 Dec 2026: a target is known by the words it was said again in; it
    // had been drafted twice, against the corpus's four labels).
    let draft = extract_plan(A_LEAD_SAID_AGAIN);
    let rows: Vec<(Option<i32>, f64)> = draft.plan.targets.iter().map(|t| (t.year, t.value)).collect();
    assert_eq!(rows, [(Some(2025), 95.0), (Some(2022), 91.75), (Some(2023), 92.5), (Some(2024), 93.75)]);
    check_offsets(A_LEAD_SAID_AGAIN, &draft);
}

/// Two amounts, each with its year right after its unit (ha_tinh_nong_nghiep_2025, a development text; the same text
/// as the Python and JavaScript tests).
const YEARS_AFTER_AMOUNTS: &str =
    "Đến năm 2020 và những năm tiếp theo, giá trị sản xuất trên đơn vị diện tích đạt trên \
                                   90 triệu đồng/ha vào năm 2020 và trên 130 triệu đồng/ha vào năm 2025.\n";

#[test]
fn a_year_right_after_an_amounts_unit_is_its_own() {
    // Regression: only a percentage or a ratio per people stood before a year that is the figure's own, so "trên 130
    // triệu đồng/ha vào năm 2025" took the line's 2020.
    let draft = extract_plan(YEARS_AFTER_AMOUNTS);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2020), Comparator::MoreThan, 90e6, MeasureUnit::Dong),
            (Some(2025), Comparator::MoreThan, 130e6, MeasureUnit::Dong),
        ]
    );
    check_offsets(YEARS_AFTER_AMOUNTS, &draft);
}

/// A headline a web page repeats word for word, then said again in the body (ha_tinh_nong_nghiep_2025, a development
/// text; the same text as the Python and JavaScript tests).
const A_HEADLINE_REPEATED: &str = "Hà Tĩnh phấn đấu đến 2025, giá trị trên đơn vị diện tích đạt 130 triệu đồng/ha\n\nHà \
                                  Tĩnh phấn đấu đến 2025, giá trị trên đơn vị diện tích đạt 130 triệu đồng/ha\n\nTheo kế \
                                  hoạch, giá trị sản xuất trên đơn vị diện tích đạt trên 90 triệu đồng/ha vào năm 2020 \
                                  và trên 130 triệu đồng/ha vào năm 2025.\n";

#[test]
fn a_headline_repeated_word_for_word_is_still_said_again_by_the_body() {
    // Regression: the headline's copy was taken for the body saying it again, after which the headline was no other
    // figure's; the body's "trên 130 triệu đồng/ha vào năm 2025" was drafted a second time.
    let draft = extract_plan(A_HEADLINE_REPEATED);
    assert_eq!(
        target_rows(&draft.plan),
        [
            (Some(2025), Comparator::MoreThan, 130e6, MeasureUnit::Dong),
            (Some(2020), Comparator::MoreThan, 90e6, MeasureUnit::Dong),
        ]
    );
    check_offsets(A_HEADLINE_REPEATED, &draft);
}
