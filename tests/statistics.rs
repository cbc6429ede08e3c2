//! The statistics layer on the hand-annotated set (`tests/statistics/gold.jsonl`):
//! each measure must stay at or above its floor. Floors only go up: raise
//! one when a change lifts the figure (`cargo run --example statistics_suite`
//! prints them).

#[path = "statistics/score.rs"]
mod score;

/// (measure, floor): the figures measured when each floor was last raised.
const FLOORS: [(&str, f64); 7] = [
    ("detection precision", 0.99),
    ("detection recall", 0.99),
    ("subject", 0.97),
    ("time", 0.90),
    ("change direction", 0.98),
    ("source", 0.99),
    ("fully right", 0.88),
];

#[test]
fn the_gold_set_has_enough_figures_across_the_domains() {
    let gold = score::gold();
    let figures: usize = gold.iter().map(|t| t.statistics.len()).sum();
    assert!(figures >= 100, "{figures} figures");
    for domain in ["business", "markets", "health", "sports", "politics", "science"] {
        assert!(gold.iter().any(|t| t.domain == domain), "{domain}");
    }
    assert!(gold.iter().map(|t| t.not_statistics.len()).sum::<usize>() >= 30);
}

#[test]
fn statistics_stay_above_their_floors() {
    let (total, _, _) = score::score_all();
    let measured = [
        total.precision(),
        total.recall(),
        total.subject(),
        total.time(),
        total.change(),
        total.source(),
        total.fully(),
    ];
    for ((name, floor), value) in FLOORS.iter().zip(measured) {
        assert!(value >= *floor, "{name}: {value:.3} below its floor {floor:.3}\n{}", total.report());
    }
}
