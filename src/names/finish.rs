//! After typing: what the word lists say for sure, the edges of fine-typed
//! names, words that are never names, and one type per entity.
//!
//! The typer learns from CoNLL, GMB and WNUT text, where laws, awards,
//! languages and today's companies are rare; the hand lists of
//! `models/hand/` say them plainly. Each step below is one rule, in order:
//!
//! 0. names the lists know that the tagger missed or cut short ("ChatGPT",
//!    "iPhone", "Palme d'Or"), and a name that runs on to a law's, event's
//!    or award's head word ("Cannes" + "Film Festival");
//! 1. words that are never names alone ("AI", "CEO", "Moreover", "Friday");
//! 2. list cues: a listed organisation or product, a law's, award's,
//!    event's or facility's head word, a language name;
//! 3. edges: an edition year or ordinal joins an event or award ("2024
//!    Booker Prize", "77th Cannes Film Festival"), a version joins a product
//!    ("PaLM 2"), "Artificial Intelligence (AI) Act" is one law, and a name
//!    inside a hyphenated compound is the name alone ("English-based");
//! 4. one type per entity: identical names vote, and a lone word takes the
//!    type of the longer name it ends ("Milton" after "Hurricane Milton").

use std::sync::OnceLock;

use super::hash;
use super::lexicon::Lexicon;
use super::tags::EntityType;
use crate::document::Label;
use crate::offsets::ByteRange;
use crate::tokenize::{Sentence, Token, TokenKind};
use crate::work::{self, Work};

/// A typed name: tokens `first..=last`, its label, and its byte range
/// (narrower than the tokens where a compound is cut).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Typed {
    /// First token.
    pub first: usize,
    /// Last token (inclusive).
    pub last: usize,
    /// Its type.
    pub label: Label,
    /// Where it is.
    pub range: ByteRange,
    /// How sure the tagger is, 0..1.
    pub confidence: f32,
    /// Whether a word list or cue gave the type (it counts double in the vote).
    pub cued: bool,
    /// The tagger's type.
    pub coarse: EntityType,
}

/// Words and phrases that are never a name on their own (`models/hand/not_names.txt`),
/// lower-cased, as sequence keys.
fn not_names() -> &'static hash::HashSet<u64> {
    static SET: OnceLock<hash::HashSet<u64>> = OnceLock::new();
    SET.get_or_init(|| {
        let mut lower = String::new();
        include_str!("../../models/hand/not_names.txt")
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(|line| {
                let lowers: Vec<u64> = line
                    .split(' ')
                    .map(|w| {
                        hash::lowercase_into(w, &mut lower);
                        hash::string(&lower)
                    })
                    .collect();
                super::lexicon::sequence_key(&lowers)
            })
            .collect()
    })
}

/// Words before a language name that say it is the language ("speak Manx").
const LANGUAGE_BEFORE: &[&str] = &[
    "speak",
    "speaks",
    "spoke",
    "speaking",
    "spoken",
    "into",
    "learn",
    "learning",
    "fluent",
    "translate",
    "translated",
];
/// Words after a language name that say it is the language ("Manx speakers").
const LANGUAGE_AFTER: &[&str] = &[
    "language",
    "languages",
    "speakers",
    "speaker",
    "dialect",
    "dialects",
    "translation",
    "translations",
    "version",
    "subtitles",
    "spoken",
];
/// Nouns before "of" that say a language follows ("a variety of Punjabi").
const LANGUAGE_OF: &[&str] = &["variety", "dialect", "form", "version"];

