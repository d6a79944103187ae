//! Document metadata: the plan's unit (province or city, and its level), the title, the document's kind,
//! number ("Số: 50/KH-UBND", "Quyết định số 393/QĐ-UBND", "Quyết định 605"), date ("ngày 12 tháng 7 năm
//! 2022", "ngày 11/5/2024", "Ngày 16-3" with the year from the dateline), issuer, signer, and the period the
//! title states (read by `period`). [`read`] takes them in that order, one step each.

use std::collections::HashMap;

use time::{Date, Month};

use super::folded::{at, ends_with_words, find_words, starts_with_words, sub, word_at, words, years_after_nam, Folded};
use super::naming;
use super::period::TitlePeriod;
use super::provinces;
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
    Commune,
    Ward,
    Township,
    SpecialZone,
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
    /// The title states a target ("... chiếm 20% GRDP vào năm 2030"): its year is that target's, not the
    /// other figures'.
    pub(crate) title_states_target: bool,
    /// The year of the first full date near the top (a news page's dateline, a plan's place and date).
    pub(crate) dateline: Option<i32>,
    /// Folded ranges used by the metadata (numbers in them are not targets).
    pub(crate) used: Vec<(usize, usize)>,
}

/// An ASCII id from folded words.
pub(crate) fn slug(folded: &str) -> String {
    words(folded).collect::<Vec<_>>().join("_")
}

