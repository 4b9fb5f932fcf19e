//! A whole class at once: a pasted column of points, or `name<TAB>points`
//! rows as a spreadsheet or an e-school export copies them, converted with
//! the same rule as a single score (004 § 17 (3), see `bands`).
//!
//! Nothing the user pasted is dropped or changed: every non-blank line comes
//! back as a row, either converted or with the reason it could not be, and
//! blank lines are counted so the UI can say they were skipped.

use serde::{Deserialize, Serialize};

use super::bands::{self, PointsError, Settings};
use super::scale::Grade;
use crate::i18n::Lang;
use crate::number::{decimal, parse_decimal, NumberError};

/// One non-blank line of the paste.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Row {
    /// 1-based line number in the pasted text.
    pub line: usize,
    /// The name column, if the line had one.
    pub name: Option<String>,
    /// The points text exactly as pasted.
    pub points_text: String,
    pub outcome: Result<Converted, RowError>,
}

#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Converted {
    pub points: f64,
    pub percent: f64,
    pub grade: Grade,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum RowError {
    /// A name with nothing after it.
    NoPoints,
    /// The points column is not a number.
    NotANumber,
    Negative,
    OverMax,
    NotHalfPoints,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ClassList {
    pub rows: Vec<Row>,
    /// 1-based numbers of the blank lines that were skipped.
    pub blank_lines: Vec<usize>,
}

impl ClassList {
    /// How many rows got each grade, best grade first (5, 4, 3, 2, 1).
    pub fn distribution(&self) -> [(Grade, usize); 5] {
        Grade::ALL_DESC.map(|g| {
            (
                g,
                self.rows
                    .iter()
                    .filter(|r| matches!(r.outcome, Ok(c) if c.grade == g))
                    .count(),
            )
        })
    }

    pub fn error_count(&self) -> usize {
        self.rows.iter().filter(|r| r.outcome.is_err()).count()
    }

    /// Tab-separated results in the pasted order, ready to paste back into a
    /// spreadsheet: name, points, percent (one decimal), grade. A row that
    /// could not be read keeps its text and leaves the grade empty. Numbers
    /// are written in the user's language's convention (`number::decimal`),
    /// as their spreadsheet expects.
    pub fn to_tsv(&self, header: [&str; 4], lang: Lang) -> String {
        let dec = |s: String| decimal(lang, s);
        let mut out = header.join("\t");
        for row in &self.rows {
            out.push('\n');
            let name = row.name.as_deref().unwrap_or("");
            match &row.outcome {
                Ok(c) => out.push_str(&format!(
                    "{}\t{}\t{}\t{}",
                    clean_cell(name),
                    dec(format_points(c.points)),
                    dec(format_percent(c.percent)),
                    c.grade.value()
                )),
                Err(_) => out.push_str(&format!(
                    "{}\t{}\t\t",
                    clean_cell(name),
                    clean_cell(&row.points_text)
                )),
            }
        }
        out.push('\n');
        out
    }
}

/// A cell must not carry the separators of the table it goes into.
fn clean_cell(s: &str) -> String {
    s.replace(['\t', '\n', '\r'], " ")
}

/// Points as a person writes them: `12`, `12.5`.
pub fn format_points(p: f64) -> String {
    if p.fract() == 0.0 {
        format!("{p:.0}")
    } else {
        format!("{p:.1}")
    }
}

/// A percentage with one decimal, rounded down so a 89.96 % is never shown as
/// "90.0 %" next to a 4.
pub fn format_percent(p: f64) -> String {
    format!("{:.1}", (p * 10.0 + 1e-9).floor() / 10.0)
}

/// Reads and converts every line of `text` against `max`. The last
/// tab-separated (or `;`-separated) field is the points; what comes before it
/// is the name.
pub fn convert(text: &str, max: f64, settings: &Settings) -> Result<ClassList, PointsError> {
    bands::check_max(max)?;
    if settings.bands.validate().is_err() {
        return Err(PointsError::Bands);
    }
    let mut list = ClassList::default();
    for (i, raw) in text.lines().enumerate() {
        let line = i + 1;
        if raw.trim().is_empty() {
            list.blank_lines.push(line);
            continue;
        }
        let (name, points_text) = split_row(raw);
        let outcome = convert_one(points_text, max, settings);
        list.rows.push(Row {
            line,
            name,
            points_text: points_text.trim().to_string(),
            outcome,
        });
    }
    Ok(list)
}

fn split_row(raw: &str) -> (Option<String>, &str) {
    let sep = if raw.contains('\t') { '\t' } else { ';' };
    match raw.trim_end_matches([' ', '\r']).rsplit_once(sep) {
        Some((name, points)) => {
            let name = name.trim().trim_end_matches(sep).trim();
            ((!name.is_empty()).then(|| name.to_string()), points)
        }
        None => (None, raw),
    }
}

fn convert_one(points_text: &str, max: f64, settings: &Settings) -> Result<Converted, RowError> {
    let points = match parse_decimal(points_text) {
        Ok(p) => p,
        Err(NumberError::Empty) => return Err(RowError::NoPoints),
        Err(NumberError::NotANumber) => return Err(RowError::NotANumber),
    };
    let percent = bands::percent(points, max).map_err(|e| match e {
        PointsError::Negative => RowError::Negative,
        PointsError::OverMax => RowError::OverMax,
        _ => RowError::NotHalfPoints,
    })?;
    let grade = bands::grade_for_percent(percent, settings).map_err(|_| RowError::OverMax)?;
    Ok(Converted {
        points,
        percent,
        grade,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn convert_default(text: &str, max: f64) -> ClassList {
        convert(text, max, &Settings::default()).unwrap()
    }

    #[test]
    fn a_plain_column_and_named_rows_both_convert() {
        let list = convert_default("36\nMari Maasikas\t30,5\nJüri;12.5\n", 40.0);
        let got: Vec<(usize, Option<&str>, u8)> = list
            .rows
            .iter()
            .map(|r| (r.line, r.name.as_deref(), r.outcome.unwrap().grade.value()))
            .collect();
        assert_eq!(
            got,
            vec![
                (1, None, 5),
                (2, Some("Mari Maasikas"), 4),
                (3, Some("Jüri"), 2)
            ]
        );
    }

    #[test]
    fn bad_rows_say_why_and_every_other_row_still_converts() {
        let text = "Ann\t20\nBen\tabc\nCid\t-1\nDan\t41\nEve\t\nFay\t3,3\n\nGus\t40";
        let list = convert_default(text, 40.0);
        let got: Vec<(usize, Result<u8, RowError>)> = list
            .rows
            .iter()
            .map(|r| (r.line, r.outcome.map(|c| c.grade.value())))
            .collect();
        assert_eq!(
            got,
            vec![
                (1, Ok(3)),
                (2, Err(RowError::NotANumber)),
                (3, Err(RowError::Negative)),
                (4, Err(RowError::OverMax)),
                (5, Err(RowError::NoPoints)),
                (6, Err(RowError::NotHalfPoints)),
                (8, Ok(5)),
            ]
        );
        assert_eq!(list.blank_lines, vec![7]);
        assert_eq!(list.error_count(), 5);
    }

    #[test]
    fn nothing_pasted_is_lost_every_line_is_a_row_or_a_blank() {
        let text = "1\n\n x \n\t\n2;3\n;\nname only";
        let list = convert_default(text, 10.0);
        let mut lines: Vec<usize> = list
            .rows
            .iter()
            .map(|r| r.line)
            .chain(list.blank_lines.iter().copied())
            .collect();
        lines.sort();
        assert_eq!(lines, (1..=text.lines().count()).collect::<Vec<_>>());
    }

    #[test]
    fn distribution_counts_each_grade_once() {
        let list = convert_default("10\n9\n8\n5\n1\n0\nx", 10.0);
        let counts: Vec<(u8, usize)> = list
            .distribution()
            .iter()
            .map(|(g, n)| (g.value(), *n))
            .collect();
        assert_eq!(counts, vec![(5, 2), (4, 1), (3, 1), (2, 0), (1, 2)]);
    }

    #[test]
    fn tsv_keeps_order_and_the_text_of_bad_rows() {
        let list = convert_default("Ann\t9,5\nBen\tabc\n17", 20.0);
        let tsv = list.to_tsv(["Nimi", "Punktid", "%", "Hinne"], Lang::En);
        assert_eq!(
            tsv,
            "Nimi\tPunktid\t%\tHinne\nAnn\t9.5\t47.5\t2\nBen\tabc\t\t\n\t17\t85.0\t4\n"
        );
        let comma = list.to_tsv(["Nimi", "Punktid", "%", "Hinne"], Lang::Et);
        assert_eq!(comma.lines().nth(1), Some("Ann\t9,5\t47,5\t2"));
    }

    #[test]
    fn percent_is_never_rounded_up_across_a_band_edge() {
        assert_eq!(format_percent(89.96), "89.9");
        assert_eq!(format_percent(90.0), "90.0");
        assert_eq!(format_points(12.0), "12");
        assert_eq!(format_points(12.5), "12.5");
    }

    #[test]
    fn an_invalid_maximum_or_bands_refuse_the_whole_list() {
        assert_eq!(
            convert("1", 0.0, &Settings::default()),
            Err(PointsError::MaxNotPositive)
        );
        let bad = Settings {
            bands: bands::Bands {
                five: 10.0,
                ..bands::Bands::NATIONAL
            },
            ..Settings::default()
        };
        assert_eq!(convert("1", 10.0, &bad), Err(PointsError::Bands));
    }
}
