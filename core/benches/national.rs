//! The national-scale workload: milestone, attainment and status for every (unit, indicator, year)
//! cell of 3,355 units × 60 indicators × 11 years, and communes rolled up to provinces.
//!
//! `make bench` runs it (cells per second), then `examples/national_workload.rs` (peak memory).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::sync::{LazyLock, Mutex};

use chitieu::calc::bulk::{evaluate, evaluate_into, rollup_ratio_of_sums, CellResults};
use chitieu::calc::milestone::Curve;
use chitieu::calc::workload::NationalWorkload;
use divan::counter::ItemsCount;
use divan::Bencher;

static WORKLOAD: LazyLock<NationalWorkload> = LazyLock::new(|| NationalWorkload::generate(2025));

/// Output columns kept across samples: divan calls a benchmark function once per sample, and a fresh
/// 110 MB of output per call would measure the kernel's page faults, not the calculation.
static OUT: LazyLock<Mutex<CellResults>> = LazyLock::new(|| {
    let w = &*WORKLOAD;
    let mut out = CellResults::default();
    let _ = evaluate_into(&w.table(), Curve::Linear, None, &mut out);
    Mutex::new(out)
});

fn main() {
    divan::main();
}

/// Milestone (linear), attainment and status of every cell, into reused output columns.
#[divan::bench(sample_count = 20)]
fn evaluate_cells_linear(bencher: Bencher) {
    let w = &*WORKLOAD;
    let mut out = OUT.lock().unwrap();
    bencher
        .counter(ItemsCount::new(w.cells()))
        .bench_local(|| evaluate_into(divan::black_box(&w.table()), Curve::Linear, None, &mut out).unwrap());
}

/// The same with the logistic curve for the milestones (bounded shares).
#[divan::bench(sample_count = 20)]
fn evaluate_cells_logistic(bencher: Bencher) {
    let w = &*WORKLOAD;
    let mut out = OUT.lock().unwrap();
    bencher.counter(ItemsCount::new(w.cells())).bench_local(|| {
        evaluate_into(divan::black_box(&w.table()), Curve::Auto, Some((0.0, 100.0)), &mut out).unwrap()
    });
}

/// Linear again, allocating fresh output columns on every call (what a first call from a binding pays).
#[divan::bench(sample_count = 10)]
fn evaluate_cells_linear_allocating(bencher: Bencher) {
    let w = &*WORKLOAD;
    bencher
        .counter(ItemsCount::new(w.cells()))
        .bench(|| evaluate(divan::black_box(&w.table()), Curve::Linear, None).unwrap());
}

/// Communes rolled up to provinces as ratios of sums, per indicator and year.
#[divan::bench(sample_count = 20)]
fn rollup_communes_to_provinces(bencher: Bencher) {
    let w = &*WORKLOAD;
    let times = w.times.len();
    bencher.counter(ItemsCount::new(w.numerators.len())).bench(|| {
        rollup_ratio_of_sums(divan::black_box(&w.numerators), &w.denominators, &w.group, w.groups(), times, 100.0)
            .unwrap()
    });
}
