//! Training: an averaged structured perceptron (Collins 2002) for each pass,
//! with the document pass stacked on cross-validated first-pass output.
//!
//! 1. Every training document is rebuilt as text and tokenized by our own
//!    tokenizer, and the CoNLL labels are projected onto those tokens, so that
//!    training sees exactly what inference sees.
//! 2. The first pass is trained on K-1 folds and tags the K-th, for each
//!    fold: the document pass then learns from first-pass output as noisy as
//!    it will be on new text. A final first pass is trained on everything.
//! 3. The document pass is trained on all documents with those tags.
//! 4. Weights are averaged, quantised to i8, and small ones pruned.
//!
//! Pure: documents in, model bytes out; the CLI does the reading and writing.

use super::decode::{viterbi, Transitions};
use super::document_pass;
use super::features::Features;
use super::hash::HashMap;
use super::lexicon::Lexicon;
use super::model::{key_of, Model, ModelData, PASSES};
use super::tagger::{self, Prepared};
use super::tags::{self, EntityType, Tag, NUM_TAGS};
use crate::evaluate::{self, ConllDocument, Predicted, Scores};
use crate::offsets::OffsetMap;
use crate::OffsetUnit;

/// Settings of a training run.
#[derive(Clone, Debug)]
pub struct TrainConfig {
    /// Passes over the training data, per perceptron.
    pub epochs: usize,
    /// Folds of the cross-validation that feeds the document pass.
    pub folds: usize,
    /// Seed of the sentence shuffling.
    pub seed: u64,
    /// Quantised weights of at most this magnitude (in units of the scale) are dropped.
    pub prune: i8,
    /// Features seen fewer times than this in training are not learned.
    pub min_count: u32,
    /// Adds a title-cased copy of one training sentence in this many (0: none),
    /// so that the model meets "Telegram Founder Says Users Doubled" headlines,
    /// which CoNLL lacks.
    pub title_case_every: usize,
    /// Final perceptrons are trained this many times with different shuffles
    /// and their weights averaged: one model, with less of the run-to-run
    /// variance (about ±0.3 F1 points for one run).
    pub runs: usize,
}

impl Default for TrainConfig {
    fn default() -> TrainConfig {
        TrainConfig { epochs: 8, folds: 4, seed: 1, prune: 3, min_count: 1, title_case_every: 8, runs: 3 }
    }
}

/// A training document: prepared features and the gold tag of each position.
pub struct TrainingDoc {
    prepared: Prepared,
    gold: Vec<Tag>,
}

/// Rebuilds a CoNLL document's text, tokenizes it our way and projects the gold labels.
pub fn training_doc(doc: &ConllDocument, lexicon: &Lexicon) -> TrainingDoc {
    let laid = evaluate::layout(doc);
    let text = &laid.text;
    let tokens = crate::tokenize::tokenize(text);
    let sentences = crate::tokenize::sentences(text, &tokens);
    let prepared = tagger::prepare(text, &tokens, &sentences, lexicon);
    // Byte offset of every code point, to place the CoNLL tokens.
    let mut byte_of: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
    byte_of.push(text.len());
    // Entity id of each byte, from the gold CoNLL entities.
    let mut owner: Vec<i32> = vec![-1; text.len()];
    let mut kinds = Vec::new();
    let mut place = 0;
    for sentence in &doc.sentences {
        let tags: Vec<&str> = sentence.iter().map(|t| t.tag.as_str()).collect();
        for (a, b, kind) in evaluate::gold_entities(&tags) {
            let (start, end) = (byte_of[laid.tokens[place + a].start], byte_of[laid.tokens[place + b].end]);
            let id = kinds.len() as i32;
            kinds.push(EntityType::parse(&kind).unwrap_or(EntityType::Misc));
            owner[start..end].fill(id);
        }
        place += sentence.len();
    }
    let mut gold = vec![tags::OUTSIDE; prepared.features.len()];
    for sentence in &prepared.sentences {
        let ids: Vec<i32> = sentence
            .clone()
            .map(|p| {
                let r = tokens[prepared.token_index[p]].range;
                // A token belongs to an entity when most of it lies inside.
                let mid = r.start + (r.end - r.start) / 2;
                owner[mid.min(text.len() - 1)]
            })
            .collect();
        let mut entities = Vec::new();
        let mut k = 0;
        while k < ids.len() {
            if ids[k] < 0 {
                k += 1;
                continue;
            }
            let start = k;
            while k + 1 < ids.len() && ids[k + 1] == ids[start] {
                k += 1;
            }
            entities.push((start, k, kinds[ids[start] as usize]));
            k += 1;
        }
        gold[sentence.clone()].copy_from_slice(&tags::encode(ids.len(), &entities));
    }
    TrainingDoc { prepared, gold }
}

