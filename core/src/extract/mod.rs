//! Drafting a plan from the plain text of a Vietnamese plan document.
//!
//! [`extract_plan`] reads the text of a "kế hoạch", "quyết định" or "đề án" (as published, web page
//! furniture and all) and returns a [`Draft`]: a [`Plan`] in the core's model, for a person to review,
//! with every target tied to the words it came from (character offsets into the text), a confidence, and
//! the reasons for anything uncertain. It never invents a target: every target has a quote, and numbers
//! it saw and did not use are listed with the reason.
//!
//! Offsets are in **characters** (Unicode scalar values) of the input, not bytes: `start..end` selects
//! `text.chars().skip(start).take(end - start)`, which is what JavaScript (`Array.from(text)`) and Python
//! (`text[start:end]`) index by.
//!
//! ```
//! let text = "KẾ HOẠCH Chuyển đổi số tỉnh Hà Giang đến năm 2025\n\
//!             Mục tiêu đến năm 2025:\n\
//!             - Tối thiểu 90% hồ sơ công việc cấp tỉnh, 70% hồ sơ công việc cấp huyện được xử lý trên môi trường mạng.\n";
//! let draft = chitieu::extract::extract_plan(text);
//! assert_eq!(draft.plan.targets.len(), 2);
//! let t = &draft.plan.targets[1];
//! assert_eq!((t.year, t.value, t.comparator.as_str()), (Some(2025), 70.0, "at_least")); // "tối thiểu" carries
//! assert_eq!(t.indicator, "work_files_online");
//! let d = &draft.targets[1];
//! assert_eq!(text.chars().skip(d.start).take(d.end - d.start).collect::<String>(), t.quote);
//! ```
//!
//! How it reads, one concern per module: [`folded`](self) text (ASCII, marks folded, offsets kept),
//! `sections` (year sections, objectives and pillar headings, list markers), `clauses` (clauses and the
//! figures in them), `tables` (rows of a table whose header names years), `respectively` ("lần lượt":
//! figures paired with the years or tiers listed before them), `comparators`, `units`, `tiers`,
//! `vocabulary` (indicator matching against the shared catalogue, with the bundled plans' wording as extra),
//! `marks` (places, identity, payments and people an indicator's name must share with the phrase),
//! `naming` (the noun phrase and a readable id of an indicator the catalogue lacks), `reports` (words that
//! report what was reached against words that want), `national` (the nation's targets quoted), `metadata`
//! (unit, document, dates), `budget`, `reporting`, `noise` (numbers that are not targets).
//!
//! [`extract_plan`] runs them in stages, one file each: `outline` walks the lines (year and period sections,
//! results sections and pillar headings give the figures that follow their year and pillar; a table's
//! header gives each column its year), `years` (years stated anywhere in a line: the figure's own clause,
//! earlier in the line, objectives that hold, a period's end; a year from context is a doubt),
//! `observations` (figures the text reports as reached, or dates before the signing year, the dateline or
//! the first objective year, are set apart and drafted as [`DraftObservation`]s), `period` (the period from
//! the title, the year it gives undated figures, settled against the target years), `targets` (a target per
//! figure, with its id, quote and confidence; a target said twice is drafted once, the nation's quoted
//! targets not at all), `indicators` (the catalogue indicator each figure measures, or a new one named from
//! the words), `pillars`, `unused` (numbers not used, and why) and `assembly` (the plan and the notes).
//!
//! Tiers: "cấp tỉnh" and "tại tỉnh" are `province`, "cấp huyện" `district`, "cấp xã" (and "cấp phường")
//! `commune`, the two tiers left after July 2025 being province and commune; places covered are no tier
//! ("100% xã, phường, đặc khu", "đơn vị hành chính cấp xã"). "cấp thành phố", "tại thành phố" and "Ủy ban
//! nhân dân thành phố" are `province` in a centrally-run city's plan (Cần Thơ) and `own_unit` in a
//! provincial city's plan (Tây Ninh city).

mod assembly;
mod budget;
mod clauses;
mod comparators;
mod evaluation;
mod folded;
mod indicators;
mod marks;
mod metadata;
mod naming;
mod national;
mod noise;
mod numbers;
mod observations;
mod outline;
mod period;
mod pillars;
mod provinces;
mod reporting;
mod reports;
mod respectively;
mod sections;
mod tables;
mod targets;
mod tiers;
mod units;
mod unused;
mod vocabulary;
mod years;

use serde::{Deserialize, Serialize};

pub use evaluation::{agreement, target_keys, Agreement};
pub use noise::UnusedReason;

