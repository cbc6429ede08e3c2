//! The command line as CONTRACT.md defines it: input, offsets, JSON lines,
//! and clear errors that lose nothing else.
#![cfg(not(target_arch = "wasm32"))]

use std::io::Write;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

fn newsmark(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_newsmark"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run newsmark");
    // The command may exit before reading its input (a bad flag): a broken pipe is fine.
    let _ = child.stdin.take().unwrap().write_all(stdin);
    child.wait_with_output().unwrap()
}

fn json_lines(output: &Output) -> Vec<Value> {
    String::from_utf8_lossy(&output.stdout).lines().map(|l| serde_json::from_str(l).expect("a JSON line")).collect()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn temp_file(name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let path = std::env::temp_dir().join(format!("newsmark-test-{}-{name}", std::process::id()));
    std::fs::write(&path, bytes).unwrap();
    path
}

#[test]
fn empty_input_gives_an_empty_document() {
    let output = newsmark(&["annotate"], b"");
    assert!(output.status.success());
    let doc: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(doc, serde_json::json!({"spans": [], "groups": [], "statistics": [], "quotes": []}));
}

#[test]
fn offsets_follow_the_requested_unit() {
    // "😀 " is 2 UTF-16 units, 1 code point, 4 bytes (+1 for the space).
    let text = "😀 Prices rose 25%.";
    for (unit, start) in [("utf16", 15), ("chars", 14), ("utf8", 17)] {
        let output = newsmark(&["annotate", "--offsets", unit], text.as_bytes());
        assert!(output.status.success(), "{}", stderr(&output));
        let doc: Value = serde_json::from_slice(&output.stdout).unwrap();
        let percent = doc["spans"].as_array().unwrap().iter().find(|s| s["label"] == "PERCENT").expect("PERCENT");
        assert_eq!(percent["start"], start, "{unit}");
        assert_eq!(percent["text"], "25%");
    }
}

#[test]
fn missing_file_is_named() {
    let output = newsmark(&["annotate", "/no/such/file.txt"], b"");
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("/no/such/file.txt"), "{}", stderr(&output));
}

#[test]
fn invalid_utf8_names_the_file_and_byte() {
    let path = temp_file("latin1.txt", b"Caf\xe9 society");
    let output = newsmark(&["annotate", path.to_str().unwrap()], b"");
    std::fs::remove_file(&path).ok();
    assert_eq!(output.status.code(), Some(2));
    let message = stderr(&output);
    assert!(message.contains("latin1.txt") && message.contains("byte 3"), "{message}");
}

#[test]
fn bad_options_are_refused_clearly() {
    for (args, needle) in [
        (&["annotate", "--offsets", "bytes"][..], "--offsets"),
        (&["annotate", "--reference-date", "14/10/2024"][..], "YYYY-MM-DD"),
        (&["annotate", "--frobnicate"][..], "--frobnicate"),
        (&["annotate", "--watch", "Open RAN:GADGET"][..], "GADGET"),
    ] {
        let output = newsmark(args, b"text");
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(stderr(&output).contains(needle), "{args:?}: {}", stderr(&output));
    }
}

#[test]
fn jsonl_keeps_order_and_isolates_bad_lines() {
    let mut input = Vec::new();
    for i in 0..2000 {
        match i {
            7 => input.extend_from_slice(b"{not json\n"),
            8 => input.extend_from_slice(b"{\"id\": \"no-text\"}\n"),
            9 => input.extend_from_slice(b"{\"id\": 9, \"text\": \"Caf\xe9\"}\n"),
            10 => input.extend_from_slice(b"{\"id\": 10, \"text\": \"x\", \"reference_date\": \"yesterday\"}\n"),
            _ => {
                input.extend_from_slice(format!("{{\"id\": {i}, \"text\": \"Rates rose {i}% in 2024.\"}}\n").as_bytes())
            }
        }
    }
    let output = newsmark(&["annotate", "--jsonl"], &input);
    assert!(output.status.success(), "{}", stderr(&output));
    let records = json_lines(&output);
    assert_eq!(records.len(), 2000);
    assert_eq!(records[7]["line"], 8);
    assert!(records[7]["error"].as_str().unwrap().contains("invalid JSON"));
    assert_eq!(records[8]["id"], "no-text");
    assert!(records[8]["error"].as_str().unwrap().contains("text"));
    assert!(records[9]["error"].as_str().unwrap().contains("UTF-8"));
    assert!(records[10]["error"].as_str().unwrap().contains("reference_date"));
    for (i, record) in records.iter().enumerate().filter(|(i, _)| !(7..=10).contains(i)) {
        assert_eq!(record["id"], i, "records stay in input order");
        assert!(record["spans"].is_array());
    }
}

#[test]
fn jsonl_ids_come_back_exactly_as_written() {
    let input = br#"{"id": 12345678901234567890123, "text": "Up 5%."}
{"id": 0.1000000000000000055511151231257827, "text": "x"}
{"id": {"feed": "wire", "n": [1, 2]}, "text": "x"}
"#;
    let output = newsmark(&["annotate", "--jsonl"], input);
    assert!(output.status.success(), "{}", stderr(&output));
    let lines: Vec<&str> = std::str::from_utf8(&output.stdout).unwrap().lines().collect();
    assert!(lines[0].starts_with(r#"{"id":12345678901234567890123,"#), "{}", lines[0]);
    assert!(lines[1].starts_with(r#"{"id":0.1000000000000000055511151231257827,"#), "{}", lines[1]);
    assert!(lines[2].starts_with(r#"{"id":{"feed":"wire","n":[1,2]},"#), "{}", lines[2]);
}

#[test]
fn jsonl_lone_surrogate_escapes_keep_offsets() {
    let output = newsmark(&["annotate", "--jsonl"], br#"{"id": 1, "text": "\ud800 Prices rose 25%."}"#);
    let records = json_lines(&output);
    let percent = records[0]["spans"].as_array().unwrap().iter().find(|s| s["label"] == "PERCENT").cloned();
    assert_eq!(percent.expect("PERCENT")["start"], 14);
}

#[test]
fn reads_a_file_argument() {
    let path = temp_file("article.txt", "Prices rose 25% last year.".as_bytes());
    let output = newsmark(&["annotate", path.to_str().unwrap(), "--reference-date", "2024-10-20"], b"");
    std::fs::remove_file(&path).ok();
    assert!(output.status.success(), "{}", stderr(&output));
    let doc: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert!(doc["spans"].as_array().unwrap().iter().any(|s| s["label"] == "PERCENT"));
}
