//! The trained weights: for every kept feature, one row of small integer
//! weights per pass and tag, plus each pass's tag-transition scores.
//!
//! On disk (`models/ner.bin`, little-endian) the feature keys are sorted and
//! delta-coded, and each row keeps only its non-zero weights behind a bit
//! mask, so that pruned, quantised weights cost little. In memory the rows
//! sit in an open-addressing table keyed by the feature hash's top 32 bits.

use super::decode::Transitions;
use super::document_pass::DocFeature;
use super::features::Features;
use super::tags::NUM_TAGS;

/// The two passes: the sentence tagger and the document-level second pass.
pub const PASSES: usize = 2;

const MAGIC: &[u8; 8] = b"NMNER\x01\0\0";

/// The 32-bit key a feature hash is stored under (never 0, which marks an empty slot).
pub fn key_of(feature: u64) -> u32 {
    ((feature >> 32) as u32).max(1)
}

/// A model as the trainer hands it over: float weights before quantisation.
pub struct ModelData {
    /// The lexicon's fingerprint at training time.
    pub fingerprint: u64,
    /// Per pass: the transition scores.
    pub transitions: [Transitions; PASSES],
    /// Per pass: the scale of the quantised weights (weight = q * scale).
    pub scales: [f32; PASSES],
    /// Per feature key: quantised weights, pass after pass, `NUM_TAGS` each.
    pub rows: Vec<(u32, [[i8; NUM_TAGS]; PASSES])>,
}

/// A loaded model, ready to score.
pub struct Model {
    /// Unique to this model in the process: caches of scores key on it.
    id: u64,
    fingerprint: u64,
    transitions: [Transitions; PASSES],
    scales: [f32; PASSES],
    mask: usize,
    /// The open-addressing table; a slot holds its key beside its weights so
    /// that a lookup touches one cache line.
    slots: Vec<Slot>,
    /// One bit per hashed key, set for the keys in the table: most features of
    /// a text are not in the model, and this 128 KB filter (which stays in
    /// cache) answers for them without touching the multi-megabyte table.
    filter: Vec<u64>,
    len: usize,
    /// The second pass's weights of every document feature, by
    /// `DocFeature::index`: there are few of them, and a table row is
    /// cheaper than hashing and looking up each one a token.
    doc_rows: Vec<[i32; NUM_TAGS]>,
}

const FILTER_BITS: u32 = 20;

fn filter_bit(key: u32) -> usize {
    (key.rotate_right(11) & ((1 << FILTER_BITS) - 1)) as usize
}

/// A row's weights, pass after pass, each stored as `w + 128` (0..=255) so
/// that `add_lanes` can sum eight of them at once in the 16-bit lanes of two
/// `u64`s.
type Row = [u8; LANES];

const LANES: usize = PASSES * NUM_TAGS;

#[derive(Clone, Copy)]
struct Slot {
    key: u32,
    biased: Row,
}

fn biased(row: &[[i8; NUM_TAGS]; PASSES]) -> Row {
    let mut out = [0; LANES];
    for (b, &w) in out.iter_mut().zip(row.as_flattened()) {
        *b = (w as u8) ^ 0x80;
    }
    out
}

impl Model {
    /// A model with no features: it tags nothing.
    pub fn empty() -> Model {
        Model::from_data(ModelData {
            fingerprint: 0,
            transitions: Default::default(),
            scales: [1.0; PASSES],
            rows: Vec::new(),
        })
    }

    /// Builds the lookup table.
    pub fn from_data(data: ModelData) -> Model {
        let capacity = (data.rows.len() * 2).next_power_of_two().max(16);
        static NEXT_ID: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
        let mut model = Model {
            id: NEXT_ID.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
            fingerprint: data.fingerprint,
            transitions: data.transitions,
            scales: data.scales,
            mask: capacity - 1,
            slots: vec![Slot { key: 0, biased: [0x80; LANES] }; capacity],
            filter: vec![0; 1 << (FILTER_BITS - 6)],
            len: data.rows.len(),
            doc_rows: Vec::new(),
        };
        for (key, row) in data.rows {
            let bit = filter_bit(key);
            model.filter[bit / 64] |= 1 << (bit % 64);
            let mut slot = key as usize & model.mask;
            while model.slots[slot].key != 0 && model.slots[slot].key != key {
                slot = (slot + 1) & model.mask;
            }
            model.slots[slot] = Slot { key, biased: biased(&row) };
        }
        model.doc_rows = vec![[0; NUM_TAGS]; DocFeature::COUNT];
        for feature in DocFeature::all() {
            let mut row = [0; NUM_TAGS];
            model.add_pass(&[feature.hash()], PASSES - 1, &mut row);
            model.doc_rows[feature.index()] = row;
        }
        model
    }

