//! The day a page shows for its article when its metadata states the
//! moment in UTC: "2028-01-15T01:32Z" is the evening of 14 January in
//! Santiago, and the page prints "14 ENE 2028 10:32 PM". The day the page
//! shows is the outlet's own, read from a `<time>` element of the same
//! moment (its offset, or the date its text shows) or from a date line
//! of the article's text; a metadata time with an offset of its own, or
//! a page that shows no date, keeps the metadata's day.

use std::sync::LazyLock;

use chrono::{DateTime, FixedOffset, NaiveDate, Timelike};
use regex::Regex;

use super::page_meta::TimeTag;
use crate::ingest::meta;

/// A timestamp with its offset ("2028-01-15T01:32:10.481Z",
/// "2028-03-11T21:05:00+00:00", "2028-03-11T21:05:00+0000").
pub(super) fn moment(s: &str) -> Option<DateTime<FixedOffset>> {
    let t = s.trim();
    if t.len() < 16 || !t.is_char_boundary(10) || !t[10..].starts_with(['T', 't', ' ']) {
        return None;
    }
    DateTime::parse_from_rfc3339(t)
        .or_else(|_| DateTime::parse_from_str(t, "%Y-%m-%dT%H:%M:%S%.f%z"))
        .or_else(|_| DateTime::parse_from_str(t, "%Y-%m-%d %H:%M:%S%.f%z"))
        .ok()
}

/// A date a `<time>` element shows: any form a date line takes, or a
/// month cut short without its dot ("14 ENE 2028 10:32 PM", "Jan 14
/// 2028"), which running text would not be read as, but a time element's
/// text is a date.
fn shown_date(text: &str) -> Option<NaiveDate> {
    static SHORT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?:^|\s)(?:(\d{1,2})\s+(\pL{3,5})|(\pL{3,5})\s+(\d{1,2}),?)\s+(\d{4})(?:\s|$|,)",
        )
        .expect("regex")
    });
    if let Some(d) = meta::date_line(text).or_else(|| meta::find_date(text).map(|f| f.date)) {
        return Some(d);
    }
    let c = SHORT.captures(text)?;
    let (day, month) = match (c.get(1), c.get(2)) {
        (Some(d), Some(m)) => (d.as_str(), m.as_str()),
        _ => (c.get(4)?.as_str(), c.get(3)?.as_str()),
    };
    let month = crate::text::dates::month_abbreviated(month)?;
    NaiveDate::from_ymd_opt(c[5].parse().ok()?, month, day.parse().ok()?)
}

/// Whether a day one off the UTC day of `utc` can be that moment's day in
/// some time zone: zones run from 12 hours behind UTC to 14 ahead.
fn reachable(utc: DateTime<FixedOffset>, day: NaiveDate) -> bool {
    let minutes = utc.hour() * 60 + utc.minute();
    let utc_day = utc.date_naive();
    (day.succ_opt() == Some(utc_day) && minutes < 12 * 60)
        || (day.pred_opt() == Some(utc_day) && minutes >= 10 * 60)
}

/// The day the page shows for the moment `utc` its metadata states in UTC,
/// when it is another day than UTC's: from a `<time>` element stating the
/// same moment (with the outlet's offset, or in UTC with the local date as
/// its text), else from the date line of the article's text (`text`).
/// `None` when the moment has an offset of its own, the page shows no
/// other day, or the day shown cannot be that moment's.
pub(super) fn shown_day(
    utc: DateTime<FixedOffset>,
    times: &[TimeTag],
    text: Option<NaiveDate>,
) -> Option<NaiveDate> {
    if utc.offset().local_minus_utc() != 0 {
        return None;
    }
    let mut same_moment = times.iter().filter(|t| {
        t.datetime
            .as_deref()
            .and_then(moment)
            .is_some_and(|m| (m - utc).num_seconds().abs() <= 120)
    });
    let from_times = same_moment.find_map(|t| {
        let m = t.datetime.as_deref().and_then(moment)?;
        if m.offset().local_minus_utc() != 0 {
            return Some(m.date_naive());
        }
        shown_date(&crate::ingest::rules::squash(&t.text))
    });
    from_times.or(text).filter(|d| reachable(utc, *d))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn time(datetime: Option<&str>, text: &str) -> TimeTag {
        TimeTag {
            datetime: datetime.map(str::to_string),
            text: text.to_string(),
        }
    }

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn a_utc_moment_is_the_day_a_time_element_of_the_same_moment_shows() {
        let utc = moment("2027-06-03T02:15:00Z").unwrap();
        // Its text in the outlet's time, in several languages.
        for text in [
            "June 2, 2027 10:15 PM",
            "2 juin 2027, 22h15",
            "2. Juni 2027, 22:15 Uhr",
            "2 de junio de 2027 22:15",
            "2 JUN 2027 10:15 PM",
            "Jun 2 2027, 22:15",
        ] {
            let t = [time(Some("2027-06-03T02:15:00Z"), text)];
            assert_eq!(shown_day(utc, &t, None), Some(day("2027-06-02")), "{text}");
        }
        // Its datetime with the outlet's offset, whatever its text says.
        let utc = moment("2027-11-20T22:40:00+00:00").unwrap();
        let t = [time(Some("2027-11-21T01:40:00+03:00"), "قبل ساعتين")];
        assert_eq!(shown_day(utc, &t, None), Some(day("2027-11-21")));
        let utc = moment("2027-11-20T22:40:00+0000").unwrap();
        assert_eq!(shown_day(utc, &t, None), Some(day("2027-11-21")));
    }

    #[test]
    fn a_utc_moment_is_the_day_of_the_text_s_date_line() {
        let utc = moment("2028-02-10T03:05:00Z").unwrap();
        assert_eq!(
            shown_day(utc, &[], Some(day("2028-02-09"))),
            Some(day("2028-02-09"))
        );
    }

    #[test]
    fn the_metadata_s_day_stays_otherwise() {
        let utc = moment("2027-06-03T02:15:00Z").unwrap();
        // A time element of another moment (a related story's).
        let t = [time(Some("2027-05-30T08:00:00Z"), "May 29, 2027")];
        assert_eq!(shown_day(utc, &t, None), None);
        // Words that are no month.
        let t = [time(Some("2027-06-03T02:15:00Z"), "Vol 2 2027")];
        assert_eq!(shown_day(utc, &t, None), None);
        // The same day shown, or no date shown.
        let t = [time(Some("2027-06-03T02:15:00Z"), "3 June 2027")];
        assert_eq!(shown_day(utc, &t, None), None);
        assert_eq!(shown_day(utc, &[], None), None);
        // A moment with its own offset is the outlet's already.
        let local = moment("2027-06-03T02:15:00+02:00").unwrap();
        assert_eq!(shown_day(local, &[], Some(day("2027-06-02"))), None);
        // A day no time zone can give that moment: 02:15 UTC is never the
        // next day, nor two days before.
        assert_eq!(shown_day(utc, &[], Some(day("2027-06-04"))), None);
        assert_eq!(shown_day(utc, &[], Some(day("2027-06-01"))), None);
        // 13:00 UTC is the day before nowhere.
        let afternoon = moment("2027-06-03T13:00:00Z").unwrap();
        assert_eq!(shown_day(afternoon, &[], Some(day("2027-06-02"))), None);
        // Not a timestamp: a day alone.
        assert!(moment("2027-06-03").is_none());
    }
}
