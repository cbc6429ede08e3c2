//! The pipeline's work grows linearly with the text, however the text is
//! made: for four times the text, every kind of work that `newsmark::work`
//! counts (bytes the tokenizer steps over, tokens the recognisers read,
//! matchers tried, earlier mentions and groups looked back at) is at most
//! five times what it is for the text. Quadratic work would be sixteen times.
//!
//! Counts, not seconds: a busy machine cannot fail these tests and a fast
//! one cannot hide a quadratic path. Times are the benchmark's
//! (`scripts/bench.sh`). The name tagger (`src/names/`) counts nothing yet.
//!
//! Needs the `count-work` feature: `cargo test --features count-work --test
//! linear` (`scripts/test.sh` runs it).
#![cfg(not(target_arch = "wasm32"))]

use newsmark::work::{counted, Counts, Work};
use newsmark::{annotate, Date, Label, OffsetUnit, Options, WatchTerm};

#[path = "regressions/texts.rs"]
mod texts;
use texts::news;

fn options() -> Options {
    Options { reference_date: Date::new(2024, 10, 20), offsets: OffsetUnit::Utf16, ..Options::default() }
}

/// The work of annotating `text`.
fn work(text: &str, options: &Options) -> Counts {
    counted(|| annotate(text, options)).1
}

/// Four times the text must do at most five times the work of each kind
/// (and a little more, for counts too small to have a ratio).
fn assert_linear_with(what: &str, make: impl Fn(usize) -> String, small: usize, options: &Options) {
    let (a, b) = (make(small), make(small * 4));
    let (once, four) = (work(&a, options), work(&b, options));
    let mut failures = Vec::new();
    for kind in Work::ALL {
        let (x, y) = (once.of(kind), four.of(kind));
        eprintln!("{what}: {kind:?} {x} for {} bytes, {y} for {} bytes", a.len(), b.len());
        if y > 5 * x + 100 {
            failures.push(format!("{kind:?}: {x} → {y} ({:.1}×)", y as f64 / x.max(1) as f64));
        }
    }
    assert!(failures.is_empty(), "{what}: 4× the text did more than 5× the work: {}", failures.join(", "));
}

fn assert_linear(what: &str, make: impl Fn(usize) -> String, small: usize) {
    assert_linear_with(what, make, small, &options());
}

/// `unit` repeated to about `bytes` bytes.
fn repeat(unit: &str, bytes: usize) -> String {
    unit.repeat(bytes.div_ceil(unit.len()))
}

#[test]
fn work_counts_what_the_pipeline_does() {
    // The counter itself: nothing outside `counted`, something inside.
    let counts = work(&news(1 << 10, true), &options());
    for kind in [
        Work::TokenizerBytes,
        Work::DateTokens,
        Work::DateMatchers,
        Work::NumberTokens,
        Work::ContextTokens,
        Work::NameTokens,
    ] {
        assert!(counts.of(kind) > 0, "{kind:?} counted nothing");
    }
    assert_eq!(counted(|| ()).1, Counts::default());
}

#[test]
fn news_paragraphs() {
    assert_linear("paragraphs", |n| news(n, true), 16 << 10);
}

#[test]
fn one_endless_line() {
    // No line breaks: sentences only end at full stops.
    assert_linear("one line", |n| news(n, false), 16 << 10);
    // No full stops either: a single sentence.
    assert_linear("one sentence", |n| news(n, false).replace(['.', '"'], ""), 16 << 10);
}

#[test]
fn a_run_of_function_words() {
    // One endless sentence of words that start a date only before a date
    // word ("in the third quarter"): the look-ahead must stay bounded.
    assert_linear("function words", |n| repeat("in the a at ", n), 16 << 10);
}

#[test]
fn a_long_word_or_number() {
    assert_linear("one word", |n| "x".repeat(n), 64 << 10);
    assert_linear("one capitalised word", |n| "Ab".repeat(n / 2), 64 << 10);
    assert_linear("one non-ASCII word", |n| "é".repeat(n / 2), 64 << 10);
    assert_linear("one number", |n| "7".repeat(n), 64 << 10);
    assert_linear("one hyphenated word", |n| repeat("a-", n), 64 << 10);
    assert_linear("one dotted number", |n| repeat("1.", n), 64 << 10);
}

#[test]
fn runs_of_names_and_numbers() {
    assert_linear("capitalised words", |n| repeat("Durov ", n), 16 << 10);
    assert_linear("numbers", |n| repeat("25% ", n), 16 << 10);
    assert_linear("amounts", |n| repeat("$1,000 ", n), 16 << 10);
    assert_linear("dates", |n| repeat("Oct. 14 ", n), 16 << 10);
}

#[test]
fn many_sentences_without_a_name() {
    // Statistics and quotes look back for the last person or organisation
    // named: with none, the look back must not run to the start each time.
    assert_linear("numbers without a name", |n| repeat("Prices rose 25% in March.\n", n), 16 << 10);
    assert_linear("quotes without a name", |n| repeat("“We will see about that,” he said. ", n), 16 << 10);
    assert_linear("dates on their own lines", |n| repeat("Oct. 14\n", n), 16 << 10);
}

#[test]
fn storms_of_punctuation_and_space() {
    for (what, unit) in [("stops", "."), ("hyphens", "-"), ("line breaks", "\n"), ("quotes", "\"("), ("titles", "Mr. ")]
    {
        assert_linear(what, |n| repeat(unit, n), 64 << 10);
    }
}

#[test]
fn a_watched_term() {
    let watchlist = vec![WatchTerm { term: "Open RAN".to_string(), label: Label::Product }];
    let options = Options { watchlist, ..options() };
    assert_linear_with("watched term", |n| repeat("Open RAN and open ran. ", n), 16 << 10, &options);
}
