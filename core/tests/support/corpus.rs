//! The labelled corpus of unseen plans (`tests/corpus/`): reading a text and its hand labels, and scoring
//! a draft against them on (year, tier, comparator, value). Shared by `core/tests/corpus.rs` and the
//! `extract_report` example (included with `#[path]`), so both print and assert the same figures.
#![allow(dead_code)]

use std::collections::HashMap;
use std::path::PathBuf;

use serde::Deserialize;

/// One labelled target.
#[derive(Debug, Clone, Deserialize)]
pub struct LabelledTarget {
    pub year: Option<i32>,
    pub tier: Option<String>,
    pub comparator: String,
    pub value: f64,
    pub unit: String,
    pub words: String,
}

/// One labelled achievement: a figure the text reports as reached.
#[derive(Debug, Clone, Deserialize)]
pub struct LabelledAchievement {
    pub words: String,
    pub value: f64,
    pub unit: String,
    pub year: Option<i32>,
    #[serde(default)]
    pub scope: Option<String>,
}

/// A text's labels.
#[derive(Debug, Clone, Deserialize)]
pub struct Labels {
    pub id: String,
    /// `dev` or `test`, fixed once by the rule in `tests/corpus/README.md`.
    pub half: String,
    #[serde(default)]
    pub note: Option<String>,
    pub targets: Vec<LabelledTarget>,
    pub achievements: Vec<LabelledAchievement>,
}

/// The corpus directory.
pub fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/corpus")
}

/// Every text of the corpus with its labels, sorted by id.
pub fn load() -> Result<Vec<(Labels, String)>, String> {
    let labels_dir = dir().join("labels");
    let mut out = Vec::new();
    let entries = std::fs::read_dir(&labels_dir).map_err(|e| format!("{}: {e}", labels_dir.display()))?;
    for entry in entries {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.extension().and_then(|e| e.to_str()) != Some("json") {
            continue;
        }
        let json = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let labels: Labels = serde_json::from_str(&json).map_err(|e| format!("{}: {e}", path.display()))?;
        let text_path = dir().join("texts").join(format!("{}.txt", labels.id));
        let text = std::fs::read_to_string(&text_path).map_err(|e| format!("{}: {e}", text_path.display()))?;
        out.push((labels, text));
    }
    out.sort_by(|a, b| a.0.id.cmp(&b.0.id));
    Ok(out)
}

/// The key a target is scored on: year, tier, comparator, value (to 1e-6).
pub fn key(year: Option<i32>, tier: Option<&str>, comparator: &str, value: f64) -> String {
    format!(
        "{}|{}|{comparator}|{value:.6}",
        year.map_or_else(|| "-".to_owned(), |y| y.to_string()),
        tier.unwrap_or("-")
    )
}

/// The keys of a drafted plan's targets.
pub fn drafted_keys(plan: &chitieu::Plan) -> Vec<String> {
    plan.targets.iter().map(|t| key(t.year, t.tier.map(|t| t.as_str()), t.comparator.as_str(), t.value)).collect()
}

/// The keys of the labelled targets.
pub fn labelled_keys(labels: &Labels) -> Vec<String> {
    labels.targets.iter().map(|t| key(t.year, t.tier.as_deref(), &t.comparator, t.value)).collect()
}

/// Counts of a comparison: drafted, labelled, matched (multiset intersection).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Score {
    pub drafted: usize,
    pub labelled: usize,
    pub matched: usize,
}

impl Score {
    /// Matched over drafted (1 when nothing was drafted).
    pub fn precision(&self) -> f64 {
        if self.drafted == 0 {
            1.0
        } else {
            self.matched as f64 / self.drafted as f64
        }
    }

    /// Matched over labelled (1 when nothing is labelled).
    pub fn recall(&self) -> f64 {
        if self.labelled == 0 {
            1.0
        } else {
            self.matched as f64 / self.labelled as f64
        }
    }

    /// The sum of two scores.
    pub fn add(self, o: Self) -> Self {
        Self {
            drafted: self.drafted + o.drafted,
            labelled: self.labelled + o.labelled,
            matched: self.matched + o.matched,
        }
    }
}

/// Scores drafted keys against labelled ones; returns the score, the drafted keys not labelled and the
/// labelled keys not drafted.
pub fn score(drafted: &[String], labelled: &[String]) -> (Score, Vec<String>, Vec<String>) {
    let mut want: HashMap<&str, usize> = HashMap::new();
    for k in labelled {
        *want.entry(k.as_str()).or_default() += 1;
    }
    let mut extra = Vec::new();
    let mut matched = 0;
    for k in drafted {
        match want.get_mut(k.as_str()).filter(|n| **n > 0) {
            Some(n) => {
                *n -= 1;
                matched += 1;
            }
            None => extra.push(k.clone()),
        }
    }
    let mut missing = Vec::new();
    for k in labelled {
        if let Some(n) = want.get_mut(k.as_str()).filter(|n| **n > 0) {
            *n -= 1;
            missing.push(k.clone());
        }
    }
    (Score { drafted: drafted.len(), labelled: labelled.len(), matched }, extra, missing)
}

