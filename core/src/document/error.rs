//! Why a document could not be read, with a stable code per reason.

use super::format::Format;
use super::legacy::LegacyEncoding;
use crate::error::ChitieuError;

/// Why bytes could not be read as a plan's text.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum DocumentError {
    /// Nothing to read: no bytes, only white space, or a file whose text is empty.
    #[error("the {format} document is empty: no text to read")]
    Empty {
        /// The format the bytes were read as.
        format: Format,
    },
    /// The bytes are not text nor a format the reader knows (an image, an archive, an executable).
    #[error("the input is binary, not text nor a Word, HTML or PDF document (byte {at} is a control byte); save the plan as .docx, .pdf, .html or UTF-8 text")]
    Binary {
        /// Offset of the first byte that no text holds.
        at: usize,
    },
    /// Text in a pre-Unicode Vietnamese font encoding.
    #[error("the text looks like {encoding} (a pre-Unicode Vietnamese font encoding: byte {at} and others like it), not Unicode; convert it to Unicode first: {}", encoding.how_to_convert())]
    LegacyEncoding {
        /// The encoding it looks like.
        encoding: LegacyEncoding,
        /// Offset of the first byte typical of it.
        at: usize,
    },
    /// Text that is not UTF-8 (nor UTF-16 with a byte order mark) and not a known Vietnamese encoding.
    #[error(
        "the text is not UTF-8 (byte {at} is not valid UTF-8) and not UTF-16 with a byte order mark; save it as UTF-8"
    )]
    UnknownEncoding {
        /// Offset of the first byte that is not UTF-8.
        at: usize,
    },
    /// Named or typed as a Word file, but not one.
    #[error("not a .docx Word file: {why}")]
    NotADocx {
        /// What was found instead.
        why: String,
    },
    /// A Word file whose main part cannot be read.
    #[error("the Word file's part {part} cannot be read: {why}")]
    UnreadableDocx {
        /// The part of the zip (`word/document.xml`).
        part: String,
        /// What went wrong.
        why: String,
    },
    /// A PDF that needs a password to be read.
    #[error("the PDF is encrypted and cannot be read without its password; save an unprotected copy (print to PDF) and read that")]
    EncryptedPdf,
    /// A PDF with pages but no text layer: a scan.
    #[error("the PDF has {pages} page(s) and no text layer: it is a scanned image; run optical character recognition first (for example `ocrmypdf -l vie in.pdf out.pdf`) or use the Word file")]
    PdfWithoutText {
        /// Pages found.
        pages: usize,
    },
    /// A PDF that cannot be parsed.
    #[error("the PDF cannot be read: {why}")]
    UnreadablePdf {
        /// What went wrong.
        why: String,
    },
    /// More than the reader takes.
    #[error("the {what} is {size} bytes, more than the {limit} bytes the reader takes; a plan's text is well under a megabyte: split the file or give the plan's own pages")]
    TooLarge {
        /// Its size in bytes.
        size: usize,
        /// The limit in bytes.
        limit: usize,
        /// What is too large: `input` (the bytes given) or `text` (what they decode to).
        what: &'static str,
    },
    /// A format this build does not read, or that no chitieu reads.
    #[error("{format} is not read: {why}")]
    FormatUnsupported {
        /// The format.
        format: String,
        /// Why, and what to do instead.
        why: String,
    },
}

impl DocumentError {
    /// The error of a format whose cargo feature is off in this build.
    #[cfg_attr(all(feature = "docx", feature = "html", feature = "pdf"), allow(dead_code))]
    pub(crate) fn left_out(format: Format) -> Self {
        Self::FormatUnsupported {
            format: format.to_string(),
            why: format!(
                "this build of chitieu leaves out the {format} reader (cargo feature `{}` of the core); \
                 convert the document to text, or use a build with the feature",
                format.feature()
            ),
        }
    }
}

impl ChitieuError for DocumentError {
    fn code(&self) -> &'static str {
        match self {
            Self::Empty { .. } => "empty_input",
            Self::Binary { .. } => "binary_input",
            Self::LegacyEncoding { .. } => "legacy_encoding",
            Self::UnknownEncoding { .. } => "unknown_encoding",
            Self::NotADocx { .. } => "not_a_docx",
            Self::UnreadableDocx { .. } => "unreadable_docx",
            Self::EncryptedPdf => "encrypted_pdf",
            Self::PdfWithoutText { .. } => "pdf_without_text",
            Self::UnreadablePdf { .. } => "unreadable_pdf",
            Self::TooLarge { .. } => "too_large",
            Self::FormatUnsupported { .. } => "format_unsupported",
        }
    }

    fn path(&self) -> Option<String> {
        match self {
            Self::Binary { at } | Self::LegacyEncoding { at, .. } | Self::UnknownEncoding { at } => {
                Some(format!("bytes[{at}]"))
            }
            Self::UnreadableDocx { part, .. } => Some(part.clone()),
            _ => None,
        }
    }
}
