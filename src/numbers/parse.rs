//! Numbers themselves, before any unit: digits ("3,000", "12.5", "1.2B",
//! "1e-3", "2½", "1/5", "10-15", "21st") and words ("twenty-one", "one
//! hundred and five", "a dozen", "two-thirds", "third"), with the scale words
//! that follow them ("12.5 million", "30 lakh", "2 dozens").
//!
//! Digit values are kept as an integer mantissa and a power of ten until the
//! end, so that "$85.8 billion" is exactly 858 × 10⁸ and not 85.8 × 10⁹ with
//! a rounding error.

use super::cursor::{Cursor, Lower};
use crate::tokenize::TokenKind;

/// What kind of number was read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum NumKind {
    /// Written with digits.
    Digits,
    /// Written in words.
    Words,
    /// A fraction or proportion ("1/5", "two-thirds", "half").
    Fraction,
    /// An ordinal ("third", "21st").
    Ordinal,
}

/// A number read from the tokens.
#[derive(Clone, Copy, Debug)]
pub(super) struct Num<'a> {
    /// The value (lower end of an in-token range such as "10-15").
    pub value: f64,
    /// The upper end of an in-token range.
    pub value_max: Option<f64>,
    /// Token index just after the number.
    pub end: usize,
    /// Letters glued after the digits of the last token and not understood
    /// here ("km" of "3km", "kilometer" of "27-kilometer"); "" when none.
    pub suffix: &'a str,
    /// What kind of number it is.
    pub kind: NumKind,
    /// The product of the scale words and suffixes applied ("million": 1e6).
    pub scale: f64,
    /// True when the number is a bare scale word with no count ("thousand litres").
    pub bare_scale: bool,
}

/// A decimal number as mantissa × 10^exp, exact while the mantissa fits 2⁵³.
#[derive(Clone, Copy, Debug)]
struct Decimal {
    mantissa: f64,
    exp: i32,
}

impl Decimal {
    fn value(self) -> f64 {
        if self.exp >= 0 {
            self.mantissa * 10f64.powi(self.exp)
        } else {
            self.mantissa / 10f64.powi(-self.exp)
        }
    }
}

/// Reads the number at the start of `s`: digits with thousands commas, a
/// decimal part, an exponent ("4e14", "1e-3"), or a leading point (".77").
/// Returns the number and its length in bytes.
fn numeral(s: &str) -> Option<(Decimal, usize)> {
    let bytes = s.as_bytes();
    let mut i = 0;
    let mut mantissa = 0.0f64;
    let mut exp: i32 = 0;
    let mut digits = 0usize;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii_digit() {
            mantissa = mantissa * 10.0 + f64::from(b - b'0');
            digits += 1;
            i += 1;
        } else if b == b',' && digits > 0 && bytes.get(i + 1).is_some_and(u8::is_ascii_digit) {
            // The tokenizer only keeps commas that separate groups of three.
            i += 1;
        } else {
            break;
        }
    }
    if bytes.get(i) == Some(&b'.') && bytes.get(i + 1).is_some_and(u8::is_ascii_digit) {
        i += 1;
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            mantissa = mantissa * 10.0 + f64::from(bytes[i] - b'0');
            exp = exp.saturating_sub(1);
            digits += 1;
            i += 1;
        }
    }
    if digits == 0 {
        return None;
    }
    // "4e14", "1e-3": an exponent needs digits right after the sign.
    if matches!(bytes.get(i), Some(b'e' | b'E')) {
        let mut j = i + 1;
        let negative = bytes.get(j) == Some(&b'-');
        if matches!(bytes.get(j), Some(b'-' | b'+')) {
            j += 1;
        }
        let first = j;
        let mut power: i32 = 0;
        while j < bytes.len() && bytes[j].is_ascii_digit() {
            power = power.saturating_mul(10).saturating_add(i32::from(bytes[j] - b'0')).min(1000);
            j += 1;
        }
        let followed_by_letter = bytes.get(j).is_some_and(u8::is_ascii_alphabetic);
        if j > first && !followed_by_letter {
            exp = exp.saturating_add(if negative { -power } else { power });
            i = j;
        }
    }
    Some((Decimal { mantissa, exp }, i))
}

