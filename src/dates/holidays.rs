//! Holidays with a calendar rule: fixed days ("Christmas", "Halloween"),
//! the n-th weekday of a month ("Thanksgiving", "MLK Day"), and days counted
//! from Easter, Western or Orthodox ("Good Friday", "Pentecost", "Clean
//! Monday"), or a span of them ("Lent"). Holidays of other calendars
//! (Hebrew, Islamic, Hindu and Sikh, Chinese, Buddhist, Parsi: "Passover",
//! "Eid al-Fitr", "Diwali", "Chinese New Year", "Vesak") come from the table
//! `models/holidays.tsv` (made by `tools/build_holidays.py`, 1950–2100 where
//! its sources reach), embedded and parsed once; their names are matched
//! with letters only ("Tisha B'Av", "tisha bav"). Jewish holidays are dated
//! from the evening they begin; a holiday of several days ("Passover",
//! "Ramadan") is a range of days, `2018-03-30/2018-04-07`.
//!
//! The year: a following year ("Easter 2010", "Diwali in 2019", "MLK day of
//! last year", "Easter Sunday two thousand ten"), or
//! "last"/"next" before it (the occurrence before or after the reference),
//! "this" (the coming or the last one as the sentence leans, else the one in
//! the reference's year), or else the occurrence the sentence leans to
//! (see [`super::tense`]), as for "Oct. 14".

use super::calendar::Date;
use super::lexicon;
use super::timex;
use super::{Found, View};
use std::collections::HashMap;
use std::sync::OnceLock;

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
    /// Days from one offset to another after Western Easter ("Lent").
    EasterSpan(i64, i64),
    /// Days from one offset to another after Orthodox Easter ("Great Lent").
    OrthodoxSpan(i64, i64),
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
    (&["ides", "of", "march"], Rule::Fixed(3, 15)),
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
    (&["lent"], Rule::EasterSpan(-46, -1)),
    (&["great", "lent"], Rule::OrthodoxSpan(-48, -9)),
    (&["great", "fast"], Rule::OrthodoxSpan(-48, -9)),
];

