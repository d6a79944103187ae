//! Comparators: the words before a figure ("tối thiểu", "ít nhất", "trên", "đạt trên", "khoảng",
//! "tối đa", "dưới", "duy trì mức") and after it ("trở lên").

use super::folded::{ends_with_words, find_word, sub, words};
use crate::model::comparator::Comparator;

/// Comparator words as they end the text before a figure (folded), longest first.
const BEFORE: [(&str, Comparator); 41] = [
    ("khong vuot qua", Comparator::AtMost),
    ("khong qua", Comparator::AtMost),
    ("khong duoi", Comparator::AtLeast),
    ("khong thap hon", Comparator::AtLeast),
    ("khong it hon", Comparator::AtLeast),
    ("tren duoi", Comparator::About),
    // "Phát triển nhà ở thương mại khoảng trên 1 triệu m2" (quang_binh_phat_trien_nha_o_2030, a development text): two
    // comparator words, the opening one holds.
    ("khoang tren", Comparator::About),
    ("khoang hon", Comparator::About),
    ("khoang duoi", Comparator::About),
    ("toi thieu dat", Comparator::AtLeast),
    ("it nhat dat", Comparator::AtLeast),
    ("toi thieu la", Comparator::AtLeast),
    ("it nhat la", Comparator::AtLeast),
    // "có tối thiểu có 1 doanh nghiệp công nghệ số" (da_nang_nghi_quyet_57, a development text).
    ("toi thieu co", Comparator::AtLeast),
    // "tỷ lệ huy động trẻ em ra lớp đạt: thấp nhất là 30% ..." (lao_cai_giao_duc_mam_non_2020, a development text):
    // the lowest it may be.
    ("thap nhat la", Comparator::AtLeast),
    ("thap nhat", Comparator::AtLeast),
    ("it nhat co", Comparator::AtLeast),
    ("toi da la", Comparator::AtMost),
    ("toi da", Comparator::AtMost),
    ("it hon", Comparator::LessThan),
    ("thap hon", Comparator::LessThan),
    ("duoi", Comparator::LessThan),
    ("toi thieu", Comparator::AtLeast),
    ("it nhat", Comparator::AtLeast),
    ("tu", Comparator::AtLeast),
    ("dat tren", Comparator::MoreThan),
    ("cao hon", Comparator::MoreThan),
    ("nhieu hon", Comparator::MoreThan),
    ("tren", Comparator::MoreThan),
    ("hon", Comparator::MoreThan),
    // "thu ngân sách vượt mốc 25.000 tỷ đồng" (lao_cai_2026, a development text), "vượt ngưỡng": past the mark.
    ("vuot moc", Comparator::MoreThan),
    ("vuot nguong", Comparator::MoreThan),
    ("vuot qua", Comparator::MoreThan),
    ("vuot", Comparator::MoreThan),
    ("khoang", Comparator::About),
    // "Vốn đầu tư toàn xã hội gần 650.000 tỷ đồng": nearly, about.
    ("gan", Comparator::About),
    ("xap xi", Comparator::About),
    ("dat", Comparator::Reach),
    ("chiem", Comparator::Reach),
    ("muc", Comparator::Reach),
    ("bang", Comparator::Reach),
];

/// Comparator signs before a figure, as tables write them ("≥ 90%", folded to ">= 90%"; "> 5 triệu đồng").
const SIGNS: [(&str, Comparator); 4] =
    [(">=", Comparator::AtLeast), ("<=", Comparator::AtMost), (">", Comparator::MoreThan), ("<", Comparator::LessThan)];

/// The comparator stated just before a figure: (comparator, folded length of its words).
pub(crate) fn before(prefix: &str) -> Option<(Comparator, usize)> {
    let trimmed = prefix.trim_end();
    SIGNS
        .iter()
        .find(|(w, _)| trimmed.ends_with(w))
        .or_else(|| BEFORE.iter().find(|(w, _)| ends_with_words(trimmed, w)))
        .map(|(w, c)| (not_let(trimmed, *c), w.len()))
}

/// Comparator `c` of a figure whose clause (`prefix`, up to the figure) opens with "không để" (let not): "Không để tỷ
/// lệ hộ nghèo vượt quá 0,5%" is at most 0.5%, "không để tỷ lệ ... thấp hơn 80%" at least 80%.
fn not_let(prefix: &str, c: Comparator) -> Comparator {
    let clause = prefix.rsplit([',', ';', ':']).next().unwrap_or(prefix);
    if find_word(clause, "khong de").is_none() {
        return c;
    }
    match c {
        Comparator::MoreThan => Comparator::AtMost,
        Comparator::LessThan => Comparator::AtLeast,
        other => other,
    }
}

/// The words before a figure without the comparator that ends them ([`before`]), trimmed: "có từ 3 thôn" gives "có",
/// "cần khoảng" gives "cần".
pub(crate) fn without_before(prefix: &str) -> &str {
    let t = prefix.trim_end();
    before(t).map_or(t, |(_, n)| sub(t, 0, t.len() - n)).trim_end()
}

