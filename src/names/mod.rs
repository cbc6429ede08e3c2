//! Named entities: PERSON, ORG, GPE, LOC, NORP, … found by a statistical tagger.
//!
//! An averaged structured perceptron over hashed features (`features`), run
//! twice: a sentence pass, then a document pass that sees how the first pass
//! labelled the same word elsewhere (`document_pass`). Decoding is Viterbi
//! under BILOU constraints (`tags`, `decode`). The weights (`model`) and the
//! word lists (`lexicon`) are loaded once. `train` builds the model.

pub mod decode;
pub mod document_pass;
pub mod features;
pub mod finish;
pub mod hash;
pub mod lexicon;
pub mod model;
pub mod rules;
pub mod tagger;
pub mod tags;
pub mod train;
pub mod types;

use std::sync::OnceLock;

use crate::mention::{Mention, Source};
use crate::offsets::ByteRange;
use crate::tokenize::{Sentence, Token};
use lexicon::Lexicon;
use model::Model;

/// The committed model, made by `newsmark train` (see `scripts/train-ner.sh`).
const MODEL_BYTES: &[u8] = include_bytes!("../../models/ner.bin");

/// The committed model, loaded on first use.
pub fn default_model() -> &'static Model {
    static MODEL: OnceLock<Model> = OnceLock::new();
    // A model that fails to load tags nothing rather than failing the whole
    // annotation; the tests make sure the committed one loads.
    MODEL.get_or_init(|| Model::from_bytes(MODEL_BYTES).unwrap_or_else(|_| Model::empty()))
}

/// The word lists of `models/lexicon/` (see `models/ATTRIBUTION.md`), in
/// the order of their bits in the model's features: append, never reorder.
const LISTS: &[(&str, &str)] = &[
    ("countries", include_str!("../../models/lexicon/countries.txt")),
    ("cities", include_str!("../../models/lexicon/cities.txt")),
    ("regions", include_str!("../../models/lexicon/regions.txt")),
    ("demonyms", include_str!("../../models/lexicon/demonyms.txt")),
    ("given_names", include_str!("../../models/lexicon/given_names.txt")),
    ("surnames", include_str!("../../models/lexicon/surnames.txt")),
    ("org_suffixes", include_str!("../../models/lexicon/org_suffixes.txt")),
    ("org_words", include_str!("../../models/lexicon/org_words.txt")),
];

/// Word clusters of `models/clusters.tsv` (CoNLL train and GMB text only).
const CLUSTERS: &str = include_str!("../../models/clusters.tsv");

/// The committed word lists and clusters, loaded on first use.
pub fn default_lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| {
        let lists: Vec<lexicon::ListSource> =
            LISTS.iter().map(|&(name, content)| lexicon::ListSource { name, content }).collect();
        Lexicon::new(&lists, CLUSTERS)
    })
}

/// The lower-case words seen inside names in the training data
/// (`models/name_words.txt`, built by `tools/build_name_words.py`), as
/// hashes: any other lower-case word is fixed as outside a name unscored
/// (see `features::surely_outside`).
pub fn name_words() -> &'static hash::HashSet<u64> {
    static WORDS: OnceLock<hash::HashSet<u64>> = OnceLock::new();
    WORDS.get_or_init(|| include_str!("../../models/name_words.txt").lines().map(hash::string).collect())
}

/// Finds the names in the text.
pub fn recognise(text: &str, tokens: &[Token], sentences: &[Sentence]) -> Vec<Mention> {
    let (model, lexicon) = defaults();
    recognise_with(model, lexicon, text, tokens, sentences)
}

/// The committed model and lexicon. Natively the first call loads them on
/// two threads at once: every process pays for loading, and the command
/// line's throughput counts it.
fn defaults() -> (&'static Model, &'static Lexicon) {
    #[cfg(not(target_arch = "wasm32"))]
    {
        static BOTH: OnceLock<()> = OnceLock::new();
        BOTH.get_or_init(|| {
            std::thread::scope(|scope| {
                scope.spawn(default_lexicon);
                default_model();
            })
        });
    }
    (default_model(), default_lexicon())
}

