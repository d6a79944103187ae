//! The text folded for matching: lowercase ASCII without Vietnamese tone and vowel marks, about one byte per
//! character of the original (a combining mark, the "\r" of "\r\n" and the second space of a run fold to nothing,
//! "≥" and "≤" to two bytes, the "²" and "³" of "km²" and "m³" to their digits), with the way back to the original's
//! byte and character offsets of every folded byte.
//!
//! "Tối thiểu 90%" folds to "toi thieu 90%", so every rule of the reader is written once in plain ASCII and
//! works alike on precomposed (NFC) and decomposed (NFD) input, with spaces doubled or not, and on lines wrapped
//! inside a sentence (joined, see `join_wrapped_lines`).

use crate::io::letters::fold_char;

/// Folded text and its map back to the original.
pub(crate) struct Folded<'a> {
    /// The original text.
    pub(crate) original: &'a str,
    /// The folded text: ASCII only, so byte offsets are character offsets.
    pub(crate) text: String,
    /// For each folded byte (and one past the end), the byte offset in the original.
    byte: Vec<usize>,
    /// For each folded byte (and one past the end), the character offset in the original.
    chr: Vec<usize>,
}

impl<'a> Folded<'a> {
    /// Folds a text.
    pub(crate) fn new(original: &'a str) -> Self {
        // Bytes, made a string at the end: every folded character is ASCII.
        let mut text = Vec::with_capacity(original.len());
        let mut byte = Vec::with_capacity(original.len() + 1);
        let mut chr = Vec::with_capacity(original.len() + 1);
        // ASCII bytes (most of a Vietnamese text) are folded without decoding; a character of more bytes
        // is decoded from its lead byte.
        let b = original.as_bytes();
        let (mut i, mut n) = (0, 0);
        let mut previous_plain_space = false;
        // The end of the current line's indentation, which folds to nothing ([`indentation_end`]).
        let mut indented_to = indentation_end(original, 0);
        while let Some(&lead) = b.get(i) {
            if i < indented_to {
                // One character of the indentation: spaces, tabs and the like are all one byte but the no-break
                // space and its kin, which are never ASCII.
                let len = original.get(i..).and_then(|rest| rest.chars().next()).map_or(1, char::len_utf8);
                i += len;
                n += 1;
                continue;
            }
            let (c, len) = if lead.is_ascii() {
                (char::from(lead), 1)
            } else {
                let c = original.get(i..).and_then(|rest| rest.chars().next()).unwrap_or('\u{fffd}');
                (c, c.len_utf8())
            };
            // A line ends at "\r\n" (Windows) as at "\n": the "\r" folds to nothing, so that no space is left at
            // the end of each line (a lone "\r" is a space, as before).
            let crlf = c == '\r' && b.get(i + 1) == Some(&b'\n');
            // The signs "≥" and "≤" fold to two bytes, ">=" and "<=", as typed in plain text (both map back to the sign).
            let sign = match c {
                '≥' | '⩾' => Some(b">="),
                '≤' | '⩽' => Some(b"<="),
                _ => None,
            };
            if let Some(two) = sign {
                text.extend_from_slice(two);
                byte.extend([i, i]);
                chr.extend([n, n]);
                previous_plain_space = false;
            } else if let Some(digit) = power_of_length(c, &text) {
                text.push(digit);
                byte.push(i);
                chr.push(n);
                previous_plain_space = false;
            } else if let Some(f) = fold_char(c).filter(|_| !crlf).and_then(|f| u8::try_from(f).ok()) {
                // "năm2026", typed without its space, folds to "nam 2026": the space maps back to the year's first
                // digit.
                if f.is_ascii_digit() && glued_year(&text, b.get(i..).unwrap_or_default()) {
                    text.push(b' ');
                    byte.push(i);
                    chr.push(n);
                }
                // A run of spaces folds to one ("đạt  90%", "cấp  tỉnh" in texts typed or converted with
                // double spaces), so that every rule's single space matches; a tab stays, it separates cells.
                let plain_space = f == b' ' && c != '\t';
                // A comma or semicolon typed after its space and before the next word (" ,tỷ lệ") folds as typed
                // before the space (", ty le"), the two keeping their places in the original; not before a digit.
                let next_is_word = || b.get(i + 1).is_some_and(|n| !n.is_ascii_whitespace() && !n.is_ascii_digit());
                if matches!(f, b',' | b';') && previous_plain_space && next_is_word() && text.last() == Some(&b' ') {
                    text.pop();
                    text.extend([f, b' ']);
                    byte.push(i);
                    chr.push(n);
                } else if !(plain_space && previous_plain_space) {
                    text.push(f);
                    byte.push(i);
                    chr.push(n);
                }
                previous_plain_space = plain_space;
            }
            i += len;
            n += 1;
            if c == '\n' {
                indented_to = indentation_end(original, i);
            }
        }
        byte.push(original.len());
        chr.push(n);
        join_wrapped_lines(&mut text, original, &byte);
        Self { original, text: String::from_utf8(text).unwrap_or_default(), byte, chr }
    }

    /// Character offset in the original of folded offset `i`.
    pub(crate) fn char_offset(&self, i: usize) -> usize {
        self.chr.get(i).or(self.chr.last()).copied().unwrap_or(0)
    }

    /// The original text of folded range `start..end`.
    pub(crate) fn original(&self, start: usize, end: usize) -> &'a str {
        original_between(self.original, &self.byte, start, end)
    }
}

/// The byte offset where the indentation of the line starting at byte `start` ends: the spaces, tabs and no-break
/// spaces opening it, which fold to nothing, so that a paragraph indented by its first line (as Word and PDF text
/// often are, "\tNăm 2025, ...") reads as it does flush left; a line of nothing else is blank. Not a table's row whose
/// first cells are empty ("\t\tNăm 2025\tNăm 2030"): when the indentation holds a tab and a tab follows it, the tabs
/// part cells and the line is left whole.
fn indentation_end(original: &str, start: usize) -> usize {
    let line = original.get(start..).unwrap_or_default();
    let line = line.split('\n').next().unwrap_or_default();
    let rest = line.trim_start_matches(|c: char| c.is_whitespace() && c != '\r');
    let indentation = line.get(..line.len() - rest.len()).unwrap_or_default();
    if indentation.contains('\t') && rest.contains('\t') {
        start
    } else {
        start + indentation.len()
    }
}

