//! The bundled register of administrative units: the counts the law sets, reused codes, the 23 merges of
//! Resolution 202/2025/QH15 with every member, name matching, the errors, and the five successor
//! provinces' commune mappings against the text of their resolutions (1682, 1663, 1664, 1687 and
//! 1668/NQ-UBTVQH15), clause by clause.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use chitieu::calc::succession::{name_key, Lineage, SuccessionError};
use chitieu::model::register::{RegisteredUnit, Share, Verification};
use chitieu::{ChitieuError, Level, UnitKind};
use time::macros::date;
use time::Date;
use unicode_normalization::UnicodeNormalization;

const BEFORE: Date = date!(2025 - 06 - 30);
const AFTER: Date = date!(2025 - 07 - 01);

fn lineage() -> Lineage<'static> {
    Lineage::new(chitieu::bundled::register().unwrap())
}

fn count(lineage: &Lineage<'_>, date: Date, level: Level) -> usize {
    lineage.units_on(date, Some(level)).len()
}

#[test]
fn the_counts_the_law_sets() {
    let l = lineage();
    // 63 provincial units until 30 June 2025 (six centrally-run cities since Huế became one on 1 January
    // 2025), 34 from 1 July 2025 (28 provinces and 6 centrally-run cities).
    assert_eq!(count(&l, BEFORE, Level::Province), 63);
    assert_eq!(count(&l, date!(2024 - 12 - 31), Level::Province), 63);
    assert_eq!(count(&l, AFTER, Level::Province), 34);
    let cities =
        |d| l.units_on(d, Some(Level::Province)).iter().filter(|u| u.kind == UnitKind::CentrallyRunCity).count();
    assert_eq!((cities(date!(2024 - 12 - 31)), cities(BEFORE), cities(AFTER)), (5, 6, 6));
    // No district tier from 1 July 2025; 3,321 commune-level units: 2,621 xã, 687 phường, 13 đặc khu.
    assert_eq!(count(&l, AFTER, Level::District), 0);
    let communes = l.units_on(AFTER, Some(Level::Commune));
    assert_eq!(communes.len(), 3321);
    let of = |k: UnitKind| communes.iter().filter(|u| u.kind == k).count();
    assert_eq!((of(UnitKind::Commune), of(UnitKind::Ward), of(UnitKind::SpecialZone)), (2621, 687, 13));
    assert_eq!(of(UnitKind::Township), 0);
    // Before: the source's list (GSO codes as of 1 March 2025): 696 districts, 10,047 communes.
    assert_eq!(count(&l, BEFORE, Level::District), 696);
    assert_eq!(count(&l, BEFORE, Level::Commune), 10_047);
}

#[test]
fn communes_of_a_province_on_a_date() {
    let l = lineage();
    // Long An had 186 commune-level units before the reform, Cần Thơ 80 (39 phường, 5 thị trấn, 36 xã);
    // the new Tây Ninh has 96 (1682/NQ-UBTVQH15 Điều 1 khoản 97), the new Vĩnh Long 124 (1687, khoản 121).
    let province = |q: &str, d: Date| l.unit_at_level(q, Level::Province, d).unwrap();
    assert_eq!(l.communes_of(province("Long An", BEFORE), BEFORE).unwrap().len(), 186);
    let can_tho_old = l.communes_of(province("Cần Thơ", BEFORE), BEFORE).unwrap();
    let kinds = |k: UnitKind| can_tho_old.iter().filter(|u| u.kind == k).count();
    assert_eq!((kinds(UnitKind::Ward), kinds(UnitKind::Township), kinds(UnitKind::Commune)), (39, 5, 36));
    assert_eq!(l.communes_of(province("Tây Ninh", AFTER), AFTER).unwrap().len(), 96);
    assert_eq!(l.communes_of(province("Vĩnh Long", AFTER), AFTER).unwrap().len(), 124);
    assert_eq!(l.communes_of(province("Cần Thơ", AFTER), AFTER).unwrap().len(), 103);
    let total: usize =
        l.units_on(AFTER, Some(Level::Province)).iter().map(|p| l.communes_of(p, AFTER).unwrap().len()).sum();
    assert_eq!(total, 3321);
    // A province asked about a date it was not in force, a district asked for its communes.
    let long_an = province("Long An", BEFORE);
    assert_eq!(l.communes_of(long_an, AFTER).unwrap_err().code(), "not_in_force");
    let district = l.unit_at("Thành phố Tân An", BEFORE).unwrap();
    let err = l.communes_of(district, BEFORE).unwrap_err();
    assert_eq!((err.code(), err.path().as_deref()), ("wrong_level", Some("unit")));
}

#[test]
fn codes_are_reused_so_a_code_takes_a_date() {
    let l = lineage();
    for (code, before, after) in [
        ("80", "Tỉnh Long An", "Tỉnh Tây Ninh"),
        ("52", "Tỉnh Bình Định", "Tỉnh Gia Lai"),
        ("82", "Tỉnh Tiền Giang", "Tỉnh Đồng Tháp"),
        ("86", "Tỉnh Vĩnh Long", "Tỉnh Vĩnh Long"),
        ("92", "Thành phố Cần Thơ", "Thành phố Cần Thơ"),
    ] {
        let old = l.unit_at(code, BEFORE).unwrap();
        let new = l.unit_at(code, AFTER).unwrap();
        assert_eq!((old.official_name(), new.official_name()), (before.to_owned(), after.to_owned()));
        assert_eq!((old.valid_to, new.valid_from), (Some(BEFORE), Some(AFTER)));
        assert!(!old.is_same_unit(new), "{code}: a merged province is a new unit");
    }
    // Commune codes too: 27694 was Phường 1 of Tân An and is phường Long An.
    assert_eq!(l.unit_at("27694", BEFORE).unwrap().official_name(), "Phường 1");
    assert_eq!(l.unit_at("27694", AFTER).unwrap().official_name(), "Phường Long An");
    // An unchanged province is one unit on both sides; Huế became a centrally-run city on 1 January 2025.
    let ha_noi = l.unit_at("01", BEFORE).unwrap();
    assert!(ha_noi.is_same_unit(l.unit_at("01", AFTER).unwrap()));
    assert_eq!(l.unit_at("46", date!(2024 - 12 - 31)).unwrap().official_name(), "Tỉnh Thừa Thiên Huế");
    assert_eq!(l.unit_at("46", AFTER).unwrap().kind, UnitKind::CentrallyRunCity);
}

