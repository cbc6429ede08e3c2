//! Corrections after tagging, for what a CoNLL-trained model gets wrong in
//! today's news: possessive clitics never belong to a name; long official
//! names run on through commas and "and" ("Ministry of Digital Development,
//! Innovations, and Aerospace Industry"); and companies newer than the 1996
//! training text ("Telegram", "Meta") are recognised by unambiguous cues
//! ("Telegram’s founder", "owned by Meta"), then labelled alike throughout
//! the document.

use super::tagger::Tagged;
use super::tags::EntityType;
use crate::tokenize::{Token, TokenKind};
use crate::wordset::WordSet;

/// Words that head an official body whose name may list several fields.
const BODY_HEADS: &[&str] = &[
    "ministry",
    "department",
    "agency",
    "committee",
    "commission",
    "office",
    "bureau",
    "council",
    "institute",
    "authority",
    "board",
    "secretariat",
    "directorate",
    "administration",
];

/// Nouns that, after a possessive, say the owner is an organisation.
#[rustfmt::skip]
const ORG_AFTER_POSSESSIVE: WordSet<13> = WordSet::new(&[
    "founder", "co-founder", "founders", "ceo", "shareholders", "subscribers", "subsidiary", "headquarters", "app",
    "platform", "website", "chatbot", "stock",
]);

/// Words that, just before a name, say it is an organisation.
const ORG_AFTER: &[(&str, &str)] =
    &[("owned", "by"), ("acquired", "by"), ("bought", "by"), ("founded", "by"), ("operated", "by"), ("shares", "of")];

fn is_clitic(word: &str) -> bool {
    matches!(word, "'s" | "’s" | "'" | "’" | "'S" | "’S")
}

fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Applies every rule in place.
pub fn apply(text: &str, tokens: &[Token], entities: &mut Vec<Tagged>) {
    let word = |i: usize| tokens[i].text(text);
    // Possessives and stray punctuation at the edges never belong to a name.
    // A bracket may close a name that opened it ("Sporting ( Lisbon )").
    let stray = |i: usize| is_clitic(word(i)) || tokens[i].kind == TokenKind::Punct;
    entities.retain_mut(|e| {
        while e.last > e.first && stray(e.last) && !(word(e.last) == ")" && (e.first..e.last).any(|k| word(k) == "(")) {
            e.last -= 1;
        }
        while e.first < e.last && stray(e.first) {
            e.first += 1;
        }
        !stray(e.first)
    });
    organisation_cues(text, tokens, entities);
    dateline_agencies(text, tokens, entities);
    // Long official names.
    let mut i = 0;
    while i < entities.len() {
        let e = entities[i];
        let is_body = e.kind == EntityType::Org
            && (e.first..=e.last).any(|k| word(k).eq_ignore_ascii_case("of"))
            && (e.first..=e.last).any(|k| BODY_HEADS.contains(&word(k).to_lowercase().as_str()));
        if is_body {
            if let Some(end) = list_continuation(text, tokens, e.last + 1) {
                let merged = Tagged { last: end, ..e };
                // The merged name swallows whatever was tagged inside it.
                entities.retain(|other| other.first > end || other.last < e.first);
                let at = entities.partition_point(|o| o.first < merged.first);
                entities.insert(at, merged);
                i = at;
            }
        }
        i += 1;
    }
}

/// The agency in a dateline is an organisation: "ASTANA, Oct. 14 (Newsmark)
/// –", like "(Reuters) -" in the training text, whatever the name.
fn dateline_agencies(text: &str, tokens: &[Token], entities: &mut [Tagged]) {
    /// A dateline's bracket comes within this many tokens of the line start.
    const DATELINE_TOKENS: usize = 10;
    let word = |i: usize| tokens.get(i).map_or("", |t| t.text(text));
    for e in entities.iter_mut() {
        let (Some(open), close) = (e.first.checked_sub(1), e.last + 1) else { continue };
        let bracketed = word(open) == "(" && word(close) == ")";
        let dash_after = matches!(word(close + 1), "-" | "--" | "–" | "—");
        let line_start = (open.saturating_sub(DATELINE_TOKENS)..=open).rev().find(|&k| tokens[k].line_start);
        let near_line_start = line_start.is_some_and(|start| (start + 1..open).any(|k| word(k) == ","));
        if bracketed && dash_after && near_line_start {
            e.kind = EntityType::Org;
        }
    }
}

/// Relabels as ORG the names that a cue marks as an organisation, and every
/// other mention of the same words in the document.
fn organisation_cues(text: &str, tokens: &[Token], entities: &mut [Tagged]) {
    let word = |i: usize| tokens.get(i).map_or("", |t| t.text(text));
    // Most words are ASCII: compared without a lower-cased copy.
    let is = |i: usize, lower: &str| {
        let word = word(i);
        if word.is_ascii() {
            word.eq_ignore_ascii_case(lower)
        } else {
            word.to_lowercase() == lower
        }
    };
    let surface = |e: &Tagged| text[tokens[e.first].range.start..tokens[e.last].range.end].to_lowercase();
    let mut organisations: std::collections::HashSet<String> = std::collections::HashSet::new();
    for e in entities.iter() {
        if e.kind == EntityType::Org || e.kind == EntityType::Misc {
            continue;
        }
        let after = is_clitic(word(e.last + 1)) && ORG_AFTER_POSSESSIVE.contains(word(e.last + 2));
        let before = e.first >= 2 && ORG_AFTER.iter().any(|&(a, b)| is(e.first - 2, a) && is(e.first - 1, b));
        if after || before {
            organisations.insert(surface(e));
        }
    }
    if organisations.is_empty() {
        return;
    }
    for e in entities.iter_mut() {
        if e.kind != EntityType::Misc && e.kind != EntityType::Org && organisations.contains(&surface(e)) {
            e.kind = EntityType::Org;
            // The model disagreed; the cue is good evidence, not certainty.
            e.confidence = e.confidence.max(0.5);
        }
    }
}

