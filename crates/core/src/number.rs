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
    let (negative, digits) = match t.as_bytes()[0] {
        b'-' => (true, &t[1..]),
        b'+' => (false, &t[1..]),
        _ => (false, t),
    };
    let (whole, fraction) = match digits.find([',', '.']) {
        Some(i) => (&digits[..i], &digits[i + 1..]),
        None => (digits, ""),
    };
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if !all_digits(whole) || !all_digits(fraction) || whole.len() + fraction.len() == 0 {
        return Err(NumberError::NotANumber);
    }
    let x = decimal_value(whole, fraction);
    // Over 309 digits the value is infinite: not a number anyone typed.
    if !x.is_finite() {
        return Err(NumberError::NotANumber);
    }
    Ok(if negative { -x } else { x })
}

/// The value of the digits `whole`.`fraction`, read without Rust's float
/// parser: its exact algorithm carries a 10 KB table of powers of five,
/// about 12 KB brotli on every page that reads a number (#13). With up to
/// 15 significant digits and the last within 22 places of the point, the
/// result is the nearest `f64`, as Rust's parser gives: the digits are an
/// integer below 2^53 and the power of ten is exact, so one operation rounds
/// once (tested against it). Beyond that, digits after the 19th are dropped
/// and the result can be a few units in the last place off, a relative
/// 10^-15. Numbers typed in a school app have four or five digits.
fn decimal_value(whole: &str, fraction: &str) -> f64 {
    let digits = [whole, fraction].concat();
    let digits = digits.trim_start_matches('0');
    let significant = digits.trim_end_matches('0');
    let kept = &significant[..significant.len().min(19)];
    // The power of ten `kept` is scaled by.
    let exponent = (digits.len() - kept.len()) as i32 - fraction.len() as i32;
    let mantissa = kept.bytes().fold(0u64, |m, b| m * 10 + u64::from(b - b'0')) as f64;
    // powi squares and multiplies: exact for 10^0 … 10^22.
    if exponent >= 0 {
        mantissa * 10f64.powi(exponent)
    } else if exponent >= -300 {
        mantissa / 10f64.powi(-exponent)
    } else {
        // 10^-324 and less in two steps: the power alone would be infinite.
        mantissa / 10f64.powi(-exponent - 300) / 1e300
    }
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
        let just_finite = format!("17976931348623{}", "0".repeat(295));
        for (text, expected) in cases {
            assert_eq!(parse_decimal(text), *expected, "input {text:?}");
        }
        assert_eq!(parse_decimal(&huge), Err(NumberError::NotANumber));
        assert_eq!(
            parse_decimal(&format!("-{huge}")),
            Err(NumberError::NotANumber)
        );
        let x = parse_decimal(&just_finite).unwrap();
        assert!((x / 1.7976931348623e308 - 1.0).abs() < 1e-15, "{x}");
    }

    /// What Rust's own parser reads from the same digits.
    fn std_value(whole: &str, fraction: &str) -> f64 {
        format!("0{whole}.{fraction}0").parse().unwrap()
    }

    #[test]
    fn boundaries_of_the_exact_reading() {
        for (whole, fraction) in [
            ("999999999999999", ""),  // 15 significant digits
            ("9007199254740993", ""), // 2^53 + 1: 16 digits, a tie
            ("0", "1"),
            ("0", "0000000000000000000001"), // 10^-22
            ("1", "00000000000000000000000000"),
            ("10000", "5"),
            ("0", "30000000000000004"),
            ("12345678901234500000", "0000"), // trailing zeros dropped
        ] {
            let ours = parse_decimal(&format!("{whole},{fraction}")).unwrap();
            assert_eq!(ours, std_value(whole, fraction), "{whole},{fraction}");
        }
    }

    proptest::proptest! {
        /// Up to 15 significant digits within 22 places: exactly Rust's value.
        #[test]
        fn short_numbers_read_exactly_as_rusts_parser(
            whole in "[0-9]{0,8}", fraction in "[0-9]{0,7}", zeros in 0usize..4,
        ) {
            proptest::prop_assume!(!(whole.is_empty() && fraction.is_empty()));
            let whole = format!("{whole}{}", "0".repeat(zeros));
            let digits = format!("{whole}{fraction}");
            proptest::prop_assume!(digits.trim_matches('0').len() <= 15);
            proptest::prop_assert_eq!(
                parse_decimal(&format!("{whole}.{fraction}")),
                Ok(std_value(&whole, &fraction))
            );
            proptest::prop_assert_eq!(
                parse_decimal(&format!("-{whole},{fraction}")),
                Ok(-std_value(&whole, &fraction))
            );
        }

        /// Any length: within a relative 10^-15 of Rust's value.
        #[test]
        fn long_numbers_read_within_a_hair(whole in "[0-9]{1,40}", fraction in "[0-9]{0,40}") {
            let ours = parse_decimal(&format!("{whole}.{fraction}")).unwrap();
            let exact = std_value(&whole, &fraction);
            let off = if exact == 0.0 { ours.abs() } else { (ours / exact - 1.0).abs() };
            proptest::prop_assert!(off < 1e-15, "{} vs {}", ours, exact);
        }
    }
}
