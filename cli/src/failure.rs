//! Why the command failed: a stable code, the file and the place in it, the message, every problem of
//! a document, and the exit status (1: the input has problems; 2: usage, or the input cannot be read).

use std::path::Path;

use chitieu::label::{text as word, Lang};
use chitieu::{ChitieuError, LoadError, Problem, Severity};

/// A failure of the command.
#[derive(Debug, Clone)]
pub struct Failure {
    /// Stable snake_case code (`file_not_found`, `sheet_not_found`, a problem's code, ...).
    pub code: &'static str,
    /// The file at fault, when there is one.
    pub file: Option<String>,
    /// Where in it (`targets[3].value`, `sheet "Số liệu", row 4, column D (value)`).
    pub path: Option<String>,
    /// What was wrong.
    pub message: String,
    /// Every problem of the document, warnings too.
    pub problems: Box<[Problem]>,
    /// Exit status.
    pub exit: u8,
}

impl Failure {
    /// Usage, or an input that cannot be read: exit status 2.
    pub fn unreadable(
        code: &'static str,
        file: Option<&Path>,
        path: Option<String>,
        message: impl Into<String>,
    ) -> Self {
        Self {
            code,
            file: file.map(|f| f.display().to_string()),
            path,
            message: message.into(),
            problems: Box::default(),
            exit: 2,
        }
    }

    /// A document with problems: exit status 1, each problem listed.
    pub fn problems(file: Option<&Path>, e: &LoadError) -> Self {
        let first = e.first();
        Self {
            code: e.code(),
            file: file.map(|f| f.display().to_string()),
            path: first.map(|p| p.path.clone()),
            message: e.to_string(),
            problems: e.problems().into(),
            exit: 1,
        }
    }

    /// Any error of the core, with its code and path; `exit` as the caller decides.
    pub fn of(e: &dyn ChitieuError, file: Option<&Path>, exit: u8) -> Self {
        Self {
            code: e.code(),
            file: file.map(|f| f.display().to_string()),
            path: e.path(),
            message: e.to_string(),
            problems: e.problems().into(),
            exit,
        }
    }

    /// Prints the failure on stderr: `error [code] FILE: PATH: message`, then each problem.
    pub fn print(&self, lang: Lang) {
        let mut head = format!("chitieu: {} [{}]", word("error", lang), self.code);
        if let Some(f) = &self.file {
            head += &format!(" {f}");
        }
        if let Some(p) = self.path.as_ref().filter(|p| !p.is_empty()) {
            head += &format!(": {p}");
        }
        if self.problems.is_empty() {
            eprintln!("{head}: {}", self.message);
        } else {
            eprintln!("{head}: {} {}", self.problems.len(), word("problems_found", lang));
            print_problems(self.file.as_deref(), &self.problems, lang);
        }
    }
}

/// Prints problems on stderr, one a line: `error|warning [code] FILE: PATH: message; expected ...`.
pub fn print_problems(file: Option<&str>, problems: &[Problem], lang: Lang) {
    for p in problems {
        let severity = match p.severity {
            Severity::Error => word("error", lang),
            _ => word("warning", lang),
        };
        let path = if p.path.is_empty() { "(document)" } else { &p.path };
        let file = file.map_or(String::new(), |f| format!(" {f}:"));
        eprintln!("  {severity} [{}]{file} {path}: {}; {} {}", p.code, p.message, word("expected", lang), p.expected);
    }
}