/// Whether the year `rest` opens (the original from here) is glued to a "năm" the text folded so far (`folded`) ends
/// with, as a whole word: "Đến năm2026, ..." (a probe of 6 Dec 2026, text typed with odd spacing).
fn glued_year(folded: &[u8], rest: &[u8]) -> bool {
    let year = rest.get(..4).is_some_and(|d| d.iter().all(u8::is_ascii_digit))
        && !rest.get(4).is_some_and(u8::is_ascii_alphanumeric);
    let word_start = folded.len() < 4 || folded.get(folded.len() - 4).is_some_and(|c| !c.is_ascii_alphanumeric());
    year && folded.ends_with(b"nam") && word_start
}

/// The digit a superscript two or three folds to right after a unit of length, as typed in plain text ("m²" and "km²"
/// fold to "m2" and "km2", "m³" to "m3"): folded as any other sign ('~'), an area would read as a volume. Elsewhere (a
/// footnote's mark, "85%²") it stays a sign. `folded` is the text folded so far.
fn power_of_length(c: char, folded: &[u8]) -> Option<u8> {
    let digit = match c {
        '²' => b'2',
        '³' => b'3',
        _ => return None,
    };
    // The letters right before it, a whole word: "500m³", "136,270 km²", not "năm²" (a footnote).
    let word = folded.rsplit(|b| !b.is_ascii_alphabetic()).next().unwrap_or_default();
    matches!(word, b"m" | b"km" | b"cm" | b"dm" | b"mm").then_some(digit)
}

/// The byte offset in the original of folded offset `i`, by the map `byte` (one past the end for an offset past it).
fn byte_at(byte: &[usize], i: usize) -> usize {
    byte.get(i).or(byte.last()).copied().unwrap_or(0)
}

/// The original text of folded range `start..end`, by the map `byte`.
fn original_between<'a>(original: &'a str, byte: &[usize], start: usize, end: usize) -> &'a str {
    original.get(byte_at(byte, start)..byte_at(byte, end)).unwrap_or("")
}

/// Lines wrapped inside a sentence (text copied from a PDF or a narrow page, "... 90% hồ sơ công việc\nđược xử lý
/// ...") are joined: a line break folds to a space when the line before ends without a sentence's or a clause's
/// punctuation and the next line opens with a lowercase letter or a figure that starts no list item ("a) ", "b. ",
/// "1. "); tables' rows (tabs, bars) are never joined. A line that opens with a capital is left: it may be a
/// heading's next line as well as a name ("Ủy ban", "GRDP") carried over.
fn join_wrapped_lines(text: &mut [u8], original: &str, byte: &[usize]) {
    // The original of folded `a..b` (tabs fold to spaces, so a table's row is seen in the original).
    let original_of = |a: usize, b: usize| original_between(original, byte, a, b);
    let row = |line: &str| line.contains(['\t', '|']);
    let width = wrap_width(original);
    let paragraphs = blank_line_paragraphs(original);
    let mut line_start = 0;
    for p in 0..text.len() {
        if text.get(p) != Some(&b'\n') {
            continue;
        }
        let prev = text.get(line_start..p).unwrap_or_default();
        let prev_original = original_of(line_start, p);
        line_start = p + 1;
        let prev_end = prev.iter().rposition(|c| *c != b' ').and_then(|i| prev.get(i)).copied();
        let next_end =
            text.get(p + 1..).and_then(|t| t.iter().position(|c| *c == b'\n')).map_or(text.len(), |i| p + 1 + i);
        if prev_end.is_none_or(|c| matches!(c, b'.' | b':' | b'!' | b'?')) || row(prev_original) {
            let sentence_end = prev_end.is_some_and(|c| matches!(c, b'.' | b'!' | b'?')) && !row(prev_original);
            let next_original = original_of(p + 1, next_end);
            // "Tổng diện tích gieo trồng hằng năm: 3.830 ha.\n(trong đó: Cây Ngô lai ... 2.700 ha; ...": the parts in
            // brackets of the total the sentence before ends with go on with it however the lines break
            // (xa_lo_ku_gia_lai, a development text, a sentence per line).
            let parts = next_original.trim_start().starts_with('(')
                && starts_with_words(
                    std::str::from_utf8(text.get(p + 1..next_end).unwrap_or_default()).unwrap_or(""),
                    "trong do",
                );
            let goes_on = parts
                || if paragraphs {
                    sentence_goes_on(prev_original, next_original)
                } else {
                    width.is_some_and(|w| sentence_wrapped_on(w, prev_original, next_original))
                };
            if sentence_end && goes_on {
                if let Some(c) = text.get_mut(p) {
                    *c = b' ';
                }
            }
            continue;
        }
        let next = text.get(p + 1..next_end).unwrap_or_default();
        let lead = next.iter().position(|c| *c != b' ').unwrap_or(next.len());
        let first_word = next.get(lead..).unwrap_or_default().split(|c| *c == b' ').next().unwrap_or_default();
        let marker = list_marker(first_word);
        // A figure may open the wrapped part too ("... đạt\n90%"), unless it numbers an item ("1. ", "2) ").
        let next_original = original_of(p + 1 + lead, next_end);
        let opens_inside = next_original.chars().next().is_some_and(|c| {
            c.is_lowercase()
                || (c.is_ascii_digit()
                    && (prev_end != Some(b';') || !opens_an_item(prev))
                    && figure_continues(prev, prev_end, next))
                || (carried_over(prev_end, next_original)
                    && width.is_some_and(|w| wrapped_at(w, prev_original, prev_end)))
                || (c.is_uppercase()
                    && prev_end == Some(b';')
                    && !opens_an_item(prev)
                    && next_original.chars().any(char::is_lowercase))
        });
        if opens_inside && !marker && !row(original_of(p + 1, next_end)) {
            if let Some(c) = text.get_mut(p) {
                *c = b' ';
            }
        }
    }
}

