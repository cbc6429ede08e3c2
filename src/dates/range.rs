//! Ranges of days or times: "July 13-15", "from 13 to 15 July", "Aug 8 -
//! Aug 12", "9:30 - 11:00", "between 3:30pm and 6 pm", "3-4pm", "8am until
//! 6", "9:30 - 11:00 on Thursday", "Thursday from 9:30 to 11:00".
//!
//! TIMEX3 has no value for a range (it uses two TIMEX3s and a link), so a
//! range is one span whose value is an ISO 8601 interval of its two ends,
//! each at its own precision and the end inclusive: `2024-07-13/2024-07-15`,
//! `T09:30/T11:00`. A day or zone written once applies to both ends, and
//! "3:30 to 6 PM" is afternoon at both ends. A range read here with a word
//! ("to", "and", "until") leaves the recogniser as two spans, each with its
//! end's value (ANNOTATION.md splits word ranges; `super::parts`); a compact
//! one ("July 13-15", "9:30 - 11:00") stays one span with the interval.

use super::absolute;
use super::lexicon;
use super::{Found, View};
use crate::document::Label;

/// True for a day's value: `2024-07-13`, `XXXX-07-13`.
pub fn is_day(value: &str) -> bool {
    let b = value.as_bytes();
    b.len() == 10 && b[4] == b'-' && b[7] == b'-'
}

/// A clock value split into its day (may be empty), clock and zone:
/// `2024-10-14T09:30Z` → ("2024-10-14", "09:30", "Z").
fn split_clock(value: &str) -> Option<(&str, &str, &str)> {
    let t = value.find('T')?;
    let (day, rest) = (&value[..t], &value[t + 1..]);
    if !rest.as_bytes().first()?.is_ascii_digit() {
        return None;
    }
    let zone_at = rest.find(['Z', '+', '-']).unwrap_or(rest.len());
    Some((day, &rest[..zone_at], &rest[zone_at..]))
}

/// True when token `i` joins two ends of a range.
fn connector(view: &View, i: usize, between: bool) -> bool {
    view.any(i, &["-", "–", "—", "to", "through", "thru", "till", "until", "untill"]) || (between && view.is(i, "and"))
}

/// True when the tokens `start..end` write am or pm.
fn has_meridiem(view: &View, start: usize, end: usize) -> bool {
    (start..end).any(|i| {
        let w = view.word(i).to_ascii_lowercase();
        w.ends_with("am") || w.ends_with("pm") || w.ends_with("a.m.") || w.ends_with("p.m.") || w == "m"
    })
}

/// Extends `first`, found at `start`, into a range when a connector and a
/// second end follow.
pub fn extend(view: &View, start: usize, first: Found) -> Found {
    extend_with(view, start, first, true)
}

/// [`extend`], with "Thursday from 9:30 to 11:00" read only when
/// `day_then_times` (once: "Monday from Monday from …" must not recurse).
fn extend_with(view: &View, start: usize, first: Found, day_then_times: bool) -> Found {
    let between = start > 0 && view.any(start - 1, &["between", "from"]);
    let at = first.end;
    // "4pm for 30 minutes": a time and how long, a range of times.
    if view.is(at, "for") && !first.timex.contains('/') {
        if let Some(range) = for_how_long(view, &first, at + 1) {
            return range;
        }
    }
    // "Thursday from 9:30 to 11:00": a day, then a range of times.
    if day_then_times && is_day(&first.timex) && view.is(at, "from") {
        let times = super::find_single(view, at + 1).map(|f| extend_with(view, at + 1, f, false));
        if let Some(times) = times.filter(|f| f.timex.contains('/') && f.timex.starts_with('T')) {
            let (a, b) = times.timex.split_once('/').unwrap_or_default();
            return Found::time(times.end, format!("{0}{a}/{0}{b}", first.timex));
        }
    }
    // "Thursday 9-11am", "Oct. 14, 3-4pm": a day, then a range of times written as one.
    if is_day(&first.timex) {
        if let Some(times) = clock_token(view, view.skip(at, ",")) {
            let (a, b) = times.timex.split_once('/').unwrap_or_default();
            return Found::time(times.end, format!("{0}{a}/{0}{b}", first.timex));
        }
    }
    // "1pm-2pm tomorrow", "3-4pm on Thursday": a range of times, then its day.
    if first.timex.starts_with('T') && first.timex.contains('/') {
        let day_at = if view.any(at, &["on", ","]) { at + 1 } else { at };
        if let Some(day) = super::time::calendar_day(view, day_at).filter(|d| is_day(&d.timex)) {
            let (a, b) = first.timex.split_once('/').unwrap_or_default();
            return Found::time(day.end, format!("{0}{a}/{0}{b}", day.timex));
        }
    }
    if !connector(view, at, between) {
        return first;
    }
    let next = at + 1;
    // "July 13 to 15", "August 27th - 29th": a bare day after a day.
    if is_day(&first.timex) {
        if let Some((day, end)) = absolute::day_number(view, view.skip(next, "the")) {
            if lexicon::month(view.word(end)).is_none() && !view.is(end, "of") {
                let second = format!("{}{day:02}", &first.timex[..8]);
                if second[8..] > first.timex[8..] {
                    return Found::date(end, format!("{}/{second}", first.timex));
                }
            }
        }
    }
    let Some(second) = super::longest(view, next) else {
        return bare_hour_end(view, &first, next).unwrap_or(first);
    };
    if is_day(&first.timex) && is_day(&second.timex) {
        // "Monday to Oct. 5" backwards is no range.
        if first.timex >= second.timex && !first.timex.starts_with('X') {
            return first;
        }
        return Found::date(second.end, format!("{}/{}", first.timex, second.timex));
    }
    let (Some((day_a, clock_a, zone_a)), Some((day_b, clock_b, zone_b))) =
        (split_clock(&first.timex), split_clock(&second.timex))
    else {
        return first;
    };
    let day = if day_a.is_empty() { day_b } else { day_a };
    let day_b = if day_b.is_empty() { day } else { day_b };
    let zone_a = if zone_a.is_empty() { zone_b } else { zone_a };
    let clock_a = afternoon_start(clock_a, clock_b, has_meridiem(view, start, first.end));
    Found::time(second.end, format!("{day}T{clock_a}{zone_a}/{day_b}T{clock_b}{zone_b}"))
}

