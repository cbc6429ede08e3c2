//! Evaluation on CoNLL-format files: per-type precision, recall and F1,
//! scored like `conlleval` and `../shared/eval/conll_eval.py`.
//!
//! Everything here mirrors that script so that `newsmark eval` and the shared
//! scorer agree to the last digit: a document's text is its tokens joined by
//! one space and its sentences by a newline; a predicted span covers a token
//! when it covers at least half of it (in code points); entities match
//! exactly on (sentence, first token, last token, type).

use std::collections::HashSet;

use crate::document::Label;

/// The four CoNLL entity types, in the order the report prints them.
pub const TYPES: [&str; 4] = ["PER", "ORG", "LOC", "MISC"];

/// One token of a CoNLL file: its word and its NER tag (`O`, `B-PER`, `I-LOC`, …).
#[derive(Clone, Debug, PartialEq)]
pub struct ConllToken {
    /// The word.
    pub word: String,
    /// The tag of the last column.
    pub tag: String,
}

/// A document of a CoNLL file: sentences of tokens.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ConllDocument {
    /// The sentences, each a list of tokens.
    pub sentences: Vec<Vec<ConllToken>>,
}

/// Reads a CoNLL file's content: `word POS chunk TAG` or `word<TAB>POS<TAB>TAG`
/// lines, blank lines between sentences, `-DOCSTART-` lines between documents.
pub fn read_conll(content: &str) -> Vec<ConllDocument> {
    let mut docs = Vec::new();
    let mut doc = ConllDocument::default();
    let mut sentence = Vec::new();
    for line in content.split('\n') {
        if line.trim().is_empty() {
            if !sentence.is_empty() {
                doc.sentences.push(std::mem::take(&mut sentence));
            }
            continue;
        }
        let columns: Vec<&str> =
            if line.contains('\t') { line.split('\t').collect() } else { line.split(' ').collect() };
        if columns[0] == "-DOCSTART-" {
            if !sentence.is_empty() {
                doc.sentences.push(std::mem::take(&mut sentence));
            }
            if !doc.sentences.is_empty() {
                docs.push(std::mem::take(&mut doc));
            }
            continue;
        }
        let tag = columns.last().copied().unwrap_or("O");
        sentence.push(ConllToken { word: columns[0].to_string(), tag: tag.to_string() });
    }
    if !sentence.is_empty() {
        doc.sentences.push(sentence);
    }
    if !doc.sentences.is_empty() {
        docs.push(doc);
    }
    docs
}

/// Where a CoNLL token lies in its document's text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TokenPlace {
    /// Sentence index in the document.
    pub sentence: usize,
    /// Token index in the sentence.
    pub index: usize,
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
}

/// A document rebuilt as plain text, as the scorer sends it to the annotator.
#[derive(Clone, Debug, PartialEq)]
pub struct DocumentText {
    /// Tokens joined by one space, sentences by a newline.
    pub text: String,
    /// Every token's place, in order.
    pub tokens: Vec<TokenPlace>,
}

/// Rebuilds the text of `doc` exactly as `conll_eval.py` does.
pub fn layout(doc: &ConllDocument) -> DocumentText {
    let mut text = String::new();
    let mut tokens = Vec::new();
    let mut pos = 0;
    for (si, sentence) in doc.sentences.iter().enumerate() {
        if si > 0 {
            text.push('\n');
            pos += 1;
        }
        for (ti, token) in sentence.iter().enumerate() {
            if ti > 0 {
                text.push(' ');
                pos += 1;
            }
            let len = token.word.chars().count();
            tokens.push(TokenPlace { sentence: si, index: ti, start: pos, end: pos + len });
            text.push_str(&token.word);
            pos += len;
        }
    }
    DocumentText { text, tokens }
}

/// The entities of one sentence's tags as (first, last, type), IOB1 or IOB2.
pub fn gold_entities<S: AsRef<str>>(tags: &[S]) -> Vec<(usize, usize, String)> {
    let mut entities = Vec::new();
    let mut open: Option<(usize, String)> = None;
    for i in 0..=tags.len() {
        let tag = tags.get(i).map_or("O", |t| t.as_ref());
        let (prefix, kind) = tag.split_once('-').unwrap_or((tag, ""));
        let begins = prefix == "B" || (prefix == "I" && open.as_ref().is_none_or(|(_, t)| t != kind));
        if open.is_some() && (tag == "O" || begins) {
            let (start, kind) = open.take().unwrap_or_default();
            entities.push((start, i - 1, kind));
        }
        if tag != "O" && (begins || open.is_none()) {
            open = Some((i, kind.to_string()));
        }
    }
    entities
}

/// The CoNLL type a label is scored as: PERSON → PER, GPE/LOC/FAC → LOC, …;
/// `None` for numbers and dates.
pub fn conll_type(label: Label) -> Option<&'static str> {
    match label {
        Label::Person => Some("PER"),
        Label::Org => Some("ORG"),
        Label::Gpe | Label::Loc | Label::Fac => Some("LOC"),
        Label::Norp | Label::Event | Label::Product | Label::WorkOfArt | Label::Law | Label::Language | Label::Misc => {
            Some("MISC")
        }
        _ => None,
    }
}

