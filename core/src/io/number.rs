//! Reading numbers and amounts written the Vietnamese way.
//!
//! Vietnamese writes `11,5` for 11.5 and `477.905` for 477,905: the comma is the decimal mark and the
//! dot groups thousands. Spreadsheets exported with English settings write `0.9` and `1,060.5`. The
//! reader accepts both and decides by shape, Vietnamese first:
//!
//! - both marks present: the last one is the decimal mark (`1.060,5`, `1,060.5`);
//! - several of one mark: they group thousands (`1.000.000`, `1,000,000`);
//! - one comma: decimal mark (`11,5`, `0,9`);
//! - one dot followed by exactly three digits after a non-zero integer part: grouping (`477.905`,
//!   `1.060`); otherwise a decimal mark (`0.9`, `11.5`, `0.905`).
//!
//! Values are exact ([`Decimal`]); amounts of money are integer đồng ([`Dong`]).
//!
//! ```
//! use chitieu::io::number::{parse_number, parse_amount};
//! assert_eq!(parse_number("11,5").unwrap().to_f64(), 11.5);
//! assert_eq!(parse_number("477.905").unwrap().to_f64(), 477_905.0);
//! assert_eq!(parse_amount("1.060,5 tỷ đồng").unwrap().0, 1_060_500_000_000);
//! ```

use std::fmt;

use crate::error::ChitieuError;
use crate::io::letters;
use crate::model::budget::Dong;

/// Why a number or an amount could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum NumberError {
    /// Nothing but white space.
    #[error("empty number: expected digits such as \"11,5\" or \"477.905\"")]
    Empty,
    /// Characters that are not part of a number.
    #[error("cannot read {text:?} as a number: {reason}; expected digits with \",\" or \".\" as in \"11,5\", \"477.905\", \"1.060,5\"")]
    Malformed {
        /// The input.
        text: String,
        /// What is wrong with it.
        reason: &'static str,
    },
    /// Too many digits to hold exactly.
    #[error("{text:?} has too many digits to hold exactly (at most 30 significant digits)")]
    TooLarge {
        /// The input.
        text: String,
    },
    /// An amount with a word for its scale that is not known.
    #[error("unknown money unit {unit:?} in {text:?}; expected đồng, nghìn/ngàn đồng, triệu đồng or tỷ đồng")]
    UnknownScale {
        /// The input.
        text: String,
        /// The words after the number.
        unit: String,
    },
    /// An amount that does not come to a whole number of đồng, or is out of range.
    #[error("{text:?} is not a whole number of đồng within ±9.2e18")]
    NotWholeDong {
        /// The input.
        text: String,
    },
}

impl ChitieuError for NumberError {
    fn code(&self) -> &'static str {
        match self {
            Self::Empty => "empty_number",
            Self::Malformed { .. } => "malformed_number",
            Self::TooLarge { .. } => "number_too_large",
            Self::UnknownScale { .. } => "unknown_money_unit",
            Self::NotWholeDong { .. } => "not_whole_dong",
        }
    }
}

/// An exact decimal number: `mantissa × 10^-scale`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Decimal {
    /// The digits as an integer, with sign.
    pub mantissa: i128,
    /// How many of those digits are after the decimal mark.
    pub scale: u32,
}

impl Decimal {
    /// The nearest `f64`.
    pub fn to_f64(self) -> f64 {
        // Through the decimal string, so that 11,5 is exactly the f64 nearest 11.5. Read by serde_json's
        // reader (with `float_roundtrip`, the nearest f64, as `str::parse` gives), which every WebAssembly
        // module has for JSON: the standard library's reader would add its own, and its 10 KB table.
        serde_json::from_str(&self.to_string()).unwrap_or(f64::NAN)
    }

    /// The value times `10^exp`, exactly, if it is a whole number that fits in an `i64`.
    pub fn scaled_to_integer(self, exp: u32) -> Option<i64> {
        let mut m = self.mantissa;
        let mut scale = self.scale;
        let mut exp = exp;
        while exp > 0 && scale > 0 {
            exp -= 1;
            scale -= 1;
        }
        m = m.checked_mul(10i128.checked_pow(exp)?)?;
        let div = 10i128.checked_pow(scale)?;
        if m % div != 0 {
            return None;
        }
        i64::try_from(m / div).ok()
    }
}

