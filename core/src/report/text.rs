//! The scorecard as plain-text tables for a terminal: the plan's header, each target's row with its
//! status in words, and the summary per pillar. Widths count characters, so Vietnamese text lines up.

use crate::calc::milestone::MilestoneKind;
use crate::label::{status_words, text as word, Labelled, Lang};
use crate::scorecard::MilestoneRow;

use super::Report;

/// The rows under the header, columns padded to their widest cell, two spaces apart.
pub fn table<H: AsRef<str>, C: AsRef<str>, R: AsRef<[C]>>(header: &[H], rows: &[R]) -> String {
    let mut widths: Vec<usize> = header.iter().map(|h| h.as_ref().chars().count()).collect();
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row.as_ref()) {
            *w = (*w).max(cell.as_ref().chars().count());
        }
    }
    let line = |cells: Vec<&str>| -> String {
        let padded: Vec<String> = cells
            .iter()
            .zip(&widths)
            .map(|(c, w)| format!("{c}{}", " ".repeat(w.saturating_sub(c.chars().count()))))
            .collect();
        format!("  {}\n", padded.join("  ").trim_end())
    };
    let mut out = line(header.iter().map(AsRef::as_ref).collect());
    for row in rows {
        out += &line(row.as_ref().iter().map(AsRef::as_ref).collect());
    }
    out
}

/// The milestone table as text: one line per indicator and tier, one column per year, each value marked
/// stated (`•`), interpolated (`~`), held (`=`) or the baseline (`b`).
pub fn milestone_text(rows: &[MilestoneRow], years: &[i32], lang: Lang) -> String {
    let mut header = vec![word("indicator", lang).to_owned(), word("tier", lang).to_owned()];
    header.extend(years.iter().map(ToString::to_string));
    let mut lines: Vec<Vec<String>> = Vec::new();
    let mut keys: Vec<(&str, Option<crate::model::Tier>)> = Vec::new();
    for m in rows {
        let key = (m.indicator.as_str(), m.tier);
        if !keys.contains(&key) {
            keys.push(key);
            let name = match lang {
                Lang::Vi => &m.name_vi,
                Lang::En => &m.name_en,
            };
            let mut cells = vec![name.chars().take(44).collect(), m.tier.map_or("—", |t| t.label(lang)).to_owned()];
            cells.extend(years.iter().map(|_| String::new()));
            lines.push(cells);
        }
        let mark = match m.milestone.kind {
            MilestoneKind::Stated => "•",
            MilestoneKind::Interpolated => "~",
            MilestoneKind::Held => "=",
            MilestoneKind::Baseline => "b",
        };
        let column = 2 + years.iter().position(|y| *y == m.year).unwrap_or(0);
        if let Some(cell) = lines.last_mut().and_then(|l| l.get_mut(column)) {
            *cell = format!("{mark}{}", super::number(m.milestone.value, 1, lang));
        }
    }
    format!("{}\n{}", word("marks", lang), table(&header, &lines))
}

/// Cuts `text` to `max` characters, with an ellipsis when cut.
pub fn short(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_owned()
    } else {
        let cut: String = text.chars().take(max.saturating_sub(1)).collect();
        format!("{cut}…")
    }
}

impl Report<'_> {
    /// The scorecard as text: header, one line per target, then the summary per pillar.
    pub fn text(&self) -> String {
        let lang = self.lang;
        let (plan, card) = (self.plan, self.card);
        let mut out = format!("{} — {}\n", plan.id, plan.document.title);
        out +=
            &format!("{}: {} ({})\n", word("unit", lang), plan.jurisdiction.name, plan.jurisdiction.level.label(lang));
        out += &format!(
            "{}: {}; {}: {}; {}: {}\n\n",
            word("as_of", lang),
            super::date(card.as_of, lang),
            word("reporting_period", lang),
            self.reporting_period_words(),
            word("curve", lang),
            card.settings.curve.label(lang)
        );
        let header: Vec<String> = [
            "target",
            "year",
            "tier",
            "target_value",
            "milestone",
            "latest",
            "attained",
            "percent_of_target",
            "status",
            "score",
        ]
        .iter()
        .map(|k| word(k, lang).to_owned())
        .collect();
        let rows: Vec<Vec<String>> = card
            .rows
            .iter()
            .map(|r| {
                let a = r.achievement.as_ref();
                let latest = r.latest.as_ref().map_or(String::new(), |p| {
                    let mut s = format!("{} ({})", self.number(p.value, 2), p.year);
                    if p.source.is_none() {
                        s += &format!(" {}", word("illustrative", lang));
                    }
                    s
                });
                vec![
                    short(self.name(r), 40),
                    r.year.map_or("—".to_owned(), |y| y.to_string()),
                    self.tier(r.tier).to_owned(),
                    self.target_words(r),
                    r.milestone.as_ref().map_or(String::new(), |m| self.number(m.value, 2)),
                    latest,
                    a.map_or(String::new(), |a| word(if a.attained { "yes" } else { "no" }, lang).to_owned()),
                    a.and_then(|a| a.percent_of_target).map_or(String::new(), |p| format!("{}%", self.number(p, 1))),
                    status_words(r.status.category, r.status.reason, lang),
                    r.status.score.map_or(String::new(), |s| self.number(s, 1)),
                ]
            })
            .collect();
        let years = self.years();
        out += &format!("{}\n", word("milestones", lang));
        out += &milestone_text(&self.milestones(), &years, lang);
        out += &format!("\n{}\n", word("scorecard", lang));
        out += &table(&header, &rows);
        out += &format!("\n{}\n", word("summary", lang));
        out += &table(&self.summary_header(), &self.summary_rows());
        out += &format!("\n{} {}\n", word("score_rule", lang), word("illustrative_note", lang));
        out
    }

    /// The header of the summary table.
    pub(crate) fn summary_header(&self) -> Vec<String> {
        ["pillar", "indicators", "assessable", "attained_of", "mean_score"]
            .iter()
            .map(|k| word(k, self.lang).to_owned())
            .collect()
    }

    /// One line per pillar, then the whole plan.
    pub(crate) fn summary_rows(&self) -> Vec<Vec<String>> {
        let card = self.card;
        card.pillars
            .iter()
            .chain(std::iter::once(&card.overall))
            .map(|p| {
                let name = match (self.lang, p.pillar.is_none()) {
                    (_, true) => word("all_pillars", self.lang).to_owned(),
                    (Lang::Vi, false) => p.name_vi.clone(),
                    (Lang::En, false) => p.name_en.clone(),
                };
                vec![
                    name,
                    p.indicators.to_string(),
                    p.assessable.to_string(),
                    format!("{} / {}", p.attained, p.targets),
                    p.mean_score
                        .map_or_else(|| p.reason.map_or("—", |r| r.label(self.lang)).to_owned(), |s| self.number(s, 2)),
                ]
            })
            .collect()
    }
}
