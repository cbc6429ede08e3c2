//! newsmark finds the people, organisations, places, dates and statistics of
//! a news article, with normalised values, entity groups and statistics
//! linked to what they measure.
//!
//! The core is pure: text and [`Options`] in, a [`Document`] (the contract of
//! `CONTRACT.md`) out, with no I/O and no JSON. The command line
//! (`src/cli/`) and the WebAssembly module (`src/wasm/`) are thin shells.
//!
//! ```
//! use newsmark::{annotate, Options, Label};
//!
//! let doc = annotate("Prices rose 25% in the third quarter of 2024.", &Options::default());
//! let percent = doc.spans.iter().find(|s| s.label == Label::Percent).unwrap();
//! assert_eq!((percent.text.as_str(), percent.value), ("25%", Some(25.0)));
//! ```
#![deny(missing_docs)]
// Denied rather than forbidden for one module: the WebAssembly global
// allocator (`src/wasm/alloc.rs`), which cannot be written without it.
#![deny(unsafe_code)]

pub mod attribution;
pub mod dates;
pub mod document;
pub mod evaluate;
pub mod groups;
pub mod mention;
pub mod names;
pub mod numbers;
pub mod offsets;
pub mod options;
pub mod quotes;
pub mod resolve;
pub mod statistics;
pub mod tokenize;
#[cfg(target_arch = "wasm32")]
pub mod wasm;
pub mod watchlist;
pub mod wordset;
pub mod work;

pub use dates::calendar::{Date, TimeOfDay};
pub use document::{Change, Direction, Document, Group, Label, OffsetUnit, Quote, Span, Statistic};
pub use options::{Options, WatchTerm};

use offsets::OffsetMap;

/// Annotates `text`: the whole pipeline, top to bottom.
pub fn annotate(text: &str, options: &Options) -> Document {
    // 1. Tokens and sentences.
    let tokens = tokenize::tokenize(text);
    let sentences = tokenize::sentences(text, &tokens);

    // 2. Recognisers propose mentions, which may overlap.
    let mut mentions = Vec::new();
    mentions.extend(watchlist::recognise(text, &tokens, &options.watchlist));
    mentions.extend(dates::recognise(text, &tokens, &sentences, options.reference_date, options.reference_time));
    mentions.extend(numbers::recognise(text, &tokens, &sentences));
    mentions.extend(names::recognise(text, &tokens, &sentences));

    // 3. One mention per stretch of text.
    let mentions = resolve::resolve(mentions);

    // 4. Mentions of one entity; statistics linked to what they measure; quotes and their speakers.
    let groups = groups::group(text, &mentions);
    let context = attribution::Context { text, tokens: &tokens, mentions: &mentions, groups: &groups };
    let statistics = statistics::link(&context, &sentences);
    let quotes = quotes::find(&context);

    // 5. The document, in the caller's offset unit.
    assemble(text, mentions, groups, statistics, quotes, options.offsets)
}

/// Builds the contract document from byte-offset mentions.
fn assemble(
    text: &str,
    mentions: Vec<mention::Mention>,
    groups: groups::Groups,
    statistics: Vec<statistics::Link>,
    quotes: Vec<quotes::QuoteLink>,
    unit: OffsetUnit,
) -> Document {
    let map = OffsetMap::new(text, unit);
    let spans = mentions
        .into_iter()
        .enumerate()
        .map(|(id, m)| {
            let (start, end) = map.convert_range(m.range);
            Span {
                id,
                start,
                end,
                text: m.range.of(text).to_string(),
                label: m.label,
                group: groups.group_of(id),
                value: m.value,
                value_max: m.value_max,
                unit: m.unit,
                approx: m.approx.map(str::to_string),
                timex: m.timex,
                confidence: m.confidence,
            }
        })
        .collect();
    let statistics = statistics.into_iter().enumerate().map(|(id, link)| link.into_statistic(id, &map)).collect();
    let quotes = quotes.into_iter().enumerate().map(|(id, quote)| quote.into_quote(id, text, &map)).collect();
    Document { spans, groups: groups.into_groups(), statistics, quotes, offset_unit: unit }
}
