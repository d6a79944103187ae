//! The national-scale workload, measured against its limits: `make bench` runs it after the divan
//! benchmarks. Every figure is printed with its goal (issue 14) and whether it is met:
//!
//! - the time to stream the workload's bytes (read every input byte once, write every output byte once,
//!   into columns already in memory), the plain-copy limit the kernel is measured against;
//! - the kernel on one core (milestone, attainment, status of every cell into reused columns), its cells
//!   a second and its time as a multiple of the streaming limit (goal: within 2 times);
//! - the kernel and the roll-up on 1, 2 and all cores, with the speed-up (the `parallel` feature);
//! - fresh output columns against reused ones;
//! - the plan reader on 1 MB of plan text (goal 0.2 s);
//! - the process's peak resident memory.
//!
//! `cargo run --release -p chitieu --example national_workload`. The `evaluate:` line (one core) is what
//! the Python and WebAssembly benchmarks compare themselves with.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use std::hint::black_box;
use std::time::Instant;

use chitieu::calc::bulk::{evaluate, evaluate_into, rollup_ratio_of_sums, CellResults};
use chitieu::calc::milestone::Curve;
use chitieu::calc::workload::NationalWorkload;
use chitieu::{bundled, extract, ChitieuError};

fn peak_rss_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024.0)
}

/// The best time of `runs` runs of `f`, in seconds.
fn best_of(runs: usize, mut f: impl FnMut()) -> f64 {
    (0..runs)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed().as_secs_f64()
        })
        .fold(f64::INFINITY, f64::min)
}

fn verdict(met: bool) -> &'static str {
    if met {
        "met"
    } else {
        "NOT met"
    }
}

/// `f` on a pool of `threads` threads.
fn on_threads<T: Send>(threads: usize, f: impl FnOnce() -> T + Send) -> T {
    rayon::ThreadPoolBuilder::new().num_threads(threads).build().unwrap().install(f)
}

/// The bytes the kernel reads and writes: every input column once, every output column once.
fn stream_sizes(w: &NationalWorkload) -> (usize, usize) {
    let (n, cells) = (w.baseline.len(), w.cells());
    let input = cells * 8 + n * (4 * 8 + 2) + w.times.len() * 8;
    let output = cells * (6 * 8 + 2) + n;
    (input, output)
}

/// The limit: read `input` bytes and write `output` bytes, both already in memory (the output written
/// once before, as the kernel's reused columns are).
fn stream_limit(input_bytes: usize, output_bytes: usize) -> f64 {
    let input: Vec<u64> = (0..input_bytes / 8).map(|i| i as u64).collect();
    let mut output = vec![0u64; output_bytes / 8];
    output.fill(1);
    best_of(5, || {
        // One pass over the input (a fold the compiler cannot drop) and one pass writing the output.
        let x = black_box(&input).iter().fold(0u64, |a, b| a ^ b);
        black_box(&mut output).fill(x);
        black_box(&output);
    })
}

fn kernel(w: &NationalWorkload, out: &mut CellResults) -> f64 {
    best_of(5, || {
        if let Err(e) = evaluate_into(&w.table(), Curve::Linear, None, out) {
            eprintln!("error [{}]: {e}", e.code());
            std::process::exit(1);
        }
    })
}

fn threads_report(w: &NationalWorkload, out: &mut CellResults) -> f64 {
    let all = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mut counts = vec![1, 2];
    if all > 2 {
        counts.push(all);
    }
    let times = w.times.len();
    let mut first = (f64::NAN, f64::NAN);
    for threads in counts {
        let eval = on_threads(threads, || kernel(w, out));
        let rollup = on_threads(threads, || {
            best_of(5, || {
                black_box(rollup_ratio_of_sums(&w.numerators, &w.denominators, &w.group, w.groups(), times, 100.0))
                    .unwrap();
            })
        });
        if threads == 1 {
            first = (eval, rollup);
        }
        let label =
            if threads == all { format!("{threads} threads (all cores)") } else { format!("{threads} thread(s)") };
        println!(
            "  {label}: evaluate {:.1} ms, {:.1} million cells/s, speed-up {:.2}x; roll-up {:.1} ms, speed-up {:.2}x",
            eval * 1e3,
            w.cells() as f64 / eval / 1e6,
            first.0 / eval,
            rollup * 1e3,
            first.1 / rollup
        );
    }
    first.0
}

fn reader_report() {
    let seeds: Vec<String> = bundled::plan_ids()
        .into_iter()
        .map(|id| std::fs::read_to_string(format!("{}/../tests/seeds/{id}.txt", env!("CARGO_MANIFEST_DIR"))))
        .collect::<Result<_, _>>()
        .unwrap_or_default();
    let seeds = seeds.join("\n");
    if seeds.is_empty() {
        println!("plan reader: the seed texts are not found (tests/seeds/)");
        return;
    }
    let mut doc = String::new();
    while doc.len() < 1 << 20 {
        doc.push_str(&seeds);
        doc.push('\n');
    }
    let _warm = extract::extract_plan(&seeds);
    let mut targets = 0;
    let best = best_of(3, || targets = black_box(extract::extract_plan(&doc)).plan.targets.len());
    println!(
        "plan reader, {:.2} MB of plan text ({targets} targets drafted): best of 3 {:.3} s (goal under 0.2 s: {})",
        doc.len() as f64 / 1048576.0,
        best,
        verdict(best < 0.2)
    );
}

fn main() {
    let start = Instant::now();
    let w = NationalWorkload::generate(2025);
    let input_mib = (w.values.len() + w.numerators.len() + w.denominators.len()) as f64 * 8.0 / 1048576.0;
    println!(
        "workload: {} series x {} years = {} cells ({:.0} MiB of input), generated in {:.0?}",
        w.baseline.len(),
        w.times.len(),
        w.cells(),
        input_mib,
        start.elapsed()
    );
    let cells = w.cells() as f64;
    let (input_bytes, output_bytes) = stream_sizes(&w);
    let limit = stream_limit(input_bytes, output_bytes);
    println!(
        "stream limit: read {:.1} MB and write {:.1} MB (a plain copy of the kernel's bytes) in {:.1} ms, best of 5",
        input_bytes as f64 / 1e6,
        output_bytes as f64 / 1e6,
        limit * 1e3
    );
    let mut out = CellResults::default();
    let best = on_threads(1, || kernel(&w, &mut out));
    let attained = out.attained.iter().filter(|a| **a == 1).count();
    println!(
        "evaluate: best of 5 {:.1} ms, {:.1} million cells/s; {attained} cells attained (one core, output reused)",
        best * 1e3,
        cells / best / 1e6
    );
    println!(
        "  one core: {:.1} million cells/s (goal 50: {}); {:.2} times the stream limit (goal within 2: {})",
        cells / best / 1e6,
        verdict(cells / best >= 50e6),
        best / limit,
        verdict(best / limit <= 2.0)
    );
    println!("threads (feature `parallel`; the same bits on every count, tested):");
    let one = threads_report(&w, &mut out);
    let fresh = on_threads(1, || best_of(5, || drop(black_box(evaluate(&w.table(), Curve::Linear, None).unwrap()))));
    println!(
        "fresh output columns each call (one core): {:.1} ms, {:.1} million cells/s, {:.2} of reused columns",
        fresh * 1e3,
        cells / fresh / 1e6,
        one / fresh
    );
    reader_report();
    match peak_rss_mib() {
        Some(mib) => println!("peak memory (resident high-water mark): {mib:.0} MiB"),
        None => println!("peak memory: not available on this system"),
    }
}