    /// Number of features with weights.
    pub fn len(&self) -> usize {
        self.len
    }

    /// True when the model has no features.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// An id unique to this model in the process.
    pub fn id(&self) -> u64 {
        self.id
    }

    /// The fingerprint of the lexicon the model was trained with.
    pub fn fingerprint(&self) -> u64 {
        self.fingerprint
    }

    /// The transition scores of a pass.
    pub fn transitions(&self, pass: usize) -> &Transitions {
        &self.transitions[pass]
    }

    fn row(&self, feature: u64) -> Option<&Row> {
        let key = key_of(feature);
        let bit = filter_bit(key);
        if self.filter[bit / 64] & (1 << (bit % 64)) == 0 {
            return None;
        }
        let mut slot = key as usize & self.mask;
        loop {
            let k = self.slots[slot].key;
            if k == key {
                return Some(&self.slots[slot].biased);
            }
            if k == 0 {
                return None;
            }
            slot = (slot + 1) & self.mask;
        }
    }

    /// Adds the integer weights of `features` to one token's `sum`.
    pub fn add(&self, features: &[u64], sum: &mut [[i32; NUM_TAGS]; PASSES]) {
        self.add_lanes(features, 0, sum.as_flattened_mut());
    }

    /// Adds the integer weights of `features` for one pass only to `sum`.
    pub fn add_pass(&self, features: &[u64], pass: usize, sum: &mut [i32; NUM_TAGS]) {
        self.add_lanes(features, pass * NUM_TAGS, sum);
    }

    /// Adds the second pass's weights of a document feature to `sum`:
    /// what `add_pass(&[feature.hash()], PASSES - 1, sum)` adds.
    pub fn add_doc_feature(&self, feature: DocFeature, sum: &mut [i32; NUM_TAGS]) {
        for (s, &w) in sum.iter_mut().zip(&self.doc_rows[feature.index()]) {
            *s += w;
        }
    }

    /// Adds lanes `first..first + sum.len()` of the rows of `features` to `sum`.
    ///
    /// Eight biased weights at a time: a u64 of a row's bytes splits into its
    /// even and its odd bytes, each in the 16-bit lanes of a u64, and the
    /// lanes add without carrying into each other while fewer than 257 rows
    /// (255 * 256 < 65,536) are summed. WebAssembly has no vector
    /// instructions by default: this does a quarter of the adds.
    #[inline(always)]
    fn add_lanes(&self, features: &[u64], first: usize, sum: &mut [i32]) {
        const MAX_WORDS: usize = LANES / 8;
        const BYTES: u64 = 0x00ff_00ff_00ff_00ff;
        let (words, rest_lanes) = (sum.len() / 8, sum.len() % 8);
        for chunk in features.chunks(256) {
            let (mut even, mut odd) = ([0u64; MAX_WORDS], [0u64; MAX_WORDS]);
            let mut rest = [0i32; 8];
            let mut rows = 0;
            for &f in chunk {
                let Some(row) = self.row(f) else { continue };
                let row = &row[first..first + sum.len()];
                rows += 1;
                for k in 0..words {
                    let bytes = u64::from_le_bytes(row[8 * k..8 * k + 8].try_into().unwrap_or_default());
                    even[k] += bytes & BYTES;
                    odd[k] += (bytes >> 8) & BYTES;
                }
                for (r, &b) in rest[..rest_lanes].iter_mut().zip(&row[8 * words..]) {
                    *r += b as i32;
                }
            }
            let bias = 128 * rows;
            for k in 0..words {
                for lane in 0..4 {
                    sum[8 * k + 2 * lane] += ((even[k] >> (16 * lane)) & 0xffff) as i32 - bias;
                    sum[8 * k + 2 * lane + 1] += ((odd[k] >> (16 * lane)) & 0xffff) as i32 - bias;
                }
            }
            for (s, &r) in sum[8 * words..].iter_mut().zip(&rest[..rest_lanes]) {
                *s += r - bias;
            }
        }
    }

