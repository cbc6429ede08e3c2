//! Fine name types: the tagger finds where names are and gives each a coarse
//! CoNLL type (PER, ORG, LOC, MISC); this stage gives each name one of the
//! contract's eleven types (or MISC) with a multiclass averaged perceptron
//! over features of the whole span: its words, head, shape, affixes, word
//! lists (the tagger's and `models/types/`), clusters and the words around it.
//!
//! Typing spans afterwards keeps the tagger's tag set at four types (Viterbi
//! cost grows with the square of the tags) and lets the typer see features of
//! the whole name ("Act" at its end, "Festival" inside, "speak" before it)
//! that a token tagger cannot. The tagger's own type is not a feature: it
//! enters as a prior (`COARSE_PRIOR`), so the typer can overrule it when its
//! evidence is strong ("Earth" tagged ORG, "Orbital" tagged PERSON).
//!
//! Trained by `newsmark train-types` on the gold names of CoNLL-2003, GMB
//! and WNUT-17 with fine types from a teacher (`tools/teacher_types.py`).
//! On disk (`models/types.bin`): magic, scale, row count, the word lists'
//! fingerprint, then sorted rows of
//! (32-bit feature key, one i8 weight per type).

use std::sync::OnceLock;

use super::hash::{self, HashMap};
use super::lexicon::{self, Lexicon};
use super::model::key_of;
use super::tags::EntityType;
use crate::document::Label;
use crate::evaluate::{self, ConllDocument};
use crate::tokenize::Token;

/// The types a name can take, in the model's row order: the contract's
/// name labels, PERSON … MISC (the first twelve of `Label::ALL`).
pub const TYPES: [Label; 12] = {
    let mut types = [Label::Misc; 12];
    let mut i = 0;
    while i < types.len() {
        types[i] = Label::ALL[i];
        i += 1;
    }
    types
};
const N: usize = TYPES.len();

/// Added to the score of every type that fits the tagger's coarse type, in
/// units of the typer's scores (weight sums). Measured on CoNLL-2003 dev
/// (coarse F1 must not drop) and news-dev; see `scripts/train-types.sh`.
const COARSE_PRIOR: f32 = 40.0;

const MAGIC: &[u8; 8] = b"NMTYP\x02\0\0";
/// Magic, scale, row count, fingerprint.
const HEADER: usize = 24;

/// What the typer's features depend on: the tagger's word lists and
/// clusters and the typer's own lists. A typer trained with other lists
/// scores wrongly, so a test holds the committed one to the committed lists.
pub fn fingerprint(names: &Lexicon, types: &Lexicon) -> u64 {
    hash::combine(names.fingerprint(), types.fingerprint())
}

/// Whether a fine type may stand for a coarse one: the CoNLL scorer's
/// mapping (`conll_eval.py`), and the teacher's table (`tools/teacher_types.py`).
pub fn fits(coarse: EntityType, label: Label) -> bool {
    use Label::*;
    match coarse {
        EntityType::Per => label == Person,
        EntityType::Org => label == Org,
        EntityType::Loc => matches!(label, Gpe | Loc | Fac),
        EntityType::Misc => matches!(label, Misc | Norp | Event | Product | WorkOfArt | Law | Language),
    }
}

/// The coarse type of a fine one (the first coarse type it fits).
pub fn coarse_of(label: Label) -> EntityType {
    EntityType::ALL.into_iter().find(|&c| fits(c, label)).unwrap_or(EntityType::Misc)
}

/// The typer's own word lists (`models/types/`): what the tagger's lists
/// (places, people, organisation words) do not cover. Order is the order of
/// their bits in the features: append, never reorder.
const LISTS: &[(&str, &str)] = &[
    ("languages", include_str!("../../models/types/languages.txt")),
    ("organisations", include_str!("../../models/hand/organisations.txt")),
    ("products", include_str!("../../models/hand/products.txt")),
    ("event_words", include_str!("../../models/hand/event_words.txt")),
    ("law_words", include_str!("../../models/hand/law_words.txt")),
    ("facility_words", include_str!("../../models/hand/facility_words.txt")),
    ("award_words", include_str!("../../models/hand/award_words.txt")),
    ("work_words", include_str!("../../models/hand/work_words.txt")),
    ("edition_words", include_str!("../../models/hand/edition_words.txt")),
];

/// The typer's word lists, loaded on first use.
pub fn type_lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| {
        let lists: Vec<lexicon::ListSource> =
            LISTS.iter().map(|&(name, content)| lexicon::ListSource { name, content }).collect();
        Lexicon::new(&lists, "")
    })
}