use crate::error::{LoadError, Problem, ProblemCode};
use crate::model::administrative_unit::Level;
use crate::model::comparator::Comparator;
use crate::model::measure_unit::MeasureUnit;
use crate::model::observation::ObservationSet;
use crate::model::plan::Plan;
use crate::model::target::Tier;
use folded::Folded;
use unused::Claimed;

/// Why a drafted target needs a look.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Uncertainty {
    /// The words naming what is measured match no indicator of the vocabulary: a new id was made from them.
    UnmatchedIndicator {
        /// The words it could not map.
        phrase: String,
    },
    /// The indicator was matched, but not closely.
    WeakIndicatorMatch {
        /// The words matched.
        phrase: String,
        /// The indicator chosen.
        indicator: String,
        /// Similarity, 0..1.
        score: f64,
    },
    /// The comparator has no word of its own here: it is carried from the qualifier that opens the list.
    ComparatorCarried {
        /// The comparator carried.
        comparator: Comparator,
        /// The words that opened the list.
        words: String,
    },
    /// The comparator was changed from what the words say, or guessed.
    ComparatorGuessed {
        /// The comparator used.
        comparator: Comparator,
        /// Why.
        why: String,
    },
    /// The unit was guessed ("tăng 7%": per year, or an increase over a baseline?).
    UnitGuessed {
        /// The unit used.
        unit: MeasureUnit,
    },
    /// No year section or annual plan gives this target a year.
    YearMissing,
    /// The year was taken from the plan's period, not from a section heading.
    YearGuessed {
        /// The year used.
        year: i32,
    },
    /// The year was stated earlier in the text (an earlier sentence or line, the end of a period such as
    /// "giai đoạn 2025-2030"), not in the figure's own clause, section or sentence.
    YearFromContext {
        /// The year used.
        year: i32,
    },
    /// The tier was inferred from a city word whose meaning depends on the plan's unit.
    TierGuessed {
        /// The tier used.
        tier: Tier,
    },
    /// "Phấn đấu": an aspiration rather than a firm commitment.
    Aspiration,
    /// The figure is the top of a range ("80-90%"): the target takes the upper value; the lower one is
    /// what the plan commits to at the least.
    Range {
        /// The lower bound.
        low: f64,
        /// The upper bound, the target's value.
        high: f64,
    },
    /// The same indicator, year and tier is stated twice.
    Duplicate {
        /// The other target's id.
        other: String,
    },
}

/// One drafted target and where it came from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DraftTarget {
    /// Id of the target in the draft plan.
    pub target: String,
    /// Character offset (not byte) of the quote's first character in the text.
    pub start: usize,
    /// Character offset after the quote's last character.
    pub end: usize,
    /// How sure the reader is, 0..1.
    pub confidence: f64,
    /// What to check, if anything.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reasons: Vec<Uncertainty>,
}

/// A number the reader saw and did not use as a target.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct UnusedNumber {
    /// The number as written.
    pub text: String,
    /// Character offset in the text.
    pub start: usize,
    /// Character offset after it.
    pub end: usize,
    /// Why it was not used.
    pub reason: UnusedReason,
}

/// A figure the text reports as done or reached ("đến nay đã đạt 85%", "năm 2023 đạt 72%"), not a target:
/// drafted as an observation of an indicator, for review. [`Draft::observation_set`] turns those with a year
/// or date into an [`ObservationSet`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DraftObservation {
    /// Id of the indicator observed: the plan's, the vocabulary's, or one made from the words.
    pub indicator: String,
    /// The indicator's Vietnamese name: the words of the text that name it.
    pub name_vi: String,
    /// Unit of the value.
    pub unit: MeasureUnit,
    /// The year the figure is for, when the text says it (or the signing year for "đến nay").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<i32>,
    /// The figure.
    pub value: f64,
    /// The words it came from, as written.
    pub quote: String,
    /// Character offset (not byte) of the quote's first character in the text.
    pub start: usize,
    /// Character offset after the quote's last character.
    pub end: usize,
    /// How sure the reader is, 0..1.
    pub confidence: f64,
    /// What to check, if anything.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reasons: Vec<Uncertainty>,
}

/// A plan drafted from a text, for review.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Draft {
    /// The plan as read. Check it with [`Plan::validate`] after review.
    pub plan: Plan,
    /// One entry per target of `plan.targets`, in the same order.
    pub targets: Vec<DraftTarget>,
    /// Figures the text reports as reached, drafted as observations (not targets).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub observations: Vec<DraftObservation>,
    /// Numbers seen and not used, with the reason.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unused_numbers: Vec<UnusedNumber>,
    /// What the reader could not find or decide (no date, lines of a budget that do not add up, ...).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
}

