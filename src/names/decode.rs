//! Viterbi decoding under the BILOU constraints, so that every decoded
//! sequence is a valid one (no I or L without its B, no entity left open).

use super::tags::{allowed, can_end, can_start, NUM_TAGS};

/// Transition scores: `start[t]` to begin a sentence with tag `t`,
/// `pair[p * NUM_TAGS + t]` for tag `t` after tag `p`.
#[derive(Clone, Debug, PartialEq)]
pub struct Transitions {
    /// Score of each first tag.
    pub start: [f32; NUM_TAGS],
    /// Score of each (previous, next) pair, row-major.
    pub pair: Vec<f32>,
}

impl Default for Transitions {
    fn default() -> Transitions {
        Transitions { start: [0.0; NUM_TAGS], pair: vec![0.0; NUM_TAGS * NUM_TAGS] }
    }
}

/// Which tags may start, end and follow which: fixed by BILOU, computed once.
struct Structure {
    predecessors: [[u8; NUM_TAGS]; NUM_TAGS],
    counts: [usize; NUM_TAGS],
    start: [bool; NUM_TAGS],
    end: [f32; NUM_TAGS],
}

fn structure() -> &'static Structure {
    static STRUCTURE: std::sync::OnceLock<Structure> = std::sync::OnceLock::new();
    STRUCTURE.get_or_init(|| {
        let mut s = Structure {
            predecessors: [[0; NUM_TAGS]; NUM_TAGS],
            counts: [0; NUM_TAGS],
            start: [false; NUM_TAGS],
            end: [f32::NEG_INFINITY; NUM_TAGS],
        };
        for p in 0..NUM_TAGS {
            s.start[p] = can_start(p);
            if can_end(p) {
                s.end[p] = 0.0;
            }
            for t in 0..NUM_TAGS {
                if allowed(p, t) {
                    s.predecessors[t][s.counts[t]] = p as u8;
                    s.counts[t] += 1;
                }
            }
        }
        s
    })
}

/// The best valid tag sequence for `emissions` (`n * NUM_TAGS` scores, row
/// per token), written to `tags` (cleared first).
pub fn viterbi(emissions: &[f32], transitions: &Transitions, tags: &mut Vec<usize>) {
    tags.clear();
    let n = emissions.len() / NUM_TAGS;
    if n == 0 {
        return;
    }
    const NEG: f32 = f32::NEG_INFINITY;
    // The constraints folded into the scores once per call, so that the inner
    // Only the allowed predecessors of each tag are visited (9 for O, B and
    // U; 2 for I and L), a third of all pairs.
    let structure = structure();
    let mut predecessors = [[(0u8, 0f32); NUM_TAGS]; NUM_TAGS];
    for (t, row) in predecessors.iter_mut().enumerate() {
        for (slot, &p) in row.iter_mut().zip(&structure.predecessors[t][..structure.counts[t]]) {
            *slot = (p, transitions.pair[p as usize * NUM_TAGS + t]);
        }
    }
    let counts = &structure.counts;
    let start: [f32; NUM_TAGS] = std::array::from_fn(|t| if structure.start[t] { transitions.start[t] } else { NEG });
    let end = structure.end;
    let mut back = vec![0u8; n * NUM_TAGS];
    let mut prev = [NEG; NUM_TAGS];
    for t in 0..NUM_TAGS {
        prev[t] = start[t] + emissions[t];
    }
    for i in 1..n {
        let mut now = [NEG; NUM_TAGS];
        for t in 0..NUM_TAGS {
            let mut best = NEG;
            let mut arg = 0u8;
            for &(p, score) in &predecessors[t][..counts[t]] {
                // Branch-free: which predecessor wins is unpredictable.
                let candidate = prev[p as usize] + score;
                let better = candidate > best;
                best = if better { candidate } else { best };
                arg = if better { p } else { arg };
            }
            now[t] = best + emissions[i * NUM_TAGS + t];
            back[i * NUM_TAGS + t] = arg;
        }
        prev = now;
    }
    let mut best = 0;
    for t in 0..NUM_TAGS {
        if prev[t] + end[t] > prev[best] + end[best] {
            best = t;
        }
    }
    tags.resize(n, 0);
    tags[n - 1] = best;
    for i in (1..n).rev() {
        tags[i - 1] = back[i * NUM_TAGS + tags[i]] as usize;
    }
}

#[cfg(test)]
mod tests {
    use super::super::tags::{tag, EntityType, Part, OUTSIDE};
    use super::*;

    fn emissions(rows: &[&[(usize, f32)]]) -> Vec<f32> {
        let mut e = vec![0.0; rows.len() * NUM_TAGS];
        for (i, row) in rows.iter().enumerate() {
            for &(t, s) in row.iter() {
                e[i * NUM_TAGS + t] = s;
            }
        }
        e
    }

    #[test]
    fn picks_the_best_valid_sequence() {
        let b = tag(EntityType::Per, Part::Begin);
        let l = tag(EntityType::Per, Part::Last);
        let i = tag(EntityType::Per, Part::Inside);
        // Locally the best is "I O", which is invalid; the best valid one is "B L".
        let e = emissions(&[&[(i, 5.0), (b, 4.0)], &[(OUTSIDE, 1.0), (l, 0.5)]]);
        let mut tags = Vec::new();
        viterbi(&e, &Transitions::default(), &mut tags);
        assert_eq!(tags, vec![b, l]);
    }

    #[test]
    fn never_ends_inside_an_entity() {
        let b = tag(EntityType::Org, Part::Begin);
        let e = emissions(&[&[(b, 9.0)]]);
        let mut tags = Vec::new();
        viterbi(&e, &Transitions::default(), &mut tags);
        assert_ne!(tags, vec![b]);
    }
}
