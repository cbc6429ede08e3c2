//! Money: a currency before the number ("$", "US$", "£", "USD", "Rs") or
//! after it ("dollars", "EUR", "€", "cents"), normalised to ISO 4217 codes.
//!
//! `$` alone is USD (news of other dollar countries writes C$, A$, HK$…),
//! `¥` is JPY unless "yuan" follows. Sub-units ("cents", "pence", "dimes")
//! divide the value: "43 cents" is 0.43 USD. A currency name shared by
//! several countries and not narrowed by an adjective ("dinars", "pesos")
//! gives MONEY with no code.
//!
//! "pounds" is money (GBP) only after a scale ("20 million pounds"), before
//! "sterling", with a nationality ("Egyptian pounds"), or when a word about
//! paying comes just before the number ("cost ten pounds"); otherwise it is
//! the unit of mass, left to the quantity table.

use super::cursor::Cursor;
use crate::tokenize::TokenKind;

/// ISO 4217 codes written before or after amounts.
const CODES: &[&str] = &[
    "USD", "EUR", "GBP", "JPY", "CNY", "INR", "RUB", "KRW", "CAD", "AUD", "NZD", "CHF", "KZT", "HKD", "SGD", "TWD",
    "SEK", "NOK", "DKK", "PLN", "CZK", "HUF", "RON", "BGN", "TRY", "ILS", "EGP", "SAR", "AED", "QAR", "KWD", "BHD",
    "OMR", "JOD", "LBP", "IQD", "IRR", "MYR", "IDR", "THB", "VND", "PHP", "PKR", "BDT", "LKR", "NPR", "UAH", "BYN",
    "GEL", "AZN", "AMD", "UZS", "KGS", "MNT", "BRL", "MXN", "ARS", "CLP", "COP", "PEN", "ZAR", "NGN", "KES", "GHS",
    "ETB", "MAD", "TND", "DZD", "XAF", "XOF",
];
const _: () = {
    let mut i = 0;
    while i < CODES.len() {
        assert!(CODES[i].len() == 3, "`code` turns away every word but of three bytes");
        i += 1;
    }
};

/// A code of `CODES`, as a static string. Every code has three letters:
/// other words are turned away before the scan of the list, which every
/// word near a number asks.
fn code(word: &str) -> Option<&'static str> {
    if word.len() != 3 {
        return None;
    }
    CODES.iter().copied().find(|&c| c == word)
}

/// Currency signs.
fn symbol(word: &str) -> Option<&'static str> {
    Some(match word {
        "$" => "USD",
        "€" => "EUR",
        "£" => "GBP",
        "¥" => "JPY",
        "₹" => "INR",
        "₽" => "RUB",
        "₩" => "KRW",
        "₸" => "KZT",
        "₺" => "TRY",
        "₦" => "NGN",
        "₴" => "UAH",
        "₪" => "ILS",
        "฿" => "THB",
        "₱" => "PHP",
        _ => return None,
    })
}

/// The letters before a glued "$": "US$", "C$", "A$", "HK$".
fn dollar_prefix(word: &str) -> Option<&'static str> {
    Some(match word {
        "US" | "U.S." | "USD" => "USD",
        "C" | "CA" | "Can" | "CAD" => "CAD",
        "A" | "AU" | "AUD" => "AUD",
        "HK" | "HKD" => "HKD",
        "S" | "SG" | "SGD" => "SGD",
        "NZ" | "NZD" => "NZD",
        "NT" => "TWD",
        "R" => "BRL",
        "Mex" => "MXN",
        _ => return None,
    })
}

/// Abbreviations written before amounts: "Rs 20", "RM 42".
fn abbreviation(word: &str) -> Option<&'static str> {
    Some(match word {
        "Rs" | "Rs." | "rs" | "rs." => "INR",
        // The renminbi's common abbreviation, not an ISO code.
        "RMB" | "rmb" => "CNY",
        // Codes written in lower case after an amount ("20 usd"): only the
        // main ones, none an English word.
        "usd" => "USD",
        "eur" => "EUR",
        "gbp" => "GBP",
        "jpy" => "JPY",
        "cny" => "CNY",
        "inr" => "INR",
        "cad" => "CAD",
        "aud" => "AUD",
        "chf" => "CHF",
        "RM" => "MYR",
        "Rp" => "IDR",
        _ => return None,
    })
}

