//! The outline of a plan: list markers, year sections ("Mục tiêu đến năm 2025", "b) Đến năm 2030"),
//! objective headings ("Mục tiêu cụ thể", "Mục tiêu tổng quát") and pillar headings ("Về chính quyền số").

use super::folded::{at, ends_with_words, find_word, starts_with_words, sub, words, year_ending, years_after_nam};

/// Length of the list marker at the start of a folded line ("- ", "+ ", "* ", "a) ", "1.2. ", "II. ",
/// "(1) "), including the spaces after it.
pub(crate) fn marker_len(s: &str) -> usize {
    let lead = s.len() - s.trim_start().len();
    let t = s.trim_start();
    // "PHẦN I. KẾT QUẢ ...", "Phần thứ hai: ...": a part of the document is a marker as its number alone is.
    if let Some(part) = part_marker_len(t) {
        return lead + part;
    }
    let b = t.as_bytes();
    let mut n = 0;
    if matches!(at(t, 0), b'-' | b'+' | b'*' | b'~' | b'>') {
        n = 1;
        while matches!(at(t, n), b'-' | b'+' | b'*') {
            n += 1;
        }
    } else if at(t, 0) == b'(' {
        // "(1)", "(a)", "(iv)"; not a news agency's initials, "(TTV) Tuyên Quang phấn đấu ..." (tuyen_quang_do_thi_hoa_2025,
        // a development text), which open a headline.
        let close = t.find(')').unwrap_or(0);
        let inside = sub(t, 1, close);
        let numbered = inside.bytes().all(|c| c.is_ascii_digit())
            || inside.len() == 1
            || inside.bytes().all(|c| matches!(c, b'i' | b'v' | b'x'));
        if close > 1 && close <= 4 && numbered {
            n = close + 1;
        }
    } else if at(t, 0).is_ascii_digit() {
        // "1.", "1.1", "2.1.", "1)"
        let mut k = 0;
        while k < b.len() && (at(t, k).is_ascii_digit() || (at(t, k) == b'.' && at(t, k + 1).is_ascii_digit())) {
            k += 1;
        }
        // "5.000", "1.184" are numbers with thousands separators, not sections "1.1", "2.1.3".
        let mut groups = sub(t, 0, k).split('.').skip(1).peekable();
        let thousands = groups.peek().is_some() && groups.all(|group| group.len() == 3);
        if thousands {
            n = 0;
        } else if k <= 6 && matches!(at(t, k), b'.' | b')') && !at(t, k + 1).is_ascii_digit() {
            n = k + 1;
        } else if k <= 6 && sub(t, 0, k).contains('.') && at(t, k) == b' ' {
            n = k;
        }
    } else {
        // "a)", "b.", "IV."
        let k = t.bytes().take_while(|c| c.is_ascii_alphabetic()).count();
        let roman = k > 0 && sub(t, 0, k).bytes().all(|c| matches!(c, b'i' | b'v' | b'x'));
        if (k == 1 && at(t, 1) == b')') || ((1..=4).contains(&k) && roman && matches!(at(t, k), b'.' | b')')) {
            n = k + 1;
        }
    }
    if n == 0 {
        return lead;
    }
    let rest = sub(t, n, t.len());
    lead + n + (rest.len() - rest.trim_start().len())
}

/// Length of a part's marker at the start of folded `t`, with the spaces after it: "phan i. ", "phan 2: ", "phan thu
/// hai: " (a commune's yearly report, "PHẦN I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2026"; a probe of 6 Dec 2026).
fn part_marker_len(t: &str) -> Option<usize> {
    let rest = t.strip_prefix("phan ")?;
    let rest = rest.strip_prefix("thu ").unwrap_or(rest);
    let number = rest.find(['.', ':'])?;
    let word = sub(rest, 0, number);
    let numbered = !word.is_empty()
        && (word.bytes().all(|c| c.is_ascii_digit() || matches!(c, b'i' | b'v' | b'x'))
            || ["nhat", "hai", "ba", "tu", "nam"].contains(&word));
    let end = t.len() - rest.len() + number + 1;
    let after = sub(t, end, t.len());
    numbered.then(|| end + after.len() - after.trim_start().len())
}

