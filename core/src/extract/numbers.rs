//! Number tokens of the folded text, read the Vietnamese way (`11,5`, `477.905`) by
//! [`crate::io::number::parse_number`].

use super::folded::{at, find_any_words, find_words, sub};

/// A run of digits with its separators.
#[derive(Debug, Clone, Copy)]
pub(crate) struct NumberToken {
    /// Folded offset of the first digit.
    pub(crate) start: usize,
    /// Folded offset after the last digit.
    pub(crate) end: usize,
    /// The value, when it reads as a number.
    pub(crate) value: Option<f64>,
}

/// The lower bound of a range ending at folded offset `start` ("80-90%", "80 - 90%", "từ 80 đến 90%"): the
/// number just before a dash or "đến" that stands right before `start`, with its value.
pub(crate) fn range_low(s: &str, start: usize) -> Option<(NumberToken, f64)> {
    let before = sub(s, start.saturating_sub(24), start);
    // The lower bound may carry the unit too: "10% – 11%/năm", "từ 10% đến 11%".
    let joined = before.trim_end();
    let dash = joined.strip_suffix('-').or_else(|| joined.strip_suffix(" den"))?.trim_end();
    let dash = dash.strip_suffix('%').map_or(dash, str::trim_end);
    // A dash after a line break opens a bullet ("NĂM 2024\n- 80%"): not a range.
    if before.get(dash.len()..).is_some_and(|gap| gap.contains('\n')) {
        return None;
    }
    let digits = dash.len() - dash.trim_end_matches(|c: char| c.is_ascii_digit() || c == ',' || c == '.').len();
    if digits == 0 {
        return None;
    }
    let low_end = start.saturating_sub(before.len() - dash.len());
    // A list marker on the next line ("giai đoạn 2021 - 2025\n- 90%") is no range.
    if sub(s, low_end, start).contains('\n') {
        return None;
    }
    let low = tokens(sub(s, low_end - digits, low_end)).into_iter().next()?;
    let value = low.value?;
    Some((
        NumberToken { start: low.start + low_end - digits, end: low.end + low_end - digits, value: Some(value) },
        value,
    ))
}

impl NumberToken {
    /// Whether the token is written as a year in folded `s` (the text it was read from): four digits, no separator,
    /// from 1900 to 2100. "2.000 doanh nghiệp", "2.100 tỷ đồng" are figures (a line "Năm 2026, thành lập mới 2.000
    /// doanh nghiệp." was read as a heading of years; a probe of 6 Dec 2026).
    pub(crate) fn written_as_a_year(&self, s: &str) -> bool {
        let text = sub(s, self.start, self.end);
        self.value.is_some_and(year_like) && text.len() == 4 && text.bytes().all(|b| b.is_ascii_digit())
    }
}

/// Whether a number's value may be a year (a whole number from 1900 to 2100): a term's, a period's or a date's, not a
/// figure of the plan's.
fn year_like(v: f64) -> bool {
    v.fract() == 0.0 && (1900.0..=2100.0).contains(&v)
}

/// `before_low`, the words before a range's lower bound, without the "từ" that opens the range ("từ 75 đến
/// 80%": "từ" there compares nothing, nor names what is measured).
pub(crate) fn without_range_opening(before_low: &str) -> &str {
    match before_low.trim_end().strip_suffix("tu") {
        Some(rest) if rest.is_empty() || !at(rest, rest.len() - 1).is_ascii_alphanumeric() => rest,
        _ => before_low,
    }
}

/// Whether the words right after a percentage's sign (`after`, folded) make it the lower bound of a range of
/// percentages whose upper bound is above `low` ("10% – 11%/năm": the 10%): a dash on the same line, then a
/// number with its own "%". The upper bound is the figure ([`range_low`] finds this one back from it).
pub(crate) fn opens_percent_range(after: &str, low: f64) -> bool {
    let lead = after.trim_start_matches([' ', '\t']);
    let Some(rest) = lead.strip_prefix('-').or_else(|| lead.strip_prefix("den ")) else { return false };
    let rest = rest.trim_start_matches([' ', '\t']);
    let Some(high) = tokens(rest).into_iter().next().filter(|t| t.start == 0) else { return false };
    sub(rest, high.end, rest.len()).trim_start_matches(' ').starts_with('%') && high.value.is_some_and(|h| h > low)
}

