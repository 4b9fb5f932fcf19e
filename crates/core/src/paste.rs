//! Limits on pasted text, checked before it is read: a paste far beyond a
//! class list or a school's roster is a mistake (the wrong clipboard), and
//! reading it would only freeze a phone. The text stays in its field; the
//! user is told the limit.

use serde::{Deserialize, Serialize};

/// Rows of a pasted class list: several classes at once, with room to spare.
pub const CLASS_ROWS_MAX: usize = 2_000;
/// Names pasted into the conversation planner: a class teacher plans one
/// class, but a year group of a large school fits.
pub const NAMES_MAX: usize = 500;
/// Characters of any paste: 2,000 rows of a name, a tab and points.
pub const CHARS_MAX: usize = 200_000;

/// Why a paste is not read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum PasteError {
    TooManyLines { found: usize, max: usize },
    TooLong { max_chars: usize },
}

/// Whether `text` is within `max_lines` lines and `CHARS_MAX` characters.
/// Counting stops at the limit, so a huge paste costs no more than a long one.
pub fn check(text: &str, max_lines: usize) -> Result<(), PasteError> {
    if text.len() > CHARS_MAX * 4 || text.chars().nth(CHARS_MAX).is_some() {
        return Err(PasteError::TooLong {
            max_chars: CHARS_MAX,
        });
    }
    let found = text.lines().count();
    if found > max_lines {
        return Err(PasteError::TooManyLines {
            found,
            max: max_lines,
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn pastes_at_and_over_the_limits() {
        let rows = |n: usize| "Mari\t5\n".repeat(n);
        assert_eq!(check(&rows(CLASS_ROWS_MAX), CLASS_ROWS_MAX), Ok(()));
        assert_eq!(
            check(&rows(CLASS_ROWS_MAX + 1), CLASS_ROWS_MAX),
            Err(PasteError::TooManyLines {
                found: CLASS_ROWS_MAX + 1,
                max: CLASS_ROWS_MAX
            })
        );
        assert_eq!(check("", NAMES_MAX), Ok(()));
        assert_eq!(check(&"a".repeat(CHARS_MAX), 1), Ok(()));
        assert_eq!(
            check(&"a".repeat(CHARS_MAX + 1), 1),
            Err(PasteError::TooLong {
                max_chars: CHARS_MAX
            })
        );
        // Characters, not bytes: 200,000 Cyrillic letters are within the limit.
        assert_eq!(check(&"ж".repeat(CHARS_MAX), 1), Ok(()));
    }

    proptest! {
        #[test]
        fn a_paste_within_the_limits_is_accepted(lines in proptest::collection::vec("[^\r\n]{0,40}", 0..50)) {
            let text = lines.join("\n");
            prop_assert_eq!(check(&text, 50), Ok(()));
        }
    }
}
