//! The word lists of the statistics stage: data, read by the rules in
//! `statistics.rs`. Lower-case; the sets ignore case when asked.

use crate::wordset::WordSet;

macro_rules! word_set {
    ($(#[$doc:meta])* $name:ident = [$($word:literal),* $(,)?]) => {
        $(#[$doc])*
        pub(crate) const $name: WordSet<{ [$($word),*].len() }> = WordSet::new(&[$($word),*]);
    };
}

word_set!(
    /// Verbs and nouns of a rise ("rose", "a 25% jump", "doubled").
    UP = [
        "jump", "jumps", "jumped", "jumping", "rise", "rises", "rose", "risen", "rising", "increase", "increases",
        "increased", "increasing", "gain", "gains", "gained", "gaining", "growth", "grew", "grow", "grows", "growing",
        "surge", "surges", "surged", "surging", "climb", "climbs", "climbed", "climbing", "boost", "boosted", "rally",
        "rallied", "soar", "soars", "soared", "soaring", "doubled", "doubles", "tripled", "triples", "quadrupled",
        "spike", "spiked", "hike", "hikes", "hiked", "leap", "leaps", "leapt", "leaped", "add", "adds", "added",
        "adding", "raise", "raises", "raised", "raising", "widen", "widens", "widened", "stretch", "stretched",
        "stretches", "extend", "extended", "extends", "advance", "advanced", "advances", "rebound", "rebounded",
        "recovered", "swelled", "expanded", "expand", "expands", "accelerated", "topped", "strengthened",
        "strengthens", "firmed", "firms", "appreciated", "outperformed", "overtook",
    ]
);

word_set!(
    /// Verbs and nouns of a fall ("fell", "slid", "eased", "a 3% drop").
    DOWN = [
        "drop", "drops", "dropped", "dropping", "fall", "falls", "fell", "fallen", "falling", "decline", "declines",
        "declined", "declining", "decrease", "decreases", "decreased", "cut", "cuts", "cutting", "slump", "slumps",
        "slumped", "plunge", "plunges", "plunged", "plunging", "loss", "losses", "lost", "lose", "loses", "losing",
        "dip", "dips", "dipped", "slid", "slide", "slides", "sliding", "shrank", "shrink", "shrinks", "shrunk",
        "contraction", "contracted", "tumbled", "tumble", "tumbles", "sank", "sink", "sinks", "slipped", "slip",
        "slips", "eased", "ease", "eases", "easing", "cooled", "cools", "cool", "cooling", "narrowed", "narrow",
        "narrows", "shed", "sheds", "shedding", "slowed", "slows", "slashed", "slash", "reduced", "reduce", "reduces",
        "halved", "retreated", "skidded", "lowered", "trimmed", "downturn", "weakened", "weakens",
        "weaken", "softened", "softens", "depreciated", "eroded", "dwindled",
    ]
);

word_set!(
    /// Words right after a number that say which way it moved ("0.3% higher", "1.55C warmer", "9 fewer").
    AFTER_UP = ["higher", "up", "more", "warmer", "larger", "bigger", "faster", "greater", "hotter", "above"]
);
word_set!(
    /// The falling counterparts of `AFTER_UP` ("31% lower", "9 fewer").
    AFTER_DOWN = ["lower", "down", "fewer", "less", "colder", "cooler", "smaller", "slower", "cheaper", "below"]
);

word_set!(
    /// Words that say a figure did not move ("unchanged at 3.1%", "flat").
    FLAT = ["unchanged", "flat", "steady", "stable"]
);
word_set!(
    /// Verbs that hold a figure where it was when "at" follows ("was held at 42 cents", "stayed at 5%").
    HELD = ["held", "holds", "kept", "stayed", "remained", "remains", "changed"]
);

word_set!(
    /// Nouns of change: "a 25% jump" is the size of another figure's change.
    CHANGE_NOUNS = [
        "jump", "rise", "increase", "gain", "growth", "surge", "climb", "boost", "rally", "spike", "hike", "leap",
        "drop", "fall", "decline", "decrease", "cut", "slump", "plunge", "loss", "dip", "slide", "contraction",
        "advance", "rebound", "reduction",
    ]
);

word_set!(
    /// Words that introduce a change's baseline ("from last year", "than in 2021").
    BASELINE = ["from", "than", "since", "on", "over", "with", "versus", "vs"]
);
word_set!(
    /// Words before a date that make it a baseline, not the figure's time ("since 1990", "from a year ago").
    BASELINE_DATE = ["from", "than", "since", "versus", "vs", "compared"]
);

word_set!(
    /// Words after a number that measure it rather than say what it counts.
    UNITS = [
        "percent", "per", "cent", "points", "point", "basis", "percentage", "times", "pc", "pct", "crowns", "kronor",
        "krona", "yuan", "yen", "lira", "rupees", "pesos", "rand", "dollars", "euros", "pounds", "francs", "cents",
    ]
);

word_set!(
    /// Words after a number that are not what it counts.
    NOT_NOUNS = [
        "percent", "per", "cent", "points", "point", "basis", "percentage", "times", "year", "years", "month",
        "months", "week", "weeks", "day", "days", "ago", "earlier", "later", "worldwide", "globally", "nationwide",
        "today", "yesterday", "last", "next", "more", "less", "fewer", "compared", "versus", "vs", "up", "down", "out",
        "into", "onto", "across", "through", "between", "among", "their", "its", "his", "her", "our", "your", "my",
        "it", "they", "he", "she", "set", "against", "plus", "minus", "higher", "lower", "warmer", "colder",
        "including", "apiece", "each", "overall", "respectively", "this", "that", "those", "these", "there", "here",
        "only", "alone", "so", "far", "ahead", "behind", "above", "below", "off", "back", "away", "again", "too",
    ]
);

word_set!(
    /// Time units: a number counting them is a duration ("over 68 weeks"), a date's business.
    TIME_UNITS = [
        "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "minute", "minutes",
        "decade", "decades", "century", "centuries", "yr", "yrs",
    ]
);

word_set!(
    /// Words between a subject and its number that do not end the subject
    /// ("net profit soared 329 percent to", "was trading", "has been").
    LINKS = [
        "to", "at", "by", "was", "were", "is", "are", "be", "been", "being", "has", "have", "had", "would", "will",
        "could", "may", "might", "can", "should", "now", "also", "still", "already", "set", "trading", "traded",
        "trade", "trades", "closed", "closes", "close", "ended", "ends", "end", "finished", "opened", "stood", "stands",
        "hit", "hits", "reached", "reaches", "totalled", "totaled", "totals", "came", "comes", "remained", "remains",
        "stayed", "held", "changed", "hovered", "little", "barely", "slightly", "sharply", "just", "about", "around",
        "nearly", "almost", "some", "than", "above", "below", "over", "under", "expected", "forecast", "seen", "get",
        "got", "reach", "hitting", "reaching", "standing", "amounted", "amounts", "made", "makes", "record", "fresh",
        "new", "another", "further", "only", "even", "roughly", "a", "an",
    ]
);

word_set!(
    /// Modal verbs: the word after one is a verb ("will cover").
    MODALS = ["will", "would", "can", "could", "may", "might", "shall", "should", "must", "to"]
);

word_set!(
    /// Words of a noun phrase that are not its head ("the", "its", "of").
    DETERMINERS = ["the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "all"]
);
word_set!(
    /// Prepositions inside a subject's noun phrase ("the death toll from the outbreak in Marenga").
    NP_PREPOSITIONS = ["of", "in", "on", "from", "for", "among", "at", "across", "around", "within"]
);
word_set!(
    /// Prepositions that extend a subject with a place or group ("people in Kazakhstan").
    SUBJECT_PREPOSITIONS = ["in", "of", "among", "across", "from", "at"]
);

word_set!(
    /// Words that open a coordinate clause after a comma (", while the Dow
    /// added 0.2%", ", and 212 people were arrested"): it shares the dates
    /// of the clause before it.
    COORDINATORS = ["while", "whereas", "but", "and", "yet"]
);
word_set!(
    /// Words that open a subordinate clause anywhere ("after the carmaker
    /// cut its forecast", "unless the bank raised its offer"): its dates are its own.
    SUBORDINATORS = ["after", "unless", "because", "although", "though", "whereas", "while", "before", "until"]
);

word_set!(
    /// Who an age belongs to ("people over 60", "those aged 65"): a number after them is an age.
    AGE_HOLDERS = [
        "people", "those", "adults", "men", "women", "children", "anyone", "aged", "age", "ages", "patients",
        "residents", "workers", "voters", "everyone",
    ]
);

word_set!(
    /// Words before a number that make it a name or a rank ("No. 10", "Article 9").
    NUMBER_NAMES = ["no", "no.", "number", "#", "article", "section", "chapter", "route", "flight", "room", "page"]
);

word_set!(
    /// Events a date can belong to ("the runoff on Sunday", "the vote in May").
    EVENT_NOUNS = [
        "election", "elections", "runoff", "vote", "poll", "polls", "referendum", "ballot", "primary", "primaries",
        "caucus", "caucuses", "match", "final", "race", "summit", "meeting", "hearing", "debate", "game", "launch",
        "ceremony", "conference", "talks", "trial", "auction", "tournament",
    ]
);

word_set!(
    /// Verbs that publish a figure: a date right after one is the day of
    /// publication, not the figure's time ("a study published on Tuesday").
    STATEMENT_VERBS = ["published", "released", "issued", "unveiled", "presented", "filed", "announced"]
);

word_set!(
    /// Irregular verbs (past forms and a few presents) that never head a
    /// noun phrase, though they lack the "-ed" that marks the regular ones.
    IRREGULAR_VERBS = [
        "won", "lost", "made", "took", "saw", "came", "went", "gave", "got", "paid", "sold", "bought", "kept", "left",
        "met", "ran", "spent", "sent", "brought", "built", "drew", "fought", "began", "become", "became", "thought",
        "meant", "wins", "takes", "makes", "sees", "gets", "pays", "sells", "buys", "keeps", "spends", "sends",
        "brings", "builds", "draws", "begins", "hopes", "plans", "wants", "needs", "seeks", "aims", "contest",
        "contests",
    ]
);

word_set!(
    /// Time nouns, which may stand inside a subject's phrase ("prize money for the year").
    TIME_NOUNS = ["year", "month", "week", "day", "quarter", "season", "half", "decade", "period"]
);

word_set!(
    /// Words before a figure set against the one before it ("54% of the vote, against 44%").
    PARALLELS = ["against", "versus", "vs"]
);

word_set!(
    /// Verbs of raising money: before an amount they find it, they do not move it ("raised $35 million").
    RAISE = ["raised", "raises", "raise", "raising"]
);
