//! Indicators: which indicator a figure measures (one of the vocabulary's, matched on the words around it,
//! or a new one named from them), in which unit and direction; and the plan's indicators, one per id, unit
//! and direction.

use std::collections::HashMap;

use super::clauses::Found;
use super::folded::{sub, Folded};
use super::marks::Marks;
use super::naming;
use super::vocabulary::{Known, Vocabulary};
use super::Uncertainty;
use crate::model::comparator::Comparator;
use crate::model::indicator::Indicator;
use crate::model::measure_unit::{MeasureUnit, Polarity};

/// Below this similarity an indicator is not matched; below `WEAK` it is matched with a warning.
const MATCH: f64 = 0.28;
const WEAK: f64 = 0.45;

/// What a figure measures, as read.
#[derive(Debug, Clone)]
pub(crate) struct Measure {
    /// The indicator's id, before any variant for another unit or direction.
    pub(crate) id: String,
    /// The vocabulary's indicator, when matched.
    known: Option<&'static Known>,
    pub(crate) unit: MeasureUnit,
    pub(crate) polarity: Polarity,
    /// The words naming it, as the document writes them.
    words: String,
}

impl Measure {
    /// Whether the catalogue knows what it measures.
    pub(crate) fn in_catalogue(&self) -> bool {
        self.known.is_some()
    }

    /// The Vietnamese name: the noun phrase of the words naming it, else its id.
    pub(crate) fn name_vi(&self) -> String {
        let name = naming::name_vi(&self.words, self.unit);
        if name.is_empty() {
            self.id.clone()
        } else {
            name
        }
    }
}

/// The plan's indicators so far.
pub(crate) struct Indicators {
    vocab: &'static Vocabulary,
    list: Vec<Indicator>,
    /// Id to position in `list`.
    index: HashMap<String, usize>,
    /// The previous figure's indicator: a figure whose words name only a tier measures the same.
    previous: Option<String>,
}

impl Indicators {
    /// No indicators yet.
    pub(crate) fn new() -> Self {
        Self { vocab: Vocabulary::get(), list: Vec::new(), index: HashMap::new(), previous: None }
    }

    /// What figure `t` measures; what is uncertain about it goes to `reasons`.
    pub(crate) fn measure(&mut self, f: &Folded<'_>, t: &Found, reasons: &mut Vec<Uncertainty>) -> Measure {
        let words = clean_phrase(f.original(t.phrase.0, t.phrase.1));
        // The previous figure's indicator, unless what it is known to measure disagrees with this figure
        // ("Tỷ trọng kinh tế số năm 2025 đạt 15-20%, năm 2030 đạt 25-30% GDP": a share of GDP now).
        // A percentage after a share of GRDP is of GRDP too ("Tỷ trọng kinh tế số trong GRDP đến năm 2027 đạt 15%, năm
        // 2028 đạt 18%", a probe of 7 Dec 2026: the later years were `indicator_percent`).
        let of_grdp = |k: &Known| k.unit == MeasureUnit::PercentOfGrdp && t.unit == MeasureUnit::Percent;
        let inherited = self
            .previous
            .as_ref()
            .filter(|_| t.same_indicator_as_previous)
            .map(|prev| (prev.clone(), self.vocab.known.iter().find(|k| &k.id == prev)))
            .filter(|(_, known)| known.is_none_or(|k| agrees(k, t) || of_grdp(k)));
        let (id, known) = match inherited {
            Some(found) => found,
            None => self.matched(&f.text, t, &words, reasons),
        };
        self.previous = Some(id.clone());
        let unit = settled_unit(t, known, reasons);
        let unit = if known.is_some_and(of_grdp) { MeasureUnit::PercentOfGrdp } else { unit };
        let polarity =
            if t.down_to && known.is_none() { Polarity::LowerIsBetter } else { polarity(unit, known, t.comparator) };
        Measure { id, known, unit, polarity, words }
    }

