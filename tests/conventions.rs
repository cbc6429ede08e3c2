//! Numbers and dates drawn as `../shared/guides/ANNOTATION.md` draws them
//! (OntoNotes 5 practice), through the whole pipeline: each line a text, its
//! reference date, and the numeric and time spans it must give, every one
//! as `text LABEL value`, where the value is the `timex` of a DATE or TIME
//! and the number (with its unit when given) otherwise, then `~` and the
//! qualifier's name when there is one. A line lists every such span of its
//! text: the names are not checked.

use newsmark::{annotate, Date, Label, Options};

/// The numeric and time spans of `text`, as `text LABEL value` strings.
fn numeric_spans(text: &str, reference: (i32, u32, u32)) -> Vec<String> {
    let options = Options { reference_date: Date::new(reference.0, reference.1, reference.2), ..Options::default() };
    annotate(text, &options)
        .spans
        .into_iter()
        .filter(|s| {
            matches!(
                s.label,
                Label::Date
                    | Label::Time
                    | Label::Percent
                    | Label::Money
                    | Label::Quantity
                    | Label::Ordinal
                    | Label::Cardinal
            )
        })
        .map(|s| {
            let approx = s.approx.as_deref().map(|a| format!(" ~{a}")).unwrap_or_default();
            let value = match (&s.timex, s.value) {
                (Some(timex), _) => timex.clone(),
                (None, Some(v)) => match &s.unit {
                    Some(unit) => format!("{v} {unit}"),
                    None => format!("{v}"),
                },
                (None, None) => String::new(),
            };
            format!("{} {} {value}{approx}", s.text, s.label.as_str())
        })
        .collect()
}

macro_rules! conventions {
    ($($name:ident: $text:literal @ $reference:expr => [$($span:literal),*];)*) => {$(
        #[test]
        fn $name() {
            let expected: Vec<&str> = vec![$($span),*];
            assert_eq!(numeric_spans($text, $reference), expected, "{:?}", $text);
        }
    )*};
}

const JUNE: (i32, u32, u32) = (2024, 6, 12);
const OCTOBER: (i32, u32, u32) = (2024, 10, 20);

