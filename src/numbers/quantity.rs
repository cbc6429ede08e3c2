//! Quantities: a number and a unit of measurement, with one canonical name
//! per unit.
//!
//! Canonical names are singular, lower case, in British spelling, built from
//! SI-style parts so that a reader can predict them:
//!
//! | kind        | canonical names (examples of surfaces)                                   |
//! |-------------|---------------------------------------------------------------------------|
//! | length      | `metre` (m, meters), `kilometre` (km, kms), `centimetre`, `millimetre`, `micrometre`, `nanometre`, `picometre` (2.1 pm), `femtometre`, `attometre` (2.123 am), `mile` (mi), `nautical mile`, `foot` (ft, feet, 7'), `inch` (in, 5"), `yard` (yd) |
//! | area        | `square <length>` (square kilometres, sq km, km2, km²), `hectare` (ha), `acre` |
//! | volume      | `cubic <length>` (cubic metres, m3, km^3, km cubed), `litre` (l, L), `millilitre` (ml), `centilitre`, `hectolitre`, `gallon` (gal), `barrel` (bbl), `pint`, `quart`, `cup`, `tablespoon` (tbsp), `teaspoon` (tsp), `fluid ounce` |
//! | mass        | `gram` (g), `kilogram` (kg, kilos), `milligram` (mg), `microgram`, `tonne` (t, metric tons), `ton`, `pound` (lb, lbs), `ounce` (oz) |
//! | energy      | `joule` (J), `kilojoule`, `megajoule`, `gigajoule`, `calorie`, `kilocalorie` (kcal), `electronvolt` (eV, and `kilo-`/`mega-`/`giga-`/`tera-`), `british thermal unit` (Btu), `<power> hour` (Wh, kWh, MWh, GWh, TWh, kilowatt-hours) |
//! | power       | `watt` (W), `milliwatt`, `kilowatt` (kW), `megawatt` (MW), `gigawatt` (GW), `terawatt`, `horsepower` (hp) |
//! | temperature | `degree celsius` (°C, degrees Celsius, 30 C), `degree fahrenheit` (°F, degrees F), `kelvin` (K), `degree` (45°, 45 degrees: no scale given) |
//! | speed       | `kilometre per hour` (km/h, kph), `mile per hour` (mph), `metre per second` (m/s), `knot` |
//! | data        | `bit` (b), `byte`, `kilobyte` (kB, KB), `megabyte` (MB), `gigabyte` (GB), `terabyte` (TB), `petabyte`, `exabyte`, `kibibyte` (KiB), `mebibyte`, `gibibyte`, `kilobit` (kb), `megabit` (Mb), `gigabit` (Gb) |
//! | angle       | `degree`, `arcminute` (arcmin, arc minutes, minutes of arc), `arcsecond` (arcsec) |
//! | physics     | `joule second` (J·s, Js), `inverse femtobarn` (fb−1, fb^-1, fb⁻¹, inverse femtobarns; also `picobarn`, `nanobarn`, `attobarn`), `femtobarn` |
//! | other       | `hertz`, `kilohertz`, `megahertz`, `gigahertz` (GHz), `volt`, `kilovolt`, `ampere`, `gray` (Gy), `milligray` (mGy), `sievert`, `millisievert` |
//!
//! Any of these followed by "per <unit>" or "/<unit>" makes `<unit> per
//! <unit>` ("W/min" → `watt per minute`, "tpd" → `ton per day`), where the
//! second may also be a unit of time (`second`, `minute`, `hour`, `day`,
//! `week`, `month`, `year`). Units of time alone are not quantities: "three
//! days" is a duration for the date recogniser.
//!
//! Short abbreviations that are also common words or letters ("in", "t",
//! "C", "l") count only right after a number, and "in" only when nothing that
//! could be its object follows ("2 in thick", but not "one in five").
//! "pm" and "am" are picometres and attometres only after a decimal that no
//! clock writes ("2.1 pm", never "2 pm" or "2.30 pm"); "fb" only with its
//! exponent ("fb−1"), never alone.

use super::cursor::{Cursor, Lower};
use super::parse;
use crate::tokenize::TokenKind;