/// The value of a vulgar-fraction character ("½").
fn vulgar(c: char) -> Option<f64> {
    Some(match c {
        '½' => 0.5,
        '⅓' => 1.0 / 3.0,
        '⅔' => 2.0 / 3.0,
        '¼' => 0.25,
        '¾' => 0.75,
        '⅕' => 0.2,
        '⅖' => 0.4,
        '⅗' => 0.6,
        '⅘' => 0.8,
        '⅙' => 1.0 / 6.0,
        '⅚' => 5.0 / 6.0,
        '⅛' => 0.125,
        '⅜' => 0.375,
        '⅝' => 0.625,
        '⅞' => 0.875,
        _ => return None,
    })
}

/// A scale glued to digits ("1.2B", "40m", "3bn", "5k"): the power of ten.
/// A bare "m", "b" or "t" is a scale only for money ("£40m"); otherwise it is
/// left for the unit table (metre, bit, tonne).
fn scale_suffix(suffix: &str, money: bool, decimals: bool) -> Option<i32> {
    match suffix {
        "k" | "K" => Some(3),
        "M" | "mn" | "Mn" | "MN" | "mln" => Some(6),
        "B" | "bn" | "Bn" | "BN" | "bln" => Some(9),
        "T" | "tn" | "Tn" | "trn" => Some(12),
        // ".0012G": giga only with decimals, so that "5G" stays a network.
        "G" if decimals => Some(9),
        "m" if money => Some(6),
        "b" if money => Some(9),
        "t" if money => Some(12),
        _ => None,
    }
}

/// A scale word after a number: "million", "30 lakh", "2 dozens". Plurals
/// ("three billions") and abbreviations ("3 bn") count only after a number.
fn scale_word(word: &str, after_number: bool, money: bool) -> Option<f64> {
    let scale = match word {
        "hundred" => 1e2,
        "thousand" => 1e3,
        "million" => 1e6,
        "billion" => 1e9,
        "trillion" => 1e12,
        "lakh" | "lakhs" | "lac" | "lacs" => 1e5,
        "crore" | "crores" | "krore" | "krores" | "koti" => 1e7,
        "dozen" => 12.0,
        _ if !after_number => return None,
        "hundreds" => 1e2,
        "thousands" => 1e3,
        "millions" | "mn" | "mln" => 1e6,
        "billions" | "bn" | "bln" => 1e9,
        "trillions" | "tn" | "trn" => 1e12,
        "lkh" | "lkhs" => 1e5,
        "cr" | "kr" => 1e7,
        "dozens" => 12.0,
        "m" if money => 1e6,
        "b" if money => 1e9,
        "k" if money => 1e3,
        _ => return None,
    };
    Some(scale)
}

/// "one" … "nineteen", and the zeros.
fn unit_word(word: &str) -> Option<u32> {
    Some(match word {
        "zero" | "naught" | "nought" | "nil" => 0,
        "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        _ => return None,
    })
}

/// "twenty" … "ninety".
fn tens_word(word: &str) -> Option<u32> {
    Some(match word {
        "twenty" => 20,
        "thirty" => 30,
        "forty" => 40,
        "fifty" => 50,
        "sixty" => 60,
        "seventy" => 70,
        "eighty" => 80,
        "ninety" => 90,
        _ => return None,
    })
}

/// "first" … "ninetieth", "hundredth", "thousandth".
pub(super) fn ordinal_word(word: &str) -> Option<u32> {
    Some(match word {
        "first" => 1,
        "second" => 2,
        "third" => 3,
        "fourth" => 4,
        "fifth" => 5,
        "sixth" => 6,
        "seventh" => 7,
        "eighth" => 8,
        "ninth" => 9,
        "tenth" => 10,
        "eleventh" => 11,
        "twelfth" => 12,
        "thirteenth" => 13,
        "fourteenth" => 14,
        "fifteenth" => 15,
        "sixteenth" => 16,
        "seventeenth" => 17,
        "eighteenth" => 18,
        "nineteenth" => 19,
        "twentieth" => 20,
        "thirtieth" => 30,
        "fortieth" => 40,
        "fiftieth" => 50,
        "sixtieth" => 60,
        "seventieth" => 70,
        "eightieth" => 80,
        "ninetieth" => 90,
        "hundredth" => 100,
        "thousandth" => 1000,
        "millionth" => 1_000_000,
        _ => return None,
    })
}

/// The denominator a fraction word names ("thirds" → 3) and whether it is plural.
fn denominator(word: &str) -> Option<(f64, bool)> {
    let (singular, plural) = match word.strip_suffix('s') {
        Some(stem) if stem != "thirds" => (stem, true),
        _ => (word, false),
    };
    let value = match singular {
        "half" => 2.0,
        "halve" if plural => 2.0,
        "third" => 3.0,
        "quarter" | "fourth" => 4.0,
        "fifth" => 5.0,
        "sixth" => 6.0,
        "seventh" => 7.0,
        "eighth" => 8.0,
        "ninth" => 9.0,
        "tenth" => 10.0,
        "twelfth" => 12.0,
        "hundredth" => 100.0,
        "thousandth" => 1000.0,
        _ => return None,
    };
    if singular == "half" && plural {
        return None;
    }
    Some((value, plural))
}

