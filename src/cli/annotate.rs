//! `newsmark annotate`: one document, or a JSON-lines batch annotated on all
//! cores with output in input order.

use std::io::{self, BufRead, BufReader, IsTerminal, Read, Write};
use std::panic::{self, AssertUnwindSafe};

use newsmark::dates::calendar::parse_reference;
use newsmark::{annotate, Document, Options};
use serde::Serialize;
use serde_json::Value;

use crate::args::AnnotateArgs;

/// Lines handed to the worker threads at a time: large enough to keep every
/// core busy, small enough that output starts quickly and memory stays flat.
const BATCH_LINES: usize = 512;

pub fn run(args: &AnnotateArgs) -> Result<(), String> {
    let name = args.file.as_deref().unwrap_or("<stdin>");
    let input: Box<dyn Read> = match &args.file {
        Some(path) => Box::new(std::fs::File::open(path).map_err(|e| format!("cannot read {path}: {e}"))?),
        None => Box::new(io::stdin().lock()),
    };
    let stdout = io::stdout().lock();
    let mut out = io::BufWriter::with_capacity(1 << 16, stdout);
    if args.jsonl {
        run_jsonl(input, name, &args.options, &mut out)?;
    } else {
        let mut bytes = Vec::new();
        BufReader::new(input).read_to_end(&mut bytes).map_err(|e| format!("cannot read {name}: {e}"))?;
        let text = std::str::from_utf8(&bytes)
            .map_err(|e| format!("{name}: invalid UTF-8 at byte {} (the text must be UTF-8)", e.valid_up_to()))?;
        let document = annotate(text, &args.options);
        serde_json::to_writer_pretty(&mut out, &document).map_err(|e| format!("cannot write the document: {e}"))?;
        out.write_all(b"\n").map_err(write_error)?;
    }
    out.flush().map_err(write_error)
}

fn write_error(e: io::Error) -> String {
    format!("cannot write the output: {e}")
}

/// One output line: the document with the input's id, or an error record.
#[derive(Serialize)]
#[serde(untagged)]
enum Record {
    Document {
        #[serde(skip_serializing_if = "Option::is_none")]
        id: Option<Value>,
        #[serde(flatten)]
        document: Document,
    },
    Error {
        #[serde(skip_serializing_if = "Option::is_none")]
        id: Option<Value>,
        #[serde(skip_serializing_if = "Option::is_none")]
        line: Option<usize>,
        error: String,
    },
}

fn run_jsonl(input: Box<dyn Read>, name: &str, options: &Options, out: &mut impl Write) -> Result<(), String> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let progress = io::stderr().is_terminal();
    let mut reader = BufReader::with_capacity(1 << 16, input);
    let mut line_number = 0;
    let mut done = 0usize;
    let mut at_end = false;
    while !at_end {
        // Read a batch of raw lines (bytes: a line of invalid UTF-8 is one
        // bad record, not a failed run).
        let mut batch: Vec<(usize, Vec<u8>)> = Vec::with_capacity(BATCH_LINES * threads);
        while batch.len() < BATCH_LINES * threads {
            let mut line = Vec::new();
            let read = reader.read_until(b'\n', &mut line).map_err(|e| format!("cannot read {name}: {e}"))?;
            if read == 0 {
                at_end = true;
                break;
            }
            line_number += 1;
            while line.last().is_some_and(|b| *b == b'\n' || *b == b'\r') {
                line.pop();
            }
            if line.iter().all(u8::is_ascii_whitespace) {
                continue; // blank lines carry no record
            }
            batch.push((line_number, line));
        }
        let records = annotate_batch(&batch, options, threads);
        for record in records {
            serde_json::to_writer(&mut *out, &record).map_err(|e| format!("cannot write the output: {e}"))?;
            out.write_all(b"\n").map_err(write_error)?;
        }
        done += batch.len();
        if progress && !batch.is_empty() {
            eprint!("\rnewsmark: annotated {done} lines of {name}");
        }
    }
    if progress && done > 0 {
        eprintln!();
    }
    Ok(())
}

/// Annotates a batch on `threads` threads; records come back in input order.
fn annotate_batch(batch: &[(usize, Vec<u8>)], options: &Options, threads: usize) -> Vec<Record> {
    if batch.len() < 2 || threads < 2 {
        return batch.iter().map(|(n, line)| annotate_line(*n, line, options)).collect();
    }
    let chunk = batch.len().div_ceil(threads);
    std::thread::scope(|scope| {
        let handles: Vec<_> = batch
            .chunks(chunk)
            .map(|lines| {
                scope.spawn(move || lines.iter().map(|(n, line)| annotate_line(*n, line, options)).collect::<Vec<_>>())
            })
            .collect();
        handles.into_iter().flat_map(|h| h.join().unwrap_or_default()).collect()
    })
}

