//! Targets: one per figure of the outline, with the indicator it measures, an id (indicator, year, tier; a
//! repeat gets a suffix), the quote it came from, what to check about it and how sure the reader is.

use std::collections::HashMap;

use super::clauses::Found;
use super::folded::{self, sub, Folded};
use super::indicators::Indicators;
use super::outline::Figure;
use super::unused::Spent;
use super::{DraftTarget, Uncertainty};
use crate::model::comparator::Comparator;
use crate::model::indicator::Indicator;
use crate::model::measure_unit::MeasureUnit;
use crate::model::target::{Target, Tier};

/// What the targets stage made.
#[derive(Debug, Default)]
pub(crate) struct Drafted {
    pub(crate) indicators: Vec<Indicator>,
    pub(crate) targets: Vec<Target>,
    /// Where each target came from, in the same order.
    pub(crate) drafts: Vec<DraftTarget>,
    /// The numbers used, and those set aside.
    pub(crate) spent: Spent,
}

impl Drafted {
    /// The years of the targets that have one, in order.
    pub(crate) fn years(&self) -> Vec<i32> {
        self.targets.iter().filter_map(|t| t.year).collect()
    }
}

/// Drafts the targets of the figures, in order; `local` is the plan unit's folded name, if known (the
/// nation's targets quoted in the text are not drafted, unless the unit stands between).
pub(crate) fn draft(f: &Folded<'_>, figures: Vec<Figure>, local: Option<&str>) -> Drafted {
    let s = f.text.as_str();
    let mut indicators = Indicators::new();
    let (mut ids, mut out) = (TargetIds::default(), Drafted::default());
    let mut said: HashMap<SaidKey, (usize, Said)> = HashMap::new();
    let mut headlines: HashMap<HeadlineKey, usize> = HashMap::new();
    let mut undated = Undated::default();
    // The folded number of each target.
    let mut numbers: Vec<usize> = Vec::new();
    let mut sentences = super::national::Sentences::default();
    let headline = figures.first().and_then(|fig| headline_of(f, fig.found.start));
    let mut lead = Lead::of(s);
    // Every target by year, tier, unit and value, with its words ([`Said::said_again_at_length`]).
    let mut by_value: HashMap<HeadlineKey, (usize, Said)> = HashMap::new();
    for Figure { found: mut t, year, pillar, year_from_period, year_from_context, .. } in figures {
        let mut reasons = std::mem::take(&mut t.reasons);
        name_carried_words(f, t.opening, &mut reasons);
        let measure = indicators.measure(f, &t, &mut reasons);
        // A share (or a reduction) above 100% is not a target a plan can meet ("năm 2022 %" is a year,
        // "giảm 2030%" a year misread): not used.
        if measure.unit.bounds().1.is_some_and(|hi| t.value > hi) {
            out.spent.over_hundred.insert(t.number.start);
            continue;
        }
        // The same target said again (title, lead, body) is drafted once; an explicit comparator of the
        // repeat replaces a bare "đạt" of the first. A repeat whose comparator goes against the direction
        // the first gave its indicator ("đạt 5%", then "dưới 5%") is not the same target: it is drafted on
        // its own, under the indicator's variant for that direction.
        let key = (measure.id.clone(), year, t.tier, t.value.to_bits());
        let said_here = Said::of(s, &t, headline);
        let lead_key = Lead::key(year, &t, measure.unit);
        // A headline may leave out what a share is of: "tỉ trọng kinh tế số của tỉnh đạt 20%" over "... đạt 20% GDP".
        let share = if measure.unit == MeasureUnit::PercentOfGrdp { MeasureUnit::Percent } else { measure.unit };
        let loose = (year, t.tier, share, t.value.to_bits());
        let one_of_the_headlines = |i: &usize| out.targets.get(*i).is_some_and(|h| distinctive_as_said(h, &t));
        let replaces = year
            .and_then(|_| undated.said_again(&measure.id, &t, share, &said_here, one_of_the_headlines))
            .filter(|_| !said_here.headline);
        let restated = said
            .get(&key)
            .and_then(|(i, before)| before.restated_by(&said_here).then_some(*i))
            .or_else(|| headlines.get(&loose).copied().filter(|i| !said_here.headline && one_of_the_headlines(i)))
            .or_else(|| lead.restated(&lead_key, &t, &said_here))
            .or_else(|| {
                by_value.get(&lead_key).filter(|(_, before)| before.said_again_at_length(&said_here)).map(|(i, _)| *i)
            });
        let indicator_of = |i: usize| out.targets.get(i).map(|h| h.indicator.as_str()).unwrap_or_default();
        if let Some(i) = restated.filter(|&i| indicators.agrees(indicator_of(i), t.comparator)) {
            let same_unit = indicators.unit_of(indicator_of(i)) == Some(measure.unit);
            if let Some(first) = out.targets.get_mut(i).filter(|f| f.comparator == Comparator::Reach) {
                first.comparator = t.comparator;
            }
            out.spent.restated.insert(t.number.start);
            // A headline says one target of the body: once said again, it is no other's ([`Lead::said_again`]).
            let copied = said.get(&key).is_some_and(|(_, before)| before.words == said_here.words);
            headlines.retain(|_, h| copied || *h != i);
            lead.said_again(lead_key, &t, i, &said_here, copied);
            // Said again in words of its own, in its unit, the target is known by them too: a third saying in them is
            // the same ("thu nhập bình quân đầu người năm 2025 đạt 122 triệu đồng" twice after a headline's words).
            if same_unit {
                said.entry(key).or_insert((i, said_here));
            }
            continue;
        }
        if national(s, &t)
            || sentences.quoted(s, t.number.start, local)
            || super::national::requirement_in_brackets(s, t.number.start)
        {
            out.spent.national.insert(t.number.start);
            continue;
        }
        if comparison_beside(s, &t) || another_provinces(s, &t, local) {
            out.spent.comparisons.insert(t.number.start);
            continue;
        }
        let (in_catalogue, indicator) = (measure.in_catalogue(), indicators.register(measure, t.comparator, pillar));
        let year = ids.unless_taken(&indicator, year, t.tier, year_from_period && in_catalogue);
        if let Some((low, value)) = t.range_low.filter(|(_, v)| *v < t.value) {
            out.spent.range_lows.insert(low.start);
            reasons.push(Uncertainty::Range { low: value, high: t.value });
        }
        reasons.extend(year_reason(year, year_from_period, year_from_context));
        reasons.extend(tier_reason(s, &t));
        let (id, duplicate) = ids.claim(&indicator, year, t.tier);
        reasons.extend(duplicate);
        let (qs, qe) = trim_quote(s, t.start, t.end);
        let quote = f.original(qs, qe).to_owned();
        if quote.trim().is_empty() {
            continue;
        }
        let at = replaces.unwrap_or(out.targets.len());
        if let Some(first) = replaces.and_then(|i| numbers.get(i)) {
            out.spent.targets.remove(first);
            out.spent.restated.insert(*first);
            undated.forget(at);
            headlines.retain(|_, h| *h != at);
        }
        out.spent.targets.insert(t.number.start);
        if said_here.headline {
            headlines.insert(loose, at);
            if year.is_none() {
                undated.note(&key.0, &t, share, at, &said_here);
            }
        }
        by_value.entry(lead_key).or_insert((at, said_here.clone()));
        lead.note(lead_key, &t, at, &said_here);
        said.insert(key, (at, said_here));
        let confidence = confidence(&reasons);
        put(&mut numbers, at, t.number.start);
        put(
            &mut out.drafts,
            at,
            DraftTarget { target: id.clone(), start: f.char_offset(qs), end: f.char_offset(qe), confidence, reasons },
        );
        put(&mut out.targets, at, target(id, indicator, year, &t, quote));
    }
    out.indicators = indicators.into_list();
    out
}

