//! `newsmark train`: trains the name model from CoNLL files and writes it.

use std::time::Instant;

use newsmark::evaluate::read_conll;
use newsmark::names::model::Model;
use newsmark::names::{default_lexicon, recognise_with, train};
use newsmark::tokenize;

const USAGE: &str = "newsmark train --train FILE --out FILE [--dev FILE] [--epochs N] [--folds K] [--seed S] [--prune Q] [--min-count C] [--title-case N] [--runs R] [--extra GMB-FILE] [--show TEXT-FILE]...";

pub fn run(args: &[String]) -> Result<(), String> {
    let mut config = train::TrainConfig::default();
    let (mut train_path, mut dev_path, mut out_path, mut extra_path) = (None, None, None, None);
    let mut show: Vec<String> = Vec::new();
    let mut iter = args.iter();
    while let Some(flag) = iter.next() {
        let mut value = || iter.next().cloned().ok_or_else(|| format!("{flag} needs a value\nusage: {USAGE}"));
        let number = |v: String| v.parse::<u64>().map_err(|_| format!("{flag}: not a number: {v:?}"));
        match flag.as_str() {
            "--train" => train_path = Some(value()?),
            "--dev" => dev_path = Some(value()?),
            "--extra" => extra_path = Some(value()?),
            "--show" => show.push(value()?),
            "--out" => out_path = Some(value()?),
            "--epochs" => config.epochs = number(value()?)? as usize,
            "--folds" => config.folds = number(value()?)? as usize,
            "--seed" => config.seed = number(value()?)?,
            "--prune" => config.prune = number(value()?)?.min(127) as i8,
            "--min-count" => config.min_count = number(value()?)? as u32,
            "--runs" => config.runs = number(value()?)? as usize,
            "--title-case" => config.title_case_every = number(value()?)? as usize,
            _ => return Err(format!("unknown option {flag:?}\nusage: {USAGE}")),
        }
    }
    let train_path = train_path.ok_or_else(|| format!("--train is required\nusage: {USAGE}"))?;
    let out_path = out_path.ok_or_else(|| format!("--out is required\nusage: {USAGE}"))?;
    let read = |path: &str| std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"));
    let mut train_docs = read_conll(&read(&train_path)?);
    if let Some(path) = &extra_path {
        // Silver data in the GMB scheme, e.g. ../shared/data/gmb/ner_dataset.conll.
        train_docs.extend(train::silver_documents(&read_conll(&read(path)?), 20));
    }
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
    // The new model's names in sample texts (such as tests/golden/article.txt).
    let model = Model::from_bytes(&bytes)?;
    for path in &show {
        let text = read(path)?;
        let tokens = tokenize::tokenize(&text);
        let sentences = tokenize::sentences(&text, &tokens);
        let names = recognise_with(&model, default_lexicon(), &text, &tokens, &sentences);
        let listed: Vec<String> = names.iter().map(|m| format!("{} {:?}", m.label, m.range.of(&text))).collect();
        eprintln!("{path}: {}", listed.join(", "));
    }
    eprintln!("newsmark train: wrote {out_path} ({} bytes) in {:.1}s", bytes.len(), began.elapsed().as_secs_f64());
    Ok(())
}
