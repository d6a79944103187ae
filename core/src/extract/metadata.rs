//! Document metadata: the plan's unit (province or city, and its level), the title, the document's kind,
//! number ("Số: 50/KH-UBND", "Quyết định số 393/QĐ-UBND", "Quyết định 605"), date ("ngày 12 tháng 7 năm
//! 2022", "ngày 11/5/2024", "Ngày 16-3" with the year from the dateline), issuer, signer and period.

use std::collections::HashMap;

use time::{Date, Month};

use super::folded::{at, find_words, starts_with_words, sub, word_at, words, years_after_nam, Folded};
use crate::model::administrative_unit::{AdministrativeUnit, Level, UnitKind};
use crate::model::plan::{DocumentKind, Period};

/// Cities run by the centre: their "cấp thành phố" is the province tier.
const CENTRAL_CITIES: [&str; 6] = ["ha noi", "ho chi minh", "hai phong", "da nang", "can tho", "hue"];

/// The word naming a unit before its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Word {
    Province,
    City,
    District,
    Town,
    UrbanDistrict,
}

/// What the reader found about the document.
#[derive(Debug, Clone)]
pub(crate) struct Metadata {
    pub(crate) jurisdiction: AdministrativeUnit,
    pub(crate) kind: DocumentKind,
    pub(crate) number: Option<String>,
    pub(crate) signed_on: Option<Date>,
    pub(crate) issuer: String,
    pub(crate) signer: Option<String>,
    pub(crate) title: String,
    pub(crate) period: Option<Period>,
    /// An annual plan: every target is for this year unless a section says otherwise.
    pub(crate) annual: Option<i32>,
    /// Folded ranges used by the metadata (numbers in them are not targets).
    pub(crate) used: Vec<(usize, usize)>,
}

/// An ASCII id from folded words.
pub(crate) fn slug(folded: &str) -> String {
    words(folded).collect::<Vec<_>>().join("_")
}

/// A proper name after `at`: capitalised words of the original ("Trà Vinh", "Tây Ninh"), at most four.
fn name_at(f: &Folded<'_>, at_: usize) -> Option<(String, usize)> {
    let rest = f.original(at_, f.text.len());
    let mut name: Vec<&str> = Vec::new();
    let mut len = 0;
    for w in rest.split(' ') {
        let clean = w.trim_end_matches([',', '.', ';', ':', ')', '"']);
        let capital =
            clean.chars().next().is_some_and(|c| c.is_uppercase()) && clean.chars().all(|c| c.is_alphabetic());
        if !capital || name.len() >= 4 || (w.is_empty() && !name.is_empty()) {
            break;
        }
        name.push(clean);
        len += w.chars().count() + 1;
        if clean.len() != w.len() {
            break;
        }
    }
    // "Tây Ninh Trần Văn Chiến": a place name is two syllables in almost every case.
    if name.len() > 3 {
        name.truncate(2);
    }
    (!name.is_empty()).then(|| (name.join(" "), len))
}

fn fold(s: &str) -> String {
    Folded::new(s).text
}

/// A date at folded offset `i`: "12 thang 7 nam 2022", "11/5/2024", "16-3" (then `year` is needed).
fn date_at(s: &str, i: usize, year: Option<i32>) -> Option<(Date, usize)> {
    let t = sub(s, i, (i + 30).min(s.len()));
    let num = |from: usize| -> Option<(u32, usize)> {
        let d: String = sub(t, from, t.len()).chars().take_while(|c| c.is_ascii_digit()).collect();
        d.parse().ok().map(|v| (v, from + d.len()))
    };
    let (day, e) = num(0)?;
    let (month, e2, y) = if sub(t, e, e + 7) == " thang " {
        let (m, e2) = num(e + 7)?;
        let y = (sub(t, e2, e2 + 5) == " nam ").then(|| num(e2 + 5)).flatten();
        (m, y.map_or(e2, |y| y.1), y.map(|y| y.0 as i32))
    } else if matches!(at(t, e), b'/' | b'-' | b'.') {
        let (m, e2) = num(e + 1)?;
        let y = (matches!(at(t, e2), b'/' | b'-' | b'.')).then(|| num(e2 + 1)).flatten().filter(|y| y.0 >= 1990);
        (m, y.map_or(e2, |y| y.1), y.map(|y| y.0 as i32))
    } else {
        return None;
    };
    let year = y.or(year)?;
    let m = Month::try_from(u8::try_from(month).ok()?).ok()?;
    let d = Date::from_calendar_date(year, m, u8::try_from(day).ok()?).ok()?;
    Some((d, i + e2))
}