impl Draft {
    /// The draft observations that have a year, as an [`ObservationSet`] of the plan's unit (each with its
    /// quote as note and the document's number as source); those without a year are named in its notes.
    /// The set validates as any loaded set does.
    ///
    /// ```
    /// let text = "Kế hoạch chuyển đổi số tỉnh Hà Giang năm 2024\nNăm 2023 đạt 72% hồ sơ thủ tục hành chính xử lý trực tuyến.\nNăm 2024 đạt 80% hồ sơ thủ tục hành chính xử lý trực tuyến.";
    /// let draft = chitieu::extract::extract_plan(text);
    /// assert_eq!(draft.plan.targets.len(), 1);
    /// let set = draft.observation_set();
    /// assert_eq!(set.observations.len(), 1);
    /// let o = &set.observations[0];
    /// assert_eq!((o.unit.as_str(), o.at.year(), o.value), ("ha_giang", 2023, 72.0));
    /// assert_eq!(o.indicator, draft.plan.targets[0].indicator);
    /// ```
    pub fn observation_set(&self) -> ObservationSet {
        observations::to_set(&self.plan, &self.observations)
    }

    /// Reads a draft written as JSON, with the loaders' codes and paths, and checks it as a plan is
    /// checked: its plan must validate (problems under `plan.`), and there must be one entry of
    /// `targets` per target of the plan. A draft that reads back is one that can be saved and reloaded.
    ///
    /// ```
    /// use chitieu::ChitieuError;
    /// let draft = chitieu::extract::extract_plan("Đến năm 2025: 90% hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng.");
    /// let text = serde_json::to_string(&draft).unwrap();
    /// assert_eq!(chitieu::extract::Draft::from_json(&text).unwrap(), draft);
    /// let bad = text.replacen("\"value\":90.0", "\"value\":190.0", 1);
    /// let e = chitieu::extract::Draft::from_json(&bad).unwrap_err();
    /// assert_eq!(e.path().as_deref(), Some("plan.targets[0].value"));
    /// ```
    pub fn from_json(text: &str) -> Result<Self, LoadError> {
        let draft: Self = crate::io::json::read(text)?;
        let mut problems: Vec<Problem> = draft
            .plan
            .validate()
            .into_iter()
            .map(|mut p| {
                p.path = if p.path.is_empty() { "plan".to_owned() } else { format!("plan.{}", p.path) };
                p
            })
            .collect();
        if draft.targets.len() != draft.plan.targets.len() {
            problems.push(Problem::error(
                "targets",
                ProblemCode::WrongType,
                format!("{} entries for {} targets of the plan", draft.targets.len(), draft.plan.targets.len()),
                "one entry per target of `plan.targets`",
            ));
        }
        if problems.iter().any(Problem::is_error) {
            crate::model::sort::by(&mut problems, |a, b| b.is_error().cmp(&a.is_error()));
            return Err(LoadError::Invalid(problems));
        }
        Ok(draft)
    }
}

