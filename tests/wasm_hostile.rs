//! Hostile input to the WebAssembly module, as JavaScript gives it: lone
//! surrogates, control characters, huge strings, odd options, and a
//! thousand successive calls whose memory must level off. Run in Node and in
//! headless Chromium by `scripts/test.sh` (wasm-bindgen-test-runner), like
//! `tests/wasm.rs`.
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, JsString, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

const SENTENCE: &str =
    "Telegram said on Oct. 14 that 12.5 million people in Kazakhstan used it, up 25% from last year.";

fn get(object: &JsValue, key: &str) -> JsValue {
    Reflect::get(object, &JsValue::from_str(key)).expect("property")
}

fn spans_of(document: &JsValue) -> Array {
    get(document, "spans").dyn_into().expect("spans array")
}

/// Annotates a JS string as the page does (a lone surrogate arrives as
/// U+FFFD, also one UTF-16 unit) and checks every span against the string:
/// sorted, disjoint, inside it, and `text.slice(start, end)` exactly.
fn check(text: &JsString) -> Array {
    let rust_text: String = text.into();
    let well_formed = JsString::from(rust_text.as_str());
    assert_eq!(well_formed.length(), text.length(), "replacing lone surrogates must not shift offsets");
    let document = newsmark::wasm::annotate(&rust_text, JsValue::UNDEFINED).expect("annotate");
    let spans = spans_of(&document);
    let mut previous_end = 0;
    for span in spans.iter() {
        let start = get(&span, "start").as_f64().expect("start") as u32;
        let end = get(&span, "end").as_f64().expect("end") as u32;
        assert!(previous_end <= start && start < end && end <= text.length(), "span {start}..{end}");
        previous_end = end;
        assert_eq!(JsValue::from(well_formed.slice(start, end)), get(&span, "text"), "span {start}..{end}");
        let original: String = text.slice(start, end).into();
        if !original.contains('\u{FFFD}') {
            assert_eq!(
                JsValue::from(text.slice(start, end)),
                get(&span, "text"),
                "span {start}..{end} of the original"
            );
        }
    }
    spans
}

fn js(text: &str) -> JsString {
    JsString::from(text)
}

fn unit(code: u32) -> JsString {
    JsString::from_char_code1(code)
}

#[wasm_bindgen_test]
fn lone_surrogates_anywhere() {
    let high = unit(0xD83D);
    let low = unit(0xDE00);
    let cases = [
        high.concat(&js(SENTENCE).into()),
        js(SENTENCE).concat(&high.clone().into()),
        low.concat(&high.clone().into()).concat(&js(SENTENCE).into()),
        // Reversed pair, runs of highs and lows, one inside a number and a name.
        js("Up ").concat(&low.clone().into()).concat(&high.clone().into()).concat(&js(" 25% on Oct. 14").into()),
        js("Revenue of $1.2")
            .concat(&high.clone().into())
            .concat(&js("B in Kaz").into())
            .concat(&low.clone().into())
            .concat(&js("akhstan.").into()),
        JsString::from_char_code4(0xD800, 0xD800, 0xDBFF, 0xDFFF).concat(&js(SENTENCE).into()),
    ];
    for text in &cases {
        check(text);
    }
    // Thousands of them.
    let mut many = js("");
    for _ in 0..2_000 {
        many = many.concat(&high.clone().into()).concat(&js(" 25% ").into()).concat(&low.clone().into());
    }
    check(&many);
    // A lone surrogate before a span does not shift it.
    let spans = check(&high.concat(&js(" Prices rose 25% on Friday.").into()));
    if let Some(percent) = spans.iter().find(|s| get(s, "label") == "PERCENT") {
        assert_eq!(get(&percent, "start").as_f64(), Some(14.0)); // surrogate, space, "Prices", space, "rose", space
    }
}

#[wasm_bindgen_test]
fn control_characters_overrides_and_joiners() {
    for text in [
        format!("\0{SENTENCE}\0"),
        SENTENCE.replace(' ', "\0"),
        format!("\u{202E}{SENTENCE}\u{202C}"),
        SENTENCE.replace(' ', "\u{200D}"),
        format!("👩‍👩‍👧‍👦 {SENTENCE} 🇰🇿 e\u{301}\u{301}"),
        (0u8..0x20).map(char::from).collect::<String>().repeat(50),
    ] {
        check(&js(&text));
    }
}

#[wasm_bindgen_test]
fn huge_words_and_numbers() {
    check(&js(&format!("{SENTENCE} {} {SENTENCE}", "a".repeat(200_000))));
    check(&js(&format!("Revenue was {} last year.", "9".repeat(20_000))));
    check(&js(&"Durov said 25%. ".repeat(2_000)));
}

#[wasm_bindgen_test]
fn odd_options_are_errors_or_ignored_never_traps() {
    let with = |key: &str, value: JsValue| {
        let options = Object::new();
        Reflect::set(&options, &key.into(), &value).unwrap();
        newsmark::wasm::annotate(SENTENCE, options.into())
    };
    // Wrong types: a clear error, and the module keeps working.
    assert!(with("referenceDate", JsValue::from(20241020)).is_err());
    assert!(with("referenceDate", "2024-02-30".into()).is_err());
    assert!(with("watchlist", "Telegram".into()).is_err());
    assert!(newsmark::wasm::annotate(SENTENCE, JsValue::from(42)).is_err());
    // Odd but well-typed watch terms: a document.
    for term in ["", " ", "\0", "😀", "Telegram said on Oct. 14"] {
        let entry = Object::new();
        Reflect::set(&entry, &"term".into(), &term.into()).unwrap();
        Reflect::set(&entry, &"label".into(), &"PRODUCT".into()).unwrap();
        let document = with("watchlist", Array::of1(&entry).into()).expect("a document");
        assert!(Array::is_array(&get(&document, "spans")));
    }
    assert!(newsmark::wasm::annotate(SENTENCE, JsValue::UNDEFINED).is_ok(), "still working after errors");
}

fn memory_bytes() -> f64 {
    let memory = wasm_bindgen::memory();
    let buffer = get(&memory, "buffer");
    get(&buffer, "byteLength").as_f64().expect("byteLength")
}

#[wasm_bindgen_test]
fn a_thousand_calls_level_off_in_memory() {
    // Small, so that a debug build in a busy browser stays quick, but with spans, groups and statistics.
    let article = format!(
        "{SENTENCE}\n\nPavel Durov, its founder, said revenue rose 12% to $1.2B in the third quarter of 2024.\n"
    );
    // Warm up: the models are parsed once and the allocator finds its size.
    for _ in 0..200 {
        newsmark::wasm::annotate(&article, JsValue::UNDEFINED).expect("annotate");
    }
    let plateau = memory_bytes();
    for _ in 0..800 {
        newsmark::wasm::annotate(&article, JsValue::UNDEFINED).expect("annotate");
    }
    let after = memory_bytes();
    // Identical calls reuse the same memory: allow four 64 KiB pages of slack, so a
    // leak of more than about 330 bytes a call fails.
    assert!(after <= plateau + 262_144.0, "memory grew from {plateau} to {after} bytes over 800 calls");
}
