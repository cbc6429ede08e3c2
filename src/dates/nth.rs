//! Days and weeks counted inside a month or a year: "the first Monday of
//! this month", "last Friday of October", "the third Tuesday of September
//! 2014", "the 20th of next month", "the last day of October 2015", "the
//! fifth last day of May", "the first week of October 2014", "the third last
//! week of 2018", "the last weekend of October"; and "the week of Oct. 7".
//!
//! Weeks are Monday-first and whole: the first week of a month is the one
//! whose Monday is its first Monday, the last week the last one that ends
//! inside it. A weekend is the one of the month's n-th (or last) Friday.

use super::calendar::{days_in_month, Date};
use super::lexicon;
use super::timex;
use super::{Found, View};

/// What is counted.
#[derive(Clone, Copy, PartialEq)]
enum Counted {
    Weekday(u32),
    Day,
    Week,
    Weekend,
}

/// A counted day or week at `i`.
pub fn date(view: &View, i: usize) -> Option<Found> {
    let at = view.skip(i, "the");
    let word = view.word(at);
    // The selector: "third", "3rd", "20", "last", "second last".
    let (n, from_end, mut next) = if word.eq_ignore_ascii_case("last") {
        (1, true, at + 1)
    } else if let Some(n) =
        lexicon::ordinal(word).or_else(|| view.int(at).filter(|d| (1..=31).contains(d) && view.word(at).len() <= 2))
    {
        if view.is(at + 1, "last") {
            (n, true, at + 2)
        } else {
            (n, false, at + 1)
        }
    } else {
        return None;
    };
    let plain_number = view.is_digit(at) && view.int(at).is_some();
    let counted = if let Some(w) = lexicon::weekday(view.word(next)) {
        next += 1;
        Counted::Weekday(w)
    } else if view.is(next, "day") {
        next += 1;
        Counted::Day
    } else if view.any(next, &["weekend", "week-end", "wkend"]) {
        next += 1;
        Counted::Weekend
    } else if view.is(next, "week") && view.is(next + 1, "end") {
        next += 2;
        Counted::Weekend
    } else if view.is(next, "week") {
        next += 1;
        Counted::Week
    } else if view.is(next, "of") && !from_end {
        Counted::Day
    } else {
        return None;
    };
    if plain_number && counted != Counted::Day {
        return None;
    }
    if !view.any(next, &["of", "in"]) {
        return None;
    }
    // The period; "the next month" is read as "next month", not a duration.
    // Only plain periods: a counted period inside another would recurse.
    let period = super::time::calendar_day(view, next + 1)
        .filter(|p| !p.timex.starts_with('P'))
        .or_else(|| super::relative::this_unit(view, next + 1))
        .or_else(|| view.is(next + 1, "the").then(|| super::time::calendar_day(view, next + 2)).flatten())?;
    let (first, last) = bounds(&period.timex)?;
    let value = match counted {
        Counted::Day => {
            let day = if from_end { last.add_days(1 - i64::from(n)) } else { first.add_days(i64::from(n) - 1) };
            (day <= last && day >= first).then(|| timex::date(day))?
        }
        Counted::Weekday(w) => {
            let day = if from_end {
                let back = (i64::from(last.weekday()) - i64::from(w)).rem_euclid(7);
                last.add_days(-back - 7 * (i64::from(n) - 1))
            } else {
                let ahead = (i64::from(w) - i64::from(first.weekday())).rem_euclid(7);
                first.add_days(ahead + 7 * (i64::from(n) - 1))
            };
            (day <= last && day >= first).then(|| timex::date(day))?
        }
        Counted::Week => {
            let monday = if from_end {
                let sunday = last.add_days(-((i64::from(last.weekday()) + 1) % 7));
                sunday.add_days(-6 - 7 * (i64::from(n) - 1))
            } else {
                first.add_days((7 - i64::from(first.weekday())) % 7 + 7 * (i64::from(n) - 1))
            };
            (monday >= first && monday.add_days(6) <= last).then(|| timex::week(Some(monday)))?
        }
        Counted::Weekend => {
            let friday = if from_end {
                last.add_days(-((i64::from(last.weekday()) + 7 - 4) % 7) - 7 * (i64::from(n) - 1))
            } else {
                first.add_days((4 + 7 - i64::from(first.weekday())) % 7 + 7 * (i64::from(n) - 1))
            };
            (friday >= first && friday <= last).then(|| format!("{}-WE", timex::week(Some(friday))))?
        }
    };
    Some(Found::date(period.end, value))
}