/// Case-sensitive abbreviations.
fn abbreviation(word: &str) -> Option<&'static str> {
    Some(match word {
        "m" => "metre",
        "km" | "kms" | "Km" | "KM" => "kilometre",
        "cm" | "cms" => "centimetre",
        "mm" => "millimetre",
        "µm" | "μm" => "micrometre",
        "nm" => "nanometre",
        "mi" => "mile",
        "ft" | "ft." => "foot",
        "in" | "in." => "inch",
        "yd" | "yds" => "yard",
        "ha" => "hectare",
        "l" | "L" | "ltr" | "ltrs" => "litre",
        "ml" | "mL" | "mls" => "millilitre",
        "cl" | "cL" => "centilitre",
        "hl" | "hL" => "hectolitre",
        "gal" | "gals" | "gal." => "gallon",
        "bbl" | "bbls" => "barrel",
        "tbsp" | "tbs" => "tablespoon",
        "tsp" => "teaspoon",
        "cc" => "cubic centimetre",
        "g" | "g." | "gs" | "gr" => "gram",
        "kg" | "kgs" | "Kg" | "KG" | "k.g." | "k.gs" | "kg." => "kilogram",
        "mg" => "milligram",
        "µg" | "μg" | "mcg" => "microgram",
        "t" => "tonne",
        "lb" | "lbs" | "lb." | "lbs." => "pound",
        "oz" | "oz." => "ounce",
        "W" => "watt",
        "mW" => "milliwatt",
        "kW" | "KW" => "kilowatt",
        "MW" => "megawatt",
        "GW" => "gigawatt",
        "TW" => "terawatt",
        "Wh" => "watt hour",
        "kWh" | "KWh" | "kwh" => "kilowatt hour",
        "MWh" => "megawatt hour",
        "GWh" => "gigawatt hour",
        "TWh" => "terawatt hour",
        "J" => "joule",
        // The unit of action (Planck's constant is 6.6e-34 J·s).
        "Js" | "J·s" | "J⋅s" => "joule second",
        "kJ" => "kilojoule",
        "MJ" => "megajoule",
        "GJ" => "gigajoule",
        "kcal" => "kilocalorie",
        "eV" => "electronvolt",
        "keV" => "kiloelectronvolt",
        "MeV" => "megaelectronvolt",
        "GeV" => "gigaelectronvolt",
        "TeV" => "teraelectronvolt",
        "Btu" | "BTU" | "btu" => "british thermal unit",
        "hp" => "horsepower",
        "V" => "volt",
        "kV" => "kilovolt",
        "A" => "ampere",
        "Hz" => "hertz",
        "kHz" => "kilohertz",
        "MHz" => "megahertz",
        "GHz" => "gigahertz",
        "C" => "degree celsius",
        "F" => "degree fahrenheit",
        "K" => "kelvin",
        "km/h" | "kph" | "kmh" | "km/hr" | "kmph" => "kilometre per hour",
        "mph" => "mile per hour",
        "m/s" => "metre per second",
        "kt" | "kts" => "knot",
        "b" | "bit" => "bit",
        "kb" | "Kb" | "kbit" => "kilobit",
        "Mb" | "Mbit" => "megabit",
        "Gb" | "Gbit" => "gigabit",
        "kB" | "KB" => "kilobyte",
        "MB" => "megabyte",
        "GB" => "gigabyte",
        "TB" => "terabyte",
        "PB" => "petabyte",
        "EB" => "exabyte",
        "KiB" => "kibibyte",
        "MiB" => "mebibyte",
        "GiB" => "gibibyte",
        "kbps" | "Kbps" => "kilobit per second",
        "Mbps" => "megabit per second",
        "Gbps" => "gigabit per second",
        "Gy" => "gray",
        "mGy" => "milligray",
        "Sv" => "sievert",
        "mSv" => "millisievert",
        "tpd" => "ton per day",
        "s-1" => "inverse second",
        // Integrated luminosity in particle physics, written as one token.
        "fb-1" | "fb−1" | "fb⁻¹" => "inverse femtobarn",
        "pb-1" | "pb−1" | "pb⁻¹" => "inverse picobarn",
        "nb-1" | "nb−1" | "nb⁻¹" => "inverse nanobarn",
        "ab-1" | "ab−1" | "ab⁻¹" => "inverse attobarn",
        "arcmin" => "arcminute",
        "arcsec" => "arcsecond",
        "Ma" => "megayear",
        "Ga" => "gigayear",
        _ => return None,
    })
}