/// The target of figure `t`, under its id and indicator.
fn target(id: String, indicator: String, year: Option<i32>, t: &Found, quote: String) -> Target {
    Target {
        id,
        indicator,
        year,
        tier: t.tier,
        comparator: t.comparator,
        value: t.value,
        tolerance: None,
        quote,
        note: None,
    }
}

/// Sets `list[at]` to `x`, or pushes it when `at` is the list's end.
fn put<T>(list: &mut Vec<T>, at: usize, x: T) {
    match list.get_mut(at) {
        Some(slot) => *slot = x,
        None => list.push(x),
    }
}

/// What a target said twice has the same: indicator, year, tier and value (its bits).
type SaidKey = (String, Option<i32>, Option<Tier>, u64);

/// What a headline's target and the body's that says it again in other words have the same: year, tier, unit
/// and value (its bits). "TP Hồ Chí Minh phấn đấu thu nhập bình quân đầu người đạt 8.500 USD trong năm 2025" over
/// "GRDP bình quân đầu người đạt khoảng 8.500 USD trong năm 2025": one target, whatever the indicator read.
type HeadlineKey = (Option<i32>, Option<Tier>, MeasureUnit, u64);

/// Whether a value is unlikely to be two targets' by chance: not 100 (every share's ceiling) nor a whole number
/// below 10 (a count of a few).
fn distinctive(value: f64) -> bool {
    value != 100.0 && !(value < 10.0 && value.fract() == 0.0)
}

/// Whether a headline's target `h` and the body's figure `t` with the same value are unlikely to be two targets by
/// chance: the value is [`distinctive`], or both bound it the same way other than by reaching it ("xuống dưới 3%" over
/// "đạt dưới 3% vào năm 2030", ho_chi_minh_thi_truong_lao_dong_2030, a development text).
fn distinctive_as_said(h: &Target, t: &Found) -> bool {
    distinctive(t.value) || h.comparator == t.comparator && t.comparator != Comparator::Reach
}

/// The headline a text's first figure is in: its line, when the line is short (under 160 bytes), opens no
/// list item, is no table's row and starts in the text's first 400 bytes (after a web page's date line, say). A
/// table's first row is no headline: its figures are not said again by the rows below ("1\tTỷ lệ dịch vụ công
/// trực tuyến toàn trình\t%\t80\t85\t90" took the 90 of 2028 from the third row, a probe of 7 Dec 2026).
pub(crate) fn headline_of(f: &Folded<'_>, first_figure: usize) -> Option<(usize, usize)> {
    let s = f.text.as_str();
    let start = sub(s, 0, first_figure).rfind('\n').map_or(0, |i| i + 1);
    let end = sub(s, start, s.len()).find('\n').map_or(s.len(), |i| start + i);
    let line = sub(s, start, end);
    let row = super::tables::row_of_cells(f, start, end);
    (start < 400 && end - start < 160 && super::sections::marker_len(line) == 0 && !row).then_some((start, end))
}

/// Headlines' targets with no year, by indicator, tier and value, and by tier, unit and value alone (a body may name the
/// indicator in other words), with how they were said. A headline with no year that the body says again with one
/// ("Nghệ An: Phấn đấu 50% số xã, thôn ra khỏi ..." over "phấn đấu đến năm 2025, ... 50% số xã, thôn ..."): the body's
/// target takes the headline's place.
#[derive(Default)]
struct Undated<'s> {
    by_indicator: HashMap<(String, Option<Tier>, u64), usize>,
    loose: HashMap<(Option<Tier>, MeasureUnit, u64), (usize, Said<'s>)>,
}

impl<'s> Undated<'s> {
    /// The headline's target that figure `t` of indicator `id`, unit `unit` (a share of GRDP as a share), says again
    /// with a year. Under the same indicator; or in other words ("80% trẻ khuyết tật được tiếp cận giáo dục" over "80% trẻ
    /// khuyết tật ở độ tuổi mầm non, phổ thông được tiếp cận giáo dục") for a value unlikely to be two targets' by
    /// chance (`distinctive`, of the headline's index), both naming what the figure is of with a word in common, in
    /// the body's words or its indicator's (carried from the clause before: "đạt 38% vào năm 2025 và 42% vào năm
    /// 2030"): not "Thanh Hoá phấn đấu 80% dân số có tài khoản điện tử" over "đến 2030 là 80% trở lên" of enterprises
    /// (thanh_hoa_chuyen_doi_so_2030, a development text).
    fn said_again(
        &self,
        id: &str,
        t: &Found,
        unit: MeasureUnit,
        said: &Said<'_>,
        distinctive: impl Fn(&usize) -> bool,
    ) -> Option<usize> {
        let value = t.value.to_bits();
        if let Some(&i) = self.by_indicator.get(&(id.to_owned(), t.tier, value)) {
            return Some(i);
        }
        let (i, h) = self.loose.get(&(t.tier, unit, value))?;
        let named_alike =
            || h.summarised(said) || id.split('_').any(|w| super::vocabulary::names_a_subject(w) && h.has(w));
        Some(*i).filter(|i| distinctive(i) && named_alike())
    }

    /// Keeps the headline's target with no year drafted at `at`.
    fn note(&mut self, id: &str, t: &Found, unit: MeasureUnit, at: usize, said: &Said<'s>) {
        let value = t.value.to_bits();
        self.by_indicator.insert((id.to_owned(), t.tier, value), at);
        self.loose.insert((t.tier, unit, value), (at, said.clone()));
    }

    /// Forgets the target at `at`, replaced by the body's.
    fn forget(&mut self, at: usize) {
        self.by_indicator.retain(|_, h| *h != at);
        self.loose.retain(|_, (h, _)| *h != at);
    }
}

/// An article's lead that sums up the list after it ("Trong 22 chỉ tiêu ... trong đó GRDP tăng khoảng 7,0%; ..." over
/// "1. Tốc độ tăng tổng sản phẩm trên địa bàn (GRDP): khoảng 7,0%."): its targets, by year, tier, unit and value,
/// with how they were said. The list's item that says one again is the same target.
struct Lead<'s> {
    end: Option<usize>,
    said: HashMap<HeadlineKey, (usize, Said<'s>)>,
}

impl<'s> Lead<'s> {
    fn of(s: &str) -> Self {
        Self { end: lead_end(s), said: HashMap::new() }
    }

    /// What a lead's target and the list's have the same. A lead says a growth rate as a rise ("GRDP tăng khoảng
    /// 7,0%") that its list names ("Tốc độ tăng tổng sản phẩm ...: khoảng 7,0%"): any percentage is one.
    fn key(year: Option<i32>, t: &Found, unit: MeasureUnit) -> HeadlineKey {
        let unit = if unit.symbol().starts_with('%') { MeasureUnit::Percent } else { unit };
        (year, t.tier, unit, t.value.to_bits())
    }

    /// Whether the lead holds figure `t`.
    fn holds(&self, t: &Found) -> bool {
        self.end.is_some_and(|end| t.start < end)
    }

    /// The lead's target that `t`, after the lead, says again; 100% is every share's ceiling, no one target's.
    fn restated(&self, key: &HeadlineKey, t: &Found, said: &Said<'_>) -> Option<usize> {
        let (i, before) = self.said.get(key).filter(|_| !self.holds(t) && t.value != 100.0)?;
        before.summarised(said).then_some(*i)
    }

