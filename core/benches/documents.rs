//! Reading documents as they arrive: the Cần Thơ seed as text, a Word file, a web page and a PDF
//! (`tests/documents/`), counted in bytes of the text they give, so the figures are per MB of plan text.
//!
//! `cargo bench -p chitieu --bench documents`.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use chitieu::document::Document;
use chitieu::extract;
use divan::counter::BytesCount;
use divan::Bencher;

fn file(path: &str) -> Vec<u8> {
    std::fs::read(format!("{}/../tests/{path}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

const FORMATS: [&str; 4] =
    ["seeds/can_tho.txt", "documents/can_tho.docx", "documents/can_tho.html", "documents/can_tho.pdf"];

fn main() {
    divan::main();
}

/// The document read into text, per format.
#[divan::bench(args = FORMATS)]
fn read(bencher: Bencher, path: &str) {
    let bytes = file(path);
    let text = Document::from_bytes(&bytes, Some(path)).unwrap().text;
    bencher
        .counter(BytesCount::of_str(text.as_str()))
        .bench(|| Document::from_bytes(divan::black_box(&bytes), Some(path)));
}

/// Read and drafted, per format.
#[divan::bench(args = FORMATS)]
fn read_and_draft(bencher: Bencher, path: &str) {
    let bytes = file(path);
    let text = Document::from_bytes(&bytes, Some(path)).unwrap().text;
    bencher
        .counter(BytesCount::of_str(text.as_str()))
        .bench(|| extract::extract_document(divan::black_box(&bytes), Some(path)));
}