impl fmt::Display for Decimal {
    /// Plain decimal with a dot (`1060.5`), the form `f64` parsing and JSON use.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let digits = self.mantissa.unsigned_abs().to_string();
        let sign = if self.mantissa < 0 { "-" } else { "" };
        let scale = self.scale as usize;
        if scale == 0 {
            return write!(f, "{sign}{digits}");
        }
        let padded = format!("{digits:0>width$}", width = scale + 1);
        let (int, frac) = padded.split_at(padded.len() - scale);
        write!(f, "{sign}{int}.{frac}")
    }
}

/// Characters that spreadsheets and web pages put inside numbers as spacing.
fn is_number_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{00A0}' | '\u{2009}' | '\u{202F}' | '\u{200B}' | '\'')
}

/// Reads a Vietnamese- or English-formatted number (see the module docs for the rules).
/// A leading sign and white space (also non-breaking and thin spaces) are allowed; a trailing `%` is
/// not (use [`parse_percent`]).
pub fn parse_number(text: &str) -> Result<Decimal, NumberError> {
    let malformed = |reason| NumberError::Malformed { text: text.to_owned(), reason };
    let cleaned: String = text.chars().filter(|c| !is_number_space(*c)).collect();
    if cleaned.is_empty() {
        return Err(NumberError::Empty);
    }
    let (negative, body) = match cleaned.strip_prefix(['-', '−']) {
        Some(rest) => (true, rest),
        None => (false, cleaned.strip_prefix('+').unwrap_or(&cleaned)),
    };
    if body.is_empty() {
        return Err(malformed("a sign with no digits"));
    }
    if let Some(bad) = body.chars().find(|c| !(c.is_ascii_digit() || *c == '.' || *c == ',')) {
        let _ = bad;
        return Err(malformed("it contains characters other than digits, \",\" and \".\""));
    }
    let dots = body.matches('.').count();
    let commas = body.matches(',').count();
    let decimal_mark = match (dots, commas) {
        (0, 0) => None,
        (_, 0) if dots > 1 => None,
        (0, _) if commas > 1 => None,
        (0, 1) => Some(','),
        (1, 0) => {
            let (int, frac) = body.split_once('.').unwrap_or((body, ""));
            let int_nonzero = !int.trim_start_matches('0').is_empty();
            if frac.len() == 3 && int_nonzero && int.len() <= 3 {
                None
            } else {
                Some('.')
            }
        }
        _ => {
            let last_dot = body.rfind('.');
            let last_comma = body.rfind(',');
            if last_dot > last_comma {
                Some('.')
            } else {
                Some(',')
            }
        }
    };
    let (int_part, frac_part) = match decimal_mark {
        Some(mark) => {
            let (i, f) = body.rsplit_once(mark).unwrap_or((body, ""));
            if f.contains(['.', ',']) {
                return Err(malformed("a grouping mark after the decimal mark"));
            }
            (i, f)
        }
        None => (body, ""),
    };
    if int_part.is_empty() && frac_part.is_empty() {
        return Err(malformed("no digits"));
    }
    if decimal_mark.is_some() && frac_part.is_empty() {
        return Err(malformed("a decimal mark with no digits after it"));
    }
    // Grouped integer parts must group by three: "1.000.000", not "1.00.000".
    let group_mark = match decimal_mark {
        Some('.') => Some(','),
        Some(_) => Some('.'),
        None if dots > 0 => Some('.'),
        None if commas > 0 => Some(','),
        None => None,
    };
    let mut int_digits = String::with_capacity(int_part.len());
    if let Some(g) = group_mark.filter(|g| int_part.contains(*g)) {
        let mut groups = int_part.split(g);
        let first = groups.next().unwrap_or("");
        if first.is_empty() || first.len() > 3 {
            return Err(malformed("thousands groups must have three digits"));
        }
        int_digits.push_str(first);
        for group in groups {
            if group.len() != 3 {
                return Err(malformed("thousands groups must have three digits"));
            }
            int_digits.push_str(group);
        }
    } else {
        int_digits.push_str(int_part);
    }
    if int_digits.contains(['.', ',']) {
        return Err(malformed("mixed grouping marks"));
    }
    let all: String = format!("{int_digits}{frac_part}");
    let significant = all.trim_start_matches('0');
    if significant.len() > 30 {
        return Err(NumberError::TooLarge { text: text.to_owned() });
    }
    let magnitude: i128 = if significant.is_empty() {
        0
    } else {
        significant.parse().map_err(|_| NumberError::TooLarge { text: text.to_owned() })?
    };
    let scale = u32::try_from(frac_part.len()).map_err(|_| NumberError::TooLarge { text: text.to_owned() })?;
    Ok(Decimal { mantissa: if negative { -magnitude } else { magnitude }, scale })
}