/// The draft observations against the labelled achievements: how many of each, how many
/// match on value (to 1e-6) and, of those, how many on the year too (the label's year, `None` where the text
/// gives none, as drafted).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct ObservationScore {
    pub drafted: usize,
    pub labelled: usize,
    pub matched: usize,
    pub dated: usize,
}

impl ObservationScore {
    /// The sum of two scores.
    pub fn add(self, o: Self) -> Self {
        Self {
            drafted: self.drafted + o.drafted,
            labelled: self.labelled + o.labelled,
            matched: self.matched + o.matched,
            dated: self.dated + o.dated,
        }
    }
}

/// Scores the draft's observations, (value, year), against the labelled achievements: first the
/// pairs that agree on value and year, then those on value alone.
pub fn observation_score(drafted: &[(f64, Option<i32>)], labels: &Labels) -> ObservationScore {
    let mut left: Vec<(f64, Option<i32>)> = labels.achievements.iter().map(|a| (a.value, a.year)).collect();
    let labelled = left.len();
    let same = |a: f64, b: f64| (a - b).abs() < 1e-6;
    let mut rest = Vec::new();
    let mut dated = 0;
    for &(v, y) in drafted {
        match left.iter().position(|&(w, z)| same(v, w) && y == z) {
            Some(i) => {
                left.swap_remove(i);
                dated += 1;
            }
            None => rest.push(v),
        }
    }
    let mut matched = dated;
    for v in rest {
        if let Some(i) = left.iter().position(|&(w, _)| same(v, w)) {
            left.swap_remove(i);
            matched += 1;
        }
    }
    ObservationScore { drafted: drafted.len(), labelled, matched, dated }
}

/// `text` with every line longer than `width` characters wrapped at its last space before the width, as text copied
/// from a PDF or a narrow page arrives.
pub fn wrapped(text: &str, width: usize) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / width.max(1));
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let mut rest = line;
        while rest.chars().count() > width {
            let cut = rest.char_indices().nth(width).map_or(rest.len(), |(b, _)| b);
            let Some(space) = rest.get(..cut).and_then(|head| head.rfind(' ')).filter(|&s| s > 0) else { break };
            out.push_str(rest.get(..space).unwrap_or_default());
            out.push('\n');
            rest = rest.get(space + 1..).unwrap_or_default();
        }
        out.push_str(rest);
    }
    out
}

/// A way of breaking a text's lines anew.
pub type Reshape = fn(&str) -> String;

/// The ways the development half is reshaped to see that the reader does not lean on how a text breaks or indents its
/// lines (the test half is only ever scored as published): (name, reshape).
pub const RESHAPES: [(&str, Reshape); 4] = [
    // As text copied from a PDF or a narrow page arrives.
    ("dev wrapped at 80", |t| wrapped(t, 80)),
    // A list's items each on a line of their own, as a web page's line breaks give them.
    ("dev clause per line", |t| t.replace("; ", ";\n")),
    // Every sentence on a line of its own.
    ("dev sentence per line", |t| t.replace(". ", ".\n")),
    // Every line indented by a tab, as a Word document's paragraphs often are.
    ("dev indented by a tab", |t| {
        t.split('\n')
            .map(|l| if l.trim().is_empty() { l.to_owned() } else { format!("\t{l}") })
            .collect::<Vec<_>>()
            .join("\n")
    }),
];

/// The development half reshaped: its score, and how its drafts moved from those of the texts as published.
#[derive(Debug, Default)]
pub struct Reshaped {
    pub score: Score,
    /// Drafted keys in one of a text's drafts (published, reshaped) and not the other, over the half.
    pub changed: usize,
    /// The texts whose drafts moved, with their count of changed keys.
    pub texts: Vec<(String, usize)>,
}

/// The development half of `corpus` ([`load`]) with every text reshaped by each of [`RESHAPES`], in their order: the
/// score, and the drafts that moved against the texts as published (a reader that does not lean on line breaks moves
/// none). Each text as published is read once.
pub fn development_half_reshaped(corpus: &[(Labels, String)]) -> Vec<(&'static str, Reshaped)> {
    let mut out: Vec<(&str, Reshaped)> = RESHAPES.iter().map(|&(name, _)| (name, Reshaped::default())).collect();
    for (labels, text) in corpus.iter().filter(|(l, _)| l.half == "dev") {
        let published = drafted_keys(&chitieu::extract::extract_plan(text).plan);
        for ((_, reshape), (_, r)) in RESHAPES.iter().zip(out.iter_mut()) {
            let reshaped = drafted_keys(&chitieu::extract::extract_plan(&reshape(text)).plan);
            r.score = r.score.add(score(&reshaped, &labelled_keys(labels)).0);
            let (_, gained, lost) = score(&reshaped, &published);
            if !gained.is_empty() || !lost.is_empty() {
                r.changed += gained.len() + lost.len();
                r.texts.push((labels.id.clone(), gained.len() + lost.len()));
            }
        }
    }
    out
}
