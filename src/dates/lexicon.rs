//! Words of dates and times: month, weekday and season names, number words,
//! units of time and parts of the day. Every lookup is case-insensitive and
//! allocation-free: `WordMap`s and `WordSet`s, and `is_one_of` for a few words.

use crate::wordset::{self, Key, WordMap, WordSet};

/// A unit of time, from seconds to centuries.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Unit {
    /// Seconds.
    Second,
    /// Minutes.
    Minute,
    /// Hours.
    Hour,
    /// Days.
    Day,
    /// Weeks.
    Week,
    /// Months.
    Month,
    /// Quarters (three months).
    Quarter,
    /// Years.
    Year,
    /// Decades (ten years).
    Decade,
    /// Centuries.
    Century,
}

/// `word` split at its first hyphen ("twenty-first", "2024-25"). A byte
/// loop: `str::split_once` sets up a searcher, dear for words this short.
pub fn split_at_hyphen(word: &str) -> Option<(&str, &str)> {
    let at = word.bytes().position(|b| b == b'-')?;
    Some((&word[..at], &word[at + 1..]))
}

/// True when `word` equals one of `words`, ignoring ASCII case.
pub fn is_one_of(word: &str, words: &[&str]) -> bool {
    words.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// Month names and their abbreviations (with or without the full stop).
const MONTHS: WordMap<36, u32> = WordMap::new(&[
    ("january", 1),
    ("jan", 1),
    ("jan.", 1),
    ("february", 2),
    ("feb", 2),
    ("feb.", 2),
    ("march", 3),
    ("mar", 3),
    ("mar.", 3),
    ("april", 4),
    ("apr", 4),
    ("apr.", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("jun.", 6),
    ("july", 7),
    ("jul", 7),
    ("jul.", 7),
    ("august", 8),
    ("aug", 8),
    ("aug.", 8),
    ("september", 9),
    ("sept", 9),
    ("sept.", 9),
    ("sep", 9),
    ("sep.", 9),
    ("october", 10),
    ("oct", 10),
    ("oct.", 10),
    ("november", 11),
    ("nov", 11),
    ("nov.", 11),
    ("december", 12),
    ("dec", 12),
    ("dec.", 12),
]);

/// The month a word names: "Oct.", "october", "Sept" → 10, 10, 9.
pub fn month(word: &str) -> Option<u32> {
    if word.len() < 3 || word.len() > 9 {
        return None;
    }
    MONTHS.get(word)
}

/// True for month words that are also common English words ("may", "march")
/// or names ("Jan"): they are months only in a date context.
pub fn month_is_ambiguous(word: &str) -> bool {
    is_one_of(
        word,
        &["may", "march", "mar", "jan", "jun", "sep", "dec", "aug", "oct", "nov", "apr", "jul", "feb", "sept"],
    )
}

/// Weekday names and abbreviations, Monday = 0.
const WEEKDAYS: WordMap<27, u32> = WordMap::new(&[
    ("monday", 0),
    ("mon", 0),
    ("mon.", 0),
    ("tuesday", 1),
    ("tue", 1),
    ("tue.", 1),
    ("tues", 1),
    ("tues.", 1),
    ("wednesday", 2),
    ("wed", 2),
    ("wed.", 2),
    ("thursday", 3),
    ("thu", 3),
    ("thu.", 3),
    ("thur", 3),
    ("thur.", 3),
    ("thurs", 3),
    ("thurs.", 3),
    ("friday", 4),
    ("fri", 4),
    ("fri.", 4),
    ("saturday", 5),
    ("sat", 5),
    ("sat.", 5),
    ("sunday", 6),
    ("sun", 6),
    ("sun.", 6),
]);

/// The weekday a word names, Monday = 0.
pub fn weekday(word: &str) -> Option<u32> {
    if word.len() < 3 || word.len() > 9 {
        return None;
    }
    WEEKDAYS.get(word)
}

/// True for weekday abbreviations that are also words ("sat", "sun", "wed").
pub fn weekday_is_ambiguous(word: &str) -> bool {
    word.len() <= 5 && !word.ends_with('.')
}

/// Seasons as TIMEX3 codes.
pub fn season(word: &str) -> Option<&'static str> {
    const SEASONS: WordMap<8, &str> = WordMap::new(&[
        ("spring", "SP"),
        ("summer", "SU"),
        ("autumn", "FA"),
        ("fall", "FA"),
        ("winter", "WI"),
        ("springtime", "SP"),
        ("summertime", "SU"),
        ("wintertime", "WI"),
    ]);
    SEASONS.get(word)
}

/// Parts of the day as TIMEX3 codes, with the hour a bare "at 5" then means
/// (pm for afternoon, evening and night).
pub fn part_of_day(word: &str) -> Option<(&'static str, bool)> {
    const PARTS: WordMap<8, (&str, bool)> = WordMap::new(&[
        ("morning", ("MO", false)),
        ("afternoon", ("AF", true)),
        ("evening", ("EV", true)),
        ("night", ("NI", true)),
        ("tonight", ("NI", true)),
        ("tonite", ("NI", true)),
        ("lunch", ("MI", true)),
        ("afternoonish", ("AF", true)),
    ]);
    PARTS.get(word)
}

/// Cardinal number words up to ninety-nine as one token ("twenty-three").
pub fn number_word(word: &str) -> Option<u32> {
    const SMALL: WordMap<20, u32> = WordMap::new(&[
        ("zero", 0),
        ("one", 1),
        ("two", 2),
        ("three", 3),
        ("four", 4),
        ("five", 5),
        ("six", 6),
        ("seven", 7),
        ("eight", 8),
        ("nine", 9),
        ("ten", 10),
        ("eleven", 11),
        ("twelve", 12),
        ("thirteen", 13),
        ("fourteen", 14),
        ("fifteen", 15),
        ("sixteen", 16),
        ("seventeen", 17),
        ("eighteen", 18),
        ("nineteen", 19),
    ]);
    if word.len() < 3 || word.len() > 16 {
        return None;
    }
    if let Some(n) = SMALL.get(word) {
        return Some(n);
    }
    if let Some(n) = tens_word(word) {
        return Some(n);
    }
    // "twenty-three"
    let (tens, ones) = split_at_hyphen(word)?;
    Some(tens_word(tens)? + SMALL.get(ones).filter(|&n| (1..10).contains(&n))?)
}

/// "twenty" … "ninety".
pub fn tens_word(word: &str) -> Option<u32> {
    const TENS: WordMap<8, u32> = WordMap::new(&[
        ("twenty", 20),
        ("thirty", 30),
        ("forty", 40),
        ("fifty", 50),
        ("sixty", 60),
        ("seventy", 70),
        ("eighty", 80),
        ("ninety", 90),
    ]);
    TENS.get(word)
}

/// Ordinal words and suffixed numbers up to 31: "third", "3rd", "21st".
pub fn ordinal(word: &str) -> Option<u32> {
    const WORDS: WordMap<21, u32> = WordMap::new(&[
        ("first", 1),
        ("second", 2),
        ("third", 3),
        ("fourth", 4),
        ("fifth", 5),
        ("sixth", 6),
        ("seventh", 7),
        ("eighth", 8),
        ("ninth", 9),
        ("tenth", 10),
        ("eleventh", 11),
        ("twelfth", 12),
        ("thirteenth", 13),
        ("fourteenth", 14),
        ("fifteenth", 15),
        ("sixteenth", 16),
        ("seventeenth", 17),
        ("eighteenth", 18),
        ("nineteenth", 19),
        ("twentieth", 20),
        ("thirtieth", 30),
    ]);
    let bytes = word.as_bytes();
    if bytes.first().is_some_and(u8::is_ascii_digit) {
        let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
        let suffix = &word[digits..];
        if digits <= 2 && is_one_of(suffix, &["st", "nd", "rd", "th"]) {
            return word[..digits].parse().ok();
        }
        return None;
    }
    if let Some(n) = WORDS.get(word) {
        return Some(n);
    }
    // "twenty-first"
    let (tens, ones) = split_at_hyphen(word)?;
    let tens = tens_word(tens).filter(|&t| t <= 30)?;
    Some(tens + WORDS.get(ones).filter(|&n| n < 10)?)
}

/// A unit word: "years", "yr", "hrs", "fortnight" (two weeks), with its multiplier.
pub fn unit(word: &str) -> Option<(Unit, u32)> {
    if word.len() > 9 {
        return None;
    }
    const UNITS: WordMap<32, (Unit, u32)> = WordMap::new(&[
        ("second", (Unit::Second, 1)),
        ("seconds", (Unit::Second, 1)),
        ("sec", (Unit::Second, 1)),
        ("secs", (Unit::Second, 1)),
        ("minute", (Unit::Minute, 1)),
        ("minutes", (Unit::Minute, 1)),
        ("min", (Unit::Minute, 1)),
        ("mins", (Unit::Minute, 1)),
        ("hour", (Unit::Hour, 1)),
        ("hours", (Unit::Hour, 1)),
        ("hr", (Unit::Hour, 1)),
        ("hrs", (Unit::Hour, 1)),
        ("h", (Unit::Hour, 1)),
        ("day", (Unit::Day, 1)),
        ("days", (Unit::Day, 1)),
        ("week", (Unit::Week, 1)),
        ("weeks", (Unit::Week, 1)),
        ("fortnight", (Unit::Week, 2)),
        ("month", (Unit::Month, 1)),
        ("months", (Unit::Month, 1)),
        ("quarter", (Unit::Quarter, 1)),
        ("quarters", (Unit::Quarter, 1)),
        ("qtr", (Unit::Quarter, 1)),
        ("qtrs", (Unit::Quarter, 1)),
        ("year", (Unit::Year, 1)),
        ("years", (Unit::Year, 1)),
        ("yr", (Unit::Year, 1)),
        ("yrs", (Unit::Year, 1)),
        ("decade", (Unit::Decade, 1)),
        ("decades", (Unit::Decade, 1)),
        ("century", (Unit::Century, 1)),
        ("centuries", (Unit::Century, 1)),
    ]);
    UNITS.get(word)
}

/// Time zones and their offsets from UTC in minutes.
pub fn time_zone(word: &str) -> Option<i32> {
    if word.len() < 3 || word.len() > 4 {
        return None;
    }
    const ZONES: WordMap<19, i32> = WordMap::new(&[
        ("gmt", 0),
        ("utc", 0),
        ("bst", 60),
        ("cet", 60),
        ("cest", 120),
        ("eet", 120),
        ("eest", 180),
        ("msk", 180),
        ("ist", 330),
        ("jst", 540),
        ("kst", 540),
        ("est", -300),
        ("edt", -240),
        ("cst", -360),
        ("cdt", -300),
        ("mst", -420),
        ("mdt", -360),
        ("pst", -480),
        ("pdt", -420),
    ]);
    ZONES.get(word)
}

/// The decade digit of "the nineties" (9), "the twenties" (2).
pub fn lookup_decade(word: &str) -> Option<u32> {
    const DECADES: WordMap<8, u32> = WordMap::new(&[
        ("twenties", 2),
        ("thirties", 3),
        ("forties", 4),
        ("fifties", 5),
        ("sixties", 6),
        ("seventies", 7),
        ("eighties", 8),
        ("nineties", 9),
    ]);
    DECADES.get(word)
}
#[rustfmt::skip]
const TRIGGERS: WordSet<425> = WordSet::new(&[
    "@", "a", "about", "afternoon", "afternoonish", "all", "amun", "an", "annually", "approximately", "apr", "apr.",
    "april", "around", "ascension", "ash", "ashura", "at", "atm", "aug", "aug.", "august", "autumn", "baisakhi",
    "bakr", "bakrid", "basant", "beginning", "between", "bhai", "bhaiya", "bhogi", "black", "boghi", "bogi", "bom",
    "boss", "boxing", "boy", "branch", "buddha", "centuries", "century", "chaitra", "chanukah", "chanukkah", "chhath",
    "chhoti", "chinese", "choti", "christmas", "civil", "clean", "coming", "couple", "covenant", "current",
    "currently", "daily", "dala", "dasara", "day", "dayananda", "days", "dec", "dec.", "decade", "decades",
    "december", "deepavali", "dhanatrayodashi", "dhanteras", "dhulandi", "divali", "diwali", "durga", "dussehra",
    "each", "earlier", "early", "easter", "eid", "eight", "eighteen", "eighteenth", "eighth", "eighties", "eighty",
    "eleven", "eleventh", "end", "eod", "eom", "eoy", "evening", "every", "fall", "father", "feast", "feb", "feb.",
    "february", "few", "fifteen", "fifteenth", "fifth", "fifties", "fifty", "first", "fiscal", "five", "following", "forties",
    "fortnight", "forty", "four", "fourteen", "fourteenth", "fourth", "fri", "fri.", "friday", "from", "future",
    "ganesh", "gokulashtami", "good", "great", "gudi", "guru", "h", "h1", "h2", "half", "halloween", "hannukah",
    "hannukkah", "hanukah", "hanukkah", "hanuman", "hijri", "holi", "holika", "holy", "hour", "hourly", "hours", "hr",
    "hrs", "id", "ides", "in", "islamic", "isra", "jamat", "jamshedi", "jan", "jan.", "janmashtami", "january", "jul",
    "jul.", "july", "jumu'atul", "jun", "jun.", "june", "just", "kaanum", "kali", "kamudu", "kanni", "karva", "karwa",
    "king", "koningsdag", "krishna", "labor", "lag", "lailat", "lakshmi", "last", "late", "lately", "later", "laylat",
    "lazarus", "lent", "lunar", "lunch", "maattu", "maghi", "maha", "maharishi", "mahaveer", "mahavir", "makar",
    "makara", "mar", "mar.", "march", "mardi", "martin", "mattu", "maundy", "mawlid", "may", "memorial", "mid",
    "midday", "middle", "midnight", "min", "mins", "minute", "minutes", "mlk", "moment", "mon", "mon.", "monday",
    "month", "monthly", "months", "morning", "mother", "naraka", "navaratri", "navratri", "new", "next", "night",
    "nightly", "nine", "nineteen", "nineteenth", "nineties", "ninety", "ninth", "noon", "nov", "nov.", "november",
    "now", "nowadays", "oct", "oct.", "october", "on", "onam", "once", "one", "orthodox", "pair", "palm", "pancake", "pargat",
    "parsi", "passover", "past", "pentecost", "pesach", "phagwah", "pongal", "present", "presently", "presidents",
    "previous", "prophet", "purim", "q1", "q2", "q3", "q4", "qtr", "qtrs", "quarter", "quarterly", "quarters",
    "rabindra", "rabindranath", "rakhi", "raksha", "ram", "rama", "ramadan", "ramzan", "rath", "ratha", "recent",
    "recently", "rest", "right", "rosh", "sacrifice", "saint", "samvatsaradi", "saraswati", "sat", "sat.", "saturday",
    "sec", "second", "seconds", "secs", "sep", "sep.", "sept", "sept.", "september", "seven", "seventeen",
    "seventeenth", "seventh", "seventies", "seventy", "shavuos", "shavuot", "shemini", "shrove", "shushan", "simchas",
    "simchat", "six", "sixteen", "sixteenth", "sixth", "sixties", "sixty", "spring", "springtime", "st", "st.",
    "start", "succos", "succot", "sukkot", "sukkoth", "summer", "summertime", "sun", "sun.", "sunday", "surya", "ten",
    "tenth", "thai", "thanksgiving", "the", "third", "thirteen", "thirteenth", "thirties", "thirtieth", "thirty",
    "thiru", "thiruvonam", "this", "three", "thrice", "thu", "thu.", "thur", "thur.", "thurs", "thurs.", "thursday", "tisha",
    "today", "tomorrow", "tomorrows", "tonight", "tonite", "trinity", "tu", "tue", "tue.", "tues", "tues.", "tuesday",
    "twelfth", "twelve", "twenties", "twentieth", "twenty", "twice", "two", "ugadi", "upcoming", "vaisakha", "vaisakhi",
    "vaishakhi", "valentine", "valentines", "valmiki", "vasakhi", "vasant", "vesak", "vijayadashami", "vinayaka",
    "wed", "wed.", "wednesday", "week", "week-end", "weekend", "weekly", "weeks", "wesak", "whit", "white", "winter",
    "wintertime", "wkend", "world", "xmas", "year", "yearly", "years", "yesterday", "yom", "yr", "yrs", "yugadi",
    "zero",
]);

/// Words that start a date only when a date word follows: "the", "in", "a".
const WEAK_WORDS: [&str; 15] = [
    "the",
    "a",
    "an",
    "in",
    "on",
    "at",
    "from",
    "between",
    "right",
    "just",
    "all",
    "@",
    "about",
    "around",
    "approximately",
];
const WEAK_TRIGGERS: WordSet<15> = WordSet::new(&WEAK_WORDS);

/// True when a date or time expression may start at this word: it has a
/// digit, or it is one of the words the matchers look for (a month, a
/// weekday, "last", "every", "noon", a holiday's first word …). The scan
/// asks this first, so that most tokens cost one search of a `WordSet`.
pub fn is_trigger(word: &str) -> bool {
    is_trigger_with(word, Key::of(word))
}

/// `is_trigger`, given the word's key.
fn is_trigger_with(word: &str, key: Key) -> bool {
    // A token longer than any set word starts nothing, digits or not.
    if word.is_empty() || word.len() > wordset::LONGEST {
        return false;
    }
    if word.bytes().any(|b| b.is_ascii_digit()) {
        return true;
    }
    if TRIGGERS.contains_key(key) {
        return true;
    }
    // "fridays" ("3 fridays from now"); "mid-October", "week-end"
    let plural_weekday = word.len() > 4 && word.ends_with(['s', 'S']) && weekday(&word[..word.len() - 1]).is_some();
    plural_weekday || split_at_hyphen(word).is_some_and(|(before, _)| TRIGGERS.contains(before))
}

/// Trigger words no expression starts at (though matchers look for them
/// after a number or another word): units ("3 years", "last month"), "on",
/// "from" and "between" before a date, "future". In news they are
/// frequent, so the scan skips them at once.
const NEVER_START_WORDS: [&str; 17] = [
    "between", "century", "days", "decades", "from", "future", "hour", "hours", "minute", "minutes", "month", "months",
    "on", "seconds", "weeks", "year", "years",
];
const NEVER_START: WordSet<17> = WordSet::new(&NEVER_START_WORDS);

/// What the scan asks of every word, with the word's key found once: `None`
/// when it is no trigger (`is_trigger`), else whether it is weak (needs a
/// date word after it: "the", "in"; `WEAK_TRIGGERS`) and whether no
/// expression starts at it (`NEVER_START`). Weak words, frequent in news,
/// are all triggers (a test checks): they are spared the search of
/// `TRIGGERS`, the largest set.
pub fn trigger_of(word: &str) -> Option<(bool, bool)> {
    let key = Key::of(word);
    let weak = WEAK_TRIGGERS.contains_key(key);
    (weak || is_trigger_with(word, key)).then(|| (weak, NEVER_START.contains_key(key)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weak_and_never_starting_words_are_triggers() {
        // The scan asks whether a word is weak or never starts of triggers only.
        for word in WEAK_WORDS.iter().chain(&NEVER_START_WORDS) {
            assert!(is_trigger(word), "{word}");
        }
    }

    #[test]
    fn trigger_of_answers_as_the_three_questions() {
        let words = WEAK_WORDS.iter().chain(&NEVER_START_WORDS).copied().chain([
            "The",
            "IN",
            "Monday",
            "fridays",
            "mid-October",
            "2024",
            "said",
            "Kazakhstan",
            "",
            "noon",
            "YEARS",
            "\u{212A}",
            "été",
            "a-very-long-hyphenated-word",
        ]);
        for word in words {
            let expected = is_trigger(word).then(|| (WEAK_TRIGGERS.contains(word), NEVER_START.contains(word)));
            assert_eq!(trigger_of(word), expected, "{word:?}");
        }
    }

    #[test]
    fn every_table_word_is_a_trigger() {
        for (word, _) in MONTHS.entries().chain(WEEKDAYS.entries()) {
            assert!(is_trigger(&word), "{word}");
        }
        for word in ["every", "Last", "Christmas", "noon", "2024", "mid-October", "fridays", "EOM"] {
            assert!(is_trigger(word), "{word}");
        }
        assert!(!is_trigger("Kazakhstan"));
    }
}
