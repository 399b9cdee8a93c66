//! Reading an input file into a table: what stops a file, what stops a
//! row, and what a row keeps.

use super::*;

fn read_bytes(bytes: &[u8], keep: Keep<'_>) -> (Option<Input>, Vec<String>) {
    let mut inputs = Inputs::default();
    let mut p = Problems::default();
    let input = read(
        &mut inputs,
        InFile::bytes("x.csv", bytes),
        &["id", "name"],
        keep,
        &mut p,
    );
    (input, inputs.listing(&p))
}

fn problems(bytes: &[u8]) -> (Option<usize>, Vec<String>) {
    let (input, m) = read_bytes(bytes, Keep::All);
    (input.map(|i| i.len()), m)
}

#[test]
fn what_stops_a_file_and_what_stops_a_row() {
    assert_eq!(
        problems(b"id,name\n1,caf\xe9\n"),
        (None, vec!["x.csv:2:6: error: x.csv is not UTF-8 text: save the export as UTF-8 (CSV UTF-8 in a spreadsheet)".to_string()])
    );
    assert_eq!(
        problems(b"id,name\n1,2,3\n1,\"open\n"),
        (
            None,
            vec!["x.csv:3:3: error: this quoted field never ends: a `\"` is missing".to_string()]
        )
    );
    assert_eq!(
        problems(b"a,b\n1,2\n"),
        (
            None,
            vec![
                "x.csv:1:1: error: x.csv has no header line with the columns id, name".to_string()
            ]
        )
    );
    assert_eq!(
        problems(b"junk\nName,ID,extra\n1,a,x\n2,b\n3,c,y\n"),
        (
            Some(2),
            vec![
                "x.csv:1:1: warning: 1 line before the header is not data: skipped".to_string(),
                "x.csv:4:1: error: this row has 2 fields, the header has 3: the row is not read"
                    .to_string(),
            ]
        )
    );
}

#[test]
fn cells_are_trimmed_and_found_by_column_name() {
    let (input, _) = read_bytes(
        b" ID ,Name\r\n 7 ,\xc2\xa0Anna\xc2\xa0\r\n8,\r\n",
        Keep::All,
    );
    let input = input.unwrap();
    let rows: Vec<(Option<&str>, Option<&str>)> = input
        .rows()
        .map(|r| {
            (
                r.cell(input.col("id")).map(|c| c.text),
                r.cell(input.col("NAME")).map(|c| c.text),
            )
        })
        .collect();
    assert_eq!(rows, [(Some("7"), Some("Anna")), (Some("8"), None)]);
    assert_eq!(input.header_cell(0).unwrap().text, "ID");
    assert_eq!(input.col("missing"), None);
}

#[test]
fn the_columns_not_kept_are_never_held() {
    let narrative = "a long, personal story\nover two lines";
    let text = format!("Name,Story,ID\nAnna,\"{narrative}\",7\nBo,short,8\n");
    let (input, problems) = read_bytes(text.as_bytes(), Keep::Only(&["id", "NAME", "id"]));
    let input = input.unwrap();
    assert_eq!(problems, Vec::<String>::new());
    assert_eq!(input.columns(), ["name", "id"]);
    assert_eq!(input.text, "NameIDAnna7Bo8", "only the kept cells");
    assert_eq!(input.cells.len(), 2 * 3);
    let row = input.rows().nth(1).unwrap();
    assert_eq!(row.cell(input.col("id")).unwrap().text, "8");
    assert_eq!(row.start().start as usize, text.find("Bo").unwrap());
    assert_eq!(input.col("story"), None);
}

#[test]
fn a_byte_that_is_not_utf8_is_quoted_as_a_replacement_character() {
    // this crashed the import (a caret inside the replacement character)
    let mut inputs = Inputs::default();
    let mut p = Problems::default();
    let file = InFile::bytes("x.csv", b"id,name\n1,caf\xe9 au lait\n");
    assert!(read(&mut inputs, file, &["id"], Keep::All, &mut p).is_none());
    let mut out = Vec::new();
    p.print(&inputs, false, false, &mut out).unwrap();
    assert_eq!(
        String::from_utf8(out).unwrap(),
        "x.csv:2:6: error: x.csv is not UTF-8 text: save the export as UTF-8 (CSV UTF-8 in a spreadsheet) [E0801]\n  |\n2 | 1,caf\u{fffd} au lait\n  |      ^\n"
    );
}
