//! Drafting a plan from the plain text of a Vietnamese plan document.
//!
//! [`extract_plan`] reads the text of a "kế hoạch", "quyết định" or "đề án" (as published, web page
//! furniture and all) and returns a [`Draft`]: a [`Plan`] in the core's model, for a person to review,
//! with every target tied to the words it came from (character offsets into the text), a confidence, and
//! the reasons for anything uncertain. It never invents a target: every target has a quote, and numbers
//! it saw and did not use are listed with the reason.
//!
//! Offsets are in **characters** (Unicode scalar values) of the input, not bytes: `start..end` selects
//! `text.chars().skip(start).take(end - start)`, which is what JavaScript (`Array.from(text)`) and Python
//! (`text[start:end]`) index by.
//!
//! ```
//! let text = "KẾ HOẠCH Chuyển đổi số tỉnh Hà Giang đến năm 2025\n\
//!             Mục tiêu đến năm 2025:\n\
//!             - Tối thiểu 90% hồ sơ công việc cấp tỉnh, 70% hồ sơ công việc cấp huyện được xử lý trên môi trường mạng.\n";
//! let draft = chitieu::extract::extract_plan(text);
//! assert_eq!(draft.plan.targets.len(), 2);
//! let t = &draft.plan.targets[1];
//! assert_eq!((t.year, t.value, t.comparator.as_str()), (Some(2025), 70.0, "at_least")); // "tối thiểu" carries
//! assert_eq!(t.indicator, "work_files_online");
//! let d = &draft.targets[1];
//! assert_eq!(text.chars().skip(d.start).take(d.end - d.start).collect::<String>(), t.quote);
//! ```
//!
//! How it reads, one concern per module: [`folded`](self) text (ASCII, marks folded, offsets kept),
//! `sections` (year sections, objectives and pillar headings, list markers), `clauses` (clauses and the
//! figures in them), `comparators`, `units`, `tiers`, `vocabulary` (indicator matching against the
//! bundled plans' wording), `metadata` (unit, document, dates, period), `budget`, `reporting`, `noise`
//! (numbers that are not targets).
//!
//! Tiers: "cấp tỉnh" and "tại tỉnh" are `province`, "cấp huyện" `district`, "cấp xã" `commune`;
//! "cấp thành phố", "tại thành phố" and "Ủy ban nhân dân thành phố" are `province` in a centrally-run
//! city's plan (Cần Thơ) and `own_unit` in a provincial city's plan (Tây Ninh city).

mod budget;
mod clauses;
mod comparators;
mod evaluation;
mod folded;
mod metadata;
mod noise;
mod numbers;
mod reporting;
mod sections;
mod tiers;
mod units;
mod vocabulary;

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

pub use evaluation::{agreement, target_keys, Agreement};
pub use noise::UnusedReason;

use crate::model::administrative_unit::Level;
use crate::model::comparator::Comparator;
use crate::model::indicator::{Indicator, Pillar};
use crate::model::measure_unit::{MeasureUnit, Polarity};
use crate::model::plan::{Document, Period, Plan, FORMAT_VERSION};
use crate::model::target::{Target, Tier};
use folded::{sub, Folded};
use sections::Heading;

/// Why a drafted target needs a look.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Uncertainty {
    /// The words naming what is measured match no indicator of the vocabulary: a new id was made from them.
    UnmatchedIndicator {
        /// The words it could not map.
        phrase: String,
    },
    /// The indicator was matched, but not closely.
    WeakIndicatorMatch {
        /// The words matched.
        phrase: String,
        /// The indicator chosen.
        indicator: String,
        /// Similarity, 0..1.
        score: f64,
    },
    /// The comparator has no word of its own here: it is carried from the qualifier that opens the list.
    ComparatorCarried {
        /// The comparator carried.
        comparator: Comparator,
        /// The words that opened the list.
        words: String,
    },
    /// The comparator was changed from what the words say, or guessed.
    ComparatorGuessed {
        /// The comparator used.
        comparator: Comparator,
        /// Why.
        why: String,
    },
    /// The unit was guessed ("tăng 7%": per year, or an increase over a baseline?).
    UnitGuessed {
        /// The unit used.
        unit: MeasureUnit,
    },
    /// No year section or annual plan gives this target a year.
    YearMissing,
    /// The year was taken from the plan's period, not from a section heading.
    YearGuessed {
        /// The year used.
        year: i32,
    },
    /// The tier was inferred from a city word whose meaning depends on the plan's unit.
    TierGuessed {
        /// The tier used.
        tier: Tier,
    },
    /// "Phấn đấu": an aspiration rather than a firm commitment.
    Aspiration,
    /// The same indicator, year and tier is stated twice.
    Duplicate {
        /// The other target's id.
        other: String,
    },
}

