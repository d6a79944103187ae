//! `chitieu milestones PLAN`: every indicator and tier, year by year, on the chosen curve.

use chitieu::label::{text as word, Labelled, Lang};
use chitieu::report::{number, text::table};
use chitieu::scorecard::{milestone_table, MilestoneRow};
use chitieu::{Curve, Settings};

use crate::args::{CurveArg, MilestonesArgs, TableFormat};
use crate::failure::Failure;
use crate::{input, output};

fn curve(c: CurveArg) -> Curve {
    match c {
        CurveArg::Auto => Curve::Auto,
        CurveArg::Linear => Curve::Linear,
        CurveArg::Compound => Curve::Compound,
        CurveArg::Logistic => Curve::Logistic,
        CurveArg::Step => Curve::Step,
    }
}

pub fn run(a: &MilestonesArgs) -> Result<(), Failure> {
    let lang: Lang = a.common.lang.into();
    let plan = input::plan(&a.plan, lang)?;
    let observations = input::observations(&a.common.observations, a.common.sheet.as_deref(), Some(&plan), lang)?;
    let (first, last) = plan.target_years();
    let from = a.from.or(plan.period.from).or(first).unwrap_or(last);
    let to = a.to.unwrap_or_else(|| plan.period.last_year());
    if from > to || to - from > 200 {
        return Err(Failure::unreadable(
            "invalid_years",
            None,
            Some("--from".to_owned()),
            format!("years {from} to {to}: expected --from no later than --to, at most 200 years apart"),
        ));
    }
    let years: Vec<i32> = (from..=to).collect();
    let settings = Settings { curve: curve(a.curve), ..Settings::default() };
    let rows = milestone_table(&plan, Some(&observations), &years, &settings);
    let out = a.common.out.as_deref();
    match a.format {
        TableFormat::Json => {
            let json = serde_json::to_string_pretty(&rows)
                .map_err(|e| Failure::unreadable("json_write", None, None, e.to_string()))?;
            output::write(out, format!("{json}\n").as_bytes())
        }
        TableFormat::Csv => output::write(out, csv(&rows).as_bytes()),
        TableFormat::Table => output::write(out, text(&rows, &years, lang).as_bytes()),
    }
}

fn csv(rows: &[MilestoneRow]) -> String {
    let mut out = String::from("indicator,tier,unit,year,value,kind\n");
    for m in rows {
        out += &format!(
            "{},{},{},{},{},{}\n",
            m.indicator,
            m.tier.map_or("", |t| t.as_str()),
            m.unit.as_str(),
            m.year,
            m.milestone.value,
            m.milestone.kind.label_code()
        );
    }
    out
}

/// One line per indicator and tier, one column per year; marks say stated, interpolated or held.
fn text(rows: &[MilestoneRow], years: &[i32], lang: Lang) -> String {
    let mut header = vec![word("indicator", lang).to_owned(), word("tier", lang).to_owned()];
    header.extend(years.iter().map(ToString::to_string));
    let mut lines: Vec<Vec<String>> = Vec::new();
    let mut keys: Vec<(&str, Option<chitieu::Tier>)> = Vec::new();
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
            chitieu::calc::milestone::MilestoneKind::Stated => "•",
            chitieu::calc::milestone::MilestoneKind::Interpolated => "~",
            chitieu::calc::milestone::MilestoneKind::Held => "=",
            chitieu::calc::milestone::MilestoneKind::Baseline => "b",
        };
        let column = 2 + years.iter().position(|y| *y == m.year).unwrap_or(0);
        if let Some(cell) = lines.last_mut().and_then(|l| l.get_mut(column)) {
            *cell = format!("{mark}{}", number(m.milestone.value, 1, lang));
        }
    }
    format!("{}\n{}", word("marks", lang), table(&header, &lines))
}
