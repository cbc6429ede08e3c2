//! Prints how the statistics layer scores on the hand-annotated set
//! (`tests/statistics/gold.jsonl`): detection, subject, time, change
//! direction, source and fully right, overall and per domain; `--misses`
//! lists what each wrong figure got wrong.
//!
//! `cargo run --release --example statistics_suite [-- --misses]`

#[path = "../tests/statistics/score.rs"]
mod score;

fn main() {
    let (total, domains, misses) = score::score_all();
    println!("{}\n", total.report());
    for (domain, score) in &domains {
        println!(
            "{domain:<10} {:>3} figures  subject {:.2}  time {:.2}  change {:.2}  source {:.2}  fully {:.2}",
            score.gold,
            score.subject(),
            score.time(),
            score.change(),
            score.source(),
            score.fully()
        );
    }
    if std::env::args().any(|a| a == "--misses") {
        println!();
        for miss in &misses {
            println!("{:<12} {:<24} {}", miss.id, miss.value, miss.wrong.join("; "));
        }
    }
}