/// Names of the holidays of `models/holidays.tsv`, and the table's key of
/// each. Matched on letters and digits only, case aside: "tisha b'av" is
/// also "Tisha B’Av" and "tisha bav".
const TABLE_NAMES: &[(&str, &str)] = &[
    ("rosh hashanah", "rosh_hashanah"),
    ("rosh hashana", "rosh_hashanah"),
    ("rosh hashanna", "rosh_hashanah"),
    ("rosh hashonah", "rosh_hashanah"),
    ("yom kippur", "yom_kippur"),
    ("sukkot", "sukkot"),
    ("sukkoth", "sukkot"),
    ("succot", "sukkot"),
    ("succos", "sukkot"),
    ("feast of tabernacles", "sukkot"),
    ("feast of the tabernacles", "sukkot"),
    ("feast of booths", "sukkot"),
    ("feast of the ingathering", "sukkot"),
    ("shemini atzeret", "shemini_atzeret"),
    ("simchat torah", "simchat_torah"),
    ("simchas torah", "simchat_torah"),
    ("hanukkah", "hanukkah"),
    ("hanukah", "hanukkah"),
    ("hannukah", "hanukkah"),
    ("hannukkah", "hanukkah"),
    ("chanukah", "hanukkah"),
    ("chanukkah", "hanukkah"),
    ("passover", "passover"),
    ("pesach", "passover"),
    ("purim", "purim"),
    ("shushan purim", "shushan_purim"),
    ("tu bishvat", "tu_bishvat"),
    ("tu bshvat", "tu_bishvat"),
    ("shavuot", "shavuot"),
    ("shavuos", "shavuot"),
    ("lag baomer", "lag_baomer"),
    ("lag bomer", "lag_baomer"),
    ("tisha bav", "tisha_bav"),
    ("yom haatzmaut", "yom_haatzmaut"),
    ("yom hashoah", "yom_hashoah"),
    ("ramadan", "ramadan"),
    ("ramzan", "ramadan"),
    ("eid al fitr", "eid_al_fitr"),
    ("eid alfitr", "eid_al_fitr"),
    ("eid ul fitr", "eid_al_fitr"),
    ("id ul fitr", "eid_al_fitr"),
    ("eid al adha", "eid_al_adha"),
    ("eid ul adha", "eid_al_adha"),
    ("id ul adha", "eid_al_adha"),
    ("bakr id", "eid_al_adha"),
    ("bakrid", "eid_al_adha"),
    ("sacrifice feast", "eid_al_adha"),
    ("feast of sacrifice", "eid_al_adha"),
    ("feast of the sacrifice", "eid_al_adha"),
    ("islamic new year", "islamic_new_year"),
    ("hijri new year", "islamic_new_year"),
    ("amun jadid", "islamic_new_year"),
    ("ashura", "ashura"),
    ("day of ashura", "ashura"),
    ("mawlid", "mawlid"),
    ("mawlid al nabawi", "mawlid"),
    ("mawlid an nabi", "mawlid"),
    ("laylat al qadr", "laylat_al_qadr"),
    ("laylat al kadr", "laylat_al_qadr"),
    ("lailat al qadr", "laylat_al_qadr"),
    ("night of power", "laylat_al_qadr"),
    ("night of measures", "laylat_al_qadr"),
    ("isra and miraj", "isra_miraj"),
    ("isra miraj", "isra_miraj"),
    ("the prophets ascension", "isra_miraj"),
    ("jumuatul wida", "jumuatul_wida"),
    ("jamat ul vida", "jumuatul_wida"),
    ("chinese new year", "chinese_new_year"),
    ("chinese new years", "chinese_new_year"),
    ("chinese new years day", "chinese_new_year"),
    ("chinese lunar new year", "chinese_new_year"),
    ("chinese lunar new years day", "chinese_new_year"),
    ("lunar new year", "chinese_new_year"),
    ("vesak", "vesak"),
    ("wesak", "vesak"),
    ("vaisakha", "vesak"),
    ("buddha day", "vesak"),
    ("buddha purnima", "vesak"),
    ("buddhas birthday", "vesak"),
    ("diwali", "diwali"),
    ("deepavali", "diwali"),
    ("divali", "diwali"),
    ("lakshmi puja", "diwali"),
    ("dhanteras", "dhanteras"),
    ("dhanatrayodashi", "dhanteras"),
    ("naraka chaturdashi", "naraka_chaturdashi"),
    ("kali chaudas", "naraka_chaturdashi"),
    ("choti diwali", "naraka_chaturdashi"),
    ("chhoti diwali", "naraka_chaturdashi"),
    ("bhai dooj", "bhai_dooj"),
    ("bhai duj", "bhai_dooj"),
    ("bhaiya dooj", "bhai_dooj"),
    ("chhath", "chhath"),
    ("chhath puja", "chhath"),
    ("dala puja", "chhath"),
    ("surya shashthi", "chhath"),
    ("maha saptami", "maha_saptami"),
    ("dussehra", "dussehra"),
    ("dasara", "dussehra"),
    ("vijayadashami", "dussehra"),
    ("navaratri", "navaratri"),
    ("navratri", "navaratri"),
    ("durga puja", "navaratri"),
    ("karva chauth", "karva_chauth"),
    ("karwa chauth", "karva_chauth"),
    ("ratha yatra", "rath_yatra"),
    ("rath yatra", "rath_yatra"),
    ("raksha bandhan", "raksha_bandhan"),
    ("rakhi", "raksha_bandhan"),
    ("mahavir jayanti", "mahavir_jayanti"),
    ("mahaveer jayanti", "mahavir_jayanti"),
    ("mahaveer janma kalyanak", "mahavir_jayanti"),
    ("maha shivaratri", "maha_shivaratri"),
    ("maha shivratri", "maha_shivaratri"),
    ("saraswati jayanti", "dayananda_saraswati_jayanti"),
    ("dayananda saraswati jayanti", "dayananda_saraswati_jayanti"),
    ("pongal", "pongal"),
    ("thai pongal", "pongal"),
    ("makara sankranthi", "pongal"),
    ("makar sankranti", "pongal"),
    ("makara sankranti", "pongal"),
    ("maghi", "pongal"),
    ("bhogi", "bhogi"),
    ("boghi", "bhogi"),
    ("bogi pandigai", "bhogi"),
    ("bhogi pandigai", "bhogi"),
    ("mattu pongal", "mattu_pongal"),
    ("maattu pongal", "mattu_pongal"),
    ("kaanum pongal", "kaanum_pongal"),
    ("kanni pongal", "kaanum_pongal"),
    ("vaisakhi", "vaisakhi"),
    ("baisakhi", "vaisakhi"),
    ("vasakhi", "vaisakhi"),
    ("vaishakhi", "vaisakhi"),
    ("onam", "onam"),
    ("thiru onam", "onam"),
    ("thiruvonam", "onam"),
    ("vasant panchami", "vasant_panchami"),
    ("basant panchami", "vasant_panchami"),
    ("holika dahan", "holika_dahan"),
    ("chhoti holi", "holika_dahan"),
    ("choti holi", "holika_dahan"),
    ("kamudu pyre", "holika_dahan"),
    ("holi", "holi"),
    ("dhulandi", "holi"),
    ("phagwah", "holi"),
    ("janmashtami", "janmashtami"),
    ("krishna janmashtami", "janmashtami"),
    ("gokulashtami", "janmashtami"),
    ("parsi new year", "parsi_new_year"),
    ("jamshedi navroz", "parsi_new_year"),
    ("guru gobind singh jayanti", "guru_gobind_singh_jayanti"),
    ("guru gobind singh birthday", "guru_gobind_singh_jayanti"),
    ("guru govind singh jayanti", "guru_gobind_singh_jayanti"),
    ("guru nanak jayanti", "guru_nanak_jayanti"),
    ("guru nanak gurpurab", "guru_nanak_jayanti"),
    ("guru ravidas jayanti", "guru_ravidas_jayanti"),
    ("guru ravidass jayanti", "guru_ravidas_jayanti"),
    ("guru ravidas birthday", "guru_ravidas_jayanti"),
    ("guru ravidass birthday", "guru_ravidas_jayanti"),
    ("rabindra jayanti", "rabindra_jayanti"),
    ("rabindranath jayanti", "rabindra_jayanti"),
    ("valmiki jayanti", "valmiki_jayanti"),
    ("maharishi valmiki jayanti", "valmiki_jayanti"),
    ("pargat diwas", "valmiki_jayanti"),
    ("ganesh chaturthi", "ganesh_chaturthi"),
    ("vinayaka chaturthi", "ganesh_chaturthi"),
    ("rama navami", "ram_navami"),
    ("ram navami", "ram_navami"),
    ("ugadi", "ugadi"),
    ("yugadi", "ugadi"),
    ("gudi padwa", "ugadi"),
    ("samvatsaradi", "ugadi"),
    ("chaitra sukladi", "ugadi"),
    ("chaitra sukhladi", "ugadi"),
    ("hanuman jayanti", "hanuman_jayanti"),
];

