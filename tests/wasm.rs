//! The WebAssembly module as JavaScript sees it: run in Node and in headless
//! Chromium by `scripts/test.sh` (wasm-bindgen-test-runner). Offsets are
//! checked with JavaScript's own `String.prototype.slice`.
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, JsString, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

fn get(object: &JsValue, key: &str) -> JsValue {
    Reflect::get(object, &JsValue::from_str(key)).expect("property")
}

fn options(reference_date: &str) -> JsValue {
    let options = Object::new();
    Reflect::set(&options, &"referenceDate".into(), &reference_date.into()).unwrap();
    options.into()
}

/// Annotates a JS string (which may hold lone surrogates) and checks that
/// every span's `text` is `text.slice(start, end)` in UTF-16 units.
fn check_slices(text: &JsString) -> Array {
    let rust_text: String = text.into();
    let document = newsmark::wasm::annotate(&rust_text, JsValue::UNDEFINED).expect("annotate");
    let spans: Array = get(&document, "spans").dyn_into().expect("spans array");
    for span in spans.iter() {
        let start = get(&span, "start").as_f64().unwrap() as u32;
        let end = get(&span, "end").as_f64().unwrap() as u32;
        let slice = text.slice(start, end);
        assert_eq!(JsValue::from(slice), get(&span, "text"), "span {start}..{end}");
    }
    spans
}

#[wasm_bindgen_test]
fn offsets_are_utf16_with_emoji_cjk_and_combining_marks() {
    let text = JsString::from("😀😀 Pavel Durov visited 東京 on Oct. 14.\r\nCafe\u{301} owners in Kazakhstan’s capital said 25% rose. 🇰🇿 Telegram grew 12.5 million users.");
    let spans = check_slices(&text);
    assert!(spans.length() > 0, "the text has spans to check");
}

#[wasm_bindgen_test]
fn lone_surrogates_do_not_shift_offsets() {
    // "\ud800" cannot be a Rust char: it arrives as U+FFFD, also one UTF-16 unit.
    let text = JsString::from_char_code1(0xD800)
        .concat(&" Prices rose 25% on Oct. 14 ".into())
        .concat(&JsString::from_char_code1(0xDC00).into())
        .concat(&" in Kazakhstan.".into());
    let spans = check_slices(&text);
    let percent = spans.iter().find(|s| get(s, "label") == "PERCENT").expect("a PERCENT span");
    assert_eq!(get(&percent, "text"), "25%");
    assert_eq!(get(&percent, "start").as_f64(), Some(14.0));
}

#[wasm_bindgen_test]
fn returns_a_plain_object_of_the_contract() {
    let document =
        newsmark::wasm::annotate("Telegram said 12.5 million people used it last year.", options("2024-10-20"))
            .unwrap();
    assert!(Array::is_array(&get(&document, "spans")));
    assert!(Array::is_array(&get(&document, "groups")));
    assert!(Array::is_array(&get(&document, "statistics")));
    let spans: Array = get(&document, "spans").dyn_into().unwrap();
    let first = spans.get(0);
    // Absent optional fields are absent, not null or undefined-valued keys.
    assert!(!Reflect::has(&first, &"timex".into()).unwrap() || get(&first, "label") == "DATE");
}

#[wasm_bindgen_test]
fn invalid_options_are_clear_errors() {
    let error = newsmark::wasm::annotate("text", options("14/10/2024")).unwrap_err();
    let message: String = js_sys::Error::from(JsValue::from(error)).message().into();
    assert!(message.contains("referenceDate"), "{message}");
}

#[wasm_bindgen_test]
fn empty_text_gives_an_empty_document() {
    let document = newsmark::wasm::annotate("", JsValue::NULL).unwrap();
    let spans: Array = get(&document, "spans").dyn_into().unwrap();
    assert_eq!(spans.length(), 0);
}