/// Unit words, lower case, singular and plural.
fn full_word(word: &str) -> Option<&'static str> {
    Some(match word {
        "metre" | "metres" | "meter" | "meters" => "metre",
        "kilometre" | "kilometres" | "kilometer" | "kilometers" => "kilometre",
        "centimetre" | "centimetres" | "centimeter" | "centimeters" => "centimetre",
        "millimetre" | "millimetres" | "millimeter" | "millimeters" => "millimetre",
        "micrometre" | "micrometres" | "micrometer" | "micrometers" | "micron" | "microns" => "micrometre",
        "nanometre" | "nanometres" | "nanometer" | "nanometers" => "nanometre",
        "mile" | "miles" => "mile",
        "foot" | "feet" => "foot",
        "inch" | "inches" => "inch",
        "yard" | "yards" => "yard",
        "hectare" | "hectares" => "hectare",
        "acre" | "acres" => "acre",
        "litre" | "litres" | "liter" | "liters" => "litre",
        "millilitre" | "millilitres" | "milliliter" | "milliliters" => "millilitre",
        "centilitre" | "centilitres" | "centiliter" | "centiliters" => "centilitre",
        "hectolitre" | "hectolitres" | "hectoliter" | "hectoliters" => "hectolitre",
        "gallon" | "gallons" => "gallon",
        "barrel" | "barrels" => "barrel",
        "pint" | "pints" => "pint",
        "quart" | "quarts" => "quart",
        "cup" | "cups" => "cup",
        "tablespoon" | "tablespoons" => "tablespoon",
        "teaspoon" | "teaspoons" => "teaspoon",
        "gram" | "grams" | "gramme" | "grammes" => "gram",
        "kilogram" | "kilograms" | "kilogramme" | "kilogrammes" | "kilo" | "kilos" => "kilogram",
        "milligram" | "milligrams" | "milligramme" | "milligrammes" => "milligram",
        "microgram" | "micrograms" => "microgram",
        "tonne" | "tonnes" => "tonne",
        "ton" | "tons" => "ton",
        "pound" | "pounds" => "pound",
        "ounce" | "ounces" => "ounce",
        "watt" | "watts" => "watt",
        "milliwatt" | "milliwatts" => "milliwatt",
        "kilowatt" | "kilowatts" => "kilowatt",
        "megawatt" | "megawatts" => "megawatt",
        "gigawatt" | "gigawatts" => "gigawatt",
        "terawatt" | "terawatts" => "terawatt",
        "watt-hour" | "watt-hours" => "watt hour",
        "kilowatt-hour" | "kilowatt-hours" => "kilowatt hour",
        "megawatt-hour" | "megawatt-hours" => "megawatt hour",
        "gigawatt-hour" | "gigawatt-hours" => "gigawatt hour",
        "terawatt-hour" | "terawatt-hours" => "terawatt hour",
        "joule" | "joules" => "joule",
        "kilojoule" | "kilojoules" => "kilojoule",
        "megajoule" | "megajoules" => "megajoule",
        "gigajoule" | "gigajoules" => "gigajoule",
        "calorie" | "calories" => "calorie",
        "kilocalorie" | "kilocalories" => "kilocalorie",
        "electronvolt" | "electronvolts" | "electron-volt" | "electron-volts" => "electronvolt",
        "horsepower" => "horsepower",
        "volt" | "volts" => "volt",
        "kilovolt" | "kilovolts" => "kilovolt",
        "amp" | "amps" | "ampere" | "amperes" => "ampere",
        "hertz" => "hertz",
        "kilohertz" => "kilohertz",
        "megahertz" => "megahertz",
        "gigahertz" => "gigahertz",
        "celsius" | "centigrade" => "degree celsius",
        "fahrenheit" => "degree fahrenheit",
        "kelvin" | "kelvins" => "kelvin",
        "knot" | "knots" => "knot",
        "bits" => "bit",
        "byte" | "bytes" => "byte",
        "kilobyte" | "kilobytes" => "kilobyte",
        "megabyte" | "megabytes" => "megabyte",
        "gigabyte" | "gigabytes" => "gigabyte",
        "terabyte" | "terabytes" => "terabyte",
        "petabyte" | "petabytes" => "petabyte",
        "exabyte" | "exabytes" => "exabyte",
        "kibibyte" | "kibibytes" => "kibibyte",
        "mebibyte" | "mebibytes" => "mebibyte",
        "gibibyte" | "gibibytes" => "gibibyte",
        "kilobit" | "kilobits" => "kilobit",
        "megabit" | "megabits" => "megabit",
        "gigabit" | "gigabits" => "gigabit",
        "sievert" | "sieverts" => "sievert",
        "millisievert" | "millisieverts" => "millisievert",
        "femtobarn" | "femtobarns" => "femtobarn",
        "picobarn" | "picobarns" => "picobarn",
        "nanobarn" | "nanobarns" => "nanobarn",
        "attobarn" | "attobarns" => "attobarn",
        "joule-second" | "joule-seconds" => "joule second",
        "arcminute" | "arcminutes" | "arc-minute" | "arc-minutes" => "arcminute",
        "arcsecond" | "arcseconds" | "arc-second" | "arc-seconds" => "arcsecond",
        "picometre" | "picometres" | "picometer" | "picometers" => "picometre",
        "femtometre" | "femtometres" | "femtometer" | "femtometers" => "femtometre",
        "attometre" | "attometres" | "attometer" | "attometers" => "attometre",
        "megaannum" | "megayear" | "megayears" => "megayear",
        "gigaannum" | "gigayear" | "gigayears" => "gigayear",
        _ => return None,
    })
}