/// Resolution 202/2025/QH15, Article 1: the 23 provincial units formed on 1 July 2025 and the units each
/// was formed from (all of each one's area and population).
const MERGES: [(&str, &str, &[&str]); 23] = [
    ("08", "Tuyên Quang", &["Hà Giang", "Tuyên Quang"]),
    ("15", "Lào Cai", &["Lào Cai", "Yên Bái"]),
    ("19", "Thái Nguyên", &["Bắc Kạn", "Thái Nguyên"]),
    ("25", "Phú Thọ", &["Hòa Bình", "Phú Thọ", "Vĩnh Phúc"]),
    ("24", "Bắc Ninh", &["Bắc Giang", "Bắc Ninh"]),
    ("33", "Hưng Yên", &["Hưng Yên", "Thái Bình"]),
    ("31", "Hải Phòng", &["Hải Dương", "Hải Phòng"]),
    ("37", "Ninh Bình", &["Hà Nam", "Nam Định", "Ninh Bình"]),
    ("44", "Quảng Trị", &["Quảng Bình", "Quảng Trị"]),
    ("48", "Đà Nẵng", &["Quảng Nam", "Đà Nẵng"]),
    ("51", "Quảng Ngãi", &["Kon Tum", "Quảng Ngãi"]),
    ("52", "Gia Lai", &["Bình Định", "Gia Lai"]),
    ("56", "Khánh Hòa", &["Khánh Hòa", "Ninh Thuận"]),
    ("68", "Lâm Đồng", &["Bình Thuận", "Lâm Đồng", "Đắk Nông"]),
    ("66", "Đắk Lắk", &["Phú Yên", "Đắk Lắk"]),
    ("79", "Hồ Chí Minh", &["Bà Rịa - Vũng Tàu", "Bình Dương", "Hồ Chí Minh"]),
    ("75", "Đồng Nai", &["Bình Phước", "Đồng Nai"]),
    ("80", "Tây Ninh", &["Long An", "Tây Ninh"]),
    ("92", "Cần Thơ", &["Cần Thơ", "Hậu Giang", "Sóc Trăng"]),
    ("86", "Vĩnh Long", &["Bến Tre", "Trà Vinh", "Vĩnh Long"]),
    ("82", "Đồng Tháp", &["Tiền Giang", "Đồng Tháp"]),
    ("96", "Cà Mau", &["Bạc Liêu", "Cà Mau"]),
    ("91", "An Giang", &["An Giang", "Kiên Giang"]),
];

/// The 11 provincial units not rearranged.
const UNCHANGED: [&str; 11] = [
    "Hà Nội",
    "Huế",
    "Lai Châu",
    "Điện Biên",
    "Sơn La",
    "Lạng Sơn",
    "Quảng Ninh",
    "Thanh Hóa",
    "Nghệ An",
    "Hà Tĩnh",
    "Cao Bằng",
];

fn sorted_keys<'a>(names: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let mut keys: Vec<String> = names.into_iter().map(name_key).collect();
    keys.sort();
    keys
}

#[test]
fn every_merge_of_resolution_202_with_its_members() {
    let l = lineage();
    for (code, name, members) in MERGES {
        let new = l.unit_at(code, AFTER).unwrap();
        assert_eq!(name_key(&new.name), name_key(name), "{code}");
        let preds = l.predecessors(new).unwrap();
        let got = sorted_keys(preds.iter().map(|p| p.unit.name.as_str()));
        assert_eq!(got, sorted_keys(members.iter().copied()), "members of {name}");
        for p in &preds {
            assert_eq!(
                (p.unit.valid_to, p.share, p.transfer.status),
                (Some(BEFORE), Share::Whole, Verification::Checked)
            );
            assert_eq!(p.transfer.basis.to_string(), "Nghị quyết 202/2025/QH15");
            let succ = l.successors(p.unit, AFTER).unwrap();
            assert_eq!(succ.len(), 1);
            assert!(succ[0].unit.is_same_unit(new) && succ[0].share == Share::Whole);
        }
    }
    let merged: usize = MERGES.iter().map(|m| m.2.len()).sum();
    assert_eq!(merged, 52);
    for name in UNCHANGED {
        let unit = l.unit_at_level(name, Level::Province, AFTER).unwrap();
        assert!(unit.is_valid_on(BEFORE) && unit.valid_to.is_none(), "{name} continues");
        let succ = l.successors(unit, AFTER).unwrap();
        assert!(succ.len() == 1 && succ[0].unit.is_same_unit(unit) && succ[0].via.is_empty());
    }
    let huế = l.unit_at_level("Huế", Level::Province, AFTER).unwrap();
    let before_huế = l.predecessors(huế).unwrap();
    assert_eq!(before_huế[0].unit.official_name(), "Tỉnh Thừa Thiên Huế");
    assert_eq!(before_huế[0].transfer.basis.act, "175/2024/QH15");
}

#[test]
fn names_match_without_prefix_in_any_case_and_normalisation() {
    let l = lineage();
    let nfd: String = "Tây Ninh".nfd().collect();
    assert_ne!(nfd, "Tây Ninh");
    for query in [nfd.as_str(), "Tây Ninh", "tỉnh Tây Ninh", "TỈNH TÂY NINH", "  tây   ninh "] {
        assert_eq!(l.unit_at(query, AFTER).unwrap().code, "80", "{query:?}");
    }
    let thanh_hoa = l.unit_at_level("Thanh Hoá", Level::Province, AFTER).unwrap();
    assert_eq!(thanh_hoa.code, "38"); // "Hoá" and "Hóa": the tone mark's place is spelling
    assert_eq!(l.unit_at("TP. Hồ Chí Minh", AFTER).unwrap().code, "79");
    assert_eq!(l.unit_at("thành phố hồ chí minh", BEFORE).unwrap().code, "79");
    assert_eq!(l.unit_at("Đặc khu Phú Quốc", AFTER).unwrap().kind, UnitKind::SpecialZone);
    let nfd_commune: String = "xã Hưng Điền".nfd().collect();
    assert_eq!(l.unit_at(&nfd_commune, AFTER).unwrap().code, "27727");
    // Numbered wards need their kind and, there being many, the unit they lie in.
    let ward = l.unit_at("Phường 5, Thành phố Tân An, Tỉnh Long An", BEFORE).unwrap();
    assert_eq!(ward.code, "27685");
    assert_eq!(l.unit_at("phường 5, tân an", BEFORE).unwrap().code, "27685");
    assert_eq!(l.unit_at("Phường IV, Tây Ninh", BEFORE).unwrap().code, "25462");
    assert_eq!(l.unit_at("Phường 5", BEFORE).unwrap_err().code(), "ambiguous_unit");
}