/// Every full date in the folded text, in order.
fn full_dates(s: &str) -> Vec<(usize, Date)> {
    let mut out = Vec::new();
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if at(s, i).is_ascii_digit() && (i == 0 || !at(s, i - 1).is_ascii_alphanumeric()) {
            if let Some((d, e)) = date_at(s, i, None) {
                out.push((i, d));
                i = e;
                continue;
            }
        }
        i += 1;
    }
    out
}

/// Reads the metadata.
pub(crate) fn read(f: &Folded<'_>) -> Metadata {
    let s = f.text.as_str();
    let mut used = Vec::new();
    // The unit: the most frequent "tỉnh X" / "thành phố X", leaving out the issuer's own words.
    let mut counts: HashMap<(Word, String), (usize, usize, String)> = HashMap::new();
    for (kw, city) in [
        ("tinh", Word::Province),
        ("thanh pho", Word::City),
        ("tp", Word::City),
        ("huyen", Word::District),
        ("thi xa", Word::Town),
        ("quan", Word::UrbanDistrict),
    ] {
        for i in find_words(s, kw) {
            let before = sub(s, i.saturating_sub(18), i);
            if before.ends_with("nhan dan ") || before.ends_with("ubnd ") || before.ends_with("uy ban ") {
                continue;
            }
            if let Some((name, _)) = name_at(f, i + kw.len() + 1) {
                let e = counts.entry((city, fold(&name))).or_insert((0, i, name.clone()));
                e.0 += 1;
                // Prefer the name as written in running text to a heading's capitals ("TRÀ VINH").
                if e.2.chars().all(|c| !c.is_lowercase()) && name.chars().any(char::is_lowercase) {
                    e.2 = name;
                }
            }
        }
    }
    let best =
        counts.iter().max_by_key(|(_, (n, first, _))| (*n, usize::MAX - *first)).map(|(k, v)| (k.clone(), v.clone()));
    let issuer_province = find_words(s, "tinh")
        .filter(|&i| {
            let before = sub(s, i.saturating_sub(18), i);
            before.ends_with("nhan dan ") || before.ends_with("ubnd ")
        })
        .find_map(|i| name_at(f, i + 5).map(|n| n.0));
    let (word, name) = best.map_or((Word::Province, String::new()), |((c, _), (_, _, n))| (c, n));
    let is_city = word == Word::City;
    let folded_name = fold(&name);
    let central = CENTRAL_CITIES.contains(&folded_name.as_str());
    let district = match word {
        Word::District => Some((UnitKind::RuralDistrict, "huyện", "")),
        Word::Town => Some((UnitKind::Town, "thị xã", "_town")),
        Word::UrbanDistrict => Some((UnitKind::UrbanDistrict, "quận", "")),
        _ => None,
    };
    let jurisdiction = if name.is_empty() {
        AdministrativeUnit {
            id: "unknown".to_owned(),
            name: "(not found)".to_owned(),
            kind: UnitKind::Province,
            level: Level::Province,
            parent: None,
            existed_from: None,
            succeeded_by: None,
        }
    } else if let Some((kind, word_vi, suffix)) = district {
        AdministrativeUnit {
            id: format!("{}{suffix}", slug(&folded_name)),
            name: format!("{word_vi} {name}"),
            kind,
            level: Level::District,
            parent: issuer_province.as_ref().map(|p| slug(&fold(p))),
            existed_from: None,
            succeeded_by: None,
        }
    } else if is_city && !central {
        AdministrativeUnit {
            id: format!("{}_city", slug(&folded_name)),
            name: format!("thành phố {name}"),
            kind: UnitKind::ProvincialCity,
            level: Level::District,
            parent: issuer_province.as_ref().map(|p| slug(&fold(p))),
            existed_from: None,
            succeeded_by: None,
        }
    } else {
        AdministrativeUnit {
            id: slug(&folded_name),
            name: name.clone(),
            kind: if is_city { UnitKind::CentrallyRunCity } else { UnitKind::Province },
            level: Level::Province,
            parent: None,
            existed_from: None,
            succeeded_by: None,
        }
    };

    // Title: an early line about the plan's subject with a year in it.
    let mut title = String::new();
    let mut title_folded = String::new();
    let mut prev_line = String::new();
    let mut offset = 0;
    for line in s.split('\n').take(40) {
        let l = line.trim();
        let subject = ["chuyen doi so", "chinh quyen so", "chinh quyen dien tu", "do thi thong minh", "kinh te so"]
            .iter()
            .any(|k| find_words(l, k).next().is_some());
        let n = words(l).count();
        let dated = !years_after_nam(l).is_empty() || l.contains("giai doan");
        if subject && dated && n <= 45 && !starts_with_words(l, "can cu") && !starts_with_words(l, "thuc hien") {
            {
                let lead = line.len() - line.trim_start_matches(|c: char| !c.is_ascii_alphanumeric()).len();
                let raw = f.original(offset + lead, offset + line.trim_end().len()).trim();
                let kind_line = prev_line.trim();
                title = if matches!(kind_line, "ke hoach" | "de an" | "quyet dinh" | "chuong trinh") {
                    let prefix = f.original(offset - prev_line.len() - 1, offset - 1).trim().to_owned();
                    format!("{prefix} {raw}")
                } else {
                    raw.to_owned()
                };
                title_folded = fold(&title);
                break;
            }
        }
        prev_line = line.to_owned();
        offset += line.len() + 1;
    }
    // "Tiền Giang: Phê duyệt Đề án ...", "Cần Thơ ban hành Kế hoạch ...": keep the document's own name.
    for opener in ["ke hoach", "de an", "quyet dinh", "chuong trinh", "nghi quyet"] {
        let first = find_words(&title_folded, opener).next();
        if let Some(i) = first {
            if i > 0 && i < 60 {
                let cut = {
                    let tf = Folded::new(&title);
                    tf.original(i, tf.text.len()).to_owned()
                };
                title = cut;
                title_folded = fold(&title);
            }
            break;
        }
    }
    if title.is_empty() {
        title = "(untitled plan)".to_owned();
    }
    // Period from the title.
    let mut from = None;
    let mut to = None;
    let mut horizon = None;
    let mut annual = None;
    if let Some(i) = title_folded.find("giai doan ") {
        let t = sub(&title_folded, i + 10, title_folded.len());
        let a = super::folded::year_at(t);
        let dash = t.find(|c: char| c.is_ascii_digit()).map_or(0, |d| d + 4);
        let rest = sub(t, dash, t.len()).trim_start_matches([' ', '-']);
        let b = super::folded::year_at(rest);
        from = a;
        to = b.or(a);
    }
    for (k, y) in years_after_nam(&title_folded) {
        let before = sub(&title_folded, k.saturating_sub(30), k);
        if before.contains("dinh huong") || before.contains("tam nhin") {
            horizon = Some(y);
        } else if before.ends_with("den nam ") {
            to = to.or(Some(y));
        } else if to.is_none() {
            annual = Some(y);
        }
    }
    if let Some(y) = annual.filter(|_| to.is_none()) {
        from = Some(y);
        to = Some(y);
    } else {
        annual = None;
    }
    let period = to.map(|to| Period { from, to, horizon: horizon.filter(|h| *h > to) });

    // The document's number: "Số: 50/KH-UBND" in the header, else the decision or plan the text says was
    // issued or signed ("ban hành Kế hoạch số 33/KH-UBND", "ký Quyết định số 393/QĐ-UBND").
    let mut number = None;
    let mut number_at = None;
    let mut kind_word = None;
    if let Some(i) = s.find("so:").filter(|&i| i < 600 && (i == 0 || !at(s, i - 1).is_ascii_alphanumeric())) {
        let start = i + 3 + (sub(s, i + 3, s.len()).len() - sub(s, i + 3, s.len()).trim_start().len());
        let len = sub(s, start, s.len()).find(|c: char| c.is_whitespace() || c == '|').unwrap_or(0);
        if len > 0 && at(s, start).is_ascii_digit() {
            number = Some(f.original(start, start + len).to_owned());
            number_at = Some(start);
            used.push((start, start + len));
        }
    }
    if number.is_none() {
        // A text that opens with the document's name: "Kế hoạch số 20/KH-UBND ngày ...".
        let head = sub(s, 0, 300);
        for kind in ["ke hoach so ", "quyet dinh so ", "nghi quyet so "] {
            let opening = head.find(kind).filter(|&i| i == 0 || matches!(at(s, i - 1), b'\n' | b' ' | b'.'));
            if let Some(i) = opening.filter(|&i| {
                sub(head, 0, i).trim_matches(|c: char| !c.is_ascii_alphanumeric()).is_empty()
                    || at(s, i.saturating_sub(1)) == b'\n'
            }) {
                let j = i + kind.len();
                let len = sub(s, j, s.len()).find(|c: char| c.is_whitespace() || c == ',').unwrap_or(0);
                if len > 0 && at(s, j).is_ascii_digit() {
                    number = Some(f.original(j, j + len).to_owned());
                    number_at = Some(j);
                    kind_word = Some(kind.trim_end().trim_end_matches(" so"));
                    used.push((j, j + len));
                    break;
                }
            }
        }
    }
    if number.is_none() {
        for verb in ["ban hanh", "vua ky", "ky ban hanh", "phe duyet", "ky"] {
            let found = find_words(s, verb).find_map(|v| {
                let t = sub(s, v + verb.len(), (v + verb.len() + 40).min(s.len()));
                for kind in ["quyet dinh", "ke hoach", "nghi quyet"] {
                    let lead = t.len() - t.trim_start().len();
                    if starts_with_words(t.trim_start(), kind) {
                        let mut j = v + verb.len() + lead + kind.len() + 1;
                        if word_at(s, j, "so") {
                            j += 3;
                        }
                        if at(s, j).is_ascii_digit() {
                            let len = sub(s, j, s.len()).find(|c: char| c.is_whitespace() || c == ',').unwrap_or(0);
                            return Some((j, len, kind));
                        }
                    }
                }
                None
            });
            if let Some((j, len, kind)) = found {
                number = Some(f.original(j, j + len).trim_end_matches(['.', ';', ':']).to_owned());
                number_at = Some(j);
                kind_word = Some(kind);
                used.push((j, j + len));
                break;
            }
        }
    }
    let kind = match (number.as_deref().map(fold), kind_word) {
        (Some(n), _) if n.contains("/kh") => DocumentKind::Plan,
        (Some(n), _) if n.contains("/qd") => DocumentKind::Decision,
        (Some(n), _) if n.contains("/nq") => DocumentKind::Resolution,
        (_, Some("quyet dinh")) => DocumentKind::Decision,
        (_, Some("nghi quyet")) => DocumentKind::Resolution,
        _ if starts_with_words(&title_folded, "de an") => DocumentKind::Scheme,
        _ => DocumentKind::Plan,
    };

    // The date: in the header block after "Số:", right after the number, or opening the sentence that
    // reports the issue ("Ngày 23/02/2024, Ủy ban nhân dân tỉnh ban hành ...").
    let dateline = full_dates(sub(s, 0, 400)).first().map(|d| d.1);
    let mut signed_on = None;
    if let Some(n) = number_at {
        let after = sub(s, n, (n + 200).min(s.len()));
        let sentence_start = sub(s, 0, n).rfind(['\n', '.', ';']).map_or(0, |i| i + 1);
        let before = sub(s, sentence_start, n);
        let candidates = find_words(after, "ngay")
            .map(|i| n + i + 5)
            .chain(find_words(before, "ngay").map(|i| sentence_start + i + 5));
        for c in candidates {
            let full = date_at(s, c, None);
            let partial = || {
                let y = dateline.map(|d| d.year());
                date_at(s, c, y).map(|(d, e)| {
                    // A dateline after the date: same year; else the year before.
                    let d = match dateline {
                        Some(dl) if d > dl => d.replace_year(d.year() - 1).unwrap_or(d),
                        _ => d,
                    };
                    (d, e)
                })
            };
            if let Some((d, e)) = full.or_else(partial) {
                signed_on = Some(d);
                used.push((c, e));
                break;
            }
        }
    }

    // Issuer: the People's Committee of the province or city.
    let issuer = if let Some((_, word_vi, _)) = district.filter(|_| !name.is_empty()) {
        format!("Ủy ban nhân dân {word_vi} {name}")
    } else if let Some(p) = &issuer_province {
        format!("Ủy ban nhân dân tỉnh {p}")
    } else if jurisdiction.level == Level::Province && !name.is_empty() {
        format!("Ủy ban nhân dân {} {name}", if is_city { "thành phố" } else { "tỉnh" })
    } else {
        "Ủy ban nhân dân".to_owned()
    };
    // Signer: "Chủ tịch UBND tỉnh X <Name> (vừa) ký".
    let signer = find_words(s, "ky").find_map(|k| {
        let before = sub(s, k.saturating_sub(80), k);
        let ct = before.rfind("chu tich ")?;
        let start = k.saturating_sub(80) + ct;
        let span = f.original(start, k);
        let names: Vec<&str> =
            span.split_whitespace().filter(|w| w.chars().next().is_some_and(char::is_uppercase)).collect();
        let skip = ["Chủ", "Phó", "UBND", "Ủy", "Uỷ", "Ban", "Nhân", "Dân"];
        let province_words: Vec<String> =
            issuer_province.iter().flat_map(|p| p.split(' ').map(str::to_owned)).collect();
        let person: Vec<&str> =
            names.into_iter().filter(|w| !skip.contains(w) && !province_words.iter().any(|p| p == w)).collect();
        (person.len() >= 2 && person.len() <= 4).then(|| person.join(" "))
    });
    Metadata { jurisdiction, kind, number, signed_on, issuer, signer, title, period, annual, used }
}
