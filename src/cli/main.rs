//! The `newsmark` command line: a thin shell around the core.
//!
//! ```text
//! newsmark annotate [FILE] [--reference-date YYYY-MM-DD] [--offsets utf16|chars|utf8]
//! newsmark annotate --jsonl [FILE]
//! newsmark eval FILE
//! newsmark train --train FILE --out FILE [--dev FILE]
//! newsmark train-types --train FILE... --out FILE [--dev FILE]...
//! ```

mod annotate;
mod args;
mod eval;
mod train;
mod train_types;

use std::process::ExitCode;

const USAGE: &str = "\
usage:
  newsmark annotate [FILE] [--reference-date YYYY-MM-DD] [--offsets utf16|chars|utf8] [--watch TERM:LABEL]...
  newsmark annotate --jsonl [FILE] [same options]
  newsmark eval FILE         score names on a CoNLL file (like conll_eval.py)
  newsmark train --train FILE --out FILE [--dev FILE] [--epochs N] [--folds K] [--seed S] [--prune Q] [--min-count C]
  newsmark train-types --train FILE... --out FILE [--dev FILE]... [--epochs N] [--seed S] [--prune Q]
  newsmark --version

Text comes from FILE or standard input. The document is written as JSON to
standard output (one line per input line with --jsonl). The reference date
may carry a time of day, YYYY-MM-DDTHH:MM[:SS], for \"in 2 hours\".";

fn main() -> ExitCode {
    let argv: Vec<String> = std::env::args().skip(1).collect();
    let result = match argv.first().map(String::as_str) {
        Some("annotate") => args::AnnotateArgs::parse(&argv[1..]).and_then(|a| annotate::run(&a)),
        Some("eval") => eval::run(&argv[1..]),
        Some("train") => train::run(&argv[1..]),
        Some("train-types") => train_types::run(&argv[1..]),
        Some("--version" | "-V") => {
            println!("newsmark {}", env!("CARGO_PKG_VERSION"));
            Ok(())
        }
        Some("--help" | "-h" | "help") => {
            println!("{USAGE}");
            Ok(())
        }
        Some(other) => Err(format!("unknown command {other:?}\n{USAGE}")),
        None => Err(USAGE.to_string()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("newsmark: {message}");
            ExitCode::from(2)
        }
    }
}