/// "the week of Oct. 7", "week of October 6th": the week of that day. A
/// Sunday names the week it begins (the US calendar's, where this phrase is
/// at home): "the week of Oct. 6, 2013" is the working week from Oct. 7.
pub fn week_of(view: &View, i: usize) -> Option<Found> {
    let at = view.skip(i, "the");
    if !view.is(at, "week") {
        return None;
    }
    // "the week of Oct. 7"; "the week beginning Feb. 4" and "the week
    // ending Feb. 10": the seven days from or to that day.
    let anchor = if view.is(at + 1, "of") {
        None
    } else if view.any(at + 1, &["beginning", "starting", "commencing", "from"]) {
        Some(true)
    } else if view.is(at + 1, "ending") {
        Some(false)
    } else {
        return None;
    };
    let day = super::time::calendar_day(view, at + 2).filter(|d| super::range::is_day(&d.timex))?;
    let value = match (Date::parse(&day.timex), anchor) {
        (Ok(d), Some(true)) if d.weekday() == 0 => timex::week(Some(d)),
        (Ok(d), Some(true)) => format!("{d}/{}", d.add_days(6)),
        (Ok(d), Some(false)) => format!("{}/{d}", d.add_days(-6)),
        (Ok(d), None) if d.weekday() == 6 => timex::week(Some(d.add_days(1))),
        (Ok(d), None) => timex::week(Some(d)),
        (Err(_), _) => "XXXX-WXX".to_string(),
    };
    Some(Found::date(day.end, value))
}

/// The first and last day of a month (`2013-10`) or a year (`2013`) value.
pub(super) fn bounds(value: &str) -> Option<(Date, Date)> {
    let year: i32 = value.get(..4)?.parse().ok()?;
    match value.len() {
        4 => Some((Date::new(year, 1, 1)?, Date::new(year, 12, 31)?)),
        7 if value.as_bytes()[4] == b'-' => {
            let month: u32 = value[5..].parse().ok()?;
            Some((Date::new(year, month, 1)?, Date::new(year, month, days_in_month(year, month))?))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use crate::dates::calendar::Date;

    #[test]
    fn counted_days_and_weeks() {
        cases!(Date::new(2013, 2, 12);
            "the [first Monday of this month]" => DATE "2013-02-04",
            "first monday of last month" => DATE "2013-01-07",
            "the [third Tuesday of September 2014]" => DATE "2014-09-16",
            "last Friday of October 2013" => DATE "2013-10-25",
            "the [20th of next month]" => DATE "2013-03-20",
            "the [last day of October 2015]" => DATE "2015-10-31",
            "the [fifth last day of May 2013]" => DATE "2013-05-27",
            "the [first week of October 2014]" => DATE "2014-W41",
            "the [last week of September 2014]" => DATE "2014-W39",
            "the [third last week of 2018]" => DATE "2018-W50",
            "the [last weekend of October 2013]" => DATE "2013-W43-WE",
            "the [week of Oct. 7, 2013]" => DATE "2013-W41",
            "Ships leave the [week beginning Feb. 4, 2013]" => DATE "2013-W06",
            "the [week starting Feb. 6, 2013]" => DATE "2013-02-06/2013-02-12",
            "the [week ending Feb. 10, 2013]" => DATE "2013-02-04/2013-02-10",
            "the [week of Oct. 6, 2013]" => DATE "2013-W41",
            "the [week of Oct. 5, 2013]" => DATE "2013-W40",
            "Talks are planned for the [week of October 7th]" => DATE "2013-W41",
            "the week of the election" => NONE,
        );
    }
}