/// A proper name after `at`: capitalised words of the original ("Trà Vinh", "Tây Ninh"), at most four.
fn name_at(f: &Folded<'_>, at_: usize) -> Option<(String, usize)> {
    // A name ends with its line ("tỉnh Hòa Bình\n1. Giai đoạn ..."), found in the folded text (a byte
    // search), and has at most four words: 200 characters hold them (the original's characters were
    // decoded to the end of a paragraph, for every "tỉnh" of the text).
    let line_end = sub(&f.text, at_, f.text.len()).find('\n').map_or(f.text.len(), |i| at_ + i);
    let rest = f.original(at_, line_end.min(at_ + 200)).split(['\t', '\r']).next().unwrap_or_default();
    let mut name: Vec<&str> = Vec::new();
    let mut len = 0;
    // The count of words met, to find the one after the current word.
    let mut k = 0;
    for w in rest.split(char::is_whitespace) {
        // A run of spaces ("TP.Hải  Phòng") or a no-break space parts words as one space does.
        if w.is_empty() && !name.is_empty() {
            len += 1;
            continue;
        }
        let clean = w.trim_end_matches([',', '.', ';', ':', ')', '"']);
        let capital = clean.chars().next().is_some_and(|c| c.is_uppercase()) && clean.chars().all(letter);
        if !capital || name.len() >= 4 {
            break;
        }
        // In a heading's capitals the words after the name are capitals too ("KẾ HOẠCH CHUYỂN ĐỔI SỐ TỈNH LAI CHÂU NĂM
        // 2026"; a probe of 6 Dec 2026): a year, a period, an orientation or a place's words end it.
        k += 1;
        if ends_a_name(&naming::fold_word(clean), || rest.split_whitespace().nth(k).map(naming::fold_word)) {
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

/// Whether folded word `w`, before the folded word `next` gives, ends a name: "năm 2026", "giai đoạn", "đến năm", "tầm
/// nhìn", "định hướng", "trên địa bàn", "về", "và", "nhiệm kỳ". Not "Nam" of "Quảng Nam", "Tam" of "Tam Kỳ" nor "Định"
/// of "Bình Định", which are names' words.
fn ends_a_name(w: &str, next: impl FnOnce() -> Option<String>) -> bool {
    match w {
        "giai" | "den" | "tren" | "ve" | "va" | "nhiem" => true,
        "nam" => next().is_some_and(|n| super::folded::year_at(&n).is_some()),
        "tam" => next().as_deref() == Some("nhin"),
        "dinh" => next().as_deref() == Some("huong"),
        _ => false,
    }
}

/// A letter of a name, or a combining mark of one ("Trà" decomposed, NFD, is "Tra" and U+0300).
fn letter(c: char) -> bool {
    c.is_alphabetic() || ('\u{0300}'..='\u{036f}').contains(&c)
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
    let unit = unit(f);
    let title = title(f);
    let title_folded = fold(&title);
    let TitlePeriod { period, annual } = super::period::of_title(&title_folded);
    let number = number(f);
    let kind = kind(number.as_ref(), &title_folded);
    let signed = number.as_ref().and_then(|n| signed_on(&f.text, n.start));
    let used = number.as_ref().map(|n| n.range).into_iter().chain(signed.map(|(_, range)| range)).collect();
    Metadata {
        kind,
        number: number.map(|n| n.text),
        signed_on: signed.map(|(d, _)| d),
        issuer: issuer(&unit),
        signer: signer(f, unit.issuer_province.as_deref()),
        title: if title.is_empty() { "(untitled plan)".to_owned() } else { title },
        jurisdiction: unit.jurisdiction,
        period,
        annual,
        title_states_target: title_folded.contains('%'),
        dateline: full_dates(sub(&f.text, 0, 400)).first().map(|d| d.1.year()),
        used,
    }
}

/// The plan's unit as read, with what the issuer and signer are read from.
#[derive(Debug, Clone)]
struct Unit {
    jurisdiction: AdministrativeUnit,
    /// The word before the name.
    word: Word,
    /// The name as written ("Trà Vinh"); empty when none was found.
    name: String,
    /// The province of the People's Committee that issues the plan ("UBND tỉnh Tây Ninh").
    issuer_province: Option<String>,
}

/// The unit the plan is for, and its level.
fn unit(f: &Folded<'_>) -> Unit {
    let issuer = issuer_province(f);
    let (named, issued) = most_named(f, issuer.as_ref().map(|(p, _)| p.as_str()));
    // A unit below the province named once ("Phấn đấu xây dựng TP Hạ Long trở thành phố du lịch biển ...") in a text that
    // names a province bare more often ("Quảng Ninh phấn đấu trở thành ...", twice; a probe of 7 Dec 2026): a place
    // the province's plan names, not the plan's unit.
    let named = named.and_then(|((w, n), count)| {
        let province = w == Word::Province || provinces::named(&fold(&n));
        (count > 1 || province || most_often_named(f).is_none()).then_some((w, n))
    });
    // Named only as the issuer ("UBND tỉnh Hà Giang vừa ban hành ...", "HỘI ĐỒNG NHÂN DÂN XÃ PHÚ HÒA"): the first
    // issuer's unit, a "tỉnh" before another's.
    let first_issuer = match (&issuer, issued) {
        (Some((p, at)), Some((_, _, below))) if *at < below => Some((Word::Province, p.clone())),
        (_, Some((w, n, _))) => Some((w, n)),
        (Some((p, _)), None) => Some((Word::Province, p.clone())),
        (None, None) => None,
    };
    let otherwise = || province_otherwise_named(f).map(|n| (Word::Province, n));
    let (word, name) = named.or(first_issuer).or_else(otherwise).unwrap_or((Word::Province, String::new()));
    let issuer_province = issuer.map(|(p, _)| p);
    let jurisdiction = administrative_unit(word, &name, issuer_province.as_deref());
    Unit { jurisdiction, word, name, issuer_province }
}

/// A province named with no "tỉnh" before it, for a text that names no unit so: by its Party committee ("Ban Thường vụ
/// Tỉnh ủy Tây Ninh") or opening a headline ("Tây Ninh đặt mục tiêu đến năm 2030 ..."); a probe of 7 Dec 2026, news
/// whose province was not found.
fn province_otherwise_named(f: &Folded<'_>) -> Option<String> {
    let s = f.text.as_str();
    let committee = find_words(s, "tinh uy")
        .find_map(|i| name_at(f, i + "tinh uy ".len()).map(|n| n.0).filter(|n| provinces::named(&fold(n))));
    // The headline's first word, after lines with none (a web page's "![]() |", ha_noi_ho_so_truc_tuyen_cap_xa_2025),
    // or its first word after its colon ("Bình dân học vụ số: Thanh Hóa đạt 65% kế hoạch"; a probe of 7 Dec 2026).
    let headline = || {
        let lead = s.find(|c: char| c.is_ascii_alphanumeric())?;
        let line_end = s.get(lead..).and_then(|r| r.find('\n')).map_or(s.len(), |i| lead + i);
        let after_colon = sub(s, lead, line_end).find(": ").map(|i| {
            let rest = sub(s, lead + i + 1, line_end);
            lead + i + 1 + rest.len() - rest.trim_start().len()
        });
        let (at, p) = std::iter::once(lead)
            .chain(after_colon)
            .find_map(|at| provinces::opening(sub(s, at, s.len())).map(|p| (at, p)))?;
        Some(f.original(at, at + p.len()).to_owned())
    };
    committee.or_else(headline).or_else(|| most_often_named(f))
}

/// The province or centrally-run city a text names most often by its bare name, capitalised ("Đà Nẵng", "TP. Huế"),
/// at least twice and more often than any other; a longer name's part ("Huế" of "Thừa Thiên Huế") is not counted
/// apart. A probe of 7 Dec 2026: news of Đà Nẵng's digital economy that never writes "thành phố Đà Nẵng".
fn most_often_named(f: &Folded<'_>) -> Option<String> {
    let s = f.text.as_str();
    let mut hits: Vec<(usize, usize, &str)> = provinces::names()
        .flat_map(|p| find_words(s, p).map(move |i| (i, i + p.len(), p)))
        .filter(|&(i, _, _)| f.original(i, i + 1).starts_with(char::is_uppercase))
        .collect();
    hits.sort_by_key(|&(i, end, _)| (i, usize::MAX - end));
    // Each name with how often, and where it is first written.
    let mut counts: Vec<(&str, usize, (usize, usize))> = Vec::new();
    let mut covered = 0;
    for (i, end, p) in hits {
        if end <= covered {
            continue;
        }
        covered = end;
        match counts.iter_mut().find(|(n, _, _)| *n == provinces::spelt(p)) {
            Some(c) => c.1 += 1,
            None => counts.push((provinces::spelt(p), 1, (i, end))),
        }
    }
    counts.sort_by_key(|&(_, n, _)| usize::MAX - n);
    let (&(_, n, (at, end)), second) = (counts.first()?, counts.get(1).map_or(0, |c| c.1));
    (n >= 2 && n > second).then(|| f.original(at, end).to_owned())
}

/// A unit as named: the word before its name, and the name.
type Named = (Word, String);

/// A unit as an issuer's words name it ("Ủy ban nhân dân xã Phú Hòa"), with where.
type Issued = (Word, String, usize);

/// The most frequent "tỉnh X" / "thành phố X" / "huyện X", leaving out the issuer's own words; the first
/// named wins a tie, after the issuing province (`issuer`); and the first unit other than a "tỉnh" an issuer's words
/// name, with where.
fn most_named(f: &Folded<'_>, issuer: Option<&str>) -> (Option<(Named, usize)>, Option<Issued>) {
    let s = f.text.as_str();
    let mut counts: HashMap<(Word, String), (usize, usize, String)> = HashMap::new();
    // The first unit an issuer's words name other than a "tỉnh" ("HỘI ĐỒNG NHÂN DÂN XÃ PHÚ HÒA", "UBND phường X", "UBND
    // thành phố Đà Nẵng"), the plan's when the text names no unit otherwise; a province's issuer is read apart
    // ([`issuer_province`]).
    let mut issued: Option<Issued> = None;
    // The units whose bodies the text names, "UBND phường Bến Thành" (never a province's: [`issuer_province`]).
    let mut bodies: Vec<(Word, String)> = Vec::new();
    for (kw, city) in [
        ("tinh", Word::Province),
        ("thanh pho", Word::City),
        ("tp", Word::City),
        ("huyen", Word::District),
        ("thi xa", Word::Town),
        ("quan", Word::UrbanDistrict),
        ("xa", Word::Commune),
        ("phuong", Word::Ward),
        ("thi tran", Word::Township),
        ("dac khu", Word::SpecialZone),
    ] {
        for i in find_words(s, kw) {
            let before = sub(s, i.saturating_sub(18), i);
            let issuer = before.ends_with("nhan dan ") || before.ends_with("ubnd ") || before.ends_with("uy ban ");
            if issuer && city == Word::Province {
                continue;
            }
            // Not the town of "thị xã", the cooperative of "hợp tác xã", society ("KINH TẾ - XÃ HỘI") nor the locality
            // of "địa phương"; "xã" with its tilde and "phường" with its grave accent, not "xa" (far) nor "phương"
            // ("PHƯƠNG HƯỚNG", the orientation).
            if matches!(kw, "xa" | "phuong") {
                let marks = if kw == "xa" { ['ã', 'Ã', '\u{303}'] } else { ['ờ', 'Ờ', '\u{300}'] };
                let marked = f.original(i, i + kw.len()).contains(marks);
                let society = starts_with_words(sub(s, i + kw.len(), s.len()).trim_start(), "hoi");
                if !marked || society || ["thi", "hop tac", "dia"].iter().any(|w| ends_with_words(before, w)) {
                    continue;
                }
            }
            // "quận" (an urban district) has its dot below; "quân" ("bình quân GRDP", "Quân đội") is no unit.
            if city == Word::UrbanDistrict && !f.original(i, i + kw.len()).contains(['ậ', 'Ậ', '\u{323}']) {
                continue;
            }
            // Not an abbreviation ("xã NTM", a new-rural commune).
            let acronym = |n: &str| n.len() <= 4 && !n.contains(' ') && n.chars().all(|c| c.is_ascii_uppercase());
            let name = name_at(f, i + kw.len() + 1)
                .filter(|(n, _)| city != Word::Province || provinces::named(&fold(n)))
                .filter(|(n, _)| commune(city).is_none() || !acronym(n));
            if let Some((name, _)) = name {
                if issuer {
                    bodies.push((city, fold(&name)));
                    issued = issued.filter(|e| e.2 < i).or(Some((city, name, i)));
                    continue;
                }
                // Since 1 July 2025 a merged province is written "tỉnh Tây Ninh (mới)", its predecessors "tỉnh Long An
                // (cũ)": the new one is the plan's, the old one not.
                let folded_name = fold(&name);
                let after = sub(s, i + kw.len() + 1 + folded_name.len(), s.len()).trim_start();
                let (old, new) = (after.starts_with("(cu)"), after.starts_with("(moi)"));
                // "Sau khi hợp nhất với tỉnh Bình Định, Gia Lai có 135 xã, phường": the province merged with is a
                // predecessor too.
                let merged_with =
                    ["hop nhat voi", "sap nhap voi"].iter().any(|w| ends_with_words(before.trim_end(), w));
                // "hạ tầng thoát nước thải tại các quận Sơn Trà, Liên Chiểu, Cẩm Lệ" (a probe of 7 Dec 2026): units
                // listed as many, none of them the plan's.
                let listed = ends_with_words(before.trim_end(), "cac");
                if old || merged_with || listed {
                    continue;
                }
                let e = counts.entry((city, folded_name)).or_insert((0, i, name.clone()));
                e.0 += if new { 2 } else { 1 };
                // Prefer the name as written in running text to a heading's capitals ("TRÀ VINH").
                if e.2.chars().all(|c| !c.is_lowercase()) && name.chars().any(char::is_lowercase) {
                    e.2 = name;
                }
            }
        }
    }
    // A unit whose body the text names counts once more for it when the text names it otherwise too ("Phường Bến Thành
    // tổng kết ...", then "UBND phường Bến Thành (TP.HCM) tổ chức ..."): the ward, not the city it is in.
    for body in &bodies {
        if let Some(e) = counts.get_mut(body) {
            e.0 += 1;
        }
    }
    // A tie with a commune goes to the other: a province or district named as often as one of its communes is the
    // plan's; a tie between provinces goes to the issuer's.
    let rank = |w: Word| u8::from(commune(w).is_none());
    let issuer = issuer.map(fold);
    let issuing = |w: Word, n: &str| w == Word::Province && issuer.as_deref() == Some(n);
    let best = counts
        .iter()
        .max_by_key(|((w, n), (c, first, _))| (*c, rank(*w), issuing(*w, n), usize::MAX - *first))
        .map(|(k, v)| (k.clone(), v.clone()));
    (best.map(|((c, _), (count, _, n))| ((c, n), count)), issued)
}

/// The province named in "Ủy ban nhân dân tỉnh X" / "UBND tỉnh X", with where.
fn issuer_province(f: &Folded<'_>) -> Option<(String, usize)> {
    let s = f.text.as_str();
    find_words(s, "tinh")
        .filter(|&i| {
            let before = sub(s, i.saturating_sub(18), i);
            before.ends_with("nhan dan ") || before.ends_with("ubnd ")
        })
        .find_map(|i| name_at(f, i + 5).map(|n| n.0).filter(|n| provinces::named(&fold(n))).map(|n| (n, i)))
}

/// The kind, Vietnamese word and id suffix of a district-level unit named by `word`.
fn district(word: Word) -> Option<(UnitKind, &'static str, &'static str)> {
    match word {
        Word::District => Some((UnitKind::RuralDistrict, "huyện", "")),
        Word::Town => Some((UnitKind::Town, "thị xã", "_town")),
        Word::UrbanDistrict => Some((UnitKind::UrbanDistrict, "quận", "")),
        _ => None,
    }
}

/// The kind, Vietnamese word and id prefix of a commune-level unit named by `word`: since 1 July 2025 the tier below the
/// province ("xã Tân Phú", "phường Bến Thành", "đặc khu Côn Đảo").
fn commune(word: Word) -> Option<(UnitKind, &'static str, &'static str)> {
    match word {
        Word::Commune => Some((UnitKind::Commune, "xã", "xa_")),
        Word::Ward => Some((UnitKind::Ward, "phường", "phuong_")),
        Word::Township => Some((UnitKind::Township, "thị trấn", "thi_tran_")),
        Word::SpecialZone => Some((UnitKind::SpecialZone, "đặc khu", "dac_khu_")),
        _ => None,
    }
}

/// The administrative unit of a name: a province or centrally-run city, or a district-level unit (a
/// provincial city among them) under the issuer's province.
fn administrative_unit(word: Word, name: &str, issuer_province: Option<&str>) -> AdministrativeUnit {
    let unit = |id: String, name: String, kind: UnitKind, level: Level, parent: Option<String>| AdministrativeUnit {
        id,
        name,
        kind,
        level,
        parent,
        code: None,
        existed_from: None,
        succeeded_by: None,
    };
    // A name only a heading's capitals give ("XÃ PHÚ HÒA") is written as running text writes it ("Phú Hòa").
    let titled = titled(name);
    let name = titled.as_str();
    let is_city = word == Word::City;
    // "TP.HCM" is Hồ Chí Minh City, a centrally-run city, as "Thành phố Hồ Chí Minh" is.
    let folded_name = provinces::spelt(&fold(name)).to_owned();
    let central = CENTRAL_CITIES.contains(&folded_name.as_str());
    let name = if folded_name == "ho chi minh" { "Hồ Chí Minh" } else { name };
    let parent = || issuer_province.map(|p| slug(&fold(p)));
    if name.is_empty() {
        unit("unknown".to_owned(), "(not found)".to_owned(), UnitKind::Province, Level::Province, None)
    } else if let Some((kind, word_vi, suffix)) = district(word) {
        unit(format!("{}{suffix}", slug(&folded_name)), format!("{word_vi} {name}"), kind, Level::District, parent())
    } else if let Some((kind, word_vi, prefix)) = commune(word) {
        unit(format!("{prefix}{}", slug(&folded_name)), format!("{word_vi} {name}"), kind, Level::Commune, parent())
    } else if is_city && !central {
        let id = format!("{}_city", slug(&folded_name));
        unit(id, format!("thành phố {name}"), UnitKind::ProvincialCity, Level::District, parent())
    } else {
        // A centrally-run city named bare ("Đà Nẵng", "Hà Nội") is one still: no province bears its name.
        let kind = if is_city || central { UnitKind::CentrallyRunCity } else { UnitKind::Province };
        unit(slug(&folded_name), name.to_owned(), kind, Level::Province, None)
    }
}

/// `name` with each word's first letter a capital and the others small, when it has no small letter ("PHÚ HÒA" is
/// "Phú Hòa"); else as written. A word without a vowel is an abbreviation, kept ("CĐS").
fn titled(name: &str) -> String {
    if name.chars().any(char::is_lowercase) {
        return name.to_owned();
    }
    let vowel = |c: char| crate::io::letters::fold_char(c).is_some_and(|f| "aeiouy".contains(f.to_ascii_lowercase()));
    let word = |w: &str| {
        let mut c = w.chars();
        match c.next() {
            Some(first) if w.chars().any(vowel) => first.to_uppercase().chain(c.flat_map(char::to_lowercase)).collect(),
            _ => w.to_owned(),
        }
    };
    name.split(' ').map(word).collect::<Vec<_>>().join(" ")
}

/// Whether folded `s` names the subject of the plans this reader drafts.
fn names_subject(s: &str) -> bool {
    // A socio-economic development plan ("Kế hoạch phát triển Kinh tế - Xã hội 5 năm 2026 - 2030") is one too.
    // "KT-XH" is how council resolutions abbreviate it ("Nghị quyết về kế hoạch phát triển KT-XH, QP-AN năm 2024").
    [
        "chuyen doi so",
        "chinh quyen so",
        "chinh quyen dien tu",
        "do thi thong minh",
        "kinh te so",
        "phat trien kinh te",
        "phat trien kt-xh",
        "phat trien kt - xh",
    ]
    .iter()
    .any(|k| find_words(s, k).next().is_some())
}

/// Whether folded line `l` is a congress's name with its term, as a headline gives it ("Đại hội đại biểu Đảng bộ xã Tân
/// Phú lần thứ I, nhiệm kỳ 2025 - 2030 thành công tốt đẹp"): it opens with "Đại hội", names the term within its first
/// twenty words and says little after it. Not a sentence of what the congress did ("Đại hội đã bầu Ban Chấp hành ...
/// nhiệm kỳ 2020-2025 gồm 15 đồng chí", "... nhiệm kỳ 2025-2030 đề ra 30 chỉ tiêu phát triển. Trong đó, ...").
fn names_a_congress(l: &str) -> bool {
    let Some(k) = find_words(l, "nhiem ky").next().filter(|_| starts_with_words(l, "dai hoi")) else { return false };
    let (name, term) = (sub(l, 0, k), sub(l, k, l.len()));
    if super::years::spans(term, "nhiem ky").next().is_none() {
        return false;
    }
    let after = term.trim_start_matches(|c: char| !c.is_ascii_digit());
    let after = after.trim_start_matches(|c: char| c.is_ascii_digit() || " -–".contains(c));
    let did = ["da", "bau", "de ra"].iter().any(|w| find_words(name, w).next().is_some());
    words(name).count() <= 20 && !did && words(after).count() <= 5 && !after.contains(['.', ':'])
}

/// The title: an early line about the plan's subject with a year in it, led by the document's kind when
/// that stands on the line before ("KẾ HOẠCH"); empty when there is none.
fn title(f: &Folded<'_>) -> String {
    let s = f.text.as_str();
    let mut prev_line = "";
    let mut offset = 0;
    for line in s.split('\n').take(40) {
        let l = line.trim();
        // A line that opens with the document's kind ("Kế hoạch tổ chức chương trình Hành trình đỏ tỉnh Lạng Sơn năm
        // 2022") names it whatever its subject.
        let kind = ["ke hoach", "de an", "chuong trinh", "nghi quyet"].iter().any(|k| starts_with_words(l, k))
            // So does a congress's with its term ("Đại hội đại biểu Đảng bộ xã Tân Phú lần thứ I, nhiệm kỳ 2025 - 2030
            // thành công tốt đẹp"): the resolution it passes sets the targets for that term.
            || names_a_congress(l);
        // So does the line after the kind standing alone ("KẾ HOẠCH" / "Triển khai Đề án 06 trên địa bàn xã năm 2026"),
        // whatever its subject.
        let after_kind = kind_alone(prev_line) || prev_line.trim() == "bao cao";
        let subject = names_subject(l) || kind || after_kind;
        let n = words(l).count();
        // After the kind, the act a title carries out dates it as a year would ("CHƯƠNG TRÌNH HÀNH ĐỘNG" / "của Ban
        // Chấp hành ... thực hiện Nghị quyết số 57-NQ/TW", the two lines joined as one sentence wrapped; a probe of 6
        // Dec 2026).
        let acts = ["thuc hien nghi quyet so", "thuc hien quyet dinh so", "thuc hien ket luan so"];
        let carries_out = (after_kind || kind) && acts.iter().any(|w| find_words(l, w).next().is_some());
        let dated = !years_after_nam(l).is_empty() || l.contains("giai doan") || l.contains("nhiem ky") || carries_out;
        // A line that ends with a clause's ";" is running text, never a title.
        let clause = l.ends_with(';');
        if subject
            && dated
            && n <= 45
            && !clause
            && !starts_with_words(l, "can cu")
            // "Thực hiện Quyết định số ..." opens a preamble's paragraph, but under the kind standing alone it is the
            // title ("KẾ HOẠCH" / "Thực hiện Nghị quyết số 57-NQ/TW ... năm 2026").
            && (after_kind || !starts_with_words(l, "thuc hien"))
        {
            let lead = line.len() - line.trim_start_matches(|c: char| !c.is_ascii_alphanumeric()).len();
            let raw = f.original(offset + lead, offset + line.trim_end().len()).trim();
            let title = if kind_alone(prev_line) && prev_line.trim() != "nghi quyet" {
                let prefix = f.original(offset - prev_line.len() - 1, offset - 1).trim();
                format!("{prefix} {raw}")
            } else {
                raw.to_owned()
            };
            // A title wrapped over two lines is one line ("CHƯƠNG TRÌNH HÀNH ĐỘNG\ncủa Ban Chấp hành ...").
            return from_document_name(title.split_whitespace().collect::<Vec<_>>().join(" "));
        }
        prev_line = line;
        offset += line.len() + 1;
    }
    named_in_text(f)
}

/// Whether folded `line` is a document's kind standing alone ("KẾ HOẠCH", "CHƯƠNG TRÌNH HÀNH ĐỘNG"), the line after
/// it its title.
fn kind_alone(line: &str) -> bool {
    // "CHƯƠNG TRÌNH HÀNH ĐỘNG" / "Thực hiện Nghị quyết số 57-NQ/TW ... đến năm 2030" (a probe of 7 Dec 2026: the title
    // was a later line, "2. Mục tiêu đến năm 2045: ...", and the period ended in 2045).
    matches!(
        line.trim(),
        "ke hoach"
            | "de an"
            | "quyet dinh"
            | "chuong trinh"
            | "nghi quyet"
            | "chuong trinh hanh dong"
            | "ke hoach hanh dong"
    )
}

/// A plan named in the running text of an early line, for a text without a title line (a news item): "Theo
/// Kế hoạch Chuyển đổi số tỉnh Phú Yên năm 2024 vừa được UBND tỉnh ban hành, ..." gives "Kế hoạch Chuyển đổi
/// số tỉnh Phú Yên năm 2024": from "Kế hoạch" to the first year after it within twelve words, the subject
/// between, and no separator.
fn named_in_text(f: &Folded<'_>) -> String {
    let s = f.text.as_str();
    let head = sub(s, 0, s.char_indices().nth(3000).map_or(s.len(), |(i, _)| i));
    for k in find_words(head, "ke hoach") {
        let rest = sub(head, k, head.len());
        let cut = rest.find(['.', ',', ';', ':', '\n', '(']).unwrap_or(rest.len());
        let name = sub(rest, 0, cut);
        let Some(&(at_year, _)) = years_after_nam(name).first() else { continue };
        let before = sub(name, 0, at_year);
        // A plan named by its number, date and issuer ("Kế hoạch số 29/KH-UBND ngày 10/02/2025 của UBND huyện
        // về việc đẩy mạnh sử dụng dịch vụ công trực tuyến ... năm 2025") says what it is about after "về".
        let numbered = find_words(before, "so").next().filter(|&i| i < 12);
        // Without "về", the name follows the number ("Kế hoạch số 308/KH-UBND triển khai mô hình tỉnh chuyển đổi số
        // điển hình năm 2023").
        let after_number = numbered.map(|i| {
            let number = sub(before, i + 2, before.len()).trim_start();
            sub(number, number.find(' ').unwrap_or(number.len()), number.len())
        });
        let about = find_words(before, "ve")
            .next()
            .filter(|_| numbered.is_some())
            .map(|i| sub(before, i, before.len()))
            .or(after_number);
        let subject = names_subject(before) || (about.is_some() && find_words(before, "truc tuyen").next().is_some());
        let limit = if about.is_some() { 30 } else { 12 };
        if subject && words(about.unwrap_or(before)).count() <= limit {
            return f.original(k, k + at_year + 4).trim().to_owned();
        }
    }
    String::new()
}

/// "Tiền Giang: Phê duyệt Đề án ...", "Cần Thơ ban hành Kế hoạch ...": a title cut to the document's own name, when
/// it opens within the title's first twelve words (counted in words, so that "100 %" reads as "100%" does).
fn from_document_name(title: String) -> String {
    let title_folded = fold(&title);
    for opener in ["ke hoach", "de an", "quyet dinh", "chuong trinh", "nghi quyet"] {
        if let Some(i) = find_words(&title_folded, opener).next() {
            if i > 0 && words(sub(&title_folded, 0, i)).count() <= 12 {
                let tf = Folded::new(&title);
                return tf.original(i, tf.text.len()).to_owned();
            }
            break;
        }
    }
    title
}

/// The document's number as read.
#[derive(Debug, Clone, PartialEq)]
struct Number {
    /// As written ("50/KH-UBND").
    text: String,
    /// Folded offset of its first character.
    start: usize,
    /// The folded range it takes (numbers in it are not targets).
    range: (usize, usize),
    /// The kind of document the words before it name ("quyet dinh"), if they do.
    kind_word: Option<&'static str>,
}

/// The document's number: "Số: 50/KH-UBND" in the header; else in a text that opens with the document's
/// name; else the decision or plan the text says was issued or signed ("ban hành Kế hoạch số 33/KH-UBND",
/// "ký Quyết định số 393/QĐ-UBND").
fn number(f: &Folded<'_>) -> Option<Number> {
    number_in_header(f).or_else(|| number_opening_text(f)).or_else(|| number_issued(f))
}

/// "Số: 50/KH-UBND" near the top.
fn number_in_header(f: &Folded<'_>) -> Option<Number> {
    let s = f.text.as_str();
    let i = s.find("so:").filter(|&i| i < 600 && (i == 0 || !at(s, i - 1).is_ascii_alphanumeric()))?;
    let start = i + 3 + (sub(s, i + 3, s.len()).len() - sub(s, i + 3, s.len()).trim_start().len());
    let len = sub(s, start, s.len()).find(|c: char| c.is_whitespace() || c == '|').unwrap_or(0);
    (len > 0 && at(s, start).is_ascii_digit()).then(|| Number {
        text: f.original(start, start + len).to_owned(),
        start,
        range: (start, start + len),
        kind_word: None,
    })
}

/// A text that opens with the document's name: "Kế hoạch số 20/KH-UBND ngày ...".
fn number_opening_text(f: &Folded<'_>) -> Option<Number> {
    let s = f.text.as_str();
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
                return Some(Number {
                    text: f.original(j, j + len).to_owned(),
                    start: j,
                    range: (j, j + len),
                    kind_word: Some(kind.trim_end().trim_end_matches(" so")),
                });
            }
        }
    }
    None
}