/// The currency before the number at token `i`: its code and the token where
/// the number starts.
pub(super) fn prefix(cur: &Cursor, i: usize) -> Option<(&'static str, usize)> {
    let word = cur.word(i);
    if let Some(c) = symbol(word) {
        return Some((c, i + 1));
    }
    if cur.kind(i) != Some(TokenKind::Word) {
        return None;
    }
    if cur.word(i + 1) == "$" && cur.glued(i + 1) {
        return dollar_prefix(word).map(|c| (c, i + 2));
    }
    // Every prefix below has a number one to three tokens on: a cheap test first.
    let number_near = (i + 1..i + 4).any(|k| cur.kind(k) == Some(TokenKind::Number));
    if !number_near {
        return None;
    }
    // "Rs. 20": the abbreviation's full stop.
    let number_at = if cur.word(i + 1) == "." && cur.glued(i + 1) { i + 2 } else { i + 1 };
    if cur.kind(number_at) == Some(TokenKind::Number) {
        if let Some(c) = code(word).or_else(|| abbreviation(word)) {
            return Some((c, number_at));
        }
    }
    // "ringgit 42", "malaysian ringgit 42": a name before the amount, with
    // the nationality that narrows it (none when the amount follows at once).
    let (adjective, at) = if cur.kind(i + 1) == Some(TokenKind::Number) { (None, i) } else { nationality(cur, i) };
    let name = cur.lower(at);
    let (key, default, factor) = name_of(name.as_str())?;
    // Only names that news writes before amounts; "the dollar 639.55" is a rate.
    let before_amounts = matches!(
        key,
        "ringgit" | "rupee" | "rupiah" | "tenge" | "tugrik" | "naira" | "baht" | "shekel" | "hryvnia" | "zloty"
    );
    if !before_amounts || factor != 1.0 || cur.kind(at + 1) != Some(TokenKind::Number) {
        return None;
    }
    adjective.and_then(|a| narrowed(a, key)).or(default).map(|c| (c, at + 1))
}

/// A code glued to the digits of one word token: "USD3.14", "Rs20", "RM42".
/// Returns the code and the byte length of the code.
pub(super) fn glued_prefix(word: &str) -> Option<(&'static str, usize)> {
    let digits = word.find(|c: char| c.is_ascii_digit())?;
    let head = &word[..digits];
    code(head).or_else(|| abbreviation(head)).map(|c| (c, digits))
}

/// A currency found after a number.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct After {
    /// ISO 4217 code, when the currency is known.
    pub code: Option<&'static str>,
    /// Token after the currency.
    pub end: usize,
    /// What one unit of it is worth in the code's main unit (cents: 0.01).
    pub factor: f64,
}

