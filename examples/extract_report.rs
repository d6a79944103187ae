//! How well the plan reader does: for each bundled seed plan, reads its published text
//! (`tests/seeds/<id>.txt`) and compares the drafted targets with the reviewed plan's on (year, tier,
//! comparator, value, unit); then times the reader on a text of about 1 MB (the seeds repeated).
//!
//! ```text
//! cargo run --release -p chitieu --example extract_report            # the table and the timing
//! cargo run --release -p chitieu --example extract_report -- --diff  # and what differs, per seed
//! cargo run --release -p chitieu --example extract_report -- --json tra_vinh   # one seed's draft as JSON
//! cargo run --release -p chitieu --example extract_report -- --file plan.txt    # any text: targets, observations
//! ```
//!
//! Then the labelled corpus of unseen plans (`tests/corpus/`): precision and recall on (year, tier,
//! comparator, value) per text and per half (development, test), and the draft observations against the
//! labelled achievements (`--diff` lists what differs per text too).

use std::process::ExitCode;
use std::time::Instant;

use chitieu::{bundled, extract, ChitieuError};

#[path = "../core/tests/support/corpus.rs"]
mod corpus;

/// Prints the corpus table: per text, then per half; the observations against the labelled achievements.
fn corpus_report(diff: bool) -> Result<(), String> {
    println!(
        "\n{:<20} {:<5} {:>8} {:>8} {:>8} {:>10} {:>8} {:>13}",
        "corpus text", "half", "drafted", "labelled", "matched", "precision", "recall", "observations"
    );
    let mut halves = [
        ("dev", corpus::Score::default(), corpus::ObservationScore::default()),
        ("test", Default::default(), Default::default()),
    ];
    let all = corpus::load()?;
    for (labels, text) in &all {
        let draft = extract::extract_plan(text);
        let (s, extra, missing) = corpus::score(&corpus::drafted_keys(&draft.plan), &corpus::labelled_keys(labels));
        let values: Vec<_> = draft.observations.iter().map(|o| (o.value, o.year)).collect();
        let o = corpus::observation_score(&values, labels);
        println!(
            "{:<20} {:<5} {:>8} {:>8} {:>8} {:>10.3} {:>8.3} {:>6}/{:<2} of {:<2} {:>3} dated",
            labels.id,
            labels.half,
            s.drafted,
            s.labelled,
            s.matched,
            s.precision(),
            s.recall(),
            o.matched,
            o.drafted,
            o.labelled,
            o.dated
        );
        // What differs is shown for the development half only: rules are never tuned on the test half.
        if diff && labels.half == "dev" {
            extra.iter().for_each(|k| println!("    + {k}"));
            missing.iter().for_each(|k| println!("    - {k}"));
            for ob in &draft.observations {
                println!("    obs {} {:?} {} «{}»", ob.value, ob.year, ob.indicator, ob.quote);
            }
        }
        if let Some(h) = halves.iter_mut().find(|h| h.0 == labels.half) {
            h.1 = h.1.add(s);
            h.2 = h.2.add(o);
        }
    }
    for (half, s, o) in halves {
        println!(
            "{:<20} {:<5} {:>8} {:>8} {:>8} {:>10.3} {:>8.3} {:>6}/{:<2} of {:<2} {:>3} dated",
            format!("all {half}"),
            half,
            s.drafted,
            s.labelled,
            s.matched,
            s.precision(),
            s.recall(),
            o.matched,
            o.drafted,
            o.labelled,
            o.dated
        );
    }
    // The development half reshaped: wrapped at 80 columns, a clause or a sentence per line; and how many drafted
    // targets moved against the texts as published (with `--diff`, in which texts).
    for (name, w) in corpus::development_half_reshaped(&all) {
        println!(
            "{:<20} {:<5} {:>8} {:>8} {:>8} {:>10.3} {:>8.3}   {} drafts moved in {} texts",
            name,
            "dev",
            w.score.drafted,
            w.score.labelled,
            w.score.matched,
            w.score.precision(),
            w.score.recall(),
            w.changed,
            w.texts.len()
        );
        if diff {
            w.texts.iter().for_each(|(id, n)| println!("    {id}: {n}"));
        }
    }
    Ok(())
}

