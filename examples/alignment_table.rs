//! The alignment of a plan against another as a plain-text table for the terminal: the counts per pillar,
//! then one line per indicator, tier and year with both figures and the verdict. Included by the examples
//! with `#[path]` (it uses `text_table`); not an example of its own.

use chitieu::alignment::{AlignedTarget, Alignment, Basis};

use crate::text_table::table;

fn side(s: Option<&AlignedTarget>) -> String {
    match s {
        None => "—".to_owned(),
        Some(s) => {
            let value = format!("{:.2}", s.value);
            let value = value.trim_end_matches('0').trim_end_matches('.');
            let mark = if s.basis == Basis::Interpolated { " (interp.)" } else { "" };
            format!("{} {value}{mark}", s.comparator.symbol(s.polarity))
        }
    }
}

/// The alignment as text.
pub fn render(a: &Alignment) -> String {
    let mut out = format!("\nAlignment of {} against {}\n", a.first, a.second);
    for w in &a.warnings {
        out += &format!("  warning: {}\n", w.code());
    }
    let header = ["pillar", "stricter", "equal", "looser", "only first", "only second", "incomparable"];
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
    let header = ["indicator", "tier", "year", &a.first, &a.second, "verdict", "difference", "warnings"];
    let rows: Vec<Vec<String>> = a
        .rows
        .iter()
        .map(|r| {
            vec![
                r.indicator.clone(),
                r.tier.map_or(String::new(), |t| t.as_str().to_owned()),
                r.year.map_or(String::new(), |y| y.to_string()),
                side(r.first.as_ref()),
                side(r.second.as_ref()),
                r.verdict.code().replace('_', " "),
                r.difference.map_or(String::new(), |d| format!("{d:+.2}")),
                r.warnings.iter().map(|w| w.code()).collect::<Vec<_>>().join(", "),
            ]
        })
        .collect();
    out += &table(&header, &rows);
    out
}
