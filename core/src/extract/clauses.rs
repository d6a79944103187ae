//! Clauses and the figures in them: a line is cut into clauses at ";" and at the end of sentences; each
//! percentage or rank in a clause is a candidate target, whose segment runs from the separator before it
//! ("," or "và") to the next one's, so that "Tối thiểu 90% hồ sơ công việc cấp tỉnh, 80% ... cấp huyện và
//! 60% ... cấp xã" gives three targets with their own tiers and the opening "tối thiểu" for all three.

use super::comparators;
use super::folded::{at, ends_with_words, find_words, starts_with_words, sub, words, year_at, year_word};
use super::numbers::{self, NumberToken};
use super::tiers;
use super::units::{self, scaled};
use super::Uncertainty;
use crate::model::comparator::Comparator;
use crate::model::measure_unit::MeasureUnit;
use crate::model::target::Tier;

/// A target found in a clause, in folded offsets.
#[derive(Debug, Clone)]
pub(crate) struct Found {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) number: NumberToken,
    pub(crate) value: f64,
    /// The number before a dash right before the figure's ("80" of "80-90%", "10%" of "10% – 11%"), with its
    /// value in the figure's unit ("60.000 – 65.000 tỷ đồng": 60,000 billion đồng; "1,5 - 2 lần": an increase
    /// of 50%): the lower bound of a range, read once for the clause's words and the draft's doubt.
    pub(crate) range_low: Option<(NumberToken, f64)>,
    pub(crate) comparator: Comparator,
    /// Unit read from the words; `None` when they only say "tăng" without saying whether per year.
    pub(crate) unit: MeasureUnit,
    pub(crate) unit_certain: bool,
    /// The words bring it down to the figure ("tỷ lệ hộ nghèo giảm còn 0,8%"): lower is better.
    pub(crate) down_to: bool,
    pub(crate) tier: Option<Tier>,
    /// The words naming what is measured (folded range).
    pub(crate) phrase: (usize, usize),
    /// The phrase names only a tier: the indicator is the previous target's.
    pub(crate) same_indicator_as_previous: bool,
    /// The phrase is what the words say outright is measured (a rank's "có ... cao nhất"), or the clause's other
    /// words say only where a place is held ("đứng thứ 12 cả nước"): they do not stand for it.
    pub(crate) phrase_explicit: bool,
    pub(crate) reasons: Vec<Uncertainty>,
    /// The words that opened the list a comparator is carried from (folded range).
    pub(crate) opening: Option<(usize, usize)>,
    /// It goes on the list of the clause before, past a ";" ([`read_listed_clause`]): it is said as that list's last
    /// figure is, reported or wanted, and of its year.
    pub(crate) listed_on: bool,
    /// Its own words compare it ("trên", "khoảng", "trở lên" after it), or a verb right before it says it is reached
    /// ("có"): no comparator carried holds for it.
    pub(crate) compared_itself: bool,
    /// The plan's figure after a slash, of a result over its plan ("23.076 tấn/90.000 tấn"): wanted, whatever the
    /// line's words say, and named as the result.
    pub(crate) plan_of_a_result: bool,
    /// The result before such a plan's figure: reported.
    pub(crate) result_over_plan: bool,
}

/// Folded ranges of the clauses of `s[start..end]`.
pub(crate) fn clauses(s: &str, start: usize, end: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut from = start;
    let mut depth = 0i32;
    // A bracket the text never closes ("(trừ hồ sơ công việc thuộc phạm vi bí mật nhà nước; 100% chế độ báo cáo
    // ...") holds no clause: the clauses after it are split as if it were not there.
    let unclosed = unclosed_brackets(sub(s, start, end));
    let mut i = start;
    while i < end {
        let c = at(s, i);
        match c {
            b'(' if !unclosed.contains(&(i - start)) => depth += 1,
            b')' => depth = (depth - 1).max(0),
            // A colon followed by a space ends the words that open a list ("UBND tỉnh đề ra một số mục
            // tiêu: tỷ lệ ..."): they are no figure's words.
            b';' | b'!' | b'?' if depth == 0 => {
                out.push((from, i));
                from = i + 1;
            }
            b':' if depth == 0 && at(s, i + 1) == b' ' => {
                out.push((from, i));
                from = i + 1;
            }
            // A sentence ends at ". ", or at a "." a word follows with no space, as pages run sentences together
            // ("... trên thị trường.Đến năm 2035, phấn đấu ..."; not an abbreviation's "tỷ.đ").
            b'.' if depth == 0
                && (i + 1 >= end || at(s, i + 1) == b' ' || word_follows(sub(s, i + 1, end)))
                && !at(s, i + 1).is_ascii_digit() =>
            {
                // Not the dot of an abbreviation such as "TP." or "Tp.": a sentence ends after a word of two or
                // more letters, a figure, a percent sign or a closing bracket, or a class's Roman numeral ("11 đô thị
                // loại V.", ha_nam_he_thong_do_thi_2030, a development text).
                let head = sub(s, from, i);
                let prev = sub(head, head.trim_end_matches(|c: char| c.is_ascii_alphabetic()).len(), head.len());
                let numeral = || ends_with_words(sub(s, from, i - 1).trim_end(), "loai");
                // Nor the dot of an amount's scale abbreviated before its "đồng" ("70,0 Tr. đồng", "15 Tr.đồng",
                // phuong_dong_son_bim_son_thanh_hoa_2020, a development text).
                let scale = || {
                    let next = sub(s, i + 1, end).trim_start();
                    ["tr", "ty", "ti"].contains(&prev) && ["dong", "d"].iter().any(|w| starts_with_words(next, w))
                };
                if (prev.len() != 1 || numeral()) && prev != "tp" && !scale() {
                    out.push((from, i));
                    from = i + 1;
                }
            }
            _ => {}
        }
        i += 1;
    }
    if from < end {
        out.push((from, end));
    }
    out
}

/// Whether folded `t` opens with a word of two letters or more.
fn word_follows(t: &str) -> bool {
    t.bytes().take_while(u8::is_ascii_alphabetic).count() >= 2
}

/// The offsets in `t` of the opening brackets no closing bracket matches.
fn unclosed_brackets(t: &str) -> Vec<usize> {
    let mut open = Vec::new();
    for (i, b) in t.bytes().enumerate() {
        match b {
            b'(' => open.push(i),
            b')' => {
                open.pop();
            }
            _ => {}
        }
    }
    open
}

struct Hit {
    number: NumberToken,
    value: f64,
    /// End of the figure with its unit words.
    unit_end: usize,
    unit_after: Option<MeasureUnit>,
    rank: bool,
    per_thousand: bool,
    /// A multiple read as an increase ("gấp 2 lần" = 100%): its value is not the number as written.
    multiple: bool,
    /// The clause's first figure goes on the list of the clause before ([`opens_a_listed_item`]).
    listed_on: bool,
    /// The level before it said in another unit ([`equivalent_of_a_level`]): it measures what that level does.
    equivalent: bool,
    /// The plan's figure after a slash, of a result over its plan ([`units::plan_after_a_result`]).
    plan: bool,
    /// The result before such a plan's figure.
    over_plan: bool,
}

impl Hit {
    /// A figure that is neither a rank's group nor a ratio per people.
    fn of(number: NumberToken, value: f64, unit_end: usize, unit_after: Option<MeasureUnit>) -> Self {
        Self {
            number,
            value,
            unit_end,
            unit_after,
            rank: false,
            per_thousand: false,
            multiple: false,
            listed_on: false,
            equivalent: false,
            plan: false,
            over_plan: false,
        }
    }

    /// A multiple read as an increase ([`increase_of`]): "gấp 2 lần", "gấp đôi".
    fn multiple(number: NumberToken, times: f64, unit_end: usize) -> Self {
        Self { multiple: true, ..Self::of(number, increase_of(times), unit_end, Some(MeasureUnit::PercentIncrease)) }
    }

    /// A ratio per thousand people.
    fn per_thousand(number: NumberToken, value: f64, unit_end: usize) -> Self {
        Self { per_thousand: true, ..Self::of(number, value, unit_end, Some(MeasureUnit::PerThousandPeople)) }
    }
}

/// The increase, in percent, that a multiple is: 2 times is 100%, 1,5 times 50%.
fn increase_of(times: f64) -> f64 {
    // Rounded to nine decimals, which the times written never pass: "tăng hơn 2,7 lần" was 170.00000000000003 (a probe
    // of 7 Dec 2026).
    ((times - 1.0) * 100.0 * 1e9).round() / 1e9
}