/// Words that make "half" or a following ordinal part of a date or a name:
/// "the first half", "the second half of 2024".
fn blocks_half(word: &str) -> bool {
    matches!(word, "the" | "first" | "second" | "1st" | "2nd" | "other" | "this" | "that" | "its" | "their")
}

/// Reads the number at token `i`. `money` says a currency sign precedes it,
/// which makes "£40m" forty million rather than forty metres.
pub(super) fn number<'a>(cur: &Cursor<'a>, i: usize, money: bool) -> Option<Num<'a>> {
    match cur.kind(i)? {
        TokenKind::Number => digits(cur, i, i, money),
        // ".77", ".0012": a point that starts a number.
        TokenKind::Punct
            if cur.word(i) == "."
                && (!cur.glued(i) || matches!(cur.word(i.wrapping_sub(1)), "-" | "−"))
                && cur.kind(i + 1) == Some(TokenKind::Number)
                && cur.glued(i + 1)
                && cur.word(i + 1).as_bytes()[0].is_ascii_digit() =>
        {
            digits(cur, i + 1, i, money)
        }
        TokenKind::Word => words(cur, i),
        _ => None,
    }
}

/// A number written with digits, starting at token `i` (`dot` is `i - 1`
/// when a leading point precedes it).
fn digits<'a>(cur: &Cursor<'a>, i: usize, dot: usize, money: bool) -> Option<Num<'a>> {
    let token = cur.word(i);
    let (mut decimal, mut len, mut fraction) = if dot < i {
        // The digits after a leading point: count them as decimals.
        let count = token.bytes().take_while(u8::is_ascii_digit).count();
        let (d, _) = numeral(&token[..count])?;
        (Decimal { mantissa: d.mantissa, exp: -(count as i32) }, count, 0.0)
    } else if let Some(v) = token.chars().next().and_then(vulgar) {
        (Decimal { mantissa: 0.0, exp: 0 }, token.chars().next().map_or(0, char::len_utf8), v)
    } else {
        let (d, l) = numeral(token)?;
        (d, l, 0.0)
    };
    // "2½"
    if let Some(v) = token[len..].chars().next().and_then(vulgar) {
        fraction = v;
        len += token[len..].chars().next().map_or(0, char::len_utf8);
    }
    let mut rest = &token[len..];
    let mut kind = if fraction > 0.0 && decimal.mantissa == 0.0 { NumKind::Fraction } else { NumKind::Digits };
    let mut value_max = None;
    let mut scale = 1.0;

    if let Some(after) = rest.strip_prefix('/') {
        // "$15.4/hour": a price per unit, whose unit the measure judges.
        if money && after.as_bytes().first().is_some_and(u8::is_ascii_alphabetic) {
            return finish(cur, i, decimal.value() + fraction, None, rest, kind, scale, money);
        }
        // "1/5", "3/4": a fraction; "1/0" and "10/14/2024" are not numbers.
        let (den, l) = numeral(after)?;
        if l != after.len() || den.value() == 0.0 || decimal.exp != 0 || den.exp != 0 {
            return None;
        }
        return finish(cur, i, decimal.value() / den.value(), None, "", NumKind::Fraction, 1.0, money);
    }
    // "30pc", "21st", "1990s", "2pm": suffixes that decide what the token is.
    let lower = Lower::new(rest);
    match lower.as_str() {
        "st" | "nd" | "rd" | "th" if decimal.exp == 0 && fraction == 0.0 => {
            let value = decimal.value();
            return Some(Num {
                value,
                value_max: None,
                end: i + 1,
                suffix: "",
                kind: NumKind::Ordinal,
                scale: 1.0,
                bare_scale: false,
            });
        }
        "s" | "'s" | "am" | "pm" | "a.m" | "p.m" | "a.m." | "p.m." => return None,
        _ => {}
    }
    // "2.48×10−5", "5.5x10-3": scientific notation.
    if let Some(power) = times_ten(cur, i, rest) {
        decimal.exp = decimal.exp.saturating_add(power.0);
        let value = decimal.value() + fraction;
        let mut num = finish(cur, power.1 - 1, value, None, power.2, kind, 1.0, money)?;
        num.end = power.1;
        return Some(num);
    }
    if let Some(power) = scale_suffix(split_range(rest).0, money, decimal.exp < 0) {
        let (head, _) = split_range(rest);
        decimal.exp = decimal.exp.saturating_add(power);
        scale = 10f64.powi(power);
        rest = &rest[head.len()..];
    }
    // "10-15", "3km-5km", "7-9": a range inside the token.
    let (head, tail) = split_range(rest);
    if let Some(second) = tail.strip_prefix('-') {
        if second.as_bytes().first().is_some_and(u8::is_ascii_digit) {
            let (d2, l2) = numeral(second)?;
            let mut suffix2 = &second[l2..];
            let mut max = d2;
            if let Some(power) = scale_suffix(suffix2, money, max.exp < 0) {
                max.exp = max.exp.saturating_add(power);
                if scale == 1.0 {
                    decimal.exp = decimal.exp.saturating_add(power);
                    scale = 10f64.powi(power);
                }
                suffix2 = "";
            }
            if !(head.is_empty() || head == suffix2) || suffix2.contains('-') {
                return None;
            }
            let first = decimal.value() + fraction;
            let second_value = max.value();
            // "-78-0": a sign before the token makes the first end negative.
            let signed = matches!(cur.word(i.wrapping_sub(1)), "-" | "−") && cur.glued(i) && !cur.glued(i - 1);
            let lower_end = if signed { -first } else { first };
            if !range_like(&token[..len], &second[..l2], lower_end, second_value) {
                return None;
            }
            value_max = Some(second_value);
            return finish(cur, i, first, value_max, suffix2, kind, scale, money);
        }
        // "27-kilometer", "50-plus": the words after the hyphen.
        if head.is_empty() && !second.is_empty() {
            return finish(cur, i, decimal.value() + fraction, None, rest, kind, scale, money);
        }
    }
    if !rest.is_empty() {
        // Letters the unit tables may know ("km", "kg", "C").
        return finish(cur, i, decimal.value() + fraction, None, rest, kind, scale, money);
    }

    let mut value = decimal.value() + fraction;
    let mut end = i + 1;
    // "10 000 dollars": groups of three digits separated by spaces.
    if token.len() <= 3 && token.bytes().all(|b| b.is_ascii_digit()) {
        while cur.kind(end) == Some(TokenKind::Number)
            && cur.word(end).len() == 3
            && cur.word(end).bytes().all(|b| b.is_ascii_digit())
            && !cur.glued(end)
        {
            let (d, _) = numeral(cur.word(end))?;
            value = value * 1000.0 + d.value();
            decimal = Decimal { mantissa: value, exp: 0 };
            end += 1;
        }
    }
    // "2 1/2": a whole number and a fraction.
    if kind == NumKind::Digits && decimal.exp == 0 && cur.kind(end) == Some(TokenKind::Number) {
        let next = cur.word(end);
        if let Some((num, den)) = next.split_once('/') {
            if let (Some((n, ln)), Some((d, ld))) = (numeral(num), numeral(den)) {
                if ln == num.len() && ld == den.len() && d.value() > n.value() && n.value() > 0.0 {
                    value += n.value() / d.value();
                    decimal = Decimal { mantissa: value, exp: 0 };
                    kind = NumKind::Fraction;
                    end += 1;
                }
            }
        }
    }
    // "1 point 1"
    if cur.is(end, "point") && cur.kind(end + 1) == Some(TokenKind::Number) && decimal.exp == 0 {
        let next = cur.word(end + 1);
        if next.bytes().all(|b| b.is_ascii_digit()) {
            let (d, _) = numeral(next)?;
            decimal = Decimal {
                mantissa: decimal.mantissa * 10f64.powi(next.len() as i32) + d.mantissa,
                exp: -(next.len() as i32),
            };
            value = decimal.value();
            end += 2;
        }
    }
    let (value, end, scale) = scale_words(cur, end, decimal, value, scale, money);
    Some(Num { value, value_max, end, suffix: "", kind, scale, bare_scale: false })
}