/// The decision or plan the text says was issued or signed: "ban hành Kế hoạch số 33/KH-UBND".
fn number_issued(f: &Folded<'_>) -> Option<Number> {
    let s = f.text.as_str();
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
            return Some(Number {
                text: f.original(j, j + len).trim_end_matches(['.', ';', ':']).to_owned(),
                start: j,
                range: (j, j + len),
                kind_word: Some(kind),
            });
        }
    }
    None
}

/// The document's kind: from the number's letters ("/KH", "/QĐ", "/NQ"), else the words before it, else
/// the title ("Đề án ...").
fn kind(number: Option<&Number>, title_folded: &str) -> DocumentKind {
    match (number.map(|n| fold(&n.text)), number.and_then(|n| n.kind_word)) {
        (Some(n), _) if n.contains("/kh") => DocumentKind::Plan,
        (Some(n), _) if n.contains("/qd") => DocumentKind::Decision,
        (Some(n), _) if n.contains("/nq") => DocumentKind::Resolution,
        (_, Some("quyet dinh")) => DocumentKind::Decision,
        (_, Some("nghi quyet")) => DocumentKind::Resolution,
        _ if starts_with_words(title_folded, "de an") => DocumentKind::Scheme,
        _ => DocumentKind::Plan,
    }
}