/// What a table's row says of the numbers of its cells that carry no unit of their own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Bare<'a> {
    /// Nothing: a bare number is no figure (running text, a row with no unit).
    Nothing,
    /// Percentages: a unit column's "%", a header's or a label's "(%)", a rate's row ("Tỷ lệ ...").
    Percent,
    /// The row's unit in words (folded): a unit column's "Tỷ đồng", a label's "(triệu USD)", a ratio's name
    /// ("Số bác sĩ/vạn dân").
    Named(&'a str),
    /// A row that counts what its label names (folded: "Số trạm y tế xã triển khai khám chữa bệnh từ xa"): a whole
    /// number alone, or with a noun the label names after it ("135 trạm"), is a count.
    Counted(&'a str),
}

/// The figures of `s[start..end]`; in a table's cell, a number with no unit of its own takes the row's
/// ([`Bare`]).
fn hits(s: &str, start: usize, end: usize, bare: Bare<'_>, listed: Option<MeasureUnit>) -> Vec<Hit> {
    let clause = sub(s, start, end);
    // A clause opening after a colon is listed after its name ("Vốn đầu tư phát triển toàn xã hội: từ 3,1 đến
    // 3,2 triệu tỷ đồng"): the words before a figure that may set or name it run from the name's start.
    let named_from = listed_name(s, start).map_or(start, |(from, _)| from);
    let mut out = Vec::new();
    // Counts said in words, each put among the figures before the next number, which may go on a list it opened ("có ít
    // nhất một trường cao đẳng ... và 2 cơ sở giáo dục", son_la_giao_duc_2030, a development text).
    let mut spelled = counts_in_words(s, (clause, start, named_from), listed);
    spelled.extend(multiples_in_words(clause, start));
    spelled.sort_by_key(|h| h.number.start);
    for t in numbers::tokens(clause) {
        out.extend(spelled.extract_if(.., |h| h.number.start < t.start + start));
        let Some(value) = t.value else { continue };
        // The clause's words before the figure, and whether they end with a ratio's "/" (the figure its denominator).
        let lead = sub(clause, 0, t.start);
        let denominator = lead.trim_end().ends_with('/');
        // "năm 2020 huyện Hưng Hà tiếp tục ...": a year, whatever follows it, not 2020 districts; nor what the places a
        // share counts have ("100% thôn có ít nhất 01 tổ công nghệ số").
        let year = ends_with_words(lead.trim_end(), "nam") && year_at(sub(clause, t.start, clause.len())).is_some();
        if year || qualifies_a_share(lead) {
            continue;
        }
        let number = NumberToken { start: t.start + start, end: t.end + start, value: t.value };
        let after = sub(clause, t.end, clause.len());
        let trimmed = after.trim_start();
        let gap = after.len() - trimmed.len();
        let named = sub(s, named_from, number.start);
        // The level before it said again in another unit ([`equivalent_of_a_level`]), an amount or a quantity.
        let equivalent = equivalent_of_a_level(s, &out, number.start);
        if let Some(sign) = percent_sign(trimmed, gap) {
            let rest = sub(after, gap + sign, after.len());
            if no_figure_of_its_own(rest, value) {
                continue;
            }
            let (unit_after, n) = units::after_percent(rest);
            let unit_after =
                unit_after.or_else(|| units::of_the_plan(lead, rest).then_some(MeasureUnit::PercentOfPlan));
            out.push(Hit::of(number, value, number.end + gap + sign + n, unit_after));
        } else if value >= 1.0 && value.fract() == 0.0 && units::rank(lead, after) {
            out.push(Hit { rank: true, ..Hit::of(number, value, number.end, Some(MeasureUnit::Rank)) });
        } else if value >= 1.0 && value.fract() == 0.0 && units::ranked_place(lead, after) {
            // "xếp hạng 15/34": a place to reach, its comparator read as any figure's.
            out.push(Hit::of(number, value, number.end, Some(MeasureUnit::Rank)));
        } else if let Some(n) = units::multiple(before_range(s, clause, start, number.start), after, value) {
            // "GRDP ... cao gấp hơn 2 lần so với năm 2025": an increase of 100%.
            out.push(Hit::multiple(number, value, number.end + n));
        } else if let Some((hit, factor)) = amount_hit(s, &out, number, (lead, named, after), equivalent) {
            if hit.plan {
                mark_result_over_plan(s, &mut out, number.start, (MeasureUnit::Dong, factor));
            }
            out.push(hit);
        } else if units::human_development_index(lead, value) {
            out.push(Hit::of(number, value, number.end, Some(MeasureUnit::Index)));
        } else if let Some(n) = units::index_points(lead, after).or_else(|| units::score_below_one(lead, after, value))
        {
            // "Chỉ số “Tiếp cận đất đai” đạt từ 6,5 điểm trở lên": an index's score.
            out.push(Hit::of(number, value, number.end + n, Some(MeasureUnit::Index)));
        } else if let Some(hit) = bare_hit(bare, number, value, after) {
            out.push(hit);
        } else if let Some((n, thousands)) = units::per_people_after(after) {
            if !denominator {
                out.push(Hit::per_thousand(number, value / thousands, number.end + n));
            }
        } else if let Some(thousands) = units::per_people_before(named, after).filter(|_| !denominator) {
            out.push(Hit::per_thousand(number, value / thousands, number.end));
        } else if let Some(n) = units::life_span(named, after) {
            // "tuổi thọ trung bình trên 76 tuổi": a span of years.
            out.push(Hit::of(number, value, number.end + n, Some(MeasureUnit::Years)));
        } else if let Some((unit, factor, n)) = units::rate_per(after) {
            // "năng suất lúa đạt 60 tạ/ha", "tổng tỷ suất sinh đạt 2,1 con/phụ nữ", "tỷ số giới tính khi sinh dưới 109
            // bé trai/100 bé gái": a yield, a fertility rate, a sex ratio at birth.
            out.push(Hit::of(number, scaled(value, factor), number.end + n, Some(unit)));
        } else if let Some(n) = units::stay_after(named, after) {
            // "thời gian lưu trú trung bình ... đạt 3,2 ngày/khách": a stay in days.
            out.push(Hit::of(number, value, number.end + n, Some(MeasureUnit::Days)));
        } else if let Some((unit, factor, v, n, plan)) = units::quantity_after(after)
            .map(|(unit, factor, n)| {
                let v = scaled(value, factor);
                let plan = units::plan_after_a_result(lead, (sub(after, 0, n), sub(after, n, after.len())), v);
                (unit, factor, v, n, plan)
            })
            .filter(|&(unit, _, v, n, plan)| {
                v.is_finite()
                    && (plan || !base_of_a_figure(lead, after, unit, v))
                    && (unit != MeasureUnit::Count || (v >= 1.0 && v.fract() == 0.0))
                    && (plan
                        || units::quantity_to_reach(named, unit)
                        || unit == MeasureUnit::Usd && floor_to_reach(named, sub(after, n, after.len()))
                        || unit == MeasureUnit::Count && units::count_with_no_verb(lead, after, n, v)
                        || units::to_reach_as_named_or_ranged(named, sub(after, 0, n), value, unit)
                        || listed_after_a_quantity(s, &out, number.start, unit)
                        || equivalent
                        || opens_a_listed_item(&out, listed, named, unit)
                        || counted_by_the_row(bare, sub(after, 0, n), unit)
                        || part_of_a_total(s, number.start)
                        || listed_under_a_total(s, &out, number.start, unit, v))
            })
        {
            // "GRDP bình quân đầu người đạt 8.500 USD", "diện tích cây chè 10.000 ha", "thành lập 2.000 doanh
            // nghiệp": a quantity to reach; not a speed that names the users a share counts ("50% người dùng tiếp
            // cận tốc độ trên 1 Gbps").
            if unit != MeasureUnit::Mbps || !names_whom_a_share_counts(s, &out, number.start) {
                let listed_on = opens_a_listed_item(&out, listed, named, unit);
                let hit = Hit::of(number, v, number.end + n, Some(unit));
                if plan {
                    mark_result_over_plan(s, &mut out, number.start, (unit, factor));
                }
                out.push(Hit { listed_on, equivalent, plan, ..hit });
            }
        }
    }
    out.append(&mut spelled);
    out.sort_by_key(|h| h.number.start);
    without_restatements(s, out)
}

/// Whether a figure after folded `lead` (its clause's words before it) says what the places or households a share
/// counts have: "100% xã, phường có ít nhất 01 điểm truy cập Wifi công cộng", "100% thôn có ít nhất 01 tổ công nghệ
/// số cộng đồng", "100% xã, phường có chỉ số DTI trên 0,5 điểm" (probes of 6 Dec 2026; the corpus labels the share
/// alone, "100% hộ gia đình có ít nhất 1 thiết bị thông minh", ho_chi_minh_cong_dan_so, a development text). The
/// share, the places (a list of them, "xã, phường, thị trấn"), "có" and at most five words before the figure, none a
/// verb that gives it.
fn qualifies_a_share(lead: &str) -> bool {
    const PLACES: [&str; 20] = [
        "xa", "phuong", "thi", "tran", "dac", "khu", "thon", "to", "dan", "pho", "ap", "ban", "ho", "gia", "dinh",
        "truong", "hoc", "so", "cac", "va",
    ];
    let Some(share) = lead.rfind('%') else { return false };
    let rest = sub(lead, share + 1, lead.len());
    let Some(has) = find_words(rest, "co").next() else { return false };
    let places = sub(rest, 0, has);
    let condition = sub(rest, has + 2, rest.len());
    let named = words(places).count();
    (1..=6).contains(&named)
        && words(places).all(|w| PLACES.contains(&w))
        && !places.contains([';', '.', ':'])
        && words(condition).count() <= 5
        && !condition.contains([',', ';', '.', ':'])
        && !words(condition).any(|w| matches!(w, "dat" | "la" | "chiem"))
}

/// An amount in đồng after figure `number` ([`units::amount_after`]; `lead` and `named`, the clause's words before it,
/// from the clause's start and from its name's; `after`, the words after it) that is one to reach, with its scale:
/// "GRDP bình quân đầu người đạt 95,14 triệu đồng", the plan after a result ("đạt 4.209/6.216 tỷ đồng"), a floor, the
/// level before in other units, a part listed under a total.
fn amount_hit(
    s: &str,
    found: &[Hit],
    number: NumberToken,
    (lead, named, after): (&str, &str, &str),
    equivalent: bool,
) -> Option<(Hit, f64)> {
    let (factor, n) = units::amount_after(after)?;
    let value = scaled(number.value?, factor);
    // A sector's value before its share of the economy ("giá trị thương mại dịch vụ đạt 298 tỉ đồng, chiếm 48%",
    // xa_an_binh_bac_ninh_2023, a development text): the share is the structure's target, the value its part.
    if share_after(sub(after, n, after.len())) {
        return None;
    }
    let plan = units::amount_after_a_result(lead);
    let to_reach = plan
        || units::amount_to_reach(named)
        || floor_to_reach(named, sub(after, n, after.len()))
        || equivalent
        || listed_under_a_total(s, found, number.start, MeasureUnit::Dong, value);
    let hit = Hit { equivalent, plan, ..Hit::of(number, value, number.end + n, Some(MeasureUnit::Dong)) };
    (value.is_finite() && to_reach).then_some((hit, factor))
}

/// Whether the words right after an amount (folded `rest`, after its unit) give its share: ", chiếm 48%", ", chiếm
/// khoảng 8%", ", chiếm tỷ trọng 44%".
fn share_after(rest: &str) -> bool {
    let Some(t) = rest.trim_start().strip_prefix(',') else { return false };
    let Some(t) = t.trim_start().strip_prefix("chiem ") else { return false };
    let t = ["ty trong ", "khoang "].iter().fold(t.trim_start(), |t, w| t.strip_prefix(w).unwrap_or(t).trim_start());
    let digits = t.trim_start_matches(|c: char| c.is_ascii_digit() || c == ',' || c == '.');
    digits.len() < t.len() && digits.trim_start().starts_with('%')
}

/// Marks the result of the plan's figure at `plan_start` after a slash as reported: the last of `found` when it stands
/// right before it ("23.076 tấn/90.000 tấn"), else the bare number right before the slash, read in the plan's unit and
/// scale (`unit`, `factor`: "4.209/6.216 tỷ đồng", "4.508.906/4.295.000 tấn").
fn mark_result_over_plan(s: &str, found: &mut Vec<Hit>, plan_start: usize, (unit, factor): (MeasureUnit, f64)) {
    if let Some(result) = found.last_mut().filter(|r| sub(s, r.number.end, plan_start).len() <= 12) {
        result.over_plan = true;
        return;
    }
    let from = plan_start.saturating_sub(48);
    let Some(t) = numbers::before_a_slash(sub(s, from, plan_start)) else { return };
    let number = NumberToken { start: from + t.start, end: from + t.end, value: t.value };
    if let Some(value) = number.value.map(|v| scaled(v, factor)).filter(|v| v.is_finite()) {
        found.push(Hit { over_plan: true, ..Hit::of(number, value, number.end, Some(unit)) });
    }
}

/// Whether a quantity `v` in `unit` (folded `lead` and `after`, the clause's words before and after it) is what
/// another figure is counted on or out of, not a figure.
fn base_of_a_figure(lead: &str, after: &str, unit: MeasureUnit, v: f64) -> bool {
    // "3/4 trường học": the 4 is how many there are, not a figure; so is "01 trong 22 huyện nghèo toàn quốc"
    // (huyen_a_luoi_hue_giam_ngheo_2025, a development text), one of them.
    let one_of = |t: &str| {
        t.strip_suffix("trong")
            .is_some_and(|b| b.ends_with(' ') && b.trim_end().ends_with(|c: char| c.is_ascii_digit()))
    };
    let out_of = lead.ends_with('/') || unit == MeasureUnit::Count && one_of(lead.trim_end());
    // "tại tất cả 56 phường, xã": all the places a figure holds in, counted as they are.
    let all_of = unit == MeasureUnit::Count && ends_with_words(lead.trim_end(), "tat ca");
    // "giá trị sản phẩm thu hoạch trên 1ha đất trồng trọt ... đạt 170 triệu đồng": per hectare, what an amount is
    // counted on, not more than one hectare.
    let per_one_hectare = unit == MeasureUnit::Hectare && v == 1.0 && ends_with_words(lead.trim_end(), "tren");
    // "số doanh nghiệp đang hoạt động trên 1000 dân đạt 2 doanh nghiệp": what a count is per, not more than a thousand
    // people.
    let per_inhabitants = unit == MeasureUnit::Count
        && [100.0, 1000.0, 10000.0, 100000.0].contains(&v)
        && ends_with_words(lead.trim_end(), "tren")
        && starts_with_words(after.trim_start(), "dan");
    out_of || all_of || per_one_hectare || per_inhabitants
}

/// Whether an amount (folded `named`, the words before it; `after`, the words after its unit) is a floor to reach that
/// its name opens with "từ" and "trở lên" closes: "Mục tiêu năm 2026 là thu ngân sách từ 150.000 tỷ đồng trở lên"
/// (dong_nai_thu_ngan_sach_2026, a development text), read as its name alone would be ("thu ngân sách 150.000 tỷ
/// đồng"); "từ" alone may open a change ("GRDP từ 50.000 tỷ đồng năm 2020 lên ..."). So is an amount in dollars
/// ("GRDP bình quân đầu người từ 11.800 USD trở lên", a probe of 7 Dec 2026, went unused).
fn floor_to_reach(named: &str, after: &str) -> bool {
    let t = named.trim_end();
    // Not the "tư" of "đầu tư", which folds to the same "tu".
    (!ends_with_words(t, "dau tu"))
        .then_some(t)
        .and_then(|t| t.strip_suffix("tu"))
        .is_some_and(|name| name.ends_with(' ') && comparators::or_more_after(after) && units::amount_to_reach(name))
}

/// The folded length of the words after a figure (`trimmed`, from the first) that make it percentage points, a
/// percentage's difference, read as a percentage: "giảm 1-1,5 điểm%/năm", "đóng góp 5,59 điểm phần trăm vào tăng
/// trưởng GRDP" (thai_nguyen_quy_hoach_2030, quang_tri_2026, development texts).
fn percentage_points(trimmed: &str) -> Option<usize> {
    let rest = trimmed.strip_prefix("diem")?;
    let sign = rest.trim_start();
    let gap = rest.len() - sign.len();
    let n = if sign.starts_with('%') {
        1
    } else if super::folded::starts_with_words(sign, "phan tram") {
        "phan tram".len()
    } else {
        return None;
    };
    Some("diem".len() + gap + n)
}

/// Whether the words after a percentage's sign (folded `rest`) leave it no figure of its own: it opens a range ("10% –
/// 11%/năm", one figure, its upper bound's), or it counts the delegates of a session who voted ("100% Đại biểu HĐND quận
/// đã ... biểu quyết thông qua 09 nghị quyết", quan_nam_tu_liem_ha_noi_2024, a development text), no figure of a plan.
fn no_figure_of_its_own(rest: &str, value: f64) -> bool {
    numbers::opens_percent_range(rest, value) || starts_with_words(rest.trim_start(), "dai bieu")
}

/// The counts said in words of `clause` (`s` from `start`; the words naming them run from `named_from`), in order
/// ([`counted_in_words`]); `listed`, the unit of the list the clause may go on.
fn counts_in_words(
    s: &str,
    (clause, start, named_from): (&str, usize, usize),
    listed: Option<MeasureUnit>,
) -> Vec<Hit> {
    numbers::in_words(clause)
        .into_iter()
        .filter_map(|t| {
            let number = NumberToken { start: t.start + start, end: t.end + start, value: t.value };
            counted_in_words(sub(s, named_from, number.start), number, sub(clause, t.end, clause.len()), listed)
        })
        .collect()
}

/// The multiples of `clause` (`s` from `start`) said in words, read as increases as "gấp 2 lần" is: "tăng gấp đôi" (twice:
/// 100%), "gấp rưỡi" (one and a half times: 50%) (da_nang_ha_tang_so_2027, a development text: "tăng gấp đôi tốc độ tải
/// xuống trung bình ... so với năm 2024").
fn multiples_in_words(clause: &str, start: usize) -> Vec<Hit> {
    numbers::multiples_in_words(clause)
        .into_iter()
        .filter_map(|t| {
            let token = NumberToken { start: t.start + start, end: t.end + start, ..t };
            t.value.map(|times| Hit::multiple(token, times, token.end))
        })
        .collect()
}

/// A count said in words ([`numbers::in_words`]) before the things counted ([`units::quantity_after`]), set to
/// reach as a count in digits is, or with a comparator of its own: "có thêm hai huyện nông thôn mới", "ít nhất một mô hình", "giúp
/// thêm được hai gia đình hội viên trở lên".
fn counted_in_words(named: &str, number: NumberToken, after: &str, listed: Option<MeasureUnit>) -> Option<Hit> {
    // "một" after "là" or "trở thành" is an article: it says what a place is or becomes, no count ("xây dựng Đông Ngàn
    // là một phường trung tâm của thị xã", a probe of 7 Dec 2026, was a target of 1).
    let article = number.value == Some(1.0) && ["la", "tro thanh"].iter().any(|w| ends_with_words(named.trim_end(), w));
    if article {
        return None;
    }
    let (unit, factor, n) = units::quantity_after(after)?;
    let value = scaled(number.value?, factor);
    let rest = sub(after, n, after.len());
    let compared = comparators::before(named).is_some() || comparators::or_more_after(rest);
    // Or the next item of a list of counts ("có một đô thị loại II ...; một đô thị loại III ...; ba đô thị loại IV ...",
    // binh_thuan_phat_trien_do_thi_2025, a development text), as a count in digits is.
    let to_reach = units::quantity_to_reach(named, unit)
        || units::completed_after(rest)
        || opens_a_listed_item(&[], listed, named, unit);
    (unit == MeasureUnit::Count && value.is_finite() && (compared || to_reach))
        .then(|| Hit::of(number, value, number.end + n, Some(unit)))
}

/// A number of a table's cell with no unit of its own, in the row's unit ([`Bare`]): "72,5" in a rate's row,
/// "33.000-34.000" in a row "(tỷ đồng)" (its high end, the low end being part of it), "15-16" in a row "Số bác
/// sỹ trên vạn dân" (1.6 per thousand people).
fn bare_hit(bare: Bare<'_>, number: NumberToken, value: f64, after: &str) -> Option<Hit> {
    let trimmed = after.trim_start();
    if trimmed.starts_with(|c: char| c.is_ascii_alphanumeric()) || numbers::opens_range(after, value) {
        return None;
    }
    match bare {
        Bare::Nothing => None,
        Bare::Percent => Some(Hit::of(number, value, number.end, None)),
        Bare::Counted(_) => {
            (value >= 1.0 && value.fract() == 0.0).then(|| Hit::of(number, value, number.end, Some(MeasureUnit::Count)))
        }
        Bare::Named(words) => match units::unit_words(words)? {
            units::UnitWords::Times(unit, factor) => {
                let v = scaled(value, factor);
                (v.is_finite() && (unit != MeasureUnit::Count || v.fract() == 0.0))
                    .then(|| Hit::of(number, v, number.end, Some(unit)))
            }
            units::UnitWords::PerThousands(thousands) => Some(Hit::per_thousand(number, value / thousands, number.end)),
        },
    }
}

/// Whether a figure at `number_start` is one of the parts a bracket lists under a total of its line ("Tổng diện tích
/// gieo trồng hằng năm: 3.830 ha. (trong đó: Cây Ngô lai, rau đậu các loại 2.700 ha; Lúa nước 2 vụ 40 ha; ..."): the
/// bracket opens with "trong đó" after a figure and is not closed before it.
fn part_of_a_total(s: &str, number_start: usize) -> bool {
    let line = sub(s, sub(s, 0, number_start).rfind('\n').map_or(0, |i| i + 1), number_start);
    // The bracket still open at the figure, past the closed ones inside it ("cây tinh bột (Mỳ) 500; cây Mía 370 ha").
    unclosed_brackets(line).last().is_some_and(|&open| {
        starts_with_words(sub(line, open + 1, line.len()).trim_start(), "trong do")
            && sub(line, 0, open).contains(|c: char| c.is_ascii_digit())
    })
}

/// The words (folded) with which a bracket after a total lists the parts it comprises: "(gồm: ...)", "(bao gồm ...)".
const COMPRISING: [&str; 2] = ["bao gom", "gom"];

/// Whether a figure at `number_start` is one of the parts "trong đó" lists right after a total of the same unit
/// read before it ("đạt trên 13.828 tỷ đồng (trong đó, nông nghiệp 11.255 tỷ đồng, lâm nghiệp 788 tỷ đồng ...)",
/// "sản lượng 13.828 tấn, trong đó nông nghiệp 11.255 tấn, ..."): every figure since the total is of its unit,
/// and no sentence or bracket closes between. A total not read (a cost) lists no parts either, and a part is no more
/// than its total (`value`, the part's). The total may end the sentence before ("đón 1,6 triệu lượt khách du lịch.
/// Trong đó, 1,4 triệu lượt khách nội địa, 200 nghìn ...").
fn listed_under_a_total(s: &str, found: &[Hit], number_start: usize, unit: MeasureUnit, value: f64) -> bool {
    // The bracket the figure is in, still open: its parts may be parted by ";" ("1.148.476 ha đất lâm nghiệp (gồm:
    // 171.062 ha rừng đặc dụng; 370.405 ha rừng phòng hộ; ...)").
    let open = sub(s, 0, number_start).rfind('(').filter(|&o| !sub(s, o, number_start).contains(')'));
    for p in found.iter().rev() {
        let between = sub(s, p.unit_end, number_start);
        // A full stop, not a thousands separator ("11.255"): the figures before are the sentence before's.
        if between.contains(". ") {
            break;
        }
        // A figure before the bracket is its total if only the words naming it stand between ("1.148.476 ha đất lâm
        // nghiệp (gồm: ...").
        let named_before = |o: usize| {
            let name = sub(s, p.unit_end, o);
            !name.contains(|c: char| c.is_ascii_digit() || matches!(c, ',' | ';' | '.')) && words(name).count() <= 8
        };
        let in_bracket = open.is_some_and(|o| p.unit_end > o || named_before(o));
        if p.unit_after != Some(unit) || between.contains([')', '\n']) || (between.contains(';') && !in_bracket) {
            break;
        }
        // "trong đó" or, for a total whose parts it comprises, "gồm" ("bao gồm"), right after the total or opening
        // the bracket after its name.
        let opening = match open.filter(|&o| p.unit_end <= o && named_before(o)) {
            Some(o) => sub(s, o + 1, number_start),
            None => between.trim_start_matches([' ', ',', '(']),
        };
        let opening = opening.trim_start();
        if starts_with_words(opening, "trong do") || COMPRISING.iter().any(|w| starts_with_words(opening, w)) {
            return value <= p.value;
        }
        // "giải quyết việc làm cho 50.000 lao động (20.000 lao động trực tiếp)": a smaller figure opening a bracket
        // right after its total, with the words that say which part it is.
        if between.trim() == "(" && value < p.value {
            let inside = sub(s, number_start, s.len());
            return words(sub(inside, 0, inside.find([')', '\n']).unwrap_or(inside.len()))).count() >= 3;
        }
    }
    total_ends_the_sentence_before(s, number_start, unit, value) || parted_after_a_total(s, number_start, unit, value)
}

/// The words (folded) that open a list of the parts of a total read just before: "trong đó", "cụ thể", "gồm".
const PARTS_OPENING: [&str; 4] = ["trong do", "cu the", "bao gom", "gom"];

/// Whether a figure at `number_start` is a part of a list that ";" parts or ":" opens, after "trong đó", "cụ thể" or
/// "gồm" right after a total of `unit` no less than `value` (after a comma, or ending the sentence before, at most three
/// words after its unit), with no bracket between, each part before it a figure of the same unit: "Số hộ sản xuất, kinh
/// doanh cá thể vào năm 2020: 500 hộ, trong đó, dịch vụ - thương mại 421 hộ; công nghiệp, tiểu thủ công nghiệp 50 hộ;
/// nông, lâm nghiệp 29 hộ", "... nâng cấp được 555 km đường giao thông. Cụ thể, ... nâng cấp 55 km quốc lộ; 99 km
/// đường huyện", "Tổng sản lượng cây có hạt 181.252 tấn, gồm: lúa 173.574 tấn". The clauses part at ";" and ":", so the
/// total is not among the clause's figures.
fn parted_after_a_total(s: &str, number_start: usize, unit: MeasureUnit, value: f64) -> bool {
    let line = sub(s, sub(s, 0, number_start).rfind('\n').map_or(0, |i| i + 1), number_start);
    let Some(opening) = PARTS_OPENING.iter().filter_map(|w| find_words(line, w).last()).max() else { return false };
    let (before, list) = (sub(line, 0, opening), sub(line, opening, line.len()));
    if list.contains(['(', ')']) || list.contains(". ") || !list.contains([';', ':']) {
        return false;
    }
    // A change of the part before, not a part: "Chi đầu tư phát triển: 5.962 tỷ đồng, tăng so với dự toán ... năm 2025
    // là 316 tỷ đồng" (quang_ngai_thu_ngan_sach_2026, a development text).
    let own = sub(list, list.rfind([',', ';', ':']).map_or(0, |i| i + 1), list.len()).trim_start();
    if ["tang", "giam", "cao hon", "thap hon", "bang"].iter().any(|w| starts_with_words(own, w)) {
        return false;
    }
    // The total ends what stands before the opening, but for a comma, or the sentence before it.
    let before = before.trim_end();
    let (before, words_after) = match before.strip_suffix('.') {
        Some(sentence) => (sub(sentence, sentence.rfind(". ").map_or(0, |i| i + 2), sentence.len()), 3),
        None => (before, 0),
    };
    let total = numbers::tokens(before)
        .last()
        .and_then(|t| quantity_of(t, before, unit))
        .filter(|&(total, rest)| words(rest.trim_matches([' ', ','])).count() <= words_after && value <= total);
    // Every part before the figure's, ";" parted, holds a figure of the unit.
    let parts = list.split(';').collect::<Vec<_>>();
    let earlier = parts.len().saturating_sub(1);
    total.is_some()
        && parts.iter().take(earlier).all(|p| numbers::tokens(p).iter().any(|t| quantity_of(t, p, unit).is_some()))
}

/// The quantity of `unit` the figure `t` of `text` reads, times its scale, and the text after its unit's words: an
/// amount in đồng ([`units::amount_after`]) or another quantity ([`units::quantity_after`]).
fn quantity_of<'t>(t: &NumberToken, text: &'t str, unit: MeasureUnit) -> Option<(f64, &'t str)> {
    let after = sub(text, t.end, text.len());
    let (factor, n) = if unit == MeasureUnit::Dong {
        units::amount_after(after)?
    } else {
        units::quantity_after(after).filter(|(u, _, _)| *u == unit).map(|(_, factor, n)| (factor, n))?
    };
    Some((scaled(t.value?, factor), sub(after, n, after.len())))
}

/// Whether the sentence of the figure at `number_start` opens with "Trong đó", with no bracket or ";" before the figure,
/// and the sentence before it, in its line, ends with a total of `unit` no less than `value`, at most three words
/// after its unit ("đón 1,6 triệu lượt khách du lịch.").
fn total_ends_the_sentence_before(s: &str, number_start: usize, unit: MeasureUnit, value: f64) -> bool {
    let line = sub(s, 0, number_start).rfind('\n').map_or(0, |i| i + 1);
    let Some(stop) = sub(s, line, number_start).rfind(". ").map(|i| line + i) else {
        return false;
    };
    let opening = sub(s, stop + 1, number_start);
    if !starts_with_words(opening.trim_start(), "trong do") || opening.contains([';', ')', '(']) {
        return false;
    }
    let sentence = sub(s, line, stop);
    let sentence = sub(sentence, sentence.rfind(". ").map_or(0, |i| i + 2), sentence.len());
    numbers::tokens(sentence)
        .last()
        .and_then(|t| quantity_of(t, sentence, unit))
        .is_some_and(|(total, rest)| words(rest).count() <= 3 && value <= total)
}

/// Whether a figure at `number_start` follows a percentage of its clause with no break between: it says what
/// the share counts ("tối thiểu 30% người sử dụng có khả năng truy cập băng rộng cố định với tốc độ trên 1Gb/s").
fn names_whom_a_share_counts(s: &str, found: &[Hit], number_start: usize) -> bool {
    found.last().is_some_and(|p| {
        let share = |u: MeasureUnit| {
            matches!(
                u,
                MeasureUnit::Percent
                    | MeasureUnit::PercentOfGrdp
                    | MeasureUnit::PercentPerYear
                    | MeasureUnit::PercentIncrease
                    | MeasureUnit::PercentReduction
            )
        };
        let percent = !p.rank && !p.per_thousand && !p.multiple && p.unit_after.is_none_or(share);
        percent && !sub(s, p.unit_end, number_start).contains([',', ';', '.', ':', '\n'])
    })
}

/// Whether a clause's first figure (none in `found` before it), of a unit a list of quantities to reach may hold, is its
/// list's next item after the clause before it ended with a quantity of its unit (`listed`) and a ";": a few words name
/// it (`named`), and nothing else stands before it ("Dừa 1 tỷ USD, con tôm 1 tỷ USD, con bò 500 triệu USD; cây giống,
/// hoa cảnh 500 triệu USD"; "diện tích lúa 300 ha; ngô 450 ha"; ben_tre_nong_nghiep_2025, a development text).
fn opens_a_listed_item(found: &[Hit], listed: Option<MeasureUnit>, named: &str, unit: MeasureUnit) -> bool {
    found.is_empty()
        && listed == Some(unit)
        && listable(unit)
        && words(named).count() <= 5
        && !named.contains(|c: char| c.is_ascii_digit())
}

/// The length of the percent sign after a figure (`trimmed`, the words after it, `gap` the spaces before them): "%"
/// right after it, "phần trăm", or a change in percentage points.
fn percent_sign(trimmed: &str, gap: usize) -> Option<usize> {
    if trimmed.starts_with('%') && gap <= 1 {
        Some(1)
    } else if super::folded::starts_with_words(trimmed, "phan tram") {
        Some(9)
    } else {
        percentage_points(trimmed)
    }
}

/// Whether a count in a table's cell counts what its row's label names: a noun the label names right after it ("135
/// trạm" in the row "Số trạm y tế xã triển khai khám chữa bệnh từ xa"; a probe of 7 Dec 2026: it was no figure).
fn counted_by_the_row(bare: Bare<'_>, things: &str, unit: MeasureUnit) -> bool {
    let Bare::Counted(label) = bare else { return false };
    let noun = units::noun_of(things);
    unit == MeasureUnit::Count && !noun.is_empty() && find_words(label, noun).next().is_some()
}

/// Whether quantities of `unit` may be listed after one to reach and be to reach with it: counts, areas, tonnes,
/// lengths, volumes, dollars ([`listed_after_a_quantity`], [`opens_a_listed_item`]).
fn listable(unit: MeasureUnit) -> bool {
    unit == MeasureUnit::Count || units::physical(unit) || unit == MeasureUnit::Usd
}

/// Whether a quantity at `number_start` goes on a list of quantities of its unit to reach that the last figure of
/// `found` opened, a few words back with "và" or a comma between: counts ("thu hút khoảng 50 ngàn lượt khách quốc tế
/// và 1,5 triệu lượt khách nội địa", "đón 950 nghìn lượt khách, trong đó 300 lượt khách quốc tế"), areas, tonnes,
/// dollars ("300 ha nhóm sản phẩm cây giống - hoa cảnh và 450 ha nhóm sản phẩm tôm", ben_tre_nong_nghiep_2025, a
/// development text).
fn listed_after_a_quantity(s: &str, found: &[Hit], number_start: usize, unit: MeasureUnit) -> bool {
    found.last().is_some_and(|p| {
        let between = sub(s, p.unit_end, number_start);
        p.unit_after == Some(unit)
            && listable(unit)
            && words(between).count() <= 8
            && !between.contains(['.', ';', ':', '(', ')'])
            && (between.contains(',') || find_words(between, "va").next().is_some())
            && !between.contains(|c: char| c.is_ascii_digit())
    })
}

/// Whether folded `t` opens with "tương ứng" (corresponding) or "tương đương" (equal to).
fn corresponds(t: &str) -> bool {
    ["tuong ung", "tuong duong"].iter().any(|w| starts_with_words(t, w))
}

/// Whether the figure at `number_start` is the equivalent in another unit of the level the last figure of `found`
/// set, a comma and "tương đương" or "tương ứng" after its name: "khoảng 130 triệu đồng, tương đương 5.000 USD",
/// "hoàn thành khoảng 5.440 căn, tương đương 1.470.000m2 sàn" (lang_son_dang_bo_ubnd, ha_tinh_nha_o_2030, development
/// texts). A level in one unit is set in the other as well; a rate's equivalent ("tăng 10,6%, tương ứng tăng thêm
/// khoảng 6.490 tỷ đồng") is derived from it and is not ([`without_restatements`]).
fn equivalent_of_a_level(s: &str, found: &[Hit], number_start: usize) -> bool {
    found.last().is_some_and(|p| {
        let between = sub(s, p.unit_end, number_start);
        let opened = between.rsplit_once(',').map_or("", |(_, opened)| opened.trim_start());
        p.unit_after.is_some_and(units::carries_own_comparator)
            && corresponds(opened)
            && words(between).count() <= 8
            && !between.contains(['.', ';', ':', '(', ')'])
            && !between.contains(|c: char| c.is_ascii_digit())
    })
}

/// The words of `clause` (starting at folded `start` of `s`) before the figure at `number_start`, or before the
/// lower bound of the range it closes ("tăng 1,5 - 2 lần": "tăng").
fn before_range<'s>(s: &str, clause: &'s str, start: usize, number_start: usize) -> &'s str {
    let at = numbers::range_low(s, number_start).map_or(number_start, |(low, _)| low.start).max(start);
    sub(clause, 0, at - start)
}

