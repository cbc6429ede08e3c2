//! Hostile and huge input, natively: NUL and control characters,
//! right-to-left overrides, zero-width joiners, a 1,000,000-character word,
//! 100,000 digits, a 10 MB article. Each must give a valid document
//! (`tests/regressions/invariants.rs`): never a panic. That the work grows
//! linearly with the text (never a hang) is `tests/linear.rs`'s, counted
//! rather than timed. Also runs the regression seeds of
//! `tests/regressions/seeds/` (fuzz findings).
#![cfg(not(target_arch = "wasm32"))]

use newsmark::{annotate, Date, Document, Label, OffsetUnit, Options, WatchTerm};

#[path = "regressions/invariants.rs"]
mod invariants;
#[path = "regressions/texts.rs"]
mod texts;
use texts::news;

const SENTENCE: &str =
    "Telegram said on Oct. 14 that 12.5 million people in Kazakhstan used it, up 25% from last year.";

fn options(unit: OffsetUnit) -> Options {
    Options { reference_date: Date::new(2024, 10, 20), offsets: unit, ..Options::default() }
}

/// Annotates in every unit, checks the invariants, returns the UTF-16 document.
fn valid(text: &str) -> Document {
    let mut utf16 = None;
    for unit in [OffsetUnit::Utf8, OffsetUnit::Chars, OffsetUnit::Utf16] {
        let document = annotate(text, &options(unit));
        invariants::assert_valid(text, &document, unit);
        utf16 = Some(document);
    }
    utf16.unwrap()
}

/// The (label, text) of each span.
fn found(document: &Document) -> Vec<(Label, String)> {
    document.spans.iter().map(|s| (s.label, s.text.clone())).collect()
}

/// `noise` (no letters or digits) on lines of its own around the sentence
/// must not change what is found in the sentence.
fn same_as_clean(noise: &str) {
    let clean = found(&valid(SENTENCE));
    let text = format!("{noise}\n{SENTENCE}\n{noise}");
    let noisy = found(&valid(&text));
    assert_eq!(noisy, clean, "noise {noise:?} changed what the sentence gives");
}

#[test]
fn nul_and_control_characters() {
    let controls: String = (0u8..0x20).chain([0x7f]).map(char::from).filter(|&c| c != '\n').collect();
    same_as_clean(&controls);
    same_as_clean("\0\0\0");
    same_as_clean("\u{85}\u{2028}\u{2029}\u{FEFF}\u{FFFD}");
    // Inside the sentence: still a valid document.
    valid(&SENTENCE.replace(' ', "\0"));
    valid(&SENTENCE.replace(' ', " \u{1b}[31m "));
    valid(&SENTENCE.replace('.', "\r"));
    valid(&"\0".repeat(10_000));
    // Nothing to find in characters that are not text.
    assert!(valid(&controls.repeat(100)).spans.is_empty());
}

#[test]
fn right_to_left_overrides_and_isolates() {
    same_as_clean("\u{202E}\u{202D}\u{202A}\u{202B}\u{202C}\u{2066}\u{2067}\u{2068}\u{2069}\u{200E}\u{200F}");
    valid(&format!("\u{202E}{SENTENCE}\u{202C}"));
    valid(&SENTENCE.replace(' ', " \u{202E}"));
    valid("قال تيليجرام إن 12.5 مليون شخص في كازاخستان استخدموه، بزيادة ٢٥٪ عن العام الماضي. שלום 25%");
}

#[test]
fn zero_width_joiners_and_emoji_sequences() {
    same_as_clean("\u{200D}\u{200C}\u{200B}\u{2060}");
    same_as_clean("👩‍👩‍👧‍👦 🏳️‍🌈 🇰🇿🇺🇸 👍🏽 ❤️");
    valid(&SENTENCE.replace(' ', "\u{200D}"));
    valid(&SENTENCE.replace("Kazakhstan", "Kaz\u{200B}akh\u{200D}stan"));
    valid(&"e\u{301}\u{302}\u{303}".repeat(5_000));
    valid(&"\u{301}".repeat(20_000));
}

#[test]
fn a_word_of_a_million_characters() {
    for word in [
        "a".repeat(1_000_000),
        "A".repeat(1_000_000),
        "Ab".repeat(500_000),
        "é".repeat(1_000_000),
        "😀".repeat(250_000),
    ] {
        valid(&format!("{SENTENCE} {word} {SENTENCE}"));
    }
}

#[test]
fn a_line_of_100000_digits() {
    for number in [
        "9".repeat(100_000),
        format!("$1{}", ",000".repeat(30_000)),
        format!("0.{}%", "5".repeat(100_000)),
        "1.".repeat(50_000),
    ] {
        let text = format!("Revenue was {number} last year.");
        let document = valid(&text);
        for span in &document.spans {
            assert!(span.value.is_none_or(f64::is_finite), "value {:?} for {} digits", span.value, span.text.len());
        }
    }
}

