//! Holidays with a calendar rule: fixed days ("Christmas", "Halloween"),
//! the n-th weekday of a month ("Thanksgiving", "MLK Day"), and days counted
//! from Easter, Western or Orthodox ("Good Friday", "Pentecost", "Clean
//! Monday"). Holidays of lunar calendars (Ramadan, Diwali, Passover) need
//! tables that this module does not carry.
//!
//! The year: a following year ("Easter 2010", "MLK day of last year"), or
//! "last"/"next"/"this" before it (the occurrence before or after the
//! reference, or in its year), or else the occurrence nearest the reference
//! date, as for "Oct. 14".

use super::calendar::Date;
use super::lexicon;
use super::timex;
use super::{Found, View};

/// How a holiday's date is found in a given year.
#[derive(Clone, Copy)]
enum Rule {
    /// Month and day.
    Fixed(u32, u32),
    /// The n-th weekday (Monday = 0) of a month; n = -1 is the last.
    Nth(u32, u32, i32),
    /// Days after Western Easter Sunday.
    Easter(i64),
    /// Days after Orthodox Easter Sunday.
    Orthodox(i64),
    /// The day after Thanksgiving.
    BlackFriday,
    /// October 16, moved to Friday from Saturday and to Monday from Sunday.
    BossDay,
    /// The Dutch King's Day: April 27, or the 26th when the 27th is a Sunday.
    KingsDay,
}

/// Holiday names as lower-case words ("'s" tokens are skipped; a final "s"
/// on a text word is allowed: "new years eve", "saint patricks day").
const HOLIDAYS: &[(&[&str], Rule)] = &[
    (&["christmas", "eve"], Rule::Fixed(12, 24)),
    (&["christmas", "day"], Rule::Fixed(12, 25)),
    (&["christmas"], Rule::Fixed(12, 25)),
    (&["xmas"], Rule::Fixed(12, 25)),
    (&["boxing", "day"], Rule::Fixed(12, 26)),
    (&["new", "year", "eve"], Rule::Fixed(12, 31)),
    (&["new", "year", "day"], Rule::Fixed(1, 1)),
    (&["valentine", "day"], Rule::Fixed(2, 14)),
    (&["halloween"], Rule::Fixed(10, 31)),
    (&["st", "patrick", "day"], Rule::Fixed(3, 17)),
    (&["st.", "patrick", "day"], Rule::Fixed(3, 17)),
    (&["saint", "patrick", "day"], Rule::Fixed(3, 17)),
    (&["st", "paddy", "day"], Rule::Fixed(3, 17)),
    (&["saint", "paddy", "day"], Rule::Fixed(3, 17)),
    (&["world", "vegan", "day"], Rule::Fixed(11, 1)),
    (&["thanksgiving", "day"], Rule::Nth(11, 3, 4)),
    (&["thanksgiving"], Rule::Nth(11, 3, 4)),
    (&["black", "friday"], Rule::BlackFriday),
    (&["mlk", "day"], Rule::Nth(1, 0, 3)),
    (&["mlk", "jr.", "day"], Rule::Nth(1, 0, 3)),
    (&["martin", "luther", "king", "day"], Rule::Nth(1, 0, 3)),
    (&["martin", "luther", "king", "jr.", "day"], Rule::Nth(1, 0, 3)),
    (&["civil", "rights", "day"], Rule::Nth(1, 0, 3)),
    (&["presidents", "day"], Rule::Nth(2, 0, 3)),
    (&["memorial", "day"], Rule::Nth(5, 0, -1)),
    (&["labor", "day"], Rule::Nth(9, 0, 1)),
    (&["mother", "day"], Rule::Nth(5, 6, 2)),
    (&["father", "day"], Rule::Nth(6, 6, 3)),
    (&["boss", "day"], Rule::BossDay),
    (&["king", "day"], Rule::KingsDay),
    (&["koningsdag"], Rule::KingsDay),
    (&["easter", "sunday"], Rule::Easter(0)),
    (&["easter", "monday"], Rule::Easter(1)),
    (&["easter", "mon"], Rule::Easter(1)),
    (&["easter"], Rule::Easter(0)),
    (&["good", "friday"], Rule::Easter(-2)),
    (&["holy", "saturday"], Rule::Easter(-1)),
    (&["maundy", "thursday"], Rule::Easter(-3)),
    (&["covenant", "thu"], Rule::Easter(-3)),
    (&["thu", "of", "mysteries"], Rule::Easter(-3)),
    (&["palm", "sunday"], Rule::Easter(-7)),
    (&["branch", "sunday"], Rule::Easter(-7)),
    (&["ash", "wednesday"], Rule::Easter(-46)),
    (&["shrove", "tuesday"], Rule::Easter(-47)),
    (&["mardi", "gras"], Rule::Easter(-47)),
    (&["pancake", "day"], Rule::Easter(-47)),
    (&["ascension", "day"], Rule::Easter(39)),
    (&["pentecost"], Rule::Easter(49)),
    (&["whit", "sunday"], Rule::Easter(49)),
    (&["white", "sunday"], Rule::Easter(49)),
    (&["whit", "monday"], Rule::Easter(50)),
    (&["monday", "of", "the", "holy", "spirit"], Rule::Easter(50)),
    (&["trinity", "sunday"], Rule::Easter(56)),
    (&["orthodox", "easter", "sunday"], Rule::Orthodox(0)),
    (&["orthodox", "easter"], Rule::Orthodox(0)),
    (&["orthodox", "good", "friday"], Rule::Orthodox(-2)),
    (&["orthodox", "great", "friday"], Rule::Orthodox(-2)),
    (&["clean", "monday"], Rule::Orthodox(-48)),
    (&["orthodox", "shrove", "monday"], Rule::Orthodox(-48)),
    (&["lazarus", "saturday"], Rule::Orthodox(-8)),
];

