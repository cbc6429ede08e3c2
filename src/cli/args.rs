//! Command-line arguments, parsed by hand: a handful of flags do not need a
//! parser crate.

use newsmark::dates::calendar::parse_reference;
use newsmark::{Label, OffsetUnit, Options, WatchTerm};

/// Arguments of `newsmark annotate`.
pub struct AnnotateArgs {
    /// The input file; standard input when `None`.
    pub file: Option<String>,
    /// One JSON object per line in, one document per line out.
    pub jsonl: bool,
    /// Options for the core.
    pub options: Options,
}

impl AnnotateArgs {
    pub fn parse(args: &[String]) -> Result<AnnotateArgs, String> {
        let mut parsed = AnnotateArgs { file: None, jsonl: false, options: Options::default() };
        let mut iter = args.iter();
        while let Some(arg) = iter.next() {
            let (flag, inline) = match arg.split_once('=') {
                Some((flag, value)) if arg.starts_with("--") => (flag, Some(value.to_string())),
                _ => (arg.as_str(), None),
            };
            let mut value = |name: &str| -> Result<String, String> {
                inline.clone().or_else(|| iter.next().cloned()).ok_or_else(|| format!("{name} needs a value"))
            };
            match flag {
                "--jsonl" => parsed.jsonl = true,
                "--offsets" => {
                    let unit = value("--offsets")?;
                    parsed.options.offsets = OffsetUnit::parse(&unit)
                        .ok_or_else(|| format!("--offsets {unit:?}: expected utf16, chars or utf8"))?;
                }
                "--reference-date" => {
                    let date = value("--reference-date")?;
                    let (date, time) = parse_reference(&date).map_err(|e| format!("--reference-date: {e}"))?;
                    parsed.options.reference_date = Some(date);
                    parsed.options.reference_time = time;
                }
                "--watch" => {
                    let spec = value("--watch")?;
                    parsed.options.watchlist.push(parse_watch(&spec)?);
                }
                "-" if parsed.file.is_none() => {}
                _ if flag.starts_with('-') && flag.len() > 1 => return Err(format!("unknown option {flag:?}")),
                _ if parsed.file.is_none() => parsed.file = Some(arg.clone()),
                _ => return Err(format!("unexpected argument {arg:?}: give at most one FILE")),
            }
        }
        Ok(parsed)
    }
}

/// `TERM:LABEL`, e.g. `Open RAN:PRODUCT`.
fn parse_watch(spec: &str) -> Result<WatchTerm, String> {
    let (term, label) = spec.rsplit_once(':').ok_or_else(|| format!("--watch {spec:?}: expected TERM:LABEL"))?;
    let label = Label::parse(label).ok_or_else(|| format!("--watch {spec:?}: unknown label {label:?}"))?;
    if term.trim().is_empty() {
        return Err(format!("--watch {spec:?}: the term is empty"));
    }
    Ok(WatchTerm { term: term.trim().to_string(), label })
}
