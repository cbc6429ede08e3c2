//! Fuzzes `newsmark::annotate` with arbitrary UTF-8 and options (offset unit,
//! reference date, watch list), and checks the document's invariants
//! (`tests/regressions/invariants.rs`): spans sorted, disjoint, inside the
//! text, on character boundaries, `text` equal to the slice, and so on.
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use newsmark::{annotate, Date, Label, OffsetUnit, Options, WatchTerm};

#[path = "../../tests/regressions/invariants.rs"]
mod invariants;

#[derive(Arbitrary, Debug)]
struct Input<'a> {
    text: &'a str,
    unit: u8,
    /// A reference date as the shells can give it (years of four characters).
    date: Option<(i16, u8, u8)>,
    /// Also try the date parser on raw text.
    date_text: Option<&'a str>,
    watchlist: Vec<(&'a str, u8)>,
}

fuzz_target!(|input: Input<'_>| {
    let offsets = [OffsetUnit::Utf16, OffsetUnit::Chars, OffsetUnit::Utf8][usize::from(input.unit % 3)];
    let reference_date = match (input.date, input.date_text) {
        (_, Some(s)) if input.unit & 0x80 != 0 => Date::parse(s).ok(),
        (Some((y, m, d)), _) => Date::new(i32::from(y).clamp(-999, 9999), u32::from(m % 13), u32::from(d % 32)),
        _ => None,
    };
    let watchlist = input
        .watchlist
        .iter()
        .take(8)
        .map(|&(term, label)| WatchTerm { term: term.to_string(), label: Label::ALL[usize::from(label) % Label::ALL.len()] })
        .collect();
    let options = Options { reference_date, reference_time: None, offsets, watchlist };
    let document = annotate(input.text, &options);
    invariants::assert_valid(input.text, &document, offsets);
});