/// Whether a line (folded) opens with a bullet or a list's marker ("- ", "+ ", "a) ", "1. ").
fn opens_an_item(line: &[u8]) -> bool {
    let line = line.trim_ascii_start();
    let first_word = line.split(|c| *c == b' ').next().unwrap_or_default();
    matches!(line.first(), Some(b'-' | b'+' | b'*')) || list_marker(first_word)
}

/// Whether `word` (folded) numbers a list item: up to three digits ("1.", "12)"), a letter ("a)", "đ." folded) or a
/// Roman numeral ("ii.", "iv)") before a ")" or a ".". A word of a unit ending a sentence ("tấn.", "ha.") is no marker:
/// "... đạt 4.200\ntấn." is one sentence wrapped.
fn list_marker(word: &[u8]) -> bool {
    let Some((b')' | b'.', head)) = word.split_last() else { return false };
    match head {
        [] => false,
        [c] => c.is_ascii_alphanumeric(),
        _ => {
            head.len() <= 3
                && (head.iter().all(u8::is_ascii_digit) || head.iter().all(|c| matches!(c, b'i' | b'v' | b'x')))
        }
    }
}

/// The width a text was wrapped at, if it was (a PDF's text layer, a page copied from a narrow column): no line
/// longer than 130 characters, and most lines with words within 20 characters of the longest. A long line without a
/// space (a link, an image's address) cannot be wrapped and is left out (nghe_an_lam_nghiep_2030 wrapped at 80, a
/// development text); a short one (a table's cell, "|", "7,03") counts, as a line the text was not wrapped at.
fn wrap_width(original: &str) -> Option<usize> {
    let wrappable = |l: &&str| l.trim_start().contains(char::is_whitespace) || l.chars().count() <= 30;
    let lengths: Vec<usize> = original
        .lines()
        .map(str::trim_end)
        .filter(|l| !l.is_empty())
        .filter(wrappable)
        .map(|l| l.chars().count())
        .collect();
    let longest = lengths.iter().copied().max()?;
    let near = lengths.iter().filter(|&&n| n + 20 >= longest).count();
    (lengths.len() >= 5 && longest <= 130 && 2 * near >= lengths.len()).then_some(longest)
}

/// Whether a line of a text wrapped at `width` ends where the width did, in a word, a figure or after a comma: then
/// what opens the next line may go on with it ([`carried_over`]), not a heading. A line in capitals is a title, not
/// wrapped running text.
fn wrapped_at(width: usize, prev_original: &str, prev_end: Option<u8>) -> bool {
    let chars = prev_original.trim_end().chars().count();
    chars + 20 >= width
        && mostly_lowercase(prev_original)
        && prev_end.is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, b',' | b'%'))
}

/// Whether the sentence opening a line (original `next`) goes on with the paragraph of the line before (`prev`), which
/// ended a sentence, in a text wrapped at `width`: the next line's first word would not have fitted on the line before,
/// so the break is the wrapping's, not a paragraph's end ("... nỗ lực phấn đấu đạt được những kết quả quan\ntrọng. Sản
/// xuất ... rõ nét.\nTổng thu ngân sách ...", xa_phong_tho_lai_chau_2030 wrapped at 80, a development text; not "...
/// tầm nhìn đến năm 2030.\nQuảng Nam đặt ra ...", where "Quảng" fitted); and the next opens with a capital, no list's
/// marker.
fn sentence_wrapped_on(width: usize, prev: &str, next: &str) -> bool {
    let first_word = next.trim_start().split(char::is_whitespace).next().unwrap_or_default();
    // A few words a colon closes ("Kết quả 2025:") head what follows: no sentence goes on in them.
    let heading = next.trim_end().ends_with(':') && next.split_whitespace().count() <= 4;
    !heading
        && prev.trim_end().chars().count() + 1 + first_word.chars().count() > width
        && mostly_lowercase(prev)
        && next.trim_start().starts_with(char::is_uppercase)
        && mostly_lowercase(next)
        && !list_marker(first_word.as_bytes())
}

/// Whether `t` is running text rather than a title in capitals: more than three lowercase letters to each capital.
fn mostly_lowercase(t: &str) -> bool {
    let lower = t.chars().filter(|c| c.is_lowercase()).count();
    let upper = t.chars().filter(|c| c.is_uppercase()).count();
    lower > 3 * upper
}

/// Whether a text parts its paragraphs with blank lines (as most web pages arrive): then a single line break between
/// two sentences is inside a paragraph (a sentence per line).
fn blank_line_paragraphs(original: &str) -> bool {
    let lines: Vec<&str> = original.lines().collect();
    let blank = lines.iter().filter(|l| l.trim().is_empty()).count();
    blank >= 3 && 3 * blank >= lines.len().saturating_sub(blank)
}

/// Whether the sentence opening a line (original `next`) goes on with the paragraph of the line before, which ended
/// a sentence, in a text whose paragraphs are parted by blank lines: both lines are running text (30 characters or
/// more, mostly lowercase; the next opening with a capital and ending a sentence or a clause), not a heading, a
/// caption, a list's item or a title.
fn sentence_goes_on(prev: &str, next: &str) -> bool {
    let (prev, next) = (prev.trim(), next.trim());
    let running = |t: &str| mostly_lowercase(t) && t.chars().count() >= 30;
    let first_word = next.split(' ').next().unwrap_or_default();
    let marker = list_marker(first_word.as_bytes());
    running(prev)
        && running(next)
        && next.starts_with(char::is_uppercase)
        && next.ends_with(['.', '!', '?', ';', ':'])
        && !marker
        && !prev.starts_with(['-', '+', '*', '•'])
}

