//! `chitieu draft FILE`: a draft plan from a document, as JSON; what the reader could not decide goes
//! to stderr.

use crate::args::DraftArgs;
use crate::failure::Failure;
use crate::{input, output};

pub fn run(a: &DraftArgs) -> Result<(), Failure> {
    let text = input::document(&a.file)?;
    let draft = input::draft(&text);
    for note in &draft.notes {
        eprintln!("  note: {note}");
    }
    let json = serde_json::to_string_pretty(&draft)
        .map_err(|e| Failure::unreadable("json_write", None, None, format!("cannot write the draft: {e}")))?;
    output::write(a.out.as_deref(), format!("{json}\n").as_bytes())
}
