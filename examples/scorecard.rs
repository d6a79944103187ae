//! The main job: a bundled plan's milestones for 2025-2030 and its scorecard, from the bundled
//! observations (published figures with their source; illustrative values marked as such).
//!
//! ```text
//! cargo run -p chitieu --example scorecard                          # Trà Vinh, as of today
//! cargo run -p chitieu --example scorecard -- can_tho --as-of 2025-12-31
//! cargo run -p chitieu --example scorecard -- tay_ninh_city --json  # or --csv
//! cargo run -p chitieu --example scorecard -- --align nq57_2024      # then its alignment with 57-NQ/TW
//! cargo run -p chitieu --example scorecard -- --unit vinh_long      # the merged unit's view
//! ```
//!
//! With `--align OTHER` the text output ends with the plan's alignment against the bundled plan or national
//! document `OTHER`; with `--json` or `--csv` the alignment's JSON or CSV is printed instead of the scorecard's.

use chitieu::ChitieuError;
use std::process::ExitCode;

use chitieu::calc::progress::Category;
use chitieu::scorecard::{milestone_table, Scorecard, Settings};
use chitieu::{bundled, ObservationSet, Plan};

#[path = "merged_view.rs"]
mod merged_view;
use chitieu::label::Lang;
use chitieu::report::text::{milestone_text, short, table};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let flag = |name: &str| args.iter().any(|a| a == name);
    let option = |name: &str| args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).cloned();
    let as_of = match option("--as-of") {
        None => time::OffsetDateTime::now_utc().date(),
        Some(text) => match chitieu::model::date::parse(text.trim()) {
            Ok(d) => d,
            Err(e) => {
                eprintln!("error [invalid_date]: --as-of {text:?}: {e}; expected YYYY-MM-DD");
                return ExitCode::from(2);
            }
        },
    };
    if let Some(unit) = option("--unit") {
        return match merged_view::print_merged_view(&unit, as_of) {
            Ok(text) => {
                print!("{text}");
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("{e}");
                ExitCode::from(2)
            }
        };
    }
    let skip = [option("--as-of"), option("--align")];
    let id = args
        .iter()
        .find(|a| !a.starts_with("--") && !skip.iter().any(|s| s.as_ref() == Some(*a)))
        .map_or(bundled::DEFAULT_PLAN, String::as_str);
    let (plan, observations) = match (bundled::plan(id), bundled::observations()) {
        (Ok(p), Ok(o)) => (p, o),
        (Err(e), _) | (_, Err(e)) => {
            eprintln!("error [{}]: {e}", e.code());
            return ExitCode::from(2);
        }
    };
    let settings = Settings::default();
    let card = match Scorecard::build(&plan, &observations, as_of, &settings) {
        Ok(card) => card,
        Err(e) => {
            eprintln!("error [{}]: {e}", e.code());
            return ExitCode::from(2);
        }
    };
    let aligned = match option("--align").map(|other| bundled::plan(&other)) {
        None => None,
        Some(Ok(other)) => match chitieu::alignment::align(&plan, &other) {
            Ok(a) => Some(a),
            Err(e) => {
                eprintln!("error [{}]: {e}", e.code());
                return ExitCode::from(2);
            }
        },
        Some(Err(e)) => {
            eprintln!("error [{}]: {e}", e.code());
            return ExitCode::from(2);
        }
    };
    if let (Some(a), true) = (&aligned, flag("--json") || flag("--csv")) {
        if flag("--json") {
            println!("{}", a.to_json());
        } else {
            print!("{}", a.to_csv());
        }
    } else if flag("--json") {
        println!("{}", card.to_json());
    } else if flag("--csv") {
        print!("{}", card.to_csv());
    } else {
        print!("{}", merged_view::successor_note(&plan, as_of).unwrap_or_default());
        print!("{}", render(&plan, &observations, &card, &settings));
        if let Some(a) = &aligned {
            print!("{}", chitieu::report::alignment::text(a, chitieu::label::Lang::En));
        }
    }
    ExitCode::SUCCESS
}