/// Whether a line (its original) may carry over the line before in a wrapped text, which ended with `prev_end`:
/// after a word, a name ("Luật Biển Việt\nNam năm 2012"), a bracket ("kinh tế\n(GRDP) năm 2025") or a quotation
/// mark; after a figure, its unit in capitals or without a vowel ("đạt 5,6 tỷ\nUSD", "chiếm 15%\nGRDP", "200\nMbps")
/// or the second figure of a range ("từ 12\n- 14 tỷ USD"), not a word opening a heading, a title or a sentence ("...
/// của tỉnh 2030\nNgày 10/12/2025", "... năm 2022\nKẾ HOẠCH").
fn carried_over(prev_end: Option<u8>, line: &str) -> bool {
    let Some(first) = line.chars().next() else { return false };
    if prev_end.is_some_and(|c| c.is_ascii_digit() || c == b'%') {
        let word = line.split(|c: char| !c.is_alphanumeric()).next().unwrap_or_default();
        // A unit is written in Latin letters without marks ("USD", "GRDP", "Mbps"); a title in capitals ("KẾ HOẠCH"
        // after a dateline) has no lowercase letter on its line.
        let unit = word.len() >= 2
            && word.chars().all(|c| c.is_ascii_alphanumeric())
            && word.starts_with(|c: char| c.is_ascii_uppercase())
            && (word.chars().all(|c| !c.is_ascii_lowercase()) || !word.chars().any(|c| "aeiouy".contains(c)))
            && line.chars().any(char::is_lowercase);
        let range = line
            .strip_prefix(['-', '–'])
            .is_some_and(|rest| rest.trim_start().starts_with(|c: char| c.is_ascii_digit()));
        unit || range
    } else {
        // Or a quotation's opening mark ("Chương trình\n“Mỗi xã một sản phẩm”", phu_tho_ocop_2026 wrapped, a
        // development text).
        first.is_uppercase() || matches!(first, '(' | '“' | '"' | '‘' | '«')
    }
}

/// Whether a line that opens with a figure continues the line before (folded): the line before is long and ends in
/// a word, a comma or a range's dash ("... phấn đấu đạt\n90% vào năm 2025", "đạt khoảng 1,5 -\n1,9%"), or the
/// figure line says more than its figure; a short label before a figure alone on its line ("+ Cấp tỉnh\n97%", "(trừ hồ
/// sơ mật)\n80%") is a table flattened to one cell per line.
/// A line that opens with a year's months counted ("9 tháng năm 2026, chỉ số ...", "6 tháng đầu năm 2026, ...") opens
/// a sentence: the line before is a title without a full stop ("Kinh tế năm 2026 tăng trưởng khá", a probe of 7 Dec
/// 2026), not a sentence it goes on with.
/// `prev_end` is the line before's last character other than a space.
fn figure_continues(prev: &[u8], prev_end: Option<u8>, next: &[u8]) -> bool {
    let words_after_figure = next.split(|c| *c == b' ').filter(|w| w.iter().any(u8::is_ascii_alphabetic)).count();
    (words_after_figure > 0
        || (prev.len() >= 40 && prev_end.is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, b',' | b'-'))))
        && !opens_with_months_of_a_year(next)
}

/// Whether folded `line` opens with a year's first months counted ([`months_counted`]) and the year: "9 thang nam
/// 2026", "6 thang dau nam 2026".
fn opens_with_months_of_a_year(line: &[u8]) -> bool {
    let line = std::str::from_utf8(line).unwrap_or("");
    let w: Vec<&str> = words(line).take(5).collect();
    let nam = w.iter().position(|w| *w == "nam");
    nam.is_some_and(|k| months_counted(w.get(..k).unwrap_or_default()) && w.get(k + 1).is_some_and(|y| year_word(y)))
}

/// Whether folded words `w` are only a year's first months counted: "11 thang", "trong 9 thang", "6 thang dau".
pub(crate) fn months_counted(w: &[&str]) -> bool {
    let w = w.strip_prefix(&["trong"]).unwrap_or(w);
    let counted = w.first().and_then(|n| n.parse::<u8>().ok()).is_some_and(|n| (1..=12).contains(&n));
    counted && w.get(1) == Some(&"thang") && matches!(w.get(2..), Some([] | ["dau"]))
}

/// Whether folded word `w` is four digits, as a year is written.
pub(crate) fn year_word(w: &str) -> bool {
    w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit())
}

/// `s[start..end]` or "" (the folded text is ASCII, so every offset is a boundary).
pub(crate) fn sub(s: &str, start: usize, end: usize) -> &str {
    s.get(start..end.min(s.len())).unwrap_or("")
}

/// The byte at `i`, or 0.
pub(crate) fn at(s: &str, i: usize) -> u8 {
    s.as_bytes().get(i).copied().unwrap_or(0)
}

/// Whether `needle` occurs at `i` as whole words (no letter or digit on either side).
pub(crate) fn word_at(s: &str, i: usize, needle: &str) -> bool {
    sub(s, i, i + needle.len()) == needle
        && (i == 0 || !at(s, i - 1).is_ascii_alphanumeric())
        && !at(s, i + needle.len()).is_ascii_alphanumeric()
}

/// Offsets of every whole-word occurrence of `needle` in `s`.
pub(crate) fn find_words<'s>(s: &'s str, needle: &'s str) -> impl Iterator<Item = usize> + 's {
    occurrences(s, needle).filter(move |&i| word_at(s, i, needle))
}

/// Offsets of the occurrences of `needle` in `s` that do not overlap, left to right (as
/// `str::match_indices` gives them; none for an empty needle). A scan for the needle's first byte
/// (memchr) and a comparison there: the reader looks for short needles in short lines tens of thousands of
/// times a megabyte, where setting up the standard library's two-way searcher for each search cost more than
/// the search (a tenth of the reader's instructions).
fn occurrences<'s>(s: &'s str, needle: &'s str) -> impl Iterator<Item = usize> + 's {
    let (hay, pat) = (s.as_bytes(), needle.as_bytes());
    let mut from = 0;
    std::iter::from_fn(move || {
        let &first = pat.first()?;
        loop {
            let i = from + memchr::memchr(first, hay.get(from..)?)?;
            if hay.get(i..i + pat.len()) == Some(pat) {
                from = i + pat.len();
                return Some(i);
            }
            from = i + 1;
        }
    })
}

