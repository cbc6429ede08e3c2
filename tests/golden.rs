//! The golden article (`tests/golden/article.txt`): every mention that a
//! real article exercises, one line per expectation.

use newsmark::{annotate, Date, Document, Label, Options, Span};

fn golden() -> (String, Document) {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden/article.txt")).unwrap();
    let options = Options { reference_date: Some(Date::new(2024, 10, 20).unwrap()), ..Options::default() };
    let document = annotate(&text, &options);
    (text, document)
}

/// The spans whose text is exactly `surface`.
fn spans<'d>(document: &'d Document, surface: &str) -> Vec<&'d Span> {
    document.spans.iter().filter(|s| s.text == surface).collect()
}

/// Checks that `surface` is highlighted (every occurrence, at least `count`) with `label`.
fn expect(document: &Document, surface: &str, label: Label, count: usize) {
    let found = spans(document, surface);
    assert!(found.len() >= count, "{surface:?}: expected {count} spans, found {}: {:#?}", found.len(), document.spans);
    for span in found {
        assert_eq!(span.label, label, "{surface:?} at {}", span.start);
    }
}

#[test]
fn names() {
    let (_, doc) = golden();
    for (surface, label, count) in [
        ("Meta", Label::Org, 3),
        ("Telegram", Label::Org, 3),
        ("Kazakhstan", Label::Gpe, 3),
        ("ASTANA", Label::Gpe, 1),
        ("Newsmark", Label::Org, 1),
        ("Ministry of Digital Development, Innovations, and Aerospace Industry", Label::Org, 1),
        ("Zhaslan Madiyev", Label::Person, 1),
        ("Pavel Durov", Label::Person, 1),
        ("Durov", Label::Person, 1),
        ("Dubai", Label::Gpe, 1),
        ("WhatsApp", Label::Org, 1),
        ("Apple", Label::Org, 1),
        ("U.S. Chamber of Commerce", Label::Org, 1),
    ] {
        expect(&doc, surface, label, count);
    }
}

#[test]
fn possessives_stay_outside_names() {
    let (_, doc) = golden();
    assert!(doc.spans.iter().all(|s| !s.text.ends_with("’s") && !s.text.ends_with("'s")), "{:#?}", doc.spans);
}

#[test]
fn numbers_and_dates() {
    let (_, doc) = golden();
    let value = |surface: &str| spans(&doc, surface).first().and_then(|s| s.value);
    let timex = |surface: &str| spans(&doc, surface).iter().map(|s| s.timex.clone()).collect::<Vec<_>>();
    assert_eq!(value("1.2B"), Some(1.2e9));
    assert_eq!(value("1.2 billion"), Some(1.2e9));
    assert_eq!(value("12.5 million"), Some(12.5e6));
    assert_eq!(spans(&doc, "12.5 million")[0].unit.as_deref(), Some("people"));
    assert_eq!(value("25%"), Some(25.0));
    assert_eq!(value("$85.8 billion"), Some(85.8e9));
    assert_eq!(spans(&doc, "$85.8 billion")[0].unit.as_deref(), Some("USD"));
    let half = doc.spans.iter().find(|s| s.text.starts_with("over half")).expect("over half the population");
    assert_eq!((half.value, half.approx.as_deref()), (Some(0.5), Some("over")));
    assert_eq!(timex("Oct. 14"), vec![Some("2024-10-14".to_string()); 2]);
    assert_eq!(timex("late August"), vec![Some("2024-08".to_string())]);
    assert_eq!(timex("last year"), vec![Some("2023".to_string())]);
    assert_eq!(timex("third quarter of 2024"), vec![Some("2024-Q3".to_string()); 2]);
}

#[test]
fn durov_is_one_group() {
    let (_, doc) = golden();
    let full = spans(&doc, "Pavel Durov")[0];
    let short = spans(&doc, "Durov")[0];
    assert!(full.group.is_some());
    assert_eq!(full.group, short.group);
    assert_eq!(doc.groups[full.group.unwrap()].name, "Pavel Durov");
}

#[test]
fn statistics_are_linked() {
    let (_, doc) = golden();
    let stat_of = |surface: &str| {
        let span = spans(&doc, surface)[0];
        doc.statistics.iter().find(|s| s.value_span == span.id).unwrap_or_else(|| panic!("no statistic for {surface}"))
    };
    let users = stat_of("12.5 million");
    assert!(users.subject.as_deref().is_some_and(|s| s.contains("Kazakhstan")), "{users:?}");
    assert_eq!(users.frequency.as_deref(), Some("monthly"));
    let change = users.change.as_ref().expect("a change");
    assert_eq!(
        (change.direction, change.value, change.baseline.as_deref()),
        (newsmark::Direction::Up, Some(25.0), Some("last year"))
    );
    let durov = spans(&doc, "Pavel Durov")[0].group;
    assert_eq!(users.source_group, durov);

    let accounts = stat_of("1.2 billion");
    assert!(accounts.subject.as_deref().is_some_and(|s| s.contains("fake accounts")), "{accounts:?}");
    let when = accounts.time_span.map(|i| doc.spans[i].timex.clone());
    assert_eq!(when, Some(Some("2024-Q3".to_string())));
    let meta = doc.spans.iter().find(|s| s.text == "Meta").and_then(|s| s.group);
    assert_eq!(accounts.source_group, meta);
}

#[test]
fn spans_are_sorted_disjoint_exact_slices() {
    let (text, doc) = golden();
    let utf16: Vec<u16> = text.encode_utf16().collect();
    let mut last_end = 0;
    for (i, span) in doc.spans.iter().enumerate() {
        assert_eq!(span.id, i);
        assert!(span.start >= last_end && span.start < span.end);
        assert_eq!(String::from_utf16(&utf16[span.start..span.end]).unwrap(), span.text);
        last_end = span.end;
    }
}