/// "×10−5" after the digits of token `i` (in the token as "x10-3", or as
/// tokens "×" "10" "−" "5"): the power of ten, the token after it, and what
/// is glued after the exponent.
fn times_ten<'a>(cur: &Cursor<'a>, i: usize, rest: &'a str) -> Option<(i32, usize, &'a str)> {
    fn exponent(s: &str) -> Option<(i32, usize)> {
        let s2 = s.strip_prefix('^').unwrap_or(s);
        let skipped = s.len() - s2.len();
        let (negative, digits) =
            if let Some(d) = s2.strip_prefix('-').or_else(|| s2.strip_prefix('−')) { (true, d) } else { (false, s2) };
        let count = digits.bytes().take_while(u8::is_ascii_digit).count();
        if count == 0 || count > 3 {
            return None;
        }
        let power: i32 = digits[..count].parse().ok()?;
        Some((if negative { -power } else { power }, skipped + (s2.len() - digits.len()) + count))
    }
    if let Some(after) = rest.strip_prefix("x10").or_else(|| rest.strip_prefix("×10")) {
        let (power, len) = exponent(after)?;
        return Some((power, i + 1, &after[len..]));
    }
    if !rest.is_empty()
        || !matches!(cur.word(i + 1), "×" | "x")
        || !cur.glued(i + 1)
        || cur.word(i + 2) != "10"
        || !cur.glued(i + 2)
    {
        return None;
    }
    // The exponent's sign and digits are tokens of their own.
    let mut k = i + 3;
    let mut text = String::new();
    while cur.glued(k) && matches!(cur.word(k), "^" | "-" | "−") {
        text.push_str(cur.word(k));
        k += 1;
    }
    if !cur.glued(k) || cur.kind(k) != Some(TokenKind::Number) {
        return None;
    }
    text.push_str(cur.word(k));
    let (power, len) = exponent(&text)?;
    (len == text.len()).then_some((power, k + 1, ""))
}