/// A predicted span in code points of the document's text.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Predicted {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// The label.
    pub label: Label,
}

/// True-positive, false-positive and false-negative counts of one type.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Predicted and gold.
    pub tp: usize,
    /// Predicted, not gold.
    pub fp: usize,
    /// Gold, not predicted.
    pub fn_: usize,
}

impl Counts {
    /// Precision, recall and F1 (0 where undefined).
    pub fn prf(self) -> (f64, f64, f64) {
        let ratio = |a: usize, b: usize| if a + b > 0 { a as f64 / (a + b) as f64 } else { 0.0 };
        let (p, r) = (ratio(self.tp, self.fp), ratio(self.tp, self.fn_));
        (p, r, if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 })
    }

    fn add(&mut self, other: Counts) {
        self.tp += other.tp;
        self.fp += other.fp;
        self.fn_ += other.fn_;
    }
}

/// The name labels (PERSON … MISC), in the contract's order.
const NAME_LABELS: usize = 12;

/// The CoNLL type index of a gold tag's type: a CoNLL type (`PER`), or an
/// OntoNotes name label (`PERSON`, `GPE`, `WORK_OF_ART`) scored as its CoNLL type.
fn gold_type(kind: &str) -> Option<usize> {
    TYPES.iter().position(|t| *t == kind).or_else(|| {
        let label = Label::parse(kind).filter(|l| l.is_name())?;
        TYPES.iter().position(|t| Some(*t) == conll_type(label))
    })
}

/// Scores accumulated over documents, per CoNLL type, and per OntoNotes
/// name label where the gold tags carry them.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Scores {
    /// Counts per type, in the order of [`TYPES`].
    pub types: [Counts; 4],
    /// Counts per name label (`Label::ALL[..12]`), for gold tags in OntoNotes labels.
    pub labels: [Counts; NAME_LABELS],
    /// Whether any gold tag was an OntoNotes label.
    pub fine: bool,
}

impl Scores {
    /// Adds one document: its gold tags and the annotator's spans (code points of `layout(doc).text`).
    pub fn add_document(&mut self, doc: &ConllDocument, text: &DocumentText, predicted: &[Predicted]) {
        let (mut gold, mut gold_fine) = (HashSet::new(), HashSet::new());
        for (si, sentence) in doc.sentences.iter().enumerate() {
            let tags: Vec<&str> = sentence.iter().map(|t| t.tag.as_str()).collect();
            for (a, b, kind) in gold_entities(&tags) {
                if let Some(k) = gold_type(&kind) {
                    gold.insert((si, a, b, k));
                }
                // ORG, LOC and MISC are labels of both sets; PER is CoNLL's
                // alone, and any other name label says the file is OntoNotes'.
                if let Some(label) = Label::parse(&kind).filter(|l| l.is_name()) {
                    self.fine |= !TYPES.contains(&kind.as_str());
                    gold_fine.insert((si, a, b, label as usize));
                }
            }
        }
        // Longest first, ties in input order (Python's sort is stable).
        let mut order: Vec<&Predicted> = predicted.iter().collect();
        order.sort_by_key(|p| std::cmp::Reverse(p.end.saturating_sub(p.start)));
        let (mut guess, mut guess_fine) = (HashSet::new(), HashSet::new());
        let mut taken = HashSet::new();
        for span in order {
            let Some(kind) = conll_type(span.label).and_then(|t| TYPES.iter().position(|x| *x == t)) else {
                continue;
            };
            let covered: Vec<(usize, usize)> = text
                .tokens
                .iter()
                .filter(|t| {
                    let overlap = t.end.min(span.end) as isize - t.start.max(span.start) as isize;
                    overlap > 0 && 2 * overlap >= (t.end - t.start) as isize
                })
                .map(|t| (t.sentence, t.index))
                .collect();
            if covered.is_empty() || covered.iter().any(|c| taken.contains(c)) {
                continue;
            }
            taken.extend(covered.iter().copied());
            let si = covered[0].0;
            let indices: Vec<usize> = covered.iter().filter(|c| c.0 == si).map(|c| c.1).collect();
            guess.insert((si, indices[0], indices[indices.len() - 1], kind));
            guess_fine.insert((si, indices[0], indices[indices.len() - 1], span.label as usize));
        }
        let tally = |counts: &mut [Counts], gold: &HashSet<(usize, usize, usize, usize)>, guess: &HashSet<_>| {
            for (k, counts) in counts.iter_mut().enumerate() {
                let g: HashSet<_> = gold.iter().filter(|e| e.3 == k).collect();
                let p: HashSet<_> = guess.iter().filter(|e: &&(usize, usize, usize, usize)| e.3 == k).collect();
                let tp = g.intersection(&p).count();
                counts.add(Counts { tp, fp: p.len() - tp, fn_: g.len() - tp });
            }
        };
        tally(&mut self.types, &gold, &guess);
        if !gold_fine.is_empty() {
            tally(&mut self.labels, &gold_fine, &guess_fine);
        }
    }