#[test]
fn ambiguous_unknown_and_out_of_date_are_typed_errors() {
    let l = lineage();
    // On 30 June 2025 "Tây Ninh" is a province and a provincial city.
    let err = l.unit_at("Tây Ninh", BEFORE).unwrap_err();
    assert_eq!((err.code(), err.path().as_deref()), ("ambiguous_unit", Some("code_or_name")));
    let SuccessionError::Ambiguous { candidates, .. } = &err else { panic!("{err:?}") };
    let mut found: Vec<_> = candidates.iter().map(RegisteredUnit::official_name).collect();
    found.sort();
    assert_eq!(found, ["Thành phố Tây Ninh", "Tỉnh Tây Ninh", "Xã Tây Ninh"]); // and a xã of Thái Bình
    assert!(err.to_string().contains("72 Tỉnh Tây Ninh (until 2025-06-30)"), "{err}");
    assert!(err.to_string().contains("703 Thành phố Tây Ninh"), "{err}");
    // The kind or the level settles it.
    assert_eq!(l.unit_at("tỉnh Tây Ninh", BEFORE).unwrap().code, "72");
    assert_eq!(l.unit_at_level("Tây Ninh", Level::District, BEFORE).unwrap().code, "703");
    // A code that did not exist on the date says which unit it was and when.
    let err = l.unit_at("87", AFTER).unwrap_err();
    assert_eq!(err.code(), "not_in_force");
    assert!(err.to_string().contains("87 Tỉnh Đồng Tháp (until 2025-06-30)"), "{err}");
    let err = l.unit_at("tỉnh Trà Vinh", AFTER).unwrap_err();
    let SuccessionError::NotInForce { units, .. } = &err else { panic!("{err:?}") };
    assert!(units.iter().any(|u| u.code == "84" && u.valid_to == Some(BEFORE)), "{err}");
    assert_eq!(l.unit_at("Tỉnh Tây Ninh", date!(2025 - 07 - 01)).unwrap().valid_from, Some(AFTER));
    // Unknown.
    for query in ["Atlantis", "99", "", "tỉnh", "12345678"] {
        let err = l.unit_at(query, AFTER).unwrap_err();
        assert_eq!(err.code(), "unknown_unit", "{query:?}");
    }
    let stranger = RegisteredUnit {
        code: "99".to_owned(),
        name: "Atlantis".to_owned(),
        kind: UnitKind::Province,
        parent: None,
        valid_from: None,
        valid_to: None,
    };
    assert_eq!(l.predecessors(&stranger).unwrap_err().code(), "unknown_unit");
}

#[test]
fn successors_follow_districts_through_their_communes() {
    let l = lineage();
    let tra_vinh = l.unit_at("tỉnh Trà Vinh", BEFORE).unwrap();
    assert_eq!(tra_vinh.level(), Level::Province);
    let now = l.successors(tra_vinh, date!(2026 - 03 - 01)).unwrap();
    assert_eq!((now[0].unit.code.as_str(), now[0].share, now.len()), ("86", Share::Whole, 1));
    // On its own dates a unit is its own successor; before them it has none.
    assert!(l.successors(tra_vinh, BEFORE).unwrap()[0].unit.is_same_unit(tra_vinh));
    let new_vinh_long = l.unit_at("86", AFTER).unwrap();
    assert_eq!(l.successors(new_vinh_long, BEFORE).unwrap_err().code(), "not_in_force");
    // The city of Tây Ninh (a district) went to the wards its communes went to, each in part.
    let city = l.unit_at_level("Tây Ninh", Level::District, BEFORE).unwrap();
    let wards = l.successors(city, AFTER).unwrap();
    let mut names: Vec<_> = wards.iter().map(|s| s.unit.official_name()).collect();
    names.sort();
    assert_eq!(names, ["Phường Bình Minh", "Phường Ninh Thạnh", "Phường Tân Ninh"]);
    assert!(wards.iter().all(|s| s.share == Share::Part && s.status == Verification::Checked));
}

#[test]
fn old_communes_to_new_whole_or_in_part() {
    let l = lineage();
    // 1682/NQ-UBTVQH15 khoản 5, 6 and 7 divide xã Thái Bình Trung (huyện Vĩnh Hưng) among three new communes.
    let old = l.unit_at("Xã Thái Bình Trung, Huyện Vĩnh Hưng", BEFORE).unwrap();
    let mut to: Vec<_> =
        l.old_to_new(old).unwrap().iter().map(|s| (s.unit.official_name(), s.share, s.via[0].basis.clause)).collect();
    to.sort();
    assert_eq!(
        to,
        [
            ("Xã Khánh Hưng".to_owned(), Share::Part, Some(7)),
            ("Xã Tuyên Bình".to_owned(), Share::Part, Some(5)),
            ("Xã Vĩnh Hưng".to_owned(), Share::Part, Some(6))
        ]
    );
    // Whole: xã Hưng Hà (Tân Hưng) went whole to xã Hưng Điền (khoản 1).
    let whole = l.old_to_new(l.unit_at("Xã Hưng Hà, Tân Hưng", BEFORE).unwrap()).unwrap();
    assert_eq!((whole.len(), whole[0].share, whole[0].unit.code.as_str()), (1, Share::Whole, "27727"));
    // A new commune has not gone anywhere.
    assert!(l.old_to_new(l.unit_at("27727", AFTER).unwrap()).unwrap().is_empty());
}

#[test]
fn every_link_of_the_five_successor_provinces_was_read_from_the_text() {
    let l = lineage();
    for (code, act) in [("80", "1682"), ("82", "1663"), ("52", "1664"), ("86", "1687"), ("92", "1668")] {
        let province = l.unit_at(code, AFTER).unwrap();
        for commune in l.communes_of(province, AFTER).unwrap() {
            let preds = l.predecessors(commune).unwrap();
            assert!(!preds.is_empty(), "{commune} has no predecessor");
            for p in preds {
                assert_eq!(p.transfer.status, Verification::Checked, "{commune} <- {}", p.unit);
                assert_eq!(p.transfer.basis.act, format!("{act}/NQ-UBTVQH15"));
                assert!(p.transfer.basis.clause.is_some());
            }
        }
    }
}

/// One new commune and the old communes that form it, as its clause of the resolution says.
struct Sample {
    province: &'static str,
    commune: &'static str,
    act: &'static str,
    clause: u32,
    /// (old commune, its district, share)
    from: &'static [(&'static str, &'static str, Share)],
}

const W: Share = Share::Whole;
const P: Share = Share::Part;

#[test]
fn commune_mappings_of_the_five_successor_provinces_against_the_resolutions() {
    let l = lineage();
    let mut per_province = std::collections::BTreeMap::new();
    for s in SAMPLES {
        let query = format!("{}, {}", s.commune, s.province);
        let new = l.unit_at(&query, AFTER).unwrap_or_else(|e| panic!("{query}: {e}"));
        let mut got: Vec<(String, String, Share)> = l
            .predecessors(new)
            .unwrap()
            .iter()
            .map(|p| {
                assert_eq!(p.transfer.basis.act, s.act, "{query}");
                assert_eq!(p.transfer.basis.clause, Some(s.clause), "{query}");
                let district = l.parent(p.unit, p.unit.valid_to.unwrap()).unwrap();
                (name_key(&p.unit.official_name()), name_key(&district.official_name()), p.share)
            })
            .collect();
        got.sort();
        let mut want: Vec<(String, String, Share)> =
            s.from.iter().map(|(c, d, share)| (name_key(c), name_key(d), *share)).collect();
        want.sort();
        assert_eq!(got, want, "{query} ({} khoản {})", s.act, s.clause);
        *per_province.entry(s.province).or_insert(0) += 1;
    }
    assert_eq!(per_province.len(), 5);
    assert!(per_province.values().all(|n| *n >= 10), "{per_province:?}");
}

