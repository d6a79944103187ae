//! Problems found while loading or validating, and the error that carries them.
//!
//! Every problem names *where* (a path such as `targets[12].value`, or `row 5, column value` for CSV),
//! *what* (a stable [`ProblemCode`]) and *what would be accepted*. Loading never stops at the first
//! problem: all problems in a document are reported together.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::ChitieuError;

/// Stable machine-readable codes for everything the loaders and validators report.
///
/// The string form (`as_str`) is part of the public contract shared by the Rust, Python and
/// JavaScript APIs; variants are only ever added.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ProblemCode {
    /// The input is empty or only white space.
    EmptyInput,
    /// The input ends in the middle of a value (a cut-off download or copy).
    TruncatedInput,
    /// The input is not well-formed JSON.
    JsonSyntax,
    /// A field has the wrong type or an unknown variant.
    WrongType,
    /// A required field is absent.
    MissingField,
    /// A field that the format does not define.
    UnknownField,
    /// NaN or infinity where a finite number is required.
    NonFinite,
    /// A share (percent, percent of GRDP) outside 0..100.
    PercentOutOfRange,
    /// A value outside the range its unit allows (a rank below 1, a negative count).
    ValueOutOfRange,
    /// A reference to an indicator the plan does not define.
    UnknownIndicator,
    /// A reference to a pillar the plan does not define.
    UnknownPillar,
    /// Two items share an id that must be unique.
    DuplicateId,
    /// An id that is empty or has characters outside `a-z 0-9 _ - .`.
    InvalidId,
    /// A target year outside the plan's period and horizon.
    YearOutOfRange,
    /// A comparator that points the wrong way for the indicator's polarity.
    ComparatorContradictsPolarity,
    /// Budget lines that do not add up to the stated total.
    BudgetLinesMismatch,
    /// A stated subtotal that differs from the sum of its lines.
    BudgetSubtotalMismatch,
    /// A negative amount of money.
    NegativeAmount,
    /// An inconsistent period (`from` after `to`, horizon before the end).
    InvalidPeriod,
    /// A text field that must not be empty.
    EmptyText,
    /// A number that cannot be read.
    InvalidNumber,
    /// A year or date that cannot be read.
    InvalidDate,
    /// A cell that is blank where a value is required (the row is skipped, not guessed).
    BlankCell,
    /// A CSV header that lacks a required column.
    MissingColumn,
    /// A CSV row whose cell count differs from the header's.
    RaggedRow,
    /// A share that looks like a fraction (0.9) where the unit is percent (90): flagged, not rescaled.
    ShareAsFraction,
    /// Numerator and denominator that do not give the stated value.
    RatioMismatch,
    /// A denominator of zero or below.
    InvalidDenominator,
    /// A reporting deadline that is not a real day (day 31 of a 30-day month).
    InvalidDeadline,
    /// A unit id or bundled plan id that is not known.
    UnknownId,
    /// A unit whose level does not agree with its kind (a province-kind unit at commune level).
    LevelMismatch,
    /// A format version this library does not read.
    UnsupportedVersion,
    /// The same key twice in one JSON object (the second would silently replace the first).
    DuplicateKey,
    /// More problems than are kept: the first [`MAX_PROBLEMS`] are listed, this one counts the rest.
    TooManyProblems,
    /// A quote opened in a CSV cell and never closed: the rows after it were swallowed into one cell.
    UnbalancedQuote,
    /// A number followed by a cell of digits in a comma-separated file: perhaps `90,5` split in two.
    SplitDecimal,
    /// A catalogue entry whose kind disagrees with its unit (a `rank` unit of kind `level_or_share`).
    KindMismatch,
}

impl ProblemCode {
    /// The stable snake_case code, as used in JSON and in the Python and JavaScript errors.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::EmptyInput => "empty_input",
            Self::TruncatedInput => "truncated_input",
            Self::JsonSyntax => "json_syntax",
            Self::WrongType => "wrong_type",
            Self::MissingField => "missing_field",
            Self::UnknownField => "unknown_field",
            Self::NonFinite => "non_finite",
            Self::PercentOutOfRange => "percent_out_of_range",
            Self::ValueOutOfRange => "value_out_of_range",
            Self::UnknownIndicator => "unknown_indicator",
            Self::UnknownPillar => "unknown_pillar",
            Self::DuplicateId => "duplicate_id",
            Self::InvalidId => "invalid_id",
            Self::YearOutOfRange => "year_out_of_range",
            Self::ComparatorContradictsPolarity => "comparator_contradicts_polarity",
            Self::BudgetLinesMismatch => "budget_lines_mismatch",
            Self::BudgetSubtotalMismatch => "budget_subtotal_mismatch",
            Self::NegativeAmount => "negative_amount",
            Self::InvalidPeriod => "invalid_period",
            Self::EmptyText => "empty_text",
            Self::InvalidNumber => "invalid_number",
            Self::InvalidDate => "invalid_date",
            Self::BlankCell => "blank_cell",
            Self::MissingColumn => "missing_column",
            Self::RaggedRow => "ragged_row",
            Self::ShareAsFraction => "share_as_fraction",
            Self::RatioMismatch => "ratio_mismatch",
            Self::InvalidDenominator => "invalid_denominator",
            Self::InvalidDeadline => "invalid_deadline",
            Self::UnknownId => "unknown_id",
            Self::LevelMismatch => "level_mismatch",
            Self::UnsupportedVersion => "unsupported_version",
            Self::DuplicateKey => "duplicate_key",
            Self::TooManyProblems => "too_many_problems",
            Self::UnbalancedQuote => "unbalanced_quote",
            Self::SplitDecimal => "split_decimal",
            Self::KindMismatch => "kind_mismatch",
        }
    }
}

