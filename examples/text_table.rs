//! A plain-text table for the examples' terminal output; widths count characters, so Vietnamese text
//! lines up. Included by the examples with `#[path]`; not an example of its own.

/// The rows under the header, columns padded to their widest cell, two spaces apart.
pub fn table<H: AsRef<str>, C: AsRef<str>, R: AsRef<[C]>>(header: &[H], rows: &[R]) -> String {
    let mut widths: Vec<usize> = header.iter().map(|h| h.as_ref().chars().count()).collect();
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row.as_ref()) {
            *w = (*w).max(cell.as_ref().chars().count());
        }
    }
    let line = |cells: Vec<&str>| -> String {
        let padded: Vec<String> =
            cells.iter().zip(&widths).map(|(c, w)| format!("{c}{}", " ".repeat(w - c.chars().count()))).collect();
        format!("  {}\n", padded.join("  ").trim_end())
    };
    let mut out = line(header.iter().map(AsRef::as_ref).collect());
    for row in rows {
        out += &line(row.as_ref().iter().map(AsRef::as_ref).collect());
    }
    out
}