/// Reads a percentage: a number with an optional `%` sign (`"90%"`, `"90,5 %"`). Returns the number of
/// percent (90.5), not a fraction.
pub fn parse_percent(text: &str) -> Result<Decimal, NumberError> {
    let trimmed = text.trim_end_matches(is_number_space);
    parse_number(trimmed.strip_suffix('%').unwrap_or(trimmed))
}

/// Reads an amount of money into integer đồng: a number followed by `đồng`, `nghìn đồng`, `ngàn đồng`,
/// `triệu đồng`, `tỷ đồng` (or `tỉ`), with `đồng` optional after a scale word and `VNĐ`, `VND`, `đ` accepted
/// for `đồng`. Case, spacing and the words' marks do not matter: `triệu đồng` typed decomposed (NFD) or
/// without its marks (`trieu dong`, as a keyboard without Vietnamese input writes it) is the same.
/// An amount said in a larger scale then smaller ones is one amount: `388 tỷ 774 triệu đồng`, `1 tỷ 051 triệu`,
/// `5 triệu 500 nghìn đồng` (each part after the first a whole number below 1.000, the scales falling).
///
/// ```
/// use chitieu::io::number::parse_amount;
/// assert_eq!(parse_amount("388 tỷ 774 triệu đồng").unwrap().0, 388_774_000_000);
/// ```
pub fn parse_amount(text: &str) -> Result<Dong, NumberError> {
    let trimmed = text.trim_matches(is_number_space);
    let split = trimmed
        .char_indices()
        .find(|(_, c)| !(c.is_ascii_digit() || matches!(c, '.' | ',' | '-' | '+' | '−') || is_number_space(*c)))
        .map_or(trimmed.len(), |(i, _)| i);
    let (number_text, unit_text) = trimmed.split_at(split);
    let number = parse_number(number_text)?;
    let not_whole = || NumberError::NotWholeDong { text: text.to_owned() };
    let unknown = || NumberError::UnknownScale { text: text.to_owned(), unit: unit_text.trim().to_owned() };
    // Folded: "đồng" typed decomposed (NFD), in capitals or without its marks ("dong") is the same word.
    let unit = letters::fold(unit_text).split_whitespace().collect::<Vec<_>>().join(" ");
    let exp = match unit.as_str() {
        "" | "dong" | "d" | "vnd" => 0,
        "nghin" | "ngan" | "nghin dong" | "ngan dong" | "nghin d" | "ngan d" => 3,
        "trieu" | "trieu dong" | "trieu d" | "tr" | "tr dong" => 6,
        "ty" | "ti" | "ty dong" | "ti dong" | "ty d" | "ti d" => 9,
        _ => {
            let (first, parts) = smaller_parts(&unit).ok_or_else(unknown)?;
            let whole = number.scaled_to_integer(first).ok_or_else(not_whole)?;
            let sum = parts.iter().try_fold(whole, |sum, &(n, exp)| {
                let part = n.checked_mul(10_i64.checked_pow(exp)?)?;
                if number.mantissa < 0 {
                    sum.checked_sub(part)
                } else {
                    sum.checked_add(part)
                }
            });
            return sum.map(Dong).ok_or_else(not_whole);
        }
    };
    number.scaled_to_integer(exp).map(Dong).ok_or_else(not_whole)
}

/// The scale of a word (folded) that scales an amount: nghìn (ngàn), triệu (tr), tỷ (tỉ).
fn scale_of(word: &str) -> Option<u32> {
    match word {
        "nghin" | "ngan" => Some(3),
        "trieu" | "tr" => Some(6),
        "ty" | "ti" => Some(9),
        _ => None,
    }
}

