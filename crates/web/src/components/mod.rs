//! Widgets shared by several pages.

pub mod checkbox;
pub mod condition;
pub mod copy;
pub mod download;
pub mod field;
pub mod file_import;
pub mod grading_settings;
pub mod header;
pub mod question;
pub mod select;
pub mod storage_banner;