/// The figures without those that say the one before them again in another unit, after "=" or in brackets:
/// brackets opened right after it ("đạt 50% (8 xã)", "6.300 USD/năm trở lên (khoảng 166 triệu đồng ...)",
/// "58,9% (66/112 thôn, tăng thêm 20 thôn)"), or holding nothing but the figure ("50% căn nhà ven kênh rạch
/// (20.000 căn)"); "3 trường = 100%"; what "tương ứng" (corresponding) or "tương đương" opens; and a month's
/// average in brackets.
fn without_restatements(s: &str, hits: Vec<Hit>) -> Vec<Hit> {
    let mut kept: Vec<Hit> = Vec::with_capacity(hits.len());
    for h in hits {
        let restated = kept.last().is_some_and(|p: &Hit| {
            let between = sub(s, p.unit_end, h.number.start);
            let bracket = between.find('(');
            let opened_after = bracket.is_some_and(|i| {
                super::folded::words(sub(between, 0, i)).count() <= 2 && !sub(between, i, between.len()).contains(')')
            });
            let alone = between.trim_end().ends_with('(') && sub(s, h.unit_end, s.len()).trim_start().starts_with(')');
            // A rate in brackets after an amount says more than it ("3,2 triệu tỷ đồng (theo giá hiện hành, tăng từ
            // 12,5 đến 13,5%/năm)"): only quantities are said again in brackets.
            let quantity = h.unit_after.is_some_and(units::carries_own_comparator);
            // "GRDP dự kiến tăng 10,6%, tương ứng tăng thêm khoảng 6.490 tỷ đồng": the same change in đồng.
            // "giảm từ 2% trở lên, tương ứng với số hộ giảm trên 3.415 hộ": the floor's words go before.
            let opened = between.trim_start_matches([' ', ',']);
            let opened = opened.strip_prefix("tro len").unwrap_or(opened).trim_start_matches([' ', ',']);
            // "(tăng 3,89 tạ/ha so với năm 2020, tương đương 7,6%)": the change compared says it again.
            let last_part = between.rfind(',').map_or(opened, |i| sub(between, i + 1, between.len()).trim_start());
            // A level's equivalent in another unit is set as well, a target of its own: "khoảng 130 triệu đồng,
            // tương đương 5.000 USD", "5.440 căn, tương đương 1.470.000m2 sàn". A rate's is derived from it.
            let derived = !p.unit_after.is_some_and(units::carries_own_comparator);
            let same = derived && corresponds(opened) && !between.contains(|c: char| c.is_ascii_digit())
                || corresponds(last_part) && find_words(between, "so voi").next().is_some();
            // "Giảm số hộ nghèo: 30% (tương đương 890 hộ, 0,04%)": what a bracket that "tương đương" opens right
            // after a figure holds says that figure again, in whatever unit.
            let equivalent =
                opened_after && bracket.is_some_and(|i| corresponds(sub(between, i + 1, between.len()).trim_start()));
            // "đạt 100% KH (KH 3.658 tỷ đồng)": a bracket opening with the plan gives its own figure, a target.
            let plans = bracket
                .is_some_and(|i| super::reports::opens_with_the_plan(sub(between, i + 1, between.len()).trim_start()));
            // "tăng 9-10% so cùng kỳ năm 2022 (bình quân 1 tháng khoảng 21 ngàn tỷ đồng)": a month's average of the year's
            // figure before (dong_nai_cong_thuong_2023, a development text).
            let monthly = bracket.is_some_and(|i| {
                let inside = sub(between, i + 1, between.len()).trim_start();
                !inside.contains(')')
                    && ["binh quan 1 thang", "binh quan mot thang", "binh quan moi thang", "binh quan hang thang"]
                        .iter()
                        .any(|w| starts_with_words(inside, w))
            });
            !plans
                && (equivalent
                    || monthly
                    || p.unit_after != h.unit_after
                        && (between.trim() == "=" || same || quantity && (opened_after || alone)))
        });
        if !restated {
            kept.push(h);
        }
    }
    kept
}

/// The folded range of the name a clause opening at `start` is listed after, without its colon ("Tỷ lệ nhà ở
/// kiên cố đến năm 2020: 98%"): from the sentence's start, or the colon or ";" before, to the colon. Not from the
/// dots of a number's thousands ("Tổng chi: 41.991.268 triệu đồng, trong đó: ngân sách cấp tỉnh: 26.096.016 triệu
/// đồng", nghe_an_ngan_sach_cap_xa_2025, a development text: the name is "ngân sách cấp tỉnh").
fn listed_name(s: &str, start: usize) -> Option<(usize, usize)> {
    let before = sub(s, 0, start).trim_end();
    let colon = before.strip_suffix(':')?.len();
    let head = sub(before, 0, colon);
    let from = head
        .match_indices(['\n', '.', ';', ':'])
        .map(|(i, _)| i)
        .rfind(|&i| !(at(head, i) == b'.' && between_digits(head, i)))
        .map_or(0, |i| i + 1);
    // Nor from a figure of the list before it: "..., ngân sách cấp tỉnh: 26.096.016 triệu đồng, ngân sách cấp xã:
    // 15.895.252 triệu đồng" names "ngân sách cấp xã" after the comma.
    // Only the name's own stretch is searched: a filter over the commas of the whole text before it would walk to its
    // start at every clause (twice the reader's time on 1 MB, 5 Dec 2026).
    let name = sub(head, from, colon);
    let figure_before = |&i: &usize| sub(name, 0, i).contains(|c: char| c.is_ascii_digit());
    let from = name.match_indices(',').map(|(i, _)| i).rfind(figure_before).map_or(from, |i| from + i + 1);
    (from < colon).then_some((from, colon))
}

/// Whether the mark at `i` of `s` stands between two digits: a number's decimal comma or thousands' dot ("65,0",
/// "41.991.268"), no break between words.
fn between_digits(s: &str, i: usize) -> bool {
    i > 0 && at(s, i - 1).is_ascii_digit() && at(s, i + 1).is_ascii_digit()
}

/// Whether a listed figure's name (folded `s[a..b]`) names a tier's part of a total its sentence gave before it, after
/// "trong đó": "Tổng chi ngân sách địa phương: 41.991.268 triệu đồng, trong đó: ngân sách cấp tỉnh: 26.096.016 triệu
/// đồng" (nghe_an_ngan_sach_cap_xa_2025, a development text). Its words besides the tier ("ngân sách") are all the
/// sentence's before it: it measures what the total does, at its tier.
fn a_tiers_part(s: &str, (a, b): (usize, usize)) -> bool {
    let name = sub(s, a, b);
    // The sentence before the name, looked for in the 600 bytes before it: not the whole text at every listed figure.
    let lo = (0..=a.saturating_sub(600)).rev().find(|&i| s.is_char_boundary(i)).unwrap_or(0);
    let before = sub(s, lo, a);
    let sentence = sub(before, before.rfind(['\n', ';']).or_else(|| before.rfind(". ")).map_or(0, |i| i + 1), a - lo);
    let own: Vec<&str> = words(name).filter(|w| !tiers::tier_word(w)).collect();
    tiers::tier_in(name, false).is_some()
        && find_words(sentence, "trong do").next().is_some()
        && !own.is_empty()
        && own.iter().all(|w| find_words(sentence, w).next().is_some())
}

/// Where the last figure's segment of a clause `..end` ends: at the clause's end, or at its last comma after the figure
/// (`unit_end`) when a colon ends the clause and a short name follows that comma, the next figure's in a list
/// ("ngân sách cấp tỉnh: 26.096.016 triệu đồng, ngân sách cấp xã: 15.895.252 triệu đồng"); not the rest of a long
/// clause the colon ends ("100% hồ sơ công việc tại cấp tỉnh, cấp huyện và cấp xã được xử lý trên môi trường mạng (trừ
/// ...): 90% ...").
fn next_name_start(s: &str, unit_end: usize, end: usize) -> usize {
    if at(s, end) != b':' {
        return end;
    }
    let after = sub(s, unit_end, end);
    let short_name = |i: &usize| {
        let name = sub(after, i + 1, after.len());
        words(name).count() <= 6 && !name.contains(['(', ')'])
    };
    after.rfind(',').filter(short_name).map_or(end, |i| unit_end + i)
}

/// Whether the words after a figure, to the next comma, semicolon or full stop, name nothing ("98%.", "8tỷđ;
/// tăng thu ...", "60trđ/người/năm, tăng 24trđ ..."), its comparator after it left out ("45,6 tỷ đồng trở lên.", a
/// probe of 7 Dec 2026: the name listed before it was not read).
fn nothing_named_after(after: &str) -> bool {
    let upto = after.find([',', ';', '.', '\n']).unwrap_or(after.len());
    let part = sub(after, 0, upto).trim_start();
    let part = ["tro len", "tro xuong"].iter().find_map(|w| part.strip_prefix(w)).unwrap_or(part);
    words(part).count() < 2
}

/// Where the segment of a figure starts: after the last "," or "và" between the previous figure and this
/// one, or after the previous figure when there is none.
fn segment_start(s: &str, from: usize, number_start: usize) -> usize {
    let between = sub(s, from, number_start);
    let bound = bound_pairs(between);
    let free = |i: &usize| !bound.iter().any(|&(a, b)| (a..b).contains(i));
    // Not the decimal comma of a number between ("từ 65,0 đến 65,5%": the range's lower bound).
    let comma =
        between.match_indices(',').map(|(i, _)| i).filter(free).rfind(|&i| !between_digits(between, i)).map(|i| i + 1);
    let and = find_words(between, "va").filter(free).last().map(|i| i + 2);
    // "có 60 cơ sở khách sạn được xếp hạng sao với 8.000 phòng lưu trú": what the things before come with, right before
    // its figure, opens its segment.
    // Not "so với" (against), "đối với" (for), "tương đương với", "cùng với", "gắn với", "phù hợp với".
    let joined = |i: usize| {
        ["so", "doi", "duong", "cung", "gan", "hop", "lien"].iter().any(|w| ends_with_words(sub(between, 0, i), w))
    };
    let with = find_words(between, "voi")
        .last()
        .filter(|&i| sub(between, i + 3, between.len()).trim().is_empty() && !joined(i));
    let parens = between.rfind(')').filter(|&i| i + 1 < between.len()).map(|i| i + 1);
    // A ";" inside a bracket parts its items as a comma does ("(gồm: 171.062 ha rừng đặc dụng; 370.405 ha ...)"), and
    // the words "(gồm:" open them.
    let semicolon = between.rfind(';').map(|i| i + 1);
    let comprising = between.rfind('(').and_then(|i| {
        let inside = sub(between, i + 1, between.len());
        let words_len = COMPRISING.iter().find(|w| starts_with_words(inside.trim_start(), w))?.len();
        let lead = inside.len() - inside.trim_start().len();
        Some(i + 1 + lead + words_len + usize::from(at(inside, lead + words_len) == b':'))
    });
    // The previous figure's floor ("giảm 3% trở lên (còn 7%)", nong_cong_thanh_hoa, a development text) is its own.
    let lead = between.len() - between.trim_start().len();
    let floor = starts_with_words(sub(between, lead, between.len()), "tro len").then_some(lead + "tro len".len());
    [comma, and, parens, semicolon, comprising, floor, with].into_iter().flatten().max().map_or(from, |i| from + i)
}

/// Nouns written as one with a comma or "và" between, which part no list ("tỷ trọng kinh tế số trong từng ngành, lĩnh vực
/// đạt 7%", "tỷ lệ doanh nghiệp nhỏ và vừa sử dụng nền tảng số đạt 50%"; tuyen_quang_kinh_te_so_2025, a development
/// text, named the first "lĩnh vực"). So are the degrees and certificates of trained workers ("Tỷ lệ lao động qua đào
/// tạo đạt 72%, trong đó có bằng cấp, chứng chỉ đạt 32%" was named "chứng chỉ"; a probe of 7 Dec 2026, as in
/// son_la_dai_hoi_2020's "được cấp bằng, chứng chỉ" and vinh_phuc_lao_dong_qua_dao_tao_2025, development texts). So are
/// the people and enterprises served ("mức độ hài lòng của người dân và doanh nghiệp đạt 100%" was named "doanh
/// nghiệp"; a probe of 7 Dec 2026).
const BOUND_PAIRS: [&str; 10] = [
    "nguoi dan va doanh nghiep",
    "nguoi dan, doanh nghiep",
    "nganh, linh vuc",
    "nho va vua",
    "co quan, don vi",
    "so, ban, nganh",
    "xa, phuong, thi tran",
    "to chuc, ca nhan",
    "bang cap, chung chi",
    "bang, chung chi",
];

/// The folded ranges of `s` that [`BOUND_PAIRS`] cover.
fn bound_pairs(s: &str) -> Vec<(usize, usize)> {
    BOUND_PAIRS.iter().flat_map(|w| find_words(s, w).map(move |i| (i, i + w.len()))).collect()
}

/// Where the words after each of `words` ("trong đó", "theo đó") start in `s`, in order. Folded, "trong đó"
/// is also "trong độ", as in "trong độ tuổi lao động": not a connector.
fn connectors<'s>(s: &'s str, words: &'s [&str]) -> impl Iterator<Item = usize> + 's {
    let mut ends: Vec<usize> = words
        .iter()
        .flat_map(|w| find_words(s, w).map(|i| i + w.len()))
        .filter(|&end| !super::folded::starts_with_words(sub(s, end, s.len()), "tuoi"))
        .collect();
    ends.sort_unstable();
    ends.into_iter()
}

/// Where each figure's segment starts: for the first, the clause's start, or after a "trong đó" / "theo
/// đó" before it that turns from a preamble to the targets ("UBND tỉnh vừa ban hành kế hoạch ..., trong đó
/// phấn đấu nằm trong top 10 ..."); then `segment_start`.
fn segment_starts(s: &str, start: usize, hits: &[Hit]) -> Vec<usize> {
    let mut starts = Vec::with_capacity(hits.len());
    let mut prev_end = start;
    for h in hits {
        starts.push(if starts.is_empty() {
            connectors(sub(s, start, h.number.start), &["trong do", "theo do"]).last().map_or(start, |i| start + i)
        } else {
            segment_start(s, prev_end, h.number.start)
        });
        prev_end = h.unit_end;
    }
    starts
}

/// Where the words naming what a figure measures start in `prefix` (its segment up to it), when a
/// "phấn đấu" is followed by such words: "Năm 2026, Ban Chấp hành Đảng bộ tỉnh phấn đấu GRDP theo giá hiện
/// hành đạt ...": the subject that strives names nothing measured. "Tỷ lệ ... phấn đấu đạt 90%" keeps its
/// words; the quote keeps the whole segment.
fn after_striving(prefix: &str) -> Option<usize> {
    let filler = |w: &str| {
        w.bytes().all(|b| b.is_ascii_digit())
            || matches!(w, "dat" | "tu" | "tren" | "den" | "nam" | "toi" | "thieu" | "it" | "nhat" | "khoang")
            || matches!(w, "hon" | "co" | "la" | "muc" | "len" | "tro" | "vao" | "duoi" | "da" | "voi")
    };
    // So does one that sets the goal: "Tỉnh này đang đặt mục tiêu đưa chỉ số PCI của tỉnh nằm trong nhóm 20 tỉnh"
    // (bac_lieu_pci_2025, a development text).
    ["phan dau", "dat muc tieu"]
        .iter()
        .filter_map(|w| find_words(prefix, w).last().map(|i| i + w.len()))
        .max()
        .filter(|&i| words(sub(prefix, i, prefix.len())).filter(|w| !filler(w)).count() >= 2)
        .map(|i| i + striving_time(sub(prefix, i, prefix.len())))
}

/// Where the words naming what a figure measures start in `prefix` (its segment up to it) when it opens with the source
/// its figures are from, which a comma closes: "Theo báo cáo tại hội nghị, năm 2026 dự toán thu ngân sách ...",
/// "Theo số liệu thống kê, năm 2025, tỷ lệ dân số ..." (quang_tri_2026, phu_tho_nuoc_sach_nong_thon_2026, development
/// texts; they were `bao_cao_hoi_nghi` and `so_lieu_thong_ke`), after a dateline in brackets if any ("(Ngày 15/10/2026)
/// Theo báo cáo của Công an tỉnh, đến nay toàn tỉnh đã cấp ...", a probe of 6 Dec 2026). The quote keeps the source.
fn after_a_source(prefix: &str) -> Option<usize> {
    let opened = prefix.trim_start();
    let dateline = opened.strip_prefix('(').and_then(|r| r.find(')')).map_or(0, |close| close + 2);
    let t = sub(opened, dateline, opened.len()).trim_start();
    let lead = prefix.len() - t.len();
    (starts_with_words(t, "theo") && !starts_with_words(t, "theo do"))
        .then(|| t.find(','))
        .flatten()
        .map(|comma| lead + comma + 1)
}

/// Length of the time and the verb that may follow "phấn đấu" before what is measured ("phấn đấu đến năm
/// 2030, đưa GRDP ... đạt"): they name nothing measured.
fn striving_time(rest: &str) -> usize {
    let t = rest.trim_start();
    let mut at = rest.len() - t.len();
    let year_lead = ["den nam ", "trong nam ", "vao nam ", "nam ", "den "]
        .iter()
        .find(|lead| t.starts_with(**lead) && year_at(sub(t, lead.len(), t.len())).is_some());
    if let Some(lead) = year_lead {
        at += lead.len() + 4;
    }
    let after = sub(rest, at, rest.len());
    let after = after.trim_start_matches([' ', ',']);
    at = rest.len() - after.len();
    if starts_with_words(after, "dua") {
        at += "dua".len();
    }
    at
}

/// A figure's comparator as read, with the words that opened the list when it is carried from them.
struct Compared {
    comparator: Comparator,
    /// Words of the figure's own compare it, or a verb of its own says it is reached: nothing carried holds for it.
    own: bool,
    /// Length of the comparator's own words before the figure.
    words_len: usize,
    opening: Option<(usize, usize)>,
}

/// The comparator that opens a list ("Tối thiểu 90% ..., 80% ... và 60% ...") and holds for the figures
/// after it that have none of their own.
struct Carry {
    comparator: Option<Comparator>,
    /// The kind of figure the comparator carried was said of: amounts and ratios per people carry theirs
    /// to their own kind only.
    kind: Option<MeasureUnit>,
    /// The words from the clause's start to its first figure.
    opening: Option<(usize, usize)>,
    /// The comparator carried stood after words naming its figure ("thu nội địa trên 56.500 tỷ đồng"), not at the
    /// opening of a list.
    named: bool,
    /// The comparator carried was said of a change ("doanh thu tăng khoảng 20%/năm"): a change after it with a verb of
    /// its own takes it ("lợi nhuận tăng 15%/năm"); one after a level does not ([`units::change_right_before`]).
    of_a_change: bool,
    /// The comparator of the figure before, which the same quantity said again in other units takes ([`equivalent`]).
    previous: Option<Comparator>,
    /// The comparator carried is a floor its "trở lên" closed ("từ 92% trở lên"): it carries to figures of its tiers
    /// only, not to one that names what it is of ([`names_its_own`]).
    closed: bool,
}

/// Whether the words right after a figure (folded `after`, up to the first mark) name what it is of ("95% học sinh
/// DTTS ..."), not only a tier ("80% ở cấp huyện") or nothing ("90%, 80%").
fn names_its_own(after: &str) -> bool {
    let part = sub(after, 0, after.find([',', ';', '.', ':', '(', ')']).unwrap_or(after.len()));
    words(part).next().is_some_and(|w| w.bytes().all(|b| b.is_ascii_alphabetic()) && !tiers::tier_word(w))
}

/// Whether folded `between`, from the figure before, closes a bracket that figure stood in: "tuyển sinh giáo dục nghề
/// nghiệp khoảng 20.000 người (số lao động nữ được học nghề nghiệp chiếm ít nhất 41,5%), nâng tỷ lệ lao động qua đào
/// tạo lên 68%" (a probe of 8 Dec 2026: the 68% was "at least"). The bracket's comparator is its own; not a bracket of
/// the figure before's tier ("tối thiểu 90% (cấp tỉnh), 80% (cấp huyện)"), opened and closed between.
fn closes_a_bracket(between: &str) -> bool {
    between.find(')').is_some_and(|close| between.find('(').is_none_or(|open| open > close))
}

/// Whether a figure right after a comma (folded `between`, from the figure before) names after it what it is a share of
/// (folded `after`): after the upper bound of a rate named before it ("Tỷ lệ hộ nghèo dưới 1,5%, 90% gia đình, 65% dòng
/// họ ... đạt văn hóa", a probe of 8 Dec 2026), a list of other shares, not that bound said again ("thể nhẹ cân 15%"
/// names its own before it; "95% đối với THCS" names no other thing). A floor goes on ("ít nhất 80% gia đình ..., 56%
/// dòng họ", huyen_hung_ha_thai_binh_van_hoa_2020, a development text).
fn another_share_named_after(between: &str, after: &str) -> bool {
    const NOT_A_NAME: [&str; 6] = ["doi", "o", "tai", "cho", "trong", "voi"];
    let right_after_comma = between.rsplit_once(',').is_some_and(|(_, rest)| rest.trim().is_empty());
    right_after_comma && names_its_own(after) && words(after).next().is_some_and(|w| !NOT_A_NAME.contains(&w))
}

/// Whether folded `between`, the words from the figure before to this one, say this one is the same quantity in other
/// units: "khoảng 130 triệu đồng, tương đương 5.000 USD", "có khoảng 18.000–20.000 doanh nghiệp đang hoạt động, tương
/// đương 13–15 doanh nghiệp/1.000 dân" (lang_son_dang_bo_ubnd, ha_tinh_kinh_te_tu_nhan_2030, development texts).
fn equivalent(between: &str) -> bool {
    let last = between.rsplit([',', '(']).next().unwrap_or(between);
    // A range's low figure and its opening before the figure ("tương đương 13–").
    let last = super::numbers::range_low(last, last.len())
        .map_or(last, |(low, _)| super::numbers::without_range_opening(sub(last, 0, low.start)));
    matches!(last.trim(), "tuong duong" | "tuong duong voi" | "tuong duong khoang")
}

impl Carry {
    fn new(start: usize, hits: &[Hit]) -> Self {
        let opening = hits.first().map(|h| (start, h.number.start));
        Self { comparator: None, kind: None, opening, named: false, of_a_change: false, previous: None, closed: false }
    }