#[test]
fn punctuation_and_whitespace_storms() {
    for text in [
        ".".repeat(100_000),
        "-".repeat(100_000),
        "\n".repeat(100_000),
        " ".repeat(100_000),
        "\"(".repeat(50_000),
        "Mr. ".repeat(25_000),
        "$ % € ".repeat(20_000),
    ] {
        valid(&text);
    }
}

#[test]
fn watch_terms_that_are_odd() {
    let text = format!("{SENTENCE} Open RAN, open ran and OPEN RAN. 😀 😀");
    for term in
        ["", " ", "\0", "😀", "Open RAN", ".", "Telegram said on Oct. 14 that 12.5 million people", &"a".repeat(10_000)]
    {
        for unit in [OffsetUnit::Utf16, OffsetUnit::Utf8] {
            let watchlist = vec![WatchTerm { term: term.to_string(), label: Label::Product }];
            let options = Options { watchlist, ..options(unit) };
            invariants::assert_valid(&text, &annotate(&text, &options), unit);
        }
    }
}

#[test]
fn a_name_repeated_more_than_65535_times() {
    // Counters of a word's uses across the document must not overflow.
    let text = "Durov said. ".repeat(70_000);
    invariants::assert_valid(&text, &annotate(&text, &options(OffsetUnit::Utf16)), OffsetUnit::Utf16);
}

/// About 80 s in a debug build on a busy machine, about a second in release:
/// `cargo test --release --test hostile -- --include-ignored`. That the work
/// stays linear at any size is `tests/linear.rs`'s.
#[test]
#[cfg_attr(debug_assertions, ignore = "slow in debug builds: run with --release")]
fn a_ten_megabyte_article() {
    let text = news(10 << 20, true);
    invariants::assert_valid(&text, &annotate(&text, &options(OffsetUnit::Utf16)), OffsetUnit::Utf16);
}

/// Inputs kept from fuzzing and other findings: each must annotate validly.
/// `*.txt` are texts for `annotate` (bytes as lossy UTF-8); `*.jsonl` are
/// input for `newsmark annotate --jsonl`, which must answer one JSON line per
/// non-blank input line.
#[test]
fn regression_seeds() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/regressions/seeds");
    let Ok(entries) = std::fs::read_dir(&dir) else { return };
    let mut paths: Vec<_> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
    paths.sort();
    for path in paths {
        let bytes = std::fs::read(&path).unwrap();
        match path.extension().and_then(|e| e.to_str()) {
            Some("txt") => {
                let text = String::from_utf8_lossy(&bytes);
                eprintln!("seed {}", path.display());
                valid(&text);
            }
            Some("jsonl") => jsonl_answers_every_line(&path, &bytes),
            _ => {}
        }
    }
}

fn jsonl_answers_every_line(path: &std::path::Path, bytes: &[u8]) {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_newsmark"))
        .args(["annotate", "--jsonl"])
        .arg(path)
        .output()
        .expect("run newsmark");
    assert!(output.status.success(), "{}: {}", path.display(), String::from_utf8_lossy(&output.stderr));
    let lines = bytes.split(|&b| b == b'\n').filter(|l| !l.iter().all(u8::is_ascii_whitespace)).count();
    let records: Vec<&[u8]> = output.stdout.split(|&b| b == b'\n').filter(|l| !l.is_empty()).collect();
    assert_eq!(records.len(), lines, "{}: one output line per input line", path.display());
    for record in records {
        let value: serde_json::Value = serde_json::from_slice(record).expect("JSON output");
        let error = value.get("error").and_then(|e| e.as_str()).unwrap_or("");
        assert!(!error.contains("internal error"), "{}: the core failed: {error}", path.display());
    }
}

#[test]
fn hostile_jsonl_lines() {
    let dir = std::env::temp_dir().join(format!("newsmark-hostile-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("hostile.jsonl");
    let mut input = Vec::new();
    input.extend_from_slice(br#"{"id": 1, "text": "lone \ud800 surrogate, 25% up \udc00 on Oct. 14"}"#);
    input.extend_from_slice(b"\n");
    input.extend_from_slice(b"{\"id\": 2, \"text\": \"invalid \xff\xfe UTF-8\"}\n");
    input.extend_from_slice(format!("{}\n", "[".repeat(100_000)).as_bytes());
    input.extend_from_slice(format!("{{\"id\": 3, \"text\": \"{}\"}}\n", "\\u0000".repeat(10_000)).as_bytes());
    input.extend_from_slice(format!("{{\"id\": 4, \"text\": \"{}\"}}\n", "9".repeat(100_000)).as_bytes());
    input.extend_from_slice(
        b"{\"id\": {\"nested\": [1, 2]}, \"text\": \"Durov\", \"reference_date\": \"9999-12-31\"}\n",
    );
    input.extend_from_slice(b"{\"id\": 5, \"text\": \"Next year.\", \"reference_date\": \"-999-01-01\"}\n");
    input.extend_from_slice(b"\"just a string\"\n\x00\x00\x00\n{\"text\": 42}\n");
    std::fs::write(&path, &input).unwrap();
    jsonl_answers_every_line(&path, &input);
    std::fs::remove_dir_all(&dir).ok();
}
