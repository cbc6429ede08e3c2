//! `newsmark train-types`: trains the name typer (`models/types.bin`) from
//! CoNLL-format files whose tags carry fine types (`tools/teacher_types.py`).

use newsmark::evaluate::read_conll;
use newsmark::names::default_lexicon;
use newsmark::names::types;

const USAGE: &str =
    "newsmark train-types --train FILE [--train FILE]... --out FILE [--dev FILE]... [--epochs N] [--seed S] [--prune Q] [--min-count C]";

pub fn run(args: &[String]) -> Result<(), String> {
    let (mut train, mut dev, mut out) = (Vec::new(), Vec::new(), None);
    let (mut epochs, mut seed, mut prune, mut min_count) = (10usize, 1u64, 12i8, 2u32);
    let mut iter = args.iter();
    while let Some(flag) = iter.next() {
        let mut value = || iter.next().cloned().ok_or_else(|| format!("{flag} needs a value\nusage: {USAGE}"));
        let number = |v: String| v.parse::<u64>().map_err(|_| format!("{flag}: not a number: {v:?}"));
        match flag.as_str() {
            "--train" => train.push(value()?),
            "--dev" => dev.push(value()?),
            "--out" => out = Some(value()?),
            "--epochs" => epochs = number(value()?)? as usize,
            "--seed" => seed = number(value()?)?,
            "--prune" => prune = number(value()?)?.min(127) as i8,
            "--min-count" => min_count = number(value()?)? as u32,
            _ => return Err(format!("unknown option {flag:?}\nusage: {USAGE}")),
        }
    }
    let out = out.ok_or_else(|| format!("--out is required\nusage: {USAGE}"))?;
    if train.is_empty() {
        return Err(format!("--train is required\nusage: {USAGE}"));
    }
    let read = |path: &str| std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"));
    let (names, lists) = (default_lexicon(), types::type_lexicon());
    let mut examples = Vec::new();
    for path in &train {
        let found = types::examples(&read_conll(&read(path)?), names, lists);
        eprintln!("newsmark train-types: {path}: {} names", found.len());
        examples.extend(found);
    }
    let bytes = types::train(&examples, types::fingerprint(names, lists), epochs, seed, prune, min_count);
    let typer = types::Typer::from_bytes(&bytes)?;
    let (free, primed) = types::accuracy(&typer, &examples);
    eprintln!("newsmark train-types: train accuracy {free:.4} alone, {primed:.4} with the coarse type");
    for path in &dev {
        let found = types::examples(&read_conll(&read(path)?), names, lists);
        let (free, primed) = types::accuracy(&typer, &found);
        eprintln!(
            "newsmark train-types: {path}: {} names, accuracy {free:.4} alone, {primed:.4} with the coarse type",
            found.len()
        );
    }
    std::fs::write(&out, &bytes).map_err(|e| format!("cannot write {out}: {e}"))?;
    eprintln!("newsmark train-types: wrote {out} ({} bytes)", bytes.len());
    Ok(())
}
