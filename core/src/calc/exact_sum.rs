//! Sums that do not depend on the order of their terms: the correctly rounded sum of floats (Shewchuk's
//! algorithm with exact partials, as Python's `math.fsum`). Roll-ups use it so that a weighted mean is
//! the same whichever unit comes first, and exact where one unit carries all the weight.

/// The correctly rounded sum of finite `values`: the float nearest their exact sum (ties to even).
///
/// ```
/// use chitieu::calc::exact_sum::exact_sum;
/// assert_eq!(exact_sum([1e17, 5.0, -1e17, 7.0]), 12.0);   // a plain sum gives 0
/// assert_eq!(exact_sum([0.1; 10]), 1.0);                  // a plain sum gives 0.9999999999999999
/// ```
pub fn exact_sum(values: impl IntoIterator<Item = f64>) -> f64 {
    // Non-overlapping partials, smallest magnitude first; their exact sum is the sum so far.
    let mut partials: Vec<f64> = Vec::new();
    for value in values {
        let mut x = value;
        let mut kept = 0;
        for j in 0..partials.len() {
            let Some(&p) = partials.get(j) else { break };
            let (big, small) = if x.abs() < p.abs() { (p, x) } else { (x, p) };
            let hi = big + small;
            let lo = small - (hi - big);
            if lo != 0.0 {
                if let Some(slot) = partials.get_mut(kept) {
                    *slot = lo;
                }
                kept += 1;
            }
            x = hi;
        }
        partials.truncate(kept);
        partials.push(x);
    }
    round_partials(&partials)
}

/// The float nearest the exact sum of non-overlapping `partials` (smallest first), ties to even.
fn round_partials(partials: &[f64]) -> f64 {
    let mut rest = partials.iter().rev();
    let Some(&top) = rest.next() else { return 0.0 };
    let mut hi = top;
    let mut lo = 0.0;
    let mut below: Option<f64> = None;
    while let Some(&y) = rest.next() {
        let x = hi;
        hi = x + y;
        lo = y - (hi - x);
        if lo != 0.0 {
            below = rest.next().copied();
            break;
        }
    }
    // Half-way cases: when the next partial has the sign of `lo`, the exact sum lies beyond the half-way
    // point, so round away from `hi` (Python's math.fsum does the same).
    if let Some(next) = below {
        if (lo < 0.0 && next < 0.0) || (lo > 0.0 && next > 0.0) {
            let y = lo * 2.0;
            let x = hi + y;
            if y == x - hi {
                hi = x;
            }
        }
    }
    hi
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sums_as_python_math_fsum() {
        // Values checked against Python 3.11's math.fsum.
        assert_eq!(exact_sum([]), 0.0);
        assert_eq!(exact_sum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), 1e-100);
        assert_eq!(exact_sum([1.0, 1e100, 1.0, -1e100]), 2.0);
        assert_eq!(exact_sum([2.0_f64.powi(53), -0.5, -(2.0_f64.powi(-54))]), 2.0_f64.powi(53) - 1.0);
        assert_eq!(exact_sum([1.7e308, -1.7e308, 5.0]), 5.0);
        assert_eq!(exact_sum([0.1, 0.2, 0.3]), 0.6);
    }

    #[test]
    fn the_order_of_the_terms_does_not_matter() {
        let terms = [4.77905e14, 5.3, -4.77905e14, 0.1, 1e-7, 3.0e10, -3.0e10];
        let mut reversed = terms;
        reversed.reverse();
        assert_eq!(exact_sum(terms), exact_sum(reversed));
        assert_eq!(exact_sum(terms), 5.4000001);
    }
}
