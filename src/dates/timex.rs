//! TIMEX3 values as strings. Unknown parts are written `X`, never guessed:
//! `XXXX-10-14` is "Oct. 14" without a reference date.
//!
//! The forms used: `2024`, `199X` (decade), `2024-Q3`, `2024-H1`, `2024-SU`,
//! `2024-10`, `2024-W42`, `2024-W42-WE` (weekend), `2024-10-14`,
//! `2024-10-14TEV` (part of day), `T09:30`, `2024-10-14T09:30`, `T14:00Z`
//! (a zone as an ISO 8601 offset), `P3Y` / `PT48H` (durations, and the
//! period of a set: "every month" is `P1M`), `XXXX-WXX-5` (every Friday),
//! `PRESENT_REF`, `PAST_REF`, `FUTURE_REF`.

use super::calendar::Date;
use super::lexicon::Unit;
use std::fmt::Write;

/// A year, or `XXXX`.
pub fn year(year: Option<i32>) -> String {
    match year {
        Some(y) if y < 0 => format!("BC{:04}", -y),
        Some(y) => format!("{y:04}"),
        None => "XXXX".to_string(),
    }
}

/// `2024-10` or `XXXX-10`.
pub fn month(y: Option<i32>, month: u32) -> String {
    format!("{}-{month:02}", year(y))
}

/// `2024-10-14` or `XXXX-10-14`.
pub fn day(y: Option<i32>, month: u32, day: u32) -> String {
    format!("{}-{month:02}-{day:02}", year(y))
}

/// A known date, `2024-10-14`.
pub fn date(date: Date) -> String {
    date.to_string()
}

/// A known date or `XXXX-XX-XX`.
pub fn maybe_date(date: Option<Date>) -> String {
    date.map_or_else(|| "XXXX-XX-XX".to_string(), |d| d.to_string())
}

/// The ISO week of a date, `2024-W42`, or `XXXX-WXX`.
pub fn week(date: Option<Date>) -> String {
    match date {
        Some(d) => {
            let (y, w) = d.iso_week();
            format!("{y:04}-W{w:02}")
        }
        None => "XXXX-WXX".to_string(),
    }
}

/// `2024-Q3`.
pub fn quarter(y: Option<i32>, q: u32) -> String {
    format!("{}-Q{q}", year(y))
}

/// `2024-H1`.
pub fn half(y: Option<i32>, h: u32) -> String {
    format!("{}-H{h}", year(y))
}

/// `2024-SU`.
pub fn season(y: Option<i32>, code: &str) -> String {
    format!("{}-{code}", year(y))
}

/// A clock time, `T09:30`, `T15:23:24`, with a zone offset in minutes when
/// the text names one (`T14:00Z`, `T16:00+01:00`).
pub fn clock(hour: u32, minute: u32, second: Option<u32>, zone: Option<i32>) -> String {
    let mut s = format!("T{hour:02}:{minute:02}");
    if let Some(sec) = second {
        let _ = write!(s, ":{sec:02}");
    }
    match zone {
        Some(0) => s.push('Z'),
        Some(z) => {
            let sign = if z < 0 { '-' } else { '+' };
            let _ = write!(s, "{sign}{:02}:{:02}", z.abs() / 60, z.abs() % 60);
        }
        None => {}
    }
    s
}

/// A duration from parts such as (2, Year), (3, Month): `P2Y3M`. Fractions
/// move to the next smaller unit where it divides evenly ("1.5 hours" is
/// `PT1H30M`); otherwise they stay decimal (`P1.5W`).
pub fn duration(parts: &[(f64, Unit)]) -> String {
    // Totals per ISO designator, in the order P…Y M W D T H M S.
    let mut totals = [0f64; 7]; // Y M W D H Min S
    for &(n, unit) in parts {
        let (slot, factor) = match unit {
            Unit::Century => (0, 100.0),
            Unit::Decade => (0, 10.0),
            Unit::Year => (0, 1.0),
            Unit::Quarter => (1, 3.0),
            Unit::Month => (1, 1.0),
            Unit::Week => (2, 1.0),
            Unit::Day => (3, 1.0),
            Unit::Hour => (4, 1.0),
            Unit::Minute => (5, 1.0),
            Unit::Second => (6, 1.0),
        };
        totals[slot] += n * factor;
    }
    // Carry fractions down: years → months, months → days (30), days → hours,
    // hours → minutes, minutes → seconds. Weeks keep their decimal.
    const CARRY: [(usize, usize, f64); 5] = [(0, 1, 12.0), (1, 3, 30.0), (3, 4, 24.0), (4, 5, 60.0), (5, 6, 60.0)];
    for (from, to, factor) in CARRY {
        let whole = totals[from].trunc();
        let fraction = totals[from] - whole;
        let moved = fraction * factor;
        if fraction > 0.0 && (moved - moved.round()).abs() < 1e-9 {
            totals[from] = whole;
            totals[to] += moved.round();
        }
    }
    let mut s = String::from("P");
    let number = |n: f64| if n.fract() == 0.0 { format!("{}", n as i64) } else { format!("{n}") };
    for (i, designator) in ["Y", "M", "W", "D"].iter().enumerate() {
        if totals[i] > 0.0 {
            let _ = write!(s, "{}{designator}", number(totals[i]));
        }
    }
    if totals[4..].iter().any(|&n| n > 0.0) {
        s.push('T');
        for (i, designator) in ["H", "M", "S"].iter().enumerate() {
            if totals[4 + i] > 0.0 {
                let _ = write!(s, "{}{designator}", number(totals[4 + i]));
            }
        }
    }
    if s == "P" {
        s.push_str("T0S");
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations() {
        assert_eq!(duration(&[(3.0, Unit::Year)]), "P3Y");
        assert_eq!(duration(&[(48.0, Unit::Hour)]), "PT48H");
        assert_eq!(duration(&[(1.5, Unit::Hour)]), "PT1H30M");
        assert_eq!(duration(&[(1.0, Unit::Decade)]), "P10Y");
        assert_eq!(duration(&[(2.0, Unit::Year), (3.0, Unit::Month)]), "P2Y3M");
        assert_eq!(duration(&[(0.5, Unit::Day)]), "PT12H");
    }

    #[test]
    fn clocks() {
        assert_eq!(clock(9, 30, None, None), "T09:30");
        assert_eq!(clock(14, 0, None, Some(0)), "T14:00Z");
        assert_eq!(clock(16, 0, None, Some(60)), "T16:00+01:00");
        assert_eq!(clock(21, 30, None, Some(330)), "T21:30+05:30");
    }
}