    /// The comparator of figure `h`: its own words, "trở lên" after it, the one carried, else "đạt".
    /// `between` is the text from the previous figure to this one.
    fn compare(
        &mut self,
        h: &Hit,
        (prefix, between): (&str, &str),
        after: &str,
        reasons: &mut Vec<Uncertainty>,
    ) -> Compared {
        // "trong đó" opens a list of its own ("đạt trên 90%, trong đó có bằng cấp, chứng chỉ 48%"), and a
        // number between with a comparator of its own ends the list ("dưới 2%, tuổi thọ trên 76 tuổi, 100%
        // dân số ...").
        // An amount's comparator is not a rate's ("đạt hơn 710 nghìn tỷ đồng, tăng bình quân 14-15%/năm"), nor a
        // ratio's a share's ("tối thiểu 300 phòng học/10.000 dân, 100% trẻ em ...").
        // Nor a yearly rate's a level's ("đạt khoảng 20%-25%/năm, tỉ trọng đóng góp vào GDP của tỉnh 10%-15%").
        let kind = h.unit_after.filter(|u| units::carries_own_comparator(*u) || *u == MeasureUnit::PercentPerYear);
        // An amount named after its comparator is named apart from the next one named in its turn ("thu nội địa trên
        // 56.500 tỷ đồng, thu xuất nhập khẩu 17.500 tỷ đồng", quang_ninh_2026, a development text): the comparator
        // is the first's own, not a list's. Yearly rates carry theirs as before ("doanh thu tăng khoảng 20%/năm, lợi
        // nhuận tăng 15%/năm").
        let amount = kind.is_some_and(|u| u != MeasureUnit::PercentPerYear);
        let named_apart =
            self.named && amount && between.rsplit_once(',').is_some_and(|(_, name)| words(name).count() >= 2);
        if connectors(between, &["trong do"]).next().is_some()
            || compared_number_in(between)
            || self.kind != kind
            || named_apart
            || self.named && self.comparator.is_some_and(upper_bound) && another_share_named_after(between, after)
            || closes_a_bracket(between)
        {
            self.comparator = None;
        }
        // A figure with a "có" of its own ("ít nhất 6.000 doanh nghiệp và đến năm 2030 có 10.000 doanh nghiệp") is
        // what there is to be, as "đạt" says: it takes no comparator carried from before; nor does one with a verb
        // of its own ("giúp ít nhất 2 hộ thoát nghèo, hỗ trợ 4 hội viên"), nor a change ("còn dưới 5,5%, thu nhập ... tăng
        // lên 1,5 lần").
        // So does one the plan strives for ("ít nhất 95% và phấn đấu 100% chất thải rắn ...", hau_giang_xanh_2030, a
        // development text): a higher aim beside a floor.
        let own_verb = ["co", "phan dau"].iter().any(|w| ends_with_words(prefix.trim_end(), w))
            || units::verb_right_before(prefix)
            || (units::change_right_before(prefix) && !self.of_a_change);
        let explicit = comparators::before(prefix).or_else(|| own_verb.then_some((Comparator::Reach, 0)));
        let mut opening = None;
        let mut comparator = match (explicit, h.rank) {
            (_, true) => Comparator::AtMost,
            // "xếp hạng từ thứ 5 trở lên": a place or better is a place at most.
            _ if h.unit_after == Some(MeasureUnit::Rank) && comparators::or_more_after(after) => Comparator::AtMost,
            // "đạt 10,71% trở lên": the bare "đạt" gives way to the floor after the figure.
            (Some((Comparator::Reach, _)), _) if comparators::or_more_after(after) => Comparator::AtLeast,
            (Some((c, _)), _) => c,
            (None, _) if comparators::or_more_after(after) => Comparator::AtLeast,
            (None, _) if equivalent(between) && self.previous.is_some() => self.previous.unwrap_or(Comparator::Reach),
            // "được gần 99,2/151,7 tỷ đồng": the result's "gần" is the result's, not its plan's.
            (None, _) if h.plan => Comparator::Reach,
            // "dưới 0,3%, 100% cơ sở hội trong sạch vững mạnh": all of them is neither below nor at most.
            (None, _) if h.value == 100.0 && h.unit_after.is_none() && self.comparator.is_some_and(upper_bound) => {
                Comparator::Reach
            }
            (None, _) => match self.comparator.filter(|_| !(self.closed && names_its_own(after))) {
                Some(c) => {
                    reasons.push(Uncertainty::ComparatorCarried { comparator: c, words: String::new() });
                    opening = self.opening;
                    c
                }
                None => Comparator::Reach,
            },
        };
        if let Some((c, n)) = explicit {
            // "khá, giỏi từ 92% trở lên và 95% học sinh ... có học lực từ trung bình trở lên"
            // (kon_tum_giao_duc_dan_toc_thieu_so_2025, a development text): the 95% is no floor.
            self.closed = comparators::or_more_after(after);
            self.comparator = (c != Comparator::Reach).then_some(c);
            self.kind = kind;
            let name = prefix.trim_end();
            self.named = words(sub(name, 0, name.len().saturating_sub(n))).count() >= 2;
            self.of_a_change = units::change_right_before(comparators::without_before(prefix));
        }
        if matches!(comparator, Comparator::MoreThan) && h.value >= 100.0 && !h.rank && h.unit_after.is_none() {
            reasons.push(Uncertainty::ComparatorGuessed {
                comparator: Comparator::Reach,
                why: "more than 100% cannot be met: read as reach 100".to_owned(),
            });
            comparator = Comparator::Reach;
        }
        let own = explicit.is_some() || comparators::or_more_after(after);
        self.previous = Some(comparator);
        Compared { comparator, own, words_len: explicit.map_or(0, |(_, n)| n), opening }
    }
}

/// Where the name of figure `h` ends, when `h` is the level the next figure rises or falls from: "từ" right before
/// it (`first` is where its range starts, `seg` its segment), and "lên" or "xuống" among at most five words before the
/// next figure, in the same clause ("nâng tỷ lệ che phủ rừng từ 52% lên 65%", "từ 25% - 30% hiện nay lên trên 60%",
/// "giảm từ 5% năm 2020 xuống 3%"). Such a level is where the plan starts, not a target; the name runs up to "từ".
fn rises_from(s: &str, (seg, first): (usize, usize), h: &Hit, next: Option<&Hit>) -> Option<usize> {
    let next = next?;
    let before = sub(s, seg, first).trim_end();
    let between = sub(s, h.unit_end, next.number.start);
    // Not the "lên" of a floor's "trở lên" ("khá từ 92% trở lên và 95% học sinh ...", kon_tum_giao_duc_dan_toc_thieu_so_2025,
    // a development text): a floor, then the next figure.
    let past_floor = between.trim_start();
    let floor = "tro len";
    let past_floor =
        if starts_with_words(past_floor, floor) { sub(past_floor, floor.len(), past_floor.len()) } else { past_floor };
    let turns = words(past_floor).any(super::years::turns_to);
    let within = !between.contains([',', ';', '.', ':', '(', ')', '\n']) && words(between).count() <= 5;
    let name = sub(before, 0, before.len().saturating_sub("tu".len())).trim_end();
    (ends_with_words(before, "tu") && turns && within).then(|| seg + name.len())
}

/// Whether a comparator bounds a figure from above ("dưới", "tối đa").
fn upper_bound(c: Comparator) -> bool {
    matches!(c, Comparator::LessThan | Comparator::AtMost)
}

/// Whether folded `between` holds a number with a comparator of its own before it, other than "đạt".
fn compared_number_in(between: &str) -> bool {
    between
        .char_indices()
        .filter(|&(i, c)| c.is_ascii_digit() && (i == 0 || !at(between, i - 1).is_ascii_digit()))
        .any(|(i, _)| comparators::before(sub(between, 0, i)).is_some_and(|(c, _)| c != Comparator::Reach))
}

/// The unit of a figure, and whether the words say it for sure ("tăng 7%" does not say whether per year).
fn unit_of(h: &Hit, prefix: &str) -> (MeasureUnit, bool) {
    match (h.unit_after, units::change_before(prefix)) {
        (Some(MeasureUnit::PercentPerYear), _) => (MeasureUnit::PercentPerYear, true),
        (Some(u), _) => (u, true),
        (None, Some(MeasureUnit::PercentIncrease)) => (MeasureUnit::PercentIncrease, false),
        (None, Some(u)) => (u, true),
        // "tỷ trọng đóng góp vào GRDP toàn tỉnh chiếm từ 15%": a share of GRDP named before the figure.
        (None, None) if names_grdp(prefix) => (MeasureUnit::PercentOfGrdp, true),
        (None, None) => (MeasureUnit::Percent, true),
    }
}

/// Whether folded words name GRDP (or GDP), so that a percentage they name with no change before it is a share of it.
fn names_grdp(words: &str) -> bool {
    ["grdp", "gdp"].iter().any(|w| super::folded::find_word(words, w).is_some())
}

/// The unit of a percentage in a table's row whose label (folded) names it: a share of GRDP where the label names GRDP
/// and no change ("Tỷ trọng kinh tế số trong GRDP | % | 12"; not "Tốc độ tăng trưởng GRDP (%)").
pub(crate) fn percent_named_by(label: &str, unit: MeasureUnit) -> MeasureUnit {
    let share = unit == MeasureUnit::Percent && units::change_before(label).is_none() && names_grdp(label);
    if share {
        MeasureUnit::PercentOfGrdp
    } else {
        unit
    }
}

/// Tier: the name a figure is listed after ("ngân sách cấp tỉnh: 26.096.016 triệu đồng, ngân sách cấp xã: ..."), whose
/// tier comes before the words after the figure (they may be the next item's name); else after the figure, else in the
/// words before it when they name the indicator. The unit's own government ("UBND tỉnh") is no tier of a figure named.
fn tier_of(name: Option<&str>, prefix: &str, after: &str, city_is_province: bool) -> Option<Tier> {
    // Nor is the body whose plan is the source a comma closes ("Theo Kế hoạch số 120/KH-UBND của UBND tỉnh Gia Lai,
    // mục tiêu đến năm 2030, kinh tế số chiếm ...").
    let prefix = after_a_source(prefix).map_or(prefix, |i| sub(prefix, i, prefix.len()));
    let named =
        |p: &str| tiers::tier_in(p, city_is_province).filter(|(t, _)| !matches!(t, Tier::OwnUnit)).map(|(t, _)| t);
    if let Some(tier) = name.and_then(named) {
        return Some(tier);
    }
    let window = tiers::window_after(after);
    tiers::tier_in(window, city_is_province).map(|(t, _)| t).or_else(|| {
        // The government that sets the objective is no tier of it ("Đảng bộ UBND tỉnh ... đặt mục tiêu, tốc độ
        // tăng trưởng GRDP đạt 10-11%/năm"): when words after the setting verb name the figure, only they count;
        // else the name stands before the verb ("Tỷ lệ hồ sơ cấp huyện phấn đấu đạt 90%") and all of it does.
        let set = ["dat muc tieu", "de ra", "dat ra", "phan dau"]
            .iter()
            .filter_map(|w| find_words(prefix, w).last().map(|i| i + w.len()))
            .max()
            .unwrap_or(0);
        let named_after_verb = sub(prefix, set, prefix.len()).trim_start();
        let p = if words(named_after_verb).count() >= 3 { named_after_verb } else { prefix.trim_start() };
        // A tier's words alone before the figure name its tier ("Tỷ lệ văn bản được ký số: cấp tỉnh 100%; cấp xã 95%";
        // a probe of 6 Dec 2026), as "cấp xã đạt 90%" does.
        (words(p).count() >= 3 || tiers::only_tier_words(p)).then(|| named(p)).flatten()
    })
}

/// What is measured: the words after the figure, or `before` it when the clause names the indicator first
/// ("Tỷ lệ ... đạt 80%") or nothing follows; and whether the words say it outright (a rank's "có ... cao
/// nhất", [`ranked_by`]), or the clause's other words say only where a place is held.
fn phrase_of(s: &str, h: &Hit, before: (usize, usize), after: &str) -> ((usize, usize), bool) {
    // The words after the figure, up to a bracket, or a comma after three words or more
    // ("xã, phường, thị trấn" stays whole) or before its equivalent ("tăng 10,6%, tương ứng tăng thêm ...").
    let near = sub(after, 0, 400);
    let after_cut = near
        .char_indices()
        .find(|&(i, c)| {
            c == '('
                || c == ';'
                || (c == ','
                    && !tiers::listed(sub(near, 0, i), sub(near, i + 1, near.len()))
                    && (words(sub(near, 0, i)).count() >= 3 || corresponds(sub(near, i + 1, near.len()).trim_start())))
        })
        .map_or(near.len(), |(i, _)| i);
    // "trở lên" after a figure is its comparator, not what it measures.
    let skip =
        if super::folded::starts_with_words(near, "tro len") { near.find("len").map_or(0, |i| i + 3) } else { 0 };
    let after_range = (h.unit_end + skip.min(after_cut), h.unit_end + after_cut);
    if let Some(ranked) = ranked_by(near).filter(|_| h.rank) {
        return ((h.unit_end + ranked.0, h.unit_end + ranked.1), true);
    }
    // A year may open the words that name it ("Theo kế hoạch của UBND xã, năm 2026 tỷ lệ hộ nghèo giảm còn dưới 1,5%").
    let names = |t: &str| {
        let t = after_an_opening_year(t.trim_start());
        ["ty le", "ti le", "ty lo", "ty trong", "chi so", "so luong", "toc do"].iter().any(|w| starts_with_words(t, w))
    };
    // "Bên cạnh đó, tỷ lệ ... đạt": the connector before the comma names nothing; nor do the words before
    // "với tỷ lệ" ("trở thành đô thị loại I vào năm 2025 với tỉ lệ đô thị hóa khoảng 45%").
    // Nor do the words before a bracket that opens with the rate ("... giao (tỷ lệ giải ngân của cả nước đạt 78,01% kế
    // hoạch giao)", lao_cai_dau_tu_cong_2024, a development text).
    let before_text = sub(s, before.0, before.1);
    let bracket = before_text.rfind('(').map(|b| b + 1);
    let before = match (before_text.rfind(", "), find_words(before_text, "voi").last()) {
        _ if names(before_text) => before,
        _ if bracket.is_some_and(|b| names(sub(before_text, b, before_text.len()))) => {
            (before.0 + bracket.unwrap_or(0), before.1)
        }
        (Some(c), _) if names(sub(before_text, c + 1, before_text.len())) => (before.0 + c + 1, before.1),
        (_, Some(v)) if names(sub(before_text, v + 3, before_text.len())) => (before.0 + v + 3, before.1),
        _ => before,
    };
    let before_words = words(sub(s, before.0, before.1)).count();
    let after_text = sub(s, after_range.0, after_range.1);
    let after_words = words(after_text).count();
    let names_first = names(sub(s, before.0, before.1));
    // Words after it that say only its year or tier ("... đạt 170 triệu đồng vào năm 2030", "... 65% tại UBND
    // cấp xã") name nothing.
    // Nor does a comparison's base ("tăng 15% so với năm 2025", "so với cùng kỳ").
    let compared = ["so voi", "so cung ky", "so nam"].iter().any(|w| starts_with_words(after_text.trim_start(), w));
    let plan_share = the_plan_assigned(after_text);
    // A place's scope ("đứng thứ 12 cả nước") names nothing either, nor is the clause that says it matched by its
    // words: "cả nước" would find the only rank of the catalogue's that plans say so, the DTI's.
    // Nor the communes a place is among ("xếp thứ 12/166 xã, phường", xa_muong_lat_thanh_hoa, a development text).
    let scope = h.unit_after == Some(MeasureUnit::Rank)
        && (units::ranking_scope(after_text) || units::of_the_communes(after_text) == Some(true));
    let after_names_nothing = after_words < 2
        || after_text.trim_start().starts_with(',')
        || only_year_words(after_text)
        || tiers::only_tier_words(after_text)
        || compared
        || plan_share
        || a_whole(after_text)
        || scope;
    // A rank's name stands before it; so does an index's, if only one word ("HDI đạt 0,75, tuổi thọ ..."), and a
    // quantity's ("diện tích cây chè 10.000 ha, trong đó ...", "GRDP bình quân đầu người đạt 8.500 USD"), and a rate's
    // per hectare, woman or girls born ("tỷ số giới tính khi sinh dưới 109 bé trai/100 bé gái sinh ra sống").
    let named_before = h.unit_after.is_some_and(|u| {
        units::physical(u)
            || matches!(
                u,
                MeasureUnit::Index
                    | MeasureUnit::Usd
                    | MeasureUnit::Years
                    | MeasureUnit::QuintalPerHectare
                    | MeasureUnit::ChildrenPerWoman
                    | MeasureUnit::BoysPerHundredGirls
            )
    });
    let index = named_before && before_words >= 1;
    // "Đến năm 2025, diện tích cây chè 10.000 ha": the name is after the last comma when two words or more are; not
    // when the words before the comma open the name ("Chỉ số phục vụ người dân, doanh nghiệp đạt 85 điểm" was named
    // "doanh nghiệp", a probe of 7 Dec 2026).
    let before = match sub(s, before.0, before.1).rfind(", ") {
        Some(c) if named_before && !names_first && words(sub(s, before.0 + c, before.1)).count() >= 2 => {
            (before.0 + c + 2, before.1)
        }
        _ => before,
    };
    // Things counted are named by the words before them, if those name a number of them ("Tổng số doanh
    // nghiệp ... 45.000 doanh nghiệp", "Quy mô dân số ... 4,2 triệu người"), else by the verb before and the noun
    // after ("thành lập 2.000 doanh nghiệp mới").
    let count = h.unit_after == Some(MeasureUnit::Count);
    let names_count = ["so", "tong so", "quy mo", "dan so"]
        .iter()
        .any(|w| starts_with_words(sub(s, before.0, before.1).trim_start(), w));
    // A share of the plan after words that only complete ("hoàn thành 100% kế hoạch đề ra") is named by both.
    let completes = |w: &str| matches!(w, "hoan" | "thanh" | "dat" | "tien" | "sat" | "moc" | "thuc" | "hien" | "gan");
    let only_completes = || before_words >= 1 && words(sub(s, before.0, before.1)).all(completes);
    let phrase = if (count && before_words >= 1 && !names_first && !names_count) || (plan_share && only_completes()) {
        (before.0, after_range.1)
    } else if index || (before_words >= 2 && (names_first || names_count || after_names_nothing || h.rank)) {
        (before.0, super::reports::before_the_adverbs(s, before.0, before.1))
    } else if count && before_words == 0 {
        // "15 xã có Tổ công nghệ số cộng đồng", "7/7 huyện đạt chuẩn NTM", "1,4 triệu lượt khách nội địa": things
        // counted with no word before them are named with their noun (a probe of 7 Dec 2026: "xa_dien" was "dien",
        // "huyen_chuan_ntm" "chuan_ntm"), without the whole they are out of or a scale.
        let things = sub(s, h.number.end, h.unit_end);
        (h.number.end + things.find(units::noun_of(things)).unwrap_or(0), after_range.1)
    } else {
        after_range
    };
    (phrase, scope)
}

/// Folded `t` after the year that opens it with no comma ("năm 2026 tỷ lệ ...", "đến năm 2030 tỷ lệ ..."), else `t`
/// (a comma after it is read as any other).
fn after_an_opening_year(t: &str) -> &str {
    ["nam ", "den nam ", "trong nam "]
        .iter()
        .filter_map(|w| t.strip_prefix(w))
        .find(|rest| year_at(rest).is_some() && rest.get(4..5) == Some(" "))
        .map_or(t, |rest| sub(rest, 5, rest.len()))
}

/// What a rank's group is ranked by, in the words after its size (folded, offsets in `after`): "nhóm 20
/// tỉnh, thành phố có tổng sản phẩm trên địa bàn cao nhất" ranks by "tổng sản phẩm trên địa bàn", not by
/// the words before it.
fn ranked_by(after: &str) -> Option<(usize, usize)> {
    let k = find_words(after, "co").next().filter(|&k| words(sub(after, 0, k)).count() <= 4)? + 2;
    let rest = sub(after, k, after.len());
    let e = ["cao nhat", "lon nhat", "tot nhat", "dan dau"].iter().filter_map(|w| find_words(rest, w).next()).min()?;
    (words(sub(rest, 0, e)).count() >= 2 && !sub(rest, 0, e).contains(['.', ';'])).then_some((k, k + e))
}

/// Whether a phrase says nothing but a year ("năm 2030 đạt", "đến năm 2030"), so that the indicator is the
/// previous figure's.
fn only_year_words(phrase: &str) -> bool {
    // "..., hướng tới 2030 dưới 1%", "..., tiến tới năm 2030 đạt 95%" too, and "trong năm 2026", "hết năm 2026",
    // "cuối năm 2026" ("Thành phố phấn đấu tăng trưởng GRDP trên 10% trong năm 2026" was named by nothing, a probe of 7
    // Dec 2026).
    let time = |w: &str| {
        matches!(w, "nam" | "den" | "vao" | "dat" | "va" | "huong" | "tien" | "toi" | "trong" | "het" | "cuoi")
    };
    words(phrase).any(year_word) && words(phrase).all(|w| year_word(w) || time(w))
}

/// Whether a rank's phrase says nothing but a year and the group it is in ("đến năm 2030 nằm trong nhóm", after "đến
/// năm 2027 là nằm trong nhóm 10 tỉnh, thành phố dẫn đầu cả nước về chỉ số DTI; ..."; a probe of 7 Dec 2026: it was
/// named `nam`), so that the indicator is the previous figure's.
fn only_a_group_by_year(phrase: &str) -> bool {
    let group = |w: &str| matches!(w, "nam" | "trong" | "nhom" | "top" | "thuoc" | "vao" | "dung" | "lot" | "la");
    words(phrase).any(year_word)
        && words(phrase).any(|w| matches!(w, "nhom" | "top"))
        && words(phrase).all(|w| {
            year_word(w) || group(w) || matches!(w, "den" | "dat" | "va" | "huong" | "tien" | "toi" | "phan" | "dau")
        })
}

/// Whether a phrase says nothing but a quarter, of a year or not ("quý I đạt", "quý 2 năm 2026"), as
/// [`only_year_words`] says nothing but a year.
fn only_quarter_words(phrase: &str) -> bool {
    let quarter = |w: &str| matches!(w, "i" | "ii" | "iii" | "iv" | "1" | "2" | "3" | "4");
    let time = |w: &str| matches!(w, "quy" | "nam" | "den" | "het" | "trong" | "dat" | "va");
    words(phrase).any(|w| w == "quy") && words(phrase).all(|w| year_word(w) || quarter(w) || time(w))
}

/// Whether folded words after a figure say only that it is a share of the plan, quota or estimate assigned ("đạt 100%
/// chỉ tiêu trên giao", "110% dự toán tỉnh giao", "100% kế hoạch đề ra", "100% chỉ tiêu ở cả 2 cấp"): what the share
/// measures is named before it ("Tuyển quân đạt ..."), not by "giao". "100% chỉ tiêu tuyển quân" names it after. The
/// plan may be compared with ("so với kế hoạch"), shortened ("KH huyện giao"), a resolution's ("nghị quyết đại hội") or
/// a revenue's task ("nhiệm vụ thu").
fn the_plan_assigned(phrase: &str) -> bool {
    const ASSIGNED: [&str; 45] = [
        "chi", "tieu", "ke", "hoach", "du", "toan", "giao", "duoc", "de", "ra", "tren", "cap", "tinh", "huyen", "xa",
        "thanh", "pho", "nam", "hang", "ubnd", "hdnd", "o", "ca", "2", "hai", "trung", "uong", "so", "voi", "kh",
        "nghi", "quyet", "dai", "hoi", "nhiem", "vu", "thu", "muc", "dieu", "chinh", "von", "va", "phuong", "dac",
        "khu",
    ];
    units::the_plan_opening(phrase).is_some() && words(phrase).all(|w| ASSIGNED.contains(&w))
}

