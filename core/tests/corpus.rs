//! The plan reader on the labelled corpus of unseen plans (`tests/corpus/`): precision and recall on (year,
//! tier, comparator, value) per half, the draft observations of the texts that report achievements, and the
//! seeds still read perfectly. The figures asserted are those `extract_report` prints.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

#[path = "support/corpus.rs"]
mod corpus;

use chitieu::extract::{extract_plan, Uncertainty};
use chitieu::{bundled, MeasureUnit};

fn slice(text: &str, start: usize, end: usize) -> String {
    text.chars().skip(start).take(end.saturating_sub(start)).collect()
}

/// The score of each half: (targets, observations against labelled achievements in percent).
fn halves() -> [(String, corpus::Score, corpus::ObservationScore); 2] {
    let mut out = [
        ("dev".to_owned(), corpus::Score::default(), corpus::ObservationScore::default()),
        ("test".to_owned(), corpus::Score::default(), corpus::ObservationScore::default()),
    ];
    for (labels, text) in corpus::load().unwrap() {
        let draft = extract_plan(&text);
        let (s, _, _) = corpus::score(&corpus::drafted_keys(&draft.plan), &corpus::labelled_keys(&labels));
        let values: Vec<_> = draft.observations.iter().map(|o| (o.value, o.year)).collect();
        let o = corpus::observation_score(&values, &labels);
        let half = out.iter_mut().find(|h| h.0 == labels.half).unwrap();
        half.1 = half.1.add(s);
        half.2 = half.2.add(o);
    }
    out
}

/// The half of a text by the split's rule, fixed once: "dev" when the first hexadecimal digit of the SHA-256 of
/// its id is even, "test" when it is odd.
fn half_of(id: &str) -> &'static str {
    use sha2::{Digest, Sha256};
    let first = Sha256::digest(id.as_bytes()).first().copied().unwrap_or(0);
    if (first >> 4) % 2 == 0 {
        "dev"
    } else {
        "test"
    }
}

#[test]
fn the_halves_follow_the_hash_rule() {
    // Regression: kien_giang_2025 (hash "ada3...", 'a' is even) had been put in the test half by hand.
    // ca_mau's hash opens with "2", bac_giang's with "1".
    assert_eq!([half_of("ca_mau"), half_of("bac_giang"), half_of("kien_giang_2025")], ["dev", "test", "dev"]);
}

#[test]
fn the_corpus_is_as_documented() {
    let all = corpus::load().unwrap();
    assert_eq!(all.len(), 829);
    let targets: usize = all.iter().map(|(l, _)| l.targets.len()).sum();
    assert_eq!(targets, 5626);
    let seeds = ["tay_ninh", "tien_giang", "binh_dinh", "tra_vinh", "can_tho"];
    for (labels, _) in &all {
        assert!(!seeds.iter().any(|s| labels.id.starts_with(s)), "{} is a seed province", labels.id);
        assert_eq!(labels.half, half_of(&labels.id), "{}: the half its id's hash gives", labels.id);
    }
    let dev = all.iter().filter(|(l, _)| l.half == "dev").count();
    assert_eq!((dev, all.len() - dev), (412, 417));
}

#[test]
fn precision_and_recall_per_half() {
    let [(_, dev, dev_obs), (_, test, test_obs)] = halves();
    // Development half: the texts the rules were revised on.
    assert_eq!((dev.drafted, dev.labelled, dev.matched), (2817, 2816, 2664));
    assert!(dev.precision() >= 0.9 && dev.recall() >= 0.9, "{dev:?}");
    // Test half, never tuned on: below the goal of 0.9 (see the README for why).
    assert_eq!((test.drafted, test.labelled, test.matched), (2838, 2810, 2346));
    assert!(test.precision() >= 0.75 && test.recall() >= 0.75, "{test:?}");
    // Labelled achievements (counts too, since the reader drafts them) found among the draft observations (on
    // value; `dated`: and on year).
    assert_eq!((dev_obs.matched, dev_obs.drafted, dev_obs.labelled, dev_obs.dated), (720, 812, 895, 629));
    assert_eq!((test_obs.matched, test_obs.drafted, test_obs.labelled, test_obs.dated), (562, 706, 876, 437));
}

