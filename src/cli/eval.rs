//! `newsmark eval FILE`: annotates a CoNLL file's documents and scores the
//! names like `../shared/eval/conll_eval.py` (the scoring is in the core's
//! `evaluate` module).

use std::time::Instant;

use newsmark::evaluate::{layout, read_conll, Predicted, Scores};
use newsmark::{annotate, OffsetUnit, Options};

pub fn run(args: &[String]) -> Result<(), String> {
    let [path] = args else {
        return Err("usage: newsmark eval FILE (CoNLL: 'word POS chunk TAG' or 'word<TAB>POS<TAB>TAG')".into());
    };
    let content = std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))?;
    let docs = read_conll(&content);
    let options = Options { offsets: OffsetUnit::Chars, ..Options::default() };
    let began = Instant::now();
    let mut scores = Scores::default();
    let mut tokens = 0;
    for doc in &docs {
        let laid = layout(doc);
        tokens += laid.tokens.len();
        let document = annotate(&laid.text, &options);
        let predicted: Vec<Predicted> =
            document.spans.iter().map(|s| Predicted { start: s.start, end: s.end, label: s.label }).collect();
        scores.add_document(doc, &laid, &predicted);
    }
    let seconds = began.elapsed().as_secs_f64();
    print!("{}", scores.report());
    println!(
        "{tokens} tokens in {seconds:.2} s (one core, annotation and scoring) = {:.0} tokens/s",
        tokens as f64 / seconds
    );
    println!("F1 {:.4}", scores.total().prf().2);
    Ok(())
}
