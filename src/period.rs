//! Themes limited to a period: `from`/`to` (inclusive dates) or `last =
//! "30 days"` counted back from the build date, and whether articles
//! without a stated date count. An article's own date decides, never the
//! dates mentioned in its text.

use chrono::{Days, Months, NaiveDate};

/// The unit of a `last` span.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unit {
    /// Calendar days.
    Day,
    /// Seven days.
    Week,
    /// Calendar months (a day of the month that does not exist is the month's last).
    Month,
}

/// `last = "<n> <unit>"`: the `n` units up to and including the build date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Last {
    /// How many units.
    pub(crate) count: u32,
    /// Days, weeks or months.
    pub(crate) unit: Unit,
}

/// The most units `last` may count back (about 100 years of days).
const MAX_LAST: u32 = 36_600;

impl Last {
    /// Parses "30 days", "1 week", "6 months" (singular or plural, any case).
    /// The error says what was wrong, for a message with a hint.
    pub(crate) fn parse(s: &str) -> std::result::Result<Last, String> {
        let words: Vec<&str> = s.split_whitespace().collect();
        let [n, unit] = words[..] else {
            return Err(format!("`{s}` is not a span: expected a number and a unit"));
        };
        let count: u32 = n
            .parse()
            .map_err(|_| format!("`{n}` is not a whole number"))?;
        if count == 0 || count > MAX_LAST {
            return Err(format!(
                "the number must be between 1 and {MAX_LAST}, not {count}"
            ));
        }
        let unit = match unit.to_lowercase().as_str() {
            "day" | "days" => Unit::Day,
            "week" | "weeks" => Unit::Week,
            "month" | "months" => Unit::Month,
            "year" | "years" => {
                return Err(format!(
                    "years are not a unit here: write `{} months`",
                    u64::from(count) * 12
                ));
            }
            other => return Err(format!("`{other}` is not a unit")),
        };
        Ok(Last { count, unit })
    }

    /// The first day of the span ending on `today` (inclusive): "30 days"
    /// on September 30 starts on September 1.
    pub(crate) fn start(&self, today: NaiveDate) -> NaiveDate {
        let back = match self.unit {
            Unit::Day => today.checked_sub_days(Days::new(u64::from(self.count))),
            Unit::Week => today.checked_sub_days(Days::new(7 * u64::from(self.count))),
            Unit::Month => today.checked_sub_months(Months::new(self.count)),
        };
        back.and_then(|d| d.succ_opt()).unwrap_or(NaiveDate::MIN)
    }

    /// "30 days", "1 week".
    pub(crate) fn describe(&self) -> String {
        let unit = match self.unit {
            Unit::Day => "day",
            Unit::Week => "week",
            Unit::Month => "month",
        };
        format!(
            "{} {unit}{}",
            self.count,
            if self.count == 1 { "" } else { "s" }
        )
    }
}

/// The period of a theme: which articles it reads, by their own date.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Period {
    /// First day included; none: no lower bound.
    pub(crate) from: Option<NaiveDate>,
    /// Last day included; none: no upper bound.
    pub(crate) to: Option<NaiveDate>,
    /// `last = "…"`, as written; [`Period::resolve`] turns it into `from`/`to`.
    pub(crate) last: Option<Last>,
    /// Whether articles without a stated date are read (the default).
    pub(crate) exclude_undated: bool,
}

impl Period {
    /// Whether the period leaves any article out.
    pub(crate) fn is_limited(&self) -> bool {
        self.from.is_some() || self.to.is_some() || self.last.is_some() || self.exclude_undated
    }

    /// The period with `last` counted back from `today` (the build date):
    /// `from`/`to` set, `last` kept for the wording.
    pub(crate) fn resolve(&self, today: NaiveDate) -> Period {
        let mut p = self.clone();
        if let Some(l) = self.last {
            p.from = Some(l.start(today));
            p.to = Some(today);
        }
        p
    }

