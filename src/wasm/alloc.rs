//! The module's global allocator: Rust's default (dlmalloc) behind a cache
//! of freed small blocks, one free list per size class.
//!
//! An article makes about 500 allocations, nearly all small and short-lived
//! (a token list, a mention's unit, a sentence's scratch vector), and
//! dlmalloc splits and merges chunks for each. Handing a freed block of the
//! same class straight back made the WASM pipeline 3.7% faster (alternating
//! runs of `bench/run_js.mjs`). The cache holds at most `CACHE_BYTES`; past
//! that, freed blocks go back to dlmalloc, so a huge text's blocks are not
//! kept from other sizes after it.
//!
//! The only `unsafe` code of the crate: a global allocator cannot be written
//! without it. WebAssembly without threads runs one thread, which is what
//! makes the unsynchronised lists sound; a build with threads (the `atomics`
//! target feature) keeps the default allocator (see `wasm/mod.rs`).
#![allow(unsafe_code)]

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::UnsafeCell;
use std::ptr::null_mut;

/// Size classes are multiples of this many bytes.
const GRAIN: usize = 16;
/// Classes of 16, 32, … 512 bytes; larger blocks go to dlmalloc directly.
const CLASSES: usize = 32;
/// The most bytes the free lists hold together.
const CACHE_BYTES: usize = 4 << 20;
/// The alignment every cached block has; blocks that need more bypass the cache.
const ALIGN: usize = 8;

/// The cache in front of [`System`] (dlmalloc on this target).
pub struct SmallBlockCache;

struct FreeLists {
    /// Per class, the first free block; each free block's first word points
    /// to the next (null ends the list).
    heads: [*mut u8; CLASSES],
    /// Bytes held in all the lists.
    bytes: usize,
}

struct Shared(UnsafeCell<FreeLists>);

// SAFETY: this allocator is installed only where WebAssembly runs one thread
// (no `atomics` target feature), so the lists are never touched concurrently.
unsafe impl Sync for Shared {}

static LISTS: Shared = Shared(UnsafeCell::new(FreeLists { heads: [null_mut(); CLASSES], bytes: 0 }));

/// The size class of blocks of `layout`, if the cache serves them.
#[inline]
fn class_of(layout: Layout) -> Option<usize> {
    let size = layout.size();
    (layout.align() <= ALIGN && size > 0 && size <= GRAIN * CLASSES).then(|| (size - 1) / GRAIN)
}

/// The layout every block of `class` is allocated with, so that any of them
/// serves any request of the class.
#[inline]
fn class_layout(class: usize) -> Layout {
    match Layout::from_size_align((class + 1) * GRAIN, ALIGN) {
        Ok(layout) => layout,
        Err(_) => unreachable!("a class's size is a small multiple of its alignment"),
    }
}

// SAFETY: blocks come from `System` with the class's layout (or the caller's,
// for blocks the cache does not serve), and each goes back the same way. A
// cached block is handed out once and is at least a word long and
// word-aligned, so it can hold the link to the next.
unsafe impl GlobalAlloc for SmallBlockCache {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let Some(class) = class_of(layout) else {
            // SAFETY: the caller's layout, as `GlobalAlloc::alloc` requires.
            return unsafe { System.alloc(layout) };
        };
        // SAFETY: one thread (see `Shared`), and no other reference to the
        // lists lives across this call.
        let lists = unsafe { &mut *LISTS.0.get() };
        let head = lists.heads[class];
        if head.is_null() {
            // SAFETY: a valid non-zero layout.
            return unsafe { System.alloc(class_layout(class)) };
        }
        // SAFETY: `head` is a free block of this class; its first word is the link.
        lists.heads[class] = unsafe { head.cast::<*mut u8>().read() };
        lists.bytes -= class_layout(class).size();
        head
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        let Some(class) = class_of(layout) else {
            // SAFETY: allocated by `System` with this layout (see `alloc`).
            return unsafe { System.dealloc(ptr, layout) };
        };
        // SAFETY: as in `alloc`.
        let lists = unsafe { &mut *LISTS.0.get() };
        let size = class_layout(class).size();
        if lists.bytes + size > CACHE_BYTES {
            // SAFETY: every block of the class was allocated with its layout.
            return unsafe { System.dealloc(ptr, class_layout(class)) };
        }
        // SAFETY: the block is the caller's no longer, at least a word long and aligned.
        unsafe { ptr.cast::<*mut u8>().write(lists.heads[class]) };
        lists.heads[class] = ptr;
        lists.bytes += size;
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: `GlobalAlloc::realloc` requires `new_size`, rounded up to
        // the alignment, not to overflow `isize`.
        let new_layout = unsafe { Layout::from_size_align_unchecked(new_size, layout.align()) };
        match (class_of(layout), class_of(new_layout)) {
            // SAFETY: a block of `System`'s, resized by it.
            (None, None) => unsafe { System.realloc(ptr, layout, new_size) },
            // The block already has room for any size of its class.
            (Some(old), Some(new)) if old == new => ptr,
            _ => {
                // SAFETY: a valid layout; the old block holds `layout.size()`
                // bytes and the new one `new_size`, and they do not overlap.
                unsafe {
                    let moved = self.alloc(new_layout);
                    if !moved.is_null() {
                        std::ptr::copy_nonoverlapping(ptr, moved, layout.size().min(new_size));
                        self.dealloc(ptr, layout);
                    }
                    moved
                }
            }
        }
    }
}