/// Whether a bare number is the low end of a range, its high end right after it: "8,5-9,5", "33.000 – 34.000",
/// "15 đến 16" in a table's cell, where neither carries a unit.
pub(crate) fn opens_range(after: &str, low: f64) -> bool {
    let lead = after.trim_start_matches([' ', '\t']);
    let Some(rest) = lead.strip_prefix(['-', '–']).or_else(|| lead.strip_prefix("den ")) else { return false };
    let rest = rest.trim_start_matches([' ', '\t']);
    tokens(rest).first().is_some_and(|high| high.start == 0 && high.value.is_some_and(|h| h > low))
}

/// The number that folded `text` ends with before a slash, spaces between at will ("đạt 4.209/", "99,2 / "): the
/// result a plan's figure after the slash is over ([`super::units::amount_after_a_result`], and the result the clauses
/// mark as reported).
pub(crate) fn before_a_slash(text: &str) -> Option<NumberToken> {
    let before = text.trim_end().strip_suffix('/')?.trim_end();
    tokens(before).into_iter().last().filter(|t| t.end == before.len())
}

/// Every number token of `s`: digits joined by single `.` or `,` between digits. A token glued to a letter
/// before it ("G5", "x2") is not a number of the plan's.
pub(crate) fn tokens(s: &str) -> Vec<NumberToken> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if !at(s, i).is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        let mut end = i;
        while end < b.len() {
            let c = at(s, end);
            let joins = matches!(c, b'.' | b',') && at(s, end + 1).is_ascii_digit() && at(s, end - 1).is_ascii_digit();
            if c.is_ascii_digit() || joins {
                end += 1;
            } else {
                break;
            }
        }
        let glued = start > 0 && at(s, start - 1).is_ascii_alphabetic();
        if !glued {
            let value = crate::io::number::parse_number(sub(s, start, end)).ok().map(|d| d.to_f64());
            // "388 tỷ 774 triệu đồng": billions then millions, one amount in millions, read with the "triệu đồng" after.
            let (to, value) = match millions_after_billions(s, end) {
                Some((to, millions)) => (to, value.map(|v| v * 1000.0 + millions)),
                None => (end, value),
            };
            out.push(NumberToken { start, end: to, value });
            end = to;
        }
        i = end.max(start + 1);
    }
    out
}

/// After a number ending at `end` of folded `s`, the millions of an amount said in two scales ("388 tỷ 774 triệu đồng",
/// "1 tỷ 051 triệu đồng", xa_dak_lieng_dak_lak_2024, a development text): where they end and how many, when "tỷ" (or
/// "tỉ") follows, then one to three digits, then "triệu". The figure is then one amount in millions.
fn millions_after_billions(s: &str, end: usize) -> Option<(usize, f64)> {
    let rest = sub(s, end, s.len());
    let after = rest.strip_prefix(" ty ").or_else(|| rest.strip_prefix(" ti "))?;
    let digits = after.bytes().take_while(u8::is_ascii_digit).count();
    let tail = sub(after, digits, after.len());
    if !(1..=3).contains(&digits) || !tail.starts_with(" trieu") || at(tail, " trieu".len()).is_ascii_alphanumeric() {
        return None;
    }
    let millions: f64 = sub(after, 0, digits).parse().ok()?;
    Some((s.len() - tail.len(), millions))
}

/// Numbers said in words (folded), one to ten. "năm" (five) is left out: folded or not, it is also "year".
const IN_WORDS: [(&str, f64); 9] = [
    ("mot", 1.0),
    ("hai", 2.0),
    ("ba", 3.0),
    ("bon", 4.0),
    ("sau", 6.0),
    ("bay", 7.0),
    ("tam", 8.0),
    ("chin", 9.0),
    ("muoi", 10.0),
];

/// The numbers of `s` said in words ([`IN_WORDS`]): "có thêm hai huyện", "ít nhất một mô hình". Folded, most of
/// them are other words too ("sau" is "after", "ba" "grandmother"): a caller reads them only before things
/// counted.
pub(crate) fn in_words(s: &str) -> Vec<NumberToken> {
    find_any_words(s, &IN_WORDS.map(|(w, _)| w))
        .into_iter()
        .filter_map(|(i, k)| IN_WORDS.get(k).map(|&(w, v)| NumberToken { start: i, end: i + w.len(), value: Some(v) }))
        .collect()
}

