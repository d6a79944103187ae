//! Reading a plan as it arrives (plain text, a Word file, a web page, a PDF) into the text the reader
//! drafts from, with a map from that text back to the source.
//!
//! [`Document::from_bytes`] detects the format from the bytes themselves (magic numbers, markup), using
//! the hint (a file name, an extension or a MIME type) only where the bytes leave a choice, and returns
//! the text with one [`Span`] per line it wrote: which paragraph, table row, heading or page of the source
//! the line came from, and where (the byte offset in the source part) where that is meaningful. Offsets
//! into the text are in **characters**, as the draft's are, so a drafted target's `start` finds its
//! source with [`Document::locate`].
//!
//! Whatever the bytes, the answer is a document or a typed [`DocumentError`] (`empty_input`,
//! `binary_input`, `legacy_encoding`, `not_a_docx`, `encrypted_pdf`, `pdf_without_text`, `too_large`, ...);
//! nothing panics.
//!
//! ```
//! use chitieu::document::{Document, Format, Origin};
//! let page = "<html><body><nav><a href='/'>Trang chủ</a></nav><h1>Kế hoạch</h1>\
//!             <p>Đến năm 2025: 90% hồ sơ &amp; văn bản</p><script>var x = 1;</script></body></html>";
//! let doc = Document::from_bytes(page.as_bytes(), Some("ke-hoach.html")).unwrap();
//! assert_eq!(doc.format, Format::Html);
//! assert_eq!(doc.text, "Kế hoạch\nĐến năm 2025: 90% hồ sơ & văn bản\n");
//! assert!(matches!(doc.locate(10).map(|s| &s.origin), Some(Origin::Paragraph { paragraph: 1, .. })));
//! ```
//!
//! One reader per format, each in its own file, after `sniff` tells the format: `text` (UTF-8, UTF-16 with a byte order mark), `legacy`
//! (TCVN3 and VNI detected and refused with the way to convert), `docx`, `html`, `pdf`; `lines` builds the
//! text and its map. The Word, HTML and PDF readers are behind the cargo features `docx`, `html` and `pdf`
//! (all on by default); a format left out is a `format_unsupported` error naming the feature.

#[cfg(feature = "docx")]
mod docx;
mod error;
mod format;
#[cfg(feature = "html")]
mod html;
mod legacy;
#[cfg(any(feature = "docx", feature = "html", feature = "pdf"))]
mod lines;
#[cfg(feature = "pdf")]
mod pdf;
mod sniff;
mod text;

use serde::{Deserialize, Serialize};

pub use error::DocumentError;
pub use format::Format;
pub use legacy::LegacyEncoding;

/// The largest input read, in bytes: a plan is a few hundred kilobytes of text, a Word file or a PDF
/// with its images a few megabytes.
pub const MAX_INPUT_BYTES: usize = 64 * 1024 * 1024;

/// The most text a document may give, in bytes of UTF-8 (after decoding or extraction): sixteen
/// mebibytes is some forty times the longest plan seen; 50 MB of text is refused before it is read.
pub const MAX_TEXT_BYTES: usize = 16 * 1024 * 1024;

/// Where a line of the text came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Origin {
    /// A line of a plain text file: its number from 0, and the byte offset of its first byte in the file.
    Line {
        /// Line number, from 0.
        line: usize,
        /// Byte offset in the file as given (before decoding).
        byte: usize,
    },
    /// A paragraph of a Word file or a block of a web page, in reading order (tables' rows excluded).
    Paragraph {
        /// Paragraph number, from 0.
        paragraph: usize,
        /// The heading level (1 for a title or `<h1>`), when the paragraph is a heading.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        heading: Option<u8>,
        /// Byte offset of its first text in the source part (`word/document.xml`, or the page).
        byte: usize,
    },
    /// A row of a table, its cells separated by tabs.
    Row {
        /// Table number in the document, from 0.
        table: usize,
        /// Row number in the table, from 0.
        row: usize,
        /// Byte offset of its first text in the source part (`word/document.xml`, or the page).
        byte: usize,
    },
    /// A line of a PDF page's text layer.
    Page {
        /// Page number, from 1 as printed by viewers.
        page: usize,
        /// Line number on the page, from 0.
        line: usize,
    },
}

/// One line of the text and where it came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Span {
    /// Character offset (not byte) of the line's first character in [`Document::text`].
    pub start: usize,
    /// Character offset after its last character (its newline excluded).
    pub end: usize,
    /// Where in the source it was read.
    pub origin: Origin,
}

/// The text of a document and the map back to its source.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Document {
    /// The format the bytes were read as.
    pub format: Format,
    /// The text, one line per paragraph, heading, table row or PDF text line.
    pub text: String,
    /// One span per line of `text` that came from the source, in order.
    pub spans: Vec<Span>,
}

impl Document {
    /// Reads a document from its bytes. `hint` is the file name, its extension or its MIME type, if known
    /// (`"plan.docx"`, `"docx"`, `"text/html"`); the bytes decide wherever they can.
    ///
    /// ```
    /// use chitieu::ChitieuError;
    /// let e = chitieu::document::Document::from_bytes(b"PK-not-a-zip", Some("plan.docx")).unwrap_err();
    /// assert_eq!(e.code(), "not_a_docx");
    /// let e = chitieu::document::Document::from_bytes(b"  \n", None).unwrap_err();
    /// assert_eq!(e.code(), "empty_input");
    /// ```
    pub fn from_bytes(bytes: &[u8], hint: Option<&str>) -> Result<Self, DocumentError> {
        if bytes.len() > MAX_INPUT_BYTES {
            return Err(DocumentError::TooLarge { size: bytes.len(), limit: MAX_INPUT_BYTES, what: "input" });
        }
        let format = sniff::detect(bytes, hint)?;
        let doc = match format {
            Format::Text => text::read(bytes)?,
            Format::Docx => read_docx(bytes)?,
            Format::Html => read_html(bytes)?,
            Format::Pdf => read_pdf(bytes)?,
        };
        if doc.text.trim().is_empty() {
            return Err(if format == Format::Pdf {
                DocumentError::PdfWithoutText { pages: 0 }
            } else {
                DocumentError::Empty { format }
            });
        }
        Ok(doc)
    }

    /// The span of the line holding the character at `offset` of [`text`](Self::text) (a draft target's
    /// `start`), or `None` for an offset past the text or on a line of its own making.
    pub fn locate(&self, offset: usize) -> Option<&Span> {
        let i = self.spans.partition_point(|s| s.end < offset);
        self.spans.get(i).filter(|s| s.start <= offset && offset <= s.end)
    }
}

#[cfg(feature = "docx")]
fn read_docx(bytes: &[u8]) -> Result<Document, DocumentError> {
    docx::read(bytes)
}

#[cfg(not(feature = "docx"))]
fn read_docx(_: &[u8]) -> Result<Document, DocumentError> {
    Err(DocumentError::left_out(Format::Docx))
}

#[cfg(feature = "html")]
fn read_html(bytes: &[u8]) -> Result<Document, DocumentError> {
    html::read(bytes)
}

#[cfg(not(feature = "html"))]
fn read_html(_: &[u8]) -> Result<Document, DocumentError> {
    Err(DocumentError::left_out(Format::Html))
}

#[cfg(feature = "pdf")]
fn read_pdf(bytes: &[u8]) -> Result<Document, DocumentError> {
    pdf::read(bytes)
}

#[cfg(not(feature = "pdf"))]
fn read_pdf(_: &[u8]) -> Result<Document, DocumentError> {
    Err(DocumentError::left_out(Format::Pdf))
}
