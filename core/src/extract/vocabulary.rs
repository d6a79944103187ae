//! Indicator matching against the shared catalogue (`core/data/catalogue.json`): each catalogue indicator's
//! Vietnamese name, and as extra wording the names and target quotes the bundled plans (provincial and
//! national) give the same id, make the vocabulary. A phrase of a new document is compared with it by
//! weighted overlap of folded syllables and syllable pairs (cosine with inverse document frequency), so
//! "Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng" finds `work_files_online` whatever the figures
//! and tiers around it, with the catalogue's name, unit, polarity and pillar.

use std::collections::{HashMap, HashSet};
use std::hash::Hasher;
use std::sync::OnceLock;

use rustc_hash::{FxBuildHasher, FxHasher};

use super::folded::{words, Folded};
use super::marks::Marks;
use crate::model::indicator::{Indicator, Pillar};
use crate::model::measure_unit::{MeasureUnit, Polarity};
use crate::model::plan::Plan;

/// A known indicator: the catalogue's (or, for an id the catalogue lacks, a bundled plan's).
#[derive(Debug, Clone)]
pub(crate) struct Known {
    pub(crate) id: String,
    pub(crate) name_vi: String,
    pub(crate) name_en: String,
    pub(crate) unit: MeasureUnit,
    pub(crate) polarity: Polarity,
    pub(crate) pillar: String,
    /// The places and qualifiers its name names.
    pub(crate) marks: Marks,
}

impl Known {
    /// An indicator of that id, names, unit, direction and pillar; its marks come from its Vietnamese name,
    /// and the network it covers from either name (the bundled plans name "hộ gia đình" alone, verbatim, for
    /// "Households covered by fibre broadband").
    fn new(id: &str, (name_vi, name_en): (&str, &str), unit: MeasureUnit, polarity: Polarity, pillar: &str) -> Self {
        Self {
            id: id.to_owned(),
            name_vi: name_vi.to_owned(),
            name_en: name_en.to_owned(),
            unit,
            polarity,
            pillar: pillar.to_owned(),
            marks: Marks::of(&Folded::new(name_vi).text).with_english_name(name_en),
        }
    }

    fn of_plan(ind: &Indicator) -> Self {
        Self::new(&ind.id, (&ind.name_vi, &ind.name_en), ind.unit, ind.polarity, &ind.pillar)
    }
}

/// A matching feature: a folded syllable, or two neighbouring ones, as a 64-bit hash (FxHash), so that
/// matching compares and looks up numbers rather than strings (building, hashing and comparing the strings
/// was about a quarter of the reader's instructions).
type Feature = u64;

/// One wording of a known indicator: its index and the features of the words (sorted, each once).
type Wording = (usize, Vec<Feature>);

struct Entry {
    known: usize,
    norm: f64,
}

/// The vocabulary built from the catalogue and the bundled plans.
pub(crate) struct Vocabulary {
    pub(crate) known: Vec<Known>,
    /// The catalogue's pillars.
    pub(crate) pillars: Vec<Pillar>,
    entries: Vec<Entry>,
    idf: HashMap<Feature, f64, FxBuildHasher>,
    /// Feature to the entries holding it, with its weight.
    postings: HashMap<Feature, Vec<(usize, f64)>, FxBuildHasher>,
}

/// The folded words that say nothing of what is measured: comparators, connectors, tier words.
const STOP_WORDS: [&str; 42] = [
    "ti", "co", "cac", "cua", "va", "duoc", "cho", "voi", "doi", "tai", "nhung", "mot", "la", "theo", "toi", "thieu",
    "it", "nhat", "tren", "dat", "khoang", "tro", "len", "tu", "trong", "do", "cap", "tinh", "huyen", "xa", "phan",
    "dau", "hon", "duy", "tri", "muc", "chiem", "ty", "le", "nam", "thanh", "pho",
];

/// The abbreviations of administrative texts (folded) and the words they stand for, which the matching
/// reads.
const EXPANSIONS: [(&str, &str); 11] = [
    ("dti", "chi so chuyen doi so"),
    ("tthc", "thu tuc hanh chinh"),
    ("dvc", "dich vu cong"),
    ("dvctt", "dich vu cong truc tuyen"),
    ("cqnn", "co quan nha nuoc"),
    ("csdl", "co so du lieu"),
    ("httt", "he thong thong tin"),
    ("cds", "chuyen doi so"),
    ("tmdt", "thuong mai dien tu"),
    ("dnnvv", "doanh nghiep nho va vua"),
    ("cbccvc", "can bo cong chuc vien chuc"),
];

/// The stop words and abbreviations as sets, built once: a lookup runs for every word of every phrase
/// matched, where a `match` on strings (one comparison per word of the list, each a call in WebAssembly)
/// was a twentieth of the reader's time there, and a scan of the list with `contains` a tenth natively.
/// Syllables (folded) that say how a figure moves or is counted, not what it is of: "tăng bình quân hàng
/// năm", "tốc độ tăng trưởng", "số lượng". A phrase and an indicator that share only these (and stop words)
/// do not match: "Thu ngân sách tăng bình quân 10%/năm" is not "Năng suất lao động tăng bình quân 7%/năm".
const MOTION_WORDS: [&str; 11] = ["tang", "giam", "binh", "quan", "hang", "moi", "toc", "truong", "so", "luong", "bq"];

