//! Years stated anywhere in a line, not only where a sentence or a section opens: "Theo đó, mục tiêu đến
//! năm 2025, có 100% ...", "... 35% GRDP đến năm 2030", "năm 2022 phấn đấu ...", "vào năm 2025", and the
//! end of a period ("các giai đoạn 2025-2030"). A figure takes the year stated in its own clause; else the
//! last one stated before it in the line, which is a year from context (a doubt); a year of a date ("ngày
//! 06 tháng 6 năm 2022"), of an orientation ("định hướng đến năm 2030") or of a document's name is not one.

use super::folded::{at, ends_with_words, find_words, starts_with_words, sub, words, year_at, years_after_nam};

/// A year a line states for the figures near it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Mention {
    /// Folded offset of the year's digits.
    pub(crate) at: usize,
    pub(crate) year: i32,
    /// The end of a period ("giai đoạn 2025-2030"), not a year said outright.
    pub(crate) period: bool,
    /// Said as an objective ("mục tiêu ... đến năm", "phấn đấu đến năm", a sentence opening with it): it
    /// holds for the lines that follow, as a sentence opening with a year does.
    pub(crate) holds: bool,
    /// Objective words stand next to it in its clause ("mục tiêu đến năm 2025", "năm 2025, tỉnh phấn đấu").
    pub(crate) objective: bool,
    /// Said right after a figure ("khoảng 25% đến năm 2025, 40% đến năm 2030"): that figure's deadline, which
    /// the lines after do not take.
    pub(crate) after_figure: bool,
    /// Opens the next part of its clause after "và" ("ít nhất 20% trong GRDP và đến năm 2030 chiếm khoảng 30%"):
    /// the year of the figure after it, not of the one before.
    pub(crate) opens_next: bool,
    /// Labels the clause after its colon, alone in its own but for words of time ("Lạng Sơn được giao chỉ tiêu cụ
    /// thể: năm 2016: 89,0%; năm 2017: 90,0%"): the year of that clause's figures.
    pub(crate) labels: bool,
    /// Said of a later stage of a roadmap, after the words that open it ("60% cán bộ ... và tiến tới là 80% vào năm
    /// 2030", "lộ trình là 60% đến năm 2030"): the folded offset of those words. The figures before them are of an
    /// earlier stage, not of this year.
    pub(crate) stage_from: Option<usize>,
    /// Not said but read from the base its sentence compares with ("Năm nay, tỉnh phấn đấu tăng điểm ... so với năm
    /// 2021": 2022): a year from context.
    pub(crate) inferred: bool,
}

/// Whether a year (`up_to_year`, the line up to it; `after`, its clause's words from it) opens the next part of its
/// clause after "và", a time word between ("... và đến năm 2030 chiếm khoảng 30%", "... đạt 90% và đến năm 2030 hoàn
/// thành chuyển đổi số": a figure following or not); or after a comma and a time word, with a figure of its own ("tỷ lệ
/// hộ nghèo dưới 3%, đến năm 2030 dưới 1%", "..., hướng tới 2030 dưới 1%"); or opens a bracket of its own figure ("113,5
/// trẻ nam/100 trẻ nữ (năm 2021 là 113,9 trẻ nam/100 trẻ nữ)", thai_nguyen_dan_so_2023, a development text), not the
/// year of the figure before it.
fn opens_next_part(up_to_year: &str, after: &str) -> bool {
    // The words before the year and its "năm", if it has one ("đến 2030", "hướng tới 2030" have none).
    let b = up_to_year.trim_end();
    let before = if ends_with_words(b, "nam") { sub(b, 0, b.len() - "nam".len()) } else { b };
    if before.trim_end().ends_with('(') {
        // A figure among the bracket's first words after the year (its own digits are none).
        let bracket = sub(after, 4, after.len()).split(')').next().unwrap_or_default();
        return super::folded::words(bracket).take(5).any(|w| w.bytes().any(|c| c.is_ascii_digit()));
    }
    let after_time_word = |w: &&str| {
        let b = before.trim_end();
        if w.is_empty() {
            Some(b)
        } else {
            ends_with_words(b, w).then(|| sub(b, 0, b.len() - w.len()).trim_end())
        }
    };
    if ["den", "den het", "vao", "trong", ""].iter().filter_map(after_time_word).any(|b| ends_with_words(b, "va")) {
        return true;
    }
    // After a comma, a time word and a figure of its own: "tỷ lệ hộ nghèo dưới 3%, đến năm 2030 dưới 1%", "...,
    // hướng tới 2030 dưới 1%".
    let own_figure = || {
        let part = sub(after, 4, after.len());
        let part = sub(part, 0, part.find(',').unwrap_or(part.len()));
        super::folded::words(part).take(4).any(|w| w.bytes().next().is_some_and(|c| c.is_ascii_digit()))
    };
    ["den", "den het", "huong toi", "tien toi"].iter().filter_map(after_time_word).any(|b| b.ends_with(','))
        && own_figure()
}

/// Words (folded) that open a later stage of a roadmap: "tiến tới", "lộ trình là", "phải đạt", "nâng lên".
const LATER_STAGE: [&str; 4] = ["tien toi", "lo trinh", "phai dat", "nang len"];

/// The folded offset in `before` (the line up to a year said after a figure) of the words that open a later stage of
/// a roadmap, in the year's clause, a figure between them and the year, one before them
/// (ba_ria_vung_tau_hoc_tap_suot_doi_2030, a development text).
fn later_stage(before: &str, clause_start: usize) -> Option<usize> {
    let clause = sub(before, clause_start, before.len());
    let (i, w) = LATER_STAGE.iter().filter_map(|w| find_words(clause, w).last().map(|i| (i, *w))).max()?;
    let figure = |t: &str| t.contains(|c: char| c.is_ascii_digit());
    (figure(sub(clause, i + w.len(), clause.len())) && figure(sub(clause, 0, i))).then_some(clause_start + i)
}

/// Words (folded) that set an objective.
const OBJECTIVE: [&str; 9] =
    ["muc tieu", "phan dau", "chi tieu", "dat ra", "de ra", "theo ke hoach", "ke hoach dat", "kich ban", "du kien"];

/// Whether objective words stand in `near` (folded), or a deadline: "hoàn thành" before a time and not
/// reported as done ("Giai đoạn 1 hoàn thành trong quý 2-2026, đảm bảo ...", not "đã hoàn thành" nor
/// "Năm 2025, ... hoàn thành 12/12 chỉ tiêu").
fn objective_in(near: &str) -> bool {
    OBJECTIVE.iter().any(|w| find_words(near, w).next().is_some())
        || find_words(near, "hoan thanh").any(|i| {
            let next = sub(near, i + "hoan thanh".len(), near.len());
            !ends_with_words(sub(near, 0, i), "da")
                && ["trong", "truoc", "vao", "den", "cham nhat"].iter().any(|w| starts_with_words(next.trim_start(), w))
        })
}

/// Whether a year (`rest`, the line from it) ends a sentence (folded `sentence`, up to it) that sets an objective of
/// its own with no figure: "Phấn đấu đạt chuẩn xã nông thôn mới kiểu mẫu vào năm 2028." is that objective's deadline,
/// not the year of the figures after it, in its line or the next ones. A sentence naming the plan's objectives ("Các
/// chỉ tiêu chủ yếu đến năm 2030.") or its period still dates them; so does one whose next sentence goes on to what
/// it named ("... các giải pháp phát triển kinh tế, xã hội năm 2017. Trong đó phấn đấu ...", [`next_goes_on`]).
fn deadline_of_its_sentence(sentence: &str, rest: &str) -> bool {
    let after = sub(rest, 4.min(rest.len()), rest.len()).trim_start();
    let ends = after.is_empty()
        || after.starts_with(';')
        || after.strip_prefix('.').is_some_and(|r| !r.starts_with(char::is_alphanumeric));
    let names_the_plan =
        ["chi tieu", "muc tieu", "nhiem vu", "ke hoach", "giai doan", "nhiem ky", "tam nhin", "dinh huong"]
            .iter()
            .any(|w| find_words(sentence, w).next().is_some());
    ends && !names_the_plan
        && !next_goes_on(rest)
        && !sentence.contains(|c: char| c.is_ascii_digit())
        && words(sentence).count() >= 6
}

/// Whether a year (`sentence`, its sentence up to it; `rest`, the line from it) opens its sentence, a few words before
/// it ("Năm 2022 phấn đấu ...", "Báo cáo năm 2016 ..."), or closes it, the next opening with the words that go on to
/// what it named ("... đưa ra các giải pháp phát triển kinh tế, xã hội năm 2017. Trong đó phấn đấu ...", a probe of 7
/// Dec 2026): that year is the year of what follows, as a year opening the next sentence would be.
fn opens_sentence(sentence: &str, rest: &str) -> bool {
    words(sentence).count() <= 3 || next_goes_on(rest)
}

/// Whether the sentence after a year (`rest`, the line from it) that closes its own opens with the words that go on to
/// what it named: "Trong đó", "Theo đó", "Cụ thể".
fn next_goes_on(rest: &str) -> bool {
    let next = sub(rest, 4.min(rest.len()), rest.len()).strip_prefix('.').map(str::trim_start);
    next.is_some_and(|n| ["trong do", "theo do", "cu the"].iter().any(|w| starts_with_words(n, w)))
}

/// Words that, just before "năm YYYY", make it no year of a target: a date, an orientation, a vision, the
/// base year of constant prices ("giá so sánh năm 2010"), a level kept ("Đàn lợn: 3.000 con, bằng năm 2015").
fn not_a_target_year(before: &str) -> bool {
    let b = before.trim_end();
    [
        "thang",
        "dinh huong den",
        "dinh huong",
        "tam nhin den",
        "tam nhin",
        "nhiem ky",
        "khoa",
        "so voi",
        // "so cùng kỳ năm 2022": the base a change is measured from, as "so với năm 2022"; so are the results, the
        // estimate and the plan of a year ("tăng 2,6% so với thực hiện năm 2025", quang_ngai_thu_ngan_sach_2026, a
        // development text).
        "cung ky",
        "so voi thuc hien",
        "so voi uoc thuc hien",
        "so voi du toan",
        "so voi ke hoach",
        // "tăng 41 doanh nghiệp so với cuối năm 2025": the level at a year's end or start is a base too.
        "so voi cuoi",
        "so voi dau",
        "bang",
        "gia so sanh",
        // "Quy mô nền kinh tế gấp đôi năm 2025": twice the year's level.
        "gap doi",
        "gap ruoi",
    ]
    .iter()
    .any(|w| ends_with_words(b, w) && !(*w == "thang" && months_of_the_year(b)))
        || (b.ends_with(|c: char| c.is_ascii_digit()) && !span_from(b))
        // "tăng 7,5-8% so năm 2022": a base right after a figure. Not the "số" of "kinh tế số năm 2025", which folds
        // the same but follows no figure.
        || (ends_with_words(b, "so") && after_a_figure(sub(b, 0, b.len() - "so".len())))
        || level_compared_with(b)
        || base_named_with(b)
}

/// Whether folded `before` (up to "năm YYYY") ends with months counted, not a month named: "lũy kế 11 tháng năm 2026"
/// (the year's first eleven months; a probe of 7 Dec 2026), not "ngày 5 tháng năm 2026".
pub(crate) fn months_of_the_year(before: &str) -> bool {
    let all: Vec<&str> = words(before).collect();
    let mut w = all.iter().rev().skip(1).copied();
    w.next().and_then(|n| n.parse::<u8>().ok()).is_some_and(|n| (1..=12).contains(&n))
        && w.next().is_none_or(|d| d != "ngay")
}

/// The last part of the clause folded `before` ends: after its last ", " (not a decimal comma), ";" or "(", where a
/// base or a level compared with is named ([`base_named_with`], [`level_compared_with`]).
fn last_part(before: &str) -> &str {
    let cut = [before.rfind(", "), before.rfind(';'), before.rfind('(')].into_iter().flatten().max();
    sub(before, cut.map_or(0, |i| i + 1), before.len())
}

/// Whether folded `before` ends with a base a change is measured against, named in a few words before its year: "tăng so
/// với dự toán Hội đồng nhân dân tỉnh giao năm 2025 là 316 tỷ đồng" (quang_ngai_thu_ngan_sach_2026, a development
/// text). Not a deadline after the base ("tăng 20% so với hiện nay vào năm 2030"), nor a base a figure stands in.
fn base_named_with(before: &str) -> bool {
    let part = last_part(before);
    let Some(i) = find_words(part, "so voi").last() else { return false };
    let base = sub(part, i + "so voi".len(), part.len());
    let deadline = words(base).any(|w| matches!(w, "vao" | "den" | "toi" | "trong" | "dat" | "cuoi" | "het"));
    !deadline && !base.contains(|c: char| c.is_ascii_digit()) && (2..=8).contains(&words(base).count())
}

/// Whether the year after folded `before` is an orientation's ("định hướng đến năm") with a figure after it in its
/// clause (`rest`, the words after the year): "tỉnh định hướng đến năm 2025 kinh tế số chiếm hơn 20% GRDP"
/// (ba_ria_vung_tau_kinh_te_so_2025, a development text) dates that clause's figures, and no others; an orientation
/// named in passing ("Kế hoạch ... giai đoạn 2021-2025, định hướng đến năm 2030") dates nothing.
fn orientation_of_its_clause(before: &str, rest: &str) -> bool {
    let b = before.trim_end();
    let clause = sub(rest, 0, rest.find([',', ';', ':', '.', '(', '\n']).unwrap_or(rest.len()));
    ["dinh huong den", "dinh huong"].iter().any(|w| ends_with_words(b, w))
        && super::numbers::tokens(clause).iter().any(|t| t.value.is_some())
}