/// Names written in lower case that are also common words or names ("lent",
/// "rakhi", "holi"): holidays only when capitalised or followed by a year.
const TABLE_NAMES_CAPITALISED: &[&str] = &["lent", "rakhi", "maghi", "onam", "holi"];

/// The embedded table: each key's occurrences (first day, number of days), in order.
fn table() -> &'static HashMap<&'static str, Vec<(Date, u32)>> {
    static TABLE: OnceLock<HashMap<&'static str, Vec<(Date, u32)>>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table: HashMap<&'static str, Vec<(Date, u32)>> = HashMap::new();
        for line in include_str!("../../models/holidays.tsv").lines() {
            if line.starts_with('#') || line.is_empty() {
                continue;
            }
            let mut fields = line.split('\t');
            let name = fields.next().unwrap_or("");
            let mut number = || fields.next().and_then(|f| f.parse::<i64>().ok());
            let (Some(y), Some(m), Some(d)) = (number(), number(), number()) else { continue };
            let days = number().unwrap_or(1).max(1) as u32;
            if let Some(date) = Date::new(y as i32, m as u32, d as u32) {
                table.entry(name).or_default().push((date, days));
            }
        }
        for occurrences in table.values_mut() {
            occurrences.sort();
        }
        table
    })
}

/// The names of [`TABLE_NAMES`] as letters and digits, mapped to their keys
/// (`Some`), and every shorter start of them (`None`), so that a look-up
/// stops at the first word that no name continues.
fn table_names() -> &'static HashMap<String, Option<&'static str>> {
    static NAMES: OnceLock<HashMap<String, Option<&'static str>>> = OnceLock::new();
    NAMES.get_or_init(|| {
        let mut names = HashMap::new();
        for &(name, key) in TABLE_NAMES {
            let name = letters(name);
            for end in 1..name.len() {
                names.entry(name[..end].to_string()).or_insert(None);
            }
            names.insert(name, Some(key));
        }
        names
    })
}

