//! The standing fuzz campaign of the core: seeded mutation of real documents (the bundled plans and
//! observations, the seed plan texts, spreadsheet CSV, Vietnamese numbers) and random bulk columns, fed
//! to every reader and bulk entry point. A case fails when it panics, takes longer than a second, or
//! breaks an invariant (a plan read back differs from the one written; a drafted quote is not the text
//! at its offsets; a number read is not finite; an error has an empty code).
//!
//! `cargo test -p chitieu --test fuzz` runs a short slice with a fixed seed (part of `make test`);
//! `make fuzz` runs the campaign: `CHITIEU_FUZZ_CASES` cases per target (default 1,000,000) or for
//! `CHITIEU_FUZZ_SECONDS` per target, seed `CHITIEU_FUZZ_SEED`, and prints cases, failures, time and
//! resident memory per target. Coverage-guided fuzzing (cargo fuzz) needs a nightly toolchain, which
//! this project does not use; the mutations start from real documents instead.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::time::{Duration, Instant};

use chitieu::calc::bulk::{evaluate, rollup_ratio_of_sums, SeriesTable};
use chitieu::calc::milestone::Curve;
use chitieu::calc::workload::SplitMix;
use chitieu::io::{number, observation_csv};
use chitieu::{bundled, extract, ChitieuError, ObservationSet, Plan};

/// The workload's deterministic generator, with the choices the mutations need.
struct Rng(SplitMix);

impl Rng {
    fn new(seed: u64) -> Self {
        Self(SplitMix(seed))
    }

