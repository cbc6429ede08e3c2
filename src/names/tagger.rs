//! Tagging one document: features for every sentence, the first pass
//! (Viterbi per sentence), the document-level features from its output, and
//! the second pass. Shared by inference and training so that both see
//! exactly the same features.

use std::ops::Range;

use super::decode::Decoder;
use super::document_pass::{self, DocFeature, DocSink, DocToken};
use super::features::{self, Casing, Features, Marks, TokenInfo, NEIGHBOURS};
use super::hash::{self, HashMap};
use super::lexicon::{Lexicon, WordEntries};
use super::model::{Model, PASSES};
use super::tags::{self, EntityType, Tag, NUM_TAGS};
use crate::tokenize::{Sentence, Token};

/// A document's tokens with their first-pass features.
#[derive(Default)]
pub struct Prepared {
    /// First-pass features, token after token in sentence order.
    pub features: Features,
    /// What the document pass needs, per token (same order).
    pub doc_tokens: Vec<DocToken>,
    /// Sentences as ranges of positions in `features`.
    pub sentences: Vec<Range<usize>>,
    /// The index in the tokenizer's tokens of each position.
    pub token_index: Vec<usize>,
    /// The positions fixed as O without scoring (`features::surely_outside`).
    pub outside: Vec<bool>,
}

impl Prepared {
    /// Room for `tokens` tokens, except their features (which inference
    /// does not keep).
    fn with_capacity(tokens: usize) -> Prepared {
        Prepared {
            features: Features::default(),
            doc_tokens: Vec::with_capacity(tokens),
            sentences: Vec::new(),
            token_index: Vec::with_capacity(tokens),
            outside: Vec::with_capacity(tokens),
        }
    }
}

/// Computes first-pass features for every sentence of a document.
pub fn prepare(text: &str, tokens: &[Token], sentences: &[Sentence], lexicon: &Lexicon) -> Prepared {
    let mut prepared = Prepared::default();
    let (mut info, mut lists) = (Vec::new(), Vec::new());
    let mut words: Vec<&str> = Vec::new();
    let (mut marks, mut outside) = (Vec::new(), Vec::new());
    for sentence in sentences {
        words.clear();
        words.extend(tokens[sentence.clone()].iter().map(|t| t.text(text)));
        marks.clear();
        marks.extend(words.iter().map(|w| Marks::of(w)));
        let casing = features::casing_of(&marks);
        features::surely_outside(&marks, casing, &mut outside);
        prepared.outside.extend_from_slice(&outside);
        features::token_infos(&words, lexicon, &mut info, &mut lists);
        let start = prepared.features.len();
        features::extract(&words, &info, &lists, casing, &mut prepared.features);
        for (k, (word, token_info)) in words.iter().zip(&info).enumerate() {
            prepared.doc_tokens.push(doc_token(is_alphabetic(word), token_info, k == 0, casing));
        }
        prepared.token_index.extend(sentence.clone());
        prepared.sentences.push(start..prepared.features.len());
    }
    prepared
}

/// Divides score margins before the logistic function that makes them confidences.
const CONFIDENCE_TEMPERATURE: f32 = 4.0;

/// One token's summed weights, for both passes.
type Sums = [[i32; NUM_TAGS]; PASSES];

const ZERO: Sums = [[0; NUM_TAGS]; PASSES];

/// A distinct word: what the features need of it, and the scores of the
/// features it gives itself and its neighbours, computed once per word
/// rather than once per token ("the", "," and a name's repeats).
struct Word {
    info: TokenInfo,
    alphabetic: bool,
    marks: Marks,
    /// Its part in the word lists (`Lexicon::word_entries`).
    entries: WordEntries,
    /// Per sentence casing (`Casing as usize`): where the word features'
    /// sums are in `Vocabulary::sums`, filled the first time the word
    /// appears in a sentence of that casing (`UNSCORED` until then). Most
    /// words only ever appear in one casing.
    own: [u32; 3],
    /// Per distance in `features::NEIGHBOURS`: where the sums of the
    /// features this word gives a token at that distance are (`UNSCORED`
    /// until first needed).
    near: [u32; NEIGHBOURS.len()],
}

