//! The CSV reader on texts written out here, fed in small pieces.

use super::*;

/// Every record of `text`, or where reading stopped.
fn read(text: &[u8]) -> Result<Vec<Record>, Stop> {
    // a small buffer: records and lines cross the reader's reads
    let mut r = Reader::new(std::io::BufReader::with_capacity(4, text));
    let mut rec = Record::default();
    let mut out = Vec::new();
    while r.next(&mut rec)? {
        out.push(rec.clone());
    }
    assert_eq!(r.read_so_far().0, text.len());
    Ok(out)
}

fn values(text: &str) -> Vec<Vec<String>> {
    read(text.as_bytes())
        .unwrap()
        .into_iter()
        .map(|r| (0..r.len()).map(|i| r.value(i).to_string()).collect())
        .collect()
}

#[test]
fn crlf_lf_and_trailing_empty_fields() {
    assert_eq!(
        values("a,b,c\r\n1,,\r\n2,x,y\n"),
        [vec!["a", "b", "c"], vec!["1", "", ""], vec!["2", "x", "y"]]
    );
    // no final line end; a blank line in between is left out
    assert_eq!(values("a\n\nb"), [vec!["a"], vec!["b"]]);
    // a lone CR is data
    assert_eq!(values("a\rb,c\r\r\n"), [vec!["a\rb", "c\r"]]);
}

#[test]
fn quoted_fields_span_lines_and_escape_quotes() {
    let text = "id,text\n1,\"two\nlines, \"\"quoted\"\"\"\r\n2,x\n";
    let rs = read(text.as_bytes()).unwrap();
    assert_eq!(rs[1].value(1), "two\nlines, \"quoted\"");
    assert_eq!(&text[rs[1].span(1)], "\"two\nlines, \"\"quoted\"\"\"");
    assert_eq!(rs[2].value(0), "2");
    assert_eq!(rs[2].span, text.find("2,x").unwrap()..text.len() - 1);
    // a quote inside an unquoted field is data; text after a closing quote is kept
    assert_eq!(
        values("a\"b,\"c\"d\n\"e\nf\""),
        [vec!["a\"b", "cd"], vec!["e\nf"]]
    );
}

#[test]
fn spans_point_into_the_file_and_skip_a_bom() {
    let text = "\u{feff}a,b\r\nxx,\"y\"\r\n";
    let rs = read(text.as_bytes()).unwrap();
    assert_eq!(rs[0].value(0), "a");
    assert_eq!(rs[0].span(0), 3..4);
    assert_eq!(&text[rs[1].span(1)], "\"y\"");
}

#[test]
fn where_reading_stops() {
    let stop = |t: &[u8]| match read(t) {
        Err(Stop::Unterminated { at }) => format!("open quote at {at}"),
        Err(Stop::NotUtf8 { at }) => format!("not UTF-8 at {at}"),
        other => format!("{other:?}"),
    };
    assert_eq!(stop(b"a\n\"open,1\n2\n"), "open quote at 2");
    assert_eq!(stop(b"a,\"b\nc\"\n\"x"), "open quote at 8");
    assert_eq!(stop(b"a\n1,caf\xe9\n\"open"), "not UTF-8 at 7");
    assert_eq!(stop(b"\xef\xbb\xbfa\n\xff"), "not UTF-8 at 5");
}

#[test]
fn the_header_is_found_after_junk_lines() {
    let rs =
        read(b"Archive:  x.zip\n  inflating: y.csv   \nDate received,Complaint ID\n1,2\n").unwrap();
    let header = rs
        .iter()
        .position(|r| is_header(r, &["complaint id", "DATE RECEIVED"]));
    assert_eq!(header, Some(2));
    assert!(!rs.iter().any(|r| is_header(r, &["nothing"])));
}
