//! Widgets shared by several pages.

pub mod field;
pub mod header;
pub mod placeholder;
pub mod storage_banner;
