//! Copies `src/cli/annotate.rs` into OUT_DIR without its `//!` lines, so the
//! JSONL fuzz target can `include!` the command line's reader unchanged.
fn main() {
    let source = "../src/cli/annotate.rs";
    println!("cargo:rerun-if-changed={source}");
    let text = std::fs::read_to_string(source).expect("src/cli/annotate.rs");
    let stripped: String =
        text.lines().filter(|l| !l.trim_start().starts_with("//!")).map(|l| format!("{l}\n")).collect();
    let out = std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join("cli_annotate.rs");
    std::fs::write(out, stripped).unwrap();
}