/// Feature indices of a document's positions (like `Features`, with dictionary indices).
#[derive(Clone, Default)]
struct Indexed {
    ids: Vec<u32>,
    starts: Vec<usize>,
}

impl Indexed {
    fn token(&self, i: usize) -> &[u32] {
        &self.ids[self.starts[i]..self.starts[i + 1]]
    }
}

/// Maps 32-bit feature keys to dense indices.
#[derive(Default)]
struct Dictionary {
    index: HashMap<u32, u32>,
    keys: Vec<u32>,
}

impl Dictionary {
    fn add_counted(&mut self, feature_sets: &[&Features], min_count: u32) {
        let mut counts: HashMap<u32, u32> = HashMap::default();
        let mut order = Vec::new();
        for features in feature_sets {
            for &h in &features.hashes {
                let key = key_of(h);
                if self.index.contains_key(&key) {
                    continue;
                }
                let c = counts.entry(key).or_insert(0);
                if *c == 0 {
                    order.push(key);
                }
                *c += 1;
            }
        }
        for key in order {
            if counts[&key] >= min_count {
                self.index.insert(key, self.keys.len() as u32);
                self.keys.push(key);
            }
        }
    }

    fn map(&self, features: &[&Features]) -> Indexed {
        let n = features[0].len();
        let mut out = Indexed { ids: Vec::new(), starts: vec![0] };
        for i in 0..n {
            for set in features {
                out.ids.extend(set.token(i).iter().filter_map(|&h| self.index.get(&key_of(h)).copied()));
            }
            out.starts.push(out.ids.len());
        }
        out
    }
}

/// An averaged perceptron's weights: current and the running sum for averaging.
struct Perceptron {
    weights: Vec<f32>,
    sums: Vec<f32>,
    trans: Transitions,
    trans_sums: Transitions,
    step: f32,
}

impl Perceptron {
    fn new(features: usize) -> Perceptron {
        Perceptron {
            weights: vec![0.0; features * NUM_TAGS],
            sums: vec![0.0; features * NUM_TAGS],
            trans: Transitions::default(),
            trans_sums: Transitions::default(),
            step: 1.0,
        }
    }

    fn emissions(weights: &[f32], doc: &Indexed, range: std::ops::Range<usize>, out: &mut Vec<f32>) {
        out.clear();
        out.resize(range.len() * NUM_TAGS, 0.0);
        for (k, i) in range.enumerate() {
            let row = &mut out[k * NUM_TAGS..(k + 1) * NUM_TAGS];
            for &f in doc.token(i) {
                let w = &weights[f as usize * NUM_TAGS..(f as usize + 1) * NUM_TAGS];
                for t in 0..NUM_TAGS {
                    row[t] += w[t];
                }
            }
        }
    }

    fn update(&mut self, doc: &Indexed, range: std::ops::Range<usize>, gold: &[Tag], predicted: &[Tag]) {
        let step = self.step;
        for (k, i) in range.enumerate() {
            let (g, p) = (gold[k], predicted[k]);
            if g != p {
                for &f in doc.token(i) {
                    let base = f as usize * NUM_TAGS;
                    self.weights[base + g] += 1.0;
                    self.sums[base + g] += step;
                    self.weights[base + p] -= 1.0;
                    self.sums[base + p] -= step;
                }
            }
            let (gp, pp) = if k == 0 { (None, None) } else { (Some(gold[k - 1]), Some(predicted[k - 1])) };
            if (gp, g) != (pp, p) {
                for (prev, tag, sign) in [(gp, g, 1.0), (pp, p, -1.0)] {
                    match prev {
                        None => {
                            self.trans.start[tag] += sign;
                            self.trans_sums.start[tag] += sign * step;
                        }
                        Some(prev) => {
                            self.trans.pair[prev * NUM_TAGS + tag] += sign;
                            self.trans_sums.pair[prev * NUM_TAGS + tag] += sign * step;
                        }
                    }
                }
            }
        }
    }

    /// The averaged weights and transitions.
    fn average(self) -> (Vec<f32>, Transitions) {
        let c = self.step;
        let weights = self.weights.iter().zip(&self.sums).map(|(w, s)| w - s / c).collect();
        let mut trans = Transitions::default();
        for t in 0..NUM_TAGS {
            trans.start[t] = self.trans.start[t] - self.trans_sums.start[t] / c;
        }
        for k in 0..NUM_TAGS * NUM_TAGS {
            trans.pair[k] = self.trans.pair[k] - self.trans_sums.pair[k] / c;
        }
        (weights, trans)
    }
}

