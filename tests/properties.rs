//! Property tests of `annotate` on arbitrary Unicode: news fragments mixed
//! with emoji, CJK, combining marks, right-to-left overrides, zero-width
//! joiners, control characters and NUL. Every document keeps the invariants
//! of `tests/regressions/invariants.rs`, the three offset units describe the
//! same spans exactly, and annotating twice gives the same document.
//! Failing cases are kept in `tests/regressions/properties.proptest`.
#![cfg(not(target_arch = "wasm32"))]

use newsmark::{annotate, Date, Label, OffsetUnit, Options, WatchTerm};
use proptest::prelude::*;
use proptest::test_runner::FileFailurePersistence;

#[path = "regressions/invariants.rs"]
mod invariants;

const UNITS: [OffsetUnit; 3] = [OffsetUnit::Utf16, OffsetUnit::Chars, OffsetUnit::Utf8];

/// Pieces of news text that exercise the recognisers.
const NEWS: &[&str] = &[
    "Pavel Durov",
    "Telegram",
    "said",
    " ",
    " ",
    " ",
    ", ",
    ". ",
    "\n",
    "\r\n",
    "\n\n",
    "Kazakhstan",
    "in",
    "the",
    "12.5 million",
    "25%",
    "$1.2B",
    "€3,400",
    "1.2bn",
    "Oct. 14",
    "2024-10-14",
    "last year",
    "the third quarter of 2024",
    "on Friday",
    "3:30 p.m.",
    "Q3",
    "up",
    "fell",
    "nearly",
    "people",
    "users",
    "Dr.",
    "Mr.",
    "U.S.",
    "E.U.",
    "according to",
    "\"",
    "'s",
    "(",
    ")",
    "-",
    "–",
    "10-15%",
    "first",
    "21st",
    "1,000",
    "0.5",
    "minus",
    "Jan. 1, 2025",
];

/// Characters that break naive text handling.
const HOSTILE: &[&str] = &[
    "😀",
    "👩‍👩‍👧",
    "🇰🇿",
    "東京",
    "日本語",
    "e\u{301}",
    "\u{301}",
    "\u{202E}",
    "\u{202D}",
    "\u{200F}",
    "\u{200D}",
    "\u{200B}",
    "\u{FEFF}",
    "\0",
    "\u{1}",
    "\u{7}",
    "\t",
    "\u{B}",
    "\u{C}",
    "\u{85}",
    "\u{2028}",
    "\u{2029}",
    "\u{FFFD}",
    "ﬁ",
    "İ",
    "ß",
    "Σ",
    "ǅ",
    "١٢٣",
    "٪",
    "𝟙𝟚",
    "½",
    "²",
    "Ⅻ",
    "שלום",
    "مرحبا",
    "\u{10FFFF}",
    "\u{E000}",
];

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::sample::select(NEWS).prop_map(str::to_string),
        2 => prop::sample::select(HOSTILE).prop_map(str::to_string),
        1 => any::<char>().prop_map(String::from),
        1 => "[0-9]{1,12}",
        1 => "[A-Z][a-z]{0,8}",
    ]
}

/// News-like text laced with hostile characters, or fully arbitrary text.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => prop::collection::vec(piece(), 0..80).prop_map(|pieces| pieces.concat()),
        1 => any::<String>(),
    ]
}

fn options() -> impl Strategy<Value = Options> {
    let date = prop::option::of((1900i32..2100, 1u32..=12, 1u32..=31))
        .prop_map(|d| d.and_then(|(y, m, d)| Date::new(y, m, d)));
    let watch = prop::collection::vec((prop::sample::select(NEWS), 0..Label::ALL.len()), 0..3);
    (date, prop::sample::select(&UNITS[..]), watch).prop_map(|(reference_date, offsets, watch)| Options {
        reference_date,
        reference_time: None,
        offsets,
        watchlist: watch
            .into_iter()
            .map(|(term, l)| WatchTerm { term: term.to_string(), label: Label::ALL[l] })
            .collect(),
    })
}

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: 200,
        failure_persistence: Some(Box::new(FileFailurePersistence::Direct("tests/regressions/properties.proptest"))),
        ..ProptestConfig::default()
    }
}

proptest! {
    #![proptest_config(config())]

    /// Spans sorted, disjoint, inside the text, on character boundaries, exact slices.
    #[test]
    fn documents_keep_their_invariants(text in text(), options in options()) {
        let document = annotate(&text, &options);
        if let Err(problem) = invariants::check(&text, &document, options.offsets) {
            prop_assert!(false, "{}", problem);
        }
    }

    /// The three units describe the same spans, each converted exactly.
    #[test]
    fn offsets_convert_exactly_between_units(text in text(), mut options in options()) {
        let mut documents = Vec::new();
        for unit in UNITS {
            options.offsets = unit;
            documents.push(annotate(&text, &options));
        }
        let [utf16, chars, utf8] = &documents[..] else { unreachable!() };
        prop_assert_eq!(utf8.spans.len(), utf16.spans.len());
        prop_assert_eq!(utf8.spans.len(), chars.spans.len());
        for (i, span) in utf8.spans.iter().enumerate() {
            prop_assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
            let before = &text[..span.start];
            let inside = &text[span.start..span.end];
            let (u16_start, u16_len) = (before.encode_utf16().count(), inside.encode_utf16().count());
            let (ch_start, ch_len) = (before.chars().count(), inside.chars().count());
            prop_assert_eq!((utf16.spans[i].start, utf16.spans[i].end), (u16_start, u16_start + u16_len), "utf16 span {}", i);
            prop_assert_eq!((chars.spans[i].start, chars.spans[i].end), (ch_start, ch_start + ch_len), "chars span {}", i);
            prop_assert_eq!(&utf16.spans[i].text, &span.text);
            prop_assert_eq!(&chars.spans[i].text, &span.text);
            prop_assert_eq!(utf16.spans[i].label, span.label);
        }
        // Everything but the offsets is the same document.
        prop_assert_eq!(&utf8.groups, &utf16.groups);
        prop_assert_eq!(&utf8.groups, &chars.groups);
        prop_assert_eq!(utf8.statistics.len(), utf16.statistics.len());
    }

    /// Annotating is a function of the text and options.
    #[test]
    fn annotating_twice_gives_the_same_document(text in text(), options in options()) {
        prop_assert_eq!(annotate(&text, &options), annotate(&text, &options));
    }
}