/// Western Easter Sunday of `year` (the anonymous Gregorian computus).
pub fn easter(year: i32) -> Date {
    let a = year % 19;
    let (b, c) = (year / 100, year % 100);
    let (d, e) = (b / 4, b % 4);
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Date { year, month: month as u32, day: day as u32 }
}

/// Orthodox Easter Sunday of `year`, as a Gregorian date (Meeus's Julian
/// computus; the calendars differ by 13 days from 1900 to 2099).
pub fn orthodox_easter(year: i32) -> Date {
    let (a, b, c) = (year % 4, year % 7, year % 19);
    let d = (19 * c + 15) % 30;
    let e = (2 * a + 4 * b - d + 34) % 7;
    let month = (d + e + 114) / 31;
    let day = (d + e + 114) % 31 + 1;
    let julian_offset = i64::from(year / 100 - year / 400 - 2);
    Date { year, month: month as u32, day: day as u32 }.add_days(julian_offset)
}

/// The n-th `weekday` of `month` in `year`; n = -1 is the last.
fn nth_weekday(year: i32, month: u32, weekday: u32, n: i32) -> Option<Date> {
    if n > 0 {
        let first = Date::new(year, month, 1)?;
        let delta = (i64::from(weekday) - i64::from(first.weekday())).rem_euclid(7);
        Some(first.add_days(delta + 7 * i64::from(n - 1)))
    } else {
        let last = Date::new(year, month, super::calendar::days_in_month(year, month))?;
        let delta = (i64::from(last.weekday()) - i64::from(weekday)).rem_euclid(7);
        Some(last.add_days(-delta))
    }
}

/// The holiday's date in `year`.
fn in_year(rule: Rule, year: i32) -> Option<Date> {
    match rule {
        Rule::Fixed(m, d) => Date::new(year, m, d),
        Rule::Nth(m, w, n) => nth_weekday(year, m, w, n),
        Rule::Easter(days) => Some(easter(year).add_days(days)),
        Rule::Orthodox(days) => Some(orthodox_easter(year).add_days(days)),
        Rule::BlackFriday => nth_weekday(year, 11, 3, 4).map(|d| d.add_days(1)),
        Rule::KingsDay => {
            let d = Date::new(year, 4, 27)?;
            Some(if d.weekday() == 6 { d.add_days(-1) } else { d })
        }
        Rule::BossDay => {
            let d = Date::new(year, 10, 16)?;
            Some(match d.weekday() {
                5 => d.add_days(-1),
                6 => d.add_days(1),
                _ => d,
            })
        }
    }
}