/// What an outline line announces.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Heading {
    /// The targets that follow are for this year.
    Year(i32),
    /// The targets that follow are for the end of this period ("Giai đoạn 2026-2030:"): a year from context.
    Period(i32),
    /// An objectives heading with no year: the year goes back to the plan's default.
    Objectives { general: bool },
    /// A pillar heading, with its shared id.
    Pillar(&'static str),
    /// A heading over what was reached ("Kết quả thực hiện năm 2023", "Thực trạng"), with the year it states.
    Results(Option<i32>),
}

/// Pillar keywords (folded) and the shared pillar ids they mean, most specific first.
const PILLARS: [(&str, &str); 7] = [
    ("chinh quyen so", "digital_government"),
    ("chinh quyen dien tu", "digital_government"),
    ("chinh phu so", "digital_government"),
    ("kinh te so", "digital_economy"),
    ("xa hoi so", "digital_society"),
    ("do thi thong minh", "smart_city"),
    ("ha tang so", "infrastructure"),
];

/// The English name of a shared pillar id.
pub(crate) fn pillar_name_en(id: &str) -> &'static str {
    match id {
        "digital_government" => "Digital government",
        "digital_economy" => "Digital economy",
        "digital_society" => "Digital society",
        "smart_city" => "Smart city",
        "infrastructure" => "Digital infrastructure",
        _ => "General objectives",
    }
}

/// Reads the head of a line (after its marker): the words before a ':' or the whole line. Returns the
/// heading and the folded length of the head (so that the text after ':' is read for targets).
pub(crate) fn heading(line: &str) -> Option<(Heading, usize)> {
    let colon = line.find(':').filter(|&c| c < 160);
    let head = sub(line, 0, colon.unwrap_or(line.len()));
    let head_words: Vec<&str> = words(head).collect();
    let n = head_words.len();
    if n == 0 || head.contains('%') {
        return None;
    }
    let consumed = colon.map_or(line.len(), |c| c + 1);
    // A results heading is short and no sentence ("Kết quả đánh giá cho thấy ... ." is one).
    let sentence_end = colon.is_none() && matches!(line.trim_end().bytes().last(), Some(b'.' | b';'));
    if n <= 16 && !sentence_end && results_words(head) {
        return Some((
            Heading::Results(years_after_nam(head).first().map(|y| y.1).or_else(|| year_ending(head, SHORT_HEAD))),
            consumed,
        ));
    }
    // "Các chỉ tiêu chủ yếu:", "Một số mục tiêu cụ thể:": objectives, as "Chỉ tiêu chủ yếu:" are, when they name no
    // year ("Các chỉ tiêu phát triển chủ yếu nhiệm kỳ 2020 – 2025:", ho_chi_minh_dai_hoi_2020, a development text, dates
    // the lines after it by its term).
    let undated = !head.contains(|c: char| c.is_ascii_digit());
    let objectives = ["cac ", "mot so "].iter().find_map(|w| head.strip_prefix(w)).filter(|_| undated).unwrap_or(head);
    // "Phương hướng, nhiệm vụ năm 2027", "Nhiệm vụ trọng tâm năm 2027": a report's part on the year ahead.
    let opener = [
        "muc tieu",
        "den nam",
        "chi tieu",
        "phan dau den nam",
        "giai doan",
        "nam",
        "phuong huong",
        "nhiem vu",
        "tam nhin",
    ]
    .iter()
    .any(|w| starts_with_words(objectives, w));
    // "Năm 2026, thu nhập bình quân đạt 60 triệu đồng.": a sentence with a figure of its own opens on the year, no
    // heading (a percentage already rules a head out); so does one with a multiple said in words ("Đến năm 2030, doanh
    // thu du lịch tăng gấp đôi.").
    let figure = || {
        super::numbers::tokens(head).iter().any(|t| t.value.is_some() && !t.written_as_a_year(head))
            || !super::numbers::multiples_in_words(head).is_empty()
    };
    if opener && n <= 14 && !figure() {
        if let Some(h) = year_heading(head) {
            return Some((h, consumed));
        }
        if starts_with_words(objectives, "muc tieu") || starts_with_words(objectives, "chi tieu") {
            let general = find_word(head, "tong quat").is_some() || find_word(head, "chung").is_some();
            return Some((Heading::Objectives { general }, consumed));
        }
    }
    // A pillar heading is short, names one pillar near its start and is not a sentence of its own.
    if n > 24 || (sentence_end && n > 8) || head.bytes().any(|c| c.is_ascii_digit()) {
        return None;
    }
    let first = PILLARS.iter().filter_map(|(k, id)| find_word(head, k).map(|i| (i, *id))).min_by_key(|(i, _)| *i)?;
    let words_before = words(sub(head, 0, first.0)).count();
    (words_before <= 4).then_some((Heading::Pillar(first.1), consumed))
}