/// A clock `first` and a duration of at most a day at `i`: the range from
/// one to the other's end, `T16:00/T16:30`.
fn for_how_long(view: &View, first: &Found, i: usize) -> Option<Found> {
    let (day, clock, zone) = split_clock(&first.timex)?;
    let hour: i64 = clock.get(..2)?.parse().ok()?;
    let minute: i64 = clock.get(3..5)?.parse().ok()?;
    let length = super::duration::duration(view, i).filter(|f| f.label == Label::Time)?;
    // PT30M, PT1H30M, PT2H: minutes.
    let body = length.timex.strip_prefix("PT")?;
    let (mut minutes, mut number) = (0i64, 0i64);
    for c in body.chars() {
        match c {
            '0'..='9' => number = number * 10 + i64::from(c as u8 - b'0'),
            'H' => (minutes, number) = (minutes + 60 * number, 0),
            'M' => (minutes, number) = (minutes + number, 0),
            _ => return None,
        }
    }
    let end = hour * 60 + minute + minutes;
    if minutes == 0 || end >= 24 * 60 {
        return None;
    }
    Some(Found::time(length.end, format!("{}/{day}T{:02}:{:02}{zone}", first.timex, end / 60, end % 60)))
}

/// "3:30 to 6 PM": the first end is pm too when it has no am/pm of its own
/// and moving it twelve hours keeps it before the second.
fn afternoon_start(clock_a: &str, clock_b: &str, written: bool) -> String {
    let hour = |c: &str| c.get(..2).and_then(|h| h.parse::<u32>().ok());
    match (hour(clock_a), hour(clock_b)) {
        (Some(a), Some(b)) if !written && a < 12 && b >= 12 && a + 12 <= b => format!("{:02}{}", a + 12, &clock_a[2..]),
        _ => clock_a.to_string(),
    }
}

/// "8am until 6": a bare hour ends a range of times, pm when the start is
/// pm or the hour would come before the start.
fn bare_hour_end(view: &View, first: &Found, next: usize) -> Option<Found> {
    let (day, clock_a, zone) = split_clock(&first.timex)?;
    let hour = view.int(next).filter(|h| (1..=12).contains(h) && view.word(next).len() <= 2)?;
    let start_hour: u32 = clock_a.get(..2)?.parse().ok()?;
    let hour = if start_hour >= 12 || hour <= start_hour { hour + 12 } else { hour };
    Some(Found::time(next + 1, format!("{}/{day}T{hour:02}:00{zone}", first.timex)))
}