/// Splits `rest` at its first hyphen: ("km", "-5km") for "km-5km".
fn split_range(rest: &str) -> (&str, &str) {
    match rest.find('-') {
        Some(at) => (&rest[..at], &rest[at..]),
        None => (rest, ""),
    }
}

/// True when "A-B" reads as a range rather than a score ("2-1"), a phone
/// number ("555-1234") or a span of years ("2013-14", left to dates).
fn range_like(first_text: &str, second_text: &str, first: f64, second: f64) -> bool {
    let plain = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    let year = |s: &str, v: f64| plain(s) && s.len() == 4 && (1100.0..=2199.0).contains(&v);
    if year(first_text, first) && (second_text.len() == 2 || year(second_text, second)) {
        return false;
    }
    // Phone numbers: "555-1234" (but "100-1000" is a range).
    if plain(first_text)
        && plain(second_text)
        && first_text.len() == 3
        && second_text.len() == 4
        && !second_text.ends_with("00")
    {
        return false;
    }
    first < second
}

/// Applies the scale words after a number ("12.5 million", "three thousand millions").
fn scale_words(
    cur: &Cursor,
    mut end: usize,
    decimal: Decimal,
    mut value: f64,
    mut scale: f64,
    money: bool,
) -> (f64, usize, f64) {
    let mut decimal = Some(decimal);
    // "two and a half million"
    if cur.is(end, "and") && cur.is(end + 1, "a") && cur.is(end + 2, "half") {
        value += 0.5;
        decimal = None;
        end += 3;
    }
    while cur.has(end) {
        let lower = cur.lower(end);
        let Some(s) = scale_word(lower.as_str(), true, money) else { break };
        // "3 million" keeps exact decimals: 3 × 10⁶.
        match decimal.as_mut() {
            Some(d) if s >= 10.0 && (s.log10().fract() == 0.0) => {
                d.exp = d.exp.saturating_add(s.log10() as i32);
                value = d.value();
            }
            _ => {
                decimal = None;
                value *= s;
            }
        }
        scale *= s;
        end += 1;
    }
    (value, end, scale)
}

/// A number that is the whole of `text`, with an optional scale suffix:
/// the "3.14" of "USD3.14", the "5bn" of "USD5bn".
pub(super) fn whole(text: &str) -> Option<f64> {
    let (mut decimal, len) = numeral(text)?;
    let rest = &text[len..];
    if !rest.is_empty() {
        decimal.exp = decimal.exp.saturating_add(scale_suffix(rest, true, decimal.exp < 0)?);
    }
    Some(decimal.value())
}

/// The scale words after a number that ends before token `end`:
/// the value, the token after them, and the scale applied.
pub(super) fn scales(cur: &Cursor, end: usize, value: f64, money: bool) -> (f64, usize, f64) {
    scale_words(cur, end, Decimal { mantissa: value, exp: 0 }, value, 1.0, money)
}