/// The signing date, with its folded range: in the header block after "Số:", right after the number, or
/// opening the sentence that reports the issue ("Ngày 23/02/2024, Ủy ban nhân dân tỉnh ban hành ...").
/// `n` is the folded offset of the number.
fn signed_on(s: &str, n: usize) -> Option<(Date, (usize, usize))> {
    let dateline = full_dates(sub(s, 0, 400)).first().map(|d| d.1);
    let after = sub(s, n, (n + 200).min(s.len()));
    let sentence_start = sub(s, 0, n).rfind(['\n', '.', ';']).map_or(0, |i| i + 1);
    let before = sub(s, sentence_start, n);
    let candidates =
        find_words(after, "ngay").map(|i| n + i + 5).chain(find_words(before, "ngay").map(|i| sentence_start + i + 5));
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
            return Some((d, (c, e)));
        }
    }
    None
}

/// Issuer: the People's Committee of the province or city.
fn issuer(unit: &Unit) -> String {
    let name = &unit.name;
    if let Some((_, word_vi, _)) = district(unit.word).or(commune(unit.word)).filter(|_| !name.is_empty()) {
        format!("Ủy ban nhân dân {word_vi} {name}")
    } else if let Some(p) = &unit.issuer_province {
        format!("Ủy ban nhân dân tỉnh {p}")
    } else if unit.jurisdiction.level == Level::Province && !name.is_empty() {
        format!("Ủy ban nhân dân {} {name}", if unit.word == Word::City { "thành phố" } else { "tỉnh" })
    } else {
        "Ủy ban nhân dân".to_owned()
    }
}

