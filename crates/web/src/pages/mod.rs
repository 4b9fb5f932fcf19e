//! One module per page.

pub mod allowances;
pub mod answer;
pub mod attendance;
pub mod behaviour;
pub mod class;
pub mod conversation;
pub mod conversations;
pub mod courses;
pub mod deadlines;
pub mod follows;
pub mod memo;
pub mod modules;
pub mod not_found;
pub mod planner;
pub mod points;
pub mod privacy;
pub mod questionnaire;
pub mod questionnaires;
pub mod recognise;
pub mod reply;
pub mod test_schedule;
pub mod widgets;