/// Whether "trở lên" follows a figure within a few words ("98% người dân, doanh nghiệp trở lên"), and is not
/// the "trở lên" of an age ("từ 15 tuổi trở lên").
pub(crate) fn or_more_after(after: &str) -> bool {
    let Some(i) = find_word(after, "tro len") else { return false };
    let before: Vec<&str> = words(sub(after, 0, i)).collect();
    // "thành lập mới 60 tổ hợp tác và 40 HTX trở lên": the floor is the nearer figure's.
    before.len() <= 5
        && before.last() != Some(&"tuoi")
        && !before.iter().any(|w| w.bytes().all(|b| b.is_ascii_digit()))
        && !sub(after, 0, i).contains('(')
}

/// Whether a clause is an aspiration ("phấn đấu") rather than a firm commitment.
pub(crate) fn aspiration(clause: &str) -> bool {
    find_word(clause, "phan dau").is_some()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::folded::Folded;

    fn read(prefix: &str) -> Option<Comparator> {
        before(&Folded::new(prefix).text).map(|(c, _)| c)
    }

    #[test]
    fn negated_and_compound_comparators() {
        // "gần" (nearly) is about (an_giang_dai_hoi, a development text).
        assert_eq!(read("Vốn đầu tư toàn xã hội gần "), Some(Comparator::About));
        // Two words, the opening one holds (quang_binh_phat_trien_nha_o_2030, a development text).
        assert_eq!(read("nhà ở thương mại khoảng trên "), Some(Comparator::About));
        assert_eq!(read("nhà ở xã hội khoảng hơn "), Some(Comparator::About));
        assert_eq!(read("tỷ lệ đạt không dưới "), Some(Comparator::AtLeast));
        assert_eq!(read("không thấp hơn "), Some(Comparator::AtLeast));
        assert_eq!(read("tối thiểu đạt "), Some(Comparator::AtLeast));
        assert_eq!(read("có tối thiểu có "), Some(Comparator::AtLeast));
        assert_eq!(read("trên dưới "), Some(Comparator::About));
        // Let not exceed is at most; let not fall below, at least. "vượt quá" alone exceeds.
        assert_eq!(read("Không để tỷ lệ hộ nghèo vượt quá "), Some(Comparator::AtMost));
        assert_eq!(read("không để tỷ lệ hộ nghèo tăng trên "), Some(Comparator::AtMost));
        assert_eq!(read("không để tỷ lệ tiêm chủng thấp hơn "), Some(Comparator::AtLeast));
        assert_eq!(read("tổng kim ngạch vượt quá "), Some(Comparator::MoreThan));
        assert_eq!(read("không để phát sinh điểm nóng, tỷ lệ hài lòng trên "), Some(Comparator::MoreThan));
        // Signs, as tables write them.
        assert_eq!(read("Tỷ lệ hồ sơ trực tuyến ≥ "), Some(Comparator::AtLeast));
        assert_eq!(read("Tỷ lệ hộ nghèo ≤"), Some(Comparator::AtMost));
        assert_eq!(read("thu nhập >= "), Some(Comparator::AtLeast));
        assert_eq!(read("thu nhập > "), Some(Comparator::MoreThan));
        assert_eq!(read("tỷ lệ thất nghiệp < "), Some(Comparator::LessThan));
        assert_eq!(read("dưới "), Some(Comparator::LessThan));
        assert_eq!(read("không vượt quá "), Some(Comparator::AtMost));
        // Past the mark (lao_cai_2026, a development text).
        assert_eq!(read("thu ngân sách vượt mốc "), Some(Comparator::MoreThan));
        assert_eq!(read("vượt ngưỡng "), Some(Comparator::MoreThan));
        assert_eq!(read("đạt "), Some(Comparator::Reach));
        // The lowest a figure may be (lao_cai_giao_duc_mam_non_2020, a development text).
        assert_eq!(read("tỷ lệ huy động trẻ em ra lớp đạt: thấp nhất là "), Some(Comparator::AtLeast));
        assert_eq!(read("thấp nhất "), Some(Comparator::AtLeast));
        assert_eq!(without_before("co tu "), "co");
        assert_eq!(without_before("giam xuong duoi "), "giam xuong");
        assert_eq!(without_before("ty le "), "ty le");
    }

    #[test]
    fn or_more_is_the_nearer_figures() {
        let after = |s: &str| or_more_after(&Folded::new(s).text);
        assert!(after(" người dân, doanh nghiệp trở lên"));
        // thai_nguyen_hop_tac_xa_2022 (a development text): the 40's, not the 60's.
        assert!(!after(" tổ hợp tác và 40 HTX trở lên") && after(" HTX trở lên"));
        assert!(!after(" người từ 15 tuổi trở lên"));
    }
}
