//! Reading numbers the way Estonian users type them: a decimal comma or a
//! decimal point, surrounding spaces ignored.

use serde::{Deserialize, Serialize};

use crate::i18n::Lang;

/// A number Rust formatted (`12.5`) written the way `lang` writes decimals:
/// Estonian and Russian with a comma, English with a point. The one place
/// this convention lives; `parse_decimal` reads both.
pub fn decimal(lang: Lang, formatted: String) -> String {
    match lang.only() {
        Lang::Et | Lang::Ru => formatted.replace('.', ","),
        Lang::En => formatted,
    }
}

/// `x` (0 or more) with `places` decimals, "3.07", by integer arithmetic:
/// `{:.2}` brings f64's formatting, about 9 KB of wasm, into a page that
/// otherwise has none (every widget but the calculators) for a console note
/// or a size. It rounds half away from zero where `{:.2}` rounds an exact
/// tie to even ("0.13" for 0.125, not "0.12"); for a ratio or a size shown
/// to a person that does not matter.
pub fn fixed(x: f64, places: u32) -> String {
    let scale = 10u64.pow(places);
    let n = (x.max(0.0) * scale as f64).round() as u64;
    if places == 0 {
        return n.to_string();
    }
    let width = places as usize;
    format!("{}.{:0width$}", n / scale, n % scale)
}

/// Why a piece of text is not a number. The UI turns this into a message in
/// the user's language at the place the text came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum NumberError {
    Empty,
    NotANumber,
}

/// Parses `"12,5"`, `"12.5"`, `" 12 "`; refuses `"1.234,5"`, `"12 p"`,
/// infinities and NaN (a grade never needs them).
pub fn parse_decimal(text: &str) -> Result<f64, NumberError> {
    let t = text.trim();
    if t.is_empty() {
        return Err(NumberError::Empty);
    }
    let separators = t.chars().filter(|c| *c == ',' || *c == '.').count();
    if separators > 1 {
        return Err(NumberError::NotANumber);
    }
    let valid_chars = t.char_indices().all(|(i, c)| {
        c.is_ascii_digit() || c == ',' || c == '.' || (i == 0 && (c == '-' || c == '+'))
    });
    if !valid_chars || !t.chars().any(|c| c.is_ascii_digit()) {
        return Err(NumberError::NotANumber);
    }
    t.replace(',', ".")
        .parse::<f64>()
        .ok()
        // Over 309 digits, Rust's parser gives infinity rather than an error.
        .filter(|x| x.is_finite())
        .ok_or(NumberError::NotANumber)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_prints_as_format_does_away_from_ties() {
        for (x, places) in [
            (0.0, 1),
            (1.0, 2),
            (1.004, 2),
            (1.006, 2),
            (3.0735, 2),
            (4.4949, 2),
            (4.5, 1),
            (9.999, 2),
            (9.95001, 1),
            (10.0, 0),
            (20.994, 2),
            (21.0, 2),
            (1234.56, 1),
            (0.05001, 1),
        ] {
            assert_eq!(
                fixed(x, places),
                format!("{x:.*}", places as usize),
                "{x} {places}"
            );
        }
        assert_eq!(fixed(0.125, 2), "0.13", "half away from zero");
        assert_eq!(fixed(-1.0, 1), "0.0", "never negative");
    }

    proptest::proptest! {
        #[test]
        fn fixed_agrees_with_format_except_within_a_hair_of_a_tie(n in 0u64..10_000_000, places in 0u32..4) {
            // n / 10^(places + 1) lands on ties only when its last digit is 5.
            let x = n as f64 / 10f64.powi(places as i32 + 1);
            proptest::prop_assume!(n % 10 != 5);
            proptest::prop_assert_eq!(fixed(x, places), format!("{x:.*}", places as usize));
        }
    }

    #[test]
    fn decimals_are_written_in_the_languages_convention() {
        assert_eq!(decimal(Lang::Et, "4.55".into()), "4,55");
        assert_eq!(decimal(Lang::Ru, "4.55".into()), "4,55");
        assert_eq!(decimal(Lang::En, "4.55".into()), "4.55");
        assert_eq!(decimal(Lang::Et, "90".into()), "90");
        for lang in Lang::ALL {
            assert_eq!(parse_decimal(&decimal(lang, "12.5".into())), Ok(12.5));
        }
    }

    #[test]
    fn decimal_comma_and_point_read_the_same() {
        let cases: &[(&str, Result<f64, NumberError>)] = &[
            ("12,5", Ok(12.5)),
            ("12.5", Ok(12.5)),
            (" 7 ", Ok(7.0)),
            ("0", Ok(0.0)),
            (",5", Ok(0.5)),
            ("-3", Ok(-3.0)),
            ("", Err(NumberError::Empty)),
            ("   ", Err(NumberError::Empty)),
            ("abc", Err(NumberError::NotANumber)),
            ("1.234,5", Err(NumberError::NotANumber)),
            ("12 p", Err(NumberError::NotANumber)),
            ("inf", Err(NumberError::NotANumber)),
            ("NaN", Err(NumberError::NotANumber)),
            ("1e5", Err(NumberError::NotANumber)),
            (",", Err(NumberError::NotANumber)),
            ("5-", Err(NumberError::NotANumber)),
        ];
        // Found by the fuzz tests: 400 digits parsed as infinity.
        let huge = format!("1{}", "0".repeat(400));
        let just_finite = format!("17976931348623157{}", "0".repeat(292));
        for (text, expected) in cases {
            assert_eq!(parse_decimal(text), *expected, "input {text:?}");
        }
        assert_eq!(parse_decimal(&huge), Err(NumberError::NotANumber));
        assert_eq!(
            parse_decimal(&format!("-{huge}")),
            Err(NumberError::NotANumber)
        );
        assert_eq!(parse_decimal(&just_finite), Ok(f64::MAX));
    }
}