/// One drafted target and where it came from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DraftTarget {
    /// Id of the target in the draft plan.
    pub target: String,
    /// Character offset (not byte) of the quote's first character in the text.
    pub start: usize,
    /// Character offset after the quote's last character.
    pub end: usize,
    /// How sure the reader is, 0..1.
    pub confidence: f64,
    /// What to check, if anything.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reasons: Vec<Uncertainty>,
}

/// A number the reader saw and did not use as a target.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct UnusedNumber {
    /// The number as written.
    pub text: String,
    /// Character offset in the text.
    pub start: usize,
    /// Character offset after it.
    pub end: usize,
    /// Why it was not used.
    pub reason: UnusedReason,
}

/// A plan drafted from a text, for review.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Draft {
    /// The plan as read. Check it with [`Plan::validate`] after review.
    pub plan: Plan,
    /// One entry per target of `plan.targets`, in the same order.
    pub targets: Vec<DraftTarget>,
    /// Numbers seen and not used, with the reason.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unused_numbers: Vec<UnusedNumber>,
    /// What the reader could not find or decide (no date, lines of a budget that do not add up, ...).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
}

/// Below this similarity an indicator is not matched; below `WEAK` it is matched with a warning.
const MATCH: f64 = 0.28;
const WEAK: f64 = 0.45;

struct Pending {
    found: clauses::Found,
    year: Option<i32>,
    pillar: Option<&'static str>,
    year_from_period: bool,
}