fn seed(id: &str) -> Result<String, String> {
    let path = format!("{}/../tests/seeds/{id}.txt", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).map_err(|e| format!("cannot read {path}: {e}"))
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let Some(i) = args.iter().position(|a| a == "--json") {
        let id = args.get(i + 1).map_or(bundled::DEFAULT_PLAN, String::as_str);
        return match seed(id) {
            Ok(text) => {
                println!("{}", serde_json::to_string_pretty(&extract::extract_plan(&text)).unwrap_or_default());
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("error: {e}");
                ExitCode::from(2)
            }
        };
    }
    if let Some(i) = args.iter().position(|a| a == "--file") {
        let path = args.get(i + 1).cloned().unwrap_or_default();
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("error: cannot read {path:?}: {e}");
                return ExitCode::from(2);
            }
        };
        let draft = extract::extract_plan(&text);
        let p = &draft.plan;
        println!(
            "{} ({:?} {}, {:?}), {} {:?} {:?}",
            p.jurisdiction.name,
            p.jurisdiction.kind,
            p.jurisdiction.id,
            p.period,
            p.document.title,
            p.document.number,
            p.document.signed_on
        );
        for (t, d) in p.targets.iter().zip(&draft.targets) {
            let unit = p.indicator(&t.indicator).map_or("?", |i| i.unit.as_str());
            println!(
                "{:>4} {:<9} {:<10} {:>7} {:<18} {:<34} {:.2} «{}»",
                t.year.map_or_else(|| "-".to_owned(), |y| y.to_string()),
                t.tier.map_or("-", |t| t.as_str()),
                t.comparator.as_str(),
                t.value,
                unit,
                t.indicator,
                d.confidence,
                t.quote
            );
        }
        for o in &draft.observations {
            println!(
                "obs {:>4} {:>7} {:<18} {:<34} {:.2} «{}»",
                o.year.map_or_else(|| "-".to_owned(), |y| y.to_string()),
                o.value,
                o.unit.as_str(),
                o.indicator,
                o.confidence,
                o.quote
            );
        }
        if let Some(b) = &p.budget {
            println!("budget {} ({} lines, {} subtotals)", b.total, b.lines.len(), b.subtotals.len());
        }
        if let Some(r) = &p.reporting {
            println!(
                "reporting {:?}",
                r.schedules.iter().map(|s| (s.frequency, s.month_of_period, s.day)).collect::<Vec<_>>()
            );
        }
        for u in &draft.unused_numbers {
            println!("unused {:>8} at {:>6} {:?}", u.text, u.start, u.reason);
        }
        for n in &draft.notes {
            println!("note: {n}");
        }
        return ExitCode::SUCCESS;
    }
    let diff = args.iter().any(|a| a == "--diff");
    println!("{:<16} {:>8} {:>8} {:>8} {:>10} {:>8}", "seed", "drafted", "reviewed", "matched", "precision", "recall");
    let mut all = String::new();
    let mut ok = true;
    for id in bundled::plan_ids() {
        let (text, reviewed) = match (seed(id), bundled::plan(id)) {
            (Ok(t), Ok(p)) => (t, p),
            (Err(e), _) => {
                eprintln!("error: {e}");
                return ExitCode::from(2);
            }
            (_, Err(e)) => {
                eprintln!("error [{}]: {e}", e.code());
                return ExitCode::from(2);
            }
        };
        let draft = extract::extract_plan(&text);
        let a = extract::agreement(&draft.plan, &reviewed);
        ok &= a.precision >= 0.95 && a.recall >= 0.95;
        println!(
            "{:<16} {:>8} {:>8} {:>8} {:>10.3} {:>8.3}",
            id, a.drafted, a.reviewed, a.matched, a.precision, a.recall
        );
        if diff {
            let mut want = extract::target_keys(&reviewed);
            let got = extract::target_keys(&draft.plan);
            let mut extra = Vec::new();
            for (k, t) in got.iter().zip(&draft.plan.targets) {
                match want.iter().position(|w| w == k) {
                    Some(i) => {
                        want.remove(i);
                    }
                    None => extra.push(format!("{k}  {}  «{}»", t.indicator, t.quote)),
                }
            }
            for e in extra {
                println!("    + {e}");
            }
            for m in want {
                println!("    - {m}");
            }
        }
        all.push_str(&text);
        all.push('\n');
    }
    if let Err(e) = corpus_report(diff) {
        eprintln!("error: {e}");
        return ExitCode::from(2);
    }
    // Timing: the five seeds repeated to about 1 MB.
    let mut big = String::new();
    while big.len() < 1_000_000 {
        big.push_str(&all);
    }
    let _warm = extract::extract_plan(&all);
    let started = Instant::now();
    let draft = extract::extract_plan(&big);
    let elapsed = started.elapsed();
    println!(
        "\n1 MB document ({} bytes, {} targets drafted): read in {:.1} ms",
        big.len(),
        draft.plan.targets.len(),
        elapsed.as_secs_f64() * 1000.0
    );
    if ok {
        ExitCode::SUCCESS
    } else {
        println!("below the target of 0.95 on some seed");
        ExitCode::from(1)
    }
}
