use super::*;

#[test]
fn lines_end_in_crlf_after_a_header() {
    let bytes = file(
        &[line("Ana", "two nights"), line("Bo", "")],
        CsvOptions::default(),
    );
    assert_eq!(
        String::from_utf8(bytes).expect("UTF-8"),
        "Name,Note,Count,Amount,Ratio\r\nAna,two nights,1,10.50,0.5\r\nBo,,1,10.50,0.5\r\n"
    );
}

#[test]
fn fields_are_quoted_only_when_they_must_be() {
    assert_eq!(cell("plain text"), "plain text");
    assert_eq!(cell("Lisbon, Portugal"), "\"Lisbon, Portugal\"");
    assert_eq!(cell("the \"blue\" room"), "\"the \"\"blue\"\" room\"");
    assert_eq!(cell("\""), "\"\"\"\"");
    assert_eq!(cell("line one\nline two"), "\"line one\nline two\"");
    assert_eq!(cell("a\r\nb"), "\"a\r\nb\"");
    assert_eq!(cell("ends with CR\r"), "\"ends with CR\r\"");
}

#[test]
fn unicode_passes_through_untouched() {
    assert_eq!(cell("Zoë Ørsted 😀 東京"), "Zoë Ørsted 😀 東京");
    assert_eq!(cell("\u{202E}rtl"), "\u{202E}rtl");
}

#[test]
fn every_formula_prefix_gets_an_apostrophe() {
    assert_eq!(
        cell("=HYPERLINK(\"http://x\")"),
        "\"'=HYPERLINK(\"\"http://x\"\")\""
    );
    assert_eq!(cell("=1+1"), "'=1+1");
    assert_eq!(cell("+33 6 12 34 56 78"), "'+33 6 12 34 56 78");
    assert_eq!(
        cell("-5"),
        "'-5",
        "text that looks like a number is still text"
    );
    assert_eq!(cell("@SUM(A1:A9)"), "'@SUM(A1:A9)");
    assert_eq!(cell("\t=1+1"), "'\t=1+1");
    assert_eq!(
        cell("\r=1+1"),
        "\"'\r=1+1\"",
        "neutralised, then quoted for the CR"
    );
    assert_eq!(FORMULA_TRIGGERS.len(), 6);
}

#[test]
fn only_a_leading_trigger_counts() {
    assert_eq!(cell("1+1=2"), "1+1=2");
    assert_eq!(cell("a-b@c"), "a-b@c");
    assert_eq!(cell("'=already text"), "'=already text");
    assert_eq!(cell(" =1"), " =1");
}

#[test]
fn numbers_are_written_plain_and_never_neutralised() {
    let mut buf = Vec::new();
    let mut row = CsvRow::new(&mut buf);
    row.number(-12_i64)
        .number(i64::MIN)
        .number(u64::MAX)
        .number(-0.0_f64)
        .number(0.1_f64)
        .number(1e21_f64)
        .number(f64::NAN)
        .number(f64::NEG_INFINITY)
        .number(0.1_f32)
        .decimal(-250, 2)
        .decimal(5, 2)
        .decimal(125_050, 2)
        .decimal(i64::MIN, 2)
        .decimal(42, 0);
    row.end(0);
    assert_eq!(
        String::from_utf8(buf).expect("UTF-8"),
        "-12,-9223372036854775808,18446744073709551615,0,0.1,1000000000000000000000,,,0.1,\
         -2.50,0.05,1250.50,-92233720368547758.08,42\r\n"
    );
}

#[test]
fn empty_cells_are_empty_and_a_lone_empty_cell_is_quoted() {
    let mut buf = Vec::new();
    let mut row = CsvRow::new(&mut buf);
    row.text("").empty().opt_text(None).opt_text(Some("x"));
    row.end(4);
    assert_eq!(buf, b",,,x\r\n");
    assert_eq!(cell(""), "\"\"", "a blank line would be skipped by readers");
}

#[test]
fn short_records_are_padded_to_the_header() {
    struct Short;
    impl CsvRecord for Short {
        fn header() -> &'static [&'static str] {
            &["A", "B", "C"]
        }
        fn write(&self, row: &mut CsvRow<'_>) {
            row.text("a");
        }
    }
    let mut writer = CsvWriter::new::<Short>(CsvOptions::default());
    writer.record(&Short);
    assert_eq!(writer.into_bytes(), b"A,B,C\r\na,,\r\n");
}

#[test]
fn the_bom_is_there_only_when_asked_for() {
    let with = file(&[], CsvOptions { bom: true });
    assert!(with.starts_with(BOM) && with[BOM.len()..].starts_with(b"Name,"));
    assert!(file(&[], CsvOptions::default()).starts_with(b"Name,"));
}

#[test]
fn attachment_names_cannot_break_the_header() {
    assert_eq!(
        attachment_name("haven-earnings-2026.csv"),
        "haven-earnings-2026.csv"
    );
    assert_eq!(attachment_name("reservations"), "reservations.csv");
    assert_eq!(attachment_name("a\"b\r\nc/d\\e é.csv"), "a_b__c_d_e__.csv");
    assert_eq!(attachment_name("../../etc/passwd"), "_.._etc_passwd.csv");
    assert_eq!(attachment_name(""), "export.csv");
    assert_eq!(attachment_name("..."), "export.csv");
    assert!(attachment_name(&"x".repeat(500)).len() <= 104);
}