/// Annotates one JSONL line, or says what is wrong with it.
fn annotate_line(line_number: usize, line: &[u8], options: &Options) -> Record {
    let error = |id: Option<Value>, message: String| Record::Error {
        line: if id.is_none() { Some(line_number) } else { None },
        id,
        error: message,
    };
    let text = match std::str::from_utf8(line) {
        Ok(text) => text,
        Err(e) => return error(None, format!("line {line_number}: invalid UTF-8 at byte {}", e.valid_up_to())),
    };
    let value: Value = match serde_json::from_str(text) {
        Ok(value) => value,
        Err(first) => match replace_lone_surrogates(text).and_then(|fixed| serde_json::from_str(&fixed).ok()) {
            Some(value) => value,
            None => return error(None, format!("line {line_number}: invalid JSON: {first}")),
        },
    };
    let Value::Object(mut object) = value else {
        return error(None, format!("line {line_number}: expected a JSON object with a \"text\" field"));
    };
    let id = object.remove("id");
    let text = match object.remove("text") {
        Some(Value::String(text)) => text,
        Some(_) => return error(id, format!("line {line_number}: \"text\" must be a string")),
        None => return error(id, format!("line {line_number}: missing \"text\"")),
    };
    let mut options = options.clone();
    match object.get("reference_date") {
        None | Some(Value::Null) => {}
        Some(Value::String(date)) => match parse_reference(date) {
            Ok((date, time)) => (options.reference_date, options.reference_time) = (Some(date), time),
            Err(e) => return error(id, format!("line {line_number}: reference_date: {e}")),
        },
        Some(_) => return error(id, format!("line {line_number}: \"reference_date\" must be a string YYYY-MM-DD")),
    }
    // A bug in the core must cost one record, not the batch.
    match panic::catch_unwind(AssertUnwindSafe(|| annotate(&text, &options))) {
        Ok(document) => Record::Document { id, document },
        Err(_) => error(id, format!("line {line_number}: internal error while annotating (please report it)")),
    }
}

/// JSON may escape lone UTF-16 surrogates ("\ud800"), which a Rust string
/// cannot hold. Replacing each with U+FFFD keeps every offset: both count as
/// one UTF-16 unit and one code point.
fn replace_lone_surrogates(line: &str) -> Option<String> {
    let bytes = line.as_bytes();
    let mut out = String::with_capacity(line.len());
    let mut i = 0;
    let mut changed = false;
    let hex_at = |i: usize| -> Option<u32> {
        let digits = line.get(i + 2..i + 6)?;
        (bytes.get(i) == Some(&b'\\') && bytes.get(i + 1) == Some(&b'u')).then_some(())?;
        u32::from_str_radix(digits, 16).ok()
    };
    while i < bytes.len() {
        if bytes[i] == b'\\' {
            if let Some(unit) = hex_at(i) {
                let is_high = (0xD800..0xDC00).contains(&unit);
                let is_low = (0xDC00..0xE000).contains(&unit);
                let paired = is_high && hex_at(i + 6).is_some_and(|next| (0xDC00..0xE000).contains(&next));
                if paired {
                    out.push_str(&line[i..i + 12]);
                    i += 12;
                    continue;
                }
                if is_high || is_low {
                    out.push_str("\\ufffd");
                    changed = true;
                    i += 6;
                    continue;
                }
            }
            // Any other escape: copy the backslash and the escaped character.
            let escaped_len = line[i + 1..].chars().next().map_or(0, char::len_utf8);
            out.push_str(&line[i..i + 1 + escaped_len]);
            i += 1 + escaped_len;
            continue;
        }
        let len = line[i..].chars().next().map_or(1, char::len_utf8);
        out.push_str(&line[i..i + len]);
        i += len;
    }
    changed.then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lone_surrogates_become_replacement_characters() {
        assert_eq!(replace_lone_surrogates(r#"{"text":"a\ud800b"}"#).as_deref(), Some(r#"{"text":"a\ufffdb"}"#));
        assert_eq!(replace_lone_surrogates(r#"{"text":"\ud83d\ude00 \\ud800"}"#), None);
    }
}
