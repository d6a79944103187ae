//! The plan's pillars: those its headings name, in the document's words and order, then any pillar an
//! indicator names that no heading did, under the catalogue's names (else a default name).

use super::outline::PillarHeading;
use super::sections::pillar_name_en;
use crate::model::indicator::{Indicator, Pillar};

/// The pillars of a plan with these headings and indicators: only pillars some indicator is in.
pub(crate) fn of(headings: Vec<PillarHeading>, indicators: &[Indicator]) -> Vec<Pillar> {
    let mut pillars: Vec<Pillar> = Vec::new();
    for PillarHeading { pillar: id, name } in headings {
        let used = indicators.iter().any(|i| i.pillar == id);
        if used && !pillars.iter().any(|p| p.id == id) && !name.is_empty() {
            pillars.push(Pillar { id: id.to_owned(), name_vi: name, name_en: pillar_name_en(id).to_owned() });
        }
    }
    let catalogue = &super::vocabulary::Vocabulary::get().pillars;
    for ind in indicators {
        if !pillars.iter().any(|p| p.id == ind.pillar) {
            // The catalogue's pillar ("science_technology") under its names, else a default name.
            pillars.push(catalogue.iter().find(|p| p.id == ind.pillar).cloned().unwrap_or_else(|| Pillar {
                id: ind.pillar.clone(),
                name_vi: default_name_vi(&ind.pillar).to_owned(),
                name_en: pillar_name_en(&ind.pillar).to_owned(),
            }));
        }
    }
    pillars
}

/// The Vietnamese name of a shared pillar id, for a pillar no heading names.
fn default_name_vi(id: &str) -> &'static str {
    match id {
        "digital_government" => "Chính quyền số",
        "digital_economy" => "Kinh tế số",
        "digital_society" => "Xã hội số",
        "smart_city" => "Đô thị thông minh",
        "infrastructure" => "Hạ tầng số",
        _ => "Mục tiêu chung",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::measure_unit::{MeasureUnit, Polarity};

    fn indicator(id: &str, pillar: &str) -> Indicator {
        Indicator {
            id: id.to_owned(),
            name_vi: id.to_owned(),
            name_en: id.to_owned(),
            unit: MeasureUnit::Percent,
            polarity: Polarity::HigherIsBetter,
            pillar: pillar.to_owned(),
            scope: Vec::new(),
            note: None,
        }
    }

    fn heading(pillar: &'static str, name: &str) -> PillarHeading {
        PillarHeading { pillar, name: name.to_owned() }
    }

    fn names(pillars: &[Pillar]) -> Vec<(&str, &str, &str)> {
        pillars.iter().map(|p| (p.id.as_str(), p.name_vi.as_str(), p.name_en.as_str())).collect()
    }

    #[test]
    fn headings_name_the_pillars_their_indicators_are_in() {
        let headings = vec![
            heading("digital_economy", "Phát triển kinh tế số"),
            heading("digital_society", "Về xã hội số"),
            heading("digital_economy", "Kinh tế số (nhắc lại)"),
        ];
        let indicators = [indicator("digital_economy_share_grdp", "digital_economy")];
        assert_eq!(
            names(&of(headings, &indicators)),
            vec![("digital_economy", "Phát triển kinh tế số", "Digital economy")]
        );
    }

    #[test]
    fn a_catalogue_pillar_no_heading_names_gets_the_catalogues_names() {
        let indicators = [indicator("enterprises_innovating", "science_technology")];
        assert_eq!(
            names(&of(Vec::new(), &indicators)),
            vec![(
                "science_technology",
                "Khoa học, công nghệ và đổi mới sáng tạo",
                "Science, technology and innovation"
            )]
        );
    }

    #[test]
    fn a_pillar_no_heading_names_gets_a_default_name() {
        let indicators = [indicator("work_files_online", "digital_government"), indicator("x", "general")];
        assert_eq!(
            names(&of(vec![heading("general", "")], &indicators)),
            vec![
                ("digital_government", "Chính quyền số", "Digital government"),
                ("general", "Mục tiêu chung", "General objectives"),
            ]
        );
    }
}