/// Whether a share of the plan (`unit`) that nothing names before it (`before_text`, the words before its figure, but
/// its verb) and only its plan names after it (`phrase`) measures what the figure before it in its clause, or in the
/// clause before the comma, does: "thu ngân sách ước đạt 12,5 tỷ đồng, đạt 164,09% kế hoạch", "3.436,5 ha, đạt 104%
/// KH", "đạt 50 tỷ đồng, phấn đấu đạt trên 110% dự toán".
fn share_of_the_plan_of_the_previous(s: &str, unit: MeasureUnit, before_text: &str, phrase: (usize, usize)) -> bool {
    const VERBS: [&str; 7] = ["dat", "bang", "uoc", "hoan", "thanh", "phan", "dau"];
    let named = sub(s, phrase.0, phrase.1);
    let only_verbs = |t: &str| words(t).all(|w| VERBS.contains(&w));
    unit == MeasureUnit::PercentOfPlan && only_verbs(before_text) && (only_verbs(named) || the_plan_assigned(named))
}

/// Whether folded words after a share name only the whole it is of ("3 - 4% tổng số đảng viên", "60% dân số", "39,05%
/// tổng số dân"): what the share measures is named before it ("Kết nạp đảng viên mới", "Phủ sóng 5G").
fn a_whole(phrase: &str) -> bool {
    let w: Vec<&str> = words(phrase).collect();
    starts_with_words(phrase.trim_start(), "tong so") || w == ["dan", "so"] || w == ["dien", "tich"]
}

/// Whether a phrase says nothing but what remains after a change ("giảm 0,5% (còn dưới 1,2%)"): the level is of what
/// the change before it measures.
fn what_remains(phrase: &str) -> bool {
    let mut w = words(phrase);
    w.next() == Some("con") && w.next().is_none()
}

/// Folded words without the "đạt" (reach) that ends them before a comparator's words: "cấp tỉnh đạt tối thiểu 85%"
/// names only its tier.
fn without_reach(w: &str) -> &str {
    w.trim_end().strip_suffix("dat").filter(|t| t.is_empty() || t.ends_with(' ')).unwrap_or(w)
}

/// Whether a phrase says nothing but the objective of a year ("mục tiêu năm 2030 là", "mục tiêu đến năm 2030 là"),
/// after the figure of another year: the indicator is the previous figure's.
fn objective_of_a_year(phrase: &str) -> bool {
    let objective = starts_with_words(phrase.trim_start(), "muc tieu");
    let rest = words(phrase).skip(2).filter(|w| *w != "la").collect::<Vec<_>>().join(" ");
    objective && only_year_words(&rest)
}

/// The targets of one clause.
#[cfg(test)]
pub(crate) fn read_clause(s: &str, start: usize, end: usize, city_is_province: bool) -> Vec<Found> {
    read(s, start, end, city_is_province, Bare::Nothing, None)
}

/// The targets of one clause that follows a clause ending with a ";" whose last figure is in `listed`: its first
/// figure may be the next item of that clause's list ([`opens_a_listed_item`]).
pub(crate) fn read_listed_clause(
    s: &str,
    start: usize,
    end: usize,
    city_is_province: bool,
    listed: Option<MeasureUnit>,
) -> Vec<Found> {
    read(s, start, end, city_is_province, Bare::Nothing, listed)
}

/// The targets of a table's cell; its bare numbers in the row's unit.
pub(crate) fn read_cell(s: &str, start: usize, end: usize, city_is_province: bool, bare: Bare<'_>) -> Vec<Found> {
    read(s, start, end, city_is_province, bare, None)
}