/// Whether folded `before` ends with a level a figure is compared with, the year after it being that level's: "đạt
/// khoảng 1,5 tỷ USD, cao hơn mức 1,29 tỷ USD trong năm 2024" (bac_giang_fdi_2025, a development text), "so với mức
/// 72% năm 2023".
fn level_compared_with(before: &str) -> bool {
    let part = last_part(before);
    // Or a figure right after "so với": "kinh tế số đạt tối thiểu 35% GRDP (so với 20% năm 2025)".
    let figure_after_so_voi = || {
        find_words(part, "so voi").last().filter(|&i| {
            let level = sub(part, i + "so voi".len(), part.len()).trim_start();
            level.starts_with(|c: char| c.is_ascii_digit()) && words(level).count() <= 3
        })
    };
    let named = ["hon muc", "voi muc"].iter().filter_map(|w| find_words(part, w).last()).max();
    let Some(i) = named.or_else(figure_after_so_voi) else { return false };
    let level = sub(part, i, part.len());
    level.contains(|c: char| c.is_ascii_digit()) && words(level).count() <= 8
}

/// Whether folded `before` (ending with "năm") ends with the number of years of the span the year opens (`rest`, from
/// the year): "kế hoạch tài chính 5 năm 2026 - 2030", "giai đoạn 10 năm 2021-2030", a period, not a date's month.
fn years_of_a_span(before: &str, rest: &str, year: i32) -> bool {
    let count = before.trim_end().rsplit(' ').next().and_then(|w| w.parse::<i32>().ok());
    period_end(rest).is_some_and(|end| end > year && count.is_some_and(|n| n == end - year + 1 || n == end - year))
}

/// Whether folded `before` ends with the first year of a span said "từ 2018 đến 2030" (before the "đến"): the year after
/// it is the span's end, not the year of a date ("ngày 12 tháng 7 năm 2022") nor the end of a range of numbers.
fn span_from(before: &str) -> bool {
    let mut words = before.rsplit(' ');
    words.next().and_then(year_at).is_some() && words.next() == Some("tu")
}

/// Whether folded `before` ends with a figure ("7,5-8%"), the words after which say what it is measured against.
fn after_a_figure(before: &str) -> bool {
    before.trim_end().ends_with(|c: char| c.is_ascii_digit() || c == '%')
}

/// Whether folded `s` opens with the word a level rises or falls by to another: "lên", "xuống" ("từ 52% lên 65%").
pub(crate) fn turns_to(s: &str) -> bool {
    starts_with_words(s, "len") || starts_with_words(s, "xuong")
}

/// Whether the year at `k` is the base a figure rises or falls from: "từ 61.245 tỷ đồng năm 2025 lên 67.735 tỷ đồng",
/// "từ 5% năm 2020 xuống 3%" ("từ" earlier in its clause, "lên" or "xuống" right after it). The figure it rises or
/// falls to is not that year's.
fn base_of_a_rise(line: &str, k: usize) -> bool {
    let before = sub(line, 0, k);
    // The clause's separators are followed by a space: not the dots and commas inside "61.245".
    let from = [", ", "; ", ": ", ". "].iter().filter_map(|p| before.rfind(p)).max().map_or(0, |i| i + 2);
    let clause = sub(before, from, before.len());
    turns_to(sub(line, k + 4, line.len()).trim_start()) && find_words(clause, "tu").next().is_some()
}

/// Whether the year at `k` belongs to the name of another document ("Chương trình ... đến năm 2025"):
/// a document word starts the clause part before it.
fn in_document_name(line: &str, k: usize) -> bool {
    let from = sub(line, 0, k).rfind([',', ';', '(', ':', '.']).map_or(0, |i| i + 1);
    let part = sub(line, from, k);
    // National standards and criteria are named with their period too ("chuẩn nghèo đa chiều giai đoạn
    // 2021 - 2025", "Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021-2025").
    [
        "chuong trinh",
        "chien luoc",
        "quyet dinh",
        "nghi quyet",
        "de an",
        "ke hoach",
        "van kien",
        "chuan ngheo",
        "bo tieu chi",
    ]
    .iter()
    .any(|w| find_words(part, w).next().is_some())
        // "HĐND thành phố quyết định dự toán thu ngân sách ... năm 2026 là ...": a budget's estimate of the year, also
        // when a document decides it; so is its budget ("nghị quyết về phân bổ ngân sách địa phương năm 2026 hơn 39.342
        // tỷ đồng", an_giang_tai_chinh_2030, a development text).
        && !["muc tieu", "phan dau", "chi tieu", "du toan", "ngan sach"].iter().any(|w| find_words(part, w).next().is_some())
        && !topic_of_objectives(line, from, k)
        && !per_the_years_plan(part)
}

/// Whether the part of a clause before a year (folded) sets a figure before it by the year's plan: "xuất khẩu ... đạt 1
/// tỷ 610 triệu USD (khoảng 38.000 tỷ đồng) theo kế hoạch năm 2023" (dak_lak_xuat_khau_2023, a development text): the
/// plan is of that year, and so is the figure, not another document's name.
fn per_the_years_plan(part: &str) -> bool {
    find_words(part, "theo ke hoach").last().is_some_and(|i| {
        let after = sub(part, i + "theo ke hoach".len(), part.len());
        sub(part, 0, i).contains(|c: char| c.is_ascii_digit()) && super::folded::words(after).all(|w| w == "nam")
    })
}

/// Whether the document named before the year at `k` (its part from `from`) is the topic a sentence opens with, "Về
/// ...", or the plan it follows, "Theo kế hoạch ...", and the words after it set objectives: "Về định hướng kế hoạch tài
/// chính 5 năm 2026 - 2030, tỉnh An Giang đặt mục tiêu ...", "Theo kế hoạch đào tạo nghề và giải quyết việc làm năm
/// 2023, Sở LĐ-TB&XH Bạc Liêu phấn đấu ...", or a plan, programme or resolution that opens the clause ("Kế hoạch năm
/// 2026 đặt mục tiêu ..."): the objectives are the document's, of its period.
fn topic_of_objectives(line: &str, from: usize, k: usize) -> bool {
    let rest = sub(line, k, line.len());
    let sentence = sub(rest, 0, rest.find(['.', ';', ':']).unwrap_or(rest.len()));
    let part = sub(line, from, k);
    // Past a news item's tag before it: "(Dân sinh) - Theo kế hoạch ...".
    let part = match part.find(')') {
        Some(i) if super::folded::words(sub(part, 0, i)).count() <= 3 => sub(part, i + 1, part.len()),
        _ => part,
    };
    let part = part.trim_start_matches([' ', '-']);
    // So does a plan, a programme or a resolution that opens its clause: "Kế hoạch năm 2026 đặt mục tiêu 80% hồ sơ
    // ...", "Kế hoạch chuyển đổi số năm 2026 của tỉnh đặt mục tiêu ...".
    let opens_the_clause = ["ke hoach", "chuong trinh", "nghi quyet"].iter().any(|w| starts_with_words(part, w));
    // So does the plan a sentence opens by aiming to complete: "Để hoàn thành kế hoạch năm 2026, tỉnh phấn đấu tốc độ
    // tăng trưởng GRDP cả năm đạt 8,5%" (news of a province's eleven months, a probe of 7 Dec 2026).
    let to_complete = ["de hoan thanh", "nham hoan thanh"].iter().any(|w| starts_with_words(part, w));
    let opens = starts_with_words(part, "ve")
        || opens_the_clause
        || to_complete
        || ["theo ke hoach", "theo chuong trinh", "theo de an"].iter().any(|w| starts_with_words(part, w));
    // Or says what will be done: "Theo kế hoạch đến năm 2020, TP sẽ giải quyết 13/17 tuyến đường ngập nước"
    // (ho_chi_minh_giam_ngap_2020's words, a development text).
    let head = sub(sentence, 0, sentence.len().min(80));
    opens && (objective_in(head) || find_words(head, "se").next().is_some())
}

/// Whether the sentence before the period at `k` of `line` (folded) places a year in it ("Năm 2026 là năm đầu triển khai
/// Nghị quyết Đại hội ..., nhiệm kỳ 2025-2030", "năm cuối của giai đoạn 2021-2025"): the period says which one the year
/// opens or closes, and the sentence's figures are that year's, not the period's end.
fn places_a_year_in(line: &str, k: usize) -> bool {
    let before = sub(line, 0, k);
    let sentence = sub(before, sentence_start(before), before.len());
    // Not "năm đầu tư" ("hằng năm đầu tư 100 tỷ đồng"), a year's investing.
    let invests = |i: usize| starts_with_words(sub(sentence, i + "nam dau".len(), sentence.len()).trim_start(), "tu");
    ["nam dau", "nam cuoi", "nam ban le", "nam thu hai", "nam thu ba", "nam thu tu", "nam thu nam"]
        .iter()
        .any(|w| find_words(sentence, w).any(|i| *w != "nam dau" || !invests(i)))
}

/// The years line `line` (folded, starting at folded offset `offset`) states for its figures.
pub(crate) fn mentions(line: &str, offset: usize) -> Vec<Mention> {
    let mut out: Vec<Mention> = Vec::new();
    // A quarter's year ("quý 3 năm 2026").
    let quarters = quarters(line);
    let deadlines = deadline_dates(line);
    let roadmap = roadmap_years(line);
    let all = years_after_nam(line).into_iter().chain(years_without_nam(line)).chain(roadmap.iter().copied());
    for (k, year) in all.chain(quarters.iter().copied()).chain(deadlines.iter().copied()) {
        let before = sub(line, 0, k.saturating_sub(4));
        // A quarter's, a deadline date's or a roadmap stage's year is a time, though a number stands before it as in a
        // date's.
        let timed = quarters.contains(&(k, year)) || deadlines.contains(&(k, year)) || roadmap.contains(&(k, year));
        let oriented = orientation_of_its_clause(before, sub(line, k + 4, line.len()));
        if (!timed
            && !oriented
            && not_a_target_year(before)
            && !years_of_a_span(before, sub(line, k, line.len()), year))
            || base_of_a_rise(line, k)
            || in_document_name(line, k)
            || out.iter().any(|m| m.at == offset + k)
        {
            continue;
        }
        // The objective's words are in the same clause, before the year or just after it ("Năm 2025, tỉnh
        // phấn đấu ...").
        let clause_start = before.rfind(['.', ';', ':']).map_or(0, |i| i + 1);
        let rest = sub(line, k, line.len());
        let after = sub(rest, 0, rest.find(['.', ';', ':']).unwrap_or(rest.len()).min(40));
        let closes_clause = rest.get(4..).is_some_and(|r| r.starts_with(','));
        // "Về Nghị quyết phương hướng, nhiệm vụ chính trị năm 2026, Ban Chấp hành ... phấn đấu ..." (an_giang, a
        // development text): the year ahead a report's part on its course names, opening what its comma leads to, or
        // the only year of its sentence ("tình hình ... 6 tháng đầu năm và phương hướng, nhiệm vụ 6 tháng cuối năm
        // 2024. Theo đó, ...", kon_tum_2024, a development text). Not a meeting's agenda after the year it reviews
        // ("tổng kết ... năm 2025 và triển khai phương hướng, nhiệm vụ năm 2026.", a probe of 7 Dec 2026: the year
        // ahead had held for the results after it).
        let course = sub(before, before.rfind(['.', ';']).map_or(0, |i| i + 1), before.len());
        let ahead = find_words(course, "phuong huong").next().is_some()
            && (closes_clause || years_after_nam(course).is_empty());
        let objective = objective_in(sub(before, clause_start, before.len())) || objective_in(after) || ahead;
        // The year opens the line or a sentence of it: "Đến năm 2025, ...", "Năm 2022 phấn đấu ...", "Theo
        // kế hoạch, năm 2025", "... mới. Đến năm 2030 trở thành tỉnh khá".
        let sentence = sub(before, sentence_start(before), before.len());
        // "Trong đó, giai đoạn từ nay đến năm 2015, Lâm Đồng sẽ đón ...": "đến năm" and a comma open what follows.
        // Only a clause's few first words ("giai đoạn từ nay"), not a name's ("... phát triển thành phố Cần Thơ
        // đến năm 2030, tầm nhìn ...").
        let clause = sub(before, before.rfind([',', ';', ':', '.']).map_or(0, |i| i + 1), before.len());
        // "Thực hiện nhiệm vụ chính trị năm 2026, Đảng ủy ... phấn đấu ...": the line's first clause, a few words that
        // end with the year, sets it for the line.
        let opens_line = clause.len() == before.len() && super::folded::words(clause).count() <= 7;
        let lead_in = after_a_lead_in(clause, sentence);
        // "Phát huy kết quả đạt được, năm 2020 huyện Hưng Hà tiếp tục ...": a year right after a sentence's lead-in and
        // its comma opens what follows, with no comma of its own.
        let after_lead_in = lead_in && clause.trim().is_empty() && before.trim_end().ends_with(',');
        // "Ông ..., Chủ tịch UBND tỉnh Quảng Ninh cho biết: Năm 2025, tỉnh đã đạt được ..." (a probe of 7 Dec 2026): a
        // year opening what a colon introduces, closed by its comma, opens it as it would a sentence.
        // So does one right after "cho biết" (said), colon or not ("Chủ tịch UBND TP Hà Nội ... cho biết năm 2025, GRDP
        // của Thủ đô đạt 8,16%", a probe of 7 Dec 2026), however many words the lead-in has.
        let said = clause.trim().is_empty() && before.trim_end().ends_with(':')
            || ends_with_words(before.trim_end().trim_end_matches([',', ':']).trim_end(), "cho biet");
        // "Theo định hướng ..., từ 2018 đến 2030, Hà Tĩnh sẽ phát triển ..." (ha_tinh_du_lich_2030, a development text):
        // a span from a year opens its clause as "đến năm" does.
        let from_a_year = span_from(before.trim_end());
        let opens_clause = closes_clause
            && super::folded::words(clause).count() <= 7
            && (ends_with_words(before.trim_end(), "den") || from_a_year || opens_line || lead_in)
            || after_lead_in
            || closes_clause && said;
        // A year between a name and its figure after a period the line opened ("trong giai đoạn 2025 - 2027, ...
        // phấn đấu số trạm 5G phát sóng trong năm 2025 đạt tối thiểu 50%; ...") is that figure's: the period holds.
        // Read only for a year said as an objective, the one it can keep from holding.
        let own = || {
            between_name_and_figure(clause, rest)
                && stages(sub(line, 0, k)).next().is_some_and(|(j, _, _)| period_holds(line, j))
        };
        // "Trọng tâm là chuyển dịch Cơ cấu kinh tế đến năm 2025: Nông - lâm nghiệp 40%; ..." (xa_so_pai_gia_lai_2025, a
        // development text): a deadline a colon closes is the year of what it opens.
        let opens_list = rest.get(4..).is_some_and(|r| r.starts_with(':')) && ends_with_words(before.trim_end(), "den");
        // A year said in brackets ("Nhà máy nước Dương Nội (hoàn thành trong năm 2017); ...",
        // ha_noi_cap_nuoc_an_toan_2020, a development text) is an aside: it holds for no figure after its bracket.
        let aside = before.matches('(').count() > before.matches(')').count() && !stage_deadline(before, rest);
        let holds = !aside
            && !oriented
            && !deadline_of_its_sentence(sentence, rest)
            && ((objective && !own()) || opens_clause || opens_list || opens_sentence(sentence, rest));
        let after_figure = figure_before(before);
        // "đến hết năm 2025 và duy trì đến năm 2030": the later year is how long the level is kept, not its year.
        let kept_until = ends_with_words(before.trim_end(), "duy tri den")
            && out.last().is_some_and(|m| !sub(line, m.at - offset, k).contains([',', ';', '.', ':']));
        if kept_until {
            continue;
        }
        // "từ năm 2021-2030", "năm 2021 - 2030": a span of years after "năm" is a period, for its end.
        let year = period_end(rest).filter(|&last| last > year).unwrap_or(year);
        let opens_next = opens_next_part(sub(line, 0, k), after);
        let labels = rest.get(4..).is_some_and(|r| r.starts_with(':'))
            && super::folded::words(clause).count() <= 1
            && !clause.contains(|c: char| c.is_ascii_digit());
        let (at, stage_from) = (offset + k, after_figure.then(|| later_stage(before, clause_start)).flatten());
        let stage_from = stage_from.map(|i| offset + i);
        let inferred = false;
        out.push(Mention {
            at,
            year,
            period: false,
            holds,
            objective,
            after_figure,
            opens_next,
            labels,
            stage_from,
            inferred,
        });
    }
    out.extend(this_year(line, offset));
    out.extend(periods(line, offset));
    crate::model::sort::by(&mut out, |a, b| a.at.cmp(&b.at));
    out
}