/// Reads a plan document's text into a draft plan. Never panics, whatever the input.
pub fn extract_plan(text: &str) -> Draft {
    let f = Folded::new(text);
    let meta = metadata::read(&f);
    let (budget, budget_used, notes) = budget::read(&f);
    let (reporting, reporting_used) = reporting::read(&f);
    // Amounts, deadlines and the document's number and date are not targets.
    let claimed = Claimed { budget: &budget_used, reporting: &reporting_used, metadata: &meta.used };
    // "Cấp thành phố" is the province tier only in a centrally-run city's plan, or in a commune's or ward's (since July
    // 2025 the city above a commune is the province), not in a district's (a provincial city was one).
    let city_is_province = meta.jurisdiction.level != Level::District;
    // A text that reviews a year and plans the next ("tổng kết nhiệm vụ năm 2025 và triển khai nhiệm vụ năm 2026") is
    // the next year's plan when its title gives no period: before it is the past, it dates the targets no words date
    // (its reports, the reviewed year's); so is one reviewing a year in lines opening with it before the next's aims.
    let (review, before_the_next) = (period::review(&f.text), period::reviewed_before_the_next(&f.text));
    let reviewed = review.map(|r| r.year).or(before_the_next);
    // So is a text whose only years are those it compares with ("ước tăng 11,07% so với năm 2021"): the year after;
    // and a review whose estimates stand beside the plan's figures ("41,85% (KH 41%)") naming one year: that year.
    let planned = meta
        .period
        .is_none()
        .then(|| {
            reviewed
                .and_then(|r| period::planned_after_review(&f.text, r))
                .or(before_the_next.map(|r| r + 1))
                .or_else(|| period::after_compared_years(&f.text))
                .or_else(|| period::only_year_of_plan_review(&f.text))
        })
        .flatten();
    // The year before which what the text dates is the past, as an annual plan's.
    let annual = meta.annual.or(planned);
    // A text that opens on a congress speaks in the first year of the term it opens: what it dates to the term past,
    // up to that year ("Trong nhiệm kỳ 2018-2023, Hội ... kết nạp 5.902 hội viên" at the congress of 2023-2028), is
    // reached unless wanted (a dateline of that year, "07/06/2023", says no more), and by that year is no deadline, as
    // by the end of a year reviewed is none ([`reports::Scan::reviewing`]).
    let congress = meta.period.is_none().then(|| period::congress_term(&f.text)).flatten();
    let to_its_end = review.and_then(period::Review::to_its_end).or(before_the_next).or(congress.and_then(|p| p.from));
    let mut outline = outline::walk(&f, (meta.annual, to_its_end), city_is_province, &claimed);
    // A text that sets no objective anywhere and says what was done reports: its figures are observations.
    // A result over its plan's figure after a slash ("23.076 tấn/90.000 tấn") is a plan's figure too.
    let plan_after_a_slash = outline.figures.iter().any(|fig| fig.found.plan_of_a_result);
    // So does a text that reviews a year's results and sets no objective.
    if !plan_after_a_slash && reports::only_reports(&f.text, reviewed.is_some(), to_its_end) {
        outline.figures.iter_mut().for_each(|fig| fig.reported = true);
    }
    // Figures that report what was reached are observations, not targets.
    // Before the signing year (else the annual plan's, the dateline's, the first year an objective is set
    // for) is the past.
    let signed_year = meta.signed_on.map(|d| d.year());
    let congress_year = congress.and_then(|p| p.from).map(|from| from + 1);
    let dated_by_text = signed_year.max(meta.annual).or(meta.dateline.max(congress_year));
    let dated = signed_year.max(annual).or(dated_by_text);
    // A year a wanted figure's own clause targets ("Mục tiêu cụ thể: ... năm 2025 đạt 15-20%") is an
    // objective's year too: the same words later in a roadmap ("năm 2025 đạt 80%, năm 2030 đạt 95%") are
    // targets, not reports.
    let wanted_year = outline.figures.iter().filter(|f| f.wanted && f.year_in_clause).filter_map(|f| f.year).min();
    let objective = [outline.objective_year, wanted_year].into_iter().flatten().min();
    // A text dated a year that sets the next year's objectives in their own words ("Cập nhật ... 20/11/2020 ... TP Vĩnh
    // Long phấn đấu năm 2021 giảm 0,35% hộ nghèo", thanh_pho_vinh_long_giam_ngheo_2021, a development text) reports
    // the year it is dated: before the next is the past.
    let dated = match (dated, wanted_year) {
        (Some(d), Some(w)) if w == d + 1 => Some(w),
        _ => dated,
    };
    let reference = observations::Reference { dated, objective, reviewed };
    let first = outline.figures.first().map(|fig| fig.found.start);
    let (mut figures, mut reports) = observations::split(&f.text, std::mem::take(&mut outline.figures), reference);
    let headline_repeats = observations::headline_repeats(&f, first, &mut figures, &mut reports);
    outline.figures = figures;
    // Figures no section dates may take the period's single year, else the end of the term of the congress the
    // text opens on, else the end of the period of the plan it opens on, else the year planned after a review or a
    // comparison.
    // A report the text does not date is of the signing year, else the year whose results the text reviews, else
    // the dateline's, else the start of the congress's term (what the term past reached, at the congress that opens
    // the next), else the year of a text whose only years are those it compares with.
    let signed = signed_year.or(reviewed).or(meta.dateline).or(congress.and_then(|p| p.from)).or(planned);
    // So is an objective a result is measured against, which no period's end dates: "20% (chỉ tiêu đại hội 27,5%)"
    // at the congress that opens the term 2020-2025 is the term past's (xa_hai_trung_hai_hau_nam_dinh_2020, a
    // development text).
    for fig in outline.figures.iter_mut().filter(|fig| fig.measured && fig.year.is_none()) {
        (fig.year, fig.year_from_context) = (signed, true);
    }
    let planned_period = planned.map(|y| crate::model::plan::Period { from: Some(y), to: y, horizon: None });
    let title_period = meta.period.filter(|_| !meta.title_states_target);
    let opening_plan = meta.period.is_none().then(|| period::opening_plan_period(&f.text)).flatten();
    period::date_from_period(&mut outline.figures, title_period.or(congress).or(opening_plan).or(planned_period));
    period::date_from_agreement(&mut outline.figures);
    let local = (meta.jurisdiction.id != "unknown").then(|| folded::Folded::new(&meta.jurisdiction.name).text);
    let mut drafted = targets::draft(&f, outline.figures, local.as_deref());
    drafted.spent.restated.extend(headline_repeats);
    // The year planned after a review does not date the reports: a year from context that is the planned one is the
    // headline's ("đề ra 28 chỉ tiêu năm 2026"), and the reports are the reviewed year's ([`observations::Dates`]).
    let dates = observations::Dates { signed, reference: dated_by_text.or(reviewed).or(objective) };
    let observations =
        observations::draft(&f, reports, dates, local.as_deref(), (&drafted.indicators, &mut drafted.spent));
    let pillars = pillars::of(outline.headings, &drafted.indicators);
    // A text that only reports and bears no date nor period (a news item of results) is of the latest year it reports,
    // not of a year set by default.
    let mut years = drafted.years();
    if years.is_empty() && meta.signed_on.is_none() && meta.period.is_none() {
        years.extend(observations.iter().filter_map(|o| o.year).max());
    }
    // A title that names a congress with its term and no other period gives the term ("Đại hội đại biểu Đảng bộ tỉnh
    // Đồng Tháp lần thứ I, nhiệm kỳ 2025 - 2030": the period was 2030 alone; a probe of 7 Dec 2026). Not a term the
    // body names: a page's banner ("Quyết tâm thực hiện thắng lợi Nghị quyết Đại hội ..., nhiệm kỳ 2020 - 2025",
    // lang_son_trung_du_mien_nui_2030), an election's ("bầu cử ... nhiệm kỳ 2026 - 2031", phuong_thuan_hoa_hue_2026).
    let term = meta.period.is_none().then(|| period::congress_term(&folded::Folded::new(&meta.title).text)).flatten();
    let mut notes = notes;
    if let Some(term) = term {
        let from = term.from.map_or_else(String::new, |y| format!("{y}-"));
        notes.push(format!("The plan's period is the term of the congress its title names, {from}{}.", term.to));
    }
    let mut period = period::settle(meta.period.or(term), meta.signed_on, &years);
    if let Some(from) = period::start_from_the_opening(&mut period, congress.or(opening_plan)) {
        notes.push(format!("The plan's period is {from}-{}, as the period the text opens on.", period.period.to));
    }
    let unused_numbers = unused::numbers(&f, &drafted.spent, &claimed);
    let notes = assembly::notes(notes, &period, &meta);
    let plan = assembly::plan(meta, period.period, pillars, drafted.indicators, drafted.targets, budget, reporting);
    Draft { plan, targets: drafted.drafts, observations, unused_numbers, notes }
}