    /// The vocabulary's indicator for the words of `t`, or a new id made from them.
    fn matched(
        &self,
        s: &str,
        t: &Found,
        phrase: &str,
        reasons: &mut Vec<Uncertainty>,
    ) -> (String, Option<&'static Known>) {
        let vocab = self.vocab;
        let phrase_folded = sub(s, t.phrase.0, t.phrase.1);
        // Villages are not communes, and an indicator's qualifier ("được định danh") must be named.
        // What an indicator is of may be named by the phrase a figure takes its name from (a table's heading), and the
        // digital economy before the figure's clause, in its sentence (looked for in the 400 bytes before the clause, so
        // that a text with no sentence ends is not read back to its start at every figure).
        let from = t.start.saturating_sub(400);
        let sentence = sub(s, from, t.start).rfind(['.', '\n']).map_or(from, |i| from + i + 1);
        let marks = Marks::of(sub(s, t.start, t.end))
            .with_named(Marks::of(phrase_folded))
            .with_digital_economy_named_in(sub(s, sentence, t.start));
        let fits = |k: &Known| agrees(k, t) && k.marks.allow(marks);
        let best = vocab.best(phrase_folded, fits);
        // The clause's words stand for a phrase that may say too little, not for one said outright.
        let best_segment = if t.phrase_explicit { None } else { vocab.best(sub(s, t.start, t.end), fits) };
        let best = match (best, best_segment) {
            (Some(a), Some(b)) => Some(if b.1 > a.1 + 0.1 { b } else { a }),
            (a, b) => a.or(b),
        };
        match best.filter(|(_, score)| *score >= MATCH) {
            Some((k, score)) => {
                let known = vocab.known.get(k);
                let id = known.map_or_else(String::new, |k| k.id.clone());
                if score < WEAK {
                    reasons.push(Uncertainty::WeakIndicatorMatch {
                        phrase: phrase.to_owned(),
                        indicator: id.clone(),
                        score,
                    });
                }
                (id, known)
            }
            None => {
                reasons.push(Uncertainty::UnmatchedIndicator { phrase: phrase.to_owned() });
                (naming::id_of(&naming::name_vi(phrase, t.unit), t.unit), None)
            }
        }
    }

    /// The plan's indicator already under `id`.
    fn existing(&self, id: &str) -> Option<&Indicator> {
        self.index.get(id).and_then(|&i| self.list.get(i))
    }

    /// The direction of the plan's indicator `id`, once registered.
    pub(crate) fn polarity_of(&self, id: &str) -> Option<Polarity> {
        self.existing(id).map(|i| i.polarity)
    }

    /// The unit of the plan's indicator `id`, once registered.
    pub(crate) fn unit_of(&self, id: &str) -> Option<MeasureUnit> {
        self.existing(id).map(|i| i.unit)
    }

    /// Whether a figure with `comparator` agrees with the direction of the plan's indicator `id`, if registered.
    pub(crate) fn agrees(&self, id: &str, comparator: Comparator) -> bool {
        self.polarity_of(id).is_none_or(|p| !comparator.contradicts(p))
    }

    /// The id of the plan's indicator for `m`, added if new, in the heading's pillar, else the vocabulary's.
    /// One indicator per id, unit and direction: a figure in another unit, or against the direction of the
    /// indicator with its id, gets a variant (`_percent_per_year`, `_lower`).
    pub(crate) fn register(&mut self, m: Measure, comparator: Comparator, pillar: Option<&str>) -> String {
        let id = match self.existing(&m.id) {
            Some(i) if i.unit != m.unit => unit_variant(&m.id, m.unit),
            Some(i) if comparator.contradicts(i.polarity) => format!("{}_{}", m.id, polarity_word(m.polarity)),
            _ => m.id.clone(),
        };
        let id = match self.existing(&id) {
            Some(i) if i.unit != m.unit || comparator.contradicts(i.polarity) => {
                format!("{id}_{}_{}", m.unit.as_str(), polarity_word(m.polarity))
            }
            _ => id,
        };
        if !self.index.contains_key(&id) {
            let pillar = pillar
                .map(str::to_owned)
                .or_else(|| m.known.map(|k| k.pillar.clone()))
                .unwrap_or_else(|| "general".to_owned());
            self.index.insert(id.clone(), self.list.len());
            // A catalogue indicator keeps the catalogue's names; a new one is named by the text's words.
            // A variant its own words do not name ("(còn dưới 1,2%)" after "Tỷ lệ hộ nghèo giảm 0,5%") takes the name
            // of the indicator it is a variant of.
            let base = || self.existing(&m.id).map(|i| i.name_vi.clone());
            let name_vi = match m.known {
                Some(k) => k.name_vi.clone(),
                None => Some(naming::name_vi(&m.words, m.unit))
                    .filter(|n| !n.is_empty())
                    .or_else(base)
                    .unwrap_or_else(|| id.clone()),
            };
            self.list.push(Indicator {
                id: id.clone(),
                name_vi,
                name_en: m.known.map_or_else(|| "(to be named)".to_owned(), |k| k.name_en.clone()),
                unit: m.unit,
                polarity: m.polarity,
                pillar,
                scope: Vec::new(),
                note: None,
            });
        }
        id
    }

