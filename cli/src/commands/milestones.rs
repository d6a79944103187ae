//! `chitieu milestones PLAN`: every indicator and tier, year by year, on the chosen curve.

use chitieu::label::{Labelled, Lang};
use chitieu::report::text::milestone_text;
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
        TableFormat::Table => output::write(out, milestone_text(&rows, &years, lang).as_bytes()),
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