    /// Adds the integer weights of each token's features to `sums`
    /// (`PASSES * NUM_TAGS` per token): one lookup serves both passes.
    pub fn accumulate(&self, features: &Features, sums: &mut Vec<[[i32; NUM_TAGS]; PASSES]>) {
        sums.clear();
        sums.resize(features.len(), [[0; NUM_TAGS]; PASSES]);
        for (i, sum) in sums.iter_mut().enumerate() {
            self.add(features.token(i), sum);
        }
    }

    /// Scales integer sums of one pass into emission scores (`NUM_TAGS` per token).
    pub fn emissions(&self, sums: &[[[i32; NUM_TAGS]; PASSES]], pass: usize, out: &mut Vec<f32>) {
        out.clear();
        let scale = self.scales[pass];
        for sum in sums {
            out.extend(sum[pass].iter().map(|&s| s as f32 * scale));
        }
    }

    /// Reads the on-disk format.
    pub fn from_bytes(bytes: &[u8]) -> Result<Model, String> {
        let mut r = Reader { bytes, pos: 0 };
        if r.take(8)? != MAGIC {
            return Err("not a newsmark name model".into());
        }
        let fingerprint = u64::from_le_bytes(r.take(8)?.try_into().unwrap_or_default());
        let tags = r.u32()? as usize;
        let passes = r.u32()? as usize;
        if tags != NUM_TAGS || passes != PASSES {
            return Err(format!("model has {tags} tags and {passes} passes; expected {NUM_TAGS} and {PASSES}"));
        }
        let mut scales = [0.0; PASSES];
        for s in &mut scales {
            *s = r.f32()?;
        }
        let mut transitions: [Transitions; PASSES] = Default::default();
        for tr in &mut transitions {
            for v in tr.start.iter_mut() {
                *v = r.f32()?;
            }
            for v in tr.pair.iter_mut() {
                *v = r.f32()?;
            }
        }
        let n = r.u32()? as usize;
        let mut keys = Vec::with_capacity(n);
        let mut key = 0u64;
        for _ in 0..n {
            key += r.varint()?;
            keys.push(u32::try_from(key).map_err(|_| "bad key")?);
        }
        let mut masks = Vec::with_capacity(n * PASSES);
        for _ in 0..n * PASSES {
            masks.push(r.varint()? as u32);
        }
        let values: u32 = masks.iter().map(|m| m.count_ones()).sum();
        let values = r.take(values as usize)?;
        let mut next = 0;
        let mut rows = Vec::with_capacity(n);
        for (i, &key) in keys.iter().enumerate() {
            let mut row = [[0i8; NUM_TAGS]; PASSES];
            for (pass, weights) in row.iter_mut().enumerate() {
                let mut mask = masks[i * PASSES + pass];
                while mask != 0 {
                    let t = mask.trailing_zeros() as usize;
                    mask &= mask - 1;
                    if t < NUM_TAGS {
                        weights[t] = values[next] as i8;
                    }
                    next += 1;
                }
            }
            rows.push((key, row));
        }
        if r.pos != bytes.len() {
            return Err("trailing bytes after the model".into());
        }
        Ok(Model::from_data(ModelData { fingerprint, transitions, scales, rows }))
    }
}

impl ModelData {
    /// Writes the on-disk format.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::new();
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&self.fingerprint.to_le_bytes());
        out.extend_from_slice(&(NUM_TAGS as u32).to_le_bytes());
        out.extend_from_slice(&(PASSES as u32).to_le_bytes());
        for s in self.scales {
            out.extend_from_slice(&s.to_le_bytes());
        }
        for tr in &self.transitions {
            for v in tr.start.iter().chain(tr.pair.iter()) {
                out.extend_from_slice(&v.to_le_bytes());
            }
        }
        let mut rows: Vec<&(u32, [[i8; NUM_TAGS]; PASSES])> = self.rows.iter().collect();
        rows.sort_by_key(|r| r.0);
        rows.dedup_by_key(|r| r.0);
        out.extend_from_slice(&(rows.len() as u32).to_le_bytes());
        let mut previous = 0u64;
        for (key, _) in &rows {
            write_varint(&mut out, *key as u64 - previous);
            previous = *key as u64;
        }
        for (_, row) in &rows {
            for weights in row {
                let mask = weights.iter().enumerate().filter(|(_, &w)| w != 0).fold(0u64, |m, (t, _)| m | 1 << t);
                write_varint(&mut out, mask);
            }
        }
        for (_, row) in &rows {
            for weights in row {
                out.extend(weights.iter().filter(|&&w| w != 0).map(|&w| w as u8));
            }
        }
        out
    }
}