/// From token `at`, the last token of a continuation ", Word Word, and Word
/// Word" made of capitalised words, when there is one that ends with "and"
/// (or "&") and a capitalised word.
fn list_continuation(text: &str, tokens: &[Token], at: usize) -> Option<usize> {
    let word = |i: usize| tokens.get(i).map(|t| t.text(text));
    let mut i = at;
    let mut saw_and = false;
    let mut last_word = None;
    loop {
        match word(i) {
            Some(",") if !saw_and => i += 1,
            Some("and" | "&") if !saw_and => {
                saw_and = true;
                i += 1;
            }
            Some(w) if is_capitalised(w) && w.chars().all(|c| c.is_alphabetic() || c == '-') => {
                last_word = Some(i);
                i += 1;
            }
            Some("of") if last_word == Some(i - 1) && word(i + 1).is_some_and(is_capitalised) => i += 1,
            _ => break,
        }
        if i > at + 16 {
            return None;
        }
    }
    let last = last_word?;
    (saw_and && word(at) == Some(",") && tokens[last].range.end > tokens[at].range.end).then_some(last)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokenize::tokenize;

    fn run(text: &str, entities: &[(usize, usize, EntityType)]) -> Vec<String> {
        let tokens = tokenize(text);
        let mut tagged: Vec<Tagged> =
            entities.iter().map(|&(first, last, kind)| Tagged { first, last, kind, confidence: 1.0 }).collect();
        apply(text, &tokens, &mut tagged);
        tagged.iter().map(|e| text[tokens[e.first].range.start..tokens[e.last].range.end].to_string()).collect()
    }

    #[test]
    fn long_ministry_names_run_through_and() {
        let text = "Kazakhstan’s Ministry of Digital Development, Innovations, and Aerospace Industry announced";
        // Tokens: Kazakhstan ’s Ministry of Digital Development , Innovations , and Aerospace Industry announced
        assert_eq!(
            run(text, &[(0, 0, EntityType::Loc), (2, 5, EntityType::Org), (10, 11, EntityType::Org)]),
            vec!["Kazakhstan", "Ministry of Digital Development, Innovations, and Aerospace Industry"]
        );
    }

    #[test]
    fn organisation_cues_relabel_every_mention() {
        let text = "Telegram’s founder met Meta . Telegram is owned by Meta , said Kazakhstan";
        let (loc, per) = (EntityType::Loc, EntityType::Per);
        let tokens = tokenize(text);
        let mut tagged: Vec<Tagged> = [(0, 0, per), (4, 4, loc), (6, 6, loc), (10, 10, loc), (13, 13, loc)]
            .iter()
            .map(|&(first, last, kind)| Tagged { first, last, kind, confidence: 1.0 })
            .collect();
        apply(text, &tokens, &mut tagged);
        let kinds: Vec<EntityType> = tagged.iter().map(|e| e.kind).collect();
        // Telegram (founder) and Meta (owned by) become ORG everywhere; Kazakhstan stays.
        assert_eq!(kinds, [EntityType::Org, EntityType::Org, EntityType::Org, EntityType::Org, loc]);
    }

    #[test]
    fn dateline_agencies_are_organisations() {
        let text = "ASTANA, Oct. 14 (Newsmark) – The ministry said.\nTalks in (Paris) – not a dateline";
        // Tokens: ASTANA , Oct. 14 ( Newsmark ) – …; on the second line: Talks in ( Paris ) –
        let tokens = tokenize(text);
        let at = |w: &str| tokens.iter().position(|t| t.text(text) == w).unwrap();
        let mut tagged = vec![
            Tagged { first: 0, last: 0, kind: EntityType::Loc, confidence: 1.0 },
            Tagged { first: at("Newsmark"), last: at("Newsmark"), kind: EntityType::Loc, confidence: 1.0 },
            Tagged { first: at("Paris"), last: at("Paris"), kind: EntityType::Loc, confidence: 1.0 },
        ];
        apply(text, &tokens, &mut tagged);
        let kinds: Vec<EntityType> = tagged.iter().map(|e| e.kind).collect();
        assert_eq!(kinds, [EntityType::Loc, EntityType::Org, EntityType::Loc]);
    }

    #[test]
    fn possessives_are_cut() {
        assert_eq!(run("Telegram’s founder", &[(0, 1, EntityType::Org)]), vec!["Telegram"]);
    }

    #[test]
    fn punctuation_never_ends_a_name() {
        assert_eq!(run("in Fla . on", &[(1, 2, EntityType::Loc)]), vec!["Fla"]);
        assert_eq!(run("\" Reuters", &[(0, 1, EntityType::Org)]), vec!["Reuters"]);
        assert_eq!(run("a , b", &[(1, 1, EntityType::Org)]), Vec::<String>::new());
    }

    #[test]
    fn ordinary_lists_stay_apart() {
        let text = "Bank of America, Citigroup and Wells Fargo";
        assert_eq!(run(text, &[(0, 2, EntityType::Org)]), vec!["Bank of America"]);
    }
}