/// Transcribed from the resolutions' clauses (Điều 1, khoản N); the district is the register's where the
/// text names none.
const SAMPLES: &[Sample] = &[
    Sample {
        province: "Tây Ninh",
        commune: "Xã Hưng Điền",
        act: "1682/NQ-UBTVQH15",
        clause: 1,
        from: &[
            ("Xã Hưng Hà", "Huyện Tân Hưng", W),
            ("Xã Hưng Điền", "Huyện Tân Hưng", W),
            ("Xã Hưng Điền B", "Huyện Tân Hưng", W),
        ],
    },
    Sample {
        province: "Tây Ninh",
        commune: "Xã Tuyên Bình",
        act: "1682/NQ-UBTVQH15",
        clause: 5,
        from: &[
            ("Xã Thái Bình Trung", "Huyện Vĩnh Hưng", P),
            ("Xã Tuyên Bình", "Huyện Vĩnh Hưng", W),
            ("Xã Tuyên Bình Tây", "Huyện Vĩnh Hưng", W),
            ("Xã Vĩnh Bình", "Huyện Vĩnh Hưng", P),
            ("Xã Vĩnh Thuận", "Huyện Vĩnh Hưng", P),
        ],
    },
    Sample {
        province: "Tây Ninh",
        commune: "Xã Vĩnh Hưng",
        act: "1682/NQ-UBTVQH15",
        clause: 6,
        from: &[
            ("Thị trấn Vĩnh Hưng", "Huyện Vĩnh Hưng", W),
            ("Xã Khánh Hưng", "Huyện Vĩnh Hưng", P),
            ("Xã Thái Bình Trung", "Huyện Vĩnh Hưng", P),
            ("Xã Thái Trị", "Huyện Vĩnh Hưng", P),
            ("Xã Vĩnh Bình", "Huyện Vĩnh Hưng", P),
            ("Xã Vĩnh Thuận", "Huyện Vĩnh Hưng", P),
            ("Xã Vĩnh Trị", "Huyện Vĩnh Hưng", P),
        ],
    },
    Sample {
        province: "Tây Ninh",
        commune: "Xã Khánh Hưng",
        act: "1682/NQ-UBTVQH15",
        clause: 7,
        from: &[
            ("Xã Hưng Điền A", "Huyện Vĩnh Hưng", W),
            ("Xã Khánh Hưng", "Huyện Vĩnh Hưng", P),
            ("Xã Thái Bình Trung", "Huyện Vĩnh Hưng", P),
            ("Xã Thái Trị", "Huyện Vĩnh Hưng", P),
            ("Xã Vĩnh Trị", "Huyện Vĩnh Hưng", P),
        ],
    },
    Sample {
        province: "Tây Ninh",
        commune: "Xã Tuyên Thạnh",
        act: "1682/NQ-UBTVQH15",
        clause: 8,
        from: &[
            ("Xã Bắc Hòa", "Huyện Tân Thạnh", P),
            ("Xã Thạnh Hưng", "Thị xã Kiến Tường", W),
            ("Xã Tuyên Thạnh", "Thị xã Kiến Tường", W),
        ],
    },
    Sample {
        province: "Tây Ninh",
        commune: "Xã Thủ Thừa",
        act: "1682/NQ-UBTVQH15",
        clause: 20,
        from: &[
            ("Thị trấn Thủ Thừa", "Huyện Thủ Thừa", W),
            ("Xã Bình Thạnh", "Huyện Thủ Thừa", P),
            ("Xã Nhị Thành", "Huyện Thủ Thừa", P),
            ("Xã Tân Thành", "Huyện Thủ Thừa", P),
        ],
    },
    Sample {
        province: "Tây Ninh",
        commune: "Xã Mỹ Thạnh",
        act: "1682/NQ-UBTVQH15",
        clause: 22,
        from: &[
            ("Xã Bình An", "Huyện Thủ Thừa", W),
            ("Xã Mỹ Lạc", "Huyện Thủ Thừa", W),
            ("Xã Mỹ Thạnh", "Huyện Thủ Thừa", W),
            ("Xã Tân Thành", "Huyện Thủ Thừa", P),
        ],
    },
    Sample {
        province: "Tây Ninh",
        commune: "Xã Đức Hòa",
        act: "1682/NQ-UBTVQH15",
        clause: 33,
        from: &[
            ("Thị trấn Đức Hòa", "Huyện Đức Hòa", W),
            ("Xã Hựu Thạnh", "Huyện Đức Hòa", W),
            ("Xã Đức Hòa Hạ", "Huyện Đức Hòa", W),
        ],
    },
    Sample {
        province: "Tây Ninh",
        commune: "Xã Phước Thạnh",
        act: "1682/NQ-UBTVQH15",
        clause: 60,
        from: &[
            ("Xã Hiệp Thạnh", "Huyện Gò Dầu", W),
            ("Xã Phước Thạnh", "Huyện Gò Dầu", W),
            ("Xã Phước Trạch", "Huyện Gò Dầu", W),
        ],
    },
    Sample {
        province: "Tây Ninh",
        commune: "Phường Long An",
        act: "1682/NQ-UBTVQH15",
        clause: 84,
        from: &[
            ("Phường 1", "Thành phố Tân An", W),
            ("Phường 3", "Thành phố Tân An", W),
            ("Phường 4", "Thành phố Tân An", W),
            ("Phường 5", "Thành phố Tân An", W),
            ("Phường 6", "Thành phố Tân An", W),
            ("Xã Bình Thạnh", "Huyện Thủ Thừa", P),
            ("Xã Hướng Thọ Phú", "Thành phố Tân An", W),
        ],
    },
    Sample {
        province: "Tây Ninh",
        commune: "Phường Tân Ninh",
        act: "1682/NQ-UBTVQH15",
        clause: 87,
        from: &[
            ("Phường 1", "Thành phố Tây Ninh", W),
            ("Phường 2", "Thành phố Tây Ninh", W),
            ("Phường 3", "Thành phố Tây Ninh", W),
            ("Phường Hiệp Ninh", "Thành phố Tây Ninh", W),
            ("Phường IV", "Thành phố Tây Ninh", W),
            ("Xã Thái Bình", "Huyện Châu Thành", P),
        ],
    },
    Sample {
        province: "Tây Ninh",
        commune: "Phường Bình Minh",
        act: "1682/NQ-UBTVQH15",
        clause: 88,
        from: &[
            ("Phường Ninh Sơn", "Thành phố Tây Ninh", W),
            ("Xã Bình Minh", "Thành phố Tây Ninh", W),
            ("Xã Phan", "Huyện Dương Minh Châu", P),
            ("Xã Suối Đá", "Huyện Dương Minh Châu", P),
            ("Xã Thạnh Tân", "Thành phố Tây Ninh", W),
            ("Xã Tân Bình", "Thành phố Tây Ninh", W),
        ],
    },
    Sample {
        province: "Đồng Tháp",
        commune: "Xã Tân Hồng",
        act: "1663/NQ-UBTVQH15",
        clause: 1,
        from: &[
            ("Thị trấn Sa Rài", "Huyện Tân Hồng", W),
            ("Xã Bình Phú", "Huyện Tân Hồng", W),
            ("Xã Tân Công Chí", "Huyện Tân Hồng", W),
        ],
    },
    Sample {
        province: "Đồng Tháp",
        commune: "Xã Long Phú Thuận",
        act: "1663/NQ-UBTVQH15",
        clause: 7,
        from: &[
            ("Xã Long Thuận", "Huyện Hồng Ngự", W),
            ("Xã Phú Thuận A", "Huyện Hồng Ngự", W),
            ("Xã Phú Thuận B", "Huyện Hồng Ngự", P),
        ],
    },
    Sample {
        province: "Đồng Tháp",
        commune: "Xã Phú Cường",
        act: "1663/NQ-UBTVQH15",
        clause: 12,
        from: &[
            ("Xã Gáo Giồng", "Huyện Cao Lãnh", P),
            ("Xã Hoà Bình", "Huyện Tam Nông", W),
            ("Xã Phú Cường", "Huyện Tam Nông", W),
        ],
    },
    Sample {
        province: "Đồng Tháp",
        commune: "Xã Thanh Bình",
        act: "1663/NQ-UBTVQH15",
        clause: 14,
        from: &[
            ("Thị trấn Thanh Bình", "Huyện Thanh Bình", W),
            ("Xã Tân Mỹ", "Huyện Thanh Bình", W),
            ("Xã Tân Phú", "Huyện Thanh Bình", W),
            ("Xã Tân Thạnh", "Huyện Thanh Bình", P),
        ],
    },
    Sample {
        province: "Đồng Tháp",
        commune: "Xã Tân Thạnh",
        act: "1663/NQ-UBTVQH15",
        clause: 15,
        from: &[("Xã Phú Lợi", "Huyện Thanh Bình", W), ("Xã Tân Thạnh", "Huyện Thanh Bình", P)],
    },
    Sample {
        province: "Đồng Tháp",
        commune: "Xã Tân Long",
        act: "1663/NQ-UBTVQH15",
        clause: 17,
        from: &[
            ("Xã Phú Thuận B", "Huyện Hồng Ngự", P),
            ("Xã Tân Bình", "Huyện Thanh Bình", W),
            ("Xã Tân Huề", "Huyện Thanh Bình", W),
            ("Xã Tân Hòa", "Huyện Thanh Bình", W),
            ("Xã Tân Long", "Huyện Thanh Bình", W),
            ("Xã Tân Quới", "Huyện Thanh Bình", W),
        ],
    },
    Sample {
        province: "Đồng Tháp",
        commune: "Xã Phong Mỹ",
        act: "1663/NQ-UBTVQH15",
        clause: 24,
        from: &[("Xã Gáo Giồng", "Huyện Cao Lãnh", P), ("Xã Phong Mỹ", "Huyện Cao Lãnh", W)],
    },
    Sample {
        province: "Đồng Tháp",
        commune: "Xã Tân Phú Trung",
        act: "1663/NQ-UBTVQH15",
        clause: 38,
        from: &[
            ("Xã Phú Long", "Huyện Châu Thành", W),
            ("Xã Tân Bình", "Huyện Châu Thành", W),
            ("Xã Tân Phú", "Huyện Châu Thành", W),
            ("Xã Tân Phú Trung", "Huyện Châu Thành", W),
        ],
    },
    Sample {
        province: "Đồng Tháp",
        commune: "Xã Long Hưng",
        act: "1663/NQ-UBTVQH15",
        clause: 60,
        from: &[
            ("Xã Long Hưng", "Huyện Châu Thành", W),
            ("Xã Tam Hiệp", "Huyện Châu Thành", W),
            ("Xã Thạnh Phú", "Huyện Châu Thành", W),
        ],
    },
    Sample {
        province: "Đồng Tháp",
        commune: "Xã Gia Thuận",
        act: "1663/NQ-UBTVQH15",
        clause: 80,
        from: &[
            ("Thị trấn Vàm Láng", "Huyện Gò Công Đông", W),
            ("Xã Gia Thuận", "Huyện Gò Công Đông", W),
            ("Xã Kiểng Phước", "Huyện Gò Công Đông", W),
        ],
    },
    Sample {
        province: "Đồng Tháp",
        commune: "Phường Cao Lãnh",
        act: "1663/NQ-UBTVQH15",
        clause: 95,
        from: &[
            ("Phường 1", "Thành phố Cao Lãnh", W),
            ("Phường 3", "Thành phố Cao Lãnh", W),
            ("Phường 4", "Thành phố Cao Lãnh", W),
            ("Phường 6", "Thành phố Cao Lãnh", W),
            ("Phường Hoà Thuận", "Thành phố Cao Lãnh", W),
            ("Xã Hòa An", "Thành phố Cao Lãnh", W),
            ("Xã Tân Thuận Tây", "Thành phố Cao Lãnh", W),
            ("Xã Tân Thuận Đông", "Thành phố Cao Lãnh", W),
            ("Xã Tịnh Thới", "Thành phố Cao Lãnh", W),
        ],
    },
    Sample {
        province: "Gia Lai",
        commune: "Xã Xuân An",
        act: "1664/NQ-UBTVQH15",
        clause: 3,
        from: &[("Xã Cát Nhơn", "Huyện Phù Cát", W), ("Xã Cát Tường", "Huyện Phù Cát", W)],
    },
    Sample {
        province: "Gia Lai",
        commune: "Xã Kim Sơn",
        act: "1664/NQ-UBTVQH15",
        clause: 27,
        from: &[("Xã Bok Tới", "Huyện Hoài Ân", W), ("Xã Ân Nghĩa", "Huyện Hoài Ân", W)],
    },
    Sample {
        province: "Gia Lai",
        commune: "Xã Vân Canh",
        act: "1664/NQ-UBTVQH15",
        clause: 30,
        from: &[
            ("Thị trấn Vân Canh", "Huyện Vân Canh", W),
            ("Xã Canh Hiệp", "Huyện Vân Canh", P),
            ("Xã Canh Hòa", "Huyện Vân Canh", W),
            ("Xã Canh Thuận", "Huyện Vân Canh", W),
        ],
    },
    Sample {
        province: "Gia Lai",
        commune: "Xã Canh Vinh",
        act: "1664/NQ-UBTVQH15",
        clause: 31,
        from: &[
            ("Xã Canh Hiển", "Huyện Vân Canh", W),
            ("Xã Canh Hiệp", "Huyện Vân Canh", P),
            ("Xã Canh Liên", "Huyện Vân Canh", P),
            ("Xã Canh Vinh", "Huyện Vân Canh", W),
        ],
    },
    Sample {
        province: "Gia Lai",
        commune: "Xã Canh Liên",
        act: "1664/NQ-UBTVQH15",
        clause: 32,
        from: &[("Xã Canh Liên", "Huyện Vân Canh", P)],
    },
    Sample {
        province: "Gia Lai",
        commune: "Xã An Hòa",
        act: "1664/NQ-UBTVQH15",
        clause: 37,
        from: &[
            ("Xã An Hòa", "Huyện An Lão", W),
            ("Xã An Nghĩa", "Huyện An Lão", P),
            ("Xã An Quang", "Huyện An Lão", W),
        ],
    },
    Sample {
        province: "Gia Lai",
        commune: "Xã An Toàn",
        act: "1664/NQ-UBTVQH15",
        clause: 40,
        from: &[("Xã An Nghĩa", "Huyện An Lão", P), ("Xã An Toàn", "Huyện An Lão", W)],
    },
    Sample {
        province: "Gia Lai",
        commune: "Xã Ia Phí",
        act: "1664/NQ-UBTVQH15",
        clause: 46,
        from: &[
            ("Xã Ia Ka", "Huyện Chư Păh", W),
            ("Xã Ia Nhin", "Huyện Chư Păh", W),
            ("Xã Ia Phí", "Huyện Chư Păh", W),
        ],
    },
    Sample {
        province: "Gia Lai",
        commune: "Xã Ia Băng",
        act: "1664/NQ-UBTVQH15",
        clause: 88,
        from: &[
            ("Xã A Dơk", "Huyện Đăk Đoa", W),
            ("Xã Ia Băng", "Huyện Đăk Đoa", W),
            ("Xã Ia Pết", "Huyện Đăk Đoa", W),
        ],
    },
    Sample {
        province: "Gia Lai",
        commune: "Xã Ia Dơk",
        act: "1664/NQ-UBTVQH15",
        clause: 100,
        from: &[("Xã Ia Dơk", "Huyện Đức Cơ", W), ("Xã Ia Kla", "Huyện Đức Cơ", W)],
    },
    Sample {
        province: "Gia Lai",
        commune: "Phường Hội Phú",
        act: "1664/NQ-UBTVQH15",
        clause: 120,
        from: &[
            ("Phường Chi Lăng", "Thành phố Pleiku", W),
            ("Phường Hội Phú", "Thành phố Pleiku", W),
            ("Phường Trà Bá", "Thành phố Pleiku", W),
        ],
    },
    Sample {
        province: "Vĩnh Long",
        commune: "Xã Cái Nhum",
        act: "1687/NQ-UBTVQH15",
        clause: 1,
        from: &[
            ("Thị trấn Cái Nhum", "Huyện Mang Thít", W),
            ("Xã An Phước", "Huyện Mang Thít", W),
            ("Xã Chánh An", "Huyện Mang Thít", W),
        ],
    },
    Sample {
        province: "Vĩnh Long",
        commune: "Xã Trà Ôn",
        act: "1687/NQ-UBTVQH15",
        clause: 16,
        from: &[("Thị trấn Trà Ôn", "Huyện Trà Ôn", P), ("Xã Tích Thiện", "Huyện Trà Ôn", W)],
    },
    Sample {
        province: "Vĩnh Long",
        commune: "Xã Trà Côn",
        act: "1687/NQ-UBTVQH15",
        clause: 17,
        from: &[
            ("Thị trấn Tam Bình", "Huyện Tam Bình", P),
            ("Xã Nhơn Bình", "Huyện Trà Ôn", W),
            ("Xã Trà Côn", "Huyện Trà Ôn", W),
            ("Xã Tân Mỹ", "Huyện Trà Ôn", W),
        ],
    },
    Sample {
        province: "Vĩnh Long",
        commune: "Xã Tam Bình",
        act: "1687/NQ-UBTVQH15",
        clause: 21,
        from: &[("Thị trấn Tam Bình", "Huyện Tam Bình", P), ("Xã Mỹ Thạnh Trung", "Huyện Tam Bình", W)],
    },
    Sample {
        province: "Vĩnh Long",
        commune: "Xã Ngãi Tứ",
        act: "1687/NQ-UBTVQH15",
        clause: 22,
        from: &[
            ("Thị trấn Trà Ôn", "Huyện Trà Ôn", P),
            ("Xã Bình Ninh", "Huyện Tam Bình", W),
            ("Xã Loan Mỹ", "Huyện Tam Bình", W),
            ("Xã Ngãi Tứ", "Huyện Tam Bình", P),
        ],
    },
    Sample {
        province: "Vĩnh Long",
        commune: "Xã Châu Thành",
        act: "1687/NQ-UBTVQH15",
        clause: 34,
        from: &[
            ("Thị trấn Châu Thành", "Huyện Châu Thành", W),
            ("Xã Mỹ Chánh", "Huyện Châu Thành", W),
            ("Xã Thanh Mỹ", "Huyện Châu Thành", W),
            ("Xã Đa Lộc", "Huyện Châu Thành", W),
        ],
    },
    Sample {
        province: "Vĩnh Long",
        commune: "Xã Phú Túc",
        act: "1687/NQ-UBTVQH15",
        clause: 59,
        from: &[
            ("Thị trấn Châu Thành", "Huyện Châu Thành", W),
            ("Xã Phú Túc", "Huyện Châu Thành", W),
            ("Xã Tân Thạch", "Huyện Châu Thành", W),
            ("Xã Tường Đa", "Huyện Châu Thành", W),
        ],
    },
    Sample {
        province: "Vĩnh Long",
        commune: "Phường Thanh Đức",
        act: "1687/NQ-UBTVQH15",
        clause: 102,
        from: &[("Phường 5", "Thành phố Vĩnh Long", W), ("Xã Thanh Đức", "Huyện Long Hồ", W)],
    },
    Sample {
        province: "Vĩnh Long",
        commune: "Phường Bình Minh",
        act: "1687/NQ-UBTVQH15",
        clause: 107,
        from: &[
            ("Phường Cái Vồn", "Thị xã Bình Minh", P),
            ("Phường Thành Phước", "Thị xã Bình Minh", P),
            ("Xã Thuận An", "Thị xã Bình Minh", W),
        ],
    },
    Sample {
        province: "Vĩnh Long",
        commune: "Phường Cái Vồn",
        act: "1687/NQ-UBTVQH15",
        clause: 108,
        from: &[
            ("Phường Cái Vồn", "Thị xã Bình Minh", P),
            ("Phường Thành Phước", "Thị xã Bình Minh", P),
            ("Xã Mỹ Hòa", "Thị xã Bình Minh", W),
            ("Xã Ngãi Tứ", "Huyện Tam Bình", P),
        ],
    },
    Sample {
        province: "Vĩnh Long",
        commune: "Phường Bến Tre",
        act: "1687/NQ-UBTVQH15",
        clause: 118,
        from: &[
            ("Phường 7", "Thành phố Bến Tre", W),
            ("Xã Bình Phú", "Thành phố Bến Tre", W),
            ("Xã Thanh Tân", "Huyện Mỏ Cày Bắc", W),
        ],
    },
    Sample {
        province: "Cần Thơ",
        commune: "Phường Ninh Kiều",
        act: "1668/NQ-UBTVQH15",
        clause: 1,
        from: &[
            ("Phường Thới Bình", "Quận Ninh Kiều", W),
            ("Phường Tân An", "Quận Ninh Kiều", W),
            ("Phường Xuân Khánh", "Quận Ninh Kiều", W),
        ],
    },
    Sample {
        province: "Cần Thơ",
        commune: "Phường Cái Khế",
        act: "1668/NQ-UBTVQH15",
        clause: 2,
        from: &[
            ("Phường An Hòa", "Quận Ninh Kiều", W),
            ("Phường Bùi Hữu Nghĩa", "Quận Bình Thuỷ", P),
            ("Phường Cái Khế", "Quận Ninh Kiều", W),
        ],
    },
    Sample {
        province: "Cần Thơ",
        commune: "Phường An Bình",
        act: "1668/NQ-UBTVQH15",
        clause: 4,
        from: &[
            ("Phường An Bình", "Quận Ninh Kiều", W),
            ("Phường Long Tuyền", "Quận Bình Thuỷ", P),
            ("Xã Mỹ Khánh", "Huyện Phong Điền", W),
        ],
    },
    Sample {
        province: "Cần Thơ",
        commune: "Phường Bình Thủy",
        act: "1668/NQ-UBTVQH15",
        clause: 6,
        from: &[
            ("Phường An Thới", "Quận Bình Thuỷ", W),
            ("Phường Bình Thủy", "Quận Bình Thuỷ", W),
            ("Phường Bùi Hữu Nghĩa", "Quận Bình Thuỷ", P),
        ],
    },
    Sample {
        province: "Cần Thơ",
        commune: "Phường Long Tuyền",
        act: "1668/NQ-UBTVQH15",
        clause: 7,
        from: &[("Phường Long Hòa", "Quận Bình Thuỷ", W), ("Phường Long Tuyền", "Quận Bình Thuỷ", P)],
    },
    Sample {
        province: "Cần Thơ",
        commune: "Phường Vị Thanh",
        act: "1668/NQ-UBTVQH15",
        clause: 16,
        from: &[
            ("Phường I", "Thành phố Vị Thanh", W),
            ("Phường III", "Thành phố Vị Thanh", W),
            ("Phường VII", "Thành phố Vị Thanh", W),
        ],
    },
    Sample {
        province: "Cần Thơ",
        commune: "Xã Thạnh An",
        act: "1668/NQ-UBTVQH15",
        clause: 42,
        from: &[
            ("Thị trấn Thanh An", "Huyện Vĩnh Thạnh", W),
            ("Xã Thạnh Lợi", "Huyện Vĩnh Thạnh", W),
            ("Xã Thạnh Thắng", "Huyện Vĩnh Thạnh", W),
        ],
    },
    Sample {
        province: "Cần Thơ",
        commune: "Xã Thạnh Quới",
        act: "1668/NQ-UBTVQH15",
        clause: 43,
        from: &[
            ("Xã Thạnh An", "Huyện Vĩnh Thạnh", W),
            ("Xã Thạnh Qưới", "Huyện Vĩnh Thạnh", W),
            ("Xã Thạnh Tiến", "Huyện Vĩnh Thạnh", W),
        ],
    },
    Sample {
        province: "Cần Thơ",
        commune: "Xã Phú Hữu",
        act: "1668/NQ-UBTVQH15",
        clause: 57,
        from: &[
            ("Xã Phú Hữu", "Huyện Châu Thành", W),
            ("Xã Phú Tân", "Huyện Châu Thành", W),
            ("Xã Đông Phước", "Huyện Châu Thành", W),
        ],
    },
    Sample {
        province: "Cần Thơ",
        commune: "Xã Thuận Hòa",
        act: "1668/NQ-UBTVQH15",
        clause: 80,
        from: &[("Xã Phú Tân", "Huyện Châu Thành", W), ("Xã Thuận Hòa", "Huyện Châu Thành", W)],
    },
    Sample {
        province: "Cần Thơ",
        commune: "Xã Vĩnh Lợi",
        act: "1668/NQ-UBTVQH15",
        clause: 87,
        from: &[
            ("Xã Châu Hưng", "Huyện Thạnh Trị", W),
            ("Xã Vĩnh Lợi", "Huyện Thạnh Trị", W),
            ("Xã Vĩnh Thành", "Huyện Thạnh Trị", W),
        ],
    },
    Sample {
        province: "Cần Thơ",
        commune: "Phường Tân Lộc",
        act: "1668/NQ-UBTVQH15",
        clause: 96,
        from: &[("Phường Tân Lộc", "Quận Thốt Nốt", W)],
    },
    Sample {
        province: "Cần Thơ",
        commune: "Xã Thạnh Phú",
        act: "1668/NQ-UBTVQH15",
        clause: 96,
        from: &[("Xã Thạnh Phú", "Huyện Cờ Đỏ", W)],
    },
    Sample {
        province: "Cần Thơ",
        commune: "Xã Thới Hưng",
        act: "1668/NQ-UBTVQH15",
        clause: 96,
        from: &[("Xã Thới Hưng", "Huyện Cờ Đỏ", W)],
    },
    Sample {
        province: "Cần Thơ",
        commune: "Xã Trường Long",
        act: "1668/NQ-UBTVQH15",
        clause: 96,
        from: &[("Xã Trường Long", "Huyện Phong Điền", W)],
    },
    Sample {
        province: "Cần Thơ",
        commune: "Xã Phong Nẫm",
        act: "1668/NQ-UBTVQH15",
        clause: 96,
        from: &[("Xã Phong Nẫm", "Huyện Kế Sách", W)],
    },
    Sample {
        province: "Cần Thơ",
        commune: "Xã Mỹ Phước",
        act: "1668/NQ-UBTVQH15",
        clause: 96,
        from: &[("Xã Mỹ Phước", "Huyện Mỹ Tú", W)],
    },
    Sample {
        province: "Cần Thơ",
        commune: "Xã Vĩnh Hải",
        act: "1668/NQ-UBTVQH15",
        clause: 96,
        from: &[("Xã Vĩnh Hải", "Thị xã Vĩnh Châu", W)],
    },
    Sample {
        province: "Cần Thơ",
        commune: "Xã Lai Hòa",
        act: "1668/NQ-UBTVQH15",
        clause: 96,
        from: &[("Xã Lai Hòa", "Thị xã Vĩnh Châu", W)],
    },
];

