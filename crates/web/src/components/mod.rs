//! Widgets shared by several pages.

pub mod checkbox;
pub mod condition;
pub mod copy;
pub mod download;
pub mod field;
pub mod file_import;
pub mod goals;
pub mod grading_settings;
pub mod header;
pub mod link;
pub mod memo;
pub mod open_memo;
pub mod passphrase;
pub mod question;
pub mod radar;
pub mod receipt;
pub mod select;
pub mod send_reply;
pub mod share;
pub mod status;
pub mod storage_banner;
pub mod update_prompt;