/// Whether a heading's words open a report of what was reached: "Kết quả thực hiện", "Kết quả năm 2023",
/// "Đánh giá tình hình", "Thực trạng", or "Kết quả" alone.
fn results_words(head: &str) -> bool {
    const OPENERS: [&str; 12] = [
        "ket qua thuc hien",
        "ket qua dat duoc",
        "ket qua trien khai",
        "ket qua chuyen doi so",
        "ket qua nam",
        "danh gia ket qua",
        "danh gia tinh hinh",
        "danh gia thuc trang",
        "tinh hinh thuc hien",
        "tinh hinh trien khai",
        "thuc trang",
        "nhung ket qua",
    ];
    // "Kết quả:", "Kết quả 2025:".
    let w: Vec<&str> = words(head).collect();
    let bare = match (year_ending(head, SHORT_HEAD), w.split_last()) {
        (Some(_), Some((_, rest))) => rest,
        _ => w.as_slice(),
    };
    OPENERS.iter().any(|o| starts_with_words(head, o)) || bare == ["ket", "qua"]
}

/// The year a heading gives: the first year it states ("Mục tiêu đến năm 2025"), or the end of the first
/// period ("Mục tiêu giai đoạn 2021-2025"), whichever comes first; not an orientation's ("định hướng đến
/// năm 2030").
fn year_heading(head: &str) -> Option<Heading> {
    // A vision's year after another's is no heading's year ("Mục tiêu đến năm 2030, tầm nhìn đến năm 2045"); a heading
    // that is the vision alone heads its targets ("2. Tầm nhìn đến năm 2045", then "- Kinh tế số chiếm tối thiểu 50%
    // GRDP"; a probe of 6 Dec 2026, a province's action programme for Resolution 57).
    let vision = head.trim_start().strip_prefix("tam nhin den nam ").and_then(super::folded::year_at);
    if let Some(y) = vision.filter(|_| words(head).count() == 5) {
        return Some(Heading::Year(y));
    }
    let year = years_after_nam(head).into_iter().find(|&(k, _)| {
        let before = sub(head, 0, k).trim_end();
        !["dinh huong den nam", "tam nhin den nam", "dinh huong nam"].iter().any(|w| ends_with_words(before, w))
    });
    let stage = super::years::stages(head).next();
    match (year, stage) {
        (Some((k, y)), Some((j, _, last))) => Some(if k < j { Heading::Year(y) } else { Heading::Period(last) }),
        (Some((_, y)), None) => Some(Heading::Year(y)),
        (None, Some((_, _, last))) => Some(Heading::Period(last)),
        (None, None) => year_ending(head, SHORT_HEAD).map(Heading::Year),
    }
}

/// How many words a heading whose year is said without "năm" may have ("Mục tiêu 2026", "Kết quả 2025", "Chỉ tiêu
/// 2026").
const SHORT_HEAD: usize = 4;

/// The year a sentence opens with: "Đến năm 2025, ...", "Phấn đấu đến năm 2030, ...", "Trong năm 2024, ...".
pub(crate) fn opening_year(line: &str) -> Option<i32> {
    // "Định hướng đến năm 2030, tốc độ tăng trưởng ... đạt khoảng 30%-35%/năm": an orientation that opens a line of
    // figures is their year, not a horizon named in passing.
    ["den nam", "phan dau den nam", "trong nam", "nam", "den het nam", "dinh huong den nam"]
        .iter()
        .find(|w| starts_with_words(line, w))
        .and_then(|_| years_after_nam(sub(line, 0, 40)).first().map(|(_, y)| *y))
}