const UNSCORED: u32 = u32::MAX;

/// Words kept from one document to the next (per thread): news repeats its
/// words, and the page annotates the same text again as it is edited.
/// Cleared after a document that leaves more than this many, so that what
/// stays is bounded (a word and its kept sums take about 800 bytes, at most
/// 1.2 KB: 10 MB).
const KEPT_WORDS: usize = 8192;

/// The words seen so far, scored with one model and one lexicon.
struct Vocabulary {
    /// The model's id and the lexicon's fingerprint the scores belong to.
    owner: (u64, u64),
    index: HashMap<u64, u32>,
    words: Vec<Word>,
    /// The word features' sums of the words (see `Word::own` and `Word::near`).
    sums: Vec<Sums>,
    /// Per distance: where the sums of the features given by no word (past
    /// a sentence's ends) are in `sums`.
    edges: [u32; NEIGHBOURS.len()],
    scratch: features::Scratch,
    hashes: Vec<u64>,
}

thread_local! {
    static VOCABULARY: std::cell::RefCell<Vocabulary> = std::cell::RefCell::default();
}

impl Default for Vocabulary {
    fn default() -> Vocabulary {
        Vocabulary {
            owner: (0, 0),
            index: HashMap::default(),
            words: Vec::new(),
            sums: Vec::new(),
            edges: [UNSCORED; NEIGHBOURS.len()],
            scratch: features::Scratch::default(),
            hashes: Vec::new(),
        }
    }
}

impl Vocabulary {
    /// Readies the vocabulary for a document scored with `model` and `lexicon`.
    fn start(&mut self, model: &Model, lexicon: &Lexicon) {
        let owner = (model.id(), lexicon.fingerprint());
        if self.owner != owner {
            self.clear();
            self.owner = owner;
        }
    }

    /// Forgets the words after a document if too many are kept.
    fn finish(&mut self) {
        if self.words.len() > KEPT_WORDS {
            self.clear();
        }
    }

    fn clear(&mut self) {
        // Give the memory back: a huge document must not keep its words.
        self.index = HashMap::default();
        self.words = Vec::new();
        self.sums = Vec::new();
        self.edges = [UNSCORED; NEIGHBOURS.len()];
    }

    /// The id of `word`, scoring it the first time.
    fn id(&mut self, word: &str, lexicon: &Lexicon) -> usize {
        let key = hash::string(word);
        if let Some(&id) = self.index.get(&key) {
            return id as usize;
        }
        let info = features::word_info(word, lexicon, &mut self.scratch);
        let id = self.words.len();
        self.words.push(Word {
            entries: lexicon.word_entries(info.lower),
            info,
            alphabetic: is_alphabetic(word),
            marks: Marks::of(word),
            own: [UNSCORED; 3],
            near: [UNSCORED; NEIGHBOURS.len()],
        });
        self.index.insert(key, id as u32);
        id
    }

    /// Where the word features' sums of word `id` in a sentence of `casing`
    /// are in `sums`, scoring them the first time.
    fn own(&mut self, model: &Model, id: usize, text: &str, casing: Casing) -> usize {
        let c = casing as usize;
        if self.words[id].own[c] == UNSCORED {
            self.hashes.clear();
            features::word_features(text, &self.words[id].info, casing, &mut self.hashes);
            self.words[id].own[c] = self.keep_sums(model);
        }
        self.words[id].own[c] as usize
    }

    /// Where the sums of the features that word `other` (`None` past the
    /// sentence's ends) gives a token at distance `NEIGHBOURS[n]` are in
    /// `sums`, scoring them the first time.
    fn near(&mut self, model: &Model, n: usize, other: Option<usize>) -> usize {
        let at = match other {
            Some(id) => self.words[id].near[n],
            None => self.edges[n],
        };
        if at != UNSCORED {
            return at as usize;
        }
        self.hashes.clear();
        features::neighbour_features(n, other.map(|id| &self.words[id].info), &mut self.hashes);
        let at = self.keep_sums(model);
        match other {
            Some(id) => self.words[id].near[n] = at,
            None => self.edges[n] = at,
        }
        at as usize
    }

