//! The plan reader's speed: one seed text, and the five seeds repeated to about 1 MB.
//!
//! `cargo bench -p chitieu --bench extract` (bytes per second).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::sync::LazyLock;

use chitieu::{bundled, extract};
use divan::counter::BytesCount;
use divan::Bencher;

fn seed(id: &str) -> String {
    std::fs::read_to_string(format!("{}/../tests/seeds/{id}.txt", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

static SEEDS: LazyLock<String> =
    LazyLock::new(|| bundled::plan_ids().into_iter().map(seed).collect::<Vec<_>>().join("\n"));

static ONE_MB: LazyLock<String> = LazyLock::new(|| {
    let mut big = String::new();
    while big.len() < 1_000_000 {
        big.push_str(&SEEDS);
        big.push('\n');
    }
    big
});

fn main() {
    divan::main();
}

#[divan::bench]
fn one_seed(bencher: Bencher) {
    let text = seed("tra_vinh");
    bencher.counter(BytesCount::of_str(text.as_str())).bench(|| extract::extract_plan(divan::black_box(&text)));
}

#[divan::bench(sample_count = 10)]
fn one_megabyte(bencher: Bencher) {
    let text = &*ONE_MB;
    let _warm = extract::extract_plan(&SEEDS);
    bencher.counter(BytesCount::of_str(text.as_str())).bench(|| extract::extract_plan(divan::black_box(text)));
}
