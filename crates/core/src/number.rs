//! Reading numbers the way Estonian users type them: a decimal comma or a
//! decimal point, surrounding spaces ignored.

use serde::{Deserialize, Serialize};

use crate::i18n::Lang;

/// A number Rust formatted (`12.5`) written the way `lang` writes decimals:
/// Estonian and Russian with a comma, English with a point. The one place
/// this convention lives; `parse_decimal` reads both.
pub fn decimal(lang: Lang, formatted: String) -> String {
    match lang {
        Lang::Et | Lang::Ru => formatted.replace('.', ","),
        Lang::En => formatted,
    }
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