    /// Scores the features in `hashes` and keeps their sums; returns where.
    fn keep_sums(&mut self, model: &Model) -> u32 {
        let mut sum = ZERO;
        model.add(&self.hashes, &mut sum);
        self.sums.push(sum);
        (self.sums.len() - 1) as u32
    }

    /// The sums of a token: its word's own (at `own` in `sums`) and what
    /// its neighbours give it (at `near`), lane by lane in one pass.
    fn token_sums(&self, own: usize, near: [usize; NEIGHBOURS.len()]) -> Sums {
        let own = &self.sums[own];
        let [a, b, c, d] = near.map(|at| &self.sums[at]);
        std::array::from_fn(|p| std::array::from_fn(|t| own[p][t] + a[p][t] + b[p][t] + c[p][t] + d[p][t]))
    }
}

/// What inference needs: like `prepare` followed by scoring every feature,
/// but the word features are scored once per distinct word (see
/// `Vocabulary`); only the context features are scored per token.
fn prepare_scored(
    text: &str,
    tokens: &[Token],
    sentences: &[Sentence],
    lexicon: &Lexicon,
    model: &Model,
) -> (Prepared, Vec<Sums>) {
    VOCABULARY.with_borrow_mut(|vocabulary| {
        vocabulary.start(model, lexicon);
        let prepared = prepare_with(vocabulary, text, tokens, sentences, lexicon, model);
        vocabulary.finish();
        prepared
    })
}

fn prepare_with(
    vocabulary: &mut Vocabulary,
    text: &str,
    tokens: &[Token],
    sentences: &[Sentence],
    lexicon: &Lexicon,
    model: &Model,
) -> (Prepared, Vec<Sums>) {
    // Sized for the whole document at once: growing them a push at a time
    // copied them over and over.
    let mut prepared = Prepared::with_capacity(tokens.len());
    let mut sums: Vec<Sums> = Vec::with_capacity(tokens.len() / 2);
    let mut words: Vec<&str> = Vec::new();
    let mut ids: Vec<usize> = Vec::new();
    let mut lowers: Vec<u64> = Vec::new();
    let mut lists: Vec<u128> = Vec::new();
    let mut locals: Vec<features::Local> = Vec::new();
    let mut scratch: Vec<u64> = Vec::new();
    let (mut marks, mut outside) = (Vec::new(), Vec::new());
    for sentence in sentences {
        words.clear();
        words.extend(tokens[sentence.clone()].iter().map(|t| t.text(text)));
        ids.clear();
        ids.extend(words.iter().map(|word| vocabulary.id(word, lexicon)));
        marks.clear();
        marks.extend(ids.iter().map(|&id| vocabulary.words[id].marks));
        let casing = features::casing_of(&marks);
        lowers.clear();
        lowers.extend(ids.iter().map(|&id| vocabulary.words[id].info.lower));
        features::list_matches_with(&lowers, |k| vocabulary.words[ids[k]].entries, lexicon, &mut lists);
        locals.clear();
        locals.extend(ids.iter().zip(&lists).map(|(&id, &l)| features::Local::new(&vocabulary.words[id].info, l)));
        features::surely_outside(&marks, casing, &mut outside);
        prepared.outside.extend_from_slice(&outside);
        let start = prepared.doc_tokens.len();
        for (k, (&id, word)) in ids.iter().zip(&words).enumerate() {
            let known = &vocabulary.words[id];
            prepared.doc_tokens.push(doc_token(known.alphabetic, &known.info, k == 0, casing));
            if outside[k] {
                continue;
            }
            let own = vocabulary.own(model, id, word, casing);
            let near = std::array::from_fn(|n| {
                let other = k.checked_add_signed(NEIGHBOURS[n]).and_then(|j| ids.get(j)).copied();
                vocabulary.near(model, n, other)
            });
            sums.push(vocabulary.token_sums(own, near));
            let sum = sums.last_mut().expect("just pushed");
            scratch.clear();
            features::local_features(k, &locals, casing, &mut scratch);
            model.add(&scratch, sum);
        }
        prepared.token_index.extend(sentence.clone());
        prepared.sentences.push(start..prepared.doc_tokens.len());
    }
    (prepared, sums)
}

