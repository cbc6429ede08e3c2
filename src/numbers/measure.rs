//! A measure: one number with the unit written with it ("$85.8 billion",
//! "25%", "3km", "twenty-pound", "a litre"), before qualifiers, ranges and
//! counted nouns are considered.

use super::cursor::Cursor;
use super::money;
use super::noun;
use super::parse::{self, NumKind};
use super::percent::{self, Percent};
use super::quantity;
use crate::tokenize::TokenKind;

/// The unit of a measure.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Unit {
    /// A bare number.
    None,
    /// A percentage or percentage points.
    Percent(Percent),
    /// Money, with its ISO 4217 code when known.
    Money(Option<&'static str>),
    /// A quantity with its canonical unit name.
    Quantity(String),
}

/// A number and its unit.
#[derive(Clone, Debug)]
pub(super) struct Measure {
    /// The value (lower end of a range).
    pub value: f64,
    /// The upper end of a range written in one token ("10-15").
    pub value_max: Option<f64>,
    /// The unit.
    pub unit: Unit,
    /// Token after the measure.
    pub end: usize,
    /// How the number was written.
    pub kind: NumKind,
    /// The scale applied ("million": 1e6).
    pub scale: f64,
    /// A bare scale word with no count ("thousand litres").
    pub bare_scale: bool,
    /// Four plain digits and nothing else: maybe a year.
    pub four_digits: bool,
    /// Byte where the measure ends inside its last token, when words after a
    /// hyphen are not part of it ("6.0-sigma").
    pub cut: Option<usize>,
}

/// Currency names that "a" can count: "a dollar".
const ONE_OF_MONEY: &[&str] = &["dollar", "euro", "penny", "cent", "dime", "rupee", "yen", "yuan", "franc", "buck"];