/// A small deterministic generator for shuffling.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = (self.next() % (i as u64 + 1)) as usize;
            items.swap(i, j);
        }
    }
}

/// Trains one perceptron on the given documents; returns averaged weights.
fn train_perceptron(
    docs: &[(&Indexed, &TrainingDoc)],
    features: usize,
    config: &TrainConfig,
    seed: u64,
    progress: &mut dyn FnMut(&str),
    what: &str,
) -> (Vec<f32>, Transitions) {
    let mut p = Perceptron::new(features);
    let mut order: Vec<(usize, usize)> = Vec::new();
    for (d, (_, doc)) in docs.iter().enumerate() {
        for s in 0..doc.prepared.sentences.len() {
            order.push((d, s));
        }
    }
    let mut rng = Rng(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1);
    let mut emissions = Vec::new();
    let mut predicted = Vec::new();
    for epoch in 0..config.epochs {
        rng.shuffle(&mut order);
        let mut errors = 0usize;
        let mut total = 0usize;
        for &(d, s) in &order {
            let (indexed, doc) = docs[d];
            let range = doc.prepared.sentences[s].clone();
            Perceptron::emissions(&p.weights, indexed, range.clone(), &mut emissions);
            viterbi(&emissions, &p.trans, &mut predicted);
            let gold = &doc.gold[range.clone()];
            let wrong = gold.iter().zip(&predicted).filter(|(g, p)| g != p).count();
            if wrong > 0 {
                p.update(indexed, range, gold, &predicted);
            }
            errors += wrong;
            total += gold.len();
            p.step += 1.0;
        }
        progress(&format!(
            "{what}: epoch {}/{} token error {:.2}%",
            epoch + 1,
            config.epochs,
            100.0 * errors as f64 / total.max(1) as f64
        ));
    }
    p.average()
}

/// Trains `config.runs` perceptrons with different shuffles and averages their weights.
fn train_averaged(
    docs: &[(&Indexed, &TrainingDoc)],
    features: usize,
    config: &TrainConfig,
    seed: u64,
    progress: &mut dyn FnMut(&str),
    what: &str,
) -> (Vec<f32>, Transitions) {
    let runs = config.runs.max(1);
    let mut total: Option<(Vec<f32>, Transitions)> = None;
    for run in 0..runs {
        let label = if runs > 1 { format!("{what} (run {}/{runs})", run + 1) } else { what.to_string() };
        let (w, t) = train_perceptron(docs, features, config, seed + 1000 * run as u64, progress, &label);
        match &mut total {
            None => total = Some((w, t)),
            Some((tw, tt)) => {
                tw.iter_mut().zip(&w).for_each(|(a, b)| *a += b);
                tt.start.iter_mut().zip(&t.start).for_each(|(a, b)| *a += b);
                tt.pair.iter_mut().zip(&t.pair).for_each(|(a, b)| *a += b);
            }
        }
    }
    let (mut w, mut t) = total.unwrap_or_else(|| (vec![0.0; features * NUM_TAGS], Transitions::default()));
    let scale = 1.0 / runs as f32;
    w.iter_mut().for_each(|v| *v *= scale);
    t.start.iter_mut().chain(t.pair.iter_mut()).for_each(|v| *v *= scale);
    (w, t)
}

/// Tags a document with float weights (used for the cross-validation folds).
fn tag_with(weights: &[f32], trans: &Transitions, indexed: &Indexed, doc: &TrainingDoc) -> Vec<Tag> {
    let mut out = vec![tags::OUTSIDE; doc.gold.len()];
    let mut emissions = Vec::new();
    let mut predicted = Vec::new();
    for range in &doc.prepared.sentences {
        Perceptron::emissions(weights, indexed, range.clone(), &mut emissions);
        viterbi(&emissions, trans, &mut predicted);
        out[range.clone()].copy_from_slice(&predicted);
    }
    out
}

fn doc_features(doc: &TrainingDoc, first_pass: &[Tag]) -> Features {
    let mut f = Features::default();
    document_pass::extract(&doc.prepared.doc_tokens, &doc.prepared.sentences, first_pass, &[], &mut f);
    f
}