/// An entity found by the tagger, as a range of the tokenizer's tokens.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Tagged {
    /// First token.
    pub first: usize,
    /// Last token (inclusive).
    pub last: usize,
    /// Its type.
    pub kind: EntityType,
    /// How sure the second pass is, 0..1.
    pub confidence: f32,
}

/// Runs the first pass, and the document pass when `second_pass`, over a
/// prepared document; returns the final tags by position and the emission
/// scores of the scored positions (see `tag_scored`).
pub fn tag_prepared(prepared: &Prepared, model: &Model, second_pass: bool) -> (Vec<Tag>, Vec<f32>) {
    let mut sums = Vec::new();
    model.accumulate(&prepared.features, &mut sums);
    // As inference does: the positions fixed as O are not scored.
    let scored = sums.into_iter().zip(&prepared.outside).filter(|(_, &outside)| !outside).map(|(sum, _)| sum);
    tag_scored(prepared, scored.collect(), model, second_pass)
}

/// Both passes, given the summed first-pass feature weights of the scored
/// positions (those not fixed as O), in order. Returns the tags of every
/// position and the emission scores of the scored ones: most positions are
/// fixed as O, and neither their sums nor their scores are kept.
fn tag_scored(prepared: &Prepared, mut sums: Vec<Sums>, model: &Model, second_pass: bool) -> (Vec<Tag>, Vec<f32>) {
    let positions = prepared.outside.len();
    let mut first_pass = vec![tags::OUTSIDE; positions];
    let mut emissions = Vec::with_capacity(sums.len() * NUM_TAGS);
    model.emissions(&sums, 0, &mut emissions);
    decode_sentences(&emissions, prepared, model, 0, &mut first_pass);
    if !second_pass {
        return (first_pass, emissions);
    }

    // The document features count in the second pass only.
    let mut scores = DocScores { model, sums: &mut sums, outside: &prepared.outside, token: 0, scored: 0 };
    document_pass::extract(&prepared.doc_tokens, &prepared.sentences, &first_pass, &prepared.outside, &mut scores);
    model.emissions(&sums, PASSES - 1, &mut emissions);
    let mut final_tags = vec![tags::OUTSIDE; positions];
    decode_sentences(&emissions, prepared, model, PASSES - 1, &mut final_tags);
    (final_tags, emissions)
}

/// Inference's `DocSink`: adds each document feature's weights straight to
/// its token's second-pass sums (`sums` of the scored positions only; the
/// document pass gives no features to the positions fixed as O).
struct DocScores<'a> {
    model: &'a Model,
    sums: &'a mut [Sums],
    outside: &'a [bool],
    /// The current position, and its index among the scored ones.
    token: usize,
    scored: usize,
}

impl DocSink for DocScores<'_> {
    fn feature(&mut self, feature: DocFeature) {
        debug_assert!(!self.outside[self.token]);
        self.model.add_doc_feature(feature, &mut self.sums[self.scored][PASSES - 1]);
    }

    fn end_token(&mut self) {
        if !self.outside[self.token] {
            self.scored += 1;
        }
        self.token += 1;
    }
}

/// Decodes one pass: `emissions` are the scored positions' rows, in order.
fn decode_sentences(emissions: &[f32], prepared: &Prepared, model: &Model, pass: usize, out: &mut [Tag]) {
    let mut tags = Vec::new();
    let mut decoder = Decoder::new(model.transitions(pass));
    // The index among the scored positions of the next run's first.
    let mut row = 0;
    // Only the runs between the positions fixed as O are decoded; those stay O.
    for sentence in &prepared.sentences {
        let mut i = sentence.start;
        while i < sentence.end {
            if prepared.outside[i] {
                out[i] = tags::OUTSIDE;
                i += 1;
                continue;
            }
            let start = i;
            while i < sentence.end && !prepared.outside[i] {
                i += 1;
            }
            let run = &emissions[row * NUM_TAGS..(row + i - start) * NUM_TAGS];
            row += i - start;
            decoder.decode_between(run, start > sentence.start, i < sentence.end, &mut tags);
            out[start..i].copy_from_slice(&tags);
        }
    }
}

