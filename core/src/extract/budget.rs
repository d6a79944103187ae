//! Budgets: "Tổng kinh phí thực hiện: 477.905 triệu đồng, trong đó: - Ngân sách Trung ương: ... -
//! Ngân sách tỉnh: 140.905 triệu đồng (nguồn vốn đầu tư: ..., nguồn vốn sự nghiệp: ...)". Amounts are read
//! by [`crate::io::number::parse_amount`]; a line with a split in brackets becomes a stated subtotal over the
//! lines of the split.

use super::folded::{at, find_words, starts_with_words, sub, Folded};
use super::numbers;
use crate::model::budget::{Budget, BudgetLine, Dong, FundingSource, SpendingKind, Subtotal};

const SCALES: [&str; 9] = ["ty dong", "ti dong", "trieu dong", "nghin dong", "ngan dong", "ty", "trieu", "dong", "vnd"];

/// Amounts in a folded range: (number start, end of the scale words, value).
fn amounts(f: &Folded<'_>, start: usize, end: usize) -> Vec<(usize, usize, Dong)> {
    let s = sub(&f.text, start, end);
    numbers::tokens(s)
        .into_iter()
        .filter_map(|t| {
            let after = sub(s, t.end, s.len());
            let lead = after.len() - after.trim_start().len();
            let scale = SCALES.iter().find(|w| starts_with_words(sub(after, lead, after.len()), w))?;
            let e = t.end + lead + scale.len();
            let text = f.original(start + t.start, start + e);
            crate::io::number::parse_amount(text).ok().map(|d| (start + t.start, start + e, d))
        })
        .collect()
}

fn source_of(label: &str) -> FundingSource {
    if label.contains("trung uong") {
        FundingSource::Central
    } else if label.contains("doanh nghiep") {
        FundingSource::Enterprise
    } else if ["ngan sach tinh", "ngan sach dia phuong", "ngan sach thanh pho", "ngan sach huyen", "von tinh"]
        .iter()
        .any(|w| label.contains(w))
    {
        FundingSource::Provincial
    } else if ["xa hoi hoa", "oda", "khac", "vien tro", "tai tro"].iter().any(|w| label.contains(w)) {
        FundingSource::Other
    } else {
        FundingSource::Unspecified
    }
}

fn kind_of(label: &str) -> SpendingKind {
    if label.contains("dau tu") {
        SpendingKind::Investment
    } else if label.contains("su nghiep") || label.contains("thuong xuyen") {
        SpendingKind::Recurrent
    } else {
        SpendingKind::Unspecified
    }
}

/// A line that opens a split ("Ngân sách tỉnh: 140.905 triệu đồng (nguồn vốn đầu tư: ...)"), closed as the
/// stated subtotal of the lines in it.
fn subtotal((_, source, kind, amount, quote): (usize, FundingSource, SpendingKind, Dong, String)) -> Subtotal {
    Subtotal {
        source: (source != FundingSource::Unspecified).then_some(source),
        kind: (kind != SpendingKind::Unspecified).then_some(kind),
        amount,
        quote,
    }
}

