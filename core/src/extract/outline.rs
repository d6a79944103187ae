//! Walking the text line by line: what a line's head announces (read by `sections`: a year section, an
//! objectives heading, a pillar heading, a sentence opening with "Đến năm 2025") sets the year and pillar of
//! the figures that follow, and each clause's figures are collected with them.

use super::clauses::{self, Found};
use super::folded::{at, ends_with_words, find_words, line_ranges, starts_with_words, sub, years_after_nam, Folded};
use super::reports;
use super::sections::{self, Heading};
use super::unused::Claimed;
use super::years::{self, Source};
use super::{respectively, tables, tiers};
use crate::model::comparator::Comparator;
use crate::model::measure_unit::MeasureUnit;

/// A figure found in a clause, with the year and pillar of the section it is in.
#[derive(Debug, Clone)]
pub(crate) struct Figure {
    pub(crate) found: Found,
    pub(crate) year: Option<i32>,
    /// The shared pillar id of the heading above, if any.
    pub(crate) pillar: Option<&'static str>,
    /// The year is not the text's around the figure but the plan period's end.
    pub(crate) year_from_period: bool,
    /// The year was stated earlier (a previous sentence or line, a period): a year from context.
    pub(crate) year_from_context: bool,
    /// The year is stated in the figure's own clause (or by the results heading it is under).
    pub(crate) year_in_clause: bool,
    /// The year is the one a heading of its section states ("III. CHỈ TIÊU CHỦ YẾU NĂM 2026"), not its clause, the
    /// context or the annual plan's.
    pub(crate) year_from_heading: bool,
    /// The words around it in its line report what was reached ("hiện nay", "đã đạt", "80% xã đã có"), or it
    /// is under a results heading ("Kết quả thực hiện năm 2023"): not a target.
    pub(crate) reported: bool,
    /// The last of the words before it in its line that report or want wants it ("mục tiêu", "phấn đấu").
    pub(crate) wanted: bool,
    /// It is the objective a result before it in its clause is measured against ([`measured_against`]).
    pub(crate) measured: bool,
    /// It stands under an objectives heading that names no year ("II. MỤC TIÊU CỤ THỂ"; not a year heading's section),
    /// where an early year is an objective's, not the past.
    pub(crate) under_objectives: bool,
}

impl Outline {
    /// Adds a figure of running text: a list goes on ([`list_on`]), and it is the objective a result before it is
    /// measured against when `objective` ([`measured_against`]).
    fn add(&mut self, figure: Figure, objective: bool) {
        self.figures.push(figure);
        list_on(&mut self.figures);
        measured_against(&mut self.figures, objective);
    }

    /// Keeps the earliest year a line's mentions set an objective for; a vision is none ([`Section::vision`]): what
    /// comes before it is not the past for it.
    fn note_objectives(&mut self, section: &Section, s: &str, mentions: &[years::Mention], line: (usize, bool)) {
        let vision = |m: &&years::Mention| section.vision(s, m, line.0, line.1);
        for m in mentions.iter().filter(|m| m.objective && !m.period).filter(|m| !vision(m)) {
            self.objective_year = Some(self.objective_year.map_or(m.year, |y| y.min(m.year)));
        }
    }
}

/// A pillar heading: its shared id and its words as the document writes them.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct PillarHeading {
    pub(crate) pillar: &'static str,
    pub(crate) name: String,
}

/// What the walk found, in the order of the text.
#[derive(Debug, Default)]
pub(crate) struct Outline {
    pub(crate) figures: Vec<Figure>,
    pub(crate) headings: Vec<PillarHeading>,
    /// The first year the text sets an objective for ("phấn đấu đến năm 2025"): what comes before it is
    /// the past, when nothing else dates the text.
    pub(crate) objective_year: Option<i32>,
}

/// The section the walk is in.
#[derive(Debug, Clone, Copy)]
struct Section {
    year: Option<i32>,
    pillar: Option<&'static str>,
    /// The year of an annual plan, which an objectives heading with no year goes back to.
    default_year: Option<i32>,
    /// The year the text reviews to its end ([`reports::Scan::reviewing`]).
    reviewed: Option<i32>,
    /// The year was stated in an earlier line's running text, not by a heading or an opening.
    context: bool,
    /// Under a results heading ("Kết quả thực hiện năm 2023", "Thực trạng"): figures report what was reached.
    results: bool,
    /// Under an objectives heading, dated or not ("II. MỤC TIÊU, NHIỆM VỤ NĂM 2026", "Chỉ tiêu chủ yếu:"), until a
    /// results heading: a share of the plan is one to reach ([`said`]).
    objectives: bool,
    /// The year is a year heading's ("Chỉ tiêu năm 2026:", [`Heading::Year`] or [`Heading::Period`]).
    headed: bool,
    /// This line opened with its year ("Đến năm 2025, ..."): the lines after it take it as context.
    opened: bool,
    /// This line opened with a term ("Nhiệm kỳ 2020-2025, ..."): the year and context before it, which the lines after
    /// it go back to when the line reports what the term reached.
    before_term: Option<(Option<i32>, bool)>,
    /// A line before reported what the term it opened with reached: the year and context to go back to at the first
    /// line that wants.
    term_reported: Option<(Option<i32>, bool)>,
    /// A line before opened with a term and did not report to its end: the year and context to go back to at an
    /// objectives heading ([`Self::enter`]).
    term_opened: Option<(Option<i32>, bool)>,
}

impl Section {
    /// The section before any heading: the annual plan's year, if any.
    fn new(default_year: Option<i32>, reviewed: Option<i32>) -> Self {
        Self {
            year: default_year,
            pillar: None,
            default_year,
            reviewed,
            context: false,
            results: false,
            objectives: false,
            headed: false,
            opened: false,
            before_term: None,
            term_reported: None,
            term_opened: None,
        }
    }

    /// After a line (folded `s`, `from..line_end` after its head, with or without figures): a year stated as an
    /// objective holds for the lines that follow, as a year from context, and ends a results section. Not a vision,
    /// though: a line without figures saying what the unit becomes by a later year than the one in force ("Tỉnh đặt mục
    /// tiêu đến năm 2045 trở thành vùng đô thị lớn ..."). A term past the line opened with and reported goes on
    /// ([`Self::term_line_ends`]).
    fn after_line(&mut self, s: &str, mentions: &[years::Mention], (from, line_end): (usize, usize), figureless: bool) {
        self.term_line_ends(sub(s, from, line_end));
        let vision = |m: &&years::Mention| self.vision(s, m, line_end, figureless);
        if let Some(m) = mentions.iter().rev().find(|m| m.holds && !m.after_figure).filter(|m| !vision(m)) {
            self.results &= !m.objective;
            if self.year != Some(m.year) {
                // "Năm 2025, tăng trưởng GRDP của tỉnh ước đạt 8,6%, đứng thứ 12 cả nước." after the aims of 2026 in
                // its line: a year a report opens holds for what the lines after it report, not for the aims a line
                // wanting sets ("Tỉnh cũng đặt mục tiêu thu hút 8,5 triệu lượt khách"; a probe of 6 Dec 2026), as a
                // term past's does.
                let aims_before = mentions.iter().any(|o| o.at < m.at && o.objective && o.holds);
                if aims_before
                    && !m.objective
                    && reports::Scan::reviewing(sub(s, m.at, line_end), self.reviewed).reports_to_its_end()
                {
                    self.term_reported = Some((self.year, self.context));
                }
                self.year = Some(m.year);
                self.context = true;
                self.headed = false;
            }
        }
    }

    /// Whether mention `m` of a line (folded `s`, ending at `line_end`) with no figures (`figureless`) names a vision:
    /// what the unit becomes by a later year than the one in force ("Tỉnh đặt mục tiêu đến năm 2045 trở thành vùng đô
    /// thị lớn ...").
    fn vision(&self, s: &str, m: &years::Mention, line_end: usize, figureless: bool) -> bool {
        figureless
            && self.year.is_some_and(|y| m.year > y)
            && super::folded::find_words(years::clause_after(s, m.at, line_end), "tro thanh").next().is_some()
    }