    /// All types together.
    pub fn total(&self) -> Counts {
        let mut total = Counts::default();
        for counts in self.types {
            total.add(counts);
        }
        total
    }

    /// The table `conll_eval.py` prints (without its timing line).
    pub fn report(&self) -> String {
        let mut out = format!("{:6} {:>7} {:>7} {:>7} {:>6}\n", "type", "prec", "recall", "f1", "gold");
        let row = |name: &str, c: Counts| {
            let (p, r, f) = c.prf();
            format!("{name:6} {p:7.4} {r:7.4} {f:7.4} {:6}\n", c.tp + c.fn_)
        };
        for (name, counts) in TYPES.iter().zip(self.types) {
            out += &row(name, counts);
        }
        out += &row("all", self.total());
        if self.fine {
            // The gold tags carry OntoNotes labels: each name label too.
            out += &format!("\n{:11} {:>7} {:>7} {:>7} {:>6}\n", "label", "prec", "recall", "f1", "gold");
            let mut all = Counts::default();
            for (label, counts) in Label::ALL.iter().zip(self.labels) {
                let (p, r, f) = counts.prf();
                out += &format!("{:11} {p:7.4} {r:7.4} {f:7.4} {:6}\n", label.as_str(), counts.tp + counts.fn_);
                all.add(counts);
            }
            let (p, r, f) = all.prf();
            out += &format!("{:11} {p:7.4} {r:7.4} {f:7.4} {:6}\n", "all labels", all.tp + all.fn_);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    macro_rules! entities {
        ($($name:ident: [$($tag:expr),*] => [$(($a:expr, $b:expr, $t:expr)),*];)*) => {$(
            #[test]
            fn $name() {
                let expected: Vec<(usize, usize, String)> = vec![$(($a, $b, $t.to_string())),*];
                assert_eq!(gold_entities(&[$($tag),*]), expected);
            }
        )*};
    }

    entities! {
        iob2: ["B-PER", "I-PER", "O", "B-LOC"] => [(0, 1, "PER"), (3, 3, "LOC")];
        iob1_adjacent: ["I-PER", "I-PER", "B-PER", "O"] => [(0, 1, "PER"), (2, 2, "PER")];
        type_change: ["I-ORG", "I-LOC"] => [(0, 0, "ORG"), (1, 1, "LOC")];
        none: ["O", "O"] => [];
    }

    #[test]
    fn reads_both_formats_and_lays_out_text() {
        let docs = read_conll("-DOCSTART- -X- -X- O\n\nEU NNP B-NP B-ORG\nrejects VBZ B-VP O\n\nPeter\tNNP\tB-PER\n");
        assert_eq!(docs.len(), 1);
        let text = layout(&docs[0]);
        assert_eq!(text.text, "EU rejects\nPeter");
        assert_eq!(text.tokens[2], TokenPlace { sentence: 1, index: 0, start: 11, end: 16 });
    }

    #[test]
    fn scores_exact_matches_with_half_coverage() {
        let docs = read_conll("Bill NNP B-NP B-PER\nClinton NNP I-NP I-PER\nin IN O O\nParis NNP B-NP B-LOC\n");
        let text = layout(&docs[0]);
        let mut scores = Scores::default();
        let predicted = [
            Predicted { start: 0, end: 12, label: Label::Person },
            Predicted { start: 16, end: 19, label: Label::Org },
        ];
        scores.add_document(&docs[0], &text, &predicted);
        assert_eq!(scores.types[0], Counts { tp: 1, fp: 0, fn_: 0 });
        assert_eq!(scores.types[1], Counts { tp: 0, fp: 1, fn_: 0 });
        assert_eq!(scores.types[2], Counts { tp: 0, fp: 0, fn_: 1 });
    }

    #[test]
    fn ontonotes_gold_labels_score_as_their_conll_types_and_alone() {
        let docs = read_conll("Bill B-PERSON\nin O\nParis B-GPE\nspeaks O\nFrench B-LANGUAGE\n");
        let text = layout(&docs[0]);
        let mut scores = Scores::default();
        let predicted = [
            Predicted { start: 0, end: 4, label: Label::Person },
            Predicted { start: 8, end: 13, label: Label::Loc },
            Predicted { start: 21, end: 27, label: Label::Norp },
        ];
        scores.add_document(&docs[0], &text, &predicted);
        // Coarse: PER, LOC and MISC all right.
        assert_eq!(scores.total(), Counts { tp: 3, fp: 0, fn_: 0 });
        // Fine: PERSON right; GPE and LANGUAGE missed.
        assert!(scores.fine);
        assert_eq!(scores.labels[Label::Person as usize], Counts { tp: 1, fp: 0, fn_: 0 });
        assert_eq!(scores.labels[Label::Gpe as usize], Counts { tp: 0, fp: 0, fn_: 1 });
        assert_eq!(scores.labels[Label::Loc as usize], Counts { tp: 0, fp: 1, fn_: 0 });
        assert!(scores.report().contains("LANGUAGE"));
    }
}