/// The entities of a document (after the document pass when `second_pass`).
pub fn tag_document(
    text: &str,
    tokens: &[Token],
    sentences: &[Sentence],
    model: &Model,
    lexicon: &Lexicon,
    second_pass: bool,
) -> Vec<Tagged> {
    if model.is_empty() || tokens.is_empty() {
        return Vec::new();
    }
    let (prepared, sums) = prepare_scored(text, tokens, sentences, lexicon, model);
    let (final_tags, emissions) = tag_scored(&prepared, sums, model, second_pass);
    // Each position's index among the scored ones (the rows of `emissions`).
    // The rows of `emissions` are the scored positions', in order, and
    // entities come in order: count the scored positions up to each one's.
    let (mut position, mut row) = (0, 0);
    let mut row_of = |at: usize| {
        while position < at {
            row += usize::from(!prepared.outside[position]);
            position += 1;
        }
        row
    };
    let mut found = Vec::new();
    for sentence in &prepared.sentences {
        for (a, b, kind) in tags::decode(&final_tags[sentence.clone()]) {
            let (a, b) = (sentence.start + a, sentence.start + b);
            // How much the entity's tokens prefer its type over any other
            // type or none (parts aside: B/I/L/U of one type agree), on
            // average: inner words of a long name ("of") prefer nothing alone.
            // The temperature keeps perceptron scores (tens) off 0 and 1.
            // An entity's positions are all scored (the fixed ones are O):
            // its rows follow each other.
            let first = row_of(a);
            let rows = &emissions[first * NUM_TAGS..(first + b - a + 1) * NUM_TAGS];
            let margin =
                rows.chunks_exact(NUM_TAGS).map(|row| type_margin(row, kind)).sum::<f32>() / (b - a + 1) as f32;
            let confidence = 1.0 / (1.0 + (-margin / CONFIDENCE_TEMPERATURE).exp());
            found.push(Tagged {
                first: prepared.token_index[a],
                last: prepared.token_index[b],
                kind,
                confidence: (confidence * 100.0).round() / 100.0,
            });
        }
    }
    found
}

/// The best emission score of `kind`'s tags minus the best of all other tags.
fn type_margin(row: &[f32], kind: EntityType) -> f32 {
    let mut mine = f32::NEG_INFINITY;
    let mut other = f32::NEG_INFINITY;
    for (t, &score) in row.iter().enumerate() {
        // Comparisons, not f32::max: that is a call in WebAssembly.
        let best = if tags::split(t).is_some_and(|(k, _)| k == kind) { &mut mine } else { &mut other };
        if score > *best {
            *best = score;
        }
    }
    mine - other
}

/// What the document pass needs to know of one token.
fn doc_token(alphabetic: bool, info: &TokenInfo, first: bool, casing: Casing) -> DocToken {
    DocToken { lower: info.lower, capitalised: info.capitalised, alphabetic, first, casing }
}

