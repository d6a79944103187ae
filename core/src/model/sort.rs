//! One stable sort for every element type.
//!
//! `slice::sort_by` is compiled anew for each element type and comparison, 2 to 3 KB of WebAssembly
//! each; the core sorts a handful of short lists (a series by time, due dates, the rows of an
//! alignment). [`by`] sorts the positions of the elements instead, with one sort compiled once, and
//! moves the elements into that order with swaps: the same order as `sort_by`, equal elements kept in
//! the order they came.

use std::cmp::Ordering;

/// Sorts `items` by `compare`, keeping equal elements in their order (as `slice::sort_by` does).
pub(crate) fn by<T>(items: &mut [T], compare: impl Fn(&T, &T) -> Ordering) {
    let swaps = swaps_to_sort(items.len(), &|a, b| match (items.get(a), items.get(b)) {
        (Some(x), Some(y)) => compare(x, y),
        _ => Ordering::Equal,
    });
    for (a, b) in swaps {
        items.swap(a, b);
    }
}

/// The swaps that put `n` elements in the order of a stable sort by `compare` (of their positions).
fn swaps_to_sort(n: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<(usize, usize)> {
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| compare(a, b));
    // `at[p]`: the element (by its first position) now at position `p`; `place[e]`: where `e` is now.
    let mut at: Vec<usize> = (0..n).collect();
    let mut place: Vec<usize> = (0..n).collect();
    let mut swaps = Vec::new();
    for (target, &wanted) in order.iter().enumerate() {
        let Some(&from) = place.get(wanted) else { continue };
        if from == target {
            continue;
        }
        swaps.push((target, from));
        let Some(&displaced) = at.get(target) else { continue };
        at.swap(target, from);
        if let Some(p) = place.get_mut(displaced) {
            *p = from;
        }
        if let Some(p) = place.get_mut(wanted) {
            *p = target;
        }
    }
    swaps
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_order_as_the_standard_stable_sort() {
        // Pairs sorted by their first half only: the second half shows that equal elements keep their order.
        let mut seed = 12345_u64;
        for n in 0..60 {
            let mut items: Vec<(u8, usize)> = (0..n)
                .map(|i| {
                    seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                    ((seed >> 60) as u8, i)
                })
                .collect();
            let mut expected = items.clone();
            expected.sort_by_key(|p| p.0);
            by(&mut items, |a, b| a.0.cmp(&b.0));
            assert_eq!(items, expected, "n = {n}");
        }
        let mut words = vec!["lúa", "cá", "tôm", "cá", "a"];
        by(&mut words, |a, b| b.cmp(a));
        assert_eq!(words, ["tôm", "lúa", "cá", "cá", "a"]);
    }
}