/// The words after an amount's first number (folded, single spaces) when they go on with smaller parts: its scale,
/// then whole numbers below 1.000 each with a smaller scale, then "đồng" or nothing ("ty 774 trieu dong"). Returns
/// the first scale and the parts, each (number, scale).
fn smaller_parts(unit: &str) -> Option<(u32, Vec<(i64, u32)>)> {
    let mut words = unit.split(' ').peekable();
    let first = scale_of(words.next()?)?;
    let mut last = first;
    let mut parts = Vec::new();
    while let Some(word) = words.next() {
        if matches!(word, "dong" | "d" | "vnd") && words.peek().is_none() {
            break;
        }
        let n: i64 = word.parse().ok().filter(|n| (0..1000).contains(n) && word.bytes().all(|b| b.is_ascii_digit()))?;
        let exp = words.next().and_then(scale_of).filter(|&exp| exp < last)?;
        parts.push((n, exp));
        last = exp;
    }
    (!parts.is_empty()).then_some((first, parts))
}

/// Writes `value` the Vietnamese way, with the fewest digits that read back to the same `f64`: a comma
/// for the decimal mark and dots grouping thousands (`90,5`, `1.234.567,25`, `-0,125`). [`parse_number`]
/// reads it back exactly. Non-finite values are written as Rust writes them (`NaN`, `inf`).
///
/// ```
/// use chitieu::io::number::{parse_number, write_vietnamese};
/// assert_eq!(write_vietnamese(90.5), "90,5");
/// assert_eq!(write_vietnamese(1234567.25), "1.234.567,25");
/// assert_eq!(parse_number(&write_vietnamese(0.1 + 0.2)).unwrap().to_f64(), 0.1 + 0.2);
/// ```
pub fn write_vietnamese(value: f64) -> String {
    if !value.is_finite() {
        return value.to_string();
    }
    vietnamese_marks(&value.to_string())
}

/// Writes `value` rounded to at most `decimals` places, trailing zeros dropped, the Vietnamese way
/// (`write_vietnamese_rounded(90.456, 1)` is `90,5`), for tables and reports.
pub fn write_vietnamese_rounded(value: f64, decimals: usize) -> String {
    if !value.is_finite() {
        return value.to_string();
    }
    vietnamese_marks(&rounded(value, decimals))
}

/// `value` rounded to at most `decimals` places with a dot, trailing zeros dropped (`-0` as `0`). Halves
/// round away from zero on the number as written (`101.25` to one place is `101.3`), as people round.
pub fn rounded(value: f64, decimals: usize) -> String {
    let s = half_away_from_zero(value, decimals).unwrap_or_else(|| format!("{value:.decimals$}"));
    let s = if s.contains('.') { s.trim_end_matches('0').trim_end_matches('.').to_owned() } else { s };
    if s == "-0" {
        "0".to_owned()
    } else {
        s
    }
}

/// Rounds the shortest decimal form of `value` to `decimals` places, halves away from zero; `None` when it
/// does not fit the exact arithmetic (then the caller formats as Rust does).
fn half_away_from_zero(value: f64, decimals: usize) -> Option<String> {
    // Rust writes a dot for the decimal mark and nothing else: `90.456` is never grouping here.
    let plain = value.to_string();
    let (sign, digits) = plain.strip_prefix('-').map_or((1, plain.as_str()), |d| (-1, d));
    let (int, frac) = digits.split_once('.').unwrap_or((digits, ""));
    let mantissa: i128 = format!("{int}{frac}").parse().ok()?;
    let d = Decimal { mantissa: sign * mantissa, scale: u32::try_from(frac.len()).ok()? };
    let keep = u32::try_from(decimals).ok()?;
    if d.scale <= keep {
        return Some(d.to_string());
    }
    let div = 10i128.checked_pow(d.scale - keep)?;
    let (q, r) = (d.mantissa / div, d.mantissa % div);
    let q = if r.unsigned_abs() * 2 >= div.unsigned_abs() { q + d.mantissa.signum() } else { q };
    Some(Decimal { mantissa: q, scale: keep }.to_string())
}