/// Units of time, as the second half of a rate ("per hour", "/min").
fn time_unit(word: &str) -> Option<&'static str> {
    Some(match word {
        "s" | "sec" | "secs" | "second" | "seconds" => "second",
        "min" | "mins" | "minute" | "minutes" => "minute",
        "h" | "hr" | "hrs" | "hour" | "hours" => "hour",
        "d" | "day" | "days" => "day",
        "wk" | "week" | "weeks" => "week",
        "month" | "months" => "month",
        "yr" | "yrs" | "year" | "years" | "annum" => "year",
        _ => return None,
    })
}

/// A unit written as one word: an abbreviation or a unit word.
fn single(word: &str) -> Option<&'static str> {
    abbreviation(word).or_else(|| full_word(Lower::new(word).as_str()))
}

/// "square <unit>" or "cubic <unit>" for a power of 2 or 3.
fn powered(unit: &str, power: u8) -> Option<String> {
    match power {
        2 => Some(format!("square {unit}")),
        3 => Some(format!("cubic {unit}")),
        _ => None,
    }
}

/// A unit written in one piece of text: "km", "km2", "m³", "W/min",
/// "kg/cm³", "s2" (the latter only as a denominator).
fn unit_text(text: &str, denominator: bool) -> Option<String> {
    if let Some(unit) = single(text) {
        return Some(unit.to_string());
    }
    if denominator {
        if let Some(unit) = time_unit(Lower::new(text).as_str()) {
            return Some(unit.to_string());
        }
    }
    if let Some((top, bottom)) = text.split_once('/') {
        let top = unit_text(top, false)?;
        let bottom = unit_text(bottom, true)?;
        return Some(format!("{top} per {bottom}"));
    }
    // "km2", "m³", "s2": a power glued to the unit.
    let last = text.chars().last()?;
    let power = match last {
        '2' | '²' => 2,
        '3' | '³' => 3,
        _ => return None,
    };
    let base = &text[..text.len() - last.len_utf8()];
    let unit = abbreviation(base).or_else(|| if denominator { time_unit(base) } else { None })?;
    powered(unit, power)
}