/// The currency after a number. `suffix` is what is glued to its digits,
/// `i` the token after the number, `first` the number's first token, `scaled`
/// whether a scale word applied ("20 million pounds").
pub(super) fn after(cur: &Cursor, suffix: &str, i: usize, first: usize, scaled: bool) -> Option<After> {
    let found = |code: Option<&'static str>, end: usize, factor: f64| Some(After { code, end, factor });
    match suffix {
        "" => {}
        "Rs" | "RM" => return found(abbreviation(suffix), i, 1.0),
        "US" | "C" | "A" | "HK" if cur.word(i) == "$" && cur.glued(i) => {
            return found(dollar_prefix(suffix), i + 1, 1.0)
        }
        // "20-million-dollar", "a 5-euro note": a currency word in a compound.
        // "a 10-pound bag" weighs: a pound is money here only with a scale.
        _ if suffix.starts_with('-') => {
            let (key, default, factor) = name_of(&suffix[1..])?;
            return (key != "pound" || scaled).then_some(After { code: default, end: i, factor });
        }
        "c" => return found(Some("USD"), i, 0.01),
        "p" => return found(Some("GBP"), i, 0.01),
        _ => return code(suffix).and_then(|c| found(Some(c), i, 1.0)),
    }
    let word = cur.word(i);
    if let Some(c) = symbol(word) {
        // "20 €ur": a stray "ur" glued to the sign.
        let end = if cur.is(i + 1, "ur") && cur.glued(i + 1) { i + 2 } else { i + 1 };
        // A sign before the next number belongs to that number: "5 $10".
        if cur.kind(end) == Some(TokenKind::Number) && !cur.glued(i) {
            return None;
        }
        return found(Some(c), end, 1.0);
    }
    if word == "¢" {
        return found(Some("USD"), i + 1, 0.01);
    }
    if let Some(c) = code(word).or_else(|| abbreviation(word)) {
        return found(Some(c), i + 1, 1.0);
    }
    // Egypt's pound: "42 LE", "42 L.E."
    if matches!(word, "LE" | "L.E" | "L.E." | "l.e.") {
        return found(Some("EGP"), i + 1, 1.0);
    }
    if cur.kind(i) != Some(TokenKind::Word) {
        return None;
    }
    // "US$" after the number: "3.14 US$".
    if cur.word(i + 1) == "$" && cur.glued(i + 1) {
        if let Some(c) = dollar_prefix(word) {
            return found(Some(c), i + 2, 1.0);
        }
    }
    // "10 c", at the end of the text only: elsewhere "c" is too many things.
    if word == "c" && !cur.has(i + 1) {
        return found(Some("USD"), i + 1, 0.01);
    }
    // A nationality narrows a name: "Kuwaiti dinars", "Hong Kong dollars".
    let (adjective, name_at) = nationality(cur, i);
    let name = cur.lower(name_at);
    let (key, default, factor) = name_of(name.as_str())?;
    let mut end = name_at + 1;
    let code = match adjective {
        Some(adj) => narrowed(adj, key).or(default),
        None if key == "pound" => {
            if cur.is(end, "sterling") {
                end += 1;
                Some("GBP")
            } else if scaled || paying_before(cur, first) {
                Some("GBP")
            } else {
                return None;
            }
        }
        None => default,
    };
    found(code, end, factor)
}

/// A currency name: its key, its code when unambiguous, and its worth in that code.
fn name_of(word: &str) -> Option<(&'static str, Option<&'static str>, f64)> {
    Some(match word {
        "dollar" | "dollars" | "buck" | "bucks" => ("dollar", Some("USD"), 1.0),
        "euro" | "euros" => ("euro", Some("EUR"), 1.0),
        "pound" | "pounds" => ("pound", Some("GBP"), 1.0),
        "sterling" => ("pound", Some("GBP"), 1.0),
        "pence" | "penny" | "pennies" => ("penny", Some("GBP"), 0.01),
        "cent" | "cents" => ("cent", Some("USD"), 0.01),
        "dime" | "dimes" => ("dime", Some("USD"), 0.1),
        "yen" => ("yen", Some("JPY"), 1.0),
        "yuan" | "renminbi" => ("yuan", Some("CNY"), 1.0),
        "rupee" | "rupees" => ("rupee", Some("INR"), 1.0),
        "franc" | "francs" => ("franc", Some("CHF"), 1.0),
        "tenge" => ("tenge", Some("KZT"), 1.0),
        "rouble" | "roubles" | "ruble" | "rubles" => ("rouble", Some("RUB"), 1.0),
        "won" => ("won", Some("KRW"), 1.0),
        "ringgit" | "ringgits" => ("ringgit", Some("MYR"), 1.0),
        "shekel" | "shekels" => ("shekel", Some("ILS"), 1.0),
        "tugrik" | "tugriks" => ("tugrik", Some("MNT"), 1.0),
        "hryvnia" | "hryvnias" | "hryvnias." => ("hryvnia", Some("UAH"), 1.0),
        "zloty" | "zlotys" | "zlotych" => ("zloty", Some("PLN"), 1.0),
        "rand" => ("rand", Some("ZAR"), 1.0),
        "naira" => ("naira", Some("NGN"), 1.0),
        "lira" | "liras" => ("lira", Some("TRY"), 1.0),
        "baht" => ("baht", Some("THB"), 1.0),
        "rupiah" => ("rupiah", Some("IDR"), 1.0),
        "real" | "reais" => ("real", None, 1.0),
        "dinar" | "dinars" => ("dinar", None, 1.0),
        "riyal" | "riyals" => ("riyal", None, 1.0),
        // Glued and colloquial names of Duckling's corpus.
        "saudiriyal" | "saudiriyals" => ("saudi riyal", Some("SAR"), 1.0),
        "egyptianpound" | "egyptianpounds" | "geneh" => ("egyptian pound", Some("EGP"), 1.0),
        "rial" | "rials" => ("rial", None, 1.0),
        "dirham" | "dirhams" => ("dirham", None, 1.0),
        "peso" | "pesos" => ("peso", None, 1.0),
        "krone" | "kroner" | "krona" | "kronor" => ("krone", None, 1.0),
        "shilling" | "shillings" => ("shilling", None, 1.0),
        _ => return None,
    })
}