/// The last year of the term or stage a sentence opens with: "Nhiệm kỳ 2022-2027, Hội ...", "Trong giai đoạn 2026 -
/// 2030, ...". A figure of the period is for its end, a year from context.
pub(crate) fn opening_term(line: &str) -> Option<i32> {
    // "Kết quả nhiệm kỳ 2020 - 2025: ...", "Kết quả thực hiện giai đoạn 2021-2025, ...": the term's results.
    let head = ["ket qua thuc hien ", "ket qua "].iter().find_map(|p| line.strip_prefix(p)).unwrap_or(line);
    let head = head.strip_prefix("trong ").unwrap_or(head);
    ["nhiem ky", "giai doan", "nam hoc"].iter().filter(|w| starts_with_words(head, w)).find_map(|w| {
        super::years::spans(head, w).next().filter(|&(at, _, _)| at == w.len() + 1).map(|(_, _, last)| last)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers() {
        assert_eq!(marker_len("- abc"), 2);
        assert_eq!(marker_len("1.1 chinh quyen so"), 4);
        assert_eq!(marker_len("2.1. phat trien"), 5);
        assert_eq!(marker_len("ii. muc tieu"), 4);
        assert_eq!(marker_len("a) den nam 2025:"), 3);
        assert_eq!(marker_len("(1) ty le"), 4);
        assert_eq!(marker_len("(b) ty le"), 4);
        assert_eq!(marker_len("(iv) ty le"), 5);
        // A news agency's initials open a headline, no list item (tuyen_quang_do_thi_hoa_2025, a development text).
        assert_eq!(marker_len("(ttv) tuyen quang phan dau"), 0);
        assert_eq!(marker_len("() ty le"), 0);
        assert_eq!(marker_len("90% ho so"), 0);
        // A number with thousands separators opens no section (nhu_xuan_thanh_hoa, a development text).
        assert_eq!(marker_len("5.000 ty dong."), 0);
        assert_eq!(marker_len("1.184 ty"), 0);
        assert_eq!(marker_len("1.1.1 ha tang"), 6);
        assert_eq!(marker_len("(1) abc"), 4);
        // A part of the document (a probe of 6 Dec 2026): not a word that only opens with "phần".
        assert_eq!(marker_len("phan i. ket qua thuc hien"), 8);
        assert_eq!(marker_len("phan thu hai: phuong huong"), 14);
        assert_eq!(marker_len("phan 2. abc"), 8);
        assert_eq!(marker_len("phan tram ho so. abc"), 0);
        assert_eq!(marker_len("phan dau dat 90%"), 0);
    }

    #[test]
    fn a_sentence_opens_with_a_year_or_a_term() {
        assert_eq!(opening_year("den nam 2025, 100% ho so"), Some(2025));
        assert_eq!(opening_year("trong nam 2024, tinh dat"), Some(2024));
        // dong_nai_logistics_2030 (a development text): an orientation that opens a line of figures.
        assert_eq!(opening_year("dinh huong den nam 2030, toc do tang truong dat khoang 30%"), Some(2030));
        assert_eq!(opening_year("nhiem ky 2022-2027, hoi ccb"), None);
        // A term or stage opening the sentence gives its last year (thuan_bac_ninh_thuan_cuu_chien_binh, a
        // development text, with the term's sentence on a line of its own).
        assert_eq!(opening_term("nhiem ky 2022-2027, hoi ccb huyen tiep tuc doi moi"), Some(2027));
        assert_eq!(opening_term("trong giai doan 2026 - 2030, tinh phan dau"), Some(2030));
        // A school year (huyen_quang_dien_thua_thien_hue_giao_duc_2016, a development text).
        assert_eq!(opening_term("nam hoc 2015-2016, huyen quang dien phan dau"), Some(2016));
        // Not said in passing, nor a single year after the word.
        assert_eq!(opening_term("dai hoi nhiem ky 2022-2027"), None);
        // A term's results, said before it.
        assert_eq!(opening_term("ket qua nhiem ky 2020 - 2025: tang truong kinh te dat 6,8%"), Some(2025));
        assert_eq!(opening_term("ket qua thuc hien giai doan 2021-2025, tinh da"), Some(2025));
        assert_eq!(opening_term("ket qua dat duoc trong nhiem ky 2020-2025"), None);
        assert_eq!(opening_term("nhiem ky qua, hoi dat 2027 hoi vien"), None);
    }

    #[test]
    fn headings() {
        assert_eq!(heading("muc tieu den nam 2025").map(|h| h.0), Some(Heading::Year(2025)));
        // A vision's heading (a probe of 6 Dec 2026); not a vision after the plan's year.
        assert_eq!(heading("tam nhin den nam 2045").map(|h| h.0), Some(Heading::Year(2045)));
        assert_eq!(heading("muc tieu den nam 2030, tam nhin den nam 2045").map(|h| h.0), Some(Heading::Year(2030)));
        // A sentence opening on its year with a figure of its own is no heading (an amount was lost so).
        assert_eq!(heading("nam 2026, thu nhap binh quan dat 60 trieu dong.").map(|h| h.0), None);
        assert_eq!(heading("nam 2026 grdp dat 67.735 ty dong").map(|h| h.0), None);
        assert_eq!(heading("giai doan 2026-2030").map(|h| h.0), Some(Heading::Period(2030)));
        assert_eq!(heading("den nam 2030: tro thanh").map(|h| h.0), Some(Heading::Year(2030)));
        assert_eq!(heading("ve chinh quyen so").map(|h| h.0), Some(Heading::Pillar("digital_government")));
        assert_eq!(heading("giai doan 2026 - 2030:").map(|h| h.0), Some(Heading::Period(2030)));
        assert_eq!(
            heading("muc tieu giai doan 2021-2025, dinh huong den nam 2030").map(|h| h.0),
            Some(Heading::Period(2025))
        );
        assert_eq!(heading("muc tieu den nam 2025, dinh huong den nam 2030").map(|h| h.0), Some(Heading::Year(2025)));
        assert_eq!(heading("ket qua thuc hien nam 2023").map(|h| h.0), Some(Heading::Results(Some(2023))));
        assert_eq!(heading("thuc trang chuyen doi so cua tinh:").map(|h| h.0), Some(Heading::Results(None)));
        assert_eq!(heading("ket qua danh gia cho thay tinh da lam tot."), None);
        assert_eq!(heading("ket qua giai quyet thu tuc hanh chinh duoc so hoa"), None);
        assert_eq!(heading("ket qua:").map(|h| h.0), Some(Heading::Results(None)));
        // A year said without "năm" after a short heading's words (a probe of 6 Dec 2026).
        assert_eq!(heading("ket qua 2025:").map(|h| h.0), Some(Heading::Results(Some(2025))));
        // A report's part on the year ahead (a probe of 6 Dec 2026; phuong_ngoc_trao_thanh_hoa, a development text).
        assert_eq!(heading("phuong huong, nhiem vu nam 2027").map(|h| h.0), Some(Heading::Year(2027)));
        assert_eq!(heading("phuong huong, muc tieu, nhiem vu den nam 2020").map(|h| h.0), Some(Heading::Year(2020)));
        assert_eq!(heading("nhiem vu trong tam quy iv nam 2026").map(|h| h.0), Some(Heading::Year(2026)));
        assert_eq!(heading("muc tieu 2026:").map(|h| h.0), Some(Heading::Year(2026)));
        assert_eq!(heading("chi tieu 2026").map(|h| h.0), Some(Heading::Year(2026)));
        assert_eq!(heading("ket qua kiem tra 2025").map(|h| h.0), None);
        assert!(!matches!(heading("muc tieu cua xa den 2026 la").map(|h| h.0), Some(Heading::Year(_))));
        // A report's title of up to sixteen words (a probe of 6 Dec 2026: a ward's report of its year).
        let title = "ket qua thuc hien cac chi tieu kinh te - xa hoi nam 2026";
        assert_eq!(heading(title).map(|h| h.0), Some(Heading::Results(Some(2026))));
        assert_eq!(
            heading("phat trien kinh te so: kinh te so chiem tren 10% grdp").map(|h| h.0),
            Some(Heading::Pillar("digital_economy"))
        );
        assert_eq!(heading("hinh thanh nen tang du lieu cua do thi thong minh phuc vu phat trien chinh quyen so, kinh te so va xa hoi so."), None);
        // "Các chỉ tiêu chủ yếu:", "Một số chỉ tiêu chủ yếu" (a congress's resolution); not one that names its term.
        let objectives = Some(Heading::Objectives { general: false });
        assert_eq!(heading("cac chi tieu chu yeu:").map(|h| h.0), objectives);
        assert_eq!(heading("mot so muc tieu cu the").map(|h| h.0), objectives);
        assert_eq!(heading("cac chi tieu phat trien chu yeu nhiem ky 2020 - 2025:").map(|h| h.0), None);
    }
}
