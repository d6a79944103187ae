//! What a phrase names that rules indicators in or out, whatever the overlap of their words: the places it
//! covers (villages — "thôn, ấp, làng, tổ dân phố" — are not communes — "xã, phường, đặc khu, thị trấn" — nor
//! the other way round), a qualifier an indicator's name adds ("được định danh và xác thực điện tử": the
//! use of online public services is not electronic identity), and payments, named on both sides or neither.

use super::folded::{ends_with_words, find_words, starts_with_words, sub};

/// What a folded phrase names, as bits.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Marks(u8);

const VILLAGES: u8 = 1;
const COMMUNES: u8 = 2;
const IDENTITY: u8 = 4;
const PAYMENT: u8 = 8;
const HOUSEHOLDS: u8 = 16;
/// The kinds of place an indicator covers: one does not stand for another.
const PLACES: u8 = VILLAGES | COMMUNES | HOUSEHOLDS;

impl Marks {
    /// What folded `s` names.
    pub(crate) fn of(s: &str) -> Self {
        let mut m = 0;
        if villages(s) {
            m |= VILLAGES;
        }
        if communes(s) {
            m |= COMMUNES;
        }
        if ["dinh danh", "xac thuc"].iter().any(|w| find_words(s, w).next().is_some()) {
            m |= IDENTITY;
        }
        if ["thanh toan", "tien mat"].iter().any(|w| find_words(s, w).next().is_some()) {
            m |= PAYMENT;
        }
        if find_words(s, "ho gia dinh").next().is_some() {
            m |= HOUSEHOLDS;
        }
        Self(m)
    }

    /// Whether an indicator whose name has these marks can measure what a phrase with `phrase`'s marks
    /// names: places of another kind (villages for communes, households for communes, ...) do not stand for
    /// the phrase's, no identity the phrase does not name,
    /// and payments on both sides or neither ("tỷ lệ thanh toán trực tuyến" is no share of records).
    pub(crate) fn allow(self, phrase: Self) -> bool {
        let (mine, theirs) = (self.0 & PLACES, phrase.0 & PLACES);
        let places = mine == 0 || theirs == 0 || mine & theirs != 0;
        let identity = self.0 & IDENTITY == 0 || phrase.0 & IDENTITY != 0;
        places && identity && (self.0 & PAYMENT == phrase.0 & PAYMENT)
    }
}

/// Villages: "thôn", "tổ dân phố", "khóm", "làng" (not "lãng phí"), "ấp" (not "áp dụng").
fn villages(s: &str) -> bool {
    let not_before = |word: &'static str, next: &'static [&'static str]| {
        find_words(s, word).any(move |i| !next.iter().any(|w| starts_with_words(sub(s, i + word.len(), s.len()), w)))
    };
    ["thon", "to dan pho", "khom"].iter().any(|w| find_words(s, w).next().is_some())
        || not_before("ap", &["dung", "luc", "ung"])
        || not_before("lang", &["phi", "nghe", "man"])
}

/// Communes: "xã" (not "xã hội", not the town of "thị xã"), "phường", "đặc khu", "thị trấn".
fn communes(s: &str) -> bool {
    ["phuong", "dac khu", "thi tran"].iter().any(|w| find_words(s, w).next().is_some())
        || find_words(s, "xa")
            .any(|i| !starts_with_words(sub(s, i + 2, s.len()), "hoi") && !ends_with_words(sub(s, 0, i), "thi"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::folded::Folded;

    fn marks(s: &str) -> Marks {
        Marks::of(&Folded::new(s).text)
    }

    #[test]
    fn places_and_qualifiers() {
        assert_eq!(marks("xã, phường, đặc khu có cáp quang"), Marks(COMMUNES));
        assert_eq!(marks("thôn, ấp được phủ cáp quang"), Marks(VILLAGES));
        assert_eq!(marks("áp dụng nền tảng số trong xã hội số, thị xã, chống lãng phí"), Marks(0));
        assert_eq!(marks("sử dụng dịch vụ công trực tuyến được định danh"), Marks(IDENTITY));
    }

    #[test]
    fn communes_are_not_villages_and_identity_must_be_named() {
        let villages = marks("Tỷ lệ thôn, làng được phủ hạ tầng cáp quang băng rộng");
        let communes = marks("xã, phường, thị trấn");
        assert!(!villages.allow(marks("100% xã, phường được phủ cáp quang")));
        assert!(!communes.allow(marks("thôn, ấp có cáp quang")));
        assert!(villages.allow(marks("thôn, ấp có cáp quang")));
        assert!(communes.allow(marks("các xã, phường và thôn, bản")));
        assert!(!marks("hộ gia đình có cáp quang").allow(marks("100% xã có cáp quang")));
        let eid = marks("người dân sử dụng dịch vụ công trực tuyến được cấp định danh và xác thực điện tử");
        assert!(!eid.allow(marks("người dân, doanh nghiệp sử dụng dịch vụ công trực tuyến")));
        assert!(eid.allow(marks("người dân được định danh và xác thực điện tử")));
        assert!(Marks(0).allow(eid));
        let payments = marks("Tỷ lệ người dân có tài khoản thanh toán điện tử");
        assert!(!Marks(0).allow(marks("Tỷ lệ thanh toán trực tuyến")));
        assert!(!payments.allow(marks("Tỷ lệ người dân có tài khoản định danh")));
        assert!(payments.allow(marks("giao dịch thanh toán không dùng tiền mặt")));
    }
}
