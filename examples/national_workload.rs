//! Runs the national-scale workload once per pass and reports cells per second and peak memory (the
//! process's resident high-water mark, Linux). Throughput is measured properly by `cargo bench`; this
//! program exists for the memory figure. `make bench` runs both.

use std::time::Instant;

use chitieu::calc::bulk::{evaluate_into, rollup_ratio_of_sums, CellResults};
use chitieu::calc::milestone::Curve;
use chitieu::calc::workload::NationalWorkload;
use chitieu::ChitieuError;

fn peak_rss_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024.0)
}

fn main() {
    let start = Instant::now();
    let w = NationalWorkload::generate(2025);
    let generated = start.elapsed();
    let input_mib = (w.values.len() + w.numerators.len() + w.denominators.len()) as f64 * 8.0 / 1048576.0;
    println!(
        "workload: {} series x {} years = {} cells ({:.0} MiB of input), generated in {:.0?}",
        w.baseline.len(),
        w.times.len(),
        w.cells(),
        input_mib,
        generated
    );
    let mut out = CellResults::default();
    let mut best = f64::INFINITY;
    for _ in 0..5 {
        let t = Instant::now();
        if let Err(e) = evaluate_into(&w.table(), Curve::Linear, None, &mut out) {
            eprintln!("error [{}]: {e}", e.code());
            std::process::exit(1);
        }
        best = best.min(t.elapsed().as_secs_f64());
    }
    let t = Instant::now();
    let provinces = rollup_ratio_of_sums(&w.numerators, &w.denominators, &w.group, w.groups(), w.times.len(), 100.0);
    let rollup = t.elapsed();
    let attained = out.attained.iter().filter(|a| **a == 1).count();
    println!(
        "evaluate: best of 5 {:.1} ms, {:.1} million cells/s; {attained} cells attained",
        best * 1e3,
        w.cells() as f64 / best / 1e6
    );
    match provinces {
        Ok(p) => println!(
            "roll-up: {} commune series into {} province series x {} years in {:.1?}",
            w.group.len(),
            p.len() / w.times.len().max(1),
            w.times.len(),
            rollup
        ),
        Err(e) => eprintln!("roll-up error [{}]: {e}", e.code()),
    }
    match peak_rss_mib() {
        Some(mib) => println!("peak memory (resident high-water mark): {mib:.0} MiB"),
        None => println!("peak memory: not available on this system"),
    }
}