/// Reads a plan document as it arrives (plain text, a Word file, a web page or a PDF with a text layer)
/// and drafts it as [`extract_plan`] drafts its text. `hint` is the file name, extension or MIME type,
/// if known; the bytes decide the format wherever they can. The draft's offsets index the text read,
/// [`Document::text`](crate::document::Document::text); [`Document::locate`](crate::document::Document::locate)
/// finds the paragraph, table row or page of a target's quote. Bytes that cannot be read give a typed
/// [`DocumentError`](crate::document::DocumentError), never a panic.
///
/// ```
/// use chitieu::ChitieuError;
/// let page = "<html><body><nav>Trang chủ | Tin tức</nav><p>Mục tiêu đến năm 2025:</p>\
///             <ul><li>Tối thiểu 90% hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng.</li></ul></body></html>";
/// let draft = chitieu::extract::extract_document(page.as_bytes(), Some("text/html")).unwrap();
/// assert_eq!(draft.plan.targets[0].value, 90.0);
/// let e = chitieu::extract::extract_document(b"\x00\x01\x02", None).unwrap_err();
/// assert_eq!(e.code(), "binary_input");
/// ```
pub fn extract_document(bytes: &[u8], hint: Option<&str>) -> Result<Draft, crate::document::DocumentError> {
    let document = crate::document::Document::from_bytes(bytes, hint)?;
    Ok(extract_plan(&document.text))
}