/// Reads a plan document's text into a draft plan. Never panics, whatever the input.
pub fn extract_plan(text: &str) -> Draft {
    let f = Folded::new(text);
    let s = f.text.as_str();
    let meta = metadata::read(&f);
    let (budget, budget_used, mut notes) = budget::read(&f);
    let (reporting, reporting_used) = reporting::read(&f);
    let city_is_province = meta.jurisdiction.level == Level::Province;

    // Walk the outline: year sections and pillar headings set the context of the figures that follow.
    let default_year = meta.annual;
    let mut year = default_year;
    let mut pillar: Option<&'static str> = None;
    let mut headings: Vec<(&'static str, String)> = Vec::new();
    let mut pending: Vec<Pending> = Vec::new();
    let mut offset = 0;
    for line in s.split('\n') {
        let line_start = offset;
        offset += line.len() + 1;
        let m = sections::marker_len(line);
        let content = sub(line, m, line.len());
        let mut from = line_start + m;
        if let Some((h, consumed)) = sections::heading(content) {
            match h {
                Heading::Year(y) => {
                    year = Some(y);
                    pillar = None;
                }
                Heading::Objectives { general } => {
                    year = default_year;
                    pillar = general.then_some("general");
                    if general {
                        let name = f.original(from, from + consumed).trim().trim_end_matches(':').trim().to_owned();
                        headings.push(("general", name));
                    }
                }
                Heading::Pillar(p) => {
                    pillar = Some(p);
                    let name = f.original(from, from + consumed).trim().trim_end_matches(':').trim().to_owned();
                    headings.push((p, name));
                }
            }
            from += consumed;
        } else if let Some(y) = sections::opening_year(content) {
            // "Đến năm 2025, 100% ...": the year opens the sentence and holds until another does.
            year = Some(y);
        }
        for (cs, ce) in clauses::clauses(s, from, line_start + line.len()) {
            // A list item run on after a sentence ("đạt trên 40%. - Tỷ lệ ...") starts after its marker.
            let cs = cs + sections::marker_len(sub(s, cs, ce)).min(ce - cs);
            for found in clauses::read_clause(s, cs, ce, city_is_province) {
                let used =
                    |r: &[(usize, usize)]| r.iter().any(|&(a, b)| found.number.start >= a && found.number.start < b);
                if used(&budget_used) || used(&reporting_used) || used(&meta.used) {
                    continue;
                }
                pending.push(Pending { found, year, pillar, year_from_period: false });
            }
        }
    }
    // A plan with one target year and no year sections: the period's end.
    if let Some(p) = meta.period.filter(|p| p.horizon.is_none() && p.from.is_none_or(|f| f == p.to)) {
        for t in pending.iter_mut().filter(|t| t.year.is_none()) {
            t.year = Some(p.to);
            t.year_from_period = true;
        }
    }

    // Indicators.
    let vocab = vocabulary::Vocabulary::get();
    let mut indicators: Vec<Indicator> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut over_hundred: std::collections::HashSet<usize> = std::collections::HashSet::new();
    let mut targets: Vec<Target> = Vec::new();
    let mut drafts: Vec<DraftTarget> = Vec::new();
    let mut used_numbers: std::collections::HashSet<usize> = std::collections::HashSet::new();
    let mut previous_indicator: Option<String> = None;
    let mut ids: HashMap<String, usize> = HashMap::new();
    for p in pending {
        let mut t = p.found;
        let mut reasons = std::mem::take(&mut t.reasons);
        // The words of a carried qualifier, as the document writes them.
        for r in &mut reasons {
            if let (Uncertainty::ComparatorCarried { words, .. }, Some((a, b))) = (r, t.opening) {
                *words = f.original(a, b).trim().to_owned();
            }
        }
        let phrase_folded = sub(s, t.phrase.0, t.phrase.1);
        let segment_folded = sub(s, t.start, t.end);
        let phrase_original = clean_phrase(f.original(t.phrase.0, t.phrase.1));
        let (indicator_id, known) = match (&previous_indicator, t.same_indicator_as_previous) {
            (Some(prev), true) => (prev.clone(), vocab.known.iter().find(|k| &k.id == prev)),
            _ => {
                // An indicator of the vocabulary fits when its unit and direction agree with the words: a
                // ceiling ("dưới 2%") is not a target of a higher-is-better indicator, nor a share a reduction.
                let fits = |k: &vocabulary::Known| {
                    let direction = !t.comparator.contradicts(k.polarity);
                    let growth = [MeasureUnit::PercentPerYear, MeasureUnit::PercentIncrease];
                    let unit = k.unit == t.unit
                        || (!t.unit_certain && growth.contains(&k.unit))
                        || (growth.contains(&k.unit) && growth.contains(&t.unit));
                    direction && unit
                };
                let best = vocab.best(phrase_folded, fits);
                let best_segment = vocab.best(segment_folded, fits);
                let best = match (best, best_segment) {
                    (Some(a), Some(b)) => Some(if b.1 > a.1 + 0.1 { b } else { a }),
                    (a, b) => a.or(b),
                };
                match best.filter(|(_, score)| *score >= MATCH) {
                    Some((k, score)) => {
                        let known = vocab.known.get(k);
                        let id = known.map_or_else(String::new, |k| k.id.clone());
                        if score < WEAK {
                            reasons.push(Uncertainty::WeakIndicatorMatch {
                                phrase: phrase_original.clone(),
                                indicator: id.clone(),
                                score,
                            });
                        }
                        (id, known)
                    }
                    None => {
                        reasons.push(Uncertainty::UnmatchedIndicator { phrase: phrase_original.clone() });
                        (new_id(phrase_folded, t.unit), None)
                    }
                }
            }
        };
        previous_indicator = Some(indicator_id.clone());
        // "tăng 7%": per year or an increase? The matched indicator decides; else it stays an increase.
        let mut unit = t.unit;
        if !t.unit_certain {
            if let Some(k) =
                known.filter(|k| matches!(k.unit, MeasureUnit::PercentPerYear | MeasureUnit::PercentIncrease))
            {
                unit = k.unit;
            }
            reasons.push(Uncertainty::UnitGuessed { unit });
        }
        // Direction: a rank, or a ceiling ("dưới 2%", "tối đa") on an indicator the vocabulary does not know,
        // means lower is better.
        let ceiling = matches!(t.comparator, Comparator::AtMost | Comparator::LessThan);
        let polarity = match (unit, known) {
            (MeasureUnit::Rank, _) => Polarity::LowerIsBetter,
            (_, Some(k)) if !t.comparator.contradicts(k.polarity) => k.polarity,
            _ if ceiling => Polarity::LowerIsBetter,
            _ => Polarity::HigherIsBetter,
        };
        // A share above 100% is not a target a plan can meet ("năm 2022 %" is a year): not used.
        if unit.is_share() && t.value > 100.0 {
            over_hundred.insert(t.number.start);
            continue;
        }
        let pillar_id = p
            .pillar
            .map(str::to_owned)
            .or_else(|| known.map(|k| k.pillar.clone()))
            .unwrap_or_else(|| "general".to_owned());
        // One indicator per id, unit and direction.
        let indicator_id = match index.get(&indicator_id).and_then(|&i| indicators.get(i)) {
            Some(i) if i.unit != unit => format!("{indicator_id}_{}", unit.as_str()),
            Some(i) if t.comparator.contradicts(i.polarity) => format!("{indicator_id}_{}", polarity_word(polarity)),
            _ => indicator_id,
        };
        let indicator_id = match index.get(&indicator_id).and_then(|&i| indicators.get(i)) {
            Some(i) if i.unit != unit || t.comparator.contradicts(i.polarity) => {
                format!("{indicator_id}_{}_{}", unit.as_str(), polarity_word(polarity))
            }
            _ => indicator_id,
        };
        if !index.contains_key(&indicator_id) {
            index.insert(indicator_id.clone(), indicators.len());
            indicators.push(Indicator {
                id: indicator_id.clone(),
                name_vi: if phrase_original.is_empty() { indicator_id.clone() } else { phrase_original.clone() },
                name_en: known.map_or_else(|| "(to be named)".to_owned(), |k| k.name_en.clone()),
                unit,
                polarity,
                pillar: pillar_id,
                scope: Vec::new(),
                note: None,
            });
        }
        if p.year.is_none() {
            reasons.push(Uncertainty::YearMissing);
        } else if p.year_from_period {
            reasons.push(Uncertainty::YearGuessed { year: p.year.unwrap_or_default() });
        }
        if t.tier == Some(Tier::OwnUnit)
            || (t.tier == Some(Tier::Province) && sub(s, t.number.end, t.end).contains("thanh pho"))
        {
            if let Some(tier) = t.tier {
                reasons.push(Uncertainty::TierGuessed { tier });
            }
        }
        let mut id = format!(
            "{indicator_id}{}{}",
            p.year.map_or_else(String::new, |y| format!(".{y}")),
            t.tier.map_or_else(String::new, |t| format!(".{}", t.as_str()))
        );
        let n = ids.entry(id.clone()).or_insert(0);
        *n += 1;
        if *n > 1 {
            reasons.push(Uncertainty::Duplicate { other: id.clone() });
            id = format!("{id}.{}", *n);
        }
        // The quote: the segment, trimmed of separators.
        let (qs, qe) = trim_quote(s, t.start, t.end);
        let quote = f.original(qs, qe).to_owned();
        if quote.trim().is_empty() {
            continue;
        }
        used_numbers.insert(t.number.start);
        let confidence = confidence(&reasons);
        drafts.push(DraftTarget {
            target: id.clone(),
            start: f.char_offset(qs),
            end: f.char_offset(qe),
            confidence,
            reasons,
        });
        targets.push(Target {
            id,
            indicator: indicator_id,
            year: p.year,
            tier: t.tier,
            comparator: t.comparator,
            value: t.value,
            tolerance: None,
            quote,
            note: None,
        });
    }

    // Pillars: the headings found, then any pillar an indicator names that no heading did.
    let mut pillars: Vec<Pillar> = Vec::new();
    for (id, name) in headings {
        let used = indicators.iter().any(|i| i.pillar == id);
        if used && !pillars.iter().any(|p| p.id == id) && !name.is_empty() {
            pillars.push(Pillar { id: id.to_owned(), name_vi: name, name_en: sections::pillar_name_en(id).to_owned() });
        }
    }
    for ind in &indicators {
        if !pillars.iter().any(|p| p.id == ind.pillar) {
            let en = sections::pillar_name_en(&ind.pillar).to_owned();
            let name_vi = match ind.pillar.as_str() {
                "digital_government" => "Chính quyền số",
                "digital_economy" => "Kinh tế số",
                "digital_society" => "Xã hội số",
                "smart_city" => "Đô thị thông minh",
                "infrastructure" => "Hạ tầng số",
                _ => "Mục tiêu chung",
            };
            pillars.push(Pillar { id: ind.pillar.clone(), name_vi: name_vi.to_owned(), name_en: en });
        }
    }

    // Period: from the title; else from the target years.
    let years: Vec<i32> = targets.iter().filter_map(|t| t.year).collect();
    let signed_year = meta.signed_on.map(|d| d.year());
    let period = meta.period.map(|mut p| {
        if p.from.is_some_and(|f| f > p.to) {
            p.from = None;
        }
        if let Some(max) = years.iter().max().filter(|m| **m > p.last_year()) {
            p.horizon = Some(*max);
        }
        // Targets before the period's start, or (with no start) before the signing year, widen it.
        if let Some(min) = years.iter().min().filter(|m| p.from.or(signed_year).is_some_and(|f| **m < f)) {
            p.from = Some(*min);
        }
        p
    });
    let period = period.unwrap_or_else(|| {
        notes.push("No period found in the title: taken from the target years.".to_owned());
        let to = years.iter().min().copied().unwrap_or_else(|| meta.signed_on.map_or(2025, |d| d.year()));
        let last = years.iter().max().copied().unwrap_or(to);
        Period { from: None, to, horizon: (last > to).then_some(last) }
    });
    if meta.number.is_none() {
        notes.push("No document number found.".to_owned());
    }
    if meta.signed_on.is_none() {
        notes.push("No signing date found.".to_owned());
    }
    if meta.jurisdiction.id == "unknown" {
        notes.push("No province or city found: set `jurisdiction` by hand.".to_owned());
    }

    // Numbers not used.
    let mut unused_numbers = Vec::new();
    let budget_or_reporting = |a: usize| {
        if budget_used.iter().any(|&(x, y)| a >= x && a < y) {
            Some(UnusedReason::Budget)
        } else if reporting_used.iter().any(|&(x, y)| a >= x && a < y) {
            Some(UnusedReason::Reporting)
        } else if meta.used.iter().any(|&(x, y)| a >= x && a < y) {
            Some(UnusedReason::DocumentNumber)
        } else {
            None
        }
    };
    for tok in numbers::tokens(s) {
        if used_numbers.contains(&tok.start) {
            continue;
        }
        let reason = if over_hundred.contains(&tok.start) {
            UnusedReason::ShareAbove100
        } else {
            budget_or_reporting(tok.start).unwrap_or_else(|| noise::reason(s, tok.start, tok.end))
        };
        unused_numbers.push(UnusedNumber {
            text: f.original(tok.start, tok.end).to_owned(),
            start: f.char_offset(tok.start),
            end: f.char_offset(tok.end),
            reason,
        });
    }

    let year_for_id = meta.signed_on.map(|d| d.year()).or(period.from).unwrap_or(period.to);
    let number_part = meta
        .number
        .as_deref()
        .map(|n| n.chars().take_while(char::is_ascii_digit).collect::<String>())
        .unwrap_or_default();
    let plan_id = if number_part.is_empty() {
        format!("{}_{year_for_id}", meta.jurisdiction.id)
    } else {
        format!("{}_{year_for_id}_{number_part}", meta.jurisdiction.id)
    };
    let plan = Plan {
        format_version: FORMAT_VERSION,
        id: plan_id,
        jurisdiction: meta.jurisdiction,
        document: Document {
            kind: meta.kind,
            number: meta.number,
            issuer: meta.issuer,
            signer: meta.signer,
            signed_on: meta.signed_on,
            title: meta.title,
            source: None,
        },
        period,
        pillars,
        indicators,
        targets,
        budget,
        reporting,
        notes: vec!["Drafted by chitieu::extract from the document's text; to be reviewed.".to_owned()],
    };
    Draft { plan, targets: drafts, unused_numbers, notes }
}

/// The word for a direction in a derived id.
fn polarity_word(p: Polarity) -> &'static str {
    match p {
        Polarity::HigherIsBetter => "higher",
        Polarity::LowerIsBetter => "lower",
    }
}