/// The multiples of `s` (folded) said in words after "gấp": "gấp đôi" (twice), "gấp rưỡi" (one and a half times); each
/// a token over its word ("đôi"), its value the multiple.
pub(crate) fn multiples_in_words(s: &str) -> Vec<NumberToken> {
    [("gap doi", 2.0), ("gap ruoi", 1.5)]
        .into_iter()
        .flat_map(|(w, times)| {
            find_words(s, w).map(move |i| NumberToken { start: i + "gap ".len(), end: i + w.len(), value: Some(times) })
        })
        .collect()
}

/// The numbers of [`IN_WORDS`] as written with their marks (lowercase), in the same order: precomposed (NFC) and
/// decomposed (NFD; the tests check them against the normalisation).
const IN_WORDS_MARKED: [[&str; 2]; 9] = [
    ["một", "mo\u{323}\u{302}t"],
    ["hai", "hai"],
    ["ba", "ba"],
    ["bốn", "bo\u{302}\u{301}n"],
    ["sáu", "sa\u{301}u"],
    ["bảy", "ba\u{309}y"],
    ["tám", "ta\u{301}m"],
    ["chín", "chi\u{301}n"],
    ["mười", "mu\u{31b}o\u{31b}\u{300}i"],
];

/// Whether `original`, the text's own spelling of a number said in words ([`in_words`]), is that number ("sáu", "Hai")
/// and not another word that folds to it: "sâu" (deep) of "vùng sâu vùng xa" and "sau" (after) fold to "sáu" (six),
/// "tầm" to "tám" (eight), "hải" to "hai"; precomposed or decomposed.
pub(crate) fn spelled_as_number(original: &str) -> bool {
    let lower = original.to_lowercase();
    IN_WORDS_MARKED.iter().chain(&MULTIPLES_MARKED).flatten().any(|w| *w == lower)
}

