//! Counts of the work the pipeline does, for the tests that hold it linear
//! (`tests/linear.rs`): how many tokens each stage reads and how many
//! matchers and candidates it tries. A count, unlike a time, is the same on
//! a busy machine as on an idle one, and grows with the square of the text
//! on a quadratic path.
//!
//! Compiled in only with the `count-work` feature, which only the tests
//! enable (`scripts/test.sh` runs `cargo test --features count-work`).
//! Without it [`add`] is an empty inline function and nothing is counted:
//! the library, the command line, the WebAssembly module and the benchmark
//! pay nothing.

/// What is counted. Each stage counts the steps of its loops that a
/// quadratic path would repeat: the tokens its matchers read, the matchers it
/// tries, the earlier mentions or groups it looks back at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Work {
    /// Bytes the tokenizer steps over.
    TokenizerBytes,
    /// Tokens the date matchers read (words and look-ahead triggers).
    DateTokens,
    /// Date matchers tried at a token.
    DateMatchers,
    /// Tokens the number matchers read.
    NumberTokens,
    /// Number expressions tried at a token.
    NumberMatchers,
    /// Token comparisons of the watch list.
    WatchComparisons,
    /// Candidates resolution compares a mention with.
    ResolveSteps,
    /// Earlier groups a name is compared with.
    GroupCandidates,
    /// Tokens read by attribution, statistics and quotes.
    ContextTokens,
    /// Tokens the name typer and its rules (`names::types`, `names::finish`) read.
    NameTokens,
}

impl Work {
    /// Every kind, in the order of [`Counts`].
    pub const ALL: [Work; 10] = [
        Work::TokenizerBytes,
        Work::DateTokens,
        Work::DateMatchers,
        Work::NumberTokens,
        Work::NumberMatchers,
        Work::WatchComparisons,
        Work::ResolveSteps,
        Work::GroupCandidates,
        Work::ContextTokens,
        Work::NameTokens,
    ];
}

/// Counts `n` steps of `work` (nothing without the `count-work` feature).
#[inline(always)]
pub fn add(work: Work, n: usize) {
    #[cfg(feature = "count-work")]
    counting::COUNTS.with(|counts| {
        let mut all = counts.get();
        all[work as usize] += n as u64;
        counts.set(all);
    });
    #[cfg(not(feature = "count-work"))]
    let _ = (work, n);
}

/// Counts one step of `work`.
#[inline(always)]
pub fn tick(work: Work) {
    add(work, 1);
}

#[cfg(feature = "count-work")]
pub use counting::{counted, Counts};

#[cfg(feature = "count-work")]
mod counting {
    use std::cell::Cell;

    use super::Work;

    thread_local! {
        pub(super) static COUNTS: Cell<[u64; Work::ALL.len()]> = const { Cell::new([0; Work::ALL.len()]) };
    }

    /// The steps of each kind of work done on this thread inside [`counted`].
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
    pub struct Counts([u64; Work::ALL.len()]);

    impl Counts {
        /// The steps of one kind.
        pub fn of(&self, work: Work) -> u64 {
            self.0[work as usize]
        }
    }

    /// Runs `f` and returns its result with the work it did on this thread.
    pub fn counted<T>(f: impl FnOnce() -> T) -> (T, Counts) {
        let before = COUNTS.with(Cell::get);
        let value = f();
        let after = COUNTS.with(Cell::get);
        (value, Counts(std::array::from_fn(|k| after[k] - before[k])))
    }
}