    /// Whether an article dated `date` falls in the (resolved) period.
    pub(crate) fn contains(&self, date: Option<NaiveDate>) -> bool {
        match date {
            None => !self.exclude_undated,
            Some(d) => self.from.is_none_or(|f| d >= f) && self.to.is_none_or(|t| d <= t),
        }
    }

    /// The period in words: "September 1 – October 31, 2023", "the last 30
    /// days (September 1 – 30, 2023)", "since May 4, 2020", "all dates".
    pub(crate) fn label(&self) -> String {
        let range = match (self.from, self.to) {
            (Some(f), Some(t)) => range_label(f, t),
            (Some(f), None) => format!("since {}", long(f)),
            (None, Some(t)) => format!("until {}", long(t)),
            (None, None) => "all dates".to_string(),
        };
        match (self.last, self.from) {
            (Some(l), Some(_)) => format!("the last {} ({range})", l.describe()),
            (Some(l), None) => format!("the last {}", l.describe()),
            _ => range,
        }
    }

    /// The period with the command line's `--from`/`--to`/`--last`: any of
    /// them replaces the configured bounds (`undated` is kept).
    pub(crate) fn overridden(&self, o: &Override) -> Period {
        if o.from.is_none() && o.to.is_none() && o.last.is_none() {
            return self.clone();
        }
        Period {
            from: o.from,
            to: o.to,
            last: o.last,
            exclude_undated: self.exclude_undated,
        }
    }
}

/// `--from`, `--to` and `--last`, checked.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Override {
    /// `--from`.
    pub(crate) from: Option<NaiveDate>,
    /// `--to`.
    pub(crate) to: Option<NaiveDate>,
    /// `--last`.
    pub(crate) last: Option<Last>,
}

/// "September 19, 2023".
fn long(d: NaiveDate) -> String {
    d.format("%B %-d, %Y").to_string()
}

/// "September 1 – October 31, 2023", "September 1 – 30, 2023",
/// "December 1, 2022 – January 31, 2023", "May 4, 2020" (one day).
fn range_label(f: NaiveDate, t: NaiveDate) -> String {
    use chrono::Datelike;
    if f == t {
        long(f)
    } else if f.year() != t.year() {
        format!("{} – {}", long(f), long(t))
    } else if f.month() != t.month() {
        format!("{} – {}", f.format("%B %-d"), long(t))
    } else {
        format!("{} – {}", f.format("%B %-d"), t.format("%-d, %Y"))
    }
}

