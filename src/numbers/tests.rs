//! What the number recogniser finds, one line per case: the input, the span
//! it must propose, its label and value, and (only when given) its upper
//! end, unit and qualifier; a field left out must be absent.

use super::recognise;
use crate::document::Label;
use crate::mention::Mention;
use crate::tokenize::{sentences, tokenize};

fn mentions(text: &str) -> Vec<Mention> {
    let tokens = tokenize(text);
    let sentences = sentences(text, &tokens);
    recognise(text, &tokens, &sentences)
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

/// Checks that `text` yields a mention spanning `span` with these values.
#[allow(clippy::too_many_arguments)]
fn check(text: &str, span: &str, label: Label, value: f64, max: Option<f64>, unit: Option<&str>, approx: Option<&str>) {
    let found = mentions(text);
    let describe = || {
        found
            .iter()
            .map(|m| {
                format!(
                    "{:?} {} {:?} {:?} {:?} {:?}",
                    m.range.of(text),
                    m.label,
                    m.value,
                    m.value_max,
                    m.unit,
                    m.approx
                )
            })
            .collect::<Vec<_>>()
    };
    let m = found
        .iter()
        .find(|m| m.range.of(text) == span)
        .unwrap_or_else(|| panic!("{text:?}: no span {span:?} in {:#?}", describe()));
    assert_eq!(m.label, label, "{text:?}: {:?}", describe());
    assert!(m.value.is_some_and(|v| close(v, value)), "{text:?}: value {:?}, want {value}", m.value);
    match (max, m.value_max) {
        (None, None) => {}
        (Some(a), Some(b)) if close(a, b) => {}
        _ => panic!("{text:?}: value_max {:?}, want {max:?}", m.value_max),
    }
    assert_eq!(m.unit.as_deref(), unit, "{text:?}: unit");
    assert_eq!(m.approx, approx, "{text:?}: approx");
}

macro_rules! numbers {
    ($($name:ident: $text:literal => $span:literal $label:ident $value:literal
        $(max $max:literal)? $(unit $unit:literal)? $(approx $approx:literal)?;)*) => {$(
        #[test]
        fn $name() {
            // Values go through their text so that 3000000000 needs no suffix.
            let number = |s: &str| s.replace(' ', "").parse::<f64>().unwrap();
            check($text, $span, Label::$label, number(stringify!($value)),
                None $(.or(Some(number(stringify!($max)))))?, None $(.or(Some($unit)))?, None $(.or(Some($approx)))?);
        }
    )*};
}

/// Inputs in which the recogniser must find no number at all.
macro_rules! nothing {
    ($($name:ident: $text:literal;)*) => {$(
        #[test]
        fn $name() {
            let text = $text;
            let found: Vec<&str> = mentions(text).iter().map(|m| m.range.of(text)).collect();
            assert!(found.is_empty(), "{text:?}: {found:?}");
        }
    )*};
}

numbers! {
    // Digits, separators, decimals, scales.
    thousands: "Some 3,000 attended." => "Some 3,000" Cardinal 3000 approx "about";
    decimals: "The rate was 12.5 on Monday." => "12.5" Cardinal 12.5;
    scale_word: "12.5 million people" => "12.5 million" Cardinal 12500000 unit "people";
    scale_suffix_b: "Meta blocks 1.2B fake accounts" => "1.2B" Cardinal 1200000000;
    scale_suffix_bn: "It lost 3bn last year" => "3bn" Cardinal 3000000000;
    scale_suffix_k: "a 5k run" => "5k" Cardinal 5000;
    trillion: "debt of 2 trillion" => "2 trillion" Cardinal 2000000000000;
    lakh: "30 lakh" => "30 lakh" Cardinal 3000000;
    spaced_thousands: "10 000 dollars" => "10 000 dollars" Money 10000 unit "USD";
    // Words.
    word: "twelve" => "twelve" Cardinal 12;
    word_hundred_and: "one hundred and five" => "one hundred and five" Cardinal 105;
    word_hyphen: "twenty-one" => "twenty-one" Cardinal 21;
    word_dozen: "a dozen eggs" => "a dozen" Cardinal 12 unit "eggs";
    bakers_dozen: "A baker's dozen is 13" => "A baker's dozen" Cardinal 13;
    bakers_dozen_noun: "a baker's dozen eggs" => "a baker's dozen" Cardinal 13 unit "eggs";
    word_point: "two point two million" => "two point two million" Cardinal 2200000;
    word_thousand_millions: "three thousand millions" => "three thousand millions" Cardinal 3000000000;
    word_and_a_half: "two and a half miles" => "two and a half miles" Quantity 2.5 unit "mile";
    // Negatives.
    minus_sign: "It fell to -3 on Friday" => "-3" Cardinal -3;
    minus_word: "minus 4" => "minus 4" Cardinal -4;
    // Numbers with no digit near their start, each read by another path.
    minus_word_then_words: "It fell to minus five degrees." => "minus five degrees" Quantity -5 unit "degree";
    negative_word: "negative three" => "negative three" Cardinal -3;
    symbol_then_words: "The fee is $ five million." => "$ five million" Money 5000000 unit "USD";
    euro_then_word: "Cost: € twelve." => "€ twelve" Money 12 unit "EUR";
    dollar_glued_then_words: "He paid US$ five million." => "US$ five million" Money 5000000 unit "USD";
    between_words: "between three and five" => "between three and five" Cardinal 3 max 5;
    from_words: "from three to five" => "from three to five" Cardinal 3 max 5;
    absolute_zero: "cooled to absolute zero" => "absolute zero" Quantity 0 unit "kelvin";
    qualifier_then_words: "about a dozen" => "about a dozen" Cardinal 12 approx "about";
    below_zero: "2 degrees below zero" => "2 degrees below zero" Quantity -2 unit "degree";
    unicode_minus: "about −273.15°" => "about −273.15°" Quantity -273.15 unit "degree" approx "about";
    // Fractions and proportions.
    half: "half of voters" => "half" Cardinal 0.5;
    over_half: "over half the population" => "over half" Cardinal 0.5 unit "population" approx "over";
    two_thirds: "two-thirds of voters" => "two-thirds" Cardinal 0.6666666666666666;
    one_sixth: "exactly one sixth" => "exactly one sixth" Cardinal 0.16666666666666666 approx "exactly";
    one_in_five: "one in five adults" => "one in five" Cardinal 0.2;
    out_of: "3 out of 4 doctors" => "3 out of 4" Cardinal 0.75;
    slash_fraction: "a 1/4 inch gap" => "1/4 inch" Quantity 0.25 unit "inch";
    mixed_fraction: "2 1/2 in thick" => "2 1/2 in" Quantity 2.5 unit "inch";
    vulgar: "½ tbsp of salt" => "½ tbsp" Quantity 0.5 unit "tablespoon";
    half_a: "half a litre" => "half a litre" Quantity 0.5 unit "litre";
    // Ranges.
    range_percent: "a 10-15% rise" => "10-15%" Percent 10 max 15;
    range_between_scaled: "between 3 and 5 million" => "between 3 and 5 million" Cardinal 3000000 max 5000000;
    range_from_to: "from 10 to 20 dollars" => "from 10 to 20 dollars" Money 10 max 20 unit "USD";
    range_dash_units: "3.5–4.0 TeV" => "3.5–4.0 TeV" Quantity 3.5 max 4 unit "teraelectronvolt";
    range_to_units: "44 mg to 50 mg" => "44 mg to 50 mg" Quantity 44 max 50 unit "milligram";
    range_hyphen_adjective: "an 8- to 16-meter telescope" => "8- to 16-meter" Quantity 8 max 16 unit "metre";
    range_lakh: "7-9 lakh rupees" => "7-9 lakh rupees" Money 700000 max 900000 unit "INR";
    change_is_not_range: "rose from 5.2% to 4.8%" => "5.2%" Percent 5.2;
    falling_dash_is_not_range: "$418 - $380" => "$418" Money 418 unit "USD";
    rate_after_name: "against the dollar 639.55" => "639.55" Cardinal 639.55;
    // A storm's category is a count (news-dev's written decision); "No. 2" a rank.
    storm_category: "Milton became a Category 5 storm." => "5" Cardinal 5;
    rank_number: "the world No. 2 player" => "No. 2" Ordinal 2;
    // Whole expressions: currency codes and names before or after, cents, halves.
    code_lower_after: "It costs 20 usd." => "20 usd" Money 20 unit "USD";
    renminbi_abbreviation: "It costs 10 rmb." => "10 rmb" Money 10 unit "CNY";
    code_dollar_sign: "It costs CAD$15." => "CAD$15" Money 15 unit "CAD";
    dollars_then_cents: "It costs 15 dollars 50." => "15 dollars 50" Money 15.5 unit "USD";
    million_and_a_half: "They raised 3 million and a half." => "3 million and a half" Cardinal 3500000;
    between_counted: "Between 20 and 30 people came." => "Between 20 and 30" Cardinal 20 max 30 unit "people";
    at_least_capitalised: "At least 30 came." => "At least 30" Cardinal 30 approx "at_least";
    first_ever: "It is the first-ever law." => "first" Ordinal 1;
    second_largest: "its second-largest city" => "second" Ordinal 2;
    mph_at_sentence_end: "Winds of 120 mph. Despite it." => "120 mph" Quantity 120 unit "mile per hour";
    half_a_million: "Half a million people marched." => "Half a million" Cardinal 500000 unit "people";
    quarter_of_a_million: "A quarter of a million people marched." => "A quarter of a million" Cardinal 250000 unit "people";
    a_third_share: "It has grown by a third since 2019." => "a third" Cardinal 0.3333333333333333;
    count_range_to: "Some 20,000 to 30,000 people left." => "Some 20,000 to 30,000" Cardinal 20000 max 30000 unit "people" approx "about";
    // Inside hyphenated compounds (ANNOTATION.md).
    million_dollar_compound: "a 20-million-dollar deal" => "20-million-dollar" Money 20000000 unit "USD";
    euro_compound: "a 5-euro note" => "5-euro" Money 5 unit "EUR";
    degree_compound: "the 1.5-degree target" => "1.5-degree" Quantity 1.5 unit "degree";
    square_compound: "a 2,000-square-foot home" => "2,000-square-foot" Quantity 2000 unit "square foot";
    // Counted nouns stay outside the count, as its unit (ANNOTATION.md).
    counted_patients: "The trial enrolled 4,955 patients." => "4,955" Cardinal 4955 unit "patients";
    counted_points: "The index fell 318 points." => "318" Cardinal 318 unit "points";
    counted_candidates: "Only 11 candidates ran." => "11" Cardinal 11 unit "candidates";
    counted_or_more: "10,000 people or more" => "10,000" Cardinal 10000 unit "people" approx "at_least";
    // Qualifiers.
    more_than: "more than 40 people" => "more than 40" Cardinal 40 unit "people" approx "over";
    nearly: "nearly 300" => "nearly 300" Cardinal 300 approx "nearly";
    almost: "almost 5%" => "almost 5%" Percent 5 approx "nearly";
    about: "about 2 billion users" => "about 2 billion" Cardinal 2000000000 unit "users" approx "about";
    around: "around 7" => "around 7" Cardinal 7 approx "about";
    roughly: "roughly 9 tonnes" => "roughly 9 tonnes" Quantity 9 unit "tonne" approx "about";
    at_least: "at least 30 dead" => "at least 30" Cardinal 30 approx "at_least";
    up_to: "up to 10 km" => "up to 10 km" Quantity 10 unit "kilometre" approx "up_to";
    less_than: "less than 7 EUR" => "less than 7 EUR" Money 7 unit "EUR" approx "under";
    under: "under 3.5 miles" => "under 3.5 miles" Quantity 3.5 unit "mile" approx "under";
    fewer_than: "fewer than 100 cases" => "fewer than 100" Cardinal 100 unit "cases" approx "under";
    or_more: "10,000 or more" => "10,000 or more" Cardinal 10000 approx "at_least";
    // Ordinals.
    ordinal_word: "the third time" => "third" Ordinal 3;
    ordinal_digits: "the 21st century" => "21st" Ordinal 21;
    ordinal_first: "the 1st place" => "1st" Ordinal 1;
    ordinal_compound: "the twenty-first" => "twenty-first" Ordinal 21;
    ordinal_spaced: "the forty second" => "forty second" Ordinal 42;
    first_half: "the first half of 2024" => "first" Ordinal 1;
    // Percentages.
    percent_sign: "Prices rose 25% in the third quarter" => "25%" Percent 25;
    per_cent: "25 per cent" => "25 per cent" Percent 25;
    percent_word: "25 percent" => "25 percent" Percent 25;
    pct: "25 pct" => "25 pct" Percent 25;
    percentage_points: "3 percentage points" => "3 percentage points" Quantity 3 unit "percentage point";
    basis_points: "Rates rose 25 basis points." => "25 basis points" Quantity 25 unit "basis point";
    basis_points_glued: "a 50bp cut" => "50bp" Quantity 50 unit "basis point";
    // Money.
    dollars_billion: "revenue of $85.8 billion" => "$85.8 billion" Money 85800000000 unit "USD";
    us_dollar: "US$4.7 billion" => "US$4.7 billion" Money 4700000000 unit "USD";
    canadian: "C$5" => "C$5" Money 5 unit "CAD";
    australian: "A$10" => "A$10" Money 10 unit "AUD";
    euro_sign: "€20" => "€20" Money 20 unit "EUR";
    pound_sign_m: "a £40m deal" => "£40m" Money 40000000 unit "GBP";
    yen_sign: "¥500" => "¥500" Money 500 unit "JPY";
    rupee_sign: "₹20" => "₹20" Money 20 unit "INR";
    rouble_sign: "₽100" => "₽100" Money 100 unit "RUB";
    won_sign: "₩1,000" => "₩1,000" Money 1000 unit "KRW";
    code_before: "USD 5" => "USD 5" Money 5 unit "USD";
    code_after: "5 EUR" => "5 EUR" Money 5 unit "EUR";
    code_glued: "USD3.14" => "USD3.14" Money 3.14 unit "USD";
    dollars: "10 dollars" => "10 dollars" Money 10 unit "USD";
    euros: "20 euros" => "20 euros" Money 20 unit "EUR";
    pounds_scaled: "I spent 20 million pounds" => "20 million pounds" Money 20000000 unit "GBP";
    pounds_paid: "it cost ten pounds" => "ten pounds" Money 10 unit "GBP";
    pounds_sterling: "5 pounds sterling" => "5 pounds sterling" Money 5 unit "GBP";
    yen: "300 yen" => "300 yen" Money 300 unit "JPY";
    rupees: "20 rupees" => "20 rupees" Money 20 unit "INR";
    name_before_amount: "ringgit 42 was paid" => "ringgit 42" Money 42 unit "MYR";
    nationality_before_name_and_amount: "She paid Malaysian ringgit 42." => "Malaysian ringgit 42" Money 42 unit "MYR";
    nationality_narrows_the_name: "It costs Sri Lankan rupee 42 now." => "Sri Lankan rupee 42" Money 42 unit "LKR";
    yuan: "3 yuan" => "3 yuan" Money 3 unit "CNY";
    francs: "5 francs" => "5 francs" Money 5 unit "CHF";
    tenge: "100 tenge" => "100 tenge" Money 100 unit "KZT";
    roubles: "50 roubles" => "50 roubles" Money 50 unit "RUB";
    rubles: "50 rubles" => "50 rubles" Money 50 unit "RUB";
    cents: "43 cents" => "43 cents" Money 0.43 unit "USD";
    dollars_and_cents: "$20 and 43c" => "$20 and 43c" Money 20.43 unit "USD";
    nationality: "42 Kuwaiti dinars" => "42 Kuwaiti dinars" Money 42 unit "KWD";
    ambiguous_currency: "10 dinars" => "10 dinars" Money 10;
    // Quantities.
    kilometres: "5 km" => "5 km" Quantity 5 unit "kilometre";
    glued_unit: "a 3km walk" => "3km" Quantity 3 unit "kilometre";
    metres_not_million: "a 40m yacht" => "40m" Quantity 40 unit "metre";
    million_before_noun: "40m people" => "40m" Cardinal 40000000 unit "people";
    km2: "301,338 km2" => "301,338 km2" Quantity 301338 unit "square kilometre";
    square_km: "4 square kilometres" => "4 square kilometres" Quantity 4 unit "square kilometre";
    sq_km: "20 sq km" => "20 sq km" Quantity 20 unit "square kilometre";
    hectares: "500 hectares" => "500 hectares" Quantity 500 unit "hectare";
    tonnes: "278,000 tonnes" => "278,000 tonnes" Quantity 278000 unit "tonne";
    tons: "5 tons" => "5 tons" Quantity 5 unit "ton";
    kg: "10kg" => "10kg" Quantity 10 unit "kilogram";
    pounds_mass: "200 pounds of meat" => "200 pounds" Quantity 200 unit "pound";
    pound_adjective: "a twenty-pound bag" => "twenty-pound" Quantity 20 unit "pound";
    litres: "500 litres" => "500 litres" Quantity 500 unit "litre";
    gallons: "3 gallons" => "3 gallons" Quantity 3 unit "gallon";
    barrels: "2 million barrels" => "2 million barrels" Quantity 2000000 unit "barrel";
    cubic_metres: "4 cubic metres" => "4 cubic metres" Quantity 4 unit "cubic metre";
    km_cubed: "4km^3" => "4km^3" Quantity 4 unit "cubic kilometre";
    megawatts: "50 MW" => "50 MW" Quantity 50 unit "megawatt";
    gigawatts: "2 GW" => "2 GW" Quantity 2 unit "gigawatt";
    kwh: "7.3 kWh" => "7.3 kWh" Quantity 7.3 unit "kilowatt hour";
    kilowatt_hours: "40 kilowatt hours" => "40 kilowatt hours" Quantity 40 unit "kilowatt hour";
    celsius_sign: "37°C" => "37°C" Quantity 37 unit "degree celsius";
    fahrenheit_words: "98.6 degrees Fahrenheit" => "98.6 degrees Fahrenheit" Quantity 98.6 unit "degree fahrenheit";
    celsius_letter: "Its 30 C outside" => "30 C" Quantity 30 unit "degree celsius";
    km_per_hour: "120 km/h" => "120 km/h" Quantity 120 unit "kilometre per hour";
    per_hour_words: "200 kilometres per hour" => "200 kilometres per hour" Quantity 200 unit "kilometre per hour";
    mph: "60 mph" => "60 mph" Quantity 60 unit "mile per hour";
    gigabytes: "8 GB" => "8 GB" Quantity 8 unit "gigabyte";
    terabytes: "2 TB" => "2 TB" Quantity 2 unit "terabyte";
    megabytes: "700 megabytes" => "700 megabytes" Quantity 700 unit "megabyte";
    feet_and_inches: "7 feet and 10 inches" => "7 feet and 10 inches" Quantity 94 unit "inch";
    a_litre: "a litre of milk" => "a litre" Quantity 1 unit "litre";
    rate_is_not_one: "oil at $80 a barrel" => "$80" Money 80 unit "USD";
    scientific: "a factor of 2.48×10−5" => "2.48×10−5" Cardinal 0.0000248;
    uncertainty: "2,000.45±0.01 pounds" => "2,000.45±0.01 pounds" Quantity 2000.45 unit "pound";
    // Science and technology units.
    picometres: "a grid of 2.1 pm." => "2.1 pm" Quantity 2.1 unit "picometre";
    attometres: "a size of 2.123 am." => "2.123 am" Quantity 2.123 unit "attometre";
    picometre_word: "a bond of 154 picometres" => "154 picometres" Quantity 154 unit "picometre";
    inverse_femtobarn: "reached over 5 fb−1 of data" => "over 5 fb−1" Quantity 5 unit "inverse femtobarn" approx "over";
    inverse_caret: "10 pb^-1 in 2011" => "10 pb^-1" Quantity 10 unit "inverse picobarn";
    inverse_superscript: "36 fb⁻¹ of data" => "36 fb⁻¹" Quantity 36 unit "inverse femtobarn";
    inverse_one_token: "5 fb-1 of data" => "5 fb-1" Quantity 5 unit "inverse femtobarn";
    inverse_words: "36 inverse femtobarns" => "36 inverse femtobarns" Quantity 36 unit "inverse femtobarn";
    joule_second: "45 Js" => "45 Js" Quantity 45 unit "joule second";
    arcsec: "within 0.5 arcsec" => "0.5 arcsec" Quantity 0.5 unit "arcsecond";
    arc_minutes: "2.5 arc minutes wide" => "2.5 arc minutes" Quantity 2.5 unit "arcminute";
    minutes_of_arc: "30 minutes of arc" => "30 minutes of arc" Quantity 30 unit "arcminute";
    arcminute_restated: "across a 2½' (150\") field" => "2½'" Quantity 2.5 unit "arcminute";
    arcsecond_restated: "across a 2½' (150\") field" => "150\"" Quantity 150 unit "arcsecond";
    arcsecond_first: "a 90″ (1.5′) ring" => "1.5′" Quantity 1.5 unit "arcminute";
    feet_restated: "a 6' (72\") shelf" => "6'" Quantity 6 unit "foot";
    inches_restated: "a 6' (72\") shelf" => "72\"" Quantity 72 unit "inch";
    teraelectronvolts: "collisions at 13 TeV" => "13 TeV" Quantity 13 unit "teraelectronvolt";
    kibibytes: "2.5 kibibytes" => "2.5 kibibytes" Quantity 2.5 unit "kibibyte";
    // A price per unit: the rate's unit stays outside the span, as in "$80 a barrel".
    price_per_hour: "only for $15.4/hour" => "$15.4" Money 15.4 unit "USD";
    price_per_kg: "it costs $3/kg now" => "$3" Money 3 unit "USD";
    price_per_share: "a dividend of $1.20/share" => "$1.20" Money 1.2 unit "USD";
    // Years only when they are counts.
    year_count: "2,024 people" => "2,024" Cardinal 2024 unit "people";
    hyphen_words_dropped: "a 1,000,000-character word" => "1,000,000" Cardinal 1000000;
    // The golden article's numbers (tests/golden/article.txt).
    golden_headline: "Meta blocks 1.2B fake accounts globally" => "1.2B" Cardinal 1200000000;
    golden_people: "Durov shared that 12.5 million people in Kazakhstan, over half the population, are now using the app every month, a 25% jump from last year."
        => "12.5 million" Cardinal 12500000 unit "people";
    golden_half: "Durov shared that 12.5 million people in Kazakhstan, over half the population, are now using the app every month, a 25% jump from last year."
        => "over half" Cardinal 0.5 unit "population" approx "over";
    golden_percent: "Durov shared that 12.5 million people in Kazakhstan, over half the population, are now using the app every month, a 25% jump from last year."
        => "25%" Percent 25;
    golden_users: "WhatsApp, which is owned by Meta, has about 2 billion users worldwide" => "about 2 billion" Cardinal 2000000000 unit "users" approx "about";
    golden_revenue: "record revenue of $85.8 billion in the third quarter of 2024." => "$85.8 billion" Money 85800000000 unit "USD";
    golden_accounts: "Meta said it had removed 1.2 billion fake accounts in the third quarter of 2024" => "1.2 billion" Cardinal 1200000000;
}

nothing! {
    year_after_in: "in 2024 the";
    year_after_since: "since 1991 it";
    year_after_month: "in March 2023 it";
    year_span: "in 2013-14";
    clock: "at 9:30 it";
    clock_pm: "At 2 pm everybody left.";
    glued_pm: "at 2pm";
    score: "they won 2-1";
    phone: "call 555-1234";
    decade: "the 1990s";
    version: "version 2.3.1";
    network: "a 5G network";
    a_second: "in a second";
    hundreds: "hundreds of people";
    duration_hyphen: "a two-year deal";
    bare_dollar: "exactly dollars";
    bowling_figures: "he took 5-68 on Friday";
    clock_dot_pm: "at 2.30 pm it";
    clock_dot_am: "by 11.15 am.";
    clock_dot_glued: "at 7.30pm";
    price_per_unknown: "$5/xyz";
    // Durations and ages are the date recogniser's.
    name_nikkei: "Stocks fell as the Nikkei 225 slid.";
    name_sp: "The S&P 500 rose.";
    name_ftse: "FTSE 100 shares fell.";
    name_ios: "Apple shipped iOS 17.4 today.";
    name_claude: "Anthropic released Claude 3.5 today.";
    name_bill: "The state passed House Bill 18 today.";
    name_palm: "It uses PaLM 2 now.";
    duration_left_to_dates: "Prices rose over five years.";
    age_left_to_dates: "Children under 18 years old.";

}

#[test]
fn the_golden_article() {
    let text = include_str!("../../tests/golden/article.txt");
    let found = mentions(text);
    let value = |surface: &str| found.iter().find(|m| m.range.of(text) == surface).and_then(|m| m.value);
    assert_eq!(value("1.2B"), Some(1.2e9));
    assert_eq!(value("12.5 million"), Some(12.5e6));
    assert_eq!(value("over half"), Some(0.5));
    assert_eq!(value("25%"), Some(25.0));
    assert_eq!(value("about 2 billion"), Some(2e9));
    assert_eq!(value("$85.8 billion"), Some(85.8e9));
    assert_eq!(value("1.2 billion"), Some(1.2e9));
}

#[test]
fn garbage_does_not_crash() {
    let digits = "9".repeat(100_000);
    let found = mentions(&digits);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].value, None, "an infinite value is omitted");
    for text in [
        "1,000,000-character-word",
        "$",
        "-",
        ".",
        "½",
        "1/0",
        "x10-",
        "3e",
        "between and",
        "from - to",
        "£-",
        "2.48×10−",
    ] {
        let _ = mentions(text);
    }
}

#[test]
fn a_rate_unit_is_not_one_of_it() {
    let text = "oil at $80 a barrel and gold at $2,000 an ounce";
    let found: Vec<&str> = mentions(text).iter().map(|m| m.range.of(text)).collect();
    assert_eq!(found, ["$80", "$2,000"]);
}

/// Unit words that need context: after these numbers they are no unit.
#[test]
fn no_quantity_without_context() {
    for text in [
        "at 2 pm on Friday",
        "at 10 am",
        "shared by 5 fb users",
        "the farm had 10 barns",
        "5 fb",
        "the 3 arc lamps",
        "in 4 minutes of play",
    ] {
        let found = mentions(text);
        assert!(
            found.iter().all(|m| m.label != Label::Quantity),
            "{text:?}: {:?}",
            found.iter().map(|m| (m.range.of(text), m.unit.clone())).collect::<Vec<_>>()
        );
    }
}