    /// The target drafted at `at` said again by figure `t`. A lead's figure says one target of the body: once said
    /// again, it is no other's, unless only `copied`, word for word, as a web page repeats its headline
    /// (ha_tinh_nong_nghiep_2025, a development text). The lead's figure that says the headline's again is the lead's
    /// for the body too ("đón 33 triệu lượt khách lưu trú vào năm 2030" in the lead, then "đón 33 triệu lượt khách lưu
    /// trú" in the body; a probe of 7 Dec 2026).
    fn said_again(&mut self, key: HeadlineKey, t: &Found, at: usize, said: &Said<'s>, copied: bool) {
        if !copied {
            self.said.retain(|_, (h, _)| *h != at);
        }
        self.note(key, t, at, said);
    }

    /// Keeps the target drafted at `at` when the lead (not its headline) holds it.
    fn note(&mut self, key: HeadlineKey, t: &Found, at: usize, said: &Said<'s>) {
        if self.holds(t) && !said.headline {
            self.said.insert(key, (at, said.clone()));
        }
    }
}

/// Where an article's lead ends: at the first line that opens a list item, when lines without a marker come
/// before it; in an article without a list, at the end of its first paragraph of prose after a headline standing alone
/// ([`paragraph_is_a_headline`]), of 12 to 80 words, when a blank line parts it from what follows ("(TBTCO) - Năm
/// 2026, khu vực cảng biển Hải Phòng phấn đấu đạt sản lượng hàng hóa thông qua 122 triệu tấn ...", which the body says
/// again, hai_phong_cang_bien_2026, a development text). A text that opens on a list has no lead.
fn lead_end(s: &str) -> Option<usize> {
    let mut start = 0;
    let mut prose = false;
    // The first paragraph: its end, its words, and whether a blank line has closed it.
    let (mut paragraph_end, mut paragraph_words, mut closed) = (0, 0, false);
    // A headline on a line of its own, parted from the lead by a blank line, is no lead ("Khánh Hòa đặt mục tiêu đón
    // 33 triệu khách du lịch năm 2030" / "Khánh Hòa đặt mục tiêu có khoảng 100.000 phòng lưu trú, ..."; a probe of 7
    // Dec 2026): the paragraph after it is. The first paragraph is judged once, when the next one starts.
    let mut judged = false;
    for line in s.split('\n') {
        if super::sections::marker_len(line) > 0 {
            return prose.then_some(start);
        }
        let text = !line.trim().is_empty();
        if text && closed && !judged {
            judged = true;
            if paragraph_is_a_headline(sub(s, 0, paragraph_end)) {
                (paragraph_words, closed) = (0, false);
            }
        }
        if text && !closed {
            paragraph_end = start + line.len();
            paragraph_words += folded::words(line).count();
        }
        closed |= prose && !text;
        prose |= text;
        start += line.len() + 1;
    }
    // A news item's lead is a few sentences, parted from the body by a blank line (a report that opens on a long
    // paragraph of results has none, nor has a text whose paragraphs no blank line parts).
    let lead = closed && (12..=80).contains(&paragraph_words);
    lead.then_some(paragraph_end).filter(|&end| !sub(s, end, s.len()).trim().is_empty())
}

/// Whether folded `first`, a text's first paragraph, is a headline: one line of at most 25 words that no full stop ends.
fn paragraph_is_a_headline(first: &str) -> bool {
    let t = first.trim();
    !t.contains('\n') && !t.ends_with(['.', ':', ';']) && folded::words(t).count() <= 25
}

/// How a target was said: in a headline (a short line before the others with figures), and with which
/// words (folded, sorted, each once, numbers out), found once per target.
#[derive(Debug, Clone)]
struct Said<'s> {
    headline: bool,
    words: Vec<&'s str>,
}

impl<'s> Said<'s> {
    fn of(s: &'s str, t: &Found, headline: Option<(usize, usize)>) -> Self {
        let mut words: Vec<&str> =
            folded::words(sub(s, t.start, t.end)).filter(|w| !w.bytes().all(|c| c.is_ascii_digit())).collect();
        words.sort_unstable();
        words.dedup();
        Self { headline: headline.is_some_and(|(a, b)| (a..b).contains(&t.start)), words }
    }

    /// Whether `later`, a list's item with the same year, tier, value and unit, says again this target of the
    /// lead that sums the list up: they share a word that names what a figure is of ("Trong các chỉ tiêu năm 2023,
    /// GRDP tăng khoảng 7,0%" and "Tốc độ tăng tổng sản phẩm trên địa bàn (GRDP): khoảng 7,0%").
    fn summarised(&self, later: &Self) -> bool {
        self.words.iter().any(|w| super::vocabulary::names_a_subject(w) && later.words.binary_search(w).is_ok())
    }

    /// Whether the target was said with the folded word `w`.
    fn has(&self, w: &str) -> bool {
        self.words.binary_search(&w).is_ok()
    }

    /// Whether `later` says this target again: the headline's target in the body, or the same words.
    fn restated_by(&self, later: &Self) -> bool {
        if self.headline {
            return true;
        }
        self.same_words(later) || {
            // A lead's words all said again in a longer sentence (or the other way round).
            let common = self.common(later);
            let fewer = self.words.len().min(later.words.len());
            fewer >= 4 && common == fewer
        }
    }

    /// Whether `later` is said in nearly the same words: the words in common at least 0.85 of all ("(ĐCSVN) - Cụ thể,
    /// tỉnh Quảng Bình được giao tỷ lệ bao phủ ... năm 2025 là 95,00%" said again in the body without its source's tag,
    /// quang_binh_bao_hiem_y_te_2025, a development text).
    fn same_words(&self, later: &Self) -> bool {
        let common = self.common(later);
        let all = (self.words.len() + later.words.len() - common).max(1);
        common as f64 / all as f64 >= 0.85
    }

    /// Whether `later` says a long sentence ([`Self::same_words`], eight words or more) again: a short formula said
    /// of two figures ("(mục tiêu đại hội là 90%)" after each of two rates, xa_binh_nguyen_phu_tho_2026, a development
    /// text) is two targets.
    fn said_again_at_length(&self, later: &Self) -> bool {
        self.words.len().min(later.words.len()) >= 8 && self.same_words(later)
    }

    /// How many words this target and `later` were said with in common.
    fn common(&self, later: &Self) -> usize {
        // Both lists are sorted: the words in common in one pass over both.
        let (mut i, mut j, mut common) = (0, 0, 0);
        while let (Some(x), Some(y)) = (self.words.get(i), later.words.get(j)) {
            match x.cmp(y) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => (i, j, common) = (i + 1, j + 1, common + 1),
            }
        }
        common
    }
}

/// Whether figure `t` is another province's, in a list of provinces' figures: its own words (after the last ",", ";",
/// ".", ":" or "(") end with a province's name and at most "là", the name alone, after "của", or anywhere before "là"
/// ("tỉnh An Giang 92%", "Thành phố Hồ Chí Minh là 91,25%", "tỷ lệ bao phủ ... của thành phố Hà Nội là 91,66%", "tỷ lệ
/// bao phủ bảo hiểm y tế năm 2022 thành phố Hà Nội là 91,66%", quang_binh_bao_hiem_y_te_2025, a development text), not
/// the plan's own (`local`, its folded name, when known). A target or an observation of the plan it is not.
pub(crate) fn another_provinces(s: &str, t: &Found, local: Option<&str>) -> bool {
    let Some(local) = local else { return false };
    let head = sub(s, t.start, t.number.start);
    let own = sub(head, head.rfind([',', ';', '.', ':', '(']).map_or(0, |i| i + 1), head.len()).trim();
    let named = own.strip_suffix(" la");
    let name = named.unwrap_or(own);
    // "Bà Rịa - Vũng Tàu" with its dash or without, "TP.HCM" and "Hồ Chí Minh" are one name.
    super::provinces::ending(name).is_some_and(|(p, before)| {
        !super::provinces::same(p, local)
            && (before.is_empty() || super::folded::ends_with_words(before, "cua") || named.is_some())
    }) || ranked_with(own, local)
}