/// The ASCII letters and digits of `s`, lower-cased.
fn letters(s: &str) -> String {
    s.bytes().filter(u8::is_ascii_alphanumeric).map(|b| b.to_ascii_lowercase() as char).collect()
}

/// The longest name of the table at `i`: its key and the index after it.
fn table_name_at(view: &View, i: usize) -> Option<(&'static str, usize)> {
    let names = table_names();
    let mut joined = [0u8; 40];
    let mut len = 0;
    let mut best = None;
    for at in i..(i + 6).min(view.len()) {
        let before = len;
        for b in view.word(at).bytes().filter(u8::is_ascii_alphanumeric) {
            if len == joined.len() {
                return best;
            }
            joined[len] = b.to_ascii_lowercase();
            len += 1;
        }
        let Ok(so_far) = std::str::from_utf8(&joined[..len]) else { return best };
        match names.get(so_far) {
            _ if len == before => return best,
            None => return best,
            Some(Some(key)) => best = Some((*key, at + 1)),
            Some(None) => {}
        }
    }
    best
}

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

/// The holiday's first day in `year` and its number of days.
fn in_year(holiday: Holiday, year: i32) -> Option<(Date, u32)> {
    let rule = match holiday {
        Holiday::Rule(rule) => rule,
        Holiday::Table(key) => {
            return table().get(key)?.iter().find(|(d, _)| d.year == year).copied();
        }
    };
    let day = match rule {
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
        Rule::EasterSpan(from, to) => return Some((easter(year).add_days(from), (to - from + 1) as u32)),
        Rule::OrthodoxSpan(from, to) => return Some((orthodox_easter(year).add_days(from), (to - from + 1) as u32)),
    };
    day.map(|d| (d, 1))
}

/// The occurrences of a holiday in the years around `year`.
fn around(holiday: Holiday, year: i32) -> Vec<(Date, u32)> {
    match holiday {
        Holiday::Table(key) => table()
            .get(key)
            .map(|all| all.iter().filter(|(d, _)| (year - 1..=year + 1).contains(&d.year)).copied().collect())
            .unwrap_or_default(),
        Holiday::Rule(_) => (year - 1..=year + 1).filter_map(|y| in_year(holiday, y)).collect(),
    }
}

/// A holiday: a rule, or a key of the table.
#[derive(Clone, Copy)]
enum Holiday {
    Rule(Rule),
    Table(&'static str),
}

/// True when text word `word` is the name's word `name`: case aside, and
/// allowing a final "s" ("years", "patricks").
fn same(word: &str, name: &str) -> bool {
    word.eq_ignore_ascii_case(name)
        || (word.len() == name.len() + 1 && word.ends_with(['s', 'S']) && word[..name.len()].eq_ignore_ascii_case(name))
}

/// True when `word` can be the first word of a name in `HOLIDAYS` (as `same`
/// matches it): one look-up in a set rather than a scan of the whole list,
/// which nearly every date word fails.
fn may_start_rule(word: &str) -> bool {
    static FIRST_WORDS: std::sync::OnceLock<std::collections::HashSet<String>> = std::sync::OnceLock::new();
    let first_words =
        FIRST_WORDS.get_or_init(|| HOLIDAYS.iter().map(|(words, _)| words[0].to_ascii_lowercase()).collect());
    let mut buffer = [0u8; 32];
    let Some(lower) = buffer.get_mut(..word.len()) else { return false };
    lower.copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    let known = |bytes: &[u8]| std::str::from_utf8(bytes).is_ok_and(|w| first_words.contains(w));
    known(lower) || (lower.last().is_some_and(|&b| b == b's') && known(&lower[..lower.len() - 1]))
}

/// True for the possessive tokens that names skip: "'s", "’s", "'".
fn possessive(word: &str) -> bool {
    lexicon::is_one_of(word, &["'s", "’s"])
}

/// The holiday named at `i`: its rule or table key, and the index after the name.
fn name_at(view: &View, i: usize) -> Option<(Holiday, usize)> {
    let first = view.word(i);
    let mut best: Option<(Holiday, usize)> = None;
    let rules = if may_start_rule(first) { HOLIDAYS } else { &[] };
    for &(words, rule) in rules {
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
            best = Some((Holiday::Rule(rule), at));
        }
    }
    if let Some((key, end)) = table_name_at(view, i) {
        if best.is_none_or(|(_, e)| end > e) {
            best = Some((Holiday::Table(key), end));
        }
    }
    best
}