/// A range that starts with a bare day: "13 to 15 July", "from the 13th to
/// the 15th of July", "23rd to 26th Oct", and one-token "1-8 September".
pub fn bare_day_first(view: &View, i: usize) -> Option<Found> {
    let at = view.skip(i, "the");
    // "1-8 september", "13-15 July"
    let word = view.word(at);
    if let Some((a, b)) = lexicon::split_at_hyphen(word) {
        let (a, b): (u32, u32) = (a.parse().ok()?, b.parse().ok()?);
        if !(1..=31).contains(&a) || !(1..=31).contains(&b) || a >= b {
            return None;
        }
        let month_at = view.skip(at + 1, "of");
        let month = lexicon::month(view.word(month_at))?;
        let (year, end) = match view.int(month_at + 1).filter(|y| *y > 999 && view.word(month_at + 1).len() == 4) {
            Some(y) => (format!("{y:04}"), month_at + 2),
            None => match view.reference.and_then(|r| super::tense::year_of_day(r, month, a, || view.lean(i))) {
                Some(y) => (format!("{y:04}"), month_at + 1),
                None => ("XXXX".to_string(), month_at + 1),
            },
        };
        return Some(Found::date(end, format!("{year}-{month:02}-{a:02}/{year}-{month:02}-{b:02}")));
    }
    let (day, after) = absolute::day_number(view, at)?;
    if !connector(view, after, true) || !view.is_digit(at) && lexicon::ordinal(word).is_none() {
        return None;
    }
    let second = absolute::date(view, after + 1).filter(|f| is_day(&f.timex))?;
    let first = format!("{}{day:02}", &second.timex[..8]);
    (first < second.timex).then(|| Found::date(second.end, format!("{first}/{}", second.timex)))
}

/// A month and a one-token range of days: "July 13-15", "July 13-15, 2013".
pub fn month_then_days(view: &View, i: usize) -> Option<Found> {
    let month = lexicon::month(view.word(i))?;
    let (a, b) = lexicon::split_at_hyphen(view.word(i + 1))?;
    let (a, b): (u32, u32) = (a.parse().ok()?, b.parse().ok()?);
    if !(1..=31).contains(&a) || !(1..=31).contains(&b) || a >= b {
        return None;
    }
    // The year of the first day decides: "July 13" as the absolute matcher reads it.
    let mut end = i + 2;
    let year = if view.is(end, ",") && view.int(end + 1).is_some_and(|y| y > 999) {
        end += 2;
        view.word(end - 1).to_string()
    } else if view.int(end).is_some_and(|y| y > 999) && view.word(end).len() == 4 {
        end += 1;
        view.word(end - 1).to_string()
    } else {
        match view.reference.and_then(|r| super::tense::year_of_day(r, month, a, || view.lean(i))) {
            Some(y) => format!("{y:04}"),
            None => "XXXX".to_string(),
        }
    };
    Some(Found::date(end, format!("{year}-{month:02}-{a:02}/{year}-{month:02}-{b:02}")))
}

/// A clock written without spaces: "3", "3:30", "15h30", "15h", "6:00pm",
/// "11am". Returns the hour, minutes, am/pm when written, and whether the
/// notation is 24-hour ("15h30").
fn clock_text(s: &str) -> Option<(u32, u32, Option<bool>, bool)> {
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 2 {
        return None;
    }
    let hour: u32 = s[..digits].parse().ok()?;
    let mut rest = &s[digits..];
    let mut minute = 0;
    let mut h24 = false;
    if let Some(after) = rest.strip_prefix(':').or_else(|| {
        h24 = rest.starts_with(['h', 'H']);
        rest.get(1..).filter(|_| h24)
    }) {
        let m = after.bytes().take_while(u8::is_ascii_digit).count();
        if m == 2 {
            minute = after[..2].parse().ok().filter(|&m: &u32| m < 60)?;
            rest = &after[2..];
        } else if m == 0 && h24 {
            rest = after;
        } else {
            return None;
        }
    }
    let pm = match rest.to_ascii_lowercase().as_str() {
        "" => None,
        "am" | "a" | "a.m." => Some(false),
        "pm" | "p" | "p.m." => Some(true),
        _ => return None,
    };
    if hour > 23 || (pm.is_some() && !(1..=12).contains(&hour)) {
        return None;
    }
    Some((hour, minute, pm, h24 || hour > 12))
}