/// A nationality before the currency name at token `i`: ("kuwaiti", name token).
fn nationality<'c>(cur: &Cursor<'c>, i: usize) -> (Option<&'static str>, usize) {
    const ONE_WORD: &[&str] = &[
        "us",
        "u.s.",
        "american",
        "canadian",
        "australian",
        "singapore",
        "taiwan",
        "swiss",
        "indian",
        "pakistani",
        "kuwaiti",
        "iraqi",
        "jordanian",
        "bahraini",
        "saudi",
        "qatari",
        "omani",
        "iranian",
        "yemeni",
        "egyptian",
        "lebanese",
        "syrian",
        "british",
        "malaysian",
        "malaysia",
        "mexican",
        "philippine",
        "argentine",
        "chilean",
        "colombian",
        "uae",
        "emirati",
        "moroccan",
        "danish",
        "norwegian",
        "swedish",
        "japanese",
        "chinese",
        "nigerian",
        "turkish",
        "brazilian",
        "russian",
        "kazakh",
        "kenyan",
        "ugandan",
        "tanzanian",
        "libyan",
        "tunisian",
        "algerian",
    ];
    // The currency's name first: it is rarely there, and then no
    // nationality needs looking for.
    if name_of(cur.lower(i + 1).as_str()).is_some() {
        let lower = cur.lower(i);
        let word = lower.as_str();
        if let Some(&adj) = ONE_WORD.iter().find(|&&a| a == word) {
            return (Some(adj), i + 1);
        }
    }
    if name_of(cur.lower(i + 2).as_str()).is_some() {
        for (first, second, adj) in [
            ("hong", "kong", "hong kong"),
            ("new", "zealand", "new zealand"),
            ("south", "african", "south african"),
            ("sri", "lankan", "sri lankan"),
        ] {
            if cur.is(i, first) && cur.is(i + 1, second) {
                return (Some(adj), i + 2);
            }
        }
    }
    (None, i)
}