/// Signer: "Chủ tịch UBND tỉnh X <Name> (vừa) ký".
fn signer(f: &Folded<'_>, issuer_province: Option<&str>) -> Option<String> {
    let s = f.text.as_str();
    find_words(s, "ky").find_map(|k| {
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
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folded(text: &str) -> Folded<'_> {
        Folded::new(text)
    }

    // The header as web pages print it, one cell a line.
    const TRA_VINH: &str =
        "ỦY BAN NHÂN DÂN |\nTỈNH TRÀ VINH |\nSố: 50/KH-UBND\nTrà Vinh, ngày 12 tháng 7 năm 2022\nKẾ HOẠCH\n\
                            Chuyển đổi số tỉnh Trà Vinh đến năm 2025, định hướng đến năm 2030\n\
                            Phát triển chính quyền số tỉnh Trà Vinh.\n";

    #[test]
    fn the_number_in_the_header_and_its_kind() {
        let n = number(&folded(TRA_VINH)).unwrap();
        assert_eq!((n.text.as_str(), n.kind_word), ("50/KH-UBND", None));
        assert_eq!(kind(Some(&n), ""), DocumentKind::Plan);
    }

    #[test]
    fn the_number_of_a_document_the_text_says_was_signed() {
        let f = folded("Chủ tịch UBND tỉnh Tiền Giang vừa ký Quyết định số 393/QĐ-UBND phê duyệt Đề án chuyển đổi số.");
        let n = number(&f).unwrap();
        assert_eq!((n.text.as_str(), n.kind_word), ("393/QĐ-UBND", Some("quyet dinh")));
        assert_eq!(kind(Some(&n), "de an chuyen doi so"), DocumentKind::Decision);
        let f = folded("Kế hoạch số 20/KH-UBND ngày 11/01/2024 của UBND tỉnh Hậu Giang");
        let n = number(&f).unwrap();
        assert_eq!((n.text.as_str(), n.kind_word), ("20/KH-UBND", Some("ke hoach")));
        assert_eq!(kind(None, "de an chuyen doi so"), DocumentKind::Scheme);
    }

    #[test]
    fn the_date_after_the_number_or_opening_the_sentence() {
        let f = folded(TRA_VINH);
        let n = number(&f).unwrap();
        let (d, (a, b)) = signed_on(&f.text, n.start).unwrap();
        assert_eq!(d, Date::from_calendar_date(2022, Month::July, 12).unwrap());
        assert_eq!(sub(&f.text, a, b), "12 thang 7 nam 2022");
        // "Ngày 16-3" takes the dateline's year.
        let f = folded("Thứ Ba, 14/03/2023 09:15\nNgày 16-3, UBND thành phố Đà Nẵng ban hành Kế hoạch số 45/KH-UBND.");
        let n = number(&f).unwrap();
        assert_eq!(signed_on(&f.text, n.start).unwrap().0, Date::from_calendar_date(2022, Month::March, 16).unwrap());
    }

    #[test]
    fn a_commune_a_ward_or_a_special_zone_is_the_plans_unit() {
        // Since 1 July 2025 the tier below the province (development texts xa_cao_son_phu_tho, phuong_tan_hoa_phu_tho).
        let f = folded(
            "Phường Bến Thành tổng kết năm 2025.\nNăm 2026, phường Bến Thành phấn đấu thu ngân sách đạt 1.400 tỷ.",
        );
        let u = unit(&f);
        assert_eq!(
            (u.jurisdiction.id.as_str(), u.jurisdiction.name.as_str()),
            ("phuong_ben_thanh", "phường Bến Thành")
        );
        assert_eq!((u.jurisdiction.kind, u.jurisdiction.level), (UnitKind::Ward, Level::Commune));
        assert_eq!(issuer(&u), "Ủy ban nhân dân phường Bến Thành");
        let f = folded("Đặc khu Côn Đảo đặt mục tiêu năm 2026 đón 1 triệu khách; đặc khu Côn Đảo");
        assert_eq!(
            (unit(&f).jurisdiction.id.as_str(), unit(&f).jurisdiction.kind),
            ("dac_khu_con_dao", UnitKind::SpecialZone)
        );
        // Not "thị xã", "xã hội", "địa phương", "phương hướng", an abbreviation, nor a commune named only as often as its
        // province.
        for text in [
            "Thị xã Sơn Tây; thị xã Sơn Tây",
            "KINH TẾ - XÃ HỘI NĂM 2025; XÃ HỘI NĂM",
            "PHƯƠNG HƯỚNG NHIỆM VỤ; PHƯƠNG HƯỚNG",
            "xã NTM nâng cao, xã NTM kiểu mẫu",
            "tại xã Châu Hưng, tỉnh Sóc Trăng",
        ] {
            assert_ne!(unit(&folded(text)).jurisdiction.level, Level::Commune, "{text}");
        }
        // A probe of 6 Dec 2026: named as often as the city it is in, the ward whose body the text names is the plan's;
        // its body alone does not outweigh a city named more.
        let f =
            folded("Phường Bến Thành tổng kết năm 2025.\nUBND phường Bến Thành (TP.HCM) tổ chức hội nghị tổng kết.");
        assert_eq!(unit(&f).jurisdiction.id, "phuong_ben_thanh");
        let f = folded("TP.HCM tổng kết năm 2025.\nTP.HCM đặt mục tiêu; phường Bến Thành và UBND phường Bến Thành.");
        assert_eq!(unit(&f).jurisdiction.id, "ho_chi_minh");
    }

    #[test]
    fn a_merged_province_is_the_plans_not_its_predecessor() {
        // A probe of 6 Dec 2026: since 1 July 2025 the new province is written "(mới)", its predecessors "(cũ)".
        let text = "Sau khi hợp nhất với tỉnh Long An, tỉnh Tây Ninh (mới) đặt mục tiêu.\ntỉnh Long An (cũ) đạt 95%.";
        assert_eq!(unit(&folded(text)).jurisdiction.id, "tay_ninh");
        // A tie between provinces goes to the issuer's, not to the first named.
        let text = "tỉnh Long An và tỉnh Tây Ninh; UBND tỉnh Tây Ninh ban hành; tỉnh Long An, tỉnh Tây Ninh";
        assert_eq!(unit(&folded(text)).jurisdiction.id, "tay_ninh");
        assert_eq!(
            unit(&folded("tỉnh Long An và tỉnh Tây Ninh; tỉnh Long An, tỉnh Tây Ninh")).jurisdiction.id,
            "long_an"
        );
        // The province merged with is a predecessor, whatever the new one's name is written as (a probe of 6 Dec 2026).
        let text = "UBND tỉnh Gia Lai vừa ban hành Kế hoạch. Sau khi hợp nhất với tỉnh Bình Định, Gia Lai có 135 xã.";
        assert_eq!(unit(&folded(text)).jurisdiction.id, "gia_lai");
        let text = "UBND tỉnh Gia Lai vừa ban hành Kế hoạch. Sau khi sáp nhập với tỉnh Bình Định, Gia Lai có 135 xã.";
        assert_eq!(unit(&folded(text)).jurisdiction.id, "gia_lai");
    }

    #[test]
    fn a_place_named_once_or_among_many_is_not_the_unit_of_a_province_named_bare() {
        // A probe of 7 Dec 2026: a city named once in a province's plan, a district first of a list.
        let u =
            unit(&folded("Quảng Ninh phấn đấu xây dựng TP Hạ Long trở thành phố du lịch. Quảng Ninh đón 23 triệu."));
        assert_eq!((u.jurisdiction.id.as_str(), u.jurisdiction.kind), ("quang_ninh", UnitKind::Province));
        let u = unit(&folded("Đà Nẵng xây dựng hạ tầng tại các quận Sơn Trà, Liên Chiểu. Đà Nẵng đạt 90%."));
        assert_eq!((u.jurisdiction.id.as_str(), u.jurisdiction.kind), ("da_nang", UnitKind::CentrallyRunCity));
        // Named twice, or with no province named bare more than once: the plan's.
        let u = unit(&folded("TP Hạ Long phấn đấu đón 10 triệu khách. TP Hạ Long thuộc Quảng Ninh. Quảng Ninh đạt."));
        assert_eq!(u.jurisdiction.id, "ha_long_city");
        let u = unit(&folded("Quảng Ninh phấn đấu xây dựng TP Hạ Long trở thành thành phố du lịch."));
        assert_eq!(u.jurisdiction.id, "ha_long_city");
    }

    #[test]
    fn a_unit_below_the_province_named_only_as_the_issuer_is_the_plans() {
        // A probe of 6 Dec 2026: a commune's council resolution names its commune only in its header; the name in
        // capitals is written as running text writes it.
        for header in
            ["HỘI ĐỒNG NHÂN DÂN XÃ PHÚ HÒA", "Ủy ban nhân dân xã Phú Hòa", "UBND XÃ PHÚ HÒA\nUBND tỉnh Tây Ninh"]
        {
            let u = unit(&folded(&format!("{header}\nNGHỊ QUYẾT\nVề kế hoạch phát triển kinh tế - xã hội năm 2026")));
            let j = &u.jurisdiction;
            assert_eq!(
                (j.id.as_str(), j.name.as_str(), j.level),
                ("xa_phu_hoa", "xã Phú Hòa", Level::Commune),
                "{header}"
            );
        }
        // The province's issuer first, a unit below it after: the province's (as before).
        let u = unit(&folded("ỦY BAN NHÂN DÂN TỈNH TÂY NINH\nGiao Ủy ban nhân dân xã Phú Hòa thực hiện."));
        assert_eq!(u.jurisdiction.id, "tay_ninh");
        // A unit named in the text outranks an issuer's.
        let u = unit(&folded("UBND XÃ PHÚ HÒA\nHuyện Châu Thành: huyện Châu Thành đạt"));
        assert_eq!(u.jurisdiction.id, "chau_thanh");
        assert_eq!(titled("PHÚ HÒA"), "Phú Hòa");
        assert_eq!(titled("Bến Thành"), "Bến Thành");
        assert_eq!(titled("CĐS"), "CĐS");
    }

    #[test]
    fn a_province_its_issuer_and_title() {
        let f = folded(TRA_VINH);
        let u = unit(&f);
        assert_eq!((u.jurisdiction.id.as_str(), u.jurisdiction.name.as_str()), ("tra_vinh", "Trà Vinh"));
        assert_eq!((u.jurisdiction.kind, u.jurisdiction.level), (UnitKind::Province, Level::Province));
        assert_eq!(issuer(&u), "Ủy ban nhân dân tỉnh Trà Vinh");
        assert_eq!(title(&f), "KẾ HOẠCH Chuyển đổi số tỉnh Trà Vinh đến năm 2025, định hướng đến năm 2030");
        // A province named only as the issuer is the plan's.
        let f = folded("Hà Giang đặt mục tiêu\nUBND tỉnh Hà Giang vừa ban hành Kế hoạch chuyển đổi số năm 2025.");
        assert_eq!(unit(&f).jurisdiction.id, "ha_giang");
        // A province named only by its Party committee or opening the headline, after a line of no words (a probe of
        // 7 Dec 2026; ha_noi_ho_so_truc_tuyen_cap_xa_2025, a development text); not when a unit is named otherwise.
        let f = folded("Ban Thường vụ Tỉnh ủy Tây Ninh ban hành Chương trình hành động.");
        assert_eq!(unit(&f).jurisdiction.id, "tay_ninh");
        let f = folded("![]() |\nHà Nội: 100% kết quả thủ tục hành chính trả qua bản điện tử |\n");
        assert_eq!((unit(&f).jurisdiction.id.as_str(), unit(&f).jurisdiction.name.as_str()), ("ha_noi", "Hà Nội"));
        let f = folded("Tây Ninh: xã Tân Phú ra mắt Tổ công nghệ số cộng đồng");
        assert_eq!(unit(&f).jurisdiction.id, "xa_tan_phu");
        assert_eq!(unit(&folded("Tây Nguyên đặt mục tiêu")).jurisdiction.id, "unknown");
        // Or its first words after the headline's colon (a probe of 7 Dec 2026;
        // ho_chi_minh_chuong_trinh_chuyen_doi_so_2025, a development text), not a later line's.
        let f = folded("Bình dân học vụ số: Thanh Hóa đạt 65% kế hoạch\nToàn tỉnh đã có 1,2 triệu lượt người học.");
        assert_eq!(unit(&f).jurisdiction.id, "thanh_hoa");
        let f = folded("Đến năm 2030: TPHCM phấn đấu trở thành đô thị thông minh");
        assert_eq!(unit(&f).jurisdiction.id, "ho_chi_minh");
        assert_eq!(unit(&folded("Tin tức\nKinh tế: Thanh Hóa đạt 65% kế hoạch")).jurisdiction.id, "unknown");
        // Or the one its bare name names most, at least twice and more than any other (a probe of 7 Dec 2026), a
        // longer name's part not apart; not one of a tie, nor one named once, nor a name in lower case.
        let f = folded("Kinh tế số của Đà Nẵng\nTại Hội thảo, TP. Đà Nẵng đặt mục tiêu, Hà Nội cũng vậy.");
        assert_eq!((unit(&f).jurisdiction.id.as_str(), unit(&f).jurisdiction.name.as_str()), ("da_nang", "Đà Nẵng"));
        let f = folded("Lãnh đạo TP. Huế dự lễ.\nHuế xếp thứ 2, Hà Nội đứng đầu, TP. Hồ Chí Minh xếp hạng 4.");
        assert_eq!(unit(&f).jurisdiction.id, "hue");
        let f = folded("Tỉnh Bà Rịa- Vũng Tàu đạt 90%.\nBà Rịa – Vũng Tàu có 8 huyện, Bà Rịa-Vũng Tàu giáp biển.");
        assert_eq!(unit(&f).jurisdiction.id, "ba_ria_vung_tau");
        assert_eq!(unit(&folded("Tin về Huế và Đà Nẵng.\nĐà Nẵng, Huế.")).jurisdiction.id, "unknown");
        assert_eq!(unit(&folded("Kinh tế số của Đà Nẵng tăng nhanh.")).jurisdiction.id, "unknown");
        assert_eq!(unit(&folded("Đường về huế.\nQua huế.")).jurisdiction.id, "unknown");
        // A name at the end of its line ends there.
        let f = folded("KẾ HOẠCH\nChuyển đổi số tỉnh Hòa Bình\n1. Giai đoạn 2021-2025");
        assert_eq!(unit(&f).jurisdiction.id, "hoa_binh");
        // ha_tinh_du_lich_2030 (a development text): a person's name after "tỉnh" (the "Tĩnh" of "Hà Tĩnh" folds to
        // it too) is no province.
        let f = folded(
            "Phó Chủ tịch UBND tỉnh Hà Tĩnh Đặng Quốc Vinh chủ trì. Phó Chủ tịch UBND tỉnh Đặng Quốc Vinh: Ngành tham \
             mưu cần cụ thể hơn. Du lịch Hà Tĩnh đến năm 2030.",
        );
        assert_eq!(unit(&f).jurisdiction.id, "ha_tinh");
        let named = |n: &str| provinces::named(&fold(n));
        assert!(named("Daklak") && named("Thừa Thiên Huế") && !named("Đặng Quốc Vinh"));
        // Spaces doubled, no-break spaces and decomposed letters (NFD) name the same unit.
        for text in
            ["TP.Hải  Phòng đặt mục tiêu", "TP.Hải\u{a0}Phòng đặt mục tiêu", "tỉnh Tra\u{300} Vinh đặt mục tiêu"]
        {
            let u = unit(&folded(text));
            assert!(["hai_phong", "tra_vinh"].contains(&u.jurisdiction.id.as_str()), "{text}: {:?}", u.jurisdiction);
        }
    }

    #[test]
    fn a_provincial_city_is_a_district_level_unit_under_its_province() {
        let f = folded(
            "Phó Chủ tịch UBND tỉnh Tây Ninh Trần Văn Chiến vừa ký Quyết định số 393/QĐ-UBND Phê duyệt Đề án xây dựng \
             thành phố Tây Ninh trở thành đô thị thông minh. Thành phố Tây Ninh phấn đấu ... thành phố Tây Ninh.",
        );
        let u = unit(&f);
        let j = &u.jurisdiction;
        assert_eq!((j.id.as_str(), j.kind, j.level), ("tay_ninh_city", UnitKind::ProvincialCity, Level::District));
        assert_eq!(j.parent.as_deref(), Some("tay_ninh"));
        assert_eq!(issuer(&u), "Ủy ban nhân dân tỉnh Tây Ninh");
    }

    #[test]
    fn an_urban_district_is_quan_with_its_dot_below() {
        // "Bình quân GRDP" (an average) named an urban district "GRDP", found by a regression text of
        // ha_tinh_quy_hoach_2030 (a development text).
        assert_eq!(unit(&folded("Bình quân GRDP trên đầu người đạt 170 triệu đồng.")).jurisdiction.id, "unknown");
        assert_eq!(unit(&folded("Quân đội Nhân dân phấn đấu.")).jurisdiction.id, "unknown");
        for text in ["Quận Nam Từ Liêm phấn đấu", "Qua\u{323}\u{302}n Nam Từ Liêm phấn đấu"] {
            let u = unit(&folded(text));
            assert_eq!(
                (u.jurisdiction.id.as_str(), u.jurisdiction.kind),
                ("nam_tu_liem", UnitKind::UrbanDistrict),
                "{text}"
            );
        }
    }

    #[test]
    fn a_centrally_run_city_is_a_province_level_unit() {
        let u = unit(&folded("Kế hoạch chuyển đổi số thành phố Cần Thơ năm 2023"));
        let j = &u.jurisdiction;
        assert_eq!((j.id.as_str(), j.kind, j.level), ("can_tho", UnitKind::CentrallyRunCity, Level::Province));
        assert_eq!(issuer(&u), "Ủy ban nhân dân thành phố Cần Thơ");
        assert_eq!(unit(&folded("Không có tên")).jurisdiction.id, "unknown");
        // "TP.HCM" is Hồ Chí Minh City, not a provincial city named "HCM".
        let u = unit(&folded("Tỷ lệ bao phủ bảo hiểm y tế của TP.HCM đạt 95%"));
        let j = &u.jurisdiction;
        assert_eq!(
            (j.id.as_str(), j.name.as_str(), j.kind),
            ("ho_chi_minh", "Hồ Chí Minh", UnitKind::CentrallyRunCity)
        );
    }

    #[test]
    fn a_title_is_cut_to_the_documents_name() {
        let f = folded("Tiền Giang: Phê duyệt Đề án chuyển đổi số tỉnh Tiền Giang đến năm 2025\n");
        assert_eq!(title(&f), "Đề án chuyển đổi số tỉnh Tiền Giang đến năm 2025");
    }

    #[test]
    fn the_line_after_the_kind_standing_alone_is_the_title_whatever_its_subject() {
        // A probe of 6 Dec 2026 (a commune's plan for the national identity project, Đề án 06), ha_noi_xoa_mu_chu_2020
        // and phu_yen_nong_thon_moi_2025 (development texts): no subject of digital transformation, no title, no year.
        let f = folded("UBND XÃ ĐẠI LỘC\nKẾ HOẠCH\nTriển khai Đề án 06 trên địa bàn xã năm 2026\n\nII. CHỈ TIÊU\n");
        assert_eq!(title(&f), "KẾ HOẠCH Triển khai Đề án 06 trên địa bàn xã năm 2026");
        let f = folded("BÁO CÁO\nKết quả công tác xóa mù chữ năm 2025\n");
        assert_eq!(title(&f), "Kết quả công tác xóa mù chữ năm 2025");
        // Not a line with no year after it, nor a line that is no kind's.
        assert_eq!(title(&folded("KẾ HOẠCH\nTriển khai Đề án 06 trên địa bàn xã\n")), "");
        assert_eq!(title(&folded("UBND XÃ ĐẠI LỘC\nKết quả công tác xóa mù chữ năm 2025\n")), "");
        // A probe of 6 Dec 2026 (a province's plan for Resolution 57): under the kind, "Thực hiện ..." is the title,
        // not a preamble's opening; elsewhere it is.
        let f = folded("KẾ HOẠCH\nThực hiện Nghị quyết số 57-NQ/TW trên địa bàn tỉnh An Giang năm 2026\n");
        assert_eq!(title(&f), "KẾ HOẠCH Thực hiện Nghị quyết số 57-NQ/TW trên địa bàn tỉnh An Giang năm 2026");
        let f = folded("UBND TỈNH AN GIANG\nThực hiện Quyết định số 12/QĐ-UBND về chuyển đổi số năm 2026, UBND xã\n");
        assert_eq!(title(&f), "");
        // An action programme, its kind said in full, carrying out a resolution with no year (a probe of 6 Dec 2026); a
        // kind with no year and no act is no title still.
        let f = folded(
            "CHƯƠNG TRÌNH HÀNH ĐỘNG\ncủa Ban Chấp hành Đảng bộ tỉnh Lâm Đồng thực hiện Nghị quyết số 57-NQ/TW\n",
        );
        assert_eq!(
            title(&f),
            "CHƯƠNG TRÌNH HÀNH ĐỘNG của Ban Chấp hành Đảng bộ tỉnh Lâm Đồng thực hiện Nghị quyết số 57-NQ/TW"
        );
        assert_eq!(title(&folded("CHƯƠNG TRÌNH HÀNH ĐỘNG\ncủa Ban Chấp hành Đảng bộ tỉnh Lâm Đồng\n")), "");
        // The line after it, dated, opening with the act (a probe of 7 Dec 2026): not a later item's line that names
        // the subject ("2. Mục tiêu đến năm 2045: ... về chuyển đổi số").
        let f = folded(
            "CHƯƠNG TRÌNH HÀNH ĐỘNG\nThực hiện Nghị quyết số 57-NQ/TW trên địa bàn tỉnh Lâm Đồng đến năm 2030\n1. Mục \
             tiêu đến năm 2030\n2. Mục tiêu đến năm 2045: Lâm Đồng thuộc nhóm 10 tỉnh dẫn đầu về chuyển đổi số.\n",
        );
        assert_eq!(
            title(&f),
            "CHƯƠNG TRÌNH HÀNH ĐỘNG Thực hiện Nghị quyết số 57-NQ/TW trên địa bàn tỉnh Lâm Đồng đến năm 2030"
        );
    }

    #[test]
    fn a_congress_resolution_is_titled_by_its_term() {
        // A new commune's first congress (a probe of 6 Dec 2026): its term is the title's year.
        let f = folded(
            "NGHỊ QUYẾT Đại hội Đại biểu Đảng bộ xã Tân Phú lần thứ I, nhiệm kỳ 2025 - 2030\n\nĐến năm 2030, ...\n",
        );
        assert_eq!(title(&f), "NGHỊ QUYẾT Đại hội Đại biểu Đảng bộ xã Tân Phú lần thứ I, nhiệm kỳ 2025 - 2030");
    }

    #[test]
    fn a_name_in_a_headings_capitals_ends_before_its_year() {
        // A probe of 6 Dec 2026: "LAI CHÂU NĂM" was the name, which no province has.
        let f = folded("KẾ HOẠCH CHUYỂN ĐỔI SỐ TỈNH LAI CHÂU NĂM 2026\n");
        let at_ = f.text.find("lai chau").unwrap();
        assert_eq!(name_at(&f, at_).map(|(n, _)| n), Some("LAI CHÂU".to_owned()));
        for (text, name) in [
            ("TỈNH QUẢNG NAM GIAI ĐOẠN 2026 - 2030", "QUẢNG NAM"),
            ("TỈNH BÌNH ĐỊNH ĐỊNH HƯỚNG ĐẾN NĂM 2030", "BÌNH ĐỊNH"),
            ("XÃ TAM NÔNG TRÊN ĐỊA BÀN", "TAM NÔNG"),
            ("TỈNH HÀ NAM", "HÀ NAM"),
        ] {
            let f = folded(text);
            let at_ = f.text.find(' ').unwrap() + 1;
            assert_eq!(name_at(&f, at_).map(|(n, _)| n), Some(name.to_owned()), "{text}");
        }
    }

    #[test]
    fn a_congress_headline_with_its_term_is_the_title() {
        // A probe of 6 Dec 2026 (news of a commune's first congress): the headline, not a sentence of the body naming
        // digital transformation and a year.
        let f = folded(
            "Đại hội đại biểu Đảng bộ xã Tân Phú lần thứ I, nhiệm kỳ 2025 - 2030 thành công tốt đẹp\n\nVề chuyển đổi \
             số, đến năm 2030 có 100% hồ sơ được giải quyết trực tuyến.\n",
        );
        assert_eq!(title(&f), "Đại hội đại biểu Đảng bộ xã Tân Phú lần thứ I, nhiệm kỳ 2025 - 2030 thành công tốt đẹp");
        // Not a sentence of what the congress did.
        assert!(!names_a_congress("dai hoi da bau ban chap hanh moi nhiem ky 2025-2030 gom 15 dong chi"));
        assert!(!names_a_congress("dai hoi dang bo tinh nhiem ky 2025-2030 de ra 30 chi tieu. trong do, ..."));
        assert!(!names_a_congress("dai hoi dang bo xa lan thu i thanh cong tot dep"));
        assert!(names_a_congress("dai hoi dai bieu dang bo xa quai to lan thu i, nhiem ky 2025 - 2030"));
    }

    #[test]
    fn a_socio_economic_plan_is_a_plan_and_names_its_five_years() {
        // ha_tinh_2030 (a development text).
        let f = folded("Nghị quyết về Kế hoạch phát triển Kinh tế - Xã hội 5 năm 2025 - 2030\nNgày 10/12/2025, ...\n");
        assert_eq!(title(&f), "Kế hoạch phát triển Kinh tế - Xã hội 5 năm 2025 - 2030");
        let period = super::super::period::of_title(&fold(&title(&f))).period.map(|p| (p.from, p.to));
        assert_eq!(period, Some((Some(2025), 2030)));
        // quan_nam_tu_liem_ha_noi_2024 (a development text): "KT-XH", as councils abbreviate it, in a headline on the
        // vote; the resolution's year makes the plan annual.
        let f = folded(
            "TIN TỨC HOẠT ĐỘNG HỘI ĐỒNG NHÂN DÂN\n\n100% Đại biểu HĐND quận biểu quyết thông qua Nghị quyết về kế hoạch \
             phát triển KT-XH, QP-AN năm 2024\n",
        );
        assert_eq!(title(&f), "kế hoạch phát triển KT-XH, QP-AN năm 2024");
        assert_eq!(super::super::period::of_title(&fold(&title(&f))).annual, Some(2024));
        // The same with "100 %", as official texts often space it: the document's name is counted in words.
        let f =
            folded("100 % Đại biểu HĐND quận biểu quyết thông qua Nghị quyết về kế hoạch phát triển KT-XH năm 2024\n");
        assert_eq!(title(&f), "kế hoạch phát triển KT-XH năm 2024");
        // Past the twelfth word the name is the headline's own.
        let long =
            "Một hai ba bốn năm sáu bảy tám chín mười mười một mười hai thông qua Kế hoạch chuyển đổi số năm 2024";
        assert_eq!(from_document_name(long.to_owned()), long);
    }

    #[test]
    fn a_plan_named_in_running_text_is_the_title_of_a_text_without_one() {
        let f = folded(
            "Phấn đấu đạt 60% hồ sơ được xử lý trên môi trường mạng\nTheo Kế hoạch Chuyển đổi số tỉnh Phú Yên năm \
             2024 vừa được UBND tỉnh ban hành, mục tiêu phấn đấu đạt 60% hồ sơ thủ tục hành chính được xử lý \
             hoàn toàn trên môi trường mạng; 80% hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng.\n",
        );
        assert_eq!(title(&f), "Kế hoạch Chuyển đổi số tỉnh Phú Yên năm 2024");
        // A plan named by its number, date and issuer, about online public services.
        let f = folded(
            "Thực hiện Kế hoạch số 29/KH-UBND ngày 10/02/2025 của UBND huyện Vĩnh Linh về việc đẩy mạnh sử dụng \
             dịch vụ công trực tuyến và nâng cao tỷ lệ hồ sơ trực tuyến toàn trình trên địa bàn huyện năm 2025; \
             UBND xã xây dựng kế hoạch.\n",
        );
        assert!(title(&f).starts_with("Kế hoạch số 29/KH-UBND") && title(&f).ends_with("năm 2025"), "{}", title(&f));
        // A plan named by its number with its name right after, no "về" between (thua_thien_hue_chuyen_doi_so_2023, a
        // development text): its year dates the targets the text gives none.
        let f = folded(
            "Ngày 14/09/2023, UBND tỉnh Thừa Thiên Huế ban hành Kế hoạch số 308/KH-UBND triển khai mô hình tỉnh chuyển \
             đổi số điển hình năm 2023 nhằm xây dựng mô hình tỉnh chuyển đổi số điển hình.\n",
        );
        assert_eq!(
            named_in_text(&f),
            "Kế hoạch số 308/KH-UBND triển khai mô hình tỉnh chuyển đổi số điển hình năm 2023"
        );
        // The year of a date after the number is not the name's ("ngày 14 tháng 9 năm 2023").
        let f = folded("Theo Kế hoạch số 308/KH-UBND ngày 14 tháng 9 năm 2023 của UBND tỉnh, đạt 60% hồ sơ.\n");
        assert_eq!(title(&f), "");
        // Another subject, or a year too far from "Kế hoạch", names no plan of this kind.
        assert_eq!(title(&folded("Theo Kế hoạch phát triển du lịch năm 2024, đạt 60% khách.\n")), "");
        // A line that ends with a clause's ";" is running text even when short enough for a title (phu_yen, a
        // development text, with each clause on a line of its own): the plan is named in it.
        let f = folded(
            "Phấn đấu đạt 60% hồ sơ được xử lý trên môi trường mạng\nTheo Kế hoạch Chuyển đổi số tỉnh Phú Yên năm \
             2024 vừa được UBND tỉnh ban hành, mục tiêu phấn đấu đạt 60% hồ sơ thủ tục hành chính;\n80% hồ sơ công \
             việc tại UBND tỉnh;\n",
        );
        assert_eq!(title(&f), "Kế hoạch Chuyển đổi số tỉnh Phú Yên năm 2024");
    }

    #[test]
    fn the_signer_is_the_name_before_ky() {
        let f = folded("Chủ tịch UBND tỉnh Tiền Giang Nguyễn Văn Vĩnh vừa ký Quyết định số 393/QĐ-UBND.");
        assert_eq!(signer(&f, Some("Tiền Giang")).as_deref(), Some("Nguyễn Văn Vĩnh"));
    }

    #[test]
    fn read_takes_every_step() {
        let m = read(&folded(TRA_VINH));
        assert_eq!(m.number.as_deref(), Some("50/KH-UBND"));
        assert_eq!(m.signed_on, Date::from_calendar_date(2022, Month::July, 12).ok());
        assert_eq!(m.period, Some(Period { from: None, to: 2025, horizon: Some(2030) }));
        assert_eq!(m.annual, None);
        assert_eq!(m.used.len(), 2);
        assert_eq!(read(&folded("")).title, "(untitled plan)");
    }
}
