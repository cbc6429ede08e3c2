//! The WebAssembly shell: `annotate(text, options)` for JavaScript, returning
//! a plain object of the contract with UTF-16 offsets (so `text.slice(start,
//! end)` is each span). Options: `{ referenceDate: "YYYY-MM-DD" (or
//! "YYYY-MM-DDTHH:MM[:SS]", a reference time of day too),
//! watchlist: [{ term, label }] }` (`reference_date` is accepted too).

use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

use crate::dates::calendar::parse_reference;
use crate::document::{Document, Label, OffsetUnit};
use crate::{Options, WatchTerm};

mod alloc;
mod pack;

/// Freed small blocks are reused first (see `alloc`); only without threads.
#[cfg(not(target_feature = "atomics"))]
#[global_allocator]
static ALLOCATOR: alloc::SmallBlockCache = alloc::SmallBlockCache;

#[wasm_bindgen(module = "/src/wasm/unpack.js")]
extern "C" {
    /// Builds the document's objects from `pack::pack`'s numbers and strings.
    fn unpack(numbers: &[f64], strings: &str) -> JsValue;
}

#[derive(Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
struct JsOptions {
    #[serde(alias = "reference_date")]
    reference_date: Option<String>,
    watchlist: Vec<JsWatchTerm>,
}

#[derive(Deserialize)]
struct JsWatchTerm {
    term: String,
    label: String,
}

/// Annotates `text`. `options` may be `undefined`, `null` or an object.
#[wasm_bindgen]
pub fn annotate(text: &str, options: JsValue) -> Result<JsValue, JsError> {
    let options = parse_options(options)?;
    Ok(to_js(&crate::annotate(text, &options)))
}

/// The document as plain JavaScript objects, built on the JavaScript side
/// from two arrays (see `pack`).
pub fn to_js(document: &Document) -> JsValue {
    let packed = pack::pack(document);
    unpack(&packed.numbers, &packed.strings)
}

/// The same objects built by serde-wasm-bindgen, field by field: slower,
/// and the reference that `to_js` is tested against.
#[doc(hidden)]
pub fn to_js_by_serde(document: &Document) -> Result<JsValue, JsError> {
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    document.serialize(&serializer).map_err(|e| JsError::new(&format!("cannot return the document: {e}")))
}

/// The crate's version, for the page's footer and bug reports.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

fn parse_options(value: JsValue) -> Result<Options, JsError> {
    if value.is_undefined() || value.is_null() {
        return Ok(Options::default());
    }
    let js: JsOptions =
        serde_wasm_bindgen::from_value(value).map_err(|e| JsError::new(&format!("invalid options: {e}")))?;
    let (reference_date, reference_time) = match js.reference_date.as_deref() {
        None | Some("") => (None, None),
        Some(s) => {
            let (date, time) =
                parse_reference(s).map_err(|e| JsError::new(&format!("invalid options.referenceDate: {e}")))?;
            (Some(date), time)
        }
    };
    let watchlist = js
        .watchlist
        .into_iter()
        .enumerate()
        .map(|(i, t)| {
            let label = Label::parse(&t.label).ok_or_else(|| {
                JsError::new(&format!(
                    "invalid options.watchlist[{i}].label {:?}: use a contract label such as PERSON or ORG",
                    t.label
                ))
            })?;
            Ok(WatchTerm { term: t.term, label })
        })
        .collect::<Result<_, JsError>>()?;
    Ok(Options { reference_date, reference_time, offsets: OffsetUnit::Utf16, watchlist })
}