/// The targets of a clause or cell.
fn read(
    s: &str,
    start: usize,
    end: usize,
    city_is_province: bool,
    bare: Bare<'_>,
    listed: Option<MeasureUnit>,
) -> Vec<Found> {
    let hits = hits(s, start, end, bare, listed);
    if hits.is_empty() {
        return Vec::new();
    }
    // The clause goes on a list the clause before it opened, after its ";".
    let goes_on_a_list = listed.is_some();
    let aspiration = comparators::aspiration(sub(s, start, end));
    let starts = segment_starts(s, start, &hits);
    let mut carry = Carry::new(start, &hits);
    let name_listed = listed_name(s, start);
    let mut out: Vec<Found> = Vec::new();
    // The segment and the name's end of a level the next figure rises or falls from ("từ 52% lên 65%").
    let mut risen_from: Option<(usize, usize)> = None;
    for (k, h) in hits.iter().enumerate() {
        let seg_start = starts.get(k).copied().unwrap_or(start);
        let seg_end = starts.get(k + 1).copied().unwrap_or_else(|| next_name_start(s, h.unit_end, end));
        // A range's lower bound ("tăng 10% – 11%/năm", "đạt 60.000 – 65.000 tỷ đồng") is part of the figure,
        // not of the words before it that compare and name.
        let range_low = numbers::range_low(s, h.number.start);
        let low = range_low.filter(|(low, v)| low.start >= seg_start && h.number.value.is_some_and(|high| *v < high));
        let first = low.map_or(h.number.start, |(low, _)| low.start);
        if let Some(name_end) = rises_from(s, (seg_start, first), h, hits.get(k + 1)) {
            risen_from = Some((seg_start, name_end));
            continue;
        }
        let risen = risen_from.take();
        let scale = h.number.value.filter(|raw| *raw != 0.0).map_or(1.0, |raw| h.value / raw);
        let in_unit = |v: f64| if h.multiple { increase_of(v) } else { v * scale };
        // "từ 75 đến 80%": the "từ" opens the range; it compares nothing ("từ 80%" alone is a floor).
        let prefix = match low {
            Some((low, _)) => numbers::without_range_opening(sub(s, seg_start, low.start)),
            None => sub(s, seg_start, h.number.start),
        };
        let after = sub(s, h.unit_end, seg_end);
        let mut reasons = Vec::new();
        let previous_end = k.checked_sub(1).and_then(|j| hits.get(j)).map_or(start, |p| p.unit_end);
        let between = sub(s, previous_end, h.number.start);
        let compared = carry.compare(h, (prefix, between), after, &mut reasons);
        if aspiration {
            reasons.push(Uncertainty::Aspiration);
        }
        let (unit, unit_certain) = unit_of(h, prefix);
        let words_end = seg_start + prefix.trim_end().len().saturating_sub(compared.words_len);
        // A level risen to is named by the words before the level it rises from.
        let before = match risen {
            Some((from, name_end)) => {
                ((from + after_striving(sub(s, from, name_end)).unwrap_or(0)).min(name_end), name_end)
            }
            None => {
                let named_from = after_striving(prefix).or_else(|| after_a_source(prefix)).unwrap_or(0);
                ((seg_start + named_from).min(words_end), words_end)
            }
        };
        let before_text = sub(s, before.0, before.1);
        // A figure listed after its name, with nothing naming it in its clause ("Tỷ lệ nhà ở kiên cố đến năm
        // 2020: 98%"), measures what the name says; so does a ratio per people the name states, whatever it
        // counts after ("Số bác sĩ/vạn dân: 15 bác sĩ").
        let ratio_named = h.per_thousand && h.unit_end == h.number.end;
        // So does one whose words name only its tier ("Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng: cấp tỉnh đạt
        // 100%, cấp xã đạt 95%").
        // Or only the verb of an estimate or of what was done ("Thu ngân sách: ước thực hiện 56,2 tỷ đồng").
        // Or only its year or quarter ("Tỷ lệ số hóa hồ sơ theo lộ trình: quý I đạt 40%; quý II đạt 60%", "...: năm
        // 2026 đạt 40%; năm 2027 đạt 60%"; a probe of 6 Dec 2026).
        let unnamed = words(before_text).next().is_none()
            || tiers::only_tier_words(without_reach(before_text))
            || only_year_words(before_text)
            || only_quarter_words(before_text)
            || words(before_text).all(|w| matches!(w, "uoc" | "dat" | "thuc" | "hien" | "duoc"));
        let listed = name_listed.filter(|_| k == 0 && unnamed && (ratio_named || nothing_named_after(after)));
        // The result right before a plan's figure ("23.076 tấn/90.000 tấn"), marked when the plan's hit was read.
        let result = |l: &&Found| h.plan && l.result_over_plan;
        // Its quote starts with its result's ("sản lượng đạt 23.076 tấn/90.000 tấn").
        let result_start = out.last().filter(result).map(|l| l.start);
        let (phrase, phrase_explicit) = match (listed, out.last().filter(|l| h.equivalent || result(l))) {
            (Some(name), _) => (name, false),
            // "khoảng 130 triệu đồng, tương đương 5.000 USD": the dollars measure what the đồng do; the plan's figure
            // what its result does.
            (None, Some(level)) => (level.phrase, level.phrase_explicit),
            (None, None) => phrase_of(s, h, before, after),
        };
        // Words that name only a tier ("80% cấp huyện") or a year ("..., năm 2030 đạt 95%"): the indicator is
        // the previous figure's.
        let only_tier_or_year = |w: &str| {
            tiers::only_tier_words(w)
                || only_year_words(w)
                || only_quarter_words(w)
                || objective_of_a_year(w)
                || h.rank && only_a_group_by_year(w)
        };
        // So does a level of what remains after a change ("giảm 0,5% (còn dưới 1,2%)").
        let remains = words(sub(s, phrase.0, phrase.1)).next().is_none() && what_remains(before_text);
        // So after a ";", in a list ("tối thiểu 98% đối với cơ quan cấp tỉnh; 95% đối với Ủy ban nhân dân cấp xã").
        let same = (k > 0 || goes_on_a_list)
            && (remains
                || only_tier_or_year(without_reach(sub(s, phrase.0, phrase.1)))
                    && (words(before_text).next().is_none() || only_tier_or_year(without_reach(before_text))))
            || listed.is_some_and(|name| a_tiers_part(s, name))
            || (k > 0 || sub(s, 0, start).trim_end().ends_with(','))
                && share_of_the_plan_of_the_previous(s, unit, before_text, phrase);
        out.push(Found {
            // A listed figure's quote starts with its name; a level risen to with the level it rises from.
            start: listed.map_or(risen.map_or(result_start.unwrap_or(seg_start), |(from, _)| from), |name| name.0),
            end: seg_end,
            number: h.number,
            value: h.value,
            range_low: range_low.map(|(low, v)| (low, in_unit(v))),
            comparator: compared.comparator,
            unit,
            unit_certain,
            down_to: units::down_to(prefix),
            // A count's noun is read with the words after it: "4 đơn vị cấp huyện" counts districts, at no tier
            // (phu_yen_nong_thon_moi_2025, a development text).
            tier: tier_of(
                listed.map(|(a, b)| sub(s, a, b)),
                risen.map_or(prefix, |(from, _)| sub(s, from, h.number.start)),
                if unit == MeasureUnit::Count { sub(s, h.number.end, seg_end) } else { after },
                city_is_province,
            ),
            phrase: if h.per_thousand && listed.is_none() { (seg_start, seg_end) } else { phrase },
            same_indicator_as_previous: same,
            phrase_explicit,
            reasons,
            opening: compared.opening,
            listed_on: h.listed_on,
            compared_itself: compared.own,
            plan_of_a_result: h.plan,
            result_over_plan: h.over_plan,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::folded::Folded;

    fn read(text: &str) -> (String, Vec<Found>) {
        let s = Folded::new(text).text;
        let found = read_clause(&s, 0, s.len(), true);
        (s, found)
    }

    /// The values of the figures [`read`] finds in `text`, in order.
    fn values(text: &str) -> Vec<f64> {
        read(text).1.iter().map(|f| f.value).collect()
    }

    /// The (value, comparator) of each figure `text` reads.
    fn compared(text: &str) -> Vec<(f64, Comparator)> {
        read(text).1.iter().map(|f| (f.value, f.comparator)).collect()
    }

    #[test]
    fn a_level_risen_or_fallen_to_is_the_target_and_its_base_is_none() {
        // dak_nong_giao_thong_2020, yen_bai_lam_nghiep_2025 (development texts): "từ X lên Y", the base not a target.
        let rows = |text: &str| {
            let (s, found) = read(text);
            found
                .iter()
                .map(|f| (f.value, f.comparator, f.unit, sub(&s, f.phrase.0, f.phrase.1).to_owned()))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            rows("nâng tỷ lệ nhựa hóa đường tỉnh từ 53% lên 65%"),
            vec![(65.0, Comparator::Reach, MeasureUnit::Percent, "nang ty le nhua hoa duong tinh".to_owned())]
        );
        assert_eq!(
            rows("đưa tỷ lệ gỗ xẻ từ 25% - 30% hiện nay lên trên 60%").iter().map(|r| (r.0, r.1)).collect::<Vec<_>>(),
            vec![(60.0, Comparator::MoreThan)]
        );
        // A rise said as "tăng ... từ X lên Y" is a level, not an increase; a fall "xuống" too.
        assert_eq!(rows("tăng tỷ lệ hộ dùng nước sạch từ 80% lên 95%")[0].2, MeasureUnit::Percent);
        assert_eq!(rows("giảm tỷ lệ hộ nghèo từ 5% xuống 3%").iter().map(|r| r.0).collect::<Vec<_>>(), vec![3.0]);
        // "từ X" with no "lên" after it is a floor; two figures in a list are two.
        assert_eq!(
            rows("có từ 80% hộ dùng nước sạch").iter().map(|r| (r.0, r.1)).collect::<Vec<_>>(),
            vec![(80.0, Comparator::AtLeast)]
        );
        assert_eq!(rows("từ 80% hộ dùng nước sạch, 95% hộ có điện").len(), 2);
    }

    #[test]
    fn an_amount_listed_after_its_name_and_a_colon_is_to_reach_unless_a_cost() {
        // ha_noi_dai_hoi (development): the clause after the colon holds only the range.
        let after_colon = |text: &str| {
            let s = Folded::new(text).text;
            let start = s.find(':').map_or(0, |i| i + 1);
            read_clause(&s, start, s.len(), true).iter().map(|f| (f.value, f.unit)).collect::<Vec<_>>()
        };
        assert_eq!(
            after_colon("(4) Vốn đầu tư phát triển toàn xã hội: từ 3,1 đến 3,2 triệu tỷ đồng"),
            vec![(3.2e15, MeasureUnit::Dong)]
        );
        assert_eq!(after_colon("Kinh phí thực hiện: 500 tỷ đồng"), vec![]);
        // All the investment in a territory is the economy's, not a cost (a probe of 7 Dec 2026).
        assert_eq!(after_colon("Tổng vốn đầu tư trên địa bàn xã: 320 tỷ đồng"), vec![(320e9, MeasureUnit::Dong)]);
        assert_eq!(after_colon("Tổng vốn đầu tư: 320 tỷ đồng"), vec![]);
        // A range "từ X đến Y" reaches its upper value; its "từ" is no floor and names nothing.
        let (s, found) = read("Tỷ lệ đô thị hóa từ 60 đến 62%");
        assert_eq!((found.len(), found[0].value, found[0].comparator), (1, 62.0, Comparator::Reach));
        assert_eq!(sub(&s, found[0].phrase.0, found[0].phrase.1).trim(), "ty le do thi hoa");
        assert_eq!(found[0].range_low.map(|(_, v)| v), Some(60.0));
        // The decimal comma of the lower bound ends no segment.
        let (s, found) = read("(4) vốn: tăng từ 12,5 đến 13,5%/năm");
        assert_eq!(sub(&s, found[0].start, found[0].end).trim(), "(4) von: tang tu 12,5 den 13,5%/nam");
    }

    #[test]
    fn the_plans_figure_in_a_bracket_is_no_restatement() {
        // ninh_thuan_2023 (a development text): "(KH 3.658 tỷ đồng)" after a share of the plan is the plan's own
        // figure, where an amount in brackets after a share says the share again ("đạt 50% (8 xã)").
        let (_, found) = read("Tổng thu ngân sách ước đạt 3.658 tỷ đồng, đạt 100% KH (KH 3.658 tỷ đồng)");
        assert_eq!(found.iter().map(|f| f.value).collect::<Vec<_>>(), [3.658e12, 100.0, 3.658e12]);
        let (_, found) = read("có 50% xã đạt chuẩn (8 xã)");
        assert_eq!(found.iter().map(|f| f.value).collect::<Vec<_>>(), [50.0]);
    }

    #[test]
    fn a_bracket_never_closed_holds_no_clause() {
        // ninh_thuan_cds_2025 (a development text): the ";" after the unclosed "(trừ ..." still ends a clause.
        let s =
            Folded::new("90% hồ sơ cấp xã (trừ hồ sơ mật; tối thiểu 30% người dân; 80% cơ quan (trừ A; B) đạt").text;
        let parts: Vec<&str> = clauses(&s, 0, s.len()).iter().map(|&(a, b)| sub(&s, a, b).trim()).collect();
        assert_eq!(parts, ["90% ho so cap xa (tru ho so mat", "toi thieu 30% nguoi dan", "80% co quan (tru a; b) dat"]);
        assert_eq!(unclosed_brackets("(a (b) c"), [0]);
        assert_eq!(unclosed_brackets("(a) b)"), Vec::<usize>::new());
    }

    #[test]
    fn sentences_run_together_are_parted() {
        // quang_nam_lao_dong_2025 (a development text): "thị trường.Đến năm 2035" ends a sentence; an abbreviation's
        // "tỷ.đ" and a decimal do not.
        let parts = |t: &str| {
            let s = Folded::new(t).text;
            clauses(&s, 0, s.len()).iter().map(|&(a, b)| sub(&s, a, b).trim().to_owned()).collect::<Vec<_>>()
        };
        assert_eq!(parts("trên thị trường.Đến năm 2035, phấn đấu"), ["tren thi truong", "den nam 2035, phan dau"]);
        assert_eq!(parts("đạt 396,1 tỷ.đ, tăng 0.7 lần"), ["dat 396,1 ty.d, tang 0.7 lan"]);
        // ha_nam_he_thong_do_thi_2030 (a development text): a class's Roman numeral ends a sentence; an initial does
        // not.
        assert_eq!(parts("11 đô thị loại V. Tỷ lệ đạt 40%"), ["11 do thi loai v", "ty le dat 40%"]);
        assert_eq!(parts("ông Nguyễn V. An"), ["ong nguyen v. an"]);
        // An amount's abbreviated scale before "đồng", and the city's "TP.", end no sentence
        // (phuong_dong_son_bim_son_thanh_hoa_2020, ha_noi_ho_so_truc_tuyen_cap_xa_2025, development texts).
        assert_eq!(parts("đạt 70,0 Tr. đồng; 15 Tr.đồng"), ["dat 70,0 tr. dong", "15 tr.dong"]);
        assert_eq!(parts("UBND TP. Hà Nội đang"), ["ubnd tp. ha noi dang"]);
        assert_eq!(parts("đạt 15 tr. Đến năm 2030"), ["dat 15 tr", "den nam 2030"]);
    }

    #[test]
    fn the_parts_a_bracket_lists_under_a_total() {
        // xa_lo_ku_gia_lai (a development text): each part is an area to reach, past the closed "(Mỳ)".
        let s = Folded::new(
            "Tổng diện tích gieo trồng: 3.830 ha. (trong đó: Cây Ngô 2.700 ha; cây tinh bột (Mỳ) 500; cây Mía 370 ha",
        )
        .text;
        let at = |n: &str| s.find(n).unwrap_or(0);
        assert!(part_of_a_total(&s, at("2.700")));
        assert!(part_of_a_total(&s, at("370")));
        assert!(!part_of_a_total(&s, at("3.830")));
        // A bracket of another kind, or a "trong đó" bracket with no figure before it.
        let s = Folded::new("Diện tích (theo quy hoạch) 370 ha").text;
        assert!(!part_of_a_total(&s, s.find("370").unwrap_or(0)));
        let s = Folded::new("(trong đó cây Mía 370 ha").text;
        assert!(!part_of_a_total(&s, s.find("370").unwrap_or(0)));
    }

    #[test]
    fn a_speed_that_names_whom_a_share_counts_is_no_target() {
        // lao_cai_ha_tang_so_2030, da_nang_ha_tang_so_2027 (development texts).
        let figures = |text: &str| read(text).1.iter().map(|f| (f.value, f.unit)).collect::<Vec<_>>();
        assert_eq!(figures("50% người dùng tiếp cận tốc độ trên 1 Gbps"), vec![(50.0, MeasureUnit::Percent)]);
        assert_eq!(
            figures("tỷ lệ phủ sóng 5G đạt tối thiểu 90%, tốc độ truy cập hộ gia đình 500 Mbps"),
            vec![(90.0, MeasureUnit::Percent), (500.0, MeasureUnit::Mbps)]
        );
        // A speed's comparator is its own: the share's "tối thiểu" is not carried to it.
        assert_eq!(
            read("tỷ lệ phủ sóng 5G đạt tối thiểu 90%, tốc độ truy cập hộ gia đình 500 Mbps").1[1].comparator,
            Comparator::Reach
        );
    }

    #[test]
    fn a_cells_bare_numbers_take_the_rows_unit() {
        // thua_thien_hue_2024 (development): a range's high end in the unit the row names; its low end is part of it.
        let cell = |text: &str, bare: Bare<'_>| {
            let s = Folded::new(text).text;
            read_cell(&s, 0, s.len(), true, bare).iter().map(|f| (f.value, f.unit)).collect::<Vec<_>>()
        };
        assert_eq!(cell("33.000-34.000", Bare::Named("ty dong")), vec![(34e12, MeasureUnit::Dong)]);
        assert_eq!(cell("1.300", Bare::Named("trieu usd")), vec![(1.3e9, MeasureUnit::Usd)]);
        assert_eq!(cell("15-16", Bare::Named("so bac sy tren van dan")), vec![(1.6, MeasureUnit::PerThousandPeople)]);
        assert_eq!(cell("150", Bare::Named("doanh nghiep")), vec![(150.0, MeasureUnit::Count)]);
        // A count's row: a whole number alone, or with a noun its label names (a probe of 7 Dec 2026).
        let stations = Bare::Counted("so tram y te xa trien khai kham chua benh tu xa");
        assert_eq!(cell("135 trạm", stations), vec![(135.0, MeasureUnit::Count)]);
        assert_eq!(cell("135", stations), vec![(135.0, MeasureUnit::Count)]);
        assert_eq!(cell("1,5", stations), vec![]);
        assert_eq!(cell("8,5-9,5", Bare::Percent), vec![(9.5, MeasureUnit::Percent)]);
        // No unit, or a word of its own after the number: no bare figure.
        assert_eq!(cell("150", Bare::Nothing), vec![]);
        assert_eq!(cell("2,5 lần", Bare::Named("ty dong")), vec![]);
        assert_eq!(cell("1,5", Bare::Named("doanh nghiep")), vec![]);
    }

    #[test]
    fn a_multiple_is_an_increase_with_its_range_in_the_same_unit() {
        // phu_tho_dai_hoi (development): "cao gấp hơn 2 lần so với năm 2025" is more than a 100% increase.
        let (_, found) = read("Quy mô GRDP cao gấp hơn 2 lần so với năm 2025");
        let got: Vec<_> = found.iter().map(|f| (f.value, f.comparator, f.unit)).collect();
        assert_eq!(got, [(100.0, Comparator::MoreThan, MeasureUnit::PercentIncrease)]);
        // A range of multiples: its lower bound is an increase too (1,5 times: 50%), and an amount's in đồng.
        let (_, found) = read("chi tiêu bình quân tăng 1,5 - 2 lần so với năm 2025");
        assert_eq!((found[0].value, found[0].range_low.map(|(_, v)| v)), (100.0, Some(50.0)));
        let (_, found) = read("đạt 60.000 – 65.000 tỷ đồng");
        assert_eq!((found[0].value, found[0].range_low.map(|(_, v)| v)), (65e12, Some(60e12)));
        // A ratio to GRDP has no unit of the model's: no figure.
        assert!(read("giá trị thanh toán không dùng tiền mặt gấp 15 lần GRDP").1.is_empty());
        // Said in words (da_nang_ha_tang_so_2027, a development text): twice, one and a half times; not "đổi" (change).
        let (_, found) = read("doanh thu tăng gấp đôi, thu nhập tăng gấp rưỡi; chuyển đổi số");
        let got: Vec<_> = found.iter().map(|f| (f.value, f.comparator, f.unit)).collect();
        let increase = |v: f64| (v, Comparator::Reach, MeasureUnit::PercentIncrease);
        assert_eq!(got, [increase(100.0), increase(50.0)]);
        // Exactly the increase written, no float's noise (a probe of 7 Dec 2026: 170.00000000000003).
        let (_, found) = read("tăng hơn 2,7 lần; tăng hơn 8,3 lần");
        assert_eq!((found[0].value, found[1].value), (170.0, 730.0));
    }

    #[test]
    fn a_levels_equivalent_in_another_unit_is_a_figure_of_its_own() {
        // lang_son_dang_bo_ubnd, ha_tinh_nha_o_2030 (development texts): "tương đương" after a level's name and a
        // comma sets it in another unit, a figure named as the level is.
        let (folded, found) = read("GRDP bình quân đầu người khoảng 130 triệu đồng, tương đương 5.000 USD");
        let figures: Vec<_> =
            found.iter().map(|f| (f.value, f.unit, sub(&folded, f.phrase.0, f.phrase.1).trim().to_owned())).collect();
        assert_eq!(
            figures,
            [
                (130e6, MeasureUnit::Dong, "grdp binh quan dau nguoi".to_owned()),
                (5000.0, MeasureUnit::Usd, "grdp binh quan dau nguoi".to_owned())
            ]
        );
        assert_eq!(values("hoàn thành khoảng 5.440 căn nhà ở, tương đương 1.470.000m2 sàn"), [5440.0, 1_470_000.0]);
        // A rate's equivalent is derived from it, said again; so is one in brackets.
        assert_eq!(values("thu ngân sách tăng 10,6%, tương ứng tăng thêm khoảng 6.490 tỷ đồng"), [10.6]);
        assert_eq!(values("đạt 6.300 USD/năm trở lên (khoảng 166 triệu đồng)"), [6300.0]);
    }

    #[test]
    fn the_parts_listed_under_a_total_are_figures_of_their_own() {
        // ha_tinh_nong_nghiep_2022 (a development text): "trong đó" after a total, in a bracket or after a comma.
        assert_eq!(
            values("tổng giá trị sản xuất đạt trên 13.828 tỷ đồng (trong đó, nông nghiệp 11.255 tỷ đồng, lâm nghiệp 788 tỷ đồng và thủy sản 1.785 tỷ đồng)"),
            [13_828e9, 11_255e9, 788e9, 1_785e9]
        );
        assert_eq!(
            values("sản lượng đạt 13.828 tấn, trong đó nông nghiệp 11.255 tấn, lâm nghiệp 788 tấn"),
            [13_828.0, 11_255.0, 788.0]
        );
        // A total's parts a bracket after its name comprises ("gồm"), parted by ";" (nghe_an_lam_nghiep_2030, a
        // development text), each named by its own words.
        let (folded, found) =
            read("tỉnh sẽ có 1.148.476 ha đất lâm nghiệp (gồm: 171.062 ha rừng đặc dụng; 370.405 ha rừng phòng hộ)");
        let parts: Vec<_> =
            found.iter().map(|f| (f.value, sub(&folded, f.phrase.0, f.phrase.1).trim().to_owned())).collect();
        assert_eq!(parts[1..], [(171_062.0, "rung dac dung".to_owned()), (370_405.0, "rung phong ho)".to_owned())]);
        assert_eq!(parts[0].0, 1_148_476.0);
        // A cost is no total to reach, nor are its parts; a closed bracket ends the parts.
        assert!(values("Tổng kinh phí thực hiện 100 tỷ đồng, trong đó ngân sách tỉnh 60 tỷ đồng").is_empty());
        assert_eq!(
            values("thu ngân sách đạt 500 tỷ đồng (trong đó thu nội địa 400 tỷ đồng) và chi 300 tỷ đồng"),
            [500e9, 400e9]
        );
        // "tương đương" after the year a change is compared with says the change again; not after a figure alone.
        assert_eq!(
            values("năng suất bình quân đạt 55,30 tạ/ha (tăng 3,89 tạ/ha so với năm 2020, tương đương 7,6%)"),
            [55.3, 3.89]
        );
        assert_eq!(
            values("có ít nhất 20.000 doanh nghiệp hoạt động, tương đương 13 doanh nghiệp/1.000 dân"),
            [20_000.0, 13.0]
        );
        // cao_bang_du_lich_2020 (a development text): the total ends the sentence before "Trong đó"; not a total of
        // another unit, nor a sentence that does not open with "Trong đó".
        assert_eq!(
            values("sẽ đón 1,6 triệu lượt khách du lịch. Trong đó, 1,4 triệu lượt khách nội địa, 200 nghìn lượt khách quốc tế."),
            [1.6e6, 1.4e6, 200e3]
        );
        assert_eq!(values("tỷ lệ đạt 90%. Trong đó, 1,4 triệu lượt khách nội địa"), [90.0]);
        // A part is no more than its total (dak_nong_giam_ngheo_2024: "còn 5.423 hộ" after "giảm trên 3.415 hộ").
        assert_eq!(values("sẽ đón 1,6 triệu lượt khách. Trong đó, 2 triệu lượt khách nội địa"), [1.6e6]);
        // ("thu nội địa 600 tỷ đồng" would be an amount named on its own, quang_ngai_thu_ngan_sach_2026.)
        assert_eq!(values("đạt 500 tỷ đồng (trong đó nông nghiệp 600 tỷ đồng)"), [500e9]);
        assert_eq!(values("sẽ đón 1,6 triệu lượt khách du lịch. Năm nay 1,4 triệu lượt khách nội địa"), [1.6e6]);
    }

    #[test]
    fn the_parts_a_semicolon_parts_after_a_total_are_figures_of_their_own() {
        // phuong_dong_son_bim_son_thanh_hoa_2020, dak_nong_giao_thong_2020 (development texts): the parts after
        // "trong đó" or "Cụ thể" go on past ";", the total right before or ending the sentence before.
        assert_eq!(
            values("Số hộ kinh doanh cá thể vào năm 2020: 500 hộ, trong đó, thương mại 421 hộ; công nghiệp 50 hộ; nông nghiệp 29 hộ."),
            [500.0, 421.0, 50.0, 29.0]
        );
        assert_eq!(
            values("sẽ nâng cấp được 555 km đường giao thông. Cụ thể, nâng cấp 55 km quốc lộ; 99 km đường huyện; 338 km đường xã"),
            [555.0, 55.0, 99.0, 338.0]
        );
        // ha_nam_vu_xuan_2025 (a development text): parts a colon opens after "gồm".
        assert_eq!(
            values("Tổng sản lượng cây có hạt 181.252 tấn, gồm: lúa 173.574 tấn, ngô hơn 7.678 tấn"),
            [181_252.0, 173_574.0, 7_678.0]
        );
        // No part is more than its total, and a part of another unit breaks the list.
        assert_eq!(values("có 500 hộ, trong đó thương mại 421 hộ; công nghiệp 600 hộ"), [500.0, 421.0]);
        assert_eq!(values("có 500 hộ, trong đó thương mại 421 ha; công nghiệp 50 hộ"), [500.0]);
        // A total whose words go on before "trong đó" is none, nor is a figure in a sentence after the list.
        assert!(!values("có 500 hộ kinh doanh ở xã, trong đó thương mại 421 hộ; công nghiệp 50 hộ").contains(&50.0));
        assert_eq!(values("có 500 hộ, trong đó thương mại 421 hộ. Dự kiến; công nghiệp 50 hộ"), [500.0, 421.0]);
        // chu_pah_gia_lai_2024 (a development text): amounts in đồng too, a change beside a part between.
        assert_eq!(
            values("tổng giá trị sản xuất đạt 8.962,72 tỷ đồng. Trong đó, nông nghiệp là 3.621,68 tỷ đồng, tăng 8,53% so với năm 2023; công nghiệp 3.671,79 tỷ đồng"),
            [8_962.72e9, 3_621.68e9, 8.53, 3_671.79e9]
        );
    }

    #[test]
    fn percentage_points_are_a_percentage() {
        // thai_nguyen_quy_hoach_2030, quang_tri_2026 (development texts).
        assert_eq!(percentage_points("diem%/nam"), Some(5));
        assert_eq!(percentage_points("diem %"), Some(6));
        assert_eq!(percentage_points("diem phan tram vao tang truong"), Some(14));
        assert_eq!(percentage_points("diem tro len"), None);
        assert_eq!(percentage_points("diem"), None);
        assert_eq!(values("tỷ lệ hộ nghèo giảm 1-1,5 điểm%/năm"), [1.5]);
    }

    #[test]
    fn a_months_average_in_brackets_says_the_years_figure_again() {
        // dong_nai_cong_thuong_2023 (a development text).
        assert_eq!(
            values("đạt 26,7 tỷ USD, tăng 8,5% so với năm 2022 (bình quân 1 tháng khoảng 2,2 tỷ USD)"),
            [26.7e9, 8.5]
        );
        assert_eq!(
            values("đạt 26,7 tỷ USD, tăng 8,5% so với năm 2022 (trong đó xuất khẩu 2,2 tỷ USD)"),
            [26.7e9, 8.5, 2.2e9]
        );
    }

    #[test]
    fn a_year_after_nam_is_no_count() {
        // huyen_hung_ha_thai_binh_van_hoa_2020 (a development text): "năm 2020 huyện" is a year, not 2020 districts.
        assert!(read("Phát huy kết quả đạt được, năm 2020 huyện Hưng Hà tiếp tục tập trung").1.is_empty());
        assert_eq!(read("thành lập 2020 doanh nghiệp").1.iter().map(|f| f.value).collect::<Vec<_>>(), [2020.0]);
    }

    #[test]
    fn all_the_places_a_figure_holds_in_are_no_count() {
        // da_nang_nguoi_cao_tuoi_2030 (a development text): "tại tất cả 56 phường, xã" says where, not how many to reach.
        assert_eq!(values("100% người cao tuổi được mừng thọ tại tất cả 56 phường, xã"), [100.0]);
        assert_eq!(values("thành lập 56 hợp tác xã tại tất cả các xã"), [56.0]);
    }

    #[test]
    fn the_whole_one_of_a_count_is_of_is_no_figure() {
        // huyen_a_luoi_hue_giam_ngheo_2025 (a development text): "01 trong 22 huyện", as "3/4 trường học".
        assert!(base_of_a_figure("day la 01 trong", " huyen ngheo", MeasureUnit::Count, 22.0));
        assert!(base_of_a_figure("dat 3/", " truong hoc", MeasureUnit::Count, 4.0));
        assert!(!base_of_a_figure("co it nhat", " huyen", MeasureUnit::Count, 22.0));
        assert!(!base_of_a_figure("trong", " huyen", MeasureUnit::Count, 22.0));
    }

    #[test]
    fn a_count_listed_after_a_count_to_reach_is_one_too() {
        // ha_tinh_du_lich_2030, dien_bien_du_lich_2030 (development texts).
        let values = |t: &str| read(t).1.iter().map(|f| (f.value, f.unit)).collect::<Vec<_>>();
        let count = MeasureUnit::Count;
        assert_eq!(
            values("thu hút khoảng 50 ngàn lượt khách quốc tế và 1,5 triệu lượt khách nội địa"),
            [(50e3, count), (1.5e6, count)]
        );
        assert_eq!(
            values("đón 950 nghìn lượt khách, trong đó 300 lượt khách quốc tế"),
            [(950e3, count), (300.0, count)]
        );
        // A count after another figure's words, or after a break, is none.
        assert!(values("xã có diện tích 500 ha và 300 hộ").iter().all(|(_, u)| *u != count));
        // Areas, tonnes and dollars list on as counts do (ha_nam_vu_xuan_2025, huyen_luong_son_hoa_binh_nong_nghiep_2025,
        // development texts), within eight words.
        let ha = MeasureUnit::Hectare;
        assert_eq!(
            values("xây dựng 300 ha nhóm sản phẩm cây giống - hoa cảnh và 450 ha nhóm sản phẩm tôm"),
            [(300.0, ha), (450.0, ha)]
        );
        assert_eq!(values("sản lượng lúa 300 tấn, 450 tấn ngô").len(), 2);
        // Not after a figure of another unit, nor after a full stop.
        assert_eq!(values("xây dựng 300 ha vùng nguyên liệu và 450 tấn ngô"), [(300.0, ha)]);
        assert_eq!(values("xây dựng 300 ha vùng nguyên liệu. Ngoài ra 450 ha ngô"), [(300.0, ha)]);
    }

    #[test]
    fn an_amount_named_bare_with_a_floor_is_to_reach() {
        // dong_nai_thu_ngan_sach_2026 (a development text): "từ ... trở lên" around an amount its name sets.
        let values = |t: &str| read(t).1.iter().map(|f| (f.value, f.comparator)).collect::<Vec<_>>();
        assert_eq!(values("thu ngân sách từ 150.000 tỷ đồng trở lên"), [(150_000e9, Comparator::AtLeast)]);
        // "từ" alone, or before something other than an amount's name, is none.
        assert!(values("thu ngân sách từ 150.000 tỷ đồng").is_empty());
        assert!(values("hỗ trợ kinh phí từ 150 tỷ đồng trở lên").is_empty());
        assert!(values("doanh nghiệp đầu tư 150 tỷ đồng trở lên").is_empty());
        // In dollars too (a probe of 7 Dec 2026).
        assert_eq!(values("GRDP bình quân đầu người từ 11.800 USD trở lên"), [(11_800.0, Comparator::AtLeast)]);
        assert!(values("GRDP bình quân đầu người từ 11.800 USD").is_empty());
    }

    #[test]
    fn a_clause_after_a_semicolon_lists_on_only_when_told_the_unit_before() {
        // ben_tre_nong_nghiep_2025 (a development text): "con bò 500 triệu USD; cây giống, hoa cảnh 500 triệu USD".
        let s = Folded::new("cây giống, hoa cảnh 500 triệu USD").text;
        let usd = Some(MeasureUnit::Usd);
        let found = read_listed_clause(&s, 0, s.len(), true, usd);
        assert_eq!(found.iter().map(|f| (f.value, f.listed_on)).collect::<Vec<_>>(), [(500e6, true)]);
        assert!(read_clause(&s, 0, s.len(), true).is_empty());
        // Not after another unit, nor with more than five words or a number before it.
        assert!(read_listed_clause(&s, 0, s.len(), true, Some(MeasureUnit::Hectare)).is_empty());
        let long = Folded::new("giá trị sản xuất của nhóm cây giống, hoa cảnh 500 triệu USD").text;
        assert!(read_listed_clause(&long, 0, long.len(), true, usd).is_empty());
        // A comparator of its own is the figure's.
        let own = Folded::new("trên 500 triệu USD").text;
        assert!(read_listed_clause(&own, 0, own.len(), true, usd).iter().all(|f| f.compared_itself));
        assert!(found.iter().all(|f| !f.compared_itself));
    }

    #[test]
    fn a_smaller_figure_in_a_bracket_after_its_total_is_a_part() {
        // bac_lieu_du_lich_2030 (development): the part named in the bracket, with or without "trong đó".
        assert_eq!(values("giải quyết việc làm cho 50.000 lao động (20.000 lao động trực tiếp)"), [50000.0, 20000.0]);
        assert_eq!(
            values("giải quyết việc làm cho 30.000 lao động (trong đó 12.000 lao động trực tiếp)"),
            [30000.0, 12000.0]
        );
        // Not a larger figure, nor one the bracket names nothing of.
        assert_eq!(values("giải quyết việc làm cho 50.000 lao động (60.000 lao động trực tiếp)"), [50000.0]);
        assert_eq!(values("giải quyết việc làm cho 50.000 lao động (20.000)"), [50000.0]);
    }

    #[test]
    fn one_hectare_after_tren_is_what_an_amount_is_per() {
        // xa_thieu_hoa_thanh_hoa_2026 (development): "trên 1ha" is per hectare; more than a thousand hectares is a figure.
        let values = |t: &str| read(t).1.iter().map(|f| (f.value, f.unit)).collect::<Vec<_>>();
        assert_eq!(
            values("giá trị sản phẩm thu hoạch trên 1ha đất trồng trọt đạt 170 triệu đồng/ha/năm"),
            [(170e6, MeasureUnit::Dong)]
        );
        assert_eq!(values("phấn đấu trồng mới trên 1.000 ha rừng"), [(1000.0, MeasureUnit::Hectare)]);
        assert_eq!(values("phấn đấu trồng mới 1 ha rừng"), [(1.0, MeasureUnit::Hectare)]);
        // xa_bau_lam_ho_chi_minh_2030 (development): so is "trên 1000 dân", what a ratio is per; not more than a
        // thousand people helped.
        assert_eq!(
            values("số doanh nghiệp đang hoạt động trên 1000 dân đạt 2 doanh nghiệp"),
            [(2.0, MeasureUnit::PerThousandPeople)]
        );
        assert_eq!(values("phấn đấu hỗ trợ trên 1.000 người dân"), [(1000.0, MeasureUnit::Count)]);
    }

    #[test]
    fn what_corresponds_to_a_figure_says_it_again() {
        // quang_tri_2026 (development): the rise in đồng "tương ứng" to the rate is the same change; the level it
        // rises to, after another number, is a figure of its own.
        let (_, found) = read(
            "GRDP của tỉnh dự kiến tăng 10,6%, tương ứng tăng thêm khoảng 6.490 tỷ đồng, từ 61.245 tỷ đồng năm 2025 lên \
             67.735 tỷ đồng",
        );
        let got: Vec<_> = found.iter().map(|f| f.value).collect();
        assert_eq!(got, [10.6, 67_735e9]);
        // ha_noi_2023, dak_nong_giam_ngheo_2024 (development): a bracket "tương đương" opens holds the same figure
        // in whatever unit; a floor's "trở lên" stands before "tương ứng".
        assert_eq!(values("Giảm số hộ nghèo: 30% (tương đương 890 hộ, 0,04%)"), [30.0]);
        assert_eq!(values("tỷ lệ hộ nghèo giảm từ 2% trở lên, tương ứng với số hộ giảm trên 3.415 hộ"), [2.0]);
        // A bracket of other words keeps its figures.
        assert_eq!(values("Giảm số hộ nghèo: 30% (trong đó 0,04% hộ có công)"), [30.0, 0.04]);
    }

    #[test]
    fn a_list_ends_at_a_sublist_or_a_number_compared_on_its_own() {
        // quang_ninh_dai_hoi (development): "trong đó" opens a list of its own even after a comma, and "trên
        // 76 tuổi" (a life expectancy, in years) ends the list "dưới" opened.
        let comparators = |text: &str| read(text).1.iter().map(|f| (f.value, f.comparator)).collect::<Vec<_>>();
        assert_eq!(
            comparators("tỷ lệ lao động qua đào tạo đạt trên 90%, trong đó có bằng cấp, chứng chỉ 48%"),
            vec![(90.0, Comparator::MoreThan), (48.0, Comparator::Reach)]
        );
        assert_eq!(
            comparators(
                "tỷ lệ thất nghiệp dưới 2%, tuổi thọ trung bình trên 76 tuổi, 100% dân số tham gia bảo hiểm y tế"
            ),
            vec![(2.0, Comparator::LessThan), (76.0, Comparator::MoreThan), (100.0, Comparator::Reach)]
        );
        // Without either, the list's comparator holds.
        assert_eq!(
            comparators("Tối thiểu 90% hồ sơ cấp tỉnh, 80% hồ sơ cấp huyện năm 2025"),
            vec![(90.0, Comparator::AtLeast), (80.0, Comparator::AtLeast)]
        );
    }

    #[test]
    fn a_subject_that_strives_names_nothing_measured() {
        let s = "nam 2026, ban chap hanh dang bo tinh phan dau grdp theo gia hien hanh dat ";
        assert_eq!(after_striving(s).map(|i| sub(s, i, s.len()).trim()), Some("grdp theo gia hien hanh dat"));
        assert_eq!(after_striving("ty le ho so cong viec phan dau dat "), None);
        assert_eq!(after_striving("tinh phan dau den nam 2025 co "), None);
        assert_eq!(after_striving("ty le ho so cong viec dat "), None);
        // So does one that sets the goal (bac_lieu_pci_2025, a development text).
        let s = "tinh nay dang dat muc tieu dua chi so pci cua tinh nam trong nhom ";
        assert_eq!(after_striving(s).map(|i| sub(s, i, s.len()).trim()), Some("chi so pci cua tinh nam trong nhom"));
        assert_eq!(after_striving("tinh dat muc tieu dat "), None);
        // The quote keeps the whole segment, the indicator's words start after "phấn đấu".
        let (s, found) =
            read("Năm 2026, Ban Chấp hành Đảng bộ tỉnh phấn đấu GRDP theo giá hiện hành đạt 352.035 tỷ đồng");
        assert_eq!(found.len(), 1);
        assert_eq!(sub(&s, found[0].phrase.0, found[0].phrase.1).trim(), "grdp theo gia hien hanh");
        assert_eq!(found[0].start, 0);
        assert_eq!(
            (found[0].value, found[0].unit, found[0].comparator),
            (352_035e9, MeasureUnit::Dong, Comparator::Reach)
        );
        // The time and the verb after "phấn đấu" name nothing measured either.
        let s = "phan dau den nam 2030, dua grdp binh quan dau nguoi dat ";
        assert_eq!(after_striving(s).map(|i| sub(s, i, s.len()).trim()), Some("grdp binh quan dau nguoi dat"));
        // Words after the figure that say only its year name nothing: the words before it do.
        let (s, found) = read("GRDP bình quân đầu người phấn đấu đạt 170 triệu đồng vào năm 2030");
        assert_eq!(sub(&s, found[0].phrase.0, found[0].phrase.1).trim(), "grdp binh quan dau nguoi phan dau");
        // What follows "với tỷ lệ" names the figure.
        let (s, found) = read("trở thành đô thị loại I vào năm 2025 với tỉ lệ đô thị hóa khoảng 45%");
        assert_eq!(sub(&s, found[0].phrase.0, found[0].phrase.1).trim(), "ti le do thi hoa");
        // A range's lower bound is neither the comparator's words nor the indicator's.
        let (s, found) = read("tốc độ tăng trưởng kinh tế giai đoạn 2021-2025 tăng 10% – 11%/năm");
        assert_eq!(found.len(), 1);
        assert_eq!(
            sub(&s, found[0].phrase.0, found[0].phrase.1).trim(),
            "toc do tang truong kinh te giai doan 2021-2025 tang"
        );
        assert_eq!((found[0].value, found[0].unit), (11.0, MeasureUnit::PercentPerYear));
        let (s, found) = read("tổng vốn đầu tư toàn xã hội đạt 60.000 – 65.000 tỷ đồng");
        assert_eq!(sub(&s, found[0].phrase.0, found[0].phrase.1).trim(), "tong von dau tu toan xa hoi");
        assert_eq!((found[0].value, found[0].unit), (65_000e9, MeasureUnit::Dong));
        // A connector before "tỷ lệ" and a tier after the figure name nothing.
        let (s, found) = read("Bên cạnh đó, tỷ lệ hồ sơ trực tuyến toàn trình phải đạt ít nhất 65% tại UBND cấp xã");
        assert_eq!(sub(&s, found[0].phrase.0, found[0].phrase.1).trim(), "ty le ho so truc tuyen toan trinh phai dat");
        assert_eq!((found[0].tier, found[0].comparator), (Some(Tier::Commune), Comparator::AtLeast));
        // A rank is of what its group is ranked by, said after it.
        let (s, found) = read("nằm trong nhóm 20 tỉnh, thành phố có tổng sản phẩm trên địa bàn cao nhất cả nước");
        assert_eq!(sub(&s, found[0].phrase.0, found[0].phrase.1).trim(), "tong san pham tren dia ban");
        assert!(found[0].phrase_explicit);
        assert_eq!(ranked_by(" tinh, thanh pho dan dau"), None);
        // An amount too large for a number in đồng is no figure.
        let (_, found) = read(&format!("GRDP đạt {} nghìn tỷ đồng", "9".repeat(300)));
        assert!(found.is_empty());
    }

    #[test]
    fn a_counted_unit_of_a_level_is_no_tier() {
        // phu_yen_nong_thon_moi_2025 (a development text).
        let (_, found) = read("có từ 3 đến 4 đơn vị cấp huyện đạt chuẩn nông thôn mới");
        assert_eq!((found[0].value, found[0].unit, found[0].tier), (4.0, MeasureUnit::Count, None));
        let (_, found) = read("90% hồ sơ công việc cấp huyện được xử lý trên môi trường mạng");
        assert_eq!(found[0].tier, Some(Tier::District));
    }

    #[test]
    fn a_floor_closed_by_its_or_more_carries_to_its_tiers_only() {
        // kon_tum_giao_duc_dan_toc_thieu_so_2025 (a development text).
        let (_, found) = read("khá từ 92% trở lên và 95% học sinh DTTS có học lực từ trung bình trở lên");
        let rows: Vec<_> = found.iter().map(|t| (t.value, t.comparator)).collect();
        assert_eq!(rows, vec![(92.0, Comparator::AtLeast), (95.0, Comparator::Reach)]);
        let (_, found) = read("hồ sơ công việc từ 90% trở lên ở cấp tỉnh, 80% ở cấp huyện, 60%");
        let rows: Vec<_> = found.iter().map(|t| (t.value, t.comparator)).collect();
        assert_eq!(rows, vec![(90.0, Comparator::AtLeast), (80.0, Comparator::AtLeast), (60.0, Comparator::AtLeast)]);
    }

    #[test]
    fn a_named_rates_upper_bound_does_not_carry_to_other_shares_named_after_them() {
        // A probe of 8 Dec 2026 (a town's targets for 2020).
        let (_, found) = read("Tỷ lệ hộ nghèo dưới 1,5%, 90% gia đình, 65% dòng họ đạt văn hóa");
        let rows: Vec<_> = found.iter().map(|t| (t.value, t.comparator)).collect();
        assert_eq!(rows, vec![(1.5, Comparator::LessThan), (90.0, Comparator::Reach), (65.0, Comparator::Reach)]);
        // A floor goes on (huyen_hung_ha_thai_binh_van_hoa_2020, a development text); so does a bound named again.
        let (_, found) = read("Tỷ lệ gia đình văn hóa ít nhất 80%, 56% dòng họ văn hóa");
        let rows: Vec<_> = found.iter().map(|t| (t.value, t.comparator)).collect();
        assert_eq!(rows, vec![(80.0, Comparator::AtLeast), (56.0, Comparator::AtLeast)]);
        let (_, found) = read("Tỷ lệ suy dinh dưỡng thể thấp còi dưới 20%, thể nhẹ cân 15%");
        let rows: Vec<_> = found.iter().map(|t| (t.value, t.comparator)).collect();
        assert_eq!(rows, vec![(20.0, Comparator::LessThan), (15.0, Comparator::LessThan)]);
    }

    #[test]
    fn a_comparator_in_a_bracket_is_not_carried_out_of_it() {
        // A probe of 8 Dec 2026 (a province's plan for vocational training in 2022).
        let (_, found) =
            read("khoảng 20.000 người (lao động nữ chiếm ít nhất 41,5%), nâng tỷ lệ lao động qua đào tạo lên 68%");
        let rows: Vec<_> = found.iter().map(|t| (t.value, t.comparator)).collect();
        assert_eq!(rows, vec![(20000.0, Comparator::About), (41.5, Comparator::AtLeast), (68.0, Comparator::Reach)]);
        // A bracket of the figure's tier, opened and closed between, keeps the list's comparator.
        assert!(!closes_a_bracket(" (lao động nữ), ") && closes_a_bracket("), nâng tỷ lệ lên "));
        let (_, found) = read("tối thiểu 90% (cấp tỉnh), 80% (cấp huyện)");
        let rows: Vec<_> = found.iter().map(|t| (t.value, t.comparator)).collect();
        assert_eq!(rows, vec![(90.0, Comparator::AtLeast), (80.0, Comparator::AtLeast)]);
    }

    #[test]
    fn an_opening_qualifier_carries_to_each_figure_with_its_tier() {
        let (s, found) =
            read("Tối thiểu 90% hồ sơ công việc cấp tỉnh, 80% hồ sơ công việc cấp huyện và 60% hồ sơ công việc cấp xã");
        let rows: Vec<_> = found.iter().map(|t| (t.value, t.comparator, t.tier, t.unit)).collect();
        assert_eq!(
            rows,
            vec![
                (90.0, Comparator::AtLeast, Some(Tier::Province), MeasureUnit::Percent),
                (80.0, Comparator::AtLeast, Some(Tier::District), MeasureUnit::Percent),
                (60.0, Comparator::AtLeast, Some(Tier::Commune), MeasureUnit::Percent),
            ]
        );
        assert!(found[0].reasons.is_empty());
        assert!(matches!(
            found[1].reasons[..],
            [Uncertainty::ComparatorCarried { comparator: Comparator::AtLeast, .. }]
        ));
        // The carried words are those from the clause's start to the first figure.
        assert_eq!(found[1].opening.map(|(a, b)| sub(&s, a, b)), Some("toi thieu "));
        // Phrases are raw folded ranges; the indicators stage tidies them.
        assert_eq!(sub(&s, found[1].phrase.0, found[1].phrase.1), " ho so cong viec cap huyen va");
    }

    #[test]
    fn a_change_with_its_own_verb_takes_no_comparator_carried_from_a_level() {
        assert_eq!(
            compared("tỷ lệ hộ nghèo còn dưới 5,5%, thu nhập của hộ nghèo tăng lên 1,5 lần, chi phí giảm 10%"),
            [(5.5, Comparator::LessThan), (50.0, Comparator::Reach), (10.0, Comparator::Reach)]
        );
        assert!(units::change_right_before("thu nhap tang len ") && units::change_right_before("chi phi giam "));
        assert!(!units::change_right_before("tang cuong ") && !units::change_right_before("giam con "));
        // Nor a higher aim the plan strives for beside a floor (hau_giang_xanh_2030, a development text).
        assert_eq!(
            compared("ít nhất 95% và phấn đấu 100% chất thải rắn sinh hoạt được thu gom"),
            [(95.0, Comparator::AtLeast), (100.0, Comparator::Reach)]
        );
    }

    #[test]
    fn a_sectors_value_before_its_share_is_no_target_of_its_own() {
        // xa_an_binh_bac_ninh_2023 (a development text): the share is the structure's target.
        let (_, found) = read("Trong đó giá trị thương mại dịch vụ đạt 298 tỉ đồng, chiếm 48%");
        let rows: Vec<_> = found.iter().map(|t| (t.value, t.unit)).collect();
        assert_eq!(rows, [(48.0, MeasureUnit::Percent)]);
        assert!(share_after(", chiem khoang 8%") && share_after(" , chiem ty trong 44,5 %"));
        assert!(!share_after(", tang 8%") && !share_after(" chiem 8%") && !share_after(", chiem phan lon"));
    }

    #[test]
    fn a_floor_right_after_a_figure_is_its_own_before_a_bracket() {
        // nong_cong_thanh_hoa (a development text): "trở lên" was read into the bracketed level's segment.
        assert_eq!(
            compared("Tỷ lệ hộ nghèo giảm 3% trở lên (còn 7%)"),
            [(3.0, Comparator::AtLeast), (7.0, Comparator::Reach)]
        );
    }

    #[test]
    fn a_count_in_digits_goes_on_the_list_a_count_in_words_opened() {
        let (_, found) = read("có ít nhất một trường cao đẳng chất lượng cao và 2 cơ sở giáo dục nghề nghiệp");
        let rows: Vec<_> = found.iter().map(|t| (t.value, t.comparator, t.unit)).collect();
        assert_eq!(
            rows,
            [(1.0, Comparator::AtLeast, MeasureUnit::Count), (2.0, Comparator::AtLeast, MeasureUnit::Count)]
        );
    }

    #[test]
    fn counts_in_words_go_on_a_list_of_counts_after_its_semicolons() {
        // "...; ba đô thị loại IV": a clause opening with a count in words, after a clause that ended with counts.
        let three = NumberToken { start: 0, end: 2, value: Some(3.0) };
        let hit = counted_in_words("", three, " do thi loai iv", Some(MeasureUnit::Count));
        assert_eq!(hit.map(|h| (h.value, h.unit_after)), Some((3.0, Some(MeasureUnit::Count))));
        // Not without that list, nor on a list of another unit.
        assert!(counted_in_words("", three, " do thi loai iv", None).is_none());
        assert!(counted_in_words("", three, " do thi loai iv", Some(MeasureUnit::Hectare)).is_none());
    }

    #[test]
    fn one_said_after_is_or_becomes_is_an_article() {
        // A probe of 7 Dec 2026: "xây dựng Đông Ngàn là một phường trung tâm" says what the ward is.
        let one = NumberToken { start: 0, end: 3, value: Some(1.0) };
        assert!(counted_in_words("xay dung dong ngan la ", one, " phuong trung tam", None).is_none());
        assert!(counted_in_words("phan dau tro thanh ", one, " phuong kieu mau", None).is_none());
        assert!(counted_in_words("xay dung them ", one, " phuong kieu mau", None).is_some());
    }

    #[test]
    fn segments_run_from_separator_to_separator() {
        let (s, found) = read("90% cấp tỉnh, 70% cấp huyện và 50% cấp xã");
        let segments: Vec<&str> = found.iter().map(|t| sub(&s, t.start, t.end)).collect();
        assert_eq!(segments, vec!["90% cap tinh,", " 70% cap huyen va", " 50% cap xa"]);
        assert!(!found[0].same_indicator_as_previous);
        assert!(found[1].same_indicator_as_previous && found[2].same_indicator_as_previous);
        // Nouns written as one with a comma or "và" between part no list (tuyen_quang_kinh_te_so_2025, a development
        // text).
        let (s, found) =
            read("từ 5%/năm, kinh tế số trong từng ngành, lĩnh vực đạt 7%, doanh nghiệp nhỏ và vừa đạt 50%");
        let segments: Vec<&str> = found.iter().map(|t| sub(&s, t.start, t.end)).collect();
        assert_eq!(
            segments,
            vec!["tu 5%/nam,", " kinh te so trong tung nganh, linh vuc dat 7%,", " doanh nghiep nho va vua dat 50%"]
        );
        // So are degrees and certificates (a probe of 7 Dec 2026; son_la_dai_hoi_2020, a development text).
        let (s, found) = read("lao động qua đào tạo đạt 72%, trong đó có bằng cấp, chứng chỉ đạt 32%");
        let segments: Vec<&str> = found.iter().map(|t| sub(&s, t.start, t.end)).collect();
        assert_eq!(segments, vec!["lao dong qua dao tao dat 72%,", " trong do co bang cap, chung chi dat 32%"]);
        let (s, found) = read("lao động đạt 65%, trong đó lao động được cấp bằng, chứng chỉ đạt 30%");
        let segments: Vec<&str> = found.iter().map(|t| sub(&s, t.start, t.end)).collect();
        assert_eq!(segments[1], " trong do lao dong duoc cap bang, chung chi dat 30%");
        // So are the people and enterprises served (a probe of 7 Dec 2026; dong_giang, a development text).
        let (s, found) = read("hồ sơ trực tuyến đạt 96%, mức độ hài lòng của người dân và doanh nghiệp đạt 100%");
        let segments: Vec<&str> = found.iter().map(|t| sub(&s, t.start, t.end)).collect();
        assert_eq!(segments[1], " muc do hai long cua nguoi dan va doanh nghiep dat 100%");
        // "với" right before a figure opens its segment (binh_duong_du_lich_2030, a development text); "so với" does not.
        let (s, found) = read("có 60 cơ sở khách sạn với 8.000 phòng lưu trú");
        let segments: Vec<&str> = found.iter().map(|t| sub(&s, t.start, t.end)).collect();
        assert_eq!(segments, vec!["co 60 co so khach san ", "voi 8.000 phong luu tru"]);
    }

    #[test]
    fn reach_then_or_more_is_a_floor_and_a_place_out_of_34_is_a_rank() {
        let (_, found) = read("tăng trưởng kinh tế đạt 10,71% trở lên");
        assert_eq!((found[0].value, found[0].comparator), (10.71, Comparator::AtLeast));
        let (_, found) = read("chỉ số năng lực cạnh tranh cấp tỉnh (PCI) xếp hạng 15/34 trên cả nước");
        let rows: Vec<_> = found.iter().map(|t| (t.value, t.comparator, t.tier, t.unit)).collect();
        assert_eq!(rows, [(15.0, Comparator::Reach, None, MeasureUnit::Rank)]);
        // Out of 63 before the merger; a ratio that is no ranking is no rank.
        assert_eq!(read("đứng thứ 20/63 tỉnh, thành phố").1[0].unit, MeasureUnit::Rank);
        assert!(read("xếp hạng 15/30 chỉ tiêu").1.is_empty());
    }

    #[test]
    fn a_figure_with_only_a_year_before_it_keeps_the_previous_indicator() {
        let (_, found) = read("tỷ lệ dân số trưởng thành có điện thoại thông minh năm 2025 đạt 80%, năm 2030 đạt 95%");
        let same: Vec<bool> = found.iter().map(|t| t.same_indicator_as_previous).collect();
        assert_eq!(same, [false, true]);
        assert!(only_year_words("den nam 2030") && only_year_words(" nam 2030 dat "));
        assert!(
            only_year_words("trong nam 2026") && only_year_words("het nam 2026") && only_year_words("cuoi nam 2025")
        );
        assert!(!only_year_words("nam 2030 ty le ho so") && !only_year_words("dat"));
        // A rank's group by a year (a probe of 7 Dec 2026); not a group that names what is ranked.
        assert!(only_a_group_by_year("den nam 2030 nam trong nhom") && only_a_group_by_year("nam 2030 vao top"));
        assert!(!only_a_group_by_year("den nam 2030 chi so pci nam trong nhom") && !only_a_group_by_year("nam 2030"));
        // A quarter's (a probe of 6 Dec 2026).
        assert!(only_quarter_words("quy i dat ") && only_quarter_words("den het quy 2 nam 2026"));
        assert!(!only_quarter_words("quy vi tinh") && !only_quarter_words("nam 2026 dat"));
        // The objective of a year, after another year's figure (a probe of 6 Dec 2026).
        assert!(objective_of_a_year(" muc tieu den nam 2030 la ") && objective_of_a_year("muc tieu nam 2030"));
        assert!(!objective_of_a_year("muc tieu nam 2030 ty le ho ngheo") && !objective_of_a_year("muc tieu la"));
        // "đạt" before a comparator's words (a probe of 6 Dec 2026).
        assert_eq!(without_reach("cap tinh dat "), "cap tinh ");
        assert_eq!(without_reach("cap xa quan dat"), "cap xa quan ");
        assert_eq!(without_reach("tieu chi dat"), "tieu chi ");
        assert_eq!(without_reach("tien do dat"), "tien do ");
        assert_eq!(without_reach("cap huyen"), "cap huyen");
        assert_eq!(without_reach("chat"), "chat");
        // What remains after a change (a probe of 6 Dec 2026; nong_cong_thanh_hoa, a development text).
        assert!(what_remains(" (con ") && what_remains("con"));
        assert!(!what_remains("con ho ngheo") && !what_remains(""));
    }

    #[test]
    fn a_preamble_before_trong_do_is_not_the_first_figures_segment() {
        let (s, found) = read(
            "UBND tỉnh vừa ban hành kế hoạch năm 2025 với hàng loạt chỉ tiêu, trong đó phấn đấu nằm trong top 10 \
             tỉnh, thành phố dẫn đầu cả nước",
        );
        assert_eq!((found[0].value, found[0].comparator, found[0].tier), (10.0, Comparator::AtMost, None));
        assert_eq!(sub(&s, found[0].start, found[0].number.start), " phan dau nam trong top ");
        // "trong độ tuổi" folds to the same words and is no connector.
        let (_, found) = read("Tỷ lệ người dân trong độ tuổi lao động được đào tạo kỹ năng số cơ bản đạt 50%");
        assert_eq!(found[0].start, 0);
        // Without it the clause's start opens the segment, as before.
        let (s, found) = read("Tỷ lệ hồ sơ được xử lý trực tuyến đạt 90%");
        assert_eq!(found[0].start, 0);
        assert!(sub(&s, found[0].start, found[0].end).starts_with("ty le ho so"));
    }

    #[test]
    fn an_increase_is_an_uncertain_unit_and_over_100_is_reach() {
        let (_, found) = read("năng suất lao động tăng 7%");
        assert_eq!((found[0].unit, found[0].unit_certain), (MeasureUnit::PercentIncrease, false));
        let (_, found) = read("trên 100% xã có điểm phục vụ");
        assert_eq!(found[0].comparator, Comparator::Reach);
        assert!(matches!(found[0].reasons[..], [Uncertainty::ComparatorGuessed { comparator: Comparator::Reach, .. }]));
    }

    #[test]
    fn a_figure_listed_after_its_name_is_named_and_quoted_by_it() {
        // phuong_ba_dinh_thanh_hoa (development): "Name: value" with nothing naming the figure in its clause.
        let text = "Tỷ lệ nhà ở kiên cố đến năm 2020: 98%.";
        let s = Folded::new(text).text;
        let colon = s.find(':').unwrap() + 1;
        let found = read_clause(&s, colon, s.len(), true);
        assert_eq!(sub(&s, found[0].phrase.0, found[0].phrase.1), "ty le nha o kien co den nam 2020");
        assert_eq!(found[0].start, 0);
        // Words after the figure that name it keep naming it ("Mục tiêu cụ thể: 90% hồ sơ ...").
        let text = "Mục tiêu cụ thể: 90% hồ sơ công việc được xử lý trên môi trường mạng.";
        let s = Folded::new(text).text;
        let colon = s.find(':').unwrap() + 1;
        let found = read_clause(&s, colon, s.len(), true);
        assert!(
            sub(&s, found[0].phrase.0, found[0].phrase.1).contains("ho so cong viec"),
            "{:?}",
            sub(&s, found[0].phrase.0, found[0].phrase.1)
        );
        assert_eq!(found[0].start, colon);
        // Its comparator after it names nothing (a probe of 7 Dec 2026).
        let text = "Tổng thu ngân sách nhà nước trên địa bàn xã: 45,6 tỷ đồng trở lên.";
        let s = Folded::new(text).text;
        let colon = s.find(':').unwrap() + 1;
        let found = read_clause(&s, colon, s.len(), true);
        assert_eq!(sub(&s, found[0].phrase.0, found[0].phrase.1), "tong thu ngan sach nha nuoc tren dia ban xa");
        assert!(nothing_named_after(" tro len.") && !nothing_named_after(" tro len muc cao"));
    }

    #[test]
    fn a_tiers_part_listed_under_a_total_is_named_by_its_own_name_and_tier() {
        // nghe_an_ngan_sach_cap_xa_2025 (a development text): the name starts after the colon before it, not at a dot of
        // the total's thousands nor before a figure of the list; its tier is its name's, not the next item's.
        let text =
            "Tổng chi ngân sách địa phương: 41.991.268 triệu đồng, trong đó: ngân sách cấp tỉnh: 26.096.016 triệu \
                    đồng, ngân sách cấp xã: 15.895.252 triệu đồng.";
        let s = Folded::new(text).text;
        let name = |at: usize| listed_name(&s, at).map(|(a, b)| sub(&s, a, b));
        let parts: Vec<usize> = s.match_indices(": ").map(|(i, _)| i + 1).collect();
        assert_eq!(name(parts[0]), Some("tong chi ngan sach dia phuong"));
        assert_eq!(name(parts[2]), Some(" ngan sach cap tinh"));
        assert_eq!(name(parts[3]), Some(" ngan sach cap xa"));
        let found = read_clause(&s, parts[2], parts[3] - 1, true);
        assert_eq!(
            (found[0].tier, sub(&s, found[0].start, found[0].end)),
            (Some(Tier::Province), " ngan sach cap tinh: 26.096.016 trieu dong")
        );
        assert!(found[0].same_indicator_as_previous);
        let found = read_clause(&s, parts[3], s.len(), true);
        assert_eq!(found[0].tier, Some(Tier::Commune));
        assert!(found[0].same_indicator_as_previous);
        // A level's budget under a total that names no budget is no part of that total's indicator.
        let s = Folded::new(
            "Chi đầu tư phát triển: 9.770.917 triệu đồng, trong đó: ngân sách cấp tỉnh: 9.098.967 triệu đồng.",
        )
        .text;
        assert!(!a_tiers_part(&s, listed_name(&s, s.rfind(": ").unwrap() + 1).unwrap()));
        // The rest of a long clause a colon ends stays with its figure.
        let s = Folded::new(
            "Thực hiện 100% hồ sơ tại cấp tỉnh, cấp huyện và cấp xã được xử lý trên môi trường mạng (trừ hồ sơ \
                             mật): 90%.",
        )
        .text;
        let end = s.find("): ").unwrap() + 1;
        assert_eq!(next_name_start(&s, s.find("% ").unwrap() + 1, end), end);
    }

    #[test]
    fn the_government_that_sets_an_objective_is_no_tier_of_it() {
        // hung_yen_dai_hoi (development): "UBND tỉnh" names who sets the objective.
        let (_, found) = read(
            "Đại hội Đảng bộ UBND tỉnh Hưng Yên, nhiệm kỳ 2025-2030, đặt mục tiêu, tốc độ tăng trưởng GRDP đạt 11%/năm",
        );
        assert_eq!(found[0].tier, None);
        // Tier words after the setting verb are the figure's; so are those of a name before it.
        let (_, found) = read("UBND tỉnh phấn đấu tỷ lệ hồ sơ công việc cấp huyện được xử lý trên mạng đạt 90%");
        assert_eq!(found[0].tier, Some(Tier::District));
        let (_, found) = read("Tỷ lệ hồ sơ công việc cấp huyện được xử lý trên mạng phấn đấu đạt 90%");
        assert_eq!(found[0].tier, Some(Tier::District));
        // Nor is the body whose plan is the source (a probe of 6 Dec 2026): its words end at the source's comma.
        let (_, found) = read(
            "Theo Kế hoạch số 120/KH-UBND của UBND tỉnh Gia Lai, mục tiêu đến năm 2030, kinh tế số \
                               chiếm tỷ trọng 30% GRDP",
        );
        assert_eq!(found[0].tier, None);
        let (_, found) = read("Theo Kế hoạch của UBND tỉnh, hồ sơ cấp xã được xử lý trực tuyến đạt 90%");
        assert_eq!(found[0].tier, Some(Tier::Commune));
    }

    #[test]
    fn a_tiers_words_alone_before_a_figure_name_its_tier() {
        // A probe of 6 Dec 2026 (a province's plan): no "đạt" between the tier and its figure.
        let (_, found) = read("Tỷ lệ văn bản điện tử được ký số: cấp tỉnh 100%; cấp xã 95%");
        let tiers: Vec<_> = found.iter().map(|f| (f.value, f.tier)).collect();
        assert_eq!(tiers, [(100.0, Some(Tier::Province)), (95.0, Some(Tier::Commune))]);
        // Two words that are no tier's name none.
        let (_, found) = read("Kinh tế: tăng 10%");
        assert_eq!(found[0].tier, None);
    }

    #[test]
    fn an_amounts_comparator_after_its_name_is_not_carried_to_the_next_named_in_its_turn() {
        // quang_ninh_2026 (development): "trên" is the domestic revenue's own.
        let comparators = |t: &str| read(t).1.iter().map(|f| (f.comparator, f.value)).collect::<Vec<_>>();
        assert_eq!(
            comparators("thu nội địa trên 56.500 tỷ đồng, thu xuất nhập khẩu 17.500 tỷ đồng"),
            [(Comparator::MoreThan, 56.5e12), (Comparator::Reach, 17.5e12)]
        );
        // A comparator opening the list, or one whose next figure is named by no words of its own, is carried.
        assert_eq!(
            comparators("tốc độ truy cập đạt tối thiểu 150 Mbps cho hộ gia đình, 200 Mbps cho cơ quan"),
            [(Comparator::AtLeast, 150.0), (Comparator::AtLeast, 200.0)]
        );
        assert_eq!(
            comparators("thu hút khoảng 50 ngàn lượt khách quốc tế và 1,5 triệu lượt khách nội địa"),
            [(Comparator::About, 50e3), (Comparator::About, 1.5e6)]
        );
    }

    #[test]
    fn the_same_quantity_in_other_units_takes_its_comparator() {
        // lang_son_dang_bo_ubnd, ha_tinh_kinh_te_tu_nhan_2030 (development texts): "tương đương" says again, in other
        // units, the figure before, about as much as it.
        let comparators = |t: &str| read(t).1.iter().map(|f| (f.comparator, f.value)).collect::<Vec<_>>();
        assert_eq!(
            comparators("GRDP bình quân đầu người đạt khoảng 130 triệu đồng, tương đương 5.000 USD"),
            [(Comparator::About, 130e6), (Comparator::About, 5000.0)]
        );
        assert_eq!(
            comparators("có trên 18.000 doanh nghiệp, tương đương 13–15 doanh nghiệp/1.000 dân"),
            [(Comparator::MoreThan, 18e3), (Comparator::MoreThan, 15.0)]
        );
        // A figure with words of its own between keeps its own.
        assert_eq!(
            comparators("GRDP bình quân đầu người đạt khoảng 130 triệu đồng, xuất khẩu đạt 5 tỷ USD"),
            [(Comparator::About, 130e6), (Comparator::Reach, 5e9)]
        );
    }

    #[test]
    fn an_amounts_comparator_is_not_carried_to_a_rate() {
        // da_nang_dai_hoi (development): "hơn" is the amount's; the growth after it is reached.
        let (_, found) = read("Vốn đầu tư phát triển đạt hơn 710 nghìn tỷ đồng, tăng bình quân 14-15%/năm");
        let rows: Vec<_> = found.iter().map(|f| (f.comparator, f.value)).collect();
        assert_eq!(rows, vec![(Comparator::MoreThan, 710e12), (Comparator::Reach, 15.0)]);
        // Between figures of one kind it is carried as before.
        let (_, found) = read("trên 90% hồ sơ cấp tỉnh, 80% hồ sơ cấp huyện");
        assert_eq!(found[1].comparator, Comparator::MoreThan);
        // dong_nai_logistics_2030 (a development text): a yearly rate's "khoảng" is not a level's after it; between
        // yearly rates it is carried.
        let comparators = |t: &str| read(t).1.iter().map(|f| f.comparator).collect::<Vec<_>>();
        assert_eq!(
            comparators("tốc độ tăng trưởng đạt khoảng 20%-25%/năm, tỉ trọng đóng góp vào GDP của tỉnh 10%-15%"),
            [Comparator::About, Comparator::Reach]
        );
        assert_eq!(
            comparators("doanh thu tăng khoảng 20%/năm, lợi nhuận tăng 15%/năm"),
            [Comparator::About, Comparator::About]
        );
    }

    #[test]
    fn quantities_to_reach_are_read_in_their_units() {
        // quang_ninh_dai_hoi, lai_chau, phu_tho_dai_hoi, phuong_duc_xuan_thai_nguyen (development texts).
        let rows = |text: &str| {
            let (s, found) = read(text);
            found
                .iter()
                .map(|f| (f.comparator, f.value, f.unit, sub(&s, f.phrase.0, f.phrase.1).trim().to_owned()))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            rows("GRDP bình quân đầu người đạt 20.000 USD/người"),
            vec![(Comparator::Reach, 20_000.0, MeasureUnit::Usd, "grdp binh quan dau nguoi".to_owned())]
        );
        assert_eq!(
            rows("Đến năm 2025, diện tích cây chè 10.000 ha"),
            vec![(Comparator::Reach, 10_000.0, MeasureUnit::Hectare, "dien tich cay che".to_owned())]
        );
        // Not the comma inside a name that opens the clause (a probe of 7 Dec 2026).
        assert_eq!(
            rows("Chỉ số phục vụ người dân, doanh nghiệp đạt 85 điểm")[0].3,
            "chi so phuc vu nguoi dan, doanh nghiep"
        );
        assert_eq!(rows("tổng sản lượng lương thực có hạt trên 226.000 tấn")[0].2, MeasureUnit::Tonne);
        assert_eq!(
            rows("thời gian sống khỏe mạnh đạt tối thiểu 69 năm")[0].0..=rows("tuổi thọ trung bình trên 76 tuổi")[0].0,
            Comparator::AtLeast..=Comparator::MoreThan
        );
        assert_eq!(rows("tuổi thọ trung bình trên 76 tuổi")[0].2, MeasureUnit::Years);
        // Things counted: named by the verb and the noun, or by the words that name their number.
        assert_eq!(
            rows("phấn đấu thành lập 2.000 doanh nghiệp mới mỗi năm"),
            vec![(
                Comparator::Reach,
                2000.0,
                MeasureUnit::Count,
                "thanh lap 2.000 doanh nghiep moi moi nam".to_owned()
            )]
        );
        assert_eq!(
            rows("Tổng số doanh nghiệp đang hoạt động trên 45.000 doanh nghiệp"),
            vec![(
                Comparator::MoreThan,
                45_000.0,
                MeasureUnit::Count,
                "tong so doanh nghiep dang hoat dong".to_owned()
            )]
        );
        assert_eq!(rows("Quy mô dân số đạt 4,2 triệu người")[0].1, 4.2e6);
        // What there is now is a figure too; the words that report make it an observation (a probe of 6 Dec 2026).
        assert_eq!(rows("toàn tỉnh hiện có 120 doanh nghiệp. Tỷ lệ")[0].1, 120.0);
        // Ages, a congress's members, tasks and a count with no verb that sets it are no targets.
        for text in [
            "100% người từ 15 tuổi trở lên",
            "449 đại biểu đại diện cho hơn 156.000 đảng viên",
            "triển khai 05 giải pháp",
            "đầu tư hạ tầng 5 hạ tầng số",
        ] {
            assert!(rows(text).iter().all(|r| r.2 == MeasureUnit::Percent), "{text}: {:?}", rows(text));
        }
    }

    #[test]
    fn a_figure_said_again_in_another_unit_is_not_one_of_its_own() {
        // nhu_xuan_thanh_hoa and phuong_ngoc_trao_thanh_hoa (development texts).
        let (_, found) = read("Tỷ lệ số xã đạt chuẩn nông thôn mới năm 2025 đạt 50% (8 xã)");
        assert_eq!(found.iter().map(|f| f.value).collect::<Vec<_>>(), vec![50.0]);
        let (_, found) = read("Số trường đạt chuẩn quốc gia: 3 trường = 100%");
        assert_eq!(found.iter().map(|f| (f.value, f.unit)).collect::<Vec<_>>(), vec![(3.0, MeasureUnit::Count)]);
        // Two figures of one unit are two ("đạt 90% (cấp tỉnh) và 80%").
        let (_, found) = read("đạt 50% (60%)");
        assert_eq!(found.len(), 2);
        // A quantity in brackets opened after a figure, or alone in them, says it again (an_giang_dai_hoi,
        // ho_chi_minh_dang_bo_ubnd, nhu_xuan_thanh_hoa: development texts); a rate in brackets after an amount
        // says more (ha_noi_dai_hoi).
        assert_eq!(values("GRDP bình quân đầu người đạt hơn 6.300 USD/năm trở lên (khoảng 166 triệu đồng)"), [6300.0]);
        assert_eq!(values("phấn đấu di dời 50% căn nhà ven kênh rạch trên địa bàn (20.000 căn)"), [50.0]);
        assert_eq!(values("tỷ lệ thôn đạt chuẩn 58,9% (66/112 thôn, tăng thêm 20 thôn)"), [58.9]);
        assert_eq!(
            values(
                "Vốn đầu tư toàn xã hội: từ 3,1 đến 3,2 triệu tỷ đồng (theo giá hiện hành, tăng từ 12,5 đến 13,5%/năm)"
            ),
            [3.2e15, 13.5]
        );
    }

    #[test]
    fn the_indicator_named_first_is_the_phrase() {
        let (s, found) = read("Tỷ lệ dân số trưởng thành có điện thoại thông minh đạt trên 85%");
        assert_eq!(found[0].comparator, Comparator::MoreThan);
        assert_eq!(
            sub(&s, found[0].phrase.0, found[0].phrase.1),
            "ty le dan so truong thanh co dien thoai thong minh "
        );
    }

    /// The words (folded, trimmed) that name the first figure of a clause.
    fn first_phrase(text: &str) -> Option<String> {
        let (s, found) = read(text);
        found.first().map(|f| sub(&s, f.phrase.0, f.phrase.1).trim().to_owned())
    }

    #[test]
    fn the_source_a_comma_closes_names_nothing() {
        // quang_tri_2026 and phu_tho_nuoc_sach_nong_thon_2026 (development texts): they were `bao_cao_hoi_nghi` and
        // `so_lieu_thong_ke`.
        assert_eq!(
            first_phrase("Theo báo cáo tại hội nghị, năm 2026 dự toán thu ngân sách nhà nước đạt 13.608 tỷ đồng")
                .as_deref(),
            Some("nam 2026 du toan thu ngan sach nha nuoc")
        );
        assert_eq!(after_a_source("theo so lieu thong ke, nam 2025, ty le "), Some(22));
        // Not without its comma, nor a report named later in the clause.
        assert_eq!(after_a_source("theo bao cao ket qua chi so pci "), None);
        assert_eq!(after_a_source("ty le theo bao cao, "), None);
        // A probe of 6 Dec 2026, dak_nong_giam_ngheo_2024 and thai_nguyen_2026 (development texts): any source, a body,
        // a plan or a person, names nothing either; "Theo đó," is a connector, read as one.
        assert_eq!(
            first_phrase("Theo Nghị quyết của HĐND tỉnh, GRDP bình quân đầu người năm 2026 đạt khoảng 160 triệu đồng")
                .as_deref(),
            Some("grdp binh quan dau nguoi nam 2026 dat")
        );
        assert_eq!(after_a_source("theo ubnd tinh dak nong, ket qua dieu tra "), Some(24));
        assert_eq!(after_a_source("theo ke hoach, grdp "), Some(14));
        assert_eq!(after_a_source("theo do, ty le "), None);
        // After a dateline in brackets (binh_duong_moi_truong_2025, a development text; a probe of 6 Dec 2026).
        let dated = "(ngay 15/10/2026) theo bao cao cua cong an tinh, den nay ";
        assert_eq!(after_a_source(dated), dated.find(", den").map(|i| i + 1));
        assert_eq!(after_a_source("(bdo) ty le "), None);
    }

    #[test]
    fn what_the_places_a_share_counts_have_is_no_figure() {
        // Probes of 6 Dec 2026 (and ho_chi_minh_cong_dan_so, a development text, labelled so).
        for lead in
            ["phan dau 100% xa, phuong co it nhat ", "100% thon co toi thieu ", "100% xa, phuong co chi so dti tren "]
        {
            assert!(qualifies_a_share(lead), "{lead}");
        }
        // Not a figure a verb gives, nor one after another part of the clause, nor one with no share before it.
        for lead in [
            "100% xa co diem phuc vu, ",
            "100% xa co ty le ho so truc tuyen dat ",
            "80% xa dat chuan; thon co ",
            "toan tinh co ",
            "100% doanh nghiep co it nhat ",
        ] {
            assert!(!qualifies_a_share(lead), "{lead}");
        }
    }

    #[test]
    fn a_comment_after_a_figure_and_its_comma_names_nothing() {
        // A probe of 6 Dec 2026, hau_giang_2025, xa_nghia_hanh_nghe_an_2030 and quang_ngai_thu_ngan_sach_2026
        // (development texts): "cao_nhat_tu_truoc_nay", "xep_thu_vung_dong_bang_song_cuu_long_...",
        // "vuot_muc_tieu_nghi_quyet" and "bang_du_toan_trung_uong_giao" were named by what was said of the figure.
        for (text, name) in [
            ("Năm 2025, tăng trưởng GRDP ước đạt 9,2%, cao nhất từ trước đến nay", "tang truong grdp"),
            ("tăng trưởng kinh tế đạt 8,76%, xếp thứ 2 vùng đồng bằng sông Cửu Long", "tang truong kinh te"),
            ("Thu nhập bình quân đầu người năm 2025 đạt 51,2 triệu đồng, vượt mục tiêu nghị quyết", "thu nhap"),
            ("thu nội địa 22.824 tỷ đồng, bằng dự toán Trung ương giao", "thu noi dia"),
        ] {
            let phrase = first_phrase(text).unwrap_or_default();
            assert!(phrase.contains(name), "{text}: {phrase}");
        }
        // Words after it with no comma still name it ("đạt 80% số xã có ...").
        assert_eq!(first_phrase("Phấn đấu đạt 80% số xã có điểm phục vụ").as_deref(), Some("so xa co diem phuc vu"));
    }

    #[test]
    fn a_tables_percentage_in_a_row_naming_grdp_is_a_share_of_it() {
        let unit = |label: &str| percent_named_by(&Folded::new(label).text, MeasureUnit::Percent);
        assert_eq!(unit("Tỷ trọng kinh tế số trong GRDP"), MeasureUnit::PercentOfGrdp);
        assert_eq!(unit("Tốc độ tăng trưởng GRDP"), MeasureUnit::Percent);
        assert_eq!(unit("Tỷ lệ hộ gia đình có cáp quang"), MeasureUnit::Percent);
        assert_eq!(percent_named_by("ty trong kinh te so trong grdp", MeasureUnit::Dong), MeasureUnit::Dong);
    }

    #[test]
    fn a_share_of_the_plan_assigned_is_named_by_what_reaches_it() {
        // A probe of 6 Dec 2026 ("Tuyển quân ... giao" was named "giao"), xa_hoa_phong_da_nang and
        // phuong_phu_loi_ho_chi_minh (development texts).
        assert_eq!(first_phrase("Tuyển quân đạt 100% chỉ tiêu trên giao").as_deref(), Some("tuyen quan"));
        assert_eq!(first_phrase("giao quân hằng năm đạt 100% chỉ tiêu").as_deref(), Some("giao quan hang nam"));
        assert_eq!(
            first_phrase("hoàn thành 100% chỉ tiêu được giao").as_deref(),
            Some("hoan thanh 100% chi tieu duoc giao")
        );
        // What the quota is of, named after it, names the figure.
        assert_eq!(first_phrase("hoàn thành 100% chỉ tiêu tuyển quân").as_deref(), Some("chi tieu tuyen quan"));
        // A ward's or a special zone's council assigns one too (a probe of 6 Dec 2026).
        assert!(the_plan_assigned("du toan hdnd phuong giao"));
        assert!(the_plan_assigned("ke hoach ubnd dac khu giao"));
        // An estimate's verb after a name and its colon names nothing: the name listed does, up to the figure (a probe
        // of 6 Dec 2026), and the verb is no part of its name ([`super::naming::name_vi`]).
        assert_eq!(
            first_phrase("Thu ngân sách: ước thực hiện 56,2 tỷ đồng").as_deref(),
            Some("thu ngan sach: uoc thuc hien")
        );
        // A rate opening a bracket names the figure in it (lao_cai_dau_tu_cong_2024, a development text).
        assert_eq!(
            first_phrase("đứng nhóm đầu (tỷ lệ giải ngân của cả nước đạt 78,01% kế hoạch giao)").as_deref(),
            Some("ty le giai ngan cua ca nuoc")
        );
    }

    #[test]
    fn a_share_of_a_whole_is_named_by_what_it_counts() {
        // Probes of 6 Dec 2026, and da_nang_dai_hoi, ha_tinh_kinh_te_tu_nhan_2030 (development texts).
        assert_eq!(first_phrase("Phủ sóng 5G đến 60% dân số").as_deref(), Some("phu song 5g den"));
        assert_eq!(
            first_phrase("Kết nạp đảng viên mới mỗi năm đạt 3 - 4% tổng số đảng viên").as_deref(),
            Some("ket nap dang vien moi moi nam")
        );
        // A whole with more words after it says what is counted: "60% dân số trưởng thành có ...".
        assert_eq!(
            first_phrase("Phấn đấu 60% dân số trưởng thành có chữ ký số").as_deref(),
            Some("dan so truong thanh co chu ky so")
        );
    }

    #[test]
    fn a_rate_after_an_opening_year_names_the_figure() {
        // A probe of 6 Dec 2026: the rate after "năm 2026", not the plan before the comma, names the figure.
        assert_eq!(
            first_phrase("Theo kế hoạch của UBND xã, năm 2026 tỷ lệ hộ nghèo giảm còn dưới 1,5%").as_deref(),
            Some("nam 2026 ty le ho ngheo giam con")
        );
        assert_eq!(after_an_opening_year("nam 2026 ty le ho ngheo"), "ty le ho ngheo");
        assert_eq!(after_an_opening_year("den nam 2030 ty le"), "ty le");
        // A comma after the year is read as any other.
        assert_eq!(after_an_opening_year("den nam 2025, ty le"), "den nam 2025, ty le");
    }

    #[test]
    fn the_phrase_goes_on_after_a_list_of_tiers() {
        // A probe of 6 Dec 2026, and nghe_an_cds_2024 (a development text): the phrase was "cơ quan nhà nước cấp tỉnh".
        assert_eq!(
            first_phrase("100% cơ quan nhà nước cấp tỉnh, cấp xã sử dụng nền tảng họp trực tuyến").as_deref(),
            Some("co quan nha nuoc cap tinh, cap xa su dung nen tang hop truc tuyen")
        );
        // A comma after three words still ends it when no tier follows.
        assert_eq!(
            first_phrase("100% cơ quan nhà nước cấp tỉnh, các sở ngành kết nối mạng").as_deref(),
            Some("co quan nha nuoc cap tinh")
        );
    }

    #[test]
    fn a_share_of_the_plan_after_an_amount_measures_the_amount() {
        // A probe of 6 Dec 2026: the shares of two estimates after the revenue, in its clause and after its comma.
        let t =
            "Năm 2025, tổng thu ngân sách nhà nước đạt 35.000 tỷ đồng, đạt 115% dự toán Trung ương giao và 105% dự \
                 toán HĐND tỉnh giao.";
        let f = Folded::new(t);
        let found = read_clause(&f.text, 0, f.text.len(), true);
        let rows: Vec<(f64, MeasureUnit, bool)> =
            found.iter().map(|x| (x.value, x.unit, x.same_indicator_as_previous)).collect();
        assert_eq!(
            rows,
            [
                (35e12, MeasureUnit::Dong, false),
                (115.0, MeasureUnit::PercentOfPlan, true),
                (105.0, MeasureUnit::PercentOfPlan, true)
            ]
        );
        // Striving to reach it names nothing either; a share that names what reaches it keeps its own name.
        let t = "Thu ngân sách đạt 50 tỷ đồng, phấn đấu đạt trên 110% dự toán; giải ngân vốn đầu tư công đạt 100% kế \
                 hoạch.";
        let f = Folded::new(t);
        let same: Vec<bool> =
            read_clause(&f.text, 0, f.text.len(), true).iter().map(|x| x.same_indicator_as_previous).collect();
        assert_eq!(same, [false, true, false]);
    }
}
