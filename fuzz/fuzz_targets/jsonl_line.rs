//! Fuzzes the command line's JSON-lines reader (`run_jsonl` of
//! `src/cli/annotate.rs`, included as is, not moved) with arbitrary bytes:
//! every non-blank input line must give exactly one output line, in order,
//! that is valid JSON: a document (with the input's id) or an error record.
//! For each line that is a JSON object with a string "text", the document's
//! spans must be exact UTF-16 slices of that text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use serde_json::Value;

#[path = "../../src/cli/args.rs"]
#[allow(dead_code)]
mod args;

/// `src/cli/annotate.rs` itself (its `//!` lines stripped by build.rs, as
/// `include!` does not take inner doc comments), plus an entry point.
#[allow(dead_code)]
mod cli_annotate {
    include!(concat!(env!("OUT_DIR"), "/cli_annotate.rs"));

    pub fn read_jsonl(input: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        let reader: Box<dyn Read> = Box::new(io::Cursor::new(input.to_vec()));
        run_jsonl(reader, "<fuzz>", &Options::default(), &mut out).expect("reading from memory cannot fail");
        out
    }
}

fuzz_target!(|input: &[u8]| {
    let output = cli_annotate::read_jsonl(input);
    let records: Vec<&[u8]> = output.split(|&b| b == b'\n').filter(|l| !l.is_empty()).collect();
    let lines: Vec<&[u8]> = input
        .split(|&b| b == b'\n')
        .map(|l| l.strip_suffix(b"\r").unwrap_or(l))
        .filter(|l| !l.iter().all(u8::is_ascii_whitespace))
        .collect();
    assert_eq!(records.len(), lines.len(), "one output line per non-blank input line");
    for (line, record) in lines.iter().zip(&records) {
        let record: Value = serde_json::from_slice(record).expect("each output line is JSON");
        let record = record.as_object().expect("each output line is an object");
        assert!(record.contains_key("error") != record.contains_key("spans"), "an error or a document: {record:?}");
        if let Some(error) = record.get("error") {
            assert!(record.contains_key("id") || record.contains_key("line"), "an error names its id or line");
            assert!(!error.as_str().unwrap_or("").contains("internal error"), "the core failed: {error}");
            continue;
        }
        // The document of a line we can read ourselves: exact UTF-16 slices.
        let Ok(Value::Object(object)) = serde_json::from_slice::<Value>(line) else { continue };
        // The id is echoed (numbers beyond f64 precision aside: serde_json
        // reads them as f64 on both sides, so they may round differently).
        let exact = |v: Option<&Value>| !v.is_some_and(|v| v.is_f64() && v.as_f64().is_some_and(|f| f.abs() >= 9007199254740992.0));
        if exact(object.get("id")) {
            assert_eq!(object.get("id"), record.get("id"), "the id is echoed");
        }
        let Some(Value::String(text)) = object.get("text") else { continue };
        let utf16: Vec<u16> = text.encode_utf16().collect();
        let mut previous_end = 0;
        for span in record["spans"].as_array().expect("spans") {
            let start = span["start"].as_u64().expect("start") as usize;
            let end = span["end"].as_u64().expect("end") as usize;
            assert!(previous_end <= start && start < end && end <= utf16.len(), "span {start}..{end} out of order or range");
            previous_end = end;
            let slice = String::from_utf16(&utf16[start..end]).expect("span ends on character boundaries");
            assert_eq!(Some(slice.as_str()), span["text"].as_str(), "span text is the slice");
        }
    }
});
