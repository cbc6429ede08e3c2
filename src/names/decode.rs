//! Viterbi decoding under the BILOU constraints, so that every decoded
//! sequence is a valid one (no I or L without its B, no entity left open).

use super::tags::{can_end, can_start, NUM_TAGS, OUTSIDE};

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

/// The tags after which a new entity (or O) may begin: O, and L and U of
/// every type, in ascending order (the order ties are broken in).
const CLOSED: [usize; 9] = [0, 3, 4, 7, 8, 11, 12, 15, 16];
/// The tags that may follow a closed one: O, and B and U of every type.
const OPENING: [usize; 9] = [0, 1, 4, 5, 8, 9, 12, 13, 16];

/// `B`, `I` and `L` of type `k` (see `tags::tag`).
fn begin(k: usize) -> usize {
    1 + 4 * k
}

/// Viterbi decoding for one set of transition scores, with the BILOU
/// structure folded in: an opening tag's predecessors are exactly the nine
/// closed tags, and `I`/`L` of a type follow only its `B` or `I`, so each
/// step visits 9 × 9 + 4 × 4 pairs in fixed-size loops.
pub struct Decoder {
    start: [f32; NUM_TAGS],
    end: [f32; NUM_TAGS],
    /// `start` and `end` for a run of tokens between tokens fixed as O
    /// (see `decode_between`): the transitions from and to O.
    after_outside: [f32; NUM_TAGS],
    before_outside: [f32; NUM_TAGS],
    /// `opening[c][j]`: the score of `OPENING[j]` after `CLOSED[c]`.
    opening: [[f32; 9]; 9],
    /// Per type: B→I, I→I, B→L, I→L.
    continuing: [[f32; 4]; 4],
    /// The forward pass's best score of each tag at each token.
    scores: Vec<f32>,
}

impl Decoder {
    /// Prepares decoding with `transitions`.
    pub fn new(transitions: &Transitions) -> Decoder {
        const NEG: f32 = f32::NEG_INFINITY;
        let pair = |p: usize, t: usize| transitions.pair[p * NUM_TAGS + t];
        Decoder {
            start: std::array::from_fn(|t| if can_start(t) { transitions.start[t] } else { NEG }),
            end: std::array::from_fn(|t| if can_end(t) { 0.0 } else { NEG }),
            after_outside: std::array::from_fn(|t| if can_start(t) { pair(OUTSIDE, t) } else { NEG }),
            before_outside: std::array::from_fn(|t| if can_end(t) { pair(t, OUTSIDE) } else { NEG }),
            opening: std::array::from_fn(|c| std::array::from_fn(|j| pair(CLOSED[c], OPENING[j]))),
            continuing: std::array::from_fn(|k| {
                let (b, i, l) = (begin(k), begin(k) + 1, begin(k) + 2);
                [pair(b, i), pair(i, i), pair(b, l), pair(i, l)]
            }),
            scores: Vec::new(),
        }
    }

    /// The best valid tag sequence for `emissions` (`n * NUM_TAGS` scores,
    /// row per token), written to `tags` (cleared first).
    pub fn decode(&mut self, emissions: &[f32], tags: &mut Vec<usize>) {
        self.decode_between(emissions, false, false, tags);
    }

