//! Names on today's news: texts written for these tests, each with the
//! names a reader expects (surface and label) and the words a reader would
//! call wrong if they were highlighted.

use newsmark::{annotate, Document, Options};

fn doc(text: &str) -> Document {
    annotate(text, &Options::default())
}

/// The labels of the names whose text is exactly `surface`.
fn labels(document: &Document, surface: &str) -> Vec<String> {
    document.spans.iter().filter(|s| s.text == surface && s.label.is_name()).map(|s| s.label.to_string()).collect()
}

macro_rules! names {
    ($($test:ident: $text:expr => [$($surface:expr => $label:expr),* $(,)?] $(not [$($never:expr),* $(,)?])?;)*) => {$(
        #[test]
        fn $test() {
            let document = doc($text);
            $(
                let found = labels(&document, $surface);
                assert!(!found.is_empty() && found.iter().all(|l| l == $label),
                    "{:?}: expected {} everywhere, found {:?}", $surface, $label, found);
            )*
            $($(
                assert!(labels(&document, $never).is_empty(), "{:?} must not be a name: {:?}", $never, document.spans);
            )*)?
        }
    )*};
}

names! {
    companies_of_today:
        "OpenAI released a model on Tuesday, as Anthropic, Perplexity and Epic Games stepped up their plans. Amazon and Google are testing similar tools, while Meta opened its models."
        => ["OpenAI" => "ORG", "Anthropic" => "ORG", "Perplexity" => "ORG", "Epic Games" => "ORG",
            "Amazon" => "ORG", "Google" => "ORG", "Meta" => "ORG"];
    one_entity_one_type:
        "OpenAI unveils new model\nOpenAI said on Monday that OpenAI would open an office in London."
        => ["OpenAI" => "ORG", "London" => "GPE"];
    products_the_tagger_never_saw:
        "The company said ChatGPT would reach the iPhone through iOS, powered by GPT-4o."
        => ["ChatGPT" => "PRODUCT", "iPhone" => "PRODUCT", "iOS" => "PRODUCT", "GPT-4o" => "PRODUCT"];
    connectives_acronyms_and_titles_are_not_names:
        "Moreover, the CEO said AI would help. Additionally, GDP rose. Furthermore, the IPO was delayed."
        => [] not ["Moreover", "Additionally", "Furthermore", "CEO", "AI", "GDP", "IPO"];
    awards_and_festivals_whole:
        "The film, which premiered at the 77th Cannes Film Festival, won the Palme d'Or. Samantha Harvey won the 2024 Booker Prize."
        => ["77th Cannes Film Festival" => "EVENT", "Palme d'Or" => "WORK_OF_ART", "2024 Booker Prize" => "WORK_OF_ART",
            "Samantha Harvey" => "PERSON"];
    a_long_law_name_whole:
        "Regulators said the app may breach the Children's Online Privacy Protection Act of 1998."
        => ["Children's Online Privacy Protection Act of 1998" => "LAW"];
    a_law_with_its_short_form:
        "Lawmakers approved the Artificial Intelligence (AI) Act on Wednesday."
        => ["Artificial Intelligence (AI) Act" => "LAW"];
    languages:
        "The app now speaks Cantonese and Swahili, and Manx speakers can use it too."
        => ["Cantonese" => "LANGUAGE", "Swahili" => "LANGUAGE", "Manx" => "LANGUAGE"];
    a_name_inside_a_compound:
        "The English-speaking pupils met a Paris-born singer."
        => ["English" => "LANGUAGE", "Paris" => "GPE"];
    a_storm_is_an_event:
        "Hurricane Milton made landfall near Tampa. Milton then weakened."
        => ["Hurricane Milton" => "EVENT", "Milton" => "EVENT", "Tampa" => "GPE"];
    facilities:
        "Heathrow Airport closed after a fire, and flights to Paris were cancelled."
        => ["Heathrow Airport" => "FAC", "Paris" => "GPE"];
    a_title_after_a_work_noun:
        "Harvey won for her novel Orbital, a book set on a space station."
        => ["Orbital" => "WORK_OF_ART", "Harvey" => "PERSON"];
    a_law_the_tagger_missed:
        "President Joe Biden signed the Inflation Reduction Act at the White House."
        => ["Inflation Reduction Act" => "LAW", "Joe Biden" => "PERSON"];
    an_album_title_with_its_the:
        "Taylor Swift's album The Tortured Poets Department topped the charts."
        => ["The Tortured Poets Department" => "WORK_OF_ART", "Taylor Swift" => "PERSON"];
    a_listed_company_at_the_start_of_a_sentence:
        "Pfizer shares fell after the regulator delayed approval."
        => ["Pfizer" => "ORG"];
    weekdays_and_months_are_not_names:
        "Monday was busy. January was cold."
        => [] not ["Monday", "January"];
}

#[test]
fn a_club_s_short_form_joins_its_group() {
    let document = doc("Manchester United beat Arsenal on Sunday. United scored twice in the second half.");
    let group = |surface: &str| document.spans.iter().find(|s| s.text == surface).and_then(|s| s.group);
    assert!(group("United").is_some());
    assert_eq!(group("United"), group("Manchester United"));
    assert_ne!(group("Arsenal"), group("Manchester United"));
}