conventions! {
    // Counted nouns stay outside a count, as its unit.
    patients: "The trial enrolled 4,955 patients." @ JUNE => ["4,955 CARDINAL 4955 patients"];
    points: "The index fell 318 points." @ JUNE => ["318 CARDINAL 318 points"];
    candidates: "Only 11 candidates ran." @ JUNE => ["11 CARDINAL 11 candidates"];
    qualifier_inside: "Over 100 million speakers use it." @ JUNE => ["Over 100 million CARDINAL 100000000 speakers ~over"];
    // Ages, durations and vague periods are DATE.
    age_compound: "The 52-year-old was arrested." @ JUNE => ["52-year-old DATE P52Y"];
    age_limit: "Those under 18 years old were freed." @ JUNE => ["under 18 years old DATE P18Y ~under"];
    age_words: "The man, 60 years old, died." @ JUNE => ["60 years old DATE P60Y"];
    age_aged: "A woman aged 87 died." @ JUNE => ["87 DATE P87Y"];
    duration_compound: "He got a 10-year term after a two-year delay." @ JUNE => ["10-year DATE P10Y", "two-year DATE P2Y"];
    duration_qualified: "Prices rose over five years." @ JUNE => ["over five years DATE P5Y ~over"];
    days_of_a_month: "Sales fell in the first 13 days of July." @ OCTOBER => ["first 13 days of July DATE 2024-07-01/2024-07-13"];
    vague_period: "Prices rose in recent years." @ JUNE => ["recent years DATE PAST_REF"];
    offset_qualified: "It was set some three decades ago." @ JUNE => ["some three decades ago DATE 1994 ~about"];
    // "now", "currently", "recently" are no dates.
    now: "It is now open." @ JUNE => [];
    currently: "Currently the firm is small." @ JUNE => [];
    recently: "He recently left." @ JUNE => [];
    // Ranges: compact ones one span, word ones split, comparisons whole.
    compact_range: "It happened June 3-5." @ JUNE => ["June 3-5 DATE 2024-06-03/2024-06-05"];
    word_range: "It ran from 2019 to 2021." @ JUNE => ["2019 DATE 2019", "2021 DATE 2021"];
    between: "Between 20 and 30 people came." @ JUNE => ["Between 20 and 30 CARDINAL 20 people"];
    at_least: "At least 30 came." @ JUNE => ["At least 30 CARDINAL 30 ~at_least"];
    // Whole expressions.
    million_and_a_half: "They raised 3 million and a half." @ JUNE => ["3 million and a half CARDINAL 3500000"];
    dollars_and_cents: "It costs 15 dollars 50." @ JUNE => ["15 dollars 50 MONEY 15.5 USD"];
    code_after: "It costs 20 usd." @ JUNE => ["20 usd MONEY 20 USD"];
    renminbi: "It costs 10 rmb." @ JUNE => ["10 rmb MONEY 10 CNY"];
    code_and_sign: "It costs CAD$15." @ JUNE => ["CAD$15 MONEY 15 CAD"];
    measured: "Winds reached 120 mph. Despite it, homes stood." @ JUNE => ["120 mph QUANTITY 120 mile per hour"];
    // A clock time and its day: two spans, the day in the clock's value.
    clock_and_day: "Landfall came around 8:30 p.m. ET on Wednesday." @ (2024, 10, 9)
        => ["around 8:30 p.m. ET TIME 2024-10-09T20:30-04:00 ~about", "Wednesday DATE 2024-10-09"];
    day_before_clock: "Call Thursday before 5pm." @ JUNE => ["Thursday DATE 2024-06-13", "5pm TIME 2024-06-13T17:00"];
    anchored_month: "Sales fell after Feb 2018." @ JUNE => ["Feb 2018 DATE 2018-02"];
    week_beginning: "Ships will leave the week beginning February 3, 2025." @ JUNE => ["week beginning February 3, 2025 DATE 2025-W06"];
    day_and_times: "The meeting is tomorrow from 10am to noon." @ JUNE
        => ["tomorrow DATE 2024-06-13", "10am TIME 2024-06-13T10:00", "noon TIME 2024-06-13T12:00"];
    days_to: "Talks ran from July 13 to 15." @ OCTOBER => ["July 13 DATE 2024-07-13", "15 DATE 2024-07-15"];
    days_to_month: "The fair ran from 13 to 15 July." @ OCTOBER => ["13 DATE 2024-07-13", "15 July DATE 2024-07-15"];
    clocks_and_day: "Voting runs from 7 a.m. to 8 p.m. on Nov. 5." @ OCTOBER
        => ["7 a.m. TIME 2024-11-05T07:00", "8 p.m. TIME 2024-11-05T20:00", "Nov. 5 DATE 2024-11-05"];
    // Sets.
    every_monday: "We meet every Monday." @ JUNE => ["every Monday DATE XXXX-WXX-1"];
    twice_a_year: "We meet twice a year." @ JUNE => ["twice a year DATE P1Y"];
    // Tense decides a date without a year.
    was_due_to: "The law was due to take effect on Sept. 1." @ JUNE => ["Sept. 1 DATE 2023-09-01"];
    up_from_in: "Users rose to 400 million, up from 300 million in December." @ OCTOBER
        => ["400 million CARDINAL 400000000", "300 million CARDINAL 300000000", "December DATE 2023-12"];
    had_been: "Sales had been falling since March." @ (2024, 2, 10) => ["March DATE 2023-03"];
    reported_past: "He said the plant closed in March." @ (2024, 2, 10) => ["March DATE 2023-03"];
    reported_future: "He said the plant would reopen in March." @ (2024, 2, 10) => ["March DATE 2024-03"];
    // Numbers inside names are no numbers; a storm's category is a count.
    nikkei: "The Nikkei 225 rose." @ JUNE => [];
    sp_500: "The S&P 500 rose." @ JUNE => [];
    ftse: "FTSE 100 shares fell." @ JUNE => [];
    ios: "Apple shipped iOS 17.4 on Tuesday." @ JUNE => ["Tuesday DATE 2024-06-11"];
    claude: "Anthropic released Claude 3.5 on Tuesday." @ JUNE => ["Tuesday DATE 2024-06-11"];
    house_bill: "The senate passed House Bill 18." @ JUNE => [];
    category: "Milton became a Category 5 storm." @ JUNE => ["5 CARDINAL 5"];
    rank: "She is the world No. 2." @ JUNE => ["No. 2 ORDINAL 2"];
    first_ever: "It is the first-ever law." @ JUNE => ["first ORDINAL 1"];
    year_before_noun: "Loreen took the 2023 competition." @ JUNE => ["2023 DATE 2023"];
}
