//! The report an official files: one self-contained HTML page (no script, no link outside it), printable
//! on A4, in Vietnamese or English. It holds the plan's header (document, unit, period), the as-of date
//! and the reporting period it belongs to, the summary per pillar, each target's row with its status in
//! words and colour, a small SVG chart of each indicator's milestone path with its targets and
//! observations, the explanation of each number and the sources of the figures, illustrative ones marked.
//!
//! Every number shown carries its exact value in a `data-value` attribute, so a test can compare the
//! page with the scorecard's JSON.

use std::fmt::Write as _;

use crate::calc::milestone::MilestoneKind;
use crate::label::{colour, text as word, Labelled, Lang};
use crate::model::Tier;
use crate::scorecard::{MilestoneRow, Row};

use super::Report;

/// Escapes text for HTML.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

const STYLE: &str = "@page{size:A4;margin:14mm 12mm}\
body{font-family:'Times New Roman',Times,serif;font-size:11pt;color:#111;max-width:190mm;margin:0 auto}\
h1{font-size:16pt;text-align:center;margin:0 0 4pt}h2{font-size:13pt;margin:14pt 0 4pt;break-after:avoid}\
p.meta{margin:2pt 0}table{border-collapse:collapse;width:100%;margin:4pt 0;page-break-inside:auto}\
tr{break-inside:avoid}th,td{border:1px solid #999;padding:2pt 4pt;vertical-align:top;text-align:left}\
th{background:#eee}td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}\
table{font-size:9.5pt}#scorecard td:first-child{width:27%}#scorecard td:nth-child(8){width:17%}#summary td:first-child{width:50%}\
.s{display:inline-block;color:#fff;border-radius:3px;padding:0 4px;-webkit-print-color-adjust:exact;print-color-adjust:exact}\
th,.s{-webkit-print-color-adjust:exact;print-color-adjust:exact}.why{display:block;font-size:8.5pt;color:#444}\
.ill{color:#a15c00;font-style:italic}.charts{display:flex;flex-wrap:wrap;gap:6pt}\
figure{margin:0;width:58mm;break-inside:avoid}figcaption{font-size:8.5pt}svg{width:58mm;height:36mm}\
.ex{font-size:9pt}.ex code{font-size:8.5pt}footer{font-size:8.5pt;color:#555;margin-top:10pt}";

/// A status in words on its colour, and why when it is not assessable (the badge's closing tag included).
fn status_cell(status: &crate::scorecard::Status, lang: Lang) -> String {
    let words = escape(status.category.label(lang));
    match status.reason {
        Some(r) => format!("{words}</span><span class=\"why\">{}</span>", escape(r.label(lang))),
        None => format!("{words}</span>"),
    }
}