/// Applies the rules in order (see the module's doc).
pub fn apply(
    text: &str,
    tokens: &[Token],
    lowers: &[u64],
    sentences: &[Sentence],
    names: &Lexicon,
    types: &Lexicon,
    typed: &mut Vec<Typed>,
) {
    work::add(Work::NameTokens, tokens.len());
    let key = |e: &Typed| super::lexicon::sequence_key(&lowers[e.first..=e.last]);
    // Each list's bit, found once (a list is asked of every name).
    let bit = |lexicon: &Lexicon, name: &str| lexicon.list_bit(name).unwrap_or(0);
    let [organisations, products, award_words, event_words, law_words, facility_words, languages, work_words, edition_words] =
        [
            "organisations",
            "products",
            "award_words",
            "event_words",
            "law_words",
            "facility_words",
            "languages",
            "work_words",
            "edition_words",
        ]
        .map(|name| bit(types, name));
    let [org_words, countries, cities, regions, demonyms] =
        ["org_words", "countries", "cities", "regions", "demonyms"].map(|name| bit(names, name));
    let in_list = |lexicon: &Lexicon, list: u32, from: usize, to: usize| lexicon.lookup(&lowers[from..=to]) & list != 0;
    let word = |i: usize| tokens[i].text(text);
    let capitalised = |i: usize| word(i).chars().next().is_some_and(char::is_uppercase);

    // Headlines in capitals ("SCOTLAND IN WORLD CUP") give the lists and the
    // vote nothing to go on: every word looks like a name.
    let shouting: Vec<bool> = sentences
        .iter()
        .map(|s| !tokens[s.clone()].iter().any(|t| t.text(text).chars().any(char::is_lowercase)))
        .collect();
    let sentence_of = |i: usize| sentences.partition_point(|s| s.end <= i);
    let shouted = |i: usize| shouting.get(sentence_of(i)).copied().unwrap_or(false);

    // 0. Names the lists know. Every step here is linear: a token's owner
    // among the names is kept in an array, never searched for.
    let listed = [
        (organisations, Label::Org),
        (products, Label::Product),
        (award_words, Label::WorkOfArt),
        (event_words, Label::Event),
    ];
    const NONE: usize = usize::MAX;
    let owners = |typed: &[Typed]| {
        let mut owner = vec![NONE; tokens.len()];
        for (k, e) in typed.iter().enumerate() {
            owner[e.first..=e.last].fill(k);
        }
        owner
    };
    let mut owner = owners(typed);
    let mut candidates = Vec::new();
    let mut found = Vec::new();
    for (sentence, &shout) in sentences.iter().zip(&shouting) {
        if shout {
            continue;
        }
        types.matches(&lowers[sentence.clone()], &mut found);
        work::add(Work::NameTokens, sentence.len() + found.len());
        for &(a, b, bits) in &found {
            let (first, last) = (sentence.start + a, sentence.start + b - 1);
            let Some(&(_, label)) = listed.iter().find(|(list, _)| bits & list != 0) else { continue };
            let w = word(first);
            // "iPhone", "GPT-4o": a shape no ordinary word has.
            let distinctive = w.chars().skip(1).any(|c| c.is_uppercase() || c.is_ascii_digit());
            // Single head words ("Cup", "Open", "Prize") name nothing alone.
            let alone_ok = matches!(label, Label::Org | Label::Product) || b - a > 1 || distinctive;
            if !alone_ok || !(capitalised(first) || distinctive) {
                continue;
            }
            // Only names the entry covers whole are replaced by it.
            let inside = |k: usize| k == NONE || (typed[k].first >= first && typed[k].last <= last);
            if inside(owner[first]) && inside(owner[last]) {
                candidates.push(Typed {
                    first,
                    last,
                    label,
                    range: ByteRange::new(0, 0),
                    confidence: 0.5,
                    cued: true,
                    coarse: super::types::coarse_of(label),
                });
            }
        }
    }
    // The longest of overlapping entries ("Google Translate" over "Google").
    candidates.sort_by_key(|c| (c.first, std::cmp::Reverse(c.last)));
    let mut removed = vec![false; typed.len()];
    let mut added: Vec<Typed> = Vec::new();
    for mut c in candidates {
        if added.last().is_some_and(|p| c.first <= p.last) {
            continue;
        }
        for i in c.first..=c.last {
            if owner[i] != NONE {
                c.confidence = c.confidence.max(typed[owner[i]].confidence);
                removed[owner[i]] = true;
            }
        }
        added.push(c);
    }
    let mut kept: Vec<Typed> = typed.iter().zip(&removed).filter(|(_, &r)| !r).map(|(e, _)| *e).collect();
    kept.extend(added);
    kept.sort_by_key(|e| e.first);
    *typed = kept;
    owner = owners(typed);

    // A name that runs on through capitalised words to a head word that
    // says what it is ("Children's Online Privacy" + "Protection Act").
    let heads = [(law_words, Label::Law), (event_words, Label::Event), (award_words, Label::WorkOfArt)];
    let connector = |i: usize| matches!(word(i), "of" | "and" | "for" | "on" | "the" | "de" | "'s" | "’s" | "&");
    let head_of = |j: usize| heads.iter().find(|(list, _)| capitalised(j) && in_list(types, *list, j, j)).map(|h| h.1);
    for e in typed.iter_mut() {
        if shouted(e.first) {
            continue;
        }
        let sentence_end = sentences.get(sentence_of(e.last)).map_or(tokens.len(), |s| s.end);
        let mut end = None;
        let mut j = e.last + 1;
        while j < sentence_end && j <= e.last + 4 && (capitalised(j) || connector(j)) {
            work::tick(Work::NameTokens);
            if let Some(label) = head_of(j) {
                end = Some((j, label));
            }
            j += 1;
        }
        if let Some((last, label)) = end {
            e.last = last;
            e.label = label;
            e.cued = true;
        }
    }
    // A capitalised run the tagger missed that ends in such a head word
    // ("the Inflation Reduction Act"); at most six words back from it.
    let mut runs = Vec::new();
    for (sentence, &shout) in sentences.iter().zip(&shouting) {
        if shout {
            continue;
        }
        for j in sentence.clone() {
            if owner[j] != NONE || runs.last().is_some_and(|r: &Typed| j <= r.last) {
                continue;
            }
            let Some(label) = head_of(j) else { continue };
            let mut first = j;
            while first > sentence.start
                && j - first < 6
                && owner[first - 1] == NONE
                && (capitalised(first - 1) || connector(first - 1))
            {
                work::tick(Work::NameTokens);
                first -= 1;
            }
            while first < j && (connector(first) || (first == sentence.start && word(first) == "The")) {
                first += 1;
            }
            if first < j {
                let coarse = super::types::coarse_of(label);
                runs.push(Typed {
                    first,
                    last: j,
                    label,
                    range: ByteRange::new(0, 0),
                    confidence: 0.5,
                    cued: true,
                    coarse,
                });
            }
        }
    }
    if !runs.is_empty() {
        typed.extend(runs);
        typed.sort_by_key(|e| e.first);
    }
    dedupe(typed);

    // 1. Never names alone.
    let never = not_names();
    typed.retain(|e| !never.contains(&key(e)));

    // 2. List cues.
    // "her novel Orbital", "their song “Tattoo”": a title after a work noun.
    // "her album The Tortured Poets Department": the title's own "The" too.
    let work_before = |first: usize| {
        let mut i = first;
        let the = i > 0 && word(i - 1) == "The";
        if the {
            i -= 1;
        }
        if i > 0 && matches!(word(i - 1), "“" | "\"" | "‘" | "'") {
            i -= 1;
        }
        (i > 0 && in_list(types, work_words, i - 1, i - 1) && !capitalised(i - 1)).then_some(the)
    };
    let places = countries | cities | regions | demonyms;
    for e in typed.iter_mut() {
        let (first, last) = (e.first, e.last);
        work::add(Work::NameTokens, last - first + 1);
        let multi = last > first;
        let distinctive = word(first).chars().skip(1).any(|c| c.is_uppercase() || c.is_ascii_digit());
        // Spans with an organisation's word before the head ("Organisation
        // of Islamic Conference") are not events, laws or facilities.
        let org_word = (first..last).any(|i| in_list(names, org_words, i, i));
        // The part before a hyphen of a one-word compound ("English-speaking").
        let part = (first == last).then(|| word(first).split_once('-')).flatten().map(|(p, _)| {
            let mut lower = String::new();
            hash::lowercase_into(p, &mut lower);
            hash::string(&lower)
        });
        let part_in = |lexicon: &Lexicon, list: u32| part.is_some_and(|p| lexicon.lookup(&[p]) & list != 0);
        let cue = if in_list(types, organisations, first, last) {
            Some(Label::Org)
        } else if in_list(types, products, first, last) && (distinctive || e.coarse != EntityType::Per) {
            Some(Label::Product)
        } else if multi && !org_word && capitalised(last) && in_list(types, law_words, last, last) {
            Some(Label::Law)
        } else if in_list(types, award_words, first, last)
            || (capitalised(last) && in_list(types, award_words, last, last))
        {
            Some(Label::WorkOfArt)
        } else if !org_word
            && ((multi && capitalised(last) && in_list(types, event_words, last, last))
                || in_list(types, event_words, first, last))
            || (multi && matches!(word(first), "Hurricane" | "Typhoon" | "Cyclone" | "Storm"))
        {
            Some(Label::Event)
        } else if multi && !org_word && capitalised(last) && in_list(types, facility_words, last, last) {
            Some(Label::Fac)
        } else if in_list(types, languages, first, last) || part_in(types, languages) {
            let place = in_list(names, places, first, last) || part_in(names, places);
            let before = first > 0 && LANGUAGE_BEFORE.contains(&word(first - 1).to_lowercase().as_str());
            let after = last + 1 < tokens.len() && LANGUAGE_AFTER.contains(&word(last + 1).to_lowercase().as_str());
            let compound = word(last).contains("-language") || word(last).contains("-speaking");
            let of =
                first > 1 && word(first - 1) == "of" && LANGUAGE_OF.contains(&word(first - 2).to_lowercase().as_str());
            // "Afar, a tonal language spoken in ...": an apposition that says so.
            let apposition = last + 1 < tokens.len()
                && word(last + 1) == ","
                && (last + 2..tokens.len().min(last + 6)).any(|i| matches!(word(i), "language" | "dialect"));
            // "From Cantonese to Q’eqchi’, these new languages ...".
            let near = (first.saturating_sub(6)..(last + 7).min(tokens.len()))
                .any(|i| matches!(word(i), "language" | "languages" | "dialect" | "dialects"));
            (!place || before || after || compound || of || apposition || near).then_some(Label::Language)
        } else if let Some(the) = work_before(first) {
            e.first -= the as usize;
            Some(Label::WorkOfArt)
        } else {
            None
        };
        if let Some(label) = cue {
            e.label = label;
            e.cued = true;
        }
    }

    // 3. Edges.
    let is_year = |i: usize| {
        let w = word(i);
        w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()) && (w.starts_with("19") || w.starts_with("20"))
    };
    let is_ordinal = |i: usize| {
        let w = word(i).to_ascii_lowercase();
        w.is_ascii()
            && w.len() > 2
            && w[..w.len() - 2].bytes().all(|b| b.is_ascii_digit())
            && ["st", "nd", "rd", "th"].iter().any(|s| w.ends_with(s))
    };
    let is_version = |i: usize| {
        let w = word(i);
        w.bytes().next().is_some_and(|b| b.is_ascii_digit())
            && w.len() <= 5
            && w.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'.')
    };
    for k in 0..typed.len() {
        let e = typed[k];
        let edition = in_list(types, edition_words, e.first, e.last)
            || in_list(types, edition_words, e.last, e.last)
            || in_list(types, award_words, e.last, e.last);
        if matches!(e.label, Label::Event | Label::WorkOfArt)
            && edition
            && e.first > 0
            && (is_year(e.first - 1) || is_ordinal(e.first - 1))
        {
            typed[k].first -= 1;
        }
        // "... Protection Act of 1998": a law's year.
        if e.label == Label::Law && e.last + 2 < tokens.len() && word(e.last + 1) == "of" && is_year(e.last + 2) {
            typed[k].last += 2;
        }
        if e.label == Label::Product
            && e.last + 1 < tokens.len()
            && is_version(e.last + 1)
            && typed.get(k + 1).is_none_or(|n| n.first != e.last + 1)
        {
            typed[k].last += 1;
        }
    }
    dedupe(typed);
    // "Artificial Intelligence (AI) Act": a name, a bracketed short form,
    // and a law's head word after it.
    for e in typed.iter_mut() {
        let open = e.last + 1;
        if open + 2 < tokens.len() && word(open) == "(" {
            if let Some(close) = (open + 1..tokens.len().min(open + 4)).find(|&i| word(i) == ")") {
                let head = close + 1;
                if head < tokens.len() && capitalised(head) && in_list(types, law_words, head, head) {
                    e.last = head;
                    e.label = Label::Law;
                }
            }
        }
    }
    // What the law swallowed goes.
    dedupe(typed);
    for e in typed.iter_mut() {
        e.range = ByteRange::new(tokens[e.first].range.start, tokens[e.last].range.end);
        // A name inside a hyphenated compound: "English-based", "Paris-born".
        let last = word(e.last);
        if let Some(cut) = last.rfind('-') {
            let rest = &last[cut + 1..];
            let part = &last[..cut];
            let named = part.chars().count() > 1 && part.chars().next().is_some_and(char::is_uppercase);
            if e.first == e.last
                && named
                && rest.chars().next().is_some_and(char::is_lowercase)
                && tokens[e.last].kind != TokenKind::Punct
            {
                e.range = ByteRange::new(e.range.start, tokens[e.last].range.start + cut);
                // The tagger types the whole compound MISC (CoNLL's way);
                // the name alone is a place or a people.
                if e.label == Label::Misc {
                    let mut lower = String::new();
                    hash::lowercase_into(part, &mut lower);
                    let listed = names.lookup(&[hash::string(&lower)]);
                    if listed & (countries | cities | regions) != 0 {
                        e.label = Label::Gpe;
                    } else if listed & demonyms != 0 {
                        e.label = Label::Norp;
                    }
                }
            }
        }
    }

    // 4. One type per entity.
    let mut votes: hash::HashMap<u64, [u32; 12]> = hash::HashMap::default();
    let slot = |label: Label| super::types::TYPES.iter().position(|&t| t == label).unwrap_or(11);
    let mut lower = String::new();
    let surfaces: Vec<u64> = typed
        .iter()
        .map(|e| {
            hash::lowercase_into(e.range.of(text), &mut lower);
            hash::string(&lower)
        })
        .collect();
    for (e, &surface) in typed.iter().zip(&surfaces).filter(|(e, _)| !shouted(e.first)) {
        votes.entry(surface).or_default()[slot(e.label)] += 1 + e.cued as u32;
    }
    let longer: hash::HashMap<u64, Label> = typed
        .iter()
        .filter(|e| {
            e.last > e.first
                && matches!(e.label, Label::Person | Label::Event | Label::Product | Label::WorkOfArt | Label::Law)
        })
        .map(|e| (lowers[e.last], e.label))
        .collect();
    for (e, surface) in typed.iter_mut().zip(surfaces) {
        if shouted(e.first) {
            continue;
        }
        // A place keeps its type ("Netherlands" after "Tour of the Netherlands").
        if e.first == e.last && e.coarse != EntityType::Loc {
            if let Some(&label) = longer.get(&lowers[e.first]) {
                e.label = label;
                continue;
            }
        }
        if let Some(v) = votes.get(&surface) {
            let best = (0..12).fold(slot(e.label), |b, t| if v[t] > v[b] { t } else { b });
            e.label = super::types::TYPES[best];
        }
    }
}

/// Keeps the first of names that overlap (sorted by first token).
fn dedupe(typed: &mut Vec<Typed>) {
    let mut last_kept: Option<usize> = None;
    typed.retain(|e| {
        let keep = last_kept.is_none_or(|l| e.first > l);
        if keep {
            last_kept = Some(e.last);
        }
        keep
    });
}
