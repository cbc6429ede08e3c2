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
//!
//! With `--stages` it prints instead where the time goes: each pipeline stage
//! run on its own over the corpus (best of PASSES), to find what to speed up.

use std::time::Instant;

use newsmark::{annotate, Date, Options};

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let stages = args.iter().any(|a| a == "--stages");
    args.retain(|a| a != "--stages");
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

    if stages {
        stage_times(&texts, &options, passes, words);
        return;
    }

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

/// Times each stage of `newsmark::annotate` over the corpus. Each stage
/// runs alone, with its inputs made beforehand, so the stages sum to less
/// than "all but assemble" (the stages in sequence, as `annotate` runs them:
/// each one evicts the others' tables from the caches); "assemble" is the
/// whole pipeline minus that.
fn stage_times(texts: &[String], options: &Options, passes: usize, words: usize) {
    use newsmark::{attribution, dates, groups, names, numbers, quotes, resolve, statistics, tokenize};
    // Each closure gets an article's index: its text and what was made for it beforehand.
    let best_of = |f: &dyn Fn(usize)| {
        (0..passes)
            .map(|_| {
                let start = Instant::now();
                (0..texts.len()).for_each(f);
                start.elapsed().as_secs_f64()
            })
            .fold(f64::INFINITY, f64::min)
    };
    let split = |t: &str| {
        let tokens = tokenize::tokenize(t);
        let sentences = tokenize::sentences(t, &tokens);
        (tokens, sentences)
    };
    let prepared: Vec<_> = texts.iter().map(|t| split(t)).collect();
    let found: Vec<_> = texts
        .iter()
        .zip(&prepared)
        .map(|(t, (k, s))| {
            let mut m = dates::recognise(t, k, s, options.reference_date, None);
            m.extend(numbers::recognise(t, k, s));
            m.extend(names::recognise(t, k, s));
            m
        })
        .collect();
    let resolved: Vec<_> = found.iter().map(|m| resolve::resolve(m.clone())).collect();
    let grouped: Vec<_> = texts.iter().zip(&resolved).map(|(t, m)| groups::group(t, m)).collect();
    let context = |i: usize| attribution::Context {
        text: &texts[i],
        tokens: &prepared[i].0,
        mentions: &resolved[i],
        groups: &grouped[i],
    };
    let mut rows: Vec<(&str, f64)> = vec![
        ("tokenize", best_of(&|i| drop(std::hint::black_box(split(&texts[i]))))),
        (
            "dates",
            best_of(&|i| {
                drop(std::hint::black_box(dates::recognise(
                    &texts[i],
                    &prepared[i].0,
                    &prepared[i].1,
                    options.reference_date,
                    None,
                )))
            }),
        ),
        (
            "numbers",
            best_of(&|i| drop(std::hint::black_box(numbers::recognise(&texts[i], &prepared[i].0, &prepared[i].1)))),
        ),
        (
            "names",
            best_of(&|i| drop(std::hint::black_box(names::recognise(&texts[i], &prepared[i].0, &prepared[i].1)))),
        ),
        ("resolve (with a copy)", best_of(&|i| drop(std::hint::black_box(resolve::resolve(found[i].clone()))))),
        ("groups", best_of(&|i| drop(std::hint::black_box(groups::group(&texts[i], &resolved[i]))))),
        ("statistics", best_of(&|i| drop(std::hint::black_box(statistics::link(&context(i), &prepared[i].1))))),
        ("quotes", best_of(&|i| drop(std::hint::black_box(quotes::find(&context(i)))))),
        (
            "all but assemble",
            best_of(&|i| {
                let t = texts[i].as_str();
                let (k, s) = split(t);
                let mut m = dates::recognise(t, &k, &s, options.reference_date, None);
                m.extend(numbers::recognise(t, &k, &s));
                m.extend(names::recognise(t, &k, &s));
                let m = resolve::resolve(m);
                let g = groups::group(t, &m);
                let c = attribution::Context { text: t, tokens: &k, mentions: &m, groups: &g };
                drop(std::hint::black_box((statistics::link(&c, &s), quotes::find(&c))));
            }),
        ),
        ("whole", best_of(&|i| drop(std::hint::black_box(annotate(&texts[i], options))))),
    ];
    let whole = rows[9].1;
    let others = whole - rows[8].1;
    rows.insert(9, ("assemble (whole - all but)", others));
    for (name, s) in rows {
        println!("{name:>28} {:8.1} ms {:5.1}%  {:>9.0} words/s", s * 1e3, 100.0 * s / whole, words as f64 / s);
    }
}

/// Peak resident set size of this process in KiB (Linux's VmHWM), if known.
fn peak_rss_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}