#[test]
fn the_seeds_are_still_read_perfectly() {
    for id in bundled::plan_ids() {
        let text = std::fs::read_to_string(format!("{}/../tests/seeds/{id}.txt", env!("CARGO_MANIFEST_DIR"))).unwrap();
        let draft = extract_plan(&text);
        let a = chitieu::extract::agreement(&draft.plan, &bundled::plan(id).unwrap());
        assert_eq!((a.precision, a.recall), (1.0, 1.0), "{id}");
        assert!(draft.observations.is_empty(), "{id}: {:?}", draft.observations);
    }
}

/// The same text as typed or exported otherwise: every space doubled, Windows line ends, no-break spaces, and
/// the letters decomposed (NFD). A defect found by these: doubled spaces took the development half from 0.946 /
/// 0.938 to 0.434 / 0.380, and Windows line ends added 5 false targets (3 Dec 2026).
fn typed_otherwise(text: &str) -> [String; 4] {
    use unicode_normalization::UnicodeNormalization;
    [
        text.replace(' ', "  "),
        text.replace("\r\n", "\n").replace('\n', "\r\n"),
        text.replace(' ', "\u{a0}"),
        text.nfd().collect(),
    ]
}

#[test]
fn spacing_line_ends_and_composition_change_no_target() {
    // The development half and the seeds (the test half is only scored).
    let seeds = bundled::plan_ids()
        .into_iter()
        .map(|id| std::fs::read_to_string(format!("{}/../tests/seeds/{id}.txt", env!("CARGO_MANIFEST_DIR"))).unwrap());
    let dev = corpus::load().unwrap().into_iter().filter(|(l, _)| l.half == "dev").map(|(_, text)| text);
    let mut texts = 0;
    for text in seeds.chain(dev) {
        let keys = corpus::drafted_keys(&extract_plan(&text).plan);
        for (k, other) in typed_otherwise(&text).iter().enumerate() {
            let again = corpus::drafted_keys(&extract_plan(other).plan);
            assert_eq!(again, keys, "form {k} of {}", text.chars().take(80).collect::<String>());
        }
        texts += 1;
    }
    assert_eq!(texts, 417);
}

#[test]
fn a_text_reads_nearly_as_well_however_its_lines_break() {
    // Lines wrapped inside sentences are joined (`extract::folded`); before, the development half wrapped at 80
    // columns read 0.773 / 0.775 (1206 of 1561 drafted and 1557 labelled), 3 Dec 2026. On 4 Dec 2026, before a
    // wrapped text's capitals were joined, a ";" went on joining and a term opening a line dated the lines after
    // it: wrapped (1720, 1710, 1554), a clause per line (1734, 1710, 1558), a sentence per line (1732, 1710, 1572).
    // The last figure of each is the drafted targets that moved against the texts as published; on 5 Dec 2026, before
    // the joins of that day, on the 763 texts of then: 40, 23 and 91 (24, 2 and 38 after them). Indented by a tab, the
    // half moved 931 drafts in 146 texts before a line's indentation folded to nothing (5 Dec 2026). A sentence per
    // line, kon_tum_chi_so_chuyen_doi_so_2023 takes its first sentence for its title and its period for 2020, so its
    // figures of 2022 are targets there: a score below one read as one (7 Dec 2026) is one more of them.
    let all = corpus::load().unwrap();
    let scores: Vec<_> = corpus::development_half_reshaped(&all)
        .into_iter()
        .map(|(name, w)| (name, w.score.drafted, w.score.labelled, w.score.matched, w.changed))
        .collect();
    assert_eq!(
        scores,
        vec![
            ("dev wrapped at 80", 2817, 2816, 2663, 2),
            ("dev clause per line", 2815, 2816, 2662, 2),
            ("dev sentence per line", 2826, 2816, 2664, 17),
            ("dev indented by a tab", 2817, 2816, 2664, 0),
        ]
    );
    assert_eq!(corpus::wrapped("100% hồ sơ công việc cấp tỉnh", 12), "100% hồ sơ\ncông việc\ncấp tỉnh");
}