    /// After a line (folded `line`) that opened with a term: when its words report to its end ("Nhiệm kỳ 2020-2025,
    /// Đảng bộ ... xã đã đạt được nhiều kết quả quan trọng. ...", xa_ia_le_gia_lai_2030, a development text), the term
    /// past dates what the line and the lines after it report, not the targets that a line wanting opens.
    fn term_line_ends(&mut self, line: &str) {
        if let Some(before) = self.before_term.take() {
            if reports::Scan::reviewing(line, self.reviewed).reports_to_its_end() {
                self.term_reported = Some(before);
            } else {
                self.term_opened = Some(before);
            }
        }
    }

    /// At a line (folded `line`) whose words want ("Theo đó, xã phấn đấu ..."), after a term past's report: back to the
    /// year before the term; not at one going on with the report ("Mỗi địa phương hình thành ...: du lịch toàn vùng
    /// đón trung bình trên 11 triệu lượt khách/năm", ninh_binh_dang_bo_ubnd_2030, a development text).
    fn term_past_at(&mut self, line: &str) {
        if self.term_reported.is_some() && reports::Scan::reviewing(line, self.reviewed).wanted(0, line.len()) {
            (self.year, self.context) = self.term_reported.take().unwrap_or_default();
            self.headed = false;
        }
    }

    /// What the section's heading says of the year of a figure (`year`, from context or stated in its clause) whose
    /// clause reads `before` up to it: (the year is stated, by the clause or a results heading; a year heading dates
    /// it). Under a results heading with a year ("Kết quả năm 2023"), the heading states the figures' year; not of one
    /// its clause says is now ("đến nay đã đạt 85% ...").
    fn heading_dates(&self, before: &str, year: Option<i32>, (from_context, in_clause): (bool, bool)) -> (bool, bool) {
        let from_heading = self.headed && !in_clause && !from_context && year == self.year;
        let now = reports::says_now(before);
        (in_clause || (self.results && !self.context && self.year.is_some() && !now), from_heading)
    }

    /// Enters the section a heading opens; returns the pillar it names, if any.
    fn enter(&mut self, heading: Heading) -> Option<&'static str> {
        match heading {
            Heading::Year(y) | Heading::Period(y) => {
                self.term_opened = None;
                self.year = Some(y);
                self.context = matches!(heading, Heading::Period(_));
                self.pillar = None;
                self.results = false;
                self.objectives = true;
                self.headed = true;
                None
            }
            Heading::Results(year) => {
                self.year = year.or(self.default_year);
                self.headed = false;
                self.context = false;
                self.pillar = None;
                self.results = true;
                self.objectives = false;
                None
            }
            Heading::Objectives { general } => {
                self.results = false;
                self.objectives = true;
                self.headed = false;
                // Back to the annual plan's year; with none, a year an earlier objective stated holds, but not a term a
                // line opened with ("Nhiệm kỳ 2020 - 2025, thu nhập bình quân đạt 60 triệu đồng" before "Các chỉ tiêu
                // chủ yếu:" in a congress's resolution for 2025-2030): back to the year before it.
                let term = self.term_reported.take().or(self.term_opened.take());
                if self.default_year.is_some() {
                    self.year = self.default_year;
                    self.context = false;
                } else if let Some((year, context)) = term {
                    (self.year, self.context) = (year, context);
                }
                self.pillar = general.then_some("general");
                self.pillar
            }
            Heading::Pillar(p) => {
                self.pillar = Some(p);
                Some(p)
            }
        }
    }
}

/// Walks the folded text: every figure of every clause, with its section's year and pillar, leaving out
/// numbers other readers claimed; and the pillar headings met on the way.
pub(crate) fn walk(
    f: &Folded<'_>,
    (default_year, reviewed): (Option<i32>, Option<i32>),
    city_is_province: bool,
    claimed: &Claimed<'_>,
) -> Outline {
    let s = f.text.as_str();
    let mut section = Section::new(default_year, reviewed);
    let mut outline = Outline::default();
    let mut table: Option<tables::Header> = None;
    let lines = line_ranges(s);
    // Tables flattened to one cell per line: their headers are skipped, their rows read by column.
    let flattened = tables::flattened(s, &lines);
    let mut flat_rows = flattened.iter().flat_map(|t| t.rows.iter().map(move |r| (&t.header, r))).peekable();
    let mut row_end = 0;
    // The start of the last line with words before this one.
    let mut previous: Option<usize> = None;
    // The end named for a line "Theo đó" when that line ends with ";": its list goes on in the lines after it, as
    // a web page gives a list's items a line each ("Theo đó, ... 56 phường, xã;\n100% NCT ...;\n...").
    let mut named_for_the_list: Option<i32> = None;
    // The last line with figures read alone or going on with the report before it ([`line_scan`]): its start and
    // whether a line with no words of its own right after it goes on with a report.
    let mut reporting: Option<(usize, bool)> = None;
    let mut halves = Halves::default();
    // The line naming what the lines of tiers under it measure ([`tiers_named_above`]).
    let mut named_above: Option<(usize, usize)> = None;
    for &(line_start, line_end) in &lines {
        let line = sub(s, line_start, line_end);
        let line_before = previous;
        previous = if line.trim().is_empty() { previous } else { Some(line_start) };
        if line_start < row_end || flattened.iter().any(|t| (t.header_span.0..t.header_span.1).contains(&line_start)) {
            continue;
        }
        while flat_rows.next_if(|(_, r)| r.span.0 < line_start).is_some() {}
        if let Some((h, r)) = flat_rows.next_if(|(_, r)| r.span.0 == line_start) {
            let row = Row { cells: &r.cells, parent: r.parent, pillar: section.pillar, city_is_province };
            outline.figures.extend(table_row(s, h, &row, claimed));
            row_end = r.span.1;
            continue;
        }
        // A table whose header names years: its rows are read by column.
        match tables::cells(f, line_start, line_end) {
            Some(cells) => {
                if let Some(h) = tables::header(s, &cells) {
                    // Its caption's year ("CHỈ TIÊU CHUYỂN ĐỔI SỐ NĂM 2026"), else its section's, dates its columns of
                    // tiers.
                    let caption = line_before
                        .map(|b| sub(s, b, line_start))
                        .and_then(|c| years_after_nam(c).first().map(|y| y.1));
                    table = Some(h.dated(caption.or(section.year)));
                    continue;
                }
                if let Some(h) = &table {
                    let row = Row { cells: &cells, parent: None, pillar: section.pillar, city_is_province };
                    outline.figures.extend(table_row(s, h, &row, claimed));
                    continue;
                }
            }
            None => table = None,
        }
        let from = read_head(f, line_start, line, &mut section, &mut outline.headings);
        let mentions = years::mentions(sub(s, from, line_end), from);
        // The words that report and that want are read once per line, in lines with figures.
        let mut found_here = figures(s, from, line_end, city_is_province, claimed);
        let words_here = sub(s, from, line_end);
        section.term_past_at(words_here);
        let named_before =
            line_before.and_then(|b| accordingly(sub(s, b, line_start), words_here)).or(named_for_the_list.take());
        if line.trim_end().ends_with(';') {
            named_for_the_list = named_before;
        }
        let figureless = found_here.is_empty();
        named_above = tiers_named_above(s, &mut found_here, named_above, (from, line_end));
        let (scan_start, scan) = if figureless {
            reporting = sentence_between_reports(s, line_before, (line_start, line_end), (reporting, reviewed));
            (line_start, reports::Scan::default())
        } else {
            let (start, scan, goes_on) =
                line_scan(s, line_before, (line_start, line_end), (from, reporting, !mentions.is_empty()), reviewed);
            reporting = (goes_on || start == line_start).then(|| (line_start, goes_on || scan.reports_to_its_end()));
            (start, scan)
        };
        let second_half = halves.read(sub(s, from, line_end), from);
        let listed = respectively::apply(s, &mut found_here, &mentions);
        for ((clause, found), listed) in found_here.into_iter().zip(listed) {
            let stated = listed
                .or_else(|| years::right_after(s, &mentions, clause, found.number.end))
                .map(|y| (y, Source::Stated));
            let line_year = stated.or_else(|| years::for_figure(&mentions, clause, found.number.start));
            let half = second_half.filter(|&(k, _)| k < found.number.start).map(|(_, y)| y);
            let (year, year_from_context, year_in_clause) = figure_year(line_year, &section, named_before.or(half));
            let context = Context::of(&section, &scan, year, year_in_clause);
            let (reported, wanted, objective) = said(s, (scan_start, &scan), clause, &found, context);
            let before = sub(s, clause.0, found.number.start);
            let (in_clause, headed) = section.heading_dates(before, year, (year_from_context, year_in_clause));
            let figure = Figure {
                found,
                year,
                pillar: section.pillar,
                year_from_period: false,
                year_from_context,
                year_in_clause: in_clause,
                year_from_heading: headed,
                reported,
                wanted,
                measured: false,
                under_objectives: section.objectives && !section.headed,
            };
            outline.add(figure, objective);
        }
        if std::mem::take(&mut section.opened) {
            section.context = true;
        }
        outline.note_objectives(&section, s, &mentions, (line_end, figureless));
        section.after_line(s, &mentions, (from, line_end), figureless);
    }
    outline.figures.retain(|fig| spelled_as_written(f, &fig.found));
    outline
}