/// The budget, if the text states a total; with its lines when they add up to the total. Also returns
/// the folded ranges of the amounts read and notes on what did not add up.
pub(crate) fn read(f: &Folded<'_>) -> (Option<Budget>, Vec<(usize, usize)>, Vec<String>) {
    let s = f.text.as_str();
    let mut notes = Vec::new();
    // Not the plan's: the whole economy's investment ("tổng vốn đầu tư toàn xã hội", a figure to reach) and
    // the capital registered by investors' projects ("tổng vốn đăng ký đầu tư", a result).
    let not_spent = |p: usize| {
        let next = sub(s, p, (p + 40).min(s.len()));
        super::units::economy_wide(next) || find_words(next, "dang ky").next().is_some()
    };
    let opener = ["tong kinh phi", "tong von", "tong nguon von", "tong muc dau tu", "tong nguon kinh phi"]
        .iter()
        .filter_map(|w| find_words(s, w).find(|&p| !not_spent(p)))
        .min();
    let Some(p) = opener else { return (None, Vec::new(), notes) };
    let line_end = sub(s, p, s.len()).find('\n').map_or(s.len(), |i| p + i);
    let Some(&(_, total_end, total)) = amounts(f, p, (p + 250).min(line_end).max(p)).first() else {
        return (None, Vec::new(), notes);
    };
    let mut used = vec![(p, total_end)];
    // The split: the rest of the line and the list items that follow it.
    let mut region_end = line_end;
    for line in sub(s, line_end, s.len()).split('\n').skip(1) {
        let t = line.trim_start();
        if t.is_empty() && region_end == line_end {
            region_end += line.len() + 1;
            continue;
        }
        if matches!(at(t, 0), b'-' | b'+' | b'*') {
            region_end += line.len() + 1;
        } else {
            break;
        }
    }
    let region_end = region_end.min(s.len());
    // A split has a handful of lines; a region with more is not one (and is not read line by line).
    let mut found = amounts(f, total_end, region_end);
    found.truncate(40);
    let mut lines: Vec<BudgetLine> = Vec::new();
    let mut subtotals: Vec<Subtotal> = Vec::new();
    let mut parent: Option<(usize, FundingSource, SpendingKind, Dong, String)> = None; // lines index at open
    let depth_at = |i: usize| {
        let t = sub(s, total_end, i);
        t.matches('(').count() as i64 - t.matches(')').count() as i64
    };
    for (k, &(a, e, amount)) in found.iter().enumerate() {
        used.push((a, e));
        let label_start =
            sub(s, total_end, a).rfind(['\n', '(', ',', ';', '.']).map_or(total_end, |i| total_end + i + 1);
        let label_start = label_start
            + (sub(s, label_start, a).len() - sub(s, label_start, a).trim_start_matches([' ', '-', '+', '*']).len());
        let label = sub(s, label_start, a).to_owned();
        let label_core = label.trim_start_matches("trong do").trim_start_matches([':', ' ']);
        let label_start = label_start + (label.len() - label_core.len());
        let nested = depth_at(a) > 0;
        // A bracket after the amount with no amount in it qualifies it: "(nguồn vốn đầu tư)".
        let next_amount = found.get(k + 1).map_or(region_end, |n| n.0);
        let tail = sub(s, e, next_amount);
        let qualifier_end = (tail.trim_start().starts_with('(') && tail.contains(')'))
            .then(|| tail.find(')').map(|i| e + i + 1))
            .flatten();
        let opens_split = tail.trim_start().starts_with('(') && qualifier_end.is_none_or(|q| q >= next_amount);
        let words = format!("{label_core} {}", qualifier_end.map_or("", |q| sub(s, e, q)));
        let (mut source, kind) = (source_of(&words), kind_of(&words));
        let quote_end = if opens_split { e } else { qualifier_end.unwrap_or(e) };
        let quote = f.original(label_start, quote_end).trim().to_owned();
        if !nested {
            subtotals.extend(parent.take().map(subtotal));
            if opens_split {
                parent = Some((lines.len(), source, kind, amount, quote));
                continue;
            }
        } else if let Some((_, ps, _, _, _)) = &parent {
            if source == FundingSource::Unspecified {
                source = *ps;
            }
        }
        lines.push(BudgetLine { source, kind, amount, quote });
    }
    subtotals.extend(parent.take().map(subtotal));
    let quote = f.original(p, total_end).to_owned();
    let adds_up = Dong::checked_sum(&lines.iter().map(|l| l.amount).collect::<Vec<_>>()) == Some(total);
    let subtotals_hold = subtotals.iter().all(|st| {
        Dong::checked_sum(&lines.iter().filter(|l| st.covers(l)).map(|l| l.amount).collect::<Vec<_>>())
            == Some(st.amount)
    });
    if !(lines.is_empty() || adds_up && subtotals_hold) {
        notes.push(format!(
            "The budget's lines as read ({}) do not add up to the stated total {total}; they are left out for review.",
            lines.iter().map(|l| l.quote.as_str()).collect::<Vec<_>>().join("; ")
        ));
        lines.clear();
        subtotals.clear();
    }
    (Some(Budget { total, quote, lines, subtotals }), used, notes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_split_in_brackets_is_a_stated_subtotal() {
        let text = "Tổng kinh phí: 250 tỷ đồng, trong đó:\n\
                    - Ngân sách tỉnh: 150 tỷ đồng (nguồn vốn đầu tư: 100 tỷ đồng, nguồn vốn sự nghiệp: 50 tỷ đồng).\n\
                    - Nguồn xã hội hóa: 100 tỷ đồng.\n";
        let (budget, used, notes) = read(&Folded::new(text));
        let b = budget.unwrap();
        assert_eq!(b.total.0, 250_000_000_000);
        let lines: Vec<_> = b.lines.iter().map(|l| (l.source, l.kind, l.amount.0)).collect();
        assert_eq!(
            lines,
            vec![
                (FundingSource::Provincial, SpendingKind::Investment, 100_000_000_000),
                (FundingSource::Provincial, SpendingKind::Recurrent, 50_000_000_000),
                (FundingSource::Other, SpendingKind::Unspecified, 100_000_000_000),
            ]
        );
        assert_eq!(b.subtotals.len(), 1);
        assert_eq!((b.subtotals[0].source, b.subtotals[0].kind), (Some(FundingSource::Provincial), None));
        assert_eq!(b.subtotals[0].amount.0, 150_000_000_000);
        assert_eq!(used.len(), 5);
        assert!(notes.is_empty());
    }

    #[test]
    fn the_economys_investment_and_registered_capital_are_no_budget() {
        // bac_lieu, a development text of the corpus.
        let text = "tổng vốn đầu tư toàn xã hội đạt 60.000 – 65.000 tỷ đồng. Dự án trong nước, với tổng vốn đăng ký \
                    đầu tư 46.106,39 tỷ đồng.";
        assert!(read(&Folded::new(text)).0.is_none());
        let plan = format!("{text}\nTổng kinh phí thực hiện: 20 tỷ đồng.");
        assert_eq!(read(&Folded::new(&plan)).0.unwrap().total.0, 20_000_000_000);
        // The investment realised in the province (phu_tho_dai_hoi, a development text): the economy's too.
        let realised = "Tổng vốn đầu tư thực hiện trên địa bàn Phú Thọ trong 5 năm kỳ vọng đạt trên 910.000 tỷ đồng. \
                        Thu ngân sách Nhà nước tăng bình quân trên 10%/năm, đến năm 2030 đạt trên 85.000 tỷ đồng.";
        assert!(read(&Folded::new(realised)).0.is_none());
        // Said without "toàn" (huyen_nong_son_quang_nam_2023, a development text).
        assert!(read(&Folded::new("tổng vốn đầu tư xã hội khoảng 250 tỷ đồng; giải quyết việc làm")).0.is_none());
    }
}