/// "Năm nay" ("this year") in a sentence that compares with a year ("Năm nay, tỉnh phấn đấu tăng điểm ... so với năm
/// 2021, trong đó, Chỉ số ... đạt từ 8,0 điểm trở lên", cao_bang_nang_luc_canh_tranh_2022, a development text; "tăng
/// 10% so với cùng kỳ năm 2025"): the year after that base, inferred, so a doubt. A sentence comparing with none
/// gives no year: a news article's "this year" is its date's, which the text does not say.
fn this_year(line: &str, offset: usize) -> Option<Mention> {
    let k = find_words(line, "nam nay").next()? + "nam ".len();
    let start = sentence_start(sub(line, 0, k));
    let end = sub(line, k, line.len()).find(". ").map_or(line.len(), |i| k + i);
    let sentence = sub(line, start, end);
    let base = ["so voi nam", "so voi cung ky nam", "so cung ky nam"]
        .iter()
        .flat_map(|w| find_words(sentence, w).map(move |i| i + w.len()))
        .find_map(|i| year_at(sub(sentence, i, sentence.len()).trim_start()))?;
    let before = sub(line, start, k - "nam ".len());
    let objective = objective_in(sentence);
    // Opening its sentence ("Năm nay, ...", "Trong năm nay, ..."), it holds for what follows, as a year there does.
    let holds = super::folded::words(before).count() <= 3;
    Some(Mention {
        at: offset + k,
        year: base + 1,
        period: false,
        holds,
        objective,
        after_figure: false,
        opens_next: false,
        labels: false,
        stage_from: None,
        inferred: true,
    })
}

/// Whether the period at `k` of folded `line` names a figure's programme after its sentence's deadline and that figure:
/// "phấn đấu đến năm 2025 giảm 50% xã, thôn đặc biệt khó khăn vùng đồng bào DTTS và miền núi giai đoạn 2021-2030; ...,
/// 100% xã có đường ô tô" (ninh_thuan_dan_toc_thieu_so_2025, a development text): the communes of the programme of
/// 2021-2030, not the year of the figures after it, which the deadline dates.
fn names_a_programme(line: &str, k: usize) -> bool {
    let before = sub(line, 0, k);
    let sentence = sub(before, sentence_start(before), before.len());
    // Not a period that opens its part of the sentence ("Thu ngân sách đến năm 2025 tăng bình quân 9%/năm, giai đoạn
    // 2025 - 2030 tăng bình quân 10%/năm": the next stage).
    let part = sub(sentence, sentence.rfind(',').map_or(0, |i| i + 1), sentence.len());
    let part = STAGE.iter().find_map(|w| part.trim_end().strip_suffix(w)).unwrap_or(part);
    super::folded::words(part).count() >= 2
        && find_words(sentence, "den nam").last().is_some_and(|i| {
            let rest = sub(sentence, i + "den nam".len(), sentence.len());
            year_at(rest.trim_start()).is_some() && rest.contains('%') && !rest.contains([';', ':'])
        })
}

/// The periods of folded `line` that date figures: stages ("giai đoạn 2021-2025") and terms ("nhiệm kỳ 2025-2030").
fn periods(line: &str, offset: usize) -> Vec<Mention> {
    let mut out = Vec::new();
    for (k, _, last) in stages(line) {
        // A period compared with ("gấp 2,2 lần so với giai đoạn 2010-2015") is a base, as a year is.
        let before = sub(line, 0, k).trim_end();
        let word = STAGE.iter().find_map(|w| before.strip_suffix(w)).unwrap_or(before);
        // So is one a figure is kept below or above ("thấp hơn giai đoạn 2010-2020, không vượt quá 1,2% GRDP").
        let compared = ["so voi", "hon"].iter().any(|w| ends_with_words(word.trim_end(), w));
        // A period right after a percentage ("Kim ngạch xuất khẩu tăng bình quân trên 16%/năm giai đoạn 2016 - 2020",
        // quang_nam_quy_hoach_2020, a development text) is that figure's, as a year after it is ([`figure_before`]).
        // Or after "trong" ("đạt 100% trong giai đoạn 2021-2025", hau_giang_xanh_2030, a development text).
        let w = word.trim_end();
        let w = if ends_with_words(w, "trong") { sub(w, 0, w.len() - "trong".len()).trim_end() } else { w };
        // So is one right after an amount or a quantity ("trên 40.000 ha giai đoạn 2026 - 2030", a probe of 8 Dec 2026:
        // it took the year of the clause before, 2025).
        let after_figure = w.strip_suffix("/nam").unwrap_or(w).trim_end().ends_with('%') || quantity_before(w);
        // It names no programme, though a deadline opens the sentence ("đến năm 2030, giá trị sản xuất thủy sản tăng
        // bình quân 2,4%/năm giai đoạn 2021 – 2025 và 1,8%/năm giai đoạn 2026 – 2030", a probe of 7 Dec 2026: the
        // 2,4% was of 2030).
        let programme = names_a_programme(line, k) && !after_figure;
        if in_document_name(line, k) || compared || places_a_year_in(line, k) || programme {
            continue;
        }
        let objective = period_objective(line, k);
        // A period before a colon labels what follows ("TT cho mọi người, giai đoạn 2026 - 2030: Phấn đấu hàng năm,
        // ...", ben_tre_the_thao_2030, a development text), however many words before it.
        let rest = sub(line, k, line.len()).trim_start_matches(|c: char| c.is_ascii_digit() || " -".contains(c));
        // Or after a sentence's lead-in ("Về thể thao thành tích cao, trong giai đoạn 2023-2025, tập trung ...",
        // gia_lai_the_thao_2030, a development text), as a year there does.
        let sentence = sub(word, sentence_start(word), word.len());
        let part = sub(word, word.rfind([',', ';', ':', '.']).map_or(0, |i| i + 1), word.len());
        let lead_in = after_a_lead_in(part, sentence) && word.contains(',');
        let holds = super::folded::words(sub(line, 0, k)).count() <= 3 || objective || rest.starts_with(':') || lead_in;
        out.push(Mention {
            at: offset + k,
            year: last,
            period: true,
            holds,
            objective,
            after_figure,
            opens_next: false,
            labels: false,
            stage_from: None,
            inferred: false,
        });
    }
    // A term set as an objective ("nhiệm kỳ 2025-2030, Đảng bộ xã đề ra 12 chỉ tiêu: ...") holds as a period:
    // its end is the targets' year. A term opening the line ("Nhiệm kỳ 2020-2025, xã đạt được ...") dates
    // the figures after it in that line (what it reports), not the lines that follow; a term named in
    // passing ("Đại hội ... nhiệm kỳ 2020-2025") or alone gives none.
    for (k, _, last) in spans(line, "nhiem ky") {
        let clause_start = sub(line, 0, k).rfind(['.', ';', ':']).map_or(0, |i| i + 1);
        let after = clause_after(line, k, line.len());
        let objective = objective_in(sub(line, clause_start, k)) || objective_in(after);
        let opens = super::folded::words(sub(line, 0, k)).count() <= 3
            && sub(line, k, line.len())
                .trim_start_matches(|c: char| c.is_ascii_digit() || " -–".contains(c))
                .starts_with(',');
        if (objective || opens) && !places_a_year_in(line, k) {
            out.push(Mention {
                at: offset + k,
                year: last,
                period: true,
                holds: objective,
                objective,
                after_figure: false,
                opens_next: false,
                labels: false,
                stage_from: None,
                inferred: false,
            });
        }
    }
    out
}

/// Whether a year that is a clause of its own (`clause`, its words before "năm"; `sentence`, its sentence's words
/// before it) follows a sentence's few first words: "Theo báo cáo tại kỳ họp, năm 2025, tình hình ...", as "Theo kế
/// hoạch, năm 2025" does; or an attribution of any length: "Theo ông Huỳnh Ngọc Nhã, Giám đốc Sở Nông nghiệp và Phát
/// triển nông thôn Sóc Trăng, trong năm 2024, Sóc Trăng sẽ ...". Such a year sets it for what follows. So does a
/// year's months counted after the lead-in ("Theo báo cáo của UBND tỉnh, 11 tháng năm 2026, chỉ số ...", a probe of 7
/// Dec 2026: [`super::folded::months_counted`]).
fn after_a_lead_in(clause: &str, sentence: &str) -> bool {
    (super::folded::words(clause).count() <= 1 || super::folded::months_counted(&words(clause).collect::<Vec<_>>()))
        && (super::folded::words(sentence).count() <= 8 || starts_with_words(sentence.trim_start(), "theo"))
}

/// Whether a year stands between the name of what its clause measures and the figure ("phấn đấu số trạm 5G phát
/// sóng trong năm 2025 đạt tối thiểu 50%"): it dates that figure only, not the clauses and lines after it.
/// `clause` is the year's clause up to its "năm", `rest` starts at the year.
fn between_name_and_figure(clause: &str, rest: &str) -> bool {
    const TIME: [&str; 8] = ["trong", "den", "vao", "nam", "ca", "het", "cuoi", "dau"];
    // The words naming what is measured: after the objective's words, if any.
    let named = ["phan dau", "muc tieu", "chi tieu"]
        .iter()
        .filter_map(|w| find_words(clause, w).last().map(|i| i + w.len()))
        .max()
        .map_or(clause, |i| sub(clause, i, clause.len()));
    let name_words = super::folded::words(named).filter(|w| !TIME.contains(w)).count();
    let after = sub(rest, 4, rest.len());
    let after = sub(after, 0, after.find([',', ';', ':', '.', '\n']).unwrap_or(after.len()));
    let figure_soon = super::folded::words(after).take(4).any(|w| w.bytes().any(|b| b.is_ascii_digit()));
    name_words >= 3 && figure_soon
}

/// Whether a year in brackets (`before`, its line up to its "năm" or the text before it; `rest`, the line from it) is a
/// stage's deadline that labels what its colon opens: "Giai đoạn 1 (hoàn thành trong quý II/2026): ..." (a probe of 7
/// Dec 2026), a few words naming the stage before the bracket. It holds as a year opening those lines does, no aside.
fn stage_deadline(before: &str, rest: &str) -> bool {
    let opened = before.rfind('(').map_or(before, |j| sub(before, 0, j));
    let closes_to_colon =
        rest.get(4..).and_then(|r| r.trim_start().strip_prefix(')')).is_some_and(|r| r.trim_start().starts_with(':'));
    closes_to_colon && words(sub(opened, opened.rfind(['.', ';', ':']).map_or(0, |i| i + 1), opened.len())).count() <= 4
}

/// Whether the period whose first year is at `k` of `line` holds for what follows: it opens the line ("Giai đoạn
/// 2026-2030, ...") or is set as an objective ("Mục tiêu cụ thể, trong giai đoạn 2025 - 2027, ...").
fn period_holds(line: &str, k: usize) -> bool {
    super::folded::words(sub(line, 0, k)).count() <= 3 || period_objective(line, k)
}

/// Whether the clause of `line` before the period at `k` sets it as an objective ("Mục tiêu cụ thể, trong giai
/// đoạn 2025 - 2027"), within twelve words of it: not a period named in passing at the end of a long objective
/// ("đặt mục tiêu hoàn thiện khung kiến trúc số, ... thúc đẩy kinh tế số trở thành động lực quan trọng cho tăng trưởng
/// kinh tế – xã hội giai đoạn 2026–2030", hue_chuyen_doi_so_2026, a development text: the plan is of 2026).
fn period_objective(line: &str, k: usize) -> bool {
    let clause = sub(line, sub(line, 0, k).rfind(['.', ';', ':']).map_or(0, |i| i + 1), k);
    let near: Vec<&str> = super::folded::words(clause).collect();
    objective_in(&near.get(near.len().saturating_sub(14)..).unwrap_or_default().join(" "))
}