/// When the last of `figures` goes on the list of the figure before it past a ";" ([`clauses::read_listed_clause`]),
/// gives it the list's year unless its own clause states one ("đến năm 2012 có 199.215 hộ gia đình ...; 106 gia đình
/// văn hóa được UBND tỉnh tặng bằng khen"), and the list's comparator when nothing compares it and the figure before
/// took it from the words opening the list ("phấn đấu có ít nhất 10 khu, điểm du lịch cấp tỉnh, 05 khu ...; 01 khu du
/// lịch cấp quốc gia"; not "việc làm mới cho khoảng 200 lao động; giảm 10 hộ nghèo", the "khoảng" the first's own).
/// It is reported with the figure before it ([`super::observations::split`]).
fn list_on(figures: &mut [Figure]) {
    let [.., before, fig] = figures else { return };
    if !fig.found.listed_on {
        return;
    }
    if !fig.found.compared_itself && before.found.opening.is_some() && before.found.unit == fig.found.unit {
        fig.found.comparator = before.found.comparator;
    }
    if !fig.year_in_clause {
        (fig.year, fig.year_from_context) = (before.year, before.year_from_context);
    }
}

/// When the last of `figures` is the objective a result before it in its clause is measured against ("tổng số người
/// tham gia BHXH ... chiếm tỷ lệ 35,1% ..., thấp hơn 0,4% so với chỉ tiêu UBND tỉnh giao (35,5%)"), gives it the year of
/// the figure right before it (the result, or the margin between, both of the clause) when it has none and that
/// figure's tier (the body that set the objective is none), and reads it as reached: the words before it compare the
/// result, not the objective.
fn measured_against(figures: &mut [Figure], objective: bool) {
    let [.., before, fig] = figures else { return };
    if !objective {
        return;
    }
    fig.measured = true;
    // Unless its own words compare it: "(chỉ tiêu đại hội dưới 3%)" (xa_hai_trung_hai_hau_nam_dinh_2020, a development
    // text).
    if !fig.found.compared_itself {
        fig.found.comparator = Comparator::Reach;
    }
    fig.found.tier = before.found.tier;
    // And it measures what the result does: "đạt trên 97,6% (mục tiêu đại hội là 90%)" is not named "đại hội".
    (fig.found.phrase, fig.found.phrase_explicit) = (before.found.phrase, before.found.phrase_explicit);
    if fig.year.is_none() && before.found.end <= fig.found.number.start {
        (fig.year, fig.year_from_context) = (before.year, before.year_from_context);
    }
}

/// The words that report and that want for the figures of the line `line_start..line_end` of folded `s`, and where they
/// are read from: the line itself; from the line before too when the line's words (from `from`) open with "Cụ thể,",
/// "Nổi bật," or "Trong đó", or when it has no such words of its own and goes on, in the same paragraph, from a line whose words report
/// to its end (the sentences of a paragraph a line each: "... đã hoàn thành công tác xóa nhà tạm.\nTỷ lệ hộ dân ... đạt
/// trên 90%").
/// So does a line with no such words after one that went on so; not one that states a year of its own (`dated`: "Năm
/// 2025 đạt 90% ...", its own statement). `reporting` is what the walk knows of the last line with figures: its start
/// and whether a line after it goes on with a report (read again when it is not the line before). The third value says
/// whether this line went on so.
fn line_scan(
    s: &str,
    line_before: Option<usize>,
    line: (usize, usize),
    (from, reporting, dated): (usize, Option<(usize, bool)>, bool),
    reviewed: Option<i32>,
) -> (usize, reports::Scan, bool) {
    let (line_start, line_end) = line;
    // A line that opens with "Cụ thể," says in detail what the line before said ("Nhiệm kỳ 2020-2025, xã đạt được nhiều
    // kết quả quan trọng.\nCụ thể, tốc độ tăng trưởng ... 5%/năm"): that line's words that report or want are read with
    // its own (from `from`, after its head). So does one that opens with "Nổi bật," (notably), picking out of it ("...
    // đạt được những kết quả tích cực ...\nNổi bật, tổng sản phẩm trên địa bàn (GRDP) đạt 8,39%"), and one that opens
    // with "Trong đó" (among which: "... đạt được kết quả quan trọng.\nTrong đó có các kết quả nổi bật như: ...",
    // xa_phu_do_thai_nguyen_2025, a development text a sentence per line).
    let details = ["cu the", "noi bat", "trong do"].iter().any(|w| starts_with_words(sub(s, from, line_end), w));
    if let Some(b) = line_before.filter(|_| details) {
        return (b, reports::Scan::reviewing(sub(s, b, line_end), reviewed), false);
    }
    let own = reports::Scan::reviewing(sub(s, line_start, line_end), reviewed);
    let goes_on = |b: usize| {
        let before = sub(s, b, line_start);
        // A paragraph after a blank line goes on with the account of a time past that the paragraph before opened
        // with ("Nhiệm kỳ qua, công tác xây dựng Đảng ... có nhiều chuyển biến tích cực.\n\nKinh tế tăng trưởng khá;
        // tổng giá trị sản phẩm ... tăng bình quân hàng năm 8,6%"; a probe of 7 Dec 2026).
        let breaks = before.matches('\n').count();
        own.silent()
            && !dated
            && (breaks == 1 || breaks == 2 && reports::opens_with_time_past(before))
            && match reporting {
                Some((start, reports)) if start == b => reports,
                _ => reports::Scan::reviewing(before, reviewed).reports_to_its_end(),
            }
    };
    match line_before {
        Some(b) if goes_on(b) => {
            (b, reports::Scan::reviewing(sub(s, b, line_end), reviewed).reporting_from_the_start(), true)
        }
        _ => (line_start, own, false),
    }
}

/// For a line without figures (folded `line_start..line_end`): whether it is a sentence with no words that report or want
/// between a report (the line before reported to its end, or went on with one: `reporting`) and the lines after it,
/// which go on with that report as they would right after it ("... đạt được những kết quả quan trọng.\nSản xuất ... có
/// nhiều chuyển biến rõ nét.\nTổng thu ngân sách ... đều cán mốc 200 tỷ đồng.", xa_phong_tho_lai_chau_2030, a
/// development text a sentence per line). Then the line carries the report on, as `reporting`.
fn sentence_between_reports(
    s: &str,
    line_before: Option<usize>,
    (line_start, line_end): (usize, usize),
    (reporting, reviewed): (Option<(usize, bool)>, Option<i32>),
) -> Option<(usize, bool)> {
    let line = sub(s, line_start, line_end).trim();
    // The cheap tests first: this runs for every line without figures.
    let reported_before = || {
        reporting.is_some_and(|(_, reports)| reports)
            || line_before
                .is_some_and(|b| reports::Scan::reviewing(sub(s, b, line_start), reviewed).reports_to_its_end())
    };
    (line.ends_with('.') && reported_before() && reports::Scan::reviewing(line, reviewed).silent())
        .then_some((line_start, true))
}