/// The committed typer, made by `newsmark train-types`.
const MODEL_BYTES: &[u8] = include_bytes!("../../models/types.bin");

/// The committed typer, loaded on first use (an unreadable one types by the
/// coarse type alone; a test makes sure the committed one loads).
pub fn default_typer() -> &'static Typer {
    static TYPER: OnceLock<Typer> = OnceLock::new();
    TYPER.get_or_init(|| Typer::from_bytes(MODEL_BYTES).unwrap_or_default())
}

/// A span to type: tokens `first..=last` of a sentence `sentence` (token range).
#[derive(Clone, Copy, Debug)]
pub struct SpanAt {
    /// First token.
    pub first: usize,
    /// Last token (inclusive).
    pub last: usize,
    /// The sentence's tokens.
    pub sentence: (usize, usize),
}

// Feature templates.
const BIAS: u32 = 1;
const WORD: u32 = 2;
const FIRST: u32 = 3;
const HEAD: u32 = 4;
const WHOLE: u32 = 5;
const SUFFIX3: u32 = 6;
const SUFFIX2: u32 = 7;
const SHAPE: u32 = 8;
const LENGTH: u32 = 9;
const LIST_WHOLE: u32 = 10;
const LIST_WORD: u32 = 11;
const LIST_HEAD: u32 = 12;
const TYPE_LIST_WHOLE: u32 = 13;
const TYPE_LIST_WORD: u32 = 14;
const TYPE_LIST_HEAD: u32 = 15;
const HEAD_CLUSTER: u32 = 16;
const PREV: u32 = 17;
const PREV2: u32 = 18;
const NEXT: u32 = 19;
const NEXT2: u32 = 20;
const PREV_CLUSTER: u32 = 21;
const NEXT_CLUSTER: u32 = 22;
const PREV_TYPE_LIST: u32 = 23;
const NEXT_TYPE_LIST: u32 = 24;
const STARTS_SENTENCE: u32 = 25;
const HYPHEN_PART: u32 = 26;
const FIRST_CLUSTER: u32 = 27;
const PREV_BIGRAM: u32 = 28;

/// Each token's lower case, hashed (`hash::string`): what the typer and the
/// rules after it look words up by, found once per document.
pub fn lower_hashes(text: &str, tokens: &[Token]) -> Vec<u64> {
    let mut lower = String::new();
    tokens
        .iter()
        .map(|t| {
            hash::lowercase_into(t.text(text), &mut lower);
            hash::string(&lower)
        })
        .collect()
}

/// Buffers `features` reuses from span to span.
#[derive(Default)]
pub struct Scratch {
    text: String,
}

