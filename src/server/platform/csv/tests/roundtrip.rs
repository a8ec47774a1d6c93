use super::*;
use proptest::prelude::*;

/// OWASP's list, written out again rather than taken from the code under test.
const OWASP_TRIGGERS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// What a spreadsheet should see for a text cell: the text, behind an apostrophe if it
/// starts like a formula.
fn expected(text: &str) -> String {
    if text.starts_with(OWASP_TRIGGERS) {
        format!("'{text}")
    } else {
        text.to_string()
    }
}

/// Text worth throwing at a writer: anything at all, and strings made of the characters
/// that matter here (the last kind always starts like a formula).
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[=+@,\"'\t\r\n a-zé€😀-]{0,12}",
        "[-=+@\t\r][0-9+*()A-Z]{0,8}",
    ]
}

fn lines() -> impl Strategy<Value = Vec<Line>> {
    let one = (text(), text(), any::<i64>(), any::<i64>(), -1e12..1e12_f64);
    proptest::collection::vec(one, 0..20).prop_map(|rows| {
        rows.into_iter()
            .map(|(name, note, count, amount_minor, ratio)| Line {
                name,
                note,
                count,
                amount_minor,
                ratio,
            })
            .collect()
    })
}

proptest! {
    /// The `csv` crate, an independent RFC 4180 parser, reads back every cell: text as it
    /// was (with the apostrophe where it started like a formula), numbers as numbers.
    #[test]
    fn a_reference_parser_reads_back_what_was_written(rows in lines(), bom in any::<bool>()) {
        let bytes = file(&rows, CsvOptions { bom });
        let body = if bom { &bytes[BOM.len()..] } else { &bytes[..] };
        let mut reader = ::csv::ReaderBuilder::new().has_headers(true).from_reader(body);
        let header = reader.headers().expect("a header").clone();
        prop_assert_eq!(header.iter().collect::<Vec<_>>(), Line::header().to_vec());
        let records: Vec<_> = reader.records().collect::<Result<_, _>>().expect("parses");
        prop_assert_eq!(records.len(), rows.len());
        for (record, row) in records.iter().zip(&rows) {
            prop_assert_eq!(record.len(), 5);
            prop_assert_eq!(&record[0], expected(&row.name));
            prop_assert_eq!(&record[1], expected(&row.note));
            prop_assert!(!record[0].starts_with(OWASP_TRIGGERS));
            prop_assert!(!record[1].starts_with(OWASP_TRIGGERS));
            prop_assert_eq!(record[2].parse::<i64>().ok(), Some(row.count));
            let amount = record[3].replace('.', "").parse::<i64>().ok();
            prop_assert_eq!(amount, Some(row.amount_minor));
            prop_assert_eq!(record[4].parse::<f64>().ok(), Some(row.ratio + 0.0));
        }
    }
}
