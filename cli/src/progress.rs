//! A progress bar on stderr for long work, shown only when stderr is a terminal: nothing in pipes, files
//! and tests.

use std::io::IsTerminal;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// Work this large shows a bar: rows of a workbook, characters of a document.
pub const ROWS: u64 = 5_000;
/// Characters of a document above which drafting shows a spinner.
pub const CHARACTERS: u64 = 200_000;

/// A bar of `total` steps when stderr is a terminal and `total` is at least `threshold`; else hidden.
pub fn bar(total: u64, threshold: u64, message: &str) -> ProgressBar {
    if total < threshold || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr());
    if let Ok(style) = ProgressStyle::with_template("{msg} [{bar:30}] {pos}/{len} ({eta})") {
        bar.set_style(style.progress_chars("=> "));
    }
    bar.set_message(message.to_owned());
    bar
}

/// A spinner for work that cannot count its steps, shown on a terminal for large inputs.
pub fn spinner(size: u64, threshold: u64, message: &str) -> ProgressBar {
    if size < threshold || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
    if let Ok(style) = ProgressStyle::with_template("{spinner} {msg} ({elapsed})") {
        bar.set_style(style);
    }
    bar.set_message(message.to_owned());
    bar.enable_steady_tick(Duration::from_millis(120));
    bar
}