    /// `decode` for a run of a sentence's tokens, the token before it fixed
    /// as O when `after_outside` (else the run starts the sentence) and the
    /// token after it when `before_outside` (else the run ends it). The best
    /// sequence of a sentence with some tokens fixed as O is exactly the
    /// best sequences of the runs between them, decoded this way.
    pub fn decode_between(
        &mut self,
        emissions: &[f32],
        after_outside: bool,
        before_outside: bool,
        tags: &mut Vec<usize>,
    ) {
        const NEG: f32 = f32::NEG_INFINITY;
        let start = if after_outside { &self.after_outside } else { &self.start };
        let end = if before_outside { self.before_outside } else { self.end };
        tags.clear();
        let n = emissions.len() / NUM_TAGS;
        if n == 0 {
            return;
        }
        // Forward: each token's best scores only. The predecessors are found
        // again for the best path alone, walking back: one token's nine
        // candidates instead of every tag's, and no choices stored.
        self.scores.clear();
        self.scores.extend((0..NUM_TAGS).map(|t| start[t] + emissions[t]));
        for (i, row) in emissions.chunks_exact(NUM_TAGS).enumerate().skip(1) {
            let prev: [f32; NUM_TAGS] =
                self.scores[(i - 1) * NUM_TAGS..i * NUM_TAGS].try_into().unwrap_or([NEG; NUM_TAGS]);
            let mut now = [NEG; NUM_TAGS];
            // All nine opening tags at once, predecessor after predecessor:
            // nine independent maxima the compiler can vectorise.
            let mut best = [NEG; 9];
            for (c, scores) in self.opening.iter().enumerate() {
                let from = prev[CLOSED[c]];
                for j in 0..9 {
                    let candidate = from + scores[j];
                    best[j] = if candidate > best[j] { candidate } else { best[j] };
                }
            }
            for j in 0..9 {
                now[OPENING[j]] = best[j] + row[OPENING[j]];
            }
            for (k, &[b_i, i_i, b_l, i_l]) in self.continuing.iter().enumerate() {
                let (b, i, l) = (begin(k), begin(k) + 1, begin(k) + 2);
                for (t, from_b, from_i) in [(i, b_i, i_i), (l, b_l, i_l)] {
                    let (from_b, from_i) = (prev[b] + from_b, prev[i] + from_i);
                    now[t] = if from_i > from_b { from_i } else { from_b } + row[t];
                }
            }
            self.scores.extend_from_slice(&now);
        }
        let last = &self.scores[(n - 1) * NUM_TAGS..];
        let (mut best, mut best_score) = (0, last[0] + end[0]);
        for t in 1..NUM_TAGS {
            let score = last[t] + end[t];
            if score > best_score {
                (best, best_score) = (t, score);
            }
        }
        tags.resize(n, 0);
        tags[n - 1] = best;
        for i in (1..n).rev() {
            tags[i - 1] = self.predecessor(&self.scores[(i - 1) * NUM_TAGS..i * NUM_TAGS], tags[i]);
        }
    }

    /// The best predecessor of tag `t` given the previous token's scores:
    /// the first best, as the forward pass compared them (ties go to the
    /// lowest tag).
    fn predecessor(&self, prev: &[f32], t: usize) -> usize {
        if let Some(j) = OPENING.iter().position(|&o| o == t) {
            let (mut best, mut arg) = (f32::NEG_INFINITY, CLOSED[0]);
            for (c, scores) in self.opening.iter().enumerate() {
                let candidate = prev[CLOSED[c]] + scores[j];
                if candidate > best {
                    (best, arg) = (candidate, CLOSED[c]);
                }
            }
            return arg;
        }
        // I or L of type k: after its B or its I.
        let k = (t - 1) / 4;
        let (b, i) = (begin(k), begin(k) + 1);
        let [b_i, i_i, b_l, i_l] = self.continuing[k];
        let (from_b, from_i) = if t == i { (b_i, i_i) } else { (b_l, i_l) };
        if prev[i] + from_i > prev[b] + from_b {
            i
        } else {
            b
        }
    }
}

/// The best valid tag sequence for `emissions` (`n * NUM_TAGS` scores, row
/// per token), written to `tags` (cleared first). For many sentences with
/// the same transitions, make one `Decoder` instead.
pub fn viterbi(emissions: &[f32], transitions: &Transitions, tags: &mut Vec<usize>) {
    Decoder::new(transitions).decode(emissions, tags);
}

#[cfg(test)]
mod tests {
    use super::super::tags::{allowed, tag, EntityType, Part, OUTSIDE};
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