impl fmt::Display for ProblemCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How serious a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// The input is rejected.
    Error,
    /// The input is accepted, but a person should look (a share that may be a fraction, a skipped blank row).
    Warning,
}

/// One problem in an input document: where it is, what it is, and what would be accepted.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Problem {
    /// Where: a JSON path such as `targets[12].value`, or `row 5, column value` for CSV.
    pub path: String,
    /// What, as a stable code.
    pub code: ProblemCode,
    /// What, in words, including the offending value.
    pub message: String,
    /// What would be accepted.
    pub expected: String,
    /// Whether the input is rejected for it.
    pub severity: Severity,
}

impl Problem {
    /// An error-severity problem.
    pub fn error(
        path: impl Into<String>,
        code: ProblemCode,
        message: impl Into<String>,
        expected: impl Into<String>,
    ) -> Self {
        Self { path: path.into(), code, message: message.into(), expected: expected.into(), severity: Severity::Error }
    }

    /// A warning-severity problem.
    pub fn warning(
        path: impl Into<String>,
        code: ProblemCode,
        message: impl Into<String>,
        expected: impl Into<String>,
    ) -> Self {
        Self {
            path: path.into(),
            code,
            message: message.into(),
            expected: expected.into(),
            severity: Severity::Warning,
        }
    }

    /// Whether this problem rejects the input.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = if self.path.is_empty() { "(document)" } else { &self.path };
        write!(f, "{path}: {} [{}]; expected {}", self.message, self.code, self.expected)
    }
}

/// Why a document could not be loaded.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum LoadError {
    /// The document has at least one error-severity problem; all of them are listed, warnings too.
    #[error("{} problem(s) in the document; first: {}", .0.len(), first_problem(.0))]
    Invalid(Vec<Problem>),
}

fn first_problem(problems: &[Problem]) -> String {
    // The same choice as `LoadError::first`.
    problems.iter().find(|p| p.is_error()).or(problems.first()).map(ToString::to_string).unwrap_or_default()
}

impl LoadError {
    /// The first error (else the first problem): what a caller that wants one code and one path reports.
    pub fn first(&self) -> Option<&Problem> {
        let problems = self.problems();
        problems.iter().find(|p| p.is_error()).or(problems.first())
    }

    /// The code of the first error, typed.
    pub fn problem_code(&self) -> ProblemCode {
        self.first().map_or(ProblemCode::WrongType, |p| p.code)
    }
}

impl super::ChitieuError for LoadError {
    /// The code of the first error.
    fn code(&self) -> &'static str {
        self.problem_code().as_str()
    }

    /// The path of the first error.
    fn path(&self) -> Option<String> {
        self.first().map(|p| p.path.clone())
    }

    /// Every problem found, errors first in document order, then warnings.
    fn problems(&self) -> &[Problem] {
        match self {
            Self::Invalid(p) => p,
        }
    }
}

/// A successfully loaded value together with the warnings found while loading it.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded<T> {
    /// The value.
    pub value: T,
    /// Problems of warning severity: the value is usable, a person should look.
    pub warnings: Vec<Problem>,
}

/// Problems kept from one document: past these, problems are counted, not kept, so that a 50 MB file in
/// which every row is bad costs time in proportion to its size and memory in proportion to this.
pub const MAX_PROBLEMS: usize = 1000;

/// Collects problems while walking a document, and turns them into a result at the end.
#[derive(Debug, Default)]
pub(crate) struct Problems {
    kept: Vec<Problem>,
    dropped_errors: usize,
    dropped_warnings: usize,
}

impl Problems {
    pub(crate) fn push(&mut self, p: Problem) {
        if self.kept.len() < MAX_PROBLEMS {
            self.kept.push(p);
        } else if p.is_error() {
            self.dropped_errors += 1;
        } else {
            self.dropped_warnings += 1;
        }
    }

    /// Every problem kept, then one `too_many_problems` counting those that were not.
    pub(crate) fn into_list(self) -> Vec<Problem> {
        let mut list = self.kept;
        let dropped = self.dropped_errors + self.dropped_warnings;
        if dropped > 0 {
            let message = format!(
                "{dropped} more problem(s) not listed ({} error(s), {} warning(s)); the first {MAX_PROBLEMS} are",
                self.dropped_errors, self.dropped_warnings
            );
            let expected = "fix the problems listed and read the document again";
            list.push(if self.dropped_errors > 0 {
                Problem::error("", ProblemCode::TooManyProblems, message, expected)
            } else {
                Problem::warning("", ProblemCode::TooManyProblems, message, expected)
            });
        }
        list
    }

    pub(crate) fn error(
        &mut self,
        path: impl Into<String>,
        code: ProblemCode,
        message: impl Into<String>,
        expected: impl Into<String>,
    ) {
        self.push(Problem::error(path, code, message, expected));
    }

    pub(crate) fn has_errors(&self) -> bool {
        self.dropped_errors > 0 || self.kept.iter().any(Problem::is_error)
    }

    /// `Ok` with the warnings when there are no errors, else every problem (errors first).
    pub(crate) fn finish<T>(self, value: T) -> Result<Loaded<T>, LoadError> {
        if self.has_errors() {
            Err(self.into_error())
        } else {
            Ok(Loaded { value, warnings: self.into_list() })
        }
    }

    /// Every problem as one error, the errors before the warnings (each in the order found). Not
    /// generic, so that the loaders of every type share it.
    pub(crate) fn into_error(self) -> LoadError {
        let (mut errors, warnings): (Vec<_>, Vec<_>) = self.into_list().into_iter().partition(Problem::is_error);
        errors.extend(warnings);
        LoadError::Invalid(errors)
    }
}