/// A plain decimal (`-1234.5`) with the Vietnamese marks (`-1.234,5`).
fn vietnamese_marks(plain: &str) -> String {
    let (sign, digits) = plain.strip_prefix('-').map_or(("", plain), |d| ("-", d));
    let (int, frac) = digits.split_once('.').unwrap_or((digits, ""));
    let mut grouped = String::with_capacity(int.len() + int.len() / 3);
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push('.');
        }
        grouped.push(c);
    }
    if frac.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped},{frac}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(s: &str) -> f64 {
        parse_number(s).map(Decimal::to_f64).unwrap_or(f64::NAN)
    }

    proptest::proptest! {
        /// The nearest f64, as the standard library's reader gives it, for any decimal the reader makes
        /// (at most 30 significant digits).
        #[test]
        fn to_f64_is_the_nearest(mantissa in -(10i128.pow(30) - 1)..10i128.pow(30), scale in 0u32..32) {
            let d = Decimal { mantissa, scale };
            proptest::prop_assert_eq!(d.to_f64().to_bits(), d.to_string().parse::<f64>().unwrap().to_bits());
        }
    }

    #[test]
    fn to_f64_of_hard_cases() {
        // 2^53 + 1 (halfway between two f64: to the even one), 0.1, thirty digits, thirty places, a negative amount.
        let cases = [
            (9_007_199_254_740_993, 0, "9007199254740993"),
            (1, 1, "0.1"),
            (10i128.pow(30) - 1, 0, "999999999999999999999999999999"),
            (1, 30, "0.000000000000000000000000000001"),
            (-656, 1, "-65.6"),
        ];
        for (mantissa, scale, text) in cases {
            let d = Decimal { mantissa, scale };
            assert_eq!(d.to_string(), text);
            assert_eq!(d.to_f64().to_bits(), text.parse::<f64>().unwrap().to_bits(), "{text}");
        }
        assert_eq!(Decimal { mantissa: 9_007_199_254_740_993, scale: 0 }.to_f64(), 9_007_199_254_740_992.0);
    }

    #[test]
    fn vietnamese_and_english_shapes() {
        assert_eq!(n("11,5"), 11.5);
        assert_eq!(n("477.905"), 477_905.0);
        assert_eq!(n("1.060,5"), 1060.5);
        assert_eq!(n("1,060.5"), 1060.5);
        assert_eq!(n("1.000.000"), 1_000_000.0);
        assert_eq!(n("1,000,000"), 1_000_000.0);
        assert_eq!(n("0.9"), 0.9);
        assert_eq!(n("0,9"), 0.9);
        assert_eq!(n("0.905"), 0.905);
        assert_eq!(n("11.5"), 11.5);
        assert_eq!(n(" 90 "), 90.0);
        assert_eq!(n("\u{a0}1\u{202f}000"), 1000.0);
        assert_eq!(n("-2,5"), -2.5);
        assert_eq!(n("1234.567"), 1234.567);
    }

    #[test]
    fn exactness() {
        assert_eq!(parse_number("267,5"), Ok(Decimal { mantissa: 2675, scale: 1 }));
        assert_eq!(parse_number("1.060,5").map(|d| d.to_string()), Ok("1060.5".to_owned()));
        assert_eq!(parse_number("0,05").map(|d| d.to_string()), Ok("0.05".to_owned()));
    }

    #[test]
    fn rejects_what_is_not_a_number() {
        assert_eq!(parse_number("  "), Err(NumberError::Empty));
        for bad in ["abc", "1.00.000", "1,2,3", "12,", "-", "1.2.3,4,5", "5%", "1.000,5.5"] {
            assert!(parse_number(bad).is_err(), "{bad} should be rejected");
        }
        assert_eq!(parse_number("9".repeat(40).as_str()).map_err(|e| e.code()), Err("number_too_large"));
    }

    #[test]
    fn percents() {
        assert_eq!(parse_percent("90%").map(Decimal::to_f64), Ok(90.0));
        assert_eq!(parse_percent("90,5 %").map(Decimal::to_f64), Ok(90.5));
        assert_eq!(parse_percent("0.9").map(Decimal::to_f64), Ok(0.9));
    }

    #[test]
    fn amounts() {
        assert_eq!(parse_amount("477.905 triệu đồng"), Ok(Dong(477_905_000_000)));
        assert_eq!(parse_amount("1.060,5 tỷ đồng"), Ok(Dong(1_060_500_000_000)));
        assert_eq!(parse_amount("267,5 tỷ"), Ok(Dong(267_500_000_000)));
        assert_eq!(parse_amount("20.000 triệu đồng"), Ok(Dong(20_000_000_000)));
        // Decomposed (NFD) scale words read as composed ones.
        assert_eq!(parse_amount("20.000 trie\u{323}\u{302}u đo\u{302}\u{300}ng"), Ok(Dong(20_000_000_000)));
        assert_eq!(parse_amount("  4.970   Triệu   Đồng "), Ok(Dong(4_970_000_000)));
        // Without marks, in capitals, with a tab: the same words.
        assert_eq!(parse_amount("3 trieu dong"), Ok(Dong(3_000_000)));
        assert_eq!(parse_amount("2 TỶ\tĐỒNG"), Ok(Dong(2_000_000_000)));
        assert_eq!(parse_amount("1,5 tỉ đ"), Ok(Dong(1_500_000_000)));
        assert_eq!(parse_amount("150.000 VNĐ"), Ok(Dong(150_000)));
        assert_eq!(parse_amount("150.000đ"), Ok(Dong(150_000)));
        assert_eq!(parse_amount("5 nghìn đồng"), Ok(Dong(5_000)));
        assert_eq!(parse_amount("0,5 đồng").map_err(|e| e.code()), Err("not_whole_dong"));
        assert_eq!(parse_amount("5 đô la").map_err(|e| e.code()), Err("unknown_money_unit"));
        assert_eq!(parse_amount("99999999999 tỷ đồng").map_err(|e| e.code()), Err("not_whole_dong"));
        // A larger scale then smaller ones (xa_dak_lieng_dak_lak_2024, a development text of the reader's corpus).
        assert_eq!(parse_amount("388 tỷ 774 triệu đồng"), Ok(Dong(388_774_000_000)));
        assert_eq!(parse_amount("1 tỷ 051 triệu"), Ok(Dong(1_051_000_000)));
        assert_eq!(parse_amount("2 tỷ 300 triệu 500 nghìn đồng"), Ok(Dong(2_300_500_000)));
        assert_eq!(parse_amount("5 trieu 500 ngan dong"), Ok(Dong(5_500_000)));
        assert_eq!(parse_amount("-1 tỷ 500 triệu"), Ok(Dong(-1_500_000_000)));
        assert_eq!(parse_amount("1,5 tỷ 200 triệu"), Ok(Dong(1_700_000_000)));
        // Scales that do not fall, a part of 1.000 or more, a part without its scale, words after "đồng": unknown.
        for bad in
            ["1 triệu 5 tỷ", "1 tỷ 1000 triệu", "1 tỷ 5", "1 tỷ 5 triệu đồng thêm", "1 tỷ 5,5 triệu", "1 tỷ 5 tỷ"]
        {
            assert_eq!(parse_amount(bad).map_err(|e| e.code()), Err("unknown_money_unit"), "{bad}");
        }
        assert_eq!(parse_amount("9999999999 tỷ 999 triệu").map_err(|e| e.code()), Err("not_whole_dong"));
    }

    #[test]
    fn vietnamese_writing_reads_back_exactly() {
        for v in [0.0, 90.5, -0.125, 1060.5, 477_905.0, 1234.567, 0.1 + 0.2, 1e-7, 123_456_789.123, -1e15] {
            let text = write_vietnamese(v);
            assert_eq!(parse_number(&text).unwrap().to_f64(), v, "{v} written {text}");
        }
        assert_eq!(write_vietnamese(1234.567), "1.234,567");
        assert_eq!(write_vietnamese(1000.0), "1.000");
        assert_eq!(write_vietnamese(-90.5), "-90,5");
        assert_eq!(write_vietnamese_rounded(90.456, 1), "90,5");
        assert_eq!(write_vietnamese_rounded(1999.999, 2), "2.000");
        assert_eq!(write_vietnamese_rounded(-0.001, 1), "0");
        assert_eq!(rounded(12.50, 2), "12.5");
        assert_eq!(rounded(101.25, 1), "101.3");
        assert_eq!(rounded(-2.25, 1), "-2.3");
        assert_eq!(rounded(1.005, 2), "1.01");
        assert_eq!(rounded(0.04, 1), "0");
        assert_eq!(rounded(90.456, 1), "90.5");
        assert_eq!(rounded(1234.567, 2), "1234.57");
        assert_eq!(rounded(1e300, 1), format!("{:.1}", 1e300).trim_end_matches('0').trim_end_matches('.'));
    }
}
