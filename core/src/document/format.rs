//! The formats a document may be in.

use serde::{Deserialize, Serialize};

/// The formats read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Format {
    /// Plain text: UTF-8, or UTF-16 with a byte order mark.
    Text,
    /// A Word file (Office Open XML, `.docx`).
    Docx,
    /// A web page.
    Html,
    /// A PDF with a text layer.
    Pdf,
}

impl Format {
    /// The cargo feature of the core that reads it (`text` is always read).
    pub fn feature(self) -> &'static str {
        match self {
            Self::Text => "text",
            Self::Docx => "docx",
            Self::Html => "html",
            Self::Pdf => "pdf",
        }
    }
}

impl std::fmt::Display for Format {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Self::Text => "text",
            Self::Docx => "Word (.docx)",
            Self::Html => "HTML",
            Self::Pdf => "PDF",
        })
    }
}