/// For a line whose words after its head (folded `line`) open with "Theo đó," and set out what the line before it
/// (folded `before`) named ("... ban hành kế hoạch ... giai đoạn 2022-2030.\nTheo đó, ... 100% ..."): that line's last
/// period end, or year said with "đến năm", which dates the figures nothing else dates, as context.
fn accordingly(before: &str, line: &str) -> Option<i32> {
    starts_with_words(line, "theo do").then(|| years::named_end(before)).flatten()
}

/// A figure's year, whether it is from context, and whether its clause states it: from what its line says
/// (`line_year`), else the section's, else the end the line before named for a line "Theo đó" or the year named for the
/// second half of a year a line speaks of ("Trong 6 tháng cuối năm", [`Halves`]) (`named_before`).
fn figure_year(
    line_year: Option<(i32, Source)>,
    section: &Section,
    named_before: Option<i32>,
) -> (Option<i32>, bool, bool) {
    match line_year {
        Some((y, Source::Stated)) => (Some(y), false, true),
        Some((y, Source::Context)) if section.year.is_none() || section.context => (Some(y), true, false),
        Some((y, Source::Objective)) => (Some(y), true, false),
        _ if section.year.is_none() && named_before.is_some() => (named_before, true, false),
        _ => (section.year, section.context, false),
    }
}

/// The year of the halves of a year a mid-year report names ("6 tháng cuối năm 2024"), as the walk goes.
#[derive(Debug, Default)]
struct Halves(Option<i32>);

impl Halves {
    /// Reads the words of a line (folded `line`, at `from` in the text): where its first "tháng cuối năm" that names no
    /// year stands ("Trong 6 tháng cuối năm, tỉnh ... phấn đấu ..."), with the year an earlier line named for a half,
    /// which the figures after it take as a year from context.
    fn read(&mut self, line: &str, from: usize) -> Option<(usize, i32)> {
        let (named, bare) = years::halves(line);
        let second = bare.map(|k| from + k).zip(self.0);
        self.0 = named.or(self.0);
        second
    }
}

/// Whether a figure is a number as the text spells it: any in digits, one said in words only with its own marks ("sáu",
/// not "sâu" of "vùng sâu vùng xa", which folds to the same letters).
fn spelled_as_written(f: &Folded<'_>, found: &Found) -> bool {
    let n = &found.number;
    !sub(&f.text, n.start, n.end).bytes().all(|b| b.is_ascii_alphabetic())
        || super::numbers::spelled_as_number(f.original(n.start, n.end))
}

/// Names the figures of the line `from..end` that name only their tier ("+ Cấp tỉnh: 97%"; a later figure takes the
/// one's before it already) by the line above that names what they measure (`named`, folded range: "- Tỷ lệ văn bản, hồ
/// sơ công việc được xử lý trên môi trường mạng"), as a table's row of tiers takes its parent row's label. Returns the
/// line that names what the next lines of tiers measure: this one, if it has words, no figure and may name
/// ([`names_what_follows`]); the same, over blank lines and lines of tiers; else none.
fn tiers_named_above(
    s: &str,
    found: &mut [((usize, usize), Found)],
    named: Option<(usize, usize)>,
    (from, end): (usize, usize),
) -> Option<(usize, usize)> {
    let line = sub(s, from, end);
    if found.is_empty() {
        return if line.trim().is_empty() { named } else { names_what_follows(line).then_some((from, end)) };
    }
    let only_tier = |f: &Found| {
        let phrase = sub(s, f.phrase.0, f.phrase.1);
        tiers::only_tier_words(phrase) || tiers::only_year_and_tier_words(phrase)
    };
    let all = found.iter().all(|(_, f)| only_tier(f) || f.same_indicator_as_previous);
    let parent = named.filter(|_| all)?;
    for (_, f) in found.iter_mut().filter(|(_, f)| !f.same_indicator_as_previous) {
        f.phrase = parent;
    }
    Some(parent)
}

/// Whether a line of words and no figure (folded) may name what the lines of tiers under it measure, with a colon or
/// without ("- Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng:"): not a sentence, a long paragraph, nor a heading
/// that introduces objectives, tasks or a list ("Chỉ tiêu cụ thể:", "Mục tiêu đến năm 2025 như sau:").
fn names_what_follows(line: &str) -> bool {
    const INTRODUCES: [&str; 6] = ["muc tieu", "chi tieu", "nhiem vu", "giai phap", "cu the", "nhu sau"];
    let t = line.trim();
    let introduces = t.ends_with(':') && INTRODUCES.iter().any(|w| find_words(t, w).next().is_some());
    t.len() < 200 && !t.ends_with(['.', ';']) && !introduces
}

/// A row of a table, with what the walk knows around it.
struct Row<'c> {
    cells: &'c [(usize, usize)],
    /// The label of the row above that names what a row naming only its tier measures.
    parent: Option<(usize, usize)>,
    pillar: Option<&'static str>,
    city_is_province: bool,
}

/// The figures of a table's row: those of each cell under a column with a year, named by the row's label
/// (their quote runs from the label to the figure's cell), for the column's year, stated; a column of
/// results holds reports. Under a column of a tier with no year of its own, the figures are the tier's, for the
/// table's year, from context ([`tables::Header::year_of`]).
fn table_row(s: &str, h: &tables::Header, row: &Row<'_>, claimed: &Claimed<'_>) -> Vec<Figure> {
    let label = h.label(s, row.cells);
    let bare = h.bare(s, row.cells, label);
    let mut out = Vec::new();
    for (column, &(a, b)) in h.columns.iter().zip(row.cells) {
        let Some(year) = h.year_of(column) else { continue };
        for mut found in clauses::read_cell(s, a, b, row.city_is_province, bare) {
            if claimed.reason(found.number.start).is_some() {
                continue;
            }
            // A column's tier is the figure's, over one its row's label names.
            found.tier = found.tier.or(column.tier);
            if let Some((la, lb)) = label.filter(|l| l.0 < a) {
                found.phrase = (la, lb);
                // A row that names only a tier ("+ Cấp huyện") measures what the row above it names.
                let label = sub(s, la, lb);
                if tiers::only_tier_words(label.split('(').next().unwrap_or(label)) {
                    match row.parent {
                        Some(parent) => found.phrase = parent,
                        None => found.same_indicator_as_previous = true,
                    }
                }
                found.tier = found.tier.or_else(|| tiers::tier_in(sub(s, la, lb), row.city_is_province).map(|t| t.0));
                found.unit = clauses::percent_named_by(sub(s, la, lb), found.unit);
                found.start = la;
                found.end = b;
            }
            out.push(Figure {
                found,
                year: Some(year),
                pillar: row.pillar,
                year_from_period: false,
                // A column of a tier takes the table's year: from context.
                year_from_context: column.year.is_none(),
                year_in_clause: column.year.is_some(),
                year_from_heading: false,
                reported: column.reported,
                wanted: !column.reported,
                measured: false,
                under_objectives: false,
            });
        }
    }
    out
}

/// Where a figure stands: under a results or an objectives heading, in a line that may report, dated by its words or
/// section.
#[derive(Debug, Clone, Copy)]
struct Context {
    results: bool,
    objectives: bool,
    may_report: bool,
    dated: bool,
    /// Its own clause states its year.
    stated: bool,
}