/// A unit found after a number.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct After {
    /// The canonical unit name.
    pub unit: String,
    /// Token after the unit.
    pub end: usize,
    /// True when the unit says the value is negative ("2 degrees below zero").
    pub negative: bool,
}

/// The unit after a number. `suffix` is what is glued to its digits ("km" of
/// "3km"), `i` the token after the number.
pub(super) fn after(cur: &Cursor, suffix: &str, i: usize) -> Option<After> {
    let (unit, mut end) = if suffix.is_empty() {
        spaced(cur, i)?
    } else {
        // "27-kilometer", "twenty-pound": the hyphen is not part of the unit;
        // "1.5-degree", "2,000-square-foot" name theirs in words.
        let text = suffix.strip_prefix('-').unwrap_or(suffix);
        let unit = match text {
            "degree" => Some("degree".to_string()),
            _ => unit_text(text, false).or_else(|| {
                let (power, base) = match text.split_once('-')? {
                    ("square", base) => (2, base),
                    ("cubic", base) => (3, base),
                    _ => return None,
                };
                powered(&unit_text(base, false)?, power)
            }),
        };
        (unit?, i)
    };
    let mut unit = unit;
    // "km^3", "km squared": a power after the unit.
    let power = if cur.word(end) == "^" && cur.glued(end) && matches!(cur.word(end + 1), "2" | "3") {
        end += 2;
        if cur.word(end - 1) == "2" {
            2
        } else {
            3
        }
    } else if cur.is(end, "squared") || cur.is(end, "cubed") {
        end += 1;
        if cur.is(end - 1, "squared") {
            2
        } else {
            3
        }
    } else {
        1
    };
    if power > 1 {
        // "J/m^2": the power belongs to the last unit.
        unit = match unit.rsplit_once(" per ") {
            Some((top, bottom)) => format!("{top} per {}", powered(bottom, power)?),
            None => powered(&unit, power)?,
        };
    }
    // "kilometres per hour", "J/m^2 per year", "km / h".
    loop {
        let slash = cur.word(end) == "/" && cur.glued(end) && cur.glued(end + 1);
        if !(cur.is(end, "per") || slash) || cur.is(end + 1, "cent") {
            break;
        }
        let mut k = end + 1;
        let mut power = 1;
        if cur.is(k, "square") {
            power = 2;
            k += 1;
        }
        let Some(bottom) = unit_text(cur.word(k), true) else { break };
        let bottom = if power == 2 { powered(&bottom, 2)? } else { bottom };
        unit = format!("{unit} per {bottom}");
        end = k + 1;
        if cur.word(end) == "^" && cur.glued(end) && matches!(cur.word(end + 1), "2" | "3") {
            end += 2;
        }
    }
    let negative = cur.is(end, "below") && cur.is(end + 1, "zero");
    if negative {
        end += 2;
    }
    Some(After { unit, end, negative })
}