/// Builds a number that ends with the current token.
#[allow(clippy::too_many_arguments)]
fn finish<'a>(
    cur: &Cursor<'a>,
    i: usize,
    value: f64,
    value_max: Option<f64>,
    suffix: &'a str,
    kind: NumKind,
    scale: f64,
    money: bool,
) -> Option<Num<'a>> {
    let mut num = Num { value, value_max, end: i + 1, suffix, kind, scale, bare_scale: false };
    if suffix.is_empty() && value_max.is_some() {
        // "7-9 lakh rupees": scale words apply to both ends.
        let (v, end, s) = scale_words(cur, i + 1, Decimal { mantissa: value, exp: 0 }, value, scale, money);
        let factor = s / scale;
        num.value = v;
        num.value_max = value_max.map(|m| m * factor);
        num.end = end;
        num.scale = s;
    }
    Some(num)
}

/// Where the word-number reader is, to know which words may follow.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Last {
    Nothing,
    Unit,
    Teen,
    Tens,
    Hundred,
    Scale,
}

/// A number written in words, starting at token `i`.
fn words<'a>(cur: &Cursor<'a>, i: usize) -> Option<Num<'a>> {
    let first = cur.lower(i);
    let first = first.as_str();
    // Cheap rejection: nearly every word of a text fails here.
    let starts = unit_word(first).is_some()
        || tens_word(first).is_some()
        || ordinal_word(first).is_some()
        || matches!(first, "a" | "an" | "half" | "hundred" | "thousand" | "dozen" | "quarter" | "point")
        || first.contains('-')
        || first.starts_with("twenty")
        || first.starts_with("thirty")
        || first.starts_with("forty")
        || first.starts_with("fifty")
        || first.starts_with("sixty")
        || first.starts_with("seventy")
        || first.starts_with("eighty")
        || first.starts_with("ninety")
        || denominator(first).is_some();
    if !starts {
        return None;
    }
    let prev = cur.lower(i.wrapping_sub(1));
    let prev = if i > cur.start { prev.as_str() } else { "" };

    if matches!(first, "a" | "an") {
        return article(cur, i);
    }
    // "first-ever", "second-largest": the rank before the hyphen (ANNOTATION.md
    // tags inside compounds); "first-quarter" is a period, left alone.
    if let Some((head, tail)) = first.split_once('-') {
        let word_tail = !tail.is_empty() && tail.bytes().all(|b| b.is_ascii_alphabetic());
        if let Some(v) = ordinal_word(head).filter(|_| word_tail && !matches!(tail, "quarter" | "half")) {
            let mut num = simple(f64::from(v), i + 1, NumKind::Ordinal);
            num.suffix = &cur.word(i)[head.len()..];
            return Some(num);
        }
    }
    // "half-litre", "quarter-litre": a fraction of the unit after the hyphen.
    if let Some((head, tail)) = first.split_once('-') {
        let value = match head {
            "half" => 0.5,
            "quarter" => 0.25,
            _ => 0.0,
        };
        if value > 0.0 && !tail.is_empty() {
            let mut num = simple(value, i + 1, NumKind::Fraction);
            num.suffix = &cur.word(i)[head.len() + 1..];
            return Some(num);
        }
    }
    // "point 77"
    if first == "point" {
        let next = cur.word(i + 1);
        if cur.kind(i + 1) == Some(TokenKind::Number) && next.bytes().all(|b| b.is_ascii_digit()) {
            let (d, _) = numeral(next)?;
            return Some(simple(
                Decimal { mantissa: d.mantissa, exp: -(next.len() as i32) }.value(),
                i + 2,
                NumKind::Digits,
            ));
        }
        return None;
    }
    if first == "half" {
        if blocks_half(prev) {
            return None;
        }
        // "half a million": half the scale, a count.
        if cur.is(i + 1, "a") {
            if let Some(scale) = scale_word(cur.lower(i + 2).as_str(), false, false).filter(|&s| s >= 1e3) {
                let mut num = simple(0.5 * scale, i + 3, NumKind::Words);
                num.scale = scale;
                return Some(num);
            }
        }
        return Some(simple(0.5, i + 1, NumKind::Fraction));
    }
    if let Some(v) = ordinal_word(first) {
        // "fourth of a litre", "tenth of a gallon": a fraction, not an ordinal.
        if cur.is(i + 1, "of") && !blocks_half(prev) && v >= 3 && !matches!(prev, "a" | "an") {
            if let Some((den, _)) = denominator(first) {
                if !cur.capitalised(i + 2) {
                    return Some(simple(1.0 / den, i + 1, NumKind::Fraction));
                }
            }
        }
        // "a second", "per second", "one second": time, not rank.
        if first == "second" && matches!(prev, "a" | "per" | "one" | "every" | "each" | "split") {
            return None;
        }
        return Some(simple(f64::from(v), i + 1, NumKind::Ordinal));
    }
    if let Some(v) = glued_ordinal(first) {
        return Some(simple(f64::from(v), i + 1, NumKind::Ordinal));
    }

    let mut total = 0.0f64;
    let mut current = 0.0f64;
    let mut last = Last::Nothing;
    let mut seen = false;
    let mut bare = false;
    let mut j = i;
    let mut end = i;
    'tokens: while cur.has(j) {
        let word = cur.word(j);
        if seen && (word == "and" || word == "&") && matches!(last, Last::Hundred | Last::Scale) {
            let next = cur.lower(j + 1);
            let next = next.as_str().split('-').next().unwrap_or("");
            if unit_word(next).is_some() || tens_word(next).is_some() {
                j += 1;
                continue;
            }
            break;
        }
        // "three million, two hundred & forty"
        if seen
            && word == ","
            && last == Last::Scale
            && unit_word(cur.lower(j + 1).as_str()).is_some()
            && cur.is(j + 2, "hundred")
        {
            j += 1;
            continue;
        }
        // "twenty—fifth": a dash token between tens and units.
        if matches!(word, "—" | "–") && last == Last::Tens && cur.glued(j) && cur.glued(j + 1) {
            j += 1;
            continue;
        }
        let mut offset = 0;
        for (index, part) in word.split('-').enumerate() {
            let lower = Lower::new(part);
            let w = lower.as_str();
            if let Some(n) = unit_word(w) {
                let n = f64::from(n);
                match last {
                    Last::Unit | Last::Teen => break 'tokens,
                    Last::Tens if n >= 10.0 || n == 0.0 => break 'tokens,
                    _ => {}
                }
                current += n;
                last = if n >= 10.0 { Last::Teen } else { Last::Unit };
            } else if let Some(n) = tens_word(w) {
                // "one twenty two": hundreds said as a digit.
                if last == Last::Unit && total == 0.0 && current > 0.0 && current < 10.0 && j > i && index == 0 {
                    current = current * 100.0 + f64::from(n);
                    last = Last::Tens;
                    seen = true;
                    offset += part.len() + 1;
                    continue;
                }
                if matches!(last, Last::Unit | Last::Teen | Last::Tens) {
                    break 'tokens;
                }
                current += f64::from(n);
                last = Last::Tens;
            } else if w == "hundred" {
                if last == Last::Hundred {
                    break 'tokens;
                }
                if !seen {
                    bare = true;
                }
                current = current.max(1.0) * 100.0;
                last = Last::Hundred;
            } else if let Some(s) = scale_word(w, seen, false) {
                if !seen {
                    bare = true;
                }
                if current == 0.0 && total > 0.0 {
                    // "three thousand millions"
                    total *= s;
                } else if s == 12.0 {
                    current = current.max(1.0) * 12.0;
                } else {
                    total += current.max(1.0) * s;
                    current = 0.0;
                }
                last = Last::Scale;
            } else if seen && matches!(last, Last::Unit | Last::Teen | Last::Tens) {
                let numerator = total + current;
                if let Some(v) = ordinal_word(w).filter(|&v| v < 10 && last == Last::Tens) {
                    // "twenty-first", "thirty first"
                    return Some(simple(numerator + f64::from(v), j + 1, NumKind::Ordinal));
                }
                if let Some((den, plural)) = denominator(w) {
                    // "two-thirds", "one sixth", "three halves"
                    if (plural || numerator == 1.0) && index + 1 == word.split('-').count() {
                        return Some(simple(numerator / den, j + 1, NumKind::Fraction));
                    }
                }
                if index == 0 {
                    break 'tokens;
                }
                return hyphen_tail(total + current, j, &word[offset..], bare);
            } else if seen && matches!(last, Last::Hundred | Last::Scale) && ordinal_word(w).is_some() {
                // "one hundred and first"
                let v = ordinal_word(w).map_or(0.0, f64::from);
                return Some(simple(total + current + v, j + 1, NumKind::Ordinal));
            } else if index == 0 {
                break 'tokens;
            } else if seen {
                // "twenty-pound", "half-litre": a unit after the hyphen.
                return hyphen_tail(total + current, j, &word[offset..], bare);
            } else {
                break 'tokens;
            }
            seen = true;
            offset += part.len() + 1;
        }
        j += 1;
        end = j;
    }
    if !seen || end == i {
        return None;
    }
    let mut value = total + current;
    // "two point two million"
    if cur.is(end, "point") {
        let mut k = end + 1;
        let mut digits = String::new();
        while cur.has(k) {
            match unit_word(cur.lower(k).as_str()).filter(|&d| d < 10) {
                Some(d) => digits.push(char::from(b'0' + d as u8)),
                None => break,
            }
            k += 1;
        }
        if digits.is_empty()
            && cur.kind(end + 1) == Some(TokenKind::Number)
            && cur.word(end + 1).bytes().all(|b| b.is_ascii_digit())
        {
            digits.push_str(cur.word(end + 1));
            k = end + 2;
        }
        if let Ok(fraction) = format!("0.{digits}").parse::<f64>() {
            if !digits.is_empty() {
                value += fraction;
                end = k;
            }
        }
    }
    let (value, end, scale) = scale_words(cur, end, Decimal { mantissa: value, exp: 0 }, value, 1.0, false);
    let mut num = simple(value, end, NumKind::Words);
    num.scale = scale;
    num.bare_scale = bare;
    Some(num)
}