    /// The plan's indicators, in the order first met.
    pub(crate) fn into_list(self) -> Vec<Indicator> {
        self.list
    }
}

/// The id of the variant of indicator `id` in another unit (`thu_ngan_sach_percent_of_plan` beside `thu_ngan_sach` in
/// đồng).
pub(crate) fn unit_variant(id: &str, unit: MeasureUnit) -> String {
    format!("{id}_{}", unit.as_str())
}

/// The id an observation of `id` in `unit` goes under, given the units the ids met so far are in (`units`, the plan's
/// indicators' and the observations' before): the variant in `unit` when `id` is in another, so that an observation
/// is never loaded under an indicator of another unit ("đạt 35.000 tỷ đồng, đạt 115% dự toán": two indicators).
pub(crate) fn in_its_unit(units: &mut HashMap<String, MeasureUnit>, id: String, unit: MeasureUnit) -> String {
    let id = match units.get(&id) {
        Some(u) if *u != unit => unit_variant(&id, unit),
        _ => id,
    };
    units.entry(id.clone()).or_insert(unit);
    id
}

/// An indicator of the vocabulary fits a figure when its unit and direction agree with the words: a
/// ceiling ("dưới 2%") is not a target of a higher-is-better indicator, nor a share a reduction.
fn agrees(k: &Known, t: &Found) -> bool {
    let direction = !t.comparator.contradicts(k.polarity);
    let growth = [MeasureUnit::PercentPerYear, MeasureUnit::PercentIncrease];
    let unit = k.unit == t.unit
        || (!t.unit_certain && growth.contains(&k.unit))
        || (growth.contains(&k.unit) && growth.contains(&t.unit));
    direction && unit
}

/// "tăng 7%": per year or an increase? The matched indicator decides; else it stays an increase.
fn settled_unit(t: &Found, known: Option<&Known>, reasons: &mut Vec<Uncertainty>) -> MeasureUnit {
    let mut unit = t.unit;
    if !t.unit_certain {
        if let Some(k) = known.filter(|k| matches!(k.unit, MeasureUnit::PercentPerYear | MeasureUnit::PercentIncrease))
        {
            unit = k.unit;
        }
        reasons.push(Uncertainty::UnitGuessed { unit });
    }
    unit
}

/// Direction: a rank, or a ceiling ("dưới 2%", "tối đa") on an indicator the vocabulary does not know,
/// means lower is better.
fn polarity(unit: MeasureUnit, known: Option<&Known>, comparator: Comparator) -> Polarity {
    let ceiling = matches!(comparator, Comparator::AtMost | Comparator::LessThan);
    match (unit, known) {
        (MeasureUnit::Rank, _) => Polarity::LowerIsBetter,
        (_, Some(k)) if !comparator.contradicts(k.polarity) => k.polarity,
        _ if ceiling => Polarity::LowerIsBetter,
        _ => Polarity::HigherIsBetter,
    }
}

/// The word for a direction in a derived id.
fn polarity_word(p: Polarity) -> &'static str {
    match p {
        Polarity::HigherIsBetter => "higher",
        Polarity::LowerIsBetter => "lower",
    }
}

