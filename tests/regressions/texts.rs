//! Texts that several test files generate: news paragraphs of any length.

/// News paragraphs: many sentences, numbers, dates and names.
pub fn news(bytes: usize, line_breaks: bool) -> String {
    let paragraph =
        "Meridian Telecom said on Tuesday that revenue rose 12% to $4.2 billion in the third quarter of 2024. \
        Maria Okafor, its chief executive, told reporters that about 1,200 jobs would go in Lagos by March. \
        \"We expect 2.5 million users next year,\" Okafor said. The shares fell 3.4 percent on Oct. 14.";
    let separator = if line_breaks { "\n\n" } else { " " };
    let mut text = String::with_capacity(bytes + paragraph.len());
    while text.len() < bytes {
        text.push_str(paragraph);
        text.push_str(separator);
    }
    text
}