fn write_varint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], String> {
        let end = self.pos.checked_add(n).filter(|&e| e <= self.bytes.len()).ok_or("the model is truncated")?;
        let slice = &self.bytes[self.pos..end];
        self.pos = end;
        Ok(slice)
    }

    fn u32(&mut self) -> Result<u32, String> {
        Ok(u32::from_le_bytes(self.take(4)?.try_into().unwrap_or_default()))
    }

    fn f32(&mut self) -> Result<f32, String> {
        Ok(f32::from_le_bytes(self.take(4)?.try_into().unwrap_or_default()))
    }

    fn varint(&mut self) -> Result<u64, String> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.take(1)?[0];
            v |= ((b & 0x7f) as u64) << shift;
            if b < 0x80 {
                return Ok(v);
            }
        }
        Err("bad varint in the model".into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sums_every_lane_exactly_however_many_rows() {
        // Extreme weights, different in every lane, and more rows than the
        // packed lanes hold at once (256).
        let extreme = |sign: i8| -> [[i8; NUM_TAGS]; PASSES] {
            std::array::from_fn(|p| std::array::from_fn(|t| if (p + t) % 2 == 0 { 127 } else { -128 + sign * t as i8 }))
        };
        let rows = vec![(3, extreme(0)), (5, extreme(1)), (9, [[-1; NUM_TAGS]; PASSES])];
        let model = Model::from_data(ModelData {
            fingerprint: 0,
            transitions: Default::default(),
            scales: [1.0; PASSES],
            rows: rows.clone(),
        });
        let mixed = |n: usize| -> Vec<u64> { (0..n).map(|i| [3u64, 5, 4, 9][i % 4] << 32).collect() };
        for features in [0, 1, 255, 256, 257, 700].into_iter().flat_map(|n| [mixed(n), vec![3 << 32; n]]) {
            let n = features.len();
            // Key 4 is not in the model: it adds nothing.
            let mut sum = [[1; NUM_TAGS]; PASSES];
            model.add(&features, &mut sum);
            let mut expected = [[1; NUM_TAGS]; PASSES];
            for f in &features {
                if let Some((_, row)) = rows.iter().find(|(k, _)| *k as u64 == f >> 32) {
                    for p in 0..PASSES {
                        for t in 0..NUM_TAGS {
                            expected[p][t] += row[p][t] as i32;
                        }
                    }
                }
            }
            assert_eq!(sum, expected, "{n} features");
            let mut one = [0; NUM_TAGS];
            model.add_pass(&features, 1, &mut one);
            assert_eq!(one.map(|s| s + 1), expected[1], "{n} features, second pass");
        }
    }

    #[test]
    fn round_trips_through_bytes() {
        let mut row = [[0i8; NUM_TAGS]; PASSES];
        row[0][3] = -7;
        row[1][16] = 100;
        let mut transitions: [Transitions; PASSES] = Default::default();
        transitions[1].pair[5] = -1.5;
        let data = ModelData { fingerprint: 42, transitions, scales: [0.5, 0.25], rows: vec![(99, row), (7, row)] };
        let model = Model::from_bytes(&data.to_bytes()).expect("loads");
        assert_eq!(model.len(), 2);
        assert_eq!(model.fingerprint(), 42);
        assert_eq!(model.transitions(1).pair[5], -1.5);
        let feature = 99u64 << 32;
        let mut features = Features::default();
        features.hashes.push(feature);
        features.end_token();
        let mut sums = Vec::new();
        model.accumulate(&features, &mut sums);
        assert_eq!((sums[0][0][3], sums[0][1][16]), (-7, 100));
        assert!(Model::from_bytes(b"nonsense").is_err());
    }
}