/// Features of a span, as hashes. `lowers` are the document's
/// `lower_hashes`.
#[allow(clippy::too_many_arguments)]
pub fn features(
    text: &str,
    tokens: &[Token],
    lowers: &[u64],
    span: SpanAt,
    names: &Lexicon,
    types: &Lexicon,
    scratch: &mut Scratch,
    out: &mut Vec<u64>,
) {
    out.clear();
    crate::work::add(crate::work::Work::NameTokens, span.last - span.first + 5);
    let own = &lowers[span.first..=span.last];
    out.push(hash::feature(BIAS, 0));
    for (i, &l) in (span.first..=span.last).zip(own) {
        out.push(hash::feature(WORD, l));
        out.push(hash::feature(LIST_WORD, names.lookup(&[l]) as u64));
        out.push(hash::feature(TYPE_LIST_WORD, types.lookup(&[l]) as u64));
        // "English-based", "Paris-born": the part before a hyphen.
        if let Some((part, _)) = tokens[i].text(text).split_once('-') {
            hash::lowercase_into(part, &mut scratch.text);
            out.push(hash::feature(HYPHEN_PART, hash::string(&scratch.text)));
        }
    }
    let (first, head) = (own[0], own[own.len() - 1]);
    out.push(hash::feature(FIRST, first));
    out.push(hash::feature(HEAD, head));
    out.push(hash::feature(WHOLE, lexicon::sequence_key(own)));
    hash::lowercase_into(tokens[span.last].text(text), &mut scratch.text);
    let chars = scratch.text.chars().count();
    for (template, n) in [(SUFFIX3, 3), (SUFFIX2, 2)] {
        if chars > n {
            let from = scratch.text.char_indices().nth(chars - n).map_or(0, |(b, _)| b);
            out.push(hash::feature(template, hash::string(&scratch.text[from..])));
        }
    }
    shape_into(text, &tokens[span.first..=span.last], &mut scratch.text);
    out.push(hash::feature(SHAPE, hash::string(&scratch.text)));
    out.push(hash::feature(LENGTH, own.len().min(5) as u64));
    for bit in bits(names.lookup(own)) {
        out.push(hash::feature(LIST_WHOLE, bit));
    }
    for bit in bits(names.lookup(&[head])) {
        out.push(hash::feature(LIST_HEAD, bit));
    }
    for bit in bits(types.lookup(own)) {
        out.push(hash::feature(TYPE_LIST_WHOLE, bit));
    }
    for bit in bits(types.lookup(&[head])) {
        out.push(hash::feature(TYPE_LIST_HEAD, bit));
    }
    out.push(hash::feature(HEAD_CLUSTER, names.clusters(head)[1] as u64));
    out.push(hash::feature(FIRST_CLUSTER, names.clusters(first)[1] as u64));
    let (start, end) = span.sentence;
    let prev = (span.first > start).then(|| lowers[span.first - 1]);
    let prev2 = (span.first > start + 1).then(|| lowers[span.first - 2]);
    let next = (span.last + 1 < end).then(|| lowers[span.last + 1]);
    let next2 = (span.last + 2 < end).then(|| lowers[span.last + 2]);
    out.push(hash::feature(STARTS_SENTENCE, prev.is_none() as u64));
    if let Some(p) = prev {
        out.push(hash::feature(PREV, p));
        out.push(hash::feature(PREV_CLUSTER, names.clusters(p)[1] as u64));
        out.push(hash::feature(PREV_TYPE_LIST, types.lookup(&[p]) as u64));
        out.push(hash::feature2(PREV_BIGRAM, prev2.unwrap_or(0), p));
    }
    if let Some(p) = prev2 {
        out.push(hash::feature(PREV2, p));
    }
    if let Some(n) = next {
        out.push(hash::feature(NEXT, n));
        out.push(hash::feature(NEXT_CLUSTER, names.clusters(n)[1] as u64));
        out.push(hash::feature(NEXT_TYPE_LIST, types.lookup(&[n]) as u64));
    }
    if let Some(n) = next2 {
        out.push(hash::feature(NEXT2, n));
    }
}

/// The set bits of list bits, as small numbers.
fn bits(mask: u32) -> impl Iterator<Item = u64> {
    (0..32).filter(move |b| mask & (1 << b) != 0).map(|b| b as u64 + 1)
}

/// The span's word shapes, runs collapsed, into `out`: "Xx Xx", "xX",
/// "X-d", "Xx (X) Xx".
fn shape_into(text: &str, words: &[Token], out: &mut String) {
    out.clear();
    for (i, w) in words.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let mut last = '\0';
        for c in w.text(text).chars() {
            let s = if c.is_uppercase() {
                'X'
            } else if c.is_lowercase() {
                'x'
            } else if c.is_ascii_digit() {
                'd'
            } else {
                c
            };
            if s != last {
                out.push(s);
                last = s;
            }
        }
    }
}

/// A loaded typer.
#[derive(Default)]
pub struct Typer {
    /// The word lists' fingerprint at training time (`fingerprint`).
    fingerprint: u64,
    scale: f32,
    /// Weights by `key_of` of the feature.
    rows: HashMap<u32, [i8; N]>,
}

impl Typer {
    /// Reads a typer from its bytes.
    pub fn from_bytes(bytes: &[u8]) -> Result<Typer, String> {
        let bad = || "models/types.bin: truncated or not a type model".to_string();
        if bytes.len() < HEADER || &bytes[..8] != MAGIC {
            return Err(bad());
        }
        let scale = f32::from_le_bytes(bytes[8..12].try_into().map_err(|_| bad())?);
        let count = u32::from_le_bytes(bytes[12..16].try_into().map_err(|_| bad())?) as usize;
        let fingerprint = u64::from_le_bytes(bytes[16..24].try_into().map_err(|_| bad())?);
        let row = 4 + N;
        let body = &bytes[HEADER..];
        if body.len() != count * row {
            return Err(bad());
        }
        let mut rows = HashMap::default();
        rows.reserve(count);
        for chunk in body.chunks_exact(row) {
            let key = u32::from_le_bytes(chunk[..4].try_into().map_err(|_| bad())?);
            let mut weights = [0i8; N];
            for (w, &b) in weights.iter_mut().zip(&chunk[4..]) {
                *w = b as i8;
            }
            rows.insert(key, weights);
        }
        Ok(Typer { fingerprint, scale, rows })
    }

    /// The fingerprint of the word lists it was trained with.
    pub fn fingerprint(&self) -> u64 {
        self.fingerprint
    }

