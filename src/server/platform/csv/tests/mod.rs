//! The CSV writer checked cell by cell (`format.rs`), against the `csv` crate as an
//! independent parser (`roundtrip.rs`), and as a streamed response (`streaming.rs`).

use super::*;

mod format;
mod roundtrip;
mod streaming;

/// A line of an export: two text cells, a count, an amount in minor units and a ratio.
#[derive(Clone, Debug)]
pub(super) struct Line {
    pub name: String,
    pub note: String,
    pub count: i64,
    pub amount_minor: i64,
    pub ratio: f64,
}

impl CsvRecord for Line {
    fn header() -> &'static [&'static str] {
        &["Name", "Note", "Count", "Amount", "Ratio"]
    }
    fn write(&self, row: &mut CsvRow<'_>) {
        row.text(&self.name)
            .text(&self.note)
            .number(self.count)
            .decimal(self.amount_minor, 2)
            .number(self.ratio);
    }
}

pub(super) fn line(name: &str, note: &str) -> Line {
    Line {
        name: name.to_string(),
        note: note.to_string(),
        count: 1,
        amount_minor: 1050,
        ratio: 0.5,
    }
}

/// One text cell, written alone on a line: what it becomes.
pub(super) fn cell(value: &str) -> String {
    struct One(String);
    impl CsvRecord for One {
        fn header() -> &'static [&'static str] {
            &["Value"]
        }
        fn write(&self, row: &mut CsvRow<'_>) {
            row.text(&self.0);
        }
    }
    let mut writer = CsvWriter::new::<One>(CsvOptions::default());
    writer.record(&One(value.to_string()));
    let text = String::from_utf8(writer.into_bytes()).expect("UTF-8");
    let line = text.strip_prefix("Value\r\n").expect("the header first");
    line.strip_suffix("\r\n").expect("CRLF").to_string()
}

/// A whole file of `lines`.
pub(super) fn file(lines: &[Line], options: CsvOptions) -> Vec<u8> {
    let mut writer = CsvWriter::new::<Line>(options);
    for l in lines {
        writer.record(l);
    }
    writer.into_bytes()
}