/// Every whole-word occurrence of any of `needles` in `s`, in one pass over its words: (offset, index of
/// the needle). Faster than a search per needle when there are many.
pub(crate) fn find_any_words(s: &str, needles: &[&str]) -> Vec<(usize, usize)> {
    // The needles by their first byte, as sets of bits (up to 128 needles; more are tried one by one).
    let mut heads = [0u128; 128];
    let indexed = needles.len() <= 128;
    for (k, n) in needles.iter().enumerate().filter(|_| indexed) {
        if let Some(h) = n.as_bytes().first().and_then(|&c| heads.get_mut(usize::from(c))) {
            *h |= 1 << k;
        }
    }
    let b = s.as_bytes();
    let mut out = Vec::new();
    for i in 0..b.len() {
        let c = at(s, i);
        if !c.is_ascii_alphanumeric() || (i > 0 && at(s, i - 1).is_ascii_alphanumeric()) {
            continue;
        }
        if indexed {
            let mut set = heads.get(usize::from(c)).copied().unwrap_or(0);
            while set != 0 {
                let k = set.trailing_zeros() as usize;
                set &= set - 1;
                if needles.get(k).is_some_and(|n| word_at(s, i, n)) {
                    out.push((i, k));
                }
            }
        } else {
            for (k, n) in needles.iter().enumerate() {
                if n.as_bytes().first() == Some(&c) && word_at(s, i, n) {
                    out.push((i, k));
                }
            }
        }
    }
    out
}

/// The byte ranges (start, end) of the lines of `s`, without their "\n".
pub(crate) fn line_ranges(s: &str) -> Vec<(usize, usize)> {
    let mut start = 0;
    s.split('\n')
        .map(|line| {
            let range = (start, start + line.len());
            start += line.len() + 1;
            range
        })
        .collect()
}

/// The first whole-word occurrence of `needle`.
pub(crate) fn find_word(s: &str, needle: &str) -> Option<usize> {
    find_words(s, needle).next()
}

/// The words (runs of ASCII letters and digits) of `s`.
pub(crate) fn words(s: &str) -> Words<'_> {
    Words { s, at: 0 }
}

/// The last `n` of `words` joined by single spaces: the few words before a figure or a word, where a phrase is
/// looked for ("so với Nghị quyết đề ra", "diện tích cây chè 10.000 ha").
pub(crate) fn last_words(words: &[&str], n: usize) -> String {
    words.get(words.len().saturating_sub(n)..).unwrap_or_default().join(" ")
}

/// The iterator of [`words`]: a scan of bytes, where splitting at characters decoded each one (the reader's
/// texts are folded to ASCII; in WebAssembly the decoding was a tenth of the reader's time). A word starts
/// and ends at an ASCII byte, so every word is a slice at character boundaries whatever the text.
pub(crate) struct Words<'s> {
    s: &'s str,
    at: usize,
}

impl<'s> Iterator for Words<'s> {
    type Item = &'s str;

    fn next(&mut self) -> Option<&'s str> {
        let b = self.s.as_bytes();
        let start = self.at + b.get(self.at..)?.iter().position(u8::is_ascii_alphanumeric)?;
        let len = b.get(start..)?.iter().position(|c| !c.is_ascii_alphanumeric()).unwrap_or(b.len() - start);
        self.at = start + len;
        self.s.get(start..self.at)
    }
}

/// Whether `s`, trimmed, ends with `needle` as whole words.
pub(crate) fn ends_with_words(s: &str, needle: &str) -> bool {
    let t = s.trim_end_matches(|c: char| !c.is_ascii_alphanumeric());
    t.ends_with(needle) && {
        let i = t.len() - needle.len();
        i == 0 || !at(t, i - 1).is_ascii_alphanumeric()
    }
}

/// Whether `s`, trimmed, starts with `needle` as whole words.
pub(crate) fn starts_with_words(s: &str, needle: &str) -> bool {
    let t = s.trim_start_matches(|c: char| !c.is_ascii_alphanumeric());
    t.starts_with(needle) && !at(t, needle.len()).is_ascii_alphanumeric()
}

/// A four-digit year from 1990 to 2100 at the start of `s`.
pub(crate) fn year_at(s: &str) -> Option<i32> {
    let d = sub(s, 0, 4);
    if d.len() == 4 && d.bytes().all(|b| b.is_ascii_digit()) && !at(s, 4).is_ascii_digit() {
        d.parse().ok().filter(|y| (1990..=2100).contains(y))
    } else {
        None
    }
}

/// The year the last word of `s` is, when `s` has at most `max` words: a short heading's or a table header's year said
/// without "năm" ("Mục tiêu 2026", "Kết quả 2025", "Ước TH 2024").
pub(crate) fn year_ending(s: &str, max: usize) -> Option<i32> {
    let (count, last) = words(s).fold((0, None), |(n, _), w| (n + 1, Some(w)));
    (count <= max).then(|| last.and_then(year_at)).flatten()
}