    /// The score of each type for a span's features.
    pub fn scores(&self, features: &[u64]) -> [f32; N] {
        let mut sum = [0i32; N];
        for f in features {
            if let Some(row) = self.rows.get(&key_of(*f)) {
                for (s, &w) in sum.iter_mut().zip(row) {
                    *s += w as i32;
                }
            }
        }
        sum.map(|s| s as f32 * self.scale)
    }

    /// The type of a span the tagger found as `coarse`: the best-scoring type
    /// after the prior for types that fit the tagger's.
    pub fn type_of(&self, features: &[u64], coarse: EntityType) -> Label {
        if self.rows.is_empty() {
            return TYPES.into_iter().find(|&t| fits(coarse, t)).unwrap_or(Label::Misc);
        }
        let scores = self.scores(features);
        let mut best = (f32::NEG_INFINITY, Label::Misc);
        for (&label, &score) in TYPES.iter().zip(&scores) {
            let score = score + if fits(coarse, label) { COARSE_PRIOR } else { 0.0 };
            if score > best.0 {
                best = (score, label);
            }
        }
        best.1
    }
}

/// A training example: features and the index of its type in `TYPES`.
pub struct Example {
    features: Vec<u64>,
    label: usize,
    coarse: EntityType,
}

/// The typed names of CoNLL-format documents with fine types in their tags,
/// on our own tokens (as inference sees them).
pub fn examples(docs: &[ConllDocument], names: &Lexicon, types: &Lexicon) -> Vec<Example> {
    let mut out = Vec::new();
    let (mut features_buf, mut scratch) = (Vec::new(), Scratch::default());
    for doc in docs {
        let laid = evaluate::layout(doc);
        let text = &laid.text;
        let tokens = crate::tokenize::tokenize(text);
        let sentences = crate::tokenize::sentences(text, &tokens);
        let lowers = lower_hashes(text, &tokens);
        let mut byte_of: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        byte_of.push(text.len());
        let mut place = 0;
        for sentence in &doc.sentences {
            let tags: Vec<&str> = sentence.iter().map(|t| t.tag.as_str()).collect();
            for (a, b, kind) in evaluate::gold_entities(&tags) {
                let Some(label) = Label::parse(&kind).filter(|l| l.is_name()) else { continue };
                let (start, end) = (byte_of[laid.tokens[place + a].start], byte_of[laid.tokens[place + b].end]);
                // Our tokens whose middle lies inside the gold name.
                let inside: Vec<usize> = (0..tokens.len())
                    .filter(|&i| {
                        let r = tokens[i].range;
                        let mid = r.start + (r.end - r.start) / 2;
                        mid >= start && mid < end
                    })
                    .collect();
                let (Some(&first), Some(&last)) = (inside.first(), inside.last()) else { continue };
                let Some(s) = sentences.iter().find(|s| s.contains(&first)) else { continue };
                let span = SpanAt { first, last: last.min(s.end - 1), sentence: (s.start, s.end) };
                features(text, &tokens, &lowers, span, names, types, &mut scratch, &mut features_buf);
                let index = TYPES.iter().position(|&t| t == label).unwrap_or(N - 1);
                out.push(Example { features: features_buf.clone(), label: index, coarse: coarse_of(label) });
            }
            place += sentence.len();
        }
    }
    out
}