/// The unit in the tokens from `i`: its name and the token after it.
fn spaced(cur: &Cursor, i: usize) -> Option<(String, usize)> {
    let word = cur.word(i);
    let lower = cur.lower(i);
    let lower = lower.as_str();
    let found = |unit: &str, end: usize| Some((unit.to_string(), end));
    match lower {
        "square" | "sq" | "sq." | "cubic" | "cu" | "cu." => {
            let power = if lower.starts_with('s') { 2 } else { 3 };
            let (unit, end) = spaced(cur, i + 1)?;
            return Some((powered(&unit, power)?, end));
        }
        "°" | "º" | "degree" | "degrees" | "deg" | "deg." => {
            let scale = cur.lower(i + 1);
            let unit = match scale.as_str() {
                "c" | "celsius" | "centigrade" => "degree celsius",
                "f" | "fahrenheit" => "degree fahrenheit",
                "k" | "kelvin" => "kelvin",
                // "−273.15° on the Celsius scale"
                _ if cur.is(i + 1, "on") && cur.is(i + 2, "the") && cur.is(i + 4, "scale") => {
                    match cur.lower(i + 3).as_str() {
                        "celsius" | "centigrade" => return Some(("degree celsius".to_string(), i + 1)),
                        "fahrenheit" => return Some(("degree fahrenheit".to_string(), i + 1)),
                        _ => return found("degree", i + 1),
                    }
                }
                _ => return found("degree", i + 1),
            };
            return found(unit, i + 2);
        }
        "℃" => return found("degree celsius", i + 1),
        "℉" => return found("degree fahrenheit", i + 1),
        "below" if cur.is(i + 1, "zero") => return Some(("degree".to_string(), i)),
        "british" if cur.is(i + 1, "thermal") && (cur.is(i + 2, "units") || cur.is(i + 2, "unit")) => {
            return found("british thermal unit", i + 3)
        }
        // "2.5 arc minutes", "150 arc seconds", "30 minutes of arc": angles, not durations.
        "arc" => {
            let unit = match cur.lower(i + 1).as_str() {
                "minute" | "minutes" => "arcminute",
                "second" | "seconds" => "arcsecond",
                _ => return None,
            };
            return found(unit, i + 2);
        }
        "minute" | "minutes" | "second" | "seconds" if cur.is(i + 1, "of") && cur.is(i + 2, "arc") => {
            return found(if lower.starts_with('m') { "arcminute" } else { "arcsecond" }, i + 3);
        }
        // "36 inverse femtobarns"
        "inverse" if cur.lower(i + 1).as_str().ends_with("barn") || cur.lower(i + 1).as_str().ends_with("barns") => {
            let barn = full_word(cur.lower(i + 1).as_str())?;
            return Some((format!("inverse {barn}"), i + 2));
        }
        "nautical" if full_word(cur.lower(i + 1).as_str()) == Some("mile") => return found("nautical mile", i + 2),
        "fluid" if full_word(cur.lower(i + 1).as_str()) == Some("ounce") => return found("fluid ounce", i + 2),
        "metric" if matches!(full_word(cur.lower(i + 1).as_str()), Some("ton" | "tonne")) => {
            return found("tonne", i + 2)
        }
        "kilowatt" | "kilowatts" | "megawatt" | "megawatts" | "gigawatt" | "gigawatts" | "terawatt" | "terawatts"
        | "watt" | "watts"
            if cur.is(i + 1, "hours") || cur.is(i + 1, "hour") =>
        {
            let power = full_word(lower)?;
            return Some((format!("{power} hour"), i + 2));
        }
        _ => {}
    }
    // Inches and feet written with quote marks: 5", 5'', 7'. A quote that
    // closes an open quotation is not a unit.
    if cur.glued(i) && matches!(word, "\"" | "'" | "″" | "′") {
        // Within a window, so that a line of a million quote marks stays linear.
        let from = i.saturating_sub(64).max(cur.start);
        let open = (from..i).filter(|&k| cur.word(k) == word || (word == "'" && cur.word(k) == "‘")).count();
        if open % 2 == 0 {
            if word == "'" && cur.word(i + 1) == "'" && cur.glued(i + 1) {
                return found("inch", i + 2);
            }
            let seconds = matches!(word, "\"" | "″");
            if restated_sixty(cur, i, seconds) {
                return found(if seconds { "arcsecond" } else { "arcminute" }, i + 1);
            }
            return found(if seconds { "inch" } else { "foot" }, i + 1);
        }
        return None;
    }
    if cur.kind(i) != Some(TokenKind::Word) {
        return None;
    }
    // "1 fb−1", "5 fb^-1", "36 fb⁻¹": inverse barns, the exponent in tokens of its own.
    if let Some(barn) = inverse_barn(word) {
        let minus_one = |k: usize| {
            matches!(cur.word(k), "-" | "−" | "⁻")
                && matches!(cur.word(k + 1), "1" | "¹")
                && cur.glued(k)
                && cur.glued(k + 1)
        };
        if minus_one(i + 1) {
            return found(barn, i + 3);
        }
        if cur.word(i + 1) == "^" && cur.glued(i + 1) && minus_one(i + 2) {
            return found(barn, i + 4);
        }
        return None;
    }
    // "2.1 pm", "2.123 am": picometres and attometres, only after a decimal
    // that no clock writes ("2.30 pm" and "2 pm" are times).
    if matches!(word, "pm" | "am") {
        if i > cur.start && cur.kind(i - 1) == Some(TokenKind::Number) && clockless_decimal(cur.word(i - 1)) {
            return found(if word == "pm" { "picometre" } else { "attometre" }, i + 1);
        }
        return None;
    }
    if word == "in" || word == "in." {
        // "2 in thick", "5 in." at the end; never "one in five".
        let next = cur.lower(i + 1);
        let ends = !cur.has(i + 1) || cur.kind(i + 1) == Some(TokenKind::Punct) || word == "in.";
        if !(ends
            || matches!(next.as_str(), "thick" | "long" | "wide" | "tall" | "high" | "deep" | "across" | "diameter"))
        {
            return None;
        }
        return found("inch", i + 1);
    }
    let unit = unit_text(word, false)?;
    Some((unit, i + 1))
}