#[wasm_bindgen_test]
fn packed_documents_unpack_to_what_serde_builds() {
    // Every kind of object and optional field: names and groups, values,
    // ranges, units, qualifiers, dates, confidences, statistics with changes,
    // sources and frequencies, quotes with and without a known speaker, and
    // strings outside ASCII (whose lengths count UTF-16 units).
    let texts = [
        include_str!("golden/article.txt"),
        "Officials said prices rose 10-15% to about €3.2bn in Q3 2024, up from 2.1 billion a year earlier.",
        "“We will grow by 25% next year,” Zoë Ångström said on Monday. Officials said: \"The plan failed completely.\" 🇸🇪",
        "Exports fell 3 points to 41.5% every month since March, according to the Ministry of Trade.",
        "",
        "日本 Tokyo 12 km 😀 $5",
    ];
    let reference = newsmark::Options {
        reference_date: newsmark::dates::calendar::parse_reference("2024-10-20").ok().map(|(d, _)| d),
        offsets: newsmark::OffsetUnit::Utf16,
        ..Default::default()
    };
    let mut seen = String::new();
    for text in texts {
        let document = newsmark::annotate(text, &reference);
        let packed = String::from(js_sys::JSON::stringify(&newsmark::wasm::to_js(&document)).unwrap());
        let by_serde = js_sys::JSON::stringify(&newsmark::wasm::to_js_by_serde(&document).unwrap()).unwrap();
        assert_eq!(packed, String::from(by_serde), "{text}");
        seen += &packed;
    }
    for field in [
        "\"group\"",
        "\"value\"",
        "\"value_max\"",
        "\"unit\"",
        "\"approx\"",
        "\"timex\"",
        "\"confidence\"",
        "\"subject\":\"",
        "\"time_span\":",
        "\"frequency\"",
        "\"change\":{",
        "\"baseline\"",
        "\"span\"",
        "\"source_group\":",
        "\"source\"",
        "\"speaker_group\":",
        "\"speaker\"",
        "\"subject\":null",
    ] {
        assert!(seen.contains(field), "no text gives {field}: {seen}");
    }
}

/// The module's allocator (`src/wasm/alloc.rs`) reuses freed small blocks:
/// blocks of every class, freed in a scrambled order and handed out again,
/// never overlap, and vectors keep their contents as they grow through the
/// classes into dlmalloc's sizes and shrink back.
#[wasm_bindgen_test]
fn reused_blocks_never_overlap_and_keep_their_contents() {
    let pattern = |k: usize, len: usize| -> Vec<u8> { (0..len).map(|i| (k * 31 + i) as u8).collect() };
    let mut seed = 0x2545_f491_u32;
    let mut next = move |below: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 17;
        seed ^= seed << 5;
        seed as usize % below
    };
    for round in 0..4 {
        let mut blocks: Vec<(usize, Vec<u8>)> = (0..600).map(|k| (k, pattern(k, 1 + next(700)))).collect();
        // Free about half, scrambled, then allocate as many again: the freed
        // blocks are reused while the others are still in use.
        for _ in 0..300 {
            let at = next(blocks.len());
            blocks.swap_remove(at);
        }
        blocks.extend((0..300).map(|k| (1000 + k, pattern(1000 + k, 1 + next(700)))));
        for (k, block) in &blocks {
            assert_eq!(*block, pattern(*k, block.len()), "round {round}, block {k} was overwritten");
        }
    }
    let mut grown = Vec::new();
    for i in 0..5000u32 {
        grown.push(i);
        if i % 97 == 0 {
            assert!(grown.iter().copied().eq(0..=i), "lost contents growing to {} items", i + 1);
        }
    }
    grown.truncate(10);
    grown.shrink_to_fit();
    assert_eq!(grown, (0..10).collect::<Vec<_>>());
    let text: String = (0..300).map(|i| char::from(b'a' + (i % 26) as u8)).collect();
    let mut copy = String::new();
    for c in text.chars() {
        copy.push(c);
    }
    assert_eq!(copy, text);
}
