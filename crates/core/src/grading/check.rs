//! The state of one condition a checker lists (honours 001 6.10.4,
//! graduation 004 § 18 (3), …): one type, so every list reads and is styled
//! the same way.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Check {
    Met,
    NotMet,
    /// Depends on results not in yet (a grade, an exam still to come).
    NotYetKnown,
}

impl Check {
    /// The style a condition list gives this state (explicit, not Debug text).
    pub fn css_class(self) -> &'static str {
        match self {
            Check::Met => "cond--met",
            Check::NotMet => "cond--notmet",
            Check::NotYetKnown => "cond--notyetknown",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_state_has_its_own_style() {
        let classes = [Check::Met, Check::NotMet, Check::NotYetKnown].map(Check::css_class);
        assert_eq!(classes, ["cond--met", "cond--notmet", "cond--notyetknown"]);
    }
}