/// A year written after a holiday's name at `i`: "2010", "in 2019", "two
/// thousand ten", or counted from the reference's: "in five years", "six
/// years hence", "two years from now". Returns it and the index after.
fn year_after(view: &View, i: usize) -> Option<(i32, usize)> {
    let four = |at: usize| view.int(at).filter(|_| view.word(at).len() == 4).map(|y| (y as i32, at + 1));
    if let Some(found) = four(i) {
        return Some(found);
    }
    if view.is(i, "in") {
        if let Some(found) = four(i + 1) {
            return Some(found);
        }
    }
    // "in five years", "six years hence", "two years from now"
    if let Some(reference) = view.reference {
        let at = view.skip(i, "in");
        if let Some((n, unit_at)) = super::duration::count(view, at).filter(|(n, _)| n.fract() == 0.0 && *n < 100.0) {
            if view.any(unit_at, &["years", "year"]) {
                let end = if at > i {
                    Some(unit_at + 1)
                } else if view.is(unit_at + 1, "hence") {
                    Some(unit_at + 2)
                } else if view.is(unit_at + 1, "from") && view.is(unit_at + 2, "now") {
                    Some(unit_at + 3)
                } else {
                    None
                };
                if let Some(end) = end {
                    return Some((reference.year + n as i32, end));
                }
            }
        }
    }
    // "two thousand ten", "two thousand and eighteen"
    if view.is(i, "two") && view.is(i + 1, "thousand") {
        let at = view.skip(i + 2, "and");
        if let Some(tens) = lexicon::tens_word(view.word(at)) {
            let ones = lexicon::number_word(view.word(at + 1)).filter(|n| (1..10).contains(n));
            return Some((2000 + (tens + ones.unwrap_or(0)) as i32, at + 1 + usize::from(ones.is_some())));
        }
        if let Some(n) = lexicon::number_word(view.word(at)).filter(|n| (1..100).contains(n)) {
            return Some((2000 + n as i32, at + 1));
        }
        return Some((2000, i + 2));
    }
    None
}

/// A holiday's value: its day, or its days as a range.
fn value_of((start, days): (Date, u32)) -> String {
    if days > 1 {
        format!("{}/{}", timex::date(start), timex::date(start.add_days(i64::from(days) - 1)))
    } else {
        timex::date(start)
    }
}

