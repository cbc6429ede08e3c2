//! Overlap resolution: recognisers propose, this stage keeps one mention per
//! stretch of text, sorted by start.
//!
//! The reader's watch list always wins. Otherwise the longer mention wins
//! ("the 2024 Olympics" over "2024"), and among equal lengths the recogniser
//! listed first in `Source` (dates, then numbers, then names).

use std::collections::BTreeMap;

use crate::mention::{Mention, Source};
use crate::work::{self, Work};

/// Keeps a non-overlapping subset of `mentions`, sorted by start.
pub fn resolve(mentions: Vec<Mention>) -> Vec<Mention> {
    // Indices are sorted, not the mentions: a mention is large to move.
    let rank = |m: &Mention| (m.source != Source::Watchlist, std::cmp::Reverse(m.range.len()), m.source, m.range.start);
    let mut order: Vec<u32> = (0..mentions.len() as u32).filter(|&i| !mentions[i as usize].range.is_empty()).collect();
    order.sort_by(|&a, &b| rank(&mentions[a as usize]).cmp(&rank(&mentions[b as usize])));
    // Accepted ranges by start: the one starting last before a candidate's
    // end is the only one that can overlap it (accepted ranges are disjoint).
    let mut taken: BTreeMap<usize, u32> = BTreeMap::new();
    for i in order {
        work::tick(Work::ResolveSteps);
        let range = mentions[i as usize].range;
        let clashes =
            taken.range(..range.end).next_back().is_some_and(|(_, &k)| mentions[k as usize].range.end > range.start);
        if !clashes {
            taken.insert(range.start, i);
        }
    }
    // The kept ones by start, which the map already sorts.
    let mut mentions: Vec<Option<Mention>> = mentions.into_iter().map(Some).collect();
    taken.values().filter_map(|&i| mentions[i as usize].take()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Label;
    use crate::offsets::ByteRange;

    fn m(start: usize, end: usize, label: Label, source: Source) -> Mention {
        Mention::new(ByteRange::new(start, end), label, source)
    }

    #[test]
    fn longer_wins_then_source_order() {
        let kept = resolve(vec![
            m(4, 8, Label::Date, Source::Dates),
            m(0, 17, Label::Event, Source::Names),
            m(20, 25, Label::Org, Source::Names),
            m(20, 25, Label::Cardinal, Source::Numbers),
        ]);
        let labels: Vec<Label> = kept.iter().map(|m| m.label).collect();
        assert_eq!(labels, [Label::Event, Label::Cardinal]);
    }

    #[test]
    fn watchlist_wins_even_when_shorter() {
        let kept = resolve(vec![m(0, 20, Label::Org, Source::Names), m(0, 5, Label::Product, Source::Watchlist)]);
        assert_eq!(kept.len(), 1);
        assert_eq!(kept[0].label, Label::Product);
    }

    #[test]
    fn sorted_and_disjoint() {
        let kept = resolve(vec![
            m(10, 12, Label::Org, Source::Names),
            m(0, 3, Label::Org, Source::Names),
            m(2, 11, Label::Org, Source::Names),
        ]);
        assert_eq!(kept.iter().map(|m| m.range.start).collect::<Vec<_>>(), [2]);
    }
}
