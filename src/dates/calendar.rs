//! Civil dates (proleptic Gregorian): parsing, weekdays and day arithmetic.

/// A calendar date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// The year, e.g. 2024.
    pub year: i32,
    /// 1..=12.
    pub month: u32,
    /// 1..=31.
    pub day: u32,
}

/// Why a date string was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateError(String);

impl std::fmt::Display for DateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for DateError {}

impl Date {
    /// A date if `year-month-day` exists.
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        (1..=12).contains(&month).then_some(())?;
        (1..=days_in_month(year, month)).contains(&day).then_some(Date { year, month, day })
    }

    /// Parses `YYYY-MM-DD`.
    pub fn parse(s: &str) -> Result<Date, DateError> {
        let bad = || DateError(format!("invalid date {s:?}: expected YYYY-MM-DD, e.g. 2024-10-14"));
        let mut parts = s.trim().split('-');
        let (Some(y), Some(m), Some(d), None) = (parts.next(), parts.next(), parts.next(), parts.next()) else {
            return Err(bad());
        };
        if y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return Err(bad());
        }
        let (Ok(year), Ok(month), Ok(day)) = (y.parse(), m.parse(), d.parse()) else { return Err(bad()) };
        Date::new(year, month, day).ok_or_else(bad)
    }

    /// Days since 1970-01-01 (negative before).
    pub fn days_since_epoch(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146097 + doe - 719468
    }

    /// The date `days` after 1970-01-01.
    pub fn from_days_since_epoch(days: i64) -> Date {
        let z = days + 719468;
        let era = z.div_euclid(146097);
        let doe = z - era * 146097;
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    /// The date `n` days later (earlier when negative).
    pub fn add_days(self, n: i64) -> Date {
        Date::from_days_since_epoch(self.days_since_epoch() + n)
    }

    /// The same day `n` months later, clamped to the month's last day.
    pub fn add_months(self, n: i32) -> Date {
        let index = self.year * 12 + self.month as i32 - 1 + n;
        let (year, month) = (index.div_euclid(12), index.rem_euclid(12) as u32 + 1);
        Date { year, month, day: self.day.min(days_in_month(year, month)) }
    }

    /// Day of the week, Monday = 0 … Sunday = 6.
    pub fn weekday(self) -> u32 {
        // 1970-01-01 was a Thursday (3).
        (self.days_since_epoch() + 3).rem_euclid(7) as u32
    }

    /// ISO 8601 week number and its year.
    pub fn iso_week(self) -> (i32, u32) {
        let thursday = self.add_days(3 - i64::from(self.weekday()));
        let jan1 = Date { year: thursday.year, month: 1, day: 1 };
        let week = (thursday.days_since_epoch() - jan1.days_since_epoch()) / 7 + 1;
        (thursday.year, week as u32)
    }

    /// The Monday of this date's week.
    pub fn monday(self) -> Date {
        self.add_days(-i64::from(self.weekday()))
    }

    /// The quarter of the year, 1..=4.
    pub fn quarter(self) -> u32 {
        (self.month - 1) / 3 + 1
    }

    /// The year that puts `month`-`day` nearest to this date: "Oct. 14" in an
    /// article of 2025-01-03 is 2024-10-14, in one of 2024-10-20 it is
    /// 2024-10-14. None when the day never exists (Feb. 30).
    pub fn nearest_year(self, month: u32, day: u32) -> Option<i32> {
        (self.year - 1..=self.year + 1)
            .filter_map(|year| Date::new(year, month, day).map(|d| (year, d)))
            .min_by_key(|&(_, d)| (d.days_since_epoch() - self.days_since_epoch()).abs())
            .map(|(year, _)| year)
    }
}

/// A time of day, the reference instant's when the caller knows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TimeOfDay {
    /// 0..=23.
    pub hour: u32,
    /// 0..=59.
    pub minute: u32,
    /// 0..=59.
    pub second: u32,
}

impl TimeOfDay {
    /// A time if `hour:minute:second` exists.
    pub fn new(hour: u32, minute: u32, second: u32) -> Option<TimeOfDay> {
        (hour < 24 && minute < 60 && second < 60).then_some(TimeOfDay { hour, minute, second })
    }

    /// Seconds since midnight.
    pub fn seconds(self) -> i64 {
        i64::from(self.hour) * 3600 + i64::from(self.minute) * 60 + i64::from(self.second)
    }
}