#[test]
fn reported_figures_are_observations_not_targets() {
    let text = std::fs::read_to_string(corpus::dir().join("texts/lao_cai_qlqh.txt")).unwrap();
    let draft = extract_plan(&text);
    assert!(draft.plan.targets.is_empty());
    let rows: Vec<_> = draft.observations.iter().map(|o| (o.value, o.unit, o.year, o.indicator.as_str())).collect();
    assert_eq!(
        rows,
        vec![
            (79.76, MeasureUnit::Percent, None, "work_files_online"),
            (79.53, MeasureUnit::Percent, None, "outgoing_documents_digitally_signed_fully"),
        ]
    );
    for o in &draft.observations {
        assert_eq!(slice(&text, o.start, o.end), o.quote);
        assert!(o.reasons.contains(&Uncertainty::YearMissing), "{:?}", o.reasons);
    }
    // No year, no signing date: nothing to load, and the set says so.
    let set = draft.observation_set();
    assert!(set.observations.is_empty());
    assert_eq!(set.notes.len(), 2);

    let text = std::fs::read_to_string(corpus::dir().join("texts/tuyen_quang.txt")).unwrap();
    let draft = extract_plan(&text);
    assert_eq!(draft.plan.targets.len(), 5);
    assert!(draft.plan.targets.iter().all(|t| t.year == Some(2030)));
    let quotes: Vec<&str> = draft.observations.iter().map(|o| o.quote.as_str()).collect();
    assert_eq!(quotes.len(), 3);
    assert!(quotes[0].starts_with("Hiện nay, 100% cán bộ, công chức của phường đã sử dụng"));
    assert!(quotes[1].starts_with("100% hồ sơ được giải quyết đúng hạn"));
    // What there is now, counted, undated under the plan's targets for 2030 (since 6 Dec 2026).
    assert!(quotes[2].starts_with("Toàn tỉnh hiện có 1.871 tổ công nghệ số cộng đồng"));
    assert_eq!(draft.observations[2].year, None);
}

#[test]
fn observations_with_a_year_load_as_an_observation_set() {
    let text = "ỦY BAN NHÂN DÂN TỈNH HÀ GIANG\nSố: 12/KH-UBND\nHà Giang, ngày 10 tháng 1 năm 2024\nKẾ HOẠCH\nChuyển đổi số tỉnh Hà Giang năm 2024\n\
                I. KẾT QUẢ NĂM 2023\nNăm 2023 đạt 72% hồ sơ thủ tục hành chính xử lý trực tuyến; đến nay đã đạt 85% dân số trưởng thành có điện thoại thông minh.\n\
                II. MỤC TIÊU NĂM 2024\n- 80% hồ sơ thủ tục hành chính xử lý trực tuyến.\n";
    let draft = extract_plan(text);
    let targets: Vec<_> = draft.plan.targets.iter().map(|t| (t.year, t.value)).collect();
    assert_eq!(targets, vec![(Some(2024), 80.0)]);
    let obs: Vec<_> = draft.observations.iter().map(|o| (o.year, o.value)).collect();
    assert_eq!(obs, vec![(Some(2023), 72.0), (Some(2024), 85.0)]);
    // "đến nay": the signing year, with the doubt said.
    assert_eq!(draft.observations[1].reasons, vec![Uncertainty::YearGuessed { year: 2024 }]);
    let set = draft.observation_set();
    assert_eq!(set.observations.len(), 2);
    assert!(set.observations.iter().all(|o| o.unit == "ha_giang" && o.source.as_deref() == Some("12/KH-UBND")));
    assert_eq!(set.observations[0].indicator, draft.plan.targets[0].indicator);
    // The set round-trips through the loaders as any observations file does.
    let json = serde_json::to_string(&set).unwrap();
    let loaded = chitieu::ObservationSet::from_json(&json, Some(&draft.plan)).unwrap();
    assert_eq!(loaded.value.observations, set.observations);
}