/// Every "nam YYYY" in `s`: (offset of the year, year).
pub(crate) fn years_after_nam(s: &str) -> Vec<(usize, i32)> {
    find_words(s, "nam")
        .filter_map(|i| {
            let j = i + 3;
            let k = j + sub(s, j, s.len()).len() - sub(s, j, s.len()).trim_start().len();
            year_at(sub(s, k, s.len())).map(|y| (k, y))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every string of up to `max` characters over `alphabet`.
    fn strings(alphabet: &[char], max: usize) -> Vec<String> {
        let mut all = vec![String::new()];
        let mut last = vec![String::new()];
        for _ in 0..max {
            last = last.iter().flat_map(|s| alphabet.iter().map(move |c| format!("{s}{c}"))).collect();
            all.extend(last.iter().cloned());
        }
        all
    }

    #[test]
    fn a_glued_year_and_a_comma_after_its_space_fold_as_typed_well() {
        // A probe of 6 Dec 2026 (text typed with odd spacing).
        let f = Folded::new("Đến năm2026 ,tỷ lệ 95 ,5 và năm2026a, nam20261");
        assert_eq!(f.text, "den nam 2026, ty le 95 ,5 va nam2026a, nam20261");
        let year = f.text.find("2026").unwrap();
        assert_eq!(f.original(year - 4, year + 4), "năm2026");
        let comma = f.text.find(',').unwrap();
        assert_eq!(f.original(comma, comma + 4), " ,tỷ");
        assert_eq!(f.original(0, f.text.len()), "Đến năm2026 ,tỷ lệ 95 ,5 và năm2026a, nam20261");
    }

    #[test]
    fn a_lines_indentation_folds_to_nothing_and_a_rows_empty_cells_stay() {
        // A paragraph indented by a tab, spaces or a no-break space reads as it does flush left, and its offsets lead
        // back past the indentation.
        let f = Folded::new("\tĐến năm 2025: đạt 90%.\n    Tỷ lệ 80%\n\u{a0} Xã 70%\n \t \nTrên 5%");
        assert_eq!(f.text, "den nam 2025: dat 90%.\nty le 80%\nxa 70%\n\ntren 5%");
        assert_eq!(f.original(0, 3), "Đến");
        assert_eq!(f.char_offset(0), 1);
        let second = f.text.find("ty").unwrap();
        assert_eq!(f.original(second, second + 5), "Tỷ lệ");
        // A row whose first cells are empty keeps its tabs: they part its cells.
        let row = Folded::new("\t\tNăm 2025\tNăm 2030\n\tx\ty");
        assert_eq!(row.text, "  nam 2025 nam 2030\n x y");
        // Spaces before a row's tabs are an indentation all the same.
        assert_eq!(Folded::new("  a\tb").text, "a b");
    }

    /// Every string of up to six characters over a small alphabet (a two-byte letter, a space, a digit)
    /// against every needle of up to three: the memchr scan finds what `str::match_indices` finds.
    #[test]
    fn occurrences_are_the_standard_librarys_matches() {
        let alphabet = ['a', ' ', 'ă', '1'];
        let strings = |max: usize| strings(&alphabet, max);
        let needles: Vec<String> = strings(3).into_iter().filter(|n| !n.is_empty()).collect();
        for s in strings(6) {
            for n in &needles {
                let standard: Vec<usize> = s.match_indices(n.as_str()).map(|(i, _)| i).collect();
                assert_eq!(occurrences(&s, n).collect::<Vec<_>>(), standard, "{n:?} in {s:?}");
            }
        }
        assert_eq!(occurrences("aaa", "").count(), 0);
        assert_eq!(find_words("xa va xa, xa", "xa").collect::<Vec<_>>(), [0, 6, 10]);
    }

    /// Every string of up to six characters over letters, digits, a space, a comma and letters of two
    /// and three bytes: the byte scan gives the words splitting at characters gives.
    #[test]
    fn words_are_the_runs_splitting_at_characters_gives() {
        for s in strings(&['a', '1', ' ', ',', 'ă', 'ờ', '\u{301}'], 6) {
            let by_chars: Vec<&str> = s.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()).collect();
            assert_eq!(words(&s).collect::<Vec<_>>(), by_chars, "{s:?}");
        }
        assert_eq!(words("tỷ lệ 90%, xã").collect::<Vec<_>>(), ["t", "l", "90", "x"]);
        assert_eq!(words("ty le 90%, xa").last(), Some("xa"));
    }

    #[test]
    fn the_text_folds_letter_by_letter_with_spaces_and_signs_as_read() {
        assert_eq!(Folded::new("ĐỒNG Tháp 90%").text, "dong thap 90%");
        assert_eq!(Folded::new("dƣới 16%, NGƢỜI").text, "duoi 16%, nguoi");
        // A run of spaces is one space, a tab stays (it separates cells), "\r\n" ends a line as "\n" does.
        let f = Folded::new("đạt  \u{a0}90%\t\tcấp tỉnh\r\nnăm 2025\r");
        assert_eq!(f.text, "dat 90%  cap tinh\nnam 2025 ");
        assert_eq!(f.original(4, 7), "90%");
        assert_eq!(f.char_offset(4), 6);
        // "≥" and "≤" fold to two bytes that map back to the sign.
        let f = Folded::new("đạt ≥90%, ≤ 5%");
        assert_eq!(f.text, "dat >=90%, <= 5%");
        assert_eq!((f.original(4, 9), f.original(11, 13)), ("≥90%", "≤"));
        assert_eq!(f.char_offset(6), 5);
        // A square or a cube of a unit of length folds to its digit, as typed in plain text, and maps back to it;
        // elsewhere a superscript is a sign, as before.
        let f = Folded::new("136,270 km², 500m³, 30 m²/người");
        assert_eq!(f.text, "136,270 km2, 500m3, 30 m2/nguoi");
        assert_eq!((f.original(10, 11), f.original(17, 18)), ("²", "³"));
        assert_eq!(Folded::new("năm² đạt 85%³, tấm² 2025²").text, "nam~ dat 85%~, tam~ 2025~");
    }

    #[test]
    fn lines_wrapped_inside_a_sentence_are_joined() {
        let joined = |t: &str| Folded::new(t).text;
        // The parts in brackets of a total that ended the sentence before (xa_lo_ku_gia_lai, a development text, a
        // sentence per line); not a bracket of anything else, nor a line after one.
        assert_eq!(
            joined("Tổng diện tích: 3.830 ha.\n(trong đó: Lúa 40 ha).\nGia cầm: 5000 con."),
            "tong dien tich: 3.830 ha. (trong do: lua 40 ha).\ngia cam: 5000 con."
        );
        assert_eq!(
            joined("Tổng diện tích: 3.830 ha.\n(Ước đạt 40 ha)."),
            "tong dien tich: 3.830 ha.\n(uoc dat 40 ha)."
        );
        assert_eq!(joined("100% hồ sơ công việc cấp\ntỉnh được xử lý"), "100% ho so cong viec cap tinh duoc xu ly");
        assert_eq!(joined("hồ sơ công việc đạt\n90% vào năm 2025"), "ho so cong viec dat 90% vao nam 2025");
        // A title without a full stop before a sentence that opens with a year's months counted (a probe of 7 Dec
        // 2026).
        assert_eq!(
            joined("Kinh tế năm 2026 tăng trưởng khá\n9 tháng năm 2026, chỉ số IIP tăng 9,2%."),
            "kinh te nam 2026 tang truong kha\n9 thang nam 2026, chi so iip tang 9,2%."
        );
        assert_eq!(
            joined("Kinh tế tăng trưởng khá trong những tháng vừa qua\n6 tháng đầu năm 2026, xuất khẩu tăng 8%."),
            "kinh te tang truong kha trong nhung thang vua qua\n6 thang dau nam 2026, xuat khau tang 8%."
        );
        assert_eq!(joined("dịch vụ công đạt\n9 tháng liên tục"), "dich vu cong dat 9 thang lien tuc");
        assert_eq!(
            joined("tỷ lệ dịch vụ công trực tuyến có hồ sơ đạt\n90%."),
            "ty le dich vu cong truc tuyen co ho so dat 90%."
        );
        // In a text whose paragraphs are parted by blank lines, a sentence on a line of its own goes on with the
        // paragraph; a heading, a short line, a list's item or a text without blank lines keeps its lines.
        let paragraphs = "Tiêu đề\n\nTỉnh đề ra mục tiêu đến năm 2020 sẽ đón 1,6 triệu lượt khách du lịch.\n\
                          Trong đó, 1,4 triệu lượt khách nội địa, 200 nghìn lượt khách quốc tế.\n\
                          Mục tiêu cụ thể\n- Tổng thu từ du lịch đạt 900 tỷ đồng.\n\nĐoạn hai.\n\nĐoạn ba.\n";
        let text = joined(paragraphs);
        assert!(text.contains("du lich. trong do, 1,4"), "{text}");
        assert!(text.contains("quoc te.\nmuc tieu cu the\n- tong thu"), "{text}");
        assert!(joined(&paragraphs.replace("\n\n", "\n")).contains("du lich.\ntrong do"));
        // A range's second figure after its dash at the end of a long line.
        assert_eq!(
            joined("tỷ lệ đất xây dựng trên tổng diện tích đất tự nhiên đạt khoảng 1,5 -\n1,9%."),
            "ty le dat xay dung tren tong dien tich dat tu nhien dat khoang 1,5 - 1,9%."
        );
        // A figure alone on its line after a short label is a table's cell, one per line.
        assert_eq!(joined("+ Cấp tỉnh\n97%\n95%"), "+ cap tinh\n97%\n95%");
        // A few words a colon closes head what follows, in a short text of short lines that reads as wrapped (a
        // probe of 6 Dec 2026): "Kết quả 2025:" was joined to the list item before it, and its results were that
        // list's.
        let list =
            "Mục tiêu 2026:\n- Tỷ lệ hồ sơ trực tuyến đạt 85%.\n- Thu ngân sách đạt 45 tỷ đồng.\nKết quả 2025:\n\
                    - Tỷ lệ hồ sơ trực tuyến đạt 78%.\n";
        assert!(joined(list).contains("45 ty dong.\nket qua 2025:\n"), "{}", joined(list));
        assert_eq!(joined("(trừ hồ sơ mật)\n80%"), "(tru ho so mat)\n80%");
        // Punctuation ends a line; list items, capitals and tables' rows open their own.
        assert_eq!(joined("Mục tiêu:\nđến năm 2025"), "muc tieu:\nden nam 2025");
        assert_eq!(joined("Mục tiêu cụ thể\na) Đến năm 2025"), "muc tieu cu the\na) den nam 2025");
        assert_eq!(joined("Mục tiêu cụ thể\n1. Đến năm 2025"), "muc tieu cu the\n1. den nam 2025");
        assert_eq!(joined("Nhiệm vụ\nii. Đến năm 2025"), "nhiem vu\nii. den nam 2025");
        // A unit ending the sentence on the next line is no list's marker.
        assert_eq!(
            joined("sản lượng lương thực đạt 4.200\ntấn. Giá trị"),
            "san luong luong thuc dat 4.200 tan. gia tri"
        );
        assert_eq!(joined("KẾ HOẠCH\nChuyển đổi số"), "ke hoach\nchuyen doi so");
        assert_eq!(joined("Chỉ tiêu\tNăm 2025\n90%\t95%"), "chi tieu nam 2025\n90% 95%");
        assert_eq!(joined("| Chỉ tiêu | Năm 2025\n| 90% | 95% |"), "| chi tieu | nam 2025\n| 90% | 95% |");
        // A ";" ends a clause, not the sentence: a lowercase line after it goes on with the sentence, and so does a
        // figure or a capital opening the next line (each clause on a line of its own, as web pages break them), but
        // after a bulleted line, whose items are each on their own.
        assert_eq!(
            joined("Nhiệm kỳ 2025-2030, xã phấn đấu;\nthu nhập đạt 100 triệu đồng"),
            "nhiem ky 2025-2030, xa phan dau; thu nhap dat 100 trieu dong"
        );
        assert_eq!(
            joined("- 90% hồ sơ công việc cấp tỉnh;\n80% cấp huyện"),
            "- 90% ho so cong viec cap tinh;\n80% cap huyen"
        );
        assert_eq!(
            joined("đất lâm nghiệp (gồm: 171.062 ha rừng đặc dụng;\n370.405 ha rừng phòng hộ;\nLúa nước 40 ha)"),
            "dat lam nghiep (gom: 171.062 ha rung dac dung; 370.405 ha rung phong ho; lua nuoc 40 ha)"
        );
        assert_eq!(joined("a) Cây lúa 40 ha;\nCây mía 370 ha"), "a) cay lua 40 ha;\ncay mia 370 ha");
        assert_eq!(joined("Cây lúa 40 ha;\nKẾ HOẠCH"), "cay lua 40 ha;\nke hoach");
        // Every line of a text wrapped at a width ends near it: there a capital opening the next line goes on with a
        // name ("Việt\nNam"); a short line, or one ending in a figure, is not wrapped.
        let wrapped = "Phạm vi ranh giới quy hoạch tỉnh bao gồm toàn bộ phần lãnh thổ đất liền và\n\
                       phần không gian biển được xác định theo quy định của Luật Biển Việt\n\
                       Nam năm 2012, Nghị định số 40/2016/NĐ-CP ngày 15/5/2016 của Chính phủ quy\n\
                       định chi tiết thi hành một số điều của Luật Tài nguyên, môi trường biển.\n\
                       Nghị quyết về Kế hoạch phát triển Kinh tế - Xã hội 5 năm 2026 - 2030 của tỉnh 2030\n\
                       Ngày 10/12/2025, Hội đồng nhân dân tỉnh vừa ban hành Nghị quyết số 291.\n\
                       Mục tiêu chung\nTập trung phát triển công nghiệp.";
        let text = joined(wrapped);
        assert!(text.contains("luat bien viet nam nam 2012"), "{text}");
        assert!(text.contains("2030\nngay") && text.contains("291.\nmuc tieu chung\ntap"), "{text}");
        // A sentence's end is no paragraph's where the next line's first word would not have fitted on its line
        // (xa_phong_tho_lai_chau_2030 wrapped at 80, a development text); a short last line ends its paragraph.
        assert!(sentence_wrapped_on(78, &format!("{} rõ nét.", "a".repeat(71)), "Tổng thu ngân sách và doanh thu"));
        assert!(!sentence_wrapped_on(78, &format!("{} năm 2030.", "a".repeat(60)), "Quảng Nam đặt ra những"));
        assert!(!sentence_wrapped_on(78, &format!("{} rõ nét.", "a".repeat(71)), "1. Tổng thu ngân sách"));
        // So does a quotation opening the next line (phu_tho_ocop_2026 wrapped at 80, a development text).
        let quoted = "Theo kết quả tổng hợp của Hội đồng đánh giá, phân hạng sản phẩm Chương trình\n\
                      “Mỗi xã một sản phẩm” (OCOP) tỉnh, trong đợt 1 năm 2025, toàn tỉnh có thêm 64\n\
                      sản phẩm được công nhận đạt chuẩn OCOP từ 3 sao trở lên. Trong đó, có 10 sản\n\
                      phẩm đạt chuẩn 4 sao và 54 sản phẩm đạt chuẩn 3 sao. Các sản phẩm được đánh\n\
                      giá, phân hạng là những sản phẩm đặc trưng, có thế mạnh, gắn với bản sắc văn hóa.";
        assert!(joined(quoted).contains("chuong trinh \"moi xa"), "{}", joined(quoted));
        // After a figure, its unit goes on (in Latin capitals, or without a vowel) and a range's second figure; a
        // title in capitals does not.
        let dateline = "Trà Vinh, ngày 12 tháng 7 năm 2022\nKẾ HOẠCH\n";
        let figures = "kinh tế số của tỉnh đến năm 2030 chiếm 15%\nGRDP; tốc độ truy cập mạng cho cơ quan đạt 200\n\
                       Mbps, tổng vốn đầu tư toàn xã hội đạt từ 12\n- 14 tỷ đồng cho giai đoạn 2026 - 2030.\n";
        let text = joined(&format!("{}{}", dateline, figures.repeat(2)));
        assert!(text.contains("2022\nke hoach"), "{text}");
        assert!(text.contains("15% grdp") && text.contains("200 mbps") && text.contains("tu 12 - 14"), "{text}");
        // A line without a space (an image's address) does not hide the width the others were wrapped at
        // (nghe_an_lam_nghiep_2030 wrapped at 80, a development text).
        let link = format!("{wrapped}\n![](https://media.example.vn/{}.jpg)\n", "anh-rung".repeat(20));
        assert_eq!(wrap_width(&link), wrap_width(wrapped));
        assert!(wrap_width(wrapped).is_some());
        // A text whose lines run long (a web page's paragraphs) is not wrapped: a line's end is its own.
        assert_eq!(
            joined(&format!("{} Việt\nNam năm 2012", "Phạm vi ranh giới quy hoạch tỉnh bao gồm toàn bộ ".repeat(4)))
                .matches('\n')
                .count(),
            1
        );
        // The offsets still map to the original.
        let f = Folded::new("đạt\n90%");
        assert_eq!(f.original(4, 7), "90%");
    }

    #[test]
    fn any_of_many_words_in_one_pass() {
        let found = find_any_words("da dat 80, hien nay va da co; xa hoi", &["da dat", "hien nay", "da co", "xa"]);
        assert_eq!(found, vec![(0, 0), (11, 1), (23, 2), (30, 3)]);
        assert!(find_any_words("dadat", &["da"]).is_empty());
        assert_eq!(find_any_words("da dat", &["dat", "da dat", "da"]), vec![(0, 1), (0, 2), (3, 0)]);
        // More needles than the first-byte index holds: the same places, in the same order.
        let many: Vec<String> = (0..200).map(|k| format!("w{k}")).collect();
        let mut needles: Vec<&str> = many.iter().map(String::as_str).collect();
        needles.extend(["da dat", "hien nay", "da co", "xa"]);
        let found = find_any_words("da dat 80, hien nay va da co; xa hoi w7 w150", &needles);
        assert_eq!(found, vec![(0, 200), (11, 201), (23, 202), (30, 203), (37, 7), (40, 150)]);
    }
}