/// Finds the names in the text with a given model and lexicon.
pub fn recognise_with(
    model: &Model,
    lexicon: &Lexicon,
    text: &str,
    tokens: &[Token],
    sentences: &[Sentence],
) -> Vec<Mention> {
    recognise_passes(model, lexicon, text, tokens, sentences, true)
}

/// `recognise_with`, optionally without the document pass (to measure its gain).
pub fn recognise_passes(
    model: &Model,
    lexicon: &Lexicon,
    text: &str,
    tokens: &[Token],
    sentences: &[Sentence],
    document_pass: bool,
) -> Vec<Mention> {
    let mut entities = tagger::tag_document(text, tokens, sentences, model, lexicon, document_pass);
    rules::apply(text, tokens, &mut entities);
    let (typer, type_lexicon) = (types::default_typer(), types::type_lexicon());
    let (mut features, mut scratch) = (Vec::new(), types::Scratch::default());
    let lowers = types::lower_hashes(text, tokens);
    let mut typed = Vec::with_capacity(entities.len());
    for e in entities {
        let sentence = sentences.get(sentences.partition_point(|s| s.end <= e.first));
        let sentence = sentence.map_or((e.first, e.last + 1), |s| (s.start, s.end.max(e.last + 1)));
        let span = types::SpanAt { first: e.first, last: e.last, sentence };
        types::features(text, tokens, &lowers, span, lexicon, type_lexicon, &mut scratch, &mut features);
        let label = typer.type_of(&features, e.kind);
        let range = ByteRange::new(tokens[e.first].range.start, tokens[e.last].range.end);
        typed.push(finish::Typed {
            first: e.first,
            last: e.last,
            label,
            range,
            confidence: e.confidence,
            cued: false,
            coarse: e.kind,
        });
    }
    finish::apply(text, tokens, &lowers, sentences, lexicon, type_lexicon, &mut typed);
    let mut mentions = Vec::with_capacity(typed.len());
    for e in typed {
        let mut mention = Mention::new(e.range, e.label, Source::Names);
        mention.confidence = Some(e.confidence);
        mentions.push(mention);
    }
    mentions
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokenize;

    fn names(text: &str) -> Vec<String> {
        let tokens = tokenize::tokenize(text);
        let sentences = tokenize::sentences(text, &tokens);
        recognise(text, &tokens, &sentences).iter().map(|m| format!("{} {}", m.label, m.range.of(text))).collect()
    }

    #[test]
    fn the_committed_model_loads_and_matches_the_word_lists() {
        let model = Model::from_bytes(MODEL_BYTES).expect("models/ner.bin loads");
        assert!(model.len() > 10_000);
        assert_eq!(
            model.fingerprint(),
            default_lexicon().fingerprint(),
            "models/lexicon or models/clusters.tsv changed since training: run scripts/train-ner.sh"
        );
    }

    macro_rules! tags {
        ($($name:ident: $text:expr => [$($span:expr),* $(,)?];)*) => {$(
            #[test]
            fn $name() {
                let expected: Vec<&str> = vec![$($span),*];
                assert_eq!(names($text), expected);
            }
        )*};
    }

    tags! {
        people_and_places: "Pavel Durov met Zhaslan Madiyev in Dubai." =>
            ["PERSON Pavel Durov", "PERSON Zhaslan Madiyev", "GPE Dubai"];
        nationalities_are_norp: "EU rejects German call to boycott British lamb ." =>
            ["ORG EU", "NORP German", "NORP British"];
        wire_headline: "SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT ." => ["GPE JAPAN", "GPE CHINA"];
        title_is_not_the_name: "Minister Zhaslan Madiyev said the agreement was signed." => ["PERSON Zhaslan Madiyev"];
        dotted_org: "The U.S. Chamber of Commerce welcomed the move." => ["ORG U.S. Chamber of Commerce"];
        possessive_outside: "Kazakhstan’s users doubled, Durov said." => ["GPE Kazakhstan", "PERSON Durov"];
        sports_table: "Manchester United 3 Arsenal 1" => ["ORG Manchester United", "ORG Arsenal"];
        empty_text: "" => [];
    }
}
