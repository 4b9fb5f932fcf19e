//! Strings of the vocational pages, in Estonian, English and Russian.