/// Confidence from the reasons: each kind of doubt costs its share.
fn confidence(reasons: &[Uncertainty]) -> f64 {
    let mut c: f64 = 0.95;
    for r in reasons {
        c -= match r {
            Uncertainty::UnmatchedIndicator { .. } => 0.3,
            Uncertainty::WeakIndicatorMatch { .. } => 0.15,
            Uncertainty::ComparatorCarried { .. } => 0.1,
            Uncertainty::ComparatorGuessed { .. } => 0.15,
            Uncertainty::UnitGuessed { .. } => 0.1,
            Uncertainty::YearMissing => 0.2,
            Uncertainty::YearGuessed { .. } => 0.05,
            Uncertainty::TierGuessed { .. } => 0.05,
            Uncertainty::Aspiration => 0.0,
            Uncertainty::Duplicate { .. } => 0.2,
        };
    }
    c.clamp(0.05, 1.0)
}

/// A quote's range without leading separators and list markers or trailing punctuation.
fn trim_quote(s: &str, start: usize, end: usize) -> (usize, usize) {
    let seg = sub(s, start, end);
    let lead = seg.len() - seg.trim_start_matches([' ', ',', ';', '-', '+', '*', ':', '.']).len();
    let rest = sub(seg, lead, seg.len());
    let rest = if folded::starts_with_words(rest, "va") { sub(rest, 2, rest.len()).trim_start() } else { rest };
    let lead = seg.len() - rest.len();
    let tail = rest.trim_end_matches([' ', ',', ';', '.', ':']);
    let tail = if folded::ends_with_words(tail, "va") {
        tail.trim_end_matches("va").trim_end_matches([' ', ','])
    } else {
        tail
    };
    (start + lead, start + lead + tail.len().max(usize::from(lead < seg.len())))
}

/// The words naming an indicator, tidied: no leading connectors or trailing punctuation, at most 16 words.
fn clean_phrase(original: &str) -> String {
    let t = original.trim().trim_matches(|c: char| c.is_ascii_punctuation() || c.is_whitespace());
    let words: Vec<&str> = t.split_whitespace().take(16).collect();
    words.join(" ")
}

/// An id for an indicator the vocabulary does not know, from its first meaningful words.
fn new_id(phrase: &str, unit: MeasureUnit) -> String {
    let skip = ["ty", "le", "cac", "cua", "duoc", "va", "tren", "dat", "toi", "thieu"];
    let w: Vec<&str> =
        folded::words(phrase).filter(|w| !skip.contains(w) && !w.bytes().all(|b| b.is_ascii_digit())).take(5).collect();
    if w.is_empty() {
        format!("indicator_{}", unit.as_str())
    } else {
        w.join("_")
    }
}