/// The code of a currency name narrowed by a nationality.
fn narrowed(adjective: &str, key: &str) -> Option<&'static str> {
    Some(match (adjective, key) {
        ("us" | "u.s." | "american", "dollar") => "USD",
        ("canadian", "dollar") => "CAD",
        ("australian", "dollar") => "AUD",
        ("hong kong", "dollar") => "HKD",
        ("singapore", "dollar") => "SGD",
        ("new zealand", "dollar") => "NZD",
        ("taiwan", "dollar") => "TWD",
        ("swiss", "franc") => "CHF",
        ("indian", "rupee") => "INR",
        ("pakistani", "rupee") => "PKR",
        ("sri lankan", "rupee") => "LKR",
        ("kuwaiti", "dinar") => "KWD",
        ("iraqi", "dinar") => "IQD",
        ("jordanian", "dinar") => "JOD",
        ("bahraini", "dinar") => "BHD",
        ("libyan", "dinar") => "LYD",
        ("tunisian", "dinar") => "TND",
        ("algerian", "dinar") => "DZD",
        ("saudi", "riyal") => "SAR",
        ("qatari", "riyal") => "QAR",
        ("omani", "rial") => "OMR",
        ("iranian", "rial") => "IRR",
        ("yemeni", "rial") => "YER",
        ("egyptian", "pound") => "EGP",
        ("lebanese", "pound") => "LBP",
        ("syrian", "pound") => "SYP",
        ("british", "pound") => "GBP",
        ("malaysian" | "malaysia", "ringgit") => "MYR",
        ("mexican", "peso") => "MXN",
        ("philippine", "peso") => "PHP",
        ("argentine", "peso") => "ARS",
        ("chilean", "peso") => "CLP",
        ("colombian", "peso") => "COP",
        ("uae" | "emirati", "dirham") => "AED",
        ("moroccan", "dirham") => "MAD",
        ("danish", "krone") => "DKK",
        ("norwegian", "krone") => "NOK",
        ("swedish", "krone") => "SEK",
        ("japanese", "yen") => "JPY",
        ("chinese", "yuan") => "CNY",
        ("south african", "rand") => "ZAR",
        ("nigerian", "naira") => "NGN",
        ("turkish", "lira") => "TRY",
        ("brazilian", "real") => "BRL",
        ("russian", "rouble") => "RUB",
        ("kazakh", "tenge") => "KZT",
        ("kenyan", "shilling") => "KES",
        ("ugandan", "shilling") => "UGX",
        ("tanzanian", "shilling") => "TZS",
        _ => return None,
    })
}

/// True when a word about paying comes shortly before token `first`:
/// "it cost ten pounds", "fined 500 pounds".
fn paying_before(cur: &Cursor, first: usize) -> bool {
    const PAYING: &[&str] = &[
        "cost", "costs", "costing", "paid", "pay", "pays", "paying", "spent", "spend", "spends", "worth", "price",
        "priced", "fined", "fine", "raised", "earn", "earned", "earns", "salary", "charged", "charge", "bill",
        "budget", "fee", "fees", "sold", "bought", "invested", "donated", "owed", "owe", "for", "tax", "taxes",
        "revenue", "profit", "loss", "losses", "wage", "wages",
    ];
    (first.saturating_sub(4).max(cur.start)..first).any(|k| PAYING.contains(&cur.lower(k).as_str()))
}

/// The cents of an amount: "$20 and 43c", "20 dollars 43 cents", "$20 43" or
/// "15 dollars 50" at the end of a sentence or clause. `i` is the token after the amount. Returns the cents
/// as a fraction of the main unit and the token after them.
pub(super) fn cents(cur: &Cursor, i: usize) -> Option<(f64, usize)> {
    let mut k = i;
    if cur.is(k, "and") || cur.word(k) == "," {
        k += 1;
    }
    let num = super::parse::number(cur, k, false)?;
    if num.value_max.is_some() || num.value.fract() != 0.0 || num.value >= 100.0 || num.value < 0.0 {
        return None;
    }
    let worth = num.value / 100.0;
    match num.suffix {
        "c" => return Some((worth, num.end)),
        "" => {}
        _ => return None,
    }
    let unit = cur.lower(num.end);
    match unit.as_str() {
        "c" | "cent" | "cents" | "pence" | "penny" | "p" | "sen" | "sens" | "kopiyka" | "kopiykas" | "kopecks"
        | "kopeks" => Some((worth, num.end + 1)),
        "¢" => Some((worth, num.end + 1)),
        // "$20 43" or "15 dollars 50" ending a sentence or a clause.
        _ if !cur.has(num.end) || matches!(cur.word(num.end), "." | "," | ";" | ")" | "!" | "?") => {
            Some((worth, num.end))
        }
        _ => None,
    }
}