impl Context {
    /// Where a figure of the line `scan` reads stands in `section`, dated `year` (stated by its own clause or not).
    fn of(section: &Section, scan: &reports::Scan, year: Option<i32>, stated: bool) -> Self {
        Self {
            results: section.results,
            objectives: section.objectives,
            may_report: scan.may_report(),
            dated: year.is_some(),
            stated,
        }
    }
}

/// What the words of its line say of a figure: (reported as reached, wanted, the objective a result before it is
/// measured against, [`reports::objective_in_brackets`], which is wanted). Under a results heading
/// every figure is reported unless the words before it want it; elsewhere the words before it must report
/// it, or, for a figure no year dates, the words after it in its clause ("70% xã đã có cáp quang"; in a
/// dated list "đã" names what is measured: "80% hệ thống đã đưa vào vận hành được kết nối"), or for a figure no
/// year of its own clause dates, after "có" (what there is: "có 100% thủ tục hành chính ... đã được cung cấp").
/// A figure whose clause states its year ("Năm 2025, 100% hồ sơ ...") is reported only by words of its own sentence.
fn said(
    s: &str,
    line: (usize, &reports::Scan),
    clause: (usize, usize),
    found: &Found,
    c: Context,
) -> (bool, bool, bool) {
    let (line_start, scan) = line;
    let before = sub(s, line_start, found.number.start);
    // The figure's sentence, which a year stated in it bounds the words read to.
    let sentence = before.rfind(". ").map_or(0, |i| i + 2);
    let from = if c.stated { sentence } else { 0 };
    // "... so với chỉ tiêu UBND tỉnh giao (35,5%)": the objective a result is measured against, wanted.
    let objective =
        reports::objective_in_brackets(sub(s, clause.0, found.number.start), sub(s, found.number.end, clause.1));
    // "khai thác tre đạt 23.076 tấn/90.000 tấn": the plan's figure of a result over its plan, wanted.
    let wanted = objective || found.plan_of_a_result || scan.wanted(from, before.len());
    let reported = if objective || found.plan_of_a_result {
        false
    } else if c.results {
        !wanted
    } else {
        let after = || sub(s, found.number.end, found.end);
        // "tăng 15% so với cùng kỳ": a change on the same time last year reports its own figure, unless wanted.
        let on_last_year = !wanted
            && (reports::compared_with_last_year(after())
                || found.unit == MeasureUnit::Rank && reports::moved_places(sub(s, found.number.end, s.len())));
        // "đạt 85% kế hoạch": the share of a plan reached, unless wanted. "41,85% (KH 41%)": a figure beside the plan's,
        // unless the words of its own segment want it ("phấn đấu tăng trưởng 9% (KH tỉnh giao 8,5%)": a district's aim
        // above the province's plan); the plan's figure before it ("28,5% (KH 28-29%), công nghiệp-xây dựng 39,8%")
        // wants nothing of this one.
        let segment = before.rfind([')', ',', ';', ':']).map_or(0, |i| i + 1).max(from);
        let in_clause = sub(s, found.number.end, clause.1);
        // A result compared with the plan's aim is wanted only by words of its own sentence, not by a deadline of the
        // sentence before ("... đến năm 2020 đạt 135 triệu đồng. Giá trị sản xuất các ngành tăng 10,66% so với chỉ tiêu
        // đại hội", xa_hai_trung_hai_hau_nam_dinh_2020, a development text); a share of the plan ("đạt 100% kế
        // hoạch") is wanted by a want before it in its line.
        // Read to the clause's end: the objective's own figure after it ("mới đạt 13,8% so với mục tiêu 60%",
        // dong_nai_nghi_quyet_57_6_thang_2025, a development text) ends the figure's segment at "so".
        let compared = !scan.wanted(sentence, before.len()) && reports::compared_with_the_plan(in_clause);
        // Beyond the plan, it is reported unless wanted, or when its sentence wants nothing but a deadline ("Dự kiến đến
        // hết năm 2020, ... đạt 42%, vượt chỉ tiêu ...", ha_giang_truong_chuan_quoc_gia_2020, a development text).
        // Under an objectives heading, "đạt 100% kế hoạch vốn được giao" is the share to reach.
        let share_reached = !c.objectives && reports::share_of_plan_reached(after());
        let of_plan = compared
            || !wanted && (share_reached || reports::measured_against_the_plan(in_clause))
            || (!wanted || !scan.aims(before, sentence, before.len())) && reports::beyond_the_plan(in_clause)
            || !scan.wanted(segment, before.len())
                && reports::plan_figure_after(sub(s, found.number.end, s.len().min(found.number.end + 60)));
        on_last_year
            || of_plan
            || found.result_over_plan
            || c.may_report && (scan.reported(from, before.len()) || reported_after(s, clause, found, c))
    };
    (reported, wanted, objective)
}

/// Whether the words after a figure in its clause report it ([`reports::reported_after`]): when no year dates it, or
/// when none of its own clause does and what there is opens it ("có 100% ... đã được cung cấp", which a year of the
/// line before does not make an aim).
fn reported_after(s: &str, clause: (usize, usize), found: &Found, c: Context) -> bool {
    let before = sub(s, clause.0, found.number.start);
    (!c.dated || !c.stated && ends_with_words(before.trim_end(), "co"))
        && reports::reported_after(before, sub(s, found.number.end, found.end))
}

/// Reads the head of the line at folded `line_start` into the section; returns where its clauses start.
fn read_head(
    f: &Folded<'_>,
    line_start: usize,
    line: &str,
    section: &mut Section,
    headings: &mut Vec<PillarHeading>,
) -> usize {
    let m = sections::marker_len(line);
    let content = sub(line, m, line.len());
    let from = line_start + m;
    let Some((heading, consumed)) = sections::heading(content) else {
        // "Đến năm 2025, 100% ...": the year opens the sentence and holds until another does; for the lines after
        // this one, it is a year from context. A term or stage opening it ("Nhiệm kỳ 2025-2030, ...") is context
        // in its own line as well.
        let opened = sections::opening_year(content)
            .map(|y| (y, false))
            .or_else(|| sections::opening_term(content).map(|y| (y, true)));
        if let Some((y, context)) = opened {
            section.term_reported = None;
            section.term_opened = None;
            section.before_term = context.then_some((section.year, section.context));
            // A line opening with the year a results heading states ("Năm 2025, tỷ lệ ... đạt 72,5%" under "II. KẾT
            // QUẢ NĂM 2025") goes on reporting it.
            section.results = section.results && !context && section.year == Some(y);
            section.year = Some(y);
            section.context = context;
            section.headed = false;
            section.opened = true;
        }
        return from;
    };
    if let Some(pillar) = section.enter(heading) {
        let name = f.original(from, from + consumed).trim().trim_end_matches(':').trim().to_owned();
        headings.push(PillarHeading { pillar, name });
    }
    from + consumed
}