/// Whether the folded text before a year's "năm" ends with a percentage, and "đến", "vào" or "trong" or nothing
/// ("25% đến", "90% vào", "đạt 80% năm 2025 và đạt 90% năm 2030", thua_thien_hue_thi_truong_lao_dong_2030, a
/// development text): the year is that figure's deadline.
fn figure_before(before: &str) -> bool {
    let b = before.trim_end();
    if b.ends_with('%') {
        return true;
    }
    let b = ["den", "vao", "trong"].iter().find_map(|w| ends_with_words(b, w).then(|| sub(b, 0, b.len() - w.len())));
    // Or a ratio per people: "400/100.000 trẻ vào năm 2030".
    let per_people = |b: &str| {
        let mut w = b.split_whitespace().rev();
        let (last, ratio) = (w.next(), w.next());
        last.is_some_and(|w| super::units::PEOPLE.contains(&w))
            && ratio.is_some_and(|r| r.contains('/') && r.ends_with(|c: char| c.is_ascii_digit()))
    };
    b.is_some_and(|b| b.trim_end().ends_with('%') || per_people(b) || quantity_before(b))
}

/// Whether folded `before` ends with a figure and its unit, an amount or a quantity, and what it is per at most
/// ("trên 130 triệu đồng/ha", "5.000 USD", "2.400 ha"): "... đạt trên 90 triệu đồng/ha vào năm 2020 và trên 130 triệu
/// đồng/ha vào năm 2025" (ha_tinh_nong_nghiep_2025, a development text), the year after it is that figure's.
fn quantity_before(before: &str) -> bool {
    let b = before.trim_end();
    let Some(d) = b.rfind(|c: char| c.is_ascii_digit()) else { return false };
    let rest = sub(b, d + 1, b.len());
    let read = super::units::amount_after(rest)
        .map(|(_, n)| n)
        .or_else(|| super::units::quantity_after(rest).map(|(_, _, n)| n));
    read.is_some_and(|n| {
        let left = sub(rest, n, rest.len()).trim();
        left.split('/').skip(1).all(|w| !w.is_empty() && w.bytes().all(|c| c.is_ascii_alphanumeric()))
            && (left.is_empty() || left.starts_with('/'))
    })
}

/// The year said right after the figure ending at folded `figure_end` in `clause`, with nothing but "đến năm",
/// "vào năm", "năm" between ("khoảng 25% đến năm 2025, 40% đến năm 2030": 2030 is the 40%'s, not the year
/// said before it).
pub(crate) fn right_after(s: &str, mentions: &[Mention], clause: (usize, usize), figure_end: usize) -> Option<i32> {
    let m = mentions.iter().find(|m| m.after_figure && m.at > figure_end && m.at < clause.1)?;
    let between = sub(s, figure_end, m.at);
    // Past a ratio's denominator ("400/100.000 trẻ vào năm 2030").
    let between =
        between.strip_prefix('/').map_or(between, |r| r.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.'));
    let plain = !between.contains(|c: char| c.is_ascii_digit() || "(;:,".contains(c));
    // A few words between: the figure's unit and what it is per ("triệu đồng/ha"), "vào", "năm".
    (plain && super::folded::words(between).filter(|w| *w != "nam").count() <= 4).then_some(m.year)
}

/// The rest of the clause of folded `s` from offset `at`, not past `end`: up to its next '.', ';' or ':'.
pub(crate) fn clause_after(s: &str, at: usize, end: usize) -> &str {
    let rest = sub(s, at, end);
    sub(rest, 0, rest.find(['.', ';', ':']).unwrap_or(rest.len()))
}

/// Where the last sentence of folded `s` starts: after its last ". " not between digits.
fn sentence_start(s: &str) -> usize {
    // A list's number ("1. ") ends no sentence; a year does ("... nhiệm kỳ 2025-2030. Phấn đấu ...").
    let year_before = |i: usize| match sub(s, i.saturating_sub(5), i).as_bytes() {
        [first, year @ ..] => year.len() == 4 && !first.is_ascii_alphanumeric() && year.iter().all(u8::is_ascii_digit),
        [] => false,
    };
    s.match_indices(". ")
        .map(|(i, _)| i)
        .filter(|&i| i == 0 || !at(s, i - 1).is_ascii_digit() || year_before(i))
        .last()
        .map_or(0, |i| i + 2)
}

/// The years said without "năm" after a word of time or a crop season: "đến 2025", "trước 2025", "vào 2030", "hướng tới
/// 2030", "vụ xuân 2025" (offset of the year, year).
fn years_without_nam(s: &str) -> Vec<(usize, i32)> {
    let mut out = Vec::new();
    // And a crop season's year: "Vụ xuân 2025, Hà Nam phấn đấu gieo trồng 30.367ha", "vụ đông xuân 2024-2025".
    for word in
        ["den", "truoc", "vao", "huong toi", "vu xuan", "vu mua", "vu dong", "vu he thu", "vu thu dong", "vu dong xuan"]
    {
        for i in find_words(s, word) {
            let rest = sub(s, i + word.len(), s.len());
            let k = s.len() - rest.trim_start().len();
            if k > i + word.len() {
                if let Some(y) = year_at(sub(s, k, s.len())) {
                    out.push((k, y));
                }
            }
        }
    }
    out
}

/// A roadmap's next stages, their years bare after a comma: "đến năm 2025 đạt khoảng 26%, 2030 đạt khoảng 35%"
/// (hoa_binh_bao_hiem_xa_hoi_2030, a development text) (offset of the year, year).
fn roadmap_years(s: &str) -> Vec<(usize, i32)> {
    s.match_indices(", ")
        .map(|(i, _)| i + 2)
        .filter_map(|k| {
            let year = year_at(sub(s, k, s.len()))?;
            starts_with_words(sub(s, k + 4, s.len()).trim_start(), "dat").then_some((k, year))
        })
        .collect()
}

/// The years of deadlines said as dates in folded `s`: "hoàn thành trước 30/7/2025", "trước ngày 21/7/2025", "chậm nhất
/// 15/12/2025", "trước tháng 9/2025" (ha_noi_ho_so_truc_tuyen_cap_xa_2025, a development text): the year a figure is due
/// (offset of the year, year).
fn deadline_dates(s: &str) -> Vec<(usize, i32)> {
    let mut out = Vec::new();
    // "Tính đến ngày 31/12/2021, tổng số người tham gia BHXH ...": the day a count stands at, its year too
    // (ba_ria_vung_tau_bao_hiem_y_te_2021, a development text).
    // So does a month's end ("Tính đến cuối tháng 6/2023, tỷ lệ nghèo đa chiều ... còn 3,21%", "đến hết tháng 9/2026").
    // "Đến" alone reads "đến ngày ..." ("ngày" is skipped below); "đến hết" reads "đến hết ngày ...".
    for word in ["truoc", "cham nhat", "den cuoi", "den het", "den"] {
        for i in find_words(s, word) {
            let rest = sub(s, i + word.len(), s.len()).trim_start();
            let rest = ["ngay ", "thang "].iter().find_map(|w| rest.strip_prefix(w)).unwrap_or(rest).trim_start();
            // One or two numbers of one or two digits, each before a "/": the day and month, or the month.
            let mut date = rest;
            let mut parts: Vec<u32> = Vec::new();
            while let Some((n, tail)) = date.split_once('/') {
                let Some(n) = n.parse::<u32>().ok().filter(|_| parts.len() < 2 && (1..=2).contains(&n.len())) else {
                    break;
                };
                parts.push(n);
                date = tail;
            }
            // A day of a month and a month of a year ("57/2024" is a document's number).
            let valid = match parts.as_slice() {
                [month] => (1..=12).contains(month),
                [day, month] => (1..=31).contains(day) && (1..=12).contains(month),
                _ => false,
            };
            if let Some(y) = year_at(date).filter(|_| valid) {
                out.push((s.len() - date.len(), y));
            }
        }
    }
    out
}

/// The years of quarters in folded `s` ("quý 2-2026", "quý II/2026", "quý 3 năm 2026"): "quý" with the
/// quarter's number (1 to 4, or I to IV), then "-", "/" or "năm" and the year (offset of the year, year).
fn quarters(s: &str) -> Vec<(usize, i32)> {
    find_words(s, "quy")
        .filter_map(|i| {
            let rest = sub(s, i + 3, s.len()).trim_start();
            let number = ["iv", "iii", "ii", "i", "1", "2", "3", "4"].iter().find(|n| rest.starts_with(*n))?;
            let after = sub(rest, number.len(), rest.len());
            let after = after.trim_start_matches([' ', '-', '/']);
            let after = after.strip_prefix("nam ").unwrap_or(after).trim_start();
            let k = s.len() - after.len();
            year_at(after).filter(|_| k > i + 3 + number.len()).map(|y| (k, y))
        })
        .collect()
}

/// The halves of a year a mid-year report speaks of: "6 tháng đầu năm 2024", "6 tháng cuối năm 2024", "những tháng
/// cuối năm" (folded `s`). Returns the year the last of them in `s` names, if it names one, and where the first that
/// names none ("Trong 6 tháng cuối năm, tỉnh ... phấn đấu ...") stands: a report of the first half, then the second
/// half's aims, of a year the text has named (kon_tum_2024, a development text).
pub(crate) fn halves(s: &str) -> (Option<i32>, Option<usize>) {
    let year_after = |word: &'static str| {
        find_words(s, word).map(move |i| (i, year_at(sub(s, i + word.len(), s.len()).trim_start())))
    };
    let second: Vec<(usize, Option<i32>)> = year_after("thang cuoi nam").collect();
    let named = year_after("thang dau nam").chain(second.iter().copied()).filter_map(|(i, y)| Some((i, y?)));
    let named = named.max_by_key(|&(i, _)| i);
    let bare = second.iter().find(|(_, y)| y.is_none()).map(|&(i, _)| i);
    (named.map(|(_, y)| y), bare)
}

/// The end of the last period ("giai đoạn 2022-2030") or deadline ("đến năm 2030") folded `s` names, wherever it is
/// named (a document's name too): what a line opening with "Theo đó" after it sets out is for that year.
pub(crate) fn named_end(s: &str) -> Option<i32> {
    let periods = stages(s).map(|(k, _, last)| (k, last));
    let deadlines = years_after_nam(s)
        .into_iter()
        .filter(|&(k, _)| ends_with_words(sub(s, 0, k.saturating_sub(4)).trim_end(), "den"));
    periods.chain(deadlines).max_by_key(|&(k, _)| k).map(|(_, y)| y)
}

/// The words (folded) that name a period of years: a stage, an era, a school year ("năm học 2024-2025").
const STAGE: [&str; 3] = ["giai doan", "thoi ky", "nam hoc"];

/// The periods "giai đoạn 2021-2025", "thời kỳ 2021-2030", "năm học 2015-2016" of folded `s`, in order: (offset of
/// the first year, first year, last year).
pub(crate) fn stages(s: &str) -> impl Iterator<Item = (usize, i32, i32)> + '_ {
    let mut all: Vec<(usize, i32, i32)> = STAGE.iter().flat_map(|w| spans(s, w)).collect();
    crate::model::sort::by(&mut all, |a, b| a.0.cmp(&b.0));
    all.into_iter()
}

/// The spans of years after `word` in folded `s` ("giai đoạn 2021-2025", "nhiệm kỳ 2025 - 2030"): (offset of
/// the first year, first year, last year).
pub(crate) fn spans<'s>(s: &'s str, word: &'s str) -> impl Iterator<Item = (usize, i32, i32)> + 's {
    find_words(s, word).filter_map(move |i| {
        let rest = sub(s, i + word.len(), s.len()).trim_start();
        // "giai đoạn từ năm 2021 đến 2025": the span after "từ năm".
        let rest = past_words(rest, &["tu", "nam"]);
        let k = s.len() - rest.len();
        let (first, last) = (year_at(rest)?, period_end(rest)?);
        (last > first).then_some((k, first, last))
    })
}

/// The last year of "2025-2030", "2025 - 2030", "2025 – 2030", "2021 đến 2025", "2021 đến năm 2025" at the start of
/// folded `s`.
fn period_end(s: &str) -> Option<i32> {
    let after = sub(s, 4, s.len());
    let rest = after.trim_start();
    // "giai đoạn từ năm 2021 đến 2025" (khu_kinh_te_vung_ang_ha_tinh_2030, a development text).
    let rest = if starts_with_words(rest, "den") {
        past_words(rest, &["den", "nam"])
    } else {
        rest.strip_prefix(['-', '/']).unwrap_or(rest).trim_start()
    };
    (at(s, 4) == b'-' || rest.len() < after.len()).then(|| year_at(rest)).flatten()
}

/// Folded `s` past each of `words` in turn that opens what is left, trimmed: "tu nam 2021" past "tu" and "nam" is
/// "2021", "nam 2021" too.
fn past_words<'s>(s: &'s str, words: &[&str]) -> &'s str {
    words.iter().fold(s, |r, w| if starts_with_words(r, w) { sub(r, w.len(), r.len()).trim_start() } else { r })
}

/// How a figure got its year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Source {
    /// Said in the figure's own clause, or by the section or sentence it is in.
    Stated,
    /// Said earlier in the line, or the end of a period: a year from context.
    Context,
    /// Said earlier in the line as an objective ("mục tiêu năm 2024: ...") or opening its sentence or clause ("Cụ
    /// thể, đến năm 2025, ...; ..."): a year from context that stands over the section's.
    Objective,
}