#[test]
fn the_bundled_units_carry_their_official_codes() {
    let l = lineage();
    let units = chitieu::bundled::units().unwrap();
    let units: Vec<_> = units.iter().filter(|u| u.level != Level::National).collect();
    assert_eq!(units.len(), 18);
    for unit in units {
        let code = unit.code.as_deref().unwrap_or_else(|| panic!("{} has no code", unit.id));
        let day = unit.existed_until().or(unit.existed_from).unwrap();
        let registered = l.unit_of(unit, day).unwrap();
        assert_eq!(registered.code, code, "{}", unit.id);
        assert_eq!(registered.kind, unit.kind, "{}", unit.id);
        assert!(
            name_key(&registered.official_name()).ends_with(&name_key(&unit.name).replace("thành phố ", "")),
            "{}",
            unit.id
        );
    }
    let ids = |id: &str| chitieu::bundled::unit(id).unwrap();
    assert_eq!(l.unit_of(&ids("long_an"), BEFORE).unwrap().name, "Long An");
    assert_eq!(l.unit_of(&ids("tay_ninh_2025"), AFTER).unwrap().name, "Tây Ninh");
    // A unit without a code is found by its name and kind on the day asked (or its last day).
    let mut tra_vinh = ids("tra_vinh");
    tra_vinh.code = None;
    assert_eq!(l.unit_of(&tra_vinh, date!(2030 - 01 - 01)).unwrap().code, "84");
}