struct Lexicon {
    stop: HashSet<&'static str, FxBuildHasher>,
    motion: HashSet<&'static str, FxBuildHasher>,
    expansions: HashMap<&'static str, &'static str, FxBuildHasher>,
}

fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| Lexicon {
        stop: STOP_WORDS.into_iter().collect(),
        motion: MOTION_WORDS.into_iter().collect(),
        expansions: EXPANSIONS.into_iter().collect(),
    })
}

/// Whether a folded syllable may name what a figure is of: neither a stop word nor one of [`MOTION_WORDS`].
pub(crate) fn names_a_subject(word: &str) -> bool {
    let lexicon = lexicon();
    !lexicon.stop.contains(word) && !lexicon.motion.contains(word)
}

/// The feature of a syllable, or of a syllable and the next.
fn feature(word: &str, next: Option<&str>) -> Feature {
    let mut h = FxHasher::default();
    h.write(word.as_bytes());
    if let Some(next) = next {
        h.write_u8(b' ');
        h.write(next.as_bytes());
    }
    h.finish()
}

/// The matching features of a folded phrase: syllables and neighbouring pairs, numbers and stop words out;
/// sorted, each once.
pub(crate) fn features(folded: &str) -> Vec<Feature> {
    features_with_subject(folded).into_iter().map(|(x, _)| x).collect()
}

/// The sectors of the economy and the measures of its whole product (folded syllables): a share or growth of a sector
/// ("Thương mại - dịch vụ chiếm 25,2%", "dịch vụ chiếm 40,5%") or of the product ("tốc độ tăng tổng giá trị sản phẩm
/// đạt 12,8%", as communes name their GRDP) is of no indicator that merely names the sector or the product among other
/// words ("tỉ lệ khai thác thương mại", "dịch vụ có hồ sơ nộp trực tuyến", "tỉ trọng xuất khẩu sản phẩm công nghệ cao
/// trên tổng giá trị hàng hoá xuất khẩu"): their syllables name no subject of a phrase on their own.
const SECTORS: [&[&str]; 11] = [
    &["thuong", "mai"],
    &["dich", "vu"],
    &["cong", "nghiep"],
    &["nong", "nghiep"],
    &["lam", "nghiep"],
    &["xay", "dung"],
    &["thuy", "san"],
    &["du", "lich"],
    &["tong", "gia", "tri", "san", "pham"],
    &["tong", "san", "pham"],
    &["gia", "tri", "san", "xuat"],
];

/// The features of `folded`, each with whether it names what a figure is of: a syllable, or a pair with a
/// syllable, neither a stop word nor one of [`MOTION_WORDS`], nor a syllable of a sector's name ([`SECTORS`]).
fn features_with_subject(folded: &str) -> Vec<(Feature, bool)> {
    let lexicon = lexicon();
    let subject = names_a_subject;
    // The words, each with whether it is a stop word.
    let mut list: Vec<(&str, bool)> = Vec::new();
    for w in words(folded).filter(|w| !w.bytes().all(|b| b.is_ascii_digit())) {
        match lexicon.expansions.get(w) {
            Some(full) => list.extend(full.split(' ').map(|w| (w, lexicon.stop.contains(w)))),
            None => list.push((w, lexicon.stop.contains(w))),
        }
    }
    // Whether each word is a syllable of a sector's name or the product's.
    let mut sector = vec![false; list.len()];
    for (start, &(first, _)) in list.iter().enumerate() {
        // Most words open no sector's name: the names are compared only where their first syllable stands.
        for name in SECTORS.iter().filter(|name| name.first() == Some(&first)) {
            let here = list.get(start..start + name.len()).is_some_and(|w| w.iter().map(|(w, _)| w).eq(name.iter()));
            if here {
                sector.iter_mut().skip(start).take(name.len()).for_each(|s| *s = true);
            }
        }
    }
    let subject_at = |i: usize, w: &str| subject(w) && !sector.get(i).copied().unwrap_or(false);
    let mut out = Vec::with_capacity(2 * list.len());
    for (i, &(w, stop)) in list.iter().enumerate() {
        if !stop && w.len() > 1 {
            out.push((feature(w, None), subject_at(i, w)));
        }
        if let Some(&(next, next_stop)) = list.get(i + 1) {
            if !(stop && next_stop) {
                out.push((feature(w, Some(next)), subject_at(i, w) || subject_at(i + 1, next)));
            }
        }
    }
    out.sort_unstable();
    out.dedup_by_key(|(x, _)| *x);
    out
}