    /// Viterbi over every allowed pair, straight from `tags::allowed`.
    fn reference(emissions: &[f32], transitions: &Transitions) -> Vec<usize> {
        let n = emissions.len() / NUM_TAGS;
        let mut score: Vec<f32> = (0..NUM_TAGS)
            .map(|t| if can_start(t) { transitions.start[t] + emissions[t] } else { f32::NEG_INFINITY })
            .collect();
        let mut back = vec![[0usize; NUM_TAGS]; n];
        for i in 1..n {
            let mut now = vec![f32::NEG_INFINITY; NUM_TAGS];
            for t in 0..NUM_TAGS {
                let mut best = f32::NEG_INFINITY;
                for p in (0..NUM_TAGS).filter(|&p| allowed(p, t)) {
                    let candidate = score[p] + transitions.pair[p * NUM_TAGS + t];
                    if candidate > best {
                        best = candidate;
                        back[i][t] = p;
                    }
                }
                now[t] = best + emissions[i * NUM_TAGS + t];
            }
            score = now;
        }
        let end = |t: usize| score[t] + if can_end(t) { 0.0 } else { f32::NEG_INFINITY };
        let mut best = 0;
        for t in 0..NUM_TAGS {
            if end(t) > end(best) {
                best = t;
            }
        }
        let mut tags = vec![best; n];
        for i in (1..n).rev() {
            tags[i - 1] = back[i][tags[i]];
        }
        tags
    }

    #[test]
    fn the_folded_structure_is_bilou() {
        for p in 0..NUM_TAGS {
            for t in 0..NUM_TAGS {
                let opening = CLOSED.contains(&p) && OPENING.contains(&t);
                let continuing =
                    (0..4).any(|k| [begin(k), begin(k) + 1].contains(&p) && [begin(k) + 1, begin(k) + 2].contains(&t));
                assert_eq!(allowed(p, t), opening || continuing, "{p} -> {t}");
            }
        }
    }

    /// A fixed pseudo-random stream (xorshift) from `seed`.
    fn stream(seed: u64) -> impl FnMut() -> u64 {
        let mut state = seed;
        move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        }
    }

    #[test]
    fn agrees_with_the_plain_algorithm() {
        // Scores with many near-ties.
        let mut random = stream(0x2545_f491_4f6c_dd1d);
        let mut next = || ((random() % 17) as f32 - 8.0) * 0.5;
        for n in 1..40 {
            let transitions = Transitions {
                start: std::array::from_fn(|_| next()),
                pair: (0..NUM_TAGS * NUM_TAGS).map(|_| next()).collect(),
            };
            let emissions: Vec<f32> = (0..n * NUM_TAGS).map(|_| next()).collect();
            let mut tags = Vec::new();
            viterbi(&emissions, &transitions, &mut tags);
            assert_eq!(tags, reference(&emissions, &transitions), "{n} tokens");
        }
    }

    #[test]
    fn runs_between_fixed_tokens_decode_as_the_whole_sentence() {
        let mut next = stream(0x9e37_79b9_7f4a_7c15);
        for n in 1..40 {
            let transitions = Transitions {
                start: std::array::from_fn(|_| (next() % 9) as f32 - 4.0),
                pair: (0..NUM_TAGS * NUM_TAGS).map(|_| (next() % 9) as f32 - 4.0).collect(),
            };
            let mut emissions: Vec<f32> = (0..n * NUM_TAGS).map(|_| (next() % 17) as f32 - 8.0).collect();
            let fixed: Vec<bool> = (0..n).map(|_| next().is_multiple_of(3)).collect();
            // The whole sentence, with O made certain at the fixed tokens.
            for (i, _) in fixed.iter().enumerate().filter(|(_, &f)| f) {
                emissions[i * NUM_TAGS + OUTSIDE] = 1e6;
            }
            let whole = reference(&emissions, &transitions);
            let mut decoder = Decoder::new(&transitions);
            let (mut runs, mut tags, mut i) = (vec![OUTSIDE; n], Vec::new(), 0);
            while i < n {
                if fixed[i] {
                    i += 1;
                    continue;
                }
                let start = i;
                while i < n && !fixed[i] {
                    i += 1;
                }
                let e = &emissions[start * NUM_TAGS..i * NUM_TAGS];
                decoder.decode_between(e, start > 0, i < n, &mut tags);
                runs[start..i].copy_from_slice(&tags);
            }
            assert_eq!(runs, whole, "{n} tokens, fixed {fixed:?}");
        }
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