/// Trains both passes on `train` and returns the model's bytes; reports
/// progress (and dev scores when `dev` is not empty) through `progress`.
pub fn train(
    train: &[ConllDocument],
    dev: &[ConllDocument],
    lexicon: &Lexicon,
    config: &TrainConfig,
    progress: &mut dyn FnMut(&str),
) -> Vec<u8> {
    let mut augmented = Vec::new();
    if config.title_case_every > 0 {
        let mut rng = Rng(config.seed ^ 0x7171e);
        for doc in train {
            for sentence in &doc.sentences {
                if sentence.len() >= 4 && rng.next().is_multiple_of(config.title_case_every as u64) {
                    let copy = ConllDocument { sentences: vec![sentence.clone()] };
                    augmented.push(title_case(&copy));
                }
            }
        }
    }
    let docs: Vec<TrainingDoc> = train.iter().chain(&augmented).map(|d| training_doc(d, lexicon)).collect();
    let positions: usize = docs.iter().map(|d| d.gold.len()).sum();
    progress(&format!("{} training documents, {positions} tokens", docs.len()));

    let mut dictionary = Dictionary::default();
    let base: Vec<&Features> = docs.iter().map(|d| &d.prepared.features).collect();
    dictionary.add_counted(&base, config.min_count);
    let base_indexed: Vec<Indexed> = docs.iter().map(|d| dictionary.map(&[&d.prepared.features])).collect();
    progress(&format!("{} first-pass features", dictionary.keys.len()));

    // Cross-validated first-pass tags for the document pass.
    let mut fold_of: Vec<usize> = (0..docs.len()).collect();
    Rng(config.seed ^ 0xf01d).shuffle(&mut fold_of);
    let fold_of: Vec<usize> = {
        let mut f = vec![0; docs.len()];
        for (rank, &d) in fold_of.iter().enumerate() {
            f[d] = rank % config.folds.max(1);
        }
        f
    };
    let mut first_pass: Vec<Vec<Tag>> = vec![Vec::new(); docs.len()];
    let n_base = dictionary.keys.len();
    for fold in 0..config.folds {
        let training: Vec<(&Indexed, &TrainingDoc)> =
            (0..docs.len()).filter(|&d| fold_of[d] != fold).map(|d| (&base_indexed[d], &docs[d])).collect();
        let (weights, trans) = train_perceptron(
            &training,
            n_base,
            config,
            config.seed + fold as u64 + 1,
            progress,
            &format!("fold {}/{}", fold + 1, config.folds),
        );
        for d in (0..docs.len()).filter(|&d| fold_of[d] == fold) {
            first_pass[d] = tag_with(&weights, &trans, &base_indexed[d], &docs[d]);
        }
    }
    if config.folds < 2 {
        // Without cross-validation the document pass sees gold-like tags.
        for (d, doc) in docs.iter().enumerate() {
            first_pass[d] = doc.gold.clone();
        }
    }
    let all: Vec<(&Indexed, &TrainingDoc)> = base_indexed.iter().zip(&docs).collect();
    let (weights1, trans1) = train_averaged(&all, n_base, config, config.seed, progress, "first pass");

    // The document pass: first-pass features plus document features.
    let extra: Vec<Features> = docs.iter().zip(&first_pass).map(|(d, fp)| doc_features(d, fp)).collect();
    dictionary.add_counted(&extra.iter().collect::<Vec<_>>(), config.min_count);
    let full_indexed: Vec<Indexed> =
        docs.iter().zip(&extra).map(|(d, e)| dictionary.map(&[&d.prepared.features, e])).collect();
    progress(&format!("{} features with the document pass", dictionary.keys.len()));
    let all: Vec<(&Indexed, &TrainingDoc)> = full_indexed.iter().zip(&docs).collect();
    let (weights2, trans2) =
        train_averaged(&all, dictionary.keys.len(), config, config.seed + 100, progress, "document pass");

    let data = quantise(&dictionary, [&weights1, &weights2], [trans1, trans2], lexicon.fingerprint(), config.prune);
    let bytes = data.to_bytes();
    progress(&format!("model: {} features, {} bytes", data.rows.len(), bytes.len()));
    if !dev.is_empty() {
        match Model::from_bytes(&bytes) {
            Ok(model) => {
                let first = score(dev, &model, lexicon, false).total().prf().2;
                progress(&format!("dev, first pass only: F1 {first:.4}"));
                progress(&format!("dev (names only):\n{}", score(dev, &model, lexicon, true).report()));
                let titled: Vec<ConllDocument> = dev.iter().map(title_case).collect();
                let f1 = score(&titled, &model, lexicon, true).total().prf().2;
                progress(&format!("dev with every sentence title-cased: F1 {f1:.4}"));
            }
            Err(e) => progress(&format!("cannot reload the model: {e}")),
        }
    }
    bytes
}