impl Report<'_> {
    /// The whole report as one HTML page.
    pub fn html(&self) -> String {
        let lang = self.lang;
        let mut out = format!(
            "<!DOCTYPE html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\"><title>{} — {}</title><style>{STYLE}</style></head><body>\n",
            crate::label::lang_code(lang),
            escape(word("report_title", lang)),
            escape(&self.plan.jurisdiction.name)
        );
        out += &self.html_header();
        out += &format!("<h2>{}</h2>\n", escape(word("summary", lang)));
        out += &self.html_summary();
        out += &format!("<h2>{}</h2>\n", escape(word("scorecard", lang)));
        out += &self.html_rows();
        out += &format!("<h2>{}</h2>\n", escape(word("milestones", lang)));
        out += &self.html_charts();
        out += &format!("<h2>{}</h2>\n", escape(word("explanations", lang)));
        out += &self.html_explanations();
        out += &format!("<h2>{}</h2>\n", escape(word("sources", lang)));
        out += &self.html_sources();
        out += &format!(
            "<footer>{} {}. {}</footer>\n</body></html>\n",
            escape(word("score_rule", lang)),
            escape(word("illustrative_note", lang)),
            escape(word("generated_by", lang))
        );
        out
    }

    fn html_header(&self) -> String {
        let (lang, plan, card) = (self.lang, self.plan, self.card);
        let doc = &plan.document;
        let mut parts: Vec<String> = doc.number.iter().cloned().collect();
        parts.extend(doc.signed_on.map(|d| super::date(d, lang)));
        parts.push(doc.issuer.clone());
        let document = parts.join(", ");
        let period = match plan.period.from {
            Some(from) => format!("{from}–{}", plan.period.to),
            None => plan.period.to.to_string(),
        };
        let period = match plan.period.horizon {
            Some(h) => format!("{period} → {h}"),
            None => period,
        };
        let meta = |key: &'static str, value: &str, field: &str| {
            format!(
                "<p class=\"meta\" data-field=\"{field}\"><b>{}:</b> {}</p>\n",
                escape(word(key, lang)),
                escape(value)
            )
        };
        let mut out = format!(
            "<h1>{}</h1>\n<p class=\"meta\" style=\"text-align:center\"><i>{}</i></p>\n",
            escape(word("report_title", lang)),
            escape(&doc.title)
        );
        out += &meta("document", &document, "document");
        out += &meta("unit", &format!("{} ({})", plan.jurisdiction.name, plan.jurisdiction.level.label(lang)), "unit");
        out += &meta("period", &period, "period");
        out += &meta("as_of", &super::date(card.as_of, lang), "as_of");
        out += &meta("reporting_period", &self.reporting_period_words(), "reporting_period");
        out += &meta("curve", card.settings.curve.label(lang), "curve");
        out
    }

    fn html_summary(&self) -> String {
        let mut out = String::from("<table id=\"summary\"><tr>");
        for h in self.summary_header() {
            out += &format!("<th>{}</th>", escape(&h));
        }
        out += "</tr>\n";
        let summaries = self.card.pillars.iter().chain(std::iter::once(&self.card.overall));
        for (cells, s) in self.summary_rows().into_iter().zip(summaries) {
            let id = s.pillar.as_deref().unwrap_or("");
            out += &format!("<tr data-pillar=\"{}\">", escape(id));
            for (i, c) in cells.iter().enumerate() {
                let value = match (i, s.mean_score) {
                    (4, Some(m)) => format!(" data-value=\"{m}\""),
                    _ => String::new(),
                };
                let class = if i == 0 { "" } else { " class=\"n\"" };
                out += &format!("<td{class}{value}>{}</td>", escape(c));
            }
            out += "</tr>\n";
        }
        out + "</table>\n"
    }

    fn html_rows(&self) -> String {
        let lang = self.lang;
        let mut out = String::from("<table id=\"scorecard\"><tr>");
        for k in
            ["target", "year", "tier", "target_value", "milestone", "latest", "percent_of_target", "status", "score"]
        {
            out += &format!("<th>{}</th>", escape(word(k, lang)));
        }
        out += "</tr>\n";
        for r in &self.card.rows {
            let a = r.achievement.as_ref();
            let latest = r.latest.as_ref().map_or(String::new(), |p| {
                let mark = if p.source.is_none() {
                    format!(" <span class=\"ill\">({})</span>", escape(word("illustrative", lang)))
                } else {
                    String::new()
                };
                format!("{} ({}){mark}", escape(&self.number(p.value, 2)), p.year)
            });
            let st = &r.status;
            let _ = writeln!(
                out,
                "<tr data-target=\"{}\"><td>{}</td><td class=\"n\">{}</td><td>{}</td><td class=\"n\" data-quantity=\"target_value\" data-value=\"{}\">{}</td>{}{}{}<td><span class=\"s\" data-status=\"{}\" style=\"background:{}\">{}</td>{}</tr>",
                escape(&r.target),
                escape(self.name(r)),
                r.year.map_or("—".to_owned(), |y| y.to_string()),
                escape(self.tier(r.tier)),
                r.target_value,
                escape(&self.target_words(r)),
                self.cell("milestone", r.milestone.as_ref().map(|m| m.value), 2, ""),
                match r.latest.as_ref() {
                    Some(p) => format!("<td class=\"n\" data-quantity=\"latest\" data-value=\"{}\">{latest}</td>", p.value),
                    None => "<td></td>".to_owned(),
                },
                self.cell("percent_of_target", a.and_then(|a| a.percent_of_target), 1, "%"),
                st.category.code(),
                colour(st.category),
                status_cell(st, lang),
                self.cell("score", st.score, 1, ""),
            );
        }
        out + "</table>\n"
    }

    /// A number cell with its exact value in `data-value`; empty when there is no number.
    fn cell(&self, quantity: &str, value: Option<f64>, decimals: usize, suffix: &str) -> String {
        match value {
            Some(v) => format!(
                "<td class=\"n\" data-quantity=\"{quantity}\" data-value=\"{v}\">{}{suffix}</td>",
                escape(&self.number(v, decimals))
            ),
            None => "<td></td>".to_owned(),
        }
    }

    fn html_charts(&self) -> String {
        let milestones = self.milestones();
        let mut groups: Vec<(&str, Option<Tier>)> = Vec::new();
        for m in &milestones {
            if !groups.contains(&(m.indicator.as_str(), m.tier)) {
                groups.push((m.indicator.as_str(), m.tier));
            }
        }
        let mut out = format!(
            "<p class=\"ex\">— {} · ● {} · ◆ {}</p><div class=\"charts\">\n",
            escape(word("chart", self.lang)),
            escape(word("target", self.lang)),
            escape(word("observed", self.lang))
        );
        for (indicator, tier) in groups {
            let path: Vec<&MilestoneRow> =
                milestones.iter().filter(|m| m.indicator == indicator && m.tier == tier).collect();
            let row = self.card.rows.iter().find(|r| r.indicator == indicator && r.tier == tier);
            out += &self.chart(&path, row);
        }
        out + "</div>\n"
    }

    /// One indicator's path at one tier: the milestone line, the plan's targets, the observations.
    fn chart(&self, path: &[&MilestoneRow], row: Option<&Row>) -> String {
        let Some(first) = path.first() else { return String::new() };
        let targets: Vec<(f64, f64)> = self
            .card
            .rows
            .iter()
            .filter(|r| r.indicator == first.indicator && r.tier == first.tier)
            .filter_map(|r| r.year.map(|y| (f64::from(y), r.target_value)))
            .collect();
        let observed: Vec<(f64, f64)> = row.map_or(Vec::new(), |r| {
            self.observations_of(r).iter().map(|o| (o.at.fractional_year(), o.value)).collect()
        });
        let line: Vec<(f64, f64)> = path.iter().map(|m| (f64::from(m.year), m.milestone.value)).collect();
        let all = || line.iter().chain(&targets).chain(&observed);
        let (mut x0, mut x1, mut y0, mut y1) = (f64::MAX, f64::MIN, f64::MAX, f64::MIN);
        for (x, y) in all() {
            (x0, x1, y0, y1) = (x0.min(*x), x1.max(*x), y0.min(*y), y1.max(*y));
        }
        if (y1 - y0).abs() < 1e-9 {
            (y0, y1) = (y0 - 1.0, y1 + 1.0);
        }
        if (x1 - x0).abs() < 1e-9 {
            (x0, x1) = (x0 - 1.0, x1 + 1.0);
        }
        let (w, h, pad) = (220.0, 130.0, 26.0);
        let sx = |x: f64| pad + (x - x0) / (x1 - x0) * (w - 2.0 * pad);
        let sy = |y: f64| h - pad - (y - y0) / (y1 - y0) * (h - 2.0 * pad);
        let points: Vec<String> = line.iter().map(|(x, y)| format!("{:.1},{:.1}", sx(*x), sy(*y))).collect();
        let mut svg = format!(
            "<svg viewBox=\"0 0 {w} {h}\" role=\"img\"><rect x=\"0\" y=\"0\" width=\"{w}\" height=\"{h}\" fill=\"#fff\" stroke=\"#ccc\"/><polyline points=\"{}\" fill=\"none\" stroke=\"#1f5fa8\" stroke-width=\"1.5\"/>",
            points.join(" ")
        );
        for m in path.iter().filter(|m| m.milestone.kind == MilestoneKind::Interpolated) {
            let _ = write!(
                svg,
                "<circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"1.5\" fill=\"#1f5fa8\"/>",
                sx(f64::from(m.year)),
                sy(m.milestone.value)
            );
        }
        for (x, y) in &targets {
            let _ = write!(
                svg,
                "<circle class=\"target\" cx=\"{:.1}\" cy=\"{:.1}\" r=\"3.5\" fill=\"#1a7f37\"/>",
                sx(*x),
                sy(*y)
            );
        }
        for (x, y) in &observed {
            let (cx, cy) = (sx(*x), sy(*y));
            let _ = write!(svg, "<path class=\"observed\" d=\"M{cx:.1} {:.1}L{:.1} {cy:.1}L{cx:.1} {:.1}L{:.1} {cy:.1}Z\" fill=\"#c62828\"/>", cy - 4.0, cx + 4.0, cy + 4.0, cx - 4.0);
        }
        let label = |x: f64, y: f64, anchor: &str, text: String| {
            format!("<text x=\"{x:.1}\" y=\"{y:.1}\" font-size=\"9\" text-anchor=\"{anchor}\">{}</text>", escape(&text))
        };
        svg += &label(pad, h - 8.0, "start", format!("{x0:.0}"));
        svg += &label(w - pad, h - 8.0, "end", format!("{x1:.0}"));
        svg += &label(2.0, pad, "start", self.number(y1, 1));
        svg += &label(2.0, h - pad, "start", self.number(y0, 1));
        svg += "</svg>";
        let name = match self.lang {
            Lang::Vi => &first.name_vi,
            Lang::En => &first.name_en,
        };
        format!(
            "<figure data-indicator=\"{}\">{svg}<figcaption>{} ({}, {})</figcaption></figure>\n",
            escape(&first.indicator),
            escape(name),
            escape(self.tier(first.tier)),
            escape(first.unit.label(self.lang))
        )
    }

    fn html_explanations(&self) -> String {
        let lang = self.lang;
        let mut out = String::from("<table class=\"ex\" id=\"explanations\"><tr>");
        for k in ["target", "quantity", "formula", "inputs", "result", "note"] {
            out += &format!("<th>{}</th>", escape(word(k, lang)));
        }
        out += "</tr>\n";
        for r in &self.card.rows {
            for e in &r.explanations {
                let inputs: Vec<String> =
                    e.inputs.iter().map(|i| format!("{} = {}", i.name, self.number(i.value, 4))).collect();
                let _ = writeln!(
                    out,
                    "<tr data-target=\"{}\"><td>{} {}</td><td>{}</td><td><code>{}</code></td><td>{}</td>{}<td>{}</td></tr>",
                    escape(&r.target),
                    escape(self.name(r)),
                    r.year.map_or(String::new(), |y| y.to_string()),
                    escape(&e.quantity),
                    escape(&e.formula),
                    escape(&inputs.join("; ")),
                    self.cell(&e.quantity, e.result, 4, ""),
                    escape(e.note.as_deref().unwrap_or("")),
                );
            }
        }
        out + "</table>\n"
    }

    fn html_sources(&self) -> String {
        let lang = self.lang;
        let mut out = String::from("<table class=\"ex\" id=\"sources\"><tr>");
        for k in ["indicator", "tier", "unit", "year", "value", "source"] {
            out += &format!("<th>{}</th>", escape(word(k, lang)));
        }
        out += "</tr>\n";
        let mut seen: Vec<*const crate::model::Observation> = Vec::new();
        for r in &self.card.rows {
            for o in self.observations_of(r) {
                if seen.contains(&std::ptr::from_ref(o)) {
                    continue;
                }
                seen.push(std::ptr::from_ref(o));
                let source = match &o.source {
                    Some(s) => escape(s),
                    None => format!("<span class=\"ill\">{}</span>", escape(word("illustrative", lang))),
                };
                let _ = writeln!(
                    out,
                    "<tr><td>{}</td><td>{}</td><td>{}</td><td class=\"n\">{}</td><td class=\"n\" data-value=\"{}\">{}</td><td>{source}</td></tr>",
                    escape(self.name(r)),
                    escape(self.tier(o.tier)),
                    escape(&o.unit),
                    o.at.year(),
                    o.value,
                    escape(&self.number(o.value, 2)),
                );
            }
        }
        out + "</table>\n"
    }
}
