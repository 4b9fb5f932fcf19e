//! Strings of the calendar pages, in Estonian, English and Russian.
