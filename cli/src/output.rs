//! Writing a command's output: to stdout, or to `--out` whole or not at all (a temporary file beside it,
//! renamed into place once written), so a failure never leaves a half-written or stale-looking file.

use std::io::{IsTerminal, Write};
use std::path::Path;

use crate::failure::Failure;

/// Writes `bytes` to `out`, or to stdout when there is none.
pub fn write(out: Option<&Path>, bytes: &[u8]) -> Result<(), Failure> {
    match out {
        None => {
            let mut stdout = std::io::stdout().lock();
            match stdout.write_all(bytes).and_then(|()| stdout.flush()) {
                // A reader that stopped early (`| head`) is not a failure.
                Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
                    Err(Failure::unreadable("write_failed", None, None, format!("cannot write to stdout: {e}")))
                }
                _ => Ok(()),
            }
        }
        Some(path) => write_file(path, bytes),
    }
}

/// Binary output (a workbook) needs a file, or stdout redirected.
pub fn check_binary(out: Option<&Path>) -> Result<(), Failure> {
    if out.is_none() && std::io::stdout().is_terminal() {
        return Err(Failure::unreadable(
            "binary_to_terminal",
            None,
            None,
            "an Excel workbook is not written to a terminal: give --out FILE.xlsx",
        ));
    }
    Ok(())
}

fn write_file(path: &Path, bytes: &[u8]) -> Result<(), Failure> {
    let name = path.file_name().map_or_else(|| "out".into(), |n| n.to_string_lossy().into_owned());
    let temp = path.with_file_name(format!(".{name}.{}.tmp", std::process::id()));
    let fail = |e: std::io::Error| {
        let _ = std::fs::remove_file(&temp);
        Failure::unreadable("write_failed", Some(path), None, format!("cannot write the output: {e}"))
    };
    std::fs::write(&temp, bytes).map_err(fail)?;
    std::fs::rename(&temp, path).map_err(fail)
}