fn is_alphabetic(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_alphabetic)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::{default_lexicon, default_model};
    use crate::tokenize;

    #[test]
    fn scoring_words_once_changes_nothing() {
        let text =
            "ASTANA , Oct. 14 - Pavel Durov met Durov 's rivals in Astana .\nDUROV WINS IN ASTANA\nThe the the .";
        let tokens = tokenize::tokenize(text);
        let sentences = tokenize::sentences(text, &tokens);
        let (model, lexicon) = (default_model(), default_lexicon());
        let full = tag_prepared(&prepare(text, &tokens, &sentences, lexicon), model, true);
        // Twice: the second time every word comes from the kept vocabulary.
        for _ in 0..2 {
            let (prepared, sums) = prepare_scored(text, &tokens, &sentences, lexicon, model);
            assert_eq!(tag_scored(&prepared, sums, model, true), full);
        }
    }

    #[test]
    fn document_features_score_from_the_table_as_from_their_hashes() {
        let text = "DUROV WINS IN ASTANA\nPavel Durov met Durov 's rivals in Astana . Durov said the Astana office of \
                    Telegram Inc. grew , Telegram said .";
        let tokens = tokenize::tokenize(text);
        let sentences = tokenize::sentences(text, &tokens);
        let (model, lexicon) = (default_model(), default_lexicon());
        let prepared = prepare(text, &tokens, &sentences, lexicon);
        let (first_pass, _) = tag_prepared(&prepared, model, false);
        let mut hashed = Features::default();
        document_pass::extract(&prepared.doc_tokens, &prepared.sentences, &first_pass, &prepared.outside, &mut hashed);
        // The scored positions' sums: the document pass gives the others none.
        let scored: Vec<usize> = (0..tokens.len()).filter(|&i| !prepared.outside[i]).collect();
        assert!((0..tokens.len()).all(|i| scored.contains(&i) || hashed.token(i).is_empty()));
        let mut by_hash = vec![ZERO; scored.len()];
        for (&i, sum) in scored.iter().zip(&mut by_hash) {
            model.add_pass(hashed.token(i), PASSES - 1, &mut sum[PASSES - 1]);
        }
        let mut by_table = vec![ZERO; scored.len()];
        let mut scores = DocScores { model, sums: &mut by_table, outside: &prepared.outside, token: 0, scored: 0 };
        document_pass::extract(&prepared.doc_tokens, &prepared.sentences, &first_pass, &prepared.outside, &mut scores);
        assert_eq!(by_table, by_hash);
        assert!(hashed.hashes.len() > tokens.len() / 2 && by_hash.iter().filter(|s| **s != ZERO).count() > 5);
    }

    #[test]
    fn a_document_with_more_words_than_kept_leaves_none() {
        let text: String = (0..KEPT_WORDS + 10).map(|i| format!("Word{i} ")).collect();
        let tokens = tokenize::tokenize(&text);
        let sentences = tokenize::sentences(&text, &tokens);
        tag_document(&text, &tokens, &sentences, default_model(), default_lexicon(), true);
        VOCABULARY.with_borrow(|v| assert!(v.words.is_empty() && v.sums.is_empty() && v.index.is_empty()));
        // A short one stays; a word fixed as outside is never scored.
        let text = "Pavel Durov said that it was over . DUROV WINS";
        let tokens = tokenize::tokenize(text);
        let sentences = tokenize::sentences(text, &tokens);
        tag_document(text, &tokens, &sentences, default_model(), default_lexicon(), true);
        VOCABULARY.with_borrow(|v| {
            assert_eq!(v.words.len(), 10);
            let said = &v.words[v.index[&hash::string("said")] as usize];
            assert_eq!(said.own, [UNSCORED; 3], "\"said\" is never scored");
        });
    }

    #[test]
    fn kept_words_belong_to_their_model() {
        let text = "Pavel Durov met Zhaslan Madiyev in Astana .";
        let tokens = tokenize::tokenize(text);
        let sentences = tokenize::sentences(text, &tokens);
        let lexicon = default_lexicon();
        assert!(!tag_document(text, &tokens, &sentences, default_model(), lexicon, true).is_empty());
        // A model with no weights scores every word 0, whatever was kept
        // from the committed model: its first pass finds nothing.
        let empty = Model::from_data(super::super::model::ModelData {
            fingerprint: lexicon.fingerprint(),
            transitions: Default::default(),
            scales: [1.0; PASSES],
            rows: vec![(1, [[0; NUM_TAGS]; PASSES])],
        });
        let (prepared, sums) = prepare_scored(text, &tokens, &sentences, lexicon, &empty);
        assert!(sums.iter().all(|s| *s == ZERO));
        assert_eq!(tag_scored(&prepared, sums, &empty, false).0, vec![tags::OUTSIDE; tokens.len()]);
    }
}