/// A holiday at `i`: "Christmas", "last Easter", "Thanksgiving 2013",
/// "black friday of this year", "Diwali in 2019", "Passover".
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
    let (holiday, mut end) = name_at(view, start)?;
    let reference = view.reference;
    // An explicit year: "Easter 2010", "of this year", "of next year", "of last year".
    let mut year = None;
    if let Some((y, after)) = year_after(view, end) {
        year = Some(y);
        end = after;
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
    // "he lent", "Rakhi Sawant": a word or a name unless capitalised alone, or with a year.
    if end == start + 1 && year.is_none() && lexicon::is_one_of(view.word(start), TABLE_NAMES_CAPITALISED) {
        let name_follows = view.capitalised(start + 1);
        if !view.capitalised(start) || name_follows {
            return None;
        }
    }
    let occurrence = match (year, reference) {
        (Some(y), _) => in_year(holiday, y),
        (None, None) => None,
        (None, Some(r)) if direction.is_none() => {
            super::tense::occurrence(r, around(holiday, r.year).into_iter(), || view.lean(i), super::tense::PAST_SLACK)
        }
        (None, Some(r)) => {
            let candidates = around(holiday, r.year).into_iter();
            // Days from the reference to the occurrence; 0 within it.
            let days = |&(d, n): &(Date, u32)| {
                let from = d.days_since_epoch() - r.days_since_epoch();
                if from <= 0 && from + i64::from(n) > 0 {
                    0
                } else {
                    from
                }
            };
            match direction.as_deref() {
                Some("last") => candidates.filter(|o| days(o) < 0).max(),
                Some("next") => candidates.filter(|o| days(o) > 0).min(),
                // "this Christmas": the coming one or the last one as the
                // sentence leans, else the reference year's.
                _ => match view.lean(i) {
                    super::tense::Lean::Nearest => in_year(holiday, r.year),
                    lean => super::tense::occurrence(
                        r,
                        around(holiday, r.year).into_iter(),
                        || lean,
                        super::tense::PAST_SLACK,
                    ),
                },
            }
        }
    };
    let value = match (occurrence, holiday) {
        (Some(o), _) => value_of(o),
        (None, Holiday::Rule(Rule::Fixed(m, d))) => timex::day(None, m, d),
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
            "Lent 2018" => DATE "2018-02-14/2018-03-31",
            "great fast 2018" => DATE "2018-02-19/2018-03-30",
            "he [lent] her money" => NONE,
            "Easter Sunday two thousand ten" => DATE "2010-04-04",
            "the [ides of March]" => DATE "2025-03-15",
            "Easter" => DATE "2025-04-20",
            "Shops closed at [Easter]" => DATE "2024-03-31",
            "this MLK day" => DATE "2025-01-20",
            "Marchers gathered on [this MLK day]" => DATE "2024-01-15",
            "The parade is on [this MLK day]" => DATE "2024-01-15",
            "[Black Friday] sales will start early" => DATE "2024-11-29",
        );
    }

    #[test]
    fn holidays_of_other_calendars() {
        cases!(Date::new(2013, 2, 12);
            "Passover 2018" => DATE "2018-03-30/2018-04-07",
            "Ramadan 2018" => DATE "2018-05-16/2018-06-14",
            "Eid al-Fitr 2018" => DATE "2018-06-15",
            "Bakr Id 1980" => DATE "1980-10-19",
            "Yom Kippur 2018" => DATE "2018-09-18",
            "tisha b'av 2018" => DATE "2018-07-21",
            "Rosh Hashanah 2018" => DATE "2018-09-09/2018-09-11",
            "Diwali in 2019" => DATE "2019-10-27",
            "holi 2019" => DATE "2019-03-21",
            "navaratri 2018" => DATE "2018-10-10/2018-10-18",
            "Diwali in six years" => DATE "2019-10-27",
            "Lakshmi Puja six years hence" => DATE "2019-10-27",
            "Diwali two years from now" => DATE "2015-11-11",
            "[Diwali] two years" => DATE "2013-11-03",
            "Dussehra 2018" => DATE "2018-10-19",
            "Chinese New Year" => DATE "2014-01-31",
            "Crowds celebrated [Chinese New Year]" => DATE "2013-02-10",
            "[Chinese New Year] is a holiday" => DATE "2013-02-10",
            "last chinese new year" => DATE "2013-02-10",
            "next Chinese New Year" => DATE "2014-01-31",
            "Vesak" => DATE "2013-05-24",
            "Purim" => DATE "2013-02-23",
            "Eid al-Adha" => DATE "2013-10-15",
            "Muslims marked [Eid al-Adha]" => DATE "2012-10-26",
            "Families gathered on [chinese lunar new year's day]" => DATE "2013-02-10",
            "the [prophet's ascension 2018]" => DATE "2018-04-13",
            "Rakhi Sawant" => NONE,
        );
    }

    #[test]
    fn the_table_is_complete() {
        // Every key named has occurrences, and every occurrence parses.
        for &(name, key) in TABLE_NAMES {
            assert!(table().get(key).is_some_and(|o| o.len() >= 30), "{name} -> {key}");
        }
        let lines = include_str!("../../models/holidays.tsv").lines().filter(|l| !l.starts_with('#')).count();
        assert_eq!(table().values().map(Vec::len).sum::<usize>(), lines);
    }
}
