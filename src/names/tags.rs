//! The tag set: BILOU tags (Begin, Inside, Last, Outside, Unit) over the four
//! CoNLL entity types. BILOU rather than BIO because a linear model then
//! learns what ends a name ("Inc.", a surname) apart from what continues one.

/// The CoNLL entity types the model tags.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EntityType {
    /// People.
    Per,
    /// Organisations.
    Org,
    /// Places.
    Loc,
    /// Other names: nationalities, events, products, …
    Misc,
}

impl EntityType {
    /// All types, in tag order.
    pub const ALL: [EntityType; 4] = [EntityType::Per, EntityType::Org, EntityType::Loc, EntityType::Misc];

    /// The CoNLL name (`PER`, `ORG`, `LOC`, `MISC`).
    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::Per => "PER",
            EntityType::Org => "ORG",
            EntityType::Loc => "LOC",
            EntityType::Misc => "MISC",
        }
    }

    /// Parses a CoNLL type name; GMB-style lower case works too.
    pub fn parse(name: &str) -> Option<EntityType> {
        EntityType::ALL.into_iter().find(|t| t.as_str().eq_ignore_ascii_case(name))
    }
}

/// Where a token is in an entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// First of several tokens.
    Begin,
    /// Neither first nor last.
    Inside,
    /// Last of several tokens.
    Last,
    /// The only token.
    Unit,
}

/// Number of tags: `O` and four parts for each of four types.
pub const NUM_TAGS: usize = 1 + 4 * 4;

/// A tag as an index `0..NUM_TAGS`; 0 is `O`.
pub type Tag = usize;

/// The outside tag.
pub const OUTSIDE: Tag = 0;

/// The tag of `part` of an entity of `kind`.
pub fn tag(kind: EntityType, part: Part) -> Tag {
    1 + kind as usize * 4 + part as usize
}

/// The type and part of a tag; `None` for `O`.
pub fn split(tag: Tag) -> Option<(EntityType, Part)> {
    if tag == OUTSIDE || tag >= NUM_TAGS {
        return None;
    }
    let kind = EntityType::ALL[(tag - 1) / 4];
    let part = [Part::Begin, Part::Inside, Part::Last, Part::Unit][(tag - 1) % 4];
    Some((kind, part))
}

/// True when a tag may start a sentence or follow a completed entity.
pub fn can_start(tag: Tag) -> bool {
    matches!(split(tag), None | Some((_, Part::Begin | Part::Unit)))
}

/// True when a tag may end a sentence.
pub fn can_end(tag: Tag) -> bool {
    matches!(split(tag), None | Some((_, Part::Last | Part::Unit)))
}

/// True when `next` may follow `prev`: an open entity (B, I) must continue
/// with I or L of its type; anything else must be followed by O, B or U.
pub fn allowed(prev: Tag, next: Tag) -> bool {
    match split(prev) {
        Some((kind, Part::Begin | Part::Inside)) => {
            matches!(split(next), Some((k, Part::Inside | Part::Last)) if k == kind)
        }
        _ => can_start(next),
    }
}

/// The tags of entities given as token ranges `[first, last]` of a sequence of `len` tokens.
pub fn encode(len: usize, entities: &[(usize, usize, EntityType)]) -> Vec<Tag> {
    let mut tags = vec![OUTSIDE; len];
    for &(first, last, kind) in entities {
        if first == last {
            tags[first] = tag(kind, Part::Unit);
            continue;
        }
        tags[first] = tag(kind, Part::Begin);
        for t in &mut tags[first + 1..last] {
            *t = tag(kind, Part::Inside);
        }
        tags[last] = tag(kind, Part::Last);
    }
    tags
}

/// The entities of a tag sequence as token ranges `[first, last]`. Tolerant
/// of invalid sequences (an I without a B starts an entity), though the
/// decoder never produces them.
pub fn decode(tags: &[Tag]) -> Vec<(usize, usize, EntityType)> {
    let mut entities = Vec::new();
    let mut open: Option<(usize, EntityType)> = None;
    for (i, &t) in tags.iter().enumerate() {
        let current = split(t);
        if let Some((start, kind)) = open {
            let continues = matches!(current, Some((k, Part::Inside | Part::Last)) if k == kind);
            if !continues {
                entities.push((start, i - 1, kind));
                open = None;
            }
        }
        match current {
            None => {}
            Some((kind, Part::Unit)) => entities.push((i, i, kind)),
            Some((kind, Part::Last)) => {
                let start = open.take().map_or(i, |(s, _)| s);
                entities.push((start, i, kind));
            }
            Some((kind, Part::Begin)) => open = Some((i, kind)),
            Some((kind, Part::Inside)) if open.is_none() => open = Some((i, kind)),
            Some((_, Part::Inside)) => {}
        }
    }
    if let Some((start, kind)) = open {
        entities.push((start, tags.len() - 1, kind));
    }
    entities
}

#[cfg(test)]
mod tests {
    use super::*;
    use EntityType::*;

    macro_rules! roundtrip {
        ($($name:ident: $len:expr, [$(($a:expr, $b:expr, $k:expr)),*];)*) => {$(
            #[test]
            fn $name() {
                let entities = vec![$(($a, $b, $k)),*];
                assert_eq!(decode(&encode($len, &entities)), entities);
            }
        )*};
    }

    roundtrip! {
        unit_and_long: 5, [(0, 0, Per), (2, 4, Org)];
        adjacent_same_type: 3, [(0, 0, Loc), (1, 2, Loc)];
        nothing: 2, [];
    }

    #[test]
    fn transitions_keep_entities_whole() {
        let (b_per, i_per, l_per, u_org) =
            (tag(Per, Part::Begin), tag(Per, Part::Inside), tag(Per, Part::Last), tag(Org, Part::Unit));
        let cases = [
            (OUTSIDE, b_per, true),
            (OUTSIDE, i_per, false),
            (b_per, l_per, true),
            (b_per, OUTSIDE, false),
            (b_per, tag(Org, Part::Last), false),
            (l_per, u_org, true),
            (u_org, l_per, false),
        ];
        for (prev, next, ok) in cases {
            assert_eq!(allowed(prev, next), ok, "{prev} -> {next}");
        }
        assert!(!can_end(b_per) && can_end(l_per) && !can_start(i_per));
    }

    #[test]
    fn decode_tolerates_stray_inside() {
        assert_eq!(decode(&[OUTSIDE, tag(Per, Part::Inside), tag(Per, Part::Last)]), vec![(1, 2, Per)]);
    }
}