/// Whether a figure's own words (folded `own`) open with another province's name than `local` and end with "với", in a
/// ranking of provinces: "Hà Nội tiếp tục dẫn đầu với 0,7865 điểm", "TP. Hồ Chí Minh xếp thứ 2 với 0,7512 điểm" (a
/// probe of 7 Dec 2026).
fn ranked_with(own: &str, local: &str) -> bool {
    let unit = ["tinh", "thanh pho", "tp"].iter().find(|w| super::folded::starts_with_words(own, w));
    let name = unit.map_or(own, |w| sub(own, w.len(), own.len()).trim_start_matches(['.', ' ']));
    super::folded::ends_with_words(own, "voi")
        && super::provinces::opening(name).is_some_and(|p| !super::provinces::same(p, local))
}

/// Whether figure `t` is a change against a base year said beside another figure of its line, with no words
/// of its own naming what changes: "Số doanh nghiệp năm 2020: 60 doanh nghiệp, tăng 42,9% so với năm 2015",
/// "còn 0,7%, giảm 0,5% so với năm 2015", a report's as a target's ("đạt 60,89% (tăng 12,03% so với năm
/// 2020)"). A change that names its subject ("thu nhập ... so với năm 2025 tăng
/// 31,6%") is a target.
pub(crate) fn comparison_beside(s: &str, t: &Found) -> bool {
    // The words before the figure, a range's lower bound left out ("tăng 8 – 9%", "tăng 8,0-8,5%").
    let head = sub(s, t.start, t.range_low.as_ref().map_or(t.number.start, |(low, _)| low.start)).trim_end();
    let head = match head.strip_suffix('-') {
        Some(h) => h.trim_end().trim_end_matches(|c: char| c.is_ascii_digit() || c == ',' || c == '.'),
        None => head,
    };
    // Its own words start after the last comma or ";", or after a bracket left open before it ("240 triệu đồng/ha
    // (tăng hơn 10 triệu đồng so với năm 2023)": the unit's "/ha" is the figure before's).
    let cut = head.rfind([',', ';']).map_or(0, |i| i + 1);
    let open = head.rfind('(').filter(|&i| i >= cut && !head[i..].contains(')')).map(|i| i + 1);
    let own_start = t.start + open.unwrap_or(cut);
    let own = sub(head, own_start - t.start, head.len());
    // "1.184 tỷđ, tăng gấp 2 lần so với năm 2015", "1.085tỷđ, gấp 2,2 lần so với giai đoạn 2010- 2015".
    // The change may carry a comparator of its own: "33.516 triệu USD trở lên, tăng từ 12% so với năm 2025".
    // A margin over what the plan or the level above set is one too: "194,9 nghìn tỷ đồng, cao hơn 53,6 tỷ đồng so với
    // dự toán Trung ương giao", "đạt 1,2 tỷ USD, vượt 8% kế hoạch năm", "50 đảng viên mới (vượt 25% so với Nghị
    // quyết)".
    // "cao hơn mức 1,29 tỷ USD trong năm 2024", "so với mức 72%": the level compared with (bac_giang_fdi_2025, a
    // development text).
    let own_words: Vec<&str> = folded::words(own).collect();
    if matches!(own_words[..], ["cao" | "thap", "hon", "muc"] | ["so", "voi", "muc"]) {
        return true;
    }
    let bare = folded::words(own).all(|w| {
        matches!(
            w,
            "tang"
                | "giam"
                | "them"
                | "va"
                | "con"
                | "gap"
                | "tu"
                | "tren"
                | "hon"
                | "khoang"
                | "gan"
                | "cao"
                | "thap"
                | "bang"
                | "vuot"
                | "chi"
        )
    }) && folded::words(own)
        .any(|w| matches!(w, "tang" | "giam" | "gap" | "cao" | "thap" | "bang" | "vuot"));
    // The words after the figure to its clause's end, which its own words may stop short of ("tăng 9-10% so cùng kỳ
    // năm 2022 (bình quân ...").
    let rest = sub(s, t.end, s.len());
    let rest = sub(rest, 0, rest.find('\n').unwrap_or(rest.len()));
    let clause_end =
        t.end + rest.find([',', ';', '(']).unwrap_or(rest.len()).min(rest.find(". ").unwrap_or(rest.len()));
    let after = sub(s, t.number.end, clause_end);
    // "so với năm 2022", and as reports shorten it, "so năm 2022", "so cùng kỳ năm 2022".
    let base = folded::find_words(after, "so").next().is_some_and(|i| {
        let rest = sub(after, i + "so".len(), after.len()).trim_start();
        let rest =
            if folded::starts_with_words(rest, "voi") { sub(rest, "voi".len(), rest.len()).trim_start() } else { rest };
        // "tăng 56% so với hiện nay": against the present level.
        [
            "nam",
            "giai doan",
            "cung ky",
            "ky",
            "du toan",
            "ke hoach",
            "chi tieu",
            "muc tieu",
            "hien nay",
            "thuc hien",
            "uoc thuc hien",
            "nghi quyet",
            "kich ban",
        ]
        .iter()
        .any(|w| folded::starts_with_words(rest, w))
            || rest.starts_with(|c: char| c.is_ascii_digit())
    });
    // A margin over the plan may name it with no "so với" ("vượt 8% kế hoạch năm", "vượt 27% dự toán Trung ương giao").
    let plan_after = sub(after, after.find('%').map_or(0, |i| i + 1), after.len()).trim_start();
    let exceeds =
        folded::find_words(own, "vuot").next().is_some() && super::units::the_plan_opening(plan_after).is_some();
    // Or nothing at all, "vượt" alone right after a result's part of the clause: "tổng thu ngân sách ... đạt 75 tỷ
    // đồng, vượt 8%; tỷ lệ tổ dân phố văn hóa đạt 98,5%, vượt 7%" (a probe of 7 Dec 2026: the margins were
    // observations).
    let lead = sub(s, 0, own_start).trim_end();
    let part_before = lead
        .strip_suffix(',')
        .map_or("", |l| sub(l, l.rfind([',', ';', ':', '(', '\n']).map_or(0, |i| i + 1), l.len()));
    let after_a_result = super::numbers::tokens(part_before).iter().any(|n| !n.written_as_a_year(part_before));
    let margin = own_words == ["vuot"] && after_a_result;
    // What changes, named between the figure and its base year ("tăng gấp đôi tốc độ tải xuống trung bình ... so với năm
    // 2024", da_nang_ha_tang_so_2027, a development text), beyond a unit's words and a bracket ("tăng 50 tỷ đồng so với
    // năm 2020", "tăng 04 doanh nghiệp (0,7 lần) so với năm 2015").
    // Percentage points are the change's unit ("tăng 3 điểm phần trăm so với năm 2025"), naming nothing.
    let named_after = folded::find_words(after, "so").next().is_some_and(|i| {
        let between = sub(after, 0, i).trim_start();
        let between = ["diem phan tram", "diem %", "diem"]
            .iter()
            .find(|w| folded::starts_with_words(between, w))
            .map_or(between, |w| sub(between, w.len(), between.len()));
        !between.contains('(') && folded::words(between).count() > 2
    });
    let line_start = sub(s, 0, own_start).rfind('\n').map_or(0, |i| i + 1);
    let line_start = line_start + super::sections::marker_len(sub(s, line_start, own_start));
    // A figure before it in its line, not a year ("Năm 2025, tăng 10% so với năm 2024" compares nothing).
    let line = sub(s, line_start, own_start);
    let figure_before = super::numbers::tokens(line).iter().any(|n| n.value.is_some() && !n.written_as_a_year(line));
    bare && (base || exceeds || margin) && !named_after && figure_before
}