/// True when text word `word` is the name's word `name`: case aside, and
/// allowing a final "s" ("years", "patricks").
fn same(word: &str, name: &str) -> bool {
    word.eq_ignore_ascii_case(name)
        || (word.len() == name.len() + 1 && word.ends_with(['s', 'S']) && word[..name.len()].eq_ignore_ascii_case(name))
}

/// True for the possessive tokens that names skip: "'s", "’s", "'".
fn possessive(word: &str) -> bool {
    lexicon::is_one_of(word, &["'s", "’s"])
}

/// The holiday named at `i`: its rule and the index after the name.
fn name_at(view: &View, i: usize) -> Option<(Rule, usize)> {
    let first = view.word(i);
    let mut best: Option<(Rule, usize)> = None;
    for &(words, rule) in HOLIDAYS {
        if !same(first, words[0]) {
            continue;
        }
        let mut at = i + 1;
        let mut ok = true;
        for name in &words[1..] {
            while possessive(view.word(at)) {
                at += 1;
            }
            if !same(view.word(at), name) {
                ok = false;
                break;
            }
            at += 1;
        }
        if ok && best.is_none_or(|(_, end)| at > end) {
            best = Some((rule, at));
        }
    }
    best
}

/// A holiday at `i`: "Christmas", "last Easter", "Thanksgiving 2013",
/// "black friday of this year".
pub fn date(view: &View, i: usize) -> Option<Found> {
    let word = view.word(i);
    if !word.as_bytes().first()?.is_ascii_alphabetic() {
        return None;
    }
    let (direction, start) = if lexicon::is_one_of(word, &["last", "next", "this"]) {
        (Some(word.to_ascii_lowercase()), i + 1)
    } else {
        (None, i)
    };
    let (rule, mut end) = name_at(view, start)?;
    let reference = view.reference;
    // An explicit year: "Easter 2010", "of this year", "of next year", "of last year".
    let mut year = None;
    if let Some(y) = view.int(end).filter(|_| view.word(end).len() == 4) {
        year = Some(y as i32);
        end += 1;
    } else if view.is(end, "of") && view.is(end + 2, "year") {
        let shift = match view.word(end + 1).to_ascii_lowercase().as_str() {
            "this" => Some(0),
            "next" => Some(1),
            "last" => Some(-1),
            _ => None,
        };
        if let (Some(shift), Some(r)) = (shift, reference) {
            year = Some(r.year + shift);
            end += 3;
        }
    }
    let date = match (year, reference) {
        (Some(y), _) => in_year(rule, y),
        (None, None) => None,
        (None, Some(r)) => {
            let candidates = (r.year - 1..=r.year + 1).filter_map(|y| in_year(rule, y));
            let days = |d: &Date| d.days_since_epoch() - r.days_since_epoch();
            match direction.as_deref() {
                Some("last") => candidates.filter(|d| days(d) < 0).max(),
                Some("next") => candidates.filter(|d| days(d) > 0).min(),
                Some(_) => in_year(rule, r.year),
                None => candidates.min_by_key(|d| days(d).abs()),
            }
        }
    };
    let value = match (date, rule) {
        (Some(d), _) => timex::date(d),
        (None, Rule::Fixed(m, d)) => timex::day(None, m, d),
        (None, _) => "XXXX-XX-XX".to_string(),
    };
    Some(Found::date(end, value))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn computus() {
        assert_eq!(easter(2013).to_string(), "2013-03-31");
        assert_eq!(easter(2024).to_string(), "2024-03-31");
        assert_eq!(easter(2010).to_string(), "2010-04-04");
        assert_eq!(orthodox_easter(2018).to_string(), "2018-04-08");
        assert_eq!(orthodox_easter(2024).to_string(), "2024-05-05");
    }

    #[test]
    fn holidays() {
        cases!(Date::new(2024, 10, 20);
            "Christmas" => DATE "2024-12-25",
            "Christmas Day" => DATE "2024-12-25",
            "last Christmas" => DATE "2023-12-25",
            "Thanksgiving" => DATE "2024-11-28",
            "Easter 2010" => DATE "2010-04-04",
            "Good Friday" => DATE "2025-04-18",
            "New Year's Eve" => DATE "2024-12-31",
            "MLK Day of last year" => DATE "2023-01-16",
            "Black Friday" => DATE "2024-11-29",
            "King's Day 2014" => DATE "2014-04-26",
        );
    }
}