impl std::fmt::Display for TimeOfDay {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:02}:{:02}:{:02}", self.hour, self.minute, self.second)
    }
}

/// Parses a reference date with an optional time of day: `YYYY-MM-DD` or
/// `YYYY-MM-DDTHH:MM[:SS]` (a space may stand for the `T`). The one parser
/// of the command line, the JSONL reader and the WASM options.
pub fn parse_reference(s: &str) -> Result<(Date, Option<TimeOfDay>), DateError> {
    let s = s.trim();
    let at = 10;
    if !matches!(s.as_bytes().get(at), Some(b'T' | b't' | b' ')) {
        return Ok((Date::parse(s)?, None));
    }
    let bad = || DateError(format!("invalid time in {s:?}: expected YYYY-MM-DDTHH:MM[:SS], e.g. 2024-10-14T09:30"));
    let date = Date::parse(&s[..at])?;
    let mut parts = s[at + 1..].split(':');
    let (Some(h), Some(m), sec, None) = (parts.next(), parts.next(), parts.next(), parts.next()) else {
        return Err(bad());
    };
    let two =
        |p: &str| -> Option<u32> { (p.len() == 2 && p.bytes().all(|b| b.is_ascii_digit())).then(|| p.parse().ok())? };
    let second = match sec {
        None => Some(0),
        Some(p) => two(p),
    };
    let (Some(hour), Some(minute), Some(second)) = (two(h), two(m), second) else { return Err(bad()) };
    let time = TimeOfDay::new(hour, minute, second).ok_or_else(bad)?;
    Ok((date, Some(time)))
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// True for leap years.
pub fn is_leap_year(year: i32) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

/// Number of days in `month` of `year`.
pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints() {
        assert_eq!(Date::parse("2024-10-14").unwrap().to_string(), "2024-10-14");
        assert!(Date::parse("2024-02-30").is_err());
        assert!(Date::parse("14/10/2024").is_err());
    }

    #[test]
    fn parses_references() {
        let date = Date::new(2013, 2, 12).unwrap();
        assert_eq!(parse_reference("2013-02-12"), Ok((date, None)));
        assert_eq!(parse_reference("2013-02-12T04:30"), Ok((date, TimeOfDay::new(4, 30, 0))));
        assert_eq!(parse_reference("2013-02-12T04:30:15"), Ok((date, TimeOfDay::new(4, 30, 15))));
        assert_eq!(parse_reference("2013-02-12 23:59"), Ok((date, TimeOfDay::new(23, 59, 0))));
        for bad in [
            "2013-02-12T24:00",
            "2013-02-12T4:30",
            "2013-02-12T04",
            "2013-02-12T04:30:15:00",
            "2013-02-30T04:30",
            "T04:30",
        ] {
            assert!(parse_reference(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn day_arithmetic_round_trips() {
        let d = Date::new(2024, 2, 28).unwrap();
        assert_eq!(d.add_days(1), Date::new(2024, 2, 29).unwrap());
        assert_eq!(d.add_days(2), Date::new(2024, 3, 1).unwrap());
        assert_eq!(Date::new(2024, 1, 31).unwrap().add_months(1), Date::new(2024, 2, 29).unwrap());
        for n in -1000..1000 {
            assert_eq!(Date::from_days_since_epoch(n).days_since_epoch(), n);
        }
    }

    #[test]
    fn weekdays_and_weeks() {
        assert_eq!(Date::new(2024, 10, 14).unwrap().weekday(), 0); // a Monday
        assert_eq!(Date::new(2013, 2, 12).unwrap().weekday(), 1); // a Tuesday
        assert_eq!(Date::new(2021, 1, 1).unwrap().iso_week(), (2020, 53));
        assert_eq!(Date::new(2024, 10, 20).unwrap().monday(), Date::new(2024, 10, 14).unwrap());
    }

    #[test]
    fn nearest_year_of_a_day() {
        let reference = Date::new(2025, 1, 3).unwrap();
        assert_eq!(reference.nearest_year(10, 14), Some(2024));
        assert_eq!(reference.nearest_year(3, 1), Some(2025));
        assert_eq!(Date::new(2024, 10, 20).unwrap().nearest_year(10, 14), Some(2024));
        assert_eq!(Date::new(2024, 10, 20).unwrap().nearest_year(2, 30), None);
    }
}