/// Whether figure `t` is the nation's target, not the plan's: a share of GDP (not GRDP) in a sentence on the
/// national congress or the whole country ("Văn kiện Đại hội đại biểu toàn quốc ...: kinh tế số sẽ chiếm
/// 20% GDP").
fn national(s: &str, t: &Found) -> bool {
    let segment = sub(s, t.start, t.end);
    let sentence_start = sub(s, 0, t.start).rfind(['.', '\n']).map_or(0, |i| i + 1);
    let sentence = sub(s, sentence_start, t.end);
    folded::find_word(segment, "gdp").is_some()
        && ["toan quoc", "ca nuoc", "dat nuoc"].iter().any(|w| folded::find_word(sentence, w).is_some())
}

/// A carried comparator's reason gets the words of the qualifier that opened the list, as written.
fn name_carried_words(f: &Folded<'_>, opening: Option<(usize, usize)>, reasons: &mut [Uncertainty]) {
    for r in reasons {
        if let (Uncertainty::ComparatorCarried { words, .. }, Some((a, b))) = (r, opening) {
            *words = f.original(a, b).trim().to_owned();
        }
    }
}

/// Doubt about the year: none found, the period's end taken, or a year stated earlier.
pub(crate) fn year_reason(year: Option<i32>, from_period: bool, from_context: bool) -> Option<Uncertainty> {
    match (year, from_period, from_context) {
        (None, _, _) => Some(Uncertainty::YearMissing),
        (Some(year), true, _) => Some(Uncertainty::YearGuessed { year }),
        (Some(year), false, true) => Some(Uncertainty::YearFromContext { year }),
        (Some(_), false, false) => None,
    }
}

/// Doubt about the tier: the plan's own unit, or a city word read as the province tier.
fn tier_reason(s: &str, t: &Found) -> Option<Uncertainty> {
    let tier = t.tier?;
    let guessed =
        tier == Tier::OwnUnit || (tier == Tier::Province && sub(s, t.number.end, t.end).contains("thanh pho"));
    guessed.then_some(Uncertainty::TierGuessed { tier })
}

/// The target ids given so far, with how many times each.
#[derive(Debug, Default)]
struct TargetIds(HashMap<String, usize>);

impl TargetIds {
    /// `year`, unless it is `guessed` (the period's, for a catalogue indicator) and a target of `indicator`, that year
    /// and `tier` has an id already: a second set of the same indicators with other figures is of a year the text does
    /// not say (tuyen_quang_kinh_te_so_2025, a development text: "Tỷ trọng kinh tế số chiếm 20% GRDP ..., tỷ lệ doanh
    /// nghiệp sử dụng hợp đồng điện tử đạt 50% trở lên" after the same indicators' figures of 2025; the excerpt leaves
    /// out the second set's year).
    fn unless_taken(&self, indicator: &str, year: Option<i32>, tier: Option<Tier>, guessed: bool) -> Option<i32> {
        year.filter(|y| !(guessed && self.0.contains_key(&Self::id(indicator, Some(*y), tier))))
    }

    /// The id of a target (`indicator.year.tier`), before any suffix of a repeat.
    fn id(indicator: &str, year: Option<i32>, tier: Option<Tier>) -> String {
        format!(
            "{indicator}{}{}",
            year.map_or_else(String::new, |y| format!(".{y}")),
            tier.map_or_else(String::new, |t| format!(".{}", t.as_str()))
        )
    }

    /// The id of a target (`indicator.year.tier`); a repeat gets a suffix and a reason to look.
    fn claim(&mut self, indicator: &str, year: Option<i32>, tier: Option<Tier>) -> (String, Option<Uncertainty>) {
        let id = Self::id(indicator, year, tier);
        let n = self.0.entry(id.clone()).or_insert(0);
        *n += 1;
        if *n > 1 {
            let suffixed = format!("{id}.{}", *n);
            (suffixed, Some(Uncertainty::Duplicate { other: id }))
        } else {
            (id, None)
        }
    }
}

/// Confidence from the reasons: each kind of doubt costs its share.
pub(crate) fn confidence(reasons: &[Uncertainty]) -> f64 {
    let mut c: f64 = 0.95;
    for r in reasons {
        c -= match r {
            Uncertainty::UnmatchedIndicator { .. } => 0.3,
            Uncertainty::WeakIndicatorMatch { .. } => 0.15,
            Uncertainty::ComparatorCarried { .. } => 0.1,
            Uncertainty::ComparatorGuessed { .. } => 0.15,
            Uncertainty::UnitGuessed { .. } => 0.1,
            Uncertainty::YearMissing => 0.2,
            Uncertainty::YearGuessed { .. } => 0.05,
            Uncertainty::YearFromContext { .. } => 0.05,
            Uncertainty::TierGuessed { .. } => 0.05,
            Uncertainty::Aspiration => 0.0,
            Uncertainty::Range { .. } => 0.15,
            Uncertainty::Duplicate { .. } => 0.2,
        };
    }
    c.clamp(0.05, 1.0)
}