    fn next(&mut self) -> u64 {
        self.0.next_u64()
    }

    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// Tokens real documents and real mistakes are made of.
const TOKENS: &[&str] = &[
    "NaN",
    "1e999",
    "-1",
    "0",
    "0,9",
    "90,5",
    "1.060,5",
    "477.905",
    "\"",
    ",",
    ";",
    "\t",
    "\n",
    "\r\n",
    "{",
    "}",
    "[",
    "]",
    ":",
    "null",
    "true",
    "\"value\": ",
    "\"year\": \"2023\"",
    "%",
    "2030",
    "2025",
    "năm",
    "Đến năm 2025",
    "tối thiểu",
    "trên",
    "khoảng",
    "không quá",
    "cấp huyện",
    "cấp xã",
    "nhóm 10",
    "tỷ đồng",
    "triệu đồng",
    "giai đoạn",
    "\u{feff}",
    "\u{a0}",
    "\u{301}",
    "ệ",
    "Ư",
    "\\u0000",
    "\\ud800",
    "9999999999999999999999999",
    "-0",
    "1e-300",
];

/// One mutation of `doc`: replace, insert, delete, duplicate or truncate a range, or splice another seed.
fn mutate(rng: &mut Rng, doc: &str, seeds: &[String]) -> String {
    let mut chars: Vec<char> = doc.chars().collect();
    // Half the cases change one thing, so that the deeper checks (validation, arithmetic) are reached.
    let changes = if rng.below(2) == 0 { 1 } else { 1 + rng.below(5) };
    for _ in 0..changes {
        let at = rng.below(chars.len() + 1);
        match rng.below(7) {
            0 => chars.splice(at..at, rng.pick(TOKENS).chars()).for_each(drop),
            1 => {
                let end = (at + rng.below(16)).min(chars.len());
                chars.drain(at..end);
            }
            2 => {
                let end = (at + rng.below(64)).min(chars.len());
                let copy: Vec<char> = chars[at..end].to_vec();
                let to = rng.below(chars.len() + 1);
                chars.splice(to..to, copy);
            }
            3 => chars.truncate(at),
            4 if at < chars.len() => chars[at] = char::from_u32(rng.below(0x2000) as u32).unwrap_or('?'),
            5 => {
                let other: Vec<char> = rng.pick(seeds).chars().collect();
                let from = rng.below(other.len());
                let end = (from + rng.below(200)).min(other.len());
                chars.splice(at..at, other[from..end].iter().copied());
            }
            _ => {
                let end = (at + rng.below(8)).min(chars.len());
                chars.splice(at..end, rng.pick(TOKENS).chars());
            }
        }
    }
    chars.into_iter().collect()
}

/// A reader under fuzz: a name, its seed documents, and the check of one input.
struct Target {
    name: &'static str,
    seeds: Vec<String>,
    check: fn(&str) -> Result<bool, String>,
}

/// A refusal is fine when it is a coded error: `Ok(false)`.
fn error_is_coded(e: &impl ChitieuError) -> Result<bool, String> {
    if e.code().is_empty() {
        return Err(format!("error without a code: {e}"));
    }
    Ok(false)
}

fn check_plan(text: &str) -> Result<bool, String> {
    match Plan::from_json(text) {
        Ok(loaded) => {
            let again =
                Plan::from_json(&loaded.value.to_json()).map_err(|e| format!("written plan unreadable: {e}"))?;
            (again.value == loaded.value).then_some(true).ok_or_else(|| "plan changed in a round trip".to_owned())
        }
        Err(e) => error_is_coded(&e),
    }
}

fn check_observations_json(text: &str) -> Result<bool, String> {
    static PLAN: std::sync::OnceLock<Option<Plan>> = std::sync::OnceLock::new();
    match ObservationSet::from_json(text, PLAN.get_or_init(|| bundled::plan("tra_vinh").ok()).as_ref()) {
        Ok(loaded) => {
            let again = ObservationSet::from_json(&loaded.value.to_json(), None)
                .map_err(|e| format!("written observations unreadable: {e}"))?;
            (again.value == loaded.value)
                .then_some(true)
                .ok_or_else(|| "observations changed in a round trip".to_owned())
        }
        Err(e) => error_is_coded(&e),
    }
}

fn check_csv(text: &str) -> Result<bool, String> {
    match observation_csv::read(text, None) {
        Ok(loaded) if loaded.value.observations.iter().any(|o| !o.value.is_finite()) => {
            Err("a non-finite value was read".to_owned())
        }
        Ok(loaded) if loaded.warnings.len() > chitieu::error::MAX_PROBLEMS + 1 => Err("problems not capped".to_owned()),
        Ok(_) => Ok(true),
        Err(e) => error_is_coded(&e),
    }
}

fn check_number(text: &str) -> Result<bool, String> {
    let mut accepted = false;
    for result in [number::parse_number(text), number::parse_percent(text)] {
        match result {
            Ok(d) if !d.to_f64().is_finite() => return Err(format!("{text:?} read as {}", d.to_f64())),
            Ok(_) => accepted = true,
            Err(e) => _ = error_is_coded(&e)?,
        }
    }
    match number::parse_amount(text) {
        Ok(_) => Ok(true),
        Err(e) => error_is_coded(&e).map(|_| accepted),
    }
}

fn check_extract(text: &str) -> Result<bool, String> {
    let draft = extract::extract_plan(text);
    let chars: Vec<char> = text.chars().collect();
    for (t, d) in draft.plan.targets.iter().zip(&draft.targets) {
        let quote: Option<String> = chars.get(d.start..d.end).map(|c| c.iter().collect());
        if quote.as_deref() != Some(t.quote.as_str()) {
            return Err(format!("quote {:?} is not the text at {}..{}", t.quote, d.start, d.end));
        }
    }
    if let Some(p) = draft.plan.validate().into_iter().find(chitieu::Problem::is_error) {
        return Err(format!("the draft's plan does not validate: {p}"));
    }
    (draft.plan.targets.len() == draft.targets.len())
        .then_some(!draft.targets.is_empty())
        .ok_or_else(|| "targets and entries differ".into())
}

/// Random columns for the bulk kernel: lengths, codes and values sometimes wrong on purpose.
fn check_bulk(rng: &mut Rng) -> Result<bool, String> {
    let series = rng.below(5);
    let times = rng.below(5);
    let wrong = |rng: &mut Rng, n: usize| if rng.below(10) == 0 { n + 1 } else { n };
    let num = |rng: &mut Rng| *rng.pick(&[0.0, 1.0, -1.0, 62.0, 90.0, 100.0, 1e300, -1e-300, f64::NAN, f64::INFINITY]);
    let col = |rng: &mut Rng, n: usize| (0..wrong(rng, n)).map(|_| num(rng)).collect::<Vec<f64>>();
    let (baseline_t, baseline, target_t, target) =
        (col(rng, series), col(rng, series), col(rng, series), col(rng, series));
    let comparator: Vec<u8> = (0..wrong(rng, series)).map(|_| rng.below(8) as u8).collect();
    let polarity: Vec<i8> = (0..wrong(rng, series)).map(|_| *rng.pick(&[1i8, -1, 0])).collect();
    let (times_col, values) = (col(rng, times), col(rng, series * times));
    // Kinds of indicator (4 is not one), and the ranks' fields: sometimes given, sometimes left empty.
    let kind: Vec<u8> =
        if rng.below(2) == 0 { Vec::new() } else { (0..wrong(rng, series)).map(|_| rng.below(5) as u8).collect() };
    let field: Vec<u32> =
        (0..if rng.below(2) == 0 { 0 } else { series * times }).map(|_| *rng.pick(&[0u32, 34, 63])).collect();
    let table = SeriesTable {
        baseline_t: &baseline_t,
        baseline: &baseline,
        target_t: &target_t,
        target: &target,
        comparator: &comparator,
        polarity: &polarity,
        times: &times_col,
        values: &values,
        kind: &kind,
        baseline_field: &[],
        field: &field,
    };
    let curve = *rng.pick(&[Curve::Linear, Curve::Compound, Curve::Logistic, Curve::Step, Curve::Auto]);
    match evaluate(&table, curve, None) {
        Ok(out) if out.milestone.len() != values.len() => Err(format!(
            "output of {} cells for columns of lengths {:?}",
            out.milestone.len(),
            [
                baseline_t.len(),
                baseline.len(),
                target_t.len(),
                target.len(),
                comparator.len(),
                polarity.len(),
                times_col.len(),
                values.len()
            ]
        )),
        Ok(_) => Ok(true),
        Err(e) => error_is_coded(&e),
    }?;
    let units = rng.below(6);
    let group: Vec<u32> = (0..units).map(|_| rng.below(4) as u32).collect();
    let groups = *rng.pick(&[0usize, 1, 3, 4, 1 << 30, usize::MAX]);
    let t = *rng.pick(&[0usize, 1, 2, 1 << 40]);
    let (n, d) = (col(rng, units * t.min(3)), col(rng, units * t.min(3)));
    match rollup_ratio_of_sums(&n, &d, &group, groups, t, 100.0) {
        Ok(out) if out.len() != groups * t => Err("roll-up of the wrong size".to_owned()),
        Ok(_) => Ok(true),
        Err(e) => error_is_coded(&e),
    }
}

fn seeds_dir() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/seeds")
}

