//! Grading rules: the shared five-point scale, then one module per school type.

pub mod bands;
pub mod basic_school;
pub mod check;
pub mod class_list;
pub mod recognition;
pub mod scale;
pub mod upper_secondary;
pub mod vocational;