impl Vocabulary {
    /// The catalogue's indicators, each with its name as wording; then the wording of the bundled plans'
    /// indicators (names and target quotes) under the same ids, an id the catalogue lacks added as known.
    fn wording() -> (Vec<Known>, Vec<Pillar>, Vec<Wording>) {
        let mut known: Vec<Known> = Vec::new();
        let mut docs: Vec<Wording> = Vec::new();
        let catalogue = crate::io::bundled::catalogue().ok();
        for ind in catalogue.iter().flat_map(|c| &c.indicators) {
            known.push(Known::new(&ind.id, (&ind.name_vi, &ind.name_en), ind.unit, ind.polarity, &ind.pillar));
            docs.push((known.len() - 1, features(&Folded::new(&ind.name_vi).text)));
        }
        let plans: Vec<Plan> = [crate::io::bundled::plans(), crate::io::bundled::national_plans()]
            .into_iter()
            .flat_map(Result::unwrap_or_default)
            .collect();
        for plan in &plans {
            for ind in &plan.indicators {
                let k = known.iter().position(|k| k.id == ind.id).unwrap_or_else(|| {
                    known.push(Known::of_plan(ind));
                    known.len() - 1
                });
                docs.push((k, features(&Folded::new(&ind.name_vi).text)));
                for t in plan.targets_of(&ind.id) {
                    docs.push((k, features(&Folded::new(&t.quote).text)));
                }
            }
        }
        (known, catalogue.map(|c| c.pillars).unwrap_or_default(), docs)
    }

    fn build() -> Self {
        let (known, pillars, mut docs) = Self::wording();
        // A wording said twice for one indicator (a plan's name that is the catalogue's) counts once.
        let mut seen = std::collections::HashSet::new();
        docs.retain(|d| seen.insert(d.clone()));
        let mut df: HashMap<Feature, f64, FxBuildHasher> = HashMap::default();
        for (_, f) in &docs {
            for x in f {
                *df.entry(*x).or_default() += 1.0;
            }
        }
        let n = docs.len().max(1) as f64;
        let idf: HashMap<Feature, f64, FxBuildHasher> = df.into_iter().map(|(k, d)| (k, (1.0 + n / d).ln())).collect();
        let mut entries = Vec::new();
        let mut postings: HashMap<Feature, Vec<(usize, f64)>, FxBuildHasher> = HashMap::default();
        for (k, f) in docs.into_iter().filter(|(_, f)| !f.is_empty()) {
            let e = entries.len();
            let mut norm = 0.0;
            for x in f {
                let w = idf.get(&x).copied().unwrap_or(1.0);
                norm += w * w;
                postings.entry(x).or_default().push((e, w));
            }
            entries.push(Entry { known: k, norm: f64::sqrt(norm) });
        }
        Self { known, pillars, entries, idf, postings }
    }

    /// The vocabulary, built once.
    pub(crate) fn get() -> &'static Vocabulary {
        static V: OnceLock<Vocabulary> = OnceLock::new();
        V.get_or_init(Self::build)
    }

    /// The best known indicator for a folded phrase: (index into `known`, score in 0..1).
    pub(crate) fn best(&self, folded: &str, fits: impl Fn(&Known) -> bool) -> Option<(usize, f64)> {
        let q = features_with_subject(folded);
        let weights: Vec<(Feature, f64, bool)> = q
            .iter()
            .map(|&(x, subject)| {
                (x, self.idf.get(&x).copied().unwrap_or_else(|| (1.0 + self.entries.len() as f64).ln()), subject)
            })
            .collect();
        let qnorm = weights.iter().map(|(_, w, _)| w * w).sum::<f64>().sqrt();
        if qnorm == 0.0 {
            return None;
        }
        let mut dots = vec![0.0; self.entries.len()];
        // Whether each wording shares a feature that names what a figure is of.
        let mut of_subject = vec![false; self.entries.len()];
        for (x, w, subject) in &weights {
            for (e, v) in self.postings.get(x).map_or(&[][..], Vec::as_slice) {
                if let Some(d) = dots.get_mut(*e) {
                    *d += v * w;
                }
                if let Some(s) = of_subject.get_mut(*e) {
                    *s |= *subject;
                }
            }
        }
        // Whether each known indicator fits, decided once (it has many wordings).
        let fit: Vec<bool> = self.known.iter().map(&fits).collect();
        let mut best: Option<(usize, f64)> = None;
        for ((e, dot), of_subject) in self.entries.iter().zip(dots).zip(of_subject) {
            if dot == 0.0 || !of_subject || !fit.get(e.known).copied().unwrap_or(false) {
                continue;
            }
            // Cosine, but a short vocabulary phrase wholly inside a long sentence still counts: take the
            // better of the cosine and the vocabulary phrase's coverage, discounted.
            let cos = dot / (qnorm * e.norm);
            let cover = dot / (e.norm * e.norm);
            let score = cos.max(0.8 * cover.min(1.0) * (e.norm / qnorm).min(1.0).sqrt());
            if best.is_none_or(|(_, s)| score > s) {
                best = Some((e.known, score));
            }
        }
        best
    }
}