/// The words naming an indicator, tidied: no leading connectors or trailing punctuation, at most 16 words. What
/// someone said starts after "cho biết" (said): the words before it name the speaker, not what is measured ("Chủ tịch
/// UBND TP Hà Nội Vũ Đại Thắng cho biết năm 2025, GRDP của Thủ đô tăng 8,16%"; a probe of 7 Dec 2026).
fn clean_phrase(original: &str) -> String {
    let t = original.trim().trim_matches(|c: char| c.is_ascii_punctuation() || c.is_whitespace());
    let all: Vec<&str> = t.split_whitespace().collect();
    let folded = |w: &str| naming::fold_word(w.trim_end_matches([',', ':']));
    let said = all.windows(2).rposition(|w| matches!(w, [a, b] if folded(a) == "cho" && folded(b) == "biet"));
    let words: Vec<&str> = all.iter().skip(said.map_or(0, |k| k + 2)).take(16).copied().collect();
    words.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::clauses::read_clause;

    /// The measures of the figures of one clause, with the reasons of each.
    fn measures(text: &str) -> Vec<(Measure, Vec<Uncertainty>)> {
        let f = Folded::new(text);
        let mut indicators = Indicators::new();
        read_clause(&f.text, 0, f.text.len(), true)
            .iter()
            .map(|t| {
                let mut reasons = Vec::new();
                let m = indicators.measure(&f, t, &mut reasons);
                (m, reasons)
            })
            .collect()
    }

    #[test]
    fn what_someone_said_is_named_after_cho_biet() {
        // A probe of 7 Dec 2026: the speaker's words named the indicator.
        let said = "Chủ tịch UBND TP Hà Nội Vũ Đại Thắng cho biết năm 2025, GRDP của Thủ đô tăng";
        assert_eq!(clean_phrase(said), "năm 2025, GRDP của Thủ đô tăng");
        assert_eq!(
            clean_phrase("UBND tỉnh Sóc Trăng cho biết, thời gian qua, công tác giảm nghèo"),
            "thời gian qua, công tác giảm nghèo"
        );
        assert_eq!(clean_phrase("Tỷ lệ hộ gia đình biết cho con đi học"), "Tỷ lệ hộ gia đình biết cho con đi học");
        let m = measures(&format!("{said} 8,16%"));
        assert_eq!(m[0].0.id, "grdp_thu_do_tang");
    }

    #[test]
    fn how_a_figure_moves_names_no_indicator() {
        // phu_tho_dai_hoi, lai_chau, quang_nam (development texts): revenue, exports, visitors that grow "tăng
        // bình quân ...%/năm" share only the words of growth with the productivity that grows so.
        for text in [
            "Thu ngân sách Nhà nước tăng bình quân trên 10%/năm",
            "tổng lượt khách du lịch tăng bình quân 20%/năm",
            "xuất khẩu hàng địa phương tăng bình quân 10%/năm",
        ] {
            let m = measures(text);
            assert_eq!(m.len(), 1, "{text}");
            assert_ne!(m[0].0.id, "labour_productivity_growth", "{text}");
        }
        let m = measures("Năng suất lao động tăng bình quân 7%/năm");
        assert_eq!(m[0].0.id, "labour_productivity_growth");
    }

    #[test]
    fn a_percentage_after_a_share_of_grdp_is_of_grdp_too() {
        // A probe of 7 Dec 2026: the later years of a roadmap said "trong GRDP" once were `indicator_percent`.
        let m = measures("Tỷ trọng kinh tế số trong GRDP đến năm 2027 đạt 15%, năm 2028 đạt 18%, năm 2030 đạt 25%");
        let rows: Vec<_> = m.iter().map(|(m, _)| (m.id.as_str(), m.unit)).collect();
        assert_eq!(rows, [("digital_economy_share_grdp", MeasureUnit::PercentOfGrdp); 3]);
    }

    #[test]
    fn a_sectors_share_is_of_no_indicator_that_names_the_sector() {
        // xa_binh_tuyen_phu_tho_2030, phuong_thai_hoc_chi_linh_hai_duong_2025 (development texts): the services'
        // share of the economy was "dịch vụ có hồ sơ nộp trực tuyến", trade's "tỉ lệ khai thác thương mại".
        for (text, id) in [
            ("Thương mại - dịch vụ chiếm 25,2%", "thuong_mai_dich_vu"),
            ("dịch vụ chiếm 40,5%", "dich_vu"),
            ("ngành thương mại-dịch vụ chiếm 25,40%", "nganh_thuong_mai_dich_vu"),
            // A commune's product, its GRDP (xa_chau_phong_an_giang_2026, a development text).
            ("tốc độ tăng tổng giá trị sản phẩm đạt 12,8%", "toc_do_tang_tong_gia_tri_san_pham"),
        ] {
            assert_eq!(ids(text), [id], "{text}");
        }
        // A sector among other words still names its indicator.
        assert_eq!(ids("Tỷ trọng thương mại điện tử trong tổng mức bán lẻ đạt trên 10%"), ["ecommerce_share_retail"]);
        assert_eq!(
            ids("Tỷ lệ sử dụng dịch vụ công trực tuyến của người dân và doanh nghiệp đạt trên 80%"),
            ["online_public_services_use"]
        );
    }

    #[test]
    fn the_vocabulary_names_a_known_indicator() {
        let m = measures("Tối thiểu 90% hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng");
        assert_eq!(m.len(), 1);
        let (m, reasons) = &m[0];
        assert_eq!(
            (m.id.as_str(), m.unit, m.polarity),
            ("work_files_online", MeasureUnit::Percent, Polarity::HigherIsBetter)
        );
        // Its name is the noun phrase, without the tier (a target's, not the indicator's).
        assert_eq!(m.name_vi(), "tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng");
        assert!(reasons.is_empty(), "{reasons:?}");
    }

    /// The id each figure of a text's clauses is mapped to.
    fn ids(text: &str) -> Vec<String> {
        measures(text).into_iter().map(|(m, _)| m.id).collect()
    }

    #[test]
    fn catalogue_indicators_are_told_apart() {
        // Using online public services is not electronic identity, unless the words name it.
        assert_eq!(
            ids("Tỷ lệ người dân, doanh nghiệp sử dụng dịch vụ công trực tuyến đạt 80%"),
            ["online_public_services_use"]
        );
        assert_eq!(
            ids("100% người dân, doanh nghiệp sử dụng dịch vụ công trực tuyến được định danh và xác thực điện tử thông suốt"),
            ["users_unified_eid"]
        );
        // Communes and wards are not villages; villages and hamlets are.
        assert_eq!(ids("100% xã, phường, đặc khu được phủ hạ tầng cáp quang băng rộng"), ["communes_fibre_broadband"]);
        assert_eq!(ids("100% xã, phường có cáp quang"), ["communes_fibre_broadband"]);
        assert_eq!(ids("Tỷ lệ thôn, ấp được phủ cáp quang đạt 100%"), ["villages_fibre_broadband"]);
        // Abbreviations read as the words they stand for.
        assert_eq!(ids("Tỉnh phấn đấu chỉ số DTI nằm trong Top 20 tỉnh, thành phố dẫn đầu"), ["dti_rank"]);
        assert_eq!(ids("100% TTHC đủ điều kiện được cung cấp DVCTT toàn trình"), ["full_online_public_services"]);
        // An indicator of the national resolution is in the catalogue too.
        assert_eq!(ids("Tỷ lệ giao dịch không dùng tiền mặt đạt 80%"), ["cashless_transactions"]);
        // Data reused is no patent commercially exploited (a probe of 7 Dec 2026); the resolution's wording is.
        let reused = ids("Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt tối thiểu 50%");
        assert_eq!(reused, ["khai_thac_su_dung_lai_thong_tin_du_lieu_so_hoa"]);
        assert_eq!(ids("tỉ lệ khai thác thương mại đạt 8 - 10%"), ["patent_commercialisation_rate"]);
    }

    #[test]
    fn a_catalogue_indicator_takes_the_catalogues_names_and_a_new_one_the_noun_phrase() {
        let mut reasons = Vec::new();
        let f = Folded::new("Phấn đấu 80% nhà văn hóa thôn có wifi miễn phí đến năm 2025");
        let t = &read_clause(&f.text, 0, f.text.len(), true)[0];
        let mut indicators = Indicators::new();
        let m = indicators.measure(&f, t, &mut reasons);
        let id = indicators.register(m, Comparator::Reach, None);
        let f2 = Folded::new("90% hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng");
        let t2 = &read_clause(&f2.text, 0, f2.text.len(), true)[0];
        let m2 = indicators.measure(&f2, t2, &mut reasons);
        indicators.register(m2, Comparator::Reach, None);
        let list = indicators.into_list();
        let rows: Vec<_> = list.iter().map(|i| (i.id.as_str(), i.name_vi.as_str(), i.name_en.as_str())).collect();
        assert_eq!(rows[1], ("work_files_online", "hồ sơ công việc", "Work files handled online"));
        assert_eq!(rows[0], (id.as_str(), "tỷ lệ nhà văn hóa thôn có wifi miễn phí", "(to be named)"));
        assert_eq!(id, "nha_van_hoa_thon_wifi_mien_phi");
        assert_eq!(
            reasons,
            vec![Uncertainty::UnmatchedIndicator {
                phrase: "nhà văn hóa thôn có wifi miễn phí đến năm 2025".to_owned()
            }]
        );
    }

    #[test]
    fn a_figure_naming_only_a_tier_measures_the_previous_one() {
        let m = measures("90% hồ sơ công việc cấp tỉnh, 70% cấp huyện");
        let ids: Vec<&str> = m.iter().map(|(m, _)| m.id.as_str()).collect();
        assert_eq!(ids, vec!["work_files_online", "work_files_online"]);
        // Or only a later year: "..., hướng tới 2030 dưới 1%" (ho_chi_minh_dai_hoi_2020, a development text, was named
        // "huong").
        let m = measures("tỷ lệ hộ nghèo dưới 3%, hướng tới 2030 dưới 1%");
        let ids: Vec<&str> = m.iter().map(|(m, _)| m.id.as_str()).collect();
        assert_eq!(ids, vec!["ho_ngheo", "ho_ngheo"]);
    }

    #[test]
    fn unknown_words_make_a_new_id_and_a_ceiling_means_lower_is_better() {
        let m = measures("dưới 5% quả bóng bàn xoay tròn");
        let (m, reasons) = &m[0];
        assert_eq!((m.id.as_str(), m.polarity), ("qua_bong_ban_xoay_tron", Polarity::LowerIsBetter));
        assert_eq!(reasons, &vec![Uncertainty::UnmatchedIndicator { phrase: "quả bóng bàn xoay tròn".to_owned() }]);
    }

    #[test]
    fn another_unit_under_the_same_id_is_a_variant() {
        let mut indicators = Indicators::new();
        let measure = |unit, polarity| Measure {
            id: "qua_bong".to_owned(),
            known: None,
            unit,
            polarity,
            words: "quả bóng".to_owned(),
        };
        let higher = Polarity::HigherIsBetter;
        assert_eq!(indicators.register(measure(MeasureUnit::Percent, higher), Comparator::Reach, None), "qua_bong");
        assert_eq!(
            indicators.register(
                measure(MeasureUnit::PercentPerYear, higher),
                Comparator::Reach,
                Some("digital_economy")
            ),
            "qua_bong_percent_per_year"
        );
        assert_eq!(
            indicators.register(measure(MeasureUnit::Percent, Polarity::LowerIsBetter), Comparator::LessThan, None),
            "qua_bong_lower"
        );
        assert_eq!(indicators.register(measure(MeasureUnit::Percent, higher), Comparator::Reach, None), "qua_bong");
        let list = indicators.into_list();
        let rows: Vec<(&str, &str, &str)> =
            list.iter().map(|i| (i.id.as_str(), i.name_vi.as_str(), i.pillar.as_str())).collect();
        assert_eq!(
            rows,
            vec![
                ("qua_bong", "tỷ lệ quả bóng", "general"),
                ("qua_bong_percent_per_year", "quả bóng", "digital_economy"),
                ("qua_bong_lower", "tỷ lệ quả bóng", "general"),
            ]
        );
    }

    #[test]
    fn an_increase_takes_the_known_indicators_unit() {
        let m = measures("năng suất lao động tăng 7%");
        let (m, reasons) = &m[0];
        assert!(reasons.contains(&Uncertainty::UnitGuessed { unit: m.unit }), "{reasons:?}");
        assert!(matches!(m.unit, MeasureUnit::PercentPerYear | MeasureUnit::PercentIncrease));
    }

    #[test]
    fn an_observation_in_another_unit_goes_under_its_variant() {
        // "đạt 35.000 tỷ đồng, đạt 115% dự toán": the share of the estimate is not loaded under the amount's indicator.
        let mut units = HashMap::from([("thu_ngan_sach".to_owned(), MeasureUnit::Dong)]);
        assert_eq!(in_its_unit(&mut units, "thu_ngan_sach".to_owned(), MeasureUnit::Dong), "thu_ngan_sach");
        let variant = in_its_unit(&mut units, "thu_ngan_sach".to_owned(), MeasureUnit::PercentOfPlan);
        assert_eq!(variant, "thu_ngan_sach_percent_of_plan");
        assert_eq!(units.get(&variant), Some(&MeasureUnit::PercentOfPlan));
        // An id met first keeps its own unit.
        assert_eq!(in_its_unit(&mut units, "giai_ngan".to_owned(), MeasureUnit::PercentOfPlan), "giai_ngan");
    }
}