/// A quote's range without leading separators and list markers or trailing punctuation.
pub(crate) fn trim_quote(s: &str, start: usize, end: usize) -> (usize, usize) {
    let seg = sub(s, start, end);
    let lead = seg.len() - seg.trim_start_matches([' ', ',', ';', '-', '+', '*', ':', '.']).len();
    let rest = sub(seg, lead, seg.len());
    let rest = if folded::starts_with_words(rest, "va") { sub(rest, 2, rest.len()).trim_start() } else { rest };
    let lead = seg.len() - rest.len();
    let tail = rest.trim_end_matches([' ', ',', ';', '.', ':']);
    let tail = if folded::ends_with_words(tail, "va") {
        tail.trim_end_matches("va").trim_end_matches([' ', ','])
    } else if folded::ends_with_words(tail, "trong do") {
        // "đạt trên 4.000 tỷ đồng (trong đó": the parts listed after are figures of their own.
        tail.trim_end_matches("trong do").trim_end_matches([' ', ',', '('])
    } else {
        tail
    };
    (start + lead, start + lead + tail.len().max(usize::from(lead < seg.len())))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::outline;
    use crate::extract::unused::Claimed;

    fn drafted(text: &str) -> Drafted {
        let f = Folded::new(text);
        draft(&f, outline::walk(&f, (None, None), true, &Claimed::default()).figures, None)
    }

    #[test]
    fn each_figure_becomes_a_target_with_its_quote_and_id() {
        let text = "a) Đến năm 2025:\n- Tối thiểu 90% hồ sơ công việc cấp tỉnh, 70% hồ sơ công việc cấp huyện được xử lý trên môi trường mạng.";
        let d = drafted(text);
        let rows: Vec<_> = d
            .targets
            .iter()
            .map(|t| (t.id.as_str(), t.year, t.tier, t.comparator, t.value, t.quote.as_str()))
            .collect();
        assert_eq!(
            rows,
            vec![
                (
                    "work_files_online.2025.province",
                    Some(2025),
                    Some(Tier::Province),
                    Comparator::AtLeast,
                    90.0,
                    "Tối thiểu 90% hồ sơ công việc cấp tỉnh"
                ),
                (
                    "work_files_online.2025.district",
                    Some(2025),
                    Some(Tier::District),
                    Comparator::AtLeast,
                    70.0,
                    "70% hồ sơ công việc cấp huyện được xử lý trên môi trường mạng"
                ),
            ]
        );
        // The second carries "tối thiểu" from the opening, in the document's words.
        assert_eq!(
            d.drafts[1].reasons,
            vec![Uncertainty::ComparatorCarried { comparator: Comparator::AtLeast, words: "Tối thiểu".to_owned() }]
        );
        assert!((d.drafts[1].confidence - 0.85).abs() < 1e-9);
        let slice: String = text.chars().skip(d.drafts[0].start).take(d.drafts[0].end - d.drafts[0].start).collect();
        assert_eq!(slice, d.targets[0].quote);
        assert_eq!(d.indicators.len(), 1);
        assert_eq!(d.years(), vec![2025, 2025]);
        assert_eq!(d.spent.targets.len(), 2);
    }

    #[test]
    fn a_repeat_gets_a_suffix_and_a_share_over_100_is_set_aside() {
        let d = drafted(
            "Đến năm 2025, 90% hồ sơ công việc cấp tỉnh.\nĐến năm 2025, 95% hồ sơ công việc cấp tỉnh.\nĐạt 150% hồ sơ.",
        );
        let ids: Vec<&str> = d.targets.iter().map(|t| t.id.as_str()).collect();
        assert_eq!(ids, vec!["work_files_online.2025.province", "work_files_online.2025.province.2"]);
        assert_eq!(
            d.drafts[1].reasons,
            vec![Uncertainty::Duplicate { other: "work_files_online.2025.province".to_owned() }]
        );
        assert_eq!(d.spent.over_hundred.len(), 1);
        // A share of a plan may pass 100: it is exceeded.
        let d = drafted("Năm 2026, tổng thu ngân sách trên địa bàn đạt trên 110% so với dự toán.");
        assert_eq!(d.targets.iter().map(|t| t.value).collect::<Vec<_>>(), [110.0]);
        assert_eq!(d.indicators[0].unit, MeasureUnit::PercentOfPlan);
        assert!(d.spent.over_hundred.is_empty());
    }

    #[test]
    fn the_same_words_are_a_restatement_from_85_percent_in_common() {
        let said = |words: &[&'static str]| Said { headline: false, words: words.to_vec() };
        let seven = said(&["cap", "cong", "ho", "so", "tinh", "viec", "xu"]);
        // 7 in common of 7 + 8 - 7 = 8 words: 0.875.
        assert!(seven.restated_by(&said(&["cap", "cong", "ho", "ly", "so", "tinh", "viec", "xu"])));
        // 6 in common of 8: 0.75.
        assert!(!seven.restated_by(&said(&["cap", "cong", "ho", "ly", "so", "tinh", "xu"])));
        assert!(!seven.restated_by(&said(&[])));
        assert!(Said { headline: true, words: Vec::new() }.restated_by(&said(&["a"])));
        // Said again under another indicator's name, only a sentence of eight words or more
        // (quang_binh_bao_hiem_y_te_2025, xa_binh_nguyen_phu_tho_2026, development texts).
        let eight = said(&["bao", "cap", "cong", "ho", "so", "tinh", "viec", "xu"]);
        assert!(eight.said_again_at_length(&said(&["bao", "cap", "cong", "dcsvn", "ho", "so", "tinh", "viec", "xu"])));
        assert!(!seven.said_again_at_length(&said(&["cap", "cong", "ho", "ly", "so", "tinh", "viec", "xu"])));
    }

    #[test]
    fn a_lead_that_sums_up_the_list_after_it_says_its_targets_again() {
        // ha_noi_2023 (a development text): the lead's figures are the list's, in other words and units.
        let text = "Hội đồng nhân dân thành phố đã thông qua các chỉ tiêu phát triển kinh tế - xã hội. Trong các chỉ tiêu \
                    năm 2023, GRDP tăng khoảng 7,0%; vốn đầu tư thực hiện tăng 10,5%; thu ngân sách đạt 90%.\nCác chỉ \
                    tiêu năm 2023 cụ thể:\n1. Tốc độ tăng tổng sản phẩm trên địa bàn (GRDP): khoảng 7,0%.\n\
                    2. Tốc độ tăng vốn đầu tư thực hiện: 10,5%.\n3. Tỷ lệ hộ có điện: 90%.\n4. Tỷ lệ che phủ rừng: 100%.";
        assert_eq!(lead_end(text), text.find("1. "));
        let d = drafted(text);
        // 90% names another subject than the lead's; a share of 100% is every share's ceiling.
        let rows: Vec<_> = d.targets.iter().map(|t| (t.comparator, t.value)).collect();
        assert_eq!(
            rows,
            [
                (Comparator::About, 7.0),
                (Comparator::Reach, 10.5),
                (Comparator::Reach, 90.0),
                (Comparator::Reach, 90.0),
                (Comparator::Reach, 100.0)
            ]
        );
        assert_eq!(d.spent.restated.len(), 2);
        // A lead's figure says one item again, not a second with the same figure.
        let text =
            "Hội đồng nhân dân thành phố đã thông qua các chỉ tiêu phát triển kinh tế - xã hội và quốc phòng - an \
                    ninh. Trong các chỉ tiêu năm 2023, GRDP tăng khoảng 7,0%; thu ngân sách đạt 90%.\nCác chỉ tiêu năm 2023 cụ \
                    thể:\n1. Tốc độ tăng tổng sản phẩm (GRDP): khoảng 7,0%.\n2. Tốc độ tăng GRDP khu vực nông \
                    nghiệp: khoảng 7,0%.";
        let d = drafted(text);
        let rows: Vec<_> = d.targets.iter().map(|t| t.value).collect();
        assert_eq!((rows, d.spent.restated.len()), (vec![7.0, 90.0, 7.0], 1));
        // A text that opens on a list has no lead; nor has one without a list whose first paragraph is not 12 to 80
        // words parted from the rest by a blank line.
        assert_eq!(lead_end("1. GRDP tăng 7%.\n2. Thu ngân sách 10 tỷ đồng."), None);
        assert_eq!(lead_end("GRDP tăng 7%.\nThu ngân sách 10 tỷ đồng."), None);
        let lead = "Năm 2026, khu vực cảng biển phấn đấu đạt sản lượng hàng hóa thông qua 122 triệu tấn.";
        assert_eq!(lead_end(&format!("{lead}\n\nThân bài.")), Some(lead.len()));
        assert_eq!(lead_end(&format!("Tiêu đề\n{lead}\n\nThân bài.")), Some("Tiêu đề\n".len() + lead.len()));
        assert_eq!(lead_end(&format!("{lead}\nThân bài.")), None);
        assert_eq!(lead_end(&format!("{lead}\n\n")), None);
        assert_eq!(lead_end(&format!("{}\n\nThân bài.", lead.repeat(5))), None);
        // A headline on a line of its own before a blank line is no lead: the paragraph after it is (a probe of 7 Dec
        // 2026); not a first paragraph that a full stop ends, nor a second headline.
        let headline = "Cảng biển đặt mục tiêu 122 triệu tấn";
        let after = "Tiêu đề\n\n".len();
        assert_eq!(lead_end(&format!("Tiêu đề\n\n{lead}\n\nThân bài.")), Some(after + lead.len()));
        assert_eq!(lead_end(&format!("{headline}\n\n{lead}\n\nThân bài.")), Some(headline.len() + 2 + lead.len()));
        let stop = "Cảng biển đặt mục tiêu lớn cho năm tới, năm bản lề.";
        assert_eq!(lead_end(&format!("{stop}\n\n{lead}\n\nThân bài.")), Some(stop.len()));
        assert_eq!(lead_end(&format!("Tiêu đề\n\nTiêu đề phụ\n\n{lead}\n\nThân bài.")), None);
    }

    #[test]
    fn a_target_with_no_year_says_so() {
        let d = drafted("- 90% hồ sơ công việc cấp tỉnh.");
        assert_eq!(d.drafts[0].reasons, vec![Uncertainty::YearMissing]);
        assert!((d.drafts[0].confidence - 0.75).abs() < 1e-9);
    }

    #[test]
    fn a_change_against_a_base_year_beside_a_figure_is_no_target() {
        // phuong_ba_dinh_thanh_hoa (development): the change beside a count, a level or a share compares it; the
        // count itself is a target.
        let d = drafted("- Số doanh nghiệp năm 2020: 60 doanh nghiệp, tăng 42,9% so với năm 2015.\n- Tỷ lệ hộ nghèo đến năm 2020 còn 0,7%, giảm 0,5% so với năm 2015.\n- Tỷ lệ gia đình văn hoá: 95% tăng 5% so với năm 2015");
        assert_eq!(d.targets.iter().map(|t| t.value).collect::<Vec<_>>(), vec![60.0, 0.7, 95.0]);
        assert_eq!(d.spent.comparisons.len(), 3);
        // A change that names what changes, or follows only a year or a list number, is a target.
        let d = drafted("- thu nhập bình quân đầu người đến năm 2030 so với năm 2025 tăng 31,6%\n3. Năm 2025, tăng 10% so với năm 2024");
        assert_eq!(d.targets.iter().map(|t| t.value).collect::<Vec<_>>(), vec![31.6, 10.0]);
        assert!(d.spent.comparisons.is_empty());
        // da_nang_ha_tang_so_2027 (development): what changes named between the figure and its base year; not a unit's
        // words, nor a bracket (phuong_quang_trung_thanh_hoa, development).
        let d = drafted("Trạm 5G đạt 50%; tăng gấp đôi tốc độ tải xuống trung bình so với năm 2024.");
        assert_eq!(d.targets.iter().map(|t| t.value).collect::<Vec<_>>(), vec![50.0, 100.0]);
        let d = drafted("Có 60 doanh nghiệp, tăng 04 doanh nghiệp (0,7 lần) so với năm 2015; thu ngân sách đạt 5 tỷ đồng, tăng 2 tỷ đồng so với năm 2015.");
        assert_eq!(d.targets.iter().map(|t| t.value).collect::<Vec<_>>(), vec![60.0, 5e9]);
        // hai_phong_ngan_sach_2026 (development): a margin over the estimate the level above set.
        let d = drafted("Dự toán thu ngân sách năm 2026 là 194,9 nghìn tỷ đồng, cao hơn 53,6 tỷ đồng so với dự toán Trung ương giao.");
        assert_eq!(d.targets.iter().map(|t| t.value).collect::<Vec<_>>(), vec![194.9e12]);
        assert_eq!(d.spent.comparisons.len(), 1);
        // A probe of 6 Dec 2026, quang_ninh_ngan_sach_2026 and xa_phu_do_thai_nguyen_2025 (development): a margin over
        // the plan or a resolution beside the figure, with or without "so với".
        let d = drafted(
            "Năm 2026, xuất khẩu đạt 1,2 tỷ USD, vượt 8% kế hoạch năm; kết nạp 50 đảng viên mới (vượt 25% so với \
                         Nghị quyết).",
        );
        assert_eq!(d.targets.iter().map(|t| t.value).collect::<Vec<_>>(), vec![1.2e9, 50.0]);
        assert_eq!(d.spent.comparisons.len(), 2);
        // A probe of 7 Dec 2026: "vượt" alone after a result's comma, its margin; not a level "vượt" opens alone.
        let d = drafted(
            "Năm 2025, tổng thu ngân sách đạt 75 tỷ đồng, vượt 8%; tỷ lệ tổ dân phố văn hóa đạt 98,5%, vượt 7%.",
        );
        assert_eq!(d.targets.iter().map(|t| t.value).collect::<Vec<_>>(), vec![75e9, 98.5]);
        assert_eq!(d.spent.comparisons.len(), 2);
        let d = drafted("Năm 2025, tổng thu ngân sách đạt 75 tỷ đồng; vượt 8%.");
        assert_eq!(d.targets.iter().map(|t| t.value).collect::<Vec<_>>(), vec![75e9, 8.0]);
        // cao_bang_kich_ban_tang_truong_2025 (development): "only" so much below the scenario.
        let d = drafted("Năm 2024, tăng trưởng đạt 6,83%, chỉ thấp hơn 0,05% so với kịch bản ban đầu.");
        assert_eq!(d.targets.iter().map(|t| t.value).collect::<Vec<_>>(), vec![6.83]);
        // A probe of 6 Dec 2026: a change in percentage points beside a share; the points name nothing.
        let d = drafted("Năm 2026, tỷ trọng kinh tế số đạt 18% GRDP, tăng 3 điểm phần trăm so với năm 2025.");
        assert_eq!(d.targets.iter().map(|t| t.value).collect::<Vec<_>>(), vec![18.0]);
        assert_eq!(d.spent.comparisons.len(), 1);
        assert_eq!(d.spent.comparisons.len(), 1);
        // dong_nai_cong_thuong_2023 (development): ranges, and the base shortened ("so cùng kỳ", "so năm"), past the
        // figure's own words.
        let d = drafted("- Giá trị sản xuất đạt khoảng 834,6 ngàn tỷ đồng, tăng 8 – 9% so cùng kỳ năm 2022.\n- Xuất khẩu đạt khoảng 26,7 tỷ USD, tăng 8,0-8,5% so với năm 2022.\n- Bán lẻ đạt khoảng 255,2 ngàn tỷ đồng, tăng 9-10% so cùng kỳ năm 2022 (bình quân).\n- Tiêu dùng đạt 50 tỷ đồng, tăng 5% so năm 2022.");
        assert_eq!(d.targets.iter().map(|t| t.value).collect::<Vec<_>>(), vec![834.6e12, 26.7e9, 255.2e12, 50e9]);
        assert_eq!(d.spent.comparisons.len(), 4);
        // soc_trang_nong_nghiep_2024 (development): in a bracket right after an amount per hectare, whose "/ha" is not
        // the change's own words.
        let d = drafted("Năm 2024, giá trị sản phẩm thu hoạch trên 1 ha đất trồng trọt đạt trên 240 triệu đồng/ha (tăng hơn 10 triệu đồng so với năm 2023).");
        assert_eq!(d.targets.iter().map(|t| t.value).collect::<Vec<_>>(), vec![240e6]);
        assert_eq!(d.spent.comparisons.len(), 1);
        // phuong_thai_hoc_chi_linh_hai_duong_2025 (development): against the present level.
        let d = drafted("Thu nhập bình quân đầu người năm 2025 đạt 122 triệu đồng, tăng 56% so với hiện nay.");
        assert_eq!(d.targets.iter().map(|t| t.value).collect::<Vec<_>>(), vec![122e6]);
        assert_eq!(d.spent.comparisons.len(), 1);
        // quang_ngai_thu_ngan_sach_2026 (development): against a year's results, as a rise or a ratio ("bằng").
        let d = drafted("Năm 2026, thu nội địa 22.824 tỷ đồng, tăng 2,6% so với thực hiện năm 2025. Thu thuế xuất khẩu: 10.800 tỷ đồng, bằng 83,6% so với thực hiện năm 2025.");
        assert_eq!(d.targets.iter().map(|t| t.value).collect::<Vec<_>>(), vec![22824e9, 10800e9]);
        assert_eq!(d.spent.comparisons.len(), 2);
    }

    #[test]
    fn a_headline_said_again_is_one_target_and_a_national_gdp_target_is_none() {
        let d = drafted("Huế: Đến năm 2025, kinh tế số chiếm 15% GRDP\nMục tiêu đến năm 2025, hình thành nền kinh tế số, tỷ trọng đóng góp vào GRDP toàn tỉnh chiếm từ 15% trở lên.\nVăn kiện Đại hội toàn quốc: kinh tế số sẽ chiếm 20% GDP.");
        let rows: Vec<_> = d.targets.iter().map(|t| (t.year, t.comparator, t.value)).collect();
        assert_eq!(rows, vec![(Some(2025), Comparator::AtLeast, 15.0)]);
        assert_eq!((d.spent.restated.len(), d.spent.national.len()), (1, 1));
        // The national programme's target quoted beside the province's is not drafted.
        let d = drafted("Chương trình Chuyển đổi số quốc gia đặt mục tiêu đến năm 2025, 80% dịch vụ công trực tuyến toàn trình.\nTỉnh phấn đấu đến năm 2025, 70% dịch vụ công trực tuyến toàn trình.");
        assert_eq!(d.targets.iter().map(|t| t.value).collect::<Vec<_>>(), vec![70.0]);
        assert_eq!(d.spent.national.len(), 1);
        // A headline after a web page's date line is one too; a lead's words said again in a longer sentence
        // are the same target.
        let d = drafted("Kinh tế 15:58 12/02/2023\n\nGRDP bình quân đầu người phấn đấu đạt 170 triệu đồng vào năm 2030\n\nĐến năm 2030, GRDP bình quân đầu người đạt 170 triệu đồng/năm; tỷ trọng công nghiệp đạt 50% GRDP, đây là những con số được đưa ra trong chương trình.\nMục tiêu đến năm 2030: tỷ trọng công nghiệp đạt 50% GRDP.");
        let rows: Vec<_> = d.targets.iter().map(|t| (t.indicator.as_str(), t.year, t.value)).collect();
        assert_eq!(rows, [("grdp_binh_quan_dau_nguoi", Some(2030), 170e6), ("cong_nghiep", Some(2030), 50.0)]);
        assert_eq!(d.spent.restated.len(), 2);
        // ha_noi_nguoi_khuyet_tat_2030 (a development text): a headline with no year, said again with one in other
        // words; not a value any share may have (100) nor a few things counted.
        let d = drafted(
            "Hà Nội đặt mục tiêu 80% trẻ khuyết tật được tiếp cận giáo dục
Giai đoạn 2021-2025, thành phố phấn đấu 80% trẻ khuyết tật ở độ tuổi mầm non, phổ thông được tiếp cận giáo dục.",
        );
        let rows: Vec<_> = d.targets.iter().map(|t| (t.year, t.value)).collect();
        assert_eq!((rows, d.spent.restated.len()), (vec![(Some(2025), 80.0)], 1));
        // thanh_hoa_chuyen_doi_so_2030 (a development text): the same value said of other things, with no word in
        // common, is two targets.
        let d = drafted(
            "Thanh Hoá phấn đấu 80% dân số có tài khoản điện tử
Đến năm 2025, doanh nghiệp chuyển đổi số chiếm 50% trở lên và đến năm 2030 là 80% trở lên.",
        );
        let rows: Vec<_> = d.targets.iter().map(|t| (t.year, t.value)).collect();
        assert_eq!((rows, d.spent.restated.len()), (vec![(None, 80.0), (Some(2025), 50.0), (Some(2030), 80.0)], 0));
        let d = drafted(
            "Hà Nội đặt mục tiêu 100% trẻ khuyết tật được tiếp cận giáo dục
Đến năm 2025, 100% xã có nhà văn hóa.",
        );
        assert_eq!(
            d.targets.iter().map(|t| (t.year, t.value)).collect::<Vec<_>>(),
            [(None, 100.0), (Some(2025), 100.0)]
        );
        // ha_tinh_nong_nghiep_2025 (a development text): a headline a web page repeats word for word is still said
        // again by the body.
        let d = drafted("Tỉnh phấn đấu đến 2025, giá trị trên 1 ha đạt 130 triệu đồng\n\nTỉnh phấn đấu đến 2025, giá trị trên 1 ha đạt 130 triệu đồng\n\nTheo kế hoạch, giá trị trên 1 ha đạt trên 90 triệu đồng vào năm 2020 và trên 130 triệu đồng vào năm 2025.");
        let rows: Vec<_> = d.targets.iter().map(|t| (t.year, t.comparator, t.value)).collect();
        assert_eq!(rows, [(Some(2025), Comparator::MoreThan, 130e6), (Some(2020), Comparator::MoreThan, 90e6)]);
        // xa_binh_nguyen_phu_tho_2026 (a development text): a short formula said of two figures is two targets.
        let d = drafted("Năm 2025, tỷ lệ tổ chức Đảng xếp loại tốt đạt 100% (mục tiêu đại hội là 90%), tỷ lệ đảng viên xếp loại tốt đạt 97,6% (mục tiêu đại hội là 90%).");
        assert_eq!(d.targets.iter().filter(|t| t.value == 90.0).count(), 2);
        // A list item is no headline.
        assert_eq!(headline_of(&Folded::new("- 90% hồ sơ\n- 90% hồ sơ"), 2), None);
        // Nor is a table's row (a probe of 7 Dec 2026).
        assert_eq!(headline_of(&Folded::new("1\tTỷ lệ hồ sơ\t%\t90\n2\tTỷ lệ\t%\t90"), 2), None);
        // Two different indicators with the same value in other lines stay two targets.
        let d = drafted("Kế hoạch\n- Cáp quang phủ 100% xã.\n- Tỷ lệ hộ gia đình có địa chỉ số đạt 100%.");
        assert_eq!(d.targets.len(), 2);
    }

    #[test]
    fn ids_count_repeats() {
        let mut ids = TargetIds::default();
        assert_eq!(ids.claim("a", Some(2025), None), ("a.2025".to_owned(), None));
        assert_eq!(ids.claim("a", Some(2025), Some(Tier::Commune)), ("a.2025.commune".to_owned(), None));
        assert_eq!(
            ids.claim("a", Some(2025), None),
            ("a.2025.2".to_owned(), Some(Uncertainty::Duplicate { other: "a.2025".to_owned() }))
        );
    }

    #[test]
    fn a_guessed_year_already_taken_is_unsaid() {
        // tuyen_quang_kinh_te_so_2025 (a development text): a second set of the same indicators.
        let mut ids = TargetIds::default();
        ids.claim("a", Some(2025), None);
        assert_eq!(ids.unless_taken("a", Some(2025), None, true), None);
        // Stated, or of another tier or indicator, it stands.
        assert_eq!(ids.unless_taken("a", Some(2025), None, false), Some(2025));
        assert_eq!(ids.unless_taken("a", Some(2025), Some(Tier::Commune), true), Some(2025));
        assert_eq!(ids.unless_taken("b", Some(2025), None, true), Some(2025));
    }

    #[test]
    fn quotes_lose_separators_and_a_trailing_and() {
        let s = "- , 90% ho so cap tinh va";
        let (a, b) = trim_quote(s, 0, s.len());
        assert_eq!(sub(s, a, b), "90% ho so cap tinh");
        assert_eq!(year_reason(Some(2025), true, false), Some(Uncertainty::YearGuessed { year: 2025 }));
        assert_eq!(year_reason(Some(2025), false, true), Some(Uncertainty::YearFromContext { year: 2025 }));
        assert_eq!(year_reason(Some(2025), false, false), None);
    }
}