fn render(plan: &Plan, observations: &ObservationSet, card: &Scorecard, settings: &Settings) -> String {
    let mut out = String::new();
    let u = &plan.jurisdiction;
    out += &format!("{} — {}\n", plan.id, plan.document.title);
    out += &format!("Unit: {} ({} level)", u.name, u.level.as_str());
    if let Some(s) = &u.succeeded_by {
        let into = if s.into_names.is_empty() { String::new() } else { format!(" into {}", s.into_names.join(", ")) };
        out += &format!("; {:?}{into} on {}: {}", s.kind, s.on, s.basis);
    }
    out += &format!("\nAs of {} (t = {:.3}); milestone curve: {}\n", card.as_of, card.as_of_t, settings.curve.as_str());

    out += "\nMilestones 2025-2030\n";
    let years: Vec<i32> = (2025..=2030).collect();
    out += &milestone_text(&milestone_table(plan, Some(observations), &years, settings), &years, Lang::En);

    out += "\nScorecard\n";
    let header: Vec<String> = [
        "target",
        "year",
        "tier",
        "target",
        "milestone",
        "latest",
        "attained",
        "% of target",
        "progress",
        "gap",
        "status",
        "score",
    ]
    .map(str::to_owned)
    .to_vec();
    let rows: Vec<Vec<String>> = card
        .rows
        .iter()
        .map(|r| {
            let a = r.achievement.as_ref();
            let latest = r.latest.as_ref().map_or(String::new(), |p| {
                let mut s = format!("{} ({})", num(p.value), p.year);
                if r.proxy {
                    s += &format!(" proxy: {}", r.observed_unit.as_deref().unwrap_or(""));
                }
                if p.source.is_none() {
                    s += " illustrative";
                }
                s
            });
            vec![
                short(&r.name_en, 40),
                r.year.map_or("—".to_owned(), |y| y.to_string()),
                r.tier.map_or("—", |t| t.as_str()).to_owned(),
                format!("{} {}", r.comparator.symbol(r.polarity), num(r.target_value)),
                r.milestone.as_ref().map_or(String::new(), |m| num(m.value)),
                latest,
                a.map_or(String::new(), |a| if a.attained { "yes" } else { "no" }.to_owned()),
                a.and_then(|a| a.percent_of_target).map_or(String::new(), |p| format!("{p:.0}%")),
                a.and_then(|a| a.progress_from_baseline).map_or(String::new(), |p| format!("{p:.2}")),
                a.map_or(String::new(), |a| num(a.gap)),
                words(r.status.category, r.status.reason.map(|x| x.code())),
                r.status.score.map_or(String::new(), |s| format!("{s:+.1}")),
            ]
        })
        .collect();
    out += &table(&header, &rows);

    out += "\nBy pillar (mean score reported when at least 60% of its indicators are assessable)\n";
    let header: Vec<String> =
        ["pillar", "indicators", "assessable", "attained", "mean score"].map(str::to_owned).to_vec();
    let rows: Vec<Vec<String>> = card
        .pillars
        .iter()
        .chain(std::iter::once(&card.overall))
        .map(|p| {
            vec![
                p.name_en.clone(),
                p.indicators.to_string(),
                p.assessable.to_string(),
                format!("{} of {}", p.attained, p.targets),
                p.mean_score.map_or("insufficient data".to_owned(), |s| format!("{s:+.2}")),
            ]
        })
        .collect();
    out += &table(&header, &rows);
    out +=
        "\nValues marked illustrative are not published figures. `--json` gives every number with its explanation.\n";
    out
}

fn words(c: Category, reason: Option<&str>) -> String {
    match c {
        Category::TargetAchieved => "achieved".to_owned(),
        Category::SubstantialProgress => "on track".to_owned(),
        Category::ModerateProgress => "moderate progress".to_owned(),
        Category::LimitedProgress => "limited progress".to_owned(),
        Category::Deterioration => "deteriorating".to_owned(),
        Category::NotAssessable => format!("not assessable ({})", reason.unwrap_or("").replace('_', " ")),
    }
}

fn num(v: f64) -> String {
    let s = format!("{v:.1}");
    s.strip_suffix(".0").map_or(s.clone(), str::to_owned)
}