/// Trains a typer: an averaged perceptron, `epochs` shuffled passes, over
/// the features seen at least `min_count` times; quantised weights of at
/// most `prune` are dropped.
pub fn train(examples: &[Example], fingerprint: u64, epochs: usize, seed: u64, prune: i8, min_count: u32) -> Vec<u8> {
    let mut counts: HashMap<u64, u32> = HashMap::default();
    for f in examples.iter().flat_map(|e| &e.features) {
        *counts.entry(*f).or_default() += 1;
    }
    let mut index: HashMap<u64, usize> = HashMap::default();
    let ids: Vec<Vec<usize>> = examples
        .iter()
        .map(|e| {
            e.features
                .iter()
                .filter(|f| counts[f] >= min_count)
                .map(|&f| {
                    let next = index.len();
                    *index.entry(f).or_insert(next)
                })
                .collect()
        })
        .collect();
    let features = index.len();
    let mut weights = vec![[0f32; N]; features];
    let mut totals = vec![[0f32; N]; features];
    let mut stamps = vec![[0u64; N]; features];
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut state = seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1;
    let mut clock: u64 = 0;
    for _ in 0..epochs {
        for i in (1..order.len()).rev() {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            order.swap(i, (state % (i as u64 + 1)) as usize);
        }
        for &k in &order {
            clock += 1;
            let mut scores = [0f32; N];
            for &f in &ids[k] {
                for (s, w) in scores.iter_mut().zip(&weights[f]) {
                    *s += w;
                }
            }
            let gold = examples[k].label;
            let guess = (0..N).fold(0, |b, t| if scores[t] > scores[b] { t } else { b });
            if guess != gold {
                for &f in &ids[k] {
                    for (t, delta) in [(gold, 1.0), (guess, -1.0)] {
                        totals[f][t] += (clock - stamps[f][t]) as f32 * weights[f][t];
                        stamps[f][t] = clock;
                        weights[f][t] += delta;
                    }
                }
            }
        }
    }
    clock += 1;
    let mut averaged: Vec<(u64, [f32; N])> = index
        .iter()
        .map(|(&feature, &f)| {
            let mut row = [0f32; N];
            for t in 0..N {
                row[t] = (totals[f][t] + (clock - stamps[f][t]) as f32 * weights[f][t]) / clock as f32;
            }
            (feature, row)
        })
        .collect();
    averaged.sort_by_key(|&(feature, _)| (key_of(feature), feature));
    let largest = averaged.iter().flat_map(|(_, row)| row.iter()).fold(0f32, |m, w| m.max(w.abs()));
    let scale = if largest > 0.0 { largest / 127.0 } else { 1.0 };
    let mut rows = Vec::new();
    for (feature, row) in averaged {
        let q = row.map(|w| (w / scale).round().clamp(-127.0, 127.0) as i8);
        if q.iter().any(|&w| w.abs() > prune) {
            rows.push((feature, q));
        }
    }
    // Two features with one key (rare) keep the first's row.
    rows.dedup_by_key(|(feature, _)| key_of(*feature));
    let mut bytes = Vec::with_capacity(HEADER + rows.len() * (4 + N));
    bytes.extend_from_slice(MAGIC);
    bytes.extend_from_slice(&scale.to_le_bytes());
    bytes.extend_from_slice(&(rows.len() as u32).to_le_bytes());
    bytes.extend_from_slice(&fingerprint.to_le_bytes());
    for (feature, q) in rows {
        bytes.extend_from_slice(&key_of(feature).to_le_bytes());
        bytes.extend(q.iter().map(|&w| w as u8));
    }
    bytes
}

/// Accuracy of a typer on examples: (all, where the coarse type is given as
/// the tagger would give it).
pub fn accuracy(typer: &Typer, examples: &[Example]) -> (f64, f64) {
    let (mut free, mut primed) = (0usize, 0usize);
    for e in examples {
        let scores = typer.scores(&e.features);
        let guess = (0..N).fold(0, |b, t| if scores[t] > scores[b] { t } else { b });
        free += (guess == e.label) as usize;
        primed += (TYPES[e.label] == typer.type_of(&e.features, e.coarse)) as usize;
    }
    let n = examples.len().max(1) as f64;
    (free as f64 / n, primed as f64 / n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_committed_typer_loads_and_matches_the_word_lists() {
        let typer = Typer::from_bytes(MODEL_BYTES).expect("models/types.bin loads");
        assert!(typer.rows.len() > 1_000);
        assert_eq!(
            typer.fingerprint(),
            fingerprint(super::super::default_lexicon(), type_lexicon()),
            "models/lexicon, models/clusters.tsv, models/types or models/hand changed since training: run scripts/train-types.sh"
        );
    }

    #[test]
    fn a_truncated_typer_is_refused() {
        assert!(Typer::from_bytes(&MODEL_BYTES[..MODEL_BYTES.len() - 1]).is_err());
        assert!(Typer::from_bytes(b"NMTYP").is_err());
    }

    #[test]
    fn the_types_are_the_name_labels() {
        assert!(TYPES.iter().all(|t| t.is_name()));
        assert_eq!(TYPES[11], Label::Misc);
    }

    #[test]
    fn every_fine_type_fits_its_coarse_type() {
        for label in TYPES {
            assert!(fits(coarse_of(label), label), "{label}");
        }
        assert!(!fits(EntityType::Loc, Label::Person));
    }

    #[test]
    fn shapes_collapse_runs() {
        let shape = |text: &str| {
            let tokens = crate::tokenize::tokenize(text);
            let mut out = String::new();
            shape_into(text, &tokens, &mut out);
            out
        };
        assert_eq!(shape("iPhone"), "xXx");
        assert_eq!(shape("GPT-4o"), "X-dx");
        assert_eq!(shape("Tok Pisin"), "Xx Xx");
    }
}