/// The year of a figure at folded `number` in the clause `clause`, from the line's mentions: its clause's
/// own (the nearest before the figure, else the first after it), else the last objective or period end
/// before the clause.
pub(crate) fn for_figure(mentions: &[Mention], clause: (usize, usize), number: usize) -> Option<(i32, Source)> {
    let inside: Vec<&Mention> = mentions.iter().filter(|m| m.at >= clause.0 && m.at < clause.1).collect();
    let own = inside.iter().rev().find(|m| m.at < number).or_else(|| {
        inside.iter().find(|m| m.at > number).filter(|m| !m.opens_next && m.stage_from.is_none_or(|r| number > r))
    });
    if let Some(m) = own {
        return Some((m.year, if m.period || m.inferred { Source::Context } else { Source::Stated }));
    }
    // "năm 2016: 89,0%": the year that labels the clause.
    if let Some(m) = mentions.iter().find(|m| m.labels && (m.at + 5..=m.at + 7).contains(&number) && m.at < clause.0) {
        return Some((m.year, Source::Stated));
    }
    // A figure of a roadmap's earlier stage ("60% cán bộ ... và tiến tới là 80% vào năm 2030") is of a year before the
    // later stage's (ba_ria_vung_tau_hoc_tap_suot_doi_2030, a development text: not the 2030 another figure's sentence
    // before it ends with).
    let later_stage = inside.iter().find(|m| m.stage_from.is_some_and(|r| number < r)).map(|m| m.year);
    // Earlier in the line, only a year said as an objective or a period's end is context for it.
    mentions
        .iter()
        .rev()
        .filter(|m| later_stage.is_none_or(|later| m.year < later))
        .find(|m| m.at < clause.0 && (m.holds || m.period))
        .map(|m| {
            let objective = !m.inferred && (m.objective || (m.holds && !m.period));
            (m.year, if objective { Source::Objective } else { Source::Context })
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::folded::Folded;

    fn years(text: &str) -> Vec<(i32, bool, bool)> {
        mentions(&Folded::new(text).text, 0).iter().map(|m| (m.year, m.period, m.holds)).collect()
    }

    #[test]
    fn a_year_closing_its_sentence_holds_when_the_next_goes_on_from_it() {
        // A probe of 7 Dec 2026: "Trong đó", "Theo đó", "Cụ thể" go on to what the sentence before named, with a space
        // after its full stop or not; another sentence after it takes no year from it.
        let text = "Các đại biểu đã tập trung thảo luận, đưa ra các giải pháp phát triển kinh tế, xã hội năm 2017.";
        assert_eq!(years(&format!("{text} Trong đó phấn đấu đạt 880 tấn.")), [(2017, false, true)]);
        assert_eq!(years(&format!("{text}Trong đó phấn đấu đạt 880 tấn.")), [(2017, false, true)]);
        assert_eq!(years(&format!("{text} Cụ thể: tổng sản lượng đạt 880 tấn.")), [(2017, false, true)]);
        assert_eq!(years(&format!("{text} Tổng sản lượng đạt 880 tấn.")), [(2017, false, false)]);
    }

    #[test]
    fn the_months_counted_of_a_year_are_of_that_year() {
        // "Lũy kế 11 tháng năm 2026" (a probe of 7 Dec 2026): the year's first months, dated by it; a month named
        // before "năm" without its number is no year of a figure.
        assert_eq!(years("Lũy kế 11 tháng năm 2026, tổng thu ngân sách đạt 38.500 tỷ đồng"), [(2026, false, true)]);
        assert_eq!(years("Trong 6 tháng năm 2026, toàn tỉnh thu hút 1,2 triệu lượt khách"), [(2026, false, true)]);
        assert_eq!(years("ngày 5 tháng năm 2026, tổng thu ngân sách đạt 38.500 tỷ đồng"), []);
        assert!(months_of_the_year("luy ke 11 thang"));
        assert!(!months_of_the_year("hang thang"));
        assert!(!months_of_the_year("ngay 5 thang"));
        assert!(!months_of_the_year("sau 18 thang"));
        // After a lead-in, the months counted hold for what follows as a year alone does (a probe of 7 Dec 2026).
        let text = "Theo báo cáo của UBND tỉnh, 11 tháng năm 2026, chỉ số IIP tăng 9,2%";
        assert_eq!(years(text), [(2026, false, true)]);
        assert_eq!(years(&text.replace("11 tháng", "trong 6 tháng đầu")), [(2026, false, true)]);
        assert_eq!(years(&text.replace("11 tháng", "sau 18 tháng")), []);
        let counted = |clause: &str| super::super::folded::months_counted(&words(clause).collect::<Vec<_>>());
        assert!(counted(" trong 9 thang") && counted("6 thang dau") && !counted("18 thang"));
        assert!(!counted("thang") && !counted("11 thang nay"));
    }

    #[test]
    fn this_year_is_the_year_after_the_base_its_sentence_compares_with() {
        // cao_bang_nang_luc_canh_tranh_2022 (a development text): a news article's "năm nay" states no year; its
        // sentence's base does, and the figures after it take the next one, as a doubt.
        let read = |text: &str| {
            let ms = mentions(&Folded::new(text).text, 0);
            ms.iter().map(|m| (m.year, m.holds, m.inferred)).collect::<Vec<_>>()
        };
        let text = "Năm nay, tỉnh phấn đấu tăng bậc xếp hạng so với năm 2021, trong đó, Chỉ số “Tính minh bạch” đạt \
                    từ 6,5 điểm trở lên";
        assert_eq!(read(text), [(2022, true, true)]);
        let clause = (Folded::new(text).text.find("chi so").unwrap(), text.len());
        let number = Folded::new(text).text.find("6,5").unwrap();
        assert_eq!(for_figure(&mentions(&Folded::new(text).text, 0), clause, number), Some((2022, Source::Context)));
        assert_eq!(read("Trong năm nay, doanh thu du lịch tăng 10% so với cùng kỳ năm 2025."), [(2026, true, true)]);
        // Not opening its sentence, it dates its own clause only.
        assert_eq!(read("Doanh thu du lịch của tỉnh năm nay tăng 10% so với năm 2025."), [(2026, false, true)]);
        // No base, or a base in another sentence: no year.
        assert_eq!(read("Năm nay, tỉnh phấn đấu đạt 90%."), []);
        assert_eq!(read("Năm 2025 đạt 80%. Năm nay, tỉnh phấn đấu đạt 90%."), [(2025, true, false)]);
        assert_eq!(read("Năm nay, tỉnh phấn đấu đạt 90%. Tăng 5% so với năm 2025."), []);
    }

    #[test]
    fn a_year_after_a_comma_and_a_time_word_dates_the_figure_after_it() {
        // quang_tri_giam_ngheo_2030 (a development text): "..., cuối năm 2025 ... còn dưới 5,5%, cuối năm 20230 còn dưới
        // 4,5%"; the 3% of "dưới 3%, đến năm 2030 dưới 1%" is not of 2030.
        let opens = |text: &str| mentions(&Folded::new(text).text, 0).iter().map(|m| (m.year, m.opens_next)).collect();
        let read: Vec<(i32, bool)> = opens("tỷ lệ hộ nghèo dưới 3%, đến năm 2030 dưới 1%");
        assert_eq!(read, [(2030, true)]);
        let read: Vec<(i32, bool)> = opens("tỷ lệ hộ nghèo dưới 3%, hướng tới 2030 dưới 1%");
        assert_eq!(read, [(2030, true)]);
        // Without a figure of its own, or without the comma, the year is the figure's before it.
        let read: Vec<(i32, bool)> = opens("tỷ lệ hộ nghèo dưới 3%, đến năm 2030.");
        assert_eq!(read, [(2030, false)]);
        let read: Vec<(i32, bool)> = opens("tỷ lệ hộ nghèo dưới 3% đến năm 2030 và duy trì");
        assert_eq!(read, [(2030, false)]);
    }

    #[test]
    fn an_orientation_dates_its_own_clause_only() {
        // ba_ria_vung_tau_kinh_te_so_2025 (a development text): the year of the clause's figure, holding for no other.
        assert_eq!(
            years("tỉnh định hướng đến năm 2025 kinh tế số chiếm hơn 20% GRDP; tỷ trọng"),
            [(2025, false, false)]
        );
        // Named in passing, with no figure in its clause: no year of a target.
        assert_eq!(years("Kế hoạch chuyển đổi số, định hướng đến năm 2030 của tỉnh."), []);
        assert_eq!(years("định hướng đến năm 2030, tầm nhìn 2045"), []);
    }

    #[test]
    fn a_span_from_a_year_to_a_year_is_a_period_for_its_end() {
        assert_eq!(period_end("2021 den 2025, khu"), Some(2025));
        assert_eq!(period_end("2021 den nam 2025"), Some(2025));
        assert_eq!(period_end("2021 - 2025"), Some(2025));
        assert_eq!(period_end("2021, den nam 2025"), None);
        assert_eq!(period_end("2021 dat 50%"), None);
        let stages: Vec<_> = stages("cu the, giai doan tu nam 2021 den 2025, khu kinh te").collect();
        assert_eq!(stages, [(25, 2021, 2025)]);
        // The year after "từ năm" is read as the span's end, and holds for the line (it opens it).
        let read = years("Giai đoạn từ năm 2026 đến 2030 sẽ thu hút vốn đạt 7 tỷ USD.");
        assert_eq!(read, [(2030, false, true), (2030, true, false)]);
    }

    #[test]
    fn the_results_the_estimate_or_the_plan_of_a_year_compared_with_date_nothing() {
        // A figure compared with a level of a year, in brackets: the year is the level's.
        assert_eq!(
            years("Đến năm 2030, kinh tế số đạt tối thiểu 35% GRDP (so với 20% năm 2025)."),
            [(2030, false, true)]
        );
        assert!(!level_compared_with("tang 20% so voi hien nay "));
        // Twice a year's level (a probe of 6 Dec 2026): the year is the level's.
        assert_eq!(years("Quy mô nền kinh tế gấp đôi năm 2025, gấp rưỡi năm 2020."), []);
        for base in ["so với thực hiện", "so với ước thực hiện", "so với dự toán", "so với kế hoạch"]
        {
            assert_eq!(years(&format!("Thu nội địa 22.824 tỷ đồng, tăng 2,6% {base} năm 2025.")), [], "{base}");
        }
        assert_eq!(years("Ước thực hiện năm 2025 đạt 22.000 tỷ đồng."), [(2025, false, true)]);
        // quang_ngai_thu_ngan_sach_2026 (a development text): the base named in a few words before its year; not a
        // deadline after the base.
        let line =
            "Chi đầu tư phát triển: 5.962 tỷ đồng, tăng so với dự toán Hội đồng nhân dân tỉnh giao năm 2025 là 316 tỷ.";
        assert_eq!(years(line), []);
        assert_eq!(years("Thu nhập tăng 20% so với hiện nay vào năm 2030."), [(2030, false, false)]);
    }

    #[test]
    fn a_year_right_after_an_amount_and_its_unit_is_its_own() {
        // ha_tinh_nong_nghiep_2025 (a development text): "trên 130 triệu đồng/ha vào năm 2025".
        assert!(quantity_before("dat tren 130 trieu dong/ha"));
        assert!(quantity_before("5.000 usd") && quantity_before("2.400 ha"));
        assert!(!quantity_before("130 trieu dong cho nong dan") && !quantity_before("130 nguoi dan"));
        let read =
            years("Đến năm 2020, đạt trên 90 triệu đồng/ha vào năm 2020 và trên 130 triệu đồng/ha vào năm 2025.");
        assert_eq!(read.iter().map(|m| m.0).collect::<Vec<_>>(), [2020, 2020, 2025]);
    }

    #[test]
    fn the_base_a_figure_rises_from_dates_nothing() {
        // quang_tri_2026 (a development text): "từ 61.245 tỷ đồng năm 2025 lên 67.735 tỷ đồng" is a level of 2026.
        assert_eq!(years("năm 2026, GRDP từ 61.245 tỷ đồng năm 2025 lên 67.735 tỷ đồng"), vec![(2026, false, true)]);
        // Nor the base a figure falls from (yen_bai_lam_nghiep_2025, a development text, has the rise).
        assert_eq!(years("đến năm 2025, giảm tỷ lệ hộ nghèo từ 5% năm 2020 xuống 3%"), vec![(2025, false, true)]);
        // A year after the level risen to is its own.
        assert_eq!(years("tăng từ 60% lên 80% năm 2025"), vec![(2025, false, false)]);
    }

    #[test]
    fn a_period_naming_a_figures_programme_after_a_deadline_dates_nothing() {
        // ninh_thuan_dan_toc_thieu_so_2025 (a development text): the communes of the programme of 2021-2030.
        let line =
            "phấn đấu đến năm 2025 giảm 50% xã, thôn đặc biệt khó khăn vùng đồng bào DTTS giai đoạn 2021-2030; 100% xã";
        assert_eq!(years(line), vec![(2025, false, true)]);
        // A period opening the next part of its sentence is its stage (quang_nam, a development text).
        let line = "Thu ngân sách đến năm 2025 tăng bình quân 9%/năm, giai đoạn 2025 - 2030 tăng bình quân 10%/năm";
        assert_eq!(years(line).last().map(|m| (m.0, m.1)), Some((2030, true)));
        // Nor one right after a rate (a probe of 7 Dec 2026): that rate's.
        let line =
            "đến năm 2030, giá trị sản xuất tăng bình quân 2,4%/năm giai đoạn 2021 – 2025 và 1,8%/năm giai đoạn \
                    2026 – 2030";
        assert_eq!(
            years(line).iter().map(|m| (m.0, m.1)).collect::<Vec<_>>(),
            [(2030, false), (2025, true), (2030, true)]
        );
    }

    #[test]
    fn a_year_opening_a_clause_with_den_nam_holds() {
        // lam_dong_du_lich_2030 (a development text); not a year inside a document's name (the Cần Thơ seed).
        assert_eq!(years("Trong đó, giai đoạn từ nay đến năm 2015, Lâm Đồng sẽ đón"), vec![(2015, false, true)]);
        assert_eq!(
            years("Căn cứ Nghị quyết số 59-NQ/TW, ngày 05 tháng 8 năm 2020 của Bộ Chính trị về xây dựng và phát triển thành phố Cần Thơ đến năm 2030, tầm nhìn"),
            vec![(2030, false, false)]
        );
        // xa_tam_hong_phu_tho_2026 (a development text): a line's first clause of a few words that ends with the year.
        assert_eq!(years("Thực hiện nhiệm vụ chính trị năm 2026, Đảng ủy xã tiếp tục"), vec![(2026, false, true)]);
        assert_eq!(years("Tổng thu ngân sách nhà nước trên địa bàn xã năm 2026, đạt"), vec![(2026, false, false)]);
        // xa_vinh_loc_thanh_hoa_2026 (a development text): a year that is a clause of its own after a sentence's few
        // first words holds; not after a name's many words.
        assert_eq!(years("Theo báo cáo tại kỳ họp, năm 2025, tình hình kinh tế - xã hội"), vec![(2025, false, true)]);
        assert_eq!(years("Tổng thu ngân sách nhà nước trên địa bàn xã, năm 2025, đạt"), vec![(2025, false, false)]);
        // soc_trang_nong_nghiep_2024 (a development text): and after an attribution of any length ("Theo ...").
        assert_eq!(
            years("Theo ông Huỳnh Ngọc Nhã, Giám đốc Sở Nông nghiệp và Phát triển nông thôn Sóc Trăng, trong năm 2024, Sóc Trăng sẽ đẩy mạnh"),
            vec![(2024, false, true)]
        );
        // ha_noi_cap_nuoc_an_toan_2020 (a development text): a year said in brackets is an aside.
        assert_eq!(years("Nhà máy nước Dương Nội (hoàn thành trong năm 2017); Nhà máy"), vec![(2017, false, false)]);
        assert_eq!(years("Thành phố hoàn thành trong năm 2017 các dự án"), vec![(2017, false, true)]);
        // xa_so_pai_gia_lai_2025 (a development text): a deadline a colon closes, after a name's many words.
        assert_eq!(
            years("Trọng tâm là chuyển dịch Cơ cấu kinh tế đến năm 2025: Nông - lâm nghiệp 40%; thương mại"),
            vec![(2025, false, true)]
        );
        assert_eq!(years("Tổng thu ngân sách nhà nước năm 2025: 40 tỷ đồng"), vec![(2025, false, false)]);
        // ha_nam_vu_xuan_2025 (a development text): a crop season's year opening the line.
        assert_eq!(years("Vụ xuân 2025, Hà Nam phấn đấu gieo trồng 30.367ha cây các loại"), vec![(2025, false, true)]);
        // huyen_hung_ha_thai_binh_van_hoa_2020 (a development text): right after a lead-in and its comma, with no comma
        // of its own; not after a name's many words.
        assert_eq!(
            years("Phát huy kết quả đạt được, năm 2020 huyện Hưng Hà tiếp tục tập trung"),
            vec![(2020, false, true)]
        );
        assert_eq!(
            years("Tổng thu ngân sách nhà nước trên địa bàn toàn huyện, năm 2025 vượt dự toán"),
            vec![(2025, false, false)]
        );
    }

    #[test]
    fn a_year_between_a_name_and_its_figure_after_an_opened_period_is_that_figures() {
        // da_nang_ha_tang_so_2027 (a development text): the period holds, "trong năm 2025" does not.
        assert_eq!(
            years("Mục tiêu cụ thể, trong giai đoạn 2025 - 2027, Đà Nẵng phấn đấu số trạm 5G phát sóng trong năm 2025 đạt tối thiểu 50%"),
            vec![(2027, true, true), (2025, false, false)]
        );
        // With no period before it, a list's year holds as before (thai_nguyen).
        assert_eq!(
            years("Các chỉ tiêu chủ yếu là Tổng sản phẩm trên địa bàn (GRDP) đến năm 2030 đạt 361,6 nghìn tỷ đồng"),
            vec![(2030, false, true)]
        );
    }

    #[test]
    fn a_year_opening_the_next_part_and_a_year_the_level_is_kept_to() {
        // quang_ninh_chinh_quyen_phuc_vu_2030 (a development text).
        let m =
            mentions(&Folded::new("kinh tế số chiếm ít nhất 20% trong GRDP và đến năm 2030 chiếm khoảng 30%").text, 0);
        assert!(m[0].opens_next);
        // With no figure after it too: the figure before is not of its year.
        let m = mentions(&Folded::new("kinh tế số chiếm ít nhất 20% trong GRDP và đến năm 2030 hoàn thành").text, 0);
        assert!(m[0].opens_next);
        let m = mentions(&Folded::new("đạt 80% năm 2025, 100% năm 2030").text, 0);
        assert!(m.iter().all(|m| !m.opens_next));
        assert_eq!(
            years("phấn đấu đến hết năm 2025 và duy trì đến năm 2030 có 100% sản phẩm OCOP"),
            vec![(2025, false, true)]
        );
        // Kept to a year with no year before it: that year.
        assert_eq!(years("duy trì đến năm 2030 tỷ lệ 100%"), vec![(2030, false, true)]);
        // A year opening a bracket of its own figure is that figure's (thai_nguyen_dan_so_2023, a development text); a
        // bracket of nothing but the year is the figure's before it.
        let m =
            mentions(&Folded::new("tỷ số là 113,5 trẻ nam/100 trẻ nữ (năm 2021 là 113,9 trẻ nam/100 trẻ nữ)").text, 0);
        assert!(m[0].opens_next);
        let m = mentions(&Folded::new("tỷ lệ hồ sơ trực tuyến đạt 100% (năm 2025), 90% cấp xã").text, 0);
        assert_eq!(m.iter().map(|m| (m.year, m.opens_next)).collect::<Vec<_>>(), [(2025, false)]);
    }

    #[test]
    fn a_roadmaps_earlier_stage_is_of_a_year_before_the_later_stages() {
        // ba_ria_vung_tau_hoc_tap_suot_doi_2030 (a development text): the second 60% is of 2025, not of the 2030 the
        // sentence before ends with, nor of its own later stage's.
        let line = Folded::new(
            "UBND tỉnh đặt mục tiêu đến năm 2025, 40% người lao động trong “Gia đình học tập” và phải đạt 60% vào năm \
             2030. 60% cán bộ, công chức trên địa bàn cấp xã đạt danh hiệu “Công dân học tập” và tiến tới là 80% vào năm \
             2030.",
        )
        .text;
        let m = mentions(&line, 0);
        let start = line.find(". 60%").unwrap() + 2;
        assert_eq!(for_figure(&m, (start, line.len()), start).map(|(y, _)| y), Some(2025));
        let later = line.find("80%").unwrap();
        assert_eq!(for_figure(&m, (start, line.len()), later).map(|(y, _)| y), Some(2030));
    }

    #[test]
    fn a_span_of_years_after_nam_is_for_its_end() {
        // ha_tinh_quy_hoach_2030 (a development text): "từ năm 2021-2030" is the master plan's period, as
        // "giai đoạn 2021-2030" is.
        assert_eq!(years("Mục tiêu tăng trưởng kinh tế từ năm 2021-2030 đạt trên 9% năm"), vec![(2030, false, true)]);
        assert_eq!(years("Mục tiêu tăng trưởng năm 2021 - 2030 đạt 9%"), vec![(2030, false, true)]);
        assert_eq!(years("Mục tiêu tăng trưởng năm 2025 đạt 9%"), vec![(2025, false, true)]);
    }

    #[test]
    fn a_period_named_in_passing_far_after_an_objective_does_not_hold() {
        // hue_chuyen_doi_so_2026 (a development text): the plan of 2026 names the growth it serves "giai đoạn 2026–2030"
        // at the end of a long objective; "Mục tiêu cụ thể, trong giai đoạn 2025 - 2027" sets it.
        let lead = "Kế hoạch chuyển đổi số năm 2026 đặt mục tiêu hoàn thiện khung kiến trúc số, phát triển chính quyền \
                    số, xã hội số và thúc đẩy kinh tế số trở thành động lực quan trọng cho tăng trưởng kinh tế – xã hội \
                    giai đoạn 2026–2030";
        assert_eq!(years(lead).last(), Some(&(2030, true, false)));
        assert_eq!(years("Mục tiêu cụ thể, trong giai đoạn 2025 - 2027"), vec![(2027, true, true)]);
    }

    #[test]
    fn the_plan_a_sentence_follows_dates_what_it_says_will_be_done() {
        // ho_chi_minh_giam_ngap_2020's words (a development text): "Theo kế hoạch ... đến năm 2020, ... sẽ".
        let read = years("Theo kế hoạch đến năm 2020, TP sẽ giải quyết 13/17 tuyến đường ngập nước do mưa");
        assert_eq!(read.iter().map(|y| y.0).collect::<Vec<_>>(), [2020]);
        // A plan named in passing, with nothing said of what it brings, is still another document's name.
        assert_eq!(years("Thực hiện Kế hoạch phát triển đến năm 2020, các sở báo cáo kết quả"), []);
    }

    #[test]
    fn a_period_right_after_a_percentage_is_that_figures() {
        // quang_nam_quy_hoach_2020 (a development text): under "Đến năm 2025:", the 16% is of 2016-2020.
        let f = Folded::new("Kim ngạch xuất khẩu tăng bình quân trên 16%/năm giai đoạn 2016 - 2020; tăng 17%");
        let m = mentions(&f.text, 0);
        assert_eq!(m.iter().map(|m| (m.year, m.after_figure)).collect::<Vec<_>>(), [(2020, true)]);
        let end = f.text.find("%/nam").unwrap() + 1;
        assert_eq!(right_after(&f.text, &m, (0, f.text.find(';').unwrap()), end), Some(2020));
        assert!(mentions(&Folded::new("đạt 100% trong giai đoạn 2021-2025").text, 0)[0].after_figure);
        assert!(!mentions(&Folded::new("Tăng 5%, giai đoạn 2016 - 2020").text, 0)[0].after_figure);
        // Or right after an amount or a quantity (a probe of 8 Dec 2026).
        assert!(mentions(&Folded::new("và trên 40.000 ha giai đoạn 2026 - 2030").text, 0)[0].after_figure);
        assert!(mentions(&Folded::new("tổng vốn 11.670 tỷ đồng giai đoạn 2021 - 2025").text, 0)[0].after_figure);
        assert!(!mentions(&Folded::new("trồng rừng giai đoạn 2026 - 2030").text, 0)[0].after_figure);
    }

    #[test]
    fn a_period_after_a_sentences_lead_in_holds() {
        // gia_lai_the_thao_2030 (a development text): as a year after a lead-in and its comma.
        let lead = "Về thể thao thành tích cao, trong giai đoạn 2023-2025, tập trung tuyển chọn";
        assert_eq!(years(lead), vec![(2025, true, true)]);
        // Not one named late in a long sentence with no comma before it.
        let late = "Tập trung tuyển chọn, đào tạo, huấn luyện thường xuyên các vận động viên trong giai đoạn 2023-2025";
        assert_eq!(years(late), vec![(2025, true, false)]);
    }

    #[test]
    fn a_year_opening_what_a_colon_introduces_holds() {
        // A probe of 7 Dec 2026: what someone said, after a lead-in of many words and its colon.
        let said = "Ông Bùi Văn Khắng, Chủ tịch UBND tỉnh Quảng Ninh cho biết: Năm 2025, tỉnh đạt được nhiều kết quả";
        assert_eq!(years(said), vec![(2025, false, true)]);
        // Not one inside what follows the colon.
        let inside =
            "Ông Bùi Văn Khắng, Chủ tịch UBND tỉnh Quảng Ninh cho biết: tỉnh đạt kết quả tốt năm 2025, nhất là";
        assert_eq!(years(inside), vec![(2025, false, false)]);
        // Right after "cho biết", colon or comma or neither (a probe of 7 Dec 2026).
        let said = "Chủ tịch UBND TP Hà Nội Vũ Đại Thắng cho biết năm 2025, GRDP của Thủ đô đạt 8,16%";
        assert_eq!(years(said), vec![(2025, false, true)]);
        assert_eq!(years(&said.replace("cho biết năm", "cho biết, năm")), vec![(2025, false, true)]);
        assert_eq!(years(&said.replace("cho biết năm 2025", "cho biết kết quả năm 2025")), vec![(2025, false, false)]);
    }

    #[test]
    fn a_stages_deadline_in_brackets_labels_what_its_colon_opens() {
        // A probe of 7 Dec 2026: "Giai đoạn 1 (hoàn thành trong quý II/2026): ..." dates the lines it opens.
        let stage = "Chiến dịch chia làm hai giai đoạn: Giai đoạn 1 (hoàn thành trong quý II/2026): Tập trung";
        assert_eq!(years(stage), vec![(2026, false, true)]);
        // A year in brackets otherwise is an aside ("Nhà máy nước Dương Nội (hoàn thành trong năm 2017); ...").
        assert_eq!(
            years("Nhà máy nước Dương Nội (hoàn thành trong năm 2017); nâng công suất"),
            vec![(2017, false, false)]
        );
        assert_eq!(years("Giai đoạn 2 (hoàn thành trong năm 2027): nâng công suất"), vec![(2027, false, true)]);
        let long = "Nâng cấp và mở rộng nhà máy nước sạch Dương Nội (hoàn thành trong năm 2017): nâng công suất";
        assert_eq!(years(long), vec![(2017, false, false)]);
    }

    #[test]
    fn the_year_a_reports_course_names_is_an_objective() {
        // an_giang (a development text): "phương hướng" (the course ahead) before the year in its sentence.
        let ahead =
            "Về Nghị quyết phương hướng, nhiệm vụ chính trị năm 2026, Ban Chấp hành Đảng bộ tỉnh An Giang phấn \
                     đấu thực hiện";
        assert_eq!(years(ahead), vec![(2026, false, true)]);
        // Not a year named in passing, nor one of a sentence before the course.
        let passing = "Hội nghị thảo luận nhiều nội dung quan trọng về nhiệm vụ chính trị năm 2026, Ban Chấp hành tỉnh";
        assert_eq!(years(passing), vec![(2026, false, false)]);
        assert_eq!(years(&passing.replace("về nhiệm vụ", "về phương hướng, nhiệm vụ")), vec![(2026, false, true)]);
        let before = "Phương hướng được thông qua. Kết quả thực hiện nhiệm vụ chính trị năm 2025, Ban Chấp hành tỉnh";
        assert_eq!(years(before), vec![(2025, false, false)]);
        // A probe of 7 Dec 2026: a meeting's agenda that ends its sentence with the course ahead opens nothing.
        let agenda = "Hội nghị tổng kết công tác năm 2025 và triển khai phương hướng, nhiệm vụ năm 2026. Trong năm qua";
        assert_eq!(years(agenda), vec![(2025, false, false), (2026, false, false)]);
        let only = "Báo cáo tình hình 6 tháng đầu năm và phương hướng, nhiệm vụ 6 tháng cuối năm 2024. Theo đó";
        assert_eq!(years(only), vec![(2024, false, true)]);
    }

    #[test]
    fn a_period_before_a_colon_labels_what_follows() {
        // ben_tre_the_thao_2030 (a development text), a sentence per line: the period holds for the lines after it.
        assert_eq!(years("TT cho mọi người, giai đoạn 2026 - 2030: Phấn đấu hàng năm"), vec![(2030, true, true)]);
        assert_eq!(years("Tăng cường TT cho mọi người trong giai đoạn 2026 - 2030 và"), vec![(2030, true, false)]);
    }

    #[test]
    fn a_plans_span_of_years_and_a_plan_a_sentence_is_about_date_its_objectives() {
        // an_giang_tai_chinh_2030 (a development text): "5 năm 2026 - 2030" is a span of five years, not a date's
        // month; a plan the sentence is about ("Về ...") dates the objectives set after it.
        assert_eq!(
            years("Về định hướng kế hoạch tài chính 5 năm 2026 - 2030, tỉnh An Giang đặt mục tiêu tốc độ tăng trưởng"),
            vec![(2030, false, true)]
        );
        assert_eq!(years("giai đoạn 10 năm 2021-2030 tỉnh phấn đấu"), vec![(2030, false, true)]);
        // A date's month stays no year; a plan named in passing stays another document's.
        assert_eq!(years("ngày 12 tháng 7 năm 2022 - 2025 tỉnh phấn đấu"), vec![]);
        assert_eq!(years("Thực hiện kế hoạch tài chính 5 năm 2026 - 2030, tỉnh An Giang đặt mục tiêu"), vec![]);
        assert_eq!(years("Về định hướng kế hoạch tài chính 5 năm 2026 - 2030, các đại biểu thảo luận"), vec![]);
        // bac_lieu_dao_tao_nghe_2023 (a development text): so does the plan a sentence follows, "Theo kế hoạch ...", past
        // a news item's tag; not a decision it follows.
        let plan =
            "(Dân sinh) - Theo kế hoạch đào tạo nghề và giải quyết việc làm năm 2023, Sở LĐ-TB&XH Bạc Liêu phấn đấu";
        assert_eq!(years(plan).iter().map(|y| y.0).collect::<Vec<_>>(), vec![2023]);
        assert_eq!(years("Theo quyết định về giải quyết việc làm năm 2023, Sở LĐ-TB&XH phấn đấu"), vec![]);
        // A probe of 6 Dec 2026: a plan, a programme or a resolution opening its clause, whose words set objectives;
        // not one whose words set none.
        let first = |t: &str| years(t).iter().map(|y| y.0).collect::<Vec<_>>();
        assert_eq!(first("Kế hoạch năm 2026 đặt mục tiêu 80% hồ sơ"), [2026]);
        assert_eq!(first("Kế hoạch chuyển đổi số năm 2026 của tỉnh đặt mục tiêu 80% hồ sơ"), [2026]);
        assert_eq!(first("Nghị quyết năm 2026 đặt mục tiêu tăng trưởng"), [2026]);
        assert_eq!(years("Kế hoạch năm 2026 được ban hành kèm theo quyết định"), vec![]);
        // A probe of 7 Dec 2026: so does the plan a sentence opens by aiming to complete.
        assert_eq!(first("Để hoàn thành kế hoạch năm 2026, tỉnh phấn đấu tốc độ tăng trưởng GRDP đạt 8,5%"), [2026]);
        assert_eq!(first("Nhằm hoàn thành kế hoạch năm 2026, huyện phấn đấu thu ngân sách đạt"), [2026]);
        assert_eq!(years("Để hoàn thành kế hoạch năm 2026, các sở đã họp bàn"), vec![]);
    }

    #[test]
    fn a_deadline_said_as_a_date_gives_its_year() {
        // ha_noi_ho_so_truc_tuyen_cap_xa_2025 (a development text).
        let f = |t: &str| deadline_dates(&Folded::new(t).text).into_iter().map(|(_, y)| y).collect::<Vec<_>>();
        assert_eq!(f("trong đó ít nhất 20% được thực hiện toàn trình, hoàn thành trước 30/7/2025."), [2025]);
        assert_eq!(f("mở tài khoản trước ngày 21/7/2025"), [2025]);
        assert_eq!(f("trước tháng 9/2027; chậm nhất 15/12/2026"), [2027, 2026]);
        // The day a count stands at (ba_ria_vung_tau_bao_hiem_y_te_2021, a development text).
        assert_eq!(f("Tính đến ngày 31/12/2021, tổng số người tham gia BHXH"), [2021]);
        // A month's end (long_an_giam_ngheo_2025, a development text, and a probe of 6 Dec 2026).
        assert_eq!(f("Tính đến cuối tháng 6/2023, tỷ lệ nghèo đa chiều còn 3,21%"), [2023]);
        assert_eq!(f("đến hết tháng 9/2026 đạt 85%; đến tháng 12/2026 đạt 90%"), [2026, 2026]);
        assert_eq!(f("đến năm 2026 đạt 50/100 điểm"), Vec::<i32>::new());
        // A date that is no deadline, and a document number, give none.
        assert_eq!(f("Ngày 12/7/2025, UBND tỉnh ban hành"), Vec::<i32>::new());
        assert_eq!(f("trước Nghị quyết 57/2024"), Vec::<i32>::new());
        assert_eq!(f("trước 57/2024, trước ngày 32/1/2025, trước 1/13/2025"), Vec::<i32>::new());
        assert_eq!(
            years("Các xã tiếp nhận tối thiểu 60% hồ sơ trực tuyến, hoàn thành trước 30/7/2025."),
            [(2025, false, true)]
        );
    }

    #[test]
    fn a_mid_year_reports_halves_name_their_year() {
        let f = |t: &str| halves(&Folded::new(t).text);
        assert_eq!(f("tình hình 6 tháng đầu năm và nhiệm vụ 6 tháng cuối năm 2024."), (Some(2024), None));
        assert_eq!(f("Trong 6 tháng cuối năm, tỉnh phấn đấu"), (None, Some(8)));
        // The last named holds; a bare mention is where the first one stands.
        assert_eq!(f("6 tháng cuối năm 2023; 6 tháng đầu năm 2024, những tháng cuối năm"), (Some(2024), Some(51)));
        assert_eq!(f("Đến năm 2025, 100% xã"), (None, None));
    }

    #[test]
    fn a_school_year_is_a_period_for_its_end() {
        // huyen_quang_dien_thua_thien_hue_giao_duc_2016 (a development text): "năm học 2015-2016" ends in 2016.
        assert_eq!(
            years("Huyện phấn đấu trong năm học 2024-2025, tỷ lệ huy động trẻ đạt 99%"),
            vec![(2025, true, true)]
        );
        assert_eq!(stages("nam hoc 2015 - 2016, huyen").next(), Some((8, 2015, 2016)));
        // A school year compared with is a base.
        assert_eq!(years("tăng 2% so với năm học 2023-2024"), vec![]);
    }

    #[test]
    fn a_year_before_a_colon_labels_its_clause() {
        // lang_son_bao_hiem_y_te_2020 (a development text): each year of the list is its figure's, not the year
        // that opened the sentence before.
        let text = "Đến năm 2020, đạt trên 90%. Trong đó, tỉnh được giao cụ thể: năm 2016: 89,0%; năm 2017: 90,0%";
        let f = Folded::new(text);
        let (m, s) = (mentions(&f.text, 0), f.text.as_str());
        let at = |n: &str| s.find(n).unwrap_or(0);
        assert_eq!(
            m.iter().map(|m| (m.year, m.labels)).collect::<Vec<_>>(),
            [(2020, false), (2016, true), (2017, true)]
        );
        assert_eq!(for_figure(&m, (at("89,0%") - 1, at(";")), at("89,0%")), Some((2016, Source::Stated)));
        assert_eq!(for_figure(&m, (at("90,0%") - 1, s.len()), at("90,0%")), Some((2017, Source::Stated)));
        // A year that ends a clause of other words before its colon labels nothing ("Mục tiêu đến năm 2025: ...").
        let f = Folded::new("Kế hoạch phát triển năm 2025: 90% hồ sơ");
        assert!(!mentions(&f.text, 0).iter().any(|m| m.labels));
    }

    #[test]
    fn a_span_said_from_one_year_to_another_is_for_its_end() {
        // ha_tinh_du_lich_2030 (a development text): "từ 2018 đến 2030" ends in 2030; the year before "đến" is no
        // date's day or month. After a lead-in it opens its clause and holds for what follows (the list after "gồm:").
        assert_eq!(
            years("Theo đề án, từ 2018 đến 2030, tỉnh sẽ phát triển 13 tuyến du lịch"),
            vec![(2030, false, true)]
        );
        assert!(span_from("theo de an, tu 2018") && !span_from("ngay 12 thang 7") && !span_from("tu 12"));
    }

    #[test]
    fn a_base_a_change_is_measured_from_dates_nothing() {
        // dong_nai_cong_thuong_2023 (a development text): "so năm 2022", "so cùng kỳ năm 2022" are bases, as "so với
        // năm 2022"; the "số" of "kinh tế số năm 2025" folds as "so" does, but follows no figure.
        assert_eq!(years("duy trì mức tăng 7,5-8% so năm 2022"), vec![]);
        assert_eq!(years("tăng 8 – 9% so cùng kỳ năm 2022"), vec![]);
        // A probe of 6 Dec 2026: so is the level at a year's end or start.
        assert_eq!(years("là 356 doanh nghiệp, tăng 41 doanh nghiệp so với cuối năm 2025"), vec![]);
        assert_eq!(years("tăng 12 điểm so với đầu năm 2026"), vec![]);
        assert_eq!(years("Tỷ trọng kinh tế số năm 2025 đạt 15-20%"), vec![(2025, false, false)]);
        // bac_giang_fdi_2025 (a development text): the year of a level compared with is that level's.
        assert_eq!(years("đạt khoảng 1,5 tỷ USD, cao hơn mức 1,29 tỷ USD trong năm 2024"), vec![]);
        assert_eq!(years("tỷ lệ đạt 80%, so với mức 72% năm 2023"), vec![]);
        assert_eq!(years("đạt mức cao hơn, trong năm 2024 đạt 1,5 tỷ USD"), vec![(2024, false, false)]);
    }

    #[test]
    fn a_scenarios_year_holds() {
        // quang_tri_2026 (a development text): the year of a growth scenario dates the sentences after it.
        assert_eq!(years("Theo kịch bản tăng trưởng năm 2026, GRDP dự kiến tăng 10,6%"), vec![(2026, false, true)]);
    }

    #[test]
    fn years_in_running_text() {
        assert_eq!(years("Theo đó, mục tiêu đến năm 2025, có 100% thủ tục"), vec![(2025, false, true)]);
        assert_eq!(years("kinh tế số chiếm tối thiểu 35% GRDP đến năm 2030"), vec![(2030, false, false)]);
        assert_eq!(years("năm 2022 phấn đấu kinh tế số chiếm từ 10% GRDP"), vec![(2022, false, true)]);
        assert_eq!(years("Theo kế hoạch, năm 2025, tỉnh phấn đấu 100% hồ sơ"), vec![(2025, false, true)]);
        assert_eq!(years("Đến 2025, 90% hồ sơ"), vec![(2025, false, true)]);
        assert_eq!(years("tỷ lệ hồ sơ đạt 80% vào 2030"), vec![(2030, false, false)]);
        // A date after "đến" is the day a level stands at, its year that level's (a probe of 6 Dec 2026).
        assert_eq!(years("đến 31/12/2025, 90% hồ sơ"), vec![(2025, false, true)]);
        assert_eq!(years("Ngoài ra, trong thời gian tới năm 2025 sẽ có 80% hồ sơ"), vec![(2025, false, false)]);
        assert_eq!(years("mục tiêu chuyển đổi số cụ thể các giai đoạn 2025-2030 như"), vec![(2030, true, true)]);
        assert_eq!(years("trong các văn bản của tỉnh giai đoạn 2021 - 2025 có"), vec![(2025, true, false)]);
        // "thời kỳ" names a period as "giai đoạn" does; a year opening a sentence of the line holds.
        assert_eq!(years("Tốc độ tăng trưởng bình quân thời kỳ 2021-2030 đạt trên 9%/năm"), vec![(2030, true, false)]);
        assert_eq!(years("Tỉnh đạt chuẩn nông thôn mới. Đến năm 2030 trở thành tỉnh khá"), vec![(2030, false, true)]);
        assert_eq!(years("Tỷ lệ đạt 1.5. Sau đó đến năm 2030 tỉnh trở thành tỉnh khá"), vec![(2030, false, false)]);
        // A period opening the line holds for the lines after it.
        assert_eq!(years("Giai đoạn 2026 – 2030, phấn đấu 100% hồ sơ"), vec![(2030, true, true)]);
        // A quarter's year, and a deadline ("hoàn thành trong") makes it an objective's (ho_chi_minh_cong_dan_so,
        // a development text); work already done ("đã hoàn thành") does not.
        assert_eq!(years("Giai đoạn 1 hoàn thành trong quý 2-2026, đảm bảo 100% công dân"), vec![(2026, false, true)]);
        assert_eq!(years("trong quý II/2026, 100% công dân"), vec![(2026, false, true)]);
        assert_eq!(years("Trong quý 3 năm 2026, 100% công dân"), vec![(2026, false, true)]);
        assert_eq!(years("Tỉnh đã hoàn thành trong quý 2-2024 việc cấp 90% tài khoản"), vec![(2024, false, false)]);
        // Work completed, not a deadline (phuong_tan_hoa_phu_tho, a development text).
        assert_eq!(
            years(
                "Năm 2025, tình hình kinh tế của phường đạt được những kết quả quan trọng, hoàn thành 12/12 chỉ tiêu"
            ),
            vec![(2025, false, true)]
        );
        assert_eq!(years("theo quy định năm 2025 có 90% hồ sơ"), vec![(2025, false, true)]);
        assert_eq!(years("quy hoạch 2021 đạt 90%"), vec![]);
    }

    #[test]
    fn a_period_a_year_is_placed_in_dates_nothing() {
        // xa_thieu_hoa_thanh_hoa_2026 (a development text): the year opening the line holds, not the term's end.
        assert_eq!(
            years(
                "Năm 2026 là năm đầu triển khai Nghị quyết Đại hội lần thứ I, nhiệm kỳ 2025-2030, xã đề ra 23 chỉ tiêu"
            ),
            vec![(2026, false, true)]
        );
        assert_eq!(years("Năm 2025 là năm cuối của giai đoạn 2021-2025, tỉnh phấn đấu"), vec![(2025, false, true)]);
        // A year's investing ("năm đầu tư") places no year.
        assert_eq!(years("Hằng năm đầu tư cho giai đoạn 2026-2030 phấn đấu đạt"), vec![(2030, true, false)]);
        // Without the words that place the year, the term set as an objective holds, by its end.
        assert_eq!(
            years("Năm 2026, Đại hội lần thứ I, nhiệm kỳ 2025-2030, xã đề ra 23 chỉ tiêu"),
            vec![(2026, false, true), (2030, true, true)]
        );
    }

    #[test]
    fn dates_orientations_and_document_names_give_no_year() {
        assert_eq!(years("Kế hoạch số 131/KH-UBND, ngày 06 tháng 6 năm 2022"), vec![]);
        assert_eq!(years("đến năm 2025, định hướng đến năm 2030"), vec![(2025, false, true)]);
        assert_eq!(years("Thực hiện Chương trình Chuyển đổi số quốc gia đến năm 2025"), vec![]);
        // dak_lak_xuat_khau_2023 (a development text): a figure set by the year's plan is of that year; a plan named
        // with no figure before it is a document.
        assert_eq!(years("xuất khẩu đạt 1.610 triệu USD (khoảng 38.000 tỷ đồng) theo kế hoạch năm 2023").len(), 1);
        assert_eq!(years("Thực hiện kế hoạch năm 2023 của UBND tỉnh"), vec![]);
        assert_eq!(years("nhiệm kỳ 2020 - 2025"), vec![]);
        // A base year of a comparison, and the period of a national standard's name.
        assert_eq!(
            years("thu nhập bình quân đầu người đến năm 2030 so với năm 2025 tăng 31,6%"),
            vec![(2030, false, false)]
        );
        assert_eq!(years("giảm 2,1% (theo chuẩn nghèo đa chiều giai đoạn 2021 - 2025)"), vec![]);
        // hai_phong_ngan_sach_2026 (a development text): "quyết định" a council's verb for a budget's estimate.
        assert_eq!(
            years("HĐND thành phố quyết định dự toán thu ngân sách nhà nước trên địa bàn năm 2026 là"),
            vec![(2026, false, false)]
        );
        // an_giang_tai_chinh_2030 (a development text): a resolution on the year's budget, of that year.
        assert_eq!(
            years("nghị quyết về phân bổ ngân sách địa phương năm 2026 hơn 39.342 tỷ đồng"),
            vec![(2026, false, false)]
        );
        assert_eq!(years("nghị quyết về phát triển du lịch năm 2026 hơn 3 triệu lượt khách"), vec![]);
        // A period compared with is a base (phuong_ba_dinh_thanh_hoa, a development text).
        assert_eq!(
            years("Tổng vốn đầu tư toàn xã hội (5 năm): 1.085tỷđ, gấp 2,2 lần so với giai đoạn 2010- 2015"),
            vec![]
        );
        // da_nang_nguoi_cao_tuoi_2030 (a development text): the end a line names, a document's name too, for a line
        // "Theo đó" after it; the last named, and a deadline only after "đến".
        assert_eq!(
            named_end(
                &Folded::new("thực hiện chương trình hành động quốc gia về người cao tuổi giai đoạn 2022-2030.").text
            ),
            Some(2030)
        );
        assert_eq!(named_end(&Folded::new("Kế hoạch giai đoạn 2021-2025, định hướng đến năm 2030").text), Some(2030));
        assert_eq!(named_end(&Folded::new("ngày 12 tháng 5 năm 2022, UBND ban hành kế hoạch").text), None);
        // So is one a figure is kept below (gia_lai_phong_chong_thien_tai_2030, a development text).
        assert_eq!(
            years("thiệt hại về kinh tế do thiên tai thấp hơn giai đoạn 2010-2020, không vượt quá 1,2% GRDP"),
            vec![]
        );
    }

    #[test]
    fn a_term_set_as_an_objective_gives_its_end() {
        // "Đảng bộ xã đề ra 12 chỉ tiêu" makes the term the targets' period; a congress's term named in passing
        // does not; a term opening a line dates what the line reports, in that line only.
        assert_eq!(years("Nhiệm kỳ 2025-2030, Đảng bộ xã đề ra 12 chỉ tiêu cụ thể: 99,2%"), vec![(2030, true, true)]);
        assert_eq!(years("Đại hội đại biểu Đảng bộ xã lần thứ I, nhiệm kỳ 2025-2030"), vec![]);
        assert_eq!(years("Nhiệm kỳ 2020-2025, xã đạt được nhiều kết quả"), vec![(2025, true, false)]);
    }

    #[test]
    fn the_base_year_of_constant_prices_is_no_target_year() {
        assert_eq!(years("Tốc độ tăng giá trị sản xuất bình quân hàng năm (giá so sánh năm 2010) đạt 16%"), vec![]);
        assert_eq!(years("GRDP (theo giá so sánh năm 2010) năm 2025 tăng 8%"), vec![(2025, false, false)]);
        // A level kept at a base year's (phuong_quang_trung_thanh_hoa, a development text).
        assert_eq!(years("Đàn lợn: 3.000 con, bằng năm 2015"), vec![]);
    }

    #[test]
    fn a_year_right_after_a_figure_is_its_own() {
        // ho_chi_minh_dai_hoi_2020 (a development text): each share takes the year after it, not the one before.
        let f = Folded::new("Phấn đấu kinh tế số đóng góp khoảng 25% đến năm 2025, 40% đến năm 2030 trong GRDP");
        let (m, s) = (mentions(&f.text, 0), f.text.as_str());
        assert!(m.iter().all(|m| m.after_figure && m.holds), "{m:?}");
        let end = |n: &str| s.find(n).map_or(0, |i| i + n.len());
        assert_eq!(right_after(s, &m, (0, s.len()), end("25")), Some(2025));
        assert_eq!(right_after(s, &m, (0, s.len()), end("40")), Some(2030));
        // Not across a bracket or another figure; not a year that opens a clause.
        let f = Folded::new("đạt 100% (năm 2024: 95%)");
        let (m, s) = (mentions(&f.text, 0), f.text.as_str());
        assert_eq!(right_after(s, &m, (0, s.len()), end("100")), None);
        let f = Folded::new("Đến năm 2025, 90% hồ sơ");
        assert!(mentions(&f.text, 0).iter().all(|m| !m.after_figure));
        // After a ratio per people (ba_ria_vung_tau_tai_nan_thuong_tich_tre_em_2030, a development text).
        let f = Folded::new("đến năm 2025 xuống còn 500/100.000 trẻ và 400/100.000 trẻ vào năm 2030");
        let (m, s) = (mentions(&f.text, 0), f.text.as_str());
        let end = |n: &str| s.find(n).map_or(0, |i| i + n.len());
        assert_eq!(right_after(s, &m, (0, s.len()), end("va 400")), Some(2030));
        // A roadmap's next stage, its year bare after a comma (hoa_binh_bao_hiem_xa_hoi_2030, a development text).
        let f = Folded::new("đến năm 2025 đạt khoảng 26%, 2030 đạt khoảng 35%");
        let (m, s) = (mentions(&f.text, 0), f.text.as_str());
        let at = |n: &str| s.find(n).unwrap_or(0);
        assert_eq!(for_figure(&m, (0, s.len()), at("35")), Some((2030, Source::Stated)));
        assert_eq!(roadmap_years("dat 26%, 2030 nguoi dan"), vec![]);
        // With no word between (thua_thien_hue_thi_truong_lao_dong_2030, a development text).
        let f = Folded::new("Tỷ lệ lao động đạt 80% năm 2025 và đạt 90% năm 2030");
        let (m, s) = (mentions(&f.text, 0), f.text.as_str());
        let end = |n: &str| s.find(n).map_or(0, |i| i + n.len());
        assert_eq!(right_after(s, &m, (0, s.len()), end("80")), Some(2025));
        assert_eq!(right_after(s, &m, (0, s.len()), end("90")), Some(2030));
    }

    #[test]
    fn a_year_of_a_later_stage_is_not_the_earlier_figures() {
        // ba_ria_vung_tau_hoc_tap_suot_doi_2030 (a development text): "60% ... và tiến tới là 80% vào năm 2030".
        let f = Folded::new("60% cán bộ đạt danh hiệu công dân học tập và tiến tới là 80% vào năm 2030");
        let (m, s) = (mentions(&f.text, 0), f.text.as_str());
        let at = |n: &str| s.find(n).unwrap_or(0);
        assert_eq!(for_figure(&m, (0, s.len()), at("60%")), None);
        assert_eq!(for_figure(&m, (0, s.len()), at("80%")), Some((2030, Source::Stated)));
        // Without the words of a later stage, the year after both is the first's too.
        let f = Folded::new("60% cán bộ và 80% nhân viên đạt danh hiệu vào năm 2030");
        let (m, s) = (mentions(&f.text, 0), f.text.as_str());
        assert_eq!(for_figure(&m, (0, s.len()), s.find("60%").unwrap_or(0)), Some((2030, Source::Stated)));
    }

    #[test]
    fn a_figure_takes_its_clauses_year_else_the_last_before() {
        let text = "Mục tiêu đến năm 2025, 90% hồ sơ; kinh tế số đạt 30% GRDP vào năm 2030; 80% dân số";
        let f = Folded::new(text);
        let m = mentions(&f.text, 0);
        let s = f.text.as_str();
        let clause = |from: &str| {
            let a = s.find(from).unwrap_or(0);
            (a, s[a..].find(';').map_or(s.len(), |e| a + e))
        };
        let at = |n: &str| s.find(n).unwrap_or(0);
        assert_eq!(for_figure(&m, clause("muc tieu"), at("90%")), Some((2025, Source::Stated)));
        assert_eq!(for_figure(&m, clause(" kinh te"), at("30%")), Some((2030, Source::Stated)));
        assert_eq!(for_figure(&m, clause(" 80%"), at("80%")), Some((2025, Source::Objective)));
        // A year opening the sentence or a clause stands over a section's year too
        // (ho_chi_minh_chuong_trinh_chuyen_doi_so_2025, a development text, under "Đến năm 2030: ..."); a period's
        // end said in passing does not.
        for text in ["Năm 2025: 90% hồ sơ; 80% dân số", "Cụ thể, đến năm 2025, 90% hồ sơ; 80% dân số"]
        {
            let f = Folded::new(text);
            let (m, s) = (mentions(&f.text, 0), f.text.as_str());
            assert_eq!(
                for_figure(&m, (s.find(';').unwrap_or(0), s.len()), s.find("80%").unwrap_or(0)),
                Some((2025, Source::Objective)),
                "{text}"
            );
        }
        let f = Folded::new("Các dự án giai đoạn 2021-2025 được đầu tư, 90% hồ sơ; 80% dân số");
        let (m, s) = (mentions(&f.text, 0), f.text.as_str());
        assert_eq!(
            for_figure(&m, (s.find(';').unwrap_or(0), s.len()), s.find("80%").unwrap_or(0)),
            Some((2025, Source::Context))
        );
    }

    #[test]
    fn the_deadline_of_a_sentences_own_objective_holds_for_no_figure_after_it() {
        // A commune congress's list: the year of a standard to reach is not the year of the items after it.
        assert_eq!(years("Phấn đấu đạt chuẩn xã nông thôn mới kiểu mẫu vào năm 2028."), [(2028, false, false)]);
        assert_eq!(years("Phấn đấu đạt chuẩn xã nông thôn mới kiểu mẫu vào năm 2028"), [(2028, false, false)]);
        // A sentence naming the plan's objectives, or a short one, still dates what follows.
        assert_eq!(years("Các chỉ tiêu chủ yếu đến năm 2030."), [(2030, false, true)]);
        assert_eq!(years("Phấn đấu đến năm 2030."), [(2030, false, true)]);
        // A year ends the sentence before it ("... nhiệm kỳ 2025-2030. Phấn đấu ..."), a list's number does not.
        assert_eq!(sentence_start("nhiem ky 2025-2030. phan dau dat chuan vao"), "nhiem ky 2025-2030. ".len());
        assert_eq!(sentence_start("muc 1. phan dau dat chuan vao"), 0);
        // Words after the year in its sentence open what it dates.
        assert_eq!(
            years("Phấn đấu đạt chuẩn xã nông thôn mới vào năm 2028, 100% ấp đạt chuẩn văn hóa."),
            [(2028, false, true)]
        );
    }
}