/// Clock ranges written without spaces: "3-4pm", "1pm-2pm", "9-11am",
/// "3:30-6 p.m.", "3:30-6:00pm", "11:30-1:30", "15h30-18h". The tokenizer
/// cuts "3:30-6" into "3" ":" "30-6", so the tokens that touch are read as
/// one text. A range needs a clue that it is a time: am/pm, a colon on both
/// sides or the 24-hour "h"; "3-4" alone is a score.
pub fn clock_token(view: &View, i: usize) -> Option<Found> {
    if !view.is_digit(i) {
        return None;
    }
    let mut end = i + 1;
    // At most "3" ":" "30-6" ":" "00pm": a bound keeps long runs of
    // touching tokens linear.
    while end < view.len() && view.attached(end) && end - i < 6 {
        end += 1;
    }
    let start_byte = view.tokens[i].range.start;
    let raw = &view.text[start_byte..view.tokens[end - 1].range.end];
    let (a, b) = lexicon::split_at_hyphen(raw)?;
    let (ha, ma, pa, a24) = clock_text(a)?;
    let (mut hb, mb, mut pb, b24) = clock_text(b)?;
    // "3:30-6 p.m.": the am/pm after a space belongs to the second end.
    if pb.is_none() {
        let word = view.word(end).to_ascii_lowercase();
        if matches!(word.as_str(), "am" | "a.m." | "pm" | "p.m.") {
            pb = Some(word.starts_with('p'));
            end += 1;
        }
    }
    let colons = a.contains(':') && b.contains(':');
    if pa.is_none() && pb.is_none() && !colons && !(a24 || b24) {
        return None;
    }
    let to24 = |h: u32, pm: Option<bool>| match pm {
        Some(true) => h % 12 + 12,
        Some(false) => h % 12,
        None => h,
    };
    // The first end takes the second's am/pm when it has none ("3:30-6 p.m.").
    let pa = pa.or(if a24 { None } else { pb });
    let mut start = to24(ha, pa);
    if pb.is_none() && !b24 && hb < ha && hb < 12 {
        // "11:30-1:30": past noon.
        hb += 12;
    }
    let finish = to24(hb, pb);
    if pa == pb && pa.is_some() && start > finish && start >= 12 {
        // "11-1pm" is 11am to 1pm.
        start -= 12;
    }
    Some(Found::time(end, format!("T{start:02}:{ma:02}/T{finish:02}:{mb:02}")))
}

#[cfg(test)]
mod tests {
    use crate::dates::calendar::Date;

    #[test]
    fn ranges() {
        cases!(Date::new(2024, 10, 20);
            "July 13-15" => DATE "2025-07-13/2025-07-15",
            "The festival was held [July 13-15]" => DATE "2024-07-13/2024-07-15",
            "Talks took place [July 13] to 15" => DATE "2024-07-13",
            "Talks took place July 13 to [15]" => DATE "2024-07-15",
            "The fair ran from [13] to 15 July" => DATE "2024-07-13",
            "The fair ran from 13 to [15 July]" => DATE "2024-07-15",
            "It rained from the [13th] to the 15th of July" => DATE "2024-07-13",
            "It rained from the 13th to the [15th of July]" => DATE "2024-07-15",
            "Sales fell [Aug. 8 - Aug. 12]" => DATE "2024-08-08/2024-08-12",
            "9:30 - 11:00" => TIME "T09:30/T11:00",
            "between [3:30pm] and 6 pm" => TIME "T15:30",
            "between 3:30pm and [6 pm]" => TIME "T18:00",
            "from [3:30] to 6 PM" => TIME "T15:30",
            "3-4pm" => TIME "T15:00/T16:00",
            "3:30-6 p.m." => TIME "T15:30/T18:00",
            "11:30-1:30" => TIME "T11:30/T13:30",
            "15h30-18h" => TIME "T15:30/T18:00",
            "won 3-4" => NONE,
            "[1pm-2pm tomorrow]" => TIME "2024-10-21T13:00/2024-10-21T14:00",
            "8am until [6]" => TIME "T18:00",
            "The market closed [9:30 - 11:00 on Thursday]" => TIME "2024-10-17T09:30/2024-10-17T11:00",
            "[9:30 - 11:00 on Thursday]" => TIME "2024-10-24T09:30/2024-10-24T11:00",
            "Thursday 9-11am" => TIME "2024-10-24T09:00/2024-10-24T11:00",
            "this Thu 9-11am" => TIME "2024-10-24T09:00/2024-10-24T11:00",
            "The talks began [Oct. 14, 3-4pm]" => TIME "2024-10-14T15:00/2024-10-14T16:00",
            "[Thursday] 3-4" => DATE "2024-10-24",
            "[15:00 GMT - 18:00 GMT]" => TIME "T15:00Z/T18:00Z",
            "rose from 3 to 4" => NONE,
            "[4pm for 30 mins]" => TIME "T16:00/T16:30",
            "from [4pm for thirty minutes]" => TIME "T16:00/T16:30",
        );
    }
}