/// True when `text`, after the slash of a price ("$15.4/hour", "$3/kg",
/// "$1.20/share"), names what the price is per.
pub(super) fn per_unit(text: &str) -> bool {
    let lower = Lower::new(text);
    matches!(lower.as_str(), "share" | "person" | "head" | "night" | "unit") || unit_text(text, true).is_some()
}

/// True when the measure whose quote mark is token `i` (a number before it)
/// is restated beside it in brackets with the other mark at sixty times
/// ("2½' (150\")", "150\" (2½')"): minutes and seconds of arc, where feet
/// would be restated as twelve times as many inches.
fn restated_sixty(cur: &Cursor, i: usize, seconds: bool) -> bool {
    let minute_mark = |k: usize| matches!(cur.word(k), "'" | "′") && cur.glued(k);
    let second_mark = |k: usize| matches!(cur.word(k), "\"" | "″") && cur.glued(k);
    let other_mark = |k: usize| if seconds { minute_mark(k) } else { second_mark(k) };
    let value = |k: usize| {
        (cur.kind(k) == Some(TokenKind::Number) && k >= cur.start)
            .then(|| parse::number(cur, k, false))
            .flatten()
            .filter(|n| n.end == k + 1 && n.suffix.is_empty() && n.value_max.is_none())
            .map(|n| n.value)
    };
    let sixty = |minutes: Option<f64>, secs: Option<f64>| match (minutes, secs) {
        (Some(m), Some(s)) => m > 0.0 && (m * 60.0 - s).abs() <= 1e-9 * s.abs(),
        _ => false,
    };
    let ours = value(i.wrapping_sub(1));
    // The other measure after ours: "N′ (M″)".
    let after = (cur.word(i + 1) == "(" && other_mark(i + 3)).then(|| value(i + 2)).flatten();
    // The other measure before ours: "M″ (N′)".
    let before = (i >= cur.start + 4 && cur.word(i - 2) == "(" && other_mark(i - 3)).then(|| value(i - 4)).flatten();
    [after, before].into_iter().flatten().any(|theirs| {
        if seconds {
            sixty(Some(theirs), ours)
        } else {
            sixty(ours, Some(theirs))
        }
    })
}

/// The inverse unit of luminosity named by a barn abbreviation before "−1".
fn inverse_barn(word: &str) -> Option<&'static str> {
    Some(match word {
        "fb" => "inverse femtobarn",
        "pb" => "inverse picobarn",
        "nb" => "inverse nanobarn",
        "ab" => "inverse attobarn",
        _ => return None,
    })
}

/// True for a decimal whose fraction has other than two digits ("2.1",
/// "2.123"): no clock time is written so.
fn clockless_decimal(number: &str) -> bool {
    let Some((whole, fraction)) = number.split_once('.') else { return false };
    !whole.is_empty()
        && whole.bytes().all(|b| b.is_ascii_digit())
        && !fraction.is_empty()
        && fraction.len() != 2
        && fraction.bytes().all(|b| b.is_ascii_digit())
}