/// The figures of the clauses of folded `from..end`, each with its clause, but those in ranges other
/// readers claimed.
fn figures(
    s: &str,
    from: usize,
    end: usize,
    city_is_province: bool,
    claimed: &Claimed<'_>,
) -> Vec<((usize, usize), Found)> {
    let mut out = Vec::new();
    // The unit of the last figure of the clause before when a ";" ends it: the next clause may list on.
    let mut listed = None;
    for (cs, ce) in clauses::clauses(s, from, end) {
        // A list item run on after a sentence ("đạt trên 40%. - Tỷ lệ ...") starts after its marker.
        let cs = cs + sections::marker_len(sub(s, cs, ce)).min(ce - cs);
        let found = clauses::read_listed_clause(s, cs, ce, city_is_province, listed);
        listed = found.last().filter(|_| at(s, ce) == b';').map(|f| f.unit);
        out.extend(found.into_iter().filter(|t| claimed.reason(t.number.start).is_none()).map(|t| ((cs, ce), t)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::comparator::Comparator;

    fn outline(text: &str, default_year: Option<i32>) -> Outline {
        walk(&Folded::new(text), (default_year, None), true, &Claimed::default())
    }

    /// (year, pillar, value) of each figure.
    fn figures_of(o: &Outline) -> Vec<(Option<i32>, Option<&'static str>, f64)> {
        o.figures.iter().map(|f| (f.year, f.pillar, f.found.value)).collect()
    }

    #[test]
    fn a_year_section_dates_the_clauses_that_follow() {
        let o = outline(
            "a) Đến năm 2025:\n- Tối thiểu 90% hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng.\n\
             b) Đến năm 2030:\n- 100% hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng.",
            None,
        );
        assert_eq!(figures_of(&o), vec![(Some(2025), None, 90.0), (Some(2030), None, 100.0)]);
        assert!(o.figures.iter().all(|f| !f.year_from_period));
        assert!(o.headings.is_empty());
    }

    #[test]
    fn lines_of_tiers_measure_what_the_line_above_them_names() {
        // quang_binh's words (a development text), its table's cells joined to their rows.
        let text = "Năm 2025:\n- Tỷ lệ văn bản, hồ sơ công việc được xử lý trên môi trường mạng tại cơ quan:\n\n+ Cấp \
                    tỉnh: 97%\n+ Cấp huyện: 92%\n+ Cấp xã: 80%\nTỷ lệ hộ nghèo dưới 2%.";
        let s = Folded::new(text).text;
        let o = outline(text, None);
        let phrases: Vec<&str> = o.figures.iter().map(|f| sub(&s, f.found.phrase.0, f.found.phrase.1)).collect();
        let named = "ty le van ban, ho so cong viec duoc xu ly tren moi truong mang tai co quan:";
        assert_eq!(phrases[..3], [named, named, named]);
        assert_ne!(phrases[3], named);
        // Not a heading that introduces objectives, nor a sentence.
        for above in ["Chỉ tiêu cụ thể đến năm 2025:", "Tỉnh đã đầu tư hạ tầng mạng."] {
            let text = format!("{above}\n+ Cấp tỉnh: 97%");
            let s = Folded::new(&text).text;
            let o = outline(&text, None);
            let phrases: Vec<&str> = o.figures.iter().map(|f| sub(&s, f.found.phrase.0, f.found.phrase.1)).collect();
            assert!(phrases.iter().all(|p| !p.contains("chi tieu") && !p.contains("dau tu")), "{above}: {phrases:?}");
        }
    }

    #[test]
    fn a_list_after_accordingly_keeps_its_period_over_its_lines_until_one_ends_otherwise() {
        // The items of "Theo đó, ..." a line each, as a web page gives them: each line ending with ";" goes on with the
        // list, so the period named before dates them; a line ending with "." ends it.
        let o = outline(
            "Thành phố ban hành kế hoạch thực hiện chương trình giai đoạn 2022-2030.\nTheo đó, 100% người cao tuổi \
             được mừng thọ;\n95% người cao tuổi có thẻ bảo hiểm y tế;\nít nhất 80% phường, xã có câu lạc bộ.\n\
             Năm nay 70% người cao tuổi được khám sức khỏe.",
            None,
        );
        let years: Vec<_> = o.figures.iter().map(|f| (f.found.value, f.year, f.year_from_context)).collect();
        assert_eq!(
            years,
            [(100.0, Some(2030), true), (95.0, Some(2030), true), (80.0, Some(2030), true), (70.0, None, false)]
        );
    }

    #[test]
    fn a_line_with_no_words_of_its_own_goes_on_with_the_report_of_the_line_before_in_its_paragraph() {
        // xa_muong_lat_thanh_hoa (a development text), a sentence a line.
        let reported = |text: &str| outline(text, None).figures.iter().map(|f| f.reported).collect::<Vec<_>>();
        let report = "Xã đã hoàn thành công tác xóa nhà tạm.\nTỷ lệ hộ dân sử dụng nước sạch đạt trên 90%.";
        assert_eq!(reported(report), [true]);
        // And the line after it, with no words of its own either.
        assert_eq!(reported(&format!("{report}\nTỷ lệ hồ sơ trực tuyến đạt 100%.")), [true, true]);
        // Not across a blank line, nor after a line that wants, nor after a past verb naming what a noun underwent.
        assert_eq!(reported(&report.replace(".\n", ".\n\n")), [false]);
        assert_eq!(reported("Xã phấn đấu xóa nhà tạm.\nTỷ lệ hộ dân sử dụng nước sạch đạt trên 90%."), [false]);
        assert_eq!(reported("ưu tiên các sản phẩm đã được đánh giá.\nCó ít nhất 50% làng nghề có sản phẩm."), [false]);
        // A line with words of its own reads them only.
        assert_eq!(reported("Xã đã hoàn thành công tác xóa nhà tạm.\nPhấn đấu tỷ lệ hộ dân đạt trên 90%."), [false]);
    }

    #[test]
    fn pillar_headings_set_the_pillar_and_are_kept_with_their_words() {
        let o = outline(
            "Mục tiêu đến năm 2025\n1. Về chính quyền số:\n- 90% hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng.\n\
             2. Về kinh tế số\n- Kinh tế số chiếm 20% GRDP.",
            None,
        );
        assert_eq!(
            figures_of(&o),
            vec![(Some(2025), Some("digital_government"), 90.0), (Some(2025), Some("digital_economy"), 20.0)]
        );
        assert_eq!(
            o.headings,
            vec![
                PillarHeading { pillar: "digital_government", name: "Về chính quyền số".to_owned() },
                PillarHeading { pillar: "digital_economy", name: "Về kinh tế số".to_owned() },
            ]
        );
    }

    #[test]
    fn a_sentence_opening_with_a_year_holds_until_another() {
        let o = outline("Đến năm 2025, 80% dân số có điện thoại thông minh.\nTỷ lệ thanh toán không dùng tiền mặt đạt 50%.\nĐến năm 2030, 95% dân số có điện thoại thông minh.", None);
        assert_eq!(figures_of(&o), vec![(Some(2025), None, 80.0), (Some(2025), None, 50.0), (Some(2030), None, 95.0)]);
        // In the lines after its own, the year is from context.
        let context: Vec<bool> = o.figures.iter().map(|f| f.year_from_context).collect();
        assert_eq!(context, vec![false, true, false]);
    }

    #[test]
    fn a_vision_sets_no_year_for_what_follows() {
        // quang_ninh_dai_hoi (development): a line without figures saying what the province becomes by 2045
        // leaves the term's 2030 in force; a line with figures, or a year not after the one in force, sets it.
        let o = outline(
            "Mục tiêu tổng quát giai đoạn 2025-2030 là phát triển nhanh.
Tỉnh đặt mục tiêu đến năm 2045 trở thành vùng đô thị lớn.
Tỷ lệ đô thị hóa trên 75%.",
            None,
        );
        assert_eq!(figures_of(&o), vec![(Some(2030), None, 75.0)]);
        let o = outline(
            "Mục tiêu giai đoạn 2021-2025 là phát triển nhanh.
Phấn đấu đến năm 2030 tỉnh có 90% dân số dùng điện thoại thông minh.
Tỷ lệ đô thị hóa trên 75%.",
            None,
        );
        assert_eq!(figures_of(&o), vec![(Some(2030), None, 90.0), (Some(2030), None, 75.0)]);
    }

    #[test]
    fn an_objectives_heading_goes_back_to_the_annual_year() {
        let o = outline(
            "b) Đến năm 2030:\n- 100% hồ sơ công việc cấp tỉnh.\nMục tiêu tổng quát:\n- 60% dân số trưởng thành có tài khoản.",
            Some(2024),
        );
        assert_eq!(figures_of(&o), vec![(Some(2030), None, 100.0), (Some(2024), Some("general"), 60.0)]);
        assert_eq!(o.headings, vec![PillarHeading { pillar: "general", name: "Mục tiêu tổng quát".to_owned() }]);
    }

    #[test]
    fn a_period_heading_dates_what_follows_as_context() {
        let o = outline("1. Giai đoạn 2021-2025\n- 90% hồ sơ công việc cấp tỉnh.\n2. Giai đoạn 2026 - 2030\n- 100% hồ sơ công việc cấp tỉnh.", None);
        assert_eq!(figures_of(&o), vec![(Some(2025), None, 90.0), (Some(2030), None, 100.0)]);
        assert!(o.figures.iter().all(|f| f.year_from_context && !f.year_in_clause));
    }

    #[test]
    fn figures_under_a_results_heading_are_reported_with_its_year() {
        let o = outline(
            "I. KẾT QUẢ THỰC HIỆN NĂM 2023\n- Tỷ lệ hồ sơ công việc đạt 92%.\n- Phấn đấu năm 2024 đạt 95% hồ sơ công việc.\nII. MỤC TIÊU\n- 95% hồ sơ công việc.",
            Some(2024),
        );
        let rows: Vec<_> = o.figures.iter().map(|f| (f.found.value, f.year, f.year_in_clause, f.reported)).collect();
        assert_eq!(
            rows,
            vec![(92.0, Some(2023), true, true), (95.0, Some(2024), true, false), (95.0, Some(2024), false, false)]
        );
    }

    #[test]
    fn a_year_a_report_opens_a_line_with_does_not_end_its_results() {
        // A probe of 6 Dec 2026 (a province's report of nine months): "Lũy kế 9 tháng đầu năm 2026, ..." ended the
        // results section, so the figures after it were the objective's below them; an objective's year ends it.
        let o = outline(
            "I. KẾT QUẢ ĐẠT ĐƯỢC\n- Lũy kế 9 tháng đầu năm 2026, tỷ lệ hồ sơ trực tuyến đạt 78,6%.\n- Tỷ lệ văn bản \
             được ký số đạt 99,1%.\n- Phấn đấu đến hết năm 2026, tỷ lệ hồ sơ trực tuyến đạt trên 85%.\n- Tỷ lệ hộ \
             gia đình có cáp quang đạt 80%.",
            None,
        );
        let rows: Vec<_> = o.figures.iter().map(|f| (f.found.value, f.year, f.reported)).collect();
        assert_eq!(
            rows,
            vec![
                (78.6, Some(2026), true),
                (99.1, Some(2026), true),
                (85.0, Some(2026), false),
                (80.0, Some(2026), false)
            ]
        );
    }

    #[test]
    fn a_year_a_report_opens_after_the_aims_of_its_line_dates_no_later_aims() {
        // A probe of 6 Dec 2026 (news of a province's growth targets): the aims after the report are the first year's.
        let o = outline(
            "Năm 2026, tỉnh phấn đấu tăng trưởng GRDP đạt 10% trở lên. Năm 2025, tăng trưởng GRDP của tỉnh ước đạt \
             8,6%.\nTỉnh cũng đặt mục tiêu thu hút 8,5 triệu lượt khách.\nTỷ lệ hộ nghèo còn 1,2%.",
            None,
        );
        let rows: Vec<_> = o.figures.iter().map(|f| (f.found.value, f.year)).collect();
        assert_eq!(rows, vec![(10.0, Some(2026)), (8.6, Some(2025)), (8.5e6, Some(2026)), (1.2, Some(2026))]);
    }

    #[test]
    fn a_share_of_the_plan_under_an_objectives_heading_is_to_reach() {
        // A probe of 6 Dec 2026: a commune's report, then its objectives for the next year; the share of the plan under
        // the results heading is reported, the one under the objectives heading is to reach.
        let o = outline(
            "I. KẾT QUẢ THỰC HIỆN NĂM 2025\n- Giải ngân vốn đầu tư công đạt 112,4% kế hoạch vốn giao.\nII. MỤC \
             TIÊU, NHIỆM VỤ NĂM 2026\n- Giải ngân vốn đầu tư công đạt 100% kế hoạch vốn được giao.\nChỉ tiêu chủ \
             yếu:\n- Giải ngân đạt 100% kế hoạch.",
            None,
        );
        let rows: Vec<_> = o.figures.iter().map(|f| (f.found.value, f.year, f.reported)).collect();
        assert_eq!(rows, vec![(112.4, Some(2025), true), (100.0, Some(2026), false), (100.0, Some(2026), false)]);
    }

    #[test]
    fn a_figure_listed_on_past_a_semicolon_is_said_as_the_list_before() {
        // ben_tre_nong_nghiep_2025, dong_thap_du_lich_2025 (development texts): the items after ";" are the list's.
        let o = outline(
            "Đến năm 2025, giá trị sản xuất đạt: con bò 500 triệu USD; cây giống, hoa cảnh 500 triệu USD. Diện tích \
             lúa 300 ha; ngô 450 ha.",
            None,
        );
        let values: Vec<_> = o.figures.iter().map(|f| (f.year, f.found.value)).collect();
        assert_eq!(values, [(Some(2025), 500e6), (Some(2025), 500e6), (Some(2025), 300.0), (Some(2025), 450.0)]);
        // A list's comparator carried from its opening words, its year, and its report go on with it.
        let o =
            outline("Phấn đấu có ít nhất 10 khu, 05 khu du lịch cấp khu vực; 01 khu du lịch cấp quốc gia.", Some(2025));
        let rows: Vec<_> = o.figures.iter().map(|f| (f.found.value, f.found.comparator)).collect();
        assert_eq!(rows, [(10.0, Comparator::AtLeast), (5.0, Comparator::AtLeast), (1.0, Comparator::AtLeast)]);
        let o = outline("Năm 1998, toàn tỉnh có 8.500 hộ thì đến năm 2012 có 199.215 hộ; 106 gia đình văn hóa.", None);
        let rows: Vec<_> = o.figures.iter().map(|f| (f.found.value, f.year, f.found.listed_on)).collect();
        assert_eq!(rows, [(8_500.0, Some(1998), false), (199_215.0, Some(2012), false), (106.0, Some(2012), true)]);
        // Not the comparator of a figure that had its own ("khoảng 200 lao động; giảm 10 hộ nghèo").
        let o = outline("Năm 2023, giải quyết việc làm cho khoảng 200 lao động; giảm 10 hộ nghèo.", None);
        let rows: Vec<_> = o.figures.iter().map(|f| (f.found.value, f.found.comparator)).collect();
        assert_eq!(rows, [(200.0, Comparator::About), (10.0, Comparator::Reach)]);
    }

    #[test]
    fn a_term_past_opening_a_report_dates_only_its_line() {
        // xa_ia_le_gia_lai_2030 (a development text): the targets after the term's report are not of the term past.
        let text =
            "Nhiệm kỳ 2020-2025, xã đã đạt được nhiều kết quả quan trọng, thu ngân sách đạt 27 tỷ đồng.\nXã phấn \
                    đấu giá trị sản phẩm tăng bình quân 10,97%/năm.";
        assert_eq!(figures_of(&outline(text, None)).iter().map(|f| f.0).collect::<Vec<_>>(), [Some(2025), None]);
        // A line going on with the report keeps the term (ninh_binh_dang_bo_ubnd_2030, a development text).
        let text =
            "Trong giai đoạn 2020-2025, ba tỉnh đạt nhiều thành tựu quan trọng: thu ngân sách đạt 62.000 tỷ đồng.\n\
                    Du lịch toàn vùng đón trung bình trên 11 triệu lượt khách/năm.";
        assert_eq!(figures_of(&outline(text, None)).iter().map(|f| f.0).collect::<Vec<_>>(), [Some(2025), Some(2025)]);
        // A term opening the objectives holds for the lines after it.
        let text =
            "Nhiệm kỳ 2025-2030, xã phấn đấu đạt các chỉ tiêu sau:\n- Giá trị sản phẩm tăng bình quân 10,97%/năm.";
        assert_eq!(figures_of(&outline(text, None)).iter().map(|f| f.0).collect::<Vec<_>>(), [Some(2030)]);
    }

    #[test]
    fn the_objective_a_result_is_measured_against_is_wanted_with_its_year() {
        // ba_ria_vung_tau_bao_hiem_y_te_2021 (a development text): the objective in brackets after "so với chỉ tiêu".
        let o = outline(
            "Năm 2021, tỷ lệ tham gia BHXH chiếm 35,1% lực lượng lao động, thấp hơn 0,4% so với chỉ tiêu UBND tỉnh giao \
             (35,5%).",
            None,
        );
        let rows: Vec<_> =
            o.figures.iter().map(|f| (f.found.value, f.year, f.wanted, f.found.comparator, f.found.tier)).collect();
        assert_eq!(
            rows,
            [
                (35.1, Some(2021), false, Comparator::Reach, None),
                // The margin, which the draft sets apart as a comparison.
                (0.4, Some(2021), false, Comparator::LessThan, None),
                (35.5, Some(2021), true, Comparator::Reach, None)
            ]
        );
    }

    #[test]
    fn a_line_that_says_in_detail_what_the_line_before_said_is_read_with_it() {
        // khun_ha (a development text) with each sentence on its own line: the term's results were read as targets.
        let text =
            "Nhiệm kỳ 2020-2025, xã đạt được nhiều kết quả quan trọng.\nCụ thể, tốc độ tăng trưởng đàn vật nuôi \
                    bình quân 5%/năm; tỷ lệ hộ nghèo giảm bình quân 6,7%/năm.";
        assert!(outline(text, None).figures.iter().all(|f| f.reported));
        // So does "Nổi bật," (an_giang, a development text).
        let text =
            "Năm 2025, tỉnh đạt được những kết quả tích cực.\nNổi bật, tổng sản phẩm trên địa bàn (GRDP) đạt 8,39%.";
        assert!(outline(text, None).figures.iter().all(|f| f.reported));
        // A line of its own, after a blank line, is read alone; right after a line of its paragraph whose words report
        // to its end, a line with no words of its own goes on with that report (4 Dec 2026, `line_scan`).
        let text =
            "Nhiệm kỳ 2020-2025, xã đạt được nhiều kết quả quan trọng.\n\nTốc độ tăng trưởng đàn vật nuôi 5%/năm.";
        assert!(outline(text, None).figures.iter().all(|f| !f.reported));
        assert!(outline(&text.replace("\n\n", "\n"), None).figures.iter().all(|f| f.reported));
        // So does one after a sentence of its own with no figure and no words that report or want
        // (xa_phong_tho_lai_chau_2030 a sentence per line, `sentence_between_reports`); not after a heading.
        let text = "Nhiệm kỳ 2020-2025, xã đạt được nhiều kết quả quan trọng.\nSản xuất có nhiều chuyển biến rõ nét.\n\
                    Tốc độ tăng trưởng đàn vật nuôi 5%/năm.";
        assert!(outline(text, None).figures.iter().all(|f| f.reported));
        let heading = text.replace("rõ nét.", "rõ nét");
        assert!(outline(&heading, None).figures.iter().all(|f| !f.reported));
    }

    #[test]
    fn words_after_an_undated_figure_and_a_comparison_with_last_year_report_it() {
        let o = outline("Toàn tỉnh có 70% xã, phường đã có cáp quang.\nDoanh thu tăng 15% so với cùng kỳ.", None);
        assert!(o.figures.iter().all(|f| f.reported));
        // huyen_long_dien_ba_ria_vung_tau_2025 (a development text): wanted, a rise on last year is a target, and it
        // reports no other figure of its line.
        let o = outline("Phấn đấu giá trị sản xuất tăng 10% so với cùng kỳ; thu ngân sách hơn 607 tỷ đồng.", None);
        assert!(o.figures.iter().all(|f| !f.reported));
        // In a dated list, "đã" names what is measured.
        let o = outline("Đến năm 2025:\n- 80% hệ thống thông tin đã đưa vào vận hành được kết nối.", None);
        assert!(!o.figures[0].reported);
        // A figure whose clause states its year is reported only by the words of its own sentence.
        let o = outline(
            "Tỉnh đã triển khai nền tảng số. Năm 2025, 100% hồ sơ được ký số. Năm 2023, tỉnh đã đạt 60%.",
            None,
        );
        let rows: Vec<_> = o.figures.iter().map(|f| (f.found.value, f.reported)).collect();
        assert_eq!(rows, vec![(100.0, false), (60.0, true)]);
        // binh_thuan_chuyen_doi_so_2025 (a development text): what there is ("có 100% ... đã được cung cấp") is
        // reported by the words after it though a year before dates it; not what an aim acts on.
        let text =
            "Năm 2025 có 3 chỉ tiêu sẽ đạt.\nĐối với chính quyền số, có 100% thủ tục hành chính đã được cung cấp \
                    trực tuyến toàn trình.\nNăm 2025, nâng cấp ít nhất 50% sản phẩm OCOP đã được đánh giá.";
        let rows: Vec<_> = outline(text, None).figures.iter().map(|f| (f.found.value, f.reported)).collect();
        assert_eq!(rows, vec![(100.0, true), (50.0, false)]);
    }

    #[test]
    fn an_objectives_heading_ends_a_term_a_line_opened_with() {
        // A congress's resolution (a probe of 6 Dec 2026): the term past's results, then the term's objectives.
        let text =
            "Nhiệm kỳ 2020 - 2025, thu nhập bình quân đạt 60 triệu đồng.\nMục tiêu cụ thể:\n- Thu nhập bình quân \
                    đạt 95 triệu đồng.\nĐến năm 2025, 100% xã có cáp quang.\nMục tiêu cụ thể:\n- 90% hộ có cáp quang.";
        let rows: Vec<_> = outline(text, None).figures.iter().map(|f| (f.year, f.found.value)).collect();
        assert_eq!(rows, [(Some(2025), 60e6), (None, 95e6), (Some(2025), 100.0), (Some(2025), 90.0)]);
    }

    #[test]
    fn a_tables_header_gives_the_year_of_each_column() {
        let text = "Bảng chỉ tiêu\nSTT\tChỉ tiêu\tĐơn vị tính\tThực hiện năm 2023\tNăm 2025\tNăm 2030\n                    1\tTỷ lệ hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng\t%\t85\t95\t100\n                    2\tTỷ lệ dân số trưởng thành có điện thoại thông minh\t%\t70\tTrên 80\t95\n                    Sau bảng, 60% hồ sơ.";
        let f = Folded::new(text);
        let o = walk(&f, (None, None), true, &Claimed::default());
        let rows: Vec<_> = o.figures.iter().map(|f| (f.year, f.found.value, f.found.comparator, f.reported)).collect();
        use crate::model::comparator::Comparator::{MoreThan, Reach};
        assert_eq!(
            rows,
            vec![
                (Some(2023), 85.0, Reach, true),
                (Some(2025), 95.0, Reach, false),
                (Some(2030), 100.0, Reach, false),
                (Some(2023), 70.0, Reach, true),
                (Some(2025), 80.0, MoreThan, false),
                (Some(2030), 95.0, Reach, false),
                (None, 60.0, Reach, false),
            ]
        );
        let fig = &o.figures[1];
        assert_eq!(fig.found.tier, Some(crate::model::target::Tier::Province));
        assert_eq!(
            sub(&f.text, fig.found.phrase.0, fig.found.phrase.1),
            "ty le ho so cong viec cap tinh duoc xu ly tren moi truong mang"
        );
        assert!(fig.year_in_clause && !fig.year_from_context);
    }

    #[test]
    fn claimed_numbers_are_not_figures() {
        let text = "- 90% hồ sơ công việc cấp tỉnh, 70% hồ sơ công việc cấp huyện.";
        let f = Folded::new(text);
        let at = f.text.find("70").unwrap();
        let budget = [(at, at + 3)];
        let o = walk(&f, (None, None), true, &Claimed { budget: &budget, ..Claimed::default() });
        assert_eq!(figures_of(&o), vec![(None, None, 90.0)]);
    }
}
