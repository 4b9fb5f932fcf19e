//! Development-conversation (arenguvestlus) questionnaires as data: a
//! versioned JSON template, the answers one person gives, their validation
//! and progress. The web crate maps each question kind to one component.

pub mod answers;
pub mod session;
pub mod template;
pub mod templates;
pub mod validation;

pub use answers::{Answer, Answers, Goal};
pub use session::{OverviewEntry, Session};
pub use template::{Choice, Condition, Kind, Question, Role, Section, Template, TemplateError};
pub use validation::{progress, validate, visible_questions, Problem, ProblemKind, Progress};