/// A number whose unit is the word after its hyphen: "twenty-pound", "half-litre".
fn hyphen_tail(value: f64, j: usize, rest: &str, bare: bool) -> Option<Num<'_>> {
    let mut num = simple(value, j + 1, NumKind::Words);
    num.suffix = rest;
    num.bare_scale = bare;
    Some(num)
}

/// "twentyfifth": tens and an ordinal written as one word.
fn glued_ordinal(word: &str) -> Option<u32> {
    for tens in ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"] {
        if let Some(rest) = word.strip_prefix(tens) {
            let v = ordinal_word(rest).filter(|&v| v < 10)?;
            return Some(tens_word(tens)? + v);
        }
    }
    None
}

/// "a hundred", "a dozen", "a couple of", "a third of", "a half".
fn article<'a>(cur: &Cursor<'a>, i: usize) -> Option<Num<'a>> {
    let next = cur.lower(i + 1);
    let next = next.as_str();
    if scale_word(next, false, false).is_some() {
        // The article counts as one: "a hundred and two".
        let mut num = words_after_article(cur, i)?;
        num.bare_scale = false;
        return Some(num);
    }
    if matches!(next, "couple" | "pair") && (cur.is(i + 2, "of") || !cur.has(i + 2)) {
        return Some(simple(2.0, i + 2, NumKind::Words));
    }
    if next == "half" {
        return Some(simple(0.5, i + 2, NumKind::Fraction));
    }
    // "a baker's dozen": thirteen.
    if next == "baker" && matches!(cur.word(i + 2), "'s" | "’s") && cur.is(i + 3, "dozen") {
        return Some(simple(13.0, i + 4, NumKind::Words));
    }
    if let Some((den, false)) = denominator(next) {
        // "a quarter of a million": the fraction of the scale, a count.
        if cur.is(i + 2, "of") && (cur.is(i + 3, "a") || cur.is(i + 3, "an")) {
            if let Some(scale) = scale_word(cur.lower(i + 4).as_str(), false, false).filter(|&s| s >= 1e3) {
                let mut num = simple(scale / den, i + 5, NumKind::Words);
                num.scale = scale;
                return Some(num);
            }
        }
        if cur.is(i + 2, "of") {
            return Some(simple(1.0 / den, i + 2, NumKind::Fraction));
        }
        // "grew by a third since 2019", "cut by a fifth.": no noun follows,
        // so a share, not a rank ("a third term").
        const AFTER_A_SHARE: &[&str] =
            &["since", "in", "on", "from", "to", "by", "over", "last", "this", "between", "and", "or", "than", "after"];
        let ends = !cur.has(i + 2) || cur.kind(i + 2) == Some(TokenKind::Punct);
        if ends || AFTER_A_SHARE.iter().any(|w| cur.is(i + 2, w)) {
            return Some(simple(1.0 / den, i + 2, NumKind::Fraction));
        }
    }
    None
}

/// The word number after "a": the scale words apply to one.
fn words_after_article<'a>(cur: &Cursor<'a>, i: usize) -> Option<Num<'a>> {
    let mut num = words(cur, i + 1)?;
    if num.kind != NumKind::Words {
        return None;
    }
    // `words` read "hundred and two" as a bare 100 + 2: that is what "a" means.
    num.bare_scale = false;
    Some(num)
}

/// A number with no suffix and no range.
fn simple<'a>(value: f64, end: usize, kind: NumKind) -> Num<'a> {
    Num { value, value_max: None, end, suffix: "", kind, scale: 1.0, bare_scale: false }
}
