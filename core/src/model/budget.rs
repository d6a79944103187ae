//! Budgets: integer đồng, lines by source and kind, stated subtotals.

use std::fmt;

use serde::{Deserialize, Serialize};

/// An amount of Vietnamese đồng. Money is never a float.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(transparent)]
pub struct Dong(pub i64);

impl Dong {
    /// Checked sum of amounts; `None` on overflow.
    pub fn checked_sum<'a>(amounts: impl IntoIterator<Item = &'a Dong>) -> Option<Dong> {
        amounts.into_iter().try_fold(Dong(0), |acc, d| acc.0.checked_add(d.0).map(Dong))
    }
}

impl fmt::Display for Dong {
    /// Vietnamese grouping: `477.905.000.000 đồng`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let digits = self.0.unsigned_abs().to_string();
        let mut out = String::with_capacity(digits.len() + digits.len() / 3);
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push('.');
            }
            out.push(c);
        }
        let sign = if self.0 < 0 { "-" } else { "" };
        write!(f, "{sign}{out} đồng")
    }
}

/// Where money comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum FundingSource {
    /// Ngân sách Trung ương.
    Central,
    /// Ngân sách tỉnh (or the city's own budget).
    Provincial,
    /// Vốn doanh nghiệp.
    Enterprise,
    /// Any other stated source (ODA, socialised funds).
    Other,
    /// The document does not say.
    Unspecified,
}

/// What the money is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum SpendingKind {
    /// Vốn đầu tư.
    Investment,
    /// Vốn sự nghiệp (recurrent).
    Recurrent,
    /// The document does not say.
    Unspecified,
}

/// One line of a budget: the finest split the document states.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct BudgetLine {
    /// Source of funds.
    pub source: FundingSource,
    /// Kind of spending.
    pub kind: SpendingKind,
    /// Amount.
    pub amount: Dong,
    /// The words of the document for this line, verbatim.
    pub quote: String,
}

/// A subtotal the document states, over the lines with a given source and/or kind.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Subtotal {
    /// Lines of this source (any source when absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<FundingSource>,
    /// Lines of this kind (any kind when absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<SpendingKind>,
    /// The stated amount.
    pub amount: Dong,
    /// The words of the document for it, verbatim.
    pub quote: String,
}

impl Subtotal {
    /// Whether a line counts toward this subtotal.
    pub fn covers(&self, line: &BudgetLine) -> bool {
        self.source.is_none_or(|s| s == line.source) && self.kind.is_none_or(|k| k == line.kind)
    }
}

/// A plan's budget as stated.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Budget {
    /// The stated total.
    pub total: Dong,
    /// The words of the document for the total, verbatim.
    pub quote: String,
    /// The lines; when present they must add up to the total.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub lines: Vec<BudgetLine>,
    /// Stated subtotals; each must equal the sum of the lines it covers.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub subtotals: Vec<Subtotal>,
}