fn targets() -> Vec<Target> {
    // Whole plans, and each plan cut to its first three targets (the same paths, faster to read).
    let mut plans: Vec<String> = Vec::new();
    for id in bundled::plan_ids() {
        let plan = bundled::plan(id).unwrap();
        let mut short = plan.clone();
        short.targets.truncate(3);
        plans.extend([plan.to_json(), short.to_json()]);
    }
    let observations = bundled::observations().unwrap();
    let csv: String = std::iter::once("đơn vị;chỉ tiêu;năm;giá trị;nguồn\n".to_owned())
        .chain(observations.observations.iter().map(|o| {
            format!("{};{};{};\"{}\";{}\n", o.unit, o.indicator, o.at.year(), o.value.to_string().replace('.', ","), "")
        }))
        .collect();
    // Whole texts, and excerpts of about 2,000 characters (a section of a plan, as readers paste them),
    // so that a million cases take minutes, not hours.
    let whole: Vec<String> =
        std::fs::read_dir(seeds_dir()).unwrap().map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap()).collect();
    let mut texts = whole.clone();
    for text in &whole {
        let chars: Vec<char> = text.chars().collect();
        texts.extend(chars.chunks(2000).map(|c| c.iter().collect::<String>()));
    }
    let numbers = ["11,5", "477.905", "1.060,5 tỷ đồng", "90%", "0,9", "477.905 triệu đồng", "1,060.5", "  85 % "];
    vec![
        Target { name: "plan_json", seeds: plans, check: check_plan },
        Target { name: "observations_json", seeds: vec![observations.to_json()], check: check_observations_json },
        Target { name: "observations_csv", seeds: vec![csv], check: check_csv },
        Target { name: "number", seeds: numbers.iter().map(|s| (*s).to_owned()).collect(), check: check_number },
        Target { name: "plan_text", seeds: texts, check: check_extract },
    ]
}

/// What one target's run found.
struct Report {
    cases: u64,
    /// Cases the reader accepted (the rest were refused with a coded error).
    accepted: u64,
    failures: Vec<String>,
    elapsed: Duration,
}

/// Runs `cases` cases (or until `budget` has passed) of one target.
fn run(target: &Target, seed: u64, cases: u64, budget: Option<Duration>) -> Report {
    let mut rng = Rng::new(seed ^ target.name.bytes().fold(0u64, |h, b| h.wrapping_mul(31).wrapping_add(u64::from(b))));
    let started = Instant::now();
    let mut report = Report { cases: 0, accepted: 0, failures: Vec::new(), elapsed: Duration::ZERO };
    // Large documents mutate slowly: mutate a working copy a few times between fresh starts.
    let mut current = rng.pick(&target.seeds).clone();
    while report.cases < cases && budget.is_none_or(|b| started.elapsed() < b) {
        if report.cases.is_multiple_of(4) {
            current = rng.pick(&target.seeds).clone();
        }
        let input = mutate(&mut rng, &current, &target.seeds);
        let one = Instant::now();
        let outcome = catch_unwind(AssertUnwindSafe(|| (target.check)(&input)));
        let took = one.elapsed();
        let failure = match outcome {
            Err(_) => Some("panic".to_owned()),
            Ok(Err(why)) => Some(why),
            Ok(Ok(_)) if took > Duration::from_secs(1) => Some(format!("took {took:?}")),
            Ok(Ok(accepted)) => {
                report.accepted += u64::from(accepted);
                None
            }
        };
        if let Some(why) = failure {
            if report.failures.len() < 5 {
                let head: String = input.chars().take(300).collect();
                report.failures.push(format!("{why}; input starts {head:?}"));
            } else {
                report.failures.push(why);
            }
        }
        if input.len() < 4096 || rng.below(4) == 0 {
            current = input;
        }
        report.cases += 1;
    }
    report.elapsed = started.elapsed();
    report
}