/// Silver data in the GMB scheme (`B-geo`, `I-per`, …) as CoNLL documents:
/// geo → LOC, org → ORG, per → PER, gpe/art/eve/nat → MISC, tim → O. The
/// file has no document boundaries, so every `sentences_per_doc` sentences
/// make a document (neighbouring sentences come from one article).
pub fn silver_documents(docs: &[ConllDocument], sentences_per_doc: usize) -> Vec<ConllDocument> {
    let mut out = Vec::new();
    let mut current = ConllDocument::default();
    for sentence in docs.iter().flat_map(|d| &d.sentences) {
        let mapped = sentence
            .iter()
            .map(|token| {
                let (prefix, kind) = token.tag.split_once('-').unwrap_or(("O", ""));
                let kind = match kind.to_ascii_lowercase().as_str() {
                    "geo" | "loc" => "LOC",
                    "org" => "ORG",
                    "per" => "PER",
                    "gpe" | "art" | "eve" | "nat" | "misc" => "MISC",
                    _ => "",
                };
                let tag = if kind.is_empty() { "O".to_string() } else { format!("{prefix}-{kind}") };
                evaluate::ConllToken { word: token.word.clone(), tag }
            })
            .collect();
        current.sentences.push(mapped);
        if current.sentences.len() >= sentences_per_doc.max(1) {
            out.push(std::mem::take(&mut current));
        }
    }
    if !current.sentences.is_empty() {
        out.push(current);
    }
    out
}

/// Words that title case leaves in lower case.
const SMALL_WORDS: &[&str] = &["a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "by", "as"];

/// The document with every sentence in title case ("Founder Says Users Doubled"), labels unchanged.
pub fn title_case(doc: &ConllDocument) -> ConllDocument {
    let mut doc = doc.clone();
    for sentence in &mut doc.sentences {
        for token in sentence.iter_mut() {
            let mut chars = token.word.chars();
            let Some(first) = chars.next() else { continue };
            if first.is_lowercase() && !SMALL_WORDS.contains(&token.word.as_str()) {
                token.word = first.to_uppercase().chain(chars).collect();
            }
        }
    }
    doc
}

/// Quantises both passes' weights to i8 and drops what rounds to nothing.
fn quantise(
    dictionary: &Dictionary,
    weights: [&Vec<f32>; PASSES],
    transitions: [Transitions; PASSES],
    fingerprint: u64,
    prune: i8,
) -> ModelData {
    let mut scales = [1.0f32; PASSES];
    for (pass, w) in weights.iter().enumerate() {
        // The largest weight maps to 127. Clipping the largest few instead (a
        // quantile) cost 4 points of dev F1: the strongest features (clusters,
        // word lists) are the ones that matter most.
        let max = w.iter().fold(0.0f32, |m, v| m.max(v.abs()));
        scales[pass] = (max / 127.0).max(f32::MIN_POSITIVE);
    }
    let mut rows = Vec::new();
    for (index, &key) in dictionary.keys.iter().enumerate() {
        let mut row = [[0i8; NUM_TAGS]; PASSES];
        let mut any = false;
        for pass in 0..PASSES {
            let w = weights[pass];
            if (index + 1) * NUM_TAGS > w.len() {
                continue;
            }
            for t in 0..NUM_TAGS {
                let q = (w[index * NUM_TAGS + t] / scales[pass]).round().clamp(-127.0, 127.0) as i8;
                if q.unsigned_abs() > prune.unsigned_abs() {
                    row[pass][t] = q;
                    any = true;
                }
            }
        }
        if any {
            rows.push((key, row));
        }
    }
    ModelData { fingerprint, transitions, scales, rows }
}

/// Scores a model on CoNLL documents, through the same path as `recognise`.
pub fn score(docs: &[ConllDocument], model: &Model, lexicon: &Lexicon, document_pass: bool) -> Scores {
    let mut scores = Scores::default();
    for doc in docs {
        let laid = evaluate::layout(doc);
        let text = &laid.text;
        let tokens = crate::tokenize::tokenize(text);
        let sentences = crate::tokenize::sentences(text, &tokens);
        let mentions = super::recognise_passes(model, lexicon, text, &tokens, &sentences, document_pass);
        let map = OffsetMap::new(text, OffsetUnit::Chars);
        let predicted: Vec<Predicted> = mentions
            .iter()
            .map(|m| {
                let (start, end) = map.convert_range(m.range);
                Predicted { start, end, label: m.label }
            })
            .collect();
        scores.add_document(doc, &laid, &predicted);
    }
    scores
}
