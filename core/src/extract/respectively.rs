//! "Lần lượt" or "tương ứng" (respectively): the figures after it in a clause go with the years or the tiers listed
//! before it, in order ("Tỷ lệ hộ gia đình có cáp quang đến năm 2025 và năm 2030 lần lượt đạt 70% và 90%", "hồ sơ
//! công việc cấp tỉnh, cấp huyện, cấp xã lần lượt đạt 90%, 80%, 60%"), and measure the same indicator.

use super::clauses::Found;
use super::folded::{find_word, sub, words};
use super::years::Mention;
use crate::model::target::Tier;

/// The tiers a folded text lists, in order, from its first "cấp": "cấp tỉnh, cấp huyện và cấp xã", "cấp
/// tỉnh, huyện, xã" ("xã, phường" is one tier).
fn tiers_listed(text: &str) -> Vec<Tier> {
    let Some(i) = find_word(text, "cap") else { return Vec::new() };
    let mut out: Vec<Tier> = Vec::new();
    for w in words(sub(text, i, text.len())) {
        let tier = match w {
            "tinh" => Tier::Province,
            "huyen" | "quan" => Tier::District,
            "xa" | "phuong" => Tier::Commune,
            "cap" | "va" | "thi" | "tran" => continue,
            _ => break,
        };
        if out.last() != Some(&tier) {
            out.push(tier);
        }
    }
    out
}

/// The years a folded text lists, in order, a period by its end ("trong các giai đoạn đến 2020, 2021 – 2025, 2026 –
/// 2030": 2020, 2025, 2030; "các năm 2020, 2025, 2030"), when every number it holds is a year.
fn years_listed(text: &str) -> Vec<i32> {
    let tokens = super::numbers::tokens(text);
    let mut out: Vec<i32> = Vec::new();
    let mut previous_end = None;
    for t in &tokens {
        let Some(v) = t.value.filter(|_| t.written_as_a_year(text)) else { return Vec::new() };
        let joined = previous_end.is_some_and(|e| matches!(sub(text, e, t.start).trim(), "-" | "den"));
        if joined {
            out.pop();
        }
        out.push(v as i32);
        previous_end = Some(t.end);
    }
    out
}

/// Applies "lần lượt" to the figures of a line (each with its clause): returns the year each takes from
/// the list, if any; sets their tiers from the list, and makes those after the first measure what the
/// first does.
pub(crate) fn apply(s: &str, figures: &mut [((usize, usize), Found)], mentions: &[Mention]) -> Vec<Option<i32>> {
    let mut years = vec![None; figures.len()];
    let mut k = 0;
    while k < figures.len() {
        let Some(&(clause, _)) = figures.get(k) else { break };
        let same: Vec<usize> =
            (k..figures.len()).take_while(|&j| figures.get(j).is_some_and(|f| f.0 == clause)).collect();
        k += same.len().max(1);
        let clause_words = sub(s, clause.0, clause.1);
        let Some(p) = find_word(clause_words, "lan luot").or_else(|| find_word(clause_words, "tuong ung")) else {
            continue;
        };
        let p = clause.0 + p;
        let after: Vec<usize> =
            same.into_iter().filter(|&j| figures.get(j).is_some_and(|f| f.1.number.start > p)).collect();
        if after.len() < 2 {
            continue;
        }
        let mut listed: Vec<i32> = mentions.iter().filter(|m| m.at >= clause.0 && m.at < p).map(|m| m.year).collect();
        if listed.len() != after.len() {
            listed = years_listed(sub(s, clause.0, p));
        }
        let tiers = tiers_listed(sub(s, clause.0, p));
        for (n, &j) in after.iter().enumerate() {
            if listed.len() == after.len() {
                if let Some(y) = years.get_mut(j) {
                    *y = listed.get(n).copied();
                }
            }
            if let Some((_, f)) = figures.get_mut(j) {
                if tiers.len() == after.len() {
                    f.tier = tiers.get(n).copied();
                }
                f.same_indicator_as_previous = n > 0;
            }
        }
    }
    years
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::clauses::read_clause;
    use crate::extract::folded::Folded;
    use crate::extract::years::mentions;

    type Figures = Vec<((usize, usize), Found)>;

    fn read(text: &str) -> (Vec<Option<i32>>, Figures) {
        let s = Folded::new(text).text;
        let mut figures: Vec<_> = read_clause(&s, 0, s.len(), true).into_iter().map(|f| ((0, s.len()), f)).collect();
        let years = apply(&s, &mut figures, &mentions(&s, 0));
        (years, figures)
    }

    #[test]
    fn years_listed_go_with_the_figures_in_order() {
        let (years, figures) = read("Tỷ lệ hộ gia đình có cáp quang đến năm 2025 và năm 2030 lần lượt đạt 70% và 90%");
        assert_eq!(years, vec![Some(2025), Some(2030)]);
        let same: Vec<bool> = figures.iter().map(|f| f.1.same_indicator_as_previous).collect();
        assert_eq!(same, vec![false, true]);
    }

    #[test]
    fn tiers_listed_go_with_the_figures_in_order() {
        let (years, figures) = read("Hồ sơ công việc cấp tỉnh, huyện, xã lần lượt đạt 90%, 80%, 60%");
        assert_eq!(years, vec![None, None, None]);
        let tiers: Vec<_> = figures.iter().map(|f| f.1.tier).collect();
        assert_eq!(tiers, vec![Some(Tier::Province), Some(Tier::District), Some(Tier::Commune)]);
        // Without "lần lượt", nothing changes.
        let (years, figures) = read("Hồ sơ công việc cấp tỉnh đạt 90%, cấp xã đạt 60%");
        assert_eq!(years, vec![None, None]);
        assert_eq!(figures[1].1.tier, Some(Tier::Commune));
    }

    #[test]
    fn tuong_ung_says_respectively_and_years_may_be_listed_bare() {
        // khu_kinh_te_van_don_quang_ninh_2030 (a development text): periods by their ends, "tương ứng là".
        let text =
            "Tốc độ tăng dân số trung bình trong các giai đoạn đến 2020, 2021 – 2025, 2026 – 2030 tương ứng là 6%, \
                    11% và 8%";
        let (years, figures) = read(text);
        assert_eq!(years, vec![Some(2020), Some(2025), Some(2030)]);
        assert!(figures[1].1.same_indicator_as_previous && figures[2].1.same_indicator_as_previous);
        assert_eq!(years_listed("cac nam 2020, 2025, 2030"), [2020, 2025, 2030]);
        // Not when other numbers are listed with the years, nor one figure "tương ứng" (equivalent to) another.
        assert_eq!(years_listed("nam 2020 dat 5, nam 2025"), Vec::<i32>::new());
        let (years, _) = read("Tổng vốn 2.000 tỷ đồng năm 2025, tương ứng với 80 triệu USD");
        assert!(years.iter().all(Option::is_none), "{years:?}");
    }
}