/// The multiples said in words after "gấp", as written with their marks (lowercase), precomposed and decomposed: "đôi"
/// (twice) and "rưỡi" (one and a half times), which fold to "doi" and "ruoi" as "đổi" (change) and "đối" do.
const MULTIPLES_MARKED: [[&str; 2]; 2] = [["đôi", "\u{111}o\u{302}i"], ["rưỡi", "ru\u{31b}o\u{31b}\u{303}i"]];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_amount_in_billions_then_millions_is_one_figure() {
        // xa_dak_lieng_dak_lak_2024 (a development text): "388 tỷ 774 triệu đồng", in millions, with the "triệu" after.
        let t = |s: &str| tokens(s).iter().map(|t| (t.start, t.end, t.value)).collect::<Vec<_>>();
        assert_eq!(t("dat 388 ty 774 trieu dong"), [(4, 14, Some(388_774.0))]);
        assert_eq!(t("hon 1 ti 051 trieu dong"), [(4, 12, Some(1_051.0))]);
        // Not a second amount after a comma, nor millions of four digits, nor "tỷ" before a word.
        assert_eq!(t("5 ty dong, 300 trieu dong").len(), 2);
        assert_eq!(t("5 ty 3000 trieu").len(), 2);
        assert_eq!(t("5 ty 30 trieuphu").len(), 2);
        assert_eq!(t("5 ty 30 trieu, con"), [(0, 7, Some(5_030.0))]);
    }

    #[test]
    fn a_figure_with_thousands_is_written_as_no_year() {
        // A probe of 6 Dec 2026: "2.000 doanh nghiệp" is a figure, "2026" a year.
        let s = "nam 2026, thanh lap moi 2.000 doanh nghiep, 2.100 ty dong, 1899";
        let years: Vec<bool> = tokens(s).iter().map(|t| t.written_as_a_year(s)).collect();
        assert_eq!(years, [true, false, false, false]);
    }

    #[test]
    fn numbers_in_words() {
        let s = "co them hai huyen, it nhat mot mo hinh; nam 2025, thanh mot";
        let found: Vec<_> = in_words(s).into_iter().map(|t| (sub(s, t.start, t.end), t.value)).collect();
        assert_eq!(found, [("hai", Some(2.0)), ("mot", Some(1.0)), ("mot", Some(1.0))]);
        assert!(in_words("haiphong, mota").is_empty());
    }

    #[test]
    fn a_number_in_words_is_one_only_as_the_text_spells_it() {
        // huyen_dak_doa_gia_lai_lao_dong_2025 (a development text): "vùng sâu vùng xa" read as six regions.
        for word in ["sáu", "Sáu", "SÁU", "một", "Hai", "ba", "bốn", "bảy", "tám", "chín", "mười", "đôi", "rưỡi"]
        {
            assert!(spelled_as_number(word), "{word}");
        }
        for word in ["sâu", "sau", "Sau", "tầm", "tâm", "hải", "bà", "bón", "bay", "muối", "mọt", "đổi", "đối"]
        {
            assert!(!spelled_as_number(word), "{word}");
        }
        // Decomposed, as the normalisation decomposes them.
        use unicode_normalization::UnicodeNormalization;
        for [composed, decomposed] in IN_WORDS_MARKED.into_iter().chain(MULTIPLES_MARKED) {
            assert_eq!(composed.nfd().collect::<String>(), decomposed);
            assert!(spelled_as_number(decomposed), "{composed}");
        }
        assert!(!spelled_as_number("sa\u{302}u"));
    }

    #[test]
    fn the_lower_bound_of_a_range_before_a_number() {
        for (s, low) in [("80-90%", 80.0), ("80 - 90%", 80.0), ("ty le 75,5-90%", 75.5)] {
            let start = s.rfind("90").unwrap();
            let (tok, value) = range_low(s, start).unwrap();
            assert_eq!(value, low, "{s}");
            assert_eq!(sub(s, tok.start, tok.end).replace(',', "."), low.to_string(), "{s}");
        }
        assert!(range_low("nam 2025: 90%", 10).is_none());
        assert!(range_low("giai doan 2021-2025", 15).is_some_and(|(_, v)| v == 2021.0)); // a year range reads too
        assert!(range_low("- 90%", 2).is_none());
        // Regression (found through the Python stub's samples): a year closing a heading, then a bullet.
        for s in ["muc tieu nam 2024\n- 80% ho so", "nam 2025.\n- 80%", "nam 2025\n  -  80%"] {
            assert!(range_low(s, s.rfind("80").unwrap()).is_none(), "{s:?}");
        }
        assert!(range_low("giai doan 2021 - 2025\n- 90%", 24).is_none());
        // The lower bound with its own "%" (bac_lieu, a development text).
        let s = "tang 10% - 11%/nam";
        assert_eq!(range_low(s, s.find("11").unwrap()).map(|(_, v)| v), Some(10.0));
        // "từ X đến Y" is a range too (ha_noi_dai_hoi, a development text), with or without "%" on the first.
        for s in ["do thi hoa tu 60 den 62%", "chiem tu 65,0 den 62%", "tu 60% den 62%"] {
            assert!(range_low(s, s.rfind("62").unwrap()).is_some_and(|(_, v)| v == 60.0 || v == 65.0), "{s}");
        }
        assert!(range_low("den nam 2025 dat 62%", 18).is_none());
        assert_eq!(without_range_opening("ty le do thi hoa tu "), "ty le do thi hoa ");
        assert_eq!(without_range_opening("von: tu"), "von: ");
        assert_eq!(without_range_opening("ty le 60 "), "ty le 60 ");
    }

    #[test]
    fn a_percentage_that_opens_a_range() {
        assert!(opens_percent_range(" - 11%/nam", 10.0));
        assert!(opens_percent_range("-95% ho so", 90.0));
        assert!(opens_percent_range(" den 95% ho so", 90.0));
        // Not a range: descending, no "%" after the second number, a new line, words between.
        assert!(!opens_percent_range(" - 80%", 90.0));
        assert!(!opens_percent_range(" - 2025", 10.0));
        assert!(!opens_percent_range("\n- 95%", 90.0));
        assert!(!opens_percent_range(" - cap huyen 95%", 90.0));
        assert!(!opens_percent_range(", 95%", 90.0));
    }
}
