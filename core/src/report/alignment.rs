//! The alignment of a plan against another as plain-text tables for a terminal: the counts per pillar,
//! then one line per indicator, tier and year with both figures and the verdict, in Vietnamese or English.

use crate::alignment::{AlignedTarget, Alignment, Basis};
use crate::label::{text as word, Labelled, Lang};

use super::number;
use super::text::table;

fn side(s: Option<&AlignedTarget>, lang: Lang) -> String {
    match s {
        None => "—".to_owned(),
        Some(s) => {
            let mark = if s.basis == Basis::Interpolated {
                format!(" ({})", word("interpolated", lang))
            } else {
                String::new()
            };
            format!("{} {}{mark}", s.comparator.label(lang), number(s.value, 2, lang))
        }
    }
}

/// The alignment as text: a title, its warnings, the counts per pillar and the rows.
pub fn text(a: &Alignment, lang: Lang) -> String {
    let mut out = format!("\n{}: {} / {}\n", word("alignment", lang), a.first, a.second);
    for w in &a.warnings {
        out += &format!("  {}: {}\n", word("warning", lang), w.code());
    }
    let verdicts = [
        crate::alignment::Verdict::Stricter,
        crate::alignment::Verdict::Equal,
        crate::alignment::Verdict::Looser,
        crate::alignment::Verdict::OnlyFirst,
        crate::alignment::Verdict::OnlySecond,
        crate::alignment::Verdict::Incomparable,
    ];
    let header: Vec<String> = std::iter::once(word("pillar", lang).to_owned())
        .chain(verdicts.iter().map(|v| v.label(lang).to_owned()))
        .collect();
    let counts: Vec<Vec<String>> = a
        .summary
        .iter()
        .map(|c| {
            let n = [c.stricter, c.equal, c.looser, c.only_first, c.only_second, c.incomparable];
            std::iter::once(c.pillar.clone()).chain(n.iter().map(usize::to_string)).collect()
        })
        .collect();
    out += &table(&header, &counts);
    out += "\n";
    let header: Vec<String> = [
        word("indicator", lang),
        word("tier", lang),
        word("year", lang),
        a.first.as_str(),
        a.second.as_str(),
        word("verdict", lang),
        word("difference", lang),
        word("warning", lang),
    ]
    .iter()
    .map(|h| (*h).to_owned())
    .collect();
    let rows: Vec<Vec<String>> = a
        .rows
        .iter()
        .map(|r| {
            vec![
                r.indicator.clone(),
                r.tier.map_or(String::new(), |t| t.label(lang).to_owned()),
                r.year.map_or(String::new(), |y| y.to_string()),
                side(r.first.as_ref(), lang),
                side(r.second.as_ref(), lang),
                r.verdict.label(lang).to_owned(),
                r.difference.map_or(String::new(), |d| {
                    let sign = if d > 0.0 { "+" } else { "" };
                    format!("{sign}{}", number(d, 2, lang))
                }),
                r.warnings.iter().map(|w| w.code()).collect::<Vec<_>>().join(", "),
            ]
        })
        .collect();
    out += &table(&header, &rows);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tra_vinh_against_the_nation_in_both_languages() {
        let first = crate::io::bundled::plan("tra_vinh").unwrap();
        let second = crate::io::bundled::plan("nq57_2024").unwrap();
        let a = crate::alignment::align(&first, &second).unwrap();
        let vi = text(&a, Lang::Vi);
        assert!(vi.contains("thấp hơn") && vi.contains("tra_vinh / nq57_2024"), "{vi}");
        // Trà Vinh's digital economy in 2030, "trên 25%" against "tối thiểu 30%": looser by 5.
        let line = vi.lines().find(|l| l.contains("digital_economy") && l.contains("2030")).unwrap();
        assert!(line.contains("trên 25") && line.contains("tối thiểu 30") && line.contains("-5"), "{line}");
        let en = text(&a, Lang::En);
        assert!(en.contains("looser") && en.contains("more than 25") && en.contains("at least 30"), "{en}");
    }
}
