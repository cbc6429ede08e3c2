//! Native throughput of the whole pipeline, in process, on one thread: the
//! native half of `scripts/bench.sh`.
//!
//! ```text
//! cargo run --release --example bench -- CORPUS.jsonl [PASSES]
//! ```
//!
//! CORPUS is one JSON object per line with a `"text"` (as made by
//! `bench/gen_corpus.mjs`). After a warm-up over the first articles, every
//! article is annotated PASSES times (default 3; the fastest pass counts).
//! Prints one JSON line: words, seconds, words per second, spans, and the
//! peak resident memory of the process (VmHWM, Linux).

use std::time::Instant;

use newsmark::{annotate, Date, Options};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.first() else {
        eprintln!("usage: bench CORPUS.jsonl [PASSES]");
        std::process::exit(2);
    };
    let passes: usize = args.get(1).and_then(|p| p.parse().ok()).unwrap_or(3).max(1);
    let corpus = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
    let texts: Vec<String> = corpus
        .lines()
        .filter(|line| !line.trim().is_empty())
        .map(|line| {
            let value: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
            value["text"].as_str().expect("a \"text\" string").to_string()
        })
        .collect();
    let words: usize = texts.iter().map(|t| t.split_whitespace().count()).sum();
    let bytes: usize = texts.iter().map(String::len).sum();
    let options = Options { reference_date: Date::parse("2024-10-20").ok(), ..Options::default() };

    let warm_up = Instant::now();
    for text in texts.iter().take(texts.len().div_ceil(10)) {
        std::hint::black_box(annotate(text, &options));
    }
    let warm_up_s = warm_up.elapsed().as_secs_f64();

    let mut best = f64::INFINITY;
    let mut spans = 0;
    for _ in 0..passes {
        let start = Instant::now();
        spans = 0;
        for text in &texts {
            spans += std::hint::black_box(annotate(text, &options)).spans.len();
        }
        best = best.min(start.elapsed().as_secs_f64());
    }
    let peak_rss_kb = peak_rss_kb();
    println!(
        "{}",
        serde_json::json!({
            "tool": "newsmark-native",
            "articles": texts.len(),
            "bytes": bytes,
            "words": words,
            "passes": passes,
            "seconds": best,
            "words_per_s": words as f64 / best,
            "mb_per_s": bytes as f64 / best / 1e6,
            "warm_up_s": warm_up_s,
            "spans": spans,
            "peak_rss_kb": peak_rss_kb,
        })
    );
}

/// Peak resident set size of this process in KiB (Linux's VmHWM), if known.
fn peak_rss_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}