/// Reads the measure starting at token `i`.
pub(super) fn read(cur: &Cursor, i: usize) -> Option<Measure> {
    let mut j = i;
    let mut currency: Option<&'static str> = None;
    if let Some((code, next)) = money::prefix(cur, j) {
        currency = Some(code);
        j = next;
    } else if cur.kind(j) == Some(TokenKind::Word) && cur.word(j).as_bytes()[0].is_ascii_uppercase() {
        if let Some(m) = glued_code(cur, j) {
            return Some(m);
        }
    }
    // Signs: "-3", "−273.15°", "$-99.99", "minus 4", "- 1,200,000" at the start.
    let mut negative = false;
    let sign = cur.word(j);
    let number_follows = cur.kind(j + 1) == Some(TokenKind::Number) || cur.word(j + 1) == ".";
    if matches!(sign, "-" | "−") && number_follows {
        let attached = cur.glued(j + 1) && (!cur.glued(j) || currency.is_some() || cur.word(j.wrapping_sub(1)) == "(");
        if attached || j == cur.start {
            negative = true;
            j += 1;
        }
    } else if currency.is_none() && (cur.is(j, "minus") || cur.is(j, "negative")) {
        negative = true;
        j += 1;
    }
    let Some(num) = parse::number(cur, j, currency.is_some()) else {
        if currency.is_none() && !negative && (cur.is(j, "a") || cur.is(j, "an")) {
            return one_of(cur, j);
        }
        return None;
    };
    let sign = if negative { -1.0 } else { 1.0 };
    let mut measure = Measure {
        value: sign * num.value,
        value_max: num.value_max,
        unit: Unit::None,
        end: num.end,
        kind: num.kind,
        scale: num.scale,
        bare_scale: num.bare_scale,
        four_digits: false,
        cut: None,
    };
    if num.kind == NumKind::Ordinal {
        if num.suffix.starts_with('-') {
            measure.cut = Some(cur.end_of(num.end - 1) - num.suffix.len());
        }
        return (currency.is_none() && !negative).then_some(measure);
    }
    if let Some(code) = currency {
        if !num.suffix.is_empty() {
            // "$15.4/hour", "$3/kg": a price per unit. The rate's unit stays
            // outside the span, as in "$80 a barrel" and "$350 per kg".
            let per = num.suffix.strip_prefix('/')?;
            if !quantity::per_unit(per) || cur.kind(num.end - 1) != Some(TokenKind::Number) {
                return None;
            }
            measure.cut = Some(cur.end_of(num.end - 1) - num.suffix.len());
        }
        measure.unit = Unit::Money(Some(code));
        return Some(measure);
    }
    let mut suffix = num.suffix;
    let mut end = num.end;
    // "20-million-dollar": a scale word inside the compound, then its unit.
    if let Some((word, rest)) = suffix.strip_prefix('-').and_then(|s| s.split_once('-')) {
        let scale = match word {
            "thousand" => 1e3,
            "million" => 1e6,
            "billion" => 1e9,
            "trillion" => 1e12,
            _ => 1.0,
        };
        if scale > 1.0 && !rest.is_empty() {
            measure.value *= scale;
            measure.scale *= scale;
            suffix = &suffix[word.len() + 1..];
        }
    }
    // "9.83e-3 +/- 1e-5 km/s2", "2,000.45±0.01 pounds": an uncertainty before the unit.
    if suffix.is_empty() {
        let plus_minus = if cur.word(end) == "±" {
            Some(end + 1)
        } else if cur.word(end) == "+" && cur.word(end + 1) == "/" && cur.word(end + 2) == "-" {
            Some(end + 3)
        } else {
            None
        };
        if let Some(at) = plus_minus {
            if let Some(error) = parse::number(cur, at, false) {
                if error.suffix.is_empty() && error.value_max.is_none() {
                    end = error.end;
                }
            }
        }
    }
    // "40m people": a glued "m" before a counted noun is millions, not metres.
    if matches!(suffix, "m" | "b") && noun::counted(cur, end).is_some() {
        let scale = if suffix == "m" { 1e6 } else { 1e9 };
        measure.value *= scale;
        measure.value_max = measure.value_max.map(|v| v * scale);
        measure.scale *= scale;
        return Some(measure);
    }
    if let Some((kind, after)) = percent::after(cur, suffix, end) {
        measure.unit = Unit::Percent(kind);
        measure.end = after;
        return Some(measure);
    }
    if let Some(found) = money::after(cur, suffix, end, i, measure.scale > 1.0) {
        measure.value *= found.factor;
        measure.value_max = measure.value_max.map(|v| v * found.factor);
        measure.unit = Unit::Money(found.code);
        measure.end = found.end;
        return Some(measure);
    }
    if let Some(found) = quantity::after(cur, suffix, end) {
        if found.negative {
            measure.value = -measure.value;
        }
        measure.unit = Unit::Quantity(found.unit);
        measure.end = found.end;
        return Some(measure);
    }
    if let Some(words) = suffix.strip_prefix('-') {
        // "6.0-sigma", "360-ish", "1,000,000-character": the number alone.
        if words.bytes().all(|b| b.is_ascii_alphabetic()) && cur.kind(num.end - 1) == Some(TokenKind::Number) {
            let measure_end = cur.end_of(num.end - 1) - suffix.len();
            measure.cut = Some(measure_end);
            return Some(measure);
        }
    }
    if !suffix.is_empty() {
        // Letters no table knows: "3D", "4x4".
        return None;
    }
    // "half a litre", "a tenth of a gallon", "3/4 cup".
    if num.kind == NumKind::Fraction {
        for skip in [&["a"][..], &["an"], &["of", "a"], &["of", "an"], &["of"]] {
            if skip.iter().enumerate().all(|(k, w)| cur.is(end + k, w)) {
                let at = end + skip.len();
                if let Some(found) = quantity::after(cur, "", at) {
                    measure.unit = Unit::Quantity(found.unit);
                    measure.end = found.end;
                    return Some(measure);
                }
            }
        }
    }
    let token = cur.word(j);
    measure.four_digits = num.kind == NumKind::Digits
        && num.end == j + 1
        && !negative
        && token.len() == 4
        && token.bytes().all(|b| b.is_ascii_digit());
    Some(measure)
}

/// "a litre", "an ml", "a dollar": one of a unit.
fn one_of(cur: &Cursor, j: usize) -> Option<Measure> {
    let mut measure = Measure {
        value: 1.0,
        value_max: None,
        unit: Unit::None,
        end: j + 1,
        kind: NumKind::Words,
        scale: 1.0,
        bare_scale: false,
        four_digits: false,
        cut: None,
    };
    if ONE_OF_MONEY.contains(&cur.lower(j + 1).as_str()) {
        let found = money::after(cur, "", j + 1, j, false)?;
        measure.value = found.factor;
        measure.unit = Unit::Money(found.code);
        measure.end = found.end;
        return Some(measure);
    }
    let found = quantity::after_article(cur, j + 1)?;
    measure.unit = Unit::Quantity(found.unit);
    measure.end = found.end;
    Some(measure)
}

/// A currency code glued to digits in one word token: "USD3.14", "Rs20".
fn glued_code(cur: &Cursor, j: usize) -> Option<Measure> {
    let word = cur.word(j);
    let (code, len) = money::glued_prefix(word)?;
    let value = parse::whole(&word[len..])?;
    let (value, end, scale) = parse::scales(cur, j + 1, value, true);
    Some(Measure {
        value,
        value_max: None,
        unit: Unit::Money(Some(code)),
        end,
        kind: NumKind::Digits,
        scale,
        bare_scale: false,
        four_digits: false,
        cut: None,
    })
}
