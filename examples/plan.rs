//! Prints a bundled plan as a planner reads it: the document, the unit and what became of it, every
//! target by pillar, the budget and the reporting calendar.
//!
//! ```text
//! cargo run -p chitieu --example plan                 # the default plan (Trà Vinh)
//! cargo run -p chitieu --example plan -- can_tho      # any bundled plan by id
//! cargo run -p chitieu --example plan -- can_tho --json
//! cargo run -p chitieu --example plan -- --list
//! ```

use chitieu::ChitieuError;
use std::process::ExitCode;

use chitieu::{bundled, Plan, Polarity};

use chitieu::report::text::table;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.iter().any(|a| a == "--list") {
        for id in bundled::plan_ids() {
            match bundled::plan(id) {
                Ok(p) => println!("{id:<16} {} ({} targets)", p.document.title, p.targets.len()),
                Err(e) => eprintln!("{id}: {e}"),
            }
        }
        return ExitCode::SUCCESS;
    }
    let id = args.iter().find(|a| !a.starts_with("--")).map_or(bundled::DEFAULT_PLAN, String::as_str);
    let plan = match bundled::plan(id) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("error [{}]: {e}", e.code());
            return ExitCode::from(2);
        }
    };
    if args.iter().any(|a| a == "--json") {
        println!("{}", plan.to_json());
    } else {
        print!("{}", render(&plan));
    }
    ExitCode::SUCCESS
}

fn render(plan: &Plan) -> String {
    let mut out = String::new();
    let d = &plan.document;
    let number = d.number.as_deref().unwrap_or("(number not stated)");
    let signed = d.signed_on.map_or("date not stated".to_owned(), |s| format!("signed {s}"));
    out += &format!("{} — {:?} {number}, {}, {signed}\n", plan.id, d.kind, d.issuer);
    out += &format!("{}\n", d.title);
    let u = &plan.jurisdiction;
    out += &format!("Unit: {} ({:?}, {} level)", u.name, u.kind, u.level.as_str());
    if let Some(s) = &u.succeeded_by {
        let into = if s.into_names.is_empty() { String::new() } else { format!(" into {}", s.into_names.join(", ")) };
        out += &format!(" — {:?}{into} on {} ({})", s.kind, s.on, s.basis);
    }
    let p = plan.period;
    let from = p.from.map_or("(start not stated)".to_owned(), |f| f.to_string());
    let horizon = p.horizon.map_or(String::new(), |h| format!(", orientation to {h}"));
    out += &format!("\nPeriod: {from} to {}{horizon}\n", p.to);

    out += &format!("\n{} targets, {} indicators\n", plan.targets.len(), plan.indicators.len());
    for pillar in &plan.pillars {
        out += &format!("\n{} — {}\n", pillar.name_en, pillar.name_vi);
        let rows: Vec<[String; 5]> = plan
            .targets
            .iter()
            .filter_map(|t| plan.indicator(&t.indicator).filter(|i| i.pillar == pillar.id).map(|i| (t, i)))
            .map(|(t, i)| {
                let year = t.year.map_or("—".to_owned(), |y| y.to_string());
                let tier = t.tier.map_or("—", |x| x.as_str()).to_owned();
                let sym = t.comparator.symbol(i.polarity);
                let better = if i.polarity == Polarity::LowerIsBetter { " (lower is better)" } else { "" };
                let target = format!("{sym} {} {}{better}", t.value, i.unit.symbol());
                let note = if t.note.is_some() { "note" } else { "" }.to_owned();
                [i.name_en.clone(), year, tier, target, note]
            })
            .collect();
        out += &table(&["indicator", "year", "tier", "target", ""], &rows);
    }
    if let Some(b) = &plan.budget {
        let adds_up = !plan.validate().iter().any(|p| p.path.starts_with("budget"));
        let check = match (b.lines.is_empty(), adds_up) {
            (true, _) => "no lines stated",
            (false, true) => "lines and subtotals add up",
            (false, false) => "LINES DO NOT ADD UP",
        };
        out += &format!("\nBudget: {} ({check})\n", b.total);
        let rows: Vec<[String; 3]> = b
            .lines
            .iter()
            .map(|l| [format!("{:?}", l.source), format!("{:?}", l.kind), l.amount.to_string()])
            .collect();
        out += &table(&["source", "kind", "amount"], &rows);
    }
    if let Some(r) = &plan.reporting {
        out += "\nReporting";
        if let Some(to) = &r.recipient {
            out += &format!(" to {to}");
        }
        out += ":\n";
        for s in &r.schedules {
            let before = if s.strictly_before { "before" } else { "by" };
            out += &format!(
                "  {:?}: {before} day {} of month {} of each period — \"{}\"\n",
                s.frequency, s.day, s.month_of_period, s.quote
            );
        }
    }
    out
}
