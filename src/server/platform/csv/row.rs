//! One CSV line at a time: RFC 4180 quoting, CRLF, and text cells neutralised against
//! spreadsheet formulas.

use std::borrow::Cow;

/// The characters that make a spreadsheet read a cell as a formula (or, for tab and carriage
/// return, that some spreadsheets strip before doing so): OWASP's "CSV injection" list.
pub const FORMULA_TRIGGERS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// A text cell as it is written: with a leading apostrophe when it starts with one of
/// [`FORMULA_TRIGGERS`], so `=HYPERLINK(…)` in a guest's name shows as text. Spreadsheets
/// hide the apostrophe; other readers see it, which is the price of the protection.
pub fn neutralise(value: &str) -> Cow<'_, str> {
    if value.starts_with(FORMULA_TRIGGERS) {
        Cow::Owned(format!("'{value}"))
    } else {
        Cow::Borrowed(value)
    }
}

/// The cells of one line, written by a [`super::CsvRecord`] in its header's order.
pub struct CsvRow<'a> {
    out: &'a mut Vec<u8>,
    fields: usize,
    last_empty: bool,
}

impl<'a> CsvRow<'a> {
    pub(super) fn new(out: &'a mut Vec<u8>) -> Self {
        Self {
            out,
            fields: 0,
            last_empty: false,
        }
    }

    /// A text cell: neutralised (see [`neutralise`]), then quoted if it holds a comma, a
    /// quote, CR or LF, with quotes doubled. Names, addresses, dates, ids, currency codes.
    pub fn text(&mut self, value: &str) -> &mut Self {
        let value = neutralise(value);
        self.field(&value, true);
        self
    }

    /// A text cell, or an empty one for `None`.
    pub fn opt_text(&mut self, value: Option<&str>) -> &mut Self {
        self.text(value.unwrap_or(""))
    }

    /// A number, written as it is and never neutralised: only integer and float types get
    /// here, so the cell is digits with at most a leading minus and a point, and a refund
    /// of -12 stays the number -12 in a spreadsheet rather than the text "'-12". A float
    /// that is not finite is an empty cell.
    pub fn number(&mut self, value: impl CsvNumber) -> &mut Self {
        let text = value.csv_text();
        self.field(&text, false);
        self
    }

    /// An amount in minor units as a decimal number with `scale` places: 125050 with scale 2
    /// is `1250.50`, -250 is `-2.50`. Written as a number (see [`CsvRow::number`]).
    pub fn decimal(&mut self, minor: i64, scale: u32) -> &mut Self {
        let text = decimal_text(minor, scale);
        self.field(&text, false);
        self
    }

    /// An empty cell.
    pub fn empty(&mut self) -> &mut Self {
        self.field("", false);
        self
    }

    /// Ends the line: pads a short row to `columns` cells, so every line has as many as the
    /// header, and writes CRLF. A line whose only cell is empty is written `""`: a blank
    /// line is skipped by many readers, and the row would be lost.
    pub(super) fn end(mut self, columns: usize) -> usize {
        let written = self.fields;
        while self.fields < columns {
            self.empty();
        }
        if self.fields == 1 && self.last_empty {
            self.out.extend_from_slice(b"\"\"");
        }
        self.out.extend_from_slice(b"\r\n");
        written
    }

    fn field(&mut self, value: &str, may_need_quotes: bool) {
        if self.fields > 0 {
            self.out.push(b',');
        }
        self.fields += 1;
        self.last_empty = value.is_empty();
        if may_need_quotes && value.contains([',', '"', '\r', '\n']) {
            self.out.push(b'"');
            self.out
                .extend_from_slice(value.replace('"', "\"\"").as_bytes());
            self.out.push(b'"');
        } else {
            self.out.extend_from_slice(value.as_bytes());
        }
    }
}

fn decimal_text(minor: i64, scale: u32) -> String {
    // 10^18 is the largest power of ten in a u64; an i64 has at most 19 digits anyway.
    let scale = scale.min(18);
    if scale == 0 {
        return minor.to_string();
    }
    let factor = 10u64.pow(scale);
    let abs = minor.unsigned_abs();
    let sign = if minor < 0 { "-" } else { "" };
    let width = scale as usize;
    format!("{sign}{}.{:0width$}", abs / factor, abs % factor)
}

/// The number types a CSV cell may hold as a number (sealed: text can never pass for one).
pub trait CsvNumber: sealed::Sealed {
    fn csv_text(&self) -> String;
}

mod sealed {
    pub trait Sealed {}
}

macro_rules! integer_cells {
    ($($t:ty),*) => {$(
        impl sealed::Sealed for $t {}
        impl CsvNumber for $t {
            fn csv_text(&self) -> String {
                self.to_string()
            }
        }
    )*};
}
integer_cells!(
    i8, i16, i32, i64, i128, isize, u8, u16, u32, u64, u128, usize
);

macro_rules! float_cells {
    ($($t:ty),*) => {$(
        impl sealed::Sealed for $t {}
        impl CsvNumber for $t {
            /// The shortest form that reads back as the same value, never with an exponent
            /// ("0.1", "1250.5", "-3"); -0 is "0"; NaN and infinities are empty cells.
            fn csv_text(&self) -> String {
                if !self.is_finite() {
                    String::new()
                } else if *self == 0.0 {
                    "0".to_string()
                } else {
                    self.to_string()
                }
            }
        }
    )*};
}
float_cells!(f32, f64);