/// Units written after "a" or "an" to mean one of them: "a litre", "an ml".
pub(super) fn after_article(cur: &Cursor, i: usize) -> Option<After> {
    const ONE_OF: &[&str] = &[
        "kilogram",
        "kilogramme",
        "kg",
        "gram",
        "litre",
        "liter",
        "millilitre",
        "milliliter",
        "ml",
        "gallon",
        "mile",
        "kilometre",
        "kilometer",
        "metre",
        "meter",
        "inch",
        "yard",
        "lb",
        "pound",
        "ounce",
        "tonne",
        "cup",
        "barrel",
        "hectare",
        "acre",
        "kibibyte",
        "byte",
        "megabyte",
        "gigabyte",
        "terabyte",
    ];
    let word = cur.lower(i);
    if !ONE_OF.contains(&word.as_str()) {
        return None;
    }
    after(cur, "", i)
}

/// What a unit measures and how many SI base units (metre, kilogram, litre,
/// square metre, byte) one of it is. Units without a conversion (degrees,
/// rates) give `None`.
pub fn dimension(unit: &str) -> Option<(&'static str, f64)> {
    Some(match unit {
        "metre" => ("length", 1.0),
        "kilometre" => ("length", 1000.0),
        "centimetre" => ("length", 0.01),
        "millimetre" => ("length", 0.001),
        "micrometre" => ("length", 1e-6),
        "nanometre" => ("length", 1e-9),
        "picometre" => ("length", 1e-12),
        "femtometre" => ("length", 1e-15),
        "attometre" => ("length", 1e-18),
        "mile" => ("length", 1609.344),
        "nautical mile" => ("length", 1852.0),
        "foot" => ("length", 0.3048),
        "inch" => ("length", 0.0254),
        "yard" => ("length", 0.9144),
        "square metre" => ("area", 1.0),
        "square kilometre" => ("area", 1e6),
        "square centimetre" => ("area", 1e-4),
        "square mile" => ("area", 2_589_988.110_336),
        "square foot" => ("area", 0.092_903_04),
        "hectare" => ("area", 1e4),
        "acre" => ("area", 4_046.856_422_4),
        "litre" => ("volume", 1.0),
        "millilitre" => ("volume", 0.001),
        "centilitre" => ("volume", 0.01),
        "hectolitre" => ("volume", 100.0),
        "cubic metre" => ("volume", 1000.0),
        "cubic centimetre" => ("volume", 0.001),
        "cubic kilometre" => ("volume", 1e12),
        "gallon" => ("volume", 3.785_411_784),
        "barrel" => ("volume", 158.987_294_928),
        "pint" => ("volume", 0.473_176_473),
        "quart" => ("volume", 0.946_352_946),
        "cup" => ("volume", 0.236_588_236_5),
        "tablespoon" => ("volume", 0.014_786_764_781_25),
        "teaspoon" => ("volume", 0.004_928_921_593_75),
        "fluid ounce" => ("volume", 0.029_573_529_562_5),
        "gram" => ("mass", 0.001),
        "kilogram" => ("mass", 1.0),
        "milligram" => ("mass", 1e-6),
        "microgram" => ("mass", 1e-9),
        "tonne" => ("mass", 1000.0),
        "ton" => ("mass", 907.184_74),
        "pound" => ("mass", 0.453_592_37),
        "ounce" => ("mass", 0.028_349_523_125),
        "bit" => ("data", 0.125),
        "byte" => ("data", 1.0),
        "kilobyte" => ("data", 1e3),
        "megabyte" => ("data", 1e6),
        "gigabyte" => ("data", 1e9),
        "terabyte" => ("data", 1e12),
        "petabyte" => ("data", 1e15),
        "exabyte" => ("data", 1e18),
        "kibibyte" => ("data", 1024.0),
        _ => return None,
    })
}

/// True for metric units, whose sums read best in the smallest unit;
/// imperial sums ("7 feet 10 inches") do too, mixed ones keep the first unit.
pub(super) fn metric(unit: &str) -> bool {
    unit.contains("metre") || unit.contains("gram") || unit.contains("litre") || unit == "tonne"
}
