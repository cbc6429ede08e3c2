//! `newsmark train`: trains the name model from CoNLL files and writes it.

use std::time::Instant;

use newsmark::evaluate::read_conll;
use newsmark::names::{default_lexicon, train};

const USAGE: &str = "newsmark train --train FILE --out FILE [--dev FILE] [--epochs N] [--folds K] [--seed S] [--prune Q] [--min-count C]";

pub fn run(args: &[String]) -> Result<(), String> {
    let mut config = train::TrainConfig::default();
    let (mut train_path, mut dev_path, mut out_path) = (None, None, None);
    let mut iter = args.iter();
    while let Some(flag) = iter.next() {
        let mut value = || iter.next().cloned().ok_or_else(|| format!("{flag} needs a value\nusage: {USAGE}"));
        let number = |v: String| v.parse::<u64>().map_err(|_| format!("{flag}: not a number: {v:?}"));
        match flag.as_str() {
            "--train" => train_path = Some(value()?),
            "--dev" => dev_path = Some(value()?),
            "--out" => out_path = Some(value()?),
            "--epochs" => config.epochs = number(value()?)? as usize,
            "--folds" => config.folds = number(value()?)? as usize,
            "--seed" => config.seed = number(value()?)?,
            "--prune" => config.prune = number(value()?)?.min(127) as i8,
            "--min-count" => config.min_count = number(value()?)? as u32,
            _ => return Err(format!("unknown option {flag:?}\nusage: {USAGE}")),
        }
    }
    let train_path = train_path.ok_or_else(|| format!("--train is required\nusage: {USAGE}"))?;
    let out_path = out_path.ok_or_else(|| format!("--out is required\nusage: {USAGE}"))?;
    let read = |path: &str| std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"));
    let train_docs = read_conll(&read(&train_path)?);
    let dev_docs = match &dev_path {
        Some(path) => read_conll(&read(path)?),
        None => Vec::new(),
    };
    let began = Instant::now();
    eprintln!("newsmark train: {config:?}");
    let bytes = train::train(&train_docs, &dev_docs, default_lexicon(), &config, &mut |message| {
        eprintln!("[{:6.1}s] {message}", began.elapsed().as_secs_f64());
    });
    std::fs::write(&out_path, &bytes).map_err(|e| format!("cannot write {out_path}: {e}"))?;
    eprintln!("newsmark train: wrote {out_path} ({} bytes) in {:.1}s", bytes.len(), began.elapsed().as_secs_f64());
    Ok(())
}
