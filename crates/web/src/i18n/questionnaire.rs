//! Strings of the questionnaire pages, in Estonian, English and Russian.