#[test]
fn existing_plans_read_unchanged_and_resolve_to_their_units() {
    let l = lineage();
    let plans = chitieu::bundled::plans().unwrap();
    let expected =
        [("tra_vinh", "84"), ("can_tho", "92"), ("tay_ninh_city", "703"), ("tien_giang", "82"), ("binh_dinh", "52")];
    for (plan, (id, code)) in plans.iter().zip(expected) {
        assert_eq!(plan.jurisdiction.id, id);
        assert!(plan.jurisdiction.code.is_none(), "plan JSON is unchanged");
        let day = plan.document.signed_on.unwrap_or(BEFORE); // Cần Thơ's plan states no signing date
        assert_eq!(l.unit_of(&plan.jurisdiction, day).unwrap().code, code, "{id}");
    }
}

#[test]
fn a_successor_carries_its_predecessors_plans_until_it_adopts_its_own() {
    let l = lineage();
    let plans = chitieu::bundled::plans().unwrap();
    let tra_vinh_plan = plans.iter().find(|p| p.jurisdiction.id == "tra_vinh").unwrap();
    let signed = tra_vinh_plan.document.signed_on.unwrap();
    // Trà Vinh's own plan while Trà Vinh exists.
    let tra_vinh = l.unit_at("tỉnh Trà Vinh", signed).unwrap();
    let own = l.plans_in_force(tra_vinh, signed, &plans).unwrap();
    assert_eq!(own.len(), 1);
    assert!(!own[0].is_inherited() && own[0].plan.id == tra_vinh_plan.id);
    assert!(l.plans_in_force(tra_vinh, signed.previous_day().unwrap(), &plans).unwrap().is_empty());
    // The new Vĩnh Long carries it (and nothing of Bến Tre's or the old Vĩnh Long's: none is bundled).
    let day = date!(2026 - 01 - 01);
    let vinh_long = l.unit_at("Vĩnh Long", day).unwrap();
    let carried = l.plans_in_force(vinh_long, day, &plans).unwrap();
    assert_eq!(carried.len(), 1);
    assert!(carried[0].is_inherited() && carried[0].adopted_by.is_same_unit(tra_vinh));
    assert_eq!(carried[0].share, Share::Whole);
    // Cần Thơ's and Tiền Giang's go to their successors; Bình Định's plan was for 2024 only.
    for (province, adopter) in [("Cần Thơ", "Cần Thơ"), ("Đồng Tháp", "Tiền Giang")] {
        let unit = l.unit_at_level(province, Level::Province, day).unwrap();
        let found = l.plans_in_force(unit, day, &plans).unwrap();
        assert_eq!(found.len(), 1, "{province}");
        assert_eq!(found[0].adopted_by.name, adopter);
    }
    let gia_lai = l.unit_at_level("Gia Lai", Level::Province, day).unwrap();
    assert!(l.plans_in_force(gia_lai, day, &plans).unwrap().is_empty());
    let in_2024 = l.unit_at_level("Bình Định", Level::Province, date!(2024 - 06 - 01)).unwrap();
    assert_eq!(l.plans_in_force(in_2024, date!(2024 - 06 - 01), &plans).unwrap()[0].plan.id, "binh_dinh_2024");
    // Once the successor adopts its own plan, the inherited ones stop.
    let mut own_plan = tra_vinh_plan.clone();
    own_plan.id = "vinh_long_2026".to_owned();
    own_plan.jurisdiction = chitieu::bundled::unit("vinh_long_2025").unwrap();
    own_plan.document.signed_on = Some(date!(2025 - 12 - 15));
    let mut with_own = plans.clone();
    with_own.push(own_plan);
    let now = l.plans_in_force(vinh_long, day, &with_own).unwrap();
    assert_eq!(now.len(), 1);
    assert_eq!((now[0].plan.id.as_str(), now[0].is_inherited()), ("vinh_long_2026", false));
    let before = l.plans_in_force(vinh_long, date!(2025 - 12 - 14), &with_own).unwrap();
    assert_eq!(before[0].plan.id, tra_vinh_plan.id);
    // The city of Tây Ninh's plan is a district's: no unit of that tier follows it, and the wards formed
    // from its communes carry only the plans of those communes.
    let ward = l.unit_at("Phường Tân Ninh", day).unwrap();
    assert!(l.plans_in_force(ward, day, &plans).unwrap().is_empty());
    let city = l.unit_at_level("Tây Ninh", Level::District, BEFORE).unwrap();
    assert_eq!(l.plans_in_force(city, BEFORE, &plans).unwrap()[0].plan.jurisdiction.id, "tay_ninh_city");
    // A jurisdiction not in the register is an error with the plan's path.
    let mut stray = plans.clone();
    stray[2].jurisdiction.name = "thành phố Atlantis".to_owned();
    let err = l.plans_in_force(ward, day, &stray).unwrap_err();
    assert_eq!((err.code(), err.path().as_deref()), ("unresolved_jurisdiction", Some("plans[2].jurisdiction")));
}
