//! Strings of the grading pages, in Estonian, English and Russian.