/// Parses a date given on the command line: YYYY-MM-DD.
pub(crate) fn parse_date(s: &str) -> std::result::Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
        .map_err(|e| format!("`{s}` is not a date ({e})"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        parse_date(s).unwrap()
    }

    #[test]
    fn spans_parse_in_days_weeks_and_months() {
        for (s, count, unit) in [
            ("30 days", 30, Unit::Day),
            ("1 day", 1, Unit::Day),
            ("2 Weeks", 2, Unit::Week),
            ("1 week", 1, Unit::Week),
            ("6 months", 6, Unit::Month),
            ("  1   MONTH ", 1, Unit::Month),
        ] {
            assert_eq!(Last::parse(s), Ok(Last { count, unit }), "{s}");
        }
        // Counter-examples: what is not a span, and why.
        for (s, why) in [
            ("30", "a number and a unit"),
            ("days", "a number and a unit"),
            ("thirty days", "whole number"),
            ("-3 days", "whole number"),
            ("0 days", "between 1"),
            ("2 fortnights", "not a unit"),
            ("1 year", "12 months"),
            ("30 days ago", "a number and a unit"),
            ("", "a number and a unit"),
        ] {
            let e = Last::parse(s).unwrap_err();
            assert!(e.contains(why), "{s}: {e}");
        }
    }

    #[test]
    fn last_counts_back_from_the_build_date_inclusive() {
        let today = d("2023-09-30");
        let l = |s| Last::parse(s).unwrap().start(today);
        assert_eq!(l("30 days"), d("2023-09-01"));
        assert_eq!(l("1 day"), today);
        assert_eq!(l("1 week"), d("2023-09-24"));
        assert_eq!(l("1 month"), d("2023-08-31"));
        assert_eq!(l("12 months"), d("2022-10-01"));
        // A day the earlier month lacks: its last day, then the next.
        assert_eq!(
            Last::parse("1 month").unwrap().start(d("2023-03-31")),
            d("2023-03-01")
        );
    }

    #[test]
    fn the_article_date_decides_and_undated_follow_the_setting() {
        let p = Period {
            from: Some(d("2023-09-01")),
            to: Some(d("2023-10-31")),
            ..Period::default()
        };
        assert!(p.contains(Some(d("2023-09-01"))));
        assert!(p.contains(Some(d("2023-10-31"))));
        assert!(p.contains(None));
        assert!(!p.contains(Some(d("2023-08-31"))));
        assert!(!p.contains(Some(d("2023-11-01"))));
        let strict = Period {
            exclude_undated: true,
            ..p.clone()
        };
        assert!(!strict.contains(None));
        assert!(strict.is_limited());
        assert!(!Period::default().is_limited());
        assert!(Period::default().contains(None));
        // Open ends.
        let since = Period {
            from: Some(d("2020-05-04")),
            ..Period::default()
        };
        assert!(since.contains(Some(d("2024-01-01"))));
        assert!(!since.contains(Some(d("2020-05-03"))));
    }

    #[test]
    fn labels_name_the_exact_period() {
        let p = |f: Option<&str>, t: Option<&str>| Period {
            from: f.map(d),
            to: t.map(d),
            ..Period::default()
        };
        assert_eq!(
            p(Some("2023-09-01"), Some("2023-10-31")).label(),
            "September 1 – October 31, 2023"
        );
        assert_eq!(
            p(Some("2023-09-01"), Some("2023-09-30")).label(),
            "September 1 – 30, 2023"
        );
        assert_eq!(
            p(Some("2022-12-01"), Some("2023-01-31")).label(),
            "December 1, 2022 – January 31, 2023"
        );
        assert_eq!(p(Some("2020-05-04"), None).label(), "since May 4, 2020");
        assert_eq!(p(None, Some("2020-05-04")).label(), "until May 4, 2020");
        assert_eq!(p(None, None).label(), "all dates");
        let last = Period {
            last: Some(Last::parse("30 days").unwrap()),
            ..Period::default()
        };
        assert_eq!(last.label(), "the last 30 days");
        assert_eq!(
            last.resolve(d("2023-09-30")).label(),
            "the last 30 days (September 1 – 30, 2023)"
        );
    }

    #[test]
    fn command_line_bounds_replace_the_configured_ones() {
        let configured = Period {
            from: Some(d("2023-09-01")),
            to: Some(d("2023-10-31")),
            last: None,
            exclude_undated: true,
        };
        assert_eq!(configured.overridden(&Override::default()), configured);
        let o = Override {
            last: Some(Last::parse("2 weeks").unwrap()),
            ..Override::default()
        };
        let p = configured.overridden(&o);
        assert_eq!((p.from, p.to, p.last), (None, None, o.last));
        assert!(p.exclude_undated, "undated = exclude is kept");
        let o = Override {
            from: Some(d("2024-01-01")),
            ..Override::default()
        };
        let p = configured.overridden(&o);
        assert_eq!((p.from, p.to), (Some(d("2024-01-01")), None));
    }

    #[test]
    fn dates_on_the_command_line() {
        assert_eq!(parse_date("2023-09-01"), Ok(d("2023-09-01")));
        for bad in [
            "2023-13-01",
            "2023-02-30",
            "01.09.2023",
            "2023-9",
            "yesterday",
        ] {
            assert!(parse_date(bad).is_err(), "{bad}");
        }
    }
}