fn run_bulk(seed: u64, cases: u64, budget: Option<Duration>) -> Report {
    let mut rng = Rng::new(seed);
    let started = Instant::now();
    let mut report = Report { cases: 0, accepted: 0, failures: Vec::new(), elapsed: Duration::ZERO };
    while report.cases < cases && budget.is_none_or(|b| started.elapsed() < b) {
        match catch_unwind(AssertUnwindSafe(|| check_bulk(&mut rng))) {
            Err(_) => report.failures.push(format!("panic at case {}", report.cases)),
            Ok(Err(why)) => report.failures.push(why),
            Ok(Ok(accepted)) => report.accepted += u64::from(accepted),
        }
        report.cases += 1;
    }
    report.elapsed = started.elapsed();
    report
}

/// Resident memory in MiB (Linux), to see that a long run does not grow.
fn resident_mib() -> Option<f64> {
    let statm = std::fs::read_to_string("/proc/self/statm").ok()?;
    let pages: f64 = statm.split_whitespace().nth(1)?.parse().ok()?;
    Some(pages * 4096.0 / (1024.0 * 1024.0))
}

fn campaign(seed: u64, cases: u64, budget: Option<Duration>) -> Vec<(String, Report)> {
    // `CHITIEU_FUZZ_TARGETS=plan_json,bulk` runs only those.
    let only = std::env::var("CHITIEU_FUZZ_TARGETS").ok();
    let chosen = |name: &str| only.as_deref().is_none_or(|o| o.split(',').any(|n| n.trim() == name));
    std::panic::set_hook(Box::new(|_| {}));
    let mut out = Vec::new();
    for t in targets().into_iter().filter(|t| chosen(t.name)) {
        let before = resident_mib();
        let report = run(&t, seed, cases, budget);
        println!(
            "fuzz {:<18} {:>9} cases ({:>3.0}% accepted)  {:>3} failures  {:>7.1} s  resident {:.0} -> {:.0} MiB",
            t.name,
            report.cases,
            100.0 * report.accepted as f64 / report.cases.max(1) as f64,
            report.failures.len(),
            report.elapsed.as_secs_f64(),
            before.unwrap_or(f64::NAN),
            resident_mib().unwrap_or(f64::NAN)
        );
        out.push((t.name.to_owned(), report));
    }
    if !chosen("bulk") {
        let _ = std::panic::take_hook();
        return out;
    }
    let report = run_bulk(seed, cases, budget);
    println!(
        "fuzz {:<18} {:>9} cases ({:>3.0}% accepted)  {:>3} failures  {:>7.1} s",
        "bulk",
        report.cases,
        100.0 * report.accepted as f64 / report.cases.max(1) as f64,
        report.failures.len(),
        report.elapsed.as_secs_f64()
    );
    out.push(("bulk".to_owned(), report));
    let _ = std::panic::take_hook();
    out
}

fn assert_clean(reports: &[(String, Report)]) {
    let failed: Vec<String> = reports
        .iter()
        .filter(|(_, r)| !r.failures.is_empty())
        .map(|(name, r)| format!("{name}: {} failure(s), first: {}", r.failures.len(), r.failures[0]))
        .collect();
    assert!(failed.is_empty(), "{}", failed.join("\n"));
}

/// The slice `make test` runs: a fixed seed, a few thousand cases per target.
#[test]
fn fuzz_slice() {
    let reports = campaign(2025, 1000, None);
    for (name, r) in &reports {
        assert_eq!(r.cases, 1000, "{name}");
        assert!(r.accepted > 0, "{name}: no case was accepted, so only the refusals were tested");
    }
    assert_clean(&reports);
}

/// The campaign `make fuzz` runs.
#[test]
#[ignore = "long: run by `make fuzz`"]
fn fuzz_campaign() {
    let env = |k: &str| std::env::var(k).ok().and_then(|v| v.parse::<u64>().ok());
    let seed = env("CHITIEU_FUZZ_SEED").unwrap_or(2025);
    let budget = env("CHITIEU_FUZZ_SECONDS").map(Duration::from_secs);
    let cases = env("CHITIEU_FUZZ_CASES").unwrap_or(if budget.is_some() { u64::MAX } else { 1_000_000 });
    assert_clean(&campaign(seed, cases, budget));
}
