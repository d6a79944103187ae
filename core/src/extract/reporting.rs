//! Reporting calendars: "định kỳ hàng quý (trước ngày 20 của tháng cuối quý), năm (trước ngày 30/11) báo
//! cáo ... gửi về Sở Thông tin và Truyền thông".

use super::folded::{find_words, sub, Folded};
use crate::model::reporting::{Frequency, ReportSchedule, ReportingCalendar};

fn frequency_before(t: &str) -> Option<(Frequency, usize)> {
    let t = t.trim_end();
    [
        ("6 thang", Frequency::SemiAnnual),
        ("sau thang", Frequency::SemiAnnual),
        ("nua nam", Frequency::SemiAnnual),
        ("quy", Frequency::Quarterly),
        ("thang", Frequency::Monthly),
        ("nam", Frequency::Annual),
    ]
    .iter()
    .find(|(w, _)| super::folded::ends_with_words(t, w))
    .map(|(w, f)| {
        let mut start = t.len() - w.len();
        for lead in ["hang ", "moi "] {
            if sub(t, 0, start).ends_with(lead) {
                start -= lead.len();
            }
        }
        (*f, start)
    })
}

fn number(t: &str) -> Option<(u32, usize)> {
    let d: String = t.chars().take_while(|c| c.is_ascii_digit()).collect();
    d.parse().ok().map(|v| (v, d.len()))
}

/// The calendar, if the text states one; with the folded ranges read.
pub(crate) fn read(f: &Folded<'_>) -> (Option<ReportingCalendar>, Vec<(usize, usize)>) {
    let s = f.text.as_str();
    let mut schedules = Vec::new();
    let mut used = Vec::new();
    let mut recipient = None;
    for k in find_words(s, "dinh ky") {
        let window_end = sub(s, k, s.len()).find(['\n']).map_or(s.len(), |i| k + i).min(k + 300);
        let window = sub(s, k, window_end);
        let mut cursor = 0;
        let mut first = true;
        while let Some(open) = sub(window, cursor, window.len()).find('(').map(|i| cursor + i) {
            let Some(close) = sub(window, open, window.len()).find(')').map(|i| open + i) else { break };
            let inside = sub(window, open + 1, close);
            let base = cursor;
            let before = sub(window, cursor, open);
            cursor = close + 1;
            let Some((frequency, fstart)) = frequency_before(before) else { continue };
            let Some(d) = inside.find("ngay ") else { continue };
            let strictly_before = inside.contains("truoc ngay") && !inside.contains("truoc hoac");
            let Some((day, n)) = number(sub(inside, d + 5, inside.len())) else { continue };
            let rest = sub(inside, d + 5 + n, inside.len());
            let month_of_period = if let Some(m) = rest.strip_prefix('/').and_then(number).map(|m| m.0) {
                match frequency {
                    Frequency::Monthly => 1,
                    Frequency::Quarterly => (m.saturating_sub(1)) % 3 + 1,
                    Frequency::SemiAnnual => (m.saturating_sub(1)) % 6 + 1,
                    _ => m,
                }
            } else if rest.contains("cuoi quy") {
                3
            } else if rest.contains("giua quy") {
                2
            } else if rest.contains("cuoi") {
                frequency.months().into()
            } else {
                1
            };
            let (Ok(day), Ok(month_of_period)) = (u8::try_from(day), u8::try_from(month_of_period)) else { continue };
            if !(1..=31).contains(&day) || month_of_period == 0 || month_of_period > frequency.months().max(12) {
                continue;
            }
            let qstart = if first { k } else { k + base + fstart };
            let schedule = ReportSchedule {
                frequency,
                month_of_period,
                day,
                strictly_before,
                quote: f.original(qstart, k + close + 1).to_owned(),
            };
            // A day some month of the schedule lacks ("hàng tháng, trước ngày 30") is not a deadline the
            // plan can keep: its number is left for the reviewer among the unused ones.
            if schedule.last_possible_day().is_none_or(|last| day > last) {
                continue;
            }
            first = false;
            used.push((qstart, k + close + 1));
            schedules.push(schedule);
        }
        if !schedules.is_empty() {
            let after = sub(s, k + cursor, window_end);
            if let Some(g) = after.find("gui ve ").map(|i| i + 7).or_else(|| after.find("gui ").map(|i| i + 4)) {
                let t = sub(after, g, after.len());
                let end = [" tong hop", ",", ".", ";", " de ", " truoc "]
                    .iter()
                    .filter_map(|w| t.find(w))
                    .min()
                    .unwrap_or(t.len());
                let a = k + cursor + g;
                let r = f.original(a, a + end).trim().to_owned();
                if !r.is_empty() && r.chars().count() < 80 {
                    recipient = Some(r);
                }
            }
            break;
        }
    }
    ((!schedules.is_empty()).then_some(ReportingCalendar { recipient, schedules }), used)
}
